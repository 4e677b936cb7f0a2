//! Warnings: residence permits, inactive EEA nationals' resources and the member-level warnings of the assessment (domain.md §2.2, §7).

use super::*;
use crate::assess::{Cover, Cx, Out, Record, Route};

use super::posting::home_scheme_warnings;
use crate::model::{Member, Permit, Relationship};
use crate::msg::{Arg, Msg};
use crate::output::*;
use crate::policy::AccompanyingFamily;
use crate::rules::{self, Rule};
use crate::text::T;

/// The delays of this area, named with their sources in `data/delays.rs`:
/// a long-stay visa validated within 3 months (CESEDA R.431-16).
pub use crate::data::delays::VLS_TS_VALIDATION;

rules! {
    docs WARNINGS_DOCS;
    INACTIVE_EEA = "affiliation.inactive_eea", RuleInactiveEea, Official, "§2.2",
        ["cleiss.fr eee_cmu"],
        reads [Member.BirthDate, Member.Nationality, Member.ActivityKind, Member.ActivityStart,
            Member.ArrivalDate, Member.InEducation, Any.AsOf, Member.Relationship],
        why "EU law lets a member state require sufficient resources and health cover from inactive EEA/Swiss nationals: the CPAM asks for them (cleiss.fr).",
        example "A German national without activity on the residence route gets the warning `inactive_eea_resources`.";
    PERMIT = "residence.permit", RulePermit, Official, "§2.2, §7",
        ["service-public F34308", "service-public F12859", "CNAMTS instructions (ASH)"],
        reads [Member.Relationship, Member.BirthDate, Member.Nationality, Member.ActivityKind,
            Member.PostedFrom, Member.PostingCertificate, Primary.PostedFrom,
            Primary.PostingCertificate, Any.AsOf],
        why "Non-EEA/Swiss adults (from `rules::children::MAJORITY_AGE`) on a French route must hold a valid residence permit; minors never need one.",
        example "A US spouse without a permit gets the warning `permit_missing`; their 10-year-old child gets no permit requirement.";
    VLS_TS = "residence.vls_ts", RuleVlsTs, Law, "§2.2",
        ["CESEDA R.431-16"],
        reads [Member.Relationship, Member.BirthDate, Member.Nationality, Member.ActivityKind,
            Member.PostedFrom, Member.PostingCertificate, Member.Permit, Any.AsOf],
        why "A long-stay visa worth residence permit (VLS-TS) must be validated online within 3 months of entry (CESEDA R.431-16, `delays::VLS_TS_VALIDATION`).",
        example "An adult holding `permit: long_stay_visa` gets the warning `vls_ts_validation`.";
}

/// The text naming a NIR mismatch.
pub(crate) fn mismatch_text(m: &crate::id::nir::NirMismatch) -> T {
    use crate::id::nir::NirMismatch as M;
    match m {
        M::Sex { .. } => T::MismatchSex,
        M::BirthYear { .. } => T::MismatchYear,
        M::BirthMonth { .. } => T::MismatchMonth,
        _ => T::MismatchPlace,
    }
}

impl<'h, R: Record> Cx<'h, '_, R> {
    /// Warnings that do not belong to one decision above.
    pub(crate) fn member_warnings(
        &self,
        i: usize,
        m: &Member,
        c: &Cover,
        age: u32,
        out: &mut Out<'h>,
    ) {
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
            Route::Residence if !self.in_education(m) => residence_warning(out),
            Route::Posted(p) => self.posting_warnings(m, p, out),
            Route::FollowsPosted { anchor } => {
                if c.affiliation == Affiliation::S1Registration && m.relationship.is_partner() {
                    out.warn0(WarningCode::S1SpouseMayNeedOwnRegistration);
                }
                if c.affiliation == Affiliation::None {
                    let am = &self.h.members[anchor];
                    if let Some(p) = self.posting(am) {
                        home_scheme_warnings(p, self.sex(am), lang, out);
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
        if adult_route && age >= MAJORITY_AGE && !self.nationality(m).is_eea_or_switzerland() {
            match self.permit(m) {
                None | Some(Permit::None) | Some(Permit::NotRequired) => {
                    out.warn0(WarningCode::PermitMissing)
                }
                Some(Permit::Receipt) => out.warn0(WarningCode::ReceiptPermit),
                Some(Permit::LongStayVisa) => out.warn0(WarningCode::VlsTsValidation),
                Some(_) => {}
            }
            if let Some(until) = self.permit_valid_until(m).filter(|d| *d < self.as_of) {
                out.warn(
                    WarningCode::PermitExpired,
                    Msg::new(T::WPermitExpired, lang).arg(0, Arg::Date(until)),
                );
            }
            out.explain(&rules::PERMIT, Msg::new(T::CPermitRequired, lang));
        } else if adult_route && age < MAJORITY_AGE {
            out.explain(&rules::PERMIT, Msg::new(T::CNoPermitMinor, lang));
        }
        if c.basis == Basis::Residence
            && self.nationality(m).is_eea_or_switzerland()
            && !self.nationality(m).is_france()
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
            if let Some(nir) = self.nir(i) {
                for mm in nir.mismatches(self.sex(m), self.birth_date(m), self.birth_country(m)) {
                    out.warn(
                        WarningCode::NirMismatch,
                        Msg::new(T::WNirMismatch, lang).arg(0, Arg::Text(mismatch_text(&mm))),
                    );
                }
                out.explain(&rules::NIR_CHECK, Msg::new(T::CNirChecked, lang));
            }
        }
    }
}
