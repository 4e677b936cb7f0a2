//! `cargo xtask ci`: every check CI runs, in order, installing only what is
//! missing (the wasm32 target, PostgreSQL, cargo-fuzz, wasm-bindgen-cli,
//! binaryen, typescript, Chromium, playwright-core). `.ci/run` calls exactly this.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use anyhow::{Context, Result, bail};

/// cargo-fuzz version installed when missing (checked on this kind of machine).
const CARGO_FUZZ_VERSION: &str = "0.13.2";
/// Seconds each fuzz target runs.
const FUZZ_SECONDS: u32 = 30;

/// Runs a command from the workspace root; fails with its name when it fails.
fn step(
    root: &Path,
    title: &str,
    program: &str,
    args: &[&str],
    env: &[(&str, &str)],
) -> Result<()> {
    run_in(root, title, program, args, env, false)
}

/// Runs `program args` in `dir` with `env` (and without `CARGO_TARGET_DIR`
/// when `own_target`: cargo-fuzz needs its own target directory).
fn run_in(
    dir: &Path,
    title: &str,
    program: &str,
    args: &[&str],
    env: &[(&str, &str)],
    own_target: bool,
) -> Result<()> {
    eprintln!("\n==> {title}: {program} {}", args.join(" "));
    let t = Instant::now();
    let mut c = Command::new(program);
    c.args(args).current_dir(dir);
    for (k, v) in env {
        c.env(k, v);
    }
    if own_target {
        c.env_remove("CARGO_TARGET_DIR");
    }
    let status = c
        .status()
        .with_context(|| format!("cannot start {program}"))?;
    if !status.success() {
        bail!("{title} failed ({status})");
    }
    eprintln!("==> {title}: ok in {:.0} s", t.elapsed().as_secs_f64());
    Ok(())
}

fn output(program: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(program).args(args).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

/// The whole CI: formatting, lints (native and wasm32), docs, tests,
/// generated files, fuzzing.
pub(crate) fn run(root: &Path, fuzz: bool) -> Result<()> {
    let t = Instant::now();
    // Tools, only when missing.
    let installed = output("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if !installed
        .lines()
        .any(|l| l.trim() == "wasm32-unknown-unknown")
    {
        step(
            root,
            "install wasm32 target",
            "rustup",
            &["target", "add", "wasm32-unknown-unknown"],
            &[],
        )?;
    }
    // The team store's tests run on a throwaway PostgreSQL cluster (issue 16).
    if !postgres_installed() {
        step(root, "apt-get update", "apt-get", &["update"], &[])?;
        step(
            root,
            "install PostgreSQL",
            "apt-get",
            &["install", "-y", "--no-install-recommends", "postgresql"],
            &[("DEBIAN_FRONTEND", "noninteractive")],
        )?;
    }
    step(
        root,
        "format",
        "cargo",
        &["fmt", "--all", "--", "--check"],
        &[],
    )?;
    step(
        root,
        "clippy (native)",
        "cargo",
        &[
            "clippy",
            "--workspace",
            "--all-targets",
            "--locked",
            "--",
            "-D",
            "warnings",
        ],
        &[],
    )?;
    step(
        root,
        "clippy (wasm32: core, case crate and binding)",
        "cargo",
        &[
            "clippy",
            "-p",
            "secu",
            "-p",
            "secu-case",
            "-p",
            "secu-wasm",
            "--target",
            "wasm32-unknown-unknown",
            "--locked",
            "--",
            "-D",
            "warnings",
        ],
        &[],
    )?;
    // The package's three modules are the binding built with one feature each.
    for feature in ["assess", "case", "codes"] {
        step(
            root,
            &format!("clippy (wasm32: binding with feature {feature} alone)"),
            "cargo",
            &[
                "clippy",
                "-p",
                "secu-wasm",
                "--target",
                "wasm32-unknown-unknown",
                "--locked",
                "--no-default-features",
                "--features",
                feature,
                "--",
                "-D",
                "warnings",
            ],
            &[],
        )?;
    }
    step(
        root,
        "docs",
        "cargo",
        &[
            "doc",
            "-p",
            "secu",
            "-p",
            "secu-case",
            "-p",
            "secu-server",
            "--no-deps",
            "--locked",
        ],
        &[("RUSTDOCFLAGS", "-D warnings")],
    )?;
    // insta fails on new or changed snapshots when CI is set: make it so here too.
    step(
        root,
        "tests",
        "cargo",
        &["test", "--workspace", "--all-targets", "--locked"],
        &[("CI", "true")],
    )?;
    step(
        root,
        "doc tests",
        "cargo",
        &["test", "--workspace", "--doc", "--locked"],
        &[("CI", "true")],
    )?;
    crate::check_generated(root)?;
    // The WebAssembly package: build, host imports, size, wasm-bindgen tests
    // under Node, equivalence with the CLI; then the page in Chromium, and
    // the team page against `secu serve --db`.
    crate::wasm::run(root, &crate::target_dir(root), true)?;
    crate::web::test(root, &crate::target_dir(root), false)?;
    if fuzz {
        fuzz_targets(root)?;
    }
    eprintln!(
        "\nci: every check passed in {:.0} s",
        t.elapsed().as_secs_f64()
    );
    Ok(())
}

/// Whether Debian's PostgreSQL server is there (`/usr/lib/postgresql/*/bin/initdb`).
fn postgres_installed() -> bool {
    std::fs::read_dir("/usr/lib/postgresql").is_ok_and(|d| {
        d.filter_map(Result::ok)
            .any(|e| e.path().join("bin/initdb").exists())
    })
}

/// Builds the fuzz targets and runs each for [`FUZZ_SECONDS`].
fn fuzz_targets(root: &Path) -> Result<()> {
    let have_fuzz =
        output("cargo", &["fuzz", "--version"]).is_some_and(|v| v.contains(CARGO_FUZZ_VERSION));
    if !have_fuzz {
        let installed = step(
            root,
            "install cargo-fuzz",
            "cargo",
            &[
                "install",
                "cargo-fuzz",
                "--locked",
                "--version",
                CARGO_FUZZ_VERSION,
            ],
            &[],
        );
        if installed.is_err() {
            step(
                root,
                "install cargo-fuzz (unlocked)",
                "cargo",
                &["install", "cargo-fuzz", "--version", CARGO_FUZZ_VERSION],
                &[],
            )?;
        }
    }
    // The sanitizer needs nightly; without it, fuzz on stable with `-s none`.
    let nightly = output("rustup", &["toolchain", "list"])
        .is_some_and(|l| l.lines().any(|t| t.starts_with("nightly")));
    let fuzz_dir = root.join("fuzz");
    let mut base: Vec<&str> = Vec::new();
    if nightly {
        base.push("+nightly");
    }
    base.push("fuzz");
    let sanitizer: &[&str] = if nightly { &[] } else { &["-s", "none"] };
    let mut build = base.clone();
    build.push("build");
    build.extend_from_slice(sanitizer);
    // cargo-fuzz must use its own target directory.
    step_unset_target(&fuzz_dir, "fuzz build", &build)?;
    let seconds = format!("-max_total_time={FUZZ_SECONDS}");
    for (target, extra) in [
        ("assess_json", Some("../examples")),
        ("nir", None),
        ("case_json", None),
        ("serve_request", None),
    ] {
        std::fs::create_dir_all(fuzz_dir.join("corpus").join(target))?;
        let corpus = format!("corpus/{target}");
        let seeds = format!("seeds/{target}");
        let mut args = base.clone();
        args.extend_from_slice(&["run", target]);
        args.extend_from_slice(sanitizer);
        // libFuzzer writes new inputs into the first directory: the ignored corpus.
        args.push(&corpus);
        args.push(&seeds);
        if let Some(e) = extra {
            args.push(e);
        }
        args.extend_from_slice(&["--", &seconds]);
        step_unset_target(
            &fuzz_dir,
            &format!("fuzz {target} ({FUZZ_SECONDS} s)"),
            &args,
        )?;
    }
    Ok(())
}

fn step_unset_target(dir: &Path, title: &str, args: &[&str]) -> Result<()> {
    run_in(dir, title, "cargo", args, &[], true)
}
