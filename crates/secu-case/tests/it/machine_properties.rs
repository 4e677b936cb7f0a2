//! Property tests of the CPAM procedure machine (issue 3): random event
//! sequences over the bundled households.
//!
//! A sequence is generated as raw choices and resolved against the state at
//! each step (so documents come from the member's current checklist and half
//! of the events from what is allowed now, which drives files deep into the
//! procedure): dates mostly go forward, now and then an event is dated
//! back (the machine refuses it when it breaks the order in time, Decision 23).

use std::collections::BTreeMap;

use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::TestRunner;
use secu::Lang;
use secu::model::{Household, Member, Permit};
use secu::output::{DocKind, StepId, StepStatus};
use secu::policy::Policy;
use secu_case::machine::{Phase, TrackKind};
use secu_case::{Event, EventKind, Procedure};
use strum::IntoEnumIterator;

use crate::helpers::household;

const EXAMPLES: &[&str] = &[
    "talent_passport_family",
    "child_born_in_france",
    "posted_a1_family",
    "returning_worker_with_nir",
    "provisional_nia",
    "teenagers_student_and_pupil",
    "adult_child",
];

/// Valid numbers (some matching a member, some not) and invalid ones.
const NUMBERS: &[&str] = &[
    "1 88 06 99 223 101 44",
    "2 90 03 99 223 102 41",
    "1 91 03 99 416 105 69",
    "1 93 08 99 223 045 81",
    "2 09 05 99 405 110 29",
    "2 12 09 99 205 113 26",
    "2 95 10 99 126 111 93",
    "188069922310144",
    "1 88 06 99 223 101 45",
    "7 88 06 123 12345678",
    "",
    "not a number",
];

/// One step of a sequence, before it is resolved against the state.
#[derive(Clone, Debug)]
struct Choice {
    /// Below 192: the scenario's focus member; otherwise any member (or an unknown one).
    member: u8,
    /// Below 200: an event allowed now (rarely a final one); otherwise any kind.
    mode: u8,
    kind: u8,
    doc: u8,
    number: u8,
    days: u8,
    /// Below 40: the event is dated this many days before the running date.
    back: u8,
}

fn choice() -> impl Strategy<Value = Choice> {
    (
        any::<u8>(),
        any::<u8>(),
        any::<u8>(),
        any::<u8>(),
        any::<u8>(),
        0u8..45,
        any::<u8>(),
    )
        .prop_map(|(member, mode, kind, doc, number, days, back)| Choice {
            member,
            mode,
            kind,
            doc,
            number,
            days,
            back,
        })
}

/// An example household, a focus member and the choices.
type Scenario = (usize, u8, Vec<Choice>);

fn scenario() -> impl Strategy<Value = Scenario> {
    (
        0..EXAMPLES.len(),
        any::<u8>(),
        prop::collection::vec(choice(), 0..100),
    )
}

fn opened(h: &Household) -> NaiveDate {
    h.as_of.expect("examples carry as_of")
}

fn start(h: &Household) -> Procedure {
    Procedure::start(h.clone(), opened(h), &Policy::default()).expect("starts")
}

fn pick<T: Copy>(items: &[T], i: u8) -> Option<T> {
    (!items.is_empty()).then(|| items[usize::from(i) % items.len()])
}

/// A newborn, born on `on` in France (ids repeat on purpose: a duplicate is refused).
fn newborn(h: &Household, n: u8, on: NaiveDate) -> Member {
    let parents: Vec<String> = h
        .members
        .iter()
        .filter(|m| {
            matches!(
                m.relationship,
                secu::model::Relationship::Primary | secu::model::Relationship::Spouse
            )
        })
        .map(|m| m.id.clone())
        .collect();
    serde_json::from_value(serde_json::json!({
        "id": format!("newborn{}", n % 3),
        "relationship": "child",
        "birth_date": on.to_string(),
        "nationality": "FR",
        "birth_country": "FR",
        "residence": { "arrival_date": on.to_string(), "postcode": "75011" },
        "parents": parents,
    }))
    .expect("a member")
}

/// Resolves a choice against the current state: (member, date, event).
fn resolve(p: &Procedure, focus: u8, c: &Choice, date: NaiveDate) -> (String, Event) {
    let h = p.household();
    let ids: Vec<&str> = h.members.iter().map(|m| m.id.as_str()).collect();
    let who = if c.member < 192 { focus } else { c.member };
    let member = ids
        .get(usize::from(who) % (ids.len() + 1))
        .copied()
        .unwrap_or("ghost")
        .to_owned();
    let state = p.member(&member);
    let kind = if c.mode < 200 {
        let allowed: Vec<EventKind> = p
            .allowed_events(&member, date)
            .into_iter()
            .filter(|k| {
                c.kind.is_multiple_of(16)
                    || !matches!(k, EventKind::Withdrawn | EventKind::Rejected)
            })
            .collect();
        pick(&allowed, c.kind)
    } else {
        None
    }
    .unwrap_or_else(|| {
        let all: Vec<EventKind> = EventKind::iter().collect();
        pick(&all, c.kind).expect("kinds")
    });
    // Documents from the member's checklist (the missing ones first when
    // following the allowed events), now and then one off the checklist.
    let doc = || {
        let docs: Vec<DocKind> = state
            .map(|s| {
                let open: Vec<DocKind> = s
                    .documents
                    .iter()
                    .filter(|(_, st)| {
                        c.mode >= 150 || **st != secu_case::machine::DocState::Received
                    })
                    .map(|(k, _)| *k)
                    .collect();
                if open.is_empty() {
                    s.documents.keys().copied().collect()
                } else {
                    open
                }
            })
            .unwrap_or_default();
        if c.doc >= 240 {
            DocKind::Legalisation
        } else {
            pick(&docs, c.doc).unwrap_or(DocKind::IdentityDocument)
        }
    };
    let number = || pick(NUMBERS, c.number).unwrap_or_default().to_owned();
    let reason = || {
        if c.doc.is_multiple_of(5) {
            String::new()
        } else {
            "reason".to_owned()
        }
    };
    let event = match kind {
        EventKind::DocumentReceived => Event::DocumentReceived { kind: doc() },
        EventKind::DocumentRejected => Event::DocumentRejected {
            kind: doc(),
            reason: reason(),
        },
        EventKind::DocumentWaived => Event::DocumentWaived {
            kind: doc(),
            reason: reason(),
        },
        EventKind::DocumentsRequested => Event::DocumentsRequested {
            kinds: if c.doc.is_multiple_of(4) {
                vec![]
            } else {
                vec![doc()]
            },
        },
        EventKind::NiaIssued => Event::NiaIssued { number: number() },
        EventKind::NirCertified => Event::NirCertified { number: number() },
        EventKind::Rejected => Event::Rejected { reason: reason() },
        EventKind::HouseholdCorrected => {
            let mut corrected = h.clone();
            if c.doc.is_multiple_of(7) {
                // Invalid: a duplicate id.
                corrected.members.push(corrected.members[0].clone());
            } else if let Some(r) = corrected
                .members
                .iter_mut()
                .find_map(|m| m.residence.as_mut())
            {
                r.postcode = Some(
                    if c.doc.is_multiple_of(2) {
                        "75011"
                    } else {
                        "69003"
                    }
                    .into(),
                );
            }
            Event::HouseholdCorrected {
                household: Box::new(corrected),
            }
        }
        EventKind::MemberAdded => Event::MemberAdded {
            new_member: Box::new(newborn(h, c.doc, date)),
        },
        EventKind::PermitRenewed => Event::PermitRenewed {
            permit: Permit::ResidentCard,
            valid_from: date,
            valid_until: date.checked_add_days(Days::new(3650)),
        },
        EventKind::Correction => Event::Correction {
            voids: u64::from(c.number),
            reason: reason(),
        },
        // The events without data, and (EventKind is non_exhaustive) a kind
        // added later with data fails here until it has a generator.
        other => other
            .without_data()
            .unwrap_or_else(|| panic!("no generator for {other}")),
    };
    (member, event)
}

/// The date of a choice's event: the running date, or some days before it.
fn dated(date: NaiveDate, c: &Choice) -> NaiveDate {
    if c.back < 40 {
        date.checked_sub_days(Days::new(u64::from(c.back)))
            .unwrap_or(date)
    } else {
        date
    }
}

fn is_household_event(kind: EventKind) -> bool {
    secu_case::machine::HOUSEHOLD_EVENTS.contains(&kind)
}

/// What a run did: the accepted log and the phases seen.
#[derive(Default)]
struct Run {
    accepted: Vec<(String, NaiveDate, Event)>,
    phases: BTreeMap<TrackKind, Vec<Phase>>,
    refused: usize,
    /// Refused for breaking the order in time (Decision 23).
    out_of_time: usize,
}

/// Runs a scenario, checking (c), (d) and (e) after every step.
fn run(example: usize, focus: u8, choices: &[Choice]) -> Result<(Procedure, Run), TestCaseError> {
    let h = household(EXAMPLES[example]);
    let mut p = start(&h);
    let mut date = opened(&h);
    let mut out = Run::default();
    let mut finals: BTreeMap<String, Phase> = BTreeMap::new();
    for c in choices {
        date = date
            .checked_add_days(Days::new(u64::from(c.days)))
            .unwrap_or(date);
        let date = dated(date, c);
        let (member, event) = resolve(&p, focus, c, date);
        let before_members = p.members().to_vec();
        let before_household = p.household().clone();
        let allowed_before = p.allowed_events(&member, date);
        match p.apply(&member, date, &event) {
            Ok(()) => out.accepted.push((member.clone(), date, event)),
            Err(r) => {
                out.refused += 1;
                if r.code == "out_of_order" {
                    out.out_of_time += 1;
                }
                // (c) a refused event changes nothing.
                prop_assert_eq!(p.members(), before_members.as_slice(), "{}", r);
                prop_assert_eq!(p.household(), &before_household, "{}", r);
                // The refusal of a member event names it and lists what is
                // allowed now (household events are refused with an empty
                // list, and as household_corrected: see
                // replays::a_refused_newborn_is_named_member_added).
                if !is_household_event(event.kind()) {
                    prop_assert_eq!(r.event, event.kind());
                    prop_assert_eq!(&r.allowed, &allowed_before, "{}", r);
                }
            }
        }
        for s in p.members() {
            // (d) no NIR without a prior NIA on the identification tracks.
            if matches!(
                s.track,
                TrackKind::RegistrationWithIdentification
                    | TrackKind::BeneficiaryWithIdentification
            ) && s.certified_nir().is_some()
            {
                prop_assert!(
                    s.provisional_number().is_some(),
                    "{} has a certified NIR without a NIA",
                    s.member
                );
                prop_assert!(s.dates.contains_key(&EventKind::NiaIssued));
            }
            // (e) a final phase never changes.
            if let Some(f) = finals.get(&s.member) {
                prop_assert_eq!(s.phase, *f, "{} left a final phase", &s.member);
            } else if s.phase.is_final() {
                finals.insert(s.member.clone(), s.phase);
            }
            let seen = out.phases.entry(s.track).or_default();
            if !seen.contains(&s.phase) {
                seen.push(s.phase);
            }
        }
        // Members with a final phase stay (no correction drops them here).
        for m in finals.keys() {
            prop_assert!(p.member(m).is_some(), "{} disappeared", m);
        }
    }
    Ok((p, out))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// (a) never panics, (c) refusals change nothing, (d) no NIR before a NIA,
    /// (e) final phases are final; and (b) replaying the accepted events on a
    /// fresh procedure gives the same state.
    #[test]
    fn random_sequences((example, focus, choices) in scenario()) {
        let (p, run) = run(example, focus, &choices)?;
        let h = household(EXAMPLES[example]);
        let mut again = start(&h);
        for (member, date, event) in &run.accepted {
            let r = again.apply(member, *date, event);
            prop_assert!(r.is_ok(), "replay refused {:?}: {:?}", event.kind(), r.err());
        }
        prop_assert_eq!(again.members(), p.members());
        prop_assert_eq!(again.household(), p.household());
    }

    /// Serialised member states are deterministic too (what a case file shows).
    #[test]
    fn states_serialise_identically_on_replay((example, focus, choices) in scenario()) {
        let (p, run) = run(example, focus, &choices)?;
        let mut again = start(&household(EXAMPLES[example]));
        for (member, date, event) in &run.accepted {
            let _ = again.apply(member, *date, event);
        }
        let a = serde_json::to_string(p.members()).expect("serialises");
        let b = serde_json::to_string(again.members()).expect("serialises");
        prop_assert_eq!(a, b);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Every event the machine accepts was in `allowed_events` just before.
    #[test]
    fn accepted_events_were_allowed((example, focus, choices) in scenario()) {
        let h = household(EXAMPLES[example]);
        let mut p = start(&h);
        let mut date = opened(&h);
        for c in &choices {
            date = date.checked_add_days(Days::new(u64::from(c.days))).unwrap_or(date);
            let date = dated(date, c);
            let (member, event) = resolve(&p, focus, c, date);
            let allowed = p.allowed_events(&member, date);
            if p.apply(&member, date, &event).is_ok() && !is_household_event(event.kind()) {
                prop_assert!(
                    allowed.contains(&event.kind()),
                    "{} accepted for {} but not listed in {:?}",
                    event.kind(),
                    member,
                    allowed
                );
            }
        }
    }
}

/// The generator is not vacuous: over a fixed-seed batch it drives files into
/// every phase the machine has (so the properties above bite).
#[test]
fn the_generator_reaches_every_phase() {
    let mut runner = TestRunner::deterministic();
    let mut seen: BTreeMap<TrackKind, Vec<Phase>> = BTreeMap::new();
    let mut refused = 0;
    let mut out_of_time = 0;
    for _ in 0..400 {
        let (example, focus, choices) = scenario()
            .new_tree(&mut runner)
            .expect("a scenario")
            .current();
        let (_, run) = run(example, focus, &choices).expect("properties hold");
        refused += run.refused;
        out_of_time += run.out_of_time;
        for (track, phases) in run.phases {
            let all = seen.entry(track).or_default();
            for ph in phases {
                if !all.contains(&ph) {
                    all.push(ph);
                }
            }
        }
    }
    assert!(refused > 0, "no refusal was exercised");
    assert!(out_of_time > 0, "no event dated back was refused");
    let reached = |t: TrackKind, p: Phase| seen.get(&t).is_some_and(|v| v.contains(&p));
    for p in Phase::iter() {
        assert!(
            reached(TrackKind::RegistrationWithIdentification, p),
            "registration_with_identification never reached {p:?}: {seen:?}"
        );
    }
    for t in [
        TrackKind::Reactivation,
        TrackKind::S1Registration,
        TrackKind::BeneficiaryWithIdentification,
        TrackKind::Beneficiary,
    ] {
        assert!(
            reached(t, Phase::Affiliated),
            "{t:?} never affiliated: {seen:?}"
        );
    }
}

/// Dates to look at a history from: each event's date, the day before it,
/// and a day after the last (a few of them, to keep the test fast).
fn probe_dates(run: &Run, opened: NaiveDate) -> Vec<NaiveDate> {
    let mut dates: Vec<NaiveDate> = run
        .accepted
        .iter()
        .flat_map(|(_, d, _)| [*d, d.pred_opt().unwrap_or(*d)])
        .chain([opened])
        .collect();
    if let Some(last) = run.accepted.iter().map(|(_, d, _)| *d).max() {
        dates.push(last.succ_opt().unwrap_or(last));
    }
    dates.sort_unstable();
    dates.dedup();
    let step = (dates.len() / 8).max(1);
    dates.into_iter().step_by(step).collect()
}

/// The procedures' order of the steps that follow one another (domain §8):
/// (earlier, later). The médecin traitant, the card and the account have no
/// order between them (Decisions 8, 9; the médecin traitant may be declared
/// while the file is back for documents, before its latest submission).
const STEP_ORDER: &[(StepId, StepId)] = &[
    (StepId::PrepareFile, StepId::SubmitFile),
    (StepId::SubmitFile, StepId::ProvisionalNumber),
    (StepId::ProvisionalNumber, StepId::NumberCertification),
    (StepId::SubmitFile, StepId::RightsReopened),
    (StepId::SubmitFile, StepId::S1Registered),
    (StepId::NumberCertification, StepId::CarteVitale),
    (StepId::NumberCertification, StepId::AmeliAccount),
    (StepId::RightsReopened, StepId::CarteVitale),
    (StepId::RightsReopened, StepId::AmeliAccount),
    (StepId::S1Registered, StepId::CarteVitale),
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    /// Decision 23: for any accepted history and any date D, the status at D
    /// is the status of the history truncated to the events dated on or
    /// before D — and that truncated history is one the machine accepts.
    #[test]
    fn status_at_a_date_is_the_status_of_the_truncated_history(
        (example, focus, choices) in scenario()
    ) {
        let (p, run) = run(example, focus, &choices)?;
        let h = household(EXAMPLES[example]);
        for on in probe_dates(&run, opened(&h)) {
            let mut truncated = start(&h);
            for (member, date, event) in run.accepted.iter().filter(|(_, d, _)| *d <= on) {
                let r = truncated.apply(member, *date, event);
                prop_assert!(
                    r.is_ok(),
                    "on {}: the history truncated refuses {} of {} dated {}: {:?}",
                    on, event.kind(), member, date, r.err()
                );
            }
            let a = serde_json::to_value(p.status(on, Lang::En)).expect("serialises");
            let b = serde_json::to_value(truncated.status(on, Lang::En)).expect("serialises");
            prop_assert_eq!(a, b, "status on {}", on);
        }
    }

    /// No status ever shows a step done after its date, or two steps done
    /// out of the procedure's order.
    #[test]
    fn no_step_done_after_the_date_nor_out_of_order((example, focus, choices) in scenario()) {
        let (p, run) = run(example, focus, &choices)?;
        let h = household(EXAMPLES[example]);
        for on in probe_dates(&run, opened(&h)) {
            for m in p.status(on, Lang::En).members {
                let done = |step: StepId| {
                    m.steps
                        .iter()
                        .find(|s| s.step == step && s.status == StepStatus::Done)
                        .and_then(|s| s.done_on)
                };
                for s in &m.steps {
                    if let Some(d) = s.done_on {
                        prop_assert!(d <= on, "{}: {} done on {} shown on {}", m.id, s.step.code(), d, on);
                    }
                }
                for (first, then) in STEP_ORDER {
                    if let (Some(a), Some(b)) = (done(*first), done(*then)) {
                        prop_assert!(
                            a <= b,
                            "{}: {} done on {} after {} done on {} (status on {})",
                            m.id, first.code(), a, then.code(), b, on
                        );
                    }
                }
            }
        }
    }
}
