//! Build script: turns the reference CSV files of `data/` into Rust tables in
//! `OUT_DIR`, included by `src/data/countries.rs` and `src/data/agreements.rs`.
//!
//! Inputs (all inside this crate, see `data/README.md`):
//! - `data/countries.csv`: ISO 3166-1 alpha-2 codes + `XK` + `CA-QC`, English
//!   names, French names where INSEE has none, EEA/Swiss and French flags;
//! - `data/v_pays_territoire_2024.csv`: INSEE COG 2024 (CRLF, quoted), which
//!   gives the COG codes and the French names (`LIBCOG`);
//! - `data/agreements.csv`: posting clauses of France's agreements.
//!
//! Every inconsistency (unknown code, duplicate, unsorted table, bad enum
//! value, ISO code of the INSEE file missing from `countries.csv`…) stops the
//! build with a message naming the file and line: the generated tables can
//! only be built from valid data.
#![allow(clippy::disallowed_methods)]
// A build script reads the data files: that is its job.

// A build script talks to cargo through stdout.
#![allow(clippy::print_stdout)]

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

const COUNTRIES_CSV: &str = "data/countries.csv";
const INSEE_CSV: &str = "data/v_pays_territoire_2024.csv";
const AGREEMENTS_CSV: &str = "data/agreements.csv";

/// Partners whose agreement makes home or private health cover a condition of
/// the posting (domain.md §2.5; agreements.csv notes of US, CA, KR, AR). Not a
/// column of `agreements.csv`, which is kept byte for byte as researched.
const PRIVATE_COVER_REQUIRED: [&str; 4] = ["US", "CA", "KR", "AR"];

fn main() {
    for f in [COUNTRIES_CSV, INSEE_CSV, AGREEMENTS_CSV] {
        println!("cargo::rerun-if-changed={f}");
    }
    println!("cargo::rerun-if-changed=build.rs");
    let out = env::var("OUT_DIR").expect("OUT_DIR is set by cargo");
    let out = Path::new(&out);

    let countries = read_countries();
    countries_columns(out, &countries);
    write(out, "countries_alpha2.rs", &alpha2_index(&countries));
    write(out, "countries_cog.rs", &cog_index(&countries));
    write(out, "countries_ca_qc.rs", &ca_qc_index(&countries));
    let codes: BTreeSet<&str> = countries.iter().map(|c| c.code.as_str()).collect();
    let (rows, notes) = agreements_rows(&codes);
    write(out, "agreements_rows.rs", &rows);
    write(out, "agreements_notes.rs", &notes);
}

fn write(dir: &Path, name: &str, text: &str) {
    fs::write(dir.join(name), text).unwrap_or_else(|e| panic!("cannot write {name}: {e}"));
}

// ---------------------------------------------------------------------------
// CSV (RFC 4180: quoted fields, doubled quotes, CRLF or LF line ends)

/// Parses a whole CSV file into records of fields.
fn parse_csv(path: &str) -> Vec<Vec<String>> {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut in_quotes = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if in_quotes {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => in_quotes = false,
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' => in_quotes = true,
            ',' => record.push(std::mem::take(&mut field)),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            _ => field.push(c),
        }
    }
    assert!(!in_quotes, "{path}: unterminated quoted field");
    if !field.is_empty() || !record.is_empty() {
        record.push(field);
        records.push(record);
    }
    records
}

/// Parses a CSV file with a header into maps column → value, checking the header.
fn read_table(path: &str, expected_header: &[&str]) -> Vec<BTreeMap<String, String>> {
    let mut records = parse_csv(path).into_iter();
    let header = records
        .next()
        .unwrap_or_else(|| panic!("{path}: empty file"));
    assert_eq!(header, expected_header, "{path}: unexpected header");
    records
        .enumerate()
        .map(|(i, r)| {
            assert_eq!(
                r.len(),
                header.len(),
                "{path}: line {} has {} fields, expected {}",
                i + 2,
                r.len(),
                header.len()
            );
            header.iter().cloned().zip(r).collect()
        })
        .collect()
}

/// A Rust string literal for `s`.
fn lit(s: &str) -> String {
    format!("{s:?}")
}

// ---------------------------------------------------------------------------
// Countries

struct CountryIn {
    code: String,
    alpha3: Option<String>,
    name_en: String,
    name_fr: String,
    eea: bool,
    france: bool,
    cog: Option<u16>,
    /// COG codes of territory rows of the INSEE file carrying this ISO code
    /// (besides `cog`), e.g. 99313 "Territoires espagnols en Afrique du Nord" → ES.
    extra_cogs: Vec<u16>,
}

fn flag(path: &str, line: usize, v: &str) -> bool {
    match v {
        "1" => true,
        "0" => false,
        _ => panic!("{path}: line {line}: flag must be 0 or 1, found {v:?}"),
    }
}

fn read_countries() -> Vec<CountryIn> {
    let insee = read_table(
        INSEE_CSV,
        &[
            "COG", "ACTUAL", "CRPAY", "ANI", "LIBCOG", "LIBENR", "CODEISO2", "CODEISO3", "CODENUM3",
        ],
    );
    let rows = read_table(
        COUNTRIES_CSV,
        &[
            "code",
            "alpha3",
            "name_en",
            "name_fr",
            "eea_or_switzerland",
            "french_territory",
            "insee_cog",
        ],
    );

    // INSEE rows by COG and by ISO alpha-2.
    let mut by_cog: BTreeMap<u16, &BTreeMap<String, String>> = BTreeMap::new();
    let mut by_iso: BTreeMap<&str, Vec<&BTreeMap<String, String>>> = BTreeMap::new();
    for (i, r) in insee.iter().enumerate() {
        let cog = &r["COG"];
        let short = cog
            .strip_prefix("99")
            .filter(|s| s.len() == 3)
            .and_then(|s| s.parse::<u16>().ok())
            .unwrap_or_else(|| panic!("{INSEE_CSV}: line {}: bad COG {cog:?}", i + 2));
        assert!(
            by_cog.insert(short, r).is_none(),
            "{INSEE_CSV}: duplicate COG {cog}"
        );
        assert!(
            matches!(r["ACTUAL"].as_str(), "1" | "4"),
            "{INSEE_CSV}: line {}: ACTUAL must be 1 or 4",
            i + 2
        );
        if !r["CODEISO2"].is_empty() {
            by_iso.entry(r["CODEISO2"].as_str()).or_default().push(r);
        }
    }
    let cog_of =
        |r: &BTreeMap<String, String>| -> u16 { r["COG"][2..].parse().expect("checked above") };

    let mut out: Vec<CountryIn> = Vec::new();
    for (i, r) in rows.iter().enumerate() {
        let line = i + 2;
        let code = r["code"].clone();
        let valid_code =
            (code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase())) || code == "CA-QC";
        assert!(
            valid_code,
            "{COUNTRIES_CSV}: line {line}: bad code {code:?}"
        );
        if let Some(prev) = out.last() {
            assert!(
                prev.code < code,
                "{COUNTRIES_CSV}: line {line}: codes must be unique and sorted ({} then {code})",
                prev.code
            );
        }
        let alpha3 = Some(r["alpha3"].clone()).filter(|s| !s.is_empty());
        if let Some(a3) = &alpha3 {
            assert!(
                a3.len() == 3 && a3.bytes().all(|b| b.is_ascii_uppercase()),
                "{COUNTRIES_CSV}: line {line}: bad alpha3 {a3:?}"
            );
        }
        assert!(
            !r["name_en"].is_empty(),
            "{COUNTRIES_CSV}: line {line}: empty name_en"
        );

        // The INSEE row: given explicitly (entries INSEE lists without an ISO
        // code, i.e. Kosovo), else the ACTUAL = 1 row with this ISO code, else
        // the single territory row with it.
        let (insee_row, extra_cogs) = if !r["insee_cog"].is_empty() {
            let cog: u16 = r["insee_cog"]
                .parse()
                .unwrap_or_else(|_| panic!("{COUNTRIES_CSV}: line {line}: bad insee_cog"));
            let row = by_cog.get(&cog).unwrap_or_else(|| {
                panic!("{COUNTRIES_CSV}: line {line}: COG 99{cog} not in INSEE file")
            });
            assert!(
                row["CODEISO2"].is_empty(),
                "{COUNTRIES_CSV}: line {line}: COG 99{cog} has an ISO code in the INSEE file; leave insee_cog empty"
            );
            (Some(*row), Vec::new())
        } else if let Some(candidates) = by_iso.get(code.as_str()) {
            let main = if candidates.len() == 1 {
                candidates[0]
            } else {
                let actual: Vec<_> = candidates.iter().filter(|r| r["ACTUAL"] == "1").collect();
                assert_eq!(
                    actual.len(),
                    1,
                    "{INSEE_CSV}: ISO code {code} on several rows, none or several of them ACTUAL = 1"
                );
                actual[0]
            };
            let extra = candidates
                .iter()
                .filter(|r| r["COG"] != main["COG"])
                .map(|r| cog_of(r))
                .collect();
            (Some(main), extra)
        } else {
            (None, Vec::new())
        };

        if let (Some(ins), Some(a3)) = (insee_row, &alpha3) {
            let insee_a3 = &ins["CODEISO3"];
            assert!(
                insee_a3.is_empty() || insee_a3 == a3,
                "{COUNTRIES_CSV}: line {line}: alpha3 {a3} but INSEE says {insee_a3}"
            );
        }
        let name_fr = if !r["name_fr"].is_empty() {
            r["name_fr"].clone()
        } else {
            insee_row
                .map(|ins| ins["LIBCOG"].clone())
                .unwrap_or_else(|| panic!("{COUNTRIES_CSV}: line {line}: {code} needs a name_fr (not in the INSEE file)"))
        };
        out.push(CountryIn {
            alpha3,
            name_en: r["name_en"].clone(),
            name_fr,
            eea: flag(COUNTRIES_CSV, line, &r["eea_or_switzerland"]),
            france: flag(COUNTRIES_CSV, line, &r["french_territory"]),
            cog: insee_row.map(cog_of),
            extra_cogs,
            code,
        });
    }
    for iso in by_iso.keys() {
        assert!(
            out.iter().any(|c| c.code == *iso),
            "{INSEE_CSV}: ISO code {iso} missing from {COUNTRIES_CSV}"
        );
    }
    assert!(out.len() < usize::from(u16::MAX), "too many countries");
    out
}

/// The country table as columns (`src/data/countries.rs` reads them by row
/// index): strings packed into a few `&str` blobs with `u16` offsets rather
/// than a `&'static str` (pointer + length) per field, which made most of the
/// table's size in the WebAssembly module.
///
/// - `countries_codes.rs`: the codes, concatenated (two bytes each, five for
///   `CA-QC`, so row `i` starts at `2 * i`, plus 3 after `CA-QC`);
/// - `countries_alpha3.rs`: the alpha-3 codes, three bytes per row, `---`
///   where there is none;
/// - `countries_names.rs`, `countries_names_start.rs`,
///   `countries_name_en_len.rs`: each row's English name then its French
///   name (left out when it is the English one), the start of each row's
///   text (plus the end of the last) and the length of its English name;
/// - `countries_flags.rs`: bit 0 EEA or Switzerland, bit 1 French territory;
/// - `countries_insee_cog.rs`: the COG code without `99`, 0 for none.
fn countries_columns(out: &Path, countries: &[CountryIn]) {
    const HEADER: &str =
        "// @generated by build.rs from data/countries.csv and data/v_pays_territoire_2024.csv\n";
    let list = |items: &mut dyn Iterator<Item = String>| -> String {
        let mut s = format!("{HEADER}[");
        for (i, item) in items.enumerate() {
            if i % 16 == 0 {
                s.push_str("\n    ");
            }
            write!(s, "{item}, ").expect("write to String");
        }
        s.push_str("\n]");
        s
    };
    let mut codes = String::new();
    let mut alpha3 = String::new();
    let mut names = String::new();
    let mut starts = Vec::new();
    let mut en_lens = Vec::new();
    for c in countries {
        assert!(
            c.code.len() == 2 || c.code == "CA-QC",
            "countries_columns: code {} breaks the code offsets",
            c.code
        );
        codes.push_str(&c.code);
        alpha3.push_str(c.alpha3.as_deref().unwrap_or("---"));
        starts.push(u16::try_from(names.len()).expect("country names exceed 64 KiB"));
        en_lens.push(u8::try_from(c.name_en.len()).expect("English name longer than 255 bytes"));
        names.push_str(&c.name_en);
        if c.name_fr != c.name_en {
            assert!(!c.name_fr.is_empty(), "{}: empty French name", c.code);
            names.push_str(&c.name_fr);
        }
    }
    starts.push(u16::try_from(names.len()).expect("country names exceed 64 KiB"));
    write(out, "countries_len.rs", &countries.len().to_string());
    write(
        out,
        "countries_codes.rs",
        &format!("{HEADER}{}", lit(&codes)),
    );
    write(
        out,
        "countries_alpha3.rs",
        &format!("{HEADER}{}", lit(&alpha3)),
    );
    write(
        out,
        "countries_names.rs",
        &format!("{HEADER}{}", lit(&names)),
    );
    write(
        out,
        "countries_names_start.rs",
        &list(&mut starts.iter().map(u16::to_string)),
    );
    write(
        out,
        "countries_name_en_len.rs",
        &list(&mut en_lens.iter().map(u8::to_string)),
    );
    write(
        out,
        "countries_flags.rs",
        &list(
            &mut countries
                .iter()
                .map(|c| (u8::from(c.eea) | u8::from(c.france) << 1).to_string()),
        ),
    );
    write(
        out,
        "countries_insee_cog.rs",
        &list(&mut countries.iter().map(|c| {
            assert!(c.cog != Some(0), "{}: COG 99000", c.code);
            c.cog.unwrap_or(0).to_string()
        })),
    );
}

/// `[u16; 676]`: index in the table of each two-letter code `AA`..`ZZ`
/// (`(first - 'A') * 26 + (second - 'A')`), `u16::MAX` when unassigned.
fn alpha2_index(countries: &[CountryIn]) -> String {
    let mut idx = [u16::MAX; 26 * 26];
    for (i, c) in countries.iter().enumerate() {
        if let [a, b] = c.code.as_bytes() {
            idx[usize::from(a - b'A') * 26 + usize::from(b - b'A')] =
                u16::try_from(i).expect("checked");
        }
    }
    let mut s = String::from("// @generated by build.rs from data/countries.csv\n[");
    for (i, v) in idx.iter().enumerate() {
        if i % 26 == 0 {
            s.push_str("\n    ");
        }
        write!(s, "{v}, ").expect("write to String");
    }
    s.push_str("\n]");
    s
}

/// Sorted `[(cog, index)]` for `by_insee_cog`: the main COG of every country
/// plus the territory rows that carry a country's ISO code.
fn cog_index(countries: &[CountryIn]) -> String {
    let mut pairs: BTreeMap<u16, usize> = BTreeMap::new();
    for (i, c) in countries.iter().enumerate() {
        for cog in c.cog.iter().chain(&c.extra_cogs) {
            assert!(pairs.insert(*cog, i).is_none(), "COG 99{cog} used twice");
        }
    }
    let mut s = String::from("// @generated by build.rs from data/v_pays_territoire_2024.csv\n[\n");
    for (cog, i) in pairs {
        writeln!(s, "    ({cog}, {i}),").expect("write to String");
    }
    s.push(']');
    s
}

fn ca_qc_index(countries: &[CountryIn]) -> String {
    let i = countries
        .iter()
        .position(|c| c.code == "CA-QC")
        .expect("data/countries.csv must have CA-QC");
    format!("{i}")
}

// ---------------------------------------------------------------------------
// Agreements

const BRANCHES: [(&str, &str); 8] = [
    ("health", "Health"),
    ("maternity", "Maternity"),
    ("work_accidents", "WorkAccidents"),
    ("family", "Family"),
    ("old_age", "OldAge"),
    ("invalidity", "Invalidity"),
    ("survivors", "Survivors"),
    ("unemployment", "Unemployment"),
];

/// The rows of the agreements table, and their research notes (a separate
/// table in the same order, so that a program that never reads a note, like
/// the WebAssembly module, does not carry them).
fn agreements_rows(codes: &BTreeSet<&str>) -> (String, String) {
    let rows = read_table(
        AGREEMENTS_CSV,
        &[
            "country_iso",
            "country_name",
            "agreement_date",
            "health_kept_at_home",
            "branches_kept_at_home",
            "max_posting_months",
            "extension_months",
            "source_url",
            "checked_on",
            "confidence",
            "note",
        ],
    );
    let mut seen = BTreeSet::new();
    let mut s = String::from("// @generated by build.rs from data/agreements.csv\n[\n");
    let mut notes = String::from("// @generated by build.rs from data/agreements.csv\n[\n");
    for (i, r) in rows.iter().enumerate() {
        let line = i + 2;
        let ctx = |what: &str, v: &str| -> String {
            format!("{AGREEMENTS_CSV}: line {line}: bad {what} {v:?}")
        };
        let code = r["country_iso"].as_str();
        assert!(codes.contains(code), "{}", ctx("country_iso", code));
        assert!(
            seen.insert(code.to_owned()),
            "{}",
            ctx("duplicate country_iso", code)
        );
        let signed = match r["agreement_date"].as_str() {
            "" => "None".to_owned(),
            d => format!(
                "Some(date({}))",
                date_args(d).unwrap_or_else(|| panic!("{}", ctx("date", d)))
            ),
        };
        let checked_on = r["checked_on"].as_str();
        assert!(
            date_args(checked_on).is_some(),
            "{}",
            ctx("checked_on", checked_on)
        );
        let health = match r["health_kept_at_home"].as_str() {
            "yes" => "Yes",
            "no" => "No",
            "unknown" => "Unknown",
            v => panic!("{}", ctx("health_kept_at_home", v)),
        };
        let branches = match r["branches_kept_at_home"].as_str() {
            "unknown" => "None".to_owned(),
            list => {
                let mut items = Vec::new();
                for b in list.split(';') {
                    let (_, variant) = BRANCHES
                        .iter()
                        .find(|(name, _)| *name == b)
                        .unwrap_or_else(|| panic!("{}", ctx("branch", b)));
                    items.push(format!("Branch::{variant}"));
                }
                format!("Some(&[{}])", items.join(", "))
            }
        };
        let months = |v: &str, what: &str| -> u16 {
            v.parse().unwrap_or_else(|_| panic!("{}", ctx(what, v)))
        };
        let max = match r["max_posting_months"].as_str() {
            "unknown" => "None".to_owned(),
            v => format!("Some({})", months(v, "max_posting_months")),
        };
        let extension = match r["extension_months"].as_str() {
            "0" => "Extension::None".to_owned(),
            "until_completion" => "Extension::UntilCompletion".to_owned(),
            "by_agreement" => "Extension::ByAgreement".to_owned(),
            "unknown" => "Extension::Unknown".to_owned(),
            v => format!("Extension::Months({})", months(v, "extension_months")),
        };
        let confidence = match r["confidence"].as_str() {
            "official" => "Official",
            "secondary" => "Secondary",
            "unverified" => "Unverified",
            v => panic!("{}", ctx("confidence", v)),
        };
        let kind = if code == "GB" { "EuUkTca" } else { "Bilateral" };
        let private_cover = PRIVATE_COVER_REQUIRED.contains(&code);
        writeln!(
            s,
            "    Agreement {{ country: Country::known({}), name: {}, signed: {signed}, health_kept_at_home: HealthAtHome::{health}, \
             branches_kept_at_home: {branches}, max_posting_months: {max}, extension: {extension}, source_url: {}, \
             checked_on: {}, confidence: Confidence::{confidence}, private_cover_required: {private_cover}, \
             kind: AgreementKind::{kind} }},",
            lit(code),
            lit(&r["country_name"]),
            lit(&r["source_url"]),
            lit(checked_on),
        )
        .expect("write to String");
        writeln!(notes, "    {},", lit(&r["note"])).expect("write to String");
    }
    for code in PRIVATE_COVER_REQUIRED {
        assert!(
            seen.contains(code),
            "PRIVATE_COVER_REQUIRED: {code} has no agreement row"
        );
    }
    s.push(']');
    notes.push(']');
    (s, notes)
}

/// `"YYYY-MM-DD"` → `"Y, M, D"` (arguments of the `date` const fn), checking
/// the calendar.
fn date_args(d: &str) -> Option<String> {
    let b = d.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let y: i32 = d[0..4].parse().ok()?;
    let m: u32 = d[5..7].parse().ok()?;
    let day: u32 = d[8..10].parse().ok()?;
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (1..=days)
        .contains(&day)
        .then(|| format!("{y}, {m}, {day}"))
}
