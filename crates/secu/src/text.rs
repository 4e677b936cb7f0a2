//! Every text the library produces, in English and French.
//!
//! One table: each key has both translations, so a missing translation is a
//! compile error; tests check that no text is empty and that both languages
//! use the same `{0}`/`{1}` placeholders. Legal terms keep their French name
//! in parentheses in English.

use crate::Lang;

macro_rules! texts {
    ($($key:ident: $en:literal, $fr:literal;)*) => {
        /// A text key. Its documentation is the English text.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, strum::EnumIter, strum::IntoStaticStr)]
        #[non_exhaustive]
        pub enum T {
            $(#[doc = $en] $key),*
        }

        impl T {
            /// The text in `lang`.
            pub const fn get(self, lang: Lang) -> &'static str {
                match lang {
                    Lang::En => self.en(),
                    Lang::Fr => self.fr(),
                }
            }
            /// The English text.
            pub const fn en(self) -> &'static str {
                match self { $(Self::$key => $en),* }
            }
            /// The French text.
            pub const fn fr(self) -> &'static str {
                match self { $(Self::$key => $fr),* }
            }
        }
    };
}

texts! {
    // ---- Affiliation types, bases, statuses --------------------------------------------
    AffRegistration: "first registration (immatriculation)", "première affiliation (immatriculation)";
    AffReactivation: "reactivation of rights (réouverture des droits)", "réouverture des droits";
    AffBeneficiary: "beneficiary (ayant droit) of a parent", "ayant droit d'un parent";
    AffS1Registration: "registration of an S1 form (home fund pays)", "inscription d'un formulaire S1 (prise en charge par la caisse d'origine)";
    AffNone: "no French affiliation (home scheme)", "pas d'affiliation en France (régime d'origine)";
    BasisActivity: "professional activity in France", "activité professionnelle en France";
    BasisResidence: "stable and regular residence (résidence stable et régulière)", "résidence stable et régulière";
    BasisAccompanyingFamily: "family member accompanying an insured person", "membre de la famille accompagnant un assuré";
    BasisDependentChild: "minor child of an insured parent", "enfant mineur d'un parent assuré";
    BasisS1: "S1 form from the home country", "formulaire S1 du pays d'origine";
    BasisHomeScheme: "home country's scheme", "régime du pays d'origine";
    StatusAyantDroit: "beneficiary (ayant droit)", "ayant droit";
    StatusAyantDroitAutonome: "autonomous beneficiary (ayant droit autonome)", "ayant droit autonome";
    StatusOwnCoverage: "covered in their own right", "assuré à titre personnel";
    FundCpam: "CPAM (local health insurance fund)", "CPAM (caisse primaire d'assurance maladie)";
    FundCgss: "CGSS (overseas social security fund)", "CGSS (caisse générale de sécurité sociale)";
    FundCssm: "CSSM (Mayotte social security fund)", "CSSM (Caisse de sécurité sociale de Mayotte)";
    FundMsa: "MSA (agricultural scheme)", "MSA (Mutualité sociale agricole)";

    // ---- Milestones --------------------------------------------------------------------
    MsOwnCardOrderable: "12th birthday: a parent may order the child's own Carte Vitale", "12 ans : un parent peut commander la carte Vitale de l'enfant";
    MsOwnCarteVitale: "16th birthday: own Carte Vitale; may become ayant droit autonome", "16 ans : carte Vitale personnelle ; peut devenir ayant droit autonome";
    MsMajority: "18th birthday (majority)", "18 ans (majorité)";
    MsBeneficiaryEnd: "end of beneficiary status: file the S1110 for own coverage", "fin de la qualité d'ayant droit : déposer le S1110 pour une prise en charge personnelle";
    MsNiaExpiry: "end of the provisional number's (NIA) 9-month validity", "fin de validité (9 mois) du numéro provisoire (NIA)";
    MsPostingEnd: "end of the posting", "fin du détachement";
    MsNttLimit: "end of the 3-month NTT tolerance in payroll (DSN)", "fin de la tolérance de 3 mois du NTT en paie (DSN)";
    MsVlsTsValidationDue: "deadline to validate the long-stay visa (VLS-TS) online", "date limite de validation en ligne du visa long séjour (VLS-TS)";
    MsPermitExpiry: "residence permit expires", "expiration du titre de séjour";
    MsResidenceConditionMet: "3 months of stable residence reached: coverage starts", "3 mois de résidence stable atteints : début de la prise en charge";

    // ---- Documents ---------------------------------------------------------------------
    DocFormS1106: "form S1106: request to open rights (cerfa 15763*02)", "formulaire S1106 : demande d'ouverture des droits (cerfa 15763*02)";
    DocFormS3705: "form S3705: attachment of minor children (cerfa 14445*02)", "formulaire S3705 : rattachement des enfants mineurs (cerfa 14445*02)";
    DocFormS1110: "form S1110: own coverage of a young person (cerfa 15763*02)", "formulaire S1110 : prise en charge à titre personnel (cerfa 15763*02)";
    DocFormS3704: "form S3704: choice of doctor (médecin traitant, cerfa 12485*03)", "formulaire S3704 : déclaration de choix du médecin traitant (cerfa 12485*03)";
    DocIdentityDocument: "identity document", "pièce d'identité";
    DocResidencePermit: "residence permit (titre de séjour)", "titre de séjour";
    DocBirthCertificate: "full birth certificate with filiation (acte de naissance)", "acte de naissance avec filiation";
    DocSwornTranslation: "sworn translation into French (traduction assermentée)", "traduction par un traducteur assermenté";
    DocMarriageOrPartnershipCertificate: "marriage, PACS or cohabitation certificate", "acte de mariage, attestation de PACS ou de concubinage";
    DocProofOfAddress: "proof of address (justificatif de domicile)", "justificatif de domicile";
    DocBankDetails: "bank details in the person's name (RIB)", "relevé d'identité bancaire (RIB) à son nom";
    DocProofOfActivity: "proof of professional activity", "justificatif d'activité professionnelle";
    DocProofOfResidence: "proof of more than 3 months of stable residence", "justificatif de plus de 3 mois de résidence stable";
    DocS1Form: "S1 form from the home health insurance fund", "formulaire S1 de la caisse d'assurance maladie d'origine";
    DocA1Certificate: "A1 certificate (applicable legislation)", "certificat A1 (législation applicable)";
    DocCoverageCertificate: "certificate of coverage under the bilateral agreement (certificat de détachement)", "certificat de détachement au titre de la convention bilatérale";
    DocEnrolmentCertificate: "school or university enrolment certificate (certificat de scolarité)", "certificat de scolarité";
    DocIdPhoto: "identity photo for the Carte Vitale", "photo d'identité pour la carte Vitale";
    DocAutonomyRequestLetter: "letter asking to become ayant droit autonome", "courrier de demande de qualité d'ayant droit autonome";
    DocLegalisation: "legalisation or apostille of foreign civil-status documents", "légalisation ou apostille des actes d'état civil étrangers";
    DocPrivateInsuranceStatement: "statement of private health insurance for the worker and family", "attestation d'assurance santé privée pour le salarié et sa famille";
    DocGuardianshipDocument: "guardianship document (court decision, delegation of parental authority)", "document de tutelle (décision de justice, délégation de l'autorité parentale)";

    // ---- Alternatives ------------------------------------------------------------------
    AltPassport: "passport", "passeport";
    AltNationalIdCard: "national identity card", "carte nationale d'identité";
    AltFullCopy: "full copy (copie intégrale)", "copie intégrale";
    AltExtractWithFiliation: "extract with filiation", "extrait avec filiation";
    AltMultilingualExtract: "multilingual extract", "extrait plurilingue";
    AltConsularDocument: "document issued by a consulate", "document établi par un consulat";
    AltLivretDeFamille: "family record book (livret de famille)", "livret de famille";
    AltEmploymentContract: "employment contract", "contrat de travail";
    AltEmployerCertificate: "employer certificate", "attestation de l'employeur";
    AltPayslip: "payslip", "bulletin de salaire";
    AltBusinessRegistration: "proof of registration as self-employed", "justificatif d'immatriculation de l'activité indépendante";
    AltMarriageCertificate: "marriage certificate", "acte de mariage";
    AltPacsCertificate: "PACS certificate", "attestation d'enregistrement du PACS";
    AltCohabitationCertificate: "certificate of cohabitation (certificat de concubinage)", "certificat de concubinage";
    AltSwornStatement: "sworn statement of cohabitation (déclaration sur l'honneur)", "déclaration sur l'honneur de vie commune";
    AltUtilityBill: "recent utility bill", "facture récente (énergie, téléphone)";
    AltRentReceipt: "rent receipt or lease", "quittance de loyer ou bail";
    AltAccommodationCertificate: "certificate of accommodation with the host's ID", "attestation d'hébergement avec la pièce d'identité de l'hébergeant";
    AltRentHistory: "lease, or rent receipts, going back more than 3 months", "bail ou quittances de loyer remontant à plus de 3 mois";
    AltOldUtilityBill: "utility bill at a French address issued more than 3 months ago", "facture (énergie, téléphone) à une adresse en France datant de plus de 3 mois";
    AltEntryStamp: "passport entry stamp or visa showing entry more than 3 months ago", "tampon d'entrée ou visa du passeport montrant une entrée il y a plus de 3 mois";
    AltAccommodationSince: "certificate of accommodation stating since when, with the host's ID", "attestation d'hébergement indiquant depuis quand, avec la pièce d'identité de l'hébergeant";
    AltLongStayVisa: "validated long-stay visa (VLS-TS)", "visa long séjour valant titre de séjour (VLS-TS) validé";
    AltResidenceCard: "residence permit (carte de séjour, passeport talent)", "carte de séjour (dont passeport talent)";
    AltResidentCard: "resident card (carte de résident)", "carte de résident";
    AltAlgerianCertificate: "Algerian residence certificate (certificat de résidence)", "certificat de résidence algérien";
    AltOnlineByDoctor: "declared online by the doctor", "déclaration en ligne par le médecin";
    AltPaperS3704: "paper form S3704 signed by the doctor", "formulaire papier S3704 signé par le médecin";

    // ---- Steps, actors, statuses --------------------------------------------------------
    StepPrepareFile: "prepare the file (documents, forms)", "préparer le dossier (pièces, formulaires)";
    StepSubmitFile: "submit the file to the fund", "déposer le dossier auprès de la caisse";
    StepProvisionalNumber: "provisional number (NIA) issued", "attribution du numéro provisoire (NIA)";
    StepPhysicianDeclaration: "declare a médecin traitant", "déclarer un médecin traitant";
    StepNumberCertification: "social security number certified (SANDIA)", "certification du numéro de sécurité sociale (SANDIA)";
    StepCarteVitale: "Carte Vitale", "carte Vitale";
    StepAmeliAccount: "ameli account and attestation de droits", "compte ameli et attestation de droits";
    StepRightsReopened: "rights reopened", "réouverture des droits";
    StepS1Registered: "S1 registered by the fund", "inscription du S1 par la caisse";
    ActorMember: "the person", "la personne";
    ActorParent: "a parent", "un parent";
    ActorEmployer: "the employer", "l'employeur";
    ActorCpam: "the fund (CPAM)", "la caisse (CPAM)";
    ActorCgss: "the fund (CGSS)", "la caisse (CGSS)";
    ActorCssm: "the fund (CSSM)", "la caisse (CSSM)";
    ActorMsa: "the fund (MSA)", "la caisse (MSA)";
    ActorSandia: "SANDIA (CNAV)", "SANDIA (CNAV)";
    ActorDoctor: "the doctor", "le médecin";
    ActorHomeInstitution: "the home country's institution", "l'institution du pays d'origine";
    StatusPending: "to do", "à faire";
    StatusInProgress: "under way", "en cours";
    StatusDone: "done", "fait";
    StatusBlocked: "blocked", "bloqué";
    StatusNotApplicable: "not applicable", "sans objet";
    DsnNir: "NIR (certified social security number)", "NIR (numéro de sécurité sociale certifié)";
    DsnNia: "NIA (provisional number)", "NIA (numéro d'identification d'attente)";
    DsnNtt: "NTT (temporary technical number)", "NTT (numéro technique temporaire)";

    // ---- Warnings ----------------------------------------------------------------------
    WResidenceThreeMonths: "Without professional activity, coverage on the residence route (résidence stable) starts after more than 3 months of residence in France.", "Sans activité professionnelle, la prise en charge au titre de la résidence stable commence après plus de 3 mois de résidence en France.";
    WResidenceThreeMonthsDated: "Without professional activity, coverage on the residence route (résidence stable) starts after more than 3 months of residence in France: from {0}.", "Sans activité professionnelle, la prise en charge au titre de la résidence stable commence après plus de 3 mois de résidence en France : à partir du {0}.";
    WPostingOverLimit: "The posting is longer than the {0} months the rules allow: without a derogation, French affiliation applies beyond that.", "Le détachement dépasse la durée de {0} mois autorisée : sans dérogation, l'affiliation française s'applique au-delà.";
    WPostingOverLimitExtension: "The posting is longer than the agreement's initial {0} months: request the extension before the initial period ends, or French affiliation applies.", "Le détachement dépasse la période initiale de {0} mois prévue par la convention : demander la prolongation avant son terme, sinon l'affiliation française s'applique.";
    WAgreementScopeUnverified: "Whether the agreement with {0} keeps health insurance at home could not be verified: check the certificate of coverage with the CLEISS before relying on this.", "Il n'a pas pu être vérifié si la convention avec {0} maintient l'assurance maladie du pays d'origine : vérifier le certificat de détachement auprès du CLEISS.";
    WAgreementExcludesHealth: "The agreement with {0} does not cover health insurance: the worker is affiliated in France for health, while the other branches it covers stay in the home country.", "La convention avec {0} ne couvre pas l'assurance maladie : le salarié est affilié en France pour la maladie, les autres branches couvertes restent dans le pays d'origine.";
    WPostingWithoutCertificate: "Posted from {0} without a certificate of applicable legislation: French affiliation applies. Ask the home institution for the certificate (A1 or bilateral form) if the posting qualifies.", "Détaché depuis {0} sans certificat de législation applicable : l'affiliation française s'applique. Demander le certificat (A1 ou formulaire bilatéral) à l'institution d'origine si le détachement y ouvre droit.";
    WParisCpamForTalentPassport: "Talent Passport (passeport talent) holders and their family file with the CPAM de Paris, wherever they live.", "Les titulaires d'un passeport talent et leur famille déposent leur dossier auprès de la CPAM de Paris, quel que soit leur lieu de résidence.";
    WPermitMissing: "No residence permit is given: a national of a country outside the EEA and Switzerland must show one (titre de séjour, validated VLS-TS, resident card).", "Aucun titre de séjour n'est indiqué : un ressortissant d'un pays hors EEE et Suisse doit en présenter un (titre de séjour, VLS-TS validé, carte de résident).";
    WParentsAssumed: "The child's parents are not given: the primary member and their partner are assumed to be the legal parents (a step-child needs a legal link, such as adoption, to be a beneficiary).", "Les parents de l'enfant ne sont pas indiqués : le membre principal et son conjoint sont présumés être ses parents légaux (l'enfant du conjoint doit avoir un lien juridique, comme l'adoption, pour être ayant droit).";
    WAssumedNeverInsured: "Previous insurance in France is not given: assumed never insured (first registration). If the person was insured in France before, it is a reactivation.", "L'affiliation antérieure en France n'est pas indiquée : la personne est présumée n'avoir jamais été assurée (première affiliation). Si elle l'a été, il s'agit d'une réouverture des droits.";
    WAssumedPreviouslyInsured: "Previous insurance in France is not given: assumed insured before (policy), so a reactivation. If never insured, it is a first registration.", "L'affiliation antérieure en France n'est pas indiquée : la personne est présumée déjà assurée (politique choisie), donc réouverture des droits. Sinon, il s'agit d'une première affiliation.";
    WInactiveEeaResources: "An EEA or Swiss national without activity does not get coverage automatically: they must show sufficient resources and health cover.", "Un ressortissant de l'EEE ou suisse sans activité n'est pas couvert automatiquement : il doit justifier de ressources suffisantes et d'une couverture maladie.";
    WNirMismatch: "The social security number does not match the person's {0}: check both; real numbers may carry pseudo-months and historical codes.", "Le numéro de sécurité sociale ne correspond pas {0} de la personne : vérifier les deux ; les numéros réels peuvent comporter des pseudo-mois et des codes historiques.";
    WAccompanyingFamilyThreeMonthsPractice: "The law exempts a partner joining an insured person from the 3-month residence condition (D160-2 II 3°), but some CPAMs apply 3 months in practice: quote the article if asked.", "La loi dispense de la condition de 3 mois le conjoint qui rejoint un assuré (art. D160-2 II 3°), mais certaines CPAM appliquent 3 mois en pratique : citer l'article si besoin.";
    WAccompanyingChildThreeMonthsPractice: "The law exempts a family member joining an insured person from the 3-month residence condition (D160-2 II 3°, no age limit); that an adult child counts is an assumption, and some CPAMs apply 3 months in practice: quote the article if asked.", "La loi dispense de la condition de 3 mois le membre de la famille qui rejoint un assuré (art. D160-2 II 3°, sans limite d'âge) ; qu'un enfant majeur en fasse partie est une hypothèse, et certaines CPAM appliquent 3 mois en pratique : citer l'article si besoin.";
    WCarePaidByHomeScheme: "Health care stays with the home scheme of {0}: the CPAM serves care only if the agreement provides it; otherwise the home fund or a private insurance pays.", "Les soins restent à la charge du régime de {0} : la CPAM ne les sert que si la convention le prévoit ; sinon la caisse d'origine ou une assurance privée paie.";
    WCarePaidByHomeSchemeAssumed: "Health care probably stays with the home scheme of {0} (an assumption, to be confirmed with the fund): the CPAM serves care only if the agreement provides it; otherwise the home fund or a private insurance pays.", "Les soins restent probablement à la charge du régime de {0} (hypothèse, à confirmer auprès de la caisse) : la CPAM ne les sert que si la convention le prévoit ; sinon la caisse d'origine ou une assurance privée paie.";
    WPrivateHealthInsuranceRequired: "The posting from {0} requires health insurance covering the worker and family in France (home or private cover).", "Le détachement depuis {0} exige une assurance maladie couvrant le salarié et sa famille en France (régime d'origine ou assurance privée).";
    WNoSocialSecurityAgreement: "France has no social-security agreement with {0}: the posted worker is affiliated in France.", "La France n'a pas de convention de sécurité sociale avec {0} : le salarié détaché est affilié en France.";
    WS1SpouseMayNeedOwnRegistration: "Whether an adult partner counts as a family member for the S1 since 2016 is not verified: the CPAM may ask for their own registration.", "Il n'est pas vérifié qu'un conjoint majeur soit membre de famille au titre du S1 depuis 2016 : la CPAM peut demander son affiliation à titre personnel.";
    WPermitExpired: "The residence permit expired on {0}: renew it; rights on the residence route depend on a valid permit.", "Le titre de séjour a expiré le {0} : le renouveler ; les droits au titre de la résidence dépendent d'un titre valide.";
    WReceiptPermit: "A receipt (récépissé) is given: which receipts qualify is set by an arrêté that could not be verified; check with the fund.", "Un récépissé est indiqué : la liste des récépissés admis (arrêté du 10 mai 2017) n'a pas pu être vérifiée ; se renseigner auprès de la caisse.";
    WVlsTsValidation: "A long-stay visa (VLS-TS) must be validated online within 3 months of entry to count as a residence permit.", "Un visa long séjour (VLS-TS) doit être validé en ligne dans les 3 mois suivant l'entrée pour valoir titre de séjour.";
    WNttToleranceExceeded: "The 3-month NTT tolerance ended on {0}: payroll must get the NIR or NIA now.", "La tolérance de 3 mois du NTT a pris fin le {0} : la paie doit obtenir dès maintenant le NIR ou le NIA.";
    WNiaExpired: "The provisional number (NIA) reached the end of its 9-month validity on {0}: ask the fund where the certification stands.", "Le numéro provisoire (NIA) a atteint la fin de sa validité de 9 mois le {0} : demander à la caisse où en est la certification.";
    WNirImpliesPreviousInsurance: "A certified social security number for someone born abroad only exists after an earlier affiliation: treated as a reactivation.", "Un numéro de sécurité sociale certifié pour une personne née à l'étranger n'existe qu'après une affiliation antérieure : traité comme une réouverture des droits.";
    WTranslationAssumed: "The country that issued the union certificate is not given: a sworn translation is assumed to be needed.", "Le pays qui a délivré l'acte d'union n'est pas indiqué : une traduction assermentée est présumée nécessaire.";
    WFundDependsOnCommune: "This department has several CPAMs, chosen by commune: check which one serves the address.", "Ce département compte plusieurs CPAM, selon la commune : vérifier celle dont relève l'adresse.";
    WTerritoryOwnScheme: "This overseas collectivity has its own social security scheme, outside the French general scheme: check with its fund.", "Cette collectivité d'outre-mer a son propre régime de sécurité sociale, distinct du régime général : se renseigner auprès de sa caisse.";
    WStartDateUnknown: "The first day of work is not given: the date coverage starts cannot be set.", "La date du premier jour de travail n'est pas indiquée : la date de début de prise en charge ne peut pas être fixée.";
    WArrivalUnknown: "The arrival date in France is not given: the date coverage starts cannot be set.", "La date d'arrivée en France n'est pas indiquée : la date de début de prise en charge ne peut pas être fixée.";
    WPostingEndUnknown: "The posting's end date is not given: its length cannot be checked against the limit.", "La date de fin du détachement n'est pas indiquée : sa durée ne peut pas être comparée à la limite.";
    WNoInsuredParent: "No parent of this child is in the household with French coverage: the child is covered in their own right on residence.", "Aucun parent de l'enfant n'est dans le foyer avec une couverture française : l'enfant est couvert à titre personnel au titre de la résidence.";
    WMinorWithoutParent: "No parent of this child is listed in the household: the child is nobody's beneficiary through filiation. Give the legal guardian's situation and the guardianship document (a child in the care of an insured person may be attached to them); until then the child is assessed in their own right on the residence route.", "Aucun parent de l'enfant n'est indiqué dans le foyer : l'enfant n'est l'ayant droit de personne par filiation. Indiquer la situation du tuteur légal et fournir le document de tutelle (un enfant recueilli par un assuré peut lui être rattaché) ; d'ici là, l'enfant est évalué à titre personnel au titre de la résidence.";
    WAutonomyBefore16: "An autonomy request (ayant droit autonome) is only possible from 16: it is ignored, and the child stays a beneficiary (ayant droit).", "La demande d'autonomie (ayant droit autonome) n'est possible qu'à partir de 16 ans : elle est ignorée et l'enfant reste ayant droit.";
    WPostcodeMissing: "No postcode is given: the fund cannot be named.", "Aucun code postal n'est indiqué : la caisse ne peut pas être déterminée.";
    WCertificateMismatch: "The certificate type does not match the sending country (A1 is for the EEA, Switzerland and the UK; other countries issue a bilateral form): check it.", "Le type de certificat ne correspond pas au pays d'envoi (l'A1 concerne l'EEE, la Suisse et le Royaume-Uni ; les autres pays délivrent un formulaire bilatéral) : le vérifier.";
    MismatchSex: "sex", "au sexe";
    MismatchYear: "year of birth", "à l'année de naissance";
    MismatchMonth: "month of birth", "au mois de naissance";
    MismatchPlace: "place of birth", "au lieu de naissance";

    // ---- Document reasons --------------------------------------------------------------
    RS1106: "Every adult files their own request to open rights.", "Chaque adulte dépose sa propre demande d'ouverture des droits.";
    RS1106Minor: "The minor's own request to open rights, signed by their legal representative (parent or guardian).", "Demande d'ouverture des droits propre au mineur, signée par son représentant légal.";
    RS1106Reactivation: "The same form reopens rights for someone insured in France before.", "Le même formulaire rouvre les droits d'une personne déjà assurée en France.";
    RS3705One: "Attaches the child to the insured parent(s); attach to both parents when both are insured (double rattachement).", "Rattache l'enfant au(x) parent(s) assuré(s) ; le rattacher aux deux parents lorsque les deux sont assurés (double rattachement).";
    RS3705Many: "Attaches the {0} children to the insured parent(s); attach to both parents when both are insured (double rattachement).", "Rattache les {0} enfants au(x) parent(s) assuré(s) ; les rattacher aux deux parents lorsque les deux sont assurés (double rattachement).";
    RIdentity: "Proves identity.", "Justifie de l'identité.";
    RIdentityChild: "The child's own passport or identity card.", "Passeport ou carte d'identité de l'enfant.";
    RPermit: "Proves a regular stay in France (not needed for EEA and Swiss nationals, nor for minors).", "Justifie de la régularité du séjour (inutile pour les ressortissants de l'EEE et suisses, et pour les mineurs).";
    RActivity: "Proves the activity that opens rights from the first day of work; the fund may ask for the first payslip.", "Justifie de l'activité qui ouvre les droits dès le premier jour de travail ; la caisse peut demander le premier bulletin de salaire.";
    RProofOfResidence: "Proves more than 3 months of stable residence in France.", "Justifie de plus de 3 mois de résidence stable en France.";
    RGuardianship: "Shows who has legal responsibility for a child with no parent in the household: it decides whether the child can be attached to an insured guardian.", "Justifie de la personne qui a la responsabilité légale d'un enfant sans parent dans le foyer : il décide si l'enfant peut être rattaché à un tuteur assuré.";
    REnrolmentStudentAdult: "Enrolment in an educational establishment exempts from the 3-month residence condition.", "L'inscription dans un établissement d'enseignement dispense de la condition de 3 mois de résidence.";
    REnrolmentStudent: "A higher-education student aged 16 to 18 is automatically ayant droit autonome.", "Un étudiant de 16 à 18 ans est automatiquement ayant droit autonome.";
    REnrolmentPupil: "A pupil aged 16 or 17 proves schooling to stay attached to the parents.", "Un lycéen de 16 ou 17 ans justifie de sa scolarité pour rester rattaché à ses parents.";
    RBirthIdentification: "Identifies a person born abroad (the CPAM issues a NIA, SANDIA certifies the number).", "Permet l'identification d'une personne née à l'étranger (la CPAM attribue un NIA, SANDIA certifie le numéro).";
    RBirthChild: "Proves filiation for the attachment to the parents.", "Justifie de la filiation pour le rattachement aux parents.";
    RBirthChildIdentification: "Proves filiation and identifies the child born abroad, who gets their own number (NIA, then certified NIR).", "Justifie de la filiation et permet l'identification de l'enfant né à l'étranger, qui reçoit son propre numéro (NIA puis NIR certifié).";
    RBirthFiliationS1: "Each family member registered with the S1 proves the family link.", "Chaque membre de la famille inscrit au titre du S1 justifie du lien de famille.";
    RUnionAccompanying: "Proves the family link with the insured person.", "Justifie du lien familial avec l'assuré.";
    RBirthAdultChild: "Proves the family link (filiation) with the insured parent; identifies a person born abroad when needed.", "Justifie du lien familial (filiation) avec le parent assuré ; permet l'identification d'une personne née à l'étranger si besoin.";
    RUnionCivilStatus: "Civil status of a married applicant, for identification.", "État civil d'un demandeur marié, pour l'identification.";
    RUnionS1: "Proves the family link with the S1 holder.", "Justifie du lien familial avec le titulaire du S1.";
    RAddress: "Proves the address, which picks the fund.", "Justifie de l'adresse, qui détermine la caisse compétente.";
    RBank: "Reimbursements are paid into an account in the person's name.", "Les remboursements sont versés sur un compte au nom de la personne.";
    RBankChild: "An autonomous beneficiary is reimbursed on an account in their own name.", "Un ayant droit autonome est remboursé sur un compte à son nom.";
    RPhysician: "Declaring a médecin traitant gives normal reimbursement rates; declare on paper if the doctor cannot declare online yet.", "Déclarer un médecin traitant permet d'être remboursé normalement ; déclarer sur papier si le médecin ne peut pas encore le faire en ligne.";
    RPhysicianChild: "From 16 the young person declares their own médecin traitant, co-signed by a parent.", "Dès 16 ans, le jeune déclare son propre médecin traitant, avec la signature d'un parent.";
    RIdPhoto: "For the Carte Vitale, ordered once the number is certified (photo + ID less than 10 years old).", "Pour la carte Vitale, commandée une fois le numéro certifié (photo + pièce d'identité de moins de 10 ans).";
    RS1Worker: "Issued by the home fund: registers the worker with the CPAM of residence, at the home fund's expense.", "Délivré par la caisse d'origine : inscrit le salarié auprès de la CPAM de résidence, aux frais de la caisse d'origine.";
    RS1Family: "S1 forms are issued per person: each family member registers their own.", "Les formulaires S1 sont individuels : chaque membre de la famille fait inscrire le sien.";
    RA1: "Proves the worker stays under the home country's legislation during the posting.", "Justifie que le salarié reste soumis à la législation du pays d'origine pendant le détachement.";
    RCoverageCertificateHome: "Keeps the worker under the scheme of {0}; the employer keeps it for inspections.", "Maintient le salarié au régime de {0} ; l'employeur le conserve en cas de contrôle.";
    RCoverageCertificateHomeAssumed: "Keeps the worker under the legislation of {0} for the branches the agreement covers; whether health is one of them is an assumption, to be confirmed with the fund. The employer keeps it for inspections.", "Maintient le salarié sous la législation de {0} pour les branches couvertes par la convention ; que la maladie en fasse partie est une hypothèse, à confirmer auprès de la caisse. L'employeur le conserve en cas de contrôle.";
    RCoverageCertificateOther: "Keeps the branches the agreement with {0} covers at home (health excepted).", "Maintient dans le pays d'origine les branches couvertes par la convention avec {0} (hors maladie).";
    RPrivateInsurance: "The agreement makes health cover in France a condition of the posting.", "La convention fait de la couverture maladie en France une condition du détachement.";
    RAutonomyLetter: "A simple letter to the parent's fund asking to become ayant droit autonome.", "Simple courrier à la caisse du parent pour demander la qualité d'ayant droit autonome.";
    RSwornTranslation: "Civil-status documents issued outside France, the EEA and Switzerland need a translation by a sworn translator (or the consulate), unless already in French. Legalisation or an apostille may also be requested depending on the issuing country.", "Les actes d'état civil délivrés hors de France, de l'EEE et de Suisse doivent être traduits par un traducteur assermenté (ou le consulat), sauf s'ils sont déjà en français. Une légalisation ou une apostille peut aussi être demandée selon le pays d'émission.";
    RLegalisation: "Foreign civil-status documents legalised or apostilled (policy).", "Actes d'état civil étrangers légalisés ou apostillés (politique choisie).";

    // ---- Explanations (conclusions) ----------------------------------------------------
    CActivity: "Works in France: covered through professional activity from the first hour of work.", "Travaille en France : couvert au titre de l'activité professionnelle dès la première heure de travail.";
    CWorkingMinorActivity: "Works in France (apprenticeship included): covered through activity in their own right.", "Travaille en France (apprentissage compris) : couvert à titre personnel au titre de l'activité.";
    CWorkingMinor: "A minor with a professional activity (apprenticeship included) is no longer attached to the parents and is covered in their own right.", "Un mineur qui exerce une activité professionnelle (y compris en apprentissage) n'est plus rattaché à ses parents et est couvert à titre personnel.";
    CWorkingMinorStatus: "Aged {0}, working: covered in their own right, not a beneficiary (ayant droit).", "{0} ans, en activité : assuré à titre personnel, pas ayant droit.";
    CMinorOwnStatus: "Aged {0}, no insured parent to be attached to: covered in their own right.", "{0} ans, sans parent assuré auquel être rattaché : assuré à titre personnel.";
    CAdultChild: "An adult child is not a beneficiary: covered in their own right.", "Un enfant majeur n'est pas ayant droit : il est couvert à titre personnel.";
    CStudent: "Higher-education student: covered on the residence route, exempt from the 3-month condition.", "Étudiant : couvert au titre de la résidence, dispensé de la condition de 3 mois.";
    CAccompanying: "Joins or accompanies a person affiliated in France ({0}): covered on the residence route without the 3-month wait.", "Rejoint ou accompagne une personne affiliée en France ({0}) : couvert au titre de la résidence sans attendre 3 mois.";
    CAccompanyingThreeMonths: "Joins or accompanies a person affiliated in France ({0}); under the chosen policy the 3-month residence condition applies.", "Rejoint ou accompagne une personne affiliée en France ({0}) ; selon la politique choisie, la condition de 3 mois de résidence s'applique.";
    CAccompanyingAdultChild: "Adult child without activity joining or accompanying an insured parent ({0}): a family member under D160-2, which sets no age limit (an assumption, unverified): covered on the residence route without the 3-month wait.", "Enfant majeur sans activité qui rejoint ou accompagne un parent assuré ({0}) : membre de la famille au sens de l'art. D160-2, qui ne fixe pas de limite d'âge (hypothèse non vérifiée) : couvert au titre de la résidence sans attendre 3 mois.";
    CEarliestBasisResidence: "Joining or accompanying a family member would only give {0}, the day that person is covered from: the earliest basis, own stable residence, applies.", "Rejoindre ou accompagner un membre de la famille ne donnerait que le {0}, jour où cette personne est couverte : le fondement le plus précoce, la résidence stable à titre personnel, s'applique.";
    CEarliestBasisActivity: "Works in France only from {0}: joining or accompanying an insured family member gives an earlier date, and the earliest basis applies.", "Ne travaille en France qu'à partir du {0} : rejoindre ou accompagner un membre de la famille assuré donne une date plus précoce, et le fondement le plus précoce s'applique.";
    CEarliestBasisResidenceBeforeWork: "Works in France only from {0}: more than 3 months of stable residence give an earlier date, and the earliest basis applies.", "Ne travaille en France qu'à partir du {0} : plus de 3 mois de résidence stable donnent une date plus précoce, et le fondement le plus précoce s'applique.";
    CAdultOwnRequest: "Since 2016 (PUMa) adults are never beneficiaries: this adult files their own request.", "Depuis 2016 (PUMa), un adulte n'est jamais ayant droit : il dépose sa propre demande.";
    CFollowsS1: "Family member of a worker posted with an S1: registered with their own S1 at the home fund's expense.", "Membre de la famille d'un salarié détaché avec un S1 : inscrit avec son propre S1 aux frais de la caisse d'origine.";
    CFollowsHomeScheme: "Family member of a worker who stays on the home scheme: follows the worker, no French affiliation.", "Membre de la famille d'un salarié maintenu au régime d'origine : suit le salarié, pas d'affiliation en France.";
    CFollowsHomeSchemeAssumed: "Family member of a worker who probably stays on the home scheme (an assumption, to be confirmed with the fund): follows the worker, no French affiliation assumed.", "Membre de la famille d'un salarié probablement maintenu au régime d'origine (hypothèse, à confirmer auprès de la caisse) : suit le salarié, pas d'affiliation en France retenue.";
    CResidence: "No professional activity: covered on the residence route after more than 3 months of stable residence.", "Sans activité professionnelle : couvert au titre de la résidence après plus de 3 mois de résidence stable.";
    CResidenceBeforeWork: "Not working yet: covered on the residence route after more than 3 months of stable residence.", "Ne travaille pas encore : couvert au titre de la résidence après plus de 3 mois de résidence stable.";
    CResidenceEnrolled: "No professional activity, enrolled in education: covered on the residence route, exempt from the 3-month condition.", "Sans activité, inscrit dans un établissement d'enseignement : couvert au titre de la résidence, dispensé de la condition de 3 mois.";
    CBeneficiary: "Minor child of an insured parent, without professional activity: beneficiary (ayant droit).", "Enfant mineur d'un parent assuré, sans activité professionnelle : ayant droit.";
    CMinorAlone: "Minor without a parent insured in France in the household: covered in their own right on the residence route.", "Mineur sans parent assuré en France dans le foyer : couvert à titre personnel au titre de la résidence.";
    CMinorWithoutParent: "No parent in the household: not a beneficiary through filiation; the legal guardian's situation decides (a child in an insured person's care may be attached to them). Meanwhile covered in their own right on the residence route, with its 3-month condition.", "Aucun parent dans le foyer : pas ayant droit par filiation ; la situation du tuteur légal décide (un enfant recueilli par un assuré peut lui être rattaché). D'ici là, couvert à titre personnel au titre de la résidence, avec sa condition de 3 mois.";
    CMinorWithoutParentEnrolled: "No parent in the household: not a beneficiary through filiation; the legal guardian's situation decides (a child in an insured person's care may be attached to them). Meanwhile covered in their own right on the residence route; enrolled at school, exempt from the 3-month condition.", "Aucun parent dans le foyer : pas ayant droit par filiation ; la situation du tuteur légal décide (un enfant recueilli par un assuré peut lui être rattaché). D'ici là, couvert à titre personnel au titre de la résidence ; scolarisé, dispensé de la condition de 3 mois.";
    CPostedEu: "Posted from the EEA or Switzerland with an A1: stays on the home scheme; care in France through the S1 registered with the CPAM.", "Détaché depuis l'EEE ou la Suisse avec un A1 : reste au régime d'origine ; soins en France grâce au S1 inscrit auprès de la CPAM.";
    CPostedUk: "Posted from the United Kingdom with a certificate of applicable legislation: handled like an EU posting (S1 registration).", "Détaché depuis le Royaume-Uni avec un certificat de législation applicable : traité comme un détachement européen (inscription du S1).";
    CPostedHomeScheme: "Posted under the agreement with {0}, which keeps health insurance at home: no French affiliation.", "Détaché au titre de la convention avec {0}, qui maintient l'assurance maladie du pays d'origine : pas d'affiliation en France.";
    CPostedHomeSchemeAssumed: "Posted under the agreement with {0}, which probably keeps health insurance at home (inferred from a general statement, to be confirmed with the fund): no French affiliation assumed.", "Détaché au titre de la convention avec {0}, qui maintient probablement l'assurance maladie du pays d'origine (déduit d'une position générale, à confirmer auprès de la caisse) : pas d'affiliation en France retenue.";
    CPostedScopeUnverified: "Posted from {0}: whether the agreement keeps health at home is not verified; by default the home scheme is assumed, to be confirmed with the fund.", "Détaché depuis {0} : il n'est pas vérifié que la convention maintienne l'assurance maladie d'origine ; le régime d'origine est retenu par défaut, à confirmer auprès de la caisse.";
    CPostedScopeUnverifiedFrench: "Posted from {0}: whether the agreement keeps health at home is not verified; under the chosen policy French affiliation applies.", "Détaché depuis {0} : il n'est pas vérifié que la convention maintienne l'assurance maladie d'origine ; selon la politique choisie, l'affiliation française s'applique.";
    CPostedAgreementExcludesHealth: "Posted under the agreement with {0}, which does not cover health: affiliated in France for health through activity.", "Détaché au titre de la convention avec {0}, qui ne couvre pas la maladie : affilié en France pour la maladie au titre de l'activité.";
    CPostedNoCertificate: "Posted from {0} without a certificate: French affiliation through activity applies.", "Détaché depuis {0} sans certificat : l'affiliation française au titre de l'activité s'applique.";
    CPostedNoAgreement: "Posted from {0}, which has no social-security agreement with France: French affiliation through activity.", "Détaché depuis {0}, sans convention de sécurité sociale avec la France : affiliation française au titre de l'activité.";
    CPostingLimit: "A posting limited to {0} months may last until {1}, the last day included.", "Un détachement limité à {0} mois peut durer jusqu'au {1}, dernier jour inclus.";
    CRegistration: "Never insured in France: first registration.", "Jamais assuré en France : première affiliation.";
    CRegistrationAssumed: "Previous insurance in France not given: assumed never insured, so a first registration.", "Affiliation antérieure non indiquée : présumé jamais assuré, donc première affiliation.";
    CReactivation: "Insured in France before: the number is for life, rights are reopened.", "Déjà assuré en France : le numéro est attribué à vie, les droits sont rouverts.";
    CReactivationImplied: "Has a certified number although born abroad, which implies an earlier affiliation: reactivation.", "A un numéro certifié bien que né à l'étranger, ce qui suppose une affiliation antérieure : réouverture des droits.";
    CReactivationAssumed: "Previous insurance in France not given: assumed insured before (policy), so a reactivation.", "Affiliation antérieure non indiquée : présumé déjà assuré (politique choisie), donc réouverture des droits.";
    CIdentificationRequired: "Born abroad, no French number, not French: needs identification (NIA from the CPAM, then number certified by SANDIA).", "Né à l'étranger, sans numéro français, pas de nationalité française : identification nécessaire (NIA attribué par la CPAM, puis numéro certifié par SANDIA).";
    CIdentificationUnderWay: "Has a provisional number (NIA): identification is under way until SANDIA certifies the number.", "A un numéro provisoire (NIA) : l'identification est en cours jusqu'à la certification du numéro par SANDIA.";
    CNoIdentificationBornInFrance: "Born in France: has a social security number from birth, no identification step.", "Né en France : a un numéro de sécurité sociale depuis la naissance, pas d'étape d'identification.";
    CNoIdentificationFrench: "French national born abroad: the number comes from the central civil register, no SANDIA identification.", "Français né à l'étranger : le numéro est créé à partir de l'état civil central, sans identification par SANDIA.";
    CNoIdentificationHasNir: "Already has a certified number: no identification step.", "A déjà un numéro certifié : pas d'étape d'identification.";
    CCoveredFromActivity: "Covered from the first day of work: {0}.", "Couvert dès le premier jour de travail : {0}.";
    CCoveredFromS1: "Covered from the start of the posting (S1): {0}.", "Couvert dès le début du détachement (S1) : {0}.";
    CCoveredFromS1Family: "Covered from the later of arrival and the worker's S1 start: {0}.", "Couvert à la plus tardive des dates d'arrivée et de début du S1 du salarié : {0}.";
    CCoveredFromAccompanying: "Covered from the later of arrival and the partner's coverage: {0}.", "Couvert à la plus tardive des dates d'arrivée et de début de couverture du conjoint : {0}.";
    CCoveredFromAccompanyingParent: "Covered from the later of arrival and the parent's coverage: {0}.", "Couvert à la plus tardive des dates d'arrivée et de début de couverture du parent : {0}.";
    CCoveredFromChild: "Covered from the latest of birth, arrival and the parent's coverage: {0}.", "Couvert à la plus tardive des dates de naissance, d'arrivée et de début de couverture du parent : {0}.";
    CCoveredFromResidence: "Covered from the day after the 3-month anniversary of arrival (not before the permit's validity for non-EEA nationals): {0}.", "Couvert dès le lendemain des 3 mois suivant l'arrivée (pas avant le début de validité du titre de séjour hors EEE) : {0}.";
    CCoveredFromStudent: "Covered from arrival (not before the permit's validity for non-EEA nationals): {0}.", "Couvert dès l'arrivée (pas avant le début de validité du titre de séjour hors EEE) : {0}.";
    CCoveredFromArrival: "Covered from arrival: {0}.", "Couvert dès l'arrivée : {0}.";
    CCoveredFromUnknown: "The first day of coverage cannot be set: a date it depends on is missing.", "La date de début de couverture ne peut pas être fixée : une date dont elle dépend manque.";
    CAttachedOne: "Attached to the insured parent.", "Rattaché au parent assuré.";
    CAttachedOneAssumed: "Attached to the insured parent (parents assumed: the primary member and their partner).", "Rattaché au parent assuré (parents présumés : le membre principal et son conjoint).";
    CAttachedBoth: "Attached to both insured parents (double rattachement, recommended).", "Rattaché aux deux parents assurés (double rattachement, recommandé).";
    CAttachedBothAssumed: "Attached to both insured parents (double rattachement; parents assumed: the primary member and their partner).", "Rattaché aux deux parents assurés (double rattachement ; parents présumés : le membre principal et son conjoint).";
    CUnderSixteen: "Aged {0}: beneficiary (ayant droit) of the parents.", "{0} ans : ayant droit de ses parents.";
    CUnderSixteenOneParent: "Aged {0}: beneficiary (ayant droit) of the parent.", "{0} ans : ayant droit de son parent.";
    CSixteenMayRequest: "Aged {0}: stays a beneficiary; may ask (simple letter) to become ayant droit autonome.", "{0} ans : reste ayant droit ; peut demander (simple courrier) à devenir ayant droit autonome.";
    CPupilStaysDependent: "Aged {0}, at school: stays a beneficiary of the parents unless they ask for autonomy.", "{0} ans, lycéen : reste ayant droit de ses parents sauf demande d'autonomie.";
    CPupilStaysDependentOneParent: "Aged {0}, at school: stays a beneficiary of the parent unless they ask for autonomy.", "{0} ans, lycéen : reste ayant droit de son parent sauf demande d'autonomie.";
    CStudentAutonomous: "Aged {0}, higher-education student: automatically ayant droit autonome.", "{0} ans, étudiant : automatiquement ayant droit autonome.";
    CAutonomyRequested: "Aged {0}, asked for autonomy: ayant droit autonome (own reimbursements and ameli account).", "{0} ans, a demandé l'autonomie : ayant droit autonome (remboursements et compte ameli personnels).";
    CBeneficiaryEndBirthday: "Beneficiary status ends on the 18th birthday, {0}: an assumption (the decree date of L160-2 could not be found); then files the S1110 with a bank account in their own name.", "La qualité d'ayant droit prend fin aux 18 ans, le {0} : hypothèse (la date fixée par décret à l'art. L160-2 n'a pas été trouvée) ; dépôt ensuite du S1110 avec un compte bancaire à son nom.";
    CBeneficiaryEndFixed: "Beneficiary status ends on {0}, the date chosen by policy in the year of the 18th birthday; then files the S1110 with a bank account in their own name.", "La qualité d'ayant droit prend fin le {0}, date retenue par la politique dans l'année des 18 ans ; dépôt ensuite du S1110 avec un compte bancaire à son nom.";
    CChildMilestones: "From 12 a parent may order the child's Carte Vitale online; at 16 the CPAM sends the child the Carte Vitale form.", "Dès 12 ans, un parent peut commander en ligne la carte Vitale de l'enfant ; à 16 ans, la CPAM envoie à l'enfant le formulaire de carte Vitale.";
    CLeapDayLast: "Born on 29 February: in other years the birthday falls on 28 February.", "Né un 29 février : les autres années, l'anniversaire tombe le 28 février.";
    CLeapDayMarch: "Born on 29 February: under the chosen policy the birthday falls on 1 March in other years.", "Né un 29 février : selon la politique choisie, l'anniversaire tombe le 1er mars les autres années.";
    CFundResidence: "The file goes to the fund of the place of residence: {0}.", "Le dossier est à adresser à la caisse du lieu de résidence : {0}.";
    CFundOverseas: "Overseas, the file goes to the local general social security fund: {0}.", "Outre-mer, le dossier est à adresser à la caisse générale de sécurité sociale : {0}.";
    CFundMayotte: "In Mayotte, which has no CGSS, the file goes to the Caisse de sécurité sociale de Mayotte (CSSM): {0}.", "À Mayotte, qui n'a pas de CGSS, le dossier est à adresser à la Caisse de sécurité sociale de Mayotte (CSSM) : {0}.";
    CFundMsa: "In metropolitan France, agricultural employees and their family are insured by the MSA, not the CPAM.", "En métropole, les salariés agricoles et leur famille relèvent de la MSA, pas de la CPAM.";
    CFundOverseasAgricultural: "In the overseas departments the MSA does not run health insurance: agricultural employees and their family go to the local fund: {0}.", "Dans les départements d'outre-mer, la MSA ne gère pas l'assurance maladie : les salariés agricoles et leur famille relèvent de la caisse locale : {0}.";
    CFundTalentPassport: "Talent Passport holders and their family: the file goes to the CPAM de Paris.", "Titulaires d'un passeport talent et leur famille : le dossier est à adresser à la CPAM de Paris.";
    CFundUnknown: "No postcode: the fund of the place of residence cannot be named.", "Pas de code postal : la caisse du lieu de résidence ne peut pas être déterminée.";
    CFundUnknownAgricultural: "No postcode: the fund of an agricultural employee cannot be named (the MSA in metropolitan France, the CGSS or the CSSM overseas).", "Pas de code postal : la caisse d'un salarié agricole ne peut pas être déterminée (la MSA en métropole, la CGSS ou la CSSM outre-mer).";
    CFundOwnScheme: "The address is in an overseas collectivity with its own scheme: no French fund applies.", "L'adresse est dans une collectivité d'outre-mer à régime propre : aucune caisse du régime général n'est compétente.";
    CPermitRequired: "National of a country outside the EEA and Switzerland: a residence permit is required.", "Ressortissant d'un pays hors EEE et Suisse : un titre de séjour est exigé.";
    CNoPermitMinor: "A minor is never asked for a residence permit.", "Aucun titre de séjour n'est exigé d'un mineur.";
    CInactiveEea: "EEA or Swiss national without activity: must show sufficient resources and health cover.", "Ressortissant de l'EEE ou suisse sans activité : doit justifier de ressources suffisantes et d'une couverture maladie.";
    CTranslation: "Civil-status documents from outside France, the EEA and Switzerland need a sworn translation.", "Les actes d'état civil délivrés hors de France, de l'EEE et de Suisse doivent faire l'objet d'une traduction assermentée.";
    CNirChecked: "The social security number was checked (structure, key) and compared with the birth data.", "Le numéro de sécurité sociale a été contrôlé (structure, clé) et comparé aux données de naissance.";

    CLegalisationRequired: "Foreign civil-status documents must be legalised or apostilled (policy).", "Les actes d'état civil étrangers doivent être légalisés ou apostillés (politique choisie).";
    CPayrollNir: "Has a certified NIR: payroll declares it in the DSN.", "A un NIR certifié : la paie le déclare en DSN.";
    CPayrollNia: "Has a provisional number (NIA): payroll declares it in the DSN, without time limit, until the certified NIR.", "A un numéro provisoire (NIA) : la paie le déclare en DSN, sans limite de durée, jusqu'au NIR certifié.";
    CPayrollNtt: "No NIR or NIA yet: payroll declares a temporary technical number (NTT), tolerated 3 months.", "Pas encore de NIR ni de NIA : la paie déclare un numéro technique temporaire (NTT), toléré 3 mois.";

    // ---- Payroll -----------------------------------------------------------------------
    PayrollNir: "Declare the certified NIR in the DSN. If an NTT was used before, repeat it on the first DSN carrying the NIR.", "Déclarer le NIR certifié en DSN. Si un NTT a été utilisé, le reporter sur la première DSN portant le NIR.";
    PayrollNia: "Declare the NIA in the DSN (usable without time limit). When the certified NIR arrives, declare it; repeat any earlier NTT on the first DSN carrying it.", "Déclarer le NIA en DSN (utilisable sans limite de durée). À réception du NIR certifié, le déclarer ; reporter l'éventuel NTT sur la première DSN qui le porte.";
    PayrollNtt: "No number yet: declare an NTT with all known birth details (tolerated 3 months, until {0}). When the NIR or NIA arrives, declare it and repeat the NTT on the first DSN carrying it.", "Pas encore de numéro : déclarer un NTT avec toutes les données de naissance connues (toléré 3 mois, jusqu'au {0}). À réception du NIR ou du NIA, le déclarer et reporter le NTT sur la première DSN qui le porte.";
    PayrollNttNoStart: "No number yet: declare an NTT with all known birth details (tolerated 3 months from the first day of work). When the NIR or NIA arrives, declare it and repeat the NTT on the first DSN carrying it.", "Pas encore de numéro : déclarer un NTT avec toutes les données de naissance connues (toléré 3 mois à partir du premier jour de travail). À réception du NIR ou du NIA, le déclarer et reporter le NTT sur la première DSN qui le porte.";

    // ---- Rules catalogue ---------------------------------------------------------------
    RuleActivity: "A person working in France (French contract or self-employed) is affiliated through activity, from the first hour of work.", "Une personne qui travaille en France (contrat français ou indépendant) est affiliée au titre de l'activité, dès la première heure.";
    RuleRegistrationOrReactivation: "First registration when never affiliated in France; reactivation when affiliated before (or a certified NIR of someone born abroad).", "Première affiliation si jamais affilié en France ; réouverture des droits si déjà affilié (ou NIR certifié d'une personne née à l'étranger).";
    RuleIdentification: "Identification (NIA, then certified NIR) for people born abroad without a number, never insured, not French.", "Identification (NIA puis NIR certifié) des personnes nées à l'étranger sans numéro, jamais assurées, non françaises.";
    RuleAccompanyingFamily: "A family member who joins or accompanies an insured person is exempt from the 3-month residence condition.", "Le membre de famille qui rejoint ou accompagne un assuré est dispensé de la condition de 3 mois de résidence.";
    RuleAccompanyingAdultChild: "An adult child without activity who joins or accompanies an insured parent is a family member (no age limit in D160-2; an assumption): own request, no 3-month wait.", "L'enfant majeur sans activité qui rejoint ou accompagne un parent assuré est membre de la famille (pas de limite d'âge à l'art. D160-2 ; hypothèse) : demande personnelle, sans attente de 3 mois.";
    RuleEarliestBasis: "A member who qualifies on several bases is covered from the earliest date any of them gives; on a tie, the basis needing no proof of 3 months' residence.", "Une personne qui remplit plusieurs fondements est couverte à la date la plus précoce qu'ils donnent ; à égalité, le fondement qui n'exige pas de justifier de 3 mois de résidence.";
    RuleResidence: "Without activity, coverage on stable and regular residence after more than 3 months.", "Sans activité, prise en charge au titre de la résidence stable et régulière après plus de 3 mois.";
    RuleStudent: "People enrolled in an educational establishment are exempt from the 3-month condition.", "Les personnes inscrites dans un établissement d'enseignement sont dispensées de la condition de 3 mois.";
    RuleInactiveEea: "Inactive EEA and Swiss nationals must show sufficient resources and health cover.", "Les ressortissants de l'EEE et suisses inactifs doivent justifier de ressources suffisantes et d'une couverture maladie.";
    RuleAdultsNotBeneficiaries: "Since 2016 only minor children can be beneficiaries; every adult files their own request.", "Depuis 2016, seuls les enfants mineurs peuvent être ayants droit ; chaque adulte dépose sa propre demande.";
    RulePostedEu: "A worker posted from the EEA, Switzerland or the UK with an A1 stays on the home scheme and registers an S1.", "Un salarié détaché depuis l'EEE, la Suisse ou le Royaume-Uni avec un A1 reste au régime d'origine et fait inscrire un S1.";
    RulePostedBilateral: "A worker posted under a bilateral agreement keeps the home legislation for the branches its posting clause covers (per-agreement table).", "Un salarié détaché au titre d'une convention bilatérale reste soumis à la législation d'origine pour les branches couvertes par la clause de détachement (table par convention).";
    RulePostedBilateralInferred: "Same, where the agreement's health scope is inferred from the general ACOSS statement or unknown.", "Idem, lorsque la portée de la convention pour la maladie est déduite de la position générale de l'ACOSS ou inconnue.";
    RulePostedWithoutCertificate: "A posting without a certificate, or from a country without an agreement, falls under French affiliation.", "Un détachement sans certificat, ou depuis un pays sans convention, relève de l'affiliation française.";
    RulePostedFamily: "The family of a posted worker follows the worker unless they work in France themselves.", "La famille d'un salarié détaché suit le salarié, sauf si elle travaille elle-même en France.";
    RulePostingLimit: "A posting limited to N months may last until the start plus N months minus one day; a later end date is over the limit.", "Un détachement limité à N mois peut durer jusqu'à la date de début plus N mois moins un jour ; une date de fin postérieure dépasse la limite.";
    RuleMinorBeneficiary: "Minor children without activity, with legal filiation, are beneficiaries of their insured parents.", "Les enfants mineurs sans activité, à la filiation établie, sont ayants droit de leurs parents assurés.";
    RuleMinorWithoutParent: "A minor with no parent in the household is nobody's beneficiary through filiation: the guardian's situation is asked for; no exemption from the 3-month wait is assumed.", "Un mineur sans parent dans le foyer n'est l'ayant droit de personne par filiation : la situation du tuteur est demandée ; aucune dispense de la condition de 3 mois n'est présumée.";
    RuleWorkingMinor: "A working minor (apprentice included) is covered in their own right.", "Un mineur qui travaille (apprenti compris) est couvert à titre personnel.";
    RuleDependentStatus: "The child's status: beneficiary, autonomous beneficiary (16+, students automatically), or own coverage.", "Le statut de l'enfant : ayant droit, ayant droit autonome (16 ans et plus, étudiants automatiquement), ou assuré à titre personnel.";
    RuleAutonomyBefore16: "An autonomy request before 16 is not possible: it is ignored, with a warning.", "Une demande d'autonomie avant 16 ans n'est pas possible : elle est ignorée, avec un avertissement.";
    RuleAttachment: "Children are attached to each insured parent (double rattachement); the S3705 goes on one filing parent.", "Les enfants sont rattachés à chaque parent assuré (double rattachement) ; le S3705 est déposé par un parent.";
    RuleFiliation: "Beneficiary status follows legal filiation, not household membership.", "La qualité d'ayant droit suit la filiation légale, pas l'appartenance au foyer.";
    RuleBeneficiaryEnd: "When beneficiary status ends (policy: the 18th birthday by default).", "Date de fin de la qualité d'ayant droit (politique : les 18 ans par défaut).";
    RuleChildMilestones: "Carte Vitale orderable from 12, own card at 16, majority at 18.", "Carte Vitale commandable dès 12 ans, carte personnelle à 16 ans, majorité à 18 ans.";
    RuleLeapDay: "A 29 February birthday falls on 28 February in other years (policy).", "Un anniversaire du 29 février tombe le 28 février les autres années (politique).";
    RuleCoveredFrom: "The first day of coverage, by basis.", "Le premier jour de prise en charge, selon le fondement.";
    RuleFund: "The fund: CPAM of the place of residence, CGSS in the overseas departments (CSSM in Mayotte), MSA for agricultural employees in metropolitan France.", "La caisse : CPAM du lieu de résidence, CGSS dans les départements d'outre-mer (CSSM à Mayotte), MSA pour les salariés agricoles en métropole.";
    RuleFundTalentPassport: "Talent Passport holders and their family file with the CPAM de Paris.", "Les titulaires d'un passeport talent et leur famille relèvent de la CPAM de Paris.";
    RulePermit: "A residence permit for non-EEA/Swiss adults; never for minors.", "Un titre de séjour pour les adultes hors EEE et Suisse ; jamais pour les mineurs.";
    RuleVlsTs: "A long-stay visa must be validated online within 3 months of entry.", "Un visa long séjour doit être validé en ligne dans les 3 mois suivant l'entrée.";
    RuleDocuments: "The documents to gather, by situation.", "Les pièces à réunir, selon la situation.";
    RuleTranslation: "Sworn translation of civil-status documents issued outside France, the EEA and Switzerland (policy); the union certificate is one document of the couple, whose union country, given on either partner, decides.", "Traduction assermentée des actes d'état civil délivrés hors de France, de l'EEE et de Suisse (politique) ; l'acte d'union est un document unique du couple, dont le pays, indiqué pour l'un ou l'autre partenaire, décide.";
    RuleLegalisation: "Legalisation or apostille is not required, only noted (policy).", "La légalisation ou l'apostille n'est pas exigée, seulement signalée (politique).";
    RuleSteps: "The steps of the procedure for each affiliation type.", "Les étapes de la procédure selon le type d'affiliation.";
    RulePayroll: "The DSN identifier: NIR, NIA, or NTT (tolerated 3 months).", "L'identifiant en DSN : NIR, NIA ou NTT (toléré 3 mois).";
    RuleNirCheck: "A given NIR is checked (structure, key) and compared with the birth data; a mismatch is a warning.", "Un NIR fourni est contrôlé (structure, clé) et comparé aux données de naissance ; une discordance est un avertissement.";

    // ---- Human report ------------------------------------------------------------------
    UiTitle: "French health insurance: assessment as of {0}", "Assurance maladie en France : évaluation au {0}";
    UiRules: "secu {0}, rules of {1}", "secu {0}, règles du {1}";
    UiPolicies: "Policies differing from the defaults: {0}", "Politiques différentes des valeurs par défaut : {0}";
    UiAge: "{0} years old", "{0} ans";
    UiAgeOneYear: "1 year old", "1 an";
    UiAgeOneMonth: "1 month old", "1 mois";
    UiAgeMonths: "{0} months old", "{0} mois";
    UiAffiliation: "Affiliation", "Affiliation";
    UiBasis: "Basis", "Fondement";
    UiCoveredFrom: "Covered from", "Couvert dès le";
    UiUnknown: "unknown", "inconnu";
    UiFund: "File goes to", "Caisse";
    UiChildStatus: "Child status", "Statut enfant";
    UiAttachedTo: "Attached to", "Rattaché à";
    UiIdentification: "Identification", "Identification";
    UiIdentificationYes: "needed: provisional number (NIA), then certified number (SANDIA)", "nécessaire : numéro provisoire (NIA), puis numéro certifié (SANDIA)";
    UiWhy: "Why", "Pourquoi";
    UiDocuments: "Documents to gather", "Pièces à réunir";
    UiGroupForms: "Forms", "Formulaires";
    UiGroupIdentity: "Identity and civil status", "Identité et état civil";
    UiGroupProofs: "Proofs", "Justificatifs";
    UiGroupPayment: "Bank and Carte Vitale", "Banque et carte Vitale";
    UiOneOf: "one of", "au choix";
    UiTranslation: "needs a sworn translation into French", "à faire traduire par un traducteur assermenté";
    UiCovers: "covers", "concerne";
    UiForChildren: "for", "pour";
    UiSteps: "Steps", "Étapes";
    UiExpectedBy: "expected by {0}", "attendu vers le {0}";
    UiMilestones: "Upcoming dates", "Prochaines échéances";
    UiPayroll: "Payroll (DSN)", "Paie (DSN)";
    UiDsnIdentifier: "Declare", "À déclarer";
    UiNttSuggestion: "Suggested NTT", "NTT proposé";
    UiWarnings: "Points of attention", "Points d'attention";
    UiNone: "none", "aucun";
    UiNothingToDo: "Nothing to file in France.", "Aucune démarche en France.";
    UiSources: "Sources", "Sources";
    NirValid: "valid social security number (NIR or NIA)", "numéro de sécurité sociale valide (NIR ou NIA)";
    NirValidWithoutKey: "valid structure, given without its key", "structure valide, saisie sans la clé";
    NirLegacyNnp: "a legacy provisional number (NNP), not a NIR: replaced by the NIA since 2022", "ancien numéro provisoire (NNP), pas un NIR : remplacé par le NIA depuis 2022";
    NirLegacyMig: "a provisional number for a temporary migrant (MIG), not a NIR", "numéro provisoire de migrant de passage (MIG), pas un NIR";
    NirInvalid: "not a valid social security number", "numéro de sécurité sociale invalide";
    NirWhy: "why", "motif";
    NirSex: "sex", "sexe";
    NirFemale: "female (2)", "féminin (2)";
    NirMale: "male (1)", "masculin (1)";
    NirYear: "year of birth", "année de naissance";
    NirMonth: "month of birth", "mois de naissance";
    NirPseudoMonth: "pseudo-month: month unknown", "pseudo-mois : mois inconnu";
    NirPlace: "place of birth", "lieu de naissance";
    NirAbroad: "abroad:", "à l'étranger :";
    NirDepartment: "department", "département";
    NirCommune: "commune", "commune";
    NirHistorical: "91–96 may also mean Algeria, Morocco or Tunisia before independence", "91 à 96 peut aussi désigner l'Algérie, le Maroc ou la Tunisie avant l'indépendance";
    NirOrder: "order number", "numéro d'ordre";
    NirKeyExpected: "key", "clé";
    NirKeyGiven: "given:", "saisie :";

    // ---- Input errors (decoding, validation, the CLI's own messages) -------------------------
    ErrStandardInput: "standard input", "entrée standard";
    ErrStandardOutput: "standard output", "sortie standard";
    ErrInputTooLarge: "larger than the limit of {0} bytes: refused (raise it with --max-input-bytes)", "dépasse la limite de {0} octets : refusé (l'augmenter avec --max-input-bytes)";
    ErrMoreProblems: "… and {0} more problems", "… et {0} autres problèmes";
    ErrNoAsOf: "no evaluation date: give \"as_of\" in the household or as an option", "pas de date d'évaluation : donner \"as_of\" dans le foyer ou en option";
    ErrNotUtf8: "input is not valid UTF-8 (byte {0})", "l'entrée n'est pas de l'UTF-8 valide (octet {0})";
    ErrMalformedJson: "malformed JSON at line {0} column {1}: ", "JSON mal formé à la ligne {0}, colonne {1} : ";
    ErrAtLine: "line {0} column {1}: ", "ligne {0}, colonne {1} : ";
    ErrDuplicateField: "field \"{0}\" given twice", "champ \"{0}\" donné deux fois";
    ErrNewerFormat: "\"{0}\" is newer than this version of secu understands ({1}): upgrade secu", "\"{0}\" est plus récent que ce que comprend cette version de secu ({1}) : mettre secu à jour";
    ErrUnknownFormat: "unknown format \"{0}\": expected \"{1}\"", "format inconnu \"{0}\" : attendu \"{1}\"";
    ErrUnknownFieldDidYouMean: "unknown field \"{0}\"; did you mean \"{1}\"?", "champ inconnu \"{0}\" ; vouliez-vous dire \"{1}\" ?";
    ErrUnknownFieldKnown: "unknown field \"{0}\"; known fields: {1}", "champ inconnu \"{0}\" ; champs connus : {1}";
    ErrMissingField: "missing required field \"{0}\"", "champ obligatoire manquant : \"{0}\"";
    ErrExpectedString: "expected a string, found {0}", "une chaîne de caractères était attendue, trouvé : {0}";
    ErrExpectedBool: "expected true or false, found {0}", "true ou false était attendu, trouvé : {0}";
    ErrExpectedDate: "expected a date \"YYYY-MM-DD\", found {0}", "une date \"AAAA-MM-JJ\" était attendue, trouvé : {0}";
    ErrExpectedObject: "expected an object, found {0}", "un objet était attendu, trouvé : {0}";
    ErrExpectedMembers: "expected an array of members, found {0}", "un tableau de personnes était attendu, trouvé : {0}";
    ErrExpectedMemberId: "expected a member id (string), found {0}", "un identifiant de personne (chaîne) était attendu, trouvé : {0}";
    ErrExpectedMemberIds: "expected an array of member ids, found {0}", "un tableau d'identifiants de personnes était attendu, trouvé : {0}";
    ErrNoSuchDate: "no such date \"{0}\"", "date inexistante \"{0}\"";
    ErrDateShape: "invalid date \"{0}\": expected YYYY-MM-DD", "date invalide \"{0}\" : format attendu AAAA-MM-JJ";
    ErrDateYears: "date \"{0}\" outside the years {1}", "date \"{0}\" hors des années {1}";
    ErrUnknownCountry: "unknown country code {0}", "code pays inconnu {0}";
    ErrExpectedCountry: "expected a country code (ISO 3166-1 alpha-2, \"XK\" or \"CA-QC\"), found {0}", "un code pays était attendu (ISO 3166-1 alpha-2, \"XK\" ou \"CA-QC\"), trouvé : {0}";
    ErrUnknownValue: "unknown value \"{0}\"", "valeur inconnue \"{0}\"";
    ErrDidYouMean: "; did you mean \"{0}\"?", " ; vouliez-vous dire \"{0}\" ?";
    ErrExpectedOneOf: " (expected one of: {0})", " (valeurs possibles : {0})";
    ErrTooManyMembers: "{0} members: more than the limit of {1}", "{0} personnes : plus que la limite de {1}";
    ErrNoMembers: "a household needs at least one member", "un foyer compte au moins une personne";
    ErrSeveralPrimaries: "only one member can be the primary", "une seule personne peut être la personne principale (primary)";
    ErrNoPrimary: "no member has relationship \"primary\"", "aucune personne n'a la relation \"primary\"";
    ErrIdLength: "an id has 1 to 64 characters, found {0}", "un identifiant a de 1 à 64 caractères, trouvé : {0}";
    ErrDuplicateId: "duplicate id \"{0}\" (also {1})", "identifiant \"{0}\" en double (aussi {1})";
    ErrBirthAfterAsOf: "birth date {0} is after the evaluation date {1}", "date de naissance {0} postérieure à la date d'évaluation {1}";
    ErrUnionCountryNotPartner: "union_country is for a spouse or partner only", "union_country ne concerne qu'un conjoint ou un partenaire";
    ErrNirStatusWithoutNir: "nir_status is given but nir is not", "nir_status est donné sans nir";
    ErrNiaIssuedWithoutNir: "nia_issued_on is given but nir is not", "nia_issued_on est donné sans nir";
    ErrNiaIssuedNotProvisional: "nia_issued_on needs nir_status \"provisional\"", "nia_issued_on suppose nir_status \"provisional\"";
    ErrNiaBeforeBirth: "NIA issued on {0}, before the birth date", "NIA attribué le {0}, avant la date de naissance";
    ErrNirWithoutKeyRejected: "13 characters without the key (policy nir_without_key = reject); its key would be {0}", "13 caractères sans la clé (politique nir_without_key = reject) ; sa clé serait {0}";
    ErrPostingMissing: "a posted worker needs posting details (from_country, certificate, end_date)", "un salarié détaché a besoin des détails du détachement (from_country, certificate, end_date)";
    ErrPostingNotPosted: "posting details are for kind \"posted\", not \"{0}\"", "les détails du détachement sont pour le type \"posted\", pas \"{0}\"";
    ErrPostingReversed: "posting ends on {0}, before it starts on {1}", "le détachement finit le {0}, avant son début le {1}";
    ErrPayrollIdLength: "a payroll number has 1 to {0} characters to fit an NTT, found {1}", "un matricule a de 1 à {0} caractères pour tenir dans un NTT, trouvé : {1}";
    ErrPayrollIdCharacter: "character {0} cannot appear in an NTT (letters and digits only)", "le caractère {0} ne peut pas figurer dans un NTT (lettres et chiffres seulement)";
    ErrPermitReversed: "permit valid until {0}, before it is valid from {1}", "titre valable jusqu'au {0}, avant le début de sa validité le {1}";
    ErrParentsNotChild: "parents are given for children only, not for a \"{0}\"", "parents ne se donne que pour un enfant, pas pour \"{0}\"";
    ErrTooManyParents: "a child has at most two legal parents, found {0}", "un enfant a au plus deux parents légaux, trouvé : {0}";
    ErrParentTwice: "parent \"{0}\" is listed twice", "le parent \"{0}\" figure deux fois";
    ErrUnknownParent: "no member has id \"{0}\"", "aucune personne n'a l'identifiant \"{0}\"";
    ErrOwnParent: "a child cannot be their own parent", "un enfant ne peut pas être son propre parent";
    ErrParentNotAdult: "parent \"{0}\" is not an adult ({1})", "le parent \"{0}\" n'est pas majeur ({1})";
    ErrParentRef: "parent \"{0}\" ({1})", "le parent \"{0}\" ({1})";
    ErrParentBornAfterChild: " is born on {0}, not before the child (born on {1})", " est né le {0}, pas avant l'enfant (né le {1})";
    ErrParentTooYoung: " would have been {0} at the child's birth (at least {1})", " aurait eu {0} ans à la naissance de l'enfant (au moins {1})";
    ErrActivityBeforeBirth: "the activity starts on {0}, before the birth date {1}", "l'activité commence le {0}, avant la date de naissance {1}";
    ErrPostingBeforeBirth: "the posting ends on {0}, before the birth date {1}", "le détachement se termine le {0}, avant la date de naissance {1}";
    ErrPolicyOutOfRange: "policy {0}: {1}", "politique {0} : {1}";
    ErrSirenLength: "expected 9 digits, found {0}", "9 chiffres attendus, trouvé : {0}";
    ErrSirenCharacter: "invalid character {0} at position {1}: a SIREN has only digits", "caractère invalide {0} en position {1} : un SIREN n'a que des chiffres";
    ErrSirenKey: "invalid check digit: expected {0}, found {1} (luhn key)", "chiffre de contrôle invalide : {0} attendu, {1} saisi (clé de Luhn)";
    ErrPostcodeMalformed: "invalid postcode {0}: expected 5 digits", "code postal invalide {0} : 5 chiffres attendus";
    ErrPostcodeMonaco: "postcode {0} is in Monaco, not in France", "le code postal {0} est à Monaco, pas en France";
    ErrPostcodeUnknown: "postcode {0} matches no French department", "le code postal {0} ne correspond à aucun département français";
    ErrNirLength: "expected 13 or 15 characters, found {0}", "13 ou 15 caractères attendus, trouvé : {0}";
    ErrNirCharacter: "invalid character {0} at position {1}", "caractère invalide {0} en position {1}";
    ErrNirSex: "invalid sex digit '{0}': must be 1 (male) or 2 (female)", "chiffre du sexe invalide '{0}' : 1 (homme) ou 2 (femme) attendu";
    ErrNirLegacyNnp: "legacy provisional number (NNP, numéro national provisoire), not a NIR: these numbers were replaced by the NIA and are officially gone since 31 December 2022", "ancien numéro provisoire (NNP, numéro national provisoire), pas un NIR : ces numéros ont été remplacés par le NIA et ont officiellement disparu le 31 décembre 2022";
    ErrNirLegacyMig: "legacy provisional number (MIG, migrant de passage: for people passing through), not a NIR: it has no key and is not accepted where a NIR or NIA is expected", "ancien numéro provisoire (MIG, migrant de passage), pas un NIR : il n'a pas de clé et n'est pas accepté là où un NIR ou un NIA est attendu";
    ErrNirMonth: "invalid month '{0}': must be 01–12 or a pseudo-month 20–99", "mois invalide '{0}' : 01 à 12 ou un pseudo-mois 20 à 99 attendu";
    ErrNirDepartment: "invalid department '{0}': must be 01–99, 2A or 2B", "département invalide '{0}' : 01 à 99, 2A ou 2B attendu";
    ErrNirOrder: "invalid order number '{0}': must be 001–999", "numéro d'ordre invalide '{0}' : 001 à 999 attendu";
    ErrNirKey: "invalid key: expected {0}, found {1}", "clé invalide : {0} attendue, {1} saisie";
    KindNull: "null", "la valeur null";
    KindBool: "a boolean", "un booléen";
    KindNumber: "a number", "un nombre";
    KindString: "a string", "une chaîne de caractères";
    KindArray: "an array", "un tableau";
    KindObject: "an object", "un objet";

    // ---- Case and policy errors (issue 10, item 15: they follow --lang) ------------------------
    ErrPolicyAssignment: "expected NAME=VALUE, found \"{0}\"", "NOM=VALEUR attendu, trouvé : \"{0}\"";
    ErrPolicyUnknown: "unknown policy \"{0}\"", "politique inconnue \"{0}\"";
    ErrPolicyKnown: "; known: {0}", " ; politiques connues : {0}";
    ErrPolicyPrefix: "policy {0}: ", "politique {0} : ";
    ErrPolicyAge: "age {0} is out of range: expected 0 to {1} (the declaration is required of every adult, Decision 8)", "âge {0} hors limites : 0 à {1} attendu (la déclaration est exigée de tout adulte, décision 8)";
    ErrPolicyMonth: "month {0} is out of range: expected 1 to 12", "mois {0} hors limites : 1 à 12 attendu";
    ErrPolicyDay: "day {0} is out of range for month {1}: ", "jour {0} hors limites pour le mois {1} : ";
    ErrPolicyDayRange: "expected 1 to {0}", "1 à {0} attendu";
    ErrRefused: "{0} refused ({1}): ", "{0} refusé ({1}) : ";
    ErrAllowedNow: "; allowed now: {0}", " ; possible maintenant : {0}";
    ErrAllowedNothing: "; allowed now: nothing", " ; rien n'est possible maintenant";
    ErrNotAllowedNow: "not possible at this stage: {0} (procedure: {1})", "impossible à ce stade : {0} (procédure : {1})";
    ErrDatedBefore: "dated {0}, before ", "daté du {0}, avant ";
    ErrBeforeSubmission: "the file's submission ({0})", "le dépôt du dossier ({0})";
    ErrBeforeNia: "the provisional number (NIA) ({0})", "le numéro provisoire (NIA) ({0})";
    ErrBeforeClockEnd: "the end of the 3 months the NIA gives to send the civil-status document (R114-7 III) ({0})", "la fin des 3 mois que laisse le NIA pour envoyer l'acte d'état civil (R114-7 III) ({0})";
    ErrBeforeNoticeEnd: "the end of the 3 months of the formal notice (R114-7 III) ({0})", "la fin des 3 mois de la mise en demeure (R114-7 III) ({0})";
    ErrBeforeCertification: "the certified number or the reopened rights (Decision 9) ({0})", "le numéro certifié ou la réouverture des droits (décision 9) ({0})";
    ErrBeforeLastEvent: "an event already recorded ({0}): events are recorded in time order", "un événement déjà enregistré ({0}) : les événements s'enregistrent dans l'ordre du temps";
    ErrNotInChecklist: "{0} is not on this member's checklist", "{0} ne figure pas dans la liste des pièces de cette personne";
    ErrDocNotReceived: "{0} was not received", "{0} n'a pas été reçu";
    ErrDocAlreadyReceived: "{0} was already received", "{0} a déjà été reçu";
    ErrReasonRequired: "a reason is required", "un motif est obligatoire";
    ErrNothingReceived: "no document was received", "aucune pièce n'a été reçue";
    ErrChecklistComplete: "every document is received", "toutes les pièces sont reçues";
    ErrDocumentsMissing: "documents still missing: {0}", "pièces encore manquantes : {0}";
    ErrNoNia: "no certification before a provisional number (NIA)", "pas de certification avant un numéro provisoire (NIA)";
    ErrCivilStatusMissing: "SANDIA certifies from the civil-status document, which has not reached the fund", "SANDIA certifie à partir de l'acte d'état civil, qui n'est pas parvenu à la caisse";
    ErrNumberInvalid: "the number is not valid: ", "le numéro n'est pas valide : ";
    ErrCivilStatusReceived: "the civil-status document was already received", "l'acte d'état civil a déjà été reçu";
    ErrNoFormalNotice: "benefits are suspended only after a formal notice (R114-7 III)", "les prestations ne sont suspendues qu'après une mise en demeure (R114-7 III)";
    ErrTooYoung: "only from age {0} (the member is {1})", "seulement à partir de {0} ans (la personne a {1} ans)";
    ErrStepNotApplicable: "not one of this member's steps at age {0} ({1}: domain §7)", "ne fait pas partie des étapes de cette personne à {0} ans ({1} : domaine §7)";
    ErrOwnCoverageTooYoung: "only from age 18, or from the first day of a professional activity (the member is {0})", "seulement à partir de 18 ans, ou du premier jour d'une activité professionnelle (la personne a {0} ans)";
    ErrCardSettled: "a new Carte Vitale was already ordered or received, or the old one declared valid", "une nouvelle carte Vitale a déjà été commandée ou reçue, ou l'ancienne déclarée valable";
    ErrNoAmeli: "the attestation comes from the ameli account: open it first", "l'attestation s'obtient depuis le compte ameli : l'ouvrir d'abord";
    ErrNoTrack: "member \"{0}\" has no French procedure (affiliation none)", "la personne \"{0}\" n'a pas de démarche en France (pas d'affiliation)";
    ErrNoMemberId: "no member has id \"{0}\"", "aucune personne n'a l'identifiant \"{0}\"";
    ErrHouseholdOutOfOrder: "dated {0}, before an event already recorded ({1}): events are recorded in time order", "daté du {0}, avant un événement déjà enregistré ({1}) : les événements s'enregistrent dans l'ordre du temps";
    ErrTrackInProgress: "the correction ends the procedure of \"{0}\", already at the stage: {1}; withdraw it first", "la correction met fin à la démarche de \"{0}\", déjà au stade : {1} ; l'abandonner d'abord";
    ErrUnknownCaseMember: "no member \"{0}\" in the household; ", "aucune personne \"{0}\" dans le foyer ; ";
    ErrCaseDidYouMean: "did you mean \"{0}\"? ", "vouliez-vous dire \"{0}\" ? ";
    ErrCaseMembers: "members: {0}", "personnes : {0}";
    ErrMemberRedacted: "member \"{0}\" was redacted: nothing more is recorded for them", "la personne \"{0}\" a été effacée : plus rien n'est enregistré pour elle";
    ErrFutureDate: "the event is dated {0}, after the day it is recorded ({1}): record it once it has happened", "l'événement est daté du {0}, après le jour de son enregistrement ({1}) : l'enregistrer une fois qu'il a eu lieu";
    ErrEmptyLine: "empty line: expected one household (a JSON object)", "ligne vide : un foyer (un objet JSON) est attendu";
    ErrLineTooLong: "line longer than the limit of {0} bytes (raise it with --max-line-bytes); the line was skipped", "ligne plus longue que la limite de {0} octets (à relever avec --max-line-bytes) ; la ligne a été ignorée";
    ErrBeforeOpening: "the event is dated {0}, before the case was opened ({1}): what happened before is part of the household (a number held, previous insurance)", "l'événement est daté du {0}, avant l'ouverture du dossier ({1}) : ce qui précède fait partie du foyer (numéro déjà attribué, assurance antérieure)";
    ErrMembersDropped: "the corrected household drops members who have events: {0} (a correction keeps their ids; is it another family's file?)", "le foyer corrigé retire des personnes qui ont des événements : {0} (une correction garde leurs identifiants ; est-ce le dossier d'une autre famille ?)";
    ErrCorrectionBreaks: "without seq {0}, seq {1} would be refused (", "sans le n° {0}, le n° {1} serait refusé (";
    ErrVoidLaterFirst: "): void the later events first", ") : annuler d'abord les événements suivants";
    ErrRedactUnknown: "no member \"{0}\" in this case", "aucune personne \"{0}\" dans ce dossier";
    ErrFullyRedacted: "every member was redacted: there is nothing to replay", "toutes les personnes ont été effacées : il n'y a rien à rejouer";
    ErrRefusedOnReplay: "refused on replay ({0}): ", "refusé à la relecture ({0}) : ";
    ErrHouseholdMismatch: "the household does not match household_commitment: it was edited after the case was created", "le foyer ne correspond pas à household_commitment : il a été modifié après la création du dossier";
    ErrSeqNotFirst: "seq {0} instead of 1: ", "n° {0} au lieu de 1 : ";
    ErrSeqFollows: "seq {0} follows {1}: ", "n° {0} après le n° {1} : ";
    ErrEntriesReordered: "entries were reordered or duplicated", "des entrées ont été réordonnées ou dupliquées";
    ErrEntriesReorderedLater: "entries were reordered (seq {0} comes later)", "des entrées ont été réordonnées (le n° {0} vient plus loin)";
    ErrEntryDeleted: "an entry was deleted (seq {0} is missing)", "une entrée a été supprimée (le n° {0} manque)";
    ErrAnchorMismatch: "prev does not match the case's anchor: the header (rules_version, created_at, opened_on, policies or household_commitment) was edited", "prev ne correspond pas à l'ancre du dossier : l'en-tête (rules_version, created_at, opened_on, policies ou household_commitment) a été modifié";
    ErrChainBroken: "prev does not match the digest of the entry before: an entry was inserted, deleted or replaced before this one", "prev ne correspond pas à l'empreinte de l'entrée précédente : une entrée a été insérée, supprimée ou remplacée avant celle-ci";
    ErrDigestMismatch: "digest mismatch: the entry was edited after it was recorded", "empreinte incorrecte : l'entrée a été modifiée après son enregistrement";
    ErrCaseNotUtf8: "the file is not valid UTF-8 (byte {0})", "le fichier n'est pas en UTF-8 valide (octet {0})";
    ErrCaseNotObject: "a case file is a JSON object", "un dossier est un objet JSON";
    ErrCaseNoFormat: "missing field \"format\": not a secu case file (expected \"{0}\")", "champ \"format\" manquant : ce n'est pas un dossier secu (\"{0}\" attendu)";
    ErrCaseUnknownFormat: "unknown format \"{0}\": expected \"{1}\"", "format inconnu \"{0}\" : \"{1}\" attendu";
    ErrCaseNewerFormat: "\"{0}\" is newer than this version of secu reads ({1}): upgrade secu", "\"{0}\" est plus récent que ce que lit cette version de secu ({1}) : mettre secu à jour";
    ErrCaseUnknownField: "unknown field \"{0}\"", "champ inconnu \"{0}\"";
    ErrCaseMissingField: "missing field \"{0}\"", "champ manquant \"{0}\"";
    ErrCaseExpectedString: "expected a string", "une chaîne de caractères était attendue";
    ErrCaseTimestamp: "expected an RFC 3339 timestamp (2026-11-27T10:15:00Z)", "un horodatage RFC 3339 était attendu (2026-11-27T10:15:00Z)";
    ErrCaseExpectedDate: "expected a date \"YYYY-MM-DD\"", "une date \"AAAA-MM-JJ\" était attendue";
    ErrCaseInvalidDate: "invalid date \"{0}\": expected an existing YYYY-MM-DD date", "date invalide \"{0}\" : une date AAAA-MM-JJ existante était attendue";
    ErrSeqUnknown: "seq {0} is not an earlier entry of the log", "le n° {0} n'est pas une entrée antérieure du journal";
    ErrSeqIsCorrection: "seq {0} is a correction: a correction voids an event, not another correction", "le n° {0} est une correction : une correction annule un événement, pas une autre correction";
    ErrSeqOtherMember: "seq {0} is an event of another member: a correction voids an event of its own member", "le n° {0} est un événement d'une autre personne : une correction annule un événement de sa propre personne";
    ErrSeqAlreadyVoided: "seq {0} is already voided by seq {1}", "le n° {0} est déjà annulé par le n° {1}";
    ErrMemberMismatch: "member_added is recorded for the new member: expected member \"{0}\"", "member_added s'enregistre pour la nouvelle personne : personne \"{0}\" attendue";
    ErrDuplicateMember: "member \"{0}\" is already in the household", "la personne \"{0}\" fait déjà partie du foyer";
    ErrReplayUnknownMember: "no member \"{0}\" in the household", "aucune personne \"{0}\" dans le foyer";
    ErrUnknownVariant: "unknown variant `{0}`, expected ", "valeur inconnue `{0}`, valeurs possibles : ";
    ErrVariantOnly: "`{0}`", "`{0}`";
    ErrVariantEither: "`{0}` or `{1}`", "`{0}` ou `{1}`";
    ErrVariantOneOf: "one of `{0}`", "`{0}`";
    ErrRedactionBreaks: "the other members cannot be replayed without \"{0}\" (", "les autres personnes ne peuvent pas être rejouées sans \"{0}\" (";
    ErrRedactDependentsFirst: "): redact the members who depend on them first, or the whole case", ") : effacer d'abord les personnes qui en dépendent, ou tout le dossier";
    // The command line's own messages about case files.
    CliNeeds: "{0} needs {1}", "{0} demande {1}";
    CliAtLeastOneDocument: "at least one --document KIND", "au moins un --document KIND";
    CliAlreadyExists: "{0}: already exists (use --force to replace it)", "{0} : existe déjà (--force pour le remplacer)";
    CliUnknownEvent: "unknown event \"{0}\"", "événement inconnu \"{0}\"";
    CliUnknownDocument: "unknown document kind \"{0}\"", "type de pièce inconnu \"{0}\"";
    CliDoesNotApply: "{0} does not apply to {1}", "{0} ne s'applique pas à {1}";
    CliItTakes: " (it takes {0})", " (il prend {0})";
    CliTakesNothing: " (it takes no option but --date)", " (il ne prend aucune option sauf --date)";
    CliDocumentTwice: "--document {0} is given twice", "--document {0} est donné deux fois";
    CliNotFromCommandLine: "event \"{0}\" cannot be recorded from the command line", "l'événement \"{0}\" ne peut pas être enregistré en ligne de commande";
    CliNameMember: "name a MEMBER, or --all", "nommer une personne (MEMBER), ou --all";
    CliCreated: "created {0}: {1} members, ", "créé {0} : {1} personnes, ";
    CliOpenedOn: "opened on {0}", "ouvert le {0}";
    CliRecorded: "recorded #{0} {1}", "enregistré n° {0} {1}";
    CliHead: "head: {0} ({1})", "tête : {0} ({1})";
    CliOneEvent: "1 event", "1 événement";
    CliEvents: "{0} events", "{0} événements";
    CliChainVerifies: "{0}: the chain verifies: {1}, ", "{0} : la chaîne est vérifiée : {1}, ";
    CliHeadIs: "head {0}", "tête {0}";
    CliEndsAtHead: "the file ends at the given head", "le fichier se termine à la tête donnée";
    CliWentOnPast: "the given head is event #{0}: the file went on past it ({1} since)", "la tête donnée est l'événement n° {0} : le fichier a continué après elle ({1} depuis)";
    CliHeadNotOnChain: "{0}: the given head {1} is not on this file's chain: the file was truncated or rolled back, or it is another case", "{0} : la tête donnée {1} n'est pas sur la chaîne de ce fichier : le fichier a été tronqué ou remis à un état antérieur, ou c'est un autre dossier";

    CliUnreadable: "{0}: unreadable", "{0} : illisible";
    CliNotAJournal: "{0}: not a journal of heads ({1}); delete it to start a new one", "{0} : ce n'est pas un journal des têtes ({1}) ; le supprimer pour en commencer un nouveau";
    // The command line's interview (`secu interview`, contract §5).
    CliIvNeedsFile: "a household file is needed when standard input is not a terminal (answers are read as PATH=VALUE lines)", "un fichier de foyer est nécessaire quand l'entrée standard n'est pas un terminal (les réponses sont lues en lignes CHEMIN=VALEUR)";
    CliIvNeedsOutput: "a new household needs -o FILE: where the interview is saved after every answer", "un nouveau foyer demande -o FICHIER : où l'entretien est enregistré après chaque réponse";
    CliIvOutputExists: "{0}: already exists: resume that interview with `secu interview {0}`", "{0} : existe déjà : reprendre cet entretien avec `secu interview {0}`";
    CliIvNotAnAnswer: "line {0}: expected PATH=VALUE, e.g. `members[0].birth_date=1990-04-12`", "ligne {0} : CHEMIN=VALEUR attendu, par exemple `members[0].birth_date=1990-04-12`";
    CliIvUnknownPath: "line {0}: {1}: not a fact of the household (`as_of`, `members[N].FIELD`)", "ligne {0} : {1} : ce n'est pas un fait du foyer (`as_of`, `members[N].CHAMP`)";
    CliIvNoMember: "line {0}: {1}: no such member", "ligne {0} : {1} : aucune personne à cet index";
    CliIvMemberRange: " (the household's members are `members[0]` to `members[{0}]`)", " (les personnes du foyer sont `members[0]` à `members[{0}]`)";
    CliIvLine: "line {0}: {1}", "ligne {0} : {1}";
    CliIvNothingWritten: "nothing written: no answer is applied unless every line is valid", "rien n'a été écrit : aucune réponse n'est appliquée tant qu'une ligne est invalide";
    CliIvNewHousehold: "New household: who are the people? The primary member first (the person taking up work in France, or the main applicant).", "Nouveau foyer : qui sont les personnes ? La personne principale d'abord (celle qui prend un emploi en France, ou le demandeur principal).";
    CliIvMemberId: "Member's id (a short name, e.g. priya):", "Identifiant de la personne (un nom court, par exemple priya) :";
    CliIvRelationship: "Relationship to the primary member:", "Lien avec la personne principale :";
    CliIvAddMember: "Add another member?", "Ajouter une autre personne ?";
    CliIvYes: "yes", "oui";
    CliIvNo: "no", "non";
    CliIvHelpText: "- = none / does not apply · ? = skip for now · < = back · Esc = save and stop", "- = aucun / sans objet · ? = passer pour l'instant · < = revenir · Échap = enregistrer et arrêter";
    CliIvHelpCountry: "a country code (IN, DE, CA-QC) or a name; Tab completes", "un code pays (IN, DE, CA-QC) ou un nom ; Tab complète";
    CliIvHelpDate: "YYYY-MM-DD", "AAAA-MM-JJ";
    CliIvHelpParents: "member ids separated by commas", "identifiants des personnes séparés par des virgules";
    CliIvNone: "(none / does not apply)", "(aucun / sans objet)";
    CliIvSkip: "(I don't know yet: skip for now)", "(je ne sais pas encore : passer pour l'instant)";
    CliIvBack: "(back: undo the previous answer)", "(revenir : annuler la réponse précédente)";
    CliIvProgress: "Question {0} · {1} remaining", "Question {0} · {1} restantes";
    CliIvSettled: "settled:", "établi :";
    CliIvSaved: "saved to {0}", "enregistré dans {0}";
    CliIvUndone: "undone: {0}", "annulé : {0}";
    CliIvNothingToUndo: "nothing to undo", "rien à annuler";
    CliIvStopped: "Interview stopped; the household is saved in {0}. Resume with: secu interview {0}", "Entretien arrêté ; le foyer est enregistré dans {0}. Reprendre avec : secu interview {0}";
    CliIvSkippedLeft: "{0} question(s) skipped: the household stays partial. Resume with: secu interview {1}", "{0} question(s) passée(s) : le foyer reste partiel. Reprendre avec : secu interview {1}";
    CliIvComplete: "No question remains: the household is complete.", "Aucune question ne reste : le foyer est complet.";

    // ---- Procedure: next actions and deadlines --------------------------------------------
    ActGather: "gather the missing documents", "réunir les pièces manquantes";
    ActSubmit: "every document is ready: submit the file to the fund", "toutes les pièces sont prêtes : déposer le dossier à la caisse";
    ActWaitNia: "wait for the provisional number (NIA), about 3 weeks", "attendre le numéro provisoire (NIA), environ 3 semaines";
    ActWaitConfirmation: "wait for the fund to confirm the affiliation", "attendre la confirmation de l'affiliation par la caisse";
    ActWaitReopen: "wait for the fund to reopen the rights", "attendre la réouverture des droits par la caisse";
    ActWaitS1: "wait for the fund to register the S1", "attendre l'inscription du S1 par la caisse";
    ActSendCivilStatus: "send the civil-status document (birth certificate): 3 months from the NIA, then a formal notice", "envoyer l'acte d'état civil (acte de naissance) : 3 mois à compter du NIA, puis mise en demeure";
    ActDeclarePhysician: "declare a médecin traitant (paper form S3704 if the doctor cannot declare online)", "déclarer un médecin traitant (formulaire papier S3704 si le médecin ne peut pas le faire en ligne)";
    ActWaitCertification: "wait for SANDIA to certify the number (up to 9 months)", "attendre la certification du numéro par SANDIA (jusqu'à 9 mois)";
    ActSuspended: "benefits are suspended: send the civil-status document now", "les prestations sont suspendues : envoyer l'acte d'état civil sans attendre";
    ActOrderCard: "order the Carte Vitale (form with photo and ID, or online from the ameli account)", "commander la carte Vitale (formulaire avec photo et pièce d'identité, ou en ligne depuis le compte ameli)";
    ActReturnCardForm: "return the “Ma nouvelle carte Vitale” form with an identity photo and a copy of an ID", "renvoyer le formulaire « Ma nouvelle carte Vitale » avec une photo d'identité et la copie d'une pièce d'identité";
    ActWaitCard: "wait for the Carte Vitale (about 3 weeks by post, 2 weeks online)", "attendre la carte Vitale (environ 3 semaines par courrier, 2 semaines en ligne)";
    ActOpenAmeli: "open the ameli account", "ouvrir le compte ameli";
    ActAttestation: "download the attestation de droits and give it to the company's mutuelle", "télécharger l'attestation de droits et la transmettre à la mutuelle d'entreprise";
    ActOwnCoverage: "now an adult: file the S1110 with a bank account in their own name", "désormais majeur : déposer le S1110 avec un compte bancaire à son nom";
    ActOwnCoverageWork: "works (apprenticeship included): covered in their own right from the first day of work, no longer attached to a parent; file their own request with a bank account in their name", "travaille (apprentissage compris) : assuré à titre personnel dès le premier jour d'activité, plus rattaché à un parent ; déposer sa propre demande avec un compte bancaire à son nom";
    ActContestRejection: "contest the rejection within 2 months of its notification (recours amiable before the fund's commission de recours amiable, CSS R142-1)", "contester le refus dans les 2 mois de sa notification (recours amiable devant la commission de recours amiable de la caisse, CSS R142-1)";
    ActSubmitAgain: "or submit the file again, corrected", "ou déposer à nouveau le dossier, corrigé";
    DlCivilStatusDue: "civil-status document due (3 months after the NIA, R114-7)", "acte d'état civil à fournir (3 mois après le NIA, R114-7)";
    DlCivilStatusFinalDue: "civil-status document due after the formal notice (3 months), then suspension", "acte d'état civil à fournir après mise en demeure (3 mois), puis suspension";
    DlFundDecisionDue: "the fund decides within 3 months of the suspension", "la caisse statue dans les 3 mois suivant la suspension";
    DlNiaExpiry: "end of the NIA's 9-month validity", "fin de validité du NIA (9 mois)";
    DlNttLimit: "end of the 3-month NTT tolerance in payroll (DSN)", "fin de la tolérance de 3 mois du NTT en paie (DSN)";
    DlPostingEnd: "end of the posting", "fin du détachement";
    DlNiaExpected: "NIA expected (estimate: 3 weeks after submission)", "NIA attendu (estimation : 3 semaines après le dépôt)";
    DlCertificationExpected: "certified number expected (estimate: within 9 months of the complete file)", "numéro certifié attendu (estimation : dans les 9 mois suivant le dossier complet)";
    DlAmeliExpected: "ameli account possible (estimate: 10 days after the NIR)", "compte ameli possible (estimation : 10 jours après le NIR)";
    DlCarteVitaleExpected: "Carte Vitale expected (estimate: 3 weeks after the order)", "carte Vitale attendue (estimation : 3 semaines après la commande)";
    DlSixteenthBirthday: "16th birthday: own Carte Vitale, may become ayant droit autonome", "16 ans : carte Vitale personnelle, peut devenir ayant droit autonome";
    DlEighteenthBirthday: "18th birthday: own coverage (S1110)", "18 ans : prise en charge personnelle (S1110)";
    DlAppealDue: "last day to contest the rejection (2 months, CSS R142-1)", "dernier jour pour contester le refus (2 mois, CSS R142-1)";

    // ---- Procedure: status report ---------------------------------------------------------
    UiStatusTitle: "Procedure status as of {0}", "État des démarches au {0}";
    UiTrack: "Procedure", "Procédure";
    UiPhase: "Stage", "Avancement";
    UiNia: "NIA", "NIA";
    UiNir: "NIR", "NIR";
    UiNirWithoutKey: "key not given; it would be {0}", "clé non saisie ; elle serait {0}";
    UiMissingDocuments: "Missing documents", "Pièces manquantes";
    UiNextActions: "Next actions", "Prochaines actions";
    UiAllowedEvents: "Events that can be recorded now", "Événements enregistrables maintenant";
    UiRejectionReason: "Reason given by the fund", "Motif donné par la caisse";
    UiDeadlines: "Deadlines", "Échéances";
    UiOverdue: "OVERDUE", "EN RETARD";
    UiPortfolioTitle: "{0} case files as of {1}", "{0} dossiers au {1}";
    UiPortfolioBlocked: "{0} members blocked or overdue", "{0} personnes bloquées ou en retard";
    UiWaitingOn: "waiting on", "attend";
    UiOverdueCount: "overdue", "retards";
    UiProblem: "problem", "problème";
    UiWentBack: "went back since the last listing: {0} events now, {1} then, and the file no longer reaches the head seen then: events were deleted or an older copy was put back", "revenu en arrière depuis la dernière liste : {0} événements maintenant, {1} alors, et le fichier n'atteint plus la tête vue alors : des événements ont été supprimés ou une copie plus ancienne a été remise";
    ErrIdCharacters: "an id has only letters A–Z and a–z, digits, \".\", \"_\" and \"-\" (found {0})", "un identifiant ne contient que des lettres A–Z et a–z, des chiffres, « . », « _ » et « - » ({0} trouvé)";
    PhPreparing: "preparing the file", "préparation du dossier";
    PhSubmitted: "submitted to the fund", "dossier déposé à la caisse";
    PhProvisional: "provisional number (NIA): identification under way", "numéro provisoire (NIA) : identification en cours";
    PhSuspended: "benefits suspended (civil-status document missing)", "prestations suspendues (acte d'état civil manquant)";
    PhAffiliated: "affiliated: number certified, rights open", "affilié : numéro certifié, droits ouverts";
    PhAffiliatedConfirmed: "affiliated: affiliation confirmed, rights open", "affilié : affiliation confirmée, droits ouverts";
    PhAffiliatedReopened: "affiliated: rights reopened", "affilié : droits réouverts";
    PhAffiliatedS1: "registered: S1 recorded, care paid by the home fund", "inscrit : S1 enregistré, soins pris en charge par la caisse d'origine";
    PhComplete: "complete", "terminé";
    PhRejected: "rejected by the fund", "refusé par la caisse";
    PhWithdrawn: "withdrawn", "abandonné";
    TrRegistrationWithIdentification: "first registration with identification (NIA, then certified NIR)", "première affiliation avec identification (NIA, puis NIR certifié)";
    TrRegistration: "first registration (number already known)", "première affiliation (numéro déjà connu)";
    TrReactivation: "reactivation of rights", "réouverture des droits";
    TrS1Registration: "S1 registration", "inscription du S1";
    TrBeneficiaryWithIdentification: "child beneficiary, own NIA then NIR", "enfant ayant droit, NIA puis NIR propres";
    TrBeneficiary: "child beneficiary", "enfant ayant droit";
    // ---- Values of the household's fields (labels for forms) ------------------------------------
    InRelPrimary: "main applicant (takes up work in France)", "demandeur principal (prend un emploi en France)";
    InRelSpouse: "spouse", "conjoint marié";
    InRelCivilPartner: "civil partner (PACS)", "partenaire de PACS";
    InRelCohabitingPartner: "cohabiting partner", "concubin";
    InRelChild: "child", "enfant";
    InSexFemale: "female", "féminin";
    InSexMale: "male", "masculin";
    InNirCertified: "a certified NIR", "un NIR certifié";
    InNirProvisional: "a provisional number (NIA)", "un numéro provisoire (NIA)";
    InActEmployed: "employed on a French contract", "salarié d’un employeur en France";
    InActPosted: "posted by a foreign employer", "détaché par un employeur étranger";
    InActSelfEmployed: "self-employed", "travailleur indépendant";
    InActStudent: "student (higher education)", "étudiant (enseignement supérieur)";
    InActJobSeeker: "job seeker", "demandeur d’emploi";
    InActNone: "no professional activity", "sans activité professionnelle";
    InSectorGeneral: "general scheme", "régime général";
    InSectorAgricultural: "agricultural (MSA)", "agricole (MSA)";
    InCertA1: "A1 (EU/EEA/Switzerland/UK)", "A1 (UE/EEE/Suisse/Royaume-Uni)";
    InCertBilateral: "certificate under a bilateral agreement", "certificat d’une convention bilatérale";
    InCertNone: "no certificate", "aucun certificat";
    InPermitNotRequired: "not required (EEA/Swiss national)", "inutile (ressortissant EEE/suisse)";
    InPermitLongStayVisa: "long-stay visa (VLS-TS)", "visa long séjour (VLS-TS)";
    InPermitResidencePermit: "residence permit (carte de séjour)", "carte de séjour";
    InPermitResidentCard: "resident card (carte de résident)", "carte de résident";
    InPermitTalentPassport: "Talent Passport (passeport talent)", "passeport talent";
    InPermitReceipt: "receipt (récépissé)", "récépissé";
    InPermitNone: "none", "aucun";
    // ---- Events of a case (labels for pages and reports) ----------------------------------------
    EvDocumentReceived: "document received", "pièce reçue";
    EvDocumentRejected: "document rejected", "pièce refusée";
    EvDocumentWaived: "document waived (with a reason)", "pièce non fournie (avec motif)";
    EvFileSubmitted: "file submitted to the fund", "dossier déposé à la caisse";
    EvDocumentsRequested: "the fund asked for documents", "la caisse demande des pièces";
    EvNiaIssued: "provisional number (NIA) issued", "numéro provisoire (NIA) attribué";
    EvCivilStatusReceived: "civil-status document received by SANDIA", "acte d’état civil reçu par SANDIA";
    EvFormalNoticeReceived: "formal notice received", "mise en demeure reçue";
    EvRightsSuspended: "rights suspended", "droits suspendus";
    EvPhysicianDeclared: "médecin traitant declared", "médecin traitant déclaré";
    EvNirCertified: "social security number (NIR) certified", "numéro de sécurité sociale (NIR) certifié";
    EvAffiliationConfirmed: "affiliation confirmed", "affiliation confirmée";
    EvRightsReopened: "rights reopened", "droits réouverts";
    EvS1Registered: "S1 form registered", "formulaire S1 inscrit";
    EvCarteVitaleFormReceived: "Carte Vitale form received", "formulaire de carte Vitale reçu";
    EvCarteVitaleOrdered: "Carte Vitale ordered", "carte Vitale commandée";
    EvCarteVitaleReceived: "Carte Vitale received", "carte Vitale reçue";
    EvCarteVitaleStillValid: "old Carte Vitale still valid", "ancienne carte Vitale encore valable";
    EvAmeliAccountOpened: "ameli account opened", "compte ameli ouvert";
    EvAttestationObtained: "attestation de droits obtained", "attestation de droits obtenue";
    EvOwnCoverageOpened: "own coverage opened", "prise en charge personnelle ouverte";
    EvRejected: "rejected by the fund", "refusé par la caisse";
    EvWithdrawn: "withdrawn", "abandonné";
    EvHouseholdCorrected: "household corrected", "foyer corrigé";
    EvMemberAdded: "member added (newborn)", "personne ajoutée (naissance)";
    EvPermitRenewed: "residence permit renewed", "titre de séjour renouvelé";
    EvCorrection: "correction (voids an earlier entry)", "correction (annule une entrée)";

    // ---- Intake: the questions of a partial household (contract §5) -----------------------------
    QBirthDate: "What is this person's date of birth?", "Quelle est la date de naissance de cette personne ?";
    QHelpBirthDate: "The age decides a child's status (beneficiary, autonomy at 16, majority) and the milestones.", "L'âge décide du statut d'un enfant (ayant droit, autonomie à 16 ans, majorité) et des échéances.";
    QSex: "What is this person's sex?", "Quel est le sexe de cette personne ?";
    QHelpSex: "Used only to cross-check a French social security number.", "Sert seulement à vérifier un numéro de sécurité sociale.";
    QNationality: "What is this person's nationality?", "Quelle est la nationalité de cette personne ?";
    QHelpNationality: "French, EEA/Swiss or other nationals do not follow the same route or need the same documents.", "Les Français, les ressortissants de l'EEE ou de la Suisse et les autres ne suivent pas le même parcours ni ne fournissent les mêmes pièces.";
    QBirthCountry: "In which country was this person born?", "Dans quel pays cette personne est-elle née ?";
    QHelpBirthCountry: "A person born in France (or a French overseas territory) has a number from birth; a foreign birth certificate may need a sworn translation.", "Une personne née en France (ou outre-mer) a un numéro dès sa naissance ; un acte de naissance étranger peut exiger une traduction assermentée.";
    QNir: "Does this person have a French social security number (NIR)? Give it, or answer none.", "Cette personne a-t-elle un numéro de sécurité sociale (NIR) ? Indiquez-le, ou répondez aucun.";
    QHelpNir: "13 or 15 characters, on a Carte Vitale or an attestation de droits.", "13 ou 15 caractères, sur la carte Vitale ou une attestation de droits.";
    QNirStatus: "Is that number certified, or a provisional number (NIA)?", "Ce numéro est-il certifié, ou provisoire (NIA) ?";
    QHelpNirStatus: "A provisional number (NIA) is valid 9 months until it is certified.", "Un numéro provisoire (NIA) vaut 9 mois, jusqu'à sa certification.";
    QNiaIssuedOn: "When was the provisional number (NIA) issued?", "Quand le numéro provisoire (NIA) a-t-il été attribué ?";
    QHelpNiaIssuedOn: "It anchors the NIA's validity.", "Il fixe le début de validité du NIA.";
    QPreviouslyInsured: "Was this person ever insured in France before?", "Cette personne a-t-elle déjà été assurée en France ?";
    QHelpPreviouslyInsured: "Former rights are reopened (réouverture des droits) instead of a first registration. Unknown is assumed no, with a warning.", "D'anciens droits se rouvrent (réouverture des droits) au lieu d'une première immatriculation. Inconnu vaut non, avec un avertissement.";
    QActivityKind: "What will this person do in France?", "Quelle sera l'activité de cette personne en France ?";
    QHelpActivityKind: "A French employment contract, a posting by a foreign employer, self-employment, higher education, job seeking, or none.", "Contrat de travail français, détachement par un employeur étranger, activité indépendante, études supérieures, recherche d'emploi, ou aucune.";
    QActivityStart: "When does this activity start in France?", "Quand cette activité commence-t-elle en France ?";
    QHelpActivityStart: "The first day of work or of studies: coverage usually starts then.", "Le premier jour de travail ou d'études : la couverture commence en général ce jour-là.";
    QSector: "Is the activity in the agricultural sector?", "L'activité relève-t-elle du secteur agricole ?";
    QHelpSector: "Agricultural activities are covered by the MSA instead of the CPAM.", "Les activités agricoles relèvent de la MSA et non de la CPAM.";
    QEmployerSiren: "What is the employer's SIREN number?", "Quel est le numéro SIREN de l'employeur ?";
    QHelpEmployerSiren: "9 digits; used to propose the payroll's temporary number (NTT).", "9 chiffres ; sert à proposer le numéro technique temporaire (NTT) de la paie.";
    QPayrollId: "What is the employee's payroll identifier?", "Quel est le matricule de paie du salarié ?";
    QHelpPayrollId: "Used to propose the payroll's temporary number (NTT).", "Sert à proposer le numéro technique temporaire (NTT) de la paie.";
    QPostedFrom: "From which country is this person posted?", "De quel pays cette personne est-elle détachée ?";
    QHelpPostedFrom: "The EU regulation or the bilateral agreement with that country decides which scheme covers a posted worker.", "Le règlement européen ou la convention bilatérale avec ce pays décide du régime d'un travailleur détaché.";
    QPostingCertificate: "Which posting certificate does this person hold?", "Quel certificat de détachement cette personne détient-elle ?";
    QHelpPostingCertificate: "An A1 (EU/EEA/Switzerland), a bilateral agreement certificate, or none.", "Un A1 (UE/EEE/Suisse), un certificat de convention bilatérale, ou aucun.";
    QPostingEnd: "When does the posting end?", "Quand le détachement prend-il fin ?";
    QHelpPostingEnd: "Postings are limited in time (24 months in the EU).", "Les détachements sont limités dans le temps (24 mois dans l'UE).";
    QArrivalDate: "When did (or will) this person settle in France?", "Quand cette personne s'est-elle (ou va-t-elle s'être) installée en France ?";
    QHelpArrivalDate: "Without an activity, coverage through residence needs 3 months of stable residence.", "Sans activité, la couverture par la résidence demande 3 mois de résidence stable.";
    QPermit: "Which residence permit does this person hold?", "Quel titre de séjour cette personne détient-elle ?";
    QHelpPermit: "Adults from outside the EEA and Switzerland need a regular stay.", "Les adultes hors EEE et Suisse doivent être en séjour régulier.";
    QPermitValidFrom: "From when is the permit valid?", "Depuis quand le titre est-il valable ?";
    QHelpPermitValidFrom: "A long-stay visa (VLS-TS) must be validated within 3 months.", "Un visa long séjour (VLS-TS) doit être validé dans les 3 mois.";
    QPermitValidUntil: "Until when is the permit valid?", "Jusqu'à quand le titre est-il valable ?";
    QHelpPermitValidUntil: "Its expiry is a milestone to watch.", "Son expiration est une échéance à surveiller.";
    QPostcode: "What is the postcode of the home in France?", "Quel est le code postal du domicile en France ?";
    QHelpPostcode: "It picks the fund (the CPAM of the department, a CGSS overseas).", "Il désigne la caisse (CPAM du département, CGSS outre-mer).";
    QInEducation: "Is this child enrolled at school?", "Cet enfant est-il scolarisé ?";
    QHelpInEducation: "A pupil; higher-education students have the activity student.", "Un élève ; les étudiants du supérieur ont l'activité étudiant.";
    QAutonomyRequested: "Has this 16–17-year-old asked to become an autonomous beneficiary (ayant droit autonome)?", "Ce jeune de 16–17 ans a-t-il demandé à devenir ayant droit autonome ?";
    QHelpAutonomyRequested: "From 16, a child may be covered in their own name.", "Dès 16 ans, un enfant peut être couvert en son nom.";
    QUnionCountry: "In which country was the marriage, PACS or cohabitation certificate issued?", "Dans quel pays l'acte de mariage, de PACS ou de concubinage a-t-il été établi ?";
    QHelpUnionCountry: "A certificate from outside France, the EEA and Switzerland needs a sworn translation.", "Un acte établi hors de France, de l'EEE et de la Suisse exige une traduction assermentée.";
    QParents: "Who are this child's parents in the household?", "Qui sont les parents de cet enfant dans le foyer ?";
    QHelpParents: "Member ids; by default the primary member and their partner.", "Identifiants des membres ; par défaut le membre principal et son conjoint.";
    ReportProvisional: "provisional (could change)", "provisoire (peut changer)";
    ReportQuestions: "Questions that remain", "Questions restantes";
    ReportNoQuestion: "No question remains: the assessment is complete.", "Aucune question ne reste : l'évaluation est complète.";
    HintNullPartial: "{0}: null answers a fact only in a partial household (one saved by `secu interview` before the end): assess it with `secu assess --partial`", "{0} : null ne répond à une question que dans un foyer partiel (enregistré par `secu interview` avant la fin) : évaluez-le avec `secu assess --partial`";
}

#[cfg(test)]
mod tests {
    use strum::IntoEnumIterator;

    use super::*;

    fn placeholders(s: &str) -> Vec<&str> {
        let mut v: Vec<&str> = ["{0}", "{1}", "{2}"]
            .into_iter()
            .filter(|p| s.contains(p))
            .collect();
        v.sort_unstable();
        v
    }

    /// Every text exists in both languages, non-empty, with the same placeholders.
    #[test]
    fn every_text_is_translated() {
        let mut problems = Vec::new();
        for t in T::iter() {
            let (en, fr) = (t.en(), t.fr());
            if en.trim().is_empty() || fr.trim().is_empty() {
                problems.push(format!("{t:?}: empty"));
            }
            if placeholders(en) != placeholders(fr) || en.contains("{2}") {
                problems.push(format!("{t:?}: placeholders differ"));
            }
            // A French text identical to the English one is a missing translation,
            // except for proper names that are the same in both languages.
            if en == fr
                && !matches!(
                    t,
                    T::ActorSandia
                        | T::UiAffiliation
                        | T::UiIdentification
                        | T::UiSources
                        | T::NirCommune
                        | T::UiNia
                        | T::UiNir
                        | T::ErrVariantOnly
                )
            {
                problems.push(format!("{t:?}: French text is the English text"));
            }
        }
        assert!(problems.is_empty(), "{problems:#?}");
    }
}
