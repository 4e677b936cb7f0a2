//! The human renderers of the procedure (`secu case status`, `history`,
//! `list`): plain text on the core's [`Writer`], so that a status reads like
//! the assessment's report (same gutter, wrapping and colours). Pure: they
//! return a `String`.

use std::fmt::Write;

use secu::Lang;
use secu::msg::{Arg, Msg};
use secu::output::StepStatus;
use secu::report::{Audience, Style, Writer, colon, sanitize, wrap};
use secu::text::T;

/// Renders a procedure's status (`secu case status`): per member, the phase,
/// step progress, missing documents, next actions with who acts, deadlines
/// (overdue first marked), payroll. Numbers appear masked.
pub fn render_status(s: &crate::status::Status, lang: Lang, style: &Style) -> String {
    render_status_for(s, lang, style, Audience::Hr)
}

/// Renders a procedure's status for `audience`, as the assessment's report
/// does (`secu::report::render_for`): HR's is [`render_status`]; the
/// family's names each person by label or "Person 2" (never the id), lists
/// the missing documents once for the household with whom they are for,
/// and leaves out payroll, the NTT deadline and warning, and the event codes
/// of `secu case record`.
pub fn render_status_for(
    s: &crate::status::Status,
    lang: Lang,
    style: &Style,
    audience: Audience,
) -> String {
    let family = audience == Audience::Family;
    let mut r = Writer::new(2048, lang, style);
    let title = Msg::new(T::UiStatusTitle, lang)
        .arg(0, Arg::Date(s.as_of))
        .to_string();
    r.paint(anstyle::Style::new().bold(), &title);
    r.out.push('\n');
    let name_of = |i: usize, m: &crate::status::MemberStatus| match &m.label {
        Some(l) if family => sanitize(l).into_owned(),
        None if family => T::UiPerson.format(lang, &[&(i + 1).to_string()]),
        Some(l) => format!("{} ({})", sanitize(l), sanitize(&m.id)),
        None => sanitize(&m.id).into_owned(),
    };
    if family {
        // Each missing document once, with whom it is for; its label agrees
        // with the person (a label that differs by sex is listed once per
        // wording).
        let mut missing: Vec<(&'static str, Vec<String>)> = Vec::new();
        for (i, m) in s.members.iter().enumerate() {
            for k in &m.missing_documents {
                let who = name_of(i, m);
                let label = k.text().get_for(lang, m.sex);
                match missing.iter_mut().find(|(x, _)| *x == label) {
                    Some((_, names)) => names.push(who),
                    None => missing.push((label, vec![who])),
                }
            }
        }
        if !missing.is_empty() {
            r.out.push('\n');
            r.heading(T::UiMissingDocuments);
            for (k, names) in &missing {
                let n = s.members.len();
                let line = if n > 1 {
                    let who = if names.len() == n {
                        T::UiWholeHousehold.get(lang).to_owned()
                    } else {
                        names.join(secu::report::list_sep(lang))
                    };
                    format!("{k}{}{who}", colon(lang))
                } else {
                    (*k).to_owned()
                };
                r.wrapped("   - ", 5, &line);
            }
        }
    }
    for (i, m) in s.members.iter().enumerate() {
        let width = r.style.width.max(40);
        r.out.push('\n');
        let name = name_of(i, m);
        let rule = "─".repeat(width.saturating_sub(secu::report::width(&name) + 4).max(2));
        r.paint(
            anstyle::Style::new()
                .bold()
                .fg_color(Some(anstyle::AnsiColor::Cyan.into())),
            &format!("── {name} {rule}"),
        );
        r.out.push('\n');
        r.field(T::UiTrack, phase_track_text(m.track, lang));
        // The stage as its track means it (an S1 or a reactivation certifies no number).
        r.field(T::UiPhase, &m.stage.to_string());
        if let Some(reason) = &m.rejection_reason {
            r.field(T::UiRejectionReason, reason);
        }
        if let Some(n) = &m.nia {
            r.field(T::UiNia, n);
        }
        if let Some(n) = &m.nir {
            r.field(T::UiNir, n);
        }
        r.out.push('\n');
        r.heading(T::UiSteps);
        for st in m
            .steps
            .iter()
            .filter(|st| st.status != StepStatus::NotApplicable)
        {
            let mark = match st.status {
                StepStatus::Done => "[x]",
                StepStatus::InProgress => "[~]",
                StepStatus::Blocked => "[!]",
                _ => "[ ]",
            };
            let mut line = format!(
                "{} ({})",
                st.step.text().get(lang),
                st.status.text().get(lang)
            );
            if let Some(d) = st.done_on {
                let _ = write!(line, " {}", date(d, lang));
            }
            r.wrapped(&format!("   {mark} "), 7, &line);
        }
        if !family && !m.missing_documents.is_empty() {
            r.out.push('\n');
            r.heading(T::UiMissingDocuments);
            for k in &m.missing_documents {
                // The code is what `secu case record --document` takes.
                r.wrapped(
                    "   - ",
                    5,
                    &format!("{} ({})", k.text().get_for(lang, m.sex), k.code()),
                );
            }
        }
        if !m.next_actions.is_empty() {
            r.out.push('\n');
            r.heading(T::UiNextActions);
            for a in &m.next_actions {
                r.wrapped(
                    "   → ",
                    5,
                    &format!("{} — {}", a.action, a.actor.text().get(lang)),
                );
            }
        }
        if !family && !m.allowed_events.is_empty() {
            r.out.push('\n');
            r.heading(T::UiAllowedEvents);
            let events: Vec<String> = m
                .allowed_events
                .iter()
                .map(|e| format!("{} ({})", e.text().get(lang), e.code()))
                .collect();
            r.wrapped("   ", 3, &events.join(secu::report::list_sep(lang)));
        }
        let deadlines: Vec<_> = m
            .deadlines
            .iter()
            .filter(|d| !family || d.kind != crate::status::DeadlineKind::NttLimit)
            .collect();
        if !deadlines.is_empty() {
            r.out.push('\n');
            r.heading(T::UiDeadlines);
            // The dates written out, in a column as wide as the longest.
            let dates: Vec<String> = deadlines.iter().map(|d| date(d.date, lang)).collect();
            let column = dates
                .iter()
                .map(|d| secu::report::width(d))
                .max()
                .unwrap_or(0);
            let indent = " ".repeat(column + 5);
            for (d, written) in deadlines.into_iter().zip(&dates) {
                let first = format!("   {}  ", secu::report::pad(written, column));
                let mut text = d.label.to_string();
                if d.overdue {
                    text = format!("{} — {text}", r.t(T::UiOverdue));
                }
                if d.overdue {
                    for line in wrap(&text, width, &first, &indent) {
                        r.paint(
                            anstyle::Style::new()
                                .bold()
                                .fg_color(Some(anstyle::AnsiColor::Red.into())),
                            &line,
                        );
                        r.out.push('\n');
                    }
                } else {
                    r.wrapped(&first, column + 5, &text);
                }
            }
        }
        if let Some(p) = m.payroll.as_ref().filter(|_| !family) {
            r.out.push('\n');
            r.heading(T::UiPayroll);
            r.field(T::UiDsnIdentifier, p.dsn_identifier.text().get(lang));
            r.wrapped("  ", 2, &p.note.to_string());
        }
        let warnings: Vec<&String> = m
            .warnings
            .iter()
            .filter(|w| {
                !family
                    || w.parse::<secu::output::WarningCode>()
                        != Ok(secu::output::WarningCode::NttToleranceExceeded)
            })
            .collect();
        if !warnings.is_empty() {
            r.out.push('\n');
            r.heading(T::UiWarnings);
            for w in warnings {
                let code = w
                    .parse::<secu::output::WarningCode>()
                    .map(|c| Msg::new(c.text(), lang).to_string())
                    .unwrap_or_else(|_| sanitize(w).into_owned());
                r.wrapped("   ! ", 5, &code);
            }
        }
    }
    r.out
}

fn phase_track_text(t: crate::machine::TrackKind, lang: Lang) -> &'static str {
    use crate::machine::TrackKind as K;
    match t {
        K::RegistrationWithIdentification => T::TrRegistrationWithIdentification,
        K::Registration => T::TrRegistration,
        K::Reactivation => T::TrReactivation,
        K::S1Registration => T::TrS1Registration,
        K::BeneficiaryWithIdentification => T::TrBeneficiaryWithIdentification,
        K::Beneficiary => T::TrBeneficiary,
    }
    .get(lang)
}

/// Renders a case's event log (`secu case history`): one line per entry,
/// oldest first; numbers masked, redacted entries and voided ones marked.
/// In English; [`render_history_in`] for another language.
pub fn render_history(
    entries: &[crate::case::Entry],
    voided: &secu::small::SmallMap<u64, u64>,
) -> String {
    render_history_in(entries, voided, Lang::En)
}

/// [`render_history`] in `lang`: the log's columns (sequence, date, member,
/// event code, recording time) as recorded, the words around them from the
/// resources (`ui-hist-…`).
pub fn render_history_in(
    entries: &[crate::case::Entry],
    voided: &secu::small::SmallMap<u64, u64>,
    lang: Lang,
) -> String {
    use crate::Event;
    let mut out = String::new();
    // The dates written out, in a column as wide as the longest.
    let dates: Vec<String> = entries.iter().map(|e| date(e.date, lang)).collect();
    let column = dates
        .iter()
        .map(|d| secu::report::width(d))
        .max()
        .unwrap_or(0);
    for (e, written) in entries.iter().zip(&dates) {
        let detail = match e.event() {
            None => T::UiHistRedacted.get(lang).to_owned(),
            Some(ev) => match ev {
                Event::DocumentReceived { kind } => kind.code().to_owned(),
                Event::DocumentRejected { kind, reason }
                | Event::DocumentWaived { kind, reason } => {
                    format!("{}{}{reason}", kind.code(), colon(lang))
                }
                Event::DocumentsRequested { kinds } => kinds
                    .iter()
                    .map(|k| k.code())
                    .collect::<Vec<_>>()
                    .join(secu::report::list_sep(lang)),
                Event::NiaIssued { number } | Event::NirCertified { number } => {
                    number.parse::<secu::id::nir::Nir>().map_or_else(
                        |_| T::UiHistInvalidNumber.get(lang).to_owned(),
                        |n| n.to_string(),
                    )
                }
                Event::Rejected { reason } => reason,
                Event::Correction { voids, reason } => {
                    T::UiHistVoids.format(lang, &[&voids.to_string(), &reason])
                }
                Event::PermitRenewed {
                    permit,
                    valid_from,
                    valid_until,
                } => match valid_until {
                    Some(until) => T::UiHistPermitUntil.format(
                        lang,
                        &[
                            &permit.to_string(),
                            &date(valid_from, lang),
                            &date(until, lang),
                        ],
                    ),
                    None => T::UiHistPermit
                        .format(lang, &[&permit.to_string(), &date(valid_from, lang)]),
                },
                Event::MemberAdded { new_member } => new_member.id.clone(),
                _ => String::new(),
            },
        };
        let void = voided
            .get(&e.seq)
            .map(|by| T::UiHistVoidedBy.format(lang, &[&by.to_string()]))
            .unwrap_or_default();
        let recorded = T::UiHistRecorded.format(lang, &[&recorded_at(&e.recorded_at, lang)]);
        let _ = writeln!(
            out,
            "#{:<3} {} {:<12} {:<26} {}{void}  {recorded}",
            e.seq,
            secu::report::pad(written, column),
            sanitize(&e.member),
            e.kind().code(),
            sanitize(&detail),
        );
    }
    out
}

/// Renders a portfolio view (`secu case list`): per case file, one line per
/// member (stage, who acts next, overdue count) and the overdue and upcoming
/// dates; then the files that could not be read.
pub fn render_portfolio(
    cases: &[(String, Vec<crate::status::PortfolioLine>)],
    problems: &[String],
    as_of: chrono::NaiveDate,
    lang: Lang,
) -> String {
    let t = |k: T| k.get(lang);
    let count = |n: usize| Arg::Num(i32::try_from(n).unwrap_or(i32::MAX));
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        Msg::new(T::UiPortfolioTitle, lang)
            .arg(0, count(cases.len()))
            .arg(1, Arg::Date(as_of))
    );
    let blocked = cases
        .iter()
        .flat_map(|(_, ms)| ms)
        .filter(|m| m.blocked)
        .count();
    let _ = writeln!(
        out,
        "{}",
        Msg::new(T::UiPortfolioBlocked, lang).arg(0, count(blocked))
    );
    // The dates written out, in a column as wide as the longest.
    let column = cases
        .iter()
        .flat_map(|(_, ms)| ms)
        .flat_map(|m| m.overdue.iter().chain(&m.upcoming))
        .map(|d| secu::report::width(&date(d.date, lang)))
        .max()
        .unwrap_or(0);
    // The stage and who acts, in words (the page's labels: a stage by its
    // phase, as `web/labels.js` has them), each in a column as wide as its
    // longest.
    let phase = |p: crate::machine::Phase| phase_text(p).get(lang);
    let actor = |a: Option<secu::output::Actor>| a.map_or("-", |a| a.text().get(lang));
    let lines = || cases.iter().flat_map(|(_, ms)| ms);
    let phase_width = lines()
        .map(|m| secu::report::width(phase(m.phase)))
        .max()
        .unwrap_or(0);
    let actor_width = lines()
        .map(|m| secu::report::width(actor(m.waiting_on)))
        .max()
        .unwrap_or(0);
    for (file, members) in cases {
        let _ = writeln!(out, "\n{}", sanitize(file));
        for m in members {
            let flag = if m.blocked { "!" } else { " " };
            let _ = writeln!(
                out,
                " {flag} {} {} {} {} {} {}",
                secu::report::pad(&truncate(&sanitize(&m.id), 14), 14),
                secu::report::pad(phase(m.phase), phase_width),
                t(T::UiWaitingOn),
                secu::report::pad(actor(m.waiting_on), actor_width),
                t(T::UiOverdueCount),
                m.overdue.len()
            );
            for d in m.overdue.iter().chain(&m.upcoming) {
                let mark = if d.overdue { t(T::UiOverdue) } else { "" };
                let _ = writeln!(
                    out,
                    "     {} {} {}",
                    secu::report::pad(mark, 9),
                    secu::report::pad(&date(d.date, lang), column),
                    truncate(&d.label.to_string(), 52)
                );
            }
        }
    }
    for p in problems {
        let _ = writeln!(out, "\n{}{}{}", t(T::UiProblem), colon(lang), sanitize(p));
    }
    out
}

/// A phase in words, whatever the track (the page's label of the phase
/// code; the status says what the stage means on the member's track).
fn phase_text(p: crate::machine::Phase) -> T {
    crate::status::stage_text(crate::machine::TrackKind::RegistrationWithIdentification, p)
}

/// A date written out in `lang` (`ui-date`, CLDR's long form): human text
/// never shows an ISO date; JSON keeps them.
fn date(d: chrono::NaiveDate, lang: Lang) -> String {
    Msg::new(T::UiDate, lang).arg(0, Arg::Date(d)).to_string()
}

/// A recording time (RFC 3339) with its date written out and the time of
/// day as recorded (`HH:MM`, its offset unless UTC); one that does not
/// parse, as is.
fn recorded_at(at: &str, lang: Lang) -> String {
    match chrono::DateTime::parse_from_rfc3339(at) {
        Ok(t) => {
            let time = if t.offset().local_minus_utc() == 0 {
                t.format("%H:%M").to_string()
            } else {
                t.format("%H:%M %:z").to_string()
            };
            format!("{} {time}", date(t.date_naive(), lang))
        }
        Err(_) => sanitize(at).into_owned(),
    }
}

/// At most `n` characters, with an ellipsis when cut.
fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_owned()
    } else {
        let mut cut: String = s.chars().take(n.saturating_sub(1)).collect();
        cut.push('…');
        cut
    }
}

/// Masks every `number` and `nir` string of a JSON tree (the NIAs and NIRs
/// of a history: events, corrected households, added members), as every
/// human output shows them: the last characters only. Used by `secu case
/// history --json` and the team service's history, which must agree.
pub fn mask_numbers(v: &mut serde_json::Value) {
    use serde_json::Value;
    match v {
        Value::Array(items) => items.iter_mut().for_each(mask_numbers),
        Value::Object(m) => {
            for (k, x) in m.iter_mut() {
                match x {
                    Value::String(s) if k == "number" || k == "nir" => *s = masked(s),
                    other => mask_numbers(other),
                }
            }
        }
        _ => {}
    }
}

/// A NIA/NIR masked as in every human output (its last characters only);
/// a value that is not a valid number keeps only its last 4 characters.
fn masked(s: &str) -> String {
    match s.parse::<secu::id::nir::Nir>() {
        Ok(n) => n.to_string(),
        Err(_) => {
            let chars: Vec<char> = s.chars().filter(|c| !c.is_whitespace()).collect();
            let keep = chars.len().saturating_sub(4);
            chars
                .iter()
                .enumerate()
                .map(|(i, c)| if i < keep { '*' } else { *c })
                .collect()
        }
    }
}
