# secu: every text the library and its frontends show, in French.
# Conventions (ids, variables, functions, $sex, plurals, typography): docs/l10n.md.

## Affiliation types, bases, statuses
aff-registration = première affiliation (immatriculation)
aff-reactivation = réouverture des droits
aff-beneficiary = ayant droit d'un parent
aff-s1-registration = inscription d'un formulaire S1 (prise en charge par la caisse d'origine)
aff-none = pas d'affiliation en France (régime d'origine)
basis-activity = activité professionnelle en France
basis-residence = résidence stable et régulière
basis-accompanying-family = membre de la famille accompagnant un assuré
basis-dependent-child = enfant mineur d'un parent assuré
basis-s1 = formulaire S1 du pays d'origine
basis-home-scheme = régime du pays d'origine
status-ayant-droit = ayant droit
status-ayant-droit-autonome = ayant droit autonome

# Status label.
# $sex: female, male or other (unknown): French agrees with the person.
status-own-coverage =
    { $sex ->
         [female] assurée
        *[other] assuré
    } à titre personnel
fund-cpam = CPAM (caisse primaire d'assurance maladie)
fund-cgss = CGSS (caisse générale de sécurité sociale)
fund-cssm = CSSM (Caisse de sécurité sociale de Mayotte)
fund-msa = MSA (Mutualité sociale agricole)

## Milestones
ms-own-card-orderable = 12 ans : un parent peut commander la carte Vitale de l'enfant
ms-own-carte-vitale = 16 ans : carte Vitale personnelle ; peut devenir ayant droit autonome
ms-majority = 18 ans (majorité)
ms-beneficiary-end = fin de la qualité d'ayant droit : déposer le S1110 pour une prise en charge personnelle
ms-nia-expiry = fin de validité (9 mois) du numéro provisoire (NIA)
ms-posting-end = fin du détachement
ms-ntt-limit = fin de la tolérance de 3 mois du NTT en paie (DSN)
ms-vls-ts-validation-due = date limite de validation en ligne du visa long séjour (VLS-TS)
ms-permit-expiry = expiration du titre de séjour
ms-residence-condition-met = 3 mois de résidence stable atteints : début de la prise en charge

## Documents
doc-form-s1106 = formulaire S1106 : demande d'ouverture des droits (cerfa 15763*02)
doc-form-s3705 = formulaire S3705 : rattachement des enfants mineurs (cerfa 14445*02)
doc-form-s1110 = formulaire S1110 : prise en charge à titre personnel (cerfa 15763*02)
doc-form-s3704 = formulaire S3704 : déclaration de choix du médecin traitant (cerfa 12485*03)
doc-identity-document = pièce d'identité
doc-residence-permit = titre de séjour
doc-birth-certificate = acte de naissance avec filiation
doc-sworn-translation = traduction par un traducteur assermenté
doc-marriage-or-partnership-certificate = acte de mariage, attestation de PACS ou de concubinage
doc-proof-of-address = justificatif de domicile
doc-bank-details = relevé d'identité bancaire (RIB) à son nom
doc-proof-of-activity = justificatif d'activité professionnelle
doc-proof-of-residence = justificatif de plus de 3 mois de résidence stable
doc-s1-form = formulaire S1 de la caisse d'assurance maladie d'origine
doc-a1-certificate = certificat A1 (législation applicable)
doc-coverage-certificate = certificat de détachement au titre de la convention bilatérale
doc-enrolment-certificate = certificat de scolarité
doc-id-photo = photo d'identité pour la carte Vitale
doc-autonomy-request-letter = courrier de demande de qualité d'ayant droit autonome
doc-legalisation = légalisation ou apostille des actes d'état civil étrangers
# $sex: female, male or other (unknown): the worker's words agree with the person.
doc-private-insurance-statement =
    attestation d'assurance santé privée pour { $sex ->
         [female] la salariée
        *[other] le salarié
    } et sa famille
doc-guardianship-document = document de tutelle (décision de justice, délégation de l'autorité parentale)

## Alternatives
alt-passport = passeport
alt-national-id-card = carte nationale d'identité
alt-full-copy = copie intégrale
alt-extract-with-filiation = extrait avec filiation
alt-multilingual-extract = extrait plurilingue
alt-consular-document = document établi par un consulat
alt-livret-de-famille = livret de famille
alt-employment-contract = contrat de travail
alt-employer-certificate = attestation de l'employeur
alt-payslip = bulletin de salaire
alt-business-registration = justificatif d'immatriculation de l'activité indépendante
alt-marriage-certificate = acte de mariage
alt-pacs-certificate = attestation d'enregistrement du PACS
alt-cohabitation-certificate = certificat de concubinage
alt-sworn-statement = déclaration sur l'honneur de vie commune
alt-utility-bill = facture récente (énergie, téléphone)
alt-rent-receipt = quittance de loyer ou bail
alt-accommodation-certificate = attestation d'hébergement avec la pièce d'identité de l'hébergeant
alt-rent-history = bail ou quittances de loyer remontant à plus de 3 mois
alt-old-utility-bill = facture (énergie, téléphone) à une adresse en France datant de plus de 3 mois
alt-entry-stamp = tampon d'entrée ou visa du passeport montrant une entrée il y a plus de 3 mois
alt-accommodation-since = attestation d'hébergement indiquant depuis quand, avec la pièce d'identité de l'hébergeant
alt-long-stay-visa = visa long séjour valant titre de séjour (VLS-TS) validé
alt-residence-card = carte de séjour (dont passeport talent)
alt-resident-card = carte de résident
alt-algerian-certificate = certificat de résidence algérien
alt-online-by-doctor = déclaration en ligne par le médecin
alt-paper-s3704 = formulaire papier S3704 signé par le médecin

## Steps, actors, statuses
step-prepare-file = préparer le dossier (pièces, formulaires)
step-submit-file = déposer le dossier auprès de la caisse
step-provisional-number = attribution du numéro provisoire (NIA)
step-physician-declaration = déclarer un médecin traitant
step-number-certification = certification du numéro de sécurité sociale (SANDIA)
step-carte-vitale = carte Vitale
step-ameli-account = compte ameli et attestation de droits
step-rights-reopened = réouverture des droits
step-s1-registered = inscription du S1 par la caisse
actor-member = la personne
actor-parent = un parent
actor-employer = l'employeur
actor-cpam = la caisse (CPAM)
actor-cgss = la caisse (CGSS)
actor-cssm = la caisse (CSSM)
actor-msa = la caisse (MSA)
actor-sandia = SANDIA (CNAV)
actor-doctor = le médecin
actor-home-institution = l'institution du pays d'origine
status-pending = à faire
status-in-progress = en cours
status-done = fait
status-blocked = bloqué
status-not-applicable = sans objet
dsn-nir = NIR (numéro de sécurité sociale certifié)
dsn-nia = NIA (numéro d'identification d'attente)
dsn-ntt = NTT (numéro technique temporaire)

## Warnings
w-residence-three-months = Sans activité professionnelle, la prise en charge au titre de la résidence stable commence après plus de 3 mois de résidence en France.

# Warning shown under a member.
# $date: a date (written out by DATE)
w-residence-three-months-dated = Sans activité professionnelle, la prise en charge au titre de la résidence stable commence après plus de 3 mois de résidence en France : à partir du { DATE($date) }.

# Warning shown under a member.
# $months: a number of months
w-posting-over-limit = Le détachement dépasse la durée de { $months } mois autorisée : sans dérogation, l'affiliation française s'applique au-delà.

# Warning shown under a member.
# $months: a number of months
w-posting-over-limit-extension = Le détachement dépasse la période initiale de { $months } mois prévue par la convention : demander la prolongation avant son terme, sinon l'affiliation française s'applique.

# Warning shown under a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
w-agreement-scope-unverified = Il n'a pas pu être vérifié si la convention { COUNTRY($country, form: "with") } maintient l'assurance maladie du pays d'origine : vérifier le certificat de détachement auprès du CLEISS.

# Warning shown under a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
w-agreement-excludes-health =
    La convention { COUNTRY($country, form: "with") } ne couvre pas l'assurance maladie : { $sex ->
         [female] la salariée est affiliée
        *[other] le salarié est affilié
    } en France pour la maladie, les autres branches couvertes restent dans le pays d'origine.

# Warning shown under a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
w-posting-without-certificate =
    { $sex ->
         [female] Détachée
        *[other] Détaché
    } depuis { COUNTRY($country, form: "def") } sans certificat de législation applicable : l'affiliation française s'applique. Demander le certificat (A1 ou formulaire bilatéral) à l'institution d'origine si le détachement y ouvre droit.
w-paris-cpam-for-talent-passport = Les titulaires d'un passeport talent et leur famille déposent leur dossier auprès de la CPAM de Paris, quel que soit leur lieu de résidence.
w-permit-missing = Aucun titre de séjour n'est indiqué : un ressortissant d'un pays hors EEE et Suisse doit en présenter un (titre de séjour, VLS-TS validé, carte de résident).
w-parents-assumed = Les parents de l'enfant ne sont pas indiqués : le membre principal et son conjoint sont présumés être ses parents légaux (l'enfant du conjoint doit avoir un lien juridique, comme l'adoption, pour être ayant droit).
w-assumed-never-insured = L'affiliation antérieure en France n'est pas indiquée : la personne est présumée n'avoir jamais été assurée (première affiliation). Si elle l'a été, il s'agit d'une réouverture des droits.
w-assumed-previously-insured = L'affiliation antérieure en France n'est pas indiquée : la personne est présumée déjà assurée (politique choisie), donc réouverture des droits. Sinon, il s'agit d'une première affiliation.

# Warning shown under a member.
# $sex: female, male or other (unknown): French agrees with the person.
w-inactive-eea-resources =
    { $sex ->
         [female] Une ressortissante
        *[other] Un ressortissant
    } de l'EEE ou suisse sans activité n'est pas { $sex ->
         [female] couverte
        *[other] couvert
    } automatiquement : { $sex ->
         [female] elle doit
        *[other] il doit
    } justifier de ressources suffisantes et d'une couverture maladie.

# Warning shown under a member.
# $field: a field name or the mismatching item, as written in the input
w-nir-mismatch = Le numéro de sécurité sociale ne correspond pas { $field } de la personne : vérifier les deux ; les numéros réels peuvent comporter des pseudo-mois et des codes historiques.
w-accompanying-family-three-months-practice = La loi dispense de la condition de 3 mois le conjoint qui rejoint un assuré (art. D160-2 II 3°), mais certaines CPAM appliquent 3 mois en pratique : citer l'article si besoin.
w-accompanying-child-three-months-practice = La loi dispense de la condition de 3 mois le membre de la famille qui rejoint un assuré (art. D160-2 II 3°, sans limite d'âge) ; qu'un enfant majeur en fasse partie est une hypothèse, et certaines CPAM appliquent 3 mois en pratique : citer l'article si besoin.

# Warning shown under a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
w-care-paid-by-home-scheme = Les soins restent à la charge du régime { COUNTRY($country, form: "of") } : la CPAM ne les sert que si la convention le prévoit ; sinon la caisse d'origine ou une assurance privée paie.

# Warning shown under a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
w-care-paid-by-home-scheme-assumed = Les soins restent probablement à la charge du régime { COUNTRY($country, form: "of") } (hypothèse, à confirmer auprès de la caisse) : la CPAM ne les sert que si la convention le prévoit ; sinon la caisse d'origine ou une assurance privée paie.

# Warning shown under a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $insured-sex: the posted worker's sex (female, male or other), on the worker's page and on each family member's: the words for the worker agree with it.
w-private-health-insurance-required =
    Le détachement depuis { COUNTRY($country, form: "def") } exige une assurance maladie couvrant { $insured-sex ->
         [female] la salariée
        *[other] le salarié
    } et sa famille en France (régime d'origine ou assurance privée).

# Warning shown under a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
w-no-social-security-agreement =
    La France n'a pas de convention de sécurité sociale { COUNTRY($country, form: "with") } : { $sex ->
         [female] la salariée détachée est affiliée
        *[other] le salarié détaché est affilié
    } en France.
ws1-spouse-may-need-own-registration = Il n'est pas vérifié qu'un conjoint majeur soit membre de famille au titre du S1 depuis 2016 : la CPAM peut demander son affiliation à titre personnel.

# Warning shown under a member.
# $date: a date (written out by DATE)
w-permit-expired = Le titre de séjour a expiré le { DATE($date) } : le renouveler ; les droits au titre de la résidence dépendent d'un titre valide.
w-receipt-permit = Un récépissé est indiqué : la liste des récépissés admis (arrêté du 10 mai 2017) n'a pas pu être vérifiée ; se renseigner auprès de la caisse.
w-vls-ts-validation = Un visa long séjour (VLS-TS) doit être validé en ligne dans les 3 mois suivant l'entrée pour valoir titre de séjour.

# Warning shown under a member.
# $date: a date (written out by DATE)
w-ntt-tolerance-exceeded = La tolérance de 3 mois du NTT a pris fin le { DATE($date) } : la paie doit obtenir dès maintenant le NIR ou le NIA.

# Warning shown under a member.
# $date: a date (written out by DATE)
w-nia-expired = Le numéro provisoire (NIA) a atteint la fin de sa validité de 9 mois le { DATE($date) } : demander à la caisse où en est la certification.
w-nir-implies-previous-insurance = Un numéro de sécurité sociale certifié pour une personne née à l'étranger n'existe qu'après une affiliation antérieure : traité comme une réouverture des droits.
w-translation-assumed = Le pays qui a délivré l'acte d'union n'est pas indiqué : une traduction assermentée est présumée nécessaire.
w-fund-depends-on-commune = Ce département compte plusieurs CPAM, selon la commune : vérifier celle dont relève l'adresse.
w-territory-own-scheme = Cette collectivité d'outre-mer a son propre régime de sécurité sociale, distinct du régime général : se renseigner auprès de sa caisse.
w-start-date-unknown = La date du premier jour de travail n'est pas indiquée : la date de début de prise en charge ne peut pas être fixée.
w-arrival-unknown = La date d'arrivée en France n'est pas indiquée : la date de début de prise en charge ne peut pas être fixée.
w-posting-end-unknown = La date de fin du détachement n'est pas indiquée : sa durée ne peut pas être comparée à la limite.
w-no-insured-parent = Aucun parent de l'enfant n'est dans le foyer avec une couverture française : l'enfant est couvert à titre personnel au titre de la résidence.
w-minor-without-parent = Aucun parent de l'enfant n'est indiqué dans le foyer : l'enfant n'est l'ayant droit de personne par filiation. Indiquer la situation du tuteur légal et fournir le document de tutelle (un enfant recueilli par un assuré peut lui être rattaché) ; d'ici là, l'enfant est évalué à titre personnel au titre de la résidence.
w-autonomy-before16 = La demande d'autonomie (ayant droit autonome) n'est possible qu'à partir de 16 ans : elle est ignorée et l'enfant reste ayant droit.
w-postcode-missing = Aucun code postal n'est indiqué : la caisse ne peut pas être déterminée.
w-certificate-mismatch = Le type de certificat ne correspond pas au pays d'envoi (l'A1 concerne l'EEE, la Suisse et le Royaume-Uni ; les autres pays délivrent un formulaire bilatéral) : le vérifier.
mismatch-sex = au sexe
mismatch-year = à l'année de naissance
mismatch-month = au mois de naissance
mismatch-place = au lieu de naissance

## Document reasons
rs1106 = Chaque adulte dépose sa propre demande d'ouverture des droits.
rs1106-minor = Demande d'ouverture des droits propre au mineur, signée par son représentant légal.
rs1106-reactivation = Le même formulaire rouvre les droits d'une personne déjà assurée en France.
rs3705-one = Rattache l'enfant au(x) parent(s) assuré(s) ; le rattacher aux deux parents lorsque les deux sont assurés (double rattachement).

# Why a document is needed.
# $children: the number of children (2 or more)
rs3705-many = Rattache les { $children } enfants au(x) parent(s) assuré(s) ; les rattacher aux deux parents lorsque les deux sont assurés (double rattachement).
r-identity = Justifie de l'identité.
r-identity-child = Passeport ou carte d'identité de l'enfant.
r-permit = Justifie de la régularité du séjour (inutile pour les ressortissants de l'EEE et suisses, et pour les mineurs).
r-activity = Justifie de l'activité qui ouvre les droits dès le premier jour de travail ; la caisse peut demander le premier bulletin de salaire.
r-proof-of-residence = Justifie de plus de 3 mois de résidence stable en France.
r-guardianship = Justifie de la personne qui a la responsabilité légale d'un enfant sans parent dans le foyer : il décide si l'enfant peut être rattaché à un tuteur assuré.
r-enrolment-student-adult = L'inscription dans un établissement d'enseignement dispense de la condition de 3 mois de résidence.
r-enrolment-student = Un étudiant de 16 à 18 ans est automatiquement ayant droit autonome.
r-enrolment-pupil = Un lycéen de 16 ou 17 ans justifie de sa scolarité pour rester rattaché à ses parents.
r-birth-identification = Permet l'identification d'une personne née à l'étranger (la CPAM attribue un NIA, SANDIA certifie le numéro).
r-birth-child = Justifie de la filiation pour le rattachement aux parents.
r-birth-child-identification = Justifie de la filiation et permet l'identification de l'enfant né à l'étranger, qui reçoit son propre numéro (NIA puis NIR certifié).
r-birth-filiation-s1 = Chaque membre de la famille inscrit au titre du S1 justifie du lien de famille.
r-union-accompanying = Justifie du lien familial avec l'assuré.
r-birth-adult-child = Justifie du lien familial (filiation) avec le parent assuré ; permet l'identification d'une personne née à l'étranger si besoin.
r-union-civil-status = État civil d'un demandeur marié, pour l'identification.
r-union-s1 = Justifie du lien familial avec le titulaire du S1.
r-address = Justifie de l'adresse, qui détermine la caisse compétente.
r-bank = Les remboursements sont versés sur un compte au nom de la personne.
r-bank-child = Un ayant droit autonome est remboursé sur un compte à son nom.
r-physician = Déclarer un médecin traitant permet d'être remboursé normalement ; déclarer sur papier si le médecin ne peut pas encore le faire en ligne.
r-physician-child = Dès 16 ans, le jeune déclare son propre médecin traitant, avec la signature d'un parent.
r-id-photo = Pour la carte Vitale, commandée une fois le numéro certifié (photo + pièce d'identité de moins de 10 ans).

# Why a document is needed.
# $sex: female, male or other (unknown): French agrees with the person.
rs1-worker =
    Délivré par la caisse d'origine : inscrit { $sex ->
         [female] la salariée
        *[other] le salarié
    } auprès de la CPAM de résidence, aux frais de la caisse d'origine.
rs1-family = Les formulaires S1 sont individuels : chaque membre de la famille fait inscrire le sien.

# Why a document is needed.
# $sex: female, male or other (unknown): French agrees with the person.
ra1 =
    Justifie que { $sex ->
         [female] la salariée
        *[other] le salarié
    } reste soumis à la législation du pays d'origine pendant le détachement.

# Why a document is needed.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
r-coverage-certificate-home =
    Maintient { $sex ->
         [female] la salariée
        *[other] le salarié
    } au régime { COUNTRY($country, form: "of") } ; l'employeur le conserve en cas de contrôle.

# Why a document is needed.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
r-coverage-certificate-home-assumed =
    Maintient { $sex ->
         [female] la salariée
        *[other] le salarié
    } sous la législation { COUNTRY($country, form: "of") } pour les branches couvertes par la convention ; que la maladie en fasse partie est une hypothèse, à confirmer auprès de la caisse. L'employeur le conserve en cas de contrôle.

# Why a document is needed.
# $country: a country code (written by COUNTRY with the form the sentence needs)
r-coverage-certificate-other = Maintient dans le pays d'origine les branches couvertes par la convention { COUNTRY($country, form: "with") } (hors maladie).
r-private-insurance = La convention fait de la couverture maladie en France une condition du détachement.
r-autonomy-letter = Simple courrier à la caisse du parent pour demander la qualité d'ayant droit autonome.
r-sworn-translation = Les actes d'état civil délivrés hors de France, de l'EEE et de Suisse doivent être traduits par un traducteur assermenté (ou le consulat), sauf s'ils sont déjà en français. Une légalisation ou une apostille peut aussi être demandée selon le pays d'émission.
r-legalisation = Actes d'état civil étrangers légalisés ou apostillés (politique choisie).

## Explanations (conclusions)

# Conclusion of a rule in the explanation of a member.
# $sex: female, male or other (unknown): French agrees with the person.
c-activity =
    Travaille en France : { $sex ->
         [female] couverte
        *[other] couvert
    } au titre de l'activité professionnelle dès la première heure de travail.

# Conclusion of a rule in the explanation of a member.
# $sex: female, male or other (unknown): French agrees with the person.
c-working-minor-activity =
    Travaille en France (apprentissage compris) : { $sex ->
         [female] couverte
        *[other] couvert
    } à titre personnel au titre de l'activité.
c-working-minor = Un mineur qui exerce une activité professionnelle (y compris en apprentissage) n'est plus rattaché à ses parents et est couvert à titre personnel.

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $sex: female, male or other (unknown): French agrees with the person.
c-working-minor-status =
    { $age ->
         [0] Moins d'un an
         [one] { $age } an
        *[other] { $age } ans
    }, en activité : { $sex ->
         [female] assurée
        *[other] assuré
    } à titre personnel, pas ayant droit.

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $sex: female, male or other (unknown): French agrees with the person.
c-minor-own-status =
    { $age ->
         [0] Moins d'un an
         [one] { $age } an
        *[other] { $age } ans
    }, sans parent { $sex ->
         [female] assurée
        *[other] assuré
    } auquel être rattaché : { $sex ->
         [female] assurée
        *[other] assuré
    } à titre personnel.
c-adult-child = Un enfant majeur n'est pas ayant droit : il est couvert à titre personnel.

# Conclusion of a rule in the explanation of a member.
# $sex: female, male or other (unknown): French agrees with the person.
c-student =
    { $sex ->
         [female] Étudiante
        *[other] Étudiant
    } : { $sex ->
         [female] couverte
        *[other] couvert
    } au titre de la résidence, { $sex ->
         [female] dispensée
        *[other] dispensé
    } de la condition de 3 mois.

# Whom a member joins or accompanies, in c-accompanying…'s $insured.
# $sex: the sex of the person joined (female, male or other), not the member's.
c-insured-main-applicant =
    { $sex ->
         [female] la demandeuse principale
        *[other] le demandeur principal
    }
# Whom a member joins or accompanies, in c-accompanying…'s $insured.
# $sex: the sex of the person joined (female, male or other), not the member's.
c-insured-partner =
    { $sex ->
         [female] la conjointe ou partenaire du demandeur principal
        *[other] le conjoint ou partenaire du demandeur principal
    }
# Whom a member joins or accompanies, in c-accompanying…'s $insured.
c-insured-child = un enfant du foyer

# Conclusion of a rule in the explanation of a member.
# $insured: whom the member joins, by their place in the household (c-insured-…)
# $sex: female, male or other (unknown): French agrees with the person.
c-accompanying =
    Rejoint ou accompagne une personne affiliée en France ({ $insured }) : { $sex ->
         [female] couverte
        *[other] couvert
    } au titre de la résidence sans attendre 3 mois.

# Conclusion of a rule in the explanation of a member.
# $insured: whom the member joins, by their place in the household (c-insured-…)
c-accompanying-three-months = Rejoint ou accompagne une personne affiliée en France ({ $insured }) ; selon la politique choisie, la condition de 3 mois de résidence s'applique.

# Conclusion of a rule in the explanation of a member.
# $insured: whom the member joins, by their place in the household (c-insured-…)
# $sex: female, male or other (unknown): French agrees with the person.
c-accompanying-adult-child =
    Enfant majeur sans activité qui rejoint ou accompagne un parent assuré ({ $insured }) : membre de la famille au sens de l'art. D160-2, qui ne fixe pas de limite d'âge (hypothèse non vérifiée) : { $sex ->
         [female] couverte
        *[other] couvert
    } au titre de la résidence sans attendre 3 mois.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
c-earliest-basis-residence = Rejoindre ou accompagner un membre de la famille ne donnerait que le { DATE($date) }, jour où cette personne est couverte : le fondement le plus précoce, la résidence stable à titre personnel, s'applique.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
c-earliest-basis-activity = Ne travaille en France qu'à partir du { DATE($date) } : rejoindre ou accompagner un membre de la famille assuré donne une date plus précoce, et le fondement le plus précoce s'applique.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
c-earliest-basis-residence-before-work = Ne travaille en France qu'à partir du { DATE($date) } : plus de 3 mois de résidence stable donnent une date plus précoce, et le fondement le plus précoce s'applique.
c-adult-own-request = Depuis 2016 (PUMa), un adulte n'est jamais ayant droit : il dépose sa propre demande.

# Conclusion of a rule in the explanation of a member.
# $sex: female, male or other (unknown): French agrees with the person.
# $insured-sex: the sex of the worker followed or the person joined (female, male or other): the words for that second person agree with it.
c-follows-s1 =
    Membre de la famille { $insured-sex ->
         [female] d'une salariée détachée
        *[other] d'un salarié détaché
    } avec un S1 : { $sex ->
         [female] inscrite
        *[other] inscrit
    } avec son propre S1 aux frais de la caisse d'origine.
# $insured-sex: the sex of the worker followed or the person joined (female, male or other): the words for that second person agree with it.
c-follows-home-scheme =
    Membre de la famille { $insured-sex ->
         [female] d'une salariée maintenue
        *[other] d'un salarié maintenu
    } au régime d'origine : suit { $insured-sex ->
         [female] la salariée
        *[other] le salarié
    }, pas d'affiliation en France.
# $insured-sex: the sex of the worker followed or the person joined (female, male or other): the words for that second person agree with it.
c-follows-home-scheme-assumed =
    Membre de la famille { $insured-sex ->
         [female] d'une salariée probablement maintenue
        *[other] d'un salarié probablement maintenu
    } au régime d'origine (hypothèse, à confirmer auprès de la caisse) : suit { $insured-sex ->
         [female] la salariée
        *[other] le salarié
    }, pas d'affiliation en France retenue.

# Conclusion of a rule in the explanation of a member.
# $sex: female, male or other (unknown): French agrees with the person.
c-residence =
    Sans activité professionnelle : { $sex ->
         [female] couverte
        *[other] couvert
    } au titre de la résidence après plus de 3 mois de résidence stable.

# Conclusion of a rule in the explanation of a member.
# $sex: female, male or other (unknown): French agrees with the person.
c-residence-before-work =
    Ne travaille pas encore : { $sex ->
         [female] couverte
        *[other] couvert
    } au titre de la résidence après plus de 3 mois de résidence stable.

# Conclusion of a rule in the explanation of a member.
# $sex: female, male or other (unknown): French agrees with the person.
c-residence-enrolled =
    Sans activité, { $sex ->
         [female] inscrite
        *[other] inscrit
    } dans un établissement d'enseignement : { $sex ->
         [female] couverte
        *[other] couvert
    } au titre de la résidence, { $sex ->
         [female] dispensée
        *[other] dispensé
    } de la condition de 3 mois.
c-beneficiary = Enfant mineur d'un parent assuré, sans activité professionnelle : ayant droit.

# Conclusion of a rule in the explanation of a member.
# $sex: female, male or other (unknown): French agrees with the person.
c-minor-alone =
    { $sex ->
         [female] Mineure
        *[other] Mineur
    } sans parent assuré en France dans le foyer : { $sex ->
         [female] couverte
        *[other] couvert
    } à titre personnel au titre de la résidence.

# Conclusion of a rule in the explanation of a member.
# $sex: female, male or other (unknown): French agrees with the person.
c-minor-without-parent =
    Aucun parent dans le foyer : pas ayant droit par filiation ; la situation du tuteur légal décide (un enfant recueilli par un assuré peut lui être rattaché). D'ici là, { $sex ->
         [female] couverte
        *[other] couvert
    } à titre personnel au titre de la résidence, avec sa condition de 3 mois.

# Conclusion of a rule in the explanation of a member.
# $sex: female, male or other (unknown): French agrees with the person.
c-minor-without-parent-enrolled =
    Aucun parent dans le foyer : pas ayant droit par filiation ; la situation du tuteur légal décide (un enfant recueilli par un assuré peut lui être rattaché). D'ici là, { $sex ->
         [female] couverte
        *[other] couvert
    } à titre personnel au titre de la résidence ; { $sex ->
         [female] scolarisée
        *[other] scolarisé
    }, { $sex ->
         [female] dispensée
        *[other] dispensé
    } de la condition de 3 mois.

# Conclusion of a rule in the explanation of a member.
# $sex: female, male or other (unknown): French agrees with the person.
c-posted-eu =
    { $sex ->
         [female] Détachée
        *[other] Détaché
    } depuis l'EEE ou la Suisse avec un A1 : reste au régime d'origine ; soins en France grâce au S1 inscrit auprès de la CPAM.

# Conclusion of a rule in the explanation of a member.
# $sex: female, male or other (unknown): French agrees with the person.
c-posted-uk =
    { $sex ->
         [female] Détachée
        *[other] Détaché
    } depuis le Royaume-Uni avec un certificat de législation applicable : traité comme un détachement européen (inscription du S1).

# Conclusion of a rule in the explanation of a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
c-posted-home-scheme =
    { $sex ->
         [female] Détachée
        *[other] Détaché
    } au titre de la convention { COUNTRY($country, form: "with") }, qui maintient l'assurance maladie du pays d'origine : pas d'affiliation en France.

# Conclusion of a rule in the explanation of a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
c-posted-home-scheme-assumed =
    { $sex ->
         [female] Détachée
        *[other] Détaché
    } au titre de la convention { COUNTRY($country, form: "with") }, qui maintient probablement l'assurance maladie du pays d'origine (déduit d'une position générale, à confirmer auprès de la caisse) : pas d'affiliation en France retenue.

# Conclusion of a rule in the explanation of a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
c-posted-scope-unverified =
    { $sex ->
         [female] Détachée
        *[other] Détaché
    } depuis { COUNTRY($country, form: "def") } : il n'est pas vérifié que la convention maintienne l'assurance maladie d'origine ; le régime d'origine est retenu par défaut, à confirmer auprès de la caisse.

# Conclusion of a rule in the explanation of a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
c-posted-scope-unverified-french =
    { $sex ->
         [female] Détachée
        *[other] Détaché
    } depuis { COUNTRY($country, form: "def") } : il n'est pas vérifié que la convention maintienne l'assurance maladie d'origine ; selon la politique choisie, l'affiliation française s'applique.

# Conclusion of a rule in the explanation of a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
c-posted-agreement-excludes-health =
    { $sex ->
         [female] Détachée
        *[other] Détaché
    } au titre de la convention { COUNTRY($country, form: "with") }, qui ne couvre pas la maladie : { $sex ->
         [female] affiliée
        *[other] affilié
    } en France pour la maladie au titre de l'activité.

# Conclusion of a rule in the explanation of a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
c-posted-no-certificate =
    { $sex ->
         [female] Détachée
        *[other] Détaché
    } depuis { COUNTRY($country, form: "def") } sans certificat : l'affiliation française au titre de l'activité s'applique.

# Conclusion of a rule in the explanation of a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
c-posted-no-agreement =
    { $sex ->
         [female] Détachée
        *[other] Détaché
    } depuis { COUNTRY($country, form: "def") }, sans convention de sécurité sociale avec la France : affiliation française au titre de l'activité.

# Conclusion of a rule in the explanation of a member.
# $months: a number of months
# $date: a date (written out by DATE)
c-posting-limit = Un détachement limité à { $months } mois peut durer jusqu'au { DATE($date) }, dernier jour inclus.

# Conclusion of a rule in the explanation of a member.
# $sex: female, male or other (unknown): French agrees with the person.
c-registration =
    Jamais { $sex ->
         [female] assurée
        *[other] assuré
    } en France : première affiliation.

# Conclusion of a rule in the explanation of a member.
# $sex: female, male or other (unknown): French agrees with the person.
c-registration-assumed =
    Affiliation antérieure non indiquée : { $sex ->
         [female] présumée
        *[other] présumé
    } jamais { $sex ->
         [female] assurée
        *[other] assuré
    }, donc première affiliation.

# Conclusion of a rule in the explanation of a member.
# $sex: female, male or other (unknown): French agrees with the person.
c-reactivation =
    Déjà { $sex ->
         [female] assurée
        *[other] assuré
    } en France : le numéro est attribué à vie, les droits sont rouverts.

# Conclusion of a rule in the explanation of a member.
# $sex: female, male or other (unknown): French agrees with the person.
c-reactivation-implied =
    A un numéro certifié bien que { $sex ->
         [female] née
        *[other] né
    } à l'étranger, ce qui suppose une affiliation antérieure : réouverture des droits.

# Conclusion of a rule in the explanation of a member.
# $sex: female, male or other (unknown): French agrees with the person.
c-reactivation-assumed =
    Affiliation antérieure non indiquée : { $sex ->
         [female] présumée
        *[other] présumé
    } déjà { $sex ->
         [female] assurée
        *[other] assuré
    } (politique choisie), donc réouverture des droits.

# Conclusion of a rule in the explanation of a member.
# $sex: female, male or other (unknown): French agrees with the person.
c-identification-required =
    { $sex ->
         [female] Née
        *[other] Né
    } à l'étranger, sans numéro français, pas de nationalité française : identification nécessaire (NIA attribué par la CPAM, puis numéro certifié par SANDIA).
c-identification-under-way = A un numéro provisoire (NIA) : l'identification est en cours jusqu'à la certification du numéro par SANDIA.

# Conclusion of a rule in the explanation of a member.
# $sex: female, male or other (unknown): French agrees with the person.
c-no-identification-born-in-france =
    { $sex ->
         [female] Née
        *[other] Né
    } en France : a un numéro de sécurité sociale depuis la naissance, pas d'étape d'identification.

# Conclusion of a rule in the explanation of a member.
# $sex: female, male or other (unknown): French agrees with the person.
c-no-identification-french =
    { $sex ->
         [female] Française
        *[other] Français
    } { $sex ->
         [female] née
        *[other] né
    } à l'étranger : le numéro est créé à partir de l'état civil central, sans identification par SANDIA.
c-no-identification-has-nir = A déjà un numéro certifié : pas d'étape d'identification.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
c-covered-from-activity =
    { $sex ->
         [female] Couverte
        *[other] Couvert
    } dès le premier jour de travail : { DATE($date) }.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
c-covered-from-s1 =
    { $sex ->
         [female] Couverte
        *[other] Couvert
    } dès le début du détachement (S1) : { DATE($date) }.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
# $insured-sex: the sex of the worker followed or the person joined (female, male or other): the words for that second person agree with it.
c-covered-from-s1-family =
    { $sex ->
         [female] Couverte
        *[other] Couvert
    } à la plus tardive des dates d'arrivée et de début du S1 { $insured-sex ->
         [female] de la salariée
        *[other] du salarié
    } : { DATE($date) }.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
# $insured-sex: the sex of the worker followed or the person joined (female, male or other): the words for that second person agree with it.
c-covered-from-accompanying =
    { $sex ->
         [female] Couverte
        *[other] Couvert
    } à la plus tardive des dates d'arrivée et de début de couverture { $insured-sex ->
         [female] de la conjointe
        *[other] du conjoint
    } : { DATE($date) }.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
c-covered-from-accompanying-parent =
    { $sex ->
         [female] Couverte
        *[other] Couvert
    } à la plus tardive des dates d'arrivée et de début de couverture du parent : { DATE($date) }.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
c-covered-from-child =
    { $sex ->
         [female] Couverte
        *[other] Couvert
    } à la plus tardive des dates de naissance, d'arrivée et de début de couverture du parent : { DATE($date) }.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
c-covered-from-residence =
    { $sex ->
         [female] Couverte
        *[other] Couvert
    } dès le lendemain des 3 mois suivant l'arrivée (pas avant le début de validité du titre de séjour hors EEE) : { DATE($date) }.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
c-covered-from-student =
    { $sex ->
         [female] Couverte
        *[other] Couvert
    } dès l'arrivée (pas avant le début de validité du titre de séjour hors EEE) : { DATE($date) }.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
c-covered-from-arrival =
    { $sex ->
         [female] Couverte
        *[other] Couvert
    } dès l'arrivée : { DATE($date) }.
c-covered-from-unknown = La date de début de couverture ne peut pas être fixée : une date dont elle dépend manque.

# Conclusion of a rule in the explanation of a member.
# $sex: female, male or other (unknown): French agrees with the person.
c-attached-one =
    { $sex ->
         [female] Rattachée
        *[other] Rattaché
    } au parent assuré.

# Conclusion of a rule in the explanation of a member.
# $sex: female, male or other (unknown): French agrees with the person.
c-attached-one-assumed =
    { $sex ->
         [female] Rattachée
        *[other] Rattaché
    } au parent assuré (parents présumés : le membre principal et son conjoint).

# Conclusion of a rule in the explanation of a member.
# $sex: female, male or other (unknown): French agrees with the person.
c-attached-both =
    { $sex ->
         [female] Rattachée
        *[other] Rattaché
    } aux deux parents assurés (double rattachement, recommandé).

# Conclusion of a rule in the explanation of a member.
# $sex: female, male or other (unknown): French agrees with the person.
c-attached-both-assumed =
    { $sex ->
         [female] Rattachée
        *[other] Rattaché
    } aux deux parents assurés (double rattachement ; parents présumés : le membre principal et son conjoint).

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
c-under-sixteen =
    { $age ->
         [0] Moins d'un an
         [one] { $age } an
        *[other] { $age } ans
    } : ayant droit de ses parents.

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
c-under-sixteen-one-parent =
    { $age ->
         [0] Moins d'un an
         [one] { $age } an
        *[other] { $age } ans
    } : ayant droit de son parent.

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
c-sixteen-may-request =
    { $age ->
         [0] Moins d'un an
         [one] { $age } an
        *[other] { $age } ans
    } : reste ayant droit ; peut demander (simple courrier) à devenir ayant droit autonome.

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $sex: female, male or other (unknown): French agrees with the person.
c-pupil-stays-dependent =
    { $age ->
         [0] Moins d'un an
         [one] { $age } an
        *[other] { $age } ans
    }, { $sex ->
         [female] lycéenne
        *[other] lycéen
    } : reste ayant droit de ses parents sauf demande d'autonomie.

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $sex: female, male or other (unknown): French agrees with the person.
c-pupil-stays-dependent-one-parent =
    { $age ->
         [0] Moins d'un an
         [one] { $age } an
        *[other] { $age } ans
    }, { $sex ->
         [female] lycéenne
        *[other] lycéen
    } : reste ayant droit de son parent sauf demande d'autonomie.

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $sex: female, male or other (unknown): French agrees with the person.
c-student-autonomous =
    { $age ->
         [0] Moins d'un an
         [one] { $age } an
        *[other] { $age } ans
    }, { $sex ->
         [female] étudiante
        *[other] étudiant
    } : automatiquement ayant droit autonome.

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
c-autonomy-requested =
    { $age ->
         [0] Moins d'un an
         [one] { $age } an
        *[other] { $age } ans
    }, a demandé l'autonomie : ayant droit autonome (remboursements et compte ameli personnels).

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
c-beneficiary-end-birthday = La qualité d'ayant droit prend fin aux 18 ans, le { DATE($date) } : hypothèse (la date fixée par décret à l'art. L160-2 n'a pas été trouvée) ; dépôt ensuite du S1110 avec un compte bancaire à son nom.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
c-beneficiary-end-fixed = La qualité d'ayant droit prend fin le { DATE($date) }, date retenue par la politique dans l'année des 18 ans ; dépôt ensuite du S1110 avec un compte bancaire à son nom.
c-child-milestones = Dès 12 ans, un parent peut commander en ligne la carte Vitale de l'enfant ; à 16 ans, la CPAM envoie à l'enfant le formulaire de carte Vitale.

# Conclusion of a rule in the explanation of a member.
# $sex: female, male or other (unknown): French agrees with the person.
c-leap-day-last =
    { $sex ->
         [female] Née
        *[other] Né
    } un 29 février : les autres années, l'anniversaire tombe le 28 février.

# Conclusion of a rule in the explanation of a member.
# $sex: female, male or other (unknown): French agrees with the person.
c-leap-day-march =
    { $sex ->
         [female] Née
        *[other] Né
    } un 29 février : selon la politique choisie, l'anniversaire tombe le 1er mars les autres années.

# Conclusion of a rule in the explanation of a member.
# $fund: the name of the local fund, as is (e.g. "CPAM de Paris")
c-fund-residence = Le dossier est à adresser à la caisse du lieu de résidence : { $fund }.

# Conclusion of a rule in the explanation of a member.
# $fund: the name of the local fund, as is (e.g. "CPAM de Paris")
c-fund-overseas = Outre-mer, le dossier est à adresser à la caisse générale de sécurité sociale : { $fund }.

# Conclusion of a rule in the explanation of a member.
# $fund: the name of the local fund, as is (e.g. "CPAM de Paris")
c-fund-mayotte = À Mayotte, qui n'a pas de CGSS, le dossier est à adresser à la Caisse de sécurité sociale de Mayotte (CSSM) : { $fund }.
c-fund-msa = En métropole, les salariés agricoles et leur famille relèvent de la MSA, pas de la CPAM.

# Conclusion of a rule in the explanation of a member.
# $fund: the name of the local fund, as is (e.g. "CPAM de Paris")
c-fund-overseas-agricultural = Dans les départements d'outre-mer, la MSA ne gère pas l'assurance maladie : les salariés agricoles et leur famille relèvent de la caisse locale : { $fund }.
c-fund-talent-passport = Titulaires d'un passeport talent et leur famille : le dossier est à adresser à la CPAM de Paris.
c-fund-unknown = Pas de code postal : la caisse du lieu de résidence ne peut pas être déterminée.
c-fund-unknown-agricultural = Pas de code postal : la caisse d'un salarié agricole ne peut pas être déterminée (la MSA en métropole, la CGSS ou la CSSM outre-mer).
c-fund-own-scheme = L'adresse est dans une collectivité d'outre-mer à régime propre : aucune caisse du régime général n'est compétente.

# Conclusion of a rule in the explanation of a member.
# $sex: female, male or other (unknown): French agrees with the person.
c-permit-required =
    { $sex ->
         [female] Ressortissante
        *[other] Ressortissant
    } d'un pays hors EEE et Suisse : un titre de séjour est exigé.
c-no-permit-minor = Aucun titre de séjour n'est exigé d'un mineur.

# Conclusion of a rule in the explanation of a member.
# $sex: female, male or other (unknown): French agrees with the person.
c-inactive-eea =
    { $sex ->
         [female] Ressortissante
        *[other] Ressortissant
    } de l'EEE ou suisse sans activité : doit justifier de ressources suffisantes et d'une couverture maladie.
c-translation = Les actes d'état civil délivrés hors de France, de l'EEE et de Suisse doivent faire l'objet d'une traduction assermentée.
c-nir-checked = Le numéro de sécurité sociale a été contrôlé (structure, clé) et comparé aux données de naissance.
c-legalisation-required = Les actes d'état civil étrangers doivent être légalisés ou apostillés (politique choisie).
c-payroll-nir = A un NIR certifié : la paie le déclare en DSN.
c-payroll-nia = A un numéro provisoire (NIA) : la paie le déclare en DSN, sans limite de durée, jusqu'au NIR certifié.
c-payroll-ntt = Pas encore de NIR ni de NIA : la paie déclare un numéro technique temporaire (NTT), toléré 3 mois.

## Payroll
payroll-nir = Déclarer le NIR certifié en DSN. Si un NTT a été utilisé, le reporter sur la première DSN portant le NIR.
payroll-nia = Déclarer le NIA en DSN (utilisable sans limite de durée). À réception du NIR certifié, le déclarer ; reporter l'éventuel NTT sur la première DSN qui le porte.

# Payroll note (hr).
# $date: a date (written out by DATE)
payroll-ntt = Pas encore de numéro : déclarer un NTT avec toutes les données de naissance connues (toléré 3 mois, jusqu'au { DATE($date) }). À réception du NIR ou du NIA, le déclarer et reporter le NTT sur la première DSN qui le porte.
payroll-ntt-no-start = Pas encore de numéro : déclarer un NTT avec toutes les données de naissance connues (toléré 3 mois à partir du premier jour de travail). À réception du NIR ou du NIA, le déclarer et reporter le NTT sur la première DSN qui le porte.

## Rules catalogue
rule-activity = Une personne qui travaille en France (contrat français ou indépendant) est affiliée au titre de l'activité, dès la première heure.
rule-registration-or-reactivation = Première affiliation si jamais affilié en France ; réouverture des droits si déjà affilié (ou NIR certifié d'une personne née à l'étranger).
rule-identification = Identification (NIA puis NIR certifié) des personnes nées à l'étranger sans numéro, jamais assurées, non françaises.
rule-accompanying-family = Le membre de famille qui rejoint ou accompagne un assuré est dispensé de la condition de 3 mois de résidence.
rule-accompanying-adult-child = L'enfant majeur sans activité qui rejoint ou accompagne un parent assuré est membre de la famille (pas de limite d'âge à l'art. D160-2 ; hypothèse) : demande personnelle, sans attente de 3 mois.
rule-earliest-basis = Une personne qui remplit plusieurs fondements est couverte à la date la plus précoce qu'ils donnent ; à égalité, le fondement qui n'exige pas de justifier de 3 mois de résidence.
rule-residence = Sans activité, prise en charge au titre de la résidence stable et régulière après plus de 3 mois.
rule-student = Les personnes inscrites dans un établissement d'enseignement sont dispensées de la condition de 3 mois.
rule-inactive-eea = Les ressortissants de l'EEE et suisses inactifs doivent justifier de ressources suffisantes et d'une couverture maladie.
rule-adults-not-beneficiaries = Depuis 2016, seuls les enfants mineurs peuvent être ayants droit ; chaque adulte dépose sa propre demande.
rule-posted-eu = Un salarié détaché depuis l'EEE, la Suisse ou le Royaume-Uni avec un A1 reste au régime d'origine et fait inscrire un S1.
rule-posted-bilateral = Un salarié détaché au titre d'une convention bilatérale reste soumis à la législation d'origine pour les branches couvertes par la clause de détachement (table par convention).
rule-posted-bilateral-inferred = Idem, lorsque la portée de la convention pour la maladie est déduite de la position générale de l'ACOSS ou inconnue.
rule-posted-without-certificate = Un détachement sans certificat, ou depuis un pays sans convention, relève de l'affiliation française.
rule-posted-family = La famille d'un salarié détaché suit le salarié, sauf si elle travaille elle-même en France.
rule-posting-limit = Un détachement limité à N mois peut durer jusqu'à la date de début plus N mois moins un jour ; une date de fin postérieure dépasse la limite.
rule-minor-beneficiary = Les enfants mineurs sans activité, à la filiation établie, sont ayants droit de leurs parents assurés.
rule-minor-without-parent = Un mineur sans parent dans le foyer n'est l'ayant droit de personne par filiation : la situation du tuteur est demandée ; aucune dispense de la condition de 3 mois n'est présumée.
rule-working-minor = Un mineur qui travaille (apprenti compris) est couvert à titre personnel.
rule-dependent-status = Le statut de l'enfant : ayant droit, ayant droit autonome (16 ans et plus, étudiants automatiquement), ou assuré à titre personnel.
rule-autonomy-before16 = Une demande d'autonomie avant 16 ans n'est pas possible : elle est ignorée, avec un avertissement.
rule-attachment = Les enfants sont rattachés à chaque parent assuré (double rattachement) ; le S3705 est déposé par un parent.
rule-filiation = La qualité d'ayant droit suit la filiation légale, pas l'appartenance au foyer.
rule-beneficiary-end = Date de fin de la qualité d'ayant droit (politique : les 18 ans par défaut).
rule-child-milestones = Carte Vitale commandable dès 12 ans, carte personnelle à 16 ans, majorité à 18 ans.
rule-leap-day = Un anniversaire du 29 février tombe le 28 février les autres années (politique).
rule-covered-from = Le premier jour de prise en charge, selon le fondement.
rule-fund = La caisse : CPAM du lieu de résidence, CGSS dans les départements d'outre-mer (CSSM à Mayotte), MSA pour les salariés agricoles en métropole.
rule-fund-talent-passport = Les titulaires d'un passeport talent et leur famille relèvent de la CPAM de Paris.
rule-permit = Un titre de séjour pour les adultes hors EEE et Suisse ; jamais pour les mineurs.
rule-vls-ts = Un visa long séjour doit être validé en ligne dans les 3 mois suivant l'entrée.
rule-documents = Les pièces à réunir, selon la situation.
rule-translation = Traduction assermentée des actes d'état civil délivrés hors de France, de l'EEE et de Suisse (politique) ; l'acte d'union est un document unique du couple, dont le pays, indiqué pour l'un ou l'autre partenaire, décide.
rule-legalisation = La légalisation ou l'apostille n'est pas exigée, seulement signalée (politique).
rule-steps = Les étapes de la procédure selon le type d'affiliation.
rule-payroll = L'identifiant en DSN : NIR, NIA ou NTT (toléré 3 mois).
rule-nir-check = Un NIR fourni est contrôlé (structure, clé) et comparé aux données de naissance ; une discordance est un avertissement.

## Human report

# Report heading or label.
# $date: a date (written out by DATE)
ui-title = Assurance maladie en France : évaluation au { DATE($date) }

# Report heading or label.
# $version: the secu version, e.g. 0.1.0
# $rules: the date of the rules (a date)
ui-rules = secu { $version }, règles du { $rules }

# Report heading or label.
# $policies: the names of the policies, comma-separated
ui-policies = Politiques différentes des valeurs par défaut : { $policies }

# Report heading or label.
# $age: the person's age in whole years (a number; 0 for a baby under one)
ui-age =
    { $age ->
         [0] moins d'un an
         [one] { $age } an
        *[other] { $age } ans
    }
ui-age-one-year = 1 an
ui-age-one-month = 1 mois

# Report heading or label.
# $months: a number of months
ui-age-months =
    { $months ->
         [0] moins d'un mois
        *[other] { $months } mois
    }
ui-affiliation = Affiliation
ui-basis = Fondement

# Report heading or label.
# $sex: female, male or other (unknown): French agrees with the person.
ui-covered-from =
    { $sex ->
         [female] Couverte
        *[other] Couvert
    } dès le
ui-unknown = inconnu
ui-fund = Caisse
ui-child-status = Statut enfant

# Report heading or label.
# $sex: female, male or other (unknown): French agrees with the person.
ui-attached-to =
    { $sex ->
         [female] Rattachée
        *[other] Rattaché
    } à
ui-identification = Identification
ui-identification-yes = nécessaire : numéro provisoire (NIA), puis numéro certifié (SANDIA)
ui-why = Pourquoi
ui-documents = Pièces à réunir
ui-group-forms = Formulaires
ui-group-identity = Identité et état civil
ui-group-proofs = Justificatifs
ui-group-payment = Banque et carte Vitale
ui-one-of = au choix
ui-translation = à faire traduire par un traducteur assermenté
ui-covers = concerne
ui-for-children = pour
ui-steps = Étapes

# Report heading or label.
# $date: a date (written out by DATE)
ui-expected-by = attendu vers le { DATE($date) }
ui-milestones = Prochaines échéances
ui-payroll = Paie (DSN)
ui-dsn-identifier = À déclarer
ui-ntt-suggestion = NTT proposé
ui-warnings = Points d'attention
ui-none = aucun
ui-nothing-to-do = Aucune démarche en France.
ui-sources = Sources
# Report (both audiences): heading of the household summary that opens the document.
ui-summary = Synthèse pour le foyer
# Household summary: label of the fund the file goes to (its name follows).
ui-send-to = Dossier à envoyer à
# Household summary: heading of the first steps still to do, each followed by whom it is for.
ui-first-actions = Premières démarches
# Household summary: heading of the dates to know (coverage, deadlines, the next twelve months' milestones).
ui-key-dates = Dates clés
# Household summary, key dates: the day health cover starts (followed by the names).
ui-coverage-starts = début de la prise en charge
# Family's document: the name of a member given without a label, by their place in the household.
# $number: 1, 2…
ui-person = Personne { $number }
# Family's document: heading of the points of attention that are the same for every member, said once.
ui-household-warnings = Points d'attention pour tout le foyer
# Family's document: stands for the list of names when a line concerns every member of the household.
ui-whole-household = tout le foyer
# Case history: an entry erased (GDPR).
ui-hist-redacted = (effacé)
# Case history: a number that does not parse.
ui-hist-invalid-number = (numéro invalide)
# Case history: a correction. $seq: the entry it voids; $reason: as typed.
ui-hist-voids = annule le n°{ $seq } : { $reason }
# Case history: a permit renewed. $permit: its code; $from: a date (written out).
ui-hist-permit = { $permit } à partir du { $from }
# Case history: a permit renewed. $permit: its code; $from, $until: dates (written out).
ui-hist-permit-until = { $permit } du { $from } au { $until }
# Case history: after an entry a correction voided (a fragment: keep its leading space). $seq: the correction.
ui-hist-voided-by = {" "}[annulé par le n°{ $seq }]
# Case history: when the entry was recorded. $at: the recording time, its date written out and the time (HH:MM).
ui-hist-recorded = (enregistré le { $at })
# Case status, list and history: a date alone (a step done, a deadline, an entry of the log).
# $date: a date (written out by DATE)
ui-date = { DATE($date) }
# Between the items of a list of names or things in a line (", " in English; "、" in Chinese, "، " in Arabic).
ui-list-sep = ,{" "}
# Between the items of a list of longer phrases ("; " in English; French with a no-break space before ";").
ui-list-semicolon = {" ; "}
# Between a label and its value in a line (": " in English; French with a no-break space before ":"; "：" in Chinese).
ui-colon = {" : "}
nir-valid = numéro de sécurité sociale valide (NIR ou NIA)
nir-valid-without-key = structure valide, saisie sans la clé
nir-legacy-nnp = ancien numéro provisoire (NNP), pas un NIR : remplacé par le NIA depuis 2022
nir-legacy-mig = numéro provisoire de migrant de passage (MIG), pas un NIR
nir-invalid = numéro de sécurité sociale invalide
nir-why = motif
nir-sex = sexe
nir-female = féminin (2)
nir-male = masculin (1)
nir-year = année de naissance
nir-month = mois de naissance
nir-pseudo-month = pseudo-mois : mois inconnu
nir-place = lieu de naissance
nir-abroad = à l'étranger :
nir-department = département
nir-commune = commune
nir-historical = 91 à 96 peut aussi désigner l'Algérie, le Maroc ou la Tunisie avant l'indépendance
nir-order = numéro d'ordre
nir-key-expected = clé
nir-key-given = saisie :

## Input errors (decoding, validation, the CLI's own messages)
err-standard-input = entrée standard
err-standard-output = sortie standard

# Error message (lowercase, no final period; fragments are joined).
# $limit: a number (a limit)
err-input-too-large = dépasse la limite de { $limit } octets : refusé (l'augmenter avec --max-input-bytes)

# Error message (lowercase, no final period; fragments are joined).
# $count: a number
err-more-problems =
    … et { $count ->
         [one] { $count } autre problème
        *[other] { $count } autres problèmes
    }
err-no-as-of = pas de date d'évaluation : donner "as_of" dans le foyer ou en option

# Error message (lowercase, no final period; fragments are joined).
# $byte: a byte offset (a number)
err-not-utf8 = l'entrée n'est pas de l'UTF-8 valide (octet { $byte })

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $line: a line number
# $column: a column number
err-malformed-json = JSON mal formé à la ligne { $line }, colonne { $column } :{" "}

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $line: a line number
# $column: a column number
err-at-line = ligne { $line }, colonne { $column } :{" "}

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): the text ends inside a list [ ].
err-json-eof-list = fin du texte au milieu d'une liste

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): the text ends inside an object { }.
err-json-eof-object = fin du texte au milieu d'un objet

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): the text ends inside a quoted string.
err-json-eof-string = fin du texte au milieu d'une chaîne

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): the text ends where a value was expected (e.g. an empty file).
err-json-eof-value = fin du texte là où une valeur était attendue

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a colon was expected after a key.
err-json-expected-colon = « : » attendu

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a comma or the end of the list was expected.
err-json-expected-list-comma = « , » ou « ] » attendu

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a comma or the end of the object was expected.
err-json-expected-object-comma = « , » ou « {"}"} » attendu

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a word like true, false or null was misspelt.
err-json-expected-ident = mot attendu (true, false ou null)

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): no valid value here (e.g. a word without quotes).
err-json-expected-value = valeur attendue

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a key must start with a double quote.
err-json-expected-quote = guillemet « " » attendu

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a backslash sequence in a string is not valid.
err-json-invalid-escape = séquence d'échappement non valide

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a number is badly written.
err-json-invalid-number = nombre non valide

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a number too large.
err-json-number-out-of-range = nombre hors limites

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a \u escape names no character.
err-json-invalid-code-point = point de code Unicode non valide

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a raw control character (e.g. a tab or a line break) inside a quoted string.
err-json-control-character = caractère de contrôle (\u0000-\u001F) dans une chaîne

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): an object key without double quotes.
err-json-key-must-be-string = une clé doit être une chaîne entre guillemets

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a comma before ] or }.
err-json-trailing-comma = virgule en trop

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): text after the end of the document.
err-json-trailing-characters = caractères en trop après la fin du document

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): lists or objects nested too deeply.
err-json-recursion-limit = imbrication trop profonde

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a \u escape with fewer than four hex digits.
err-json-hex-escape-end = séquence \u incomplète

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a \u escape with half of a character pair.
err-json-lone-surrogate = demi-paire de substitution isolée dans une séquence \u

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): any other JSON error (generic).
err-json-other = JSON non valide

# Error message (lowercase, no final period; fragments are joined).
# $field: a field name or the mismatching item, as written in the input
err-duplicate-field = champ "{ $field }" donné deux fois

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
# $expected: what was expected
err-newer-format = "{ $found }" est plus récent que ce que comprend cette version de secu ({ $expected }) : mettre secu à jour

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
# $expected: what was expected
err-unknown-format = format inconnu "{ $found }" : attendu "{ $expected }"

# Error message (lowercase, no final period; fragments are joined).
# $field: a field name or the mismatching item, as written in the input
# $suggestion: the closest known value
err-unknown-field-did-you-mean = champ inconnu "{ $field }" ; vouliez-vous dire "{ $suggestion }" ?

# Error message (lowercase, no final period; fragments are joined).
# $field: a field name or the mismatching item, as written in the input
# $known: the known values, comma-separated
err-unknown-field-known = champ inconnu "{ $field }" ; champs connus : { $known }

# Error message (lowercase, no final period; fragments are joined).
# $field: a field name or the mismatching item, as written in the input
err-missing-field = champ obligatoire manquant : "{ $field }"

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-string = une chaîne de caractères était attendue, trouvé : { $found }

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-bool = true ou false était attendu, trouvé : { $found }

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-date = une date "AAAA-MM-JJ" était attendue, trouvé : { $found }

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-object = un objet était attendu, trouvé : { $found }

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-members = un tableau de personnes était attendu, trouvé : { $found }

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-member-id = un identifiant de personne (chaîne) était attendu, trouvé : { $found }

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-member-ids = un tableau d'identifiants de personnes était attendu, trouvé : { $found }

# Error message (lowercase, no final period; fragments are joined).
# $value: the value given, as typed
err-no-such-date = date inexistante "{ $value }"

# Error message (lowercase, no final period; fragments are joined).
# $value: the value given, as typed
err-date-shape = date invalide "{ $value }" : format attendu AAAA-MM-JJ

# Error message (lowercase, no final period; fragments are joined).
# $value: the value given, as typed
# $years: the accepted range of years
err-date-years = date "{ $value }" hors des années { $years }

# Error message (lowercase, no final period; fragments are joined).
# $value: the value given, as typed
err-unknown-country = code pays inconnu { $value }

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-country = un code pays était attendu (ISO 3166-1 alpha-2, "XK" ou "CA-QC"), trouvé : { $found }

# Error message (lowercase, no final period; fragments are joined).
# $value: the value given, as typed
err-unknown-value = valeur inconnue "{ $value }"

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $suggestion: the closest known value
err-did-you-mean =  ; vouliez-vous dire "{ $suggestion }" ?

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $choices: the accepted values, comma-separated
err-expected-one-of = {" "}(valeurs possibles : { $choices })

# Error message (lowercase, no final period; fragments are joined).
# $count: a number
# $limit: a number (a limit)
err-too-many-members = { $count } personnes : plus que la limite de { $limit }
err-no-members = un foyer compte au moins une personne
err-several-primaries = une seule personne peut être la personne principale (primary)
err-no-primary = aucune personne n'a la relation "primary"

# Error message (lowercase, no final period; fragments are joined).
# $length: a number of characters
err-id-length = un identifiant a de 1 à 64 caractères, trouvé : { $length }

# Error message (lowercase, no final period; fragments are joined).
# $id: a member id
# $other: where the same id appears (a JSON path)
err-duplicate-id = identifiant "{ $id }" en double (aussi { $other })

# Error message (lowercase, no final period; fragments are joined).
# $birth: a date, quoted as typed (YYYY-MM-DD)
# $as-of: a date, quoted as typed (YYYY-MM-DD)
err-birth-after-as-of = date de naissance { $birth } postérieure à la date d'évaluation { $as-of }
err-union-country-not-partner = union_country ne concerne qu'un conjoint ou un partenaire
err-nir-status-without-nir = nir_status est donné sans nir
err-nia-issued-without-nir = nia_issued_on est donné sans nir
err-nia-issued-not-provisional = nia_issued_on suppose nir_status "provisional"

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
err-nia-before-birth = NIA attribué le { $date }, avant la date de naissance

# Error message (lowercase, no final period; fragments are joined).
# $key: the two-digit key
err-nir-without-key-rejected = 13 caractères sans la clé (politique nir_without_key = reject) ; sa clé serait { $key }
err-posting-missing = un salarié détaché a besoin des détails du détachement (from_country, certificate, end_date)

# Error message (lowercase, no final period; fragments are joined).
# $kind: an activity kind code
err-posting-not-posted = les détails du détachement sont pour le type "posted", pas "{ $kind }"

# Error message (lowercase, no final period; fragments are joined).
# $end: a date, quoted as typed (YYYY-MM-DD)
# $start: a date, quoted as typed (YYYY-MM-DD)
err-posting-reversed = le détachement finit le { $end }, avant son début le { $start }

# Error message (lowercase, no final period; fragments are joined).
# $max: a number (the maximum)
# $length: a number of characters
err-payroll-id-length = un matricule a de 1 à { $max } caractères pour tenir dans un NTT, trouvé : { $length }

# Error message (lowercase, no final period; fragments are joined).
# $character: the character, quoted
err-payroll-id-character = le caractère { $character } ne peut pas figurer dans un NTT (lettres et chiffres seulement)

# Error message (lowercase, no final period; fragments are joined).
# $until: a date, quoted as typed (YYYY-MM-DD)
# $from: a date, quoted as typed (YYYY-MM-DD)
err-permit-reversed = titre valable jusqu'au { $until }, avant le début de sa validité le { $from }

# Error message (lowercase, no final period; fragments are joined).
# $relationship: a relationship code
err-parents-not-child = parents ne se donne que pour un enfant, pas pour "{ $relationship }"

# Error message (lowercase, no final period; fragments are joined).
# $count: a number
err-too-many-parents = un enfant a au plus deux parents légaux, trouvé : { $count }

# Error message (lowercase, no final period; fragments are joined).
# $parent: a member id
err-parent-twice = le parent "{ $parent }" figure deux fois

# Error message (lowercase, no final period; fragments are joined).
# $id: a member id
err-unknown-parent = aucune personne n'a l'identifiant "{ $id }"
err-own-parent = un enfant ne peut pas être son propre parent

# Error message (lowercase, no final period; fragments are joined).
# $parent: a member id
# $path: a JSON path, e.g. members[1]
err-parent-not-adult = le parent "{ $parent }" n'est pas majeur ({ $path })

# Error message (lowercase, no final period; fragments are joined).
# $parent: a member id
# $path: a JSON path, e.g. members[1]
err-parent-ref = le parent "{ $parent }" ({ $path })

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $parent-birth: a date, quoted as typed (YYYY-MM-DD)
# $child-birth: a date, quoted as typed (YYYY-MM-DD)
err-parent-born-after-child = {" "}est né le { $parent-birth }, pas avant l'enfant (né le { $child-birth })

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $min: a minimum age (a number)
err-parent-too-young =
    {" "}aurait eu { $age ->
         [0] moins d'un an
         [one] { $age } an
        *[other] { $age } ans
    } à la naissance de l'enfant (au moins { $min })

# Error message (lowercase, no final period; fragments are joined).
# $start: a date, quoted as typed (YYYY-MM-DD)
# $birth: a date, quoted as typed (YYYY-MM-DD)
err-activity-before-birth = l'activité commence le { $start }, avant la date de naissance { $birth }

# Error message (lowercase, no final period; fragments are joined).
# $end: a date, quoted as typed (YYYY-MM-DD)
# $birth: a date, quoted as typed (YYYY-MM-DD)
err-posting-before-birth = le détachement se termine le { $end }, avant la date de naissance { $birth }

# Error message (lowercase, no final period; fragments are joined).
# $policy: a policy name
# $problem: what is wrong (a text)
err-policy-out-of-range = politique { $policy } : { $problem }

# Error message (lowercase, no final period; fragments are joined).
# $length: a number of characters
err-siren-length = 9 chiffres attendus, trouvé : { $length }

# Error message (lowercase, no final period; fragments are joined).
# $character: the character, quoted
# $position: its position (a number)
err-siren-character = caractère invalide { $character } en position { $position } : un SIREN n'a que des chiffres

# Error message (lowercase, no final period; fragments are joined).
# $expected: what was expected
# $found: what was found, quoted from the input or its JSON kind
err-siren-key = chiffre de contrôle invalide : { $expected } attendu, { $found } saisi (clé de Luhn)

# Error message (lowercase, no final period; fragments are joined).
# $postcode: a value, as is
err-postcode-malformed = code postal invalide { $postcode } : 5 chiffres attendus

# Error message (lowercase, no final period; fragments are joined).
# $postcode: a value, as is
err-postcode-monaco = le code postal { $postcode } est à Monaco, pas en France

# Error message (lowercase, no final period; fragments are joined).
# $postcode: a value, as is
err-postcode-unknown = le code postal { $postcode } ne correspond à aucun département français

# Error message (lowercase, no final period; fragments are joined).
# $length: a number of characters
err-nir-length = 13 ou 15 caractères attendus, trouvé : { $length }

# Error message (lowercase, no final period; fragments are joined).
# $character: the character, quoted
# $position: its position (a number)
err-nir-character = caractère invalide { $character } en position { $position }

# Error message (lowercase, no final period; fragments are joined).
# $digit: the digit found
err-nir-sex = chiffre du sexe invalide '{ $digit }' : 1 (homme) ou 2 (femme) attendu
err-nir-legacy-nnp = ancien numéro provisoire (NNP, numéro national provisoire), pas un NIR : ces numéros ont été remplacés par le NIA et ont officiellement disparu le 31 décembre 2022
err-nir-legacy-mig = ancien numéro provisoire (MIG, migrant de passage), pas un NIR : il n'a pas de clé et n'est pas accepté là où un NIR ou un NIA est attendu

# Error message (lowercase, no final period; fragments are joined).
# $month: a month number
err-nir-month = mois invalide '{ $month }' : 01 à 12 ou un pseudo-mois 20 à 99 attendu

# Error message (lowercase, no final period; fragments are joined).
# $department: the department code found
err-nir-department = département invalide '{ $department }' : 01 à 99, 2A ou 2B attendu

# Error message (lowercase, no final period; fragments are joined).
# $order: the order number found
err-nir-order = numéro d'ordre invalide '{ $order }' : 001 à 999 attendu

# Error message (lowercase, no final period; fragments are joined).
# $expected: what was expected
# $found: what was found, quoted from the input or its JSON kind
err-nir-key = clé invalide : { $expected } attendue, { $found } saisie
kind-null = la valeur null
kind-bool = un booléen
kind-number = un nombre
kind-string = une chaîne de caractères
kind-array = un tableau
kind-object = un objet

## Case and policy errors (issue 10, item 15: they follow --lang)

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-policy-assignment = NOM=VALEUR attendu, trouvé : "{ $found }"

# Error message (lowercase, no final period; fragments are joined).
# $policy: a policy name
err-policy-unknown = politique inconnue "{ $policy }"

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $known: the known values, comma-separated
err-policy-known =  ; politiques connues : { $known }

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $policy: a policy name
err-policy-prefix = politique { $policy } :{" "}

# Error message (lowercase, no final period; fragments are joined).
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $max: a number (the maximum)
err-policy-age = âge { $age } hors limites : 0 à { $max } attendu (la déclaration est exigée de tout adulte, décision 8)

# Error message (lowercase, no final period; fragments are joined).
# $month: a month number
err-policy-month = mois { $month } hors limites : 1 à 12 attendu

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $day: a day number
# $month: a month number
err-policy-day = jour { $day } hors limites pour le mois { $month } :{" "}

# Error message (lowercase, no final period; fragments are joined).
# $max: a number (the maximum)
err-policy-day-range = 1 à { $max } attendu

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $event: an event code
# $code: a refusal code
err-refused = { $event } refusé ({ $code }) :{" "}

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $events: event codes or a count of events (a text)
err-allowed-now =  ; possible maintenant : { $events }

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
err-allowed-nothing =  ; rien n'est possible maintenant

# Error message (lowercase, no final period; fragments are joined).
# $stage: the stage reached (a text)
# $track: the procedure track (a text)
err-not-allowed-now = impossible à ce stade : { $stage } (procédure : { $track })

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $date: a date, quoted as typed (YYYY-MM-DD)
err-dated-before = daté du { $date }, avant{" "}

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
err-before-submission = le dépôt du dossier ({ $date })

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
err-before-nia = le numéro provisoire (NIA) ({ $date })

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
err-before-clock-end = la fin des 3 mois que laisse le NIA pour envoyer l'acte d'état civil (R114-7 III) ({ $date })

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
err-before-notice-end = la fin des 3 mois de la mise en demeure (R114-7 III) ({ $date })

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
err-before-certification = le numéro certifié ou la réouverture des droits (décision 9) ({ $date })

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
err-before-last-event = un événement déjà enregistré ({ $date }) : les événements s'enregistrent dans l'ordre du temps

# Error message (lowercase, no final period; fragments are joined).
# $document: a document kind code
err-not-in-checklist = { $document } ne figure pas dans la liste des pièces de cette personne

# Error message (lowercase, no final period; fragments are joined).
# $document: a document kind code
err-doc-not-received = { $document } n'a pas été reçu

# Error message (lowercase, no final period; fragments are joined).
# $document: a document kind code
err-doc-already-received = { $document } a déjà été reçu
err-reason-required = un motif est obligatoire
err-nothing-received = aucune pièce n'a été reçue
err-checklist-complete = toutes les pièces sont reçues

# Error message (lowercase, no final period; fragments are joined).
# $documents: document kind codes, comma-separated
err-documents-missing = pièces encore manquantes : { $documents }
err-no-nia = pas de certification avant un numéro provisoire (NIA)
err-civil-status-missing = SANDIA certifie à partir de l'acte d'état civil, qui n'est pas parvenu à la caisse

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
err-number-invalid = le numéro n'est pas valide :{" "}
err-civil-status-received = l'acte d'état civil a déjà été reçu
err-no-formal-notice = les prestations ne sont suspendues qu'après une mise en demeure (R114-7 III)

# Error message (lowercase, no final period; fragments are joined).
# $min: a minimum age (a number)
# $age: the person's age in whole years (a number; 0 for a baby under one)
err-too-young =
    seulement à partir de { $min ->
         [one] { $min } an
        *[other] { $min } ans
    } (la personne a { $age ->
         [0] moins d'un an
         [one] { $age } an
        *[other] { $age } ans
    })

# Error message (lowercase, no final period; fragments are joined).
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $step: a step code
err-step-not-applicable =
    ne fait pas partie des étapes de cette personne à { $age ->
         [0] moins d'un an
         [one] { $age } an
        *[other] { $age } ans
    } ({ $step } : domaine §7)

# Error message (lowercase, no final period; fragments are joined).
# $age: the person's age in whole years (a number; 0 for a baby under one)
err-own-coverage-too-young =
    seulement à partir de 18 ans, ou du premier jour d'une activité professionnelle (la personne a { $age ->
         [0] moins d'un an
         [one] { $age } an
        *[other] { $age } ans
    })
err-card-settled = une nouvelle carte Vitale a déjà été commandée ou reçue, ou l'ancienne déclarée valable
err-no-ameli = l'attestation s'obtient depuis le compte ameli : l'ouvrir d'abord

# Error message (lowercase, no final period; fragments are joined).
# $member: a member id
err-no-track = la personne "{ $member }" n'a pas de démarche en France (pas d'affiliation)

# Error message (lowercase, no final period; fragments are joined).
# $id: a member id
err-no-member-id = aucune personne n'a l'identifiant "{ $id }"

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
# $last: the date of an event already recorded (ISO)
err-household-out-of-order = daté du { $date }, avant un événement déjà enregistré ({ $last }) : les événements s'enregistrent dans l'ordre du temps

# Error message (lowercase, no final period; fragments are joined).
# $member: a member id
# $stage: the stage reached (a text)
err-track-in-progress = la correction met fin à la démarche de "{ $member }", déjà au stade : { $stage } ; l'abandonner d'abord

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $member: a member id
err-unknown-case-member = aucune personne "{ $member }" dans le foyer ;{" "}

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $suggestion: the closest known value
err-case-did-you-mean = vouliez-vous dire "{ $suggestion }" ?{" "}

# Error message (lowercase, no final period; fragments are joined).
# $members: member ids, comma-separated
err-case-members = personnes : { $members }

# Error message (lowercase, no final period; fragments are joined).
# $member: a member id
err-member-redacted = la personne "{ $member }" a été effacée : plus rien n'est enregistré pour elle

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
# $today: a date, quoted as typed (YYYY-MM-DD)
err-future-date = l'événement est daté du { $date }, après le jour de son enregistrement ({ $today }) : l'enregistrer une fois qu'il a eu lieu
err-empty-line = ligne vide : un foyer (un objet JSON) est attendu

# Error message (lowercase, no final period; fragments are joined).
# $limit: a number (a limit)
err-line-too-long = ligne plus longue que la limite de { $limit } octets (à relever avec --max-line-bytes) ; la ligne a été ignorée

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
# $opened: a date, quoted as typed (YYYY-MM-DD)
err-before-opening = l'événement est daté du { $date }, avant l'ouverture du dossier ({ $opened }) : ce qui précède fait partie du foyer (numéro déjà attribué, assurance antérieure)

# Error message (lowercase, no final period; fragments are joined).
# $members: member ids, comma-separated
err-members-dropped = le foyer corrigé retire des personnes qui ont des événements : { $members } (une correction garde leurs identifiants ; est-ce le dossier d'une autre famille ?)

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $voided: the entry number the correction voids
# $seq: an entry number of the case file
err-correction-breaks = sans le n° { $voided }, le n° { $seq } serait refusé (
err-void-later-first = ) : annuler d'abord les événements suivants

# Error message (lowercase, no final period; fragments are joined).
# $member: a member id
err-redact-unknown = aucune personne "{ $member }" dans ce dossier
err-fully-redacted = toutes les personnes ont été effacées : il n'y a rien à rejouer

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $code: a refusal code
err-refused-on-replay = refusé à la relecture ({ $code }) :{" "}
err-household-mismatch = le foyer ne correspond pas à household_commitment : il a été modifié après la création du dossier

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $seq: an entry number of the case file
err-seq-not-first = n° { $seq } au lieu de 1 :{" "}

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $seq: an entry number of the case file
# $previous: the entry number before
err-seq-follows = n° { $seq } après le n° { $previous } :{" "}
err-entries-reordered = des entrées ont été réordonnées ou dupliquées

# Error message (lowercase, no final period; fragments are joined).
# $seq: an entry number of the case file
err-entries-reordered-later = des entrées ont été réordonnées (le n° { $seq } vient plus loin)

# Error message (lowercase, no final period; fragments are joined).
# $seq: an entry number of the case file
err-entry-deleted = une entrée a été supprimée (le n° { $seq } manque)
err-anchor-mismatch = prev ne correspond pas à l'ancre du dossier : l'en-tête (rules_version, created_at, opened_on, policies ou household_commitment) a été modifié
err-chain-broken = prev ne correspond pas à l'empreinte de l'entrée précédente : une entrée a été insérée, supprimée ou remplacée avant celle-ci
err-digest-mismatch = empreinte incorrecte : l'entrée a été modifiée après son enregistrement

# Error message (lowercase, no final period; fragments are joined).
# $byte: a byte offset (a number)
err-case-not-utf8 = le fichier n'est pas en UTF-8 valide (octet { $byte })
err-case-not-object = un dossier est un objet JSON

# Error message (lowercase, no final period; fragments are joined).
# $expected: what was expected
err-case-no-format = champ "format" manquant : ce n'est pas un dossier secu ("{ $expected }" attendu)

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
# $expected: what was expected
err-case-unknown-format = format inconnu "{ $found }" : "{ $expected }" attendu

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
# $expected: what was expected
err-case-newer-format = "{ $found }" est plus récent que ce que lit cette version de secu ({ $expected }) : mettre secu à jour

# Error message (lowercase, no final period; fragments are joined).
# $field: a field name or the mismatching item, as written in the input
err-case-unknown-field = champ inconnu "{ $field }"

# Error message (lowercase, no final period; fragments are joined).
# $field: a field name or the mismatching item, as written in the input
err-case-missing-field = champ manquant "{ $field }"
err-case-expected-string = une chaîne de caractères était attendue
err-case-timestamp = un horodatage RFC 3339 était attendu (2026-11-27T10:15:00Z)
err-case-expected-date = une date "AAAA-MM-JJ" était attendue

# Error message (lowercase, no final period; fragments are joined).
# $value: the value given, as typed
err-case-invalid-date = date invalide "{ $value }" : une date AAAA-MM-JJ existante était attendue

# Error message (lowercase, no final period; fragments are joined).
# $seq: an entry number of the case file
err-seq-unknown = le n° { $seq } n'est pas une entrée antérieure du journal

# Error message (lowercase, no final period; fragments are joined).
# $seq: an entry number of the case file
err-seq-is-correction = le n° { $seq } est une correction : une correction annule un événement, pas une autre correction

# Error message (lowercase, no final period; fragments are joined).
# $seq: an entry number of the case file
err-seq-other-member = le n° { $seq } est un événement d'une autre personne : une correction annule un événement de sa propre personne

# Error message (lowercase, no final period; fragments are joined).
# $seq: an entry number of the case file
# $correction: the entry number of the correction
err-seq-already-voided = le n° { $seq } est déjà annulé par le n° { $correction }

# Error message (lowercase, no final period; fragments are joined).
# $member: a member id
err-member-mismatch = member_added s'enregistre pour la nouvelle personne : personne "{ $member }" attendue

# Error message (lowercase, no final period; fragments are joined).
# $member: a member id
err-duplicate-member = la personne "{ $member }" fait déjà partie du foyer

# Error message (lowercase, no final period; fragments are joined).
# $member: a member id
err-replay-unknown-member = aucune personne "{ $member }" dans le foyer

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $value: the value given, as typed
err-unknown-variant = valeur inconnue `{ $value }`, valeurs possibles :{" "}

# Error message (lowercase, no final period; fragments are joined).
# $expected: what was expected
err-variant-only = `{ $expected }`

# Error message (lowercase, no final period; fragments are joined).
# $first: a value
# $second: a value
err-variant-either = `{ $first }` ou `{ $second }`

# Error message (lowercase, no final period; fragments are joined).
# $choices: the accepted values, comma-separated
err-variant-one-of = `{ $choices }`

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $members: member ids, comma-separated
err-redaction-breaks = les autres personnes ne peuvent pas être rejouées sans "{ $members }" (
err-redact-dependents-first = ) : effacer d'abord les personnes qui en dépendent, ou tout le dossier

# Message of the command line.
# $event: an event code
# $what: what the event needs (options)
cli-needs = { $event } demande { $what }
cli-at-least-one-document = au moins un --document KIND

# Message of the command line.
# $file: a file path
cli-already-exists = { $file } : existe déjà (--force pour le remplacer)

# Message of the command line.
# $event: an event code
cli-unknown-event = événement inconnu "{ $event }"

# Message of the command line.
# $document: a document kind code
cli-unknown-document = type de pièce inconnu "{ $document }"

# Message of the command line.
# $options: command-line options
# $event: an event code
cli-does-not-apply = { $options } ne s'applique pas à { $event }

# Message of the command line; a fragment: the code joins it to the text before or after it.
# $options: command-line options
cli-it-takes = {" "}(il prend { $options })

# Message of the command line; a fragment: the code joins it to the text before or after it.
cli-takes-nothing = {" "}(il ne prend aucune option sauf --date)

# Message of the command line.
# $document: a document kind code
cli-document-twice = --document { $document } est donné deux fois

# Message of the command line.
# $event: an event code
cli-not-from-command-line = l'événement "{ $event }" ne peut pas être enregistré en ligne de commande
cli-name-member = nommer une personne (MEMBER), ou --all

# Message of the command line; a fragment: the code joins it to the text before or after it.
# $file: a file path
# $members: member ids, comma-separated
cli-created =
    créé { $file } : { $members ->
         [one] { $members } personne
        *[other] { $members } personnes
    },{" "}

# Message of the command line.
# $date: a date (written out by DATE)
cli-opened-on = ouvert le { DATE($date) }

# Message of the command line.
# $seq: an entry number of the case file
# $entry: the recorded entry: member, event code, date (written out)
cli-recorded = enregistré n° { $seq } { $entry }

# Message of the command line.
# $head: the head (hash) of the case file
# $events: event codes or a count of events (a text)
cli-head = tête : { $head } ({ $events })
cli-one-event = 1 événement

# Message of the command line.
# $count: a number
cli-events =
    { $count ->
         [0] aucun événement
         [one] { $count } événement
        *[other] { $count } événements
    }

# Message of the command line; a fragment: the code joins it to the text before or after it.
# $file: a file path
# $events: event codes or a count of events (a text)
cli-chain-verifies = { $file } : la chaîne est vérifiée : { $events },{" "}

# Message of the command line.
# $head: the head (hash) of the case file
cli-head-is = tête { $head }
cli-ends-at-head = le fichier se termine à la tête donnée

# Message of the command line.
# $seq: an entry number of the case file
# $since: how many events since (a text)
cli-went-on-past = la tête donnée est l'événement n° { $seq } : le fichier a continué après elle ({ $since } depuis)

# Message of the command line.
# $file: a file path
# $head: the head (hash) of the case file
cli-head-not-on-chain = { $file } : la tête donnée { $head } n'est pas sur la chaîne de ce fichier : le fichier a été tronqué ou remis à un état antérieur, ou c'est un autre dossier

# Message of the command line.
# $file: a file path
cli-unreadable = { $file } : illisible

# Message of the command line.
# $file: a file path
# $problem: why it is not (a text)
cli-not-a-journal = { $file } : ce n'est pas un journal des têtes ({ $problem }) ; le supprimer pour en commencer un nouveau
cli-iv-needs-file = un fichier de foyer est nécessaire quand l'entrée standard n'est pas un terminal (les réponses sont lues en lignes CHEMIN=VALEUR)
cli-iv-needs-output = un nouveau foyer demande -o FICHIER : où l'entretien est enregistré après chaque réponse

# Message of the command line.
# $file: a file path
cli-iv-output-exists = { $file } : existe déjà : reprendre cet entretien avec `secu interview { $file }`

# Message of the command line.
# $line: a line number
cli-iv-not-an-answer = ligne { $line } : CHEMIN=VALEUR attendu, par exemple `members[0].birth_date=1990-04-12`

# Message of the command line.
# $line: a line number
# $path: a JSON path, e.g. members[1]
cli-iv-unknown-path = ligne { $line } : { $path } : ce n'est pas un fait du foyer (`as_of`, `members[N].CHAMP`)

# Message of the command line.
# $line: a line number
# $path: a JSON path, e.g. members[1]
cli-iv-no-member = ligne { $line } : { $path } : aucune personne à cet index

# Message of the command line; a fragment: the code joins it to the text before or after it.
# $last: the index of the last member (a number)
cli-iv-member-range = {" "}(les personnes du foyer sont `members[0]` à `members[{ $last }]`)

# Message of the command line.
# $line: a line number
# $problem: what is wrong (a text)
cli-iv-line = ligne { $line } : { $problem }
cli-iv-nothing-written = rien n'a été écrit : aucune réponse n'est appliquée tant qu'une ligne est invalide
cli-iv-new-household = Nouveau foyer : qui sont les personnes ? La personne principale d'abord (celle qui prend un emploi en France, ou le demandeur principal).
cli-iv-member-id = Identifiant de la personne (un nom court, par exemple priya) :
cli-iv-relationship = Lien avec la personne principale :
cli-iv-add-member = Ajouter une autre personne ?
cli-iv-yes = oui
cli-iv-no = non
cli-iv-help-text = - = aucun / sans objet · ? = passer pour l'instant · < = revenir · Échap = enregistrer et arrêter
cli-iv-help-country = un code pays (IN, DE, CA-QC) ou un nom ; Tab complète
cli-iv-help-date = AAAA-MM-JJ
cli-iv-help-parents = identifiants des personnes séparés par des virgules

# Message of the command line; a fragment: the code joins it to the text before or after it.
cli-iv-none = (aucun / sans objet)

# Message of the command line; a fragment: the code joins it to the text before or after it.
cli-iv-skip = (je ne sais pas encore : passer pour l'instant)

# Message of the command line; a fragment: the code joins it to the text before or after it.
cli-iv-back = (revenir : annuler la réponse précédente)

# Message of the command line.
# $number: the question number
# $remaining: the number of questions left
cli-iv-progress =
    Question { $number } · { $remaining ->
         [one] { $remaining } restante
        *[other] { $remaining } restantes
    }
cli-iv-settled = établi :

# Message of the command line.
# $file: a file path
cli-iv-saved = enregistré dans { $file }

# Message of the command line.
# $path: a JSON path, e.g. members[1]
cli-iv-undone = annulé : { $path }
cli-iv-nothing-to-undo = rien à annuler

# Message of the command line.
# $file: a file path
cli-iv-stopped = Entretien arrêté ; le foyer est enregistré dans { $file }. Reprendre avec : secu interview { $file }

# Message of the command line.
# $count: a number
# $file: a file path
cli-iv-skipped-left =
    { $count ->
         [one] { $count } question passée
        *[other] { $count } questions passées
    } : le foyer reste partiel. Reprendre avec : secu interview { $file }
cli-iv-complete = Aucune question ne reste : le foyer est complet.

## Procedure: next actions and deadlines
act-gather = réunir les pièces manquantes
act-submit = toutes les pièces sont prêtes : déposer le dossier à la caisse
act-wait-nia = attendre le numéro provisoire (NIA), environ 3 semaines
act-wait-confirmation = attendre la confirmation de l'affiliation par la caisse
act-wait-reopen = attendre la réouverture des droits par la caisse
act-wait-s1 = attendre l'inscription du S1 par la caisse
act-send-civil-status = envoyer l'acte d'état civil (acte de naissance) : 3 mois à compter du NIA, puis mise en demeure
act-declare-physician = déclarer un médecin traitant (formulaire papier S3704 si le médecin ne peut pas le faire en ligne)
act-wait-certification = attendre la certification du numéro par SANDIA (jusqu'à 9 mois)
act-suspended = les prestations sont suspendues : envoyer l'acte d'état civil sans attendre
act-order-card = commander la carte Vitale (formulaire avec photo et pièce d'identité, ou en ligne depuis le compte ameli)
act-return-card-form = renvoyer le formulaire « Ma nouvelle carte Vitale » avec une photo d'identité et la copie d'une pièce d'identité
act-wait-card = attendre la carte Vitale (environ 3 semaines par courrier, 2 semaines en ligne)
act-open-ameli = ouvrir le compte ameli
act-attestation = télécharger l'attestation de droits et la transmettre à la mutuelle d'entreprise
act-own-coverage = désormais majeur : déposer le S1110 avec un compte bancaire à son nom
act-own-coverage-work = travaille (apprentissage compris) : assuré à titre personnel dès le premier jour d'activité, plus rattaché à un parent ; déposer sa propre demande avec un compte bancaire à son nom
act-contest-rejection = contester le refus dans les 2 mois de sa notification (recours amiable devant la commission de recours amiable de la caisse, CSS R142-1)
act-submit-again = ou déposer à nouveau le dossier, corrigé
dl-civil-status-due = acte d'état civil à fournir (3 mois après le NIA, R114-7)
dl-civil-status-final-due = acte d'état civil à fournir après mise en demeure (3 mois), puis suspension
dl-fund-decision-due = la caisse statue dans les 3 mois suivant la suspension
dl-nia-expiry = fin de validité du NIA (9 mois)
dl-ntt-limit = fin de la tolérance de 3 mois du NTT en paie (DSN)
dl-posting-end = fin du détachement
dl-nia-expected = NIA attendu (estimation : 3 semaines après le dépôt)
dl-certification-expected = numéro certifié attendu (estimation : dans les 9 mois suivant le dossier complet)
dl-ameli-expected = compte ameli possible (estimation : 10 jours après le NIR)
dl-carte-vitale-expected = carte Vitale attendue (estimation : 3 semaines après la commande)
dl-sixteenth-birthday = 16 ans : carte Vitale personnelle, peut devenir ayant droit autonome
dl-eighteenth-birthday = 18 ans : prise en charge personnelle (S1110)
dl-appeal-due = dernier jour pour contester le refus (2 mois, CSS R142-1)

## Procedure: status report

# Report heading or label.
# $date: a date (written out by DATE)
ui-status-title = État des démarches au { DATE($date) }
ui-track = Procédure
ui-phase = Avancement
ui-nia = NIA
ui-nir = NIR

# Report heading or label.
# $key: the two-digit key
ui-nir-without-key = clé non saisie ; elle serait { $key }
ui-missing-documents = Pièces manquantes
ui-next-actions = Prochaines actions
ui-allowed-events = Événements enregistrables maintenant
ui-rejection-reason = Motif donné par la caisse
ui-deadlines = Échéances
ui-overdue = EN RETARD

# Report heading or label.
# $count: a number
# $date: a date (written out by DATE)
ui-portfolio-title =
    { $count ->
         [one] { $count } dossier
        *[other] { $count } dossiers
    } au { DATE($date) }

# Report heading or label.
# $count: a number
ui-portfolio-blocked =
    { $count ->
         [one] { $count } personne bloquée ou en retard
        *[other] { $count } personnes bloquées ou en retard
    }
ui-waiting-on = attend
ui-overdue-count = retards
ui-problem = problème

# Report heading or label.
# $now: a number of events now
# $then: a number of events then
ui-went-back = revenu en arrière depuis la dernière liste : { $now } événements maintenant, { $then } alors, et le fichier n'atteint plus la tête vue alors : des événements ont été supprimés ou une copie plus ancienne a été remise

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-id-characters = un identifiant ne contient que des lettres A–Z et a–z, des chiffres, « . », « _ » et « - » ({ $found } trouvé)
ph-preparing = préparation du dossier
ph-submitted = dossier déposé à la caisse
ph-provisional = numéro provisoire (NIA) : identification en cours
ph-suspended = prestations suspendues (acte d'état civil manquant)

# Phase of a procedure (case status).
# $sex: female, male or other (unknown): French agrees with the person.
ph-affiliated =
    { $sex ->
         [female] affiliée
        *[other] affilié
    } : numéro certifié, droits ouverts

# Phase of a procedure (case status).
# $sex: female, male or other (unknown): French agrees with the person.
ph-affiliated-confirmed =
    { $sex ->
         [female] affiliée
        *[other] affilié
    } : affiliation confirmée, droits ouverts

# Phase of a procedure (case status).
# $sex: female, male or other (unknown): French agrees with the person.
ph-affiliated-reopened =
    { $sex ->
         [female] affiliée
        *[other] affilié
    } : droits réouverts

# Phase of a procedure (case status).
# $sex: female, male or other (unknown): French agrees with the person.
ph-affiliated-s1 =
    { $sex ->
         [female] inscrite
        *[other] inscrit
    } : S1 enregistré, soins pris en charge par la caisse d'origine
ph-complete = terminé
ph-rejected = refusé par la caisse
ph-withdrawn = abandonné
tr-registration-with-identification = première affiliation avec identification (NIA, puis NIR certifié)
tr-registration = première affiliation (numéro déjà connu)
tr-reactivation = réouverture des droits
tr-s1-registration = inscription du S1
tr-beneficiary-with-identification = enfant ayant droit, NIA puis NIR propres
tr-beneficiary = enfant ayant droit

## Values of the household's fields (labels for forms)
in-rel-primary = demandeur principal (prend un emploi en France)
in-rel-spouse = conjoint marié
in-rel-civil-partner = partenaire de PACS
in-rel-cohabiting-partner = concubin
in-rel-child = enfant
in-sex-female = féminin
in-sex-male = masculin
in-nir-certified = un NIR certifié
in-nir-provisional = un numéro provisoire (NIA)
in-act-employed = salarié d’un employeur en France
in-act-posted = détaché par un employeur étranger
in-act-self-employed = travailleur indépendant
in-act-student = étudiant (enseignement supérieur)
in-act-job-seeker = demandeur d’emploi
in-act-none = sans activité professionnelle
in-sector-general = régime général
in-sector-agricultural = agricole (MSA)
in-cert-a1 = A1 (UE/EEE/Suisse/Royaume-Uni)
in-cert-bilateral = certificat d’une convention bilatérale
in-cert-none = aucun certificat
in-permit-not-required = inutile (ressortissant EEE/suisse)
in-permit-long-stay-visa = visa long séjour (VLS-TS)
in-permit-residence-permit = carte de séjour
in-permit-resident-card = carte de résident
in-permit-talent-passport = passeport talent
in-permit-receipt = récépissé
in-permit-none = aucun

## Events of a case (labels for pages and reports)
ev-document-received = pièce reçue
ev-document-rejected = pièce refusée
ev-document-waived = pièce non fournie (avec motif)
ev-file-submitted = dossier déposé à la caisse
ev-documents-requested = la caisse demande des pièces
ev-nia-issued = numéro provisoire (NIA) attribué
ev-civil-status-received = acte d’état civil reçu par SANDIA
ev-formal-notice-received = mise en demeure reçue
ev-rights-suspended = droits suspendus
ev-physician-declared = médecin traitant déclaré
ev-nir-certified = numéro de sécurité sociale (NIR) certifié
ev-affiliation-confirmed = affiliation confirmée
ev-rights-reopened = droits réouverts
ev-s1-registered = formulaire S1 inscrit
ev-carte-vitale-form-received = formulaire de carte Vitale reçu
ev-carte-vitale-ordered = carte Vitale commandée
ev-carte-vitale-received = carte Vitale reçue
ev-carte-vitale-still-valid = ancienne carte Vitale encore valable
ev-ameli-account-opened = compte ameli ouvert
ev-attestation-obtained = attestation de droits obtenue
ev-own-coverage-opened = prise en charge personnelle ouverte
ev-rejected = refusé par la caisse
ev-withdrawn = abandonné
ev-household-corrected = foyer corrigé
ev-member-added = personne ajoutée (naissance)
ev-permit-renewed = titre de séjour renouvelé
ev-correction = correction (annule une entrée)

## Intake: the questions of a partial household (contract §5)
q-birth-date = Quelle est la date de naissance de cette personne ?
q-help-birth-date = L'âge décide du statut d'un enfant (ayant droit, autonomie à 16 ans, majorité) et des échéances.
q-sex = Quel est le sexe de cette personne ?
q-help-sex-agreement = Sert à accorder les textes qui concernent cette personne (« Née », « Couverte »…) et à vérifier un numéro de sécurité sociale. Vous pouvez ne pas répondre : les textes prennent alors la forme générale.
q-nationality = Quelle est la nationalité de cette personne ?
q-help-nationality = Les Français, les ressortissants de l'EEE ou de la Suisse et les autres ne suivent pas le même parcours ni ne fournissent les mêmes pièces.
q-birth-country = Dans quel pays cette personne est-elle née ?
q-help-birth-country = Une personne née en France (ou outre-mer) a un numéro dès sa naissance ; un acte de naissance étranger peut exiger une traduction assermentée.
q-nir = Cette personne a-t-elle un numéro de sécurité sociale (NIR) ? Indiquez-le, ou répondez aucun.
q-help-nir = 13 ou 15 caractères, sur la carte Vitale ou une attestation de droits.
q-nir-status = Ce numéro est-il certifié, ou provisoire (NIA) ?
q-help-nir-status = Un numéro provisoire (NIA) vaut 9 mois, jusqu'à sa certification.
q-nia-issued-on = Quand le numéro provisoire (NIA) a-t-il été attribué ?
q-help-nia-issued-on = Il fixe le début de validité du NIA.
q-previously-insured = Cette personne a-t-elle déjà été assurée en France ?
q-help-previously-insured = D'anciens droits se rouvrent (réouverture des droits) au lieu d'une première immatriculation. Inconnu vaut non, avec un avertissement.
q-activity-kind = Quelle sera l'activité de cette personne en France ?
q-help-activity-kind = Contrat de travail français, détachement par un employeur étranger, activité indépendante, études supérieures, recherche d'emploi, ou aucune.
q-activity-start = Quand cette activité commence-t-elle en France ?
q-help-activity-start = Le premier jour de travail ou d'études : la couverture commence en général ce jour-là.
q-sector = L'activité relève-t-elle du secteur agricole ?
q-help-sector = Les activités agricoles relèvent de la MSA et non de la CPAM.
q-employer-siren = Quel est le numéro SIREN de l'employeur ?
q-help-employer-siren = 9 chiffres ; sert à proposer le numéro technique temporaire (NTT) de la paie.
q-payroll-id = Quel est le matricule de paie du salarié ?
q-help-payroll-id = Sert à proposer le numéro technique temporaire (NTT) de la paie.
q-posted-from = De quel pays cette personne est-elle détachée ?
q-help-posted-from = Le règlement européen ou la convention bilatérale avec ce pays décide du régime d'un travailleur détaché.
q-posting-certificate = Quel certificat de détachement cette personne détient-elle ?
q-help-posting-certificate = Un A1 (UE/EEE/Suisse), un certificat de convention bilatérale, ou aucun.
q-posting-end = Quand le détachement prend-il fin ?
q-help-posting-end = Les détachements sont limités dans le temps (24 mois dans l'UE).
q-arrival-date = Quand cette personne s'est-elle (ou va-t-elle s'être) installée en France ?
q-help-arrival-date = Sans activité, la couverture par la résidence demande 3 mois de résidence stable.
q-permit = Quel titre de séjour cette personne détient-elle ?
q-help-permit = Les adultes hors EEE et Suisse doivent être en séjour régulier.
q-permit-valid-from = Depuis quand le titre est-il valable ?
q-help-permit-valid-from = Un visa long séjour (VLS-TS) doit être validé dans les 3 mois.
q-permit-valid-until = Jusqu'à quand le titre est-il valable ?
q-help-permit-valid-until = Son expiration est une échéance à surveiller.
q-postcode = Quel est le code postal du domicile en France ?
q-help-postcode = Il désigne la caisse (CPAM du département, CGSS outre-mer).
q-in-education = Cet enfant est-il scolarisé ?
q-help-in-education = Un élève ; les étudiants du supérieur ont l'activité étudiant.
q-autonomy-requested = Ce jeune de 16–17 ans a-t-il demandé à devenir ayant droit autonome ?
q-help-autonomy-requested = Dès 16 ans, un enfant peut être couvert en son nom.
q-union-country = Dans quel pays l'acte de mariage, de PACS ou de concubinage a-t-il été établi ?
q-help-union-country = Un acte établi hors de France, de l'EEE et de la Suisse exige une traduction assermentée.
q-parents = Qui sont les parents de cet enfant dans le foyer ?
q-help-parents = Identifiants des membres ; par défaut le membre principal et son conjoint.
report-provisional = provisoire (peut changer)
report-questions = Questions restantes
report-no-question = Aucune question ne reste : l'évaluation est complète.

# Error hint. $fields: the JSON paths of the null answers, joined
hint-null-partial = { $fields } : null ne répond à une question que dans un foyer partiel (enregistré par `secu interview` avant la fin) : évaluez-le avec `secu assess --partial`

## Dates, from CLDR 49 (gregorian, format context, wide; a test compares them with ICU4X 2.4): the month names a long date uses, and the long-date pattern.
## DATE($date) renders date-long with the day, the month name and the year; a test compares them with ICU4X.
date-month-1 = janvier
date-month-2 = février
date-month-3 = mars
date-month-4 = avril
date-month-5 = mai
date-month-6 = juin
date-month-7 = juillet
date-month-8 = août
date-month-9 = septembre
date-month-10 = octobre
date-month-11 = novembre
date-month-12 = décembre

# The long date (DATE): « 15 septembre 2026 », « 1er septembre 2026 » (« 1er », as French letters write the first day).
# $day: the day of the month (a number, 1 to 31)
# $month: the name of the month (date-month-N)
# $year: the year (a number)
date-long =
    { $day ->
         [1] 1er
        *[other] { $day }
    } { $month } { $year }

## The web page's own words (web/i18n.js): ids prefixed page-
page-title = Assurance maladie en France : votre liste
page-subtitle = Pour les salariés qui s’installent en France, leur famille et les équipes RH : qui est couvert, comment, à partir de quand, et quelles pièces réunir.
page-privacy-tab = Confidentiel par construction : tout est calculé dans votre navigateur. Rien de ce que vous saisissez n’est envoyé ni conservé ; seul le choix de la langue est gardé, dans cet onglet, jusqu’à sa fermeture.
page-language = Langue
page-skip = Aller au résultat
page-household = Foyer
page-as-of = Date d’évaluation
page-as-of-hint = Date à laquelle la situation est évaluée (par défaut : aujourd’hui).
page-file = Fichiers
page-import = Importer un foyer ou un dossier de suivi (JSON)
page-import-drop = ou déposez un fichier JSON n’importe où sur la page
page-export-household = Exporter le foyer (JSON)
page-open-case = Ouvrir un dossier de suivi pour ce foyer
page-member = Personne
page-add-member = Ajouter une personne
page-remove-member = Retirer cette personne
page-sec-identity = Identité
page-sec-number = Numéro de sécurité sociale
page-sec-activity = Activité en France
page-sec-residence = Résidence en France
page-sec-family = Famille
page-id = Identifiant
page-id-hint = Court et unique, par ex. « anna » (utilisé dans les fichiers et le suivi).
page-label = Nom ou matricule (facultatif)
page-relationship = Lien avec le demandeur principal
page-birth-date = Date de naissance
page-sex = Sexe
page-nationality = Nationalité
page-birth-country = Pays de naissance
page-union-country = Pays de délivrance de l’acte de mariage ou de PACS
page-nir = Numéro de sécurité sociale (NIR) ou numéro provisoire (NIA), s’il existe
page-nir-status = Ce numéro est
page-nia-issued-on = NIA attribué le
page-previously-insured-in-france = Déjà assuré en France ?
page-activity-kind = Activité
page-activity-start-date = Premier jour de travail ou d’études en France
page-activity-sector = Secteur
page-activity-employer-siren = SIREN de l’employeur (9 chiffres)
page-activity-employer-payroll-id = Matricule de paie
page-activity-posting-from-country = Pays d’envoi du détachement
page-activity-posting-certificate = Certificat de détachement
page-activity-posting-end-date = Fin prévue du détachement
page-residence-arrival-date = Arrivée (ou arrivée prévue) en France
page-residence-permit = Titre de séjour
page-residence-permit-valid-from = Titre valable à partir du
page-residence-permit-valid-until = Titre valable jusqu’au
page-residence-postcode = Code postal du domicile en France
page-in-education = Élève scolarisé
page-autonomy-requested = A demandé à devenir ayant droit autonome (16–17 ans)
page-parents = Parents (identifiants séparés par des virgules)
page-parents-hint = Vide : le demandeur principal et son conjoint ou partenaire sont présumés être les parents, et le résultat le signale (« parents non indiqués »).
page-add-relationship = Lien de la nouvelle personne
page-sample-note = Ceci est un exemple : un salarié fictif, pour montrer ce que fait la page. Remplacez les valeurs par les vôtres, ou partez d’un foyer vide.
page-mode = Comment décrire le foyer
page-mode-guided = Questions guidées
page-mode-form = Formulaire complet
page-people-title = Qui fait partie du foyer ?
page-people-hint = Le demandeur principal est la personne qui prend un emploi en France. Les questions ne portent ensuite que sur ce qui change le résultat.
page-people-partner = Conjoint ou partenaire qui vient aussi
page-people-partner-none = pas de conjoint ni de partenaire
page-people-children = Nombre d’enfants qui viennent aussi

# Page.
# $relationship: the relationship, as the form labels it
page-people-id = Identifiant : { $relationship }
page-people-next = Commencer les questions
page-people-change = Modifier les personnes du foyer

# Page.
# $members: the members: "id (relationship)", comma-separated
page-people-summary = Dans le foyer : { $members }.
page-guided-remaining-one = 1 question restante

# Page.
# $count: a number
page-guided-remaining =
    { $count ->
         [one] { $count } question restante
        *[other] { $count } questions restantes
    }

# Page.
# $member: the member's name or id
page-guided-about = À propos de { $member }
page-guided-back = Retour
page-guided-none = Aucun / laisser vide
page-guided-next = Suivant
page-guided-choose = Choisir…
page-guided-needed = Répondez à cette question pour continuer : elle ne peut pas rester vide.
page-guided-done = Plus aucune question : tous les résultats sont certains.
page-guided-done-hint = Vérifiez le résultat, exportez le foyer ou relisez chaque champ dans le formulaire complet.
page-certain = certain
page-provisional = provisoire
page-provisional-note = Les résultats marqués provisoires peuvent encore changer selon vos réponses ; ceux marqués certains ne changeront plus.
page-sample-clear = Commencer un nouveau foyer
page-sample-result = Résultat d’exemple pour une personne fictive, pas pour vous : modifiez le foyer pour voir le vôtre.
page-no-members = Ajoutez le demandeur principal (la personne qui prend un emploi en France) pour voir le résultat.
page-case-back = Revenir au résultat
page-goto-case = Aller au suivi du dossier
page-record-date-hint = Un événement s’enregistre une fois survenu : aujourd’hui au plus tard.

# Page.
# $today: today's date (a date)
page-record-date-future = Cette date est postérieure à aujourd’hui ({ DATE($today) }) : un événement s’enregistre une fois survenu.
page-unknown = — inconnu —
page-none-selected = — non renseigné —
page-yes = oui
page-no = non
page-result = Résultat
page-result-empty = Renseignez le foyer pour voir le résultat.
page-stale = Pas à jour : le foyer contient des erreurs (voir les messages). Le dernier résultat valide est affiché en grisé.
page-errors-title = Merci de vérifier ces points
page-print = Imprimer

# Page.
# $date: a date (written out by DATE)
# $version: the secu version
# $rules: the date of the rules (a date)
page-as-of-line = Évaluation au { DATE($date) } · secu { $version }, règles du { DATE($rules) }

# Page.
# $age: an age in whole years
page-age =
    { $age ->
         [0] moins d'un an
         [one] { $age } an
        *[other] { $age } ans
    }
page-affiliation = Affiliation
page-basis = Fondement
page-covered-from = Couvert à partir du
page-covered-unknown = pas encore connu
page-fund = Dossier à envoyer à
page-fund-unknown = inconnue (pas de code postal)
page-dependent-status = Statut de l’enfant
page-attached-to = Rattaché à
page-identification = Identification
page-identification-yes = nécessaire : numéro provisoire (NIA), puis numéro certifié (SANDIA)
page-identification-no = inutile
page-why = Pourquoi
page-warnings = Points d’attention
page-documents = Pièces à réunir
page-one-of = Au choix :
page-translation-needed = Traduction assermentée en français nécessaire
page-covers = Couvre :
page-for-members = Pour :
page-steps = Étapes

# Page.
# $date: a date (written out by DATE)
page-expected-by = attendu d’ici le { DATE($date) } (estimation)
page-timeline = Calendrier

# Page.
# $member: the member's name or id
page-timeline-alt = Prochaines dates pour { $member }
page-timeline-empty = Aucune échéance datée à venir.
page-today = date d’évaluation
page-payroll = Paie (DSN)
page-declare = Déclarer
page-ntt-suggestion = NTT proposé
page-case-title = Suivi du dossier

# Page.
# $date: a date (written out by DATE)
# $count: a number
page-case-meta =
    Dossier ouvert le { DATE($date) } · { $count ->
         [one] { $count } événement enregistré
        *[other] { $count } événements enregistrés
    }
page-case-as-of = Date de l’état
page-case-export = Exporter le dossier de suivi (JSON)
page-case-close = Fermer le dossier
page-track = Procédure
page-phase = Étape
page-nia = NIA
page-nir-short = NIR
page-missing-documents = Pièces manquantes
page-none = aucune
page-next-actions = Prochaines actions
page-deadlines = Échéances
page-overdue = en retard
page-estimate = estimation

# Page.
# $date: a date (written out by DATE)
page-done-on = fait le { DATE($date) }
page-record-title = Enregistrer un événement
page-record-member = Personne
page-record-date = Date de l’événement
page-record-kind = Événement
page-record-document = Pièce
page-record-documents = Pièces demandées
page-record-number = Numéro
page-record-reason = Motif
page-record-voids = Numéro de l’entrée annulée
page-record-permit = Titre
page-record-valid-from = Valable à partir du
page-record-valid-until = Valable jusqu’au
page-record-json = Données de l’événement (objet JSON)
page-record-submit = Enregistrer

# Page.
# $event: the event, as the form labels it
page-record-ok = Enregistré : { $event }.
page-record-none = Rien ne peut être enregistré dans le dossier de cette personne à cette date ; les événements du foyer restent possibles.
page-missing-first = Manquantes
page-member-events = Dossier de ce membre
page-household-events = Le foyer (à tout moment)
page-other-documents = Autres pièces
page-import-bad-json = Ce fichier n’est pas du JSON valide.
page-import-unknown = Ce fichier n’est ni un foyer ni un dossier de suivi.

# Page.
# $file: a file name
page-imported-household = Foyer importé depuis { $file }.

# Page.
# $file: a file name
page-imported-with-problems = Importé depuis { $file } avec des problèmes (ce que le formulaire ne peut pas contenir a été laissé de côté) :

# Page.
# $file: a file name
page-imported-case = Dossier de suivi importé depuis { $file }.
page-case-opened = Dossier ouvert.
page-invalid-number = Indiquez un nombre.
page-loading = Chargement des règles…

# Page.
# $error: the technical error, as is
page-load-failed = Le moteur de règles n’a pas pu être chargé : { $error }

## The team's page (web/team.html, served by secu serve --db): its own words.
## Rendered by the server (GET /team/l10n/{lang}); variables are strings.

page-team-title = Espace d’équipe : assurance maladie en France
page-team-language = Langue
page-team-signout = Se déconnecter
page-team-nav-portfolio = Portefeuille
page-team-nav-admin = Administration
page-team-signin-heading = Connexion
page-team-email = Adresse e-mail
page-team-password = Mot de passe
page-team-signin = Se connecter
page-team-signin-failed = Adresse e-mail ou mot de passe incorrect.
page-team-throttled = Trop de tentatives échouées pour cette adresse : patientez quelques minutes, puis réessayez.
page-team-session-ended = Votre session a pris fin : reconnectez-vous.

# Team page.
# $email: the account's e-mail address; $role: its role, as page-team-role-* says it
page-team-signed-in-as = Compte : { $email } ({ $role })

page-team-portfolio-heading = Portefeuille de dossiers
page-team-filter = Afficher
page-team-filter-all = Tous les dossiers
page-team-filter-blocked = Bloqués
page-team-filter-overdue = En retard

# Team page.
# $days: the portfolio's horizon, a number of days (secu-case's PORTFOLIO_HORIZON_DAYS)
page-team-filter-upcoming =
    Échéance dans { $days ->
        [one] la journée
       *[other] les { $days } jours
    }

page-team-org = Organisation
page-team-org-all = Toutes les organisations
page-team-col-case = Dossier
page-team-col-org = Organisation
page-team-col-member = Personne
page-team-col-phase = Étape
page-team-col-waiting = En attente de
page-team-col-overdue = En retard

# Team page.
# $days: the portfolio's horizon, a number of days (secu-case's PORTFOLIO_HORIZON_DAYS)
page-team-col-upcoming =
    Dans { $days ->
        [one] la journée
       *[other] les { $days } jours
    }

page-team-blocked = bloqué
page-team-no-cases = Aucun dossier à afficher.
page-team-open-heading = Ouvrir un dossier
page-team-household-file = Foyer (fichier JSON, comme pour secu assess)
page-team-opened-on = Ouvert le
page-team-open = Ouvrir le dossier

# Team page.
# $id: the case's id
page-team-opened = Dossier { $id } ouvert.

page-team-bad-json = Ce n’est pas du JSON valide.
page-team-back = Retour au portefeuille

# Team page.
# $id: the case's id
page-team-case-heading = Dossier { $id }

page-team-calendar = Calendrier (iCalendar)
page-team-export = Exporter le dossier
page-team-next-actions = Prochaines actions
page-team-steps = Étapes
page-team-missing = Pièces manquantes
page-team-deadlines = Échéances et dates clés
page-team-overdue = en retard
page-team-estimated = estimation
page-team-none = Aucun.
page-team-record-heading = Enregistrer un événement
page-team-member = Personne
page-team-date = Date de l’événement
page-team-event = Événement
page-team-member-events = Le dossier de cette personne
page-team-household-events = Le foyer (à tout moment)
page-team-document = Pièce
page-team-documents = Pièces demandées
page-team-number = Numéro
page-team-reason = Motif
page-team-event-json = Autres champs de l’événement (objet JSON)
page-team-no-event = Rien ne peut être enregistré dans le dossier de cette personne à cette date ; les événements du foyer restent possibles.
page-team-record = Enregistrer

# Team page.
# $event: the event, as the form labels it
page-team-recorded = Enregistré : { $event }.

# Team page.
# $reason: the server's reason, as is
page-team-refused = Refusé : { $reason }

page-team-allowed-now = Possibles maintenant :
page-team-history-heading = Historique
page-team-col-seq = N°
page-team-col-date = Date
page-team-col-event = Événement
page-team-col-by = Enregistré par
page-team-link-heading = Lien personnel du salarié
page-team-link-create = Créer un lien en lecture seule

# Team page.
# $member: the person, by label or id
page-team-link-made = Lien personnel en lecture seule pour { $member }, à n’envoyer qu’à cette personne :

page-team-orgs-heading = Organisations clientes
page-team-org-name = Nom
page-team-org-create = Créer l’organisation

# Team page.
# $name: the organisation's name
page-team-org-created = Organisation { $name } créée.

page-team-users-heading = Comptes
page-team-role = Rôle
page-team-role-admin = Administrateur
page-team-role-consultant = Consultant
page-team-role-client-hr = RH du client
page-team-role-employee = Salarié
page-team-user-create = Créer le compte

# Team page.
# $email: the account's e-mail address
page-team-user-created = Compte { $email } créé.

page-team-tokens-heading = Jetons pour les intégrations
page-team-token-name = Nom de l’intégration
page-team-token-create = Créer un jeton
page-team-token-once = Copiez ce jeton maintenant : il n’est affiché qu’une fois.
page-team-access-log-heading = Journal des accès
page-team-access-log = Exporter le journal des accès (JSON)
page-team-link-title = Votre liste de démarches
page-team-link-note = Lecture seule : votre contact RH ou votre consultant enregistre l’avancement.
page-team-link-invalid = Ce lien est inconnu, expiré ou révoqué : demandez-en un nouveau à votre contact RH ou à votre consultant.

# Team page.
# $reason: the technical error, as is
page-team-error = Une erreur est survenue : { $reason }

## Server (secu serve): the titles and messages of its own errors (srv-*)

srv-title-invalid-query = requête invalide
srv-title-malformed-json = JSON mal formé
srv-title-invalid-household = foyer invalide
srv-title-invalid-request = demande invalide
srv-title-malformed-request = demande mal formée
srv-title-unreadable-body = corps illisible
srv-title-internal-error = erreur interne
srv-title-body-too-large = corps trop volumineux
srv-title-unavailable = service indisponible
srv-title-not-found = introuvable
srv-title-method-not-allowed = méthode non autorisée
srv-title-unauthorized = authentification requise
srv-title-forbidden = accès refusé
srv-title-too-many-requests = trop de requêtes
srv-title-unprocessable = contenu invalide
srv-title-bad-request = requête incorrecte
srv-title-conflict = conflit
srv-title-internal-server-error = erreur interne du serveur
srv-no-endpoint = ce point d’accès n’existe pas
srv-method-not-allowed = méthode non autorisée sur ce point d’accès
srv-unreadable-body = le corps de la requête n’a pas pu être lu
srv-internal-error = erreur interne
srv-shutting-down = le serveur est en cours d’arrêt
srv-at-capacity = le serveur est saturé ; réessayez plus tard
srv-timeout = la requête a pris trop de temps
srv-too-many-batches = trop de lots en même temps ; réessayez plus tard
srv-api-key-required = une clé d’API valide est requise : Authorization: Bearer CLÉ

# $limit: a number of bytes
srv-body-too-large = le corps de la requête dépasse la limite de { $limit } octets

srv-not-json = le corps n’est pas du JSON
srv-nir-expected-object = un objet { "{" }"number": "…"{ "}" } était attendu
srv-nir-unknown-field = champ inconnu ; seul `number` est attendu
srv-nir-missing-number = champ `number` manquant
srv-expected-string = une chaîne de caractères était attendue
srv-query-unknown = paramètre de requête inconnu ou répété ; attendus : as_of, lang, partial, detail
srv-expected-date = une date AAAA-MM-JJ était attendue
srv-detail-expected = `full` ou `codes` était attendu
srv-partial-expected = `true` ou `false` était attendu
srv-batch-partial = un lot évalue des foyers complets ; évaluez un foyer partiel avec POST /v1/assess?partial=true

# $tags: the language tags that can be selected, joined by commas (en, fr, …)
srv-lang-unknown = langue non prise en charge ; langues possibles : { $tags } (balises BCP 47, p. ex. pt-BR → pt)

srv-sign-in = connectez-vous d’abord (POST /v1/session), ou envoyez Authorization: Bearer JETON
srv-token-unknown = jeton d’accès inconnu, expiré ou révoqué
srv-session-expired = la session est terminée ou a expiré : reconnectez-vous
srv-csrf = cette requête exige l’en-tête X-CSRF-Token de la session (le csrf_token de POST /v1/session)
srv-wrong-password = adresse électronique ou mot de passe incorrect
srv-rate-limited = trop de connexions échouées pour cette adresse : réessayez plus tard
srv-no-team = pas de service d’équipe : lancez secu serve avec --db URL
srv-db-failed = la base de données de l’équipe a échoué ; voir le journal du serveur
srv-no-case = ce dossier n’existe pas
srv-no-org = cette organisation n’existe pas
srv-admin-only = seul un administrateur peut faire cela
srv-employee-own-case = un salarié ne consulte que son propre dossier
srv-employee-link-only = l’accès d’un salarié passe par son lien personnel
srv-filter-expected = une valeur parmi all, blocked, overdue ou upcoming était attendue
srv-link-unknown = ce lien est inconnu, expiré ou révoqué
srv-query-repeated = paramètre de requête inconnu ou répété
srv-firm-only = seul le personnel du cabinet enregistre des événements et émet des liens
srv-erase-admin-only = seul un administrateur peut effacer les données personnelles d’un dossier
srv-employee-read-only = le lien d’un salarié ne donne accès qu’à l’état, à l’historique et au calendrier
srv-title-event-refused = événement refusé
srv-unknown-member = cette personne ne figure pas dans le dossier
srv-expected-member = l’identifiant de la personne était attendu (une chaîne de caractères)
srv-expected-event-object = un objet { "{" }member, event, date, …{ "}" } était attendu
srv-no-live-link = ce lien n’existe pas ou n’est plus actif

# $line: a line number of the body
# $column: a column number of the body
# $expected: the fields expected, as JSON ({org, household, opened_on?})
srv-bad-body = corps JSON invalide (ligne { $line }, colonne { $column }) : { $expected } était attendu
srv-case-no-replay = le dossier ne se rejoue pas ; voir le journal du serveur
srv-unknown-member-query = cette personne ne figure pas dans le dossier (?member=ID)
srv-firm-imports = seul le personnel du cabinet importe des dossiers
srv-firm-revokes = seul le personnel du cabinet révoque les liens des salariés
srv-admin-access-log = seul un administrateur exporte le journal des accès
srv-firm-lists-orgs = seul le personnel du cabinet consulte la liste des organisations
srv-name-chars = de 1 à 200 caractères sans caractère de contrôle étaient attendus
srv-org-exists = une organisation de ce nom existe déjà
srv-account-exists = un compte avec cette adresse existe déjà
srv-no-account = ce compte n’existe pas
srv-chars = de 1 à 200 caractères étaient attendus
srv-expected-email = une adresse électronique était attendue
srv-expected-password = un mot de passe de 12 à 1024 caractères était attendu

# ---- l10n-gaps: the CLI's own texts that bypassed the resources ----

# Error message (lowercase, no final period): --lang refused.
# $value: the tag as given
# $expected: the available language tags, comma-separated (codes: keep them)
err-unsupported-language = langue « { $value } » non prise en charge ; langues disponibles : { $expected } (étiquettes BCP 47, p. ex. pt-BR → pt)

# Error message (lowercase, no final period): a digest or salt of a case file is not hex.
# $count: the number of digits expected (64 or 32)
err-hex-digits = { $count } chiffres hexadécimaux en minuscules attendus

# Error message (lowercase, no final period), after a file name: the file does not exist.
err-io-not-found = fichier ou dossier introuvable

# Error message (lowercase, no final period), after a file name: the system refuses access.
err-io-permission-denied = accès refusé

# Error message (lowercase, no final period), after a file name: it names a folder.
err-io-is-a-directory = un dossier, pas un fichier

# The help line under a list of choices in the terminal interview (the keys: arrows, Enter, typing).
cli-iv-help-select = ↑↓ pour se déplacer · Entrée pour choisir · tapez pour filtrer

# Shown after a question of the terminal interview stopped with Esc (in angle brackets, as a mark, not a sentence).
cli-iv-canceled = <arrêt>

# clap usage error: an argument the command does not take ($arg, as typed, e.g. --bogus).
cli-usage-unknown-argument = argument inconnu : { $arg }

# clap usage error: a command that does not exist ($command, as typed).
cli-usage-unknown-command = commande inconnue : { $command }

# clap usage error: an option given without its value ($arg, e.g. --lang <TAG>).
cli-usage-missing-value = { $arg } demande une valeur

# clap usage error: a value refused for an argument ($value as typed; $arg, e.g. --detail <DETAIL>).
cli-usage-invalid-value = valeur non valide { $value } pour { $arg }

# clap usage error: a value that is not one of the choices ($value as typed; $arg; $choices, the codes accepted, comma-separated).
cli-usage-invalid-choice = valeur non valide { $value } pour { $arg } ; valeurs possibles : { $choices }

# clap usage error: a required argument missing ($arg, e.g. <NUMBER>; several are comma-separated).
cli-usage-missing-argument = argument obligatoire manquant : { $arg }

# clap usage error: a command (subcommand) is required and none was given.
cli-usage-missing-command = une commande est nécessaire

# clap usage error: two arguments that cannot be given together ($arg, $other).
cli-usage-conflict = { $arg } ne peut pas être utilisé avec { $other }

# clap usage error: an argument given with too many or too few values ($arg).
cli-usage-value-count = nombre de valeurs incorrect pour { $arg }

# clap usage error of another kind (generic).
cli-usage-invalid = la ligne de commande n'est pas valide

# After a usage error: the closest valid argument, command or value ($suggestion, as it is typed).
cli-usage-suggestion = vouliez-vous dire { $suggestion } ?

# After a usage error: where the usage is described ($command, the help command, e.g. secu case record --help; the help stays in English).
cli-usage-help = mode d'emploi (en anglais) : { $command }

# The name of the iCalendar file of a case's deadlines (secu case calendar, the team service's calendar), shown by calendar applications; "secu" is the program's name.
ical-calendar-name = secu : échéances de l'assurance maladie
