//! Which steps of the procedure apply to a member: one rule for the
//! assessment's plan (`assess`), the procedure's status and the machine's
//! guards (issue 10, item 21: a 17-year-old's ameli step was `not_applicable`
//! in the plan and "to do" in the status).
//!
//! Sources: domain.md §7 (a child's Carte Vitale from 12, ordered by a
//! parent; own ameli account once *ayant droit autonome* or at 18; médecin
//! traitant from 16), §8 (the steps of each track), Decisions 8, 9, 24 and 27
//! (an S1 child under 12 has no Carte Vitale step).

use crate::output::{Affiliation, StepId};
use crate::rules::children::{AUTONOMY_AGE, CHILD_CARD_AGE, MAJORITY_AGE};

/// What decides whether a step applies to a member, on a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StepFacts {
    /// The member's affiliation.
    pub affiliation: Affiliation,
    /// Born abroad without a number: NIA, then certification (SANDIA).
    pub identification: bool,
    /// Attached to a parent (beneficiary, or a child under a parent's S1).
    pub dependent: bool,
    /// Age in whole years on the date.
    pub age: u32,
    /// A 16–17-year-old *ayant droit autonome* (student, or on request: D160-1, F16620).
    pub autonomous: bool,
    /// The policy's age for the médecin traitant (Decision 8, default 16).
    pub physician_from_age: u32,
}

impl StepFacts {
    /// A minor still attached to a parent.
    pub fn minor_dependent(&self) -> bool {
        self.dependent && self.age < MAJORITY_AGE
    }
}

/// Whether `step` is one of the member's steps on the date of `facts`.
pub fn step_applies(step: StepId, facts: &StepFacts) -> bool {
    use Affiliation as A;
    let a = facts.affiliation;
    let minor = facts.minor_dependent();
    match step {
        StepId::PrepareFile | StepId::SubmitFile => a != A::None,
        StepId::ProvisionalNumber | StepId::NumberCertification => {
            facts.identification && matches!(a, A::Registration | A::Beneficiary)
        }
        // Decision 8: a first registration's médecin traitant, from 16.
        StepId::PhysicianDeclaration => {
            matches!(a, A::Registration | A::Beneficiary) && facts.age >= facts.physician_from_age
        }
        StepId::RightsReopened => a == A::Reactivation,
        StepId::S1Registered => a == A::S1Registration,
        // §7: a child's own card from 12 (Decision 27: not before, S1 included).
        StepId::CarteVitale => a != A::None && (!minor || facts.age >= CHILD_CARD_AGE),
        // §7: an own account for an adult, or an ayant droit autonome (16–17);
        // §8: not part of an S1 registration.
        StepId::AmeliAccount => {
            matches!(a, A::Registration | A::Beneficiary | A::Reactivation)
                && (!minor || facts.autonomous)
        }
    }
}

/// A 16–17-year-old is *ayant droit autonome* as a student (automatically)
/// or on request (domain §7; F16620; Decision 20: never before 16).
pub fn autonomous(age: u32, student: bool, requested: bool) -> bool {
    age >= AUTONOMY_AGE && (student || requested)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(affiliation: Affiliation, dependent: bool, age: u32, autonomous: bool) -> StepFacts {
        StepFacts {
            affiliation,
            identification: true,
            dependent,
            age,
            autonomous,
            physician_from_age: 16,
        }
    }

    #[test]
    fn a_seventeen_year_old_has_an_ameli_account_only_if_autonomous() {
        let b = Affiliation::Beneficiary;
        assert!(!step_applies(
            StepId::AmeliAccount,
            &facts(b, true, 17, false)
        ));
        assert!(step_applies(
            StepId::AmeliAccount,
            &facts(b, true, 17, true)
        ));
        assert!(step_applies(
            StepId::AmeliAccount,
            &facts(b, true, 18, false)
        ));
        assert!(!step_applies(
            StepId::AmeliAccount,
            &facts(Affiliation::S1Registration, false, 40, false)
        ));
    }

    #[test]
    fn a_child_s_card_from_12_s1_included() {
        for a in [Affiliation::Beneficiary, Affiliation::S1Registration] {
            assert!(!step_applies(
                StepId::CarteVitale,
                &facts(a, true, 11, false)
            ));
            assert!(step_applies(
                StepId::CarteVitale,
                &facts(a, true, 12, false)
            ));
        }
        assert!(!autonomous(15, true, true));
        assert!(autonomous(16, true, false));
    }
}
