//! The reader of a case file's structure: every problem at once, each with its
//! JSON path, a stable code and a message in English and French.
//!
//! Written by hand, not with serde's derived `Deserialize`: a derived decoder
//! stops at the first problem and names it by serde's message, where this
//! reader goes on and reports every problem of the file in one pass (all the
//! entries' bad dates, digests and events, the unknown keys with a "did you
//! mean"), with the case file's own codes (`invalid_hex`, `invalid_timestamp`,
//! `salt_not_erased`…) and texts in two languages; a derived decoder would
//! change which problems are reported, their order and their messages — the
//! contract of `secu case` and the WebAssembly `loadCase`. The leaf values it
//! could take from serde (`Digest` and `Salt` from hex) go through `FromStr`,
//! already shared with the serializer; the households of the file go through
//! the core's household walker (`secu::decode::member_from_tree`), with its
//! paths prefixed.

use std::str::FromStr;

use chrono::NaiveDate;
use serde_json::{Map, Value};

use secu::error::ErrText;
use secu::model::civil_date;
use secu::text::T;

use super::{Case, CaseHousehold, CaseMember, Digest, Entry, Payload, Salt};
use crate::error::{
    CaseErrorCode, CaseProblem, join, mask_numbers, prefix_path, problem_from_input,
};
use crate::event::{Event, EventKind};

/// A `recorded_by` value: 1–128 characters, none of them a control
/// character (it is shown in histories and logs, one line each).
pub(crate) fn is_recorder(s: &str) -> bool {
    (1..=128).contains(&s.chars().count()) && !s.chars().any(char::is_control)
}

/// An RFC 3339 timestamp (`2026-11-27T09:30:00Z`, `2026-11-27T10:30:00.5+01:00`):
/// a civil date, `T` (or `t` or a space, as RFC 3339 §5.6 allows), a time
/// with seconds (60 for a leap second), optional fractions, and `Z` or an
/// offset `±HH:MM`. Written out rather than with chrono's generic parser,
/// whose formatting machinery would weigh ~25 KB in the WebAssembly module.
pub(crate) fn is_timestamp(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() < 20
        || s.get(..10).is_none_or(|d| civil_date::parse(d).is_err())
        || !matches!(b[10], b'T' | b't' | b' ')
    {
        return false;
    }
    let two = |i: usize, max: u8| -> bool {
        b.get(i..i + 2).is_some_and(|d| {
            d.iter().all(u8::is_ascii_digit) && (d[0] - b'0') * 10 + (d[1] - b'0') <= max
        })
    };
    if !(two(11, 23) && b[13] == b':' && two(14, 59) && b[16] == b':' && two(17, 60)) {
        return false;
    }
    let mut i = 19;
    if b.get(i) == Some(&b'.') {
        let digits = b[i + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
        if digits == 0 {
            return false;
        }
        i += 1 + digits;
    }
    match b.get(i..) {
        Some([b'Z' | b'z']) => true,
        Some([b'+' | b'-', ..]) => {
            b.len() == i + 6 && two(i + 1, 23) && b[i + 3] == b':' && two(i + 4, 59)
        }
        _ => false,
    }
}

pub(crate) const CASE_KEYS: &[&str] = &[
    "format",
    "rules_version",
    "created_at",
    "opened_on",
    "policies",
    "household",
    "household_commitment",
    "events",
];
pub(crate) const HOUSEHOLD_KEYS: &[&str] = &["format", "as_of", "members"];
pub(crate) const STUB_KEYS: &[&str] = &["id", "redacted", "commitment"];
pub(crate) const ENTRY_KEYS: &[&str] = &[
    "seq",
    "member",
    "date",
    "event",
    "recorded_at",
    "recorded_by",
    "salt",
    "prev",
    "digest",
];

/// Collects problems while reading a case's JSON.
#[derive(Default)]
pub(crate) struct Reader {
    pub(crate) problems: Vec<CaseProblem>,
}

impl Reader {
    pub(crate) fn push(
        &mut self,
        path: impl Into<String>,
        code: CaseErrorCode,
        message: impl Into<ErrText>,
    ) {
        self.problems.push(CaseProblem::new(path, code, message));
    }

    pub(crate) fn unknown_keys(&mut self, m: &Map<String, Value>, path: &str, known: &[&str]) {
        for k in m.keys() {
            if known.contains(&k.as_str()) {
                continue;
            }
            let message = match secu::suggest::closest(k, known.iter().copied()) {
                Some(s) => ErrText::new(T::ErrUnknownFieldDidYouMean)
                    .arg(k.as_str())
                    .arg(s),
                None => ErrText::new(T::ErrCaseUnknownField).arg(k.as_str()),
            };
            self.push(join(path, k), CaseErrorCode::UnknownField, message);
        }
    }

    pub(crate) fn object(
        &mut self,
        v: Value,
        path: &str,
        what: &str,
    ) -> Option<Map<String, Value>> {
        match v {
            Value::Object(m) => Some(m),
            _ => {
                self.push(path, CaseErrorCode::InvalidType, format!("expected {what}"));
                None
            }
        }
    }

    pub(crate) fn required(
        &mut self,
        m: &mut Map<String, Value>,
        key: &str,
        path: &str,
    ) -> Option<Value> {
        let v = m.remove(key);
        if v.is_none() {
            self.push(
                join(path, key),
                CaseErrorCode::MissingField,
                ErrText::new(T::ErrCaseMissingField).arg(key),
            );
        }
        v
    }

    pub(crate) fn string(
        &mut self,
        m: &mut Map<String, Value>,
        key: &str,
        path: &str,
    ) -> Option<String> {
        match self.required(m, key, path)? {
            Value::String(s) => Some(s),
            _ => {
                self.push(
                    join(path, key),
                    CaseErrorCode::InvalidType,
                    T::ErrCaseExpectedString,
                );
                None
            }
        }
    }

    pub(crate) fn timestamp(
        &mut self,
        m: &mut Map<String, Value>,
        key: &str,
        path: &str,
    ) -> Option<String> {
        let s = self.string(m, key, path)?;
        if is_timestamp(&s) {
            Some(s)
        } else {
            self.push(
                join(path, key),
                CaseErrorCode::InvalidTimestamp,
                T::ErrCaseTimestamp,
            );
            None
        }
    }

    pub(crate) fn date_value(&mut self, v: Value, path: String) -> Option<NaiveDate> {
        let Value::String(s) = v else {
            self.push(path, CaseErrorCode::InvalidDate, T::ErrCaseExpectedDate);
            return None;
        };
        match civil_date::parse(&s) {
            Ok(d) => Some(d),
            Err(_) => {
                self.push(
                    path,
                    CaseErrorCode::InvalidDate,
                    ErrText::new(T::ErrCaseInvalidDate).arg(s),
                );
                None
            }
        }
    }

    pub(crate) fn date(
        &mut self,
        m: &mut Map<String, Value>,
        key: &str,
        path: &str,
    ) -> Option<NaiveDate> {
        let v = self.required(m, key, path)?;
        self.date_value(v, join(path, key))
    }

    pub(crate) fn hex<T: FromStr<Err = CaseProblem>>(
        &mut self,
        v: Value,
        path: String,
    ) -> Option<T> {
        let Value::String(s) = v else {
            self.push(path, CaseErrorCode::InvalidHex, "expected a hex string");
            return None;
        };
        match s.parse() {
            Ok(x) => Some(x),
            Err(e) => {
                self.problems.push(e.within(&path));
                None
            }
        }
    }

    pub(crate) fn digest(
        &mut self,
        m: &mut Map<String, Value>,
        key: &str,
        path: &str,
    ) -> Option<Digest> {
        let v = self.required(m, key, path)?;
        self.hex(v, join(path, key))
    }

    pub(crate) fn case(&mut self, v: Value) -> Option<Case> {
        let mut m = self.object(v, "", "a JSON object")?;
        self.unknown_keys(&m, "", CASE_KEYS);
        // `format` was checked by the migration.
        let rules_version = self.string(&mut m, "rules_version", "");
        let created_at = self.timestamp(&mut m, "created_at", "");
        let opened_on = self.date(&mut m, "opened_on", "");
        let policies = match m.remove("policies") {
            None => Some(Map::new()),
            Some(Value::Object(p)) => Some(p),
            Some(_) => {
                self.push("policies", CaseErrorCode::InvalidType, "expected an object");
                None
            }
        };
        let household = self
            .required(&mut m, "household", "")
            .and_then(|v| self.household(v, "household"));
        let household_commitment = self.digest(&mut m, "household_commitment", "");
        let events = match self.required(&mut m, "events", "") {
            Some(Value::Array(a)) => {
                let n = a.len();
                let events: Vec<Entry> = a
                    .into_iter()
                    .enumerate()
                    .filter_map(|(i, e)| self.entry(e, i))
                    .collect();
                (events.len() == n).then_some(events)
            }
            Some(_) => {
                self.push("events", CaseErrorCode::InvalidType, "expected an array");
                None
            }
            None => None,
        };
        Some(Case {
            rules_version: rules_version?,
            created_at: created_at?,
            opened_on: opened_on?,
            policies: policies?,
            household: household?,
            household_commitment: household_commitment?,
            events: events?,
        })
    }

    pub(crate) fn household(&mut self, v: Value, path: &str) -> Option<CaseHousehold> {
        let mut m = self.object(v, path, "a household object")?;
        self.unknown_keys(&m, path, HOUSEHOLD_KEYS);
        let format = match m.remove("format") {
            None | Some(Value::Null) => Some(None),
            Some(Value::String(s)) => {
                if let Some(e) = secu::decode::format_error(&s) {
                    self.problems
                        .push(problem_from_input(prefix_path(&e.path, path, &[]), e));
                }
                Some(Some(s))
            }
            Some(_) => {
                self.push(
                    join(path, "format"),
                    CaseErrorCode::InvalidType,
                    T::ErrCaseExpectedString,
                );
                None
            }
        };
        let as_of = match m.remove("as_of") {
            None | Some(Value::Null) => Some(None),
            Some(v) => self.date_value(v, join(path, "as_of")).map(Some),
        };
        let members = match self.required(&mut m, "members", path) {
            Some(Value::Array(a)) => {
                let n = a.len();
                let members: Vec<CaseMember> = a
                    .into_iter()
                    .enumerate()
                    .filter_map(|(i, v)| self.member(v, &format!("{path}.members[{i}]")))
                    .collect();
                (members.len() == n).then_some(members)
            }
            Some(_) => {
                self.push(
                    join(path, "members"),
                    CaseErrorCode::InvalidType,
                    "expected an array",
                );
                None
            }
            None => None,
        };
        Some(CaseHousehold {
            format: format?,
            as_of: as_of?,
            members: members?,
        })
    }

    pub(crate) fn member(&mut self, v: Value, path: &str) -> Option<CaseMember> {
        let mut m = self.object(v, path, "a member object")?;
        if m.contains_key("redacted") {
            self.unknown_keys(&m, path, STUB_KEYS);
            if m.remove("redacted") != Some(Value::Bool(true)) {
                self.push(
                    join(path, "redacted"),
                    CaseErrorCode::InvalidType,
                    "expected true",
                );
            }
            let id = self.string(&mut m, "id", path);
            let commitment = self.digest(&mut m, "commitment", path);
            return Some(CaseMember::Redacted {
                id: id?,
                commitment: commitment?,
            });
        }
        let salt = self
            .required(&mut m, "salt", path)
            .and_then(|v| self.hex::<Salt>(v, join(path, "salt")));
        // The household decoder's complete diagnosis, at the member's path.
        let member = match secu::decode::member_from_tree(&Value::Object(m), path.to_owned()) {
            Ok(member) => Some(member),
            Err(errors) => {
                for e in errors.0 {
                    self.problems.push(problem_from_input(e.path.clone(), e));
                }
                None
            }
        };
        Some(CaseMember::Present {
            salt: salt?,
            member: member?,
        })
    }

    pub(crate) fn entry(&mut self, v: Value, i: usize) -> Option<Entry> {
        let path = format!("events[{i}]");
        let path = path.as_str();
        let mut m = self.object(v, path, "an entry object")?;
        let seq = match self.required(&mut m, "seq", path) {
            Some(Value::Number(n)) if n.as_u64().is_some() => n.as_u64(),
            Some(_) => {
                self.push(
                    join(path, "seq"),
                    CaseErrorCode::InvalidType,
                    "expected a positive integer",
                );
                None
            }
            None => None,
        };
        let member = self.string(&mut m, "member", path);
        let date = self.date(&mut m, "date", path);
        let recorded_at = self.timestamp(&mut m, "recorded_at", path);
        let recorded_by = match m.remove("recorded_by") {
            None => Some(None),
            Some(Value::String(s)) if is_recorder(&s) => Some(Some(s)),
            Some(_) => {
                self.push(
                    join(path, "recorded_by"),
                    CaseErrorCode::InvalidType,
                    "expected 1 to 128 characters without a control character",
                );
                None
            }
        };
        let salt = match m.remove("salt") {
            None => Some(None),
            Some(v) => self.hex::<Salt>(v, join(path, "salt")).map(Some),
        };
        let prev = self.digest(&mut m, "prev", path);
        let digest = self.digest(&mut m, "digest", path);
        let tag = self.string(&mut m, "event", path);
        let payload = tag.and_then(|tag| self.payload(tag, m, path, salt.flatten().is_some()));
        Some(Entry {
            seq: seq?,
            member: member?,
            date: date?,
            payload: payload?,
            recorded_at: recorded_at?,
            recorded_by: recorded_by?,
            salt: salt?,
            prev: prev?,
            digest: digest?,
        })
    }

    /// The event of an entry: what is left of its object once the entry's own
    /// keys are taken.
    pub(crate) fn payload(
        &mut self,
        tag: String,
        mut m: Map<String, Value>,
        path: &str,
        salted: bool,
    ) -> Option<Payload> {
        // By position among the names (one loop), rather than strum's
        // `FromStr` (a `match` on every name).
        let names = <EventKind as strum::VariantNames>::VARIANTS;
        let Some(kind) = names
            .iter()
            .position(|n| *n == tag)
            .map(|i| <EventKind as strum::VariantArray>::VARIANTS[i])
        else {
            let message = match secu::suggest::closest(&tag, names.iter().copied()) {
                Some(s) => format!("unknown event \"{tag}\"; did you mean \"{s}\"?"),
                None => format!("unknown event \"{tag}\""),
            };
            self.push(join(path, "event"), CaseErrorCode::InvalidEvent, message);
            return None;
        };
        if m.contains_key("redacted") {
            let mut known = vec!["redacted", "commitment"];
            known.extend_from_slice(ENTRY_KEYS);
            self.unknown_keys(&m, path, &known);
            if m.remove("redacted") != Some(Value::Bool(true)) {
                self.push(
                    join(path, "redacted"),
                    CaseErrorCode::InvalidType,
                    "expected true",
                );
            }
            if salted {
                self.push(
                    join(path, "salt"),
                    CaseErrorCode::SaltNotErased,
                    "a redacted entry keeps no salt: with it, the erased data could be guessed back",
                );
            }
            let commitment = self.digest(&mut m, "commitment", path)?;
            return Some(Payload::Redacted { kind, commitment });
        }
        if !salted {
            self.push(
                join(path, "salt"),
                CaseErrorCode::MissingField,
                "missing field \"salt\"",
            );
        }
        match kind {
            EventKind::HouseholdCorrected => {
                let mut known = vec!["household"];
                known.extend_from_slice(ENTRY_KEYS);
                self.unknown_keys(&m, path, &known);
                let v = self.required(&mut m, "household", path)?;
                self.household(v, &join(path, "household"))
                    .map(Payload::HouseholdCorrected)
            }
            EventKind::MemberAdded => {
                let mut known = vec!["new_member"];
                known.extend_from_slice(ENTRY_KEYS);
                self.unknown_keys(&m, path, &known);
                let v = self.required(&mut m, "new_member", path)?;
                self.member(v, &join(path, "new_member"))
                    .map(Payload::MemberAdded)
            }
            _ => {
                m.insert("event".into(), Value::String(tag));
                match Event::from_json(Value::Object(m)) {
                    Ok(e) => Some(Payload::Event(e)),
                    Err(e) => {
                        self.push(path, CaseErrorCode::InvalidEvent, mask_numbers(&e.message));
                        None
                    }
                }
            }
        }
    }
}
