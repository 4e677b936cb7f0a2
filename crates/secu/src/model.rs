//! The input model: a household, exactly as in the contract (§1).
//!
//! These types derive `Deserialize` for the fast path (a valid household
//! decodes in one pass); [`crate::decode`] walks a `serde_json::Value` when
//! that fails, to report every problem at once with its JSON path.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::Country;

/// Input format identifier accepted by this version.
pub const HOUSEHOLD_FORMAT: &str = "secu.household.v1";

/// A household: the people moving to France together.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Household {
    /// `secu.household.v1`; a newer version is refused.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    /// Evaluation date. The library never reads a clock: callers give it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<NaiveDate>,
    /// The members, in the order the output keeps.
    pub members: Vec<Member>,
}

/// One person of the household.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Member {
    /// Stable identifier, unique in the household, 1–64 characters.
    pub id: String,
    /// Display name or employee reference (personal data: never in error messages).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Relation to the primary member.
    pub relationship: Relationship,
    /// Date of birth (not after `as_of`).
    pub birth_date: NaiveDate,
    /// Sex, used to cross-check a NIR.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sex: Option<Sex>,
    /// Nationality (ISO 3166-1 alpha-2).
    pub nationality: Country,
    /// Country of birth; France or a French overseas territory means a NIR exists from birth.
    pub birth_country: Country,
    /// A known French social security number (13 or 15 characters, spaces allowed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nir: Option<String>,
    /// Whether `nir` is certified (default) or a provisional NIA.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nir_status: Option<NirStatus>,
    /// When the NIA was issued (anchors its 9-month validity).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nia_issued_on: Option<NaiveDate>,
    /// Had French rights before. Absent = unknown (assumed false, with a warning).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previously_insured_in_france: Option<bool>,
    /// Professional activity in France.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activity: Option<Activity>,
    /// Residence in France.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub residence: Option<Residence>,
    /// A pupil enrolled at school (higher-education students use `activity.kind = student`).
    #[serde(default)]
    pub in_education: bool,
    /// A 16–17-year-old who asked to become ayant droit autonome.
    #[serde(default)]
    pub autonomy_requested: bool,
    /// Spouse/partner only: where the marriage/PACS/cohabitation certificate was issued.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub union_country: Option<Country>,
    /// Children only: ids of the parents (default: the primary and their spouse/partner).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parents: Option<Vec<String>>,
}

/// Relation to the primary member.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    strum::EnumString,
    strum::Display,
    strum::EnumIter,
    strum::IntoStaticStr,
    strum::VariantNames,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Relationship {
    /// The person taking up work in France, or the main applicant.
    Primary,
    /// Married spouse.
    Spouse,
    /// PACS partner.
    CivilPartner,
    /// Cohabiting partner (concubin).
    CohabitingPartner,
    /// Child (of any age).
    Child,
}

impl Relationship {
    /// Spouse, civil partner or cohabiting partner.
    pub fn is_partner(self) -> bool {
        matches!(
            self,
            Self::Spouse | Self::CivilPartner | Self::CohabitingPartner
        )
    }
}

/// Sex, as recorded in civil status and in the NIR's first digit.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    strum::EnumString,
    strum::Display,
    strum::EnumIter,
    strum::IntoStaticStr,
    strum::VariantNames,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Sex {
    /// Female (NIR digit 2).
    Female,
    /// Male (NIR digit 1).
    Male,
}

/// Whether a given number is a certified NIR or a provisional NIA.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    strum::EnumString,
    strum::Display,
    strum::EnumIter,
    strum::IntoStaticStr,
    strum::VariantNames,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum NirStatus {
    /// A definitive, certified NIR.
    #[default]
    Certified,
    /// A NIA (numéro d'identification d'attente).
    Provisional,
}

/// Professional activity in France.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Activity {
    /// Kind of activity (default `none`).
    #[serde(default)]
    pub kind: ActivityKind,
    /// First day of work (or of studies) in France.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<NaiveDate>,
    /// `general` (default) or `agricultural` (MSA).
    #[serde(default)]
    pub sector: Sector,
    /// Employer identifiers, used to propose the payroll NTT.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employer: Option<Employer>,
    /// Posting details, required for `posted`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub posting: Option<Posting>,
}

/// Kind of activity.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    strum::EnumString,
    strum::Display,
    strum::EnumIter,
    strum::IntoStaticStr,
    strum::VariantNames,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum ActivityKind {
    /// French employment contract (apprenticeship included).
    Employed,
    /// Seconded to France by a foreign employer.
    Posted,
    /// Self-employed in France.
    SelfEmployed,
    /// Higher-education student.
    Student,
    /// Looking for work.
    JobSeeker,
    /// No professional activity.
    #[default]
    None,
}

impl ActivityKind {
    /// Work in France giving French coverage through activity (L160-1).
    pub fn is_work_in_france(self) -> bool {
        matches!(self, Self::Employed | Self::SelfEmployed)
    }
}

/// Sector of the activity: picks the fund (CPAM or MSA).
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    strum::EnumString,
    strum::Display,
    strum::EnumIter,
    strum::IntoStaticStr,
    strum::VariantNames,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Sector {
    /// General scheme (CPAM).
    #[default]
    General,
    /// Agricultural employees (MSA).
    Agricultural,
}

/// Employer identifiers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Employer {
    /// 9-digit SIREN (Luhn key checked).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub siren: Option<String>,
    /// The employee's payroll number at that employer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payroll_id: Option<String>,
}

/// Posting (détachement) details.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Posting {
    /// Country of the sending employer (ISO; `CA-QC` for Québec).
    pub from_country: Country,
    /// Certificate of applicable legislation held.
    pub certificate: Certificate,
    /// Planned end of the posting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_date: Option<NaiveDate>,
}

/// Certificate of applicable legislation of a posted worker.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    strum::EnumString,
    strum::Display,
    strum::EnumIter,
    strum::IntoStaticStr,
    strum::VariantNames,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Certificate {
    /// EU/EEA/Swiss (or UK) portable document A1.
    A1,
    /// Certificate of coverage under a bilateral agreement.
    Bilateral,
    /// No certificate.
    None,
}

/// Residence in France.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Residence {
    /// Date the member settled (or will settle) in France.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arrival_date: Option<NaiveDate>,
    /// Residence permit held (non-EEA/Swiss adults).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permit: Option<Permit>,
    /// First day of the permit's validity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permit_valid_from: Option<NaiveDate>,
    /// Last day of the permit's validity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permit_valid_until: Option<NaiveDate>,
    /// French postcode of the home: picks the fund.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postcode: Option<String>,
}

/// Residence permit (titre de séjour) held.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    strum::EnumString,
    strum::Display,
    strum::EnumIter,
    strum::IntoStaticStr,
    strum::VariantNames,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Permit {
    /// EEA/Swiss national: no permit needed.
    NotRequired,
    /// Long-stay visa equivalent to a residence permit (VLS-TS), to validate online within 3 months.
    LongStayVisa,
    /// Temporary or multi-year residence permit (carte de séjour).
    ResidencePermit,
    /// Resident card (carte de résident).
    ResidentCard,
    /// Talent passport (passeport talent).
    TalentPassport,
    /// Receipt (récépissé) of a permit application.
    Receipt,
    /// No permit.
    None,
}
