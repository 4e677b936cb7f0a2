//! The CPAM procedure as a state machine (issue 3): each member with a French
//! affiliation follows a track derived from their assessment; events move it
//! on; guards refuse what reality does not allow; queries say what to do next
//! and by when. Case files record the events in an append-only, hash-chained
//! log and always recompute the state by replaying it.

pub mod case;
pub mod event;
pub mod machine;
pub mod status;
pub mod steps;

pub use event::{Event, EventKind};
pub use machine::{Procedure, Refusal};
