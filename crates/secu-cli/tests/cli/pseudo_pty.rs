//! The terminal interview in the pseudo-locale (issue 14): `secu interview`
//! on a pseudo-terminal with `SECU_PSEUDO_LOCALE=1` — the members asked one
//! by one, then every question of a household with no fact (enums, dates,
//! countries, booleans), answered with the bundled example's values, to the
//! final report; and a session stopped with Esc. Every screen (questions,
//! help lines, choices, confirmations, the report) must be accented: a
//! plain English word is a text that bypassed the resources. The
//! `[path] (type)` line is data and codes, allowed as is.

use expectrl::session::OsSession as Session;
use expectrl::{Captures, Eof, Expect, Regex};
use insta_cmd::get_cargo_bin;
use secu::Lang;
use secu::text::T;
use serde_json::Value;

use super::interview::stripped;
use super::interview_pty::{ENTER, ESC, TIMEOUT, first_question, keys, value_of};
use super::pseudo::{data, english_words};
use super::root;

const DOWN: &str = "\x1b[B";

fn spawn(file: &str) -> Session {
    let mut c = std::process::Command::new(get_cargo_bin("secu"));
    c.current_dir(root()).args(["interview", file]);
    c.env("NO_COLOR", "1")
        .env("TERM", "xterm")
        .env("SECU_PSEUDO_LOCALE", "1");
    for k in ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"] {
        c.env_remove(k);
    }
    let mut s = Session::spawn(c).expect("spawns on a pty");
    s.get_process_mut()
        .set_window_size(200, 50)
        .expect("window size");
    s.set_expect_timeout(Some(TIMEOUT));
    s
}

/// A text of the resources in the pseudo-locale, as the program shows it.
fn pseudo_text(key: T) -> String {
    static ADDED: std::sync::Once = std::sync::Once::new();
    ADDED.call_once(|| secu::l10n::add_pseudo().expect("pseudo-locale"));
    key.get(Lang::Pseudo).to_owned()
}

/// Appends what the terminal showed up to and including the match.
fn keep(transcript: &mut String, c: &Captures) {
    transcript.push_str(&String::from_utf8_lossy(c.before()));
    for m in c.matches() {
        transcript.push_str(&String::from_utf8_lossy(m));
    }
}

/// Waits for `what` and keeps the screen up to it.
fn wait(s: &mut Session, transcript: &mut String, what: &str) {
    let c = s
        .expect(what)
        .unwrap_or_else(|e| panic!("{what:?}: {e}\n{transcript}"));
    keep(transcript, &c);
}

/// The terminal's text without its control sequences (cursor moves,
/// erasing, colours).
fn visible(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\x1b' => {
                if chars.next() == Some('[') {
                    for c in chars.by_ref() {
                        if ('@'..='~').contains(&c) {
                            break;
                        }
                    }
                }
            }
            '\r' => out.push('\n'),
            c if c.is_control() && c != '\n' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// The screen without what it shows as data and codes: the `[path] (type)`
/// line of each question, the code after each choice (`⟦…⟧ (code)`: what
/// a file or a `PATH=VALUE` line takes), the country code before a country
/// name (`DE — …`), and the fields and values of a settled result (`✓ id —
/// ⟦settled⟧ field: value · …`: the output's field names and codes, as in
/// the JSON).
fn without_codes(shown: &str) -> String {
    let mut out = String::new();
    for line in shown.lines() {
        let line = line.trim_start();
        if line.starts_with("[members[") {
            continue;
        }
        let line = match line.strip_prefix("✓ ") {
            Some(rest) => rest.find('⟧').map_or(rest, |i| &rest[..i]),
            None => line,
        };
        let line = match line.split_once(" — ") {
            Some((code, name))
                if code.len() == 2 && code.chars().all(|c| c.is_ascii_uppercase()) =>
            {
                name
            }
            _ => line,
        };
        let mut rest = line;
        while let Some(i) = rest.find("⟧ (") {
            out.push_str(&rest[..i]);
            let after = &rest[i + "⟧ (".len()..];
            rest = after.find(')').map_or("", |j| &after[j + 1..]);
        }
        out.push_str(rest);
        out.push('\n');
    }
    out
}

#[test]
fn the_terminal_interview_shows_no_text_outside_the_resources() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut transcript = String::new();

    // 1. A household with no member: the members asked, then Esc at the
    //    first question (the file saved, "resume with").
    let empty = dir.path().join("e.json");
    std::fs::write(&empty, r#"{"as_of": "2026-12-01", "members": []}"#).expect("writes");
    let file = empty.to_str().expect("utf8").to_owned();
    let mut s = spawn(&file);
    let (id, add, rel) = (
        pseudo_text(T::CliIvMemberId),
        pseudo_text(T::CliIvAddMember),
        pseudo_text(T::CliIvRelationship),
    );
    wait(&mut s, &mut transcript, &id);
    s.send("jonas").expect("sends");
    s.send(ENTER).expect("sends");
    wait(&mut s, &mut transcript, &add);
    s.send(DOWN).expect("sends");
    s.send(ENTER).expect("sends");
    wait(&mut s, &mut transcript, &id);
    s.send("kid").expect("sends");
    s.send(ENTER).expect("sends");
    wait(&mut s, &mut transcript, &rel);
    s.send(ENTER).expect("sends");
    wait(&mut s, &mut transcript, &add);
    s.send(ENTER).expect("sends");
    let c = s
        .expect(Regex(r"\[members\[\d+\]\.[a-z_.]+\] \([a-z]+\)"))
        .expect("a question");
    keep(&mut transcript, &c);
    wait(&mut s, &mut transcript, " · ");
    s.send(ESC).expect("sends");
    let c = s.expect(Eof).expect("ends");
    keep(&mut transcript, &c);

    // 2. Every question of a household with the people only, answered with
    //    the complete example's values, to the report.
    let name = "eu_employee";
    let complete: Value = serde_json::from_slice(
        &std::fs::read(root().join("examples").join(format!("{name}.json"))).expect("example"),
    )
    .expect("JSON");
    let path = dir.path().join("h.json");
    std::fs::write(
        &path,
        serde_json::to_vec_pretty(&stripped(name, &[])).expect("json"),
    )
    .expect("writes");
    let file = path.to_str().expect("utf8").to_owned();
    let mut s = spawn(&file);
    let mut asked = 0;
    let mut typed = vec!["jonas".to_owned(), "kid".to_owned()];
    while let Some(q) = first_question(&file) {
        asked += 1;
        assert!(asked < 100, "too many questions");
        let p = q["path"].as_str().expect("path");
        let kind = q["type"].as_str().expect("type");
        wait(&mut s, &mut transcript, &format!("[{p}] ({kind})"));
        let member = q["member"].as_str().expect("member");
        wait(&mut s, &mut transcript, &format!("{member} · "));
        for k in keys(&q, Some(&value_of(&complete, &q))) {
            s.send(&k).expect("sends");
            if k != ENTER && k != DOWN {
                typed.push(k);
            }
        }
        // Saved: the next question is the core's for the saved file.
        wait(&mut s, &mut transcript, &file);
    }
    assert!(asked > 3, "{asked} questions");
    let c = s.expect(Eof).expect("ends");
    keep(&mut transcript, &c);

    let shown = visible(&transcript);
    assert!(shown.contains('⟦'), "not in the pseudo-locale: {shown}");
    assert!(
        shown.contains("Jonas W."),
        "the report is shown at the end: {shown}"
    );
    let mut data = data(dir.path());
    // The household's label and fund, the files, and what the test types
    // (echoed letter by letter as it is typed).
    data.extend(["Jonas", "EMP-0311", "CPAM", "du", "e.json", "h.json"].map(str::to_owned));
    for t in &typed {
        data.extend(
            t.char_indices()
                .map(|(i, c)| t[..i + c.len_utf8()].to_owned()),
        );
    }
    let found = english_words(&without_codes(&shown), &data);
    assert!(
        found.is_empty(),
        "plain English in the terminal interview: {found:?}\n{shown}"
    );
}
