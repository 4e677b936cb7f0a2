//! End-to-end tests of the `secu` binary: reports, exit codes, error output
//! for bad input (one file per kind in `tests/bad/`), batch and schemas.

use std::path::{Path, PathBuf};
use std::process::Command;

use insta_cmd::{assert_cmd_snapshot, get_cargo_bin};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn secu() -> Command {
    let mut c = Command::new(get_cargo_bin("secu"));
    c.current_dir(root());
    c.env("NO_COLOR", "1");
    c
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
        "secu batch: 2 assessed, 2 rejected\n"
    );
    let text = std::fs::read_to_string(&outp).expect("output");
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    assert_eq!(lines.len(), 4, "blank lines are skipped");
    assert_eq!(lines[0]["format"], "secu.assessment.v1");
    assert_eq!(lines[1]["format"], "secu.error.v1");
    assert_eq!(lines[1]["line"], 2);
    assert_eq!(lines[1]["errors"][0]["path"], "members");
    assert_eq!(lines[2]["format"], "secu.assessment.v1");
    assert_eq!(lines[3]["line"], 5);
    assert_eq!(lines[3]["errors"][0]["code"], "malformed_json");
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
