//! Redaction (GDPR erasure): a member's data replaced by its commitment in
//! the household and in every entry that carries it, the salts dropped, the
//! chain still verifiable (see the [`crate::case`] module docs).

use secu::error::ErrText;
use secu::small::SmallSet;
use secu::text::T;

use super::replay::ReplayFailure;
use super::{Case, Payload};
use crate::error::{CaseError, CaseErrorCode};

impl Case {
    /// Erases a member's personal data (GDPR), keeping the chain verifiable
    /// (see the module docs). Refused when the other members could no longer
    /// be replayed without this one (redact those who depend on it first, or
    /// use [`Case::redact_all`]). Redacting twice changes nothing.
    pub fn redact(&mut self, member: &str) -> Result<(), CaseError> {
        self.redact_ids(&[member])
    }

    /// Erases the personal data of every member.
    pub fn redact_all(&mut self) -> Result<(), CaseError> {
        let mut ids: SmallSet<String> = self
            .household
            .members
            .iter()
            .map(|m| m.id().to_owned())
            .collect();
        for e in &self.events {
            ids.insert(e.member.clone());
            if let Payload::HouseholdCorrected(h) = &e.payload {
                ids.extend(h.members.iter().map(|m| m.id().to_owned()));
            }
        }
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        self.redact_ids(&ids)
    }

    fn mentions(&self, id: &str) -> bool {
        self.household.members.iter().any(|m| m.id() == id)
            || self.events.iter().any(|e| {
                e.member == id
                    || matches!(&e.payload, Payload::HouseholdCorrected(h)
                        if h.members.iter().any(|m| m.id() == id))
            })
    }

    fn redact_ids(&mut self, ids: &[&str]) -> Result<(), CaseError> {
        for id in ids {
            if !self.mentions(id) {
                return Err(CaseError::one(
                    "member",
                    CaseErrorCode::UnknownMember,
                    ErrText::new(T::ErrRedactUnknown).arg(*id),
                ));
            }
        }
        let mut next = self.clone();
        for id in ids {
            next.household.redact(id);
            for e in &mut next.events {
                e.redact(id);
            }
        }
        next.verify()?;
        let policy = self.policy()?;
        let replayed_before = self.run(&policy).is_ok();
        match next.run(&policy) {
            Ok(_) | Err(ReplayFailure::FullyRedacted) => {}
            Err(f) if replayed_before => {
                return Err(CaseError::one(
                    "member",
                    CaseErrorCode::RedactionBreaksCase,
                    ErrText::new(T::ErrRedactionBreaks)
                        .arg(ids.join("\", \""))
                        .then_text(f.into_error().text())
                        .then(T::ErrRedactDependentsFirst),
                ));
            }
            // The case did not replay before either: never block an erasure.
            Err(_) => {}
        }
        *self = next;
        Ok(())
    }
}
