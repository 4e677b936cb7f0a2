//! The human report: what an HR officer hands an employee. Plain text,
//! wrapped to a width (80 columns by default), with ANSI colours only when the
//! caller asks (the CLI does on a terminal). Pure: returns a `String`.

use std::fmt::Write;

use crate::Lang;
use crate::msg::{Arg, Msg};
use crate::output::{Assessment, DocKind, Document, MemberAssessment, StepStatus};
use crate::text::T;

/// How to render.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Style {
    /// Line width in columns (at least 40).
    pub width: usize,
    /// Use ANSI colours and bold.
    pub color: bool,
}

impl Style {
    /// 80 columns, no colour.
    pub const fn plain() -> Self {
        Self {
            width: 80,
            color: false,
        }
    }
    /// 80 columns, ANSI colours.
    pub const fn colored() -> Self {
        Self {
            width: 80,
            color: true,
        }
    }
}

impl Default for Style {
    fn default() -> Self {
        Self::plain()
    }
}

/// Whether a character must not reach a terminal or a calendar raw: C0 and
/// C1 controls (ESC, CR, NUL, newline…), DEL, and the bidirectional
/// embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which
/// reorder what is displayed.
pub fn is_unsafe_char(c: char) -> bool {
    c.is_control()
        || ('\u{202A}'..='\u{202E}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
}

/// A text from the input (a label, an id, a reason, a file name) made safe
/// for a human output: every character of [`is_unsafe_char`] is written as a
/// visible escape (`\u{1b}`), so that an input can neither move the cursor,
/// recolour the terminal, overwrite a line nor reorder the text. Every human
/// renderer passes such texts through it.
pub fn sanitize(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.chars().any(is_unsafe_char) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if is_unsafe_char(c) {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// The group a document is listed under in the report.
pub fn document_group(kind: DocKind) -> T {
    use DocKind as D;
    match kind {
        D::FormS1106
        | D::FormS3705
        | D::FormS1110
        | D::FormS3704
        | D::S1Form
        | D::A1Certificate
        | D::AutonomyRequestLetter => T::UiGroupForms,
        D::IdentityDocument
        | D::ResidencePermit
        | D::BirthCertificate
        | D::SwornTranslation
        | D::MarriageOrPartnershipCertificate
        | D::Legalisation => T::UiGroupIdentity,
        D::BankDetails | D::IdPhoto => T::UiGroupPayment,
        _ => T::UiGroupProofs,
    }
}

/// Wraps `text` at spaces, and between two Chinese (or Japanese, Korean)
/// characters, which need no space to be broken; never inside a date
/// (`2028-03-01`), a code or a hyphenated word, which textwrap's default
/// splitter breaks at their hyphens (issue 10, item 19). Widths are display
/// columns (a CJK character takes two, a combining mark none).
pub fn wrap<'t>(
    text: &'t str,
    width: usize,
    first: &str,
    rest: &str,
) -> Vec<std::borrow::Cow<'t, str>> {
    let opts = textwrap::Options::new(width)
        .initial_indent(first)
        .subsequent_indent(rest)
        .word_separator(textwrap::WordSeparator::Custom(words))
        .word_splitter(textwrap::WordSplitter::NoHyphenation);
    textwrap::wrap(text, opts)
}

/// The display width of `s` in a terminal's columns.
pub fn width(s: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(s)
}

/// `s` followed by spaces up to `columns` display columns.
pub fn pad(s: &str, columns: usize) -> String {
    let mut out = String::with_capacity(s.len() + columns);
    out.push_str(s);
    out.extend(std::iter::repeat_n(' ', columns.saturating_sub(width(s))));
    out
}

/// Whether a line may be broken before `c` (a character of a script written
/// without spaces) — CJK ideographs, kana, hangul and their full-width
/// punctuation — counting the rules of line breaking that keep closing
/// punctuation with what precedes it and opening punctuation with what follows.
fn is_cjk(c: char) -> bool {
    matches!(u32::from(c),
        0x2E80..=0x9FFF | 0xA960..=0xA97F | 0xAC00..=0xD7FF | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F | 0xFF00..=0xFFEF | 0x20000..=0x3FFFF)
}

/// Characters a line must not start with (closing punctuation: 「，。、：；！？）」』》」).
fn no_break_before(c: char) -> bool {
    "，。、：；！？）」』》〉】〕％…·・ー々〜,.:;!?)]}%".contains(c)
}

/// Characters a line must not end with (opening punctuation).
fn no_break_after(c: char) -> bool {
    "（「『《〈【〔([{".contains(c)
}

/// The words of a line for textwrap: runs of characters separated by
/// ASCII spaces (each word keeps its trailing spaces), and every break
/// between two characters of which one is CJK, except before closing and
/// after opening punctuation. Text without CJK is cut exactly as textwrap's
/// `AsciiSpace` cuts it.
fn words(line: &str) -> Box<dyn Iterator<Item = textwrap::core::Word<'_>> + '_> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut prev: Option<char> = None;
    let mut in_space = false;
    for (i, c) in line.char_indices() {
        if c == ' ' {
            in_space = true;
        } else {
            let cut = in_space
                || prev.is_some_and(|p| {
                    (is_cjk(p) || is_cjk(c)) && !no_break_before(c) && !no_break_after(p)
                });
            if cut && i > start {
                out.push(textwrap::core::Word::from(&line[start..i]));
                start = i;
            }
            in_space = false;
        }
        prev = Some(c);
    }
    if start < line.len() {
        out.push(textwrap::core::Word::from(&line[start..]));
    }
    Box::new(out.into_iter())
}

const GROUPS: [T; 4] = [
    T::UiGroupForms,
    T::UiGroupIdentity,
    T::UiGroupProofs,
    T::UiGroupPayment,
];

/// A plain-text page being written in one language and [`Style`]: the
/// building blocks every human renderer shares (fields, headings, wrapped
/// lines, colours only when asked), public so that the renderers of the
/// case crate (`secu_case::report`) write the same page as the report.
#[derive(Debug)]
pub struct Writer<'s> {
    /// The text written so far.
    pub out: String,
    /// The language of the labels.
    pub lang: Lang,
    /// The width and colours.
    pub style: &'s Style,
    /// The sex of the person the section is about: labels agree with it
    /// (« Couverte dès le »).
    pub sex: Option<crate::model::Sex>,
}

impl<'s> Writer<'s> {
    /// An empty page with room for `capacity` bytes.
    pub fn new(capacity: usize, lang: Lang, style: &'s Style) -> Self {
        Self {
            out: String::with_capacity(capacity),
            lang,
            style,
            sex: None,
        }
    }

    /// The text of `t` in the page's language (agreeing with [`Writer::sex`]).
    pub fn t(&self, t: T) -> &'static str {
        t.get_for(self.lang, self.sex)
    }

    /// Writes `text` in `ansi` when the style has colours, else plain.
    pub fn paint(&mut self, ansi: anstyle::Style, text: &str) {
        if self.style.color {
            let _ = write!(self.out, "{}{text}{}", ansi.render(), ansi.render_reset());
        } else {
            self.out.push_str(text);
        }
    }

    /// Writes a member's heading, `── name ───…` to the report's width, and
    /// makes the texts that follow agree with `sex`.
    fn member_heading(&mut self, name: &str, sex: Option<crate::model::Sex>) {
        let width = self.style.width.max(40);
        let rule = "─".repeat(width.saturating_sub(self::width(name) + 4).max(2));
        let header = format!("── {name} {rule}");
        self.paint(
            anstyle::Style::new()
                .bold()
                .fg_color(Some(anstyle::AnsiColor::Cyan.into())),
            &header,
        );
        self.out.push('\n');
        self.sex = sex;
    }

    /// Writes `text` wrapped, the first line after `first`, the others indented by `indent` spaces.
    pub fn wrapped(&mut self, first: &str, indent: usize, text: &str) {
        let width = self.style.width.max(40);
        let pad = " ".repeat(indent);
        for line in wrap(text, width, first, &pad) {
            self.out.push_str(&line);
            self.out.push('\n');
        }
    }

    /// Writes a labelled field: the label in a 15-column gutter, the value wrapped beside it.
    pub fn field(&mut self, label: T, value: &str) {
        let label = self.t(label);
        if width(label) < 15 {
            let first = format!("  {} ", pad(label, 15));
            self.wrapped(&first, 18, value);
        } else {
            let _ = writeln!(self.out, "  {label}");
            self.wrapped(&" ".repeat(18), 18, value);
        }
    }

    /// Writes a bold heading on its own line.
    pub fn heading(&mut self, label: T) {
        let s = self.t(label);
        self.out.push_str("  ");
        self.paint(anstyle::Style::new().bold(), s);
        self.out.push('\n');
    }
}

/// The assessment's page: a [`Writer`] and the members' names.
struct R<'s> {
    w: Writer<'s>,
    /// The members' labels, in input order.
    labels: Vec<Option<&'s str>>,
    /// The first member with each id: found once, not by scanning the
    /// members per name shown.
    ids: crate::validate::Ids<'s>,
    /// The family's document: a member without a label is "Person 2",
    /// never their internal id.
    family: bool,
}

impl<'s> std::ops::Deref for R<'s> {
    type Target = Writer<'s>;
    fn deref(&self) -> &Writer<'s> {
        &self.w
    }
}

impl<'s> std::ops::DerefMut for R<'s> {
    fn deref_mut(&mut self) -> &mut Writer<'s> {
        &mut self.w
    }
}

impl R<'_> {
    /// A member's label when given, else the id (in the family's
    /// document: "Person 2", by the member's place in the household).
    fn display_name(&self, id: &str) -> String {
        let i = self.ids.get(id);
        match i.and_then(|i| self.labels.get(i).copied().flatten()) {
            Some(l) => sanitize(l).into_owned(),
            None if self.family => {
                let n = i.map_or(0, |i| i + 1);
                T::UiPerson.format(self.lang, &[&n.to_string()])
            }
            None => sanitize(id).into_owned(),
        }
    }
}

/// Renders an assessment as a plain-text report in its own language: the
/// complete content, member by member (what [`Audience::Hr`] shows after its
/// household summary).
pub fn render(a: &Assessment<'_>, style: &Style) -> String {
    let mut r = page(a, style);
    header(&mut r, a);
    for m in &a.members {
        member(&mut r, m);
    }
    r.w.out
}

/// Who a document is written for (`secu assess --audience`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum Audience {
    /// The family: a household summary (where to send the file, the first
    /// actions, the key dates), the shared documents once, the points of
    /// attention common to everyone once, then each person by name; no
    /// payroll, no assumption, no source, no internal id.
    Family,
    /// HR: the household summary, then the complete report ([`render`]).
    #[default]
    Hr,
}

/// Renders an assessment for `audience` (see [`Audience`]).
pub fn render_for(a: &Assessment<'_>, style: &Style, audience: Audience) -> String {
    let mut r = page(a, style);
    match audience {
        Audience::Hr => {
            header(&mut r, a);
            summary(&mut r, a, audience);
            for m in &a.members {
                member(&mut r, m);
            }
        }
        Audience::Family => {
            r.family = true;
            let title = Msg::new(T::UiTitle, a.lang)
                .arg(0, Arg::Date(a.as_of))
                .to_string();
            r.paint(anstyle::Style::new().bold(), &title);
            r.out.push('\n');
            summary(&mut r, a, audience);
            let shared = household_warnings(a);
            if !shared.is_empty() {
                r.out.push('\n');
                r.heading(T::UiHouseholdWarnings);
                for w in &shared {
                    warning(&mut r, &w.message.to_string());
                }
            }
            household_documents(&mut r, a);
            for m in &a.members {
                family_member(&mut r, m, &shared);
            }
        }
    }
    r.w.out
}

fn page<'s>(a: &Assessment<'s>, style: &'s Style) -> R<'s> {
    R {
        w: Writer::new(4096, a.lang, style),
        labels: a.members.iter().map(|m| m.label).collect(),
        ids: crate::validate::Ids::new(a.members.iter().map(|m| m.id)),
        family: false,
    }
}

fn header(r: &mut R<'_>, a: &Assessment<'_>) {
    let lang = a.lang;
    let title = Msg::new(T::UiTitle, lang)
        .arg(0, Arg::Date(a.as_of))
        .to_string();
    r.paint(anstyle::Style::new().bold(), &title);
    r.out.push('\n');
    let rules = T::UiRules.format(lang, &[a.secu_version, a.rules_version]);
    r.out.push_str(&rules);
    r.out.push('\n');
    if !a.policies.is_empty() {
        let names: Vec<&str> = a.policies.keys().map(String::as_str).collect();
        let p = T::UiPolicies.format(lang, &[&names.join(list_sep(lang))]);
        r.wrapped("", 0, &p);
    }
}

fn member(r: &mut R<'_>, m: &MemberAssessment<'_>) {
    let lang = r.lang;
    r.out.push('\n');
    let age = age_text(m, lang);
    let name = match m.label {
        Some(l) => format!("{} ({}) · {age}", sanitize(l), sanitize(m.id)),
        None => format!("{} · {age}", sanitize(m.id)),
    };
    r.member_heading(&name, m.sex);
    r.field(T::UiAffiliation, m.affiliation.text().get(lang));
    r.field(T::UiBasis, m.basis.text().get(lang));
    if m.affiliation.is_french() {
        let from = m.covered_from.map_or_else(
            || r.t(T::UiUnknown).to_owned(),
            |d| crate::l10n::date(lang, d),
        );
        r.field(T::UiCoveredFrom, &from);
        let fund = match &m.fund {
            Some(f) => match f.department {
                Some(d) => format!("{} ({d})", f.name),
                None => f.name.to_owned(),
            },
            None => r.t(T::UiUnknown).to_owned(),
        };
        r.field(T::UiFund, &fund);
    }
    if let Some(s) = m.dependent_status {
        r.field(T::UiChildStatus, s.text().get_for(lang, m.sex));
    }
    if !m.attached_to.is_empty() {
        let names: Vec<String> = m.attached_to.iter().map(|id| r.display_name(id)).collect();
        r.field(T::UiAttachedTo, &names.join(list_sep(lang)));
    }
    if let Some(n) = &m.nir {
        // Masked; a 13-character number shows the key the check computed.
        let mut shown = n.masked.clone();
        if !n.key_given {
            let would = T::UiNirWithoutKey.format(lang, &[&format!("{:02}", n.key)]);
            let _ = write!(shown, " ({would})");
        }
        r.field(if n.provisional { T::UiNia } else { T::UiNir }, &shown);
    }
    if m.identification_required {
        r.field(T::UiIdentification, T::UiIdentificationYes.get(lang));
    }
    // Why: the conclusions, in order.
    let mut first = true;
    for e in &m.explanation {
        let label = if first {
            format!("  {} ", pad(r.t(T::UiWhy), 15))
        } else {
            " ".repeat(18)
        };
        first = false;
        r.wrapped(&format!("{label}• "), 20, &e.conclusion.to_string());
    }
    if m.documents.is_empty() && m.steps.is_empty() {
        r.out.push('\n');
        let s = r.t(T::UiNothingToDo);
        r.wrapped("  ", 2, s);
    }
    if !m.documents.is_empty() {
        r.out.push('\n');
        r.heading(T::UiDocuments);
        for g in GROUPS {
            let docs: Vec<&Document<'_>> = m
                .documents
                .iter()
                .filter(|d| document_group(d.kind) == g)
                .collect();
            if docs.is_empty() {
                continue;
            }
            let gl = format!("   {}", r.t(g));
            r.paint(anstyle::Style::new().underline(), &gl);
            r.out.push('\n');
            for d in docs {
                document(r, d);
            }
        }
    }
    if !m.steps.is_empty() {
        r.out.push('\n');
        r.heading(T::UiSteps);
        let mut n = 0;
        for s in &m.steps {
            if s.status == StepStatus::NotApplicable {
                continue;
            }
            n += 1;
            let mut line = format!(
                "{} — {} [{}]",
                s.step.text().get(lang),
                s.actor.text().get(lang),
                s.status.text().get(lang)
            );
            if let Some(d) = s.expected_by {
                let _ = write!(
                    line,
                    ", {}",
                    Msg::new(T::UiExpectedBy, lang).arg(0, Arg::Date(d))
                );
            }
            r.wrapped(&format!("   {n}. "), 6, &line);
        }
    }
    if !m.milestones.is_empty() {
        r.out.push('\n');
        r.heading(T::UiMilestones);
        let dates: Vec<String> = m
            .milestones
            .iter()
            .map(|ms| crate::l10n::date(lang, ms.date))
            .collect();
        let width = dates.iter().map(|d| self::width(d)).max().unwrap_or(0);
        for (ms, date) in m.milestones.iter().zip(&dates) {
            let pad = " ".repeat(width - self::width(date));
            r.wrapped(
                &format!("   {date}{pad}  "),
                width + 5,
                ms.kind.text().get(lang),
            );
        }
    }
    if let Some(p) = &m.payroll {
        r.out.push('\n');
        r.heading(T::UiPayroll);
        r.field(T::UiDsnIdentifier, p.dsn_identifier.text().get(lang));
        if let Some(ntt) = &p.ntt_suggestion {
            r.field(T::UiNttSuggestion, ntt);
        }
        r.wrapped("  ", 2, &p.note.to_string());
    }
    if !m.warnings.is_empty() {
        r.out.push('\n');
        r.heading(T::UiWarnings);
        for w in &m.warnings {
            warning(r, &w.message.to_string());
        }
    }
}

/// Writes one point of attention, "   ! text", the mark in yellow.
fn warning(r: &mut R<'_>, text: &str) {
    let width = r.style.width.max(40);
    for (i, line) in wrap(text, width, "   ! ", "     ").into_iter().enumerate() {
        if i == 0 {
            r.out.push_str("   ");
            r.paint(
                anstyle::Style::new()
                    .bold()
                    .fg_color(Some(anstyle::AnsiColor::Yellow.into())),
                "!",
            );
            r.out.push_str(&line[4..]);
        } else {
            r.out.push_str(&line);
        }
        r.out.push('\n');
    }
}

/// The conclusions the family's document leaves to HR: payroll (DSN, NTT)
/// and the beneficiary end stated as an assumption.
const HR_ONLY_CONCLUSIONS: [T; 4] = [
    T::CPayrollNir,
    T::CPayrollNia,
    T::CPayrollNtt,
    T::CBeneficiaryEndBirthday,
];

/// Whether a conclusion belongs in the family's document.
fn for_family(e: &crate::output::Explanation) -> bool {
    !HR_ONLY_CONCLUSIONS.contains(&e.conclusion.key)
        && e.confidence != crate::source::Confidence::Unverified
}

/// Whether a warning belongs in the family's document (the NTT tolerance is
/// the employer's).
fn warning_for_family(w: &crate::output::Warning) -> bool {
    w.code != crate::output::WarningCode::NttToleranceExceeded
}

/// The names of `ids` joined, or "the whole household" when they are every
/// member of a household of several.
fn names(r: &R<'_>, ids: &[&str], members: usize) -> String {
    if members > 1 && ids.len() == members {
        return r.t(T::UiWholeHousehold).to_owned();
    }
    let v: Vec<String> = ids.iter().map(|id| r.display_name(id)).collect();
    v.join(list_sep(r.lang))
}

/// `what`, then whom it concerns after a colon; alone in a household of one.
fn with_names(r: &R<'_>, what: &str, ids: &[&str], members: usize) -> String {
    if members > 1 {
        format!("{what}{}{}", colon(r.lang), names(r, ids, members))
    } else {
        what.to_owned()
    }
}

/// Pushes `id` into `v` unless it is there.
fn push_once<'a>(v: &mut Vec<&'a str>, id: &'a str) {
    if !v.contains(&id) {
        v.push(id);
    }
}

/// The household summary: where to send the file, the first actions in
/// order, the key dates (coverage, deadlines, milestones of the next twelve
/// months).
fn summary(r: &mut R<'_>, a: &Assessment<'_>, audience: Audience) {
    let lang = a.lang;
    let n = a.members.len();
    r.out.push('\n');
    r.heading(T::UiSummary);
    // Where: each fund once, with whom when the household splits.
    let mut funds: Vec<(String, Vec<&str>)> = Vec::new();
    for m in &a.members {
        if let Some(f) = &m.fund {
            let name = match f.department {
                Some(d) => format!("{} ({d})", f.name),
                None => f.name.to_owned(),
            };
            match funds.iter_mut().find(|(n, _)| *n == name) {
                Some((_, ids)) => ids.push(m.id),
                None => funds.push((name, vec![m.id])),
            }
        }
    }
    if !funds.is_empty() {
        let text = if funds.len() == 1 {
            funds[0].0.clone()
        } else {
            let parts: Vec<String> = funds
                .iter()
                .map(|(f, ids)| format!("{f}{}{}", colon(lang), names(r, ids, n)))
                .collect();
            parts.join(semicolon(lang))
        };
        let line = format!("{}{}{}", r.t(T::UiSendTo), colon(lang), sanitize(&text));
        r.wrapped("  ", 4, &line);
    }
    // First actions: the family's steps still to do, each once, in the
    // order the assessment gives them, with whom; the first three.
    let mut actions: Vec<(crate::output::StepId, Vec<&str>)> = Vec::new();
    for m in &a.members {
        for s in &m.steps {
            // The family's own actions: what the fund or SANDIA does is in
            // each person's steps.
            let theirs = matches!(
                s.actor,
                crate::output::Actor::Member | crate::output::Actor::Parent
            );
            if !theirs || matches!(s.status, StepStatus::NotApplicable | StepStatus::Done) {
                continue;
            }
            match actions.iter_mut().find(|(k, _)| *k == s.step) {
                Some((_, ids)) => push_once(ids, m.id),
                None => actions.push((s.step, vec![m.id])),
            }
        }
    }
    if !actions.is_empty() {
        r.out.push('\n');
        r.heading(T::UiFirstActions);
        for (i, (step, ids)) in actions.iter().take(3).enumerate() {
            let line = with_names(r, step.text().get(lang), ids, n);
            r.wrapped(&format!("   {}. ", i + 1), 6, &line);
        }
    }
    // Key dates, in date order.
    let horizon = a.as_of + chrono::Months::new(crate::rules::steps::SUMMARY_HORIZON_MONTHS);
    let mut dates: Vec<(chrono::NaiveDate, String, Vec<&str>)> = Vec::new();
    for m in &a.members {
        let mut entries: Vec<(chrono::NaiveDate, String)> = Vec::new();
        if let Some(d) = m.covered_from {
            entries.push((d, r.t(T::UiCoverageStarts).to_owned()));
        }
        for s in &m.steps {
            if let Some(d) = s.expected_by
                && !matches!(s.status, StepStatus::NotApplicable | StepStatus::Done)
            {
                entries.push((d, s.step.text().get(lang).to_owned()));
            }
        }
        for ms in &m.milestones {
            if ms.date > horizon || ms.date < a.as_of {
                continue;
            }
            if audience == Audience::Family && ms.kind == crate::output::MilestoneKind::NttLimit {
                continue;
            }
            entries.push((ms.date, ms.kind.text().get(lang).to_owned()));
        }
        for (d, what) in entries {
            match dates.iter_mut().find(|(k, w, _)| *k == d && *w == what) {
                Some((_, _, ids)) => push_once(ids, m.id),
                None => dates.push((d, what, vec![m.id])),
            }
        }
    }
    if !dates.is_empty() {
        dates.sort_by_key(|x| x.0);
        r.out.push('\n');
        r.heading(T::UiKeyDates);
        let shown: Vec<String> = dates
            .iter()
            .map(|(d, _, _)| crate::l10n::date(lang, *d))
            .collect();
        let width = shown.iter().map(|d| self::width(d)).max().unwrap_or(0);
        for ((_, what, ids), date) in dates.iter().zip(&shown) {
            let pad = " ".repeat(width - self::width(date));
            let line = with_names(r, what, ids, n);
            r.wrapped(&format!("   {date}{pad}  "), width + 5, &line);
        }
    }
}

/// The warnings every member of a household of several has, word for word:
/// said once for the household in the family's document.
fn household_warnings(a: &Assessment<'_>) -> Vec<crate::output::Warning> {
    let Some((first, rest)) = a.members.split_first() else {
        return Vec::new();
    };
    if rest.is_empty() {
        return Vec::new();
    }
    first
        .warnings
        .iter()
        .filter(|w| warning_for_family(w))
        .filter(|w| {
            let text = w.message.to_string();
            rest.iter()
                .all(|m| m.warnings.iter().any(|x| x.message.to_string() == text))
        })
        .copied()
        .collect()
}

/// A document of the household: the members' documents of one kind and
/// label merged, with whom it is for.
struct Shared<'d, 'a> {
    first: &'d Document<'a>,
    reasons: Vec<String>,
    covers: Vec<DocKind>,
    alternatives: Vec<crate::output::Alt>,
    translation: bool,
    who: Vec<&'a str>,
}

/// The documents of the whole household, each once, grouped as in the
/// report, with whom each is for.
fn household_documents(r: &mut R<'_>, a: &Assessment<'_>) {
    let lang = a.lang;
    let n = a.members.len();
    let mut docs: Vec<(String, Shared<'_, '_>)> = Vec::new();
    for m in &a.members {
        for d in &m.documents {
            let label = d.label.to_string();
            let i = match docs
                .iter()
                .position(|(l, s)| *l == label && s.first.kind == d.kind)
            {
                Some(i) => i,
                None => {
                    docs.push((
                        label,
                        Shared {
                            first: d,
                            reasons: Vec::new(),
                            covers: Vec::new(),
                            alternatives: Vec::new(),
                            translation: false,
                            who: Vec::new(),
                        },
                    ));
                    docs.len() - 1
                }
            };
            let s = &mut docs[i].1;
            let reason = d.reason.to_string();
            if !s.reasons.contains(&reason) {
                s.reasons.push(reason);
            }
            for x in d.alternatives.items {
                if !s.alternatives.contains(x) {
                    s.alternatives.push(*x);
                }
            }
            for k in d.covers {
                if !s.covers.contains(k) {
                    s.covers.push(*k);
                }
            }
            s.translation |= d.translation_required && d.kind != DocKind::SwornTranslation;
            if d.for_members.is_empty() {
                push_once(&mut s.who, m.id);
            } else {
                for id in &d.for_members {
                    push_once(&mut s.who, id);
                }
            }
        }
    }
    if docs.is_empty() {
        return;
    }
    r.out.push('\n');
    r.heading(T::UiDocuments);
    for g in GROUPS {
        let in_group: Vec<&(String, Shared<'_, '_>)> = docs
            .iter()
            .filter(|(_, s)| document_group(s.first.kind) == g)
            .collect();
        if in_group.is_empty() {
            continue;
        }
        let gl = format!("   {}", r.t(g));
        r.paint(anstyle::Style::new().underline(), &gl);
        r.out.push('\n');
        for (label, s) in in_group {
            r.wrapped("   [ ] ", 7, label);
            for reason in &s.reasons {
                r.wrapped("       ", 7, reason);
            }
            if !s.alternatives.is_empty() {
                let alts: Vec<&str> = s.alternatives.iter().map(|x| x.text().get(lang)).collect();
                let line = format!("{}{}{}", r.t(T::UiOneOf), colon(lang), alts.join(" · "));
                r.wrapped("       ", 7, &line);
            }
            if !s.covers.is_empty() {
                let covers: Vec<&str> = s.covers.iter().map(|k| k.text().get(lang)).collect();
                let line = format!(
                    "{}{}{}",
                    r.t(T::UiCovers),
                    colon(lang),
                    covers.join(semicolon(lang))
                );
                r.wrapped("       ", 7, &line);
            }
            if n > 1 {
                let line = format!(
                    "{}{}{}",
                    r.t(T::UiForChildren),
                    colon(lang),
                    names(r, &s.who, n)
                );
                r.wrapped("       ", 7, &line);
            }
            if s.translation {
                r.out.push_str("       ");
                let t = format!("⚠ {}", r.t(T::UiTranslation));
                r.paint(
                    anstyle::Style::new().fg_color(Some(anstyle::AnsiColor::Yellow.into())),
                    &t,
                );
                r.out.push('\n');
            }
        }
    }
}

/// A person in the family's document: by name, what they get and from when,
/// why (without payroll or assumptions), their steps, dates and their own
/// points of attention. Their documents are in the household's list.
fn family_member(r: &mut R<'_>, m: &MemberAssessment<'_>, shared: &[crate::output::Warning]) {
    let lang = r.lang;
    r.out.push('\n');
    r.sex = None;
    let name = format!("{} · {}", r.display_name(m.id), age_text(m, lang));
    r.member_heading(&name, m.sex);
    r.field(T::UiAffiliation, m.affiliation.text().get(lang));
    if m.affiliation.is_french() {
        let from = m.covered_from.map_or_else(
            || r.t(T::UiUnknown).to_owned(),
            |d| crate::l10n::date(lang, d),
        );
        r.field(T::UiCoveredFrom, &from);
    }
    if let Some(s) = m.dependent_status {
        r.field(T::UiChildStatus, s.text().get_for(lang, m.sex));
    }
    if !m.attached_to.is_empty() {
        let names: Vec<String> = m.attached_to.iter().map(|id| r.display_name(id)).collect();
        r.field(T::UiAttachedTo, &names.join(list_sep(lang)));
    }
    if m.identification_required {
        r.field(T::UiIdentification, T::UiIdentificationYes.get(lang));
    }
    let mut first = true;
    for e in m.explanation.iter().filter(|e| for_family(e)) {
        let label = if first {
            format!("  {} ", pad(r.t(T::UiWhy), 15))
        } else {
            " ".repeat(18)
        };
        first = false;
        r.wrapped(&format!("{label}• "), 20, &e.conclusion.to_string());
    }
    if m.documents.is_empty() && m.steps.is_empty() {
        r.out.push('\n');
        let s = r.t(T::UiNothingToDo);
        r.wrapped("  ", 2, s);
    }
    let steps: Vec<_> = m
        .steps
        .iter()
        .filter(|s| s.status != StepStatus::NotApplicable)
        .collect();
    if !steps.is_empty() {
        r.out.push('\n');
        r.heading(T::UiSteps);
        for (i, s) in steps.iter().enumerate() {
            let mut line = format!(
                "{} — {} [{}]",
                s.step.text().get(lang),
                s.actor.text().get(lang),
                s.status.text().get(lang)
            );
            if let Some(d) = s.expected_by {
                let _ = write!(
                    line,
                    ", {}",
                    Msg::new(T::UiExpectedBy, lang).arg(0, Arg::Date(d))
                );
            }
            r.wrapped(&format!("   {}. ", i + 1), 6, &line);
        }
    }
    let milestones: Vec<_> = m
        .milestones
        .iter()
        .filter(|ms| ms.kind != crate::output::MilestoneKind::NttLimit)
        .collect();
    if !milestones.is_empty() {
        r.out.push('\n');
        r.heading(T::UiMilestones);
        let dates: Vec<String> = milestones
            .iter()
            .map(|ms| crate::l10n::date(lang, ms.date))
            .collect();
        let width = dates.iter().map(|d| self::width(d)).max().unwrap_or(0);
        for (ms, date) in milestones.iter().zip(&dates) {
            let pad = " ".repeat(width - self::width(date));
            r.wrapped(
                &format!("   {date}{pad}  "),
                width + 5,
                ms.kind.text().get(lang),
            );
        }
    }
    let own: Vec<_> = m
        .warnings
        .iter()
        .filter(|w| {
            warning_for_family(w)
                && !shared
                    .iter()
                    .any(|s| s.code == w.code && s.message.to_string() == w.message.to_string())
        })
        .collect();
    if !own.is_empty() {
        r.out.push('\n');
        r.heading(T::UiWarnings);
        for w in own {
            warning(r, &w.message.to_string());
        }
    }
}

fn document(r: &mut R<'_>, d: &Document<'_>) {
    let lang = r.lang;
    r.wrapped("   [ ] ", 7, &d.label.to_string());
    r.wrapped("       ", 7, &d.reason.to_string());
    if !d.alternatives.items.is_empty() {
        let alts: Vec<&str> = d
            .alternatives
            .items
            .iter()
            .map(|x| x.text().get(lang))
            .collect();
        let line = format!("{}{}{}", r.t(T::UiOneOf), colon(lang), alts.join(" · "));
        r.wrapped("       ", 7, &line);
    }
    if !d.covers.is_empty() {
        let covers: Vec<&str> = d.covers.iter().map(|k| k.text().get(lang)).collect();
        let line = format!(
            "{}{}{}",
            r.t(T::UiCovers),
            colon(lang),
            covers.join(semicolon(lang))
        );
        r.wrapped("       ", 7, &line);
    }
    if !d.for_members.is_empty() {
        let names: Vec<String> = d.for_members.iter().map(|id| r.display_name(id)).collect();
        let line = format!(
            "{}{}{}",
            r.t(T::UiForChildren),
            colon(lang),
            names.join(list_sep(lang))
        );
        r.wrapped("       ", 7, &line);
    }
    if d.translation_required && d.kind != DocKind::SwornTranslation {
        r.out.push_str("       ");
        let t = format!("⚠ {}", r.t(T::UiTranslation));
        r.paint(
            anstyle::Style::new().fg_color(Some(anstyle::AnsiColor::Yellow.into())),
            &t,
        );
        r.out.push('\n');
    }
}

/// "34 years old", "1 year old"; under a year, "1 month old", "5 months old"
/// (a newborn is not "0 years old").
fn age_text(m: &MemberAssessment<'_>, lang: Lang) -> String {
    let num = |n: u32| Arg::Num(i32::try_from(n).unwrap_or(i32::MAX));
    match (m.age, m.age_months) {
        (0, Some(1)) => T::UiAgeOneMonth.get(lang).to_owned(),
        (0, Some(months)) => Msg::new(T::UiAgeMonths, lang)
            .arg(0, num(months))
            .to_string(),
        (1, _) => T::UiAgeOneYear.get(lang).to_owned(),
        (years, _) => Msg::new(T::UiAge, lang).arg(0, num(years)).to_string(),
    }
}

/// Between the items of a list of names or things (`ui-list-sep`): ", " in
/// English, "、" in Chinese, "، " in Arabic.
pub fn list_sep(lang: Lang) -> &'static str {
    T::UiListSep.get(lang)
}

/// Between the items of a list of phrases (`ui-list-semicolon`): "; " in
/// English, " ; " in French typography (a no-break space before the
/// semicolon, docs/l10n.md), "；" in Chinese, "؛ " in Arabic.
pub fn semicolon(lang: Lang) -> &'static str {
    T::UiListSemicolon.get(lang)
}

/// Between a label and its value (`ui-colon`): ": " in English, " : " in
/// French typography (a no-break space before the colon, docs/l10n.md),
/// the full-width "：" in Chinese.
pub fn colon(lang: Lang) -> &'static str {
    T::UiColon.get(lang)
}

/// Renders the verdict of `secu nir check` as text in `lang`. The number is
/// shown in full: the user typed it.
pub fn render_nir_check(c: &crate::id::nir::NirCheck, lang: Lang) -> String {
    use crate::id::nir::{NirCheckKind, PlaceKind};
    let t = |k: T| k.get(lang);
    let mut out = String::new();
    let verdict = match c.kind {
        NirCheckKind::Nir if c.key_given.is_some() => t(T::NirValid),
        NirCheckKind::Nir | NirCheckKind::NirWithoutKey => t(T::NirValidWithoutKey),
        NirCheckKind::LegacyNnp => t(T::NirLegacyNnp),
        NirCheckKind::LegacyMig => t(T::NirLegacyMig),
        _ => t(T::NirInvalid),
    };
    let _ = writeln!(
        out,
        "{}{verdict}",
        c.number
            .as_deref()
            .map(|n| format!("{n}: "))
            .unwrap_or_default()
    );
    if let Some(e) = &c.error {
        let _ = writeln!(
            out,
            "  {}{}{}",
            t(T::NirWhy),
            colon(lang),
            e.text.render(lang)
        );
    }
    if let Some(s) = c.sex {
        let sex = match s {
            crate::model::Sex::Female => t(T::NirFemale),
            crate::model::Sex::Male => t(T::NirMale),
        };
        let _ = writeln!(out, "  {}{sex}", pad(t(T::NirSex), 20));
    }
    if let Some(y) = c.year {
        let _ = writeln!(out, "  {}{y:02}", pad(t(T::NirYear), 20));
    }
    if let Some(m) = c.month {
        let pseudo = if m.pseudo {
            format!(" ({})", t(T::NirPseudoMonth))
        } else {
            String::new()
        };
        let _ = writeln!(out, "  {}{:02}{pseudo}", pad(t(T::NirMonth), 20), m.number);
    }
    if let Some(p) = &c.place {
        let place = match p.kind {
            PlaceKind::Abroad => {
                let country = p
                    .country
                    .map_or_else(|| t(T::UiUnknown).to_owned(), |k| k.name(lang).to_owned());
                format!(
                    "{} 99 {} ({country})",
                    t(T::NirAbroad),
                    p.country_code.as_deref().unwrap_or("?")
                )
            }
            _ => {
                let mut s = format!(
                    "{} {}, {} {}",
                    t(T::NirDepartment),
                    p.department.as_deref().unwrap_or("?"),
                    t(T::NirCommune),
                    p.commune.as_deref().unwrap_or("?")
                );
                if p.may_be_historical_abroad {
                    let _ = write!(s, " ({})", t(T::NirHistorical));
                }
                s
            }
        };
        let _ = writeln!(out, "  {}{place}", pad(t(T::NirPlace), 20));
    }
    if let Some(o) = c.order {
        let _ = writeln!(out, "  {}{o:03}", pad(t(T::NirOrder), 20));
    }
    if let Some(k) = c.key_expected {
        let given = c
            .key_given
            .map(|g| format!(" ({} {g:02})", t(T::NirKeyGiven)))
            .unwrap_or_default();
        let _ = writeln!(out, "  {}{k:02}{given}", pad(t(T::NirKeyExpected), 20));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Options, assess, parse_household};

    /// A primary (with `nir` when given) and a child born on `child_birth`,
    /// assessed on 2026-11-27 and rendered in `lang`.
    fn report(nir: Option<&str>, child_birth: &str, lang: Lang) -> String {
        let nir = nir
            .map(|n| format!(r#", "nir": "{n}""#))
            .unwrap_or_default();
        let json = format!(
            r#"{{"as_of": "2026-11-27", "members": [
            {{"id": "ana", "relationship": "primary", "birth_date": "1993-08-15", "sex": "male",
              "nationality": "ES", "birth_country": "ES", "activity": {{"kind": "employed", "start_date": "2026-10-01"}}{nir}}},
            {{"id": "bebe", "relationship": "child", "birth_date": "{child_birth}", "nationality": "ES", "birth_country": "FR"}}]}}"#
        );
        let h = parse_household(json.as_bytes()).expect("parses");
        let a = assess(&h, &Options::default().with_lang(lang)).expect("assesses");
        render(&a, &Style::plain())
    }

    fn header<'r>(report: &'r str, id: &str) -> &'r str {
        report
            .lines()
            .find(|l| l.starts_with(&format!("── {id} ")))
            .unwrap_or_default()
    }

    /// Issue 10, item 19: a date at the end of a line is moved whole to the
    /// next one, never cut at its hyphen ("2028-" / "03-01").
    #[test]
    fn never_breaks_inside_a_date() {
        let text = format!("{} 2028-03-01 and then more", "x".repeat(33));
        let lines = wrap(&text, 40, "", "");
        assert_eq!(lines, [&"x".repeat(33), "2028-03-01 and then more"]);
    }

    /// Issue 10, item 19: a newborn is not "0 years old"; nor a one-year-old
    /// "1 years old". Issue 14: nor "0 months old" / « 0 mois ».
    #[test]
    fn ages_under_two_read_naturally() {
        for (birth, en, fr) in [
            (
                "2026-11-27",
                "bebe · under one month old",
                "bebe · moins d'un mois",
            ),
            ("2026-10-27", "bebe · 1 month old", "bebe · 1 mois"),
            ("2026-05-28", "bebe · 5 months old", "bebe · 5 mois"),
            ("2025-11-28", "bebe · 11 months old", "bebe · 11 mois"),
            ("2025-11-27", "bebe · 1 year old", "bebe · 1 an"),
            ("2024-11-27", "bebe · 2 years old", "bebe · 2 ans"),
        ] {
            let r = report(None, birth, Lang::En);
            assert!(
                header(&r, "bebe").starts_with(&format!("── {en} ─")),
                "{birth}: {r}"
            );
            let r = report(None, birth, Lang::Fr);
            assert!(
                header(&r, "bebe").starts_with(&format!("── {fr} ─")),
                "{birth}: {r}"
            );
        }
    }

    /// Issue 10, item 19: the member's section shows the NIR masked, and the
    /// key a 13-character NIR would have; never the number in full.
    #[test]
    fn the_nir_is_shown_masked_with_its_key() {
        let r = report(Some("1 93 08 99 134 045 35"), "2020-01-01", Lang::En);
        assert!(
            r.contains("  NIR             * ** ** ** *** *45 35\n"),
            "{r}"
        );
        assert!(!r.contains("would be"), "{r}");
        let r = report(Some("1 93 08 99 134 045"), "2020-01-01", Lang::En);
        assert!(
            r.contains("  NIR             * ** ** ** *** *45 35 (key not given; it would be 35)\n"),
            "{r}"
        );
        let r = report(Some("1930899134045"), "2020-01-01", Lang::Fr);
        assert!(r.contains("(clé non saisie\u{a0}; elle serait 35)"), "{r}");
        for digits in ["99134", "134 045", "1 93 08"] {
            assert!(!r.contains(digits), "{digits}: {r}");
        }
    }
}
