//! The CLI in the pseudo-locale (issue 14, l10n-gaps item 1): every command's
//! human output and its errors — `nir check`, the `case` commands (new,
//! record receipts and refusals, status for HR and the family, history,
//! list, verify), the non-terminal interview's problems, files that cannot
//! be read — run with `SECU_PSEUDO_LOCALE=1`, under which every text of the
//! resources is wrapped and accented: a plain English word left in the
//! output is a text that bypassed the resources (data — ids, codes, file
//! names, digests, the household's labels — is allowed by name).

use std::io::Write as _;
use std::path::Path;
use std::process::Stdio;

use super::{example, secu};

/// Runs `secu` in the pseudo-locale with `stdin`: exit code, stdout, stderr.
pub(super) fn pseudo(args: &[&str], stdin: &str) -> (i32, String, String) {
    let mut child = secu()
        .env("SECU_PSEUDO_LOCALE", "1")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("writes");
    let out = child.wait_with_output().expect("ends");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The plain ASCII words of two letters or more of `text` that are not
/// `data`: under the pseudo-locale every word of a text is accented.
pub(super) fn english_words(text: &str, data: &[String]) -> Vec<String> {
    // JSON paths (`members[0].sex`) are data.
    let mut clean = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find("members[") {
        clean.push_str(&rest[..i]);
        let end = rest[i..]
            .find(|c: char| c.is_whitespace() || c == ':')
            .map_or(rest.len(), |e| i + e);
        rest = &rest[end..];
    }
    clean.push_str(rest);
    let mut words: Vec<String> = clean
        .split(|c: char| c.is_whitespace() || "()[]{}·,;:\"'’«»⟦⟧—–|/=<>#".contains(c))
        .map(|t| t.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|t| {
            t.chars().filter(char::is_ascii_alphabetic).count() >= 2
                && t.chars().all(|c| c.is_ascii_alphanumeric() || "._-*".contains(c))
                // A digest or salt: hex digits.
                && !(t.len() >= 16 && t.chars().all(|c| c.is_ascii_hexdigit()))
                && !data.iter().any(|d| d == t)
        })
        .map(str::to_owned)
        .collect();
    words.sort();
    words.dedup();
    words
}

/// What the commands quote as is: the program's name, the language tags,
/// the event, document and refusal codes, flags and their value names, the
/// household's ids and labels, the files' names.
pub(super) fn data(dir: &Path) -> Vec<String> {
    let mut d: Vec<String> = [
        "secu",
        "en",
        "fr",
        "es",
        "pt",
        "de",
        "it",
        "zh",
        "ar",
        "xx",
        "json",
        "number",
        "NUMBER",
        "reason",
        "TEXT",
        "document",
        "KIND",
        "head",
        "lang",
        // Usage errors: the arguments and values as typed, the commands,
        // the placeholders of clap's usage, the choices.
        "bogus",
        "lnag",
        "frobnicate",
        "nope",
        "help",
        "assess",
        "nir",
        "check",
        "record",
        "detail",
        "DETAIL",
        "TAG",
        "NUMBER",
        "MEMBER",
        "EVENT",
        "full",
        "codes",
        "all",
        "redact",
        // What the tests type, quoted back: a member, a country name, the
        // codes of a field.
        "nobody",
        "India",
        "female",
        "male",
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .collect();
    d.extend(
        <secu_case::EventKind as strum::IntoEnumIterator>::iter()
            .map(secu_case::EventKind::code)
            .chain(
                <secu::output::DocKind as strum::VariantNames>::VARIANTS
                    .iter()
                    .copied(),
            )
            .map(str::to_owned),
    );
    d.extend(
        [
            "not_allowed_now",
            "unknown_member",
            "before_opening",
            "not_received",
            "not_in_checklist",
            "future_date",
            "missing_argument",
        ]
        .map(str::to_owned),
    );
    let household: serde_json::Value = serde_json::from_slice(
        &std::fs::read(super::root().join(example("talent_passport_family"))).expect("example"),
    )
    .expect("JSON");
    for m in household["members"].as_array().expect("members") {
        for v in [&m["id"], &m["label"]] {
            d.extend(
                v.as_str()
                    .unwrap_or_default()
                    .split(|c: char| c.is_whitespace() || "()".contains(c))
                    .map(|t| t.trim_matches('.').to_owned()),
            );
        }
    }
    d.extend(
        dir.to_string_lossy()
            .split('/')
            .map(|t| t.trim_matches('.').to_owned()),
    );
    d.extend(
        [
            "f.case.json",
            "nofile.json",
            "nofile.jsonl",
            "p.json",
            "f",
            "case",
            "nofile",
            "jsonl",
            "p",
        ]
        .map(str::to_owned),
    );
    d
}

/// Every command's human output and errors in the pseudo-locale: no plain
/// English.
#[test]
fn no_text_bypasses_the_resources_in_any_command() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let s = |p: &str| d.join(p).to_string_lossy().into_owned();
    let case = s("f.case.json");
    let family = example("talent_passport_family");
    let partial = s("p.json");
    std::fs::write(
        &partial,
        r#"{"as_of": "2026-11-27", "members": [
            {"id": "a", "relationship": "primary"}, {"id": "k", "relationship": "child"}]}"#,
    )
    .expect("writes");
    let runs: Vec<(Vec<String>, &str)> = [
        // nir check: valid, without its key, a pseudo-month, Corsica, and
        // each refusal.
        (vec!["nir", "check", "1 88 06 99 223 101 44"], ""),
        (vec!["nir", "check", "1 64 40 91 123 001"], ""),
        (vec!["nir", "check", "2 90 04 2A 216 001"], ""),
        (vec!["nir", "check", "1 88 06 99 223 101 45"], ""),
        (vec!["nir", "check", "2 95 13 99 126 111 93"], ""),
        (vec!["nir", "check", "abc"], ""),
        (vec!["nir", "check", ""], ""),
        (vec!["nir", "check", "1", "--lang", "xx"], ""),
        // The case commands, receipts and refusals.
        (
            vec![
                "case",
                "new",
                &family,
                "-o",
                &case,
                "--opened-on",
                "2026-11-27",
            ],
            "",
        ),
        (
            vec![
                "case",
                "record",
                &case,
                "arjun",
                "document_received",
                "--document",
                "identity_document",
                "--date",
                "2026-11-28",
            ],
            "",
        ),
        (
            vec![
                "case",
                "record",
                &case,
                "arjun",
                "nia_issued",
                "--number",
                "123",
                "--date",
                "2026-11-28",
            ],
            "",
        ),
        (
            vec![
                "case",
                "record",
                &case,
                "nobody",
                "file_submitted",
                "--date",
                "2026-11-28",
            ],
            "",
        ),
        (
            vec![
                "case",
                "record",
                &case,
                "arjun",
                "file_submitted",
                "--date",
                "2026-11-26",
            ],
            "",
        ),
        (
            vec![
                "case",
                "record",
                &case,
                "arjun",
                "nir_certified",
                "--date",
                "2026-11-28",
            ],
            "",
        ),
        (
            vec![
                "case",
                "record",
                &case,
                "arjun",
                "document_rejected",
                "--document",
                "bank_details",
                "--date",
                "2026-11-29",
            ],
            "",
        ),
        (
            vec![
                "case",
                "record",
                &case,
                "arjun",
                "document_rejected",
                "--document",
                "bank_details",
                "--reason",
                "x",
                "--date",
                "2026-11-29",
            ],
            "",
        ),
        (
            vec![
                "case",
                "record",
                &case,
                "arjun",
                "document_received",
                "--document",
                "form_s1110",
                "--date",
                "2026-11-29",
            ],
            "",
        ),
        (
            vec![
                "case",
                "record",
                &case,
                "arjun",
                "document_received",
                "--document",
                "identity_document",
                "--date",
                "2031-11-29",
            ],
            "",
        ),
        (
            vec![
                "case",
                "record",
                &s("nofile.json"),
                "arjun",
                "file_submitted",
            ],
            "",
        ),
        (vec!["case", "status", &case], ""),
        (vec!["case", "status", &case, "--audience", "family"], ""),
        (vec!["case", "history", &case], ""),
        (vec!["case", "list", &d.to_string_lossy()], ""),
        (vec!["case", "verify", &case], ""),
        (vec!["case", "verify", &case, "--head", "00"], ""),
        // The interview without a terminal: its problems, line by line.
        (
            vec!["interview", &partial],
            "members[0].sex=x\nfoo\nmembers[0].nationality=India\n",
        ),
        // Files that cannot be read.
        (vec!["assess", &s("nofile.json")], ""),
        (vec!["batch", &s("nofile.jsonl")], ""),
        // clap's usage errors: unknown argument (with a suggestion), unknown
        // command, missing command, missing value, invalid choice, missing
        // arguments, a conflict.
        (vec!["--bogus"], ""),
        (vec!["assess", "--lnag", "fr", "x"], ""),
        (vec!["frobnicate"], ""),
        (vec![], ""),
        (vec!["case"], ""),
        (vec!["assess", "x", "--lang"], ""),
        (vec!["assess", "x", "--detail", "nope"], ""),
        (vec!["nir", "check"], ""),
        (vec!["case", "record", &case], ""),
        (vec!["case", "redact", &case, "arjun", "--all"], ""),
    ]
    .into_iter()
    .map(|(a, i)| (a.into_iter().map(str::to_owned).collect(), i))
    .collect();
    let data = data(d);
    let mut found = std::collections::BTreeMap::new();
    for (args, stdin) in &runs {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let (_, out, err) = pseudo(&args, stdin);
        let text = format!("{out}\n{err}");
        assert!(!text.trim().is_empty(), "{args:?}: no output");
        // clap's usage errors are ours (docs/l10n.md): its English
        // "Usage:" never shows.
        assert!(!text.contains("Usage:"), "{args:?}: {text}");
        for w in english_words(&text, &data) {
            found
                .entry(w)
                .or_insert_with(|| format!("secu {}: {}", args.join(" "), text.trim()));
        }
    }
    assert!(
        found.is_empty(),
        "plain English in the pseudo-locale: {found:#?}"
    );
}

/// The iCalendar file's name (`NAME`, `X-WR-CALNAME`) is in the run's
/// language (l10n-rest): accented in the pseudo-locale, French with
/// `--lang fr`. The rest of the file is iCalendar's own keywords, and the
/// events' texts are checked by `secu-case`'s tests.
#[test]
fn the_calendar_s_name_is_in_the_run_s_language() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path().to_string_lossy().into_owned();
    let case = dir.path().join("f.case.json");
    let (code, _, err) = pseudo(
        &[
            "case",
            "new",
            &example("talent_passport_family"),
            "-o",
            &case.to_string_lossy(),
            "--opened-on",
            "2026-11-27",
        ],
        "",
    );
    assert_eq!(code, 0, "{err}");
    let names = |out: &str| -> Vec<String> {
        out.lines()
            .filter(|l| l.starts_with("NAME:") || l.starts_with("X-WR-CALNAME:"))
            .map(|l| l.split_once(':').map_or("", |(_, v)| v).to_owned())
            .collect()
    };
    let (code, out, err) = pseudo(&["case", "calendar", &d], "");
    assert_eq!(code, 0, "{err}");
    let shown = names(&out);
    assert_eq!(shown.len(), 2, "{out}");
    for n in &shown {
        assert!(n.contains('⟦'), "{n}");
        assert_eq!(
            english_words(n, &data(dir.path())),
            Vec::<String>::new(),
            "{n}"
        );
    }
    let out = secu()
        .args(["case", "calendar", &d, "--lang", "fr"])
        .output()
        .expect("runs");
    assert_eq!(
        names(&String::from_utf8_lossy(&out.stdout)),
        ["secu\u{a0}: échéances de l'assurance maladie"; 2]
    );
}
