//! Decoding a household from JSON, reporting every structural problem at once.
//!
//! Two decoders, tested equal (`tests/it/decoders.rs` and the `assess_json`
//! fuzz target): same household, or the same problems at the same paths.
//!
//! - From bytes, [`parse_household`] (the CLI's): serde's derived decoder,
//!   a valid household in one pass. When it fails, `diagnose` re-reads the
//!   input as a JSON tree and walks it.
//! - From a tree, [`parse_household_value`] (the WebAssembly binding's, the
//!   case-file reader's): the walk itself builds the household.
//!
//! The walk goes field by field, so that *all* problems are reported, each
//! with its JSON path: unknown fields (with the closest known name), missing
//! fields, wrong types, unknown enum values and countries, impossible dates.
//! It accepts exactly what serde's derive accepts (including its odd forms:
//! see `Walk`). The field lists come from the serde derives themselves
//! ([`struct_fields`]), so the walker cannot drift from the types' fields.

use std::str::FromStr;

use chrono::NaiveDate;
use serde::de::{self, Deserialize, DeserializeOwned, Deserializer, Visitor};
use serde_json::{Map, Value};

use crate::Country;
use crate::error::{ErrText, ErrorCode, Errors, InputError, InputErrors};
use crate::model::{
    Activity, Certificate, Employer, HOUSEHOLD_FORMAT, Household, Member, Posting, Relationship,
    Residence,
};
use crate::suggest::closest;
use crate::text::T;

/// The most members a household may have (issue 10, item 2): a larger
/// `members` array is refused as a whole, with code
/// [`ErrorCode::TooManyMembers`], before any member is looked at. Far above
/// any family (the assessment is linear in the members, so this bounds the
/// work, not the rules).
pub const MAX_MEMBERS: usize = 10_000;

/// The UTF-8 byte order mark some editors write at the start of a file.
const BOM: &[u8] = b"\xEF\xBB\xBF";
use crate::validate::Known;

/// Decodes a household from JSON bytes.
///
/// A leading UTF-8 byte order mark is skipped (issue 10, item 15).
///
/// Checks structure only (types, fields, enum values, dates, countries, the
/// `format` version); the rules that relate fields to each other (birth after
/// `as_of`, duplicate ids, primaries, parents, NIR keys…) run in
/// `validate`, called by [`crate::assess`].
pub fn parse_household(input: &[u8]) -> Result<Household, InputErrors> {
    let input = input.strip_prefix(BOM).unwrap_or(input);
    // Validating the UTF-8 of the whole document once is cheaper than
    // serde_json's check of every string, and lets it borrow freely.
    let Ok(text) = std::str::from_utf8(input) else {
        return Err(diagnose(input, None));
    };
    match serde_json::from_str::<Household>(text) {
        Ok(h) => {
            let mut errs = Errors::default();
            check_format(h.format.as_deref(), &mut errs);
            check_members(h.members.len(), &mut errs);
            errs.into_result(h)
        }
        Err(first) => Err(diagnose(input, Some(&first))),
    }
}

/// The JSON tree of a text (a leading UTF-8 byte order mark skipped), or
/// the error [`parse_household`] reports for a text that is not JSON
/// (`invalid_utf8`, `malformed_json` with its line and column): for callers
/// that decode the tree themselves ([`parse_household_value`], the intake),
/// such as the WebAssembly binding given a household as JSON text. Linking
/// it brings no decoder of the household types.
///
/// ```
/// let broken = b"{\"members\": [\n  {\"id\": \"a\",}\n]}";
/// let e = secu::decode::parse_tree(broken).unwrap_err();
/// assert_eq!(e.0[0].code, secu::ErrorCode::MalformedJson);
/// assert_eq!(e.to_string(), secu::parse_household(broken).unwrap_err().to_string());
/// let tree = secu::decode::parse_tree(b"\xEF\xBB\xBF{\"members\": []}").unwrap();
/// assert!(tree["members"].is_array());
/// ```
pub fn parse_tree(input: &[u8]) -> Result<Value, InputErrors> {
    let input = input.strip_prefix(BOM).unwrap_or(input);
    serde_json::from_slice(input).map_err(|e| not_json(input, &e))
}

/// The errors of a text that is not JSON, as [`diagnose`] reports them
/// first; apart from it so that [`parse_tree`] does not link the walk (the
/// size of the WebAssembly module).
fn not_json(input: &[u8], e: &serde_json::Error) -> InputErrors {
    let mut errs = Errors::default();
    match std::str::from_utf8(input) {
        Err(u) => errs.push(
            "",
            ErrorCode::InvalidUtf8,
            ErrText::new(T::ErrNotUtf8).arg(u.valid_up_to().to_string()),
        ),
        Ok(_) => errs.push(
            "",
            ErrorCode::MalformedJson,
            ErrText::new(T::ErrMalformedJson)
                .arg(e.line().to_string())
                .arg(e.column().to_string())
                .then(json_detail(e)),
        ),
    }
    errs.into_errors()
}

/// Decodes a household from a JSON tree: the same checks and the same
/// diagnosis as [`parse_household`], for callers that hold a tree already
/// (the WebAssembly binding, the case-file reader). The walker that
/// diagnoses [`parse_household`]'s failures builds the household itself, so
/// a program that never calls [`parse_household`] carries no serde decoder
/// of the household types (which matters for the size of the WebAssembly
/// module).
pub fn parse_household_value(value: &Value) -> Result<Household, InputErrors> {
    let h = household_from_tree(value)?;
    let mut errs = Errors::default();
    check_format(h.format.as_deref(), &mut errs);
    errs.into_result(h)
}

/// Decodes a household from a JSON tree, its structure only (the `format`
/// is not checked): what serde's derive accepts, with the same value;
/// otherwise every problem, with its path.
pub fn household_from_tree(value: &Value) -> Result<Household, InputErrors> {
    let mut w = Walk::default();
    let h = walk_and_check(value, &mut w);
    w.finish(h)
}

/// Walks a household; when something hard is found, also runs the
/// validator's checks on the members and fields that did decode, so that
/// one problem (an unknown country code) hides no independent one (a wrong
/// NIR key in another member): issue 10, item 18; Decision 22.
fn walk_and_check(value: &Value, w: &mut Walk) -> Option<Household> {
    let h = structure(value, String::new(), w, walk_household);
    if w.hard > 0
        && let Some((partial, known)) = partial_household(value)
    {
        let mut errs = Errors::default();
        crate::validate::check_partial(&partial, &known, &mut errs);
        for e in errs.0 {
            // Keep the text key, so that the message follows the language (item 15).
            w.push(e.path, e.code, e.text.or_fixed(&e.message));
        }
    }
    h
}

/// The members of a household that did not decode, each as far as it did
/// (a member that is not an object is a placeholder), with the member-level
/// fields that did not; `None` when `members` is not an array of a
/// household object.
fn partial_household(value: &Value) -> Option<(Household, Known)> {
    let Value::Object(map) = value else {
        return None;
    };
    let Some(Value::Array(items)) = map.get("members") else {
        return None;
    };
    let fields = struct_fields::<Member>();
    let empty = Map::new();
    let mut members = Vec::with_capacity(items.len());
    let mut known = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let path = format!("members[{i}]");
        let mut w = Walk::default();
        let (src, decoded) = match item {
            Value::Object(m) => (m, true),
            _ => (&empty, false),
        };
        let member = walk_member(&mut Obj {
            src: Src::Map(src),
            fields,
            path: path.clone(),
            w: &mut w,
        });
        let prefix = format!("{path}.");
        let bad = decoded.then(|| {
            w.errs
                .0
                .iter()
                .filter_map(|e| e.path.strip_prefix(&prefix))
                .map(|rest| rest.split(['.', '[']).next().unwrap_or(rest).to_owned())
                .collect()
        });
        members.push(member);
        known.push(bad);
    }
    let h = Household {
        format: None,
        as_of: None,
        members,
    };
    Some((h, Known::Partial(known)))
}

/// Decodes one member from a JSON tree, as the household decoder does; the
/// problems' paths start with `path` (the member's own).
pub fn member_from_tree(value: &Value, path: String) -> Result<Member, InputErrors> {
    let mut w = Walk::default();
    let m = structure(value, path, &mut w, walk_member);
    w.finish(m)
}

/// Walks a JSON document that serde rejected and lists every problem.
fn diagnose(input: &[u8], first: Option<&serde_json::Error>) -> InputErrors {
    let mut errs = Errors::default();
    if let Err(e) = std::str::from_utf8(input) {
        errs.push(
            "",
            ErrorCode::InvalidUtf8,
            ErrText::new(T::ErrNotUtf8).arg(e.valid_up_to().to_string()),
        );
        return errs.into_errors();
    }
    let value: Value = match serde_json::from_slice(input) {
        Ok(v) => v,
        Err(e) => {
            errs.push(
                "",
                ErrorCode::MalformedJson,
                ErrText::new(T::ErrMalformedJson)
                    .arg(e.line().to_string())
                    .arg(e.column().to_string())
                    .then(json_detail(&e)),
            );
            return errs.into_errors();
        }
    };
    // The walk's findings; when it finds nothing serde did not like (a
    // duplicate key, say), serde's own diagnosis is reported rather than
    // nothing.
    let mut w = Walk::default();
    let _ = walk_and_check(&value, &mut w);
    let mut errs = w.errs;
    if errs.is_empty() {
        match (first, duplicate_key(input)) {
            (_, Some((path, key))) => errs.push(
                path,
                ErrorCode::MalformedJson,
                ErrText::new(T::ErrDuplicateField).arg(key),
            ),
            (Some(e), None) => errs.push(
                "",
                ErrorCode::MalformedJson,
                ErrText::new(T::ErrAtLine)
                    .arg(e.line().to_string())
                    .arg(e.column().to_string())
                    .then(json_detail(e)),
            ),
            (None, None) => errs.push("", ErrorCode::MalformedJson, "invalid input"),
        }
    }
    errs.into_errors()
}

/// serde_json's detail of a JSON error (its message without the position)
/// as a text of the resources, so it reads in the reader's language: each
/// syntax error serde_json can report has its message (the English one is
/// serde_json's own words); any other gets a generic one (`err-json-other`).
/// The error's `code` (`malformed_json`) and `field` are unchanged.
pub fn json_detail(e: &serde_json::Error) -> T {
    match strip_position(e).as_str() {
        "EOF while parsing a list" => T::ErrJsonEofList,
        "EOF while parsing an object" => T::ErrJsonEofObject,
        "EOF while parsing a string" => T::ErrJsonEofString,
        "EOF while parsing a value" => T::ErrJsonEofValue,
        "expected `:`" => T::ErrJsonExpectedColon,
        "expected `,` or `]`" => T::ErrJsonExpectedListComma,
        "expected `,` or `}`" => T::ErrJsonExpectedObjectComma,
        "expected ident" => T::ErrJsonExpectedIdent,
        "expected value" => T::ErrJsonExpectedValue,
        "expected `\"`" => T::ErrJsonExpectedQuote,
        "invalid escape" => T::ErrJsonInvalidEscape,
        "invalid number" => T::ErrJsonInvalidNumber,
        "number out of range" => T::ErrJsonNumberOutOfRange,
        "invalid unicode code point" => T::ErrJsonInvalidCodePoint,
        "control character (\\u0000-\\u001F) found while parsing a string" => {
            T::ErrJsonControlCharacter
        }
        "key must be a string" => T::ErrJsonKeyMustBeString,
        "trailing comma" => T::ErrJsonTrailingComma,
        "trailing characters" => T::ErrJsonTrailingCharacters,
        "recursion limit exceeded" => T::ErrJsonRecursionLimit,
        "unexpected end of hex escape" => T::ErrJsonHexEscapeEnd,
        "lone leading surrogate in hex escape" => T::ErrJsonLoneSurrogate,
        _ => T::ErrJsonOther,
    }
}

/// serde_json's message without its trailing " at line L column C".
fn strip_position(e: &serde_json::Error) -> String {
    let s = e.to_string();
    match s.rfind(" at line ") {
        Some(i) => s[..i].to_owned(),
        None => s,
    }
}

/// Refuses more than [`MAX_MEMBERS`] members.
fn check_members(n: usize, errs: &mut Errors) {
    if n > MAX_MEMBERS {
        errs.push(
            "members",
            ErrorCode::TooManyMembers,
            ErrText::new(T::ErrTooManyMembers)
                .arg(n.to_string())
                .arg(MAX_MEMBERS.to_string()),
        );
    }
}

/// The path and name of the first key written twice in one object of the
/// JSON text `input` (serde's derive refuses it, a JSON tree keeps the last
/// one silently, so the walk cannot see it).
fn duplicate_key(input: &[u8]) -> Option<(String, String)> {
    use std::collections::HashSet;

    use serde::de::{DeserializeSeed, MapAccess, SeqAccess};

    type Found = Option<(String, String)>;
    struct Seek<'a> {
        path: String,
        found: &'a mut Found,
    }
    fn child(path: &str, key: &str) -> String {
        if path.is_empty() {
            key.to_owned()
        } else {
            format!("{path}.{key}")
        }
    }
    impl<'de> DeserializeSeed<'de> for Seek<'_> {
        type Value = ();
        fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
            d.deserialize_any(self)
        }
    }
    impl<'de> Visitor<'de> for Seek<'_> {
        type Value = ();
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("any JSON value")
        }
        fn visit_bool<E>(self, _: bool) -> Result<(), E> {
            Ok(())
        }
        fn visit_i64<E>(self, _: i64) -> Result<(), E> {
            Ok(())
        }
        fn visit_u64<E>(self, _: u64) -> Result<(), E> {
            Ok(())
        }
        fn visit_f64<E>(self, _: f64) -> Result<(), E> {
            Ok(())
        }
        fn visit_str<E>(self, _: &str) -> Result<(), E> {
            Ok(())
        }
        fn visit_unit<E>(self) -> Result<(), E> {
            Ok(())
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
            let found = self.found;
            let mut i = 0usize;
            while seq
                .next_element_seed(Seek {
                    path: format!("{}[{i}]", self.path),
                    found: &mut *found,
                })?
                .is_some()
            {
                i += 1;
            }
            Ok(())
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
            let found = self.found;
            let mut seen = HashSet::new();
            while let Some(key) = map.next_key::<String>()? {
                let path = child(&self.path, &key);
                if seen.contains(&key) {
                    *found = Some((path, key));
                    return Err(de::Error::custom("duplicate key"));
                }
                map.next_value_seed(Seek {
                    path,
                    found: &mut *found,
                })?;
                seen.insert(key);
            }
            Ok(())
        }
    }
    let mut found = None;
    let mut de = serde_json::Deserializer::from_slice(input);
    let _ = Seek {
        path: String::new(),
        found: &mut found,
    }
    .deserialize(&mut de);
    found
}

/// The problem with a household's `format` (at `format`), if it is not
/// `secu.household.v1`: a newer version or an unknown format, with the reason.
/// The case-file reader checks an embedded household's format with it.
pub fn format_error(format: &str) -> Option<InputError> {
    let mut errs = Errors::default();
    check_format(Some(format), &mut errs);
    errs.0.into_iter().next()
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
    let message = ErrText::new(if newer {
        T::ErrNewerFormat
    } else {
        T::ErrUnknownFormat
    })
    .arg(f)
    .arg(HOUSEHOLD_FORMAT);
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

/// The walk's findings, in document order. Most are *hard*: serde's derive
/// refuses the value too. A few are *soft*: forms the derive accepts but the
/// walker reports (a struct written as the array of its fields, an enum
/// value written `{"name": null}`, and a `format` checked only after
/// decoding). A value is built when nothing hard was found; the soft
/// findings are reported only alongside a hard one, as they always were.
#[derive(Default)]
struct Walk {
    errs: Errors,
    hard: usize,
}

impl Walk {
    fn push(&mut self, path: impl Into<String>, code: ErrorCode, message: impl Into<ErrText>) {
        self.hard += 1;
        self.errs.push(path, code, message);
    }

    fn soft(&mut self, path: impl Into<String>, code: ErrorCode, message: impl Into<ErrText>) {
        self.errs.push(path, code, message);
    }

    /// The value built, or every problem found.
    fn finish<T>(mut self, value: Option<T>) -> Result<T, InputErrors> {
        match value {
            Some(v) if self.hard == 0 => Ok(v),
            _ => {
                if self.errs.is_empty() {
                    // Unreachable: nothing is refused without a reason.
                    self.errs
                        .push("", ErrorCode::MalformedJson, "invalid input");
                }
                Err(self.errs.into_errors())
            }
        }
    }
}

/// Decodes a struct from `value` with `build`: the value built, unless
/// something hard was found on the way.
///
/// Like serde's derive, it reads an object, or an array of the struct's
/// fields in order (the missing trailing ones take their defaults). The
/// walker has always refused arrays without looking inside: an array serde
/// accepts is a soft finding, any other a hard one, at the struct's path.
fn structure<V: DeserializeOwned>(
    value: &Value,
    path: String,
    w: &mut Walk,
    build: fn(&mut Obj<'_, '_>) -> V,
) -> Option<V> {
    let fields = struct_fields::<V>();
    let src = match value {
        Value::Object(map) => Src::Map(map),
        Value::Array(items) => {
            let message = ErrText::new(T::ErrExpectedObject).arg(T::KindArray);
            let mut inner = Walk::default();
            if items.len() <= fields.len() {
                let t = build(&mut Obj {
                    src: Src::Seq(items),
                    fields,
                    path: path.clone(),
                    w: &mut inner,
                });
                if inner.hard == 0 {
                    w.soft(path, ErrorCode::InvalidType, message.clone());
                    return Some(t);
                }
            }
            w.push(path, ErrorCode::InvalidType, message);
            return None;
        }
        other => {
            w.push(
                path,
                ErrorCode::InvalidType,
                ErrText::new(T::ErrExpectedObject).arg(kind(other)),
            );
            return None;
        }
    };
    let hard = w.hard;
    let t = build(&mut Obj {
        src,
        fields,
        path,
        w,
    });
    (w.hard == hard).then_some(t)
}

/// A struct's fields: by name, or (serde's other form) by position.
#[derive(Clone, Copy)]
enum Src<'v> {
    Map(&'v Map<String, Value>),
    Seq(&'v [Value]),
}

/// One JSON object being decoded: its fields, its path, the findings.
///
/// Each accessor returns the value of a field, or `None` when it is absent
/// (or null, when `nullable`), or refused (and then reports why). A builder
/// fills the fields it is given and leaves the others at a default: its
/// value is kept only when nothing hard was found (see [`structure`]); a
/// required field that is absent is reported by [`Obj::check_keys`].
struct Obj<'v, 'w> {
    src: Src<'v>,
    /// The struct's fields, as its serde derive knows them.
    fields: &'static [&'static str],
    path: String,
    w: &'w mut Walk,
}

impl<'v> Obj<'v, '_> {
    /// Reports unknown fields (with a suggestion) and missing required ones.
    fn check_keys(&mut self, required: &[&str]) {
        let known = self.fields;
        if let Src::Map(map) = self.src {
            for key in map.keys() {
                if !known.contains(&key.as_str()) {
                    let message = match closest(key, known.iter().copied()) {
                        Some(s) => ErrText::new(T::ErrUnknownFieldDidYouMean)
                            .arg(key.as_str())
                            .arg(s),
                        None => ErrText::new(T::ErrUnknownFieldKnown)
                            .arg(key.as_str())
                            .arg(known.join(", ")),
                    };
                    let path = self.child(key);
                    self.w.push(path, ErrorCode::UnknownField, message);
                }
            }
        }
        for r in required {
            if self.field(r).is_none() {
                self.w.push(
                    self.child(r),
                    ErrorCode::MissingField,
                    ErrText::new(T::ErrMissingField).arg(*r),
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

    /// The value of `key`, null included.
    fn field(&self, key: &str) -> Option<&'v Value> {
        match self.src {
            Src::Map(map) => map.get(key),
            Src::Seq(items) => items.get(self.fields.iter().position(|f| *f == key)?),
        }
    }

    /// The value of `key`, unless absent or (when `nullable`) null.
    fn get(&self, key: &str, nullable: bool) -> Option<&'v Value> {
        match self.field(key) {
            Some(Value::Null) if nullable => None,
            other => other,
        }
    }

    /// Reports the value of `key`.
    fn refuse<V>(&mut self, key: &str, code: ErrorCode, message: impl Into<ErrText>) -> Option<V> {
        let p = self.child(key);
        self.w.push(p, code, message);
        None
    }

    fn string(&mut self, key: &str, nullable: bool) -> Option<String> {
        match self.get(key, nullable)? {
            Value::String(s) => Some(s.clone()),
            v => self.refuse(
                key,
                ErrorCode::InvalidType,
                ErrText::new(T::ErrExpectedString).arg(kind(v)),
            ),
        }
    }

    fn boolean(&mut self, key: &str, nullable: bool) -> Option<bool> {
        match self.get(key, nullable)? {
            Value::Bool(b) => Some(*b),
            v => self.refuse(
                key,
                ErrorCode::InvalidType,
                ErrText::new(T::ErrExpectedBool).arg(kind(v)),
            ),
        }
    }

    fn date(&mut self, key: &str, nullable: bool) -> Option<NaiveDate> {
        use crate::model::civil_date::{error_text, parse};
        let v = self.get(key, nullable)?;
        let Some(s) = v.as_str() else {
            return self.refuse(
                key,
                ErrorCode::InvalidType,
                ErrText::new(T::ErrExpectedDate).arg(kind(v)),
            );
        };
        // The same parser as the fast path.
        match parse(s) {
            Ok(d) => Some(d),
            Err(e) => self.refuse(key, ErrorCode::InvalidDate, error_text(s, e)),
        }
    }

    fn country(&mut self, key: &str, nullable: bool) -> Option<Country> {
        let v = self.get(key, nullable)?;
        // What `crate::country::from_tree` accepts, with localisable messages.
        let Value::String(s) = v else {
            return self.refuse(
                key,
                ErrorCode::InvalidType,
                ErrText::new(T::ErrExpectedCountry).arg(kind(v)),
            );
        };
        match s.parse::<Country>() {
            Ok(c) => Some(c),
            Err(e) => {
                let mut message = ErrText::new(T::ErrUnknownCountry).arg(format!("{s:?}"));
                if let Some(c) = e.suggestion {
                    message = message.then(T::ErrDidYouMean).arg(c.code());
                }
                self.refuse(key, ErrorCode::UnknownCountry, message)
            }
        }
    }

    fn enumeration<E: FromStr + strum::VariantNames>(
        &mut self,
        key: &str,
        nullable: bool,
    ) -> Option<E> {
        let v = self.get(key, nullable)?;
        let Some(s) = v.as_str() else {
            let message = ErrText::new(T::ErrExpectedString).arg(kind(v));
            // serde's derive also reads a unit variant written
            // `{"name": null}`.
            if let Some(e) = unit_variant::<E>(v) {
                let p = self.child(key);
                self.w.soft(p, ErrorCode::InvalidType, message);
                return Some(e);
            }
            return self.refuse(key, ErrorCode::InvalidType, message);
        };
        match E::from_str(s) {
            Ok(e) => Some(e),
            Err(_) => {
                let mut message = ErrText::new(T::ErrUnknownValue).arg(s);
                if let Some(c) = closest(s, E::VARIANTS.iter().copied()) {
                    message = message.then(T::ErrDidYouMean).arg(c);
                }
                let message = message
                    .then(T::ErrExpectedOneOf)
                    .arg(E::VARIANTS.join(", "));
                self.refuse(key, ErrorCode::UnknownValue, message)
            }
        }
    }

    /// A nested struct (always nullable).
    fn object<V: DeserializeOwned>(
        &mut self,
        key: &str,
        build: fn(&mut Obj<'_, '_>) -> V,
    ) -> Option<V> {
        let v = self.get(key, true)?;
        let p = self.child(key);
        structure(v, p, self.w, build)
    }
}

/// `{"name": null}` where `name` is a variant of `E`.
fn unit_variant<E: FromStr>(v: &Value) -> Option<E> {
    let m = v.as_object()?;
    match m.iter().next() {
        Some((name, Value::Null)) if m.len() == 1 => E::from_str(name).ok(),
        _ => None,
    }
}

fn kind(v: &Value) -> T {
    match v {
        Value::Null => T::KindNull,
        Value::Bool(_) => T::KindBool,
        Value::Number(_) => T::KindNumber,
        Value::String(_) => T::KindString,
        Value::Array(_) => T::KindArray,
        Value::Object(_) => T::KindObject,
    }
}

// The builders. A required field's placeholder (`unwrap_or_default`, the
// first variant) is never seen: its absence is a hard finding.

fn walk_household(o: &mut Obj<'_, '_>) -> Household {
    o.check_keys(&["members"]);
    let format = o.string("format", true);
    if let Some(f) = &format {
        // Checked after decoding (serde's derive accepts any string).
        let mut errs = Errors::default();
        check_format(Some(f), &mut errs);
        for e in errs.0 {
            o.w.soft(e.path, e.code, e.text);
        }
    }
    let as_of = o.date("as_of", true);
    let mut members = Vec::new();
    match o.get("members", false) {
        Some(Value::Array(items)) if items.len() > MAX_MEMBERS => {
            check_members(items.len(), &mut o.w.errs);
            o.w.hard += 1;
        }
        Some(Value::Array(items)) => {
            for (i, m) in items.iter().enumerate() {
                members.extend(structure(m, format!("members[{i}]"), o.w, walk_member));
            }
        }
        Some(other) => {
            let k = kind(other);
            o.w.push(
                "members",
                ErrorCode::InvalidType,
                ErrText::new(T::ErrExpectedMembers).arg(k),
            );
        }
        None => {}
    }
    Household {
        format,
        as_of,
        members,
    }
}

fn walk_member(o: &mut Obj<'_, '_>) -> Member {
    o.check_keys(&[
        "id",
        "relationship",
        "birth_date",
        "nationality",
        "birth_country",
    ]);
    Member {
        id: o.string("id", false).unwrap_or_default(),
        // The label is personal data: its type error must not echo it (it
        // does not: only the JSON kind is named).
        label: o.string("label", true),
        relationship: o
            .enumeration("relationship", false)
            .unwrap_or(Relationship::Primary),
        birth_date: o.date("birth_date", false).unwrap_or_default(),
        sex: o.enumeration("sex", true),
        nationality: o.country("nationality", false).unwrap_or(Country::FR),
        birth_country: o.country("birth_country", false).unwrap_or(Country::FR),
        nir: o.string("nir", true),
        nir_status: o.enumeration("nir_status", true),
        nia_issued_on: o.date("nia_issued_on", true),
        previously_insured_in_france: o.boolean("previously_insured_in_france", true),
        activity: o.object("activity", walk_activity),
        residence: o.object("residence", walk_residence),
        in_education: o.boolean("in_education", false).unwrap_or_default(),
        autonomy_requested: o.boolean("autonomy_requested", false).unwrap_or_default(),
        union_country: o.country("union_country", true),
        parents: match o.get("parents", true) {
            None => None,
            Some(Value::Array(items)) => {
                let path = o.child("parents");
                let mut ids = Vec::with_capacity(items.len());
                for (i, item) in items.iter().enumerate() {
                    match item {
                        Value::String(id) => ids.push(id.clone()),
                        _ => o.w.push(
                            format!("{path}[{i}]"),
                            ErrorCode::InvalidType,
                            ErrText::new(T::ErrExpectedMemberId).arg(kind(item)),
                        ),
                    }
                }
                Some(ids)
            }
            Some(other) => o.refuse(
                "parents",
                ErrorCode::InvalidType,
                ErrText::new(T::ErrExpectedMemberIds).arg(kind(other)),
            ),
        },
    }
}

fn walk_activity(o: &mut Obj<'_, '_>) -> Activity {
    o.check_keys(&[]);
    Activity {
        kind: o.enumeration("kind", false).unwrap_or_default(),
        start_date: o.date("start_date", true),
        sector: o.enumeration("sector", false).unwrap_or_default(),
        employer: o.object("employer", walk_employer),
        posting: o.object("posting", walk_posting),
    }
}

fn walk_employer(o: &mut Obj<'_, '_>) -> Employer {
    o.check_keys(&[]);
    Employer {
        siren: o.string("siren", true),
        payroll_id: o.string("payroll_id", true),
    }
}

fn walk_posting(o: &mut Obj<'_, '_>) -> Posting {
    o.check_keys(&["from_country", "certificate"]);
    Posting {
        from_country: o.country("from_country", false).unwrap_or(Country::FR),
        certificate: o
            .enumeration("certificate", false)
            .unwrap_or(Certificate::None),
        end_date: o.date("end_date", true),
    }
}

fn walk_residence(o: &mut Obj<'_, '_>) -> Residence {
    o.check_keys(&[]);
    Residence {
        arrival_date: o.date("arrival_date", true),
        permit: o.enumeration("permit", true),
        permit_valid_from: o.date("permit_valid_from", true),
        permit_valid_until: o.date("permit_valid_until", true),
        postcode: o.string("postcode", true),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn key(e: &InputErrors) -> Vec<(String, ErrorCode)> {
        e.0.iter().map(|e| (e.path.clone(), e.code)).collect()
    }

    /// Decodes `doc` both ways (serde's derive from its text, the walk from
    /// the tree) and checks they agree; the tree's result.
    fn both(doc: &Value) -> Result<Household, Vec<(String, ErrorCode)>> {
        let text = parse_household(&serde_json::to_vec(doc).expect("JSON"));
        let tree = parse_household_value(doc);
        match (&text, &tree) {
            (Ok(a), Ok(b)) => assert_eq!(a, b, "{doc}"),
            (Err(a), Err(b)) => assert_eq!(key(a), key(b), "{doc}"),
            _ => panic!("{doc}: {text:?} / {tree:?}"),
        }
        tree.map_err(|e| key(&e))
    }

    /// A household of one member, with `extra` fields set on the member.
    fn one(extra: Value) -> Value {
        let mut m = json!({"id": "a", "relationship": "primary", "birth_date": "1990-01-01",
            "nationality": "DE", "birth_country": "DE"});
        for (k, v) in extra.as_object().expect("object") {
            m[k] = v.clone();
        }
        json!({"members": [m]})
    }

    fn err(path: &str, code: ErrorCode) -> (String, ErrorCode) {
        (path.to_owned(), code)
    }

    #[test]
    fn every_field_null_absent_and_default() {
        let h = both(&one(json!({}))).expect("minimal");
        let m = &h.members[0];
        assert!(!m.in_education && !m.autonomy_requested);
        assert_eq!((m.label.as_ref(), m.activity.as_ref()), (None, None));
        let nulls = json!({"label": null, "sex": null, "nir": null, "nir_status": null,
            "nia_issued_on": null, "previously_insured_in_france": null, "activity": null,
            "residence": null, "union_country": null, "parents": null});
        assert_eq!(both(&one(nulls)).expect("nulls").members[0], *m);
        let all = json!({"label": "L", "sex": "female", "nir": "x", "nir_status": "provisional",
            "nia_issued_on": "2026-01-02", "previously_insured_in_france": false,
            "activity": {"kind": "posted", "start_date": "2026-01-03", "sector": "agricultural",
                "employer": {"siren": "s", "payroll_id": "p"},
                "posting": {"from_country": "CA-QC", "certificate": "bilateral", "end_date": "2027-01-01"}},
            "residence": {"arrival_date": "2026-01-04", "permit": "receipt",
                "permit_valid_from": "2026-01-05", "permit_valid_until": "2026-01-06", "postcode": "75001"},
            "in_education": true, "autonomy_requested": true, "union_country": "FR", "parents": ["b", "c"]});
        let full = both(&one(all)).expect("every field");
        let value = serde_json::to_value(&full.members[0]).expect("JSON");
        assert_eq!(value.as_object().map(Map::len), Some(17), "{value}");
        // The defaults of an empty activity.
        let a = both(&one(json!({"activity": {}}))).expect("empty activity");
        assert_eq!(a.members[0].activity, Some(Activity::default()));
        // Null is not absent where there is no `Option`.
        for (k, v) in [
            ("in_education", json!(null)),
            ("autonomy_requested", json!(null)),
            ("activity", json!({"kind": null})),
            ("activity", json!({"sector": null})),
            ("id", json!(null)),
        ] {
            let e = both(&one(json!({ k: v }))).expect_err("null refused");
            assert_eq!(e.len(), 1, "{k}: {e:?}");
        }
        let e = both(&json!({"format": null, "as_of": null, "members": null})).expect_err("null");
        assert_eq!(e, vec![err("members", ErrorCode::InvalidType)]);
    }

    /// serde's derive reads a unit variant written `{"name": null}`, and a
    /// struct written as the array of its fields (missing trailing ones take
    /// their defaults). The walker accepts them too but reports them, as it
    /// always has, when something else is refused.
    #[test]
    fn the_odd_forms_serde_accepts() {
        let h = both(&one(
            json!({"relationship": {"primary": null}, "sex": {"male": null},
            "activity": {"kind": {"posted": null}, "posting": ["DE", {"a1": null}]}}),
        ))
        .expect("variants as objects");
        let m = &h.members[0];
        assert_eq!(
            (m.relationship, m.sex),
            (Relationship::Primary, Some(crate::model::Sex::Male))
        );
        let posting = m.activity.as_ref().and_then(|a| a.posting.as_ref());
        assert_eq!(posting.map(|p| p.certificate), Some(Certificate::A1));
        for bad in [
            json!({"primary": 1}),
            json!({"primary": null, "child": null}),
            json!({"parent": null}),
            json!({}),
        ] {
            let e = both(&one(json!({ "relationship": bad }))).expect_err("refused");
            assert_eq!(
                e,
                vec![err("members[0].relationship", ErrorCode::InvalidType)]
            );
        }
        let h = both(&one(
            json!({"residence": [], "activity": ["employed", null, "general", [null, "p"]]}),
        ))
        .expect("arrays");
        let m = &h.members[0];
        assert_eq!(m.residence, Some(Residence::default()));
        let employer = m.activity.as_ref().and_then(|a| a.employer.as_ref());
        assert_eq!(employer.and_then(|e| e.payroll_id.as_deref()), Some("p"));
        let h = both(&json!([
            null,
            "2026-01-01",
            [["a", null, "child", "2020-01-01", null, "DE", "FR"]]
        ]))
        .expect("all arrays");
        assert_eq!(h.members[0].relationship, Relationship::Child);
        // Refused: too many elements (serde_json refuses the trailing one),
        // a required field missing, a wrong element. Nothing inside is named.
        for bad in [json!([null, null, null]), json!([1]), json!([null, true])] {
            let e = both(&one(json!({ "activity": {"employer": bad} }))).expect_err("refused");
            assert_eq!(
                e,
                vec![err("members[0].activity.employer", ErrorCode::InvalidType)]
            );
        }
        let e = both(&one(json!({"activity": {"posting": ["DE"]}}))).expect_err("refused");
        assert_eq!(
            e,
            vec![err("members[0].activity.posting", ErrorCode::InvalidType)]
        );
        // Reported alongside something refused, in document order.
        let e = both(&one(
            json!({"relationship": {"primary": null}, "residence": [],
            "birth_date": "2026-02-30", "format": 1}),
        ))
        .expect_err("refused");
        assert_eq!(
            e,
            vec![
                err("members[0].format", ErrorCode::UnknownField),
                err("members[0].relationship", ErrorCode::InvalidType),
                err("members[0].birth_date", ErrorCode::InvalidDate),
                err("members[0].residence", ErrorCode::InvalidType),
            ]
        );
    }

    /// An unknown `format` is checked once the household is decoded: alone,
    /// or with every other problem.
    #[test]
    fn format_after_decoding() {
        let mut doc = one(json!({"residence": []}));
        doc["format"] = json!("secu.household.v2");
        let e = both(&doc).expect_err("newer format");
        assert_eq!(e, vec![err("format", ErrorCode::UnsupportedFormat)]);
        doc["as_of"] = json!("soon");
        let e = both(&doc).expect_err("newer format");
        assert_eq!(
            e,
            vec![
                err("format", ErrorCode::UnsupportedFormat),
                err("as_of", ErrorCode::InvalidDate),
                err("members[0].residence", ErrorCode::InvalidType),
            ]
        );
    }

    #[test]
    fn one_member_at_its_path() {
        let m = json!({"id": "a", "relationship": "child", "birth_date": "2020-01-01",
            "nationality": "DE", "birth_country": "DE", "parents": ["b", 7, null]});
        let e = member_from_tree(&m, "events[2].new_member".into()).expect_err("refused");
        assert_eq!(
            key(&e),
            vec![
                err("events[2].new_member.parents[1]", ErrorCode::InvalidType),
                err("events[2].new_member.parents[2]", ErrorCode::InvalidType),
            ]
        );
        let e = member_from_tree(&json!("a"), "x".into()).expect_err("refused");
        assert_eq!(key(&e), vec![err("x", ErrorCode::InvalidType)]);
    }

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
