//! Identifiers: NIR / NIA (the French social security number), NTT (the
//! payroll-only temporary number) and SIREN (the employer's company number).
//!
//! Each identifier is a newtype whose [`FromStr`](std::str::FromStr) says *why*
//! a value is wrong (a typed error with the position, the expected and the
//! found value), never just "invalid". Personal numbers (NIR, NTT) are masked
//! by `Display` and `Debug` to their last four characters; the full form is
//! only available through an explicit `full()` call, so a number cannot leak
//! into a log or an error message by accident (contract §3).
//!
//! Rules: `domain.md` §4 (numbers) and Decision 4 (NIA format, legacy numbers).

pub mod nir;
pub mod ntt;
pub mod siren;

pub use nir::{
    Birthplace, Department, LegacyKind, Nir, NirCheck, NirCheckError, NirCheckKind, NirCheckMonth,
    NirCheckPlace, NirError, NirFull, NirMismatch, NirMonth, PlaceKind,
};
pub use ntt::{Ntt, NttError};
pub use siren::{Siren, SirenError};

/// Characters ignored between the digits of an identifier: the ASCII space,
/// the no-break space (U+00A0) and the narrow no-break space (U+202F).
///
/// The two no-break spaces are accepted because French typography groups
/// digits with them, so a number copied from a letter or a web page often
/// carries them. Tabs, line breaks and punctuation are *not* separators: they
/// are reported as invalid characters.
pub(crate) fn is_separator(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}')
}
