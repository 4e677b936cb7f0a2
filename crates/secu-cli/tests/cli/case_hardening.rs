//! Case files you can trust (issue 10, items 6–11, 20, 22, 23): truncation
//! and rollback detected, links, household corrections, private temporary
//! files, masked numbers, escaped control characters, several documents at
//! once, refused options and future events, suggestions, the calendar.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use super::{example, root, run, secu};

/// A new case of the Talent Passport family in `dir`.
fn new_case(dir: &Path) -> PathBuf {
    let case = dir.join("family.case.json");
    let (code, out, err) = run(&[
        "case",
        "new",
        &example("talent_passport_family"),
        "-o",
        case.to_str().expect("utf8"),
        "--opened-on",
        "2026-11-27",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("created "), "{out}");
    assert!(out.contains("head: "), "{out}");
    case
}

fn s(p: &Path) -> &str {
    p.to_str().expect("utf8 path")
}

/// The `head: DIGEST (N events)` line of a receipt.
fn head_of(receipt: &str) -> (String, usize) {
    let line = receipt
        .lines()
        .find_map(|l| l.strip_prefix("head: "))
        .unwrap_or_else(|| panic!("no head in {receipt:?}"));
    let (digest, rest) = line.split_once(' ').expect("head and count");
    let n = rest
        .trim_start_matches('(')
        .split(' ')
        .next()
        .and_then(|n| n.parse().ok())
        .expect("count");
    (digest.to_owned(), n)
}

fn receive(case: &Path, member: &str, doc: &str) -> (i32, String, String) {
    run(&[
        "case",
        "record",
        s(case),
        member,
        "document_received",
        "--document",
        doc,
        "--date",
        "2026-12-01",
    ])
}

fn events_in(case: &Path) -> usize {
    let v: serde_json::Value =
        serde_json::from_slice(&std::fs::read(case).expect("case")).expect("json");
    v["events"].as_array().map_or(0, Vec::len)
}

/// Item 6: deleting the last events leaves a valid shorter chain; the head
/// printed by `record` tells it (`verify --head`, exit 2), and `case list`
/// reports a file that went back.
#[test]
fn truncation_and_rollback_are_detected() {
    let dir = tempfile::tempdir().expect("tempdir");
    let case = new_case(dir.path());
    let (code, first, err) = receive(&case, "arjun", "form_s1106");
    assert_eq!(code, 0, "{err}");
    assert!(first.starts_with("recorded #1 arjun document_received form_s1106 1 December 2026\n"));
    let (head1, n1) = head_of(&first);
    assert_eq!(n1, 1);
    // `list` sees the folder once: the journal holds the heads, no personal data.
    let (code, _, err) = run(&["case", "list", s(dir.path()), "--as-of", "2027-01-05"]);
    assert_eq!(code, 0, "{err}");
    let (code, second, err) = receive(&case, "meera", "form_s1106");
    assert_eq!(code, 0, "{err}");
    let (head2, n2) = head_of(&second);
    assert_eq!(n2, 2);
    let (code, _, err) = run(&["case", "list", s(dir.path()), "--as-of", "2027-01-05"]);
    assert_eq!(code, 0, "{err}");
    let journal = std::fs::read_to_string(dir.path().join(".secu-heads.json")).expect("journal");
    assert!(journal.contains(&head2), "{journal}");
    for private in ["arjun", "Arjun", "meera", "family"] {
        assert!(!journal.contains(private), "{private} in {journal}");
    }
    let (code, out, _) = run(&["case", "verify", s(&case), "--head", &head2]);
    assert_eq!(code, 0);
    assert!(out.contains("ends at the given head"), "{out}");
    // Delete the last event: the chain still verifies…
    let mut v: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&case).expect("case")).expect("json");
    v["events"].as_array_mut().expect("events").pop();
    std::fs::write(&case, serde_json::to_string_pretty(&v).expect("json")).expect("write");
    let (code, _, _) = run(&["case", "history", s(&case)]);
    assert_eq!(code, 0, "a shorter chain is a valid chain");
    // …but it no longer reaches the head `record` printed.
    let (code, out, err) = run(&["case", "verify", s(&case), "--head", &head2]);
    assert_eq!(code, 2, "{out}");
    assert!(out.is_empty());
    assert!(err.contains("truncated or rolled back"), "{err}");
    // An earlier head is still on the chain.
    let (code, out, _) = run(&["case", "verify", s(&case), "--head", &head1]);
    assert_eq!(code, 0);
    assert!(out.contains("ends at the given head"), "{out}");
    // The folder's journal saw 2 events: the file went back.
    let (code, out, err) = run(&["case", "list", s(dir.path()), "--as-of", "2027-01-05"]);
    assert_eq!(code, 2, "{out}{err}");
    assert!(out.contains("went back"), "{out}");
    // A bad digest is a usage error naming the option.
    let (code, _, err) = run(&["case", "verify", s(&case), "--head", "abc"]);
    assert_eq!(code, 2);
    assert!(err.starts_with("--head: "), "{err}");
}

/// Item 7: 20 concurrent records through a symbolic link all reach the real
/// file, and the link stays a link.
#[cfg(unix)]
#[test]
fn concurrent_records_through_a_link_are_all_kept() {
    let dir = tempfile::tempdir().expect("tempdir");
    let case = new_case(dir.path());
    let link = dir.path().join("link.json");
    std::os::unix::fs::symlink("family.case.json", &link).expect("link");
    let children: Vec<Child> = (0..20)
        .map(|_| {
            secu()
                .args([
                    "case",
                    "record",
                    s(&link),
                    "arjun",
                    "document_received",
                    "--document",
                    "form_s1106",
                    "--date",
                    "2026-12-01",
                ])
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect("spawns")
        })
        .collect();
    for c in children {
        let out = super::wait_bounded(c, Duration::from_secs(120), "concurrent records");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert!(
        std::fs::symlink_metadata(&link)
            .expect("link")
            .file_type()
            .is_symlink(),
        "the link was replaced by a file"
    );
    assert_eq!(events_in(&case), 20, "every event reached the real file");
    let (code, _, err) = run(&["case", "verify", s(&link)]);
    assert_eq!(code, 0, "{err}");
}

/// Item 8: correcting the household with another family's file is refused,
/// naming the members it would drop; the file is unchanged.
#[test]
fn a_correction_with_another_family_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let case = new_case(dir.path());
    assert_eq!(receive(&case, "arjun", "form_s1106").0, 0);
    let before = std::fs::read(&case).expect("case");
    let other = root().join(example("eu_employee"));
    let (code, out, err) = run(&[
        "case",
        "record",
        s(&case),
        "arjun",
        "household_corrected",
        "--file",
        s(&other),
        "--date",
        "2026-12-02",
    ]);
    assert_eq!(code, 2, "{out}");
    assert!(
        err.contains("members_dropped") && err.contains("arjun"),
        "{err}"
    );
    assert_eq!(std::fs::read(&case).expect("case"), before);
}

/// Item 10: `history --json` masks NIAs and NIRs; `--show-numbers` shows them.
#[test]
fn history_json_masks_numbers() {
    let dir = tempfile::tempdir().expect("tempdir");
    let case = super::case_in(dir.path());
    let (code, json, err) = run(&["case", "history", s(&case), "--json"]);
    assert_eq!(code, 0, "{err}");
    assert!(json.contains("nia_issued"), "{json}");
    assert!(
        !json.contains("223 017") && !json.contains("223017"),
        "an unmasked NIA: {json}"
    );
    let (code, json, _) = run(&["case", "history", s(&case), "--json", "--show-numbers"]);
    assert_eq!(code, 0);
    assert!(json.contains("1 88 03 99 223 017 80"), "{json}");
    let (_, text, _) = run(&["case", "history", s(&case), "--show-numbers"]);
    assert!(text.contains("1 88 03 99 223 017 80"), "{text}");
}

/// The control characters item 11 names.
const NASTY: &str = "Evil\u{1b}[2J\u{1b}[31m\rX\u{0}\u{202e}\u{2066}";
/// The same, without NUL (which no command-line argument can hold).
const NASTY_ARG: &str = "Evil\u{1b}[2J\u{1b}[31m\rX\u{202e}\u{2066}";

fn no_raw_controls(what: &str, text: &str) {
    for c in text.chars() {
        let unsafe_char = (c.is_control() && c != '\n')
            || ('\u{202a}'..='\u{202e}').contains(&c)
            || ('\u{2066}'..='\u{2069}').contains(&c);
        assert!(
            !unsafe_char,
            "{what}: raw U+{:04X} in {text:?}",
            u32::from(c)
        );
    }
}

/// Item 11: control and bidirectional characters in a label or a reason are
/// escaped in the report, the status, the history and the calendar; an id
/// with one is refused at input.
#[test]
fn control_characters_never_reach_the_terminal() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h: serde_json::Value = serde_json::from_slice(
        &std::fs::read(root().join(example("talent_passport_family"))).expect("example"),
    )
    .expect("json");
    h["members"][0]["label"] = serde_json::Value::from(NASTY);
    let household = dir.path().join("nasty.json");
    std::fs::write(&household, h.to_string()).expect("write");
    let (code, report, err) = run(&["assess", s(&household)]);
    assert_eq!(code, 0, "{err}");
    no_raw_controls("assess", &report);
    assert!(report.contains("\\u{1b}"), "{report}");
    let case = dir.path().join("nasty.case.json");
    let (code, _, err) = run(&[
        "case",
        "new",
        s(&household),
        "-o",
        s(&case),
        "--opened-on",
        "2026-11-27",
    ]);
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = run(&[
        "case",
        "record",
        s(&case),
        "arjun",
        "document_waived",
        "--document",
        "form_s1106",
        "--reason",
        NASTY_ARG,
        "--date",
        "2026-12-01",
    ]);
    assert_eq!(code, 0, "{err}");
    for args in [
        vec!["case", "status", s(&case), "--as-of", "2027-01-05"],
        vec!["case", "history", s(&case)],
        vec!["case", "list", s(dir.path()), "--as-of", "2027-01-05"],
    ] {
        let (code, out, err) = run(&args);
        assert_eq!(code, 0, "{args:?}: {err}");
        no_raw_controls(&format!("{args:?}"), &out);
    }
    let (code, ics, err) = run(&["case", "calendar", s(&case), "--as-of", "2027-01-05"]);
    assert_eq!(code, 0, "{err}");
    // Lines end with CRLF (RFC 5545): no other CR, no other control.
    let body = ics.replace("\r\n", "\n");
    no_raw_controls("calendar", &body);
    // An id with a control character is refused at input, without echoing it.
    h["members"][0]["id"] = serde_json::Value::from("arjun\u{1b}[2J");
    std::fs::write(&household, h.to_string()).expect("write");
    let (code, out, err) = run(&["assess", s(&household)]);
    assert_eq!(code, 2, "{out}");
    assert!(
        err.contains("members[0].id: ") && err.contains("U+001B"),
        "{err}"
    );
    no_raw_controls("error", &err);
    // Any message quoting the input is escaped too (a parent's id).
    h["members"][0]["id"] = serde_json::Value::from("arjun");
    h["members"][2]["parents"] = serde_json::json!([NASTY]);
    std::fs::write(&household, h.to_string()).expect("write");
    let (code, _, err) = run(&["assess", s(&household)]);
    assert_eq!(code, 2);
    assert!(err.contains("members[2].parents"), "{err}");
    no_raw_controls("parent error", &err);
}

/// Item 20: several `--document` are all recorded, or none; an option that
/// does not apply is refused; a future event is refused.
#[test]
fn several_documents_stray_options_and_future_dates() {
    let dir = tempfile::tempdir().expect("tempdir");
    let case = new_case(dir.path());
    let (code, out, err) = run(&[
        "case",
        "record",
        s(&case),
        "arjun",
        "document_received",
        "--document",
        "form_s1106",
        "--document",
        "form_s3705",
        "--date",
        "2026-12-01",
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.matches("recorded #").count(), 2, "{out}");
    assert_eq!(head_of(&out).1, 2);
    let (_, history, _) = run(&["case", "history", s(&case)]);
    assert!(
        history.contains("form_s1106") && history.contains("form_s3705"),
        "{history}"
    );
    // One document the member does not need: none is recorded.
    let before = std::fs::read(&case).expect("case");
    let (code, _, err) = run(&[
        "case",
        "record",
        s(&case),
        "aarav",
        "document_received",
        "--document",
        "birth_certificate",
        "--document",
        "bank_details",
        "--date",
        "2026-12-01",
    ]);
    assert_eq!(code, 2, "{err}");
    assert_eq!(
        std::fs::read(&case).expect("case"),
        before,
        "all or nothing"
    );
    let (code, _, err) = run(&[
        "case",
        "record",
        s(&case),
        "arjun",
        "document_received",
        "--document",
        "form_s1106",
        "--number",
        "1 88 03 99 223 017 80",
    ]);
    assert_eq!(code, 2);
    assert!(
        err.contains("--number does not apply to document_received"),
        "{err}"
    );
    // Recorded on 2026-12-01 (SECU_NOW), dated the 2nd: a plan, not a fact.
    let (code, _, err) = run_at(
        "2026-12-01T18:00:00+01:00",
        &[
            "case",
            "record",
            s(&case),
            "arjun",
            "file_submitted",
            "--date",
            "2026-12-02",
        ],
    );
    assert_eq!(code, 2);
    assert!(err.contains("future_date"), "{err}");
    assert_eq!(std::fs::read(&case).expect("case"), before);
    // Without --date, the event is dated the recording day.
    let (code, out, err) = run_at(
        "2026-12-01T18:00:00+01:00",
        &[
            "case",
            "record",
            s(&case),
            "meera",
            "document_received",
            "--document",
            "form_s1106",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains(" 1 December 2026\n"), "{out}");
}

fn run_at(now: &str, args: &[&str]) -> (i32, String, String) {
    let out: std::process::Output = {
        let mut c: Command = secu();
        c.env("SECU_NOW", now).args(args);
        c.output().expect("runs")
    };
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Item 22: suggestions for unknown members, events and documents; the codes
/// `--document` takes in `record --help` and in `status`.
#[test]
fn suggestions_and_document_codes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let case = new_case(dir.path());
    let (code, _, err) = receive(&case, "arjum", "form_s1106");
    assert_eq!(code, 2);
    assert!(
        err.contains("did you mean \"arjun\"") && err.contains("arjun, meera, aarav, diya"),
        "{err}"
    );
    let (code, _, err) = run(&["case", "record", s(&case), "arjun", "document_recieved"]);
    assert_eq!(code, 2);
    assert!(err.contains("did you mean \"document_received\""), "{err}");
    let (code, _, err) = receive(&case, "arjun", "form_s110");
    assert_eq!(code, 2);
    assert!(err.contains("did you mean \"form_s1106\""), "{err}");
    let (_, help, _) = run(&["case", "record", "--help"]);
    assert!(
        help.contains("form_s1106") && help.contains("proof_of_address"),
        "{help}"
    );
    let (_, status, _) = run(&["case", "status", s(&case), "--as-of", "2027-01-05"]);
    assert!(status.contains("(proof_of_address)"), "{status}");
}

/// Item 23: all-day events end the next day, the permit's expiry and the 12th
/// birthday are in the calendar, and descriptions are human text.
#[test]
fn calendar_all_day_events_milestones_and_texts() {
    let dir = tempfile::tempdir().expect("tempdir");
    let case = super::case_in(dir.path());
    let (code, ics, err) = run(&["case", "calendar", s(&case), "--as-of", "2027-01-05"]);
    assert_eq!(code, 0, "{err}");
    let ics = ics.replace("\r\n ", "").replace("\r\n", "\n");
    let events: Vec<&str> = ics.split("BEGIN:VEVENT").skip(1).collect();
    assert!(!events.is_empty());
    for e in &events {
        let field = |name: &str| {
            e.lines()
                .find_map(|l| l.strip_prefix(name))
                .unwrap_or_else(|| panic!("no {name} in {e}"))
                .to_owned()
        };
        let start = field("DTSTART;VALUE=DATE:");
        let end = field("DTEND;VALUE=DATE:");
        let day = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y%m%d").expect("date");
        assert_eq!(day(&end), day(&start).succ_opt().expect("next"), "{e}");
        let description = field("DESCRIPTION:");
        assert!(
            !description.contains("_expected") && !description.contains("(nia"),
            "an internal code: {description}"
        );
    }
    assert!(
        ics.contains("UID:family.case-arjun-permit_expiry-2030-09-19@secu"),
        "{ics}"
    );
    assert!(
        ics.contains("UID:family.case-aarav-own_card_orderable-2029-05-10@secu"),
        "{ics}"
    );
}

/// A household whose `as_of` is after today (planning a move) opens a case
/// on today, not on that later day: events dated today are recorded (a case
/// opened later could record nothing until then, Decision 23 and
/// `before_opening`); an event before the opening is refused.
#[test]
fn a_planned_household_opens_its_case_today() {
    let dir = tempfile::tempdir().expect("tempdir");
    let text = std::fs::read_to_string(root().join(example("talent_passport_family")))
        .expect("example")
        .replace("\"as_of\": \"2026-11-27\"", "\"as_of\": \"2031-06-01\"");
    assert!(
        text.contains("2031-06-01"),
        "the example's as_of was replaced"
    );
    let household = dir.path().join("planned.json");
    std::fs::write(&household, text).expect("writes");
    let case = dir.path().join("planned.case.json");
    // `secu()` sets the recording clock to 2030-01-01.
    let (code, out, err) = run(&["case", "new", s(&household), "-o", s(&case)]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("opened on 1 January 2030"), "{out}");
    let (code, _, err) = run(&[
        "case",
        "record",
        s(&case),
        "arjun",
        "document_received",
        "--document",
        "form_s1106",
        "--date",
        "2030-01-01",
    ]);
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = run(&[
        "case",
        "record",
        s(&case),
        "arjun",
        "document_received",
        "--document",
        "identity_document",
        "--date",
        "2029-12-31",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("before_opening"), "{err}");
}
