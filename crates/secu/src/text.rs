//! The list of every text the library produces: its Fluent message id and
//! the names of its variables, in the order the code passes them.
//!
//! The texts themselves are Project Fluent messages in `crates/secu/l10n/<tag>/secu.ftl`
//! (conventions: `docs/l10n.md`), rendered by [`crate::l10n`]. A test checks
//! that every id of this list is a message of every complete language, with
//! exactly these variables (plus the person's `$sex`).

use crate::Lang;

macro_rules! texts {
    ($($key:ident = $id:literal $(($($var:literal),*))?;)*) => {
        /// A text key: a Fluent message id.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, strum::EnumIter, strum::IntoStaticStr)]
        #[non_exhaustive]
        pub enum T {
            $(#[doc = concat!("The message `", $id, "`.")] $key),*
        }

        impl T {
            /// The Fluent message id (`aff-registration`).
            pub const fn id(self) -> &'static str {
                match self { $(Self::$key => $id),* }
            }
            /// The names of the message's variables, in the order the code
            /// passes them (`{0}`, `{1}` of [`crate::msg::Msg`] and
            /// [`crate::error::ErrText`]).
            pub const fn vars(self) -> &'static [&'static str] {
                match self { $(Self::$key => &[$($($var),*)?]),* }
            }
        }
    };
}

impl T {
    /// The text in `lang`, for a message without variables (a message with
    /// variables renders them empty: use [`crate::msg::Msg`] or
    /// [`T::format`]). Rendered once per language, then cached.
    pub fn get(self, lang: Lang) -> &'static str {
        crate::l10n::plain(self, lang, None)
    }

    /// The text in `lang` agreeing with a person of sex `sex` (« Couverte
    /// dès le »), for a message without variables.
    pub fn get_for(self, lang: Lang, sex: Option<crate::model::Sex>) -> &'static str {
        crate::l10n::plain(self, lang, sex)
    }

    /// The English text (see [`T::get`]).
    pub fn en(self) -> &'static str {
        self.get(Lang::En)
    }

    /// The French text (see [`T::get`]).
    pub fn fr(self) -> &'static str {
        self.get(Lang::Fr)
    }

    /// The text in `lang` with its variables, given as strings in the order
    /// of [`T::vars`] (a canonical integer is passed as a number, so plurals
    /// select on it; an ISO date is written out by `DATE`).
    pub fn format(self, lang: Lang, args: &[&str]) -> String {
        crate::l10n::format_strs(self, lang, args, None)
    }
}

texts! {
    // ---- Affiliation types, bases, statuses --------------------------------------------
    AffRegistration = "aff-registration";
    AffReactivation = "aff-reactivation";
    AffBeneficiary = "aff-beneficiary";
    AffS1Registration = "aff-s1-registration";
    AffNone = "aff-none";
    BasisActivity = "basis-activity";
    BasisResidence = "basis-residence";
    BasisAccompanyingFamily = "basis-accompanying-family";
    BasisDependentChild = "basis-dependent-child";
    BasisS1 = "basis-s1";
    BasisHomeScheme = "basis-home-scheme";
    StatusAyantDroit = "status-ayant-droit";
    StatusAyantDroitAutonome = "status-ayant-droit-autonome";
    StatusOwnCoverage = "status-own-coverage";
    FundCpam = "fund-cpam";
    FundCgss = "fund-cgss";
    FundCssm = "fund-cssm";
    FundMsa = "fund-msa";

    // ---- Milestones --------------------------------------------------------------------
    MsOwnCardOrderable = "ms-own-card-orderable";
    MsOwnCarteVitale = "ms-own-carte-vitale";
    MsMajority = "ms-majority";
    MsBeneficiaryEnd = "ms-beneficiary-end";
    MsNiaExpiry = "ms-nia-expiry";
    MsPostingEnd = "ms-posting-end";
    MsNttLimit = "ms-ntt-limit";
    MsVlsTsValidationDue = "ms-vls-ts-validation-due";
    MsPermitExpiry = "ms-permit-expiry";
    MsResidenceConditionMet = "ms-residence-condition-met";

    // ---- Documents ---------------------------------------------------------------------
    DocFormS1106 = "doc-form-s1106";
    DocFormS3705 = "doc-form-s3705";
    DocFormS1110 = "doc-form-s1110";
    DocFormS3704 = "doc-form-s3704";
    DocIdentityDocument = "doc-identity-document";
    DocResidencePermit = "doc-residence-permit";
    DocBirthCertificate = "doc-birth-certificate";
    DocSwornTranslation = "doc-sworn-translation";
    DocMarriageOrPartnershipCertificate = "doc-marriage-or-partnership-certificate";
    DocProofOfAddress = "doc-proof-of-address";
    DocBankDetails = "doc-bank-details";
    DocProofOfActivity = "doc-proof-of-activity";
    DocProofOfResidence = "doc-proof-of-residence";
    DocS1Form = "doc-s1-form";
    DocA1Certificate = "doc-a1-certificate";
    DocCoverageCertificate = "doc-coverage-certificate";
    DocEnrolmentCertificate = "doc-enrolment-certificate";
    DocIdPhoto = "doc-id-photo";
    DocAutonomyRequestLetter = "doc-autonomy-request-letter";
    DocLegalisation = "doc-legalisation";
    DocPrivateInsuranceStatement = "doc-private-insurance-statement";
    DocGuardianshipDocument = "doc-guardianship-document";

    // ---- Alternatives ------------------------------------------------------------------
    AltPassport = "alt-passport";
    AltNationalIdCard = "alt-national-id-card";
    AltFullCopy = "alt-full-copy";
    AltExtractWithFiliation = "alt-extract-with-filiation";
    AltMultilingualExtract = "alt-multilingual-extract";
    AltConsularDocument = "alt-consular-document";
    AltLivretDeFamille = "alt-livret-de-famille";
    AltEmploymentContract = "alt-employment-contract";
    AltEmployerCertificate = "alt-employer-certificate";
    AltPayslip = "alt-payslip";
    AltBusinessRegistration = "alt-business-registration";
    AltMarriageCertificate = "alt-marriage-certificate";
    AltPacsCertificate = "alt-pacs-certificate";
    AltCohabitationCertificate = "alt-cohabitation-certificate";
    AltSwornStatement = "alt-sworn-statement";
    AltUtilityBill = "alt-utility-bill";
    AltRentReceipt = "alt-rent-receipt";
    AltAccommodationCertificate = "alt-accommodation-certificate";
    AltRentHistory = "alt-rent-history";
    AltOldUtilityBill = "alt-old-utility-bill";
    AltEntryStamp = "alt-entry-stamp";
    AltAccommodationSince = "alt-accommodation-since";
    AltLongStayVisa = "alt-long-stay-visa";
    AltResidenceCard = "alt-residence-card";
    AltResidentCard = "alt-resident-card";
    AltAlgerianCertificate = "alt-algerian-certificate";
    AltOnlineByDoctor = "alt-online-by-doctor";
    AltPaperS3704 = "alt-paper-s3704";

    // ---- Steps, actors, statuses --------------------------------------------------------
    StepPrepareFile = "step-prepare-file";
    StepSubmitFile = "step-submit-file";
    StepProvisionalNumber = "step-provisional-number";
    StepPhysicianDeclaration = "step-physician-declaration";
    StepNumberCertification = "step-number-certification";
    StepCarteVitale = "step-carte-vitale";
    StepAmeliAccount = "step-ameli-account";
    StepRightsReopened = "step-rights-reopened";
    StepS1Registered = "step-s1-registered";
    ActorMember = "actor-member";
    ActorParent = "actor-parent";
    ActorEmployer = "actor-employer";
    ActorCpam = "actor-cpam";
    ActorCgss = "actor-cgss";
    ActorCssm = "actor-cssm";
    ActorMsa = "actor-msa";
    ActorSandia = "actor-sandia";
    ActorDoctor = "actor-doctor";
    ActorHomeInstitution = "actor-home-institution";
    StatusPending = "status-pending";
    StatusInProgress = "status-in-progress";
    StatusDone = "status-done";
    StatusBlocked = "status-blocked";
    StatusNotApplicable = "status-not-applicable";
    DsnNir = "dsn-nir";
    DsnNia = "dsn-nia";
    DsnNtt = "dsn-ntt";

    // ---- Warnings ----------------------------------------------------------------------
    WResidenceThreeMonths = "w-residence-three-months";
    WResidenceThreeMonthsDated = "w-residence-three-months-dated" ("date");
    WPostingOverLimit = "w-posting-over-limit" ("months");
    WPostingOverLimitExtension = "w-posting-over-limit-extension" ("months");
    WAgreementScopeUnverified = "w-agreement-scope-unverified" ("country");
    WAgreementExcludesHealth = "w-agreement-excludes-health" ("country");
    WPostingWithoutCertificate = "w-posting-without-certificate" ("country");
    WParisCpamForTalentPassport = "w-paris-cpam-for-talent-passport";
    WPermitMissing = "w-permit-missing";
    WParentsAssumed = "w-parents-assumed";
    WAssumedNeverInsured = "w-assumed-never-insured";
    WAssumedPreviouslyInsured = "w-assumed-previously-insured";
    WInactiveEeaResources = "w-inactive-eea-resources";
    WNirMismatch = "w-nir-mismatch" ("field");
    WAccompanyingFamilyThreeMonthsPractice = "w-accompanying-family-three-months-practice";
    WAccompanyingChildThreeMonthsPractice = "w-accompanying-child-three-months-practice";
    WCarePaidByHomeScheme = "w-care-paid-by-home-scheme" ("country");
    WCarePaidByHomeSchemeAssumed = "w-care-paid-by-home-scheme-assumed" ("country");
    WPrivateHealthInsuranceRequired = "w-private-health-insurance-required" ("country");
    WNoSocialSecurityAgreement = "w-no-social-security-agreement" ("country");
    WS1SpouseMayNeedOwnRegistration = "ws1-spouse-may-need-own-registration";
    WPermitExpired = "w-permit-expired" ("date");
    WReceiptPermit = "w-receipt-permit";
    WVlsTsValidation = "w-vls-ts-validation";
    WNttToleranceExceeded = "w-ntt-tolerance-exceeded" ("date");
    WNiaExpired = "w-nia-expired" ("date");
    WNirImpliesPreviousInsurance = "w-nir-implies-previous-insurance";
    WTranslationAssumed = "w-translation-assumed";
    WFundDependsOnCommune = "w-fund-depends-on-commune";
    WTerritoryOwnScheme = "w-territory-own-scheme";
    WStartDateUnknown = "w-start-date-unknown";
    WArrivalUnknown = "w-arrival-unknown";
    WPostingEndUnknown = "w-posting-end-unknown";
    WNoInsuredParent = "w-no-insured-parent";
    WMinorWithoutParent = "w-minor-without-parent";
    WAutonomyBefore16 = "w-autonomy-before16";
    WPostcodeMissing = "w-postcode-missing";
    WCertificateMismatch = "w-certificate-mismatch";
    MismatchSex = "mismatch-sex";
    MismatchYear = "mismatch-year";
    MismatchMonth = "mismatch-month";
    MismatchPlace = "mismatch-place";

    // ---- Document reasons --------------------------------------------------------------
    RS1106 = "rs1106";
    RS1106Minor = "rs1106-minor";
    RS1106Reactivation = "rs1106-reactivation";
    RS3705One = "rs3705-one";
    RS3705Many = "rs3705-many" ("children");
    RIdentity = "r-identity";
    RIdentityChild = "r-identity-child";
    RPermit = "r-permit";
    RActivity = "r-activity";
    RProofOfResidence = "r-proof-of-residence";
    RGuardianship = "r-guardianship";
    REnrolmentStudentAdult = "r-enrolment-student-adult";
    REnrolmentStudent = "r-enrolment-student";
    REnrolmentPupil = "r-enrolment-pupil";
    RBirthIdentification = "r-birth-identification";
    RBirthChild = "r-birth-child";
    RBirthChildIdentification = "r-birth-child-identification";
    RBirthFiliationS1 = "r-birth-filiation-s1";
    RUnionAccompanying = "r-union-accompanying";
    RBirthAdultChild = "r-birth-adult-child";
    RUnionCivilStatus = "r-union-civil-status";
    RUnionS1 = "r-union-s1";
    RAddress = "r-address";
    RBank = "r-bank";
    RBankChild = "r-bank-child";
    RPhysician = "r-physician";
    RPhysicianChild = "r-physician-child";
    RIdPhoto = "r-id-photo";
    RS1Worker = "rs1-worker";
    RS1Family = "rs1-family";
    RA1 = "ra1";
    RCoverageCertificateHome = "r-coverage-certificate-home" ("country");
    RCoverageCertificateHomeAssumed = "r-coverage-certificate-home-assumed" ("country");
    RCoverageCertificateOther = "r-coverage-certificate-other" ("country");
    RPrivateInsurance = "r-private-insurance";
    RAutonomyLetter = "r-autonomy-letter";
    RSwornTranslation = "r-sworn-translation";
    RLegalisation = "r-legalisation";

    // ---- Explanations (conclusions) ----------------------------------------------------
    CActivity = "c-activity";
    CWorkingMinorActivity = "c-working-minor-activity";
    CWorkingMinor = "c-working-minor";
    CWorkingMinorStatus = "c-working-minor-status" ("age");
    CMinorOwnStatus = "c-minor-own-status" ("age");
    CAdultChild = "c-adult-child";
    CStudent = "c-student";
    CInsuredMainApplicant = "c-insured-main-applicant";
    CInsuredPartner = "c-insured-partner";
    CInsuredChild = "c-insured-child";
    CAccompanying = "c-accompanying" ("insured");
    CAccompanyingThreeMonths = "c-accompanying-three-months" ("insured");
    CAccompanyingAdultChild = "c-accompanying-adult-child" ("insured");
    CEarliestBasisResidence = "c-earliest-basis-residence" ("date");
    CEarliestBasisActivity = "c-earliest-basis-activity" ("date");
    CEarliestBasisResidenceBeforeWork = "c-earliest-basis-residence-before-work" ("date");
    CAdultOwnRequest = "c-adult-own-request";
    CFollowsS1 = "c-follows-s1";
    CFollowsHomeScheme = "c-follows-home-scheme";
    CFollowsHomeSchemeAssumed = "c-follows-home-scheme-assumed";
    CResidence = "c-residence";
    CResidenceBeforeWork = "c-residence-before-work";
    CResidenceEnrolled = "c-residence-enrolled";
    CBeneficiary = "c-beneficiary";
    CMinorAlone = "c-minor-alone";
    CMinorWithoutParent = "c-minor-without-parent";
    CMinorWithoutParentEnrolled = "c-minor-without-parent-enrolled";
    CPostedEu = "c-posted-eu";
    CPostedUk = "c-posted-uk";
    CPostedHomeScheme = "c-posted-home-scheme" ("country");
    CPostedHomeSchemeAssumed = "c-posted-home-scheme-assumed" ("country");
    CPostedScopeUnverified = "c-posted-scope-unverified" ("country");
    CPostedScopeUnverifiedFrench = "c-posted-scope-unverified-french" ("country");
    CPostedAgreementExcludesHealth = "c-posted-agreement-excludes-health" ("country");
    CPostedNoCertificate = "c-posted-no-certificate" ("country");
    CPostedNoAgreement = "c-posted-no-agreement" ("country");
    CPostingLimit = "c-posting-limit" ("months", "date");
    CRegistration = "c-registration";
    CRegistrationAssumed = "c-registration-assumed";
    CReactivation = "c-reactivation";
    CReactivationImplied = "c-reactivation-implied";
    CReactivationAssumed = "c-reactivation-assumed";
    CIdentificationRequired = "c-identification-required";
    CIdentificationUnderWay = "c-identification-under-way";
    CNoIdentificationBornInFrance = "c-no-identification-born-in-france";
    CNoIdentificationFrench = "c-no-identification-french";
    CNoIdentificationHasNir = "c-no-identification-has-nir";
    CCoveredFromActivity = "c-covered-from-activity" ("date");
    CCoveredFromS1 = "c-covered-from-s1" ("date");
    CCoveredFromS1Family = "c-covered-from-s1-family" ("date");
    CCoveredFromAccompanying = "c-covered-from-accompanying" ("date");
    CCoveredFromAccompanyingParent = "c-covered-from-accompanying-parent" ("date");
    CCoveredFromChild = "c-covered-from-child" ("date");
    CCoveredFromResidence = "c-covered-from-residence" ("date");
    CCoveredFromStudent = "c-covered-from-student" ("date");
    CCoveredFromArrival = "c-covered-from-arrival" ("date");
    CCoveredFromUnknown = "c-covered-from-unknown";
    CAttachedOne = "c-attached-one";
    CAttachedOneAssumed = "c-attached-one-assumed";
    CAttachedBoth = "c-attached-both";
    CAttachedBothAssumed = "c-attached-both-assumed";
    CUnderSixteen = "c-under-sixteen" ("age");
    CUnderSixteenOneParent = "c-under-sixteen-one-parent" ("age");
    CSixteenMayRequest = "c-sixteen-may-request" ("age");
    CPupilStaysDependent = "c-pupil-stays-dependent" ("age");
    CPupilStaysDependentOneParent = "c-pupil-stays-dependent-one-parent" ("age");
    CStudentAutonomous = "c-student-autonomous" ("age");
    CAutonomyRequested = "c-autonomy-requested" ("age");
    CBeneficiaryEndBirthday = "c-beneficiary-end-birthday" ("date");
    CBeneficiaryEndFixed = "c-beneficiary-end-fixed" ("date");
    CChildMilestones = "c-child-milestones";
    CLeapDayLast = "c-leap-day-last";
    CLeapDayMarch = "c-leap-day-march";
    CFundResidence = "c-fund-residence" ("fund");
    CFundOverseas = "c-fund-overseas" ("fund");
    CFundMayotte = "c-fund-mayotte" ("fund");
    CFundMsa = "c-fund-msa";
    CFundOverseasAgricultural = "c-fund-overseas-agricultural" ("fund");
    CFundTalentPassport = "c-fund-talent-passport";
    CFundUnknown = "c-fund-unknown";
    CFundUnknownAgricultural = "c-fund-unknown-agricultural";
    CFundOwnScheme = "c-fund-own-scheme";
    CPermitRequired = "c-permit-required";
    CNoPermitMinor = "c-no-permit-minor";
    CInactiveEea = "c-inactive-eea";
    CTranslation = "c-translation";
    CNirChecked = "c-nir-checked";

    CLegalisationRequired = "c-legalisation-required";
    CPayrollNir = "c-payroll-nir";
    CPayrollNia = "c-payroll-nia";
    CPayrollNtt = "c-payroll-ntt";

    // ---- Payroll -----------------------------------------------------------------------
    PayrollNir = "payroll-nir";
    PayrollNia = "payroll-nia";
    PayrollNtt = "payroll-ntt" ("date");
    PayrollNttNoStart = "payroll-ntt-no-start";

    // ---- Rules catalogue ---------------------------------------------------------------
    RuleActivity = "rule-activity";
    RuleRegistrationOrReactivation = "rule-registration-or-reactivation";
    RuleIdentification = "rule-identification";
    RuleAccompanyingFamily = "rule-accompanying-family";
    RuleAccompanyingAdultChild = "rule-accompanying-adult-child";
    RuleEarliestBasis = "rule-earliest-basis";
    RuleResidence = "rule-residence";
    RuleStudent = "rule-student";
    RuleInactiveEea = "rule-inactive-eea";
    RuleAdultsNotBeneficiaries = "rule-adults-not-beneficiaries";
    RulePostedEu = "rule-posted-eu";
    RulePostedBilateral = "rule-posted-bilateral";
    RulePostedBilateralInferred = "rule-posted-bilateral-inferred";
    RulePostedWithoutCertificate = "rule-posted-without-certificate";
    RulePostedFamily = "rule-posted-family";
    RulePostingLimit = "rule-posting-limit";
    RuleMinorBeneficiary = "rule-minor-beneficiary";
    RuleMinorWithoutParent = "rule-minor-without-parent";
    RuleWorkingMinor = "rule-working-minor";
    RuleDependentStatus = "rule-dependent-status";
    RuleAutonomyBefore16 = "rule-autonomy-before16";
    RuleAttachment = "rule-attachment";
    RuleFiliation = "rule-filiation";
    RuleBeneficiaryEnd = "rule-beneficiary-end";
    RuleChildMilestones = "rule-child-milestones";
    RuleLeapDay = "rule-leap-day";
    RuleCoveredFrom = "rule-covered-from";
    RuleFund = "rule-fund";
    RuleFundTalentPassport = "rule-fund-talent-passport";
    RulePermit = "rule-permit";
    RuleVlsTs = "rule-vls-ts";
    RuleDocuments = "rule-documents";
    RuleTranslation = "rule-translation";
    RuleLegalisation = "rule-legalisation";
    RuleSteps = "rule-steps";
    RulePayroll = "rule-payroll";
    RuleNirCheck = "rule-nir-check";

    // ---- Human report ------------------------------------------------------------------
    UiTitle = "ui-title" ("date");
    UiRules = "ui-rules" ("version", "rules");
    UiPolicies = "ui-policies" ("policies");
    UiAge = "ui-age" ("age");
    UiAgeOneYear = "ui-age-one-year";
    UiAgeOneMonth = "ui-age-one-month";
    UiAgeMonths = "ui-age-months" ("months");
    UiAffiliation = "ui-affiliation";
    UiBasis = "ui-basis";
    UiCoveredFrom = "ui-covered-from";
    UiUnknown = "ui-unknown";
    UiFund = "ui-fund";
    UiChildStatus = "ui-child-status";
    UiAttachedTo = "ui-attached-to";
    UiIdentification = "ui-identification";
    UiIdentificationYes = "ui-identification-yes";
    UiWhy = "ui-why";
    UiDocuments = "ui-documents";
    UiGroupForms = "ui-group-forms";
    UiGroupIdentity = "ui-group-identity";
    UiGroupProofs = "ui-group-proofs";
    UiGroupPayment = "ui-group-payment";
    UiOneOf = "ui-one-of";
    UiTranslation = "ui-translation";
    UiCovers = "ui-covers";
    UiForChildren = "ui-for-children";
    UiSteps = "ui-steps";
    UiExpectedBy = "ui-expected-by" ("date");
    UiMilestones = "ui-milestones";
    UiPayroll = "ui-payroll";
    UiDsnIdentifier = "ui-dsn-identifier";
    UiNttSuggestion = "ui-ntt-suggestion";
    UiWarnings = "ui-warnings";
    UiNone = "ui-none";
    UiNothingToDo = "ui-nothing-to-do";
    UiSources = "ui-sources";
    UiSummary = "ui-summary";
    UiSendTo = "ui-send-to";
    UiFirstActions = "ui-first-actions";
    UiKeyDates = "ui-key-dates";
    UiCoverageStarts = "ui-coverage-starts";
    UiPerson = "ui-person" ("number");
    UiHouseholdWarnings = "ui-household-warnings";
    UiWholeHousehold = "ui-whole-household";
    UiHistRedacted = "ui-hist-redacted";
    UiHistInvalidNumber = "ui-hist-invalid-number";
    UiHistVoids = "ui-hist-voids" ("seq", "reason");
    UiHistPermit = "ui-hist-permit" ("permit", "from");
    UiHistPermitUntil = "ui-hist-permit-until" ("permit", "from", "until");
    UiHistVoidedBy = "ui-hist-voided-by" ("seq");
    UiHistRecorded = "ui-hist-recorded" ("at");
    UiDate = "ui-date" ("date");
    UiListSep = "ui-list-sep";
    UiListSemicolon = "ui-list-semicolon";
    UiColon = "ui-colon";
    NirValid = "nir-valid";
    NirValidWithoutKey = "nir-valid-without-key";
    NirLegacyNnp = "nir-legacy-nnp";
    NirLegacyMig = "nir-legacy-mig";
    NirInvalid = "nir-invalid";
    NirWhy = "nir-why";
    NirSex = "nir-sex";
    NirFemale = "nir-female";
    NirMale = "nir-male";
    NirYear = "nir-year";
    NirMonth = "nir-month";
    NirPseudoMonth = "nir-pseudo-month";
    NirPlace = "nir-place";
    NirAbroad = "nir-abroad";
    NirDepartment = "nir-department";
    NirCommune = "nir-commune";
    NirHistorical = "nir-historical";
    NirOrder = "nir-order";
    NirKeyExpected = "nir-key-expected";
    NirKeyGiven = "nir-key-given";

    // ---- Input errors (decoding, validation, the CLI's own messages) -------------------------
    ErrStandardInput = "err-standard-input";
    ErrStandardOutput = "err-standard-output";
    ErrInputTooLarge = "err-input-too-large" ("limit");
    ErrMoreProblems = "err-more-problems" ("count");
    ErrNoAsOf = "err-no-as-of";
    ErrNotUtf8 = "err-not-utf8" ("byte");
    ErrMalformedJson = "err-malformed-json" ("line", "column");
    ErrAtLine = "err-at-line" ("line", "column");
    ErrJsonEofList = "err-json-eof-list";
    ErrJsonEofObject = "err-json-eof-object";
    ErrJsonEofString = "err-json-eof-string";
    ErrJsonEofValue = "err-json-eof-value";
    ErrJsonExpectedColon = "err-json-expected-colon";
    ErrJsonExpectedListComma = "err-json-expected-list-comma";
    ErrJsonExpectedObjectComma = "err-json-expected-object-comma";
    ErrJsonExpectedIdent = "err-json-expected-ident";
    ErrJsonExpectedValue = "err-json-expected-value";
    ErrJsonExpectedQuote = "err-json-expected-quote";
    ErrJsonInvalidEscape = "err-json-invalid-escape";
    ErrJsonInvalidNumber = "err-json-invalid-number";
    ErrJsonNumberOutOfRange = "err-json-number-out-of-range";
    ErrJsonInvalidCodePoint = "err-json-invalid-code-point";
    ErrJsonControlCharacter = "err-json-control-character";
    ErrJsonKeyMustBeString = "err-json-key-must-be-string";
    ErrJsonTrailingComma = "err-json-trailing-comma";
    ErrJsonTrailingCharacters = "err-json-trailing-characters";
    ErrJsonRecursionLimit = "err-json-recursion-limit";
    ErrJsonHexEscapeEnd = "err-json-hex-escape-end";
    ErrJsonLoneSurrogate = "err-json-lone-surrogate";
    ErrJsonOther = "err-json-other";
    ErrDuplicateField = "err-duplicate-field" ("field");
    ErrUnsupportedLanguage = "err-unsupported-language" ("value", "expected");
    ErrHexDigits = "err-hex-digits" ("count");
    ErrIoNotFound = "err-io-not-found";
    ErrIoPermissionDenied = "err-io-permission-denied";
    ErrIoIsADirectory = "err-io-is-a-directory";
    ErrNewerFormat = "err-newer-format" ("found", "expected");
    ErrUnknownFormat = "err-unknown-format" ("found", "expected");
    ErrUnknownFieldDidYouMean = "err-unknown-field-did-you-mean" ("field", "suggestion");
    ErrUnknownFieldKnown = "err-unknown-field-known" ("field", "known");
    ErrMissingField = "err-missing-field" ("field");
    ErrExpectedString = "err-expected-string" ("found");
    ErrExpectedBool = "err-expected-bool" ("found");
    ErrExpectedDate = "err-expected-date" ("found");
    ErrExpectedObject = "err-expected-object" ("found");
    ErrExpectedMembers = "err-expected-members" ("found");
    ErrExpectedMemberId = "err-expected-member-id" ("found");
    ErrExpectedMemberIds = "err-expected-member-ids" ("found");
    ErrNoSuchDate = "err-no-such-date" ("value");
    ErrDateShape = "err-date-shape" ("value");
    ErrDateYears = "err-date-years" ("value", "years");
    ErrUnknownCountry = "err-unknown-country" ("value");
    ErrExpectedCountry = "err-expected-country" ("found");
    ErrUnknownValue = "err-unknown-value" ("value");
    ErrDidYouMean = "err-did-you-mean" ("suggestion");
    ErrExpectedOneOf = "err-expected-one-of" ("choices");
    ErrTooManyMembers = "err-too-many-members" ("count", "limit");
    ErrNoMembers = "err-no-members";
    ErrSeveralPrimaries = "err-several-primaries";
    ErrNoPrimary = "err-no-primary";
    ErrIdLength = "err-id-length" ("length");
    ErrDuplicateId = "err-duplicate-id" ("id", "other");
    ErrBirthAfterAsOf = "err-birth-after-as-of" ("birth", "as-of");
    ErrUnionCountryNotPartner = "err-union-country-not-partner";
    ErrNirStatusWithoutNir = "err-nir-status-without-nir";
    ErrNiaIssuedWithoutNir = "err-nia-issued-without-nir";
    ErrNiaIssuedNotProvisional = "err-nia-issued-not-provisional";
    ErrNiaBeforeBirth = "err-nia-before-birth" ("date");
    ErrNirWithoutKeyRejected = "err-nir-without-key-rejected" ("key");
    ErrPostingMissing = "err-posting-missing";
    ErrPostingNotPosted = "err-posting-not-posted" ("kind");
    ErrPostingReversed = "err-posting-reversed" ("end", "start");
    ErrPayrollIdLength = "err-payroll-id-length" ("max", "length");
    ErrPayrollIdCharacter = "err-payroll-id-character" ("character");
    ErrPermitReversed = "err-permit-reversed" ("until", "from");
    ErrParentsNotChild = "err-parents-not-child" ("relationship");
    ErrTooManyParents = "err-too-many-parents" ("count");
    ErrParentTwice = "err-parent-twice" ("parent");
    ErrUnknownParent = "err-unknown-parent" ("id");
    ErrOwnParent = "err-own-parent";
    ErrParentNotAdult = "err-parent-not-adult" ("parent", "path");
    ErrParentRef = "err-parent-ref" ("parent", "path");
    ErrParentBornAfterChild = "err-parent-born-after-child" ("parent-birth", "child-birth");
    ErrParentTooYoung = "err-parent-too-young" ("age", "min");
    ErrActivityBeforeBirth = "err-activity-before-birth" ("start", "birth");
    ErrPostingBeforeBirth = "err-posting-before-birth" ("end", "birth");
    ErrPolicyOutOfRange = "err-policy-out-of-range" ("policy", "problem");
    ErrSirenLength = "err-siren-length" ("length");
    ErrSirenCharacter = "err-siren-character" ("character", "position");
    ErrSirenKey = "err-siren-key" ("expected", "found");
    ErrPostcodeMalformed = "err-postcode-malformed" ("postcode");
    ErrPostcodeMonaco = "err-postcode-monaco" ("postcode");
    ErrPostcodeUnknown = "err-postcode-unknown" ("postcode");
    ErrNirLength = "err-nir-length" ("length");
    ErrNirCharacter = "err-nir-character" ("character", "position");
    ErrNirSex = "err-nir-sex" ("digit");
    ErrNirLegacyNnp = "err-nir-legacy-nnp";
    ErrNirLegacyMig = "err-nir-legacy-mig";
    ErrNirMonth = "err-nir-month" ("month");
    ErrNirDepartment = "err-nir-department" ("department");
    ErrNirOrder = "err-nir-order" ("order");
    ErrNirKey = "err-nir-key" ("expected", "found");
    KindNull = "kind-null";
    KindBool = "kind-bool";
    KindNumber = "kind-number";
    KindString = "kind-string";
    KindArray = "kind-array";
    KindObject = "kind-object";

    // ---- Case and policy errors (issue 10, item 15: they follow --lang) ------------------------
    ErrPolicyAssignment = "err-policy-assignment" ("found");
    ErrPolicyUnknown = "err-policy-unknown" ("policy");
    ErrPolicyKnown = "err-policy-known" ("known");
    ErrPolicyPrefix = "err-policy-prefix" ("policy");
    ErrPolicyAge = "err-policy-age" ("age", "max");
    ErrPolicyMonth = "err-policy-month" ("month");
    ErrPolicyDay = "err-policy-day" ("day", "month");
    ErrPolicyDayRange = "err-policy-day-range" ("max");
    ErrRefused = "err-refused" ("event", "code");
    ErrAllowedNow = "err-allowed-now" ("events");
    ErrAllowedNothing = "err-allowed-nothing";
    ErrNotAllowedNow = "err-not-allowed-now" ("stage", "track");
    ErrDatedBefore = "err-dated-before" ("date");
    ErrBeforeSubmission = "err-before-submission" ("date");
    ErrBeforeNia = "err-before-nia" ("date");
    ErrBeforeClockEnd = "err-before-clock-end" ("date");
    ErrBeforeNoticeEnd = "err-before-notice-end" ("date");
    ErrBeforeCertification = "err-before-certification" ("date");
    ErrBeforeLastEvent = "err-before-last-event" ("date");
    ErrNotInChecklist = "err-not-in-checklist" ("document");
    ErrDocNotReceived = "err-doc-not-received" ("document");
    ErrDocAlreadyReceived = "err-doc-already-received" ("document");
    ErrReasonRequired = "err-reason-required";
    ErrNothingReceived = "err-nothing-received";
    ErrChecklistComplete = "err-checklist-complete";
    ErrDocumentsMissing = "err-documents-missing" ("documents");
    ErrNoNia = "err-no-nia";
    ErrCivilStatusMissing = "err-civil-status-missing";
    ErrNumberInvalid = "err-number-invalid";
    ErrCivilStatusReceived = "err-civil-status-received";
    ErrNoFormalNotice = "err-no-formal-notice";
    ErrTooYoung = "err-too-young" ("min", "age");
    ErrStepNotApplicable = "err-step-not-applicable" ("age", "step");
    ErrOwnCoverageTooYoung = "err-own-coverage-too-young" ("age");
    ErrCardSettled = "err-card-settled";
    ErrNoAmeli = "err-no-ameli";
    ErrNoTrack = "err-no-track" ("member");
    ErrNoMemberId = "err-no-member-id" ("id");
    ErrHouseholdOutOfOrder = "err-household-out-of-order" ("date", "last");
    ErrTrackInProgress = "err-track-in-progress" ("member", "stage");
    ErrUnknownCaseMember = "err-unknown-case-member" ("member");
    ErrCaseDidYouMean = "err-case-did-you-mean" ("suggestion");
    ErrCaseMembers = "err-case-members" ("members");
    ErrMemberRedacted = "err-member-redacted" ("member");
    ErrFutureDate = "err-future-date" ("date", "today");
    ErrEmptyLine = "err-empty-line";
    ErrLineTooLong = "err-line-too-long" ("limit");
    ErrBeforeOpening = "err-before-opening" ("date", "opened");
    ErrMembersDropped = "err-members-dropped" ("members");
    ErrCorrectionBreaks = "err-correction-breaks" ("voided", "seq");
    ErrVoidLaterFirst = "err-void-later-first";
    ErrRedactUnknown = "err-redact-unknown" ("member");
    ErrFullyRedacted = "err-fully-redacted";
    ErrRefusedOnReplay = "err-refused-on-replay" ("code");
    ErrHouseholdMismatch = "err-household-mismatch";
    ErrSeqNotFirst = "err-seq-not-first" ("seq");
    ErrSeqFollows = "err-seq-follows" ("seq", "previous");
    ErrEntriesReordered = "err-entries-reordered";
    ErrEntriesReorderedLater = "err-entries-reordered-later" ("seq");
    ErrEntryDeleted = "err-entry-deleted" ("seq");
    ErrAnchorMismatch = "err-anchor-mismatch";
    ErrChainBroken = "err-chain-broken";
    ErrDigestMismatch = "err-digest-mismatch";
    ErrCaseNotUtf8 = "err-case-not-utf8" ("byte");
    ErrCaseNotObject = "err-case-not-object";
    ErrCaseNoFormat = "err-case-no-format" ("expected");
    ErrCaseUnknownFormat = "err-case-unknown-format" ("found", "expected");
    ErrCaseNewerFormat = "err-case-newer-format" ("found", "expected");
    ErrCaseUnknownField = "err-case-unknown-field" ("field");
    ErrCaseMissingField = "err-case-missing-field" ("field");
    ErrCaseExpectedString = "err-case-expected-string";
    ErrCaseTimestamp = "err-case-timestamp";
    ErrCaseExpectedDate = "err-case-expected-date";
    ErrCaseInvalidDate = "err-case-invalid-date" ("value");
    ErrSeqUnknown = "err-seq-unknown" ("seq");
    ErrSeqIsCorrection = "err-seq-is-correction" ("seq");
    ErrSeqOtherMember = "err-seq-other-member" ("seq");
    ErrSeqAlreadyVoided = "err-seq-already-voided" ("seq", "correction");
    ErrMemberMismatch = "err-member-mismatch" ("member");
    ErrDuplicateMember = "err-duplicate-member" ("member");
    ErrReplayUnknownMember = "err-replay-unknown-member" ("member");
    ErrUnknownVariant = "err-unknown-variant" ("value");
    ErrVariantOnly = "err-variant-only" ("expected");
    ErrVariantEither = "err-variant-either" ("first", "second");
    ErrVariantOneOf = "err-variant-one-of" ("choices");
    ErrRedactionBreaks = "err-redaction-breaks" ("members");
    ErrRedactDependentsFirst = "err-redact-dependents-first";
    // The command line's own messages about case files.
    CliNeeds = "cli-needs" ("event", "what");
    CliAtLeastOneDocument = "cli-at-least-one-document";
    CliAlreadyExists = "cli-already-exists" ("file");
    CliUnknownEvent = "cli-unknown-event" ("event");
    CliUnknownDocument = "cli-unknown-document" ("document");
    CliDoesNotApply = "cli-does-not-apply" ("options", "event");
    CliItTakes = "cli-it-takes" ("options");
    CliTakesNothing = "cli-takes-nothing";
    CliDocumentTwice = "cli-document-twice" ("document");
    CliNotFromCommandLine = "cli-not-from-command-line" ("event");
    CliNameMember = "cli-name-member";
    CliCreated = "cli-created" ("file", "members");
    CliOpenedOn = "cli-opened-on" ("date");
    CliRecorded = "cli-recorded" ("seq", "entry");
    CliHead = "cli-head" ("head", "events");
    CliOneEvent = "cli-one-event";
    CliEvents = "cli-events" ("count");
    CliChainVerifies = "cli-chain-verifies" ("file", "events");
    CliHeadIs = "cli-head-is" ("head");
    CliEndsAtHead = "cli-ends-at-head";
    CliWentOnPast = "cli-went-on-past" ("seq", "since");
    CliHeadNotOnChain = "cli-head-not-on-chain" ("file", "head");

    CliUnreadable = "cli-unreadable" ("file");
    CliNotAJournal = "cli-not-a-journal" ("file", "problem");
    // The command line's interview (`secu interview`, contract §5).
    CliIvNeedsFile = "cli-iv-needs-file";
    CliIvNeedsOutput = "cli-iv-needs-output";
    CliIvOutputExists = "cli-iv-output-exists" ("file");
    CliIvNotAnAnswer = "cli-iv-not-an-answer" ("line");
    CliIvUnknownPath = "cli-iv-unknown-path" ("line", "path");
    CliIvNoMember = "cli-iv-no-member" ("line", "path");
    CliIvMemberRange = "cli-iv-member-range" ("last");
    CliIvLine = "cli-iv-line" ("line", "problem");
    CliIvNothingWritten = "cli-iv-nothing-written";
    CliIvNewHousehold = "cli-iv-new-household";
    CliIvMemberId = "cli-iv-member-id";
    CliIvRelationship = "cli-iv-relationship";
    CliIvAddMember = "cli-iv-add-member";
    CliIvYes = "cli-iv-yes";
    CliIvNo = "cli-iv-no";
    CliIvHelpText = "cli-iv-help-text";
    CliIvHelpCountry = "cli-iv-help-country";
    CliIvHelpDate = "cli-iv-help-date";
    CliIvHelpParents = "cli-iv-help-parents";
    CliIvHelpSelect = "cli-iv-help-select";
    CliIvCanceled = "cli-iv-canceled";
    CliUsageUnknownArgument = "cli-usage-unknown-argument" ("arg");
    CliUsageUnknownCommand = "cli-usage-unknown-command" ("command");
    CliUsageMissingValue = "cli-usage-missing-value" ("arg");
    CliUsageInvalidValue = "cli-usage-invalid-value" ("value", "arg");
    CliUsageInvalidChoice = "cli-usage-invalid-choice" ("value", "arg", "choices");
    CliUsageMissingArgument = "cli-usage-missing-argument" ("arg");
    CliUsageMissingCommand = "cli-usage-missing-command";
    CliUsageConflict = "cli-usage-conflict" ("arg", "other");
    CliUsageValueCount = "cli-usage-value-count" ("arg");
    CliUsageInvalid = "cli-usage-invalid";
    CliUsageSuggestion = "cli-usage-suggestion" ("suggestion");
    CliUsageHelp = "cli-usage-help" ("command");
    IcalCalendarName = "ical-calendar-name";
    CliIvNone = "cli-iv-none";
    CliIvSkip = "cli-iv-skip";
    CliIvBack = "cli-iv-back";
    CliIvProgress = "cli-iv-progress" ("number", "remaining");
    CliIvSettled = "cli-iv-settled";
    CliIvSaved = "cli-iv-saved" ("file");
    CliIvUndone = "cli-iv-undone" ("path");
    CliIvNothingToUndo = "cli-iv-nothing-to-undo";
    CliIvStopped = "cli-iv-stopped" ("file");
    CliIvSkippedLeft = "cli-iv-skipped-left" ("count", "file");
    CliIvComplete = "cli-iv-complete";

    // ---- Procedure: next actions and deadlines --------------------------------------------
    ActGather = "act-gather";
    ActSubmit = "act-submit";
    ActWaitNia = "act-wait-nia";
    ActWaitConfirmation = "act-wait-confirmation";
    ActWaitReopen = "act-wait-reopen";
    ActWaitS1 = "act-wait-s1";
    ActSendCivilStatus = "act-send-civil-status";
    ActDeclarePhysician = "act-declare-physician";
    ActWaitCertification = "act-wait-certification";
    ActSuspended = "act-suspended";
    ActOrderCard = "act-order-card";
    ActReturnCardForm = "act-return-card-form";
    ActWaitCard = "act-wait-card";
    ActOpenAmeli = "act-open-ameli";
    ActAttestation = "act-attestation";
    ActOwnCoverage = "act-own-coverage";
    ActOwnCoverageWork = "act-own-coverage-work";
    ActContestRejection = "act-contest-rejection";
    ActSubmitAgain = "act-submit-again";
    DlCivilStatusDue = "dl-civil-status-due";
    DlCivilStatusFinalDue = "dl-civil-status-final-due";
    DlFundDecisionDue = "dl-fund-decision-due";
    DlNiaExpiry = "dl-nia-expiry";
    DlNttLimit = "dl-ntt-limit";
    DlPostingEnd = "dl-posting-end";
    DlNiaExpected = "dl-nia-expected";
    DlCertificationExpected = "dl-certification-expected";
    DlAmeliExpected = "dl-ameli-expected";
    DlCarteVitaleExpected = "dl-carte-vitale-expected";
    DlSixteenthBirthday = "dl-sixteenth-birthday";
    DlEighteenthBirthday = "dl-eighteenth-birthday";
    DlAppealDue = "dl-appeal-due";

    // ---- Procedure: status report ---------------------------------------------------------
    UiStatusTitle = "ui-status-title" ("date");
    UiTrack = "ui-track";
    UiPhase = "ui-phase";
    UiNia = "ui-nia";
    UiNir = "ui-nir";
    UiNirWithoutKey = "ui-nir-without-key" ("key");
    UiMissingDocuments = "ui-missing-documents";
    UiNextActions = "ui-next-actions";
    UiAllowedEvents = "ui-allowed-events";
    UiRejectionReason = "ui-rejection-reason";
    UiDeadlines = "ui-deadlines";
    UiOverdue = "ui-overdue";
    UiPortfolioTitle = "ui-portfolio-title" ("count", "date");
    UiPortfolioBlocked = "ui-portfolio-blocked" ("count");
    UiWaitingOn = "ui-waiting-on";
    UiOverdueCount = "ui-overdue-count";
    UiProblem = "ui-problem";
    UiWentBack = "ui-went-back" ("now", "then");
    ErrIdCharacters = "err-id-characters" ("found");
    PhPreparing = "ph-preparing";
    PhSubmitted = "ph-submitted";
    PhProvisional = "ph-provisional";
    PhSuspended = "ph-suspended";
    PhAffiliated = "ph-affiliated";
    PhAffiliatedConfirmed = "ph-affiliated-confirmed";
    PhAffiliatedReopened = "ph-affiliated-reopened";
    PhAffiliatedS1 = "ph-affiliated-s1";
    PhComplete = "ph-complete";
    PhRejected = "ph-rejected";
    PhWithdrawn = "ph-withdrawn";
    TrRegistrationWithIdentification = "tr-registration-with-identification";
    TrRegistration = "tr-registration";
    TrReactivation = "tr-reactivation";
    TrS1Registration = "tr-s1-registration";
    TrBeneficiaryWithIdentification = "tr-beneficiary-with-identification";
    TrBeneficiary = "tr-beneficiary";
    // ---- Values of the household's fields (labels for forms) ------------------------------------
    InRelPrimary = "in-rel-primary";
    InRelSpouse = "in-rel-spouse";
    InRelCivilPartner = "in-rel-civil-partner";
    InRelCohabitingPartner = "in-rel-cohabiting-partner";
    InRelChild = "in-rel-child";
    InSexFemale = "in-sex-female";
    InSexMale = "in-sex-male";
    InNirCertified = "in-nir-certified";
    InNirProvisional = "in-nir-provisional";
    InActEmployed = "in-act-employed";
    InActPosted = "in-act-posted";
    InActSelfEmployed = "in-act-self-employed";
    InActStudent = "in-act-student";
    InActJobSeeker = "in-act-job-seeker";
    InActNone = "in-act-none";
    InSectorGeneral = "in-sector-general";
    InSectorAgricultural = "in-sector-agricultural";
    InCertA1 = "in-cert-a1";
    InCertBilateral = "in-cert-bilateral";
    InCertNone = "in-cert-none";
    InPermitNotRequired = "in-permit-not-required";
    InPermitLongStayVisa = "in-permit-long-stay-visa";
    InPermitResidencePermit = "in-permit-residence-permit";
    InPermitResidentCard = "in-permit-resident-card";
    InPermitTalentPassport = "in-permit-talent-passport";
    InPermitReceipt = "in-permit-receipt";
    InPermitNone = "in-permit-none";
    // ---- Events of a case (labels for pages and reports) ----------------------------------------
    EvDocumentReceived = "ev-document-received";
    EvDocumentRejected = "ev-document-rejected";
    EvDocumentWaived = "ev-document-waived";
    EvFileSubmitted = "ev-file-submitted";
    EvDocumentsRequested = "ev-documents-requested";
    EvNiaIssued = "ev-nia-issued";
    EvCivilStatusReceived = "ev-civil-status-received";
    EvFormalNoticeReceived = "ev-formal-notice-received";
    EvRightsSuspended = "ev-rights-suspended";
    EvPhysicianDeclared = "ev-physician-declared";
    EvNirCertified = "ev-nir-certified";
    EvAffiliationConfirmed = "ev-affiliation-confirmed";
    EvRightsReopened = "ev-rights-reopened";
    EvS1Registered = "ev-s1-registered";
    EvCarteVitaleFormReceived = "ev-carte-vitale-form-received";
    EvCarteVitaleOrdered = "ev-carte-vitale-ordered";
    EvCarteVitaleReceived = "ev-carte-vitale-received";
    EvCarteVitaleStillValid = "ev-carte-vitale-still-valid";
    EvAmeliAccountOpened = "ev-ameli-account-opened";
    EvAttestationObtained = "ev-attestation-obtained";
    EvOwnCoverageOpened = "ev-own-coverage-opened";
    EvRejected = "ev-rejected";
    EvWithdrawn = "ev-withdrawn";
    EvHouseholdCorrected = "ev-household-corrected";
    EvMemberAdded = "ev-member-added";
    EvPermitRenewed = "ev-permit-renewed";
    EvCorrection = "ev-correction";

    // ---- Intake: the questions of a partial household (contract §5) -----------------------------
    QBirthDate = "q-birth-date";
    QHelpBirthDate = "q-help-birth-date";
    QSex = "q-sex";
    QHelpSexAgreement = "q-help-sex-agreement";
    QNationality = "q-nationality";
    QHelpNationality = "q-help-nationality";
    QBirthCountry = "q-birth-country";
    QHelpBirthCountry = "q-help-birth-country";
    QNir = "q-nir";
    QHelpNir = "q-help-nir";
    QNirStatus = "q-nir-status";
    QHelpNirStatus = "q-help-nir-status";
    QNiaIssuedOn = "q-nia-issued-on";
    QHelpNiaIssuedOn = "q-help-nia-issued-on";
    QPreviouslyInsured = "q-previously-insured";
    QHelpPreviouslyInsured = "q-help-previously-insured";
    QActivityKind = "q-activity-kind";
    QHelpActivityKind = "q-help-activity-kind";
    QActivityStart = "q-activity-start";
    QHelpActivityStart = "q-help-activity-start";
    QSector = "q-sector";
    QHelpSector = "q-help-sector";
    QEmployerSiren = "q-employer-siren";
    QHelpEmployerSiren = "q-help-employer-siren";
    QPayrollId = "q-payroll-id";
    QHelpPayrollId = "q-help-payroll-id";
    QPostedFrom = "q-posted-from";
    QHelpPostedFrom = "q-help-posted-from";
    QPostingCertificate = "q-posting-certificate";
    QHelpPostingCertificate = "q-help-posting-certificate";
    QPostingEnd = "q-posting-end";
    QHelpPostingEnd = "q-help-posting-end";
    QArrivalDate = "q-arrival-date";
    QHelpArrivalDate = "q-help-arrival-date";
    QPermit = "q-permit";
    QHelpPermit = "q-help-permit";
    QPermitValidFrom = "q-permit-valid-from";
    QHelpPermitValidFrom = "q-help-permit-valid-from";
    QPermitValidUntil = "q-permit-valid-until";
    QHelpPermitValidUntil = "q-help-permit-valid-until";
    QPostcode = "q-postcode";
    QHelpPostcode = "q-help-postcode";
    QInEducation = "q-in-education";
    QHelpInEducation = "q-help-in-education";
    QAutonomyRequested = "q-autonomy-requested";
    QHelpAutonomyRequested = "q-help-autonomy-requested";
    QUnionCountry = "q-union-country";
    QHelpUnionCountry = "q-help-union-country";
    QParents = "q-parents";
    QHelpParents = "q-help-parents";
    ReportProvisional = "report-provisional";
    ReportQuestions = "report-questions";
    ReportNoQuestion = "report-no-question";
    HintNullPartial = "hint-null-partial" ("fields");
    // ---- Server (secu serve): its own errors' titles and messages ------------------------
    SrvTitleInvalidQuery = "srv-title-invalid-query";
    SrvTitleMalformedJson = "srv-title-malformed-json";
    SrvTitleInvalidHousehold = "srv-title-invalid-household";
    SrvTitleInvalidRequest = "srv-title-invalid-request";
    SrvTitleMalformedRequest = "srv-title-malformed-request";
    SrvTitleUnreadableBody = "srv-title-unreadable-body";
    SrvTitleInternalError = "srv-title-internal-error";
    SrvTitleBodyTooLarge = "srv-title-body-too-large";
    SrvTitleUnavailable = "srv-title-unavailable";
    SrvTitleNotFound = "srv-title-not-found";
    SrvTitleMethodNotAllowed = "srv-title-method-not-allowed";
    SrvTitleUnauthorized = "srv-title-unauthorized";
    SrvTitleForbidden = "srv-title-forbidden";
    SrvTitleTooManyRequests = "srv-title-too-many-requests";
    SrvTitleUnprocessable = "srv-title-unprocessable";
    SrvTitleBadRequest = "srv-title-bad-request";
    SrvTitleConflict = "srv-title-conflict";
    SrvTitleInternalServerError = "srv-title-internal-server-error";
    SrvNoEndpoint = "srv-no-endpoint";
    SrvMethodNotAllowed = "srv-method-not-allowed";
    SrvUnreadableBody = "srv-unreadable-body";
    SrvInternalError = "srv-internal-error";
    SrvShuttingDown = "srv-shutting-down";
    SrvAtCapacity = "srv-at-capacity";
    SrvTimeout = "srv-timeout";
    SrvTooManyBatches = "srv-too-many-batches";
    SrvApiKeyRequired = "srv-api-key-required";
    SrvBodyTooLarge = "srv-body-too-large" ("limit");
    SrvNotJson = "srv-not-json";
    SrvNirExpectedObject = "srv-nir-expected-object";
    SrvNirUnknownField = "srv-nir-unknown-field";
    SrvNirMissingNumber = "srv-nir-missing-number";
    SrvExpectedString = "srv-expected-string";
    SrvQueryUnknown = "srv-query-unknown";
    SrvExpectedDate = "srv-expected-date";
    SrvDetailExpected = "srv-detail-expected";
    SrvPartialExpected = "srv-partial-expected";
    SrvBatchPartial = "srv-batch-partial";
    SrvLangUnknown = "srv-lang-unknown" ("tags");
    SrvSignIn = "srv-sign-in";
    SrvTokenUnknown = "srv-token-unknown";
    SrvSessionExpired = "srv-session-expired";
    SrvCsrf = "srv-csrf";
    SrvWrongPassword = "srv-wrong-password";
    SrvRateLimited = "srv-rate-limited";
    SrvNoTeam = "srv-no-team";
    SrvDbFailed = "srv-db-failed";
    SrvNoCase = "srv-no-case";
    SrvNoOrg = "srv-no-org";
    SrvAdminOnly = "srv-admin-only";
    SrvEmployeeOwnCase = "srv-employee-own-case";
    SrvEmployeeLinkOnly = "srv-employee-link-only";
    SrvFilterExpected = "srv-filter-expected";
    SrvLinkUnknown = "srv-link-unknown";
    SrvQueryRepeated = "srv-query-repeated";
    SrvFirmOnly = "srv-firm-only";
    SrvEraseAdminOnly = "srv-erase-admin-only";
    SrvEmployeeReadOnly = "srv-employee-read-only";
    SrvTitleEventRefused = "srv-title-event-refused";
    SrvUnknownMember = "srv-unknown-member";
    SrvExpectedMember = "srv-expected-member";
    SrvExpectedEventObject = "srv-expected-event-object";
    SrvNoLiveLink = "srv-no-live-link";
    SrvBadBody = "srv-bad-body" ("line", "column", "expected");
    SrvCaseNoReplay = "srv-case-no-replay";
    SrvUnknownMemberQuery = "srv-unknown-member-query";
    SrvFirmImports = "srv-firm-imports";
    SrvFirmRevokes = "srv-firm-revokes";
    SrvAdminAccessLog = "srv-admin-access-log";
    SrvFirmListsOrgs = "srv-firm-lists-orgs";
    SrvNameChars = "srv-name-chars";
    SrvOrgExists = "srv-org-exists";
    SrvAccountExists = "srv-account-exists";
    SrvNoAccount = "srv-no-account";
    SrvChars = "srv-chars";
    SrvExpectedEmail = "srv-expected-email";
    SrvExpectedPassword = "srv-expected-password";
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use strum::IntoEnumIterator;

    use super::*;

    /// Ids are unique, kebab-case, and the kebab-case of the key's name
    /// (the convention of docs/l10n.md), so an id can be found from its key.
    #[test]
    fn ids_are_the_kebab_case_of_the_keys() {
        let mut seen = HashSet::new();
        for t in T::iter() {
            let name: &'static str = t.into();
            assert_eq!(t.id(), kebab(name), "{name}");
            assert!(seen.insert(t.id()), "{} twice", t.id());
        }
    }

    /// heck's kebab-case: a boundary before an upper-case letter that follows
    /// a lower-case one, or that starts a word after an acronym; digits do not
    /// change the case.
    fn kebab(name: &str) -> String {
        let chars: Vec<char> = name.chars().collect();
        let mut out = String::new();
        let mut upper = None;
        for (i, &c) in chars.iter().enumerate() {
            let next_lower = chars.get(i + 1).is_some_and(|n| n.is_lowercase());
            if i > 0
                && c.is_uppercase()
                && (upper == Some(false) || (upper == Some(true) && next_lower))
            {
                out.push('-');
            }
            out.extend(c.to_lowercase());
            if c.is_lowercase() {
                upper = Some(false);
            } else if c.is_uppercase() {
                upper = Some(true);
            }
        }
        out
    }
}
