//! The one error model of the library: every problem, in a household, a
//! policy, an event or (through `secu-case`) a case file, is an [`Error`]
//! with its JSON path, a stable code and a message (contract §3,
//! `[{path, code, message}]`). The CLI's `PATH: MESSAGE` lines and the
//! WebAssembly binding's `errors` array are rendered from these values.
//!
//! The code is a type parameter: [`ErrorCode`] (the default) for the core's
//! codes (input, policies, events); a crate with codes of its own (the case
//! files') uses `Error<&'static str>`, into which every `Error` converts
//! ([`Error::erased`]), so that one list can hold both.
//!
//! A message is a text key of the [`T`] table with its arguments
//! ([`ErrText`]), rendered in English in [`InputError::message`] and in any
//! language by [`InputErrors::in_lang`] (issue 10, item 15: error messages
//! follow `--lang`). At most [`MAX_PROBLEMS`] problems are listed; the rest
//! are counted in a last entry of code [`ErrorCode::TooManyProblems`]
//! ("… and N more"), the same in the CLI's lines and in the JSON list.

use std::fmt;

use serde::Serialize;

use crate::Lang;
use crate::text::T;

/// The most problems an input error lists; past it, one last entry says how
/// many more were found (issue 10, item 2: a broken input of 500,000 members
/// reports 101 lines, not 500,000).
pub const MAX_PROBLEMS: usize = 100;

/// Stable codes of input errors.
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum ErrorCode {
    /// The text is not JSON.
    MalformedJson,
    /// The input is not valid UTF-8.
    InvalidUtf8,
    /// A required field is missing.
    MissingField,
    /// A field the format does not know (typos must not pass silently).
    UnknownField,
    /// A value of the wrong JSON type.
    InvalidType,
    /// A value outside the field's enumeration.
    UnknownValue,
    /// Not a `YYYY-MM-DD` date, or no such day.
    InvalidDate,
    /// A birth date after the evaluation date.
    DateAfterAsOf,
    /// Dates in the wrong order.
    DatesReversed,
    /// Not a known country code.
    UnknownCountry,
    /// An id used twice.
    DuplicateId,
    /// An id that is empty or longer than 64 characters.
    InvalidId,
    /// An id with a character outside `[A-Za-z0-9._-]` (ids reach terminals,
    /// calendars and file views: no control or invisible character).
    InvalidIdCharacter,
    /// `members` is empty.
    NoMembers,
    /// No member is the primary.
    NoPrimary,
    /// More than one member is the primary.
    SeveralPrimaries,
    /// `parents` names a member that does not exist.
    UnknownParent,
    /// `parents` names a member who is not an adult, or the child itself.
    InvalidParent,
    /// A field given for a member it does not apply to.
    NotApplicable,
    /// `posted` without `activity.posting`.
    PostingMissing,
    /// A NIR that fails its structure or key.
    InvalidNir,
    /// A legacy NNP/MIG provisional number given as a NIR.
    LegacyNumber,
    /// A SIREN that fails its key.
    InvalidSiren,
    /// A payroll number unusable in an NTT.
    InvalidPayrollId,
    /// A postcode that is not a French postcode.
    InvalidPostcode,
    /// A newer or unknown input format.
    UnsupportedFormat,
    /// No evaluation date given.
    MissingAsOf,
    /// More members than [`crate::decode::MAX_MEMBERS`].
    TooManyMembers,
    /// The last entry of a list cut at [`MAX_PROBLEMS`]: how many more problems were found.
    TooManyProblems,
    /// An unknown policy, or a policy value outside its allowed range
    /// (issue 10, item 13).
    InvalidPolicy,
    /// An event that does not decode (unknown kind, missing or unknown field,
    /// bad value).
    InvalidEvent,
}

impl ErrorCode {
    /// The stable snake_case code.
    #[must_use]
    pub fn code(self) -> &'static str {
        self.into()
    }
}

/// One problem: `{ path, code, message }` (contract §3).
///
/// Displayed as the CLI's line, `PATH: MESSAGE` (the message alone when the
/// path is empty).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, thiserror::Error)]
#[error("{path}{sep}{message}", sep = if path.is_empty() { "" } else { ": " })]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Error<C = ErrorCode> {
    /// JSON path of the value (`members[2].birth_date`), empty for the whole document.
    pub path: String,
    /// Stable code: an [`ErrorCode`], or a string code of another crate.
    pub code: C,
    /// What is wrong (never echoes a full NIR or a label), in English until
    /// [`InputErrors::in_lang`] (or [`Error::message_in`]) renders it in
    /// another language.
    pub message: String,
    /// The message's text key and arguments, to render it in any language
    /// (empty for a message that exists in one form only).
    #[serde(skip)]
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub text: ErrText,
}

/// A problem of the household (the name the library has always used).
pub type InputError = Error<ErrorCode>;

impl<C> Error<C> {
    /// A problem whose message is `text`, rendered in English. The code is
    /// anything that converts to `C` (an [`ErrorCode`]; for
    /// `Error<&'static str>`, any strum code enum, e.g. the case files').
    pub fn new(path: impl Into<String>, code: impl Into<C>, text: impl Into<ErrText>) -> Self {
        let text = text.into();
        Self {
            path: path.into(),
            code: code.into(),
            message: text.render(Lang::En),
            text,
        }
    }

    /// The message in `lang`.
    #[must_use]
    pub fn message_in(&self, lang: Lang) -> String {
        self.text.render_or(lang, &self.message)
    }

    /// `PATH: MESSAGE` (or the message alone) in `lang`: the CLI's line.
    #[must_use]
    pub fn to_string_in(&self, lang: Lang) -> String {
        if self.path.is_empty() {
            self.message_in(lang)
        } else {
            format!("{}: {}", self.path, self.message_in(lang))
        }
    }

    /// The same problem with its message in `lang` (the text keys are kept).
    #[must_use]
    pub fn in_lang(mut self, lang: Lang) -> Self {
        if !self.text.is_empty() {
            self.message = self.text.render(lang);
        }
        self
    }

    /// The same problem at `prefix.PATH` (at `prefix` when it has no path):
    /// a problem of a value nested in a larger document.
    #[must_use]
    pub fn within(mut self, prefix: &str) -> Self {
        if !prefix.is_empty() {
            self.path = if self.path.is_empty() {
                prefix.to_owned()
            } else if self.path.starts_with('[') {
                format!("{prefix}{}", self.path)
            } else {
                format!("{prefix}.{}", self.path)
            };
        }
        self
    }

    /// The same problem with its code as a string, to sit in one list with
    /// the problems of other crates (the case files').
    #[must_use]
    pub fn erased(self) -> Error<&'static str>
    where
        C: Into<&'static str>,
    {
        Error {
            path: self.path,
            code: self.code.into(),
            message: self.message,
            text: self.text,
        }
    }
}

impl From<InputError> for Error<&'static str> {
    fn from(e: InputError) -> Self {
        e.erased()
    }
}

/// An argument of an error message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ErrArg {
    /// Written as is (a value from the input, a number, a field name).
    Str(String),
    /// Another text, in the message's language (the kind of a JSON value…).
    Text(T),
}

impl From<String> for ErrArg {
    fn from(s: String) -> Self {
        Self::Str(s)
    }
}

impl From<&str> for ErrArg {
    fn from(s: &str) -> Self {
        Self::Str(s.to_owned())
    }
}

impl From<T> for ErrArg {
    fn from(t: T) -> Self {
        Self::Text(t)
    }
}

/// One piece of an error message: a text key with its `{0}` and `{1}`, or a
/// text that exists in one form only (serde_json's own syntax message…).
#[derive(Clone, Debug, PartialEq, Eq)]
enum Part {
    Key(T, [Option<ErrArg>; 2]),
    Fixed(String),
}

/// The text of an error message: text keys and their arguments, rendered in
/// the language asked for (see [`crate::msg::Msg`] for the assessment's).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ErrText(Vec<Part>);

impl ErrText {
    /// A message of the text `key`.
    #[must_use]
    pub fn new(key: T) -> Self {
        Self(vec![Part::Key(key, [None, None])])
    }

    /// Fills the next free argument (`{0}`, then `{1}`) of the last key.
    #[must_use]
    pub fn arg(mut self, value: impl Into<ErrArg>) -> Self {
        if let Some(Part::Key(_, args)) = self.0.last_mut()
            && let Some(slot) = args.iter_mut().find(|a| a.is_none())
        {
            *slot = Some(value.into());
        }
        self
    }

    /// Appends the text `key` (its arguments follow with [`ErrText::arg`]).
    #[must_use]
    pub fn then(mut self, key: T) -> Self {
        self.0.push(Part::Key(key, [None, None]));
        self
    }

    /// Appends another message (its keys keep their arguments).
    #[must_use]
    pub fn then_text(mut self, other: ErrText) -> Self {
        self.0.extend(other.0);
        self
    }

    /// Appends a text that exists in one form only.
    #[must_use]
    pub fn then_fixed(mut self, text: impl Into<String>) -> Self {
        self.0.push(Part::Fixed(text.into()));
        self
    }

    /// The first argument, when it is a number (the count of
    /// [`ErrorCode::TooManyProblems`]).
    fn count(&self) -> Option<usize> {
        match self.0.first()? {
            Part::Key(_, [Some(ErrArg::Str(n)), _]) => n.parse().ok(),
            _ => None,
        }
    }

    /// Nothing to render.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// This text, or `fallback` (a message in one language only) when there
    /// is none: one rule for every error that carries both a text and its
    /// English message (input problems, case-file problems, refusals).
    #[must_use]
    pub fn or_fixed(self, fallback: &str) -> Self {
        if self.is_empty() {
            Self::from(fallback)
        } else {
            self
        }
    }

    /// The message in `lang`, or `fallback` when there is no text.
    #[must_use]
    pub fn render_or(&self, lang: Lang, fallback: &str) -> String {
        if self.is_empty() {
            fallback.to_owned()
        } else {
            self.render(lang)
        }
    }

    /// The message in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        let mut out = String::new();
        for part in &self.0 {
            match part {
                Part::Fixed(s) => out.push_str(s),
                Part::Key(key, args) => {
                    let mut values = args.iter().map(|a| match a {
                        Some(ErrArg::Str(s)) => crate::l10n::str_value(s),
                        Some(ErrArg::Text(t)) => crate::l10n::Value::Str(t.get(lang).into()),
                        None => crate::l10n::Value::Str("".into()),
                    });
                    let _ = crate::l10n::write(&mut out, *key, lang, &mut values, None, None);
                }
            }
        }
        out
    }
}

/// A message that exists in one form only (kept for callers that build their
/// message themselves; prefer a text key).
impl From<String> for ErrText {
    fn from(s: String) -> Self {
        Self(vec![Part::Fixed(s)])
    }
}

impl From<&str> for ErrText {
    fn from(s: &str) -> Self {
        Self(vec![Part::Fixed(s.to_owned())])
    }
}

impl From<T> for ErrText {
    fn from(key: T) -> Self {
        Self::new(key)
    }
}

/// Every problem found in an input, in document order; never empty.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, thiserror::Error)]
#[serde(transparent)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct InputErrors(pub Vec<InputError>);

impl InputErrors {
    /// The same problems with their messages in `lang`.
    #[must_use]
    pub fn in_lang(self, lang: Lang) -> Self {
        Self(self.0.into_iter().map(|e| e.in_lang(lang)).collect())
    }

    /// At most [`MAX_PROBLEMS`] problems, then one entry of code
    /// [`ErrorCode::TooManyProblems`] saying how many more there were.
    #[must_use]
    pub fn capped(self) -> Self {
        // Lists joined after being cut (the missing date and a household's
        // problems) keep the count of the problems already left out.
        let mut more = 0usize;
        let mut list = Vec::with_capacity(self.0.len().min(MAX_PROBLEMS + 1));
        for e in self.0 {
            if e.code == ErrorCode::TooManyProblems {
                more += e.text.count().unwrap_or(1);
            } else if list.len() < MAX_PROBLEMS {
                list.push(e);
            } else {
                more += 1;
            }
        }
        if more > 0 {
            list.push(more_problems(more));
        }
        Self(list)
    }
}

/// The last entry of a list cut at [`MAX_PROBLEMS`].
fn more_problems(more: usize) -> InputError {
    InputError::new(
        "",
        ErrorCode::TooManyProblems,
        ErrText::new(T::ErrMoreProblems).arg(more.to_string()),
    )
}

impl fmt::Display for InputErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

/// Collects errors while walking an input: the first [`MAX_PROBLEMS`], and
/// the number of the others (not kept: memory stays bounded whatever the
/// input, e.g. a member with a million unknown fields).
#[derive(Debug, Default)]
pub(crate) struct Errors(pub(crate) Vec<InputError>, pub(crate) usize);

impl Errors {
    pub(crate) fn push(
        &mut self,
        path: impl Into<String>,
        code: ErrorCode,
        message: impl Into<ErrText>,
    ) {
        if self.0.len() < MAX_PROBLEMS {
            self.0.push(InputError::new(path, code, message));
        } else {
            self.1 += 1;
        }
    }

    /// The problems kept, then how many more there were.
    pub(crate) fn into_errors(self) -> InputErrors {
        let mut list = self.0;
        if self.1 > 0 {
            list.push(more_problems(self.1));
        }
        InputErrors(list).capped()
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub(crate) fn into_result<T>(self, value: T) -> Result<T, InputErrors> {
        if self.0.is_empty() {
            Ok(value)
        } else {
            Err(self.into_errors())
        }
    }
}
