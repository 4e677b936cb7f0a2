//! Steps: the initial plan of a member's procedure with the CPAM (domain.md §8, §10; Decisions 8, 9).

use super::*;
use crate::assess::{Cover, Cx, Record};

use crate::data::delays;
use crate::model::{Member, NirStatus};
use crate::output::*;
use crate::policy::CardAndAccount;
use crate::rules::Rule;
use crate::text::T;

/// How far ahead the household summary of the report looks for key dates
/// (`report::render_for`): the milestones of the next twelve months.
pub const SUMMARY_HORIZON_MONTHS: u32 = 12;

/// From 16 a member declares their own médecin traitant (16–17-year-olds
/// co-signed by a parent): the default of the policy
/// `physician_declaration_from_age` and the procedure's guard. Domain.md §7,
/// §8, Decision 8; ameli.fr médecin traitant.
pub const PHYSICIAN_DECLARATION_AGE: u32 = 16;

/// From 16 a child who is *ayant droit autonome* opens their own ameli
/// account (the procedure's guard). Domain.md glossary ("ayant droit
/// autonome"), §7; service-public F16620.
pub const OWN_AMELI_ACCOUNT_AGE: u32 = 16;

rules! {
    docs STEPS_DOCS;
    STEPS = "procedure.steps", RuleSteps, Official, "§8, §10, Decisions 8 and 9",
        ["CSS R114-7", "service-public F265", "ameli né à l'étranger"],
        reads [Member.Relationship, Member.BirthDate, Member.BirthCountry, Member.Nir,
            Member.NiaIssuedOn, Member.PreviouslyInsured, Member.ActivityKind,
            Member.ActivityStart, Member.Sector, Member.PostedFrom, Member.PostingCertificate,
            Member.ArrivalDate, Member.Permit, Member.Postcode, Member.InEducation,
            Member.AutonomyRequested, Member.Parents, Primary.Sector, Primary.PostedFrom,
            Primary.PostingCertificate, Partner.Sector, Parent.ActivityKind,
            Parent.ActivityStart, Parent.Sector, Parent.PostedFrom, Parent.PostingCertificate,
            Parent.ArrivalDate, Parent.InEducation, Any.AsOf, Primary.ActivityKind, Partner.ActivityKind, Parent.Relationship],
        why "The steps with the CPAM depend on the affiliation: file, identification (NIA, certification), affiliation, médecin traitant (from `rules::steps::PHYSICIAN_DECLARATION_AGE`), Carte Vitale, ameli account (Decisions 8, 9).",
        example "A registration with identification: file, NIA, certification, physician declaration, Carte Vitale, ameli account, in that order.";
}

impl<'h, R: Record> Cx<'h, '_, R> {
    /// Rule `procedure.steps` (domain §8, §10; Decisions 8, 9): the initial plan.
    pub(crate) fn steps(
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
        let facts = crate::steps::StepFacts {
            affiliation: c.affiliation,
            identification: c.identification,
            dependent: child,
            age,
            autonomous: status == Some(DependentStatus::AyantDroitAutonome),
            physician_from_age: u32::from(self.policy.physician_declaration_from_age),
        };
        let applies = |s: StepId| crate::steps::step_applies(s, &facts);
        let physician = applies(StepId::PhysicianDeclaration);
        let filer = if child { Actor::Parent } else { Actor::Member };
        // §7: a parent orders a 12–15-year-old's card.
        let card_actor = if child && age < OWN_CARTE_VITALE_AGE {
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
                    self.nir(i).is_some() && self.nir_status(m) == Some(NirStatus::Provisional);
                if nia && id {
                    for s in &mut steps {
                        match s.step {
                            StepId::PrepareFile
                            | StepId::SubmitFile
                            | StepId::ProvisionalNumber => s.status = StepStatus::Done,
                            StepId::NumberCertification => {
                                s.status = StepStatus::InProgress;
                                s.expected_by = self
                                    .nia_issued_on(m)
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
}
