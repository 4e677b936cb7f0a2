//! Localised messages: a text key, its language, a few arguments and the
//! person's sex, rendered by the Fluent engine ([`crate::l10n`]) only when
//! displayed or serialised (no string is allocated while assessing).

use std::fmt;

use chrono::NaiveDate;
use serde::{Serialize, Serializer};

use crate::data::departments::Department;
use crate::l10n::Value;
use crate::model::Sex;
use crate::text::T;
use crate::{Country, Lang};

/// One argument of a message template (`{0}`, `{1}`). Kept to 16 bytes:
/// messages are built by the dozen per member and moved into vectors.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Arg {
    /// No argument in this slot.
    #[default]
    None,
    /// A civil date, written out by the message's `DATE`.
    Date(NaiveDate),
    /// A number.
    Num(i32),
    /// A country, written by the message's `COUNTRY` in the form it asks.
    Country(Country),
    /// Another text, in the message's language.
    Text(T),
    /// Another text about the message's second person (the insured person a
    /// member joins or follows): it agrees with [`Msg::insured_sex`].
    Insured(T),
    /// The name of a department's local fund, written as is (a reference to
    /// the row of the static table, to keep `Arg` small).
    Fund(&'static Department),
}

/// A localised message: rendered by `Display` and serialised as a string.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Msg {
    /// The text key.
    pub key: T,
    /// The language it renders in.
    pub lang: Lang,
    /// Arguments, in the order of the key's variables ([`T::vars`]).
    pub args: [Arg; 2],
    /// The sex of the person the message is about, for the languages whose
    /// words agree with it (`None`: unknown, or not about a person).
    pub sex: Option<Sex>,
    /// The sex of the second person the message names, `$insured-sex` (the
    /// insured person a member joins or follows: « suit la salariée »), for
    /// the languages whose words agree with that person too (`None`:
    /// unknown, or no second person).
    pub insured_sex: Option<Sex>,
}

impl Msg {
    /// A message without arguments.
    pub const fn new(key: T, lang: Lang) -> Self {
        Self {
            key,
            lang,
            args: [Arg::None; 2],
            sex: None,
            insured_sex: None,
        }
    }

    /// Sets the second person's sex (`$insured-sex`).
    #[must_use]
    pub const fn insured_sex(mut self, sex: Option<Sex>) -> Self {
        self.insured_sex = sex;
        self
    }

    /// Sets the person's sex.
    #[must_use]
    pub const fn sex(mut self, sex: Option<Sex>) -> Self {
        self.sex = sex;
        self
    }

    /// Sets argument `{i}`.
    #[must_use]
    pub const fn arg(mut self, i: usize, value: Arg) -> Self {
        if i < 2 {
            self.args[i] = value;
        }
        self
    }
}

impl fmt::Display for Msg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let lang = self.lang;
        // Most messages have no variables: rendered once, then cached.
        if self.key.vars().is_empty() && self.insured_sex.is_none() {
            return f.write_str(self.key.get_for(lang, self.sex));
        }
        let mut values = self
            .args
            .iter()
            .map(|a| value(a, lang, self.sex, self.insured_sex));
        crate::l10n::write(f, self.key, lang, &mut values, self.sex, self.insured_sex)
    }
}

/// An argument's value; a nested text agrees with the same person, or with
/// the second person for [`Arg::Insured`].
fn value(arg: &Arg, lang: Lang, sex: Option<Sex>, insured_sex: Option<Sex>) -> Value<'static> {
    use std::borrow::Cow;
    match arg {
        Arg::None => Value::Str(Cow::Borrowed("")),
        Arg::Date(d) => {
            let mut s = String::with_capacity(10);
            let _ = crate::date::write_iso(*d, &mut s);
            Value::Str(Cow::Owned(s))
        }
        Arg::Num(n) => Value::Num(i64::from(*n)),
        Arg::Country(c) => Value::Str(Cow::Borrowed(c.code())),
        Arg::Text(t) => Value::Str(Cow::Borrowed(t.get_for(lang, sex))),
        Arg::Insured(t) => Value::Str(Cow::Borrowed(t.get_for(lang, insured_sex))),
        Arg::Fund(d) => Value::Str(Cow::Borrowed(d.fund_name())),
    }
}

impl Serialize for Msg {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Msg {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "LocalisedText".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "A text in the assessment's language."
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_and_rendered() {
        assert!(std::mem::size_of::<Arg>() <= 16);
        let d = NaiveDate::from_ymd_opt(2027, 1, 1).expect("date");
        let m = Msg::new(T::WNttToleranceExceeded, Lang::Fr).arg(0, Arg::Date(d));
        assert_eq!(
            m.to_string(),
            "La tolérance de 3 mois du NTT a pris fin le 1er janvier 2027\u{a0}: la paie doit obtenir dès maintenant le NIR ou le NIA."
        );
        assert_eq!(serde_json::to_string(&m).expect("json"), format!("\"{m}\""));
    }
}
