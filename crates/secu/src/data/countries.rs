//! The country table: every ISO 3166-1 alpha-2 code, plus `XK` (Kosovo) and
//! ISO 3166-2 `CA-QC` (Québec), with names, EEA/Swiss and French flags and
//! INSEE COG codes.
//!
//! The table is generated at build time (`build.rs`) from `data/countries.csv`
//! and INSEE's `data/v_pays_territoire_2024.csv` (see `data/README.md` for
//! provenance and the rules used to join them). Source of the COG codes and
//! of most French names: Insee, Code officiel géographique 2024 — pays et
//! territoires étrangers.
//!
//! The table is private: [`crate::Country`] is the way in (its methods read
//! the columns below by row index).
//!
//! Stored as columns rather than rows of `&'static str` fields: the strings
//! are packed into a few blobs with `u16` offsets (see `build.rs`), which
//! keeps the table small in the WebAssembly module.

/// Number of rows. The table is sorted by code (so `Country`'s order is the
/// code order).
pub(crate) const LEN: u16 = include!(concat!(env!("OUT_DIR"), "/countries_len.rs"));

/// ISO 3166-1 alpha-2 codes, `XK` and `CA-QC`, concatenated in table order:
/// two bytes per row, five for `CA-QC` (see [`code`]).
static CODES: &str = include!(concat!(env!("OUT_DIR"), "/countries_codes.rs"));

/// ISO 3166-1 alpha-3 codes, three bytes per row (`XKX` for Kosovo, the code
/// used by the EU and others), `---` where there is none (`CA-QC`).
static ALPHA3: &str = include!(concat!(env!("OUT_DIR"), "/countries_alpha3.rs"));

/// Each row's English name, then its French name unless it is the same.
///
/// English: the common short name ("South Korea", "United Kingdom").
/// French: INSEE's `LIBCOG` when INSEE lists the country, else the usual
/// French short name.
static NAMES: &str = include!(concat!(env!("OUT_DIR"), "/countries_names.rs"));

/// Start of each row's text in [`NAMES`], then the end of the last row's.
static NAMES_START: [u16; LEN as usize + 1] =
    include!(concat!(env!("OUT_DIR"), "/countries_names_start.rs"));

/// Length of each row's English name in [`NAMES`].
static NAME_EN_LEN: [u8; LEN as usize] =
    include!(concat!(env!("OUT_DIR"), "/countries_name_en_len.rs"));

/// [`FLAGS`] bit: EU member state, Iceland, Liechtenstein, Norway or
/// Switzerland, or a territory where EU law applies (the French outermost
/// regions, Åland).
const EEA_OR_SWITZERLAND: u8 = 1;
/// [`FLAGS`] bit: France or a French overseas department/collectivity (a
/// birth there is a birth in France for NIR purposes).
const FRENCH_TERRITORY: u8 = 2;

/// Each row's [`EEA_OR_SWITZERLAND`] and [`FRENCH_TERRITORY`] bits.
static FLAGS: [u8; LEN as usize] = include!(concat!(env!("OUT_DIR"), "/countries_flags.rs"));

/// Each row's INSEE COG code without its `99` prefix (401 = Canada), 0 for none.
static INSEE_COG: [u16; LEN as usize] =
    include!(concat!(env!("OUT_DIR"), "/countries_insee_cog.rs"));

/// The code of row `i` (`"DE"`, `"XK"`, `"CA-QC"`); `""` out of range.
pub(crate) fn code(i: u16) -> &'static str {
    let i = usize::from(i);
    let qc = usize::from(CA_QC_INDEX);
    let (start, len) = match i.cmp(&qc) {
        std::cmp::Ordering::Less => (2 * i, 2),
        std::cmp::Ordering::Equal => (2 * i, 5),
        std::cmp::Ordering::Greater => (2 * i + 3, 2),
    };
    CODES.get(start..start + len).unwrap_or("")
}

/// The ISO 3166-1 alpha-3 code of row `i` (none for `CA-QC`).
pub(crate) fn alpha3(i: u16) -> Option<&'static str> {
    let start = 3 * usize::from(i);
    ALPHA3.get(start..start + 3).filter(|&a| a != "---")
}

/// The names of row `i`: (English, French).
pub(crate) fn names(i: u16) -> (&'static str, &'static str) {
    let i = usize::from(i);
    let start = NAMES_START.get(i).map_or(0, |&s| usize::from(s));
    let end = NAMES_START.get(i + 1).map_or(0, |&e| usize::from(e));
    let text = NAMES.get(start..end).unwrap_or("");
    let en_len = NAME_EN_LEN.get(i).map_or(0, |&l| usize::from(l));
    let (en, fr) = text.split_at_checked(en_len).unwrap_or((text, ""));
    (en, if fr.is_empty() { en } else { fr })
}

/// Whether row `i` is in the EEA or Switzerland (see
/// [`crate::Country::is_eea_or_switzerland`]).
pub(crate) fn eea_or_switzerland(i: u16) -> bool {
    FLAGS
        .get(usize::from(i))
        .is_some_and(|f| f & EEA_OR_SWITZERLAND != 0)
}

/// Whether row `i` is France or a French overseas territory.
pub(crate) fn french_territory(i: u16) -> bool {
    FLAGS
        .get(usize::from(i))
        .is_some_and(|f| f & FRENCH_TERRITORY != 0)
}

/// The INSEE COG code of row `i` without its `99` prefix, when it has one.
pub(crate) fn insee_cog(i: u16) -> Option<u16> {
    INSEE_COG.get(usize::from(i)).copied().filter(|&c| c != 0)
}

/// Marker for an unassigned two-letter code in [`ALPHA2_INDEX`].
const NONE: u16 = u16::MAX;

/// Index in the table of each two-letter code, at `(a - 'A') * 26 + (b - 'A')`.
static ALPHA2_INDEX: [u16; 26 * 26] = include!(concat!(env!("OUT_DIR"), "/countries_alpha2.rs"));

/// Index of `CA-QC` in the table.
const CA_QC_INDEX: u16 = include!(concat!(env!("OUT_DIR"), "/countries_ca_qc.rs"));

/// `(COG without 99, row index)`, sorted by COG: the main COG of each
/// country, plus the INSEE territory rows carrying the ISO code of a country
/// (99313 and 99319: Spanish and Portuguese territories → ES and PT).
static BY_COG: &[(u16, u16)] = &include!(concat!(env!("OUT_DIR"), "/countries_cog.rs"));

/// Index in the table of an exact code (`"DE"`, `"XK"`, `"CA-QC"`). O(1),
/// no allocation, never panics; `const` so that constants can be checked at
/// compile time.
pub(crate) const fn index_of(code: &[u8]) -> Option<u16> {
    match code {
        [a @ b'A'..=b'Z', b @ b'A'..=b'Z'] => {
            let i = ALPHA2_INDEX[(*a - b'A') as usize * 26 + (*b - b'A') as usize];
            if i == NONE { None } else { Some(i) }
        }
        b"CA-QC" => Some(CA_QC_INDEX),
        _ => None,
    }
}

/// Index in the table of the country with that COG code (binary search).
pub(crate) fn index_of_cog(cog: u16) -> Option<u16> {
    BY_COG
        .binary_search_by_key(&cog, |&(c, _)| c)
        .ok()
        .and_then(|i| BY_COG.get(i))
        .map(|&(_, idx)| idx)
}

/// Index in the table of an alpha-3 code (linear scan: for error hints only).
pub(crate) fn index_of_alpha3(code: &[u8]) -> Option<u16> {
    (0..LEN).find(|&i| alpha3(i).is_some_and(|a| a.as_bytes() == code))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    /// A row read back from the columns.
    #[derive(Debug)]
    struct Row {
        code: &'static str,
        alpha3: Option<&'static str>,
        name_en: &'static str,
        name_fr: &'static str,
        insee_cog: Option<u16>,
    }

    fn read_row(i: u16) -> Row {
        let (name_en, name_fr) = names(i);
        Row {
            code: code(i),
            alpha3: alpha3(i),
            name_en,
            name_fr,
            insee_cog: insee_cog(i),
        }
    }

    fn rows() -> Vec<Row> {
        (0..LEN).map(read_row).collect()
    }

    #[test]
    fn columns_fit() {
        assert_eq!(CODES.len(), 2 * usize::from(LEN) + 3);
        assert_eq!(code(CA_QC_INDEX), "CA-QC");
        assert_eq!(ALPHA3.len(), 3 * usize::from(LEN));
        assert_eq!(NAMES_START.first(), Some(&0));
        assert_eq!(
            NAMES_START.last().map(|&e| usize::from(e)),
            Some(NAMES.len())
        );
        assert!(NAMES_START.windows(2).all(|w| w[0] < w[1]));
        for r in rows() {
            assert!(
                r.code.len() == 2 && r.code.bytes().all(|b| b.is_ascii_uppercase())
                    || r.code == "CA-QC",
                "{r:?}"
            );
            assert!(
                r.alpha3
                    .is_none_or(|a| a.len() == 3 && a.bytes().all(|b| b.is_ascii_uppercase())),
                "{r:?}"
            );
        }
        assert_eq!(alpha3(CA_QC_INDEX), None);
        // Out of range: empty, never a panic.
        assert_eq!(code(LEN), "");
        assert_eq!(alpha3(LEN), None);
        assert_eq!(names(LEN), ("", ""));
        assert!(!eea_or_switzerland(LEN) && !french_territory(LEN));
        assert_eq!(insee_cog(LEN), None);
        assert_eq!(index_of_alpha3(b"---"), None);
        // Flags.
        let flagged =
            |f: fn(u16) -> bool| -> Vec<&str> { (0..LEN).filter(|&i| f(i)).map(code).collect() };
        assert_eq!(flagged(eea_or_switzerland).len(), 38);
        assert_eq!(
            flagged(french_territory),
            [
                "BL", "FR", "GF", "GP", "MF", "MQ", "NC", "PF", "PM", "RE", "WF", "YT"
            ]
        );
    }

    #[test]
    fn counts() {
        // 249 officially assigned ISO 3166-1 alpha-2 codes + XK + CA-QC.
        let countries = rows();
        assert_eq!(countries.len(), 251);
        let iso = countries
            .iter()
            .filter(|r| r.code.len() == 2 && r.code != "XK")
            .count();
        assert_eq!(iso, 249);
        // INSEE: 213 distinct ISO codes (215 rows, ES and PT twice) + Kosovo.
        assert_eq!(
            countries.iter().filter(|r| r.insee_cog.is_some()).count(),
            214
        );
        assert_eq!(BY_COG.len(), 216);
    }

    #[test]
    fn sorted_and_unique() {
        let countries = rows();
        assert!(countries.windows(2).all(|w| w[0].code < w[1].code));
        assert!(BY_COG.windows(2).all(|w| w[0].0 < w[1].0));
        let alpha3: Vec<_> = countries.iter().filter_map(|r| r.alpha3).collect();
        assert_eq!(alpha3.len(), alpha3.iter().collect::<BTreeSet<_>>().len());
    }

    #[test]
    fn index_round_trip() {
        for (i, r) in rows().iter().enumerate() {
            assert_eq!(
                index_of(r.code.as_bytes()),
                u16::try_from(i).ok(),
                "{}",
                r.code
            );
            if let Some(a3) = r.alpha3 {
                assert_eq!(index_of_alpha3(a3.as_bytes()), u16::try_from(i).ok());
            }
        }
        let assigned = ALPHA2_INDEX.iter().filter(|&&i| i != NONE).count();
        assert_eq!(assigned, 250);
    }

    #[test]
    fn index_rejects() {
        for bad in [
            "", "D", "de", "DEU", "CA-qc", "ca-QC", "CAQC", "A1", "é", "ZZ", "AA",
        ] {
            assert_eq!(index_of(bad.as_bytes()), None, "{bad}");
        }
    }

    #[test]
    fn insee_file_is_the_untouched_copy() {
        // data/README.md: 17 587 bytes, CRLF, 1 header + 228 rows.
        let insee = include_str!("../../data/v_pays_territoire_2024.csv");
        assert_eq!(insee.len(), 17_587);
        assert_eq!(insee.matches("\r\n").count(), 229);
        assert_eq!(insee.matches('\n').count(), 229);
        assert!(insee.starts_with("\"COG\",\"ACTUAL\","));
    }

    #[test]
    fn names_are_clean() {
        for r in rows() {
            for name in [r.name_en, r.name_fr] {
                assert!(
                    !name.is_empty() && name.trim() == name,
                    "{}: {name:?}",
                    r.code
                );
            }
        }
    }

    #[test]
    fn insee_edge_cases() {
        let row = |code: &str| index_of(code.as_bytes()).map(read_row);
        // ISO code on two INSEE rows: the ACTUAL = 1 row is the country's COG,
        // the territory row also leads back to it.
        assert_eq!(row("ES").and_then(|r| r.insee_cog), Some(134));
        assert_eq!(index_of_cog(313), index_of(b"ES"));
        assert_eq!(row("PT").and_then(|r| r.insee_cog), Some(139));
        assert_eq!(index_of_cog(319), index_of(b"PT"));
        // Territories with their own ISO code and COG row.
        assert_eq!(row("HK").and_then(|r| r.insee_cog), Some(230));
        assert_eq!(row("GL").and_then(|r| r.insee_cog), Some(430));
        assert_eq!(row("AQ").and_then(|r| r.insee_cog), Some(699));
        // Kosovo: listed by INSEE without an ISO code.
        assert_eq!(row("XK").and_then(|r| r.insee_cog), Some(157));
        // Group rows without an ISO code (e.g. 99425 British Caribbean) map to nothing.
        assert_eq!(index_of_cog(425), None);
        assert_eq!(row("BM").and_then(|r| r.insee_cog), None);
        // French overseas: not foreign, so not in the INSEE foreign file.
        assert_eq!(row("GP").and_then(|r| r.insee_cog), None);
        // Names: LIBCOG, except where it names a group of territories.
        assert_eq!(row("DE").map(|r| r.name_fr), Some("Allemagne"));
        assert_eq!(row("GI").map(|r| r.name_fr), Some("Gibraltar"));
        assert_eq!(
            row("KR").map(|r| (r.name_en, r.name_fr)),
            Some(("South Korea", "Corée du Sud"))
        );
    }
}
