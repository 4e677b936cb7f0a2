//! Build script: the JSON Schemas returned by `schema()`, minified.
//!
//! `docs/schema/*.schema.json` stay pretty-printed for readers (and for
//! `cargo xtask schema --check`); the module embeds the same documents
//! without the insignificant whitespace, written to `OUT_DIR`. Only
//! whitespace between tokens is dropped, so the key order and every string
//! and number are kept as written; the result is checked to parse to the
//! same value as the source.

// A build script talks to cargo through stdout.
#![allow(clippy::print_stdout)]

use std::path::Path;
use std::{env, fs};

const SCHEMAS: [&str; 2] = ["household", "assessment"];

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    let out = env::var("OUT_DIR").expect("OUT_DIR is set by cargo");
    for name in SCHEMAS {
        let src = format!("../../docs/schema/{name}.schema.json");
        println!("cargo::rerun-if-changed={src}");
        let pretty = fs::read_to_string(&src).unwrap_or_else(|e| panic!("cannot read {src}: {e}"));
        let compact = minify(&pretty);
        let parse = |text: &str| -> serde_json::Value {
            serde_json::from_str(text).unwrap_or_else(|e| panic!("{src}: not JSON: {e}"))
        };
        assert!(
            parse(&pretty) == parse(&compact),
            "{src}: the minified text is not the same document"
        );
        let dst = Path::new(&out).join(format!("{name}.schema.min.json"));
        fs::write(&dst, compact).unwrap_or_else(|e| panic!("cannot write {}: {e}", dst.display()));
    }
}

/// `json` without the whitespace outside strings (JSON whitespace: space,
/// tab, line feed, carriage return).
fn minify(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if c == '"' {
            in_string = true;
        } else if matches!(c, ' ' | '\t' | '\n' | '\r') {
            continue;
        }
        out.push(c);
    }
    out
}
