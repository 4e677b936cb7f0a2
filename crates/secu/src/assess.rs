//! The driver: from a validated household to an assessment, calling the
//! decisions of [`crate::rules`] (each in its area's file).
//!
//! Members are assessed in three passes, because some depend on others:
//! 1. members whose own activity decides (workers, posted workers, students);
//! 2. adults without activity (they may accompany an insured partner);
//! 3. minor children (they follow their parents).
//!
//! Then each member's documents, steps, milestones, payroll guidance,
//! warnings and explanations are derived from that cover (`Cx::member`).
//!
//! Every function that decides something names its rule ([`crate::rules`]),
//! whose sources are in `domain.md`.

use chrono::NaiveDate;

use crate::Lang;
use crate::error::{ErrorCode, InputError, InputErrors};
use crate::model::{ActivityKind, Household, Member, NirStatus, Relationship};
use crate::msg::Msg;
use crate::output::*;
use crate::policy::Policy;
use crate::rules::posting::Posting;
use crate::rules::{Fact, Rule};
use crate::text::T;
use crate::validate::{Checked, Index, validate};

/// What the caller chooses: evaluation date, language, policies.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// Evaluation date; beats the household's `as_of` (Decision 14).
    pub as_of: Option<NaiveDate>,
    /// Language of every text.
    pub lang: Lang,
    /// Policies (Decisions).
    pub policy: Policy,
    /// The caller's today: the evaluation date when neither [`Options::as_of`]
    /// nor the household's `as_of` gives one (Decision 14). The core reads
    /// no clock: a frontend that has one (the CLI) gives it here.
    pub today: Option<NaiveDate>,
    /// A partial household (contract §5): absent facts are unknown. Read by
    /// the frontends, which then decode and assess with [`crate::intake`];
    /// [`assess`] itself takes a complete household and ignores it.
    pub partial: bool,
}

impl Options {
    /// Sets the evaluation date.
    #[must_use]
    pub fn with_as_of(mut self, as_of: NaiveDate) -> Self {
        self.as_of = Some(as_of);
        self
    }
    /// Sets the caller's today, the last fallback of the evaluation date.
    #[must_use]
    pub fn with_today(mut self, today: NaiveDate) -> Self {
        self.today = Some(today);
        self
    }
    /// The evaluation date of `h` (Decision 14): [`Options::as_of`], else
    /// the household's `as_of`, else [`Options::today`]; none without any
    /// (then [`assess`] reports `missing_as_of`). The one place of this
    /// precedence, for every frontend.
    #[must_use]
    pub fn evaluation_date(&self, h: &Household) -> Option<NaiveDate> {
        self.as_of.or(h.as_of).or(self.today)
    }
    /// Marks the household as partial (contract §5).
    #[must_use]
    pub fn with_partial(mut self, partial: bool) -> Self {
        self.partial = partial;
        self
    }
    /// Sets the language.
    #[must_use]
    pub fn with_lang(mut self, lang: Lang) -> Self {
        self.lang = lang;
        self
    }
    /// Sets the policies.
    #[must_use]
    pub fn with_policy(mut self, policy: Policy) -> Self {
        self.policy = policy;
        self
    }
}

/// Assesses a household: for every member, the affiliation type and why,
/// documents, steps, milestones, payroll guidance and warnings.
///
/// Validates first and returns every problem found, never a partial result.
pub fn assess<'a>(h: &'a Household, options: &Options) -> Result<Assessment<'a>, InputErrors> {
    assess_recording(h, options, NoRecord)
}

/// [`assess`], recording with `rec` which facts each result's computation
/// reads (see [`Record`]; [`NoRecord`] records nothing, at no cost).
pub(crate) fn assess_recording<'a, R: Record>(
    h: &'a Household,
    options: &Options,
    rec: R,
) -> Result<Assessment<'a>, InputErrors> {
    let Some(as_of) = options.evaluation_date(h) else {
        // Report the missing date together with every other problem: the
        // date-dependent checks are skipped by validating at the end of time.
        let mut errors = vec![InputError::new(
            "as_of",
            ErrorCode::MissingAsOf,
            crate::text::T::ErrNoAsOf,
        )];
        if let Err(more) = validate(h, NaiveDate::MAX, &options.policy) {
            errors.extend(more.0);
        }
        return Err(InputErrors(errors).capped().in_lang(options.lang));
    };
    // Issue 10, item 15: the problems in the assessment's language.
    let (checked, index) =
        validate(h, as_of, &options.policy).map_err(|e| e.in_lang(options.lang))?;
    let cx = Cx {
        h,
        as_of,
        lang: options.lang,
        policy: &options.policy,
        checked: &checked,
        index: &index,
        adult_holds_talent_passport: std::cell::OnceCell::new(),
        filed_children: std::cell::OnceCell::new(),
        rec,
    };
    let covers = cx.covers();
    let members = h
        .members
        .iter()
        .enumerate()
        .map(|(i, m)| cx.member(i, m, &covers))
        .collect();
    Ok(Assessment {
        format: ASSESSMENT_FORMAT,
        secu_version: env!("CARGO_PKG_VERSION"),
        rules_version: RULES_VERSION,
        as_of,
        lang: options.lang,
        policies: options.policy.differences(),
        members,
        complete: true,
        questions: Vec::new(),
    })
}

/// A part of the assessment whose fact reads are recorded apart
/// ([`Record::frame`]): the covers of every member (the three passes), then,
/// per member, each function of [`Cx::member`] that computes output fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Frame {
    /// Member `i`'s cover (affiliation, basis, coverage date,
    /// identification, attachment, route), in every pass of `covers`.
    Cover(usize),
    /// Member `i`'s own part of [`Cx::member`]: `k` one of the `SUB_*`.
    Member(usize, usize),
}

/// [`Cx::member`]'s parts (`Frame::Member(i, SUB_…)`): `age`.
pub(crate) const SUB_AGE: usize = 0;
/// `dependent_status`.
pub(crate) const SUB_DEPENDENT: usize = 1;
/// `explain_affiliation`.
pub(crate) const SUB_EXPLAIN: usize = 2;
/// `fund`.
pub(crate) const SUB_FUND: usize = 3;
/// `documents`.
pub(crate) const SUB_DOCUMENTS: usize = 4;
/// `steps`.
pub(crate) const SUB_STEPS: usize = 5;
/// `payroll`.
pub(crate) const SUB_PAYROLL: usize = 6;
/// `milestones`.
pub(crate) const SUB_MILESTONES: usize = 7;
/// `member_warnings`.
pub(crate) const SUB_WARNINGS: usize = 8;
/// `nir`.
pub(crate) const SUB_NIR: usize = 9;
/// The number of parts.
pub(crate) const SUBS: usize = 10;

/// Records the facts the rules read (partial households, [`crate::intake`]):
/// every read of a member's input field by the rules goes through an
/// accessor of [`Cx`] that calls [`Record::read`]. Monomorphised:
/// [`NoRecord`] (the complete assessment) compiles to nothing.
pub(crate) trait Record {
    /// Whether anything is recorded (else the member index is not even computed).
    const ON: bool;
    /// Fact `f` of member `i` was read.
    fn read(&self, i: usize, f: Fact);
    /// The reads that follow belong to `frame`.
    fn frame(&self, frame: Frame);
    /// The current frame reads member `k`'s cover (so depends on what it read).
    fn cover(&self, k: usize);
}

/// Records nothing: the complete assessment.
#[derive(Clone, Copy, Debug)]
pub(crate) struct NoRecord;

impl Record for NoRecord {
    const ON: bool = false;
    #[inline(always)]
    fn read(&self, _: usize, _: Fact) {}
    #[inline(always)]
    fn frame(&self, _: Frame) {}
    #[inline(always)]
    fn cover(&self, _: usize) {}
}

/// The facts read, per frame and member: a bit per [`Fact`]; and the
/// covers each frame read, a bit per member (a member beyond the 64th sets
/// them all: every cover read, never fewer than were).
#[derive(Debug)]
pub(crate) struct Reads {
    n: usize,
    /// The current frame's slot.
    cur: std::cell::Cell<usize>,
    /// Its first index in `bits` (`cur * n`, kept: every read needs it).
    row: std::cell::Cell<usize>,
    bits: Vec<std::cell::Cell<u32>>,
    covers: Vec<std::cell::Cell<u64>>,
}

impl Reads {
    /// For a household of `n` members.
    pub(crate) fn new(n: usize) -> Self {
        Reads {
            n,
            cur: std::cell::Cell::new(0),
            row: std::cell::Cell::new(0),
            bits: vec![std::cell::Cell::new(0); n * (n + n * SUBS)],
            covers: vec![std::cell::Cell::new(0); n + n * SUBS],
        }
    }
    fn slot(&self, frame: Frame) -> usize {
        match frame {
            Frame::Cover(i) => i,
            Frame::Member(i, k) => self.n + i * SUBS + k,
        }
    }
    /// The facts read in `frame`, per member (a bit per `Fact as u32`).
    pub(crate) fn facts(&self, frame: Frame) -> &[std::cell::Cell<u32>] {
        let s = self.slot(frame) * self.n;
        self.bits.get(s..s + self.n).unwrap_or(&[])
    }
    /// The members whose cover `frame` read (a bit per member index).
    pub(crate) fn covers_read(&self, frame: Frame) -> u64 {
        self.covers
            .get(self.slot(frame))
            .map_or(u64::MAX, std::cell::Cell::get)
    }
}

impl Record for &Reads {
    const ON: bool = true;
    fn read(&self, i: usize, f: Fact) {
        if let Some(b) = self.bits.get(self.row.get() + i) {
            b.set(b.get() | 1 << f as u32);
        }
    }
    fn frame(&self, frame: Frame) {
        self.cur.set(self.slot(frame));
        self.row.set(self.slot(frame) * self.n);
    }
    fn cover(&self, k: usize) {
        if let Some(b) = self.covers.get(self.cur.get()) {
            b.set(
                b.get()
                    | 1u64
                        .checked_shl(u32::try_from(k).unwrap_or(u32::MAX))
                        .unwrap_or(u64::MAX),
            );
        }
    }
}

/// Everything the rules read.
pub(crate) struct Cx<'h, 'c, R: Record = NoRecord> {
    pub(crate) h: &'h Household,
    pub(crate) as_of: NaiveDate,
    pub(crate) lang: Lang,
    pub(crate) policy: &'c Policy,
    pub(crate) checked: &'c [Checked],
    /// Members by id and relationship: no rule scans the household to find
    /// one (issue 10, item 4).
    pub(crate) index: &'c Index<'h>,
    /// Whether the primary or a partner holds a Talent Passport, computed once.
    pub(crate) adult_holds_talent_passport: std::cell::OnceCell<bool>,
    /// The beneficiary children of each filing parent (by index), computed
    /// once from the covers.
    pub(crate) filed_children: std::cell::OnceCell<Vec<Vec<usize>>>,
    /// Records the facts read (partial households).
    pub(crate) rec: R,
}

/// Why a member has the cover they have (the main decision).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Route {
    /// Works in France.
    Activity,
    /// Posted worker (see [`Posting`]).
    Posted(Posting),
    /// Higher-education student: residence, exempt from 3 months.
    Student,
    /// Accompanies an insured partner (index).
    Accompanying { anchor: usize },
    /// Follows a posted family member (index) on S1 or home scheme.
    FollowsPosted { anchor: usize },
    /// Stable residence, 3 months.
    Residence,
    /// Minor beneficiary of insured parents.
    Beneficiary,
    /// Minor without an insured parent in the household; `no_parent` when
    /// no parent at all is listed (Decision 18).
    MinorAlone { no_parent: bool },
}

/// Decision 15: the other basis a member qualified on, when it gave a later
/// date than the one retained (explained, never silent).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Earliest {
    /// Own residence won over accompanying a family member, which gave
    /// `date`. (Accompanying winning is the usual case, explained by its
    /// own rule.)
    ResidenceOverAccompanying { date: NaiveDate },
    /// Accompanying won over the member's own activity, which starts on
    /// `date` (Decision 15: "own activity" is one of the bases compared).
    AccompanyingOverActivity { date: NaiveDate },
    /// Own stable residence won over the member's own activity, which
    /// starts on `date`.
    ResidenceOverActivity { date: NaiveDate },
}

/// The cover decided for one member.
#[derive(Clone, Debug)]
pub(crate) struct Cover {
    pub(crate) affiliation: Affiliation,
    pub(crate) basis: Basis,
    pub(crate) route: Route,
    pub(crate) covered_from: Option<NaiveDate>,
    pub(crate) identification: bool,
    /// Members this one is attached to (children) — indexes.
    pub(crate) attached_to: Parents,
    /// The parent filing the S3705 (children).
    pub(crate) filer: Option<usize>,
    /// Assumed parents (warning).
    pub(crate) parents_assumed: bool,
    /// Still a minor dependant at `as_of` (before beneficiary end).
    pub(crate) dependent: bool,
    /// Previous insurance assumed (warning code, if any).
    pub(crate) assumed: Option<WarningCode>,
    /// The later basis not retained (Decision 15).
    pub(crate) earliest: Option<Earliest>,
}

impl<'h, R: Record> Cx<'h, '_, R> {
    /// Member `m`'s index (`m` is one of `self.h.members`).
    #[inline(always)]
    fn idx(&self, m: &Member) -> usize {
        // An address difference, not a search: only computed when recording.
        (std::ptr::from_ref(m) as usize - self.h.members.as_ptr() as usize)
            / std::mem::size_of::<Member>().max(1)
    }

    /// Fact `f` of member `m` is read (recorded when partial).
    #[inline(always)]
    pub(crate) fn note(&self, m: &Member, f: Fact) {
        if R::ON {
            self.rec.read(self.idx(m), f);
        }
    }

    /// Member `k`'s cover, read (recorded when partial): every read of
    /// another member's cover goes through here.
    #[inline(always)]
    pub(crate) fn cover_of<'x, C>(&self, covers: &'x [C], k: usize) -> &'x C {
        if R::ON {
            self.rec.cover(k);
        }
        &covers[k]
    }

    /// Fact `f` of member `i` is read.
    #[inline(always)]
    pub(crate) fn note_i(&self, i: usize, f: Fact) {
        if R::ON {
            self.rec.read(i, f);
        }
    }

    // The accessors: every read of a member's input field by the rules (a
    // read that bypasses them would make a wrong "settled" in a partial
    // assessment; `tests/it/intake.rs` perturbs the facts not recorded).

    pub(crate) fn member_age(&self, i: usize) -> u32 {
        self.note_i(i, Fact::BirthDate);
        self.checked[i].age
    }
    pub(crate) fn age_months(&self, i: usize) -> Option<u32> {
        self.note_i(i, Fact::BirthDate);
        self.checked[i].age_months
    }
    pub(crate) fn birth_date(&self, m: &Member) -> NaiveDate {
        self.note(m, Fact::BirthDate);
        m.birth_date
    }
    pub(crate) fn sex(&self, m: &Member) -> Option<crate::model::Sex> {
        self.note(m, Fact::Sex);
        m.sex
    }
    pub(crate) fn nationality(&self, m: &Member) -> crate::Country {
        self.note(m, Fact::Nationality);
        m.nationality
    }
    pub(crate) fn birth_country(&self, m: &Member) -> crate::Country {
        self.note(m, Fact::BirthCountry);
        m.birth_country
    }
    /// The checked NIR of member `i`.
    pub(crate) fn nir(&self, i: usize) -> Option<&crate::id::nir::Nir> {
        self.note_i(i, Fact::Nir);
        self.checked[i].nir.as_ref()
    }
    // The validator refuses a status or an issue date without a number, an
    // issue date on a certified number, a union country on another member
    // than a partner, parents on another than a child (form.rs): those
    // accessors read the deciding fact first, and the field only where it
    // can be given (the interview then does not ask it elsewhere).
    pub(crate) fn nir_status(&self, m: &Member) -> Option<NirStatus> {
        self.note(m, Fact::Nir);
        m.nir.as_ref()?;
        self.note(m, Fact::NirStatus);
        m.nir_status
    }
    pub(crate) fn nia_issued_on(&self, m: &Member) -> Option<NaiveDate> {
        if self.nir_status(m) != Some(NirStatus::Provisional) {
            return None;
        }
        self.note(m, Fact::NiaIssuedOn);
        m.nia_issued_on
    }
    pub(crate) fn previously_insured(&self, m: &Member) -> Option<bool> {
        self.note(m, Fact::PreviouslyInsured);
        m.previously_insured_in_france
    }
    // The fields `form.rs` marks as ignored by the rules where they do not
    // apply read the deciding fact first, with `form.rs`'s own predicates,
    // and give the default elsewhere: the interview then does not ask them
    // there (the relationship is always known).
    pub(crate) fn in_education(&self, m: &Member) -> bool {
        if !crate::form::is_child(m.relationship) {
            return false;
        }
        self.note(m, Fact::InEducation);
        m.in_education
    }
    pub(crate) fn autonomy_requested(&self, m: &Member) -> bool {
        if !crate::form::is_child(m.relationship) {
            return false;
        }
        self.note(m, Fact::AutonomyRequested);
        m.autonomy_requested
    }
    pub(crate) fn union_country(&self, m: &Member) -> Option<crate::Country> {
        if !m.relationship.is_partner() {
            return None;
        }
        self.note(m, Fact::UnionCountry);
        m.union_country
    }
    pub(crate) fn parents<'m>(&self, m: &'m Member) -> Option<&'m Vec<String>> {
        if m.relationship != Relationship::Child {
            return None;
        }
        self.note(m, Fact::Parents);
        m.parents.as_ref()
    }
    pub(crate) fn arrival(&self, m: &Member) -> Option<NaiveDate> {
        self.note(m, Fact::ArrivalDate);
        m.residence.as_ref().and_then(|r| r.arrival_date)
    }
    pub(crate) fn permit(&self, m: &Member) -> Option<crate::model::Permit> {
        self.note(m, Fact::Permit);
        m.residence.as_ref().and_then(|r| r.permit)
    }
    pub(crate) fn permit_valid_from(&self, m: &Member) -> Option<NaiveDate> {
        if !self.permit(m).is_some_and(crate::model::Permit::is_held) {
            return None;
        }
        self.note(m, Fact::PermitValidFrom);
        m.residence.as_ref().and_then(|r| r.permit_valid_from)
    }
    pub(crate) fn permit_valid_until(&self, m: &Member) -> Option<NaiveDate> {
        if !self.permit(m).is_some_and(crate::model::Permit::is_held) {
            return None;
        }
        self.note(m, Fact::PermitValidUntil);
        m.residence.as_ref().and_then(|r| r.permit_valid_until)
    }
    /// The fund found from member `k`'s postcode.
    pub(crate) fn postcode_fund(
        &self,
        k: usize,
    ) -> Option<&crate::data::departments::PostcodeFund> {
        self.note_i(k, Fact::Postcode);
        self.checked[k].postcode.as_ref()
    }
    pub(crate) fn start(&self, m: &Member) -> Option<NaiveDate> {
        if !crate::form::has_activity(self.kind(m)) {
            return None;
        }
        self.note(m, Fact::ActivityStart);
        m.activity.as_ref().and_then(|a| a.start_date)
    }
    pub(crate) fn kind(&self, m: &Member) -> ActivityKind {
        self.note(m, Fact::ActivityKind);
        m.activity.as_ref().map_or(ActivityKind::None, |a| a.kind)
    }
    pub(crate) fn sector(&self, m: &Member) -> crate::model::Sector {
        if !crate::form::sector_counts(self.kind(m)) {
            return crate::model::Sector::General;
        }
        self.note(m, Fact::Sector);
        m.activity
            .as_ref()
            .map_or(crate::model::Sector::General, |a| a.sector)
    }
    /// The checked SIREN of member `i`'s employer.
    pub(crate) fn siren(&self, i: usize) -> Option<&crate::id::siren::Siren> {
        if !crate::form::is_employed(self.kind(&self.h.members[i])) {
            return None;
        }
        self.note_i(i, Fact::EmployerSiren);
        self.checked[i].siren.as_ref()
    }
    pub(crate) fn payroll_id<'m>(&self, m: &'m Member) -> Option<&'m str> {
        if !crate::form::is_employed(self.kind(m)) {
            return None;
        }
        self.note(m, Fact::PayrollId);
        m.activity
            .as_ref()
            .and_then(|a| a.employer.as_ref())
            .and_then(|e| e.payroll_id.as_deref())
    }
    /// The posting (its country, certificate and end: all three recorded).
    /// Only a posted worker has one (the validator refuses it otherwise,
    /// and requires it for `posted`): the kind is read first.
    pub(crate) fn posting_of<'m>(&self, m: &'m Member) -> Option<&'m crate::model::Posting> {
        if self.kind(m) != ActivityKind::Posted {
            return None;
        }
        self.note(m, Fact::PostedFrom);
        self.note(m, Fact::PostingCertificate);
        self.note(m, Fact::PostingEnd);
        m.activity.as_ref().and_then(|a| a.posting.as_ref())
    }

    /// The first partner of the primary (spouse, civil or cohabiting partner).
    pub(crate) fn partner_of_primary(&self) -> Option<usize> {
        self.index.partner
    }

    pub(crate) fn primary(&self) -> Option<usize> {
        self.index.primary
    }

    /// The three passes.
    pub(crate) fn covers(&self) -> Vec<Cover> {
        let n = self.h.members.len();
        let mut covers: Vec<Option<Cover>> = vec![None; n];
        // Pass 1: own activity decides.
        // Each step for member `i` is recorded as `Frame::Cover(i)`.
        let at = |i: usize| self.rec.frame(Frame::Cover(i));
        for (i, m) in self.h.members.iter().enumerate() {
            at(i);
            covers[i] = self.own_activity_cover(i, m);
        }
        // Decision 15: a worker whose own activity starts after the date
        // accompanying an insured family member, or their own stable
        // residence, gives is covered from the earliest date (measured
        // against the others' own activity, no cycle). On a tie the activity
        // stays, then accompanying: neither needs proof of 3 months' residence.
        let workers = covers.clone();
        for (i, m) in self.h.members.iter().enumerate() {
            at(i);
            let Some(c) = &workers[i] else { continue };
            if c.route != Route::Activity || self.is_dependent_age(m) {
                continue;
            }
            let Some(own) = c.covered_from else { continue };
            let mut best = own;
            if let Some((a, Some(acc))) = self.accompanying_option(i, m, &workers)
                && acc < best
            {
                let mut nc = self.cover(
                    c.affiliation,
                    Basis::AccompanyingFamily,
                    Route::Accompanying { anchor: a },
                );
                nc.identification = c.identification;
                nc.assumed = c.assumed;
                nc.covered_from = Some(acc);
                nc.earliest = Some(Earliest::AccompanyingOverActivity { date: own });
                covers[i] = Some(nc);
                best = acc;
            }
            let mut res = self.residence_cover(i, m);
            if res.covered_from.is_some_and(|d| d < best) {
                res.earliest = Some(Earliest::ResidenceOverActivity { date: own });
                covers[i] = Some(res);
            }
        }
        // Pass 2: adults without an own cover. Each may accompany an insured
        // family member (Decision 15): a partner is measured against the
        // other partner's own basis (their own residence route when they
        // have no activity either), which keeps the comparison free of
        // cycles; an adult child against the parents' final cover.
        let adults: Vec<usize> = (0..n)
            .filter(|&i| {
                at(i);
                covers[i].is_none() && !self.is_dependent_age(&self.h.members[i])
            })
            .collect();
        // Each adult's own residence basis: an adult child's serves the view
        // below; a partner's only the other partner, and is computed (and
        // its facts recorded in that partner's cover) only where read: a
        // partner following a posted worker is then not asked the facts of
        // a residence basis nobody weighs. (It reads no cover: computing it
        // later gives the same.)
        let mut own = covers.clone();
        for &i in &adults {
            if self.h.members[i].relationship == Relationship::Child {
                at(i);
                own[i] = Some(self.residence_cover(i, &self.h.members[i]));
            }
        }
        for &i in &adults {
            let m = &self.h.members[i];
            if m.relationship != Relationship::Child {
                // The anchor `adult_cover` measures against (its anchors).
                let anchor = if m.relationship == Relationship::Primary {
                    self.partner_of_primary()
                } else {
                    self.primary()
                };
                if let Some(a) = anchor
                    && a != i
                    && own.get(a).is_some_and(Option::is_none)
                    && adults.contains(&a)
                {
                    at(a);
                    own[a] = Some(self.residence_cover(a, &self.h.members[a]));
                }
                at(i);
                covers[i] = Some(self.adult_cover(i, m, &own));
            }
        }
        // Adult children do not anchor on one another: one view serves them all.
        let view: Vec<Option<Cover>> = covers
            .iter()
            .zip(&own)
            .map(|(c, o)| c.clone().or_else(|| o.clone()))
            .collect();
        for &i in &adults {
            at(i);
            let m = &self.h.members[i];
            if m.relationship == Relationship::Child {
                covers[i] = Some(self.adult_cover(i, m, &view));
            }
        }
        // Pass 3: minor children.
        for (i, m) in self.h.members.iter().enumerate() {
            at(i);
            if covers[i].is_none() {
                covers[i] = Some(self.child_cover(i, m, &covers));
            }
        }
        covers
            .into_iter()
            .enumerate()
            .map(|(i, c)| {
                c.unwrap_or_else(|| {
                    at(i);
                    self.residence_cover(i, &self.h.members[i])
                })
            })
            .collect()
    }

    pub(crate) fn cover(&self, affiliation: Affiliation, basis: Basis, route: Route) -> Cover {
        Cover {
            affiliation,
            basis,
            route,
            covered_from: None,
            identification: false,
            attached_to: Parents::default(),
            filer: None,
            parents_assumed: false,
            dependent: false,
            assumed: None,
            earliest: None,
        }
    }
}

/// At most two member indexes (a child has at most two legal parents: the
/// validator refuses more), kept inline to spare an allocation per child.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Parents {
    pub(crate) items: [usize; 2],
    pub(crate) len: usize,
}

impl std::ops::Deref for Parents {
    type Target = [usize];
    fn deref(&self) -> &[usize] {
        &self.items[..self.len]
    }
}

impl FromIterator<usize> for Parents {
    fn from_iter<I: IntoIterator<Item = usize>>(iter: I) -> Self {
        let mut p = Parents::default();
        for i in iter.into_iter().take(2) {
            p.items[p.len] = i;
            p.len += 1;
        }
        p
    }
}

pub(crate) fn max_known(a: Option<NaiveDate>, b: Option<NaiveDate>) -> Option<NaiveDate> {
    Some(a?.max(b?))
}

/// Collects one member's output.
pub(crate) struct Out<'a> {
    pub(crate) lang: Lang,
    /// The member's sex, for the texts that agree with the person (read
    /// raw, not as a fact: it changes no result, only words).
    pub(crate) sex: Option<crate::model::Sex>,
    pub(crate) documents: Vec<Document<'a>>,
    pub(crate) warnings: Vec<Warning>,
    pub(crate) explanation: Vec<Explanation>,
    pub(crate) milestones: Vec<Milestone>,
}

impl<'a> Out<'a> {
    pub(crate) fn msg(&self, key: T) -> Msg {
        Msg::new(key, self.lang)
    }

    pub(crate) fn warn(&mut self, code: WarningCode, message: Msg) {
        let message = message.sex(self.sex);
        if !self
            .warnings
            .iter()
            .any(|w| w.code == code && w.message == message)
        {
            self.warnings.push(Warning { code, message });
        }
    }

    pub(crate) fn warn0(&mut self, code: WarningCode) {
        let m = self.msg(code.text());
        self.warn(code, m);
    }

    pub(crate) fn explain(&mut self, rule: &'static Rule, conclusion: Msg) {
        self.explanation.push(Explanation {
            rule: rule.id,
            conclusion: conclusion.sex(self.sex),
            sources: rule.sources,
            confidence: rule.confidence,
        });
    }

    pub(crate) fn milestone(&mut self, kind: MilestoneKind, date: Option<NaiveDate>) {
        if let Some(date) = date {
            self.milestones.push(Milestone { kind, date });
        }
    }

    /// A document with no alternatives and no translation.
    pub(crate) fn simple_doc(
        &mut self,
        kind: DocKind,
        reason: Msg,
        sources: &'static [&'static str],
    ) -> &mut Document<'a> {
        self.doc(kind, reason, sources, &[], false)
    }

    pub(crate) fn doc(
        &mut self,
        kind: DocKind,
        reason: Msg,
        sources: &'static [&'static str],
        alternatives: &'static [Alt],
        translation_required: bool,
    ) -> &mut Document<'a> {
        if let Some(pos) = self.documents.iter().position(|d| d.kind == kind) {
            let d = &mut self.documents[pos];
            d.translation_required |= translation_required;
            return d;
        }
        self.documents.push(Document {
            kind,
            label: Msg::new(kind.text(), self.lang).sex(self.sex),
            reason: reason.sex(self.sex),
            sources,
            alternatives: Alternatives {
                items: alternatives,
                lang: self.lang,
            },
            translation_required,
            covers: &[],
            for_members: Vec::new(),
        });
        let last = self.documents.len() - 1;
        &mut self.documents[last]
    }
}

impl<'h, R: Record> Cx<'h, '_, R> {
    /// One member's full assessment.
    pub(crate) fn member(&self, i: usize, m: &'h Member, covers: &[Cover]) -> MemberAssessment<'h> {
        let c = &covers[i];
        // Each part's reads are recorded apart (`Frame`); a part given the
        // age reads the birth date too.
        let part = |k: usize| {
            self.rec.frame(Frame::Member(i, k));
            self.note_i(i, Fact::BirthDate);
        };
        self.rec.frame(Frame::Member(i, SUB_AGE));
        let age = self.member_age(i);
        let mut out = Out {
            lang: self.lang,
            sex: m.sex,
            documents: Vec::with_capacity(12),
            warnings: Vec::with_capacity(4),
            explanation: Vec::with_capacity(12),
            milestones: Vec::with_capacity(6),
        };
        part(SUB_DEPENDENT);
        let dependent_status = self.dependent_status(m, c, age, &mut out);
        part(SUB_EXPLAIN);
        // The texts about the person agree with their sex (docs/l10n.md):
        // read as a fact, so that a partial household asks it (contract §5;
        // "unknown" stays an answer: the texts then take the generic form).
        let _ = self.sex(m);
        self.explain_affiliation(i, m, c, covers, &mut out);
        part(SUB_FUND);
        let fund = self.fund(i, m, c, covers, &mut out);
        part(SUB_DOCUMENTS);
        self.documents(i, m, c, covers, age, dependent_status, &mut out);
        part(SUB_STEPS);
        let mut steps = self.steps(i, m, c, age, dependent_status);
        // The fund acting at a step is the member's actual fund (CGSS, CSSM
        // or MSA where it is one of them: domain.md §2.9), not "the CPAM".
        let fund_actor = Actor::fund(fund.map(|f| f.kind));
        for s in &mut steps {
            if s.actor == Actor::Cpam {
                s.actor = fund_actor;
            }
        }
        part(SUB_PAYROLL);
        let payroll = self.payroll(i, m, &mut out);
        part(SUB_MILESTONES);
        self.milestones(i, m, c, &mut out);
        part(SUB_WARNINGS);
        self.member_warnings(i, m, c, age, &mut out);
        out.milestones.retain(|ms| ms.date >= self.as_of);
        crate::sort::small_sort_by(&mut out.milestones, |a, b| {
            (a.date, a.kind).cmp(&(b.date, b.kind))
        });
        self.rec.frame(Frame::Member(i, SUB_AGE));
        let age_months = self.age_months(i);
        self.rec.frame(Frame::Member(i, SUB_NIR));
        let nir = self.nir(i).map(|n| MaskedNir {
            masked: n.to_string(),
            key: n.key(),
            key_given: n.key_given(),
            provisional: self.nir_status(m) == Some(NirStatus::Provisional),
        });
        MemberAssessment {
            id: &m.id,
            label: m.label.as_deref(),
            age,
            age_months,
            nir,
            affiliation: c.affiliation,
            basis: c.basis,
            covered_from: c.covered_from,
            identification_required: c.identification,
            dependent_status,
            attached_to: c
                .attached_to
                .iter()
                .map(|&p| self.h.members[p].id.as_str())
                .collect(),
            fund,
            milestones: out.milestones,
            documents: out.documents,
            steps,
            payroll,
            warnings: out.warnings,
            explanation: out.explanation,
            provisional: Vec::new(),
            sex: m.sex,
        }
    }
}
