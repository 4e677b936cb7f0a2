//! The codes module (`secu_codes`, feature `codes`, issue 15): `assess` with
//! `detail: 'codes'` alone, compiled for speed (`opt-level = 3`, `wasm-opt
//! -O3`) where the other modules are compiled for size.
//!
//! It carries no language, no report rendering and no intake: it answers
//! only the calls whose answer needs none of them, the successful
//! assessment of a complete household in the codes view, and returns
//! `undefined` for every other call (an error to report, `partial: true`,
//! a language other than English, `detail` other than `codes`), which the
//! package's `assess` then gives to the main module (`secu_wasm`). So every
//! error, with its text in the caller's language, is the main module's, and
//! the two modules cannot disagree on what they both answer: the same
//! household (serde's decoder here, the tree's there: the core's tests
//! show they decode every accepted text alike), the same core call as
//! `do_assess` in `lib.rs`, the same text (the core's writer of the codes
//! view writes serde_json's text byte for byte, tested on every example).
//!
//! Not a public export: the package's `assess` (the glue of `secu_wasm`,
//! written by `cargo xtask wasm`) calls it.

use super::{Fields, JsValue, Lang, Options, wasm_bindgen};

/// The last byte of an answer: set when the caller asked for the JSON text
/// (`output: 'json'`), else the caller wants JS objects.
pub const JSON_OUTPUT: u8 = 1;
/// The last byte of an answer: set when the text is in Latin-1 (one byte
/// per character, every character below U+0100: ASCII and the accented
/// letters of the French source ids), so that the host decodes it byte for
/// byte (Node's `latin1`: ~1 µs for the 13.6 KB of the test household's
/// answer, against ~16 µs for decoding its UTF-8). Else it is UTF-8.
pub const LATIN1: u8 = 2;

/// `assess(household, options)` when `options.detail` is `"codes"`, for a
/// complete household without errors, the household given as the UTF-8
/// bytes of its JSON text (the glue encodes a JS object with
/// `JSON.stringify`, as the main module does): the compact assessment's
/// JSON text (exactly what `secu_wasm`'s `assess` gives for the same call
/// with `output: 'json'`, in Latin-1 or UTF-8) followed by one byte of
/// flags ([`JSON_OUTPUT`], [`LATIN1`]); `undefined` when this module does
/// not answer the call (the caller then asks `secu_wasm`). Bytes rather
/// than JS strings both ways: the host encodes and decodes them natively
/// (wasm-bindgen copies a string in with a JS loop and decodes one out as
/// UTF-8, ~16 µs for this answer), and the module does not check the UTF-8
/// that serde_json wrote.
#[wasm_bindgen(js_name = assessCodes, skip_typescript)]
pub fn assess_codes(household: &[u8], options: JsValue) -> Option<Vec<u8>> {
    codes(household, options)
}

fn codes(household: &[u8], options: JsValue) -> Option<Vec<u8>> {
    let mut o = Fields::new(options, "options").ok()?;
    let as_of = o.date("asOf", None);
    // Only English is available here (no language is ever added): any
    // other `lang` makes a problem, and the main module answers.
    let lang = o.lang();
    let policy = o.policy(lang);
    let detail = o.detail();
    let partial = o.bool("partial");
    let json = o.json_output();
    o.finish().ok()?;
    if detail != secu::Detail::Codes || partial || lang != Lang::En {
        return None;
    }
    // Straight from the bytes to the household (serde's derived decoder,
    // as the CLI's `parse_household`), without the JSON tree the main
    // module reads: three times faster (issue 15). For every text it
    // accepts, the tree decoder gives the same household (the core's tests
    // `decoders`, the fuzz target `assess_json`); what it refuses (an error
    // to report, a duplicate key) the main module answers.
    let h = secu::parse_household(household).ok()?;
    let mut options = Options::default().with_lang(lang).with_policy(policy);
    if let Some(d) = as_of {
        options = options.with_as_of(d);
    }
    let assessment = secu::assess(&h, &options).ok()?;
    let codes = assessment.codes();
    let mut flags = if json { JSON_OUTPUT } else { 0 };
    // As `json_text` writes it (the same text, by the core's own writer of
    // the codes view), in Latin-1 when it can be, else in UTF-8.
    let mut bytes = Vec::with_capacity(32 << 10);
    if codes.write_json_latin1(&mut bytes) {
        flags |= LATIN1;
    } else {
        codes.write_json(&mut bytes);
    }
    bytes.push(flags);
    Some(bytes)
}
