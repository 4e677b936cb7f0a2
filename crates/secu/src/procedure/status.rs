//! Queries over a procedure at a date: the status of every step, missing
//! documents, what to do next and who acts, deadlines (the R114-7 clock, NIA
//! validity, NTT tolerance, posting end, expected dates) and what is overdue.
//!
//! Sources: domain.md §4.2 (R114-7 III: 3 + 3 + 3 months; NIA usable 9
//! months), §4.3 (NTT 3 months; repeat the NTT on the first DSN with the NIR),
//! §8 and §10 (steps and typical delays).

use chrono::NaiveDate;
use serde::Serialize;

use super::event::EventKind as E;
use super::machine::{DocState, MemberState, Phase, Procedure, TrackKind};
use crate::Lang;
use crate::data::delays::{self, Delay};
use crate::date;
use crate::model::ActivityKind;
use crate::msg::Msg;
use crate::output::{Actor, DocKind, DsnIdentifier, StepId, StepStatus};
use crate::text::T;

/// The status of a whole household's procedure at a date.
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Status {
    /// The date of the status.
    pub as_of: NaiveDate,
    /// One entry per member with a French procedure, in household order.
    pub members: Vec<MemberStatus>,
}

/// One member's status.
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct MemberStatus {
    /// Member id.
    pub id: String,
    /// Label, echoed.
    pub label: Option<String>,
    /// The track.
    pub track: TrackKind,
    /// Where the file stands.
    pub phase: Phase,
    /// The NIA, masked to its last 4 characters.
    pub nia: Option<String>,
    /// The certified NIR, masked to its last 4 characters.
    pub nir: Option<String>,
    /// Each step of the track and its status.
    pub steps: Vec<StepState>,
    /// Documents still to provide (missing or rejected).
    pub missing_documents: Vec<DocKind>,
    /// What to do now, and who acts.
    pub next_actions: Vec<Action>,
    /// Dated deadlines and expected dates, with whether they are overdue.
    pub deadlines: Vec<Deadline>,
    /// What payroll declares now.
    pub payroll: Option<PayrollNow>,
    /// Warnings raised by events.
    pub warnings: Vec<String>,
}

/// A step and its status.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct StepState {
    /// The step.
    pub step: StepId,
    /// Its status.
    pub status: StepStatus,
    /// When it was done, if done.
    pub done_on: Option<NaiveDate>,
}

/// Something to do now.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Action {
    /// Who acts.
    pub actor: Actor,
    /// What to do.
    pub action: Msg,
}

/// Kinds of deadlines.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    strum::EnumIter,
    strum::IntoStaticStr,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum DeadlineKind {
    /// R114-7 III: civil-status document due 3 months after the NIA.
    CivilStatusDue,
    /// R114-7 III: due 3 months after the formal notice, then suspension.
    CivilStatusFinalDue,
    /// R114-7 III: the fund decides within 3 months of the suspension.
    FundDecisionDue,
    /// The NIA is usable 9 months.
    NiaExpiry,
    /// The NTT is tolerated 3 months after the first day of work.
    NttLimit,
    /// End of the posting.
    PostingEnd,
    /// NIA expected 3 weeks after submission (estimate).
    NiaExpected,
    /// Certification expected within 9 months of the NIA (estimate).
    CertificationExpected,
    /// ameli account expected 10 days after the NIR (estimate).
    AmeliExpected,
    /// Carte Vitale expected 3 weeks after the order (estimate).
    CarteVitaleExpected,
    /// 16th birthday: own Carte Vitale, may become autonomous.
    SixteenthBirthday,
    /// 18th birthday: majority, own coverage (S1110).
    EighteenthBirthday,
}

impl DeadlineKind {
    /// The stable snake_case name.
    pub fn code(self) -> &'static str {
        self.into()
    }

    fn text(self) -> T {
        match self {
            Self::CivilStatusDue => T::DlCivilStatusDue,
            Self::CivilStatusFinalDue => T::DlCivilStatusFinalDue,
            Self::FundDecisionDue => T::DlFundDecisionDue,
            Self::NiaExpiry => T::DlNiaExpiry,
            Self::NttLimit => T::DlNttLimit,
            Self::PostingEnd => T::DlPostingEnd,
            Self::NiaExpected => T::DlNiaExpected,
            Self::CertificationExpected => T::DlCertificationExpected,
            Self::AmeliExpected => T::DlAmeliExpected,
            Self::CarteVitaleExpected => T::DlCarteVitaleExpected,
            Self::SixteenthBirthday => T::DlSixteenthBirthday,
            Self::EighteenthBirthday => T::DlEighteenthBirthday,
        }
    }

    /// A legal or official deadline (not an estimate nor a birthday).
    pub fn is_deadline(self) -> bool {
        matches!(
            self,
            Self::CivilStatusDue
                | Self::CivilStatusFinalDue
                | Self::FundDecisionDue
                | Self::NiaExpiry
                | Self::NttLimit
                | Self::PostingEnd
        )
    }
}

/// A dated deadline or expected date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Deadline {
    /// Which.
    pub kind: DeadlineKind,
    /// When.
    pub date: NaiveDate,
    /// Past and not done.
    pub overdue: bool,
    /// An estimate from the typical delays, not a legal deadline.
    pub estimated: bool,
    /// What it is.
    pub label: Msg,
}

/// What payroll declares now, following the identifiers actually obtained.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PayrollNow {
    /// The identifier for the DSN.
    pub dsn_identifier: DsnIdentifier,
    /// What to do.
    pub note: Msg,
}

fn after(d: Option<NaiveDate>, delay: Delay) -> Option<NaiveDate> {
    d.and_then(|d| delay.after(d))
}

impl Procedure {
    /// The status of every member's procedure at `as_of`, in `lang`.
    pub fn status(&self, as_of: NaiveDate, lang: Lang) -> Status {
        let members = self
            .household()
            .members
            .iter()
            .filter_map(|m| self.member(&m.id).map(|s| (m, s)))
            .map(|(m, s)| member_status(self, m, s, as_of, lang))
            .collect();
        Status { as_of, members }
    }
}

fn member_status(
    p: &Procedure,
    m: &crate::model::Member,
    s: &MemberState,
    as_of: NaiveDate,
    lang: Lang,
) -> MemberStatus {
    let at = |e: E| s.dates.get(&e).copied();
    let child = matches!(
        s.track,
        TrackKind::Beneficiary | TrackKind::BeneficiaryWithIdentification
    );
    let age = date::age(m.birth_date, as_of, p.policy().leap_day_birthday);
    let closed = matches!(s.phase, Phase::Rejected | Phase::Withdrawn);
    let status_of = |done: Option<NaiveDate>,
                     in_progress: bool,
                     applies: bool|
     -> (StepStatus, Option<NaiveDate>) {
        match (applies, done) {
            (false, _) => (StepStatus::NotApplicable, None),
            (true, Some(d)) => (StepStatus::Done, Some(d)),
            (true, None) if closed => (StepStatus::Blocked, None),
            (true, None) if in_progress => (StepStatus::InProgress, None),
            _ => (StepStatus::Pending, None),
        }
    };
    let submitted = (s.phase != Phase::Preparing)
        .then(|| at(E::FileSubmitted))
        .flatten();
    let identification = matches!(
        s.track,
        TrackKind::RegistrationWithIdentification | TrackKind::BeneficiaryWithIdentification
    );
    let mut steps = Vec::new();
    let mut push = |step: StepId, (status, done_on): (StepStatus, Option<NaiveDate>)| {
        steps.push(StepState {
            step,
            status,
            done_on,
        })
    };
    let preparing =
        s.phase == Phase::Preparing && s.documents.values().any(|d| *d == DocState::Received);
    push(StepId::PrepareFile, status_of(submitted, preparing, true));
    push(StepId::SubmitFile, status_of(submitted, false, true));
    let physician = !matches!(s.track, TrackKind::S1Registration) && (!child || age >= 16);
    match s.track {
        TrackKind::RegistrationWithIdentification | TrackKind::BeneficiaryWithIdentification => {
            push(
                StepId::ProvisionalNumber,
                status_of(at(E::NiaIssued), s.phase == Phase::Submitted, true),
            );
            push(
                StepId::PhysicianDeclaration,
                status_of(at(E::PhysicianDeclared), false, physician),
            );
            let blocked = s.phase == Phase::Suspended;
            let mut cert = status_of(at(E::NirCertified), s.phase == Phase::Provisional, true);
            if blocked {
                cert.0 = StepStatus::Blocked;
            }
            push(StepId::NumberCertification, cert);
        }
        TrackKind::Registration | TrackKind::Beneficiary => {
            push(
                StepId::PhysicianDeclaration,
                status_of(at(E::PhysicianDeclared), false, physician),
            );
        }
        TrackKind::Reactivation => push(
            StepId::RightsReopened,
            status_of(at(E::RightsReopened), s.phase == Phase::Submitted, true),
        ),
        TrackKind::S1Registration => push(
            StepId::S1Registered,
            status_of(at(E::S1Registered), s.phase == Phase::Submitted, true),
        ),
    }
    let card_ordered =
        at(E::CarteVitaleOrdered).is_some() || at(E::CarteVitaleFormReceived).is_some();
    // Reactivation: a card still valid is the card step done (domain §8).
    let card_done = at(E::CarteVitaleReceived).or(at(E::CarteVitaleStillValid));
    push(
        StepId::CarteVitale,
        status_of(card_done, card_ordered, !child || age >= 12),
    );
    if s.track != TrackKind::S1Registration {
        push(
            StepId::AmeliAccount,
            status_of(at(E::AmeliAccountOpened), false, !child || age >= 16),
        );
    }

    let missing_documents: Vec<DocKind> = s
        .documents
        .iter()
        .filter(|(_, st)| matches!(st, DocState::Missing | DocState::Rejected))
        .map(|(k, _)| *k)
        .collect();

    // Next actions.
    let mut next = Vec::new();
    let mut act = |actor: Actor, key: T| {
        next.push(Action {
            actor,
            action: Msg::new(key, lang),
        })
    };
    let filer = if child { Actor::Parent } else { Actor::Member };
    match s.phase {
        Phase::Preparing => {
            if missing_documents.iter().any(|k| {
                !matches!(
                    k,
                    DocKind::IdPhoto | DocKind::FormS3704 | DocKind::FormS1110
                )
            }) {
                act(filer, T::ActGather);
            } else {
                act(filer, T::ActSubmit);
            }
        }
        Phase::Submitted => act(
            Actor::Cpam,
            match s.track {
                TrackKind::Reactivation => T::ActWaitReopen,
                TrackKind::S1Registration => T::ActWaitS1,
                TrackKind::RegistrationWithIdentification
                | TrackKind::BeneficiaryWithIdentification => T::ActWaitNia,
                _ => T::ActWaitConfirmation,
            },
        ),
        Phase::Provisional => {
            if !s.civil_status_received {
                act(filer, T::ActSendCivilStatus);
            }
            if physician && at(E::PhysicianDeclared).is_none() {
                act(Actor::Member, T::ActDeclarePhysician);
            }
            act(Actor::Sandia, T::ActWaitCertification);
        }
        Phase::Suspended => act(filer, T::ActSuspended),
        Phase::Affiliated => {
            if physician && at(E::PhysicianDeclared).is_none() {
                act(Actor::Member, T::ActDeclarePhysician);
            }
            let card_applies = !child || age >= 12;
            if card_applies && !card_ordered && card_done.is_none() {
                act(
                    if child && age < 16 {
                        Actor::Parent
                    } else {
                        Actor::Member
                    },
                    T::ActOrderCard,
                );
            } else if card_applies && card_done.is_none() {
                act(Actor::Cpam, T::ActWaitCard);
            }
            if (!child || age >= 16)
                && at(E::AmeliAccountOpened).is_none()
                && s.track != TrackKind::S1Registration
            {
                act(Actor::Member, T::ActOpenAmeli);
            } else if !child
                && at(E::AttestationObtained).is_none()
                && s.track != TrackKind::S1Registration
            {
                act(Actor::Member, T::ActAttestation);
            }
            if child && age >= 18 {
                act(Actor::Member, T::ActOwnCoverage);
            }
        }
        Phase::Complete | Phase::Rejected | Phase::Withdrawn => {}
    }

    // Deadlines.
    let mut deadlines = Vec::new();
    let mut dl = |kind: DeadlineKind, date: Option<NaiveDate>, done: bool, estimated: bool| {
        if let Some(date) = date
            && !(done && date < as_of)
        {
            deadlines.push(Deadline {
                kind,
                date,
                overdue: !done && !closed && date < as_of,
                estimated,
                label: Msg::new(kind.text(), lang),
            });
        }
    };
    let nia_on = at(E::NiaIssued);
    let certified = at(E::NirCertified).is_some();
    if identification && nia_on.is_some() && !certified && !closed {
        if !s.civil_status_received {
            match (at(E::FormalNoticeReceived), at(E::RightsSuspended)) {
                (None, _) => dl(
                    DeadlineKind::CivilStatusDue,
                    after(nia_on, delays::CIVIL_STATUS_DOCUMENT),
                    false,
                    false,
                ),
                (Some(n), None) => dl(
                    DeadlineKind::CivilStatusFinalDue,
                    after(Some(n), delays::CIVIL_STATUS_DOCUMENT),
                    false,
                    false,
                ),
                (Some(_), Some(su)) => dl(
                    DeadlineKind::FundDecisionDue,
                    after(Some(su), delays::CIVIL_STATUS_DOCUMENT),
                    false,
                    false,
                ),
            }
        }
        dl(
            DeadlineKind::NiaExpiry,
            after(nia_on, delays::NIR_CERTIFICATION),
            false,
            false,
        );
        dl(
            DeadlineKind::CertificationExpected,
            after(nia_on, delays::NIR_CERTIFICATION),
            false,
            true,
        );
    }
    if identification && s.phase == Phase::Submitted {
        dl(
            DeadlineKind::NiaExpected,
            after(submitted, delays::NIA_AFTER_SUBMISSION),
            false,
            true,
        );
    }
    if s.phase == Phase::Affiliated && !child {
        dl(
            DeadlineKind::AmeliExpected,
            after(at(E::NirCertified), delays::AMELI_AFTER_NIR),
            at(E::AmeliAccountOpened).is_some(),
            true,
        );
    }
    if at(E::CarteVitaleOrdered).is_some() {
        dl(
            DeadlineKind::CarteVitaleExpected,
            after(at(E::CarteVitaleOrdered), delays::CARTE_VITALE_BY_POST),
            at(E::CarteVitaleReceived).is_some(),
            true,
        );
    }
    let employed = m
        .activity
        .as_ref()
        .is_some_and(|a| a.kind == ActivityKind::Employed);
    let has_number =
        nia_on.is_some() || certified || m.nir.is_some() || s.track == TrackKind::Reactivation;
    if employed && !closed {
        let start = m.activity.as_ref().and_then(|a| a.start_date);
        dl(
            DeadlineKind::NttLimit,
            after(start, delays::NTT_TOLERANCE),
            has_number,
            false,
        );
    }
    if let Some(end) = m
        .activity
        .as_ref()
        .and_then(|a| a.posting.as_ref())
        .and_then(|p| p.end_date)
    {
        dl(DeadlineKind::PostingEnd, Some(end), false, false);
    }
    if child && !s.phase.is_final() {
        let leap = p.policy().leap_day_birthday;
        for (kind, n) in [
            (DeadlineKind::SixteenthBirthday, 16),
            (DeadlineKind::EighteenthBirthday, 18),
        ] {
            if let Some(d) = date::anniversary(m.birth_date, n, leap).filter(|d| *d >= as_of) {
                deadlines.push(Deadline {
                    kind,
                    date: d,
                    overdue: false,
                    estimated: false,
                    label: Msg::new(kind.text(), lang),
                });
            }
        }
    }
    crate::sort::small_sort_by(&mut deadlines, |a, b| {
        (a.date, a.kind).cmp(&(b.date, b.kind))
    });

    // Payroll: follows the identifiers actually obtained (domain §4.3).
    let payroll = employed.then(|| {
        let (id, key) = if certified
            || (m.nir.is_some()
                && m.nir_status.unwrap_or_default() == crate::model::NirStatus::Certified)
        {
            (DsnIdentifier::Nir, T::PayrollNir)
        } else if nia_on.is_some() || m.nir.is_some() {
            (DsnIdentifier::Nia, T::PayrollNia)
        } else {
            (DsnIdentifier::Ntt, T::PayrollNttNoStart)
        };
        PayrollNow {
            dsn_identifier: id,
            note: Msg::new(key, lang),
        }
    });

    MemberStatus {
        id: m.id.clone(),
        label: m.label.clone(),
        track: s.track,
        phase: s.phase,
        nia: s.nia.clone(),
        nir: s.nir.clone(),
        steps,
        missing_documents,
        next_actions: next,
        deadlines,
        payroll,
        warnings: s.warnings.clone(),
    }
}

/// Deadlines and overdue items are a function of the date only: a helper for
/// calendars and portfolio views.
pub fn overdue(status: &Status) -> impl Iterator<Item = (&str, &Deadline)> {
    status.members.iter().flat_map(|m| {
        m.deadlines
            .iter()
            .filter(|d| d.overdue)
            .map(move |d| (m.id.as_str(), d))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::procedure::Event;

    fn d(s: &str) -> NaiveDate {
        s.parse().expect("date")
    }

    #[test]
    fn clock_deadlines_and_actions() {
        let h = crate::parse_household(include_bytes!(
            "../../../../examples/talent_passport_family.json"
        ))
        .expect("example");
        let mut p =
            Procedure::start(h, d("2026-10-01"), &crate::Policy::default()).expect("starts");
        let id = "arjun";
        let docs: Vec<DocKind> = p
            .member(id)
            .expect("arjun")
            .documents
            .keys()
            .copied()
            .collect();
        for k in docs {
            let e = if k == DocKind::BirthCertificate {
                Event::DocumentWaived {
                    kind: k,
                    reason: "consulate delay".into(),
                }
            } else {
                Event::DocumentReceived { kind: k }
            };
            p.apply(id, d("2026-10-05"), &e).expect("accepted");
        }
        p.apply(id, d("2026-10-06"), &Event::FileSubmitted)
            .expect("submitted");
        p.apply(
            id,
            d("2026-10-20"),
            &Event::NiaIssued {
                number: "1 88 03 99 223 017 80".into(),
            },
        )
        .expect("valid NIA");
        let st = p.status(d("2027-02-01"), Lang::En);
        let m = st.members.iter().find(|m| m.id == id).expect("arjun");
        assert_eq!(m.phase, Phase::Provisional);
        let due = m
            .deadlines
            .iter()
            .find(|x| x.kind == DeadlineKind::CivilStatusDue)
            .expect("R114-7 clock");
        assert_eq!(due.date, d("2027-01-20"));
        assert!(due.overdue);
        let expiry = m
            .deadlines
            .iter()
            .find(|x| x.kind == DeadlineKind::NiaExpiry)
            .expect("NIA validity");
        assert_eq!(expiry.date, d("2027-07-20"));
        assert!(!expiry.overdue);
        assert!(
            m.next_actions
                .iter()
                .any(|a| a.action.key == T::ActSendCivilStatus && a.actor == Actor::Member)
        );
        assert_eq!(
            m.payroll.map(|p| p.dsn_identifier),
            Some(DsnIdentifier::Nia)
        );
        let json = serde_json::to_string(&st).expect("json");
        assert!(
            !json.contains("223 017") && !json.contains("223017"),
            "numbers are masked in the status"
        );
    }
}

/// Days ahead a portfolio view looks for deadlines and milestones (issue 3:
/// "milestones in the next 90 days").
pub const PORTFOLIO_HORIZON_DAYS: u64 = 90;

/// One member in a portfolio view over many case files.
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PortfolioLine {
    /// Member id.
    pub id: String,
    /// Label, echoed.
    pub label: Option<String>,
    /// Where the file stands.
    pub phase: Phase,
    /// Benefits suspended, or a deadline passed.
    pub blocked: bool,
    /// Deadlines passed and not met.
    pub overdue: Vec<Deadline>,
    /// Who acts next.
    pub waiting_on: Option<Actor>,
    /// Deadlines and milestones within [`PORTFOLIO_HORIZON_DAYS`].
    pub upcoming: Vec<Deadline>,
}

impl Status {
    /// The portfolio view of this status: who is blocked, overdue, waiting on
    /// whom, and what comes within [`PORTFOLIO_HORIZON_DAYS`].
    pub fn portfolio(&self) -> Vec<PortfolioLine> {
        let horizon = self
            .as_of
            .checked_add_days(chrono::Days::new(PORTFOLIO_HORIZON_DAYS))
            .unwrap_or(self.as_of);
        self.members
            .iter()
            .map(|m| {
                let overdue: Vec<Deadline> =
                    m.deadlines.iter().filter(|d| d.overdue).copied().collect();
                PortfolioLine {
                    id: m.id.clone(),
                    label: m.label.clone(),
                    phase: m.phase,
                    blocked: m.phase == Phase::Suspended || !overdue.is_empty(),
                    overdue,
                    waiting_on: m.next_actions.first().map(|a| a.actor),
                    upcoming: m
                        .deadlines
                        .iter()
                        .filter(|d| !d.overdue && d.date <= horizon)
                        .copied()
                        .collect(),
                }
            })
            .collect()
    }
}

/// One dated entry of a calendar (`secu case calendar`): a deadline or
/// expected date of the status, or a milestone of the assessment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CalendarEntry {
    /// Member id.
    pub member: String,
    /// The member's label when given, else the id.
    pub who: String,
    /// Stable code of the entry (a deadline or milestone kind).
    pub code: &'static str,
    /// The day (an all-day event).
    pub date: NaiveDate,
    /// What it is, in the calendar's language.
    pub text: String,
    /// An estimate from the typical delays, not a legal deadline.
    pub estimated: bool,
    /// Past and not done.
    pub overdue: bool,
}

impl Procedure {
    /// Every dated item of the household at `as_of`, for a calendar, in
    /// `lang`: the status's deadlines and expected dates, plus the
    /// assessment's milestones that the status does not carry (the end of a
    /// residence permit, the 12th birthday from which a parent may order the
    /// child's own Carte Vitale — domain.md §7; the report lists both), by
    /// member then date. A household the assessment refuses at `as_of` (a
    /// member born later) gives the status's items only.
    pub fn calendar(&self, as_of: NaiveDate, lang: Lang) -> Vec<CalendarEntry> {
        use crate::output::MilestoneKind;
        let status = self.status(as_of, lang);
        let who = |id: &str, label: Option<&str>| label.unwrap_or(id).to_owned();
        let mut out: Vec<CalendarEntry> = Vec::new();
        for m in &status.members {
            for d in &m.deadlines {
                out.push(CalendarEntry {
                    member: m.id.clone(),
                    who: who(&m.id, m.label.as_deref()),
                    code: d.kind.code(),
                    date: d.date,
                    text: d.label.to_string(),
                    estimated: d.estimated,
                    overdue: d.overdue,
                });
            }
        }
        let options = crate::Options::default()
            .with_as_of(as_of)
            .with_lang(lang)
            .with_policy(self.policy().clone());
        if let Ok(a) = crate::assess(self.household(), &options) {
            for m in &a.members {
                for ms in &m.milestones {
                    if matches!(
                        ms.kind,
                        MilestoneKind::PermitExpiry | MilestoneKind::OwnCardOrderable
                    ) {
                        out.push(CalendarEntry {
                            member: m.id.to_owned(),
                            who: who(m.id, m.label),
                            code: ms.kind.code(),
                            date: ms.date,
                            text: Msg::new(ms.kind.text(), lang).to_string(),
                            estimated: false,
                            overdue: false,
                        });
                    }
                }
            }
        }
        let order: Vec<&str> = self
            .household()
            .members
            .iter()
            .map(|m| m.id.as_str())
            .collect();
        let rank = |id: &str| order.iter().position(|o| *o == id).unwrap_or(usize::MAX);
        out.sort_by(|a, b| {
            (rank(&a.member), a.date, a.code).cmp(&(rank(&b.member), b.date, b.code))
        });
        out
    }
}
