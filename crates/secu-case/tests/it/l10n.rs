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

/// The ids of the messages that use `$sex` in any language: the texts
/// about one person.
fn sex_ids() -> std::collections::BTreeSet<String> {
    let mut ids = std::collections::BTreeSet::new();
    for lang in Lang::ALL {
        let Ok(ftl) = std::fs::read_to_string(
            PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("../secu/l10n")
                .join(lang.tag())
                .join("secu.ftl"),
        ) else {
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

/// What the pseudo-locale writes after a text about a person rendered
/// without the person's sex (as in `secu`'s `tests/it/l10n.rs`).
const NO_SEX: &str = "⚥";

/// Appends [`NO_SEX`] to every message of `ids` rendered without `$sex`.
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

/// The pseudo-locale, loaded once for the test binary.
fn pseudo() -> Lang {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let ftl = mark_missing_sex(&l10n::pseudo(&read("l10n/en/secu.ftl")), &sex_ids());
        let tsv = l10n::pseudo_countries(&read("src/data/l10n/countries/en.tsv"));
        l10n::add_language(Lang::Pseudo, &ftl, &tsv).expect("the pseudo-locale is complete");
    });
    Lang::Pseudo
}

/// Issue 14 (l10n-fix, item 1): every text about a person in the case
/// status (stage, next actions, deadlines, payroll note, warnings) and the
/// calendar is rendered with the person's sex: every member is given one,
/// and no text carries the pseudo-locale's mark of a missing sex.
#[test]
fn every_status_text_about_a_person_has_the_persons_sex() {
    use secu::model::Sex;
    let lang = pseudo();
    let mut found = Vec::new();
    for name in example_names() {
        for sex in [Sex::Female, Sex::Male] {
            let mut h = crate::helpers::household(&name);
            for m in &mut h.members {
                m.sex.get_or_insert(sex);
            }
            let mut p = secu_case::Procedure::start(h, d("2026-11-02"), &secu::Policy::default())
                .expect("starts");
            // The first member's file through to affiliation (the stage
            // « affiliée » agrees): every document, submitted, numbered.
            let first = p.household().members[0].id.clone();
            let events = [
                "document_received form_s1106",
                "document_received identity_document",
                "document_received residence_permit",
                "document_received birth_certificate",
                "document_received sworn_translation",
                "document_received proof_of_address",
                "document_received bank_details",
                "document_received proof_of_activity",
                "document_received marriage_or_partnership_certificate",
                "document_received form_s3705",
                "file_submitted",
                "nia_issued 1 88 06 99 223 101 44",
                "nir_certified 1 88 06 99 223 101 44",
            ];
            for (k, e) in events.iter().enumerate() {
                let line = format!("2026-11-{:02} {first} {e}", 3 + k);
                let words: Vec<&str> = line.split_whitespace().collect();
                let (date, member, ev) =
                    crate::helpers::script_step::<&str>(&words, &[], &|| line.clone());
                if let Some(ev) = ev {
                    // Refused where the track has no such step: skipped.
                    let _ = p.apply(member, date, &ev);
                }
            }
            for at in ["2026-11-02", "2026-12-15", "2027-06-01"] {
                let status = p.status(d(at), lang);
                let mut text = String::new();
                for audience in [secu::report::Audience::Hr, secu::report::Audience::Family] {
                    text.push_str(&secu_case::report::render_status_for(
                        &status,
                        lang,
                        &Style::plain(),
                        audience,
                    ));
                }
                for e in p.calendar(d(at), lang) {
                    text.push_str(&e.text);
                    text.push('\n');
                }
                for line in text.lines().filter(|l| l.contains(NO_SEX)) {
                    found.push(format!("{name} {sex:?} {at}: {}", line.trim()));
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

#[test]
fn no_text_bypasses_the_resources_in_case_status() {
    pseudo();
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

/// Issue 14 (l10n-fix, item 3): the case history (`secu case history`) and
/// the calendar's summaries in the pseudo-locale: the words around the
/// log's columns come from the resources (codes, dates, numbers, the
/// reasons typed and the recording times are data).
#[test]
fn no_text_bypasses_the_resources_in_case_history_and_calendar() {
    use secu::model::Permit;
    use secu_case::Event;
    let lang = pseudo();
    let mut case = crate::helpers::open_case(
        "talent_passport_family",
        "2026-11-27",
        "2026-11-27T10:00:00Z",
    );
    let policy = secu::Policy::default();
    let mut salts = crate::helpers::counter();
    let events = [
        crate::helpers::event("document_received", &["identity_document"]),
        crate::helpers::event("document_rejected", &["identity_document", "blurry"]),
        crate::helpers::event("document_waived", &["bank_details", "later"]),
        Event::Correction {
            voids: 3,
            reason: "typo".to_owned(),
        },
        Event::PermitRenewed {
            permit: Permit::TalentPassport,
            valid_from: d("2026-11-28"),
            valid_until: Some(d("2030-11-27")),
        },
        Event::PermitRenewed {
            permit: Permit::TalentPassport,
            valid_from: d("2026-11-29"),
            valid_until: None,
        },
    ];
    for (k, ev) in events.into_iter().enumerate() {
        case.record(
            "arjun",
            d("2026-11-28"),
            ev,
            &format!("2026-11-28T10:0{k}:00Z"),
            &mut salts,
            &policy,
        )
        .expect("recorded");
    }
    let history = secu_case::report::render_history_in(case.history(), &case.voided(), lang);
    assert!(history.lines().count() >= 6, "{history}");
    let mut data: Vec<String> = ["arjun", "blurry", "typo", "later"]
        .map(str::to_owned)
        .to_vec();
    // The log's column of event codes.
    data.extend(
        <secu_case::EventKind as strum::IntoEnumIterator>::iter().map(|e| e.code().to_owned()),
    );
    let words = english_words(&history, &data);
    assert!(words.is_empty(), "{history}\n{words:?}");
    // The English log is the one it always was.
    let en = secu_case::report::render_history(case.history(), &case.voided());
    assert!(
        en.contains("voids #3: typo") && en.contains(" [voided by #4]"),
        "{en}"
    );
    assert!(
        en.contains("talent_passport from 28 November 2026 until 27 November 2030"),
        "{en}"
    );
    let p = case.replay(&policy).expect("replays");
    let mut calendar = String::new();
    for e in p.calendar(d("2026-12-15"), lang) {
        calendar.push_str(&e.text);
        calendar.push('\n');
    }
    assert!(!calendar.is_empty());
    let words = english_words(&calendar, &data);
    assert!(words.is_empty(), "{calendar}\n{words:?}");
}

/// Whether `text` holds an ISO date (`\d{4}-\d{2}-\d{2}`).
fn iso_date(text: &str) -> Option<&str> {
    let b = text.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    (0..b.len().saturating_sub(9))
        .find(|&i| {
            digits(i..i + 4)
                && b[i + 4] == b'-'
                && digits(i + 5..i + 7)
                && b[i + 7] == b'-'
                && digits(i + 8..i + 10)
        })
        .and_then(|i| text.get(i..i + 10))
}

/// Issue 14: the human outputs of `secu case status`, `list` and `history`
/// write their dates out (`ui-date`, CLDR's long form) in every language
/// and the pseudo-locale; no ISO date is left for the bundled examples (a
/// step done, a deadline, a permit's dates, a log entry and its recording
/// time, the calendar's summaries). JSON keeps ISO dates.
#[test]
fn case_status_list_and_history_write_their_dates_out() {
    use secu_case::Event;
    let mut langs: Vec<Lang> = Lang::ALL.to_vec();
    // This crate's tests embed English only: the others from their resources.
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        for lang in Lang::ALL.into_iter().filter(|l| !l.is_available()) {
            let tag = lang.tag();
            l10n::add_language(
                lang,
                &read(&format!("l10n/{tag}/secu.ftl")),
                &read(&format!("src/data/l10n/countries/{tag}.tsv")),
            )
            .expect("the language loads");
        }
    });
    assert_eq!(Lang::available().len(), langs.len(), "all eight languages");
    langs.push(pseudo());
    let policy = secu::Policy::default();
    let mut found = Vec::new();
    let mut checked = 0;
    for name in example_names() {
        let mut case = crate::helpers::open_case(&name, "2026-11-02", "2026-11-02T09:00:00Z");
        let first = crate::helpers::household(&name).members[0].id.clone();
        let mut salts = crate::helpers::counter();
        let events = [
            crate::helpers::event("document_received", &["identity_document"]),
            crate::helpers::event("file_submitted", &[]),
            Event::PermitRenewed {
                permit: secu::model::Permit::TalentPassport,
                valid_from: d("2026-11-28"),
                valid_until: Some(d("2030-11-27")),
            },
        ];
        for (k, ev) in events.into_iter().enumerate() {
            // Refused where the member's track has no such step: skipped.
            let _ = case.record(
                &first,
                d("2026-11-05"),
                ev,
                &format!("2026-11-05T10:0{k}:00+01:00"),
                &mut salts,
                &policy,
            );
        }
        let p = case.replay(&policy).expect("replays");
        for &lang in &langs {
            let mut text =
                secu_case::report::render_history_in(case.history(), &case.voided(), lang);
            for at in ["2026-11-02", "2026-12-15", "2027-09-01"] {
                let status = p.status(d(at), lang);
                for audience in [secu::report::Audience::Hr, secu::report::Audience::Family] {
                    text.push_str(&secu_case::report::render_status_for(
                        &status,
                        lang,
                        &Style::plain(),
                        audience,
                    ));
                }
                // The calendar's summaries (`case calendar`, the team service's).
                for e in p.calendar(d(at), lang) {
                    text.push_str(&e.text);
                    text.push('\n');
                }
                text.push_str(&secu_case::report::render_portfolio(
                    &[(format!("{name}.case.json"), status.portfolio())],
                    &[],
                    d(at),
                    lang,
                ));
            }
            checked += 1;
            if let Some(iso) = iso_date(&text) {
                let line = text.lines().find(|l| l.contains(iso)).unwrap_or_default();
                found.push(format!("{name} {lang:?}: {}", line.trim()));
            }
        }
    }
    assert!(checked > 8, "examples checked");
    assert!(
        found.is_empty(),
        "ISO dates in human case outputs: {found:#?}"
    );
}

/// Issue 14 (l10n-gaps, item 3): the case status carries each member's sex
/// from the household of the case file, and its document labels agree with
/// the person as the report's do: « attestation … pour la salariée » for a
/// woman, « pour le salarié » for a man, in HR's status and in the family's
/// (where a label worded differently for two people is listed once per
/// wording). Pinned in French.
#[test]
fn document_labels_in_the_status_agree_with_the_person() {
    use secu::model::Sex;
    use secu::output::DocKind;
    let mut h = crate::helpers::household("talent_passport_family");
    h.members[0].sex = Some(Sex::Male);
    h.members[1].sex = Some(Sex::Female);
    let p =
        secu_case::Procedure::start(h, d("2026-11-02"), &secu::Policy::default()).expect("starts");
    let mut status = p.status(d("2026-11-02"), Lang::Fr);
    assert_eq!(
        status.members[0].sex,
        Some(Sex::Male),
        "carried from the household"
    );
    assert_eq!(status.members[1].sex, Some(Sex::Female));
    // The only label that agrees in French: added to both files.
    for m in &mut status.members[..2] {
        m.missing_documents.push(DocKind::PrivateInsuranceStatement);
    }
    let mut text = String::new();
    for audience in [secu::report::Audience::Hr, secu::report::Audience::Family] {
        text.push_str(&secu_case::report::render_status_for(
            &status,
            Lang::Fr,
            &Style::plain(),
            audience,
        ));
    }
    let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for said in [
        "attestation d'assurance santé privée pour la salariée et sa famille",
        "attestation d'assurance santé privée pour le salarié et sa famille",
    ] {
        assert_eq!(
            words.matches(said).count(),
            2,
            "« {said} » in HR's and the family's: {text}"
        );
    }
    // The JSON status keeps its shape: no `sex`.
    let json = serde_json::to_value(&status).expect("JSON");
    assert!(json["members"][0].get("sex").is_none());
    insta::assert_snapshot!("status_fr_document_labels_agree", text);
}
