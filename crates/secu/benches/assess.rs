//! Benchmarks of the hot paths: assessing a 4-member household (with its
//! documents, steps and explanations), decoding its JSON (the yardstick),
//! serialising the assessment, and parsing a NIR; then the members curve:
//! assessing generated households of 10, 100 and 1,000 members, which must
//! grow linearly (issue 10, item 4).
//!
//! Run: `cargo bench -p secu --bench assess`.

#[path = "common/mod.rs"]
mod common;

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use secu::Options;
use secu::id::nir::Nir;

/// A 4-member household: employee, accompanying spouse, two children.
const HOUSEHOLD: &str = include_str!("../../../examples/talent_passport_family.json");

fn benches(c: &mut Criterion) {
    let household = secu::parse_household(HOUSEHOLD.as_bytes()).expect("example parses");
    assert_eq!(household.members.len(), 4);
    let options = Options::default();

    c.bench_function("assess/4_members", |b| {
        b.iter(|| secu::assess(black_box(&household), black_box(&options)).expect("assesses"));
    });
    c.bench_function("parse_household/4_members (serde_json yardstick)", |b| {
        b.iter(|| secu::parse_household(black_box(HOUSEHOLD.as_bytes())).expect("parses"));
    });
    let assessment = secu::assess(&household, &options).expect("assesses");
    let mut buf = Vec::with_capacity(16 * 1024);
    c.bench_function("serialize_assessment/4_members", |b| {
        b.iter(|| {
            buf.clear();
            serde_json::to_writer(&mut buf, black_box(&assessment)).expect("serialises");
            buf.len()
        });
    });
    c.bench_function("parse+assess+serialize/4_members", |b| {
        b.iter(|| {
            let h = secu::parse_household(black_box(HOUSEHOLD.as_bytes())).expect("parses");
            let a = secu::assess(&h, &options).expect("assesses");
            buf.clear();
            serde_json::to_writer(&mut buf, &a).expect("serialises");
            buf.len()
        });
    });
    // The compact assessment (`detail=codes`, issue 15), as the WebAssembly
    // codes module and the CLI's `--detail codes` run it: the household's
    // JSON through the tree (`parse_tree` + `parse_household_value`), the
    // assessment, and the codes view written as JSON (13.6 KB).
    c.bench_function("codes/decode_tree/4_members", |b| {
        b.iter(|| {
            let tree = secu::decode::parse_tree(black_box(HOUSEHOLD.as_bytes())).expect("parses");
            secu::decode::parse_household_value(&tree).expect("decodes")
        });
    });
    c.bench_function("codes/serialize/4_members", |b| {
        b.iter(|| {
            buf.clear();
            serde_json::to_writer(&mut buf, &black_box(&assessment).codes()).expect("serialises");
            buf.len()
        });
    });
    c.bench_function("codes/parse+assess+serialize/4_members", |b| {
        b.iter(|| {
            let tree = secu::decode::parse_tree(black_box(HOUSEHOLD.as_bytes())).expect("parses");
            let h = secu::decode::parse_household_value(&tree).expect("decodes");
            let a = secu::assess(&h, &options).expect("assesses");
            buf.clear();
            serde_json::to_writer(&mut buf, &a.codes()).expect("serialises");
            buf.len()
        });
    });
    // The codes path as it is now (issue 15): serde's decoder straight from
    // the bytes, and the codes view's own JSON writer.
    c.bench_function("codes/write_json/4_members", |b| {
        b.iter(|| {
            buf.clear();
            black_box(&assessment).codes().write_json(&mut buf);
            buf.len()
        });
    });
    c.bench_function("codes/fast/parse+assess+write_json/4_members", |b| {
        b.iter(|| {
            let h = secu::parse_household(black_box(HOUSEHOLD.as_bytes())).expect("parses");
            let a = secu::assess(&h, &options).expect("assesses");
            buf.clear();
            a.codes().write_json(&mut buf);
            buf.len()
        });
    });
    // The human report of the 4 members, English and French (issue 14: the
    // localisation engine renders every text). Fluent by default; the
    // WebAssembly modules' compact renderer with `--no-default-features`
    // (it embeds no language: English and French are added from web/l10n/).
    #[cfg(not(feature = "fluent"))]
    for (lang, msg, tsv) in [
        (
            secu::Lang::En,
            include_str!("../../../web/l10n/en.msg"),
            include_str!("../../../web/l10n/en.tsv"),
        ),
        (
            secu::Lang::Fr,
            include_str!("../../../web/l10n/fr.msg"),
            include_str!("../../../web/l10n/fr.tsv"),
        ),
    ] {
        secu::l10n::add_language(lang, msg, tsv).expect("compiled table");
    }
    for lang in [secu::Lang::En, secu::Lang::Fr] {
        let a = secu::assess(&household, &Options::default().with_lang(lang)).expect("assesses");
        let style = secu::report::Style::plain();
        c.bench_function(&format!("report/4_members/{lang}"), |b| {
            b.iter(|| secu::report::render(black_box(&a), &style).len());
        });
    }
    c.bench_function("nir/parse_15_spaced", |b| {
        b.iter(|| {
            black_box("2 95 10 99 126 111 93")
                .parse::<Nir>()
                .expect("valid")
        });
    });
    c.bench_function("nir/parse_15_compact", |b| {
        b.iter(|| black_box("253072B07300470").parse::<Nir>().expect("valid"));
    });
    members(c);
}

/// The members curve: the time per member must stay flat as the household
/// grows (criterion reports it as a throughput in members per second).
fn members(c: &mut Criterion) {
    let options = Options::default();
    let mut group = c.benchmark_group("assess/members");
    for n in [10usize, 100, 1_000] {
        let json = common::household_json(n);
        let household = secu::parse_household(json.as_bytes()).expect("generated household parses");
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::from_parameter(n), &household, |b, h| {
            b.iter(|| secu::assess(black_box(h), black_box(&options)).expect("assesses"));
        });
    }
    group.finish();
}

criterion_group!(assess, benches);
criterion_main!(assess);
