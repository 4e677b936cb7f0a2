//! The compact renderer (the WebAssembly modules' engine, docs/l10n.md)
//! against `fluent-bundle`: every message of every language, rendered with
//! representative arguments through both, gives the same text; its plural
//! rules are CLDR's as `intl_pluralrules` has them; its compiler refuses what
//! it cannot render.

use std::path::PathBuf;

use secu::Lang;
use secu::l10n::FluentLanguage;
use secu::l10n::compact::{self, Arg, Use};

fn read(path: &str) -> String {
    std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(path))
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn resource(lang: Lang) -> String {
    read(&format!("l10n/{}/secu.ftl", lang.tag()))
}

fn countries(lang: Lang) -> String {
    read(&format!("src/data/l10n/countries/{}.tsv", lang.tag()))
}

/// Both engines of `lang`, from the same resource.
fn engines(lang: Lang) -> (FluentLanguage, compact::Language) {
    let (ftl, tsv) = (resource(lang), countries(lang));
    let fluent = FluentLanguage::new(lang, &ftl, &tsv).expect("complete");
    let compiled = compact::compile(&ftl).expect("in the compact subset");
    let compact = compact::Language::new(lang, &compiled, &tsv).expect("complete");
    (fluent, compact)
}

/// A string argument as the page and `l10n::render` give it: a canonical
/// integer is a number.
fn arg(s: &str) -> Arg<'_> {
    match s.parse::<i64>() {
        Ok(n) if n.to_string() == s && s.len() < 16 => Arg::Num(n),
        _ => Arg::Str(s),
    }
}

const SEXES: [&str; 3] = ["other", "female", "male"];
const NUMBERS: [&str; 14] = [
    "0", "1", "2", "3", "4", "11", "21", "100", "101", "102", "103", "111", "1000", "Léa",
];
const DATES: [&str; 6] = [
    "2026-09-01",
    "2024-02-29",
    "2026-12-31",
    "2027-01-21",
    "2026-13-01",
    "soon",
];
const COUNTRIES: [&str; 7] = ["FR", "US", "GB", "DE", "CA-QC", "SA", "ZZ"];

/// Every message of every language, with each value of `$sex` (and of
/// `$insured-sex`, staggered) and, for
/// every other variable, numbers (0, 1, 2, 3, 11, 100, 101…), a name, dates
/// (valid, 29 February, invalid) or countries (known, with their forms, and
/// unknown), and with no argument at all: both engines agree.
#[test]
fn both_engines_render_every_message_alike() {
    let mut compared = 0usize;
    for lang in Lang::ALL {
        let (fluent, compact) = engines(lang);
        let ids: Vec<&str> = compact.table().ids().collect();
        assert!(ids.len() > 900, "{}: {} messages", lang.tag(), ids.len());
        for id in ids {
            let mut vars: Vec<(&str, Use)> = compact.table().variables(id);
            vars.sort_by_key(|(v, _)| *v);
            vars.dedup_by_key(|(v, _)| *v);
            let vars: Vec<(&str, &[&str])> = vars
                .into_iter()
                .filter(|(v, _)| *v != "sex")
                .map(|(v, u)| {
                    let values: &[&str] = match u {
                        // The second person's sex (`$insured-sex`).
                        _ if v == "insured-sex" => &SEXES,
                        Use::Date => &DATES,
                        Use::Country => &COUNTRIES,
                        Use::Text | Use::Select => &NUMBERS,
                    };
                    (v, values)
                })
                .collect();
            let rounds = vars.iter().map(|(_, v)| v.len()).max().unwrap_or(1);
            let mut check = |args: &[(&str, &str)]| {
                let expected = fluent.render(id, args);
                let cargs: Vec<(&str, Arg<'_>)> = std::iter::once(("sex", Arg::Str("other")))
                    .chain(args.iter().map(|(k, v)| (*k, arg(v))))
                    .collect();
                let got = compact.render(id, &cargs);
                assert_eq!(got, expected, "{} {id} {args:?}", lang.tag());
                compared += 1;
            };
            check(&[]);
            for sex in SEXES {
                for round in 0..rounds {
                    // Each variable its own value, staggered so that the
                    // variables of one message vary independently.
                    let mut args: Vec<(&str, &str)> = vars
                        .iter()
                        .enumerate()
                        .map(|(i, (v, values))| (*v, values[(round + i * 5) % values.len()]))
                        .collect();
                    args.push(("sex", sex));
                    check(&args);
                }
            }
        }
    }
    assert!(compared > 50_000, "{compared} renderings compared");
}

/// CLDR's cardinal rule (version 37, the one `intl_pluralrules` 7 carries)
/// for a whole number in each of the languages, written out from CLDR's
/// `plurals.xml` rather than taken from a crate, so a crate's slip shows.
fn cldr_cardinal(lang: Lang, n: u64) -> &'static str {
    match lang {
        // fr: one = i = 0,1; pt: one = i = 0..1.
        Lang::Fr | Lang::Pt if n <= 1 => "one",
        // en, es, de, it (and the pseudo-locale, English): one = n = 1 (v = 0).
        Lang::En | Lang::Es | Lang::De | Lang::It | Lang::Pseudo if n == 1 => "one",
        // ar: zero = n = 0; one = n = 1; two = n = 2;
        // few = n % 100 = 3..10; many = n % 100 = 11..99.
        Lang::Ar => match (n, n % 100) {
            (0, _) => "zero",
            (1, _) => "one",
            (2, _) => "two",
            (_, 3..=10) => "few",
            (_, 11..=99) => "many",
            _ => "other",
        },
        _ => "other",
    }
}

/// Both engines' plural categories are CLDR's for 0..=1000 in every
/// language: the compact renderer's and `fluent-bundle`'s (through
/// `intl_pluralrules`, patched for Arabic's `n % 100`: 103 is `few`, 111
/// `many`).
#[test]
fn plural_rules_are_cldr() {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    for lang in Lang::ALL {
        let id: unic_langid::LanguageIdentifier = lang.tag().parse().expect("tag");
        let rules = PluralRules::create(id, PluralRuleType::CARDINAL).expect("rules");
        for n in 0..=1000u64 {
            let cldr = cldr_cardinal(lang, n);
            let fluent = match rules.select(n).expect("category") {
                PluralCategory::ZERO => "zero",
                PluralCategory::ONE => "one",
                PluralCategory::TWO => "two",
                PluralCategory::FEW => "few",
                PluralCategory::MANY => "many",
                PluralCategory::OTHER => "other",
            };
            assert_eq!(fluent, cldr, "intl_pluralrules, {} {n}", lang.tag());
            let signed = i64::try_from(n).expect("small");
            assert_eq!(
                compact::plural(lang, signed),
                cldr,
                "compact, {} {n}",
                lang.tag()
            );
        }
    }
}

/// An Arabic message with a count of 103 and of 111 takes its `few` and
/// `many` variants through Fluent itself (what the CLI prints), not only
/// through the plural rules.
#[test]
fn arabic_counts_above_one_hundred_through_fluent() {
    let ftl = "m = { $count ->\n    [few] few\n    [many] many\n   *[other] other\n}\n";
    let id: unic_langid::LanguageIdentifier = "ar".parse().expect("tag");
    let mut bundle = fluent_bundle::FluentBundle::new(vec![id]);
    bundle.set_use_isolating(false);
    let res = fluent_bundle::FluentResource::try_new(ftl.to_owned()).expect("parses");
    bundle.add_resource(res).expect("adds");
    let msg = bundle
        .get_message("m")
        .and_then(|m| m.value())
        .expect("message");
    for (n, expected) in [
        (3, "few"),
        (103, "few"),
        (111, "many"),
        (199, "many"),
        (200, "other"),
        (1003, "few"),
    ] {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("count", n);
        let mut errors = Vec::new();
        let text = bundle.format_pattern(msg, Some(&args), &mut errors);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(text, expected, "{n}");
    }
}

/// The compiler refuses, naming the message, every construct the compact
/// renderer does not have, so a resource that uses one cannot reach the
/// modules unnoticed; a supported message compiles.
#[test]
fn the_compiler_refuses_what_it_cannot_render() {
    let ok = "a = Hi { $name }, { DATE($d) } { COUNTRY($c, form: \"of\") } { $n ->\n    [0] none\n    [one] one\n   *[other] { $n }\n}\n";
    assert!(compact::compile(ok).is_ok(), "{:?}", compact::compile(ok));
    for (ftl, problem) in [
        ("-brand = Secu\na = { -brand }\n", "terms are not supported"),
        ("b = x\na = { b }\n", "a: message reference b"),
        ("a = x\n    .title = y\n", "a: attributes"),
        ("a = { NUMBER($n) }\n", "a: NUMBER(): unsupported function"),
        (
            "a = { COUNTRY($c, form: \"at\") }\n",
            "a: COUNTRY($c, …): the only named argument is form",
        ),
        (
            "a = { DATE($d, month: \"long\") }\n",
            "a: DATE(): unsupported",
        ),
        (
            "a = { NUMBER($n) ->\n   *[other] x\n}\n",
            "a: a selector must be a variable",
        ),
        ("a = { 3 }\n", "a: number literal 3"),
        ("a = { \"\\u0001\" }\n", "a: control character"),
        ("a = { $x\n", "parse error"),
    ] {
        let problems = compact::compile(ftl).expect_err(ftl);
        assert!(
            problems.iter().any(|p| p.contains(problem)),
            "{ftl:?}: {problems:?} lacks {problem:?}"
        );
    }
}

/// A compiled table read back: malformed ones are refused with the reason,
/// an incomplete language names what it lacks.
#[test]
fn compiled_tables_are_checked_when_read() {
    assert!(compact::Table::parse("a = b").is_err());
    let truncated = compact::compile("a = { $n ->\n   *[other] x\n}\n").expect("compiles");
    let truncated = &truncated[..truncated.len() - 1];
    let err = compact::Table::parse(truncated).expect_err("unterminated");
    assert!(err.contains("message a"), "{err}");
    let en = compact::compile(&resource(Lang::En)).expect("compiles");
    let without: String = en
        .split('\u{1e}')
        .filter(|e| !e.starts_with("ui-title\u{1f}"))
        .collect::<Vec<_>>()
        .join("\u{1e}");
    let problems =
        compact::Language::new(Lang::En, &without, &countries(Lang::En)).expect_err("incomplete");
    assert_eq!(problems, ["missing message ui-title"]);
}
