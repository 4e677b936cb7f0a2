//! Arbitrary strings as a NIR: `check` never panics; a parsed NIR survives a
//! round trip through its full form; the masked form never shows the number.
#![no_main]

use libfuzzer_sys::fuzz_target;
use secu::Lang;
use secu::id::nir::{Nir, check};
use secu::report::render_nir_check;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    let verdict = check(s);
    // The verdict serialises (the CLI prints it with `--json`).
    let _ = serde_json::to_string(&verdict).expect("a NirCheck always serialises");
    let _ = render_nir_check(&verdict, Lang::En);
    let _ = render_nir_check(&verdict, Lang::Fr);

    if let Ok(n) = s.parse::<Nir>() {
        let full = n.full().to_string();
        let again: Nir = full
            .parse()
            .unwrap_or_else(|e| panic!("full form does not parse back: {e}"));
        assert_eq!(again, n, "round trip through the grouped full form");
        let compact: Nir = n
            .compact()
            .to_string()
            .parse()
            .unwrap_or_else(|e| panic!("compact form does not parse back: {e}"));
        assert_eq!(compact, n, "round trip through the compact form");
        // A 15-character full form always carries the key: it parses as given.
        assert!(again.key_given());
        assert_eq!(again.key(), n.key());

        let digits: String = full.chars().filter(|c| !c.is_whitespace()).collect();
        let body13 = &digits[..13];
        let masked = n.to_string();
        let masked_compact: String = masked.chars().filter(|c| !c.is_whitespace()).collect();
        assert!(
            !masked_compact.contains(body13),
            "masked form leaks the number"
        );
        assert!(!masked.contains(&full), "masked form leaks the number");
        let debug = format!("{n:?} {:?}", n.full());
        assert!(
            !debug
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect::<String>()
                .contains(body13),
            "Debug leaks the number"
        );
    }
});
