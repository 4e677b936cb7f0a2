//! Issue 10, items 2, 12, 15 and 16: the limits of an input (members,
//! problems listed), the one date syntax and its years, messages in the
//! chosen language, a byte order mark, a duplicate key, and how `nir check`
//! reads whitespace and 15-digit legacy numbers.

use secu::decode::{MAX_MEMBERS, parse_household_value};
use secu::error::MAX_PROBLEMS;
use secu::id::nir::{NirCheckKind, check};
use secu::{ErrorCode, InputErrors, Lang, Options, assess, parse_household};
use serde_json::{Value, json};

fn member(i: usize) -> Value {
    json!({"id": format!("m{i}"), "relationship": if i == 0 { "primary" } else { "child" },
        "birth_date": "2020-01-01", "nationality": "DE", "birth_country": "DE"})
}

fn both(
    doc: &Value,
) -> (
    Result<secu::Household, InputErrors>,
    Result<secu::Household, InputErrors>,
) {
    (
        parse_household(&serde_json::to_vec(doc).expect("JSON")),
        parse_household_value(doc),
    )
}

fn codes(e: &InputErrors) -> Vec<(String, ErrorCode)> {
    e.0.iter().map(|e| (e.path.clone(), e.code)).collect()
}

#[test]
fn more_members_than_the_limit_are_refused_on_members() {
    let mut members: Vec<Value> = (0..=MAX_MEMBERS).map(member).collect();
    let doc = json!({"as_of": "2026-01-01", "members": members});
    let (text, tree) = both(&doc);
    for e in [text.expect_err("bytes"), tree.expect_err("tree")] {
        assert_eq!(
            codes(&e),
            vec![("members".to_owned(), ErrorCode::TooManyMembers)]
        );
        assert_eq!(
            e.0[0].message,
            format!(
                "{} members: more than the limit of {MAX_MEMBERS}",
                MAX_MEMBERS + 1
            )
        );
    }
    // At the limit, decoded (both ways).
    members.pop();
    let doc = json!({"as_of": "2026-01-01", "members": members});
    let (text, tree) = both(&doc);
    assert_eq!(text.expect("bytes").members.len(), MAX_MEMBERS);
    assert_eq!(tree.expect("tree").members.len(), MAX_MEMBERS);
}

#[test]
fn at_most_100_problems_then_how_many_more() {
    // 250 members, each with an unknown field: 250 problems found.
    let members: Vec<Value> = (0..250)
        .map(|i| {
            let mut m = member(i);
            m["colour"] = json!("blue");
            m
        })
        .collect();
    let doc = json!({"members": members});
    let (text, tree) = both(&doc);
    for e in [text.expect_err("bytes"), tree.expect_err("tree")] {
        assert_eq!(e.0.len(), MAX_PROBLEMS + 1);
        assert_eq!(e.0[99].path, "members[99].colour");
        let last = &e.0[MAX_PROBLEMS];
        assert_eq!(
            (last.path.as_str(), last.code),
            ("", ErrorCode::TooManyProblems)
        );
        assert_eq!(last.message, "… and 150 more problems");
        // The JSON list is the same list: 100 problems and the count.
        let v = serde_json::to_value(&e).expect("JSON");
        assert_eq!(v.as_array().map(Vec::len), Some(101));
        assert_eq!(v[100]["code"], "too_many_problems");
        let fr = e.in_lang(Lang::Fr);
        assert_eq!(fr.0[MAX_PROBLEMS].message, "… et 150 autres problèmes");
    }
    // Exactly 100 problems: no count.
    let members: Vec<Value> = (0..100)
        .map(|i| {
            let mut m = member(i);
            m["colour"] = json!("blue");
            m
        })
        .collect();
    let e = parse_household_value(&json!({"members": members})).expect_err("refused");
    assert_eq!(e.0.len(), 100);
    assert!(e.0.iter().all(|p| p.code == ErrorCode::UnknownField));
}

#[test]
fn dates_are_yyyy_mm_dd_within_the_documented_years() {
    for (date, ok) in [
        ("1900-01-01", true),
        ("2199-12-31", true),
        ("0000-01-01", false),
        ("1899-12-31", false),
        ("2200-01-01", false),
        ("9999-12-31", false),
        ("2026-1-05", false),
        ("+002026-01-05", false),
    ] {
        let mut m = member(0);
        m["birth_date"] = json!(date);
        let doc = json!({"as_of": "2026-06-01", "members": [m]});
        let (text, tree) = both(&doc);
        assert_eq!(text.is_ok(), ok, "{date}");
        assert_eq!(tree.is_ok(), ok, "{date}");
        if !ok {
            let e = text.expect_err("refused");
            assert_eq!(
                codes(&e),
                vec![("members[0].birth_date".to_owned(), ErrorCode::InvalidDate)],
                "{date}"
            );
        }
    }
    let mut m = member(0);
    m["residence"] = json!({"arrival_date": "9999-01-01"});
    let e = parse_household_value(&json!({"members": [m]})).expect_err("refused");
    assert_eq!(
        e.0[0].message,
        "date \"9999-01-01\" outside the years 1900–2199"
    );
    assert_eq!(
        e.in_lang(Lang::Fr).0[0].message,
        "date \"9999-01-01\" hors des années 1900–2199"
    );
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let doc =
        serde_json::to_vec(&json!({"as_of": "2026-01-01", "members": [member(0)]})).expect("JSON");
    let mut with_bom = b"\xEF\xBB\xBF".to_vec();
    with_bom.extend_from_slice(&doc);
    assert_eq!(
        parse_household(&with_bom).expect("a BOM is skipped"),
        parse_household(&doc).expect("valid")
    );
}

#[test]
fn a_duplicate_key_is_named_by_its_path() {
    let doc = br#"{"as_of": "2026-01-01", "as_of": "2026-01-02", "members": []}"#;
    let e = parse_household(doc).expect_err("refused");
    assert_eq!(
        codes(&e),
        vec![("as_of".to_owned(), ErrorCode::MalformedJson)]
    );
    assert_eq!(e.0[0].to_string(), "as_of: field \"as_of\" given twice");
    assert_eq!(
        e.in_lang(Lang::Fr).0[0].to_string(),
        "as_of: champ \"as_of\" donné deux fois"
    );
}

/// Error messages follow the language (EN and FR for several kinds).
#[test]
fn error_messages_in_english_and_french() {
    let cases: [(&[u8], &str, &str); 6] = [
        (
            br#"{"members": [], "colour": 1}"#,
            "colour: unknown field \"colour\"; known fields: format, as_of, members",
            "colour: champ inconnu \"colour\"\u{a0}; champs connus\u{a0}: format, as_of, members",
        ),
        (
            br#"{"as_of": "2026-02-30", "members": []}"#,
            "as_of: no such date \"2026-02-30\"",
            "as_of: date inexistante \"2026-02-30\"",
        ),
        (
            br#"{"as_of": 3, "members": []}"#,
            "as_of: expected a date \"YYYY-MM-DD\", found a number",
            "as_of: une date \"AAAA-MM-JJ\" était attendue, trouvé\u{a0}: un nombre",
        ),
        (
            br#"{}"#,
            "members: missing required field \"members\"",
            "members: champ obligatoire manquant\u{a0}: \"members\"",
        ),
        (
            br#"{"members": [}"#,
            "malformed JSON at line 1 column 14: expected value",
            "JSON mal formé à la ligne 1, colonne 14\u{a0}: valeur attendue",
        ),
        (
            b"{\"members\": \xff}",
            "input is not valid UTF-8 (byte 12)",
            "l'entrée n'est pas de l'UTF-8 valide (octet 12)",
        ),
    ];
    for (input, en, fr) in cases {
        let e = parse_household(input).expect_err("refused");
        assert_eq!(e.0[0].to_string(), en);
        assert_eq!(e.in_lang(Lang::Fr).0[0].to_string(), fr);
    }
    // Validation, through `assess` and its language.
    let h = parse_household(
        br#"{"members": [{"id": "a", "relationship": "primary",
        "birth_date": "1990-01-01", "nationality": "DE", "birth_country": "DE"}]}"#,
    )
    .expect("decoded");
    let fr = assess(&h, &Options::default().with_lang(Lang::Fr)).expect_err("no as_of");
    assert_eq!(
        fr.0[0].message,
        "pas de date d'évaluation\u{a0}: donner \"as_of\" dans le foyer ou en option"
    );
    let en = assess(&h, &Options::default()).expect_err("no as_of");
    assert_eq!(
        en.0[0].message,
        "no evaluation date: give \"as_of\" in the household or as an option"
    );
}

#[test]
fn nir_check_reads_whitespace_alike_at_both_ends() {
    let plain = check("2 90 04 99 216 001 77");
    assert!(plain.valid, "{plain:?}");
    for padded in [
        "  2 90 04 99 216 001 77",
        "2 90 04 99 216 001 77\t",
        "\t2 90 04 99 216 001 77 \n",
    ] {
        assert_eq!(check(padded), plain, "{padded:?}");
    }
    // Inside the number, only spaces separate.
    assert!(!check("2 90 04 99\t216 001 77").valid);
}

#[test]
fn nir_check_explains_a_legacy_number_typed_with_15_digits() {
    for (n, kind) in [
        ("7 1 234 12345678 12", NirCheckKind::LegacyNnp),
        ("812341234567890", NirCheckKind::LegacyNnp),
        ("5 1 234 12345678 12", NirCheckKind::LegacyMig),
        ("612341234567899", NirCheckKind::LegacyMig),
        ("7123412345678", NirCheckKind::LegacyNnp),
    ] {
        let c = check(n);
        assert_eq!(c.kind, kind, "{n}: {c:?}");
        assert_eq!(c.error.map(|e| e.code), Some("legacy_provisional"), "{n}");
    }
    // A 15-character number starting with 5–8 and holding a letter is not a
    // legacy number (they are all digits): its first digit is refused.
    let c = check("7 1 234 2A345678 12");
    assert_eq!(c.kind, NirCheckKind::Invalid);
}

/// Validation problems follow the assessment's language too.
#[test]
fn validation_problems_in_french() {
    let h = parse_household(
        br#"{"as_of": "2026-01-01", "members": [
        {"id": "a", "relationship": "primary", "birth_date": "1990-01-01", "nationality": "DE", "birth_country": "DE",
         "nir": "2 90 04 99 216 001 93"},
        {"id": "a", "relationship": "child", "birth_date": "2030-01-01", "nationality": "DE", "birth_country": "DE",
         "parents": ["b"]}]}"#,
    )
    .expect("decoded");
    let messages = |lang| -> Vec<String> {
        assess(&h, &Options::default().with_lang(lang))
            .expect_err("refused")
            .0
            .iter()
            .map(ToString::to_string)
            .collect()
    };
    assert_eq!(
        messages(Lang::En),
        [
            "members[0].nir: invalid key: expected 77, found 93",
            "members[1].id: duplicate id \"a\" (also members[0].id)",
            "members[1].birth_date: birth date 2030-01-01 is after the evaluation date 2026-01-01",
            "members[1].parents[0]: no member has id \"b\"; did you mean \"a\"?",
        ]
    );
    assert_eq!(
        messages(Lang::Fr),
        [
            "members[0].nir: clé invalide\u{a0}: 77 attendue, 93 saisie",
            "members[1].id: identifiant \"a\" en double (aussi members[0].id)",
            "members[1].birth_date: date de naissance 2030-01-01 postérieure à la date d'évaluation 2026-01-01",
            "members[1].parents[0]: aucune personne n'a l'identifiant \"b\"\u{a0}; vouliez-vous dire \"a\"\u{a0}?",
        ]
    );
}

/// A NIR's error in English is its `Display`, the same words as before.
#[test]
fn nir_error_texts_match_their_display() {
    for n in [
        "",
        "2 95 1x 99 126 111 93",
        "3 95 10 99 126 111 93",
        "7 1 123 12345678",
        "5112312345678",
        "2 95 00 99 126 111 93",
        "2 95 10 00 126 111",
        "1 88 03 92 210 000 94",
        "2 95 10 99 126 111 94",
    ] {
        let e = check(n).error.expect("invalid");
        assert_eq!(e.text.render(Lang::En), e.message, "{n:?}");
        assert_ne!(e.text.render(Lang::Fr), e.message, "{n:?}");
    }
}

/// A member with 20,000 unknown fields: 100 listed, the rest counted (and
/// not kept: the walk's memory does not grow with the problems); with the
/// missing date of `assess` on top, the count stays right.
#[test]
fn problems_past_the_limit_are_counted_not_kept() {
    let mut m = member(0);
    for k in 0..20_000 {
        m[format!("x{k}")] = json!(1);
    }
    let e = parse_household_value(&json!({"members": [m]})).expect_err("refused");
    assert_eq!(e.0.len(), MAX_PROBLEMS + 1);
    assert_eq!(e.0[MAX_PROBLEMS].message, "… and 19900 more problems");
    // 151 members with the same id, no as_of: the missing date first, then
    // 99 of the 150 duplicates, then "… and 51 more".
    let members: Vec<Value> = (0..151)
        .map(|i| {
            let mut m = member(i);
            m["id"] = json!("a");
            m
        })
        .collect();
    let h = parse_household_value(&json!({"members": members})).expect("decoded");
    let e = assess(&h, &Options::default()).expect_err("no as_of");
    assert_eq!(e.0.len(), MAX_PROBLEMS + 1);
    assert_eq!(e.0[0].code, ErrorCode::MissingAsOf);
    assert_eq!(e.0[MAX_PROBLEMS].message, "… and 51 more problems");
}

/// SIREN and postcode problems: the English text is the errors' `Display`
/// (unchanged), and French under `Lang::Fr`.
#[test]
fn siren_and_postcode_problems_in_both_languages() {
    use secu::data::departments::department_for_postcode;
    use secu::id::siren::Siren;
    for (siren, postcode) in [
        ("123456789", "98000"),
        ("12345678", "7500"),
        ("1234a6789", "00100"),
    ] {
        let h = parse_household_value(&json!({"as_of": "2026-01-01", "members": [{
            "id": "a", "relationship": "primary", "birth_date": "1990-01-01",
            "nationality": "DE", "birth_country": "DE",
            "activity": {"kind": "employed", "employer": {"siren": siren}},
            "residence": {"postcode": postcode}}]}))
        .expect("decoded");
        let en = assess(&h, &Options::default()).expect_err("refused");
        let fr = assess(&h, &Options::default().with_lang(Lang::Fr)).expect_err("refused");
        let siren_error = siren.parse::<Siren>().expect_err("invalid").to_string();
        let postcode_error = department_for_postcode(postcode)
            .expect_err("invalid")
            .to_string();
        assert_eq!(en.0[0].message, siren_error);
        assert_eq!(en.0[1].message, postcode_error);
        for (e, f) in en.0.iter().zip(&fr.0) {
            assert_ne!(e.message, f.message, "{siren} {postcode}");
        }
    }
    let h = parse_household_value(&json!({"as_of": "2026-01-01", "members": [{
        "id": "a", "relationship": "primary", "birth_date": "1990-01-01",
        "nationality": "DE", "birth_country": "DE", "residence": {"postcode": "98000"}}]}))
    .expect("decoded");
    let fr = assess(&h, &Options::default().with_lang(Lang::Fr)).expect_err("refused");
    assert_eq!(
        fr.0[0].to_string(),
        "members[0].residence.postcode: le code postal \"98000\" est à Monaco, pas en France"
    );
}
