//! `secu case …`: case files that track a family through the CPAM procedure.
//! The core computes everything; this module reads and writes files (safely,
//! see `storage`), reads the clock and the OS random generator, and prints.

use std::io::{self, IsTerminal};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Args, Subcommand};
use secu::Policy;
use secu::output::DocKind;
use secu::procedure::case::Case;
use secu::procedure::{Event, EventKind};
use secu::report::{self, Style};

use crate::{Failure, LangArg, storage, today, write_stdout};

#[derive(Subcommand)]
pub(crate) enum CaseCommand {
    /// Open a case file for a household.
    New {
        /// Household file (JSON).
        household: PathBuf,
        /// The case file to create.
        #[arg(short, long)]
        output: PathBuf,
        /// Date the case is opened (tracks are derived on it); default: the household's as_of, else today.
        #[arg(long, value_name = "DATE", value_parser = crate::date_arg)]
        opened_on: Option<NaiveDate>,
        /// Overwrite an existing case file.
        #[arg(long)]
        force: bool,
        /// Override a policy (recorded in the case file, used by every later command).
        #[arg(long = "policy", value_name = "NAME=VALUE")]
        policies: Vec<String>,
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
        /// Language.
        #[arg(long, value_enum, default_value_t = LangArg::En)]
        lang: LangArg,
    },
    /// The event log, oldest first.
    History {
        /// The case file.
        case: PathBuf,
        /// Print JSON.
        #[arg(long)]
        json: bool,
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
        /// Language.
        #[arg(long, value_enum, default_value_t = LangArg::En)]
        lang: LangArg,
    },
    /// Deadlines and milestones as an iCalendar file (stdout).
    Calendar {
        /// A case file or a folder of case files.
        path: PathBuf,
        /// Date of the view (default: today).
        #[arg(long, value_name = "DATE", value_parser = crate::date_arg)]
        as_of: Option<NaiveDate>,
        /// Language.
        #[arg(long, value_enum, default_value_t = LangArg::En)]
        lang: LangArg,
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
    },
}

#[derive(Args)]
pub(crate) struct RecordArgs {
    /// The case file.
    case: PathBuf,
    /// The member the event is about.
    member: String,
    /// The event (e.g. document_received, file_submitted, nia_issued, nir_certified…).
    event: String,
    /// Date of the event (default: today).
    #[arg(long, value_name = "DATE", value_parser = crate::date_arg)]
    date: Option<NaiveDate>,
    /// NIA or NIR (nia_issued, nir_certified).
    #[arg(long)]
    number: Option<String>,
    /// Document kind (document_*; repeat for documents_requested).
    #[arg(long = "document", value_name = "KIND")]
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
}

/// The current UTC time, RFC 3339: when an event is recorded.
fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
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

fn case_error(path: &Path, e: &secu::procedure::case::CaseError) -> Failure {
    use secu::procedure::case::CaseError;
    match e {
        CaseError::Refused(r) => Failure::Invalid(vec![r.to_string()]),
        other => Failure::Invalid(
            other
                .to_string()
                .lines()
                .map(|l| format!("{}: {l}", path.display()))
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
    match command {
        CaseCommand::New {
            household,
            output,
            opened_on,
            force,
            policies,
        } => {
            let policy = crate::policy(&policies)?;
            let input = storage::read(&household)?;
            let h = secu::parse_household(&input).map_err(crate::invalid)?;
            let opened_on = opened_on.or(h.as_of).unwrap_or_else(today);
            let case =
                Case::new(h, opened_on, &now(), &mut salts()?, &policy).map_err(crate::invalid)?;
            let _lock = storage::lock(&output)?;
            if output.exists() && !force {
                return Err(Failure::Invalid(vec![format!(
                    "{}: already exists (use --force to replace it)",
                    output.display()
                )]));
            }
            storage::write_atomic(&output, case.to_json_pretty().as_bytes())
                .map_err(|e| crate::input::io_failure(&output.display().to_string(), &e))?;
            Ok(ExitCode::SUCCESS)
        }
        CaseCommand::Record(a) => record(a),
        CaseCommand::Status {
            case,
            as_of,
            json,
            lang,
        } => {
            let (c, policy) = load_with_policy(&case)?;
            let p = c.replay(&policy).map_err(|e| case_error(&case, &e))?;
            let status = p.status(as_of.unwrap_or_else(today), lang.into());
            let text = if json {
                serde_json::to_string_pretty(&status).map_err(|e| Failure::Other(e.to_string()))?
            } else {
                report::render_status(&status, lang.into(), &style())
            };
            write_stdout(&text)?;
            Ok(ExitCode::SUCCESS)
        }
        CaseCommand::History { case, json } => {
            let c = load(&case)?;
            let text = if json {
                serde_json::to_string_pretty(c.history())
                    .map_err(|e| Failure::Other(e.to_string()))?
            } else {
                report::render_history(c.history(), &c.voided())
            };
            write_stdout(&text)?;
            Ok(ExitCode::SUCCESS)
        }
        CaseCommand::List {
            dir,
            as_of,
            json,
            lang,
        } => crate::portfolio::list(&dir, as_of.unwrap_or_else(today), json, lang.into()),
        CaseCommand::Calendar { path, as_of, lang } => {
            crate::portfolio::calendar(&path, as_of.unwrap_or_else(today), lang.into())
        }
        CaseCommand::Redact { case, member, all } => {
            let _lock = storage::lock(&case)?;
            let mut c = load(&case)?;
            let result = match (member.as_deref(), all) {
                (_, true) => c.redact_all(),
                (Some(m), false) => c.redact(m),
                (None, false) => {
                    return Err(Failure::Invalid(vec!["name a MEMBER, or --all".into()]));
                }
            };
            result.map_err(|e| case_error(&case, &e))?;
            storage::write_atomic(&case, c.to_json_pretty().as_bytes())
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

/// Builds the event from the flags, naming what is missing.
fn event(a: &RecordArgs) -> Result<Event, Failure> {
    let kind: EventKind = a.event.parse().map_err(|_| {
        Failure::Invalid(vec![format!(
            "unknown event \"{}\" (expected one of: {})",
            a.event,
            <EventKind as strum::VariantNames>::VARIANTS.join(", ")
        )])
    })?;
    let need = |what: &str| Failure::Invalid(vec![format!("{} needs {what}", kind.code())]);
    let doc = |s: &str| -> Result<DocKind, Failure> {
        s.parse().map_err(|_| {
            Failure::Invalid(vec![format!(
                "unknown document kind \"{s}\" (expected one of: {})",
                <DocKind as strum::VariantNames>::VARIANTS.join(", ")
            )])
        })
    };
    let one_doc = || -> Result<DocKind, Failure> {
        doc(a.documents.first().ok_or_else(|| need("--document KIND"))?)
    };
    let reason = || a.reason.clone().ok_or_else(|| need("--reason TEXT"));
    let number = || a.number.clone().ok_or_else(|| need("--number NUMBER"));
    let json_file = || -> Result<Vec<u8>, Failure> {
        storage::read(a.file.as_deref().ok_or_else(|| need("--file FILE"))?)
    };
    Ok(match kind {
        EventKind::DocumentReceived => Event::DocumentReceived { kind: one_doc()? },
        EventKind::DocumentRejected => Event::DocumentRejected {
            kind: one_doc()?,
            reason: reason()?,
        },
        EventKind::DocumentWaived => Event::DocumentWaived {
            kind: one_doc()?,
            reason: reason()?,
        },
        EventKind::DocumentsRequested => {
            if a.documents.is_empty() {
                return Err(need("at least one --document KIND"));
            }
            Event::DocumentsRequested {
                kinds: a
                    .documents
                    .iter()
                    .map(|d| doc(d))
                    .collect::<Result<_, _>>()?,
            }
        }
        EventKind::NiaIssued => Event::NiaIssued { number: number()? },
        EventKind::NirCertified => Event::NirCertified { number: number()? },
        EventKind::Rejected => Event::Rejected { reason: reason()? },
        EventKind::Correction => Event::Correction {
            voids: a.voids.ok_or_else(|| need("--voids SEQ"))?,
            reason: reason()?,
        },
        EventKind::PermitRenewed => Event::PermitRenewed {
            permit: serde_json::from_value(serde_json::Value::from(
                a.permit.clone().ok_or_else(|| need("--permit PERMIT"))?,
            ))
            .map_err(|e| Failure::Invalid(vec![format!("--permit: {e}")]))?,
            valid_from: a.valid_from.ok_or_else(|| need("--valid-from DATE"))?,
            valid_until: a.valid_until,
        },
        EventKind::HouseholdCorrected => Event::HouseholdCorrected {
            household: Box::new(secu::parse_household(&json_file()?).map_err(crate::invalid)?),
        },
        EventKind::MemberAdded => {
            let bytes = json_file()?;
            let member: secu::model::Member = serde_json::from_slice(&bytes)
                .map_err(|e| Failure::Invalid(vec![format!("--file: {e}")]))?;
            Event::MemberAdded {
                new_member: Box::new(member),
            }
        }
        other => other.without_data().ok_or_else(|| {
            Failure::Invalid(vec![format!(
                "event \"{}\" cannot be recorded from the command line",
                other.code()
            )])
        })?,
    })
}

fn record(a: RecordArgs) -> Result<ExitCode, Failure> {
    let ev = event(&a)?;
    let date = a.date.unwrap_or_else(today);
    // Lock, then read: two concurrent `record` commands cannot lose an event.
    let _lock = storage::lock(&a.case)?;
    let (mut case, policy) = load_with_policy(&a.case)?;
    let recorded = case
        .record(&a.member, date, ev, &now(), &mut salts()?, &policy)
        .map(|_| ());
    if let Err(e) = recorded {
        // A refusal names what is allowed now (`Refusal`'s Display).
        return Err(case_error(&a.case, &e));
    }
    storage::write_atomic(&a.case, case.to_json_pretty().as_bytes())
        .map_err(|e| crate::input::io_failure(&a.case.display().to_string(), &e))?;
    Ok(ExitCode::SUCCESS)
}
