//! The rules catalogue: every rule the assessment applies, with what it
//! decides, its sources and how firm they are. Explanations point here by id,
//! and `docs/rules.md` is generated from this table (a test keeps it in sync).

use crate::source::Confidence;
use crate::text::T;

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

macro_rules! rules {
    ($($name:ident = $id:literal, $decides:ident, $conf:ident, $domain:literal, [$($src:literal),* $(,)?];)*) => {
        $(
            #[doc = concat!("Rule `", $id, "` (", $domain, ").")]
            pub const $name: Rule = Rule {
                id: $id,
                decides: T::$decides,
                sources: &[$($src),*],
                confidence: Confidence::$conf,
                domain: $domain,
            };
        )*
        /// Every rule, in catalogue order.
        pub const ALL: &[Rule] = &[$($name),*];
    };
}

rules! {
    ACTIVITY = "affiliation.activity", RuleActivity, Law, "§2.1, §2.6",
        ["CSS L160-1", "service-public F12859"];
    REGISTRATION_OR_REACTIVATION = "affiliation.registration_or_reactivation", RuleRegistrationOrReactivation, Official, "§3, Decision 11",
        ["service-public F225", "service-public F16467", "CSS R114-7"];
    IDENTIFICATION = "affiliation.identification", RuleIdentification, Law, "§1, §3, Decision 11",
        ["CSS R114-7", "CSS R161-1", "service-public F225"];
    ACCOMPANYING_FAMILY = "affiliation.accompanying_family", RuleAccompanyingFamily, Law, "§2.2, §2.3, Decision 3",
        ["CSS D160-2 II 3°", "service-public F16622", "service-public F12859"];
    ACCOMPANYING_ADULT_CHILD = "affiliation.accompanying_adult_child", RuleAccompanyingAdultChild, Unverified, "§2.2, Decisions 3 and 17",
        ["CSS D160-2 II 3°", "CSS L161-1"];
    EARLIEST_BASIS = "coverage.earliest_basis", RuleEarliestBasis, Law, "§2.1, §2.2, Decision 15",
        ["CSS L160-1", "CSS D160-2"];
    RESIDENCE = "affiliation.residence", RuleResidence, Law, "§2.2",
        ["CSS L160-1", "CSS L111-2-3", "CSS D160-2 I", "CSS R111-2"];
    STUDENT = "affiliation.student", RuleStudent, Law, "§2.2",
        ["CSS D160-2 I"];
    INACTIVE_EEA = "affiliation.inactive_eea", RuleInactiveEea, Official, "§2.2",
        ["cleiss.fr eee_cmu"];
    ADULTS_NOT_BENEFICIARIES = "affiliation.adults_not_beneficiaries", RuleAdultsNotBeneficiaries, Law, "§1, §2.3",
        ["CSS L160-2", "service-public F16622"];
    POSTED_EU = "affiliation.posted_eu", RulePostedEu, Official, "§2.4, §2.5b, Decision 7",
        ["Regulation (EC) 883/2004", "cleiss.fr", "ameli travailleur détaché", "EU–UK TCA Protocol on Social Security Coordination"];
    POSTED_BILATERAL = "affiliation.posted_bilateral", RulePostedBilateral, Official, "§2.5, Decision 7",
        ["circulaire DSS/DACI 2002-380", "ameli travailleur détaché en France", "data/agreements.csv"];
    POSTED_BILATERAL_INFERRED = "affiliation.posted_bilateral_inferred", RulePostedBilateralInferred, Secondary, "§2.5, Decisions 7 and 21",
        ["ACOSS via ASH n° 2279", "data/agreements.csv"];
    POSTED_WITHOUT_CERTIFICATE = "affiliation.posted_without_certificate", RulePostedWithoutCertificate, Official, "§2.6, Decision 7",
        ["service-public F12859"];
    POSTED_FAMILY = "affiliation.posted_family", RulePostedFamily, Official, "§2.4, Decision 7",
        ["cleiss.fr", "Regulation (EC) 883/2004 art. 17"];
    POSTING_LIMIT = "affiliation.posting_limit", RulePostingLimit, Official, "§2.4, §10, Decisions 2 and 16",
        ["ameli travailleur détaché", "service-public F12859", "data/agreements.csv"];
    MINOR_BENEFICIARY = "affiliation.minor_beneficiary", RuleMinorBeneficiary, Law, "§7",
        ["CSS L160-2", "service-public F16620"];
    MINOR_WITHOUT_PARENT = "affiliation.minor_without_parent", RuleMinorWithoutParent, Law, "§6, §7, Decision 18",
        ["CSS L160-2", "CSS D160-2 I", "service-public F16620"];
    WORKING_MINOR = "affiliation.working_minor", RuleWorkingMinor, Official, "§7",
        ["CSS L160-1", "CSS L160-2", "service-public F16620"];
    DEPENDENT_STATUS = "child.dependent_status", RuleDependentStatus, Official, "§7",
        ["service-public F16620", "CSS L160-2", "CSS D160-1"];
    AUTONOMY_BEFORE_16 = "child.autonomy_before_16", RuleAutonomyBefore16, Official, "§7, Decision 20",
        ["service-public F16620", "CSS D160-1"];
    ATTACHMENT = "child.attachment", RuleAttachment, Law, "§7, Decision 12",
        ["CSS R161-8"];
    FILIATION = "child.filiation", RuleFiliation, Law, "§7",
        ["CSS L160-2"];
    BENEFICIARY_END = "child.beneficiary_end", RuleBeneficiaryEnd, Unverified, "§7, Decision 1",
        ["CSS L160-2", "C. civ. art. 414"];
    CHILD_MILESTONES = "child.milestones", RuleChildMilestones, Official, "§7, §8",
        ["service-public F265", "service-public F16620"];
    LEAP_DAY = "dates.leap_day", RuleLeapDay, Secondary, "Decision 2",
        ["circulaire NOR INTA1317573C", "C. proc. civ. art. 641"];
    COVERED_FROM = "coverage.covered_from", RuleCoveredFrom, Official, "Decision 13",
        ["service-public F12859", "CSS D160-2", "CSS L160-2"];
    FUND = "fund.local", RuleFund, Official, "§2.8, §2.9, §8",
        ["ameli.fr", "service-public F12859", "cleiss.fr régime mahorais", "cgss.gf", "QE 228488 (16th legislature)"];
    FUND_TALENT_PASSPORT = "fund.talent_passport", RuleFundTalentPassport, Secondary, "§2.8",
        ["relocation guides (consistent)"];
    PERMIT = "residence.permit", RulePermit, Official, "§2.2, §7",
        ["service-public F34308", "service-public F12859", "CNAMTS instructions (ASH)"];
    VLS_TS = "residence.vls_ts", RuleVlsTs, Law, "§2.2",
        ["CESEDA R.431-16"];
    DOCUMENTS = "documents.checklist", RuleDocuments, Official, "§6",
        ["service-public F16620", "cleiss.fr", "ameli né à l'étranger"];
    TRANSLATION = "documents.translation", RuleTranslation, Secondary, "§6, Decisions 6 and 19",
        ["ameli né à l'étranger", "ASFE"];
    LEGALISATION = "documents.legalisation", RuleLegalisation, Unverified, "§6, Decision 5",
        ["relocation guides"];
    STEPS = "procedure.steps", RuleSteps, Official, "§8, §10, Decisions 8 and 9",
        ["CSS R114-7", "service-public F265", "ameli né à l'étranger"];
    PAYROLL = "payroll.dsn_identifier", RulePayroll, Official, "§4.3",
        ["urssaf.fr (26 May 2023)", "net-entreprises fiche consigne 1957"];
    NIR_CHECK = "identity.nir_cross_check", RuleNirCheck, Official, "§4.1, Decision 4",
        ["décret 82-103", "CNAM nir-validation"];
}

/// The rule with that id.
pub fn by_id(id: &str) -> Option<&'static Rule> {
    ALL.iter().find(|r| r.id == id)
}

/// The rules catalogue as Markdown (`docs/rules.md`), generated from [`ALL`].
pub fn catalogue_markdown() -> String {
    use std::fmt::Write;
    let mut out = String::from(
        "# Rules catalogue\n\n\
         <!-- Generated from crates/secu/src/rules.rs by `cargo xtask rules`; do not edit. -->\n\n\
         Every rule the assessment applies. Each explanation entry of an assessment names one of \
         these ids. Confidence: `law` (legal text), `official` (official sites), `secondary` \
         (guides), `unverified` (assumption, see the policy).\n\n\
         | rule | decides | sources | confidence | domain.md |\n|---|---|---|---|---|\n",
    );
    for r in ALL {
        let _ = writeln!(
            out,
            "| `{}` | {} | {} | {} | {} |",
            r.id,
            r.decides.get(crate::Lang::En),
            r.sources.join("; "),
            r.confidence,
            r.domain
        );
    }
    out.push_str("\n## En français\n\n| règle | décide |\n|---|---|\n");
    for r in ALL {
        let _ = writeln!(out, "| `{}` | {} |", r.id, r.decides.get(crate::Lang::Fr));
    }
    out
}
