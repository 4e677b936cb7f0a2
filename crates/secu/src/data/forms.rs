//! The forms table (domain §5): form numbers change over time, so they live
//! here, in one table, not as literals scattered through the rules.

use crate::output::DocKind;

/// One official form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Form {
    /// Document kind it appears as in an assessment.
    pub kind: DocKind,
    /// Usual name ("S1106").
    pub id: &'static str,
    /// cerfa number with its version, when it has one.
    pub cerfa: Option<&'static str>,
    /// French title.
    pub title_fr: &'static str,
    /// Source of the reference.
    pub source: &'static str,
}

/// The forms of domain §5.
pub const FORMS: &[Form] = &[
    Form {
        kind: DocKind::FormS1106,
        id: "S1106",
        cerfa: Some("15763*02"),
        title_fr: "Demande d'ouverture des droits à l'assurance maladie",
        source: "service-public F16622",
    },
    Form {
        kind: DocKind::FormS3705,
        id: "S3705",
        cerfa: Some("14445*02"),
        title_fr: "Rattachement des enfants mineurs à l'un ou aux deux parents",
        source: "service-public F16620",
    },
    Form {
        kind: DocKind::FormS1110,
        id: "S1110",
        cerfa: Some("15763*02"),
        title_fr: "Prise en charge des frais de santé à titre personnel",
        source: "service-public F16620",
    },
    Form {
        kind: DocKind::FormS3704,
        id: "S3704",
        cerfa: Some("12485*03"),
        title_fr: "Déclaration de choix du médecin traitant",
        source: "ameli.fr",
    },
    Form {
        kind: DocKind::S1Form,
        id: "S1",
        cerfa: None,
        title_fr: "Inscription en vue de bénéficier d'une couverture d'assurance maladie (formulaire européen S1)",
        source: "cleiss.fr",
    },
    Form {
        kind: DocKind::A1Certificate,
        id: "A1",
        cerfa: None,
        title_fr: "Certificat concernant la législation de sécurité sociale applicable (formulaire européen A1)",
        source: "cleiss.fr",
    },
];

/// The form behind a document kind, if it is one.
pub fn form(kind: DocKind) -> Option<&'static Form> {
    FORMS.iter().find(|f| f.kind == kind)
}
