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
//!   caller), `recorded_by` (optional: the account or token that recorded it,
//!   in the team service; an opaque id, not a name), `salt`, `prev` and
//!   `digest`. Two events carry people, and store
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
//!                                                                  commitment: hex(pcₙ), recorded_at, recorded_by?}))
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

use chrono::NaiveDate;
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};

use secu::error::{ErrText, ErrorCode, InputError, InputErrors};
use secu::model::{Household, Member, civil_date};
use secu::output::RULES_VERSION;
use secu::policy::Policy;
use secu::small::{SmallMap, SmallSet};
use secu::text::T;

use crate::event::{Event, EventKind};
use crate::machine::Procedure;

mod chain;
mod migrate;
mod reader;
mod redact;
mod replay;
mod replayed;
#[cfg(test)]
mod tests;

pub use crate::error::{CaseError, CaseErrorCode, CaseProblem};
pub use chain::{Digest, Salt, decode_hex, salts_from_entropy};
use chain::{
    TAG_ENTRY, TAG_HOUSEHOLD, TAG_PAYLOAD, canonical, member_commitment, sha256, value_of,
};
use migrate::migrate;
use reader::{Reader, is_recorder, is_timestamp};
pub(crate) use replay::refusal_text;
use replay::{Replay, ReplayFailure, refusal};
pub use replayed::ReplayedCase;

/// The format identifier of the case files this version writes.
pub const CASE_FORMAT: &str = "secu.case.v1";
const FORMAT_PREFIX: &str = "secu.case.v";
const FORMAT_VERSION: u32 = 1;

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
    /// Who recorded it: an account or token id of the team service
    /// (contract §7), covered by the digest. Absent in files written without
    /// one (the CLI's), whose digests are those of a file without the field.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recorded_by: Option<String>,
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
        // Only when present: the digests of the entries recorded without
        // it stay exactly what they were.
        if let Some(by) = &self.recorded_by {
            m.insert("recorded_by".into(), Value::String(by.clone()));
        }
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
                    .then(secu::decode::json_detail(&e)),
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
                && let Err(e) = policy.apply(k, v)
            {
                invalid = Some(e.text);
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
        self.record_by(None, member, date, event, recorded_at, salts, policy)
    }

    /// [`Case::record`], naming who recorded the event (`recorded_by`, an
    /// account or token id: 1–128 characters, no control character), which
    /// the entry's digest covers. `None` records exactly as [`Case::record`].
    #[allow(clippy::too_many_arguments)]
    pub fn record_by(
        &mut self,
        recorded_by: Option<&str>,
        member: &str,
        date: NaiveDate,
        event: Event,
        recorded_at: &str,
        salts: &mut impl FnMut() -> [u8; 16],
        policy: &Policy,
    ) -> Result<&Entry, CaseError> {
        check_stamp(recorded_by, recorded_at)?;
        let mut current = self.run_state(policy).map_err(ReplayFailure::into_error)?;
        let event = NewEvent {
            recorded_by,
            member,
            date,
            event,
            recorded_at,
        };
        self.record_on(&mut current, event, salts, policy, Replaying::Full)?;
        self.last_entry()
    }

    fn last_entry(&self) -> Result<&Entry, CaseError> {
        self.events.last().ok_or_else(|| {
            CaseError::one("events", CaseErrorCode::InvalidType, "internal: empty log")
        })
    }

    /// Records `new` on this case whose replay ends at `state` (with
    /// `policy`): the case's checks (what [`Case::record_by`] documents),
    /// then the entry chained and replayed. On success the entry is
    /// appended and `state` is the replay's end with it; on a refusal
    /// neither changed.
    ///
    /// `Replaying::Incremental` applies a plain event (any but a
    /// correction, a household correction or a member added) to `state`
    /// alone: the replay of the log with it applies the same entries in the
    /// same order, then this one, since such an entry adds no redacted
    /// member and voids nothing (the redacted and voided sets, which decide
    /// which earlier entries the replay skips, stay what they were). The
    /// other kinds, and `Replaying::Full`, replay the whole log.
    fn record_on(
        &mut self,
        state: &mut Replay,
        new: NewEvent<'_>,
        salts: &mut impl FnMut() -> [u8; 16],
        policy: &Policy,
        replaying: Replaying,
    ) -> Result<(), CaseError> {
        let NewEvent {
            recorded_by,
            member,
            date,
            event,
            recorded_at,
        } = new;
        check_stamp(recorded_by, recorded_at)?;
        let current = &state.procedure;
        // What the member's file allows now, for the case's own refusals.
        let allowed_now = || current.allowed_events(member, date);
        let kind = event.kind();
        let redacted = self.redacted_members();
        if redacted.contains(member) {
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
            recorded_by: recorded_by.map(str::to_owned),
            salt: Some(salt),
            prev: self.head(),
            digest: Digest([0; 32]),
        };
        entry.digest = entry.compute_digest();
        let new = self.events.len();
        let plain =
            matches!(&entry.payload, Payload::Event(e) if e.kind() != EventKind::Correction);
        let replayed = if plain && replaying == Replaying::Incremental {
            // `state` is left as it was when the procedure refuses.
            let applied = replay::admit(new, &entry, |id| state.known.contains(id))
                .and_then(|()| replay::apply_entry(&mut state.procedure, &redacted, new, &entry));
            applied.map(|()| None)
        } else {
            self.events.push(entry);
            let r = self.run_state(policy).map(Some);
            // Taken back out until the replay accepted it.
            entry = match self.events.pop() {
                Some(e) => e,
                None => {
                    return Err(CaseError::one(
                        "events",
                        CaseErrorCode::InvalidType,
                        "internal: empty log",
                    ));
                }
            };
            r
        };
        match replayed {
            Ok(next) => {
                if let Some(next) = next {
                    *state = next;
                }
                self.events.push(entry);
                Ok(())
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
                    // `state` is as it was: the refused entry changed nothing.
                    state.procedure.allowed_events(member, date),
                )))
            }
            Err(f) => Err(f.into_error()),
        }
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

/// An event to record, with who recorded it and when.
struct NewEvent<'a> {
    recorded_by: Option<&'a str>,
    member: &'a str,
    date: NaiveDate,
    event: Event,
    recorded_at: &'a str,
}

/// How [`Case::record_on`] replays a new entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Replaying {
    /// The whole log with it (what [`Case::record_by`] does).
    Full,
    /// A plain event applied to the held replay's end alone.
    Incremental,
}

/// The checks of `recorded_by` and `recorded_at`, before any replay.
fn check_stamp(recorded_by: Option<&str>, recorded_at: &str) -> Result<(), CaseError> {
    if let Some(by) = recorded_by
        && !is_recorder(by)
    {
        return Err(CaseError::one(
            "recorded_by",
            CaseErrorCode::InvalidType,
            "expected 1 to 128 characters without a control character",
        ));
    }
    if !is_timestamp(recorded_at) {
        return Err(CaseError::one(
            "recorded_at",
            CaseErrorCode::InvalidTimestamp,
            T::ErrCaseTimestamp,
        ));
    }
    Ok(())
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
