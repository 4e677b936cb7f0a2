//! The machine: tracks, phases, the transition table and its guards.
//! (Skeleton: the lead is writing it.)

use chrono::NaiveDate;
use serde::Serialize;

use super::event::{Event, EventKind};
use crate::error::InputErrors;
use crate::model::Household;
use crate::policy::Policy;

/// The procedure of a whole household: one track per member with a French affiliation.
#[derive(Clone, Debug)]
pub struct Procedure {
    household: Household,
}

/// An event the current state does not allow: why, and what is allowed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Refusal {
    /// The refused event.
    pub event: EventKind,
    /// Stable code of the reason.
    pub code: &'static str,
    /// Why (English).
    pub message: String,
    /// The events allowed for that member now.
    pub allowed: Vec<EventKind>,
}

impl Procedure {
    /// Starts the procedure of a household assessed on `on`.
    pub fn start(household: Household, on: NaiveDate, policy: &Policy) -> Result<Self, InputErrors> {
        let _ = (on, policy);
        Ok(Self { household })
    }

    /// Applies one event to one member, or refuses it (the state is then unchanged).
    pub fn apply(&mut self, member: &str, date: NaiveDate, event: &Event) -> Result<(), Refusal> {
        let _ = (member, date, event);
        Ok(())
    }

    /// The household as corrected so far.
    pub fn household(&self) -> &Household {
        &self.household
    }
}
