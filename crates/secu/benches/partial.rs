//! Benchmark of a partial assessment (issue 13, contract §5): the 4-member
//! Talent Passport family with half of each member's facts removed (every
//! other fact, in the interview's order), against the complete household's
//! `assess` (bench `assess`, `assess/4_members`). Target: ≤ 2× a complete
//! assessment (one recorded evaluation and its bookkeeping: about 2.0× in
//! instructions, README).
//!
//! Run: `cargo bench -p secu --bench partial`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use secu::Options;
use secu::intake::{Intake, NATURAL_ORDER};
use serde_json::Value;

/// A 4-member household: employee, accompanying spouse, two children.
const HOUSEHOLD: &str = include_str!("../../../examples/talent_passport_family.json");

/// Removes a dotted path from a member.
fn remove(v: &mut Value, path: &str) {
    let mut keys: Vec<&str> = path.split('.').collect();
    let Some(last) = keys.pop() else { return };
    let mut cur = v;
    for k in keys {
        match cur.get_mut(k) {
            Some(x) if x.is_object() => cur = x,
            _ => return,
        }
    }
    if let Some(o) = cur.as_object_mut() {
        o.remove(last);
    }
}

fn benches(c: &mut Criterion) {
    let mut tree: Value = serde_json::from_str(HOUSEHOLD).expect("example is JSON");
    let members = tree["members"].as_array_mut().expect("members");
    assert_eq!(members.len(), 4);
    for m in members.iter_mut() {
        for f in NATURAL_ORDER.iter().step_by(2) {
            remove(m, f.path());
        }
    }
    let options = Options::default();
    let intake = Intake::decode(&tree, &options).expect("decodes");
    c.bench_function("partial/4_members_half_missing", |b| {
        b.iter(|| {
            black_box(&intake)
                .assess(black_box(&options))
                .expect("assesses")
        });
    });
    c.bench_function("partial/decode+assess", |b| {
        b.iter(|| {
            let i = Intake::decode(black_box(&tree), &options).expect("decodes");
            i.assess(&options)
                .map(|a| a.questions.len())
                .expect("assesses")
        });
    });
}

criterion_group!(partial, benches);
criterion_main!(partial);
