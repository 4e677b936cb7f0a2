//! wasm-bindgen tests under Node, for every export including its errors:
//! `cargo xtask wasm --test` (or `cargo test -p secu-wasm --target
//! wasm32-unknown-unknown` with `CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner`).
// With both modules' exports (the default features); the shipped modules are
// each one half, built by `cargo xtask wasm`.
#![cfg(all(target_arch = "wasm32", feature = "assess", feature = "case"))]
#![allow(missing_docs, clippy::unwrap_used)]

use js_sys::{Array, JSON, Reflect};
use serde_json::{Value, json};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

/// English and French, added once as the page adds them (the modules embed
/// no language): from the compiled tables beside the page.
fn languages() {
    static ADDED: std::sync::Once = std::sync::Once::new();
    ADDED.call_once(|| {
        secu_wasm::add_language(
            "en",
            include_str!("../../../web/l10n/en.msg"),
            include_str!("../../../web/l10n/en.tsv"),
        )
        .unwrap();
        secu_wasm::add_language(
            "fr",
            include_str!("../../../web/l10n/fr.msg"),
            include_str!("../../../web/l10n/fr.tsv"),
        )
        .unwrap();
    });
}

/// A language is added from its compiled table only: an FTL resource (what
/// `fluent-bundle` would read) is refused with the reason, and the language
/// stays unavailable.
#[wasm_bindgen_test]
fn add_language_takes_compiled_tables_only() {
    languages();
    let e = secu_wasm::add_language(
        "ar",
        "ui-title = عنوان\n",
        include_str!("../../../web/l10n/ar.tsv"),
    )
    .unwrap_err();
    let (message, _) = error(e);
    assert!(message.contains("not a compiled table"), "{message}");
    assert!(secu::Lang::parse_available("ar").is_err());
    let e =
        secu_wasm::add_language("en", include_str!("../../../web/l10n/en.msg"), "").unwrap_err();
    assert!(error(e).0.contains("already loaded"));
}

const ENTROPY: &str = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

fn js(v: &Value) -> JsValue {
    JSON::parse(&v.to_string()).unwrap()
}

fn rs(v: &JsValue) -> Value {
    serde_json::from_str(&String::from(JSON::stringify(v).unwrap())).unwrap()
}

/// The thrown error's `message` and `errors`.
fn error(e: JsValue) -> (String, Value) {
    let err: js_sys::Error = e.dyn_into().expect("a JS Error");
    let errors = Reflect::get(&err, &"errors".into()).unwrap();
    (String::from(err.message()), rs(&errors))
}

fn household() -> Value {
    json!({
      "format": "secu.household.v1",
      "as_of": "2026-11-27",
      "members": [{
        "id": "priya", "relationship": "primary", "birth_date": "1990-04-12",
        "sex": "female", "nationality": "IN", "birth_country": "IN",
        "previously_insured_in_france": false,
        "activity": { "kind": "employed", "start_date": "2026-10-01",
                      "employer": { "siren": "552100554", "payroll_id": "0042" } },
        "residence": { "arrival_date": "2026-09-20", "permit": "talent_passport",
                       "permit_valid_from": "2026-09-20", "postcode": "92400" }
      }]
    })
}

fn native_assessment(lang: secu::Lang) -> Value {
    let h = secu::parse_household(household().to_string().as_bytes()).unwrap();
    let o = secu::Options::default()
        .with_as_of("2026-11-27".parse().unwrap())
        .with_lang(lang);
    serde_json::to_value(secu::assess(&h, &o).unwrap()).unwrap()
}

fn new_case() -> JsValue {
    secu_wasm::new_case(
        js(&household()).unchecked_into(),
        js(&json!({ "createdAt": "2026-11-27T10:00:00Z", "entropy": ENTROPY })).unchecked_into(),
    )
    .unwrap()
    .into()
}

#[wasm_bindgen_test]
fn assess_equals_the_native_json() {
    languages();
    let out = secu_wasm::assess(
        js(&household()).unchecked_into(),
        Some(js(&json!({ "asOf": "2026-11-27" })).unchecked_into()),
    )
    .unwrap();
    let out: JsValue = out.into();
    assert_eq!(rs(&out), native_assessment(secu::Lang::En));
    // Absent values are null, not undefined; maps are plain objects.
    let member = Reflect::get(
        &Array::from(&Reflect::get(&out, &"members".into()).unwrap()).get(0),
        &"dependent_status".into(),
    )
    .unwrap();
    assert!(member.is_null());
    assert!(Reflect::get(&out, &"policies".into()).unwrap().is_object());
}

#[wasm_bindgen_test]
fn assess_in_french_with_a_policy() {
    languages();
    let out = secu_wasm::assess(
        js(&household()).unchecked_into(),
        Some(
            js(&json!({ "asOf": "2026-11-27", "lang": "fr",
                         "policies": { "beneficiary_end": { "fixed_date": { "month": 9, "day": 1 } } } }))
            .unchecked_into(),
        ),
    )
    .unwrap();
    let out = rs(&out.into());
    assert_eq!(
        out["policies"]["beneficiary_end"],
        json!({ "fixed_date": { "month": 9, "day": 1 } })
    );
    let mut native = native_assessment(secu::Lang::Fr);
    native["policies"] = out["policies"].clone();
    assert_eq!(out, native);
}

/// `policies` values: a string is the CLI's `--policy name=value` text, any
/// other JSON value is taken as is; both read the same, with the CLI's messages.
#[wasm_bindgen_test]
fn policies_as_json_values_or_as_the_cli_text() {
    languages();
    let assess = |policies: Value| {
        secu_wasm::assess(
            js(&household()).unchecked_into(),
            Some(js(&json!({ "asOf": "2026-11-27", "policies": policies })).unchecked_into()),
        )
        .map(|out| rs(&out.into()))
        .map_err(error)
    };
    let number = assess(json!({ "physician_declaration_from_age": 12 })).unwrap();
    let text = assess(json!({ "physician_declaration_from_age": "12" })).unwrap();
    assert_eq!(number, text);
    assert_eq!(
        number["policies"]["physician_declaration_from_age"],
        json!(12)
    );
    let (message, errors) = assess(json!({ "leap_day_birthday": 3 })).unwrap_err();
    let cli = secu::Policy::default()
        .set("leap_day_birthday=3")
        .unwrap_err()
        .message;
    assert_eq!(errors[0]["path"], "options.policies.leap_day_birthday");
    assert_eq!(errors[0]["message"], json!(cli));
    assert_eq!(
        message,
        format!("options.policies.leap_day_birthday: {cli}")
    );
}

#[wasm_bindgen_test]
fn assess_errors_have_paths_codes_and_the_cli_text() {
    languages();
    let mut h = household();
    h["members"][0]["birthdate"] = json!("1990-01-01");
    h["members"][0]["nir"] = json!("2 90 04 99 216 001 94");
    let e = secu_wasm::assess(
        js(&h).unchecked_into(),
        Some(js(&json!({ "asOf": "2026-11-27" })).unchecked_into()),
    )
    .unwrap_err();
    let (message, errors) = error(e);
    let native = secu::parse_household(h.to_string().as_bytes()).unwrap_err();
    assert_eq!(message, native.to_string());
    assert_eq!(errors, serde_json::to_value(&native).unwrap());
    assert!(message.contains(
        "members[0].birthdate: unknown field \"birthdate\"; did you mean \"birth_date\"?"
    ));
    // The options are checked too, every problem at once.
    let e = secu_wasm::assess(
        js(&household()).unchecked_into(),
        Some(js(&json!({ "lang": "de", "asof": 1 })).unchecked_into()),
    )
    .unwrap_err();
    let (message, errors) = error(e);
    let codes: Vec<&str> = errors
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["code"].as_str().unwrap())
        .collect();
    // No `asOf`: the household's `as_of` is the date (as the CLI), so only
    // the two options that are wrong are reported.
    assert_eq!(codes, ["unknown_value", "unknown_field"]);
    assert_eq!(message.lines().count(), 2);
    assert!(message.starts_with("options.lang: "));
    let e = secu_wasm::assess(
        js(&household()).unchecked_into(),
        Some(
            js(&json!({ "asOf": "2026-11-27", "policies": { "beneficiary_edn": 1 } }))
                .unchecked_into(),
        ),
    )
    .unwrap_err();
    let (_, errors) = error(e);
    assert_eq!(errors[0]["path"], "options.policies.beneficiary_edn");
    assert_eq!(errors[0]["code"], "invalid_policy");
    // Not JSON at all.
    let e = secu_wasm::assess(
        JsValue::from(js_sys::Symbol::for_("x")).unchecked_into(),
        Some(js(&json!({ "asOf": "2026-11-27" })).unchecked_into()),
    )
    .unwrap_err();
    assert_eq!(error(e).1[0]["code"], "invalid_type");
}

#[wasm_bindgen_test]
fn assess_takes_the_household_as_of_when_as_of_is_not_given() {
    languages();
    let with = secu_wasm::assess(
        js(&household()).unchecked_into(),
        Some(js(&json!({ "asOf": "2026-11-27" })).unchecked_into()),
    )
    .unwrap();
    for options in [
        None,
        Some(json!({})),
        Some(json!({ "asOf": null, "lang": "en" })),
    ] {
        let without = secu_wasm::assess(
            js(&household()).unchecked_into(),
            options.as_ref().map(|o| js(o).unchecked_into()),
        )
        .unwrap();
        assert_eq!(rs(&without.into()), rs(&with.clone().into()), "{options:?}");
    }
    assert_eq!(
        rs(&with.into()),
        native_assessment(secu::Lang::En),
        "the CLI's result"
    );
    // `asOf` beats the household's.
    let later = secu_wasm::assess(
        js(&household()).unchecked_into(),
        Some(js(&json!({ "asOf": "2027-01-15" })).unchecked_into()),
    )
    .unwrap();
    assert_eq!(rs(&later.into())["as_of"], "2027-01-15");
    // Neither: `missing_as_of`, naming both places, with the household's other problems.
    let mut h = household();
    h.as_object_mut().unwrap().remove("as_of");
    h["members"][0]["nir"] = json!("2 90 04 99 216 001 94");
    let e = secu_wasm::assess(js(&h).unchecked_into(), None).unwrap_err();
    let (message, errors) = error(e);
    assert_eq!(errors[0]["code"], "missing_as_of");
    assert_eq!(errors[0]["path"], "as_of");
    assert!(
        message.starts_with(
            "as_of: no evaluation date: give \"as_of\" in the household or as an option"
        ),
        "{message}"
    );
    assert_eq!(
        errors[1]["path"], "members[0].nir",
        "reported together: {message}"
    );
}

#[wasm_bindgen_test]
fn partial_households_are_the_core_intake() {
    languages();
    // The primary's activity, residence and NIR removed: unknown, not "none".
    let mut h = household();
    let m = h["members"][0].as_object_mut().unwrap();
    for k in ["activity", "residence", "previously_insured_in_france"] {
        m.remove(k);
    }
    let out = secu_wasm::assess(
        js(&h).unchecked_into(),
        Some(js(&json!({ "asOf": "2026-11-27", "partial": true, "lang": "fr" })).unchecked_into()),
    )
    .unwrap();
    let out = rs(&out.into());
    let o = secu::Options::default()
        .with_as_of("2026-11-27".parse().unwrap())
        .with_lang(secu::Lang::Fr)
        .with_partial(true);
    let intake = secu::intake::Intake::decode(&h, &o).unwrap();
    let native = serde_json::to_value(intake.assess(&o).unwrap()).unwrap();
    assert_eq!(out, native);
    assert_eq!(out["complete"], false);
    assert!(!out["questions"].as_array().unwrap().is_empty());
    assert!(
        !out["members"][0]["provisional"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    // Without `partial` the same household is complete: its absent facts
    // mean "none" (no activity, no residence), nothing is asked.
    let complete = secu_wasm::assess(
        js(&h).unchecked_into(),
        Some(js(&json!({ "asOf": "2026-11-27" })).unchecked_into()),
    )
    .unwrap();
    let complete = rs(&complete.into());
    assert_eq!(complete["complete"], true);
    assert_eq!(complete["questions"], json!([]));
    assert_ne!(complete["members"][0]["basis"], json!(null));
    // Only a member's id and relationship: a partial assessment, no error.
    let bare =
        json!({ "as_of": "2026-11-27", "members": [{ "id": "a", "relationship": "primary" }] });
    let out = secu_wasm::assess(
        js(&bare).unchecked_into(),
        Some(js(&json!({ "partial": true })).unchecked_into()),
    )
    .unwrap();
    assert_eq!(rs(&out.into())["complete"], false);
    // `partial` must be a boolean.
    let e = secu_wasm::assess(
        js(&bare).unchecked_into(),
        Some(js(&json!({ "partial": "yes" })).unchecked_into()),
    )
    .unwrap_err();
    let (_, errors) = error(e);
    assert_eq!(errors[0]["path"], "options.partial");
    assert_eq!(errors[0]["code"], "invalid_type");
}

#[wasm_bindgen_test]
fn thrown_errors_are_recognised_by_is_secu_error() {
    languages();
    let e = secu_wasm::assess(js(&json!({ "members": [] })).unchecked_into(), None).unwrap_err();
    assert!(secu_wasm::is_secu_error(&e));
    let err: &js_sys::Error = e.dyn_ref().unwrap();
    assert_eq!(String::from(err.name()), "SecuError");
    let e = secu_wasm::record_event(
        new_case().unchecked_into(),
        js(&json!({ "member": "nobody", "date": "2026-11-27", "event": { "event": "file_submitted" },
                    "recordedAt": "2026-11-27T10:00:00Z", "entropy": ENTROPY }))
        .unchecked_into(),
    )
    .unwrap_err();
    assert!(secu_wasm::is_secu_error(&e), "a refusal too");
    // Anything else is not.
    let plain = js_sys::Error::new("x");
    assert!(!secu_wasm::is_secu_error(&plain.clone().into()));
    plain.set_name("SecuError");
    assert!(
        !secu_wasm::is_secu_error(&plain.into()),
        "a look-alike without `errors`"
    );
    let look_alike = js(&json!({ "name": "SecuError", "errors": [] }));
    assert!(!secu_wasm::is_secu_error(&look_alike), "a plain object");
    assert!(!secu_wasm::is_secu_error(&JsValue::UNDEFINED));
    assert!(!secu_wasm::is_secu_error(&JsValue::from_str("SecuError")));
}

#[wasm_bindgen_test]
fn check_nir_is_the_cli_verdict() {
    languages();
    for n in [
        "2 90 04 99 216 001 93",
        "2 90 04 99 216 001 94",
        "1234",
        "190047510800155",
    ] {
        let out = secu_wasm::check_nir(n).unwrap();
        assert_eq!(
            rs(&out.into()),
            serde_json::to_value(secu::id::nir::check(n)).unwrap(),
            "{n}"
        );
    }
}

#[wasm_bindgen_test]
fn case_lifecycle() {
    languages();
    let case = new_case();
    let v = rs(&case);
    assert_eq!(v["created_at"], "2026-11-27T10:00:00Z");
    assert_eq!(v["events"], json!([]));
    // The module's salts come from the caller's entropy: same entropy, same file.
    assert_eq!(rs(&new_case()), v);

    let allowed =
        secu_wasm::allowed_events(case.clone().unchecked_into(), "priya", "2026-11-27").unwrap();
    let allowed = rs(&allowed.into());
    assert!(
        allowed
            .as_array()
            .unwrap()
            .contains(&json!("document_received")),
        "{allowed}"
    );

    let case2 = secu_wasm::record_event(
        case.clone().unchecked_into(),
        js(&json!({ "member": "priya", "date": "2026-11-27",
                     "event": { "event": "document_received", "kind": "birth_certificate" },
                     "recordedAt": "2026-11-27T11:00:00Z", "entropy": ENTROPY }))
        .unchecked_into(),
    )
    .unwrap();
    let case2: JsValue = case2.into();
    let v2 = rs(&case2);
    assert_eq!(v2["events"].as_array().unwrap().len(), 1);
    assert_eq!(v2["events"][0]["event"], "document_received");
    // The result loads natively like a file the CLI wrote.
    let native = secu_case::case::Case::load(v2.to_string().as_bytes()).unwrap();
    assert_eq!(
        serde_json::from_str::<Value>(&native.to_json_pretty()).unwrap(),
        v2
    );

    let status = secu_wasm::case_status(
        case2.clone().unchecked_into(),
        js(&json!({ "asOf": "2026-12-01", "lang": "fr" })).unchecked_into(),
    )
    .unwrap();
    let policy = native.policy().unwrap();
    let expected = native
        .replay(&policy)
        .unwrap()
        .status("2026-12-01".parse().unwrap(), secu::Lang::Fr);
    assert_eq!(rs(&status.into()), serde_json::to_value(&expected).unwrap());
}

#[wasm_bindgen_test]
fn case_errors() {
    languages();
    let case = new_case();
    // A refused event: the CLI's sentence, with what is allowed now.
    let e = secu_wasm::record_event(
        case.clone().unchecked_into(),
        js(&json!({ "member": "priya", "date": "2026-11-27", "event": { "event": "nir_certified", "number": "2 90 04 99 216 001 93" },
                     "recordedAt": "2026-11-27T11:00:00Z", "entropy": ENTROPY }))
        .unchecked_into(),
    )
    .unwrap_err();
    let (message, errors) = error(e);
    assert!(message.starts_with("nir_certified refused ("), "{message}");
    assert!(message.contains("; allowed now: "), "{message}");
    assert_eq!(errors[0]["message"], message);
    // A bad request: every problem at once.
    let e = secu_wasm::record_event(
        case.clone().unchecked_into(),
        js(&json!({ "member": "priya", "event": { "event": "no_such_event" }, "recordedAt": "now", "entropy": "abcd" })).unchecked_into(),
    )
    .unwrap_err();
    let (_, errors) = error(e);
    let paths: Vec<&str> = errors
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, ["request.date", "request.entropy", "request.event"]);
    // A tampered case file is refused with the chain's problems.
    let mut v = rs(&case);
    v["household"]["members"][0]["birth_date"] = json!("1991-04-12");
    let e = secu_wasm::case_status(
        js(&v).unchecked_into(),
        js(&json!({ "asOf": "2026-12-01" })).unchecked_into(),
    )
    .unwrap_err();
    let (_, errors) = error(e);
    assert_eq!(errors[0]["code"], "household_mismatch", "{errors}");
    // Missing dates and unknown members.
    let e = secu_wasm::case_status(
        case.clone().unchecked_into(),
        js(&json!({})).unchecked_into(),
    )
    .unwrap_err();
    assert_eq!(error(e).1[0]["code"], "missing_as_of");
    let e = secu_wasm::allowed_events(case.clone().unchecked_into(), "nobody", "2026-11-27")
        .unwrap_err();
    assert_eq!(error(e).1[0]["code"], "unknown_member");
    let e = secu_wasm::allowed_events(case.unchecked_into(), "priya", "27/11/2026").unwrap_err();
    assert_eq!(error(e).1[0]["code"], "invalid_date");
    // Opening a case needs a timestamp and enough entropy.
    let e = secu_wasm::new_case(
        js(&household()).unchecked_into(),
        js(&json!({ "createdAt": "yesterday", "entropy": ENTROPY })).unchecked_into(),
    )
    .unwrap_err();
    assert_eq!(error(e).1[0]["path"], "created_at");
    let e = secu_wasm::new_case(
        js(&household()).unchecked_into(),
        js(&json!({ "createdAt": "2026-11-27T10:00:00Z", "entropy": "00ff" })).unchecked_into(),
    )
    .unwrap_err();
    assert_eq!(error(e).1[0]["code"], "invalid_hex");
}

#[wasm_bindgen_test]
fn schema_and_version() {
    languages();
    let h = rs(
        &secu_wasm::schema(JsValue::from("household").unchecked_into())
            .unwrap()
            .into(),
    );
    assert_eq!(h["title"], "Household");
    let a = rs(
        &secu_wasm::schema(JsValue::from("assessment").unchecked_into())
            .unwrap()
            .into(),
    );
    assert!(a["$defs"]["Affiliation"].is_object());
    let e = secu_wasm::schema(JsValue::from("case").unchecked_into()).unwrap_err();
    assert_eq!(error(e).1[0]["code"], "unknown_value");
    let v = rs(&secu_wasm::version().unwrap().into());
    assert_eq!(
        v,
        json!({ "secu": "0.1.0", "rules": secu::output::RULES_VERSION })
    );
}

/// Without `openedOn`, a household planned after the day of `createdAt`
/// opens on that day (`Case::default_opened_on`), as `secu case new` does.
#[wasm_bindgen_test]
fn new_case_opens_a_planned_household_on_its_creation_day() {
    languages();
    let mut h = household();
    h["as_of"] = json!("2027-06-01");
    let file: JsValue = secu_wasm::new_case(
        js(&h).unchecked_into(),
        js(&json!({ "createdAt": "2026-12-10T10:00:00Z", "entropy": ENTROPY })).unchecked_into(),
    )
    .unwrap()
    .into();
    assert_eq!(rs(&file)["opened_on"], "2026-12-10");
}
