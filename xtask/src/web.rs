//! The static self-service page (`web/`).
//!
//! - `cargo xtask web-labels [--check]` writes `web/labels.js`: the core's
//!   English and French labels of every code the page shows (affiliation
//!   types, bases, documents, steps, actors, milestones…) and the country
//!   names, so the page holds no rule text of its own.
//! - `cargo xtask web-test` runs the end-to-end test of the page in headless
//!   Chromium (`web/tests/e2e.mjs`) against the package `cargo xtask wasm`
//!   built, then the team page's (`web/tests/team-e2e.mjs`, against
//!   `secu serve --db`); `--team` runs the latter only.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use anyhow::{Result, bail};
use secu::Lang;
use secu::country::Country;
use secu::model::{ActivityKind, Certificate, NirStatus, Permit, Relationship, Sector, Sex};
use secu::output::{
    Actor, Affiliation, Alt, Basis, DependentStatus, DocKind, DsnIdentifier, FundKind,
    MilestoneKind, StepId, StepStatus,
};
use secu::text::T;
use secu_case::EventKind;
use secu_case::machine::{Phase, TrackKind};
use strum::IntoEnumIterator;

use crate::wasm::{build_cli, npm_tool, run_cmd};

/// playwright-core from npm (drives the system Chromium; never downloads a browser).
const PLAYWRIGHT_VERSION: &str = "1.65.1";
/// Debian's Chromium.
const CHROMIUM: &str = "/usr/bin/chromium";

// ---------------------------------------------------------------------------
// web/labels.js

/// The generated files and their contents: `web/labels.js`, and each
/// language's resources beside the page, which the page fetches the first
/// time the language is chosen (English too: the WebAssembly modules embed
/// no language): `web/l10n/<tag>.msg`, its FTL resource compiled for the
/// modules' compact renderer (`secu::l10n::compact`), and `web/l10n/<tag>.tsv`,
/// its country table. A resource that is incomplete or uses Fluent beyond
/// what the compact renderer has is refused here, with its problems.
pub(crate) fn label_files(root: &Path) -> Result<Vec<(PathBuf, String)>> {
    let mut files = Vec::new();
    for lang in Lang::ALL {
        let tag = lang.tag();
        let read = |from: &str| {
            std::fs::read_to_string(root.join(from))
                .map_err(|e| anyhow::anyhow!("reading {from}: {e}"))
        };
        let from = format!("crates/secu/l10n/{tag}/secu.ftl");
        let ftl = read(&from)?;
        let mut problems = secu::l10n::check_source(&ftl);
        let compiled = secu::l10n::compact::compile(&ftl).unwrap_or_else(|p| {
            problems.extend(p);
            String::new()
        });
        if !problems.is_empty() {
            bail!(
                "{from}: cannot be compiled for the WebAssembly modules ({} problems):\n  {}",
                problems.len(),
                problems.join("\n  ")
            );
        }
        files.push((root.join(format!("web/l10n/{tag}.msg")), compiled));
        let from = format!("crates/secu/src/data/l10n/countries/{tag}.tsv");
        let tsv = read(&from)?;
        // Loaded, so that `labels.js` has each language's own separators
        // (`report::colon`, from its resource); a language embedded already
        // or incomplete keeps what the core has (the completeness test fails
        // on the latter).
        if !lang.is_available() {
            let _ = secu::l10n::add_language(lang, &ftl, &tsv);
        }
        files.push((root.join(format!("web/l10n/{tag}.tsv")), tsv));
    }
    files.insert(0, (root.join("web/labels.js"), labels_js()));
    Ok(files)
}

/// One `name: { code: "message-id", … }` table: the page renders each
/// message in its language through the module (`text(lang, id)`).
fn table<E: Copy>(
    out: &mut String,
    name: &str,
    items: impl Iterator<Item = E>,
    code: fn(E) -> &'static str,
    text: fn(E) -> T,
) {
    let _ = writeln!(out, "  {}: {{", js_string(name));
    for e in items {
        let _ = writeln!(
            out,
            "    {}: {},",
            js_string(code(e)),
            js_string(text(e).id())
        );
    }
    out.push_str("  },\n");
}

/// A table of the texts `{prefix}{PascalCaseCode}` of each code; a code
/// without its text gets its code as label (and a warning on stderr).
fn by_prefix(
    out: &mut String,
    name: &str,
    prefix: &str,
    codes: impl Iterator<Item = &'static str>,
) {
    let _ = writeln!(out, "  {name}: {{");
    for code in codes {
        let pascal: String = code
            .split('_')
            .map(|w| {
                let mut c = w.chars();
                c.next()
                    .map(|f| f.to_uppercase().chain(c).collect::<String>())
                    .unwrap_or_default()
            })
            .collect();
        let wanted = format!("{prefix}{pascal}");
        let t = T::iter().find(|t| <&str>::from(*t) == wanted);
        let id = t.map_or_else(
            || {
                eprintln!("web-labels: no text {wanted} for {name} {code}");
                code
            },
            T::id,
        );
        let _ = writeln!(out, "    {}: {},", js_string(code), js_string(id));
    }
    out.push_str("  },\n");
}

fn js_string(s: &str) -> String {
    // JSON strings are valid JavaScript string literals.
    serde_json::Value::from(s).to_string()
}

fn labels_js() -> String {
    let mut out = String::from(
        "// Generated by `cargo xtask web-labels` from the secu core's text table: do not edit.\n\
         // code -> the Fluent message id of its label, exactly the labels of `secu assess`\n\
         // reports; the page renders it in its language with the module's `text(lang, id)`.\n\
         export const LABELS = {\n",
    );
    table(
        &mut out,
        "affiliation",
        Affiliation::iter(),
        Affiliation::code,
        Affiliation::text,
    );
    table(&mut out, "basis", Basis::iter(), Basis::code, Basis::text);
    table(
        &mut out,
        "dependent_status",
        DependentStatus::iter(),
        DependentStatus::code,
        DependentStatus::text,
    );
    table(
        &mut out,
        "fund_kind",
        FundKind::iter(),
        FundKind::code,
        FundKind::text,
    );
    table(
        &mut out,
        "milestone",
        MilestoneKind::iter(),
        MilestoneKind::code,
        MilestoneKind::text,
    );
    table(
        &mut out,
        "document",
        DocKind::iter(),
        DocKind::code,
        DocKind::text,
    );
    table(&mut out, "alternative", Alt::iter(), Alt::code, Alt::text);
    table(&mut out, "step", StepId::iter(), StepId::code, StepId::text);
    table(&mut out, "actor", Actor::iter(), Actor::code, Actor::text);
    table(
        &mut out,
        "step_status",
        StepStatus::iter(),
        StepStatus::code,
        StepStatus::text,
    );
    table(
        &mut out,
        "dsn_identifier",
        DsnIdentifier::iter(),
        DsnIdentifier::code,
        DsnIdentifier::text,
    );
    // Phases and tracks: the report's `Ph*` / `Tr*` texts, matched by name.
    by_prefix(&mut out, "phase", "Ph", Phase::iter().map(<&str>::from));
    by_prefix(&mut out, "track", "Tr", TrackKind::iter().map(<&str>::from));
    table(
        &mut out,
        "event",
        EventKind::iter(),
        EventKind::code,
        EventKind::text,
    );
    // The values of the household's fields, keyed by the field's path.
    table(
        &mut out,
        "relationship",
        Relationship::iter(),
        <&str>::from,
        Relationship::text,
    );
    table(&mut out, "sex", Sex::iter(), <&str>::from, Sex::text);
    table(
        &mut out,
        "nir_status",
        NirStatus::iter(),
        <&str>::from,
        NirStatus::text,
    );
    table(
        &mut out,
        "activity.kind",
        ActivityKind::iter(),
        <&str>::from,
        ActivityKind::text,
    );
    table(
        &mut out,
        "activity.sector",
        Sector::iter(),
        <&str>::from,
        Sector::text,
    );
    table(
        &mut out,
        "activity.posting.certificate",
        Certificate::iter(),
        <&str>::from,
        Certificate::text,
    );
    table(
        &mut out,
        "residence.permit",
        Permit::iter(),
        <&str>::from,
        Permit::text,
    );
    out.push_str(
        "};\n\n// The known ISO codes, in code order (names: the module's `countryName(lang, code)`).\nexport const COUNTRIES = [\n",
    );
    for c in Country::all() {
        let _ = writeln!(out, "  {},", js_string(c.code()));
    }
    out.push_str("];\n");
    out.push_str(
        "\n// The languages of the picker: [BCP 47 tag, name in itself, right to left,\n\
         // the colon after a field's name (the core's `report::colon`)].\n\
         // Each is fetched from l10n/<tag>.msg and .tsv the first time it is chosen.\n\
         export const LANGUAGES = [\n",
    );
    for l in Lang::ALL {
        let _ = writeln!(
            out,
            "  [{}, {}, {}, {}],",
            js_string(l.tag()),
            js_string(l.endonym()),
            l.is_rtl(),
            js_string(secu::report::colon(l))
        );
    }
    out.push_str("];\n");
    out.push_str(&event_fields());
    out.push_str(
        "\n// Events about the household rather than one member's file, allowed at any\n\
         // time (the core's HOUSEHOLD_EVENTS): `allowedEvents` lists a member's only.\n\
         export const HOUSEHOLD_EVENTS = [",
    );
    let household: Vec<String> = secu_case::machine::HOUSEHOLD_EVENTS
        .iter()
        .map(|k| js_string(k.code()))
        .collect();
    out.push_str(&household.join(", "));
    out.push_str("];\n");
    out
}

/// `EVENT_FIELDS`: for each event, the fields it carries besides `event`,
/// read from the core's JSON Schema of `Event` (so the page's event form
/// follows the Rust type).
fn event_fields() -> String {
    let schema = schemars::generate::SchemaSettings::draft2020_12()
        .into_generator()
        .into_root_schema_for::<secu_case::Event>();
    let mut out = String::from(
        "\n// Event code -> the fields it carries besides `event` (from the core's Event schema).\n\
         export const EVENT_FIELDS = {\n",
    );
    let variants = schema
        .get("oneOf")
        .and_then(serde_json::Value::as_array)
        .cloned()
        .unwrap_or_default();
    let mut seen = 0;
    for v in &variants {
        let Some(props) = v.get("properties").and_then(serde_json::Value::as_object) else {
            continue;
        };
        let Some(code) = props
            .get("event")
            .and_then(|e| e.get("const"))
            .and_then(serde_json::Value::as_str)
        else {
            continue;
        };
        let fields: Vec<String> = props
            .keys()
            .filter(|k| *k != "event")
            .map(|k| js_string(k))
            .collect();
        let _ = writeln!(out, "  {}: [{}],", js_string(code), fields.join(", "));
        seen += 1;
    }
    out.push_str("};\n");
    // Every event kind must be in the schema: a shape change fails loudly.
    assert_eq!(
        seen,
        EventKind::iter().count(),
        "the Event schema no longer lists every event as oneOf/properties/event/const"
    );
    out
}

// ---------------------------------------------------------------------------
// cargo xtask web-test

/// Debian's Chromium, installed when missing. The CI runs as root, so
/// `apt-get` needs no `sudo` there.
fn ensure_chromium() -> Result<()> {
    if Path::new(CHROMIUM).exists() {
        return Ok(());
    }
    let installed = run_cmd(
        "install chromium (apt-get)",
        Command::new("apt-get").args(["install", "-y", "chromium"]),
    );
    if installed.is_err() {
        // A fresh machine may have no package lists yet.
        run_cmd("apt-get update", Command::new("apt-get").arg("update"))?;
        run_cmd(
            "install chromium (apt-get, after update)",
            Command::new("apt-get").args(["install", "-y", "chromium"]),
        )?;
    }
    if !Path::new(CHROMIUM).exists() {
        bail!("{CHROMIUM} is still missing after `apt-get install -y chromium`");
    }
    Ok(())
}

/// `cargo xtask web-test [--team]`: the self-service page's test, then the
/// team page's (`--team`: the team page's only, which needs no WebAssembly
/// package).
pub(crate) fn test(root: &Path, target: &Path, team_only: bool) -> Result<()> {
    if team_only {
        return team_test(root, target);
    }
    self_service_test(root, target)?;
    team_test(root, target)
}

/// The team's page (`web/tests/team-e2e.mjs`): `secu admin init` and
/// `secu serve --db` on a throwaway SQLite database, driven in Chromium.
fn team_test(root: &Path, target: &Path) -> Result<()> {
    let t = Instant::now();
    ensure_chromium()?;
    let playwright = npm_tool(target, "playwright-core", PLAYWRIGHT_VERSION)?;
    // The server embeds the page's files: the binary is built from them.
    build_cli(root)?;
    run_cmd(
        "end-to-end test of the team's page (secu serve --db) in headless Chromium",
        Command::new("node")
            .arg(root.join("web/tests/team-e2e.mjs"))
            .arg("--playwright")
            .arg(&playwright)
            .arg("--screenshots")
            .arg(target.join("web-screenshots"))
            .arg("--secu")
            .arg(target.join("release/secu"))
            .current_dir(root),
    )?;
    eprintln!(
        "\nweb-test (team page): done in {:.0} s",
        t.elapsed().as_secs_f64()
    );
    Ok(())
}

fn self_service_test(root: &Path, target: &Path) -> Result<()> {
    let t = Instant::now();
    let pkg = target.join("npm/secu-wasm/web");
    for module in ["secu_wasm_bg.wasm", "secu_case_bg.wasm"] {
        if !pkg.join(module).is_file() {
            bail!(
                "{} is missing: build the package first with `cargo xtask wasm`",
                pkg.join(module).display()
            );
        }
    }
    ensure_chromium()?;
    let playwright = npm_tool(target, "playwright-core", PLAYWRIGHT_VERSION)?;
    let screenshots = target.join("web-screenshots");
    // The test opens a case file with the native CLI and reads the page's back with it.
    build_cli(root)?;
    let node_ok = Command::new("node")
        .arg("--version")
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !node_ok {
        bail!("node is needed to run web/tests/e2e.mjs");
    }
    run_cmd(
        "end-to-end test of web/ in headless Chromium",
        Command::new("node")
            .arg(root.join("web/tests/e2e.mjs"))
            .arg("--pkg")
            .arg(&pkg)
            .arg("--playwright")
            .arg(&playwright)
            .arg("--screenshots")
            .arg(&screenshots)
            .arg("--secu")
            .arg(target.join("release/secu"))
            .current_dir(root),
    )?;
    eprintln!("\nweb-test: done in {:.0} s", t.elapsed().as_secs_f64());
    Ok(())
}
