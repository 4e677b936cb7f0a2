//! Integration tests of the core crate: one binary (see ARCHITECTURE.md).
#![allow(clippy::disallowed_methods)] // Tests read the bundled examples from disk.

mod case_hardening;
mod catalogue;
mod decoders;
mod examples;
mod facts;
mod helpers;
mod input_limits;
mod machine_properties;
mod properties;
mod replays;
mod timeline;
mod validation;
