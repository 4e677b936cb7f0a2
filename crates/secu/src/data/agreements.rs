//! Posting clauses of France's social-security agreements: one typed row per
//! partner of `data/agreements.csv` (40 rows, documented in
//! `data/agreements.md`), generated at build time by `build.rs`.
//!
//! Used by the posted-worker rules (domain.md §2.5, §2.5b and Decision 7):
//! whether a worker posted to France keeps the home health insurance, which
//! branches stay at home, and how long the posting may last.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::Country;
use crate::source::Confidence;

/// Whether a worker posted to France under the agreement stays on the home
/// scheme for health insurance (sickness/maternity).
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
pub enum HealthAtHome {
    /// The posting exemption covers the French sickness branch: the worker is
    /// not affiliated to French health insurance.
    Yes,
    /// French health insurance applies during the posting (India, China).
    No,
    /// Could not be sourced: manual check needed.
    Unknown,
}

/// A branch of social security.
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
    strum::EnumIter,
    strum::IntoStaticStr,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Branch {
    /// Sickness (health insurance).
    Health,
    /// Maternity.
    Maternity,
    /// Work accidents and occupational diseases.
    WorkAccidents,
    /// Family benefits.
    Family,
    /// Old age (pensions).
    OldAge,
    /// Invalidity.
    Invalidity,
    /// Survivors.
    Survivors,
    /// Unemployment.
    Unemployment,
}

/// Extension of a posting beyond [`Agreement::max_posting_months`].
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
pub enum Extension {
    /// No extension provided (an exceptional derogation agreed by both
    /// authorities may remain possible: see the note).
    None,
    /// Up to this many extra months.
    Months(u16),
    /// Until the work is completed ("jusqu'à achèvement du travail").
    UntilCompletion,
    /// Possible with the other State's consent, no cap stated.
    ByAgreement,
    /// Could not be sourced.
    Unknown,
}

/// The kind of instrument.
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
pub enum AgreementKind {
    /// A bilateral social-security agreement (convention, accord, entente).
    Bilateral,
    /// The social-security protocol of the EU–UK Trade and Cooperation
    /// Agreement (United Kingdom, from 2021): handled like an EU posting
    /// (domain.md §2.5b).
    EuUkTca,
}

/// One partner's posting clause.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Agreement {
    /// Partner country (`CA-QC` for the France–Québec entente, `XK` Kosovo).
    pub country: Country,
    /// Partner name as in the CSV, with its qualifier ("Canada (federal)",
    /// "United Kingdom (EU–UK TCA, not bilateral)").
    pub name: &'static str,
    /// Signature date of the instrument in force; `None` when not sourced.
    pub signed: Option<NaiveDate>,
    /// Whether the posted worker stays on the home scheme for health.
    pub health_kept_at_home: HealthAtHome,
    /// Branches for which the worker stays under the home legislation;
    /// `None` when unknown.
    pub branches_kept_at_home: Option<&'static [Branch]>,
    /// Initial maximum posting period in months; `None` when unknown.
    pub max_posting_months: Option<u16>,
    /// Extension beyond the initial period.
    pub extension: Extension,
    /// Main source (more in [`Agreement::note`]); empty when none was found.
    pub source_url: &'static str,
    /// Date the row was checked (`YYYY-MM-DD`).
    pub checked_on: &'static str,
    /// How firm the row's key fields are.
    pub confidence: Confidence,
    /// Home or private health cover is a condition of the posting, and the
    /// CPAM serves no benefits (US, CA, KR, AR: domain.md §2.5 and the notes
    /// of those rows). Not a CSV column: listed in `build.rs`.
    pub private_cover_required: bool,
    /// Bilateral agreement or the EU–UK TCA.
    pub kind: AgreementKind,
}

/// `NaiveDate` in a static initialiser; dates are checked by `build.rs`, and
/// an invalid one would fail const evaluation (the build), never at run time.
const fn date(year: i32, month: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(d) => d,
        None => panic!("invalid date in data/agreements.csv"),
    }
}

/// The table, in the order of `data/agreements.csv`.
static AGREEMENTS: &[Agreement] = &include!(concat!(env!("OUT_DIR"), "/agreements_rows.rs"));

/// Every agreement row, in the order of `data/agreements.csv`.
pub fn all() -> &'static [Agreement] {
    AGREEMENTS
}

/// The agreement with that partner, if any. `CA` is the federal Canadian
/// agreement and `CA-QC` the Québec entente; EU/EEA/Swiss countries have none
/// (Regulation 883/2004 applies instead).
pub fn agreement(country: Country) -> Option<&'static Agreement> {
    AGREEMENTS.iter().find(|a| a.country == country)
}

/// The research notes of [`AGREEMENTS`], row for row. A separate table so
/// that a program that never reads a note (the WebAssembly module) does not
/// carry ~30 KB of research text.
static NOTES: &[&str] = &include!(concat!(env!("OUT_DIR"), "/agreements_notes.rs"));

impl Agreement {
    /// Research note of the row: entry into force, quotes, derivation of the
    /// health flag (in English with French quotes).
    pub fn note(&self) -> &'static str {
        AGREEMENTS
            .iter()
            .position(|a| a.country == self.country)
            .and_then(|i| NOTES.get(i))
            .copied()
            .unwrap_or_default()
    }

    /// Whether the worker stays under the home legislation for `branch`:
    /// `None` when the branch list is unknown.
    pub fn keeps_at_home(&self, branch: Branch) -> Option<bool> {
        self.branches_kept_at_home.map(|b| b.contains(&branch))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn get(code: &str) -> &'static Agreement {
        Country::from_code(code)
            .and_then(agreement)
            .unwrap_or_else(|| panic!("no agreement for {code}"))
    }

    #[test]
    fn count_and_uniqueness() {
        assert_eq!(all().len(), 40);
        let countries: BTreeSet<_> = all().iter().map(|a| a.country).collect();
        assert_eq!(countries.len(), 40);
        for a in all() {
            assert_eq!(agreement(a.country), Some(a));
        }
    }

    #[test]
    fn specific_rows() {
        let india = get("IN");
        assert_eq!(india.health_kept_at_home, HealthAtHome::No);
        assert_eq!(
            india.branches_kept_at_home,
            Some(&[Branch::OldAge, Branch::Survivors][..])
        );
        assert_eq!(india.keeps_at_home(Branch::Health), Some(false));
        assert_eq!(india.max_posting_months, Some(60));
        assert_eq!(india.extension, Extension::None);
        assert_eq!(india.signed, NaiveDate::from_ymd_opt(2008, 9, 30));

        let china = get("CN");
        assert_eq!(china.health_kept_at_home, HealthAtHome::No);
        assert_eq!(china.extension, Extension::Unknown);

        let us = get("US");
        assert_eq!(us.health_kept_at_home, HealthAtHome::Yes);
        assert!(us.private_cover_required);
        assert_eq!(us.confidence, Confidence::Official);
        assert_eq!(us.kind, AgreementKind::Bilateral);

        let israel = get("IL");
        assert_eq!(israel.health_kept_at_home, HealthAtHome::Unknown);
        assert_eq!(israel.branches_kept_at_home, None);
        assert_eq!(israel.keeps_at_home(Branch::Health), None);
        assert_eq!(israel.max_posting_months, None);
        assert_eq!(israel.confidence, Confidence::Unverified);

        let gb = get("GB");
        assert_eq!(gb.kind, AgreementKind::EuUkTca);
        assert_eq!(gb.max_posting_months, Some(24));
        assert_eq!(gb.keeps_at_home(Branch::Family), Some(false));

        let quebec = get("CA-QC");
        assert_eq!(quebec.country, Country::CA_QC);
        assert_eq!(quebec.name, "Québec (Entente)");
        assert_eq!(get("CA").name, "Canada (federal)");

        assert_eq!(get("DZ").extension, Extension::Months(24));
        assert_eq!(get("BJ").extension, Extension::UntilCompletion);
        assert_eq!(get("SM").extension, Extension::ByAgreement);
        assert_eq!(get("NE").signed, None);
        assert_eq!(get("NE").source_url, "");
        assert!(get("XK").country.code() == "XK");
    }

    #[test]
    fn every_row_has_its_own_note() {
        assert_eq!(NOTES.len(), all().len());
        assert!(all().iter().all(|a| !a.note().is_empty()));
        assert!(get("IL").note().contains("Israël"), "{}", get("IL").note());
        assert!(
            get("DZ").note().contains("1982-02-01"),
            "{}",
            get("DZ").note()
        );
    }

    #[test]
    fn private_cover_list() {
        // domain.md §2.5: "USA, Canada, Korea, Argentina make home or private
        // cover a condition of the posting".
        let with: BTreeSet<&str> = all()
            .iter()
            .filter(|a| a.private_cover_required)
            .map(|a| a.country.code())
            .collect();
        assert_eq!(with, BTreeSet::from(["AR", "CA", "KR", "US"]));
        for a in all().iter().filter(|a| a.private_cover_required) {
            assert_eq!(a.health_kept_at_home, HealthAtHome::Yes, "{}", a.country);
        }
    }

    #[test]
    fn counts_match_agreements_md() {
        let count = |h| all().iter().filter(|a| a.health_kept_at_home == h).count();
        assert_eq!(count(HealthAtHome::Yes), 35);
        assert_eq!(count(HealthAtHome::No), 2);
        assert_eq!(count(HealthAtHome::Unknown), 3);
        assert!(all().iter().all(|a| a.checked_on == "2026-11-27"));
        assert!(all().iter().all(|a| !a.country.is_eea_or_switzerland()));
        assert_eq!(
            all()
                .iter()
                .filter(|a| a.kind == AgreementKind::EuUkTca)
                .count(),
            1
        );
    }

    #[test]
    fn serde_names() {
        let json = serde_json::to_value(get("IN")).unwrap_or_default();
        assert_eq!(json["country"], "IN");
        assert_eq!(json["health_kept_at_home"], "no");
        assert_eq!(json["branches_kept_at_home"][0], "old_age");
        assert_eq!(json["extension"], "none");
        assert_eq!(json["signed"], "2008-09-30");
        assert_eq!(json["kind"], "bilateral");
        let gb: &str = AgreementKind::EuUkTca.into();
        assert_eq!(gb, "eu_uk_tca");
        let wa: &str = Branch::WorkAccidents.into();
        assert_eq!(wa, "work_accidents");
    }
}
