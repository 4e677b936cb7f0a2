//! Integration tests of the core crate: one binary (see ARCHITECTURE.md).
#![allow(clippy::disallowed_methods)] // Tests read the bundled examples from disk.

mod audience;
mod catalogue;
mod codes_json;
mod compact;
mod decoders;
mod examples;
mod facts;
mod helpers;
mod input_limits;
mod intake;
mod l10n;
mod l10n_countries;
mod properties;
mod validation;
