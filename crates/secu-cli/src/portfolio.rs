//! `secu case list` (a portfolio view over many case files) and
//! `secu case calendar` (deadlines and milestones as iCalendar).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use secu::Lang;
use secu::procedure::case::Case;
use secu::procedure::status::Status;
use serde::Serialize;

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
    let bytes = storage::read(path).map_err(|_| format!("{}: unreadable", path.display()))?;
    // Only files that say they are case files are considered.
    let looks_like_case = std::str::from_utf8(&bytes).is_ok_and(|s| s.contains("\"secu.case."));
    if !looks_like_case {
        return Ok(None);
    }
    let case = Case::load(&bytes)
        .map_err(|e| format!("{}: {}", path.display(), e.to_string().replace('\n', "; ")))?;
    let policy = case
        .policy()
        .map_err(|e| format!("{}: {e}", path.display()))?;
    let p = case
        .replay(&policy)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    let status = p.status(as_of, lang);
    Ok(Some((case, status)))
}

#[derive(Serialize)]
struct CaseLine {
    file: String,
    members: Vec<secu::procedure::status::PortfolioLine>,
}

pub(crate) fn list(
    dir: &Path,
    as_of: NaiveDate,
    json: bool,
    lang: Lang,
) -> Result<ExitCode, Failure> {
    let mut lines = Vec::new();
    let mut problems = Vec::new();
    for f in case_files(dir)? {
        match status_of(&f, as_of, lang) {
            Ok(Some((_, status))) => {
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
    let text = if json {
        serde_json::to_string_pretty(
            &serde_json::json!({ "as_of": as_of, "cases": lines, "problems": problems }),
        )
        .map_err(|e| Failure::Other(e.to_string()))?
    } else {
        let cases: Vec<(String, Vec<_>)> = lines.into_iter().map(|c| (c.file, c.members)).collect();
        secu::report::render_portfolio(&cases, &problems, as_of, lang)
    };
    write_stdout(&text)?;
    Ok(if problems.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    })
}

/// Deadlines and milestones of one case file or of a folder, as iCalendar.
pub(crate) fn calendar(path: &Path, as_of: NaiveDate, lang: Lang) -> Result<ExitCode, Failure> {
    use icalendar::{Calendar, Component, Event, EventLike};
    let files = if path.is_dir() {
        case_files(path)?
    } else {
        vec![path.to_path_buf()]
    };
    let mut cal = Calendar::new();
    cal.name("secu: health-insurance deadlines");
    let mut problems = Vec::new();
    for f in files {
        let stem = f
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        match status_of(&f, as_of, lang) {
            Ok(Some((_, status))) => {
                for m in &status.members {
                    let who = m.label.clone().unwrap_or_else(|| m.id.clone());
                    for d in &m.deadlines {
                        // A stable UID: regenerating the calendar updates events instead of duplicating them.
                        let uid = format!("{stem}-{}-{}-{}@secu", m.id, d.kind.code(), d.date);
                        let summary = format!("{} — {who}", d.label);
                        let mut ev = Event::new();
                        ev.uid(&uid).summary(&summary).all_day(d.date);
                        ev.description(&format!("{}: {} ({})", stem, m.id, d.kind.code()));
                        cal.push(ev.done());
                    }
                }
            }
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
