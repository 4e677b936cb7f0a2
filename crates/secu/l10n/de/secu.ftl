# secu: every text the library and its frontends show, in German (Deutsch); formal address (Sie). Translated from en/secu.ftl; see REVIEW.md.
# Conventions (ids, variables, functions, $sex, plurals, typography): docs/l10n.md.

## Affiliation types, bases, statuses
aff-registration = Erstanmeldung (immatriculation)
aff-reactivation = Wiedereröffnung der Ansprüche (réouverture des droits)
aff-beneficiary = über einen Elternteil mitversichert (ayant droit)
aff-s1-registration = Anmeldung eines S1-Formulars (die Kasse des Herkunftslandes zahlt)
aff-none = keine französische Versicherung (System des Herkunftslandes)
basis-activity = Berufstätigkeit in Frankreich
basis-residence = dauerhafter und rechtmäßiger Wohnsitz (résidence stable et régulière)
basis-accompanying-family = Familienangehörige(r), die/der eine versicherte Person begleitet
basis-dependent-child = minderjähriges Kind eines versicherten Elternteils
basis-s1 = S1-Formular aus dem Herkunftsland
basis-home-scheme = Versicherungssystem des Herkunftslandes
status-ayant-droit = mitversicherte Person (ayant droit)
status-ayant-droit-autonome = eigenständig mitversicherte Person (ayant droit autonome)

# $sex: female, male or other (unknown): French agrees with the person.
status-own-coverage = selbst versichert
fund-cpam = CPAM (örtliche Krankenkasse)
fund-cgss = CGSS (Sozialversicherungskasse in den Überseegebieten)
fund-cssm = CSSM (Sozialversicherungskasse von Mayotte)
fund-msa = MSA (landwirtschaftliche Sozialversicherung)

## Milestones
ms-own-card-orderable = 12. Geburtstag: Ein Elternteil kann eine eigene Carte Vitale für das Kind bestellen
ms-own-carte-vitale = 16. Geburtstag: eigene Carte Vitale; das Kind kann ayant droit autonome werden
ms-majority = 18. Geburtstag (Volljährigkeit)
ms-beneficiary-end = Ende der Mitversicherung: Formular S1110 für die eigene Versicherung einreichen
ms-nia-expiry = Ende der 9-monatigen Gültigkeit der vorläufigen Nummer (NIA)
ms-posting-end = Ende der Entsendung
ms-ntt-limit = Ende der 3-monatigen Übergangsfrist für die NTT in der Lohnabrechnung (DSN)
ms-vls-ts-validation-due = Frist für die Online-Validierung des Visums für einen langfristigen Aufenthalt (VLS-TS)
ms-permit-expiry = Ablauf des Aufenthaltstitels
ms-residence-condition-met = 3 Monate dauerhafter Wohnsitz erreicht: Die Versicherung beginnt

## Documents
doc-form-s1106 = Formular S1106: Antrag auf Eröffnung der Ansprüche (cerfa 15763*02)
doc-form-s3705 = Formular S3705: Zuordnung minderjähriger Kinder (cerfa 14445*02)
doc-form-s1110 = Formular S1110: eigene Versicherung eines jungen Menschen (cerfa 15763*02)
doc-form-s3704 = Formular S3704: Wahl des Hausarztes (médecin traitant, cerfa 12485*03)
doc-identity-document = Ausweisdokument
doc-residence-permit = Aufenthaltstitel (titre de séjour)
doc-birth-certificate = vollständige Geburtsurkunde mit Abstammung (acte de naissance)
doc-sworn-translation = beglaubigte Übersetzung ins Französische (traduction assermentée)
doc-marriage-or-partnership-certificate = Heirats-, PACS- oder Lebensgemeinschaftsbescheinigung
doc-proof-of-address = Wohnsitznachweis (justificatif de domicile)
doc-bank-details = Bankverbindung auf den Namen der Person (RIB)
doc-proof-of-activity = Nachweis der Berufstätigkeit
doc-proof-of-residence = Nachweis eines dauerhaften Wohnsitzes seit mehr als 3 Monaten
doc-s1-form = S1-Formular der Krankenkasse des Herkunftslandes
doc-a1-certificate = A1-Bescheinigung (anzuwendende Rechtsvorschriften)
doc-coverage-certificate = Bescheinigung über die Versicherung nach dem bilateralen Abkommen (certificat de détachement)
doc-enrolment-certificate = Schul- oder Studienbescheinigung (certificat de scolarité)
doc-id-photo = Passfoto für die Carte Vitale
doc-autonomy-request-letter = Schreiben mit dem Antrag, ayant droit autonome zu werden
doc-legalisation = Legalisation oder Apostille ausländischer Personenstandsurkunden
# $sex: female, male or other (unknown): the worker's words agree with the person.
doc-private-insurance-statement =
    Nachweis einer privaten Krankenversicherung für { $sex ->
         [female] die Arbeitnehmerin
        *[other] den Arbeitnehmer
    } und die Familie
doc-guardianship-document = Nachweis der Vormundschaft (Gerichtsentscheidung, Übertragung der elterlichen Sorge)

## Alternatives
alt-passport = Reisepass
alt-national-id-card = Personalausweis
alt-full-copy = vollständige Abschrift (copie intégrale)
alt-extract-with-filiation = Auszug mit Angabe der Abstammung
alt-multilingual-extract = mehrsprachiger Auszug
alt-consular-document = von einem Konsulat ausgestelltes Dokument
alt-livret-de-famille = Familienstammbuch (livret de famille)
alt-employment-contract = Arbeitsvertrag
alt-employer-certificate = Arbeitgeberbescheinigung
alt-payslip = Gehaltsabrechnung
alt-business-registration = Nachweis der Anmeldung als Selbstständige(r)
alt-marriage-certificate = Heiratsurkunde
alt-pacs-certificate = PACS-Bescheinigung
alt-cohabitation-certificate = Bescheinigung über das Zusammenleben (certificat de concubinage)
alt-sworn-statement = ehrenwörtliche Erklärung über das Zusammenleben (déclaration sur l'honneur)
alt-utility-bill = aktuelle Rechnung eines Versorgers (Strom, Gas, Wasser, Telefon)
alt-rent-receipt = Mietquittung oder Mietvertrag
alt-accommodation-certificate = Unterkunftsbescheinigung mit dem Ausweis des Gastgebers
alt-rent-history = Mietvertrag oder Mietquittungen, die mehr als 3 Monate zurückreichen
alt-old-utility-bill = Versorgerrechnung an eine französische Adresse, vor mehr als 3 Monaten ausgestellt
alt-entry-stamp = Einreisestempel im Pass oder Visum, das eine Einreise vor mehr als 3 Monaten zeigt
alt-accommodation-since = Unterkunftsbescheinigung mit Angabe, seit wann, mit dem Ausweis des Gastgebers
alt-long-stay-visa = validiertes Visum für einen langfristigen Aufenthalt (VLS-TS)
alt-residence-card = Aufenthaltserlaubnis (carte de séjour, passeport talent)
alt-resident-card = langfristige Aufenthaltskarte (carte de résident)
alt-algerian-certificate = algerische Aufenthaltsbescheinigung (certificat de résidence)
alt-online-by-doctor = vom Arzt online gemeldet
alt-paper-s3704 = Papierformular S3704, vom Arzt unterschrieben

## Steps, actors, statuses
step-prepare-file = Unterlagen vorbereiten (Dokumente, Formulare)
step-submit-file = Unterlagen bei der Kasse einreichen
step-provisional-number = vorläufige Nummer (NIA) erteilt
step-physician-declaration = einen Hausarzt (médecin traitant) angeben
step-number-certification = Sozialversicherungsnummer bestätigt (SANDIA)
step-carte-vitale = Carte Vitale
step-ameli-account = ameli-Konto und Versicherungsbescheinigung (attestation de droits)
step-rights-reopened = Ansprüche wieder eröffnet
step-s1-registered = S1 von der Kasse erfasst
actor-member = die Person
actor-parent = ein Elternteil
actor-employer = der Arbeitgeber
actor-cpam = die Kasse (CPAM)
actor-cgss = die Kasse (CGSS)
actor-cssm = die Kasse (CSSM)
actor-msa = die Kasse (MSA)
actor-sandia = SANDIA (CNAV)
actor-doctor = der Arzt
actor-home-institution = der Träger des Herkunftslandes
status-pending = zu erledigen
status-in-progress = in Bearbeitung
status-done = erledigt
status-blocked = blockiert
status-not-applicable = entfällt
dsn-nir = NIR (bestätigte Sozialversicherungsnummer)
dsn-nia = NIA (vorläufige Nummer)
dsn-ntt = NTT (vorläufige technische Nummer)

## Warnings
w-residence-three-months = Ohne Berufstätigkeit beginnt die Versicherung über den Wohnsitz (résidence stable) erst nach mehr als 3 Monaten Wohnsitz in Frankreich.

# Warning shown under a member.
# $date: a date (written out by DATE)
w-residence-three-months-dated = Ohne Berufstätigkeit beginnt die Versicherung über den Wohnsitz (résidence stable) erst nach mehr als 3 Monaten Wohnsitz in Frankreich: ab dem { DATE($date) }.

# Warning shown under a member.
# $months: a number of months
w-posting-over-limit =
    Die Entsendung dauert länger als die { $months ->
         [one] { $months } Monat
        *[other] { $months } Monate
    }, die die Regeln erlauben: Ohne Ausnahmegenehmigung gilt danach die französische Versicherungspflicht.

# Warning shown under a member.
# $months: a number of months
w-posting-over-limit-extension =
    Die Entsendung dauert länger als die ersten { $months ->
         [one] { $months } Monat
        *[other] { $months } Monate
    } des Abkommens: Beantragen Sie die Verlängerung vor dem Ende dieses Zeitraums, sonst gilt die französische Versicherungspflicht.

# Warning shown under a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
w-agreement-scope-unverified = Ob das Abkommen { COUNTRY($country, form: "with") } die Krankenversicherung im Herkunftsland belässt, konnte nicht geprüft werden: Prüfen Sie die Entsendebescheinigung beim CLEISS, bevor Sie sich darauf verlassen.

# Warning shown under a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
w-agreement-excludes-health =
    Das Abkommen { COUNTRY($country, form: "with") } umfasst die Krankenversicherung nicht: { $sex ->
         [female] Die Arbeitnehmerin ist
        *[other] Der Arbeitnehmer ist
    } für die Krankenversicherung in Frankreich versichert; die anderen Zweige, die das Abkommen umfasst, bleiben im Herkunftsland.

# Warning shown under a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
w-posting-without-certificate = Entsandt { COUNTRY($country, form: "from") } ohne Bescheinigung über die anzuwendenden Rechtsvorschriften: Es gilt die französische Versicherungspflicht. Fordern Sie die Bescheinigung (A1 oder bilaterales Formular) beim Träger des Herkunftslandes an, wenn die Entsendung die Bedingungen erfüllt.
w-paris-cpam-for-talent-passport = Inhaber eines Talentpasses (passeport talent) und ihre Familie reichen ihre Unterlagen bei der CPAM de Paris ein, unabhängig vom Wohnort.
w-permit-missing = Es ist kein Aufenthaltstitel angegeben: Staatsangehörige eines Landes außerhalb des EWR und der Schweiz müssen einen vorlegen (titre de séjour, validiertes VLS-TS, carte de résident).
w-parents-assumed = Die Eltern des Kindes sind nicht angegeben: Es wird angenommen, dass die Hauptperson und ihr Partner die rechtlichen Eltern sind (ein Stiefkind braucht eine rechtliche Verbindung, z. B. eine Adoption, um mitversichert zu sein).
w-assumed-never-insured = Eine frühere Versicherung in Frankreich ist nicht angegeben: Es wird angenommen, dass die Person nie versichert war (Erstanmeldung). War die Person schon einmal in Frankreich versichert, handelt es sich um eine Wiedereröffnung.
w-assumed-previously-insured = Eine frühere Versicherung in Frankreich ist nicht angegeben: Es wird angenommen (Einstellung), dass die Person schon versichert war, also eine Wiedereröffnung. War sie nie versichert, handelt es sich um eine Erstanmeldung.

# $sex: female, male or other (unknown): French agrees with the person.
w-inactive-eea-resources =
    { $sex ->
         [female] Eine Staatsangehörige
        *[other] Ein Staatsangehöriger
    } des EWR oder der Schweiz ohne Berufstätigkeit ist nicht automatisch versichert: Ausreichende Mittel und ein Krankenversicherungsschutz müssen nachgewiesen werden.

# Warning shown under a member.
# $field: a field name or the mismatching item, as written in the input
w-nir-mismatch = Die Sozialversicherungsnummer passt nicht zu folgender Angabe der Person: { $field }. Prüfen Sie beides; echte Nummern können Pseudo-Monate und historische Codes enthalten.
w-accompanying-family-three-months-practice = Das Gesetz befreit einen Partner, der zu einer versicherten Person zieht, von der 3-Monats-Bedingung für den Wohnsitz (D160-2 II 3°), aber einige CPAM wenden in der Praxis 3 Monate an: Nennen Sie bei Nachfrage den Artikel.
w-accompanying-child-three-months-practice = Das Gesetz befreit Familienangehörige, die zu einer versicherten Person ziehen, von der 3-Monats-Bedingung für den Wohnsitz (D160-2 II 3°, ohne Altersgrenze); dass ein volljähriges Kind dazugehört, ist eine Annahme, und einige CPAM wenden in der Praxis 3 Monate an: Nennen Sie bei Nachfrage den Artikel.

# Warning shown under a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
w-care-paid-by-home-scheme = Die Gesundheitsversorgung bleibt beim Versicherungssystem { COUNTRY($country, form: "of") }: Die CPAM übernimmt Behandlungen nur, wenn das Abkommen es vorsieht; sonst zahlt die Kasse des Herkunftslandes oder eine private Versicherung.

# Warning shown under a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
w-care-paid-by-home-scheme-assumed = Die Gesundheitsversorgung bleibt wahrscheinlich beim Versicherungssystem { COUNTRY($country, form: "of") } (eine Annahme, mit der Kasse zu bestätigen): Die CPAM übernimmt Behandlungen nur, wenn das Abkommen es vorsieht; sonst zahlt die Kasse des Herkunftslandes oder eine private Versicherung.

# Warning shown under a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $insured-sex: the posted worker's sex (female, male or other), on the worker's page and on each family member's: the words for the worker agree with it.
w-private-health-insurance-required =
    Die Entsendung { COUNTRY($country, form: "from") } setzt eine Krankenversicherung voraus, die { $insured-sex ->
         [female] die Arbeitnehmerin
        *[other] den Arbeitnehmer
    } und die Familie in Frankreich abdeckt (über das Herkunftsland oder privat).

# Warning shown under a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
w-no-social-security-agreement =
    Frankreich hat kein Sozialversicherungsabkommen { COUNTRY($country, form: "with") }: { $sex ->
         [female] Die entsandte Arbeitnehmerin
        *[other] Der entsandte Arbeitnehmer
    } ist in Frankreich versichert.
ws1-spouse-may-need-own-registration = Ob ein volljähriger Partner seit 2016 für das S1 als Familienangehöriger gilt, ist nicht geprüft: Die CPAM kann eine eigene Anmeldung verlangen.

# Warning shown under a member.
# $date: a date (written out by DATE)
w-permit-expired = Der Aufenthaltstitel ist am { DATE($date) } abgelaufen: Verlängern Sie ihn; die Ansprüche über den Wohnsitz setzen einen gültigen Aufenthaltstitel voraus.
w-receipt-permit = Eine Antragsbestätigung (récépissé) ist angegeben: Welche Bestätigungen zählen, regelt ein Erlass (arrêté), der nicht geprüft werden konnte; fragen Sie bei der Kasse nach.
w-vls-ts-validation = Ein Visum für einen langfristigen Aufenthalt (VLS-TS) muss innerhalb von 3 Monaten nach der Einreise online validiert werden, um als Aufenthaltstitel zu gelten.

# Warning shown under a member.
# $date: a date (written out by DATE)
w-ntt-tolerance-exceeded = Die 3-monatige Übergangsfrist für die NTT endete am { DATE($date) }: Die Lohnbuchhaltung braucht jetzt die NIR oder die NIA.

# Warning shown under a member.
# $date: a date (written out by DATE)
w-nia-expired = Die vorläufige Nummer (NIA) hat am { DATE($date) } das Ende ihrer 9-monatigen Gültigkeit erreicht: Fragen Sie die Kasse, wie weit die Bestätigung ist.
w-nir-implies-previous-insurance = Eine bestätigte Sozialversicherungsnummer gibt es für im Ausland Geborene nur nach einer früheren Versicherung: Der Fall wird als Wiedereröffnung behandelt.
w-translation-assumed = Das Land, das die Urkunde über die Verbindung (Ehe, PACS) ausgestellt hat, ist nicht angegeben: Es wird angenommen, dass eine beglaubigte Übersetzung nötig ist.
w-fund-depends-on-commune = In diesem Departement gibt es mehrere CPAM, die nach Gemeinde zuständig sind: Prüfen Sie, welche für die Adresse zuständig ist.
w-territory-own-scheme = Diese Überseegebietskörperschaft hat ein eigenes Sozialversicherungssystem außerhalb des französischen allgemeinen Systems: Fragen Sie bei ihrer Kasse nach.
w-start-date-unknown = Der erste Arbeitstag ist nicht angegeben: Der Beginn der Versicherung kann nicht bestimmt werden.
w-arrival-unknown = Das Ankunftsdatum in Frankreich ist nicht angegeben: Der Beginn der Versicherung kann nicht bestimmt werden.
w-posting-end-unknown = Das Enddatum der Entsendung ist nicht angegeben: Ihre Dauer kann nicht mit der Höchstdauer verglichen werden.
w-no-insured-parent = Kein Elternteil dieses Kindes ist im Haushalt in Frankreich versichert: Das Kind ist über den Wohnsitz selbst versichert.
w-minor-without-parent = Kein Elternteil dieses Kindes ist im Haushalt angegeben: Das Kind ist über die Abstammung bei niemandem mitversichert. Geben Sie die Situation des Vormunds und den Nachweis der Vormundschaft an (ein Kind in der Obhut einer versicherten Person kann bei ihr mitversichert werden); bis dahin wird das Kind als selbst versichert über den Wohnsitz beurteilt.
w-autonomy-before16 = Ein Antrag auf Eigenständigkeit (ayant droit autonome) ist erst ab 16 Jahren möglich: Er wird nicht berücksichtigt, und das Kind bleibt mitversichert (ayant droit).
w-postcode-missing = Es ist keine Postleitzahl angegeben: Die Kasse kann nicht genannt werden.
w-certificate-mismatch = Die Art der Bescheinigung passt nicht zum Entsendeland (A1 gilt für den EWR, die Schweiz und das Vereinigte Königreich; andere Länder stellen ein bilaterales Formular aus): Bitte prüfen.
mismatch-sex = Geschlecht
mismatch-year = Geburtsjahr
mismatch-month = Geburtsmonat
mismatch-place = Geburtsort

## Document reasons
rs1106 = Jede volljährige Person stellt ihren eigenen Antrag auf Eröffnung der Ansprüche.
rs1106-minor = Der eigene Antrag des Minderjährigen auf Eröffnung der Ansprüche, unterschrieben vom gesetzlichen Vertreter (Elternteil oder Vormund).
rs1106-reactivation = Dasselbe Formular eröffnet die Ansprüche wieder für eine Person, die schon einmal in Frankreich versichert war.
rs3705-one = Ordnet das Kind dem versicherten Elternteil (oder den Eltern) zu; sind beide Eltern versichert, dem Kind beide zuordnen (double rattachement).

# Why a document is needed.
# $children: the number of children (2 or more)
rs3705-many = Ordnet die { $children } Kinder dem versicherten Elternteil (oder den Eltern) zu; sind beide Eltern versichert, die Kinder beiden zuordnen (double rattachement).
r-identity = Weist die Identität nach.
r-identity-child = Der eigene Reisepass oder Ausweis des Kindes.
r-permit = Weist einen rechtmäßigen Aufenthalt in Frankreich nach (nicht nötig für Staatsangehörige des EWR und der Schweiz und nicht für Minderjährige).
r-activity = Weist die Tätigkeit nach, die ab dem ersten Arbeitstag Ansprüche eröffnet; die Kasse kann die erste Gehaltsabrechnung verlangen.
r-proof-of-residence = Weist einen dauerhaften Wohnsitz in Frankreich seit mehr als 3 Monaten nach.
r-guardianship = Zeigt, wer die rechtliche Verantwortung für ein Kind ohne Elternteil im Haushalt hat: Davon hängt ab, ob das Kind bei einem versicherten Vormund mitversichert werden kann.
r-enrolment-student-adult = Die Einschreibung in einer Bildungseinrichtung befreit von der 3-Monats-Bedingung für den Wohnsitz.
r-enrolment-student = Studierende im Alter von 16 bis 18 Jahren sind automatisch ayant droit autonome.
r-enrolment-pupil = Schüler im Alter von 16 oder 17 Jahren weisen den Schulbesuch nach, um bei den Eltern mitversichert zu bleiben.
r-birth-identification = Identifiziert eine im Ausland geborene Person (die CPAM erteilt eine NIA, SANDIA bestätigt die Nummer).
r-birth-child = Weist die Abstammung für die Zuordnung zu den Eltern nach.
r-birth-child-identification = Weist die Abstammung nach und identifiziert das im Ausland geborene Kind, das eine eigene Nummer erhält (NIA, dann bestätigte NIR).
r-birth-filiation-s1 = Jeder mit dem S1 angemeldete Familienangehörige weist die familiäre Verbindung nach.
r-union-accompanying = Weist die familiäre Verbindung mit der versicherten Person nach.
r-birth-adult-child = Weist die familiäre Verbindung (Abstammung) mit dem versicherten Elternteil nach; identifiziert bei Bedarf eine im Ausland geborene Person.
r-union-civil-status = Familienstand einer verheirateten antragstellenden Person, zur Identifizierung.
r-union-s1 = Weist die familiäre Verbindung mit der Inhaberin oder dem Inhaber des S1 nach.
r-address = Weist die Adresse nach, nach der sich die zuständige Kasse richtet.
r-bank = Erstattungen werden auf ein Konto auf den Namen der Person gezahlt.
r-bank-child = Eigenständig Mitversicherte erhalten Erstattungen auf ein Konto auf ihren eigenen Namen.
r-physician = Wer einen Hausarzt (médecin traitant) angibt, erhält die normalen Erstattungssätze; melden Sie ihn auf Papier, wenn der Arzt noch nicht online melden kann.
r-physician-child = Ab 16 Jahren gibt der junge Mensch seinen eigenen Hausarzt (médecin traitant) an, mitunterschrieben von einem Elternteil.
r-id-photo = Für die Carte Vitale, die bestellt wird, sobald die Nummer bestätigt ist (Foto + Ausweis, weniger als 10 Jahre alt).

# $sex: female, male or other (unknown): French agrees with the person.
rs1-worker =
    Von der Kasse des Herkunftslandes ausgestellt: meldet { $sex ->
         [female] die Arbeitnehmerin
        *[other] den Arbeitnehmer
    } bei der CPAM des Wohnorts an, auf Kosten der Kasse des Herkunftslandes.
rs1-family = S1-Formulare werden pro Person ausgestellt: Jeder Familienangehörige meldet sein eigenes an.

# $sex: female, male or other (unknown): French agrees with the person.
ra1 =
    Weist nach, dass { $sex ->
         [female] die Arbeitnehmerin
        *[other] der Arbeitnehmer
    } während der Entsendung den Rechtsvorschriften des Herkunftslandes unterliegt.

# Why a document is needed.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
r-coverage-certificate-home =
    Hält { $sex ->
         [female] die Arbeitnehmerin
        *[other] den Arbeitnehmer
    } im Versicherungssystem { COUNTRY($country, form: "of") }; der Arbeitgeber bewahrt die Bescheinigung für Kontrollen auf.

# Why a document is needed.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
r-coverage-certificate-home-assumed =
    Hält { $sex ->
         [female] die Arbeitnehmerin
        *[other] den Arbeitnehmer
    } für die Zweige, die das Abkommen umfasst, unter den Rechtsvorschriften { COUNTRY($country, form: "of") }; ob die Krankenversicherung dazugehört, ist eine Annahme, mit der Kasse zu bestätigen. Der Arbeitgeber bewahrt die Bescheinigung für Kontrollen auf.

# Why a document is needed.
# $country: a country code (written by COUNTRY with the form the sentence needs)
r-coverage-certificate-other = Belässt die Zweige, die das Abkommen { COUNTRY($country, form: "with") } umfasst, im Herkunftsland (außer der Krankenversicherung).
r-private-insurance = Das Abkommen macht einen Krankenversicherungsschutz in Frankreich zur Bedingung für die Entsendung.
r-autonomy-letter = Ein einfaches Schreiben an die Kasse des Elternteils mit dem Antrag, ayant droit autonome zu werden.
r-sworn-translation = Personenstandsurkunden, die außerhalb Frankreichs, des EWR und der Schweiz ausgestellt wurden, brauchen eine Übersetzung durch einen vereidigten Übersetzer (oder das Konsulat), außer sie sind schon auf Französisch. Je nach ausstellendem Land kann auch eine Legalisation oder Apostille verlangt werden.
r-legalisation = Ausländische Personenstandsurkunden legalisiert oder mit Apostille (Einstellung).

## Explanations (conclusions)

# $sex: female, male or other (unknown): French agrees with the person.
c-activity = Arbeitet in Frankreich: ab der ersten Arbeitsstunde über die Berufstätigkeit versichert.

# $sex: female, male or other (unknown): French agrees with the person.
c-working-minor-activity = Arbeitet in Frankreich (einschließlich Ausbildung): über die Tätigkeit selbst versichert.
c-working-minor = Minderjährige mit einer Berufstätigkeit (einschließlich Ausbildung) sind nicht mehr bei den Eltern mitversichert, sondern selbst versichert.

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $sex: female, male or other (unknown): French agrees with the person.
c-working-minor-status =
    { $age ->
         [0] Unter einem Jahr
         [one] { $age } Jahr
        *[other] { $age } Jahre
    }, berufstätig: selbst versichert, nicht mitversichert (ayant droit).

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $sex: female, male or other (unknown): French agrees with the person.
c-minor-own-status =
    { $age ->
         [0] Unter einem Jahr
         [one] { $age } Jahr
        *[other] { $age } Jahre
    }, kein versicherter Elternteil, bei dem das Kind mitversichert werden kann: selbst versichert.
c-adult-child = Ein volljähriges Kind ist nicht mitversichert: selbst versichert.

# $sex: female, male or other (unknown): French agrees with the person.
c-student =
    { $sex ->
         [female] Studentin
        *[other] Student
    } (Hochschule): über den Wohnsitz versichert, von der 3-Monats-Bedingung befreit.

# Whom a member joins or accompanies, in c-accompanying…'s $insured.
# $sex: the sex of the person joined (female, male or other), not the member's.
c-insured-main-applicant = die Hauptperson
# Whom a member joins or accompanies, in c-accompanying…'s $insured.
# $sex: the sex of the person joined (female, male or other), not the member's.
c-insured-partner =
    { $sex ->
         [female] die Ehe- oder Lebenspartnerin der Hauptperson
        *[other] der Ehe- oder Lebenspartner der Hauptperson
    }
# Whom a member joins or accompanies, in c-accompanying…'s $insured.
c-insured-child = ein Kind des Haushalts

# Conclusion of a rule in the explanation of a member.
# $insured: whom the member joins, by their place in the household (c-insured-…)
# $sex: female, male or other (unknown): French agrees with the person.
c-accompanying = Zieht zu einer in Frankreich versicherten Person oder begleitet sie ({ $insured }): über den Wohnsitz versichert, ohne 3 Monate Wartezeit.

# Conclusion of a rule in the explanation of a member.
# $insured: whom the member joins, by their place in the household (c-insured-…)
c-accompanying-three-months = Zieht zu einer in Frankreich versicherten Person oder begleitet sie ({ $insured }); nach der gewählten Einstellung gilt die 3-Monats-Bedingung für den Wohnsitz.

# Conclusion of a rule in the explanation of a member.
# $insured: whom the member joins, by their place in the household (c-insured-…)
# $sex: female, male or other (unknown): French agrees with the person.
c-accompanying-adult-child = Volljähriges Kind ohne Berufstätigkeit, das zu einem versicherten Elternteil zieht oder ihn begleitet ({ $insured }): Familienangehöriger nach D160-2, der keine Altersgrenze festlegt (eine ungeprüfte Annahme): über den Wohnsitz versichert, ohne 3 Monate Wartezeit.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
c-earliest-basis-residence = Das Zuziehen oder Begleiten eines Familienangehörigen ergäbe erst den { DATE($date) }, den Tag, ab dem diese Person versichert ist: Es gilt die früheste Grundlage, der eigene dauerhafte Wohnsitz.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
c-earliest-basis-activity = Arbeitet in Frankreich erst ab dem { DATE($date) }: Das Zuziehen zu einem versicherten Familienangehörigen oder dessen Begleitung ergibt ein früheres Datum, und es gilt die früheste Grundlage.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
c-earliest-basis-residence-before-work = Arbeitet in Frankreich erst ab dem { DATE($date) }: Mehr als 3 Monate dauerhafter Wohnsitz ergeben ein früheres Datum, und es gilt die früheste Grundlage.
c-adult-own-request = Seit 2016 (PUMa) sind Volljährige nie mitversichert: Diese Person stellt ihren eigenen Antrag.

# $sex: female, male or other (unknown): French agrees with the person.
# $insured-sex: the sex of the worker followed or the person joined (female, male or other): the words for that second person agree with it.
c-follows-s1 =
    { $sex ->
         [female] Familienangehörige
        *[other] Familienangehöriger
    } einer mit S1 entsandten Arbeitskraft: mit einem eigenen S1 angemeldet, auf Kosten der Kasse des Herkunftslandes.
# $insured-sex: the sex of the worker followed or the person joined (female, male or other): the words for that second person agree with it.
c-follows-home-scheme = Familienangehörige(r) einer Arbeitskraft, die im Versicherungssystem des Herkunftslandes bleibt: folgt ihr, keine französische Versicherung.
# $insured-sex: the sex of the worker followed or the person joined (female, male or other): the words for that second person agree with it.
c-follows-home-scheme-assumed = Familienangehörige(r) einer Arbeitskraft, die wahrscheinlich im Versicherungssystem des Herkunftslandes bleibt (eine Annahme, mit der Kasse zu bestätigen): folgt ihr, es wird keine französische Versicherung angenommen.

# $sex: female, male or other (unknown): French agrees with the person.
c-residence = Keine Berufstätigkeit: über den Wohnsitz versichert nach mehr als 3 Monaten dauerhaftem Wohnsitz.

# $sex: female, male or other (unknown): French agrees with the person.
c-residence-before-work = Noch nicht berufstätig: über den Wohnsitz versichert nach mehr als 3 Monaten dauerhaftem Wohnsitz.

# $sex: female, male or other (unknown): French agrees with the person.
c-residence-enrolled = Keine Berufstätigkeit, in Ausbildung eingeschrieben: über den Wohnsitz versichert, von der 3-Monats-Bedingung befreit.
c-beneficiary = Minderjähriges Kind eines versicherten Elternteils, ohne Berufstätigkeit: mitversichert (ayant droit).

# $sex: female, male or other (unknown): French agrees with the person.
c-minor-alone = Minderjährig, ohne in Frankreich versicherten Elternteil im Haushalt: über den Wohnsitz selbst versichert.

# $sex: female, male or other (unknown): French agrees with the person.
c-minor-without-parent = Kein Elternteil im Haushalt: nicht über die Abstammung mitversichert; entscheidend ist die Situation des Vormunds (ein Kind in der Obhut einer versicherten Person kann bei ihr mitversichert werden). Bis dahin über den Wohnsitz selbst versichert, mit der 3-Monats-Bedingung.

# $sex: female, male or other (unknown): French agrees with the person.
c-minor-without-parent-enrolled = Kein Elternteil im Haushalt: nicht über die Abstammung mitversichert; entscheidend ist die Situation des Vormunds (ein Kind in der Obhut einer versicherten Person kann bei ihr mitversichert werden). Bis dahin über den Wohnsitz selbst versichert; als Schüler eingeschrieben, von der 3-Monats-Bedingung befreit.

# $sex: female, male or other (unknown): French agrees with the person.
c-posted-eu = Aus dem EWR oder der Schweiz mit A1 entsandt: bleibt im Versicherungssystem des Herkunftslandes; Behandlung in Frankreich über das bei der CPAM angemeldete S1.

# $sex: female, male or other (unknown): French agrees with the person.
c-posted-uk = Aus dem Vereinigten Königreich mit einer Bescheinigung über die anzuwendenden Rechtsvorschriften entsandt: wie eine Entsendung aus der EU behandelt (Anmeldung des S1).

# Conclusion of a rule in the explanation of a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
c-posted-home-scheme = Entsandt nach dem Abkommen { COUNTRY($country, form: "with") }, das die Krankenversicherung im Herkunftsland belässt: keine französische Versicherung.

# Conclusion of a rule in the explanation of a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
c-posted-home-scheme-assumed = Entsandt nach dem Abkommen { COUNTRY($country, form: "with") }, das die Krankenversicherung wahrscheinlich im Herkunftsland belässt (aus einer allgemeinen Angabe abgeleitet, mit der Kasse zu bestätigen): Es wird keine französische Versicherung angenommen.

# Conclusion of a rule in the explanation of a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
c-posted-scope-unverified = Entsandt { COUNTRY($country, form: "from") }: Ob das Abkommen die Krankenversicherung im Herkunftsland belässt, ist nicht geprüft; standardmäßig wird das System des Herkunftslandes angenommen, mit der Kasse zu bestätigen.

# Conclusion of a rule in the explanation of a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
c-posted-scope-unverified-french = Entsandt { COUNTRY($country, form: "from") }: Ob das Abkommen die Krankenversicherung im Herkunftsland belässt, ist nicht geprüft; nach der gewählten Einstellung gilt die französische Versicherungspflicht.

# Conclusion of a rule in the explanation of a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
c-posted-agreement-excludes-health = Entsandt nach dem Abkommen { COUNTRY($country, form: "with") }, das die Krankenversicherung nicht umfasst: für die Krankenversicherung in Frankreich über die Tätigkeit versichert.

# Conclusion of a rule in the explanation of a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
c-posted-no-certificate = Entsandt { COUNTRY($country, form: "from") } ohne Bescheinigung: Es gilt die französische Versicherungspflicht über die Tätigkeit.

# Conclusion of a rule in the explanation of a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
c-posted-no-agreement = Entsandt { COUNTRY($country, form: "from") }, ohne Sozialversicherungsabkommen mit Frankreich: französische Versicherungspflicht über die Tätigkeit.

# Conclusion of a rule in the explanation of a member.
# $months: a number of months
# $date: a date (written out by DATE)
c-posting-limit =
    Eine auf { $months ->
         [one] { $months } Monat
        *[other] { $months } Monate
    } begrenzte Entsendung darf bis zum { DATE($date) } dauern, letzter Tag eingeschlossen.

# $sex: female, male or other (unknown): French agrees with the person.
c-registration = Nie in Frankreich versichert: Erstanmeldung.

# $sex: female, male or other (unknown): French agrees with the person.
c-registration-assumed = Frühere Versicherung in Frankreich nicht angegeben: Es wird angenommen, dass die Person nie versichert war, also Erstanmeldung.

# $sex: female, male or other (unknown): French agrees with the person.
c-reactivation = Schon einmal in Frankreich versichert: Die Nummer gilt lebenslang, die Ansprüche werden wieder eröffnet.

# $sex: female, male or other (unknown): French agrees with the person.
c-reactivation-implied = Hat trotz Geburt im Ausland eine bestätigte Nummer, was eine frühere Versicherung voraussetzt: Wiedereröffnung.

# $sex: female, male or other (unknown): French agrees with the person.
c-reactivation-assumed = Frühere Versicherung in Frankreich nicht angegeben: Es wird angenommen (Einstellung), dass die Person schon versichert war, also Wiedereröffnung.

# $sex: female, male or other (unknown): French agrees with the person.
c-identification-required = Im Ausland geboren, keine französische Nummer, keine französische Staatsangehörigkeit: Identifizierung nötig (NIA von der CPAM, dann Bestätigung der Nummer durch SANDIA).
c-identification-under-way = Hat eine vorläufige Nummer (NIA): Die Identifizierung läuft, bis SANDIA die Nummer bestätigt.

# $sex: female, male or other (unknown): French agrees with the person.
c-no-identification-born-in-france = In Frankreich geboren: hat seit der Geburt eine Sozialversicherungsnummer, keine Identifizierung nötig.

# $sex: female, male or other (unknown): French agrees with the person.
c-no-identification-french =
    { $sex ->
         [female] Französin
        *[other] Franzose
    }, im Ausland geboren: Die Nummer kommt aus dem zentralen Personenstandsregister, keine Identifizierung durch SANDIA.
c-no-identification-has-nir = Hat bereits eine bestätigte Nummer: keine Identifizierung nötig.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
c-covered-from-activity = Versichert ab dem ersten Arbeitstag: { DATE($date) }.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
c-covered-from-s1 = Versichert ab Beginn der Entsendung (S1): { DATE($date) }.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
# $insured-sex: the sex of the worker followed or the person joined (female, male or other): the words for that second person agree with it.
c-covered-from-s1-family = Versichert ab dem späteren der beiden Daten: Ankunft oder Beginn des S1 der Arbeitskraft: { DATE($date) }.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
# $insured-sex: the sex of the worker followed or the person joined (female, male or other): the words for that second person agree with it.
c-covered-from-accompanying =
    Versichert ab dem späteren der beiden Daten: Ankunft oder Versicherungsbeginn { $insured-sex ->
         [female] der Partnerin
        *[other] des Partners
    }: { DATE($date) }.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
c-covered-from-accompanying-parent = Versichert ab dem späteren der beiden Daten: Ankunft oder Versicherungsbeginn des Elternteils: { DATE($date) }.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
c-covered-from-child = Versichert ab dem spätesten der Daten: Geburt, Ankunft oder Versicherungsbeginn des Elternteils: { DATE($date) }.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
c-covered-from-residence = Versichert ab dem Tag nach dem Ablauf von 3 Monaten seit der Ankunft (für Staatsangehörige außerhalb des EWR nicht vor Beginn der Gültigkeit des Aufenthaltstitels): { DATE($date) }.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
c-covered-from-student = Versichert ab der Ankunft (für Staatsangehörige außerhalb des EWR nicht vor Beginn der Gültigkeit des Aufenthaltstitels): { DATE($date) }.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
c-covered-from-arrival = Versichert ab der Ankunft: { DATE($date) }.
c-covered-from-unknown = Der erste Versicherungstag kann nicht bestimmt werden: Ein Datum, von dem er abhängt, fehlt.

# $sex: female, male or other (unknown): French agrees with the person.
c-attached-one = Dem versicherten Elternteil zugeordnet.

# $sex: female, male or other (unknown): French agrees with the person.
c-attached-one-assumed = Dem versicherten Elternteil zugeordnet (angenommene Eltern: die Hauptperson und ihr Partner).

# $sex: female, male or other (unknown): French agrees with the person.
c-attached-both = Beiden versicherten Elternteilen zugeordnet (double rattachement, empfohlen).

# $sex: female, male or other (unknown): French agrees with the person.
c-attached-both-assumed = Beiden versicherten Elternteilen zugeordnet (double rattachement; angenommene Eltern: die Hauptperson und ihr Partner).

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
c-under-sixteen =
    { $age ->
         [0] Unter einem Jahr
         [one] { $age } Jahr
        *[other] { $age } Jahre
    }: bei den Eltern mitversichert (ayant droit).

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
c-under-sixteen-one-parent =
    { $age ->
         [0] Unter einem Jahr
         [one] { $age } Jahr
        *[other] { $age } Jahre
    }: beim Elternteil mitversichert (ayant droit).

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
c-sixteen-may-request =
    { $age ->
         [0] Unter einem Jahr
         [one] { $age } Jahr
        *[other] { $age } Jahre
    }: bleibt mitversichert; kann (mit einfachem Schreiben) beantragen, ayant droit autonome zu werden.

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $sex: female, male or other (unknown): French agrees with the person.
c-pupil-stays-dependent =
    { $age ->
         [0] Unter einem Jahr
         [one] { $age } Jahr
        *[other] { $age } Jahre
    }, { $sex ->
         [female] Schülerin
        *[other] Schüler
    }: bleibt bei den Eltern mitversichert, außer bei einem Antrag auf Eigenständigkeit.

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $sex: female, male or other (unknown): French agrees with the person.
c-pupil-stays-dependent-one-parent =
    { $age ->
         [0] Unter einem Jahr
         [one] { $age } Jahr
        *[other] { $age } Jahre
    }, { $sex ->
         [female] Schülerin
        *[other] Schüler
    }: bleibt beim Elternteil mitversichert, außer bei einem Antrag auf Eigenständigkeit.

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $sex: female, male or other (unknown): French agrees with the person.
c-student-autonomous =
    { $age ->
         [0] Unter einem Jahr
         [one] { $age } Jahr
        *[other] { $age } Jahre
    }, { $sex ->
         [female] Studentin
        *[other] Student
    } (Hochschule): automatisch ayant droit autonome.

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
c-autonomy-requested =
    { $age ->
         [0] Unter einem Jahr
         [one] { $age } Jahr
        *[other] { $age } Jahre
    }, Eigenständigkeit beantragt: ayant droit autonome (eigene Erstattungen und eigenes ameli-Konto).

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
c-beneficiary-end-birthday = Die Mitversicherung endet am 18. Geburtstag, dem { DATE($date) }: eine Annahme (das Datum des Dekrets zu L160-2 wurde nicht gefunden); danach das Formular S1110 mit einem Konto auf den eigenen Namen einreichen.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
c-beneficiary-end-fixed = Die Mitversicherung endet am { DATE($date) }, dem per Einstellung gewählten Datum im Jahr des 18. Geburtstags; danach das Formular S1110 mit einem Konto auf den eigenen Namen einreichen.
c-child-milestones = Ab 12 Jahren kann ein Elternteil die Carte Vitale des Kindes online bestellen; mit 16 Jahren schickt die CPAM dem Kind das Formular für die Carte Vitale.

# $sex: female, male or other (unknown): French agrees with the person.
c-leap-day-last = Am 29. Februar geboren: In den anderen Jahren fällt der Geburtstag auf den 28. Februar.

# $sex: female, male or other (unknown): French agrees with the person.
c-leap-day-march = Am 29. Februar geboren: Nach der gewählten Einstellung fällt der Geburtstag in den anderen Jahren auf den 1. März.

# Conclusion of a rule in the explanation of a member.
# $fund: the name of the local fund, as is (e.g. "CPAM de Paris")
c-fund-residence = Die Unterlagen gehen an die Kasse des Wohnorts: { $fund }.

# Conclusion of a rule in the explanation of a member.
# $fund: the name of the local fund, as is (e.g. "CPAM de Paris")
c-fund-overseas = In den Überseegebieten gehen die Unterlagen an die örtliche allgemeine Sozialversicherungskasse: { $fund }.

# Conclusion of a rule in the explanation of a member.
# $fund: the name of the local fund, as is (e.g. "CPAM de Paris")
c-fund-mayotte = In Mayotte, wo es keine CGSS gibt, gehen die Unterlagen an die Caisse de sécurité sociale de Mayotte (CSSM): { $fund }.
c-fund-msa = Im französischen Mutterland sind landwirtschaftliche Arbeitnehmer und ihre Familie bei der MSA versichert, nicht bei der CPAM.

# Conclusion of a rule in the explanation of a member.
# $fund: the name of the local fund, as is (e.g. "CPAM de Paris")
c-fund-overseas-agricultural = In den Überseedepartements führt die MSA keine Krankenversicherung: Landwirtschaftliche Arbeitnehmer und ihre Familie wenden sich an die örtliche Kasse: { $fund }.
c-fund-talent-passport = Inhaber eines Talentpasses und ihre Familie: Die Unterlagen gehen an die CPAM de Paris.
c-fund-unknown = Keine Postleitzahl: Die Kasse des Wohnorts kann nicht genannt werden.
c-fund-unknown-agricultural = Keine Postleitzahl: Die Kasse eines landwirtschaftlichen Arbeitnehmers kann nicht genannt werden (die MSA im französischen Mutterland, die CGSS oder die CSSM in den Überseegebieten).
c-fund-own-scheme = Die Adresse liegt in einer Überseegebietskörperschaft mit eigenem System: Keine französische Kasse ist zuständig.

# $sex: female, male or other (unknown): French agrees with the person.
c-permit-required =
    { $sex ->
         [female] Staatsangehörige
        *[other] Staatsangehöriger
    } eines Landes außerhalb des EWR und der Schweiz: Ein Aufenthaltstitel ist erforderlich.
c-no-permit-minor = Von Minderjährigen wird nie ein Aufenthaltstitel verlangt.

# $sex: female, male or other (unknown): French agrees with the person.
c-inactive-eea =
    { $sex ->
         [female] Staatsangehörige
        *[other] Staatsangehöriger
    } des EWR oder der Schweiz ohne Berufstätigkeit: muss ausreichende Mittel und einen Krankenversicherungsschutz nachweisen.
c-translation = Personenstandsurkunden von außerhalb Frankreichs, des EWR und der Schweiz brauchen eine beglaubigte Übersetzung.
c-nir-checked = Die Sozialversicherungsnummer wurde geprüft (Aufbau, Schlüssel) und mit den Geburtsdaten verglichen.
c-legalisation-required = Ausländische Personenstandsurkunden müssen legalisiert oder mit Apostille versehen sein (Einstellung).
c-payroll-nir = Hat eine bestätigte NIR: Die Lohnbuchhaltung meldet sie in der DSN.
c-payroll-nia = Hat eine vorläufige Nummer (NIA): Die Lohnbuchhaltung meldet sie in der DSN, ohne Frist, bis zur bestätigten NIR.
c-payroll-ntt = Noch keine NIR oder NIA: Die Lohnbuchhaltung meldet eine vorläufige technische Nummer (NTT), für 3 Monate zulässig.

## Payroll
payroll-nir = Melden Sie die bestätigte NIR in der DSN. Wurde vorher eine NTT verwendet, geben Sie sie in der ersten DSN mit der NIR noch einmal an.
payroll-nia = Melden Sie die NIA in der DSN (ohne Frist verwendbar). Wenn die bestätigte NIR eintrifft, melden Sie diese; geben Sie eine frühere NTT in der ersten DSN mit der NIR noch einmal an.

# Payroll note (hr).
# $date: a date (written out by DATE)
payroll-ntt = Noch keine Nummer: Melden Sie eine NTT mit allen bekannten Geburtsangaben (für 3 Monate zulässig, bis zum { DATE($date) }). Wenn die NIR oder NIA eintrifft, melden Sie diese und geben Sie die NTT in der ersten DSN mit der Nummer noch einmal an.
payroll-ntt-no-start = Noch keine Nummer: Melden Sie eine NTT mit allen bekannten Geburtsangaben (für 3 Monate ab dem ersten Arbeitstag zulässig). Wenn die NIR oder NIA eintrifft, melden Sie diese und geben Sie die NTT in der ersten DSN mit der Nummer noch einmal an.

## Rules catalogue
rule-activity = Wer in Frankreich arbeitet (französischer Vertrag oder selbstständig), ist über die Tätigkeit versichert, ab der ersten Arbeitsstunde.
rule-registration-or-reactivation = Erstanmeldung, wenn nie in Frankreich versichert; Wiedereröffnung, wenn schon einmal versichert (oder bei bestätigter NIR einer im Ausland geborenen Person).
rule-identification = Identifizierung (NIA, dann bestätigte NIR) für im Ausland geborene Personen ohne Nummer, nie versichert, ohne französische Staatsangehörigkeit.
rule-accompanying-family = Familienangehörige, die zu einer versicherten Person ziehen oder sie begleiten, sind von der 3-Monats-Bedingung für den Wohnsitz befreit.
rule-accompanying-adult-child = Ein volljähriges Kind ohne Berufstätigkeit, das zu einem versicherten Elternteil zieht oder ihn begleitet, ist Familienangehöriger (keine Altersgrenze in D160-2; eine Annahme): eigener Antrag, keine 3 Monate Wartezeit.
rule-earliest-basis = Wer sich auf mehrere Grundlagen stützen kann, ist ab dem frühesten Datum versichert, das eine davon ergibt; bei Gleichstand gilt die Grundlage, die keinen Nachweis von 3 Monaten Wohnsitz verlangt.
rule-residence = Ohne Berufstätigkeit: Versicherung über den dauerhaften und rechtmäßigen Wohnsitz nach mehr als 3 Monaten.
rule-student = In einer Bildungseinrichtung eingeschriebene Personen sind von der 3-Monats-Bedingung befreit.
rule-inactive-eea = Nicht erwerbstätige Staatsangehörige des EWR und der Schweiz müssen ausreichende Mittel und einen Krankenversicherungsschutz nachweisen.
rule-adults-not-beneficiaries = Seit 2016 können nur minderjährige Kinder mitversichert sein; jede volljährige Person stellt ihren eigenen Antrag.
rule-posted-eu = Eine aus dem EWR, der Schweiz oder dem Vereinigten Königreich mit A1 entsandte Arbeitskraft bleibt im System des Herkunftslandes und meldet ein S1 an.
rule-posted-bilateral = Eine nach einem bilateralen Abkommen entsandte Arbeitskraft behält die Rechtsvorschriften des Herkunftslandes für die Zweige, die die Entsendeklausel umfasst (Tabelle je Abkommen).
rule-posted-bilateral-inferred = Ebenso, wenn der Umfang des Abkommens für die Krankenversicherung aus der allgemeinen Angabe der ACOSS abgeleitet oder unbekannt ist.
rule-posted-without-certificate = Eine Entsendung ohne Bescheinigung oder aus einem Land ohne Abkommen führt zur französischen Versicherungspflicht.
rule-posted-family = Die Familie einer entsandten Arbeitskraft folgt ihr, außer wenn sie selbst in Frankreich arbeitet.
rule-posting-limit = Eine auf N Monate begrenzte Entsendung darf bis zum Beginn plus N Monate minus einen Tag dauern; ein späteres Enddatum überschreitet die Höchstdauer.
rule-minor-beneficiary = Minderjährige Kinder ohne Berufstätigkeit mit rechtlicher Abstammung sind bei ihren versicherten Eltern mitversichert.
rule-minor-without-parent = Ein Minderjähriger ohne Elternteil im Haushalt ist über die Abstammung bei niemandem mitversichert: Die Situation des Vormunds wird erfragt; eine Befreiung von der 3-monatigen Wartezeit wird nicht angenommen.
rule-working-minor = Ein berufstätiger Minderjähriger (auch in Ausbildung) ist selbst versichert.
rule-dependent-status = Der Status des Kindes: mitversichert, eigenständig mitversichert (ab 16, Studierende automatisch) oder selbst versichert.
rule-autonomy-before16 = Ein Antrag auf Eigenständigkeit vor 16 Jahren ist nicht möglich: Er wird mit einem Hinweis nicht berücksichtigt.
rule-attachment = Kinder werden jedem versicherten Elternteil zugeordnet (double rattachement); das S3705 reicht ein Elternteil ein.
rule-filiation = Die Mitversicherung folgt der rechtlichen Abstammung, nicht der Zugehörigkeit zum Haushalt.
rule-beneficiary-end = Wann die Mitversicherung endet (Einstellung: standardmäßig am 18. Geburtstag).
rule-child-milestones = Carte Vitale ab 12 Jahren bestellbar, eigene Karte mit 16, Volljährigkeit mit 18.
rule-leap-day = Ein Geburtstag am 29. Februar fällt in den anderen Jahren auf den 28. Februar (Einstellung).
rule-covered-from = Der erste Versicherungstag, je nach Grundlage.
rule-fund = Die Kasse: CPAM des Wohnorts, CGSS in den Überseedepartements (CSSM in Mayotte), MSA für landwirtschaftliche Arbeitnehmer im französischen Mutterland.
rule-fund-talent-passport = Inhaber eines Talentpasses und ihre Familie reichen die Unterlagen bei der CPAM de Paris ein.
rule-permit = Ein Aufenthaltstitel für Volljährige von außerhalb des EWR und der Schweiz; nie für Minderjährige.
rule-vls-ts = Ein Visum für einen langfristigen Aufenthalt muss innerhalb von 3 Monaten nach der Einreise online validiert werden.
rule-documents = Die zu sammelnden Dokumente, je nach Situation.
rule-translation = Beglaubigte Übersetzung der Personenstandsurkunden, die außerhalb Frankreichs, des EWR und der Schweiz ausgestellt wurden (Einstellung); die Urkunde über die Verbindung ist ein gemeinsames Dokument des Paares: entscheidend ist das Land der Verbindung, bei einem der beiden Partner angegeben.
rule-legalisation = Legalisation oder Apostille wird nicht verlangt, nur vermerkt (Einstellung).
rule-steps = Die Schritte des Verfahrens für jede Art der Versicherung.
rule-payroll = Die Kennung in der DSN: NIR, NIA oder NTT (für 3 Monate zulässig).
rule-nir-check = Eine angegebene NIR wird geprüft (Aufbau, Schlüssel) und mit den Geburtsdaten verglichen; eine Abweichung ergibt einen Hinweis.

## Human report

# Report heading or label.
# $date: a date (written out by DATE)
ui-title = Französische Krankenversicherung: Beurteilung zum { DATE($date) }

# Report heading or label.
# $version: the secu version, e.g. 0.1.0
# $rules: the date of the rules (a date)
ui-rules = secu { $version }, Regeln vom { $rules }

# Report heading or label.
# $policies: the names of the policies, comma-separated
ui-policies = Von den Standardwerten abweichende Einstellungen: { $policies }

# Report heading or label.
# $age: the person's age in whole years (a number; 0 for a baby under one)
ui-age =
    { $age ->
         [0] unter einem Jahr
         [one] { $age } Jahr alt
        *[other] { $age } Jahre alt
    }
ui-age-one-year = 1 Jahr alt
ui-age-one-month = 1 Monat alt

# Report heading or label.
# $months: a number of months
ui-age-months =
    { $months ->
         [0] unter einem Monat
         [one] { $months } Monat alt
        *[other] { $months } Monate alt
    }
ui-affiliation = Versicherung
ui-basis = Grundlage

# $sex: female, male or other (unknown): French agrees with the person.
ui-covered-from = Versichert ab
ui-unknown = unbekannt
ui-fund = Unterlagen an
ui-child-status = Status des Kindes

# $sex: female, male or other (unknown): French agrees with the person.
ui-attached-to = Zugeordnet zu
ui-identification = Identifizierung
ui-identification-yes = nötig: vorläufige Nummer (NIA), dann bestätigte Nummer (SANDIA)
ui-why = Begründung
ui-documents = Zu sammelnde Dokumente
ui-group-forms = Formulare
ui-group-identity = Identität und Personenstand
ui-group-proofs = Nachweise
ui-group-payment = Bank und Carte Vitale
ui-one-of = eines davon
ui-translation = braucht eine beglaubigte Übersetzung ins Französische
ui-covers = gilt für
ui-for-children = für
ui-steps = Schritte

# Report heading or label.
# $date: a date (written out by DATE)
ui-expected-by = erwartet bis zum { DATE($date) }
ui-milestones = Kommende Termine
ui-payroll = Lohnabrechnung (DSN)
ui-dsn-identifier = Melden
ui-ntt-suggestion = Vorgeschlagene NTT
ui-warnings = Zu beachten
ui-none = keine
ui-nothing-to-do = In Frankreich ist nichts einzureichen.
ui-sources = Quellen
# Report (both audiences): heading of the household summary that opens the document.
ui-summary = Übersicht für den Haushalt
# Household summary: label of the fund the file goes to (its name follows).
ui-send-to = Unterlagen senden an
# Household summary: heading of the first steps still to do, each followed by whom it is for.
ui-first-actions = Erste Schritte
# Household summary: heading of the dates to know (coverage, deadlines, the next twelve months' milestones).
ui-key-dates = Wichtige Termine
# Household summary, key dates: the day health cover starts (followed by the names).
ui-coverage-starts = Beginn des Krankenversicherungsschutzes
# Family's document: the name of a member given without a label, by their place in the household.
# $number: 1, 2…
ui-person = Person { $number }
# Family's document: heading of the points of attention that are the same for every member, said once.
ui-household-warnings = Zu beachten für den ganzen Haushalt
# Family's document: stands for the list of names when a line concerns every member of the household.
ui-whole-household = alle Haushaltsmitglieder
# Case history: an entry erased (GDPR).
ui-hist-redacted = (gelöscht)
# Case history: a number that does not parse.
ui-hist-invalid-number = (ungültige Nummer)
# Case history: a correction. $seq: the entry it voids; $reason: as typed.
ui-hist-voids = hebt Nr. { $seq } auf: { $reason }
# Case history: a permit renewed. $permit: its code; $from: a date (written out).
ui-hist-permit = { $permit } ab { $from }
# Case history: a permit renewed. $permit: its code; $from, $until: dates (written out).
ui-hist-permit-until = { $permit } vom { $from } bis { $until }
# Case history: after an entry a correction voided (a fragment: keep its leading space). $seq: the correction.
ui-hist-voided-by = {" "}[aufgehoben durch Nr. { $seq }]
# Case history: when the entry was recorded. $at: the recording time, its date written out and the time (HH:MM).
ui-hist-recorded = (erfasst am { $at })
# Case status, list and history: a date alone (a step done, a deadline, an entry of the log).
# $date: a date (written out by DATE)
ui-date = { DATE($date) }
# Between the items of a list of names or things in a line (", " in English; "、" in Chinese, "، " in Arabic).
ui-list-sep = ,{" "}
# Between the items of a list of longer phrases ("; " in English; French with a no-break space before ";").
ui-list-semicolon = ;{" "}
# Between a label and its value in a line (": " in English; French with a no-break space before ":"; "：" in Chinese).
ui-colon = :{" "}
nir-valid = gültige Sozialversicherungsnummer (NIR oder NIA)
nir-valid-without-key = gültiger Aufbau, ohne Schlüssel angegeben
nir-legacy-nnp = eine alte vorläufige Nummer (NNP), keine NIR: seit 2022 durch die NIA ersetzt
nir-legacy-mig = eine vorläufige Nummer für vorübergehend anwesende Migranten (MIG), keine NIR
nir-invalid = keine gültige Sozialversicherungsnummer
nir-why = Begründung
nir-sex = Geschlecht
nir-female = weiblich (2)
nir-male = männlich (1)
nir-year = Geburtsjahr
nir-month = Geburtsmonat
nir-pseudo-month = Pseudo-Monat: Monat unbekannt
nir-place = Geburtsort
nir-abroad = Ausland:
nir-department = Departement
nir-commune = Gemeinde
nir-historical = 91–96 kann auch Algerien, Marokko oder Tunesien vor der Unabhängigkeit bedeuten
nir-order = laufende Nummer
nir-key-expected = Schlüssel
nir-key-given = angegeben:

## Input errors (decoding, validation, the CLI's own messages)
err-standard-input = Standardeingabe
err-standard-output = Standardausgabe

# Error message (lowercase, no final period; fragments are joined).
# $limit: a number (a limit)
err-input-too-large = größer als die Grenze von { $limit } Bytes: abgelehnt (erhöhen Sie sie mit --max-input-bytes)

# Error message (lowercase, no final period; fragments are joined).
# $count: a number
err-more-problems =
    … und { $count ->
         [one] { $count } weiteres Problem
        *[other] { $count } weitere Probleme
    }
err-no-as-of = kein Beurteilungsdatum: Geben Sie „as_of“ im Haushalt oder als Option an

# Error message (lowercase, no final period; fragments are joined).
# $byte: a byte offset (a number)
err-not-utf8 = die Eingabe ist kein gültiges UTF-8 (Byte { $byte })

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $line: a line number
# $column: a column number
err-malformed-json = fehlerhaftes JSON in Zeile { $line }, Spalte { $column }:{" "}

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $line: a line number
# $column: a column number
err-at-line = Zeile { $line }, Spalte { $column }:{" "}

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): the text ends inside a list [ ].
err-json-eof-list = Text endet innerhalb einer Liste

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): the text ends inside an object { }.
err-json-eof-object = Text endet innerhalb eines Objekts

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): the text ends inside a quoted string.
err-json-eof-string = Text endet innerhalb einer Zeichenkette

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): the text ends where a value was expected (e.g. an empty file).
err-json-eof-value = Text endet, wo ein Wert erwartet wurde

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a colon was expected after a key.
err-json-expected-colon = „:“ erwartet

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a comma or the end of the list was expected.
err-json-expected-list-comma = „,“ oder „]“ erwartet

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a comma or the end of the object was expected.
err-json-expected-object-comma = „,“ oder „{"}"}“ erwartet

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a word like true, false or null was misspelt.
err-json-expected-ident = true, false oder null erwartet

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): no valid value here (e.g. a word without quotes).
err-json-expected-value = Wert erwartet

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a key must start with a double quote.
err-json-expected-quote = Anführungszeichen „"“ erwartet

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a backslash sequence in a string is not valid.
err-json-invalid-escape = ungültige Escape-Sequenz

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a number is badly written.
err-json-invalid-number = ungültige Zahl

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a number too large.
err-json-number-out-of-range = Zahl außerhalb des Bereichs

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a \u escape names no character.
err-json-invalid-code-point = ungültiger Unicode-Codepunkt

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a raw control character (e.g. a tab or a line break) inside a quoted string.
err-json-control-character = Steuerzeichen (\u0000-\u001F) in einer Zeichenkette

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): an object key without double quotes.
err-json-key-must-be-string = ein Schlüssel muss eine Zeichenkette in Anführungszeichen sein

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a comma before ] or }.
err-json-trailing-comma = überzähliges Komma

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): text after the end of the document.
err-json-trailing-characters = überzählige Zeichen nach dem Ende des Dokuments

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): lists or objects nested too deeply.
err-json-recursion-limit = zu tief verschachtelt

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a \u escape with fewer than four hex digits.
err-json-hex-escape-end = unvollständige \u-Sequenz

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a \u escape with half of a character pair.
err-json-lone-surrogate = einzelnes führendes Surrogat in einer \u-Sequenz

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): any other JSON error (generic).
err-json-other = ungültiges JSON

# Error message (lowercase, no final period; fragments are joined).
# $field: a field name or the mismatching item, as written in the input
err-duplicate-field = Feld „{ $field }“ doppelt angegeben

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
# $expected: what was expected
err-newer-format = „{ $found }“ ist neuer, als diese Version von secu versteht ({ $expected }): Aktualisieren Sie secu

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
# $expected: what was expected
err-unknown-format = unbekanntes Format „{ $found }“: erwartet „{ $expected }“

# Error message (lowercase, no final period; fragments are joined).
# $field: a field name or the mismatching item, as written in the input
# $suggestion: the closest known value
err-unknown-field-did-you-mean = unbekanntes Feld „{ $field }“; meinten Sie „{ $suggestion }“?

# Error message (lowercase, no final period; fragments are joined).
# $field: a field name or the mismatching item, as written in the input
# $known: the known values, comma-separated
err-unknown-field-known = unbekanntes Feld „{ $field }“; bekannte Felder: { $known }

# Error message (lowercase, no final period; fragments are joined).
# $field: a field name or the mismatching item, as written in the input
err-missing-field = Pflichtfeld „{ $field }“ fehlt

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-string = Zeichenkette erwartet, gefunden: { $found }

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-bool = true oder false erwartet, gefunden: { $found }

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-date = Datum „YYYY-MM-DD“ erwartet, gefunden: { $found }

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-object = Objekt erwartet, gefunden: { $found }

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-members = Liste von Mitgliedern erwartet, gefunden: { $found }

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-member-id = Kennung eines Mitglieds (Zeichenkette) erwartet, gefunden: { $found }

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-member-ids = Liste von Kennungen der Mitglieder erwartet, gefunden: { $found }

# Error message (lowercase, no final period; fragments are joined).
# $value: the value given, as typed
err-no-such-date = das Datum „{ $value }“ gibt es nicht

# Error message (lowercase, no final period; fragments are joined).
# $value: the value given, as typed
err-date-shape = ungültiges Datum „{ $value }“: erwartet YYYY-MM-DD

# Error message (lowercase, no final period; fragments are joined).
# $value: the value given, as typed
# $years: the accepted range of years
err-date-years = Datum „{ $value }“ außerhalb der Jahre { $years }

# Error message (lowercase, no final period; fragments are joined).
# $value: the value given, as typed
err-unknown-country = unbekannter Ländercode { $value }

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-country = Ländercode erwartet (ISO 3166-1 Alpha-2, „XK“ oder „CA-QC“), gefunden: { $found }

# Error message (lowercase, no final period; fragments are joined).
# $value: the value given, as typed
err-unknown-value = unbekannter Wert „{ $value }“

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $suggestion: the closest known value
err-did-you-mean = ; meinten Sie „{ $suggestion }“?

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $choices: the accepted values, comma-separated
err-expected-one-of = {" "}(erwartet wird einer dieser Werte: { $choices })

# Error message (lowercase, no final period; fragments are joined).
# $count: a number
# $limit: a number (a limit)
err-too-many-members = { $count } Mitglieder: mehr als die Grenze von { $limit }
err-no-members = ein Haushalt braucht mindestens ein Mitglied
err-several-primaries = nur ein Mitglied kann die Hauptperson sein
err-no-primary = kein Mitglied hat die Beziehung „primary“

# Error message (lowercase, no final period; fragments are joined).
# $length: a number of characters
err-id-length = eine Kennung hat 1 bis 64 Zeichen, gefunden: { $length }

# Error message (lowercase, no final period; fragments are joined).
# $id: a member id
# $other: where the same id appears (a JSON path)
err-duplicate-id = doppelte Kennung „{ $id }“ (auch { $other })

# Error message (lowercase, no final period; fragments are joined).
# $birth: a date, quoted as typed (YYYY-MM-DD)
# $as-of: a date, quoted as typed (YYYY-MM-DD)
err-birth-after-as-of = das Geburtsdatum { $birth } liegt nach dem Beurteilungsdatum { $as-of }
err-union-country-not-partner = union_country gilt nur für einen Ehe- oder Lebenspartner
err-nir-status-without-nir = nir_status ist angegeben, nir aber nicht
err-nia-issued-without-nir = nia_issued_on ist angegeben, nir aber nicht
err-nia-issued-not-provisional = nia_issued_on setzt nir_status „provisional“ voraus

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
err-nia-before-birth = NIA am { $date } erteilt, vor dem Geburtsdatum

# Error message (lowercase, no final period; fragments are joined).
# $key: the two-digit key
err-nir-without-key-rejected = 13 Zeichen ohne Schlüssel (Einstellung nir_without_key = reject); der Schlüssel wäre { $key }
err-posting-missing = eine entsandte Arbeitskraft braucht Angaben zur Entsendung (from_country, certificate, end_date)

# Error message (lowercase, no final period; fragments are joined).
# $kind: an activity kind code
err-posting-not-posted = Angaben zur Entsendung gelten für die Art „posted“, nicht „{ $kind }“

# Error message (lowercase, no final period; fragments are joined).
# $end: a date, quoted as typed (YYYY-MM-DD)
# $start: a date, quoted as typed (YYYY-MM-DD)
err-posting-reversed = die Entsendung endet am { $end }, vor ihrem Beginn am { $start }

# Error message (lowercase, no final period; fragments are joined).
# $max: a number (the maximum)
# $length: a number of characters
err-payroll-id-length = eine Personalnummer hat 1 bis { $max } Zeichen, damit sie in eine NTT passt, gefunden: { $length }

# Error message (lowercase, no final period; fragments are joined).
# $character: the character, quoted
err-payroll-id-character = das Zeichen { $character } darf in einer NTT nicht vorkommen (nur Buchstaben und Ziffern)

# Error message (lowercase, no final period; fragments are joined).
# $until: a date, quoted as typed (YYYY-MM-DD)
# $from: a date, quoted as typed (YYYY-MM-DD)
err-permit-reversed = Aufenthaltstitel gültig bis { $until }, vor Beginn seiner Gültigkeit am { $from }

# Error message (lowercase, no final period; fragments are joined).
# $relationship: a relationship code
err-parents-not-child = Eltern werden nur für Kinder angegeben, nicht für „{ $relationship }“

# Error message (lowercase, no final period; fragments are joined).
# $count: a number
err-too-many-parents = ein Kind hat höchstens zwei rechtliche Eltern, gefunden: { $count }

# Error message (lowercase, no final period; fragments are joined).
# $parent: a member id
err-parent-twice = Elternteil „{ $parent }“ ist doppelt angegeben

# Error message (lowercase, no final period; fragments are joined).
# $id: a member id
err-unknown-parent = kein Mitglied hat die Kennung „{ $id }“
err-own-parent = ein Kind kann nicht sein eigener Elternteil sein

# Error message (lowercase, no final period; fragments are joined).
# $parent: a member id
# $path: a JSON path, e.g. members[1]
err-parent-not-adult = Elternteil „{ $parent }“ ist nicht volljährig ({ $path })

# Error message (lowercase, no final period; fragments are joined).
# $parent: a member id
# $path: a JSON path, e.g. members[1]
err-parent-ref = Elternteil „{ $parent }“ ({ $path })

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $parent-birth: a date, quoted as typed (YYYY-MM-DD)
# $child-birth: a date, quoted as typed (YYYY-MM-DD)
err-parent-born-after-child = {" "}ist am { $parent-birth } geboren, nicht vor dem Kind (geboren am { $child-birth })

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $min: a minimum age (a number)
err-parent-too-young =
    {" "}wäre bei der Geburt des Kindes { $age ->
         [one] { $age } Jahr
        *[other] { $age } Jahre
    } alt gewesen (mindestens { $min })

# Error message (lowercase, no final period; fragments are joined).
# $start: a date, quoted as typed (YYYY-MM-DD)
# $birth: a date, quoted as typed (YYYY-MM-DD)
err-activity-before-birth = die Tätigkeit beginnt am { $start }, vor dem Geburtsdatum { $birth }

# Error message (lowercase, no final period; fragments are joined).
# $end: a date, quoted as typed (YYYY-MM-DD)
# $birth: a date, quoted as typed (YYYY-MM-DD)
err-posting-before-birth = die Entsendung endet am { $end }, vor dem Geburtsdatum { $birth }

# Error message (lowercase, no final period; fragments are joined).
# $policy: a policy name
# $problem: what is wrong (a text)
err-policy-out-of-range = Einstellung { $policy }: { $problem }

# Error message (lowercase, no final period; fragments are joined).
# $length: a number of characters
err-siren-length = 9 Ziffern erwartet, gefunden: { $length }

# Error message (lowercase, no final period; fragments are joined).
# $character: the character, quoted
# $position: its position (a number)
err-siren-character = ungültiges Zeichen { $character } an Position { $position }: eine SIREN hat nur Ziffern

# Error message (lowercase, no final period; fragments are joined).
# $expected: what was expected
# $found: what was found, quoted from the input or its JSON kind
err-siren-key = ungültige Prüfziffer: erwartet { $expected }, gefunden { $found } (Luhn-Schlüssel)

# Error message (lowercase, no final period; fragments are joined).
# $postcode: a value, as is
err-postcode-malformed = ungültige Postleitzahl { $postcode }: 5 Ziffern erwartet

# Error message (lowercase, no final period; fragments are joined).
# $postcode: a value, as is
err-postcode-monaco = die Postleitzahl { $postcode } liegt in Monaco, nicht in Frankreich

# Error message (lowercase, no final period; fragments are joined).
# $postcode: a value, as is
err-postcode-unknown = die Postleitzahl { $postcode } gehört zu keinem französischen Departement

# Error message (lowercase, no final period; fragments are joined).
# $length: a number of characters
err-nir-length = 13 oder 15 Zeichen erwartet, gefunden: { $length }

# Error message (lowercase, no final period; fragments are joined).
# $character: the character, quoted
# $position: its position (a number)
err-nir-character = ungültiges Zeichen { $character } an Position { $position }

# Error message (lowercase, no final period; fragments are joined).
# $digit: the digit found
err-nir-sex = ungültige Geschlechtsziffer '{ $digit }': muss 1 (männlich) oder 2 (weiblich) sein
err-nir-legacy-nnp = alte vorläufige Nummer (NNP, numéro national provisoire), keine NIR: Diese Nummern wurden durch die NIA ersetzt und gelten seit dem 31. Dezember 2022 offiziell nicht mehr
err-nir-legacy-mig = alte vorläufige Nummer (MIG, migrant de passage: für vorübergehend anwesende Personen), keine NIR: Diese Nummer hat keinen Schlüssel und wird nicht angenommen, wo eine NIR oder NIA erwartet wird

# Error message (lowercase, no final period; fragments are joined).
# $month: a month number
err-nir-month = ungültiger Monat '{ $month }': muss 01–12 oder ein Pseudo-Monat 20–99 sein

# Error message (lowercase, no final period; fragments are joined).
# $department: the department code found
err-nir-department = ungültiges Departement '{ $department }': muss 01–99, 2A oder 2B sein

# Error message (lowercase, no final period; fragments are joined).
# $order: the order number found
err-nir-order = ungültige laufende Nummer '{ $order }': muss 001–999 sein

# Error message (lowercase, no final period; fragments are joined).
# $expected: what was expected
# $found: what was found, quoted from the input or its JSON kind
err-nir-key = ungültiger Schlüssel: erwartet { $expected }, gefunden { $found }
kind-null = null
kind-bool = ein Wahrheitswert
kind-number = eine Zahl
kind-string = eine Zeichenkette
kind-array = eine Liste
kind-object = ein Objekt

## Case and policy errors (issue 10, item 15: they follow --lang)

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-policy-assignment = NAME=WERT erwartet, gefunden: „{ $found }“

# Error message (lowercase, no final period; fragments are joined).
# $policy: a policy name
err-policy-unknown = unbekannte Einstellung „{ $policy }“

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $known: the known values, comma-separated
err-policy-known = ; bekannt: { $known }

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $policy: a policy name
err-policy-prefix = Einstellung { $policy }:{" "}

# Error message (lowercase, no final period; fragments are joined).
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $max: a number (the maximum)
err-policy-age = Alter { $age } außerhalb des Bereichs: erwartet 0 bis { $max } (die Erklärung wird von jeder volljährigen Person verlangt, Entscheidung 8)

# Error message (lowercase, no final period; fragments are joined).
# $month: a month number
err-policy-month = Monat { $month } außerhalb des Bereichs: erwartet 1 bis 12

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $day: a day number
# $month: a month number
err-policy-day = Tag { $day } außerhalb des Bereichs für Monat { $month }:{" "}

# Error message (lowercase, no final period; fragments are joined).
# $max: a number (the maximum)
err-policy-day-range = erwartet 1 bis { $max }

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $event: an event code
# $code: a refusal code
err-refused = { $event } abgelehnt ({ $code }):{" "}

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $events: event codes or a count of events (a text)
err-allowed-now = ; jetzt möglich: { $events }

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
err-allowed-nothing = ; jetzt möglich: nichts

# Error message (lowercase, no final period; fragments are joined).
# $stage: the stage reached (a text)
# $track: the procedure track (a text)
err-not-allowed-now = in diesem Stadium nicht möglich: { $stage } (Verfahren: { $track })

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $date: a date, quoted as typed (YYYY-MM-DD)
err-dated-before = mit Datum { $date }, vor{" "}

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
err-before-submission = der Einreichung der Unterlagen ({ $date })

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
err-before-nia = der vorläufigen Nummer (NIA) ({ $date })

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
err-before-clock-end = dem Ende der 3 Monate, die die NIA für das Einsenden der Personenstandsurkunde lässt (R114-7 III) ({ $date })

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
err-before-notice-end = dem Ende der 3 Monate der förmlichen Aufforderung (mise en demeure, R114-7 III) ({ $date })

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
err-before-certification = der bestätigten Nummer oder der Wiedereröffnung der Ansprüche (Entscheidung 9) ({ $date })

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
err-before-last-event = einem bereits erfassten Ereignis ({ $date }): Ereignisse werden in zeitlicher Reihenfolge erfasst

# Error message (lowercase, no final period; fragments are joined).
# $document: a document kind code
err-not-in-checklist = { $document } steht nicht auf der Liste dieses Mitglieds

# Error message (lowercase, no final period; fragments are joined).
# $document: a document kind code
err-doc-not-received = { $document } ist nicht eingegangen

# Error message (lowercase, no final period; fragments are joined).
# $document: a document kind code
err-doc-already-received = { $document } ist bereits eingegangen
err-reason-required = eine Begründung ist erforderlich
err-nothing-received = es ist kein Dokument eingegangen
err-checklist-complete = alle Dokumente sind eingegangen

# Error message (lowercase, no final period; fragments are joined).
# $documents: document kind codes, comma-separated
err-documents-missing = noch fehlende Dokumente: { $documents }
err-no-nia = keine Bestätigung vor einer vorläufigen Nummer (NIA)
err-civil-status-missing = SANDIA bestätigt anhand der Personenstandsurkunde, die bei der Kasse noch nicht eingegangen ist

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
err-number-invalid = die Nummer ist nicht gültig:{" "}
err-civil-status-received = die Personenstandsurkunde ist bereits eingegangen
err-no-formal-notice = Leistungen werden erst nach einer förmlichen Aufforderung (mise en demeure) ausgesetzt (R114-7 III)

# Error message (lowercase, no final period; fragments are joined).
# $min: a minimum age (a number)
# $age: the person's age in whole years (a number; 0 for a baby under one)
err-too-young = erst ab { $min } Jahren (das Mitglied ist { $age })

# Error message (lowercase, no final period; fragments are joined).
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $step: a step code
err-step-not-applicable =
    kein Schritt dieses Mitglieds im Alter von { $age ->
         [one] { $age } Jahr
        *[other] { $age } Jahren
    } ({ $step }: domain §7)

# Error message (lowercase, no final period; fragments are joined).
# $age: the person's age in whole years (a number; 0 for a baby under one)
err-own-coverage-too-young = erst ab 18 Jahren oder ab dem ersten Tag einer Berufstätigkeit (das Mitglied ist { $age })
err-card-settled = eine neue Carte Vitale wurde bereits bestellt oder erhalten, oder die alte wurde als gültig angegeben
err-no-ameli = die Bescheinigung kommt aus dem ameli-Konto: Eröffnen Sie es zuerst

# Error message (lowercase, no final period; fragments are joined).
# $member: a member id
err-no-track = Mitglied „{ $member }“ hat kein französisches Verfahren (Versicherung none)

# Error message (lowercase, no final period; fragments are joined).
# $id: a member id
err-no-member-id = kein Mitglied hat die Kennung „{ $id }“

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
# $last: the date of an event already recorded (ISO)
err-household-out-of-order = mit Datum { $date }, vor einem bereits erfassten Ereignis ({ $last }): Ereignisse werden in zeitlicher Reihenfolge erfasst

# Error message (lowercase, no final period; fragments are joined).
# $member: a member id
# $stage: the stage reached (a text)
err-track-in-progress = die Korrektur beendet das Verfahren von „{ $member }“, das bereits in diesem Stadium ist: { $stage }; ziehen Sie es zuerst zurück

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $member: a member id
err-unknown-case-member = kein Mitglied „{ $member }“ im Haushalt;{" "}

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $suggestion: the closest known value
err-case-did-you-mean = meinten Sie „{ $suggestion }“?{" "}

# Error message (lowercase, no final period; fragments are joined).
# $members: member ids, comma-separated
err-case-members = Mitglieder: { $members }

# Error message (lowercase, no final period; fragments are joined).
# $member: a member id
err-member-redacted = Mitglied „{ $member }“ wurde geschwärzt: Für diese Person wird nichts mehr erfasst

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
# $today: a date, quoted as typed (YYYY-MM-DD)
err-future-date = das Ereignis hat das Datum { $date }, nach dem Tag seiner Erfassung ({ $today }): Erfassen Sie es, wenn es stattgefunden hat
err-empty-line = leere Zeile: ein Haushalt erwartet (ein JSON-Objekt)

# Error message (lowercase, no final period; fragments are joined).
# $limit: a number (a limit)
err-line-too-long = Zeile länger als die Grenze von { $limit } Bytes (erhöhen Sie sie mit --max-line-bytes); die Zeile wurde übersprungen

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
# $opened: a date, quoted as typed (YYYY-MM-DD)
err-before-opening = das Ereignis hat das Datum { $date }, vor der Eröffnung des Vorgangs ({ $opened }): Was vorher geschah, gehört zum Haushalt (eine vorhandene Nummer, eine frühere Versicherung)

# Error message (lowercase, no final period; fragments are joined).
# $members: member ids, comma-separated
err-members-dropped = der korrigierte Haushalt lässt Mitglieder mit Ereignissen weg: { $members } (eine Korrektur behält ihre Kennungen; sind das die Unterlagen einer anderen Familie?)

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $voided: the entry number the correction voids
# $seq: an entry number of the case file
err-correction-breaks = ohne seq { $voided } würde seq { $seq } abgelehnt (
err-void-later-first = ): Heben Sie zuerst die späteren Ereignisse auf

# Error message (lowercase, no final period; fragments are joined).
# $member: a member id
err-redact-unknown = kein Mitglied „{ $member }“ in diesem Vorgang
err-fully-redacted = alle Mitglieder wurden geschwärzt: Es gibt nichts nachzuspielen

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $code: a refusal code
err-refused-on-replay = beim Nachspielen abgelehnt ({ $code }):{" "}
err-household-mismatch = der Haushalt passt nicht zu household_commitment: Er wurde nach dem Anlegen des Vorgangs geändert

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $seq: an entry number of the case file
err-seq-not-first = seq { $seq } statt 1:{" "}

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $seq: an entry number of the case file
# $previous: the entry number before
err-seq-follows = seq { $seq } folgt auf { $previous }:{" "}
err-entries-reordered = Einträge wurden umgestellt oder verdoppelt

# Error message (lowercase, no final period; fragments are joined).
# $seq: an entry number of the case file
err-entries-reordered-later = Einträge wurden umgestellt (seq { $seq } kommt später)

# Error message (lowercase, no final period; fragments are joined).
# $seq: an entry number of the case file
err-entry-deleted = ein Eintrag wurde gelöscht (seq { $seq } fehlt)
err-anchor-mismatch = prev passt nicht zum Anker des Vorgangs: Der Kopf (rules_version, created_at, opened_on, policies oder household_commitment) wurde geändert
err-chain-broken = prev passt nicht zum Digest des vorherigen Eintrags: Vor diesem wurde ein Eintrag eingefügt, gelöscht oder ersetzt
err-digest-mismatch = Digest stimmt nicht überein: Der Eintrag wurde nach seiner Erfassung geändert

# Error message (lowercase, no final period; fragments are joined).
# $byte: a byte offset (a number)
err-case-not-utf8 = die Datei ist kein gültiges UTF-8 (Byte { $byte })
err-case-not-object = eine Vorgangsdatei ist ein JSON-Objekt

# Error message (lowercase, no final period; fragments are joined).
# $expected: what was expected
err-case-no-format = Feld „format“ fehlt: keine Vorgangsdatei von secu (erwartet „{ $expected }“)

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
# $expected: what was expected
err-case-unknown-format = unbekanntes Format „{ $found }“: erwartet „{ $expected }“

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
# $expected: what was expected
err-case-newer-format = „{ $found }“ ist neuer, als diese Version von secu lesen kann ({ $expected }): Aktualisieren Sie secu

# Error message (lowercase, no final period; fragments are joined).
# $field: a field name or the mismatching item, as written in the input
err-case-unknown-field = unbekanntes Feld „{ $field }“

# Error message (lowercase, no final period; fragments are joined).
# $field: a field name or the mismatching item, as written in the input
err-case-missing-field = Feld „{ $field }“ fehlt
err-case-expected-string = Zeichenkette erwartet
err-case-timestamp = Zeitstempel nach RFC 3339 erwartet (2026-11-27T10:15:00Z)
err-case-expected-date = Datum „YYYY-MM-DD“ erwartet

# Error message (lowercase, no final period; fragments are joined).
# $value: the value given, as typed
err-case-invalid-date = ungültiges Datum „{ $value }“: ein existierendes Datum YYYY-MM-DD erwartet

# Error message (lowercase, no final period; fragments are joined).
# $seq: an entry number of the case file
err-seq-unknown = seq { $seq } ist kein früherer Eintrag des Protokolls

# Error message (lowercase, no final period; fragments are joined).
# $seq: an entry number of the case file
err-seq-is-correction = seq { $seq } ist eine Korrektur: Eine Korrektur hebt ein Ereignis auf, keine andere Korrektur

# Error message (lowercase, no final period; fragments are joined).
# $seq: an entry number of the case file
err-seq-other-member = seq { $seq } ist ein Ereignis eines anderen Mitglieds: Eine Korrektur hebt nur ein Ereignis desselben Mitglieds auf

# Error message (lowercase, no final period; fragments are joined).
# $seq: an entry number of the case file
# $correction: the entry number of the correction
err-seq-already-voided = seq { $seq } ist bereits durch seq { $correction } aufgehoben

# Error message (lowercase, no final period; fragments are joined).
# $member: a member id
err-member-mismatch = member_added wird für das neue Mitglied erfasst: Mitglied „{ $member }“ erwartet

# Error message (lowercase, no final period; fragments are joined).
# $member: a member id
err-duplicate-member = Mitglied „{ $member }“ ist bereits im Haushalt

# Error message (lowercase, no final period; fragments are joined).
# $member: a member id
err-replay-unknown-member = kein Mitglied „{ $member }“ im Haushalt

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $value: the value given, as typed
err-unknown-variant = unbekannte Variante `{ $value }`, erwartet{" "}

# Error message (lowercase, no final period; fragments are joined).
# $expected: what was expected
err-variant-only = `{ $expected }`

# Error message (lowercase, no final period; fragments are joined).
# $first: a value
# $second: a value
err-variant-either = `{ $first }` oder `{ $second }`

# Error message (lowercase, no final period; fragments are joined).
# $choices: the accepted values, comma-separated
err-variant-one-of = eine von `{ $choices }`

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $members: member ids, comma-separated
err-redaction-breaks = die anderen Mitglieder können ohne „{ $members }“ nicht nachgespielt werden (
err-redact-dependents-first = ): Schwärzen Sie zuerst die Mitglieder, die von ihnen abhängen, oder den ganzen Vorgang

# Message of the command line.
# $event: an event code
# $what: what the event needs (options)
cli-needs = { $event } braucht { $what }
cli-at-least-one-document = mindestens ein --document KIND

# Message of the command line.
# $file: a file path
cli-already-exists = { $file }: existiert bereits (mit --force ersetzen)

# Message of the command line.
# $event: an event code
cli-unknown-event = unbekanntes Ereignis „{ $event }“

# Message of the command line.
# $document: a document kind code
cli-unknown-document = unbekannte Dokumentart „{ $document }“

# Message of the command line.
# $options: command-line options
# $event: an event code
cli-does-not-apply = { $options } gilt nicht für { $event }

# Message of the command line; a fragment: the code joins it to the text before or after it.
# $options: command-line options
cli-it-takes = {" "}(möglich: { $options })

# Message of the command line; a fragment: the code joins it to the text before or after it.
cli-takes-nothing = {" "}(keine Option außer --date möglich)

# Message of the command line.
# $document: a document kind code
cli-document-twice = --document { $document } ist doppelt angegeben

# Message of the command line.
# $event: an event code
cli-not-from-command-line = das Ereignis „{ $event }“ kann nicht über die Kommandozeile erfasst werden
cli-name-member = nennen Sie ein MEMBER oder --all

# Message of the command line; a fragment: the code joins it to the text before or after it.
# $file: a file path
# $members: member ids, comma-separated
cli-created =
    { $file } angelegt: { $members ->
         [one] { $members } Mitglied
        *[other] { $members } Mitglieder
    },{" "}

# Message of the command line.
# $date: a date (written out by DATE)
cli-opened-on = eröffnet am { DATE($date) }

# Message of the command line.
# $seq: an entry number of the case file
# $entry: the recorded entry: member, event code, date (written out)
cli-recorded = erfasst #{ $seq } { $entry }

# Message of the command line.
# $head: the head (hash) of the case file
# $events: event codes or a count of events (a text)
cli-head = Kopf: { $head } ({ $events })
cli-one-event = 1 Ereignis

# Message of the command line.
# $count: a number
cli-events =
    { $count ->
         [0] keine Ereignisse
         [one] { $count } Ereignis
        *[other] { $count } Ereignisse
    }

# Message of the command line; a fragment: the code joins it to the text before or after it.
# $file: a file path
# $events: event codes or a count of events (a text)
cli-chain-verifies = { $file }: die Kette ist gültig: { $events },{" "}

# Message of the command line.
# $head: the head (hash) of the case file
cli-head-is = Kopf { $head }
cli-ends-at-head = die Datei endet beim angegebenen Kopf

# Message of the command line.
# $seq: an entry number of the case file
# $since: how many events since (a text)
cli-went-on-past = der angegebene Kopf ist das Ereignis #{ $seq }: Die Datei geht darüber hinaus ({ $since } seitdem)

# Message of the command line.
# $file: a file path
# $head: the head (hash) of the case file
cli-head-not-on-chain = { $file }: der angegebene Kopf { $head } liegt nicht auf der Kette dieser Datei: Die Datei wurde gekürzt oder zurückgesetzt, oder es ist ein anderer Vorgang

# Message of the command line.
# $file: a file path
cli-unreadable = { $file }: nicht lesbar

# Message of the command line.
# $file: a file path
# $problem: why it is not (a text)
cli-not-a-journal = { $file }: kein Journal von Köpfen ({ $problem }); löschen Sie die Datei, um ein neues anzulegen
cli-iv-needs-file = eine Haushaltsdatei ist nötig, wenn die Standardeingabe kein Terminal ist (die Antworten werden als Zeilen PATH=VALUE gelesen)
cli-iv-needs-output = ein neuer Haushalt braucht -o FILE: Dort wird das Interview nach jeder Antwort gespeichert

# Message of the command line.
# $file: a file path
cli-iv-output-exists = { $file }: existiert bereits: Setzen Sie dieses Interview mit `secu interview { $file }` fort

# Message of the command line.
# $line: a line number
cli-iv-not-an-answer = Zeile { $line }: PATH=VALUE erwartet, z. B. `members[0].birth_date=1990-04-12`

# Message of the command line.
# $line: a line number
# $path: a JSON path, e.g. members[1]
cli-iv-unknown-path = Zeile { $line }: { $path }: keine Angabe des Haushalts (`as_of`, `members[N].FIELD`)

# Message of the command line.
# $line: a line number
# $path: a JSON path, e.g. members[1]
cli-iv-no-member = Zeile { $line }: { $path }: dieses Mitglied gibt es nicht

# Message of the command line; a fragment: the code joins it to the text before or after it.
# $last: the index of the last member (a number)
cli-iv-member-range = {" "}(die Mitglieder des Haushalts sind `members[0]` bis `members[{ $last }]`)

# Message of the command line.
# $line: a line number
# $problem: what is wrong (a text)
cli-iv-line = Zeile { $line }: { $problem }
cli-iv-nothing-written = nichts geschrieben: Keine Antwort wird übernommen, solange nicht jede Zeile gültig ist
cli-iv-new-household = Neuer Haushalt: Wer gehört dazu? Zuerst die Hauptperson (die Person, die in Frankreich eine Arbeit aufnimmt, oder die hauptsächlich antragstellende Person).
cli-iv-member-id = Kennung des Mitglieds (ein kurzer Name, z. B. priya):
cli-iv-relationship = Beziehung zur Hauptperson:
cli-iv-add-member = Ein weiteres Mitglied hinzufügen?
cli-iv-yes = ja
cli-iv-no = nein
cli-iv-help-text = - = keine / trifft nicht zu · ? = vorerst überspringen · < = zurück · Esc = speichern und beenden
cli-iv-help-country = ein Ländercode (IN, DE, CA-QC) oder ein Name; Tab ergänzt
cli-iv-help-date = YYYY-MM-DD
cli-iv-help-parents = Kennungen von Mitgliedern, durch Kommas getrennt

# Message of the command line; a fragment: the code joins it to the text before or after it.
cli-iv-none = (keine / trifft nicht zu)

# Message of the command line; a fragment: the code joins it to the text before or after it.
cli-iv-skip = (weiß ich noch nicht: vorerst überspringen)

# Message of the command line; a fragment: the code joins it to the text before or after it.
cli-iv-back = (zurück: vorherige Antwort rückgängig machen)

# Message of the command line.
# $number: the question number
# $remaining: the number of questions left
cli-iv-progress = Frage { $number } · noch { $remaining }
cli-iv-settled = feststehend:

# Message of the command line.
# $file: a file path
cli-iv-saved = gespeichert in { $file }

# Message of the command line.
# $path: a JSON path, e.g. members[1]
cli-iv-undone = rückgängig gemacht: { $path }
cli-iv-nothing-to-undo = nichts rückgängig zu machen

# Message of the command line.
# $file: a file path
cli-iv-stopped = Interview beendet; der Haushalt ist in { $file } gespeichert. Fortsetzen mit: secu interview { $file }

# Message of the command line.
# $count: a number
# $file: a file path
cli-iv-skipped-left =
    { $count ->
         [one] { $count } Frage übersprungen
        *[other] { $count } Fragen übersprungen
    }: Der Haushalt bleibt unvollständig. Fortsetzen mit: secu interview { $file }
cli-iv-complete = Keine Frage mehr offen: Der Haushalt ist vollständig.

## Procedure: next actions and deadlines
act-gather = die fehlenden Dokumente sammeln
act-submit = alle Dokumente sind bereit: die Unterlagen bei der Kasse einreichen
act-wait-nia = auf die vorläufige Nummer (NIA) warten, etwa 3 Wochen
act-wait-confirmation = warten, bis die Kasse die Versicherung bestätigt
act-wait-reopen = warten, bis die Kasse die Ansprüche wieder eröffnet
act-wait-s1 = warten, bis die Kasse das S1 erfasst
act-send-civil-status = die Personenstandsurkunde (Geburtsurkunde) einsenden: 3 Monate ab der NIA, danach eine förmliche Aufforderung (mise en demeure)
act-declare-physician = einen Hausarzt (médecin traitant) angeben; Papierformular S3704, wenn der Arzt nicht online melden kann
act-wait-certification = warten, bis SANDIA die Nummer bestätigt (bis zu 9 Monate)
act-suspended = die Leistungen sind ausgesetzt: die Personenstandsurkunde jetzt einsenden
act-order-card = die Carte Vitale bestellen (Formular mit Foto und Ausweis oder online über das ameli-Konto)
act-return-card-form = das Formular „Ma nouvelle carte Vitale“ mit einem Passfoto und einer Ausweiskopie zurücksenden
act-wait-card = auf die Carte Vitale warten (etwa 3 Wochen per Post, 2 Wochen online)
act-open-ameli = das ameli-Konto eröffnen
act-attestation = die Versicherungsbescheinigung (attestation de droits) herunterladen und der Zusatzversicherung des Unternehmens (mutuelle) geben
act-own-coverage = jetzt volljährig: das Formular S1110 mit einem Konto auf den eigenen Namen einreichen
act-own-coverage-work = arbeitet (auch in Ausbildung): ab dem ersten Arbeitstag selbst versichert, nicht mehr bei einem Elternteil mitversichert; einen eigenen Antrag mit einem Konto auf den eigenen Namen stellen
act-contest-rejection = die Ablehnung innerhalb von 2 Monaten nach ihrer Zustellung anfechten (recours amiable bei der commission de recours amiable der Kasse, CSS R142-1)
act-submit-again = oder die Unterlagen korrigiert neu einreichen
dl-civil-status-due = Personenstandsurkunde fällig (3 Monate nach der NIA, R114-7)
dl-civil-status-final-due = Personenstandsurkunde fällig nach der förmlichen Aufforderung (3 Monate), danach Aussetzung
dl-fund-decision-due = die Kasse entscheidet innerhalb von 3 Monaten nach der Aussetzung
dl-nia-expiry = Ende der 9-monatigen Gültigkeit der NIA
dl-ntt-limit = Ende der 3-monatigen Übergangsfrist für die NTT in der Lohnabrechnung (DSN)
dl-posting-end = Ende der Entsendung
dl-nia-expected = NIA erwartet (Schätzung: 3 Wochen nach der Einreichung)
dl-certification-expected = bestätigte Nummer erwartet (Schätzung: innerhalb von 9 Monaten nach den vollständigen Unterlagen)
dl-ameli-expected = ameli-Konto möglich (Schätzung: 10 Tage nach der NIR)
dl-carte-vitale-expected = Carte Vitale erwartet (Schätzung: 3 Wochen nach der Bestellung)
dl-sixteenth-birthday = 16. Geburtstag: eigene Carte Vitale, kann ayant droit autonome werden
dl-eighteenth-birthday = 18. Geburtstag: eigene Versicherung (S1110)
dl-appeal-due = letzter Tag, um die Ablehnung anzufechten (2 Monate, CSS R142-1)

## Procedure: status report

# Report heading or label.
# $date: a date (written out by DATE)
ui-status-title = Stand des Verfahrens zum { DATE($date) }
ui-track = Verfahren
ui-phase = Stadium
ui-nia = NIA
ui-nir = NIR

# Report heading or label.
# $key: the two-digit key
ui-nir-without-key = Schlüssel nicht angegeben; er wäre { $key }
ui-missing-documents = Fehlende Dokumente
ui-next-actions = Nächste Schritte
ui-allowed-events = Jetzt erfassbare Ereignisse
ui-rejection-reason = Begründung der Kasse
ui-deadlines = Fristen
ui-overdue = ÜBERFÄLLIG

# Report heading or label.
# $count: a number
# $date: a date (written out by DATE)
ui-portfolio-title =
    { $count ->
         [one] { $count } Vorgang
        *[other] { $count } Vorgänge
    } zum { DATE($date) }

# Report heading or label.
# $count: a number
ui-portfolio-blocked =
    { $count ->
         [one] { $count } Mitglied blockiert oder überfällig
        *[other] { $count } Mitglieder blockiert oder überfällig
    }
ui-waiting-on = wartet auf
ui-overdue-count = überfällig
ui-problem = Problem

# Report heading or label.
# $now: a number of events now
# $then: a number of events then
ui-went-back =
    seit der letzten Auflistung zurückgegangen: jetzt { $now ->
         [one] { $now } Ereignis
        *[other] { $now } Ereignisse
    }, damals { $then }, und die Datei reicht nicht mehr bis zum damals gesehenen Kopf: Ereignisse wurden gelöscht oder eine ältere Kopie wurde zurückgespielt

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-id-characters = eine Kennung enthält nur Buchstaben A–Z und a–z, Ziffern, „.“, „_“ und „-“ (gefunden: { $found })
ph-preparing = Unterlagen in Vorbereitung
ph-submitted = bei der Kasse eingereicht
ph-provisional = vorläufige Nummer (NIA): Identifizierung läuft
ph-suspended = Leistungen ausgesetzt (Personenstandsurkunde fehlt)

# $sex: female, male or other (unknown): French agrees with the person.
ph-affiliated = versichert: Nummer bestätigt, Ansprüche eröffnet

# $sex: female, male or other (unknown): French agrees with the person.
ph-affiliated-confirmed = versichert: Versicherung bestätigt, Ansprüche eröffnet

# $sex: female, male or other (unknown): French agrees with the person.
ph-affiliated-reopened = versichert: Ansprüche wieder eröffnet

# $sex: female, male or other (unknown): French agrees with the person.
ph-affiliated-s1 = angemeldet: S1 erfasst, Behandlungen zahlt die Kasse des Herkunftslandes
ph-complete = abgeschlossen
ph-rejected = von der Kasse abgelehnt
ph-withdrawn = zurückgezogen
tr-registration-with-identification = Erstanmeldung mit Identifizierung (NIA, dann bestätigte NIR)
tr-registration = Erstanmeldung (Nummer bereits bekannt)
tr-reactivation = Wiedereröffnung der Ansprüche
tr-s1-registration = Anmeldung des S1
tr-beneficiary-with-identification = mitversichertes Kind, eigene NIA, dann NIR
tr-beneficiary = mitversichertes Kind

## Values of the household's fields (labels for forms)
in-rel-primary = Hauptperson (nimmt in Frankreich eine Arbeit auf)
in-rel-spouse = Ehepartner
in-rel-civil-partner = eingetragener Partner (PACS)
in-rel-cohabiting-partner = Lebensgefährte
in-rel-child = Kind
in-sex-female = weiblich
in-sex-male = männlich
in-nir-certified = eine bestätigte NIR
in-nir-provisional = eine vorläufige Nummer (NIA)
in-act-employed = angestellt mit französischem Vertrag
in-act-posted = von einem ausländischen Arbeitgeber entsandt
in-act-self-employed = selbstständig
in-act-student = Studium (Hochschule)
in-act-job-seeker = arbeitsuchend
in-act-none = keine Berufstätigkeit
in-sector-general = allgemeines System
in-sector-agricultural = Landwirtschaft (MSA)
in-cert-a1 = A1 (EU/EWR/Schweiz/Vereinigtes Königreich)
in-cert-bilateral = Bescheinigung nach einem bilateralen Abkommen
in-cert-none = keine Bescheinigung
in-permit-not-required = nicht nötig (Staatsangehörige des EWR/der Schweiz)
in-permit-long-stay-visa = Visum für einen langfristigen Aufenthalt (VLS-TS)
in-permit-residence-permit = Aufenthaltserlaubnis (carte de séjour)
in-permit-resident-card = langfristige Aufenthaltskarte (carte de résident)
in-permit-talent-passport = Talentpass (passeport talent)
in-permit-receipt = Antragsbestätigung (récépissé)
in-permit-none = keiner

## Events of a case (labels for pages and reports)
ev-document-received = Dokument eingegangen
ev-document-rejected = Dokument abgelehnt
ev-document-waived = auf Dokument verzichtet (mit Begründung)
ev-file-submitted = Unterlagen bei der Kasse eingereicht
ev-documents-requested = die Kasse hat Dokumente angefordert
ev-nia-issued = vorläufige Nummer (NIA) erteilt
ev-civil-status-received = Personenstandsurkunde bei SANDIA eingegangen
ev-formal-notice-received = förmliche Aufforderung (mise en demeure) erhalten
ev-rights-suspended = Ansprüche ausgesetzt
ev-physician-declared = Hausarzt (médecin traitant) angegeben
ev-nir-certified = Sozialversicherungsnummer (NIR) bestätigt
ev-affiliation-confirmed = Versicherung bestätigt
ev-rights-reopened = Ansprüche wieder eröffnet
ev-s1-registered = S1-Formular erfasst
ev-carte-vitale-form-received = Formular für die Carte Vitale erhalten
ev-carte-vitale-ordered = Carte Vitale bestellt
ev-carte-vitale-received = Carte Vitale erhalten
ev-carte-vitale-still-valid = alte Carte Vitale weiter gültig
ev-ameli-account-opened = ameli-Konto eröffnet
ev-attestation-obtained = Versicherungsbescheinigung (attestation de droits) erhalten
ev-own-coverage-opened = eigene Versicherung eröffnet
ev-rejected = von der Kasse abgelehnt
ev-withdrawn = zurückgezogen
ev-household-corrected = Haushalt korrigiert
ev-member-added = Mitglied hinzugefügt (Neugeborenes)
ev-permit-renewed = Aufenthaltstitel verlängert
ev-correction = Korrektur (hebt einen früheren Eintrag auf)

## Intake: the questions of a partial household (contract §5)
q-birth-date = Wann ist diese Person geboren?
q-help-birth-date = Das Alter entscheidet über den Status eines Kindes (mitversichert, Eigenständigkeit mit 16, Volljährigkeit) und über die Termine.
q-sex = Welches Geschlecht hat diese Person?
q-help-sex-agreement = Dient dazu, die Texte über diese Person in der richtigen Form zu schreiben (etwa „Arbeitnehmerin“ oder „Arbeitnehmer“), und um eine französische Sozialversicherungsnummer zu prüfen. Sie können die Frage offenlassen: Die Texte verwenden dann die allgemeine Form.
q-nationality = Welche Staatsangehörigkeit hat diese Person?
q-help-nationality = Für französische Staatsangehörige, Staatsangehörige des EWR/der Schweiz und andere gelten verschiedene Wege und verschiedene Dokumente.
q-birth-country = In welchem Land ist diese Person geboren?
q-help-birth-country = Wer in Frankreich (oder einem französischen Überseegebiet) geboren ist, hat seit der Geburt eine Nummer; eine ausländische Geburtsurkunde braucht eventuell eine beglaubigte Übersetzung.
q-nir = Hat diese Person eine französische Sozialversicherungsnummer (NIR)? Geben Sie sie an oder antworten Sie „keine“.
q-help-nir = 13 oder 15 Zeichen, auf einer Carte Vitale oder einer Versicherungsbescheinigung (attestation de droits).
q-nir-status = Ist diese Nummer bestätigt oder eine vorläufige Nummer (NIA)?
q-help-nir-status = Eine vorläufige Nummer (NIA) gilt 9 Monate, bis sie bestätigt wird.
q-nia-issued-on = Wann wurde die vorläufige Nummer (NIA) erteilt?
q-help-nia-issued-on = Davon hängt die Gültigkeit der NIA ab.
q-previously-insured = War diese Person früher schon einmal in Frankreich versichert?
q-help-previously-insured = Frühere Ansprüche werden wieder eröffnet (réouverture des droits) statt einer Erstanmeldung. Unbekannt gilt als nein, mit einem Hinweis.
q-activity-kind = Was wird diese Person in Frankreich tun?
q-help-activity-kind = Ein französischer Arbeitsvertrag, eine Entsendung durch einen ausländischen Arbeitgeber, eine selbstständige Tätigkeit, ein Hochschulstudium, Arbeitsuche oder nichts davon.
q-activity-start = Wann beginnt diese Tätigkeit in Frankreich?
q-help-activity-start = Der erste Arbeits- oder Studientag: Meist beginnt die Versicherung dann.
q-sector = Ist die Tätigkeit in der Landwirtschaft?
q-help-sector = Landwirtschaftliche Tätigkeiten sind bei der MSA statt bei der CPAM versichert.
q-employer-siren = Wie lautet die SIREN-Nummer des Arbeitgebers?
q-help-employer-siren = 9 Ziffern; dient dazu, die vorläufige Nummer der Lohnabrechnung (NTT) vorzuschlagen.
q-payroll-id = Wie lautet die Personalnummer des Beschäftigten in der Lohnabrechnung?
q-help-payroll-id = Dient dazu, die vorläufige Nummer der Lohnabrechnung (NTT) vorzuschlagen.
q-posted-from = Aus welchem Land wird diese Person entsandt?
q-help-posted-from = Die EU-Verordnung oder das bilaterale Abkommen mit diesem Land entscheidet, welches System eine entsandte Arbeitskraft versichert.
q-posting-certificate = Welche Entsendebescheinigung hat diese Person?
q-help-posting-certificate = Eine A1-Bescheinigung (EU/EWR/Schweiz), eine Bescheinigung nach einem bilateralen Abkommen oder keine.
q-posting-end = Wann endet die Entsendung?
q-help-posting-end = Entsendungen sind zeitlich begrenzt (24 Monate in der EU).
q-arrival-date = Wann hat sich diese Person in Frankreich niedergelassen (oder wann wird sie es tun)?
q-help-arrival-date = Ohne Tätigkeit setzt die Versicherung über den Wohnsitz 3 Monate dauerhaften Wohnsitz voraus.
q-permit = Welchen Aufenthaltstitel hat diese Person?
q-help-permit = Volljährige von außerhalb des EWR und der Schweiz brauchen einen rechtmäßigen Aufenthalt.
q-permit-valid-from = Ab wann ist der Aufenthaltstitel gültig?
q-help-permit-valid-from = Ein Visum für einen langfristigen Aufenthalt (VLS-TS) muss innerhalb von 3 Monaten validiert werden.
q-permit-valid-until = Bis wann ist der Aufenthaltstitel gültig?
q-help-permit-valid-until = Sein Ablauf ist ein Termin, den man im Blick behalten muss.
q-postcode = Wie lautet die Postleitzahl der Wohnung in Frankreich?
q-help-postcode = Sie bestimmt die Kasse (die CPAM des Departements, eine CGSS in den Überseegebieten).
q-in-education = Ist dieses Kind an einer Schule angemeldet?
q-help-in-education = Gemeint sind Schülerinnen und Schüler; Studierende an Hochschulen haben die Tätigkeit „Studium“.
q-autonomy-requested = Hat dieser 16- bis 17-jährige junge Mensch beantragt, eigenständig mitversichert (ayant droit autonome) zu werden?
q-help-autonomy-requested = Ab 16 Jahren kann ein Kind auf den eigenen Namen versichert sein.
q-union-country = In welchem Land wurde die Heirats-, PACS- oder Lebensgemeinschaftsbescheinigung ausgestellt?
q-help-union-country = Eine Bescheinigung von außerhalb Frankreichs, des EWR und der Schweiz braucht eine beglaubigte Übersetzung.
q-parents = Wer sind die Eltern dieses Kindes im Haushalt?
q-help-parents = Kennungen der Mitglieder; standardmäßig die Hauptperson und ihr Partner.
report-provisional = vorläufig (kann sich ändern)
report-questions = Offene Fragen
report-no-question = Keine Frage mehr offen: Die Beurteilung ist vollständig.

# Error hint. $fields: the JSON paths of the null answers, joined
hint-null-partial = { $fields }: null beantwortet eine Angabe nur in einem unvollständigen Haushalt (von `secu interview` vor dem Ende gespeichert): Beurteilen Sie ihn mit `secu assess --partial`

## Dates, from CLDR 49 (gregorian, format context, wide; a test compares them with ICU4X 2.4): the month names a long date uses, and the long-date pattern.
## DATE($date) renders date-long with the day, the month name and the year; a test compares them with ICU4X.
date-month-1 = Januar
date-month-2 = Februar
date-month-3 = März
date-month-4 = April
date-month-5 = Mai
date-month-6 = Juni
date-month-7 = Juli
date-month-8 = August
date-month-9 = September
date-month-10 = Oktober
date-month-11 = November
date-month-12 = Dezember

# The long date (DATE): "15 September 2026".
# $day: the day of the month (a number, 1 to 31)
# $month: the name of the month (date-month-N)
# $year: the year (a number)
date-long = { $day }. { $month } { $year }

## The web page's own words (web/i18n.js): ids prefixed page-
page-title = Französische Krankenversicherung: Ihre Checkliste
page-subtitle = Für Beschäftigte, die nach Frankreich ziehen, ihre Familien und Personalabteilungen: wer versichert ist, wie, ab wann und welche Dokumente zu sammeln sind.
page-privacy-tab = Datenschutz von Grund auf: Alles wird in Ihrem Browser berechnet. Nichts, was Sie eingeben, wird irgendwohin gesendet oder gespeichert; nur die gewählte Sprache wird in diesem Tab aufbewahrt, bis Sie ihn schließen.
page-language = Sprache
page-skip = Zum Ergebnis springen
page-household = Haushalt
page-as-of = Beurteilungsdatum
page-as-of-hint = Das Datum, zu dem die Situation beurteilt wird (Standard: heute).
page-file = Dateien
page-import = Haushalts- oder Vorgangsdatei importieren (JSON)
page-import-drop = oder eine JSON-Datei irgendwo auf der Seite ablegen
page-export-household = Haushalt exportieren (JSON)
page-open-case = Einen Vorgang zu diesem Haushalt eröffnen
page-member = Mitglied
page-add-member = Mitglied hinzufügen
page-remove-member = Dieses Mitglied entfernen
page-sec-identity = Identität
page-sec-number = Französische Sozialversicherungsnummer
page-sec-activity = Tätigkeit in Frankreich
page-sec-residence = Wohnsitz in Frankreich
page-sec-family = Familie
page-id = Kennung
page-id-hint = Kurz und eindeutig, z. B. „anna“ (wird in Dateien und bei der Vorgangsverfolgung verwendet).
page-label = Name oder Personalreferenz (optional)
page-relationship = Beziehung zur Hauptperson
page-birth-date = Geburtsdatum
page-sex = Geschlecht
page-nationality = Staatsangehörigkeit
page-birth-country = Geburtsland
page-union-country = Land, in dem die Heirats- oder PACS-Bescheinigung ausgestellt wurde
page-nir = Französische Sozialversicherungsnummer (NIR) oder vorläufige Nummer (NIA), falls vorhanden
page-nir-status = Diese Nummer ist
page-nia-issued-on = NIA erteilt am
page-previously-insured-in-france = Früher schon in Frankreich versichert?
page-activity-kind = Tätigkeit
page-activity-start-date = Erster Arbeits- oder Studientag in Frankreich
page-activity-sector = Bereich
page-activity-employer-siren = SIREN des Arbeitgebers (9 Ziffern)
page-activity-employer-payroll-id = Personalnummer
page-activity-posting-from-country = Entsendeland
page-activity-posting-certificate = Entsendebescheinigung
page-activity-posting-end-date = Geplantes Ende der Entsendung
page-residence-arrival-date = Ankunft (oder geplante Ankunft) in Frankreich
page-residence-permit = Aufenthaltstitel
page-residence-permit-valid-from = Aufenthaltstitel gültig ab
page-residence-permit-valid-until = Aufenthaltstitel gültig bis
page-residence-postcode = Französische Postleitzahl der Wohnung
page-in-education = An einer Schule angemeldet
page-autonomy-requested = Antrag, ayant droit autonome zu werden (16–17)
page-parents = Eltern (Kennungen, durch Kommas getrennt)
page-parents-hint = Leer: Die Hauptperson und ihr Ehe- oder Lebenspartner werden als Eltern angenommen, und das Ergebnis sagt es („Eltern nicht angegeben“).
page-add-relationship = Beziehung des neuen Mitglieds
page-sample-note = Dies ist ein Beispiel: ein erfundener Beschäftigter, um zu zeigen, was die Seite tut. Ersetzen Sie die Werte durch Ihre eigenen oder beginnen Sie leer.
page-mode = Wie der Haushalt beschrieben wird
page-mode-guided = Geführte Fragen
page-mode-form = Vollständiges Formular
page-people-title = Wer gehört zum Haushalt?
page-people-hint = Die Hauptperson ist die Person, die in Frankreich eine Arbeit aufnimmt. Danach fragen die Fragen nur, was das Ergebnis verändert.
page-people-partner = Partner zieht mit
page-people-partner-none = kein Partner
page-people-children = Anzahl der Kinder, die mitziehen

# Page.
# $relationship: the relationship, as the form labels it
page-people-id = Kennung für: { $relationship }
page-people-next = Fragen beginnen
page-people-change = Ändern, wer zum Haushalt gehört

# Page.
# $members: the members: "id (relationship)", comma-separated
page-people-summary = Im Haushalt: { $members }.
page-guided-remaining-one = noch 1 Frage

# Page.
# $count: a number
page-guided-remaining =
    { $count ->
         [one] noch { $count } Frage
        *[other] noch { $count } Fragen
    }

# Page.
# $member: the member's name or id
page-guided-about = Zu { $member }
page-guided-back = Zurück
page-guided-none = Keine / leer lassen
page-guided-next = Weiter
page-guided-choose = Bitte wählen…
page-guided-needed = Beantworten Sie diese Frage, um fortzufahren: Sie darf nicht leer bleiben.
page-guided-done = Keine Fragen mehr: Jedes Ergebnis steht fest.
page-guided-done-hint = Prüfen Sie das Ergebnis, exportieren Sie den Haushalt oder sehen Sie alle Felder im vollständigen Formular durch.
page-certain = feststehend
page-provisional = vorläufig
page-provisional-note = Als vorläufig markierte Ergebnisse können sich mit Ihren Antworten noch ändern; als feststehend markierte nicht.
page-sample-clear = Neuen Haushalt beginnen
page-sample-result = Beispielergebnis für eine erfundene Person, nicht für Sie: Ändern Sie den Haushalt, um Ihres zu sehen.
page-no-members = Fügen Sie die Hauptperson hinzu (die Person, die in Frankreich eine Arbeit aufnimmt), um das Ergebnis zu sehen.
page-case-back = Zurück zum Ergebnis
page-goto-case = Zur Vorgangsverfolgung
page-record-date-hint = Ein Ereignis wird erfasst, wenn es stattgefunden hat: spätestens heute.

# Page.
# $today: today's date (a date)
page-record-date-future = Dieses Datum liegt nach heute ({ DATE($today) }): Ein Ereignis wird erfasst, wenn es stattgefunden hat.
page-unknown = — unbekannt —
page-none-selected = — nicht angegeben —
page-yes = ja
page-no = nein
page-result = Ergebnis
page-result-empty = Füllen Sie den Haushalt aus, um das Ergebnis zu sehen.
page-stale = Veraltet: Der Haushalt enthält Fehler (siehe Meldungen). Das letzte gültige Ergebnis wird grau angezeigt.
page-errors-title = Bitte prüfen Sie diese Punkte
page-print = Drucken

# Page.
# $date: a date (written out by DATE)
# $version: the secu version
# $rules: the date of the rules (a date)
page-as-of-line = Beurteilung zum { DATE($date) } · secu { $version }, Regeln vom { DATE($rules) }

# Page.
# $age: an age in whole years
page-age =
    { $age ->
         [0] unter einem Jahr
         [one] { $age } Jahr alt
        *[other] { $age } Jahre alt
    }
page-affiliation = Versicherung
page-basis = Grundlage
page-covered-from = Versichert ab
page-covered-unknown = noch nicht bekannt
page-fund = Unterlagen an
page-fund-unknown = nicht bekannt (keine Postleitzahl)
page-dependent-status = Status des Kindes
page-attached-to = Zugeordnet zu
page-identification = Identifizierung
page-identification-yes = nötig: vorläufige Nummer (NIA), dann bestätigte Nummer (SANDIA)
page-identification-no = nicht nötig
page-why = Begründung
page-warnings = Zu beachten
page-documents = Zu sammelnde Dokumente
page-one-of = Eines davon:
page-translation-needed = Braucht eine beglaubigte Übersetzung ins Französische
page-covers = Gilt für:
page-for-members = Für:
page-steps = Schritte

# Page.
# $date: a date (written out by DATE)
page-expected-by = erwartet bis zum { DATE($date) } (Schätzung)
page-timeline = Zeitleiste

# Page.
# $member: the member's name or id
page-timeline-alt = Kommende Termine für { $member }
page-timeline-empty = Kein kommender Termin mit Datum.
page-today = Beurteilungsdatum
page-payroll = Lohnabrechnung (DSN)
page-declare = Melden
page-ntt-suggestion = Vorgeschlagene NTT
page-case-title = Vorgangsverfolgung

# Page.
# $date: a date (written out by DATE)
# $count: a number
page-case-meta =
    Vorgang eröffnet am { DATE($date) } · { $count ->
         [one] { $count } erfasstes Ereignis
        *[other] { $count } erfasste Ereignisse
    }
page-case-as-of = Stichtag
page-case-export = Vorgangsdatei exportieren (JSON)
page-case-close = Vorgang schließen
page-track = Verfahren
page-phase = Stadium
page-nia = NIA
page-nir-short = NIR
page-missing-documents = Fehlende Dokumente
page-none = keine
page-next-actions = Nächste Schritte
page-deadlines = Fristen
page-overdue = überfällig
page-estimate = Schätzung

# Page.
# $date: a date (written out by DATE)
page-done-on = erledigt am { DATE($date) }
page-record-title = Ereignis erfassen
page-record-member = Mitglied
page-record-date = Datum des Ereignisses
page-record-kind = Ereignis
page-record-document = Dokument
page-record-documents = Angeforderte Dokumente
page-record-number = Nummer
page-record-reason = Begründung
page-record-voids = Aufgehobene Eintragsnummer
page-record-permit = Aufenthaltstitel
page-record-valid-from = Gültig ab
page-record-valid-until = Gültig bis
page-record-json = Daten des Ereignisses (JSON-Objekt)
page-record-submit = Erfassen

# Page.
# $event: the event, as the form labels it
page-record-ok = Erfasst: { $event }.
page-record-none = An diesem Datum kann in der Akte dieses Mitglieds nichts erfasst werden; Ereignisse zum Haushalt bleiben möglich.
page-missing-first = Fehlt
page-member-events = Akte dieses Mitglieds
page-household-events = Der Haushalt (jederzeit)
page-other-documents = Weitere Dokumente
page-import-bad-json = Diese Datei ist kein gültiges JSON.
page-import-unknown = Diese Datei ist weder eine Haushalts- noch eine Vorgangsdatei.

# Page.
# $file: a file name
page-imported-household = Haushalt aus { $file } importiert.

# Page.
# $file: a file name
page-imported-with-problems = Aus { $file } mit Problemen importiert (was das Formular nicht aufnehmen kann, wurde weggelassen):

# Page.
# $file: a file name
page-imported-case = Vorgangsdatei aus { $file } importiert.
page-case-opened = Vorgang eröffnet.
page-invalid-number = Geben Sie eine Zahl an.
page-loading = Die Regeln werden geladen…

# Page.
# $error: the technical error, as is
page-load-failed = Die Regel-Engine konnte nicht geladen werden: { $error }

## The team's page (web/team.html, served by secu serve --db): its own words.
## Rendered by the server (GET /team/l10n/{lang}); variables are strings.

page-team-title = Team-Arbeitsbereich: französische Krankenversicherung
page-team-language = Sprache
page-team-signout = Abmelden
page-team-nav-portfolio = Übersicht
page-team-nav-admin = Verwaltung
page-team-signin-heading = Anmelden
page-team-email = E-Mail-Adresse
page-team-password = Passwort
page-team-signin = Anmelden
page-team-signin-failed = E-Mail-Adresse oder Passwort falsch.
page-team-throttled = Zu viele fehlgeschlagene Versuche für diese Adresse: Warten Sie einige Minuten und versuchen Sie es dann erneut.
page-team-session-ended = Ihre Sitzung ist beendet: Bitte melden Sie sich erneut an.

# Team page.
# $email: the account's e-mail address; $role: its role, as page-team-role-* says it
page-team-signed-in-as = Angemeldet als { $email } ({ $role })

page-team-portfolio-heading = Übersicht der Vorgänge
page-team-filter = Anzeigen
page-team-filter-all = Alle Vorgänge
page-team-filter-blocked = Blockiert
page-team-filter-overdue = Überfällig

# Team page.
# $days: the portfolio's horizon, a number of days (secu-case's PORTFOLIO_HORIZON_DAYS)
page-team-filter-upcoming =
    Fällig { $days ->
        [one] am nächsten Tag
       *[other] in den nächsten { $days } Tagen
    }

page-team-org = Organisation
page-team-org-all = Alle Organisationen
page-team-col-case = Vorgang
page-team-col-org = Organisation
page-team-col-member = Person
page-team-col-phase = Stand
page-team-col-waiting = Wartet auf
page-team-col-overdue = Überfällig

# Team page.
# $days: the portfolio's horizon, a number of days (secu-case's PORTFOLIO_HORIZON_DAYS)
page-team-col-upcoming =
    { $days ->
        [one] Am nächsten Tag
       *[other] In den nächsten { $days } Tagen
    }

page-team-blocked = blockiert
page-team-no-cases = Kein Vorgang anzuzeigen.
page-team-open-heading = Vorgang eröffnen
page-team-household-file = Haushalt (JSON-Datei, wie für secu assess)
page-team-opened-on = Eröffnet am
page-team-open = Vorgang eröffnen

# Team page.
# $id: the case's id
page-team-opened = Vorgang { $id } eröffnet.

page-team-bad-json = Das ist kein gültiges JSON.
page-team-back = Zurück zur Übersicht

# Team page.
# $id: the case's id
page-team-case-heading = Vorgang { $id }

page-team-calendar = Kalender (iCalendar)
page-team-export = Vorgangsdatei exportieren
page-team-next-actions = Nächste Schritte
page-team-steps = Schritte
page-team-missing = Fehlende Unterlagen
page-team-deadlines = Fristen und wichtige Termine
page-team-overdue = überfällig
page-team-estimated = Schätzung
page-team-none = Keine.
page-team-record-heading = Ereignis erfassen
page-team-member = Person
page-team-date = Datum des Ereignisses
page-team-event = Ereignis
page-team-member-events = Akte dieser Person
page-team-household-events = Der Haushalt (jederzeit)
page-team-document = Dokument
page-team-documents = Angeforderte Dokumente
page-team-number = Nummer
page-team-reason = Begründung
page-team-event-json = Weitere Felder des Ereignisses (JSON-Objekt)
page-team-no-event = An diesem Datum kann in der Akte dieser Person nichts erfasst werden; Ereignisse zum Haushalt bleiben möglich.
page-team-record = Erfassen

# Team page.
# $event: the event, as the form labels it
page-team-recorded = Erfasst: { $event }.

# Team page.
# $reason: the server's reason, as is
page-team-refused = Abgelehnt: { $reason }

page-team-allowed-now = Jetzt möglich:
page-team-history-heading = Verlauf
page-team-col-seq = Nr.
page-team-col-date = Datum
page-team-col-event = Ereignis
page-team-col-by = Erfasst von
page-team-link-heading = Persönlicher Link für Beschäftigte
page-team-link-create = Schreibgeschützten Link erstellen

# Team page.
# $member: the person, by label or id
page-team-link-made = Persönlicher, schreibgeschützter Link für { $member }, nur an diese Person zu senden:

page-team-orgs-heading = Kundenorganisationen
page-team-org-name = Name
page-team-org-create = Organisation anlegen

# Team page.
# $name: the organisation's name
page-team-org-created = Organisation { $name } angelegt.

page-team-users-heading = Konten
page-team-role = Rolle
page-team-role-admin = Administrator
page-team-role-consultant = Berater
page-team-role-client-hr = Personalabteilung des Kunden
page-team-role-employee = Beschäftigte Person
page-team-user-create = Konto anlegen

# Team page.
# $email: the account's e-mail address
page-team-user-created = Konto { $email } angelegt.

page-team-tokens-heading = Token für Integrationen
page-team-token-name = Name der Integration
page-team-token-create = Token erstellen
page-team-token-once = Kopieren Sie dieses Token jetzt: Es wird nur einmal angezeigt.
page-team-access-log-heading = Zugriffsprotokoll
page-team-access-log = Zugriffsprotokoll exportieren (JSON)
page-team-link-title = Ihre Checkliste
page-team-link-note = Nur lesen: Ihre Ansprechperson in der Personalabteilung oder Ihr Berater erfasst den Fortschritt.
page-team-link-invalid = Dieser Link ist unbekannt, abgelaufen oder widerrufen: Bitten Sie Ihre Ansprechperson in der Personalabteilung oder Ihren Berater um einen neuen.

# Team page.
# $reason: the technical error, as is
page-team-error = Ein Fehler ist aufgetreten: { $reason }

## Server (secu serve): the titles and messages of its own errors (srv-*)

srv-title-invalid-query = ungültige Abfrage
srv-title-malformed-json = fehlerhaftes JSON
srv-title-invalid-household = ungültiger Haushalt
srv-title-invalid-request = ungültige Anfrage
srv-title-malformed-request = fehlerhafte Anfrage
srv-title-unreadable-body = unlesbarer Inhalt
srv-title-internal-error = interner Fehler
srv-title-body-too-large = Inhalt zu groß
srv-title-unavailable = Dienst nicht verfügbar
srv-title-not-found = nicht gefunden
srv-title-method-not-allowed = Methode nicht erlaubt
srv-title-unauthorized = Anmeldung erforderlich
srv-title-forbidden = Zugriff verweigert
srv-title-too-many-requests = zu viele Anfragen
srv-title-unprocessable = nicht verarbeitbarer Inhalt
srv-title-bad-request = fehlerhafte Anfrage
srv-title-conflict = Konflikt
srv-title-internal-server-error = interner Serverfehler
srv-no-endpoint = diesen Endpunkt gibt es nicht
srv-method-not-allowed = diese Methode ist für diesen Endpunkt nicht erlaubt
srv-unreadable-body = der Inhalt der Anfrage konnte nicht gelesen werden
srv-internal-error = interner Fehler
srv-shutting-down = der Server wird heruntergefahren
srv-at-capacity = der Server ist ausgelastet; bitte versuchen Sie es später erneut
srv-timeout = die Anfrage hat zu lange gedauert
srv-too-many-batches = zu viele Stapel gleichzeitig; bitte versuchen Sie es später erneut
srv-api-key-required = ein gültiger API-Schlüssel ist erforderlich: Authorization: Bearer SCHLÜSSEL

# $limit: a number of bytes
srv-body-too-large = der Inhalt der Anfrage überschreitet die Grenze von { $limit } Bytes

srv-not-json = der Inhalt ist kein JSON
srv-nir-expected-object = erwartet wurde ein Objekt { "{" }"number": "…"{ "}" }
srv-nir-unknown-field = unbekanntes Feld; erwartet wird nur `number`
srv-nir-missing-number = Feld `number` fehlt
srv-expected-string = erwartet wurde eine Zeichenkette
srv-query-unknown = unbekannter oder wiederholter Abfrageparameter; erwartet: as_of, lang, partial, detail
srv-expected-date = erwartet wurde ein Datum JJJJ-MM-TT
srv-detail-expected = erwartet wurde `full` oder `codes`
srv-partial-expected = erwartet wurde `true` oder `false`
srv-batch-partial = ein Stapel bewertet nur vollständige Haushalte; bewerten Sie einen unvollständigen mit POST /v1/assess?partial=true

# $tags: the language tags that can be selected, joined by commas (en, fr, …)
srv-lang-unknown = nicht unterstützte Sprache; erwartet wird eine von { $tags } (BCP-47-Tags, z. B. pt-BR → pt)

srv-sign-in = melden Sie sich zuerst an (POST /v1/session) oder senden Sie Authorization: Bearer TOKEN
srv-token-unknown = unbekanntes, abgelaufenes oder widerrufenes Zugriffstoken
srv-session-expired = die Sitzung ist beendet oder abgelaufen: melden Sie sich erneut an
srv-csrf = diese Anfrage benötigt den Header X-CSRF-Token der Sitzung (das csrf_token von POST /v1/session)
srv-wrong-password = falsche E-Mail-Adresse oder falsches Passwort
srv-rate-limited = zu viele fehlgeschlagene Anmeldungen für diese Adresse: bitte versuchen Sie es später erneut
srv-no-team = kein Teamdienst: starten Sie secu serve mit --db URL
srv-db-failed = die Teamdatenbank ist fehlgeschlagen; siehe das Protokoll des Servers
srv-no-case = diesen Vorgang gibt es nicht
srv-no-org = diese Organisation gibt es nicht
srv-admin-only = das darf nur ein Administrator
srv-employee-own-case = Beschäftigte sehen nur ihren eigenen Vorgang
srv-employee-link-only = Beschäftigte greifen nur über ihren persönlichen Link zu
srv-filter-expected = erwartet wurde all, blocked, overdue oder upcoming
srv-link-unknown = dieser Link ist unbekannt, abgelaufen oder widerrufen
srv-query-repeated = unbekannter oder wiederholter Abfrageparameter
srv-firm-only = nur die Mitarbeitenden der Beratungsfirma erfassen Ereignisse und stellen Links aus
srv-erase-admin-only = nur ein Administrator darf die personenbezogenen Daten eines Vorgangs löschen
srv-employee-read-only = der Link von Beschäftigten zeigt nur Stand, Verlauf und Kalender
srv-title-event-refused = Ereignis abgelehnt
srv-unknown-member = dieses Mitglied gehört nicht zum Vorgang
srv-expected-member = erwartet wurde die Kennung des Mitglieds (eine Zeichenkette)
srv-expected-event-object = erwartet wurde ein Objekt { "{" }member, event, date, …{ "}" }
srv-no-live-link = diesen aktiven Link gibt es nicht

# $line: a line number of the body
# $column: a column number of the body
# $expected: the fields expected, as JSON ({org, household, opened_on?})
srv-bad-body = ungültiger JSON-Inhalt (Zeile { $line }, Spalte { $column }): erwartet wurde { $expected }
srv-case-no-replay = der Vorgang lässt sich nicht nachvollziehen; siehe das Protokoll des Servers
srv-unknown-member-query = dieses Mitglied gehört nicht zum Vorgang (?member=ID)
srv-firm-imports = nur die Mitarbeitenden der Beratungsfirma importieren Vorgänge
srv-firm-revokes = nur die Mitarbeitenden der Beratungsfirma widerrufen Links von Beschäftigten
srv-admin-access-log = nur ein Administrator exportiert das Zugriffsprotokoll
srv-firm-lists-orgs = nur die Mitarbeitenden der Beratungsfirma sehen die Liste der Organisationen
srv-name-chars = erwartet wurden 1 bis 200 Zeichen ohne Steuerzeichen
srv-org-exists = eine Organisation mit diesem Namen gibt es bereits
srv-account-exists = ein Konto mit dieser Adresse gibt es bereits
srv-no-account = dieses Konto gibt es nicht
srv-chars = erwartet wurden 1 bis 200 Zeichen
srv-expected-email = erwartet wurde eine E-Mail-Adresse
srv-expected-password = erwartet wurde ein Passwort mit 12 bis 1024 Zeichen

# ---- l10n-gaps: the CLI's own texts that bypassed the resources ----

# Error message (lowercase, no final period): --lang refused.
# $value: the tag as given
# $expected: the available language tags, comma-separated (codes: keep them)
err-unsupported-language = nicht unterstützte Sprache „{ $value }“: erwartet wird eine von { $expected } (BCP-47-Tags, z. B. pt-BR → pt)

# Error message (lowercase, no final period): a digest or salt of a case file is not hex.
# $count: the number of digits expected (64 or 32)
err-hex-digits = { $count } hexadezimale Ziffern in Kleinbuchstaben erwartet

# Error message (lowercase, no final period), after a file name: the file does not exist.
err-io-not-found = Datei oder Ordner nicht gefunden

# Error message (lowercase, no final period), after a file name: the system refuses access.
err-io-permission-denied = Zugriff verweigert

# Error message (lowercase, no final period), after a file name: it names a folder.
err-io-is-a-directory = ein Ordner, keine Datei

# The help line under a list of choices in the terminal interview (the keys: arrows, Enter, typing).
cli-iv-help-select = ↑↓ zum Bewegen · Eingabe zum Auswählen · Tippen zum Filtern

# Shown after a question of the terminal interview stopped with Esc (in angle brackets, as a mark, not a sentence).
cli-iv-canceled = <abgebrochen>

# clap usage error: an argument the command does not take ($arg, as typed, e.g. --bogus).
cli-usage-unknown-argument = unbekanntes Argument: { $arg }

# clap usage error: a command that does not exist ($command, as typed).
cli-usage-unknown-command = unbekannter Befehl: { $command }

# clap usage error: an option given without its value ($arg, e.g. --lang <TAG>).
cli-usage-missing-value = { $arg } erfordert einen Wert

# clap usage error: a value refused for an argument ($value as typed; $arg, e.g. --detail <DETAIL>).
cli-usage-invalid-value = ungültiger Wert { $value } für { $arg }

# clap usage error: a value that is not one of the choices ($value as typed; $arg; $choices, the codes accepted, comma-separated).
cli-usage-invalid-choice = ungültiger Wert { $value } für { $arg }; mögliche Werte: { $choices }

# clap usage error: a required argument missing ($arg, e.g. <NUMBER>; several are comma-separated).
cli-usage-missing-argument = erforderliches Argument fehlt: { $arg }

# clap usage error: a command (subcommand) is required and none was given.
cli-usage-missing-command = ein Befehl ist erforderlich

# clap usage error: two arguments that cannot be given together ($arg, $other).
cli-usage-conflict = { $arg } kann nicht zusammen mit { $other } verwendet werden

# clap usage error: an argument given with too many or too few values ($arg).
cli-usage-value-count = falsche Anzahl von Werten für { $arg }

# clap usage error of another kind (generic).
cli-usage-invalid = die Befehlszeile ist ungültig

# After a usage error: the closest valid argument, command or value ($suggestion, as it is typed).
cli-usage-suggestion = meinten Sie { $suggestion }?

# After a usage error: where the usage is described ($command, the help command, e.g. secu case record --help; the help stays in English).
cli-usage-help = Verwendung (auf Englisch): { $command }

# The name of the iCalendar file of a case's deadlines (secu case calendar, the team service's calendar), shown by calendar applications; "secu" is the program's name.
ical-calendar-name = secu: Fristen der Krankenversicherung
