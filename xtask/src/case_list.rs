//! `cargo xtask bench-case-list [N]`: end-to-end time of the release
//! `secu case list DIR --as-of 2027-03-01 > /dev/null` over N case files
//! (issue 3 goal: ≤ 0.5 s for 1,000 files).
//!
//! The files are realistic cases built through the library (`Case::new` then
//! `Case::record`, salts from a counter, a fixed recording time), from a few
//! templates taken at different points of their history, with the event
//! dates shifted and the labels and payroll ids varied so that no two files
//! are equal. They go into a fresh folder under the target directory, removed
//! afterwards (kept when the run fails, for a look).

use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use chrono::{Days, NaiveDate};
use secu::Policy;
use secu_case::Event;
use secu_case::case::Case;
use serde_json::{Value, json};

/// The date `case list` is run at.
const AS_OF: &str = "2027-03-01";
/// The fixed recording time of every entry: after every event date (Decision 23
/// refuses an event dated after the day it is recorded).
const RECORDED_AT: &str = "2028-01-01T10:15:00Z";
/// Timed runs; the best one is reported.
const RUNS: usize = 3;

/// One template: an example household and its history, one event a line:
/// `DATE MEMBER EVENT [ARG…]` (ARG: a document kind, a NIA/NIR number, or
/// `voids=SEQ reason…` for a correction; `document_rejected` and
/// `document_waived` take a kind then a reason).
struct Template {
    example: &'static str,
    opened_on: &'static str,
    script: &'static str,
    /// How many of the script's events to record (several stages of progress).
    stages: &'static [usize],
}

const TEMPLATES: &[Template] = &[
    // 4 members, 40 events: documents, submissions, NIAs for everyone, the
    // employee certified with card, ameli account and attestation.
    Template {
        example: "talent_passport_family",
        opened_on: "2026-11-27",
        script: "
            2026-11-30 arjun document_received form_s1106
            2026-11-30 arjun document_received form_s3705
            2026-11-30 arjun document_received identity_document
            2026-11-30 arjun document_received residence_permit
            2026-11-30 arjun document_received birth_certificate
            2026-11-30 arjun document_received sworn_translation
            2026-11-30 arjun document_received marriage_or_partnership_certificate
            2026-11-30 arjun document_received proof_of_address
            2026-11-30 arjun document_received bank_details
            2026-11-30 arjun document_received proof_of_activity
            2026-12-01 meera document_received form_s1106
            2026-12-01 meera document_received identity_document
            2026-12-01 meera document_received residence_permit
            2026-12-01 meera document_received birth_certificate
            2026-12-01 meera document_received sworn_translation
            2026-12-01 meera document_received marriage_or_partnership_certificate
            2026-12-01 meera document_received proof_of_address
            2026-12-01 meera document_received bank_details
            2026-12-01 aarav document_received identity_document
            2026-12-01 aarav document_received birth_certificate
            2026-12-01 aarav document_received sworn_translation
            2026-12-01 diya document_received identity_document
            2026-12-01 diya document_received birth_certificate
            2026-12-01 diya document_received sworn_translation
            2026-12-04 arjun file_submitted
            2026-12-04 meera file_submitted
            2026-12-04 aarav file_submitted
            2026-12-04 diya file_submitted
            2026-12-22 arjun nia_issued 1 88 06 99 223 101 44
            2026-12-22 meera nia_issued 2 90 03 99 223 102 41
            2027-01-05 aarav nia_issued 1 17 05 99 223 103 13
            2027-01-05 diya nia_issued 2 22 01 99 223 104 41
            2027-01-08 arjun physician_declared
            2027-01-08 meera physician_declared
            2027-02-15 arjun nir_certified 1 88 06 99 223 101 44
            2027-02-18 arjun carte_vitale_form_received
            2027-02-19 arjun carte_vitale_ordered
            2027-02-22 arjun ameli_account_opened
            2027-02-22 arjun attestation_obtained
            2027-02-26 arjun carte_vitale_received
        ",
        stages: &[40, 40, 34, 28, 24, 12],
    },
    // A single parent and two children: a rejected document, a correction,
    // a waiver.
    Template {
        example: "single_parent",
        opened_on: "2027-04-01",
        script: "
            2026-12-01 wanjiru document_received identity_document
            2026-12-01 wanjiru document_received proof_of_address
            2026-12-03 wanjiru document_rejected proof_of_address phone bill older than 3 months
            2026-12-03 wanjiru document_received birth_certificate
            2026-12-05 wanjiru correction voids=4 entered for the wrong member
            2026-12-05 amani document_received birth_certificate
            2026-12-05 amani document_waived sworn_translation certificate issued in French
        ",
        stages: &[7, 3],
    },
    // A returning worker: reactivation of rights.
    Template {
        example: "returning_worker_with_nir",
        opened_on: "2026-11-27",
        script: "
            2026-12-01 emilie document_received form_s1106
            2026-12-01 emilie document_received identity_document
            2026-12-01 emilie document_received residence_permit
            2026-12-01 emilie document_received bank_details
            2026-12-01 emilie document_received proof_of_activity
            2026-12-02 emilie file_submitted
            2026-12-20 emilie rights_reopened
            2026-12-21 emilie carte_vitale_ordered
            2026-12-22 emilie ameli_account_opened
        ",
        stages: &[9, 6],
    },
];

/// One script line: (date, member, event).
type Step = (NaiveDate, String, Event);

/// An example household (as JSON) and its parsed script.
type Prepared = (Value, Vec<Step>);

/// Parses one script line.
fn parse_line(line: &str) -> Result<Step> {
    let mut words = line.split_whitespace();
    let (Some(date), Some(member), Some(code)) = (words.next(), words.next(), words.next()) else {
        bail!("bad script line {line:?}");
    };
    let args: Vec<&str> = words.collect();
    let rest = |from: usize| args.get(from..).unwrap_or_default().join(" ");
    let first = || args.first().copied().unwrap_or_default();
    let event = match code {
        "document_received" => json!({ "event": code, "kind": first() }),
        "document_rejected" | "document_waived" => {
            json!({ "event": code, "kind": first(), "reason": rest(1) })
        }
        "nia_issued" | "nir_certified" => json!({ "event": code, "number": rest(0) }),
        "correction" => {
            let voids: u64 = first()
                .strip_prefix("voids=")
                .and_then(|s| s.parse().ok())
                .with_context(|| format!("correction needs voids=SEQ: {line:?}"))?;
            json!({ "event": code, "voids": voids, "reason": rest(1) })
        }
        _ => json!({ "event": code }),
    };
    let event: Event =
        serde_json::from_value(event).with_context(|| format!("bad event in {line:?}"))?;
    Ok((date.parse()?, member.to_owned(), event))
}

/// The household of an example with its labels and payroll id made unique.
fn household(example: &Value, variant: u64) -> Result<secu::Household> {
    let mut h = example.clone();
    if let Some(members) = h.get_mut("members").and_then(Value::as_array_mut) {
        for m in members {
            let id = m
                .get("id")
                .and_then(Value::as_str)
                .unwrap_or("?")
                .to_owned();
            m["label"] = Value::String(format!("{id} (EMP-{variant:05})"));
            if let Some(employer) = m.pointer_mut("/activity/employer") {
                employer["payroll_id"] = Value::String(format!("{variant:05}"));
            }
        }
    }
    secu::parse_household(&serde_json::to_vec(&h)?).map_err(|e| anyhow::anyhow!("{e}"))
}

/// Builds case number `i`: a template, a stage, dates shifted by 0–27 days.
fn build(i: u64, examples: &[Prepared], policy: &Policy) -> Result<Case> {
    let variants: Vec<(usize, usize)> = TEMPLATES
        .iter()
        .enumerate()
        .flat_map(|(t, tpl)| tpl.stages.iter().map(move |&s| (t, s)))
        .collect();
    let (t, stage) = variants[(i as usize) % variants.len()];
    let shift = Days::new((i / variants.len() as u64) % 28);
    let (example, script) = &examples[t];
    let opened_on: NaiveDate = TEMPLATES[t].opened_on.parse()?;
    let mut n = u128::from(i) << 64;
    let mut salts = move || {
        n += 1;
        n.to_be_bytes()
    };
    let mut case = Case::new(
        household(example, i)?,
        opened_on,
        RECORDED_AT,
        &mut salts,
        policy,
    )
    .map_err(|e| anyhow::anyhow!("{}: {e}", TEMPLATES[t].example))?;
    for (date, member, event) in script.iter().take(stage) {
        let date = date.checked_add_days(shift).unwrap_or(*date);
        let kind = event.kind();
        case.record(member, date, event.clone(), RECORDED_AT, &mut salts, policy)
            .map_err(|e| {
                anyhow::anyhow!("{}: {member} {kind} on {date}: {e}", TEMPLATES[t].example)
            })?;
    }
    Ok(case)
}

pub(crate) fn run(root: &Path, target: &Path, count: u64) -> Result<()> {
    let dir = target.join(format!("xtask-case-list-{}", std::process::id()));
    if dir.exists() {
        fs::remove_dir_all(&dir)?;
    }
    fs::create_dir_all(&dir)?;
    let result = measure(root, target, &dir, count);
    if result.is_ok() {
        fs::remove_dir_all(&dir).with_context(|| format!("removing {}", dir.display()))?;
    } else {
        eprintln!("(keeping {} for a look)", dir.display());
    }
    result
}

fn measure(root: &Path, target: &Path, dir: &Path, count: u64) -> Result<()> {
    // The case files.
    let t = Instant::now();
    let policy = Policy::default();
    let mut examples = Vec::new();
    for tpl in TEMPLATES {
        let path = root.join("examples").join(format!("{}.json", tpl.example));
        let text = fs::read_to_string(&path).with_context(|| format!("{}", path.display()))?;
        let script = tpl
            .script
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(parse_line)
            .collect::<Result<Vec<_>>>()?;
        examples.push((serde_json::from_str::<Value>(&text)?, script));
    }
    let mut bytes = 0u64;
    let mut events = 0u64;
    for i in 0..count {
        let case = build(i, &examples, &policy)?;
        events += case.history().len() as u64;
        let json = case.to_json_pretty();
        bytes += json.len() as u64;
        fs::write(dir.join(format!("case-{i:06}.json")), json)?;
    }
    println!(
        "generated {count} case files ({:.1} MB, {:.1} KB and {:.1} events per file on average) in {:.2} s → {}",
        bytes as f64 / 1e6,
        bytes as f64 / count as f64 / 1e3,
        events as f64 / count as f64,
        t.elapsed().as_secs_f64(),
        dir.display()
    );

    // The CLI, release.
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = Command::new(&cargo)
        .args(["build", "--release", "--quiet", "-p", "secu-cli"])
        .current_dir(root)
        .status()
        .context("running cargo build")?;
    if !status.success() {
        bail!("cargo build --release -p secu-cli failed");
    }
    let secu = target.join("release").join("secu");
    let dir_s = dir.to_string_lossy().into_owned();

    // Untimed check: every file is listed, none has a problem.
    let out = Command::new(&secu)
        .args(["case", "list", &dir_s, "--as-of", AS_OF, "--json"])
        .stdin(Stdio::null())
        .output()
        .with_context(|| format!("running {}", secu.display()))?;
    let listed: Value = serde_json::from_slice(&out.stdout).with_context(|| {
        format!(
            "secu case list --json: not JSON ({}): {}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        )
    })?;
    let cases = listed["cases"].as_array().map_or(0, Vec::len) as u64;
    let problems = listed["problems"].as_array().map_or(0, Vec::len);
    if cases != count || problems != 0 || !out.status.success() {
        bail!(
            "secu case list saw {cases} cases of {count} and {problems} problems ({}): {}",
            out.status,
            listed["problems"]
        );
    }

    // Timed: the human view into /dev/null, best of RUNS.
    let mut times = Vec::with_capacity(RUNS);
    for _ in 0..RUNS {
        let t = Instant::now();
        let status = Command::new(&secu)
            .args(["case", "list", &dir_s, "--as-of", AS_OF])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .status()
            .with_context(|| format!("running {}", secu.display()))?;
        times.push(t.elapsed());
        if !status.success() {
            bail!("secu case list failed ({status})");
        }
    }
    let best = times.iter().copied().min().unwrap_or(Duration::ZERO);
    let all: Vec<String> = times
        .iter()
        .map(|d| format!("{:.3}", d.as_secs_f64()))
        .collect();
    println!();
    println!(
        "bench-case-list: secu case list DIR --as-of {AS_OF} > /dev/null (release, end to end)"
    );
    println!(
        "  files {count}, total size {:.1} MB ({bytes} bytes)",
        bytes as f64 / 1e6
    );
    println!(
        "  time best of {RUNS}: {:.3} s ({:.0} µs/file; runs: {} s); goal ≤ 0.5 s for 1,000 files",
        best.as_secs_f64(),
        best.as_secs_f64() * 1e6 / count as f64,
        all.join(", ")
    );
    Ok(())
}
