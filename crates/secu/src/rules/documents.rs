//! Documents: the checklist of each member, with alternatives, sworn translations and legalisation (domain.md §6; Decisions 5, 6, 19).

use super::*;
use crate::assess::{Cover, Cx, Out, Record, Route};

use super::posting::{FrenchPosting, Posting, home_scheme_assumed};
use crate::Country;
use crate::model::{ActivityKind, Member, Relationship};
use crate::msg::{Arg, Msg};
use crate::output::*;
use crate::policy::Legalisation;
use crate::rules::{self, Rule};
use crate::text::T;

/// Whether a document of the checklist is needed to **submit** the
/// registration file, as opposed to later in the procedure (domain.md §7's
/// steps): the ID photo comes with the Carte Vitale order (step 5), the
/// S3704 with the médecin traitant declaration (step 3; item 8 of the
/// procedure notes), the S1110 with own coverage at 18 (§5, Decision 24).
/// The case procedure (`secu-case`) waits for the others before the file can
/// be submitted.
#[must_use]
pub fn needed_to_submit(kind: DocKind) -> bool {
    !matches!(
        kind,
        DocKind::IdPhoto | DocKind::FormS3704 | DocKind::FormS1110
    )
}

rules! {
    docs DOCUMENTS_DOCS;
    DOCUMENTS = "documents.checklist", RuleDocuments, Official, "§6",
        ["service-public F16620", "cleiss.fr", "ameli né à l'étranger"],
        reads [Member.Relationship, Member.BirthDate, Member.Nationality, Member.BirthCountry,
            Member.Nir, Member.PreviouslyInsured, Member.ActivityKind, Member.ActivityStart,
            Member.PostedFrom, Member.PostingCertificate, Member.ArrivalDate,
            Member.PermitValidFrom, Member.InEducation, Member.AutonomyRequested,
            Member.UnionCountry, Member.Parents, Primary.ActivityKind, Primary.ActivityStart,
            Primary.PostedFrom, Primary.PostingCertificate, Primary.ArrivalDate,
            Primary.InEducation, Partner.Relationship, Partner.ActivityKind,
            Partner.ActivityStart, Partner.ArrivalDate, Partner.PermitValidFrom,
            Partner.UnionCountry, Parent.ActivityKind, Parent.PostedFrom,
            Parent.PostingCertificate, Child.Relationship, Child.BirthDate, Child.ActivityKind,
            Child.Parents, Any.AsOf, Any.Parents, Member.Permit, Primary.Relationship, Partner.Permit],
        why "Each situation has its documents (identity, birth certificate with filiation, proof of activity or residence, the forms S1106/S3705/S3704, bank details…), each with its accepted alternatives (domain.md §6).",
        example "An accompanying spouse lists a passport, a birth certificate, the marriage certificate, proof of address and the S1106.";
    TRANSLATION = "documents.translation", RuleTranslation, Secondary, "§6, Decisions 6 and 19",
        ["ameli né à l'étranger", "ASFE"],
        reads [Member.Relationship, Member.BirthCountry, Member.Nir, Member.PreviouslyInsured,
            Member.ActivityKind, Member.PostedFrom, Member.PostingCertificate,
            Member.ArrivalDate, Member.InEducation, Member.UnionCountry, Primary.PostedFrom,
            Primary.PostingCertificate],
        why "Civil-status documents issued outside France, the EEA and Switzerland need a sworn translation (Decision 6); the union certificate is one document of the couple, whose `union_country` on either partner decides (Decision 19).",
        example "A couple married in India: a sworn translation covering the birth certificates and the marriage certificate; a couple married in Spain: none for the certificate.";
    LEGALISATION = "documents.legalisation", RuleLegalisation, Unverified, "§6, Decision 5",
        ["relocation guides"],
        reads [Member.Relationship, Member.BirthCountry, Member.Nir, Member.PreviouslyInsured,
            Member.ActivityKind, Member.PostedFrom, Member.PostingCertificate,
            Member.ArrivalDate, Member.InEducation, Member.UnionCountry, Primary.PostedFrom,
            Primary.PostingCertificate],
        why "Legalisation or apostille is not required by the sources found: only noted in the translation's reason by default, a document under the policy `legalisation: require` (Decision 5, unverified).",
        example "With `legalisation: require`, a translated Indian birth certificate adds a `legalisation` document.";
}

/// Which civil-status documents of a member need a sworn translation.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Translated {
    birth: bool,
    union: bool,
}

impl Translated {
    /// What the `sworn_translation` entry covers, if anything.
    pub(crate) fn covers(self) -> Option<&'static [DocKind]> {
        match (self.birth, self.union) {
            (true, true) => Some(&[
                DocKind::BirthCertificate,
                DocKind::MarriageOrPartnershipCertificate,
            ]),
            (true, false) => Some(&[DocKind::BirthCertificate]),
            (false, true) => Some(&[DocKind::MarriageOrPartnershipCertificate]),
            (false, false) => None,
        }
    }
}

pub(crate) const IDENTITY_EEA: &[Alt] = &[Alt::Passport, Alt::NationalIdCard];
pub(crate) const IDENTITY_OTHER: &[Alt] = &[Alt::Passport];
pub(crate) const BIRTH_ADULT: &[Alt] = &[
    Alt::FullCopy,
    Alt::ExtractWithFiliation,
    Alt::MultilingualExtract,
    Alt::ConsularDocument,
];
pub(crate) const BIRTH_CHILD: &[Alt] = &[
    Alt::LivretDeFamille,
    Alt::FullCopy,
    Alt::ExtractWithFiliation,
    Alt::MultilingualExtract,
];
pub(crate) const ACTIVITY_EMPLOYED: &[Alt] = &[
    Alt::EmploymentContract,
    Alt::EmployerCertificate,
    Alt::Payslip,
];
pub(crate) const ACTIVITY_SELF: &[Alt] = &[Alt::BusinessRegistration];
pub(crate) const ADDRESS: &[Alt] = &[
    Alt::UtilityBill,
    Alt::RentReceipt,
    Alt::AccommodationCertificate,
];
/// Proof of *more than 3 months* of stable residence (D160-2 I): documents
/// dated back at least 3 months, unlike the proof of the current address.
pub(crate) const RESIDENCE_PROOF: &[Alt] = &[
    Alt::RentHistory,
    Alt::OldUtilityBill,
    Alt::EntryStamp,
    Alt::AccommodationSince,
];
pub(crate) const PERMITS: &[Alt] = &[
    Alt::LongStayVisa,
    Alt::ResidenceCard,
    Alt::ResidentCard,
    Alt::AlgerianCertificate,
];
pub(crate) const PHYSICIAN: &[Alt] = &[Alt::OnlineByDoctor, Alt::PaperS3704];
pub(crate) const UNION_MARRIAGE: &[Alt] = &[Alt::MarriageCertificate];
pub(crate) const UNION_PACS: &[Alt] = &[Alt::PacsCertificate];
pub(crate) const UNION_COHABITING: &[Alt] = &[Alt::CohabitationCertificate, Alt::SwornStatement];

pub(crate) const SRC_S1106: &[&str] = &["cerfa 15763*02", "service-public F16622"];
pub(crate) const SRC_IDENTIFICATION: &[&str] = &["CSS R114-7", "ameli né à l'étranger"];
pub(crate) const SRC_PERMIT: &[&str] = &["service-public F34308", "service-public F12859"];
pub(crate) const SRC_ACTIVITY: &[&str] = &["service-public F12859", "ASFE 2021"];
pub(crate) const SRC_RESIDENCE: &[&str] = &["CSS D160-2 I"];
pub(crate) const SRC_GUARDIANSHIP: &[&str] = &["service-public F16620", "CSS L160-2"];
pub(crate) const SRC_BANK: &[&str] = &["ASFE 2021", "service-public F16620"];
pub(crate) const SRC_CHILD: &[&str] = &["service-public F16620"];
pub(crate) const SRC_S3705: &[&str] = &["cerfa 14445*02", "service-public F16620", "CSS R161-8"];
pub(crate) const SRC_S1: &[&str] = &["cleiss.fr", "Regulation (EC) 883/2004"];
pub(crate) const SRC_PHYSICIAN: &[&str] = &["cerfa 12485*03", "ameli.fr médecin traitant"];
pub(crate) const SRC_CARD: &[&str] = &["arrêté du 14 mars 2007", "service-public F265"];
pub(crate) const SRC_PARTNER: &[&str] = &["CSS D160-2 II 3°", "ASFE"];
pub(crate) const SRC_TRANSLATION: &[&str] = &["ameli né à l'étranger", "ASFE"];
pub(crate) const SRC_AUTONOMY: &[&str] = &["service-public F16620", "CSS L160-2"];
pub(crate) const SRC_BILATERAL: &[&str] = &["circulaire DSS/DACI 2002-380", "data/agreements.csv"];
pub(crate) const SRC_PRIVATE: &[&str] = &["SSA POMS RS 02001.546", "data/agreements.csv"];
pub(crate) const SRC_STUDENT: &[&str] = &["CSS D160-2 I", "CPAM de la Gironde"];
pub(crate) const SRC_LEGALISATION: &[&str] = &["relocation guides (unverified)"];

impl<'h, R: Record> Cx<'h, '_, R> {
    /// Decision 6: does a civil-status document issued in `country` need a
    /// sworn translation?
    pub(crate) fn needs_translation(&self, country: Country) -> bool {
        !(country.is_france()
            || country.is_eea_or_switzerland()
            || self.policy.translation.also_exempt.contains(&country))
    }

    /// Rule `documents.checklist` (domain §6) and Decisions 5, 6.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn documents(
        &self,
        i: usize,
        m: &'h Member,
        c: &Cover,
        covers: &[Cover],
        age: u32,
        status: Option<DependentStatus>,
        out: &mut Out<'h>,
    ) {
        let lang = self.lang;
        let msg = |k: T| Msg::new(k, lang);
        let mut translated = Translated::default();
        match (c.affiliation, c.route) {
            (
                Affiliation::None,
                Route::Posted(Posting::HomeScheme {
                    private_cover,
                    country,
                    unverified,
                }),
            ) => self.home_scheme_documents(country, unverified, private_cover, out),
            (Affiliation::None, _) => {}
            (Affiliation::S1Registration, _) => {
                self.s1_documents(m, c, age, out, &mut translated);
            }
            (Affiliation::Beneficiary, _) => {
                self.beneficiary_documents(m, c, age, status, out, &mut translated);
            }
            (Affiliation::Registration | Affiliation::Reactivation, route) => {
                self.registration_documents(m, c, route, age, out, &mut translated);
            }
        }
        // The S3705, once, on the parent who files it (Decision 12).
        // Every member's cover is read (the first time; recorded each time).
        if R::ON {
            for k in 0..covers.len() {
                let _ = self.cover_of(covers, k);
            }
        }
        let filed = self.filed_children.get_or_init(|| {
            let mut by_filer = vec![Vec::new(); covers.len()];
            for (k, cc) in covers.iter().enumerate() {
                if let Some(f) = cc
                    .filer
                    .filter(|&f| cc.affiliation == Affiliation::Beneficiary && f != k)
                {
                    by_filer[f].push(k);
                }
            }
            by_filer
        });
        let children: Vec<&'h str> = filed[i]
            .iter()
            .map(|&k| self.h.members[k].id.as_str())
            .collect();
        if !children.is_empty() {
            let key = if children.len() == 1 {
                T::RS3705One
            } else {
                T::RS3705Many
            };
            let d = out.simple_doc(
                DocKind::FormS3705,
                msg(key).arg(
                    0,
                    Arg::Num(i32::try_from(children.len()).unwrap_or(i32::MAX)),
                ),
                SRC_S3705,
            );
            d.for_members = children;
        }
        // Sworn translation: one entry listing what it covers (Decision 6).
        if let Some(covers) = translated.covers() {
            let d = out.simple_doc(
                DocKind::SwornTranslation,
                msg(T::RSwornTranslation),
                SRC_TRANSLATION,
            );
            d.covers = covers;
            out.explain(&rules::TRANSLATION, msg(T::CTranslation));
            // Decision 5: a note in the translation's reason by default; a document under the policy.
            if self.policy.legalisation == Legalisation::Require {
                out.simple_doc(
                    DocKind::Legalisation,
                    msg(T::RLegalisation),
                    SRC_LEGALISATION,
                );
                out.explain(&rules::LEGALISATION, msg(T::CLegalisationRequired));
            }
        }
    }

    /// Documents of a posted worker who keeps the home scheme (Decisions 7, 21).
    fn home_scheme_documents(
        &self,
        country: Country,
        unverified: bool,
        private_cover: bool,
        out: &mut Out<'h>,
    ) {
        let msg = |k: T| Msg::new(k, self.lang);
        let reason = if home_scheme_assumed(country, unverified) {
            T::RCoverageCertificateHomeAssumed
        } else {
            T::RCoverageCertificateHome
        };
        out.simple_doc(
            DocKind::CoverageCertificate,
            msg(reason).arg(0, Arg::Country(country)),
            SRC_BILATERAL,
        );
        if private_cover {
            out.simple_doc(
                DocKind::PrivateInsuranceStatement,
                msg(T::RPrivateInsurance),
                SRC_PRIVATE,
            );
        }
    }

    /// Documents of an S1 registration: the worker's or a family member's (Decision 7).
    fn s1_documents(
        &self,
        m: &Member,
        c: &Cover,
        age: u32,
        out: &mut Out<'h>,
        translated: &mut Translated,
    ) {
        let msg = |k: T| Msg::new(k, self.lang);
        let minor = age < MAJORITY_AGE;
        let eea = self.nationality(m).is_eea_or_switzerland();
        let identity = if eea { IDENTITY_EEA } else { IDENTITY_OTHER };
        let birth_tr = self.needs_translation(self.birth_country(m));
        let own = matches!(c.route, Route::Posted(_));
        out.simple_doc(
            DocKind::S1Form,
            msg(if own { T::RS1Worker } else { T::RS1Family }),
            SRC_S1,
        );
        if let Route::Posted(Posting::S1 { .. }) = c.route {
            out.simple_doc(DocKind::A1Certificate, msg(T::RA1), SRC_S1);
        }
        out.doc(
            DocKind::IdentityDocument,
            msg(T::RIdentity),
            SRC_S1,
            identity,
            false,
        );
        if !own {
            out.doc(
                DocKind::BirthCertificate,
                msg(T::RBirthFiliationS1),
                SRC_S1,
                if minor { BIRTH_CHILD } else { BIRTH_ADULT },
                birth_tr,
            );
            if birth_tr {
                translated.birth = true;
            }
            if m.relationship.is_partner() {
                self.union_document(T::RUnionS1, out, translated);
            }
        }
        if age >= OWN_CARTE_VITALE_AGE {
            out.simple_doc(DocKind::IdPhoto, msg(T::RIdPhoto), SRC_CARD);
        }
    }

    /// Documents of a minor beneficiary (§6, §7).
    fn beneficiary_documents(
        &self,
        m: &Member,
        c: &Cover,
        age: u32,
        status: Option<DependentStatus>,
        out: &mut Out<'h>,
        translated: &mut Translated,
    ) {
        let msg = |k: T| Msg::new(k, self.lang);
        let eea = self.nationality(m).is_eea_or_switzerland();
        let identity = if eea { IDENTITY_EEA } else { IDENTITY_OTHER };
        let birth_tr = self.needs_translation(self.birth_country(m));
        let reason = if c.identification {
            T::RBirthChildIdentification
        } else {
            T::RBirthChild
        };
        out.doc(
            DocKind::BirthCertificate,
            msg(reason),
            SRC_CHILD,
            BIRTH_CHILD,
            birth_tr,
        );
        if birth_tr {
            translated.birth = true;
        }
        out.doc(
            DocKind::IdentityDocument,
            msg(T::RIdentityChild),
            SRC_CHILD,
            identity,
            false,
        );
        let autonomous = status == Some(DependentStatus::AyantDroitAutonome);
        if age >= AUTONOMY_AGE && self.kind(m) == ActivityKind::Student {
            out.simple_doc(
                DocKind::EnrolmentCertificate,
                msg(T::REnrolmentStudent),
                SRC_STUDENT,
            );
        } else if autonomous {
            out.simple_doc(
                DocKind::AutonomyRequestLetter,
                msg(T::RAutonomyLetter),
                SRC_AUTONOMY,
            );
        } else if age >= AUTONOMY_AGE && self.in_education(m) {
            out.simple_doc(
                DocKind::EnrolmentCertificate,
                msg(T::REnrolmentPupil),
                SRC_STUDENT,
            );
        }
        if autonomous {
            out.simple_doc(DocKind::BankDetails, msg(T::RBankChild), SRC_AUTONOMY);
        }
        if age >= u32::from(self.policy.physician_declaration_from_age) {
            out.doc(
                DocKind::FormS3704,
                msg(T::RPhysicianChild),
                SRC_PHYSICIAN,
                PHYSICIAN,
                false,
            );
        }
        if age >= OWN_CARTE_VITALE_AGE {
            out.simple_doc(DocKind::IdPhoto, msg(T::RIdPhoto), SRC_CARD);
        }
    }

    /// Documents of a registration or reactivation, by route (§6; Decisions 15, 17).
    fn registration_documents(
        &self,
        m: &Member,
        c: &Cover,
        route: Route,
        age: u32,
        out: &mut Out<'h>,
        translated: &mut Translated,
    ) {
        let msg = |k: T| Msg::new(k, self.lang);
        let minor = age < MAJORITY_AGE;
        let eea = self.nationality(m).is_eea_or_switzerland();
        let identity = if eea { IDENTITY_EEA } else { IDENTITY_OTHER };
        let birth_tr = self.needs_translation(self.birth_country(m));
        let reactivation = c.affiliation == Affiliation::Reactivation;
        out.simple_doc(
            DocKind::FormS1106,
            msg(if reactivation {
                T::RS1106Reactivation
            } else if minor {
                T::RS1106Minor
            } else {
                T::RS1106
            }),
            SRC_S1106,
        );
        out.doc(
            DocKind::IdentityDocument,
            msg(T::RIdentity),
            SRC_S1106,
            identity,
            false,
        );
        if !minor && !eea && !matches!(route, Route::MinorAlone { .. }) {
            out.doc(
                DocKind::ResidencePermit,
                msg(T::RPermit),
                SRC_PERMIT,
                PERMITS,
                false,
            );
        }
        match route {
            Route::Activity | Route::Posted(_) => {
                let self_employed = self.kind(m) == ActivityKind::SelfEmployed;
                let alts = if self_employed {
                    ACTIVITY_SELF
                } else {
                    ACTIVITY_EMPLOYED
                };
                out.doc(
                    DocKind::ProofOfActivity,
                    msg(T::RActivity),
                    SRC_ACTIVITY,
                    alts,
                    false,
                );
                if let Route::Posted(Posting::French {
                    why: FrenchPosting::AgreementExcludesHealth,
                    country,
                }) = route
                {
                    out.simple_doc(
                        DocKind::CoverageCertificate,
                        msg(T::RCoverageCertificateOther).arg(0, Arg::Country(country)),
                        SRC_BILATERAL,
                    );
                }
            }
            Route::Residence if !self.in_education(m) => {
                out.doc(
                    DocKind::ProofOfResidence,
                    msg(T::RProofOfResidence),
                    SRC_RESIDENCE,
                    RESIDENCE_PROOF,
                    false,
                );
            }
            Route::MinorAlone { no_parent } => {
                if no_parent {
                    out.simple_doc(
                        DocKind::GuardianshipDocument,
                        msg(T::RGuardianship),
                        SRC_GUARDIANSHIP,
                    );
                }
                if self.residence_wait(m) {
                    out.doc(
                        DocKind::ProofOfResidence,
                        msg(T::RProofOfResidence),
                        SRC_RESIDENCE,
                        RESIDENCE_PROOF,
                        false,
                    );
                } else {
                    out.simple_doc(
                        DocKind::EnrolmentCertificate,
                        msg(T::REnrolmentStudentAdult),
                        SRC_STUDENT,
                    );
                }
            }
            Route::Residence | Route::Student => {
                out.simple_doc(
                    DocKind::EnrolmentCertificate,
                    msg(T::REnrolmentStudentAdult),
                    SRC_STUDENT,
                );
            }
            // Decision 17: an adult child proves filiation, not a union.
            Route::Accompanying { .. } if m.relationship == Relationship::Child => {
                out.doc(
                    DocKind::BirthCertificate,
                    msg(T::RBirthAdultChild),
                    SRC_PARTNER,
                    BIRTH_ADULT,
                    birth_tr,
                );
                if birth_tr {
                    translated.birth = true;
                }
            }
            Route::Accompanying { .. } => {
                self.union_document(T::RUnionAccompanying, out, translated);
            }
            _ => {}
        }
        // Decision 15: covered earlier on another basis, but working too.
        if matches!(route, Route::Residence | Route::Accompanying { .. })
            && self.kind(m).is_work_in_france()
        {
            let alts = if self.kind(m) == ActivityKind::SelfEmployed {
                ACTIVITY_SELF
            } else {
                ACTIVITY_EMPLOYED
            };
            out.doc(
                DocKind::ProofOfActivity,
                msg(T::RActivity),
                SRC_ACTIVITY,
                alts,
                false,
            );
        }
        if c.identification {
            out.doc(
                DocKind::BirthCertificate,
                msg(T::RBirthIdentification),
                SRC_IDENTIFICATION,
                BIRTH_ADULT,
                birth_tr,
            );
            if birth_tr {
                translated.birth = true;
            }
            // Civil status of a married primary (domain §6, "if married").
            if m.relationship == Relationship::Primary
                && let Some(p) = self.partner_of_primary()
                && matches!(
                    self.h.members[p].relationship,
                    Relationship::Spouse | Relationship::CivilPartner
                )
            {
                self.union_document(T::RUnionCivilStatus, out, translated);
            }
        }
        if !reactivation {
            out.doc(
                DocKind::ProofOfAddress,
                msg(T::RAddress),
                SRC_S1106,
                ADDRESS,
                false,
            );
        }
        out.simple_doc(DocKind::BankDetails, msg(T::RBank), SRC_BANK);
        if age >= u32::from(self.policy.physician_declaration_from_age) {
            out.doc(
                DocKind::FormS3704,
                msg(T::RPhysician),
                SRC_PHYSICIAN,
                PHYSICIAN,
                false,
            );
        }
        out.simple_doc(DocKind::IdPhoto, msg(T::RIdPhoto), SRC_CARD);
    }

    /// The marriage, PACS or cohabitation certificate of the couple (the
    /// primary and their partner), with the translation rule of Decision 6.
    /// Decision 19: it is one document of the couple, so `union_country`
    /// given on either partner decides, for both partners' lists.
    pub(crate) fn union_document(&self, reason: T, out: &mut Out<'h>, translated: &mut Translated) {
        let partner = self.partner_of_primary().map(|p| &self.h.members[p]);
        let primary = self.primary().map(|p| &self.h.members[p]);
        let alts = match partner.map(|p| p.relationship) {
            Some(Relationship::CivilPartner) => UNION_PACS,
            Some(Relationship::CohabitingPartner) => UNION_COHABITING,
            _ => UNION_MARRIAGE,
        };
        let given = [partner, primary]
            .into_iter()
            .flatten()
            .filter_map(|p| self.union_country(p));
        // Two different answers: the certificate needs a translation if
        // either says so (the stricter reading).
        let mut tr = None;
        for c in given {
            tr = Some(tr.unwrap_or(false) | self.needs_translation(c));
        }
        let tr = match tr {
            Some(tr) => tr,
            None => {
                out.warn0(WarningCode::TranslationAssumed);
                true
            }
        };
        out.doc(
            DocKind::MarriageOrPartnershipCertificate,
            Msg::new(reason, self.lang),
            SRC_PARTNER,
            alts,
            tr,
        );
        if tr {
            translated.union = true;
        }
    }
}
