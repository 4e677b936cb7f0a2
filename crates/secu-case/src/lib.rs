//! The CPAM procedure as a state machine (issue 3): each member with a French
//! affiliation follows a track derived from their assessment; events move it
//! on; guards refuse what reality does not allow; queries say what to do next
//! and by when. Case files record the events in an append-only, hash-chained
//! log and always recompute the state by replaying it.
//!
//! The crate builds on the rules library `secu` (the assessment decides each
//! member's track; [`secu::steps`] decides which steps apply) and is pure
//! like it: no I/O, no clock, no printing.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod case;
pub mod error;
pub mod event;
#[cfg(feature = "ical")]
pub mod ical;
pub mod machine;
pub mod report;
pub mod status;

pub use event::{Event, EventKind};
pub use machine::{Procedure, Refusal};
