//! The input model: a household, exactly as in the contract (§1).
//!
//! These types derive `Deserialize` for the fast path (a valid household
//! decodes in one pass); [`crate::decode`] walks a `serde_json::Value` when
//! that fails, to report every problem at once with its JSON path, and
//! builds them from a tree (the WebAssembly binding, the case-file reader).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::Country;
use crate::text::T;

/// An enumeration of the input: a closed set of snake_case codes (contract
/// §1). One declaration of what every such enum derives — copy, compare,
/// hash, serde and strum under the same snake_case codes, the JSON Schema
/// with the feature `schema` — so that the codes of the JSON, of the CLI
/// (`EnumString`, `Display`) and of the schema cannot differ from one enum to
/// the next. Extra derives (`Default`) are given as
/// attributes inside the invocation.
macro_rules! input_enum {
    ($(#[$meta:meta])* $vis:vis enum $name:ident { $($body:tt)* }) => {
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
            strum::VariantArray,
        )]
        #[serde(rename_all = "snake_case")]
        #[strum(serialize_all = "snake_case")]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        $(#[$meta])*
        $vis enum $name { $($body)* }
    };
}

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
    #[serde(
        default,
        deserialize_with = "civil_date::optional",
        skip_serializing_if = "Option::is_none"
    )]
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
    #[serde(deserialize_with = "civil_date::required")]
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
    #[serde(
        default,
        deserialize_with = "civil_date::optional",
        skip_serializing_if = "Option::is_none"
    )]
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

input_enum! {
    /// Relation to the primary member.
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

input_enum! {
    /// Sex, as recorded in civil status and in the NIR's first digit.
    pub enum Sex {
        /// Female (NIR digit 2).
        Female,
        /// Male (NIR digit 1).
        Male,
    }
}

input_enum! {
    /// Whether a given number is a certified NIR or a provisional NIA.
    #[derive(Default)]
    pub enum NirStatus {
        /// A definitive, certified NIR.
        #[default]
        Certified,
        /// A NIA (numéro d'identification d'attente).
        Provisional,
    }
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
    #[serde(
        default,
        deserialize_with = "civil_date::optional",
        skip_serializing_if = "Option::is_none"
    )]
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

input_enum! {
    /// Kind of activity.
    #[derive(Default)]
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
}

impl ActivityKind {
    /// Work in France giving French coverage through activity (L160-1).
    pub fn is_work_in_france(self) -> bool {
        matches!(self, Self::Employed | Self::SelfEmployed)
    }
}

input_enum! {
    /// Sector of the activity: picks the fund (CPAM or MSA).
    #[derive(Default)]
    pub enum Sector {
        /// General scheme (CPAM).
        #[default]
        General,
        /// Agricultural employees (MSA).
        Agricultural,
    }
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
    #[serde(
        default,
        deserialize_with = "civil_date::optional",
        skip_serializing_if = "Option::is_none"
    )]
    pub end_date: Option<NaiveDate>,
}

input_enum! {
    /// Certificate of applicable legislation of a posted worker.
    pub enum Certificate {
        /// EU/EEA/Swiss (or UK) portable document A1.
        A1,
        /// Certificate of coverage under a bilateral agreement.
        Bilateral,
        /// No certificate.
        None,
    }
}

/// Residence in France.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Residence {
    /// Date the member settled (or will settle) in France.
    #[serde(
        default,
        deserialize_with = "civil_date::optional",
        skip_serializing_if = "Option::is_none"
    )]
    pub arrival_date: Option<NaiveDate>,
    /// Residence permit held (non-EEA/Swiss adults).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permit: Option<Permit>,
    /// First day of the permit's validity.
    #[serde(
        default,
        deserialize_with = "civil_date::optional",
        skip_serializing_if = "Option::is_none"
    )]
    pub permit_valid_from: Option<NaiveDate>,
    /// Last day of the permit's validity.
    #[serde(
        default,
        deserialize_with = "civil_date::optional",
        skip_serializing_if = "Option::is_none"
    )]
    pub permit_valid_until: Option<NaiveDate>,
    /// French postcode of the home: picks the fund.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postcode: Option<String>,
}

input_enum! {
    /// Residence permit (titre de séjour) held.
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
}

impl Permit {
    /// A permit is held: neither "not required" nor "none".
    pub fn is_held(self) -> bool {
        !matches!(self, Self::NotRequired | Self::None)
    }
}

// Labels of the input values, for forms (web page, embedders).

impl Relationship {
    /// Its label, for a form (a text of [`crate::text`], in English and French).
    pub fn text(self) -> T {
        match self {
            Self::Primary => T::InRelPrimary,
            Self::Spouse => T::InRelSpouse,
            Self::CivilPartner => T::InRelCivilPartner,
            Self::CohabitingPartner => T::InRelCohabitingPartner,
            Self::Child => T::InRelChild,
        }
    }
}

impl Sex {
    /// Its label, for a form (a text of [`crate::text`], in English and French).
    pub fn text(self) -> T {
        match self {
            Self::Female => T::InSexFemale,
            Self::Male => T::InSexMale,
        }
    }
}

impl NirStatus {
    /// Its label, for a form (a text of [`crate::text`], in English and French).
    pub fn text(self) -> T {
        match self {
            Self::Certified => T::InNirCertified,
            Self::Provisional => T::InNirProvisional,
        }
    }
}

impl ActivityKind {
    /// Its label, for a form (a text of [`crate::text`], in English and French).
    pub fn text(self) -> T {
        match self {
            Self::Employed => T::InActEmployed,
            Self::Posted => T::InActPosted,
            Self::SelfEmployed => T::InActSelfEmployed,
            Self::Student => T::InActStudent,
            Self::JobSeeker => T::InActJobSeeker,
            Self::None => T::InActNone,
        }
    }
}

impl Sector {
    /// Its label, for a form (a text of [`crate::text`], in English and French).
    pub fn text(self) -> T {
        match self {
            Self::General => T::InSectorGeneral,
            Self::Agricultural => T::InSectorAgricultural,
        }
    }
}

impl Certificate {
    /// Its label, for a form (a text of [`crate::text`], in English and French).
    pub fn text(self) -> T {
        match self {
            Self::A1 => T::InCertA1,
            Self::Bilateral => T::InCertBilateral,
            Self::None => T::InCertNone,
        }
    }
}

impl Permit {
    /// Its label, for a form (a text of [`crate::text`], in English and French).
    pub fn text(self) -> T {
        match self {
            Self::NotRequired => T::InPermitNotRequired,
            Self::LongStayVisa => T::InPermitLongStayVisa,
            Self::ResidencePermit => T::InPermitResidencePermit,
            Self::ResidentCard => T::InPermitResidentCard,
            Self::TalentPassport => T::InPermitTalentPassport,
            Self::Receipt => T::InPermitReceipt,
            Self::None => T::InPermitNone,
        }
    }
}

/// Fast decoding of `YYYY-MM-DD` civil dates.
///
/// chrono's generic parser accepts more forms and costs ~10× more; households
/// carry a dozen dates each and `secu batch` decodes millions of them. The
/// decoder in [`crate::decode`] uses the same [`parse`](civil_date::parse), so
/// both paths accept exactly the same strings.
pub mod civil_date {
    use chrono::NaiveDate;
    use serde::Deserializer;

    /// Why a string is not a civil date.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum DateError {
        /// Not of the form `YYYY-MM-DD`.
        Shape,
        /// The form is right but no such day exists (`2026-02-30`).
        NoSuchDay,
        /// A real day outside the years every date must fall in
        /// ([`crate::date::YEARS`]: `0000-01-01`, `9999-12-31`).
        Years,
    }

    /// Parses exactly `YYYY-MM-DD` (four-digit year, two-digit month and
    /// day) in the years [`crate::date::YEARS`]: the one date syntax of the
    /// JSON input and of every CLI date flag (issue 10, item 12).
    pub fn parse(s: &str) -> Result<NaiveDate, DateError> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(DateError::Shape);
        }
        let digit = |i: usize| -> Result<u32, DateError> {
            let c = b[i];
            if c.is_ascii_digit() {
                Ok(u32::from(c - b'0'))
            } else {
                Err(DateError::Shape)
            }
        };
        let year = digit(0)? * 1000 + digit(1)? * 100 + digit(2)? * 10 + digit(3)?;
        let month = digit(5)? * 10 + digit(6)?;
        let day = digit(8)? * 10 + digit(9)?;
        let year = i32::try_from(year).map_err(|_| DateError::Shape)?;
        let date = NaiveDate::from_ymd_opt(year, month, day).ok_or(DateError::NoSuchDay)?;
        if crate::date::YEARS.contains(&year) {
            Ok(date)
        } else {
            Err(DateError::Years)
        }
    }

    /// Why `s` is refused, as a localisable message.
    pub fn error_text(s: &str, e: DateError) -> crate::error::ErrText {
        use crate::error::ErrText;
        use crate::text::T;
        match e {
            DateError::Shape => ErrText::new(T::ErrDateShape).arg(s),
            DateError::NoSuchDay => ErrText::new(T::ErrNoSuchDate).arg(s),
            DateError::Years => ErrText::new(T::ErrDateYears)
                .arg(s)
                .arg(crate::date::years_text()),
        }
    }

    fn message(s: &str, e: DateError) -> String {
        error_text(s, e).render(crate::Lang::En)
    }

    /// A date in a JSON tree, as [`required`] reads it from a
    /// the reference tree deserializer of `crate::tree` (the same messages), without a serde visitor.
    #[doc(hidden)] // Internal decoder, public for the case crate's events (ARCHITECTURE.md).
    ///
    /// # Errors
    /// `invalid_date` for a string that is not a valid date in the supported
    /// years, `invalid_type` for any other value; without a path (the caller
    /// places it with [`crate::Error::within`]).
    pub fn from_tree(value: &serde_json::Value) -> Result<NaiveDate, crate::InputError> {
        use crate::error::{ErrText, ErrorCode, InputError};
        match value {
            serde_json::Value::String(s) => {
                parse(s).map_err(|e| InputError::new("", ErrorCode::InvalidDate, error_text(s, e)))
            }
            other => Err(InputError::new(
                "",
                ErrorCode::InvalidType,
                ErrText::from(format!(
                    "invalid type: {}, expected a date \"YYYY-MM-DD\"",
                    crate::tree::visited(other)
                )),
            )),
        }
    }

    /// Visits a JSON string without allocating (borrowed or transient).
    struct DateVisitor;

    impl serde::de::Visitor<'_> for DateVisitor {
        type Value = NaiveDate;

        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a date \"YYYY-MM-DD\"")
        }

        fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<NaiveDate, E> {
            parse(s).map_err(|e| E::custom(message(s, e)))
        }
    }

    /// serde `deserialize_with` for a required date.
    pub fn required<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        d.deserialize_str(DateVisitor)
    }

    /// serde `deserialize_with` for an optional date (`null` = absent).
    pub fn optional<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        struct Opt;
        impl<'de> serde::de::Visitor<'de> for Opt {
            type Value = Option<NaiveDate>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a date \"YYYY-MM-DD\" or null")
            }
            fn visit_none<E: serde::de::Error>(self) -> Result<Self::Value, E> {
                Ok(None)
            }
            fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
                Ok(None)
            }
            fn visit_some<D2: Deserializer<'de>>(self, d: D2) -> Result<Self::Value, D2::Error> {
                d.deserialize_str(DateVisitor).map(Some)
            }
        }
        d.deserialize_option(Opt)
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn strict_and_equal_to_chrono_on_valid_dates() {
            assert_eq!(
                parse("2026-11-27"),
                NaiveDate::from_ymd_opt(2026, 11, 27).ok_or(DateError::NoSuchDay)
            );
            assert_eq!(
                parse("2024-02-29").map(|d| d.to_string()).as_deref(),
                Ok("2024-02-29")
            );
            assert_eq!(parse("2026-02-29"), Err(DateError::NoSuchDay));
            assert_eq!(parse("2026-13-01"), Err(DateError::NoSuchDay));
            assert_eq!(parse("2026-1-01"), Err(DateError::Shape));
            assert_eq!(parse("+2026-01-01"), Err(DateError::Shape));
            assert_eq!(parse("2026-01-01 "), Err(DateError::Shape));
            assert_eq!(parse("２０２６-01-01"), Err(DateError::Shape));
            assert_eq!(parse("0000-01-01"), Err(DateError::Years));
            assert_eq!(parse("1899-12-31"), Err(DateError::Years));
            assert_eq!(parse("9999-12-31"), Err(DateError::Years));
            assert_eq!(parse("2200-01-01"), Err(DateError::Years));
            assert!(parse("1900-01-01").is_ok() && parse("2199-12-31").is_ok());
            // Escaped JSON strings decode like plain ones.
            let m: crate::model::Residence =
                serde_json::from_str(r#"{"arrival_date": "2026\u002d01\u002d02"}"#)
                    .expect("escaped");
            assert_eq!(
                m.arrival_date.map(|d| d.to_string()).as_deref(),
                Some("2026-01-02")
            );
        }

        proptest::proptest! {
            #[test]
            fn agrees_with_chrono(days in 0i64..200_000) {
                let d = NaiveDate::from_ymd_opt(1900, 1, 1).and_then(|d| d.checked_add_signed(chrono::Duration::days(days)));
                if let Some(d) = d {
                    let s = d.format("%Y-%m-%d").to_string();
                    // Every day in the documented years; none after them.
                    let expected = if crate::date::YEARS.contains(&chrono::Datelike::year(&d)) {
                        Ok(d)
                    } else {
                        Err(DateError::Years)
                    };
                    proptest::prop_assert_eq!(parse(&s), expected);
                }
            }
        }
    }
}
