//! Arbitrary bytes as a case file: loading (parse, migrate, verify the chain,
//! replay), replaying with the case's own policies, the status at a fixed date
//! in English and French, serialising and rendering it, rendering the history
//! and writing the case back must never panic; a loaded case written back
//! with `to_json_pretty` loads again to an equal case.
#![no_main]

use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;
use secu::Lang;
use secu_case::case::Case;
use secu::report::Style;
use secu_case::report::{render_history, render_status};

/// A fixed evaluation date (a few months into the example cases).
const AS_OF: Option<NaiveDate> = NaiveDate::from_ymd_opt(2027, 3, 1);

fuzz_target!(|data: &[u8]| {
    let Ok(case) = Case::load(data) else {
        return;
    };
    let as_of = AS_OF.expect("valid date");

    // Replay with the case's own policies. `load` accepted the case, but a
    // fully redacted case does not replay (an error, not a panic).
    if let Ok(policy) = case.policy()
        && let Ok(procedure) = case.replay(&policy)
    {
        for lang in [Lang::En, Lang::Fr] {
            let status = procedure.status(as_of, lang);
            let json = serde_json::to_vec(&status).expect("a status always serialises");
            let _: serde_json::Value =
                serde_json::from_slice(&json).expect("the status is valid JSON");
            let text = render_status(&status, lang, &Style::plain());
            assert!(!text.is_empty());
            let _ = render_status(&status, lang, &Style::colored());
        }
    }
    let _ = render_history(case.history(), &case.voided());

    // Written back, the case loads again, equal.
    let written = case.to_json_pretty();
    match Case::load(written.as_bytes()) {
        Ok(again) => assert_eq!(again, case, "the case does not round-trip"),
        Err(e) => panic!("a loaded case, written back, does not load: {e}"),
    }
});
