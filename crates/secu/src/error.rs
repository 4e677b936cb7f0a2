//! Input errors: every problem found in a household, each with its JSON path,
//! a stable code and a message (contract §3).

use std::fmt;

use serde::Serialize;

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
    /// A policy value outside its allowed range (issue 10, item 13).
    InvalidPolicy,
}

/// One problem in the input.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct InputError {
    /// JSON path of the value (`members[2].birth_date`), empty for the whole document.
    pub path: String,
    /// Stable code.
    pub code: ErrorCode,
    /// What is wrong (never echoes a full NIR or a label).
    pub message: String,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

/// Every problem found in an input, in document order; never empty.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, thiserror::Error)]
#[serde(transparent)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct InputErrors(pub Vec<InputError>);

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

/// Collects errors while walking an input.
#[derive(Debug, Default)]
pub(crate) struct Errors(pub(crate) Vec<InputError>);

impl Errors {
    pub(crate) fn push(
        &mut self,
        path: impl Into<String>,
        code: ErrorCode,
        message: impl Into<String>,
    ) {
        self.0.push(InputError {
            path: path.into(),
            code,
            message: message.into(),
        });
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub(crate) fn into_result<T>(self, value: T) -> Result<T, InputErrors> {
        if self.0.is_empty() {
            Ok(value)
        } else {
            Err(InputErrors(self.0))
        }
    }
}
