//! Typical delays of the procedure (domain §10), for expected dates. All are
//! upper bounds of what the sources report; expected dates built from them
//! are marked `estimated`.

/// A delay: days and months (added in that order).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Delay {
    /// What it measures.
    pub id: &'static str,
    /// Whole months.
    pub months: u32,
    /// Days.
    pub days: u32,
    /// Source tag and reference.
    pub source: &'static str,
}

/// NIA after submission: 2–3 weeks (SECONDARY).
pub const NIA_AFTER_SUBMISSION: Delay = Delay {
    id: "nia_after_submission",
    months: 0,
    days: 21,
    source: "secondary",
};
/// NIR certification: instruction takes up to 9 months (OFFICIAL, ameli 2025).
/// The NIA's own validity is another concept: [`crate::rules::identification::NIA_VALIDITY`].
pub const NIR_CERTIFICATION: Delay = Delay {
    id: "nir_certification",
    months: 9,
    days: 0,
    source: "ameli né à l'étranger (2025)",
};
/// Missing civil-status document: 3 months, then 3 more after a formal notice (LAW, R114-7 III).
pub const CIVIL_STATUS_DOCUMENT: Delay = Delay {
    id: "civil_status_document",
    months: 3,
    days: 0,
    source: "CSS R114-7 III",
};
/// ameli account after the NIR: 7–10 days (SECONDARY).
pub const AMELI_AFTER_NIR: Delay = Delay {
    id: "ameli_after_nir",
    months: 0,
    days: 10,
    source: "secondary",
};
/// Carte Vitale after the order: ~3 weeks by post (OFFICIAL F265).
pub const CARTE_VITALE_BY_POST: Delay = Delay {
    id: "carte_vitale_by_post",
    months: 0,
    days: 21,
    source: "service-public F265",
};
/// Carte Vitale ordered online: ~2 weeks (OFFICIAL F265).
pub const CARTE_VITALE_ONLINE: Delay = Delay {
    id: "carte_vitale_online",
    months: 0,
    days: 14,
    source: "service-public F265",
};
/// NTT tolerated in the DSN: 3 months (OFFICIAL, urssaf.fr 2023).
pub const NTT_TOLERANCE: Delay = Delay {
    id: "ntt_tolerance",
    months: 3,
    days: 0,
    source: "urssaf.fr (26 May 2023)",
};
/// EU posting: 24 months at most (OFFICIAL).
pub const EU_POSTING: Delay = Delay {
    id: "eu_posting",
    months: 24,
    days: 0,
    source: "ameli travailleur détaché; service-public F12859",
};
/// VLS-TS to validate within 3 months of entry (LAW, CESEDA R.431-16).
pub const VLS_TS_VALIDATION: Delay = Delay {
    id: "vls_ts_validation",
    months: 3,
    days: 0,
    source: "CESEDA R.431-16",
};
/// Stable residence: more than 3 months (LAW, D160-2 I).
pub const RESIDENCE_CONDITION: Delay = Delay {
    id: "residence_condition",
    months: 3,
    days: 0,
    source: "CSS D160-2 I",
};

/// Contesting a rejection: a recours amiable before the fund's commission de
/// recours amiable within 2 months of the notification (LAW, CSS R142-1;
/// Decision 25).
pub const APPEAL_AFTER_REJECTION: Delay = Delay {
    id: "appeal_after_rejection",
    months: 2,
    days: 0,
    source: "CSS R142-1",
};

/// Every delay, for the documentation.
pub const ALL: &[Delay] = &[
    NIA_AFTER_SUBMISSION,
    NIR_CERTIFICATION,
    crate::rules::identification::NIA_VALIDITY,
    CIVIL_STATUS_DOCUMENT,
    AMELI_AFTER_NIR,
    CARTE_VITALE_BY_POST,
    CARTE_VITALE_ONLINE,
    NTT_TOLERANCE,
    EU_POSTING,
    VLS_TS_VALIDATION,
    RESIDENCE_CONDITION,
    APPEAL_AFTER_REJECTION,
];

impl Delay {
    /// `date` plus this delay.
    pub fn after(self, date: chrono::NaiveDate) -> Option<chrono::NaiveDate> {
        crate::date::add_months(date, self.months)?
            .checked_add_days(chrono::Days::new(u64::from(self.days)))
    }
}
