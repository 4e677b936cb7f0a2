//! Countries and territories: ISO 3166-1 alpha-2 codes (plus `XK` Kosovo and
//! ISO 3166-2 `CA-QC` Québec), names in English and French, EEA/Swiss
//! membership, French territories, and INSEE COG codes for NIR birthplaces.
//!
//! HELPER-H1 implements this module (see the task text).

use crate::Lang;

/// A country or territory accepted in input.
///
/// Internally an index into the static table [`crate::data::countries::COUNTRIES`],
/// so it is `Copy`, 2 bytes, and every lookup is O(1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Country(u16);

impl Country {
    /// Looks a code up (exact, upper-case ISO alpha-2, `XK` or `CA-QC`).
    pub fn from_code(code: &str) -> Option<Country> { let _ = code; todo!() }
    /// The code as written in JSON.
    pub fn code(self) -> &'static str { todo!() }
    /// Name in the given language.
    pub fn name(self, lang: Lang) -> &'static str { let _ = lang; todo!() }
    /// Member of the European Economic Area (EU 27 + Iceland, Liechtenstein,
    /// Norway) or Switzerland. France and its EU outermost regions included.
    pub fn is_eea_or_switzerland(self) -> bool { todo!() }
    /// France or a French overseas department/collectivity (GP, MQ, GF, RE,
    /// YT, PM, BL, MF, NC, PF, WF): a birth there is a birth in France for NIR
    /// purposes (domain §4.1).
    pub fn is_france(self) -> bool { todo!() }
    /// INSEE COG code without its `99` prefix (e.g. 401 for Canada), when the
    /// country has one.
    pub fn insee_cog(self) -> Option<u16> { todo!() }
    /// The country with that INSEE COG code (without the `99` prefix).
    pub fn by_insee_cog(cog: u16) -> Option<Country> { let _ = cog; todo!() }
    /// Every country of the table, in table order.
    pub fn all() -> impl Iterator<Item = Country> { std::iter::empty() }
}
