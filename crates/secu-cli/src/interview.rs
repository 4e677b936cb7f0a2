//! `secu interview` (contract §5, issue 13): the questions of a partial
//! household asked one at a time, the household saved after every answer.
//!
//! Only the core decides: the questions, their order, texts, help and
//! choices are the partial assessment's (`secu::intake`); an answer is
//! checked by applying it to the household JSON tree and decoding the tree
//! again (the core's messages); the results shown as "settled" are the
//! fields that left a member's `provisional` list. This module only asks,
//! applies, saves and prints.
//!
//! - Interactive (standard input is a terminal): one prompt per question
//!   (`inquire`); `-` answers "none / does not apply" (`null`), `?` skips
//!   the question for this session (it stays unknown in the file and is
//!   asked again on resume), `<` undoes the previous answer or skip; Esc or
//!   Ctrl-C stops, the file being saved already.
//! - Scripted (standard input is not a terminal): one `PATH=VALUE` per line,
//!   all or nothing: the lines are applied in order to a copy, the copy is
//!   decoded once, and any problem (a line that is not `PATH=VALUE`, a path
//!   that is not a fact, a member that does not exist, a value the core
//!   refuses) is reported with its line number, exit 2, nothing written.
//!
//! Saving: the whole household, to a temporary file in the same folder then
//! renamed over the target (`storage::write_atomic`): a new file is readable
//! by its owner only, an existing one keeps its mode. The target is `-o`,
//! by default the household file given (the saved file *is* the interview:
//! `secu interview FILE` again resumes it). A new household (no file) needs
//! `-o`, which must not exist yet: an interview never replaces a file it
//! did not start from.

use std::collections::BTreeSet;
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use secu::report;
use secu::text::T;
use secu::{Lang, Options};
use serde_json::{Map, Value};

use crate::{Failure, input};

/// What `secu interview` was asked.
pub(crate) struct Config {
    /// The household to start from (or resume), if any.
    pub file: Option<PathBuf>,
    /// Where the household is saved; default: `file`.
    pub output: Option<PathBuf>,
    /// Scripted mode: print the remaining questions as JSON.
    pub json: bool,
    /// Evaluation options (language, `--as-of`, policies, today).
    pub options: Options,
    /// `--as-of` as given (written into a new household).
    pub as_of: Option<chrono::NaiveDate>,
}

/// The text `key` in the run's language with its variables, in order.
fn say(key: T, args: &[String]) -> String {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    key.format(input::lang(), &args)
}

fn text(key: T) -> &'static str {
    key.get(input::lang())
}

/// Runs the interview.
pub(crate) fn run(cfg: &Config) -> Result<ExitCode, Failure> {
    let interactive = io::stdin().is_terminal();
    let (tree, output) = match (&cfg.file, &cfg.output) {
        (Some(f), out) => (
            read_tree(f, &cfg.options)?,
            out.clone().unwrap_or(f.clone()),
        ),
        (None, _) if !interactive => {
            return Err(Failure::Invalid(vec![text(T::CliIvNeedsFile).into()]));
        }
        (None, None) => return Err(Failure::Invalid(vec![text(T::CliIvNeedsOutput).into()])),
        (None, Some(out)) => {
            if out.exists() {
                let name = out.display().to_string();
                return Err(Failure::Invalid(vec![say(T::CliIvOutputExists, &[name])]));
            }
            let mut tree = Map::new();
            tree.insert("format".into(), secu::model::HOUSEHOLD_FORMAT.into());
            if let Some(d) = cfg.as_of {
                tree.insert("as_of".into(), d.to_string().into());
            }
            tree.insert("members".into(), Value::Array(Vec::new()));
            (Value::Object(tree), out.clone())
        }
    };
    if interactive {
        // inquire marks a question stopped with Esc with its own English
        // "<canceled>": the mark in the run's language instead.
        let mut render = inquire::ui::RenderConfig::default();
        render.canceled_prompt_indicator.content = text(T::CliIvCanceled);
        inquire::set_global_render_config(render);
        Interactive::new(cfg, tree, output).run()
    } else {
        scripted(cfg, tree, &output)
    }
}

/// Reads and decodes (partially) the starting household: its problems are
/// the contract's, exit 2.
fn read_tree(path: &Path, options: &Options) -> Result<Value, Failure> {
    let bytes = input::read_file(path)?;
    let tree: Value = serde_json::from_slice(&bytes).map_err(|_| {
        secu::parse_household(&bytes)
            .err()
            .map_or_else(|| Failure::Other("invalid JSON".into()), crate::invalid)
    })?;
    secu::intake::Intake::decode(&tree, options).map_err(crate::invalid)?;
    Ok(tree)
}

/// The partial assessment of `tree`, as JSON (owned), with the human text
/// of what remains.
///
/// Only the members and the questions are kept, each serialized on its own:
/// neither carries the assessment's `lang` code, so the evaluation works in
/// every display language, the tests' pseudo-locale included (which has no
/// JSON code and is refused by the whole assessment's JSON, as by
/// `assess --json`); the texts in them are in the reader's language.
struct Eval {
    members: Vec<Value>,
    questions: Vec<Value>,
    pending: String,
    /// The `questions` array in the contract's field order.
    questions_json: String,
}

impl Eval {
    fn questions(&self) -> &[Value] {
        &self.questions
    }
}

fn evaluate(tree: &Value, options: &Options) -> Result<Eval, secu::InputErrors> {
    let intake = secu::intake::Intake::decode(tree, options)?;
    let a = intake.assess(options)?;
    let as_values = |v: Value| match v {
        Value::Array(a) => a,
        _ => Vec::new(),
    };
    Ok(Eval {
        members: as_values(serde_json::to_value(&a.members).unwrap_or(Value::Null)),
        questions: as_values(serde_json::to_value(&a.questions).unwrap_or(Value::Null)),
        pending: secu::intake::render_pending(&a),
        questions_json: serde_json::to_string_pretty(&a.questions).unwrap_or_default(),
    })
}

/// The full report of a household that is complete.
fn final_report(tree: &Value, options: &Options) -> Option<String> {
    let intake = secu::intake::Intake::decode(tree, options).ok()?;
    let a = intake.assess(options).ok()?;
    Some(report::render(&a, &report::Style::plain()))
}

fn messages(e: secu::InputErrors) -> Vec<String> {
    e.in_lang(input::lang())
        .0
        .iter()
        .map(ToString::to_string)
        .collect()
}

// ---- Paths and values ------------------------------------------------------

/// A place an answer goes: `as_of`, or a member's field (dotted).
#[derive(Clone, Debug, PartialEq, Eq)]
enum Target {
    AsOf,
    Member(usize, String),
}

/// The member fields an answer may set: every fact's path, the objects
/// above them (`null` on an object answers all its fields), and `label`.
fn known_field(field: &str) -> bool {
    field == "label"
        || secu::rules::Fact::ALL.iter().any(|f| {
            let p = f.path();
            !matches!(f, secu::rules::Fact::AsOf | secu::rules::Fact::Relationship)
                && (p == field || p.starts_with(&format!("{field}.")))
        })
}

/// Fields whose values are strings even when they look like numbers
/// (`residence.postcode=92400`).
fn string_field(field: &str) -> bool {
    matches!(
        field,
        "label"
            | "nir"
            | "residence.postcode"
            | "activity.employer.siren"
            | "activity.employer.payroll_id"
    )
}

fn parse_target(path: &str) -> Option<Target> {
    if path == "as_of" {
        return Some(Target::AsOf);
    }
    let rest = path.strip_prefix("members[")?;
    let (n, field) = rest.split_once("].")?;
    let n: usize = n.parse().ok()?;
    known_field(field).then(|| Target::Member(n, field.to_owned()))
}

/// The JSON value of a typed answer: JSON when it parses (`null`, `true`,
/// `"x"`, `["a","b"]`), else the bare string; a number for a string field
/// stays the string typed.
fn parse_value(field: &str, raw: &str) -> Value {
    let raw = raw.trim();
    match serde_json::from_str::<Value>(raw) {
        Ok(Value::Number(_)) if string_field(field) => Value::String(raw.to_owned()),
        Ok(v) => v,
        Err(_) => Value::String(raw.to_owned()),
    }
}

/// Sets `value` at `target` in the household tree (objects created on the
/// way; an object answered `null` before becomes an object again). Returns
/// false when the member does not exist.
fn apply(tree: &mut Value, target: &Target, value: Value) -> bool {
    let Some(root) = tree.as_object_mut() else {
        return false;
    };
    match target {
        Target::AsOf => {
            root.insert("as_of".into(), value);
            true
        }
        Target::Member(i, field) => {
            let Some(Value::Object(m)) = root
                .get_mut("members")
                .and_then(Value::as_array_mut)
                .and_then(|a| a.get_mut(*i))
            else {
                return false;
            };
            let mut cur = m;
            let mut keys = field.split('.').peekable();
            while let Some(k) = keys.next() {
                if keys.peek().is_none() {
                    cur.insert(k.to_owned(), value);
                    return true;
                }
                let e = cur
                    .entry(k.to_owned())
                    .or_insert_with(|| Value::Object(Map::new()));
                if !e.is_object() {
                    *e = Value::Object(Map::new());
                }
                let Value::Object(o) = e else { return false };
                cur = o;
            }
            false
        }
    }
}

fn member_count(tree: &Value) -> usize {
    tree["members"].as_array().map_or(0, Vec::len)
}

// ---- Saving ----------------------------------------------------------------

/// The order keys are written in (the contract's), others after, sorted.
/// Kept as a list rather than derived from `secu::rules::Fact::ALL`, whose
/// order puts `union_country` after `autonomy_requested`: derived, every
/// saved file with a partner would change. A test holds every segment of
/// every fact's path here, so a new fact cannot be forgotten.
const KEY_ORDER: &[&str] = &[
    "format",
    "as_of",
    "members",
    "id",
    "label",
    "relationship",
    "birth_date",
    "sex",
    "nationality",
    "birth_country",
    "nir",
    "nir_status",
    "nia_issued_on",
    "previously_insured_in_france",
    "union_country",
    "activity",
    "kind",
    "start_date",
    "sector",
    "employer",
    "siren",
    "payroll_id",
    "posting",
    "from_country",
    "certificate",
    "end_date",
    "residence",
    "arrival_date",
    "permit",
    "permit_valid_from",
    "permit_valid_until",
    "postcode",
    "in_education",
    "autonomy_requested",
    "parents",
];

/// Pretty JSON with the keys in the contract's order (serde_json's map
/// sorts them alphabetically, which puts `id` after `birth_date`).
fn to_json(v: &Value, indent: usize, out: &mut String) {
    let pad = |n: usize, out: &mut String| out.extend(std::iter::repeat_n(' ', n));
    match v {
        Value::Object(o) if !o.is_empty() => {
            let mut keys: Vec<&String> = o.keys().collect();
            keys.sort_by_key(|k| {
                (
                    KEY_ORDER.iter().position(|x| x == k).unwrap_or(usize::MAX),
                    *k,
                )
            });
            out.push_str("{\n");
            for (n, k) in keys.iter().enumerate() {
                pad(indent + 2, out);
                out.push_str(&Value::String((*k).clone()).to_string());
                out.push_str(": ");
                to_json(&o[*k], indent + 2, out);
                out.push_str(if n + 1 < keys.len() { ",\n" } else { "\n" });
            }
            pad(indent, out);
            out.push('}');
        }
        Value::Array(a) if a.iter().any(|x| x.is_object() || x.is_array()) => {
            out.push_str("[\n");
            for (n, x) in a.iter().enumerate() {
                pad(indent + 2, out);
                to_json(x, indent + 2, out);
                out.push_str(if n + 1 < a.len() { ",\n" } else { "\n" });
            }
            pad(indent, out);
            out.push(']');
        }
        other => out.push_str(&other.to_string()),
    }
}

/// Writes the household atomically: a new file owner-only, an existing one
/// keeps its mode.
fn save(tree: &Value, path: &Path) -> Result<(), Failure> {
    let mut text = String::new();
    to_json(tree, 0, &mut text);
    text.push('\n');
    let name = path.display().to_string();
    let fail = |e: &io::Error| input::io_failure(&name, e);
    let target = crate::storage::resolve(path).map_err(|e| fail(&e))?;
    let mode = std::fs::metadata(&target).ok().map(|m| m.permissions());
    crate::storage::write_atomic(&target, text.as_bytes()).map_err(|e| fail(&e))?;
    if let Some(mode) = mode {
        std::fs::set_permissions(&target, mode).map_err(|e| fail(&e))?;
    }
    Ok(())
}

// ---- Scripted mode -----------------------------------------------------------

fn scripted(cfg: &Config, mut tree: Value, output: &Path) -> Result<ExitCode, Failure> {
    let stdin = input::read_from(
        io::stdin().lock(),
        &input::name(Path::new("-")),
        input::limit(),
    )?;
    let text = String::from_utf8_lossy(&stdin);
    // (line number, message), reported in line order.
    let mut problems: Vec<(usize, String)> = Vec::new();
    // (line number, target) of each answer applied, for the core's problems.
    let mut applied: Vec<(usize, String, Target)> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let n = n + 1;
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((path, raw)) = line.split_once('=') else {
            problems.push((n, say(T::CliIvNotAnAnswer, &[n.to_string()])));
            continue;
        };
        let path = path.trim();
        let Some(target) = parse_target(path) else {
            problems.push((
                n,
                say(T::CliIvUnknownPath, &[n.to_string(), path.to_owned()]),
            ));
            continue;
        };
        let field = match &target {
            Target::AsOf => "as_of",
            Target::Member(_, f) => f.as_str(),
        };
        let value = parse_value(field, raw);
        if !apply(&mut tree, &target, value) {
            let last = member_count(&tree).saturating_sub(1).to_string();
            problems.push((
                n,
                say(T::CliIvNoMember, &[n.to_string(), path.to_owned()])
                    + &say(T::CliIvMemberRange, &[last]),
            ));
            continue;
        }
        applied.push((n, path.to_owned(), target));
    }
    // The lines that could be applied are checked by the core too, so that
    // every problem is reported at once.
    {
        match evaluate(&tree, &cfg.options) {
            Ok(eval) if problems.is_empty() => {
                save(&tree, output)?;
                let text = if cfg.json {
                    eval.questions_json
                } else {
                    eval.pending
                };
                crate::write_stdout(&text)?;
                return Ok(ExitCode::SUCCESS);
            }
            Ok(_) => {}
            Err(errors) => {
                for e in errors.in_lang(input::lang()).0 {
                    // The line that set the path (or the object above it,
                    // or a field under it); else the last line.
                    let line = applied
                        .iter()
                        .rev()
                        .find(|(_, p, _)| {
                            e.path == *p
                                || e.path.starts_with(&format!("{p}."))
                                || p.starts_with(&format!("{}.", e.path))
                        })
                        .or(applied.last())
                        .map(|(n, _, _)| *n);
                    problems.push(match line {
                        Some(n) => (n, say(T::CliIvLine, &[n.to_string(), e.to_string()])),
                        None => (usize::MAX, e.to_string()),
                    });
                }
            }
        }
    }
    problems.sort_by_key(|(n, _)| *n);
    let mut lines: Vec<String> = problems.into_iter().map(|(_, m)| m).collect();
    lines.push(text_of(T::CliIvNothingWritten));
    Err(Failure::Invalid(lines))
}

fn text_of(key: T) -> String {
    text(key).to_owned()
}

// ---- Interactive mode ----------------------------------------------------------

/// One answer to a prompt.
enum Answer {
    Value(Value),
    Skip,
    Back,
    Stop,
}

/// An entry of a choice list.
#[derive(Clone)]
enum Choice {
    Value(Value, String),
    None,
    Skip,
    Back,
}

impl std::fmt::Display for Choice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Choice::Value(_, label) => f.write_str(label),
            Choice::None => f.write_str(text(T::CliIvNone)),
            Choice::Skip => f.write_str(text(T::CliIvSkip)),
            Choice::Back => f.write_str(text(T::CliIvBack)),
        }
    }
}

/// A state to go back to: the tree and the questions skipped.
struct Undo {
    tree: Value,
    skipped: BTreeSet<String>,
    what: String,
}

struct Interactive<'c> {
    cfg: &'c Config,
    tree: Value,
    output: PathBuf,
    history: Vec<Undo>,
    skipped: BTreeSet<String>,
    /// The household and evaluation of the last answer the validator
    /// accepted (not evaluated twice).
    cache: std::cell::RefCell<Option<(Value, Eval)>>,
}

fn prompt_error(e: inquire::InquireError) -> Result<Answer, Failure> {
    use inquire::InquireError as E;
    match e {
        E::OperationCanceled | E::OperationInterrupted => Ok(Answer::Stop),
        E::IO(e) => Err(Failure::from(e)),
        other => Err(Failure::Other(other.to_string())),
    }
}

/// Completion of country questions: codes and names of the core's table
/// (names in the run's language), matched on the start of the code or
/// anywhere in the name.
#[derive(Clone)]
struct Countries;

impl Countries {
    fn entry(c: secu::Country) -> String {
        format!("{} — {}", c.code(), c.name(input::lang()))
    }
}

impl inquire::Autocomplete for Countries {
    fn get_suggestions(&mut self, typed: &str) -> Result<Vec<String>, inquire::CustomUserError> {
        let t = typed.trim().to_lowercase();
        if t.is_empty() {
            return Ok(Vec::new());
        }
        Ok(secu::Country::all()
            .filter(|c| {
                c.code().to_lowercase().starts_with(&t)
                    || c.name(input::lang()).to_lowercase().contains(&t)
            })
            .take(8)
            .map(Countries::entry)
            .collect())
    }

    fn get_completion(
        &mut self,
        typed: &str,
        highlighted: Option<String>,
    ) -> Result<inquire::autocompletion::Replacement, inquire::CustomUserError> {
        Ok(highlighted.or_else(|| {
            let s = self.get_suggestions(typed).ok()?;
            (s.len() == 1).then(|| s[0].clone())
        }))
    }
}

/// The value of a typed answer for a question of type `kind`: a country
/// entry `IN — India` gives `IN`, a country name its code; parents are
/// comma-separated ids; a number is JSON; everything else a string.
fn typed_value(kind: &str, field: &str, typed: &str) -> Value {
    let t = typed.trim();
    match kind {
        "country" => {
            let code = t.split(" — ").next().unwrap_or(t).trim();
            let by_name = secu::Country::all().find(|c| {
                [Lang::En, Lang::Fr]
                    .iter()
                    .any(|l| c.name(*l).eq_ignore_ascii_case(code))
            });
            // A code typed in lower case is that code (`de`); anything else
            // goes to the core as typed, whose message suggests a code.
            let by_code = secu::Country::from_code(&code.to_ascii_uppercase());
            Value::String(by_name.or(by_code).map_or(code, |c| c.code()).to_owned())
        }
        "array" => Value::Array(
            t.split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(|s| Value::String(s.to_owned()))
                .collect(),
        ),
        "number" => parse_value(field, t),
        _ => Value::String(t.to_owned()),
    }
}

/// A short rendering of a member output field for "settled" lines.
fn short(v: &Value) -> String {
    match v {
        Value::Null => "—".into(),
        Value::String(s) => s.clone(),
        Value::Bool(b) => text(if *b { T::CliIvYes } else { T::CliIvNo }).into(),
        Value::Number(n) => n.to_string(),
        Value::Array(a) if a.is_empty() => "—".into(),
        Value::Array(a) => a.iter().map(short).collect::<Vec<_>>().join(", "),
        Value::Object(o) => {
            let head = ["name", "kind", "step", "code", "dsn_identifier", "rule"]
                .iter()
                .find_map(|k| o.get(*k).and_then(Value::as_str));
            match (head, o.get("date").and_then(Value::as_str)) {
                (Some(h), Some(d)) => format!("{h} {d}"),
                (Some(h), None) => h.to_owned(),
                _ => Value::Object(o.clone()).to_string(),
            }
        }
    }
}

impl<'c> Interactive<'c> {
    fn new(cfg: &'c Config, tree: Value, output: PathBuf) -> Self {
        Interactive {
            cfg,
            tree,
            output,
            history: Vec::new(),
            skipped: BTreeSet::new(),
            cache: std::cell::RefCell::new(None),
        }
    }

    fn out(&self, line: &str) {
        let mut err = io::stderr().lock();
        let _ = writeln!(err, "{}", report::sanitize(line));
    }

    fn stopped(&self) -> Result<ExitCode, Failure> {
        // Stopped before the first member of a new household: nothing to
        // save, no file created.
        if member_count(&self.tree) > 0 {
            self.out(&say(T::CliIvStopped, &[self.output.display().to_string()]));
        }
        Ok(ExitCode::SUCCESS)
    }

    /// Asks for the members of a new household: ids and relationships,
    /// each checked by the core.
    fn ask_members(&mut self) -> Result<bool, Failure> {
        self.out(text(T::CliIvNewHousehold));
        loop {
            let n = member_count(&self.tree);
            let tree = self.tree.clone();
            let options = self.cfg.options.clone();
            let id = inquire::Text::new(text(T::CliIvMemberId))
                .with_validator(move |s: &str| {
                    let mut t = tree.clone();
                    member_with(&mut t, s.trim(), if n == 0 { "primary" } else { "child" });
                    Ok(match evaluate(&t, &options) {
                        Ok(_) => inquire::validator::Validation::Valid,
                        Err(e) => {
                            inquire::validator::Validation::Invalid(messages(e).join("\n").into())
                        }
                    })
                })
                .prompt();
            let id = match id {
                Ok(id) => id.trim().to_owned(),
                Err(e) => {
                    prompt_error(e)?;
                    return Ok(false);
                }
            };
            let relationship = if n == 0 {
                "primary".to_owned()
            } else {
                let choices: Vec<Choice> =
                    <secu::model::Relationship as strum::VariantNames>::VARIANTS
                        .iter()
                        .copied()
                        .filter(|r| *r != "primary")
                        .map(|r| {
                            let label = secu::form::choice_text("relationship", r)
                                .map_or_else(|| r.to_owned(), |t| format!("{} ({r})", text(t)));
                            Choice::Value(Value::String(r.to_owned()), label)
                        })
                        .collect();
                match inquire::Select::new(text(T::CliIvRelationship), choices)
                    .with_help_message(text(T::CliIvHelpSelect))
                    .prompt()
                {
                    Ok(Choice::Value(Value::String(r), _)) => r,
                    // Only values are offered.
                    Ok(_) => return Ok(false),
                    Err(e) => {
                        prompt_error(e)?;
                        return Ok(false);
                    }
                }
            };
            member_with(&mut self.tree, &id, &relationship);
            save(&self.tree, &self.output)?;
            let more = inquire::Select::new(
                text(T::CliIvAddMember),
                vec![text(T::CliIvNo), text(T::CliIvYes)],
            )
            .with_help_message(text(T::CliIvHelpSelect))
            .prompt();
            match more {
                Ok(a) if a == text(T::CliIvYes) => {}
                Ok(_) => return Ok(true),
                Err(e) => {
                    prompt_error(e)?;
                    return Ok(false);
                }
            }
        }
    }

    fn run(mut self) -> Result<ExitCode, Failure> {
        if member_count(&self.tree) == 0 && !self.ask_members()? {
            return self.stopped();
        }
        let mut current = evaluate(&self.tree, &self.cfg.options).map_err(crate::invalid)?;
        let mut asked = 0usize;
        loop {
            let remaining: Vec<&Value> = current
                .questions()
                .iter()
                .filter(|q| {
                    !self
                        .skipped
                        .contains(q["path"].as_str().unwrap_or_default())
                })
                .collect();
            let Some(q) = remaining.first().map(|q| (*q).clone()) else {
                break;
            };
            asked += 1;
            self.out("");
            self.out(&say(
                T::CliIvProgress,
                &[asked.to_string(), remaining.len().to_string()],
            ));
            let path = q["path"].as_str().unwrap_or_default().to_owned();
            match self.ask(&q, &current)? {
                (Answer::Stop, _) => return self.stopped(),
                (Answer::Skip, _) => {
                    self.history.push(Undo {
                        tree: self.tree.clone(),
                        skipped: self.skipped.clone(),
                        what: path.clone(),
                    });
                    self.skipped.insert(path);
                }
                (Answer::Back, _) => match self.history.pop() {
                    None => {
                        asked -= 1;
                        self.out(text(T::CliIvNothingToUndo));
                    }
                    Some(u) => {
                        asked = asked.saturating_sub(2);
                        self.out(&say(T::CliIvUndone, &[u.what]));
                        self.tree = u.tree;
                        self.skipped = u.skipped;
                        save(&self.tree, &self.output)?;
                        current =
                            evaluate(&self.tree, &self.cfg.options).map_err(crate::invalid)?;
                    }
                },
                (Answer::Value(_), Some((tree, eval))) => {
                    self.history.push(Undo {
                        tree: std::mem::replace(&mut self.tree, tree),
                        skipped: self.skipped.clone(),
                        what: path,
                    });
                    save(&self.tree, &self.output)?;
                    self.show_settled(&current, &eval);
                    self.out(&say(T::CliIvSaved, &[self.output.display().to_string()]));
                    current = eval;
                }
                (Answer::Value(_), None) => {}
            }
        }
        if current.questions().is_empty() {
            self.out("");
            self.out(text(T::CliIvComplete));
            if let Some(r) = final_report(&self.tree, &self.cfg.options) {
                crate::write_stdout(&r)?;
            }
        } else {
            self.out("");
            self.out(&current.pending);
            self.out(&say(
                T::CliIvSkippedLeft,
                &[
                    self.skipped.len().to_string(),
                    self.output.display().to_string(),
                ],
            ));
        }
        Ok(ExitCode::SUCCESS)
    }

    /// Prints, per member, the fields that were provisional and are not any
    /// more, with their values.
    fn show_settled(&self, before: &Eval, after: &Eval) {
        for (i, m) in after.members.iter().enumerate() {
            let prov = |e: &Eval| -> BTreeSet<String> {
                e.members.get(i).unwrap_or(&Value::Null)["provisional"]
                    .as_array()
                    .map(|a| {
                        a.iter()
                            .filter_map(|v| v.as_str().map(str::to_owned))
                            .collect()
                    })
                    .unwrap_or_default()
            };
            let (was, now) = (prov(before), prov(after));
            let settled: Vec<String> = was
                .difference(&now)
                .filter(|f| *f != "explanation")
                .map(|f| format!("{f}: {}", short(&m[f.as_str()])))
                .collect();
            if !settled.is_empty() {
                self.out(&format!(
                    "  ✓ {} — {} {}",
                    m["id"].as_str().unwrap_or_default(),
                    text(T::CliIvSettled),
                    settled.join(" · ")
                ));
            }
        }
    }

    /// Asks one question until the answer is one the core accepts; returns
    /// the answer and, for a value, the new tree and its evaluation.
    fn ask(&self, q: &Value, _current: &Eval) -> Result<(Answer, Option<(Value, Eval)>), Failure> {
        let path = q["path"].as_str().unwrap_or_default();
        let Some(target) = parse_target(path) else {
            return Err(Failure::Other(format!("{path}: not a fact")));
        };
        let field = q["field"].as_str().unwrap_or_default().to_owned();
        let kind = q["type"].as_str().unwrap_or_default().to_owned();
        let member = q["member"].as_str().unwrap_or_default();
        // An id comes from the file: no control character reaches the terminal.
        let message = report::sanitize(&format!(
            "{member} · {}",
            q["text"].as_str().unwrap_or_default()
        ))
        .into_owned();
        let help = q["help"].as_str().unwrap_or_default();
        self.out(&format!("[{path}] ({kind})"));
        self.out(help);
        loop {
            let answer = match kind.as_str() {
                "enum" | "bool" => self.select(q, &message)?,
                _ => self.text(&kind, &field, &target, &message)?,
            };
            let Answer::Value(v) = answer else {
                return Ok((answer, None));
            };
            let mut tree = self.tree.clone();
            apply(&mut tree, &target, v.clone());
            let cached = self.cache.borrow_mut().take();
            let result = match cached {
                Some((t, eval)) if t == tree => Ok(eval),
                _ => evaluate(&tree, &self.cfg.options),
            };
            match result {
                Ok(eval) => return Ok((Answer::Value(v), Some((tree, eval)))),
                Err(e) => {
                    for m in messages(e) {
                        self.out(&format!("  ✗ {m}"));
                    }
                }
            }
        }
    }

    fn select(&self, q: &Value, message: &str) -> Result<Answer, Failure> {
        let mut choices: Vec<Choice> = match q["choices"].as_array() {
            Some(c) => c
                .iter()
                .filter_map(Value::as_str)
                // The choice in words, its code after it (what a file or a
                // `PATH=VALUE` line takes).
                .map(|c| {
                    let label = secu::form::choice_text(q["field"].as_str().unwrap_or_default(), c)
                        .map_or_else(|| c.to_owned(), |t| format!("{} ({c})", text(t)));
                    Choice::Value(Value::String(c.to_owned()), label)
                })
                .collect(),
            None => vec![
                Choice::Value(Value::Bool(true), text(T::CliIvYes).into()),
                Choice::Value(Value::Bool(false), text(T::CliIvNo).into()),
            ],
        };
        choices.extend([Choice::None, Choice::Skip, Choice::Back]);
        match inquire::Select::new(message, choices)
            .with_page_size(12)
            .with_help_message(text(T::CliIvHelpSelect))
            .prompt()
        {
            Ok(Choice::Value(v, _)) => Ok(Answer::Value(v)),
            Ok(Choice::None) => Ok(Answer::Value(Value::Null)),
            Ok(Choice::Skip) => Ok(Answer::Skip),
            Ok(Choice::Back) => Ok(Answer::Back),
            Err(e) => prompt_error(e),
        }
    }

    fn text(
        &self,
        kind: &str,
        field: &str,
        target: &Target,
        message: &str,
    ) -> Result<Answer, Failure> {
        // The core checks the answer: applied to a copy of the household,
        // decoded; its messages are shown under the prompt.
        let cache = &self.cache;
        let validator = |s: &str| {
            let s = s.trim();
            if matches!(s, "-" | "?" | "<") {
                return Ok(inquire::validator::Validation::Valid);
            }
            let mut tree = self.tree.clone();
            apply(&mut tree, target, typed_value(kind, field, s));
            Ok(match evaluate(&tree, &self.cfg.options) {
                Ok(eval) => {
                    *cache.borrow_mut() = Some((tree, eval));
                    inquire::validator::Validation::Valid
                }
                Err(e) => inquire::validator::Validation::Invalid(messages(e).join("\n").into()),
            })
        };
        let hint = match kind {
            "country" => format!("{} · {}", text(T::CliIvHelpCountry), text(T::CliIvHelpText)),
            "date" => format!("{} · {}", text(T::CliIvHelpDate), text(T::CliIvHelpText)),
            "array" => format!("{} · {}", text(T::CliIvHelpParents), text(T::CliIvHelpText)),
            _ => text(T::CliIvHelpText).to_owned(),
        };
        let mut prompt = inquire::Text::new(message)
            .with_help_message(&hint)
            .with_validator(validator);
        if kind == "country" {
            prompt = prompt.with_autocomplete(Countries);
        }
        match prompt.prompt() {
            Ok(s) => Ok(match s.trim() {
                "-" => Answer::Value(Value::Null),
                "?" => Answer::Skip,
                "<" => Answer::Back,
                s => Answer::Value(typed_value(kind, field, s)),
            }),
            Err(e) => prompt_error(e),
        }
    }
}

/// Appends a member `{id, relationship}` to the tree.
fn member_with(tree: &mut Value, id: &str, relationship: &str) {
    if let Some(a) = tree.get_mut("members").and_then(Value::as_array_mut) {
        let mut m = Map::new();
        m.insert("id".into(), id.into());
        m.insert("relationship".into(), relationship.into());
        a.push(Value::Object(m));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every key of every fact's path (`activity`, `employer`, `siren`…) has
    /// its place in `KEY_ORDER`: a fact added to the rules is saved in the
    /// contract's order, not after the others.
    #[test]
    fn key_order_holds_every_fact() {
        for f in secu::rules::Fact::ALL {
            for key in f.path().split('.') {
                assert!(KEY_ORDER.contains(&key), "{key} ({f:?}) missing");
            }
        }
    }

    #[test]
    fn paths_are_facts_or_objects_above_them() {
        assert_eq!(
            parse_target("members[2].activity.kind"),
            Some(Target::Member(2, "activity.kind".into()))
        );
        assert_eq!(
            parse_target("members[0].activity.employer"),
            Some(Target::Member(0, "activity.employer".into()))
        );
        assert_eq!(parse_target("as_of"), Some(Target::AsOf));
        for bad in [
            "members[0].activity.kinds",
            "members[x].sex",
            "members[0]sex",
            "members[0].relationship",
            "birth_date",
            "members[0].",
        ] {
            assert_eq!(parse_target(bad), None, "{bad}");
        }
    }

    #[test]
    fn values_are_json_or_bare_strings() {
        assert_eq!(parse_value("sex", "female"), Value::String("female".into()));
        assert_eq!(parse_value("sex", "null"), Value::Null);
        assert_eq!(parse_value("in_education", "true"), Value::Bool(true));
        assert_eq!(
            parse_value("residence.postcode", "92400"),
            Value::String("92400".into())
        );
        assert_eq!(
            parse_value("parents", r#"["a","b"]"#),
            serde_json::json!(["a", "b"])
        );
        assert_eq!(
            typed_value("country", "nationality", "IN — India"),
            Value::String("IN".into())
        );
        assert_eq!(
            typed_value("country", "nationality", "germany"),
            Value::String("DE".into())
        );
        assert_eq!(
            typed_value("country", "nationality", "ca-qc"),
            Value::String("CA-QC".into())
        );
        assert_eq!(
            typed_value("country", "nationality", "DEU"),
            Value::String("DEU".into())
        );
        assert_eq!(
            typed_value("array", "parents", "a, b"),
            serde_json::json!(["a", "b"])
        );
    }

    #[test]
    fn saved_json_keeps_the_contract_order_and_round_trips() {
        let v: Value = serde_json::from_str(
            r#"{"members":[{"relationship":"primary","id":"a","activity":{"start_date":"2026-01-01","kind":"employed"},"parents":["x","y"]}],"as_of":"2026-11-27","format":"secu.household.v1"}"#,
        )
        .expect("json");
        let mut s = String::new();
        to_json(&v, 0, &mut s);
        let back: Value = serde_json::from_str(&s).expect("round trip");
        assert_eq!(back, v);
        let pos = |k: &str| s.find(k).expect(k);
        assert!(pos("\"format\"") < pos("\"as_of\"") && pos("\"as_of\"") < pos("\"members\""));
        assert!(pos("\"id\"") < pos("\"relationship\"") && pos("\"kind\"") < pos("\"start_date\""));
    }
}
