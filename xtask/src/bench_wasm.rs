//! `cargo xtask bench-wasm`: the WASM `assess` per household next to the
//! native figures of the core's criterion bench, and the module's
//! instantiate time.
//!
//! Native: `cargo bench -p secu --bench assess` filtered to
//! `assess/4_members` (the assessment alone, on a decoded household) and
//! `parse+assess+serialize/4_members` (JSON bytes in, JSON bytes out), and
//! `codes/fast/parse+assess+write_json/4_members` (the codes module's work,
//! natively: bytes in, the codes view's JSON out; issue 15), read
//! back from criterion's `<target>/criterion/<id>/new/estimates.json`
//! (median point estimates). WASM: `crates/secu-wasm/js/bench.cjs` in one
//! Node process on the package of `cargo xtask wasm`: `assess` end to end on
//! a JS object (JSON across the boundary both ways, so its analogue is
//! `parse+assess+serialize`), and compile + instantiate of the web build's
//! bytes (see that file for what is included); and `detail: 'codes'`
//! answered by the main module alone and through the codes module
//! (issue 15), interleaved. Same household
//! (`examples/talent_passport_family.json`), same date (its `as_of`), same
//! language and policies on both sides.

use std::fs;
use std::path::Path;
use std::process::Command;
use std::time::SystemTime;

use anyhow::{Context, Result, bail};
use serde_json::Value;

use crate::wasm::run_cmd;

/// The criterion ids of the two native figures.
const NATIVE_ASSESS: &str = "assess/4_members";
const NATIVE_ROUND_TRIP: &str = "parse+assess+serialize/4_members";
/// The native analogue of the codes module's call (issue 15): the
/// household's bytes decoded, assessed, the codes view written as JSON.
const NATIVE_CODES: &str = "codes/fast/parse+assess+write_json/4_members";
/// Exactly those three (criterion's filter is a regex on the id).
const FILTER: &str = r"^(assess/4_members|parse\+assess\+serialize/4_members|codes/fast/parse\+assess\+write_json/4_members)$";

/// A criterion median, ns, with its 95 % confidence interval.
struct Median {
    ns: f64,
    low: f64,
    high: f64,
}

pub(crate) fn run(root: &Path, target: &Path) -> Result<()> {
    let pkg = target.join("npm/secu-wasm");
    for file in [
        "web/secu_wasm_bg.wasm",
        "web/secu_wasm.js",
        "node/secu_wasm.js",
    ] {
        if !pkg.join(file).is_file() {
            bail!(
                "{} is missing: build the package first with `cargo xtask wasm` \
                 (its final size-budget check may fail; the package is complete)",
                pkg.join(file).display()
            );
        }
    }

    let criterion = target.join("criterion");
    let started = SystemTime::now();
    run_cmd(
        &format!("criterion: {NATIVE_ASSESS}, {NATIVE_ROUND_TRIP} and {NATIVE_CODES}"),
        Command::new("cargo")
            .args([
                "bench", "-p", "secu", "--bench", "assess", "--locked", "--", "--noplot", FILTER,
            ])
            .env("CRITERION_HOME", &criterion)
            .current_dir(root),
    )?;
    let assess = criterion_median(&criterion, NATIVE_ASSESS, started)?;
    let round_trip = criterion_median(&criterion, NATIVE_ROUND_TRIP, started)?;
    let native_codes = criterion_median(&criterion, NATIVE_CODES, started)?;

    let out = target.join("bench-wasm/wasm.json");
    run_cmd(
        "WASM in Node (crates/secu-wasm/js/bench.cjs)",
        Command::new("node")
            .arg(root.join("crates/secu-wasm/js/bench.cjs"))
            .arg(&pkg)
            .arg(root.join("examples/talent_passport_family.json"))
            .arg(&out),
    )?;
    let wasm: Value = serde_json::from_str(
        &fs::read_to_string(&out).with_context(|| format!("reading {}", out.display()))?,
    )
    .with_context(|| format!("parsing {}", out.display()))?;
    let num = |pointer: &str| -> Result<f64> {
        wasm.pointer(pointer)
            .and_then(Value::as_f64)
            .with_context(|| format!("{}: no number at {pointer}", out.display()))
    };
    let wasm_us = num("/assess_us/median")?;
    let (wasm_min, wasm_max) = (num("/assess_us/min")?, num("/assess_us/max")?);
    let (samples, calls) = (
        num("/assess_us/samples")?,
        num("/assess_us/calls_per_sample")?,
    );
    let codes_us = num("/assess_codes_us/median")?;
    let host_codes_us = num("/host_json_codes_us/median")?;
    let text_to_text = num("/assess_codes_text_to_text_us/median")?;
    let object_to_text = num("/assess_codes_object_to_text_us/median")?;
    let text_to_object = num("/assess_codes_text_to_object_us/median")?;
    let full_text_to_text = num("/assess_full_text_to_text_us/median")?;
    let route = |k: &str| num(&format!("/codes_route_us/{k}/median"));
    let (main_text, fast_text) = (
        route("main_text_to_text")?,
        route("codes_module_text_to_text")?,
    );
    let (main_object, fast_object) = (
        route("main_object_to_object")?,
        route("codes_module_object_to_object")?,
    );
    let parse_codes = route("host_json_parse_of_codes")?;
    let inst = num("/instantiate/compile_instantiate_ms/median")?;
    let (inst_min, inst_max) = (
        num("/instantiate/compile_instantiate_ms/min")?,
        num("/instantiate/compile_instantiate_ms/max")?,
    );
    let first = num("/instantiate/to_first_result_ms/median")?;
    let rounds = num("/instantiate/rounds")?;

    let us = |m: &Median| {
        format!(
            "{:>8.1} µs  (criterion median, 95 % CI {:.1}–{:.1})",
            m.ns / 1e3,
            m.low / 1e3,
            m.high / 1e3
        )
    };
    println!();
    println!(
        "bench-wasm: examples/talent_passport_family.json (4 members), as of 2026-11-27, English, default policies"
    );
    println!("  native assess/4_members                  {}", us(&assess));
    println!(
        "  native parse+assess+serialize/4_members  {}",
        us(&round_trip)
    );
    println!(
        "  WASM assess, end to end (JSON across)    {wasm_us:>8.1} µs  (median of {samples} samples × {calls} calls; min {wasm_min:.1}, max {wasm_max:.1})"
    );
    println!("  WASM assess, detail 'codes', end to end  {codes_us:>8.1} µs");
    println!(
        "    of which the host's JSON.stringify + JSON.parse alone {host_codes_us:>6.1} µs (the floor of a JSON crossing)"
    );
    println!(
        "  WASM assess, 'codes', JSON text in and out {text_to_text:>6.1} µs  (object in, text out {object_to_text:.1}; text in, object out {text_to_object:.1})"
    );
    println!("  WASM assess, full, JSON text in and out  {full_text_to_text:>8.1} µs");
    println!(
        "  issue 15, 'codes' (interleaved rounds): main module alone → codes module (secu_codes)"
    );
    println!(
        "    JSON text in and out                  {main_text:>8.1} → {fast_text:.1} µs  (goal ≤ 30)"
    );
    println!(
        "    native, the same work (bytes in, codes JSON out) {}",
        us(&native_codes)
    );
    println!("    JS object in and out                  {main_object:>8.1} → {fast_object:.1} µs");
    println!("    of which the host's JSON.parse of the codes text alone {parse_codes:.1} µs");
    println!(
        "  ratio WASM / native parse+assess+serialize {:>6.2}×",
        wasm_us * 1e3 / round_trip.ns
    );
    println!(
        "  ratio WASM / native assess                 {:>6.2}×",
        wasm_us * 1e3 / assess.ns
    );
    println!(
        "  WASM compile + instantiate               {inst:>8.2} ms  (web build bytes; median of {rounds} fresh modules; min {inst_min:.2}, max {inst_max:.2})"
    );
    println!(
        "  … + first assess on the fresh instance   {first:>8.2} ms  (lazy compilation of the functions it reaches)"
    );
    println!("  details: {}", out.display());
    Ok(())
}

/// The median of criterion's `<id>/new/estimates.json`, written by this run.
fn criterion_median(criterion: &Path, id: &str, since: SystemTime) -> Result<Median> {
    // Criterion's directory name: the id with `/` (and a few others) as `_`.
    let dir: String = id
        .chars()
        .map(|c| match c {
            '?' | '"' | '/' | '\\' | '*' | '<' | '>' | ':' | '|' | '^' => '_',
            c => c,
        })
        .collect();
    let file = criterion.join(dir).join("new/estimates.json");
    let fresh = fs::metadata(&file)
        .and_then(|m| m.modified())
        .with_context(|| format!("{}: criterion wrote no estimates for {id}", file.display()))?;
    if fresh < since {
        bail!("{}: not written by this run (stale)", file.display());
    }
    let v: Value = serde_json::from_str(&fs::read_to_string(&file)?)
        .with_context(|| format!("parsing {}", file.display()))?;
    let get = |p: &str| {
        v.pointer(p)
            .and_then(Value::as_f64)
            .with_context(|| format!("{}: no number at {p}", file.display()))
    };
    Ok(Median {
        ns: get("/median/point_estimate")?,
        low: get("/median/confidence_interval/lower_bound")?,
        high: get("/median/confidence_interval/upper_bound")?,
    })
}
