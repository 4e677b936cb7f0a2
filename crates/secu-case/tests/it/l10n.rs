//! The case status in the pseudo-locale (issue 14): every word of it comes
//! from the resources (see `secu`'s `tests/it/l10n.rs` for the report, the
//! errors and the intake questions).

use std::path::PathBuf;

use secu::report::Style;
use secu::{Lang, l10n};

use crate::helpers::{d, example_names, start};

fn read(path: &str) -> String {
    std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../secu")
            .join(path),
    )
    .expect("readable")
}

/// Plain ASCII words that are not data: under the pseudo-locale every word
/// of a text is accented.
fn english_words(text: &str, data: &[String]) -> Vec<String> {
    let mut words = Vec::new();
    for token in text.split(|c: char| c.is_whitespace() || "()[]{}·,;:\"'’«»⟦⟧—–|/=<>#".contains(c))
    {
        let t = token.trim_matches(|c: char| !c.is_alphanumeric());
        let letters = t.chars().filter(char::is_ascii_alphabetic).count();
        if letters < 2
            || !t
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "._-*".contains(c))
        {
            continue;
        }
        // Codes (`document_received`) and data quoted as is.
        if t.contains('_') || data.iter().any(|x| x == t) {
            continue;
        }
        words.push(t.to_owned());
    }
    words.sort();
    words.dedup();
    words
}

#[test]
fn no_text_bypasses_the_resources_in_case_status() {
    let ftl = l10n::pseudo(&read("l10n/en/secu.ftl"));
    let tsv = l10n::pseudo_countries(&read("src/data/l10n/countries/en.tsv"));
    l10n::add_language(Lang::Pseudo, &ftl, &tsv).expect("the pseudo-locale is complete");
    let mut found = std::collections::BTreeMap::new();
    for name in example_names() {
        let p = start(&name, "2026-11-02");
        let status = p.status(d("2026-12-15"), Lang::Pseudo);
        let mut text = secu_case::report::render_status(&status, Lang::Pseudo, &Style::plain());
        // The family's status too (issue 14 item 6).
        text.push_str(&secu_case::report::render_status_for(
            &status,
            Lang::Pseudo,
            &Style::plain(),
            secu::report::Audience::Family,
        ));
        let h = crate::helpers::household(&name);
        let mut data: Vec<String> = ["CPAM", "CGSS", "CSSM", "MSA", "NIR", "NIA", "NTT"]
            .map(str::to_owned)
            .to_vec();
        // The events' codes, shown beside their text.
        data.extend(
            <secu_case::EventKind as strum::IntoEnumIterator>::iter().map(|e| e.code().to_owned()),
        );
        for m in &h.members {
            data.push(m.id.clone());
            for quoted in m.label.iter() {
                data.extend(
                    quoted
                        .split(|c: char| !c.is_alphanumeric() && c != '-')
                        .map(str::to_owned),
                );
            }
        }
        let a = secu::assess(&h, &secu::Options::default()).expect("assesses");
        for m in &a.members {
            if let Some(f) = &m.fund {
                data.extend(
                    f.name
                        .split(|c: char| !c.is_alphanumeric() && c != '-')
                        .map(str::to_owned),
                );
            }
        }
        for w in english_words(&text, &data) {
            found.entry(w).or_insert_with(|| name.clone());
        }
    }
    assert!(
        found.is_empty(),
        "plain English in a pseudo-localised case status: {found:#?}"
    );
}
