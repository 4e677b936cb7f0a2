//! The machine: tracks, phases, the transition table and its guards.
//!
//! The table ([`TRANSITIONS`]) is data: a test enumerates it and proves that
//! every phase of every track is reachable, that every non-final phase has a
//! way out, and that no event is dead. Facts (documents received, numbers,
//! dates) live beside the phase in [`MemberState`]; guards read them.
//!
//! Sources: domain.md §8 (the six steps), §4.2 (NIA, R114-7 clock), §7
//! (children), Decisions 8 and 9 (physician; card and account in either order).

use chrono::NaiveDate;
use serde::Serialize;

use super::event::{Event, EventKind};
use secu::date;
use secu::error::{ErrText, InputErrors};
use secu::id::nir::Nir;
use secu::model::Household;
use secu::output::{Affiliation, DocKind, StepId};
use secu::policy::Policy;
use secu::rules::children::{CHILD_CARD_AGE, MAJORITY_AGE, OWN_CARTE_VITALE_AGE};
use secu::rules::steps::{OWN_AMELI_ACCOUNT_AGE, PHYSICIAN_DECLARATION_AGE};
use secu::small::SmallMap;
use secu::text::T;
use secu::{Lang, Options};

/// The procedure a member follows (derived from the assessment's affiliation).
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
pub enum TrackKind {
    /// First registration, with SANDIA identification (NIA, then certified NIR).
    RegistrationWithIdentification,
    /// First registration of someone who already has a NIR (born in France, French national).
    Registration,
    /// Rights reopened for someone insured before.
    Reactivation,
    /// Registration of an S1 form.
    S1Registration,
    /// A minor beneficiary born abroad: attached through the parent's S3705, own NIA then NIR.
    BeneficiaryWithIdentification,
    /// A minor beneficiary who already has a number (born in France).
    Beneficiary,
}

impl TrackKind {
    /// The track of an assessed member, or `None` for affiliation `none`.
    pub fn of(affiliation: Affiliation, identification: bool) -> Option<Self> {
        Some(match (affiliation, identification) {
            (Affiliation::Registration, true) => Self::RegistrationWithIdentification,
            (Affiliation::Registration, false) => Self::Registration,
            (Affiliation::Reactivation, _) => Self::Reactivation,
            (Affiliation::S1Registration, _) => Self::S1Registration,
            (Affiliation::Beneficiary, true) => Self::BeneficiaryWithIdentification,
            (Affiliation::Beneficiary, false) => Self::Beneficiary,
            _ => return None,
        })
    }

    /// The track in words (issue 10, item 15: a message names the track,
    /// not its internal code).
    pub fn text(self) -> T {
        match self {
            Self::RegistrationWithIdentification => T::TrRegistrationWithIdentification,
            Self::Registration => T::TrRegistration,
            Self::Reactivation => T::TrReactivation,
            Self::S1Registration => T::TrS1Registration,
            Self::BeneficiaryWithIdentification => T::TrBeneficiaryWithIdentification,
            Self::Beneficiary => T::TrBeneficiary,
        }
    }

    pub(crate) fn identification(self) -> bool {
        matches!(
            self,
            Self::RegistrationWithIdentification | Self::BeneficiaryWithIdentification
        )
    }

    /// The affiliation the track carries out.
    pub fn affiliation(self) -> Affiliation {
        match self {
            Self::RegistrationWithIdentification | Self::Registration => Affiliation::Registration,
            Self::Reactivation => Affiliation::Reactivation,
            Self::S1Registration => Affiliation::S1Registration,
            Self::BeneficiaryWithIdentification | Self::Beneficiary => Affiliation::Beneficiary,
        }
    }

    /// A child's track (attached to a parent until own coverage).
    pub fn is_child(self) -> bool {
        matches!(
            self,
            Self::BeneficiaryWithIdentification | Self::Beneficiary
        )
    }

    /// The stable snake_case name.
    pub fn code(self) -> &'static str {
        self.into()
    }
}

/// Where a member's file stands.
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
pub enum Phase {
    /// Collecting documents, filling forms.
    Preparing,
    /// Sent to the fund.
    Submitted,
    /// Provisional number (NIA) issued; identification under way.
    Provisional,
    /// Benefits suspended: civil-status document still missing after the formal notice.
    Suspended,
    /// Covered: number certified, rights reopened, S1 registered or child attached.
    Affiliated,
    /// Everything done (card, account, attestation; for a child: own coverage at 18).
    Complete,
    /// The fund rejected the request: it may be contested within 2 months or
    /// the file submitted again, corrected (Decision 25).
    Rejected,
    /// The request was withdrawn.
    Withdrawn,
}

impl Phase {
    /// No event leads out of it.
    pub fn is_final(self) -> bool {
        matches!(self, Self::Complete | Self::Withdrawn)
    }

    /// The file is closed: rejected (until a new submission, Decision 25) or withdrawn.
    pub fn is_closed(self) -> bool {
        matches!(self, Self::Rejected | Self::Withdrawn)
    }

    /// The stable snake_case name.
    pub fn code(self) -> &'static str {
        self.into()
    }
}

/// A condition on the member's facts for a transition to be allowed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Guard {
    /// Always.
    Always,
    /// The document is on the member's checklist (or was asked for).
    InChecklist,
    /// Every document needed to submit is received or waived.
    DocumentsReady,
    /// The number carried validates as a NIR/NIA.
    ValidNumber,
    /// A NIA was issued, the civil-status document reached the fund (SANDIA
    /// certifies from it), and the number validates.
    ReadyForCertification,
    /// The civil-status document has not reached the fund.
    CivilStatusMissing,
    /// A formal notice was received (and the civil-status document is still missing).
    FormalNoticeGiven,
    /// The member is at least this old on the event's date.
    AgeAtLeast(u32),
    /// The step is one of the member's on the event's date ([`secu::steps`]).
    StepApplies(StepId),
    /// Own coverage: at 18 whatever the identification stage, or before 18
    /// through a professional activity (apprenticeship included) from its
    /// first day (Decision 24).
    OwnCoverage,
    /// The ameli account is open.
    AmeliOpen,
    /// No new Carte Vitale was ordered or received, and the old one was not declared valid yet.
    NoCardYet,
}

/// Where a transition leads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// Same phase; only facts change.
    Stay,
    /// This phase.
    To(Phase),
    /// The phase the file was in before documents were requested (Submitted, or Provisional once a NIA exists).
    Resubmit,
    /// Same phase, or [`Phase::Complete`] once the track's last step is done.
    StayOrComplete,
}

/// One row of the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Transition {
    /// Tracks it applies to.
    pub tracks: &'static [TrackKind],
    /// Phase it leaves.
    pub from: Phase,
    /// Event it takes.
    pub event: EventKind,
    /// Where it leads.
    pub to: Target,
    /// When it is allowed.
    pub guard: Guard,
}

use EventKind as E;
use Phase as P;
use TrackKind as K;

const ALL: &[TrackKind] = &[
    K::RegistrationWithIdentification,
    K::Registration,
    K::Reactivation,
    K::S1Registration,
    K::BeneficiaryWithIdentification,
    K::Beneficiary,
];
const IDENTIFIED: &[TrackKind] = &[
    K::RegistrationWithIdentification,
    K::BeneficiaryWithIdentification,
];
const CONFIRMED: &[TrackKind] = &[K::Registration, K::Beneficiary];
const ADULT_TRACKS: &[TrackKind] = &[
    K::RegistrationWithIdentification,
    K::Registration,
    K::Reactivation,
];
const CHILD_TRACKS: &[TrackKind] = &[K::BeneficiaryWithIdentification, K::Beneficiary];
const OPEN: [Phase; 5] = [
    P::Preparing,
    P::Submitted,
    P::Provisional,
    P::Suspended,
    P::Affiliated,
];

const fn t(
    tracks: &'static [TrackKind],
    from: Phase,
    event: EventKind,
    to: Target,
    guard: Guard,
) -> Transition {
    Transition {
        tracks,
        from,
        event,
        to,
        guard,
    }
}

/// The transition table (withdrawal, and documents arriving or refused, at
/// every open phase are added by [`transitions`]).
#[rustfmt::skip]
pub const TRANSITIONS: &[Transition] = &[
    // 1. Prepare the file.
    t(ALL, P::Preparing, E::DocumentWaived, Target::Stay, Guard::InChecklist),
    t(ALL, P::Preparing, E::FileSubmitted, Target::Resubmit, Guard::DocumentsReady),
    // 2. Submitted: the fund may ask for more, reject, or move on.
    t(ALL, P::Submitted, E::DocumentsRequested, Target::To(P::Preparing), Guard::Always),
    t(ALL, P::Submitted, E::Rejected, Target::To(P::Rejected), Guard::Always),
    t(IDENTIFIED, P::Submitted, E::NiaIssued, Target::To(P::Provisional), Guard::ValidNumber),
    t(CONFIRMED, P::Submitted, E::AffiliationConfirmed, Target::To(P::Affiliated), Guard::Always),
    t(&[K::Reactivation], P::Submitted, E::RightsReopened, Target::To(P::Affiliated), Guard::Always),
    t(&[K::S1Registration], P::Submitted, E::S1Registered, Target::To(P::Affiliated), Guard::Always),
    t(ADULT_TRACKS, P::Submitted, E::PhysicianDeclared, Target::Stay, Guard::Always),
    t(CHILD_TRACKS, P::Submitted, E::PhysicianDeclared, Target::Stay, Guard::AgeAtLeast(PHYSICIAN_DECLARATION_AGE)),
    t(&[K::S1Registration], P::Submitted, E::PhysicianDeclared, Target::Stay, Guard::AgeAtLeast(PHYSICIAN_DECLARATION_AGE)),
    // Certification is never possible before a NIA: this row gives the refusal its reason.
    t(IDENTIFIED, P::Submitted, E::NirCertified, Target::To(P::Affiliated), Guard::ReadyForCertification),
    // 3. Provisional number: R114-7 clock, physician, certification.
    t(IDENTIFIED, P::Provisional, E::CivilStatusReceived, Target::Stay, Guard::CivilStatusMissing),
    t(IDENTIFIED, P::Provisional, E::FormalNoticeReceived, Target::Stay, Guard::CivilStatusMissing),
    t(IDENTIFIED, P::Provisional, E::RightsSuspended, Target::To(P::Suspended), Guard::FormalNoticeGiven),
    t(IDENTIFIED, P::Provisional, E::DocumentsRequested, Target::To(P::Preparing), Guard::Always),
    t(&[K::RegistrationWithIdentification], P::Provisional, E::PhysicianDeclared, Target::Stay, Guard::Always),
    t(&[K::BeneficiaryWithIdentification], P::Provisional, E::PhysicianDeclared, Target::Stay, Guard::AgeAtLeast(PHYSICIAN_DECLARATION_AGE)),
    t(IDENTIFIED, P::Provisional, E::Rejected, Target::To(P::Rejected), Guard::Always),
    // 4. Certification: after the NIA and the civil-status document.
    t(IDENTIFIED, P::Provisional, E::NirCertified, Target::To(P::Affiliated), Guard::ReadyForCertification),
    t(IDENTIFIED, P::Suspended, E::CivilStatusReceived, Target::To(P::Provisional), Guard::Always),
    t(IDENTIFIED, P::Suspended, E::Rejected, Target::To(P::Rejected), Guard::Always),
    // Decision 25: after a rejection, file again with a corrected file (or contest it).
    t(ALL, P::Rejected, E::DocumentWaived, Target::Stay, Guard::InChecklist),
    t(ALL, P::Rejected, E::FileSubmitted, Target::Resubmit, Guard::DocumentsReady),
    // 5–6. Carte Vitale and ameli account: only with the certified NIR (Affiliated), either order.
    t(ADULT_TRACKS, P::Affiliated, E::PhysicianDeclared, Target::StayOrComplete, Guard::Always),
    t(ADULT_TRACKS, P::Affiliated, E::CarteVitaleFormReceived, Target::Stay, Guard::Always),
    t(ADULT_TRACKS, P::Affiliated, E::CarteVitaleOrdered, Target::Stay, Guard::Always),
    t(ADULT_TRACKS, P::Affiliated, E::CarteVitaleReceived, Target::StayOrComplete, Guard::Always),
    t(ADULT_TRACKS, P::Affiliated, E::AmeliAccountOpened, Target::StayOrComplete, Guard::Always),
    t(ADULT_TRACKS, P::Affiliated, E::AttestationObtained, Target::StayOrComplete, Guard::AmeliOpen),
    t(&[K::Reactivation], P::Affiliated, E::CarteVitaleStillValid, Target::StayOrComplete, Guard::NoCardYet),
    // S1 registration covers adults and children: the children's age rules apply (§7).
    t(&[K::S1Registration], P::Affiliated, E::PhysicianDeclared, Target::Stay, Guard::AgeAtLeast(PHYSICIAN_DECLARATION_AGE)),
    t(&[K::S1Registration], P::Affiliated, E::CarteVitaleFormReceived, Target::Stay, Guard::AgeAtLeast(OWN_CARTE_VITALE_AGE)),
    t(&[K::S1Registration], P::Affiliated, E::CarteVitaleOrdered, Target::Stay, Guard::AgeAtLeast(CHILD_CARD_AGE)),
    t(&[K::S1Registration], P::Affiliated, E::CarteVitaleReceived, Target::StayOrComplete, Guard::AgeAtLeast(CHILD_CARD_AGE)),
    t(&[K::S1Registration], P::Affiliated, E::AmeliAccountOpened, Target::Stay, Guard::AgeAtLeast(OWN_AMELI_ACCOUNT_AGE)),
    // Children: own card from 12 (ordered by a parent) / 16 (form sent), own account and
    // physician from 16, own coverage at 18 (S1110).
    t(CHILD_TRACKS, P::Affiliated, E::CarteVitaleOrdered, Target::Stay, Guard::AgeAtLeast(CHILD_CARD_AGE)),
    t(CHILD_TRACKS, P::Affiliated, E::CarteVitaleFormReceived, Target::Stay, Guard::AgeAtLeast(OWN_CARTE_VITALE_AGE)),
    t(CHILD_TRACKS, P::Affiliated, E::CarteVitaleReceived, Target::Stay, Guard::AgeAtLeast(CHILD_CARD_AGE)),
    t(CHILD_TRACKS, P::Affiliated, E::AmeliAccountOpened, Target::Stay, Guard::StepApplies(StepId::AmeliAccount)),
    t(CHILD_TRACKS, P::Affiliated, E::PhysicianDeclared, Target::Stay, Guard::AgeAtLeast(PHYSICIAN_DECLARATION_AGE)),
    // Decision 24: own coverage at 18 whatever the identification stage, or
    // through work before 18 (apprenticeship included).
    t(CHILD_TRACKS, P::Preparing, E::OwnCoverageOpened, Target::To(P::Complete), Guard::OwnCoverage),
    t(CHILD_TRACKS, P::Submitted, E::OwnCoverageOpened, Target::To(P::Complete), Guard::OwnCoverage),
    t(CHILD_TRACKS, P::Provisional, E::OwnCoverageOpened, Target::To(P::Complete), Guard::OwnCoverage),
    t(CHILD_TRACKS, P::Suspended, E::OwnCoverageOpened, Target::To(P::Complete), Guard::OwnCoverage),
    t(CHILD_TRACKS, P::Affiliated, E::OwnCoverageOpened, Target::To(P::Complete), Guard::OwnCoverage),
];

/// Every transition: the table plus, from every open phase of every track,
/// withdrawal and documents arriving or refused.
pub fn transitions() -> impl Iterator<Item = Transition> {
    let withdrawals = OPEN.into_iter().chain([P::Rejected]).map(|from| {
        t(
            ALL,
            from,
            E::Withdrawn,
            Target::To(P::Withdrawn),
            Guard::Always,
        )
    });
    // Documents arrive or are refused at any open phase: the photo and the
    // S3704 are needed after certification, the civil-status document may
    // come after the NIA.
    let documents = OPEN.into_iter().chain([P::Rejected]).flat_map(|from| {
        [E::DocumentReceived, E::DocumentRejected]
            .map(|event| t(ALL, from, event, Target::Stay, Guard::InChecklist))
    });
    TRANSITIONS
        .iter()
        .copied()
        .chain(documents)
        .chain(withdrawals)
}

/// Events about the household rather than one member's file: allowed at any time.
pub const HOUSEHOLD_EVENTS: &[EventKind] = &[
    E::HouseholdCorrected,
    E::MemberAdded,
    E::PermitRenewed,
    E::Correction,
];

/// State of a received or missing document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum DocState {
    /// Not yet received.
    Missing,
    /// Received.
    Received,
    /// Received but refused: to provide again.
    Rejected,
    /// Will not be provided (with a reason).
    Waived,
}

/// A member's file: track, phase and facts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct MemberState {
    /// The member's id.
    pub member: String,
    /// The track.
    pub track: TrackKind,
    /// Where the file stands.
    pub phase: Phase,
    /// The checklist and the state of each document.
    pub documents: SmallMap<DocKind, DocState>,
    /// Dates of what happened (event name → first date), for steps and
    /// deadlines; for `file_submitted`, the latest submission before the NIA
    /// (the complete one, Decision 26), for `rejected` the latest rejection.
    pub dates: SmallMap<EventKind, NaiveDate>,
    /// The NIA, masked to its last 4 characters, when issued.
    pub nia: Option<String>,
    /// The certified NIR, masked to its last 4 characters.
    pub nir: Option<String>,
    /// Whether the fund already had the civil-status document when the NIA was issued, or received it since.
    pub civil_status_received: bool,
    /// Why the request was rejected, or documents rejected (last reason).
    pub reason: Option<String>,
    /// Warnings raised by events (e.g. a certified NIR that disagrees with the birth data).
    pub warnings: Vec<String>,
    /// Birth date (for age guards).
    #[serde(skip)]
    birth_date: NaiveDate,
    /// The full numbers (never serialised).
    #[serde(skip)]
    numbers: (Option<Nir>, Option<Nir>),
    /// The person's facts the steps and guards read (Decisions 24, 27).
    #[serde(skip)]
    person: Person,
    /// The date of the latest event applied to this member, or of a later
    /// household event: no event may be dated before it (Decision 23).
    #[serde(skip)]
    last_on: Option<NaiveDate>,
    /// When the civil-status document reached the fund (the complete
    /// submission, or its own arrival): certification is expected from it (Decision 26).
    #[serde(skip)]
    civil_status_on: Option<NaiveDate>,
    /// Why the fund rejected the request (Decision 25: kept and shown).
    #[serde(skip)]
    rejection: Option<String>,
}

/// What the machine knows of the person, beside the file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Person {
    /// Attached to a parent (beneficiary, or a child under a parent's S1).
    dependent: bool,
    /// A higher-education student (ayant droit autonome at 16, §7).
    student: bool,
    /// Asked to become ayant droit autonome (§7).
    autonomy_requested: bool,
    /// First day of a professional activity in France (apprenticeship
    /// included; `NaiveDate::MIN` when its date is not given).
    works_from: Option<NaiveDate>,
    /// The fund that acts on the file (CPAM, CGSS, CSSM or MSA: domain.md
    /// §2.9), as in the assessment's steps; `None` when it is not known.
    fund: Option<secu::output::FundKind>,
}

impl Person {
    fn of(m: &secu::model::Member, dependent: bool) -> Self {
        let activity = m.activity.as_ref();
        let kind = activity.map(|a| a.kind).unwrap_or_default();
        Self {
            dependent,
            student: kind == secu::model::ActivityKind::Student,
            autonomy_requested: m.autonomy_requested,
            works_from: kind.is_work_in_france().then(|| {
                activity
                    .and_then(|a| a.start_date)
                    .unwrap_or(NaiveDate::MIN)
            }),
            fund: None,
        }
    }
}

/// Every code of a [`Refusal`] (`Refusal::code`), sorted: the machine's
/// guards and time order, and the case file's own refusals
/// (`case`). [`Refusal::new`] checks in debug builds (every test,
/// replay, property test and fuzz run) that the code it is given is listed,
/// so a new code cannot be forgotten here; the WebAssembly package's
/// `RefusalCode` type is generated from this list (`cargo xtask wasm-types`).
pub const REFUSAL_CODES: [&str; 38] = [
    "already_received",
    "already_voided",
    "before_certification",
    "before_nia",
    "before_opening",
    "before_submission",
    "card_already_settled",
    "checklist_complete",
    "civil_status_missing",
    "civil_status_received",
    "clock_running",
    "correction_breaks_history",
    "documents_missing",
    "duplicate_member",
    "future_date",
    "invalid_household",
    "invalid_number",
    "member_mismatch",
    "member_redacted",
    "members_dropped",
    "no_ameli_account",
    "no_formal_notice",
    "no_nia",
    "no_track",
    "not_allowed_now",
    "not_in_checklist",
    "not_received",
    "nothing_received",
    "notice_running",
    "other_member",
    "out_of_order",
    "reason_required",
    "step_not_applicable",
    "too_young",
    "track_in_progress",
    "unknown_member",
    "unknown_seq",
    "voids_correction",
];

/// An event the current state does not allow: why, and what is allowed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Refusal {
    /// The refused event.
    pub event: EventKind,
    /// Stable code of the reason.
    pub code: &'static str,
    /// Why (English; [`Refusal::message_in`] in any language).
    pub message: String,
    /// The events allowed for that member now.
    pub allowed: Vec<EventKind>,
    /// Why, as text keys: rendered in any language (issue 10, item 15).
    #[serde(skip)]
    pub text: ErrText,
}

impl Refusal {
    /// A refusal whose reason is `text` (its English form is `message`).
    pub fn new(
        event: EventKind,
        code: &'static str,
        text: ErrText,
        allowed: Vec<EventKind>,
    ) -> Self {
        debug_assert!(
            REFUSAL_CODES.binary_search(&code).is_ok(),
            "refusal code {code:?} is missing from REFUSAL_CODES"
        );
        Self {
            event,
            code,
            message: text.render(Lang::En),
            allowed,
            text,
        }
    }

    /// Why, in `lang`.
    pub fn message_in(&self, lang: Lang) -> String {
        self.text.render_or(lang, &self.message)
    }

    /// The whole refusal as one line in `lang`: the event, the code, why,
    /// and the events allowed now ([`std::fmt::Display`] is this in English).
    pub fn to_string_in(&self, lang: Lang) -> String {
        let allowed: Vec<&str> = self.allowed.iter().map(|e| e.code()).collect();
        let mut out = ErrText::new(T::ErrRefused)
            .arg(self.event.code())
            .arg(self.code)
            .render(lang);
        out.push_str(&self.message_in(lang));
        out.push_str(
            &if allowed.is_empty() {
                ErrText::new(T::ErrAllowedNothing)
            } else {
                ErrText::new(T::ErrAllowedNow).arg(allowed.join(", "))
            }
            .render(lang),
        );
        out
    }
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.to_string_in(Lang::En))
    }
}

use secu::rules::documents::needed_to_submit;

impl MemberState {
    /// The fund that acts on the member's file: CPAM, or the CGSS, CSSM or
    /// MSA where the assessment's fund is one of them (domain.md §2.9).
    #[must_use]
    pub fn fund_actor(&self) -> secu::output::Actor {
        secu::output::Actor::fund(self.person.fund)
    }

    fn new(
        member: String,
        track: TrackKind,
        checklist: impl IntoIterator<Item = DocKind>,
        birth_date: NaiveDate,
    ) -> Self {
        let documents = checklist
            .into_iter()
            .map(|k| (k, DocState::Missing))
            .collect();
        Self {
            member,
            track,
            phase: Phase::Preparing,
            documents,
            dates: SmallMap::new(),
            nia: None,
            nir: None,
            civil_status_received: false,
            reason: None,
            warnings: Vec::new(),
            birth_date,
            numbers: (None, None),
            person: Person::default(),
            last_on: None,
            civil_status_on: None,
            rejection: None,
        }
    }

    /// The facts that decide which steps apply on `date` ([`secu::steps`]).
    pub fn step_facts(&self, date: NaiveDate, policy: &Policy) -> secu::steps::StepFacts {
        let age = self.age_on(date, policy);
        secu::steps::StepFacts {
            affiliation: self.track.affiliation(),
            identification: self.track.identification(),
            dependent: self.person.dependent,
            age,
            autonomous: secu::steps::autonomous(
                age,
                self.person.student,
                self.person.autonomy_requested,
            ),
            physician_from_age: u32::from(policy.physician_declaration_from_age),
        }
    }

    /// Whether `step` applies to the member on `date` (the one rule of
    /// [`secu::steps::step_applies`]).
    pub fn step_applies(&self, step: StepId, date: NaiveDate, policy: &Policy) -> bool {
        secu::steps::step_applies(step, &self.step_facts(date, policy))
    }

    /// Own coverage is possible on `date` (Decision 24): 18 or over, or working.
    pub fn own_coverage_possible(&self, date: NaiveDate, policy: &Policy) -> bool {
        self.age_on(date, policy) >= MAJORITY_AGE
            || self.person.works_from.is_some_and(|d| d <= date)
    }

    /// The date the member's file was affiliated (number certified, rights
    /// reopened, S1 registered or affiliation confirmed).
    pub fn affiliated_on(&self) -> Option<NaiveDate> {
        [
            E::NirCertified,
            E::RightsReopened,
            E::S1Registered,
            E::AffiliationConfirmed,
        ]
        .iter()
        .filter_map(|e| self.dates.get(e).copied())
        .min()
    }

    /// When the civil-status document reached the fund, if it did.
    pub fn civil_status_on(&self) -> Option<NaiveDate> {
        self.civil_status_on.filter(|_| self.civil_status_received)
    }

    /// Why the fund rejected the request, while it stands rejected.
    pub fn rejection(&self) -> Option<&str> {
        self.rejection
            .as_deref()
            .filter(|_| self.phase == P::Rejected)
    }

    /// Attached to a parent (beneficiary, or a child under a parent's S1).
    pub fn dependent(&self) -> bool {
        self.person.dependent
    }

    /// Decision 23: the procedure's order in time. An event is not dated
    /// before the member's previous event (or a later household event), nor
    /// before what it follows: the NIA after the submission, the certified
    /// NIR after the NIA, the formal notice after the 3 months from the NIA
    /// and the suspension after the 3 months of the notice (R114-7 III), the
    /// Carte Vitale and the ameli account after the certified number (Decision 9).
    fn in_time(&self, kind: EventKind, date: NaiveDate) -> Result<(), (&'static str, ErrText)> {
        let at = |e: EventKind| self.dates.get(&e).copied();
        let three_months = |d: Option<NaiveDate>| {
            d.and_then(|d| secu::data::delays::CIVIL_STATUS_DOCUMENT.after(d))
        };
        let not_before = |limit: Option<NaiveDate>, code: &'static str, what: T| match limit {
            Some(l) if date < l => Err((
                code,
                ErrText::new(T::ErrDatedBefore)
                    .arg(date.to_string())
                    .then(what)
                    .arg(l.to_string()),
            )),
            _ => Ok(()),
        };
        match kind {
            E::NiaIssued => not_before(
                at(E::FileSubmitted),
                "before_submission",
                T::ErrBeforeSubmission,
            )?,
            E::NirCertified => not_before(at(E::NiaIssued), "before_nia", T::ErrBeforeNia)?,
            E::FormalNoticeReceived => not_before(
                three_months(at(E::NiaIssued)),
                "clock_running",
                T::ErrBeforeClockEnd,
            )?,
            E::RightsSuspended => not_before(
                three_months(at(E::FormalNoticeReceived)),
                "notice_running",
                T::ErrBeforeNoticeEnd,
            )?,
            E::CarteVitaleFormReceived
            | E::CarteVitaleOrdered
            | E::CarteVitaleReceived
            | E::CarteVitaleStillValid
            | E::AmeliAccountOpened
            | E::AttestationObtained => not_before(
                self.affiliated_on(),
                "before_certification",
                T::ErrBeforeCertification,
            )?,
            _ => {}
        }
        not_before(self.last_on, "out_of_order", T::ErrBeforeLastEvent)
    }

    fn age_on(&self, date: NaiveDate, policy: &Policy) -> u32 {
        date::age(self.birth_date, date, policy.leap_day_birthday)
    }

    /// Whether a guard holds for an event of `kind` (payload checks included
    /// when the event is given; without it, whether the event could apply).
    #[rustfmt::skip]
    fn guard(&self, guard: Guard, kind: EventKind, event: Option<&Event>, date: NaiveDate, policy: &Policy) -> Result<(), (&'static str, ErrText)> {
        let ok = |cond: bool, code: &'static str, msg: &dyn Fn() -> ErrText| if cond { Ok(()) } else { Err((code, msg())) };
        match guard {
            Guard::Always => Ok(()),
            Guard::InChecklist => match event {
                Some(Event::DocumentReceived { kind: doc } | Event::DocumentRejected { kind: doc, .. } | Event::DocumentWaived { kind: doc, .. }) => {
                    ok(self.documents.contains_key(doc), "not_in_checklist", &|| ErrText::new(T::ErrNotInChecklist).arg(doc.code()))?;
                    match event {
                        Some(Event::DocumentRejected { reason, .. }) => {
                            ok(self.documents.get(doc) == Some(&DocState::Received), "not_received", &|| ErrText::new(T::ErrDocNotReceived).arg(doc.code()))?;
                            ok(!reason.trim().is_empty(), "reason_required", &|| T::ErrReasonRequired.into())
                        }
                        Some(Event::DocumentWaived { reason, .. }) => {
                            ok(self.documents.get(doc) != Some(&DocState::Received), "already_received", &|| ErrText::new(T::ErrDocAlreadyReceived).arg(doc.code()))?;
                            ok(!reason.trim().is_empty(), "reason_required", &|| T::ErrReasonRequired.into())
                        }
                        _ => Ok(()),
                    }
                }
                // Without a payload: is there a document this event could be about?
                _ if kind == E::DocumentRejected => {
                    ok(self.documents.values().any(|s| *s == DocState::Received), "nothing_received", &|| T::ErrNothingReceived.into())
                }
                _ if kind == E::DocumentReceived => Ok(()),
                _ => ok(self.documents.values().any(|s| *s != DocState::Received), "checklist_complete", &|| T::ErrChecklistComplete.into()),
            },
            Guard::DocumentsReady => {
                let missing: Vec<&str> = self
                    .documents
                    .iter()
                    .filter(|(k, s)| needed_to_submit(**k) && !matches!(s, DocState::Received | DocState::Waived))
                    .map(|(k, _)| k.code())
                    .collect();
                ok(missing.is_empty(), "documents_missing", &|| ErrText::new(T::ErrDocumentsMissing).arg(missing.join(", ")))
            }
            Guard::ValidNumber | Guard::ReadyForCertification => {
                if guard == Guard::ReadyForCertification {
                    ok(self.numbers.0.is_some(), "no_nia", &|| T::ErrNoNia.into())?;
                    ok(self.civil_status_received, "civil_status_missing", &|| {
                        T::ErrCivilStatusMissing.into()
                    })?;
                }
                match event {
                    Some(Event::NiaIssued { number } | Event::NirCertified { number }) => number
                        .parse::<Nir>()
                        .map(|_| ())
                        .map_err(|e| ("invalid_number", ErrText::new(T::ErrNumberInvalid).then_text(e.text()))),
                    _ => Ok(()),
                }
            }
            Guard::CivilStatusMissing => ok(!self.civil_status_received, "civil_status_received", &|| T::ErrCivilStatusReceived.into()),
            Guard::FormalNoticeGiven => ok(
                !self.civil_status_received && self.dates.contains_key(&E::FormalNoticeReceived),
                "no_formal_notice",
                &|| T::ErrNoFormalNotice.into(),
            ),
            Guard::AgeAtLeast(n) => {
                let age = self.age_on(date, policy);
                ok(age >= n, "too_young", &|| ErrText::new(T::ErrTooYoung).arg(n.to_string()).arg(age.to_string()))
            }
            Guard::StepApplies(step) => {
                let age = self.age_on(date, policy);
                ok(self.step_applies(step, date, policy), "step_not_applicable", &|| {
                    ErrText::new(T::ErrStepNotApplicable).arg(age.to_string()).arg(step.code())
                })
            }
            Guard::OwnCoverage => {
                let age = self.age_on(date, policy);
                ok(self.own_coverage_possible(date, policy), "too_young", &|| {
                    ErrText::new(T::ErrOwnCoverageTooYoung).arg(age.to_string())
                })
            }
            Guard::NoCardYet => ok(
                ![E::CarteVitaleOrdered, E::CarteVitaleReceived, E::CarteVitaleStillValid].iter().any(|e| self.dates.contains_key(e)),
                "card_already_settled",
                &|| T::ErrCardSettled.into(),
            ),
            Guard::AmeliOpen => ok(self.dates.contains_key(&E::AmeliAccountOpened), "no_ameli_account", &|| {
                T::ErrNoAmeli.into()
            }),
        }
    }

    /// The transitions from the current phase for this track.
    fn candidates(&self, event: EventKind) -> impl Iterator<Item = Transition> + '_ {
        transitions().filter(move |tr| {
            tr.from == self.phase && tr.event == event && tr.tracks.contains(&self.track)
        })
    }

    /// Events allowed now (payload-independent check).
    pub fn allowed(&self, date: NaiveDate, policy: &Policy) -> Vec<EventKind> {
        let mut v: Vec<EventKind> = transitions()
            .filter(|tr| tr.from == self.phase && tr.tracks.contains(&self.track))
            .filter(|tr| self.guard(tr.guard, tr.event, None, date, policy).is_ok())
            .filter(|tr| self.in_time(tr.event, date).is_ok())
            .map(|tr| tr.event)
            .collect();
        secu::sort::small_sort_by(&mut v, Ord::cmp);
        v.dedup();
        v
    }

    /// Whether the track's last step is done.
    fn done(&self) -> bool {
        let has = |e: EventKind| self.dates.contains_key(&e);
        match self.track {
            K::S1Registration => has(E::CarteVitaleReceived),
            K::Beneficiary | K::BeneficiaryWithIdentification => has(E::OwnCoverageOpened),
            // Domain §8: a new card only if none is valid.
            K::Reactivation => {
                (has(E::CarteVitaleReceived) || has(E::CarteVitaleStillValid))
                    && has(E::AmeliAccountOpened)
                    && has(E::AttestationObtained)
            }
            // Decision 8: the médecin traitant is part of a first registration.
            _ => {
                has(E::CarteVitaleReceived)
                    && has(E::AmeliAccountOpened)
                    && has(E::AttestationObtained)
                    && has(E::PhysicianDeclared)
            }
        }
    }

    /// Applies an event or says why not; on refusal nothing changed.
    fn apply(
        &mut self,
        date: NaiveDate,
        event: &Event,
        birth: (Option<secu::model::Sex>, secu::Country),
        policy: &Policy,
    ) -> Result<(), Refusal> {
        let kind = event.kind();
        let mut first_error = None;
        let mut chosen = None;
        for tr in self.candidates(kind) {
            match self.guard(tr.guard, kind, Some(event), date, policy) {
                Ok(()) => {
                    chosen = Some(tr);
                    break;
                }
                Err(e) => first_error = first_error.or(Some(e)),
            }
        }
        let time = chosen.map(|_| self.in_time(kind, date));
        if let Some(Err((code, message))) = time {
            return Err(Refusal::new(
                kind,
                code,
                message,
                self.allowed(date, policy),
            ));
        }
        let Some(tr) = chosen else {
            let (code, message) = first_error.unwrap_or_else(|| {
                (
                    "not_allowed_now",
                    ErrText::new(T::ErrNotAllowedNow)
                        .arg(super::status::stage_text(self.track, self.phase))
                        .arg(self.track.text()),
                )
            });
            return Err(Refusal::new(
                kind,
                code,
                message,
                self.allowed(date, policy),
            ));
        };
        // Facts.
        // A re-submission after the NIA does not move the submission (the
        // steps keep their order): see `FileSubmitted` below.
        if kind != E::FileSubmitted {
            self.dates.get_or_insert(kind, date);
        }
        self.last_on = Some(date);
        let nia = self.numbers.0.is_some();
        match event {
            Event::DocumentReceived { kind } => {
                self.documents.insert(*kind, DocState::Received);
                if matches!(kind, DocKind::BirthCertificate) && self.phase == P::Provisional {
                    self.civil_status_received = true;
                    self.civil_status_on = Some(date);
                }
            }
            Event::DocumentRejected { kind, reason } => {
                self.documents.insert(*kind, DocState::Rejected);
                self.reason = Some(reason.clone());
                // Decision 26: a civil-status document refused after the NIA
                // does not stop the R114-7 clock; no certification without one.
                if matches!(kind, DocKind::BirthCertificate) && nia {
                    self.civil_status_received = false;
                    self.civil_status_on = None;
                }
            }
            Event::FileSubmitted => {
                if nia {
                    // Decision 26: the civil-status document sent with a
                    // re-submission reaches the fund and stops the clock.
                    if !self.civil_status_received
                        && self.documents.get(&DocKind::BirthCertificate)
                            == Some(&DocState::Received)
                    {
                        self.civil_status_received = true;
                        self.civil_status_on = Some(date);
                    }
                } else {
                    // Expected dates count from the latest, complete submission.
                    self.dates.insert(E::FileSubmitted, date);
                }
            }
            Event::DocumentWaived { kind, .. } => {
                self.documents.insert(*kind, DocState::Waived);
            }
            Event::DocumentsRequested { kinds } => {
                for k in kinds {
                    self.documents.insert(*k, DocState::Missing);
                    // Asked again after the NIA: the one the fund has is not acceptable.
                    if *k == DocKind::BirthCertificate && nia {
                        self.civil_status_received = false;
                        self.civil_status_on = None;
                    }
                }
            }
            Event::NiaIssued { number } => {
                if let Ok(n) = number.parse::<Nir>() {
                    self.nia = Some(n.to_string());
                    self.numbers.0 = Some(n);
                    // The civil-status document counts as received if it was with the file.
                    self.civil_status_received = self
                        .documents
                        .get(&DocKind::BirthCertificate)
                        .is_none_or(|s| *s == DocState::Received);
                    self.civil_status_on = if self.civil_status_received {
                        self.dates.get(&E::FileSubmitted).copied().or(Some(date))
                    } else {
                        None
                    };
                }
            }
            Event::NirCertified { number } => {
                if let Ok(n) = number.parse::<Nir>() {
                    if !n.mismatches(birth.0, self.birth_date, birth.1).is_empty() {
                        self.warnings.push("nir_mismatch".into());
                    }
                    self.nir = Some(n.to_string());
                    self.numbers.1 = Some(n);
                }
            }
            Event::CivilStatusReceived => {
                self.civil_status_received = true;
                self.civil_status_on = Some(date);
            }
            Event::Rejected { reason } => {
                self.reason = Some(reason.clone());
                self.rejection = Some(reason.clone());
                self.dates.insert(E::Rejected, date);
            }
            Event::CarteVitaleFormReceived => {
                // The form goes back with a photo and a copy of an ID (§5).
                self.documents
                    .get_or_insert(DocKind::IdPhoto, DocState::Missing);
            }
            _ => {}
        }
        self.phase = match tr.to {
            Target::Stay => self.phase,
            Target::To(p) => p,
            Target::Resubmit => {
                if self.numbers.0.is_some() {
                    P::Provisional
                } else {
                    P::Submitted
                }
            }
            Target::StayOrComplete => {
                if self.done() {
                    P::Complete
                } else {
                    self.phase
                }
            }
        };
        Ok(())
    }

    /// The certified NIR, when there is one (full; never serialised).
    pub fn certified_nir(&self) -> Option<&Nir> {
        self.numbers.1.as_ref()
    }

    /// The NIA, when there is one (full; never serialised).
    pub fn provisional_number(&self) -> Option<&Nir> {
        self.numbers.0.as_ref()
    }
}

/// The procedure of a whole household: one track per member with a French affiliation.
#[derive(Clone, Debug)]
pub struct Procedure {
    household: Household,
    policy: Policy,
    opened_on: NaiveDate,
    members: Vec<MemberState>,
    /// Replaying a recorded history in which some members were redacted:
    /// a document the history recorded stays acceptable even if the reduced
    /// household no longer puts it on the checklist.
    redacted_history: bool,
    /// The household the procedure started with, and every event applied
    /// since, in order: the state on an earlier date is the replay of the
    /// events dated on or before it (Decision 23).
    origin: Household,
    log: Vec<(String, NaiveDate, Event)>,
}

impl Procedure {
    /// Starts the procedure of a household assessed on `on`: each member with a
    /// French affiliation gets the track of their assessment and its checklist.
    pub fn start(
        household: Household,
        on: NaiveDate,
        policy: &Policy,
    ) -> Result<Self, InputErrors> {
        let members = Self::tracks(&household, on, policy)?;
        Ok(Self {
            origin: household.clone(),
            household,
            policy: policy.clone(),
            opened_on: on,
            members,
            redacted_history: false,
            log: Vec::new(),
        })
    }

    fn tracks(
        household: &Household,
        on: NaiveDate,
        policy: &Policy,
    ) -> Result<Vec<MemberState>, InputErrors> {
        let options = Options::default()
            .with_as_of(on)
            .with_policy(policy.clone())
            .with_lang(Lang::En);
        let a = secu::assess(household, &options)?;
        Ok(a.members
            .iter()
            .zip(&household.members)
            .filter_map(|(m, input)| {
                let track = TrackKind::of(m.affiliation, m.identification_required)?;
                let mut state = MemberState::new(
                    m.id.to_owned(),
                    track,
                    m.documents.iter().map(|d| d.kind),
                    input.birth_date,
                );
                let dependent = m
                    .dependent_status
                    .is_some_and(|d| d != secu::output::DependentStatus::OwnCoverage);
                state.person = Person::of(input, dependent);
                state.person.fund = m.fund.map(|f| f.kind);
                // A NIA already held (given in the household): identification is under way.
                if track.identification()
                    && m.steps
                        .iter()
                        .any(|s| s.status == secu::output::StepStatus::Done)
                    && let Some(n) = input.nir.as_deref().and_then(|s| s.parse::<Nir>().ok())
                {
                    state.nia = Some(n.to_string());
                    state.numbers.0 = Some(n);
                    state.phase = P::Provisional;
                    if let Some(d) = input.nia_issued_on {
                        state.dates.insert(E::NiaIssued, d);
                    }
                    // The file was prepared and submitted (the NIA proves it):
                    // only the civil-status document may still be wanted
                    // (R114-7), and the documents needed later.
                    let settled: Vec<DocKind> = state
                        .documents
                        .keys()
                        .copied()
                        .filter(|k| {
                            needed_to_submit(*k)
                                && !matches!(
                                    k,
                                    DocKind::BirthCertificate | DocKind::SwornTranslation
                                )
                        })
                        .collect();
                    for k in settled {
                        state.documents.insert(k, DocState::Received);
                    }
                }
                Some(state)
            })
            .collect())
    }

    /// Applies one event to one member, or refuses it (the state is then unchanged).
    pub fn apply(&mut self, member: &str, date: NaiveDate, event: &Event) -> Result<(), Refusal> {
        self.apply_unlogged(member, date, event)?;
        if !matches!(event, Event::Correction { .. }) {
            self.log.push((member.to_owned(), date, event.clone()));
        }
        Ok(())
    }

    /// The procedure as it stood on `date` (Decision 23): the events dated
    /// after it are not applied. The order in time the machine enforces
    /// (each member's events in time order, household events after every
    /// earlier event) makes the events dated on or before `date` a history
    /// the machine accepts (property-tested).
    pub fn as_of(&self, date: NaiveDate) -> std::borrow::Cow<'_, Procedure> {
        use std::borrow::Cow;
        if self.log.iter().all(|(_, d, _)| *d <= date) {
            return Cow::Borrowed(self);
        }
        let Ok(mut p) = Self::start(self.origin.clone(), self.opened_on, &self.policy) else {
            return Cow::Borrowed(self);
        };
        p.redacted_history = self.redacted_history;
        for (member, d, event) in self.log.iter().filter(|(_, d, _)| *d <= date) {
            // Accepted in the full history, so accepted here (see above).
            let _ = p.apply(member, *d, event);
        }
        Cow::Owned(p)
    }

    fn apply_unlogged(
        &mut self,
        member: &str,
        date: NaiveDate,
        event: &Event,
    ) -> Result<(), Refusal> {
        let kind = event.kind();
        match event {
            Event::HouseholdCorrected { household } => return self.correct(household, date, kind),
            Event::MemberAdded { new_member: new } => {
                let mut h = self.household.clone();
                h.members.push((**new).clone());
                return self.correct(&h, date, kind);
            }
            Event::PermitRenewed {
                permit,
                valid_from,
                valid_until,
            } => {
                let mut h = self.household.clone();
                let Some(m) = h.members.iter_mut().find(|m| m.id == member) else {
                    return Err(self.unknown(member, kind));
                };
                let r = m.residence.get_or_insert_with(Default::default);
                r.permit = Some(*permit);
                r.permit_valid_from = Some(*valid_from);
                r.permit_valid_until = *valid_until;
                return self.correct(&h, date, kind);
            }
            Event::Correction { .. } => {
                // Voiding is the case file's business (it replays without the voided entry).
                return Ok(());
            }
            _ => {}
        }
        let birth = self
            .household
            .members
            .iter()
            .find(|m| m.id == member)
            .map(|m| (m.sex, m.birth_country));
        let policy = self.policy.clone();
        let Some(state) = self.members.iter_mut().find(|s| s.member == member) else {
            return Err(self.unknown(member, kind));
        };
        let Some(birth) = birth else {
            return Err(self.unknown(member, kind));
        };
        // Apply on a copy: a refused event changes nothing.
        let mut next = state.clone();
        if self.redacted_history
            && let Event::DocumentReceived { kind }
            | Event::DocumentRejected { kind, .. }
            | Event::DocumentWaived { kind, .. } = event
        {
            next.documents.get_or_insert(*kind, DocState::Missing);
        }
        next.apply(date, event, birth, &policy)?;
        *state = next;
        Ok(())
    }

    fn unknown(&self, member: &str, event: EventKind) -> Refusal {
        let known = self.household.members.iter().any(|m| m.id == member);
        Refusal::new(
            event,
            if known { "no_track" } else { "unknown_member" },
            ErrText::new(if known {
                T::ErrNoTrack
            } else {
                T::ErrNoMemberId
            })
            .arg(member),
            Vec::new(),
        )
    }

    /// Replaces the household. Members keep their progress; a member still
    /// preparing whose track changes (e.g. a corrected birth country) starts
    /// the new track, keeping the documents already received; new members get
    /// a track. A correction that would end a track already under way is
    /// refused: withdraw it first.
    fn correct(
        &mut self,
        household: &Household,
        date: NaiveDate,
        event: EventKind,
    ) -> Result<(), Refusal> {
        let refuse =
            |code: &'static str, message: ErrText| Refusal::new(event, code, message, Vec::new());
        // Decision 23: a household event comes after every event recorded.
        if let Some(last) = self.members.iter().filter_map(|m| m.last_on).max()
            && date < last
        {
            return Err(refuse(
                "out_of_order",
                ErrText::new(T::ErrHouseholdOutOfOrder)
                    .arg(date.to_string())
                    .arg(last.to_string()),
            ));
        }
        let fresh =
            Self::tracks(household, date.max(self.opened_on), &self.policy).map_err(|e| {
                let mut text = ErrText::default();
                for (i, p) in e.0.iter().enumerate() {
                    if i > 0 {
                        text = text.then_fixed("; ");
                    }
                    if !p.path.is_empty() {
                        text = text.then_fixed(format!("{}: ", p.path));
                    }
                    text = text.then_text(p.text.clone().or_fixed(&p.message));
                }
                refuse("invalid_household", text)
            })?;
        for old in &self.members {
            let kept = fresh.iter().any(|f| f.member == old.member);
            if !kept && old.phase != P::Preparing && !old.phase.is_final() && !old.phase.is_closed()
            {
                return Err(refuse(
                    "track_in_progress",
                    ErrText::new(T::ErrTrackInProgress)
                        .arg(old.member.clone())
                        .arg(super::status::stage_text(old.track, old.phase)),
                ));
            }
        }
        let mut members = Vec::with_capacity(fresh.len());
        for f in fresh {
            match self.members.iter().find(|s| s.member == f.member) {
                Some(old) if old.track != f.track && old.phase == P::Preparing => {
                    let mut next = f;
                    for (k, st) in &old.documents {
                        if let Some(slot) = next.documents.get_mut(k) {
                            *slot = *st;
                        }
                    }
                    next.dates.clone_from(&old.dates);
                    members.push(next);
                }
                Some(old) => {
                    let mut kept = old.clone();
                    kept.birth_date = f.birth_date;
                    kept.person = f.person;
                    // Documents newly on the checklist are added; progress is kept.
                    for k in f.documents.keys() {
                        kept.documents.get_or_insert(*k, DocState::Missing);
                    }
                    members.push(kept);
                }
                None => members.push(f),
            }
        }
        for m in &mut members {
            // Nothing of any member is dated before a household event.
            m.last_on = Some(m.last_on.map_or(date, |d| d.max(date)));
        }
        self.household = household.clone();
        self.members = members;
        Ok(())
    }

    /// Marks the procedure as the replay of a history from which some members
    /// were redacted (GDPR): documents the history recorded for the others
    /// stay acceptable even when the reduced household drops them from a
    /// checklist (an S3705 filed for a redacted child, say).
    #[must_use]
    pub fn with_redacted_history(mut self) -> Self {
        self.redacted_history = true;
        self
    }

    /// The household as corrected so far.
    pub fn household(&self) -> &Household {
        &self.household
    }

    /// The policy the procedure runs under.
    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    /// The date the procedure was opened (tracks are derived on it).
    pub fn opened_on(&self) -> NaiveDate {
        self.opened_on
    }

    /// Every member's file.
    pub fn members(&self) -> &[MemberState] {
        &self.members
    }

    /// One member's file.
    pub fn member(&self, id: &str) -> Option<&MemberState> {
        self.members.iter().find(|s| s.member == id)
    }

    /// The dates after `as_of` on which something the status reads of the
    /// procedure itself (not its deadlines) may change: an event dated
    /// later (Decision 23), a member's next birthday (ages), the first day
    /// of work in France. For [`crate::status::PortfolioEntry`]'s bound.
    pub(crate) fn change_dates(&self, as_of: NaiveDate) -> Vec<NaiveDate> {
        let leap = self.policy.leap_day_birthday;
        let mut out: Vec<NaiveDate> = self.log.iter().map(|(_, d, _)| *d).collect();
        let births = self
            .household
            .members
            .iter()
            .map(|m| m.birth_date)
            .chain(self.members.iter().map(|s| s.birth_date));
        for birth in births {
            let age = date::age(birth, as_of, leap);
            out.extend(date::anniversary(birth, age.saturating_add(1), leap));
        }
        out.extend(self.members.iter().filter_map(|s| s.person.works_from));
        out.retain(|d| *d > as_of);
        out
    }

    /// The events allowed now for a member's file (the household events of
    /// [`HOUSEHOLD_EVENTS`] are allowed at any time and not listed).
    pub fn allowed_events(&self, member: &str, on: NaiveDate) -> Vec<EventKind> {
        self.member(member)
            .map(|s| s.allowed(on, &self.policy))
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {

    /// `REFUSAL_CODES` is sorted (so `binary_search` finds every code) and
    /// has no duplicate.
    #[test]
    fn refusal_codes_are_sorted_and_unique() {
        assert!(REFUSAL_CODES.windows(2).all(|w| w[0] < w[1]));
    }

    use std::collections::{BTreeMap, BTreeSet};

    use strum::IntoEnumIterator;

    use super::*;

    /// Every phase a track can reach from `Preparing`, following the table.
    fn reachable(track: TrackKind) -> BTreeSet<Phase> {
        let mut seen = BTreeSet::from([P::Preparing]);
        let mut todo = vec![P::Preparing];
        while let Some(p) = todo.pop() {
            for tr in transitions().filter(|tr| tr.from == p && tr.tracks.contains(&track)) {
                let next: Vec<Phase> = match tr.to {
                    Target::Stay => vec![p],
                    Target::To(q) => vec![q],
                    Target::Resubmit => vec![P::Submitted, P::Provisional],
                    Target::StayOrComplete => vec![p, P::Complete],
                };
                for q in next {
                    // Resubmission to Provisional exists only where a NIA can exist.
                    if q == P::Provisional && !track.identification() {
                        continue;
                    }
                    if seen.insert(q) {
                        todo.push(q);
                    }
                }
            }
        }
        seen
    }

    /// The checklist and the dates serialise as the `BTreeMap`s they were:
    /// JSON objects, keys in the enums' order.
    #[test]
    fn member_state_json_is_that_of_btreemaps() {
        let day = |d: u32| NaiveDate::from_ymd_opt(2026, 3, d).unwrap_or_default();
        let docs = [
            DocKind::ProofOfAddress,
            DocKind::FormS1106,
            DocKind::BirthCertificate,
        ];
        let mut s = MemberState::new("a".into(), TrackKind::Registration, docs, day(1));
        s.documents
            .insert(DocKind::BirthCertificate, DocState::Received);
        s.dates.insert(E::NiaIssued, day(3));
        s.dates.insert(E::FileSubmitted, day(2));
        let documents: BTreeMap<DocKind, DocState> = BTreeMap::from([
            (DocKind::ProofOfAddress, DocState::Missing),
            (DocKind::FormS1106, DocState::Missing),
            (DocKind::BirthCertificate, DocState::Received),
        ]);
        let dates = BTreeMap::from([(E::NiaIssued, day(3)), (E::FileSubmitted, day(2))]);
        assert_eq!(
            serde_json::to_string(&s.documents).ok(),
            serde_json::to_string(&documents).ok()
        );
        assert_eq!(
            serde_json::to_string(&s.dates).ok(),
            serde_json::to_string(&dates).ok()
        );
        assert!(serde_json::to_string(&s).is_ok_and(|t| t.contains(
            r#""documents":{"form_s1106":"missing","birth_certificate":"received","proof_of_address":"missing"},"dates":{"file_submitted":"2026-03-02","nia_issued":"2026-03-03"}"#
        )));
    }

    #[test]
    fn every_phase_is_reachable_and_every_open_phase_has_a_way_out() {
        for track in TrackKind::iter() {
            let phases = reachable(track);
            let mut expected: BTreeSet<Phase> = Phase::iter().collect();
            if !track.identification() {
                expected.remove(&P::Provisional);
                expected.remove(&P::Suspended);
            }
            assert_eq!(phases, expected, "{track:?}: reachable phases");
            for p in phases.iter().filter(|p| !p.is_final()) {
                let out = transitions().any(|tr| {
                    tr.from == *p && tr.tracks.contains(&track) && !matches!(tr.to, Target::Stay)
                });
                assert!(out, "{track:?}: no way out of {p:?}");
            }
        }
    }

    #[test]
    fn no_event_is_dead() {
        for e in EventKind::iter() {
            let used = transitions().any(|tr| tr.event == e) || HOUSEHOLD_EVENTS.contains(&e);
            assert!(used, "{e:?} appears in no transition");
        }
    }

    #[test]
    fn final_phases_have_no_transition() {
        for tr in transitions() {
            assert!(!tr.from.is_final(), "{tr:?} leaves a final phase");
        }
    }
}
