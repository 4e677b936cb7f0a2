//! The rules: every rule the assessment applies, one module per area of the
//! catalogue. Each module holds its catalogue entries (id, what it decides,
//! sources, confidence, domain.md section, and in [`RuleDoc`] why, an
//! example and the facts it reads), its named thresholds and delays
//! ([`children::MAJORITY_AGE`], [`identification::NIA_VALIDITY`], …) and the
//! functions that decide (methods of the assessment's context, called by the
//! three-pass driver in `assess.rs`). Explanations point here by id, and
//! `docs/rules.md` is generated from [`catalogue_markdown`] (a test keeps it
//! in sync). A threshold is written here once: the procedure and the
//! validation use the same constants (a tidy test refuses a literal
//! elsewhere).

use crate::source::Confidence;
use crate::text::T;
pub use facts::{Fact, FactRef, Whose};

/// One rule of the catalogue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rule {
    /// Stable id (`area.name`).
    pub id: &'static str,
    /// What the rule decides (English and French).
    pub decides: T,
    /// Legal and official sources (short citations).
    pub sources: &'static [&'static str],
    /// Firmness of the sources.
    pub confidence: Confidence,
    /// The `domain.md` section or Decision it implements.
    pub domain: &'static str,
}

/// A rule's documentation and the facts it reads: kept apart from [`Rule`],
/// which the assessment references at run time, so that none of it weighs on
/// the WebAssembly module (read only by the docs and by whoever asks
/// [`Rule::reads`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RuleDoc {
    /// The rule's id.
    pub id: &'static str,
    /// The facts it reads (transitively: through the decisions it builds
    /// on), checked by a property test (see [`facts`]).
    pub reads: &'static [FactRef],
    /// Why the rule decides as it does (English; the sources say it in French).
    pub why: &'static str,
    /// An example of the rule at work.
    pub example: &'static str,
    /// The module that holds it (`secu::rules::AREA`).
    pub module: &'static str,
}

/// Every rule's documentation, area by area.
const DOCS: &[&[RuleDoc]] = &[
    affiliation::AFFILIATION_DOCS,
    children::CHILDREN_DOCS,
    documents::DOCUMENTS_DOCS,
    fund::FUND_DOCS,
    identification::IDENTIFICATION_DOCS,
    payroll::PAYROLL_DOCS,
    posting::POSTING_DOCS,
    steps::STEPS_DOCS,
    warnings::WARNINGS_DOCS,
];

impl Rule {
    /// The rule's documentation (why, example, reads, module).
    pub fn doc(&self) -> &'static RuleDoc {
        DOCS.iter()
            .flat_map(|area| area.iter())
            .find(|d| d.id == self.id)
            .expect("every rule of the catalogue is documented (tested)")
    }

    /// The facts the rule reads: which input field, of which member.
    pub fn reads(&self) -> &'static [FactRef] {
        self.doc().reads
    }
}

macro_rules! rules {
    (docs $docs:ident; $($name:ident = $id:literal, $decides:ident, $conf:ident, $domain:literal, [$($src:literal),* $(,)?],
        reads [$($of:ident . $fact:ident),* $(,)?],
        why $why:literal,
        example $example:literal;)*) => {
        $(
            #[doc = concat!("Rule `", $id, "` (", $domain, ").\n\n", $why, "\n\nExample: ", $example)]
            pub const $name: Rule = Rule {
                id: $id,
                decides: T::$decides,
                sources: &[$($src),*],
                confidence: Confidence::$conf,
                domain: $domain,
            };
        )*
        /// The documentation of this area's rules.
        pub(crate) const $docs: &[RuleDoc] = &[$(
            RuleDoc {
                id: $id,
                reads: &[$(FactRef { of: Whose::$of, fact: Fact::$fact }),*],
                why: $why,
                example: $example,
                module: module_path!(),
            }
        ),*];
    };
}

pub mod affiliation;
pub mod children;
pub mod documents;
pub mod facts;
pub mod fund;
pub mod identification;
pub mod payroll;
pub mod posting;
pub mod steps;
pub mod warnings;

pub use affiliation::*;
pub use children::*;
pub use documents::*;
pub use fund::*;
pub use identification::*;
pub use payroll::*;
pub use posting::*;
pub use steps::*;
pub use warnings::*;

/// Every rule, in catalogue order.
pub const ALL: &[Rule] = &[
    ACTIVITY,
    REGISTRATION_OR_REACTIVATION,
    IDENTIFICATION,
    ACCOMPANYING_FAMILY,
    ACCOMPANYING_ADULT_CHILD,
    EARLIEST_BASIS,
    RESIDENCE,
    STUDENT,
    INACTIVE_EEA,
    ADULTS_NOT_BENEFICIARIES,
    POSTED_EU,
    POSTED_BILATERAL,
    POSTED_BILATERAL_INFERRED,
    POSTED_WITHOUT_CERTIFICATE,
    POSTED_FAMILY,
    POSTING_LIMIT,
    MINOR_BENEFICIARY,
    MINOR_WITHOUT_PARENT,
    WORKING_MINOR,
    DEPENDENT_STATUS,
    AUTONOMY_BEFORE_16,
    ATTACHMENT,
    FILIATION,
    BENEFICIARY_END,
    CHILD_MILESTONES,
    LEAP_DAY,
    COVERED_FROM,
    FUND,
    FUND_TALENT_PASSPORT,
    PERMIT,
    VLS_TS,
    DOCUMENTS,
    TRANSLATION,
    LEGALISATION,
    STEPS,
    PAYROLL,
    NIR_CHECK,
];

/// The rule with that id.
pub fn by_id(id: &str) -> Option<&'static Rule> {
    ALL.iter().find(|r| r.id == id)
}

/// The rules catalogue as Markdown (`docs/rules.md`), generated from [`ALL`]:
/// a summary table, then each rule documented (what it decides, why, an
/// example, the facts it reads, its sources and its file), then the French
/// summary.
pub fn catalogue_markdown() -> String {
    use std::fmt::Write;
    let mut out = String::from(
        "# Rules catalogue\n\n\
         <!-- Generated from crates/secu/src/rules/ by `cargo xtask rules`; do not edit. -->\n\n\
         Every rule the assessment applies. Each explanation entry of an assessment names one of \
         these ids. Confidence: `law` (legal text), `official` (official sites), `secondary` \
         (guides), `unverified` (assumption, see the policy). Each rule lives in the file named \
         under it, with its named thresholds and the functions that decide it.\n\n\
         | rule | decides | sources | confidence | domain.md |\n|---|---|---|---|---|\n",
    );
    for r in ALL {
        let _ = writeln!(
            out,
            "| [`{}`](#{}) | {} | {} | {} | {} |",
            r.id,
            r.id.replace('.', ""),
            r.decides.get(crate::Lang::En),
            r.sources.join("; "),
            r.confidence,
            r.domain
        );
    }
    out.push_str(
        "\n## Rules\n\n\
         `reads`: the input fields the rule's result depends on (directly or through the \
         decisions it builds on), as `whose.path`: `member` (the member assessed), `primary`, \
         `partner` (the primary's), `parent`, `child`, `any member`; `as_of` is the household's. \
         A property test holds each list to what the code reads.\n",
    );
    for r in ALL {
        let d = r.doc();
        let file = d
            .module
            .replace("::", "/")
            .replacen("secu/", "crates/secu/src/", 1);
        let reads: Vec<String> = d.reads.iter().map(|f| format!("`{f}`")).collect();
        let _ = write!(
            out,
            "\n### {}\n\n\
             **Decides.** {}\n\n\
             **Why.** {}\n\n\
             **Example.** {}\n\n\
             **Reads.** {}\n\n\
             **References.** {} ({}); domain.md {}. In `{}.rs`.\n",
            r.id,
            r.decides.get(crate::Lang::En),
            d.why,
            d.example,
            reads.join(", "),
            r.sources.join("; "),
            r.confidence,
            r.domain,
            file,
        );
    }
    out.push_str("\n## En français\n\n| règle | décide |\n|---|---|\n");
    for r in ALL {
        let _ = writeln!(out, "| `{}` | {} |", r.id, r.decides.get(crate::Lang::Fr));
    }
    out
}
