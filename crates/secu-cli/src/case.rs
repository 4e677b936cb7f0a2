//! `secu case …`: case files that track a family through the CPAM procedure.
//! The core computes everything; this module reads and writes files (safely,
//! see `storage`), reads the clock and the OS random generator, and prints.

use std::io::{self, IsTerminal};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Args, Subcommand};
use secu::Policy;
use secu::error::ErrText;
use secu::output::DocKind;
use secu::report::{self, Style};
use secu::text::T;
use secu_case::case::{Case, Digest, did_you_mean_text};
use secu_case::{Event, EventKind};

use crate::{Failure, LangArg, storage, today, write_stdout};

/// A message of the command line's own, in the run's language (issue 10, item 15).
fn say(text: ErrText) -> String {
    crate::input::say(&text)
}

/// A usage problem (exit 2): one line in the run's language.
fn usage(text: ErrText) -> Failure {
    Failure::Invalid(vec![say(text)])
}

/// `unknown … "WORD"; did you mean "…"? (expected one of: …)`.
fn unknown(what: T, word: &str, names: &[&'static str]) -> Failure {
    let mut text = ErrText::new(what).arg(report::sanitize(word).into_owned());
    if let Some(hint) = did_you_mean_text(word, names.iter().copied()) {
        text = text.then_text(hint);
    }
    usage(text.then(T::ErrExpectedOneOf).arg(names.join(", ")))
}

#[derive(Subcommand)]
pub(crate) enum CaseCommand {
    /// Open a case file for a household.
    New {
        /// Household file (JSON).
        household: PathBuf,
        /// The case file to create.
        #[arg(short, long)]
        output: PathBuf,
        /// Date the case is opened (tracks are derived on it); default: the household's as_of when it is not after today, else today.
        #[arg(long, value_name = "DATE", value_parser = crate::date_arg)]
        opened_on: Option<NaiveDate>,
        /// Overwrite an existing case file.
        #[arg(long)]
        force: bool,
        /// Override a policy (recorded in the case file, used by every later command).
        #[arg(long = "policy", value_name = "NAME=VALUE")]
        policies: Vec<String>,
        /// Language of the messages (default: en, or the locale's).
        #[arg(long, value_name = "TAG", value_parser = crate::lang_arg)]
        lang: Option<LangArg>,
    },
    /// Record an event for a member (refused events leave the file unchanged).
    Record(RecordArgs),
    /// Status of every member: steps, missing documents, next actions, deadlines.
    Status {
        /// The case file.
        case: PathBuf,
        /// Status date (default: today).
        #[arg(long, value_name = "DATE", value_parser = crate::date_arg)]
        as_of: Option<NaiveDate>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
        /// Language (default: en, or the locale's).
        #[arg(long, value_name = "TAG", value_parser = crate::lang_arg)]
        lang: Option<LangArg>,
        /// `family`: persons by name, missing documents once for the
        /// household, no payroll nor event codes; `hr` (default): everything.
        #[arg(long, value_enum)]
        audience: Option<crate::AudienceArg>,
    },
    /// The event log, oldest first (NIAs and NIRs masked).
    History {
        /// The case file.
        case: PathBuf,
        /// Print JSON.
        #[arg(long)]
        json: bool,
        /// Show NIAs and NIRs in full (they are masked by default, also in JSON).
        #[arg(long)]
        show_numbers: bool,
        /// Language of the messages (default: en, or the locale's).
        #[arg(long, value_name = "TAG", value_parser = crate::lang_arg)]
        lang: Option<LangArg>,
    },
    /// Check a case file's chain and, given a head kept elsewhere (the one
    /// `record` printed), that the file still reaches it: exit 2 when it does
    /// not (truncated, rolled back, or another case).
    Verify {
        /// The case file.
        case: PathBuf,
        /// A head digest (64 hex digits) printed by `record` or `new`.
        #[arg(long, value_name = "DIGEST")]
        head: Option<String>,
        /// Language of the messages (default: en, or the locale's).
        #[arg(long, value_name = "TAG", value_parser = crate::lang_arg)]
        lang: Option<LangArg>,
    },
    /// Portfolio view over every case file of a folder.
    List {
        /// The folder.
        dir: PathBuf,
        /// Date of the view (default: today).
        #[arg(long, value_name = "DATE", value_parser = crate::date_arg)]
        as_of: Option<NaiveDate>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
        /// Language (default: en, or the locale's).
        #[arg(long, value_name = "TAG", value_parser = crate::lang_arg)]
        lang: Option<LangArg>,
    },
    /// Deadlines and milestones as an iCalendar file (stdout).
    Calendar {
        /// A case file or a folder of case files.
        path: PathBuf,
        /// Date of the view (default: today).
        #[arg(long, value_name = "DATE", value_parser = crate::date_arg)]
        as_of: Option<NaiveDate>,
        /// Language (default: en, or the locale's).
        #[arg(long, value_name = "TAG", value_parser = crate::lang_arg)]
        lang: Option<LangArg>,
    },
    /// Erase a member's personal data (GDPR); the chain stays verifiable.
    Redact {
        /// The case file.
        case: PathBuf,
        /// The member.
        member: Option<String>,
        /// Erase every member.
        #[arg(long, conflicts_with = "member")]
        all: bool,
        /// Language of the messages (default: en, or the locale's).
        #[arg(long, value_name = "TAG", value_parser = crate::lang_arg)]
        lang: Option<LangArg>,
    },
}

#[derive(Args)]
pub(crate) struct RecordArgs {
    /// The case file.
    case: PathBuf,
    /// The member the event is about.
    member: String,
    /// The event (e.g. document_received, file_submitted, nia_issued, nir_certified…).
    #[arg(long_help = events_help())]
    event: String,
    /// Date of the event (default: today); a later date is refused (Decision 23: a plan is not a fact).
    #[arg(long, value_name = "DATE", value_parser = crate::date_arg)]
    date: Option<NaiveDate>,
    /// NIA or NIR (nia_issued, nir_certified).
    #[arg(long)]
    number: Option<String>,
    /// Document kind (document_*: repeat to record several at once; documents_requested).
    #[arg(long = "document", value_name = "KIND", long_help = documents_help())]
    documents: Vec<String>,
    /// Reason (document_rejected, document_waived, rejected, correction).
    #[arg(long)]
    reason: Option<String>,
    /// Sequence number of the event a correction voids.
    #[arg(long)]
    voids: Option<u64>,
    /// Permit (permit_renewed).
    #[arg(long)]
    permit: Option<String>,
    /// First day of validity (permit_renewed).
    #[arg(long, value_name = "DATE", value_parser = crate::date_arg)]
    valid_from: Option<NaiveDate>,
    /// Last day of validity (permit_renewed).
    #[arg(long, value_name = "DATE", value_parser = crate::date_arg)]
    valid_until: Option<NaiveDate>,
    /// A household or member JSON file (household_corrected, member_added).
    #[arg(long, value_name = "FILE")]
    file: Option<PathBuf>,
    /// Language of the messages (default: en, or the locale's).
    #[arg(long, value_name = "TAG", value_parser = crate::lang_arg)]
    lang: Option<LangArg>,
}

/// `--help` of the event argument: every event name.
fn events_help() -> String {
    format!(
        "The event. One of: {}",
        <EventKind as strum::VariantNames>::VARIANTS.join(", ")
    )
}

/// `--help` of `--document`: every document code it takes.
fn documents_help() -> String {
    format!(
        "Document kind, for document_received, document_rejected, document_waived (repeat \
         --document to record several documents at once: all are recorded, or none) and \
         documents_requested (one event for all). `secu case status` shows each missing \
         document with its code. One of: {}",
        <DocKind as strum::VariantNames>::VARIANTS.join(", ")
    )
}

/// When an event is recorded: the local time with its offset (RFC 3339), and
/// the local date (the default event date, and the recording day Decision 23
/// compares the event's date with). `SECU_NOW` (an RFC 3339 timestamp) sets
/// this clock, for reproducible demos and tests.
fn clock() -> Result<(String, NaiveDate), Failure> {
    if let Some(v) = std::env::var_os("SECU_NOW") {
        let v = v.to_string_lossy().into_owned();
        let t = chrono::DateTime::parse_from_rfc3339(&v).map_err(|e| {
            Failure::Invalid(vec![format!(
                "SECU_NOW: {e} (expected an RFC 3339 timestamp, 2026-11-27T10:15:00+01:00)"
            )])
        })?;
        return Ok((
            t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            t.date_naive(),
        ));
    }
    let t = chrono::Local::now();
    Ok((
        t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        t.date_naive(),
    ))
}

/// The receipt's last line: keep the head to detect a truncated or rolled
/// back file later (`secu case verify CASE --head DIGEST`).
fn head_line(case: &Case) -> String {
    say(ErrText::new(T::CliHead)
        .arg(case.head().to_string())
        .arg(events_count(case.history().len())))
        + "\n"
}

/// "1 event", "2 events".
fn events_count(n: usize) -> String {
    say(if n == 1 {
        ErrText::new(T::CliOneEvent)
    } else {
        ErrText::new(T::CliEvents).arg(n.to_string())
    })
}

/// The real case file behind a path (links followed), named in errors.
fn resolve(path: &Path) -> Result<PathBuf, Failure> {
    storage::resolve(path).map_err(|e| Failure::Other(format!("{}: {e}", path.display())))
}

/// 16 random bytes from the OS per call: the salts of the commitments.
/// The source is checked once before use, so the closure the core calls
/// cannot fail silently.
fn salts() -> Result<impl FnMut() -> [u8; 16], Failure> {
    let mut probe = [0u8; 16];
    getrandom::fill(&mut probe)
        .map_err(|e| Failure::Other(format!("no randomness from the OS: {e}")))?;
    Ok(|| {
        let mut b = [0u8; 16];
        // The OS source answered above; should it fail now, stop rather than salt with zeros.
        if getrandom::fill(&mut b).is_err() {
            std::process::abort();
        }
        b
    })
}

fn case_error(path: &Path, e: &secu_case::case::CaseError) -> Failure {
    use secu_case::case::CaseError;
    // Messages may quote ids or reasons from the file: escaped for the terminal.
    let safe = |s: &str| report::sanitize(s).into_owned();
    match e {
        CaseError::Refused(r) => {
            Failure::Invalid(vec![safe(&r.to_string_in(crate::input::lang()))])
        }
        other => Failure::Invalid(
            other
                .to_string_in(crate::input::lang())
                .lines()
                .map(|l| safe(&format!("{}: {l}", path.display())))
                .collect(),
        ),
    }
}

fn load(path: &Path) -> Result<Case, Failure> {
    let bytes = storage::read(path)?;
    Case::load(&bytes).map_err(|e| case_error(path, &e))
}

/// The case and the policies it was opened under.
fn load_with_policy(path: &Path) -> Result<(Case, Policy), Failure> {
    let case = load(path)?;
    let policy = case.policy().map_err(|e| case_error(path, &e))?;
    Ok((case, policy))
}

pub(crate) fn run(command: CaseCommand) -> Result<ExitCode, Failure> {
    // `--lang` as clap read it: every message of the command follows it.
    let lang = match &command {
        CaseCommand::New { lang, .. }
        | CaseCommand::Status { lang, .. }
        | CaseCommand::History { lang, .. }
        | CaseCommand::Verify { lang, .. }
        | CaseCommand::List { lang, .. }
        | CaseCommand::Calendar { lang, .. }
        | CaseCommand::Redact { lang, .. } => *lang,
        CaseCommand::Record(a) => a.lang,
    };
    if let Some(l) = lang {
        crate::input::set_lang(l.into());
    }
    let lang = crate::input::lang();
    match command {
        CaseCommand::New {
            household,
            output,
            opened_on,
            force,
            policies,
            lang: _,
        } => {
            let policy = crate::policy(&policies)?;
            let input = storage::read(&household)?;
            let h = secu::parse_household(&input).map_err(crate::invalid)?;
            let (now, recorded_on) = clock()?;
            let opened_on =
                opened_on.unwrap_or_else(|| Case::default_opened_on(h.as_of, recorded_on));
            let members = h.members.len();
            let case =
                Case::new(h, opened_on, &now, &mut salts()?, &policy).map_err(crate::invalid)?;
            let real = resolve(&output)?;
            let _lock = storage::lock(&real)?;
            if real.exists() && !force {
                return Err(usage(
                    ErrText::new(T::CliAlreadyExists).arg(output.display().to_string()),
                ));
            }
            storage::write_atomic(&real, case.to_json_pretty().as_bytes())
                .map_err(|e| crate::input::io_failure(&output.display().to_string(), &e))?;
            write_stdout(&format!(
                "{}\n{}",
                say(ErrText::new(T::CliCreated)
                    .arg(report::sanitize(&output.display().to_string()).into_owned())
                    .arg(members.to_string())
                    .then(T::CliOpenedOn)
                    .arg(opened_on.to_string())),
                head_line(&case)
            ))?;
            Ok(ExitCode::SUCCESS)
        }
        CaseCommand::Record(a) => record(a),
        CaseCommand::Status {
            case,
            as_of,
            json,
            audience,
            ..
        } => {
            let (c, policy) = load_with_policy(&case)?;
            let p = c.replay(&policy).map_err(|e| case_error(&case, &e))?;
            let status = p.status(as_of.unwrap_or_else(today), lang);
            let text = if json {
                serde_json::to_string_pretty(&status).map_err(|e| Failure::Other(e.to_string()))?
            } else {
                let audience = match audience {
                    Some(crate::AudienceArg::Family) => secu::report::Audience::Family,
                    _ => secu::report::Audience::Hr,
                };
                secu_case::report::render_status_for(&status, lang, &style(), audience)
            };
            write_stdout(&text)?;
            Ok(ExitCode::SUCCESS)
        }
        CaseCommand::History {
            case,
            json,
            show_numbers,
            ..
        } => {
            let c = load(&case)?;
            let text = if json {
                let mut v =
                    serde_json::to_value(c.history()).map_err(|e| Failure::Other(e.to_string()))?;
                if !show_numbers {
                    secu_case::report::mask_numbers(&mut v);
                }
                serde_json::to_string_pretty(&v).map_err(|e| Failure::Other(e.to_string()))?
            } else if show_numbers {
                let mut text = secu_case::report::render_history_in(c.history(), &c.voided(), lang);
                text.push_str(&full_numbers(&c));
                text
            } else {
                secu_case::report::render_history_in(c.history(), &c.voided(), lang)
            };
            write_stdout(&text)?;
            Ok(ExitCode::SUCCESS)
        }
        CaseCommand::Verify { case, head, .. } => verify(&case, head.as_deref()),
        CaseCommand::List {
            dir, as_of, json, ..
        } => crate::portfolio::list(&dir, as_of.unwrap_or_else(today), json, lang),
        CaseCommand::Calendar { path, as_of, .. } => {
            crate::portfolio::calendar(&path, as_of.unwrap_or_else(today), lang)
        }
        CaseCommand::Redact {
            case, member, all, ..
        } => {
            let real = resolve(&case)?;
            let _lock = storage::lock(&real)?;
            let mut c = load(&real)?;
            let result = match (member.as_deref(), all) {
                (_, true) => c.redact_all(),
                (Some(m), false) => c.redact(m),
                (None, false) => {
                    return Err(usage(ErrText::new(T::CliNameMember)));
                }
            };
            result.map_err(|e| case_error(&case, &e))?;
            storage::write_atomic(&real, c.to_json_pretty().as_bytes())
                .map_err(|e| crate::input::io_failure(&case.display().to_string(), &e))?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn style() -> Style {
    if io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none() {
        Style::colored()
    } else {
        Style::plain()
    }
}

/// The options of `record` that carry an event's data, by flag name.
fn data_options(a: &RecordArgs) -> Vec<&'static str> {
    let mut given = Vec::new();
    if a.number.is_some() {
        given.push("--number");
    }
    if !a.documents.is_empty() {
        given.push("--document");
    }
    if a.reason.is_some() {
        given.push("--reason");
    }
    if a.voids.is_some() {
        given.push("--voids");
    }
    if a.permit.is_some() {
        given.push("--permit");
    }
    if a.valid_from.is_some() {
        given.push("--valid-from");
    }
    if a.valid_until.is_some() {
        given.push("--valid-until");
    }
    if a.file.is_some() {
        given.push("--file");
    }
    given
}

/// The data options an event takes.
fn options_of(kind: EventKind) -> &'static [&'static str] {
    match kind {
        EventKind::DocumentReceived | EventKind::DocumentsRequested => &["--document"],
        EventKind::DocumentRejected | EventKind::DocumentWaived => &["--document", "--reason"],
        EventKind::NiaIssued | EventKind::NirCertified => &["--number"],
        EventKind::Rejected => &["--reason"],
        EventKind::Correction => &["--voids", "--reason"],
        EventKind::PermitRenewed => &["--permit", "--valid-from", "--valid-until"],
        EventKind::HouseholdCorrected | EventKind::MemberAdded => &["--file"],
        _ => &[],
    }
}

/// Builds the events from the flags, naming what is missing and refusing
/// what does not apply. Several `--document` on a `document_*` event give one
/// event per document (recorded together or not at all).
fn events(a: &RecordArgs) -> Result<Vec<Event>, Failure> {
    let names = <EventKind as strum::VariantNames>::VARIANTS;
    let kind: EventKind = a
        .event
        .parse()
        .map_err(|_| unknown(T::CliUnknownEvent, &a.event, names))?;
    let takes = options_of(kind);
    let stray: Vec<&str> = data_options(a)
        .into_iter()
        .filter(|o| !takes.contains(o))
        .collect();
    if !stray.is_empty() {
        let text = ErrText::new(T::CliDoesNotApply)
            .arg(stray.join(", "))
            .arg(kind.code());
        return Err(usage(if takes.is_empty() {
            text.then(T::CliTakesNothing)
        } else {
            text.then(T::CliItTakes).arg(takes.join(", "))
        }));
    }
    let need = |what: ErrText| {
        usage(
            ErrText::new(T::CliNeeds)
                .arg(kind.code())
                .arg(crate::input::say(&what)),
        )
    };
    let flag = |f: &str| ErrText::from(f);
    let doc = |s: &str| -> Result<DocKind, Failure> {
        let codes = <DocKind as strum::VariantNames>::VARIANTS;
        s.parse()
            .map_err(|_| unknown(T::CliUnknownDocument, s, codes))
    };
    let docs = || -> Result<Vec<DocKind>, Failure> {
        if a.documents.is_empty() {
            return Err(need(flag("--document KIND")));
        }
        let mut kinds: Vec<DocKind> = Vec::new();
        for d in &a.documents {
            let k = doc(d)?;
            if kinds.contains(&k) {
                return Err(usage(
                    ErrText::new(T::CliDocumentTwice).arg(report::sanitize(d).into_owned()),
                ));
            }
            kinds.push(k);
        }
        Ok(kinds)
    };
    let reason = || a.reason.clone().ok_or_else(|| need(flag("--reason TEXT")));
    let number = || {
        a.number
            .clone()
            .ok_or_else(|| need(flag("--number NUMBER")))
    };
    let json_file = || -> Result<Vec<u8>, Failure> {
        storage::read(a.file.as_deref().ok_or_else(|| need(flag("--file FILE")))?)
    };
    Ok(match kind {
        EventKind::DocumentReceived => docs()?
            .into_iter()
            .map(|kind| Event::DocumentReceived { kind })
            .collect(),
        EventKind::DocumentRejected => {
            let reason = reason()?;
            docs()?
                .into_iter()
                .map(|kind| Event::DocumentRejected {
                    kind,
                    reason: reason.clone(),
                })
                .collect()
        }
        EventKind::DocumentWaived => {
            let reason = reason()?;
            docs()?
                .into_iter()
                .map(|kind| Event::DocumentWaived {
                    kind,
                    reason: reason.clone(),
                })
                .collect()
        }
        EventKind::DocumentsRequested => vec![Event::DocumentsRequested {
            kinds: docs().map_err(|_| need(ErrText::new(T::CliAtLeastOneDocument)))?,
        }],
        EventKind::NiaIssued => vec![Event::NiaIssued { number: number()? }],
        EventKind::NirCertified => vec![Event::NirCertified { number: number()? }],
        EventKind::Rejected => vec![Event::Rejected { reason: reason()? }],
        EventKind::Correction => vec![Event::Correction {
            voids: a.voids.ok_or_else(|| need(flag("--voids SEQ")))?,
            reason: reason()?,
        }],
        EventKind::PermitRenewed => vec![Event::PermitRenewed {
            permit: {
                let p = a
                    .permit
                    .as_deref()
                    .ok_or_else(|| need(flag("--permit PERMIT")))?;
                p.parse::<secu::model::Permit>().map_err(|_| {
                    let names = <secu::model::Permit as strum::VariantNames>::VARIANTS;
                    let mut text = ErrText::from("--permit: ")
                        .then(T::ErrUnknownValue)
                        .arg(report::sanitize(p).into_owned());
                    if let Some(hint) = did_you_mean_text(p, names.iter().copied()) {
                        text = text.then_text(hint);
                    }
                    usage(text.then(T::ErrExpectedOneOf).arg(names.join(", ")))
                })?
            },
            valid_from: a
                .valid_from
                .ok_or_else(|| need(flag("--valid-from DATE")))?,
            valid_until: a.valid_until,
        }],
        EventKind::HouseholdCorrected => vec![Event::HouseholdCorrected {
            household: Box::new(secu::parse_household(&json_file()?).map_err(crate::invalid)?),
        }],
        EventKind::MemberAdded => {
            let bytes = json_file()?;
            // The household decoder's own checks and messages (in the run's
            // language), as for the members of a case file.
            let value: serde_json::Value = serde_json::from_slice(&bytes).map_err(|e| {
                usage(
                    ErrText::from("--file: ")
                        .then(T::ErrMalformedJson)
                        .arg(e.line().to_string())
                        .arg(e.column().to_string())
                        .then_fixed({
                            // serde_json's words without its position, given above.
                            let m = e.to_string();
                            m.rfind(" at line ")
                                .map_or(m.clone(), |i| m[..i].to_owned())
                        }),
                )
            })?;
            let member = secu::decode::member_from_tree(&value, String::new()).map_err(|errs| {
                Failure::Invalid(
                    errs.in_lang(crate::input::lang())
                        .0
                        .iter()
                        .map(|e| format!("--file: {e}"))
                        .collect(),
                )
            })?;
            vec![Event::MemberAdded {
                new_member: Box::new(member),
            }]
        }
        other => vec![
            other
                .without_data()
                .ok_or_else(|| usage(ErrText::new(T::CliNotFromCommandLine).arg(other.code())))?,
        ],
    })
}

fn record(a: RecordArgs) -> Result<ExitCode, Failure> {
    let evs = events(&a)?;
    let (now, recorded_on) = clock()?;
    let date = a.date.unwrap_or(recorded_on);
    // The real file behind a link: lock and write it, not the link.
    let real = resolve(&a.case)?;
    // Lock, then read: two concurrent `record` commands cannot lose an event.
    let _lock = storage::lock(&real)?;
    let (mut case, policy) = load_with_policy(&real)?;
    let mut receipt = String::new();
    let mut salts = salts()?;
    // Several events (one per document) are recorded together or not at
    // all: the file is written once, after the last is accepted.
    for ev in evs {
        let entry = case
            .record(&a.member, date, ev, &now, &mut salts, &policy)
            // A refusal names what is allowed now (`Refusal`'s Display).
            .map_err(|e| case_error(&a.case, &e))?;
        let detail = match entry.event() {
            Some(
                Event::DocumentReceived { kind }
                | Event::DocumentRejected { kind, .. }
                | Event::DocumentWaived { kind, .. },
            ) => format!(" {}", kind.code()),
            _ => String::new(),
        };
        receipt.push_str(&say(ErrText::new(T::CliRecorded)
            .arg(entry.seq.to_string())
            .arg(format!(
                "{} {}{detail} {}",
                report::sanitize(&a.member),
                entry.kind().code(),
                // Written out, as in `case history` (issue 14).
                secu::msg::Msg::new(secu::text::T::UiDate, crate::input::lang())
                    .arg(0, secu::msg::Arg::Date(entry.date))
            ))));
        receipt.push('\n');
    }
    storage::write_atomic(&real, case.to_json_pretty().as_bytes())
        .map_err(|e| crate::input::io_failure(&a.case.display().to_string(), &e))?;
    receipt.push_str(&head_line(&case));
    write_stdout(&receipt)?;
    Ok(ExitCode::SUCCESS)
}

/// `history --show-numbers`: the full numbers, after the log.
fn full_numbers(case: &Case) -> String {
    let mut out = String::new();
    for e in case.history() {
        if let Some(Event::NiaIssued { number } | Event::NirCertified { number }) = e.event() {
            out.push_str(&format!(
                "#{} {} {}: {}\n",
                e.seq,
                report::sanitize(&e.member),
                e.kind().code(),
                report::sanitize(&number)
            ));
        }
    }
    out
}

/// `secu case verify`: the chain, then where a kept head lies on it.
fn verify(path: &Path, head: Option<&str>) -> Result<ExitCode, Failure> {
    let kept: Option<Digest> = head
        .map(|h| {
            h.trim()
                .to_ascii_lowercase()
                .parse::<Digest>()
                .map_err(|e| {
                    Failure::Invalid(vec![format!(
                        "--head: {}",
                        e.message_in(crate::input::lang())
                    )])
                })
        })
        .transpose()?;
    let case = load(path)?;
    let n = case.history().len();
    let mut out = say(ErrText::new(T::CliChainVerifies)
        .arg(report::sanitize(&path.display().to_string()).into_owned())
        .arg(events_count(n))
        .then(T::CliHeadIs)
        .arg(case.head().to_string()));
    out.push('\n');
    if let Some(kept) = kept {
        match case.position_of(&kept) {
            Some(seq) if usize::try_from(seq).is_ok_and(|s| s == n) => {
                out.push_str(&say(ErrText::new(T::CliEndsAtHead)));
                out.push('\n');
            }
            Some(seq) => {
                out.push_str(&say(ErrText::new(T::CliWentOnPast)
                    .arg(seq.to_string())
                    .arg(events_count(
                        n.saturating_sub(usize::try_from(seq).unwrap_or(n)),
                    ))));
                out.push('\n');
            }
            None => {
                return Err(usage(
                    ErrText::new(T::CliHeadNotOnChain)
                        .arg(report::sanitize(&path.display().to_string()).into_owned())
                        .arg(kept.to_string()),
                ));
            }
        }
    }
    write_stdout(&out)?;
    Ok(ExitCode::SUCCESS)
}
