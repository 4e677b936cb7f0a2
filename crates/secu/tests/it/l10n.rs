//! The localisation system (issue 14, docs/l10n.md): every resource is
//! complete, the check catches what is missing, French typography, a
//! pseudo-locale through which no English text passes, and the grammar cases
//! of both reference languages pinned by snapshots.

use std::path::PathBuf;

use secu::report::Style;
use secu::{Lang, Options, l10n};

use crate::helpers::{example_bytes, example_names};

fn l10n_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("l10n")
}

fn resource(tag: &str) -> String {
    std::fs::read_to_string(l10n_dir().join(tag).join("secu.ftl")).expect("resource readable")
}

fn countries(tag: &str) -> String {
    std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("src/data/l10n/countries")
            .join(format!("{tag}.tsv")),
    )
    .expect("country table readable")
}

/// Every resource on disk (the reference ones and any translation) parses,
/// has every message of the code with English's variables, and nothing else.
#[test]
fn every_resource_is_complete() {
    let mut checked = Vec::new();
    for lang in Lang::ALL {
        let path = l10n_dir().join(lang.tag()).join("secu.ftl");
        let Ok(ftl) = std::fs::read_to_string(&path) else {
            continue;
        };
        let problems = l10n::check_source(&ftl);
        assert!(problems.is_empty(), "{}: {problems:#?}", path.display());
        checked.push(lang.tag());
    }
    assert!(checked.starts_with(&["en", "fr"]), "{checked:?}");
    assert!(Lang::En.is_available() && Lang::Fr.is_available());
}

/// The check is not a formality: a missing message, a renamed variable, a
/// message the code does not know and a syntax error are each caught.
#[test]
fn the_completeness_check_catches_each_fault() {
    let en = resource("en");
    let without = en
        .lines()
        .filter(|l| !l.starts_with("w-permit-expired ="))
        .collect::<Vec<_>>()
        .join("\n");
    let renamed = without.replace(
        "ui-title = French health insurance: assessment as of { DATE($date) }",
        "ui-title = French health insurance: assessment as of { DATE($day) }",
    );
    assert_ne!(
        renamed, without,
        "the English ui-title changed: update this test"
    );
    let broken = format!("{renamed}\nextra-message = hello\nbroken = {{ $x\n");
    let problems = l10n::check_source(&broken);
    for expected in [
        "missing message w-permit-expired",
        "ui-title: unknown variable $day",
        "ui-title: variable $date not used",
        "message extra-message is not one of the code's",
    ] {
        assert!(
            problems.iter().any(|p| p == expected),
            "{expected}: {problems:#?}"
        );
    }
    assert!(
        problems.iter().any(|p| p.starts_with("parse error")),
        "{problems:#?}"
    );
    assert!(l10n::check_source(&en).is_empty());
}

/// A language given at run time is selectable only when complete; an
/// incomplete one is refused with its problems named, and stays unavailable.
#[test]
fn an_incomplete_language_is_not_selectable() {
    // A slot no build embeds and no test filled yet (none once all eight
    // languages are embedded: then there is nothing to refuse).
    let Some(lang) = Lang::ALL
        .into_iter()
        .find(|l| !l.is_available() && l10n::problems(*l).is_empty())
    else {
        return;
    };
    let en = resource("en");
    let incomplete: String = en
        .lines()
        .filter(|l| !l.starts_with("ui-title ="))
        .map(|l| format!("{l}\n"))
        .collect();
    let err = l10n::add_language(lang, &incomplete, &countries("en"))
        .expect_err("incomplete")
        .to_string();
    assert!(err.contains("missing message ui-title"), "{err}");
    assert!(!lang.is_available());
    assert!(Lang::parse_available(lang.tag()).is_err());
    assert!(!Lang::available().contains(&lang));
}

/// French typography (docs/l10n.md): a no-break space U+00A0, never an
/// ordinary one, before « : ; ! ? » and inside guillemets; and never none
/// before « ; ! ? ».
#[test]
fn french_typography() {
    let fr = resource("fr");
    let mut problems = Vec::new();
    for (n, line) in fr.lines().enumerate() {
        if line.starts_with('#') {
            continue;
        }
        let chars: Vec<char> = line.chars().collect();
        for (i, &c) in chars.iter().enumerate() {
            let before = i.checked_sub(1).map(|j| chars[j]);
            let after = chars.get(i + 1).copied();
            let bad = match c {
                // `form: "of"` in a COUNTRY call is syntax, not text.
                ':' => before == Some(' ') && !line[..].contains("form:"),
                ';' | '!' | '?' => {
                    before == Some(' ')
                        || (before.is_some_and(char::is_alphanumeric)
                            && after.is_none_or(|a| a == ' '))
                }
                '«' => after == Some(' '),
                '»' => before == Some(' '),
                _ => false,
            };
            if bad {
                problems.push(format!("line {}: {line}", n + 1));
                break;
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

/// The ids of the messages that select on `$sex` in any language (or use
/// it): the texts about one person, whose every call site must pass the
/// person's sex (docs/l10n.md).
fn sex_ids() -> std::collections::BTreeSet<String> {
    let mut ids = std::collections::BTreeSet::new();
    for lang in Lang::ALL {
        let Ok(ftl) = std::fs::read_to_string(l10n_dir().join(lang.tag()).join("secu.ftl")) else {
            continue;
        };
        let mut current: Option<&str> = None;
        for line in ftl.lines() {
            if let Some((id, _)) = line.split_once(" =").filter(|(id, _)| {
                !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            }) {
                current = Some(id);
            } else if !line.starts_with(' ') && !line.is_empty() {
                current = None;
            }
            if let Some(id) = current
                && line.contains("$sex")
            {
                ids.insert(id.to_owned());
            }
        }
    }
    ids
}

/// Marks, in a pseudo-localised resource, every message of `ids` with
/// [`NO_SEX`] when it is rendered without a sex (`$sex` absent, i.e.
/// `other`): with every member's sex known, a mark in an output is a call
/// site that did not pass the person's sex.
fn mark_missing_sex(ftl: &str, ids: &std::collections::BTreeSet<String>) -> String {
    let mut out = String::with_capacity(ftl.len() + ids.len() * 80);
    let mut chunk = String::new();
    let mut id = String::new();
    let flush = |out: &mut String, chunk: &mut String, id: &str| {
        if ids.contains(id) && chunk.ends_with("⟧\n") {
            chunk.truncate(chunk.len() - 1);
            chunk.push_str(&format!(
                "{{ $sex ->\n        [female] {{\"\"}}\n        [male] {{\"\"}}\n       *[other] {NO_SEX}\n    }}\n"
            ));
        }
        out.push_str(chunk);
        chunk.clear();
    };
    for line in ftl.lines() {
        if let Some(start) = line.strip_suffix(" =")
            && !start.starts_with(' ')
        {
            flush(&mut out, &mut chunk, &id);
            start.clone_into(&mut id);
        }
        chunk.push_str(line);
        chunk.push('\n');
    }
    flush(&mut out, &mut chunk, &id);
    out
}

/// What the pseudo-locale writes after a text about a person rendered
/// without the person's sex (not a letter: the plain-English checks skip it).
const NO_SEX: &str = "⚥";

/// The pseudo-locale: the English resource with every message wrapped and
/// accented (and the country names accented), loaded at run time; the texts
/// about a person marked with [`NO_SEX`] when rendered without a sex.
fn pseudo() -> Lang {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let ftl = mark_missing_sex(&l10n::pseudo(&resource("en")), &sex_ids());
        let tsv = l10n::pseudo_countries(&countries("en"));
        l10n::add_language(Lang::Pseudo, &ftl, &tsv).expect("the pseudo-locale is complete");
    });
    Lang::Pseudo
}

/// Plain ASCII words of two letters or more: under the pseudo-locale, every
/// word of a text is accented, so these are texts that bypassed the
/// resources — or data (ids, codes, paths, fund names, sources), allowed by
/// `data`.
fn tokens(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| c.is_whitespace() || "()[]{}·,;:\"'’«»⟦⟧—–|/=<>".contains(c))
}

fn english_words(text: &str, data: &[&str]) -> Vec<String> {
    // JSON paths (`members[0].id`) are data: drop them first.
    let mut clean = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find("members[") {
        clean.push_str(&rest[..i]);
        let end = rest[i..]
            .find(|c: char| c.is_whitespace() || c == ')' || c == '`' || c == '"')
            .map_or(rest.len(), |e| i + e);
        rest = &rest[end..];
    }
    clean.push_str(rest);
    let mut words = Vec::new();
    for token in tokens(&clean) {
        let t = token.trim_matches(|c: char| !c.is_alphanumeric());
        let letters = t.chars().filter(char::is_ascii_alphabetic).count();
        if letters < 2
            || !t
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "._-*".contains(c))
        {
            continue;
        }
        if data.iter().any(|d| t == *d || t.starts_with(d)) {
            continue;
        }
        words.push(t.to_owned());
    }
    words.sort();
    words.dedup();
    words
}

/// Data that the texts quote as is: codes, ids, paths, fund names, sources.
const DATA: &[&str] = &[
    "http", "https", "www", "CSS", "CPAM", "CGSS", "CSSM", "MSA", "secu", "members", "EMP-", "NTT",
    "NIR", "NIA",
];

/// A full report of every bundled household, rendered in the pseudo-locale,
/// holds no plain English: every text goes through the resources.
#[test]
fn no_text_bypasses_the_resources_in_reports() {
    let lang = pseudo();
    let mut found = std::collections::BTreeMap::new();
    for name in example_names() {
        let h = secu::parse_household(&example_bytes(&name)).expect("parses");
        let a = secu::assess(&h, &Options::default().with_lang(lang)).expect("assesses");
        // The report, and the family's and HR's documents (issue 14 item 6).
        let mut text = secu::report::render(&a, &Style::plain());
        for audience in [secu::report::Audience::Family, secu::report::Audience::Hr] {
            text.push_str(&secu::report::render_for(&a, &Style::plain(), audience));
        }
        // The household's own data: ids, labels, fund names, NTT numbers.
        let mut data: Vec<String> = DATA.iter().map(|s| (*s).to_owned()).collect();
        for m in &a.members {
            data.push(m.id.to_owned());
            for quoted in m.label.iter().chain(m.fund.as_ref().map(|f| &f.name)) {
                // An empty token (between two separators) would match every
                // word by `starts_with`: skipped.
                data.extend(
                    tokens(quoted)
                        .map(|t| t.trim_matches('.').to_owned())
                        .filter(|t| !t.is_empty()),
                );
            }
        }
        let data: Vec<&str> = data.iter().map(String::as_str).collect();
        for w in english_words(&text, &data) {
            found.entry(w).or_insert_with(|| name.clone());
        }
    }
    assert!(
        found.is_empty(),
        "plain English in a pseudo-localised report: {found:#?}"
    );
}

/// Errors and the questions of a partial household, in the pseudo-locale.
#[test]
fn no_text_bypasses_the_resources_in_errors_and_questions() {
    let lang = pseudo();
    let bad = br#"{"as_of": "2026-11-27", "colour": 1, "members": [
        {"id": "a", "relationship": "primary", "birth_date": "2030-01-01", "nationality": "XX",
         "birth_country": "DE", "sex": "m", "nir": "2 90 04 99 216 001 94"},
        {"id": "a", "relationship": "child", "birth_date": "2020-01-01", "nationality": "DE",
         "birth_country": "DE", "parents": ["b"]}]}"#;
    let errors = secu::parse_household(bad)
        .expect_err("refused")
        .in_lang(lang);
    let text: Vec<String> = errors.0.iter().map(|e| e.message.clone()).collect();
    assert!(text.len() >= 3, "{text:?}");
    // What the messages quote from the input or the format.
    let quoted = [
        "colour", "members", "format", "as_of", "female", "male", "XX", "DE",
    ];
    for t in &text {
        let words = english_words(t, &quoted);
        assert!(words.is_empty(), "{t}: {words:?}");
    }
    let partial = br#"{"as_of": "2026-11-27", "members": [
        {"id": "a", "relationship": "primary"}, {"id": "k", "relationship": "child"}]}"#;
    let opts = Options::default().with_lang(lang);
    let intake = secu::intake::Intake::parse(partial, &opts).expect("partial parses");
    let a = intake.assess(&opts).expect("assesses");
    assert!(!a.questions.is_empty());
    for q in &a.questions {
        for t in [q.text.to_string(), q.help.to_string()] {
            let words = english_words(&t, &[]);
            assert!(words.is_empty(), "{}: {t}: {words:?}", q.path);
        }
    }
    let pending = secu::intake::render_pending(&a);
    // The field names and the choices are codes (the JSON's), quoted.
    let mut codes: Vec<&str> = vec!["a", "k"];
    for m in &a.members {
        codes.extend(m.provisional.iter().copied());
    }
    for q in &a.questions {
        codes.extend(q.choices.iter().flat_map(|c| c.iter().copied()));
    }
    let words = english_words(&pending, &codes);
    assert!(words.is_empty(), "{pending}\n{words:?}");
}

/// The grammar cases of issue 14, in English and French, pinned: a country
/// with its article or preposition (the US, Morocco, Algeria, Israel, India,
/// South Korea, Québec), texts that agree with a woman, a girl, a man and an
/// unknown sex, a newborn's age, one and several children, written-out dates.
#[test]
fn grammar_cases() {
    use secu::Country;
    use secu::model::Sex;
    use secu::msg::{Arg, Msg};
    use secu::text::T;

    let date = |s: &str| Arg::Date(s.parse().expect("date"));
    let mut out = String::new();
    for lang in [Lang::En, Lang::Fr] {
        out.push_str(&format!("## {}\n\n### Countries\n", lang.tag()));
        for code in ["US", "MA", "DZ", "IL", "IN", "KR", "CA-QC"] {
            let c = Arg::Country(Country::from_code(code).expect("known"));
            for key in [
                T::WCarePaidByHomeScheme,
                T::CPostedNoCertificate,
                T::WNoSocialSecurityAgreement,
            ] {
                out.push_str(&format!("{code}: {}\n", Msg::new(key, lang).arg(0, c)));
            }
        }
        out.push_str("\n### The person's sex\n");
        for (who, sex) in [
            ("woman", Some(Sex::Female)),
            ("man", Some(Sex::Male)),
            ("unknown", None),
        ] {
            for key in [
                T::CIdentificationRequired,
                T::CRegistration,
                T::CAttachedBoth,
                T::CPermitRequired,
            ] {
                out.push_str(&format!("{who}: {}\n", Msg::new(key, lang).sex(sex)));
            }
            out.push_str(&format!(
                "{who}: {}\n{who}: {}\n",
                Msg::new(T::CCoveredFromArrival, lang)
                    .arg(0, date("2026-09-15"))
                    .sex(sex),
                Msg::new(T::WNoSocialSecurityAgreement, lang)
                    .arg(0, Arg::Country(Country::IN))
                    .sex(sex)
            ));
            out.push_str(&format!(
                "{who}: {} | {}\n",
                T::UiCoveredFrom.get_for(lang, sex),
                T::UiAttachedTo.get_for(lang, sex)
            ));
        }
        out.push_str("\n### A girl, a newborn, ages\n");
        for age in [0, 1, 16] {
            out.push_str(&format!(
                "girl {age}: {}\n",
                Msg::new(T::CPupilStaysDependent, lang)
                    .arg(0, Arg::Num(age))
                    .sex(Some(Sex::Female))
            ));
            out.push_str(&format!(
                "{age}: {}\n",
                Msg::new(T::CUnderSixteen, lang).arg(0, Arg::Num(age))
            ));
            out.push_str(&format!(
                "{age}: {}\n",
                Msg::new(T::UiAge, lang).arg(0, Arg::Num(age))
            ));
        }
        for months in [0, 1, 5] {
            out.push_str(&format!(
                "{months} months: {}\n",
                Msg::new(T::UiAgeMonths, lang).arg(0, Arg::Num(months))
            ));
        }
        out.push_str("\n### Children\n");
        out.push_str(&format!("1: {}\n", Msg::new(T::RS3705One, lang)));
        out.push_str(&format!(
            "3: {}\n",
            Msg::new(T::RS3705Many, lang).arg(0, Arg::Num(3))
        ));
        for n in ["0", "1", "2"] {
            out.push_str(&format!("{n}: {}\n", T::CliEvents.format(lang, &[n])));
        }
        out.push_str("\n### Dates\n");
        for d in ["2026-09-01", "2026-09-15", "2027-01-01", "2028-02-29"] {
            out.push_str(&format!(
                "{d}: {} | {}\n",
                l10n::date(lang, d.parse().expect("date")),
                Msg::new(T::WPermitExpired, lang).arg(0, date(d))
            ));
        }
        out.push('\n');
    }
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../../snapshots");
    settings.bind(|| insta::assert_snapshot!("l10n_grammar", out));
}

/// `DATE` writes what CLDR (ICU4X's compiled data) writes for the long date
/// of each language, for every month: the month names and the pattern kept in
/// the resources are CLDR's. French writes « 1er » for the first day (the
/// usage of French letters, docs/l10n.md), so the 15th is compared.
#[test]
fn dates_match_cldr() {
    use icu_calendar::Date;
    use icu_datetime::DateTimeFormatter;
    use icu_datetime::fieldsets::YMD;

    for lang in Lang::available() {
        // English follows the British order ("15 September 2026").
        let locale = match lang {
            Lang::En => "en-GB",
            other => other.tag(),
        };
        let locale: icu_locale_core::Locale = locale.parse().expect("locale");
        let f = DateTimeFormatter::try_new(locale.into(), YMD::long()).expect("CLDR data");
        for month in 1..=12 {
            let ours = l10n::date(
                lang,
                chrono::NaiveDate::from_ymd_opt(2026, month, 15).expect("date"),
            );
            let icu =
                Date::try_new_iso(2026, u8::try_from(month).expect("month"), 15).expect("date");
            let cldr = f.format(&icu).to_string();
            assert_eq!(ours, cldr, "{} month {month}", lang.tag());
        }
    }
}

/// The `page-…` messages of a resource, each with its variables (`$sex`
/// aside), read from the text: the web page's own words, which the code's
/// completeness check does not know.
fn page_messages(
    ftl: &str,
) -> std::collections::BTreeMap<String, std::collections::BTreeSet<String>> {
    let mut out = std::collections::BTreeMap::new();
    let mut current: Option<String> = None;
    for line in ftl.lines() {
        if let Some((id, _)) = line
            .split_once(" =")
            .filter(|(id, _)| id.starts_with("page-"))
        {
            current = Some(id.to_owned());
            out.insert(id.to_owned(), std::collections::BTreeSet::new());
        } else if !line.starts_with(' ') {
            current = None;
            continue;
        }
        if let Some(id) = &current {
            let vars = out.entry(id.clone()).or_default();
            for part in line.split('$').skip(1) {
                let name: String = part
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                    .collect();
                if name != "sex" && !name.is_empty() {
                    vars.insert(name);
                }
            }
        }
    }
    out
}

/// The web page shows only these words: every resource on disk has every
/// `page-…` message of English with English's variables, so no word of the
/// page falls back to English in another language (issue 14, item 4).
#[test]
fn every_resource_has_the_page_words() {
    let en = page_messages(&resource("en"));
    let mut listed = l10n::ids("page-");
    listed.sort_unstable();
    assert_eq!(
        en.keys().map(String::as_str).collect::<Vec<_>>(),
        listed,
        "the engine lists the page's words of the English file"
    );
    assert!(en.len() > 100, "{} page messages", en.len());
    for lang in Lang::ALL {
        let Ok(ftl) = std::fs::read_to_string(l10n_dir().join(lang.tag()).join("secu.ftl")) else {
            continue;
        };
        assert_eq!(page_messages(&ftl), en, "{}: the page's words", lang.tag());
    }
}

/// The page renders its words through the core's engine: named arguments,
/// plurals selected on a number given as a string, dates written out, any
/// text id of the code too, English where a language is not there.
#[test]
fn page_words_render_with_their_arguments() {
    let r = |lang, id, args: &[(&str, &str)]| l10n::render(lang, id, args);
    assert_eq!(
        r(Lang::En, "page-title", &[]).as_deref(),
        Some("French health insurance: your checklist")
    );
    assert_eq!(
        r(Lang::En, "page-age", &[("age", "0")]).as_deref(),
        Some("under one year old")
    );
    assert_eq!(
        r(Lang::En, "page-age", &[("age", "1")]).as_deref(),
        Some("1 year old")
    );
    assert_eq!(
        r(Lang::En, "page-age", &[("age", "34")]).as_deref(),
        Some("34 years old")
    );
    assert_eq!(
        r(Lang::Fr, "page-done-on", &[("date", "2026-09-01")]).as_deref(),
        Some("fait le 1er septembre 2026")
    );
    assert_eq!(
        r(Lang::Fr, "aff-reactivation", &[]).as_deref(),
        Some("réouverture des droits")
    );
    assert_eq!(r(Lang::En, "page-no-such-word", &[]), None);
}

/// The language picker names each language in itself; only Arabic is
/// written right to left.
#[test]
fn languages_are_named_in_themselves() {
    let names: Vec<&str> = Lang::ALL.iter().map(|l| l.endonym()).collect();
    assert_eq!(
        names,
        [
            "English",
            "Français",
            "Español",
            "Português",
            "Deutsch",
            "Italiano",
            "中文（简体）",
            "العربية"
        ]
    );
    let rtl: Vec<&str> = Lang::ALL
        .iter()
        .filter(|l| l.is_rtl())
        .map(|l| l.tag())
        .collect();
    assert_eq!(rtl, ["ar"]);
}

/// An example household with every member's sex set: `sex` where the
/// member has none, or the sex its NIR gives (so no mismatch is made up).
fn with_sex(name: &str, sex: &str) -> Vec<u8> {
    let mut v: serde_json::Value =
        serde_json::from_slice(&example_bytes(name)).expect("example is JSON");
    for m in v["members"].as_array_mut().expect("members") {
        let from_nir = m["nir"]
            .as_str()
            .and_then(|n| n.trim_start().chars().next())
            .and_then(|c| match c {
                '1' => Some("male"),
                '2' => Some("female"),
                _ => None,
            });
        m["sex"] = serde_json::Value::from(from_nir.unwrap_or(sex));
    }
    serde_json::to_vec(&v).expect("JSON")
}

/// The texts of the assessment's JSON, one a line: each member's
/// conclusions, warnings, document labels and reasons, payroll note (the
/// pseudo-locale has no JSON tag, so they are rendered one by one).
fn member_texts(a: &secu::output::Assessment<'_>) -> String {
    let mut out = String::new();
    for m in &a.members {
        let mut texts: Vec<String> = Vec::new();
        texts.extend(m.explanation.iter().map(|e| e.conclusion.to_string()));
        texts.extend(m.warnings.iter().map(|w| w.message.to_string()));
        for d in &m.documents {
            texts.push(d.label.to_string());
            texts.push(d.reason.to_string());
        }
        texts.extend(m.payroll.iter().map(|p| p.note.to_string()));
        for t in texts {
            out.push_str(&t);
            out.push('\n');
        }
    }
    out
}

/// Issue 14 (l10n-fix, item 1): every text about a person is rendered with
/// the person's sex. Every member of every bundled household is given a sex;
/// under the pseudo-locale, a text that selects on `$sex` in any language
/// and was rendered without it carries [`NO_SEX`]: none may, in the report,
/// the family's and HR's documents, and the assessment's JSON (conclusions,
/// warnings, document reasons, statuses).
#[test]
fn every_text_about_a_person_has_the_persons_sex() {
    let lang = pseudo();
    let mut found = Vec::new();
    for name in example_names() {
        for sex in ["female", "male"] {
            let h = secu::parse_household(&with_sex(&name, sex)).expect("parses");
            let a = secu::assess(&h, &Options::default().with_lang(lang)).expect("assesses");
            let mut outputs = vec![
                ("report", secu::report::render(&a, &Style::plain())),
                ("texts", member_texts(&a)),
            ];
            for audience in [secu::report::Audience::Family, secu::report::Audience::Hr] {
                outputs.push((
                    "document",
                    secu::report::render_for(&a, &Style::plain(), audience),
                ));
            }
            for (what, text) in outputs {
                for line in text.lines().filter(|l| l.contains(NO_SEX)) {
                    found.push(format!("{name} ({sex}, {what}): {}", line.trim()));
                }
            }
        }
    }
    found.dedup();
    assert!(
        found.is_empty(),
        "texts without the person's sex: {found:#?}"
    );
}

/// The mark of a missing sex is not a formality: a text about a person
/// rendered without a sex carries it, with a sex it does not.
#[test]
fn the_missing_sex_mark_shows() {
    use secu::model::Sex;
    use secu::msg::Msg;
    use secu::text::T;

    let lang = pseudo();
    assert!(sex_ids().contains("c-registration"));
    assert!(
        Msg::new(T::CRegistration, lang)
            .to_string()
            .contains(NO_SEX)
    );
    for sex in [Sex::Female, Sex::Male] {
        let text = Msg::new(T::CRegistration, lang).sex(Some(sex)).to_string();
        assert!(!text.contains(NO_SEX), "{text}");
    }
    // A text not about a person is never marked.
    assert!(!Msg::new(T::UiSteps, lang).to_string().contains(NO_SEX));
}

/// A language of the repository loaded at run time (the native build embeds
/// English and French only), once per process.
fn load(lang: Lang) -> Lang {
    if !lang.is_available() {
        // Another test may have loaded it meanwhile: then it is available.
        let _ = l10n::add_language(lang, &resource(lang.tag()), &countries(lang.tag()));
    }
    assert!(lang.is_available(), "{:?}", l10n::problems(lang));
    lang
}

/// An example with every member's sex set to `sex` (the NIR's where one
/// is given), assessed in `lang`, as the HR report.
fn report_with_sex(name: &str, sex: &str, lang: Lang) -> String {
    let h = secu::parse_household(&with_sex(name, sex)).expect("parses");
    let a = secu::assess(&h, &Options::default().with_lang(lang)).expect("assesses");
    secu::report::render_for(&a, &Style::plain(), secu::report::Audience::Hr)
}

/// Issue 14 (l10n-fix, item 1): for women and girls, the French report
/// agrees everywhere (« Née à l'étranger », « Couverte », « Ressortissante »,
/// « la salariée »…): no masculine-only form is left, and the whole reports
/// are pinned.
#[test]
fn a_woman_and_a_girl_in_french() {
    let masculine = [
        "Né à l'étranger",
        "Couvert dès",
        "Couvert ",
        "Ressortissant d",
        "le salarié",
        "Rattaché ",
        "Jamais assuré en",
        "Détaché au",
    ];
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../../snapshots");
    // Not `posted_bilateral_us`: its partner's conclusion « suit le salarié »
    // is about the posted worker, another person (`$insured-sex`: pinned by
    // `a_second_person_agrees_with_their_own_sex`).
    for name in ["talent_passport_family", "posted_bilateral_india"] {
        let report = report_with_sex(name, "female", Lang::Fr);
        for m in masculine {
            assert!(!report.contains(m), "{name}: « {m} » for a woman: {report}");
        }
        settings.bind(|| insta::assert_snapshot!(format!("l10n_female_fr_{name}"), report));
    }
    let report = report_with_sex("posted_bilateral_india", "female", Lang::Fr);
    for feminine in [
        "Née à l'étranger",
        "Couverte dès",
        "Ressortissante",
        "la salariée",
    ] {
        assert!(report.contains(feminine), "{feminine}: {report}");
    }
}

/// Issue 14 (l10n-gaps, item 2): a message about one person that names a
/// second one (the posted worker a partner follows, the person a member
/// joins) agrees with both: the partner of a woman posted from the United
/// States « suit la salariée », a woman's partner « suit le salarié ». Both
/// French reports (the posted worker and partner of opposite sexes, each
/// way) are pinned, and the Spanish, Portuguese, Italian and Arabic texts
/// follow the worker's sex too.
#[test]
fn a_second_person_agrees_with_their_own_sex() {
    // `posted_bilateral_us`: michael is posted, jennifer follows him.
    let report = |worker: &str, partner: &str, lang: Lang| {
        let mut v: serde_json::Value =
            serde_json::from_slice(&example_bytes("posted_bilateral_us")).expect("JSON");
        v["members"][0]["sex"] = worker.into();
        v["members"][1]["sex"] = partner.into();
        let h = secu::parse_household(&serde_json::to_vec(&v).expect("JSON")).expect("parses");
        let a = secu::assess(&h, &Options::default().with_lang(lang)).expect("assesses");
        secu::report::render_for(&a, &Style::plain(), secu::report::Audience::Hr)
    };
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../../snapshots");
    // (worker, partner, what the partner's conclusion says, what it must not)
    let cases = [
        ("female", "male", "suit la salariée", "suit le salarié"),
        ("male", "female", "suit le salarié", "suit la salariée"),
    ];
    for (worker, partner, says, never) in cases {
        let fr = report(worker, partner, Lang::Fr);
        // The line may break inside the phrase: compare the words.
        let words = fr.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(words.contains(says), "{worker} worker: « {says} »: {fr}");
        assert!(!words.contains(never), "{worker} worker: « {never} »: {fr}");
        settings.bind(|| {
            insta::assert_snapshot!(format!("l10n_fr_{worker}_worker_{partner}_partner"), fr);
        });
    }
    for (lang, woman, man) in [
        (Lang::Es, "a la trabajadora", "al trabajador"),
        (Lang::Pt, "da trabalhadora", "do trabalhador"),
        (Lang::It, "la lavoratrice", "il lavoratore"),
        (Lang::Ar, "العاملة،", "العامل،"),
    ] {
        let words = |w: &str| {
            report(w, if w == "female" { "male" } else { "female" }, lang)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        };
        let (f, m) = (words("female"), words("male"));
        assert!(f.contains(woman) && !f.contains(man), "{}: {f}", lang.tag());
        assert!(m.contains(man) && !m.contains(woman), "{}: {m}", lang.tag());
    }
}

/// Issue 14 (l10n-fix, items 4 and 5): lists joined with each language's
/// separators (French « ; » after a no-break space, Arabic « ؛ » and « ، »,
/// Chinese « ； » and « 、 »), and in Chinese labels padded by display width
/// (a CJK character is two columns) and lines broken between characters:
/// no line wider than the page, every value of a field at column 18.
#[test]
fn separators_and_layout_in_french_arabic_and_chinese() {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../../snapshots");
    let name = "talent_passport_family";
    let mut reports = Vec::new();
    for lang in [Lang::Fr, load(Lang::Ar), load(Lang::Zh)] {
        let report = report_with_sex(name, "female", lang);
        settings.bind(|| {
            insta::assert_snapshot!(format!("l10n_report_{}_{name}", lang.tag()), report);
        });
        reports.push((lang, report));
    }
    for (lang, report) in &reports {
        let (list, semicolon) = match lang {
            Lang::Fr => (", ", "\u{a0}; "),
            Lang::Ar => ("، ", "؛ "),
            _ => ("、", "；"),
        };
        assert!(report.contains(list), "{}: {list:?}", lang.tag());
        assert!(report.contains(semicolon), "{}: {semicolon:?}", lang.tag());
        if *lang != Lang::Fr {
            assert!(!report.contains("; "), "{}: an English '; '", lang.tag());
        }
    }
    let zh = &reports[2].1;
    for line in zh.lines() {
        let w = secu::report::width(line);
        assert!(w <= 80, "{w} columns: {line}");
        // A field: two spaces, the label, spaces up to column 18, the value.
        if let Some(rest) = line.strip_prefix("  ")
            && !rest.starts_with(' ')
            && let Some(gap) = rest.find("  ")
        {
            let label = &rest[..gap];
            if !label.contains("──") {
                let value_at = 2
                    + secu::report::width(label)
                    + (rest[gap..].len() - rest[gap..].trim_start().len());
                assert_eq!(value_at, 18, "{line}");
            }
        }
    }
}

/// serde_json's detail after « malformed JSON at line L column C: » is a
/// text of the resources (l10n-rest): each syntax error in the reader's
/// language, serde_json's own words in English; the code stays
/// `malformed_json`; every language has a message of its own (not the
/// English one) for each.
#[test]
fn json_syntax_details_are_in_the_reader_s_language() {
    let cases: [(&[u8], &str); 9] = [
        (b"", "EOF while parsing a value"),
        (b"{\"members\": [", "EOF while parsing a list"),
        (b"{\"members\": [}", "expected value"),
        (b"{\"members\" []}", "expected `:`"),
        (b"{members: []}", "key must be a string"),
        (b"{\"members\": []} x", "trailing characters"),
        (b"{\"members\": [1,]}", "trailing comma"),
        (b"{\"a\": \"\\q\"}", "invalid escape"),
        (b"{\"a\": -}", "invalid number"),
    ];
    for (input, en) in cases {
        let e = secu::parse_household(input).expect_err("refused");
        assert_eq!(e.0[0].code.code(), "malformed_json");
        let english = e.0[0].to_string();
        assert!(english.ends_with(&format!(": {en}")), "{english}");
        for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
            let shown = e.clone().in_lang(lang).0[0].to_string();
            assert!(!shown.contains(en), "{lang:?}: {shown}");
        }
    }
    // Nesting past serde_json's limit.
    let deep = "[".repeat(200) + &"]".repeat(200);
    let e = secu::parse_household(deep.as_bytes()).expect_err("refused");
    assert!(
        e.0[0].to_string().ends_with(": recursion limit exceeded"),
        "{}",
        e.0[0]
    );
}
