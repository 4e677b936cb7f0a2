//! Affiliation: which route a member takes to French health insurance (own activity, residence, student, accompanying an insured family member) and from when (domain.md §2, §3; Decisions 3, 11, 13, 15, 17).

use super::*;
use crate::assess::{Cover, Cx, Earliest, Out, Parents, Record, Route, max_known};
use chrono::NaiveDate;

use super::posting::{Posting, home_scheme_assumed};
use crate::data::delays;
use crate::model::{ActivityKind, Member, Relationship};
use crate::msg::{Arg, Msg};
use crate::output::*;
use crate::policy::{AccompanyingFamily, ResidenceStart};
use crate::rules::{self, Rule};
use crate::text::T;

/// The delays of this area, named with their sources in `data/delays.rs`:
/// the 3 months of stable residence (CSS D160-2 I).
pub use crate::data::delays::RESIDENCE_CONDITION;

rules! {
    docs AFFILIATION_DOCS;
    ACTIVITY = "affiliation.activity", RuleActivity, Law, "§2.1, §2.6",
        ["CSS L160-1", "service-public F12859"],
        reads [Member.BirthDate, Member.ActivityKind, Member.ActivityStart, Member.ArrivalDate,
            Member.InEducation, Primary.ActivityKind, Primary.ActivityStart,
            Partner.ActivityKind, Partner.ActivityStart, Any.AsOf, Member.Relationship],
        why "Work in France opens rights from the first hour (PUMa, CSS L160-1): no residence wait, no minimum hours. The employer's declaration (DSN) is the basis; a posted worker is decided by the posting rules instead.",
        example "An Indian engineer hired on a French contract starting 2026-03-02 is covered from 2026-03-02 (`registration`, basis `activity`).";
    REGISTRATION_OR_REACTIVATION = "affiliation.registration_or_reactivation", RuleRegistrationOrReactivation, Official, "§3, Decision 11",
        ["service-public F225", "service-public F16467", "CSS R114-7"],
        reads [Member.Relationship, Member.BirthDate, Member.Nir, Member.PreviouslyInsured,
            Member.ActivityKind, Member.PostedFrom, Member.PostingCertificate, Member.Parents,
            Primary.PostedFrom, Primary.PostingCertificate, Any.AsOf],
        why "The CPAM reopens the rights of someone it already knows (a NIR, a previous affiliation) instead of registering them again: the file, the steps and the identification differ (Decision 11).",
        example "A French national back from Canada with `previously_insured_in_france: true` gets `reactivation`; a Brazilian never insured gets `registration`.";
    ACCOMPANYING_FAMILY = "affiliation.accompanying_family", RuleAccompanyingFamily, Law, "§2.2, §2.3, Decision 3",
        ["CSS D160-2 II 3°", "service-public F16622", "service-public F12859"],
        reads [Member.Relationship, Member.ActivityKind, Member.ActivityStart,
            Member.ArrivalDate, Member.PermitValidFrom, Member.InEducation, Primary.Nir,
            Primary.PreviouslyInsured, Primary.ActivityKind, Primary.ActivityStart,
            Primary.PostedFrom, Primary.PostingCertificate, Primary.ArrivalDate,
            Primary.InEducation, Partner.Nir, Partner.PreviouslyInsured, Partner.ActivityKind,
            Partner.ActivityStart, Partner.ArrivalDate, Partner.PermitValidFrom, Member.Permit, Primary.Relationship, Partner.Permit],
        why "A spouse or partner who joins an insured person is a family member under D160-2 II 3°: exempt from the 3 months' residence, covered from the later of their arrival and the anchor's covered-from date (Decision 3; the 3-month practice of some CPAMs is a policy).",
        example "The wife of a worker covered from 2026-03-02, arriving 2026-03-15, is covered from 2026-03-15 (basis `accompanying_family`).";
    ACCOMPANYING_ADULT_CHILD = "affiliation.accompanying_adult_child", RuleAccompanyingAdultChild, Unverified, "§2.2, Decisions 3 and 17",
        ["CSS D160-2 II 3°", "CSS L161-1"],
        reads [Member.Relationship, Member.BirthDate, Member.ActivityKind, Member.ArrivalDate,
            Member.InEducation, Member.Parents, Parent.Nir, Parent.PreviouslyInsured, Any.AsOf],
        why "D160-2 names family members without an age limit, so an adult child who is not working and accompanies an insured parent is treated like an accompanying spouse (Decision 17, unverified: said in the output).",
        example "A 20-year-old who moves with an insured parent and does not work files an own S1106 and is covered without the 3-month wait.";
    EARLIEST_BASIS = "coverage.earliest_basis", RuleEarliestBasis, Law, "§2.1, §2.2, Decision 15",
        ["CSS L160-1", "CSS D160-2"],
        reads [Member.Relationship, Member.BirthDate, Member.ActivityKind,
            Member.ActivityStart, Member.ArrivalDate, Member.PermitValidFrom,
            Member.InEducation, Primary.ActivityKind, Primary.ActivityStart,
            Primary.ArrivalDate, Primary.PermitValidFrom, Primary.InEducation,
            Partner.ActivityKind, Partner.ActivityStart, Partner.ArrivalDate,
            Partner.PermitValidFrom, Any.AsOf, Member.Permit, Primary.Permit, Primary.Relationship, Partner.Permit],
        why "A member may qualify on more than one basis; the earliest date wins and the assessment names the other basis, never silently (Decision 15).",
        example "A partner who starts work on 2026-09-01 but accompanies a worker covered from 2026-03-02 is covered from 2026-03-02 as accompanying family; their activity is explained as the later basis.";
    RESIDENCE = "affiliation.residence", RuleResidence, Law, "§2.2",
        ["CSS L160-1", "CSS L111-2-3", "CSS D160-2 I", "CSS R111-2"],
        reads [Member.Relationship, Member.BirthDate, Member.ActivityKind,
            Member.ActivityStart, Member.ArrivalDate, Member.PermitValidFrom,
            Member.InEducation, Member.Parents, Primary.ActivityKind, Primary.ActivityStart,
            Primary.ArrivalDate, Primary.InEducation, Partner.ArrivalDate,
            Partner.PermitValidFrom, Any.AsOf, Member.Permit, Primary.Relationship, Partner.Permit],
        why "Without activity, PUMa covers stable and regular residence after more than 3 months in France (`delays::RESIDENCE_CONDITION`, CSS D160-2 I); the start day follows the policy `residence_start`.",
        example "A retired Canadian arriving 2026-01-10 without activity is covered once three months of residence have passed (the first day follows the policy `residence_start`), with the warning `residence_three_months`.";
    STUDENT = "affiliation.student", RuleStudent, Law, "§2.2",
        ["CSS D160-2 I"],
        reads [Member.BirthDate, Member.ActivityKind, Any.AsOf],
        why "Students enrolled in higher education are exempt from the 3-month condition (CSS D160-2 I): covered from their arrival.",
        example "A Moroccan student with `activity.kind: student` arriving 2026-09-01 is covered from 2026-09-01.";
    ADULTS_NOT_BENEFICIARIES = "affiliation.adults_not_beneficiaries", RuleAdultsNotBeneficiaries, Law, "§1, §2.3",
        ["CSS L160-2", "service-public F16622"],
        reads [Member.Relationship, Member.BirthDate, Member.ActivityKind,
            Member.ActivityStart, Member.ArrivalDate, Member.InEducation, Primary.ActivityKind,
            Primary.ActivityStart, Primary.PostedFrom, Primary.PostingCertificate,
            Partner.ActivityKind, Partner.ActivityStart, Partner.ArrivalDate,
            Partner.PermitValidFrom, Any.AsOf, Partner.Permit],
        why "Since PUMa (2016), only minor children can be ayants droit (CSS L160-2): each adult, a non-working spouse included, files their own request (own S1106).",
        example "A non-working spouse is `registration` in their own right, never `beneficiary`.";
    COVERED_FROM = "coverage.covered_from", RuleCoveredFrom, Official, "Decision 13",
        ["service-public F12859", "CSS D160-2", "CSS L160-2"],
        reads [Member.Relationship, Member.BirthDate, Member.Nationality, Member.ActivityKind,
            Member.ActivityStart, Member.PostedFrom, Member.PostingCertificate,
            Member.ArrivalDate, Member.PermitValidFrom, Member.InEducation, Member.Parents,
            Primary.ActivityKind, Primary.ActivityStart, Primary.PostedFrom,
            Primary.PostingCertificate, Primary.ArrivalDate, Primary.InEducation,
            Partner.ActivityKind, Partner.ActivityStart, Partner.ArrivalDate,
            Partner.PermitValidFrom, Partner.InEducation, Parent.ActivityKind,
            Parent.ActivityStart, Parent.PostedFrom, Parent.PostingCertificate,
            Parent.ArrivalDate, Parent.InEducation, Any.AsOf, Member.Permit, Primary.Relationship, Partner.Permit, Partner.Relationship, Parent.Relationship],
        why "The first day of coverage follows the basis: the activity's start, the arrival (accompanying family, students), the end of the 3 months' residence, the permit's start for non-EEA adults, the parents' date for children (Decision 13).",
        example "A worker starting 2026-03-02 is covered from 2026-03-02; their child arriving 2026-04-01 from 2026-04-01.";
}

impl<'h, R: Record> Cx<'h, '_, R> {
    /// Residence route start (Decision 13): the day after the 3-month
    /// anniversary of arrival, not before the permit for non-EEA nationals.
    pub(crate) fn residence_start(&self, m: &Member, wait: bool) -> Option<NaiveDate> {
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
        if !self.nationality(m).is_eea_or_switzerland()
            && let Some(from) = self.permit_valid_from(m)
        {
            start = start.max(from);
        }
        Some(start)
    }

    /// Pass 1 (rules `affiliation.activity`, `affiliation.posted_*`, `affiliation.student`).
    pub(crate) fn own_activity_cover(&self, i: usize, m: &Member) -> Option<Cover> {
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
    pub(crate) fn adult_cover(&self, i: usize, m: &Member, covers: &[Option<Cover>]) -> Cover {
        // The people this adult may depend on: the primary's partner for the
        // primary, the primary for a partner, the parents for an adult child.
        let child = m.relationship == Relationship::Child;
        let anchors: Parents = match m.relationship {
            Relationship::Primary => self.partner_of_primary().into_iter().collect(),
            r if r.is_partner() => self.primary().into_iter().collect(),
            _ => self.parents_of(i, m).0,
        };
        let anchor_cover = |a: usize| self.cover_of(covers, a).as_ref();
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
    pub(crate) fn accompanying_option(
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
                self.cover_of(covers, a)
                    .as_ref()
                    .filter(|c| insured(c))
                    .map(|c| (a, date(c)))
            })
            // A known date beats an unknown one, then the earliest.
            .min_by_key(|&(_, d)| (d.is_none(), d))
    }

    /// Rule `affiliation.residence`: stable residence, more than 3 months,
    /// unless enrolled in education (D160-2 I).
    pub(crate) fn residence_cover(&self, i: usize, m: &Member) -> Cover {
        let (aff, identification, assumed) = self.french_own(i, m);
        let mut c = self.cover(aff, Basis::Residence, Route::Residence);
        c.identification = identification;
        c.assumed = assumed;
        c.covered_from = self.residence_start(m, self.residence_wait(m));
        c
    }

    /// The 3-month condition applies on the residence route, except to
    /// people enrolled in an educational establishment (D160-2 I).
    pub(crate) fn residence_wait(&self, m: &Member) -> bool {
        !self.in_education(m) && self.kind(m) != ActivityKind::Student
    }

    pub(crate) fn explain_affiliation(
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
                let insured = &self.h.members[anchor];
                out.explain(
                    rule,
                    Msg::new(key, lang)
                        .arg(0, Arg::Insured(joined(insured.relationship)))
                        .insured_sex(self.sex(insured)),
                );
                out.explain(
                    &rules::ADULTS_NOT_BENEFICIARIES,
                    Msg::new(T::CAdultOwnRequest, lang),
                );
            }
            Route::FollowsPosted { anchor } => {
                let key = match self.cover_of(covers, anchor).route {
                    Route::Posted(Posting::S1 { .. }) => T::CFollowsS1,
                    // Decision 21: an inferred or unknown scope is an assumption.
                    Route::Posted(Posting::HomeScheme {
                        country,
                        unverified,
                        ..
                    }) if home_scheme_assumed(country, unverified) => T::CFollowsHomeSchemeAssumed,
                    _ => T::CFollowsHomeScheme,
                };
                out.explain(
                    &rules::POSTED_FAMILY,
                    Msg::new(key, lang).insured_sex(self.sex(&self.h.members[anchor])),
                );
            }
            Route::Residence => {
                let key = if self.in_education(m) {
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
                        if self.previously_insured(m) == Some(true) =>
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
                if self.nir(i).is_some() {
                    T::CIdentificationUnderWay
                } else {
                    T::CIdentificationRequired
                }
            } else if self.birth_country(m).is_france() {
                T::CNoIdentificationBornInFrance
            } else if self.nationality(m).is_france() {
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
                (true, Route::Residence) if self.in_education(m) => T::CCoveredFromStudent,
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
            // The person joined or followed, for the words that agree with
            // them (« du S1 de la salariée »).
            if let Route::Accompanying { anchor } | Route::FollowsPosted { anchor } = c.route {
                msg = msg.insured_sex(self.sex(&self.h.members[anchor]));
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
}

/// Whom a member joins or accompanies, by their place in the household
/// (`$insured` of `c-accompanying…`).
fn joined(r: Relationship) -> T {
    match r {
        Relationship::Primary => T::CInsuredMainApplicant,
        Relationship::Child => T::CInsuredChild,
        _ => T::CInsuredPartner,
    }
}
