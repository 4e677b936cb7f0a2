//! Every message follows the language (issue 10, item 15): refusals,
//! case-file problems, receipts, usage and policy errors, in English and in
//! French; and the default language comes from the locale (contract §2).

use std::path::{Path, PathBuf};

use super::{example, run, secu};

fn s(p: &Path) -> &str {
    p.to_str().expect("utf8 path")
}

/// A new case of the Talent Passport family in `dir`, created in `lang`:
/// its receipt.
fn new_case(dir: &Path, lang: &str) -> (PathBuf, String) {
    let case = dir.join(format!("family-{lang}.case.json"));
    let (code, out, err) = run(&[
        "case",
        "new",
        &example("talent_passport_family"),
        "-o",
        s(&case),
        "--opened-on",
        "2026-11-27",
        "--lang",
        lang,
    ]);
    assert_eq!(code, 0, "{err}");
    (case, out)
}

/// `case record` in `lang`.
fn record(case: &Path, lang: &str, args: &[&str]) -> (i32, String, String) {
    let mut all = vec!["case", "record", s(case)];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--lang", lang]);
    run(&all)
}

#[test]
fn receipts_in_both_languages() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (_, en) = new_case(dir.path(), "en");
    assert!(en.starts_with("created "), "{en}");
    assert!(en.contains("4 members, opened on 27 November 2026"), "{en}");
    assert!(en.contains("head: ") && en.contains("(no events)"), "{en}");
    let (case, fr) = new_case(dir.path(), "fr");
    assert!(fr.starts_with("créé "), "{fr}");
    assert!(
        fr.contains("4 personnes, ouvert le 27 novembre 2026"),
        "{fr}"
    );
    assert!(
        fr.contains("tête\u{a0}: ") && fr.contains("(aucun événement)"),
        "{fr}"
    );

    let args = [
        "arjun",
        "document_received",
        "--document",
        "identity_document",
        "--date",
        "2026-12-01",
    ];
    let (code, out, err) = record(&case, "fr", &args);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.starts_with(
            "enregistré n° 1 arjun document_received identity_document 1er décembre 2026\ntête\u{a0}: "
        ),
        "{out}"
    );
    assert!(out.contains("(1 événement)"), "{out}");
    let (code, out, err) = record(
        &case,
        "en",
        &[
            "meera",
            "document_received",
            "--document",
            "identity_document",
            "--date",
            "2026-12-01",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        out.starts_with("recorded #2 meera document_received"),
        "{out}"
    );
    assert!(out.contains("(2 events)"), "{out}");

    let (code, out, err) = run(&["case", "verify", s(&case), "--lang", "fr"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains(": la chaîne est vérifiée\u{a0}: 2 événements, tête "),
        "{out}"
    );
    let (code, out, err) = run(&["case", "verify", s(&case), "--lang", "en"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains(": the chain verifies: 2 events, head "),
        "{out}"
    );
}

#[test]
fn refusals_in_both_languages_name_the_stage_and_the_track() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (case, _) = new_case(dir.path(), "en");
    let args = [
        "arjun",
        "nia_issued",
        "--number",
        "1",
        "--date",
        "2026-12-01",
    ];
    let (code, _, en) = record(&case, "en", &args);
    assert_eq!(code, 2, "{en}");
    assert_eq!(
        en.trim_end(),
        "nia_issued refused (not_allowed_now): not possible at this stage: preparing the file \
         (procedure: first registration with identification (NIA, then certified NIR)); \
         allowed now: document_received, document_waived, withdrawn"
    );
    // The internal track code is no longer shown.
    assert!(!en.contains("registration_with_identification"), "{en}");
    let (code, _, fr) = record(&case, "fr", &args);
    assert_eq!(code, 2, "{fr}");
    assert_eq!(
        fr.trim_end(),
        "nia_issued refusé (not_allowed_now)\u{a0}: impossible à ce stade\u{a0}: préparation du dossier \
         (procédure\u{a0}: première affiliation avec identification (NIA, puis NIR certifié))\u{a0}; \
         possible maintenant\u{a0}: document_received, document_waived, withdrawn"
    );
}

#[test]
fn unknown_member_in_both_languages() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (case, _) = new_case(dir.path(), "en");
    let args = ["arjn", "file_submitted", "--date", "2026-12-01"];
    let (code, _, en) = record(&case, "en", &args);
    assert_eq!(code, 2, "{en}");
    assert!(
        en.contains("no member \"arjn\" in the household; did you mean \"arjun\"? members: arjun, meera, aarav, diya"),
        "{en}"
    );
    let (code, _, fr) = record(&case, "fr", &args);
    assert_eq!(code, 2, "{fr}");
    assert!(
        fr.contains("file_submitted refusé (unknown_member)\u{a0}: aucune personne \"arjn\" dans le foyer\u{a0}; vouliez-vous dire \"arjun\"\u{a0}? personnes\u{a0}: arjun, meera, aarav, diya"),
        "{fr}"
    );
}

#[test]
fn damaged_case_file_in_both_languages() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (case, _) = new_case(dir.path(), "en");
    let args = [
        "arjun",
        "document_received",
        "--document",
        "identity_document",
        "--date",
        "2026-12-01",
    ];
    assert_eq!(record(&case, "en", &args).0, 0);
    // The event's date edited after it was recorded.
    let text = std::fs::read_to_string(&case).expect("read");
    let edited = text.replacen("\"date\": \"2026-12-01\"", "\"date\": \"2026-12-02\"", 1);
    assert_ne!(edited, text);
    std::fs::write(&case, edited).expect("write");
    let (code, _, en) = run(&["case", "verify", s(&case), "--lang", "en"]);
    assert_eq!(code, 2, "{en}");
    assert!(
        en.contains("events[0]: digest mismatch: the entry was edited after it was recorded"),
        "{en}"
    );
    let (code, _, fr) = run(&["case", "status", s(&case), "--lang", "fr"]);
    assert_eq!(code, 2, "{fr}");
    assert!(
        fr.contains(
            "events[0]: empreinte incorrecte\u{a0}: l'entrée a été modifiée après son enregistrement"
        ),
        "{fr}"
    );
}

#[test]
fn unreadable_case_files_in_both_languages() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (case, _) = new_case(dir.path(), "en");
    let text = std::fs::read_to_string(&case).expect("read");
    // A misspelt field of the header.
    std::fs::write(&case, text.replacen("\"opened_on\"", "\"opened_onn\"", 1)).expect("write");
    let (code, _, en) = run(&["case", "verify", s(&case), "--lang", "en"]);
    assert_eq!(code, 2, "{en}");
    assert!(
        en.contains("opened_onn: unknown field \"opened_onn\"; did you mean \"opened_on\"?"),
        "{en}"
    );
    assert!(
        en.contains("opened_on: missing field \"opened_on\""),
        "{en}"
    );
    let (code, _, fr) = run(&["case", "verify", s(&case), "--lang", "fr"]);
    assert_eq!(code, 2, "{fr}");
    assert!(
        fr.contains(
            "opened_onn: champ inconnu \"opened_onn\"\u{a0}; vouliez-vous dire \"opened_on\"\u{a0}?"
        ),
        "{fr}"
    );
    assert!(
        fr.contains("opened_on: champ manquant \"opened_on\""),
        "{fr}"
    );
    // Not JSON.
    std::fs::write(&case, "{").expect("write");
    let (code, _, fr) = run(&["case", "status", s(&case), "--lang", "fr"]);
    assert_eq!(code, 2, "{fr}");
    assert!(
        fr.contains("JSON mal formé à la ligne 1, colonne 1\u{a0}: "),
        "{fr}"
    );
}

#[test]
fn usage_errors_in_both_languages() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (case, _) = new_case(dir.path(), "en");
    let (code, _, en) = record(&case, "en", &["arjun", "nia_issued"]);
    assert_eq!(
        (code, en.trim_end()),
        (2, "nia_issued needs --number NUMBER")
    );
    let (code, _, fr) = record(&case, "fr", &["arjun", "nia_issued"]);
    assert_eq!(
        (code, fr.trim_end()),
        (2, "nia_issued demande --number NUMBER")
    );
    let permit = [
        "arjun",
        "permit_renewed",
        "--permit",
        "resident_crd",
        "--valid-from",
        "2026-12-01",
    ];
    let (code, _, en) = record(&case, "en", &permit);
    assert_eq!(code, 2);
    assert!(
        en.starts_with("--permit: unknown value \"resident_crd\"; did you mean \"resident_card\"? (expected one of: "),
        "{en}"
    );
    let (code, _, fr) = record(&case, "fr", &permit);
    assert_eq!(code, 2);
    assert!(
        fr.starts_with("--permit: valeur inconnue \"resident_crd\"\u{a0}; vouliez-vous dire \"resident_card\"\u{a0}? (valeurs possibles\u{a0}: "),
        "{fr}"
    );
    // A member file with a misspelt field: the decoder's messages.
    let member = dir.path().join("zoe.json");
    std::fs::write(
        &member,
        r#"{"id":"zoe","relationship":"child","birth_dat":"2027-01-01","nationality":"IN","birth_country":"IN"}"#,
    )
    .expect("write");
    let added = [
        "zoe",
        "member_added",
        "--file",
        s(&member),
        "--date",
        "2027-01-02",
    ];
    let (code, _, en) = record(&case, "en", &added);
    assert_eq!(code, 2);
    assert!(
        en.contains("--file: birth_dat: unknown field \"birth_dat\"; did you mean \"birth_date\"?"),
        "{en}"
    );
    let (code, _, fr) = record(&case, "fr", &added);
    assert_eq!(code, 2);
    assert!(
        fr.contains(
            "--file: birth_dat: champ inconnu \"birth_dat\"\u{a0}; vouliez-vous dire \"birth_date\"\u{a0}?"
        ),
        "{fr}"
    );
    // An existing case file is not replaced.
    let again = |lang: &str| {
        run(&[
            "case",
            "new",
            &example("talent_passport_family"),
            "-o",
            s(&case),
            "--lang",
            lang,
        ])
    };
    let (code, _, en) = again("en");
    assert_eq!(code, 2);
    assert!(
        en.contains(": already exists (use --force to replace it)"),
        "{en}"
    );
    let (code, _, fr) = again("fr");
    assert_eq!(code, 2);
    assert!(
        fr.contains("\u{a0}: existe déjà (--force pour le remplacer)"),
        "{fr}"
    );
}

#[test]
fn policy_errors_in_both_languages() {
    let household = example("talent_passport_family");
    let assess =
        |lang: &str, policy: &str| run(&["assess", &household, "--lang", lang, "--policy", policy]);
    let (code, _, en) = assess("en", "leap_day_birthdy=first_of_march");
    assert_eq!(code, 2);
    assert_eq!(
        en.trim_end(),
        "--policy: unknown policy \"leap_day_birthdy\"; did you mean \"leap_day_birthday\"?"
    );
    let (code, _, fr) = assess("fr", "leap_day_birthdy=first_of_march");
    assert_eq!(code, 2);
    assert_eq!(
        fr.trim_end(),
        "--policy: politique inconnue \"leap_day_birthdy\"\u{a0}; vouliez-vous dire \"leap_day_birthday\"\u{a0}?"
    );
    let (code, _, en) = assess("en", "physician_declaration_from_age=30");
    assert_eq!(code, 2);
    assert_eq!(
        en.trim_end(),
        "--policy: policy physician_declaration_from_age: age 30 is out of range: expected 0 to 18 \
         (the declaration is required of every adult, Decision 8)"
    );
    let (code, _, fr) = assess(
        "fr",
        "beneficiary_end={\"fixed_date\":{\"month\":2,\"day\":30}}",
    );
    assert_eq!(code, 2);
    assert_eq!(
        fr.trim_end(),
        "--policy: politique beneficiary_end\u{a0}: jour 30 hors limites pour le mois 2\u{a0}: 1 à 29 attendu"
    );
    // A value the policy does not know.
    let (code, _, en) = assess("en", "leap_day_birthday=first_of_april");
    assert_eq!(code, 2);
    assert_eq!(
        en.trim_end(),
        "--policy: policy leap_day_birthday: unknown variant `first_of_april`, expected \
         `last_day_of_february` or `first_of_march`"
    );
    let (code, _, fr) = assess("fr", "leap_day_birthday=first_of_april");
    assert_eq!(code, 2);
    assert_eq!(
        fr.trim_end(),
        "--policy: politique leap_day_birthday\u{a0}: valeur inconnue `first_of_april`, valeurs \
         possibles\u{a0}: `last_day_of_february` ou `first_of_march`"
    );
    // `case new` takes the same policies, with the same messages.
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("c.json");
    let (code, _, fr) = run(&[
        "case",
        "new",
        &household,
        "-o",
        s(&out),
        "--lang",
        "fr",
        "--policy",
        "physician_declaration_from_age=30",
    ]);
    assert_eq!(code, 2);
    assert!(
        fr.contains("âge 30 hors limites\u{a0}: 0 à 18 attendu"),
        "{fr}"
    );
}

#[test]
fn the_default_language_is_the_locale_s() {
    let household = example("talent_passport_family");
    let with = |vars: &[(&str, &str)], args: &[&str]| {
        let mut c = secu();
        for (k, v) in vars {
            c.env(k, v);
        }
        let out = c.args(args).output().expect("runs");
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let bad = ["assess", &household, "--policy", "zz=1"];
    // No locale: English.
    let (code, err) = with(&[], &bad);
    assert_eq!(code, 2);
    assert!(err.contains("unknown policy \"zz\""), "{err}");
    // A French locale: French.
    let (_, err) = with(&[("LANG", "fr_FR.UTF-8")], &bad);
    assert!(err.contains("politique inconnue \"zz\""), "{err}");
    // LC_ALL beats LANG, LC_MESSAGES beats LANG.
    let (_, err) = with(&[("LANG", "fr_FR.UTF-8"), ("LC_ALL", "en_GB.UTF-8")], &bad);
    assert!(err.contains("unknown policy \"zz\""), "{err}");
    let (_, err) = with(
        &[("LANG", "en_US.UTF-8"), ("LC_MESSAGES", "fr_CA.UTF-8")],
        &bad,
    );
    assert!(err.contains("politique inconnue \"zz\""), "{err}");
    // Every language of ours is embedded: a Brazilian or a German locale
    // selects its language (the messages of `--lang pt` / `--lang de`).
    let english = with(&[], &bad).1;
    for (locale, tag) in [
        ("pt_BR.UTF-8", "pt"),
        ("de_DE@euro", "de"),
        ("zh_CN.UTF-8", "zh"),
    ] {
        let (_, err) = with(&[("LANG", locale)], &bad);
        let mut explicit = bad.to_vec();
        explicit.extend(["--lang", tag]);
        assert_eq!(err, with(&[], &explicit).1, "{locale}");
        assert_ne!(err, english, "{locale}");
    }
    // `C`, `POSIX` and an unsupported language: English; `--lang` beats
    // the locale.
    for locale in ["C", "C.UTF-8", "POSIX", "nl_NL.UTF-8"] {
        let (_, err) = with(&[("LC_ALL", locale), ("LANG", "fr_FR.UTF-8")], &bad);
        assert_eq!(err, english, "{locale}");
    }
    let mut explicit = bad.to_vec();
    explicit.extend(["--lang", "en"]);
    let (_, err) = with(&[("LANG", "fr_FR.UTF-8")], &explicit);
    assert!(err.contains("unknown policy \"zz\""), "{err}");
    // The report follows the locale too.
    let mut c = secu();
    let out = c
        .env("LANG", "fr_FR.UTF-8")
        .args(["assess", &household])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(
        report.starts_with("Assurance maladie en France\u{a0}: évaluation au "),
        "{report}"
    );
}

/// Issue 14: `--lang` takes BCP 47 tags with fallback (`fr-CA` → fr); a
/// language whose resource is not complete, or unknown, is a usage error
/// naming the languages there are (exit 2, nothing on stdout).
#[test]
fn lang_takes_bcp47_tags_and_names_the_available_ones() {
    let household = example("talent_passport_family");
    let (code, out, err) = run(&["assess", &household, "--lang", "fr-CA"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("Assurance maladie en France"), "{out}");
    let (code, out, _) = run(&["assess", &household, "--lang", "FR_fr"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("Assurance maladie en France"), "{out}");
    for tag in ["zz", "pt-BR-", "nl"] {
        let (code, out, err) = run(&["assess", &household, "--lang", tag]);
        assert_eq!(code, 2, "{tag}");
        assert!(out.is_empty(), "{tag}: {out}");
        assert!(
            err.contains(&format!(
                "unsupported language \"{tag}\": expected one of en, fr, es, pt, de, it, zh, ar"
            )),
            "{tag}: {err}"
        );
    }
}

/// Issue 14 item 6: `--audience family` prints the family's document (the
/// household summary first, no payroll), `--audience hr` the summary then
/// the whole report, and without it the report is as before; the JSON
/// ignores it.
#[test]
fn assess_audience_family_and_hr() {
    let file = example("talent_passport_family");
    let base = ["assess", file.as_str(), "--lang", "en"];
    let (code, plain, err) = run(&base);
    assert_eq!(code, 0, "{err}");
    let with = |a: &str| {
        let mut v = base.to_vec();
        v.extend_from_slice(&["--audience", a]);
        let (code, out, err) = run(&v);
        assert_eq!(code, 0, "{err}");
        out
    };
    let family = with("family");
    let hr = with("hr");
    assert!(!plain.contains("Household summary"), "{plain}");
    assert!(plain.contains("Payroll (DSN)"), "{plain}");
    assert!(family.contains("\n  Household summary\n"), "{family}");
    assert!(!family.contains("Payroll (DSN)"), "{family}");
    assert!(hr.contains("\n  Household summary\n"), "{hr}");
    // HR's document is the summary, then the report as it was.
    let rest = &plain[plain.find("\n── ").expect("a member")..];
    assert!(hr.ends_with(rest), "{hr}");
    let json = |extra: &[&str]| {
        let mut v = base.to_vec();
        v.push("--json");
        v.extend_from_slice(extra);
        run(&v).1
    };
    assert_eq!(json(&[]), json(&["--audience", "family"]));
}

/// Issue 14 item 6 for `case status`: `--audience family` lists each
/// missing document once for the household, names people without their
/// ids, and shows no payroll nor event codes; without it, as before.
#[test]
fn case_status_audience_family() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (case, _) = new_case(dir.path(), "en");
    let status = |extra: &[&str]| {
        let mut v = vec![
            "case",
            "status",
            s(&case),
            "--as-of",
            "2026-12-01",
            "--lang",
            "en",
        ];
        v.extend_from_slice(extra);
        let (code, out, err) = run(&v);
        assert_eq!(code, 0, "{err}");
        out
    };
    let hr = status(&[]);
    let family = status(&["--audience", "family"]);
    assert!(hr.contains("Payroll (DSN)"), "{hr}");
    assert!(hr.contains("(arjun)"), "{hr}");
    for hr_only in ["Payroll", "DSN", "NTT", "(arjun)", "(meera)", "form_s1106"] {
        assert!(!family.contains(hr_only), "{hr_only} in\n{family}");
    }
    let birth = "   - full birth certificate with filiation (acte de naissance)";
    assert_eq!(hr.matches(birth).count(), 4, "{hr}");
    assert_eq!(family.matches(birth).count(), 1, "{family}");
    assert!(family.contains(": the whole household"), "{family}");
}

/// clap's usage errors in the run's language (issue 14, l10n-rest): the
/// `--lang` of the command line when it can be read, else the locale's;
/// the argument and the value named as typed, exit 2, and where the help is.
#[test]
fn clap_usage_errors_in_the_run_s_language() {
    let run = |vars: &[(&str, &str)], args: &[&str]| {
        let mut c = secu();
        for k in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            c.env_remove(k);
        }
        for (k, v) in vars {
            c.env(k, v);
        }
        let out = c.args(args).output().expect("runs");
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    assert_eq!(
        run(&[], &["nir", "check", "--lang", "fr"]),
        (
            2,
            "argument obligatoire manquant\u{a0}: <NUMBER>\n\
             mode d'emploi (en anglais)\u{a0}: secu nir check --help\n"
                .to_owned()
        )
    );
    assert_eq!(
        run(&[("LANG", "de_DE.UTF-8")], &["--bogus"]),
        (
            2,
            "unbekanntes Argument: --bogus\nVerwendung (auf Englisch): secu --help\n".to_owned()
        )
    );
    assert_eq!(
        run(&[], &["assess", "x", "--detail", "nope"]),
        (
            2,
            "invalid value nope for --detail <DETAIL>; possible values: full, codes\n\
             usage (in English): secu assess --help\n"
                .to_owned()
        )
    );
    // --help stays clap's, on standard output, exit 0.
    let out = secu().args(["--help"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("Usage:"));
}
