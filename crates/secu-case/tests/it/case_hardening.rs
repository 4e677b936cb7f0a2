//! Case files you can trust (issue 10): what `Case::record` refuses (a
//! future event, a correction that drops members with events, an unknown
//! member) and how a kept head locates a file on its chain.

use secu::Policy;
use secu::output::DocKind;
use secu_case::Event;
use secu_case::case::{Case, CaseError};

use crate::helpers::{counter, d, example_bytes, open_case};

fn talent_case() -> Case {
    open_case(
        "talent_passport_family",
        "2026-11-27",
        "2026-11-27T10:00:00Z",
    )
}

fn received(case: &mut Case, member: &str, on: &str, at: &str) -> Result<u64, CaseError> {
    case.record(
        member,
        d(on),
        Event::DocumentReceived {
            kind: DocKind::FormS1106,
        },
        at,
        &mut counter(),
        &Policy::default(),
    )
    .map(|e| e.seq)
}

fn refusal_code(r: Result<u64, CaseError>) -> (&'static str, String) {
    match r {
        Err(CaseError::Refused(r)) => (r.code, r.message),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

/// Decision 23: an event dated after the day it is recorded is refused, and
/// the case is unchanged; the same day (in the timestamp's own offset) is fine.
#[test]
fn an_event_dated_after_its_recording_day_is_refused() {
    let mut case = talent_case();
    let before = case.clone();
    let (code, message) = refusal_code(received(
        &mut case,
        "arjun",
        "2026-12-02",
        "2026-12-01T23:59:59Z",
    ));
    assert_eq!(code, "future_date");
    assert!(message.contains("2026-12-02"), "{message}");
    assert_eq!(case, before, "a refused event changes nothing");
    // 01:00 in Paris is still the previous day in UTC: the offset written counts.
    assert_eq!(
        received(
            &mut case,
            "arjun",
            "2026-12-02",
            "2026-12-02T00:30:00+01:00"
        ),
        Ok(1)
    );
    assert_eq!(
        received(&mut case, "meera", "2026-12-01", "2026-12-01T08:00:00Z"),
        Ok(2)
    );
}

/// Issue 10, item 12: an event dated before the case was opened is
/// implausible data (what happened before is part of the household): refused,
/// the case unchanged; the opening day itself is accepted.
#[test]
fn an_event_dated_before_the_opening_is_refused() {
    let mut case = talent_case();
    let before = case.clone();
    let (code, message) = refusal_code(received(
        &mut case,
        "arjun",
        "2026-11-26",
        "2026-12-01T08:00:00Z",
    ));
    assert_eq!(code, "before_opening");
    assert!(
        message.contains("2026-11-26") && message.contains("2026-11-27"),
        "{message}"
    );
    assert_eq!(case, before, "a refused event changes nothing");
    assert_eq!(
        received(&mut case, "arjun", "2026-11-27", "2026-12-01T08:00:00Z"),
        Ok(1)
    );
}

/// The default opening date: the household's as_of when it is not after
/// the creation day, else the creation day (one rule for the CLI and the
/// WebAssembly `newCase`).
#[test]
fn the_default_opening_date_is_never_after_the_creation_day() {
    let today = d("2026-12-10");
    assert_eq!(
        Case::default_opened_on(Some(d("2026-11-27")), today),
        d("2026-11-27")
    );
    assert_eq!(Case::default_opened_on(Some(today), today), today);
    assert_eq!(Case::default_opened_on(Some(d("2027-06-01")), today), today);
    assert_eq!(Case::default_opened_on(None, today), today);
}

/// Correcting the household with another family's file would make every
/// member with events vanish from the status: refused, naming them.
#[test]
fn a_correction_that_drops_members_with_events_is_refused() {
    let mut case = talent_case();
    received(&mut case, "arjun", "2026-12-01", "2026-12-01T08:00:00Z").expect("arjun");
    received(&mut case, "meera", "2026-12-01", "2026-12-01T08:00:00Z").expect("meera");
    let other = secu::parse_household(&example_bytes("eu_employee")).expect("example");
    let before = case.clone();
    let r = case
        .record(
            "arjun",
            d("2026-12-03"),
            Event::HouseholdCorrected {
                household: Box::new(other),
            },
            "2026-12-03T08:00:00Z",
            &mut counter(),
            &Policy::default(),
        )
        .map(|e| e.seq);
    let (code, message) = refusal_code(r);
    assert_eq!(code, "members_dropped");
    assert!(message.contains("arjun, meera"), "{message}");
    assert_eq!(case, before);
    // The same family, corrected (a changed label), is accepted.
    let mut same = secu::parse_household(&example_bytes("talent_passport_family")).expect("ex");
    same.members[1].label = Some("Meera S.".into());
    let ok = case.record(
        "arjun",
        d("2026-12-03"),
        Event::HouseholdCorrected {
            household: Box::new(same),
        },
        "2026-12-03T08:00:00Z",
        &mut counter(),
        &Policy::default(),
    );
    assert!(ok.is_ok(), "{ok:?}");
}

/// An unknown member gets a suggestion and the list of the members.
#[test]
fn an_unknown_member_is_named_with_a_suggestion() {
    let mut case = talent_case();
    let (code, message) = refusal_code(received(
        &mut case,
        "arjum",
        "2026-12-01",
        "2026-12-01T08:00:00Z",
    ));
    assert_eq!(code, "unknown_member");
    assert!(message.contains("did you mean \"arjun\""), "{message}");
    assert!(message.contains("arjun, meera, aarav, diya"), "{message}");
}

/// A kept head locates the file: on the chain (the file went on past it) or
/// absent (truncated, rolled back, or another case).
#[test]
fn a_kept_head_is_found_on_the_chain_or_not() {
    let mut case = talent_case();
    assert_eq!(case.position_of(&case.head()), Some(0));
    let anchor = case.anchor_digest();
    received(&mut case, "arjun", "2026-12-01", "2026-12-01T08:00:00Z").expect("1");
    let head1 = case.head();
    let truncated = case.clone();
    received(&mut case, "meera", "2026-12-01", "2026-12-01T08:00:00Z").expect("2");
    let head2 = case.head();
    assert_eq!(case.position_of(&head2), Some(2));
    assert_eq!(case.position_of(&head1), Some(1));
    assert_eq!(case.position_of(&anchor), Some(0));
    // The shorter file verifies, but does not reach the later head.
    truncated
        .verify()
        .expect("a truncated chain is still a valid chain");
    assert_eq!(truncated.position_of(&head2), None);
    // The identity of the case does not move with the log.
    assert_eq!(case.anchor_digest(), anchor);
    assert_eq!(truncated.anchor_digest(), anchor);
    // Another case never reaches it.
    assert_eq!(talent_case().position_of(&head1), None);
}

/// Item 11: the shared escape turns every control and bidirectional
/// character into a visible escape, and leaves other text alone.
#[test]
fn sanitize_escapes_controls_and_bidi_overrides() {
    use secu::report::sanitize;
    assert_eq!(sanitize("Zoë O'Brien-Łukasz 李"), "Zoë O'Brien-Łukasz 李");
    assert_eq!(
        sanitize("a\u{1b}[31mb\rc\0d\u{7f}e\u{9b}f"),
        "a\\u{1b}[31mb\\u{d}c\\u{0}d\\u{7f}e\\u{9b}f"
    );
    for c in ('\u{202a}'..='\u{202e}').chain('\u{2066}'..='\u{2069}') {
        let input = format!("x{c}y");
        let out = sanitize(&input);
        assert!(!out.contains(c), "{c:?}");
        assert_eq!(out, format!("x\\u{{{:x}}}y", u32::from(c)));
    }
}

/// Item 11: labels reach the assessment report escaped; an id outside
/// `[A-Za-z0-9._-]` is refused with `invalid_id_character`, never echoed.
#[test]
fn labels_are_escaped_in_the_report_and_ids_are_restricted() {
    let mut h: serde_json::Value =
        serde_json::from_slice(&example_bytes("talent_passport_family")).expect("json");
    h["members"][0]["label"] = serde_json::Value::from("A\u{1b}[2J\r\u{202e}B");
    let household = secu::parse_household(h.to_string().as_bytes()).expect("a label is free text");
    let a = secu::assess(&household, &secu::Options::default()).expect("assesses");
    let text = secu::report::render(&a, &secu::report::Style::plain());
    assert!(
        !text
            .chars()
            .any(|c| secu::report::is_unsafe_char(c) && c != '\n'),
        "{text:?}"
    );
    assert!(text.contains("A\\u{1b}[2J\\u{d}\\u{202e}B"), "{text}");
    for bad in ["arjun\u{1b}", "a b", "é", "x/y", "\u{202e}x"] {
        h["members"][0]["id"] = serde_json::Value::from(bad);
        let e = secu::parse_household(h.to_string().as_bytes())
            .and_then(|h| secu::assess(&h, &secu::Options::default()).map(|_| ()))
            .expect_err(bad);
        let first = &e.0[0];
        assert_eq!(first.path, "members[0].id", "{bad:?}: {e:?}");
        assert_eq!(first.code, secu::ErrorCode::InvalidIdCharacter, "{bad:?}");
        assert!(first.message.contains("U+"), "{}", first.message);
        assert!(!first.message.contains(bad), "{}", first.message);
    }
    for good in ["m1", "EMP-0107", "a.b_c-d"] {
        h["members"][0]["id"] = serde_json::Value::from(good);
        let parents = serde_json::json!([good, "meera"]);
        h["members"][2]["parents"] = parents.clone();
        h["members"][3]["parents"] = parents;
        let household = secu::parse_household(h.to_string().as_bytes()).expect(good);
        secu::assess(&household, &secu::Options::default()).expect(good);
    }
}

/// Item 23: the calendar carries the report's permit expiry and 12th
/// birthday, in human text, besides the status's deadlines.
#[test]
fn the_calendar_has_the_permit_expiry_and_the_12th_birthday() {
    let case = talent_case();
    let p = case.replay(&Policy::default()).expect("replays");
    let entries = p.calendar(d("2027-01-05"), secu::Lang::En);
    let find = |member: &str, code: &str| {
        entries
            .iter()
            .find(|e| e.member == member && e.code == code)
            .unwrap_or_else(|| panic!("no {code} for {member}: {entries:#?}"))
    };
    let permit = find("arjun", "permit_expiry");
    assert_eq!(permit.date, d("2030-09-19"));
    assert_eq!(permit.text, "residence permit expires");
    let twelve = find("aarav", "own_card_orderable");
    assert_eq!(twelve.date, d("2029-05-10"));
    assert!(!twelve.text.contains('_'), "{}", twelve.text);
    let status = p.status(d("2027-01-05"), secu::Lang::En);
    let deadlines: usize = status.members.iter().map(|m| m.deadlines.len()).sum();
    assert!(entries.len() > deadlines);
}
