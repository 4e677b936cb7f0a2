//! Benchmarks of the CPAM procedure (issue 3) on a realistic 40-event case:
//! the 4-member `talent_passport_family` household (employee, spouse, two
//! children born abroad) from the first documents to the employee's
//! attestation de droits, with a NIA for everyone.
//!
//! - `case/replay+status`: replaying the in-memory case with its policies and
//!   computing the status at a date (goal ≤ 20 µs);
//! - `case/load+replay+status`: the same from the file's bytes (parse JSON,
//!   verify the hash chain, replay once in `load`, then replay for the status);
//! - the parts: `case/parse` (parse + verify, no replay), `case/replay`,
//!   `case/status`.
//!
//! The case is built once, outside the timed loops.
//!
//! Run: `cargo bench -p secu-case --bench procedure`.

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use secu::output::DocKind;
use secu::{Lang, Policy};
use secu_case::Event;
use secu_case::case::Case;

/// A 4-member household: employee, accompanying spouse, two children.
const HOUSEHOLD: &str = include_str!("../../../examples/talent_passport_family.json");

/// The date the status is computed at: NIAs issued, certification pending
/// for all but the employee.
const AS_OF: &str = "2027-03-01";

/// A fixed recording time (the core reads no clock).
const RECORDED_AT: &str = "2030-01-01T10:15:00Z";

fn d(s: &str) -> NaiveDate {
    s.parse().expect("a valid date")
}

fn doc(code: &str) -> DocKind {
    serde_json::from_value(serde_json::Value::String(code.to_owned())).expect("a document kind")
}

/// The 40 events: (member, date, event). NIAs carry valid keys
/// (97 − the 13 digits mod 97).
fn events() -> Vec<(&'static str, &'static str, Event)> {
    let received = |member, date, kinds: &[&str]| {
        kinds
            .iter()
            .map(|k| (member, date, Event::DocumentReceived { kind: doc(k) }))
            .collect::<Vec<_>>()
    };
    let nia = |number: &str| Event::NiaIssued {
        number: number.to_owned(),
    };
    let mut e = Vec::new();
    e.extend(received(
        "arjun",
        "2026-11-30",
        &[
            "form_s1106",
            "form_s3705",
            "identity_document",
            "residence_permit",
            "birth_certificate",
            "sworn_translation",
            "marriage_or_partnership_certificate",
            "proof_of_address",
            "bank_details",
            "proof_of_activity",
        ],
    ));
    e.extend(received(
        "meera",
        "2026-12-01",
        &[
            "form_s1106",
            "identity_document",
            "residence_permit",
            "birth_certificate",
            "sworn_translation",
            "marriage_or_partnership_certificate",
            "proof_of_address",
            "bank_details",
        ],
    ));
    for child in ["aarav", "diya"] {
        e.extend(received(
            child,
            "2026-12-01",
            &[
                "identity_document",
                "birth_certificate",
                "sworn_translation",
            ],
        ));
    }
    for m in ["arjun", "meera", "aarav", "diya"] {
        e.push((m, "2026-12-04", Event::FileSubmitted));
    }
    e.push(("arjun", "2026-12-22", nia("1 88 06 99 223 101 44")));
    e.push(("meera", "2026-12-22", nia("2 90 03 99 223 102 41")));
    e.push(("aarav", "2027-01-05", nia("1 17 05 99 223 103 13")));
    e.push(("diya", "2027-01-05", nia("2 22 01 99 223 104 41")));
    e.push(("arjun", "2027-01-08", Event::PhysicianDeclared));
    e.push(("meera", "2027-01-08", Event::PhysicianDeclared));
    e.push((
        "arjun",
        "2027-02-15",
        Event::NirCertified {
            number: "1 88 06 99 223 101 44".to_owned(),
        },
    ));
    e.push(("arjun", "2027-02-18", Event::CarteVitaleFormReceived));
    e.push(("arjun", "2027-02-19", Event::CarteVitaleOrdered));
    e.push(("arjun", "2027-02-22", Event::AmeliAccountOpened));
    e.push(("arjun", "2027-02-22", Event::AttestationObtained));
    e.push(("arjun", "2027-02-26", Event::CarteVitaleReceived));
    e
}

/// The case, built through `Case::new` and `Case::record` (every event accepted).
fn build_case() -> Case {
    let household = secu::parse_household(HOUSEHOLD.as_bytes()).expect("example parses");
    assert_eq!(household.members.len(), 4);
    let policy = Policy::default();
    let mut n = 0u128;
    let mut salts = move || {
        n += 1;
        n.to_be_bytes()
    };
    let mut case = Case::new(household, d("2026-11-27"), RECORDED_AT, &mut salts, &policy)
        .expect("the household opens a case");
    for (member, date, event) in events() {
        let kind = event.kind();
        if let Err(e) = case.record(member, d(date), event, RECORDED_AT, &mut salts, &policy) {
            panic!("{member} {kind} on {date} refused: {e}");
        }
    }
    case
}

fn benches(c: &mut Criterion) {
    let case = build_case();
    assert_eq!(case.history().len(), 40);
    let bytes = case.to_json_pretty().into_bytes();
    assert_eq!(Case::load(&bytes).as_ref(), Ok(&case));
    let policy = case.policy().expect("default policies");
    let as_of = d(AS_OF);

    c.bench_function("case/replay+status/40_events", |b| {
        b.iter(|| {
            let p = black_box(&case).replay(&policy).expect("replays");
            p.status(black_box(as_of), Lang::En)
        });
    });
    c.bench_function("case/load+replay+status/40_events", |b| {
        b.iter(|| {
            let case = Case::load(black_box(&bytes)).expect("loads");
            let policy = case.policy().expect("policies");
            let p = case.replay(&policy).expect("replays");
            p.status(black_box(as_of), Lang::En)
        });
    });
    c.bench_function("case/parse+verify/40_events", |b| {
        b.iter(|| Case::parse(black_box(&bytes)).expect("parses"));
    });
    c.bench_function("case/replay/40_events", |b| {
        b.iter(|| black_box(&case).replay(&policy).expect("replays"));
    });
    let procedure = case.replay(&policy).expect("replays");
    c.bench_function("case/status/4_members", |b| {
        b.iter(|| black_box(&procedure).status(black_box(as_of), Lang::En));
    });
}

criterion_group!(procedure, benches);
criterion_main!(procedure);
