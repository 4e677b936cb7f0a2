//! Identifiers: NIR / NIA, NTT, SIREN.
pub mod nir;
pub mod ntt;
pub mod siren;
