//! Confidence levels of the sources behind each rule (the tags of `domain.md`).

use serde::{Deserialize, Serialize};

/// How firm the source behind a rule or a data row is (domain.md's tags).
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    strum::EnumString,
    strum::Display,
    strum::EnumIter,
    strum::IntoStaticStr,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Confidence {
    /// Text of the Code de la sécurité sociale or another legal text.
    Law,
    /// ameli.fr, service-public.fr, cleiss.fr, urssaf.fr, net-entreprises.fr.
    Official,
    /// Expat, university or payroll guides.
    Secondary,
    /// Could not be confirmed.
    Unverified,
}
