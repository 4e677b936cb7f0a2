//! NTT (numéro technique temporaire): the payroll-only identifier an employer
//! declares in DSN field S21.G00.30.020 while the employee has neither NIR nor
//! NIA (`domain.md` §4.3). It opens no rights.
//!
//! Format (`domain.md` §4.3): 11 to 40 characters, no spaces, unique per
//! employer and stable across DSNs. This module further requires ASCII letters
//! and digits only: DSN NTTs are alphanumeric in practice, and refusing
//! punctuation keeps a typo or a pasted separator from becoming part of the
//! identifier. Case is kept as given.
//!
//! [`suggest`] builds the common convention: sex digit + SIREN + payroll
//! number [SECONDARY, consistent].
//!
//! ```
//! use secu::id::{ntt, siren::Siren};
//! use secu::model::Sex;
//!
//! let siren: Siren = "552100554".parse()?;
//! let ntt = ntt::suggest(Sex::Female, &siren, "0042")?;
//! assert_eq!(ntt.full().to_string(), "25521005540042");
//! assert_eq!(ntt.to_string(), "**********0042");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::fmt;
use std::str::FromStr;

use super::siren::Siren;
use crate::model::Sex;

/// Fewest characters of an NTT.
pub const MIN_LEN: usize = 11;
/// Most characters of an NTT.
pub const MAX_LEN: usize = 40;
/// Characters left visible by `Display`.
const VISIBLE: usize = 4;

/// A well-formed NTT: 11–40 ASCII letters and digits.
///
/// `Display` and `Debug` mask all but the last four characters; use
/// [`Ntt::full`] or [`Ntt::as_str`] for the whole identifier.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Ntt(String);

/// Why a string is not an NTT, or why no NTT can be suggested. Messages are
/// lower case, without a trailing period, and never contain the identifier.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum NttError {
    /// Fewer than 11 or more than 40 characters.
    #[error("expected 11 to 40 characters, found {found}")]
    Length {
        /// Number of characters found.
        found: usize,
    },
    /// A space or other whitespace: an NTT has none (`domain.md` §4.3).
    #[error("whitespace at position {position}: an NTT has no spaces")]
    Whitespace {
        /// 1-based position of the first whitespace character.
        position: usize,
    },
    /// A character other than an ASCII letter or digit.
    #[error("invalid character {ch:?} at position {position}: an NTT has only letters and digits")]
    InvalidCharacter {
        /// The character.
        ch: char,
        /// Its 1-based position.
        position: usize,
    },
    /// [`suggest`]: the payroll number is empty.
    #[error("empty payroll number")]
    EmptyPayrollId,
    /// [`suggest`]: a character of the payroll number other than an ASCII
    /// letter or digit.
    #[error(
        "invalid character {ch:?} at position {position} of the payroll number: only letters and digits can go into an NTT"
    )]
    InvalidPayrollCharacter {
        /// The character.
        ch: char,
        /// Its 1-based position in the payroll number.
        position: usize,
    },
}

impl NttError {
    /// A stable snake_case code for the error.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Length { .. } => "invalid_length",
            Self::Whitespace { .. } => "whitespace",
            Self::InvalidCharacter { .. } => "invalid_character",
            Self::EmptyPayrollId => "empty_payroll_id",
            Self::InvalidPayrollCharacter { .. } => "invalid_payroll_character",
        }
    }
}

impl FromStr for Ntt {
    type Err = NttError;

    /// Accepts 11–40 ASCII letters and digits, nothing else (no trimming).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let mut len = 0usize;
        for (i, ch) in s.chars().enumerate() {
            if ch.is_whitespace() {
                return Err(NttError::Whitespace { position: i + 1 });
            }
            if !ch.is_ascii_alphanumeric() {
                return Err(NttError::InvalidCharacter {
                    ch,
                    position: i + 1,
                });
            }
            len += 1;
        }
        if (MIN_LEN..=MAX_LEN).contains(&len) {
            Ok(Ntt(s.to_owned()))
        } else {
            Err(NttError::Length { found: len })
        }
    }
}

/// Suggests an NTT by the common convention (`domain.md` §4.3): sex digit
/// (1 male, 2 female) + SIREN + payroll number. Female, `552100554`, `"0042"`
/// → `25521005540042`.
///
/// The payroll number is used as given: it must be ASCII letters and digits
/// (no separator is silently dropped, since two payroll numbers differing only
/// by a dash would then collide), and the result must be at most 40
/// characters, so the payroll number at most 30.
pub fn suggest(sex: Sex, siren: &Siren, payroll_id: &str) -> Result<Ntt, NttError> {
    if payroll_id.is_empty() {
        return Err(NttError::EmptyPayrollId);
    }
    if let Some((i, ch)) = payroll_id
        .chars()
        .enumerate()
        .find(|(_, ch)| !ch.is_ascii_alphanumeric())
    {
        return Err(NttError::InvalidPayrollCharacter {
            ch,
            position: i + 1,
        });
    }
    let sex_digit = match sex {
        Sex::Male => '1',
        Sex::Female => '2',
    };
    // Every character is already known to be an ASCII letter or digit: only
    // the length remains to check, without formatting twice.
    let mut ntt = String::with_capacity(1 + 9 + payroll_id.len());
    ntt.push(sex_digit);
    ntt.push_str(siren.as_str());
    ntt.push_str(payroll_id);
    let len = ntt.len();
    if (MIN_LEN..=MAX_LEN).contains(&len) {
        Ok(Ntt(ntt))
    } else {
        Err(NttError::Length { found: len })
    }
}

impl Ntt {
    /// The whole identifier, unmasked, as an owned string.
    pub fn into_string(self) -> String {
        self.0
    }

    /// The whole identifier, unmasked.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The whole identifier, for `Display`.
    pub fn full(&self) -> &str {
        &self.0
    }
}

/// Masked: every character but the last four replaced by `*`
/// (`**********0042`).
impl fmt::Display for Ntt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // ASCII only, so bytes are characters.
        let masked = self.0.len().saturating_sub(VISIBLE);
        for _ in 0..masked {
            f.write_str("*")?;
        }
        f.write_str(self.0.get(masked..).unwrap_or(""))
    }
}

/// Masked like `Display`: `Ntt(**********0042)`.
impl fmt::Debug for Ntt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Ntt").field(&format_args!("{self}")).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn bad(input: &str) -> NttError {
        match input.parse::<Ntt>() {
            Ok(n) => panic!("{input:?} accepted as {n}"),
            Err(e) => e,
        }
    }

    fn siren() -> Siren {
        "552100554".parse().unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn good_ntts() {
        for s in [
            "25521005540042",
            "12345678901",                              // 11, the minimum
            "ABCDEFGHIJabcdefghij0123456789ABCDEFGHIJ", // 40, the maximum
            "1552100554EMP0042",
        ] {
            match s.parse::<Ntt>() {
                Ok(n) => assert_eq!(n.as_str(), s),
                Err(e) => panic!("{s:?} rejected: {e}"),
            }
        }
    }

    #[test]
    fn bad_ntts() {
        insta::assert_snapshot!(bad("1234567890"), @"expected 11 to 40 characters, found 10");
        insta::assert_snapshot!(bad(""), @"expected 11 to 40 characters, found 0");
        insta::assert_snapshot!(bad(&"1".repeat(41)), @"expected 11 to 40 characters, found 41");
        insta::assert_snapshot!(bad("2552100554 0042"), @"whitespace at position 11: an NTT has no spaces");
        insta::assert_snapshot!(bad(" 25521005540042"), @"whitespace at position 1: an NTT has no spaces");
        insta::assert_snapshot!(bad("2552100554-0042"), @"invalid character '-' at position 11: an NTT has only letters and digits");
        insta::assert_snapshot!(bad("2552100554é0042"), @"invalid character 'é' at position 11: an NTT has only letters and digits");
        assert_eq!(bad("123").code(), "invalid_length");
    }

    #[test]
    fn suggestion_follows_the_convention() {
        let s = siren();
        let f = suggest(Sex::Female, &s, "0042").map(|n| n.full().to_owned());
        assert_eq!(f.as_deref(), Ok("25521005540042"));
        let m = suggest(Sex::Male, &s, "EMP42").map(|n| n.full().to_owned());
        assert_eq!(m.as_deref(), Ok("1552100554EMP42"));
        // 1 + 9 + 1 = 11 characters: the shortest possible suggestion.
        assert!(suggest(Sex::Male, &s, "7").is_ok());
    }

    #[test]
    fn suggestion_errors() {
        let s = siren();
        let e = |p: &str| suggest(Sex::Female, &s, p).err().map(|e| e.to_string());
        insta::assert_snapshot!(e("").unwrap_or_default(), @"empty payroll number");
        insta::assert_snapshot!(e("EMP-0042").unwrap_or_default(), @"invalid character '-' at position 4 of the payroll number: only letters and digits can go into an NTT");
        insta::assert_snapshot!(e(&"9".repeat(31)).unwrap_or_default(), @"expected 11 to 40 characters, found 41");
        assert!(e(&"9".repeat(30)).is_none());
    }

    #[test]
    fn masked() {
        let n: Ntt = "25521005540042".parse().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(n.to_string(), "**********0042");
        assert_eq!(format!("{n:?}"), "Ntt(**********0042)");
        assert!(!format!("{n} {n:?}").contains("2552100554"));
    }

    proptest::proptest! {
        #[test]
        fn never_panics(s in "\\PC{0,60}") {
            let _ = s.parse::<Ntt>().map(|n| n.to_string());
        }

        #[test]
        fn alphanumeric_round_trip(s in "[A-Za-z0-9]{11,40}") {
            let n: Ntt = s.parse().map_err(|e: NttError| proptest::test_runner::TestCaseError::fail(e.to_string()))?;
            proptest::prop_assert_eq!(n.as_str(), s.as_str());
            let shown = n.to_string();
            proptest::prop_assert!(shown.ends_with(&s[s.len() - 4..]));
            proptest::prop_assert_eq!(shown.matches('*').count(), s.len() - 4);
        }
    }
}
