//! Policies: the library's defaults where the sources are silent or disagree
//! (domain.md, section 11 "Decisions"). Each one is named, documented and
//! overridable; [`Policy::default`] is pinned by tests.
//!
//! Decisions 10 (civil dates, whole-year ages, the evaluation date is an input)
//! and 14 (precedence of `--as-of` over the file's `as_of`) are not policies:
//! they are invariants of the API (the core reads no clock, so there is
//! nothing to override), documented in `ARCHITECTURE.md`.

use serde::{Deserialize, Serialize};

use crate::Country;

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
            physician_declaration_from_age: 16,
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
        let (Ok(serde_json::Value::Object(mine)), Ok(serde_json::Value::Object(base))) = (
            serde_json::to_value(self),
            serde_json::to_value(Policy::default()),
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

    /// Applies one `name=value` override, as given on the command line
    /// (`--policy beneficiary_end=09-01`). The value is read as JSON when it
    /// parses as JSON, else as a JSON string.
    pub fn set(&mut self, assignment: &str) -> Result<(), String> {
        let (name, value) = assignment
            .split_once('=')
            .ok_or_else(|| format!("expected NAME=VALUE, found \"{assignment}\""))?;
        let mut map = match serde_json::to_value(&*self) {
            Ok(serde_json::Value::Object(m)) => m,
            _ => return Err("internal: policy is not an object".into()),
        };
        if !map.contains_key(name) {
            let known: Vec<&str> = map.keys().map(String::as_str).collect();
            return Err(match crate::suggest::closest(name, known.iter().copied()) {
                Some(s) => format!("unknown policy \"{name}\"; did you mean \"{s}\"?"),
                None => format!("unknown policy \"{name}\"; known: {}", known.join(", ")),
            });
        }
        let v = serde_json::from_slice(value.as_bytes())
            .unwrap_or_else(|_| serde_json::Value::String(value.to_owned()));
        map.insert(name.to_owned(), v);
        *self = crate::tree::from_tree(&serde_json::Value::Object(map))
            .map_err(|e| format!("policy {name}: {e}"))?;
        Ok(())
    }
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
        /// Day of the month.
        day: u32,
    },
}

/// Decision 2: the birthday of a person born on 29 February in other years.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
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
    use super::*;

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
            err,
            "unknown policy \"leap_day\"; did you mean \"leap_day_birthday\"?"
        );
        assert!(p.set("leap_day_birthday=sometimes").is_err());
        assert!(p.set("no_equals_sign").is_err());
    }
}
