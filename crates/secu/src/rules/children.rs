//! Children: beneficiary status of minors, attachment to parents, dependent status and autonomy, the child's milestones (card at 12, own card at 16, majority), and the age thresholds of §7 (domain.md §6, §7; Decisions 1, 2, 12, 18, 20, 24).

use super::*;
use crate::assess::{Cover, Cx, Out, Parents, Record, Route, max_known};
use chrono::NaiveDate;

use crate::data::delays;
use crate::date;
use crate::model::{ActivityKind, Member, NirStatus, Permit, Relationship};
use crate::msg::{Arg, Msg};
use crate::output::*;
use crate::policy::{BeneficiaryEnd, ChildAttachment};
use crate::rules::{self, Rule};
use crate::text::T;

/// From 12, a parent may order the child's own Carte Vitale from the ameli
/// account (optional; the child stays a beneficiary). Domain.md §7, §8
/// (step 5); service-public F265.
pub const CHILD_CARD_AGE: u32 = 12;

/// At 16 the CPAM sends the child the "Ma nouvelle carte Vitale" form: the
/// child holds and orders their own card (before, a parent does; the ID
/// photo is asked from 16). Domain.md §7, §8 (step 5); service-public F265.
pub const OWN_CARTE_VITALE_AGE: u32 = 16;

/// From 16 a child may become *ayant droit autonome* (on request; a
/// higher-education student automatically), and never before (Decision 20).
/// Domain.md §7; service-public F16620; CSS D160-1.
pub const AUTONOMY_AGE: u32 = 16;

/// Majority: beneficiary status ends (Decision 1), own coverage opens
/// (S1110, Decision 24), residence permits apply to adults. Domain.md §5,
/// §7; CSS L160-2; C. civ. art. 414.
pub const MAJORITY_AGE: u32 = 18;

rules! {
    docs CHILDREN_DOCS;
    MINOR_BENEFICIARY = "affiliation.minor_beneficiary", RuleMinorBeneficiary, Law, "§7",
        ["CSS L160-2", "service-public F16620"],
        reads [Member.Relationship, Member.BirthDate, Member.ActivityKind, Member.Parents,
            Parent.ActivityKind, Parent.PostedFrom, Parent.PostingCertificate, Any.AsOf],
        why "Minor children without activity, with legal filiation, are ayants droit of their insured parents (CSS L160-2) until the beneficiary end (Decision 1, `rules::children::MAJORITY_AGE`).",
        example "A 9-year-old whose mother works in France is `beneficiary`, attached to her.";
    MINOR_WITHOUT_PARENT = "affiliation.minor_without_parent", RuleMinorWithoutParent, Law, "§6, §7, Decision 18",
        ["CSS L160-2", "CSS D160-2 I", "service-public F16620"],
        reads [Member.BirthDate, Member.ActivityKind, Member.InEducation, Member.Parents,
            Any.AsOf, Member.Relationship],
        why "A minor with no insured parent in the household is nobody's beneficiary through filiation; no exemption from the 3-month wait is assumed (Decision 18).",
        example "A 15-year-old listed with an uninsured guardian only gets `minor_without_parent` and the residence route.";
    WORKING_MINOR = "affiliation.working_minor", RuleWorkingMinor, Official, "§7",
        ["CSS L160-1", "CSS L160-2", "service-public F16620"],
        reads [Member.BirthDate, Member.ActivityKind, Any.AsOf],
        why "A minor who works, apprenticeship included, is covered in their own right from the first day of work; the attachment to the parents ends (F16620; Decision 24).",
        example "A 17-year-old apprentice starting 2026-09-01 is `registration` through activity, dependent status `own_coverage`.";
    DEPENDENT_STATUS = "child.dependent_status", RuleDependentStatus, Official, "§7",
        ["service-public F16620", "CSS L160-2", "CSS D160-1"],
        reads [Member.Relationship, Member.BirthDate, Member.ActivityKind, Member.InEducation,
            Member.AutonomyRequested, Member.Parents, Parent.ActivityKind, Parent.PostedFrom,
            Any.AsOf],
        why "From `rules::children::AUTONOMY_AGE` (16) a child may become ayant droit autonome, a higher-education student automatically; a pupil stays a beneficiary unless they ask (F16620, CSS D160-1).",
        example "A 17-year-old student is `ayant_droit_autonome`; a 17-year-old pupil (`in_education`) stays `ayant_droit`.";
    AUTONOMY_BEFORE_16 = "child.autonomy_before_16", RuleAutonomyBefore16, Official, "§7, Decision 20",
        ["service-public F16620", "CSS D160-1"],
        reads [Member.BirthDate, Member.AutonomyRequested, Any.AsOf, Member.Relationship],
        why "Autonomy is not possible before `rules::children::AUTONOMY_AGE`: the request is ignored and the assessment says so (Decision 20).",
        example "A 14-year-old with `autonomy_requested: true` stays `ayant_droit` with the warning `autonomy_before_16`.";
    ATTACHMENT = "child.attachment", RuleAttachment, Law, "§7, Decision 12",
        ["CSS R161-8"],
        reads [Member.Relationship, Member.BirthDate, Member.ActivityKind, Member.Parents,
            Parent.ActivityKind, Parent.PostedFrom, Any.AsOf],
        why "A child is attached to each insured parent (double rattachement, CSS R161-8); the S3705 goes on the primary if insured, else on the first insured parent (Decision 12).",
        example "Two working parents: the child is attached to both; the S3705 is on the primary's list.";
    FILIATION = "child.filiation", RuleFiliation, Law, "§7",
        ["CSS L160-2"],
        reads [Member.Relationship, Member.Parents, Parent.Relationship],
        why "Beneficiary status follows legal filiation (parents listed in `parents`, else the primary and their partner, with the warning `parents_assumed`), not household membership (CSS L160-2).",
        example "A child listed with `parents: [\"mother\"]` is attached to the mother only.";
    BENEFICIARY_END = "child.beneficiary_end", RuleBeneficiaryEnd, Unverified, "§7, Decision 1",
        ["CSS L160-2", "C. civ. art. 414"],
        reads [Member.Relationship, Member.BirthDate, Member.ActivityKind, Member.Parents,
            Parent.PostedFrom, Any.AsOf],
        why "L160-2 ends beneficiary status at a date set by decree in the year of majority; by default the 18th birthday (`rules::children::MAJORITY_AGE`), a fixed date by policy (Decision 1, unverified).",
        example "A child born 2008-10-05 stops being a beneficiary on 2026-10-05 under the default policy.";
    CHILD_MILESTONES = "child.milestones", RuleChildMilestones, Official, "§7, §8",
        ["service-public F265", "service-public F16620"],
        reads [Member.Relationship, Member.BirthDate, Member.Nationality, Member.Nir,
            Member.NiaIssuedOn, Member.ActivityKind, Member.ActivityStart, Member.PostingEnd,
            Member.ArrivalDate, Member.Permit, Member.PermitValidFrom, Member.PermitValidUntil,
            Member.InEducation, Member.Parents, Primary.ActivityStart, Partner.ArrivalDate,
            Partner.PermitValidFrom, Parent.PostedFrom, Any.AsOf, Primary.ActivityKind, Partner.Permit],
        why "The child's dates: a parent may order a card from `rules::children::CHILD_CARD_AGE` (12), own card at `OWN_CARTE_VITALE_AGE` (16), majority at `MAJORITY_AGE` (18) (F265, F16620).",
        example "A child born 2014-05-01 shows `own_card_orderable` 2026-05-01, `own_carte_vitale` 2030-05-01, `majority` 2032-05-01.";
    LEAP_DAY = "dates.leap_day", RuleLeapDay, Secondary, "Decision 2",
        ["circulaire NOR INTA1317573C", "C. proc. civ. art. 641"],
        reads [Member.BirthDate, Any.AsOf],
        why "An anniversary of 29 February falls on 28 February in common years by default (civil computation of periods); the policy `leap_day_birthday` may choose 1 March (Decision 2).",
        example "A child born 2012-02-29 turns 16 on 2028-02-29 and 18 on 2030-02-28.";
}

impl<'h, R: Record> Cx<'h, '_, R> {
    /// Decision 1: the date beneficiary status ends for someone born on `birth`.
    pub(crate) fn beneficiary_end(&self, birth: NaiveDate) -> Option<NaiveDate> {
        let majority = date::anniversary(birth, MAJORITY_AGE, self.policy.leap_day_birthday)?;
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
    pub(crate) fn is_dependent_age(&self, m: &Member) -> bool {
        m.relationship == Relationship::Child
            && self
                .beneficiary_end(self.birth_date(m))
                .is_some_and(|end| self.as_of < end)
    }

    /// The parents of a child: given, or the primary and their partner (Decision 12).
    pub(crate) fn parents_of(&self, i: usize, m: &Member) -> (Parents, bool) {
        match self.parents(m) {
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
    pub(crate) fn child_cover(&self, i: usize, m: &Member, covers: &[Option<Cover>]) -> Cover {
        let (parents, assumed) = self.parents_of(i, m);
        let parent_cover = |p: usize| self.cover_of(covers, p).as_ref();
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
            let arrival = self.arrival(m).or_else(|| {
                self.birth_country(m)
                    .is_france()
                    .then_some(self.birth_date(m))
            });
            c.covered_from = max_known(max_known(arrival, earliest), Some(self.birth_date(m)));
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
            c.covered_from = max_known(max_known(self.arrival(m), start), Some(self.birth_date(m)));
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

    /// Rule `child.dependent_status` (domain §7).
    pub(crate) fn dependent_status(
        &self,
        m: &Member,
        c: &Cover,
        age: u32,
        out: &mut Out<'h>,
    ) -> Option<DependentStatus> {
        let lang = self.lang;
        // Decision 20: no autonomy before 16; ignored, and said so, whatever
        // the child's cover. The age first: from 16 the request is read only
        // where it counts (a dependent child's status below).
        if m.relationship == Relationship::Child && age < AUTONOMY_AGE && self.autonomy_requested(m)
        {
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
        } else if age >= AUTONOMY_AGE && self.kind(m) == ActivityKind::Student {
            (DependentStatus::AyantDroitAutonome, T::CStudentAutonomous)
        } else if age >= AUTONOMY_AGE && self.autonomy_requested(m) {
            (DependentStatus::AyantDroitAutonome, T::CAutonomyRequested)
        } else if age >= AUTONOMY_AGE && self.in_education(m) {
            let key = if one_parent {
                T::CPupilStaysDependentOneParent
            } else {
                T::CPupilStaysDependent
            };
            (DependentStatus::AyantDroit, key)
        } else if age >= AUTONOMY_AGE {
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

    /// Milestones (contract §2): children's birthdays, NIA, posting, NTT, permit.
    pub(crate) fn milestones(&self, i: usize, m: &Member, c: &Cover, out: &mut Out<'h>) {
        let leap = self.policy.leap_day_birthday;
        let birthday = |n: u32| date::anniversary(self.birth_date(m), n, leap);
        if m.relationship == Relationship::Child
            && c.affiliation.is_french()
            && birthday(MAJORITY_AGE).is_some_and(|d| d >= self.as_of)
        {
            if c.dependent {
                out.milestone(MilestoneKind::OwnCardOrderable, birthday(CHILD_CARD_AGE));
                out.milestone(
                    MilestoneKind::OwnCarteVitale,
                    birthday(OWN_CARTE_VITALE_AGE),
                );
                let end = self.beneficiary_end(self.birth_date(m));
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
            out.milestone(MilestoneKind::Majority, birthday(MAJORITY_AGE));
            if chrono::Datelike::month(&self.birth_date(m)) == 2
                && chrono::Datelike::day(&self.birth_date(m)) == 29
            {
                let key = match leap {
                    crate::policy::LeapDayBirthday::LastDayOfFebruary => T::CLeapDayLast,
                    crate::policy::LeapDayBirthday::FirstOfMarch => T::CLeapDayMarch,
                };
                out.explain(&rules::LEAP_DAY, Msg::new(key, self.lang));
            }
        }
        if self.nir_status(m) == Some(NirStatus::Provisional) && self.nir(i).is_some() {
            let expiry = self
                .nia_issued_on(m)
                .and_then(|d| delays::NIR_CERTIFICATION.after(d));
            out.milestone(MilestoneKind::NiaExpiry, expiry);
            if let Some(d) = expiry.filter(|d| *d < self.as_of) {
                out.warn(
                    WarningCode::NiaExpired,
                    Msg::new(T::WNiaExpired, self.lang).arg(0, Arg::Date(d)),
                );
            }
        }
        if let Some(p) = self.posting_of(m) {
            out.milestone(MilestoneKind::PostingEnd, p.end_date);
        }
        let waits = match c.route {
            Route::Residence => !self.in_education(m),
            Route::MinorAlone { .. } => self.residence_wait(m),
            _ => false,
        };
        if waits {
            out.milestone(MilestoneKind::ResidenceConditionMet, c.covered_from);
        }
        if self.permit(m) == Some(Permit::LongStayVisa) {
            out.milestone(
                MilestoneKind::VlsTsValidationDue,
                self.arrival(m)
                    .and_then(|d| delays::VLS_TS_VALIDATION.after(d)),
            );
        }
        out.milestone(MilestoneKind::PermitExpiry, self.permit_valid_until(m));
    }
}
