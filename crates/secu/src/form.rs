//! The shape of a household form: which fields of a member apply when, and
//! the date rules a form needs, so that a form (the web page, an embedder)
//! takes them from the core instead of re-encoding them (issue 12, item 6).
//!
//! [`FIELDS`] is the one declaration of "does this field apply to this
//! member": the input's validation refuses a value given where a field
//! marked `refused` does not apply (`not_applicable`, with the text of the
//! first condition not met), and [`shape`] exports the whole table as data
//! (through the WebAssembly binding's `formShape`) for a form to show a field
//! only where it applies. A condition is a predicate on one of the member's
//! codes ([`When`]); the exported data lists the codes for which it holds, so
//! the form compares codes with a list and never restates a rule.
//!
//! A table rather than the JSON Schema's `if`/`then`: the schema describes
//! what is *valid*, and most of these fields are not invalid where they do
//! not apply (an employer given for a job seeker is ignored, not refused);
//! conditionals would also change the published schema and every generated
//! type for a question only forms ask.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use strum::VariantArray;

use crate::error::ErrText;
use crate::model::{ActivityKind, Member, NirStatus, Permit, Relationship};
use crate::text::T;

/// A fact of the member that decides whether a field applies.
#[derive(Clone, Copy)]
pub enum When {
    /// `nir` is given.
    NirGiven,
    /// `relationship` satisfies the predicate.
    Relationship(fn(Relationship) -> bool),
    /// `nir_status` is given and satisfies the predicate.
    NirStatus(fn(NirStatus) -> bool),
    /// `activity.kind` (default `none`) satisfies the predicate.
    ActivityKind(fn(ActivityKind) -> bool),
    /// `residence.permit` is given and satisfies the predicate.
    Permit(fn(Permit) -> bool),
}

/// The codes of `E` for which `f` holds.
fn codes<E: VariantArray + Copy + Into<&'static str>>(f: fn(E) -> bool) -> Vec<&'static str> {
    E::VARIANTS
        .iter()
        .copied()
        .filter(|&e| f(e))
        .map(Into::into)
        .collect()
}

impl When {
    /// The member's field it reads (JSON path inside a member).
    pub fn field(self) -> &'static str {
        match self {
            When::NirGiven => "nir",
            When::Relationship(_) => "relationship",
            When::NirStatus(_) => "nir_status",
            When::ActivityKind(_) => "activity.kind",
            When::Permit(_) => "residence.permit",
        }
    }

    /// Whether it holds for `m`.
    pub fn holds(self, m: &Member) -> bool {
        match self {
            When::NirGiven => m.nir.is_some(),
            When::Relationship(f) => f(m.relationship),
            When::NirStatus(f) => m.nir_status.is_some_and(f),
            When::ActivityKind(f) => f(m.activity.as_ref().map(|a| a.kind).unwrap_or_default()),
            When::Permit(f) => m.residence.as_ref().and_then(|r| r.permit).is_some_and(f),
        }
    }

    /// The member's code of the field read (`None` for a field only given or not).
    fn value(self, m: &Member) -> Option<&'static str> {
        match self {
            When::NirGiven => None,
            When::Relationship(_) => Some(m.relationship.into()),
            When::NirStatus(_) => m.nir_status.map(Into::into),
            When::ActivityKind(_) => Some(
                m.activity
                    .as_ref()
                    .map(|a| a.kind)
                    .unwrap_or_default()
                    .into(),
            ),
            When::Permit(_) => m.residence.as_ref().and_then(|r| r.permit).map(Into::into),
        }
    }

    /// The codes for which it holds; `None`: it holds when the field is given.
    pub fn one_of(self) -> Option<Vec<&'static str>> {
        match self {
            When::NirGiven => None,
            When::Relationship(f) => Some(codes(f)),
            When::NirStatus(f) => Some(codes(f)),
            When::ActivityKind(f) => Some(codes(f)),
            When::Permit(f) => Some(codes(f)),
        }
    }
}

/// One condition of a field, and the text of its refusal when a value given
/// where it is not met is refused.
#[derive(Clone, Copy)]
pub struct Cond {
    /// The condition.
    pub when: When,
    /// `Some`: a value given where the condition is not met is refused
    /// (`not_applicable`) with this text (`{0}`: the member's code of
    /// [`When::field`]); `None`: it is ignored by the rules.
    pub refusal: Option<T>,
}

/// The label of a choice `code` of a member's `field` (`relationship`,
/// `sex`, `nir_status`, `activity.kind`, `activity.sector`,
/// `activity.posting.certificate`, `residence.permit`): the text a form
/// shows for it (the page's labels, `web/labels.js`), so a frontend that
/// lists the choices of a question shows words, not codes. `None` for
/// another field or an unknown code.
pub fn choice_text(field: &str, code: &str) -> Option<T> {
    use crate::model::{Certificate, Sector, Sex};
    use std::str::FromStr;
    match field {
        "relationship" => Relationship::from_str(code).ok().map(Relationship::text),
        "sex" => Sex::from_str(code).ok().map(Sex::text),
        "nir_status" => NirStatus::from_str(code).ok().map(NirStatus::text),
        "activity.kind" => ActivityKind::from_str(code).ok().map(ActivityKind::text),
        "activity.sector" => Sector::from_str(code).ok().map(Sector::text),
        "activity.posting.certificate" => Certificate::from_str(code).ok().map(Certificate::text),
        "residence.permit" => Permit::from_str(code).ok().map(Permit::text),
        _ => None,
    }
}

/// When a field of a member applies: all its conditions hold.
#[derive(Clone, Copy)]
pub struct Applies {
    /// The field, as a JSON path inside a member; it covers the fields
    /// under it (`activity.posting` covers `activity.posting.end_date`).
    pub field: &'static str,
    /// The conditions, all of which must hold.
    pub when: &'static [Cond],
}

const fn refused(when: When, text: T) -> Cond {
    Cond {
        when,
        refusal: Some(text),
    }
}

const fn ignored(when: When) -> Cond {
    Cond {
        when,
        refusal: None,
    }
}

/// Spouse, civil partner or cohabiting partner.
const PARTNER: When = When::Relationship(Relationship::is_partner);
/// A child of the household.
const CHILD: When = When::Relationship(is_child);

// The predicates of the fields the rules ignore where they do not apply,
// named so that the rules' accessors (`assess.rs`) apply the same ones: a
// partial assessment then never asks such a fact where it cannot count.

/// `in_education` and `autonomy_requested` count for children only.
pub(crate) fn is_child(r: Relationship) -> bool {
    r == Relationship::Child
}
/// `activity.start_date` counts for an activity.
pub(crate) fn has_activity(k: ActivityKind) -> bool {
    k != ActivityKind::None
}
/// `activity.sector` counts for work in France and postings: an
/// agricultural posting without a certificate is affiliated to the MSA
/// (rules::fund, domain.md §2.9).
pub(crate) fn sector_counts(k: ActivityKind) -> bool {
    k.is_work_in_france() || k == ActivityKind::Posted
}
/// `activity.employer` counts for an employee.
pub(crate) fn is_employed(k: ActivityKind) -> bool {
    k == ActivityKind::Employed
}

/// The fields that apply to some members only; any other field applies to
/// every member.
pub const FIELDS: &[Applies] = &[
    // Where the couple's union certificate was issued (domain §2.2).
    Applies {
        field: "union_country",
        when: &[refused(PARTNER, T::ErrUnionCountryNotPartner)],
    },
    // A pupil's schooling and a 16–17-year-old's autonomy request are facts
    // about children (domain §3).
    Applies {
        field: "in_education",
        when: &[ignored(CHILD)],
    },
    Applies {
        field: "autonomy_requested",
        when: &[ignored(CHILD)],
    },
    // Decision 12: no parents given = the primary and their spouse/partner.
    Applies {
        field: "parents",
        when: &[refused(CHILD, T::ErrParentsNotChild)],
    },
    Applies {
        field: "nir_status",
        when: &[refused(When::NirGiven, T::ErrNirStatusWithoutNir)],
    },
    // The issue date anchors a NIA's validity: a provisional number only.
    Applies {
        field: "nia_issued_on",
        when: &[
            refused(When::NirGiven, T::ErrNiaIssuedWithoutNir),
            refused(
                When::NirStatus(|s| s == NirStatus::Provisional),
                T::ErrNiaIssuedNotProvisional,
            ),
        ],
    },
    Applies {
        field: "activity.start_date",
        when: &[ignored(When::ActivityKind(has_activity))],
    },
    Applies {
        field: "activity.sector",
        when: &[ignored(When::ActivityKind(sector_counts))],
    },
    Applies {
        field: "activity.employer",
        when: &[ignored(When::ActivityKind(is_employed))],
    },
    Applies {
        field: "activity.posting",
        when: &[refused(
            When::ActivityKind(|k| k == ActivityKind::Posted),
            T::ErrPostingNotPosted,
        )],
    },
    // The validity of a permit held (neither "not required" nor "none").
    Applies {
        field: "residence.permit_valid_from",
        when: &[ignored(When::Permit(Permit::is_held))],
    },
    Applies {
        field: "residence.permit_valid_until",
        when: &[ignored(When::Permit(Permit::is_held))],
    },
];

/// The entry of [`FIELDS`] for `field` itself.
fn entry(field: &str) -> Option<&'static Applies> {
    FIELDS.iter().find(|a| a.field == field)
}

/// Whether `field` (a JSON path inside a member) applies to `m`: the
/// conditions of the field and of the fields it is under all hold.
pub fn applies(field: &str, m: &Member) -> bool {
    FIELDS
        .iter()
        .filter(|a| {
            field == a.field
                || field
                    .strip_prefix(a.field)
                    .is_some_and(|rest| rest.starts_with('.'))
        })
        .all(|a| a.when.iter().all(|c| c.when.holds(m)))
}

/// Why a value of `field` given for `m` is refused: the text of its first
/// refused condition not met (used by the input's validation).
pub(crate) fn refusal(field: &str, m: &Member) -> Option<ErrText> {
    let a = entry(field)?;
    a.when.iter().find_map(|c| {
        let text = c.refusal?;
        if c.when.holds(m) {
            return None;
        }
        let mut e = ErrText::new(text);
        if !text.vars().is_empty()
            && let Some(v) = c.when.value(m)
        {
            e = e.arg(v);
        }
        Some(e)
    })
}

/// The form's shape: [`FIELDS`] as data.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct FormShape {
    /// The fields of a member that apply to some members only (every other
    /// field applies to all).
    pub fields: Vec<FieldShape>,
}

/// When one field of a member applies.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct FieldShape {
    /// JSON path inside a member; covers the fields under it.
    pub field: &'static str,
    /// Whether a value given where the field does not apply is refused
    /// (`not_applicable`) rather than ignored.
    pub refused: bool,
    /// Conditions, all of which must hold.
    pub when: Vec<ConditionShape>,
}

/// One condition on another field of the same member.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ConditionShape {
    /// JSON path inside the member of the field read.
    pub field: &'static str,
    /// The codes that field must have; `null`: it must only be given.
    pub one_of: Option<Vec<&'static str>>,
}

/// Whether a value given where `a` does not apply is refused.
fn is_refused(a: &Applies) -> bool {
    a.when.iter().all(|c| c.refusal.is_some())
}

/// [`shape`] as JSON text (for the WebAssembly binding, which hands the
/// page a parsed object).
#[must_use]
pub fn shape_json() -> String {
    // Serialising these types (strings, booleans, lists) cannot fail.
    serde_json::to_string(&shape()).unwrap_or_default()
}

/// [`FIELDS`] as data, for a form.
pub fn shape() -> FormShape {
    FormShape {
        fields: FIELDS
            .iter()
            .map(|a| FieldShape {
                field: a.field,
                refused: is_refused(a),
                when: a
                    .when
                    .iter()
                    .map(|c| ConditionShape {
                        field: c.when.field(),
                        one_of: c.when.one_of(),
                    })
                    .collect(),
            })
            .collect(),
    }
}

/// A birth date at which a person is `age` years old on `on` (a form's
/// sample member): the same day `age` years before; 29 February becomes
/// 28 February when that year has none, which gives the same age under
/// both 29 February policies (Decision 2, [`crate::date::anniversary`]).
pub fn birth_date_for_age(on: NaiveDate, age: u32) -> Option<NaiveDate> {
    let year = on.year().checked_sub(i32::try_from(age).ok()?)?;
    NaiveDate::from_ymd_opt(year, on.month(), on.day())
        .or_else(|| NaiveDate::from_ymd_opt(year, 2, 28))
}

/// The date a form offers for an event: `wanted`, but never after the day it
/// is recorded, `recording_day` (Decision 23: an event dated after the day
/// it is recorded is refused).
pub fn latest_event_date(wanted: NaiveDate, recording_day: NaiveDate) -> NaiveDate {
    wanted.min(recording_day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::age;
    use crate::policy::LeapDayBirthday;

    fn member(json: &str) -> Member {
        serde_json::from_str(json).expect("member")
    }

    const BASE: &str =
        r#""id":"a","birth_date":"1990-01-01","nationality":"IN","birth_country":"IN""#;

    #[test]
    fn fields_apply_as_the_table_says() {
        let child = member(&format!(r#"{{{BASE},"relationship":"child"}}"#));
        let spouse = member(&format!(r#"{{{BASE},"relationship":"spouse"}}"#));
        for r in [
            "primary",
            "spouse",
            "civil_partner",
            "cohabiting_partner",
            "child",
        ] {
            let m = member(&format!(r#"{{{BASE},"relationship":"{r}"}}"#));
            assert_eq!(applies("parents", &m), r == "child", "{r}");
            assert_eq!(applies("in_education", &m), r == "child", "{r}");
            assert_eq!(
                applies("union_country", &m),
                r.ends_with("partner") || r == "spouse",
                "{r}"
            );
        }
        // No conditions: applies to everyone.
        assert!(applies("birth_date", &child) && applies("residence.postcode", &spouse));
        let posted = member(&format!(
            r#"{{{BASE},"relationship":"primary","activity":{{"kind":"posted"}}}}"#
        ));
        // A field under a conditional one takes its conditions.
        assert!(applies("activity.posting.end_date", &posted));
        assert!(!applies("activity.posting.end_date", &spouse));
        // The fund reads a posted worker's sector (an agricultural posting
        // without a certificate: MSA), so the page must offer it.
        assert!(applies("activity.sector", &posted));
        let student = member(&format!(
            r#"{{{BASE},"relationship":"primary","activity":{{"kind":"student"}}}}"#
        ));
        assert!(!applies("activity.sector", &student));
        let nia = member(&format!(
            r#"{{{BASE},"relationship":"primary","nir":"x","nir_status":"provisional"}}"#
        ));
        assert!(applies("nia_issued_on", &nia));
        let certified = member(&format!(r#"{{{BASE},"relationship":"primary","nir":"x"}}"#));
        assert!(applies("nir_status", &certified) && !applies("nia_issued_on", &certified));
    }

    #[test]
    fn refusals_name_the_first_unmet_condition() {
        let no_nir = member(&format!(r#"{{{BASE},"relationship":"primary"}}"#));
        let text = |e: Option<ErrText>| e.map(|e| e.render(crate::Lang::En));
        assert_eq!(
            text(refusal("nia_issued_on", &no_nir)).as_deref(),
            Some("nia_issued_on is given but nir is not")
        );
        let employed = member(&format!(
            r#"{{{BASE},"relationship":"primary","activity":{{"kind":"employed"}}}}"#
        ));
        assert_eq!(
            text(refusal("activity.posting", &employed)).as_deref(),
            Some("posting details are for kind \"posted\", not \"employed\"")
        );
        // Not refused, only ignored.
        assert_eq!(text(refusal("activity.employer", &no_nir)), None);
    }

    #[test]
    fn shape_lists_the_codes_of_each_predicate() {
        let s = shape();
        let union = s
            .fields
            .iter()
            .find(|f| f.field == "union_country")
            .expect("union_country");
        assert!(union.refused);
        assert_eq!(
            union.when[0].one_of.as_deref(),
            Some(&["spouse", "civil_partner", "cohabiting_partner"][..])
        );
        let dates = s
            .fields
            .iter()
            .find(|f| f.field == "residence.permit_valid_until")
            .expect("permit");
        assert!(!dates.refused);
        assert_eq!(
            dates.when[0].one_of.as_deref(),
            Some(
                &[
                    "long_stay_visa",
                    "residence_permit",
                    "resident_card",
                    "talent_passport",
                    "receipt"
                ][..]
            )
        );
        let status = s
            .fields
            .iter()
            .find(|f| f.field == "nir_status")
            .expect("nir_status");
        assert_eq!(status.when[0].field, "nir");
        assert_eq!(status.when[0].one_of, None);
    }

    #[test]
    fn shape_json_says_each_field_s_conditions() {
        let serde = shape_json();
        assert!(serde.contains(r#"{"field":"nia_issued_on","refused":true,"when":[{"field":"nir","one_of":null},{"field":"nir_status","one_of":["provisional"]}]}"#), "{serde}");
    }

    #[test]
    fn birth_date_for_age_gives_that_age_on_leap_days_too() {
        let d = |s: &str| crate::model::civil_date::parse(s).expect("date");
        assert_eq!(
            birth_date_for_age(d("2028-02-29"), 35),
            Some(d("1993-02-28"))
        );
        assert_eq!(
            birth_date_for_age(d("2028-02-29"), 4),
            Some(d("2024-02-29"))
        );
        assert_eq!(
            birth_date_for_age(d("2026-12-06"), 5),
            Some(d("2021-12-06"))
        );
        for on in ["2028-02-29", "2027-02-28", "2027-03-01", "2024-12-31"] {
            for n in [0, 1, 4, 5, 16, 35] {
                let born = birth_date_for_age(d(on), n).expect("in range");
                for leap in [
                    LeapDayBirthday::LastDayOfFebruary,
                    LeapDayBirthday::FirstOfMarch,
                ] {
                    assert_eq!(age(born, d(on), leap), n, "{on} {n}");
                }
            }
        }
    }

    #[test]
    fn event_dates_stop_at_the_recording_day() {
        let d = |s: &str| crate::model::civil_date::parse(s).expect("date");
        assert_eq!(
            latest_event_date(d("2027-02-01"), d("2026-12-06")),
            d("2026-12-06")
        );
        assert_eq!(
            latest_event_date(d("2026-11-01"), d("2026-12-06")),
            d("2026-11-01")
        );
    }
}
