//! The rules: from a validated household to an assessment.
//!
//! Members are assessed in three passes, because some depend on others:
//! 1. members whose own activity decides (workers, posted workers, students);
//! 2. adults without activity (they may accompany an insured partner);
//! 3. minor children (they follow their parents).
//!
//! Then each member's documents, steps, milestones, payroll guidance,
//! warnings and explanations are derived from that cover.
//!
//! Every function that decides something names its rule ([`crate::rules`]),
//! whose sources are in `domain.md`.

use chrono::NaiveDate;

use crate::data::agreements::{self, AgreementKind, HealthAtHome};
use crate::data::delays;
use crate::data::departments::FundKind as DeptFundKind;
use crate::date;
use crate::error::{ErrorCode, InputError, InputErrors};
use crate::id::ntt;
use crate::model::{
    ActivityKind, Certificate, Household, Member, NirStatus, Permit, Relationship, Sector,
};
use crate::msg::{Arg, Msg};
use crate::output::*;
use crate::policy::{
    AccompanyingFamily, BeneficiaryEnd, CardAndAccount, ChildAttachment, Legalisation, Policy,
    ResidenceStart, UnknownAgreementScope, UnknownPreviousInsurance,
};
use crate::rules::{self, Rule};
use crate::text::T;
use crate::validate::{Checked, Index, validate};
use crate::{Country, Lang};

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
    })
}

/// Everything the rules read.
struct Cx<'h, 'c> {
    h: &'h Household,
    as_of: NaiveDate,
    lang: Lang,
    policy: &'c Policy,
    checked: &'c [Checked],
    /// Members by id and relationship: no rule scans the household to find
    /// one (issue 10, item 4).
    index: &'c Index<'h>,
    /// Whether the primary or a partner holds a Talent Passport, computed once.
    adult_holds_talent_passport: std::cell::OnceCell<bool>,
    /// The beneficiary children of each filing parent (by index), computed
    /// once from the covers.
    filed_children: std::cell::OnceCell<Vec<Vec<usize>>>,
}

/// How a posting resolves (Decision 7).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Posting {
    /// EEA/Swiss/UK with an A1: S1 registration, home scheme pays.
    S1 { uk: bool },
    /// Agreement keeps health at home: no French affiliation.
    HomeScheme {
        country: Country,
        unverified: bool,
        private_cover: bool,
    },
    /// French affiliation applies for health (agreement excludes health, no
    /// certificate, no agreement, or unknown scope under the override policy).
    French {
        why: FrenchPosting,
        country: Country,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum FrenchPosting {
    AgreementExcludesHealth,
    NoCertificate,
    NoAgreement,
    ScopeUnverified,
}

/// Why a member has the cover they have (the main decision).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Route {
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
enum Earliest {
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
struct Cover {
    affiliation: Affiliation,
    basis: Basis,
    route: Route,
    covered_from: Option<NaiveDate>,
    identification: bool,
    /// Members this one is attached to (children) — indexes.
    attached_to: Parents,
    /// The parent filing the S3705 (children).
    filer: Option<usize>,
    /// Assumed parents (warning).
    parents_assumed: bool,
    /// Still a minor dependant at `as_of` (before beneficiary end).
    dependent: bool,
    /// Previous insurance assumed (warning code, if any).
    assumed: Option<WarningCode>,
    /// The later basis not retained (Decision 15).
    earliest: Option<Earliest>,
}

impl<'h> Cx<'h, '_> {
    fn member_age(&self, i: usize) -> u32 {
        self.checked[i].age
    }

    /// Decision 1: the date beneficiary status ends for someone born on `birth`.
    fn beneficiary_end(&self, birth: NaiveDate) -> Option<NaiveDate> {
        let majority = date::anniversary(birth, 18, self.policy.leap_day_birthday)?;
        match self.policy.beneficiary_end {
            BeneficiaryEnd::EighteenthBirthday => Some(majority),
            BeneficiaryEnd::FixedDate { month, day } => {
                let y = chrono::Datelike::year(&majority);
                let m = month.clamp(1, 12);
                let fixed = (1..=day.clamp(1, 31))
                    .rev()
                    .find_map(|d| NaiveDate::from_ymd_opt(y, m, d))?;
                Some(fixed.max(majority))
            }
        }
    }

    /// A child who is still a minor dependant at `as_of` (rule `affiliation.minor_beneficiary`).
    fn is_dependent_age(&self, m: &Member) -> bool {
        m.relationship == Relationship::Child
            && self
                .beneficiary_end(m.birth_date)
                .is_some_and(|end| self.as_of < end)
    }

    /// The first partner of the primary (spouse, civil or cohabiting partner).
    fn partner_of_primary(&self) -> Option<usize> {
        self.index.partner
    }

    fn primary(&self) -> Option<usize> {
        self.index.primary
    }

    /// Decision 7: how a posting resolves.
    fn posting(&self, m: &Member) -> Option<Posting> {
        let a = m.activity.as_ref()?;
        let p = a.posting.as_ref()?;
        let from = p.from_country;
        let eu_like = from.is_eea_or_switzerland() && !from.is_france() || from == Country::GB;
        if p.certificate == Certificate::None {
            return Some(Posting::French {
                why: FrenchPosting::NoCertificate,
                country: from,
            });
        }
        if eu_like {
            return Some(Posting::S1 {
                uk: from == Country::GB,
            });
        }
        let Some(ag) = agreements::agreement(from) else {
            return Some(Posting::French {
                why: FrenchPosting::NoAgreement,
                country: from,
            });
        };
        match ag.health_kept_at_home {
            HealthAtHome::Yes => Some(Posting::HomeScheme {
                country: from,
                unverified: false,
                private_cover: ag.private_cover_required,
            }),
            HealthAtHome::No => Some(Posting::French {
                why: FrenchPosting::AgreementExcludesHealth,
                country: from,
            }),
            HealthAtHome::Unknown => match self.policy.unknown_agreement_scope {
                UnknownAgreementScope::HomeScheme => Some(Posting::HomeScheme {
                    country: from,
                    unverified: true,
                    private_cover: false,
                }),
                UnknownAgreementScope::FrenchAffiliation => Some(Posting::French {
                    why: FrenchPosting::ScopeUnverified,
                    country: from,
                }),
            },
        }
    }

    /// Decision 11: registration or reactivation, and identification.
    fn french_own(&self, i: usize, m: &Member) -> (Affiliation, bool, Option<WarningCode>) {
        let born_in_france = m.birth_country.is_france();
        let french = m.nationality.is_france();
        let nir = self.checked[i].nir.as_ref();
        let certified = nir.is_some() && m.nir_status.unwrap_or_default() == NirStatus::Certified;
        let provisional = nir.is_some() && !certified;
        let (aff, assumed) = match m.previously_insured_in_france {
            Some(true) => (Affiliation::Reactivation, None),
            Some(false) if certified && !born_in_france && !french => (
                Affiliation::Reactivation,
                Some(WarningCode::NirImpliesPreviousInsurance),
            ),
            Some(false) => (Affiliation::Registration, None),
            None if certified && !born_in_france => (Affiliation::Reactivation, None),
            None if provisional => (Affiliation::Registration, None),
            None => match self.policy.unknown_previous_insurance {
                UnknownPreviousInsurance::AssumeNever => (
                    Affiliation::Registration,
                    Some(WarningCode::AssumedNeverInsured),
                ),
                UnknownPreviousInsurance::AssumeInsured => (
                    Affiliation::Reactivation,
                    Some(WarningCode::AssumedPreviouslyInsured),
                ),
            },
        };
        let identification =
            aff == Affiliation::Registration && self.needs_identification(m, certified);
        (aff, identification, assumed)
    }

    /// Rule `affiliation.identification`: born abroad, no certified NIR, not
    /// previously insured, not French.
    fn needs_identification(&self, m: &Member, certified_nir: bool) -> bool {
        !m.birth_country.is_france()
            && !m.nationality.is_france()
            && !certified_nir
            && m.previously_insured_in_france != Some(true)
    }

    fn certified(&self, i: usize, m: &Member) -> bool {
        self.checked[i].nir.is_some() && m.nir_status.unwrap_or_default() == NirStatus::Certified
    }

    fn arrival(&self, m: &Member) -> Option<NaiveDate> {
        m.residence.as_ref().and_then(|r| r.arrival_date)
    }

    fn start(&self, m: &Member) -> Option<NaiveDate> {
        m.activity.as_ref().and_then(|a| a.start_date)
    }

    fn kind(&self, m: &Member) -> ActivityKind {
        m.activity.as_ref().map_or(ActivityKind::None, |a| a.kind)
    }

    /// Residence route start (Decision 13): the day after the 3-month
    /// anniversary of arrival, not before the permit for non-EEA nationals.
    fn residence_start(&self, m: &Member, wait: bool) -> Option<NaiveDate> {
        let arrival = self.arrival(m)?;
        let mut start = if wait {
            let anniversary = delays::RESIDENCE_CONDITION.after(arrival)?;
            match self.policy.residence_start {
                ResidenceStart::DayAfterThreeMonths => anniversary.succ_opt()?,
                ResidenceStart::ThreeMonthAnniversary => anniversary,
            }
        } else {
            arrival
        };
        if !m.nationality.is_eea_or_switzerland()
            && let Some(from) = m.residence.as_ref().and_then(|r| r.permit_valid_from)
        {
            start = start.max(from);
        }
        Some(start)
    }

    /// The three passes.
    fn covers(&self) -> Vec<Cover> {
        let n = self.h.members.len();
        let mut covers: Vec<Option<Cover>> = vec![None; n];
        // Pass 1: own activity decides.
        for (i, m) in self.h.members.iter().enumerate() {
            covers[i] = self.own_activity_cover(i, m);
        }
        // Decision 15: a worker whose own activity starts after the date
        // accompanying an insured family member, or their own stable
        // residence, gives is covered from the earliest date (measured
        // against the others' own activity, no cycle). On a tie the activity
        // stays, then accompanying: neither needs proof of 3 months' residence.
        let workers = covers.clone();
        for (i, m) in self.h.members.iter().enumerate() {
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
            .filter(|&i| covers[i].is_none() && !self.is_dependent_age(&self.h.members[i]))
            .collect();
        let mut own = covers.clone();
        for &i in &adults {
            own[i] = Some(self.residence_cover(i, &self.h.members[i]));
        }
        for &i in &adults {
            let m = &self.h.members[i];
            if m.relationship != Relationship::Child {
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
            let m = &self.h.members[i];
            if m.relationship == Relationship::Child {
                covers[i] = Some(self.adult_cover(i, m, &view));
            }
        }
        // Pass 3: minor children.
        for (i, m) in self.h.members.iter().enumerate() {
            if covers[i].is_none() {
                covers[i] = Some(self.child_cover(i, m, &covers));
            }
        }
        covers
            .into_iter()
            .enumerate()
            .map(|(i, c)| c.unwrap_or_else(|| self.residence_cover(i, &self.h.members[i])))
            .collect()
    }

    fn cover(&self, affiliation: Affiliation, basis: Basis, route: Route) -> Cover {
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

    /// Pass 1 (rules `affiliation.activity`, `affiliation.posted_*`, `affiliation.student`).
    fn own_activity_cover(&self, i: usize, m: &Member) -> Option<Cover> {
        let kind = self.kind(m);
        let dependent_age = self.is_dependent_age(m);
        let french = |route: Route, basis: Basis, from: Option<NaiveDate>| {
            let (aff, identification, assumed) = self.french_own(i, m);
            let mut c = self.cover(aff, basis, route);
            c.identification = identification;
            c.assumed = assumed;
            c.covered_from = from;
            c
        };
        match kind {
            ActivityKind::Employed | ActivityKind::SelfEmployed => {
                Some(french(Route::Activity, Basis::Activity, self.start(m)))
            }
            ActivityKind::Posted => {
                let posting = self.posting(m)?;
                Some(match posting {
                    Posting::S1 { .. } => {
                        let mut c = self.cover(
                            Affiliation::S1Registration,
                            Basis::S1,
                            Route::Posted(posting),
                        );
                        c.identification = self.needs_identification(m, self.certified(i, m));
                        c.covered_from = self.start(m);
                        c
                    }
                    Posting::HomeScheme { .. } => {
                        self.cover(Affiliation::None, Basis::HomeScheme, Route::Posted(posting))
                    }
                    Posting::French { .. } => {
                        french(Route::Posted(posting), Basis::Activity, self.start(m))
                    }
                })
            }
            // A student under 18 is a beneficiary (autonomous from 16): pass 3.
            ActivityKind::Student if !dependent_age => {
                let from = self.residence_start(m, false);
                Some(french(Route::Student, Basis::Residence, from))
            }
            _ => None,
        }
    }

    /// Pass 2: an adult without activity of their own.
    fn adult_cover(&self, i: usize, m: &Member, covers: &[Option<Cover>]) -> Cover {
        // The people this adult may depend on: the primary's partner for the
        // primary, the primary for a partner, the parents for an adult child.
        let child = m.relationship == Relationship::Child;
        let anchors: Parents = match m.relationship {
            Relationship::Primary => self.partner_of_primary().into_iter().collect(),
            r if r.is_partner() => self.primary().into_iter().collect(),
            _ => self.parents_of(i, m).0,
        };
        let anchor_cover = |a: usize| covers[a].as_ref();
        // A partner follows a posted worker (Decision 7).
        if !child
            && let Some(&a) = anchors.first()
            && let Some(ac) = anchor_cover(a)
        {
            match ac.route {
                Route::Posted(Posting::S1 { .. }) => {
                    let mut c = self.cover(
                        Affiliation::S1Registration,
                        Basis::S1,
                        Route::FollowsPosted { anchor: a },
                    );
                    c.identification = self.needs_identification(m, self.certified(i, m));
                    c.covered_from = max_known(self.arrival(m), ac.covered_from);
                    return c;
                }
                Route::Posted(Posting::HomeScheme { .. }) => {
                    return self.cover(
                        Affiliation::None,
                        Basis::HomeScheme,
                        Route::FollowsPosted { anchor: a },
                    );
                }
                _ => {}
            }
        }
        // An adult child of a worker who stays on the home scheme follows them
        // (Decision 7).
        if child
            && let Some(&p) = anchors.iter().find(|&&p| {
                anchor_cover(p)
                    .is_some_and(|c| matches!(c.route, Route::Posted(Posting::HomeScheme { .. })))
            })
        {
            return self.cover(
                Affiliation::None,
                Basis::HomeScheme,
                Route::FollowsPosted { anchor: p },
            );
        }
        let own = self.residence_cover(i, m);
        let Some((a, from)) = self.accompanying_option(i, m, covers) else {
            return own;
        };
        // Earliest wins; on a tie, the basis that needs no proof of 3 months'
        // residence (accompanying). An unknown accompanying date keeps the
        // accompanying basis: it cannot be shown to be later.
        if let (Some(acc), Some(res)) = (from, own.covered_from)
            && res < acc
        {
            let mut c = own;
            c.earliest = Some(Earliest::ResidenceOverAccompanying { date: acc });
            return c;
        }
        let mut c = self.cover(
            own.affiliation,
            Basis::AccompanyingFamily,
            Route::Accompanying { anchor: a },
        );
        c.identification = own.identification;
        c.assumed = own.assumed;
        c.covered_from = from;
        c
    }

    /// Decision 15: the family member this member may join or accompany, and
    /// the date that gives. Accompanying needs a family member who is
    /// insured (activity, an S1, or the residence route) and gives at best
    /// that person's covered-from date; Decision 17: an adult child
    /// accompanies an insured parent like a partner. The partner for the
    /// primary, the primary for a partner, the parents for an adult child;
    /// the earliest insured one counts.
    fn accompanying_option(
        &self,
        i: usize,
        m: &Member,
        covers: &[Option<Cover>],
    ) -> Option<(usize, Option<NaiveDate>)> {
        let child = m.relationship == Relationship::Child;
        let anchors: Parents = match m.relationship {
            Relationship::Primary => self.partner_of_primary().into_iter().collect(),
            r if r.is_partner() => self.primary().into_iter().collect(),
            _ => self.parents_of(i, m).0,
        };
        let insured = |c: &Cover| {
            matches!(
                c.affiliation,
                Affiliation::Registration | Affiliation::Reactivation
            ) || (child && c.affiliation == Affiliation::S1Registration)
        };
        let date = |ac: &Cover| match self.policy.accompanying_family {
            AccompanyingFamily::NoWait => max_known(self.arrival(m), ac.covered_from),
            AccompanyingFamily::ThreeMonths => {
                max_known(self.residence_start(m, true), ac.covered_from)
            }
        };
        anchors
            .iter()
            .filter(|&&a| a != i)
            .filter_map(|&a| {
                covers[a]
                    .as_ref()
                    .filter(|c| insured(c))
                    .map(|c| (a, date(c)))
            })
            // A known date beats an unknown one, then the earliest.
            .min_by_key(|&(_, d)| (d.is_none(), d))
    }

    /// Rule `affiliation.residence`: stable residence, more than 3 months,
    /// unless enrolled in education (D160-2 I).
    fn residence_cover(&self, i: usize, m: &Member) -> Cover {
        let (aff, identification, assumed) = self.french_own(i, m);
        let mut c = self.cover(aff, Basis::Residence, Route::Residence);
        c.identification = identification;
        c.assumed = assumed;
        c.covered_from = self.residence_start(m, self.residence_wait(m));
        c
    }

    /// The 3-month condition applies on the residence route, except to
    /// people enrolled in an educational establishment (D160-2 I).
    fn residence_wait(&self, m: &Member) -> bool {
        !m.in_education && self.kind(m) != ActivityKind::Student
    }

    /// The parents of a child: given, or the primary and their partner (Decision 12).
    fn parents_of(&self, i: usize, m: &Member) -> (Parents, bool) {
        match &m.parents {
            Some(ids) => (
                ids.iter().filter_map(|id| self.index.member(id)).collect(),
                false,
            ),
            None => {
                let v: Parents = [self.primary(), self.partner_of_primary()]
                    .into_iter()
                    .flatten()
                    .filter(|&p| p != i)
                    .collect();
                (v, true)
            }
        }
    }

    /// Pass 3: a minor child (rules `affiliation.minor_beneficiary`,
    /// `child.attachment`, `affiliation.posted_family`).
    fn child_cover(&self, i: usize, m: &Member, covers: &[Option<Cover>]) -> Cover {
        let (parents, assumed) = self.parents_of(i, m);
        let parent_cover = |p: usize| covers[p].as_ref();
        let insured: Parents = parents
            .iter()
            .copied()
            .filter(|&p| {
                parent_cover(p).is_some_and(|c| {
                    matches!(
                        c.affiliation,
                        Affiliation::Registration | Affiliation::Reactivation
                    )
                })
            })
            .collect();
        let certified = self.certified(i, m);
        if !insured.is_empty() {
            let filer = self
                .primary()
                .filter(|p| insured.contains(p))
                .unwrap_or(insured[0]);
            let mut c = self.cover(
                Affiliation::Beneficiary,
                Basis::DependentChild,
                Route::Beneficiary,
            );
            c.attached_to = match self.policy.child_attachment {
                ChildAttachment::AllInsuredParents => insured,
                ChildAttachment::FilingParentOnly => [filer].into_iter().collect(),
            };
            c.filer = Some(filer);
            c.parents_assumed = assumed;
            c.dependent = true;
            c.identification = self.needs_identification(m, certified);
            let earliest = insured
                .iter()
                .filter_map(|&p| parent_cover(p).and_then(|pc| pc.covered_from))
                .min();
            let arrival = self
                .arrival(m)
                .or_else(|| m.birth_country.is_france().then_some(m.birth_date));
            c.covered_from = max_known(max_known(arrival, earliest), Some(m.birth_date));
            return c;
        }
        let s1: Parents = parents
            .iter()
            .copied()
            .filter(|&p| {
                parent_cover(p).is_some_and(|c| c.affiliation == Affiliation::S1Registration)
            })
            .collect();
        if let Some(&first) = s1.first() {
            let mut c = self.cover(
                Affiliation::S1Registration,
                Basis::S1,
                Route::FollowsPosted { anchor: first },
            );
            c.attached_to = s1;
            c.filer = Some(first);
            c.parents_assumed = assumed;
            c.dependent = true;
            c.identification = self.needs_identification(m, certified);
            let start = s1
                .iter()
                .filter_map(|&p| parent_cover(p).and_then(|pc| pc.covered_from))
                .min();
            c.covered_from = max_known(max_known(self.arrival(m), start), Some(m.birth_date));
            return c;
        }
        if let Some(&p) = parents
            .iter()
            .find(|&&p| parent_cover(p).is_some_and(|c| c.affiliation == Affiliation::None))
        {
            let mut c = self.cover(
                Affiliation::None,
                Basis::HomeScheme,
                Route::FollowsPosted { anchor: p },
            );
            c.parents_assumed = assumed;
            return c;
        }
        // No insured parent in the household (Decision 18 when no parent is
        // listed at all): nobody's beneficiary through filiation, covered in
        // their own right on the residence route, with its 3-month condition
        // unless enrolled in education (D160-2 I): no exemption is invented.
        let (aff, identification, _) = self.french_own(i, m);
        let mut c = self.cover(
            aff,
            Basis::Residence,
            Route::MinorAlone {
                no_parent: parents.is_empty(),
            },
        );
        c.identification = identification;
        c.parents_assumed = assumed;
        c.covered_from = self.residence_start(m, self.residence_wait(m));
        c
    }
}

/// Which civil-status documents of a member need a sworn translation.
#[derive(Clone, Copy, Debug, Default)]
struct Translated {
    birth: bool,
    union: bool,
}

impl Translated {
    /// What the `sworn_translation` entry covers, if anything.
    fn covers(self) -> Option<&'static [DocKind]> {
        match (self.birth, self.union) {
            (true, true) => Some(&[
                DocKind::BirthCertificate,
                DocKind::MarriageOrPartnershipCertificate,
            ]),
            (true, false) => Some(&[DocKind::BirthCertificate]),
            (false, true) => Some(&[DocKind::MarriageOrPartnershipCertificate]),
            (false, false) => None,
        }
    }
}

/// At most two member indexes (a child has at most two legal parents: the
/// validator refuses more), kept inline to spare an allocation per child.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Parents {
    items: [usize; 2],
    len: usize,
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

/// Decision 21: whether keeping health at home is an assumption (the
/// agreement's health scope is unknown, or its row rests on an inference
/// rather than an official source), to be worded as such in every text.
fn home_scheme_assumed(country: Country, unverified: bool) -> bool {
    unverified
        || agreements::agreement(country)
            .is_none_or(|ag| ag.confidence != crate::source::Confidence::Official)
}

/// The `care_paid_by_home_scheme` message, worded as an assumption where the
/// scope is (Decision 21).
fn care_paid_text(country: Country, unverified: bool) -> T {
    if home_scheme_assumed(country, unverified) {
        T::WCarePaidByHomeSchemeAssumed
    } else {
        T::WCarePaidByHomeScheme
    }
}

fn max_known(a: Option<NaiveDate>, b: Option<NaiveDate>) -> Option<NaiveDate> {
    Some(a?.max(b?))
}

/// Collects one member's output.
struct Out<'a> {
    lang: Lang,
    documents: Vec<Document<'a>>,
    warnings: Vec<Warning>,
    explanation: Vec<Explanation>,
    milestones: Vec<Milestone>,
}

impl<'a> Out<'a> {
    fn msg(&self, key: T) -> Msg {
        Msg::new(key, self.lang)
    }

    fn warn(&mut self, code: WarningCode, message: Msg) {
        if !self
            .warnings
            .iter()
            .any(|w| w.code == code && w.message == message)
        {
            self.warnings.push(Warning { code, message });
        }
    }

    fn warn0(&mut self, code: WarningCode) {
        let m = self.msg(code.text());
        self.warn(code, m);
    }

    fn explain(&mut self, rule: &'static Rule, conclusion: Msg) {
        self.explanation.push(Explanation {
            rule: rule.id,
            conclusion,
            sources: rule.sources,
            confidence: rule.confidence,
        });
    }

    fn milestone(&mut self, kind: MilestoneKind, date: Option<NaiveDate>) {
        if let Some(date) = date {
            self.milestones.push(Milestone { kind, date });
        }
    }

    /// A document with no alternatives and no translation.
    fn simple_doc(
        &mut self,
        kind: DocKind,
        reason: Msg,
        sources: &'static [&'static str],
    ) -> &mut Document<'a> {
        self.doc(kind, reason, sources, &[], false)
    }

    fn doc(
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
            label: Msg::new(kind.text(), self.lang),
            reason,
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

const IDENTITY_EEA: &[Alt] = &[Alt::Passport, Alt::NationalIdCard];
const IDENTITY_OTHER: &[Alt] = &[Alt::Passport];
const BIRTH_ADULT: &[Alt] = &[
    Alt::FullCopy,
    Alt::ExtractWithFiliation,
    Alt::MultilingualExtract,
    Alt::ConsularDocument,
];
const BIRTH_CHILD: &[Alt] = &[
    Alt::LivretDeFamille,
    Alt::FullCopy,
    Alt::ExtractWithFiliation,
    Alt::MultilingualExtract,
];
const ACTIVITY_EMPLOYED: &[Alt] = &[
    Alt::EmploymentContract,
    Alt::EmployerCertificate,
    Alt::Payslip,
];
const ACTIVITY_SELF: &[Alt] = &[Alt::BusinessRegistration];
const ADDRESS: &[Alt] = &[
    Alt::UtilityBill,
    Alt::RentReceipt,
    Alt::AccommodationCertificate,
];
/// Proof of *more than 3 months* of stable residence (D160-2 I): documents
/// dated back at least 3 months, unlike the proof of the current address.
const RESIDENCE_PROOF: &[Alt] = &[
    Alt::RentHistory,
    Alt::OldUtilityBill,
    Alt::EntryStamp,
    Alt::AccommodationSince,
];
const PERMITS: &[Alt] = &[
    Alt::LongStayVisa,
    Alt::ResidenceCard,
    Alt::ResidentCard,
    Alt::AlgerianCertificate,
];
const PHYSICIAN: &[Alt] = &[Alt::OnlineByDoctor, Alt::PaperS3704];
const UNION_MARRIAGE: &[Alt] = &[Alt::MarriageCertificate];
const UNION_PACS: &[Alt] = &[Alt::PacsCertificate];
const UNION_COHABITING: &[Alt] = &[Alt::CohabitationCertificate, Alt::SwornStatement];

const SRC_S1106: &[&str] = &["cerfa 15763*02", "service-public F16622"];
const SRC_IDENTIFICATION: &[&str] = &["CSS R114-7", "ameli né à l'étranger"];
const SRC_PERMIT: &[&str] = &["service-public F34308", "service-public F12859"];
const SRC_ACTIVITY: &[&str] = &["service-public F12859", "ASFE 2021"];
const SRC_RESIDENCE: &[&str] = &["CSS D160-2 I"];
const SRC_GUARDIANSHIP: &[&str] = &["service-public F16620", "CSS L160-2"];
const SRC_BANK: &[&str] = &["ASFE 2021", "service-public F16620"];
const SRC_CHILD: &[&str] = &["service-public F16620"];
const SRC_S3705: &[&str] = &["cerfa 14445*02", "service-public F16620", "CSS R161-8"];
const SRC_S1: &[&str] = &["cleiss.fr", "Regulation (EC) 883/2004"];
const SRC_PHYSICIAN: &[&str] = &["cerfa 12485*03", "ameli.fr médecin traitant"];
const SRC_CARD: &[&str] = &["arrêté du 14 mars 2007", "service-public F265"];
const SRC_PARTNER: &[&str] = &["CSS D160-2 II 3°", "ASFE"];
const SRC_TRANSLATION: &[&str] = &["ameli né à l'étranger", "ASFE"];
const SRC_AUTONOMY: &[&str] = &["service-public F16620", "CSS L160-2"];
const SRC_BILATERAL: &[&str] = &["circulaire DSS/DACI 2002-380", "data/agreements.csv"];
const SRC_PRIVATE: &[&str] = &["SSA POMS RS 02001.546", "data/agreements.csv"];
const SRC_STUDENT: &[&str] = &["CSS D160-2 I", "CPAM de la Gironde"];
const SRC_LEGALISATION: &[&str] = &["relocation guides (unverified)"];

impl<'h> Cx<'h, '_> {
    /// One member's full assessment.
    fn member(&self, i: usize, m: &'h Member, covers: &[Cover]) -> MemberAssessment<'h> {
        let c = &covers[i];
        let age = self.member_age(i);
        let mut out = Out {
            lang: self.lang,
            documents: Vec::with_capacity(12),
            warnings: Vec::with_capacity(4),
            explanation: Vec::with_capacity(12),
            milestones: Vec::with_capacity(6),
        };
        let dependent_status = self.dependent_status(m, c, age, &mut out);
        self.explain_affiliation(i, m, c, covers, &mut out);
        let fund = self.fund(i, m, c, covers, &mut out);
        self.documents(i, m, c, covers, age, dependent_status, &mut out);
        let mut steps = self.steps(i, m, c, age, dependent_status);
        // The fund acting at a step is the member's actual fund (CGSS, CSSM
        // or MSA where it is one of them: domain.md §2.9), not "the CPAM".
        let fund_actor = Actor::fund(fund.map(|f| f.kind));
        for s in &mut steps {
            if s.actor == Actor::Cpam {
                s.actor = fund_actor;
            }
        }
        let payroll = self.payroll(i, m, &mut out);
        self.milestones(i, m, c, &mut out);
        self.member_warnings(i, m, c, age, &mut out);
        out.milestones.retain(|ms| ms.date >= self.as_of);
        crate::sort::small_sort_by(&mut out.milestones, |a, b| {
            (a.date, a.kind).cmp(&(b.date, b.kind))
        });
        MemberAssessment {
            id: &m.id,
            label: m.label.as_deref(),
            age,
            age_months: self.checked[i].age_months,
            nir: self.checked[i].nir.as_ref().map(|n| MaskedNir {
                masked: n.to_string(),
                key: n.key(),
                key_given: n.key_given(),
                provisional: m.nir_status == Some(NirStatus::Provisional),
            }),
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
        }
    }

    /// Rule `child.dependent_status` (domain §7).
    fn dependent_status(
        &self,
        m: &Member,
        c: &Cover,
        age: u32,
        out: &mut Out<'h>,
    ) -> Option<DependentStatus> {
        let lang = self.lang;
        // Decision 20: no autonomy before 16; ignored, and said so, whatever
        // the child's cover.
        if m.relationship == Relationship::Child && m.autonomy_requested && age < 16 {
            out.warn0(WarningCode::AutonomyBefore16);
            out.explain(
                &rules::AUTONOMY_BEFORE_16,
                Msg::new(T::WAutonomyBefore16, lang),
            );
        }
        if m.relationship != Relationship::Child || c.affiliation == Affiliation::None {
            return None;
        }
        let one_parent = c.attached_to.len() == 1;
        let (status, why) = if !c.dependent {
            (
                DependentStatus::OwnCoverage,
                if matches!(c.route, Route::MinorAlone { .. }) {
                    T::CMinorOwnStatus
                } else if self.is_dependent_age(m) {
                    // The activity's explanation already says why (rule
                    // `affiliation.working_minor`): only the status here.
                    T::CWorkingMinorStatus
                } else {
                    T::CAdultChild
                },
            )
        } else if age >= 16 && self.kind(m) == ActivityKind::Student {
            (DependentStatus::AyantDroitAutonome, T::CStudentAutonomous)
        } else if age >= 16 && m.autonomy_requested {
            (DependentStatus::AyantDroitAutonome, T::CAutonomyRequested)
        } else if age >= 16 && m.in_education {
            let key = if one_parent {
                T::CPupilStaysDependentOneParent
            } else {
                T::CPupilStaysDependent
            };
            (DependentStatus::AyantDroit, key)
        } else if age >= 16 {
            (DependentStatus::AyantDroit, T::CSixteenMayRequest)
        } else if one_parent {
            (DependentStatus::AyantDroit, T::CUnderSixteenOneParent)
        } else {
            (DependentStatus::AyantDroit, T::CUnderSixteen)
        };
        out.explain(
            &rules::DEPENDENT_STATUS,
            Msg::new(why, lang).arg(0, Arg::Num(i32::try_from(age).unwrap_or(i32::MAX))),
        );
        Some(status)
    }

    fn explain_affiliation(
        &self,
        i: usize,
        m: &Member,
        c: &Cover,
        covers: &[Cover],
        out: &mut Out<'h>,
    ) {
        let lang = self.lang;
        match c.route {
            Route::Activity => {
                let key = if self.is_dependent_age(m) {
                    T::CWorkingMinorActivity
                } else {
                    T::CActivity
                };
                out.explain(&rules::ACTIVITY, Msg::new(key, lang));
                if self.is_dependent_age(m) {
                    out.explain(&rules::WORKING_MINOR, Msg::new(T::CWorkingMinor, lang));
                }
            }
            Route::Posted(p) => self.explain_posting(p, out),
            Route::Student => out.explain(&rules::STUDENT, Msg::new(T::CStudent, lang)),
            Route::Accompanying { anchor } => {
                let (rule, key) = match self.policy.accompanying_family {
                    _ if m.relationship == Relationship::Child => {
                        (&rules::ACCOMPANYING_ADULT_CHILD, T::CAccompanyingAdultChild)
                    }
                    AccompanyingFamily::NoWait => (&rules::ACCOMPANYING_FAMILY, T::CAccompanying),
                    AccompanyingFamily::ThreeMonths => {
                        (&rules::ACCOMPANYING_FAMILY, T::CAccompanyingThreeMonths)
                    }
                };
                out.explain(
                    rule,
                    Msg::new(key, lang).arg(0, Arg::Text(covers[anchor].affiliation.text())),
                );
                out.explain(
                    &rules::ADULTS_NOT_BENEFICIARIES,
                    Msg::new(T::CAdultOwnRequest, lang),
                );
            }
            Route::FollowsPosted { anchor } => {
                let key = match covers[anchor].route {
                    Route::Posted(Posting::S1 { .. }) => T::CFollowsS1,
                    // Decision 21: an inferred or unknown scope is an assumption.
                    Route::Posted(Posting::HomeScheme {
                        country,
                        unverified,
                        ..
                    }) if home_scheme_assumed(country, unverified) => T::CFollowsHomeSchemeAssumed,
                    _ => T::CFollowsHomeScheme,
                };
                out.explain(&rules::POSTED_FAMILY, Msg::new(key, lang));
            }
            Route::Residence => {
                let key = if m.in_education {
                    T::CResidenceEnrolled
                } else if self.kind(m).is_work_in_france() {
                    T::CResidenceBeforeWork
                } else {
                    T::CResidence
                };
                out.explain(&rules::RESIDENCE, Msg::new(key, lang));
                if m.relationship != Relationship::Primary {
                    out.explain(
                        &rules::ADULTS_NOT_BENEFICIARIES,
                        Msg::new(T::CAdultOwnRequest, lang),
                    );
                }
            }
            Route::Beneficiary => {
                out.explain(&rules::MINOR_BENEFICIARY, Msg::new(T::CBeneficiary, lang));
            }
            Route::MinorAlone { no_parent: false } => {
                out.explain(&rules::MINOR_BENEFICIARY, Msg::new(T::CMinorAlone, lang))
            }
            Route::MinorAlone { no_parent: true } => {
                let key = if self.residence_wait(m) {
                    T::CMinorWithoutParent
                } else {
                    T::CMinorWithoutParentEnrolled
                };
                out.explain(&rules::MINOR_WITHOUT_PARENT, Msg::new(key, lang));
            }
        }
        // Decision 15: the basis not retained, and the date it would give.
        match c.earliest {
            Some(Earliest::ResidenceOverAccompanying { date }) => out.explain(
                &rules::EARLIEST_BASIS,
                Msg::new(T::CEarliestBasisResidence, lang).arg(0, Arg::Date(date)),
            ),
            Some(Earliest::AccompanyingOverActivity { date }) => out.explain(
                &rules::EARLIEST_BASIS,
                Msg::new(T::CEarliestBasisActivity, lang).arg(0, Arg::Date(date)),
            ),
            Some(Earliest::ResidenceOverActivity { date }) => out.explain(
                &rules::EARLIEST_BASIS,
                Msg::new(T::CEarliestBasisResidenceBeforeWork, lang).arg(0, Arg::Date(date)),
            ),
            None => {}
        }
        // Registration or reactivation, identification.
        match c.affiliation {
            Affiliation::Registration | Affiliation::Reactivation => {
                let key = match (c.affiliation, c.assumed) {
                    (Affiliation::Reactivation, Some(WarningCode::NirImpliesPreviousInsurance)) => {
                        T::CReactivationImplied
                    }
                    (Affiliation::Reactivation, Some(_)) => T::CReactivationAssumed,
                    (Affiliation::Reactivation, None)
                        if m.previously_insured_in_france == Some(true) =>
                    {
                        T::CReactivation
                    }
                    (Affiliation::Reactivation, None) => T::CReactivationImplied,
                    (_, Some(_)) => T::CRegistrationAssumed,
                    _ => T::CRegistration,
                };
                out.explain(&rules::REGISTRATION_OR_REACTIVATION, Msg::new(key, lang));
            }
            _ => {}
        }
        if c.affiliation.is_french() && c.affiliation != Affiliation::Reactivation {
            let key = if c.identification {
                if self.checked[i].nir.is_some() {
                    T::CIdentificationUnderWay
                } else {
                    T::CIdentificationRequired
                }
            } else if m.birth_country.is_france() {
                T::CNoIdentificationBornInFrance
            } else if m.nationality.is_france() {
                T::CNoIdentificationFrench
            } else {
                T::CNoIdentificationHasNir
            };
            out.explain(&rules::IDENTIFICATION, Msg::new(key, lang));
        }
        // First day of coverage.
        if c.affiliation.is_french() {
            let key = match (c.covered_from.is_some(), c.route) {
                (false, _) => T::CCoveredFromUnknown,
                (true, Route::Activity) => T::CCoveredFromActivity,
                (true, Route::Posted(Posting::S1 { .. })) => T::CCoveredFromS1,
                (true, Route::Posted(_)) => T::CCoveredFromActivity,
                (true, Route::Accompanying { .. }) if m.relationship == Relationship::Child => {
                    T::CCoveredFromAccompanyingParent
                }
                (true, Route::Accompanying { .. }) => T::CCoveredFromAccompanying,
                (true, Route::Beneficiary) => T::CCoveredFromChild,
                (true, Route::FollowsPosted { .. }) => T::CCoveredFromS1Family,
                (true, Route::Residence) if m.in_education => T::CCoveredFromStudent,
                (true, Route::Residence) => T::CCoveredFromResidence,
                (true, Route::Student) => T::CCoveredFromStudent,
                (true, Route::MinorAlone { .. }) if self.residence_wait(m) => {
                    T::CCoveredFromResidence
                }
                (true, Route::MinorAlone { .. }) => T::CCoveredFromStudent,
            };
            let mut msg = Msg::new(key, lang);
            if let Some(d) = c.covered_from {
                msg = msg.arg(0, Arg::Date(d));
            }
            out.explain(&rules::COVERED_FROM, msg);
        }
        if !c.attached_to.is_empty() {
            let key = match (c.attached_to.len(), c.parents_assumed) {
                (1, false) => T::CAttachedOne,
                (1, true) => T::CAttachedOneAssumed,
                (_, false) => T::CAttachedBoth,
                (_, true) => T::CAttachedBothAssumed,
            };
            out.explain(&rules::ATTACHMENT, Msg::new(key, lang));
        }
    }

    /// Rule `affiliation.posted_*` (Decision 7).
    fn explain_posting(&self, p: Posting, out: &mut Out<'h>) {
        let lang = self.lang;
        match p {
            Posting::S1 { uk } => {
                let key = if uk { T::CPostedUk } else { T::CPostedEu };
                out.explain(&rules::POSTED_EU, Msg::new(key, lang));
            }
            Posting::HomeScheme {
                country,
                unverified,
                ..
            } => {
                // Decision 21: a row resting on an inference is explained
                // with the weaker rule, and worded as an assumption.
                let key = if unverified {
                    T::CPostedScopeUnverified
                } else if home_scheme_assumed(country, unverified) {
                    T::CPostedHomeSchemeAssumed
                } else {
                    T::CPostedHomeScheme
                };
                let rule = if home_scheme_assumed(country, unverified) {
                    &rules::POSTED_BILATERAL_INFERRED
                } else {
                    &rules::POSTED_BILATERAL
                };
                out.explain(rule, Msg::new(key, lang).arg(0, Arg::Country(country)));
            }
            Posting::French { why, country } => {
                let (rule, key) = match why {
                    FrenchPosting::AgreementExcludesHealth => {
                        (&rules::POSTED_BILATERAL, T::CPostedAgreementExcludesHealth)
                    }
                    FrenchPosting::NoCertificate => {
                        (&rules::POSTED_WITHOUT_CERTIFICATE, T::CPostedNoCertificate)
                    }
                    FrenchPosting::NoAgreement => {
                        (&rules::POSTED_WITHOUT_CERTIFICATE, T::CPostedNoAgreement)
                    }
                    FrenchPosting::ScopeUnverified => (
                        &rules::POSTED_BILATERAL_INFERRED,
                        T::CPostedScopeUnverifiedFrench,
                    ),
                };
                out.explain(rule, Msg::new(key, lang).arg(0, Arg::Country(country)));
            }
        }
    }
}

impl<'h> Cx<'h, '_> {
    /// Whose fund a member's file goes to: their own, or the person they
    /// depend on (a child's filing parent, an accompanying partner's anchor).
    fn fund_owner(&self, i: usize, c: &Cover) -> usize {
        match c.route {
            Route::Beneficiary | Route::FollowsPosted { .. } => c.filer.unwrap_or(i),
            Route::Accompanying { anchor } => anchor,
            _ => i,
        }
    }

    /// Rules `fund.local` and `fund.talent_passport`.
    fn fund(
        &self,
        i: usize,
        m: &Member,
        c: &Cover,
        covers: &[Cover],
        out: &mut Out<'h>,
    ) -> Option<Fund> {
        if c.affiliation == Affiliation::None {
            return None;
        }
        let lang = self.lang;
        let owner = self.fund_owner(i, c);
        let om = &self.h.members[owner];
        // Agricultural employees and the family attached to them: MSA in
        // metropolitan France, including after a posting without a
        // certificate (French affiliation through activity); the local fund
        // overseas (domain.md §2.9, correction of 2026-12).
        let agricultural = om.activity.as_ref().is_some_and(|a| {
            a.sector == Sector::Agricultural
                && (a.kind.is_work_in_france() || a.kind == ActivityKind::Posted)
        }) && matches!(
            covers[owner].route,
            Route::Activity | Route::Posted(Posting::French { .. })
        );
        // The postcode: the member's own, else the owner's, else the primary's.
        let postcode = [Some(i), Some(owner), self.primary()]
            .into_iter()
            .flatten()
            .find_map(|k| self.checked[k].postcode.as_ref());
        let talent = c.affiliation != Affiliation::S1Registration
            && !agricultural
            && self.talent_passport_family(i, m);
        if talent {
            out.warn0(WarningCode::ParisCpamForTalentPassport);
            out.explain(
                &rules::FUND_TALENT_PASSPORT,
                Msg::new(T::CFundTalentPassport, lang),
            );
            return Some(Fund {
                kind: FundKind::Cpam,
                name: "CPAM de Paris",
                department: Some("75"),
            });
        }
        let Some(pc) = postcode else {
            // Without a postcode even an agricultural employee's fund is
            // unknown: the MSA in metropolitan France, the CGSS or the CSSM
            // overseas (domain.md §2.9, correction of 2026-12).
            out.warn0(WarningCode::PostcodeMissing);
            let key = if agricultural {
                T::CFundUnknownAgricultural
            } else {
                T::CFundUnknown
            };
            out.explain(&rules::FUND, Msg::new(key, lang));
            return None;
        };
        let Some(dept) = pc.department() else {
            out.warn0(WarningCode::TerritoryOwnScheme);
            out.explain(&rules::FUND, Msg::new(T::CFundOwnScheme, lang));
            return None;
        };
        let overseas = matches!(dept.fund_kind(), DeptFundKind::Cgss | DeptFundKind::Cssm);
        if agricultural && !overseas {
            out.explain(&rules::FUND, Msg::new(T::CFundMsa, lang));
            return Some(Fund {
                kind: FundKind::Msa,
                name: "MSA",
                department: Some(dept.code()),
            });
        }
        if dept.several_funds() {
            out.warn0(WarningCode::FundDependsOnCommune);
        }
        if pc.own_scheme() {
            out.warn0(WarningCode::TerritoryOwnScheme);
        }
        let kind = match dept.fund_kind() {
            DeptFundKind::Cpam => FundKind::Cpam,
            DeptFundKind::Cgss => FundKind::Cgss,
            DeptFundKind::Cssm => FundKind::Cssm,
            DeptFundKind::Msa => FundKind::Msa,
        };
        let key = match kind {
            _ if agricultural => T::CFundOverseasAgricultural,
            FundKind::Cgss => T::CFundOverseas,
            FundKind::Cssm => T::CFundMayotte,
            _ => T::CFundResidence,
        };
        out.explain(&rules::FUND, Msg::new(key, lang).arg(0, Arg::Fund(dept)));
        Some(Fund {
            kind,
            name: dept.fund_name(),
            department: Some(dept.code()),
        })
    }

    /// A Talent Passport holder, or the partner or minor child of one.
    fn talent_passport_family(&self, i: usize, m: &Member) -> bool {
        let holds = |k: usize| {
            self.h.members[k].residence.as_ref().and_then(|r| r.permit)
                == Some(Permit::TalentPassport)
        };
        if holds(i) {
            return true;
        }
        let adults_holding = || {
            *self.adult_holds_talent_passport.get_or_init(|| {
                self.h.members.iter().enumerate().any(|(k, o)| {
                    (o.relationship == Relationship::Primary || o.relationship.is_partner())
                        && holds(k)
                })
            })
        };
        match m.relationship {
            Relationship::Primary => self.partner_of_primary().is_some_and(holds),
            r if r.is_partner() => self.primary().is_some_and(holds),
            _ => self.is_dependent_age(m) && adults_holding(),
        }
    }

    /// Decision 6: does a civil-status document issued in `country` need a
    /// sworn translation?
    fn needs_translation(&self, country: Country) -> bool {
        !(country.is_france()
            || country.is_eea_or_switzerland()
            || self.policy.translation.also_exempt.contains(&country))
    }

    /// Rule `documents.checklist` (domain §6) and Decisions 5, 6.
    #[allow(clippy::too_many_arguments)]
    fn documents(
        &self,
        i: usize,
        m: &'h Member,
        c: &Cover,
        covers: &[Cover],
        age: u32,
        status: Option<DependentStatus>,
        out: &mut Out<'h>,
    ) {
        let lang = self.lang;
        let msg = |k: T| Msg::new(k, lang);
        let minor = age < 18;
        let eea = m.nationality.is_eea_or_switzerland();
        let identity = if eea { IDENTITY_EEA } else { IDENTITY_OTHER };
        let birth_tr = self.needs_translation(m.birth_country);
        let mut translated = Translated::default();
        match (c.affiliation, c.route) {
            (
                Affiliation::None,
                Route::Posted(Posting::HomeScheme {
                    private_cover,
                    country,
                    unverified,
                }),
            ) => {
                let reason = if home_scheme_assumed(country, unverified) {
                    T::RCoverageCertificateHomeAssumed
                } else {
                    T::RCoverageCertificateHome
                };
                out.simple_doc(
                    DocKind::CoverageCertificate,
                    msg(reason).arg(0, Arg::Country(country)),
                    SRC_BILATERAL,
                );
                if private_cover {
                    out.simple_doc(
                        DocKind::PrivateInsuranceStatement,
                        msg(T::RPrivateInsurance),
                        SRC_PRIVATE,
                    );
                }
            }
            (Affiliation::None, _) => {}
            (Affiliation::S1Registration, _) => {
                let own = matches!(c.route, Route::Posted(_));
                out.simple_doc(
                    DocKind::S1Form,
                    msg(if own { T::RS1Worker } else { T::RS1Family }),
                    SRC_S1,
                );
                if let Route::Posted(Posting::S1 { .. }) = c.route {
                    out.simple_doc(DocKind::A1Certificate, msg(T::RA1), SRC_S1);
                }
                out.doc(
                    DocKind::IdentityDocument,
                    msg(T::RIdentity),
                    SRC_S1,
                    identity,
                    false,
                );
                if !own {
                    out.doc(
                        DocKind::BirthCertificate,
                        msg(T::RBirthFiliationS1),
                        SRC_S1,
                        if minor { BIRTH_CHILD } else { BIRTH_ADULT },
                        birth_tr,
                    );
                    if birth_tr {
                        translated.birth = true;
                    }
                    if m.relationship.is_partner() {
                        self.union_document(T::RUnionS1, out, &mut translated);
                    }
                }
                if age >= 16 {
                    out.simple_doc(DocKind::IdPhoto, msg(T::RIdPhoto), SRC_CARD);
                }
            }
            (Affiliation::Beneficiary, _) => {
                let reason = if c.identification {
                    T::RBirthChildIdentification
                } else {
                    T::RBirthChild
                };
                out.doc(
                    DocKind::BirthCertificate,
                    msg(reason),
                    SRC_CHILD,
                    BIRTH_CHILD,
                    birth_tr,
                );
                if birth_tr {
                    translated.birth = true;
                }
                out.doc(
                    DocKind::IdentityDocument,
                    msg(T::RIdentityChild),
                    SRC_CHILD,
                    identity,
                    false,
                );
                let autonomous = status == Some(DependentStatus::AyantDroitAutonome);
                if age >= 16 && self.kind(m) == ActivityKind::Student {
                    out.simple_doc(
                        DocKind::EnrolmentCertificate,
                        msg(T::REnrolmentStudent),
                        SRC_STUDENT,
                    );
                } else if autonomous {
                    out.simple_doc(
                        DocKind::AutonomyRequestLetter,
                        msg(T::RAutonomyLetter),
                        SRC_AUTONOMY,
                    );
                } else if age >= 16 && m.in_education {
                    out.simple_doc(
                        DocKind::EnrolmentCertificate,
                        msg(T::REnrolmentPupil),
                        SRC_STUDENT,
                    );
                }
                if autonomous {
                    out.simple_doc(DocKind::BankDetails, msg(T::RBankChild), SRC_AUTONOMY);
                }
                if age >= u32::from(self.policy.physician_declaration_from_age) {
                    out.doc(
                        DocKind::FormS3704,
                        msg(T::RPhysicianChild),
                        SRC_PHYSICIAN,
                        PHYSICIAN,
                        false,
                    );
                }
                if age >= 16 {
                    out.simple_doc(DocKind::IdPhoto, msg(T::RIdPhoto), SRC_CARD);
                }
            }
            (Affiliation::Registration | Affiliation::Reactivation, route) => {
                let reactivation = c.affiliation == Affiliation::Reactivation;
                out.simple_doc(
                    DocKind::FormS1106,
                    msg(if reactivation {
                        T::RS1106Reactivation
                    } else if minor {
                        T::RS1106Minor
                    } else {
                        T::RS1106
                    }),
                    SRC_S1106,
                );
                out.doc(
                    DocKind::IdentityDocument,
                    msg(T::RIdentity),
                    SRC_S1106,
                    identity,
                    false,
                );
                if !minor && !eea && !matches!(route, Route::MinorAlone { .. }) {
                    out.doc(
                        DocKind::ResidencePermit,
                        msg(T::RPermit),
                        SRC_PERMIT,
                        PERMITS,
                        false,
                    );
                }
                match route {
                    Route::Activity | Route::Posted(_) => {
                        let self_employed = self.kind(m) == ActivityKind::SelfEmployed;
                        let alts = if self_employed {
                            ACTIVITY_SELF
                        } else {
                            ACTIVITY_EMPLOYED
                        };
                        out.doc(
                            DocKind::ProofOfActivity,
                            msg(T::RActivity),
                            SRC_ACTIVITY,
                            alts,
                            false,
                        );
                        if let Route::Posted(Posting::French {
                            why: FrenchPosting::AgreementExcludesHealth,
                            country,
                        }) = route
                        {
                            out.simple_doc(
                                DocKind::CoverageCertificate,
                                msg(T::RCoverageCertificateOther).arg(0, Arg::Country(country)),
                                SRC_BILATERAL,
                            );
                        }
                    }
                    Route::Residence if !m.in_education => {
                        out.doc(
                            DocKind::ProofOfResidence,
                            msg(T::RProofOfResidence),
                            SRC_RESIDENCE,
                            RESIDENCE_PROOF,
                            false,
                        );
                    }
                    Route::MinorAlone { no_parent } => {
                        if no_parent {
                            out.simple_doc(
                                DocKind::GuardianshipDocument,
                                msg(T::RGuardianship),
                                SRC_GUARDIANSHIP,
                            );
                        }
                        if self.residence_wait(m) {
                            out.doc(
                                DocKind::ProofOfResidence,
                                msg(T::RProofOfResidence),
                                SRC_RESIDENCE,
                                RESIDENCE_PROOF,
                                false,
                            );
                        } else {
                            out.simple_doc(
                                DocKind::EnrolmentCertificate,
                                msg(T::REnrolmentStudentAdult),
                                SRC_STUDENT,
                            );
                        }
                    }
                    Route::Residence | Route::Student => {
                        out.simple_doc(
                            DocKind::EnrolmentCertificate,
                            msg(T::REnrolmentStudentAdult),
                            SRC_STUDENT,
                        );
                    }
                    // Decision 17: an adult child proves filiation, not a union.
                    Route::Accompanying { .. } if m.relationship == Relationship::Child => {
                        out.doc(
                            DocKind::BirthCertificate,
                            msg(T::RBirthAdultChild),
                            SRC_PARTNER,
                            BIRTH_ADULT,
                            birth_tr,
                        );
                        if birth_tr {
                            translated.birth = true;
                        }
                    }
                    Route::Accompanying { .. } => {
                        self.union_document(T::RUnionAccompanying, out, &mut translated);
                    }
                    _ => {}
                }
                // Decision 15: covered earlier on another basis, but working too.
                if matches!(route, Route::Residence | Route::Accompanying { .. })
                    && self.kind(m).is_work_in_france()
                {
                    let alts = if self.kind(m) == ActivityKind::SelfEmployed {
                        ACTIVITY_SELF
                    } else {
                        ACTIVITY_EMPLOYED
                    };
                    out.doc(
                        DocKind::ProofOfActivity,
                        msg(T::RActivity),
                        SRC_ACTIVITY,
                        alts,
                        false,
                    );
                }
                if c.identification {
                    out.doc(
                        DocKind::BirthCertificate,
                        msg(T::RBirthIdentification),
                        SRC_IDENTIFICATION,
                        BIRTH_ADULT,
                        birth_tr,
                    );
                    if birth_tr {
                        translated.birth = true;
                    }
                    // Civil status of a married primary (domain §6, "if married").
                    if m.relationship == Relationship::Primary
                        && let Some(p) = self.partner_of_primary()
                        && matches!(
                            self.h.members[p].relationship,
                            Relationship::Spouse | Relationship::CivilPartner
                        )
                    {
                        self.union_document(T::RUnionCivilStatus, out, &mut translated);
                    }
                }
                if !reactivation {
                    out.doc(
                        DocKind::ProofOfAddress,
                        msg(T::RAddress),
                        SRC_S1106,
                        ADDRESS,
                        false,
                    );
                }
                out.simple_doc(DocKind::BankDetails, msg(T::RBank), SRC_BANK);
                if age >= u32::from(self.policy.physician_declaration_from_age) {
                    out.doc(
                        DocKind::FormS3704,
                        msg(T::RPhysician),
                        SRC_PHYSICIAN,
                        PHYSICIAN,
                        false,
                    );
                }
                out.simple_doc(DocKind::IdPhoto, msg(T::RIdPhoto), SRC_CARD);
            }
        }
        // The S3705, once, on the parent who files it (Decision 12).
        let filed = self.filed_children.get_or_init(|| {
            let mut by_filer = vec![Vec::new(); covers.len()];
            for (k, cc) in covers.iter().enumerate() {
                if let Some(f) = cc
                    .filer
                    .filter(|&f| cc.affiliation == Affiliation::Beneficiary && f != k)
                {
                    by_filer[f].push(k);
                }
            }
            by_filer
        });
        let children: Vec<&'h str> = filed[i]
            .iter()
            .map(|&k| self.h.members[k].id.as_str())
            .collect();
        if !children.is_empty() {
            let key = if children.len() == 1 {
                T::RS3705One
            } else {
                T::RS3705Many
            };
            let d = out.simple_doc(
                DocKind::FormS3705,
                msg(key).arg(
                    0,
                    Arg::Num(i32::try_from(children.len()).unwrap_or(i32::MAX)),
                ),
                SRC_S3705,
            );
            d.for_members = children;
        }
        // Sworn translation: one entry listing what it covers (Decision 6).
        if let Some(covers) = translated.covers() {
            let d = out.simple_doc(
                DocKind::SwornTranslation,
                msg(T::RSwornTranslation),
                SRC_TRANSLATION,
            );
            d.covers = covers;
            out.explain(&rules::TRANSLATION, msg(T::CTranslation));
            // Decision 5: a note in the translation's reason by default; a document under the policy.
            if self.policy.legalisation == Legalisation::Require {
                out.simple_doc(
                    DocKind::Legalisation,
                    msg(T::RLegalisation),
                    SRC_LEGALISATION,
                );
                out.explain(&rules::LEGALISATION, msg(T::CLegalisationRequired));
            }
        }
    }

    /// The marriage, PACS or cohabitation certificate of the couple (the
    /// primary and their partner), with the translation rule of Decision 6.
    /// Decision 19: it is one document of the couple, so `union_country`
    /// given on either partner decides, for both partners' lists.
    fn union_document(&self, reason: T, out: &mut Out<'h>, translated: &mut Translated) {
        let partner = self.partner_of_primary().map(|p| &self.h.members[p]);
        let primary = self.primary().map(|p| &self.h.members[p]);
        let alts = match partner.map(|p| p.relationship) {
            Some(Relationship::CivilPartner) => UNION_PACS,
            Some(Relationship::CohabitingPartner) => UNION_COHABITING,
            _ => UNION_MARRIAGE,
        };
        let given = [partner, primary]
            .into_iter()
            .flatten()
            .filter_map(|p| p.union_country);
        // Two different answers: the certificate needs a translation if
        // either says so (the stricter reading).
        let mut tr = None;
        for c in given {
            tr = Some(tr.unwrap_or(false) | self.needs_translation(c));
        }
        let tr = match tr {
            Some(tr) => tr,
            None => {
                out.warn0(WarningCode::TranslationAssumed);
                true
            }
        };
        out.doc(
            DocKind::MarriageOrPartnershipCertificate,
            Msg::new(reason, self.lang),
            SRC_PARTNER,
            alts,
            tr,
        );
        if tr {
            translated.union = true;
        }
    }
}

impl<'h> Cx<'h, '_> {
    /// Rule `procedure.steps` (domain §8, §10; Decisions 8, 9): the initial plan.
    fn steps(
        &self,
        i: usize,
        m: &Member,
        c: &Cover,
        age: u32,
        status: Option<DependentStatus>,
    ) -> Vec<Step> {
        let step = |step: StepId, actor: Actor, applies: bool| Step {
            step,
            actor,
            status: if applies {
                StepStatus::Pending
            } else {
                StepStatus::NotApplicable
            },
            expected_by: None,
            estimated: false,
        };
        let child = c.dependent;
        // Which steps apply: the one rule the procedure's status and guards use too.
        let facts = crate::procedure::steps::StepFacts {
            affiliation: c.affiliation,
            identification: c.identification,
            dependent: child,
            age,
            autonomous: status == Some(DependentStatus::AyantDroitAutonome),
            physician_from_age: u32::from(self.policy.physician_declaration_from_age),
        };
        let applies = |s: StepId| crate::procedure::steps::step_applies(s, &facts);
        let physician = applies(StepId::PhysicianDeclaration);
        let filer = if child { Actor::Parent } else { Actor::Member };
        // §7: a parent orders a 12–15-year-old's card.
        let card_actor = if child && age < 16 {
            Actor::Parent
        } else {
            Actor::Member
        };
        let card_and_account = |steps: &mut Vec<Step>, card: bool, account: bool| {
            let card = step(StepId::CarteVitale, card_actor, card);
            let account = step(StepId::AmeliAccount, Actor::Member, account);
            match self.policy.card_and_account {
                CardAndAccount::EitherOrder => steps.extend([card, account]),
                CardAndAccount::AccountFirst => steps.extend([account, card]),
            }
        };
        let mut steps = Vec::with_capacity(7);
        match c.affiliation {
            Affiliation::None => {}
            Affiliation::S1Registration => {
                steps.push(step(StepId::PrepareFile, filer, true));
                steps.push(step(StepId::SubmitFile, filer, true));
                steps.push(step(StepId::S1Registered, Actor::Cpam, true));
                steps.push(step(
                    StepId::CarteVitale,
                    card_actor,
                    applies(StepId::CarteVitale),
                ));
            }
            Affiliation::Reactivation => {
                steps.push(step(StepId::PrepareFile, Actor::Member, true));
                steps.push(step(StepId::SubmitFile, Actor::Member, true));
                steps.push(step(StepId::RightsReopened, Actor::Cpam, true));
                card_and_account(&mut steps, true, true);
            }
            Affiliation::Registration | Affiliation::Beneficiary => {
                let id = c.identification;
                steps.push(step(StepId::PrepareFile, filer, true));
                steps.push(step(StepId::SubmitFile, filer, true));
                steps.push(step(StepId::ProvisionalNumber, Actor::Cpam, id));
                steps.push(step(StepId::PhysicianDeclaration, Actor::Member, physician));
                steps.push(step(StepId::NumberCertification, Actor::Sandia, id));
                let own_card = applies(StepId::CarteVitale);
                let own_account = applies(StepId::AmeliAccount);
                card_and_account(&mut steps, own_card, own_account);
                // A NIA already issued: the first steps are behind, certification is under way.
                let nia =
                    self.checked[i].nir.is_some() && m.nir_status == Some(NirStatus::Provisional);
                if nia && id {
                    for s in &mut steps {
                        match s.step {
                            StepId::PrepareFile
                            | StepId::SubmitFile
                            | StepId::ProvisionalNumber => s.status = StepStatus::Done,
                            StepId::NumberCertification => {
                                s.status = StepStatus::InProgress;
                                s.expected_by = m
                                    .nia_issued_on
                                    .and_then(|d| delays::NIR_CERTIFICATION.after(d));
                                s.estimated = s.expected_by.is_some();
                            }
                            _ => {}
                        }
                    }
                }
            }
        }
        steps
    }

    /// Rule `payroll.dsn_identifier` (domain §4.3): employees on a French contract.
    fn payroll(&self, i: usize, m: &Member, out: &mut Out<'h>) -> Option<Payroll> {
        let a = m.activity.as_ref()?;
        if a.kind != ActivityKind::Employed {
            return None;
        }
        let lang = self.lang;
        let nir = self.checked[i].nir.as_ref();
        let limit = a.start_date.and_then(|d| delays::NTT_TOLERANCE.after(d));
        let (id, note) = match (nir, m.nir_status.unwrap_or_default()) {
            (Some(_), NirStatus::Certified) => (DsnIdentifier::Nir, Msg::new(T::PayrollNir, lang)),
            (Some(_), NirStatus::Provisional) => {
                (DsnIdentifier::Nia, Msg::new(T::PayrollNia, lang))
            }
            (None, _) => {
                let note = match limit {
                    Some(d) => Msg::new(T::PayrollNtt, lang).arg(0, Arg::Date(d)),
                    None => Msg::new(T::PayrollNttNoStart, lang),
                };
                (DsnIdentifier::Ntt, note)
            }
        };
        let ntt_suggestion = if id == DsnIdentifier::Ntt {
            out.milestone(MilestoneKind::NttLimit, limit);
            if limit.is_some_and(|d| d < self.as_of) {
                out.warn(
                    WarningCode::NttToleranceExceeded,
                    Msg::new(T::WNttToleranceExceeded, lang)
                        .arg(0, Arg::Date(limit.unwrap_or(self.as_of))),
                );
            }
            match (
                m.sex,
                &self.checked[i].siren,
                a.employer.as_ref().and_then(|e| e.payroll_id.as_deref()),
            ) {
                (Some(sex), Some(siren), Some(pid)) => ntt::suggest(sex, siren, pid)
                    .ok()
                    .map(ntt::Ntt::into_string),
                _ => None,
            }
        } else {
            None
        };
        let conclusion = match id {
            DsnIdentifier::Nir => T::CPayrollNir,
            DsnIdentifier::Nia => T::CPayrollNia,
            DsnIdentifier::Ntt => T::CPayrollNtt,
        };
        out.explain(&rules::PAYROLL, Msg::new(conclusion, lang));
        Some(Payroll {
            dsn_identifier: id,
            ntt_suggestion,
            note,
        })
    }

    /// Milestones (contract §2): children's birthdays, NIA, posting, NTT, permit.
    fn milestones(&self, i: usize, m: &Member, c: &Cover, out: &mut Out<'h>) {
        let leap = self.policy.leap_day_birthday;
        let birthday = |n: u32| date::anniversary(m.birth_date, n, leap);
        if m.relationship == Relationship::Child
            && c.affiliation.is_french()
            && birthday(18).is_some_and(|d| d >= self.as_of)
        {
            if c.dependent {
                out.milestone(MilestoneKind::OwnCardOrderable, birthday(12));
                out.milestone(MilestoneKind::OwnCarteVitale, birthday(16));
                let end = self.beneficiary_end(m.birth_date);
                out.milestone(MilestoneKind::BeneficiaryEnd, end);
                let key = match self.policy.beneficiary_end {
                    BeneficiaryEnd::EighteenthBirthday => T::CBeneficiaryEndBirthday,
                    BeneficiaryEnd::FixedDate { .. } => T::CBeneficiaryEndFixed,
                };
                if let Some(d) = end {
                    out.explain(
                        &rules::BENEFICIARY_END,
                        Msg::new(key, self.lang).arg(0, Arg::Date(d)),
                    );
                }
                out.explain(
                    &rules::CHILD_MILESTONES,
                    Msg::new(T::CChildMilestones, self.lang),
                );
            }
            out.milestone(MilestoneKind::Majority, birthday(18));
            if chrono::Datelike::month(&m.birth_date) == 2
                && chrono::Datelike::day(&m.birth_date) == 29
            {
                let key = match leap {
                    crate::policy::LeapDayBirthday::LastDayOfFebruary => T::CLeapDayLast,
                    crate::policy::LeapDayBirthday::FirstOfMarch => T::CLeapDayMarch,
                };
                out.explain(&rules::LEAP_DAY, Msg::new(key, self.lang));
            }
        }
        if m.nir_status == Some(NirStatus::Provisional) && self.checked[i].nir.is_some() {
            let expiry = m
                .nia_issued_on
                .and_then(|d| delays::NIR_CERTIFICATION.after(d));
            out.milestone(MilestoneKind::NiaExpiry, expiry);
            if let Some(d) = expiry.filter(|d| *d < self.as_of) {
                out.warn(
                    WarningCode::NiaExpired,
                    Msg::new(T::WNiaExpired, self.lang).arg(0, Arg::Date(d)),
                );
            }
        }
        if let Some(p) = m.activity.as_ref().and_then(|a| a.posting.as_ref()) {
            out.milestone(MilestoneKind::PostingEnd, p.end_date);
        }
        let waits = match c.route {
            Route::Residence => !m.in_education,
            Route::MinorAlone { .. } => self.residence_wait(m),
            _ => false,
        };
        if waits {
            out.milestone(MilestoneKind::ResidenceConditionMet, c.covered_from);
        }
        if let Some(r) = &m.residence {
            if r.permit == Some(Permit::LongStayVisa) {
                out.milestone(
                    MilestoneKind::VlsTsValidationDue,
                    r.arrival_date
                        .and_then(|d| delays::VLS_TS_VALIDATION.after(d)),
                );
            }
            out.milestone(MilestoneKind::PermitExpiry, r.permit_valid_until);
        }
    }

    /// Warnings that do not belong to one decision above.
    fn member_warnings(&self, i: usize, m: &Member, c: &Cover, age: u32, out: &mut Out<'h>) {
        let lang = self.lang;
        if let Some(code) = c.assumed {
            out.warn0(code);
        }
        if c.parents_assumed && c.affiliation.is_french() {
            out.warn0(WarningCode::ParentsAssumed);
        }
        let residence_warning = |out: &mut Out<'h>| {
            let msg = match c.covered_from {
                Some(d) => Msg::new(T::WResidenceThreeMonthsDated, lang).arg(0, Arg::Date(d)),
                None => Msg::new(T::WResidenceThreeMonths, lang),
            };
            out.warn(WarningCode::ResidenceThreeMonths, msg);
        };
        match c.route {
            Route::Accompanying { .. }
                if self.policy.accompanying_family == AccompanyingFamily::NoWait =>
            {
                // Decision 17: an adult child gets the same warning, worded for them.
                let key = if m.relationship == Relationship::Child {
                    T::WAccompanyingChildThreeMonthsPractice
                } else {
                    T::WAccompanyingFamilyThreeMonthsPractice
                };
                out.warn(
                    WarningCode::AccompanyingFamilyThreeMonthsPractice,
                    Msg::new(key, lang),
                );
            }
            Route::Residence if !m.in_education => residence_warning(out),
            Route::Posted(p) => self.posting_warnings(m, p, out),
            Route::FollowsPosted { anchor } => {
                if c.affiliation == Affiliation::S1Registration && m.relationship.is_partner() {
                    out.warn0(WarningCode::S1SpouseMayNeedOwnRegistration);
                }
                if c.affiliation == Affiliation::None {
                    let am = &self.h.members[anchor];
                    if let Some(Posting::HomeScheme {
                        unverified,
                        country,
                        private_cover,
                    }) = self.posting(am)
                    {
                        out.warn(
                            WarningCode::CarePaidByHomeScheme,
                            Msg::new(care_paid_text(country, unverified), lang)
                                .arg(0, Arg::Country(country)),
                        );
                        if unverified {
                            out.warn(
                                WarningCode::AgreementScopeUnverified,
                                Msg::new(T::WAgreementScopeUnverified, lang)
                                    .arg(0, Arg::Country(country)),
                            );
                        }
                        if private_cover {
                            out.warn(
                                WarningCode::PrivateHealthInsuranceRequired,
                                Msg::new(T::WPrivateHealthInsuranceRequired, lang)
                                    .arg(0, Arg::Country(country)),
                            );
                        }
                    }
                }
            }
            Route::MinorAlone { no_parent } => {
                // Decision 18: no parent listed at all is its own case.
                out.warn0(if no_parent {
                    WarningCode::MinorWithoutParent
                } else {
                    WarningCode::NoInsuredParent
                });
                if self.residence_wait(m) {
                    residence_warning(out);
                }
            }
            _ => {}
        }
        let adult_route = matches!(
            c.affiliation,
            Affiliation::Registration | Affiliation::Reactivation
        ) && !matches!(c.route, Route::MinorAlone { .. });
        // Residence permit: non-EEA/Swiss adults on a French route; never minors.
        if adult_route && age >= 18 && !m.nationality.is_eea_or_switzerland() {
            let r = m.residence.as_ref();
            match r.and_then(|r| r.permit) {
                None | Some(Permit::None) | Some(Permit::NotRequired) => {
                    out.warn0(WarningCode::PermitMissing)
                }
                Some(Permit::Receipt) => out.warn0(WarningCode::ReceiptPermit),
                Some(Permit::LongStayVisa) => out.warn0(WarningCode::VlsTsValidation),
                Some(_) => {}
            }
            if let Some(until) = r
                .and_then(|r| r.permit_valid_until)
                .filter(|d| *d < self.as_of)
            {
                out.warn(
                    WarningCode::PermitExpired,
                    Msg::new(T::WPermitExpired, lang).arg(0, Arg::Date(until)),
                );
            }
            out.explain(&rules::PERMIT, Msg::new(T::CPermitRequired, lang));
        } else if adult_route && age < 18 {
            out.explain(&rules::PERMIT, Msg::new(T::CNoPermitMinor, lang));
        }
        if c.basis == Basis::Residence
            && m.nationality.is_eea_or_switzerland()
            && !m.nationality.is_france()
            && matches!(c.route, Route::Residence | Route::Student)
        {
            out.warn0(WarningCode::InactiveEeaResources);
            out.explain(&rules::INACTIVE_EEA, Msg::new(T::CInactiveEea, lang));
        }
        if c.affiliation.is_french() {
            if c.covered_from.is_none() {
                let code = match c.route {
                    Route::Activity | Route::Posted(_) => WarningCode::StartDateUnknown,
                    _ => WarningCode::ArrivalUnknown,
                };
                out.warn0(code);
            }
            if let Some(nir) = &self.checked[i].nir {
                for mm in nir.mismatches(m.sex, m.birth_date, m.birth_country) {
                    out.warn(
                        WarningCode::NirMismatch,
                        Msg::new(T::WNirMismatch, lang).arg(0, Arg::Text(mismatch_text(&mm))),
                    );
                }
                out.explain(&rules::NIR_CHECK, Msg::new(T::CNirChecked, lang));
            }
        }
    }

    fn posting_warnings(&self, m: &Member, p: Posting, out: &mut Out<'h>) {
        let lang = self.lang;
        let Some(a) = m.activity.as_ref() else { return };
        let Some(post) = a.posting.as_ref() else {
            return;
        };
        let from = post.from_country;
        let eu_like = from.is_eea_or_switzerland() || from == Country::GB;
        if (post.certificate == Certificate::A1 && !eu_like)
            || (post.certificate == Certificate::Bilateral && eu_like)
        {
            out.warn0(WarningCode::CertificateMismatch);
        }
        match p {
            Posting::S1 { .. } => {}
            Posting::HomeScheme {
                country,
                unverified,
                private_cover,
            } => {
                out.warn(
                    WarningCode::CarePaidByHomeScheme,
                    Msg::new(care_paid_text(country, unverified), lang)
                        .arg(0, Arg::Country(country)),
                );
                if unverified {
                    out.warn(
                        WarningCode::AgreementScopeUnverified,
                        Msg::new(T::WAgreementScopeUnverified, lang).arg(0, Arg::Country(country)),
                    );
                }
                if private_cover {
                    out.warn(
                        WarningCode::PrivateHealthInsuranceRequired,
                        Msg::new(T::WPrivateHealthInsuranceRequired, lang)
                            .arg(0, Arg::Country(country)),
                    );
                }
            }
            Posting::French { why, country } => {
                let (code, key) = match why {
                    FrenchPosting::AgreementExcludesHealth => (
                        WarningCode::AgreementExcludesHealth,
                        T::WAgreementExcludesHealth,
                    ),
                    FrenchPosting::NoCertificate => (
                        WarningCode::PostingWithoutCertificate,
                        T::WPostingWithoutCertificate,
                    ),
                    FrenchPosting::NoAgreement => (
                        WarningCode::NoSocialSecurityAgreement,
                        T::WNoSocialSecurityAgreement,
                    ),
                    FrenchPosting::ScopeUnverified => (
                        WarningCode::AgreementScopeUnverified,
                        T::WAgreementScopeUnverified,
                    ),
                };
                out.warn(code, Msg::new(key, lang).arg(0, Arg::Country(country)));
            }
        }
        // Posting length against the limit (EU/UK 24 months; agreements: initial period).
        let limit = if eu_like {
            Some(delays::EU_POSTING.months)
        } else {
            agreements::agreement(from)
                .and_then(|ag| ag.max_posting_months)
                .map(u32::from)
        };
        // Decision 16: a posting from S limited to N months may last until
        // S + N months − 1 day (end-of-month rule of Decision 2), the last
        // day included: 2026-03-02 + 24 months → 2028-03-01.
        let last_day = match (a.start_date, limit) {
            (Some(start), Some(months)) => {
                date::add_months(start, months).and_then(|d| d.pred_opt())
            }
            _ => None,
        };
        if let (Some(d), Some(months)) = (last_day, limit) {
            out.explain(
                &rules::POSTING_LIMIT,
                Msg::new(T::CPostingLimit, lang)
                    .arg(0, Arg::Num(i32::try_from(months).unwrap_or(i32::MAX)))
                    .arg(1, Arg::Date(d)),
            );
        }
        match (last_day, post.end_date, limit) {
            (Some(last), Some(end), Some(months)) if end > last => {
                let extension = agreements::agreement(from)
                    .filter(|ag| ag.kind == AgreementKind::Bilateral)
                    .is_some_and(|ag| !matches!(ag.extension, agreements::Extension::None));
                let key = if extension {
                    T::WPostingOverLimitExtension
                } else {
                    T::WPostingOverLimit
                };
                out.warn(
                    WarningCode::PostingOverLimit,
                    Msg::new(key, lang).arg(0, Arg::Num(i32::try_from(months).unwrap_or(i32::MAX))),
                );
            }
            (_, None, _) => out.warn0(WarningCode::PostingEndUnknown),
            _ => {}
        }
    }
}

/// The text naming a NIR mismatch.
fn mismatch_text(m: &crate::id::nir::NirMismatch) -> T {
    use crate::id::nir::NirMismatch as M;
    match m {
        M::Sex { .. } => T::MismatchSex,
        M::BirthYear { .. } => T::MismatchYear,
        M::BirthMonth { .. } => T::MismatchMonth,
        _ => T::MismatchPlace,
    }
}
