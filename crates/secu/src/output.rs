//! The output model: an assessment, exactly as in the contract (§2).
//!
//! The assessment borrows ids and labels from the household it was computed
//! from, and keeps every text as a [`Msg`] (a key and arguments) rendered when
//! serialised, so assessing allocates little.

use chrono::NaiveDate;
use serde::Serialize;

use crate::Lang;
use crate::msg::Msg;
use crate::source::Confidence;
use crate::text::T;

/// Output format identifier.
pub const ASSESSMENT_FORMAT: &str = "secu.assessment.v1";

/// The version of the rules (the date `domain.md` was last applied).
pub const RULES_VERSION: &str = "2026-11-27";

/// The assessment of a household at a date.
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Assessment<'a> {
    /// `secu.assessment.v1`.
    pub format: &'static str,
    /// Version of the library that produced it.
    pub secu_version: &'static str,
    /// Version of the rules applied.
    pub rules_version: &'static str,
    /// Evaluation date.
    pub as_of: NaiveDate,
    /// Language of every text.
    pub lang: Lang,
    /// The policies that differ from the defaults.
    pub policies: serde_json::Map<String, serde_json::Value>,
    /// One entry per member, in input order.
    pub members: Vec<MemberAssessment<'a>>,
    /// No question remains (contract §5): always true for a complete
    /// household; for a partial one ([`crate::intake`]), true when no unknown
    /// fact could change a result.
    pub complete: bool,
    /// The unknown facts that could change a result, most useful first
    /// (contract §5; empty for a complete household).
    pub questions: Vec<Question<'a>>,
}

/// A question of a partial assessment (contract §5, [`crate::intake`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Question<'a> {
    /// Where the answer goes, e.g. `members[1].activity.kind`.
    pub path: &'a str,
    /// The member's id.
    pub member: &'a str,
    /// The field in the member, e.g. `activity.kind`.
    pub field: &'static str,
    /// `enum`, `date`, `bool`, `country`, `postcode`, `string` or `array`
    /// (`parents`: member ids).
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// The values of an enum (absent for other types).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub choices: Option<&'static [&'static str]>,
    /// The question, in the assessment's language.
    pub text: &'static str,
    /// Help for the question, in the assessment's language.
    pub help: &'static str,
    /// The results the answer could change, e.g. `members[1].affiliation`.
    #[cfg_attr(feature = "schema", schemars(with = "Vec<String>"))]
    pub affects: Affects,
}

/// The results a question's answer could change ([`Affect`]s, member by
/// member in [`crate::intake::FIELDS`] order), kept as a bit set per member
/// and serialized as the list of `members[j].field` strings (contract §5):
/// a partial assessment lists hundreds of them, and formatting, or even
/// allocating, each question's list would cost more than the assessment
/// itself (issue 13). The questions of one assessment share one table.
#[derive(Clone)]
pub struct Affects {
    /// Per question, per member: a bit per index in [`crate::intake::FIELDS`].
    table: std::sync::Arc<[u32]>,
    /// This question's row: `table[start..start + n]`.
    start: usize,
    /// The number of members.
    n: usize,
}

impl Affects {
    /// Row `row` of a table of `n` members per row.
    pub(crate) fn new(table: std::sync::Arc<[u32]>, row: usize, n: usize) -> Self {
        Affects {
            table,
            start: row.saturating_mul(n),
            n,
        }
    }
    fn row(&self) -> &[u32] {
        self.table
            .get(self.start..self.start.saturating_add(self.n))
            .unwrap_or(&[])
    }
    /// Each result, in member then field order.
    pub fn iter(&self) -> impl Iterator<Item = Affect> + '_ {
        self.row().iter().enumerate().flat_map(|(member, &bits)| {
            crate::intake::FIELDS
                .iter()
                .enumerate()
                .filter(move |(k, _)| bits & 1 << k != 0)
                .map(move |(_, &field)| Affect { member, field })
        })
    }
    /// The number of results.
    pub fn len(&self) -> usize {
        self.row().iter().map(|b| b.count_ones() as usize).sum()
    }
    /// Whether there is none.
    pub fn is_empty(&self) -> bool {
        self.row().iter().all(|&b| b == 0)
    }
}

impl Default for Affects {
    fn default() -> Self {
        Affects::new(std::sync::Arc::from([]), 0, 0)
    }
}

impl PartialEq for Affects {
    fn eq(&self, other: &Self) -> bool {
        self.iter().eq(other.iter())
    }
}

impl Eq for Affects {}

impl std::fmt::Debug for Affects {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl Serialize for Affects {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

/// A result a question's answer could change: a member's output field,
/// written (and serialized) `members[1].affiliation`
/// ([`std::fmt::Display`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Affect {
    /// The member's index.
    pub member: usize,
    /// The output field (contract §5's names, [`crate::intake::FIELDS`]).
    pub field: &'static str,
}

impl std::fmt::Display for Affect {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "members[{}].{}", self.member, self.field)
    }
}

impl Serialize for Affect {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// The assessment of one member.
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct MemberAssessment<'a> {
    /// The member's id.
    pub id: &'a str,
    /// The member's label, echoed.
    pub label: Option<&'a str>,
    /// Age in whole years at `as_of`.
    pub age: u32,
    /// Under one year: the age in whole months at `as_of` (a newborn is not
    /// "0 years old"). Absent from 1 year on.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub age_months: Option<u32>,
    /// The NIR or NIA given, masked (never in full), with its key: given, or
    /// the one it would have when 13 characters were given (Decision 4).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nir: Option<MaskedNir>,
    /// Affiliation type.
    pub affiliation: Affiliation,
    /// Basis of the coverage.
    pub basis: Basis,
    /// First day of coverage (Decision 13), when known.
    pub covered_from: Option<NaiveDate>,
    /// SANDIA identification needed (NIA, then certified NIR).
    pub identification_required: bool,
    /// Children only: status at `as_of`.
    pub dependent_status: Option<DependentStatus>,
    /// Ids of the parents a beneficiary child is attached to.
    pub attached_to: Vec<&'a str>,
    /// The fund to send the file to, when it can be known.
    pub fund: Option<Fund>,
    /// Dated milestones on or after `as_of`, by date.
    pub milestones: Vec<Milestone>,
    /// Documents to gather.
    pub documents: Vec<Document<'a>>,
    /// The steps of the member's procedure, in order.
    pub steps: Vec<Step>,
    /// What to tell payroll (employees on a French contract only).
    pub payroll: Option<Payroll>,
    /// Points needing attention.
    pub warnings: Vec<Warning>,
    /// Every decision with its rule, conclusion and sources.
    pub explanation: Vec<Explanation>,
    /// The output fields whose value could still change when an unknown
    /// fact is answered (contract §5; empty when settled, always for a
    /// complete household).
    pub provisional: Vec<&'static str>,
    /// The member's sex as given (not in the JSON): the texts that agree with
    /// the person use it.
    #[serde(skip)]
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub sex: Option<crate::model::Sex>,
}

/// A member's NIR or NIA as the assessment shows it: masked.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct MaskedNir {
    /// The number with all but the last two digits of the order number and
    /// the key hidden (`* ** ** ** *** *11 93`).
    pub masked: String,
    /// The key: as given, or, when only 13 characters were given (as in the
    /// DSN), the key the number would have (Decision 4).
    pub key: u8,
    /// The 15 characters were given, key included.
    pub key_given: bool,
    /// A provisional number (NIA, `nir_status` `provisional`).
    pub provisional: bool,
}

macro_rules! code_enum {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident => $text:ident),* $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, serde::Deserialize)]
        #[derive(strum::EnumIter, strum::IntoStaticStr, strum::EnumString, strum::Display, strum::VariantNames, strum::VariantArray)]
        #[serde(rename_all = "snake_case")]
        #[strum(serialize_all = "snake_case")]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        #[non_exhaustive]
        pub enum $name { $($(#[$vdoc])* $variant),* }

        impl $name {
            /// The stable snake_case code.
            pub fn code(self) -> &'static str { self.into() }
            /// Its human label key (English and French).
            pub fn text(self) -> T {
                match self { $(Self::$variant => T::$text),* }
            }
        }
    };
}

code_enum! {
    /// The affiliation type.
    Affiliation {
        /// First affiliation in France.
        Registration => AffRegistration,
        /// Affiliated before: rights reopened.
        Reactivation => AffReactivation,
        /// Minor attached to a parent as ayant droit.
        Beneficiary => AffBeneficiary,
        /// Covered in France at a foreign fund's expense (S1).
        S1Registration => AffS1Registration,
        /// Stays on a foreign scheme only.
        None => AffNone,
    }
}

impl Affiliation {
    /// Covered by the French scheme in some way (own, beneficiary or S1).
    pub fn is_french(self) -> bool {
        !matches!(self, Self::None)
    }
}

code_enum! {
    /// The basis of the coverage.
    Basis {
        /// Professional activity in France (L160-1).
        Activity => BasisActivity,
        /// Stable and regular residence (L160-1, D160-2).
        Residence => BasisResidence,
        /// Family member joining or accompanying an insured person (D160-2 II 3°).
        AccompanyingFamily => BasisAccompanyingFamily,
        /// Minor child of an insured parent (L160-2).
        DependentChild => BasisDependentChild,
        /// Registration of an S1 form.
        S1 => BasisS1,
        /// Home scheme of a posted worker.
        HomeScheme => BasisHomeScheme,
    }
}

code_enum! {
    /// A child's status.
    DependentStatus {
        /// Beneficiary (ayant droit) of a parent.
        AyantDroit => StatusAyantDroit,
        /// Beneficiary with own reimbursements and own account (ayant droit autonome).
        AyantDroitAutonome => StatusAyantDroitAutonome,
        /// Covered in their own right.
        OwnCoverage => StatusOwnCoverage,
    }
}

code_enum! {
    /// Kind of fund.
    FundKind {
        /// Caisse primaire d'assurance maladie.
        Cpam => FundCpam,
        /// Caisse générale de sécurité sociale (overseas departments but Mayotte).
        Cgss => FundCgss,
        /// Caisse de sécurité sociale de Mayotte (domain.md §2.9, 2026-12).
        Cssm => FundCssm,
        /// Mutualité sociale agricole.
        Msa => FundMsa,
    }
}

/// The fund to send the file to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Fund {
    /// Kind of fund.
    pub kind: FundKind,
    /// Its name (a French proper name).
    pub name: &'static str,
    /// Department code ("75", "2A", "971"), when known.
    pub department: Option<&'static str>,
}

code_enum! {
    /// Kind of milestone.
    MilestoneKind {
        /// 12th birthday: a parent may order the child's own Carte Vitale.
        OwnCardOrderable => MsOwnCardOrderable,
        /// 16th birthday: own Carte Vitale, may become ayant droit autonome.
        OwnCarteVitale => MsOwnCarteVitale,
        /// 18th birthday: civil majority.
        Majority => MsMajority,
        /// End of beneficiary status (policy date, Decision 1).
        BeneficiaryEnd => MsBeneficiaryEnd,
        /// End of the NIA's 9-month validity.
        NiaExpiry => MsNiaExpiry,
        /// End of the posting.
        PostingEnd => MsPostingEnd,
        /// End of the 3-month NTT tolerance in payroll.
        NttLimit => MsNttLimit,
        /// Deadline to validate the VLS-TS online.
        VlsTsValidationDue => MsVlsTsValidationDue,
        /// End of the residence permit's validity.
        PermitExpiry => MsPermitExpiry,
        /// First day of coverage on the residence route (3 months after arrival).
        ResidenceConditionMet => MsResidenceConditionMet,
    }
}

/// A dated milestone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Milestone {
    /// Kind of milestone.
    pub kind: MilestoneKind,
    /// Its date.
    pub date: NaiveDate,
}

code_enum! {
    /// Kind of document.
    DocKind {
        /// Request to open rights (S1106).
        FormS1106 => DocFormS1106,
        /// Attachment of minor children (S3705).
        FormS3705 => DocFormS3705,
        /// Own coverage of a young person (S1110).
        FormS1110 => DocFormS1110,
        /// Choice of médecin traitant (S3704).
        FormS3704 => DocFormS3704,
        /// Passport or national identity card.
        IdentityDocument => DocIdentityDocument,
        /// Residence permit (titre de séjour).
        ResidencePermit => DocResidencePermit,
        /// Full birth certificate with filiation.
        BirthCertificate => DocBirthCertificate,
        /// Sworn translations of civil-status documents.
        SwornTranslation => DocSwornTranslation,
        /// Marriage, PACS or cohabitation certificate.
        MarriageOrPartnershipCertificate => DocMarriageOrPartnershipCertificate,
        /// Proof of address.
        ProofOfAddress => DocProofOfAddress,
        /// Bank details (RIB) in the person's name.
        BankDetails => DocBankDetails,
        /// Proof of professional activity.
        ProofOfActivity => DocProofOfActivity,
        /// Proof of more than 3 months of stable residence.
        ProofOfResidence => DocProofOfResidence,
        /// S1 form from the home fund.
        S1Form => DocS1Form,
        /// A1 portable document.
        A1Certificate => DocA1Certificate,
        /// Certificate of coverage under a bilateral agreement.
        CoverageCertificate => DocCoverageCertificate,
        /// School or university enrolment certificate.
        EnrolmentCertificate => DocEnrolmentCertificate,
        /// Identity photo for the Carte Vitale.
        IdPhoto => DocIdPhoto,
        /// Letter asking to become ayant droit autonome.
        AutonomyRequestLetter => DocAutonomyRequestLetter,
        /// Legalisation or apostille of foreign civil-status documents (policy).
        Legalisation => DocLegalisation,
        /// Statement of private health insurance (postings that require it).
        PrivateInsuranceStatement => DocPrivateInsuranceStatement,
        /// Guardianship document of a minor with no parent in the household (Decision 18).
        GuardianshipDocument => DocGuardianshipDocument,
    }
}

code_enum! {
    /// One acceptable form of a document.
    Alt {
        /// Passport.
        Passport => AltPassport,
        /// National identity card.
        NationalIdCard => AltNationalIdCard,
        /// Full copy of the birth certificate (copie intégrale).
        FullCopy => AltFullCopy,
        /// Extract with filiation.
        ExtractWithFiliation => AltExtractWithFiliation,
        /// Multilingual extract (international format).
        MultilingualExtract => AltMultilingualExtract,
        /// Document issued by a consulate.
        ConsularDocument => AltConsularDocument,
        /// Family record book (livret de famille).
        LivretDeFamille => AltLivretDeFamille,
        /// Employment contract.
        EmploymentContract => AltEmploymentContract,
        /// Employer certificate.
        EmployerCertificate => AltEmployerCertificate,
        /// Payslip.
        Payslip => AltPayslip,
        /// Registration as self-employed.
        BusinessRegistration => AltBusinessRegistration,
        /// Marriage certificate.
        MarriageCertificate => AltMarriageCertificate,
        /// PACS certificate.
        PacsCertificate => AltPacsCertificate,
        /// Certificate of cohabitation (certificat de concubinage).
        CohabitationCertificate => AltCohabitationCertificate,
        /// Sworn statement of cohabitation (déclaration sur l'honneur).
        SwornStatement => AltSwornStatement,
        /// Recent utility bill.
        UtilityBill => AltUtilityBill,
        /// Rent receipt or lease.
        RentReceipt => AltRentReceipt,
        /// Certificate of accommodation with the host's ID.
        AccommodationCertificate => AltAccommodationCertificate,
        /// Lease or rent receipts going back more than 3 months (proof of residence).
        RentHistory => AltRentHistory,
        /// Utility bill at a French address issued more than 3 months ago.
        OldUtilityBill => AltOldUtilityBill,
        /// Passport entry stamp or visa dated more than 3 months ago.
        EntryStamp => AltEntryStamp,
        /// Certificate of accommodation stating since when, with the host's ID.
        AccommodationSince => AltAccommodationSince,
        /// Validated long-stay visa (VLS-TS).
        LongStayVisa => AltLongStayVisa,
        /// Residence permit (carte de séjour, passeport talent…).
        ResidenceCard => AltResidenceCard,
        /// Resident card (carte de résident).
        ResidentCard => AltResidentCard,
        /// Algerian residence certificate.
        AlgerianCertificate => AltAlgerianCertificate,
        /// Declaration online by the doctor.
        OnlineByDoctor => AltOnlineByDoctor,
        /// Paper form S3704.
        PaperS3704 => AltPaperS3704,
    }
}

/// Acceptable forms of a document, serialised as `[{code, label}]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Alternatives {
    /// The forms.
    pub items: &'static [Alt],
    /// Language of the labels.
    pub lang: Lang,
}

impl Serialize for Alternatives {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeSeq, SerializeStruct};
        struct Item(Alt, Lang);
        impl Serialize for Item {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let mut st = s.serialize_struct("Alternative", 2)?;
                st.serialize_field("code", self.0.code())?;
                st.serialize_field("label", self.0.text().get(self.1))?;
                st.end()
            }
        }
        let mut seq = serializer.serialize_seq(Some(self.items.len()))?;
        for &a in self.items {
            seq.serialize_element(&Item(a, self.lang))?;
        }
        seq.end()
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Alternatives {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Alternatives".into()
    }
    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let code = g.subschema_for::<Alt>();
        schemars::json_schema!({
            "type": "array",
            "description": "Acceptable forms of the document: any one of them will do.",
            "items": {
                "type": "object",
                "properties": { "code": code, "label": { "type": "string" } },
                "required": ["code", "label"]
            }
        })
    }
}

/// A document to gather.
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Document<'a> {
    /// Kind of document.
    pub kind: DocKind,
    /// Its name.
    pub label: Msg,
    /// Why it is needed.
    pub reason: Msg,
    /// Where the requirement comes from.
    pub sources: &'static [&'static str],
    /// Acceptable forms (any one will do).
    pub alternatives: Alternatives,
    /// Needs a sworn translation into French (Decision 6).
    pub translation_required: bool,
    /// For `sworn_translation`: the documents it covers.
    #[serde(skip_serializing_if = "<[DocKind]>::is_empty")]
    pub covers: &'static [DocKind],
    /// For `form_s3705`: the children it attaches.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub for_members: Vec<&'a str>,
}

code_enum! {
    /// A step of the procedure (domain §8).
    StepId {
        /// Collect documents, fill the forms.
        PrepareFile => StepPrepareFile,
        /// Send the file to the fund.
        SubmitFile => StepSubmitFile,
        /// Provisional number (NIA).
        ProvisionalNumber => StepProvisionalNumber,
        /// Declare the médecin traitant.
        PhysicianDeclaration => StepPhysicianDeclaration,
        /// Certification of the NIR (SANDIA).
        NumberCertification => StepNumberCertification,
        /// Carte Vitale.
        CarteVitale => StepCarteVitale,
        /// ameli account and attestation de droits.
        AmeliAccount => StepAmeliAccount,
        /// Rights reopened (reactivation).
        RightsReopened => StepRightsReopened,
        /// S1 registered.
        S1Registered => StepS1Registered,
    }
}

code_enum! {
    /// Who acts at a step.
    Actor {
        /// The member.
        Member => ActorMember,
        /// A parent, for a child.
        Parent => ActorParent,
        /// The employer.
        Employer => ActorEmployer,
        /// The CPAM (or any fund, where the fund is not known).
        Cpam => ActorCpam,
        /// The CGSS, the fund of the overseas departments (domain.md §2.9).
        Cgss => ActorCgss,
        /// The CSSM, the fund of Mayotte (domain.md §2.9).
        Cssm => ActorCssm,
        /// The MSA, the fund of agricultural employees (domain.md §2.9).
        Msa => ActorMsa,
        /// SANDIA (CNAV).
        Sandia => ActorSandia,
        /// The doctor.
        Doctor => ActorDoctor,
        /// The home country's institution.
        HomeInstitution => ActorHomeInstitution,
    }
}

impl Actor {
    /// The fund acting for a member whose fund is `kind`: the CGSS, CSSM or
    /// MSA where it is one of them (domain.md §2.9), else the CPAM (also when
    /// the fund is not known). One rule for the assessment's steps and the
    /// case status's next actions (issue 10, item 19).
    #[must_use]
    pub fn fund(kind: Option<FundKind>) -> Self {
        match kind {
            Some(FundKind::Cgss) => Self::Cgss,
            Some(FundKind::Cssm) => Self::Cssm,
            Some(FundKind::Msa) => Self::Msa,
            Some(FundKind::Cpam) | None => Self::Cpam,
        }
    }
}

code_enum! {
    /// Status of a step.
    StepStatus {
        /// To do.
        Pending => StatusPending,
        /// Under way.
        InProgress => StatusInProgress,
        /// Done.
        Done => StatusDone,
        /// Blocked.
        Blocked => StatusBlocked,
        /// Does not apply to this member.
        NotApplicable => StatusNotApplicable,
    }
}

/// A step of the member's procedure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Step {
    /// Which step.
    pub step: StepId,
    /// Who acts.
    pub actor: Actor,
    /// Its status.
    pub status: StepStatus,
    /// Expected date, when its anchor date is known.
    pub expected_by: Option<NaiveDate>,
    /// `expected_by` is an estimate (upper bound of the typical delay).
    pub estimated: bool,
}

code_enum! {
    /// The identifier the employer declares in the DSN.
    DsnIdentifier {
        /// Certified NIR (S21.G00.30.001).
        Nir => DsnNir,
        /// NIA (in the NIR field, no time limit).
        Nia => DsnNia,
        /// Technical temporary number (S21.G00.30.020).
        Ntt => DsnNtt,
    }
}

/// What to tell payroll.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Payroll {
    /// Identifier to declare now.
    pub dsn_identifier: DsnIdentifier,
    /// Proposed NTT (sex digit + SIREN + payroll number), when computable.
    pub ntt_suggestion: Option<String>,
    /// What to do next.
    pub note: Msg,
}

/// A point needing attention.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Warning {
    /// Stable code.
    pub code: WarningCode,
    /// Explanation.
    pub message: Msg,
}

code_enum! {
    /// Stable warning codes.
    WarningCode {
        /// Residence route: more than 3 months of residence needed.
        ResidenceThreeMonths => WResidenceThreeMonths,
        /// Posting longer than the agreement allows.
        PostingOverLimit => WPostingOverLimit,
        /// The agreement's health scope is not verified.
        AgreementScopeUnverified => WAgreementScopeUnverified,
        /// The agreement leaves health to France: French affiliation, other branches at home.
        AgreementExcludesHealth => WAgreementExcludesHealth,
        /// Posted without a certificate: French affiliation applies.
        PostingWithoutCertificate => WPostingWithoutCertificate,
        /// Talent Passport files go to the CPAM de Paris.
        ParisCpamForTalentPassport => WParisCpamForTalentPassport,
        /// No residence permit given for a non-EEA adult.
        PermitMissing => WPermitMissing,
        /// Parents not given: assumed.
        ParentsAssumed => WParentsAssumed,
        /// Previous French insurance unknown: assumed never insured.
        AssumedNeverInsured => WAssumedNeverInsured,
        /// Previous French insurance unknown: assumed insured (policy).
        AssumedPreviouslyInsured => WAssumedPreviouslyInsured,
        /// Inactive EEA national: resources and health cover to show.
        InactiveEeaResources => WInactiveEeaResources,
        /// The NIR does not match the member's birth data.
        NirMismatch => WNirMismatch,
        /// Some CPAMs apply 3 months to accompanying family.
        AccompanyingFamilyThreeMonthsPractice => WAccompanyingFamilyThreeMonthsPractice,
        /// Care is paid by the home scheme.
        CarePaidByHomeScheme => WCarePaidByHomeScheme,
        /// The posting requires private health insurance.
        PrivateHealthInsuranceRequired => WPrivateHealthInsuranceRequired,
        /// No social-security agreement with the sending country.
        NoSocialSecurityAgreement => WNoSocialSecurityAgreement,
        /// The CPAM may ask an S1 worker's spouse to register in their own right.
        S1SpouseMayNeedOwnRegistration => WS1SpouseMayNeedOwnRegistration,
        /// The residence permit has expired.
        PermitExpired => WPermitExpired,
        /// A receipt (récépissé): whether it qualifies is not verified.
        ReceiptPermit => WReceiptPermit,
        /// VLS-TS to validate online within 3 months of entry.
        VlsTsValidation => WVlsTsValidation,
        /// The NTT tolerance of 3 months is over.
        NttToleranceExceeded => WNttToleranceExceeded,
        /// The NIA's 9-month validity is over.
        NiaExpired => WNiaExpired,
        /// A certified NIR for someone born abroad implies earlier insurance.
        NirImpliesPreviousInsurance => WNirImpliesPreviousInsurance,
        /// The union's country is unknown: translation assumed.
        TranslationAssumed => WTranslationAssumed,
        /// The department has several funds chosen by commune.
        FundDependsOnCommune => WFundDependsOnCommune,
        /// The overseas collectivity has its own scheme.
        TerritoryOwnScheme => WTerritoryOwnScheme,
        /// First day of work unknown: coverage start unknown.
        StartDateUnknown => WStartDateUnknown,
        /// Arrival date unknown.
        ArrivalUnknown => WArrivalUnknown,
        /// Posting end date unknown.
        PostingEndUnknown => WPostingEndUnknown,
        /// No parent insured in France: the child cannot be a beneficiary.
        NoInsuredParent => WNoInsuredParent,
        /// A minor with no parent in the household (Decision 18).
        MinorWithoutParent => WMinorWithoutParent,
        /// An autonomy request before 16 is ignored (Decision 20).
        #[serde(rename = "autonomy_before_16")]
        #[strum(serialize = "autonomy_before_16")]
        AutonomyBefore16 => WAutonomyBefore16,
        /// Postcode not given: fund unknown.
        PostcodeMissing => WPostcodeMissing,
        /// An A1 for a non-EEA country, or a bilateral certificate for an EEA one.
        CertificateMismatch => WCertificateMismatch,
    }
}

/// One decision: rule, conclusion, sources.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Explanation {
    /// Rule id (see `docs/rules.md`).
    pub rule: &'static str,
    /// What it concluded for this member.
    pub conclusion: Msg,
    /// Where the rule comes from.
    pub sources: &'static [&'static str],
    /// How firm those sources are.
    pub confidence: Confidence,
}
