//! Repository automation: `cargo xtask <command>` (see `.cargo/config.toml`).
//!
//! ```text
//! cargo xtask gen-households N [--seed S] [--invalid-ratio R] [-o FILE]
//! cargo xtask bench-batch [N] [--keep]
//! cargo xtask bench-case-list [N]
//! cargo xtask bench-wasm
//! cargo xtask bench-serve
//! cargo xtask bench-team [N] [--pg-fsync]
//! cargo xtask rules [--check]
//! cargo xtask schema [--check]
//! cargo xtask ci [--no-fuzz]
//! cargo xtask wasm-types [--check]
//! cargo xtask wasm [--test]
//! cargo xtask web-labels [--check]
//! cargo xtask web-test [--team]
//! ```
// A command-line tool talks on stdout and stderr: the workspace lints warn on
// printing to keep the library and CLI honest, not for this crate.
#![allow(clippy::print_stdout, clippy::print_stderr)]

mod bench;
mod bench_serve;
mod bench_team;
mod bench_wasm;
mod case_list;
mod ci;
mod households;
mod ts;
mod wasm;
mod web;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context, Result, bail};

const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  gen-households N [--seed S] [--invalid-ratio R] [-o FILE]
      N realistic 4-member households as JSON Lines (stdout without -o);
      R in 0..=1 is the share of deliberately invalid lines (default 0)
  bench-batch [N] [--keep]
      time `secu batch` (jsonl and summary-csv) on N generated households
      (default 1000000) against a serde_json yardstick, 2 threads each;
      --keep keeps the large output file under target/xtask-bench/
      (about 22 KB per household: ~23 GB free disk needed for N = 1000000)
  bench-case-list [N]
      time the release `secu case list DIR --as-of 2027-03-01 > /dev/null`
      (best of 3) over N generated case files (default 1000) in a temporary
      folder under the target directory, removed afterwards
  bench-wasm
      the WASM `assess` per household (Node, JSON across the boundary) next
      to the native criterion figures (assess/4_members and
      parse+assess+serialize/4_members), and compile + instantiate of the
      web build; needs the package of `cargo xtask wasm`
  bench-serve
      `secu serve` (release) under `oha` (installed when missing):
      POST /v1/assess codes and full at 32 connections, POST /v1/batch
      against `secu batch`, beside the in-process figures
  bench-team [N] [--pg-fsync]
      the team service (release `secu serve --db`) over SQLite and, when
      initdb is installed, PostgreSQL, with N cases (default 10000) of 4
      members and 20 events: GET /v1/cases, events by 32 writers (closed
      loop, then open loop at one event per 50 ms each), size
      (--pg-fsync: the PostgreSQL cluster syncs its commits, fsync=on)
  rules [--check]
      write docs/rules.md from secu::rules::catalogue_markdown()
  schema [--check]
      write docs/schema/{household,assessment,assessment-codes}.schema.json
  (--check: write nothing, exit 1 when the file is stale)
  ci [--no-fuzz]
      every CI check: fmt, clippy (native + wasm32), docs, tests (CI=true),
      generated files up to date, `wasm --test`, `web-test`, fuzz targets
      30 s each; installs the wasm32 target, cargo-fuzz, wasm-bindgen-cli,
      binaryen, typescript, Chromium and playwright-core only when missing
  wasm-types [--check]
      write crates/secu-wasm/types/secu.d.ts (TypeScript) from the core's
      JSON Schemas
  wasm [--test]
      build the WebAssembly package into <target>/npm/secu-wasm/: two
      modules, secu_wasm (assess, checkNir, schema, version) and secu_case
      (case files), each a release .wasm, wasm-bindgen --target web and
      nodejs, wasm-opt -Oz from npm binaryen; copy the web build into
      web/pkg/ for the page; check their host imports and sizes (printed
      against the budget of 150,000 bytes gzipped per module; fails above
      it or above a module's ceiling); --test also compiles
      crates/secu-wasm/js/types-check.ts with tsc --strict against the
      package's declarations, runs the wasm-bindgen tests under Node and the
      equivalence with the CLI (`assess --json` on examples/, and a case
      file made by the module read back by `secu case status --json`);
      installs wasm-bindgen-cli (the Cargo.lock version), binaryen and
      typescript only when missing
  web-labels [--check]
      write web/labels.js (the message ids of the labels of codes, the country
      codes, the languages) and web/l10n/ (each language's compiled messages
      and country table, which the page fetches)
  web-test [--team]
      end-to-end test of the page web/ in headless Chromium against the
      package of `cargo xtask wasm`, then of the team's page served by
      `secu serve --db` (--team: that one only, no package needed);
      screenshots in <target>/web-screenshots; installs chromium (apt-get)
      and playwright-core (npm) only when missing
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("xtask: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// The workspace root (the parent of this crate).
fn root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().unwrap_or(manifest).to_path_buf()
}

/// The cargo target directory (`CARGO_TARGET_DIR`, else `<root>/target`).
fn target_dir(root: &Path) -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(d) if !d.is_empty() => {
            let d = PathBuf::from(d);
            if d.is_absolute() { d } else { root.join(d) }
        }
        _ => root.join("target"),
    }
}

/// Options and positional arguments of one command.
struct Args<'a> {
    positional: Vec<&'a str>,
    options: Vec<(&'a str, Option<&'a str>)>,
}

impl<'a> Args<'a> {
    /// Splits `args`; `with_value` lists the options that take a value.
    fn parse(args: &'a [String], with_value: &[&str], flags: &[&str]) -> Result<Self> {
        let mut positional = Vec::new();
        let mut options = Vec::new();
        let mut it = args.iter();
        while let Some(a) = it.next() {
            let a = a.as_str();
            if let Some((name, value)) = a.split_once('=').filter(|(n, _)| n.starts_with("--")) {
                if !with_value.contains(&name) {
                    bail!("unknown option {name}\n\n{USAGE}");
                }
                options.push((name, Some(value)));
            } else if with_value.contains(&a) {
                let v = it.next().with_context(|| format!("{a} needs a value"))?;
                options.push((a, Some(v.as_str())));
            } else if flags.contains(&a) {
                options.push((a, None));
            } else if a.starts_with('-') && a.len() > 1 {
                bail!("unknown option {a}\n\n{USAGE}");
            } else {
                positional.push(a);
            }
        }
        Ok(Self {
            positional,
            options,
        })
    }

    fn value(&self, names: &[&str]) -> Option<&'a str> {
        self.options
            .iter()
            .rev()
            .find(|(n, _)| names.contains(n))
            .and_then(|(_, v)| *v)
    }

    fn flag(&self, name: &str) -> bool {
        self.options.iter().any(|(n, _)| *n == name)
    }
}

fn run(args: &[String]) -> Result<ExitCode> {
    let Some((command, rest)) = args.split_first() else {
        eprint!("{USAGE}");
        return Ok(ExitCode::from(2));
    };
    match command.as_str() {
        "gen-households" => {
            let a = Args::parse(rest, &["--seed", "--invalid-ratio", "-o", "--output"], &[])?;
            let [n] = a.positional[..] else {
                bail!("gen-households needs exactly one count N\n\n{USAGE}");
            };
            let n: u64 = n
                .replace('_', "")
                .parse()
                .context("N must be a whole number")?;
            let seed: u64 = a
                .value(&["--seed"])
                .map_or(Ok(1), str::parse)
                .context("--seed must be a whole number")?;
            let ratio: f64 = a
                .value(&["--invalid-ratio"])
                .map_or(Ok(0.0), str::parse)
                .context("--invalid-ratio must be a number")?;
            if !(0.0..=1.0).contains(&ratio) {
                bail!("--invalid-ratio must be between 0 and 1");
            }
            let out = a
                .value(&["-o", "--output"])
                .filter(|p| *p != "-")
                .map(Path::new);
            let t = Instant::now();
            let bytes = households::write(n, seed, ratio, out)?;
            if let Some(p) = out {
                eprintln!(
                    "wrote {n} households ({:.1} MB) to {} in {:.2} s",
                    bytes as f64 / 1e6,
                    p.display(),
                    t.elapsed().as_secs_f64()
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        "bench-batch" => {
            let a = Args::parse(rest, &[], &["--keep"])?;
            let n: u64 = match a.positional[..] {
                [] => 1_000_000,
                [n] => n
                    .replace('_', "")
                    .parse()
                    .context("N must be a whole number")?,
                _ => bail!("bench-batch takes at most one count N\n\n{USAGE}"),
            };
            if n == 0 {
                bail!("N must be at least 1");
            }
            let root = root();
            bench::run(&root, &target_dir(&root), n, a.flag("--keep"))?;
            Ok(ExitCode::SUCCESS)
        }
        "bench-case-list" => {
            let a = Args::parse(rest, &[], &[])?;
            let n: u64 = match a.positional[..] {
                [] => 1000,
                [n] => n
                    .replace('_', "")
                    .parse()
                    .context("N must be a whole number")?,
                _ => bail!("bench-case-list takes at most one count N\n\n{USAGE}"),
            };
            if n == 0 {
                bail!("N must be at least 1");
            }
            let root = root();
            case_list::run(&root, &target_dir(&root), n)?;
            Ok(ExitCode::SUCCESS)
        }
        "ci" => {
            let a = Args::parse(rest, &[], &["--no-fuzz"])?;
            no_positional(&a)?;
            ci::run(&root(), !a.flag("--no-fuzz"))?;
            Ok(ExitCode::SUCCESS)
        }
        "rules" => {
            let a = Args::parse(rest, &[], &["--check"])?;
            no_positional(&a)?;
            let root = root();
            sync(
                &root,
                &rules_files(&root),
                a.flag("--check"),
                "cargo xtask rules",
            )
        }
        "schema" => {
            let a = Args::parse(rest, &[], &["--check"])?;
            no_positional(&a)?;
            let root = root();
            sync(
                &root,
                &schema_files(&root)?,
                a.flag("--check"),
                "cargo xtask schema",
            )
        }
        "wasm-types" => {
            let a = Args::parse(rest, &[], &["--check"])?;
            no_positional(&a)?;
            let root = root();
            sync(
                &root,
                &ts::files(&root)?,
                a.flag("--check"),
                "cargo xtask wasm-types",
            )
        }
        "bench-serve" => {
            no_positional(&Args::parse(rest, &[], &[])?)?;
            let root = root();
            bench_serve::run(&root, &target_dir(&root))?;
            Ok(ExitCode::SUCCESS)
        }
        "bench-team" => {
            let a = Args::parse(rest, &[], &["--pg-fsync"])?;
            let n: u64 =
                match a.positional[..] {
                    [] => 10_000,
                    [n] => n.parse().ok().filter(|n| *n >= 32).with_context(|| {
                        format!("N: expected a count of at least 32, got {n:?}")
                    })?,
                    _ => bail!("bench-team takes at most one count N\n\n{USAGE}"),
                };
            let root = root();
            bench_team::run(&root, &target_dir(&root), n, a.flag("--pg-fsync"))?;
            Ok(ExitCode::SUCCESS)
        }
        "bench-wasm" => {
            no_positional(&Args::parse(rest, &[], &[])?)?;
            let root = root();
            bench_wasm::run(&root, &target_dir(&root))?;
            Ok(ExitCode::SUCCESS)
        }
        "wasm" => {
            let a = Args::parse(rest, &[], &["--test"])?;
            no_positional(&a)?;
            let root = root();
            wasm::run(&root, &target_dir(&root), a.flag("--test"))?;
            Ok(ExitCode::SUCCESS)
        }
        "web-labels" => {
            let a = Args::parse(rest, &[], &["--check"])?;
            no_positional(&a)?;
            let root = root();
            sync(
                &root,
                &web::label_files(&root)?,
                a.flag("--check"),
                "cargo xtask web-labels",
            )
        }
        "web-test" => {
            let a = Args::parse(rest, &[], &["--team"])?;
            no_positional(&a)?;
            let root = root();
            web::test(&root, &target_dir(&root), a.flag("--team"))?;
            Ok(ExitCode::SUCCESS)
        }
        "help" | "--help" | "-h" => {
            print!("{USAGE}");
            Ok(ExitCode::SUCCESS)
        }
        other => {
            eprint!("xtask: unknown command {other:?}\n\n{USAGE}");
            Ok(ExitCode::from(2))
        }
    }
}

/// `docs/rules.md`, generated from the rules catalogue.
fn rules_files(root: &Path) -> [(PathBuf, String); 1] {
    [(
        root.join("docs/rules.md"),
        secu::rules::catalogue_markdown(),
    )]
}

/// The JSON Schemas of the input and output.
fn schema_files(root: &Path) -> Result<[(PathBuf, String); 3]> {
    let dir = root.join("docs/schema");
    Ok([
        (
            dir.join("household.schema.json"),
            pretty(&schemars::schema_for!(secu::Household))?,
        ),
        (
            dir.join("assessment.schema.json"),
            pretty(&schemars::schema_for!(secu::Assessment<'static>))?,
        ),
        (
            dir.join("assessment-codes.schema.json"),
            pretty(&schemars::schema_for!(
                secu::codes::AssessmentCodes<'static>
            ))?,
        ),
    ])
}

/// Fails when a generated file is stale (CI).
fn check_generated(root: &Path) -> Result<()> {
    let rules = sync(root, &rules_files(root), true, "cargo xtask rules")?;
    let schema = sync(root, &schema_files(root)?, true, "cargo xtask schema")?;
    let types = sync(root, &ts::files(root)?, true, "cargo xtask wasm-types")?;
    let labels = sync(
        root,
        &web::label_files(root)?,
        true,
        "cargo xtask web-labels",
    )?;
    if [rules, schema, types, labels]
        .iter()
        .any(|c| *c != ExitCode::SUCCESS)
    {
        bail!("generated files are stale");
    }
    Ok(())
}

fn no_positional(a: &Args<'_>) -> Result<()> {
    if let Some(p) = a.positional.first() {
        bail!("unexpected argument {p:?}\n\n{USAGE}");
    }
    Ok(())
}

/// Pretty JSON with a trailing newline.
fn pretty(schema: &schemars::Schema) -> Result<String> {
    let mut s = serde_json::to_string_pretty(schema)?;
    s.push('\n');
    Ok(s)
}

/// Writes generated files, or with `check` reports the stale ones.
fn sync(root: &Path, files: &[(PathBuf, String)], check: bool, fix: &str) -> Result<ExitCode> {
    let mut stale = 0;
    for (path, wanted) in files {
        let shown = path.strip_prefix(root).unwrap_or(path).display();
        let current = match fs::read_to_string(path) {
            Ok(s) => Some(s),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(e).with_context(|| format!("reading {shown}")),
        };
        if current.as_deref() == Some(wanted.as_str()) {
            if check {
                println!("{shown}: up to date");
            } else {
                println!("{shown}: unchanged");
            }
            continue;
        }
        if check {
            stale += 1;
            match &current {
                None => eprintln!("{shown}: missing"),
                Some(cur) => eprintln!("{shown}: stale ({})", first_difference(cur, wanted)),
            }
        } else {
            if let Some(dir) = path.parent() {
                fs::create_dir_all(dir)?;
            }
            fs::write(path, wanted).with_context(|| format!("writing {shown}"))?;
            println!("{shown}: written");
        }
    }
    if stale > 0 {
        eprintln!("run `{fix}` to regenerate, then review `git diff`");
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}

/// "line N: - old / + new" for the first differing line.
fn first_difference(current: &str, wanted: &str) -> String {
    let (mut a, mut b) = (current.lines(), wanted.lines());
    let mut n = 0;
    loop {
        n += 1;
        match (a.next(), b.next()) {
            (Some(x), Some(y)) if x == y => {}
            (x, y) => {
                let cut = |s: Option<&str>| match s {
                    None => "<end of file>".to_string(),
                    Some(s) if s.chars().count() > 100 => {
                        format!("{}…", s.chars().take(100).collect::<String>())
                    }
                    Some(s) => s.to_string(),
                };
                if x.is_none() && y.is_none() {
                    return "differs only in line endings or the final newline".into();
                }
                return format!(
                    "first difference at line {n}:\n  - {}\n  + {}",
                    cut(x),
                    cut(y)
                );
            }
        }
    }
}
