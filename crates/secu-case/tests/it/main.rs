//! Integration tests of the case crate: one binary (see ARCHITECTURE.md).
#![allow(clippy::disallowed_methods)] // Tests read the bundled examples from disk.

mod case_hardening;
mod helpers;
mod l10n;
mod machine_properties;
mod portfolio;
mod replays;
mod timeline;
