//! One record of a batch (`secu batch`'s JSON Lines, `POST /v1/batch`): the
//! assessment of one input line with its line number, or an error record
//! `{"format":"secu.error.v1","line":N,"errors":[…]}`. Shared by every
//! frontend that assesses households line by line, so the records cannot
//! differ between them. Pure: it writes into a buffer.

use chrono::NaiveDate;
use serde::Serialize;

use crate::codes::{AtDetail, Detail};
use crate::error::{ErrText, Error};
use crate::text::T;
use crate::{Lang, Options, Policy};

/// The format of an error record.
pub const ERROR_FORMAT: &str = "secu.error.v1";

/// What every line of a batch is assessed with.
#[derive(Clone, Debug)]
pub struct LineOptions {
    /// The evaluation date given by the caller; beats the household's `as_of`.
    pub as_of: Option<NaiveDate>,
    /// The last fallback for the evaluation date (the caller's "today").
    pub today: NaiveDate,
    /// Language of every text.
    pub lang: Lang,
    /// The policies.
    pub policy: Policy,
    /// Full or compact assessments.
    pub detail: Detail,
    /// The longest line accepted, in bytes (named in `line_too_long`).
    pub max_line_bytes: u64,
}

/// One input line, as the frontend read it.
#[derive(Clone, Copy, Debug)]
pub enum Line<'t> {
    /// Its bytes (a line break and surrounding white space are ignored).
    Text(&'t [u8]),
    /// A line longer than `max_line_bytes`, skipped.
    TooLong,
}

/// An assessment record: the assessment with its input line number first.
#[derive(Serialize)]
struct Numbered<'a, T> {
    line: u64,
    #[serde(flatten)]
    record: &'a T,
}

#[derive(Serialize)]
struct ErrorRecord<'a, E> {
    format: &'static str,
    line: u64,
    errors: &'a E,
}

/// How a record's JSON is written: serde_json's compact form (what
/// [`jsonl_record`] uses), or a writer of the same bytes (the HTTP server
/// has a faster one), so that every frontend writes the records of this
/// module, whatever its JSON writer.
pub trait JsonWriter {
    /// Appends the compact JSON of `value` to `out`, exactly as
    /// `serde_json::to_writer` would.
    fn write<T: Serialize + ?Sized>(&mut self, out: &mut Vec<u8>, value: &T);
}

/// serde_json's compact writer.
#[derive(Clone, Copy, Debug, Default)]
pub struct SerdeJson;

impl JsonWriter for SerdeJson {
    fn write<T: Serialize + ?Sized>(&mut self, out: &mut Vec<u8>, value: &T) {
        // Serialising into a Vec cannot fail for these types.
        let _ = serde_json::to_writer(&mut *out, value);
    }
}

fn error_record<E: Serialize>(out: &mut Vec<u8>, line: u64, errors: &E, w: &mut impl JsonWriter) {
    let record = ErrorRecord {
        format: ERROR_FORMAT,
        line,
        errors,
    };
    w.write(out, &record);
    out.push(b'\n');
}

impl LineOptions {
    /// The core's options for a line: the caller's `as_of` and today, the
    /// household's `as_of` between them (Decision 14, applied by
    /// [`Options::evaluation_date`]).
    #[must_use]
    pub fn options(&self) -> Options {
        let mut options = Options::default()
            .with_today(self.today)
            .with_lang(self.lang)
            .with_policy(self.policy.clone());
        options.as_of = self.as_of;
        options
    }
}

/// Why a line is not read as a household (issue 10, item 14: a blank or
/// over-long line is an error record of its own, so that record N is always
/// input line N), in the options' language; `None` for a line to decode.
#[must_use]
pub fn line_problem(line: Line<'_>, o: &LineOptions) -> Option<Error<&'static str>> {
    let (code, text) = match line {
        Line::TooLong => (
            "line_too_long",
            ErrText::new(T::ErrLineTooLong).arg(o.max_line_bytes.to_string()),
        ),
        Line::Text(bytes) if bytes.trim_ascii().is_empty() => {
            ("empty_line", ErrText::new(T::ErrEmptyLine))
        }
        Line::Text(_) => return None,
    };
    Some(Error::new("", code, text).in_lang(o.lang))
}

/// Appends the record of input line `line_no` and its line break to `out`;
/// returns whether the line was assessed (false: an error record).
pub fn jsonl_record(out: &mut Vec<u8>, line_no: u64, line: Line<'_>, o: &LineOptions) -> bool {
    jsonl_record_with(out, line_no, line, o, &mut SerdeJson)
}

/// [`jsonl_record`], its JSON written by `w`.
pub fn jsonl_record_with(
    out: &mut Vec<u8>,
    line_no: u64,
    line: Line<'_>,
    o: &LineOptions,
    w: &mut impl JsonWriter,
) -> bool {
    if let Some(problem) = line_problem(line, o) {
        error_record(out, line_no, &[problem], w);
        return false;
    }
    let text = match line {
        Line::Text(bytes) => bytes.trim_ascii(),
        Line::TooLong => &[],
    };
    let result = crate::parse_household(text).and_then(|h| {
        let a = crate::assess(&h, &o.options())?;
        w.write(
            out,
            &Numbered {
                line: line_no,
                record: &AtDetail::new(&a, o.detail),
            },
        );
        out.push(b'\n');
        Ok(())
    });
    match result {
        Ok(()) => true,
        Err(errors) => {
            error_record(out, line_no, &errors, w);
            false
        }
    }
}
