//! Fund: which local fund (CPAM, CGSS, CSSM, MSA) a member's file goes to (domain.md §2.8, §2.9, §8).

use super::*;
use crate::assess::{Cover, Cx, Out, Record, Route};

use super::posting::Posting;
use crate::data::departments::FundKind as DeptFundKind;
use crate::model::{ActivityKind, Member, Permit, Relationship, Sector};
use crate::msg::{Arg, Msg};
use crate::output::*;
use crate::rules::{self, Rule};
use crate::text::T;

rules! {
    docs FUND_DOCS;
    FUND = "fund.local", RuleFund, Official, "§2.8, §2.9, §8",
        ["ameli.fr", "service-public F12859", "cleiss.fr régime mahorais", "cgss.gf", "QE 228488 (16th legislature)"],
        reads [Member.BirthDate, Member.ActivityKind, Member.ActivityStart, Member.Sector,
            Member.PostedFrom, Member.PostingCertificate, Member.ArrivalDate, Member.Permit,
            Member.Postcode, Member.InEducation, Member.Parents, Primary.Sector,
            Primary.PostedFrom, Primary.PostingCertificate, Primary.Permit, Partner.Sector,
            Partner.Permit, Parent.ActivityKind, Parent.ActivityStart, Parent.Sector,
            Parent.PostedFrom, Parent.ArrivalDate, Parent.Permit, Parent.InEducation, Any.AsOf, Member.Relationship, Primary.ActivityKind, Partner.ActivityKind, Parent.Relationship],
        why "The file goes to the fund of the place of residence: the CPAM, a CGSS overseas (CSSM in Mayotte), the MSA for agricultural employees in metropolitan France (domain.md §2.9).",
        example "A farm worker in postcode 49000 files with the MSA; the same in 97300 with the CGSS of Guyane.";
    FUND_TALENT_PASSPORT = "fund.talent_passport", RuleFundTalentPassport, Secondary, "§2.8",
        ["relocation guides (consistent)"],
        reads [Member.BirthDate, Member.Sector, Member.Permit, Primary.Sector, Primary.Permit,
            Partner.Permit, Parent.Sector, Parent.Permit, Any.AsOf, Member.ActivityKind, Primary.ActivityKind, Parent.ActivityKind],
        why "Talent Passport holders and their families are handled by the CPAM de Paris (relocation guides, consistent).",
        example "A spouse of a Talent Passport holder living in Lyon files with the CPAM de Paris.";
}

impl<'h, R: Record> Cx<'h, '_, R> {
    /// Whose fund a member's file goes to: their own, or the person they
    /// depend on (a child's filing parent, an accompanying partner's anchor).
    pub(crate) fn fund_owner(&self, i: usize, c: &Cover) -> usize {
        match c.route {
            Route::Beneficiary | Route::FollowsPosted { .. } => c.filer.unwrap_or(i),
            Route::Accompanying { anchor } => anchor,
            _ => i,
        }
    }

    /// Rules `fund.local` and `fund.talent_passport`.
    pub(crate) fn fund(
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
        // The kind and the route first: the sector is read only where it
        // counts (not for a posting on the home scheme or an S1, whose
        // sector changes nothing: the intake then does not ask it).
        let agricultural = (self.kind(om).is_work_in_france()
            || self.kind(om) == ActivityKind::Posted)
            && matches!(
                self.cover_of(covers, owner).route,
                Route::Activity | Route::Posted(Posting::French { .. })
            )
            && self.sector(om) == Sector::Agricultural;
        // The postcode: the member's own, else the owner's, else the primary's.
        let postcode = [Some(i), Some(owner), self.primary()]
            .into_iter()
            .flatten()
            .find_map(|k| self.postcode_fund(k));
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
    pub(crate) fn talent_passport_family(&self, i: usize, m: &Member) -> bool {
        let holds = |k: usize| self.permit(&self.h.members[k]) == Some(Permit::TalentPassport);
        if holds(i) {
            return true;
        }
        let adults_holding = || {
            let compute = || {
                self.h.members.iter().enumerate().any(|(k, o)| {
                    (o.relationship == Relationship::Primary || o.relationship.is_partner())
                        && holds(k)
                })
            };
            // Recording, the permits are read on every call (a cached value
            // would hide them from all but the first member).
            if R::ON {
                compute()
            } else {
                *self.adult_holds_talent_passport.get_or_init(compute)
            }
        };
        match m.relationship {
            Relationship::Primary => self.partner_of_primary().is_some_and(holds),
            r if r.is_partner() => self.primary().is_some_and(holds),
            _ => self.is_dependent_age(m) && adults_holding(),
        }
    }
}
