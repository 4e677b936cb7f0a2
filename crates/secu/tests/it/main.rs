//! Integration tests of the core crate: one binary (see ARCHITECTURE.md).

mod catalogue;
mod examples;
mod helpers;
mod properties;
mod validation;
