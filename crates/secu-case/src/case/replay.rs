//! The replay: the log through the procedure, from the household (without
//! redacted members) on `opened_on`, skipping voided entries, corrections and
//! redacted members; the corrections' checks.

use secu::error::{ErrText, InputErrors};
use secu::policy::Policy;
use secu::small::{SmallMap, SmallSet};
use secu::text::T;

use super::{Case, CaseMember, Payload};
use crate::error::{CaseError, CaseErrorCode};
use crate::event::{Event, EventKind};
use crate::machine::{Procedure, Refusal};

/// Why a replay stopped.
pub(crate) enum ReplayFailure {
    /// The household (without redacted members) does not start a procedure.
    Household(InputErrors, Vec<usize>),
    /// Every member was redacted.
    FullyRedacted,
    /// `events[index]` is refused.
    At { index: usize, refusal: Refusal },
}

impl ReplayFailure {
    pub(crate) fn into_error(self) -> CaseError {
        match self {
            Self::Household(errors, index) => CaseError::from_input(errors, "household", &index),
            Self::FullyRedacted => CaseError::one(
                "household",
                CaseErrorCode::FullyRedacted,
                T::ErrFullyRedacted,
            ),
            Self::At { index, refusal } => CaseError::one(
                format!("events[{index}]"),
                CaseErrorCode::RefusedOnReplay,
                ErrText::new(T::ErrRefusedOnReplay)
                    .arg(refusal.code)
                    .then_text(refusal_text(&refusal)),
            ),
        }
    }
}

pub(crate) fn refusal(
    event: EventKind,
    code: &'static str,
    message: impl Into<ErrText>,
    allowed: Vec<EventKind>,
) -> Refusal {
    Refusal::new(event, code, message.into(), allowed)
}

/// A refusal's reason as text keys (its English message when it has none).
pub(crate) fn refusal_text(r: &Refusal) -> ErrText {
    r.text.clone().or_fixed(&r.message)
}

impl Case {
    // -- replay ---------------------------------------------------------

    /// Replays the log through the procedure: starts it with the household
    /// (without redacted members) on `opened_on`, then applies every entry
    /// in order, skipping voided entries, corrections and redacted members.
    /// Pass the case's own policies ([`Case::policy`]) unless asking "what if".
    pub fn replay(&self, policy: &Policy) -> Result<Procedure, CaseError> {
        self.run(policy).map_err(ReplayFailure::into_error)
    }

    /// Checks the corrections: voided seq → voiding seq, or the first refused.
    pub(crate) fn corrections(
        &self,
        redacted: &SmallSet<&str>,
    ) -> Result<SmallMap<u64, u64>, ReplayFailure> {
        let mut voided = SmallMap::new();
        for (i, e) in self.events.iter().enumerate() {
            let Payload::Event(Event::Correction { voids, .. }) = &e.payload else {
                continue;
            };
            if redacted.contains(e.member.as_str()) {
                continue;
            }
            let refuse = |code, message| {
                Err(ReplayFailure::At {
                    index: i,
                    refusal: refusal(EventKind::Correction, code, message, Vec::new()),
                })
            };
            let target = self.events[..i].iter().find(|t| t.seq == *voids);
            match target {
                None => {
                    return refuse(
                        "unknown_seq",
                        ErrText::new(T::ErrSeqUnknown).arg(voids.to_string()),
                    );
                }
                Some(t) if t.kind() == EventKind::Correction => {
                    return refuse(
                        "voids_correction",
                        ErrText::new(T::ErrSeqIsCorrection).arg(voids.to_string()),
                    );
                }
                Some(t) if t.member != e.member => {
                    return refuse(
                        "other_member",
                        ErrText::new(T::ErrSeqOtherMember).arg(voids.to_string()),
                    );
                }
                Some(_) => {
                    if let Some(by) = voided.insert(*voids, e.seq) {
                        return refuse(
                            "already_voided",
                            ErrText::new(T::ErrSeqAlreadyVoided)
                                .arg(voids.to_string())
                                .arg(by.to_string()),
                        );
                    }
                }
            }
        }
        Ok(voided)
    }

    pub(crate) fn run(&self, policy: &Policy) -> Result<Procedure, ReplayFailure> {
        self.run_state(policy).map(|r| r.procedure)
    }

    /// [`Case::run`], keeping the members the replay knows at the end.
    pub(crate) fn run_state(&self, policy: &Policy) -> Result<Replay, ReplayFailure> {
        let redacted = self.redacted_members();
        let (household, index) = self.household.present(&redacted);
        if household.members.is_empty() {
            return Err(ReplayFailure::FullyRedacted);
        }
        let mut procedure = Procedure::start(household, self.opened_on, policy)
            .map_err(|e| ReplayFailure::Household(e, index))?;
        if !redacted.is_empty() {
            procedure = procedure.with_redacted_history();
        }
        let voided = self.corrections(&redacted)?;
        let mut known: SmallSet<&str> = self.household.members.iter().map(CaseMember::id).collect();
        for (i, e) in self.events.iter().enumerate() {
            if redacted.contains(e.member.as_str()) || voided.contains_key(&e.seq) {
                continue;
            }
            if matches!(
                e.payload,
                Payload::Event(Event::Correction { .. }) | Payload::Redacted { .. }
            ) {
                continue;
            }
            admit(i, e, |id| known.contains(id))?;
            apply_entry(&mut procedure, &redacted, i, e)?;
            match &e.payload {
                Payload::MemberAdded(m) => {
                    known.insert(m.id());
                }
                Payload::HouseholdCorrected(h) => {
                    known.clear();
                    known.extend(h.members.iter().map(CaseMember::id));
                }
                _ => {}
            }
        }
        Ok(Replay {
            procedure,
            known: known.iter().map(|id| (*id).to_owned()).collect(),
        })
    }
}

/// Where a replay ends: the procedure, and the ids of the members the log's
/// next entry may name (the household as opened or last corrected, plus the
/// members added since, as the replay counts them: voided and redacted
/// entries left out).
#[derive(Clone, Debug)]
pub(crate) struct Replay {
    pub(crate) procedure: Procedure,
    pub(crate) known: SmallSet<String>,
}

/// The replay's checks of `e` (at `index`) against the members known
/// before it (`known`): a member added under its own id and only once,
/// any other event for a known member.
pub(crate) fn admit(
    index: usize,
    e: &super::Entry,
    known: impl Fn(&str) -> bool,
) -> Result<(), ReplayFailure> {
    let refuse = |code, message| ReplayFailure::At {
        index,
        refusal: refusal(e.kind(), code, message, Vec::new()),
    };
    match &e.payload {
        Payload::MemberAdded(m) => {
            if m.id() != e.member {
                return Err(refuse(
                    "member_mismatch",
                    ErrText::new(T::ErrMemberMismatch).arg(m.id()),
                ));
            }
            if known(m.id()) {
                return Err(refuse(
                    "duplicate_member",
                    ErrText::new(T::ErrDuplicateMember).arg(m.id()),
                ));
            }
            Ok(())
        }
        _ if !known(e.member.as_str()) => Err(refuse(
            "unknown_member",
            ErrText::new(T::ErrReplayUnknownMember).arg(e.member.as_str()),
        )),
        _ => Ok(()),
    }
}

/// Applies entry `e` (at `index`) to the procedure, without the members in
/// `redacted` (nothing for an entry whose data were erased). The procedure
/// is unchanged when it refuses.
pub(crate) fn apply_entry(
    procedure: &mut Procedure,
    redacted: &SmallSet<&str>,
    index: usize,
    e: &super::Entry,
) -> Result<(), ReplayFailure> {
    let Some(event) = e.event_without(redacted) else {
        return Ok(());
    };
    procedure
        .apply(&e.member, e.date, &event)
        .map_err(|refusal| ReplayFailure::At { index, refusal })
}
