//! The bundled examples: hand-written expectations (each citing domain.md),
//! asserted separately from the insta snapshots of whole outputs.

use secu::report::{self, Style};
use secu::{Lang, Options};
use serde_json::Value;

use crate::helpers::{assess_json, example_bytes, example_names, examples_dir};

#[test]
fn there_are_enough_examples() {
    assert!(
        example_names().len() >= 12,
        "at least 12 bundled households"
    );
}

/// Checks every `NAME.expect.json` against the assessment of `NAME.json`.
#[test]
fn expectations_hold() {
    let mut failures = Vec::new();
    let mut checked = 0usize;
    for name in example_names() {
        let expect_path = examples_dir().join(format!("{name}.expect.json"));
        let expect: Value = serde_json::from_slice(
            &std::fs::read(&expect_path).expect("every example has expectations"),
        )
        .expect("expectations are JSON");
        let actual = assess_json(&example_bytes(&name), Lang::En);
        let members = actual["members"].as_array().expect("members");
        for (id, fields) in expect["members"].as_object().expect("members object") {
            let Some(m) = members.iter().find(|m| m["id"] == id.as_str()) else {
                failures.push(format!("{name}: no member {id}"));
                continue;
            };
            for (field, spec) in fields.as_object().expect("fields") {
                let want = &spec["value"];
                assert!(
                    spec["source"].as_str().is_some_and(|s| !s.is_empty()),
                    "{name}.{id}.{field}: every expectation cites its source"
                );
                checked += 1;
                if let Some(problem) = check_field(m, field, want) {
                    failures.push(format!(
                        "{name}.{id}.{field}: {problem}  [source: {}]",
                        spec["source"].as_str().unwrap_or("")
                    ));
                }
            }
        }
    }
    assert!(checked > 200, "only {checked} expectations checked");
    assert!(
        failures.is_empty(),
        "{} failed expectations:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

fn codes(v: &Value, key: &str) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x[key].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

fn check_field(m: &Value, field: &str, want: &Value) -> Option<String> {
    let direct = |got: &Value| (got != want).then(|| format!("expected {want}, got {got}"));
    let list = |have: Vec<String>, present: bool| {
        let wanted: Vec<&str> = want
            .as_array()
            .map(|a| a.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let wrong: Vec<&str> = wanted
            .into_iter()
            .filter(|w| have.iter().any(|h| h == w) != present)
            .collect();
        (!wrong.is_empty()).then(|| {
            format!(
                "{} {wrong:?} (have {have:?})",
                if present { "missing" } else { "unexpected" }
            )
        })
    };
    match field {
        "affiliation"
        | "basis"
        | "covered_from"
        | "identification_required"
        | "dependent_status"
        | "attached_to" => direct(&m[field]),
        "fund_kind" => direct(&m["fund"]["kind"]),
        "fund_department" => direct(&m["fund"]["department"]),
        "fund" => direct(&m["fund"]),
        "dsn_identifier" => direct(if m["payroll"].is_null() {
            &Value::Null
        } else {
            &m["payroll"]["dsn_identifier"]
        }),
        "ntt_suggestion" => direct(&m["payroll"]["ntt_suggestion"]),
        "payroll" => direct(&m["payroll"]),
        "documents_present" => list(codes(&m["documents"], "kind"), true),
        "documents_absent" => list(codes(&m["documents"], "kind"), false),
        "warnings_present" => list(codes(&m["warnings"], "code"), true),
        "warnings_absent" => list(codes(&m["warnings"], "code"), false),
        "milestones" => {
            let ms = m["milestones"].as_array().cloned().unwrap_or_default();
            let mut problems = Vec::new();
            for (kind, date) in want.as_object()? {
                let got: Vec<&Value> = ms
                    .iter()
                    .filter(|x| x["kind"] == kind.as_str())
                    .map(|x| &x["date"])
                    .collect();
                match (date.is_null(), got.as_slice()) {
                    (true, []) => {}
                    (true, g) => problems.push(format!("{kind} should not appear, got {g:?}")),
                    (false, [g]) if *g == date => {}
                    (false, g) => problems.push(format!("{kind}: expected {date}, got {g:?}")),
                }
            }
            (!problems.is_empty()).then(|| problems.join("; "))
        }
        other => Some(format!("unknown expectation field {other}")),
    }
}

/// Whole outputs, reviewed like code: JSON assessment and the human report in
/// both languages, for every example.
#[test]
fn snapshots() {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../../snapshots/examples");
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| {
        for name in example_names() {
            let bytes = example_bytes(&name);
            insta::assert_json_snapshot!(format!("{name}.json"), assess_json(&bytes, Lang::En));
            let h = secu::parse_household(&bytes).expect("parses");
            for lang in [Lang::En, Lang::Fr] {
                let a = secu::assess(&h, &Options::default().with_lang(lang)).expect("assesses");
                insta::assert_snapshot!(
                    format!("{name}.report.{lang}"),
                    report::render(&a, &Style::plain())
                );
            }
        }
    });
}

/// Reports fit an 80-column terminal.
#[test]
fn reports_fit_80_columns() {
    for name in example_names() {
        let h = secu::parse_household(&example_bytes(&name)).expect("parses");
        for lang in [Lang::En, Lang::Fr] {
            let a = secu::assess(&h, &Options::default().with_lang(lang)).expect("assesses");
            let text = report::render(&a, &Style::plain());
            for line in text.lines() {
                assert!(
                    line.chars().count() <= 80,
                    "{name} ({lang}): line too long: {line}"
                );
            }
        }
    }
}
