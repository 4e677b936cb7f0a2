//! Case files: one household, followed through the CPAM procedure, as one
//! JSON document (`"format": "secu.case.v1"`) holding the household and an
//! **append-only, hash-chained event log**.
//!
//! The state is never stored: it is recomputed by replaying the log through
//! [`Procedure`] ([`Case::replay`]), so a hand-edited or corrupted file is
//! detected, not believed. Everything here is pure: the recording time, the
//! salts and the policies are parameters; nothing reads a clock, a random
//! source or a file.
//!
//! # The file
//!
//! ```json
//! {
//!   "format": "secu.case.v1",
//!   "rules_version": "2026-11-27",
//!   "created_at": "2026-11-27T10:15:00Z",
//!   "opened_on": "2026-11-27",
//!   "policies": {},
//!   "household": { "as_of": "2026-11-27",
//!                  "members": [ { "id": "priya", "relationship": "primary", …, "salt": "<32 hex>" },
//!                               { "id": "meera", "redacted": true, "commitment": "<64 hex>" } ] },
//!   "household_commitment": "<64 hex>",
//!   "events": [
//!     { "seq": 1, "member": "priya", "date": "2026-10-02", "event": "document_received",
//!       "kind": "form_s1106", "recorded_at": "2026-10-02T10:00:00Z",
//!       "salt": "<32 hex>", "prev": "<64 hex>", "digest": "<64 hex>" }
//!   ]
//! }
//! ```
//!
//! - `opened_on` is the date the tracks are derived at
//!   (`Procedure::start(household, opened_on, policy)`); `policies` the
//!   policies that differed from the defaults when the case was created
//!   (`Policy::differences`), so that every later replay uses the same ones
//!   ([`Case::policy`]).
//! - The household is the contract §1 household, each member carrying its own
//!   `salt`, or replaced by a redaction stub.
//! - An entry is `seq` (1, 2, 3… with no gap), `member`, `date`, the event
//!   (flattened, tagged by `event`), `recorded_at` (RFC 3339, given by the
//!   caller), `salt`, `prev` and `digest`. Two events carry people, and store
//!   them salted like the household: `household_corrected` (`"household"`,
//!   members salted one by one) and `member_added` (`"new_member"`, salted; the
//!   [`Event`] field is called `member`, which would collide with the entry's
//!   own `member` key once flattened). A `member_added` entry is recorded for
//!   the new member: its `member` is the new member's id.
//! - `correction { voids, reason }` voids one earlier, non-correction entry of
//!   the same member: the history keeps it, the replay skips it. Voiding a
//!   missing entry, a correction, or an entry already voided is refused.
//!
//! # Commitments and the chain
//!
//! `H` is SHA-256; `‖` concatenation; `canon(v)` the canonical JSON of `v`
//! (keys sorted by their UTF-8 bytes, no whitespace, strings escaped only where
//! JSON requires it — written by this module, whatever `serde_json`'s map
//! order). Each hash starts with a distinct tag (`"secu.case.v1/member\0"`,
//! …) so that no value of one kind can pass for another.
//!
//! ```text
//! member commitment    mc = H("secu.case.v1/member\0"    ‖ salt₁₆ ‖ canon(member without salt))
//! household commitment hc = H("secu.case.v1/household\0" ‖ canon({format?, as_of?, members: [hex(mc)…]}))
//! payload commitment   pc = H("secu.case.v1/payload\0"   ‖ salt₁₆ ‖ canon(payload))
//!     payload = the event without its "event" tag; for household_corrected
//!     {"household": hex(hc)}, for member_added {"new_member": hex(mc)}
//! anchor               a  = H("secu.case.v1/anchor\0"    ‖ canon({format, rules_version, created_at,
//!                                                                  opened_on, policies, household_commitment}))
//! entry digest         dₙ = H("secu.case.v1/entry\0"     ‖ prevₙ(32 bytes) ‖ canon({seq, member, date, event,
//!                                                                  commitment: hex(pcₙ), recorded_at}))
//! prev₁ = a;  prevₙ = dₙ₋₁
//! ```
//!
//! Personal data (members, NIA/NIR numbers, free-text reasons, the people in
//! `household_corrected`/`member_added`) enter the chain only through a
//! salted commitment. [`Case::verify`] recomputes `hc` from the household,
//! then every `pc` and `dₙ`, and checks `seq` and `prev`; a deleted, inserted,
//! reordered or edited entry is named by its position (`events[3]: digest
//! mismatch: the entry was edited after it was recorded`).
//!
//! # Redaction (GDPR erasure)
//!
//! [`Case::redact`] replaces the member's household entry by
//! `{"id", "redacted": true, "commitment": hex(mc)}`, the same in every
//! `household_corrected` payload, and the payload of each of the member's own
//! entries by `{"redacted": true, "commitment": hex(pc)}`, **dropping the
//! salts**. The commitments are what the chain hashed, so `verify` still
//! succeeds; and without the salt the erased data cannot be recovered by
//! guessing (a birth date or a NIA has little entropy: an unsalted hash would
//! be reversible). What stays: the member's id, the kinds and dates of their
//! events — so ids should be pseudonymous (`"m1"`, an employee number), not
//! names. Free texts about other members (a `reason`) are theirs and stay.
//!
//! A redacted member has no track: the replay starts the procedure with the
//! other members (their `parents` lists without the redacted id) and skips
//! the redacted member's entries. A redaction that would leave the others
//! unreplayable (the primary member while a child depends on them) is refused
//! with the reason; [`Case::redact_all`] erases everyone. A fully redacted case
//! still loads and verifies; [`Case::replay`] reports `fully_redacted`.
//!
//! # What the chain does not do
//!
//! The chain has no secret: someone who edits an entry and recomputes every
//! later digest produces a valid file, and removing the last entries leaves a
//! valid shorter chain. It detects accidental corruption and careless edits.
//! To detect deliberate ones, keep [`Case::head`] (the last digest) elsewhere —
//! in the HR system, a signed log — and compare.
//!
//! # Versions
//!
//! A later format (`secu.case.v2`) is refused ("newer than this version of
//! secu reads: upgrade secu"); older formats go through the migrations of
//! `MIGRATIONS`, one version at a time, before anything is read (there is no
//! version before v1 yet). A migration that changes hashed fields must keep
//! the old files verifiable (e.g. by re-anchoring with an explicit
//! `migrated_from` entry): the chain is checked after migration.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};
use sha2::{Digest as _, Sha256};

use super::event::{Event, EventKind};
use super::machine::{Procedure, Refusal};
use secu::Lang;
use secu::error::{ErrText, ErrorCode, InputError, InputErrors};
use secu::model::{Household, Member, civil_date};
use secu::output::RULES_VERSION;
use secu::policy::Policy;
use secu::small::{SmallMap, SmallSet};
use secu::text::T;

/// The format identifier of the case files this version writes.
pub const CASE_FORMAT: &str = "secu.case.v1";
const FORMAT_PREFIX: &str = "secu.case.v";
const FORMAT_VERSION: u32 = 1;

const TAG_MEMBER: &[u8] = b"secu.case.v1/member\0";
const TAG_HOUSEHOLD: &[u8] = b"secu.case.v1/household\0";
const TAG_PAYLOAD: &[u8] = b"secu.case.v1/payload\0";
const TAG_ANCHOR: &[u8] = b"secu.case.v1/anchor\0";
const TAG_ENTRY: &[u8] = b"secu.case.v1/entry\0";

// ---------------------------------------------------------------------------
// Hashes, salts, canonical JSON

/// A SHA-256 digest, written as 64 lowercase hex digits.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Digest(pub [u8; 32]);

/// A random salt chosen by the caller (the core has no randomness), written as
/// 32 lowercase hex digits.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Salt(pub [u8; 16]);

const HEX: &[u8; 16] = b"0123456789abcdef";

fn write_hex(bytes: &[u8], f: &mut fmt::Formatter<'_>) -> fmt::Result {
    for b in bytes {
        let hi = HEX[usize::from(b >> 4)];
        let lo = HEX[usize::from(b & 0x0f)];
        write!(f, "{}{}", char::from(hi), char::from(lo))?;
    }
    Ok(())
}

fn nibble(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        _ => None,
    }
}

/// Exactly `2 × N` lowercase hex digits.
fn unhex<const N: usize>(s: &str) -> Option<[u8; N]> {
    let b = s.as_bytes();
    if b.len() != 2 * N {
        return None;
    }
    let mut out = [0u8; N];
    for (o, pair) in out.iter_mut().zip(b.chunks_exact(2)) {
        let [hi, lo] = pair else { return None };
        *o = (nibble(*hi)? << 4) | nibble(*lo)?;
    }
    Some(out)
}

macro_rules! hex_type {
    ($t:ident, $n:literal) => {
        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write_hex(&self.0, f)
            }
        }
        impl fmt::Debug for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write_hex(&self.0, f)
            }
        }
        impl FromStr for $t {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                unhex::<$n>(s)
                    .map(Self)
                    .ok_or_else(|| format!("expected {} lowercase hex digits", 2 * $n))
            }
        }
        impl Serialize for $t {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }
    };
}
hex_type!(Digest, 32);
hex_type!(Salt, 16);

fn sha256(parts: &[&[u8]]) -> Digest {
    let mut h = Sha256::new();
    for p in parts {
        h.update(p);
    }
    Digest(h.finalize().into())
}

/// The JSON value of one of this crate's types. Cannot fail for them (plain
/// structs and enums with string keys); `null` would only hide a bug that the
/// round-trip tests catch.
fn value_of<T: Serialize + ?Sized>(t: &T) -> Value {
    secu::tree::to_tree(t)
}

/// Canonical JSON: keys sorted by their bytes, no whitespace.
fn canonical(v: &Value) -> Vec<u8> {
    let mut out = Vec::with_capacity(256);
    write_canonical(v, &mut out);
    out
}

fn write_canonical(v: &Value, out: &mut Vec<u8>) {
    match v {
        Value::Null => out.extend_from_slice(b"null"),
        Value::Bool(true) => out.extend_from_slice(b"true"),
        Value::Bool(false) => out.extend_from_slice(b"false"),
        Value::Number(n) => out.extend_from_slice(n.to_string().as_bytes()),
        Value::String(s) => write_canonical_str(s, out),
        Value::Array(a) => {
            out.push(b'[');
            for (i, x) in a.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                write_canonical(x, out);
            }
            out.push(b']');
        }
        Value::Object(m) => {
            let mut entries: Vec<(&String, &Value)> = m.iter().collect();
            // Linear: the keys of serde_json's default map are already sorted.
            secu::sort::small_sort_by(&mut entries, |a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
            out.push(b'{');
            for (i, (k, x)) in entries.into_iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                write_canonical_str(k, out);
                out.push(b':');
                write_canonical(x, out);
            }
            out.push(b'}');
        }
    }
}

fn write_canonical_str(s: &str, out: &mut Vec<u8>) {
    out.push(b'"');
    for c in s.chars() {
        match c {
            '"' => out.extend_from_slice(b"\\\""),
            '\\' => out.extend_from_slice(b"\\\\"),
            c if u32::from(c) < 0x20 => {
                out.extend_from_slice(format!("\\u{:04x}", u32::from(c)).as_bytes());
            }
            c => {
                let mut buf = [0u8; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
        }
    }
    out.push(b'"');
}

fn member_commitment(salt: &Salt, member: &Member) -> Digest {
    sha256(&[TAG_MEMBER, &salt.0, &canonical(&value_of(member))])
}

// ---------------------------------------------------------------------------
// The types

/// One member of a case's household: present with its salt, or redacted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CaseMember {
    /// The member's data and the salt of its commitment.
    Present {
        /// Salt of the member's commitment.
        salt: Salt,
        /// The member, as in contract §1.
        member: Member,
    },
    /// An erased member: only the id and the commitment remain.
    Redacted {
        /// The member's id.
        id: String,
        /// The commitment of the erased data.
        commitment: Digest,
    },
}

impl CaseMember {
    /// The member's id.
    pub fn id(&self) -> &str {
        match self {
            Self::Present { member, .. } => &member.id,
            Self::Redacted { id, .. } => id,
        }
    }

    /// The member's commitment (`mc` in the module docs).
    pub fn commitment(&self) -> Digest {
        match self {
            Self::Present { salt, member } => member_commitment(salt, member),
            Self::Redacted { commitment, .. } => *commitment,
        }
    }

    fn redact(&mut self, id: &str) {
        if matches!(self, Self::Present { member, .. } if member.id == id) {
            *self = Self::Redacted {
                id: id.to_owned(),
                commitment: self.commitment(),
            };
        }
    }
}

impl Serialize for CaseMember {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Salted<'a> {
            #[serde(flatten)]
            member: &'a Member,
            salt: &'a Salt,
        }
        #[derive(Serialize)]
        struct Stub<'a> {
            id: &'a str,
            redacted: bool,
            commitment: &'a Digest,
        }
        match self {
            Self::Present { salt, member } => Salted { member, salt }.serialize(s),
            Self::Redacted { id, commitment } => Stub {
                id,
                redacted: true,
                commitment,
            }
            .serialize(s),
        }
    }
}

/// A case's household: contract §1, each member salted or redacted.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CaseHousehold {
    /// `secu.household.v1`, when the household said so.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    /// The household's evaluation date, when it gave one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub as_of: Option<NaiveDate>,
    /// The members, in input order.
    pub members: Vec<CaseMember>,
}

impl CaseHousehold {
    fn salted(household: Household, salts: &mut impl FnMut() -> [u8; 16]) -> Self {
        Self {
            format: household.format,
            as_of: household.as_of,
            members: household
                .members
                .into_iter()
                .map(|member| CaseMember::Present {
                    salt: Salt(salts()),
                    member,
                })
                .collect(),
        }
    }

    /// The household commitment (`hc` in the module docs).
    pub fn commitment(&self) -> Digest {
        let mut m = Map::new();
        if let Some(f) = &self.format {
            m.insert("format".into(), Value::String(f.clone()));
        }
        if let Some(d) = self.as_of {
            m.insert("as_of".into(), Value::String(d.to_string()));
        }
        let members = self
            .members
            .iter()
            .map(|x| Value::String(x.commitment().to_string()))
            .collect();
        m.insert("members".into(), Value::Array(members));
        sha256(&[TAG_HOUSEHOLD, &canonical(&Value::Object(m))])
    }

    /// The household the procedure sees: present members that are not in
    /// `redacted`, their `parents` without redacted ids; and, for each of them,
    /// its index in `members` (to name errors by their place in the file).
    fn present(&self, redacted: &SmallSet<&str>) -> (Household, Vec<usize>) {
        let mut members = Vec::with_capacity(self.members.len());
        let mut index = Vec::with_capacity(self.members.len());
        for (i, m) in self.members.iter().enumerate() {
            let CaseMember::Present { member, .. } = m else {
                continue;
            };
            if redacted.contains(member.id.as_str()) {
                continue;
            }
            let mut member = member.clone();
            if let Some(parents) = &mut member.parents {
                let before = parents.len();
                parents.retain(|p| !redacted.contains(p.as_str()));
                if parents.is_empty() && before > 0 {
                    member.parents = None;
                }
            }
            members.push(member);
            index.push(i);
        }
        let household = Household {
            format: self.format.clone(),
            as_of: self.as_of,
            members,
        };
        (household, index)
    }

    fn redact(&mut self, id: &str) {
        for m in &mut self.members {
            m.redact(id);
        }
    }
}

/// The event of an entry, as the file stores it.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Payload {
    /// Any event but `household_corrected` and `member_added`, with its data.
    Event(Event),
    /// `household_corrected`: the corrected household, each member salted.
    HouseholdCorrected(CaseHousehold),
    /// `member_added`: the new member, salted.
    MemberAdded(CaseMember),
    /// An event of a redacted member: its kind and the commitment of its data.
    Redacted {
        /// The kind of the event.
        kind: EventKind,
        /// The payload commitment the chain hashed.
        commitment: Digest,
    },
}

impl Payload {
    fn from_event(event: Event, salts: &mut impl FnMut() -> [u8; 16]) -> Self {
        match event {
            Event::HouseholdCorrected { household } => {
                Self::HouseholdCorrected(CaseHousehold::salted(*household, salts))
            }
            Event::MemberAdded { new_member: member } => Self::MemberAdded(CaseMember::Present {
                salt: Salt(salts()),
                member: *member,
            }),
            e => Self::Event(e),
        }
    }

    /// The kind of the event.
    pub fn kind(&self) -> EventKind {
        match self {
            Self::Event(e) => e.kind(),
            Self::HouseholdCorrected(_) => EventKind::HouseholdCorrected,
            Self::MemberAdded(_) => EventKind::MemberAdded,
            Self::Redacted { kind, .. } => *kind,
        }
    }

    /// The payload commitment (`pc` in the module docs).
    fn commitment(&self, salt: Option<&Salt>) -> Digest {
        let view = match self {
            Self::Redacted { commitment, .. } => return *commitment,
            Self::Event(e) => {
                let mut v = value_of(e);
                if let Value::Object(m) = &mut v {
                    m.remove("event");
                }
                v
            }
            Self::HouseholdCorrected(h) => {
                let mut m = Map::new();
                m.insert(
                    "household".into(),
                    Value::String(h.commitment().to_string()),
                );
                Value::Object(m)
            }
            Self::MemberAdded(c) => {
                let mut m = Map::new();
                m.insert(
                    "new_member".into(),
                    Value::String(c.commitment().to_string()),
                );
                Value::Object(m)
            }
        };
        let salt: &[u8] = match salt {
            Some(s) => &s.0,
            None => &[],
        };
        sha256(&[TAG_PAYLOAD, salt, &canonical(&view)])
    }
}

impl Serialize for Payload {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Event(e) => e.serialize(s),
            Self::HouseholdCorrected(h) => {
                let mut m = s.serialize_map(Some(2))?;
                m.serialize_entry("event", &EventKind::HouseholdCorrected)?;
                m.serialize_entry("household", h)?;
                m.end()
            }
            Self::MemberAdded(c) => {
                let mut m = s.serialize_map(Some(2))?;
                m.serialize_entry("event", &EventKind::MemberAdded)?;
                m.serialize_entry("new_member", c)?;
                m.end()
            }
            Self::Redacted { kind, commitment } => {
                let mut m = s.serialize_map(Some(3))?;
                m.serialize_entry("event", kind)?;
                m.serialize_entry("redacted", &true)?;
                m.serialize_entry("commitment", commitment)?;
                m.end()
            }
        }
    }
}

/// One entry of the log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Entry {
    /// Position in the log: 1, 2, 3…
    pub seq: u64,
    /// The member the event happened to.
    pub member: String,
    /// The civil date the event happened.
    pub date: NaiveDate,
    /// The event (flattened, tagged by `event`).
    #[serde(flatten)]
    pub payload: Payload,
    /// When it was recorded (RFC 3339, given by the caller).
    pub recorded_at: String,
    /// Salt of the payload commitment (dropped on redaction).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub salt: Option<Salt>,
    /// Digest of the previous entry (of the case's anchor for the first).
    pub prev: Digest,
    /// Digest of this entry.
    pub digest: Digest,
}

impl Entry {
    /// The kind of the event.
    pub fn kind(&self) -> EventKind {
        self.payload.kind()
    }

    /// Whether the entry's data were erased.
    pub fn is_redacted(&self) -> bool {
        matches!(self.payload, Payload::Redacted { .. })
    }

    /// The event as the procedure takes it (`None` once redacted). Redacted
    /// members of a corrected household are left out.
    pub fn event(&self) -> Option<Event> {
        self.event_without(&SmallSet::new()).map(Cow::into_owned)
    }

    fn event_without(&self, redacted: &SmallSet<&str>) -> Option<Cow<'_, Event>> {
        match &self.payload {
            Payload::Event(e) => Some(Cow::Borrowed(e)),
            Payload::HouseholdCorrected(h) => Some(Cow::Owned(Event::HouseholdCorrected {
                household: Box::new(h.present(redacted).0),
            })),
            Payload::MemberAdded(CaseMember::Present { member, .. }) => {
                Some(Cow::Owned(Event::MemberAdded {
                    new_member: Box::new(member.clone()),
                }))
            }
            Payload::MemberAdded(CaseMember::Redacted { .. }) | Payload::Redacted { .. } => None,
        }
    }

    fn compute_digest(&self) -> Digest {
        let mut m = Map::new();
        m.insert("seq".into(), Value::from(self.seq));
        m.insert("member".into(), Value::String(self.member.clone()));
        m.insert("date".into(), Value::String(self.date.to_string()));
        m.insert("event".into(), Value::String(self.kind().code().to_owned()));
        let pc = self.payload.commitment(self.salt.as_ref());
        m.insert("commitment".into(), Value::String(pc.to_string()));
        m.insert(
            "recorded_at".into(),
            Value::String(self.recorded_at.clone()),
        );
        sha256(&[TAG_ENTRY, &self.prev.0, &canonical(&Value::Object(m))])
    }

    fn redact(&mut self, id: &str) {
        if self.member == id {
            if !self.is_redacted() {
                self.payload = Payload::Redacted {
                    kind: self.kind(),
                    commitment: self.payload.commitment(self.salt.as_ref()),
                };
            }
            self.salt = None;
        } else if let Payload::HouseholdCorrected(h) = &mut self.payload {
            h.redact(id);
        }
    }
}

/// A case: the household and the log of what happened since.
///
/// Built by [`Case::new`], [`Case::load`] (or serde), changed only by
/// [`Case::record`] and [`Case::redact`], so a value always verifies. Its
/// JSON Schema is not derived (the (de)serialisation is hand-written to keep
/// salts and redaction stubs apart from the contract types); the module docs
/// describe the format.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Case {
    rules_version: String,
    created_at: String,
    opened_on: NaiveDate,
    policies: Map<String, Value>,
    household: CaseHousehold,
    household_commitment: Digest,
    events: Vec<Entry>,
}

impl Serialize for Case {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Out<'a> {
            format: &'a str,
            rules_version: &'a str,
            created_at: &'a str,
            opened_on: NaiveDate,
            policies: &'a Map<String, Value>,
            household: &'a CaseHousehold,
            household_commitment: Digest,
            events: &'a [Entry],
        }
        Out {
            format: CASE_FORMAT,
            rules_version: &self.rules_version,
            created_at: &self.created_at,
            opened_on: self.opened_on,
            policies: &self.policies,
            household: &self.household,
            household_commitment: self.household_commitment,
            events: &self.events,
        }
        .serialize(s)
    }
}

/// Deserialising migrates, checks the structure and verifies the chain (as
/// [`Case::parse`]); it does not replay: [`Case::load`] does.
impl<'de> Deserialize<'de> for Case {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = Value::deserialize(d)?;
        Case::from_value(v).map_err(serde::de::Error::custom)
    }
}

// ---------------------------------------------------------------------------
// Errors

/// Stable codes of the problems of a case file (household problems keep the
/// codes of [`ErrorCode`]).
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    strum::EnumIter,
    strum::IntoStaticStr,
    strum::Display,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
pub enum CaseErrorCode {
    /// The file is not JSON.
    MalformedJson,
    /// The file is not UTF-8.
    InvalidUtf8,
    /// A newer, older-than-migratable or unknown `format`.
    UnsupportedFormat,
    /// A migration from an older format failed.
    MigrationFailed,
    /// A required field is missing.
    MissingField,
    /// A field the format does not know.
    UnknownField,
    /// A value of the wrong type or shape.
    InvalidType,
    /// Not a `YYYY-MM-DD` date.
    InvalidDate,
    /// Not an RFC 3339 timestamp.
    InvalidTimestamp,
    /// Not a digest or salt of lowercase hex digits.
    InvalidHex,
    /// An entry whose event is not valid.
    InvalidEvent,
    /// A redacted entry that still has a salt.
    SaltNotErased,
    /// An unknown policy, or an invalid value.
    InvalidPolicy,
    /// The household does not match `household_commitment`.
    HouseholdMismatch,
    /// A `seq` jumps ahead: an entry was deleted.
    EntryMissing,
    /// A `seq` goes back or repeats: entries were reordered or duplicated.
    EntriesReordered,
    /// A `prev` that is not the digest of the entry before (or the anchor).
    ChainBroken,
    /// An entry whose digest does not match its content.
    DigestMismatch,
    /// An entry that the procedure refuses when the log is replayed.
    RefusedOnReplay,
    /// Every member was redacted: there is nothing to replay.
    FullyRedacted,
    /// No member of that id in the case.
    UnknownMember,
    /// The redaction would leave the other members unreplayable.
    RedactionBreaksCase,
}

impl CaseErrorCode {
    /// The stable snake_case code.
    pub fn code(self) -> &'static str {
        self.into()
    }
}

/// One problem of a case file: `{ path, code, message }` as in contract §3.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CaseProblem {
    /// JSON path (`events[3]`, `household.members[1].birth_date`), empty for the whole file.
    pub path: String,
    /// Stable code: a [`CaseErrorCode`] or, for household problems, an [`ErrorCode`].
    pub code: &'static str,
    /// What is wrong (never echoes a full NIR or a label), in English
    /// ([`CaseProblem::message_in`] in any language).
    pub message: String,
    /// What is wrong, as text keys: rendered in any language (issue 10, item 15).
    #[serde(skip)]
    pub text: ErrText,
}

impl CaseProblem {
    fn new(path: impl Into<String>, code: CaseErrorCode, message: impl Into<ErrText>) -> Self {
        let text = message.into();
        Self {
            path: path.into(),
            code: code.code(),
            message: text.render(Lang::En),
            text,
        }
    }

    /// An input problem of the household, at `path` in the case file.
    fn from_input(path: String, e: InputError) -> Self {
        Self {
            path,
            code: e.code.into(),
            text: e.text.or_fixed(&e.message),
            message: e.message,
        }
    }

    /// What is wrong, in `lang`.
    pub fn message_in(&self, lang: Lang) -> String {
        self.text.render_or(lang, &self.message)
    }

    /// `PATH: MESSAGE` (or the message alone) in `lang`.
    pub fn to_string_in(&self, lang: Lang) -> String {
        if self.path.is_empty() {
            self.message_in(lang)
        } else {
            format!("{}: {}", self.path, self.message_in(lang))
        }
    }
}

impl fmt::Display for CaseProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

/// Why a case could not be read, verified, replayed or changed.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CaseError {
    /// The file (or a request on it) has problems: every one found, in order.
    #[error("{}", join_lines(.0))]
    Invalid(Vec<CaseProblem>),
    /// The procedure (or the log's own rules: unknown member, correction of a
    /// missing entry…) refuses the event: the case is unchanged.
    #[error("{} refused ({}): {}", .0.event, .0.code, .0.message)]
    Refused(Refusal),
}

fn join_lines(problems: &[CaseProblem]) -> String {
    problems
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

impl CaseError {
    /// The problems (empty for a refusal).
    pub fn problems(&self) -> &[CaseProblem] {
        match self {
            Self::Invalid(p) => p,
            Self::Refused(_) => &[],
        }
    }

    /// The error in `lang`, one line per problem ([`fmt::Display`] is this in English).
    pub fn to_string_in(&self, lang: Lang) -> String {
        match self {
            Self::Invalid(p) => p
                .iter()
                .map(|p| p.to_string_in(lang))
                .collect::<Vec<_>>()
                .join("\n"),
            Self::Refused(r) => {
                ErrText::new(T::ErrRefused)
                    .arg(r.event.code())
                    .arg(r.code)
                    .render(lang)
                    + &r.message_in(lang)
            }
        }
    }

    /// The error as text keys, its problems joined by "; " (to quote it in
    /// another message).
    fn text(&self) -> ErrText {
        match self {
            Self::Invalid(problems) => {
                let mut text = ErrText::default();
                for (i, p) in problems.iter().enumerate() {
                    if i > 0 {
                        text = text.then_fixed("; ");
                    }
                    if !p.path.is_empty() {
                        text = text.then_fixed(format!("{}: ", p.path));
                    }
                    text = text.then_text(p.text.clone().or_fixed(&p.message));
                }
                text
            }
            Self::Refused(r) => ErrText::new(T::ErrRefused)
                .arg(r.event.code())
                .arg(r.code)
                .then_text(refusal_text(r)),
        }
    }

    /// The same error with every message in `lang` (the JSON of a binding).
    #[must_use]
    pub fn in_lang(mut self, lang: Lang) -> Self {
        match &mut self {
            Self::Invalid(problems) => {
                for p in problems {
                    p.message = p.message_in(lang);
                }
            }
            Self::Refused(r) => r.message = r.message_in(lang),
        }
        self
    }

    fn one(path: impl Into<String>, code: CaseErrorCode, message: impl Into<ErrText>) -> Self {
        Self::Invalid(vec![CaseProblem::new(path, code, message)])
    }

    fn from_input(errors: InputErrors, prefix: &str, index: &[usize]) -> Self {
        Self::Invalid(
            errors
                .0
                .into_iter()
                .map(|e| CaseProblem::from_input(prefix_path(&e.path, prefix, index), e))
                .collect(),
        )
    }
}

/// `members[k].x` of a household → `PREFIX.members[index[k]].x`.
fn prefix_path(path: &str, prefix: &str, index: &[usize]) -> String {
    let remapped = path
        .strip_prefix("members[")
        .and_then(|rest| {
            let (k, tail) = rest.split_once(']')?;
            let k: usize = k.parse().ok()?;
            let orig = index.get(k).copied().unwrap_or(k);
            Some(format!("members[{orig}]{tail}"))
        })
        .unwrap_or_else(|| path.to_owned());
    match (prefix.is_empty(), remapped.is_empty()) {
        (true, _) => remapped,
        (false, true) => prefix.to_owned(),
        (false, false) => format!("{prefix}.{remapped}"),
    }
}

/// Masks runs of 6 or more digits to their last 4 (a NIR echoed by serde).
fn mask_numbers(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut run = String::new();
    let flush = |run: &mut String, out: &mut String| {
        if run.len() >= 6 {
            out.push_str("•••");
            out.push_str(&run[run.len() - 4..]);
        } else {
            out.push_str(run);
        }
        run.clear();
    };
    for c in s.chars() {
        if c.is_ascii_digit() {
            run.push(c);
        } else {
            flush(&mut run, &mut out);
            out.push(c);
        }
    }
    flush(&mut run, &mut out);
    out
}

/// An RFC 3339 timestamp (`2026-11-27T09:30:00Z`, `2026-11-27T10:30:00.5+01:00`):
/// a civil date, `T` (or `t` or a space, as RFC 3339 §5.6 allows), a time
/// with seconds (60 for a leap second), optional fractions, and `Z` or an
/// offset `±HH:MM`. Written out rather than with chrono's generic parser,
/// whose formatting machinery would weigh ~25 KB in the WebAssembly module.
fn is_timestamp(s: &str) -> bool {
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

// ---------------------------------------------------------------------------
// Migration

/// A raw JSON object.
type Object = Map<String, Value>;

/// One step from format version `from` to `from + 1`, on the raw JSON object.
struct Migration {
    from: u32,
    apply: fn(Object) -> Result<Object, String>,
}

/// The migrations of older formats, oldest first. None yet: v1 is the first.
const MIGRATIONS: &[Migration] = &[];

fn migrate(value: Value) -> Result<Value, CaseError> {
    migrate_with(value, MIGRATIONS)
}

fn migrate_with(value: Value, steps: &[Migration]) -> Result<Value, CaseError> {
    let Value::Object(mut m) = value else {
        return Err(CaseError::one(
            "",
            CaseErrorCode::InvalidType,
            T::ErrCaseNotObject,
        ));
    };
    let format = match m.get("format") {
        Some(Value::String(s)) => s.clone(),
        Some(_) => {
            return Err(CaseError::one(
                "format",
                CaseErrorCode::InvalidType,
                "format is a string",
            ));
        }
        None => {
            return Err(CaseError::one(
                "format",
                CaseErrorCode::MissingField,
                ErrText::new(T::ErrCaseNoFormat).arg(CASE_FORMAT),
            ));
        }
    };
    let version = format
        .strip_prefix(FORMAT_PREFIX)
        .and_then(|v| v.parse::<u32>().ok())
        .filter(|v| format == format!("{FORMAT_PREFIX}{v}"));
    let Some(mut version) = version else {
        return Err(CaseError::one(
            "format",
            CaseErrorCode::UnsupportedFormat,
            ErrText::new(T::ErrCaseUnknownFormat)
                .arg(format)
                .arg(CASE_FORMAT),
        ));
    };
    if version > FORMAT_VERSION {
        return Err(CaseError::one(
            "format",
            CaseErrorCode::UnsupportedFormat,
            ErrText::new(T::ErrCaseNewerFormat)
                .arg(format)
                .arg(CASE_FORMAT),
        ));
    }
    while version < FORMAT_VERSION {
        let Some(step) = steps.iter().find(|s| s.from == version) else {
            return Err(CaseError::one(
                "format",
                CaseErrorCode::UnsupportedFormat,
                format!("\"{format}\" is older than any format this version of secu can migrate"),
            ));
        };
        m = (step.apply)(m).map_err(|e| {
            CaseError::one(
                "",
                CaseErrorCode::MigrationFailed,
                format!("migrating from {FORMAT_PREFIX}{version}: {e}"),
            )
        })?;
        version += 1;
        m.insert(
            "format".into(),
            Value::String(format!("{FORMAT_PREFIX}{version}")),
        );
    }
    Ok(Value::Object(m))
}

// ---------------------------------------------------------------------------
// Reading the structure

const CASE_KEYS: &[&str] = &[
    "format",
    "rules_version",
    "created_at",
    "opened_on",
    "policies",
    "household",
    "household_commitment",
    "events",
];
const HOUSEHOLD_KEYS: &[&str] = &["format", "as_of", "members"];
const STUB_KEYS: &[&str] = &["id", "redacted", "commitment"];
const ENTRY_KEYS: &[&str] = &[
    "seq",
    "member",
    "date",
    "event",
    "recorded_at",
    "salt",
    "prev",
    "digest",
];

fn join(base: &str, key: &str) -> String {
    if base.is_empty() {
        key.to_owned()
    } else {
        format!("{base}.{key}")
    }
}

/// Collects problems while reading a case's JSON.
#[derive(Default)]
struct Reader {
    problems: Vec<CaseProblem>,
}

impl Reader {
    fn push(&mut self, path: impl Into<String>, code: CaseErrorCode, message: impl Into<ErrText>) {
        self.problems.push(CaseProblem::new(path, code, message));
    }

    fn unknown_keys(&mut self, m: &Map<String, Value>, path: &str, known: &[&str]) {
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

    fn object(&mut self, v: Value, path: &str, what: &str) -> Option<Map<String, Value>> {
        match v {
            Value::Object(m) => Some(m),
            _ => {
                self.push(path, CaseErrorCode::InvalidType, format!("expected {what}"));
                None
            }
        }
    }

    fn required(&mut self, m: &mut Map<String, Value>, key: &str, path: &str) -> Option<Value> {
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

    fn string(&mut self, m: &mut Map<String, Value>, key: &str, path: &str) -> Option<String> {
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

    fn timestamp(&mut self, m: &mut Map<String, Value>, key: &str, path: &str) -> Option<String> {
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

    fn date_value(&mut self, v: Value, path: String) -> Option<NaiveDate> {
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

    fn date(&mut self, m: &mut Map<String, Value>, key: &str, path: &str) -> Option<NaiveDate> {
        let v = self.required(m, key, path)?;
        self.date_value(v, join(path, key))
    }

    fn hex<T: FromStr<Err = String>>(&mut self, v: Value, path: String) -> Option<T> {
        let Value::String(s) = v else {
            self.push(path, CaseErrorCode::InvalidHex, "expected a hex string");
            return None;
        };
        match s.parse() {
            Ok(x) => Some(x),
            Err(e) => {
                self.push(path, CaseErrorCode::InvalidHex, e);
                None
            }
        }
    }

    fn digest(&mut self, m: &mut Map<String, Value>, key: &str, path: &str) -> Option<Digest> {
        let v = self.required(m, key, path)?;
        self.hex(v, join(path, key))
    }

    fn case(&mut self, v: Value) -> Option<Case> {
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

    fn household(&mut self, v: Value, path: &str) -> Option<CaseHousehold> {
        let mut m = self.object(v, path, "a household object")?;
        self.unknown_keys(&m, path, HOUSEHOLD_KEYS);
        let format = match m.remove("format") {
            None | Some(Value::Null) => Some(None),
            Some(Value::String(s)) => {
                if let Some(e) = secu::decode::format_error(&s) {
                    self.problems
                        .push(CaseProblem::from_input(prefix_path(&e.path, path, &[]), e));
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

    fn member(&mut self, v: Value, path: &str) -> Option<CaseMember> {
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
                    self.problems
                        .push(CaseProblem::from_input(e.path.clone(), e));
                }
                None
            }
        };
        Some(CaseMember::Present {
            salt: salt?,
            member: member?,
        })
    }

    fn entry(&mut self, v: Value, i: usize) -> Option<Entry> {
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
            salt: salt?,
            prev: prev?,
            digest: digest?,
        })
    }

    /// The event of an entry: what is left of its object once the entry's own
    /// keys are taken.
    fn payload(
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
                match Event::decode(Value::Object(m)) {
                    Ok(e) => Some(Payload::Event(e)),
                    Err(e) => {
                        self.push(path, CaseErrorCode::InvalidEvent, mask_numbers(&e));
                        None
                    }
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------
// Replay

/// Why a replay stopped.
enum ReplayFailure {
    /// The household (without redacted members) does not start a procedure.
    Household(InputErrors, Vec<usize>),
    /// Every member was redacted.
    FullyRedacted,
    /// `events[index]` is refused.
    At { index: usize, refusal: Refusal },
}

impl ReplayFailure {
    fn into_error(self) -> CaseError {
        match self {
            Self::Household(errors, index) => CaseError::from_input(errors, "household", &index),
            Self::FullyRedacted => CaseError::one(
                "household",
                CaseErrorCode::FullyRedacted,
                T::ErrFullyRedacted,
            ),
            Self::At { index, refusal } => CaseError::one(
                format!("events[{index}]"),
                CaseErrorCode::RefusedOnReplay,
                ErrText::new(T::ErrRefusedOnReplay)
                    .arg(refusal.code)
                    .then_text(refusal_text(&refusal)),
            ),
        }
    }
}

fn refusal(
    event: EventKind,
    code: &'static str,
    message: impl Into<ErrText>,
    allowed: Vec<EventKind>,
) -> Refusal {
    Refusal::new(event, code, message.into(), allowed)
}

/// A refusal's reason as text keys (its English message when it has none).
fn refusal_text(r: &Refusal) -> ErrText {
    r.text.clone().or_fixed(&r.message)
}

impl Case {
    // -- construction ---------------------------------------------------

    /// Opens a case for a household on `opened_on` (the date its tracks are
    /// derived at), recorded at `created_at` (RFC 3339, from the caller's
    /// clock). `salts` gives one fresh random salt per call (the CLI uses the
    /// OS random source; tests a counter). The household is validated by
    /// starting the procedure.
    pub fn new(
        household: Household,
        opened_on: NaiveDate,
        created_at: &str,
        salts: &mut impl FnMut() -> [u8; 16],
        policy: &Policy,
    ) -> Result<Case, InputErrors> {
        if !is_timestamp(created_at) {
            return Err(InputErrors(vec![InputError::new(
                "created_at",
                ErrorCode::InvalidDate,
                T::ErrCaseTimestamp,
            )]));
        }
        Procedure::start(household.clone(), opened_on, policy)?;
        let household = CaseHousehold::salted(household, salts);
        let household_commitment = household.commitment();
        Ok(Case {
            rules_version: RULES_VERSION.to_owned(),
            created_at: created_at.to_owned(),
            opened_on,
            policies: policy.differences(),
            household,
            household_commitment,
            events: Vec::new(),
        })
    }

    /// Reads a case file: parses it, migrates an older format, refuses a
    /// newer one, verifies the chain ([`Case::verify`]) and replays the log
    /// with the case's policies; an entry refused on replay is reported as
    /// corruption. Never panics, whatever the bytes.
    pub fn load(bytes: &[u8]) -> Result<Case, CaseError> {
        let case = Self::parse(bytes)?;
        let policy = case.policy()?;
        match case.run(&policy) {
            Ok(_) | Err(ReplayFailure::FullyRedacted) => Ok(case),
            Err(f) => Err(f.into_error()),
        }
    }

    /// Reads and verifies a case file without replaying it.
    pub fn parse(bytes: &[u8]) -> Result<Case, CaseError> {
        if let Err(e) = std::str::from_utf8(bytes) {
            return Err(CaseError::one(
                "",
                CaseErrorCode::InvalidUtf8,
                ErrText::new(T::ErrCaseNotUtf8).arg(e.valid_up_to().to_string()),
            ));
        }
        let value: Value = serde_json::from_slice(bytes).map_err(|e| {
            CaseError::one(
                "",
                CaseErrorCode::MalformedJson,
                ErrText::new(T::ErrMalformedJson)
                    .arg(e.line().to_string())
                    .arg(e.column().to_string())
                    .then_fixed(mask_numbers(&strip_position(&e))),
            )
        })?;
        Self::from_value(value)
    }

    /// Reads a case file from a JSON tree, with the checks of [`Case::load`]
    /// (for callers that hold a tree already, like the WebAssembly binding).
    pub fn from_value(value: Value) -> Result<Case, CaseError> {
        let value = migrate(value)?;
        let mut reader = Reader::default();
        let case = reader.case(value);
        match case {
            Some(case) if reader.problems.is_empty() => {
                case.verify()?;
                Ok(case)
            }
            _ => Err(CaseError::Invalid(reader.problems)),
        }
    }

    // -- reading --------------------------------------------------------

    /// The version of the rules the case was created under.
    pub fn rules_version(&self) -> &str {
        &self.rules_version
    }

    /// When the case was created (RFC 3339).
    pub fn created_at(&self) -> &str {
        &self.created_at
    }

    /// The opening date when none is given, for a case created on `today`
    /// (the day of its `created_at`): the household's `as_of` when it is not
    /// after today, else today. A case opened on a later day could record
    /// nothing until then: events before the opening (issue 10 item 12) and
    /// after their recording day (Decision 23) are both refused. One rule
    /// for the CLI (`case new`) and the WebAssembly `newCase`.
    #[must_use]
    pub fn default_opened_on(as_of: Option<NaiveDate>, today: NaiveDate) -> NaiveDate {
        as_of.filter(|d| *d <= today).unwrap_or(today)
    }

    /// The date the tracks are derived at.
    pub fn opened_on(&self) -> NaiveDate {
        self.opened_on
    }

    /// The household as opened (members salted or redacted).
    pub fn household(&self) -> &CaseHousehold {
        &self.household
    }

    /// The log, oldest first, voided and redacted entries included.
    pub fn history(&self) -> &[Entry] {
        &self.events
    }

    /// The digest of the last entry (the anchor when the log is empty): keep
    /// it elsewhere to detect a rewritten or truncated log.
    pub fn head(&self) -> Digest {
        self.events
            .last()
            .map_or_else(|| self.anchor(), |e| e.digest)
    }

    /// The case's identity: the digest its chain starts from (the anchor,
    /// which covers the header and the household commitment, no personal
    /// data). It does not change when events are recorded or members
    /// redacted, so it names a case whatever its file is called.
    pub fn anchor_digest(&self) -> Digest {
        self.anchor()
    }

    /// Where `head` lies on this file's chain: `Some(0)` for the anchor
    /// (an empty log), `Some(seq)` for the digest of an entry, `None` when
    /// the chain never went through it (the file was truncated or rolled
    /// back past it, or it is another case).
    pub fn position_of(&self, head: &Digest) -> Option<u64> {
        if *head == self.anchor() {
            return Some(0);
        }
        self.events
            .iter()
            .find(|e| e.digest == *head)
            .map(|e| e.seq)
    }

    /// The ids of the members known at the end of the log (the household as
    /// opened or last corrected, plus the members added since).
    pub fn member_ids(&self) -> Vec<String> {
        let mut ids: Vec<String> = self
            .household
            .members
            .iter()
            .map(|m| m.id().to_owned())
            .collect();
        for e in &self.events {
            match &e.payload {
                Payload::HouseholdCorrected(h) => {
                    ids = h.members.iter().map(|m| m.id().to_owned()).collect();
                }
                Payload::MemberAdded(m) if !ids.iter().any(|i| i == m.id()) => {
                    ids.push(m.id().to_owned());
                }
                _ => {}
            }
        }
        ids
    }

    /// The policies the case was created with, to replay it with.
    pub fn policy(&self) -> Result<Policy, CaseError> {
        let mut policy = Policy::default();
        let mut problems = Vec::new();
        // The first invalid value, in key order: reported alone, and only
        // when every name is known.
        let mut invalid = None;
        for (k, v) in &self.policies {
            if !Policy::NAMES.contains(&k.as_str()) {
                problems.push(CaseProblem::new(
                    format!("policies.{k}"),
                    CaseErrorCode::InvalidPolicy,
                    ErrText::new(T::ErrPolicyUnknown).arg(k.as_str()),
                ));
            } else if invalid.is_none()
                && let Err(e) = policy.apply_text(k, v)
            {
                invalid = Some(e);
            }
        }
        if !problems.is_empty() {
            return Err(CaseError::Invalid(problems));
        }
        match invalid {
            Some(e) => Err(CaseError::one("policies", CaseErrorCode::InvalidPolicy, e)),
            None => Ok(policy),
        }
    }

    /// The ids of the redacted members.
    pub fn redacted_members(&self) -> SmallSet<&str> {
        fn add<'a>(h: &'a CaseHousehold, out: &mut SmallSet<&'a str>) {
            for m in &h.members {
                if let CaseMember::Redacted { id, .. } = m {
                    out.insert(id.as_str());
                }
            }
        }
        let mut out = SmallSet::new();
        add(&self.household, &mut out);
        for e in &self.events {
            match &e.payload {
                Payload::HouseholdCorrected(h) => add(h, &mut out),
                Payload::MemberAdded(CaseMember::Redacted { id, .. }) => {
                    out.insert(id.as_str());
                }
                Payload::Redacted { .. } => {
                    out.insert(e.member.as_str());
                }
                _ => {}
            }
        }
        out
    }

    /// The voided entries: voided `seq` → `seq` of the correction that voids it.
    pub fn voided(&self) -> SmallMap<u64, u64> {
        let redacted = self.redacted_members();
        self.corrections(&redacted).unwrap_or_default()
    }

    // -- verification ---------------------------------------------------

    fn anchor(&self) -> Digest {
        let mut m = Map::new();
        m.insert("format".into(), Value::String(CASE_FORMAT.into()));
        m.insert(
            "rules_version".into(),
            Value::String(self.rules_version.clone()),
        );
        m.insert("created_at".into(), Value::String(self.created_at.clone()));
        m.insert(
            "opened_on".into(),
            Value::String(self.opened_on.to_string()),
        );
        m.insert("policies".into(), Value::Object(self.policies.clone()));
        m.insert(
            "household_commitment".into(),
            Value::String(self.household_commitment.to_string()),
        );
        sha256(&[TAG_ANCHOR, &canonical(&Value::Object(m))])
    }

    /// Checks the chain: the household against its commitment, then each
    /// entry's `seq`, `prev` and `digest` (which covers the commitment of its
    /// data). Every problem is named by its position.
    pub fn verify(&self) -> Result<(), CaseError> {
        let mut problems = Vec::new();
        if self.household.commitment() != self.household_commitment {
            problems.push(CaseProblem::new(
                "household",
                CaseErrorCode::HouseholdMismatch,
                T::ErrHouseholdMismatch,
            ));
        }
        // `prev` must be the digest of the entry one `seq` before (the anchor
        // for seq 1): checked by seq, so that two swapped entries are reported
        // once, as reordered, rather than as a broken chain after them.
        let anchor = self.anchor();
        let mut by_seq: SmallMap<u64, Digest> = SmallMap::new();
        for e in &self.events {
            by_seq.get_or_insert(e.seq, e.digest);
        }
        let mut last = 0u64;
        for (i, e) in self.events.iter().enumerate() {
            let path = format!("events[{i}]");
            let expected = last.saturating_add(1);
            let mut flagged = false;
            if e.seq != expected {
                flagged = true;
                let head = if i == 0 {
                    ErrText::new(T::ErrSeqNotFirst).arg(e.seq.to_string())
                } else {
                    ErrText::new(T::ErrSeqFollows)
                        .arg(e.seq.to_string())
                        .arg(last.to_string())
                };
                let (code, why) = if e.seq <= last {
                    (
                        CaseErrorCode::EntriesReordered,
                        ErrText::new(T::ErrEntriesReordered),
                    )
                } else if self.events[i + 1..].iter().any(|x| x.seq == expected) {
                    (
                        CaseErrorCode::EntriesReordered,
                        ErrText::new(T::ErrEntriesReorderedLater).arg(expected.to_string()),
                    )
                } else {
                    (
                        CaseErrorCode::EntryMissing,
                        ErrText::new(T::ErrEntryDeleted).arg(expected.to_string()),
                    )
                };
                problems.push(CaseProblem::new(&path, code, head.then_text(why)));
            }
            let expected_prev = match e.seq {
                1 => Some(anchor),
                n => by_seq.get(&n.saturating_sub(1)).copied(),
            };
            if expected_prev != Some(e.prev) && !flagged {
                let message = if e.seq == 1 {
                    T::ErrAnchorMismatch
                } else {
                    T::ErrChainBroken
                };
                problems.push(CaseProblem::new(&path, CaseErrorCode::ChainBroken, message));
            }
            if e.compute_digest() != e.digest {
                problems.push(CaseProblem::new(
                    &path,
                    CaseErrorCode::DigestMismatch,
                    T::ErrDigestMismatch,
                ));
            }
            last = last.max(e.seq);
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(CaseError::Invalid(problems))
        }
    }

    // -- replay ---------------------------------------------------------

    /// Replays the log through the procedure: starts it with the household
    /// (without redacted members) on `opened_on`, then applies every entry
    /// in order, skipping voided entries, corrections and redacted members.
    /// Pass the case's own policies ([`Case::policy`]) unless asking "what if".
    pub fn replay(&self, policy: &Policy) -> Result<Procedure, CaseError> {
        self.run(policy).map_err(ReplayFailure::into_error)
    }

    /// Checks the corrections: voided seq → voiding seq, or the first refused.
    fn corrections(&self, redacted: &SmallSet<&str>) -> Result<SmallMap<u64, u64>, ReplayFailure> {
        let mut voided = SmallMap::new();
        for (i, e) in self.events.iter().enumerate() {
            let Payload::Event(Event::Correction { voids, .. }) = &e.payload else {
                continue;
            };
            if redacted.contains(e.member.as_str()) {
                continue;
            }
            let refuse = |code, message| {
                Err(ReplayFailure::At {
                    index: i,
                    refusal: refusal(EventKind::Correction, code, message, Vec::new()),
                })
            };
            let target = self.events[..i].iter().find(|t| t.seq == *voids);
            match target {
                None => {
                    return refuse(
                        "unknown_seq",
                        ErrText::new(T::ErrSeqUnknown).arg(voids.to_string()),
                    );
                }
                Some(t) if t.kind() == EventKind::Correction => {
                    return refuse(
                        "voids_correction",
                        ErrText::new(T::ErrSeqIsCorrection).arg(voids.to_string()),
                    );
                }
                Some(t) if t.member != e.member => {
                    return refuse(
                        "other_member",
                        ErrText::new(T::ErrSeqOtherMember).arg(voids.to_string()),
                    );
                }
                Some(_) => {
                    if let Some(by) = voided.insert(*voids, e.seq) {
                        return refuse(
                            "already_voided",
                            ErrText::new(T::ErrSeqAlreadyVoided)
                                .arg(voids.to_string())
                                .arg(by.to_string()),
                        );
                    }
                }
            }
        }
        Ok(voided)
    }

    fn run(&self, policy: &Policy) -> Result<Procedure, ReplayFailure> {
        let redacted = self.redacted_members();
        let (household, index) = self.household.present(&redacted);
        if household.members.is_empty() {
            return Err(ReplayFailure::FullyRedacted);
        }
        let mut procedure = Procedure::start(household, self.opened_on, policy)
            .map_err(|e| ReplayFailure::Household(e, index))?;
        if !redacted.is_empty() {
            procedure = procedure.with_redacted_history();
        }
        let voided = self.corrections(&redacted)?;
        let mut known: SmallSet<&str> = self.household.members.iter().map(CaseMember::id).collect();
        for (i, e) in self.events.iter().enumerate() {
            if redacted.contains(e.member.as_str()) || voided.contains_key(&e.seq) {
                continue;
            }
            let refuse = |code, message| ReplayFailure::At {
                index: i,
                refusal: refusal(e.kind(), code, message, Vec::new()),
            };
            match &e.payload {
                Payload::Event(Event::Correction { .. }) | Payload::Redacted { .. } => continue,
                Payload::MemberAdded(m) => {
                    if m.id() != e.member {
                        return Err(refuse(
                            "member_mismatch",
                            ErrText::new(T::ErrMemberMismatch).arg(m.id()),
                        ));
                    }
                    if known.contains(m.id()) {
                        return Err(refuse(
                            "duplicate_member",
                            ErrText::new(T::ErrDuplicateMember).arg(m.id()),
                        ));
                    }
                }
                _ if !known.contains(e.member.as_str()) => {
                    return Err(refuse(
                        "unknown_member",
                        ErrText::new(T::ErrReplayUnknownMember).arg(e.member.as_str()),
                    ));
                }
                _ => {}
            }
            let Some(event) = e.event_without(&redacted) else {
                continue;
            };
            procedure
                .apply(&e.member, e.date, &event)
                .map_err(|refusal| ReplayFailure::At { index: i, refusal })?;
            match &e.payload {
                Payload::MemberAdded(m) => {
                    known.insert(m.id());
                }
                Payload::HouseholdCorrected(h) => {
                    known.clear();
                    known.extend(h.members.iter().map(CaseMember::id));
                }
                _ => {}
            }
        }
        Ok(procedure)
    }

    // -- changes --------------------------------------------------------

    /// Records an event: replays the log, appends the chained entry and
    /// replays again; keeps it **only if** every entry is accepted. A refused
    /// event ([`CaseError::Refused`]) leaves the case exactly as it was.
    ///
    /// `salts` gives a fresh random salt per call: one for the entry, one per
    /// person carried by `household_corrected` / `member_added`.
    /// `member_added` is recorded for the new member (its id as `member`);
    /// a correction voids an earlier entry of the same member.
    pub fn record(
        &mut self,
        member: &str,
        date: NaiveDate,
        event: Event,
        recorded_at: &str,
        salts: &mut impl FnMut() -> [u8; 16],
        policy: &Policy,
    ) -> Result<&Entry, CaseError> {
        if !is_timestamp(recorded_at) {
            return Err(CaseError::one(
                "recorded_at",
                CaseErrorCode::InvalidTimestamp,
                T::ErrCaseTimestamp,
            ));
        }
        let current = self.run(policy).map_err(ReplayFailure::into_error)?;
        // What the member's file allows now, for the case's own refusals.
        let allowed_now = || current.allowed_events(member, date);
        let kind = event.kind();
        if self.redacted_members().contains(member) {
            return Err(CaseError::Refused(refusal(
                kind,
                "member_redacted",
                ErrText::new(T::ErrMemberRedacted).arg(member),
                allowed_now(),
            )));
        }
        // Decision 23: an event dated after the day it is recorded is refused
        // (a plan is not a fact). The recording day is the date of
        // `recorded_at` as written (its own offset).
        let recorded_on = recorded_at
            .get(..10)
            .and_then(|d| civil_date::parse(d).ok());
        if let Some(on) = recorded_on
            && date > on
        {
            return Err(CaseError::Refused(refusal(
                kind,
                "future_date",
                ErrText::new(T::ErrFutureDate)
                    .arg(date.to_string())
                    .arg(on.to_string()),
                allowed_now(),
            )));
        }
        // Issue 10, item 12 (implausible data): an event dated before the
        // case was opened is refused; what happened before the opening is
        // in the household (a NIR or NIA held, previous insurance).
        if date < self.opened_on() {
            return Err(CaseError::Refused(refusal(
                kind,
                "before_opening",
                ErrText::new(T::ErrBeforeOpening)
                    .arg(date.to_string())
                    .arg(self.opened_on().to_string()),
                allowed_now(),
            )));
        }
        let ids = self.member_ids();
        if kind != EventKind::MemberAdded && !ids.iter().any(|i| i == member) {
            let mut message = ErrText::new(T::ErrUnknownCaseMember).arg(member);
            if let Some(s) = secu::suggest::closest(member, ids.iter().map(String::as_str)) {
                message = message.then(T::ErrCaseDidYouMean).arg(s);
            }
            return Err(CaseError::Refused(refusal(
                kind,
                "unknown_member",
                message.then(T::ErrCaseMembers).arg(ids.join(", ")),
                Vec::new(),
            )));
        }
        // A household correction corrects the same family: it keeps every
        // member who has events (same ids), else their history would vanish
        // from the status.
        if let Event::HouseholdCorrected { household } = &event {
            let redacted = self.redacted_members();
            let mut dropped: Vec<&str> = Vec::new();
            for e in &self.events {
                let id = e.member.as_str();
                if !redacted.contains(id)
                    && !dropped.contains(&id)
                    && ids.iter().any(|i| i == id)
                    && !household.members.iter().any(|m| m.id == id)
                {
                    dropped.push(id);
                }
            }
            if !dropped.is_empty() {
                return Err(CaseError::Refused(refusal(
                    kind,
                    "members_dropped",
                    ErrText::new(T::ErrMembersDropped).arg(dropped.join(", ")),
                    allowed_now(),
                )));
            }
        }
        let voids = match &event {
            Event::Correction { voids, .. } => Some(*voids),
            _ => None,
        };
        let payload = Payload::from_event(event, salts);
        let salt = Salt(salts());
        let mut entry = Entry {
            seq: self.events.last().map_or(0, |e| e.seq).saturating_add(1),
            member: member.to_owned(),
            date,
            payload,
            recorded_at: recorded_at.to_owned(),
            salt: Some(salt),
            prev: self.head(),
            digest: Digest([0; 32]),
        };
        entry.digest = entry.compute_digest();
        let mut next = self.clone();
        next.events.push(entry);
        let new = self.events.len();
        match next.run(policy) {
            Ok(_) => {
                *self = next;
                self.events.last().ok_or_else(|| {
                    CaseError::one("events", CaseErrorCode::InvalidType, "internal: empty log")
                })
            }
            Err(ReplayFailure::At { index, refusal }) if index == new => {
                Err(CaseError::Refused(refusal))
            }
            Err(ReplayFailure::At {
                index,
                refusal: later,
            }) => {
                // The log replayed before: the new entry (a correction) broke a later one.
                let seq = self.events.get(index).map_or(0, |e| e.seq);
                Err(CaseError::Refused(refusal(
                    kind,
                    "correction_breaks_history",
                    ErrText::new(T::ErrCorrectionBreaks)
                        .arg(voids.unwrap_or_default().to_string())
                        .arg(seq.to_string())
                        .then_text(refusal_text(&later))
                        .then(T::ErrVoidLaterFirst),
                    allowed_now(),
                )))
            }
            Err(f) => Err(f.into_error()),
        }
    }

    /// Erases a member's personal data (GDPR), keeping the chain verifiable
    /// (see the module docs). Refused when the other members could no longer
    /// be replayed without this one (redact those who depend on it first, or
    /// use [`Case::redact_all`]). Redacting twice changes nothing.
    pub fn redact(&mut self, member: &str) -> Result<(), CaseError> {
        self.redact_ids(&[member])
    }

    /// Erases the personal data of every member.
    pub fn redact_all(&mut self) -> Result<(), CaseError> {
        let mut ids: SmallSet<String> = self
            .household
            .members
            .iter()
            .map(|m| m.id().to_owned())
            .collect();
        for e in &self.events {
            ids.insert(e.member.clone());
            if let Payload::HouseholdCorrected(h) = &e.payload {
                ids.extend(h.members.iter().map(|m| m.id().to_owned()));
            }
        }
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        self.redact_ids(&ids)
    }

    fn mentions(&self, id: &str) -> bool {
        self.household.members.iter().any(|m| m.id() == id)
            || self.events.iter().any(|e| {
                e.member == id
                    || matches!(&e.payload, Payload::HouseholdCorrected(h)
                        if h.members.iter().any(|m| m.id() == id))
            })
    }

    fn redact_ids(&mut self, ids: &[&str]) -> Result<(), CaseError> {
        for id in ids {
            if !self.mentions(id) {
                return Err(CaseError::one(
                    "member",
                    CaseErrorCode::UnknownMember,
                    ErrText::new(T::ErrRedactUnknown).arg(*id),
                ));
            }
        }
        let mut next = self.clone();
        for id in ids {
            next.household.redact(id);
            for e in &mut next.events {
                e.redact(id);
            }
        }
        next.verify()?;
        let policy = self.policy()?;
        let replayed_before = self.run(&policy).is_ok();
        match next.run(&policy) {
            Ok(_) | Err(ReplayFailure::FullyRedacted) => {}
            Err(f) if replayed_before => {
                return Err(CaseError::one(
                    "member",
                    CaseErrorCode::RedactionBreaksCase,
                    ErrText::new(T::ErrRedactionBreaks)
                        .arg(ids.join("\", \""))
                        .then_text(f.into_error().text())
                        .then(T::ErrRedactDependentsFirst),
                ));
            }
            // The case did not replay before either: never block an erasure.
            Err(_) => {}
        }
        *self = next;
        Ok(())
    }

    // -- writing --------------------------------------------------------

    /// The case file: pretty JSON, keys in a fixed order, trailing newline.
    pub fn to_json_pretty(&self) -> String {
        // Cannot fail: every map key is a string.
        let mut s = serde_json::to_string_pretty(self).unwrap_or_default();
        s.push('\n');
        s
    }
}

/// " did you mean \"X\"?" when `word` is a plausible typo of one of the
/// `candidates` (an event name, a document code, a member id), else "".
/// For the callers that name what they refuse (the CLI, the WebAssembly binding).
pub fn did_you_mean<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    secu::suggest::closest(word, candidates)
        .map(|s| format!(" did you mean \"{s}\"?"))
        .unwrap_or_default()
}

/// The closest candidate as text keys (`; did you mean "…"?`), to render in
/// any language; `None` when no candidate is close.
pub fn did_you_mean_text<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<ErrText> {
    secu::suggest::closest(word, candidates).map(|s| ErrText::new(T::ErrDidYouMean).arg(s))
}

/// serde_json's message without its trailing " at line L column C".
fn strip_position(e: &serde_json::Error) -> String {
    let s = e.to_string();
    match s.rfind(" at line ") {
        Some(i) => s[..i].to_owned(),
        None => s,
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    #[test]
    fn timestamps_are_exactly_rfc_3339_as_chrono_reads_them() {
        let samples = [
            "2026-11-27T09:30:00Z",
            "2026-11-27t09:30:00z",
            "2026-11-27 09:30:00Z",
            "2026-11-27T09:30:00.123456789+01:00",
            "2026-11-27T23:59:60Z",
            "2026-11-27T24:00:00Z",
            "2026-11-27T09:60:00Z",
            "2026-11-27T09:30:61Z",
            "2026-11-27T09:30:00",
            "2026-11-27T09:30Z",
            "2026-11-27T09:30:00.Z",
            "2026-11-27T09:30:00+0100",
            "2026-11-27T09:30:00+24:00",
            "2026-11-27T09:30:00-23:59",
            "2026-02-30T09:30:00Z",
            "2026-11-27T09:30:00+01:00x",
            "2026-11-27T9:30:00Z",
            "2026-11-27X09:30:00Z",
            "",
            "2026-11-27",
            "é026-11-27T09:30:00Z",
            "2026-11-2éT09:30:00Z",
            "2026-11-27T09:3é:00Z",
            "2026-11-27T09:30:00.5-00:00",
            "+2026-11-27T09:30:00Z",
        ];
        for s in samples {
            assert_eq!(
                is_timestamp(s),
                chrono::DateTime::parse_from_rfc3339(s).is_ok(),
                "{s:?}"
            );
        }
        // Outside the documented years (1900–2199) a recording time is refused
        // although RFC 3339 allows it.
        assert!(!is_timestamp("0000-01-01T00:00:00Z"));
        assert!(!is_timestamp("9999-12-31T23:59:59Z"));
        assert!(is_timestamp("2199-12-31T23:59:59Z"));
    }

    proptest::proptest! {
        #[test]
        // Years within the date parser's documented range (1900–2199,
        // issue 10 item 12): outside it chrono accepts what the case file refuses.
        fn timestamps_agree_with_chrono(s in "(19|20|21)[0-9]{2}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{0,3})?([Zz]|[+-][0-9]{2}:?[0-9]{2})?") {
            proptest::prop_assert_eq!(is_timestamp(&s), chrono::DateTime::parse_from_rfc3339(&s).is_ok(), "{:?}", s);
        }

        #[test]
        fn timestamps_never_panic(s in "\\PC{0,40}") {
            proptest::prop_assert_eq!(is_timestamp(&s), chrono::DateTime::parse_from_rfc3339(&s).is_ok(), "{:?}", s);
        }
    }
    use secu::output::DocKind;

    const HOUSEHOLD: &str = r#"{
      "format": "secu.household.v1",
      "as_of": "2026-11-27",
      "members": [
        { "id": "priya", "label": "Priya S. (EMP-0042)", "relationship": "primary",
          "birth_date": "1990-04-12", "sex": "female", "nationality": "IN", "birth_country": "IN",
          "previously_insured_in_france": false,
          "activity": { "kind": "employed", "start_date": "2026-10-01",
                        "employer": { "siren": "552100554", "payroll_id": "0042" } },
          "residence": { "arrival_date": "2026-09-20", "permit": "talent_passport",
                         "permit_valid_from": "2026-09-20", "permit_valid_until": "2030-09-19",
                         "postcode": "92400" } },
        { "id": "arjun", "label": "Arjun S. (spouse)", "relationship": "spouse",
          "birth_date": "1988-07-03", "sex": "male", "nationality": "IN", "birth_country": "IN",
          "previously_insured_in_france": false, "union_country": "IN",
          "residence": { "arrival_date": "2026-09-20", "permit": "talent_passport",
                         "permit_valid_from": "2026-09-20", "postcode": "92400" } },
        { "id": "meera", "label": "Meera S. (child)", "relationship": "child",
          "birth_date": "2015-02-14", "sex": "female", "nationality": "IN", "birth_country": "IN",
          "previously_insured_in_france": false, "in_education": true,
          "residence": { "arrival_date": "2026-09-20", "postcode": "92400" } }
      ]
    }"#;

    const AT: &str = "2026-11-27T10:15:00Z";
    /// When the tests record events: after every event date they use
    /// (Decision 23 refuses an event dated after its recording day).
    const REC: &str = "2030-01-01T10:15:00Z";

    /// Deterministic salts: 1, 2, 3… as 16 big-endian bytes.
    fn counter() -> impl FnMut() -> [u8; 16] {
        let mut n = 0u128;
        move || {
            n += 1;
            n.to_be_bytes()
        }
    }

    fn date(s: &str) -> NaiveDate {
        civil_date::parse(s).unwrap_or_default()
    }

    fn household() -> Household {
        secu::parse_household(HOUSEHOLD.as_bytes()).expect("test household")
    }

    fn fresh(salts: &mut impl FnMut() -> [u8; 16]) -> Case {
        Case::new(
            household(),
            date("2026-11-27"),
            AT,
            salts,
            &Policy::default(),
        )
        .expect("new case")
    }

    /// A NIA/NIR with its key (97 − number mod 97).
    fn with_key(body: &str) -> String {
        let n: u64 = body.parse().expect("13 digits");
        format!("{body}{:02}", 97 - n % 97)
    }

    fn priya_nia() -> String {
        with_key("2900499223001")
    }

    fn arjun_nia() -> String {
        with_key("1880799223002")
    }

    /// The documents the assessment asks of a member.
    fn documents(id: &str) -> Vec<DocKind> {
        let h = household();
        let a = secu::assess(&h, &secu::Options::default()).expect("assessable");
        a.members
            .iter()
            .find(|m| m.id == id)
            .map(|m| m.documents.iter().map(|d| d.kind).collect())
            .unwrap_or_default()
    }

    fn record(
        case: &mut Case,
        salts: &mut impl FnMut() -> [u8; 16],
        member: &str,
        on: &str,
        event: Event,
    ) {
        if let Err(e) = case.record(member, date(on), event, REC, salts, &Policy::default()) {
            panic!("{member} {on}: {e}");
        }
    }

    /// A case where priya and arjun got to their NIA, with a rejected document
    /// on the way.
    fn sample(salts: &mut impl FnMut() -> [u8; 16]) -> Case {
        let mut case = fresh(salts);
        for (id, nia) in [("priya", priya_nia()), ("arjun", arjun_nia())] {
            for kind in documents(id) {
                record(
                    &mut case,
                    salts,
                    id,
                    "2026-11-28",
                    Event::DocumentReceived { kind },
                );
            }
            record(&mut case, salts, id, "2026-12-01", Event::FileSubmitted);
            record(
                &mut case,
                salts,
                id,
                "2026-12-20",
                Event::NiaIssued { number: nia },
            );
        }
        case
    }

    fn json(case: &Case) -> Value {
        serde_json::from_str(&case.to_json_pretty()).expect("own JSON")
    }

    fn load_value(v: &Value) -> Result<Case, CaseError> {
        Case::load(v.to_string().as_bytes())
    }

    fn index_of(case: &Case, member: &str, kind: EventKind) -> usize {
        case.history()
            .iter()
            .position(|e| e.member == member && e.kind() == kind)
            .expect("entry")
    }

    /// The problems of a tampered file, as `(path, code)`.
    fn problems_after(case: &Case, edit: impl FnOnce(&mut Value)) -> Vec<(String, &'static str)> {
        let mut v = json(case);
        edit(&mut v);
        match load_value(&v) {
            Ok(_) => Vec::new(),
            Err(e) => e
                .problems()
                .iter()
                .map(|p| (p.path.clone(), p.code))
                .collect(),
        }
    }

    fn events_mut(v: &mut Value) -> &mut Vec<Value> {
        match v.get_mut("events") {
            Some(Value::Array(a)) => a,
            _ => panic!("no events"),
        }
    }

    /// The case's own refusals name what is allowed now, like the machine's:
    /// a correction that would break a later event.
    #[test]
    fn a_correction_that_breaks_history_is_refused_with_what_is_allowed() {
        let mut salts = counter();
        let mut case = fresh(&mut salts);
        let kind = documents("priya")[0];
        record(
            &mut case,
            &mut salts,
            "priya",
            "2026-11-28",
            Event::DocumentReceived { kind },
        );
        record(
            &mut case,
            &mut salts,
            "priya",
            "2026-11-29",
            Event::DocumentRejected {
                kind,
                reason: "blurred".into(),
            },
        );
        let before = case.to_json_pretty();
        let r = case
            .record(
                "priya",
                date("2026-11-30"),
                Event::Correction {
                    voids: 1,
                    reason: "wrong member".into(),
                },
                REC,
                &mut salts,
                &Policy::default(),
            )
            .expect_err("the rejection needs the receipt");
        let CaseError::Refused(refusal) = &r else {
            panic!("{r:?}");
        };
        assert_eq!(refusal.code, "correction_breaks_history");
        let now = case
            .replay(&Policy::default())
            .expect("replays")
            .allowed_events("priya", date("2026-11-30"));
        assert!(!now.is_empty());
        assert_eq!(refusal.allowed, now);
        let text = refusal.to_string();
        assert!(
            text.starts_with(
                "correction refused (correction_breaks_history): without seq 1, seq 2"
            ),
            "{text}"
        );
        assert!(
            text.ends_with(&format!(
                "allowed now: {}",
                now.iter().map(|k| k.code()).collect::<Vec<_>>().join(", ")
            )),
            "{text}"
        );
        assert_eq!(case.to_json_pretty(), before, "a refusal changes nothing");
    }

    #[test]
    fn sha256_and_canonical_json() {
        assert_eq!(
            sha256(&[b"ab", b"c"]).to_string(),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        let v: Value = serde_json::from_str(r#"{"b": [1, "x\"\n"], "a": {"d": null, "c": true}}"#)
            .expect("json");
        assert_eq!(
            String::from_utf8(canonical(&v)).expect("utf8"),
            r#"{"a":{"c":true,"d":null},"b":[1,"x\"\u000a"]}"#
        );
        assert_eq!("00ff".parse::<Salt>().ok(), None);
        assert_eq!(unhex::<2>("00ff"), Some([0, 255]));
        assert_eq!(unhex::<2>("00FF"), None);
        assert_eq!(
            Salt([0xab; 16]).to_string().parse::<Salt>(),
            Ok(Salt([0xab; 16]))
        );
    }

    #[test]
    fn round_trip() {
        let mut salts = counter();
        let case = sample(&mut salts);
        assert!(case.history().len() >= 6);
        let text = case.to_json_pretty();
        assert!(text.ends_with("}\n"));
        assert!(text.starts_with("{\n  \"format\": \"secu.case.v1\",\n  \"rules_version\""));
        let loaded = Case::load(text.as_bytes()).expect("loads");
        assert_eq!(loaded, case);
        assert_eq!(loaded.to_json_pretty(), text);
        loaded.verify().expect("verifies");
        assert_eq!(
            loaded.head(),
            case.history()[case.history().len() - 1].digest
        );
        // serde agrees with load.
        let via_serde: Case = serde_json::from_str(&text).expect("serde");
        assert_eq!(via_serde, case);
        // The entry layout of the format.
        let mut v = json(&case);
        let first = &events_mut(&mut v)[0];
        let keys: BTreeSet<&str> = first
            .as_object()
            .map(|m| m.keys().map(String::as_str).collect())
            .unwrap_or_default();
        let expected: BTreeSet<&str> = [
            "seq",
            "member",
            "date",
            "event",
            "kind",
            "recorded_at",
            "salt",
            "prev",
            "digest",
        ]
        .into();
        assert_eq!(keys, expected);
        assert_eq!(first["seq"], 1);
        assert_eq!(first["prev"], Value::String(case.anchor().to_string()));
    }

    #[test]
    fn same_inputs_same_file() {
        let a = sample(&mut counter()).to_json_pretty();
        let b = sample(&mut counter()).to_json_pretty();
        assert_eq!(a, b);
        // Another salt, another file.
        let mut other = counter();
        other();
        assert_ne!(
            sample(&mut other).household_commitment,
            Case::load(a.as_bytes())
                .expect("loads")
                .household_commitment
        );
    }

    #[test]
    fn an_edited_date_is_named() {
        let case = sample(&mut counter());
        let p = problems_after(&case, |v| events_mut(v)[2]["date"] = "2026-11-29".into());
        assert_eq!(p, vec![("events[2]".to_owned(), "digest_mismatch")]);
        let mut v = json(&case);
        events_mut(&mut v)[2]["date"] = "2026-11-29".into();
        let message = load_value(&v)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert_eq!(
            message,
            "events[2]: digest mismatch: the entry was edited after it was recorded"
        );
    }

    #[test]
    fn a_deleted_entry_is_named() {
        let case = sample(&mut counter());
        let p = problems_after(&case, |v| {
            events_mut(v).remove(1);
        });
        assert_eq!(p, vec![("events[1]".to_owned(), "entry_missing")]);
        let mut v = json(&case);
        events_mut(&mut v).remove(1);
        let message = load_value(&v)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert_eq!(
            message,
            "events[1]: seq 3 follows 1: an entry was deleted (seq 2 is missing)"
        );
        // Deleting the first one.
        let p = problems_after(&case, |v| {
            events_mut(v).remove(0);
        });
        assert_eq!(p, vec![("events[0]".to_owned(), "entry_missing")]);
        // Deleting and renumbering: the chain still breaks there.
        let p = problems_after(&case, |v| {
            let events = events_mut(v);
            events.remove(1);
            for (i, e) in events.iter_mut().enumerate() {
                e["seq"] = Value::from(i + 1);
            }
        });
        assert_eq!(p.first(), Some(&("events[1]".to_owned(), "chain_broken")));
    }

    #[test]
    fn swapped_entries_are_named() {
        let case = sample(&mut counter());
        let p = problems_after(&case, |v| events_mut(v).swap(1, 2));
        assert_eq!(
            p,
            vec![
                ("events[1]".to_owned(), "entries_reordered"),
                ("events[2]".to_owned(), "entries_reordered"),
            ]
        );
    }

    #[test]
    fn a_changed_number_is_named() {
        let case = sample(&mut counter());
        let i = index_of(&case, "priya", EventKind::NiaIssued);
        let p = problems_after(&case, |v| {
            events_mut(v)[i]["number"] = with_key("2900499223009").into();
        });
        assert_eq!(p, vec![(format!("events[{i}]"), "digest_mismatch")]);
        // So is a changed salt (the commitment changes).
        let p = problems_after(&case, |v| {
            events_mut(v)[i]["salt"] = Salt([7; 16]).to_string().into();
        });
        assert_eq!(p, vec![(format!("events[{i}]"), "digest_mismatch")]);
    }

    #[test]
    fn an_edited_household_or_header_is_detected() {
        let case = sample(&mut counter());
        let p = problems_after(&case, |v| {
            v["household"]["members"][0]["birth_date"] = "1991-04-12".into();
        });
        assert_eq!(p, vec![("household".to_owned(), "household_mismatch")]);
        let p = problems_after(&case, |v| v["opened_on"] = "2026-11-01".into());
        assert_eq!(p, vec![("events[0]".to_owned(), "chain_broken")]);
        let p = problems_after(&case, |v| v["rules_version"] = "2020-01-01".into());
        assert_eq!(p, vec![("events[0]".to_owned(), "chain_broken")]);
        // A member removed from the household.
        let p = problems_after(&case, |v| {
            if let Some(Value::Array(m)) = v["household"].get_mut("members") {
                m.remove(2);
            }
        });
        assert_eq!(p, vec![("household".to_owned(), "household_mismatch")]);
    }

    #[test]
    fn structural_problems_have_paths() {
        let case = sample(&mut counter());
        let p = problems_after(&case, |v| {
            events_mut(v)[0]["dat"] = "2026-01-01".into();
            events_mut(v)[1]["prev"] = "xyz".into();
            v["household"]["members"][1]["birth_date"] = "1988-02-30".into();
            v["extra"] = true.into();
        });
        assert_eq!(
            p,
            vec![
                ("extra".to_owned(), "unknown_field"),
                ("household.members[1].birth_date".to_owned(), "invalid_date"),
                ("events[0]".to_owned(), "invalid_event"),
                ("events[1].prev".to_owned(), "invalid_hex"),
            ]
        );
        let p = problems_after(&case, |v| {
            events_mut(v)[0]["event"] = "document_recieved".into();
        });
        assert_eq!(p, vec![("events[0].event".to_owned(), "invalid_event")]);
        assert!(
            matches!(Case::load(b"{"), Err(CaseError::Invalid(p)) if p[0].code == "malformed_json")
        );
        assert!(
            matches!(Case::load(b"\xff"), Err(CaseError::Invalid(p)) if p[0].code == "invalid_utf8")
        );
        assert!(
            matches!(Case::load(b"[]"), Err(CaseError::Invalid(p)) if p[0].code == "invalid_type")
        );
    }

    /// Every kind's name is read as that kind; another is an unknown event,
    /// with the closest name.
    #[test]
    fn event_tags_by_name() {
        use strum::IntoEnumIterator;
        let case = sample(&mut counter());
        for kind in EventKind::iter() {
            let p = problems_after(&case, |v| {
                events_mut(v)[0]["event"] = kind.code().into();
            });
            assert!(
                !p.iter().any(|(path, _)| path == "events[0].event"),
                "{kind:?}: {p:?}"
            );
        }
        let mut v = json(&case);
        events_mut(&mut v)[0]["event"] = "document_recieved".into();
        let e = load_value(&v).expect_err("unknown");
        assert_eq!(
            e.problems()[0].message,
            "unknown event \"document_recieved\"; did you mean \"document_received\"?"
        );
    }

    #[test]
    fn a_later_format_is_refused_with_a_clear_message() {
        let case = sample(&mut counter());
        let mut v = json(&case);
        v["format"] = "secu.case.v2".into();
        let e = load_value(&v).expect_err("refused");
        assert_eq!(e.problems()[0].code, "unsupported_format");
        assert_eq!(
            e.to_string(),
            "format: \"secu.case.v2\" is newer than this version of secu reads (secu.case.v1): upgrade secu"
        );
        v["format"] = "secu.household.v1".into();
        let e = load_value(&v).expect_err("refused");
        assert!(e.to_string().contains("unknown format"), "{e}");
        v["format"] = "secu.case.v01".into();
        assert!(load_value(&v).is_err());
        if let Some(m) = v.as_object_mut() {
            m.remove("format");
        }
        let e = load_value(&v).expect_err("refused");
        assert_eq!(e.problems()[0].code, "missing_field");
    }

    /// Where a `secu.case.v0` would go: a v0 lacked `opened_on`; its migration
    /// derives it from `created_at`. No v0 ever existed, so `MIGRATIONS` is
    /// empty and `load` refuses one.
    #[test]
    fn migration_hook() {
        fn v0_to_v1(mut m: Object) -> Result<Object, String> {
            if !m.contains_key("opened_on") {
                let created = m.get("created_at").and_then(Value::as_str).unwrap_or("");
                let day = created.get(..10).ok_or("created_at is not a timestamp")?;
                civil_date::parse(day).map_err(|_| "created_at is not a timestamp")?;
                m.insert("opened_on".into(), Value::String(day.to_owned()));
            }
            Ok(m)
        }
        let steps = [Migration {
            from: 0,
            apply: v0_to_v1,
        }];
        let v0: Value = serde_json::from_str(
            r#"{"format": "secu.case.v0", "created_at": "2026-11-27T10:15:00Z", "events": []}"#,
        )
        .expect("json");
        let v1 = migrate_with(v0.clone(), &steps).expect("migrates");
        assert_eq!(v1["format"], "secu.case.v1");
        assert_eq!(v1["opened_on"], "2026-11-27");
        let mut broken = v0.clone();
        broken["created_at"] = "yesterday".into();
        let e = migrate_with(broken, &steps).expect_err("fails");
        assert_eq!(e.problems()[0].code, "migration_failed");
        // A current file goes through untouched.
        let case = json(&sample(&mut counter()));
        assert_eq!(migrate(case.clone()).ok(), Some(case));
        // With the real (empty) table, a v0 is refused.
        let e = migrate(v0).expect_err("refused");
        assert!(e.to_string().contains("older than any format"), "{e}");
    }

    #[test]
    fn redaction_erases_and_keeps_the_chain() {
        let mut salts = counter();
        let mut case = sample(&mut salts);
        record(
            &mut case,
            &mut salts,
            "priya",
            "2026-12-21",
            Event::DocumentRejected {
                kind: DocKind::ProofOfAddress,
                reason: "utility bill older than 3 months".into(),
            },
        );
        let before = case.to_json_pretty();
        let nia = arjun_nia();
        for s in ["1988-07-03", "Arjun S.", nia.as_str(), "\"arjun\""] {
            assert!(before.contains(s), "{s}");
        }
        case.redact("arjun").expect("redacts");
        let after = case.to_json_pretty();
        for s in ["1988-07-03", "Arjun S.", nia.as_str()] {
            assert!(!after.contains(s), "{s} is still in the file");
        }
        // The id stays; its entries and stub keep no salt.
        assert!(after.contains("\"arjun\""));
        for e in case.history().iter().filter(|e| e.member == "arjun") {
            assert!(e.is_redacted() && e.salt.is_none() && e.event().is_none());
        }
        assert!(matches!(
            case.household().members[1],
            CaseMember::Redacted { ref id, .. } if id == "arjun"
        ));
        // Verifies, loads, replays; the others are untouched.
        case.verify().expect("verifies");
        let loaded = Case::load(after.as_bytes()).expect("loads");
        assert_eq!(loaded, case);
        loaded.replay(&Policy::default()).expect("replays");
        assert_eq!(loaded.redacted_members(), SmallSet::from(["arjun"]));
        for s in [
            "1990-04-12",
            "Priya S. (EMP-0042)",
            priya_nia().as_str(),
            "utility bill",
        ] {
            assert!(after.contains(s), "{s} was erased too");
        }
        let priya_before: Vec<&Entry> = Vec::new();
        let _ = priya_before;
        // The others' entries are byte-for-byte the same.
        let keep = |text: &str| -> Vec<Value> {
            let v: Value = serde_json::from_str(text).expect("json");
            v["events"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter(|e| e["member"] != "arjun")
                        .cloned()
                        .collect()
                })
                .unwrap_or_default()
        };
        assert_eq!(keep(&before), keep(&after));
        // Nothing more is recorded for a redacted member.
        let frozen = case.to_json_pretty();
        let r = case.record(
            "arjun",
            date("2027-01-05"),
            Event::PhysicianDeclared,
            REC,
            &mut salts,
            &Policy::default(),
        );
        assert!(matches!(r, Err(CaseError::Refused(ref f)) if f.code == "member_redacted"));
        assert_eq!(case.to_json_pretty(), frozen);
        // Twice changes nothing; an unknown id is an error.
        case.redact("arjun").expect("idempotent");
        assert_eq!(case.to_json_pretty(), frozen);
        let e = case.redact("nobody").expect_err("unknown");
        assert_eq!(e.problems()[0].code, "unknown_member");
        // A redacted entry that kept its salt is refused.
        let mut v = json(&case);
        let i = index_of(&case, "arjun", EventKind::NiaIssued);
        events_mut(&mut v)[i]["salt"] = Salt([1; 16]).to_string().into();
        let e = load_value(&v).expect_err("refused");
        assert_eq!(e.problems()[0].code, "salt_not_erased");
        // Editing the stub's commitment breaks the chain at that entry.
        let mut v = json(&case);
        events_mut(&mut v)[i]["commitment"] = Digest([0; 32]).to_string().into();
        let e = load_value(&v).expect_err("refused");
        assert_eq!(e.problems()[0].path, format!("events[{i}]"));
        assert_eq!(e.problems()[0].code, "digest_mismatch");
    }

    #[test]
    fn redacting_everyone() {
        let mut case = sample(&mut counter());
        case.redact_all().expect("redacts");
        let text = case.to_json_pretty();
        for s in [
            "1990-04-12",
            "Priya S.",
            "1988-07-03",
            "2015-02-14",
            "Meera",
        ] {
            assert!(!text.contains(s), "{s}");
        }
        let loaded = Case::load(text.as_bytes()).expect("a fully redacted case still loads");
        let e = loaded
            .replay(&Policy::default())
            .expect_err("nothing to replay");
        assert_eq!(e.problems()[0].code, "fully_redacted");
    }

    #[test]
    fn a_refused_event_changes_nothing() {
        let mut salts = counter();
        let mut case = sample(&mut salts);
        let before = case.to_json_pretty();
        let policy = Policy::default();
        let mut attempt = |case: &mut Case, member: &str, event: Event| -> Refusal {
            match case.record(member, date("2027-01-02"), event, REC, &mut salts, &policy) {
                Err(CaseError::Refused(r)) => r,
                other => panic!("not refused: {other:?}"),
            }
        };
        let r = attempt(&mut case, "ghost", Event::FileSubmitted);
        assert_eq!(
            (r.code, r.event),
            ("unknown_member", EventKind::FileSubmitted)
        );
        assert_eq!(case.to_json_pretty(), before);
        let r = attempt(
            &mut case,
            "priya",
            Event::Correction {
                voids: 99,
                reason: "typo".into(),
            },
        );
        assert_eq!(r.code, "unknown_seq");
        let arjun_first = case.history()[index_of(&case, "arjun", EventKind::FileSubmitted)].seq;
        let r = attempt(
            &mut case,
            "priya",
            Event::Correction {
                voids: arjun_first,
                reason: "typo".into(),
            },
        );
        assert_eq!(r.code, "other_member");
        assert_eq!(case.to_json_pretty(), before);
        // member_added is recorded for the new member, who must be new.
        let mut baby = match &case.household().members[2] {
            CaseMember::Present { member, .. } => member.clone(),
            CaseMember::Redacted { .. } => panic!("present"),
        };
        baby.id = "meera".into();
        let r = attempt(
            &mut case,
            "meera",
            Event::MemberAdded {
                new_member: Box::new(baby.clone()),
            },
        );
        assert_eq!(r.code, "duplicate_member");
        baby.id = "ravi".into();
        let r = attempt(
            &mut case,
            "priya",
            Event::MemberAdded {
                new_member: Box::new(baby),
            },
        );
        assert_eq!(r.code, "member_mismatch");
        // A bad timestamp is an error, and changes nothing either.
        let e = case.record(
            "priya",
            date("2027-01-02"),
            Event::FileSubmitted,
            "now",
            &mut counter(),
            &policy,
        );
        assert!(matches!(e, Err(CaseError::Invalid(ref p)) if p[0].code == "invalid_timestamp"));
        assert_eq!(case.to_json_pretty(), before);
    }

    #[test]
    fn corrections_void_once() {
        let mut salts = counter();
        let mut case = sample(&mut salts);
        let policy = Policy::default();
        let rejected = {
            record(
                &mut case,
                &mut salts,
                "priya",
                "2026-12-22",
                Event::DocumentRejected {
                    kind: DocKind::IdPhoto,
                    reason: "blurred".into(),
                },
            );
            case.history()[case.history().len() - 1].seq
        };
        record(
            &mut case,
            &mut salts,
            "priya",
            "2026-12-23",
            Event::Correction {
                voids: rejected,
                reason: "recorded for the wrong person".into(),
            },
        );
        let correction = case.history()[case.history().len() - 1].seq;
        assert_eq!(case.voided(), SmallMap::from([(rejected, correction)]));
        let before = case.to_json_pretty();
        for (voids, code) in [
            (rejected, "already_voided"),
            (correction, "voids_correction"),
        ] {
            let r = case.record(
                "priya",
                date("2026-12-24"),
                Event::Correction {
                    voids,
                    reason: "x".into(),
                },
                REC,
                &mut salts,
                &policy,
            );
            assert!(
                matches!(r, Err(CaseError::Refused(ref f)) if f.code == code),
                "{r:?}"
            );
            assert_eq!(case.to_json_pretty(), before);
        }
        // The history keeps the voided entry; the file round-trips.
        assert_eq!(Case::load(before.as_bytes()).expect("loads"), case);
        // A hand-made second correction of the same entry is corruption on load.
        let mut forged = case.clone();
        let entry = forged.history()[forged.history().len() - 1].clone();
        let mut dup = entry;
        dup.seq += 1;
        dup.prev = forged.head();
        dup.digest = dup.compute_digest();
        forged.events.push(dup);
        let e = Case::load(forged.to_json_pretty().as_bytes()).expect_err("refused");
        let n = forged.history().len() - 1;
        assert_eq!(e.problems()[0].path, format!("events[{n}]"));
        assert_eq!(e.problems()[0].code, "refused_on_replay");
        assert!(
            e.to_string().contains("refused on replay (already_voided)"),
            "{e}"
        );
    }

    #[test]
    fn household_corrections_and_new_members_are_salted() {
        let mut salts = counter();
        let mut case = sample(&mut salts);
        let mut corrected = household();
        corrected.members[2].birth_date = date("2015-02-15");
        record(
            &mut case,
            &mut salts,
            "meera",
            "2027-01-03",
            Event::HouseholdCorrected {
                household: Box::new(corrected),
            },
        );
        let early = case.record(
            "ravi",
            date("2027-01-03"),
            Event::FileSubmitted,
            REC,
            &mut salts,
            &Policy::default(),
        );
        assert!(matches!(early, Err(CaseError::Refused(ref r)) if r.code == "unknown_member"));
        let mut baby = household().members[2].clone();
        baby.id = "ravi".into();
        baby.label = Some("Ravi S. (newborn)".into());
        baby.birth_date = date("2026-11-20");
        baby.birth_country = secu::Country::from_str("FR").expect("FR");
        baby.in_education = false;
        baby.residence = None;
        record(
            &mut case,
            &mut salts,
            "ravi",
            "2027-01-04",
            Event::MemberAdded {
                new_member: Box::new(baby),
            },
        );
        record(
            &mut case,
            &mut salts,
            "ravi",
            "2027-01-10",
            Event::DocumentReceived {
                kind: DocKind::BirthCertificate,
            },
        );
        let text = case.to_json_pretty();
        assert!(text.contains("\"new_member\": {"));
        assert_eq!(Case::load(text.as_bytes()).expect("loads"), case);
        // Redacting meera erases her from the corrected household too.
        case.redact("meera").expect("redacts");
        let text = case.to_json_pretty();
        assert!(
            !text.contains("2015-02-1"),
            "meera's birth date is still there"
        );
        assert!(!text.contains("Meera"));
        assert!(text.contains("2027-01-04") && text.contains("Ravi S."));
        let loaded = Case::load(text.as_bytes()).expect("loads");
        loaded.replay(&Policy::default()).expect("replays");
        // The new member's data are committed: editing them is detected.
        let i = index_of(&case, "ravi", EventKind::MemberAdded);
        let p = problems_after(&case, |v| {
            events_mut(v)[i]["new_member"]["birth_date"] = "2027-01-05".into();
        });
        assert_eq!(p, vec![(format!("events[{i}]"), "digest_mismatch")]);
        case.redact("ravi").expect("redacts");
        assert!(!case.to_json_pretty().contains("Ravi S."));
        Case::load(case.to_json_pretty().as_bytes()).expect("loads");
    }

    #[test]
    fn policies_are_recorded() {
        let mut policy = Policy::default();
        policy
            .set("physician_declaration_from_age=18")
            .expect("policy");
        let case =
            Case::new(household(), date("2026-11-27"), AT, &mut counter(), &policy).expect("new");
        assert_eq!(case.policy(), Ok(policy));
        let text = case.to_json_pretty();
        assert!(text.contains("\"physician_declaration_from_age\": 18"));
        assert_eq!(Case::load(text.as_bytes()).expect("loads"), case);
        let mut v = json(&case);
        v["policies"]["no_such_policy"] = 1.into();
        let e = load_value(&v).expect_err("refused");
        // The header is hashed: the edit breaks nothing else, but the policy is unknown.
        assert_eq!(e.problems()[0].code, "invalid_policy");
        let e = Case::new(
            household(),
            date("2026-11-27"),
            "yesterday",
            &mut counter(),
            &Policy::default(),
        )
        .expect_err("refused");
        assert_eq!(e.0[0].path, "created_at");
    }

    /// The recorded policies are decoded one by one: every unknown name is
    /// reported at its path; otherwise the first invalid value, in key
    /// order, at `policies`.
    #[test]
    fn recorded_policies_are_checked() {
        let mut case = Case::new(
            household(),
            date("2026-11-27"),
            AT,
            &mut counter(),
            &Policy::default(),
        )
        .expect("new");
        case.policies
            .insert("leap_day_birthday".into(), "first_of_march".into());
        assert_eq!(
            case.policy(),
            Ok(Policy::default()
                .with_leap_day_birthday(secu::policy::LeapDayBirthday::FirstOfMarch))
        );
        case.policies
            .insert("residence_start".into(), "never".into());
        case.policies
            .insert("physician_declaration_from_age".into(), 300.into());
        assert_eq!(
            case.policy(),
            Err(CaseError::one(
                "policies",
                CaseErrorCode::InvalidPolicy,
                "invalid value: integer `300`, expected u8"
            ))
        );
        case.policies.insert("zz".into(), 1.into());
        case.policies.insert("aa".into(), 1.into());
        let e = case.policy().expect_err("unknown");
        let paths: Vec<&str> = e.problems().iter().map(|p| p.path.as_str()).collect();
        assert_eq!(paths, ["policies.aa", "policies.zz"]);
        assert_eq!(e.problems()[0].message, "unknown policy \"aa\"");
    }

    #[test]
    fn messages_mask_numbers() {
        assert_eq!(
            mask_numbers("invalid type: integer `290049922300123`"),
            "invalid type: integer `•••0123`"
        );
        assert_eq!(mask_numbers("seq 12 on 2026-11-27"), "seq 12 on 2026-11-27");
    }

    fn arb_event(seq_hint: u64) -> impl proptest::strategy::Strategy<Value = (usize, Event)> {
        use proptest::prelude::*;
        let kinds = [
            DocKind::FormS1106,
            DocKind::IdentityDocument,
            DocKind::BirthCertificate,
            DocKind::ProofOfAddress,
        ];
        (
            0usize..4,
            0u8..9,
            0usize..4,
            0..seq_hint + 3,
            "[a-zé ]{0,12}",
        )
            .prop_map(move |(member, pick, k, voids, text)| {
                let kind = kinds[k];
                let event = match pick {
                    0 | 1 => Event::DocumentReceived { kind },
                    2 => Event::DocumentRejected { kind, reason: text },
                    3 => Event::DocumentWaived { kind, reason: text },
                    4 => Event::FileSubmitted,
                    5 => Event::NiaIssued {
                        number: priya_nia(),
                    },
                    6 => Event::Correction {
                        voids,
                        reason: text,
                    },
                    7 => Event::Rejected { reason: text },
                    _ => Event::PermitRenewed {
                        permit: secu::model::Permit::ResidencePermit,
                        valid_from: NaiveDate::from_ymd_opt(2027, 1, 1).unwrap_or_default(),
                        valid_until: None,
                    },
                };
                (member, event)
            })
    }

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config::with_cases(64))]

        #[test]
        fn random_logs_round_trip(
            steps in proptest::collection::vec(arb_event(12), 0..16),
            redact in proptest::option::of(0usize..3),
        ) {
            let ids = ["priya", "arjun", "meera", "ghost"];
            let mut salts = counter();
            let mut case = fresh(&mut salts);
            let policy = Policy::default();
            for (day, (member, event)) in steps.into_iter().enumerate() {
                let before = case.to_json_pretty();
                let on = date("2026-12-01") + chrono::Days::new(day as u64);
                match case.record(ids[member], on, event, REC, &mut salts, &policy) {
                    Ok(_) => {}
                    Err(_) => proptest::prop_assert_eq!(case.to_json_pretty(), before),
                }
            }
            if let Some(r) = redact {
                let before = case.to_json_pretty();
                if case.redact(ids[r]).is_err() {
                    proptest::prop_assert_eq!(case.to_json_pretty(), before);
                }
            }
            let text = case.to_json_pretty();
            let loaded = Case::load(text.as_bytes());
            let problems = loaded.as_ref().err().map(ToString::to_string);
            proptest::prop_assert_eq!(loaded.as_ref().ok(), Some(&case), "{:?}", problems);
            proptest::prop_assert!(case.verify().is_ok());
            // Replay is deterministic.
            if let Ok(l) = &loaded {
                proptest::prop_assert_eq!(
                    format!("{:?}", case.replay(&policy)),
                    format!("{:?}", l.replay(&policy))
                );
            }
        }

        #[test]
        fn load_never_panics(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..256)) {
            let _ = Case::load(&bytes);
        }

        #[test]
        fn mutated_files_never_panic_nor_pass_silently(at in 0usize..4000, byte in proptest::num::u8::ANY) {
            let case = sample(&mut counter());
            let mut text = case.to_json_pretty().into_bytes();
            let i = at % text.len();
            let original = text[i];
            text[i] = byte;
            if let Ok(loaded) = Case::load(&text) {
                // Accepted only if it means the same case (whitespace, an escape…).
                proptest::prop_assert!(loaded == case || original == byte, "{}", String::from_utf8_lossy(&text));
            }
        }
    }
}
