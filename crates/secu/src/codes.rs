//! The compact assessment (`detail=codes`, issue 15): the same assessment
//! without its rendered texts — codes, dates, ids, rule ids and source ids —
//! for machines that render their own texts. A view over an [`Assessment`]:
//! nothing is recomputed, so the two cannot disagree.

use chrono::NaiveDate;
use serde::Serialize;

use crate::output::{
    Affiliation, Alt, Assessment, Basis, DependentStatus, DocKind, DsnIdentifier, Fund, MaskedNir,
    MemberAssessment, Milestone, Step, WarningCode,
};
use crate::source::Confidence;

mod json;

/// How much of the assessment to give (`--detail`, `?detail=`, `{ detail }`).
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    serde::Deserialize,
    strum::EnumString,
    strum::IntoStaticStr,
    strum::VariantNames,
    strum::EnumIter,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Detail {
    /// Everything, with every text rendered (contract §2).
    #[default]
    Full,
    /// Codes, dates, ids, rule and source ids; no rendered text.
    Codes,
}

/// The value of the compact assessment's `detail` field.
pub const CODES: &str = "codes";

/// The compact assessment of a household (`detail=codes`).
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct AssessmentCodes<'b> {
    /// `secu.assessment.v1`.
    pub format: &'static str,
    /// Always `codes`: tells the compact assessment from the full one.
    pub detail: &'static str,
    /// Version of the library that produced it.
    pub secu_version: &'static str,
    /// Version of the rules applied.
    pub rules_version: &'static str,
    /// Evaluation date.
    pub as_of: NaiveDate,
    /// The policies that differ from the defaults.
    pub policies: &'b serde_json::Map<String, serde_json::Value>,
    /// One entry per member, in input order.
    pub members: Vec<MemberCodes<'b>>,
}

impl AssessmentCodes<'_> {
    /// Appends the compact JSON text of this view to `out`: byte for byte
    /// `serde_json::to_writer(out, self)`, about twice as fast (a writer of
    /// its own: the escaping of the view's many short strings was a third of
    /// serde_json's time; issue 15).
    pub fn write_json(&self, out: &mut Vec<u8>) {
        let start = out.len();
        if json::write(self, out, false).is_err() {
            // Only a map key other than a string stops the writer (none in
            // this view): serde_json then writes the same text.
            out.truncate(start);
            let _ = serde_json::to_writer(&mut *out, self);
        }
    }

    /// As [`AssessmentCodes::write_json`], but every string in Latin-1 (one
    /// byte per character) when all their characters are below U+0100
    /// (ASCII and the accents of the French source ids): for a host that
    /// decodes Latin-1 faster than UTF-8 (the WebAssembly codes module).
    /// `false`, with `out` as it was, when a character is not in Latin-1.
    #[must_use]
    pub fn write_json_latin1(&self, out: &mut Vec<u8>) -> bool {
        let start = out.len();
        if json::write(self, out, true).is_ok() {
            return true;
        }
        out.truncate(start);
        false
    }
}

/// The compact assessment of one member.
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct MemberCodes<'b> {
    /// The member's id.
    pub id: &'b str,
    /// The member's label, echoed.
    pub label: Option<&'b str>,
    /// Age in whole years at `as_of`.
    pub age: u32,
    /// Under one year: the age in whole months at `as_of`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub age_months: Option<u32>,
    /// The NIR or NIA given, masked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nir: Option<&'b MaskedNir>,
    /// Affiliation type.
    pub affiliation: Affiliation,
    /// Basis of the coverage.
    pub basis: Basis,
    /// First day of coverage, when known.
    pub covered_from: Option<NaiveDate>,
    /// SANDIA identification needed.
    pub identification_required: bool,
    /// Children only: status at `as_of`.
    pub dependent_status: Option<DependentStatus>,
    /// Ids of the parents a beneficiary child is attached to.
    pub attached_to: &'b [&'b str],
    /// The fund to send the file to, when it can be known.
    pub fund: Option<&'b Fund>,
    /// Dated milestones on or after `as_of`, by date.
    pub milestones: &'b [Milestone],
    /// Documents to gather.
    pub documents: Vec<DocumentCodes<'b>>,
    /// The steps of the member's procedure, in order.
    pub steps: &'b [Step],
    /// What to tell payroll (employees on a French contract only).
    pub payroll: Option<PayrollCodes<'b>>,
    /// Points needing attention: their codes.
    pub warnings: Vec<WarningCodes>,
    /// Every decision: its rule and sources.
    pub explanation: Vec<ExplanationCodes>,
}

/// A document to gather, without its label and reason.
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct DocumentCodes<'b> {
    /// Kind of document.
    pub kind: DocKind,
    /// Where the requirement comes from.
    pub sources: &'static [&'static str],
    /// Acceptable forms (any one will do), by code.
    pub alternatives: &'static [Alt],
    /// Needs a sworn translation into French.
    pub translation_required: bool,
    /// For `sworn_translation`: the documents it covers.
    #[serde(skip_serializing_if = "<[DocKind]>::is_empty")]
    pub covers: &'static [DocKind],
    /// For `form_s3705`: the children it attaches.
    #[serde(skip_serializing_if = "<[&str]>::is_empty")]
    pub for_members: &'b [&'b str],
}

/// What to tell payroll, without the note.
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PayrollCodes<'b> {
    /// Identifier to declare now.
    pub dsn_identifier: DsnIdentifier,
    /// Proposed NTT, when computable.
    pub ntt_suggestion: Option<&'b str>,
}

/// A point needing attention: its code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct WarningCodes {
    /// Stable code.
    pub code: WarningCode,
}

/// One decision: its rule and sources, without the conclusion's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ExplanationCodes {
    /// Rule id (see `docs/rules.md`).
    pub rule: &'static str,
    /// Where the rule comes from.
    pub sources: &'static [&'static str],
    /// How firm those sources are.
    pub confidence: Confidence,
}

impl<'a> Assessment<'a> {
    /// The compact view of this assessment (`detail=codes`).
    #[must_use]
    pub fn codes(&self) -> AssessmentCodes<'_> {
        AssessmentCodes {
            format: self.format,
            detail: CODES,
            secu_version: self.secu_version,
            rules_version: self.rules_version,
            as_of: self.as_of,
            policies: &self.policies,
            members: self.members.iter().map(MemberCodes::of).collect(),
        }
    }
}

impl<'b> MemberCodes<'b> {
    fn of(m: &'b MemberAssessment<'_>) -> Self {
        Self {
            id: m.id,
            label: m.label,
            age: m.age,
            age_months: m.age_months,
            nir: m.nir.as_ref(),
            affiliation: m.affiliation,
            basis: m.basis,
            covered_from: m.covered_from,
            identification_required: m.identification_required,
            dependent_status: m.dependent_status,
            attached_to: &m.attached_to,
            fund: m.fund.as_ref(),
            milestones: &m.milestones,
            documents: m
                .documents
                .iter()
                .map(|d| DocumentCodes {
                    kind: d.kind,
                    sources: d.sources,
                    alternatives: d.alternatives.items,
                    translation_required: d.translation_required,
                    covers: d.covers,
                    for_members: &d.for_members,
                })
                .collect(),
            steps: &m.steps,
            payroll: m.payroll.as_ref().map(|p| PayrollCodes {
                dsn_identifier: p.dsn_identifier,
                ntt_suggestion: p.ntt_suggestion.as_deref(),
            }),
            warnings: m
                .warnings
                .iter()
                .map(|w| WarningCodes { code: w.code })
                .collect(),
            explanation: m
                .explanation
                .iter()
                .map(|e| ExplanationCodes {
                    rule: e.rule,
                    sources: e.sources,
                    confidence: e.confidence,
                })
                .collect(),
        }
    }
}

/// An assessment at the asked detail, serialised as the chosen shape.
#[derive(Clone, Debug)]
pub enum AtDetail<'r, 'a> {
    /// The full assessment.
    Full(&'r Assessment<'a>),
    /// The compact one.
    Codes(AssessmentCodes<'r>),
}

impl<'r, 'a> AtDetail<'r, 'a> {
    /// `assessment` at `detail`.
    #[must_use]
    pub fn new(assessment: &'r Assessment<'a>, detail: Detail) -> Self {
        match detail {
            Detail::Full => Self::Full(assessment),
            Detail::Codes => Self::Codes(assessment.codes()),
        }
    }
}

impl Serialize for AtDetail<'_, '_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Full(a) => a.serialize(s),
            Self::Codes(c) => c.serialize(s),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detail_codes() {
        assert_eq!("codes".parse::<Detail>().ok(), Some(Detail::Codes));
        assert_eq!("full".parse::<Detail>().ok(), Some(Detail::Full));
        assert!("Codes".parse::<Detail>().is_err());
    }
}
