//! The events of the CPAM procedure (issue 3): what happened to one member,
//! on a date. Each event is one JSON object tagged by `event`.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use secu::model::civil_date;
use secu::tree::from_tree;

use secu::error::{Error, ErrorCode};
use secu::model::{Household, Member, Permit};
use secu::output::DocKind;
use secu::text::T;

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
    strum::VariantArray,
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

    /// Its label (a text of [`secu::text`], in English and French).
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
    /// Not the derived decoder of the whole enum, which buffers the input
    /// and instantiates a second decoder for every payload type (the whole
    /// household for `household_corrected`): this one reads the tag first
    /// and decodes each field once, by that field's derived decoder, which
    /// keeps the WebAssembly module much smaller.
    pub fn from_value(value: serde_json::Value) -> Result<Self, serde_json::Error> {
        use serde::de::Error as _;
        decode(value).map_err(serde_json::Error::custom)
    }

    /// [`Event::from_value`], its error as the library's [`Error`]: no
    /// path (the caller knows where the event is), the code
    /// [`ErrorCode::InvalidEvent`] and the message `from_value`'s error
    /// displays. The WebAssembly binding's `recordEvent` uses it.
    pub fn from_json(value: serde_json::Value) -> Result<Self, Error> {
        decode(value).map_err(|m| Error::new("", ErrorCode::InvalidEvent, m))
    }
}

/// [`Event::from_value`]'s and [`Event::from_json`]'s work: the tag first,
/// then each field of that kind by its derived `Deserialize` reading the
/// tree ([`secu::tree::Tree`]: serde's messages, no float formatting). Not
/// the derived decoder of the whole enum: an internally tagged enum buffers
/// its input and decodes every payload a second time (the whole household
/// for `household_corrected`, which the household walker builds instead).
/// The fields are read in place, and the first key that was not read is the
/// unknown field.
fn decode(value: Value) -> Result<Event, String> {
    let Value::Object(m) = value else {
        return Err("expected an event object".to_owned());
    };
    let mut read: Vec<&str> = Vec::with_capacity(4);
    let mut field = |name: &'static str| {
        read.push(name);
        m.get(name).ok_or_else(|| format!("missing field `{name}`"))
    };
    let kind: EventKind = decoded(field("event")?)?;
    let event = match kind {
        EventKind::DocumentReceived => Event::DocumentReceived {
            kind: decoded(field("kind")?)?,
        },
        EventKind::DocumentRejected => Event::DocumentRejected {
            kind: decoded(field("kind")?)?,
            reason: decoded(field("reason")?)?,
        },
        EventKind::DocumentWaived => Event::DocumentWaived {
            kind: decoded(field("kind")?)?,
            reason: decoded(field("reason")?)?,
        },
        EventKind::DocumentsRequested => Event::DocumentsRequested {
            kinds: decoded(field("kinds")?)?,
        },
        EventKind::NiaIssued => Event::NiaIssued {
            number: decoded(field("number")?)?,
        },
        EventKind::NirCertified => Event::NirCertified {
            number: decoded(field("number")?)?,
        },
        EventKind::Rejected => Event::Rejected {
            reason: decoded(field("reason")?)?,
        },
        // The household walker's decoders (no serde decoder of the
        // household types): every problem, each with its path.
        EventKind::HouseholdCorrected => Event::HouseholdCorrected {
            household: Box::new(
                secu::decode::household_from_tree(field("household")?)
                    .map_err(|e| refused("household", &e))?,
            ),
        },
        EventKind::MemberAdded => Event::MemberAdded {
            new_member: Box::new(
                secu::decode::member_from_tree(field("new_member")?, String::new())
                    .map_err(|e| refused("new_member", &e))?,
            ),
        },
        EventKind::Correction => Event::Correction {
            voids: decoded(field("voids")?)?,
            reason: decoded(field("reason")?)?,
        },
        EventKind::PermitRenewed => Event::PermitRenewed {
            permit: decoded(field("permit")?)?,
            valid_from: civil_date::from_tree(field("valid_from")?).map_err(|e| e.message)?,
            // Absent or `null`: none.
            valid_until: match field("valid_until") {
                Ok(Value::Null) | Err(_) => None,
                Ok(v) => Some(civil_date::from_tree(v).map_err(|e| e.message)?),
            },
        },
        other => other
            .without_data()
            .ok_or_else(|| format!("event `{}` needs data", other.code()))?,
    };
    if let Some(k) = m.keys().find(|k| !read.contains(&k.as_str())) {
        return Err(format!("unknown field `{k}` for event `{}`", kind.code()));
    }
    Ok(event)
}

/// A field through its derived `Deserialize`, reading the tree.
fn decoded<T: serde::de::DeserializeOwned>(value: &Value) -> Result<T, String> {
    from_tree(value).map_err(|e| e.to_string())
}

/// The problems of a household or a member given as `field`, on one line.
fn refused(field: &str, errors: &secu::error::InputErrors) -> String {
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
    all
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use serde_json::json;
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

    /// The decoder agrees with the derived one of the whole enum on every kind.
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
                secu::tree::to_tree(&derived),
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

    /// `decode`'s message is what `from_value`'s error displays, even where
    /// the input writes a position at the end of a name, a key or a date.
    #[test]
    fn decode_is_from_value_s_message() {
        let at = "x at line 1 column 2";
        for v in [
            json!({ "event": at }),
            json!({ "event": "withdrawn", at: 1 }),
            json!({ "event": "document_received", "kind": at }),
            json!({ "event": "document_received", "kind": { at: null } }),
            json!({ "event": "permit_renewed", "permit": "receipt", "valid_from": at }),
            json!({ "event": "permit_renewed", "permit": "receipt", "valid_from": "2028-02-30" }),
            json!({ "event": "correction", "voids": at, "reason": "" }),
            json!({ "event": "member_added", "new_member": { at: 1 } }),
            json!({ "event": "household_corrected", "household": { "format": at, "members": [
                { "id": at, "relationship": at, "birth_date": at, "nationality": at,
                  "birth_country": at, at: at } ] } }),
        ] {
            let message = Event::from_json(v.clone())
                .map_err(|e| e.message)
                .expect_err("refused");
            assert_eq!(
                Event::from_value(v.clone()).map_err(|e| e.to_string()),
                Err(message.clone()),
                "{v}"
            );
            assert!(!message.ends_with("column 2"), "{message}");
        }
    }

    /// The enums decoded by name: strum's names, in order, are serde's.
    #[test]
    fn variant_names_are_serdes() {
        fn check<E>()
        where
            E: strum::VariantNames + strum::VariantArray + Serialize + Copy + std::fmt::Debug,
        {
            let names = <E as strum::VariantNames>::VARIANTS;
            let values = <E as strum::VariantArray>::VARIANTS;
            assert_eq!(names.len(), values.len());
            for (name, value) in names.iter().zip(values) {
                assert_eq!(
                    serde_json::to_value(value).expect("JSON"),
                    json!(name),
                    "{value:?}"
                );
            }
        }
        check::<EventKind>();
        check::<DocKind>();
        check::<Permit>();
    }

    /// One of `names`, as a JSON string.
    fn names(names: &'static [&'static str]) -> BoxedStrategy<Value> {
        proptest::sample::select(names.to_vec())
            .prop_map(|n| json!(n))
            .boxed()
    }

    /// A document kind: mostly a name, sometimes a wrong one, or written as
    /// a map (`{"id_photo": null}`, which serde reads, or with data).
    fn doc_kind() -> BoxedStrategy<Value> {
        prop_oneof![
            12 => names(<DocKind as strum::VariantNames>::VARIANTS),
            1 => names(&["form_s1107", "FormS1106", "", "s1_form "]),
            1 => proptest::sample::select(vec!["id_photo", "nope"])
                .prop_map(|n| json!({ n: null })),
            1 => proptest::sample::select(vec![json!(1), json!("x"), json!([]), json!({})])
                .prop_map(|v| json!({ "id_photo": v })),
            1 => Just(json!({"id_photo": null, "bank_details": null})),
            1 => Just(json!({})),
        ]
        .boxed()
    }

    /// Dates, good and bad.
    fn date() -> BoxedStrategy<Value> {
        prop_oneof![
            3 => names(&["2028-02-15", "2038-02-14", "2024-02-29"]),
            1 => bad_date(),
        ]
        .boxed()
    }

    /// Strings that are not dates.
    fn bad_date() -> BoxedStrategy<Value> {
        names(&[
            "2025-02-29",
            "2038-02-30",
            "2028-2-15",
            "28-02-15",
            "2028/02/15",
            "",
            "2028-02-15T00:00:00Z",
            "+028-02-15",
        ])
    }

    /// Any small JSON value: scalars of every type (integers, negative
    /// ones, floats), the values above, and lists of them.
    fn anything() -> BoxedStrategy<Value> {
        let scalar = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<u64>().prop_map(|n| json!(n)),
            (0u64..100).prop_map(|n| json!(n)),
            any::<i64>().prop_map(|n| json!(n)),
            (-1e6f64..1e6).prop_map(|f| json!(f)),
            "\\PC{0,8}".prop_map(Value::String),
        ];
        let leaf = prop_oneof![
            4 => scalar,
            2 => doc_kind(),
            1 => names(<Permit as strum::VariantNames>::VARIANTS),
            1 => date(),
            1 => proptest::collection::btree_map("[a-z_]{1,6}", Just(json!(1)), 0..3)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ];
        prop_oneof![
            6 => leaf.clone(),
            1 => proptest::collection::vec(leaf, 0..3).prop_map(Value::Array),
        ]
        .boxed()
    }

    /// A field's value: mostly right, sometimes anything.
    fn or_anything(right: BoxedStrategy<Value>) -> BoxedStrategy<Value> {
        prop_oneof![8 => right, 1 => anything()].boxed()
    }

    /// Each field an event may have, with values mostly of its type.
    fn event_fields() -> Vec<(&'static str, BoxedStrategy<Value>)> {
        let text = || or_anything("\\PC{0,12}".prop_map(Value::String).boxed());
        let members = vec![
            json!({"id": "b", "relationship": "child", "birth_date": "2027-03-01",
                "nationality": "FR", "birth_country": "FR", "parents": ["a"]}),
            json!({"id": "b", "relationship": "child", "nationality": "FR",
                "birth_country": "XX", "parents": [1]}),
            json!({"id": 1}),
        ];
        let households = vec![
            json!({"format": "secu.household.v1", "members": [{"id": "a",
                "relationship": "primary", "birth_date": "1990-01-01", "nationality": "DE",
                "birth_country": "DE", "activity": {"kind": "employed"}}]}),
            json!({"members": [{"id": 1}]}),
            json!({"format": "secu.household.v9", "members": []}),
        ];
        vec![
            ("kind", or_anything(doc_kind())),
            ("reason", text()),
            (
                "kinds",
                or_anything(
                    proptest::collection::vec(doc_kind(), 0..4)
                        .prop_map(Value::Array)
                        .boxed(),
                ),
            ),
            ("number", text()),
            (
                "voids",
                or_anything(any::<u64>().prop_map(|n| json!(n)).boxed()),
            ),
            (
                "permit",
                or_anything(
                    prop_oneof![
                        8 => names(<Permit as strum::VariantNames>::VARIANTS),
                        1 => names(&["resident", "ResidentCard"]),
                        1 => Just(json!({"resident_card": null})),
                    ]
                    .boxed(),
                ),
            ),
            ("valid_from", or_anything(date())),
            (
                "valid_until",
                or_anything(prop_oneof![4 => date(), 1 => Just(Value::Null)].boxed()),
            ),
            (
                "household",
                or_anything(proptest::sample::select(households).boxed()),
            ),
            (
                "new_member",
                or_anything(proptest::sample::select(members).boxed()),
            ),
        ]
    }

    /// An event object: a tag (mostly a known kind, sometimes an unknown
    /// one, a map, another type, or none), most of its kind's fields, and
    /// sometimes others; or, sometimes, not an object at all.
    fn event_value() -> impl Strategy<Value = Value> {
        let kinds = <EventKind as strum::VariantNames>::VARIANTS.to_vec();
        let tag = prop_oneof![
            16 => names(<EventKind as strum::VariantNames>::VARIANTS),
            1 => names(&["teleported", "Withdrawn", "withdrawn ", ""]),
            1 => proptest::sample::select(kinds).prop_map(|n| json!({ n: null })),
            1 => anything(),
        ];
        let (names, values): (Vec<_>, Vec<_>) = event_fields().into_iter().unzip();
        let fields = values
            .into_iter()
            .map(|v| proptest::option::weighted(0.95, v))
            .collect::<Vec<_>>();
        let extra = proptest::collection::btree_map(
            proptest::sample::select(vec!["extra", "Kind", "reason", "kind", "valid_until"]),
            anything(),
            0..2,
        );
        let object = (
            proptest::option::weighted(0.97, tag),
            fields,
            proptest::option::weighted(0.2, extra),
        )
            .prop_map(move |(tag, fields, extra)| {
                let mut m = serde_json::Map::new();
                // The fields of the tag's kind (all of them for another tag).
                let kind = tag
                    .as_ref()
                    .and_then(|t| t.as_str()?.parse::<EventKind>().ok());
                for (name, value) in names.iter().zip(fields) {
                    let wanted = kind.is_none_or(|k| fields_of(k).contains(name));
                    if let (true, Some(v)) = (wanted, value) {
                        m.insert((*name).to_owned(), v);
                    }
                }
                for (k, v) in extra.into_iter().flatten() {
                    m.insert(k.to_owned(), v);
                }
                if let Some(tag) = tag {
                    m.insert("event".into(), tag);
                }
                Value::Object(m)
            });
        prop_oneof![
            20 => object,
            1 => anything(),
        ]
    }

    /// The fields each kind of event reads (its data).
    fn fields_of(kind: EventKind) -> &'static [&'static str] {
        match kind {
            EventKind::DocumentReceived => &["kind"],
            EventKind::DocumentRejected | EventKind::DocumentWaived => &["kind", "reason"],
            EventKind::DocumentsRequested => &["kinds"],
            EventKind::NiaIssued | EventKind::NirCertified => &["number"],
            EventKind::Rejected => &["reason"],
            EventKind::HouseholdCorrected => &["household"],
            EventKind::MemberAdded => &["new_member"],
            EventKind::Correction => &["voids", "reason"],
            EventKind::PermitRenewed => &["permit", "valid_from", "valid_until"],
            _ => &[],
        }
    }

    /// Somewhere in `v`, `{"name": {}}`.
    fn unit_with_empty_map(v: &Value) -> bool {
        match v {
            Value::Object(m) if m.len() == 1 && m.values().all(|d| d == &json!({})) => true,
            Value::Object(m) => m.values().any(unit_with_empty_map),
            Value::Array(a) => a.iter().any(unit_with_empty_map),
            _ => false,
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4096))]

        /// On any event object, valid or damaged: the same message through
        /// `from_value` and `decode`; and the same acceptance and event as
        /// the derived decoder of the whole enum (`serde_json::from_value`),
        /// but where that one is laxer.
        #[test]
        fn decodes_as_serde_does(v in event_value()) {
            let ours = Event::from_json(v.clone()).map_err(|e| e.message);
            let wrapped = Event::from_value(v.clone()).map_err(|e| e.to_string());
            prop_assert_eq!(&ours, &wrapped, "{}", v);
            let derived = serde_json::from_value::<Event>(v.clone());
            match (&ours, derived) {
                (Ok(e), Ok(d)) => prop_assert_eq!(e, &d, "{}", v),
                (Ok(e), Err(d)) => {
                    // Its tag, like any unit variant, may be written
                    // `{"name": null}`: the derive reads only a name.
                    prop_assert!(v["event"].is_object(), "{v}: accepted as {e:?}, the derive says {d}");
                }
                (Err(_), Err(_)) => {}
                (Err(message), Ok(d)) => {
                    // The derive lets unknown fields through on the kinds
                    // without data, reads an array of the fields, and a unit
                    // variant written `{"name": {}}`.
                    let known = fields_of(d.kind());
                    let lax = v.as_array().is_some()
                        || v.as_object().is_some_and(|m| {
                            m.keys().any(|k| k != "event" && !known.contains(&k.as_str()))
                        })
                        || unit_with_empty_map(&v);
                    prop_assert!(lax, "{v}: refused ({message}), the derive reads {d:?}");
                }
            }
        }
    }
}
