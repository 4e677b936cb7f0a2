//! `secu case list` (a portfolio view over many case files) and
//! `secu case calendar` (deadlines and milestones as iCalendar).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::{Days, NaiveDate};
use secu::Lang;
use secu::procedure::case::Case;
use secu::procedure::status::Status;
use serde::Serialize;

use crate::{Failure, storage, write_stdout};

/// Days ahead the portfolio looks for milestones and deadlines.
const HORIZON_DAYS: u64 = 90;

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
    members: Vec<MemberLine>,
}

#[derive(Serialize)]
struct MemberLine {
    id: String,
    label: Option<String>,
    phase: &'static str,
    /// Suspended, or a deadline passed.
    blocked: bool,
    overdue: Vec<secu::procedure::status::Deadline>,
    waiting_on: Option<&'static str>,
    upcoming: Vec<secu::procedure::status::Deadline>,
}

pub(crate) fn list(dir: &Path, as_of: NaiveDate, json: bool) -> Result<ExitCode, Failure> {
    let horizon = as_of
        .checked_add_days(Days::new(HORIZON_DAYS))
        .unwrap_or(as_of);
    let mut lines = Vec::new();
    let mut problems = Vec::new();
    for f in case_files(dir)? {
        match status_of(&f, as_of, Lang::En) {
            Ok(Some((_, status))) => {
                let members = status
                    .members
                    .iter()
                    .map(|m| {
                        let overdue: Vec<_> =
                            m.deadlines.iter().filter(|d| d.overdue).copied().collect();
                        MemberLine {
                            id: m.id.clone(),
                            label: m.label.clone(),
                            phase: m.phase.code(),
                            blocked: m.phase == secu::procedure::machine::Phase::Suspended
                                || !overdue.is_empty(),
                            overdue,
                            waiting_on: m.next_actions.first().map(|a| a.actor.code()),
                            upcoming: m
                                .deadlines
                                .iter()
                                .filter(|d| !d.overdue && d.date <= horizon)
                                .copied()
                                .collect(),
                        }
                    })
                    .collect();
                let file = f
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                lines.push(CaseLine { file, members });
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
        render_list(&lines, &problems, as_of)
    };
    write_stdout(&text)?;
    Ok(if problems.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    })
}

fn render_list(lines: &[CaseLine], problems: &[String], as_of: NaiveDate) -> String {
    use std::fmt::Write;
    let mut out = format!("{} case files as of {as_of}\n", lines.len());
    let blocked = lines
        .iter()
        .flat_map(|c| &c.members)
        .filter(|m| m.blocked)
        .count();
    let _ = writeln!(out, "{blocked} members blocked or overdue");
    for c in lines {
        let _ = writeln!(out, "\n{}", c.file);
        for m in &c.members {
            let flag = if m.blocked { "!" } else { " " };
            let waiting = m.waiting_on.unwrap_or("-");
            let _ = writeln!(
                out,
                " {flag} {:<14} {:<12} waiting on {:<9} overdue {}",
                truncate(&m.id, 14),
                m.phase,
                waiting,
                m.overdue.len()
            );
            for d in m.overdue.iter().chain(&m.upcoming) {
                let mark = if d.overdue { "overdue" } else { "       " };
                let _ = writeln!(
                    out,
                    "     {mark} {} {}",
                    d.date,
                    truncate(&d.label.to_string(), 52)
                );
            }
        }
    }
    for p in problems {
        let _ = writeln!(out, "\nproblem: {p}");
    }
    out
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_owned()
    } else {
        let mut t: String = s.chars().take(n.saturating_sub(1)).collect();
        t.push('…');
        t
    }
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
