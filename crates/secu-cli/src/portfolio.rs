//! `secu case list` (a portfolio view over many case files) and
//! `secu case calendar` (deadlines and milestones as iCalendar).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use secu::Lang;
use secu_case::Procedure;
use secu_case::case::{Case, Digest};
use secu_case::status::Status;
use serde::Serialize;

use secu::error::ErrText;
use secu::text::T;

use crate::{Failure, storage, write_stdout};

/// The case files of a folder (`*.json` whose `format` is a case), sorted by name.
fn case_files(dir: &Path) -> Result<Vec<PathBuf>, Failure> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| Failure::Other(format!("{}: {e}", dir.display())))?
        .filter_map(|e| Some(e.ok()?.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    Ok(files)
}

/// Loads and replays one case file; `None` when the file is not a case file.
fn status_of(path: &Path, as_of: NaiveDate, lang: Lang) -> Result<Option<(Case, Status)>, String> {
    Ok(procedure_of(path)?.map(|(case, p)| {
        let status = p.status(as_of, lang);
        (case, status)
    }))
}

/// Loads and replays one case file; `None` when the file is not a case file.
fn procedure_of(path: &Path) -> Result<Option<(Case, Procedure)>, String> {
    let say = |t: ErrText| crate::input::say(&t);
    let lang = crate::input::lang();
    let bytes = storage::read(path)
        .map_err(|_| say(ErrText::new(T::CliUnreadable).arg(path.display().to_string())))?;
    // Only files that say they are case files are considered.
    let looks_like_case = std::str::from_utf8(&bytes).is_ok_and(|s| s.contains("\"secu.case."));
    if !looks_like_case {
        return Ok(None);
    }
    let case = Case::load(&bytes).map_err(|e| {
        format!(
            "{}: {}",
            path.display(),
            e.to_string_in(lang).replace('\n', "; ")
        )
    })?;
    let policy = case.policy().map_err(|e| {
        format!(
            "{}: {}",
            path.display(),
            e.to_string_in(lang).replace('\n', "; ")
        )
    })?;
    let p = case.replay(&policy).map_err(|e| {
        format!(
            "{}: {}",
            path.display(),
            e.to_string_in(lang).replace('\n', "; ")
        )
    })?;
    Ok(Some((case, p)))
}

#[derive(Serialize)]
struct CaseLine {
    file: String,
    members: Vec<secu_case::status::PortfolioLine>,
}

pub(crate) fn list(
    dir: &Path,
    as_of: NaiveDate,
    json: bool,
    lang: Lang,
) -> Result<ExitCode, Failure> {
    let mut lines = Vec::new();
    let mut problems = Vec::new();
    let mut seen: Vec<(String, Case)> = Vec::new();
    for f in case_files(dir)? {
        match status_of(&f, as_of, lang) {
            Ok(Some((case, status))) => {
                seen.push((f.display().to_string(), case));
                let file = f
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                lines.push(CaseLine {
                    file,
                    members: status.portfolio(),
                });
            }
            Ok(None) => {}
            Err(e) => problems.push(e),
        }
    }
    match journal(dir, &seen, lang) {
        Ok(went_back) => problems.extend(went_back),
        Err(Failure::Invalid(lines)) => problems.extend(lines),
        // A folder the user may read but not write (a shared archive): the
        // listing is still useful; say that rollbacks were not checked.
        Err(Failure::Other(e)) => {
            use std::io::Write as _;
            let _ = writeln!(
                std::io::stderr().lock(),
                "secu: {e}: the heads were not compared (rollbacks not checked)"
            );
        }
        Err(Failure::BrokenPipe) => return Err(Failure::BrokenPipe),
    }
    let text = if json {
        serde_json::to_string_pretty(
            &serde_json::json!({ "as_of": as_of, "cases": lines, "problems": problems }),
        )
        .map_err(|e| Failure::Other(e.to_string()))?
    } else {
        let cases: Vec<(String, Vec<_>)> = lines.into_iter().map(|c| (c.file, c.members)).collect();
        secu_case::report::render_portfolio(&cases, &problems, as_of, lang)
    };
    write_stdout(&text)?;
    Ok(if problems.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    })
}

/// Deadlines and milestones of one case file or of a folder, as iCalendar
/// (RFC 5545): all-day events end the next day (DTEND is exclusive), texts
/// are human and free of control characters.
pub(crate) fn calendar(path: &Path, as_of: NaiveDate, lang: Lang) -> Result<ExitCode, Failure> {
    let files = if path.is_dir() {
        case_files(path)?
    } else {
        vec![path.to_path_buf()]
    };
    let mut cal = secu_case::ical::calendar_in(lang);
    let mut problems = Vec::new();
    for f in files {
        let stem = f
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        match procedure_of(&f) {
            Ok(Some((_, p))) => secu_case::ical::push_events(&mut cal, &p, &stem, as_of, lang),
            Ok(None) => {}
            Err(e) => problems.push(e),
        }
    }
    write_stdout(&cal.done().to_string())?;
    if problems.is_empty() {
        Ok(ExitCode::SUCCESS)
    } else {
        Err(Failure::Invalid(problems))
    }
}

/// The journal of heads `secu case list` keeps in a folder: for each case
/// (named by its anchor digest, which holds no personal data, so a renamed
/// file is still recognised) the last head and event count seen.
const JOURNAL: &str = ".secu-heads.json";

#[derive(Serialize, serde::Deserialize, Default)]
struct Journal {
    format: String,
    /// anchor → last head seen.
    cases: std::collections::BTreeMap<String, Seen>,
}

#[derive(Serialize, serde::Deserialize, Clone)]
struct Seen {
    head: String,
    events: u64,
}

/// Compares every case with the journal of the folder and records the new
/// heads. A case whose file no longer reaches the head seen last (deleted
/// events, an older copy put back) is reported, and its journal entry is kept
/// so that it is reported until the file is repaired (or the journal deleted).
fn journal(dir: &Path, cases: &[(String, Case)], lang: Lang) -> Result<Vec<String>, Failure> {
    let path = storage::resolve(&dir.join(JOURNAL))
        .map_err(|e| Failure::Other(format!("{}: {e}", dir.display())))?;
    let io = |e: std::io::Error| crate::input::io_failure(&path.display().to_string(), &e);
    let _lock = storage::lock(&path).map_err(io)?;
    let mut j: Journal = match std::fs::read(&path) {
        Ok(bytes) => serde_json::from_slice(&bytes).map_err(|e| {
            Failure::Invalid(vec![crate::input::say(
                &ErrText::new(T::CliNotAJournal)
                    .arg(path.display().to_string())
                    .arg(e.to_string()),
            )])
        })?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Journal::default(),
        Err(e) => return Err(Failure::Other(format!("{}: {e}", path.display()))),
    };
    j.format = "secu.heads.v1".into();
    let mut problems = Vec::new();
    let mut changed = false;
    for (file, case) in cases {
        let now = Seen {
            head: case.head().to_string(),
            events: u64::try_from(case.history().len()).unwrap_or(u64::MAX),
        };
        let key = case.anchor_digest().to_string();
        match j.cases.get(&key) {
            Some(seen) if seen.head == now.head => {}
            Some(seen) => {
                // Still on the chain: the file went on. Else it went back.
                let on_chain = seen
                    .head
                    .parse::<Digest>()
                    .ok()
                    .and_then(|h| case.position_of(&h))
                    .is_some();
                if on_chain {
                    j.cases.insert(key, now);
                    changed = true;
                } else {
                    let text = secu::text::T::UiWentBack
                        .format(lang, &[&now.events.to_string(), &seen.events.to_string()]);
                    problems.push(format!("{file}: {text} ({})", seen.head));
                }
            }
            None => {
                j.cases.insert(key, now);
                changed = true;
            }
        }
    }
    if changed {
        let mut text =
            serde_json::to_string_pretty(&j).map_err(|e| Failure::Other(e.to_string()))?;
        text.push('\n');
        storage::write_atomic(&path, text.as_bytes()).map_err(io)?;
    }
    Ok(problems)
}
