# secu: todos os textos que a biblioteca e suas interfaces mostram, em português do Brasil (tratamento por você, como o gov.br). Comentários em inglês, como na referência.
# Conventions (ids, variables, functions, $sex, plurals, typography): docs/l10n.md.

## Affiliation types, bases, statuses
aff-registration = primeira inscrição (immatriculation)
aff-reactivation = reabertura de direitos (réouverture des droits)
aff-beneficiary = dependente (ayant droit) de um dos pais
aff-s1-registration = registro de um formulário S1 (a caixa do país de origem paga)
aff-none = sem afiliação francesa (regime do país de origem)
basis-activity = atividade profissional na França
basis-residence = residência estável e regular (résidence stable et régulière)
basis-accompanying-family = familiar que acompanha uma pessoa segurada
basis-dependent-child = filho menor de um pai ou mãe segurado
basis-s1 = formulário S1 do país de origem
basis-home-scheme = regime do país de origem
status-ayant-droit = dependente (ayant droit)
status-ayant-droit-autonome = dependente autônomo (ayant droit autonome)

# $sex: female, male or other (unknown): French agrees with the person.
status-own-coverage =
    { $sex ->
         [female] segurada
        *[other] segurado
    } em nome próprio
fund-cpam = CPAM (caixa primária de seguro de saúde)
fund-cgss = CGSS (caixa geral de seguridade social, nos territórios ultramarinos)
fund-cssm = CSSM (caixa de seguridade social de Mayotte)
fund-msa = MSA (mutualidade social agrícola: o regime agrícola)

## Milestones
ms-own-card-orderable = 12 anos: um dos pais pode pedir a Carte Vitale própria do filho
ms-own-carte-vitale = 16 anos: Carte Vitale própria; pode se tornar ayant droit autonome
ms-majority = 18 anos (maioridade)
ms-beneficiary-end = fim da condição de dependente: enviar o S1110 para ter cobertura própria
ms-nia-expiry = fim dos 9 meses de validade do número provisório (NIA)
ms-posting-end = fim do deslocamento
ms-ntt-limit = fim da tolerância de 3 meses do NTT na folha de pagamento (DSN)
ms-vls-ts-validation-due = prazo para validar on-line o visto de longa duração (VLS-TS)
ms-permit-expiry = vencimento da autorização de residência
ms-residence-condition-met = 3 meses de residência estável completados: a cobertura começa

## Documents
doc-form-s1106 = formulário S1106: pedido de abertura de direitos (cerfa 15763*02)
doc-form-s3705 = formulário S3705: vinculação dos filhos menores (cerfa 14445*02)
doc-form-s1110 = formulário S1110: cobertura própria de um jovem (cerfa 15763*02)
doc-form-s3704 = formulário S3704: escolha do médico de referência (médecin traitant, cerfa 12485*03)
doc-identity-document = documento de identidade
doc-residence-permit = autorização de residência (titre de séjour)
doc-birth-certificate = certidão de nascimento completa com filiação (acte de naissance)
doc-sworn-translation = tradução juramentada para o francês (traduction assermentée)
doc-marriage-or-partnership-certificate = certidão de casamento, de PACS ou de união estável
doc-proof-of-address = comprovante de residência (justificatif de domicile)
doc-bank-details = dados bancários em nome da pessoa (RIB)
doc-proof-of-activity = comprovante de atividade profissional
doc-proof-of-residence = comprovante de mais de 3 meses de residência estável
doc-s1-form = formulário S1 da caixa de seguro de saúde do país de origem
doc-a1-certificate = certificado A1 (legislação aplicável)
doc-coverage-certificate = certificado de deslocamento pelo acordo bilateral (certificat de détachement)
doc-enrolment-certificate = declaração de matrícula escolar ou universitária (certificat de scolarité)
doc-id-photo = foto de identidade para a Carte Vitale
doc-autonomy-request-letter = carta pedindo para se tornar ayant droit autonome
doc-legalisation = legalização ou apostila dos documentos estrangeiros de registro civil
# $sex: female, male or other (unknown): the worker's words agree with the person.
doc-private-insurance-statement =
    comprovante de seguro-saúde privado para { $sex ->
         [female] a trabalhadora
        *[other] o trabalhador
    } e a família
doc-guardianship-document = documento de tutela (decisão judicial, delegação do poder familiar)

## Alternatives
alt-passport = passaporte
alt-national-id-card = carteira de identidade nacional
alt-full-copy = certidão de inteiro teor (copie intégrale)
alt-extract-with-filiation = extrato com filiação
alt-multilingual-extract = extrato plurilíngue
alt-consular-document = documento emitido por um consulado
alt-livret-de-famille = caderneta de família (livret de famille)
alt-employment-contract = contrato de trabalho
alt-employer-certificate = declaração do empregador
alt-payslip = contracheque
alt-business-registration = comprovante de registro como trabalhador autônomo
alt-marriage-certificate = certidão de casamento
alt-pacs-certificate = certidão de PACS
alt-cohabitation-certificate = certidão de união estável (certificat de concubinage)
alt-sworn-statement = declaração de união estável sob palavra de honra (déclaration sur l'honneur)
alt-utility-bill = conta recente de consumo (luz, gás, telefone)
alt-rent-receipt = recibo de aluguel ou contrato de locação
alt-accommodation-certificate = declaração de hospedagem com o documento de identidade de quem hospeda
alt-rent-history = contrato de locação, ou recibos de aluguel, de mais de 3 meses atrás
alt-old-utility-bill = conta de consumo em um endereço na França emitida há mais de 3 meses
alt-entry-stamp = carimbo de entrada no passaporte ou visto que mostre uma entrada há mais de 3 meses
alt-accommodation-since = declaração de hospedagem informando desde quando, com o documento de identidade de quem hospeda
alt-long-stay-visa = visto de longa duração validado (VLS-TS)
alt-residence-card = autorização de residência (carte de séjour, passeport talent)
alt-resident-card = cartão de residente (carte de résident)
alt-algerian-certificate = certificado de residência argelino (certificat de résidence)
alt-online-by-doctor = declarado on-line pelo médico
alt-paper-s3704 = formulário S3704 em papel assinado pelo médico

## Steps, actors, statuses
step-prepare-file = preparar o processo (documentos, formulários)
step-submit-file = enviar o processo à caixa
step-provisional-number = número provisório (NIA) emitido
step-physician-declaration = declarar um médecin traitant
step-number-certification = número de seguridade social certificado (SANDIA)
step-carte-vitale = Carte Vitale
step-ameli-account = conta ameli (área pessoal on-line do seguro de saúde) e atestado de direitos (attestation de droits)
step-rights-reopened = direitos reabertos
step-s1-registered = S1 registrado pela caixa
actor-member = a pessoa
actor-parent = o pai ou a mãe
actor-employer = o empregador
actor-cpam = a caixa (CPAM)
actor-cgss = a caixa (CGSS)
actor-cssm = a caixa (CSSM)
actor-msa = a caixa (MSA)
actor-sandia = SANDIA (CNAV)
actor-doctor = o médico
actor-home-institution = a instituição do país de origem
status-pending = a fazer
status-in-progress = em andamento
status-done = feito
status-blocked = bloqueado
status-not-applicable = não se aplica
dsn-nir = NIR (número de seguridade social certificado)
dsn-nia = NIA (número provisório)
dsn-ntt = NTT (número técnico temporário)

## Warnings
w-residence-three-months = Sem atividade profissional, a cobertura por residência (résidence stable) começa depois de mais de 3 meses de residência na França.

# Warning shown under a member.
# $date: a date (written out by DATE)
w-residence-three-months-dated = Sem atividade profissional, a cobertura por residência (résidence stable) começa depois de mais de 3 meses de residência na França: a partir de { DATE($date) }.

# Warning shown under a member.
# $months: a number of months
w-posting-over-limit = O deslocamento dura mais do que os { $months } meses permitidos pelas regras: sem uma derrogação, a afiliação francesa se aplica depois disso.

# Warning shown under a member.
# $months: a number of months
w-posting-over-limit-extension = O deslocamento dura mais do que os { $months } meses iniciais do acordo: peça a prorrogação antes do fim do período inicial; caso contrário, a afiliação francesa se aplica.

# Warning shown under a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
w-agreement-scope-unverified = Não foi possível verificar se o acordo { COUNTRY($country, form: "with") } mantém o seguro de saúde no país de origem: confira o certificado de deslocamento com o CLEISS antes de contar com isso.

# Warning shown under a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
w-agreement-excludes-health =
    O acordo { COUNTRY($country, form: "with") } não cobre o seguro de saúde: { $sex ->
         [female] a trabalhadora é afiliada
        *[other] o trabalhador é afiliado
    } na França para a saúde, e os outros ramos cobertos pelo acordo continuam no país de origem.

# Warning shown under a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
w-posting-without-certificate =
    { $sex ->
         [female] Deslocada
        *[other] Deslocado
    } { COUNTRY($country, form: "from") } sem certificado de legislação aplicável: a afiliação francesa se aplica. Peça o certificado (A1 ou formulário bilateral) à instituição do país de origem, se o deslocamento se enquadrar.
w-paris-cpam-for-talent-passport = Os titulares de um Passaporte Talento (passeport talent) e a família enviam o processo à CPAM de Paris, seja qual for o local onde morem.
w-permit-missing = Nenhuma autorização de residência foi informada: um cidadão de um país de fora do EEE e da Suíça precisa apresentar uma (titre de séjour, VLS-TS validado, carte de résident).
w-parents-assumed = Os pais da criança não foram informados: presume-se que o requerente principal e seu cônjuge ou companheiro são os pais legais (um enteado precisa de um vínculo legal, como a adoção, para ser dependente).
w-assumed-never-insured = O seguro anterior na França não foi informado: presume-se que a pessoa nunca foi segurada (primeira inscrição). Se já foi segurada na França, trata-se de uma reabertura de direitos.
w-assumed-previously-insured = O seguro anterior na França não foi informado: presume-se que a pessoa já foi segurada (critério adotado), portanto é uma reabertura de direitos. Se nunca foi segurada, é uma primeira inscrição.

# $sex: female, male or other (unknown): French agrees with the person.
w-inactive-eea-resources =
    { $sex ->
         [female] Uma cidadã
        *[other] Um cidadão
    } do EEE ou da Suíça sem atividade não fica { $sex ->
         [female] coberta
        *[other] coberto
    } automaticamente: precisa comprovar recursos suficientes e uma cobertura de saúde.

# Warning shown under a member.
# $field: a field name or the mismatching item, as written in the input
w-nir-mismatch = O número de seguridade social não corresponde ao { $field } da pessoa: confira os dois; os números reais podem ter pseudomeses e códigos históricos.
w-accompanying-family-three-months-practice = A lei dispensa da condição de 3 meses de residência o cônjuge ou companheiro que se junta a uma pessoa segurada (D160-2 II 3°), mas algumas CPAM aplicam os 3 meses na prática: cite o artigo se for preciso.
w-accompanying-child-three-months-practice = A lei dispensa da condição de 3 meses de residência o familiar que se junta a uma pessoa segurada (D160-2 II 3°, sem limite de idade); que um filho maior de idade conte como familiar é uma suposição, e algumas CPAM aplicam os 3 meses na prática: cite o artigo se for preciso.

# Warning shown under a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
w-care-paid-by-home-scheme = O atendimento de saúde continua a cargo do regime { COUNTRY($country, form: "of") }: a CPAM só cobre o atendimento se o acordo previr isso; caso contrário, paga a caixa do país de origem ou um seguro privado.

# Warning shown under a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
w-care-paid-by-home-scheme-assumed = O atendimento de saúde provavelmente continua a cargo do regime { COUNTRY($country, form: "of") } (suposição, a confirmar com a caixa): a CPAM só cobre o atendimento se o acordo previr isso; caso contrário, paga a caixa do país de origem ou um seguro privado.

# Warning shown under a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $insured-sex: the posted worker's sex (female, male or other), on the worker's page and on each family member's: the words for the worker agree with it.
w-private-health-insurance-required =
    O deslocamento { COUNTRY($country, form: "from") } exige um seguro de saúde que cubra { $insured-sex ->
         [female] a trabalhadora
        *[other] o trabalhador
    } e a família na França (cobertura do país de origem ou privada).

# Warning shown under a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
w-no-social-security-agreement =
    A França não tem acordo de seguridade social { COUNTRY($country, form: "with") }: { $sex ->
         [female] a trabalhadora deslocada é afiliada
        *[other] o trabalhador deslocado é afiliado
    } na França.
ws1-spouse-may-need-own-registration = Não está verificado se, desde 2016, um cônjuge ou companheiro adulto conta como familiar para o S1: a CPAM pode pedir a inscrição própria dele.

# Warning shown under a member.
# $date: a date (written out by DATE)
w-permit-expired = A autorização de residência venceu em { DATE($date) }: renove-a; os direitos por residência dependem de uma autorização válida.
w-receipt-permit = Foi informado um protocolo (récépissé): quais protocolos valem é definido por um arrêté que não pôde ser verificado; confirme com a caixa.
w-vls-ts-validation = Um visto de longa duração (VLS-TS) precisa ser validado on-line nos 3 meses seguintes à entrada para valer como autorização de residência.

# Warning shown under a member.
# $date: a date (written out by DATE)
w-ntt-tolerance-exceeded = A tolerância de 3 meses do NTT terminou em { DATE($date) }: o setor de folha de pagamento precisa obter já o NIR ou o NIA.

# Warning shown under a member.
# $date: a date (written out by DATE)
w-nia-expired = O número provisório (NIA) chegou ao fim dos 9 meses de validade em { DATE($date) }: pergunte à caixa em que pé está a certificação.
w-nir-implies-previous-insurance = Um número de seguridade social certificado de alguém nascido no exterior só existe depois de uma afiliação anterior: tratado como reabertura de direitos.
w-translation-assumed = O país que emitiu a certidão da união não foi informado: presume-se que é preciso uma tradução juramentada.
w-fund-depends-on-commune = Este departamento tem várias CPAM, escolhidas conforme o município: verifique qual atende o endereço.
w-territory-own-scheme = Esta coletividade ultramarina tem seu próprio regime de seguridade social, fora do regime geral francês: confirme com a caixa local.
w-start-date-unknown = O primeiro dia de trabalho não foi informado: não é possível definir a data de início da cobertura.
w-arrival-unknown = A data de chegada na França não foi informada: não é possível definir a data de início da cobertura.
w-posting-end-unknown = A data de fim do deslocamento não foi informada: não é possível comparar a duração com o limite.
w-no-insured-parent = Nenhum dos pais desta criança com cobertura francesa está no núcleo familiar: a criança é coberta em nome próprio por residência.
w-minor-without-parent = Nenhum dos pais desta criança consta no núcleo familiar: a criança não é dependente de ninguém por filiação. Informe a situação do tutor legal e o documento de tutela (uma criança sob a guarda de uma pessoa segurada pode ser vinculada a ela); enquanto isso, a criança é avaliada em nome próprio por residência.
w-autonomy-before16 = O pedido de autonomia (ayant droit autonome) só é possível a partir dos 16 anos: ele é ignorado, e a criança continua dependente (ayant droit).
w-postcode-missing = Nenhum CEP francês (code postal) foi informado: não é possível indicar a caixa.
w-certificate-mismatch = O tipo de certificado não corresponde ao país de envio (o A1 é para o EEE, a Suíça e o Reino Unido; os outros países emitem um formulário bilateral): confira.
mismatch-sex = sexo
mismatch-year = ano de nascimento
mismatch-month = mês de nascimento
mismatch-place = local de nascimento

## Document reasons
rs1106 = Cada adulto envia o seu próprio pedido de abertura de direitos.
rs1106-minor = O pedido próprio de abertura de direitos do menor, assinado pelo representante legal (pai, mãe ou tutor).
rs1106-reactivation = O mesmo formulário reabre os direitos de quem já foi segurado na França.
rs3705-one = Vincula a criança ao pai ou à mãe segurados; se os dois forem segurados, vincule-a aos dois (double rattachement).

# Why a document is needed.
# $children: the number of children (2 or more)
rs3705-many = Vincula os { $children } filhos ao pai ou à mãe segurados; se os dois forem segurados, vincule-os aos dois (double rattachement).
r-identity = Comprova a identidade.
r-identity-child = O passaporte ou a carteira de identidade da própria criança.
r-permit = Comprova a estadia regular na França (não é necessário para cidadãos do EEE e da Suíça, nem para menores).
r-activity = Comprova a atividade que abre direitos desde o primeiro dia de trabalho; a caixa pode pedir o primeiro contracheque.
r-proof-of-residence = Comprova mais de 3 meses de residência estável na França.
r-guardianship = Mostra quem tem a responsabilidade legal por uma criança sem pai nem mãe no núcleo familiar: decide se a criança pode ser vinculada a um tutor segurado.
r-enrolment-student-adult = A matrícula em uma instituição de ensino dispensa da condição de 3 meses de residência.
r-enrolment-student = Um estudante do ensino superior de 16 a 18 anos é automaticamente ayant droit autonome.
r-enrolment-pupil = Um aluno de 16 ou 17 anos comprova a escolaridade para continuar vinculado aos pais.
r-birth-identification = Identifica uma pessoa nascida no exterior (a CPAM emite um NIA, o SANDIA certifica o número).
r-birth-child = Comprova a filiação para a vinculação aos pais.
r-birth-child-identification = Comprova a filiação e identifica a criança nascida no exterior, que recebe seu próprio número (NIA, depois NIR certificado).
r-birth-filiation-s1 = Cada familiar registrado com o S1 comprova o vínculo familiar.
r-union-accompanying = Comprova o vínculo familiar com a pessoa segurada.
r-birth-adult-child = Comprova o vínculo familiar (filiação) com o pai ou a mãe segurados; identifica uma pessoa nascida no exterior, se necessário.
r-union-civil-status = Estado civil de um requerente casado, para a identificação.
r-union-s1 = Comprova o vínculo familiar com o titular do S1.
r-address = Comprova o endereço, que define a caixa.
r-bank = Os reembolsos são pagos em uma conta em nome da pessoa.
r-bank-child = Um dependente autônomo recebe os reembolsos em uma conta em seu próprio nome.
r-physician = Declarar um médecin traitant garante o percentual normal de reembolso; declare em papel se o médico ainda não puder declarar on-line.
r-physician-child = A partir dos 16 anos, o jovem declara o seu próprio médecin traitant, com a assinatura também de um dos pais.
r-id-photo = Para a Carte Vitale, pedida quando o número estiver certificado (foto + documento de identidade com menos de 10 anos).

# $sex: female, male or other (unknown): French agrees with the person.
rs1-worker =
    Emitido pela caixa do país de origem: registra { $sex ->
         [female] a trabalhadora
        *[other] o trabalhador
    } na CPAM de residência, por conta da caixa do país de origem.
rs1-family = Os formulários S1 são individuais: cada familiar registra o seu.

# $sex: female, male or other (unknown): French agrees with the person.
ra1 =
    Comprova que { $sex ->
         [female] a trabalhadora continua sujeita
        *[other] o trabalhador continua sujeito
    } à legislação do país de origem durante o deslocamento.

# Why a document is needed.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
r-coverage-certificate-home =
    Mantém { $sex ->
         [female] a trabalhadora
        *[other] o trabalhador
    } no regime { COUNTRY($country, form: "of") }; o empregador o guarda para as fiscalizações.

# Why a document is needed.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
r-coverage-certificate-home-assumed =
    Mantém { $sex ->
         [female] a trabalhadora
        *[other] o trabalhador
    } sob a legislação { COUNTRY($country, form: "of") } nos ramos cobertos pelo acordo; que a saúde seja um deles é uma suposição, a confirmar com a caixa. O empregador o guarda para as fiscalizações.

# Why a document is needed.
# $country: a country code (written by COUNTRY with the form the sentence needs)
r-coverage-certificate-other = Mantém no país de origem os ramos cobertos pelo acordo { COUNTRY($country, form: "with") } (exceto a saúde).
r-private-insurance = O acordo exige uma cobertura de saúde na França como condição do deslocamento.
r-autonomy-letter = Uma carta simples à caixa do pai ou da mãe pedindo para se tornar ayant droit autonome.
r-sworn-translation = Os documentos de registro civil emitidos fora da França, do EEE e da Suíça precisam de tradução feita por tradutor juramentado (ou pelo consulado), a menos que já estejam em francês. Conforme o país emissor, também podem ser pedidas a legalização ou a apostila.
r-legalisation = Documentos estrangeiros de registro civil legalizados ou apostilados (critério adotado).

## Explanations (conclusions)

# $sex: female, male or other (unknown): French agrees with the person.
c-activity =
    Trabalha na França: { $sex ->
         [female] coberta
        *[other] coberto
    } pela atividade profissional desde a primeira hora de trabalho.

# $sex: female, male or other (unknown): French agrees with the person.
c-working-minor-activity =
    Trabalha na França (aprendizagem incluída): { $sex ->
         [female] coberta
        *[other] coberto
    } em nome próprio pela atividade.
c-working-minor = Um menor com atividade profissional (aprendizagem incluída) deixa de estar vinculado aos pais e fica coberto em nome próprio.

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $sex: female, male or other (unknown): French agrees with the person.
c-working-minor-status =
    { $age ->
         [0] Menos de um ano
         [one] { $age } ano
        *[other] { $age } anos
    }, trabalha: { $sex ->
         [female] coberta
        *[other] coberto
    } em nome próprio, não é dependente (ayant droit).

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $sex: female, male or other (unknown): French agrees with the person.
c-minor-own-status =
    { $age ->
         [0] Menos de um ano
         [one] { $age } ano
        *[other] { $age } anos
    }, sem pai ou mãe segurados a quem se vincular: { $sex ->
         [female] coberta
        *[other] coberto
    } em nome próprio.
c-adult-child = Um filho maior de idade não é dependente: fica coberto em nome próprio.

# $sex: female, male or other (unknown): French agrees with the person.
c-student =
    Estudante do ensino superior: { $sex ->
         [female] coberta
        *[other] coberto
    } por residência, { $sex ->
         [female] dispensada
        *[other] dispensado
    } da condição de 3 meses.

# Whom a member joins or accompanies, in c-accompanying…'s $insured.
# $sex: the sex of the person joined (female, male or other), not the member's.
c-insured-main-applicant =
    { $sex ->
         [female] a requerente principal
        *[other] o requerente principal
    }
# Whom a member joins or accompanies, in c-accompanying…'s $insured.
# $sex: the sex of the person joined (female, male or other), not the member's.
c-insured-partner =
    { $sex ->
         [female] a cônjuge ou companheira do requerente principal
        *[other] o cônjuge ou companheiro do requerente principal
    }
# Whom a member joins or accompanies, in c-accompanying…'s $insured.
c-insured-child = um filho ou uma filha do agregado familiar

# Conclusion of a rule in the explanation of a member.
# $insured: whom the member joins, by their place in the household (c-insured-…)
# $sex: female, male or other (unknown): French agrees with the person.
c-accompanying =
    Junta-se a uma pessoa afiliada na França ou a acompanha ({ $insured }): { $sex ->
         [female] coberta
        *[other] coberto
    } por residência sem esperar 3 meses.

# Conclusion of a rule in the explanation of a member.
# $insured: whom the member joins, by their place in the household (c-insured-…)
c-accompanying-three-months = Junta-se a uma pessoa afiliada na França ou a acompanha ({ $insured }); pelo critério adotado, a condição de 3 meses de residência se aplica.

# Conclusion of a rule in the explanation of a member.
# $insured: whom the member joins, by their place in the household (c-insured-…)
# $sex: female, male or other (unknown): French agrees with the person.
c-accompanying-adult-child =
    Filho maior de idade sem atividade que se junta ao pai ou à mãe segurados ou os acompanha ({ $insured }): familiar nos termos do D160-2, que não fixa limite de idade (suposição não verificada): { $sex ->
         [female] coberta
        *[other] coberto
    } por residência sem esperar 3 meses.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
c-earliest-basis-residence = Juntar-se a um familiar ou acompanhá-lo só daria { DATE($date) }, o dia a partir do qual essa pessoa está coberta: vale a base mais antiga, a residência estável própria.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
c-earliest-basis-activity = Só trabalha na França a partir de { DATE($date) }: juntar-se a um familiar segurado ou acompanhá-lo dá uma data anterior, e vale a base mais antiga.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
c-earliest-basis-residence-before-work = Só trabalha na França a partir de { DATE($date) }: mais de 3 meses de residência estável dão uma data anterior, e vale a base mais antiga.
c-adult-own-request = Desde 2016 (PUMa), adultos nunca são dependentes: este adulto envia o seu próprio pedido.

# $sex: female, male or other (unknown): French agrees with the person.
# $insured-sex: the sex of the worker followed or the person joined (female, male or other): the words for that second person agree with it.
c-follows-s1 =
    Familiar de { $insured-sex ->
         [female] uma trabalhadora deslocada
        *[other] um trabalhador deslocado
    } com um S1: { $sex ->
         [female] registrada
        *[other] registrado
    } com o seu próprio S1, por conta da caixa do país de origem.
# $insured-sex: the sex of the worker followed or the person joined (female, male or other): the words for that second person agree with it.
c-follows-home-scheme =
    Familiar de { $insured-sex ->
         [female] uma trabalhadora
        *[other] um trabalhador
    } que continua no regime do país de origem: segue a situação { $insured-sex ->
         [female] da trabalhadora
        *[other] do trabalhador
    }, sem afiliação francesa.
# $insured-sex: the sex of the worker followed or the person joined (female, male or other): the words for that second person agree with it.
c-follows-home-scheme-assumed =
    Familiar de { $insured-sex ->
         [female] uma trabalhadora
        *[other] um trabalhador
    } que provavelmente continua no regime do país de origem (suposição, a confirmar com a caixa): segue a situação { $insured-sex ->
         [female] da trabalhadora
        *[other] do trabalhador
    }; presume-se que não há afiliação francesa.

# $sex: female, male or other (unknown): French agrees with the person.
c-residence =
    Sem atividade profissional: { $sex ->
         [female] coberta
        *[other] coberto
    } por residência depois de mais de 3 meses de residência estável.

# $sex: female, male or other (unknown): French agrees with the person.
c-residence-before-work =
    Ainda não trabalha: { $sex ->
         [female] coberta
        *[other] coberto
    } por residência depois de mais de 3 meses de residência estável.

# $sex: female, male or other (unknown): French agrees with the person.
c-residence-enrolled =
    Sem atividade profissional, { $sex ->
         [female] matriculada
        *[other] matriculado
    } em uma instituição de ensino: { $sex ->
         [female] coberta
        *[other] coberto
    } por residência, { $sex ->
         [female] dispensada
        *[other] dispensado
    } da condição de 3 meses.
c-beneficiary = Filho menor de pai ou mãe segurados, sem atividade profissional: dependente (ayant droit).

# $sex: female, male or other (unknown): French agrees with the person.
c-minor-alone =
    Menor sem pai ou mãe segurados na França no núcleo familiar: { $sex ->
         [female] coberta
        *[other] coberto
    } em nome próprio por residência.

# $sex: female, male or other (unknown): French agrees with the person.
c-minor-without-parent =
    Nenhum dos pais no núcleo familiar: não é dependente por filiação; a situação do tutor legal decide (uma criança sob a guarda de uma pessoa segurada pode ser vinculada a ela). Enquanto isso, { $sex ->
         [female] coberta
        *[other] coberto
    } em nome próprio por residência, com a condição de 3 meses.

# $sex: female, male or other (unknown): French agrees with the person.
c-minor-without-parent-enrolled =
    Nenhum dos pais no núcleo familiar: não é dependente por filiação; a situação do tutor legal decide (uma criança sob a guarda de uma pessoa segurada pode ser vinculada a ela). Enquanto isso, { $sex ->
         [female] coberta
        *[other] coberto
    } em nome próprio por residência; { $sex ->
         [female] matriculada
        *[other] matriculado
    } na escola, { $sex ->
         [female] dispensada
        *[other] dispensado
    } da condição de 3 meses.

# $sex: female, male or other (unknown): French agrees with the person.
c-posted-eu =
    { $sex ->
         [female] Deslocada
        *[other] Deslocado
    } do EEE ou da Suíça com um A1: continua no regime do país de origem; atendimento na França pelo S1 registrado na CPAM.

# $sex: female, male or other (unknown): French agrees with the person.
c-posted-uk =
    { $sex ->
         [female] Deslocada
        *[other] Deslocado
    } do Reino Unido com um certificado de legislação aplicável: tratado como um deslocamento na UE (registro do S1).

# Conclusion of a rule in the explanation of a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
c-posted-home-scheme =
    { $sex ->
         [female] Deslocada
        *[other] Deslocado
    } pelo acordo { COUNTRY($country, form: "with") }, que mantém o seguro de saúde no país de origem: sem afiliação francesa.

# Conclusion of a rule in the explanation of a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
c-posted-home-scheme-assumed =
    { $sex ->
         [female] Deslocada
        *[other] Deslocado
    } pelo acordo { COUNTRY($country, form: "with") }, que provavelmente mantém o seguro de saúde no país de origem (deduzido de uma orientação geral, a confirmar com a caixa): presume-se que não há afiliação francesa.

# Conclusion of a rule in the explanation of a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
c-posted-scope-unverified =
    { $sex ->
         [female] Deslocada
        *[other] Deslocado
    } { COUNTRY($country, form: "from") }: não está verificado se o acordo mantém a saúde no país de origem; por padrão, presume-se o regime do país de origem, a confirmar com a caixa.

# Conclusion of a rule in the explanation of a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
c-posted-scope-unverified-french =
    { $sex ->
         [female] Deslocada
        *[other] Deslocado
    } { COUNTRY($country, form: "from") }: não está verificado se o acordo mantém a saúde no país de origem; pelo critério adotado, a afiliação francesa se aplica.

# Conclusion of a rule in the explanation of a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
c-posted-agreement-excludes-health =
    { $sex ->
         [female] Deslocada
        *[other] Deslocado
    } pelo acordo { COUNTRY($country, form: "with") }, que não cobre a saúde: { $sex ->
         [female] afiliada
        *[other] afiliado
    } na França para a saúde pela atividade.

# Conclusion of a rule in the explanation of a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
c-posted-no-certificate =
    { $sex ->
         [female] Deslocada
        *[other] Deslocado
    } { COUNTRY($country, form: "from") } sem certificado: a afiliação francesa pela atividade se aplica.

# Conclusion of a rule in the explanation of a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
c-posted-no-agreement =
    { $sex ->
         [female] Deslocada
        *[other] Deslocado
    } { COUNTRY($country, form: "from") }, um país sem acordo de seguridade social com a França: afiliação francesa pela atividade.

# Conclusion of a rule in the explanation of a member.
# $months: a number of months
# $date: a date (written out by DATE)
c-posting-limit = Um deslocamento limitado a { $months } meses pode durar até { DATE($date) }, último dia incluído.

# $sex: female, male or other (unknown): French agrees with the person.
c-registration =
    Nunca { $sex ->
         [female] segurada
        *[other] segurado
    } na França: primeira inscrição.

# $sex: female, male or other (unknown): French agrees with the person.
c-registration-assumed =
    Seguro anterior na França não informado: presume-se que nunca foi { $sex ->
         [female] segurada
        *[other] segurado
    }, portanto primeira inscrição.

# $sex: female, male or other (unknown): French agrees with the person.
c-reactivation =
    Já foi { $sex ->
         [female] segurada
        *[other] segurado
    } na França: o número é para a vida toda, os direitos são reabertos.

# $sex: female, male or other (unknown): French agrees with the person.
c-reactivation-implied = Tem um número certificado apesar de ter nascido no exterior, o que implica uma afiliação anterior: reabertura de direitos.

# $sex: female, male or other (unknown): French agrees with the person.
c-reactivation-assumed =
    Seguro anterior na França não informado: presume-se que já foi { $sex ->
         [female] segurada
        *[other] segurado
    } (critério adotado), portanto reabertura de direitos.

# $sex: female, male or other (unknown): French agrees with the person.
c-identification-required =
    { $sex ->
         [female] Nascida
        *[other] Nascido
    } no exterior, sem número francês, sem nacionalidade francesa: precisa de identificação (NIA da CPAM, depois número certificado pelo SANDIA).
c-identification-under-way = Tem um número provisório (NIA): a identificação está em andamento até o SANDIA certificar o número.

# $sex: female, male or other (unknown): French agrees with the person.
c-no-identification-born-in-france =
    { $sex ->
         [female] Nascida
        *[other] Nascido
    } na França: tem número de seguridade social desde o nascimento, sem etapa de identificação.

# $sex: female, male or other (unknown): French agrees with the person.
c-no-identification-french =
    { $sex ->
         [female] Francesa nascida
        *[other] Francês nascido
    } no exterior: o número vem do registro civil central, sem identificação pelo SANDIA.
c-no-identification-has-nir = Já tem um número certificado: sem etapa de identificação.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
c-covered-from-activity =
    { $sex ->
         [female] Coberta
        *[other] Coberto
    } desde o primeiro dia de trabalho: { DATE($date) }.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
c-covered-from-s1 =
    { $sex ->
         [female] Coberta
        *[other] Coberto
    } desde o início do deslocamento (S1): { DATE($date) }.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
# $insured-sex: the sex of the worker followed or the person joined (female, male or other): the words for that second person agree with it.
c-covered-from-s1-family =
    { $sex ->
         [female] Coberta
        *[other] Coberto
    } desde a mais tardia destas datas: a chegada ou o início do S1 { $insured-sex ->
         [female] da trabalhadora
        *[other] do trabalhador
    }: { DATE($date) }.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
# $insured-sex: the sex of the worker followed or the person joined (female, male or other): the words for that second person agree with it.
c-covered-from-accompanying =
    { $sex ->
         [female] Coberta
        *[other] Coberto
    } desde a mais tardia destas datas: a chegada ou o início da cobertura { $insured-sex ->
         [female] da cônjuge ou companheira
        *[other] do cônjuge ou companheiro
    }: { DATE($date) }.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
c-covered-from-accompanying-parent =
    { $sex ->
         [female] Coberta
        *[other] Coberto
    } desde a mais tardia destas datas: a chegada ou o início da cobertura do pai ou da mãe: { DATE($date) }.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
c-covered-from-child =
    { $sex ->
         [female] Coberta
        *[other] Coberto
    } desde a mais tardia destas datas: o nascimento, a chegada ou o início da cobertura do pai ou da mãe: { DATE($date) }.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
c-covered-from-residence =
    { $sex ->
         [female] Coberta
        *[other] Coberto
    } a partir do dia seguinte ao fim dos 3 meses após a chegada (não antes do início da validade da autorização, para cidadãos de fora do EEE): { DATE($date) }.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
c-covered-from-student =
    { $sex ->
         [female] Coberta
        *[other] Coberto
    } desde a chegada (não antes do início da validade da autorização, para cidadãos de fora do EEE): { DATE($date) }.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
c-covered-from-arrival =
    { $sex ->
         [female] Coberta
        *[other] Coberto
    } desde a chegada: { DATE($date) }.
c-covered-from-unknown = Não é possível definir o primeiro dia de cobertura: falta uma data da qual ele depende.

# $sex: female, male or other (unknown): French agrees with the person.
c-attached-one =
    { $sex ->
         [female] Vinculada
        *[other] Vinculado
    } ao pai ou à mãe segurados.

# $sex: female, male or other (unknown): French agrees with the person.
c-attached-one-assumed =
    { $sex ->
         [female] Vinculada
        *[other] Vinculado
    } ao pai ou à mãe segurados (pais presumidos: o requerente principal e seu cônjuge ou companheiro).

# $sex: female, male or other (unknown): French agrees with the person.
c-attached-both =
    { $sex ->
         [female] Vinculada
        *[other] Vinculado
    } aos dois pais segurados (double rattachement, recomendado).

# $sex: female, male or other (unknown): French agrees with the person.
c-attached-both-assumed =
    { $sex ->
         [female] Vinculada
        *[other] Vinculado
    } aos dois pais segurados (double rattachement; pais presumidos: o requerente principal e seu cônjuge ou companheiro).

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
c-under-sixteen =
    { $age ->
         [0] Menos de um ano
         [one] { $age } ano
        *[other] { $age } anos
    }: dependente (ayant droit) dos pais.

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
c-under-sixteen-one-parent =
    { $age ->
         [0] Menos de um ano
         [one] { $age } ano
        *[other] { $age } anos
    }: dependente (ayant droit) do pai ou da mãe.

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
c-sixteen-may-request =
    { $age ->
         [0] Menos de um ano
         [one] { $age } ano
        *[other] { $age } anos
    }: continua dependente; pode pedir (por carta simples) para se tornar ayant droit autonome.

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $sex: female, male or other (unknown): French agrees with the person.
c-pupil-stays-dependent =
    { $age ->
         [0] Menos de um ano
         [one] { $age } ano
        *[other] { $age } anos
    }, na escola: continua dependente dos pais, a menos que peça a autonomia.

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $sex: female, male or other (unknown): French agrees with the person.
c-pupil-stays-dependent-one-parent =
    { $age ->
         [0] Menos de um ano
         [one] { $age } ano
        *[other] { $age } anos
    }, na escola: continua dependente do pai ou da mãe, a menos que peça a autonomia.

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $sex: female, male or other (unknown): French agrees with the person.
c-student-autonomous =
    { $age ->
         [0] Menos de um ano
         [one] { $age } ano
        *[other] { $age } anos
    }, estudante do ensino superior: automaticamente ayant droit autonome.

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
c-autonomy-requested =
    { $age ->
         [0] Menos de um ano
         [one] { $age } ano
        *[other] { $age } anos
    }, pediu a autonomia: ayant droit autonome (reembolsos e conta ameli próprios).

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
c-beneficiary-end-birthday = A condição de dependente termina aos 18 anos, em { DATE($date) }: é uma suposição (a data do decreto do L160-2 não foi encontrada); depois, envia o S1110 com uma conta bancária em seu próprio nome.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
c-beneficiary-end-fixed = A condição de dependente termina em { DATE($date) }, data fixada pelo critério adotado no ano em que completa 18 anos; depois, envia o S1110 com uma conta bancária em seu próprio nome.
c-child-milestones = A partir dos 12 anos, um dos pais pode pedir on-line a Carte Vitale do filho; aos 16, a CPAM envia ao jovem o formulário da Carte Vitale.

# $sex: female, male or other (unknown): French agrees with the person.
c-leap-day-last =
    { $sex ->
         [female] Nascida
        *[other] Nascido
    } em 29 de fevereiro: nos outros anos, o aniversário cai em 28 de fevereiro.

# $sex: female, male or other (unknown): French agrees with the person.
c-leap-day-march =
    { $sex ->
         [female] Nascida
        *[other] Nascido
    } em 29 de fevereiro: pelo critério adotado, nos outros anos o aniversário cai em 1 de março.

# Conclusion of a rule in the explanation of a member.
# $fund: the name of the local fund, as is (e.g. "CPAM de Paris")
c-fund-residence = O processo vai para a caixa do local de residência: { $fund }.

# Conclusion of a rule in the explanation of a member.
# $fund: the name of the local fund, as is (e.g. "CPAM de Paris")
c-fund-overseas = Nos territórios ultramarinos, o processo vai para a caixa geral de seguridade social local: { $fund }.

# Conclusion of a rule in the explanation of a member.
# $fund: the name of the local fund, as is (e.g. "CPAM de Paris")
c-fund-mayotte = Em Mayotte, que não tem CGSS, o processo vai para a Caisse de sécurité sociale de Mayotte (CSSM): { $fund }.
c-fund-msa = Na França metropolitana, os trabalhadores agrícolas e a família são segurados pela MSA, não pela CPAM.

# Conclusion of a rule in the explanation of a member.
# $fund: the name of the local fund, as is (e.g. "CPAM de Paris")
c-fund-overseas-agricultural = Nos departamentos ultramarinos, a MSA não administra o seguro de saúde: os trabalhadores agrícolas e a família vão para a caixa local: { $fund }.
c-fund-talent-passport = Titulares de um Passaporte Talento e a família: o processo vai para a CPAM de Paris.
c-fund-unknown = Sem CEP: não é possível indicar a caixa do local de residência.
c-fund-unknown-agricultural = Sem CEP: não é possível indicar a caixa de um trabalhador agrícola (a MSA na França metropolitana, a CGSS ou a CSSM nos territórios ultramarinos).
c-fund-own-scheme = O endereço fica em uma coletividade ultramarina com regime próprio: nenhuma caixa francesa se aplica.

# $sex: female, male or other (unknown): French agrees with the person.
c-permit-required =
    { $sex ->
         [female] Cidadã
        *[other] Cidadão
    } de um país de fora do EEE e da Suíça: é exigida uma autorização de residência.
c-no-permit-minor = Nunca se exige autorização de residência de um menor.

# $sex: female, male or other (unknown): French agrees with the person.
c-inactive-eea =
    { $sex ->
         [female] Cidadã
        *[other] Cidadão
    } do EEE ou da Suíça sem atividade: precisa comprovar recursos suficientes e uma cobertura de saúde.
c-translation = Os documentos de registro civil de fora da França, do EEE e da Suíça precisam de tradução juramentada.
c-nir-checked = O número de seguridade social foi verificado (estrutura, chave) e comparado com os dados de nascimento.
c-legalisation-required = Os documentos estrangeiros de registro civil precisam ser legalizados ou apostilados (critério adotado).
c-payroll-nir = Tem um NIR certificado: o setor de folha de pagamento o declara na DSN.
c-payroll-nia = Tem um número provisório (NIA): o setor de folha de pagamento o declara na DSN, sem limite de tempo, até o NIR certificado.
c-payroll-ntt = Ainda sem NIR nem NIA: o setor de folha de pagamento declara um número técnico temporário (NTT), tolerado por 3 meses.

## Payroll
payroll-nir = Declare o NIR certificado na DSN. Se antes foi usado um NTT, repita-o na primeira DSN que trouxer o NIR.
payroll-nia = Declare o NIA na DSN (válido sem limite de tempo). Quando chegar o NIR certificado, declare-o; repita qualquer NTT anterior na primeira DSN que o trouxer.

# Payroll note (hr).
# $date: a date (written out by DATE)
payroll-ntt = Ainda sem número: declare um NTT com todos os dados de nascimento conhecidos (tolerado por 3 meses, até { DATE($date) }). Quando chegar o NIR ou o NIA, declare-o e repita o NTT na primeira DSN que o trouxer.
payroll-ntt-no-start = Ainda sem número: declare um NTT com todos os dados de nascimento conhecidos (tolerado por 3 meses a partir do primeiro dia de trabalho). Quando chegar o NIR ou o NIA, declare-o e repita o NTT na primeira DSN que o trouxer.

## Rules catalogue
rule-activity = Uma pessoa que trabalha na França (contrato francês ou como autônomo) é afiliada pela atividade, desde a primeira hora de trabalho.
rule-registration-or-reactivation = Primeira inscrição para quem nunca foi afiliado na França; reabertura para quem já foi (ou para quem nasceu no exterior e tem NIR certificado).
rule-identification = Identificação (NIA, depois NIR certificado) das pessoas nascidas no exterior sem número, nunca seguradas e sem nacionalidade francesa.
rule-accompanying-family = Um familiar que se junta a uma pessoa segurada ou a acompanha é dispensado da condição de 3 meses de residência.
rule-accompanying-adult-child = Um filho maior de idade sem atividade que se junta ao pai ou à mãe segurados ou os acompanha é familiar (sem limite de idade no D160-2; suposição): pedido próprio, sem espera de 3 meses.
rule-earliest-basis = Um membro que se enquadra em várias bases é coberto a partir da data mais antiga que qualquer uma delas dá; em caso de empate, vale a base que não exige comprovar 3 meses de residência.
rule-residence = Sem atividade, cobertura por residência estável e regular depois de mais de 3 meses.
rule-student = Pessoas matriculadas em uma instituição de ensino são dispensadas da condição de 3 meses.
rule-inactive-eea = Cidadãos do EEE e da Suíça sem atividade precisam comprovar recursos suficientes e uma cobertura de saúde.
rule-adults-not-beneficiaries = Desde 2016, só filhos menores podem ser dependentes; cada adulto envia o seu próprio pedido.
rule-posted-eu = Um trabalhador deslocado do EEE, da Suíça ou do Reino Unido com um A1 continua no regime do país de origem e registra um S1.
rule-posted-bilateral = Um trabalhador deslocado por um acordo bilateral mantém a legislação do país de origem nos ramos cobertos pela cláusula de deslocamento (tabela por acordo).
rule-posted-bilateral-inferred = Idem, quando o alcance do acordo quanto à saúde é deduzido da orientação geral da ACOSS ou é desconhecido.
rule-posted-without-certificate = Um deslocamento sem certificado, ou de um país sem acordo, fica sujeito à afiliação francesa.
rule-posted-family = A família de um trabalhador deslocado segue a situação do trabalhador, a menos que os familiares trabalhem na França.
rule-posting-limit = Um deslocamento limitado a N meses pode durar até a data de início mais N meses menos um dia; uma data de fim posterior ultrapassa o limite.
rule-minor-beneficiary = Filhos menores sem atividade, com filiação legal, são dependentes dos pais segurados.
rule-minor-without-parent = Um menor sem pai nem mãe no núcleo familiar não é dependente de ninguém por filiação: pergunta-se a situação do tutor; nenhuma dispensa da espera de 3 meses é presumida.
rule-working-minor = Um menor que trabalha (aprendiz incluído) é coberto em nome próprio.
rule-dependent-status = A condição do filho: dependente, dependente autônomo (a partir dos 16 anos; estudantes automaticamente) ou cobertura própria.
rule-autonomy-before16 = Um pedido de autonomia antes dos 16 anos não é possível: ele é ignorado, com um aviso.
rule-attachment = Os filhos são vinculados a cada um dos pais segurados (double rattachement); o S3705 é enviado por um dos pais.
rule-filiation = A condição de dependente segue a filiação legal, não o fato de morar no mesmo domicílio.
rule-beneficiary-end = Quando termina a condição de dependente (critério: por padrão, aos 18 anos).
rule-child-milestones = Carte Vitale que pode ser pedida a partir dos 12 anos, cartão próprio aos 16, maioridade aos 18.
rule-leap-day = Um aniversário em 29 de fevereiro cai em 28 de fevereiro nos outros anos (critério).
rule-covered-from = O primeiro dia de cobertura, por base.
rule-fund = A caixa: CPAM do local de residência, CGSS nos departamentos ultramarinos (CSSM em Mayotte), MSA para os trabalhadores agrícolas na França metropolitana.
rule-fund-talent-passport = Os titulares de um Passaporte Talento e a família enviam o processo à CPAM de Paris.
rule-permit = Autorização de residência para adultos de fora do EEE e da Suíça; nunca para menores.
rule-vls-ts = Um visto de longa duração precisa ser validado on-line nos 3 meses seguintes à entrada.
rule-documents = Os documentos a reunir, conforme a situação.
rule-translation = Tradução juramentada dos documentos de registro civil emitidos fora da França, do EEE e da Suíça (critério); a certidão da união é um documento único do casal, e decide o país onde a união foi registrada, informado na ficha de qualquer um dos dois.
rule-legalisation = A legalização ou a apostila não é exigida, apenas mencionada (critério).
rule-steps = As etapas do procedimento para cada tipo de afiliação.
rule-payroll = O identificador na DSN: NIR, NIA ou NTT (tolerado por 3 meses).
rule-nir-check = Um NIR informado é verificado (estrutura, chave) e comparado com os dados de nascimento; uma divergência gera um aviso.

## Human report

# Report heading or label.
# $date: a date (written out by DATE)
ui-title = Seguro de saúde na França: avaliação em { DATE($date) }

# Report heading or label.
# $version: the secu version, e.g. 0.1.0
# $rules: the date of the rules (a date)
ui-rules = secu { $version }, regras de { $rules }

# Report heading or label.
# $policies: the names of the policies, comma-separated
ui-policies = Critérios diferentes do padrão: { $policies }

# Report heading or label.
# $age: the person's age in whole years (a number; 0 for a baby under one)
ui-age =
    { $age ->
         [0] menos de um ano
         [one] { $age } ano
        *[other] { $age } anos
    }
ui-age-one-year = 1 ano
ui-age-one-month = 1 mês

# Report heading or label.
# $months: a number of months
ui-age-months =
    { $months ->
         [0] menos de um mês
         [one] { $months } mês
        *[other] { $months } meses
    }
ui-affiliation = Afiliação
ui-basis = Base

# $sex: female, male or other (unknown): French agrees with the person.
ui-covered-from =
    { $sex ->
         [female] Coberta desde
        *[other] Coberto desde
    }
ui-unknown = desconhecido
ui-fund = Caixa
ui-child-status = Condição

# $sex: female, male or other (unknown): French agrees with the person.
ui-attached-to =
    { $sex ->
         [female] Vinculada a
        *[other] Vinculado a
    }
ui-identification = Identificação
ui-identification-yes = necessária: número provisório (NIA), depois número certificado (SANDIA)
ui-why = Por quê
ui-documents = Documentos a reunir
ui-group-forms = Formulários
ui-group-identity = Identidade e registro civil
ui-group-proofs = Comprovantes
ui-group-payment = Banco e Carte Vitale
ui-one-of = um destes
ui-translation = precisa de tradução juramentada para o francês
ui-covers = abrange
ui-for-children = para
ui-steps = Etapas

# Report heading or label.
# $date: a date (written out by DATE)
ui-expected-by = previsto até { DATE($date) }
ui-milestones = Próximas datas
ui-payroll = Folha de pagamento (DSN)
ui-dsn-identifier = Declarar
ui-ntt-suggestion = NTT sugerido
ui-warnings = Pontos de atenção
ui-none = nenhum
ui-nothing-to-do = Nada a enviar na França.
ui-sources = Fontes
# Report (both audiences): heading of the household summary that opens the document.
ui-summary = Resumo para a família
# Household summary: label of the fund the file goes to (its name follows).
ui-send-to = Enviar o processo para
# Household summary: heading of the first steps still to do, each followed by whom it is for.
ui-first-actions = Primeiras etapas
# Household summary: heading of the dates to know (coverage, deadlines, the next twelve months' milestones).
ui-key-dates = Datas importantes
# Household summary, key dates: the day health cover starts (followed by the names).
ui-coverage-starts = início da cobertura de saúde
# Family's document: the name of a member given without a label, by their place in the household.
# $number: 1, 2…
ui-person = Pessoa { $number }
# Family's document: heading of the points of attention that are the same for every member, said once.
ui-household-warnings = Pontos de atenção para toda a família
# Family's document: stands for the list of names when a line concerns every member of the household.
ui-whole-household = toda a família
# Case history: an entry erased (GDPR).
ui-hist-redacted = (apagado)
# Case history: a number that does not parse.
ui-hist-invalid-number = (número inválido)
# Case history: a correction. $seq: the entry it voids; $reason: as typed.
ui-hist-voids = anula o n.º { $seq }: { $reason }
# Case history: a permit renewed. $permit: its code; $from: a date (written out).
ui-hist-permit = { $permit } a partir de { $from }
# Case history: a permit renewed. $permit: its code; $from, $until: dates (written out).
ui-hist-permit-until = { $permit } de { $from } a { $until }
# Case history: after an entry a correction voided (a fragment: keep its leading space). $seq: the correction.
ui-hist-voided-by = {" "}[anulado pelo n.º { $seq }]
# Case history: when the entry was recorded. $at: the recording time, its date written out and the time (HH:MM).
ui-hist-recorded = (registrado em { $at })
# Case status, list and history: a date alone (a step done, a deadline, an entry of the log).
# $date: a date (written out by DATE)
ui-date = { DATE($date) }
# Between the items of a list of names or things in a line (", " in English; "、" in Chinese, "، " in Arabic).
ui-list-sep = ,{" "}
# Between the items of a list of longer phrases ("; " in English; French with a no-break space before ";").
ui-list-semicolon = ;{" "}
# Between a label and its value in a line (": " in English; French with a no-break space before ":"; "：" in Chinese).
ui-colon = :{" "}
nir-valid = número de seguridade social válido (NIR ou NIA)
nir-valid-without-key = estrutura válida, informado sem a chave
nir-legacy-nnp = um número provisório antigo (NNP), não um NIR: substituído pelo NIA desde 2022
nir-legacy-mig = um número provisório para migrante temporário (MIG), não um NIR
nir-invalid = não é um número de seguridade social válido
nir-why = por quê
nir-sex = sexo
nir-female = feminino (2)
nir-male = masculino (1)
nir-year = ano de nascimento
nir-month = mês de nascimento
nir-pseudo-month = pseudomês: mês desconhecido
nir-place = local de nascimento
nir-abroad = no exterior:
nir-department = departamento
nir-commune = município
nir-historical = 91–96 também pode significar Argélia, Marrocos ou Tunísia antes da independência
nir-order = número de ordem
nir-key-expected = chave
nir-key-given = informada:

## Input errors (decoding, validation, the CLI's own messages)
err-standard-input = entrada padrão
err-standard-output = saída padrão

# Error message (lowercase, no final period; fragments are joined).
# $limit: a number (a limit)
err-input-too-large = maior que o limite de { $limit } bytes: recusado (aumente-o com --max-input-bytes)

# Error message (lowercase, no final period; fragments are joined).
# $count: a number
err-more-problems =
    … e mais { $count ->
         [one] { $count } problema
        *[other] { $count } problemas
    }
err-no-as-of = sem data de avaliação: informe "as_of" no núcleo familiar ou como opção

# Error message (lowercase, no final period; fragments are joined).
# $byte: a byte offset (a number)
err-not-utf8 = a entrada não é UTF-8 válido (byte { $byte })

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $line: a line number
# $column: a column number
err-malformed-json = JSON malformado na linha { $line }, coluna { $column }:{" "}

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $line: a line number
# $column: a column number
err-at-line = linha { $line }, coluna { $column }:{" "}

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): the text ends inside a list [ ].
err-json-eof-list = o texto termina dentro de uma lista

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): the text ends inside an object { }.
err-json-eof-object = o texto termina dentro de um objeto

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): the text ends inside a quoted string.
err-json-eof-string = o texto termina dentro de um texto entre aspas

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): the text ends where a value was expected (e.g. an empty file).
err-json-eof-value = o texto termina onde se esperava um valor

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a colon was expected after a key.
err-json-expected-colon = esperado “:”

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a comma or the end of the list was expected.
err-json-expected-list-comma = esperado “,” ou “]”

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a comma or the end of the object was expected.
err-json-expected-object-comma = esperado “,” ou “{"}"}”

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a word like true, false or null was misspelt.
err-json-expected-ident = esperada uma palavra (true, false ou null)

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): no valid value here (e.g. a word without quotes).
err-json-expected-value = esperado um valor

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a key must start with a double quote.
err-json-expected-quote = esperadas aspas “"”

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a backslash sequence in a string is not valid.
err-json-invalid-escape = sequência de escape inválida

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a number is badly written.
err-json-invalid-number = número inválido

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a number too large.
err-json-number-out-of-range = número fora do intervalo

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a \u escape names no character.
err-json-invalid-code-point = ponto de código Unicode inválido

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a raw control character (e.g. a tab or a line break) inside a quoted string.
err-json-control-character = caractere de controle (\u0000-\u001F) dentro de um texto entre aspas

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): an object key without double quotes.
err-json-key-must-be-string = uma chave deve ser um texto entre aspas

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a comma before ] or }.
err-json-trailing-comma = vírgula a mais

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): text after the end of the document.
err-json-trailing-characters = caracteres a mais após o fim do documento

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): lists or objects nested too deeply.
err-json-recursion-limit = aninhamento profundo demais

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a \u escape with fewer than four hex digits.
err-json-hex-escape-end = sequência \u incompleta

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a \u escape with half of a character pair.
err-json-lone-surrogate = substituto inicial isolado em uma sequência \u

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): any other JSON error (generic).
err-json-other = JSON inválido

# Error message (lowercase, no final period; fragments are joined).
# $field: a field name or the mismatching item, as written in the input
err-duplicate-field = campo "{ $field }" informado duas vezes

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
# $expected: what was expected
err-newer-format = "{ $found }" é mais recente do que esta versão do secu entende ({ $expected }): atualize o secu

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
# $expected: what was expected
err-unknown-format = formato desconhecido "{ $found }": esperado "{ $expected }"

# Error message (lowercase, no final period; fragments are joined).
# $field: a field name or the mismatching item, as written in the input
# $suggestion: the closest known value
err-unknown-field-did-you-mean = campo desconhecido "{ $field }"; você quis dizer "{ $suggestion }"?

# Error message (lowercase, no final period; fragments are joined).
# $field: a field name or the mismatching item, as written in the input
# $known: the known values, comma-separated
err-unknown-field-known = campo desconhecido "{ $field }"; campos conhecidos: { $known }

# Error message (lowercase, no final period; fragments are joined).
# $field: a field name or the mismatching item, as written in the input
err-missing-field = falta o campo obrigatório "{ $field }"

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-string = esperado um texto, encontrado { $found }

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-bool = esperado true ou false, encontrado { $found }

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-date = esperada uma data "AAAA-MM-DD", encontrado { $found }

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-object = esperado um objeto, encontrado { $found }

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-members = esperada uma lista de membros, encontrado { $found }

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-member-id = esperado um identificador de membro (texto), encontrado { $found }

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-member-ids = esperada uma lista de identificadores de membros, encontrado { $found }

# Error message (lowercase, no final period; fragments are joined).
# $value: the value given, as typed
err-no-such-date = a data "{ $value }" não existe

# Error message (lowercase, no final period; fragments are joined).
# $value: the value given, as typed
err-date-shape = data inválida "{ $value }": esperado AAAA-MM-DD

# Error message (lowercase, no final period; fragments are joined).
# $value: the value given, as typed
# $years: the accepted range of years
err-date-years = data "{ $value }" fora dos anos { $years }

# Error message (lowercase, no final period; fragments are joined).
# $value: the value given, as typed
err-unknown-country = código de país desconhecido { $value }

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-country = esperado um código de país (ISO 3166-1 alfa-2, "XK" ou "CA-QC"), encontrado { $found }

# Error message (lowercase, no final period; fragments are joined).
# $value: the value given, as typed
err-unknown-value = valor desconhecido "{ $value }"

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $suggestion: the closest known value
err-did-you-mean = ; você quis dizer "{ $suggestion }"?

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $choices: the accepted values, comma-separated
err-expected-one-of = {" "}(esperado um destes: { $choices })

# Error message (lowercase, no final period; fragments are joined).
# $count: a number
# $limit: a number (a limit)
err-too-many-members = { $count } membros: acima do limite de { $limit }
err-no-members = um núcleo familiar precisa de pelo menos um membro
err-several-primaries = só um membro pode ser o principal
err-no-primary = nenhum membro tem a relação "primary"

# Error message (lowercase, no final period; fragments are joined).
# $length: a number of characters
err-id-length = um identificador tem de 1 a 64 caracteres, encontrados { $length }

# Error message (lowercase, no final period; fragments are joined).
# $id: a member id
# $other: where the same id appears (a JSON path)
err-duplicate-id = identificador duplicado "{ $id }" (também em { $other })

# Error message (lowercase, no final period; fragments are joined).
# $birth: a date, quoted as typed (YYYY-MM-DD)
# $as-of: a date, quoted as typed (YYYY-MM-DD)
err-birth-after-as-of = a data de nascimento { $birth } é posterior à data de avaliação { $as-of }
err-union-country-not-partner = union_country é só para cônjuge ou companheiro
err-nir-status-without-nir = nir_status foi informado, mas nir não
err-nia-issued-without-nir = nia_issued_on foi informado, mas nir não
err-nia-issued-not-provisional = nia_issued_on exige nir_status "provisional"

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
err-nia-before-birth = NIA emitido em { $date }, antes da data de nascimento

# Error message (lowercase, no final period; fragments are joined).
# $key: the two-digit key
err-nir-without-key-rejected = 13 caracteres sem a chave (critério nir_without_key = reject); a chave seria { $key }
err-posting-missing = um trabalhador deslocado precisa dos dados do deslocamento (from_country, certificate, end_date)

# Error message (lowercase, no final period; fragments are joined).
# $kind: an activity kind code
err-posting-not-posted = os dados do deslocamento são para o tipo "posted", não para "{ $kind }"

# Error message (lowercase, no final period; fragments are joined).
# $end: a date, quoted as typed (YYYY-MM-DD)
# $start: a date, quoted as typed (YYYY-MM-DD)
err-posting-reversed = o deslocamento termina em { $end }, antes de começar em { $start }

# Error message (lowercase, no final period; fragments are joined).
# $max: a number (the maximum)
# $length: a number of characters
err-payroll-id-length = um número da folha de pagamento tem de 1 a { $max } caracteres para caber em um NTT, encontrados { $length }

# Error message (lowercase, no final period; fragments are joined).
# $character: the character, quoted
err-payroll-id-character = o caractere { $character } não pode aparecer em um NTT (só letras e algarismos)

# Error message (lowercase, no final period; fragments are joined).
# $until: a date, quoted as typed (YYYY-MM-DD)
# $from: a date, quoted as typed (YYYY-MM-DD)
err-permit-reversed = autorização válida até { $until }, antes de ser válida a partir de { $from }

# Error message (lowercase, no final period; fragments are joined).
# $relationship: a relationship code
err-parents-not-child = os pais são informados só para filhos, não para um "{ $relationship }"

# Error message (lowercase, no final period; fragments are joined).
# $count: a number
err-too-many-parents = uma criança tem no máximo dois pais legais, encontrados { $count }

# Error message (lowercase, no final period; fragments are joined).
# $parent: a member id
err-parent-twice = o pai ou a mãe "{ $parent }" aparece duas vezes

# Error message (lowercase, no final period; fragments are joined).
# $id: a member id
err-unknown-parent = nenhum membro tem o identificador "{ $id }"
err-own-parent = uma criança não pode ser pai ou mãe de si mesma

# Error message (lowercase, no final period; fragments are joined).
# $parent: a member id
# $path: a JSON path, e.g. members[1]
err-parent-not-adult = o pai ou a mãe "{ $parent }" não é adulto ({ $path })

# Error message (lowercase, no final period; fragments are joined).
# $parent: a member id
# $path: a JSON path, e.g. members[1]
err-parent-ref = pai ou mãe "{ $parent }" ({ $path })

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $parent-birth: a date, quoted as typed (YYYY-MM-DD)
# $child-birth: a date, quoted as typed (YYYY-MM-DD)
err-parent-born-after-child = {" "}nasceu em { $parent-birth }, não antes da criança (nascida em { $child-birth })

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $min: a minimum age (a number)
err-parent-too-young =
    {" "}teria { $age ->
         [one] { $age } ano
        *[other] { $age } anos
    } no nascimento da criança (mínimo { $min })

# Error message (lowercase, no final period; fragments are joined).
# $start: a date, quoted as typed (YYYY-MM-DD)
# $birth: a date, quoted as typed (YYYY-MM-DD)
err-activity-before-birth = a atividade começa em { $start }, antes da data de nascimento { $birth }

# Error message (lowercase, no final period; fragments are joined).
# $end: a date, quoted as typed (YYYY-MM-DD)
# $birth: a date, quoted as typed (YYYY-MM-DD)
err-posting-before-birth = o deslocamento termina em { $end }, antes da data de nascimento { $birth }

# Error message (lowercase, no final period; fragments are joined).
# $policy: a policy name
# $problem: what is wrong (a text)
err-policy-out-of-range = critério { $policy }: { $problem }

# Error message (lowercase, no final period; fragments are joined).
# $length: a number of characters
err-siren-length = esperados 9 algarismos, encontrados { $length }

# Error message (lowercase, no final period; fragments are joined).
# $character: the character, quoted
# $position: its position (a number)
err-siren-character = caractere inválido { $character } na posição { $position }: um SIREN só tem algarismos

# Error message (lowercase, no final period; fragments are joined).
# $expected: what was expected
# $found: what was found, quoted from the input or its JSON kind
err-siren-key = dígito verificador inválido: esperado { $expected }, encontrado { $found } (chave de Luhn)

# Error message (lowercase, no final period; fragments are joined).
# $postcode: a value, as is
err-postcode-malformed = CEP francês inválido { $postcode }: esperados 5 algarismos

# Error message (lowercase, no final period; fragments are joined).
# $postcode: a value, as is
err-postcode-monaco = o CEP { $postcode } fica em Mônaco, não na França

# Error message (lowercase, no final period; fragments are joined).
# $postcode: a value, as is
err-postcode-unknown = o CEP { $postcode } não corresponde a nenhum departamento francês

# Error message (lowercase, no final period; fragments are joined).
# $length: a number of characters
err-nir-length = esperados 13 ou 15 caracteres, encontrados { $length }

# Error message (lowercase, no final period; fragments are joined).
# $character: the character, quoted
# $position: its position (a number)
err-nir-character = caractere inválido { $character } na posição { $position }

# Error message (lowercase, no final period; fragments are joined).
# $digit: the digit found
err-nir-sex = algarismo de sexo inválido '{ $digit }': deve ser 1 (masculino) ou 2 (feminino)
err-nir-legacy-nnp = número provisório antigo (NNP, numéro national provisoire), não um NIR: esses números foram substituídos pelo NIA e deixaram oficialmente de existir em 31 de dezembro de 2022
err-nir-legacy-mig = número provisório antigo (MIG, migrant de passage: para pessoas de passagem), não um NIR: não tem chave e não é aceito onde se espera um NIR ou um NIA

# Error message (lowercase, no final period; fragments are joined).
# $month: a month number
err-nir-month = mês inválido '{ $month }': deve ser 01–12 ou um pseudomês 20–99

# Error message (lowercase, no final period; fragments are joined).
# $department: the department code found
err-nir-department = departamento inválido '{ $department }': deve ser 01–99, 2A ou 2B

# Error message (lowercase, no final period; fragments are joined).
# $order: the order number found
err-nir-order = número de ordem inválido '{ $order }': deve ser 001–999

# Error message (lowercase, no final period; fragments are joined).
# $expected: what was expected
# $found: what was found, quoted from the input or its JSON kind
err-nir-key = chave inválida: esperado { $expected }, encontrado { $found }
kind-null = null
kind-bool = um booleano
kind-number = um número
kind-string = um texto
kind-array = uma lista
kind-object = um objeto

## Case and policy errors (issue 10, item 15: they follow --lang)

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-policy-assignment = esperado NOME=VALOR, encontrado "{ $found }"

# Error message (lowercase, no final period; fragments are joined).
# $policy: a policy name
err-policy-unknown = critério desconhecido "{ $policy }"

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $known: the known values, comma-separated
err-policy-known = ; conhecidos: { $known }

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $policy: a policy name
err-policy-prefix = critério { $policy }:{" "}

# Error message (lowercase, no final period; fragments are joined).
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $max: a number (the maximum)
err-policy-age = a idade { $age } está fora do intervalo: esperado de 0 a { $max } (a declaração é exigida de todo adulto, Decision 8)

# Error message (lowercase, no final period; fragments are joined).
# $month: a month number
err-policy-month = o mês { $month } está fora do intervalo: esperado de 1 a 12

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $day: a day number
# $month: a month number
err-policy-day = o dia { $day } está fora do intervalo para o mês { $month }:{" "}

# Error message (lowercase, no final period; fragments are joined).
# $max: a number (the maximum)
err-policy-day-range = esperado de 1 a { $max }

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $event: an event code
# $code: a refusal code
err-refused = { $event } recusado ({ $code }):{" "}

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $events: event codes or a count of events (a text)
err-allowed-now = ; possível agora: { $events }

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
err-allowed-nothing = ; possível agora: nada

# Error message (lowercase, no final period; fragments are joined).
# $stage: the stage reached (a text)
# $track: the procedure track (a text)
err-not-allowed-now = não é possível nesta etapa: { $stage } (procedimento: { $track })

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $date: a date, quoted as typed (YYYY-MM-DD)
err-dated-before = com data de { $date }, anterior a:{" "}

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
err-before-submission = o envio do processo ({ $date })

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
err-before-nia = o número provisório (NIA) ({ $date })

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
err-before-clock-end = o fim dos 3 meses que o NIA dá para enviar o documento de registro civil (R114-7 III) ({ $date })

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
err-before-notice-end = o fim dos 3 meses da notificação formal (mise en demeure, R114-7 III) ({ $date })

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
err-before-certification = o número certificado ou os direitos reabertos (Decision 9) ({ $date })

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
err-before-last-event = um evento já registrado ({ $date }): os eventos são registrados em ordem cronológica

# Error message (lowercase, no final period; fragments are joined).
# $document: a document kind code
err-not-in-checklist = { $document } não está na lista de documentos deste membro

# Error message (lowercase, no final period; fragments are joined).
# $document: a document kind code
err-doc-not-received = { $document } não foi recebido

# Error message (lowercase, no final period; fragments are joined).
# $document: a document kind code
err-doc-already-received = { $document } já foi recebido
err-reason-required = é preciso um motivo
err-nothing-received = nenhum documento foi recebido
err-checklist-complete = todos os documentos foram recebidos

# Error message (lowercase, no final period; fragments are joined).
# $documents: document kind codes, comma-separated
err-documents-missing = documentos que ainda faltam: { $documents }
err-no-nia = não há certificação antes de um número provisório (NIA)
err-civil-status-missing = o SANDIA certifica a partir do documento de registro civil, que não chegou à caixa

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
err-number-invalid = o número não é válido:{" "}
err-civil-status-received = o documento de registro civil já foi recebido
err-no-formal-notice = os benefícios só são suspensos depois de uma notificação formal (mise en demeure, R114-7 III)

# Error message (lowercase, no final period; fragments are joined).
# $min: a minimum age (a number)
# $age: the person's age in whole years (a number; 0 for a baby under one)
err-too-young =
    só a partir dos { $min } anos (o membro tem { $age ->
         [0] menos de um ano
         [one] { $age } ano
        *[other] { $age } anos
    })

# Error message (lowercase, no final period; fragments are joined).
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $step: a step code
err-step-not-applicable =
    não é uma das etapas deste membro com { $age ->
         [0] menos de um ano
         [one] { $age } ano
        *[other] { $age } anos
    } ({ $step }: domain §7)

# Error message (lowercase, no final period; fragments are joined).
# $age: the person's age in whole years (a number; 0 for a baby under one)
err-own-coverage-too-young =
    só a partir dos 18 anos, ou do primeiro dia de uma atividade profissional (o membro tem { $age ->
         [0] menos de um ano
         [one] { $age } ano
        *[other] { $age } anos
    })
err-card-settled = uma nova Carte Vitale já foi pedida ou recebida, ou a antiga foi declarada válida
err-no-ameli = a attestation de droits vem da conta ameli: abra a conta primeiro

# Error message (lowercase, no final period; fragments are joined).
# $member: a member id
err-no-track = o membro "{ $member }" não tem procedimento francês (afiliação none)

# Error message (lowercase, no final period; fragments are joined).
# $id: a member id
err-no-member-id = nenhum membro tem o identificador "{ $id }"

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
# $last: a date, quoted as typed (YYYY-MM-DD)
err-household-out-of-order = com data de { $date }, antes de um evento já registrado ({ $last }): os eventos são registrados em ordem cronológica

# Error message (lowercase, no final period; fragments are joined).
# $member: a member id
# $stage: the stage reached (a text)
err-track-in-progress = a correção encerra o procedimento de "{ $member }", que já está na etapa: { $stage }; retire-o primeiro

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $member: a member id
err-unknown-case-member = não há membro "{ $member }" no núcleo familiar;{" "}

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $suggestion: the closest known value
err-case-did-you-mean = você quis dizer "{ $suggestion }"?{" "}

# Error message (lowercase, no final period; fragments are joined).
# $members: member ids, comma-separated
err-case-members = membros: { $members }

# Error message (lowercase, no final period; fragments are joined).
# $member: a member id
err-member-redacted = o membro "{ $member }" foi anonimizado: nada mais é registrado sobre ele

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
# $today: a date, quoted as typed (YYYY-MM-DD)
err-future-date = o evento tem data de { $date }, depois do dia em que é registrado ({ $today }): registre-o depois que tiver acontecido
err-empty-line = linha vazia: esperado um núcleo familiar (um objeto JSON)

# Error message (lowercase, no final period; fragments are joined).
# $limit: a number (a limit)
err-line-too-long = linha maior que o limite de { $limit } bytes (aumente-o com --max-line-bytes); a linha foi ignorada

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
# $opened: a date, quoted as typed (YYYY-MM-DD)
err-before-opening = o evento tem data de { $date }, antes da abertura do processo ({ $opened }): o que aconteceu antes faz parte do núcleo familiar (um número já obtido, um seguro anterior)

# Error message (lowercase, no final period; fragments are joined).
# $members: member ids, comma-separated
err-members-dropped = o núcleo familiar corrigido remove membros que têm eventos: { $members } (uma correção mantém os identificadores; é o processo de outra família?)

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $voided: the entry number the correction voids
# $seq: an entry number of the case file
err-correction-breaks = sem o seq { $voided }, o seq { $seq } seria recusado (
err-void-later-first = ): anule primeiro os eventos posteriores

# Error message (lowercase, no final period; fragments are joined).
# $member: a member id
err-redact-unknown = não há membro "{ $member }" neste processo
err-fully-redacted = todos os membros foram anonimizados: não há nada a reproduzir

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $code: a refusal code
err-refused-on-replay = recusado na reprodução ({ $code }):{" "}
err-household-mismatch = o núcleo familiar não corresponde a household_commitment: foi editado depois da criação do processo

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $seq: an entry number of the case file
err-seq-not-first = seq { $seq } em vez de 1:{" "}

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $seq: an entry number of the case file
# $previous: the entry number before
err-seq-follows = seq { $seq } vem depois de { $previous }:{" "}
err-entries-reordered = as entradas foram reordenadas ou duplicadas

# Error message (lowercase, no final period; fragments are joined).
# $seq: an entry number of the case file
err-entries-reordered-later = as entradas foram reordenadas (o seq { $seq } vem depois)

# Error message (lowercase, no final period; fragments are joined).
# $seq: an entry number of the case file
err-entry-deleted = uma entrada foi apagada (falta o seq { $seq })
err-anchor-mismatch = prev não corresponde à âncora do processo: o cabeçalho (rules_version, created_at, opened_on, policies ou household_commitment) foi editado
err-chain-broken = prev não corresponde ao resumo da entrada anterior: uma entrada foi inserida, apagada ou substituída antes desta
err-digest-mismatch = o resumo não confere: a entrada foi editada depois de registrada

# Error message (lowercase, no final period; fragments are joined).
# $byte: a byte offset (a number)
err-case-not-utf8 = o arquivo não é UTF-8 válido (byte { $byte })
err-case-not-object = um arquivo de processo é um objeto JSON

# Error message (lowercase, no final period; fragments are joined).
# $expected: what was expected
err-case-no-format = falta o campo "format": não é um arquivo de processo do secu (esperado "{ $expected }")

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
# $expected: what was expected
err-case-unknown-format = formato desconhecido "{ $found }": esperado "{ $expected }"

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
# $expected: what was expected
err-case-newer-format = "{ $found }" é mais recente do que esta versão do secu lê ({ $expected }): atualize o secu

# Error message (lowercase, no final period; fragments are joined).
# $field: a field name or the mismatching item, as written in the input
err-case-unknown-field = campo desconhecido "{ $field }"

# Error message (lowercase, no final period; fragments are joined).
# $field: a field name or the mismatching item, as written in the input
err-case-missing-field = falta o campo "{ $field }"
err-case-expected-string = esperado um texto
err-case-timestamp = esperado um carimbo de data e hora RFC 3339 (2026-11-27T10:15:00Z)
err-case-expected-date = esperada uma data "AAAA-MM-DD"

# Error message (lowercase, no final period; fragments are joined).
# $value: the value given, as typed
err-case-invalid-date = data inválida "{ $value }": esperada uma data AAAA-MM-DD existente

# Error message (lowercase, no final period; fragments are joined).
# $seq: an entry number of the case file
err-seq-unknown = o seq { $seq } não é uma entrada anterior do registro

# Error message (lowercase, no final period; fragments are joined).
# $seq: an entry number of the case file
err-seq-is-correction = o seq { $seq } é uma correção: uma correção anula um evento, não outra correção

# Error message (lowercase, no final period; fragments are joined).
# $seq: an entry number of the case file
err-seq-other-member = o seq { $seq } é um evento de outro membro: uma correção anula um evento do seu próprio membro

# Error message (lowercase, no final period; fragments are joined).
# $seq: an entry number of the case file
# $correction: the entry number of the correction
err-seq-already-voided = o seq { $seq } já foi anulado pelo seq { $correction }

# Error message (lowercase, no final period; fragments are joined).
# $member: a member id
err-member-mismatch = member_added é registrado para o novo membro: esperado o membro "{ $member }"

# Error message (lowercase, no final period; fragments are joined).
# $member: a member id
err-duplicate-member = o membro "{ $member }" já está no núcleo familiar

# Error message (lowercase, no final period; fragments are joined).
# $member: a member id
err-replay-unknown-member = não há membro "{ $member }" no núcleo familiar

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $value: the value given, as typed
err-unknown-variant = variante desconhecida `{ $value }`, esperado{" "}

# Error message (lowercase, no final period; fragments are joined).
# $expected: what was expected
err-variant-only = `{ $expected }`

# Error message (lowercase, no final period; fragments are joined).
# $first: a value
# $second: a value
err-variant-either = `{ $first }` ou `{ $second }`

# Error message (lowercase, no final period; fragments are joined).
# $choices: the accepted values, comma-separated
err-variant-one-of = um destes: `{ $choices }`

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $members: member ids, comma-separated
err-redaction-breaks = os outros membros não podem ser reproduzidos sem "{ $members }" (
err-redact-dependents-first = ): anonimize primeiro os membros que dependem deles, ou o processo inteiro

# Message of the command line.
# $event: an event code
# $what: what the event needs (options)
cli-needs = { $event } precisa de { $what }
cli-at-least-one-document = pelo menos um --document KIND

# Message of the command line.
# $file: a file path
cli-already-exists = { $file }: já existe (use --force para substituí-lo)

# Message of the command line.
# $event: an event code
cli-unknown-event = evento desconhecido "{ $event }"

# Message of the command line.
# $document: a document kind code
cli-unknown-document = tipo de documento desconhecido "{ $document }"

# Message of the command line.
# $options: command-line options
# $event: an event code
cli-does-not-apply = { $options } não se aplica a { $event }

# Message of the command line; a fragment: the code joins it to the text before or after it.
# $options: command-line options
cli-it-takes = {" "}(aceita { $options })

# Message of the command line; a fragment: the code joins it to the text before or after it.
cli-takes-nothing = {" "}(não aceita nenhuma opção além de --date)

# Message of the command line.
# $document: a document kind code
cli-document-twice = --document { $document } foi informado duas vezes

# Message of the command line.
# $event: an event code
cli-not-from-command-line = o evento "{ $event }" não pode ser registrado pela linha de comando
cli-name-member = indique um MEMBER, ou --all

# Message of the command line; a fragment: the code joins it to the text before or after it.
# $file: a file path
# $members: member ids, comma-separated
cli-created =
    criado { $file }: { $members ->
         [one] { $members } membro
        *[other] { $members } membros
    }, {" "}

# Message of the command line.
# $date: a date (written out by DATE)
cli-opened-on = aberto em { DATE($date) }

# Message of the command line.
# $seq: an entry number of the case file
# $entry: the recorded entry: member, event code, date (written out)
cli-recorded = registrado #{ $seq } { $entry }

# Message of the command line.
# $head: the head (hash) of the case file
# $events: event codes or a count of events (a text)
cli-head = cabeça: { $head } ({ $events })
cli-one-event = 1 evento

# Message of the command line.
# $count: a number
cli-events =
    { $count ->
         [0] nenhum evento
         [one] { $count } evento
        *[other] { $count } eventos
    }

# Message of the command line; a fragment: the code joins it to the text before or after it.
# $file: a file path
# $events: event codes or a count of events (a text)
cli-chain-verifies = { $file }: a cadeia confere: { $events },{" "}

# Message of the command line.
# $head: the head (hash) of the case file
cli-head-is = cabeça { $head }
cli-ends-at-head = o arquivo termina na cabeça informada

# Message of the command line.
# $seq: an entry number of the case file
# $since: how many events since (a text)
cli-went-on-past = a cabeça informada é o evento #{ $seq }: o arquivo continuou depois dela ({ $since } desde então)

# Message of the command line.
# $file: a file path
# $head: the head (hash) of the case file
cli-head-not-on-chain = { $file }: a cabeça informada { $head } não está na cadeia deste arquivo: o arquivo foi truncado ou voltou a uma versão anterior, ou é outro processo

# Message of the command line.
# $file: a file path
cli-unreadable = { $file }: ilegível

# Message of the command line.
# $file: a file path
# $problem: why it is not (a text)
cli-not-a-journal = { $file }: não é um registro de cabeças ({ $problem }); apague-o para começar um novo
cli-iv-needs-file = é preciso um arquivo de núcleo familiar quando a entrada padrão não é um terminal (as respostas são lidas como linhas PATH=VALUE)
cli-iv-needs-output = um núcleo familiar novo precisa de -o FILE: onde a entrevista é salva depois de cada resposta

# Message of the command line.
# $file: a file path
cli-iv-output-exists = { $file }: já existe: retome essa entrevista com `secu interview { $file }`

# Message of the command line.
# $line: a line number
cli-iv-not-an-answer = linha { $line }: esperado PATH=VALUE, por exemplo `members[0].birth_date=1990-04-12`

# Message of the command line.
# $line: a line number
# $path: a JSON path, e.g. members[1]
cli-iv-unknown-path = linha { $line }: { $path }: não é um dado do núcleo familiar (`as_of`, `members[N].FIELD`)

# Message of the command line.
# $line: a line number
# $path: a JSON path, e.g. members[1]
cli-iv-no-member = linha { $line }: { $path }: esse membro não existe

# Message of the command line; a fragment: the code joins it to the text before or after it.
# $last: the date of the last recorded event (ISO)
cli-iv-member-range = {" "}(os membros do núcleo familiar vão de `members[0]` a `members[{ $last }]`)

# Message of the command line.
# $line: a line number
# $problem: what is wrong (a text)
cli-iv-line = linha { $line }: { $problem }
cli-iv-nothing-written = nada foi gravado: nenhuma resposta é aplicada se nem todas as linhas forem válidas
cli-iv-new-household = Novo núcleo familiar: quem são as pessoas? Primeiro o membro principal (a pessoa que começa a trabalhar na França, ou o requerente principal).
cli-iv-member-id = Identificador do membro (um nome curto, por exemplo priya):
cli-iv-relationship = Relação com o membro principal:
cli-iv-add-member = Adicionar outro membro?
cli-iv-yes = sim
cli-iv-no = não
cli-iv-help-text = - = nenhum / não se aplica · ? = pular por enquanto · < = voltar · Esc = salvar e sair
cli-iv-help-country = um código de país (IN, DE, CA-QC) ou um nome; Tab completa
cli-iv-help-date = AAAA-MM-DD
cli-iv-help-parents = identificadores de membros separados por vírgulas

# Message of the command line; a fragment: the code joins it to the text before or after it.
cli-iv-none = (nenhum / não se aplica)

# Message of the command line; a fragment: the code joins it to the text before or after it.
cli-iv-skip = (ainda não sei: pular por enquanto)

# Message of the command line; a fragment: the code joins it to the text before or after it.
cli-iv-back = (voltar: desfazer a resposta anterior)

# Message of the command line.
# $number: the question number
# $remaining: the number of questions left
cli-iv-progress = Pergunta { $number } · faltam { $remaining }
cli-iv-settled = definido:

# Message of the command line.
# $file: a file path
cli-iv-saved = salvo em { $file }

# Message of the command line.
# $path: a JSON path, e.g. members[1]
cli-iv-undone = desfeito: { $path }
cli-iv-nothing-to-undo = nada a desfazer

# Message of the command line.
# $file: a file path
cli-iv-stopped = Entrevista interrompida; o núcleo familiar está salvo em { $file }. Para retomar: secu interview { $file }

# Message of the command line.
# $count: a number
# $file: a file path
cli-iv-skipped-left =
    { $count ->
         [one] { $count } pergunta pulada
        *[other] { $count } perguntas puladas
    }: o núcleo familiar continua incompleto. Para retomar: secu interview { $file }
cli-iv-complete = Nenhuma pergunta restante: o núcleo familiar está completo.

## Procedure: next actions and deadlines
act-gather = reunir os documentos que faltam
act-submit = todos os documentos estão prontos: enviar o processo à caixa
act-wait-nia = aguardar o número provisório (NIA), cerca de 3 semanas
act-wait-confirmation = aguardar a caixa confirmar a afiliação
act-wait-reopen = aguardar a caixa reabrir os direitos
act-wait-s1 = aguardar a caixa registrar o S1
act-send-civil-status = enviar o documento de registro civil (certidão de nascimento): 3 meses a partir do NIA, depois uma notificação formal (mise en demeure)
act-declare-physician = declarar um médecin traitant (formulário S3704 em papel se o médico não puder declarar on-line)
act-wait-certification = aguardar o SANDIA certificar o número (até 9 meses)
act-suspended = os benefícios estão suspensos: enviar já o documento de registro civil
act-order-card = pedir a Carte Vitale (formulário com foto e documento de identidade, ou on-line pela conta ameli)
act-return-card-form = devolver o formulário “Ma nouvelle carte Vitale” com uma foto de identidade e uma cópia de um documento de identidade
act-wait-card = aguardar a Carte Vitale (cerca de 3 semanas pelo correio, 2 semanas on-line)
act-open-ameli = abrir a conta ameli
act-attestation = baixar a attestation de droits e entregá-la ao plano de saúde complementar da empresa (mutuelle)
act-own-coverage = agora é adulto: enviar o S1110 com uma conta bancária em seu próprio nome
act-own-coverage-work = trabalha (aprendizagem incluída): coberto em nome próprio desde o primeiro dia de trabalho, não mais vinculado ao pai ou à mãe; enviar o seu próprio pedido com uma conta bancária em seu nome
act-contest-rejection = contestar a recusa em até 2 meses após a notificação (recurso administrativo, recours amiable, perante a commission de recours amiable da caixa, CSS R142-1)
act-submit-again = ou enviar de novo o processo, corrigido
dl-civil-status-due = prazo do documento de registro civil (3 meses após o NIA, R114-7)
dl-civil-status-final-due = prazo do documento de registro civil após a notificação formal (3 meses), depois a suspensão
dl-fund-decision-due = a caixa decide em até 3 meses após a suspensão
dl-nia-expiry = fim dos 9 meses de validade do NIA
dl-ntt-limit = fim da tolerância de 3 meses do NTT na folha de pagamento (DSN)
dl-posting-end = fim do deslocamento
dl-nia-expected = NIA previsto (estimativa: 3 semanas após o envio)
dl-certification-expected = número certificado previsto (estimativa: em até 9 meses após o processo completo)
dl-ameli-expected = conta ameli possível (estimativa: 10 dias após o NIR)
dl-carte-vitale-expected = Carte Vitale prevista (estimativa: 3 semanas após o pedido)
dl-sixteenth-birthday = 16 anos: Carte Vitale própria, pode se tornar ayant droit autonome
dl-eighteenth-birthday = 18 anos: cobertura própria (S1110)
dl-appeal-due = último dia para contestar a recusa (2 meses, CSS R142-1)

## Procedure: status report

# Report heading or label.
# $date: a date (written out by DATE)
ui-status-title = Situação do procedimento em { DATE($date) }
ui-track = Procedimento
ui-phase = Etapa
ui-nia = NIA
ui-nir = NIR

# Report heading or label.
# $key: the two-digit key
ui-nir-without-key = chave não informada; seria { $key }
ui-missing-documents = Documentos que faltam
ui-next-actions = Próximas ações
ui-allowed-events = Eventos que podem ser registrados agora
ui-rejection-reason = Motivo informado pela caixa
ui-deadlines = Prazos
ui-overdue = VENCIDO

# Report heading or label.
# $count: a number
# $date: a date (written out by DATE)
ui-portfolio-title =
    { $count ->
         [0] Nenhum processo
         [one] { $count } processo
        *[other] { $count } processos
    } em { DATE($date) }

# Report heading or label.
# $count: a number
ui-portfolio-blocked =
    { $count ->
         [0] Nenhum membro bloqueado ou com prazo vencido
         [one] { $count } membro bloqueado ou com prazo vencido
        *[other] { $count } membros bloqueados ou com prazo vencido
    }
ui-waiting-on = aguardando
ui-overdue-count = vencidos
ui-problem = problema

# Report heading or label.
# $now: a number of events now
# $then: a number of events then
ui-went-back = voltou atrás desde a última listagem: { $now } eventos agora, { $then } antes, e o arquivo não chega mais à cabeça vista antes: eventos foram apagados ou uma cópia mais antiga foi restaurada

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-id-characters = um identificador só tem letras A–Z e a–z, algarismos, ".", "_" e "-" (encontrado { $found })
ph-preparing = preparando o processo
ph-submitted = enviado à caixa
ph-provisional = número provisório (NIA): identificação em andamento
ph-suspended = benefícios suspensos (falta o documento de registro civil)

# $sex: female, male or other (unknown): French agrees with the person.
ph-affiliated =
    { $sex ->
         [female] afiliada
        *[other] afiliado
    }: número certificado, direitos abertos

# $sex: female, male or other (unknown): French agrees with the person.
ph-affiliated-confirmed =
    { $sex ->
         [female] afiliada
        *[other] afiliado
    }: afiliação confirmada, direitos abertos

# $sex: female, male or other (unknown): French agrees with the person.
ph-affiliated-reopened =
    { $sex ->
         [female] afiliada
        *[other] afiliado
    }: direitos reabertos

# $sex: female, male or other (unknown): French agrees with the person.
ph-affiliated-s1 =
    { $sex ->
         [female] registrada
        *[other] registrado
    }: S1 registrado, atendimento pago pela caixa do país de origem
ph-complete = concluído
ph-rejected = recusado pela caixa
ph-withdrawn = retirado
tr-registration-with-identification = primeira inscrição com identificação (NIA, depois NIR certificado)
tr-registration = primeira inscrição (número já conhecido)
tr-reactivation = reabertura de direitos
tr-s1-registration = registro do S1
tr-beneficiary-with-identification = filho dependente, com NIA e depois NIR próprios
tr-beneficiary = filho dependente

## Values of the household's fields (labels for forms)
in-rel-primary = requerente principal (começa a trabalhar na França)
in-rel-spouse = cônjuge
in-rel-civil-partner = companheiro ou companheira com PACS
in-rel-cohabiting-partner = companheiro ou companheira em união estável (sem casamento nem PACS)
in-rel-child = filho ou filha
in-sex-female = feminino
in-sex-male = masculino
in-nir-certified = um NIR certificado
in-nir-provisional = um número provisório (NIA)
in-act-employed = empregado com contrato francês
in-act-posted = deslocado por um empregador estrangeiro
in-act-self-employed = autônomo
in-act-student = estudante (ensino superior)
in-act-job-seeker = em busca de emprego
in-act-none = sem atividade profissional
in-sector-general = regime geral
in-sector-agricultural = agrícola (MSA)
in-cert-a1 = A1 (UE/EEE/Suíça/Reino Unido)
in-cert-bilateral = certificado de acordo bilateral
in-cert-none = sem certificado
in-permit-not-required = não exigida (cidadão do EEE ou da Suíça)
in-permit-long-stay-visa = visto de longa duração (VLS-TS)
in-permit-residence-permit = autorização de residência (carte de séjour)
in-permit-resident-card = cartão de residente (carte de résident)
in-permit-talent-passport = Passaporte Talento (passeport talent)
in-permit-receipt = protocolo (récépissé)
in-permit-none = nenhuma

## Events of a case (labels for pages and reports)
ev-document-received = documento recebido
ev-document-rejected = documento recusado
ev-document-waived = documento dispensado (com um motivo)
ev-file-submitted = processo enviado à caixa
ev-documents-requested = a caixa pediu documentos
ev-nia-issued = número provisório (NIA) emitido
ev-civil-status-received = documento de registro civil recebido pelo SANDIA
ev-formal-notice-received = notificação formal recebida (mise en demeure)
ev-rights-suspended = direitos suspensos
ev-physician-declared = médecin traitant declarado
ev-nir-certified = número de seguridade social (NIR) certificado
ev-affiliation-confirmed = afiliação confirmada
ev-rights-reopened = direitos reabertos
ev-s1-registered = formulário S1 registrado
ev-carte-vitale-form-received = formulário da Carte Vitale recebido
ev-carte-vitale-ordered = Carte Vitale pedida
ev-carte-vitale-received = Carte Vitale recebida
ev-carte-vitale-still-valid = a Carte Vitale antiga continua válida
ev-ameli-account-opened = conta ameli aberta
ev-attestation-obtained = attestation de droits obtida
ev-own-coverage-opened = cobertura própria aberta
ev-rejected = recusado pela caixa
ev-withdrawn = retirado
ev-household-corrected = núcleo familiar corrigido
ev-member-added = membro adicionado (recém-nascido)
ev-permit-renewed = autorização de residência renovada
ev-correction = correção (anula uma entrada anterior)

## Intake: the questions of a partial household (contract §5)
q-birth-date = Qual é a data de nascimento desta pessoa?
q-help-birth-date = A idade decide a condição de um filho (dependente, autonomia aos 16 anos, maioridade) e as datas importantes.
q-sex = Qual é o sexo desta pessoa?
q-help-sex-agreement = Serve para escrever na forma certa os textos sobre esta pessoa (em português, francês e outras línguas as palavras concordam com ela) e para conferir um número de seguridade social francês. Você pode deixar sem resposta: os textos usam então a forma geral.
q-nationality = Qual é a nacionalidade desta pessoa?
q-help-nationality = Cidadãos franceses, do EEE ou da Suíça e os demais não seguem o mesmo caminho nem precisam dos mesmos documentos.
q-birth-country = Em que país esta pessoa nasceu?
q-help-birth-country = Uma pessoa nascida na França (ou em um território francês ultramarino) tem número desde o nascimento; uma certidão de nascimento estrangeira pode precisar de tradução juramentada.
q-nir = Esta pessoa tem um número de seguridade social francês (NIR)? Informe-o, ou responda nenhum.
q-help-nir = 13 ou 15 caracteres, na Carte Vitale ou em uma attestation de droits.
q-nir-status = Esse número é certificado, ou é um número provisório (NIA)?
q-help-nir-status = Um número provisório (NIA) vale 9 meses, até ser certificado.
q-nia-issued-on = Quando o número provisório (NIA) foi emitido?
q-help-nia-issued-on = É o ponto de partida da validade do NIA.
q-previously-insured = Esta pessoa já foi segurada na França alguma vez?
q-help-previously-insured = Os direitos anteriores são reabertos (réouverture des droits) em vez de uma primeira inscrição. Se não se sabe, presume-se que não, com um aviso.
q-activity-kind = O que esta pessoa vai fazer na França?
q-help-activity-kind = Um contrato de trabalho francês, um deslocamento por um empregador estrangeiro, trabalho autônomo, ensino superior, busca de emprego, ou nada disso.
q-activity-start = Quando começa essa atividade na França?
q-help-activity-start = O primeiro dia de trabalho ou de estudos: a cobertura geralmente começa nesse dia.
q-sector = A atividade é do setor agrícola?
q-help-sector = As atividades agrícolas são cobertas pela MSA em vez da CPAM.
q-employer-siren = Qual é o número SIREN do empregador?
q-help-employer-siren = 9 algarismos; usado para sugerir o número temporário da folha de pagamento (NTT).
q-payroll-id = Qual é o identificador do empregado na folha de pagamento?
q-help-payroll-id = Usado para sugerir o número temporário da folha de pagamento (NTT).
q-posted-from = De que país esta pessoa é deslocada?
q-help-posted-from = O regulamento da UE ou o acordo bilateral com esse país decide qual regime cobre um trabalhador deslocado.
q-posting-certificate = Que certificado de deslocamento esta pessoa tem?
q-help-posting-certificate = Um A1 (UE/EEE/Suíça), um certificado de acordo bilateral, ou nenhum.
q-posting-end = Quando termina o deslocamento?
q-help-posting-end = Os deslocamentos têm duração limitada (24 meses na UE).
q-arrival-date = Quando esta pessoa se instalou (ou vai se instalar) na França?
q-help-arrival-date = Sem atividade, a cobertura por residência exige 3 meses de residência estável.
q-permit = Que autorização de residência esta pessoa tem?
q-help-permit = Adultos de fora do EEE e da Suíça precisam de uma estadia regular.
q-permit-valid-from = A partir de quando a autorização é válida?
q-help-permit-valid-from = Um visto de longa duração (VLS-TS) precisa ser validado em até 3 meses.
q-permit-valid-until = Até quando a autorização é válida?
q-help-permit-valid-until = O vencimento é uma data a acompanhar.
q-postcode = Qual é o CEP (code postal) da moradia na França?
q-help-postcode = Define a caixa (a CPAM do departamento, uma CGSS nos territórios ultramarinos).
q-in-education = Esta criança está matriculada na escola?
q-help-in-education = Um aluno da escola; estudantes do ensino superior têm a atividade “estudante”.
q-autonomy-requested = Este jovem de 16–17 anos pediu para se tornar dependente autônomo (ayant droit autonome)?
q-help-autonomy-requested = A partir dos 16 anos, um filho pode ser coberto em seu próprio nome.
q-union-country = Em que país foi emitida a certidão de casamento, de PACS ou de união estável?
q-help-union-country = Uma certidão de fora da França, do EEE e da Suíça precisa de tradução juramentada.
q-parents = Quem são os pais desta criança no núcleo familiar?
q-help-parents = Identificadores de membros; por padrão, o membro principal e seu cônjuge ou companheiro.
report-provisional = provisório (pode mudar)
report-questions = Perguntas que faltam
report-no-question = Nenhuma pergunta restante: a avaliação está completa.

# Error hint. $fields: the JSON paths of the null answers, joined
hint-null-partial = { $fields }: null só responde a um dado em um núcleo familiar incompleto (salvo por `secu interview` antes do fim): avalie-o com `secu assess --partial`

## Dates, from CLDR 48 (gregorian, format context, wide): the month names a long date uses, and the long-date pattern.
## DATE($date) renders date-long with the day, the month name and the year; a test compares them with ICU4X.
date-month-1 = janeiro
date-month-2 = fevereiro
date-month-3 = março
date-month-4 = abril
date-month-5 = maio
date-month-6 = junho
date-month-7 = julho
date-month-8 = agosto
date-month-9 = setembro
date-month-10 = outubro
date-month-11 = novembro
date-month-12 = dezembro

# The long date (DATE): "15 September 2026".
# $day: the day of the month (a number, 1 to 31)
# $month: the name of the month (date-month-N)
# $year: the year (a number)
date-long = { $day } de { $month } de { $year }

## The web page's own words (web/i18n.js): ids prefixed page-
page-title = Seguro de saúde na França: sua lista de providências
page-subtitle = Para empregados que se mudam para a França, suas famílias e as equipes de RH: quem fica coberto, como, desde quando e quais documentos reunir.
page-privacy-tab = Privado desde a concepção: tudo é calculado no seu navegador. Nada do que você digita é enviado a lugar nenhum nem guardado; apenas o idioma escolhido é mantido, nesta aba, até que você a feche.
page-language = Idioma
page-skip = Ir para o resultado
page-household = Núcleo familiar
page-as-of = Data de avaliação
page-as-of-hint = A data em que a situação é avaliada (padrão: hoje).
page-file = Arquivos
page-import = Importar um núcleo familiar ou um processo (JSON)
page-import-drop = ou solte um arquivo JSON em qualquer lugar da página
page-export-household = Exportar o núcleo familiar (JSON)
page-open-case = Abrir um processo a partir deste núcleo familiar
page-member = Membro
page-add-member = Adicionar um membro
page-remove-member = Remover este membro
page-sec-identity = Identidade
page-sec-number = Número de seguridade social francês
page-sec-activity = Atividade na França
page-sec-residence = Residência na França
page-sec-family = Família
page-id = Identificador
page-id-hint = Curto e único, por exemplo “anna” (usado nos arquivos e no acompanhamento do processo).
page-label = Nome ou referência do empregado (opcional)
page-relationship = Relação com o requerente principal
page-birth-date = Data de nascimento
page-sex = Sexo
page-nationality = Nacionalidade
page-birth-country = País de nascimento
page-union-country = País onde foi emitida a certidão de casamento ou de PACS
page-nir = Número de seguridade social francês (NIR) ou número provisório (NIA), se houver
page-nir-status = Este número é
page-nia-issued-on = NIA emitido em
page-previously-insured-in-france = Já foi segurado na França?
page-activity-kind = Atividade
page-activity-start-date = Primeiro dia de trabalho ou de estudos na França
page-activity-sector = Setor
page-activity-employer-siren = SIREN do empregador (9 algarismos)
page-activity-employer-payroll-id = Número na folha de pagamento
page-activity-posting-from-country = País de envio do deslocamento
page-activity-posting-certificate = Certificado do deslocamento
page-activity-posting-end-date = Fim previsto do deslocamento
page-residence-arrival-date = Chegada (ou chegada prevista) na França
page-residence-permit = Autorização de residência
page-residence-permit-valid-from = Autorização válida a partir de
page-residence-permit-valid-until = Autorização válida até
page-residence-postcode = CEP francês (code postal) da moradia
page-in-education = Aluno matriculado na escola
page-autonomy-requested = Pediu para se tornar ayant droit autonome (16–17 anos)
page-parents = Pais (identificadores, separados por vírgulas)
page-parents-hint = Vazio: presume-se que os pais são o requerente principal e seu cônjuge ou companheiro, e o resultado informa isso (“pais não informados”).
page-add-relationship = Relação do novo membro
page-sample-note = Isto é um exemplo: um empregado fictício, para mostrar o que a página faz. Substitua os valores pelos seus, ou comece do zero.
page-mode = Como descrever o núcleo familiar
page-mode-guided = Perguntas guiadas
page-mode-form = Formulário completo
page-people-title = Quem faz parte do núcleo familiar?
page-people-hint = O requerente principal é a pessoa que começa a trabalhar na França. Depois, as perguntas só pedem o que muda o resultado.
page-people-partner = Cônjuge ou companheiro que também se muda
page-people-partner-none = sem cônjuge ou companheiro
page-people-children = Número de filhos que também se mudam

# Page.
# $relationship: the relationship, as the form labels it
page-people-id = Identificador de: { $relationship }
page-people-next = Começar as perguntas
page-people-change = Mudar quem faz parte do núcleo familiar

# Page.
# $members: the members: "id (relationship)", comma-separated
page-people-summary = No núcleo familiar: { $members }.
page-guided-remaining-one = Falta 1 pergunta

# Page.
# $count: a number
page-guided-remaining =
    { $count ->
         [0] Nenhuma pergunta restante
         [one] Falta { $count } pergunta
        *[other] Faltam { $count } perguntas
    }

# Page.
# $member: the member's name or id
page-guided-about = Sobre { $member }
page-guided-back = Voltar
page-guided-none = Nenhum / deixar vazio
page-guided-next = Próxima
page-guided-choose = Escolha…
page-guided-needed = Responda a esta pergunta para continuar: ela não pode ficar vazia.
page-guided-done = Nada mais a perguntar: todos os resultados são definitivos.
page-guided-done-hint = Confira o resultado, exporte o núcleo familiar ou revise todos os campos no formulário completo.
page-certain = definitivo
page-provisional = provisório
page-provisional-note = Os resultados marcados como provisórios ainda podem mudar com as suas respostas; os marcados como definitivos não mudam.
page-sample-clear = Começar um novo núcleo familiar
page-sample-result = Resultado de exemplo para uma pessoa fictícia, não para você: mude o núcleo familiar para ver o seu.
page-no-members = Adicione o requerente principal (a pessoa que começa a trabalhar na França) para ver o resultado.
page-case-back = Voltar ao resultado
page-goto-case = Ir para o acompanhamento do processo
page-record-date-hint = Um evento é registrado depois que acontece: no máximo hoje.

# Page.
# $today: today's date (a date)
page-record-date-future = Esta data é posterior a hoje ({ DATE($today) }): um evento é registrado depois que acontece.
page-unknown = — desconhecido —
page-none-selected = — não informado —
page-yes = sim
page-no = não
page-result = Resultado
page-result-empty = Preencha o núcleo familiar para ver o resultado.
page-stale = Desatualizado: o núcleo familiar tem erros (veja as mensagens). O último resultado válido aparece em cinza.
page-errors-title = Verifique estes pontos
page-print = Imprimir

# Page.
# $date: a date (written out by DATE)
# $version: the secu version
# $rules: the date of the rules (a date)
page-as-of-line = Avaliação em { DATE($date) } · secu { $version }, regras de { DATE($rules) }

# Page.
# $age: an age in whole years
page-age =
    { $age ->
         [0] menos de um ano
         [one] { $age } ano
        *[other] { $age } anos
    }
page-affiliation = Afiliação
page-basis = Base
page-covered-from = Coberto desde
page-covered-unknown = ainda não se sabe
page-fund = Caixa
page-fund-unknown = não se sabe (sem CEP)
page-dependent-status = Condição do filho
page-attached-to = Vinculado a
page-identification = Identificação
page-identification-yes = necessária: número provisório (NIA), depois número certificado (SANDIA)
page-identification-no = não necessária
page-why = Por quê
page-warnings = Pontos de atenção
page-documents = Documentos a reunir
page-one-of = Qualquer um destes:
page-translation-needed = Precisa de tradução juramentada para o francês
page-covers = Abrange:
page-for-members = Para:
page-steps = Etapas

# Page.
# $date: a date (written out by DATE)
page-expected-by = previsto até { DATE($date) } (estimativa)
page-timeline = Linha do tempo

# Page.
# $member: the member's name or id
page-timeline-alt = Próximas datas de { $member }
page-timeline-empty = Nenhuma data importante à frente.
page-today = data de avaliação
page-payroll = Folha de pagamento (DSN)
page-declare = Declarar
page-ntt-suggestion = NTT sugerido
page-case-title = Acompanhamento do processo

# Page.
# $date: a date (written out by DATE)
# $count: a number
page-case-meta =
    Processo aberto em { DATE($date) } · { $count ->
         [0] nenhum evento registrado
         [one] { $count } evento registrado
        *[other] { $count } eventos registrados
    }
page-case-as-of = Data da situação
page-case-export = Exportar o processo (JSON)
page-case-close = Fechar o processo
page-track = Procedimento
page-phase = Etapa
page-nia = NIA
page-nir-short = NIR
page-missing-documents = Documentos que faltam
page-none = nenhum
page-next-actions = Próximas ações
page-deadlines = Prazos
page-overdue = vencido
page-estimate = estimativa

# Page.
# $date: a date (written out by DATE)
page-done-on = feito em { DATE($date) }
page-record-title = Registrar um evento
page-record-member = Membro
page-record-date = Data do evento
page-record-kind = Evento
page-record-document = Documento
page-record-documents = Documentos pedidos
page-record-number = Número
page-record-reason = Motivo
page-record-voids = Número da entrada anulada
page-record-permit = Autorização
page-record-valid-from = Válida a partir de
page-record-valid-until = Válida até
page-record-json = Dados do evento (objeto JSON)
page-record-submit = Registrar

# Page.
# $event: the event, as the form labels it
page-record-ok = Registrado: { $event }.
page-record-none = Nesta data, nada pode ser registrado no processo deste membro; eventos do núcleo familiar continuam possíveis.
page-missing-first = Faltam
page-member-events = Processo deste membro
page-household-events = O núcleo familiar (a qualquer momento)
page-other-documents = Outros documentos
page-import-bad-json = Este arquivo não é um JSON válido.
page-import-unknown = Este arquivo não é nem um núcleo familiar nem um processo.

# Page.
# $file: a file name
page-imported-household = Núcleo familiar importado de { $file }.

# Page.
# $file: a file name
page-imported-with-problems = Importado de { $file } com problemas (o que o formulário não comporta foi deixado de fora):

# Page.
# $file: a file name
page-imported-case = Processo importado de { $file }.
page-case-opened = Processo aberto.
page-invalid-number = Informe um número.
page-loading = Carregando as regras…

# Page.
# $error: the technical error, as is
page-load-failed = Não foi possível carregar o motor de regras: { $error }

## The team's page (web/team.html, served by secu serve --db): its own words.
## Rendered by the server (GET /team/l10n/{lang}); variables are strings.

page-team-title = Espaço da equipe: seguro-saúde na França
page-team-language = Idioma
page-team-signout = Sair
page-team-nav-portfolio = Carteira
page-team-nav-admin = Administração
page-team-signin-heading = Entrar
page-team-email = Endereço de e-mail
page-team-password = Senha
page-team-signin = Entrar
page-team-signin-failed = Endereço de e-mail ou senha incorretos.
page-team-throttled = Tentativas malsucedidas demais para este endereço: aguarde alguns minutos e tente de novo.
page-team-session-ended = Sua sessão terminou: entre novamente.

# Team page.
# $email: the account's e-mail address; $role: its role, as page-team-role-* says it
page-team-signed-in-as = Conectado como { $email } ({ $role })

page-team-portfolio-heading = Carteira de processos
page-team-filter = Mostrar
page-team-filter-all = Todos os processos
page-team-filter-blocked = Bloqueados
page-team-filter-overdue = Atrasados

# Team page.
# $days: the portfolio's horizon, a number of days (secu-case's PORTFOLIO_HORIZON_DAYS)
page-team-filter-upcoming =
    Com prazo { $days ->
        [one] no próximo dia
       *[other] nos próximos { $days } dias
    }

page-team-org = Organização
page-team-org-all = Todas as organizações
page-team-col-case = Processo
page-team-col-org = Organização
page-team-col-member = Pessoa
page-team-col-phase = Etapa
page-team-col-waiting = Aguardando
page-team-col-overdue = Atrasado

# Team page.
# $days: the portfolio's horizon, a number of days (secu-case's PORTFOLIO_HORIZON_DAYS)
page-team-col-upcoming =
    { $days ->
        [one] No próximo dia
       *[other] Nos próximos { $days } dias
    }

page-team-blocked = bloqueado
page-team-no-cases = Nenhum processo a mostrar.
page-team-open-heading = Abrir um processo
page-team-household-file = Núcleo familiar (arquivo JSON, como para secu assess)
page-team-opened-on = Aberto em
page-team-open = Abrir o processo

# Team page.
# $id: the case's id
page-team-opened = Processo { $id } aberto.

page-team-bad-json = Isto não é um JSON válido.
page-team-back = Voltar à carteira

# Team page.
# $id: the case's id
page-team-case-heading = Processo { $id }

page-team-calendar = Calendário (iCalendar)
page-team-export = Exportar o processo
page-team-next-actions = Próximas ações
page-team-steps = Etapas
page-team-missing = Documentos que faltam
page-team-deadlines = Prazos e datas importantes
page-team-overdue = atrasado
page-team-estimated = estimativa
page-team-none = Nenhum.
page-team-record-heading = Registrar um evento
page-team-member = Pessoa
page-team-date = Data do evento
page-team-event = Evento
page-team-member-events = Processo desta pessoa
page-team-household-events = O núcleo familiar (a qualquer momento)
page-team-document = Documento
page-team-documents = Documentos pedidos
page-team-number = Número
page-team-reason = Motivo
page-team-event-json = Outros campos do evento (objeto JSON)
page-team-no-event = Nesta data, nada pode ser registrado no processo desta pessoa; eventos do núcleo familiar continuam possíveis.
page-team-record = Registrar

# Team page.
# $event: the event, as the form labels it
page-team-recorded = Registrado: { $event }.

# Team page.
# $reason: the server's reason, as is
page-team-refused = Recusado: { $reason }

page-team-allowed-now = Possíveis agora:
page-team-history-heading = Histórico
page-team-col-seq = Nº
page-team-col-date = Data
page-team-col-event = Evento
page-team-col-by = Registrado por
page-team-link-heading = Link pessoal do funcionário
page-team-link-create = Criar um link somente leitura

# Team page.
# $member: the person, by label or id
page-team-link-made = Link pessoal somente leitura para { $member }, a ser enviado apenas a essa pessoa:

page-team-orgs-heading = Organizações clientes
page-team-org-name = Nome
page-team-org-create = Criar a organização

# Team page.
# $name: the organisation's name
page-team-org-created = Organização { $name } criada.

page-team-users-heading = Contas
page-team-role = Função
page-team-role-admin = Administrador
page-team-role-consultant = Consultor
page-team-role-client-hr = RH do cliente
page-team-role-employee = Funcionário
page-team-user-create = Criar a conta

# Team page.
# $email: the account's e-mail address
page-team-user-created = Conta { $email } criada.

page-team-tokens-heading = Tokens para integrações
page-team-token-name = Nome da integração
page-team-token-create = Criar um token
page-team-token-once = Copie este token agora: ele só é mostrado uma vez.
page-team-access-log-heading = Registro de acessos
page-team-access-log = Exportar o registro de acessos (JSON)
page-team-link-title = Sua lista de providências
page-team-link-note = Somente leitura: seu contato de RH ou seu consultor registra o andamento.
page-team-link-invalid = Este link é desconhecido, expirou ou foi revogado: peça um novo ao seu contato de RH ou ao seu consultor.

# Team page.
# $reason: the technical error, as is
page-team-error = Ocorreu um erro: { $reason }

## Server (secu serve): the titles and messages of its own errors (srv-*)

srv-title-invalid-query = consulta inválida
srv-title-malformed-json = JSON malformado
srv-title-invalid-household = núcleo familiar inválido
srv-title-invalid-request = solicitação inválida
srv-title-malformed-request = solicitação malformada
srv-title-unreadable-body = corpo ilegível
srv-title-internal-error = erro interno
srv-title-body-too-large = corpo grande demais
srv-title-unavailable = serviço indisponível
srv-title-not-found = não encontrado
srv-title-method-not-allowed = método não permitido
srv-title-unauthorized = autenticação necessária
srv-title-forbidden = acesso negado
srv-title-too-many-requests = solicitações demais
srv-title-unprocessable = conteúdo não processável
srv-title-bad-request = solicitação incorreta
srv-title-conflict = conflito
srv-title-internal-server-error = erro interno do servidor
srv-no-endpoint = este endpoint não existe
srv-method-not-allowed = método não permitido neste endpoint
srv-unreadable-body = não foi possível ler o corpo da solicitação
srv-internal-error = erro interno
srv-shutting-down = o servidor está sendo desligado
srv-at-capacity = o servidor está sobrecarregado; tente novamente mais tarde
srv-timeout = a solicitação demorou demais
srv-too-many-batches = lotes demais ao mesmo tempo; tente novamente mais tarde
srv-api-key-required = é necessária uma chave de API válida: Authorization: Bearer CHAVE

# $limit: a number of bytes
srv-body-too-large = o corpo da solicitação excede o limite de { $limit } bytes

srv-not-json = o corpo não é JSON
srv-nir-expected-object = era esperado um objeto { "{" }"number": "…"{ "}" }
srv-nir-unknown-field = campo desconhecido; apenas `number` é esperado
srv-nir-missing-number = falta o campo `number`
srv-expected-string = era esperada uma string
srv-query-unknown = parâmetro de consulta desconhecido ou repetido; são esperados as_of, lang, partial, detail
srv-expected-date = era esperada uma data AAAA-MM-DD
srv-detail-expected = era esperado `full` ou `codes`
srv-partial-expected = era esperado `true` ou `false`
srv-batch-partial = um lote avalia núcleos familiares completos; avalie um núcleo familiar parcial com POST /v1/assess?partial=true

# $tags: the language tags that can be selected, joined by commas (en, fr, …)
srv-lang-unknown = idioma não suportado; esperado um de { $tags } (tags BCP 47, por exemplo pt-BR → pt)

srv-sign-in = faça login primeiro (POST /v1/session) ou envie Authorization: Bearer TOKEN
srv-token-unknown = token de acesso desconhecido, expirado ou revogado
srv-session-expired = a sessão terminou ou expirou: faça login novamente
srv-csrf = esta solicitação precisa do cabeçalho X-CSRF-Token da sessão (o csrf_token de POST /v1/session)
srv-wrong-password = endereço de e-mail ou senha incorretos
srv-rate-limited = tentativas de login malsucedidas demais para este endereço: tente novamente mais tarde
srv-no-team = não há serviço de equipe: inicie secu serve com --db URL
srv-db-failed = o banco de dados da equipe falhou; consulte o log do servidor
srv-no-case = este processo não existe
srv-no-org = esta organização não existe
srv-admin-only = somente um administrador pode fazer isso
srv-employee-own-case = um trabalhador só pode consultar o próprio processo
srv-employee-link-only = o acesso de um trabalhador é feito pelo seu link pessoal
srv-filter-expected = era esperado all, blocked, overdue ou upcoming
srv-link-unknown = este link é desconhecido, expirou ou foi revogado
srv-query-repeated = parâmetro de consulta desconhecido ou repetido
srv-firm-only = somente a equipe da consultoria registra eventos e emite links
srv-erase-admin-only = somente um administrador pode apagar os dados pessoais de um processo
srv-employee-read-only = o link de um trabalhador dá acesso apenas à situação, ao histórico e ao calendário
srv-title-event-refused = evento recusado
srv-unknown-member = este membro não consta do processo
srv-expected-member = era esperado o identificador do membro (uma string)
srv-expected-event-object = era esperado um objeto { "{" }member, event, date, …{ "}" }
srv-no-live-link = este link não existe ou não está mais ativo

# $line: a line number of the body
# $column: a column number of the body
# $expected: the fields expected, as JSON ({org, household, opened_on?})
srv-bad-body = corpo JSON inválido (linha { $line }, coluna { $column }): era esperado { $expected }
srv-case-no-replay = não foi possível reconstituir o processo; consulte o log do servidor
srv-unknown-member-query = este membro não consta do processo (?member=ID)
srv-firm-imports = somente a equipe da consultoria importa processos
srv-firm-revokes = somente a equipe da consultoria revoga os links dos trabalhadores
srv-admin-access-log = somente um administrador exporta o log de acessos
srv-firm-lists-orgs = somente a equipe da consultoria consulta a lista de organizações
srv-name-chars = eram esperados de 1 a 200 caracteres sem caracteres de controle
srv-org-exists = já existe uma organização com esse nome
srv-account-exists = já existe uma conta com esse endereço
srv-no-account = esta conta não existe
srv-chars = eram esperados de 1 a 200 caracteres
srv-expected-email = era esperado um endereço de e-mail
srv-expected-password = era esperada uma senha de 12 a 1024 caracteres

# ---- l10n-gaps: the CLI's own texts that bypassed the resources ----

# Error message (lowercase, no final period): --lang refused.
# $value: the tag as given
# $expected: the available language tags, comma-separated (codes: keep them)
err-unsupported-language = idioma não suportado "{ $value }": esperava-se um de { $expected } (etiquetas BCP 47, p. ex. pt-BR → pt)

# Error message (lowercase, no final period): a digest or salt of a case file is not hex.
# $count: the number of digits expected (64 or 32)
err-hex-digits = esperados { $count } dígitos hexadecimais em minúsculas

# Error message (lowercase, no final period), after a file name: the file does not exist.
err-io-not-found = arquivo ou pasta não encontrado

# Error message (lowercase, no final period), after a file name: the system refuses access.
err-io-permission-denied = permissão negada

# Error message (lowercase, no final period), after a file name: it names a folder.
err-io-is-a-directory = é uma pasta, não um arquivo

# The help line under a list of choices in the terminal interview (the keys: arrows, Enter, typing).
cli-iv-help-select = ↑↓ para mover · Enter para escolher · digite para filtrar

# Shown after a question of the terminal interview stopped with Esc (in angle brackets, as a mark, not a sentence).
cli-iv-canceled = <interrupção>

# clap usage error: an argument the command does not take ($arg, as typed, e.g. --bogus).
cli-usage-unknown-argument = argumento desconhecido: { $arg }

# clap usage error: a command that does not exist ($command, as typed).
cli-usage-unknown-command = comando desconhecido: { $command }

# clap usage error: an option given without its value ($arg, e.g. --lang <TAG>).
cli-usage-missing-value = { $arg } precisa de um valor

# clap usage error: a value refused for an argument ($value as typed; $arg, e.g. --detail <DETAIL>).
cli-usage-invalid-value = valor { $value } inválido para { $arg }

# clap usage error: a value that is not one of the choices ($value as typed; $arg; $choices, the codes accepted, comma-separated).
cli-usage-invalid-choice = valor { $value } inválido para { $arg }; valores possíveis: { $choices }

# clap usage error: a required argument missing ($arg, e.g. <NUMBER>; several are comma-separated).
cli-usage-missing-argument = falta um argumento obrigatório: { $arg }

# clap usage error: a command (subcommand) is required and none was given.
cli-usage-missing-command = é necessário um comando

# clap usage error: two arguments that cannot be given together ($arg, $other).
cli-usage-conflict = { $arg } não pode ser usado com { $other }

# clap usage error: an argument given with too many or too few values ($arg).
cli-usage-value-count = número de valores incorreto para { $arg }

# clap usage error of another kind (generic).
cli-usage-invalid = a linha de comando não é válida

# After a usage error: the closest valid argument, command or value ($suggestion, as it is typed).
cli-usage-suggestion = você quis dizer { $suggestion }?

# After a usage error: where the usage is described ($command, the help command, e.g. secu case record --help; the help stays in English).
cli-usage-help = modo de uso (em inglês): { $command }

# The name of the iCalendar file of a case's deadlines (secu case calendar, the team service's calendar), shown by calendar applications; "secu" is the program's name.
ical-calendar-name = secu: prazos do seguro de saúde
