//! `secu interview` (contract §5, issue 13), scripted mode (standard input
//! not a terminal): `PATH=VALUE` lines applied all or nothing, the household
//! written to `-o`, the remaining questions printed. The interactive mode's
//! test is `interview_pty.rs`.

use std::io::Write as _;
use std::path::Path;
use std::process::Stdio;

use serde_json::{Value, json};

use super::{root, run, secu};

/// Runs `secu ARGS` with `input` on standard input (a pipe: scripted mode).
pub(crate) fn run_with_input(args: &[&str], input: &str) -> (i32, String, String) {
    let mut child = secu()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawns");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("writes");
    // Read while it runs: a long output would fill the pipe and block it.
    let drain = |r: Option<Box<dyn std::io::Read + Send>>| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            if let Some(mut r) = r {
                let _ = r.read_to_end(&mut buf);
            }
            String::from_utf8_lossy(&buf).into_owned()
        })
    };
    let out = drain(
        child
            .stdout
            .take()
            .map(|r| Box::new(r) as Box<dyn std::io::Read + Send>),
    );
    let err = drain(
        child
            .stderr
            .take()
            .map(|r| Box::new(r) as Box<dyn std::io::Read + Send>),
    );
    let status =
        super::wait_bounded(child, std::time::Duration::from_secs(120), "interview").status;
    (
        status.code().unwrap_or(-1),
        out.join().expect("stdout"),
        err.join().expect("stderr"),
    )
}

fn read_json(p: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(p).expect("reads")).expect("json")
}

/// A bundled example with every member reduced to `id`, `label` and
/// `relationship` (the people known, none of the facts).
pub(crate) fn stripped(name: &str, keep: &[&str]) -> Value {
    let mut h = read_json(&root().join("examples").join(format!("{name}.json")));
    for m in h["members"].as_array_mut().expect("members") {
        let m = m.as_object_mut().expect("member");
        m.retain(|k, _| {
            ["id", "label", "relationship"].contains(&k.as_str()) || keep.contains(&k.as_str())
        });
    }
    h
}

/// The complete household's answer to a question: its value at the path,
/// `null` where it has none (contract §5).
pub(crate) fn answer_of(complete: &Value, path: &str) -> Value {
    let rest = path.strip_prefix("members[").expect("member path");
    let (n, field) = rest.split_once("].").expect("field");
    let mut v = &complete["members"][n.parse::<usize>().expect("index")];
    for k in field.split('.') {
        v = &v[k];
    }
    v.clone()
}

fn write(dir: &Path, name: &str, v: &Value) -> String {
    let p = dir.join(name);
    std::fs::write(&p, serde_json::to_vec_pretty(v).expect("json")).expect("writes");
    p.to_str().expect("utf8").to_owned()
}

#[test]
fn scripted_answers_are_applied_written_and_the_rest_is_asked() {
    let dir = tempfile::tempdir().expect("tempdir");
    let start = write(dir.path(), "start.json", &stripped("eu_employee", &[]));
    let out = dir.path().join("out.json");
    let out_s = out.to_str().expect("utf8");
    let (code, stdout, err) = run_with_input(
        &["interview", &start, "-o", out_s, "--json"],
        "# a comment, then a blank line\n\nmembers[0].birth_date=1994-11-08\nmembers[0].nationality=\"DE\"\nmembers[0].residence.postcode=69003\nmembers[0].nir=null\n",
    );
    assert_eq!(code, 0, "{err}");
    let saved = read_json(&out);
    let m = &saved["members"][0];
    assert_eq!(m["birth_date"], "1994-11-08");
    assert_eq!(m["nationality"], "DE");
    // A number typed for a string field stays the string typed.
    assert_eq!(m["residence"]["postcode"], "69003");
    assert_eq!(m["nir"], Value::Null);
    // The input file is untouched with -o.
    assert_eq!(read_json(Path::new(&start)), stripped("eu_employee", &[]));
    // --json: exactly the core's questions for the saved household.
    let printed: Value = serde_json::from_str(&stdout).expect("json");
    let (code, a, err) = run(&["assess", out_s, "--partial", "--json"]);
    assert_eq!(code, 0, "{err}");
    let a: Value = serde_json::from_str(&a).expect("json");
    assert_eq!(printed, a["questions"]);
    let paths: Vec<&str> = printed
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|q| q["path"].as_str())
        .collect();
    for answered in ["birth_date", "nationality", "residence.postcode", "nir"] {
        assert!(
            !paths.contains(&format!("members[0].{answered}").as_str()),
            "{paths:?}"
        );
    }
    // Human text: the questions that remain, in the chosen language.
    let (code, stdout, err) = run_with_input(&["interview", out_s, "--lang", "fr"], "");
    assert_eq!(code, 0, "{err}");
    assert!(stdout.contains("Questions restantes"), "{stdout}");
    assert!(stdout.contains(&format!("[{}]", paths[0])), "{stdout}");
}

#[test]
fn scripted_bad_lines_name_line_path_and_problem_and_write_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let start = write(dir.path(), "start.json", &stripped("eu_employee", &[]));
    let before = std::fs::read(&start).expect("reads");
    let input = "members[0].nationality=DE\n\
                 members[0].birth_date=1994-02-30\n\
                 just words\n\
                 members[0].birth_dat=1994-02-03\n\
                 members[4].sex=male\n\
                 members[0].activity.kind=gardener\n";
    // Default output: the input file itself, which must stay as it was.
    let (code, stdout, err) = run_with_input(&["interview", &start], input);
    assert_eq!((code, stdout.as_str()), (2, ""), "{err}");
    let lines: Vec<&str> = err.lines().collect();
    assert!(
        lines.contains(&"line 2: members[0].birth_date: no such date \"1994-02-30\""),
        "{err}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("line 3: expected PATH=VALUE")),
        "{err}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("line 4: members[0].birth_dat: not a fact")),
        "{err}"
    );
    let no_member = "line 5: members[4].sex: no such member \
                     (the household's members are `members[0]` to `members[0]`)";
    assert!(lines.contains(&no_member), "{err}");
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("line 6: members[0].activity.kind: ")),
        "{err}"
    );
    // The valid first line was not applied either: all or nothing.
    assert!(!err.contains("line 1"), "{err}");
    assert_eq!(std::fs::read(&start).expect("reads"), before);
    // With -o, no file is created.
    let out = dir.path().join("out.json");
    let (code, _, err) = run_with_input(
        &[
            "interview",
            &start,
            "-o",
            out.to_str().expect("utf8"),
            "--lang",
            "fr",
        ],
        "members[0].nationality=XX\n",
    );
    assert_eq!(code, 2);
    assert!(
        err.starts_with("ligne 1\u{a0}: members[0].nationality: "),
        "{err}"
    );
    assert!(!out.exists());
    // No household file when standard input is not a terminal: usage error.
    let (code, stdout, err) = run_with_input(&["interview"], "members[0].sex=male\n");
    assert_eq!((code, stdout.as_str()), (2, ""));
    assert!(err.contains("household file is needed"), "{err}");
}

#[cfg(unix)]
#[test]
fn scripted_writes_owner_only_new_files_and_keeps_an_existing_mode() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let start = write(dir.path(), "start.json", &stripped("eu_employee", &[]));
    std::fs::set_permissions(&start, std::fs::Permissions::from_mode(0o640)).expect("chmod");
    let out = dir.path().join("new.json");
    let line = "members[0].sex=male\n";
    let (code, _, err) = run_with_input(
        &["interview", &start, "-o", out.to_str().expect("utf8")],
        line,
    );
    assert_eq!(code, 0, "{err}");
    let mode = |p: &Path| std::fs::metadata(p).expect("meta").permissions().mode() & 0o777;
    assert_eq!(mode(&out), 0o600);
    let (code, _, err) = run_with_input(&["interview", &start], line);
    assert_eq!(code, 0, "{err}");
    assert_eq!(mode(Path::new(&start)), 0o640);
    assert_eq!(read_json(Path::new(&start))["members"][0]["sex"], "male");
    // No temporary file is left in the folder.
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
}

#[test]
fn scripted_answers_with_the_complete_values_reach_the_complete_assessment() {
    // From the people only, answering the questions asked with the complete
    // household's values (null where it has none), round after round.
    let name = "posted_a1_family";
    let complete = read_json(&root().join("examples").join(format!("{name}.json")));
    let dir = tempfile::tempdir().expect("tempdir");
    let f = write(dir.path(), "h.json", &stripped(name, &[]));
    let (code, stdout, err) = run_with_input(&["interview", &f, "--json"], "");
    assert_eq!(code, 0, "{err}");
    let mut questions: Value = serde_json::from_str(&stdout).expect("json");
    let mut rounds = 0;
    let mut answered = std::collections::BTreeSet::new();
    while !questions.as_array().expect("array").is_empty() {
        rounds += 1;
        assert!(rounds <= 10, "still asking after 10 rounds: {questions}");
        let mut lines = String::new();
        for q in questions.as_array().expect("array") {
            let path = q["path"].as_str().expect("path");
            assert!(answered.insert(path.to_owned()), "{path} asked again");
            lines.push_str(&format!("{path}={}\n", answer_of(&complete, path)));
        }
        let (code, stdout, err) = run_with_input(&["interview", &f, "--json"], &lines);
        assert_eq!(code, 0, "{err}");
        questions = serde_json::from_str(&stdout).expect("json");
    }
    assert!(answered.len() >= 10, "{answered:?}");
    let (code, got, err) = run(&["assess", &f, "--partial", "--json"]);
    assert_eq!(code, 0, "{err}");
    let (code, want, err) = run(&["assess", &super::example(name), "--json"]);
    assert_eq!(code, 0, "{err}");
    let got: Value = serde_json::from_str(&got).expect("json");
    assert_eq!(got["complete"], json!(true));
    assert_eq!(got, serde_json::from_str::<Value>(&want).expect("json"));
}
