//! French departments and the local health-insurance fund of each: CPAM in
//! metropolitan France, CGSS (or the CSSM in Mayotte) overseas, and the
//! collectivities with their own scheme; plus the postcode → fund lookup.
//!
//! Fund names are the usual French names of the local funds ("CPAM de l'Ain",
//! "CPAM du Rhône", "CGSS de La Réunion"). Four departments have several
//! CPAMs, chosen by commune: Nord (4), Pas-de-Calais (2),
//! Pyrénées-Atlantiques (2) and Seine-Maritime (2), which with one CPAM per
//! other metropolitan department makes the usual count of 102 CPAMs. The
//! agricultural fund (MSA, [`FundKind::Msa`]) depends on the sector, not on
//! the postcode, and is not in this table.
//!
//! Postcode rule: the first two digits are the department (three overseas:
//! 971–978, 986–988); Corsica splits 200xx–201xx (Corse-du-Sud, 2A) from
//! 202xx–206xx (Haute-Corse, 2B). This is the usual approximation: a few
//! border communes carry a neighbouring department's postcode, and CEDEX
//! codes follow the same prefixes.

use std::fmt;

use serde::ser::SerializeStruct as _;
use serde::{Deserialize, Serialize, Serializer};

use crate::Country;

/// Kind of local fund (`fund.kind` in the output).
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    strum::EnumIter,
    strum::IntoStaticStr,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum FundKind {
    /// Caisse primaire d'assurance maladie (metropolitan France).
    Cpam,
    /// Caisse générale de sécurité sociale (overseas departments); also used
    /// for Saint-Pierre-et-Miquelon's Caisse de prévoyance sociale.
    Cgss,
    /// Caisse de sécurité sociale de Mayotte (CSSM): Mayotte has no CGSS
    /// (domain.md §2.9, correction of 2026-12; cleiss.fr "régime mahorais").
    Cssm,
    /// Mutualité sociale agricole (agricultural employees).
    Msa,
}

/// A department (or a collectivity served like one) and its fund.
///
/// Its texts are slices of one packed string, built at compile time from the
/// rows written in this file: a few bytes of offsets per row rather than a
/// `&'static str` (pointer + length) per field.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Department {
    /// Start of the row's text in [`TEXT`]: the code, then the fund name,
    /// then the department's name unless the fund name ends with it.
    start: u16,
    /// Length of the code (2 or 3).
    code_len: u8,
    /// Length of the fund name.
    fund_name_len: u8,
    /// Start of the department's name, from `start`.
    name_at: u8,
    /// Length of the department's name.
    name_len: u8,
    fund_kind: FundKind,
    several_funds: bool,
    own_scheme: bool,
}

impl Department {
    /// The row's text from `at` (relative to its start), `len` bytes long.
    fn text(&self, at: u8, len: u8) -> &'static str {
        let start = usize::from(self.start) + usize::from(at);
        TEXT.get(start..start + usize::from(len)).unwrap_or("")
    }

    /// INSEE code: `"01"`..`"95"` (no `"20"`), `"2A"`, `"2B"`, `"971"`..`"976"`;
    /// `"977"`, `"978"` for Saint-Barthélemy and Saint-Martin.
    pub fn code(&self) -> &'static str {
        self.text(0, self.code_len)
    }

    /// French name ("Hauts-de-Seine").
    pub fn name_fr(&self) -> &'static str {
        self.text(self.name_at, self.name_len)
    }

    /// Kind of the local fund.
    pub fn fund_kind(&self) -> FundKind {
        self.fund_kind
    }

    /// French name of the local fund. When [`Department::several_funds`],
    /// the names of all of them joined with `" / "`.
    pub fn fund_name(&self) -> &'static str {
        self.text(self.code_len, self.fund_name_len)
    }

    /// The local funds (one, except where [`Department::several_funds`]).
    pub fn funds(&self) -> impl Iterator<Item = &'static str> + Clone + use<> {
        self.fund_name().split(FUND_SEPARATOR)
    }

    /// Several funds share the department, chosen by commune (Nord,
    /// Pas-de-Calais, Pyrénées-Atlantiques, Seine-Maritime): the postcode
    /// alone does not tell which.
    pub fn several_funds(&self) -> bool {
        self.several_funds
    }

    /// The fund runs a local scheme of its own rather than the general
    /// scheme (Saint-Pierre-et-Miquelon's Caisse de prévoyance sociale).
    pub fn own_scheme(&self) -> bool {
        self.own_scheme
    }
}

impl fmt::Debug for Department {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Department")
            .field("code", &self.code())
            .field("name_fr", &self.name_fr())
            .field("fund_kind", &self.fund_kind)
            .field("fund_name", &self.fund_name())
            .field("funds", &self.funds().collect::<Vec<_>>())
            .field("several_funds", &self.several_funds)
            .field("own_scheme", &self.own_scheme)
            .finish()
    }
}

impl Serialize for Department {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Department", 7)?;
        s.serialize_field("code", self.code())?;
        s.serialize_field("name_fr", self.name_fr())?;
        s.serialize_field("fund_kind", &self.fund_kind)?;
        s.serialize_field("fund_name", self.fund_name())?;
        s.serialize_field("funds", &self.funds().collect::<Vec<_>>())?;
        s.serialize_field("several_funds", &self.several_funds)?;
        s.serialize_field("own_scheme", &self.own_scheme)?;
        s.end()
    }
}

/// Between the names of a department's funds in [`Department::fund_name`].
const FUND_SEPARATOR: &str = " / ";

/// A row as written in [`ROWS`], before packing.
struct Row {
    code: &'static str,
    name_fr: &'static str,
    fund_kind: FundKind,
    funds: &'static [&'static str],
    own_scheme: bool,
}

const fn dep(
    code: &'static str,
    name_fr: &'static str,
    fund_kind: FundKind,
    funds: &'static [&'static str],
) -> Row {
    Row {
        code,
        name_fr,
        fund_kind,
        funds,
        own_scheme: false,
    }
}

/// Every row: the 101 departments of [`DEPARTMENTS`] (`01`–`19`, `2A`,
/// `2B`, `21`–`95`, then `971`–`974` and `976`: this order makes the lookup
/// by code a computed index), then [`SAINT_PIERRE_ET_MIQUELON`], then
/// [`SAINT_BARTHELEMY_AND_SAINT_MARTIN`]. Only read at compile time, to
/// build [`TEXT`] and the rows.
#[rustfmt::skip]
const ROWS: [Row; 104] = [
    dep("01", "Ain", FundKind::Cpam, &["CPAM de l'Ain"]),
    dep("02", "Aisne", FundKind::Cpam, &["CPAM de l'Aisne"]),
    dep("03", "Allier", FundKind::Cpam, &["CPAM de l'Allier"]),
    dep("04", "Alpes-de-Haute-Provence", FundKind::Cpam, &["CPAM des Alpes-de-Haute-Provence"]),
    dep("05", "Hautes-Alpes", FundKind::Cpam, &["CPAM des Hautes-Alpes"]),
    dep("06", "Alpes-Maritimes", FundKind::Cpam, &["CPAM des Alpes-Maritimes"]),
    dep("07", "Ardèche", FundKind::Cpam, &["CPAM de l'Ardèche"]),
    dep("08", "Ardennes", FundKind::Cpam, &["CPAM des Ardennes"]),
    dep("09", "Ariège", FundKind::Cpam, &["CPAM de l'Ariège"]),
    dep("10", "Aube", FundKind::Cpam, &["CPAM de l'Aube"]),
    dep("11", "Aude", FundKind::Cpam, &["CPAM de l'Aude"]),
    dep("12", "Aveyron", FundKind::Cpam, &["CPAM de l'Aveyron"]),
    dep("13", "Bouches-du-Rhône", FundKind::Cpam, &["CPAM des Bouches-du-Rhône"]),
    dep("14", "Calvados", FundKind::Cpam, &["CPAM du Calvados"]),
    dep("15", "Cantal", FundKind::Cpam, &["CPAM du Cantal"]),
    dep("16", "Charente", FundKind::Cpam, &["CPAM de la Charente"]),
    dep("17", "Charente-Maritime", FundKind::Cpam, &["CPAM de la Charente-Maritime"]),
    dep("18", "Cher", FundKind::Cpam, &["CPAM du Cher"]),
    dep("19", "Corrèze", FundKind::Cpam, &["CPAM de la Corrèze"]),
    dep("2A", "Corse-du-Sud", FundKind::Cpam, &["CPAM de la Corse-du-Sud"]),
    dep("2B", "Haute-Corse", FundKind::Cpam, &["CPAM de la Haute-Corse"]),
    dep("21", "Côte-d'Or", FundKind::Cpam, &["CPAM de la Côte-d'Or"]),
    dep("22", "Côtes-d'Armor", FundKind::Cpam, &["CPAM des Côtes-d'Armor"]),
    dep("23", "Creuse", FundKind::Cpam, &["CPAM de la Creuse"]),
    dep("24", "Dordogne", FundKind::Cpam, &["CPAM de la Dordogne"]),
    dep("25", "Doubs", FundKind::Cpam, &["CPAM du Doubs"]),
    dep("26", "Drôme", FundKind::Cpam, &["CPAM de la Drôme"]),
    dep("27", "Eure", FundKind::Cpam, &["CPAM de l'Eure"]),
    dep("28", "Eure-et-Loir", FundKind::Cpam, &["CPAM d'Eure-et-Loir"]),
    dep("29", "Finistère", FundKind::Cpam, &["CPAM du Finistère"]),
    dep("30", "Gard", FundKind::Cpam, &["CPAM du Gard"]),
    dep("31", "Haute-Garonne", FundKind::Cpam, &["CPAM de la Haute-Garonne"]),
    dep("32", "Gers", FundKind::Cpam, &["CPAM du Gers"]),
    dep("33", "Gironde", FundKind::Cpam, &["CPAM de la Gironde"]),
    dep("34", "Hérault", FundKind::Cpam, &["CPAM de l'Hérault"]),
    dep("35", "Ille-et-Vilaine", FundKind::Cpam, &["CPAM d'Ille-et-Vilaine"]),
    dep("36", "Indre", FundKind::Cpam, &["CPAM de l'Indre"]),
    dep("37", "Indre-et-Loire", FundKind::Cpam, &["CPAM d'Indre-et-Loire"]),
    dep("38", "Isère", FundKind::Cpam, &["CPAM de l'Isère"]),
    dep("39", "Jura", FundKind::Cpam, &["CPAM du Jura"]),
    dep("40", "Landes", FundKind::Cpam, &["CPAM des Landes"]),
    dep("41", "Loir-et-Cher", FundKind::Cpam, &["CPAM de Loir-et-Cher"]),
    dep("42", "Loire", FundKind::Cpam, &["CPAM de la Loire"]),
    dep("43", "Haute-Loire", FundKind::Cpam, &["CPAM de la Haute-Loire"]),
    dep("44", "Loire-Atlantique", FundKind::Cpam, &["CPAM de la Loire-Atlantique"]),
    dep("45", "Loiret", FundKind::Cpam, &["CPAM du Loiret"]),
    dep("46", "Lot", FundKind::Cpam, &["CPAM du Lot"]),
    dep("47", "Lot-et-Garonne", FundKind::Cpam, &["CPAM de Lot-et-Garonne"]),
    dep("48", "Lozère", FundKind::Cpam, &["CPAM de la Lozère"]),
    dep("49", "Maine-et-Loire", FundKind::Cpam, &["CPAM de Maine-et-Loire"]),
    dep("50", "Manche", FundKind::Cpam, &["CPAM de la Manche"]),
    dep("51", "Marne", FundKind::Cpam, &["CPAM de la Marne"]),
    dep("52", "Haute-Marne", FundKind::Cpam, &["CPAM de la Haute-Marne"]),
    dep("53", "Mayenne", FundKind::Cpam, &["CPAM de la Mayenne"]),
    dep("54", "Meurthe-et-Moselle", FundKind::Cpam, &["CPAM de Meurthe-et-Moselle"]),
    dep("55", "Meuse", FundKind::Cpam, &["CPAM de la Meuse"]),
    dep("56", "Morbihan", FundKind::Cpam, &["CPAM du Morbihan"]),
    dep("57", "Moselle", FundKind::Cpam, &["CPAM de la Moselle"]),
    dep("58", "Nièvre", FundKind::Cpam, &["CPAM de la Nièvre"]),
    dep("59", "Nord", FundKind::Cpam, &["CPAM de Lille-Douai", "CPAM de Roubaix-Tourcoing", "CPAM des Flandres", "CPAM du Hainaut"]),
    dep("60", "Oise", FundKind::Cpam, &["CPAM de l'Oise"]),
    dep("61", "Orne", FundKind::Cpam, &["CPAM de l'Orne"]),
    dep("62", "Pas-de-Calais", FundKind::Cpam, &["CPAM de l'Artois", "CPAM de la Côte d'Opale"]),
    dep("63", "Puy-de-Dôme", FundKind::Cpam, &["CPAM du Puy-de-Dôme"]),
    dep("64", "Pyrénées-Atlantiques", FundKind::Cpam, &["CPAM de Bayonne", "CPAM de Pau-Pyrénées"]),
    dep("65", "Hautes-Pyrénées", FundKind::Cpam, &["CPAM des Hautes-Pyrénées"]),
    dep("66", "Pyrénées-Orientales", FundKind::Cpam, &["CPAM des Pyrénées-Orientales"]),
    dep("67", "Bas-Rhin", FundKind::Cpam, &["CPAM du Bas-Rhin"]),
    dep("68", "Haut-Rhin", FundKind::Cpam, &["CPAM du Haut-Rhin"]),
    dep("69", "Rhône", FundKind::Cpam, &["CPAM du Rhône"]),
    dep("70", "Haute-Saône", FundKind::Cpam, &["CPAM de la Haute-Saône"]),
    dep("71", "Saône-et-Loire", FundKind::Cpam, &["CPAM de Saône-et-Loire"]),
    dep("72", "Sarthe", FundKind::Cpam, &["CPAM de la Sarthe"]),
    dep("73", "Savoie", FundKind::Cpam, &["CPAM de la Savoie"]),
    dep("74", "Haute-Savoie", FundKind::Cpam, &["CPAM de la Haute-Savoie"]),
    dep("75", "Paris", FundKind::Cpam, &["CPAM de Paris"]),
    dep("76", "Seine-Maritime", FundKind::Cpam, &["CPAM de Rouen-Elbeuf-Dieppe", "CPAM du Havre"]),
    dep("77", "Seine-et-Marne", FundKind::Cpam, &["CPAM de Seine-et-Marne"]),
    dep("78", "Yvelines", FundKind::Cpam, &["CPAM des Yvelines"]),
    dep("79", "Deux-Sèvres", FundKind::Cpam, &["CPAM des Deux-Sèvres"]),
    dep("80", "Somme", FundKind::Cpam, &["CPAM de la Somme"]),
    dep("81", "Tarn", FundKind::Cpam, &["CPAM du Tarn"]),
    dep("82", "Tarn-et-Garonne", FundKind::Cpam, &["CPAM de Tarn-et-Garonne"]),
    dep("83", "Var", FundKind::Cpam, &["CPAM du Var"]),
    dep("84", "Vaucluse", FundKind::Cpam, &["CPAM de Vaucluse"]),
    dep("85", "Vendée", FundKind::Cpam, &["CPAM de la Vendée"]),
    dep("86", "Vienne", FundKind::Cpam, &["CPAM de la Vienne"]),
    dep("87", "Haute-Vienne", FundKind::Cpam, &["CPAM de la Haute-Vienne"]),
    dep("88", "Vosges", FundKind::Cpam, &["CPAM des Vosges"]),
    dep("89", "Yonne", FundKind::Cpam, &["CPAM de l'Yonne"]),
    dep("90", "Territoire de Belfort", FundKind::Cpam, &["CPAM du Territoire de Belfort"]),
    dep("91", "Essonne", FundKind::Cpam, &["CPAM de l'Essonne"]),
    dep("92", "Hauts-de-Seine", FundKind::Cpam, &["CPAM des Hauts-de-Seine"]),
    dep("93", "Seine-Saint-Denis", FundKind::Cpam, &["CPAM de la Seine-Saint-Denis"]),
    dep("94", "Val-de-Marne", FundKind::Cpam, &["CPAM du Val-de-Marne"]),
    dep("95", "Val-d'Oise", FundKind::Cpam, &["CPAM du Val-d'Oise"]),
    dep("971", "Guadeloupe", FundKind::Cgss, &["CGSS de la Guadeloupe"]),
    dep("972", "Martinique", FundKind::Cgss, &["CGSS de la Martinique"]),
    dep("973", "Guyane", FundKind::Cgss, &["CGSS de la Guyane"]),
    dep("974", "La Réunion", FundKind::Cgss, &["CGSS de La Réunion"]),
    dep("976", "Mayotte", FundKind::Cssm, &["Caisse de sécurité sociale de Mayotte"]),
    // Saint-Pierre-et-Miquelon: its own Caisse de prévoyance sociale.
    Row {
        code: "975",
        name_fr: "Saint-Pierre-et-Miquelon",
        fund_kind: FundKind::Cgss,
        funds: &["Caisse de prévoyance sociale de Saint-Pierre-et-Miquelon"],
        own_scheme: true,
    },
    // Saint-Barthélemy and Saint-Martin: CGSS de la Guadeloupe.
    dep("977", "Saint-Barthélemy", FundKind::Cgss, &["CGSS de la Guadeloupe"]),
    dep("978", "Saint-Martin", FundKind::Cgss, &["CGSS de la Guadeloupe"]),
];

/// Whether the department's name is the end of its fund name ("CPAM de
/// l'Ain"), so that the packed text need not repeat it.
const fn name_ends_fund_name(r: &Row) -> bool {
    let (name, fund) = match r.funds {
        [.., last] => (r.name_fr.as_bytes(), last.as_bytes()),
        [] => return false,
    };
    if name.len() > fund.len() {
        return false;
    }
    let from = fund.len() - name.len();
    let mut i = 0;
    while i < name.len() {
        if fund[from + i] != name[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// Length of a row's fund name (its funds joined with [`FUND_SEPARATOR`]).
const fn fund_name_len(r: &Row) -> usize {
    let mut len = 0;
    let mut i = 0;
    while i < r.funds.len() {
        if i > 0 {
            len += FUND_SEPARATOR.len();
        }
        len += r.funds[i].len();
        i += 1;
    }
    len
}

/// Length of a row's packed text.
const fn row_text_len(r: &Row) -> usize {
    let name = if name_ends_fund_name(r) {
        0
    } else {
        r.name_fr.len()
    };
    r.code.len() + fund_name_len(r) + name
}

/// Length of [`TEXT`].
const TEXT_LEN: usize = {
    let mut len = 0;
    let mut i = 0;
    while i < ROWS.len() {
        len += row_text_len(&ROWS[i]);
        i += 1;
    }
    len
};

/// Whether `bytes` holds [`FUND_SEPARATOR`].
const fn holds_separator(bytes: &[u8]) -> bool {
    let sep = FUND_SEPARATOR.as_bytes();
    let mut i = 0;
    while i + sep.len() <= bytes.len() {
        let mut j = 0;
        while j < sep.len() && bytes[i + j] == sep[j] {
            j += 1;
        }
        if j == sep.len() {
            return true;
        }
        i += 1;
    }
    false
}

/// Copies `bytes` into `out` at `at`; returns the end.
const fn put(out: &mut [u8], at: usize, bytes: &[u8]) -> usize {
    let mut i = 0;
    while i < bytes.len() {
        out[at + i] = bytes[i];
        i += 1;
    }
    at + bytes.len()
}

/// Every row's text, in [`ROWS`] order.
const TEXT_BYTES: [u8; TEXT_LEN] = {
    let mut out = [0; TEXT_LEN];
    let mut at = 0;
    let mut i = 0;
    while i < ROWS.len() {
        let r = &ROWS[i];
        assert!(!r.funds.is_empty() && !r.name_fr.is_empty());
        at = put(&mut out, at, r.code.as_bytes());
        let mut f = 0;
        while f < r.funds.len() {
            if f > 0 {
                at = put(&mut out, at, FUND_SEPARATOR.as_bytes());
            }
            let fund = r.funds[f].as_bytes();
            // `funds()` splits the fund name on the separator.
            assert!(
                !fund.is_empty() && !holds_separator(fund),
                "a fund name must not be empty or hold the separator"
            );
            at = put(&mut out, at, fund);
            f += 1;
        }
        if !name_ends_fund_name(r) {
            at = put(&mut out, at, r.name_fr.as_bytes());
        }
        i += 1;
    }
    assert!(at == TEXT_LEN);
    out
};

/// The texts of every department: see [`Department`].
static TEXT: &str = match std::str::from_utf8(&TEXT_BYTES) {
    Ok(text) => text,
    Err(_) => panic!("department texts are UTF-8"),
};

/// A length or offset as the byte it is stored in (checked at compile time).
const fn byte(n: usize) -> u8 {
    assert!(n <= u8::MAX as usize, "department text too long");
    n as u8
}

/// Every row of [`ROWS`], packed.
const PACKED: [Department; 104] = {
    let empty = Department {
        start: 0,
        code_len: 0,
        fund_name_len: 0,
        name_at: 0,
        name_len: 0,
        fund_kind: FundKind::Cpam,
        several_funds: false,
        own_scheme: false,
    };
    let mut out = [empty; 104];
    let mut start = 0;
    let mut i = 0;
    while i < ROWS.len() {
        let r = &ROWS[i];
        assert!(start <= u16::MAX as usize, "department texts too long");
        let fund_name_len = fund_name_len(r);
        let name_at = if name_ends_fund_name(r) {
            r.code.len() + fund_name_len - r.name_fr.len()
        } else {
            r.code.len() + fund_name_len
        };
        out[i] = Department {
            start: start as u16,
            code_len: byte(r.code.len()),
            fund_name_len: byte(fund_name_len),
            name_at: byte(name_at),
            name_len: byte(r.name_fr.len()),
            fund_kind: r.fund_kind,
            several_funds: r.funds.len() > 1,
            own_scheme: r.own_scheme,
        };
        start += row_text_len(r);
        i += 1;
    }
    out
};

/// `N` rows of [`PACKED`] from `from`.
const fn packed<const N: usize>(from: usize) -> [Department; N] {
    let mut out = [PACKED[0]; N];
    let mut i = 0;
    while i < N {
        out[i] = PACKED[from + i];
        i += 1;
    }
    out
}

/// The 101 departments: `01`–`19`, `2A`, `2B`, `21`–`95`, then `971`–`974`
/// and `976` (this order makes the lookup by code a computed index).
pub static DEPARTMENTS: [Department; 101] = packed(0);

/// Saint-Pierre-et-Miquelon: its own Caisse de prévoyance sociale.
pub static SAINT_PIERRE_ET_MIQUELON: Department = PACKED[101];

/// Saint-Barthélemy (977) and Saint-Martin (978), former communes of
/// Guadeloupe, served by the CGSS de la Guadeloupe. Their real postcodes
/// (97133, 97150) are in the 971 range and give Guadeloupe's row, with the
/// same fund.
pub static SAINT_BARTHELEMY_AND_SAINT_MARTIN: [Department; 2] = packed(102);

/// A French collectivity of the Pacific with its own social-security scheme
/// (not the French general scheme): no CPAM or CGSS affiliation there.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct OwnSchemeTerritory {
    /// INSEE code (`"986"`, `"987"`, `"988"`).
    pub code: &'static str,
    /// French name.
    pub name_fr: &'static str,
    /// ISO country code of the territory (`WF`, `PF`, `NC`).
    pub country: Country,
    /// The local body in charge of health cover.
    pub local_body: &'static str,
}

/// Wallis-et-Futuna, French Polynesia, New Caledonia.
pub static OWN_SCHEME_TERRITORIES: [OwnSchemeTerritory; 3] = [
    OwnSchemeTerritory {
        code: "986",
        name_fr: "Wallis-et-Futuna",
        country: Country::known("WF"),
        local_body: "Agence de santé de Wallis-et-Futuna",
    },
    OwnSchemeTerritory {
        code: "987",
        name_fr: "Polynésie française",
        country: Country::known("PF"),
        local_body: "Caisse de prévoyance sociale de la Polynésie française (CPS)",
    },
    OwnSchemeTerritory {
        code: "988",
        name_fr: "Nouvelle-Calédonie",
        country: Country::known("NC"),
        local_body: "Caisse de compensation des prestations familiales, des accidents du travail et de prévoyance (CAFAT)",
    },
];

/// The department (or collectivity served like one) with that code:
/// `"01"`..`"95"`, `"2A"`, `"2B"`, `"971"`..`"978"`. O(1), never panics.
pub fn department(code: &str) -> Option<&'static Department> {
    let found = match code.as_bytes() {
        [b'2', b'A'] => DEPARTMENTS.get(19),
        [b'2', b'B'] => DEPARTMENTS.get(20),
        [a @ b'0'..=b'9', b @ b'0'..=b'9'] => {
            let n = usize::from(a - b'0') * 10 + usize::from(b - b'0');
            match n {
                1..=19 => DEPARTMENTS.get(n - 1),
                21..=95 => DEPARTMENTS.get(n),
                _ => None,
            }
        }
        [b'9', b'7', c @ b'1'..=b'8'] => match c {
            b'1'..=b'4' => DEPARTMENTS.get(usize::from(c - b'1') + 96),
            b'5' => Some(&SAINT_PIERRE_ET_MIQUELON),
            b'6' => DEPARTMENTS.get(100),
            b'7' => SAINT_BARTHELEMY_AND_SAINT_MARTIN.first(),
            _ => SAINT_BARTHELEMY_AND_SAINT_MARTIN.get(1),
        },
        _ => None,
    };
    // The computed index is checked against the row's code.
    found.filter(|d| d.code() == code)
}

/// What a postcode tells about the fund.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PostcodeFund {
    /// A department (or Saint-Pierre-et-Miquelon, Saint-Barthélemy,
    /// Saint-Martin) and its fund; see its `several_funds` and `own_scheme`
    /// flags.
    Department(&'static Department),
    /// Wallis-et-Futuna, French Polynesia or New Caledonia: the territory's
    /// own scheme, not the French general scheme.
    OwnScheme(&'static OwnSchemeTerritory),
}

impl PostcodeFund {
    /// The department, unless the territory has its own scheme.
    pub fn department(self) -> Option<&'static Department> {
        match self {
            PostcodeFund::Department(d) => Some(d),
            PostcodeFund::OwnScheme(_) => None,
        }
    }

    /// Several funds share the department (the commune decides).
    pub fn several_funds(self) -> bool {
        self.department().is_some_and(Department::several_funds)
    }

    /// Not the French general scheme: Saint-Pierre-et-Miquelon's own fund, or
    /// a Pacific collectivity's scheme.
    pub fn own_scheme(self) -> bool {
        match self {
            PostcodeFund::Department(d) => d.own_scheme(),
            PostcodeFund::OwnScheme(_) => true,
        }
    }
}

/// Why a postcode gives no fund.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PostcodeError {
    /// Not exactly five ASCII digits.
    #[error("invalid postcode {0:?}: expected 5 digits")]
    Malformed(String),
    /// A Monaco postcode (980xx): not in France.
    #[error("postcode {0:?} is in Monaco, not in France")]
    NotFrance(String),
    /// Five digits, but no French department has that prefix (00, 96, 99…).
    #[error("postcode {0:?} matches no French department")]
    UnknownDepartment(String),
}

impl PostcodeError {
    /// Stable snake_case code of the error.
    pub fn code(&self) -> &'static str {
        match self {
            PostcodeError::Malformed(_) => "postcode_malformed",
            PostcodeError::NotFrance(_) => "postcode_not_france",
            PostcodeError::UnknownDepartment(_) => "postcode_unknown_department",
        }
    }
}

/// The fund for a French postcode (exactly 5 ASCII digits, no spaces).
///
/// - `01xxx`–`95xxx` → the department of the first two digits; `20xxx` is
///   Corsica: `200xx`–`201xx` → 2A, `202xx`–`206xx` → 2B;
/// - `971xx`–`974xx`, `976xx` → the overseas department's CGSS (Mayotte: the
///   CSSM); `975xx` → Saint-Pierre-et-Miquelon's own fund
///   (`own_scheme`); `977xx`, `978xx` → CGSS de la Guadeloupe;
/// - `986xx`–`988xx` → [`PostcodeFund::OwnScheme`];
/// - `980xx` → [`PostcodeError::NotFrance`] (Monaco); other prefixes (`00`,
///   `96`, `970`, `979`, `98x`, `99`, Corsica `207`–`209`) →
///   [`PostcodeError::UnknownDepartment`].
///
/// Never panics; allocates only for an error.
///
/// # Errors
///
/// [`PostcodeError`]: malformed input, Monaco, or an unknown prefix (above).
pub fn department_for_postcode(postcode: &str) -> Result<PostcodeFund, PostcodeError> {
    let b = postcode.as_bytes();
    if b.len() != 5 || !b.iter().all(u8::is_ascii_digit) {
        return Err(PostcodeError::Malformed(postcode.to_owned()));
    }
    let unknown = || PostcodeError::UnknownDepartment(postcode.to_owned());
    let found = match (b[0], b[1], b[2]) {
        (b'2', b'0', b'0' | b'1') => department("2A"),
        (b'2', b'0', b'2'..=b'6') => department("2B"),
        (b'2', b'0', _) => None,
        (b'9', b'7', _) => postcode.get(..3).and_then(department),
        (b'9', b'8', b'0') => return Err(PostcodeError::NotFrance(postcode.to_owned())),
        (b'9', b'8', c @ b'6'..=b'8') => {
            return OWN_SCHEME_TERRITORIES
                .get(usize::from(c - b'6'))
                .map(PostcodeFund::OwnScheme)
                .ok_or_else(unknown);
        }
        _ => postcode.get(..2).and_then(department),
    };
    found.map(PostcodeFund::Department).ok_or_else(unknown)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn dep_of(postcode: &str) -> &'static str {
        department_for_postcode(postcode)
            .ok()
            .and_then(PostcodeFund::department)
            .map_or("", Department::code)
    }

    #[test]
    fn every_department_has_a_row() {
        assert_eq!(DEPARTMENTS.len(), 101);
        let mut codes: Vec<String> = (1..=95)
            .filter(|n| *n != 20)
            .map(|n| format!("{n:02}"))
            .collect();
        codes.extend(["2A", "2B", "971", "972", "973", "974", "976"].map(String::from));
        assert_eq!(codes.len(), 101);
        for code in &codes {
            let d = department(code).unwrap_or_else(|| panic!("{code} missing"));
            assert_eq!(d.code(), code);
        }
        let table: BTreeSet<&str> = DEPARTMENTS.iter().map(Department::code).collect();
        let expected: BTreeSet<&str> = codes.iter().map(String::as_str).collect();
        assert_eq!(table, expected);
        for code in ["975", "977", "978"] {
            assert_eq!(department(code).map(Department::code), Some(code));
        }
        for bad in [
            "", "0", "00", "20", "96", "99", "2C", "2a", "970", "979", "986", "01 ", "1",
        ] {
            assert_eq!(department(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn rows_are_consistent() {
        for d in DEPARTMENTS.iter().chain(&SAINT_BARTHELEMY_AND_SAINT_MARTIN) {
            let funds: Vec<&str> = d.funds().collect();
            assert!(!d.name_fr().is_empty() && !funds.is_empty(), "{}", d.code());
            assert_eq!(d.several_funds(), funds.len() > 1, "{}", d.code());
            assert_eq!(d.fund_name(), funds.join(" / "), "{}", d.code());
            assert!(!d.own_scheme());
            let expected_kind = if d.code() == "976" {
                FundKind::Cssm
            } else if d.code().len() == 3 {
                FundKind::Cgss
            } else {
                FundKind::Cpam
            };
            assert_eq!(d.fund_kind(), expected_kind, "{}", d.code());
            let prefix = if d.fund_kind() == FundKind::Cpam {
                "CPAM "
            } else {
                "C"
            };
            assert!(funds.iter().all(|f| f.starts_with(prefix)), "{}", d.code());
        }
        let several: Vec<&str> = DEPARTMENTS
            .iter()
            .filter(|d| d.several_funds())
            .map(Department::code)
            .collect();
        assert_eq!(several, ["59", "62", "64", "76"]);
        let cpams: usize = DEPARTMENTS
            .iter()
            .filter(|d| d.fund_kind() == FundKind::Cpam)
            .map(|d| d.funds().count())
            .sum();
        assert_eq!(cpams, 102);
    }

    #[test]
    fn packed_rows_read_back() {
        let all: Vec<&Department> = DEPARTMENTS
            .iter()
            .chain([&SAINT_PIERRE_ET_MIQUELON])
            .chain(&SAINT_BARTHELEMY_AND_SAINT_MARTIN)
            .collect();
        assert_eq!(all.len(), ROWS.len());
        for (d, r) in all.iter().zip(&ROWS) {
            assert_eq!(
                (d.code(), d.name_fr(), d.fund_kind(), d.own_scheme()),
                (r.code, r.name_fr, r.fund_kind, r.own_scheme)
            );
            assert!(d.funds().eq(r.funds.iter().copied()), "{}", r.code);
        }
        // A name that ends its fund name is not repeated.
        assert!(TEXT.starts_with("01CPAM de l'Ain02CPAM de l'Aisne03"));
        assert_eq!(department("01").map(Department::name_fr), Some("Ain"));
        assert!(TEXT.contains("59CPAM de Lille-Douai / CPAM de Roubaix-Tourcoing / CPAM des Flandres / CPAM du HainautNord60"));
    }

    #[test]
    fn debug_and_serialize_show_the_fields() {
        let d = department("62").expect("62");
        assert_eq!(
            format!("{d:?}"),
            "Department { code: \"62\", name_fr: \"Pas-de-Calais\", fund_kind: Cpam, \
             fund_name: \"CPAM de l'Artois / CPAM de la Côte d'Opale\", \
             funds: [\"CPAM de l'Artois\", \"CPAM de la Côte d'Opale\"], \
             several_funds: true, own_scheme: false }"
        );
        assert_eq!(
            serde_json::to_value(d).ok(),
            Some(serde_json::json!({
                "code": "62",
                "name_fr": "Pas-de-Calais",
                "fund_kind": "cpam",
                "fund_name": "CPAM de l'Artois / CPAM de la Côte d'Opale",
                "funds": ["CPAM de l'Artois", "CPAM de la Côte d'Opale"],
                "several_funds": true,
                "own_scheme": false
            }))
        );
    }

    #[test]
    fn fund_names() {
        let name = |code: &str| department(code).map_or("", Department::fund_name);
        assert_eq!(name("01"), "CPAM de l'Ain");
        assert_eq!(name("69"), "CPAM du Rhône");
        assert_eq!(name("92"), "CPAM des Hauts-de-Seine");
        assert_eq!(name("75"), "CPAM de Paris");
        assert_eq!(name("13"), "CPAM des Bouches-du-Rhône");
        assert_eq!(name("28"), "CPAM d'Eure-et-Loir");
        assert_eq!(name("971"), "CGSS de la Guadeloupe");
        assert_eq!(name("972"), "CGSS de la Martinique");
        assert_eq!(name("973"), "CGSS de la Guyane");
        assert_eq!(name("974"), "CGSS de La Réunion");
        assert_eq!(name("976"), "Caisse de sécurité sociale de Mayotte");
    }

    #[test]
    fn metropolitan_postcodes() {
        assert_eq!(dep_of("01000"), "01");
        assert_eq!(dep_of("75001"), "75");
        assert_eq!(dep_of("92400"), "92");
        assert_eq!(dep_of("69003"), "69");
        assert_eq!(dep_of("95000"), "95");
        assert_eq!(dep_of("13001"), "13");
        let paris = department_for_postcode("75015");
        assert_eq!(
            paris.map(|f| (f.several_funds(), f.own_scheme())),
            Ok((false, false))
        );
        let lille = department_for_postcode("59000");
        assert_eq!(lille.map(PostcodeFund::several_funds), Ok(true));
        assert_eq!(
            department_for_postcode("62100").map(PostcodeFund::several_funds),
            Ok(true)
        );
        assert_eq!(
            department_for_postcode("13008").map(PostcodeFund::several_funds),
            Ok(false)
        );
    }

    #[test]
    fn corsica() {
        for (postcode, code) in [
            ("20000", "2A"),
            ("20090", "2A"),
            ("20199", "2A"),
            ("20200", "2B"),
            ("20600", "2B"),
            ("20699", "2B"),
        ] {
            assert_eq!(dep_of(postcode), code, "{postcode}");
        }
        for postcode in ["20700", "20999"] {
            assert_eq!(
                department_for_postcode(postcode),
                Err(PostcodeError::UnknownDepartment(postcode.into()))
            );
        }
    }

    #[test]
    fn overseas() {
        for (postcode, code, fund) in [
            ("97100", "971", "CGSS de la Guadeloupe"),
            ("97133", "971", "CGSS de la Guadeloupe"),
            ("97200", "972", "CGSS de la Martinique"),
            ("97300", "973", "CGSS de la Guyane"),
            ("97400", "974", "CGSS de La Réunion"),
            ("97600", "976", "Caisse de sécurité sociale de Mayotte"),
            ("97700", "977", "CGSS de la Guadeloupe"),
            ("97800", "978", "CGSS de la Guadeloupe"),
            (
                "97500",
                "975",
                "Caisse de prévoyance sociale de Saint-Pierre-et-Miquelon",
            ),
        ] {
            let found = department_for_postcode(postcode);
            let d = found.ok().and_then(PostcodeFund::department);
            assert_eq!(
                d.map(|d| (d.code(), d.fund_name())),
                Some((code, fund)),
                "{postcode}"
            );
            // Mayotte has no CGSS but the CSSM (domain.md §2.9, 2026-12).
            let kind = if code == "976" {
                FundKind::Cssm
            } else {
                FundKind::Cgss
            };
            assert_eq!(d.map(Department::fund_kind), Some(kind), "{postcode}");
        }
        let spm = department_for_postcode("97500");
        assert_eq!(spm.map(PostcodeFund::own_scheme), Ok(true));
        assert_eq!(
            department_for_postcode("97100").map(PostcodeFund::own_scheme),
            Ok(false)
        );
    }

    #[test]
    fn own_scheme_territories() {
        for (postcode, code, country) in [
            ("98600", "986", "WF"),
            ("98714", "987", "PF"),
            ("98800", "988", "NC"),
        ] {
            match department_for_postcode(postcode) {
                Ok(f @ PostcodeFund::OwnScheme(t)) => {
                    assert_eq!((t.code, t.country.code()), (code, country));
                    assert!(t.country.is_france());
                    assert!(f.own_scheme() && f.department().is_none() && !f.several_funds());
                }
                other => panic!("{postcode}: {other:?}"),
            }
        }
    }

    #[test]
    fn errors() {
        let err = |p: &str| department_for_postcode(p).err();
        for p in [
            "",
            "7500",
            "750011",
            "75 01",
            "7500a",
            "ABCDE",
            "７５００１",
            "75001\n",
            "-7500",
        ] {
            assert_eq!(err(p), Some(PostcodeError::Malformed(p.into())), "{p:?}");
        }
        assert_eq!(err("98000"), Some(PostcodeError::NotFrance("98000".into())));
        for p in [
            "00100", "96000", "99000", "97000", "97900", "98100", "98400", "98900",
        ] {
            assert_eq!(
                err(p),
                Some(PostcodeError::UnknownDepartment(p.into())),
                "{p}"
            );
        }
        assert_eq!(
            err("7500").map(|e| e.to_string()),
            Some("invalid postcode \"7500\": expected 5 digits".into())
        );
        assert_eq!(
            err("98000").map(|e| e.to_string()),
            Some("postcode \"98000\" is in Monaco, not in France".into())
        );
        assert_eq!(
            err("96000").map(|e| e.to_string()),
            Some("postcode \"96000\" matches no French department".into())
        );
        assert_eq!(
            err("96000").map(|e| e.code()),
            Some("postcode_unknown_department")
        );
    }

    proptest::proptest! {
        #[test]
        fn arbitrary_strings_never_panic(s in "\\PC{0,7}") {
            let _ = department_for_postcode(&s);
            let _ = department(&s);
        }

        #[test]
        fn five_digits_are_never_malformed(s in "[0-9]{5}") {
            let malformed = matches!(department_for_postcode(&s), Err(PostcodeError::Malformed(_)));
            proptest::prop_assert!(!malformed);
        }
    }

    #[test]
    fn every_five_digit_prefix_is_handled() {
        // Exhaustive over the first three digits: never panics, and every
        // success names a row whose code matches the prefix.
        for n in 0..1000u32 {
            let postcode = format!("{n:03}45");
            match department_for_postcode(&postcode) {
                Ok(PostcodeFund::Department(d)) => {
                    let ok = if d.code() == "2A" || d.code() == "2B" {
                        postcode.starts_with("20")
                    } else {
                        postcode.starts_with(d.code())
                    };
                    assert!(ok, "{postcode} → {}", d.code());
                }
                Ok(PostcodeFund::OwnScheme(t)) => assert!(postcode.starts_with(t.code)),
                Err(e) => assert!(!matches!(e, PostcodeError::Malformed(_)), "{postcode}"),
            }
        }
    }
}
