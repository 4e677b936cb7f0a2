//! The generated documentation stays in sync with the code, and the public
//! codes are the ones the contract fixes.

use strum::IntoEnumIterator;

use secu::output::{
    Actor, Affiliation, Basis, DependentStatus, DocKind, DsnIdentifier, FundKind, MilestoneKind,
    StepId, StepStatus, WarningCode,
};

/// `docs/rules.md` is generated from `secu::rules`; regenerate with `cargo xtask rules`.
#[test]
fn rules_catalogue_is_up_to_date() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/rules.md");
    let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        on_disk == secu::rules::catalogue_markdown(),
        "docs/rules.md is stale: run `cargo xtask rules`"
    );
}

#[test]
fn rule_ids_are_unique_and_sourced() {
    let mut ids: Vec<&str> = secu::rules::ALL.iter().map(|r| r.id).collect();
    ids.sort_unstable();
    let before = ids.len();
    ids.dedup();
    assert_eq!(before, ids.len(), "duplicate rule id");
    for r in secu::rules::ALL {
        assert!(!r.sources.is_empty(), "{} has no source", r.id);
        assert!(!r.domain.is_empty(), "{} names no domain.md section", r.id);
    }
}

/// Every explanation of every example names a catalogued rule.
#[test]
fn explanations_name_catalogued_rules() {
    for name in crate::helpers::example_names() {
        let v = crate::helpers::assess_json(&crate::helpers::example_bytes(&name), secu::Lang::En);
        for m in v["members"].as_array().into_iter().flatten() {
            for e in m["explanation"].as_array().into_iter().flatten() {
                let id = e["rule"].as_str().unwrap_or_default();
                assert!(
                    secu::rules::by_id(id).is_some(),
                    "{name}: unknown rule {id}"
                );
            }
        }
    }
}

/// The JSON spelling of every enum value is its `code()`, and the contract's
/// values are all there (contract §2: add, never rename).
#[test]
fn codes_match_the_contract() {
    fn check<E: IntoEnumIterator + serde::Serialize + Copy>(
        code: impl Fn(E) -> &'static str,
        contract: &[&str],
    ) {
        let all: Vec<&str> = E::iter().map(&code).collect();
        for v in E::iter() {
            assert_eq!(
                serde_json::to_value(v).expect("json"),
                serde_json::Value::from(code(v))
            );
        }
        for c in contract {
            assert!(all.contains(c), "contract value {c} missing from {all:?}");
        }
    }
    check(
        Affiliation::code,
        &[
            "registration",
            "reactivation",
            "beneficiary",
            "s1_registration",
            "none",
        ],
    );
    check(
        Basis::code,
        &[
            "activity",
            "residence",
            "accompanying_family",
            "dependent_child",
            "s1",
            "home_scheme",
        ],
    );
    check(
        DependentStatus::code,
        &["ayant_droit", "ayant_droit_autonome", "own_coverage"],
    );
    check(FundKind::code, &["cpam", "cgss", "msa"]);
    check(
        MilestoneKind::code,
        &[
            "own_card_orderable",
            "own_carte_vitale",
            "majority",
            "beneficiary_end",
            "nia_expiry",
            "posting_end",
            "ntt_limit",
            "vls_ts_validation_due",
            "permit_expiry",
        ],
    );
    check(
        DocKind::code,
        &[
            "form_s1106",
            "form_s3705",
            "form_s1110",
            "form_s3704",
            "identity_document",
            "residence_permit",
            "birth_certificate",
            "sworn_translation",
            "marriage_or_partnership_certificate",
            "proof_of_address",
            "bank_details",
            "proof_of_activity",
            "proof_of_residence",
            "s1_form",
            "a1_certificate",
            "coverage_certificate",
            "enrolment_certificate",
            "id_photo",
        ],
    );
    check(
        StepId::code,
        &[
            "prepare_file",
            "submit_file",
            "provisional_number",
            "physician_declaration",
            "number_certification",
            "carte_vitale",
            "ameli_account",
            "rights_reopened",
            "s1_registered",
        ],
    );
    check(
        Actor::code,
        &[
            "member",
            "parent",
            "employer",
            "cpam",
            "sandia",
            "doctor",
            "home_institution",
        ],
    );
    check(
        StepStatus::code,
        &[
            "pending",
            "in_progress",
            "done",
            "blocked",
            "not_applicable",
        ],
    );
    check(DsnIdentifier::code, &["nir", "nia", "ntt"]);
    check(
        WarningCode::code,
        &[
            "residence_three_months",
            "posting_over_limit",
            "agreement_scope_unverified",
            "agreement_excludes_health",
            "posting_without_certificate",
            "paris_cpam_for_talent_passport",
            "permit_missing",
            "parents_assumed",
            "assumed_never_insured",
            "inactive_eea_resources",
            "nir_mismatch",
        ],
    );
}

/// The assessment's top-level and member fields are the contract's.
#[test]
fn output_fields_match_the_contract() {
    let v = crate::helpers::assess_json(
        &crate::helpers::example_bytes("talent_passport_family"),
        secu::Lang::En,
    );
    for f in [
        "format",
        "secu_version",
        "rules_version",
        "as_of",
        "policies",
        "members",
    ] {
        assert!(v.get(f).is_some(), "missing top-level field {f}");
    }
    assert_eq!(v["format"], "secu.assessment.v1");
    let m = &v["members"][0];
    for f in [
        "id",
        "label",
        "age",
        "affiliation",
        "basis",
        "covered_from",
        "identification_required",
        "dependent_status",
        "attached_to",
        "fund",
        "milestones",
        "documents",
        "steps",
        "payroll",
        "warnings",
        "explanation",
    ] {
        assert!(m.get(f).is_some(), "missing member field {f}");
    }
    for f in [
        "kind",
        "label",
        "reason",
        "sources",
        "alternatives",
        "translation_required",
    ] {
        assert!(
            m["documents"][0].get(f).is_some(),
            "missing document field {f}"
        );
    }
    for f in ["step", "actor", "status", "expected_by", "estimated"] {
        assert!(m["steps"][0].get(f).is_some(), "missing step field {f}");
    }
    for f in ["dsn_identifier", "ntt_suggestion", "note"] {
        assert!(m["payroll"].get(f).is_some(), "missing payroll field {f}");
    }
}

#[test]
fn every_rule_is_documented_once() {
    // Each rule has its documentation (why, an example, the facts it reads),
    // and every documentation entry is a rule of the catalogue.
    for r in secu::rules::ALL {
        let d = r.doc();
        assert_eq!(d.id, r.id);
        assert!(!d.why.is_empty() && !d.example.is_empty(), "{}", r.id);
        assert!(d.module.starts_with("secu::rules::"), "{}", r.id);
        assert!(!r.reads().is_empty(), "{} reads no fact", r.id);
    }
}
