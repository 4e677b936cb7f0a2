//! The country-name data of `src/data/l10n/countries/` (see its README): one
//! row per code of the country table in each of the eight languages, no empty
//! form, forms consistent with one another, and the cases the French output
//! used to get wrong (« régime de États-Unis », « avec Inde »…).

use std::collections::{BTreeMap, BTreeSet};

use secu::{Country, Lang};

/// The files, by language, as the crate ships them.
const FILES: [(&str, &str); 8] = [
    ("en", include_str!("../../src/data/l10n/countries/en.tsv")),
    ("fr", include_str!("../../src/data/l10n/countries/fr.tsv")),
    ("es", include_str!("../../src/data/l10n/countries/es.tsv")),
    ("pt", include_str!("../../src/data/l10n/countries/pt.tsv")),
    ("de", include_str!("../../src/data/l10n/countries/de.tsv")),
    ("it", include_str!("../../src/data/l10n/countries/it.tsv")),
    ("zh", include_str!("../../src/data/l10n/countries/zh.tsv")),
    ("ar", include_str!("../../src/data/l10n/countries/ar.tsv")),
];

const HEADER: [&str; 15] = [
    "code",
    "name",
    "gender",
    "number",
    "article",
    "def",
    "of",
    "from",
    "in",
    "to",
    "with",
    "name_source",
    "built",
    "verified",
    "note",
];

/// French names that differ from `countries.rs` on purpose (README, "Names").
const FR_NAME_CHANGED: [&str; 6] = ["AX", "CK", "FO", "MH", "PN", "SB"];

/// One row: column name → value.
type Row = BTreeMap<&'static str, &'static str>;

/// A file's rows by code; panics (failing the test) on a malformed file or a
/// code listed twice.
fn parse(lang: &str, text: &'static str) -> BTreeMap<&'static str, Row> {
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().expect("a header line").split('\t').collect();
    assert_eq!(header, HEADER, "{lang}.tsv header");
    let mut rows = BTreeMap::new();
    for (i, line) in lines.enumerate() {
        let cells: Vec<&'static str> = line.split('\t').collect();
        assert_eq!(
            cells.len(),
            HEADER.len(),
            "{lang}.tsv line {}: {line}",
            i + 2
        );
        let row: Row = HEADER.iter().copied().zip(cells).collect();
        let code = row["code"];
        assert!(
            rows.insert(code, row).is_none(),
            "{lang}.tsv: {code} listed twice"
        );
    }
    rows
}

fn all() -> BTreeMap<&'static str, BTreeMap<&'static str, Row>> {
    FILES
        .iter()
        .map(|&(lang, text)| (lang, parse(lang, text)))
        .collect()
}

fn form(lang: &str, code: &str, column: &str) -> &'static str {
    all()[lang][code][column]
}

#[test]
fn every_code_has_exactly_one_row_in_each_language_and_no_empty_form() {
    let codes: BTreeSet<&str> = Country::all().map(Country::code).collect();
    assert_eq!(codes.len(), 251, "countries.rs rows");
    for (lang, rows) in all() {
        let listed: BTreeSet<&str> = rows.keys().copied().collect();
        assert_eq!(listed, codes, "{lang}.tsv codes (missing or unknown)");
        for (code, row) in &rows {
            for (column, value) in row {
                assert!(
                    *column == "note" || !value.trim().is_empty(),
                    "{lang}.tsv {code}: empty {column}"
                );
                assert_eq!(
                    value.trim(),
                    *value,
                    "{lang}.tsv {code}: spaces around {column}"
                );
                assert!(
                    !value.contains("  "),
                    "{lang}.tsv {code}: double space in {column}"
                );
            }
            assert!(
                ["yes", "no"].contains(&row["verified"]),
                "{lang}.tsv {code}: verified"
            );
            assert!(
                ["rule", "manual"].contains(&row["built"]),
                "{lang}.tsv {code}: built"
            );
            assert!(
                ["cldr48", "countries.csv", "review"].contains(&row["name_source"]),
                "{lang}.tsv {code}: name_source"
            );
            assert!(
                ["sg", "pl", "-"].contains(&row["number"]),
                "{lang}.tsv {code}: number"
            );
            assert!(
                ["m", "f", "n", "-"].contains(&row["gender"]),
                "{lang}.tsv {code}: gender"
            );
            if row["verified"] == "no" {
                assert!(
                    !row["note"].is_empty(),
                    "{lang}.tsv {code}: unverified row without a note"
                );
            }
        }
    }
}

#[test]
fn english_and_french_names_are_the_country_tables() {
    let data = all();
    for country in Country::all() {
        let code = country.code();
        assert_eq!(
            data["en"][code]["name"],
            country.name(Lang::En),
            "en {code}"
        );
        if FR_NAME_CHANGED.contains(&code) {
            assert_eq!(data["fr"][code]["name_source"], "review", "fr {code}");
        } else {
            assert_eq!(
                data["fr"][code]["name"],
                country.name(Lang::Fr),
                "fr {code}"
            );
        }
    }
}

/// The forms that add only an invariable word to another are that word plus
/// the other form, in every row.
#[test]
fn forms_agree_with_one_another() {
    let data = all();
    for (lang, rows) in &data {
        for (code, r) in rows {
            let d = r["def"];
            let expect: Vec<(&str, String)> = match *lang {
                "en" => vec![
                    ("of", format!("of {d}")),
                    ("from", format!("from {d}")),
                    ("in", format!("in {d}")),
                    ("to", format!("to {d}")),
                    ("with", format!("with {d}")),
                ],
                "fr" => vec![("with", format!("avec {d}")), ("to", r["in"].to_owned())],
                "es" => vec![("with", format!("con {d}")), ("from", r["of"].to_owned())],
                "pt" => vec![
                    ("with", format!("com {d}")),
                    ("to", format!("para {d}")),
                    ("from", r["of"].to_owned()),
                ],
                "it" => vec![("with", format!("con {d}")), ("to", r["in"].to_owned())],
                "de" => vec![],
                "zh" => vec![
                    ("def", r["name"].to_owned()),
                    ("of", format!("{}的", r["name"])),
                    ("from", format!("从{}", r["name"])),
                    ("in", format!("在{}", r["name"])),
                    ("to", format!("到{}", r["name"])),
                    ("with", format!("与{}", r["name"])),
                ],
                "ar" => vec![
                    ("def", r["name"].to_owned()),
                    ("of", r["name"].to_owned()),
                    ("from", format!("من {}", r["name"])),
                    ("in", format!("في {}", r["name"])),
                    ("to", format!("إلى {}", r["name"])),
                    ("with", format!("مع {}", r["name"])),
                ],
                other => panic!("unexpected language {other}"),
            };
            for (column, want) in expect {
                assert_eq!(r[column], want, "{lang}.tsv {code}: {column}");
            }
            if *lang == "de" {
                assert!(r["with"].starts_with("mit "), "de.tsv {code}: with");
                assert!(
                    r["from"].starts_with("aus ") || r["from"].starts_with("von "),
                    "de.tsv {code}: from"
                );
            }
            // The article column is the start of `def` when there is one.
            let art = r["article"];
            if !["-", "ال"].contains(&art) && !art.starts_with('(') {
                let sep = if art.ends_with('\'') { "" } else { " " };
                assert!(
                    d.starts_with(&format!("{art}{sep}")),
                    "{lang}.tsv {code}: def/article"
                );
            }
        }
    }
}

/// Preposition + article sequences that the languages contract or elide
/// never appear uncontracted, and French, Italian elide before a vowel.
#[test]
fn no_missing_contraction_or_elision() {
    let bad: [(&str, &[&str]); 5] = [
        (
            "fr",
            &[
                "de le ",
                "de les ",
                "à le ",
                "à les ",
                "de Inde",
                "de Algérie",
                "de Israël",
            ],
        ),
        (
            "it",
            &[
                "di il ", "di la ", "di gli ", "in il ", "in la ", "da il ", "da la ",
            ],
        ),
        (
            "pt",
            &[
                "de o ", "de a ", "de os ", "de as ", "em o ", "em a ", "em os ", "em as ",
            ],
        ),
        ("es", &["de el ", "a el "]),
        ("de", &["in dem ", "in das ", "aus die ", "mit die "]),
    ];
    let data = all();
    for (lang, patterns) in bad {
        for (code, r) in &data[lang] {
            for column in ["def", "of", "from", "in", "to", "with"] {
                let text = format!(" {}", r[column]);
                for p in patterns {
                    assert!(
                        !text.contains(&format!(" {p}")),
                        "{lang}.tsv {code} {column}: {text:?}"
                    );
                }
            }
        }
    }
    // French: « de », « le », « la » never stand before a vowel (« l' », « d' »).
    let vowels = "AEIOUÂÉÈÊÎÔÛaeiouâéèêîôû";
    for (code, r) in &data["fr"] {
        for column in ["def", "of", "from", "in", "with"] {
            let words: Vec<&str> = r[column].split(' ').collect();
            for pair in words.windows(2) {
                let next = pair[1].chars().next().unwrap_or(' ');
                assert!(
                    !(["de", "le", "la"].contains(&pair[0]) && vowels.contains(next)),
                    "fr.tsv {code} {column}: {}",
                    r[column]
                );
            }
        }
    }
}

#[test]
fn french_cases_of_the_issue() {
    let cases = [
        // code, def, of, from, in, with
        (
            "US",
            "les États-Unis",
            "des États-Unis",
            "des États-Unis",
            "aux États-Unis",
            "avec les États-Unis",
        ),
        (
            "MA",
            "le Maroc",
            "du Maroc",
            "du Maroc",
            "au Maroc",
            "avec le Maroc",
        ),
        (
            "DZ",
            "l'Algérie",
            "de l'Algérie",
            "d'Algérie",
            "en Algérie",
            "avec l'Algérie",
        ),
        (
            "IL",
            "Israël",
            "d'Israël",
            "d'Israël",
            "en Israël",
            "avec Israël",
        ),
        (
            "IN",
            "l'Inde",
            "de l'Inde",
            "d'Inde",
            "en Inde",
            "avec l'Inde",
        ),
        (
            "KR",
            "la Corée du Sud",
            "de la Corée du Sud",
            "de Corée du Sud",
            "en Corée du Sud",
            "avec la Corée du Sud",
        ),
        (
            "CY",
            "Chypre",
            "de Chypre",
            "de Chypre",
            "à Chypre",
            "avec Chypre",
        ),
        (
            "NL",
            "les Pays-Bas",
            "des Pays-Bas",
            "des Pays-Bas",
            "aux Pays-Bas",
            "avec les Pays-Bas",
        ),
        (
            "GB",
            "le Royaume-Uni",
            "du Royaume-Uni",
            "du Royaume-Uni",
            "au Royaume-Uni",
            "avec le Royaume-Uni",
        ),
        (
            "AE",
            "les Émirats arabes unis",
            "des Émirats arabes unis",
            "des Émirats arabes unis",
            "aux Émirats arabes unis",
            "avec les Émirats arabes unis",
        ),
        (
            "PH",
            "les Philippines",
            "des Philippines",
            "des Philippines",
            "aux Philippines",
            "avec les Philippines",
        ),
        (
            "SC",
            "les Seychelles",
            "des Seychelles",
            "des Seychelles",
            "aux Seychelles",
            "avec les Seychelles",
        ),
        (
            "FR",
            "la France",
            "de la France",
            "de France",
            "en France",
            "avec la France",
        ),
        (
            "IR",
            "l'Iran",
            "de l'Iran",
            "d'Iran",
            "en Iran",
            "avec l'Iran",
        ),
        (
            "YE",
            "le Yémen",
            "du Yémen",
            "du Yémen",
            "au Yémen",
            "avec le Yémen",
        ),
        (
            "MX",
            "le Mexique",
            "du Mexique",
            "du Mexique",
            "au Mexique",
            "avec le Mexique",
        ),
        (
            "CA-QC",
            "le Québec",
            "du Québec",
            "du Québec",
            "au Québec",
            "avec le Québec",
        ),
        (
            "HT",
            "Haïti",
            "d'Haïti",
            "d'Haïti",
            "en Haïti",
            "avec Haïti",
        ),
        (
            "BB",
            "la Barbade",
            "de la Barbade",
            "de la Barbade",
            "à la Barbade",
            "avec la Barbade",
        ),
        (
            "RE",
            "La Réunion",
            "de La Réunion",
            "de La Réunion",
            "à La Réunion",
            "avec La Réunion",
        ),
    ];
    let data = all();
    for (code, def, of, from, inn, with) in cases {
        let r = &data["fr"][code];
        assert_eq!(
            (r["def"], r["of"], r["from"], r["in"], r["with"]),
            (def, of, from, inn, with),
            "fr {code}"
        );
    }
}

#[test]
fn other_languages_spot_checks() {
    let cases = [
        ("en", "US", "of", "of the United States"),
        ("en", "MA", "from", "from Morocco"),
        ("en", "GB", "with", "with the United Kingdom"),
        ("de", "CH", "from", "aus der Schweiz"),
        ("de", "CH", "in", "in der Schweiz"),
        ("de", "MA", "from", "aus Marokko"),
        ("de", "US", "def", "die Vereinigten Staaten"),
        ("de", "US", "in", "in den Vereinigten Staaten"),
        ("de", "IR", "def", "der Iran"),
        ("de", "IR", "in", "im Iran"),
        ("de", "NL", "with", "mit den Niederlanden"),
        ("de", "PH", "in", "auf den Philippinen"),
        ("de", "MA", "to", "nach Marokko"),
        ("it", "US", "def", "gli Stati Uniti"),
        ("it", "US", "of", "degli Stati Uniti"),
        ("it", "US", "in", "negli Stati Uniti"),
        ("it", "MA", "of", "del Marocco"),
        ("it", "MA", "in", "in Marocco"),
        ("it", "IN", "of", "dell'India"),
        ("it", "CY", "in", "a Cipro"),
        ("it", "LK", "def", "lo Sri Lanka"),
        ("pt", "US", "def", "os Estados Unidos"),
        ("pt", "BR", "def", "o Brasil"),
        ("pt", "BR", "of", "do Brasil"),
        ("pt", "BR", "in", "no Brasil"),
        ("pt", "IN", "of", "da Índia"),
        ("pt", "IN", "in", "na Índia"),
        ("pt", "PT", "in", "em Portugal"),
        ("es", "US", "article", "(los)"),
        ("es", "GB", "of", "del Reino Unido"),
        ("es", "GB", "to", "al Reino Unido"),
        ("es", "SV", "of", "de El Salvador"),
        ("es", "MA", "in", "en Marruecos"),
        ("zh", "US", "name", "美国"),
        ("zh", "HK", "name", "香港"),
        ("zh", "CD", "name", "刚果民主共和国"),
        ("ar", "MA", "name", "المغرب"),
        ("ar", "PS", "name", "فلسطين"),
        ("ar", "US", "from", "من الولايات المتحدة"),
    ];
    for (lang, code, column, want) in cases {
        assert_eq!(form(lang, code, column), want, "{lang} {code} {column}");
    }
}
