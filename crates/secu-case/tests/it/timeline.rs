//! The procedure tells the truth at every date (issue 11): realistic case
//! histories replayed through the machine, each asserting what a reader of
//! `case status` sees **at several dates**, in the middle of the history
//! too: the phase and stage, the steps, the missing documents, the next
//! actions (by code and actor), the events allowed, the deadlines (overdue
//! `!`, estimated `~`), the payroll identifier and the rejection's reason.
//!
//! A history is a script, one event a line:
//!
//! ```text
//! DATE MEMBER EVENT [ARGS…]            the event is accepted
//! DATE MEMBER EVENT [ARGS…] !CODE      the event is refused with CODE
//! ```
//!
//! and a check is a block of `KEY value` lines, compared with the same
//! summary of the member's status on a date (only the keys the block
//! gives). `SECU_BLESS=1` prints the observed summaries, for a reviewer.
//!
//! Sources: domain.md §4.2, §4.3, §7, §8, Decisions 8, 9 and 23–27.

use std::fmt::Write as _;

use secu::Lang;
use secu_case::{Event, Procedure};
use serde_json::Value;

use crate::helpers::{d, household, script_step, start};

/// A history under test.
struct History {
    p: Procedure,
    name: String,
    /// Events given beside the script, used as `@name`.
    special: Vec<(String, Event)>,
}

impl History {
    fn new(example: &str, opened: &str) -> Self {
        Self::with(example, opened, &[])
    }

    fn with(example: &str, opened: &str, special: &[(&str, Event)]) -> Self {
        Self {
            p: start(example, opened),
            name: example.to_owned(),
            special: special
                .iter()
                .map(|(k, e)| ((*k).to_owned(), e.clone()))
                .collect(),
        }
    }

    /// Applies the lines of a script.
    fn run(&mut self, script: &str) -> &mut Self {
        for (n, raw) in script.lines().enumerate() {
            let line = raw.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let at = || format!("{}, line {}: {line}", self.name, n + 1);
            let mut words: Vec<&str> = line.split_whitespace().collect();
            let refused = words
                .last()
                .and_then(|w| w.strip_prefix('!'))
                .map(str::to_owned);
            if refused.is_some() {
                words.pop();
            }
            let (date, member, ev) = script_step(&words, &self.special, &at);
            let ev = ev.unwrap_or_else(|| panic!("{}: `?` is not a step of a history", at()));
            let r = self.p.apply(member, date, &ev);
            match (&refused, r) {
                (None, Ok(())) => {}
                (None, Err(r)) => panic!("{}: refused: {r}", at()),
                (Some(want), Err(r)) => assert_eq!(&r.code, want, "{}: {r}", at()),
                (Some(want), Ok(())) => panic!("{}: accepted, expected a refusal {want}", at()),
            }
        }
        self
    }

    /// The summary of `member`'s status on `date`.
    fn summary(&self, date: &str, member: &str) -> Vec<(String, String)> {
        let st = serde_json::to_value(self.p.status(d(date), Lang::En)).expect("JSON");
        let m = st["members"]
            .as_array()
            .and_then(|ms| ms.iter().find(|m| m["id"] == member))
            .unwrap_or_else(|| panic!("{member} has no status on {date}"))
            .clone();
        summarise(&m)
    }

    /// Checks the status of `member` on `date` against `expected`.
    #[allow(clippy::print_stdout)]
    fn check(&mut self, date: &str, member: &str, expected: &str) -> &mut Self {
        let got = self.summary(date, member);
        if std::env::var_os("SECU_BLESS").is_some() {
            let mut out = format!("\nBLESS {} {member} on {date}:\n", self.name);
            for (k, v) in &got {
                let _ = writeln!(out, "            {k} {v}");
            }
            println!("{out}");
            return self;
        }
        // Every aspect that differs, not only the first.
        let mut wrong = Vec::new();
        for line in expected.lines().map(str::trim).filter(|l| !l.is_empty()) {
            let (key, want) = line.split_once(' ').unwrap_or((line, ""));
            let have = got
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.as_str())
                .unwrap_or_else(|| panic!("no key {key:?} in a summary"));
            if have != want.trim() {
                wrong.push(format!("{key}\n    want {}\n    have {have}", want.trim()));
            }
        }
        assert!(
            wrong.is_empty(),
            "{}: {member} on {date}:\n  {}",
            self.name,
            wrong.join("\n  ")
        );
        self
    }
}

fn s(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => "-".into(),
        other => other.to_string(),
    }
}

fn list(v: &Value, f: impl Fn(&Value) -> String) -> String {
    let items: Vec<String> = v
        .as_array()
        .map(|a| a.iter().map(f).collect())
        .unwrap_or_default();
    if items.is_empty() {
        "-".into()
    } else {
        items.join(" ")
    }
}

/// One line per aspect of a member's status.
fn summarise(m: &Value) -> Vec<(String, String)> {
    let steps = list(&m["steps"], |st| {
        let mut t = format!("{}={}", s(&st["step"]), s(&st["status"]));
        if let Some(on) = st["done_on"].as_str() {
            let _ = write!(t, "@{on}");
        }
        t
    });
    let deadlines = list(&m["deadlines"], |dl| {
        let mut t = format!("{}@{}", s(&dl["kind"]), s(&dl["date"]));
        if dl["overdue"] == true {
            t.push('!');
        }
        if dl["estimated"] == true {
            t.push('~');
        }
        t
    });
    let actions = list(&m["next_actions"], |a| {
        format!(
            "{}:{}",
            s(&a["actor"]),
            a.get("code").map_or_else(|| "?".to_owned(), s)
        )
    });
    let payroll = m["payroll"]
        .get("dsn_identifier")
        .map_or_else(|| "-".to_owned(), s);
    vec![
        ("phase".into(), s(&m["phase"])),
        (
            "stage".into(),
            m.get("stage").map_or_else(|| "?".to_owned(), s),
        ),
        ("steps".into(), steps),
        ("missing".into(), list(&m["missing_documents"], s)),
        ("actions".into(), actions),
        (
            "allowed".into(),
            m.get("allowed_events")
                .map_or_else(|| "?".to_owned(), |v| list(v, s)),
        ),
        ("deadlines".into(), deadlines),
        ("payroll".into(), payroll),
        (
            "reason".into(),
            m.get("rejection_reason").map_or_else(|| "?".to_owned(), s),
        ),
    ]
}

/// Arjun's documents, all received on the day (the photo and the S3704 come later).
const ARJUN_FILE: &str = "
    2026-12-01 arjun document_received form_s1106
    2026-12-01 arjun document_received form_s3705
    2026-12-01 arjun document_received identity_document
    2026-12-01 arjun document_received residence_permit
    2026-12-01 arjun document_received birth_certificate
    2026-12-01 arjun document_received sworn_translation
    2026-12-01 arjun document_received marriage_or_partnership_certificate
    2026-12-01 arjun document_received proof_of_address
    2026-12-01 arjun document_received bank_details
    2026-12-01 arjun document_received proof_of_activity
";

// ---------------------------------------------------------------------------
// 1. Status at a past date shows only what was true then (Decision 23).

#[test]
fn status_at_a_past_date_ignores_later_events() {
    let mut h = History::new("talent_passport_family", "2026-11-27");
    h.run(ARJUN_FILE).run(
        "
        2026-12-04 arjun file_submitted
        2026-12-22 arjun nia_issued 1 88 06 99 223 101 44
        2027-01-08 arjun physician_declared
        2027-06-15 arjun nir_certified 1 88 06 99 223 101 44
        2027-06-25 arjun carte_vitale_ordered
        ",
    );
    // Before the NIA existed: submitted, NTT in payroll.
    h.check(
        "2026-12-10",
        "arjun",
        "
            phase submitted
            stage submitted to the fund
            steps prepare_file=done@2026-12-04 submit_file=done@2026-12-04 provisional_number=in_progress physician_declaration=pending number_certification=pending carte_vitale=pending ameli_account=pending
            missing form_s3704 id_photo
            actions cpam:wait_nia
            allowed document_received document_rejected documents_requested nia_issued physician_declared rejected withdrawn
            deadlines nia_expected@2026-12-25~ ntt_limit@2027-01-01
            payroll ntt
            reason -
        ",
    );
    // Between the NIA and the NIR.
    h.check(
        "2027-03-01",
        "arjun",
        "
            phase provisional
            stage provisional number (NIA): identification under way
            steps prepare_file=done@2026-12-04 submit_file=done@2026-12-04 provisional_number=done@2026-12-22 physician_declaration=done@2027-01-08 number_certification=in_progress carte_vitale=pending ameli_account=pending
            missing id_photo
            actions sandia:wait_certification
            allowed document_received document_rejected documents_requested physician_declared nir_certified rejected withdrawn
            deadlines certification_expected@2027-09-04~ nia_expiry@2027-09-22
            payroll nia
            reason -
        ",
    );
    // After the card's order.
    h.check(
        "2027-07-01",
        "arjun",
        "
            phase affiliated
            stage affiliated: number certified, rights open
            steps prepare_file=done@2026-12-04 submit_file=done@2026-12-04 provisional_number=done@2026-12-22 physician_declaration=done@2027-01-08 number_certification=done@2027-06-15 carte_vitale=in_progress ameli_account=pending
            missing -
            actions cpam:wait_carte_vitale member:open_ameli_account
            allowed document_received document_rejected physician_declared carte_vitale_form_received carte_vitale_ordered carte_vitale_received ameli_account_opened withdrawn
            deadlines ameli_expected@2027-06-25!~ carte_vitale_expected@2027-07-16~
            payroll nir
            reason -
        ",
    );
}

/// `case list`'s view is built from the status: a reactivation is not
/// complete before its rights reopened.
#[test]
fn portfolio_at_a_past_date() {
    let mut h = History::new("returning_worker_with_nir", "2027-02-01");
    h.run(
        "
        2027-02-16 emilie document_received form_s1106
        2027-02-16 emilie document_received identity_document
        2027-02-16 emilie document_received residence_permit
        2027-02-16 emilie document_received bank_details
        2027-03-01 emilie document_received proof_of_activity
        2027-03-02 emilie file_submitted
        2027-03-12 emilie rights_reopened
        2027-03-12 emilie carte_vitale_still_valid
        2027-03-15 emilie ameli_account_opened
        2027-03-15 emilie attestation_obtained
        ",
    );
    let line = |on: &str| {
        let st = h.p.status(d(on), Lang::En);
        let l = st.portfolio().remove(0);
        (l.phase.code(), l.waiting_on.map(|a| a.code()))
    };
    assert_eq!(line("2027-03-05"), ("submitted", Some("cpam")));
    assert_eq!(line("2027-03-13"), ("affiliated", Some("member")));
    assert_eq!(line("2027-03-16"), ("complete", None));
    h.check(
        "2027-03-05",
        "emilie",
        "
            phase submitted
            stage submitted to the fund
            steps prepare_file=done@2027-03-02 submit_file=done@2027-03-02 rights_reopened=in_progress carte_vitale=pending ameli_account=pending
            missing id_photo
            actions cpam:wait_reopening
            allowed document_received document_rejected documents_requested physician_declared rights_reopened rejected withdrawn
            deadlines -
            payroll nir
            reason -
        ",
    );
    h.check(
        "2027-03-16",
        "emilie",
        "
            phase complete
            stage complete
            steps prepare_file=done@2027-03-02 submit_file=done@2027-03-02 rights_reopened=done@2027-03-12 carte_vitale=done@2027-03-12 ameli_account=done@2027-03-15
            missing -
            actions -
            allowed -
            deadlines -
            payroll nir
            reason -
        ",
    );
}

// ---------------------------------------------------------------------------
// 2. Order in time (Decision 23).

#[test]
fn events_keep_the_procedure_s_order_in_time() {
    let renewal = Event::PermitRenewed {
        permit: secu::model::Permit::ResidentCard,
        valid_from: d("2027-01-10"),
        valid_until: Some(d("2037-01-09")),
    };
    let mut h = History::with(
        "talent_passport_family",
        "2026-11-27",
        &[("renewal", renewal)],
    );
    h.run(ARJUN_FILE).run(
        "
        2026-12-04 arjun file_submitted
        # A NIA dated before the submission.
        2026-12-02 arjun nia_issued 1 88 06 99 223 101 44 !before_submission
        2026-12-22 arjun nia_issued 1 88 06 99 223 101 44
        # An event dated before one already recorded.
        2026-12-20 arjun physician_declared !out_of_order
        # A household event dated before a recorded event.
        2026-12-21 arjun @renewal !out_of_order
        2027-01-10 arjun @renewal
        2027-01-09 arjun physician_declared !out_of_order
        # A certified NIR dated before the NIA (the ameli account and the
        # card before the NIR are refused while provisional: not_allowed_now).
        2027-06-15 arjun nir_certified 1 88 06 99 223 101 44
        2027-06-10 arjun ameli_account_opened !before_certification
        2027-06-14 arjun carte_vitale_ordered !before_certification
        2027-06-20 arjun ameli_account_opened
        ",
    );
    // The R114-7 clock: no formal notice three weeks after the NIA, no
    // suspension nine days after the notice.
    let mut r = History::new("child_born_in_france", "2026-02-02");
    r.run(
        "
        2026-02-03 rafael document_received form_s1106
        2026-02-03 rafael document_received form_s3705
        2026-02-03 rafael document_received identity_document
        2026-02-03 rafael document_received residence_permit
        2026-02-03 rafael document_received marriage_or_partnership_certificate
        2026-02-03 rafael document_received proof_of_address
        2026-02-03 rafael document_received bank_details
        2026-02-03 rafael document_received proof_of_activity
        2026-02-04 rafael document_waived birth_certificate registry slow
        2026-02-04 rafael document_waived sworn_translation follows the certificate
        2026-02-05 rafael file_submitted
        2026-02-23 rafael nia_issued 1 91 03 99 416 105 69
        2026-03-16 rafael formal_notice_received !clock_running
        2026-05-25 rafael formal_notice_received
        2026-06-03 rafael rights_suspended !notice_running
        ",
    );
    r.check(
        "2026-06-03",
        "rafael",
        "
            phase provisional
            stage provisional number (NIA): identification under way
            steps prepare_file=done@2026-02-05 submit_file=done@2026-02-05 provisional_number=done@2026-02-23 physician_declaration=pending number_certification=blocked carte_vitale=pending ameli_account=pending
            missing form_s3704 id_photo
            actions member:send_civil_status member:declare_physician
            allowed document_received document_rejected documents_requested civil_status_received formal_notice_received physician_declared rejected withdrawn
            deadlines civil_status_final_due@2026-08-25 nia_expiry@2026-11-23
            payroll nia
            reason -
        ",
    );
    // A NIR before the NIA held when the case opened.
    let mut v = History::new("provisional_nia", "2027-01-20");
    v.run(
        "
        2026-11-10 vikram civil_status_received
        2026-11-12 vikram nir_certified 1 93 08 99 223 045 81 !before_nia
        ",
    );
}

/// Rafael's file without the birth certificate (registry slow).
const RAFAEL_FILE: &str = "
    2026-02-03 rafael document_received form_s1106
    2026-02-03 rafael document_received form_s3705
    2026-02-03 rafael document_received identity_document
    2026-02-03 rafael document_received residence_permit
    2026-02-03 rafael document_received marriage_or_partnership_certificate
    2026-02-03 rafael document_received proof_of_address
    2026-02-03 rafael document_received bank_details
    2026-02-03 rafael document_received proof_of_activity
    2026-02-04 rafael document_waived birth_certificate registry slow
    2026-02-04 rafael document_waived sworn_translation follows the certificate
    2026-02-05 rafael file_submitted
    2026-02-23 rafael nia_issued 1 91 03 99 416 105 69
";

// ---------------------------------------------------------------------------
// 3. The R114-7 clock (Decision 26).

/// The birth certificate sent with a re-submission after the fund asked for
/// it stops the clock: nothing overdue after the first 3 months, and
/// certification is possible.
#[test]
fn a_birth_certificate_sent_with_a_resubmission_stops_the_clock() {
    let mut h = History::new("child_born_in_france", "2026-02-02");
    h.run(RAFAEL_FILE).run(
        "
        2026-03-10 rafael documents_requested birth_certificate sworn_translation
        2026-03-20 rafael document_received birth_certificate
        2026-03-20 rafael document_received sworn_translation
        2026-03-21 rafael file_submitted
        ",
    );
    // Mid-history: the clock runs, certification is blocked.
    h.check(
        "2026-03-01",
        "rafael",
        "
            phase provisional
            stage provisional number (NIA): identification under way
            steps prepare_file=done@2026-02-05 submit_file=done@2026-02-05 provisional_number=done@2026-02-23 physician_declaration=pending number_certification=blocked carte_vitale=pending ameli_account=pending
            missing form_s3704 id_photo
            actions member:send_civil_status member:declare_physician
            allowed document_received document_rejected documents_requested civil_status_received physician_declared rejected withdrawn
            deadlines civil_status_due@2026-05-23 nia_expiry@2026-11-23
            payroll nia
            reason -
        ",
    );
    // Back for documents.
    h.check(
        "2026-03-15",
        "rafael",
        "
            phase preparing
            stage preparing the file
            steps prepare_file=in_progress submit_file=pending provisional_number=done@2026-02-23 physician_declaration=pending number_certification=pending carte_vitale=pending ameli_account=pending
            missing form_s3704 birth_certificate sworn_translation id_photo
            actions member:gather_documents
            allowed document_received document_rejected document_waived withdrawn
            deadlines civil_status_due@2026-05-23 nia_expiry@2026-11-23
            payroll nia
            reason -
        ",
    );
    // After the 3 months from the NIA: stopped, not overdue.
    h.check(
        "2026-06-01",
        "rafael",
        "
            phase provisional
            stage provisional number (NIA): identification under way
            steps prepare_file=done@2026-02-05 submit_file=done@2026-02-05 provisional_number=done@2026-02-23 physician_declaration=pending number_certification=in_progress carte_vitale=pending ameli_account=pending
            missing form_s3704 id_photo
            actions member:declare_physician sandia:wait_certification
            allowed document_received document_rejected documents_requested physician_declared nir_certified rejected withdrawn
            deadlines nia_expiry@2026-11-23 certification_expected@2026-12-21~
            payroll nia
            reason -
        ",
    );
}

/// A birth certificate rejected after the NIA: the clock runs on (overdue
/// once its 3 months are over) and certification waits for an acceptable one.
#[test]
fn a_birth_certificate_rejected_after_the_nia_restarts_the_clock() {
    let mut h = History::new("talent_passport_family", "2026-11-27");
    h.run(ARJUN_FILE).run(
        "
        2026-12-04 arjun file_submitted
        2026-12-22 arjun nia_issued 1 88 06 99 223 101 44
        2027-01-10 arjun document_rejected birth_certificate extract without filiation
        2027-01-11 arjun nir_certified 1 88 06 99 223 101 44 !civil_status_missing
        2027-04-05 arjun document_received birth_certificate
        ",
    );
    h.check(
        "2027-01-05",
        "arjun",
        "
            phase provisional
            stage provisional number (NIA): identification under way
            steps prepare_file=done@2026-12-04 submit_file=done@2026-12-04 provisional_number=done@2026-12-22 physician_declaration=pending number_certification=in_progress carte_vitale=pending ameli_account=pending
            missing form_s3704 id_photo
            actions member:declare_physician sandia:wait_certification
            allowed document_received document_rejected documents_requested physician_declared nir_certified rejected withdrawn
            deadlines certification_expected@2027-09-04~ nia_expiry@2027-09-22
            payroll nia
            reason -
        ",
    );
    h.check(
        "2027-01-11",
        "arjun",
        "
            phase provisional
            stage provisional number (NIA): identification under way
            steps prepare_file=done@2026-12-04 submit_file=done@2026-12-04 provisional_number=done@2026-12-22 physician_declaration=pending number_certification=blocked carte_vitale=pending ameli_account=pending
            missing form_s3704 birth_certificate id_photo
            actions member:send_civil_status member:declare_physician
            allowed document_received document_rejected documents_requested civil_status_received physician_declared rejected withdrawn
            deadlines civil_status_due@2027-03-22 nia_expiry@2027-09-22
            payroll nia
            reason -
        ",
    );
    h.check(
        "2027-04-01",
        "arjun",
        "
            phase provisional
            stage provisional number (NIA): identification under way
            steps prepare_file=done@2026-12-04 submit_file=done@2026-12-04 provisional_number=done@2026-12-22 physician_declaration=pending number_certification=blocked carte_vitale=pending ameli_account=pending
            missing form_s3704 birth_certificate id_photo
            actions member:send_civil_status member:declare_physician
            allowed document_received document_rejected documents_requested civil_status_received formal_notice_received physician_declared rejected withdrawn
            deadlines civil_status_due@2027-03-22! nia_expiry@2027-09-22
            payroll nia
            reason -
        ",
    );
    h.check(
        "2027-04-05",
        "arjun",
        "
            phase provisional
            stage provisional number (NIA): identification under way
            steps prepare_file=done@2026-12-04 submit_file=done@2026-12-04 provisional_number=done@2026-12-22 physician_declaration=pending number_certification=in_progress carte_vitale=pending ameli_account=pending
            missing form_s3704 id_photo
            actions member:declare_physician sandia:wait_certification
            allowed document_received document_rejected documents_requested physician_declared nir_certified rejected withdrawn
            deadlines nia_expiry@2027-09-22 certification_expected@2028-01-05~
            payroll nia
            reason -
        ",
    );
}

/// After a request for documents, the NIA is expected from the latest,
/// complete submission, not the first (a member is not overdue who is not).
#[test]
fn expected_dates_count_from_the_latest_complete_submission() {
    let mut h = History::new("talent_passport_family", "2026-11-27");
    h.run(
        "
        2026-12-01 meera document_received form_s1106
        2026-12-01 meera document_received identity_document
        2026-12-01 meera document_received residence_permit
        2026-12-01 meera document_received birth_certificate
        2026-12-01 meera document_received sworn_translation
        2026-12-01 meera document_received marriage_or_partnership_certificate
        2026-12-01 meera document_received proof_of_address
        2026-12-01 meera document_received bank_details
        2026-12-04 meera file_submitted
        2026-12-18 meera documents_requested marriage_or_partnership_certificate sworn_translation
        2027-01-05 meera document_received sworn_translation
        2027-01-06 meera document_received marriage_or_partnership_certificate
        2027-01-07 meera file_submitted
        2027-01-25 meera nia_issued 2 90 03 99 223 102 41
        ",
    );
    h.check(
        "2026-12-20",
        "meera",
        "
            phase preparing
            stage preparing the file
            steps prepare_file=in_progress submit_file=pending provisional_number=pending physician_declaration=pending number_certification=pending carte_vitale=pending ameli_account=pending
            missing form_s3704 sworn_translation marriage_or_partnership_certificate id_photo
            actions member:gather_documents
            allowed document_received document_rejected document_waived withdrawn
            deadlines -
            payroll -
            reason -
        ",
    );
    h.check(
        "2027-01-10",
        "meera",
        "
            phase submitted
            stage submitted to the fund
            steps prepare_file=done@2027-01-07 submit_file=done@2027-01-07 provisional_number=in_progress physician_declaration=pending number_certification=pending carte_vitale=pending ameli_account=pending
            missing form_s3704 id_photo
            actions cpam:wait_nia
            allowed document_received document_rejected documents_requested nia_issued physician_declared rejected withdrawn
            deadlines nia_expected@2027-01-28~
            payroll -
            reason -
        ",
    );
    h.check(
        "2027-02-01",
        "meera",
        "
            phase provisional
            stage provisional number (NIA): identification under way
            steps prepare_file=done@2027-01-07 submit_file=done@2027-01-07 provisional_number=done@2027-01-25 physician_declaration=pending number_certification=in_progress carte_vitale=pending ameli_account=pending
            missing form_s3704 id_photo
            actions member:declare_physician sandia:wait_certification
            allowed document_received document_rejected documents_requested physician_declared nir_certified rejected withdrawn
            deadlines certification_expected@2027-10-07~ nia_expiry@2027-10-25
            payroll -
            reason -
        ",
    );
}

// ---------------------------------------------------------------------------
// 4. A case opened for someone who already has a NIA.

#[test]
fn a_case_opened_with_a_nia_is_past_its_submission() {
    let mut h = History::new("provisional_nia", "2027-01-20");
    h.check(
        "2027-01-20",
        "vikram",
        "
            phase provisional
            stage provisional number (NIA): identification under way
            steps prepare_file=done submit_file=done provisional_number=done@2026-11-16 physician_declaration=pending number_certification=blocked carte_vitale=pending ameli_account=pending
            missing form_s3704 birth_certificate sworn_translation id_photo
            actions member:send_civil_status member:declare_physician
            allowed document_received document_rejected documents_requested civil_status_received physician_declared rejected withdrawn
            deadlines civil_status_due@2027-02-16 nia_expiry@2027-08-16
            payroll nia
            reason -
        ",
    );
    h.run("2027-02-01 vikram civil_status_received");
    h.check(
        "2027-02-01",
        "vikram",
        "
            phase provisional
            stage provisional number (NIA): identification under way
            steps prepare_file=done submit_file=done provisional_number=done@2026-11-16 physician_declaration=pending number_certification=in_progress carte_vitale=pending ameli_account=pending
            missing form_s3704 birth_certificate sworn_translation id_photo
            actions member:declare_physician sandia:wait_certification
            allowed document_received document_rejected documents_requested physician_declared nir_certified rejected withdrawn
            deadlines nia_expiry@2027-08-16 certification_expected@2027-11-01~
            payroll nia
            reason -
        ",
    );
}

// ---------------------------------------------------------------------------
// 5. Minors (Decision 24).

/// Sofia turns 18 on 2027-05-03 while still on her NIA, back for documents:
/// she acts herself now, and own coverage opens at that stage.
#[test]
fn turning_18_on_a_nia() {
    let mut h = History::new("teenagers_student_and_pupil", "2026-09-10");
    h.run(
        "
        2026-09-11 sofia document_received identity_document
        2026-09-11 sofia document_received birth_certificate
        2026-09-11 sofia document_received sworn_translation
        2026-09-11 sofia document_received bank_details
        2026-09-14 sofia document_received enrolment_certificate
        2026-09-16 sofia file_submitted
        2026-10-05 sofia nia_issued 2 09 05 99 405 110 29
        2027-04-20 sofia documents_requested bank_details
        2027-05-02 sofia own_coverage_opened !too_young
        ",
    );
    h.check(
        "2027-05-02",
        "sofia",
        "
            phase preparing
            stage preparing the file
            steps prepare_file=in_progress submit_file=pending provisional_number=done@2026-10-05 physician_declaration=pending number_certification=pending carte_vitale=pending ameli_account=pending
            missing form_s3704 bank_details id_photo
            actions parent:gather_documents
            allowed document_received document_rejected document_waived withdrawn
            deadlines eighteenth_birthday@2027-05-03 certification_expected@2027-06-16~ nia_expiry@2027-07-05
            payroll -
            reason -
        ",
    );
    h.check(
        "2027-05-10",
        "sofia",
        "
            phase preparing
            stage preparing the file
            steps prepare_file=in_progress submit_file=pending provisional_number=done@2026-10-05 physician_declaration=pending number_certification=pending carte_vitale=pending ameli_account=pending
            missing form_s3704 bank_details id_photo
            actions member:gather_documents member:open_own_coverage
            allowed document_received document_rejected document_waived own_coverage_opened withdrawn
            deadlines eighteenth_birthday@2027-05-03 certification_expected@2027-06-16~ nia_expiry@2027-07-05
            payroll -
            reason -
        ",
    );
    h.run("2027-05-10 sofia own_coverage_opened");
    h.check(
        "2027-05-10",
        "sofia",
        "
            phase complete
            stage complete
            steps prepare_file=done@2026-09-16 submit_file=done@2026-09-16 provisional_number=done@2026-10-05 physician_declaration=not_applicable number_certification=not_applicable carte_vitale=not_applicable ameli_account=not_applicable
            missing -
            actions -
            allowed -
            deadlines -
            payroll -
            reason -
        ",
    );
}

/// Diego (16, certified) starts an apprenticeship: covered in his own right
/// from its first day, before 18; not before it.
#[test]
fn a_minor_starting_an_apprenticeship() {
    let mut apprentice = household("teenagers_student_and_pupil");
    for m in &mut apprentice.members {
        if m.id == "diego" {
            m.activity = Some(
                serde_json::from_value(serde_json::json!({
                    "kind": "employed", "start_date": "2027-09-01"
                }))
                .expect("an activity"),
            );
        }
    }
    let mut h = History::with(
        "teenagers_student_and_pupil",
        "2026-09-10",
        &[(
            "apprentice",
            Event::HouseholdCorrected {
                household: Box::new(apprentice),
            },
        )],
    );
    h.run(
        "
        2026-09-11 diego document_received identity_document
        2026-09-11 diego document_received birth_certificate
        2026-09-11 diego document_received sworn_translation
        2026-09-11 diego document_received enrolment_certificate
        2026-09-16 diego file_submitted
        2026-10-05 diego nia_issued 1 10 07 99 405 111 61
        2027-03-01 diego nir_certified 1 10 07 99 405 111 61
        2027-08-20 diego @apprentice
        2027-08-25 diego own_coverage_opened !too_young
        ",
    );
    h.check(
        "2027-08-25",
        "diego",
        "
            phase affiliated
            stage affiliated: number certified, rights open
            steps prepare_file=done@2026-09-16 submit_file=done@2026-09-16 provisional_number=done@2026-10-05 physician_declaration=pending number_certification=done@2027-03-01 carte_vitale=pending ameli_account=pending
            missing form_s1106 form_s3704 proof_of_address bank_details proof_of_activity id_photo
            actions member:declare_physician member:order_carte_vitale member:open_ameli_account
            allowed document_received document_rejected physician_declared carte_vitale_form_received carte_vitale_ordered carte_vitale_received ameli_account_opened withdrawn
            deadlines ameli_expected@2027-03-11!~ eighteenth_birthday@2028-07-22
            payroll nir
            reason -
        ",
    );
    h.check(
        "2027-09-01",
        "diego",
        "
            phase affiliated
            stage affiliated: number certified, rights open
            steps prepare_file=done@2026-09-16 submit_file=done@2026-09-16 provisional_number=done@2026-10-05 physician_declaration=pending number_certification=done@2027-03-01 carte_vitale=pending ameli_account=pending
            missing form_s1106 form_s3704 proof_of_address bank_details proof_of_activity id_photo
            actions member:declare_physician member:order_carte_vitale member:open_ameli_account member:open_own_coverage_through_work
            allowed document_received document_rejected physician_declared carte_vitale_form_received carte_vitale_ordered carte_vitale_received ameli_account_opened own_coverage_opened withdrawn
            deadlines ameli_expected@2027-03-11!~ eighteenth_birthday@2028-07-22
            payroll nir
            reason -
        ",
    );
    h.run("2027-09-02 diego own_coverage_opened");
    h.check(
        "2027-09-02",
        "diego",
        "
            phase complete
            stage complete
            steps prepare_file=done@2026-09-16 submit_file=done@2026-09-16 provisional_number=done@2026-10-05 physician_declaration=not_applicable number_certification=done@2027-03-01 carte_vitale=not_applicable ameli_account=not_applicable
            missing -
            actions -
            allowed -
            deadlines -
            payroll nir
            reason -
        ",
    );
}

/// 16–17: the ameli account is an autonomous beneficiary's (a student's, or
/// on request), not a dependent pupil's; own coverage is not opened by it.
#[test]
fn autonomy_at_16_is_not_own_coverage() {
    let mut h = History::new("teenagers_student_and_pupil", "2026-09-10");
    h.run(
        "
        2026-09-11 sofia document_received identity_document
        2026-09-11 sofia document_received birth_certificate
        2026-09-11 sofia document_received sworn_translation
        2026-09-11 sofia document_received bank_details
        2026-09-14 sofia document_received enrolment_certificate
        2026-09-16 sofia file_submitted
        2026-10-05 sofia nia_issued 2 09 05 99 405 110 29
        2027-03-01 sofia nir_certified 2 09 05 99 405 110 29
        2027-03-02 sofia own_coverage_opened !too_young

        2026-09-11 diego document_received identity_document
        2026-09-11 diego document_received birth_certificate
        2026-09-11 diego document_received sworn_translation
        2026-09-11 diego document_received enrolment_certificate
        2026-09-16 diego file_submitted
        2026-10-05 diego nia_issued 1 10 07 99 405 111 61
        2027-03-01 diego nir_certified 1 10 07 99 405 111 61
        2027-03-02 diego ameli_account_opened !step_not_applicable
        ",
    );
    h.check(
        "2027-03-02",
        "sofia",
        "
            phase affiliated
            stage affiliated: number certified, rights open
            steps prepare_file=done@2026-09-16 submit_file=done@2026-09-16 provisional_number=done@2026-10-05 physician_declaration=pending number_certification=done@2027-03-01 carte_vitale=pending ameli_account=pending
            missing form_s3704 id_photo
            actions member:declare_physician member:order_carte_vitale member:open_ameli_account
            allowed document_received document_rejected physician_declared carte_vitale_form_received carte_vitale_ordered carte_vitale_received ameli_account_opened withdrawn
            deadlines eighteenth_birthday@2027-05-03
            payroll -
            reason -
        ",
    );
    h.check(
        "2027-03-02",
        "diego",
        "
            phase affiliated
            stage affiliated: number certified, rights open
            steps prepare_file=done@2026-09-16 submit_file=done@2026-09-16 provisional_number=done@2026-10-05 physician_declaration=pending number_certification=done@2027-03-01 carte_vitale=pending ameli_account=not_applicable
            missing form_s3704 id_photo
            actions member:declare_physician member:order_carte_vitale
            allowed document_received document_rejected physician_declared carte_vitale_form_received carte_vitale_ordered carte_vitale_received withdrawn
            deadlines eighteenth_birthday@2028-07-22
            payroll -
            reason -
        ",
    );
}

// ---------------------------------------------------------------------------
// 6. Carte Vitale: the form, the photo; an S1 child under 12 (Decision 27).

#[test]
fn the_carte_vitale_form_goes_back_with_a_photo() {
    let mut h = History::new("talent_passport_family", "2026-11-27");
    h.run(ARJUN_FILE).run(
        "
        2026-12-04 arjun file_submitted
        2026-12-22 arjun nia_issued 1 88 06 99 223 101 44
        2027-01-08 arjun physician_declared
        2027-06-15 arjun nir_certified 1 88 06 99 223 101 44
        2027-06-22 arjun carte_vitale_form_received
        2027-06-25 arjun document_received id_photo
        2027-06-25 arjun carte_vitale_ordered
        ",
    );
    h.check(
        "2027-06-23",
        "arjun",
        "
            phase affiliated
            stage affiliated: number certified, rights open
            steps prepare_file=done@2026-12-04 submit_file=done@2026-12-04 provisional_number=done@2026-12-22 physician_declaration=done@2027-01-08 number_certification=done@2027-06-15 carte_vitale=in_progress ameli_account=pending
            missing id_photo
            actions member:return_carte_vitale_form member:open_ameli_account
            allowed document_received document_rejected physician_declared carte_vitale_form_received carte_vitale_ordered carte_vitale_received ameli_account_opened withdrawn
            deadlines ameli_expected@2027-06-25~
            payroll nir
            reason -
        ",
    );
    h.check(
        "2027-06-26",
        "arjun",
        "
            phase affiliated
            stage affiliated: number certified, rights open
            steps prepare_file=done@2026-12-04 submit_file=done@2026-12-04 provisional_number=done@2026-12-22 physician_declaration=done@2027-01-08 number_certification=done@2027-06-15 carte_vitale=in_progress ameli_account=pending
            missing -
            actions cpam:wait_carte_vitale member:open_ameli_account
            allowed document_received document_rejected physician_declared carte_vitale_form_received carte_vitale_ordered carte_vitale_received ameli_account_opened withdrawn
            deadlines ameli_expected@2027-06-25!~ carte_vitale_expected@2027-07-16~
            payroll nir
            reason -
        ",
    );
}

/// Mateo, under his father's S1, is 11 until 2026-11-20: no card step (and
/// the machine refuses an order), then one from 12; his cover ends with the
/// posting like his parents' (Decision 27).
#[test]
fn an_s1_family_follows_the_worker_s_posting_and_the_card_age() {
    let mut h = History::new("posted_a1_family", "2026-10-15");
    h.run(
        "
        2026-10-16 mateo document_received identity_document
        2026-10-16 mateo document_received birth_certificate
        2026-10-16 mateo document_received s1_form
        2026-10-19 mateo file_submitted
        2026-11-09 mateo s1_registered
        2026-11-10 mateo carte_vitale_ordered !too_young

        2026-10-16 lucia document_received identity_document
        2026-10-16 lucia document_received birth_certificate
        2026-10-16 lucia document_received marriage_or_partnership_certificate
        2026-10-16 lucia document_received s1_form
        2026-10-19 lucia file_submitted
        2026-11-09 lucia s1_registered
        ",
    );
    h.check(
        "2026-11-10",
        "mateo",
        "
            phase affiliated
            stage registered: S1 recorded, care paid by the home fund
            steps prepare_file=done@2026-10-19 submit_file=done@2026-10-19 s1_registered=done@2026-11-09 carte_vitale=not_applicable
            missing -
            actions -
            allowed document_received document_rejected withdrawn
            deadlines posting_end@2028-08-31
            payroll -
            reason -
        ",
    );
    h.check(
        "2026-11-25",
        "mateo",
        "
            phase affiliated
            stage registered: S1 recorded, care paid by the home fund
            steps prepare_file=done@2026-10-19 submit_file=done@2026-10-19 s1_registered=done@2026-11-09 carte_vitale=pending
            missing -
            actions parent:order_carte_vitale
            allowed document_received document_rejected carte_vitale_ordered carte_vitale_received withdrawn
            deadlines posting_end@2028-08-31
            payroll -
            reason -
        ",
    );
    h.check(
        "2026-11-10",
        "lucia",
        "
            phase affiliated
            stage registered: S1 recorded, care paid by the home fund
            steps prepare_file=done@2026-10-19 submit_file=done@2026-10-19 s1_registered=done@2026-11-09 carte_vitale=pending
            missing id_photo
            actions member:order_carte_vitale
            allowed document_received document_rejected physician_declared carte_vitale_form_received carte_vitale_ordered carte_vitale_received ameli_account_opened withdrawn
            deadlines posting_end@2028-08-31
            payroll -
            reason -
        ",
    );
    h.check(
        "2026-11-10",
        "javier",
        "
            phase preparing
            stage preparing the file
            steps prepare_file=pending submit_file=pending s1_registered=pending carte_vitale=pending
            missing identity_document s1_form a1_certificate id_photo
            actions member:gather_documents
            allowed document_received document_waived withdrawn
            deadlines posting_end@2028-08-31
            payroll -
            reason -
        ",
    );
}

// ---------------------------------------------------------------------------
// 7. NTT reminders: gone once a NIA is declared, never with a known NIR (Decision 27).

#[test]
fn the_ntt_reminder_goes_with_the_nia_and_never_shows_with_a_nir() {
    let mut h = History::new("talent_passport_family", "2026-11-27");
    h.run(ARJUN_FILE).run(
        "
        2026-12-04 arjun file_submitted
        2026-12-22 arjun nia_issued 1 88 06 99 223 101 44
        ",
    );
    h.check(
        "2026-12-21",
        "arjun",
        "
            phase submitted
            stage submitted to the fund
            steps prepare_file=done@2026-12-04 submit_file=done@2026-12-04 provisional_number=in_progress physician_declaration=pending number_certification=pending carte_vitale=pending ameli_account=pending
            missing form_s3704 id_photo
            actions cpam:wait_nia
            allowed document_received document_rejected documents_requested nia_issued physician_declared rejected withdrawn
            deadlines nia_expected@2026-12-25~ ntt_limit@2027-01-01
            payroll ntt
            reason -
        ",
    );
    h.check(
        "2026-12-23",
        "arjun",
        "
            phase provisional
            stage provisional number (NIA): identification under way
            steps prepare_file=done@2026-12-04 submit_file=done@2026-12-04 provisional_number=done@2026-12-22 physician_declaration=pending number_certification=in_progress carte_vitale=pending ameli_account=pending
            missing form_s3704 id_photo
            actions member:declare_physician sandia:wait_certification
            allowed document_received document_rejected documents_requested physician_declared nir_certified rejected withdrawn
            deadlines certification_expected@2027-09-04~ nia_expiry@2027-09-22
            payroll nia
            reason -
        ",
    );
    // `case list`'s 90-day view neither.
    let upcoming = |on: &str| {
        let st = h.p.status(d(on), Lang::En);
        let l = st.portfolio().remove(0);
        l.upcoming.iter().map(|d| d.kind.code()).collect::<Vec<_>>()
    };
    assert!(upcoming("2026-12-21").contains(&"ntt_limit"));
    assert!(!upcoming("2026-12-23").contains(&"ntt_limit"));

    let mut r = History::new("returning_worker_with_nir", "2027-02-01");
    r.check(
        "2027-02-02",
        "emilie",
        "
            phase preparing
            stage preparing the file
            steps prepare_file=pending submit_file=pending rights_reopened=pending carte_vitale=pending ameli_account=pending
            missing form_s1106 identity_document residence_permit bank_details proof_of_activity id_photo
            actions member:gather_documents
            allowed document_received document_waived withdrawn
            deadlines -
            payroll nir
            reason -
        ",
    );
}

// ---------------------------------------------------------------------------
// 8. After a rejection (Decision 25); closed and finished files.

#[test]
fn a_rejection_can_be_contested_or_filed_again() {
    let mut h = History::new("teenagers_student_and_pupil", "2026-09-10");
    h.run(
        "
        2026-09-11 valentina document_received identity_document
        2026-09-11 valentina document_received birth_certificate
        2026-09-11 valentina document_received sworn_translation
        2026-09-11 valentina document_received bank_details
        2026-09-11 valentina document_received autonomy_request_letter
        2026-09-14 valentina file_submitted
        2026-10-20 valentina rejected filiation not established by the documents
        ",
    );
    h.check(
        "2026-10-21",
        "valentina",
        "
            phase rejected
            stage rejected by the fund
            steps prepare_file=done@2026-09-14 submit_file=done@2026-09-14 provisional_number=not_applicable physician_declaration=not_applicable number_certification=not_applicable carte_vitale=not_applicable ameli_account=not_applicable
            missing -
            actions parent:contest_rejection parent:submit_again
            allowed document_received document_rejected document_waived file_submitted withdrawn
            deadlines appeal_due@2026-12-20
            payroll -
            reason filiation not established by the documents
        ",
    );
    // The 2 months are over: the appeal line stays, not overdue, the file may still be filed again.
    h.check(
        "2026-12-21",
        "valentina",
        "
            phase rejected
            stage rejected by the fund
            steps prepare_file=done@2026-09-14 submit_file=done@2026-09-14 provisional_number=not_applicable physician_declaration=not_applicable number_certification=not_applicable carte_vitale=not_applicable ameli_account=not_applicable
            missing -
            actions parent:submit_again
            allowed document_received document_rejected document_waived file_submitted withdrawn
            deadlines appeal_due@2026-12-20
            payroll -
            reason filiation not established by the documents
        ",
    );
    h.run(
        "
        2026-12-22 valentina document_received birth_certificate
        2026-12-22 valentina file_submitted
        ",
    );
    h.check(
        "2026-12-22",
        "valentina",
        "
            phase submitted
            stage submitted to the fund
            steps prepare_file=done@2026-12-22 submit_file=done@2026-12-22 provisional_number=in_progress physician_declaration=pending number_certification=pending carte_vitale=pending ameli_account=pending
            missing form_s3704 id_photo
            actions cpam:wait_nia
            allowed document_received document_rejected documents_requested nia_issued physician_declared rejected withdrawn
            deadlines nia_expected@2027-01-12~ eighteenth_birthday@2028-07-22
            payroll -
            reason -
        ",
    );
}

#[test]
fn closed_and_finished_files_have_nothing_left_to_do() {
    let mut h = History::new("talent_passport_family", "2026-11-27");
    h.run(ARJUN_FILE).run(
        "
        2026-12-04 arjun file_submitted
        2026-12-22 arjun nia_issued 1 88 06 99 223 101 44
        2027-02-01 arjun withdrawn
        ",
    );
    h.check(
        "2027-02-01",
        "arjun",
        "
            phase withdrawn
            stage withdrawn
            steps prepare_file=done@2026-12-04 submit_file=done@2026-12-04 provisional_number=done@2026-12-22 physician_declaration=not_applicable number_certification=not_applicable carte_vitale=not_applicable ameli_account=not_applicable
            missing -
            actions -
            allowed -
            deadlines -
            payroll -
            reason -
        ",
    );
    // Before the withdrawal, still a file in progress.
    h.check(
        "2027-01-31",
        "arjun",
        "
            phase provisional
            stage provisional number (NIA): identification under way
            steps prepare_file=done@2026-12-04 submit_file=done@2026-12-04 provisional_number=done@2026-12-22 physician_declaration=pending number_certification=in_progress carte_vitale=pending ameli_account=pending
            missing form_s3704 id_photo
            actions member:declare_physician sandia:wait_certification
            allowed document_received document_rejected documents_requested physician_declared nir_certified rejected withdrawn
            deadlines certification_expected@2027-09-04~ nia_expiry@2027-09-22
            payroll nia
            reason -
        ",
    );

    let mut r = History::new("returning_worker_with_nir", "2027-02-01");
    r.run(
        "
        2027-02-16 emilie document_received form_s1106
        2027-02-16 emilie document_received identity_document
        2027-02-16 emilie document_received residence_permit
        2027-02-16 emilie document_received bank_details
        2027-03-01 emilie document_received proof_of_activity
        2027-03-02 emilie file_submitted
        2027-03-12 emilie rights_reopened
        ",
    );
    r.check(
        "2027-03-13",
        "emilie",
        "
            phase affiliated
            stage affiliated: rights reopened
            steps prepare_file=done@2027-03-02 submit_file=done@2027-03-02 rights_reopened=done@2027-03-12 carte_vitale=pending ameli_account=pending
            missing id_photo
            actions member:order_carte_vitale member:open_ameli_account
            allowed document_received document_rejected physician_declared carte_vitale_form_received carte_vitale_ordered carte_vitale_received carte_vitale_still_valid ameli_account_opened withdrawn
            deadlines -
            payroll nir
            reason -
        ",
    );
    r.run(
        "
        2027-03-12 emilie carte_vitale_still_valid
        2027-03-15 emilie ameli_account_opened
        2027-03-15 emilie attestation_obtained
        ",
    );
    r.check(
        "2027-03-16",
        "emilie",
        "
            phase complete
            stage complete
            steps prepare_file=done@2027-03-02 submit_file=done@2027-03-02 rights_reopened=done@2027-03-12 carte_vitale=done@2027-03-12 ameli_account=done@2027-03-15
            missing -
            actions -
            allowed -
            deadlines -
            payroll nir
            reason -
        ",
    );
}

/// What an HR officer reads in `case status`: the reason of a rejection, the
/// events that can be recorded now, and in French the stage (« Avancement »)
/// apart from the steps (« Étapes »).
#[test]
fn the_human_status_shows_the_reason_and_the_allowed_events() {
    let mut h = History::new("teenagers_student_and_pupil", "2026-09-10");
    h.run(
        "
        2026-09-11 valentina document_received identity_document
        2026-09-11 valentina document_received birth_certificate
        2026-09-11 valentina document_received sworn_translation
        2026-09-11 valentina document_received bank_details
        2026-09-11 valentina document_received autonomy_request_letter
        2026-09-14 valentina file_submitted
        2026-10-20 valentina rejected filiation not established by the documents
        ",
    );
    let style = secu::report::Style::plain();
    let st = h.p.status(d("2026-10-21"), Lang::Fr);
    let fr = secu_case::report::render_status(&st, Lang::Fr, &style);
    let block = fr
        .split("── ")
        .find(|b| b.contains("(valentina)"))
        .expect("valentina's block");
    assert!(block.contains("Motif donné par la caisse"), "{block}");
    assert!(
        block.contains("filiation not established by the documents"),
        "{block}"
    );
    assert!(
        block.contains("Avancement ") && !block.contains("  Étape "),
        "{block}"
    );
    assert!(block.contains("Étapes"), "{block}");
    assert!(
        block.contains("Événements enregistrables maintenant"),
        "{block}"
    );
    assert!(block.contains("(file_submitted)"), "{block}");
    assert!(block.contains("contester le refus"), "{block}");
    let en =
        secu_case::report::render_status(&h.p.status(d("2026-10-21"), Lang::En), Lang::En, &style);
    assert!(en.contains("Reason given by the fund"), "{en}");
    assert!(en.contains("last day to contest the rejection"), "{en}");
}

/// One source of truth for which steps apply (issue 10, item 21): on the
/// day a case opens, with nothing recorded, the status of every member of
/// every bundled household has the same applicable steps as the assessment
/// (a 16-year-old pupil's ameli account was `not_applicable` in one and
/// "to do" in the other), at several ages.
#[test]
fn the_status_and_the_assessment_agree_on_which_steps_apply() {
    use secu::output::StepStatus;
    let mut compared = 0;
    for name in crate::helpers::example_names() {
        let h = household(&name);
        let opened = h.as_of.expect("examples carry as_of");
        for years in [0, 1, 2, 4] {
            let on = opened
                .checked_add_months(chrono::Months::new(12 * years))
                .expect("a date");
            let options = secu::Options::default().with_as_of(on);
            let Ok(a) = secu::assess(&h, &options) else {
                continue;
            };
            let Ok(p) = Procedure::start(h.clone(), on, &secu::Policy::default()) else {
                continue;
            };
            for m in p.status(on, Lang::En).members {
                let assessed = a
                    .members
                    .iter()
                    .find(|x| x.id == m.id)
                    .expect("an assessed member");
                for st in &m.steps {
                    let Some(plan) = assessed.steps.iter().find(|s| s.step == st.step) else {
                        continue;
                    };
                    assert_eq!(
                        plan.status == StepStatus::NotApplicable,
                        st.status == StepStatus::NotApplicable,
                        "{name}: {} on {on}, step {}: assess says {:?}, the status {:?}",
                        m.id,
                        st.step.code(),
                        plan.status,
                        st.status
                    );
                    compared += 1;
                }
            }
        }
    }
    assert!(compared > 200, "only {compared} steps compared");
}

/// Issue 10, item 19: in Mayotte and the overseas departments the fund that
/// acts is the CSSM or the CGSS (domain.md §2.9), in the case status's next
/// actions as in the assessment's steps — never "the fund (CPAM)".
#[test]
fn the_fund_that_acts_is_the_member_s_own_overseas() {
    for (example, actor) in [("mayotte_cssm", "cssm"), ("overseas_farm_employee", "cgss")] {
        let mut h = History::new(example, "2027-03-01");
        let member = h.p.household().members[0].id.clone();
        let mut script = String::new();
        for kind in h.p.member(&member).expect("tracked").documents.keys() {
            writeln!(
                script,
                "2027-03-02 {member} document_received {}",
                kind.code()
            )
            .expect("writes");
        }
        writeln!(script, "2027-03-02 {member} file_submitted").expect("writes");
        h.run(&script);
        h.check(
            "2027-03-03",
            &member,
            &format!(
                "
                    phase submitted
                    actions {actor}:wait_nia
                "
            ),
        );
    }
}
