# secu: todos los textos que muestran la biblioteca y sus interfaces, en español (de España, tratamiento de usted). Comentarios en inglés, como en la referencia.
# Conventions (ids, variables, functions, $sex, plurals, typography): docs/l10n.md.

## Affiliation types, bases, statuses
aff-registration = primera inscripción (immatriculation)
aff-reactivation = reapertura de derechos (réouverture des droits)
aff-beneficiary = beneficiario (ayant droit) de un progenitor
aff-s1-registration = inscripción de un formulario S1 (paga la caja del país de origen)
aff-none = sin afiliación en Francia (régimen del país de origen)
basis-activity = actividad profesional en Francia
basis-residence = residencia estable y regular (résidence stable et régulière)
basis-accompanying-family = familiar que acompaña a una persona asegurada
basis-dependent-child = hijo menor de un progenitor asegurado
basis-s1 = formulario S1 del país de origen
basis-home-scheme = régimen del país de origen
status-ayant-droit = beneficiario (ayant droit)
status-ayant-droit-autonome = beneficiario autónomo (ayant droit autonome)

# $sex: female, male or other (unknown): French agrees with the person.
status-own-coverage =
    { $sex ->
         [female] asegurada
        *[other] asegurado
    } a título personal
fund-cpam = CPAM (caja primaria del seguro de enfermedad)
fund-cgss = CGSS (caja general de seguridad social, en ultramar)
fund-cssm = CSSM (caja de seguridad social de Mayotte)
fund-msa = MSA (mutualidad social agrícola: el régimen agrícola)

## Milestones
ms-own-card-orderable = 12 años: un progenitor puede pedir la Carte Vitale propia del hijo
ms-own-carte-vitale = 16 años: Carte Vitale propia; puede hacerse ayant droit autonome
ms-majority = 18 años (mayoría de edad)
ms-beneficiary-end = fin de la condición de beneficiario: presentar el S1110 para tener cobertura propia
ms-nia-expiry = fin de los 9 meses de validez del número provisional (NIA)
ms-posting-end = fin del desplazamiento
ms-ntt-limit = fin de la tolerancia de 3 meses del NTT en la nómina (DSN)
ms-vls-ts-validation-due = plazo para validar en línea el visado de larga duración (VLS-TS)
ms-permit-expiry = caduca el permiso de residencia
ms-residence-condition-met = se cumplen 3 meses de residencia estable: empieza la cobertura

## Documents
doc-form-s1106 = formulario S1106: solicitud de apertura de derechos (cerfa 15763*02)
doc-form-s3705 = formulario S3705: vinculación de los hijos menores (cerfa 14445*02)
doc-form-s1110 = formulario S1110: cobertura propia de un joven (cerfa 15763*02)
doc-form-s3704 = formulario S3704: elección de médico de cabecera (médecin traitant, cerfa 12485*03)
doc-identity-document = documento de identidad
doc-residence-permit = permiso de residencia (titre de séjour)
doc-birth-certificate = certificado de nacimiento completo con filiación (acte de naissance)
doc-sworn-translation = traducción jurada al francés (traduction assermentée)
doc-marriage-or-partnership-certificate = certificado de matrimonio, de PACS o de convivencia
doc-proof-of-address = justificante de domicilio (justificatif de domicile)
doc-bank-details = datos bancarios a nombre de la persona (RIB)
doc-proof-of-activity = justificante de la actividad profesional
doc-proof-of-residence = justificante de más de 3 meses de residencia estable
doc-s1-form = formulario S1 de la caja de seguro de enfermedad del país de origen
doc-a1-certificate = certificado A1 (legislación aplicable)
doc-coverage-certificate = certificado de desplazamiento según el convenio bilateral (certificat de détachement)
doc-enrolment-certificate = certificado de matrícula escolar o universitaria (certificat de scolarité)
doc-id-photo = foto de identidad para la Carte Vitale
doc-autonomy-request-letter = carta para pedir ser ayant droit autonome
doc-legalisation = legalización o apostilla de los documentos extranjeros de estado civil
# $sex: female, male or other (unknown): the worker's words agree with the person.
doc-private-insurance-statement =
    certificado de seguro médico privado para { $sex ->
         [female] la trabajadora
        *[other] el trabajador
    } y su familia
doc-guardianship-document = documento de tutela (resolución judicial, delegación de la patria potestad)

## Alternatives
alt-passport = pasaporte
alt-national-id-card = documento nacional de identidad
alt-full-copy = certificación literal (copie intégrale)
alt-extract-with-filiation = extracto con filiación
alt-multilingual-extract = extracto plurilingüe
alt-consular-document = documento expedido por un consulado
alt-livret-de-famille = libro de familia (livret de famille)
alt-employment-contract = contrato de trabajo
alt-employer-certificate = certificado de la empresa
alt-payslip = nómina
alt-business-registration = justificante de alta como trabajador por cuenta propia
alt-marriage-certificate = certificado de matrimonio
alt-pacs-certificate = certificado de PACS
alt-cohabitation-certificate = certificado de convivencia (certificat de concubinage)
alt-sworn-statement = declaración jurada de convivencia (déclaration sur l'honneur)
alt-utility-bill = factura reciente de suministros (electricidad, gas, teléfono)
alt-rent-receipt = recibo de alquiler o contrato de arrendamiento
alt-accommodation-certificate = certificado de alojamiento con el documento de identidad de quien aloja
alt-rent-history = contrato de arrendamiento o recibos de alquiler de hace más de 3 meses
alt-old-utility-bill = factura de suministros a una dirección en Francia emitida hace más de 3 meses
alt-entry-stamp = sello de entrada en el pasaporte o visado que muestre una entrada de hace más de 3 meses
alt-accommodation-since = certificado de alojamiento que indique desde cuándo, con el documento de identidad de quien aloja
alt-long-stay-visa = visado de larga duración validado (VLS-TS)
alt-residence-card = permiso de residencia (carte de séjour, passeport talent)
alt-resident-card = tarjeta de residente (carte de résident)
alt-algerian-certificate = certificado de residencia argelino (certificat de résidence)
alt-online-by-doctor = declarado en línea por el médico
alt-paper-s3704 = formulario S3704 en papel firmado por el médico

## Steps, actors, statuses
step-prepare-file = preparar el expediente (documentos, formularios)
step-submit-file = presentar el expediente a la caja
step-provisional-number = número provisional (NIA) asignado
step-physician-declaration = declarar un médecin traitant
step-number-certification = número de la seguridad social certificado (SANDIA)
step-carte-vitale = Carte Vitale
step-ameli-account = cuenta ameli (espacio personal en línea del seguro de enfermedad) y certificado de derechos (attestation de droits)
step-rights-reopened = derechos reabiertos
step-s1-registered = S1 inscrito por la caja
actor-member = la persona
actor-parent = un progenitor
actor-employer = la empresa
actor-cpam = la caja (CPAM)
actor-cgss = la caja (CGSS)
actor-cssm = la caja (CSSM)
actor-msa = la caja (MSA)
actor-sandia = SANDIA (CNAV)
actor-doctor = el médico
actor-home-institution = la institución del país de origen
status-pending = pendiente
status-in-progress = en curso
status-done = hecho
status-blocked = bloqueado
status-not-applicable = no aplicable
dsn-nir = NIR (número de la seguridad social certificado)
dsn-nia = NIA (número provisional)
dsn-ntt = NTT (número técnico temporal)

## Warnings
w-residence-three-months = Sin actividad profesional, la cobertura por residencia (résidence stable) empieza tras más de 3 meses de residencia en Francia.

# Warning shown under a member.
# $date: a date (written out by DATE)
w-residence-three-months-dated = Sin actividad profesional, la cobertura por residencia (résidence stable) empieza tras más de 3 meses de residencia en Francia: a partir del { DATE($date) }.

# Warning shown under a member.
# $months: a number of months
w-posting-over-limit = El desplazamiento dura más de los { $months } meses que permiten las normas: sin una prórroga excepcional, después se aplica la afiliación francesa.

# Warning shown under a member.
# $months: a number of months
w-posting-over-limit-extension = El desplazamiento dura más de los { $months } meses iniciales del convenio: solicite la prórroga antes de que termine el periodo inicial; si no, se aplica la afiliación francesa.

# Warning shown under a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
w-agreement-scope-unverified = No se ha podido verificar si el convenio { COUNTRY($country, form: "with") } mantiene el seguro de enfermedad en el país de origen: compruebe el certificado de desplazamiento con el CLEISS antes de contar con ello.

# Warning shown under a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
w-agreement-excludes-health =
    El convenio { COUNTRY($country, form: "with") } no cubre el seguro de enfermedad: { $sex ->
         [female] la trabajadora está afiliada
        *[other] el trabajador está afiliado
    } en Francia para la enfermedad, y las demás ramas que cubre el convenio siguen en el país de origen.

# Warning shown under a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
w-posting-without-certificate =
    { $sex ->
         [female] Desplazada
        *[other] Desplazado
    } desde { COUNTRY($country, form: "def") } sin certificado de legislación aplicable: se aplica la afiliación francesa. Pida el certificado (A1 o formulario bilateral) a la institución del país de origen si el desplazamiento cumple las condiciones.
w-paris-cpam-for-talent-passport = Los titulares de un Pasaporte Talento (passeport talent) y su familia presentan el expediente en la CPAM de Paris, vivan donde vivan.
w-permit-missing = No se indica ningún permiso de residencia: un nacional de un país fuera del EEE y de Suiza debe presentar uno (titre de séjour, VLS-TS validado, carte de résident).
w-parents-assumed = No se indican los padres del niño: se supone que el solicitante principal y su pareja son los padres legales (el hijo de la pareja necesita un vínculo legal, como la adopción, para ser beneficiario).
w-assumed-never-insured = No se indica si hubo un seguro anterior en Francia: se supone que la persona nunca estuvo asegurada (primera inscripción). Si estuvo asegurada en Francia, se trata de una reapertura de derechos.
w-assumed-previously-insured = No se indica si hubo un seguro anterior en Francia: se supone que la persona ya estuvo asegurada (criterio elegido), por lo que es una reapertura de derechos. Si nunca lo estuvo, es una primera inscripción.

# $sex: female, male or other (unknown): French agrees with the person.
w-inactive-eea-resources =
    { $sex ->
         [female] Una nacional
        *[other] Un nacional
    } del EEE o de Suiza sin actividad no queda { $sex ->
         [female] cubierta
        *[other] cubierto
    } automáticamente: debe demostrar recursos suficientes y una cobertura médica.

# Warning shown under a member.
# $field: a field name or the mismatching item, as written in the input
w-nir-mismatch = El número de la seguridad social no coincide con el { $field } de la persona: compruebe ambos; los números reales pueden llevar pseudomeses y códigos históricos.
w-accompanying-family-three-months-practice = La ley exime de la condición de 3 meses de residencia a la pareja que se reúne con una persona asegurada (D160-2 II 3°), pero algunas CPAM aplican 3 meses en la práctica: cite el artículo si se lo piden.
w-accompanying-child-three-months-practice = La ley exime de la condición de 3 meses de residencia al familiar que se reúne con una persona asegurada (D160-2 II 3°, sin límite de edad); que un hijo mayor de edad cuente como tal es una suposición, y algunas CPAM aplican 3 meses en la práctica: cite el artículo si se lo piden.

# Warning shown under a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
w-care-paid-by-home-scheme = La asistencia sanitaria sigue a cargo del régimen { COUNTRY($country, form: "of") }: la CPAM solo se hace cargo de la asistencia si el convenio lo prevé; si no, paga la caja del país de origen o un seguro privado.

# Warning shown under a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
w-care-paid-by-home-scheme-assumed = La asistencia sanitaria probablemente sigue a cargo del régimen { COUNTRY($country, form: "of") } (suposición, a confirmar con la caja): la CPAM solo se hace cargo de la asistencia si el convenio lo prevé; si no, paga la caja del país de origen o un seguro privado.

# Warning shown under a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $insured-sex: the posted worker's sex (female, male or other), on the worker's page and on each family member's: the words for the worker agree with it.
w-private-health-insurance-required =
    El desplazamiento desde { COUNTRY($country, form: "def") } exige un seguro de enfermedad que cubra { $insured-sex ->
         [female] a la trabajadora
        *[other] al trabajador
    } y a su familia en Francia (cobertura del país de origen o privada).

# Warning shown under a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
w-no-social-security-agreement =
    Francia no tiene convenio de seguridad social { COUNTRY($country, form: "with") }: { $sex ->
         [female] la trabajadora desplazada queda afiliada
        *[other] el trabajador desplazado queda afiliado
    } en Francia.
ws1-spouse-may-need-own-registration = No está verificado que, desde 2016, la pareja mayor de edad cuente como familiar a efectos del S1: la CPAM puede pedir su propia inscripción.

# Warning shown under a member.
# $date: a date (written out by DATE)
w-permit-expired = El permiso de residencia caducó el { DATE($date) }: renuévelo; los derechos por residencia dependen de un permiso válido.
w-receipt-permit = Se indica un resguardo (récépissé): qué resguardos son válidos lo fija un arrêté que no se ha podido verificar; consúltelo con la caja.
w-vls-ts-validation = Un visado de larga duración (VLS-TS) debe validarse en línea en los 3 meses siguientes a la entrada para valer como permiso de residencia.

# Warning shown under a member.
# $date: a date (written out by DATE)
w-ntt-tolerance-exceeded = La tolerancia de 3 meses del NTT terminó el { DATE($date) }: el servicio de nóminas debe obtener ya el NIR o el NIA.

# Warning shown under a member.
# $date: a date (written out by DATE)
w-nia-expired = El número provisional (NIA) llegó al final de sus 9 meses de validez el { DATE($date) }: pregunte a la caja en qué punto está la certificación.
w-nir-implies-previous-insurance = Un número de la seguridad social certificado de una persona nacida en el extranjero solo existe tras una afiliación anterior: se trata como una reapertura de derechos.
w-translation-assumed = No se indica el país que expidió el certificado de unión: se supone que hace falta una traducción jurada.
w-fund-depends-on-commune = Este departamento tiene varias CPAM, según el municipio: compruebe cuál corresponde a la dirección.
w-territory-own-scheme = Esta colectividad de ultramar tiene su propio régimen de seguridad social, fuera del régimen general francés: consulte con su caja.
w-start-date-unknown = No se indica el primer día de trabajo: no se puede fijar la fecha de inicio de la cobertura.
w-arrival-unknown = No se indica la fecha de llegada a Francia: no se puede fijar la fecha de inicio de la cobertura.
w-posting-end-unknown = No se indica la fecha de fin del desplazamiento: no se puede comprobar su duración frente al límite.
w-no-insured-parent = Ningún progenitor de este niño con cobertura francesa figura en el hogar: el niño queda cubierto a título personal por residencia.
w-minor-without-parent = Ningún progenitor de este niño figura en el hogar: el niño no es beneficiario de nadie por filiación. Indique la situación del tutor legal y el documento de tutela (un niño a cargo de una persona asegurada puede vincularse a ella); mientras tanto, el niño se evalúa a título personal por residencia.
w-autonomy-before16 = La solicitud de autonomía (ayant droit autonome) solo es posible a partir de los 16 años: se ignora, y el niño sigue siendo beneficiario (ayant droit).
w-postcode-missing = No se indica el código postal: no se puede nombrar la caja.
w-certificate-mismatch = El tipo de certificado no corresponde al país de envío (el A1 es para el EEE, Suiza y el Reino Unido; los demás países expiden un formulario bilateral): compruébelo.
mismatch-sex = sexo
mismatch-year = año de nacimiento
mismatch-month = mes de nacimiento
mismatch-place = lugar de nacimiento

## Document reasons
rs1106 = Cada adulto presenta su propia solicitud de apertura de derechos.
rs1106-minor = La solicitud propia de apertura de derechos del menor, firmada por su representante legal (progenitor o tutor).
rs1106-reactivation = El mismo formulario reabre los derechos de quien ya estuvo asegurado en Francia.
rs3705-one = Vincula al hijo con el progenitor o los progenitores asegurados; si ambos están asegurados, vincúlelo a los dos (double rattachement).

# Why a document is needed.
# $children: the number of children (2 or more)
rs3705-many = Vincula a los { $children } hijos con el progenitor o los progenitores asegurados; si ambos están asegurados, vincúlelos a los dos (double rattachement).
r-identity = Acredita la identidad.
r-identity-child = El pasaporte o documento de identidad propio del niño.
r-permit = Acredita la estancia regular en Francia (no hace falta para nacionales del EEE y de Suiza, ni para menores).
r-activity = Acredita la actividad que abre derechos desde el primer día de trabajo; la caja puede pedir la primera nómina.
r-proof-of-residence = Acredita más de 3 meses de residencia estable en Francia.
r-guardianship = Muestra quién tiene la responsabilidad legal de un niño sin progenitor en el hogar: decide si el niño puede vincularse a un tutor asegurado.
r-enrolment-student-adult = La matrícula en un centro de enseñanza exime de la condición de 3 meses de residencia.
r-enrolment-student = Un estudiante de enseñanza superior de 16 a 18 años es automáticamente ayant droit autonome.
r-enrolment-pupil = Un alumno de 16 o 17 años acredita la escolarización para seguir vinculado a sus padres.
r-birth-identification = Identifica a una persona nacida en el extranjero (la CPAM asigna un NIA, SANDIA certifica el número).
r-birth-child = Acredita la filiación para la vinculación con los padres.
r-birth-child-identification = Acredita la filiación e identifica al niño nacido en el extranjero, que recibe su propio número (NIA y luego NIR certificado).
r-birth-filiation-s1 = Cada familiar inscrito con el S1 acredita el vínculo familiar.
r-union-accompanying = Acredita el vínculo familiar con la persona asegurada.
r-birth-adult-child = Acredita el vínculo familiar (filiación) con el progenitor asegurado; identifica a una persona nacida en el extranjero si es necesario.
r-union-civil-status = Estado civil de un solicitante casado, para la identificación.
r-union-s1 = Acredita el vínculo familiar con el titular del S1.
r-address = Acredita el domicilio, que determina la caja.
r-bank = Los reembolsos se pagan en una cuenta a nombre de la persona.
r-bank-child = Un beneficiario autónomo recibe los reembolsos en una cuenta a su propio nombre.
r-physician = Declarar un médecin traitant da derecho al porcentaje normal de reembolso; declárelo en papel si el médico aún no puede hacerlo en línea.
r-physician-child = A partir de los 16 años, el joven declara su propio médecin traitant, con la firma también de un progenitor.
r-id-photo = Para la Carte Vitale, que se pide cuando el número está certificado (foto + documento de identidad de menos de 10 años).

# $sex: female, male or other (unknown): French agrees with the person.
rs1-worker =
    Lo expide la caja del país de origen: inscribe { $sex ->
         [female] a la trabajadora
        *[other] al trabajador
    } en la CPAM de residencia, a cargo de la caja del país de origen.
rs1-family = Los formularios S1 son individuales: cada familiar inscribe el suyo.

# $sex: female, male or other (unknown): French agrees with the person.
ra1 =
    Acredita que { $sex ->
         [female] la trabajadora sigue sujeta
        *[other] el trabajador sigue sujeto
    } a la legislación del país de origen durante el desplazamiento.

# Why a document is needed.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
r-coverage-certificate-home =
    Mantiene { $sex ->
         [female] a la trabajadora
        *[other] al trabajador
    } en el régimen { COUNTRY($country, form: "of") }; la empresa lo conserva para las inspecciones.

# Why a document is needed.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
r-coverage-certificate-home-assumed =
    Mantiene { $sex ->
         [female] a la trabajadora
        *[other] al trabajador
    } bajo la legislación { COUNTRY($country, form: "of") } en las ramas que cubre el convenio; que la salud sea una de ellas es una suposición, a confirmar con la caja. La empresa lo conserva para las inspecciones.

# Why a document is needed.
# $country: a country code (written by COUNTRY with the form the sentence needs)
r-coverage-certificate-other = Mantiene en el país de origen las ramas que cubre el convenio { COUNTRY($country, form: "with") } (salvo la salud).
r-private-insurance = El convenio exige una cobertura médica en Francia como condición del desplazamiento.
r-autonomy-letter = Una simple carta a la caja del progenitor para pedir ser ayant droit autonome.
r-sworn-translation = Los documentos de estado civil expedidos fuera de Francia, del EEE y de Suiza necesitan una traducción de un traductor jurado (o del consulado), salvo que ya estén en francés. Según el país emisor, también pueden pedirse la legalización o la apostilla.
r-legalisation = Documentos extranjeros de estado civil legalizados o apostillados (criterio elegido).

## Explanations (conclusions)

# $sex: female, male or other (unknown): French agrees with the person.
c-activity =
    Trabaja en Francia: { $sex ->
         [female] cubierta
        *[other] cubierto
    } por la actividad profesional desde la primera hora de trabajo.

# $sex: female, male or other (unknown): French agrees with the person.
c-working-minor-activity =
    Trabaja en Francia (aprendizaje incluido): { $sex ->
         [female] cubierta
        *[other] cubierto
    } a título personal por la actividad.
c-working-minor = Un menor con actividad profesional (aprendizaje incluido) deja de estar vinculado a sus padres y queda cubierto a título personal.

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $sex: female, male or other (unknown): French agrees with the person.
c-working-minor-status =
    { $age ->
         [0] Menos de un año
         [one] { $age } año
        *[other] { $age } años
    }, trabaja: { $sex ->
         [female] cubierta
        *[other] cubierto
    } a título personal, no es { $sex ->
         [female] beneficiaria
        *[other] beneficiario
    } (ayant droit).

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $sex: female, male or other (unknown): French agrees with the person.
c-minor-own-status =
    { $age ->
         [0] Menos de un año
         [one] { $age } año
        *[other] { $age } años
    }, sin progenitor asegurado al que vincularse: { $sex ->
         [female] cubierta
        *[other] cubierto
    } a título personal.
c-adult-child = Un hijo mayor de edad no es beneficiario: queda cubierto a título personal.

# $sex: female, male or other (unknown): French agrees with the person.
c-student =
    Estudiante de enseñanza superior: { $sex ->
         [female] cubierta
        *[other] cubierto
    } por residencia, { $sex ->
         [female] exenta
        *[other] exento
    } de la condición de 3 meses.

# Whom a member joins or accompanies, in c-accompanying…'s $insured.
# $sex: the sex of the person joined (female, male or other), not the member's.
c-insured-main-applicant =
    { $sex ->
         [female] la solicitante principal
        *[other] el solicitante principal
    }
# Whom a member joins or accompanies, in c-accompanying…'s $insured.
# $sex: the sex of the person joined (female, male or other), not the member's.
c-insured-partner =
    { $sex ->
         [female] la cónyuge o la pareja del solicitante principal
        *[other] el cónyuge o la pareja del solicitante principal
    }
# Whom a member joins or accompanies, in c-accompanying…'s $insured.
c-insured-child = un hijo o una hija del hogar

# Conclusion of a rule in the explanation of a member.
# $insured: whom the member joins, by their place in the household (c-insured-…)
# $sex: female, male or other (unknown): French agrees with the person.
c-accompanying =
    Se reúne con una persona afiliada en Francia o la acompaña ({ $insured }): { $sex ->
         [female] cubierta
        *[other] cubierto
    } por residencia sin esperar 3 meses.

# Conclusion of a rule in the explanation of a member.
# $insured: whom the member joins, by their place in the household (c-insured-…)
c-accompanying-three-months = Se reúne con una persona afiliada en Francia o la acompaña ({ $insured }); según el criterio elegido, se aplica la condición de 3 meses de residencia.

# Conclusion of a rule in the explanation of a member.
# $insured: whom the member joins, by their place in the household (c-insured-…)
# $sex: female, male or other (unknown): French agrees with the person.
c-accompanying-adult-child =
    Hijo mayor de edad sin actividad que se reúne con un progenitor asegurado o lo acompaña ({ $insured }): es familiar según el D160-2, que no fija límite de edad (suposición no verificada): { $sex ->
         [female] cubierta
        *[other] cubierto
    } por residencia sin esperar 3 meses.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
c-earliest-basis-residence = Reunirse con un familiar o acompañarlo solo daría el { DATE($date) }, día desde el que esa persona está cubierta: se aplica la base más temprana, la residencia estable propia.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
c-earliest-basis-activity = Trabaja en Francia solo a partir del { DATE($date) }: reunirse con un familiar asegurado o acompañarlo da una fecha anterior, y se aplica la base más temprana.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
c-earliest-basis-residence-before-work = Trabaja en Francia solo a partir del { DATE($date) }: más de 3 meses de residencia estable dan una fecha anterior, y se aplica la base más temprana.
c-adult-own-request = Desde 2016 (PUMa), los adultos nunca son beneficiarios: este adulto presenta su propia solicitud.

# $sex: female, male or other (unknown): French agrees with the person.
# $insured-sex: the sex of the worker followed or the person joined (female, male or other): the words for that second person agree with it.
c-follows-s1 =
    Familiar de { $insured-sex ->
         [female] una trabajadora desplazada
        *[other] un trabajador desplazado
    } con un S1: { $sex ->
         [female] inscrita
        *[other] inscrito
    } con su propio S1, a cargo de la caja del país de origen.
# $insured-sex: the sex of the worker followed or the person joined (female, male or other): the words for that second person agree with it.
c-follows-home-scheme =
    Familiar de { $insured-sex ->
         [female] una trabajadora
        *[other] un trabajador
    } que se mantiene en el régimen del país de origen: sigue { $insured-sex ->
         [female] a la trabajadora
        *[other] al trabajador
    }, sin afiliación en Francia.
# $insured-sex: the sex of the worker followed or the person joined (female, male or other): the words for that second person agree with it.
c-follows-home-scheme-assumed =
    Familiar de { $insured-sex ->
         [female] una trabajadora
        *[other] un trabajador
    } que probablemente se mantiene en el régimen del país de origen (suposición, a confirmar con la caja): sigue { $insured-sex ->
         [female] a la trabajadora
        *[other] al trabajador
    }; se supone que no hay afiliación en Francia.

# $sex: female, male or other (unknown): French agrees with the person.
c-residence =
    Sin actividad profesional: { $sex ->
         [female] cubierta
        *[other] cubierto
    } por residencia tras más de 3 meses de residencia estable.

# $sex: female, male or other (unknown): French agrees with the person.
c-residence-before-work =
    Todavía no trabaja: { $sex ->
         [female] cubierta
        *[other] cubierto
    } por residencia tras más de 3 meses de residencia estable.

# $sex: female, male or other (unknown): French agrees with the person.
c-residence-enrolled =
    Sin actividad profesional, { $sex ->
         [female] matriculada
        *[other] matriculado
    } en un centro de enseñanza: { $sex ->
         [female] cubierta
        *[other] cubierto
    } por residencia, { $sex ->
         [female] exenta
        *[other] exento
    } de la condición de 3 meses.
c-beneficiary =
    { $sex ->
         [female] Hija
        *[other] Hijo
    } menor de un progenitor asegurado, sin actividad profesional: { $sex ->
         [female] beneficiaria
        *[other] beneficiario
    } (ayant droit).

# $sex: female, male or other (unknown): French agrees with the person.
c-minor-alone =
    Menor sin progenitor asegurado en Francia en el hogar: { $sex ->
         [female] cubierta
        *[other] cubierto
    } a título personal por residencia.

# $sex: female, male or other (unknown): French agrees with the person.
c-minor-without-parent =
    Ningún progenitor en el hogar: no es { $sex ->
         [female] beneficiaria
        *[other] beneficiario
    } por filiación; decide la situación del tutor legal (un niño a cargo de una persona asegurada puede vincularse a ella). Mientras tanto, { $sex ->
         [female] cubierta
        *[other] cubierto
    } a título personal por residencia, con su condición de 3 meses.

# $sex: female, male or other (unknown): French agrees with the person.
c-minor-without-parent-enrolled =
    Ningún progenitor en el hogar: no es { $sex ->
         [female] beneficiaria
        *[other] beneficiario
    } por filiación; decide la situación del tutor legal (un niño a cargo de una persona asegurada puede vincularse a ella). Mientras tanto, { $sex ->
         [female] cubierta
        *[other] cubierto
    } a título personal por residencia; { $sex ->
         [female] escolarizada
        *[other] escolarizado
    }, { $sex ->
         [female] exenta
        *[other] exento
    } de la condición de 3 meses.

# $sex: female, male or other (unknown): French agrees with the person.
c-posted-eu =
    { $sex ->
         [female] Desplazada
        *[other] Desplazado
    } desde el EEE o Suiza con un A1: sigue en el régimen del país de origen; asistencia en Francia mediante el S1 inscrito en la CPAM.

# $sex: female, male or other (unknown): French agrees with the person.
c-posted-uk =
    { $sex ->
         [female] Desplazada
        *[other] Desplazado
    } desde el Reino Unido con un certificado de legislación aplicable: se trata como un desplazamiento en la UE (inscripción del S1).

# Conclusion of a rule in the explanation of a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
c-posted-home-scheme =
    { $sex ->
         [female] Desplazada
        *[other] Desplazado
    } según el convenio { COUNTRY($country, form: "with") }, que mantiene el seguro de enfermedad en el país de origen: sin afiliación en Francia.

# Conclusion of a rule in the explanation of a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
c-posted-home-scheme-assumed =
    { $sex ->
         [female] Desplazada
        *[other] Desplazado
    } según el convenio { COUNTRY($country, form: "with") }, que probablemente mantiene el seguro de enfermedad en el país de origen (deducido de una indicación general, a confirmar con la caja): se supone que no hay afiliación en Francia.

# Conclusion of a rule in the explanation of a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
c-posted-scope-unverified =
    { $sex ->
         [female] Desplazada
        *[other] Desplazado
    } desde { COUNTRY($country, form: "def") }: no está verificado si el convenio mantiene la salud en el país de origen; por defecto se supone el régimen del país de origen, a confirmar con la caja.

# Conclusion of a rule in the explanation of a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
c-posted-scope-unverified-french =
    { $sex ->
         [female] Desplazada
        *[other] Desplazado
    } desde { COUNTRY($country, form: "def") }: no está verificado si el convenio mantiene la salud en el país de origen; según el criterio elegido, se aplica la afiliación francesa.

# Conclusion of a rule in the explanation of a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
c-posted-agreement-excludes-health =
    { $sex ->
         [female] Desplazada
        *[other] Desplazado
    } según el convenio { COUNTRY($country, form: "with") }, que no cubre la salud: { $sex ->
         [female] afiliada
        *[other] afiliado
    } en Francia para la salud por la actividad.

# Conclusion of a rule in the explanation of a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
c-posted-no-certificate =
    { $sex ->
         [female] Desplazada
        *[other] Desplazado
    } desde { COUNTRY($country, form: "def") } sin certificado: se aplica la afiliación francesa por la actividad.

# Conclusion of a rule in the explanation of a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
c-posted-no-agreement =
    { $sex ->
         [female] Desplazada
        *[other] Desplazado
    } desde { COUNTRY($country, form: "def") }, país sin convenio de seguridad social con Francia: afiliación francesa por la actividad.

# Conclusion of a rule in the explanation of a member.
# $months: a number of months
# $date: a date (written out by DATE)
c-posting-limit = Un desplazamiento limitado a { $months } meses puede durar hasta el { DATE($date) }, último día incluido.

# $sex: female, male or other (unknown): French agrees with the person.
c-registration =
    Nunca { $sex ->
         [female] asegurada
        *[other] asegurado
    } en Francia: primera inscripción.

# $sex: female, male or other (unknown): French agrees with the person.
c-registration-assumed =
    No se indica un seguro anterior en Francia: se supone que nunca estuvo { $sex ->
         [female] asegurada
        *[other] asegurado
    }, por lo que es una primera inscripción.

# $sex: female, male or other (unknown): French agrees with the person.
c-reactivation =
    Ya estuvo { $sex ->
         [female] asegurada
        *[other] asegurado
    } en Francia: el número es para toda la vida, los derechos se reabren.

# $sex: female, male or other (unknown): French agrees with the person.
c-reactivation-implied = Tiene un número certificado aunque nació en el extranjero, lo que implica una afiliación anterior: reapertura de derechos.

# $sex: female, male or other (unknown): French agrees with the person.
c-reactivation-assumed =
    No se indica un seguro anterior en Francia: se supone que ya estuvo { $sex ->
         [female] asegurada
        *[other] asegurado
    } (criterio elegido), por lo que es una reapertura de derechos.

# $sex: female, male or other (unknown): French agrees with the person.
c-identification-required =
    { $sex ->
         [female] Nacida
        *[other] Nacido
    } en el extranjero, sin número francés, sin nacionalidad francesa: necesita identificación (NIA de la CPAM y luego número certificado por SANDIA).
c-identification-under-way = Tiene un número provisional (NIA): la identificación está en curso hasta que SANDIA certifique el número.

# $sex: female, male or other (unknown): French agrees with the person.
c-no-identification-born-in-france =
    { $sex ->
         [female] Nacida
        *[other] Nacido
    } en Francia: tiene número de la seguridad social desde el nacimiento, sin trámite de identificación.

# $sex: female, male or other (unknown): French agrees with the person.
c-no-identification-french =
    { $sex ->
         [female] Francesa nacida
        *[other] Francés nacido
    } en el extranjero: el número procede del registro civil central, sin identificación por SANDIA.
c-no-identification-has-nir = Ya tiene un número certificado: sin trámite de identificación.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
c-covered-from-activity =
    { $sex ->
         [female] Cubierta
        *[other] Cubierto
    } desde el primer día de trabajo: { DATE($date) }.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
c-covered-from-s1 =
    { $sex ->
         [female] Cubierta
        *[other] Cubierto
    } desde el inicio del desplazamiento (S1): { DATE($date) }.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
# $insured-sex: the sex of the worker followed or the person joined (female, male or other): the words for that second person agree with it.
c-covered-from-s1-family =
    { $sex ->
         [female] Cubierta
        *[other] Cubierto
    } desde la más tardía de estas fechas: la llegada o el inicio del S1 { $insured-sex ->
         [female] de la trabajadora
        *[other] del trabajador
    }: { DATE($date) }.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
# $insured-sex: the sex of the worker followed or the person joined (female, male or other): the words for that second person agree with it.
c-covered-from-accompanying =
    { $sex ->
         [female] Cubierta
        *[other] Cubierto
    } desde la más tardía de estas fechas: la llegada o el inicio de la cobertura de la pareja: { DATE($date) }.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
c-covered-from-accompanying-parent =
    { $sex ->
         [female] Cubierta
        *[other] Cubierto
    } desde la más tardía de estas fechas: la llegada o el inicio de la cobertura del progenitor: { DATE($date) }.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
c-covered-from-child =
    { $sex ->
         [female] Cubierta
        *[other] Cubierto
    } desde la más tardía de estas fechas: el nacimiento, la llegada o el inicio de la cobertura del progenitor: { DATE($date) }.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
c-covered-from-residence =
    { $sex ->
         [female] Cubierta
        *[other] Cubierto
    } desde el día siguiente al cumplirse 3 meses de la llegada (no antes del inicio de validez del permiso para nacionales de fuera del EEE): { DATE($date) }.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
c-covered-from-student =
    { $sex ->
         [female] Cubierta
        *[other] Cubierto
    } desde la llegada (no antes del inicio de validez del permiso para nacionales de fuera del EEE): { DATE($date) }.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
c-covered-from-arrival =
    { $sex ->
         [female] Cubierta
        *[other] Cubierto
    } desde la llegada: { DATE($date) }.
c-covered-from-unknown = No se puede fijar el primer día de cobertura: falta una fecha de la que depende.

# $sex: female, male or other (unknown): French agrees with the person.
c-attached-one =
    { $sex ->
         [female] Vinculada
        *[other] Vinculado
    } al progenitor asegurado.

# $sex: female, male or other (unknown): French agrees with the person.
c-attached-one-assumed =
    { $sex ->
         [female] Vinculada
        *[other] Vinculado
    } al progenitor asegurado (padres supuestos: el solicitante principal y su pareja).

# $sex: female, male or other (unknown): French agrees with the person.
c-attached-both =
    { $sex ->
         [female] Vinculada
        *[other] Vinculado
    } a los dos progenitores asegurados (double rattachement, recomendado).

# $sex: female, male or other (unknown): French agrees with the person.
c-attached-both-assumed =
    { $sex ->
         [female] Vinculada
        *[other] Vinculado
    } a los dos progenitores asegurados (double rattachement; padres supuestos: el solicitante principal y su pareja).

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
c-under-sixteen =
    { $age ->
         [0] Menos de un año
         [one] { $age } año
        *[other] { $age } años
    }: { $sex ->
         [female] beneficiaria
        *[other] beneficiario
    } (ayant droit) de los padres.

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
c-under-sixteen-one-parent =
    { $age ->
         [0] Menos de un año
         [one] { $age } año
        *[other] { $age } años
    }: { $sex ->
         [female] beneficiaria
        *[other] beneficiario
    } (ayant droit) del progenitor.

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
c-sixteen-may-request =
    { $age ->
         [0] Menos de un año
         [one] { $age } año
        *[other] { $age } años
    }: sigue siendo { $sex ->
         [female] beneficiaria
        *[other] beneficiario
    }; puede pedir (con una simple carta) ser ayant droit autonome.

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $sex: female, male or other (unknown): French agrees with the person.
c-pupil-stays-dependent =
    { $age ->
         [0] Menos de un año
         [one] { $age } año
        *[other] { $age } años
    }, { $sex ->
         [female] escolarizada
        *[other] escolarizado
    }: sigue siendo { $sex ->
         [female] beneficiaria
        *[other] beneficiario
    } de los padres salvo que pida la autonomía.

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $sex: female, male or other (unknown): French agrees with the person.
c-pupil-stays-dependent-one-parent =
    { $age ->
         [0] Menos de un año
         [one] { $age } año
        *[other] { $age } años
    }, { $sex ->
         [female] escolarizada
        *[other] escolarizado
    }: sigue siendo { $sex ->
         [female] beneficiaria
        *[other] beneficiario
    } del progenitor salvo que pida la autonomía.

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $sex: female, male or other (unknown): French agrees with the person.
c-student-autonomous =
    { $age ->
         [0] Menos de un año
         [one] { $age } año
        *[other] { $age } años
    }, estudiante de enseñanza superior: automáticamente ayant droit autonome.

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
c-autonomy-requested =
    { $age ->
         [0] Menos de un año
         [one] { $age } año
        *[other] { $age } años
    }, ha pedido la autonomía: ayant droit autonome (reembolsos y cuenta ameli propios).

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
c-beneficiary-end-birthday = La condición de beneficiario termina al cumplir 18 años, el { DATE($date) }: es una suposición (no se ha encontrado la fecha del decreto del L160-2); después, presenta el S1110 con una cuenta bancaria a su propio nombre.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
c-beneficiary-end-fixed = La condición de beneficiario termina el { DATE($date) }, fecha fijada por el criterio elegido en el año en que cumple 18 años; después, presenta el S1110 con una cuenta bancaria a su propio nombre.
c-child-milestones = A partir de los 12 años, un progenitor puede pedir en línea la Carte Vitale del hijo; a los 16, la CPAM envía al joven el formulario de la Carte Vitale.

# $sex: female, male or other (unknown): French agrees with the person.
c-leap-day-last =
    { $sex ->
         [female] Nacida
        *[other] Nacido
    } un 29 de febrero: los demás años, el cumpleaños cae el 28 de febrero.

# $sex: female, male or other (unknown): French agrees with the person.
c-leap-day-march =
    { $sex ->
         [female] Nacida
        *[other] Nacido
    } un 29 de febrero: según el criterio elegido, los demás años el cumpleaños cae el 1 de marzo.

# Conclusion of a rule in the explanation of a member.
# $fund: the name of the local fund, as is (e.g. "CPAM de Paris")
c-fund-residence = El expediente va a la caja del lugar de residencia: { $fund }.

# Conclusion of a rule in the explanation of a member.
# $fund: the name of the local fund, as is (e.g. "CPAM de Paris")
c-fund-overseas = En ultramar, el expediente va a la caja general de seguridad social local: { $fund }.

# Conclusion of a rule in the explanation of a member.
# $fund: the name of the local fund, as is (e.g. "CPAM de Paris")
c-fund-mayotte = En Mayotte, que no tiene CGSS, el expediente va a la Caisse de sécurité sociale de Mayotte (CSSM): { $fund }.
c-fund-msa = En la Francia metropolitana, los trabajadores agrícolas y su familia están asegurados por la MSA, no por la CPAM.

# Conclusion of a rule in the explanation of a member.
# $fund: the name of the local fund, as is (e.g. "CPAM de Paris")
c-fund-overseas-agricultural = En los departamentos de ultramar la MSA no gestiona el seguro de enfermedad: los trabajadores agrícolas y su familia van a la caja local: { $fund }.
c-fund-talent-passport = Titulares de un Pasaporte Talento y su familia: el expediente va a la CPAM de Paris.
c-fund-unknown = Sin código postal: no se puede nombrar la caja del lugar de residencia.
c-fund-unknown-agricultural = Sin código postal: no se puede nombrar la caja de un trabajador agrícola (la MSA en la Francia metropolitana, la CGSS o la CSSM en ultramar).
c-fund-own-scheme = La dirección está en una colectividad de ultramar con régimen propio: no corresponde ninguna caja francesa.

# $sex: female, male or other (unknown): French agrees with the person.
c-permit-required = Nacional de un país fuera del EEE y de Suiza: se exige un permiso de residencia.
c-no-permit-minor = Nunca se pide un permiso de residencia a un menor.

# $sex: female, male or other (unknown): French agrees with the person.
c-inactive-eea = Nacional del EEE o de Suiza sin actividad: debe demostrar recursos suficientes y una cobertura médica.
c-translation = Los documentos de estado civil de fuera de Francia, del EEE y de Suiza necesitan una traducción jurada.
c-nir-checked = Se ha comprobado el número de la seguridad social (estructura, clave) y se ha comparado con los datos de nacimiento.
c-legalisation-required = Los documentos extranjeros de estado civil deben estar legalizados o apostillados (criterio elegido).
c-payroll-nir = Tiene un NIR certificado: el servicio de nóminas lo declara en la DSN.
c-payroll-nia = Tiene un número provisional (NIA): el servicio de nóminas lo declara en la DSN, sin límite de tiempo, hasta tener el NIR certificado.
c-payroll-ntt = Aún no tiene NIR ni NIA: el servicio de nóminas declara un número técnico temporal (NTT), tolerado 3 meses.

## Payroll
payroll-nir = Declare el NIR certificado en la DSN. Si antes se usó un NTT, indíquelo de nuevo en la primera DSN que lleve el NIR.
payroll-nia = Declare el NIA en la DSN (válido sin límite de tiempo). Cuando llegue el NIR certificado, declárelo; indique de nuevo cualquier NTT anterior en la primera DSN que lo lleve.

# Payroll note (hr).
# $date: a date (written out by DATE)
payroll-ntt = Aún no hay número: declare un NTT con todos los datos de nacimiento conocidos (tolerado 3 meses, hasta el { DATE($date) }). Cuando llegue el NIR o el NIA, declárelo e indique de nuevo el NTT en la primera DSN que lo lleve.
payroll-ntt-no-start = Aún no hay número: declare un NTT con todos los datos de nacimiento conocidos (tolerado 3 meses desde el primer día de trabajo). Cuando llegue el NIR o el NIA, declárelo e indique de nuevo el NTT en la primera DSN que lo lleve.

## Rules catalogue
rule-activity = Una persona que trabaja en Francia (contrato francés o por cuenta propia) queda afiliada por la actividad desde la primera hora de trabajo.
rule-registration-or-reactivation = Primera inscripción si nunca estuvo afiliada en Francia; reapertura si ya lo estuvo (o si una persona nacida en el extranjero tiene un NIR certificado).
rule-identification = Identificación (NIA y luego NIR certificado) de las personas nacidas en el extranjero sin número, nunca aseguradas y sin nacionalidad francesa.
rule-accompanying-family = Un familiar que se reúne con una persona asegurada o la acompaña está exento de la condición de 3 meses de residencia.
rule-accompanying-adult-child = Un hijo mayor de edad sin actividad que se reúne con un progenitor asegurado o lo acompaña es familiar (sin límite de edad en el D160-2; suposición): solicitud propia, sin espera de 3 meses.
rule-earliest-basis = Un miembro que reúne los requisitos de varias bases queda cubierto desde la fecha más temprana que da cualquiera de ellas; en caso de empate, la base que no exige demostrar 3 meses de residencia.
rule-residence = Sin actividad, cobertura por residencia estable y regular tras más de 3 meses.
rule-student = Las personas matriculadas en un centro de enseñanza están exentas de la condición de 3 meses.
rule-inactive-eea = Los nacionales del EEE y de Suiza sin actividad deben demostrar recursos suficientes y una cobertura médica.
rule-adults-not-beneficiaries = Desde 2016, solo los hijos menores pueden ser beneficiarios; cada adulto presenta su propia solicitud.
rule-posted-eu = Un trabajador desplazado desde el EEE, Suiza o el Reino Unido con un A1 sigue en el régimen del país de origen e inscribe un S1.
rule-posted-bilateral = Un trabajador desplazado según un convenio bilateral mantiene la legislación del país de origen en las ramas que cubre la cláusula de desplazamiento (tabla por convenio).
rule-posted-bilateral-inferred = Igual, cuando el alcance sanitario del convenio se deduce de la indicación general de la ACOSS o se desconoce.
rule-posted-without-certificate = Un desplazamiento sin certificado, o desde un país sin convenio, queda sujeto a la afiliación francesa.
rule-posted-family = La familia de un trabajador desplazado sigue al trabajador, salvo que sus miembros trabajen en Francia.
rule-posting-limit = Un desplazamiento limitado a N meses puede durar hasta la fecha de inicio más N meses menos un día; una fecha de fin posterior supera el límite.
rule-minor-beneficiary = Los hijos menores sin actividad, con filiación legal, son beneficiarios de sus progenitores asegurados.
rule-minor-without-parent = Un menor sin ningún progenitor en el hogar no es beneficiario de nadie por filiación: se pregunta la situación del tutor; no se supone ninguna exención de la espera de 3 meses.
rule-working-minor = Un menor que trabaja (aprendiz incluido) queda cubierto a título personal.
rule-dependent-status = La condición del hijo: beneficiario, beneficiario autónomo (desde los 16 años; los estudiantes, automáticamente) o cobertura propia.
rule-autonomy-before16 = No es posible pedir la autonomía antes de los 16 años: la solicitud se ignora, con un aviso.
rule-attachment = Los hijos se vinculan a cada progenitor asegurado (double rattachement); el S3705 lo presenta uno de los progenitores.
rule-filiation = La condición de beneficiario sigue la filiación legal, no la pertenencia al hogar.
rule-beneficiary-end = Cuándo termina la condición de beneficiario (criterio: por defecto, al cumplir 18 años).
rule-child-milestones = Carte Vitale que se puede pedir desde los 12 años, tarjeta propia a los 16, mayoría de edad a los 18.
rule-leap-day = Un cumpleaños del 29 de febrero cae el 28 de febrero los demás años (criterio).
rule-covered-from = El primer día de cobertura, según la base.
rule-fund = La caja: CPAM del lugar de residencia, CGSS en los departamentos de ultramar (CSSM en Mayotte), MSA para los trabajadores agrícolas en la Francia metropolitana.
rule-fund-talent-passport = Los titulares de un Pasaporte Talento y su familia presentan el expediente en la CPAM de Paris.
rule-permit = Permiso de residencia para los adultos de fuera del EEE y de Suiza; nunca para los menores.
rule-vls-ts = Un visado de larga duración debe validarse en línea en los 3 meses siguientes a la entrada.
rule-documents = Los documentos que hay que reunir, según la situación.
rule-translation = Traducción jurada de los documentos de estado civil expedidos fuera de Francia, del EEE y de Suiza (criterio); el certificado de unión es un único documento de la pareja, y decide el país donde se celebró la unión, indicado en la ficha de cualquiera de los dos.
rule-legalisation = La legalización o la apostilla no se exigen, solo se mencionan (criterio).
rule-steps = Los pasos del trámite para cada tipo de afiliación.
rule-payroll = El identificador en la DSN: NIR, NIA o NTT (tolerado 3 meses).
rule-nir-check = Un NIR indicado se comprueba (estructura, clave) y se compara con los datos de nacimiento; si no coincide, se muestra un aviso.

## Human report

# Report heading or label.
# $date: a date (written out by DATE)
ui-title = Seguro de enfermedad francés: evaluación a { DATE($date) }

# Report heading or label.
# $version: the secu version, e.g. 0.1.0
# $rules: the date of the rules (a date)
ui-rules = secu { $version }, normas del { $rules }

# Report heading or label.
# $policies: the names of the policies, comma-separated
ui-policies = Criterios distintos de los predeterminados: { $policies }

# Report heading or label.
# $age: the person's age in whole years (a number; 0 for a baby under one)
ui-age =
    { $age ->
         [0] menos de un año
         [one] { $age } año
        *[other] { $age } años
    }
ui-age-one-year = 1 año
ui-age-one-month = 1 mes

# Report heading or label.
# $months: a number of months
ui-age-months =
    { $months ->
         [0] menos de un mes
         [one] { $months } mes
        *[other] { $months } meses
    }
ui-affiliation = Afiliación
ui-basis = Base

# $sex: female, male or other (unknown): French agrees with the person.
ui-covered-from =
    { $sex ->
         [female] Cubierta desde
        *[other] Cubierto desde
    }
ui-unknown = desconocido
ui-fund = Caja
ui-child-status = Condición

# $sex: female, male or other (unknown): French agrees with the person.
ui-attached-to =
    { $sex ->
         [female] Vinculada a
        *[other] Vinculado a
    }
ui-identification = Identificación
ui-identification-yes = necesaria: número provisional (NIA) y luego número certificado (SANDIA)
ui-why = Por qué
ui-documents = Documentos que hay que reunir
ui-group-forms = Formularios
ui-group-identity = Identidad y estado civil
ui-group-proofs = Justificantes
ui-group-payment = Banco y Carte Vitale
ui-one-of = uno de
ui-translation = necesita una traducción jurada al francés
ui-covers = cubre
ui-for-children = para
ui-steps = Pasos

# Report heading or label.
# $date: a date (written out by DATE)
ui-expected-by = previsto para el { DATE($date) }
ui-milestones = Próximas fechas
ui-payroll = Nómina (DSN)
ui-dsn-identifier = Declarar
ui-ntt-suggestion = NTT propuesto
ui-warnings = Puntos de atención
ui-none = ninguno
ui-nothing-to-do = Nada que presentar en Francia.
ui-sources = Fuentes
# Report (both audiences): heading of the household summary that opens the document.
ui-summary = Resumen para el hogar
# Household summary: label of the fund the file goes to (its name follows).
ui-send-to = Presentar el expediente a
# Household summary: heading of the first steps still to do, each followed by whom it is for.
ui-first-actions = Primeros pasos
# Household summary: heading of the dates to know (coverage, deadlines, the next twelve months' milestones).
ui-key-dates = Fechas clave
# Household summary, key dates: the day health cover starts (followed by the names).
ui-coverage-starts = comienzo de la cobertura sanitaria
# Family's document: the name of a member given without a label, by their place in the household.
# $number: 1, 2…
ui-person = Persona { $number }
# Family's document: heading of the points of attention that are the same for every member, said once.
ui-household-warnings = Puntos de atención para todo el hogar
# Family's document: stands for the list of names when a line concerns every member of the household.
ui-whole-household = todo el hogar
# Case history: an entry erased (GDPR).
ui-hist-redacted = (borrado)
# Case history: a number that does not parse.
ui-hist-invalid-number = (número no válido)
# Case history: a correction. $seq: the entry it voids; $reason: as typed.
ui-hist-voids = anula el n.º { $seq }: { $reason }
# Case history: a permit renewed. $permit: its code; $from: a date (written out).
ui-hist-permit = { $permit } desde el { $from }
# Case history: a permit renewed. $permit: its code; $from, $until: dates (written out).
ui-hist-permit-until = { $permit } del { $from } al { $until }
# Case history: after an entry a correction voided (a fragment: keep its leading space). $seq: the correction.
ui-hist-voided-by = {" "}[anulado por el n.º { $seq }]
# Case history: when the entry was recorded. $at: the recording time, its date written out and the time (HH:MM).
ui-hist-recorded = (registrado el { $at })
# Case status, list and history: a date alone (a step done, a deadline, an entry of the log).
# $date: a date (written out by DATE)
ui-date = { DATE($date) }
# Between the items of a list of names or things in a line (", " in English; "、" in Chinese, "، " in Arabic).
ui-list-sep = ,{" "}
# Between the items of a list of longer phrases ("; " in English; French with a no-break space before ";").
ui-list-semicolon = ;{" "}
# Between a label and its value in a line (": " in English; French with a no-break space before ":"; "：" in Chinese).
ui-colon = :{" "}
nir-valid = número de la seguridad social válido (NIR o NIA)
nir-valid-without-key = estructura válida, indicado sin su clave
nir-legacy-nnp = un número provisional antiguo (NNP), no un NIR: sustituido por el NIA desde 2022
nir-legacy-mig = un número provisional para un migrante temporal (MIG), no un NIR
nir-invalid = no es un número de la seguridad social válido
nir-why = por qué
nir-sex = sexo
nir-female = mujer (2)
nir-male = hombre (1)
nir-year = año de nacimiento
nir-month = mes de nacimiento
nir-pseudo-month = pseudomes: mes desconocido
nir-place = lugar de nacimiento
nir-abroad = en el extranjero:
nir-department = departamento
nir-commune = municipio
nir-historical = 91–96 también puede significar Argelia, Marruecos o Túnez antes de la independencia
nir-order = número de orden
nir-key-expected = clave
nir-key-given = indicada:

## Input errors (decoding, validation, the CLI's own messages)
err-standard-input = entrada estándar
err-standard-output = salida estándar

# Error message (lowercase, no final period; fragments are joined).
# $limit: a number (a limit)
err-input-too-large = supera el límite de { $limit } bytes: rechazado (auméntelo con --max-input-bytes)

# Error message (lowercase, no final period; fragments are joined).
# $count: a number
err-more-problems =
    … y { $count ->
         [one] { $count } problema más
        *[other] { $count } problemas más
    }
err-no-as-of = sin fecha de evaluación: indique "as_of" en el hogar o como opción

# Error message (lowercase, no final period; fragments are joined).
# $byte: a byte offset (a number)
err-not-utf8 = la entrada no es UTF-8 válido (byte { $byte })

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $line: a line number
# $column: a column number
err-malformed-json = JSON mal formado en la línea { $line }, columna { $column }:{" "}

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $line: a line number
# $column: a column number
err-at-line = línea { $line }, columna { $column }:{" "}

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): the text ends inside a list [ ].
err-json-eof-list = el texto termina dentro de una lista

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): the text ends inside an object { }.
err-json-eof-object = el texto termina dentro de un objeto

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): the text ends inside a quoted string.
err-json-eof-string = el texto termina dentro de una cadena

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): the text ends where a value was expected (e.g. an empty file).
err-json-eof-value = el texto termina donde se esperaba un valor

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a colon was expected after a key.
err-json-expected-colon = se esperaba «:»

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a comma or the end of the list was expected.
err-json-expected-list-comma = se esperaba «,» o «]»

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a comma or the end of the object was expected.
err-json-expected-object-comma = se esperaba «,» o «{"}"}»

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a word like true, false or null was misspelt.
err-json-expected-ident = se esperaba una palabra (true, false o null)

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): no valid value here (e.g. a word without quotes).
err-json-expected-value = se esperaba un valor

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a key must start with a double quote.
err-json-expected-quote = se esperaban comillas «"»

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a backslash sequence in a string is not valid.
err-json-invalid-escape = secuencia de escape no válida

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a number is badly written.
err-json-invalid-number = número no válido

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a number too large.
err-json-number-out-of-range = número fuera de rango

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a \u escape names no character.
err-json-invalid-code-point = punto de código Unicode no válido

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a raw control character (e.g. a tab or a line break) inside a quoted string.
err-json-control-character = carácter de control (\u0000-\u001F) dentro de una cadena

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): an object key without double quotes.
err-json-key-must-be-string = una clave debe ser una cadena entre comillas

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a comma before ] or }.
err-json-trailing-comma = coma sobrante

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): text after the end of the document.
err-json-trailing-characters = caracteres sobrantes tras el final del documento

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): lists or objects nested too deeply.
err-json-recursion-limit = anidamiento demasiado profundo

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a \u escape with fewer than four hex digits.
err-json-hex-escape-end = secuencia \u incompleta

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a \u escape with half of a character pair.
err-json-lone-surrogate = sustituto inicial aislado en una secuencia \u

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): any other JSON error (generic).
err-json-other = JSON no válido

# Error message (lowercase, no final period; fragments are joined).
# $field: a field name or the mismatching item, as written in the input
err-duplicate-field = campo "{ $field }" indicado dos veces

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
# $expected: what was expected
err-newer-format = "{ $found }" es más reciente de lo que entiende esta versión de secu ({ $expected }): actualice secu

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
# $expected: what was expected
err-unknown-format = formato desconocido "{ $found }": se esperaba "{ $expected }"

# Error message (lowercase, no final period; fragments are joined).
# $field: a field name or the mismatching item, as written in the input
# $suggestion: the closest known value
err-unknown-field-did-you-mean = campo desconocido "{ $field }"; ¿quería decir "{ $suggestion }"?

# Error message (lowercase, no final period; fragments are joined).
# $field: a field name or the mismatching item, as written in the input
# $known: the known values, comma-separated
err-unknown-field-known = campo desconocido "{ $field }"; campos conocidos: { $known }

# Error message (lowercase, no final period; fragments are joined).
# $field: a field name or the mismatching item, as written in the input
err-missing-field = falta el campo obligatorio "{ $field }"

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-string = se esperaba una cadena, se encontró { $found }

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-bool = se esperaba true o false, se encontró { $found }

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-date = se esperaba una fecha "AAAA-MM-DD", se encontró { $found }

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-object = se esperaba un objeto, se encontró { $found }

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-members = se esperaba una lista de miembros, se encontró { $found }

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-member-id = se esperaba un identificador de miembro (cadena), se encontró { $found }

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-member-ids = se esperaba una lista de identificadores de miembros, se encontró { $found }

# Error message (lowercase, no final period; fragments are joined).
# $value: the value given, as typed
err-no-such-date = la fecha "{ $value }" no existe

# Error message (lowercase, no final period; fragments are joined).
# $value: the value given, as typed
err-date-shape = fecha no válida "{ $value }": se esperaba AAAA-MM-DD

# Error message (lowercase, no final period; fragments are joined).
# $value: the value given, as typed
# $years: the accepted range of years
err-date-years = fecha "{ $value }" fuera de los años { $years }

# Error message (lowercase, no final period; fragments are joined).
# $value: the value given, as typed
err-unknown-country = código de país desconocido { $value }

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-country = se esperaba un código de país (ISO 3166-1 alfa-2, "XK" o "CA-QC"), se encontró { $found }

# Error message (lowercase, no final period; fragments are joined).
# $value: the value given, as typed
err-unknown-value = valor desconocido "{ $value }"

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $suggestion: the closest known value
err-did-you-mean = ; ¿quería decir "{ $suggestion }"?

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $choices: the accepted values, comma-separated
err-expected-one-of = {" "}(se esperaba uno de: { $choices })

# Error message (lowercase, no final period; fragments are joined).
# $count: a number
# $limit: a number (a limit)
err-too-many-members = { $count } miembros: supera el límite de { $limit }
err-no-members = un hogar necesita al menos un miembro
err-several-primaries = solo un miembro puede ser el principal
err-no-primary = ningún miembro tiene la relación "primary"

# Error message (lowercase, no final period; fragments are joined).
# $length: a number of characters
err-id-length = un identificador tiene de 1 a 64 caracteres, se encontraron { $length }

# Error message (lowercase, no final period; fragments are joined).
# $id: a member id
# $other: where the same id appears (a JSON path)
err-duplicate-id = identificador duplicado "{ $id }" (también en { $other })

# Error message (lowercase, no final period; fragments are joined).
# $birth: a date, quoted as typed (YYYY-MM-DD)
# $as-of: a date, quoted as typed (YYYY-MM-DD)
err-birth-after-as-of = la fecha de nacimiento { $birth } es posterior a la fecha de evaluación { $as-of }
err-union-country-not-partner = union_country es solo para un cónyuge o pareja
err-nir-status-without-nir = se indica nir_status pero no nir
err-nia-issued-without-nir = se indica nia_issued_on pero no nir
err-nia-issued-not-provisional = nia_issued_on exige nir_status "provisional"

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
err-nia-before-birth = NIA asignado el { $date }, antes de la fecha de nacimiento

# Error message (lowercase, no final period; fragments are joined).
# $key: the two-digit key
err-nir-without-key-rejected = 13 caracteres sin la clave (criterio nir_without_key = reject); su clave sería { $key }
err-posting-missing = un trabajador desplazado necesita los datos del desplazamiento (from_country, certificate, end_date)

# Error message (lowercase, no final period; fragments are joined).
# $kind: an activity kind code
err-posting-not-posted = los datos del desplazamiento son para el tipo "posted", no para "{ $kind }"

# Error message (lowercase, no final period; fragments are joined).
# $end: a date, quoted as typed (YYYY-MM-DD)
# $start: a date, quoted as typed (YYYY-MM-DD)
err-posting-reversed = el desplazamiento termina el { $end }, antes de empezar el { $start }

# Error message (lowercase, no final period; fragments are joined).
# $max: a number (the maximum)
# $length: a number of characters
err-payroll-id-length = un número de nómina tiene de 1 a { $max } caracteres para caber en un NTT, se encontraron { $length }

# Error message (lowercase, no final period; fragments are joined).
# $character: the character, quoted
err-payroll-id-character = el carácter { $character } no puede aparecer en un NTT (solo letras y cifras)

# Error message (lowercase, no final period; fragments are joined).
# $until: a date, quoted as typed (YYYY-MM-DD)
# $from: a date, quoted as typed (YYYY-MM-DD)
err-permit-reversed = permiso válido hasta el { $until }, antes de ser válido desde el { $from }

# Error message (lowercase, no final period; fragments are joined).
# $relationship: a relationship code
err-parents-not-child = los padres se indican solo para los hijos, no para un "{ $relationship }"

# Error message (lowercase, no final period; fragments are joined).
# $count: a number
err-too-many-parents = un hijo tiene como máximo dos progenitores legales, se encontraron { $count }

# Error message (lowercase, no final period; fragments are joined).
# $parent: a member id
err-parent-twice = el progenitor "{ $parent }" figura dos veces

# Error message (lowercase, no final period; fragments are joined).
# $id: a member id
err-unknown-parent = ningún miembro tiene el identificador "{ $id }"
err-own-parent = un hijo no puede ser su propio progenitor

# Error message (lowercase, no final period; fragments are joined).
# $parent: a member id
# $path: a JSON path, e.g. members[1]
err-parent-not-adult = el progenitor "{ $parent }" no es adulto ({ $path })

# Error message (lowercase, no final period; fragments are joined).
# $parent: a member id
# $path: a JSON path, e.g. members[1]
err-parent-ref = progenitor "{ $parent }" ({ $path })

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $parent-birth: a date, quoted as typed (YYYY-MM-DD)
# $child-birth: a date, quoted as typed (YYYY-MM-DD)
err-parent-born-after-child = {" "}nació el { $parent-birth }, no antes que el hijo (nacido el { $child-birth })

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $min: a minimum age (a number)
err-parent-too-young =
    {" "}habría tenido { $age ->
         [one] { $age } año
        *[other] { $age } años
    } al nacer el hijo (mínimo { $min })

# Error message (lowercase, no final period; fragments are joined).
# $start: a date, quoted as typed (YYYY-MM-DD)
# $birth: a date, quoted as typed (YYYY-MM-DD)
err-activity-before-birth = la actividad empieza el { $start }, antes de la fecha de nacimiento { $birth }

# Error message (lowercase, no final period; fragments are joined).
# $end: a date, quoted as typed (YYYY-MM-DD)
# $birth: a date, quoted as typed (YYYY-MM-DD)
err-posting-before-birth = el desplazamiento termina el { $end }, antes de la fecha de nacimiento { $birth }

# Error message (lowercase, no final period; fragments are joined).
# $policy: a policy name
# $problem: what is wrong (a text)
err-policy-out-of-range = criterio { $policy }: { $problem }

# Error message (lowercase, no final period; fragments are joined).
# $length: a number of characters
err-siren-length = se esperaban 9 cifras, se encontraron { $length }

# Error message (lowercase, no final period; fragments are joined).
# $character: the character, quoted
# $position: its position (a number)
err-siren-character = carácter no válido { $character } en la posición { $position }: un SIREN solo tiene cifras

# Error message (lowercase, no final period; fragments are joined).
# $expected: what was expected
# $found: what was found, quoted from the input or its JSON kind
err-siren-key = dígito de control no válido: se esperaba { $expected }, se encontró { $found } (clave de Luhn)

# Error message (lowercase, no final period; fragments are joined).
# $postcode: a value, as is
err-postcode-malformed = código postal no válido { $postcode }: se esperaban 5 cifras

# Error message (lowercase, no final period; fragments are joined).
# $postcode: a value, as is
err-postcode-monaco = el código postal { $postcode } está en Mónaco, no en Francia

# Error message (lowercase, no final period; fragments are joined).
# $postcode: a value, as is
err-postcode-unknown = el código postal { $postcode } no corresponde a ningún departamento francés

# Error message (lowercase, no final period; fragments are joined).
# $length: a number of characters
err-nir-length = se esperaban 13 o 15 caracteres, se encontraron { $length }

# Error message (lowercase, no final period; fragments are joined).
# $character: the character, quoted
# $position: its position (a number)
err-nir-character = carácter no válido { $character } en la posición { $position }

# Error message (lowercase, no final period; fragments are joined).
# $digit: the digit found
err-nir-sex = cifra de sexo no válida '{ $digit }': debe ser 1 (hombre) o 2 (mujer)
err-nir-legacy-nnp = número provisional antiguo (NNP, numéro national provisoire), no un NIR: estos números se sustituyeron por el NIA y desaparecieron oficialmente el 31 de diciembre de 2022
err-nir-legacy-mig = número provisional antiguo (MIG, migrant de passage: para personas de paso), no un NIR: no tiene clave y no se acepta donde se espera un NIR o un NIA

# Error message (lowercase, no final period; fragments are joined).
# $month: a month number
err-nir-month = mes no válido '{ $month }': debe ser 01–12 o un pseudomes 20–99

# Error message (lowercase, no final period; fragments are joined).
# $department: the department code found
err-nir-department = departamento no válido '{ $department }': debe ser 01–99, 2A o 2B

# Error message (lowercase, no final period; fragments are joined).
# $order: the order number found
err-nir-order = número de orden no válido '{ $order }': debe ser 001–999

# Error message (lowercase, no final period; fragments are joined).
# $expected: what was expected
# $found: what was found, quoted from the input or its JSON kind
err-nir-key = clave no válida: se esperaba { $expected }, se encontró { $found }
kind-null = null
kind-bool = un booleano
kind-number = un número
kind-string = una cadena
kind-array = una lista
kind-object = un objeto

## Case and policy errors (issue 10, item 15: they follow --lang)

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-policy-assignment = se esperaba NOMBRE=VALOR, se encontró "{ $found }"

# Error message (lowercase, no final period; fragments are joined).
# $policy: a policy name
err-policy-unknown = criterio desconocido "{ $policy }"

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $known: the known values, comma-separated
err-policy-known = ; conocidos: { $known }

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $policy: a policy name
err-policy-prefix = criterio { $policy }:{" "}

# Error message (lowercase, no final period; fragments are joined).
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $max: a number (the maximum)
err-policy-age = la edad { $age } está fuera del rango: se esperaba de 0 a { $max } (la declaración se exige a todo adulto, Decision 8)

# Error message (lowercase, no final period; fragments are joined).
# $month: a month number
err-policy-month = el mes { $month } está fuera del rango: se esperaba de 1 a 12

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $day: a day number
# $month: a month number
err-policy-day = el día { $day } está fuera del rango para el mes { $month }:{" "}

# Error message (lowercase, no final period; fragments are joined).
# $max: a number (the maximum)
err-policy-day-range = se esperaba de 1 a { $max }

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $event: an event code
# $code: a refusal code
err-refused = { $event } rechazado ({ $code }):{" "}

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $events: event codes or a count of events (a text)
err-allowed-now = ; posible ahora: { $events }

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
err-allowed-nothing = ; posible ahora: nada

# Error message (lowercase, no final period; fragments are joined).
# $stage: the stage reached (a text)
# $track: the procedure track (a text)
err-not-allowed-now = no es posible en esta etapa: { $stage } (trámite: { $track })

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $date: a date, quoted as typed (YYYY-MM-DD)
err-dated-before = con fecha { $date }, anterior a:{" "}

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
err-before-submission = la presentación del expediente ({ $date })

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
err-before-nia = el número provisional (NIA) ({ $date })

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
err-before-clock-end = el final de los 3 meses que da el NIA para enviar el documento de estado civil (R114-7 III) ({ $date })

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
err-before-notice-end = el final de los 3 meses del requerimiento (mise en demeure, R114-7 III) ({ $date })

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
err-before-certification = el número certificado o los derechos reabiertos (Decision 9) ({ $date })

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
err-before-last-event = un evento ya registrado ({ $date }): los eventos se registran en orden cronológico

# Error message (lowercase, no final period; fragments are joined).
# $document: a document kind code
err-not-in-checklist = { $document } no está en la lista de documentos de este miembro

# Error message (lowercase, no final period; fragments are joined).
# $document: a document kind code
err-doc-not-received = { $document } no se ha recibido

# Error message (lowercase, no final period; fragments are joined).
# $document: a document kind code
err-doc-already-received = { $document } ya se ha recibido
err-reason-required = hace falta un motivo
err-nothing-received = no se ha recibido ningún documento
err-checklist-complete = se han recibido todos los documentos

# Error message (lowercase, no final period; fragments are joined).
# $documents: document kind codes, comma-separated
err-documents-missing = documentos que aún faltan: { $documents }
err-no-nia = no hay certificación antes de un número provisional (NIA)
err-civil-status-missing = SANDIA certifica a partir del documento de estado civil, que no ha llegado a la caja

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
err-number-invalid = el número no es válido:{" "}
err-civil-status-received = el documento de estado civil ya se ha recibido
err-no-formal-notice = las prestaciones solo se suspenden tras un requerimiento (mise en demeure, R114-7 III)

# Error message (lowercase, no final period; fragments are joined).
# $min: a minimum age (a number)
# $age: the person's age in whole years (a number; 0 for a baby under one)
err-too-young =
    solo a partir de los { $min } años (el miembro tiene { $age ->
         [0] menos de un año
         [one] { $age } año
        *[other] { $age } años
    })

# Error message (lowercase, no final period; fragments are joined).
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $step: a step code
err-step-not-applicable =
    no es uno de los pasos de este miembro con { $age ->
         [0] menos de un año
         [one] { $age } año
        *[other] { $age } años
    } ({ $step }: domain §7)

# Error message (lowercase, no final period; fragments are joined).
# $age: the person's age in whole years (a number; 0 for a baby under one)
err-own-coverage-too-young =
    solo a partir de los 18 años, o desde el primer día de una actividad profesional (el miembro tiene { $age ->
         [0] menos de un año
         [one] { $age } año
        *[other] { $age } años
    })
err-card-settled = ya se pidió o se recibió una nueva Carte Vitale, o se declaró válida la antigua
err-no-ameli = la attestation de droits se obtiene en la cuenta ameli: ábrala primero

# Error message (lowercase, no final period; fragments are joined).
# $member: a member id
err-no-track = el miembro "{ $member }" no tiene trámite en Francia (afiliación none)

# Error message (lowercase, no final period; fragments are joined).
# $id: a member id
err-no-member-id = ningún miembro tiene el identificador "{ $id }"

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
# $last: a date, quoted as typed (YYYY-MM-DD)
err-household-out-of-order = con fecha { $date }, antes de un evento ya registrado ({ $last }): los eventos se registran en orden cronológico

# Error message (lowercase, no final period; fragments are joined).
# $member: a member id
# $stage: the stage reached (a text)
err-track-in-progress = la corrección cierra el trámite de "{ $member }", que ya está en la etapa: { $stage }; retírelo primero

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $member: a member id
err-unknown-case-member = no hay ningún miembro "{ $member }" en el hogar;{" "}

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $suggestion: the closest known value
err-case-did-you-mean = ¿quería decir "{ $suggestion }"?{" "}

# Error message (lowercase, no final period; fragments are joined).
# $members: member ids, comma-separated
err-case-members = miembros: { $members }

# Error message (lowercase, no final period; fragments are joined).
# $member: a member id
err-member-redacted = el miembro "{ $member }" se ha anonimizado: ya no se registra nada más sobre él

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
# $today: a date, quoted as typed (YYYY-MM-DD)
err-future-date = el evento tiene fecha { $date }, posterior al día en que se registra ({ $today }): regístrelo cuando haya ocurrido
err-empty-line = línea vacía: se esperaba un hogar (un objeto JSON)

# Error message (lowercase, no final period; fragments are joined).
# $limit: a number (a limit)
err-line-too-long = línea más larga que el límite de { $limit } bytes (auméntelo con --max-line-bytes); se ha omitido la línea

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
# $opened: a date, quoted as typed (YYYY-MM-DD)
err-before-opening = el evento tiene fecha { $date }, antes de la apertura del expediente ({ $opened }): lo ocurrido antes forma parte del hogar (un número que ya se tiene, un seguro anterior)

# Error message (lowercase, no final period; fragments are joined).
# $members: member ids, comma-separated
err-members-dropped = el hogar corregido elimina miembros que tienen eventos: { $members } (una corrección conserva sus identificadores; ¿es el expediente de otra familia?)

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $voided: the entry number the correction voids
# $seq: an entry number of the case file
err-correction-breaks = sin seq { $voided }, seq { $seq } se rechazaría (
err-void-later-first = ): anule primero los eventos posteriores

# Error message (lowercase, no final period; fragments are joined).
# $member: a member id
err-redact-unknown = no hay ningún miembro "{ $member }" en este expediente
err-fully-redacted = todos los miembros se han anonimizado: no hay nada que reproducir

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $code: a refusal code
err-refused-on-replay = rechazado al reproducir ({ $code }):{" "}
err-household-mismatch = el hogar no coincide con household_commitment: se modificó después de crear el expediente

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $seq: an entry number of the case file
err-seq-not-first = seq { $seq } en lugar de 1:{" "}

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $seq: an entry number of the case file
# $previous: the entry number before
err-seq-follows = seq { $seq } sigue a { $previous }:{" "}
err-entries-reordered = las entradas se han reordenado o duplicado

# Error message (lowercase, no final period; fragments are joined).
# $seq: an entry number of the case file
err-entries-reordered-later = las entradas se han reordenado (seq { $seq } viene después)

# Error message (lowercase, no final period; fragments are joined).
# $seq: an entry number of the case file
err-entry-deleted = se ha borrado una entrada (falta seq { $seq })
err-anchor-mismatch = prev no coincide con el ancla del expediente: se modificó la cabecera (rules_version, created_at, opened_on, policies o household_commitment)
err-chain-broken = prev no coincide con el resumen de la entrada anterior: se insertó, borró o sustituyó una entrada antes de esta
err-digest-mismatch = el resumen no coincide: la entrada se modificó después de registrarse

# Error message (lowercase, no final period; fragments are joined).
# $byte: a byte offset (a number)
err-case-not-utf8 = el archivo no es UTF-8 válido (byte { $byte })
err-case-not-object = un expediente es un objeto JSON

# Error message (lowercase, no final period; fragments are joined).
# $expected: what was expected
err-case-no-format = falta el campo "format": no es un expediente de secu (se esperaba "{ $expected }")

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
# $expected: what was expected
err-case-unknown-format = formato desconocido "{ $found }": se esperaba "{ $expected }"

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
# $expected: what was expected
err-case-newer-format = "{ $found }" es más reciente de lo que lee esta versión de secu ({ $expected }): actualice secu

# Error message (lowercase, no final period; fragments are joined).
# $field: a field name or the mismatching item, as written in the input
err-case-unknown-field = campo desconocido "{ $field }"

# Error message (lowercase, no final period; fragments are joined).
# $field: a field name or the mismatching item, as written in the input
err-case-missing-field = falta el campo "{ $field }"
err-case-expected-string = se esperaba una cadena
err-case-timestamp = se esperaba una marca de tiempo RFC 3339 (2026-11-27T10:15:00Z)
err-case-expected-date = se esperaba una fecha "AAAA-MM-DD"

# Error message (lowercase, no final period; fragments are joined).
# $value: the value given, as typed
err-case-invalid-date = fecha no válida "{ $value }": se esperaba una fecha AAAA-MM-DD existente

# Error message (lowercase, no final period; fragments are joined).
# $seq: an entry number of the case file
err-seq-unknown = seq { $seq } no es una entrada anterior del registro

# Error message (lowercase, no final period; fragments are joined).
# $seq: an entry number of the case file
err-seq-is-correction = seq { $seq } es una corrección: una corrección anula un evento, no otra corrección

# Error message (lowercase, no final period; fragments are joined).
# $seq: an entry number of the case file
err-seq-other-member = seq { $seq } es un evento de otro miembro: una corrección anula un evento de su propio miembro

# Error message (lowercase, no final period; fragments are joined).
# $seq: an entry number of the case file
# $correction: the entry number of the correction
err-seq-already-voided = seq { $seq } ya está anulada por seq { $correction }

# Error message (lowercase, no final period; fragments are joined).
# $member: a member id
err-member-mismatch = member_added se registra para el nuevo miembro: se esperaba el miembro "{ $member }"

# Error message (lowercase, no final period; fragments are joined).
# $member: a member id
err-duplicate-member = el miembro "{ $member }" ya está en el hogar

# Error message (lowercase, no final period; fragments are joined).
# $member: a member id
err-replay-unknown-member = no hay ningún miembro "{ $member }" en el hogar

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $value: the value given, as typed
err-unknown-variant = variante desconocida `{ $value }`, se esperaba{" "}

# Error message (lowercase, no final period; fragments are joined).
# $expected: what was expected
err-variant-only = `{ $expected }`

# Error message (lowercase, no final period; fragments are joined).
# $first: a value
# $second: a value
err-variant-either = `{ $first }` o `{ $second }`

# Error message (lowercase, no final period; fragments are joined).
# $choices: the accepted values, comma-separated
err-variant-one-of = uno de `{ $choices }`

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $members: member ids, comma-separated
err-redaction-breaks = los demás miembros no se pueden reproducir sin "{ $members }" (
err-redact-dependents-first = ): anonimice primero a los miembros que dependen de ellos, o todo el expediente

# Message of the command line.
# $event: an event code
# $what: what the event needs (options)
cli-needs = { $event } necesita { $what }
cli-at-least-one-document = al menos un --document KIND

# Message of the command line.
# $file: a file path
cli-already-exists = { $file }: ya existe (use --force para sustituirlo)

# Message of the command line.
# $event: an event code
cli-unknown-event = evento desconocido "{ $event }"

# Message of the command line.
# $document: a document kind code
cli-unknown-document = tipo de documento desconocido "{ $document }"

# Message of the command line.
# $options: command-line options
# $event: an event code
cli-does-not-apply = { $options } no se aplica a { $event }

# Message of the command line; a fragment: the code joins it to the text before or after it.
# $options: command-line options
cli-it-takes = {" "}(admite { $options })

# Message of the command line; a fragment: the code joins it to the text before or after it.
cli-takes-nothing = {" "}(no admite ninguna opción salvo --date)

# Message of the command line.
# $document: a document kind code
cli-document-twice = --document { $document } se indica dos veces

# Message of the command line.
# $event: an event code
cli-not-from-command-line = el evento "{ $event }" no se puede registrar desde la línea de comandos
cli-name-member = indique un MEMBER, o --all

# Message of the command line; a fragment: the code joins it to the text before or after it.
# $file: a file path
# $members: member ids, comma-separated
cli-created =
    creado { $file }: { $members ->
         [one] { $members } miembro
        *[other] { $members } miembros
    }, {" "}

# Message of the command line.
# $date: a date (written out by DATE)
cli-opened-on = abierto el { DATE($date) }

# Message of the command line.
# $seq: an entry number of the case file
# $entry: the recorded entry: member, event code, date (written out)
cli-recorded = registrado #{ $seq } { $entry }

# Message of the command line.
# $head: the head (hash) of the case file
# $events: event codes or a count of events (a text)
cli-head = cabeza: { $head } ({ $events })
cli-one-event = 1 evento

# Message of the command line.
# $count: a number
cli-events =
    { $count ->
         [one] { $count } evento
        *[other] { $count } eventos
    }

# Message of the command line; a fragment: the code joins it to the text before or after it.
# $file: a file path
# $events: event codes or a count of events (a text)
cli-chain-verifies = { $file }: la cadena se verifica: { $events },{" "}

# Message of the command line.
# $head: the head (hash) of the case file
cli-head-is = cabeza { $head }
cli-ends-at-head = el archivo termina en la cabeza indicada

# Message of the command line.
# $seq: an entry number of the case file
# $since: how many events since (a text)
cli-went-on-past = la cabeza indicada es el evento #{ $seq }: el archivo continuó después ({ $since } desde entonces)

# Message of the command line.
# $file: a file path
# $head: the head (hash) of the case file
cli-head-not-on-chain = { $file }: la cabeza indicada { $head } no está en la cadena de este archivo: el archivo se truncó o se restauró una versión anterior, o es otro expediente

# Message of the command line.
# $file: a file path
cli-unreadable = { $file }: ilegible

# Message of the command line.
# $file: a file path
# $problem: why it is not (a text)
cli-not-a-journal = { $file }: no es un registro de cabezas ({ $problem }); bórrelo para empezar uno nuevo
cli-iv-needs-file = hace falta un archivo de hogar cuando la entrada estándar no es un terminal (las respuestas se leen como líneas PATH=VALUE)
cli-iv-needs-output = un hogar nuevo necesita -o FILE: donde se guarda la entrevista después de cada respuesta

# Message of the command line.
# $file: a file path
cli-iv-output-exists = { $file }: ya existe: continúe esa entrevista con `secu interview { $file }`

# Message of the command line.
# $line: a line number
cli-iv-not-an-answer = línea { $line }: se esperaba PATH=VALUE, p. ej. `members[0].birth_date=1990-04-12`

# Message of the command line.
# $line: a line number
# $path: a JSON path, e.g. members[1]
cli-iv-unknown-path = línea { $line }: { $path }: no es un dato del hogar (`as_of`, `members[N].FIELD`)

# Message of the command line.
# $line: a line number
# $path: a JSON path, e.g. members[1]
cli-iv-no-member = línea { $line }: { $path }: ese miembro no existe

# Message of the command line; a fragment: the code joins it to the text before or after it.
# $last: the date of the last recorded event (ISO)
cli-iv-member-range = {" "}(los miembros del hogar van de `members[0]` a `members[{ $last }]`)

# Message of the command line.
# $line: a line number
# $problem: what is wrong (a text)
cli-iv-line = línea { $line }: { $problem }
cli-iv-nothing-written = no se ha escrito nada: no se aplica ninguna respuesta si no son válidas todas las líneas
cli-iv-new-household = Hogar nuevo: ¿quiénes son las personas? Primero el miembro principal (la persona que empieza a trabajar en Francia, o el solicitante principal).
cli-iv-member-id = Identificador del miembro (un nombre corto, p. ej. priya):
cli-iv-relationship = Relación con el miembro principal:
cli-iv-add-member = ¿Añadir otro miembro?
cli-iv-yes = sí
cli-iv-no = no
cli-iv-help-text = - = ninguno / no procede · ? = omitir por ahora · < = atrás · Esc = guardar y salir
cli-iv-help-country = un código de país (IN, DE, CA-QC) o un nombre; Tab completa
cli-iv-help-date = AAAA-MM-DD
cli-iv-help-parents = identificadores de miembros separados por comas

# Message of the command line; a fragment: the code joins it to the text before or after it.
cli-iv-none = (ninguno / no procede)

# Message of the command line; a fragment: the code joins it to the text before or after it.
cli-iv-skip = (aún no lo sé: omitir por ahora)

# Message of the command line; a fragment: the code joins it to the text before or after it.
cli-iv-back = (atrás: deshacer la respuesta anterior)

# Message of the command line.
# $number: the question number
# $remaining: the number of questions left
cli-iv-progress = Pregunta { $number } · quedan { $remaining }
cli-iv-settled = decidido:

# Message of the command line.
# $file: a file path
cli-iv-saved = guardado en { $file }

# Message of the command line.
# $path: a JSON path, e.g. members[1]
cli-iv-undone = deshecho: { $path }
cli-iv-nothing-to-undo = nada que deshacer

# Message of the command line.
# $file: a file path
cli-iv-stopped = Entrevista detenida; el hogar está guardado en { $file }. Para continuar: secu interview { $file }

# Message of the command line.
# $count: a number
# $file: a file path
cli-iv-skipped-left =
    { $count ->
         [one] { $count } pregunta omitida
        *[other] { $count } preguntas omitidas
    }: el hogar queda incompleto. Para continuar: secu interview { $file }
cli-iv-complete = No queda ninguna pregunta: el hogar está completo.

## Procedure: next actions and deadlines
act-gather = reunir los documentos que faltan
act-submit = todos los documentos están listos: presentar el expediente a la caja
act-wait-nia = esperar el número provisional (NIA), unas 3 semanas
act-wait-confirmation = esperar a que la caja confirme la afiliación
act-wait-reopen = esperar a que la caja reabra los derechos
act-wait-s1 = esperar a que la caja inscriba el S1
act-send-civil-status = enviar el documento de estado civil (certificado de nacimiento): 3 meses desde el NIA, después un requerimiento (mise en demeure)
act-declare-physician = declarar un médecin traitant (formulario S3704 en papel si el médico no puede declararlo en línea)
act-wait-certification = esperar a que SANDIA certifique el número (hasta 9 meses)
act-suspended = las prestaciones están suspendidas: enviar ya el documento de estado civil
act-order-card = pedir la Carte Vitale (formulario con foto y documento de identidad, o en línea desde la cuenta ameli)
act-return-card-form = devolver el formulario «Ma nouvelle carte Vitale» con una foto de identidad y una copia de un documento de identidad
act-wait-card = esperar la Carte Vitale (unas 3 semanas por correo, 2 semanas en línea)
act-open-ameli = abrir la cuenta ameli
act-attestation = descargar la attestation de droits y entregarla al seguro médico complementario de la empresa (mutuelle)
act-own-coverage = ya es mayor de edad: presentar el S1110 con una cuenta bancaria a su propio nombre
act-own-coverage-work = trabaja (aprendizaje incluido): cubierto a título personal desde el primer día de trabajo, ya no vinculado a un progenitor; presentar su propia solicitud con una cuenta bancaria a su nombre
act-contest-rejection = impugnar el rechazo en los 2 meses siguientes a su notificación (reclamación previa, recours amiable, ante la commission de recours amiable de la caja, CSS R142-1)
act-submit-again = o presentar de nuevo el expediente, corregido
dl-civil-status-due = plazo del documento de estado civil (3 meses después del NIA, R114-7)
dl-civil-status-final-due = plazo del documento de estado civil tras el requerimiento (3 meses), después la suspensión
dl-fund-decision-due = la caja decide en los 3 meses siguientes a la suspensión
dl-nia-expiry = fin de los 9 meses de validez del NIA
dl-ntt-limit = fin de la tolerancia de 3 meses del NTT en la nómina (DSN)
dl-posting-end = fin del desplazamiento
dl-nia-expected = NIA previsto (estimación: 3 semanas después de la presentación)
dl-certification-expected = número certificado previsto (estimación: en los 9 meses siguientes al expediente completo)
dl-ameli-expected = cuenta ameli posible (estimación: 10 días después del NIR)
dl-carte-vitale-expected = Carte Vitale prevista (estimación: 3 semanas después del pedido)
dl-sixteenth-birthday = 16 años: Carte Vitale propia, puede hacerse ayant droit autonome
dl-eighteenth-birthday = 18 años: cobertura propia (S1110)
dl-appeal-due = último día para impugnar el rechazo (2 meses, CSS R142-1)

## Procedure: status report

# Report heading or label.
# $date: a date (written out by DATE)
ui-status-title = Estado del trámite a { DATE($date) }
ui-track = Trámite
ui-phase = Etapa
ui-nia = NIA
ui-nir = NIR

# Report heading or label.
# $key: the two-digit key
ui-nir-without-key = clave no indicada; sería { $key }
ui-missing-documents = Documentos que faltan
ui-next-actions = Próximas acciones
ui-allowed-events = Eventos que se pueden registrar ahora
ui-rejection-reason = Motivo indicado por la caja
ui-deadlines = Plazos
ui-overdue = VENCIDO

# Report heading or label.
# $count: a number
# $date: a date (written out by DATE)
ui-portfolio-title =
    { $count ->
         [one] { $count } expediente
        *[other] { $count } expedientes
    } a { DATE($date) }

# Report heading or label.
# $count: a number
ui-portfolio-blocked =
    { $count ->
         [one] { $count } miembro bloqueado o con plazo vencido
        *[other] { $count } miembros bloqueados o con plazo vencido
    }
ui-waiting-on = a la espera de
ui-overdue-count = vencidos
ui-problem = problema

# Report heading or label.
# $now: a number of events now
# $then: a number of events then
ui-went-back = retrocedió desde la última lista: { $now } eventos ahora, { $then } entonces, y el archivo ya no llega a la cabeza vista entonces: se borraron eventos o se restauró una copia anterior

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-id-characters = un identificador solo tiene letras A–Z y a–z, cifras, ".", "_" y "-" (se encontró { $found })
ph-preparing = preparando el expediente
ph-submitted = presentado a la caja
ph-provisional = número provisional (NIA): identificación en curso
ph-suspended = prestaciones suspendidas (falta el documento de estado civil)

# $sex: female, male or other (unknown): French agrees with the person.
ph-affiliated =
    { $sex ->
         [female] afiliada
        *[other] afiliado
    }: número certificado, derechos abiertos

# $sex: female, male or other (unknown): French agrees with the person.
ph-affiliated-confirmed =
    { $sex ->
         [female] afiliada
        *[other] afiliado
    }: afiliación confirmada, derechos abiertos

# $sex: female, male or other (unknown): French agrees with the person.
ph-affiliated-reopened =
    { $sex ->
         [female] afiliada
        *[other] afiliado
    }: derechos reabiertos

# $sex: female, male or other (unknown): French agrees with the person.
ph-affiliated-s1 =
    { $sex ->
         [female] inscrita
        *[other] inscrito
    }: S1 registrado, asistencia a cargo de la caja del país de origen
ph-complete = terminado
ph-rejected = rechazado por la caja
ph-withdrawn = retirado
tr-registration-with-identification = primera inscripción con identificación (NIA y luego NIR certificado)
tr-registration = primera inscripción (número ya conocido)
tr-reactivation = reapertura de derechos
tr-s1-registration = inscripción del S1
tr-beneficiary-with-identification = hijo beneficiario, con NIA y luego NIR propios
tr-beneficiary = hijo beneficiario

## Values of the household's fields (labels for forms)
in-rel-primary = solicitante principal (empieza a trabajar en Francia)
in-rel-spouse = cónyuge
in-rel-civil-partner = pareja con PACS
in-rel-cohabiting-partner = pareja de hecho (sin matrimonio ni PACS)
in-rel-child = hijo o hija
in-sex-female = mujer
in-sex-male = hombre
in-nir-certified = un NIR certificado
in-nir-provisional = un número provisional (NIA)
in-act-employed = asalariado con contrato francés
in-act-posted = desplazado por una empresa extranjera
in-act-self-employed = trabajador por cuenta propia
in-act-student = estudiante (enseñanza superior)
in-act-job-seeker = demandante de empleo
in-act-none = sin actividad profesional
in-sector-general = régimen general
in-sector-agricultural = agrícola (MSA)
in-cert-a1 = A1 (UE/EEE/Suiza/Reino Unido)
in-cert-bilateral = certificado según un convenio bilateral
in-cert-none = sin certificado
in-permit-not-required = no se exige (nacional del EEE o de Suiza)
in-permit-long-stay-visa = visado de larga duración (VLS-TS)
in-permit-residence-permit = permiso de residencia (carte de séjour)
in-permit-resident-card = tarjeta de residente (carte de résident)
in-permit-talent-passport = Pasaporte Talento (passeport talent)
in-permit-receipt = resguardo (récépissé)
in-permit-none = ninguno

## Events of a case (labels for pages and reports)
ev-document-received = documento recibido
ev-document-rejected = documento rechazado
ev-document-waived = documento dispensado (con un motivo)
ev-file-submitted = expediente presentado a la caja
ev-documents-requested = la caja pidió documentos
ev-nia-issued = número provisional (NIA) asignado
ev-civil-status-received = documento de estado civil recibido por SANDIA
ev-formal-notice-received = requerimiento recibido (mise en demeure)
ev-rights-suspended = derechos suspendidos
ev-physician-declared = médecin traitant declarado
ev-nir-certified = número de la seguridad social (NIR) certificado
ev-affiliation-confirmed = afiliación confirmada
ev-rights-reopened = derechos reabiertos
ev-s1-registered = formulario S1 inscrito
ev-carte-vitale-form-received = formulario de la Carte Vitale recibido
ev-carte-vitale-ordered = Carte Vitale pedida
ev-carte-vitale-received = Carte Vitale recibida
ev-carte-vitale-still-valid = la Carte Vitale antigua sigue siendo válida
ev-ameli-account-opened = cuenta ameli abierta
ev-attestation-obtained = attestation de droits obtenida
ev-own-coverage-opened = cobertura propia abierta
ev-rejected = rechazado por la caja
ev-withdrawn = retirado
ev-household-corrected = hogar corregido
ev-member-added = miembro añadido (recién nacido)
ev-permit-renewed = permiso de residencia renovado
ev-correction = corrección (anula una entrada anterior)

## Intake: the questions of a partial household (contract §5)
q-birth-date = ¿Cuál es la fecha de nacimiento de esta persona?
q-help-birth-date = La edad decide la condición de un hijo (beneficiario, autonomía a los 16 años, mayoría de edad) y las fechas clave.
q-sex = ¿Cuál es el sexo de esta persona?
q-help-sex-agreement = Sirve para redactar en la forma correcta los textos sobre esta persona (en español, francés y otras lenguas las palabras concuerdan con ella) y para comprobar un número de la seguridad social francés. Puede dejarlo sin responder: los textos usarán entonces la forma general.
q-nationality = ¿Cuál es la nacionalidad de esta persona?
q-help-nationality = Los nacionales franceses, del EEE o de Suiza y los demás no siguen el mismo camino ni necesitan los mismos documentos.
q-birth-country = ¿En qué país nació esta persona?
q-help-birth-country = Una persona nacida en Francia (o en un territorio francés de ultramar) tiene número desde el nacimiento; un certificado de nacimiento extranjero puede necesitar una traducción jurada.
q-nir = ¿Tiene esta persona un número de la seguridad social francés (NIR)? Indíquelo, o responda ninguno.
q-help-nir = 13 o 15 caracteres, en una Carte Vitale o en una attestation de droits.
q-nir-status = ¿Ese número está certificado o es un número provisional (NIA)?
q-help-nir-status = Un número provisional (NIA) es válido 9 meses, hasta que se certifica.
q-nia-issued-on = ¿Cuándo se asignó el número provisional (NIA)?
q-help-nia-issued-on = Es el punto de partida de la validez del NIA.
q-previously-insured = ¿Ha estado esta persona asegurada alguna vez en Francia?
q-help-previously-insured = Los derechos anteriores se reabren (réouverture des droits) en lugar de hacer una primera inscripción. Si no se sabe, se supone que no, con un aviso.
q-activity-kind = ¿Qué hará esta persona en Francia?
q-help-activity-kind = Un contrato de trabajo francés, un desplazamiento por una empresa extranjera, trabajo por cuenta propia, estudios superiores, búsqueda de empleo, o nada de esto.
q-activity-start = ¿Cuándo empieza esta actividad en Francia?
q-help-activity-start = El primer día de trabajo o de estudios: la cobertura suele empezar ese día.
q-sector = ¿La actividad es del sector agrícola?
q-help-sector = Las actividades agrícolas las cubre la MSA en lugar de la CPAM.
q-employer-siren = ¿Cuál es el número SIREN de la empresa?
q-help-employer-siren = 9 cifras; sirve para proponer el número temporal de la nómina (NTT).
q-payroll-id = ¿Cuál es el identificador del empleado en la nómina?
q-help-payroll-id = Sirve para proponer el número temporal de la nómina (NTT).
q-posted-from = ¿Desde qué país se desplaza a esta persona?
q-help-posted-from = El reglamento de la UE o el convenio bilateral con ese país decide qué régimen cubre a un trabajador desplazado.
q-posting-certificate = ¿Qué certificado de desplazamiento tiene esta persona?
q-help-posting-certificate = Un A1 (UE/EEE/Suiza), un certificado de convenio bilateral, o ninguno.
q-posting-end = ¿Cuándo termina el desplazamiento?
q-help-posting-end = Los desplazamientos tienen un límite de tiempo (24 meses en la UE).
q-arrival-date = ¿Cuándo se instaló (o se instalará) esta persona en Francia?
q-help-arrival-date = Sin actividad, la cobertura por residencia exige 3 meses de residencia estable.
q-permit = ¿Qué permiso de residencia tiene esta persona?
q-help-permit = Los adultos de fuera del EEE y de Suiza necesitan una estancia regular.
q-permit-valid-from = ¿Desde cuándo es válido el permiso?
q-help-permit-valid-from = Un visado de larga duración (VLS-TS) debe validarse en un plazo de 3 meses.
q-permit-valid-until = ¿Hasta cuándo es válido el permiso?
q-help-permit-valid-until = Su caducidad es una fecha que hay que vigilar.
q-postcode = ¿Cuál es el código postal de la vivienda en Francia?
q-help-postcode = Determina la caja (la CPAM del departamento, una CGSS en ultramar).
q-in-education = ¿Está este niño matriculado en un centro escolar?
q-help-in-education = Un alumno de colegio o instituto; los estudiantes de enseñanza superior tienen la actividad «estudiante».
q-autonomy-requested = ¿Ha pedido este joven de 16–17 años ser beneficiario autónomo (ayant droit autonome)?
q-help-autonomy-requested = A partir de los 16 años, un hijo puede estar cubierto a su propio nombre.
q-union-country = ¿En qué país se expidió el certificado de matrimonio, de PACS o de convivencia?
q-help-union-country = Un certificado de fuera de Francia, del EEE y de Suiza necesita una traducción jurada.
q-parents = ¿Quiénes son, en el hogar, los padres de este niño?
q-help-parents = Identificadores de miembros; por defecto, el miembro principal y su pareja.
report-provisional = provisional (puede cambiar)
report-questions = Preguntas pendientes
report-no-question = No queda ninguna pregunta: la evaluación está completa.

# Error hint. $fields: the JSON paths of the null answers, joined
hint-null-partial = { $fields }: null solo responde a un dato en un hogar incompleto (guardado por `secu interview` antes del final): evalúelo con `secu assess --partial`

## Dates, from CLDR 48 (gregorian, format context, wide): the month names a long date uses, and the long-date pattern.
## DATE($date) renders date-long with the day, the month name and the year; a test compares them with ICU4X.
date-month-1 = enero
date-month-2 = febrero
date-month-3 = marzo
date-month-4 = abril
date-month-5 = mayo
date-month-6 = junio
date-month-7 = julio
date-month-8 = agosto
date-month-9 = septiembre
date-month-10 = octubre
date-month-11 = noviembre
date-month-12 = diciembre

# The long date (DATE): "15 September 2026".
# $day: the day of the month (a number, 1 to 31)
# $month: the name of the month (date-month-N)
# $year: the year (a number)
date-long = { $day } de { $month } de { $year }

## The web page's own words (web/i18n.js): ids prefixed page-
page-title = Seguro de enfermedad francés: su lista de trámites
page-subtitle = Para empleados que se trasladan a Francia, sus familias y los equipos de recursos humanos: quién queda cubierto, cómo, desde cuándo y qué documentos hay que reunir.
page-privacy-tab = Privado por diseño: todo se calcula en su navegador. Nada de lo que escribe se envía a ninguna parte ni se guarda; solo se conserva el idioma elegido, en esta pestaña, hasta que la cierre.
page-language = Idioma
page-skip = Ir al resultado
page-household = Hogar
page-as-of = Fecha de evaluación
page-as-of-hint = La fecha en la que se evalúa la situación (por defecto: hoy).
page-file = Archivos
page-import = Importar un hogar o un expediente (JSON)
page-import-drop = o suelte un archivo JSON en cualquier parte de la página
page-export-household = Exportar el hogar (JSON)
page-open-case = Abrir un expediente a partir de este hogar
page-member = Miembro
page-add-member = Añadir un miembro
page-remove-member = Quitar este miembro
page-sec-identity = Identidad
page-sec-number = Número de la seguridad social francés
page-sec-activity = Actividad en Francia
page-sec-residence = Residencia en Francia
page-sec-family = Familia
page-id = Identificador
page-id-hint = Corto y único, p. ej. «anna» (se usa en los archivos y en el seguimiento del expediente).
page-label = Nombre o referencia del empleado (opcional)
page-relationship = Relación con el solicitante principal
page-birth-date = Fecha de nacimiento
page-sex = Sexo
page-nationality = Nacionalidad
page-birth-country = País de nacimiento
page-union-country = País donde se expidió el certificado de matrimonio o de PACS
page-nir = Número de la seguridad social francés (NIR) o número provisional (NIA), si lo tiene
page-nir-status = Este número es
page-nia-issued-on = NIA asignado el
page-previously-insured-in-france = ¿Ha estado asegurado en Francia antes?
page-activity-kind = Actividad
page-activity-start-date = Primer día de trabajo o de estudios en Francia
page-activity-sector = Sector
page-activity-employer-siren = SIREN de la empresa (9 cifras)
page-activity-employer-payroll-id = Número de nómina
page-activity-posting-from-country = País de envío del desplazamiento
page-activity-posting-certificate = Certificado del desplazamiento
page-activity-posting-end-date = Fin previsto del desplazamiento
page-residence-arrival-date = Llegada (o llegada prevista) a Francia
page-residence-permit = Permiso de residencia
page-residence-permit-valid-from = Permiso válido desde
page-residence-permit-valid-until = Permiso válido hasta
page-residence-postcode = Código postal francés de la vivienda
page-in-education = Alumno matriculado en un centro escolar
page-autonomy-requested = Ha pedido ser ayant droit autonome (16–17 años)
page-parents = Padres (identificadores, separados por comas)
page-parents-hint = Vacío: se supone que los padres son el solicitante principal y su cónyuge o pareja, y el resultado lo indica («padres no indicados»).
page-add-relationship = Relación del nuevo miembro
page-sample-note = Esto es un ejemplo: un empleado ficticio, para mostrar lo que hace la página. Sustituya los valores por los suyos, o empiece en blanco.
page-mode = Cómo describir el hogar
page-mode-guided = Preguntas guiadas
page-mode-form = Formulario completo
page-people-title = ¿Quién forma parte del hogar?
page-people-hint = El solicitante principal es la persona que empieza a trabajar en Francia. Después, las preguntas solo piden lo que cambia el resultado.
page-people-partner = Pareja que también se traslada
page-people-partner-none = sin pareja
page-people-children = Número de hijos que también se trasladan

# Page.
# $relationship: the relationship, as the form labels it
page-people-id = Identificador de: { $relationship }
page-people-next = Empezar las preguntas
page-people-change = Cambiar quién forma parte del hogar

# Page.
# $members: the members: "id (relationship)", comma-separated
page-people-summary = En el hogar: { $members }.
page-guided-remaining-one = Queda 1 pregunta

# Page.
# $count: a number
page-guided-remaining =
    { $count ->
         [one] Queda { $count } pregunta
        *[other] Quedan { $count } preguntas
    }

# Page.
# $member: the member's name or id
page-guided-about = Sobre { $member }
page-guided-back = Atrás
page-guided-none = Ninguno / dejar vacío
page-guided-next = Siguiente
page-guided-choose = Elija…
page-guided-needed = Responda a esta pregunta para continuar: no puede quedar vacía.
page-guided-done = No queda nada que preguntar: todos los resultados son definitivos.
page-guided-done-hint = Revise el resultado, exporte el hogar o repase todos los campos en el formulario completo.
page-certain = definitivo
page-provisional = provisional
page-provisional-note = Los resultados marcados como provisionales aún pueden cambiar con sus respuestas; los marcados como definitivos no cambiarán.
page-sample-clear = Empezar un hogar nuevo
page-sample-result = Resultado de ejemplo para una persona ficticia, no para usted: cambie el hogar para ver el suyo.
page-no-members = Añada al solicitante principal (la persona que empieza a trabajar en Francia) para ver el resultado.
page-case-back = Volver al resultado
page-goto-case = Ir al seguimiento del expediente
page-record-date-hint = Un evento se registra cuando ya ha ocurrido: como muy tarde, hoy.

# Page.
# $today: today's date (a date)
page-record-date-future = Esta fecha es posterior a hoy ({ DATE($today) }): un evento se registra cuando ya ha ocurrido.
page-unknown = — desconocido —
page-none-selected = — no indicado —
page-yes = sí
page-no = no
page-result = Resultado
page-result-empty = Rellene el hogar para ver el resultado.
page-stale = Desactualizado: el hogar tiene errores (vea los mensajes). El último resultado válido se muestra en gris.
page-errors-title = Revise estos puntos
page-print = Imprimir

# Page.
# $date: a date (written out by DATE)
# $version: the secu version
# $rules: the date of the rules (a date)
page-as-of-line = Evaluación a { DATE($date) } · secu { $version }, normas del { DATE($rules) }

# Page.
# $age: an age in whole years
page-age =
    { $age ->
         [0] menos de un año
         [one] { $age } año
        *[other] { $age } años
    }
page-affiliation = Afiliación
page-basis = Base
page-covered-from = Cubierto desde
page-covered-unknown = aún no se sabe
page-fund = Caja
page-fund-unknown = no se sabe (sin código postal)
page-dependent-status = Condición del hijo
page-attached-to = Vinculado a
page-identification = Identificación
page-identification-yes = necesaria: número provisional (NIA) y luego número certificado (SANDIA)
page-identification-no = no necesaria
page-why = Por qué
page-warnings = Puntos de atención
page-documents = Documentos que hay que reunir
page-one-of = Uno cualquiera de:
page-translation-needed = Necesita una traducción jurada al francés
page-covers = Cubre:
page-for-members = Para:
page-steps = Pasos

# Page.
# $date: a date (written out by DATE)
page-expected-by = previsto para el { DATE($date) } (estimación)
page-timeline = Calendario

# Page.
# $member: the member's name or id
page-timeline-alt = Próximas fechas de { $member }
page-timeline-empty = Ninguna fecha clave próxima.
page-today = fecha de evaluación
page-payroll = Nómina (DSN)
page-declare = Declarar
page-ntt-suggestion = NTT propuesto
page-case-title = Seguimiento del expediente

# Page.
# $date: a date (written out by DATE)
# $count: a number
page-case-meta =
    Expediente abierto el { DATE($date) } · { $count ->
         [one] { $count } evento registrado
        *[other] { $count } eventos registrados
    }
page-case-as-of = Fecha del estado
page-case-export = Exportar el expediente (JSON)
page-case-close = Cerrar el expediente
page-track = Trámite
page-phase = Etapa
page-nia = NIA
page-nir-short = NIR
page-missing-documents = Documentos que faltan
page-none = ninguno
page-next-actions = Próximas acciones
page-deadlines = Plazos
page-overdue = vencido
page-estimate = estimación

# Page.
# $date: a date (written out by DATE)
page-done-on = hecho el { DATE($date) }
page-record-title = Registrar un evento
page-record-member = Miembro
page-record-date = Fecha del evento
page-record-kind = Evento
page-record-document = Documento
page-record-documents = Documentos pedidos
page-record-number = Número
page-record-reason = Motivo
page-record-voids = Número de la entrada anulada
page-record-permit = Permiso
page-record-valid-from = Válido desde
page-record-valid-until = Válido hasta
page-record-json = Datos del evento (objeto JSON)
page-record-submit = Registrar

# Page.
# $event: the event, as the form labels it
page-record-ok = Registrado: { $event }.
page-record-none = En esta fecha no se puede registrar nada en el expediente de este miembro; siguen siendo posibles los eventos del hogar.
page-missing-first = Faltan
page-member-events = Expediente de este miembro
page-household-events = El hogar (en cualquier momento)
page-other-documents = Otros documentos
page-import-bad-json = Este archivo no es un JSON válido.
page-import-unknown = Este archivo no es ni un hogar ni un expediente.

# Page.
# $file: a file name
page-imported-household = Hogar importado de { $file }.

# Page.
# $file: a file name
page-imported-with-problems = Importado de { $file } con problemas (lo que el formulario no puede contener se ha dejado fuera):

# Page.
# $file: a file name
page-imported-case = Expediente importado de { $file }.
page-case-opened = Expediente abierto.
page-invalid-number = Indique un número.
page-loading = Cargando las normas…

# Page.
# $error: the technical error, as is
page-load-failed = No se ha podido cargar el motor de normas: { $error }

## The team's page (web/team.html, served by secu serve --db): its own words.
## Rendered by the server (GET /team/l10n/{lang}); variables are strings.

page-team-title = Espacio del equipo: seguro de enfermedad en Francia
page-team-language = Idioma
page-team-signout = Cerrar sesión
page-team-nav-portfolio = Cartera
page-team-nav-admin = Administración
page-team-signin-heading = Iniciar sesión
page-team-email = Correo electrónico
page-team-password = Contraseña
page-team-signin = Iniciar sesión
page-team-signin-failed = Correo electrónico o contraseña incorrectos.
page-team-throttled = Demasiados intentos fallidos con esta dirección: espere unos minutos y vuelva a intentarlo.
page-team-session-ended = Su sesión ha terminado: vuelva a iniciar sesión.

# Team page.
# $email: the account's e-mail address; $role: its role, as page-team-role-* says it
page-team-signed-in-as = Sesión iniciada como { $email } ({ $role })

page-team-portfolio-heading = Cartera de expedientes
page-team-filter = Mostrar
page-team-filter-all = Todos los expedientes
page-team-filter-blocked = Bloqueados
page-team-filter-overdue = Con retraso

# Team page.
# $days: the portfolio's horizon, a number of days (secu-case's PORTFOLIO_HORIZON_DAYS)
page-team-filter-upcoming =
    Vencen en { $days ->
        [one] el próximo día
       *[other] los próximos { $days } días
    }

page-team-org = Organización
page-team-org-all = Todas las organizaciones
page-team-col-case = Expediente
page-team-col-org = Organización
page-team-col-member = Persona
page-team-col-phase = Etapa
page-team-col-waiting = A la espera de
page-team-col-overdue = Con retraso

# Team page.
# $days: the portfolio's horizon, a number of days (secu-case's PORTFOLIO_HORIZON_DAYS)
page-team-col-upcoming =
    En { $days ->
        [one] el próximo día
       *[other] los próximos { $days } días
    }

page-team-blocked = bloqueado
page-team-no-cases = No hay ningún expediente que mostrar.
page-team-open-heading = Abrir un expediente
page-team-household-file = Hogar (archivo JSON, como para secu assess)
page-team-opened-on = Abierto el
page-team-open = Abrir el expediente

# Team page.
# $id: the case's id
page-team-opened = Expediente { $id } abierto.

page-team-bad-json = No es un JSON válido.
page-team-back = Volver a la cartera

# Team page.
# $id: the case's id
page-team-case-heading = Expediente { $id }

page-team-calendar = Calendario (iCalendar)
page-team-export = Exportar el expediente
page-team-next-actions = Próximas acciones
page-team-steps = Pasos
page-team-missing = Documentos que faltan
page-team-deadlines = Plazos y fechas clave
page-team-overdue = con retraso
page-team-estimated = estimación
page-team-none = Ninguno.
page-team-record-heading = Registrar un evento
page-team-member = Persona
page-team-date = Fecha del evento
page-team-event = Evento
page-team-member-events = Expediente de esta persona
page-team-household-events = El hogar (en cualquier momento)
page-team-document = Documento
page-team-documents = Documentos pedidos
page-team-number = Número
page-team-reason = Motivo
page-team-event-json = Otros campos del evento (objeto JSON)
page-team-no-event = En esta fecha no se puede registrar nada en el expediente de esta persona; siguen siendo posibles los eventos del hogar.
page-team-record = Registrar

# Team page.
# $event: the event, as the form labels it
page-team-recorded = Registrado: { $event }.

# Team page.
# $reason: the server's reason, as is
page-team-refused = Rechazado: { $reason }

page-team-allowed-now = Posibles ahora:
page-team-history-heading = Historial
page-team-col-seq = N.º
page-team-col-date = Fecha
page-team-col-event = Evento
page-team-col-by = Registrado por
page-team-link-heading = Enlace personal del empleado
page-team-link-create = Crear un enlace de solo lectura

# Team page.
# $member: the person, by label or id
page-team-link-made = Enlace personal de solo lectura para { $member }; envíelo solo a esa persona:

page-team-orgs-heading = Organizaciones clientes
page-team-org-name = Nombre
page-team-org-create = Crear la organización

# Team page.
# $name: the organisation's name
page-team-org-created = Organización { $name } creada.

page-team-users-heading = Cuentas
page-team-role = Rol
page-team-role-admin = Administrador
page-team-role-consultant = Consultor
page-team-role-client-hr = RR. HH. del cliente
page-team-role-employee = Empleado
page-team-user-create = Crear la cuenta

# Team page.
# $email: the account's e-mail address
page-team-user-created = Cuenta { $email } creada.

page-team-tokens-heading = Tokens para integraciones
page-team-token-name = Nombre de la integración
page-team-token-create = Crear un token
page-team-token-once = Copie este token ahora: solo se muestra una vez.
page-team-access-log-heading = Registro de accesos
page-team-access-log = Exportar el registro de accesos (JSON)
page-team-link-title = Su lista de trámites
page-team-link-note = Solo lectura: su contacto de RR. HH. o su consultor registra el avance.
page-team-link-invalid = Este enlace es desconocido, ha caducado o ha sido revocado: pida uno nuevo a su contacto de RR. HH. o a su consultor.

# Team page.
# $reason: the technical error, as is
page-team-error = Se ha producido un error: { $reason }

## Server (secu serve): the titles and messages of its own errors (srv-*)

srv-title-invalid-query = consulta no válida
srv-title-malformed-json = JSON mal formado
srv-title-invalid-household = hogar no válido
srv-title-invalid-request = solicitud no válida
srv-title-malformed-request = solicitud mal formada
srv-title-unreadable-body = cuerpo ilegible
srv-title-internal-error = error interno
srv-title-body-too-large = cuerpo demasiado grande
srv-title-unavailable = servicio no disponible
srv-title-not-found = no encontrado
srv-title-method-not-allowed = método no permitido
srv-title-unauthorized = autenticación requerida
srv-title-forbidden = acceso denegado
srv-title-too-many-requests = demasiadas solicitudes
srv-title-unprocessable = contenido no procesable
srv-title-bad-request = solicitud incorrecta
srv-title-conflict = conflicto
srv-title-internal-server-error = error interno del servidor
srv-no-endpoint = este punto de acceso no existe
srv-method-not-allowed = método no permitido en este punto de acceso
srv-unreadable-body = no se pudo leer el cuerpo de la solicitud
srv-internal-error = error interno
srv-shutting-down = el servidor se está deteniendo
srv-at-capacity = el servidor está saturado; vuelva a intentarlo más tarde
srv-timeout = la solicitud tardó demasiado
srv-too-many-batches = demasiados lotes a la vez; vuelva a intentarlo más tarde
srv-api-key-required = se requiere una clave de API válida: Authorization: Bearer CLAVE

# $limit: a number of bytes
srv-body-too-large = el cuerpo de la solicitud supera el límite de { $limit } bytes

srv-not-json = el cuerpo no es JSON
srv-nir-expected-object = se esperaba un objeto { "{" }"number": "…"{ "}" }
srv-nir-unknown-field = campo desconocido; solo se espera `number`
srv-nir-missing-number = falta el campo `number`
srv-expected-string = se esperaba una cadena de texto
srv-query-unknown = parámetro de consulta desconocido o repetido; se esperan as_of, lang, partial, detail
srv-expected-date = se esperaba una fecha AAAA-MM-DD
srv-detail-expected = se esperaba `full` o `codes`
srv-partial-expected = se esperaba `true` o `false`
srv-batch-partial = un lote evalúa hogares completos; evalúe un hogar parcial con POST /v1/assess?partial=true

# $tags: the language tags that can be selected, joined by commas (en, fr, …)
srv-lang-unknown = idioma no admitido; se espera uno de { $tags } (etiquetas BCP 47, p. ej. pt-BR → pt)

srv-sign-in = inicie sesión primero (POST /v1/session) o envíe Authorization: Bearer TOKEN
srv-token-unknown = token de acceso desconocido, caducado o revocado
srv-session-expired = la sesión terminó o caducó: vuelva a iniciar sesión
srv-csrf = esta solicitud necesita la cabecera X-CSRF-Token de la sesión (el csrf_token de POST /v1/session)
srv-wrong-password = dirección de correo electrónico o contraseña incorrectas
srv-rate-limited = demasiados intentos fallidos de inicio de sesión para esta dirección: vuelva a intentarlo más tarde
srv-no-team = no hay servicio de equipo: inicie secu serve con --db URL
srv-db-failed = falló la base de datos del equipo; consulte el registro del servidor
srv-no-case = este expediente no existe
srv-no-org = esta organización no existe
srv-admin-only = solo un administrador puede hacer esto
srv-employee-own-case = un empleado solo consulta su propio expediente
srv-employee-link-only = el acceso de un empleado es su enlace personal
srv-filter-expected = se esperaba all, blocked, overdue o upcoming
srv-link-unknown = este enlace es desconocido, ha caducado o ha sido revocado
srv-query-repeated = parámetro de consulta desconocido o repetido
srv-firm-only = solo el personal de la consultora registra eventos y emite enlaces
srv-erase-admin-only = solo un administrador puede borrar los datos personales de un expediente
srv-employee-read-only = el enlace de un empleado solo da acceso al estado, al historial y al calendario
srv-title-event-refused = evento rechazado
srv-unknown-member = este miembro no figura en el expediente
srv-expected-member = se esperaba el identificador del miembro (una cadena de texto)
srv-expected-event-object = se esperaba un objeto { "{" }member, event, date, …{ "}" }
srv-no-live-link = este enlace no existe o ya no está activo

# $line: a line number of the body
# $column: a column number of the body
# $expected: the fields expected, as JSON ({org, household, opened_on?})
srv-bad-body = cuerpo JSON no válido (línea { $line }, columna { $column }): se esperaba { $expected }
srv-case-no-replay = el expediente no se puede reconstruir; consulte el registro del servidor
srv-unknown-member-query = este miembro no figura en el expediente (?member=ID)
srv-firm-imports = solo el personal de la consultora importa expedientes
srv-firm-revokes = solo el personal de la consultora revoca los enlaces de los empleados
srv-admin-access-log = solo un administrador exporta el registro de accesos
srv-firm-lists-orgs = solo el personal de la consultora consulta la lista de organizaciones
srv-name-chars = se esperaban de 1 a 200 caracteres sin caracteres de control
srv-org-exists = ya existe una organización con ese nombre
srv-account-exists = ya existe una cuenta con esa dirección
srv-no-account = esta cuenta no existe
srv-chars = se esperaban de 1 a 200 caracteres
srv-expected-email = se esperaba una dirección de correo electrónico
srv-expected-password = se esperaba una contraseña de 12 a 1024 caracteres

# ---- l10n-gaps: the CLI's own texts that bypassed the resources ----

# Error message (lowercase, no final period): --lang refused.
# $value: the tag as given
# $expected: the available language tags, comma-separated (codes: keep them)
err-unsupported-language = idioma no admitido "{ $value }": se esperaba uno de { $expected } (etiquetas BCP 47, p. ej. pt-BR → pt)

# Error message (lowercase, no final period): a digest or salt of a case file is not hex.
# $count: the number of digits expected (64 or 32)
err-hex-digits = se esperaban { $count } dígitos hexadecimales en minúsculas

# Error message (lowercase, no final period), after a file name: the file does not exist.
err-io-not-found = no existe el archivo o la carpeta

# Error message (lowercase, no final period), after a file name: the system refuses access.
err-io-permission-denied = permiso denegado

# Error message (lowercase, no final period), after a file name: it names a folder.
err-io-is-a-directory = es una carpeta, no un archivo

# The help line under a list of choices in the terminal interview (the keys: arrows, Enter, typing).
cli-iv-help-select = ↑↓ para moverse · Intro para elegir · escriba para filtrar

# Shown after a question of the terminal interview stopped with Esc (in angle brackets, as a mark, not a sentence).
cli-iv-canceled = <interrupción>

# clap usage error: an argument the command does not take ($arg, as typed, e.g. --bogus).
cli-usage-unknown-argument = argumento desconocido: { $arg }

# clap usage error: a command that does not exist ($command, as typed).
cli-usage-unknown-command = comando desconocido: { $command }

# clap usage error: an option given without its value ($arg, e.g. --lang <TAG>).
cli-usage-missing-value = { $arg } necesita un valor

# clap usage error: a value refused for an argument ($value as typed; $arg, e.g. --detail <DETAIL>).
cli-usage-invalid-value = valor { $value } no válido para { $arg }

# clap usage error: a value that is not one of the choices ($value as typed; $arg; $choices, the codes accepted, comma-separated).
cli-usage-invalid-choice = valor { $value } no válido para { $arg }; valores posibles: { $choices }

# clap usage error: a required argument missing ($arg, e.g. <NUMBER>; several are comma-separated).
cli-usage-missing-argument = falta un argumento obligatorio: { $arg }

# clap usage error: a command (subcommand) is required and none was given.
cli-usage-missing-command = se necesita un comando

# clap usage error: two arguments that cannot be given together ($arg, $other).
cli-usage-conflict = { $arg } no se puede usar con { $other }

# clap usage error: an argument given with too many or too few values ($arg).
cli-usage-value-count = número de valores incorrecto para { $arg }

# clap usage error of another kind (generic).
cli-usage-invalid = la línea de comandos no es válida

# After a usage error: the closest valid argument, command or value ($suggestion, as it is typed).
cli-usage-suggestion = ¿quiso decir { $suggestion }?

# After a usage error: where the usage is described ($command, the help command, e.g. secu case record --help; the help stays in English).
cli-usage-help = modo de uso (en inglés): { $command }

# The name of the iCalendar file of a case's deadlines (secu case calendar, the team service's calendar), shown by calendar applications; "secu" is the program's name.
ical-calendar-name = secu: plazos del seguro de enfermedad
