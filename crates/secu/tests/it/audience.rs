//! The two documents of issue 14 item 6 (`report::render_for`): the
//! family's (a household summary, shared documents once, no payroll, no
//! assumption, no source, no internal id) and HR's (the summary, then the
//! complete report).

use secu::report::{self, Audience, Style};
use secu::{Lang, Options};

use crate::helpers::{example_bytes, example_names};

fn document(bytes: &[u8], lang: Lang, audience: Audience) -> (String, serde_json::Value) {
    let h = secu::parse_household(bytes).expect("parses");
    let a = secu::assess(&h, &Options::default().with_lang(lang)).expect("assesses");
    let json = serde_json::to_value(&a).expect("serialises");
    (report::render_for(&a, &Style::plain(), audience), json)
}

/// Both documents of a family of four and of a single person, in English
/// and French, reviewed by reading them.
#[test]
fn snapshots_of_both_audiences() {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../../snapshots/audience");
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| {
        for name in ["talent_passport_family", "eu_employee"] {
            let bytes = example_bytes(name);
            for lang in [Lang::En, Lang::Fr] {
                for (audience, tag) in [(Audience::Family, "family"), (Audience::Hr, "hr")] {
                    let (text, _) = document(&bytes, lang, audience);
                    insta::assert_snapshot!(format!("{name}.{tag}.{lang}"), text);
                }
            }
        }
    });
}

/// Every member id of the household JSON rewritten `"id"` → `"qqidqq"`, so
/// that an id shown anywhere is found by its marks (an id such as `child`
/// would otherwise match ordinary words).
fn marked_ids(bytes: &[u8]) -> Vec<u8> {
    let v: serde_json::Value = serde_json::from_slice(bytes).expect("json");
    let mut text = String::from_utf8(bytes.to_vec()).expect("utf-8");
    for m in v["members"].as_array().expect("members") {
        let id = m["id"].as_str().expect("id");
        text = text.replace(&format!("\"{id}\""), &format!("\"qq{id}qq\""));
    }
    text.into_bytes()
}

/// The household without its members' labels: every member is then named
/// by their place ("Person 2"), and no id may show.
fn without_labels(bytes: &[u8]) -> Vec<u8> {
    let mut v: serde_json::Value = serde_json::from_slice(bytes).expect("json");
    for m in v["members"].as_array_mut().expect("members") {
        m.as_object_mut().expect("member").remove("label");
    }
    serde_json::to_vec(&v).expect("serialises")
}

/// What the family's document must not say, in English: the payroll
/// section's words and the legal-research assumption of the beneficiary end
/// ("an assumption (the decree date of L160-2 could not be found)"). An
/// uncertainty the family must act on stays ("an assumption, to be
/// confirmed with the fund", in the points of attention of a posting).
const HR_ONLY: [&str; 6] = [
    "DSN",
    "NTT",
    "payroll",
    "Payroll",
    "could not be found",
    "temporary technical number",
];

/// The family's document of every bundled household holds no payroll, DSN
/// or NTT text, no assumption, no source id and no internal id (in
/// English; ids and sources in French too).
#[test]
fn the_family_document_holds_no_hr_material() {
    for name in example_names() {
        let marked = marked_ids(&example_bytes(&name));
        for (bytes, lang) in [
            (marked.clone(), Lang::En),
            (marked.clone(), Lang::Fr),
            (without_labels(&marked), Lang::En),
        ] {
            let (text, json) = document(&bytes, lang, Audience::Family);
            if lang == Lang::En {
                for word in HR_ONLY {
                    assert!(!text.contains(word), "{name}: «{word}» in\n{text}");
                }
            }
            for (i, m) in json["members"]
                .as_array()
                .expect("members")
                .iter()
                .enumerate()
            {
                let id = m["id"].as_str().expect("id");
                let in_label = m["label"].as_str().is_some_and(|l| l.contains(id));
                assert!(
                    in_label || !text.contains(id),
                    "{name} ({lang}): member {i}'s id {id} in\n{text}"
                );
            }
            let funds: Vec<&str> = json["members"]
                .as_array()
                .expect("members")
                .iter()
                .filter_map(|m| m["fund"]["name"].as_str())
                .collect();
            let mut sources = Vec::new();
            collect_sources(&json, &mut sources);
            for s in sources {
                // A form's number names the form itself ("cerfa 15763*02",
                // docs/l10n.md keeps it) and a fund's name is where to send
                // the file: neither is a reference the family must read.
                if s.starts_with("cerfa ") || funds.contains(&s.as_str()) {
                    continue;
                }
                assert!(
                    !text.contains(&s),
                    "{name} ({lang}): source «{s}» in\n{text}"
                );
            }
        }
    }
}

fn collect_sources(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::Object(o) => {
            for (k, x) in o {
                if k == "sources" {
                    for s in x.as_array().into_iter().flatten() {
                        if let Some(s) = s.as_str() {
                            out.push(s.to_owned());
                        }
                    }
                } else {
                    collect_sources(x, out);
                }
            }
        }
        serde_json::Value::Array(a) => a.iter().for_each(|x| collect_sources(x, out)),
        _ => {}
    }
}

/// A member without a label is "Person N" in the family's document, by
/// their place in the household; never their id.
#[test]
fn a_member_without_label_is_named_by_place() {
    let json = br#"{"as_of": "2026-11-27", "members": [
        {"id": "qqaqq", "label": "Ana", "relationship": "primary", "birth_date": "1993-08-15", "sex": "female",
         "nationality": "ES", "birth_country": "ES", "activity": {"kind": "employed", "start_date": "2026-10-01"}},
        {"id": "qqbqq", "relationship": "child", "birth_date": "2020-01-01", "nationality": "ES", "birth_country": "ES"}]}"#;
    let (text, _) = document(json, Lang::En, Audience::Family);
    assert!(text.contains("── Person 2 · 6 years old "), "{text}");
    assert!(!text.contains("qqbqq"), "{text}");
    let (text, _) = document(json, Lang::Fr, Audience::Family);
    assert!(text.contains("── Personne 2 · 6 ans "), "{text}");
}

/// A document several members need is listed once in the family's
/// document, with whom it is for; every checklist line is unique.
#[test]
fn a_shared_document_appears_once() {
    for name in example_names() {
        let bytes = example_bytes(&name);
        for lang in [Lang::En, Lang::Fr] {
            let (text, _) = document(&bytes, lang, Audience::Family);
            let items: Vec<&str> = text.lines().filter(|l| l.starts_with("   [ ] ")).collect();
            for (i, item) in items.iter().enumerate() {
                assert!(
                    !items[..i].contains(item),
                    "{name} ({lang}): «{item}» listed twice in\n{text}"
                );
            }
        }
    }
    let (text, _) = document(
        &example_bytes("talent_passport_family"),
        Lang::En,
        Audience::Family,
    );
    let birth = "   [ ] full birth certificate with filiation (acte de naissance)";
    assert_eq!(text.matches(birth).count(), 1, "{text}");
    let after = &text[text.find(birth).expect("listed")..];
    let entry = &after[..after[1..].find("   [ ]").map_or(after.len(), |i| i + 1)];
    assert!(entry.contains("for: the whole household"), "{entry}");
    // The Talent Passport warning is the same for the four: said once.
    assert_eq!(
        text.matches("Talent Passport (passeport talent) holders")
            .count(),
        1,
        "{text}"
    );
}

/// The family's documents fit an 80-column terminal.
#[test]
fn documents_fit_80_columns() {
    for name in example_names() {
        let bytes = example_bytes(&name);
        for lang in [Lang::En, Lang::Fr] {
            for audience in [Audience::Family, Audience::Hr] {
                let (text, _) = document(&bytes, lang, audience);
                for line in text.lines() {
                    assert!(line.chars().count() <= 80, "{name} ({lang}): {line}");
                }
            }
        }
    }
}
