//! Localised messages: a text key, its language and a few arguments, rendered
//! only when displayed or serialised (no string is allocated while assessing).

use std::fmt;

use chrono::NaiveDate;
use serde::{Serialize, Serializer};

use crate::data::departments::Department;
use crate::text::T;
use crate::{Country, Lang};

/// One argument of a message template (`{0}`, `{1}`). Kept to 16 bytes:
/// messages are built by the dozen per member and moved into vectors.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Arg {
    /// No argument in this slot.
    #[default]
    None,
    /// A civil date, written `YYYY-MM-DD`.
    Date(NaiveDate),
    /// A number.
    Num(i32),
    /// A country, written by its name in the message's language.
    Country(Country),
    /// Another text, in the message's language.
    Text(T),
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
    /// Arguments for `{0}` and `{1}`.
    pub args: [Arg; 2],
}

impl Msg {
    /// A message without arguments.
    pub const fn new(key: T, lang: Lang) -> Self {
        Self {
            key,
            lang,
            args: [Arg::None; 2],
        }
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
        render(self.key.get(self.lang), self.lang, &self.args, f)
    }
}

/// Writes `template`, replacing `{0}` and `{1}` by the arguments.
fn render(template: &str, lang: Lang, args: &[Arg; 2], f: &mut fmt::Formatter<'_>) -> fmt::Result {
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let (before, after) = rest.split_at(open);
        f.write_str(before)?;
        let bytes = after.as_bytes();
        if bytes.len() >= 3 && bytes[2] == b'}' && (b'0'..=b'1').contains(&bytes[1]) {
            write_arg(&args[usize::from(bytes[1] - b'0')], lang, f)?;
            rest = &after[3..];
        } else {
            f.write_str("{")?;
            rest = &after[1..];
        }
    }
    f.write_str(rest)
}

fn write_arg(arg: &Arg, lang: Lang, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    match arg {
        Arg::None => Ok(()),
        Arg::Date(d) => crate::date::write_iso(*d, f),
        Arg::Num(n) => write!(f, "{n}"),
        Arg::Country(c) => f.write_str(c.name(lang)),
        Arg::Text(t) => render(t.get(lang), lang, &[Arg::None; 2], f),
        Arg::Fund(d) => f.write_str(d.fund_name()),
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
            "description": "A text in the assessment's language (English or French)."
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
            "La tolérance de 3 mois du NTT a pris fin le 2027-01-01 : la paie doit obtenir dès maintenant le NIR ou le NIA."
        );
        assert_eq!(serde_json::to_string(&m).expect("json"), format!("\"{m}\""));
    }
}
