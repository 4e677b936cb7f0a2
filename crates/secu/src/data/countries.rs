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
//! Use [`crate::Country`] rather than this table directly.

/// One row of the country table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CountryRow {
    /// ISO 3166-1 alpha-2 code, `XK` or `CA-QC`.
    pub code: &'static str,
    /// ISO 3166-1 alpha-3 code (`XKX` for Kosovo, the code used by the EU and
    /// others; none for `CA-QC`).
    pub alpha3: Option<&'static str>,
    /// Common English short name ("South Korea", "United Kingdom").
    pub name_en: &'static str,
    /// French short name: INSEE's `LIBCOG` when INSEE lists the country,
    /// else the usual French short name.
    pub name_fr: &'static str,
    /// EU member state, Iceland, Liechtenstein, Norway or Switzerland, or a
    /// territory where EU law applies (the French outermost regions, Åland).
    pub eea_or_switzerland: bool,
    /// France or a French overseas department/collectivity (a birth there is
    /// a birth in France for NIR purposes).
    pub french_territory: bool,
    /// INSEE COG code without its `99` prefix (401 = Canada).
    pub insee_cog: Option<u16>,
}

/// The table, sorted by code (so `Country`'s order is the code order).
pub static COUNTRIES: &[CountryRow] = &include!(concat!(env!("OUT_DIR"), "/countries_rows.rs"));

/// Marker for an unassigned two-letter code in [`ALPHA2_INDEX`].
const NONE: u16 = u16::MAX;

/// Index in [`COUNTRIES`] of each two-letter code, at `(a - 'A') * 26 + (b - 'A')`.
static ALPHA2_INDEX: [u16; 26 * 26] = include!(concat!(env!("OUT_DIR"), "/countries_alpha2.rs"));

/// Index of `CA-QC` in [`COUNTRIES`].
const CA_QC_INDEX: u16 = include!(concat!(env!("OUT_DIR"), "/countries_ca_qc.rs"));

/// `(COG without 99, index in COUNTRIES)`, sorted by COG: the main COG of each
/// country, plus the INSEE territory rows carrying the ISO code of a country
/// (99313 and 99319: Spanish and Portuguese territories → ES and PT).
static BY_COG: &[(u16, u16)] = &include!(concat!(env!("OUT_DIR"), "/countries_cog.rs"));

/// Index in [`COUNTRIES`] of an exact code (`"DE"`, `"XK"`, `"CA-QC"`). O(1),
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

/// Index in [`COUNTRIES`] of the country with that COG code (binary search).
pub(crate) fn index_of_cog(cog: u16) -> Option<u16> {
    BY_COG
        .binary_search_by_key(&cog, |&(c, _)| c)
        .ok()
        .and_then(|i| BY_COG.get(i))
        .map(|&(_, idx)| idx)
}

/// Index in [`COUNTRIES`] of an alpha-3 code (linear scan: for error hints only).
pub(crate) fn index_of_alpha3(code: &[u8]) -> Option<u16> {
    COUNTRIES
        .iter()
        .position(|r| r.alpha3.is_some_and(|a| a.as_bytes() == code))
        .and_then(|i| u16::try_from(i).ok())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn counts() {
        // 249 officially assigned ISO 3166-1 alpha-2 codes + XK + CA-QC.
        assert_eq!(COUNTRIES.len(), 251);
        let iso = COUNTRIES
            .iter()
            .filter(|r| r.code.len() == 2 && r.code != "XK")
            .count();
        assert_eq!(iso, 249);
        // INSEE: 213 distinct ISO codes (215 rows, ES and PT twice) + Kosovo.
        assert_eq!(
            COUNTRIES.iter().filter(|r| r.insee_cog.is_some()).count(),
            214
        );
        assert_eq!(BY_COG.len(), 216);
    }

    #[test]
    fn sorted_and_unique() {
        assert!(COUNTRIES.windows(2).all(|w| w[0].code < w[1].code));
        assert!(BY_COG.windows(2).all(|w| w[0].0 < w[1].0));
        let alpha3: Vec<_> = COUNTRIES.iter().filter_map(|r| r.alpha3).collect();
        assert_eq!(alpha3.len(), alpha3.iter().collect::<BTreeSet<_>>().len());
    }

    #[test]
    fn index_round_trip() {
        for (i, r) in COUNTRIES.iter().enumerate() {
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
        for r in COUNTRIES {
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
        let row =
            |code: &str| index_of(code.as_bytes()).and_then(|i| COUNTRIES.get(usize::from(i)));
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
