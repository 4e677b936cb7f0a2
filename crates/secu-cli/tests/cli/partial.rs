//! `secu assess --partial` (contract §5, issue 13): the provisional results
//! marked and the questions listed, in English and French, and `--json`.

use super::{example, run};

fn partial_file(dir: &std::path::Path) -> String {
    let p = dir.join("partial.json");
    std::fs::write(
        &p,
        r#"{"as_of": "2026-11-27", "members": [
            {"id": "priya", "relationship": "primary", "birth_date": "1990-04-12",
             "nationality": "IN", "birth_country": "IN",
             "activity": {"kind": "employed", "start_date": "2026-10-01"}},
            {"id": "meera", "relationship": "child"}]}"#,
    )
    .expect("writes");
    p.to_str().expect("utf8").to_owned()
}

#[test]
fn partial_report_lists_provisional_results_and_questions() {
    let dir = tempfile::tempdir().expect("tempdir");
    let f = partial_file(dir.path());
    let (code, out, err) = run(&["assess", &f, "--partial"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("provisional (could change)"), "{out}");
    assert!(out.contains("Questions that remain:"), "{out}");
    assert!(out.contains("[members[1].birth_date]"), "{out}");
    let (code, out, err) = run(&["assess", &f, "--partial", "--lang", "fr"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Questions restantes"), "{out}");
    assert!(out.contains("provisoire"), "{out}");
}

#[test]
fn partial_json_has_complete_questions_and_provisional() {
    let dir = tempfile::tempdir().expect("tempdir");
    let f = partial_file(dir.path());
    let (code, out, err) = run(&["assess", &f, "--partial", "--json"]);
    assert_eq!(code, 0, "{err}");
    let a: serde_json::Value = serde_json::from_str(&out).expect("json");
    assert_eq!(a["complete"], false);
    let q = a["questions"].as_array().expect("questions");
    assert!(!q.is_empty());
    assert!(
        q.iter()
            .all(|q| q["text"].is_string() && q["affects"].is_array())
    );
    assert!(
        a["members"][1]["provisional"]
            .as_array()
            .is_some_and(|p| !p.is_empty())
    );
}

#[test]
fn partial_complete_household_and_errors() {
    // A complete household with --partial: complete, no question.
    let (code, out, err) = run(&["assess", &example("eu_employee"), "--partial", "--json"]);
    assert_eq!(code, 0, "{err}");
    let a: serde_json::Value = serde_json::from_str(&out).expect("json");
    // Absent optional facts are unknown in a partial household: maybe questions,
    // but every member output has `provisional`.
    assert!(
        a["members"]
            .as_array()
            .expect("m")
            .iter()
            .all(|m| m["provisional"].is_array())
    );
    // Without --partial, a missing fact is an error (exit 2); with it, not.
    let dir = tempfile::tempdir().expect("tempdir");
    let f = partial_file(dir.path());
    let (code, out, _) = run(&["assess", &f]);
    assert_eq!((code, out.as_str()), (2, ""));
    // An invalid value is still an error with --partial.
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, r#"{"as_of":"2026-11-27","members":[{"id":"a","relationship":"primary","nationality":"XX"}]}"#)
        .expect("writes");
    let (code, out, err) = run(&["assess", bad.to_str().expect("utf8"), "--partial"]);
    assert_eq!((code, out.as_str()), (2, ""));
    assert!(err.contains("members[0].nationality"), "{err}");
}
