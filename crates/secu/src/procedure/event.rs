//! The events of the CPAM procedure (issue 3): what happened to one member,
//! on a date. Each event is one JSON object tagged by `event`.

use serde::{Deserialize, Serialize};

use crate::model::civil_date;

use crate::model::{Household, Member, Permit};
use crate::output::DocKind;
use crate::text::T;

/// Something that happened to one member's file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case", deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum Event {
    /// A document of the checklist was received.
    DocumentReceived {
        /// Which document.
        kind: DocKind,
    },
    /// A received document was refused (unreadable, expired, untranslated…).
    DocumentRejected {
        /// Which document.
        kind: DocKind,
        /// Why.
        reason: String,
    },
    /// A document will not be provided, for a stated reason (submission may go on).
    DocumentWaived {
        /// Which document.
        kind: DocKind,
        /// Why.
        reason: String,
    },
    /// The file was sent to the fund.
    FileSubmitted,
    /// The fund asks for more documents: back to preparing.
    DocumentsRequested {
        /// The documents asked for.
        kinds: Vec<DocKind>,
    },
    /// The fund issued a provisional number (NIA).
    NiaIssued {
        /// The NIA (validated like a NIR).
        number: String,
    },
    /// The civil-status document (birth certificate) reached the fund after the NIA.
    CivilStatusReceived,
    /// The fund sent a formal notice to provide the civil-status document (R114-7 III).
    FormalNoticeReceived,
    /// The fund suspended benefits (civil-status document still missing).
    RightsSuspended,
    /// A médecin traitant was declared.
    PhysicianDeclared,
    /// SANDIA certified the number.
    NirCertified {
        /// The certified NIR.
        number: String,
    },
    /// The fund confirmed the affiliation (no identification needed: born in
    /// France, French national, or a child attached to a parent).
    AffiliationConfirmed,
    /// Rights reopened (reactivation).
    RightsReopened,
    /// The fund registered the S1 form.
    S1Registered,
    /// The "Ma nouvelle carte Vitale" form arrived.
    CarteVitaleFormReceived,
    /// The Carte Vitale was ordered (form sent back or online).
    CarteVitaleOrdered,
    /// The Carte Vitale arrived.
    CarteVitaleReceived,
    /// Reactivation: the member's Carte Vitale from before is still valid, no
    /// new card is needed (domain §8: "Carte Vitale (if none valid)").
    CarteVitaleStillValid,
    /// The ameli account was opened.
    AmeliAccountOpened,
    /// The attestation de droits was downloaded.
    AttestationObtained,
    /// A young adult now covered in their own right (S1110 at 18).
    OwnCoverageOpened,
    /// The fund rejected the request.
    Rejected {
        /// Why.
        reason: String,
    },
    /// The request was withdrawn (the member left, changed plans…).
    Withdrawn,
    /// The household was corrected (a fixed birth date, a new permit, an
    /// address change): the whole corrected household.
    HouseholdCorrected {
        /// The household as corrected.
        household: Box<Household>,
    },
    /// A member joined the household (a newborn). The field is `new_member`
    /// so that it does not clash with the log entry's own `member` key.
    MemberAdded {
        /// The new member.
        new_member: Box<Member>,
    },
    /// Voids an earlier event of the log (by its sequence number): the
    /// history stays, the state is replayed without it.
    Correction {
        /// Sequence number of the voided event.
        voids: u64,
        /// Why.
        reason: String,
    },
    /// The residence permit was renewed.
    PermitRenewed {
        /// The permit now held.
        permit: Permit,
        /// First day of validity.
        #[serde(deserialize_with = "civil_date::required")]
        valid_from: chrono::NaiveDate,
        /// Last day of validity.
        #[serde(default, deserialize_with = "civil_date::optional")]
        valid_until: Option<chrono::NaiveDate>,
    },
}

impl Event {
    /// The kind of the event (without its data).
    pub fn kind(&self) -> EventKind {
        match self {
            Self::DocumentReceived { .. } => EventKind::DocumentReceived,
            Self::DocumentRejected { .. } => EventKind::DocumentRejected,
            Self::DocumentWaived { .. } => EventKind::DocumentWaived,
            Self::FileSubmitted => EventKind::FileSubmitted,
            Self::DocumentsRequested { .. } => EventKind::DocumentsRequested,
            Self::NiaIssued { .. } => EventKind::NiaIssued,
            Self::CivilStatusReceived => EventKind::CivilStatusReceived,
            Self::FormalNoticeReceived => EventKind::FormalNoticeReceived,
            Self::RightsSuspended => EventKind::RightsSuspended,
            Self::PhysicianDeclared => EventKind::PhysicianDeclared,
            Self::NirCertified { .. } => EventKind::NirCertified,
            Self::AffiliationConfirmed => EventKind::AffiliationConfirmed,
            Self::RightsReopened => EventKind::RightsReopened,
            Self::S1Registered => EventKind::S1Registered,
            Self::CarteVitaleFormReceived => EventKind::CarteVitaleFormReceived,
            Self::CarteVitaleOrdered => EventKind::CarteVitaleOrdered,
            Self::CarteVitaleReceived => EventKind::CarteVitaleReceived,
            Self::CarteVitaleStillValid => EventKind::CarteVitaleStillValid,
            Self::AmeliAccountOpened => EventKind::AmeliAccountOpened,
            Self::AttestationObtained => EventKind::AttestationObtained,
            Self::OwnCoverageOpened => EventKind::OwnCoverageOpened,
            Self::Rejected { .. } => EventKind::Rejected,
            Self::Withdrawn => EventKind::Withdrawn,
            Self::HouseholdCorrected { .. } => EventKind::HouseholdCorrected,
            Self::MemberAdded { .. } => EventKind::MemberAdded,
            Self::PermitRenewed { .. } => EventKind::PermitRenewed,
            Self::Correction { .. } => EventKind::Correction,
        }
    }
}

/// The kind of an event, without its data: what the machine's table is about.
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
    strum::EnumString,
    strum::Display,
    strum::VariantNames,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
#[allow(missing_docs)]
pub enum EventKind {
    DocumentReceived,
    DocumentRejected,
    DocumentWaived,
    FileSubmitted,
    DocumentsRequested,
    NiaIssued,
    CivilStatusReceived,
    FormalNoticeReceived,
    RightsSuspended,
    PhysicianDeclared,
    NirCertified,
    AffiliationConfirmed,
    RightsReopened,
    S1Registered,
    CarteVitaleFormReceived,
    CarteVitaleOrdered,
    CarteVitaleReceived,
    CarteVitaleStillValid,
    AmeliAccountOpened,
    AttestationObtained,
    OwnCoverageOpened,
    Rejected,
    Withdrawn,
    HouseholdCorrected,
    MemberAdded,
    PermitRenewed,
    Correction,
}

impl EventKind {
    /// The stable snake_case name.
    pub fn code(self) -> &'static str {
        self.into()
    }

    /// Its label (a text of [`crate::text`], in English and French).
    pub fn text(self) -> T {
        match self {
            Self::DocumentReceived => T::EvDocumentReceived,
            Self::DocumentRejected => T::EvDocumentRejected,
            Self::DocumentWaived => T::EvDocumentWaived,
            Self::FileSubmitted => T::EvFileSubmitted,
            Self::DocumentsRequested => T::EvDocumentsRequested,
            Self::NiaIssued => T::EvNiaIssued,
            Self::CivilStatusReceived => T::EvCivilStatusReceived,
            Self::FormalNoticeReceived => T::EvFormalNoticeReceived,
            Self::RightsSuspended => T::EvRightsSuspended,
            Self::PhysicianDeclared => T::EvPhysicianDeclared,
            Self::NirCertified => T::EvNirCertified,
            Self::AffiliationConfirmed => T::EvAffiliationConfirmed,
            Self::RightsReopened => T::EvRightsReopened,
            Self::S1Registered => T::EvS1Registered,
            Self::CarteVitaleFormReceived => T::EvCarteVitaleFormReceived,
            Self::CarteVitaleOrdered => T::EvCarteVitaleOrdered,
            Self::CarteVitaleReceived => T::EvCarteVitaleReceived,
            Self::CarteVitaleStillValid => T::EvCarteVitaleStillValid,
            Self::AmeliAccountOpened => T::EvAmeliAccountOpened,
            Self::AttestationObtained => T::EvAttestationObtained,
            Self::OwnCoverageOpened => T::EvOwnCoverageOpened,
            Self::Rejected => T::EvRejected,
            Self::Withdrawn => T::EvWithdrawn,
            Self::HouseholdCorrected => T::EvHouseholdCorrected,
            Self::MemberAdded => T::EvMemberAdded,
            Self::PermitRenewed => T::EvPermitRenewed,
            Self::Correction => T::EvCorrection,
        }
    }

    /// The event of this kind when it carries no data (`file_submitted`,
    /// `carte_vitale_received`…); `None` for the kinds that need some (a
    /// document, a number, a reason…). Every kind is listed: a new one must
    /// say which it is.
    pub fn without_data(self) -> Option<Event> {
        match self {
            Self::FileSubmitted => Some(Event::FileSubmitted),
            Self::CivilStatusReceived => Some(Event::CivilStatusReceived),
            Self::FormalNoticeReceived => Some(Event::FormalNoticeReceived),
            Self::RightsSuspended => Some(Event::RightsSuspended),
            Self::PhysicianDeclared => Some(Event::PhysicianDeclared),
            Self::AffiliationConfirmed => Some(Event::AffiliationConfirmed),
            Self::RightsReopened => Some(Event::RightsReopened),
            Self::S1Registered => Some(Event::S1Registered),
            Self::CarteVitaleFormReceived => Some(Event::CarteVitaleFormReceived),
            Self::CarteVitaleOrdered => Some(Event::CarteVitaleOrdered),
            Self::CarteVitaleReceived => Some(Event::CarteVitaleReceived),
            Self::CarteVitaleStillValid => Some(Event::CarteVitaleStillValid),
            Self::AmeliAccountOpened => Some(Event::AmeliAccountOpened),
            Self::AttestationObtained => Some(Event::AttestationObtained),
            Self::OwnCoverageOpened => Some(Event::OwnCoverageOpened),
            Self::Withdrawn => Some(Event::Withdrawn),
            Self::DocumentReceived
            | Self::DocumentRejected
            | Self::DocumentWaived
            | Self::DocumentsRequested
            | Self::NiaIssued
            | Self::NirCertified
            | Self::Rejected
            | Self::HouseholdCorrected
            | Self::MemberAdded
            | Self::PermitRenewed
            | Self::Correction => None,
        }
    }
}

impl Event {
    /// Decodes an event from a JSON object (`{"event": "...", ...payload}`),
    /// refusing unknown fields like the derived decoder does.
    ///
    /// Hand-written because the derived decoder of an internally tagged enum
    /// buffers the input and instantiates a second decoder for every payload
    /// type (the whole household for `household_corrected`): this one reads
    /// the tag first and decodes each field once, which keeps the WebAssembly
    /// module much smaller. The case-file reader and the WASM binding use it.
    pub fn from_value(value: serde_json::Value) -> Result<Self, serde_json::Error> {
        use serde::de::Error as _;
        use serde_json::Value;
        // Through `crate::tree` (no serde_json `Value` deserializer).
        fn from_value<T: serde::de::DeserializeOwned>(v: Value) -> Result<T, serde_json::Error> {
            crate::tree::from_tree(&v).map_err(serde_json::Error::custom)
        }

        let Value::Object(mut m) = value else {
            return Err(serde_json::Error::custom("expected an event object"));
        };
        let tag = m
            .remove("event")
            .ok_or_else(|| serde_json::Error::missing_field("event"))?;
        let kind: EventKind = from_value(tag)?;
        let mut take = |name: &'static str| {
            m.remove(name)
                .ok_or_else(|| serde_json::Error::missing_field(name))
        };
        let event = match kind {
            EventKind::DocumentReceived => Self::DocumentReceived {
                kind: from_value(take("kind")?)?,
            },
            EventKind::DocumentRejected => Self::DocumentRejected {
                kind: from_value(take("kind")?)?,
                reason: from_value(take("reason")?)?,
            },
            EventKind::DocumentWaived => Self::DocumentWaived {
                kind: from_value(take("kind")?)?,
                reason: from_value(take("reason")?)?,
            },
            EventKind::DocumentsRequested => Self::DocumentsRequested {
                kinds: from_value(take("kinds")?)?,
            },
            EventKind::NiaIssued => Self::NiaIssued {
                number: from_value(take("number")?)?,
            },
            EventKind::NirCertified => Self::NirCertified {
                number: from_value(take("number")?)?,
            },
            EventKind::Rejected => Self::Rejected {
                reason: from_value(take("reason")?)?,
            },
            // The household walker's decoders (no serde decoder of the
            // household types): every problem, each with its path.
            EventKind::HouseholdCorrected => Self::HouseholdCorrected {
                household: Box::new(
                    crate::decode::household_from_tree(&take("household")?)
                        .map_err(|e| refused("household", &e))?,
                ),
            },
            EventKind::MemberAdded => Self::MemberAdded {
                new_member: Box::new(
                    crate::decode::member_from_tree(&take("new_member")?, String::new())
                        .map_err(|e| refused("new_member", &e))?,
                ),
            },
            EventKind::Correction => Self::Correction {
                voids: from_value(take("voids")?)?,
                reason: from_value(take("reason")?)?,
            },
            EventKind::PermitRenewed => Self::PermitRenewed {
                permit: from_value(take("permit")?)?,
                valid_from: {
                    let v = take("valid_from")?;
                    civil_date::required(crate::tree::Tree(&v))
                        .map_err(serde_json::Error::custom)?
                },
                valid_until: match take("valid_until") {
                    Ok(v) => civil_date::optional(crate::tree::Tree(&v))
                        .map_err(serde_json::Error::custom)?,
                    Err(_) => None,
                },
            },
            other => other.without_data().ok_or_else(|| {
                serde_json::Error::custom(format!("event `{}` needs data", other.code()))
            })?,
        };
        if let Some(k) = m.keys().next() {
            return Err(serde_json::Error::custom(format!(
                "unknown field `{k}` for event `{}`",
                kind.code()
            )));
        }
        Ok(event)
    }
}

/// The problems of a household or a member given as `field`, on one line.
fn refused(field: &str, errors: &crate::error::InputErrors) -> serde_json::Error {
    use serde::de::Error as _;
    let mut all = String::new();
    for e in &errors.0 {
        if !all.is_empty() {
            all.push_str("; ");
        }
        all.push_str(field);
        if !e.path.is_empty() {
            all.push('.');
            all.push_str(&e.path);
        }
        all.push_str(": ");
        all.push_str(&e.message);
    }
    serde_json::Error::custom(all)
}

#[cfg(test)]
mod tests {
    use strum::IntoEnumIterator;

    use super::*;

    /// `without_data` gives an event of its own kind, and exactly for the
    /// kinds whose event the decoder accepts with the tag alone.
    #[test]
    fn events_without_data() {
        let mut unit = 0;
        for k in EventKind::iter() {
            let alone = Event::from_value(serde_json::json!({ "event": k.code() }));
            match k.without_data() {
                Some(e) => {
                    unit += 1;
                    assert_eq!(e.kind(), k);
                    assert_eq!(alone.expect("a tag alone"), e);
                }
                None => assert!(alone.is_err(), "{k:?} needs data"),
            }
        }
        assert_eq!(unit, 16);
    }

    /// The hand-written decoder agrees with the derived one on every kind.
    #[test]
    fn from_value_matches_the_derive() {
        let samples = [
            serde_json::json!({"event": "document_received", "kind": "form_s1106"}),
            serde_json::json!({"event": "document_rejected", "kind": "bank_details", "reason": "not in the member's name"}),
            serde_json::json!({"event": "documents_requested", "kinds": ["proof_of_address", "sworn_translation"]}),
            serde_json::json!({"event": "nia_issued", "number": "1 88 03 99 223 017 80"}),
            serde_json::json!({"event": "correction", "voids": 3, "reason": "wrong member"}),
            serde_json::json!({"event": "permit_renewed", "permit": "resident_card", "valid_from": "2028-02-15"}),
            serde_json::json!({"event": "permit_renewed", "permit": "resident_card", "valid_from": "2028-02-15", "valid_until": "2038-02-14"}),
            serde_json::json!({"event": "permit_renewed", "permit": "resident_card", "valid_from": "2028-02-15", "valid_until": null}),
            serde_json::json!({"event": "member_added", "new_member": {"id": "b", "relationship": "child",
                "birth_date": "2027-03-01", "nationality": "FR", "birth_country": "FR", "parents": ["a"]}}),
            serde_json::json!({"event": "household_corrected", "household": {"format": "secu.household.v1",
                "members": [{"id": "a", "relationship": "primary", "birth_date": "1990-01-01",
                    "nationality": "DE", "birth_country": "DE", "activity": {"kind": "employed"}}]}}),
            serde_json::json!({"event": "carte_vitale_still_valid"}),
            serde_json::json!({"event": "withdrawn"}),
        ];
        for v in samples {
            let derived: Event = serde_json::from_value(v.clone()).expect("derive");
            assert_eq!(
                Event::from_value(v.clone()).expect("hand-written"),
                derived,
                "{v}"
            );
            // Its tree through JSON text (what case-file commitments hash)
            // is serde_json's tree.
            assert_eq!(
                crate::tree::to_tree(&derived),
                serde_json::to_value(&derived).expect("json"),
                "{v}"
            );
            // And it round-trips through the derived serialiser.
            assert_eq!(
                Event::from_value(serde_json::to_value(&derived).expect("json")).expect("again"),
                derived
            );
        }
        // Stricter than the derive, which lets fields through on unit variants
        // and accepts an array form.
        assert!(
            Event::from_value(serde_json::json!({"event": "withdrawn", "reason": "x"})).is_err()
        );
        assert!(Event::from_value(serde_json::json!(["withdrawn"])).is_err());
        // The household and the member: every problem, with its path.
        let message = |v: serde_json::Value| Event::from_value(v).expect_err("refused").to_string();
        assert_eq!(
            message(
                serde_json::json!({"event": "member_added", "new_member": {"id": "b", "relationship": "child",
                "nationality": "FR", "birth_country": "XX", "parents": [1]}})
            ),
            "new_member.birth_date: missing required field \"birth_date\"; \
             new_member.birth_country: unknown country code \"XX\"; \
             new_member.parents[0]: expected a member id (string), found a number"
        );
        assert_eq!(
            message(serde_json::json!({"event": "household_corrected", "household": []})),
            "household: expected an object, found an array"
        );
        assert_eq!(
            message(
                serde_json::json!({"event": "household_corrected", "household": {"members": [{"id": 1}]}})
            ),
            "household.members[0].relationship: missing required field \"relationship\"; \
             household.members[0].birth_date: missing required field \"birth_date\"; \
             household.members[0].nationality: missing required field \"nationality\"; \
             household.members[0].birth_country: missing required field \"birth_country\"; \
             household.members[0].id: expected a string, found a number"
        );
        assert_eq!(
            message(
                serde_json::json!({"event": "permit_renewed", "permit": "resident_card", "valid_from": 5})
            ),
            "invalid type: integer `5`, expected a date \"YYYY-MM-DD\""
        );
        assert_eq!(
            message(
                serde_json::json!({"event": "permit_renewed", "permit": "resident_card",
                "valid_from": "2028-02-15", "valid_until": "2038-02-30"})
            ),
            "no such date \"2038-02-30\""
        );
        for bad in [
            serde_json::json!({"event": "nia_issued"}),
            serde_json::json!({"event": "teleported"}),
            serde_json::json!({"kind": "form_s1106"}),
        ] {
            assert!(
                serde_json::from_value::<Event>(bad.clone()).is_err(),
                "derive accepts {bad}"
            );
            assert!(
                Event::from_value(bad.clone()).is_err(),
                "hand-written accepts {bad}"
            );
        }
    }
}
