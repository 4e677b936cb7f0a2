//! Decoding a household from JSON, reporting every structural problem at once.
//!
//! The fast path is serde's derived decoder: a valid household decodes in one
//! pass. When it fails, `diagnose` re-reads the input as a JSON tree and
//! walks it field by field, so that *all* problems are reported, each with its
//! JSON path: unknown fields (with the closest known name), missing fields,
//! wrong types, unknown enum values and countries, impossible dates. The field
//! lists come from the serde derives themselves ([`struct_fields`]), so the
//! walker cannot drift from the types.

use std::str::FromStr;

use serde::de::{self, Deserialize, Deserializer, Visitor};
use serde_json::{Map, Value};

use crate::Country;
use crate::error::{ErrorCode, Errors, InputErrors};
use crate::model::{
    Activity, ActivityKind, Certificate, Employer, HOUSEHOLD_FORMAT, Household, Member, NirStatus,
    Permit, Posting, Relationship, Residence, Sector, Sex,
};
use crate::suggest::closest;

/// Decodes a household from JSON bytes.
///
/// Checks structure only (types, fields, enum values, dates, countries, the
/// `format` version); the rules that relate fields to each other (birth after
/// `as_of`, duplicate ids, primaries, parents, NIR keys…) run in
/// `validate`, called by [`crate::assess`].
pub fn parse_household(input: &[u8]) -> Result<Household, InputErrors> {
    // Validating the UTF-8 of the whole document once is cheaper than
    // serde_json's check of every string, and lets it borrow freely.
    let Ok(text) = std::str::from_utf8(input) else {
        return Err(diagnose(input, None));
    };
    match serde_json::from_str::<Household>(text) {
        Ok(h) => {
            let mut errs = Errors::default();
            check_format(h.format.as_deref(), &mut errs);
            errs.into_result(h)
        }
        Err(first) => Err(diagnose(input, Some(&first))),
    }
}

/// Decodes a household from a JSON tree: the same checks and the same
/// diagnosis as [`parse_household`], for callers that hold a tree already
/// (the WebAssembly binding, the case-file reader). It decodes through
/// [`crate::tree`] only, so a program that never calls [`parse_household`]
/// carries no text deserializer for the household types (which matters for
/// the size of the WebAssembly module).
pub fn parse_household_value(value: &Value) -> Result<Household, InputErrors> {
    match crate::tree::from_tree::<Household>(value) {
        Ok(h) => {
            let mut errs = Errors::default();
            check_format(h.format.as_deref(), &mut errs);
            errs.into_result(h)
        }
        Err(first) => Err(diagnose_value(value, || first.to_string())),
    }
}

/// Walks a JSON document that serde rejected and lists every problem.
fn diagnose(input: &[u8], first: Option<&serde_json::Error>) -> InputErrors {
    let mut errs = Errors::default();
    if let Err(e) = std::str::from_utf8(input) {
        errs.push(
            "",
            ErrorCode::InvalidUtf8,
            format!("input is not valid UTF-8 (byte {})", e.valid_up_to()),
        );
        return InputErrors(errs.0);
    }
    let value: Value = match serde_json::from_slice(input) {
        Ok(v) => v,
        Err(e) => {
            errs.push(
                "",
                ErrorCode::MalformedJson,
                format!(
                    "malformed JSON at line {} column {}: {}",
                    e.line(),
                    e.column(),
                    strip_position(&e)
                ),
            );
            return InputErrors(errs.0);
        }
    };
    diagnose_value(&value, || match first {
        Some(e) => format!(
            "line {} column {}: {}",
            e.line(),
            e.column(),
            strip_position(e)
        ),
        None => "invalid input".to_owned(),
    })
}

/// Walks a JSON tree that serde rejected and lists every problem; when the
/// walk finds nothing serde did not like (a duplicate key, say), serde's own
/// diagnosis (`first`) is reported rather than nothing.
fn diagnose_value(value: &Value, first: impl FnOnce() -> String) -> InputErrors {
    let mut errs = Errors::default();
    walk_household(value, &mut errs);
    if errs.is_empty() {
        errs.push("", ErrorCode::MalformedJson, first());
    }
    InputErrors(errs.0)
}

/// serde_json's message without its trailing " at line L column C".
fn strip_position(e: &serde_json::Error) -> String {
    let s = e.to_string();
    match s.rfind(" at line ") {
        Some(i) => s[..i].to_owned(),
        None => s,
    }
}

/// Refuses a `format` other than `secu.household.v1`, with the reason.
pub(crate) fn check_format(format: Option<&str>, errs: &mut Errors) {
    let Some(f) = format else { return };
    if f == HOUSEHOLD_FORMAT {
        return;
    }
    let newer = f
        .strip_prefix("secu.household.v")
        .and_then(|v| v.parse::<u32>().ok())
        .is_some_and(|v| v > 1);
    let message = if newer {
        format!(
            "\"{f}\" is newer than this version of secu understands ({HOUSEHOLD_FORMAT}): upgrade secu"
        )
    } else {
        format!("unknown format \"{f}\": expected \"{HOUSEHOLD_FORMAT}\"")
    };
    errs.push("format", ErrorCode::UnsupportedFormat, message);
}

/// The field names of a struct, as its serde derive knows them.
pub fn struct_fields<'de, T: Deserialize<'de>>() -> &'static [&'static str] {
    struct Probe<'a>(&'a mut &'static [&'static str]);
    impl<'de> Deserializer<'de> for Probe<'_> {
        type Error = de::value::Error;
        fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Self::Error> {
            Err(de::Error::custom("probe"))
        }
        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> Result<V::Value, Self::Error> {
            *self.0 = fields;
            Err(de::Error::custom("probe"))
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
            bytes byte_buf option unit unit_struct newtype_struct seq tuple
            tuple_struct map enum identifier ignored_any
        }
    }
    let mut fields: &'static [&'static str] = &[];
    let _ = T::deserialize(Probe(&mut fields));
    fields
}

/// One JSON object being checked: its fields, its path, the errors.
struct Obj<'v, 'e> {
    map: &'v Map<String, Value>,
    path: String,
    errs: &'e mut Errors,
}

impl<'v, 'e> Obj<'v, 'e> {
    /// Starts on `value` if it is an object; reports it otherwise.
    fn new(value: &'v Value, path: String, errs: &'e mut Errors) -> Option<Self> {
        match value {
            Value::Object(map) => Some(Self { map, path, errs }),
            other => {
                errs.push(
                    path,
                    ErrorCode::InvalidType,
                    format!("expected an object, found {}", kind(other)),
                );
                None
            }
        }
    }

    /// Reports unknown fields (with a suggestion) and missing required ones.
    fn check_keys(&mut self, known: &[&'static str], required: &[&str]) {
        for key in self.map.keys() {
            if !known.contains(&key.as_str()) {
                let message = match closest(key, known.iter().copied()) {
                    Some(s) => format!("unknown field \"{key}\"; did you mean \"{s}\"?"),
                    None => format!(
                        "unknown field \"{key}\"; known fields: {}",
                        known.join(", ")
                    ),
                };
                let path = self.child(key);
                self.errs.push(path, ErrorCode::UnknownField, message);
            }
        }
        for r in required {
            if !self.map.contains_key(*r) {
                self.errs.push(
                    self.child(r),
                    ErrorCode::MissingField,
                    format!("missing required field \"{r}\""),
                );
            }
        }
    }

    fn child(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_owned()
        } else {
            format!("{}.{key}", self.path)
        }
    }

    /// The value of `key`, unless absent or (when `nullable`) null.
    fn get(&self, key: &str, nullable: bool) -> Option<&'v Value> {
        match self.map.get(key) {
            Some(Value::Null) if nullable => None,
            other => other,
        }
    }

    fn string(&mut self, key: &str, nullable: bool) {
        if let Some(v) = self.get(key, nullable)
            && !v.is_string()
        {
            let p = self.child(key);
            self.errs.push(
                p,
                ErrorCode::InvalidType,
                format!("expected a string, found {}", kind(v)),
            );
        }
    }

    fn boolean(&mut self, key: &str, nullable: bool) {
        if let Some(v) = self.get(key, nullable)
            && !v.is_boolean()
        {
            let p = self.child(key);
            self.errs.push(
                p,
                ErrorCode::InvalidType,
                format!("expected true or false, found {}", kind(v)),
            );
        }
    }

    fn date(&mut self, key: &str, nullable: bool) {
        if let Some(v) = self.get(key, nullable) {
            let p = self.child(key);
            check_date(v, p, self.errs);
        }
    }

    fn country(&mut self, key: &str, nullable: bool) {
        if let Some(v) = self.get(key, nullable)
            && let Err(e) = Country::deserialize(crate::tree::Tree(v))
        {
            let p = self.child(key);
            let code = if v.is_string() {
                ErrorCode::UnknownCountry
            } else {
                ErrorCode::InvalidType
            };
            self.errs.push(p, code, e.to_string());
        }
    }

    fn enumeration<E: FromStr + strum::VariantNames>(&mut self, key: &str, nullable: bool) {
        if let Some(v) = self.get(key, nullable) {
            let p = self.child(key);
            match v.as_str() {
                None => self.errs.push(
                    p,
                    ErrorCode::InvalidType,
                    format!("expected a string, found {}", kind(v)),
                ),
                Some(s) if E::from_str(s).is_err() => {
                    let hint = match closest(s, E::VARIANTS.iter().copied()) {
                        Some(c) => format!("; did you mean \"{c}\"?"),
                        None => String::new(),
                    };
                    self.errs.push(
                        p,
                        ErrorCode::UnknownValue,
                        format!(
                            "unknown value \"{s}\"{hint} (expected one of: {})",
                            E::VARIANTS.join(", ")
                        ),
                    );
                }
                Some(_) => {}
            }
        }
    }

    fn object(&mut self, key: &str, walk: fn(&Value, String, &mut Errors)) {
        if let Some(v) = self.get(key, true) {
            walk(v, self.child(key), self.errs);
        }
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Checks a `YYYY-MM-DD` civil date and says why it is not one (the same
/// parser as the fast path: [`crate::model::civil_date::parse`]).
fn check_date(v: &Value, path: String, errs: &mut Errors) {
    use crate::model::civil_date::{DateError, parse};
    let Some(s) = v.as_str() else {
        errs.push(
            path,
            ErrorCode::InvalidType,
            format!("expected a date \"YYYY-MM-DD\", found {}", kind(v)),
        );
        return;
    };
    match parse(s) {
        Ok(_) => {}
        Err(DateError::NoSuchDay) => errs.push(
            path,
            ErrorCode::InvalidDate,
            format!("no such date \"{s}\""),
        ),
        Err(DateError::Shape) => {
            errs.push(
                path,
                ErrorCode::InvalidDate,
                format!("invalid date \"{s}\": expected YYYY-MM-DD"),
            );
        }
    }
}

fn walk_household(v: &Value, errs: &mut Errors) {
    let Some(mut o) = Obj::new(v, String::new(), errs) else {
        return;
    };
    o.check_keys(struct_fields::<Household>(), &["members"]);
    o.string("format", true);
    if let Some(Value::String(f)) = o.get("format", true) {
        check_format(Some(f), o.errs);
    }
    o.date("as_of", true);
    match o.get("members", false) {
        Some(Value::Array(members)) => {
            for (i, m) in members.iter().enumerate() {
                walk_member(m, format!("members[{i}]"), o.errs);
            }
        }
        Some(other) => {
            let k = kind(other);
            o.errs.push(
                "members",
                ErrorCode::InvalidType,
                format!("expected an array of members, found {k}"),
            );
        }
        None => {}
    }
}

fn walk_member(v: &Value, path: String, errs: &mut Errors) {
    let Some(mut o) = Obj::new(v, path, errs) else {
        return;
    };
    o.check_keys(
        struct_fields::<Member>(),
        &[
            "id",
            "relationship",
            "birth_date",
            "nationality",
            "birth_country",
        ],
    );
    o.string("id", false);
    // The label is personal data: its type error must not echo it (it does not:
    // only the JSON kind is named).
    o.string("label", true);
    o.enumeration::<Relationship>("relationship", false);
    o.date("birth_date", false);
    o.enumeration::<Sex>("sex", true);
    o.country("nationality", false);
    o.country("birth_country", false);
    o.string("nir", true);
    o.enumeration::<NirStatus>("nir_status", true);
    o.date("nia_issued_on", true);
    o.boolean("previously_insured_in_france", true);
    o.object("activity", walk_activity);
    o.object("residence", walk_residence);
    o.boolean("in_education", false);
    o.boolean("autonomy_requested", false);
    o.country("union_country", true);
    if let Some(p) = o.get("parents", true) {
        let path = o.child("parents");
        match p {
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    if !item.is_string() {
                        o.errs.push(
                            format!("{path}[{i}]"),
                            ErrorCode::InvalidType,
                            format!("expected a member id (string), found {}", kind(item)),
                        );
                    }
                }
            }
            other => o.errs.push(
                path,
                ErrorCode::InvalidType,
                format!("expected an array of member ids, found {}", kind(other)),
            ),
        }
    }
}

fn walk_activity(v: &Value, path: String, errs: &mut Errors) {
    let Some(mut o) = Obj::new(v, path, errs) else {
        return;
    };
    o.check_keys(struct_fields::<Activity>(), &[]);
    o.enumeration::<ActivityKind>("kind", false);
    o.date("start_date", true);
    o.enumeration::<Sector>("sector", false);
    o.object("employer", walk_employer);
    o.object("posting", walk_posting);
}

fn walk_employer(v: &Value, path: String, errs: &mut Errors) {
    let Some(mut o) = Obj::new(v, path, errs) else {
        return;
    };
    o.check_keys(struct_fields::<Employer>(), &[]);
    o.string("siren", true);
    o.string("payroll_id", true);
}

fn walk_posting(v: &Value, path: String, errs: &mut Errors) {
    let Some(mut o) = Obj::new(v, path, errs) else {
        return;
    };
    o.check_keys(struct_fields::<Posting>(), &["from_country", "certificate"]);
    o.country("from_country", false);
    o.enumeration::<Certificate>("certificate", false);
    o.date("end_date", true);
}

fn walk_residence(v: &Value, path: String, errs: &mut Errors) {
    let Some(mut o) = Obj::new(v, path, errs) else {
        return;
    };
    o.check_keys(struct_fields::<Residence>(), &[]);
    o.date("arrival_date", true);
    o.enumeration::<Permit>("permit", true);
    o.date("permit_valid_from", true);
    o.date("permit_valid_until", true);
    o.string("postcode", true);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_lists_come_from_serde() {
        assert!(struct_fields::<Member>().contains(&"birth_date"));
        assert!(struct_fields::<Member>().contains(&"union_country"));
        assert_eq!(
            struct_fields::<Posting>(),
            &["from_country", "certificate", "end_date"]
        );
        assert_eq!(
            struct_fields::<Household>(),
            &["format", "as_of", "members"]
        );
    }
}
