//! Posted workers: how a posting resolves (S1, home scheme, French affiliation), its limits, and the warnings of the home-scheme route (domain.md §2.4–§2.6, §10; Decisions 7, 16, 21).

use super::*;
use crate::assess::{Cx, Out, Record};

use crate::Country;
use crate::data::agreements::{self, AgreementKind, HealthAtHome};
use crate::data::delays;
use crate::date;
use crate::model::{Certificate, Member};
use crate::msg::{Arg, Msg};
use crate::output::*;
use crate::policy::UnknownAgreementScope;
use crate::rules::{self, Rule};
use crate::text::T;

/// The delays of this area, named with their sources in `data/delays.rs`:
/// the EU/UK posting limit (24 months, Decision 16).
pub use crate::data::delays::EU_POSTING;

rules! {
    docs POSTING_DOCS;
    POSTED_EU = "affiliation.posted_eu", RulePostedEu, Official, "§2.4, §2.5b, Decision 7",
        ["Regulation (EC) 883/2004", "cleiss.fr", "ameli travailleur détaché", "EU–UK TCA Protocol on Social Security Coordination"],
        reads [Member.PostedFrom, Member.PostingCertificate],
        why "Under Regulation 883/2004 a posted worker stays on the home scheme (A1); health care in France goes through an S1 registered with the CPAM (Decision 7); 24 months at most (`delays::EU_POSTING`).",
        example "A Spanish employee posted with an A1 gets `s1_registration`, basis `posting_s1`; an S1 per family member.";
    POSTED_BILATERAL = "affiliation.posted_bilateral", RulePostedBilateral, Official, "§2.5, Decision 7",
        ["circulaire DSS/DACI 2002-380", "ameli travailleur détaché en France", "data/agreements.csv"],
        reads [Member.PostedFrom, Member.PostingCertificate],
        why "A bilateral agreement's posting clause keeps the home legislation for the branches it names; whether health is among them is the per-country row of `data/agreements.csv` (Decision 7).",
        example "A worker posted with a bilateral certificate under an agreement whose posting clause covers health keeps the home cover: `none`, basis `home_scheme`, warning `care_paid_by_home_scheme`; where it excludes health: French affiliation, warning `agreement_excludes_health`.";
    POSTED_BILATERAL_INFERRED = "affiliation.posted_bilateral_inferred", RulePostedBilateralInferred, Secondary, "§2.5, Decisions 7 and 21",
        ["ACOSS via ASH n° 2279", "data/agreements.csv"],
        reads [Member.PostedFrom, Member.PostingCertificate],
        why "Where the agreement's health scope rests on the general ACOSS statement or is unknown, keeping health at home is an assumption, worded as such in every text (Decision 21).",
        example "A posting from an agreement country whose row is `secondary` reads \"assumed to stay on the home scheme\" and warns `agreement_scope_unverified` when unknown.";
    POSTED_WITHOUT_CERTIFICATE = "affiliation.posted_without_certificate", RulePostedWithoutCertificate, Official, "§2.6, Decision 7",
        ["service-public F12859"],
        reads [Member.PostedFrom, Member.PostingCertificate],
        why "Without an A1 or a bilateral certificate, or from a country without an agreement, French legislation applies: the worker is affiliated through activity (service-public F12859).",
        example "A worker from a country without an agreement, or with `certificate: none`, is `registration` through activity, with `posting_without_certificate` or `no_social_security_agreement`.";
    POSTED_FAMILY = "affiliation.posted_family", RulePostedFamily, Official, "§2.4, Decision 7",
        ["cleiss.fr", "Regulation (EC) 883/2004 art. 17"],
        reads [Member.BirthDate, Member.ActivityKind, Member.Parents, Primary.PostedFrom,
            Primary.PostingCertificate, Parent.ActivityKind, Parent.PostedFrom,
            Parent.PostingCertificate, Any.AsOf],
        why "The family of a posted worker follows the worker's scheme (S1 family or home scheme) unless they work in France themselves (Regulation 883/2004 art. 17; Decision 7).",
        example "The non-working wife of an A1-posted Italian is `s1_registration` like him; if she works in France she is affiliated through her own activity.";
    POSTING_LIMIT = "affiliation.posting_limit", RulePostingLimit, Official, "§2.4, §10, Decisions 2 and 16",
        ["ameli travailleur détaché", "service-public F12859", "data/agreements.csv"],
        reads [Member.ActivityStart, Member.PostedFrom, Member.ActivityKind],
        why "A posting limited to N months may last until its start plus N months minus one day, the last day included (Decision 16, end-of-month rule of Decision 2); EU/UK: 24 months, agreements: their initial period.",
        example "An EU posting from 2026-03-02 may last until 2028-03-01; an `end_date` of 2028-03-02 warns `posting_over_limit`.";
}

/// How a posting resolves (Decision 7).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Posting {
    /// EEA/Swiss/UK with an A1: S1 registration, home scheme pays.
    S1 { uk: bool },
    /// Agreement keeps health at home: no French affiliation.
    HomeScheme {
        country: Country,
        unverified: bool,
        private_cover: bool,
    },
    /// French affiliation applies for health (agreement excludes health, no
    /// certificate, no agreement, or unknown scope under the override policy).
    French {
        why: FrenchPosting,
        country: Country,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FrenchPosting {
    AgreementExcludesHealth,
    NoCertificate,
    NoAgreement,
    ScopeUnverified,
}

/// Decision 21: whether keeping health at home is an assumption (the
/// agreement's health scope is unknown, or its row rests on an inference
/// rather than an official source), to be worded as such in every text.
pub(crate) fn home_scheme_assumed(country: Country, unverified: bool) -> bool {
    unverified
        || agreements::agreement(country)
            .is_none_or(|ag| ag.confidence != crate::source::Confidence::Official)
}

/// The `care_paid_by_home_scheme` message, worded as an assumption where the
/// scope is (Decision 21).
pub(crate) fn care_paid_text(country: Country, unverified: bool) -> T {
    if home_scheme_assumed(country, unverified) {
        T::WCarePaidByHomeSchemeAssumed
    } else {
        T::WCarePaidByHomeScheme
    }
}

impl<'h, R: Record> Cx<'h, '_, R> {
    /// Decision 7: how a posting resolves.
    pub(crate) fn posting(&self, m: &Member) -> Option<Posting> {
        let p = self.posting_of(m)?;
        let from = p.from_country;
        let eu_like = from.is_eea_or_switzerland() && !from.is_france() || from == Country::GB;
        if p.certificate == Certificate::None {
            return Some(Posting::French {
                why: FrenchPosting::NoCertificate,
                country: from,
            });
        }
        if eu_like {
            return Some(Posting::S1 {
                uk: from == Country::GB,
            });
        }
        let Some(ag) = agreements::agreement(from) else {
            return Some(Posting::French {
                why: FrenchPosting::NoAgreement,
                country: from,
            });
        };
        match ag.health_kept_at_home {
            HealthAtHome::Yes => Some(Posting::HomeScheme {
                country: from,
                unverified: false,
                private_cover: ag.private_cover_required,
            }),
            HealthAtHome::No => Some(Posting::French {
                why: FrenchPosting::AgreementExcludesHealth,
                country: from,
            }),
            HealthAtHome::Unknown => match self.policy.unknown_agreement_scope {
                UnknownAgreementScope::HomeScheme => Some(Posting::HomeScheme {
                    country: from,
                    unverified: true,
                    private_cover: false,
                }),
                UnknownAgreementScope::FrenchAffiliation => Some(Posting::French {
                    why: FrenchPosting::ScopeUnverified,
                    country: from,
                }),
            },
        }
    }

    /// Rule `affiliation.posted_*` (Decision 7).
    pub(crate) fn explain_posting(&self, p: Posting, out: &mut Out<'h>) {
        let lang = self.lang;
        match p {
            Posting::S1 { uk } => {
                let key = if uk { T::CPostedUk } else { T::CPostedEu };
                out.explain(&rules::POSTED_EU, Msg::new(key, lang));
            }
            Posting::HomeScheme {
                country,
                unverified,
                ..
            } => {
                // Decision 21: a row resting on an inference is explained
                // with the weaker rule, and worded as an assumption.
                let key = if unverified {
                    T::CPostedScopeUnverified
                } else if home_scheme_assumed(country, unverified) {
                    T::CPostedHomeSchemeAssumed
                } else {
                    T::CPostedHomeScheme
                };
                let rule = if home_scheme_assumed(country, unverified) {
                    &rules::POSTED_BILATERAL_INFERRED
                } else {
                    &rules::POSTED_BILATERAL
                };
                out.explain(rule, Msg::new(key, lang).arg(0, Arg::Country(country)));
            }
            Posting::French { why, country } => {
                let (rule, key) = match why {
                    FrenchPosting::AgreementExcludesHealth => {
                        (&rules::POSTED_BILATERAL, T::CPostedAgreementExcludesHealth)
                    }
                    FrenchPosting::NoCertificate => {
                        (&rules::POSTED_WITHOUT_CERTIFICATE, T::CPostedNoCertificate)
                    }
                    FrenchPosting::NoAgreement => {
                        (&rules::POSTED_WITHOUT_CERTIFICATE, T::CPostedNoAgreement)
                    }
                    FrenchPosting::ScopeUnverified => (
                        &rules::POSTED_BILATERAL_INFERRED,
                        T::CPostedScopeUnverifiedFrench,
                    ),
                };
                out.explain(rule, Msg::new(key, lang).arg(0, Arg::Country(country)));
            }
        }
    }

    pub(crate) fn posting_warnings(&self, m: &Member, p: Posting, out: &mut Out<'h>) {
        let lang = self.lang;
        let Some(post) = self.posting_of(m) else {
            return;
        };
        let from = post.from_country;
        let eu_like = from.is_eea_or_switzerland() || from == Country::GB;
        if (post.certificate == Certificate::A1 && !eu_like)
            || (post.certificate == Certificate::Bilateral && eu_like)
        {
            out.warn0(WarningCode::CertificateMismatch);
        }
        match p {
            Posting::S1 { .. } => {}
            Posting::HomeScheme { .. } => home_scheme_warnings(p, self.sex(m), lang, out),
            Posting::French { why, country } => {
                let (code, key) = match why {
                    FrenchPosting::AgreementExcludesHealth => (
                        WarningCode::AgreementExcludesHealth,
                        T::WAgreementExcludesHealth,
                    ),
                    FrenchPosting::NoCertificate => (
                        WarningCode::PostingWithoutCertificate,
                        T::WPostingWithoutCertificate,
                    ),
                    FrenchPosting::NoAgreement => (
                        WarningCode::NoSocialSecurityAgreement,
                        T::WNoSocialSecurityAgreement,
                    ),
                    FrenchPosting::ScopeUnverified => (
                        WarningCode::AgreementScopeUnverified,
                        T::WAgreementScopeUnverified,
                    ),
                };
                out.warn(code, Msg::new(key, lang).arg(0, Arg::Country(country)));
            }
        }
        // Posting length against the limit (EU/UK 24 months; agreements: initial period).
        let limit = if eu_like {
            Some(delays::EU_POSTING.months)
        } else {
            agreements::agreement(from)
                .and_then(|ag| ag.max_posting_months)
                .map(u32::from)
        };
        // Decision 16: a posting from S limited to N months may last until
        // S + N months − 1 day (end-of-month rule of Decision 2), the last
        // day included: 2026-03-02 + 24 months → 2028-03-01.
        let last_day = match (self.start(m), limit) {
            (Some(start), Some(months)) => {
                date::add_months(start, months).and_then(|d| d.pred_opt())
            }
            _ => None,
        };
        if let (Some(d), Some(months)) = (last_day, limit) {
            out.explain(
                &rules::POSTING_LIMIT,
                Msg::new(T::CPostingLimit, lang)
                    .arg(0, Arg::Num(i32::try_from(months).unwrap_or(i32::MAX)))
                    .arg(1, Arg::Date(d)),
            );
        }
        match (last_day, post.end_date, limit) {
            (Some(last), Some(end), Some(months)) if end > last => {
                let extension = agreements::agreement(from)
                    .filter(|ag| ag.kind == AgreementKind::Bilateral)
                    .is_some_and(|ag| !matches!(ag.extension, agreements::Extension::None));
                let key = if extension {
                    T::WPostingOverLimitExtension
                } else {
                    T::WPostingOverLimit
                };
                out.warn(
                    WarningCode::PostingOverLimit,
                    Msg::new(key, lang).arg(0, Arg::Num(i32::try_from(months).unwrap_or(i32::MAX))),
                );
            }
            (_, None, _) => out.warn0(WarningCode::PostingEndUnknown),
            _ => {}
        }
    }
}

/// The three warnings of keeping health at home (Decisions 7 and 21), on the
/// posted worker and on each family member following them: care paid by the
/// home scheme (worded as an assumption where it is one), the agreement's
/// scope unverified, private health insurance required. Nothing for another
/// posting. `worker_sex` is the posted worker's, whom the last one names
/// (`$insured-sex`: « couvrant la salariée et sa famille » on her partner's
/// page too).
pub(crate) fn home_scheme_warnings(
    p: Posting,
    worker_sex: Option<crate::model::Sex>,
    lang: crate::Lang,
    out: &mut Out<'_>,
) {
    let Posting::HomeScheme {
        country,
        unverified,
        private_cover,
    } = p
    else {
        return;
    };
    out.warn(
        WarningCode::CarePaidByHomeScheme,
        Msg::new(care_paid_text(country, unverified), lang).arg(0, Arg::Country(country)),
    );
    if unverified {
        out.warn(
            WarningCode::AgreementScopeUnverified,
            Msg::new(T::WAgreementScopeUnverified, lang).arg(0, Arg::Country(country)),
        );
    }
    if private_cover {
        out.warn(
            WarningCode::PrivateHealthInsuranceRequired,
            Msg::new(T::WPrivateHealthInsuranceRequired, lang)
                .arg(0, Arg::Country(country))
                .insured_sex(worker_sex),
        );
    }
}
