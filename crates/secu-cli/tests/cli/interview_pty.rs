//! `secu interview` on a pseudo-terminal (Linux, `expectrl`): an interview
//! of a bundled example with facts removed answers a few questions, goes
//! back once (the file returns to its state before that answer), stops
//! with Esc (the file saved), then resumes from the saved file to the end;
//! the final household's assessment is the complete example's. Every wait
//! is bounded (`TIMEOUT` per expected output).

use std::path::Path;
use std::time::Duration;

use expectrl::session::OsSession as Session;
use expectrl::{Eof, Expect, Regex};
use insta_cmd::get_cargo_bin;
use serde_json::Value;

use super::interview::{answer_of, stripped};
use super::{example, root, run};

pub(super) const TIMEOUT: Duration = Duration::from_secs(60);
const DOWN: &str = "\x1b[B";
pub(super) const ENTER: &str = "\r";
pub(super) const ESC: &str = "\x1b";

pub(super) fn spawn(file: &str) -> Session {
    let mut c = std::process::Command::new(get_cargo_bin("secu"));
    c.current_dir(root()).args(["interview", file]);
    c.env("NO_COLOR", "1").env("TERM", "xterm");
    for k in ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"] {
        c.env_remove(k);
    }
    let mut s = Session::spawn(c).expect("spawns on a pty");
    // A terminal of a usual size (a new pty has none: 0 columns).
    s.get_process_mut()
        .set_window_size(200, 50)
        .expect("window size");
    s.set_expect_timeout(Some(TIMEOUT));
    s
}

/// The first question the core asks for the saved household.
pub(super) fn first_question(file: &str) -> Option<Value> {
    let (code, out, err) = run(&["assess", file, "--partial", "--json"]);
    assert_eq!(code, 0, "{err}");
    let a: Value = serde_json::from_str(&out).expect("json");
    a["questions"].as_array().and_then(|q| q.first().cloned())
}

/// Waits for the next question; checks it is the core's first one for the
/// saved file; returns it (None: the interview says it is complete).
pub(super) fn next_question(s: &mut Session, file: &str) -> Option<Value> {
    let c = s
        .expect(Regex(
            r"\[(members\[\d+\]\.[a-z_.]+)\] \(([a-z]+)\)|No question remains",
        ))
        .expect("a question or the end");
    let shown = c.get(1).map(|p| String::from_utf8_lossy(p).into_owned());
    let q = first_question(file);
    assert_eq!(
        shown.as_deref(),
        q.as_ref().and_then(|q| q["path"].as_str()),
        "the interview asks the core's first question"
    );
    q
}

/// Keys answering `q` with `value` (`null`: "none"), or choosing "back"
/// (`None`), one string per key press (text typed at once).
pub(super) fn keys(q: &Value, value: Option<&Value>) -> Vec<String> {
    let choices: Vec<Value> = match q["type"].as_str() {
        Some("enum") => q["choices"].as_array().expect("choices").clone(),
        Some("bool") => vec![Value::Bool(true), Value::Bool(false)],
        _ => {
            // A text prompt: the value, `-` for none, `<` for back.
            let text = match value {
                None => "<".to_owned(),
                Some(Value::Null) => "-".to_owned(),
                Some(Value::String(s)) => s.clone(),
                Some(Value::Array(a)) => a
                    .iter()
                    .filter_map(Value::as_str)
                    .collect::<Vec<_>>()
                    .join(","),
                Some(v) => v.to_string(),
            };
            return vec![text, ENTER.to_owned()];
        }
    };
    // A list: the choices, then none, skip, back.
    let index = match value {
        None => choices.len() + 2,
        Some(Value::Null) => choices.len(),
        Some(v) => choices.iter().position(|c| c == v).expect("a choice"),
    };
    let mut k = vec![DOWN.to_owned(); index];
    k.push(ENTER.to_owned());
    k
}

/// Answers `q` once its prompt is on the screen.
fn answer(s: &mut Session, q: &Value, value: Option<&Value>) {
    s.expect(q["text"].as_str().expect("text"))
        .expect("the prompt");
    for k in keys(q, value) {
        s.send(k).expect("sends");
    }
}

/// The complete household's answer to `q`.
pub(super) fn value_of(complete: &Value, q: &Value) -> Value {
    answer_of(complete, q["path"].as_str().expect("path"))
}

pub(super) fn exited_zero(s: &mut Session) {
    s.expect(Eof).expect("ends");
    let status = s.get_process().wait().expect("status");
    assert_eq!(
        format!("{status:?}").split(", ").nth(1),
        Some("0)"),
        "{status:?}"
    );
}

pub(super) fn read(p: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(p).expect("reads")).expect("json")
}

#[test]
fn interview_goes_back_stops_and_resumes_to_the_complete_assessment() {
    let name = "posted_a1_family";
    let complete = read(&root().join("examples").join(format!("{name}.json")));
    // Facts removed: everything but the people, the sex and the birth country.
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("h.json");
    std::fs::write(
        &path,
        serde_json::to_vec_pretty(&stripped(name, &["sex", "birth_country"])).expect("json"),
    )
    .expect("writes");
    let file = path.to_str().expect("utf8").to_owned();

    // First session: two answers, back once, the same answer again, one
    // more, then Esc.
    let mut s = spawn(&file);
    let q1 = next_question(&mut s, &file).expect("a question");
    answer(&mut s, &q1, Some(&value_of(&complete, &q1)));
    let q2 = next_question(&mut s, &file).expect("a question");
    let after_one = read(&path);
    answer(&mut s, &q2, Some(&value_of(&complete, &q2)));
    let q3 = next_question(&mut s, &file).expect("a question");
    assert_ne!(read(&path), after_one, "the second answer is saved");
    answer(&mut s, &q3, None);
    s.expect("undone: ").expect("goes back");
    let again = next_question(&mut s, &file).expect("a question");
    assert_eq!(
        again["path"], q2["path"],
        "back asks the previous question again"
    );
    assert_eq!(
        read(&path),
        after_one,
        "back restores the household saved before it"
    );
    answer(&mut s, &q2, Some(&value_of(&complete, &q2)));
    let q3 = next_question(&mut s, &file).expect("a question");
    answer(&mut s, &q3, Some(&value_of(&complete, &q3)));
    next_question(&mut s, &file).expect("a question");
    let saved = read(&path);
    s.send(ESC).expect("sends");
    s.expect("Resume with").expect("stops cleanly");
    exited_zero(&mut s);
    assert_eq!(read(&path), saved, "stopping keeps the saved household");
    for q in [&q1, &q2, &q3] {
        let p = q["path"].as_str().expect("path");
        let (n, field) = p
            .strip_prefix("members[")
            .and_then(|r| r.split_once("]."))
            .expect("member path");
        let mut v = &saved["members"][n.parse::<usize>().expect("n")];
        for k in field.split('.') {
            v = v.get(k).unwrap_or_else(|| panic!("{p} saved"));
        }
    }

    // Resume from the saved file, to the end.
    let mut s = spawn(&file);
    let mut asked = 0;
    while let Some(q) = next_question(&mut s, &file) {
        asked += 1;
        assert!(asked < 200, "too many questions");
        answer(&mut s, &q, Some(&value_of(&complete, &q)));
    }
    exited_zero(&mut s);
    assert!(asked > 0);
    let (code, got, err) = run(&["assess", &file, "--partial", "--json"]);
    assert_eq!(code, 0, "{err}");
    let (code, want, err) = run(&["assess", &example(name), "--json"]);
    assert_eq!(code, 0, "{err}");
    let got: Value = serde_json::from_str(&got).expect("json");
    assert_eq!(got["complete"], Value::Bool(true));
    assert_eq!(got, serde_json::from_str::<Value>(&want).expect("json"));
}

#[test]
fn skipping_every_question_leaves_the_file_as_it_was() {
    // "I don't know yet" on every question: nothing is answered, the file is
    // not rewritten, and the interview ends saying how many were skipped.
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("h.json");
    let mut h = read(&root().join("examples/eu_employee.json"));
    let m = h["members"][0].as_object_mut().expect("member");
    m.remove("birth_date");
    m.remove("activity");
    std::fs::write(&path, serde_json::to_vec_pretty(&h).expect("json")).expect("writes");
    let before = std::fs::read(&path).expect("reads");
    let file = path.to_str().expect("utf8").to_owned();
    let total = {
        let (code, out, err) = run(&["assess", &file, "--partial", "--json"]);
        assert_eq!(code, 0, "{err}");
        let a: Value = serde_json::from_str(&out).expect("json");
        a["questions"].as_array().expect("questions").len()
    };
    assert!(total > 1);
    let mut s = spawn(&file);
    for _ in 0..total {
        let c = s
            .expect(Regex(r"\[(members\[\d+\]\.[a-z_.]+)\] \(([a-z]+)\)"))
            .expect("a question");
        let q = question_at(&file, c.get(1));
        // Skip: `?` in a text prompt, the entry after "none" in a list.
        let keys = match q["type"].as_str().expect("type") {
            "enum" | "bool" => {
                let n = q["choices"].as_array().map_or(2, Vec::len) + 1;
                let mut k = vec![DOWN.to_owned(); n];
                k.push(ENTER.to_owned());
                k
            }
            _ => vec!["?".to_owned(), ENTER.to_owned()],
        };
        s.expect(q["text"].as_str().expect("text"))
            .expect("the prompt");
        for k in keys {
            s.send(k).expect("sends");
        }
    }
    let skipped = if total == 1 { "question" } else { "questions" };
    s.expect(format!("{total} {skipped} skipped").as_str())
        .expect("the end of the interview");
    exited_zero(&mut s);
    assert_eq!(std::fs::read(&path).expect("reads"), before);
}

/// The core's question at the path captured, for the saved file.
fn question_at(file: &str, path: Option<&[u8]>) -> Value {
    let path = String::from_utf8_lossy(path.expect("path")).into_owned();
    let (code, out, err) = run(&["assess", file, "--partial", "--json"]);
    assert_eq!(code, 0, "{err}");
    let a: Value = serde_json::from_str(&out).expect("json");
    a["questions"]
        .as_array()
        .and_then(|qs| qs.iter().find(|q| q["path"] == path.as_str()))
        .cloned()
        .expect("the question shown is one of the core's")
}
