//! A case held together with the end of its replay, so that recording a
//! plain event replays nothing (issue 16: the team service records on the
//! cases it holds, where each full replay cost a quarter of an event).

use chrono::NaiveDate;
use secu::policy::Policy;

use super::{Case, Entry, NewEvent, Replay, ReplayFailure, Replaying};
use crate::error::CaseError;
use crate::event::Event;
use crate::machine::Procedure;

/// A case and its procedure, replayed with the case's own policies
/// ([`Case::policy`]). The fields are private and change only together
/// through [`ReplayedCase::record_by`], so the procedure is always the
/// replay of the case.
#[derive(Clone, Debug)]
pub struct ReplayedCase {
    case: Case,
    policy: Policy,
    state: Replay,
}

impl ReplayedCase {
    /// Replays `case` with its own policies.
    ///
    /// # Errors
    /// The case's policies are invalid, or its log does not replay (as
    /// [`Case::replay`]; a case whose every member was redacted included).
    pub fn new(case: Case) -> Result<Self, CaseError> {
        let policy = case.policy()?;
        let state = case.run_state(&policy).map_err(ReplayFailure::into_error)?;
        Ok(Self {
            case,
            policy,
            state,
        })
    }

    /// The case.
    pub fn case(&self) -> &Case {
        &self.case
    }

    /// The case, letting go of its replay.
    pub fn into_case(self) -> Case {
        self.case
    }

    /// The policies it was replayed with (the case's own).
    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    /// The procedure: the replay of the case's whole log.
    pub fn procedure(&self) -> &Procedure {
        &self.state.procedure
    }

    /// Records an event as [`Case::record_by`] does with the case's own
    /// policies — the same checks, the same entry, the same refusals — but
    /// applies a plain event (any but a correction, a household correction
    /// or a member added) to the procedure held instead of replaying the
    /// log; the other kinds replay it. A refused event leaves the case and
    /// its procedure exactly as they were.
    ///
    /// # Errors
    /// As [`Case::record_by`].
    pub fn record_by(
        &mut self,
        recorded_by: Option<&str>,
        member: &str,
        date: NaiveDate,
        event: Event,
        recorded_at: &str,
        salts: &mut impl FnMut() -> [u8; 16],
    ) -> Result<&Entry, CaseError> {
        let new = NewEvent {
            recorded_by,
            member,
            date,
            event,
            recorded_at,
        };
        self.case.record_on(
            &mut self.state,
            new,
            salts,
            &self.policy,
            Replaying::Incremental,
        )?;
        self.case.last_entry()
    }
}
