//! The request decoding `secu serve` adds (issue 15): the `POST /v1/nir`
//! body, the batch body cut into lines piece by piece, and the compact
//! assessment of a household. Never panics; an error never quotes a long run
//! of digits from the input (a NIR); the lines, joined back, are the input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use secu_server::lines::{Cut, LineSplitter};

/// The longest run of ASCII digits in `s`.
fn digit_runs(s: &[u8]) -> Vec<&[u8]> {
    s.split(|b| !b.is_ascii_digit()).filter(|r| r.len() >= 13).collect()
}

fuzz_target!(|data: &[u8]| {
    // The NIR endpoint's body.
    if let Err(p) = secu_server::nir_number(data) {
        let body = serde_json::to_vec(&p).expect("a problem serialises");
        for run in digit_runs(data) {
            assert!(!body.windows(run.len()).any(|w| w == run), "the problem quotes digits of the body");
        }
    }

    // The batch body, cut into pieces at the positions the first byte picks.
    let step = usize::from(data.first().copied().unwrap_or(1)).max(1);
    let max = 64;
    let mut splitter = LineSplitter::new(max);
    let mut lines = Vec::new();
    for piece in data.chunks(step) {
        splitter.feed(piece, &mut lines);
    }
    splitter.finish(&mut lines);
    if lines.iter().all(|l| matches!(l, Cut::Text(_))) {
        let joined: Vec<u8> = lines
            .iter()
            .filter_map(|l| match l {
                Cut::Text(t) => Some(t.clone()),
                Cut::TooLong => None,
            })
            .collect::<Vec<_>>()
            .join(&b'\n');
        let expected = data.strip_suffix(b"\n").unwrap_or(data);
        assert_eq!(joined, expected, "lines joined back differ from the body");
    }
    for l in &lines {
        if let Cut::Text(t) = l {
            assert!(t.len() <= max && !t.contains(&b'\n'));
        }
    }

    // Each line as a batch record, compact: one JSON line whatever the input.
    let options = secu::batch::LineOptions {
        as_of: None,
        today: chrono::NaiveDate::from_ymd_opt(2026, 11, 27).expect("date"),
        lang: secu::Lang::En,
        policy: secu::Policy::default(),
        detail: secu::Detail::Codes,
        max_line_bytes: max as u64,
    };
    for (i, l) in lines.iter().take(4).enumerate() {
        let line = match l {
            Cut::Text(t) => secu::batch::Line::Text(t),
            Cut::TooLong => secu::batch::Line::TooLong,
        };
        let mut out = Vec::new();
        secu::batch::jsonl_record(&mut out, i as u64 + 1, line, &options);
        assert_eq!(out.iter().filter(|&&b| b == b'\n').count(), 1);
        let _: serde_json::Value = serde_json::from_slice(&out).expect("a record is JSON");
    }
});
