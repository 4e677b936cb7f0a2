//! Countries and territories: ISO 3166-1 alpha-2 codes (plus `XK` Kosovo and
//! ISO 3166-2 `CA-QC` Québec), names in English and French, EEA/Swiss
//! membership, French territories, and INSEE COG codes for NIR birthplaces.
//!
//! The data lives in [`crate::data::countries`]; this module is the typed
//! handle used everywhere else (input model, rules, output).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::Lang;
use crate::data::countries;

/// A country or territory accepted in input.
///
/// Internally a row index of the static country table ([`crate::data::countries`]),
/// so it is `Copy`, 2 bytes, and every lookup is O(1). Ordered by code.
/// Serialized as its code (`"DE"`, `"XK"`, `"CA-QC"`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Country(u16);

impl Country {
    /// France.
    pub const FR: Country = Country::known("FR");
    /// United Kingdom (EU–UK Trade and Cooperation Agreement; not EEA).
    pub const GB: Country = Country::known("GB");
    /// Québec (ISO 3166-2 `CA-QC`), for the France–Québec agreement.
    pub const CA_QC: Country = Country::known("CA-QC");
    /// United States.
    pub const US: Country = Country::known("US");
    /// India.
    pub const IN: Country = Country::known("IN");
    /// China.
    pub const CN: Country = Country::known("CN");
    /// Germany.
    pub const DE: Country = Country::known("DE");

    /// Looks a code up (exact, upper-case ISO alpha-2, `XK` or `CA-QC`).
    ///
    /// O(1), no allocation; any other string (lower case, alpha-3, spaces…)
    /// gives `None`.
    pub fn from_code(code: &str) -> Option<Country> {
        countries::index_of(code.as_bytes()).map(Country)
    }

    /// Builds a constant for a code of the table. Only for `const`/`static`
    /// initialisers (the constants above, the generated agreement table):
    /// there an unknown code fails the build, never a running program.
    pub(crate) const fn known(code: &str) -> Country {
        match countries::index_of(code.as_bytes()) {
            Some(i) => Country(i),
            None => panic!("country code missing from data/countries.csv"),
        }
    }

    /// The code as written in JSON.
    pub fn code(self) -> &'static str {
        countries::code(self.0)
    }

    /// ISO 3166-1 alpha-3 code (`XKX` for Kosovo; `None` for `CA-QC`).
    pub fn alpha3(self) -> Option<&'static str> {
        countries::alpha3(self.0)
    }

    /// Name in the given language (English when the language is not
    /// available).
    pub fn name(self, lang: Lang) -> &'static str {
        let (en, fr) = countries::names(self.0);
        match lang {
            Lang::En => en,
            Lang::Fr => fr,
            _ => crate::l10n::country(lang, self.code(), "name").unwrap_or(en),
        }
    }

    /// Member of the European Economic Area (EU 27 + Iceland, Liechtenstein,
    /// Norway) or Switzerland. France and its EU outermost regions included.
    ///
    /// Territories are counted where EU law applies to them: the French
    /// outermost regions (GP, MQ, GF, RE, YT) and Saint-Martin (MF), and
    /// Åland (AX, part of Finland inside the EU). Not counted: the French
    /// overseas countries and territories outside the EU (PM, BL, NC, PF, WF,
    /// TF), the Danish, Dutch and British territories (FO, GL, AW, CW, SX, BQ,
    /// GI…), Svalbard and Jan Mayen (SJ), and the United Kingdom (GB), which
    /// left the EU in 2020.
    pub fn is_eea_or_switzerland(self) -> bool {
        countries::eea_or_switzerland(self.0)
    }

    /// France or a French overseas department/collectivity (GP, MQ, GF, RE,
    /// YT, PM, BL, MF, NC, PF, WF): a birth there is a birth in France for NIR
    /// purposes (domain §4.1).
    pub fn is_france(self) -> bool {
        countries::french_territory(self.0)
    }

    /// INSEE COG code without its `99` prefix (e.g. 401 for Canada), when the
    /// country has one.
    ///
    /// `None` for France and its overseas territories (not foreign), for
    /// `CA-QC` (a birth in Québec carries Canada's 99401), and for territories
    /// INSEE groups without an ISO code (e.g. Bermuda is in 99425).
    pub fn insee_cog(self) -> Option<u16> {
        countries::insee_cog(self.0)
    }

    /// The country with that INSEE COG code (without the `99` prefix).
    ///
    /// Also resolves the COG of a territory that has its own ISO code (99230
    /// Hong Kong → `HK`), and the two territory rows INSEE tags with a
    /// country's code (99313 Spanish territories in North Africa → `ES`,
    /// 99319 Azores and Madeira → `PT`). Territory groups without an ISO code
    /// (99425, 99432…) give `None`.
    pub fn by_insee_cog(cog: u16) -> Option<Country> {
        countries::index_of_cog(cog).map(Country)
    }

    /// Every country of the table, in table order (sorted by code).
    pub fn all() -> impl Iterator<Item = Country> {
        (0..countries::LEN).map(Country)
    }

    /// A likely intended code for a string that is not one: the same code in
    /// another case (`"de"` → `DE`, `"ca-qc"` → `CA-QC`) or an alpha-3 code in
    /// any case (`"DEU"` → `DE`).
    pub fn suggest(input: &str) -> Option<Country> {
        let trimmed = input.trim();
        if trimmed.len() > 5 {
            return None;
        }
        let mut buf = [0u8; 5];
        let upper = buf.get_mut(..trimmed.len())?;
        upper.copy_from_slice(trimmed.as_bytes());
        upper.make_ascii_uppercase();
        countries::index_of(upper)
            .or_else(|| countries::index_of_alpha3(upper))
            .map(Country)
    }
}

impl fmt::Display for Country {
    /// Writes the code (`DE`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// An unknown country code, with a suggestion when the input looks like a
/// known code in another case or an alpha-3 code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownCountry {
    /// The rejected input.
    pub input: String,
    /// The code the input probably meant.
    pub suggestion: Option<Country>,
}

impl UnknownCountry {
    /// The error for `input`, with its suggestion.
    pub fn new(input: &str) -> UnknownCountry {
        UnknownCountry {
            input: input.to_owned(),
            suggestion: Country::suggest(input),
        }
    }
}

impl fmt::Display for UnknownCountry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown country code {:?}", self.input)?;
        if let Some(s) = self.suggestion {
            write!(f, "; did you mean {:?}?", s.code())?;
        }
        Ok(())
    }
}

impl std::error::Error for UnknownCountry {}

impl FromStr for Country {
    type Err = UnknownCountry;

    /// Exact code only (see [`Country::from_code`]).
    fn from_str(s: &str) -> Result<Country, UnknownCountry> {
        Country::from_code(s).ok_or_else(|| UnknownCountry::new(s))
    }
}

impl Serialize for Country {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

/// What a country is, in messages.
const EXPECTED: &str = "a country code (ISO 3166-1 alpha-2, \"XK\" or \"CA-QC\")";

impl<'de> Deserialize<'de> for Country {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Country, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Country;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(EXPECTED)
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Country, E> {
                Country::from_code(v).ok_or_else(|| E::custom(UnknownCountry::new(v)))
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Country {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Country".into()
    }

    fn schema_id() -> std::borrow::Cow<'static, str> {
        "secu::Country".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let codes: Vec<&str> = Country::all().map(Country::code).collect();
        schemars::json_schema!({
            "type": "string",
            "description": "ISO 3166-1 alpha-2 country code; \"XK\" for Kosovo; ISO 3166-2 \"CA-QC\" for Québec",
            "enum": codes,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(code: &str) -> Country {
        Country::from_code(code).unwrap_or_else(|| panic!("{code} missing"))
    }

    #[test]
    fn counts() {
        assert_eq!(Country::all().count(), 251);
        let iso = Country::all()
            .filter(|c| c.code().len() == 2 && c.code() != "XK")
            .count();
        assert_eq!(iso, 249);
    }

    #[test]
    fn constants() {
        let expected = [
            (Country::FR, "FR"),
            (Country::GB, "GB"),
            (Country::CA_QC, "CA-QC"),
            (Country::US, "US"),
            (Country::IN, "IN"),
            (Country::CN, "CN"),
            (Country::DE, "DE"),
        ];
        for (country, code) in expected {
            assert_eq!(country.code(), code);
            assert_eq!(Country::from_code(code), Some(country));
        }
    }

    #[test]
    fn round_trips() {
        for country in Country::all() {
            assert_eq!(Country::from_code(country.code()), Some(country));
            assert_eq!(country.to_string(), country.code());
            assert_eq!(country.code().parse::<Country>(), Ok(country));
            if let Some(cog) = country.insee_cog() {
                assert!((100..=999).contains(&cog), "{country}: {cog}");
                assert_eq!(Country::by_insee_cog(cog), Some(country));
            }
            let json = serde_json::to_string(&country).unwrap_or_default();
            assert_eq!(json, format!("\"{}\"", country.code()));
            assert_eq!(serde_json::from_str::<Country>(&json).ok(), Some(country));
        }
    }

    #[test]
    fn order_is_code_order() {
        let all: Vec<Country> = Country::all().collect();
        assert!(
            all.windows(2)
                .all(|w| w[0] < w[1] && w[0].code() < w[1].code())
        );
    }

    #[test]
    fn insee_codes() {
        for (cog, code) in [
            (401, "CA"),
            (416, "BR"),
            (223, "IN"),
            (109, "DE"),
            (100, "FR"),
            (132, "GB"),
            (157, "XK"),
            (230, "HK"),
            (313, "ES"),
            (319, "PT"),
        ] {
            assert_eq!(Country::by_insee_cog(cog), Some(c(code)), "99{cog}");
        }
        assert_eq!(c("CA").insee_cog(), Some(401));
        assert_eq!(Country::CA_QC.insee_cog(), None);
        for unknown in [0, 99, 115, 425, 432, 1000, u16::MAX] {
            assert_eq!(Country::by_insee_cog(unknown), None, "{unknown}");
        }
    }

    #[test]
    fn eea_and_france() {
        let overseas_in_eu = ["GP", "MQ", "GF", "RE", "YT", "MF"];
        let sovereign: Vec<&str> = Country::all()
            .filter(|c| c.is_eea_or_switzerland())
            .map(Country::code)
            .filter(|code| !overseas_in_eu.contains(code) && *code != "AX")
            .collect();
        assert_eq!(sovereign.len(), 31, "{sovereign:?}");
        for code in ["CH", "IS", "LI", "NO", "DE", "FR", "HR", "CY"] {
            assert!(c(code).is_eea_or_switzerland(), "{code}");
        }
        for code in [
            "GB", "US", "TR", "MC", "AD", "SM", "VA", "XK", "CA-QC", "GI", "FO", "GL",
        ] {
            assert!(!c(code).is_eea_or_switzerland(), "{code}");
        }

        let france = [
            "FR", "GP", "MQ", "GF", "RE", "YT", "PM", "BL", "MF", "NC", "PF", "WF",
        ];
        let got: Vec<&str> = Country::all()
            .filter(|c| c.is_france())
            .map(Country::code)
            .collect();
        let mut expected = france.to_vec();
        expected.sort_unstable();
        assert_eq!(got, expected);
        assert!(Country::FR.is_france() && Country::FR.is_eea_or_switzerland());
        for code in overseas_in_eu {
            assert!(c(code).is_eea_or_switzerland(), "{code}");
        }
        for code in ["PM", "BL", "NC", "PF", "WF"] {
            assert!(!c(code).is_eea_or_switzerland(), "{code}");
        }
    }

    #[test]
    fn names() {
        assert_eq!(Country::DE.name(Lang::En), "Germany");
        assert_eq!(Country::DE.name(Lang::Fr), "Allemagne");
        assert_eq!(Country::GB.name(Lang::En), "United Kingdom");
        assert_eq!(Country::US.name(Lang::Fr), "États-Unis");
        assert_eq!(Country::CA_QC.name(Lang::Fr), "Québec");
        assert_eq!(c("XK").name(Lang::Fr), "Kosovo");
        assert_eq!(c("RE").name(Lang::Fr), "La Réunion");
        assert_eq!(Country::DE.alpha3(), Some("DEU"));
        assert_eq!(Country::CA_QC.alpha3(), None);
    }

    #[test]
    fn from_code_rejects_and_never_panics() {
        for bad in [
            "", " ", "de", "DEU", "D E", "FR ", "ca-qc", "QC", "🇫🇷", "ÉÉ", "\0\0", "CA-QCX",
        ] {
            assert_eq!(Country::from_code(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn deserialize_errors() {
        let err = |json: &str| {
            serde_json::from_str::<Country>(json)
                .err()
                .map(|e| e.to_string())
                .unwrap_or_default()
        };
        assert!(err("\"xx\"").starts_with("unknown country code \"xx\""));
        assert!(!err("\"xx\"").contains("did you mean"));
        assert!(err("\"de\"").starts_with("unknown country code \"de\"; did you mean \"DE\"?"));
        assert!(err("\"DEU\"").contains("did you mean \"DE\"?"));
        assert!(err("\"gbr\"").contains("did you mean \"GB\"?"));
        assert!(err("\"ca-qc\"").contains("did you mean \"CA-QC\"?"));
        assert!(err("\"XKX\"").contains("did you mean \"XK\"?"));
        assert!(!err("12").is_empty());
        assert_eq!(
            "fr".parse::<Country>().map_err(|e| e.to_string()),
            Err("unknown country code \"fr\"; did you mean \"FR\"?".to_owned())
        );
    }

    #[test]
    fn suggest_never_panics() {
        for s in ["", "é", "ééé", "abcdef", "   de  ", "ca-qc", "\u{10FFFF}"] {
            let _ = Country::suggest(s);
        }
        assert_eq!(Country::suggest("  de "), Some(Country::DE));
    }

    proptest::proptest! {
        #[test]
        fn arbitrary_strings_never_panic(s in "\\PC{0,8}") {
            let found = Country::from_code(&s);
            proptest::prop_assert_eq!(found.map(Country::code), found.map(|_| s.as_str()));
            let _ = Country::suggest(&s);
            let _ = s.parse::<Country>();
        }
    }

    #[cfg(feature = "schema")]
    #[test]
    fn schema_lists_codes() {
        let schema = schemars::schema_for!(Country);
        let value = serde_json::to_value(&schema).unwrap_or_default();
        assert_eq!(value["type"], "string");
        let codes = value["enum"].as_array().map(Vec::len);
        assert_eq!(codes, Some(251));
        assert!(
            value["enum"]
                .as_array()
                .is_some_and(|a| a.contains(&"CA-QC".into()))
        );
    }
}
