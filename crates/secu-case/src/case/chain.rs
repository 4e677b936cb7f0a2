//! The chain and the canonical form: lowercase hex, SHA-256 with a tag per
//! kind of value, the canonical JSON writer (keys sorted by their UTF-8
//! bytes, no whitespace), the commitments and the verification of the chain
//! (the formulas are in the [`crate::case`] module docs), and the salts.

use std::fmt;
use std::str::FromStr;

use serde::{Serialize, Serializer};
use serde_json::{Map, Value};
use sha2::{Digest as _, Sha256};

use secu::error::ErrText;
use secu::model::Member;
use secu::small::SmallMap;
use secu::text::T;

use super::{CASE_FORMAT, Case};
use crate::error::{CaseError, CaseErrorCode, CaseProblem};

pub(crate) const TAG_MEMBER: &[u8] = b"secu.case.v1/member\0";
pub(crate) const TAG_HOUSEHOLD: &[u8] = b"secu.case.v1/household\0";
pub(crate) const TAG_PAYLOAD: &[u8] = b"secu.case.v1/payload\0";
pub(crate) const TAG_ANCHOR: &[u8] = b"secu.case.v1/anchor\0";
pub(crate) const TAG_ENTRY: &[u8] = b"secu.case.v1/entry\0";

/// A SHA-256 digest, written as 64 lowercase hex digits.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Digest(pub [u8; 32]);

/// A random salt chosen by the caller (the core has no randomness), written as
/// 32 lowercase hex digits.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Salt(pub [u8; 16]);

pub(crate) const HEX: &[u8; 16] = b"0123456789abcdef";

/// Writes `N` bytes as `2 × N` lowercase hex digits, in one `write_str`
/// (a `write!` of two characters per byte was a tenth of a case's
/// verification, which writes each entry's digests: issue 16).
pub(crate) fn write_hex<const N: usize>(
    bytes: &[u8; N],
    f: &mut fmt::Formatter<'_>,
) -> fmt::Result {
    let mut out = [[0u8; 2]; N];
    for (o, b) in out.iter_mut().zip(bytes) {
        *o = [HEX[usize::from(b >> 4)], HEX[usize::from(b & 0x0f)]];
    }
    // Only ASCII hex digits: always UTF-8.
    f.write_str(std::str::from_utf8(out.as_flattened()).map_err(|_| fmt::Error)?)
}

/// The value of a hex digit: lowercase only (`a`–`f`, what the case files
/// write), or either case when `any_case`.
fn nibble(c: u8, any_case: bool) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' if any_case => Some(c - b'A' + 10),
        _ => None,
    }
}

/// The one hex decoder: fills `out` from exactly `2 × out.len()` digits.
fn hex_into(s: &str, out: &mut [u8], any_case: bool) -> Option<()> {
    let b = s.as_bytes();
    if b.len() != 2 * out.len() {
        return None;
    }
    for (o, pair) in out.iter_mut().zip(b.chunks_exact(2)) {
        let [hi, lo] = pair else { return None };
        *o = (nibble(*hi, any_case)? << 4) | nibble(*lo, any_case)?;
    }
    Some(())
}

/// Exactly `2 × N` lowercase hex digits (a digest, a salt).
pub(crate) fn unhex<const N: usize>(s: &str) -> Option<[u8; N]> {
    let mut out = [0u8; N];
    hex_into(s, &mut out, false)?;
    Some(out)
}

/// Bytes from an even number of hex digits of either case (the entropy the
/// WebAssembly binding receives from `crypto.getRandomValues`); `None` for an
/// odd length or a character that is not a hex digit.
pub fn decode_hex(s: &str) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(2) {
        return None;
    }
    let mut out = vec![0u8; s.len() / 2];
    hex_into(s, &mut out, true)?;
    Some(out)
}

/// The salt scheme of callers without an OS random source at hand (the
/// WebAssembly binding): salt *n* is the first 16 bytes of
/// `sha256(entropy ‖ n)`, `n` a big-endian `u64` counting from 0. The
/// entropy (≥ 32 random bytes) comes from the caller: the crate has no
/// randomness. The CLI draws each salt from the OS instead.
pub fn salts_from_entropy(entropy: Vec<u8>) -> impl FnMut() -> [u8; 16] {
    let mut counter: u64 = 0;
    move || {
        let digest = Sha256::new()
            .chain_update(&entropy)
            .chain_update(counter.to_be_bytes())
            .finalize();
        counter = counter.wrapping_add(1);
        let mut salt = [0u8; 16];
        salt.copy_from_slice(&digest[..16]);
        salt
    }
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
        /// Parses exactly the lowercase hex digits [`Display`](fmt::Display)
        /// writes; the error is an `invalid_hex` problem without a path (the
        /// caller knows where the value came from: [`secu::Error::within`]).
        impl FromStr for $t {
            type Err = CaseProblem;
            fn from_str(s: &str) -> Result<Self, CaseProblem> {
                unhex::<$n>(s).map(Self).ok_or_else(|| {
                    CaseProblem::new(
                        "",
                        CaseErrorCode::InvalidHex,
                        secu::error::ErrText::new(secu::text::T::ErrHexDigits)
                            .arg((2 * $n).to_string()),
                    )
                })
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

pub(crate) fn sha256(parts: &[&[u8]]) -> Digest {
    let mut h = Sha256::new();
    for p in parts {
        h.update(p);
    }
    Digest(h.finalize().into())
}

/// The JSON value of one of this crate's types. Cannot fail for them (plain
/// structs and enums with string keys); `null` would only hide a bug that the
/// round-trip tests catch.
pub(crate) fn value_of<T: Serialize + ?Sized>(t: &T) -> Value {
    secu::tree::to_tree(t)
}

/// Canonical JSON: keys sorted by their bytes, no whitespace.
pub(crate) fn canonical(v: &Value) -> Vec<u8> {
    let mut out = Vec::with_capacity(256);
    write_canonical(v, &mut out);
    out
}

pub(crate) fn write_canonical(v: &Value, out: &mut Vec<u8>) {
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

pub(crate) fn write_canonical_str(s: &str, out: &mut Vec<u8>) {
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

pub(crate) fn member_commitment(salt: &Salt, member: &Member) -> Digest {
    sha256(&[TAG_MEMBER, &salt.0, &canonical(&value_of(member))])
}

impl Case {
    // -- verification ---------------------------------------------------

    pub(crate) fn anchor(&self) -> Digest {
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
}
