//! `cargo xtask wasm [--test]`: the WebAssembly package `secu-wasm`.
//!
//! Three modules (`MODULES`: `secu_wasm` for assessments and NIR checks,
//! `secu_case` for case files, `secu_codes` for `assess` with `detail:
//! 'codes'`, to which the glue of `secu_wasm` hands those calls), each a
//! release `.wasm` of `crates/secu-wasm` built with one cargo feature
//! (profile `wasm-release`, or `wasm-fast` for `secu_codes`), `wasm-bindgen --target web` and
//! `--target nodejs` with the CLI pinned to the `wasm-bindgen` version of
//! `Cargo.lock`, `wasm-opt -Oz` (`-O3` for `secu_codes`) from the npm package `binaryen` (Debian's
//! binaryen 108 produces modules that fail to load), the host-import check,
//! the size budget, and the npm folder `<target>/npm/secu-wasm/`. Tools are
//! installed only when missing. `--test` adds the wasm-bindgen tests under
//! Node and the equivalence with the native CLI on `examples/`.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use anyhow::{Context, Result, bail};

/// The size budget of each optimised `.wasm`, gzipped: 200 KB per module
/// (raised from issue 4's 150 KB by the project's budget of 2026-12; read
/// as 200,000 bytes, the stricter reading).
const GZIP_BUDGET: u64 = 200_000;
/// The package's modules, each built from `crates/secu-wasm` with one cargo
/// feature: its name (files `<name>.js`, `<name>_bg.wasm`, `<name>.d.ts`),
/// the feature, and the ceiling the build enforces on its gzipped size
/// (never above the budget). `secu_wasm` (assess, checkNir, schema,
/// version) is what every page loads; `secu_case` (newCase, recordEvent,
/// caseStatus, allowedEvents, version) only a page that tracks a case. One
/// module with everything was 158,598 bytes gzipped on 2026-11-27, over the
/// budget. Each ceiling is the module's size that day (114,547 and 145,148
/// bytes) plus about 2 %, so that growth shows before the budget is hit:
/// lower them with every saving; never raise them without saying why.
/// Raised on 2026-12-06 with the hardening issue (budget now 200,000): its
/// localised error messages (about 170 new texts in English and French:
/// input, policy and case-file errors, refusals, receipts), the plausibility
/// checks, the id index, the case checks (future dates, time order,
/// receipts) and the procedure's new rules brought the modules to about
/// 136,800 and 169,500 bytes; the ceilings are those sizes plus about 2 %.
/// Raised again on 2026-12-06 with issue 12 (items 4 and 5): the policy and
/// the events' fields are now decoded by their derived `Deserialize` (through
/// `secu::tree::Tree`) instead of ~200 lines of hand-written readers, and
/// errors carry their text keys in the binding's `Problem` (`secu::Error`):
/// 137,294 → 139,421 and 169,935 → 174,896 bytes (the error model alone:
/// +418 and +274 on 136,876 and 169,661). The ceilings are those sizes plus
/// about 2 %, still within the budget.
/// Raised again the same day when the rest of issue 12 and issue 15 were
/// merged: the form table exported to the page (`formShape`, serialised by
/// serde rather than a hand-written writer), the rules' named thresholds and
/// `detail: 'codes'` (the compact view of the assessment and its serialiser):
/// 145,031 and 176,742 bytes, ceilings those sizes plus about 2 %.
/// `secu_wasm` raised again with issue 13: `assess(h, { partial: true })`
/// links the core's intake (`secu::intake`: partial decoding, the
/// representatives of each unknown fact, the enumeration of completions, the
/// questions and their texts in English and French). As the intake branch
/// wrote it, it brought the module to 210,562 bytes, over the budget: chrono's
/// parser and strftime back (two date conversions), the standard sorts and
/// B-trees (three sorts, eight sets and maps) and a second serializer of
/// every output type (`serde_json::to_value`). With the core's own ISO
/// writer and parser, `small_sort_by`, `SmallSet`/`SmallMap` and
/// `tree::to_tree` instead (same results, `tests/it/intake.rs`): 173,122
/// bytes (+28.1 KB for the intake itself); ceiling that plus about 2 %.
/// `secu_case` does not link the intake, but its assessment carries the
/// intake's outputs (`complete`, `questions`, `provisional`: 179,293 bytes)
/// and, once issue 13's recorded evaluation was merged, every fact the rules
/// read goes through an accessor of `Cx` (monomorphised to the plain read in
/// the complete path, but more, smaller functions): 180,823 bytes, over its
/// ceiling of 180,300; raised to that plus about 2 % (the CI run of
/// 2026-12-06 20:48 measured both modules: `secu_wasm` 173,363).
/// Set again with issue 14 (languages): with `fluent-bundle` and the English
/// resource inside, the modules measured 268,167 and 273,248 bytes, over the
/// budget; with the core's compact renderer instead (`secu::l10n::compact`,
/// feature `fluent` off) and no language embedded (each, English too, is
/// added from `web/l10n/<tag>.msg` and `.tsv`): 188,900 and 184,018 bytes.
/// The ceilings are those sizes plus about 2 %; adding a language no longer
/// changes them. Once the rest of issue 14 was merged on top (the texts'
/// fixes: the person's sex everywhere, list separators and display widths
/// from the resources, the sex question; the server's languages), the
/// modules measured 191,997 and 185,786 bytes (2026-12-07 03:23): ceilings
/// those sizes plus about 2 %.
/// The third, `secu_codes` (issue 15), is `assess` with `detail: 'codes'`
/// alone, compiled for speed (profile `wasm-fast`, `opt-level = 3`, and
/// `wasm-opt -O3`); the package's `assess` hands it those calls (the glue
/// of `secu_wasm` is patched by [`route_codes`]). It measured 148,786 bytes
/// gzipped on 2026-12-07 (50 KB under the budget: no language, report
/// rendering or intake); ceiling that plus about 2 %. Its fourth session
/// (2026-12-07 08:43) decodes the household with serde's derived decoders
/// (three times faster than through the JSON tree) and writes the codes
/// view with the core's own writer: 181,043 bytes (+30 KB, the decoders;
/// `assess` text to text 59 → 34 µs of CPU, README); ceiling that plus
/// about 2 %, under the budget.
const MODULES: [Module; 3] = [
    Module {
        name: "secu_wasm",
        feature: "assess",
        ceiling: 195_800,
        profile: PROFILE,
        wasm_opt: "-Oz",
    },
    Module {
        name: "secu_case",
        feature: "case",
        ceiling: 189_500,
        profile: PROFILE,
        wasm_opt: "-Oz",
    },
    Module {
        name: "secu_codes",
        feature: "codes",
        ceiling: 184_700,
        profile: "wasm-fast",
        wasm_opt: "-O3",
    },
];

/// A module of the package (see [`MODULES`]).
struct Module {
    /// Its files: `<name>.js`, `<name>_bg.wasm`, `<name>.d.ts`.
    name: &'static str,
    /// The cargo feature of `crates/secu-wasm` it is built with.
    feature: &'static str,
    /// The most bytes its gzipped `.wasm` may have.
    ceiling: u64,
    /// The cargo profile (`wasm-release`: for size; `wasm-fast`: for speed).
    profile: &'static str,
    /// The `wasm-opt` level.
    wasm_opt: &'static str,
}
/// The npm `binaryen` version installed when missing (checked on this kind of machine).
const BINARYEN_VERSION: &str = "132.0.0";
/// The npm `typescript` version that checks the package's declarations.
const TYPESCRIPT_VERSION: &str = "5.9.3";
const TARGET: &str = "wasm32-unknown-unknown";
const PROFILE: &str = "wasm-release";

pub(crate) fn run_cmd(title: &str, c: &mut Command) -> Result<()> {
    eprintln!("\n==> {title}");
    let t = Instant::now();
    let status = c
        .status()
        .with_context(|| format!("cannot start {title}"))?;
    if !status.success() {
        bail!("{title} failed ({status})");
    }
    eprintln!("==> {title}: ok in {:.1} s", t.elapsed().as_secs_f64());
    Ok(())
}

fn stdout_of(c: &mut Command) -> Option<String> {
    let out = c.stderr(Stdio::null()).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

/// The `wasm-bindgen` version in `Cargo.lock`.
fn locked_wasm_bindgen(root: &Path) -> Result<String> {
    let lock = fs::read_to_string(root.join("Cargo.lock")).context("reading Cargo.lock")?;
    let mut lines = lock.lines();
    while let Some(l) = lines.next() {
        if l.trim() == "name = \"wasm-bindgen\""
            && let Some(v) = lines
                .next()
                .and_then(|v| v.trim().strip_prefix("version = \""))
                .and_then(|v| v.strip_suffix('"'))
        {
            return Ok(v.to_owned());
        }
    }
    bail!("no wasm-bindgen in Cargo.lock")
}

/// `wasm-bindgen` at exactly `version`, installed only when it does not match.
fn ensure_wasm_bindgen(version: &str) -> Result<()> {
    let current = stdout_of(Command::new("wasm-bindgen").arg("--version")).unwrap_or_default();
    if current.split_whitespace().nth(1) == Some(version) {
        eprintln!("wasm-bindgen {version}: present");
        return Ok(());
    }
    let exact = format!("={version}");
    let locked = run_cmd(
        "install wasm-bindgen-cli (--locked)",
        Command::new("cargo").args([
            "install",
            "wasm-bindgen-cli",
            "--version",
            &exact,
            "--locked",
        ]),
    );
    if locked.is_err() {
        // Its lockfile may pin a version the registry here does not serve.
        run_cmd(
            "install wasm-bindgen-cli",
            Command::new("cargo").args(["install", "wasm-bindgen-cli", "--version", &exact]),
        )?;
    }
    Ok(())
}

/// The release `secu` binary (`<target>/release/secu`), which the
/// equivalence check and the page's test compare against.
pub(crate) fn build_cli(root: &Path) -> Result<()> {
    run_cmd(
        "build the native CLI",
        Command::new("cargo")
            .args(["build", "-p", "secu-cli", "--release", "--locked"])
            .current_dir(root),
    )
}

/// The npm package `package` at exactly `version`, installed under
/// `<target>/tools/<package>` only when that version is not there already
/// (read from its own `package.json`). Returns the install folder.
pub(crate) fn npm_tool(target: &Path, package: &str, version: &str) -> Result<PathBuf> {
    let dir = target.join("tools").join(package);
    let manifest = dir.join("node_modules").join(package).join("package.json");
    let installed = fs::read_to_string(&manifest)
        .ok()
        .and_then(|s| serde_json::from_str::<serde_json::Value>(&s).ok())
        .and_then(|v| v.get("version").and_then(|v| v.as_str().map(str::to_owned)));
    if installed.as_deref() != Some(version) {
        fs::create_dir_all(&dir)?;
        run_cmd(
            &format!("install {package} {version} (npm)"),
            Command::new("npm")
                .args(["install", "--no-audit", "--no-fund", "--prefix"])
                .arg(&dir)
                .arg(format!("{package}@{version}")),
        )?;
    }
    Ok(dir)
}

/// Compiles `js/types-check.ts` with `tsc --strict` against the web build's
/// declarations: every export used with its types, and lines that must not
/// compile (`@ts-expect-error`).
fn check_types(root: &Path, target: &Path, pkg: &Path) -> Result<()> {
    let tools = npm_tool(target, "typescript", TYPESCRIPT_VERSION)?;
    let tsc = tools.join("node_modules/.bin/tsc");
    let config = tools.join("tsconfig.secu.json");
    let path = |p: &Path| serde_json::Value::from(p.display().to_string());
    let tsconfig = serde_json::json!({
        "compilerOptions": {
            "strict": true,
            "noEmit": true,
            "target": "es2022",
            "module": "es2022",
            "moduleResolution": "bundler",
            "lib": ["es2022", "dom"],
            "types": [],
            "paths": {
                "secu-wasm": [path(&pkg.join("web/secu_wasm.d.ts"))],
                "secu-wasm/case": [path(&pkg.join("web/secu_case.d.ts"))]
            }
        },
        "files": [path(&root.join("crates/secu-wasm/js/types-check.ts"))]
    });
    fs::write(&config, serde_json::to_string_pretty(&tsconfig)?)?;
    run_cmd(
        "TypeScript: the declarations compile and are strict (tsc --strict)",
        Command::new(&tsc).arg("-p").arg(&config),
    )
}

/// The package as installed in a project, under Node's ES modules: a folder
/// `<target>/npm/esm-test` whose `node_modules/secu-wasm` is the package
/// runs `js/esm.mjs` (the documented `import init, { assess } from
/// 'secu-wasm'; await init()`, through the `exports` conditions) and
/// compiles `js/esm-types.mts` with `tsc --strict` and Node's own module
/// resolution (`node16`), which reads the `.d.mts` of that condition.
fn check_node_esm(root: &Path, target: &Path, pkg: &Path) -> Result<()> {
    let dir = target.join("npm/esm-test");
    if dir.exists() {
        fs::remove_dir_all(&dir)?;
    }
    let modules = dir.join("node_modules/secu-wasm");
    fs::create_dir_all(&modules)?;
    // A copy, not a link: Node resolves a linked package from its real path.
    copy_dir(pkg, &modules)?;
    fs::write(
        dir.join("package.json"),
        "{ \"type\": \"module\", \"private\": true }\n",
    )?;
    let js = root.join("crates/secu-wasm/js");
    fs::copy(js.join("esm.mjs"), dir.join("esm.mjs"))?;
    fs::copy(js.join("esm-types.mts"), dir.join("esm-types.mts"))?;
    run_cmd(
        "the package under Node ESM (import init, { assess } from 'secu-wasm')",
        Command::new("node").arg("esm.mjs").current_dir(&dir),
    )?;
    let tsc = npm_tool(target, "typescript", TYPESCRIPT_VERSION)?.join("node_modules/.bin/tsc");
    let tsconfig = serde_json::json!({
        "compilerOptions": {
            "strict": true,
            "noEmit": true,
            "target": "es2022",
            "module": "node16",
            "moduleResolution": "node16",
            "lib": ["es2022"],
            "types": []
        },
        "files": ["esm-types.mts"]
    });
    fs::write(
        dir.join("tsconfig.json"),
        serde_json::to_string_pretty(&tsconfig)?,
    )?;
    run_cmd(
        "TypeScript: the Node ESM declarations (tsc --strict, moduleResolution node16)",
        Command::new(&tsc).arg("-p").arg(dir.join("tsconfig.json")),
    )
}

fn copy_dir(from: &Path, to: &Path) -> Result<()> {
    fs::create_dir_all(to)?;
    for entry in fs::read_dir(from)? {
        let entry = entry?;
        let dst = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &dst)?;
        } else {
            fs::copy(entry.path(), dst)?;
        }
    }
    Ok(())
}

fn gzip_size(file: &Path) -> Result<u64> {
    let out = Command::new("gzip")
        .args(["-9", "-c"])
        .arg(file)
        .output()
        .context("running gzip")?;
    if !out.status.success() {
        bail!("gzip failed");
    }
    Ok(out.stdout.len() as u64)
}

pub(crate) fn run(root: &Path, target: &Path, test: bool) -> Result<()> {
    let t = Instant::now();
    // The .d.ts must match the core's types.
    if crate::sync(
        root,
        &crate::ts::files(root)?,
        true,
        "cargo xtask wasm-types",
    )? != std::process::ExitCode::SUCCESS
    {
        bail!("crates/secu-wasm/types/secu.d.ts is stale");
    }
    let version = locked_wasm_bindgen(root)?;
    ensure_wasm_bindgen(&version)?;
    let wasm_opt =
        npm_tool(target, "binaryen", BINARYEN_VERSION)?.join("node_modules/.bin/wasm-opt");

    let pkg = target.join("npm/secu-wasm");
    if pkg.exists() {
        fs::remove_dir_all(&pkg)?;
    }
    let staging = target.join("wasm-modules");
    fs::create_dir_all(&staging)?;
    let mut sizes = Vec::new();
    for Module {
        name,
        feature,
        ceiling,
        profile,
        wasm_opt: level,
    } in MODULES
    {
        run_cmd(
            &format!("build the release .wasm ({name}: feature {feature})"),
            Command::new("cargo")
                .args([
                    "build",
                    "-p",
                    "secu-wasm",
                    "--locked",
                    "--target",
                    TARGET,
                    "--profile",
                    profile,
                    "--no-default-features",
                    "--features",
                    feature,
                ])
                .current_dir(root),
        )?;
        // Each build overwrites the crate's one output: keep a copy by name.
        let built = staging.join(format!("{name}.wasm"));
        fs::copy(
            target.join(TARGET).join(profile).join("secu_wasm.wasm"),
            &built,
        )?;
        for (flavour, dir) in [("web", "web"), ("nodejs", "node")] {
            let out = pkg.join(dir);
            run_cmd(
                &format!("wasm-bindgen --target {flavour} ({name})"),
                Command::new("wasm-bindgen")
                    .args(["--target", flavour, "--out-name", name, "--out-dir"])
                    .arg(&out)
                    .arg(&built),
            )?;
            let wasm = out.join(format!("{name}_bg.wasm"));
            run_cmd(
                &format!("wasm-opt {level} ({dir}/{name})"),
                Command::new(&wasm_opt)
                    .arg(level)
                    .arg(&wasm)
                    .arg("-o")
                    .arg(&wasm),
            )?;
            let kind = if dir == "web" { "module" } else { "commonjs" };
            fs::write(
                out.join("package.json"),
                format!("{{ \"type\": \"{kind}\" }}\n"),
            )?;
            if name == "secu_wasm" {
                route_codes(root, &out, dir)?;
            }
            let dts = fs::read_to_string(out.join(format!("{name}.d.ts")))?;
            if let Some(line) = crate::ts::uses_any(&public_api(&dts)) {
                bail!("{dir}/{name}.d.ts uses `any`: {line}");
            }
            if dir == "node" {
                let (mjs, dmts) = node_esm(name, &dts)?;
                fs::write(out.join(format!("{name}.mjs")), mjs)?;
                fs::write(out.join(format!("{name}.d.mts")), dmts)?;
            }
        }
        let web_wasm = pkg.join(format!("web/{name}_bg.wasm"));
        run_cmd(
            &format!("host imports of {name}_bg.wasm"),
            Command::new("node")
                .arg(root.join("crates/secu-wasm/js/check-imports.cjs"))
                .arg(&web_wasm),
        )?;
        let raw = fs::metadata(&web_wasm)?.len();
        let gz = gzip_size(&web_wasm)?;
        let before = fs::metadata(&built)?.len();
        sizes.push((name, gz, ceiling));
        println!(
            "{name}_bg.wasm: {raw} bytes ({:.1} KB), {gz} bytes gzipped ({:.1} KB); before wasm-opt {before} bytes",
            raw as f64 / 1000.0,
            gz as f64 / 1000.0,
        );
    }
    fs::copy(
        root.join("crates/secu-wasm/npm/README.md"),
        pkg.join("README.md"),
    )?;
    fs::write(
        pkg.join("package.json"),
        package_json(&crate_version(root)?),
    )?;
    // The languages: the modules embed none; each is added from its compiled
    // messages and country table (`addLanguage(tag, msg, tsv)`).
    fs::create_dir_all(pkg.join("l10n"))?;
    for entry in fs::read_dir(root.join("web/l10n"))? {
        let entry = entry?;
        fs::copy(entry.path(), pkg.join("l10n").join(entry.file_name()))?;
    }
    for (name, gz, _) in &sizes {
        if *gz > GZIP_BUDGET {
            println!(
                "size budget {GZIP_BUDGET} bytes gzipped per module: NOT MET by {name} ({gz} bytes, {} over)",
                gz - GZIP_BUDGET
            );
        } else {
            println!(
                "size budget {GZIP_BUDGET} bytes gzipped per module: met by {name} ({gz} bytes, {} to spare)",
                GZIP_BUDGET - gz
            );
        }
    }
    println!("package: {}", pkg.display());

    // The page web/ loads the web build from web/pkg/ (ignored by git).
    let web_pkg = root.join("web/pkg");
    fs::create_dir_all(&web_pkg)?;
    for Module { name, .. } in MODULES {
        for f in [
            format!("{name}.js"),
            format!("{name}_bg.wasm"),
            format!("{name}.d.ts"),
        ] {
            fs::copy(pkg.join("web").join(&f), web_pkg.join(&f))
                .with_context(|| format!("copying {f} into web/pkg/"))?;
        }
    }
    println!(
        "page: {} (serve web/ with any static server)",
        root.join("web").display()
    );

    if test {
        check_types(root, target, &pkg)?;
        check_node_esm(root, target, &pkg)?;
        run_cmd(
            "wasm-bindgen tests under Node",
            Command::new("cargo")
                .args(["test", "-p", "secu-wasm", "--locked", "--target", TARGET])
                .env(
                    "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER",
                    "wasm-bindgen-test-runner",
                )
                .current_dir(root),
        )?;
        run_cmd(
            "native tests of secu-wasm",
            Command::new("cargo")
                .args(["test", "-p", "secu-wasm", "--locked"])
                .current_dir(root),
        )?;
        build_cli(root)?;
        run_cmd(
            "equivalence with the CLI (assess on examples/, a case file read back)",
            Command::new("node")
                .arg(root.join("crates/secu-wasm/js/equivalence.cjs"))
                .arg(&pkg)
                .arg(target.join("release/secu"))
                .arg(root.join("examples")),
        )?;
    }
    eprintln!("\nwasm: done in {:.0} s", t.elapsed().as_secs_f64());
    // Checked last so that --test still reports on everything else.
    for (name, gz, ceiling) in sizes {
        if gz > ceiling {
            bail!(
                "{name}_bg.wasm: {gz} bytes gzipped > its ceiling {ceiling} (budget {GZIP_BUDGET} per module)"
            );
        }
    }
    Ok(())
}

/// Routes the package's `assess` with `detail: 'codes'` to the codes
/// module (issue 15): appends `crates/secu-wasm/js/codes-glue.{node,web}.js`
/// to the glue of `secu_wasm` in `out` (flavour `dir`), which wraps its
/// `assess`, and declares `initCodes` in its `.d.ts`. Under Node the codes
/// module is loaded on the first such call; in a page, after `initCodes()`
/// (a page that never asks for codes never loads it).
fn route_codes(root: &Path, out: &Path, dir: &str) -> Result<()> {
    let glue = out.join("secu_wasm.js");
    let js = fs::read_to_string(&glue)?;
    let snippet =
        fs::read_to_string(root.join(format!("crates/secu-wasm/js/codes-glue.{dir}.js")))?;
    let (from, to) = if dir == "web" {
        (
            "export function assess(household, options) {",
            "function assessMain(household, options) {",
        )
    } else {
        ("exports.assess = assess;\n", "")
    };
    if js.matches(from).count() != 1 {
        bail!("{dir}/secu_wasm.js: no `{from}` to route (wasm-bindgen's glue changed?)");
    }
    fs::write(&glue, js.replacen(from, to, 1) + &snippet)?;
    let dts_file = out.join("secu_wasm.d.ts");
    let dts = fs::read_to_string(&dts_file)?;
    let input = if dir == "web" {
        "module_or_path?: InitInput | Promise<InitInput>"
    } else {
        "module_or_path?: unknown"
    };
    let decl = [
        "",
        "/**",
        " * Loads the codes module (`secu_codes`), to which `assess` then hands",
        " * the calls with `detail: 'codes'` (issue 15: the same answers, several",
        " * times faster). In a page, until this has resolved, `assess` gives them",
        " * itself; under Node the module loads on the first such call (the",
        " * argument is then ignored).",
        " */",
        &format!("export function initCodes({input}): Promise<void>;"),
        "",
    ]
    .join("\n");
    fs::write(&dts_file, dts + &decl)?;
    Ok(())
}

/// The Node ES module of `name` (`node/<name>.mjs`) and its declarations
/// (`.d.mts`): the CommonJS build's exports, named, plus the web build's
/// `init` (default export) and `initSync`, which resolve at once (Node loads
/// the `.wasm` on import). So `import init, { assess } from 'secu-wasm';
/// await init()` runs unchanged in a page and under Node ESM, where the
/// CommonJS build alone has no default export (`init is not a function`).
fn node_esm(name: &str, dts: &str) -> Result<(String, String)> {
    let api = public_api(dts);
    let exports: Vec<&str> = api
        .lines()
        .filter_map(|l| l.strip_prefix("export function "))
        .filter_map(|l| l.split(['(', '<']).next())
        .map(str::trim)
        .collect();
    if exports.is_empty() {
        bail!("node/{name}.d.ts declares no function");
    }
    let mjs = format!(
        "// Generated by `cargo xtask wasm`: the Node ES module of {name} (the CommonJS\n\
         // build, loaded on import), with the web build's init API.\n\
         import {{ createRequire }} from 'node:module';\n\
         const cjs = createRequire(import.meta.url)('./{name}.js');\n\
         export const {{ {list} }} = cjs;\n\
         /** As the web build's `init`: resolves at once (the module is loaded on import). */\n\
         export default async function init(_options) {{ return cjs; }}\n\
         /** As the web build's `initSync`. */\n\
         export function initSync(_options) {{ return cjs; }}\n",
        list = exports.join(", ")
    );
    let dmts = format!(
        "// Generated by `cargo xtask wasm`: the declarations of {name}.mjs.\n\
         export * from './{name}.js';\n\
         /** As the web build's `init`: resolves at once under Node (the module is loaded on import); its argument is ignored. */\n\
         export default function init(options?: unknown): Promise<unknown>;\n\
         /** As the web build's `initSync`; its argument is ignored. */\n\
         export function initSync(options?: unknown): unknown;\n"
    );
    Ok((mjs, dmts))
}

/// The `.d.ts` without wasm-bindgen's `InitOutput` (the raw ABI of the
/// module's exports, `any` for externrefs: not the public API).
fn public_api(dts: &str) -> String {
    let mut out = String::new();
    let mut skipping = false;
    for l in dts.lines() {
        if l.starts_with("export interface InitOutput") {
            skipping = true;
        }
        if !skipping {
            out.push_str(l);
            out.push('\n');
        }
        if skipping && l.starts_with('}') {
            skipping = false;
        }
    }
    out
}

fn crate_version(root: &Path) -> Result<String> {
    let toml = fs::read_to_string(root.join("Cargo.toml"))?;
    toml.lines()
        .skip_while(|l| l.trim() != "[workspace.package]")
        .find_map(|l| {
            l.trim()
                .strip_prefix("version = \"")
                .and_then(|v| v.strip_suffix('"'))
        })
        .map(str::to_owned)
        .context("no [workspace.package] version")
}

fn package_json(version: &str) -> String {
    format!(
        r#"{{
  "name": "secu-wasm",
  "version": "{version}",
  "description": "French health insurance (Sécurité sociale) for foreign employees and their families: the secu rules library in WebAssembly",
  "license": "MIT OR Apache-2.0",
  "type": "module",
  "main": "./node/secu_wasm.js",
  "module": "./web/secu_wasm.js",
  "types": "./web/secu_wasm.d.ts",
  "sideEffects": ["./web/secu_wasm.js", "./node/secu_wasm.js", "./node/secu_wasm.mjs", "./web/secu_case.js", "./node/secu_case.js", "./node/secu_case.mjs", "./web/secu_codes.js", "./node/secu_codes.js"],
  "files": ["web", "node", "l10n", "README.md"],
  "exports": {{
    ".": {{
      "node": {{
        "import": {{
          "types": "./node/secu_wasm.d.mts",
          "default": "./node/secu_wasm.mjs"
        }},
        "require": {{
          "types": "./node/secu_wasm.d.ts",
          "default": "./node/secu_wasm.js"
        }}
      }},
      "browser": {{
        "types": "./web/secu_wasm.d.ts",
        "default": "./web/secu_wasm.js"
      }},
      "default": {{
        "types": "./web/secu_wasm.d.ts",
        "default": "./web/secu_wasm.js"
      }}
    }},
    "./case": {{
      "node": {{
        "import": {{
          "types": "./node/secu_case.d.mts",
          "default": "./node/secu_case.mjs"
        }},
        "require": {{
          "types": "./node/secu_case.d.ts",
          "default": "./node/secu_case.js"
        }}
      }},
      "browser": {{
        "types": "./web/secu_case.d.ts",
        "default": "./web/secu_case.js"
      }},
      "default": {{
        "types": "./web/secu_case.d.ts",
        "default": "./web/secu_case.js"
      }}
    }},
    "./l10n/*": "./l10n/*",
    "./web": {{
      "types": "./web/secu_wasm.d.ts",
      "default": "./web/secu_wasm.js"
    }},
    "./node": {{
      "import": {{
        "types": "./node/secu_wasm.d.mts",
        "default": "./node/secu_wasm.mjs"
      }},
      "require": {{
        "types": "./node/secu_wasm.d.ts",
        "default": "./node/secu_wasm.js"
      }}
    }},
    "./web/case": {{
      "types": "./web/secu_case.d.ts",
      "default": "./web/secu_case.js"
    }},
    "./node/case": {{
      "import": {{
        "types": "./node/secu_case.d.mts",
        "default": "./node/secu_case.mjs"
      }},
      "require": {{
        "types": "./node/secu_case.d.ts",
        "default": "./node/secu_case.js"
      }}
    }},
    "./secu_wasm_bg.wasm": "./web/secu_wasm_bg.wasm",
    "./secu_case_bg.wasm": "./web/secu_case_bg.wasm",
    "./secu_codes_bg.wasm": "./web/secu_codes_bg.wasm",
    "./package.json": "./package.json"
  }}
}}
"#
    )
}
