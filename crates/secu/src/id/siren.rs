//! SIREN: the 9-digit number of a French company (INSEE's SIRENE register),
//! used here to build the payroll NTT (`domain.md` §4.3).
//!
//! The ninth digit is a Luhn check digit (the official SIREN key, INSEE). La
//! Poste's SIREN `356000000` passes the Luhn check like any other; only some
//! of its *SIRET* establishment numbers follow a different rule, and SIRETs are
//! not handled here.
//!
//! ```
//! use secu::id::siren::Siren;
//!
//! let siren: Siren = "552 100 554".parse()?;
//! assert_eq!(siren.as_str(), "552100554");
//! assert_eq!(
//!     "552100555".parse::<Siren>().unwrap_err().to_string(),
//!     "invalid check digit: expected 4, found 5 (luhn key)"
//! );
//! # Ok::<(), secu::id::siren::SirenError>(())
//! ```

use std::fmt;
use std::str::FromStr;

use super::is_separator;

/// Number of digits of a SIREN.
const LEN: usize = 9;

/// A valid SIREN: 9 digits whose Luhn checksum holds.
///
/// Company numbers are public, so `Display` prints it in full (compact,
/// `552100554`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Siren([u8; LEN]);

/// Why a string is not a SIREN. Messages are lower case, without a trailing
/// period.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SirenError {
    /// Not 9 digits once spaces are removed.
    #[error("expected 9 digits, found {found}")]
    Length {
        /// Number of characters found, spaces not counted.
        found: usize,
    },
    /// A character other than a digit or a space.
    #[error("invalid character {ch:?} at position {position}: a SIREN has only digits")]
    InvalidCharacter {
        /// The character.
        ch: char,
        /// Its 1-based position, spaces not counted.
        position: usize,
    },
    /// The ninth digit does not satisfy the Luhn checksum.
    #[error("invalid check digit: expected {expected}, found {found} (luhn key)")]
    InvalidKey {
        /// The ninth digit the first eight call for.
        expected: u8,
        /// The ninth digit given.
        found: u8,
    },
}

impl SirenError {
    /// A stable snake_case code for the error.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Length { .. } => "invalid_length",
            Self::InvalidCharacter { .. } => "invalid_character",
            Self::InvalidKey { .. } => "invalid_key",
        }
    }
}

/// Luhn sum of `digits` (values 0–9), the rightmost one not doubled.
fn luhn_sum(digits: &[u8]) -> u32 {
    digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| {
            let d = u32::from(d);
            if i % 2 == 1 {
                let twice = d * 2;
                if twice > 9 { twice - 9 } else { twice }
            } else {
                d
            }
        })
        .sum()
}

impl FromStr for Siren {
    type Err = SirenError;

    /// Parses 9 digits, spaces allowed anywhere (ASCII space, U+00A0,
    /// U+202F), and checks the Luhn key.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let mut digits = [0u8; LEN];
        let mut len = 0usize;
        for ch in s.chars() {
            if is_separator(ch) {
                continue;
            }
            if !ch.is_ascii_digit() {
                return Err(SirenError::InvalidCharacter {
                    ch,
                    position: len + 1,
                });
            }
            if let Some(slot) = digits.get_mut(len) {
                *slot = ch as u8 - b'0';
            }
            len += 1;
        }
        if len != LEN {
            return Err(SirenError::Length { found: len });
        }
        // The check digit is the one that makes the Luhn sum a multiple of 10:
        // compute the sum with a 0 in its place, then complete it.
        let found = digits[LEN - 1];
        let mut with_zero = digits;
        with_zero[LEN - 1] = 0;
        // The sum is < 10 * 9 * 9, and `% 10` keeps the result in 0..=9.
        let expected = ((10 - luhn_sum(&with_zero) % 10) % 10) as u8;
        if expected != found {
            return Err(SirenError::InvalidKey { expected, found });
        }
        Ok(Siren(digits.map(|d| d + b'0')))
    }
}

impl Siren {
    /// The 9 digits.
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or("")
    }
}

impl fmt::Display for Siren {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn ok(input: &str, expect: &str) {
        match input.parse::<Siren>() {
            Ok(s) => assert_eq!(s.as_str(), expect, "{input:?}"),
            Err(e) => panic!("{input:?} rejected: {e}"),
        }
    }

    #[track_caller]
    fn bad(input: &str) -> SirenError {
        match input.parse::<Siren>() {
            Ok(s) => panic!("{input:?} accepted as {s}"),
            Err(e) => e,
        }
    }

    #[test]
    fn good_sirens() {
        ok("552100554", "552100554"); // contract §1 example
        ok("552 100 554", "552100554");
        ok("\u{a0}552\u{202f}100 554 ", "552100554");
        ok("356000000", "356000000"); // La Poste: Luhn holds
        ok("732829320", "732829320");
        ok("443061841", "443061841");
        ok("000000000", "000000000"); // Luhn holds; structure only
    }

    #[test]
    fn bad_sirens() {
        insta::assert_snapshot!(bad("552100555"), @"invalid check digit: expected 4, found 5 (luhn key)");
        insta::assert_snapshot!(bad("552100545"), @"invalid check digit: expected 7, found 5 (luhn key)");
        insta::assert_snapshot!(bad("356000001"), @"invalid check digit: expected 0, found 1 (luhn key)");
        insta::assert_snapshot!(bad("55210055"), @"expected 9 digits, found 8");
        insta::assert_snapshot!(bad("5521005540"), @"expected 9 digits, found 10");
        insta::assert_snapshot!(bad(""), @"expected 9 digits, found 0");
        insta::assert_snapshot!(bad("552-100-554"), @"invalid character '-' at position 4: a SIREN has only digits");
        insta::assert_snapshot!(bad("55210055A"), @"invalid character 'A' at position 9: a SIREN has only digits");
        insta::assert_snapshot!(bad("552\t100554"), @r"invalid character '\t' at position 4: a SIREN has only digits");
        assert_eq!(bad("552100555").code(), "invalid_key");
    }

    /// A transposition of two adjacent different digits, or any single-digit
    /// change, breaks the Luhn sum (except the 0↔9 transposition, a known
    /// Luhn blind spot).
    #[test]
    fn single_digit_changes_are_caught() {
        let good = *b"552100554";
        for pos in 0..LEN {
            for d in b'0'..=b'9' {
                if d == good[pos] {
                    continue;
                }
                let mut s = good;
                s[pos] = d;
                let s = String::from_utf8(s.to_vec()).unwrap_or_default();
                assert!(s.parse::<Siren>().is_err(), "{s} accepted");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn never_panics(s in "\\PC{0,40}") {
            let _ = s.parse::<Siren>();
        }

        #[test]
        fn eight_digits_complete_to_one_valid_siren(body in "[0-9]{8}") {
            let valid = (0..=9)
                .filter(|d| format!("{body}{d}").parse::<Siren>().is_ok())
                .count();
            proptest::prop_assert_eq!(valid, 1);
        }
    }
}
