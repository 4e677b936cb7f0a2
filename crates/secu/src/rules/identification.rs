//! Identification: whether a member must be identified (NIA, then a certified NIR) or already has a certified number, registration vs reactivation, and the NIR cross-check (domain.md §1, §3, §4; Decisions 4, 11).

use super::*;
use crate::assess::{Cx, Record};

use crate::model::{Member, NirStatus};
use crate::output::*;
use crate::policy::UnknownPreviousInsurance;
use crate::rules::Rule;
use crate::text::T;

/// A NIA (provisional number) is usable for 9 months: after it, the
/// member's reimbursements depend on the certified NIR. A concept of its own,
/// distinct from the certification's duration ([`crate::data::delays::NIR_CERTIFICATION`],
/// also up to 9 months, a delay of the fund's). Domain.md §4.2 ("Usable for 9
/// months"), §10; ameli "né à l'étranger" (2025).
pub const NIA_VALIDITY: crate::data::delays::Delay = crate::data::delays::Delay {
    id: "nia_validity",
    months: 9,
    days: 0,
    source: "ameli né à l'étranger (2025)",
};

/// The delays of this area, named with their sources in `data/delays.rs`:
/// the identification's delays (R114-7 III, SANDIA's NIA, certification up to 9 months).
pub use crate::data::delays::{CIVIL_STATUS_DOCUMENT, NIA_AFTER_SUBMISSION, NIR_CERTIFICATION};

rules! {
    docs IDENTIFICATION_DOCS;
    IDENTIFICATION = "affiliation.identification", RuleIdentification, Law, "§1, §3, Decision 11",
        ["CSS R114-7", "CSS R161-1", "service-public F225"],
        reads [Member.BirthCountry, Member.Nir, Member.PreviouslyInsured, Member.ActivityKind,
            Member.PostedFrom, Member.PostingCertificate, Primary.PostedFrom,
            Primary.PostingCertificate, Parent.PostedFrom],
        why "People born abroad without a French number are identified by SANDIA: a provisional NIA first, usable `rules::identification::NIA_VALIDITY` (9 months), then a certified NIR after checking the civil-status documents (CSS R114-7).",
        example "A US national born in the US, never insured in France: `identification_required: true`, a NIA then a certified NIR; a French national born in Lyon: no identification.";
    NIR_CHECK = "identity.nir_cross_check", RuleNirCheck, Official, "§4.1, Decision 4",
        ["décret 82-103", "CNAM nir-validation"],
        reads [Member.Nir],
        why "A given NIR is checked (structure, key, Corsica) and compared with the sex, birth year, month and place given; a mismatch is a warning, not an error (Decision 4).",
        example "A NIR starting with 2 for a member with `sex: male` gets the warning `nir_mismatch` (sex).";
}

impl<'h, R: Record> Cx<'h, '_, R> {
    /// Decision 11: registration or reactivation, and identification.
    pub(crate) fn french_own(
        &self,
        i: usize,
        m: &Member,
    ) -> (Affiliation, bool, Option<WarningCode>) {
        let born_in_france = self.birth_country(m).is_france();
        let french = self.nationality(m).is_france();
        let nir = self.nir(i);
        let certified =
            nir.is_some() && self.nir_status(m).unwrap_or_default() == NirStatus::Certified;
        let provisional = nir.is_some() && !certified;
        let (aff, assumed) = match self.previously_insured(m) {
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
    pub(crate) fn needs_identification(&self, m: &Member, certified_nir: bool) -> bool {
        !self.birth_country(m).is_france()
            && !self.nationality(m).is_france()
            && !certified_nir
            && self.previously_insured(m) != Some(true)
    }

    pub(crate) fn certified(&self, i: usize, m: &Member) -> bool {
        self.nir(i).is_some() && self.nir_status(m).unwrap_or_default() == NirStatus::Certified
    }
}
