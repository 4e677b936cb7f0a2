//! Tidy checks of the repository (rust-analyzer's `tidy.rs` is the model):
//! plain text scans that keep the code where ARCHITECTURE.md says it is.
//!
//! - no age or month literal used as a rule threshold outside
//!   `crates/secu/src/rules/` (the procedure, in `crates/secu/src/procedure/`
//!   or `crates/secu-case/src/`, included): thresholds are named constants
//!   of `rules::` (`MAJORITY_AGE`, `NIA_VALIDITY`, …);
//! - every `.rs` file under `crates/*/src` is named in ARCHITECTURE.md's
//!   codemap, in its crate's section;
//! - no rule comparison in `web/*.js` (age thresholds, the 29 February
//!   rule): the page takes them from the core;
//! - no rule in `crates/secu/src/rules/` reads a member's input field
//!   directly: every read goes through an accessor of `Cx` that records it
//!   (`assess.rs`), or a partial assessment could call a result settled
//!   that an unknown fact changes (issue 13's soundness).
//!
//! Each check is a function of a file's text, tested on a planted violation.
#![allow(clippy::disallowed_methods)] // A tidy test reads the repository.

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_path_buf()
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| Some(e.ok()?.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

fn relative(p: &Path) -> String {
    p.strip_prefix(root())
        .unwrap_or(p)
        .to_string_lossy()
        .replace('\\', "/")
}

/// The code of a line, without a `//` comment (a `//` inside a string ends
/// the code too: good enough for the patterns below).
fn code(line: &str) -> &str {
    line.find("//").map_or(line, |i| &line[..i])
}

/// Whether `s` starts with an integer literal (digits, then no identifier
/// character).
fn starts_with_number(s: &str) -> bool {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0
        && !s[digits..]
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// The ages of the rules (12, 16, 18) and their comparison operators.
const AGES: &[&str] = &["12", "16", "18"];
const COMPARISONS: &[&str] = &["<=", ">=", "<", ">", "=="];

/// Whether `code` compares something with an age literal (`age >= 16`,
/// `x.age_on(d, p) < 18`): a line that mentions an age and compares with
/// 12, 16 or 18.
fn compares_with_age(code: &str, needs_age_word: bool) -> bool {
    if needs_age_word && !code.to_ascii_lowercase().contains("age") {
        return false;
    }
    COMPARISONS.iter().any(|op| {
        code.match_indices(op).any(|(i, _)| {
            let rest = code[i + op.len()..].trim_start();
            AGES.iter()
                .any(|a| rest.starts_with(a) && starts_with_number(rest))
        })
    })
}

/// Threshold literals in Rust code outside `rules/`: one message per line.
fn rust_threshold_literals(path: &str, text: &str) -> Vec<String> {
    let mut problems = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let c = code(line);
        let mut what = None;
        if let Some(i) = c.find("AgeAtLeast(")
            && starts_with_number(&c[i + "AgeAtLeast(".len()..])
        {
            what = Some("a guard's age literal");
        }
        if compares_with_age(c, true) {
            what = Some("an age compared with a literal");
        }
        for call in ["anniversary(", "birthday("] {
            if let Some(i) = c.find(call) {
                let args = &c[i + call.len()..];
                let args = args.find(')').map_or(args, |j| &args[..j]);
                if args.split(',').any(|a| starts_with_number(a.trim())) {
                    what = Some("an anniversary at a literal age");
                }
            }
        }
        for call in ["months(", "add_months(", "Months::new("] {
            if let Some(i) = c.find(call) {
                let args = &c[i + call.len()..];
                let args = args.find(')').map_or(args, |j| &args[..j]);
                if args.split(',').any(|a| starts_with_number(a.trim())) {
                    what = Some("a literal number of months");
                }
            }
        }
        if let Some(what) = what {
            problems.push(format!(
                "{path}:{}: {what} outside rules/ (name it in crates/secu/src/rules/): {}",
                n + 1,
                line.trim()
            ));
        }
    }
    problems
}

/// The folders whose Rust code may not hold a rule threshold.
fn threshold_scope() -> Vec<PathBuf> {
    let root = root();
    let mut files = Vec::new();
    rust_files(&root.join("crates/secu/src"), &mut files);
    rust_files(&root.join("crates/secu-case/src"), &mut files);
    let rules = root.join("crates/secu/src/rules");
    // date.rs is the calendar arithmetic itself (month lengths, 12 months a year).
    let date = root.join("crates/secu/src/date.rs");
    files.retain(|f| !f.starts_with(&rules) && *f != date);
    files
}

#[test]
fn no_rule_threshold_outside_rules() {
    let mut problems = Vec::new();
    let files = threshold_scope();
    assert!(
        files
            .iter()
            .any(|f| relative(f).ends_with("procedure/machine.rs")
                || relative(f).starts_with("crates/secu-case/")),
        "the procedure is scanned"
    );
    for f in files {
        let text = std::fs::read_to_string(&f).expect("readable");
        problems.extend(rust_threshold_literals(&relative(&f), &text));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn threshold_check_finds_planted_literals() {
    let planted = "\
    t(CHILD_TRACKS, P::Affiliated, E::CarteVitaleOrdered, Target::Stay, Guard::AgeAtLeast(12)),
    let minor = s.dependent() && age < 18;
    if self.age_on(date, policy) >= 18 {
    date::anniversary(m.birth_date, 16, leap)
    let expiry = d.checked_add_months(Months::new(9));
    let expiry = date::add_months(nia_on, 9);
";
    let found = rust_threshold_literals("planted.rs", planted);
    assert_eq!(found.len(), 6, "{found:#?}");
    let clean = "\
    t(CHILD_TRACKS, P::Affiliated, E::CarteVitaleOrdered, Target::Stay, Guard::AgeAtLeast(CHILD_CARD_AGE)),
    let minor = s.dependent() && age < MAJORITY_AGE; // not before 18
    date::anniversary(m.birth_date, OWN_CARTE_VITALE_AGE, leap)
    let expiry = after(nia_on, NIA_VALIDITY);
    let count = items.len() >= 16;
    Some(j) if age >= MIN_PARENT_AGE => {}
";
    assert_eq!(
        rust_threshold_literals("clean.rs", clean),
        Vec::<String>::new()
    );
}

/// The section of ARCHITECTURE.md about one crate (from its `### \`crates/NAME\``
/// heading to the next heading).
fn crate_section<'a>(architecture: &'a str, krate: &str) -> Option<&'a str> {
    let heading = format!("### `crates/{krate}`");
    let start = architecture.find(&heading)?;
    let rest = &architecture[start + heading.len()..];
    let end = rest
        .find("\n## ")
        .into_iter()
        .chain(rest.find("\n### "))
        .min();
    Some(&rest[..end.unwrap_or(rest.len())])
}

/// Files of a crate (paths relative to its `src/`) not named in its section:
/// a file is named by its name (`children.rs`), a `mod.rs` by its folder
/// (`rules/`).
fn unnamed_files(architecture: &str, krate: &str, files: &[String]) -> Vec<String> {
    let section = crate_section(architecture, krate).unwrap_or("");
    files
        .iter()
        .filter(|f| {
            let name = match f.strip_suffix("/mod.rs") {
                Some(dir) => format!("`{}/", dir.rsplit('/').next().unwrap_or(dir)),
                None => f.rsplit('/').next().unwrap_or(f).to_owned(),
            };
            !section.contains(&name)
        })
        .map(|f| format!("crates/{krate}/src/{f}"))
        .collect()
}

#[test]
fn every_module_is_in_the_codemap() {
    let root = root();
    let architecture =
        std::fs::read_to_string(root.join("ARCHITECTURE.md")).expect("ARCHITECTURE.md");
    let mut problems = Vec::new();
    let mut crates: Vec<PathBuf> = std::fs::read_dir(root.join("crates"))
        .expect("crates/")
        .filter_map(|e| Some(e.ok()?.path()))
        .collect();
    crates.sort();
    for dir in crates {
        let krate = dir
            .file_name()
            .expect("name")
            .to_string_lossy()
            .into_owned();
        let src = dir.join("src");
        let mut files = Vec::new();
        rust_files(&src, &mut files);
        let files: Vec<String> = files
            .iter()
            .map(|f| {
                f.strip_prefix(&src)
                    .expect("under src")
                    .to_string_lossy()
                    .replace('\\', "/")
            })
            .collect();
        problems.extend(unnamed_files(&architecture, &krate, &files));
    }
    assert!(
        problems.is_empty(),
        "not named in ARCHITECTURE.md's codemap (in the crate's section):\n{}",
        problems.join("\n")
    );
}

#[test]
fn codemap_check_finds_a_planted_missing_module() {
    let architecture = "\
## Codemap
### `crates/secu` — the core
- `assess.rs` — the driver.
- `rules/` — the rules: `children.rs`, `fund.rs`.
### `crates/secu-cli` — the binary
- `main.rs` — arguments.
";
    let files = [
        "assess.rs",
        "rules/mod.rs",
        "rules/children.rs",
        "rules/fund.rs",
    ]
    .map(String::from);
    assert_eq!(
        unnamed_files(architecture, "secu", &files),
        Vec::<String>::new()
    );
    let planted = ["rules/payroll.rs".to_owned(), "lang.rs".to_owned()];
    assert_eq!(
        unnamed_files(architecture, "secu", &planted),
        [
            "crates/secu/src/rules/payroll.rs",
            "crates/secu/src/lang.rs"
        ]
    );
    // A file named only in another crate's section is not named.
    assert_eq!(
        unnamed_files(architecture, "secu-cli", &["assess.rs".to_owned()]),
        ["crates/secu-cli/src/assess.rs"]
    );
    // A crate without a section: every file is missing.
    assert_eq!(
        unnamed_files(architecture, "secu-case", &["lib.rs".to_owned()]).len(),
        1
    );
}

/// Rule comparisons in a page script: age thresholds and the 29 February
/// rule.
fn web_rules(path: &str, text: &str) -> Vec<String> {
    let mut problems = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let c = code(line);
        let what = if compares_with_age(c, false) {
            Some("an age threshold")
        } else if c.contains("02-29") || c.contains("02-28") || c.contains("isLeap") {
            Some("the 29 February rule")
        } else {
            None
        };
        if let Some(what) = what {
            problems.push(format!(
                "{path}:{}: {what} in the page (take it from the core): {}",
                n + 1,
                line.trim()
            ));
        }
    }
    problems
}

#[test]
fn no_rule_in_the_page() {
    let root = root();
    let mut problems = Vec::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(root.join("web"))
        .expect("web/")
        .filter_map(|e| Some(e.ok()?.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "js"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "web/*.js found");
    for f in files {
        let text = std::fs::read_to_string(&f).expect("readable");
        problems.extend(web_rules(&relative(&f), &text));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn web_check_finds_planted_rules() {
    let planted = "\
const autonomous = age >= 16 && student;
if (years < 18) { showParents(); }
const birthday = iso.replace(/-02-29$/, '-02-28');
";
    assert_eq!(web_rules("web/planted.js", planted).len(), 3);
    let clean = "\
const width = 16;
for (let i = 0; i < members.length; i++) {}
// The core decides whether a 16-year-old orders their card.
";
    assert_eq!(web_rules("web/clean.js", clean), Vec::<String>::new());
    // The line the page held before it asked the core (issue 12, item 6).
    let leap =
        "return `${Number(iso.slice(0, 4)) - n}${iso.slice(4)}`.replace(/-02-29$/, '-02-28');";
    assert_eq!(web_rules("web/app.js", leap).len(), 1);
}

/// A member's input fields (contract §1): in `rules/`, read through `Cx`'s
/// recording accessors only.
const MEMBER_FIELDS: &[&str] = &[
    "birth_date",
    "sex",
    "nationality",
    "birth_country",
    "nir",
    "nir_status",
    "nia_issued_on",
    "previously_insured_in_france",
    "activity",
    "residence",
    "in_education",
    "autonomy_requested",
    "union_country",
    "parents",
];

/// The string literals of a line blanked out (rule ids such as
/// `"affiliation.activity"` are not reads).
fn without_strings(code: &str) -> String {
    let mut out = String::with_capacity(code.len());
    let mut in_string = false;
    let mut escaped = false;
    for c in code.chars() {
        if in_string {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
            out.push(' ');
        } else {
            if c == '"' {
                in_string = true;
            }
            out.push(c);
        }
    }
    out
}

/// The lines of a `rules/` file that read a member field directly: `.FIELD`
/// not followed by `(` (an accessor call is `self.FIELD(m)`).
fn direct_member_reads(path: &str, text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let code = without_strings(code(line));
        for field in MEMBER_FIELDS {
            let pat = format!(".{field}");
            let mut from = 0;
            while let Some(i) = code[from..].find(&pat) {
                let at = from + i + pat.len();
                let next = code[at..].trim_start().chars().next();
                let ident = code[at..]
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_alphanumeric() || c == '_');
                if !ident && next != Some('(') {
                    found.push(format!("{path}:{}: {}", n + 1, line.trim()));
                }
                from = at;
            }
        }
    }
    found
}

#[test]
fn rules_read_member_fields_through_accessors() {
    let mut files = Vec::new();
    rust_files(&root().join("crates/secu/src/rules"), &mut files);
    assert!(files.len() > 5, "rules/ not found");
    let mut found = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).expect("read");
        found.extend(direct_member_reads(&relative(f), &text));
    }
    assert!(
        found.is_empty(),
        "a rule reads a member's field without its recording accessor (assess.rs's `Cx::FIELD(m)`):\n{}",
        found.join("\n")
    );
}

#[test]
fn member_read_check_finds_planted_reads() {
    let planted = "let d = m.birth_date;\nif child.activity.is_some() {}\n";
    assert_eq!(direct_member_reads("x.rs", planted).len(), 2);
    let fine = "let d = self.birth_date(m);\n// m.birth_date in a comment\nlet id = \"affiliation.activity\";\nlet k = self.activity_kind(m);\n";
    assert_eq!(direct_member_reads("x.rs", fine), Vec::<String>::new());
}
