//! Policies: the library's defaults where the sources are silent or disagree
//! (domain.md, section 11 "Decisions"). Each one is named, documented and
//! overridable; [`Policy::default`] is pinned by tests.
//!
//! Decisions 10 (civil dates, whole-year ages, the evaluation date is an input)
//! and 14 (precedence of `--as-of` over the file's `as_of`) are not policies:
//! they are invariants of the API (the core reads no clock, so there is
//! nothing to override), documented in `ARCHITECTURE.md`.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::Country;
use crate::error::{ErrText, Error, ErrorCode};
use crate::text::T;

/// Every overridable default, in one value passed to [`crate::assess`].
///
/// Build it with `Policy::default()` and the `with_*` methods:
///
/// ```
/// use secu::policy::{BeneficiaryEnd, Policy};
/// let p = Policy::default().with_beneficiary_end(BeneficiaryEnd::FixedDate { month: 9, day: 1 });
/// assert_ne!(p, Policy::default());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Policy {
    /// Decision 1: when a child stops being a beneficiary (ayant droit).
    pub beneficiary_end: BeneficiaryEnd,
    /// Decision 2: where a 29 February birthday falls in other years.
    pub leap_day_birthday: LeapDayBirthday,
    /// Decision 3: does an accompanying spouse/partner wait 3 months?
    pub accompanying_family: AccompanyingFamily,
    /// Decision 4: is a 13-character NIR without its key accepted?
    pub nir_without_key: NirWithoutKey,
    /// Decision 5: legalisation/apostille of foreign civil-status documents.
    pub legalisation: Legalisation,
    /// Decision 6: which civil-status documents need a sworn translation.
    pub translation: Translation,
    /// Decision 7: a posting under an agreement whose health scope is unknown.
    pub unknown_agreement_scope: UnknownAgreementScope,
    /// Decision 8: from which age the médecin traitant declaration is listed.
    pub physician_declaration_from_age: u8,
    /// Decision 9: order of the Carte Vitale and ameli account steps.
    pub card_and_account: CardAndAccount,
    /// Decision 11: a member whose previous French insurance is not given.
    pub unknown_previous_insurance: UnknownPreviousInsurance,
    /// Decision 12: to which insured parents a child is attached.
    pub child_attachment: ChildAttachment,
    /// Decision 13: first day of coverage on the residence route.
    pub residence_start: ResidenceStart,
}

impl Default for Policy {
    fn default() -> Self {
        Self {
            beneficiary_end: BeneficiaryEnd::EighteenthBirthday,
            leap_day_birthday: LeapDayBirthday::LastDayOfFebruary,
            accompanying_family: AccompanyingFamily::NoWait,
            nir_without_key: NirWithoutKey::Accept,
            legalisation: Legalisation::Note,
            translation: Translation::default(),
            unknown_agreement_scope: UnknownAgreementScope::HomeScheme,
            physician_declaration_from_age: crate::rules::steps::PHYSICIAN_DECLARATION_AGE as u8,
            card_and_account: CardAndAccount::EitherOrder,
            unknown_previous_insurance: UnknownPreviousInsurance::AssumeNever,
            child_attachment: ChildAttachment::AllInsuredParents,
            residence_start: ResidenceStart::DayAfterThreeMonths,
        }
    }
}

macro_rules! with {
    ($($(#[$doc:meta])* $method:ident => $field:ident : $ty:ty),* $(,)?) => {
        impl Policy {
            $(
                $(#[$doc])*
                #[must_use]
                pub fn $method(mut self, value: $ty) -> Self {
                    self.$field = value;
                    self
                }
            )*
        }
    };
}

with! {
    /// Sets [`Policy::beneficiary_end`].
    with_beneficiary_end => beneficiary_end: BeneficiaryEnd,
    /// Sets [`Policy::leap_day_birthday`].
    with_leap_day_birthday => leap_day_birthday: LeapDayBirthday,
    /// Sets [`Policy::accompanying_family`].
    with_accompanying_family => accompanying_family: AccompanyingFamily,
    /// Sets [`Policy::nir_without_key`].
    with_nir_without_key => nir_without_key: NirWithoutKey,
    /// Sets [`Policy::legalisation`].
    with_legalisation => legalisation: Legalisation,
    /// Sets [`Policy::translation`].
    with_translation => translation: Translation,
    /// Sets [`Policy::unknown_agreement_scope`].
    with_unknown_agreement_scope => unknown_agreement_scope: UnknownAgreementScope,
    /// Sets [`Policy::physician_declaration_from_age`].
    with_physician_declaration_from_age => physician_declaration_from_age: u8,
    /// Sets [`Policy::card_and_account`].
    with_card_and_account => card_and_account: CardAndAccount,
    /// Sets [`Policy::unknown_previous_insurance`].
    with_unknown_previous_insurance => unknown_previous_insurance: UnknownPreviousInsurance,
    /// Sets [`Policy::child_attachment`].
    with_child_attachment => child_attachment: ChildAttachment,
    /// Sets [`Policy::residence_start`].
    with_residence_start => residence_start: ResidenceStart,
}

impl Policy {
    /// The policies that differ from the defaults, as a JSON object (the
    /// assessment's `policies` field).
    pub fn differences(&self) -> serde_json::Map<String, serde_json::Value> {
        let mut out = serde_json::Map::new();
        if *self == Policy::default() {
            // The common case, without serialising anything.
            return out;
        }
        let (Value::Object(mine), Value::Object(base)) = (
            crate::tree::to_tree(self),
            crate::tree::to_tree(&Policy::default()),
        ) else {
            return out;
        };
        for (k, v) in mine {
            if base.get(&k) != Some(&v) {
                out.insert(k, v);
            }
        }
        out
    }

    /// The policies' names (the JSON field names), in alphabetical order.
    pub const NAMES: &'static [&'static str] = &[
        "accompanying_family",
        "beneficiary_end",
        "card_and_account",
        "child_attachment",
        "leap_day_birthday",
        "legalisation",
        "nir_without_key",
        "physician_declaration_from_age",
        "residence_start",
        "translation",
        "unknown_agreement_scope",
        "unknown_previous_insurance",
    ];

    /// Checks that every value is within its allowed range (a value built in
    /// Rust, or decoded by serde's derive, is not checked otherwise): the
    /// first value that is not, at `policies.NAME`, with the allowed range.
    /// [`Policy::apply`] refuses such values with the same message.
    pub fn check(&self) -> Result<(), Error> {
        let invalid = |name: &str, e: ErrText| {
            Error::new(
                format!("policies.{name}"),
                ErrorCode::InvalidPolicy,
                ErrText::new(T::ErrPolicyPrefix).arg(name).then_text(e),
            )
        };
        if let BeneficiaryEnd::FixedDate { month, day } = self.beneficiary_end {
            fixed_date_in_range(month, day).map_err(|e| invalid("beneficiary_end", e))?;
        }
        physician_age_in_range(self.physician_declaration_from_age)
            .map_err(|e| invalid("physician_declaration_from_age", e))?;
        Ok(())
    }

    /// Applies one `name=value` override, as given on the command line
    /// (`--policy leap_day_birthday=first_of_march`). The value is read as
    /// JSON when it parses as JSON, else as a JSON string. The error has no
    /// path (the caller knows where the assignment came from) and the code
    /// [`ErrorCode::InvalidPolicy`]; its message renders in any language
    /// ([`Error::message_in`]).
    pub fn set(&mut self, assignment: &str) -> Result<(), Error> {
        let (name, value) = assignment
            .split_once('=')
            .ok_or_else(|| invalid_policy(ErrText::new(T::ErrPolicyAssignment).arg(assignment)))?;
        let v = serde_json::from_slice(value.as_bytes())
            .unwrap_or_else(|_| Value::String(value.to_owned()));
        self.set_value(name, &v)
    }

    /// Sets the policy `name` to a JSON value, with [`Policy::set`]'s
    /// messages: an unknown name with the closest known one, a bad value
    /// prefixed by `policy NAME: `. For callers that hold the value as JSON
    /// already (the WebAssembly binding's `policies` object).
    pub fn set_value(&mut self, name: &str, v: &Value) -> Result<(), Error> {
        if !Self::NAMES.contains(&name) {
            let known = Self::NAMES.iter().copied();
            let unknown = ErrText::new(T::ErrPolicyUnknown).arg(name);
            return Err(invalid_policy(match crate::suggest::closest(name, known) {
                Some(s) => unknown.then(T::ErrDidYouMean).arg(s),
                None => unknown.then(T::ErrPolicyKnown).arg(Self::NAMES.join(", ")),
            }));
        }
        self.apply_text(name, v)
            .map_err(|e| invalid_policy(ErrText::new(T::ErrPolicyPrefix).arg(name).then_text(e)))
    }

    /// Sets the policy `name` (one of [`Policy::NAMES`]) to a JSON value:
    /// the value of that field in the policy's JSON form (unit variants by
    /// name, `{"fixed_date": {"month": 9, "day": 1}}`, a number, …). On
    /// error the policy is unchanged and the message is serde's (no
    /// `policy NAME: ` prefix, unlike [`Policy::set_value`]).
    ///
    /// Each field is decoded by its derived `Deserialize` reading the tree
    /// (`crate::tree::Tree`: serde's messages, in English), but for an
    /// unknown variant name, said in the run's language.
    pub fn apply(&mut self, name: &str, value: &Value) -> Result<(), Error> {
        self.apply_text(name, value).map_err(invalid_policy)
    }

    /// [`Policy::apply`] with its message as text keys (serde's own
    /// messages, as the derived decoder words them, stay in English).
    fn apply_text(&mut self, name: &str, value: &Value) -> Result<(), ErrText> {
        // Destructured without `..`: a new field is a compile error here
        // until it is decoded below (or an unused-variable warning).
        let Policy {
            beneficiary_end,
            leap_day_birthday,
            accompanying_family,
            nir_without_key,
            legalisation,
            translation,
            unknown_agreement_scope,
            physician_declaration_from_age,
            card_and_account,
            unknown_previous_insurance,
            child_attachment,
            residence_start,
        } = self;
        match name {
            "beneficiary_end" => {
                let end = enumerated(value, &["eighteenth_birthday", "fixed_date"])?;
                if let BeneficiaryEnd::FixedDate { month, day } = end {
                    fixed_date_in_range(month, day)?;
                }
                *beneficiary_end = end;
            }
            "leap_day_birthday" => *leap_day_birthday = choice(value)?,
            "accompanying_family" => *accompanying_family = choice(value)?,
            "nir_without_key" => *nir_without_key = choice(value)?,
            "legalisation" => *legalisation = choice(value)?,
            "translation" => *translation = decoded(value)?,
            "unknown_agreement_scope" => *unknown_agreement_scope = choice(value)?,
            "physician_declaration_from_age" => {
                let age = decoded(value)?;
                physician_age_in_range(age)?;
                *physician_declaration_from_age = age;
            }
            "card_and_account" => *card_and_account = choice(value)?,
            "unknown_previous_insurance" => *unknown_previous_insurance = choice(value)?,
            "child_attachment" => *child_attachment = choice(value)?,
            "residence_start" => *residence_start = choice(value)?,
            _ => return Err(ErrText::new(T::ErrPolicyUnknown).arg(name)),
        }
        Ok(())
    }
}

/// A refused policy: no path, [`ErrorCode::InvalidPolicy`].
fn invalid_policy(text: ErrText) -> Error {
    Error::new("", ErrorCode::InvalidPolicy, text)
}

/// A policy's value, through its derived `Deserialize` reading the tree:
/// serde's message, which exists in English only.
fn decoded<D: serde::de::DeserializeOwned>(value: &Value) -> Result<D, ErrText> {
    crate::tree::from_tree(value).map_err(|e| ErrText::from(e.to_string()))
}

/// An enum whose variants are `names`, through [`decoded`]; the one message
/// said in the run's language (issue 10, item 15) is that of an unknown
/// variant (`"name"` or `{"name": …}`), checked first, with the same words
/// in English as serde's.
fn enumerated<D: serde::de::DeserializeOwned>(value: &Value, names: &[&str]) -> Result<D, ErrText> {
    let name = match value {
        Value::String(s) => Some(s.as_str()),
        Value::Object(m) if m.len() == 1 => m.keys().next().map(String::as_str),
        _ => None,
    };
    if let Some(n) = name.filter(|n| !names.contains(n)) {
        let text = ErrText::new(T::ErrUnknownVariant).arg(n);
        return Err(match names {
            [a] => text.then(T::ErrVariantOnly).arg(*a),
            [a, b] => text.then(T::ErrVariantEither).arg(*a).arg(*b),
            _ => text.then(T::ErrVariantOneOf).arg(names.join("`, `")),
        });
    }
    decoded(value)
}

/// A policy whose values are the unit variants of `E`.
fn choice<E: serde::de::DeserializeOwned + strum::VariantNames>(
    value: &Value,
) -> Result<E, ErrText> {
    enumerated(value, E::VARIANTS)
}

/// Oldest age [`Policy::physician_declaration_from_age`] may name: the
/// declaration is required of every adult (Decision 8), so it is listed from
/// 18 at the latest.
pub const MAX_PHYSICIAN_DECLARATION_AGE: u8 = 18;

/// Decision 8: an age from 0 to [`MAX_PHYSICIAN_DECLARATION_AGE`].
fn physician_age_in_range(age: u8) -> Result<(), ErrText> {
    if age > MAX_PHYSICIAN_DECLARATION_AGE {
        return Err(ErrText::new(T::ErrPolicyAge)
            .arg(age.to_string())
            .arg(MAX_PHYSICIAN_DECLARATION_AGE.to_string()));
    }
    Ok(())
}

/// Decision 1: a day of the year, month 1 to 12 and a day of that month
/// (29 February included: in other years the last day of February). Never
/// clamped: a month 13 or a 30 February is refused, not moved.
fn fixed_date_in_range(month: u32, day: u32) -> Result<(), ErrText> {
    const DAYS: [u32; 12] = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    let Some(&days) = month.checked_sub(1).and_then(|m| DAYS.get(m as usize)) else {
        return Err(ErrText::new(T::ErrPolicyMonth).arg(month.to_string()));
    };
    if day == 0 || day > days {
        return Err(ErrText::new(T::ErrPolicyDay)
            .arg(day.to_string())
            .arg(month.to_string())
            .then(T::ErrPolicyDayRange)
            .arg(days.to_string()));
    }
    Ok(())
}

/// Decision 1. L160-2 ends beneficiary status "at a date set by decree, in the
/// year in which the child reaches majority"; that decree date is UNVERIFIED.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum BeneficiaryEnd {
    /// On the 18th birthday: civil majority (C. civ. art. 414). Default, an assumption.
    #[default]
    EighteenthBirthday,
    /// A fixed day in the year of the 18th birthday (e.g. 1 September, or
    /// 31 December); never before the 18th birthday itself.
    FixedDate {
        /// Month, 1–12.
        month: u32,
        /// Day of the month, 1 to its number of days (29 for February: the
        /// last day of February in other years). Anything else is refused
        /// ([`Policy::check`]), never clamped.
        day: u32,
    },
}

/// Decision 2: the birthday of a person born on 29 February in other years.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[derive(strum::VariantNames, strum::VariantArray)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum LeapDayBirthday {
    /// 28 February (circular NOR INTA1317573C of 25 July 2013; C. proc. civ. art. 641). Default.
    #[default]
    LastDayOfFebruary,
    /// 1 March (press claims, no legal source found).
    FirstOfMarch,
}

/// Decision 3: waiting period of a non-working spouse/partner who joins or
/// accompanies an insured person.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[derive(strum::VariantNames, strum::VariantArray)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum AccompanyingFamily {
    /// Covered from arrival (D160-2 II 3°), with a warning that some CPAMs apply 3 months. Default.
    #[default]
    NoWait,
    /// Apply the 3-month residence condition as service-public F12859 words it.
    ThreeMonths,
}

/// Decision 4: a 13-character NIR (without its key, as in the DSN).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[derive(strum::VariantNames, strum::VariantArray)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum NirWithoutKey {
    /// Valid structure; the key it should have is shown. Default.
    #[default]
    Accept,
    /// Require the full 15 characters.
    Reject,
}

/// Decision 5: legalisation or apostille of foreign civil-status documents.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[derive(strum::VariantNames, strum::VariantArray)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Legalisation {
    /// Not a required document; a note says it may be requested. Default.
    #[default]
    Note,
    /// List it as a document to gather for civil-status documents issued abroad.
    Require,
}

/// Decision 6: which civil-status documents need a sworn translation.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Translation {
    /// Issuing countries whose documents this CPAM accepts without translation,
    /// beyond France, the EEA and Switzerland (the language-based alternative:
    /// e.g. `["GB", "US"]` for a fund that accepts English). Default: none.
    pub also_exempt: Vec<Country>,
}

/// Decision 7: posting from a country whose agreement's health scope is unknown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[derive(strum::VariantNames, strum::VariantArray)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum UnknownAgreementScope {
    /// Affiliation `none` on basis `home_scheme`, warning `agreement_scope_unverified`. Default.
    #[default]
    HomeScheme,
    /// French registration on basis `activity`, with the same warning.
    FrenchAffiliation,
}

/// Decision 9: the Carte Vitale and the ameli account both need the certified NIR.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[derive(strum::VariantNames, strum::VariantArray)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum CardAndAccount {
    /// Either may come first; the plan lists the card first (domain §8). Default.
    #[default]
    EitherOrder,
    /// Plan the ameli account first (the card is then ordered online, faster).
    AccountFirst,
}

/// Decision 11: `previously_insured_in_france` absent.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[derive(strum::VariantNames, strum::VariantArray)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum UnknownPreviousInsurance {
    /// Assume never insured (registration), with warning `assumed_never_insured`. Default.
    #[default]
    AssumeNever,
    /// Refuse to guess: the assessment carries the warning and treats the member as previously insured.
    AssumeInsured,
}

/// Decision 12: attachment of beneficiary children.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[derive(strum::VariantNames, strum::VariantArray)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum ChildAttachment {
    /// Every insured parent (R161-8 double rattachement, recommended). Default.
    #[default]
    AllInsuredParents,
    /// Only the parent who files the S3705.
    FilingParentOnly,
}

/// Decision 13: first day of coverage on the residence route.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[derive(strum::VariantNames, strum::VariantArray)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum ResidenceStart {
    /// The day after the 3-month anniversary of arrival ("more than 3 months", D160-2 I). Default.
    #[default]
    DayAfterThreeMonths,
    /// The 3-month anniversary itself.
    ThreeMonthAnniversary,
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    /// `set_value` is `set` with the value already JSON: same results, same
    /// messages (unknown names included).
    #[test]
    fn set_value_is_set_on_json() {
        for (name, value) in [
            ("leap_day_birthday", json!("first_of_march")),
            ("leap_day_birthday", json!(3)),
            ("physician_declaration_from_age", json!(12)),
            ("physician_declaration_from_age", json!(-1)),
            (
                "beneficiary_end",
                json!({"fixed_date": {"month": 9, "day": 1}}),
            ),
            ("beneficiary_end", json!({"fixed_date": {"month": 9}})),
            ("translation", json!({"also_exempt": ["GB", "US"]})),
            ("leap_dya_birthday", json!("first_of_march")),
            ("nothing_like_it", json!(null)),
        ] {
            let mut by_text = Policy::default();
            let mut by_value = Policy::default();
            let text = by_text.set(&format!("{name}={value}"));
            assert_eq!(by_value.set_value(name, &value), text, "{name}={value}");
            assert_eq!(by_value, by_text, "{name}={value}");
        }
    }

    /// Issue 10, item 13: a day that does not exist, or an age past
    /// adulthood, is refused with the policy's name and the allowed range,
    /// never clamped (month 13 was December, 30 February the 29th or 28th).
    #[test]
    fn values_out_of_range_are_refused() {
        let cases = [
            (
                r#"beneficiary_end={"fixed_date":{"month":13,"day":1}}"#,
                "policy beneficiary_end: month 13 is out of range: expected 1 to 12",
            ),
            (
                r#"beneficiary_end={"fixed_date":{"month":0,"day":1}}"#,
                "policy beneficiary_end: month 0 is out of range: expected 1 to 12",
            ),
            (
                r#"beneficiary_end={"fixed_date":{"month":9,"day":0}}"#,
                "policy beneficiary_end: day 0 is out of range for month 9: expected 1 to 30",
            ),
            (
                r#"beneficiary_end={"fixed_date":{"month":2,"day":30}}"#,
                "policy beneficiary_end: day 30 is out of range for month 2: expected 1 to 29",
            ),
            (
                r#"beneficiary_end={"fixed_date":[4,31]}"#,
                "policy beneficiary_end: day 31 is out of range for month 4: expected 1 to 30",
            ),
            (
                "physician_declaration_from_age=19",
                "policy physician_declaration_from_age: age 19 is out of range: expected 0 to 18 (the declaration is required of every adult, Decision 8)",
            ),
        ];
        for (assignment, message) in cases {
            let mut p = Policy::default();
            assert_eq!(
                p.set(assignment).map_err(|e| (e.code, e.message)),
                Err((ErrorCode::InvalidPolicy, message.to_owned())),
                "{assignment}"
            );
            assert_eq!(p, Policy::default(), "{assignment}: unchanged");
        }
        for ok in [
            r#"beneficiary_end={"fixed_date":{"month":2,"day":29}}"#,
            r#"beneficiary_end={"fixed_date":{"month":12,"day":31}}"#,
            "physician_declaration_from_age=0",
            "physician_declaration_from_age=18",
        ] {
            Policy::default().set(ok).expect(ok);
        }
        // Built in Rust: `check` says what `assess` refuses.
        let p =
            Policy::default().with_beneficiary_end(BeneficiaryEnd::FixedDate { month: 13, day: 1 });
        assert_eq!(
            p.check().map_err(|e| (e.path, e.code, e.message)),
            Err((
                "policies.beneficiary_end".to_owned(),
                ErrorCode::InvalidPolicy,
                "policy beneficiary_end: month 13 is out of range: expected 1 to 12".to_owned()
            ))
        );
        assert_eq!(Policy::default().check(), Ok(()));
    }

    /// Pins every default: changing one is a reviewed decision, not an accident.
    #[test]
    fn defaults_are_pinned() {
        let p = Policy::default();
        assert_eq!(p.beneficiary_end, BeneficiaryEnd::EighteenthBirthday); // Decision 1
        assert_eq!(p.leap_day_birthday, LeapDayBirthday::LastDayOfFebruary); // Decision 2
        assert_eq!(p.accompanying_family, AccompanyingFamily::NoWait); // Decision 3
        assert_eq!(p.nir_without_key, NirWithoutKey::Accept); // Decision 4
        assert_eq!(p.legalisation, Legalisation::Note); // Decision 5
        assert!(p.translation.also_exempt.is_empty()); // Decision 6
        assert_eq!(p.unknown_agreement_scope, UnknownAgreementScope::HomeScheme); // Decision 7
        assert_eq!(p.physician_declaration_from_age, 16); // Decision 8
        assert_eq!(p.card_and_account, CardAndAccount::EitherOrder); // Decision 9
        assert_eq!(
            p.unknown_previous_insurance,
            UnknownPreviousInsurance::AssumeNever
        ); // Decision 11
        assert_eq!(p.child_attachment, ChildAttachment::AllInsuredParents); // Decision 12
        assert_eq!(p.residence_start, ResidenceStart::DayAfterThreeMonths); // Decision 13
        assert!(p.differences().is_empty());
    }

    #[test]
    fn set_from_the_command_line() {
        let mut p = Policy::default();
        p.set(r#"beneficiary_end={"fixed_date":{"month":9,"day":1}}"#)
            .expect("valid");
        assert_eq!(
            p.beneficiary_end,
            BeneficiaryEnd::FixedDate { month: 9, day: 1 }
        );
        p.set("leap_day_birthday=first_of_march").expect("valid");
        assert_eq!(p.leap_day_birthday, LeapDayBirthday::FirstOfMarch);
        let diff = p.differences();
        assert_eq!(diff.len(), 2);
        let err = p.set("leap_day=first_of_march").expect_err("unknown");
        assert_eq!(
            err.message,
            "unknown policy \"leap_day\"; did you mean \"leap_day_birthday\"?"
        );
        assert!(p.set("leap_day_birthday=sometimes").is_err());
        assert!(p.set("no_equals_sign").is_err());
    }

    /// `apply`; a refused value leaves the policy unchanged.
    fn by_hand(p: &Policy, name: &str, value: &Value) -> Result<Policy, String> {
        let mut q = p.clone();
        let r = q.apply(name, value);
        if r.is_err() {
            assert_eq!(&q, p, "{name} = {value}: changed on error");
        }
        r.map(|()| q).map_err(|e| e.message)
    }

    /// The string constants (variant names) and property names in a
    /// schema, following `$ref`s into `defs`.
    #[cfg(feature = "schema")]
    fn strings_in(v: &Value, defs: &Value, out: &mut Vec<String>) {
        match v {
            Value::Object(m) => {
                for (k, x) in m {
                    match (k.as_str(), x) {
                        ("const", Value::String(s)) => out.push(s.clone()),
                        ("enum", Value::Array(a)) => {
                            out.extend(a.iter().filter_map(|s| s.as_str().map(str::to_owned)));
                        }
                        ("$ref", Value::String(r)) => {
                            if let Some(d) = r.strip_prefix("#/$defs/") {
                                strings_in(&defs[d], defs, out);
                            }
                        }
                        // Property names: variants with data, fields.
                        (_, Value::Object(_)) if k != "$defs" => out.push(k.clone()),
                        _ => {}
                    }
                    if k != "$defs" {
                        strings_in(x, defs, out);
                    }
                }
            }
            Value::Array(a) => a.iter().for_each(|x| strings_in(x, defs, out)),
            _ => {}
        }
    }

    /// The policy's schema.
    #[cfg(feature = "schema")]
    fn schema() -> Value {
        serde_json::to_value(schemars::schema_for!(Policy)).unwrap_or_default()
    }

    /// Every string the policy's schema names (the variants of every policy
    /// enum, new ones included), to try as every policy's value.
    #[cfg(feature = "schema")]
    fn variant_names() -> Vec<String> {
        let schema = schema();
        let mut out = Vec::new();
        strings_in(&schema, &schema["$defs"], &mut out);
        out.sort();
        out.dedup();
        out
    }

    /// The names are the fields of the policy's JSON form, in its order.
    #[test]
    fn names_are_the_json_fields() {
        let Ok(Value::Object(m)) = serde_json::to_value(Policy::default()) else {
            panic!("an object");
        };
        assert_eq!(
            m.keys().map(String::as_str).collect::<Vec<_>>(),
            Policy::NAMES
        );
    }

    /// No field is forgotten or crossed by `apply`: each one takes its own
    /// JSON value back; every variant its schema names is accepted and
    /// round-trips through the JSON form; each accepts a value other than
    /// its default.
    #[cfg(feature = "schema")]
    #[test]
    fn every_field_and_every_variant_round_trips() {
        let names = variant_names();
        assert!(names.iter().any(|n| n == "first_of_march"), "{names:?}");
        assert!(names.iter().any(|n| n == "fixed_date"), "{names:?}");
        let base = Policy::default();
        let Ok(Value::Object(json)) = serde_json::to_value(&base) else {
            panic!("an object");
        };
        let schema = schema();
        for (field, own) in &json {
            assert_eq!(by_hand(&base, field, own), Ok(base.clone()), "{field}");
            let mut own_variants = Vec::new();
            let property = &schema["properties"][field];
            strings_in(property, &schema["$defs"], &mut own_variants);
            for n in &own_variants {
                if let Ok(p) = by_hand(&base, field, &json!(n)) {
                    let back = serde_json::to_value(&p).unwrap_or_default()[field].clone();
                    assert_eq!(back, json!(n), "{field} = {n}: round trip");
                }
            }
            let mut accepted = 1;
            let more = [
                json!(18),
                json!({"fixed_date": {"month": 9, "day": 1}}),
                json!({"also_exempt": ["GB"]}),
            ];
            for v in names.iter().map(|n| json!(n)).chain(more) {
                if let Ok(p) = by_hand(&base, field, &v) {
                    accepted += usize::from(p != base);
                    let back = serde_json::to_value(&p).unwrap_or_default();
                    for (other, value) in &json {
                        if other != field {
                            assert_eq!(&back[other], value, "{field} = {v} changed {other}");
                        }
                    }
                }
            }
            assert!(accepted > 1, "{field}: only its default is accepted");
        }
        assert_eq!(
            by_hand(&base, "nope", &json!(1)),
            Err("unknown policy \"nope\"".to_owned())
        );
    }

    #[test]
    fn messages_are_serdes() {
        let mut p = Policy::default();
        let cases = [
            (
                "physician_declaration_from_age=300",
                "policy physician_declaration_from_age: invalid value: integer `300`, expected u8",
            ),
            (
                "physician_declaration_from_age=-1",
                "policy physician_declaration_from_age: invalid value: integer `-1`, expected u8",
            ),
            (
                "physician_declaration_from_age=1.5",
                "policy physician_declaration_from_age: invalid type: floating point number, expected u8",
            ),
            (
                "physician_declaration_from_age=sixteen",
                "policy physician_declaration_from_age: invalid type: string \"sixteen\", expected u8",
            ),
            (
                "residence_start=never",
                "policy residence_start: unknown variant `never`, expected `day_after_three_months` or `three_month_anniversary`",
            ),
            (
                "residence_start=3",
                "policy residence_start: invalid type: number, expected an enum",
            ),
            (
                r#"legalisation={"note":1}"#,
                "policy legalisation: invalid type: number, expected unit variant",
            ),
            (
                "beneficiary_end=fixed_date",
                "policy beneficiary_end: invalid type: unit variant, expected struct variant",
            ),
            (
                "no_such=1",
                "unknown policy \"no_such\"; known: accompanying_family, beneficiary_end, card_and_account, child_attachment, leap_day_birthday, legalisation, nir_without_key, physician_declaration_from_age, residence_start, translation, unknown_agreement_scope, unknown_previous_insurance",
            ),
        ];
        for (assignment, message) in cases {
            assert_eq!(
                p.set(assignment).map_err(|e| (e.code, e.message)),
                Err((ErrorCode::InvalidPolicy, message.to_owned())),
                "{assignment}"
            );
        }
        assert_eq!(p, Policy::default());
        p.set(r#"legalisation={"require":null}"#)
            .expect("a unit variant as an object");
        assert_eq!(p.legalisation, Legalisation::Require);
        p.set(r#"translation={"also_exempt":["GB","US"]}"#)
            .expect("countries");
        assert_eq!(p.translation.also_exempt.len(), 2);
    }
}
