//! End-to-end tests of the `secu` binary: reports, exit codes, error output
//! for bad input (one file per kind in `tests/bad/`), batch and schemas.

use std::path::{Path, PathBuf};
use std::process::Command;

use insta_cmd::{assert_cmd_snapshot, get_cargo_bin};

#[path = "cli/admin.rs"]
mod admin;
#[path = "cli/batch_hardening.rs"]
mod batch_hardening;
#[path = "cli/case_hardening.rs"]
mod case_hardening;
#[path = "../../secu-server/tests/common/http.rs"]
mod http;
#[path = "cli/input_hardening.rs"]
mod input_hardening;
#[path = "cli/interview.rs"]
mod interview;
#[cfg(target_os = "linux")]
#[path = "cli/interview_pty.rs"]
mod interview_pty;
#[path = "cli/l10n.rs"]
mod l10n;
#[path = "cli/partial.rs"]
mod partial;
#[path = "cli/pseudo.rs"]
mod pseudo;
#[cfg(target_os = "linux")]
#[path = "cli/pseudo_pty.rs"]
mod pseudo_pty;
// The store tests' throwaway PostgreSQL cluster, for the crash test.
#[allow(unreachable_pub, clippy::print_stderr)]
#[path = "../../secu-server/tests/team/pg.rs"]
mod pg;
#[path = "cli/serve.rs"]
mod serve;
#[path = "cli/team_crash.rs"]
mod team_crash;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn secu() -> Command {
    let mut c = Command::new(get_cargo_bin("secu"));
    c.current_dir(root());
    c.env("NO_COLOR", "1");
    // The default language follows the locale (contract §2): none here, so
    // that every test is in English unless it asks otherwise.
    for k in ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"] {
        c.env_remove(k);
    }
    // The case commands' recording clock: after every event date of the tests
    // (Decision 23 refuses an event dated after the day it is recorded).
    c.env("SECU_NOW", "2030-01-01T09:00:00Z");
    c
}

/// Waits for `child` at most `limit`; kills it and fails past that (every
/// test that runs a process it may have to stop is bounded in time).
fn wait_bounded(
    mut child: std::process::Child,
    limit: std::time::Duration,
    what: &str,
) -> std::process::Output {
    let start = std::time::Instant::now();
    loop {
        if child.try_wait().expect("wait").is_some() {
            return child.wait_with_output().expect("output");
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{what}: still running after {limit:?}");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

fn example(name: &str) -> String {
    format!("examples/{name}.json")
}

#[test]
fn assess_report_english_and_french() {
    assert_cmd_snapshot!(
        "assess_talent_passport_en",
        secu().args(["assess", &example("talent_passport_family")])
    );
    assert_cmd_snapshot!(
        "assess_posted_a1_fr",
        secu().args(["assess", &example("posted_a1_family"), "--lang", "fr"])
    );
}

#[test]
fn assess_json_is_the_contract_shape() {
    let out = secu()
        .args(["assess", &example("eu_employee"), "--json"])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("stdout is JSON");
    assert_eq!(v["format"], "secu.assessment.v1");
    assert_eq!(v["members"][0]["affiliation"], "registration");
    assert!(out.stderr.is_empty());
}

#[test]
fn stdin_as_of_and_policies() {
    let input = std::fs::read(root().join(example("leap_day_child"))).expect("example");
    let mut child = secu()
        .args([
            "assess",
            "-",
            "--json",
            "--as-of",
            "2026-02-28",
            "--policy",
            "leap_day_birthday=first_of_march",
        ])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("spawns");
    std::io::Write::write_all(child.stdin.as_mut().expect("stdin"), &input).expect("writes");
    let out = child.wait_with_output().expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    // --as-of beats the file's as_of (Decision 14), and the override is reported.
    assert_eq!(v["as_of"], "2026-02-28");
    assert_eq!(v["policies"]["leap_day_birthday"], "first_of_march");
    // Born 2008-02-29: under the 1 March policy, not yet 18 on 28 February 2026.
    let an = v["members"]
        .as_array()
        .expect("members")
        .iter()
        .find(|m| m["id"] == "an")
        .expect("an");
    assert_eq!(an["age"], 17);
    assert_eq!(an["affiliation"], "beneficiary");
}

/// Every file of `tests/bad/` is refused with exit 2, nothing on stdout, and
/// one `PATH: MESSAGE` line per problem on stderr (snapshotted).
#[test]
fn bad_inputs() {
    let dir = root().join("crates/secu-cli/tests/bad");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("bad/")
        .filter_map(|e| Some(e.ok()?.path()))
        .collect();
    files.sort();
    assert!(files.len() >= 15, "at least 15 kinds of bad input");
    for f in files {
        let name = f
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("name")
            .to_owned();
        let rel = f
            .strip_prefix(root())
            .unwrap_or(Path::new(""))
            .to_path_buf();
        let out = secu().arg("assess").arg(&rel).output().expect("runs");
        assert_eq!(out.status.code(), Some(2), "{name}");
        assert!(out.stdout.is_empty(), "{name}: nothing on stdout");
        assert_cmd_snapshot!(format!("bad_{name}"), secu().arg("assess").arg(&rel));
    }
}

/// Issue 10, item 13: a policy day that does not exist is refused with the
/// policy's name and the allowed range (month 13 was silently December).
#[test]
fn policy_out_of_range() {
    for (name, policy) in [
        (
            "policy_month_13",
            r#"beneficiary_end={"fixed_date":{"month":13,"day":1}}"#,
        ),
        (
            "policy_30_february",
            r#"beneficiary_end={"fixed_date":{"month":2,"day":30}}"#,
        ),
    ] {
        assert_cmd_snapshot!(
            name,
            secu().args(["assess", &example("eu_employee"), "--policy", policy])
        );
    }
}

#[test]
fn usage_and_io_errors() {
    assert_cmd_snapshot!("missing_file", secu().args(["assess", "no/such/file.json"]));
    assert_cmd_snapshot!(
        "bad_as_of",
        secu().args(["assess", &example("eu_employee"), "--as-of", "2026-13-01"])
    );
    assert_cmd_snapshot!(
        "bad_policy",
        secu().args([
            "assess",
            &example("eu_employee"),
            "--policy",
            "leap_day=first_of_march"
        ])
    );
}

#[test]
fn nir_check() {
    assert_cmd_snapshot!(
        "nir_valid",
        secu().args(["nir", "check", "2 95 10 99 126 111 93"])
    );
    assert_cmd_snapshot!(
        "nir_wrong_key_fr",
        secu().args(["nir", "check", "2 95 10 99 126 111 94", "--lang", "fr"])
    );
    assert_cmd_snapshot!(
        "nir_without_key",
        secu().args(["nir", "check", "2530 72B0 7300 4"])
    );
    assert_cmd_snapshot!("nir_legacy", secu().args(["nir", "check", "8112345678901"]));
    assert_cmd_snapshot!(
        "nir_json",
        secu().args(["nir", "check", "1 00 01 75 101 001 51", "--json"])
    );
}

#[test]
fn schemas_are_json_schemas() {
    for which in ["household", "assessment"] {
        let out = secu().args(["schema", which]).output().expect("runs");
        assert!(out.status.success());
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
        assert!(
            v["$schema"]
                .as_str()
                .is_some_and(|s| s.contains("json-schema.org")),
            "{which}"
        );
        assert!(v["properties"]["members"].is_object(), "{which}");
    }
}

#[test]
fn batch_jsonl_keeps_order_and_reports_errors() {
    let dir = tempfile::tempdir().expect("tempdir");
    let good = std::fs::read_to_string(root().join(example("eu_employee"))).expect("example");
    let good_line =
        serde_json::to_string(&serde_json::from_str::<serde_json::Value>(&good).expect("json"))
            .expect("line");
    let input = format!("{good_line}\n{{\"members\": 3}}\n\n{good_line}\nnot json\n");
    let inp = dir.path().join("in.jsonl");
    let outp = dir.path().join("out.jsonl");
    std::fs::write(&inp, input).expect("writes");
    let out = secu()
        .arg("batch")
        .arg(&inp)
        .arg("-o")
        .arg(&outp)
        .args(["--threads", "2"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2), "some lines were rejected");
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "secu batch: 2 assessed, 3 rejected\n"
    );
    let text = std::fs::read_to_string(&outp).expect("output");
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    assert_eq!(lines.len(), 5, "one record per input line, blank ones too");
    assert_eq!(lines[0]["format"], "secu.assessment.v1");
    assert_eq!(lines[0]["line"], 1);
    assert_eq!(lines[1]["format"], "secu.error.v1");
    assert_eq!(lines[1]["line"], 2);
    assert_eq!(lines[1]["errors"][0]["path"], "members");
    assert_eq!(lines[2]["line"], 3);
    assert_eq!(lines[2]["errors"][0]["code"], "empty_line");
    assert_eq!(lines[3]["format"], "secu.assessment.v1");
    assert_eq!(lines[3]["line"], 4);
    assert_eq!(lines[4]["line"], 5);
    assert_eq!(lines[4]["errors"][0]["code"], "malformed_json");
}

#[test]
fn batch_summary_csv() {
    let mut input = String::new();
    for name in ["talent_passport_family", "posted_bilateral_us"] {
        let text = std::fs::read_to_string(root().join(example(name))).expect("example");
        let v: serde_json::Value = serde_json::from_str(&text).expect("json");
        input.push_str(&serde_json::to_string(&v).expect("line"));
        input.push('\n');
    }
    assert_cmd_snapshot!(
        "batch_summary_csv",
        secu()
            .args(["batch", "-", "--format", "summary-csv"])
            .pass_stdin(input)
    );
}

/// Many lines through several threads come out in input order.
#[test]
fn batch_order_with_many_chunks() {
    let dir = tempfile::tempdir().expect("tempdir");
    let good = std::fs::read_to_string(root().join(example("eu_employee"))).expect("example");
    let mut v: serde_json::Value = serde_json::from_str(&good).expect("json");
    let mut input = String::new();
    for i in 0..2000 {
        v["members"][0]["id"] = serde_json::Value::from(format!("m{i}"));
        input.push_str(&serde_json::to_string(&v).expect("line"));
        input.push('\n');
    }
    let inp = dir.path().join("in.jsonl");
    std::fs::write(&inp, input).expect("writes");
    let out = secu()
        .arg("batch")
        .arg(&inp)
        .args(["--threads", "3", "--format", "summary-csv"])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).expect("utf8");
    let ids: Vec<&str> = text
        .lines()
        .skip(1)
        .map(|l| l.split(',').nth(1).unwrap_or(""))
        .collect();
    let expected: Vec<String> = (0..2000).map(|i| format!("m{i}")).collect();
    assert_eq!(ids, expected);
}

// ---------------------------------------------------------------------------
// Case files (issue 3).

/// Runs `secu` with arguments, returning (exit code, stdout, stderr).
fn run(args: &[&str]) -> (i32, String, String) {
    let out = secu().args(args).output().expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The documents `member`'s file is submitted with: the documents of the
/// member's assessment on `as_of` (`secu assess --json`), but for those asked
/// for at a later step ([`secu::rules::documents::needed_to_submit`]), in the
/// order of their kinds.
fn documents_to_submit(name: &str, as_of: &str, member: &str) -> Vec<&'static str> {
    use secu::output::DocKind;
    let (code, out, err) = run(&["assess", &example(name), "--as-of", as_of, "--json"]);
    assert_eq!(code, 0, "{err}");
    let a: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    let m = a["members"]
        .as_array()
        .and_then(|ms| ms.iter().find(|m| m["id"] == member))
        .unwrap_or_else(|| panic!("no member {member}"));
    let mut kinds: Vec<DocKind> = m["documents"]
        .as_array()
        .expect("documents")
        .iter()
        .map(|d| serde_json::from_value(d["kind"].clone()).expect("a document kind"))
        .filter(|k| secu::rules::documents::needed_to_submit(*k))
        .collect();
    kinds.sort();
    kinds.into_iter().map(DocKind::code).collect()
}

/// A case for the Talent Passport family with Arjun's file submitted and his NIA issued.
fn case_in(dir: &Path) -> PathBuf {
    let case = dir.join("family.case.json");
    let c = case.to_str().expect("utf8 path");
    let (code, _, err) = run(&[
        "case",
        "new",
        &example("talent_passport_family"),
        "-o",
        c,
        "--opened-on",
        "2026-11-27",
    ]);
    assert_eq!(code, 0, "{err}");
    for kind in documents_to_submit("talent_passport_family", "2026-11-27", "arjun") {
        let (code, _, err) = run(&[
            "case",
            "record",
            c,
            "arjun",
            "document_received",
            "--document",
            kind,
            "--date",
            "2026-12-01",
        ]);
        assert_eq!(code, 0, "{kind}: {err}");
    }
    for args in [
        vec![
            "case",
            "record",
            c,
            "arjun",
            "file_submitted",
            "--date",
            "2026-12-02",
        ],
        vec![
            "case",
            "record",
            c,
            "arjun",
            "nia_issued",
            "--number",
            "1 88 03 99 223 017 80",
            "--date",
            "2026-12-20",
        ],
        vec![
            "case",
            "record",
            c,
            "meera",
            "document_received",
            "--document",
            "form_s1106",
            "--date",
            "2026-12-03",
        ],
    ] {
        let (code, _, err) = run(&args);
        assert_eq!(code, 0, "{args:?}: {err}");
    }
    case
}

fn timestamps() -> Vec<(&'static str, &'static str)> {
    vec![(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", "[RECORDED_AT]")]
}

#[test]
fn case_end_to_end_status_and_history() {
    let dir = tempfile::tempdir().expect("tempdir");
    let case = case_in(dir.path());
    let c = case.to_str().expect("path");
    // Snapshots run in the case's folder, so that no temporary path is recorded.
    let here = || {
        let mut cmd = secu();
        cmd.current_dir(dir.path());
        cmd
    };
    let rel = "family.case.json";
    assert_cmd_snapshot!(
        "case_status_en",
        here().args(["case", "status", rel, "--as-of", "2027-01-05"])
    );
    assert_cmd_snapshot!(
        "case_status_fr",
        here().args([
            "case",
            "status",
            rel,
            "--as-of",
            "2027-04-01",
            "--lang",
            "fr"
        ])
    );
    assert_cmd_snapshot!(
        "case_status_json",
        here().args(["case", "status", rel, "--as-of", "2027-04-01", "--json"])
    );
    insta::with_settings!({ filters => timestamps() }, {
        assert_cmd_snapshot!("case_history", here().args(["case", "history", rel]));
    });
    // The NIA never appears in full in a human output.
    let (_, status, _) = run(&["case", "status", c, "--as-of", "2027-01-05"]);
    let (_, history, _) = run(&["case", "history", c]);
    for text in [&status, &history] {
        assert!(
            !text.contains("223 017") && !text.contains("223017"),
            "an unmasked NIA: {text}"
        );
    }
}

#[test]
fn refused_event_leaves_the_file_unchanged() {
    let dir = tempfile::tempdir().expect("tempdir");
    let case = case_in(dir.path());
    let c = case.to_str().expect("path");
    let before = std::fs::read(&case).expect("case");
    // Meera has no NIA: certification is refused, with the allowed events.
    let (code, out, err) = run(&[
        "case",
        "record",
        c,
        "meera",
        "nir_certified",
        "--number",
        "2 95 10 99 126 111 93",
        "--date",
        "2027-01-02",
    ]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert_eq!(
        err,
        "nir_certified refused (not_allowed_now): not possible at this stage: preparing the file (procedure: first registration with identification (NIA, then certified NIR)); allowed now: document_received, document_rejected, document_waived, withdrawn\n"
    );
    // A bad flag combination is refused before anything is read.
    let (code, _, err) = run(&[
        "case",
        "record",
        c,
        "meera",
        "document_received",
        "--date",
        "2027-01-02",
    ]);
    assert_eq!(
        (code, err.as_str()),
        (2, "document_received needs --document KIND\n")
    );
    let (code, _, err) = run(&["case", "record", c, "meera", "document_teleported"]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with("unknown event \"document_teleported\""),
        "{err}"
    );
    assert_eq!(
        std::fs::read(&case).expect("case"),
        before,
        "the file changed"
    );
}

#[test]
fn tampering_is_detected_with_its_position() {
    let dir = tempfile::tempdir().expect("tempdir");
    let case = case_in(dir.path());
    let text = std::fs::read_to_string(&case).expect("case");
    let edited = text.replacen("\"2026-12-20\"", "\"2026-12-19\"", 1);
    assert_ne!(text, edited);
    std::fs::write(&case, edited).expect("write");
    let (code, out, err) = run(&[
        "case",
        "status",
        case.to_str().expect("path"),
        "--as-of",
        "2027-01-05",
    ]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(
        err.contains("events[11]") && err.contains("digest mismatch"),
        "{err}"
    );
}

/// Concurrent `record` commands: none is lost (the sidecar lock serialises them).
#[test]
fn concurrent_records_lose_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let case = case_in(dir.path());
    let c = case.to_str().expect("path").to_owned();
    let kinds = [
        "identity_document",
        "residence_permit",
        "birth_certificate",
        "sworn_translation",
        "marriage_or_partnership_certificate",
        "proof_of_address",
        "bank_details",
    ];
    let children: Vec<std::process::Child> = kinds
        .iter()
        .map(|k| {
            secu()
                .args([
                    "case",
                    "record",
                    &c,
                    "meera",
                    "document_received",
                    "--document",
                    k,
                    "--date",
                    "2026-12-05",
                ])
                .spawn()
                .expect("spawns")
        })
        .collect();
    for mut ch in children {
        assert!(ch.wait().expect("waits").success());
    }
    let (code, json, err) = run(&["case", "history", &c, "--json"]);
    assert_eq!(code, 0, "{err}");
    let entries: Vec<serde_json::Value> = serde_json::from_str(&json).expect("json");
    assert_eq!(entries.len(), 13 + kinds.len(), "every event is in the log");
    for k in kinds {
        assert!(
            entries
                .iter()
                .any(|e| e["member"] == "meera" && e["kind"] == k),
            "{k} lost"
        );
    }
}

#[test]
fn portfolio_list_and_calendar() {
    let dir = tempfile::tempdir().expect("tempdir");
    let case = case_in(dir.path());
    let second = dir.path().join("second.case.json");
    let s = second.to_str().expect("path");
    assert_eq!(
        run(&[
            "case",
            "new",
            &example("returning_worker_with_nir"),
            "-o",
            s,
            "--opened-on",
            "2027-01-10"
        ])
        .0,
        0
    );
    assert_eq!(
        run(&[
            "case",
            "record",
            s,
            "emilie",
            "document_received",
            "--document",
            "form_s1106",
            "--date",
            "2027-01-12"
        ])
        .0,
        0
    );
    // A household file in the same folder is not a case: ignored.
    std::fs::copy(
        root().join(example("eu_employee")),
        dir.path().join("household.json"),
    )
    .expect("copy");
    let d = dir.path().to_str().expect("path");
    assert_cmd_snapshot!(
        "case_list",
        secu()
            .current_dir(dir.path())
            .args(["case", "list", ".", "--as-of", "2027-03-01"])
    );
    assert_cmd_snapshot!(
        "case_list_fr",
        secu().current_dir(dir.path()).args([
            "case",
            "list",
            ".",
            "--as-of",
            "2027-03-01",
            "--lang",
            "fr"
        ])
    );
    let (code, json, _) = run(&["case", "list", d, "--as-of", "2027-03-01", "--json"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&json).expect("json");
    assert_eq!(v["cases"].as_array().map(Vec::len), Some(2));
    // The calendar parses with an independent iCalendar parser, one event per deadline.
    let (code, ics, err) = run(&[
        "case",
        "calendar",
        case.to_str().expect("path"),
        "--as-of",
        "2027-01-05",
    ]);
    assert_eq!(code, 0, "{err}");
    let (_, status, _) = run(&[
        "case",
        "status",
        case.to_str().expect("path"),
        "--as-of",
        "2027-01-05",
        "--json",
    ]);
    let status: serde_json::Value = serde_json::from_str(&status).expect("json");
    let deadlines: usize = status["members"]
        .as_array()
        .map(|ms| {
            ms.iter()
                .map(|m| m["deadlines"].as_array().map_or(0, Vec::len))
                .sum()
        })
        .unwrap_or(0);
    assert!(deadlines > 0);
    let mut parser = ical::IcalParser::new(std::io::BufReader::new(ics.as_bytes()));
    let cal = parser
        .next()
        .expect("one calendar")
        .expect("valid iCalendar");
    assert!(parser.next().is_none());
    // One event per deadline, plus the assessment's milestones the status
    // does not carry (permit expiry, 12th birthday: issue 10 item 23).
    let milestones = cal
        .events
        .iter()
        .filter(|e| {
            e.properties.iter().any(|p| {
                p.name == "UID"
                    && p.value.as_deref().is_some_and(|v| {
                        v.contains("-permit_expiry-") || v.contains("-own_card_orderable-")
                    })
            })
        })
        .count();
    assert!(milestones > 0);
    assert_eq!(cal.events.len(), deadlines + milestones);
    for ev in &cal.events {
        for prop in ["UID", "DTSTART", "SUMMARY", "DTSTAMP"] {
            assert!(
                ev.properties.iter().any(|p| p.name == prop),
                "{prop} missing"
            );
        }
    }
    assert!(!ics.contains("223 017"), "an unmasked NIA in the calendar");
}

#[test]
fn redaction_erases_personal_data_and_keeps_the_chain() {
    let dir = tempfile::tempdir().expect("tempdir");
    let case = case_in(dir.path());
    let c = case.to_str().expect("path");
    let before = std::fs::read_to_string(&case).expect("case");
    assert!(
        before.contains("Meera M."),
        "the label is in the file before redaction"
    );
    assert_eq!(run(&["case", "redact", c, "meera"]).0, 0);
    let after = std::fs::read_to_string(&case).expect("case");
    assert!(!after.contains("Meera M."), "the label is still there");
    let (code, status, err) = run(&["case", "status", c, "--as-of", "2027-01-05", "--json"]);
    assert_eq!(code, 0, "the chain still verifies: {err}");
    let v: serde_json::Value = serde_json::from_str(&status).expect("json");
    let ids: Vec<&str> = v["members"]
        .as_array()
        .map(|a| a.iter().filter_map(|m| m["id"].as_str()).collect())
        .unwrap_or_default();
    assert!(ids.contains(&"arjun") && !ids.contains(&"meera"), "{ids:?}");
}

/// Policies chosen when opening a case are recorded in it and used afterwards.
#[test]
fn case_policies_are_recorded() {
    let dir = tempfile::tempdir().expect("tempdir");
    let case = dir.path().join("leap.case.json");
    let c = case.to_str().expect("path");
    let (code, _, err) = run(&[
        "case",
        "new",
        &example("leap_day_child"),
        "-o",
        c,
        "--policy",
        "leap_day_birthday=first_of_march",
    ]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&case).expect("case")).expect("json");
    assert_eq!(v["policies"]["leap_day_birthday"], "first_of_march");
    // A second `new` on the same file is refused without --force.
    let (code, _, err) = run(&["case", "new", &example("leap_day_child"), "-o", c]);
    assert_eq!(code, 2);
    assert!(err.contains("already exists"), "{err}");
    // The 29 February child turns 16 on 1 March under the recorded policy.
    let (code, out, err) = run(&["case", "status", c, "--as-of", "2027-01-01", "--json"]);
    assert_eq!(code, 0, "{err}");
    let st: serde_json::Value = serde_json::from_str(&out).expect("json");
    let dates: Vec<&str> = st["members"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|m| m["deadlines"].as_array().into_iter().flatten())
        .filter(|d| d["kind"] == "sixteenth_birthday" || d["kind"] == "eighteenth_birthday")
        .filter_map(|d| d["date"].as_str())
        .collect();
    assert!(dates.iter().any(|d| d.ends_with("-03-01")), "{dates:?}");
}
