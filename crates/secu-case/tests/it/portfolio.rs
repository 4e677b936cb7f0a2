//! The portfolio entry a store keeps per case (issue 16): its lines are
//! those of `status(day).portfolio()` on every day of its bound, in both
//! languages, for every bundled household with events recorded (documents,
//! a submission, some dated after the day looked from).

use chrono::{Days, NaiveDate};
use secu::Lang;
use secu::policy::Policy;
use secu_case::{Event, Procedure};

use crate::helpers::{example_names, household};

/// An example's procedure with every member's documents received, then the
/// file submitted, where the machine accepts them.
fn with_events(name: &str, opened: NaiveDate) -> Procedure {
    let mut p = Procedure::start(household(name), opened, &Policy::default()).expect("starts");
    let members: Vec<String> = p.members().iter().map(|s| s.member.clone()).collect();
    for (i, id) in members.iter().enumerate() {
        let docs: Vec<_> = p
            .member(id)
            .map(|s| s.documents.keys().copied().collect())
            .unwrap_or_default();
        let on = opened + Days::new(5 + 40 * i as u64);
        for kind in docs {
            let _ = p.apply(id, on, &Event::DocumentReceived { kind });
        }
        let _ = p.apply(id, on + Days::new(1), &Event::FileSubmitted);
    }
    p
}

fn lines(v: impl serde::Serialize) -> serde_json::Value {
    serde_json::to_value(v).expect("json")
}

#[test]
fn entry_holds_until_its_bound() {
    let mut checked = 0usize;
    let mut bounded = 0usize;
    for name in example_names() {
        let h = household(&name);
        let opened = h
            .as_of
            .unwrap_or_else(|| NaiveDate::from_ymd_opt(2026, 9, 1).expect("a date"));
        // Without events too: a minor's file in preparation is the parent's
        // to gather until the 18th birthday (an age change, not a deadline).
        let bare = Procedure::start(h.clone(), opened, &Policy::default()).expect("starts");
        for p in [with_events(&name, opened), bare] {
            let mut from = opened - Days::new(30);
            // Long enough for the children's 12th, 16th and 18th birthdays.
            let end = opened + Days::new(19 * 365);
            while from < end {
                let e = p.portfolio_entry(from);
                assert!(e.holds_on(from));
                let stop = e
                    .until
                    .unwrap_or(from + Days::new(120))
                    .min(from + Days::new(120));
                bounded += usize::from(e.until.is_some());
                let mut day = from;
                while day < stop {
                    let langs: &[Lang] = if day == from {
                        &[Lang::En, Lang::Fr]
                    } else {
                        &[Lang::En]
                    };
                    for &lang in langs {
                        assert_eq!(
                            lines(e.lines(lang).expect("known codes")),
                            lines(p.status(day, lang).portfolio()),
                            "{name}: entry of {from} (until {:?}) differs on {day}",
                            e.until
                        );
                    }
                    checked += 1;
                    day = day + Days::new(1);
                }
                // The entry round-trips through its stored form.
                let stored: secu_case::status::PortfolioEntry =
                    serde_json::from_str(&serde_json::to_string(&e).expect("json")).expect("back");
                assert_eq!(stored, e);
                from = from + Days::new(89);
            }
        }
    }
    assert!(
        checked > 10_000 && bounded > 100,
        "{checked} days, {bounded} bounded"
    );
}
