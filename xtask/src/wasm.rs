//! `cargo xtask wasm [--test]`: the WebAssembly package `secu-wasm`.
//!
//! Release `.wasm` (profile `wasm-release`), `wasm-bindgen --target web` and
//! `--target nodejs` with the CLI pinned to the `wasm-bindgen` version of
//! `Cargo.lock`, `wasm-opt -Oz` from the npm package `binaryen` (Debian's
//! binaryen 108 produces modules that fail to load), the host-import check,
//! the size budget, and the npm folder `<target>/npm/secu-wasm/`. Tools are
//! installed only when missing. `--test` adds the wasm-bindgen tests under
//! Node and the equivalence with the native CLI on `examples/`.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use anyhow::{Context, Result, bail};

/// The size budget of the optimised `.wasm`, gzipped, set by issue 4. Not
/// met yet: the figure is printed against it at every build.
const GZIP_BUDGET: u64 = 150 * 1024;
/// The ceiling the build enforces meanwhile: the size reached (193,981 bytes
/// gzipped on 2026-11-27) plus about 2 %, so that any growth fails CI and each
/// saving can lower it. Lower it with every saving; never raise it without
/// saying why in the commit.
const GZIP_CEILING: u64 = 197_500;
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
            "paths": { "secu-wasm": [path(&pkg.join("web/secu_wasm.d.ts"))] }
        },
        "files": [path(&root.join("crates/secu-wasm/js/types-check.ts"))]
    });
    fs::write(&config, serde_json::to_string_pretty(&tsconfig)?)?;
    run_cmd(
        "TypeScript: the declarations compile and are strict (tsc --strict)",
        Command::new(&tsc).arg("-p").arg(&config),
    )
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

    run_cmd(
        "build the release .wasm",
        Command::new("cargo")
            .args([
                "build",
                "-p",
                "secu-wasm",
                "--locked",
                "--target",
                TARGET,
                "--profile",
                PROFILE,
            ])
            .current_dir(root),
    )?;
    let built = target.join(TARGET).join(PROFILE).join("secu_wasm.wasm");
    let pkg = target.join("npm/secu-wasm");
    if pkg.exists() {
        fs::remove_dir_all(&pkg)?;
    }
    for (flavour, dir) in [("web", "web"), ("nodejs", "node")] {
        let out = pkg.join(dir);
        run_cmd(
            &format!("wasm-bindgen --target {flavour}"),
            Command::new("wasm-bindgen")
                .args(["--target", flavour, "--out-name", "secu_wasm", "--out-dir"])
                .arg(&out)
                .arg(&built),
        )?;
        let wasm = out.join("secu_wasm_bg.wasm");
        run_cmd(
            &format!("wasm-opt -Oz ({dir})"),
            Command::new(&wasm_opt)
                .arg("-Oz")
                .arg(&wasm)
                .arg("-o")
                .arg(&wasm),
        )?;
        let kind = if dir == "web" { "module" } else { "commonjs" };
        fs::write(
            out.join("package.json"),
            format!("{{ \"type\": \"{kind}\" }}\n"),
        )?;
        let dts = fs::read_to_string(out.join("secu_wasm.d.ts"))?;
        if let Some(line) = crate::ts::uses_any(&public_api(&dts)) {
            bail!("{dir}/secu_wasm.d.ts uses `any`: {line}");
        }
    }
    let web_wasm = pkg.join("web/secu_wasm_bg.wasm");
    run_cmd(
        "host imports of the .wasm",
        Command::new("node")
            .arg(root.join("crates/secu-wasm/js/check-imports.cjs"))
            .arg(&web_wasm),
    )?;
    fs::copy(
        root.join("crates/secu-wasm/npm/README.md"),
        pkg.join("README.md"),
    )?;
    fs::write(
        pkg.join("package.json"),
        package_json(&crate_version(root)?),
    )?;

    let raw = fs::metadata(&web_wasm)?.len();
    let gz = gzip_size(&web_wasm)?;
    let before = fs::metadata(&built)?.len();
    println!(
        "secu_wasm_bg.wasm: {raw} bytes ({:.1} KB), {gz} bytes gzipped ({:.1} KB); before wasm-opt {before} bytes",
        raw as f64 / 1024.0,
        gz as f64 / 1024.0,
    );
    if gz > GZIP_BUDGET {
        println!(
            "size budget {} KB gzipped: NOT MET ({:.1} KB over); enforced ceiling meanwhile: {GZIP_CEILING} bytes",
            GZIP_BUDGET / 1024,
            (gz - GZIP_BUDGET) as f64 / 1024.0
        );
    } else {
        println!("size budget {} KB gzipped: met", GZIP_BUDGET / 1024);
    }
    println!("package: {}", pkg.display());

    // The page web/ loads the web build from web/pkg/ (ignored by git).
    let web_pkg = root.join("web/pkg");
    fs::create_dir_all(&web_pkg)?;
    for f in ["secu_wasm.js", "secu_wasm_bg.wasm", "secu_wasm.d.ts"] {
        fs::copy(pkg.join("web").join(f), web_pkg.join(f))
            .with_context(|| format!("copying {f} into web/pkg/"))?;
    }
    println!(
        "page: {} (serve web/ with any static server)",
        root.join("web").display()
    );

    if test {
        check_types(root, target, &pkg)?;
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
            "equivalence with `secu assess --json` on examples/",
            Command::new("node")
                .arg(root.join("crates/secu-wasm/js/equivalence.cjs"))
                .arg(&pkg)
                .arg(target.join("release/secu"))
                .arg(root.join("examples")),
        )?;
    }
    eprintln!("\nwasm: done in {:.0} s", t.elapsed().as_secs_f64());
    // Checked last so that --test still reports on everything else.
    if gz > GZIP_CEILING {
        bail!(
            "the .wasm grew: {gz} bytes gzipped > the ceiling {GZIP_CEILING} (budget {GZIP_BUDGET})"
        );
    }
    Ok(())
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
  "sideEffects": ["./web/secu_wasm.js", "./node/secu_wasm.js"],
  "files": ["web", "node", "README.md"],
  "exports": {{
    ".": {{
      "node": {{
        "types": "./node/secu_wasm.d.ts",
        "default": "./node/secu_wasm.js"
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
    "./web": {{
      "types": "./web/secu_wasm.d.ts",
      "default": "./web/secu_wasm.js"
    }},
    "./node": {{
      "types": "./node/secu_wasm.d.ts",
      "default": "./node/secu_wasm.js"
    }},
    "./secu_wasm_bg.wasm": "./web/secu_wasm_bg.wasm",
    "./package.json": "./package.json"
  }}
}}
"#
    )
}
