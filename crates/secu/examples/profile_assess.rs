//! Runs `assess` in a loop on a 4-member household, for profilers
//! (`perf record`, `valgrind --tool=callgrind`):
//! `cargo run --release -p secu --example profile_assess -- 200000`.
//!
//! With `--members N`, decodes and assesses once a generated household of
//! `N` members and prints the time of each stage (the members curve of the
//! README): `cargo run --release -p secu --example profile_assess -- --members 40000`.
#![allow(clippy::print_stdout)]

#[path = "../benches/common/mod.rs"]
mod common;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [flag, n] = args.as_slice()
        && flag == "--members"
    {
        let n: usize = n.parse().unwrap_or(10_000);
        members(n);
        return;
    }
    let n: usize = args.first().and_then(|s| s.parse().ok()).unwrap_or(100_000);
    let json = include_bytes!("../../../examples/talent_passport_family.json");
    let h = secu::parse_household(json).expect("example parses");
    let options = secu::Options::default();
    let mut docs = 0usize;
    for _ in 0..n {
        let a = secu::assess(std::hint::black_box(&h), &options).expect("assesses");
        docs += a.members.iter().map(|m| m.documents.len()).sum::<usize>();
    }
    println!("{n} assessments, {docs} documents");
}

/// One household of `n` members: the time to decode, assess and render it.
#[allow(clippy::disallowed_methods)] // A profiling tool reads the clock.
fn members(n: usize) {
    use std::time::Instant;
    let json = common::household_json(n);
    let t = Instant::now();
    let h = secu::parse_household(json.as_bytes()).expect("generated household parses");
    let decode = t.elapsed();
    let t = Instant::now();
    let a = secu::assess(&h, &secu::Options::default()).expect("assesses");
    let assess = t.elapsed();
    let t = Instant::now();
    let report = secu::report::render(&a, &secu::report::Style::plain());
    let render = t.elapsed();
    println!(
        "{n} members: decode {decode:.2?}, assess {assess:.2?}, report {render:.2?} ({} bytes)",
        report.len()
    );
}
