//! Payroll: which identifier the employer declares in the DSN (domain.md §4.3).

use super::*;
use crate::assess::{Cx, Out, Record};

use crate::data::delays;
use crate::id::ntt;
use crate::model::{ActivityKind, Member, NirStatus};
use crate::msg::{Arg, Msg};
use crate::output::*;
use crate::rules::{self, Rule};
use crate::text::T;

/// The delays of this area, named with their sources in `data/delays.rs`:
/// an NTT tolerated 3 months in the DSN (urssaf.fr).
pub use crate::data::delays::NTT_TOLERANCE;

rules! {
    docs PAYROLL_DOCS;
    PAYROLL = "payroll.dsn_identifier", RulePayroll, Official, "§4.3",
        ["urssaf.fr (26 May 2023)", "net-entreprises fiche consigne 1957"],
        reads [Member.Sex, Member.Nir, Member.NirStatus, Member.ActivityKind,
            Member.ActivityStart, Member.EmployerSiren, Member.PayrollId],
        why "The employer declares the NIR in the DSN, else the NIA, else a temporary NTT tolerated 3 months (`delays::NTT_TOLERANCE`, urssaf.fr).",
        example "A new hire with only a NIA is declared with the NIA; with nothing yet, with an NTT for at most 3 months.";
}

impl<'h, R: Record> Cx<'h, '_, R> {
    /// Rule `payroll.dsn_identifier` (domain §4.3): employees on a French contract.
    pub(crate) fn payroll(&self, i: usize, m: &Member, out: &mut Out<'h>) -> Option<Payroll> {
        if self.kind(m) != ActivityKind::Employed {
            return None;
        }
        let lang = self.lang;
        let nir = self.nir(i);
        let limit = self.start(m).and_then(|d| delays::NTT_TOLERANCE.after(d));
        let (id, note) = match (nir, self.nir_status(m).unwrap_or_default()) {
            (Some(_), NirStatus::Certified) => (DsnIdentifier::Nir, Msg::new(T::PayrollNir, lang)),
            (Some(_), NirStatus::Provisional) => {
                (DsnIdentifier::Nia, Msg::new(T::PayrollNia, lang))
            }
            (None, _) => {
                let note = match limit {
                    Some(d) => Msg::new(T::PayrollNtt, lang).arg(0, Arg::Date(d)),
                    None => Msg::new(T::PayrollNttNoStart, lang),
                };
                (DsnIdentifier::Ntt, note)
            }
        };
        let ntt_suggestion = if id == DsnIdentifier::Ntt {
            out.milestone(MilestoneKind::NttLimit, limit);
            if limit.is_some_and(|d| d < self.as_of) {
                out.warn(
                    WarningCode::NttToleranceExceeded,
                    Msg::new(T::WNttToleranceExceeded, lang)
                        .arg(0, Arg::Date(limit.unwrap_or(self.as_of))),
                );
            }
            // The sex is read only when the employer's identifiers are known.
            match (self.siren(i), self.payroll_id(m)) {
                (Some(siren), Some(pid)) => self.sex(m).and_then(|sex| {
                    ntt::suggest(sex, siren, pid)
                        .ok()
                        .map(ntt::Ntt::into_string)
                }),
                _ => None,
            }
        } else {
            None
        };
        let conclusion = match id {
            DsnIdentifier::Nir => T::CPayrollNir,
            DsnIdentifier::Nia => T::CPayrollNia,
            DsnIdentifier::Ntt => T::CPayrollNtt,
        };
        out.explain(&rules::PAYROLL, Msg::new(conclusion, lang));
        Some(Payroll {
            dsn_identifier: id,
            ntt_suggestion,
            note,
        })
    }
}
