//! The compact renderer: the WebAssembly modules' engine, in place of
//! `fluent-bundle` (too big for their size budget, docs/l10n.md).
//!
//! A language's messages come as a *compiled table* (`web/l10n/<tag>.msg`,
//! written by [`compile`] from the Fluent resource, which stays the source of
//! truth): the subset of Fluent our resources use (text, variables, selectors
//! on a variable with identifier or number keys, `DATE($v)`,
//! `COUNTRY($v, form: "…")`) in a small text encoding that [`Table::parse`]
//! reads back into a tree. [`compile`] refuses everything outside that subset,
//! naming the message, so a translator cannot silently break the modules.
//! Rendering follows `fluent-bundle` exactly (first matching variant, exact
//! numbers then the plural category, `{$name}` for a missing variable, the
//! function's name for a failed call); a test renders every message of every
//! language through both engines.
//!
//! The encoding (one file per language, UTF-8): the line `secu-l10n 1`, then
//! one entry per message, each `RS id US pattern`. A pattern is text, where
//! the control characters below (never in a resource's text) open and close
//! placeables: `SOH name STX` a variable, `ETX name STX` `DATE($name)`,
//! `EOT name GS form STX` `COUNTRY($name, form: "form")`, `ENQ name STX` a
//! selector on `$name` followed by its variants, each `ACK key STX pattern`
//! (`BEL` instead of `ACK` for the default), and `BS` after the last.

use strum::IntoEnumIterator;

use crate::Lang;
use crate::text::T;

/// The first line of a compiled table (its format's version).
pub const HEADER: &str = "secu-l10n 1\n";

const VAR: char = '\u{1}';
const END: char = '\u{2}';
const DATE: char = '\u{3}';
const COUNTRY: char = '\u{4}';
const SELECT: char = '\u{5}';
const VARIANT: char = '\u{6}';
const DEFAULT: char = '\u{7}';
const SELECT_END: char = '\u{8}';
const FORM: char = '\u{1D}';
const ENTRY: char = '\u{1E}';
const ID: char = '\u{1F}';

/// One piece of a message.
#[derive(Debug)]
enum Node {
    Text(Box<str>),
    Var(Box<str>),
    Date(Box<str>),
    /// The variable and the index of the form in [`super::COUNTRY_FORMS`].
    Country(Box<str>, u8),
    Select(Box<Select>),
}

#[derive(Debug)]
struct Select {
    var: Box<str>,
    variants: Box<[(Key, Box<[Node]>)]>,
    default: usize,
}

#[derive(Debug)]
enum Key {
    Name(Box<str>),
    Num(f64),
}

/// A language's messages, parsed from its compiled table.
#[derive(Debug, Default)]
pub struct Table {
    /// Sorted by id.
    messages: Vec<(Box<str>, Box<[Node]>)>,
}

/// A variable's value, as [`Language::render`] takes it.
#[derive(Clone, Copy, Debug)]
pub enum Arg<'a> {
    /// Written as is; selects the variant of the same name.
    Str(&'a str),
    /// A number: selects the variant of the same number, else of its plural
    /// category.
    Num(i64),
}

/// One language for the compact renderer: its messages, plural rules,
/// dates and countries.
pub struct Language {
    table: Table,
    lang: Lang,
    countries: super::Countries,
    dates: Option<super::DateTable>,
}

impl std::fmt::Debug for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Language")
            .field("lang", &self.lang)
            .finish_non_exhaustive()
    }
}

impl Language {
    /// Reads language `lang` from its compiled table and its country table
    /// (`countries/<tag>.tsv`), checking that every message of the code and
    /// the date data are there (the compiler checked the rest); every
    /// problem when it is not complete.
    pub fn new(lang: Lang, compiled: &str, countries_tsv: &str) -> Result<Language, Vec<String>> {
        let table = Table::parse(compiled).map_err(|e| vec![e])?;
        let mut problems: Vec<String> = T::iter()
            .map(T::id)
            .map(str::to_owned)
            .chain(super::date_ids())
            .filter(|id| !table.has(id))
            .map(|id| format!("missing message {id}"))
            .collect();
        let countries = super::parse_countries(countries_tsv).unwrap_or_else(|e| {
            problems.push(e);
            Default::default()
        });
        if !problems.is_empty() {
            return Err(problems);
        }
        let mut language = Language {
            table,
            lang,
            countries,
            dates: None,
        };
        let dates = super::DateTable::new(
            |m| language.message(&format!("date-month-{m}"), &[]),
            |day, month| {
                language.message(
                    "date-long",
                    &[
                        ("day", Arg::Num(day)),
                        ("month", Arg::Str(month)),
                        ("year", Arg::Str(super::YEAR)),
                    ],
                )
            },
        );
        language.dates = Some(dates);
        Ok(language)
    }

    /// Whether the language has message `id`.
    pub fn has(&self, id: &str) -> bool {
        self.table.has(id)
    }

    /// Its messages.
    pub fn table(&self) -> &Table {
        &self.table
    }

    /// Message `id` with `args` (`None` when the language lacks it).
    pub fn render(&self, id: &str, args: &[(&str, Arg<'_>)]) -> Option<String> {
        let mut out = String::new();
        match self.write(&mut out, id, args) {
            Ok(true) => Some(out),
            _ => None,
        }
    }

    fn message(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.render(id, args).unwrap_or_else(|| id.to_owned())
    }

    /// Writes message `id` with `args`; `false` (nothing written) when the
    /// language lacks it.
    pub fn write(
        &self,
        out: &mut impl std::fmt::Write,
        id: &str,
        args: &[(&str, Arg<'_>)],
    ) -> Result<bool, std::fmt::Error> {
        let Some(nodes) = self.table.get(id) else {
            return Ok(false);
        };
        write_nodes(out, nodes, args, self)?;
        Ok(true)
    }

    /// `DATE(iso)`: the date written out, `None` when `iso` is not a
    /// `YYYY-MM-DD` date (then written as is).
    pub fn date(&self, iso: &str) -> Option<String> {
        let b = iso.as_bytes();
        let digits = |r: std::ops::Range<usize>| -> Option<u32> {
            let s = iso.get(r)?;
            if s.bytes().all(|c| c.is_ascii_digit()) {
                s.parse().ok()
            } else {
                None
            }
        };
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let year = i32::try_from(digits(0..4)?).ok()?;
        let date = chrono::NaiveDate::from_ymd_opt(year, digits(5..7)?, digits(8..10)?)?;
        Some(self.dates.as_ref()?.write(date))
    }

    /// Country `code` in form `form` (an index in [`super::COUNTRY_FORMS`]);
    /// `None` when the code is unknown.
    pub fn country(&self, code: &str, form: usize) -> Option<&str> {
        self.countries
            .get(code)
            .and_then(|row| row.get(form))
            .map(|s| &**s)
    }
}

impl Table {
    /// Reads a compiled table; the error says where it is malformed.
    pub fn parse(text: &str) -> Result<Table, String> {
        let body = text
            .strip_prefix(HEADER)
            .ok_or_else(|| format!("not a compiled table (first line is not {HEADER:?})"))?;
        let mut messages: Vec<(Box<str>, Box<[Node]>)> = Vec::new();
        for entry in body.split(ENTRY).skip(1) {
            let (id, pattern) = entry
                .split_once(ID)
                .ok_or_else(|| format!("entry without id: {:.40?}", entry))?;
            let mut p = Parser { rest: pattern };
            let nodes = p.pattern().map_err(|e| format!("message {id}: {e}"))?;
            if !p.rest.is_empty() {
                return Err(format!("message {id}: unexpected {:.20?}", p.rest));
            }
            messages.push((Box::from(id), nodes));
        }
        messages.sort_by(|a, b| a.0.cmp(&b.0));
        if let Some(w) = messages.windows(2).find(|w| w[0].0 == w[1].0) {
            return Err(format!("message {} given twice", w[0].0));
        }
        Ok(Table { messages })
    }

    fn get(&self, id: &str) -> Option<&[Node]> {
        self.messages
            .binary_search_by(|(k, _)| k.as_ref().cmp(id))
            .ok()
            .map(|i| &*self.messages[i].1)
    }

    /// Whether the table has message `id`.
    pub fn has(&self, id: &str) -> bool {
        self.get(id).is_some()
    }

    /// The ids of the messages, sorted.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.messages.iter().map(|(k, _)| &**k)
    }

    /// The variables of message `id` and how each is used, in order of
    /// appearance (a variable used twice is listed twice).
    pub fn variables(&self, id: &str) -> Vec<(&str, Use)> {
        fn walk<'t>(nodes: &'t [Node], out: &mut Vec<(&'t str, Use)>) {
            for n in nodes {
                match n {
                    Node::Text(_) => {}
                    Node::Var(v) => out.push((v, Use::Text)),
                    Node::Date(v) => out.push((v, Use::Date)),
                    Node::Country(v, _) => out.push((v, Use::Country)),
                    Node::Select(s) => {
                        out.push((&s.var, Use::Select));
                        for (_, p) in &s.variants {
                            walk(p, out);
                        }
                    }
                }
            }
        }
        let mut out = Vec::new();
        walk(self.get(id).unwrap_or_default(), &mut out);
        out
    }
}

/// How a message uses a variable ([`Table::variables`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Use {
    /// Written as is.
    Text,
    /// `DATE($v)`.
    Date,
    /// `COUNTRY($v, …)`.
    Country,
    /// Selected on.
    Select,
}

impl Table {}

fn arg<'a>(args: &[(&str, Arg<'a>)], name: &str) -> Option<Arg<'a>> {
    // As Fluent's arguments: the last value given for a name wins.
    args.iter().rev().find(|(n, _)| *n == name).map(|(_, v)| *v)
}

fn write_nodes(
    out: &mut impl std::fmt::Write,
    nodes: &[Node],
    args: &[(&str, Arg<'_>)],
    cx: &Language,
) -> std::fmt::Result {
    for node in nodes {
        match node {
            Node::Text(t) => out.write_str(t)?,
            Node::Var(v) => match arg(args, v) {
                Some(Arg::Str(s)) => out.write_str(s)?,
                Some(Arg::Num(n)) => write!(out, "{n}")?,
                None => write!(out, "{{${v}}}")?,
            },
            // As fluent-bundle: a function that fails writes its name.
            Node::Date(v) => match arg(args, v) {
                Some(Arg::Str(s)) => match cx.date(s) {
                    Some(d) => out.write_str(&d)?,
                    None => out.write_str(s)?,
                },
                _ => out.write_str("DATE()")?,
            },
            Node::Country(v, form) => match arg(args, v) {
                Some(Arg::Str(s)) => {
                    out.write_str(cx.country(s, usize::from(*form)).unwrap_or(s))?
                }
                _ => out.write_str("COUNTRY()")?,
            },
            Node::Select(s) => {
                let chosen = match arg(args, &s.var) {
                    Some(Arg::Str(v)) => s
                        .variants
                        .iter()
                        .position(|(k, _)| matches!(k, Key::Name(n) if **n == *v)),
                    Some(Arg::Num(n)) => {
                        let category = plural(cx.lang, n);
                        s.variants.iter().position(|(k, _)| match k {
                            #[allow(clippy::float_cmp, clippy::cast_precision_loss)]
                            Key::Num(x) => *x == n as f64,
                            Key::Name(c) => **c == *category,
                        })
                    }
                    None => None,
                };
                let (_, pattern) = &s.variants[chosen.unwrap_or(s.default)];
                write_nodes(out, pattern, args, cx)?;
            }
        }
    }
    Ok(())
}

struct Parser<'a> {
    rest: &'a str,
}

impl<'a> Parser<'a> {
    /// Up to the end of a variant or of the entry.
    fn pattern(&mut self) -> Result<Box<[Node]>, String> {
        let mut nodes = Vec::new();
        loop {
            let end = self
                .rest
                .find(|c: char| c < ' ' && c != '\n' && c != '\t')
                .unwrap_or(self.rest.len());
            if end > 0 {
                nodes.push(Node::Text(self.rest[..end].into()));
                self.rest = &self.rest[end..];
            }
            let Some(c) = self.rest.chars().next() else {
                break;
            };
            match c {
                VAR | DATE | COUNTRY | SELECT => {
                    self.rest = &self.rest[1..];
                    let name = self.until(END)?;
                    nodes.push(match c {
                        VAR => Node::Var(name.into()),
                        DATE => Node::Date(name.into()),
                        COUNTRY => {
                            let (var, form) =
                                name.split_once(FORM).ok_or("COUNTRY without a form")?;
                            let i = super::COUNTRY_FORMS
                                .iter()
                                .position(|f| *f == form)
                                .ok_or_else(|| format!("unknown COUNTRY form {form:?}"))?;
                            Node::Country(var.into(), i as u8)
                        }
                        _ => Node::Select(Box::new(self.select(name)?)),
                    });
                }
                _ => break,
            }
        }
        Ok(nodes.into_boxed_slice())
    }

    fn until(&mut self, end: char) -> Result<&'a str, String> {
        let (s, rest) = self
            .rest
            .split_once(end)
            .ok_or_else(|| format!("unterminated placeable {:.20?}", self.rest))?;
        self.rest = rest;
        Ok(s)
    }

    fn select(&mut self, var: &str) -> Result<Select, String> {
        let mut variants = Vec::new();
        let mut default = None;
        loop {
            let c = self.rest.chars().next();
            match c {
                Some(VARIANT | DEFAULT) => {
                    self.rest = &self.rest[1..];
                    let key = self.until(END)?;
                    let key = match key.parse::<f64>() {
                        Ok(n) if key.starts_with(|c: char| c.is_ascii_digit() || c == '-') => {
                            Key::Num(n)
                        }
                        _ => Key::Name(key.into()),
                    };
                    if c == Some(DEFAULT) {
                        default = Some(variants.len());
                    }
                    variants.push((key, self.pattern()?));
                }
                Some(SELECT_END) => {
                    self.rest = &self.rest[1..];
                    break;
                }
                _ => return Err(format!("selector on ${var}: unterminated")),
            }
        }
        let default = default.ok_or_else(|| format!("selector on ${var}: no default variant"))?;
        Ok(Select {
            var: var.into(),
            variants: variants.into_boxed_slice(),
            default,
        })
    }
}

/// The cardinal plural category of the integer `n` in `lang`: `zero`,
/// `one`, `two`, `few`, `many` or `other`, exactly as `fluent-bundle`
/// selects it (CLDR 37 through `intl_pluralrules` 7.0, with Arabic's
/// `n % 100` restored by the workspace's patch, vendor/intl_pluralrules), so
/// the page and the CLI agree.
pub fn plural(lang: Lang, n: i64) -> &'static str {
    let n = n.unsigned_abs();
    match lang {
        // French and Portuguese: 0 and 1 are singular.
        Lang::Fr | Lang::Pt if n <= 1 => "one",
        Lang::En | Lang::Es | Lang::De | Lang::It | Lang::Pseudo if n == 1 => "one",
        Lang::Ar => match n {
            0 => "zero",
            1 => "one",
            2 => "two",
            _ => match n % 100 {
                3..=10 => "few",
                11..=99 => "many",
                _ => "other",
            },
        },
        _ => "other",
    }
}

/// Compiles an FTL resource into a compiled table, refusing (with every
/// problem, naming the message) what is outside the subset the compact
/// renderer has: message references, terms, attributes, functions other
/// than `DATE($v)` and `COUNTRY($v, form: "…")`, selectors on anything but a
/// variable, number literals in text, nested placeables, control characters.
#[cfg(feature = "fluent")]
pub fn compile(ftl: &str) -> Result<String, Vec<String>> {
    use fluent_syntax::ast;
    let resource = match fluent_syntax::parser::parse(ftl) {
        Ok(r) => r,
        Err((_, errors)) => {
            return Err(errors
                .iter()
                .map(|e| format!("parse error: {e:?}"))
                .collect());
        }
    };
    let mut out = String::from(HEADER);
    let mut problems = Vec::new();
    for entry in &resource.body {
        match entry {
            ast::Entry::Message(m) => {
                let id = m.id.name;
                if !m.attributes.is_empty() {
                    problems.push(format!("{id}: attributes are not supported"));
                }
                let Some(value) = &m.value else {
                    problems.push(format!("{id}: no value"));
                    continue;
                };
                out.push(ENTRY);
                out.push_str(id);
                out.push(ID);
                let mut p = Vec::new();
                compile_pattern(&mut out, value, &mut p);
                problems.extend(p.into_iter().map(|e| format!("{id}: {e}")));
            }
            ast::Entry::Term(t) => {
                problems.push(format!("-{}: terms are not supported", t.id.name));
            }
            ast::Entry::Junk { content } => {
                problems.push(format!("junk: {content:.40?}"));
            }
            _ => {}
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

#[cfg(feature = "fluent")]
fn compile_pattern(
    out: &mut String,
    p: &fluent_syntax::ast::Pattern<&str>,
    problems: &mut Vec<String>,
) {
    use fluent_syntax::ast::{Expression, InlineExpression as I, PatternElement, VariantKey};
    fn text(out: &mut String, s: &str, problems: &mut Vec<String>) {
        if s.chars().any(|c| c < ' ' && c != '\n' && c != '\t') {
            problems.push(format!("control character in text {s:?}"));
        }
        out.push_str(s);
    }
    for e in &p.elements {
        match e {
            PatternElement::TextElement { value } => text(out, value, problems),
            PatternElement::Placeable {
                expression: Expression::Inline(i),
            } => match i {
                I::StringLiteral { value } => {
                    text(
                        out,
                        &fluent_syntax::unicode::unescape_unicode_to_string(value),
                        problems,
                    );
                }
                I::VariableReference { id } => {
                    out.push(VAR);
                    out.push_str(id.name);
                    out.push(END);
                }
                I::FunctionReference { id, arguments } => {
                    let var = match arguments.positional.as_slice() {
                        [I::VariableReference { id }] => id.name,
                        _ => {
                            problems.push(format!(
                                "{}(): takes exactly one variable before its named arguments",
                                id.name
                            ));
                            continue;
                        }
                    };
                    match (id.name, arguments.named.as_slice()) {
                        ("DATE", []) => {
                            out.push(DATE);
                            out.push_str(var);
                            out.push(END);
                        }
                        ("COUNTRY", named) => {
                            let form = match named {
                                [] => Some("name"),
                                [a] if a.name.name == "form" => match &a.value {
                                    I::StringLiteral { value } => super::COUNTRY_FORMS
                                        .iter()
                                        .copied()
                                        .find(|f| f == value),
                                    _ => None,
                                },
                                _ => None,
                            };
                            let Some(form) = form else {
                                problems.push(format!(
                                    "COUNTRY(${var}, …): the only named argument is form: one of \"{}\"",
                                    super::COUNTRY_FORMS.join("\", \"")
                                ));
                                continue;
                            };
                            out.push(COUNTRY);
                            out.push_str(var);
                            out.push(FORM);
                            out.push_str(form);
                            out.push(END);
                        }
                        (name, _) => problems.push(format!(
                            "{name}(): unsupported function (only DATE($v) and COUNTRY($v, form: \"…\"))"
                        )),
                    }
                }
                I::NumberLiteral { value } => {
                    problems.push(format!("number literal {value}: write it as text"));
                }
                I::MessageReference { id, .. } => {
                    problems.push(format!("message reference {}: not supported", id.name));
                }
                I::TermReference { id, .. } => {
                    problems.push(format!("term reference -{}: not supported", id.name));
                }
                I::Placeable { .. } => problems.push("nested placeable: not supported".into()),
            },
            PatternElement::Placeable {
                expression: Expression::Select { selector, variants },
            } => {
                let I::VariableReference { id } = selector else {
                    problems.push("a selector must be a variable ({ $var -> … })".into());
                    continue;
                };
                out.push(SELECT);
                out.push_str(id.name);
                out.push(END);
                for v in variants {
                    out.push(if v.default { DEFAULT } else { VARIANT });
                    match &v.key {
                        VariantKey::Identifier { name } => out.push_str(name),
                        VariantKey::NumberLiteral { value } => {
                            if value.parse::<f64>().is_err() {
                                problems.push(format!("variant key [{value}]: not a number"));
                            }
                            out.push_str(value);
                        }
                    }
                    out.push(END);
                    compile_pattern(out, &v.value, problems);
                }
                out.push(SELECT_END);
            }
        }
    }
}
