//! `secu`: the command line of the secu rules library.
//!
//! Thin by design: it parses arguments, reads files, calls the core, prints,
//! and maps errors to the contract's exit codes (0 success, 2 invalid input
//! or usage, 1 any other failure). No rule, threshold or label lives here.

mod admin;
mod batch;
mod case;
mod input;
mod interview;
mod portfolio;
mod storage;

/// mimalloc rather than glibc's allocator: `secu serve` allocates a gzip
/// compressor state (over 128 KB) per compressed response, which glibc maps
/// and unmaps each time (page faults dominated a profile); mimalloc reuses it.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};
use secu::report::{self, Style};
use secu::text::T;
use secu::{Lang, Options, Policy};

#[derive(Parser)]
#[command(
    name = "secu",
    version,
    about = "French health insurance (Sécurité sociale) for foreign employees and their families"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Size limit of every input read (household, case file, `--file`), in bytes.
    #[arg(long, global = true, value_name = "BYTES", default_value_t = input::DEFAULT_LIMIT)]
    max_input_bytes: u64,
}

#[derive(Subcommand)]
enum Command {
    /// Assess a household (JSON): affiliation, documents, steps, payroll, warnings.
    Assess {
        /// Household file, or `-` for standard input.
        file: PathBuf,
        #[command(flatten)]
        common: Common,
        /// Print the assessment as JSON instead of the report.
        #[arg(long)]
        json: bool,
        /// `full` (every text) or `codes`: the assessment JSON without its
        /// rendered texts (codes, dates, ids, rule and source ids; implies `--json`).
        #[arg(long, value_enum, default_value_t = DetailArg::Full)]
        detail: DetailArg,
        /// A partial household (contract §5): members may carry only `id` and
        /// `relationship`; absent facts are unknown. The report marks the
        /// provisional results and lists the questions that remain.
        #[arg(long)]
        partial: bool,
        /// Who the report is for: `family` (a household summary, shared
        /// documents once, no payroll, assumptions, sources nor internal
        /// ids) or `hr` (the summary, then the complete report). Without
        /// it: the complete report as before.
        #[arg(long, value_enum)]
        audience: Option<AudienceArg>,
    },
    /// Validate and explain a social security number (NIR/NIA).
    Nir {
        #[command(subcommand)]
        command: NirCommand,
    },
    /// Assess many households: one JSON household per input line.
    Batch {
        /// Input file (JSON Lines), or `-` for standard input.
        input: PathBuf,
        /// Output file, written under a temporary name and renamed when the
        /// run completes; `-` or none for standard output. Refused when it is
        /// the input.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = batch::Format::Jsonl)]
        format: batch::Format,
        /// With `jsonl`: `full` assessments or `codes` (no rendered text).
        #[arg(long, value_enum, default_value_t = DetailArg::Full)]
        detail: DetailArg,
        #[command(flatten)]
        common: Common,
        /// Worker threads, 1 to 128 (default: the number of cores, at most 128).
        #[arg(long, value_parser = clap::value_parser!(u16).range(1..=i64::from(batch::MAX_THREADS)))]
        threads: Option<u16>,
        /// Longest input line, in bytes without its line break; a longer line
        /// gets an error record (`line_too_long`) and is skipped.
        #[arg(
            long,
            value_name = "BYTES",
            default_value_t = batch::DEFAULT_MAX_LINE_BYTES,
            value_parser = clap::value_parser!(u64).range(1..=batch::MAX_MAX_LINE_BYTES)
        )]
        max_line_bytes: u64,
    },
    /// Print the JSON Schema of the input or output.
    Schema {
        /// Which document.
        #[arg(value_enum)]
        which: SchemaKind,
        /// For `assessment`: the schema of the `full` or the `codes` assessment.
        #[arg(long, value_enum, default_value_t = DetailArg::Full)]
        detail: DetailArg,
    },
    /// Print the rules catalogue (Markdown).
    Rules,
    /// Serve the HTTP API (contract §6) until SIGTERM/SIGINT.
    Serve(secu_server::ServeArgs),
    /// Interview: ask the questions of a partial household one at a time,
    /// saving it after every answer (contract §5). On a terminal, prompts;
    /// otherwise one `PATH=VALUE` answer per line of standard input.
    Interview {
        /// The household to start from or resume (a partial household).
        /// Required when standard input is not a terminal; without it, the
        /// interview first asks who the members are.
        file: Option<PathBuf>,
        /// Where the household is saved after every answer (atomically).
        /// Default: FILE itself. Required for a new household, and must
        /// not exist then.
        #[arg(short, long)]
        output: Option<PathBuf>,
        #[command(flatten)]
        common: Common,
        /// Scripted mode: print the remaining questions as JSON (the
        /// assessment's `questions` array).
        #[arg(long)]
        json: bool,
    },
    /// Case files: track a family through the CPAM procedure.
    Case {
        #[command(subcommand)]
        command: case::CaseCommand,
    },
    /// The team service's database (contract §7): the first administrator, backups.
    Admin {
        #[command(subcommand)]
        command: admin::AdminCommand,
    },
}

#[derive(Subcommand)]
enum NirCommand {
    /// Check one number.
    Check {
        /// The number (13 or 15 characters, spaces allowed).
        number: String,
        /// Print the verdict as JSON.
        #[arg(long)]
        json: bool,
        /// Language of the report and messages (default: en, or the locale's; see `secu assess --help`).
        #[arg(long, value_name = "TAG", value_parser = crate::lang_arg)]
        lang: Option<LangArg>,
    },
}

#[derive(Args, Clone)]
struct Common {
    /// Evaluation date (YYYY-MM-DD); beats the file's `as_of`, which beats today.
    #[arg(long, value_name = "DATE", value_parser = date_arg)]
    as_of: Option<NaiveDate>,
    /// Language of every text and message, a BCP 47 tag (`fr`, `pt-BR` → pt).
    /// Default: the locale's when it is an available language (LC_ALL, else
    /// LC_MESSAGES, else LANG, e.g. `fr_FR.UTF-8`), else en.
    #[arg(long, value_name = "TAG", value_parser = crate::lang_arg)]
    lang: Option<LangArg>,
    /// Override a policy (repeatable): `--policy beneficiary_end='{"fixed_date":{"month":9,"day":1}}'`.
    #[arg(long = "policy", value_name = "NAME=VALUE")]
    policies: Vec<String>,
}

/// A `--lang` value: a BCP 47 tag of an available language (`pt-BR` → pt).
#[derive(Clone, Copy, Debug)]
pub(crate) struct LangArg(Lang);

/// Parses `--lang`: the tag falls back to its language (`fr-CA` → fr); an
/// unknown or unavailable one is refused, naming the languages there are.
pub(crate) fn lang_arg(s: &str) -> Result<LangArg, String> {
    Lang::parse_available(s)
        .map(LangArg)
        .map_err(|e| e.message_in(input::lang()))
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Self {
        l.0
    }
}

/// `--audience`: who the report is for.
#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum AudienceArg {
    /// The family's document.
    Family,
    /// HR's document.
    Hr,
}

/// `--detail`: how much of the assessment to print.
#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum DetailArg {
    /// Every text rendered.
    Full,
    /// Codes, dates, ids, rule and source ids only.
    Codes,
}

impl From<DetailArg> for secu::Detail {
    fn from(d: DetailArg) -> Self {
        match d {
            DetailArg::Full => secu::Detail::Full,
            DetailArg::Codes => secu::Detail::Codes,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum SchemaKind {
    Household,
    Assessment,
}

/// A failure with its exit code; the message goes to stderr.
pub(crate) enum Failure {
    /// Invalid input or usage (exit 2): one line per problem.
    Invalid(Vec<String>),
    /// Anything else (exit 1).
    Other(String),
    /// Output closed by the reader (`secu … | head`): exit quietly.
    BrokenPipe,
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Self {
        if e.kind() == io::ErrorKind::BrokenPipe {
            Failure::BrokenPipe
        } else {
            Failure::Other(input::io_reason(&e))
        }
    }
}

/// A date given on the command line: exactly `YYYY-MM-DD` in the documented
/// years, by the core's parser, the one the JSON input goes through (issue
/// 10, item 12: `2026-1-5` and `+002026-01-05` are refused here as there).
pub(crate) fn date_arg(s: &str) -> Result<NaiveDate, String> {
    use secu::model::civil_date;
    civil_date::parse(s).map_err(|e| input::say(&civil_date::error_text(s, e)))
}

/// The language asked for with `--lang` (the last one given), read before
/// clap so that the messages of a refused argument are in it too; without
/// `--lang`, the environment's locale ([`lang_of_env`]).
fn lang_of_args(args: &[std::ffi::OsString]) -> Lang {
    let mut lang = None;
    let mut it = args.iter().map(|a| a.to_string_lossy());
    while let Some(a) = it.next() {
        let value = match a.strip_prefix("--lang") {
            Some("") => it.next().map(|v| v.into_owned()),
            Some(rest) => rest.strip_prefix('=').map(str::to_owned),
            None => None,
        };
        if let Some(l) = value
            .as_deref()
            .and_then(Lang::from_tag)
            .filter(|l| l.is_available())
        {
            lang = Some(l);
        }
    }
    lang.unwrap_or_else(|| lang_of_env(|k| std::env::var_os(k)))
}

/// Contract §2: the default language is the environment's locale when it is
/// an available language, else English. The locale is the first of LC_ALL,
/// LC_MESSAGES and LANG that is set and not empty (POSIX order); its language
/// is the part before `.` or `@`, as a tag (`fr_FR.UTF-8`, `fr`, `fr_CA` → fr;
/// `pt_BR` → pt when Portuguese is available).
fn lang_of_env(var: impl Fn(&str) -> Option<std::ffi::OsString>) -> Lang {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(&var)
        .find(|v| !v.is_empty())
        .and_then(|l| Lang::from_locale(&l.to_string_lossy()))
        .filter(|l| l.is_available())
        .unwrap_or(Lang::En)
}

/// The language of a command: its `--lang`, else the run's default.
pub(crate) fn lang(arg: Option<LangArg>) -> Lang {
    if input::pseudo() {
        return Lang::Pseudo;
    }
    arg.map_or_else(input::lang, Lang::from)
}

/// Parses the command line; a refused value (a date, a number) is one line
/// `--FLAG: MESSAGE` in the chosen language, exit 2; clap's other errors
/// (unknown flags, help) are its own.
fn parse_cli() -> Result<Cli, Failure> {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    input::pseudo_from_env();
    input::set_lang(lang_of_args(&args));
    match Cli::try_parse_from(&args) {
        Ok(cli) => Ok(cli),
        Err(e) if e.kind() == clap::error::ErrorKind::ValueValidation => {
            use std::error::Error as _;
            let flag = match e.get(clap::error::ContextKind::InvalidArg) {
                Some(clap::error::ContextValue::String(s)) => {
                    s.split_whitespace().next().unwrap_or(s).to_owned()
                }
                _ => String::new(),
            };
            let why = e
                .source()
                .map_or_else(|| e.to_string(), ToString::to_string);
            Err(Failure::Invalid(vec![if flag.is_empty() {
                why
            } else {
                format!("{flag}: {why}")
            }]))
        }
        Err(e) if e.use_stderr() => Err(Failure::Invalid(usage_error(&e, &args))),
        // `--help`, `--version`: clap's own (English) texts, on stdout, exit 0.
        Err(e) => e.exit(),
    }
}

/// A usage error of clap (unknown argument, missing value, invalid value,
/// missing command…) in the run's language, naming the argument and the
/// value as clap does, then where the usage is (`secu … --help`; the help
/// itself stays clap's English, docs/l10n.md). Exit 2, as clap's.
fn usage_error(e: &clap::Error, args: &[std::ffi::OsString]) -> Vec<String> {
    use clap::error::{ContextKind as C, ContextValue as V, ErrorKind as K};
    let get = |k: C| match e.get(k) {
        Some(V::String(s)) => s.clone(),
        Some(V::Strings(v)) => v.join(", "),
        Some(V::StyledStr(s)) => s.to_string(),
        Some(V::StyledStrs(v)) => v
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", "),
        Some(V::Number(n)) => n.to_string(),
        Some(V::Bool(b)) => b.to_string(),
        _ => String::new(),
    };
    let lang = input::lang();
    let arg = get(C::InvalidArg);
    let value = get(C::InvalidValue);
    let mut lines = vec![match e.kind() {
        K::UnknownArgument => T::CliUsageUnknownArgument.format(lang, &[&arg]),
        K::InvalidSubcommand => {
            T::CliUsageUnknownCommand.format(lang, &[&get(C::InvalidSubcommand)])
        }
        K::InvalidValue if value.is_empty() => T::CliUsageMissingValue.format(lang, &[&arg]),
        K::InvalidValue => {
            let valid = get(C::ValidValue);
            if valid.is_empty() {
                T::CliUsageInvalidValue.format(lang, &[&value, &arg])
            } else {
                T::CliUsageInvalidChoice.format(lang, &[&value, &arg, &valid])
            }
        }
        K::MissingRequiredArgument => T::CliUsageMissingArgument.format(lang, &[&arg]),
        K::MissingSubcommand | K::DisplayHelpOnMissingArgumentOrSubcommand => {
            T::CliUsageMissingCommand.get(lang).to_owned()
        }
        K::ArgumentConflict => T::CliUsageConflict.format(lang, &[&arg, &get(C::PriorArg)]),
        K::TooManyValues | K::WrongNumberOfValues | K::TooFewValues => {
            T::CliUsageValueCount.format(lang, &[&arg])
        }
        _ => T::CliUsageInvalid.get(lang).to_owned(),
    }];
    let suggested = [C::SuggestedArg, C::SuggestedSubcommand, C::SuggestedValue]
        .into_iter()
        .map(get)
        .find(|s| !s.is_empty());
    if let Some(s) = suggested {
        lines.push(T::CliUsageSuggestion.format(lang, &[&s]));
    }
    // The command that failed (`secu case record`): the subcommands named
    // on the command line, in order.
    let mut cmd = <Cli as clap::CommandFactory>::command();
    let mut command = vec!["secu".to_owned()];
    for a in args.iter().skip(1).filter_map(|a| a.to_str()) {
        if let Some(sub) = cmd.find_subcommand(a).cloned() {
            command.push(a.to_owned());
            cmd = sub;
        }
    }
    command.push("--help".to_owned());
    let command = command.join(" ");
    lines.push(T::CliUsageHelp.format(lang, &[&command]));
    lines
}

fn main() -> ExitCode {
    let result = parse_cli().and_then(|cli| {
        input::set_limit(cli.max_input_bytes);
        run(cli)
    });
    match result {
        Ok(code) => code,
        Err(Failure::BrokenPipe) => ExitCode::SUCCESS,
        Err(Failure::Invalid(lines)) => {
            let mut err = io::stderr().lock();
            for l in lines {
                // Messages may quote input (an id, a parent, a file name):
                // control characters never reach the terminal raw.
                let _ = writeln!(err, "{}", report::sanitize(&l));
            }
            ExitCode::from(2)
        }
        Err(Failure::Other(msg)) => {
            let _ = writeln!(io::stderr().lock(), "secu: {}", report::sanitize(&msg));
            ExitCode::from(1)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode, Failure> {
    match cli.command {
        Command::Assess {
            file,
            common,
            json,
            detail,
            partial,
            audience,
        } => assess(&file, &common, json, detail.into(), partial, audience),
        Command::Nir {
            command: NirCommand::Check { number, json, lang },
        } => nir_check(&number, json, crate::lang(lang)),
        Command::Batch {
            input,
            output,
            format,
            detail,
            common,
            threads,
            max_line_bytes,
        } => {
            let policy = policy(&common.policies)?;
            // Issue 10, item 5: an explicit --threads is checked by the parser;
            // the default (the number of cores) is clamped to the same bound.
            let threads = threads.map_or_else(
                || {
                    std::thread::available_parallelism()
                        .map_or(2, usize::from)
                        .clamp(1, usize::from(batch::MAX_THREADS))
                },
                usize::from,
            );
            let config = batch::Config {
                as_of: common.as_of,
                today: today(),
                lang: crate::lang(common.lang),
                policy,
                format,
                detail: detail.into(),
                threads,
                max_line_bytes,
                progress: io::stderr().is_terminal(),
            };
            batch::run(&input, output.as_deref(), &config)
        }
        Command::Schema { which, detail } => {
            let schema = match (which, detail) {
                (SchemaKind::Household, _) => schemars::schema_for!(secu::Household),
                (SchemaKind::Assessment, DetailArg::Full) => {
                    schemars::schema_for!(secu::Assessment<'static>)
                }
                (SchemaKind::Assessment, DetailArg::Codes) => {
                    schemars::schema_for!(secu::codes::AssessmentCodes<'static>)
                }
            };
            let text =
                serde_json::to_string_pretty(&schema).map_err(|e| Failure::Other(e.to_string()))?;
            write_stdout(&text)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Case { command } => case::run(command),
        Command::Admin { command } => admin::run(command),
        Command::Interview {
            file,
            output,
            common,
            json,
        } => {
            let mut options = Options::default()
                .with_today(today())
                .with_lang(crate::lang(common.lang))
                .with_policy(policy(&common.policies)?)
                .with_partial(true);
            options.as_of = common.as_of;
            interview::run(&interview::Config {
                file,
                output,
                json,
                options,
                as_of: common.as_of,
            })
        }
        Command::Serve(args) => {
            secu_server::run(args).map_err(|e| {
                // Exit 2 for the command line's problems, 1 for the system's.
                let usage = secu_server::is_usage_error(&e);
                if usage {
                    Failure::Invalid(vec![e.to_string()])
                } else {
                    Failure::Other(e.to_string())
                }
            })?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Rules => {
            write_stdout(&secu::rules::catalogue_markdown())?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Today's local date: the last fallback for the evaluation date (Decision 14).
pub(crate) fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

pub(crate) fn policy(assignments: &[String]) -> Result<Policy, Failure> {
    let mut p = Policy::default();
    let mut errors = Vec::new();
    for a in assignments {
        // Issue 10, item 15: the message in the run's language.
        if let Err(e) = p.set(a) {
            errors.push(e.within("--policy").to_string_in(input::lang()));
        }
    }
    if errors.is_empty() {
        Ok(p)
    } else {
        Err(Failure::Invalid(errors))
    }
}

/// Writes `text` (and a final newline) to standard output; a write error
/// other than a closed pipe names "standard output" (issue 10, item 15).
pub(crate) fn write_stdout(text: &str) -> Result<(), Failure> {
    let write = || -> io::Result<()> {
        let mut out = io::stdout().lock();
        out.write_all(text.as_bytes())?;
        if !text.ends_with('\n') {
            out.write_all(b"\n")?;
        }
        out.flush()
    };
    write().map_err(|e| match e.kind() {
        io::ErrorKind::BrokenPipe => Failure::BrokenPipe,
        _ => input::io_failure(
            &input::say(&secu::error::ErrText::new(secu::text::T::ErrStandardOutput)),
            &e,
        ),
    })
}

/// Input problems, one `PATH: MESSAGE` line each, in the run's language.
pub(crate) fn invalid(errors: secu::InputErrors) -> Failure {
    Failure::Invalid(
        errors
            .in_lang(input::lang())
            .0
            .iter()
            .map(ToString::to_string)
            .collect(),
    )
}

fn assess(
    file: &std::path::Path,
    common: &Common,
    json: bool,
    detail: secu::Detail,
    partial: bool,
    audience: Option<AudienceArg>,
) -> Result<ExitCode, Failure> {
    let policy = policy(&common.policies)?;
    let input = input::read(file)?;
    // Decision 14 (the core's precedence): --as-of beats the file's as_of,
    // which beats today.
    let mut options = Options::default()
        .with_today(today())
        .with_lang(crate::lang(common.lang))
        .with_policy(policy)
        .with_partial(partial);
    options.as_of = common.as_of;
    if partial {
        let intake = secu::intake::Intake::parse(&input, &options).map_err(invalid)?;
        let assessment = intake.assess(&options).map_err(invalid)?;
        return print_assessment(&assessment, json, detail, true, audience);
    }
    let household = secu::parse_household(&input).map_err(|e| invalid_complete(e, &input))?;
    let assessment = secu::assess(&household, &options).map_err(invalid)?;
    print_assessment(&assessment, json, detail, false, audience)
}

/// [`invalid`], for a household assessed as complete: when problems are at a
/// `null` (a household saved by `secu interview` before the end holds them:
/// contract §5 gives `null` its meaning only in a partial household), a last
/// line names those fields and says to assess it with `--partial`.
fn invalid_complete(errors: secu::InputErrors, input: &[u8]) -> Failure {
    let text = input.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(input);
    let nulls: Vec<String> = serde_json::from_slice::<serde_json::Value>(text)
        .map(|tree| {
            errors
                .0
                .iter()
                .filter(|e| value_at(&tree, &e.path).is_some_and(serde_json::Value::is_null))
                .map(|e| e.path.clone())
                .collect()
        })
        .unwrap_or_default();
    let mut failure = invalid(errors);
    if let Failure::Invalid(lines) = &mut failure
        && !nulls.is_empty()
    {
        lines.push(input::say(
            &secu::error::ErrText::new(secu::text::T::HintNullPartial).arg(nulls.join(", ")),
        ));
    }
    failure
}

/// The value at an error's path (`members[1].activity.sector`) in a tree.
fn value_at<'v>(tree: &'v serde_json::Value, path: &str) -> Option<&'v serde_json::Value> {
    path.split('.').try_fold(tree, |v, part| {
        let (key, index) = match part.split_once('[') {
            Some((k, rest)) => (k, Some(rest.strip_suffix(']')?.parse::<usize>().ok()?)),
            None => (part, None),
        };
        let v = v.get(key)?;
        match index {
            Some(k) => v.get(k),
            None => Some(v),
        }
    })
}

fn print_assessment(
    assessment: &secu::Assessment<'_>,
    json: bool,
    detail: secu::Detail,
    partial: bool,
    audience: Option<AudienceArg>,
) -> Result<ExitCode, Failure> {
    let text = if json || detail == secu::Detail::Codes {
        serde_json::to_string_pretty(&secu::codes::AtDetail::new(assessment, detail))
            .map_err(|e| Failure::Other(e.to_string()))?
    } else {
        let color = io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
        let style = if color {
            Style::colored()
        } else {
            Style::plain()
        };
        let mut text = match audience {
            None => report::render(assessment, &style),
            Some(AudienceArg::Family) => {
                report::render_for(assessment, &style, report::Audience::Family)
            }
            Some(AudienceArg::Hr) => report::render_for(assessment, &style, report::Audience::Hr),
        };
        if partial {
            text.push_str(&secu::intake::render_pending(assessment));
        }
        text
    };
    write_stdout(&text)?;
    Ok(ExitCode::SUCCESS)
}

fn nir_check(number: &str, json: bool, lang: Lang) -> Result<ExitCode, Failure> {
    let verdict = secu::id::nir::check(number);
    let text = if json {
        serde_json::to_string_pretty(&verdict).map_err(|e| Failure::Other(e.to_string()))?
    } else {
        report::render_nir_check(&verdict, lang)
    };
    write_stdout(&text)?;
    Ok(if verdict.valid {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    })
}
