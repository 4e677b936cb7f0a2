//! A generated household of any size, for the members benchmark
//! (`benches/assess.rs`), the profiler's example (`examples/profile_assess.rs`)
//! and the test that `assess` stays linear (`tests/it/validation.rs`).
//!
//! Two employed parents (a Talent Passport holder and a spouse), and
//! `n - 2` children of every age (minors, adults, students), half of them
//! with their `parents` given and half without (Decision 12), so that every
//! pass that looks members up by id or by relationship runs.

/// The JSON of a household of `n` members (at least 2), evaluated on 2026-11-27.
#[allow(dead_code)] // Not every includer uses every helper.
pub(crate) fn household_json(n: usize) -> String {
    let n = n.max(2);
    let mut members = Vec::with_capacity(n);
    members.push(
        r#"{"id":"p","label":"Parent","relationship":"primary","birth_date":"1970-06-15","sex":"male",
        "nationality":"IN","birth_country":"IN","previously_insured_in_france":false,
        "activity":{"kind":"employed","start_date":"2026-10-01","employer":{"siren":"552100554","payroll_id":"0107"}},
        "residence":{"arrival_date":"2026-09-20","permit":"talent_passport","permit_valid_from":"2026-09-20",
        "permit_valid_until":"2030-09-19","postcode":"92400"}}"#
            .to_owned(),
    );
    members.push(
        r#"{"id":"s","relationship":"spouse","birth_date":"1972-03-02","sex":"female",
        "nationality":"IN","birth_country":"IN","previously_insured_in_france":false,"union_country":"IN",
        "activity":{"kind":"none"},
        "residence":{"arrival_date":"2026-09-20","permit":"talent_passport","permit_valid_from":"2026-09-20",
        "permit_valid_until":"2030-09-19","postcode":"92400"}}"#
            .to_owned(),
    );
    for k in 2..n {
        // Born 1995 to 2025: adults and minors of every age.
        let year = 1995 + k % 31;
        let month = 1 + k % 12;
        let parents = if k % 2 == 0 {
            r#","parents":["p","s"]"#
        } else {
            ""
        };
        let education = k % 3 == 0;
        members.push(format!(
            r#"{{"id":"c{k}","relationship":"child","birth_date":"{year}-{month:02}-10","sex":"female",
            "nationality":"IN","birth_country":"IN","previously_insured_in_france":false,
            "residence":{{"arrival_date":"2026-09-20","postcode":"92400"}},"in_education":{education}{parents}}}"#
        ));
    }
    format!(
        r#"{{"format":"secu.household.v1","as_of":"2026-11-27","members":[{}]}}"#,
        members.join(",")
    )
}
