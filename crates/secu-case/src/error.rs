//! The problems of a case file and the errors of its operations:
//! [`CaseErrorCode`], [`CaseProblem`] (`{ path, code, message }`, contract
//! §3) and [`CaseError`]; and the helpers that build their paths and keep
//! numbers out of their messages.

use serde::Serialize;

use secu::Lang;
use secu::error::{ErrText, InputError, InputErrors};
use secu::text::T;

use crate::case::refusal_text;
use crate::machine::Refusal;

/// Stable codes of the problems of a case file (household problems keep the
/// codes of [`ErrorCode`](secu::ErrorCode)).
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

/// One problem of a case file: `{ path, code, message }` as in contract §3,
/// the library's one error type ([`secu::Error`]) with its code as a string:
/// a [`CaseErrorCode`] or, for household problems, an
/// [`ErrorCode`](secu::ErrorCode) (`CaseProblem::new(path, CaseErrorCode::…,
/// message)` takes either).
pub type CaseProblem = secu::Error<&'static str>;

/// An input problem of the household, at `path` in the case file.
pub(crate) fn problem_from_input(path: String, e: InputError) -> CaseProblem {
    CaseProblem {
        path,
        code: e.code.into(),
        text: e.text.or_fixed(&e.message),
        message: e.message,
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

pub(crate) fn join_lines(problems: &[CaseProblem]) -> String {
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

    /// The error in `lang`, one line per problem ([`std::fmt::Display`] is this in English).
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
    pub(crate) fn text(&self) -> ErrText {
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

    pub(crate) fn one(
        path: impl Into<String>,
        code: CaseErrorCode,
        message: impl Into<ErrText>,
    ) -> Self {
        Self::Invalid(vec![CaseProblem::new(path, code, message)])
    }

    pub(crate) fn from_input(errors: InputErrors, prefix: &str, index: &[usize]) -> Self {
        Self::Invalid(
            errors
                .0
                .into_iter()
                .map(|e| problem_from_input(prefix_path(&e.path, prefix, index), e))
                .collect(),
        )
    }
}

/// `members[k].x` of a household → `PREFIX.members[index[k]].x`.
pub(crate) fn prefix_path(path: &str, prefix: &str, index: &[usize]) -> String {
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

pub(crate) fn join(base: &str, key: &str) -> String {
    if base.is_empty() {
        key.to_owned()
    } else {
        format!("{base}.{key}")
    }
}

/// Masks runs of 6 or more digits to their last 4 (a NIR echoed by serde).
pub(crate) fn mask_numbers(s: &str) -> String {
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
