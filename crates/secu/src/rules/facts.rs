//! The facts a rule reads: which input field (its path in the household
//! JSON, contract §1), of which member relative to the one assessed.
//!
//! Every catalogue entry declares its facts ([`super::Rule::reads`]); the
//! declaration is the transitive one: what the rule's result for a member
//! (its explanation entries, and the output it owns: documents, steps,
//! payroll, fund, milestones, dependent status, attachment) may change with.
//! A property test (`tests/it/facts.rs`) perturbs every field of every
//! member of the bundled examples and fails when a rule's result changes
//! with a fact it does not declare. "What to ask next" is built on this.

use std::fmt;

/// One input field. [`Fact::path`] is its path in a member of the household
/// JSON (`as_of` is the household's).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Fact {
    /// `as_of` (the household's, or the caller's evaluation date).
    AsOf,
    /// `relationship`.
    Relationship,
    /// `birth_date`.
    BirthDate,
    /// `sex`.
    Sex,
    /// `nationality`.
    Nationality,
    /// `birth_country`.
    BirthCountry,
    /// `nir`.
    Nir,
    /// `nir_status`.
    NirStatus,
    /// `nia_issued_on`.
    NiaIssuedOn,
    /// `previously_insured_in_france`.
    PreviouslyInsured,
    /// `activity.kind`.
    ActivityKind,
    /// `activity.start_date`.
    ActivityStart,
    /// `activity.sector`.
    Sector,
    /// `activity.employer.siren`.
    EmployerSiren,
    /// `activity.employer.payroll_id`.
    PayrollId,
    /// `activity.posting.from_country`.
    PostedFrom,
    /// `activity.posting.certificate`.
    PostingCertificate,
    /// `activity.posting.end_date`.
    PostingEnd,
    /// `residence.arrival_date`.
    ArrivalDate,
    /// `residence.permit`.
    Permit,
    /// `residence.permit_valid_from`.
    PermitValidFrom,
    /// `residence.permit_valid_until`.
    PermitValidUntil,
    /// `residence.postcode`.
    Postcode,
    /// `in_education`.
    InEducation,
    /// `autonomy_requested`.
    AutonomyRequested,
    /// `union_country`.
    UnionCountry,
    /// `parents`.
    Parents,
}

impl Fact {
    /// Every fact, in the order of the contract's fields.
    pub const ALL: &'static [Fact] = &[
        Fact::AsOf,
        Fact::Relationship,
        Fact::BirthDate,
        Fact::Sex,
        Fact::Nationality,
        Fact::BirthCountry,
        Fact::Nir,
        Fact::NirStatus,
        Fact::NiaIssuedOn,
        Fact::PreviouslyInsured,
        Fact::ActivityKind,
        Fact::ActivityStart,
        Fact::Sector,
        Fact::EmployerSiren,
        Fact::PayrollId,
        Fact::PostedFrom,
        Fact::PostingCertificate,
        Fact::PostingEnd,
        Fact::ArrivalDate,
        Fact::Permit,
        Fact::PermitValidFrom,
        Fact::PermitValidUntil,
        Fact::Postcode,
        Fact::InEducation,
        Fact::AutonomyRequested,
        Fact::UnionCountry,
        Fact::Parents,
    ];

    /// The field's path in a member object of the household JSON (`as_of`:
    /// in the household object).
    pub const fn path(self) -> &'static str {
        match self {
            Fact::AsOf => "as_of",
            Fact::Relationship => "relationship",
            Fact::BirthDate => "birth_date",
            Fact::Sex => "sex",
            Fact::Nationality => "nationality",
            Fact::BirthCountry => "birth_country",
            Fact::Nir => "nir",
            Fact::NirStatus => "nir_status",
            Fact::NiaIssuedOn => "nia_issued_on",
            Fact::PreviouslyInsured => "previously_insured_in_france",
            Fact::ActivityKind => "activity.kind",
            Fact::ActivityStart => "activity.start_date",
            Fact::Sector => "activity.sector",
            Fact::EmployerSiren => "activity.employer.siren",
            Fact::PayrollId => "activity.employer.payroll_id",
            Fact::PostedFrom => "activity.posting.from_country",
            Fact::PostingCertificate => "activity.posting.certificate",
            Fact::PostingEnd => "activity.posting.end_date",
            Fact::ArrivalDate => "residence.arrival_date",
            Fact::Permit => "residence.permit",
            Fact::PermitValidFrom => "residence.permit_valid_from",
            Fact::PermitValidUntil => "residence.permit_valid_until",
            Fact::Postcode => "residence.postcode",
            Fact::InEducation => "in_education",
            Fact::AutonomyRequested => "autonomy_requested",
            Fact::UnionCountry => "union_country",
            Fact::Parents => "parents",
        }
    }
}

/// Whose fact, relative to the member the rule decides for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Whose {
    /// The member themself.
    Member,
    /// The household's primary member.
    Primary,
    /// The primary's spouse or partner.
    Partner,
    /// A parent of the member (listed in `parents`, else the primary and
    /// their partner).
    Parent,
    /// A child of the member (a member whose parents include them).
    Child,
    /// Any member of the household (e.g. the posted worker a family
    /// follows, or the household as a whole).
    Any,
}

impl Whose {
    /// The name used in the documentation.
    pub const fn name(self) -> &'static str {
        match self {
            Whose::Member => "member",
            Whose::Primary => "primary",
            Whose::Partner => "partner",
            Whose::Parent => "parent",
            Whose::Child => "child",
            Whose::Any => "any member",
        }
    }
}

/// A fact of a member: what a rule reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FactRef {
    /// Whose.
    pub of: Whose,
    /// Which field.
    pub fact: Fact,
}

impl fmt::Display for FactRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.fact == Fact::AsOf {
            return f.write_str("as_of");
        }
        write!(f, "{}.{}", self.of.name(), self.fact.path())
    }
}
