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
use secu::Lang;
use secu::data::delays::{self, Delay};
use secu::date;
use secu::model::ActivityKind;
use secu::msg::Msg;
use secu::output::{Actor, DocKind, DsnIdentifier, StepId, StepStatus};
use secu::rules::children::{MAJORITY_AGE, OWN_CARTE_VITALE_AGE};
use secu::rules::identification::NIA_VALIDITY;
use secu::text::T;

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
    /// The member's sex, from the household of the case file, for the words
    /// of the human status that agree with the person (a document « pour la
    /// salariée »). Not serialised: the JSON status keeps its shape.
    #[serde(skip)]
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub sex: Option<secu::model::Sex>,
    /// The track.
    pub track: TrackKind,
    /// Where the file stands.
    pub phase: Phase,
    /// What the stage means on this track (an S1 or a reactivation certifies no number).
    pub stage: Msg,
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
    /// The events the member's file allows on the date (the household
    /// events, allowed at any time, are not listed).
    pub allowed_events: Vec<E>,
    /// Why the fund rejected the request, while the file stands rejected (Decision 25).
    pub rejection_reason: Option<String>,
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
    /// When it was done, if done and the date is known.
    pub done_on: Option<NaiveDate>,
}

/// What to do next: a stable code an integration can match whatever the
/// language, beside the text.
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
pub enum ActionCode {
    /// Gather the missing documents.
    GatherDocuments,
    /// Submit the file.
    SubmitFile,
    /// Wait for the NIA.
    WaitNia,
    /// Wait for the fund to confirm the affiliation.
    WaitConfirmation,
    /// Wait for the rights to be reopened.
    WaitReopening,
    /// Wait for the S1 to be registered.
    WaitS1Registration,
    /// Send the civil-status document (R114-7 clock).
    SendCivilStatus,
    /// Benefits suspended: send the civil-status document now.
    SendCivilStatusNow,
    /// Declare a médecin traitant.
    DeclarePhysician,
    /// Wait for SANDIA's certification.
    WaitCertification,
    /// Order the Carte Vitale.
    OrderCarteVitale,
    /// Return the "Ma nouvelle carte Vitale" form with a photo and an ID.
    ReturnCarteVitaleForm,
    /// Wait for the Carte Vitale.
    WaitCarteVitale,
    /// Open the ameli account.
    OpenAmeliAccount,
    /// Download the attestation de droits.
    DownloadAttestation,
    /// Now an adult: own coverage (S1110).
    OpenOwnCoverage,
    /// Works before 18: covered in their own right from the first day (Decision 24).
    OpenOwnCoverageThroughWork,
    /// Contest the rejection within 2 months (Decision 25).
    ContestRejection,
    /// File again with a corrected file (Decision 25).
    SubmitAgain,
}

impl ActionCode {
    /// The stable snake_case name.
    pub fn code(self) -> &'static str {
        self.into()
    }

    /// Its text.
    pub fn text(self) -> T {
        match self {
            Self::GatherDocuments => T::ActGather,
            Self::SubmitFile => T::ActSubmit,
            Self::WaitNia => T::ActWaitNia,
            Self::WaitConfirmation => T::ActWaitConfirmation,
            Self::WaitReopening => T::ActWaitReopen,
            Self::WaitS1Registration => T::ActWaitS1,
            Self::SendCivilStatus => T::ActSendCivilStatus,
            Self::SendCivilStatusNow => T::ActSuspended,
            Self::DeclarePhysician => T::ActDeclarePhysician,
            Self::WaitCertification => T::ActWaitCertification,
            Self::OrderCarteVitale => T::ActOrderCard,
            Self::ReturnCarteVitaleForm => T::ActReturnCardForm,
            Self::WaitCarteVitale => T::ActWaitCard,
            Self::OpenAmeliAccount => T::ActOpenAmeli,
            Self::DownloadAttestation => T::ActAttestation,
            Self::OpenOwnCoverage => T::ActOwnCoverage,
            Self::OpenOwnCoverageThroughWork => T::ActOwnCoverageWork,
            Self::ContestRejection => T::ActContestRejection,
            Self::SubmitAgain => T::ActSubmitAgain,
        }
    }
}

/// Something to do now.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Action {
    /// The stable code of the action.
    pub code: ActionCode,
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
    /// Certification expected within 9 months of the complete file (estimate).
    CertificationExpected,
    /// ameli account expected 10 days after the NIR (estimate).
    AmeliExpected,
    /// Carte Vitale expected 3 weeks after the order (estimate).
    CarteVitaleExpected,
    /// 16th birthday: own Carte Vitale, may become autonomous.
    SixteenthBirthday,
    /// 18th birthday: majority, own coverage (S1110).
    EighteenthBirthday,
    /// A rejection may be contested within 2 months (CSS R142-1, Decision 25).
    AppealDue,
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
            Self::AppealDue => T::DlAppealDue,
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
                | Self::AppealDue
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

/// What a stage means on a track: "affiliated" certifies a number only on
/// the tracks with identification (domain §8: a reactivation reopens
/// rights, an S1 is registered, a number already known is confirmed).
pub fn stage_text(track: TrackKind, phase: Phase) -> T {
    match phase {
        Phase::Preparing => T::PhPreparing,
        Phase::Submitted => T::PhSubmitted,
        Phase::Provisional => T::PhProvisional,
        Phase::Suspended => T::PhSuspended,
        Phase::Affiliated => match track {
            TrackKind::RegistrationWithIdentification
            | TrackKind::BeneficiaryWithIdentification => T::PhAffiliated,
            TrackKind::Registration | TrackKind::Beneficiary => T::PhAffiliatedConfirmed,
            TrackKind::Reactivation => T::PhAffiliatedReopened,
            TrackKind::S1Registration => T::PhAffiliatedS1,
        },
        Phase::Complete => T::PhComplete,
        Phase::Rejected => T::PhRejected,
        Phase::Withdrawn => T::PhWithdrawn,
    }
}

impl Procedure {
    /// The status of every member's procedure at `as_of`, in `lang`: what
    /// was true on that date, the events dated after it not applied (Decision 23).
    pub fn status(&self, as_of: NaiveDate, lang: Lang) -> Status {
        let p = self.as_of(as_of);
        let members = p
            .household()
            .members
            .iter()
            .filter_map(|m| p.member(&m.id).map(|s| (m, s)))
            .map(|(m, s)| member_status(&p, m, s, as_of, lang))
            .collect();
        Status { as_of, members }
    }
}

/// The end of the posting the member's cover follows: their own, or for a
/// family registered under a worker's S1, the worker's (Decision 27).
fn posting_end(p: &Procedure, m: &secu::model::Member, track: TrackKind) -> Option<NaiveDate> {
    let own = |m: &secu::model::Member| {
        m.activity
            .as_ref()
            .and_then(|a| a.posting.as_ref())
            .and_then(|p| p.end_date)
    };
    own(m).or_else(|| {
        if track != TrackKind::S1Registration {
            return None;
        }
        let h = &p.household().members;
        // A child's parents first, then the household's order.
        m.parents
            .iter()
            .flatten()
            .filter_map(|id| h.iter().find(|x| &x.id == id))
            .chain(h.iter())
            .filter(|x| x.id != m.id)
            .find_map(own)
    })
}

#[allow(clippy::too_many_lines)]
fn member_status(
    p: &Procedure,
    m: &secu::model::Member,
    s: &MemberState,
    as_of: NaiveDate,
    lang: Lang,
) -> MemberStatus {
    let at = |e: E| s.dates.get(&e).copied();
    let policy = p.policy();
    let child = s.track.is_child();
    let age = date::age(m.birth_date, as_of, policy.leap_day_birthday);
    let applies = |step: StepId| s.step_applies(step, as_of, policy);
    let minor = s.dependent() && age < MAJORITY_AGE;
    let closed = s.phase.is_closed();
    // Withdrawn, rejected or complete: nothing more to do on this file.
    let over = closed || s.phase == Phase::Complete;
    let identification = s.track.identification();
    let submitted_on = at(E::FileSubmitted);
    // Submitted (a NIA held when the case opened proves it, date unknown).
    let submitted = s.phase != Phase::Preparing && (submitted_on.is_some() || s.nia.is_some());
    let nia_on = at(E::NiaIssued);
    let certified = s.nir.is_some();
    let physician_done = at(E::PhysicianDeclared).is_some();
    let form_received = at(E::CarteVitaleFormReceived).is_some();
    let card_ordered = at(E::CarteVitaleOrdered).is_some();
    // Reactivation: a card still valid is the card step done (domain §8).
    let card_done = at(E::CarteVitaleReceived).or(at(E::CarteVitaleStillValid));
    let mut steps = Vec::new();
    let mut push = |step: StepId, done: bool, on: Option<NaiveDate>, progress: StepStatus| {
        let status = if done {
            StepStatus::Done
        } else if !applies(step) || over {
            // A closed or finished file's remaining steps are no longer to do.
            StepStatus::NotApplicable
        } else {
            progress
        };
        steps.push(StepState {
            step,
            status,
            done_on: on.filter(|_| done),
        });
    };
    let when = |cond: bool, st: StepStatus| if cond { st } else { StepStatus::Pending };
    let preparing =
        s.phase == Phase::Preparing && s.documents.values().any(|d| *d == DocState::Received);
    push(
        StepId::PrepareFile,
        submitted,
        submitted_on,
        when(preparing, StepStatus::InProgress),
    );
    push(
        StepId::SubmitFile,
        submitted,
        submitted_on,
        StepStatus::Pending,
    );
    match s.track {
        TrackKind::RegistrationWithIdentification | TrackKind::BeneficiaryWithIdentification => {
            push(
                StepId::ProvisionalNumber,
                s.nia.is_some(),
                nia_on,
                when(s.phase == Phase::Submitted, StepStatus::InProgress),
            );
            push(
                StepId::PhysicianDeclaration,
                physician_done,
                at(E::PhysicianDeclared),
                StepStatus::Pending,
            );
            // Decision 26: no certification without the civil-status document.
            let cert = match s.phase {
                Phase::Suspended => StepStatus::Blocked,
                Phase::Provisional if !s.civil_status_received => StepStatus::Blocked,
                Phase::Provisional => StepStatus::InProgress,
                _ => StepStatus::Pending,
            };
            push(
                StepId::NumberCertification,
                certified,
                at(E::NirCertified),
                cert,
            );
        }
        TrackKind::Registration | TrackKind::Beneficiary => push(
            StepId::PhysicianDeclaration,
            physician_done,
            at(E::PhysicianDeclared),
            StepStatus::Pending,
        ),
        TrackKind::Reactivation => push(
            StepId::RightsReopened,
            at(E::RightsReopened).is_some(),
            at(E::RightsReopened),
            when(s.phase == Phase::Submitted, StepStatus::InProgress),
        ),
        TrackKind::S1Registration => push(
            StepId::S1Registered,
            at(E::S1Registered).is_some(),
            at(E::S1Registered),
            when(s.phase == Phase::Submitted, StepStatus::InProgress),
        ),
    }
    push(
        StepId::CarteVitale,
        card_done.is_some(),
        card_done,
        when(card_ordered || form_received, StepStatus::InProgress),
    );
    if s.track != TrackKind::S1Registration {
        push(
            StepId::AmeliAccount,
            at(E::AmeliAccountOpened).is_some(),
            at(E::AmeliAccountOpened),
            StepStatus::Pending,
        );
    }

    // Documents still to provide: none once the file is closed or complete;
    // the photo only while a card is to order, the S3704 only while a
    // médecin traitant is to declare.
    let missing_documents: Vec<DocKind> = if over {
        Vec::new()
    } else {
        s.documents
            .iter()
            .filter(|(_, st)| matches!(st, DocState::Missing | DocState::Rejected))
            .map(|(k, _)| *k)
            .filter(|k| match k {
                DocKind::IdPhoto => {
                    applies(StepId::CarteVitale) && card_done.is_none() && !card_ordered
                }
                DocKind::FormS3704 => {
                    s.track != TrackKind::Reactivation
                        && applies(StepId::PhysicianDeclaration)
                        && !physician_done
                }
                _ => true,
            })
            .collect()
    };

    // Next actions.
    let mut next = Vec::new();
    let mut act = |actor: Actor, code: ActionCode| {
        next.push(Action {
            code,
            actor,
            action: Msg::new(code.text(), lang).sex(m.sex),
        });
    };
    let filer = if minor { Actor::Parent } else { Actor::Member };
    // Decision 24: own coverage at 18 whatever the stage, or through work before.
    let own_coverage = child && !s.phase.is_final() && s.own_coverage_possible(as_of, policy);
    let physician_to_do = applies(StepId::PhysicianDeclaration) && !physician_done;
    match s.phase {
        Phase::Preparing => {
            if missing_documents
                .iter()
                .any(|k| secu::rules::documents::needed_to_submit(*k))
            {
                act(filer, ActionCode::GatherDocuments);
            } else {
                act(filer, ActionCode::SubmitFile);
            }
        }
        Phase::Submitted => act(
            s.fund_actor(),
            match s.track {
                TrackKind::Reactivation => ActionCode::WaitReopening,
                TrackKind::S1Registration => ActionCode::WaitS1Registration,
                TrackKind::RegistrationWithIdentification
                | TrackKind::BeneficiaryWithIdentification => ActionCode::WaitNia,
                _ => ActionCode::WaitConfirmation,
            },
        ),
        Phase::Provisional => {
            if s.civil_status_received {
                if physician_to_do {
                    act(Actor::Member, ActionCode::DeclarePhysician);
                }
                act(Actor::Sandia, ActionCode::WaitCertification);
            } else {
                act(filer, ActionCode::SendCivilStatus);
                if physician_to_do {
                    act(Actor::Member, ActionCode::DeclarePhysician);
                }
            }
        }
        Phase::Suspended => act(filer, ActionCode::SendCivilStatusNow),
        Phase::Affiliated => {
            if physician_to_do {
                act(Actor::Member, ActionCode::DeclarePhysician);
            }
            if applies(StepId::CarteVitale) && card_done.is_none() {
                if card_ordered {
                    act(s.fund_actor(), ActionCode::WaitCarteVitale);
                } else if form_received {
                    // §5: the form goes back with a photo and a copy of an ID.
                    act(Actor::Member, ActionCode::ReturnCarteVitaleForm);
                } else {
                    act(
                        if minor && age < OWN_CARTE_VITALE_AGE {
                            Actor::Parent
                        } else {
                            Actor::Member
                        },
                        ActionCode::OrderCarteVitale,
                    );
                }
            }
            if s.track != TrackKind::S1Registration {
                if applies(StepId::AmeliAccount) && at(E::AmeliAccountOpened).is_none() {
                    act(Actor::Member, ActionCode::OpenAmeliAccount);
                } else if !minor
                    && at(E::AmeliAccountOpened).is_some()
                    && at(E::AttestationObtained).is_none()
                {
                    act(Actor::Member, ActionCode::DownloadAttestation);
                }
            }
        }
        Phase::Rejected => {
            let appeal = after(at(E::Rejected), delays::APPEAL_AFTER_REJECTION);
            if appeal.is_some_and(|d| as_of <= d) {
                act(filer, ActionCode::ContestRejection);
            }
            act(filer, ActionCode::SubmitAgain);
        }
        Phase::Complete | Phase::Withdrawn => {}
    }
    if own_coverage && !closed {
        act(
            Actor::Member,
            if age >= MAJORITY_AGE {
                ActionCode::OpenOwnCoverage
            } else {
                ActionCode::OpenOwnCoverageThroughWork
            },
        );
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
                label: Msg::new(kind.text(), lang).sex(m.sex),
            });
        }
    };
    if identification && nia_on.is_some() && !certified && !over {
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
        let expiry = after(nia_on, NIA_VALIDITY);
        dl(DeadlineKind::NiaExpiry, expiry, false, false);
        // Decision 26: certification counts from the complete file (the
        // civil-status document at the fund); a date equal to the NIA's
        // expiry is not printed twice.
        let expected = after(s.civil_status_on(), delays::NIR_CERTIFICATION);
        if expected != expiry {
            dl(DeadlineKind::CertificationExpected, expected, false, true);
        }
    }
    if identification && s.phase == Phase::Submitted {
        // Decision 26: from the latest, complete submission.
        dl(
            DeadlineKind::NiaExpected,
            after(submitted_on, delays::NIA_AFTER_SUBMISSION),
            false,
            true,
        );
    }
    if s.phase == Phase::Affiliated && applies(StepId::AmeliAccount) && !minor {
        dl(
            DeadlineKind::AmeliExpected,
            after(at(E::NirCertified), delays::AMELI_AFTER_NIR),
            at(E::AmeliAccountOpened).is_some(),
            true,
        );
    }
    if card_ordered && !over {
        dl(
            DeadlineKind::CarteVitaleExpected,
            after(at(E::CarteVitaleOrdered), delays::CARTE_VITALE_BY_POST),
            card_done.is_some(),
            true,
        );
    }
    let employed = m
        .activity
        .as_ref()
        .is_some_and(|a| a.kind == ActivityKind::Employed);
    // §4.3, Decision 27: the NTT is for someone without any number; once a
    // NIA (or a NIR) is known, its reminder disappears.
    let has_number = nia_on.is_some() || s.nia.is_some() || certified || m.nir.is_some();
    if employed && !closed && !has_number {
        let start = m.activity.as_ref().and_then(|a| a.start_date);
        dl(
            DeadlineKind::NttLimit,
            after(start, delays::NTT_TOLERANCE),
            false,
            false,
        );
    }
    if !closed {
        dl(
            DeadlineKind::PostingEnd,
            posting_end(p, m, s.track),
            false,
            false,
        );
    }
    if s.phase == Phase::Rejected {
        dl(
            DeadlineKind::AppealDue,
            after(at(E::Rejected), delays::APPEAL_AFTER_REJECTION),
            false,
            false,
        );
    }
    if child && !s.phase.is_final() && !closed {
        let leap = policy.leap_day_birthday;
        if let Some(d) =
            date::anniversary(m.birth_date, OWN_CARTE_VITALE_AGE, leap).filter(|d| *d >= as_of)
        {
            dl(DeadlineKind::SixteenthBirthday, Some(d), true, false);
        }
        // Past the 18th birthday, the line stays until own coverage opens.
        if let Some(d) = date::anniversary(m.birth_date, MAJORITY_AGE, leap) {
            deadlines.push(Deadline {
                kind: DeadlineKind::EighteenthBirthday,
                date: d,
                overdue: false,
                estimated: false,
                label: Msg::new(DeadlineKind::EighteenthBirthday.text(), lang).sex(m.sex),
            });
        }
    }
    secu::sort::small_sort_by(&mut deadlines, |a, b| {
        (a.date, a.kind).cmp(&(b.date, b.kind))
    });

    // Payroll: follows the identifiers actually obtained (domain §4.3); a
    // withdrawn file has nothing more to declare.
    let payroll = (employed && s.phase != Phase::Withdrawn).then(|| {
        let (id, key) = if certified
            || (m.nir.is_some()
                && m.nir_status.unwrap_or_default() == secu::model::NirStatus::Certified)
        {
            (DsnIdentifier::Nir, T::PayrollNir)
        } else if nia_on.is_some() || s.nia.is_some() || m.nir.is_some() {
            (DsnIdentifier::Nia, T::PayrollNia)
        } else {
            (DsnIdentifier::Ntt, T::PayrollNttNoStart)
        };
        PayrollNow {
            dsn_identifier: id,
            note: Msg::new(key, lang).sex(m.sex),
        }
    });

    MemberStatus {
        id: m.id.clone(),
        label: m.label.clone(),
        sex: m.sex,
        track: s.track,
        phase: s.phase,
        stage: Msg::new(stage_text(s.track, s.phase), lang).sex(m.sex),
        nia: s.nia.clone(),
        nir: s.nir.clone(),
        steps,
        missing_documents,
        next_actions: next,
        allowed_events: p.allowed_events(&m.id, as_of),
        rejection_reason: s.rejection().map(str::to_owned),
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
    use crate::Event;

    fn d(s: &str) -> NaiveDate {
        s.parse().expect("date")
    }

    #[test]
    fn clock_deadlines_and_actions() {
        let h = secu::parse_household(include_bytes!(
            "../../../examples/talent_passport_family.json"
        ))
        .expect("example");
        let mut p = Procedure::start(h, d("2026-10-01"), &secu::Policy::default()).expect("starts");
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

/// A case's portfolio lines at a date, without their texts (rendered in
/// any language by [`PortfolioEntry::lines`]), with the days over which
/// they hold: what a store keeps per case at write time so that a
/// portfolio need not replay every case (issue 16). Computed by
/// [`Procedure::portfolio_entry`] from the same [`Procedure::status`] and
/// [`Status::portfolio`] as `secu case list`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct PortfolioEntry {
    /// The first day the lines hold (the date they were computed for).
    pub from: NaiveDate,
    /// The first day they may no longer hold (exclusive); `None`: they do
    /// not change with the date alone.
    pub until: Option<NaiveDate>,
    members: Vec<EntryLine>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
struct EntryLine {
    id: String,
    label: Option<String>,
    phase: String,
    blocked: bool,
    overdue: Vec<EntryDeadline>,
    waiting_on: Option<Actor>,
    upcoming: Vec<EntryDeadline>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
struct EntryDeadline {
    kind: String,
    date: NaiveDate,
    overdue: bool,
    estimated: bool,
}

impl EntryDeadline {
    fn of(d: &Deadline) -> Self {
        Self {
            kind: d.kind.code().to_owned(),
            date: d.date,
            overdue: d.overdue,
            estimated: d.estimated,
        }
    }

    fn deadline(&self, lang: Lang) -> Option<Deadline> {
        use strum::IntoEnumIterator as _;
        let kind = DeadlineKind::iter().find(|k| k.code() == self.kind)?;
        Some(Deadline {
            kind,
            date: self.date,
            overdue: self.overdue,
            estimated: self.estimated,
            label: Msg::new(kind.text(), lang),
        })
    }
}

impl PortfolioEntry {
    /// Whether the lines hold on `as_of` (`from <= as_of < until`).
    #[must_use]
    pub fn holds_on(&self, as_of: NaiveDate) -> bool {
        self.from <= as_of && self.until.is_none_or(|u| as_of < u)
    }

    /// A member is blocked (the portfolio's `filter=blocked`).
    #[must_use]
    pub fn blocked(&self) -> bool {
        self.members.iter().any(|m| m.blocked)
    }

    /// A member has a deadline overdue (`filter=overdue`).
    #[must_use]
    pub fn overdue(&self) -> bool {
        self.members.iter().any(|m| !m.overdue.is_empty())
    }

    /// A member has a deadline or milestone within
    /// [`PORTFOLIO_HORIZON_DAYS`] (`filter=upcoming`).
    #[must_use]
    pub fn upcoming(&self) -> bool {
        self.members.iter().any(|m| !m.upcoming.is_empty())
    }

    /// The lines, their texts in `lang`: the same as
    /// `procedure.status(as_of, lang).portfolio()` on every day the entry
    /// holds. `None` when a stored code is unknown to this version (then
    /// compute the entry again).
    #[must_use]
    pub fn lines(&self, lang: Lang) -> Option<Vec<PortfolioLine>> {
        use strum::IntoEnumIterator as _;
        let all = |v: &[EntryDeadline]| {
            v.iter()
                .map(|d| d.deadline(lang))
                .collect::<Option<Vec<_>>>()
        };
        self.members
            .iter()
            .map(|m| {
                Some(PortfolioLine {
                    id: m.id.clone(),
                    label: m.label.clone(),
                    phase: Phase::iter().find(|p| <&str>::from(*p) == m.phase)?,
                    blocked: m.blocked,
                    overdue: all(&m.overdue)?,
                    waiting_on: m.waiting_on,
                    upcoming: all(&m.upcoming)?,
                })
            })
            .collect()
    }
}

impl Procedure {
    /// The portfolio entry of this procedure at `as_of`, and the first day
    /// after it when it may change: the earliest of a later event's date, a
    /// member's next birthday or first day of work (what the status reads
    /// of the date besides the deadlines), the day after a deadline (it
    /// becomes overdue, or a met one is dropped) and the day a deadline
    /// enters the [`PORTFOLIO_HORIZON_DAYS`] window. Between the two, the
    /// status's portfolio is the same every day (a test checks it day by
    /// day).
    #[must_use]
    pub fn portfolio_entry(&self, as_of: NaiveDate) -> PortfolioEntry {
        let status = self.status(as_of, Lang::En);
        let mut until: Option<NaiveDate> = None;
        let mut candidate = |d: Option<NaiveDate>| {
            if let Some(d) = d.filter(|d| *d > as_of) {
                until = Some(until.map_or(d, |u| u.min(d)));
            }
        };
        for d in self.change_dates(as_of) {
            candidate(Some(d));
        }
        for m in &status.members {
            for d in &m.deadlines {
                candidate(d.date.succ_opt());
                candidate(
                    d.date
                        .checked_sub_days(chrono::Days::new(PORTFOLIO_HORIZON_DAYS)),
                );
            }
        }
        let members = status
            .portfolio()
            .iter()
            .map(|l| EntryLine {
                id: l.id.clone(),
                label: l.label.clone(),
                phase: <&str>::from(l.phase).to_owned(),
                blocked: l.blocked,
                overdue: l.overdue.iter().map(EntryDeadline::of).collect(),
                waiting_on: l.waiting_on,
                upcoming: l.upcoming.iter().map(EntryDeadline::of).collect(),
            })
            .collect();
        PortfolioEntry {
            from: as_of,
            until,
            members,
        }
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
        use secu::output::MilestoneKind;
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
        let options = secu::Options::default()
            .with_as_of(as_of)
            .with_lang(lang)
            .with_policy(self.policy().clone());
        if let Ok(a) = secu::assess(self.household(), &options) {
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
                            text: Msg::new(ms.kind.text(), lang).sex(m.sex).to_string(),
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
