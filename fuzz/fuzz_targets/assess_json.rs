//! Arbitrary bytes as a household: decoding, assessing (at a fixed date and
//! at the household's own `as_of`, in English and French), serialising the
//! assessment and rendering the report must never panic. The two decoders
//! must agree: from the bytes (`parse_household`, the CLI's) and from the
//! JSON tree (`parse_household_value`, the WebAssembly binding's), on the
//! household or on the errors.
#![no_main]

use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;
use secu::report::{Style, render};
use secu::{Lang, Options};

/// A fixed evaluation date (the reference date of the examples).
const AS_OF: Option<NaiveDate> = NaiveDate::from_ymd_opt(2026, 11, 27);

fn exercise(household: &secu::Household, options: &Options) {
    // Invalid households (validation errors) are fine; panics are not.
    let Ok(assessment) = secu::assess(household, options) else {
        return;
    };
    let json = serde_json::to_vec(&assessment).expect("an assessment always serialises");
    // The output is valid JSON.
    let _: serde_json::Value = serde_json::from_slice(&json).expect("the output is valid JSON");
    let text = render(&assessment, &Style::plain());
    assert!(!text.is_empty());
    let _ = render(&assessment, &Style::colored());
}

fuzz_target!(|data: &[u8]| {
    let from_bytes = secu::parse_household(data);
    if let Ok(tree) = serde_json::from_slice::<serde_json::Value>(data) {
        // The same document both ways. Not `data` itself: a tree has no
        // duplicate keys (the last one wins when text becomes a tree), which
        // the bytes decoder refuses; the binding's trees come from
        // `JSON.stringify`, which cannot write duplicates.
        let same = serde_json::to_vec(&tree).expect("a tree serialises");
        let from_text = secu::parse_household(&same);
        let from_tree = secu::decode::parse_household_value(&tree);
        match (&from_text, &from_tree) {
            (Ok(a), Ok(b)) => assert_eq!(a, b, "the two decoders disagree"),
            (Err(a), Err(b)) => {
                // The same problems at the same paths (serde's own fallback
                // message may differ by its line and column only).
                let key = |e: &secu::InputErrors| -> Vec<(String, secu::ErrorCode)> {
                    e.0.iter().map(|e| (e.path.clone(), e.code)).collect()
                };
                assert_eq!(key(a), key(b), "the two decoders report different problems");
            }
            _ => panic!("one decoder accepts what the other refuses: {from_text:?} / {from_tree:?}"),
        }
    }
    let Ok(household) = from_bytes else {
        return;
    };
    let fixed = Options::default().with_as_of(AS_OF.expect("valid date"));
    for options in [
        fixed.clone(),
        fixed.with_lang(Lang::Fr),
        // The household's own `as_of` (an error when it has none).
        Options::default(),
        Options::default().with_lang(Lang::Fr),
    ] {
        exercise(&household, &options);
    }
});
