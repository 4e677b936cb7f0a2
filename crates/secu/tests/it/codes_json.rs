//! The codes view's own JSON writer (`AssessmentCodes::write_json`, issue
//! 15) writes exactly serde_json's text of `assess(full).codes()`: for every
//! bundled example, at several evaluation dates, under several policies, in
//! UTF-8 and in Latin-1; and for generated households of many members.

use secu::{Options, Policy};

use crate::helpers::{example_bytes, example_names};

/// serde_json's text and the writer's (UTF-8, then Latin-1 read back as
/// characters) of the codes view of `h` under `options`; `None` when the
/// household is refused.
fn compare(h: &secu::Household, options: &Options, what: &str) -> bool {
    let Ok(a) = secu::assess(h, options) else {
        return false;
    };
    let codes = a.codes();
    let expected = serde_json::to_vec(&codes).expect("serialises");
    let mut utf8 = b"prefix kept".to_vec();
    codes.write_json(&mut utf8);
    assert_eq!(
        String::from_utf8_lossy(&utf8[11..]),
        String::from_utf8_lossy(&expected),
        "{what}: UTF-8"
    );
    let expected = String::from_utf8(expected).expect("UTF-8");
    let mut latin1 = b"kept".to_vec();
    if codes.write_json_latin1(&mut latin1) {
        let back: String = latin1[4..].iter().map(|&b| char::from(b)).collect();
        assert_eq!(back, expected, "{what}: Latin-1");
    } else {
        // Refused only for a character outside Latin-1, and then unchanged.
        assert!(
            expected.chars().any(|c| c > '\u{ff}'),
            "{what}: Latin-1 refused"
        );
        assert_eq!(latin1, b"kept", "{what}");
    }
    true
}

#[test]
fn every_example_at_several_dates_and_policies() {
    let dates = [
        None,
        Some("2026-11-27"),
        Some("2024-02-29"),
        Some("2030-01-01"),
        Some("2045-06-15"),
    ];
    let policies: [&[&str]; 4] = [
        &[],
        &[
            "leap_day_birthday=first_of_march",
            "accompanying_family=three_months",
        ],
        &[
            r#"beneficiary_end={"fixed_date":{"month":9,"day":1}}"#,
            "legalisation=require",
            "physician_declaration_from_age=0",
        ],
        &[
            "child_attachment=filing_parent_only",
            "residence_start=three_month_anniversary",
        ],
    ];
    let mut compared = 0;
    for name in example_names() {
        let h = secu::parse_household(&example_bytes(&name)).expect("an example decodes");
        for date in dates {
            for set in policies {
                let mut policy = Policy::default();
                for p in set {
                    policy.set(p).expect("a known policy");
                }
                let mut options = Options::default().with_policy(policy);
                if let Some(d) = date {
                    options = options.with_as_of(d.parse().expect("date"));
                }
                let what = format!("{name} at {date:?} with {set:?}");
                compared += usize::from(compare(&h, &options, &what));
            }
        }
    }
    assert!(compared > 300, "only {compared} assessments compared");
}

#[test]
fn generated_households() {
    for n in [1usize, 7, 60] {
        let json = crate::validation::common::household_json(n);
        let h = secu::parse_household(json.as_bytes()).expect("decodes");
        assert!(compare(&h, &Options::default(), &format!("{n} members")));
    }
}
