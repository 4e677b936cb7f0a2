//! The localisation engine: every text is a Project Fluent message
//! (`crates/secu/l10n/<tag>/secu.ftl`, conventions in `docs/l10n.md`),
//! rendered by `fluent-bundle` with two functions of ours, `DATE` (a civil date
//! written out from the language's CLDR month names and long-date pattern,
//! kept in its resource) and `COUNTRY` (a country name in the grammatical form
//! the sentence needs, from `data/l10n/countries/<tag>.tsv`).
//!
//! Pure: the resources of the languages a build embeds are `include_str!`-ed;
//! other languages are given as text at run time ([`add_language`], e.g. by
//! the WebAssembly binding after fetching them). Each language is parsed once
//! per process and kept for its life (at most one per [`Lang`]); messages
//! without variables are rendered once and cached.
//!
//! A language is *available* (selectable) only when its resource is complete:
//! every message of [`T`] present with the variables English has, no parse
//! error ([`check`]).

//!
//! Two engines, one per build: `fluent-bundle` with the `fluent` feature
//! (native builds: CLI, server, tests), and otherwise the [`compact`]
//! renderer (the WebAssembly modules), which reads languages compiled from
//! the same resources (`web/l10n/<tag>.msg`) and embeds none.

pub mod compact;

use std::borrow::Cow;
#[cfg(feature = "fluent")]
use std::collections::BTreeSet;
use std::collections::HashMap;
#[cfg(feature = "fluent")]
use std::sync::Arc;
use std::sync::OnceLock;

#[cfg(feature = "fluent")]
use fluent_bundle::concurrent::FluentBundle;
#[cfg(feature = "fluent")]
use fluent_bundle::types::FluentNumber;
#[cfg(feature = "fluent")]
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
#[cfg(feature = "fluent")]
use fluent_syntax::ast;
use strum::IntoEnumIterator;

use crate::Lang;
use crate::error::{Error, ErrorCode, InputError};
use crate::model::Sex;
use crate::text::T;

/// The languages this build embeds: (language, FTL resource, country table).
/// English always (the reference and the fallback); the others by feature.
/// None without `fluent`: the compact renderer's languages are all added.
#[cfg(feature = "fluent")]
const EMBEDDED: &[(Lang, &str, &str)] = &[
    (
        Lang::En,
        include_str!("../l10n/en/secu.ftl"),
        include_str!("data/l10n/countries/en.tsv"),
    ),
    #[cfg(feature = "lang-fr")]
    (
        Lang::Fr,
        include_str!("../l10n/fr/secu.ftl"),
        include_str!("data/l10n/countries/fr.tsv"),
    ),
    #[cfg(feature = "lang-es")]
    (
        Lang::Es,
        include_str!("../l10n/es/secu.ftl"),
        include_str!("data/l10n/countries/es.tsv"),
    ),
    #[cfg(feature = "lang-pt")]
    (
        Lang::Pt,
        include_str!("../l10n/pt/secu.ftl"),
        include_str!("data/l10n/countries/pt.tsv"),
    ),
    #[cfg(feature = "lang-de")]
    (
        Lang::De,
        include_str!("../l10n/de/secu.ftl"),
        include_str!("data/l10n/countries/de.tsv"),
    ),
    #[cfg(feature = "lang-it")]
    (
        Lang::It,
        include_str!("../l10n/it/secu.ftl"),
        include_str!("data/l10n/countries/it.tsv"),
    ),
    #[cfg(feature = "lang-zh")]
    (
        Lang::Zh,
        include_str!("../l10n/zh/secu.ftl"),
        include_str!("data/l10n/countries/zh.tsv"),
    ),
    #[cfg(feature = "lang-ar")]
    (
        Lang::Ar,
        include_str!("../l10n/ar/secu.ftl"),
        include_str!("data/l10n/countries/ar.tsv"),
    ),
];

/// The grammatical forms of `COUNTRY`, in the order of the table's columns.
pub const COUNTRY_FORMS: [&str; 7] = ["name", "def", "of", "from", "in", "to", "with"];

#[cfg(not(feature = "fluent"))]
const EMBEDDED: &[(Lang, &str, &str)] = &[];

/// One language, parsed.
struct Loc {
    #[cfg(feature = "fluent")]
    bundle: FluentBundle<FluentResource>,
    #[cfg(feature = "fluent")]
    countries: Arc<Countries>,
    #[cfg(feature = "fluent")]
    dates: Arc<OnceLock<DateTable>>,
    #[cfg(not(feature = "fluent"))]
    compact: compact::Language,
    /// Messages without variables, rendered once per value of `$sex`
    /// (indexed by `T as usize`).
    plain: Box<[[OnceLock<Box<str>>; 3]]>,
}

/// One slot per language, filled once: by the embedded resource on first
/// use, or by [`add_language`].
/// A language once loaded: parsed, or the problems that keep it unavailable.
type Slot = OnceLock<Result<&'static Loc, Box<[String]>>>;

static SLOTS: [Slot; LANGS] = [const { OnceLock::new() }; LANGS];

/// The known languages and the tests' pseudo-locale.
const LANGS: usize = Lang::ALL.len() + 1;

fn embedded(lang: Lang) -> Option<(&'static str, &'static str)> {
    EMBEDDED
        .iter()
        .find(|(l, _, _)| *l == lang)
        .map(|(_, ftl, tsv)| (*ftl, *tsv))
}

/// The parsed language, when it is embedded or was added and is complete.
fn loc(lang: Lang) -> Option<&'static Loc> {
    let slot = &SLOTS[lang as usize];
    let r = match slot.get() {
        Some(r) => r,
        None => {
            let (ftl, tsv) = embedded(lang)?;
            slot.get_or_init(|| build(lang, ftl.to_owned(), tsv).map(leak))
        }
    };
    r.as_ref().ok().copied()
}

/// Lives as long as the process: one per language at most (the slots are
/// set once), so this is bounded.
fn leak(l: Loc) -> &'static Loc {
    Box::leak(Box::new(l))
}

/// The language to render `lang` in: itself when available, else English.
/// `None` only if the embedded English resource were broken (the tests check
/// it): then texts come out as their ids, never a panic.
fn loc_or_en(lang: Lang) -> Option<&'static Loc> {
    loc(lang).or_else(|| loc(Lang::En))
}

/// Whether `lang` can be selected: its resource is embedded or was added, and
/// it is complete.
pub fn is_available(lang: Lang) -> bool {
    loc(lang).is_some()
}

/// What is wrong with the resource of `lang` (empty when it is available or
/// was never given).
pub fn problems(lang: Lang) -> Vec<String> {
    let _ = loc(lang);
    match SLOTS[lang as usize].get() {
        Some(Err(p)) => p.clone().into_vec(),
        _ => Vec::new(),
    }
}

/// Adds a language at run time from the text of its resource and of its
/// country table (`countries/<tag>.tsv`), e.g. in a web page after fetching
/// them. The resource is the FTL text with the `fluent` feature, else the
/// compiled table ([`compact::compile`], `web/l10n/<tag>.msg`). Refused,
/// with every problem named, when the resource does not parse, lacks a
/// message (or, FTL, a variable) of English, or when the language is already
/// loaded (each language is loaded once per process).
pub fn add_language(lang: Lang, resource: &str, countries_tsv: &str) -> Result<(), Error> {
    let slot = &SLOTS[lang as usize];
    if embedded(lang).is_some() || slot.get().is_some() {
        return Err(usage(
            "lang",
            format!("language {} is already loaded", lang.tag()),
        ));
    }
    let built = build(lang, resource.to_owned(), countries_tsv);
    let problems = built.as_ref().err().cloned();
    let _ = slot.set(built.map(leak));
    match problems {
        None => Ok(()),
        Some(p) => Err(usage(
            "lang",
            format!(
                "the {} resource is incomplete ({} problems): {}",
                lang.tag(),
                p.len(),
                p.iter().take(5).cloned().collect::<Vec<_>>().join("; ")
            ),
        )),
    }
}

fn usage(path: &str, message: String) -> Error {
    InputError::new(path, ErrorCode::UnknownValue, message)
}

/// Parses and checks one language; its problems when it is not complete.
#[cfg(feature = "fluent")]
fn build(lang: Lang, ftl: String, tsv: &str) -> Result<Loc, Box<[String]>> {
    let mut problems = Vec::new();
    let resource = match FluentResource::try_new(ftl) {
        Ok(r) => r,
        Err((r, errors)) => {
            for e in errors {
                problems.push(format!("parse error: {e}"));
            }
            r
        }
    };
    problems.extend(check(&resource));
    let countries = match parse_countries(tsv) {
        Ok(c) => Arc::new(c),
        Err(e) => {
            problems.push(e);
            Arc::new(HashMap::new())
        }
    };
    if !problems.is_empty() {
        return Err(problems.into_boxed_slice());
    }
    let langid = lang
        .tag()
        .parse()
        .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    bundle.set_use_isolating(false);
    let c = Arc::clone(&countries);
    if let Err(e) = bundle.add_function("COUNTRY", move |pos, named| country_fn(&c, pos, named)) {
        return Err(vec![format!("{e}")].into_boxed_slice());
    }
    // Dates need the bundle itself (month names, pattern): a table of every
    // day of the year, filled once the resource is added.
    let dates: Arc<OnceLock<DateTable>> = Arc::new(OnceLock::new());
    let d = Arc::clone(&dates);
    if let Err(e) = bundle.add_function("DATE", move |pos, _| date_fn(&d, pos)) {
        return Err(vec![format!("{e}")].into_boxed_slice());
    }
    if let Err(errors) = bundle.add_resource(resource) {
        return Err(errors.iter().map(|e| format!("{e}")).collect());
    }
    let _ = dates.set(DateTable::new(
        |m| message(&bundle, &format!("date-month-{m}"), None),
        |day, month| {
            let mut args = FluentArgs::new();
            args.set("day", FluentValue::Number(FluentNumber::from(day)));
            args.set("month", FluentValue::String(Cow::Borrowed(month)));
            args.set("year", FluentValue::String(Cow::Borrowed(YEAR)));
            message(&bundle, "date-long", Some(&args))
        },
    ));
    let plain = T::iter().map(|_| Default::default()).collect();
    Ok(Loc {
        bundle,
        countries,
        dates,
        plain,
    })
}

/// Reads and checks one compiled language; its problems when it is not
/// complete.
#[cfg(not(feature = "fluent"))]
fn build(lang: Lang, table: String, tsv: &str) -> Result<Loc, Box<[String]>> {
    Ok(Loc {
        compact: compact::Language::new(lang, &table, tsv).map_err(Vec::into_boxed_slice)?,
        plain: T::iter().map(|_| Default::default()).collect(),
    })
}

/// The variables of every message of a resource.
#[cfg(feature = "fluent")]
fn messages(resource: &FluentResource) -> HashMap<&str, BTreeSet<&str>> {
    let mut out = HashMap::new();
    for entry in resource.entries() {
        if let ast::Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(p) = &m.value {
                pattern_vars(p, &mut vars);
            }
            for a in &m.attributes {
                pattern_vars(&a.value, &mut vars);
            }
            out.insert(m.id.name, vars);
        }
    }
    out
}

#[cfg(feature = "fluent")]
fn pattern_vars<'s>(p: &ast::Pattern<&'s str>, out: &mut BTreeSet<&'s str>) {
    for e in &p.elements {
        if let ast::PatternElement::Placeable { expression } = e {
            expression_vars(expression, out);
        }
    }
}

#[cfg(feature = "fluent")]
fn expression_vars<'s>(e: &ast::Expression<&'s str>, out: &mut BTreeSet<&'s str>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, out),
    }
}

#[cfg(feature = "fluent")]
fn inline_vars<'s>(i: &ast::InlineExpression<&'s str>, out: &mut BTreeSet<&'s str>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name);
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
            for a in &arguments.named {
                inline_vars(&a.value, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, out),
        _ => {}
    }
}

/// The messages a resource needs besides [`T`]'s: the date data.
fn date_ids() -> impl Iterator<Item = String> {
    (1..=12)
        .map(|m| format!("date-month-{m}"))
        .chain(std::iter::once("date-long".to_owned()))
}

#[cfg(feature = "fluent")]
/// The problems of an FTL resource given as text: its parse errors and what
/// [`check`] finds (empty: the language would be selectable).
pub fn check_source(ftl: &str) -> Vec<String> {
    let (resource, mut problems) = match FluentResource::try_new(ftl.to_owned()) {
        Ok(r) => (r, Vec::new()),
        Err((r, errors)) => (
            r,
            errors.iter().map(|e| format!("parse error: {e}")).collect(),
        ),
    };
    problems.extend(check(&resource));
    problems
}

#[cfg(feature = "fluent")]
/// Completeness of a resource: every message of [`T`] and the date data
/// present, each using only its own variables (`$sex` and `$insured-sex` are always
/// allowed) and
/// at least one of them when it has any, so a variable renamed or dropped is
/// caught; no message the code does not know.
pub fn check(resource: &FluentResource) -> Vec<String> {
    let msgs = messages(resource);
    let mut problems = Vec::new();
    for t in T::iter() {
        let Some(vars) = msgs.get(t.id()) else {
            problems.push(format!("missing message {}", t.id()));
            continue;
        };
        let expected: BTreeSet<&str> = t.vars().iter().copied().collect();
        let unknown: Vec<&str> = vars
            .iter()
            .copied()
            .filter(|v| !expected.contains(v) && *v != "sex" && *v != "insured-sex")
            .collect();
        if !unknown.is_empty() {
            problems.push(format!(
                "{}: unknown variable ${}",
                t.id(),
                unknown.join(", $")
            ));
        }
        let missing: Vec<&str> = expected
            .iter()
            .copied()
            .filter(|v| !vars.contains(v))
            .collect();
        if !missing.is_empty() {
            problems.push(format!(
                "{}: variable ${} not used",
                t.id(),
                missing.join(", $")
            ));
        }
    }
    for id in date_ids() {
        if !msgs.contains_key(id.as_str()) {
            problems.push(format!("missing message {id}"));
        }
    }
    let known: BTreeSet<&str> = T::iter().map(T::id).collect();
    for id in msgs.keys() {
        if !known.contains(id) && !id.starts_with("page-") && !id.starts_with("date-") {
            problems.push(format!("message {id} is not one of the code's"));
        }
    }
    problems.sort();
    problems
}

// ---- COUNTRY ------------------------------------------------------------------------

type Countries = HashMap<Box<str>, [Box<str>; 7]>;

/// A country table (`countries/<tag>.tsv`): the forms of each code.
fn parse_countries(tsv: &str) -> Result<Countries, String> {
    let mut lines = tsv.lines();
    let header: Vec<&str> = lines.next().unwrap_or_default().split('\t').collect();
    let col = |name: &str| {
        header
            .iter()
            .position(|h| *h == name)
            .ok_or_else(|| format!("country table: no column {name}"))
    };
    let code = col("code")?;
    let forms: Vec<usize> = COUNTRY_FORMS
        .iter()
        .map(|f| col(f))
        .collect::<Result<_, _>>()?;
    let mut out = HashMap::new();
    for (n, line) in lines.enumerate() {
        if line.is_empty() {
            continue;
        }
        let cells: Vec<&str> = line.split('\t').collect();
        let cell = |i: usize| {
            cells
                .get(i)
                .copied()
                .filter(|c| !c.is_empty())
                .ok_or_else(|| format!("country table line {}: column {i} is empty", n + 2))
        };
        let mut row: [Box<str>; 7] = Default::default();
        for (slot, &i) in row.iter_mut().zip(&forms) {
            *slot = cell(i)?.into();
        }
        out.insert(cell(code)?.into(), row);
    }
    let codes = (0..u16::MAX)
        .map(crate::data::countries::code)
        .take_while(|c| !c.is_empty());
    for c in codes {
        if !out.contains_key(c) {
            return Err(format!("country table: no row for {c}"));
        }
    }
    Ok(out)
}

#[cfg(feature = "fluent")]
fn country_fn<'a>(
    countries: &Countries,
    positional: &[FluentValue<'a>],
    named: &FluentArgs<'_>,
) -> FluentValue<'a> {
    let Some(FluentValue::String(code)) = positional.first() else {
        return FluentValue::Error;
    };
    let form = match named.get("form") {
        Some(FluentValue::String(f)) => COUNTRY_FORMS.iter().position(|x| *x == f.as_ref()),
        None => Some(0),
        Some(_) => None,
    };
    match (countries.get(code.as_ref()), form) {
        (Some(row), Some(i)) => FluentValue::String(Cow::Owned(row[i].to_string())),
        _ => FluentValue::String(code.clone()),
    }
}

// ---- DATE ---------------------------------------------------------------------------

/// Every day and month written out by the resource's `date-long`, with a
/// placeholder for the year (so a date costs one lookup and one replace).
struct DateTable {
    days: Vec<String>,
}

/// Stands for the year in [`DateTable`]: a private-use character no resource
/// writes.
const YEAR: &str = "\u{E000}";

impl DateTable {
    /// From the name of each month and `date-long` of a day and a month name.
    fn new(month_name: impl Fn(u32) -> String, long: impl Fn(i64, &str) -> String) -> Self {
        let mut days = Vec::with_capacity(12 * 31);
        for month in 1..=12 {
            let name = month_name(month);
            for day in 1..=31 {
                days.push(long(day, &name));
            }
        }
        Self { days }
    }

    fn write(&self, date: chrono::NaiveDate) -> String {
        use chrono::Datelike;
        let i = (date.month0() * 31 + date.day0()) as usize;
        self.days.get(i).map_or_else(
            || date.to_string(),
            |s| s.replace(YEAR, &date.year().to_string()),
        )
    }
}

#[cfg(feature = "fluent")]
fn date_fn<'a>(table: &OnceLock<DateTable>, positional: &[FluentValue<'a>]) -> FluentValue<'a> {
    let Some(FluentValue::String(s)) = positional.first() else {
        return FluentValue::Error;
    };
    let date = Some(s.as_ref())
        .filter(|s| s.len() == 10)
        .and_then(|s| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok());
    match (date, table.get()) {
        (Some(d), Some(t)) => FluentValue::String(Cow::Owned(t.write(d))),
        // Not a date (an error message quoting what was typed): as is.
        _ => FluentValue::String(s.clone()),
    }
}

// ---- Rendering ----------------------------------------------------------------------

#[cfg(feature = "fluent")]
fn message(
    bundle: &FluentBundle<FluentResource>,
    id: &str,
    args: Option<&FluentArgs<'_>>,
) -> String {
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        return id.to_owned();
    };
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, args, &mut errors)
        .into_owned()
}

/// `text` in `lang` for a person of sex `sex`, for a message without
/// variables; cached.
pub(crate) fn plain(t: T, lang: Lang, sex: Option<Sex>) -> &'static str {
    let Some(loc) = loc_or_en(lang) else {
        return t.id();
    };
    let (i, value) = match sex {
        None => (0, "other"),
        Some(Sex::Female) => (1, "female"),
        Some(Sex::Male) => (2, "male"),
    };
    loc.plain[t as usize][i].get_or_init(|| {
        #[cfg(feature = "fluent")]
        let text = {
            let mut args = FluentArgs::new();
            args.set("sex", value);
            message(&loc.bundle, t.id(), Some(&args))
        };
        #[cfg(not(feature = "fluent"))]
        let text = loc
            .compact
            .render(t.id(), &[("sex", compact::Arg::Str(value))])
            .unwrap_or_else(|| t.id().to_owned());
        text.into_boxed_str()
    })
}

/// A civil date written out in `lang` (`DATE`): "15 September 2026",
/// « 1er septembre 2026 ».
pub fn date(lang: Lang, date: chrono::NaiveDate) -> String {
    let mut iso = String::with_capacity(10);
    let _ = crate::date::write_iso(date, &mut iso);
    let Some(loc) = loc_or_en(lang) else {
        return iso;
    };
    #[cfg(not(feature = "fluent"))]
    return loc.compact.date(&iso).unwrap_or(iso);
    #[cfg(feature = "fluent")]
    match date_fn(&loc.dates, &[FluentValue::String(Cow::Owned(iso))]) {
        FluentValue::String(s) => s.into_owned(),
        _ => date.to_string(),
    }
}

/// A value of a variable.
pub(crate) enum Value<'a> {
    /// Written as is (or selected on).
    Str(Cow<'a, str>),
    /// A number: selects plural variants.
    Num(i64),
}

/// Writes `t` in `lang` with its variables (in the order of [`T::vars`]) and
/// the person's sex (and the second person's, `$insured-sex`).
pub(crate) fn write(
    out: &mut impl std::fmt::Write,
    t: T,
    lang: Lang,
    values: &mut dyn Iterator<Item = Value<'_>>,
    sex: Option<Sex>,
    insured_sex: Option<Sex>,
) -> std::fmt::Result {
    let Some(loc) = loc_or_en(lang) else {
        return out.write_str(t.id());
    };
    #[cfg(not(feature = "fluent"))]
    {
        let values: Vec<Value<'_>> = values.collect();
        let mut args: Vec<(&str, compact::Arg<'_>)> = t
            .vars()
            .iter()
            .zip(&values)
            .map(|(name, v)| (*name, v.arg()))
            .collect();
        args.push(("sex", compact::Arg::Str(sex_value(sex))));
        args.push(("insured-sex", compact::Arg::Str(sex_value(insured_sex))));
        match loc.compact.write(out, t.id(), &args) {
            Ok(true) => Ok(()),
            Ok(false) => out.write_str(t.id()),
            Err(e) => Err(e),
        }
    }
    #[cfg(feature = "fluent")]
    {
        let mut args = FluentArgs::with_capacity(4);
        for (name, v) in t.vars().iter().zip(values) {
            match v {
                Value::Str(s) => args.set(*name, FluentValue::String(s)),
                Value::Num(n) => args.set(*name, FluentValue::Number(FluentNumber::from(n as f64))),
            }
        }
        let sex_value = |sex: Option<Sex>| match sex {
            Some(Sex::Female) => "female",
            Some(Sex::Male) => "male",
            None => "other",
        };
        args.set("sex", sex_value(sex));
        args.set("insured-sex", sex_value(insured_sex));
        let Some(pattern) = loc.bundle.get_message(t.id()).and_then(|m| m.value()) else {
            return out.write_str(t.id());
        };
        let mut errors = Vec::new();
        out.write_str(&loc.bundle.format_pattern(pattern, Some(&args), &mut errors))
    }
}

/// The value of `$sex`.
#[cfg(not(feature = "fluent"))]
fn sex_value(sex: Option<Sex>) -> &'static str {
    match sex {
        Some(Sex::Female) => "female",
        Some(Sex::Male) => "male",
        None => "other",
    }
}

#[cfg(not(feature = "fluent"))]
impl Value<'_> {
    /// As the compact renderer takes it.
    pub(crate) fn arg(&self) -> compact::Arg<'_> {
        match self {
            Value::Str(s) => compact::Arg::Str(s),
            Value::Num(n) => compact::Arg::Num(*n),
        }
    }
}

/// `t` with string arguments: canonical integers are numbers, the rest text.
pub(crate) fn format_strs(t: T, lang: Lang, args: &[&str], sex: Option<Sex>) -> String {
    let mut out = String::new();
    let mut values = args.iter().map(|s| str_value(s));
    let _ = write(&mut out, t, lang, &mut values, sex, None);
    out
}

/// A string argument as a Fluent value: a number when it is a canonical
/// integer (`"3"`, not `"03"` nor `"0042"`: those are codes), so plurals
/// select on it; it renders the same either way.
pub(crate) fn str_value(s: &str) -> Value<'_> {
    match s.parse::<i64>() {
        Ok(n) if n.to_string() == s && s.len() < 16 => Value::Num(n),
        _ => Value::Str(Cow::Borrowed(s)),
    }
}

/// A country in `lang`, in one of the [`COUNTRY_FORMS`] (`None` when the
/// code or the form is unknown).
pub fn country(lang: Lang, code: &str, form: &str) -> Option<&'static str> {
    let i = COUNTRY_FORMS.iter().position(|f| *f == form)?;
    #[cfg(feature = "fluent")]
    return loc_or_en(lang)?.countries.get(code).map(|row| &*row[i]);
    #[cfg(not(feature = "fluent"))]
    return loc_or_en(lang)?.compact.country(code, i);
}

// ---- Messages by id (the web page) ------------------------------------------------------

/// The message `id` of `lang`'s resource (a [`T`] id or one of the page's own
/// `page-…` words), with named arguments given as strings: an ISO date under
/// `DATE` is written out, a canonical integer selects plural variants, `sex`
/// selects the person's agreement. Rendered by the same bundle as every other
/// text, so a page shows exactly the core's words. English when `lang` is not
/// available or lacks the message; `None` when English lacks it too.
pub fn render(lang: Lang, id: &str, args: &[(&str, &str)]) -> Option<String> {
    #[cfg(not(feature = "fluent"))]
    {
        let loc = [loc_or_en(lang), loc(Lang::En)]
            .into_iter()
            .flatten()
            .find(|l| l.compact.has(id))?;
        let values: Vec<Value<'_>> = args.iter().map(|(_, v)| str_value(v)).collect();
        let mut cargs = Vec::with_capacity(args.len() + 2);
        cargs.push(("sex", compact::Arg::Str("other")));
        cargs.push(("insured-sex", compact::Arg::Str("other")));
        // As Fluent's arguments: a later value of the same name wins.
        for ((name, _), v) in args.iter().zip(&values) {
            cargs.retain(|(n, _)| n != name);
            cargs.push((*name, v.arg()));
        }
        loc.compact.render(id, &cargs)
    }
    #[cfg(feature = "fluent")]
    {
        let loc = [loc_or_en(lang), loc(Lang::En)]
            .into_iter()
            .flatten()
            .find(|l| l.bundle.has_message(id))?;
        Some(render_in(loc, id, args))
    }
}

#[cfg(feature = "fluent")]
fn render_in(loc: &Loc, id: &str, args: &[(&str, &str)]) -> String {
    let mut fargs = FluentArgs::with_capacity(args.len() + 2);
    fargs.set("sex", "other");
    fargs.set("insured-sex", "other");
    for (name, v) in args {
        match str_value(v) {
            Value::Str(s) => fargs.set(*name, FluentValue::String(s)),
            Value::Num(n) => fargs.set(*name, FluentValue::Number(FluentNumber::from(n as f64))),
        }
    }
    message(&loc.bundle, id, Some(&fargs))
}

/// One language rendered by `fluent-bundle`, outside the process's
/// languages: the tests compare it with the compact renderer's
/// ([`compact::Language`]) message by message.
#[cfg(feature = "fluent")]
#[doc(hidden)]
pub struct FluentLanguage(Loc);

#[cfg(feature = "fluent")]
impl FluentLanguage {
    /// Language `lang` from its FTL resource and country table; its problems
    /// when it is not complete.
    pub fn new(lang: Lang, ftl: &str, countries_tsv: &str) -> Result<Self, Vec<String>> {
        build(lang, ftl.to_owned(), countries_tsv)
            .map(FluentLanguage)
            .map_err(Vec::from)
    }

    /// Message `id` with string arguments, exactly as [`render`] renders it
    /// (`None` when the resource lacks it).
    pub fn render(&self, id: &str, args: &[(&str, &str)]) -> Option<String> {
        self.0
            .bundle
            .has_message(id)
            .then(|| render_in(&self.0, id, args))
    }
}

/// The ids of the messages of the English resource (the reference) whose id
/// starts with `prefix` (`"page-"`: the web page's own words), in file order.
#[cfg(feature = "fluent")]
pub fn ids(prefix: &str) -> Vec<&'static str> {
    static IDS: OnceLock<Vec<&'static str>> = OnceLock::new();
    let all = IDS.get_or_init(|| {
        let Some((ftl, _)) = embedded(Lang::En) else {
            return Vec::new();
        };
        let resource = fluent_syntax::parser::parse(ftl).unwrap_or_else(|(r, _)| r);
        resource
            .body
            .into_iter()
            .filter_map(|e| match e {
                ast::Entry::Message(m) => Some(m.id.name),
                _ => None,
            })
            .collect()
    });
    all.iter()
        .copied()
        .filter(|id| id.starts_with(prefix))
        .collect()
}

// ---- Pseudo-localisation (tests) ----------------------------------------------------

/// An ASCII letter's accented look-alike, so that any plain ASCII word in a
/// pseudo-localised output is a text that bypassed the resources.
#[cfg(feature = "fluent")]
fn accent(c: char) -> char {
    const LOWER: [char; 26] = [
        'á', 'ƀ', 'ç', 'ď', 'é', 'ƒ', 'ǧ', 'ħ', 'í', 'ĵ', 'ķ', 'ļ', 'ɱ', 'ñ', 'ó', 'ƥ', 'ʠ', 'ŕ',
        'š', 'ť', 'ú', 'ʋ', 'ŵ', 'ẋ', 'ý', 'ž',
    ];
    const UPPER: [char; 26] = [
        'Á', 'Ɓ', 'Ç', 'Ď', 'É', 'Ƒ', 'Ǧ', 'Ħ', 'Í', 'Ĵ', 'Ķ', 'Ļ', 'Ṁ', 'Ñ', 'Ó', 'Ƥ', 'Ɋ', 'Ŕ',
        'Š', 'Ť', 'Ú', 'Ʋ', 'Ŵ', 'Ẋ', 'Ý', 'Ž',
    ];
    match c {
        'a'..='z' => LOWER[(c as u8 - b'a') as usize],
        'A'..='Z' => UPPER[(c as u8 - b'A') as usize],
        _ => c,
    }
}

/// The pseudo-locale of a resource (the tests' `en-XA`): every message
/// wrapped in `⟦…⟧` and its words accented; variables, functions and
/// selectors kept.
#[doc(hidden)]
#[cfg(feature = "fluent")]
pub fn pseudo(ftl: &str) -> String {
    let resource = fluent_syntax::parser::parse(ftl).unwrap_or_else(|(r, _)| r);
    let mut out = String::with_capacity(ftl.len() * 2);
    for entry in &resource.body {
        if let ast::Entry::Message(m) = entry
            && let Some(p) = &m.value
        {
            out.push_str(m.id.name);
            out.push_str(" =\n    ⟦");
            pseudo_pattern(&mut out, p);
            out.push_str("⟧\n");
        }
    }
    out
}

#[cfg(feature = "fluent")]
fn pseudo_pattern(out: &mut String, p: &ast::Pattern<&str>) {
    for e in &p.elements {
        match e {
            ast::PatternElement::TextElement { value } => {
                for (i, line) in value.split('\n').enumerate() {
                    if i > 0 {
                        out.push_str("\n    ");
                    }
                    out.extend(line.chars().map(accent));
                }
            }
            ast::PatternElement::Placeable { expression } => pseudo_expression(out, expression),
        }
    }
}

#[cfg(feature = "fluent")]
fn pseudo_expression(out: &mut String, e: &ast::Expression<&str>) {
    match e {
        ast::Expression::Inline(i) => {
            out.push_str("{ ");
            pseudo_inline(out, i);
            out.push_str(" }");
        }
        ast::Expression::Select { selector, variants } => {
            out.push_str("{ ");
            pseudo_inline(out, selector);
            out.push_str(" ->\n");
            for v in variants {
                out.push_str(if v.default { "       *[" } else { "        [" });
                match &v.key {
                    ast::VariantKey::Identifier { name } => out.push_str(name),
                    ast::VariantKey::NumberLiteral { value } => out.push_str(value),
                }
                out.push_str("] ");
                pseudo_pattern(out, &v.value);
                out.push('\n');
            }
            out.push_str("    }");
        }
    }
}

#[cfg(feature = "fluent")]
fn pseudo_inline(out: &mut String, i: &ast::InlineExpression<&str>) {
    match i {
        ast::InlineExpression::StringLiteral { value } => {
            out.push('"');
            out.push_str(value);
            out.push('"');
        }
        ast::InlineExpression::NumberLiteral { value } => out.push_str(value),
        ast::InlineExpression::VariableReference { id } => {
            out.push('$');
            out.push_str(id.name);
        }
        ast::InlineExpression::FunctionReference { id, arguments } => {
            out.push_str(id.name);
            out.push('(');
            let mut first = true;
            for a in &arguments.positional {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                pseudo_inline(out, a);
            }
            for a in &arguments.named {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                out.push_str(a.name.name);
                out.push_str(": ");
                pseudo_inline(out, &a.value);
            }
            out.push(')');
        }
        ast::InlineExpression::MessageReference { id, .. } => out.push_str(id.name),
        ast::InlineExpression::TermReference { id, .. } => {
            out.push('-');
            out.push_str(id.name);
        }
        ast::InlineExpression::Placeable { expression } => pseudo_expression(out, expression),
    }
}

/// Adds the pseudo-locale ([`Lang::Pseudo`], `en-XA`) built from the
/// embedded English resource and country table ([`pseudo`],
/// [`pseudo_countries`]): the CLI's test hook (`SECU_PSEUDO_LOCALE`), so
/// its tests see every text of a command through the resources.
#[doc(hidden)]
#[cfg(feature = "fluent")]
pub fn add_pseudo() -> Result<(), Error> {
    let (ftl, tsv) = embedded(Lang::En).unwrap_or_default();
    add_language(Lang::Pseudo, &pseudo(ftl), &pseudo_countries(tsv))
}

/// The pseudo-locale of a country table: every form accented.
#[doc(hidden)]
#[cfg(feature = "fluent")]
pub fn pseudo_countries(tsv: &str) -> String {
    let mut out = String::with_capacity(tsv.len() * 2);
    for (n, line) in tsv.lines().enumerate() {
        for (i, cell) in line.split('\t').enumerate() {
            if i > 0 {
                out.push('\t');
            }
            // The header and the code stay; the names and forms are text.
            if n == 0 || i == 0 {
                out.push_str(cell);
            } else {
                out.extend(cell.chars().map(accent));
            }
        }
        out.push('\n');
    }
    out
}
