//! NIR (numéro d'inscription au répertoire, the French social security
//! number) and NIA (numéro d'identification d'attente): parsing, key check,
//! decoding, masking, cross-checking against a member, and the verdict of
//! `secu nir check`.
//!
//! # Rules
//!
//! The structure is the one of décret 82-103 as summarised in `domain.md`
//! §4.1 (positions are 1-based, counted on the characters that are not
//! spaces):
//!
//! | positions | meaning |
//! |---|---|
//! | 1 | sex: `1` male, `2` female |
//! | 2–3 | year of birth, two digits |
//! | 4–5 | month of birth `01`–`12`, or a pseudo-month `20`–`99` (incomplete civil status) |
//! | 6–7 | department `01`–`99`, `2A`/`2B` (Corsica; `20` also accepted), `99` = born abroad |
//! | 8–10 | commune; for `99` the INSEE country code; for `97x`/`98x` (overseas) the third digit of the department, then a 2-digit commune |
//! | 11–13 | order number `001`–`999` |
//! | 14–15 | key = 97 − (N mod 97), N the 13 characters read as a number with `2A` → `19` and `2B` → `18` |
//!
//! * A NIA is built like a NIR and validated exactly like one (Decision 4;
//!   DSS circular 2012-213).
//! * A 13-character number (as in DSN field S21.G00.30.001) is valid without
//!   its key; [`Nir::key`] gives the key it would have (Decision 4).
//! * Legacy provisional numbers, NNP (first digit 7/8) and MIG (5/6), 13
//!   digits without key, are recognised and explained but never accepted as a
//!   NIR: [`NirError::LegacyProvisional`] (`domain.md` §4.2, Decision 4; CNAM
//!   `nir-validation`).
//!
//! # Input
//!
//! Letters of `2A`/`2B` may be lower case. Spaces may appear anywhere: the
//! ASCII space, the no-break space U+00A0 and the narrow no-break space U+202F
//! (French typography groups digits with them). Any other character
//! (tab, dot, dash…) is an invalid character.
//!
//! # Privacy
//!
//! `Display` and `Debug` of [`Nir`] mask every character but the last four,
//! and no [`NirError`] message ever contains the number (contract §3). The full
//! number needs an explicit [`Nir::full`] or [`Nir::compact`].
//!
//! # Example
//!
//! ```
//! use secu::id::nir::{Birthplace, Nir, NirError};
//!
//! let nir: Nir = "2 95 10 99 126 111 93".parse()?;
//! assert_eq!(nir.key(), 93);
//! assert!(matches!(nir.birthplace(), Birthplace::Abroad { cog: 126 }));
//! assert_eq!(nir.to_string(), "* ** ** ** *** *11 93");
//! assert_eq!(nir.full().to_string(), "2 95 10 99 126 111 93");
//!
//! let err = "2 95 10 99 126 111 94".parse::<Nir>().unwrap_err();
//! assert_eq!(err.to_string(), "invalid key: expected 93, found 94");
//! # Ok::<(), NirError>(())
//! ```

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use super::is_separator;
use crate::Country;
use crate::model::Sex;

/// Number of characters of a NIR without its key.
const BODY_LEN: usize = 13;
/// Number of characters of a NIR with its key.
const FULL_LEN: usize = 15;
/// Characters before the last four, masked by `Display`.
const MASKED: usize = FULL_LEN - 4;
/// Grouping of the printed form: sex, year, month, department, commune,
/// order, key.
const GROUPS: [usize; 7] = [1, 2, 2, 2, 3, 3, 2];
/// Grouping when the department has three digits (97x, 98x).
const GROUPS_OVERSEAS: [usize; 7] = [1, 2, 2, 3, 2, 3, 2];
/// Grouping of a legacy NNP/MIG: sex, verification digit, fund, sequence (and
/// the two digits more of one typed with 15).
const GROUPS_LEGACY: [usize; 5] = [1, 1, 3, 8, 2];

/// A parsed, structurally valid NIR or NIA (`domain.md` §4.1, Decision 4).
///
/// Stored compactly (the 13 characters as ASCII, the key if one was given
/// and the computed key: 15 bytes), so it is `Copy`. Two values are equal when their 13 characters are
/// equal, whether or not the key was typed: the key is derived from them.
///
/// `Display` and `Debug` mask all but the last four characters of the
/// 15-character form; use [`Nir::full`] to print the number.
#[derive(Clone, Copy)]
pub struct Nir {
    /// ASCII digits, except `A`/`B` (upper case) at index 6 after a `2`.
    body: [u8; BODY_LEN],
    /// The key as typed, when 15 characters were given (then it is correct
    /// once `FromStr` returned).
    key_given: Option<u8>,
    /// The key computed from `body`, kept to avoid recomputing it.
    key: u8,
}

impl PartialEq for Nir {
    fn eq(&self, other: &Self) -> bool {
        self.body == other.body
    }
}

impl Eq for Nir {}

impl std::hash::Hash for Nir {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.body.hash(state);
    }
}

/// Why a string is not a NIR (`domain.md` §4.1, §4.2, Decision 4).
///
/// Messages are lower case, without a trailing period, and never contain the
/// number itself (contract §3): at most the one or few characters at fault.
/// `Copy`: an error costs nothing to make or to drop.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum NirError {
    /// Not 13 (without key) or 15 (with key) characters once spaces are
    /// removed.
    #[error("expected 13 or 15 characters, found {found}")]
    Length {
        /// Number of characters found, spaces not counted.
        found: usize,
    },
    /// A character that cannot appear at that position: only digits, and
    /// `A`/`B` at position 7 (Corsica, `2A`/`2B`).
    #[error("invalid character {ch:?} at position {position}")]
    InvalidCharacter {
        /// The character.
        ch: char,
        /// Its 1-based position, spaces not counted.
        position: usize,
    },
    /// First digit neither 1 nor 2 (nor a legacy 5–8 on 13 digits).
    #[error("invalid sex digit '{found}': must be 1 (male) or 2 (female)")]
    InvalidSex {
        /// The digit found.
        found: char,
    },
    /// A legacy provisional number (NNP or MIG), recognised but not a NIR
    /// (`domain.md` §4.2, Decision 4).
    #[error("{}", legacy_message(*kind))]
    LegacyProvisional {
        /// Which kind of legacy number.
        kind: LegacyKind,
    },
    /// Month `00` or `13`–`19`.
    #[error("invalid month '{found:02}': must be 01–12 or a pseudo-month 20–99")]
    InvalidMonth {
        /// The two-digit month found.
        found: u8,
    },
    /// Department `00`, or a letter after a digit other than 2.
    #[error("invalid department '{}{}': must be 01–99, 2A or 2B", found[0], found[1])]
    InvalidDepartment {
        /// The two characters found.
        found: [char; 2],
    },
    /// Order number `000`.
    #[error("invalid order number '{found:03}': must be 001–999")]
    InvalidOrder {
        /// The order number found.
        found: u16,
    },
    /// The key (positions 14–15) does not match the 13 first characters.
    #[error("invalid key: expected {expected:02}, found {found:02}")]
    InvalidKey {
        /// The key computed from the 13 first characters.
        expected: u8,
        /// The key given.
        found: u8,
    },
}

impl NirError {
    /// A stable snake_case code for the error, as used in the `error.code`
    /// of [`NirCheck`].
    pub fn code(&self) -> &'static str {
        match self {
            Self::Length { .. } => "invalid_length",
            Self::InvalidCharacter { .. } => "invalid_character",
            Self::InvalidSex { .. } => "invalid_sex",
            Self::LegacyProvisional { .. } => "legacy_provisional",
            Self::InvalidMonth { .. } => "invalid_month",
            Self::InvalidDepartment { .. } => "invalid_department",
            Self::InvalidOrder { .. } => "invalid_order",
            Self::InvalidKey { .. } => "invalid_key",
        }
    }
}

impl NirError {
    /// The message as a text key and its arguments, to render it in either
    /// language (its `Display` is the English one; issue 10, item 15).
    pub fn text(&self) -> crate::error::ErrText {
        use crate::error::ErrText;
        use crate::text::T;
        match *self {
            Self::Length { found } => ErrText::new(T::ErrNirLength).arg(found.to_string()),
            Self::InvalidCharacter { ch, position } => ErrText::new(T::ErrNirCharacter)
                .arg(format!("{ch:?}"))
                .arg(position.to_string()),
            Self::InvalidSex { found } => ErrText::new(T::ErrNirSex).arg(found.to_string()),
            Self::LegacyProvisional { kind } => ErrText::new(match kind {
                LegacyKind::Nnp => T::ErrNirLegacyNnp,
                LegacyKind::Mig => T::ErrNirLegacyMig,
            }),
            Self::InvalidMonth { found } => ErrText::new(T::ErrNirMonth).arg(format!("{found:02}")),
            Self::InvalidDepartment { found } => {
                ErrText::new(T::ErrNirDepartment).arg(format!("{}{}", found[0], found[1]))
            }
            Self::InvalidOrder { found } => ErrText::new(T::ErrNirOrder).arg(format!("{found:03}")),
            Self::InvalidKey { expected, found } => ErrText::new(T::ErrNirKey)
                .arg(format!("{expected:02}"))
                .arg(format!("{found:02}")),
        }
    }
}

/// The explanation of a legacy provisional number (`domain.md` §4.2).
fn legacy_message(kind: LegacyKind) -> &'static str {
    match kind {
        LegacyKind::Nnp => {
            "legacy provisional number (NNP, numéro national provisoire), not a NIR: \
             these numbers were replaced by the NIA and are officially gone since 31 December 2022"
        }
        LegacyKind::Mig => {
            "legacy provisional number (MIG, migrant de passage: for people passing through), \
             not a NIR: it has no key and is not accepted where a NIR or NIA is expected"
        }
    }
}

/// The kind of a legacy provisional number (`domain.md` §4.2; CNAM
/// `nir-validation`).
///
/// Both have 13 digits and no key: the sex digit, a verification digit, a
/// 3-digit fund number and an 8-digit sequence. The verification digit is
/// not checked (CNAM accepts 1/2, and 0 before 2012): the number is refused
/// either way, the point is to say what it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum LegacyKind {
    /// Numéro national provisoire: first digit 7 (men) or 8 (women). Created
    /// by each fund, replaced by the NIA, officially gone since 31 December
    /// 2022.
    Nnp,
    /// Migrant de passage: first digit 5 (men) or 6 (women).
    Mig,
}

/// The month field of a NIR (positions 4–5, `domain.md` §4.1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NirMonth {
    /// A calendar month, 1–12.
    Calendar(u8),
    /// A pseudo-month 20–99, given when the civil status does not state the
    /// month of birth. Never compared with a birth date.
    Pseudo(u8),
}

impl NirMonth {
    /// The two-digit number as written in the NIR.
    pub fn number(self) -> u8 {
        match self {
            Self::Calendar(m) | Self::Pseudo(m) => m,
        }
    }
}

/// A department code as written in a NIR: two characters (`75`, `2A`) or,
/// overseas, three digits (`971`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Department {
    code: [u8; 3],
    len: u8,
}

impl Department {
    /// The code, e.g. `"75"`, `"2A"`, `"971"`.
    pub fn as_str(&self) -> &str {
        self.code
            .get(..usize::from(self.len))
            .and_then(|b| std::str::from_utf8(b).ok())
            .unwrap_or("")
    }

    /// Whether the code is 91–96, which before independence denoted births in
    /// Algeria (91–94, before 1962), Morocco (95) and Tunisia (96, both
    /// before 1964) and today denote departments of Île-de-France (91–95).
    /// Without the birth year a parser cannot tell them apart (`domain.md`
    /// §4.1), so no place mismatch is ever reported for them.
    pub fn may_be_historical_abroad(&self) -> bool {
        self.len == 2 && matches!(self.code, [b'9', b'1'..=b'6', _])
    }
}

impl fmt::Display for Department {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Department {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Department {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Department".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "department code as written in a NIR: 2 characters (\"75\", \"2A\") or 3 digits overseas (\"971\")",
            "pattern": "^([0-9]{2}|2[AB]|9[78][0-9])$"
        })
    }
}

/// The place of birth encoded in a NIR (positions 6–10, `domain.md` §4.1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Birthplace {
    /// Born in metropolitan France (or, for departments 91–96, possibly in
    /// Algeria, Morocco or Tunisia before their independence: see
    /// [`Department::may_be_historical_abroad`]).
    France {
        /// Two-character department (`01`–`96`, `20`, `2A`, `2B`).
        department: Department,
        /// Three-digit INSEE commune code within the department.
        commune: u16,
    },
    /// Born in a French overseas department or collectivity (97x, 98x):
    /// still a birth in France for NIR purposes.
    Overseas {
        /// Three-digit department (`971`–`989`).
        department: Department,
        /// Two-digit commune code.
        commune: u8,
    },
    /// Born abroad (department `99`).
    Abroad {
        /// INSEE COG country code, without the `99` prefix (e.g. 401 Canada).
        cog: u16,
    },
}

impl Birthplace {
    /// The country of birth for a birth abroad, when its INSEE code is known
    /// ([`Country::by_insee_cog`]); `None` for a birth in France or an
    /// unknown code.
    ///
    /// Births in Algeria before 1962 and in Morocco or Tunisia before 1964
    /// carry departments 91–96 instead of `99`: they read as
    /// [`Birthplace::France`], and cannot be told apart from today's
    /// departments without the birth year.
    pub fn country(&self) -> Option<Country> {
        match *self {
            Self::Abroad { cog } => Country::by_insee_cog(cog),
            Self::France { .. } | Self::Overseas { .. } => None,
        }
    }
}

/// A disagreement between a NIR and what a member declared (`domain.md`
/// §4.1). It becomes a *warning* (`nir_mismatch`), never an error: the
/// declared data may be the wrong one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum NirMismatch {
    /// The sex digit differs from the declared sex.
    Sex {
        /// Sex according to the NIR.
        nir: Sex,
        /// Sex declared for the member.
        member: Sex,
    },
    /// The two-digit year differs from the last two digits of the birth year.
    BirthYear {
        /// Year digits of the NIR.
        nir: u8,
        /// Last two digits of the declared birth year.
        member: u8,
    },
    /// The calendar month differs from the birth month (pseudo-months never
    /// mismatch).
    BirthMonth {
        /// Month of the NIR.
        nir: u8,
        /// Declared birth month.
        member: u8,
    },
    /// Declared born in France (or a French overseas territory) but the NIR
    /// says born abroad (`99`).
    NirSaysAbroad {
        /// Declared country of birth.
        member_country: Country,
        /// INSEE country code of the NIR.
        nir_country_code: u16,
    },
    /// Declared born abroad but the NIR has a French department (other than
    /// the ambiguous 91–96).
    NirSaysFrance {
        /// Declared country of birth.
        member_country: Country,
        /// Department of the NIR.
        nir_department: Department,
    },
    /// Both say born abroad, but the NIR's country code is another country's.
    BirthCountry {
        /// Declared country of birth.
        member_country: Country,
        /// Country of the NIR's INSEE code.
        nir_country: Country,
        /// INSEE country code of the NIR.
        nir_country_code: u16,
    },
}

impl NirMismatch {
    /// A stable snake_case code (the `kind` of its serialised form).
    pub fn code(&self) -> &'static str {
        match self {
            Self::Sex { .. } => "sex",
            Self::BirthYear { .. } => "birth_year",
            Self::BirthMonth { .. } => "birth_month",
            Self::NirSaysAbroad { .. } => "nir_says_abroad",
            Self::NirSaysFrance { .. } => "nir_says_france",
            Self::BirthCountry { .. } => "birth_country",
        }
    }
}

/// The characters of an input once spaces are removed, when there are 13 or
/// 15 of them and each may appear where it stands.
struct Raw {
    chars: [u8; FULL_LEN],
    len: usize,
}

/// First pass: characters and length.
///
/// Walks the bytes rather than the `char`s: digits and ASCII spaces, the
/// common case, take one comparison each; anything else goes to
/// [`rare_byte`].
fn read(input: &str) -> Result<Raw, NirError> {
    // Whitespace around the number (spaces, tabs, line ends: what a copy and
    // paste brings) is ignored at both ends alike; inside, only the
    // separators of `is_separator` are (issue 10, item 16).
    let input = input.trim();
    let mut chars = [0u8; FULL_LEN];
    let mut len = 0usize;
    for (i, &b) in input.as_bytes().iter().enumerate() {
        let byte = if b.wrapping_sub(b'0') < 10 {
            b
        } else if b == b' ' {
            continue;
        } else {
            match rare_byte(input, i, b, len)? {
                Some(letter) => letter,
                None => continue,
            }
        };
        if let Some(slot) = chars.get_mut(len) {
            *slot = byte;
        }
        len += 1;
    }
    if len == BODY_LEN || len == FULL_LEN {
        Ok(Raw { chars, len })
    } else {
        Err(NirError::Length { found: len })
    }
}

/// A byte of the input that is neither a digit nor an ASCII space, at byte
/// offset `i`, with `len` characters read so far: the letter of 2A/2B (upper
/// case), `None` to skip it (a byte of a no-break space), or the error.
#[cold]
fn rare_byte(input: &str, i: usize, b: u8, len: usize) -> Result<Option<u8>, NirError> {
    match b {
        // Corsica: 2A / 2B at position 7 (index 6); checked against the digit
        // before it in `decode`.
        b'A' | b'B' | b'a' | b'b' if len == 6 => Ok(Some(b.to_ascii_uppercase())),
        // A continuation byte of a multi-byte character: its first byte was
        // a separator, since any other character has already been refused.
        0x80..=0xBF => Ok(None),
        _ => {
            let ch = input
                .get(i..)
                .and_then(|rest| rest.chars().next())
                .unwrap_or(char::REPLACEMENT_CHARACTER);
            if is_separator(ch) {
                Ok(None)
            } else {
                Err(NirError::InvalidCharacter {
                    ch,
                    position: len + 1,
                })
            }
        }
    }
}

/// Value of the ASCII digit `b`. Only called on positions that hold digits
/// (the letter of 2A/2B is handled apart); on anything else it returns a
/// meaningless value rather than panicking.
fn dv(b: u8) -> u8 {
    b.wrapping_sub(b'0')
}

/// Value of the digit at `index` (0 out of range).
fn digit(chars: &[u8], index: usize) -> u8 {
    chars.get(index).map_or(0, |&b| dv(b))
}

/// Second pass: the structure. The key, when given, is read but not checked
/// here, so that [`check`] can decode a number whose key is wrong.
fn decode(raw: &Raw) -> Result<Nir, NirError> {
    let c = &raw.chars;
    // Legacy numbers are all digits (no 2A/2B letter). They have no key, but
    // one typed with two more digits (15, the length of a NIR with its key)
    // is still a legacy number, and is explained as one rather than refused
    // for its "sex digit" (issue 10, item 16; domain.md §4.2).
    let all_digits = || c[..raw.len].iter().all(u8::is_ascii_digit);
    match c[0] {
        b'1' | b'2' => {}
        b'7' | b'8' if all_digits() => {
            return Err(NirError::LegacyProvisional {
                kind: LegacyKind::Nnp,
            });
        }
        b'5' | b'6' if all_digits() => {
            return Err(NirError::LegacyProvisional {
                kind: LegacyKind::Mig,
            });
        }
        other => {
            return Err(NirError::InvalidSex {
                found: char::from(other),
            });
        }
    }
    let month = digit(c, 3) * 10 + digit(c, 4);
    if !matches!(month, 1..=12 | 20..=99) {
        return Err(NirError::InvalidMonth { found: month });
    }
    let corsica_letter = c[6].is_ascii_alphabetic();
    if (corsica_letter && c[5] != b'2') || (c[5] == b'0' && c[6] == b'0') {
        return Err(NirError::InvalidDepartment {
            found: [char::from(c[5]), char::from(c[6])],
        });
    }
    let order =
        u16::from(digit(c, 10)) * 100 + u16::from(digit(c, 11)) * 10 + u16::from(digit(c, 12));
    if order == 0 {
        return Err(NirError::InvalidOrder { found: order });
    }
    let mut body = [0u8; BODY_LEN];
    body.copy_from_slice(&c[..BODY_LEN]);
    let key_given = (raw.len == FULL_LEN).then(|| digit(c, 13) * 10 + digit(c, 14));
    Ok(Nir {
        body,
        key_given,
        key: key_of(&body),
    })
}

/// The key of 13 characters: 97 − (N mod 97), N the characters read as a
/// number with `2A` → 19 and `2B` → 18 (`domain.md` §4.1). Always 1–97.
fn key_of(body: &[u8; BODY_LEN]) -> u8 {
    // Two independent halves (5 and 8 digits, each fits a u32) keep the chain
    // of multiplications short; the letter only ever stands at index 6,
    // after a `2`, so "2A"/"2B" open the second half as "19"/"18".
    let [b0, b1, b2, b3, b4, b5, b6, rest @ ..] = *body;
    let high = [b0, b1, b2, b3, b4]
        .iter()
        .fold(0u32, |n, &b| n * 10 + u32::from(dv(b)));
    let dept = match b6 {
        b'A' => 19,
        b'B' => 18,
        _ => u32::from(dv(b5)) * 10 + u32::from(dv(b6)),
    };
    let low = rest.iter().fold(dept, |n, &b| n * 10 + u32::from(dv(b)));
    let n = u64::from(high) * 100_000_000 + u64::from(low);
    // N mod 97 < 97, so the result is 1..=97 and fits in a u8.
    (97 - n % 97) as u8
}

impl FromStr for Nir {
    type Err = NirError;

    /// Parses 13 characters (no key: valid structure) or 15 (key checked),
    /// spaces allowed anywhere (see the module documentation). No allocation
    /// on the success path.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let nir = decode(&read(s)?)?;
        match nir.key_given {
            Some(found) if found != nir.key => Err(NirError::InvalidKey {
                expected: nir.key,
                found,
            }),
            _ => Ok(nir),
        }
    }
}

impl Nir {
    /// Sex digit (position 1): 1 male, 2 female.
    pub fn sex(&self) -> Sex {
        if self.body[0] == b'1' {
            Sex::Male
        } else {
            Sex::Female
        }
    }

    /// Last two digits of the year of birth (positions 2–3).
    pub fn year_2(&self) -> u8 {
        digit(&self.body, 1) * 10 + digit(&self.body, 2)
    }

    /// Month of birth or pseudo-month (positions 4–5).
    pub fn month(&self) -> NirMonth {
        match digit(&self.body, 3) * 10 + digit(&self.body, 4) {
            m @ 1..=12 => NirMonth::Calendar(m),
            m => NirMonth::Pseudo(m),
        }
    }

    /// Whether the department has three digits (97x, 98x overseas).
    fn is_overseas(&self) -> bool {
        self.body[5] == b'9' && matches!(self.body[6], b'7' | b'8')
    }

    /// Place of birth (positions 6–10).
    pub fn birthplace(&self) -> Birthplace {
        let b = &self.body;
        let three = |i: usize| {
            u16::from(digit(b, i)) * 100
                + u16::from(digit(b, i + 1)) * 10
                + u16::from(digit(b, i + 2))
        };
        if b[5] == b'9' && b[6] == b'9' {
            Birthplace::Abroad { cog: three(7) }
        } else if self.is_overseas() {
            Birthplace::Overseas {
                department: Department {
                    code: [b[5], b[6], b[7]],
                    len: 3,
                },
                commune: digit(b, 8) * 10 + digit(b, 9),
            }
        } else {
            Birthplace::France {
                department: Department {
                    code: [b[5], b[6], 0],
                    len: 2,
                },
                commune: three(7),
            }
        }
    }

    /// Order number (positions 11–13), 1–999.
    pub fn order(&self) -> u16 {
        u16::from(digit(&self.body, 10)) * 100
            + u16::from(digit(&self.body, 11)) * 10
            + u16::from(digit(&self.body, 12))
    }

    /// The key (positions 14–15): 97 − (N mod 97), computed from the 13
    /// characters whether or not it was given (`domain.md` §4.1). Always
    /// 1–97.
    pub fn key(&self) -> u8 {
        self.key
    }

    /// Whether the key was typed (15 characters) rather than computed (13).
    pub fn key_given(&self) -> bool {
        self.key_given.is_some()
    }

    /// The full number, grouped: `2 95 10 99 126 111 93` (overseas:
    /// `1 85 03 971 23 045 52`). The key is computed when it was not given.
    ///
    /// This is the only way, with [`Nir::compact`], to print the number.
    pub fn full(&self) -> NirFull {
        NirFull {
            nir: *self,
            grouped: true,
        }
    }

    /// The full number as 15 characters without spaces: `295109912611193`.
    pub fn compact(&self) -> NirFull {
        NirFull {
            nir: *self,
            grouped: false,
        }
    }

    /// The 15 characters: the 13 and the key (given or computed).
    fn chars15(&self) -> [u8; FULL_LEN] {
        let mut out = [0u8; FULL_LEN];
        out[..BODY_LEN].copy_from_slice(&self.body);
        let key = self.key();
        out[13] = b'0' + key / 10;
        out[14] = b'0' + key % 10;
        out
    }

    fn groups(&self) -> &'static [usize] {
        if self.is_overseas() {
            &GROUPS_OVERSEAS
        } else {
            &GROUPS
        }
    }

    /// Compares the NIR with what a member declared (`domain.md` §4.1) and
    /// lists every disagreement; empty when all agree.
    ///
    /// * sex: only when `sex` is given;
    /// * year: the two digits against the last two of the birth year;
    /// * month: only for a calendar month (pseudo-months never mismatch);
    /// * place: born in France (`birth_country.is_france()`, overseas
    ///   included) but `99` in the NIR; born abroad but a French department,
    ///   except 91–96 (historical codes for Algeria, Morocco, Tunisia); born
    ///   abroad in another country than the NIR's country code says (unknown
    ///   codes never mismatch).
    pub fn mismatches(
        &self,
        sex: Option<Sex>,
        birth_date: NaiveDate,
        birth_country: Country,
    ) -> Vec<NirMismatch> {
        let mut out = Vec::new();
        if let Some(member) = sex
            && member != self.sex()
        {
            out.push(NirMismatch::Sex {
                nir: self.sex(),
                member,
            });
        }
        // rem_euclid keeps 0..=99 for any year, negative ones included.
        let member_year = u8::try_from(birth_date.year().rem_euclid(100)).unwrap_or(0);
        if member_year != self.year_2() {
            out.push(NirMismatch::BirthYear {
                nir: self.year_2(),
                member: member_year,
            });
        }
        let member_month = u8::try_from(birth_date.month()).unwrap_or(0);
        if let NirMonth::Calendar(nir) = self.month()
            && nir != member_month
        {
            out.push(NirMismatch::BirthMonth {
                nir,
                member: member_month,
            });
        }
        match self.birthplace() {
            Birthplace::Abroad { cog } if birth_country.is_france() => {
                out.push(NirMismatch::NirSaysAbroad {
                    member_country: birth_country,
                    nir_country_code: cog,
                });
            }
            Birthplace::Abroad { cog } => {
                // Comparing the codes too keeps countries that share an INSEE
                // code (e.g. `CA` and `CA-QC`) from mismatching.
                if let Some(nir_country) = Country::by_insee_cog(cog)
                    && nir_country != birth_country
                    && birth_country.insee_cog() != Some(cog)
                {
                    out.push(NirMismatch::BirthCountry {
                        member_country: birth_country,
                        nir_country,
                        nir_country_code: cog,
                    });
                }
            }
            Birthplace::France { department, .. } | Birthplace::Overseas { department, .. } => {
                if !birth_country.is_france() && !department.may_be_historical_abroad() {
                    out.push(NirMismatch::NirSaysFrance {
                        member_country: birth_country,
                        nir_department: department,
                    });
                }
            }
        }
        out
    }
}

/// Writes `chars` in groups separated by one space, replacing the first
/// `masked` characters by `*`.
fn write_grouped(
    f: &mut fmt::Formatter<'_>,
    chars: &[u8],
    groups: &[usize],
    masked: usize,
) -> fmt::Result {
    let mut start = 0;
    for &size in groups {
        let end = (start + size).min(chars.len());
        if start >= end {
            break;
        }
        if start > 0 {
            f.write_str(" ")?;
        }
        for (i, &b) in chars[start..end].iter().enumerate() {
            let c = if start + i < masked {
                '*'
            } else {
                char::from(b)
            };
            fmt::Write::write_char(f, c)?;
        }
        start = end;
    }
    Ok(())
}

/// Masked: `* ** ** ** *** *11 93` (the grouping of [`Nir::full`], every
/// character but the last four of the 15 replaced by `*`).
impl fmt::Display for Nir {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_grouped(f, &self.chars15(), self.groups(), MASKED)
    }
}

/// Masked like `Display`: `Nir(* ** ** ** *** *11 93)`.
impl fmt::Debug for Nir {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Nir").field(&format_args!("{self}")).finish()
    }
}

/// The unmasked number, from [`Nir::full`] (grouped) or [`Nir::compact`].
#[derive(Clone, Copy)]
pub struct NirFull {
    nir: Nir,
    grouped: bool,
}

impl fmt::Display for NirFull {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let chars = self.nir.chars15();
        if self.grouped {
            write_grouped(f, &chars, self.nir.groups(), 0)
        } else {
            write_grouped(f, &chars, &[FULL_LEN], 0)
        }
    }
}

/// Masked like [`Nir`]: a `Debug` print must not leak the number either.
impl fmt::Debug for NirFull {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("NirFull").field(&self.nir).finish()
    }
}

// ---------------------------------------------------------------------------
// `secu nir check`
// ---------------------------------------------------------------------------

/// What a checked string turned out to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum NirCheckKind {
    /// A valid 15-character NIR or NIA (key checked).
    Nir,
    /// A valid 13-character NIR or NIA without its key.
    NirWithoutKey,
    /// A legacy NNP (numéro national provisoire): not a NIR.
    LegacyNnp,
    /// A legacy MIG (migrant de passage) number: not a NIR.
    LegacyMig,
    /// Anything else, including a NIR with a wrong key.
    Invalid,
}

/// The error part of a [`NirCheck`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct NirCheckError {
    /// Stable snake_case code ([`NirError::code`]).
    pub code: &'static str,
    /// English message ([`NirError`]'s `Display`); never the number itself.
    pub message: String,
    /// The message's text key and arguments, to render it in French too
    /// (`secu nir check --lang fr`; issue 10, item 15).
    #[serde(skip)]
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub text: crate::error::ErrText,
}

/// The month part of a [`NirCheck`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct NirCheckMonth {
    /// The two-digit number as written (1–12, or 20–99).
    pub number: u8,
    /// Whether it is a pseudo-month (20–99: month of birth unknown).
    pub pseudo: bool,
}

/// Where the NIR says the person was born.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum PlaceKind {
    /// Metropolitan France (2-character department).
    France,
    /// A French overseas department or collectivity (97x, 98x).
    Overseas,
    /// Abroad (department 99).
    Abroad,
}

/// The place part of a [`NirCheck`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct NirCheckPlace {
    /// France, overseas or abroad.
    pub kind: PlaceKind,
    /// Department code (`"75"`, `"2A"`, `"971"`); null abroad.
    pub department: Option<String>,
    /// Commune code (3 digits in France, 2 overseas); null abroad.
    pub commune: Option<String>,
    /// INSEE country code, 3 digits (`"401"`); abroad only.
    pub country_code: Option<String>,
    /// ISO code of that country when the INSEE code is known; abroad only.
    pub country: Option<Country>,
    /// Department 91–96: may also denote a birth in Algeria (before 1962),
    /// Morocco or Tunisia (before 1964) ([`Department::may_be_historical_abroad`]).
    pub may_be_historical_abroad: bool,
}

/// The verdict of `secu nir check NUMBER` (contract §4): whether the number
/// is valid, what it is, why not, and what its fields say.
///
/// The structure fields (`sex` … `key_expected`) are filled whenever the
/// structure could be read, including for a 15-character number whose key is
/// wrong; they are null otherwise. The only user-facing text is
/// `error.message` (English): frontends render the rest in their language.
///
/// The number was typed by the user, so `number` holds it in full (grouped,
/// as given: 13 or 15 characters).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct NirCheck {
    /// A valid NIR or NIA (with a correct key, or without key).
    pub valid: bool,
    /// What the string is.
    pub kind: NirCheckKind,
    /// The number as read (spaces normalised, letters upper case), when it
    /// had 13 or 15 acceptable characters.
    pub number: Option<String>,
    /// Why it is not valid.
    pub error: Option<NirCheckError>,
    /// Sex (position 1).
    pub sex: Option<Sex>,
    /// Two-digit year of birth (positions 2–3).
    pub year: Option<u8>,
    /// Month of birth (positions 4–5).
    pub month: Option<NirCheckMonth>,
    /// Place of birth (positions 6–10).
    pub place: Option<NirCheckPlace>,
    /// Order number (positions 11–13).
    pub order: Option<u16>,
    /// The key as typed (positions 14–15); null when 13 characters were given.
    pub key_given: Option<u8>,
    /// The key the 13 first characters call for.
    pub key_expected: Option<u8>,
}

/// Groups the characters of a raw input as in the printed forms.
fn group(chars: &[u8], groups: &[usize]) -> String {
    struct G<'a>(&'a [u8], &'a [usize]);
    impl fmt::Display for G<'_> {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write_grouped(f, self.0, self.1, 0)
        }
    }
    G(chars, groups).to_string()
}

/// Validates and explains a NIR or NIA typed by the user (contract §4,
/// `secu nir check`). Never panics, whatever the input.
pub fn check(input: &str) -> NirCheck {
    let mut out = NirCheck {
        valid: false,
        kind: NirCheckKind::Invalid,
        number: None,
        error: None,
        sex: None,
        year: None,
        month: None,
        place: None,
        order: None,
        key_given: None,
        key_expected: None,
    };
    let fail = |out: &mut NirCheck, e: NirError| {
        out.error = Some(NirCheckError {
            code: e.code(),
            message: e.to_string(),
            text: e.text(),
        });
    };
    let raw = match read(input) {
        Ok(raw) => raw,
        Err(e) => {
            fail(&mut out, e);
            return out;
        }
    };
    let chars = &raw.chars[..raw.len];
    let nir = match decode(&raw) {
        Ok(nir) => nir,
        Err(e) => {
            out.number = Some(match e {
                NirError::LegacyProvisional { .. } => group(chars, &GROUPS_LEGACY),
                _ => group(chars, &GROUPS),
            });
            if let NirError::LegacyProvisional { kind } = e {
                out.kind = match kind {
                    LegacyKind::Nnp => NirCheckKind::LegacyNnp,
                    LegacyKind::Mig => NirCheckKind::LegacyMig,
                };
            }
            fail(&mut out, e);
            return out;
        }
    };
    out.number = Some(group(chars, nir.groups()));
    out.sex = Some(nir.sex());
    out.year = Some(nir.year_2());
    out.month = Some(match nir.month() {
        NirMonth::Calendar(number) => NirCheckMonth {
            number,
            pseudo: false,
        },
        NirMonth::Pseudo(number) => NirCheckMonth {
            number,
            pseudo: true,
        },
    });
    let place = nir.birthplace();
    out.place = Some(match place {
        Birthplace::France {
            department,
            commune,
        } => NirCheckPlace {
            kind: PlaceKind::France,
            department: Some(department.to_string()),
            commune: Some(format!("{commune:03}")),
            country_code: None,
            country: None,
            may_be_historical_abroad: department.may_be_historical_abroad(),
        },
        Birthplace::Overseas {
            department,
            commune,
        } => NirCheckPlace {
            kind: PlaceKind::Overseas,
            department: Some(department.to_string()),
            commune: Some(format!("{commune:02}")),
            country_code: None,
            country: None,
            may_be_historical_abroad: false,
        },
        Birthplace::Abroad { cog } => NirCheckPlace {
            kind: PlaceKind::Abroad,
            department: None,
            commune: None,
            country_code: Some(format!("{cog:03}")),
            country: place.country(),
            may_be_historical_abroad: false,
        },
    });
    out.order = Some(nir.order());
    out.key_given = nir.key_given;
    out.key_expected = Some(nir.key());
    match nir.key_given {
        Some(found) if found != nir.key() => {
            fail(
                &mut out,
                NirError::InvalidKey {
                    expected: nir.key(),
                    found,
                },
            );
        }
        Some(_) => {
            out.valid = true;
            out.kind = NirCheckKind::Nir;
        }
        None => {
            out.valid = true;
            out.kind = NirCheckKind::NirWithoutKey;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn country(code: &str) -> Country {
        Country::from_code(code).expect("country in the table")
    }

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
    }

    fn nir(s: &str) -> Nir {
        s.parse().unwrap_or_else(|e| panic!("{s:?} rejected: {e}"))
    }

    /// One line per input: the decoded fields, or the error code and message.
    fn describe(input: &str) -> String {
        let c = check(input);
        let Some(month) = c.month else {
            let e = c.error.map(|e| format!("{}: {}", e.code, e.message));
            return format!("{:?} -> {}", input, e.unwrap_or_default());
        };
        let place = match c.place {
            Some(p) => match p.kind {
                PlaceKind::Abroad => format!("abroad {}", p.country_code.unwrap_or_default()),
                kind => format!(
                    "{kind:?} {}/{}{}",
                    p.department.unwrap_or_default(),
                    p.commune.unwrap_or_default(),
                    if p.may_be_historical_abroad {
                        " (91-96)"
                    } else {
                        ""
                    }
                ),
            },
            None => String::new(),
        };
        let verdict = match c.error {
            Some(e) => format!("{}: {}", e.code, e.message),
            None => format!("{:?}", c.kind),
        };
        format!(
            "{:?} -> {} | {:?} {:02} {:02}{} {} {:03} key {}/{:02}",
            input,
            verdict,
            c.sex.map_or(Sex::Female, |s| s),
            c.year.unwrap_or_default(),
            month.number,
            if month.pseudo { "p" } else { "" },
            place,
            c.order.unwrap_or_default(),
            c.key_given.map_or("--".to_owned(), |k| format!("{k:02}")),
            c.key_expected.unwrap_or_default(),
        )
    }

    /// The checked vectors of `domain.md` §4.1 and §4.2 (CNAM `nir-validation`).
    #[test]
    fn checked_vectors() {
        for (body, key) in [
            ("2 95 10 99 126 111", 93),
            ("2 53 07 2B 073 004", 70),
            ("2 53 07 2A 073 004", 43),
            ("2 55 08 14 168 025", 38),
            ("1 00 01 75 101 001", 51),
            ("2 94 03 75 120 005", 91),
            ("1 53 12 45 007 231", 60),
            ("2 84 05 2A 321 025", 52),
        ] {
            assert_eq!(nir(body).key(), key, "{body}");
            assert!(!nir(body).key_given());
            let with_key = format!("{body} {key:02}");
            assert_eq!(nir(&with_key).key(), key);
            assert!(nir(&with_key).key_given());
            assert_eq!(nir(&with_key).full().to_string(), with_key);
            let wrong = format!("{body} {:02}", key % 97 + 1);
            assert_eq!(
                wrong.parse::<Nir>(),
                Err(NirError::InvalidKey {
                    expected: key,
                    found: key % 97 + 1
                })
            );
        }
    }

    #[test]
    fn table() {
        let inputs = [
            // valid, with key
            "2 95 10 99 126 111 93",
            "2 53 07 2B 073 004 70",
            "2 53 07 2a 073 004 43",
            "1 00 01 75 101 001 51",
            "2 84 05 2A 321 025 52",
            "1 50 01 20 004 001 56",
            "1 88 03 92 210 001 93",
            "  295109912611193  ",
            "2\u{a0}95\u{202f}10 99 126 111 93",
            // overseas (3-digit department, 2-digit commune)
            "1 85 03 971 23 045 52",
            "2 88 20 987 12 001 31",
            "1 99 35 988 02 001 89",
            // pseudo-months
            "1 64 40 91 123 001 36",
            "1 01 20 50 123 001 30",
            "2 90 70 99 352 001 60",
            // without key
            "2951099126111",
            "1 85 03 971 23 045",
            // legacy provisional numbers
            "7 1 123 12345678",
            "8278965432189",
            "5112312345678",
            "6 2 789 65432189",
            // invalid
            "2 95 10 99 126 111 94",
            "2 95 10 99 126 111 00",
            "1 88 03 92 210 000 94",
            "",
            "2951099126",
            "29510991261119",
            "29510991261119300",
            "2 95 1x 99 126 111 93",
            "2 95 10 9A 126 111 93",
            "2 95 10 99 A26 111 93",
            "2\t95 10 99 126 111 93",
            "2-95-10-99-126-111-93",
            "\u{ff12}95109912611193",
            "3 95 10 99 126 111 93",
            "0 95 10 99 126 111 93",
            "9 95 10 99 126 111",
            "7 1 123 12345678 12",
            "2 95 00 99 126 111 93",
            "2 95 13 99 126 111 93",
            "2 95 19 99 126 111",
            "2 95 10 00 126 111",
        ];
        let table: Vec<String> = inputs.iter().map(|i| describe(i)).collect();
        insta::assert_snapshot!(table.join("\n"), @r#"
        "2 95 10 99 126 111 93" -> Nir | Female 95 10 abroad 126 111 key 93/93
        "2 53 07 2B 073 004 70" -> Nir | Female 53 07 France 2B/073 004 key 70/70
        "2 53 07 2a 073 004 43" -> Nir | Female 53 07 France 2A/073 004 key 43/43
        "1 00 01 75 101 001 51" -> Nir | Male 00 01 France 75/101 001 key 51/51
        "2 84 05 2A 321 025 52" -> Nir | Female 84 05 France 2A/321 025 key 52/52
        "1 50 01 20 004 001 56" -> Nir | Male 50 01 France 20/004 001 key 56/56
        "1 88 03 92 210 001 93" -> Nir | Male 88 03 France 92/210 (91-96) 001 key 93/93
        "  295109912611193  " -> Nir | Female 95 10 abroad 126 111 key 93/93
        "2\u{a0}95\u{202f}10 99 126 111 93" -> Nir | Female 95 10 abroad 126 111 key 93/93
        "1 85 03 971 23 045 52" -> Nir | Male 85 03 Overseas 971/23 045 key 52/52
        "2 88 20 987 12 001 31" -> Nir | Female 88 20p Overseas 987/12 001 key 31/31
        "1 99 35 988 02 001 89" -> Nir | Male 99 35p Overseas 988/02 001 key 89/89
        "1 64 40 91 123 001 36" -> Nir | Male 64 40p France 91/123 (91-96) 001 key 36/36
        "1 01 20 50 123 001 30" -> Nir | Male 01 20p France 50/123 001 key 30/30
        "2 90 70 99 352 001 60" -> Nir | Female 90 70p abroad 352 001 key 60/60
        "2951099126111" -> NirWithoutKey | Female 95 10 abroad 126 111 key --/93
        "1 85 03 971 23 045" -> NirWithoutKey | Male 85 03 Overseas 971/23 045 key --/52
        "7 1 123 12345678" -> legacy_provisional: legacy provisional number (NNP, numéro national provisoire), not a NIR: these numbers were replaced by the NIA and are officially gone since 31 December 2022
        "8278965432189" -> legacy_provisional: legacy provisional number (NNP, numéro national provisoire), not a NIR: these numbers were replaced by the NIA and are officially gone since 31 December 2022
        "5112312345678" -> legacy_provisional: legacy provisional number (MIG, migrant de passage: for people passing through), not a NIR: it has no key and is not accepted where a NIR or NIA is expected
        "6 2 789 65432189" -> legacy_provisional: legacy provisional number (MIG, migrant de passage: for people passing through), not a NIR: it has no key and is not accepted where a NIR or NIA is expected
        "2 95 10 99 126 111 94" -> invalid_key: invalid key: expected 93, found 94 | Female 95 10 abroad 126 111 key 94/93
        "2 95 10 99 126 111 00" -> invalid_key: invalid key: expected 93, found 00 | Female 95 10 abroad 126 111 key 00/93
        "1 88 03 92 210 000 94" -> invalid_order: invalid order number '000': must be 001–999
        "" -> invalid_length: expected 13 or 15 characters, found 0
        "2951099126" -> invalid_length: expected 13 or 15 characters, found 10
        "29510991261119" -> invalid_length: expected 13 or 15 characters, found 14
        "29510991261119300" -> invalid_length: expected 13 or 15 characters, found 17
        "2 95 1x 99 126 111 93" -> invalid_character: invalid character 'x' at position 5
        "2 95 10 9A 126 111 93" -> invalid_department: invalid department '9A': must be 01–99, 2A or 2B
        "2 95 10 99 A26 111 93" -> invalid_character: invalid character 'A' at position 8
        "2\t95 10 99 126 111 93" -> invalid_character: invalid character '\t' at position 2
        "2-95-10-99-126-111-93" -> invalid_character: invalid character '-' at position 2
        "２95109912611193" -> invalid_character: invalid character '２' at position 1
        "3 95 10 99 126 111 93" -> invalid_sex: invalid sex digit '3': must be 1 (male) or 2 (female)
        "0 95 10 99 126 111 93" -> invalid_sex: invalid sex digit '0': must be 1 (male) or 2 (female)
        "9 95 10 99 126 111" -> invalid_sex: invalid sex digit '9': must be 1 (male) or 2 (female)
        "7 1 123 12345678 12" -> legacy_provisional: legacy provisional number (NNP, numéro national provisoire), not a NIR: these numbers were replaced by the NIA and are officially gone since 31 December 2022
        "2 95 00 99 126 111 93" -> invalid_month: invalid month '00': must be 01–12 or a pseudo-month 20–99
        "2 95 13 99 126 111 93" -> invalid_month: invalid month '13': must be 01–12 or a pseudo-month 20–99
        "2 95 19 99 126 111" -> invalid_month: invalid month '19': must be 01–12 or a pseudo-month 20–99
        "2 95 10 00 126 111" -> invalid_department: invalid department '00': must be 01–99, 2A or 2B
        "#);
    }

    #[track_caller]
    fn err(s: &str) -> NirError {
        match s.parse::<Nir>() {
            Ok(n) => panic!("{s:?} accepted as {n}"),
            Err(e) => e,
        }
    }

    #[test]
    fn error_messages_and_data() {
        // The exact wording of contract §3.
        insta::assert_snapshot!(err("2 95 10 99 126 111 94"), @"invalid key: expected 93, found 94");
        insta::assert_snapshot!(err("1 85 12 97 105 001 05"), @"invalid key: expected 04, found 05");
        insta::assert_snapshot!(err("2 95 10 99 126 111 9"), @"expected 13 or 15 characters, found 14");
        insta::assert_snapshot!(err("295 x"), @"invalid character 'x' at position 4");
        insta::assert_snapshot!(err("4 95 10 99 126 111"), @"invalid sex digit '4': must be 1 (male) or 2 (female)");
        insta::assert_snapshot!(err("2 95 10 3B 126 111"), @"invalid department '3B': must be 01–99, 2A or 2B");
        assert_eq!(
            err("2 95 10 99 126 111 94"),
            NirError::InvalidKey {
                expected: 93,
                found: 94
            }
        );
        assert_eq!(
            err("2 95 14 99 126 111"),
            NirError::InvalidMonth { found: 14 }
        );
        assert_eq!(
            err("2 95 10 99 126 000"),
            NirError::InvalidOrder { found: 0 }
        );
        assert_eq!(
            err("7112312345678"),
            NirError::LegacyProvisional {
                kind: LegacyKind::Nnp
            }
        );
        assert_eq!(
            err("6278965432189"),
            NirError::LegacyProvisional {
                kind: LegacyKind::Mig
            }
        );
        assert_eq!(err("1 2 3").code(), "invalid_length");
    }

    #[test]
    fn accessors() {
        let n = nir("2 95 10 99 126 111 93");
        assert_eq!(n.sex(), Sex::Female);
        assert_eq!(n.year_2(), 95);
        assert_eq!(n.month(), NirMonth::Calendar(10));
        assert_eq!(n.birthplace(), Birthplace::Abroad { cog: 126 });
        assert_eq!(n.order(), 111);
        assert_eq!(n.key(), 93);
        assert!(n.key_given());

        let n = nir("1 85 03 971 23 045");
        assert_eq!(n.sex(), Sex::Male);
        assert!(!n.key_given());
        assert_eq!(n.key(), 52);
        match n.birthplace() {
            Birthplace::Overseas {
                department,
                commune,
            } => {
                assert_eq!(department.as_str(), "971");
                assert_eq!(commune, 23);
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(n.full().to_string(), "1 85 03 971 23 045 52");
        assert_eq!(n.compact().to_string(), "185039712304552");

        let n = nir("2 84 05 2a 321 025 52");
        match n.birthplace() {
            Birthplace::France {
                department,
                commune,
            } => {
                assert_eq!(department.as_str(), "2A");
                assert!(!department.may_be_historical_abroad());
                assert_eq!(commune, 321);
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(n.month(), NirMonth::Calendar(5));
        assert_eq!(nir("1 64 40 91 123 001").month(), NirMonth::Pseudo(40));
        assert_eq!(nir("1 64 40 91 123 001").month().number(), 40);

        // A key typed or computed makes no difference to equality.
        assert_eq!(nir("2951099126111"), nir("2 95 10 99 126 111 93"));
    }

    /// The full number never appears in `Display`, `Debug` or an error
    /// message (contract §3).
    #[test]
    fn masking() {
        let n = nir("2 95 10 99 126 111 93");
        assert_eq!(n.to_string(), "* ** ** ** *** *11 93");
        assert_eq!(format!("{n:?}"), "Nir(* ** ** ** *** *11 93)");
        assert_eq!(
            format!("{:?}", n.full()),
            "NirFull(Nir(* ** ** ** *** *11 93))"
        );
        assert_eq!(
            nir("1 85 03 971 23 045").to_string(),
            "* ** ** *** ** *45 52"
        );
        assert_eq!(
            nir("2 53 07 2B 073 004").to_string(),
            "* ** ** ** *** *04 70"
        );

        for input in [
            "2 95 10 99 126 111 93",
            "2 95 10 99 126 111 94",
            "2 95 10 99 126 111 9",
            "2 95 10 99 126 000 93",
            "2 95 13 99 126 111 93",
            "2 95 10 00 126 111 93",
            "3 95 10 99 126 111 93",
            "7 1 123 12345678",
            "2 95 10 99 126 111 93 0",
        ] {
            let compact: String = input.chars().filter(|c| !c.is_whitespace()).collect();
            let mut shown = match input.parse::<Nir>() {
                Ok(n) => format!("{n} {n:?} {:?}", n.full()),
                Err(e) => format!("{e} {e:?}"),
            };
            if let Some(e) = check(input).error {
                shown.push_str(&e.message);
            }
            let shown: String = shown.chars().filter(|c| !c.is_whitespace()).collect();
            // No five consecutive characters of the number may show.
            for w in compact.as_bytes().windows(5) {
                let w = std::str::from_utf8(w).unwrap_or_default();
                assert!(!shown.contains(w), "{w:?} of {input:?} shows in {shown:?}");
            }
        }
    }

    #[test]
    fn mismatches_with_the_member() {
        let fr = country("FR");
        let ind = country("IN");
        let ca = country("CA");
        let dz = country("DZ");
        let gp = country("GP");

        // 1 90 04 99 401 123 81: a man born in Canada in April 1990.
        let n = nir("1 90 04 99 401 123 81");
        assert_eq!(n.mismatches(Some(Sex::Male), date(1990, 4, 12), ca), vec![]);
        assert_eq!(n.mismatches(None, date(1990, 4, 12), ca), vec![]);
        assert_eq!(
            n.mismatches(Some(Sex::Female), date(1991, 5, 12), ca),
            vec![
                NirMismatch::Sex {
                    nir: Sex::Male,
                    member: Sex::Female
                },
                NirMismatch::BirthYear {
                    nir: 90,
                    member: 91
                },
                NirMismatch::BirthMonth { nir: 4, member: 5 },
            ]
        );
        // Same two digits a century apart: the NIR cannot tell.
        assert_eq!(n.mismatches(None, date(1890, 4, 1), ca), vec![]);
        assert_eq!(
            n.mismatches(None, date(1990, 4, 12), fr),
            vec![NirMismatch::NirSaysAbroad {
                member_country: fr,
                nir_country_code: 401
            }]
        );
        assert_eq!(
            n.mismatches(None, date(1990, 4, 12), ind),
            vec![NirMismatch::BirthCountry {
                member_country: ind,
                nir_country: ca,
                nir_country_code: 401
            }]
        );
        assert_eq!(
            n.mismatches(None, date(1990, 4, 12), ind)[0].code(),
            "birth_country"
        );

        // An unknown country code never mismatches.
        let n = nir("1 90 04 99 999 001");
        assert_eq!(n.mismatches(None, date(1990, 4, 12), ind), vec![]);

        // Pseudo-months never mismatch.
        let n = nir("1 64 40 75 123 001");
        assert_eq!(n.mismatches(None, date(1964, 7, 1), fr), vec![]);

        // Born abroad with a French department.
        let n = nir("2 75 10 75 056 012");
        assert_eq!(
            n.mismatches(None, date(1975, 10, 3), ind),
            vec![NirMismatch::NirSaysFrance {
                member_country: ind,
                nir_department: Department {
                    code: *b"75\0",
                    len: 2
                }
            }]
        );
        // ... but 91–96 may be Algeria, Morocco or Tunisia before independence.
        let n = nir("1 88 03 92 210 001");
        assert_eq!(n.mismatches(None, date(1988, 3, 3), dz), vec![]);
        assert_eq!(n.mismatches(None, date(1988, 3, 3), fr), vec![]);
        // Overseas births are births in France.
        let n = nir("1 85 12 971 05 001");
        assert_eq!(n.mismatches(None, date(1985, 12, 31), gp), vec![]);
        assert_eq!(n.mismatches(None, date(1985, 12, 31), fr), vec![]);
        assert_eq!(n.mismatches(None, date(1985, 12, 31), ind).len(), 1);
    }

    #[test]
    fn check_verdicts_as_json() {
        insta::assert_json_snapshot!(check("2 95 10 99 126 111 94"), @r#"
        {
          "valid": false,
          "kind": "invalid",
          "number": "2 95 10 99 126 111 94",
          "error": {
            "code": "invalid_key",
            "message": "invalid key: expected 93, found 94"
          },
          "sex": "female",
          "year": 95,
          "month": {
            "number": 10,
            "pseudo": false
          },
          "place": {
            "kind": "abroad",
            "department": null,
            "commune": null,
            "country_code": "126",
            "country": "GR",
            "may_be_historical_abroad": false
          },
          "order": 111,
          "key_given": 94,
          "key_expected": 93
        }
        "#);
        insta::assert_json_snapshot!(check("1 90 04 99 401 123"), @r#"
        {
          "valid": true,
          "kind": "nir_without_key",
          "number": "1 90 04 99 401 123",
          "error": null,
          "sex": "male",
          "year": 90,
          "month": {
            "number": 4,
            "pseudo": false
          },
          "place": {
            "kind": "abroad",
            "department": null,
            "commune": null,
            "country_code": "401",
            "country": "CA",
            "may_be_historical_abroad": false
          },
          "order": 123,
          "key_given": null,
          "key_expected": 81
        }
        "#);
        insta::assert_json_snapshot!(check("8 2 789 65432189"), @r#"
        {
          "valid": false,
          "kind": "legacy_nnp",
          "number": "8 2 789 65432189",
          "error": {
            "code": "legacy_provisional",
            "message": "legacy provisional number (NNP, numéro national provisoire), not a NIR: these numbers were replaced by the NIA and are officially gone since 31 December 2022"
          },
          "sex": null,
          "year": null,
          "month": null,
          "place": null,
          "order": null,
          "key_given": null,
          "key_expected": null
        }
        "#);
        insta::assert_json_snapshot!(check("1 85 03 971 23 045 52"), @r#"
        {
          "valid": true,
          "kind": "nir",
          "number": "1 85 03 971 23 045 52",
          "error": null,
          "sex": "male",
          "year": 85,
          "month": {
            "number": 3,
            "pseudo": false
          },
          "place": {
            "kind": "overseas",
            "department": "971",
            "commune": "23",
            "country_code": null,
            "country": null,
            "may_be_historical_abroad": false
          },
          "order": 45,
          "key_given": 52,
          "key_expected": 52
        }
        "#);
        insta::assert_json_snapshot!(check("hello"), @r#"
        {
          "valid": false,
          "kind": "invalid",
          "number": null,
          "error": {
            "code": "invalid_character",
            "message": "invalid character 'h' at position 1"
          },
          "sex": null,
          "year": null,
          "month": null,
          "place": null,
          "order": null,
          "key_given": null,
          "key_expected": null
        }
        "#);
    }

    #[test]
    fn check_kinds() {
        assert_eq!(check("2 95 10 99 126 111 93").kind, NirCheckKind::Nir);
        assert!(check("2 95 10 99 126 111 93").valid);
        assert_eq!(check("2951099126111").kind, NirCheckKind::NirWithoutKey);
        assert!(check("2951099126111").valid);
        assert_eq!(check("7112312345678").kind, NirCheckKind::LegacyNnp);
        assert_eq!(check("5112312345678").kind, NirCheckKind::LegacyMig);
        assert!(!check("5112312345678").valid);
        let wrong = check("2 95 10 99 126 111 94");
        assert_eq!((wrong.kind, wrong.valid), (NirCheckKind::Invalid, false));
        assert_eq!((wrong.key_given, wrong.key_expected), (Some(94), Some(93)));
    }

    #[test]
    fn check_survives_huge_input() {
        let long = "1".repeat(1 << 20);
        assert_eq!(
            check(&long).error.map(|e| e.message),
            Some(format!("expected 13 or 15 characters, found {}", 1 << 20))
        );
        let long = "é".repeat(1 << 16);
        assert_eq!(
            check(&long).error.map(|e| e.code),
            Some("invalid_character")
        );
    }
}

/// Property tests: the algebra of the NIR.
#[cfg(test)]
mod proptests {
    use proptest::prelude::*;

    use super::*;

    /// A structurally valid NIR, generated field by field, with the fields.
    #[derive(Clone, Debug)]
    struct Fields {
        sex: u8,
        year: u8,
        month: u8,
        /// Positions 6–10 as written (department and commune or country).
        place: String,
        order: u16,
    }

    impl Fields {
        fn body(&self) -> String {
            format!(
                "{}{:02}{:02}{}{:03}",
                self.sex, self.year, self.month, self.place, self.order
            )
        }
    }

    fn place() -> impl Strategy<Value = String> {
        prop_oneof![
            // metropolitan France: 01–96 (20 included), commune 000–999
            (1u16..=96, 0u16..=999).prop_map(|(d, c)| format!("{d:02}{c:03}")),
            // Corsica, either case
            (
                prop::sample::select(vec!["2A", "2B", "2a", "2b"]),
                0u16..=999
            )
                .prop_map(|(d, c)| format!("{d}{c:03}")),
            // overseas: 3-digit department, 2-digit commune
            (970u16..=989, 0u16..=99).prop_map(|(d, c)| format!("{d}{c:02}")),
            // abroad
            (0u16..=999).prop_map(|c| format!("99{c:03}")),
        ]
    }

    fn fields() -> impl Strategy<Value = Fields> {
        (
            1u8..=2,
            0u8..=99,
            prop_oneof![1u8..=12, 20u8..=99],
            place(),
            1u16..=999,
        )
            .prop_map(|(sex, year, month, place, order)| Fields {
                sex,
                year,
                month,
                place,
                order,
            })
    }

    /// The key by the formula of `domain.md` §4.1, computed independently of
    /// the parser: 2A → 19, 2B → 18, then 97 − (N mod 97).
    fn formula_key(body: &str) -> u8 {
        let upper = body.to_ascii_uppercase();
        let digits = match upper.get(5..7) {
            Some("2A") => format!("{}19{}", &upper[..5], &upper[7..]),
            Some("2B") => format!("{}18{}", &upper[..5], &upper[7..]),
            _ => upper,
        };
        let n: u64 = digits.parse().unwrap_or(0);
        (97 - n % 97) as u8
    }

    /// Interleaves separators (nothing, space, no-break spaces) in a string.
    fn spaced(s: &str, seps: &[&str]) -> String {
        s.chars()
            .zip(seps.iter().cycle())
            .map(|(c, sep)| format!("{sep}{c}"))
            .collect()
    }

    fn separators() -> impl Strategy<Value = Vec<&'static str>> {
        prop::collection::vec(
            prop::sample::select(vec!["", "", "", " ", "\u{a0}", "\u{202f}"]),
            15,
        )
    }

    proptest! {
        /// format → parse round-trips, every field reads back, and the key
        /// matches the formula.
        #[test]
        fn round_trip(f in fields(), with_key in any::<bool>(), seps in separators()) {
            let body = f.body();
            let key = formula_key(&body);
            let typed = if with_key { format!("{body}{key:02}") } else { body.clone() };
            let n: Nir = spaced(&typed, &seps)
                .parse()
                .map_err(|e: NirError| TestCaseError::fail(format!("{typed}: {e}")))?;
            prop_assert_eq!(n.key(), key);
            prop_assert_eq!(n.key_given(), with_key);
            prop_assert_eq!(n.sex(), if f.sex == 1 { Sex::Male } else { Sex::Female });
            prop_assert_eq!(n.year_2(), f.year);
            prop_assert_eq!(n.month().number(), f.month);
            prop_assert_eq!(matches!(n.month(), NirMonth::Pseudo(_)), f.month >= 20);
            prop_assert_eq!(n.order(), f.order);
            let place = match n.birthplace() {
                Birthplace::France { department, commune } => format!("{department}{commune:03}"),
                Birthplace::Overseas { department, commune } => format!("{department}{commune:02}"),
                Birthplace::Abroad { cog } => format!("99{cog:03}"),
            };
            prop_assert_eq!(place, f.place.to_ascii_uppercase());
            let compact = format!("{}{key:02}", body.to_ascii_uppercase());
            prop_assert_eq!(n.compact().to_string(), compact.clone());
            // Printed forms parse back to the same number.
            prop_assert_eq!(n.full().to_string().parse::<Nir>(), Ok(n));
            prop_assert_eq!(n.compact().to_string().parse::<Nir>(), Ok(n));
            // The masked form shows exactly the last four characters.
            let masked: String = n.to_string().chars().filter(|c| *c != ' ').collect();
            prop_assert_eq!(&masked[11..], &compact[11..]);
            prop_assert!(masked[..11].chars().all(|c| c == '*'));
            let c = check(&typed);
            prop_assert!(c.valid);
            prop_assert_eq!(c.key_expected, Some(key));
        }

        /// Every single-character substitution of a valid 15-character NIR is
        /// rejected.
        ///
        /// Why the key guarantees it: a substitution at one of the first 13
        /// positions changes N by δ·10^k with 1 ≤ |δ| ≤ 9 (digit for digit),
        /// or, at position 7 of 2A/2B, by (20 + d − 19)·10^k or
        /// (20 + d − 18)·10^k, i.e. δ in −9..=11 and δ ≠ 0 (any digit) or
        /// |δ| = 1 (A ↔ B). 97 is prime and larger than |δ| and coprime with
        /// 10, so 97 never divides δ·10^k: N mod 97 changes, hence the
        /// expected key changes while the typed key stays — rejected. This
        /// holds even when the new digit makes another *valid* field (sex
        /// 1 ↔ 2, another month, another department): the structure passes, the
        /// key does not. A substitution in the key (positions 14–15) leaves N
        /// alone and changes the typed key. Substitutions that break the
        /// structure (month 13, 3A…) are rejected before the key is looked at.
        #[test]
        fn single_substitution_is_rejected(f in fields()) {
            let body = f.body().to_ascii_uppercase();
            let valid = format!("{body}{:02}", formula_key(&body));
            prop_assert!(valid.parse::<Nir>().is_ok());
            let chars: Vec<char> = valid.chars().collect();
            for pos in 0..chars.len() {
                let mut replacements: Vec<char> = ('0'..='9').collect();
                if pos == 6 {
                    replacements.extend(['A', 'B', 'a', 'b']);
                }
                for r in replacements {
                    if r.to_ascii_uppercase() == chars[pos] {
                        continue;
                    }
                    let mut changed = chars.clone();
                    changed[pos] = r;
                    let changed: String = changed.into_iter().collect();
                    prop_assert!(
                        changed.parse::<Nir>().is_err(),
                        "{} (position {} of {}) accepted",
                        changed,
                        pos + 1,
                        valid
                    );
                }
            }
        }

        /// `check` never panics, whatever the input.
        #[test]
        fn check_never_panics(s in any::<String>()) {
            let _ = check(&s);
            let _ = s.parse::<Nir>();
        }

        #[test]
        fn check_never_panics_on_near_misses(s in "[0-9aAbBxé \u{a0}\t]{0,24}") {
            let c = check(&s);
            prop_assert_eq!(c.valid, s.parse::<Nir>().is_ok());
            prop_assert_eq!(c.valid, c.error.is_none());
        }
    }
}
