//! Camino-style replays of real-looking case histories through the CPAM
//! procedure machine (issue 3), asserting the exact set of allowed events and
//! the phase after every step.
//!
//! A history is a small script, one line per step:
//!
//! ```text
//! DATE MEMBER ACTION [ARGS…] => EXPECTATION
//! ```
//!
//! - ACTION is an event code (`document_received`, `nia_issued`…), `?` (no
//!   event: only check the state on that date) or `@name` (a household event
//!   given beside the script, e.g. a newborn).
//! - ARGS: a document kind (and a reason) for `document_*`, the kinds for
//!   `documents_requested`, the number (spaces allowed) for `nia_issued` and
//!   `nir_certified`, a reason for `rejected`.
//! - EXPECTATION is `PHASE: EVENT EVENT…` (the event was accepted; the
//!   member is in PHASE and exactly these events are allowed on DATE), `=`
//!   (accepted; same phase and allowed events as the member's previous
//!   expectation) or `refused CODE` (refused with that code; the member's state
//!   is unchanged and the refusal lists exactly the events allowed now).
//!
//! Sources: domain.md §4.2 (NIA, R114-7 clock), §7 (minors: card at 12/16,
//! own coverage at 18), §8 (the six steps), §10, Decisions 8 and 9.

use std::collections::HashMap;

use chrono::NaiveDate;
use secu::model::{Member, Permit};
use secu::output::DocKind;
use secu::policy::Policy;
use secu_case::machine::{MemberState, Phase, TrackKind};
use secu_case::{Event, EventKind, Procedure};

use crate::helpers::{d, doc, household, kind, script_step, start};

/// What a line expects: the phase and the exact allowed events.
#[derive(Clone, Debug, PartialEq)]
struct Expect {
    phase: String,
    allowed: Vec<EventKind>,
}

fn parse_expect(text: &str) -> Expect {
    let (phase, events) = text
        .split_once(':')
        .unwrap_or_else(|| panic!("expected `PHASE: EVENTS`, got {text:?}"));
    let mut allowed: Vec<EventKind> = events.split_whitespace().map(kind).collect();
    allowed.sort_unstable();
    Expect {
        phase: phase.trim().to_owned(),
        allowed,
    }
}

fn observed(p: &Procedure, member: &str, on: NaiveDate) -> Expect {
    let state = p
        .member(member)
        .unwrap_or_else(|| panic!("{member} has no track"));
    Expect {
        phase: state.phase.code().to_owned(),
        allowed: p.allowed_events(member, on),
    }
}

// The bless mode (SECU_BLESS=1) prints what it observed, for a reviewer.
#[allow(clippy::print_stdout)]
/// Replays a script over an example household opened on `opened`; `special`
/// names the household events used as `@name`. Returns the procedure.
fn replay(example: &str, opened: &str, special: &[(&str, Event)], script: &str) -> Procedure {
    let mut p = start(example, opened);
    let mut last: HashMap<String, Expect> = HashMap::new();
    // SECU_BLESS=1 prints the observed expectation of every line that differs
    // (to review and update a script after a deliberate change of the machine).
    let bless = std::env::var_os("SECU_BLESS").is_some();
    for (n, raw) in script.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let at = || format!("{example}, line {}: {line}", n + 1);
        let (step, expect) = line
            .split_once("=>")
            .unwrap_or_else(|| panic!("{}: no `=>`", at()));
        let words: Vec<&str> = step.split_whitespace().collect();
        let (date, member, ev) = script_step(&words, special, &at);
        let expect = expect.trim();
        if let Some(code) = expect.strip_prefix("refused") {
            let ev = ev.unwrap_or_else(|| panic!("{}: `?` cannot be refused", at()));
            let before: Option<MemberState> = p.member(member).cloned();
            let allowed_now = p.allowed_events(member, date);
            let refusal = match p.apply(member, date, &ev) {
                Err(r) => r,
                Ok(()) if bless => {
                    println!("\nBLESS\t{}\t{}\t=> ACCEPTED", n + 1, step.trim());
                    continue;
                }
                Ok(()) => panic!("{}: accepted, expected a refusal", at()),
            };
            if bless && refusal.code != code.trim() {
                println!(
                    "\nBLESS\t{}\t{}\t=> refused {}",
                    n + 1,
                    step.trim(),
                    refusal.code
                );
                continue;
            }
            assert_eq!(refusal.code, code.trim(), "{}: {refusal}", at());
            assert_eq!(refusal.event, ev.kind(), "{}", at());
            assert_eq!(
                refusal.allowed,
                allowed_now,
                "{}: the refusal lists the allowed events",
                at()
            );
            assert_eq!(
                p.member(member).cloned(),
                before,
                "{}: a refused event changed the state",
                at()
            );
            continue;
        }
        if let Some(ev) = &ev
            && let Err(r) = p.apply(member, date, ev)
        {
            if bless {
                println!("\nBLESS\t{}\t{}\t=> refused {}", n + 1, step.trim(), r.code);
                continue;
            }
            panic!("{}: refused: {r}", at());
        }
        let want = if expect == "=" {
            last.get(member)
                .cloned()
                .unwrap_or_else(|| panic!("{}: `=` without a previous expectation", at()))
        } else {
            parse_expect(expect)
        };
        let got = observed(&p, member, date);
        if bless {
            if got != want {
                let allowed: Vec<&str> = got.allowed.iter().map(|e| e.code()).collect();
                println!(
                    "\nBLESS\t{}\t{}\t=> {}: {}",
                    n + 1,
                    step.trim(),
                    got.phase,
                    allowed.join(" ")
                );
            }
            last.insert(member.to_owned(), got);
            continue;
        }
        assert_eq!(got, want, "{}", at());
        last.insert(member.to_owned(), want);
    }
    p
}

fn phase(p: &Procedure, member: &str) -> Phase {
    p.member(member).expect("member has a track").phase
}

fn track(p: &Procedure, member: &str) -> TrackKind {
    p.member(member).expect("member has a track").track
}

/// A returning worker whose old Carte Vitale is still valid: no new card
/// (domain §8: "Carte Vitale (if none valid)"); the file completes with the
/// ameli account and the attestation.
#[test]
fn reactivation_with_a_card_still_valid() {
    let p = replay(
        "returning_worker_with_nir",
        "2027-02-01",
        &[],
        "
        2027-02-16 emilie document_received form_s1106 => preparing: document_received document_rejected document_waived withdrawn
        2027-02-16 emilie document_received identity_document => =
        2027-02-16 emilie document_received residence_permit => =
        2027-02-16 emilie document_received bank_details => =
        2027-03-01 emilie document_received proof_of_activity => preparing: document_received document_rejected document_waived file_submitted withdrawn
        2027-03-02 emilie file_submitted => submitted: document_received document_rejected documents_requested physician_declared rights_reopened rejected withdrawn
        2027-03-02 emilie carte_vitale_still_valid => refused not_allowed_now
        2027-03-12 emilie rights_reopened => affiliated: document_received document_rejected physician_declared carte_vitale_form_received carte_vitale_ordered carte_vitale_received carte_vitale_still_valid ameli_account_opened withdrawn
        2027-03-12 emilie carte_vitale_still_valid => affiliated: document_received document_rejected physician_declared carte_vitale_form_received carte_vitale_ordered carte_vitale_received ameli_account_opened withdrawn
        2027-03-15 emilie ameli_account_opened => affiliated: document_received document_rejected physician_declared carte_vitale_form_received carte_vitale_ordered carte_vitale_received ameli_account_opened attestation_obtained withdrawn
        2027-03-15 emilie attestation_obtained => complete:
        ",
    );
    let st = p.status(d("2027-03-16"), secu::Lang::En);
    let card = st.members[0]
        .steps
        .iter()
        .find(|s| s.step == secu::output::StepId::CarteVitale)
        .expect("card step");
    assert_eq!(card.status, secu::output::StepStatus::Done);
    assert_eq!(card.done_on, Some(d("2027-03-12")));
}

// ---------------------------------------------------------------------------
// 1. Smooth registration with identification.

#[test]
fn smooth_registration() {
    let p = replay(
        "talent_passport_family",
        "2026-11-27",
        &[],
        "
        2026-11-27 arjun ? => preparing: document_received document_waived withdrawn
        2026-11-30 arjun document_received form_s1106 => preparing: document_received document_rejected document_waived withdrawn
        2026-11-30 arjun document_received form_s3705 => =
        2026-11-30 arjun document_received identity_document => =
        2026-11-30 arjun document_received residence_permit => =
        2026-12-01 arjun document_received birth_certificate => =
        2026-12-01 arjun document_received sworn_translation => =
        2026-12-01 arjun document_received marriage_or_partnership_certificate => =
        2026-12-02 arjun document_received proof_of_address => =
        2026-12-02 arjun document_received bank_details => =
        # The last document needed to submit (S3704 and photo come later).
        2026-12-03 arjun document_received proof_of_activity => preparing: document_received document_rejected document_waived file_submitted withdrawn
        2026-12-04 arjun file_submitted => submitted: document_received document_rejected documents_requested nia_issued physician_declared rejected withdrawn
        # NIA 2-3 weeks later; the birth certificate was in the file: no R114-7 clock.
        2026-12-22 arjun nia_issued 1 88 06 99 223 101 44 => provisional: document_received document_rejected documents_requested physician_declared nir_certified rejected withdrawn
        2027-01-08 arjun physician_declared => =
        2027-01-08 arjun carte_vitale_ordered => refused not_allowed_now
        2027-01-08 arjun ameli_account_opened => refused not_allowed_now
        2027-06-15 arjun nir_certified 1 88 06 99 223 101 44 => affiliated: document_received document_rejected physician_declared carte_vitale_form_received carte_vitale_ordered carte_vitale_received ameli_account_opened withdrawn
        2027-06-22 arjun carte_vitale_form_received => =
        2027-06-25 arjun carte_vitale_ordered => =
        2027-07-16 arjun carte_vitale_received => =
        2027-07-16 arjun attestation_obtained => refused no_ameli_account
        2027-07-20 arjun ameli_account_opened => affiliated: document_received document_rejected physician_declared carte_vitale_form_received carte_vitale_ordered carte_vitale_received ameli_account_opened attestation_obtained withdrawn
        2027-07-20 arjun attestation_obtained => complete:
        2027-08-01 arjun physician_declared => refused not_allowed_now
        ",
    );
    let arjun = p.member("arjun").expect("arjun");
    assert_eq!(arjun.track, TrackKind::RegistrationWithIdentification);
    assert!(arjun.warnings.is_empty(), "{:?}", arjun.warnings);
    assert!(arjun.civil_status_received);
    assert_eq!(
        arjun.dates.get(&EventKind::NiaIssued),
        Some(&d("2026-12-22"))
    );
    assert_eq!(
        arjun.dates.get(&EventKind::NirCertified),
        Some(&d("2027-06-15"))
    );
    // Masked to the last 4 characters (only the key and the last order digits show).
    let nir = arjun.nir.as_deref().expect("nir");
    assert!(nir.ends_with("1 44") && !nir.contains("223"), "{nir}");
    assert_eq!(
        arjun.certified_nir().map(ToString::to_string),
        arjun.nir.clone()
    );
    // The other members did not move.
    for other in ["meera", "aarav", "diya"] {
        assert_eq!(phase(&p, other), Phase::Preparing);
    }
}

// ---------------------------------------------------------------------------
// 2. The fund asks for documents twice: once before, once after the NIA.

#[test]
fn documents_requested_twice() {
    let p = replay(
        "talent_passport_family",
        "2026-11-27",
        &[],
        "
        2026-12-01 meera document_received form_s1106 => preparing: document_received document_rejected document_waived withdrawn
        2026-12-01 meera document_received identity_document => =
        2026-12-01 meera document_received residence_permit => =
        2026-12-01 meera document_received birth_certificate => =
        2026-12-01 meera document_received sworn_translation => =
        2026-12-01 meera document_received marriage_or_partnership_certificate => =
        2026-12-01 meera document_received proof_of_address => =
        2026-12-01 meera document_received bank_details => preparing: document_received document_rejected document_waived file_submitted withdrawn
        2026-12-04 meera file_submitted => submitted: document_received document_rejected documents_requested nia_issued physician_declared rejected withdrawn
        # First request: the marriage certificate needs a sworn translation too.
        2026-12-18 meera documents_requested marriage_or_partnership_certificate sworn_translation => preparing: document_received document_rejected document_waived withdrawn
        2026-12-18 meera file_submitted => refused documents_missing
        2027-01-05 meera document_received sworn_translation => =
        2027-01-06 meera document_received marriage_or_partnership_certificate => preparing: document_received document_rejected document_waived file_submitted withdrawn
        2027-01-07 meera file_submitted => submitted: document_received document_rejected documents_requested nia_issued physician_declared rejected withdrawn
        2027-01-25 meera nia_issued 2 90 03 99 223 102 41 => provisional: document_received document_rejected documents_requested physician_declared nir_certified rejected withdrawn
        # Second request, with the NIA: resubmitting goes back to provisional.
        2027-02-10 meera document_rejected proof_of_address phone bill older than 3 months => provisional: document_received document_rejected documents_requested physician_declared nir_certified rejected withdrawn
        2027-02-10 meera documents_requested proof_of_address => preparing: document_received document_rejected document_waived withdrawn
        2027-02-20 meera document_received proof_of_address => preparing: document_received document_rejected document_waived file_submitted withdrawn
        2027-02-21 meera file_submitted => provisional: document_received document_rejected documents_requested physician_declared nir_certified rejected withdrawn
        2027-07-01 meera nir_certified 2 90 03 99 223 102 41 => affiliated: document_received document_rejected physician_declared carte_vitale_form_received carte_vitale_ordered carte_vitale_received ameli_account_opened withdrawn
        ",
    );
    let meera = p.member("meera").expect("meera");
    // The submission is the latest before the NIA, the complete one
    // (Decision 26); a re-submission after the NIA does not move it (the
    // steps keep their order); the first request's date is kept.
    assert_eq!(
        meera.dates.get(&EventKind::FileSubmitted),
        Some(&d("2027-01-07"))
    );
    assert_eq!(
        meera.dates.get(&EventKind::DocumentsRequested),
        Some(&d("2026-12-18"))
    );
    assert_eq!(
        meera.reason.as_deref(),
        Some("phone bill older than 3 months")
    );
}

// ---------------------------------------------------------------------------
// 3. Birth certificate missing: NIA anyway, 3 + 3 months, suspension, then certified.

#[test]
fn missing_birth_certificate_runs_the_r114_7_clock() {
    let p = replay(
        "child_born_in_france",
        "2026-02-02",
        &[],
        "
        2026-02-03 rafael document_received form_s1106 => preparing: document_received document_rejected document_waived withdrawn
        2026-02-03 rafael document_received form_s3705 => =
        2026-02-03 rafael document_received identity_document => =
        2026-02-03 rafael document_received residence_permit => =
        2026-02-03 rafael document_received marriage_or_partnership_certificate => =
        2026-02-03 rafael document_received proof_of_address => =
        2026-02-03 rafael document_received bank_details => =
        2026-02-03 rafael document_received proof_of_activity => =
        2026-02-03 rafael file_submitted => refused documents_missing
        2026-02-04 rafael document_waived birth_certificate registry in Recife slow: to follow (R114-7 III) => =
        2026-02-04 rafael document_waived sworn_translation follows the birth certificate => preparing: document_received document_rejected document_waived file_submitted withdrawn
        2026-02-05 rafael file_submitted => submitted: document_received document_rejected documents_requested nia_issued physician_declared rejected withdrawn
        # NIA with the civil-status document missing: the clock starts.
        # No formal notice before the 3 months have run (Decision 23).
        2026-02-23 rafael nia_issued 1 91 03 99 416 105 69 => provisional: document_received document_rejected documents_requested civil_status_received physician_declared rejected withdrawn
        2026-03-01 rafael rights_suspended => refused no_formal_notice
        2026-03-16 rafael formal_notice_received => refused clock_running
        2026-05-23 rafael ? => provisional: document_received document_rejected documents_requested civil_status_received formal_notice_received physician_declared rejected withdrawn
        # No suspension before the notice's 3 months have run.
        2026-05-25 rafael formal_notice_received => provisional: document_received document_rejected documents_requested civil_status_received formal_notice_received physician_declared rejected withdrawn
        2026-06-03 rafael rights_suspended => refused notice_running
        2026-08-25 rafael ? => provisional: document_received document_rejected documents_requested civil_status_received formal_notice_received rights_suspended physician_declared rejected withdrawn
        2026-08-25 rafael rights_suspended => suspended: document_received document_rejected civil_status_received rejected withdrawn
        2026-08-26 rafael nir_certified 1 91 03 99 416 105 69 => refused not_allowed_now
        2026-08-26 rafael physician_declared => refused not_allowed_now
        2026-09-10 rafael civil_status_received => provisional: document_received document_rejected documents_requested physician_declared nir_certified rejected withdrawn
        2026-09-11 rafael formal_notice_received => refused civil_status_received
        2027-01-15 rafael nir_certified 1 91 03 99 416 105 69 => affiliated: document_received document_rejected physician_declared carte_vitale_form_received carte_vitale_ordered carte_vitale_received ameli_account_opened withdrawn
        ",
    );
    let rafael = p.member("rafael").expect("rafael");
    assert!(rafael.civil_status_received);
    assert_eq!(
        rafael.dates.get(&EventKind::FormalNoticeReceived),
        Some(&d("2026-05-25"))
    );
    assert_eq!(
        rafael.dates.get(&EventKind::RightsSuspended),
        Some(&d("2026-08-25"))
    );
}

// ---------------------------------------------------------------------------
// 4. A NIA held 9+ months (given in the household): certification still allowed.

#[test]
fn nia_held_past_nine_months() {
    let p = replay(
        "provisional_nia",
        "2027-01-20",
        &[],
        "
        # Started from the household: the NIA issued on 2026-11-16 is already
        # there, the file behind it (its documents received); the formal
        # notice only after the 3 months from the NIA.
        2027-01-20 vikram ? => provisional: document_received document_rejected documents_requested civil_status_received physician_declared rejected withdrawn
        2027-02-16 vikram ? => provisional: document_received document_rejected documents_requested civil_status_received formal_notice_received physician_declared rejected withdrawn
        2027-08-16 vikram ? => =
        # Nine months have passed: the deadline is the calendar's business, not the machine's.
        2027-08-17 vikram ? => =
        2027-08-17 vikram carte_vitale_ordered => refused not_allowed_now
        2027-08-20 vikram civil_status_received => provisional: document_received document_rejected documents_requested nir_certified physician_declared rejected withdrawn
        2027-09-02 vikram nir_certified 1 93 08 99 223 045 81 => affiliated: document_received document_rejected physician_declared carte_vitale_form_received carte_vitale_ordered carte_vitale_received ameli_account_opened withdrawn
        ",
    );
    let vikram = p.member("vikram").expect("vikram");
    assert_eq!(vikram.track, TrackKind::RegistrationWithIdentification);
    assert_eq!(
        vikram.dates.get(&EventKind::NiaIssued),
        Some(&d("2026-11-16"))
    );
    assert!(vikram.provisional_number().is_some());
    assert!(vikram.warnings.is_empty(), "{:?}", vikram.warnings);
}

// ---------------------------------------------------------------------------
// 5. Reactivation of a returning worker (with a permit renewal on the way).

#[test]
fn reactivation_of_a_returning_worker() {
    let renewal = Event::PermitRenewed {
        permit: Permit::ResidentCard,
        valid_from: d("2028-02-15"),
        valid_until: Some(d("2038-02-14")),
    };
    let p = replay(
        "returning_worker_with_nir",
        "2027-02-01",
        &[("renewal", renewal)],
        "
        2027-02-16 emilie document_received form_s1106 => preparing: document_received document_rejected document_waived withdrawn
        2027-02-16 emilie document_received identity_document => =
        2027-02-16 emilie document_received residence_permit => =
        2027-02-16 emilie document_received bank_details => =
        2027-03-01 emilie document_received proof_of_activity => preparing: document_received document_rejected document_waived file_submitted withdrawn
        2027-03-02 emilie file_submitted => submitted: document_received document_rejected documents_requested physician_declared rights_reopened rejected withdrawn
        # The NIR is known: no identification step.
        2027-03-03 emilie nia_issued 2 89 07 99 401 087 67 => refused not_allowed_now
        2027-03-03 emilie nir_certified 2 89 07 99 401 087 67 => refused not_allowed_now
        2027-03-12 emilie rights_reopened => affiliated: document_received document_rejected physician_declared carte_vitale_form_received carte_vitale_ordered carte_vitale_received carte_vitale_still_valid ameli_account_opened withdrawn
        # Once a new card is ordered, carte_vitale_still_valid no longer applies.
        2027-03-20 emilie carte_vitale_ordered => affiliated: document_received document_rejected physician_declared carte_vitale_form_received carte_vitale_ordered carte_vitale_received ameli_account_opened withdrawn
        2027-04-05 emilie carte_vitale_received => =
        2027-04-06 emilie physician_declared => =
        # The permit is renewed: the household changes, the file does not.
        2027-04-10 emilie @renewal => =
        2027-04-15 emilie ameli_account_opened => affiliated: document_received document_rejected physician_declared carte_vitale_form_received carte_vitale_ordered carte_vitale_received ameli_account_opened attestation_obtained withdrawn
        2027-04-15 emilie attestation_obtained => complete:
        ",
    );
    assert_eq!(track(&p, "emilie"), TrackKind::Reactivation);
    let residence = p.household().members[0]
        .residence
        .as_ref()
        .expect("residence");
    assert_eq!(residence.permit, Some(Permit::ResidentCard));
    assert_eq!(residence.permit_valid_until, Some(d("2038-02-14")));
}

// ---------------------------------------------------------------------------
// 6. S1 registration of a posted family (worker, spouse and child on S1).

#[test]
fn s1_registration_of_a_posted_family() {
    let p = replay(
        "posted_a1_family",
        "2026-10-15",
        &[],
        "
        2026-10-16 javier document_received identity_document => preparing: document_received document_rejected document_waived withdrawn
        2026-10-16 javier document_received s1_form => =
        2026-10-16 javier document_received a1_certificate => preparing: document_received document_rejected document_waived file_submitted withdrawn
        2026-10-19 javier file_submitted => submitted: document_received document_rejected documents_requested physician_declared s1_registered rejected withdrawn
        2026-10-20 javier nia_issued 1 85 02 99 134 001 01 => refused not_allowed_now
        2026-11-09 javier s1_registered => affiliated: document_received document_rejected physician_declared carte_vitale_form_received carte_vitale_ordered carte_vitale_received ameli_account_opened withdrawn
        2026-11-20 javier carte_vitale_form_received => =
        2026-11-23 javier carte_vitale_ordered => =
        2026-12-14 javier carte_vitale_received => complete:

        2026-10-16 lucia document_received identity_document => preparing: document_received document_rejected document_waived withdrawn
        2026-10-16 lucia document_received birth_certificate => =
        2026-10-16 lucia document_received marriage_or_partnership_certificate => =
        2026-10-16 lucia document_received s1_form => preparing: document_received document_rejected document_waived file_submitted withdrawn
        2026-10-19 lucia file_submitted => submitted: document_received document_rejected documents_requested physician_declared s1_registered rejected withdrawn
        2026-11-09 lucia s1_registered => affiliated: document_received document_rejected physician_declared carte_vitale_form_received carte_vitale_ordered carte_vitale_received ameli_account_opened withdrawn
        2026-11-15 lucia ameli_account_opened => =
        2026-11-16 lucia carte_vitale_ordered => =
        2026-12-01 lucia carte_vitale_received => complete:

        2026-10-16 mateo document_received identity_document => preparing: document_received document_rejected document_waived withdrawn
        2026-10-16 mateo document_received birth_certificate => =
        2026-10-16 mateo document_received s1_form => preparing: document_received document_rejected file_submitted withdrawn
        2026-10-16 mateo document_received s1_form => =
        2026-10-19 mateo file_submitted => submitted: document_received document_rejected documents_requested s1_registered rejected withdrawn
        2026-11-09 mateo s1_registered => affiliated: document_received document_rejected withdrawn
        ",
    );
    for m in ["javier", "lucia", "mateo"] {
        assert_eq!(track(&p, m), TrackKind::S1Registration, "{m}");
    }
    // No NIR on this track.
    assert!(p.member("javier").and_then(|m| m.nir.clone()).is_none());
}

// ---------------------------------------------------------------------------
// 7. A child turning 16 during the procedure: own card form, account and physician.

#[test]
fn child_turning_16() {
    replay(
        "adult_child",
        "2027-01-15",
        &[],
        "
        2027-01-18 maya document_received identity_document => preparing: document_received document_rejected document_waived withdrawn
        2027-01-18 maya document_received birth_certificate => =
        2027-01-20 maya document_received sworn_translation => preparing: document_received document_rejected file_submitted withdrawn
        2027-01-25 maya file_submitted => submitted: document_received document_rejected documents_requested nia_issued rejected withdrawn
        2027-02-15 maya nia_issued 2 12 09 99 205 113 26 => provisional: document_received document_rejected documents_requested nir_certified rejected withdrawn
        2027-02-16 maya physician_declared => refused too_young
        2027-09-01 maya nir_certified 2 12 09 99 205 113 26 => affiliated: document_received document_rejected carte_vitale_ordered carte_vitale_received withdrawn
        # No own ameli account for a child who is not ayant droit autonome
        # (domain §7; the one rule of `secu::steps`, issue 10 item 21).
        2027-09-02 maya ameli_account_opened => refused step_not_applicable
        # The day before the 16th birthday, then the day itself.
        2028-09-29 maya ? => affiliated: document_received document_rejected carte_vitale_ordered carte_vitale_received withdrawn
        2028-09-29 maya carte_vitale_form_received => refused too_young
        2028-09-29 maya physician_declared => refused too_young
        2028-09-30 maya ? => affiliated: document_received document_rejected physician_declared carte_vitale_form_received carte_vitale_ordered carte_vitale_received withdrawn
        2028-10-06 maya carte_vitale_form_received => =
        2028-10-10 maya carte_vitale_ordered => =
        2028-10-31 maya carte_vitale_received => =
        # 16, a pupil who did not ask for autonomy: still no own account.
        2028-11-03 maya ameli_account_opened => refused step_not_applicable
        2028-11-15 maya physician_declared => =
        2030-09-29 maya own_coverage_opened => refused too_young
        ",
    );
}

// ---------------------------------------------------------------------------
// 8. A child turning 18 (S1110: own coverage), with an address correction.

#[test]
fn child_turning_18() {
    let mut moved = household("teenagers_student_and_pupil");
    for m in &mut moved.members {
        if let Some(r) = m.residence.as_mut() {
            r.postcode = Some("67100".into());
        }
    }
    let p = replay(
        "teenagers_student_and_pupil",
        "2026-09-10",
        &[(
            "moved",
            Event::HouseholdCorrected {
                household: Box::new(moved),
            },
        )],
        "
        2026-09-11 sofia document_received identity_document => preparing: document_received document_rejected document_waived withdrawn
        2026-09-11 sofia document_received birth_certificate => =
        2026-09-11 sofia document_received sworn_translation => =
        2026-09-11 sofia document_received bank_details => =
        2026-09-14 sofia document_received enrolment_certificate => preparing: document_received document_rejected document_waived file_submitted withdrawn
        # The family moved across Strasbourg: the household is corrected, the file keeps its progress.
        2026-09-15 sofia @moved => =
        2026-09-16 sofia file_submitted => submitted: document_received document_rejected documents_requested nia_issued physician_declared rejected withdrawn
        2026-10-05 sofia nia_issued 2 09 05 99 405 110 29 => provisional: document_received document_rejected documents_requested physician_declared nir_certified rejected withdrawn
        2027-03-01 sofia nir_certified 2 09 05 99 405 110 29 => affiliated: document_received document_rejected physician_declared carte_vitale_form_received carte_vitale_ordered carte_vitale_received ameli_account_opened withdrawn
        2027-03-10 sofia ameli_account_opened => =
        2027-05-02 sofia own_coverage_opened => refused too_young
        2027-05-03 sofia ? => affiliated: document_received document_rejected physician_declared carte_vitale_form_received carte_vitale_ordered carte_vitale_received ameli_account_opened own_coverage_opened withdrawn
        2027-06-10 sofia own_coverage_opened => complete:
        2027-06-11 sofia carte_vitale_ordered => refused not_allowed_now
        ",
    );
    assert_eq!(track(&p, "sofia"), TrackKind::BeneficiaryWithIdentification);
    assert!(
        p.household()
            .members
            .iter()
            .filter_map(|m| m.residence.as_ref())
            .all(|r| r.postcode.as_deref() == Some("67100"))
    );
}

// ---------------------------------------------------------------------------
// 9. Carte Vitale before the ameli account; a newborn joins the family.

#[test]
fn carte_vitale_before_ameli_account_and_a_newborn() {
    let newborn: Member = serde_json::from_value(serde_json::json!({
        "id": "ines",
        "relationship": "child",
        "birth_date": "2026-09-05",
        "sex": "female",
        "nationality": "BR",
        "birth_country": "FR",
        "residence": { "arrival_date": "2026-09-05", "postcode": "13008" },
        "parents": ["rafael", "camila"]
    }))
    .expect("a member");
    let p = replay(
        "child_born_in_france",
        "2026-02-02",
        &[(
            "newborn",
            Event::MemberAdded {
                new_member: Box::new(newborn),
            },
        )],
        "
        2026-02-03 camila document_received form_s1106 => preparing: document_received document_rejected document_waived withdrawn
        2026-02-03 camila document_received identity_document => =
        2026-02-03 camila document_received residence_permit => =
        2026-02-03 camila document_received birth_certificate => =
        2026-02-03 camila document_received sworn_translation => =
        2026-02-03 camila document_received marriage_or_partnership_certificate => =
        2026-02-03 camila document_received proof_of_address => =
        2026-02-04 camila document_received bank_details => preparing: document_received document_rejected document_waived file_submitted withdrawn
        2026-02-05 camila file_submitted => submitted: document_received document_rejected documents_requested nia_issued physician_declared rejected withdrawn
        2026-02-20 camila nia_issued 2 93 10 99 416 106 32 => provisional: document_received document_rejected documents_requested physician_declared nir_certified rejected withdrawn
        2026-08-01 camila nir_certified 2 93 10 99 416 106 32 => affiliated: document_received document_rejected physician_declared carte_vitale_form_received carte_vitale_ordered carte_vitale_received ameli_account_opened withdrawn
        2026-08-10 camila carte_vitale_form_received => =
        2026-08-12 camila carte_vitale_ordered => =
        2026-09-02 camila carte_vitale_received => =
        2026-09-02 camila attestation_obtained => refused no_ameli_account
        2026-09-03 camila physician_declared => =
        2026-09-20 camila ameli_account_opened => affiliated: document_received document_rejected physician_declared carte_vitale_form_received carte_vitale_ordered carte_vitale_received ameli_account_opened attestation_obtained withdrawn
        2026-09-20 camila attestation_obtained => complete:

        # Ines is born in Marseille: she has a NIR from birth, no identification.
        2026-09-20 ines file_submitted => refused unknown_member
        2026-09-20 camila @newborn => complete:
        2026-09-20 ines ? => preparing: document_received document_waived withdrawn
        2026-09-25 ines document_received identity_document => preparing: document_received document_rejected document_waived withdrawn
        2026-09-25 ines document_received birth_certificate => preparing: document_received document_rejected file_submitted withdrawn
        2026-09-28 ines file_submitted => submitted: document_received document_rejected documents_requested affiliation_confirmed rejected withdrawn
        2026-10-12 ines affiliation_confirmed => affiliated: document_received document_rejected withdrawn
        2026-10-12 ines carte_vitale_ordered => refused too_young
        ",
    );
    assert_eq!(track(&p, "ines"), TrackKind::Beneficiary);
    assert_eq!(p.household().members.len(), 5);
}

// ---------------------------------------------------------------------------
// 10. The ameli account before the Carte Vitale (first card ordered from the account).

#[test]
fn ameli_account_before_carte_vitale() {
    replay(
        "teenagers_student_and_pupil",
        "2026-09-10",
        &[],
        "
        2026-09-11 alejandro document_received form_s1106 => preparing: document_received document_rejected document_waived withdrawn
        2026-09-11 alejandro document_received form_s3705 => =
        2026-09-11 alejandro document_received identity_document => =
        2026-09-11 alejandro document_received residence_permit => =
        2026-09-11 alejandro document_received birth_certificate => =
        2026-09-11 alejandro document_received sworn_translation => =
        2026-09-11 alejandro document_received marriage_or_partnership_certificate => =
        2026-09-11 alejandro document_received proof_of_address => =
        2026-09-11 alejandro document_received bank_details => =
        2026-09-11 alejandro document_received proof_of_activity => preparing: document_received document_rejected document_waived file_submitted withdrawn
        2026-09-11 alejandro document_received form_s3704 => =
        2026-09-11 alejandro document_received id_photo => preparing: document_received document_rejected file_submitted withdrawn
        2026-09-12 alejandro file_submitted => submitted: document_received document_rejected documents_requested nia_issued physician_declared rejected withdrawn
        2026-09-30 alejandro nia_issued 1 78 02 99 405 108 47 => provisional: document_received document_rejected documents_requested physician_declared nir_certified rejected withdrawn
        2027-03-15 alejandro nir_certified 1 78 02 99 405 108 47 => affiliated: document_received document_rejected physician_declared carte_vitale_form_received carte_vitale_ordered carte_vitale_received ameli_account_opened withdrawn
        2027-03-24 alejandro ameli_account_opened => affiliated: document_received document_rejected physician_declared carte_vitale_form_received carte_vitale_ordered carte_vitale_received ameli_account_opened attestation_obtained withdrawn
        2027-03-24 alejandro attestation_obtained => =
        2027-03-25 alejandro carte_vitale_ordered => =
        2027-04-08 alejandro carte_vitale_received => affiliated: document_received document_rejected physician_declared carte_vitale_form_received carte_vitale_ordered carte_vitale_received ameli_account_opened attestation_obtained withdrawn
        ",
    );
}

// ---------------------------------------------------------------------------
// 11. A rejection (Decision 25): contested, or the file submitted again, corrected.

#[test]
fn rejection_allows_a_new_submission() {
    let p = replay(
        "teenagers_student_and_pupil",
        "2026-09-10",
        &[],
        "
        2026-09-11 valentina document_received identity_document => preparing: document_received document_rejected document_waived withdrawn
        2026-09-11 valentina document_received birth_certificate => =
        2026-09-11 valentina document_received sworn_translation => =
        2026-09-11 valentina document_received bank_details => =
        2026-09-11 valentina document_received autonomy_request_letter => preparing: document_received document_rejected document_waived file_submitted withdrawn
        2026-09-14 valentina file_submitted => submitted: document_received document_rejected documents_requested nia_issued physician_declared rejected withdrawn
        2026-10-20 valentina rejected filiation not established by the documents => rejected: document_received document_rejected document_waived file_submitted withdrawn
        2026-10-21 valentina nia_issued 2 10 07 99 405 112 10 => refused not_allowed_now
        2026-10-21 valentina document_rejected birth_certificate no filiation shown => rejected: document_received document_rejected document_waived withdrawn
        2026-11-02 valentina document_received birth_certificate => rejected: document_received document_rejected document_waived file_submitted withdrawn
        2026-11-03 valentina file_submitted => submitted: document_received document_rejected documents_requested nia_issued physician_declared rejected withdrawn
        ",
    );
    assert_eq!(
        p.member("valentina")
            .and_then(|m| m.reason.clone())
            .as_deref(),
        Some("no filiation shown")
    );
}

// ---------------------------------------------------------------------------
// 12. A withdrawal (the family leaves before certification): final.

#[test]
fn withdrawal_is_final() {
    replay(
        "talent_passport_family",
        "2026-11-27",
        &[],
        "
        2026-11-30 diya document_received identity_document => preparing: document_received document_rejected document_waived withdrawn
        2026-11-30 diya document_received birth_certificate => =
        2026-11-30 diya document_received sworn_translation => preparing: document_received document_rejected file_submitted withdrawn
        2026-12-04 diya file_submitted => submitted: document_received document_rejected documents_requested nia_issued rejected withdrawn
        2026-12-22 diya nia_issued 2 22 01 99 223 104 41 => provisional: document_received document_rejected documents_requested nir_certified rejected withdrawn
        2027-02-01 diya withdrawn => withdrawn:
        2027-02-02 diya nir_certified 2 22 01 99 223 104 41 => refused not_allowed_now
        2027-02-02 diya withdrawn => refused not_allowed_now
        ",
    );
}

// ---------------------------------------------------------------------------
// 13. Twins of 16 (a pupil who stays a beneficiary, a pupil who asked for
// autonomy): each follows their own file on the same dates.

#[test]
fn twins_follow_their_own_files() {
    replay(
        "teenagers_student_and_pupil",
        "2026-09-10",
        &[],
        "
        2026-09-11 diego document_received identity_document => preparing: document_received document_rejected document_waived withdrawn
        2026-09-11 diego document_received birth_certificate => =
        2026-09-11 diego document_received sworn_translation => =
        2026-09-11 diego document_received enrolment_certificate => preparing: document_received document_rejected document_waived file_submitted withdrawn
        2026-09-14 diego file_submitted => submitted: document_received document_rejected documents_requested nia_issued physician_declared rejected withdrawn
        2026-09-14 valentina ? => preparing: document_received document_waived withdrawn
        2026-09-30 diego nia_issued 1 10 07 99 405 111 61 => provisional: document_received document_rejected documents_requested physician_declared nir_certified rejected withdrawn
        2026-09-30 diego nia_issued 1 10 07 99 405 111 61 => refused not_allowed_now
        2026-10-01 diego physician_declared => =
        2026-10-01 valentina physician_declared => refused not_allowed_now
        ",
    );
}

// ---------------------------------------------------------------------------
// Guards.

/// Applies events that must be accepted.
fn apply_all(p: &mut Procedure, member: &str, on: &str, events: &[Event]) {
    for e in events {
        if let Err(r) = p.apply(member, d(on), e) {
            panic!("{member}: {r}");
        }
    }
}

fn received(codes: &[&str]) -> Vec<Event> {
    codes
        .iter()
        .map(|c| Event::DocumentReceived { kind: doc(c) })
        .collect()
}

/// The documents `member`'s file is submitted with: the documents of the
/// member's assessment on `on`, but for those asked for at a later step
/// ([`secu::rules::documents::needed_to_submit`]), in the order of
/// their kinds (the order the fixtures have always recorded them in).
fn to_submit(example: &str, on: &str, member: &str) -> Vec<Event> {
    let h = household(example);
    let a = secu::assess(&h, &secu::Options::default().with_as_of(d(on))).expect("assesses");
    let m = a
        .members
        .iter()
        .find(|m| m.id == member)
        .unwrap_or_else(|| panic!("no member {member}"));
    let mut kinds: Vec<DocKind> = m
        .documents
        .iter()
        .map(|doc| doc.kind)
        .filter(|k| secu::rules::documents::needed_to_submit(*k))
        .collect();
    kinds.sort();
    kinds
        .into_iter()
        .map(|kind| Event::DocumentReceived { kind })
        .collect()
}

/// Arjun, submitted with every document needed.
fn arjun_submitted() -> Procedure {
    let mut p = start("talent_passport_family", "2026-11-27");
    let docs = to_submit("talent_passport_family", "2026-11-27", "arjun");
    apply_all(&mut p, "arjun", "2026-12-01", &docs);
    apply_all(&mut p, "arjun", "2026-12-02", &[Event::FileSubmitted]);
    p
}

/// Applies an event that must be refused, checks nothing changed, returns the refusal.
fn refused(p: &mut Procedure, member: &str, on: &str, e: &Event) -> secu_case::Refusal {
    let before = p.members().to_vec();
    let r = p
        .apply(member, d(on), e)
        .expect_err("the event must be refused");
    assert_eq!(
        p.members(),
        before.as_slice(),
        "a refusal changed the state"
    );
    r
}

#[test]
fn no_submission_before_every_required_document() {
    let mut p = start("talent_passport_family", "2026-11-27");
    apply_all(
        &mut p,
        "arjun",
        "2026-12-01",
        &received(&["form_s1106", "identity_document", "bank_details"]),
    );
    let r = refused(&mut p, "arjun", "2026-12-01", &Event::FileSubmitted);
    assert_eq!(r.code, "documents_missing");
    for missing in [
        "form_s3705",
        "residence_permit",
        "birth_certificate",
        "sworn_translation",
        "marriage_or_partnership_certificate",
        "proof_of_address",
        "proof_of_activity",
    ] {
        assert!(r.message.contains(missing), "{missing}: {}", r.message);
    }
    // Received ones are not listed, nor those needed only later (photo, S3704).
    for not_missing in [
        "form_s1106",
        "identity_document",
        "bank_details",
        "id_photo",
        "form_s3704",
    ] {
        assert!(
            !r.message.contains(not_missing),
            "{not_missing}: {}",
            r.message
        );
    }
    assert!(!r.allowed.contains(&EventKind::FileSubmitted));
    // A rejected document is missing again.
    let mut p = start("talent_passport_family", "2026-11-27");
    let docs = to_submit("talent_passport_family", "2026-11-27", "arjun");
    apply_all(&mut p, "arjun", "2026-12-01", &docs);
    apply_all(
        &mut p,
        "arjun",
        "2026-12-01",
        &[Event::DocumentRejected {
            kind: DocKind::SwornTranslation,
            reason: "not by a sworn translator".into(),
        }],
    );
    let r = refused(&mut p, "arjun", "2026-12-01", &Event::FileSubmitted);
    assert_eq!(r.code, "documents_missing");
    assert!(r.message.contains("sworn_translation"), "{}", r.message);
    // A document not on the checklist is refused.
    let r = refused(
        &mut p,
        "arjun",
        "2026-12-01",
        &Event::DocumentReceived {
            kind: DocKind::S1Form,
        },
    );
    assert_eq!(r.code, "not_in_checklist");
}

#[test]
fn no_certification_before_a_nia() {
    let mut p = arjun_submitted();
    let r = refused(
        &mut p,
        "arjun",
        "2026-12-10",
        &Event::NirCertified {
            number: "1 88 06 99 223 101 44".into(),
        },
    );
    assert!(!r.allowed.contains(&EventKind::NirCertified));
    assert!(r.allowed.contains(&EventKind::NiaIssued));
    assert_eq!(p.member("arjun").map(|m| m.phase), Some(Phase::Submitted));
    assert!(p.member("arjun").and_then(|m| m.certified_nir()).is_none());
}

#[test]
fn certification_before_a_nia_is_refused_with_no_nia() {
    let mut p = arjun_submitted();
    let r = refused(
        &mut p,
        "arjun",
        "2026-12-10",
        &Event::NirCertified {
            number: "1 88 06 99 223 101 44".into(),
        },
    );
    assert_eq!(r.code, "no_nia", "{r}");
}

#[test]
fn no_carte_vitale_and_no_ameli_account_with_only_a_nia() {
    let mut p = arjun_submitted();
    apply_all(
        &mut p,
        "arjun",
        "2026-12-20",
        &[Event::NiaIssued {
            number: "1 88 06 99 223 101 44".into(),
        }],
    );
    for e in [
        Event::CarteVitaleFormReceived,
        Event::CarteVitaleOrdered,
        Event::CarteVitaleReceived,
        Event::AmeliAccountOpened,
        Event::AttestationObtained,
    ] {
        let r = refused(&mut p, "arjun", "2026-12-21", &e);
        assert_eq!(r.code, "not_allowed_now", "{r}");
        assert!(r.allowed.contains(&EventKind::NirCertified), "{r}");
    }
    // Same on the beneficiary track, for a 16-year-old with a NIA.
    let mut p = start("teenagers_student_and_pupil", "2026-09-10");
    apply_all(
        &mut p,
        "diego",
        "2026-09-11",
        &to_submit("teenagers_student_and_pupil", "2026-09-10", "diego"),
    );
    apply_all(
        &mut p,
        "diego",
        "2026-09-12",
        &[
            Event::FileSubmitted,
            Event::NiaIssued {
                number: "1 10 07 99 405 111 61".into(),
            },
        ],
    );
    for e in [Event::CarteVitaleOrdered, Event::AmeliAccountOpened] {
        let r = refused(&mut p, "diego", "2026-10-01", &e);
        assert_eq!(r.code, "not_allowed_now", "{r}");
    }
}

#[test]
fn invalid_numbers_are_refused() {
    let mut p = arjun_submitted();
    for bad in [
        "1 88 06 99 223 101 45", // wrong key
        "7 88 06 123 12345678",  // legacy NNP: not a NIA
        "not a number",
        "",
    ] {
        let r = refused(
            &mut p,
            "arjun",
            "2026-12-20",
            &Event::NiaIssued { number: bad.into() },
        );
        assert_eq!(r.code, "invalid_number", "{bad:?}: {r}");
    }
    apply_all(
        &mut p,
        "arjun",
        "2026-12-20",
        &[Event::NiaIssued {
            number: "188069922310144".into(),
        }],
    );
    let r = refused(
        &mut p,
        "arjun",
        "2027-05-01",
        &Event::NirCertified {
            number: "1 88 06 99 223 101 43".into(),
        },
    );
    assert_eq!(r.code, "invalid_number", "{r}");
}

#[test]
fn a_certified_nir_that_disagrees_with_the_birth_data_is_accepted_with_a_warning() {
    let mut p = arjun_submitted();
    apply_all(
        &mut p,
        "arjun",
        "2026-12-20",
        &[Event::NiaIssued {
            number: "1 88 06 99 223 101 44".into(),
        }],
    );
    assert!(p.member("arjun").is_some_and(|m| m.warnings.is_empty()));
    // A woman born in Greece in 1995: valid, but not Arjun's birth data.
    apply_all(
        &mut p,
        "arjun",
        "2027-05-01",
        &[Event::NirCertified {
            number: "2 95 10 99 126 111 93".into(),
        }],
    );
    let arjun = p.member("arjun").expect("arjun");
    assert_eq!(arjun.phase, Phase::Affiliated);
    assert_eq!(arjun.warnings, vec!["nir_mismatch".to_owned()]);
    assert!(arjun.certified_nir().is_some());
}

#[test]
fn events_for_an_unknown_member_or_a_member_without_track_are_refused() {
    let mut p = arjun_submitted();
    let r = refused(&mut p, "nobody", "2026-12-20", &Event::FileSubmitted);
    assert_eq!(r.code, "unknown_member");
    assert!(r.allowed.is_empty());
    assert!(p.allowed_events("nobody", d("2026-12-20")).is_empty());
    let r = refused(
        &mut p,
        "nobody",
        "2026-12-20",
        &Event::PermitRenewed {
            permit: Permit::ResidentCard,
            valid_from: d("2027-01-01"),
            valid_until: None,
        },
    );
    assert_eq!(r.code, "unknown_member");

    // A posted worker who stays on the US scheme has no French procedure.
    let h = household("posted_bilateral_us");
    let none: Vec<String> = {
        let a = secu::assess(&h, &secu::Options::default()).expect("assesses");
        a.members
            .iter()
            .filter(|m| m.affiliation == secu::output::Affiliation::None)
            .map(|m| m.id.to_string())
            .collect()
    };
    let on = h.as_of.expect("as_of");
    let mut p = Procedure::start(h, on, &Policy::default()).expect("starts");
    assert!(
        !none.is_empty(),
        "the example has a member without affiliation"
    );
    for id in none {
        assert!(p.member(&id).is_none());
        let before = p.members().to_vec();
        let r = p
            .apply(&id, on, &Event::FileSubmitted)
            .expect_err("refused");
        assert_eq!(r.code, "no_track");
        assert_eq!(p.members(), before.as_slice());
    }
}

#[test]
fn a_refused_event_changes_nothing() {
    let mut p = arjun_submitted();
    let before = p.member("arjun").cloned();
    for e in [
        Event::FileSubmitted,
        Event::RightsReopened,
        Event::S1Registered,
        Event::OwnCoverageOpened,
        Event::CivilStatusReceived,
        Event::NiaIssued {
            number: "1 88 06 99 223 101 45".into(),
        },
        Event::DocumentWaived {
            kind: DocKind::A1Certificate,
            reason: "n/a".into(),
        },
    ] {
        let r = p.apply("arjun", d("2026-12-05"), &e);
        assert!(r.is_err(), "{e:?} accepted");
        assert_eq!(p.member("arjun").cloned(), before, "{e:?}");
    }
    // An invalid household correction is refused as a whole.
    let mut broken = p.household().clone();
    broken.members.push(broken.members[0].clone()); // duplicate id
    let all = p.members().to_vec();
    let r = p.apply(
        "arjun",
        d("2026-12-05"),
        &Event::HouseholdCorrected {
            household: Box::new(broken),
        },
    );
    assert_eq!(r.map_err(|r| r.code), Err("invalid_household"));
    assert_eq!(p.members(), all.as_slice());
    assert_eq!(p.household(), &household("talent_passport_family"));
}

// ---------------------------------------------------------------------------
// Behaviour that looks wrong against domain.md: the tests say what it should be.

#[test]
fn no_certification_while_the_civil_status_document_is_missing() {
    let mut p = start("child_born_in_france", "2026-02-02");
    apply_all(
        &mut p,
        "rafael",
        "2026-02-03",
        &received(&[
            "form_s1106",
            "form_s3705",
            "identity_document",
            "residence_permit",
            "marriage_or_partnership_certificate",
            "proof_of_address",
            "bank_details",
            "proof_of_activity",
        ]),
    );
    apply_all(
        &mut p,
        "rafael",
        "2026-02-04",
        &[
            Event::DocumentWaived {
                kind: DocKind::BirthCertificate,
                reason: "to follow".into(),
            },
            Event::DocumentWaived {
                kind: DocKind::SwornTranslation,
                reason: "to follow".into(),
            },
            Event::FileSubmitted,
            Event::NiaIssued {
                number: "1 91 03 99 416 105 69".into(),
            },
        ],
    );
    assert!(
        !p.allowed_events("rafael", d("2026-03-01"))
            .contains(&EventKind::NirCertified)
    );
    refused(
        &mut p,
        "rafael",
        "2026-03-01",
        &Event::NirCertified {
            number: "1 91 03 99 416 105 69".into(),
        },
    );
}

#[test]
fn s1_registered_adult_can_declare_a_physician() {
    let mut p = start("posted_a1_family", "2026-10-15");
    apply_all(
        &mut p,
        "javier",
        "2026-10-16",
        &received(&["identity_document", "s1_form", "a1_certificate"]),
    );
    apply_all(
        &mut p,
        "javier",
        "2026-10-19",
        &[Event::FileSubmitted, Event::S1Registered],
    );
    assert!(
        p.allowed_events("javier", d("2026-11-10"))
            .contains(&EventKind::PhysicianDeclared)
    );
    apply_all(&mut p, "javier", "2026-11-10", &[Event::PhysicianDeclared]);
}

#[test]
fn s1_child_follows_the_age_rules() {
    let mut p = start("posted_a1_family", "2026-10-15");
    apply_all(
        &mut p,
        "mateo",
        "2026-10-16",
        &received(&["identity_document", "birth_certificate", "s1_form"]),
    );
    apply_all(
        &mut p,
        "mateo",
        "2026-10-19",
        &[Event::FileSubmitted, Event::S1Registered],
    );
    // Mateo is 11 until 2026-11-20.
    let allowed = p.allowed_events("mateo", d("2026-11-01"));
    assert!(
        !allowed.contains(&EventKind::CarteVitaleOrdered),
        "{allowed:?}"
    );
    assert!(
        !allowed.contains(&EventKind::AmeliAccountOpened),
        "{allowed:?}"
    );
    let r = refused(&mut p, "mateo", "2026-11-01", &Event::AmeliAccountOpened);
    assert_eq!(r.code, "too_young");
}

#[test]
fn later_documents_can_be_received_after_certification() {
    let mut p = arjun_submitted();
    apply_all(
        &mut p,
        "arjun",
        "2026-12-20",
        &[Event::NiaIssued {
            number: "1 88 06 99 223 101 44".into(),
        }],
    );
    apply_all(
        &mut p,
        "arjun",
        "2027-05-01",
        &[Event::NirCertified {
            number: "1 88 06 99 223 101 44".into(),
        }],
    );
    apply_all(
        &mut p,
        "arjun",
        "2027-05-10",
        &[
            Event::CarteVitaleFormReceived,
            Event::DocumentReceived {
                kind: DocKind::IdPhoto,
            },
        ],
    );
}

#[test]
fn a_waiver_needs_a_reason() {
    let mut p = start("talent_passport_family", "2026-11-27");
    for reason in ["", "   "] {
        refused(
            &mut p,
            "arjun",
            "2026-12-01",
            &Event::DocumentWaived {
                kind: DocKind::BirthCertificate,
                reason: reason.into(),
            },
        );
    }
}

#[test]
fn allowed_events_lists_rejecting_a_received_document() {
    let mut p = start("adult_child", "2027-01-15");
    apply_all(
        &mut p,
        "maya",
        "2027-01-18",
        &received(&[
            "identity_document",
            "birth_certificate",
            "sworn_translation",
        ]),
    );
    let rejection = Event::DocumentRejected {
        kind: DocKind::SwornTranslation,
        reason: "not by a sworn translator".into(),
    };
    assert!(p.clone().apply("maya", d("2027-01-19"), &rejection).is_ok());
    assert!(
        p.allowed_events("maya", d("2027-01-19"))
            .contains(&EventKind::DocumentRejected)
    );
}

#[test]
fn a_refused_newborn_is_named_member_added() {
    let mut p = start("talent_passport_family", "2026-11-27");
    let twin: Member = p.household().members[3].clone(); // duplicate id "diya"
    let r = refused(
        &mut p,
        "arjun",
        "2026-12-01",
        &Event::MemberAdded {
            new_member: Box::new(twin),
        },
    );
    assert_eq!(r.code, "invalid_household");
    assert_eq!(r.event, EventKind::MemberAdded, "{r}");
}

#[test]
fn a_correction_that_changes_the_track_rederives_it_while_preparing() {
    let mut p = start("talent_passport_family", "2026-11-27");
    let mut fixed = p.household().clone();
    fixed.members[1].birth_country = secu::Country::FR;
    fixed.members[1].nationality = secu::Country::FR;
    apply_all(
        &mut p,
        "meera",
        "2026-11-29",
        &[Event::HouseholdCorrected {
            household: Box::new(fixed),
        }],
    );
    assert_eq!(track(&p, "meera"), TrackKind::Registration);
    // Born in France: no birth certificate for identification any more.
    assert!(
        p.member("meera")
            .is_some_and(|m| !m.documents.contains_key(&DocKind::BirthCertificate))
    );
}
