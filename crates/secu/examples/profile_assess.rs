//! Runs `assess` in a loop on a 4-member household, for profilers
//! (`perf record`, `valgrind --tool=callgrind`):
//! `cargo run --release -p secu --example profile_assess -- 200000`.
#![allow(clippy::print_stdout)]

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(100_000);
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
