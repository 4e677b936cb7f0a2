//! Issue 10, items 2, 12, 15 and 16 on the command line: bounded input (a
//! size limit on every reader, `--max-input-bytes`), one date syntax for
//! every date flag, messages in the chosen language and naming what failed,
//! and `nir check`'s reading of whitespace and 15-digit legacy numbers.

use std::io::Write;
use std::process::{Output, Stdio};
use std::time::{Duration, Instant};

use super::{example, root, secu, wait_bounded};

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// `secu assess /dev/zero` ends at once with exit 2 and one `PATH: MESSAGE`
/// line, under a 256 MB address-space cap: were the input read to its end,
/// the allocation would fail (abort) or the run would never end.
#[test]
fn an_endless_file_is_refused_quickly_in_bounded_memory() {
    let bin = insta_cmd::get_cargo_bin("secu");
    let child = std::process::Command::new("sh")
        .arg("-c")
        .arg(r#"ulimit -v 262144 && exec "$0" assess /dev/zero"#)
        .arg(&bin)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawns");
    let start = Instant::now();
    let out = wait_bounded(child, Duration::from_secs(20), "assess /dev/zero");
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(
        stderr(&out),
        "/dev/zero: larger than the limit of 16777216 bytes: refused (raise it with --max-input-bytes)\n"
    );
    assert!(out.stdout.is_empty());
    assert!(
        start.elapsed() < Duration::from_secs(10),
        "{:?}",
        start.elapsed()
    );
}

/// An endless standard input (a writer that never stops) is refused too,
/// under the same address-space cap.
#[test]
fn an_endless_standard_input_is_refused() {
    let mut child = std::process::Command::new("sh")
        .arg("-c")
        .arg(r#"ulimit -v 262144 && exec "$0" assess - --lang fr"#)
        .arg(insta_cmd::get_cargo_bin("secu"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawns");
    let mut stdin = child.stdin.take().expect("stdin");
    let writer = std::thread::spawn(move || {
        let chunk = [b' '; 65536];
        // Ends when the reader closes the pipe.
        while stdin.write_all(&chunk).is_ok() {}
    });
    let out = wait_bounded(child, Duration::from_secs(10), "assess - (endless)");
    writer.join().expect("writer");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "entrée standard: dépasse la limite de 16777216 octets\u{a0}: refusé (l'augmenter avec --max-input-bytes)\n"
    );
}

/// The limit applies to every reader (a household, a case file, `case new`'s
/// household, `record --file`) and `--max-input-bytes` moves it.
#[test]
fn every_reader_has_the_limit_and_the_flag_moves_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let case = dir.path().join("c.case.json");
    let household = example("eu_employee");
    let size = std::fs::metadata(root().join(&household))
        .expect("example")
        .len();
    let small = (size - 1).to_string();
    // assess
    let out = secu()
        .args(["assess", &household, "--max-input-bytes", &small])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        format!(
            "{household}: larger than the limit of {small} bytes: refused (raise it with --max-input-bytes)\n"
        )
    );
    let exact = size.to_string();
    let out = secu()
        .args(["assess", &household, "--max-input-bytes", &exact])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    // case new: the household file
    let out = secu()
        .args(["case", "new", &household, "-o"])
        .arg(&case)
        .args(["--max-input-bytes", &small])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).starts_with(&format!("{household}: larger than the limit")));
    let out = secu()
        .args(["case", "new", &household, "-o"])
        .arg(&case)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    // a case file
    let case_size = std::fs::metadata(&case).expect("case").len();
    let out = secu()
        .args(["case", "status"])
        .arg(&case)
        .args(["--max-input-bytes", &(case_size - 1).to_string()])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).starts_with(&format!("{}: larger than the limit", case.display())),
        "{}",
        stderr(&out)
    );
    // record --file
    let out = secu()
        .args(["case", "record"])
        .arg(&case)
        .args(["jonas", "household_corrected", "--file", &household])
        .args(["--max-input-bytes", &(case_size.max(size) - 1).to_string()])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(": larger than the limit"),
        "{}",
        stderr(&out)
    );
}

/// One date syntax everywhere: `YYYY-MM-DD` in the documented years, for
/// `--as-of`, `case new --opened-on`, `record --date`… as in JSON.
#[test]
fn every_date_flag_takes_only_yyyy_mm_dd() {
    for (date, en) in [
        ("2026-1-5", "invalid date \"2026-1-5\": expected YYYY-MM-DD"),
        (
            "+002026-01-05",
            "invalid date \"+002026-01-05\": expected YYYY-MM-DD",
        ),
        ("2026-02-30", "no such date \"2026-02-30\""),
        (
            "9999-01-05",
            "date \"9999-01-05\" outside the years 1900–2199",
        ),
        (
            "0000-01-05",
            "date \"0000-01-05\" outside the years 1900–2199",
        ),
    ] {
        let out = secu()
            .args(["assess", &example("eu_employee"), "--as-of", date])
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(2), "{date}");
        assert!(out.stdout.is_empty(), "{date}");
        assert_eq!(stderr(&out), format!("--as-of: {en}\n"), "{date}");
    }
    let out = secu()
        .args([
            "assess",
            &example("eu_employee"),
            "--as-of",
            "2026-1-5",
            "--lang",
            "fr",
        ])
        .output()
        .expect("runs");
    assert_eq!(
        stderr(&out),
        "--as-of: date invalide \"2026-1-5\"\u{a0}: format attendu AAAA-MM-JJ\n"
    );
    let dir = tempfile::tempdir().expect("tempdir");
    let case = dir.path().join("c.case.json");
    let out = secu()
        .args([
            "case",
            "new",
            &example("eu_employee"),
            "--opened-on",
            "2026-1-5",
            "-o",
        ])
        .arg(&case)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "--opened-on: invalid date \"2026-1-5\": expected YYYY-MM-DD\n"
    );
    assert!(!case.exists());
    let out = secu()
        .args(["case", "new", &example("eu_employee"), "-o"])
        .arg(&case)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let before = std::fs::read(&case).expect("case");
    for flag in ["--date", "--valid-from"] {
        let out = secu()
            .args(["case", "record"])
            .arg(&case)
            .args(["jonas", "file_submitted", flag, "2026-1-5"])
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(2), "{flag}");
        assert_eq!(
            stderr(&out),
            format!("{flag}: invalid date \"2026-1-5\": expected YYYY-MM-DD\n")
        );
    }
    for sub in ["status", "list", "calendar"] {
        let target = if sub == "list" {
            dir.path().to_path_buf()
        } else {
            case.clone()
        };
        let out = secu()
            .args(["case", sub])
            .arg(&target)
            .args(["--as-of", "+002026-01-05"])
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(2), "{sub}");
        assert!(stderr(&out).starts_with("--as-of: invalid date"), "{sub}");
    }
    assert_eq!(std::fs::read(&case).expect("case"), before, "unchanged");
}

/// Input errors follow `--lang`: decoding and validation, several kinds.
#[test]
fn input_errors_in_english_and_french() {
    let cases: [(&str, &str, &str); 5] = [
        (
            r#"{"members": [], "colour": 1}"#,
            // Independent problems together (item 18): the empty list too.
            "colour: unknown field \"colour\"; known fields: format, as_of, members\n\
             members: a household needs at least one member",
            "colour: champ inconnu \"colour\"\u{a0}; champs connus\u{a0}: format, as_of, members\n\
             members: un foyer compte au moins une personne",
        ),
        (
            r#"{"as_of": "2026-02-30", "members": []}"#,
            "as_of: no such date \"2026-02-30\"\n\
             members: a household needs at least one member",
            "as_of: date inexistante \"2026-02-30\"\n\
             members: un foyer compte au moins une personne",
        ),
        (
            r#"{"members": [}"#,
            "malformed JSON at line 1 column 14: expected value",
            "JSON mal formé à la ligne 1, colonne 14\u{a0}: valeur attendue",
        ),
        (
            r#"{"members": [{"id": "a", "relationship": "primary", "birth_date": "1990-01-01",
                "nationality": "DE", "birth_country": "DE", "sex": "m"}]}"#,
            "members[0].sex: unknown value \"m\" (expected one of: female, male)",
            "members[0].sex: valeur inconnue \"m\" (valeurs possibles\u{a0}: female, male)",
        ),
        (
            r#"{"members": [{"id": "a", "relationship": "primary", "birth_date": "1990-01-01",
                "nationality": "DEU", "birth_country": 49}]}"#,
            "members[0].nationality: unknown country code \"DEU\"; did you mean \"DE\"?\n\
             members[0].birth_country: expected a country code (ISO 3166-1 alpha-2, \"XK\" or \"CA-QC\"), found a number",
            "members[0].nationality: code pays inconnu \"DEU\"\u{a0}; vouliez-vous dire \"DE\"\u{a0}?\n\
             members[0].birth_country: un code pays était attendu (ISO 3166-1 alpha-2, \"XK\" ou \"CA-QC\"), trouvé\u{a0}: un nombre",
        ),
    ];
    for (input, en, fr) in cases {
        for (lang, expected) in [("en", en), ("fr", fr)] {
            let out = secu()
                .args(["assess", "-", "--lang", lang])
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .and_then(|mut c| {
                    c.stdin.take().expect("stdin").write_all(input.as_bytes())?;
                    c.wait_with_output()
                })
                .expect("runs");
            assert_eq!(out.status.code(), Some(2), "{input}");
            assert_eq!(stderr(&out), format!("{expected}\n"), "{lang}: {input}");
        }
    }
}

/// A UTF-8 byte order mark is accepted; a duplicate key is named by its path.
#[test]
fn byte_order_mark_and_duplicate_key() {
    let text = std::fs::read(root().join(example("eu_employee"))).expect("example");
    let dir = tempfile::tempdir().expect("tempdir");
    let bom = dir.path().join("bom.json");
    let mut with_bom = b"\xEF\xBB\xBF".to_vec();
    with_bom.extend_from_slice(&text);
    std::fs::write(&bom, with_bom).expect("writes");
    let plain = secu()
        .args(["assess", &example("eu_employee"), "--json"])
        .output()
        .expect("runs");
    let out = secu()
        .arg("assess")
        .arg(&bom)
        .arg("--json")
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(out.stdout, plain.stdout);
    // A case file saved by an editor that adds a BOM still reads.
    let case = dir.path().join("c.case.json");
    let out = secu()
        .args(["case", "new", &example("eu_employee"), "-o"])
        .arg(&case)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let status = |case: &std::path::Path| {
        secu()
            .args(["case", "status", "--json", "--as-of", "2026-12-01"])
            .arg(case)
            .output()
            .expect("runs")
    };
    let plain_status = status(&case);
    assert_eq!(plain_status.status.code(), Some(0));
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(&std::fs::read(&case).expect("case"));
    std::fs::write(&case, bytes).expect("writes");
    let out = status(&case);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(out.stdout, plain_status.stdout);
    let out = secu()
        .args([
            "assess",
            "crates/secu-cli/tests/bad/24_duplicate_key.json",
            "--lang",
            "fr",
        ])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "members[0].nationality: champ \"nationality\" donné deux fois\n"
    );
}

/// A write error names what could not be written ("No space left on
/// device" alone says nothing): standard output for a report or a calendar.
#[test]
fn a_write_error_names_standard_output() {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        return; // no /dev/full on this system
    };
    let out = secu()
        .args(["assess", &example("eu_employee")])
        .stdout(full)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let e = stderr(&out);
    assert!(e.starts_with("secu: standard output: "), "{e}");
    assert!(e.contains("No space left on device"), "{e}");
}

/// More than 100 problems: the first 100, then how many more.
#[test]
fn at_most_100_problems_are_listed() {
    let members: Vec<String> = (0..300)
        .map(|i| format!(r#"{{"id": "m{i}", "colour": 1}}"#))
        .collect();
    let input = format!(r#"{{"members": [{}]}}"#, members.join(","));
    let out = secu()
        .args(["assess", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .and_then(|mut c| {
            c.stdin.take().expect("stdin").write_all(input.as_bytes())?;
            c.wait_with_output()
        })
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let e = stderr(&out);
    let lines: Vec<&str> = e.lines().collect();
    assert_eq!(lines.len(), 101, "{e}");
    // 300 members × (1 unknown field + 4 missing fields) = 1,500 problems.
    assert_eq!(lines[100], "… and 1400 more problems");
}

#[test]
fn nir_check_whitespace_and_15_digit_legacy_numbers() {
    let run = |n: &str| {
        secu()
            .args(["nir", "check", n, "--json"])
            .output()
            .expect("runs")
    };
    let plain = run("2 90 04 99 216 001 77");
    assert_eq!(plain.status.code(), Some(0));
    for padded in [
        "  2 90 04 99 216 001 77",
        "2 90 04 99 216 001 77\t",
        "\t2 90 04 99 216 001 77\r\n",
    ] {
        let out = run(padded);
        assert_eq!(out.status.code(), Some(0), "{padded:?}");
        assert_eq!(out.stdout, plain.stdout, "{padded:?}");
    }
    let out = run("7 1 234 12345678 12");
    assert_eq!(out.status.code(), Some(2));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(v["kind"], "legacy_nnp");
    assert_eq!(v["error"]["code"], "legacy_provisional");
    assert_eq!(v["number"], "7 1 234 12345678 12");
    let v: serde_json::Value =
        serde_json::from_slice(&run("512341234567812").stdout).expect("JSON");
    assert_eq!(v["kind"], "legacy_mig");
    // The reason follows --lang.
    let out = secu()
        .args(["nir", "check", "2 90 04 99 216 001 93", "--lang", "fr"])
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("motif\u{a0}: clé invalide\u{a0}: 77 attendue, 93 saisie"),
        "{text}"
    );
}
