//! Shared helpers: the bundled examples and the replay setups.

use std::path::PathBuf;

use chrono::NaiveDate;
use secu::model::Household;
use secu::output::DocKind;
use secu::policy::Policy;
use secu_case::case::Case;
use secu_case::{Event, EventKind, Procedure};

/// The repository's `examples/` folder.
pub(crate) fn examples_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples")
}

/// Every bundled household, by name (`NAME.json` without `.expect`), sorted.
pub(crate) fn example_names() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(examples_dir())
        .expect("examples/ exists")
        .filter_map(|e| {
            let name = e.ok()?.file_name().into_string().ok()?;
            let stem = name.strip_suffix(".json")?;
            (!stem.ends_with(".expect")).then(|| stem.to_owned())
        })
        .collect();
    names.sort();
    names
}

/// The raw JSON of an example.
pub(crate) fn example_bytes(name: &str) -> Vec<u8> {
    std::fs::read(examples_dir().join(format!("{name}.json"))).expect("example readable")
}

// ---------------------------------------------------------------------------
// The replay setups the procedure's tests share: an example household, its
// procedure or case file opened on a date, deterministic salts, and the
// vocabulary of the scripts (`DATE MEMBER ACTION [ARGS…]`).

/// A date of a test or a script line.
pub(crate) fn d(s: &str) -> NaiveDate {
    s.parse()
        .unwrap_or_else(|e| panic!("bad date {s:?} in a script: {e}"))
}

/// An example household, decoded.
pub(crate) fn household(name: &str) -> Household {
    secu::parse_household(&example_bytes(name)).expect("example parses")
}

/// The procedure of an example household opened on `opened`, default policies.
pub(crate) fn start(example: &str, opened: &str) -> Procedure {
    Procedure::start(household(example), d(opened), &Policy::default())
        .expect("the procedure starts")
}

/// Deterministic salts (1, 2, 3… as 16 big-endian bytes): the tests' random source.
pub(crate) fn counter() -> impl FnMut() -> [u8; 16] {
    let mut n = 0u128;
    move || {
        n += 1;
        n.to_be_bytes()
    }
}

/// The case file of an example household opened on `opened`, created at
/// `created_at`, with default policies and [`counter`] salts.
pub(crate) fn open_case(example: &str, opened: &str, created_at: &str) -> Case {
    Case::new(
        household(example),
        d(opened),
        created_at,
        &mut counter(),
        &Policy::default(),
    )
    .expect("new case")
}

/// A document kind by its code.
pub(crate) fn doc(code: &str) -> DocKind {
    serde_json::from_value(serde_json::Value::String(code.to_owned()))
        .unwrap_or_else(|e| panic!("unknown document kind {code:?}: {e}"))
}

/// An event kind by its code.
pub(crate) fn kind(code: &str) -> EventKind {
    code.parse()
        .unwrap_or_else(|_| panic!("unknown event kind {code:?}"))
}

/// Builds the event of a script line from its code and arguments.
pub(crate) fn event(code: &str, args: &[&str]) -> Event {
    let rest = || args.get(1..).unwrap_or_default().join(" ");
    let first = || doc(args.first().expect("a document kind"));
    match kind(code) {
        EventKind::DocumentReceived => Event::DocumentReceived { kind: first() },
        EventKind::DocumentRejected => Event::DocumentRejected {
            kind: first(),
            reason: rest(),
        },
        EventKind::DocumentWaived => Event::DocumentWaived {
            kind: first(),
            reason: rest(),
        },
        EventKind::DocumentsRequested => Event::DocumentsRequested {
            kinds: args.iter().map(|a| doc(a)).collect(),
        },
        EventKind::NiaIssued => Event::NiaIssued {
            number: args.join(" "),
        },
        EventKind::NirCertified => Event::NirCertified {
            number: args.join(" "),
        },
        EventKind::Rejected => Event::Rejected {
            reason: args.join(" "),
        },
        other => other
            .without_data()
            .unwrap_or_else(|| panic!("{other} needs a payload: give it as @name")),
    }
}

/// One step of a script, `DATE MEMBER ACTION [ARGS…]`: ACTION is an event
/// code, `@name` (an event of `special`) or `?` (no event: `None`). `at`
/// names the line in panics.
pub(crate) fn script_step<'l, S: AsRef<str>>(
    words: &[&'l str],
    special: &[(S, Event)],
    at: &dyn Fn() -> String,
) -> (NaiveDate, &'l str, Option<Event>) {
    let [date, member, action, args @ ..] = words else {
        panic!("{}: expected DATE MEMBER ACTION", at());
    };
    let ev = match *action {
        "?" => None,
        name if name.starts_with('@') => Some(
            special
                .iter()
                .find(|(k, _)| k.as_ref() == &name[1..])
                .map(|(_, e)| e.clone())
                .unwrap_or_else(|| panic!("{}: no special event {name}", at())),
        ),
        code => Some(event(code, args)),
    };
    (d(date), member, ev)
}
