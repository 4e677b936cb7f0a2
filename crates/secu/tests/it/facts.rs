//! Each rule declares the facts it reads (`Rule::reads`): perturbing a fact
//! that a rule does not declare never changes that rule's result.
//!
//! Every field of every member of the bundled examples (and `as_of`) is set
//! to each value that field takes somewhere in the examples, to a few shifted
//! dates, and removed; each household that still validates is assessed and
//! compared with the original, member by member and rule by rule. A rule's
//! result for a member is its explanation entries and the output it owns
//! (`OWNED`). A change is allowed when the rule declares that fact of the
//! perturbed member in one of its relations to the member whose result
//! changed (themself, the primary, the partner, a parent, a child) or of
//! any member.
//!
//! `SECU_FACTS_DISCOVER=1` prints what was observed, as declarations.

use std::collections::{BTreeMap, BTreeSet};

use secu::Options;
use secu::rules::facts::{Fact, FactRef, Whose};
use serde_json::{Value, json};

use crate::helpers::{example_bytes, example_names};

/// Outputs a rule owns, besides its explanation entries.
const OWNED: &[(&str, &str)] = &[
    ("documents.checklist", "documents"),
    ("procedure.steps", "steps"),
    ("payroll.dsn_identifier", "payroll"),
    ("fund.local", "fund"),
    ("child.milestones", "milestones"),
    ("child.dependent_status", "dependent_status"),
    ("child.attachment", "attached_to"),
    ("coverage.covered_from", "covered_from"),
];

/// One rule's result for each member (by index).
fn results(a: &Value) -> BTreeMap<(&'static str, usize), Value> {
    let mut out = BTreeMap::new();
    let members = a["members"].as_array().expect("members");
    for (j, m) in members.iter().enumerate() {
        for r in secu::rules::ALL {
            let mut v: Vec<Value> = m["explanation"]
                .as_array()
                .expect("explanation")
                .iter()
                .filter(|e| e["rule"] == r.id)
                .cloned()
                .collect();
            for (id, field) in OWNED {
                if *id == r.id {
                    v.push(m.get(*field).cloned().unwrap_or(Value::Null));
                }
            }
            out.insert((r.id, j), Value::Array(v));
        }
    }
    out
}

fn assess(h: &Value) -> Option<Value> {
    let bytes = serde_json::to_vec(h).ok()?;
    let h = secu::parse_household(&bytes).ok()?;
    let a = secu::assess(&h, &Options::default()).ok()?;
    serde_json::to_value(&a).ok()
}

fn get<'v>(v: &'v Value, path: &str) -> Option<&'v Value> {
    path.split('.').try_fold(v, |v, k| v.get(k))
}

/// Sets (or with `None` removes) a dotted path, creating objects on the way.
fn set(v: &mut Value, path: &str, value: Option<&Value>) {
    let mut keys: Vec<&str> = path.split('.').collect();
    let last = keys.pop().expect("path");
    let mut cur = v;
    for k in keys {
        if !cur.get(k).is_some_and(Value::is_object) {
            if value.is_none() {
                return;
            }
            cur[k] = json!({});
        }
        cur = &mut cur[k];
    }
    match value {
        Some(x) => cur[last] = x.clone(),
        None => {
            if let Some(o) = cur.as_object_mut() {
                o.remove(last);
            }
        }
    }
}

fn is_date(v: &Value) -> bool {
    v.as_str()
        .is_some_and(|s| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok())
}

/// Dates around `v`: the day before and after, a year, 16 years.
fn shifted(v: &Value) -> Vec<Value> {
    let Some(d) = v
        .as_str()
        .and_then(|s| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
    else {
        return Vec::new();
    };
    [-5844i64, -366, -1, 1, 366, 5844]
        .iter()
        .filter_map(|&n| d.checked_add_signed(chrono::TimeDelta::days(n)))
        .map(|d| json!(d.format("%Y-%m-%d").to_string()))
        .collect()
}

/// Relations of member `m` to member `j` in household `h`.
fn relations(h: &Value, m: usize, j: usize) -> BTreeSet<Whose> {
    let members = h["members"].as_array().expect("members");
    let rel = |k: usize| members[k]["relationship"].as_str().unwrap_or("");
    let id = |k: usize| members[k]["id"].as_str().unwrap_or("");
    let partner = |k: usize| matches!(rel(k), "spouse" | "civil_partner" | "cohabiting_partner");
    let parents_of = |k: usize| -> Vec<usize> {
        match members[k]["parents"].as_array() {
            Some(ids) => (0..members.len())
                .filter(|&p| ids.iter().any(|x| x.as_str() == Some(id(p))))
                .collect(),
            None if rel(k) == "child" => (0..members.len())
                .filter(|&p| rel(p) == "primary" || partner(p))
                .collect(),
            None => Vec::new(),
        }
    };
    let mut out = BTreeSet::new();
    if m == j {
        out.insert(Whose::Member);
    }
    if rel(m) == "primary" {
        out.insert(Whose::Primary);
    }
    if partner(m) {
        out.insert(Whose::Partner);
    }
    if parents_of(j).contains(&m) {
        out.insert(Whose::Parent);
    }
    if parents_of(m).contains(&j) {
        out.insert(Whose::Child);
    }
    out
}

/// Whether `reads` allows a change of `fact` of a member in `relations`.
fn declared(reads: &[FactRef], fact: Fact, relations: &BTreeSet<Whose>) -> bool {
    reads.iter().any(|r| {
        r.fact == fact && (fact == Fact::AsOf || r.of == Whose::Any || relations.contains(&r.of))
    })
}

/// The preferred relation to declare for an observation (discovery mode).
fn preferred(relations: &BTreeSet<Whose>) -> Whose {
    [
        Whose::Member,
        Whose::Parent,
        Whose::Child,
        Whose::Partner,
        Whose::Primary,
    ]
    .into_iter()
    .find(|w| relations.contains(w))
    .unwrap_or(Whose::Any)
}

#[test]
fn a_rule_changes_only_with_the_facts_it_declares() {
    let households: Vec<Value> = example_names()
        .iter()
        .map(|n| serde_json::from_slice(&example_bytes(n)).expect("example JSON"))
        .collect();
    // The values each field takes in the examples.
    let mut values: BTreeMap<Fact, Vec<Value>> = BTreeMap::new();
    for h in &households {
        for m in h["members"].as_array().expect("members") {
            for &f in Fact::ALL {
                if let Some(v) = get(m, f.path()).filter(|_| f != Fact::AsOf) {
                    let vs = values.entry(f).or_default();
                    if !vs.contains(v) {
                        vs.push(v.clone());
                    }
                }
            }
        }
    }
    let discover = std::env::var_os("SECU_FACTS_DISCOVER").is_some();
    let mut seen: BTreeMap<&str, BTreeSet<FactRef>> = BTreeMap::new();
    let mut failures = Vec::new();
    let mut tried = 0usize;
    for h in &households {
        let Some(base) = assess(h) else { continue };
        let before = results(&base);
        let n = h["members"].as_array().expect("members").len();
        let mut variants: Vec<(usize, Fact, Value)> = Vec::new();
        if let Some(as_of) = h.get("as_of") {
            for v in shifted(as_of) {
                let mut g = h.clone();
                g["as_of"] = v;
                variants.push((usize::MAX, Fact::AsOf, g));
            }
        }
        for m in 0..n {
            for &f in Fact::ALL.iter().filter(|&&f| f != Fact::AsOf) {
                let current = get(&h["members"][m], f.path()).cloned();
                let mut alternatives: Vec<Option<Value>> = vec![None];
                alternatives.extend(values.get(&f).into_iter().flatten().cloned().map(Some));
                if let Some(c) = &current {
                    if is_date(c) {
                        alternatives.extend(shifted(c).into_iter().map(Some));
                    }
                    if let Some(b) = c.as_bool() {
                        alternatives.push(Some(json!(!b)));
                    }
                } else if matches!(f, Fact::InEducation | Fact::AutonomyRequested) {
                    alternatives.push(Some(json!(true)));
                }
                for alt in alternatives {
                    if alt == current {
                        continue;
                    }
                    let mut g = h.clone();
                    set(&mut g["members"][m], f.path(), alt.as_ref());
                    variants.push((m, f, g));
                }
            }
        }
        for (m, f, g) in variants {
            let Some(after) = assess(&g) else { continue };
            tried += 1;
            for ((rule, j), r) in results(&after) {
                if before.get(&(rule, j)) == Some(&r) {
                    continue;
                }
                let rel = if m == usize::MAX {
                    BTreeSet::from([Whose::Any])
                } else {
                    relations(h, m, j)
                };
                let of = preferred(&rel);
                seen.entry(rule)
                    .or_default()
                    .insert(FactRef { of, fact: f });
                let reads = secu::rules::by_id(rule).expect("rule").reads();
                if !declared(reads, f, &rel) {
                    failures.push(format!(
                        "{rule}: changed for member {j} of {} when {} of member {m} ({rel:?}) changed",
                        h["members"][0]["id"], f.path()
                    ));
                }
            }
        }
    }
    #[allow(clippy::print_stdout)] // Opt-in discovery output for the one who declares.
    if discover {
        for (rule, facts) in &seen {
            let list: Vec<String> = facts
                .iter()
                .map(|r| format!("{:?}.{:?}", r.of, r.fact))
                .collect();
            println!("{rule}: {}", list.join(", "));
        }
    }
    assert!(tried > 1000, "only {tried} perturbed households assessed");
    failures.sort();
    failures.dedup();
    assert!(
        failures.is_empty(),
        "{} undeclared reads, e.g.:\n{}",
        failures.len(),
        failures
            .iter()
            .take(20)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn the_check_refuses_an_undeclared_fact() {
    // The checker itself: a rule declaring only the member's birth date may
    // not change with the primary's nationality, and may with the birth date.
    let reads = [FactRef {
        of: Whose::Member,
        fact: Fact::BirthDate,
    }];
    let primary = BTreeSet::from([Whose::Primary, Whose::Parent]);
    let itself = BTreeSet::from([Whose::Member]);
    assert!(!declared(&reads, Fact::Nationality, &primary));
    assert!(!declared(&reads, Fact::BirthDate, &primary));
    assert!(declared(&reads, Fact::BirthDate, &itself));
    let any = [FactRef {
        of: Whose::Any,
        fact: Fact::Nationality,
    }];
    assert!(declared(&any, Fact::Nationality, &primary));
}
