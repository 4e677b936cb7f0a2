//! Migrations of older case formats, one version at a time, on the raw JSON
//! object, before anything is read (there is no version before v1 yet).

use serde_json::{Map, Value};

use secu::error::ErrText;
use secu::text::T;

use super::{CASE_FORMAT, FORMAT_PREFIX, FORMAT_VERSION};
use crate::error::{CaseError, CaseErrorCode};

/// A raw JSON object.
pub(crate) type Object = Map<String, Value>;

/// One step from format version `from` to `from + 1`, on the raw JSON object.
pub(crate) struct Migration {
    pub(crate) from: u32,
    pub(crate) apply: fn(Object) -> Result<Object, String>,
}

/// The migrations of older formats, oldest first. None yet: v1 is the first.
pub(crate) const MIGRATIONS: &[Migration] = &[];

pub(crate) fn migrate(value: Value) -> Result<Value, CaseError> {
    migrate_with(value, MIGRATIONS)
}

pub(crate) fn migrate_with(value: Value, steps: &[Migration]) -> Result<Value, CaseError> {
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
