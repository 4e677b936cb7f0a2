//! JSON trees (`serde_json::Value`): [`to_tree`], a value's tree through
//! JSON text, and `from_tree`, serde's derived decoders reading a tree
//! through `Tree`, a small deserializer whose messages are serde's but
//! never format a float (a number where text was expected says "floating
//! point number"; serde_json's own tree deserializer was the module's only
//! path to the standard library's float formatting, ~10 KB).
//!
//! The policy ([`crate::policy::Policy::apply`]) and the events' fields
//! (`secu_case::Event::from_value`) are decoded by their derived
//! `Deserialize` through `Tree`. The household and its members do not come
//! through here: the walker of [`crate::decode`] builds them from the tree,
//! reporting every problem with its path, which a derived decoder (it stops
//! at the first) cannot; `found` and `visited` word what it finds as
//! serde does.

use serde_json::Value;

/// The JSON tree of a value: what `serde_json::to_value` gives, through JSON
/// text. Going through the text serializer, which the outputs use anyway,
/// means one `Serialize` instantiation per type rather than two: the
/// commitments of case files hash the trees of members and events, and
/// their instantiations for serde_json's tree serializer weighed ~6 KB of
/// the gzipped WebAssembly module. Costs a parse of a few hundred bytes.
/// `null` if the value cannot be written as JSON (a map with non-string
/// keys: none of this crate's types).
pub fn to_tree<T: serde::Serialize + ?Sized>(value: &T) -> Value {
    serde_json::to_vec(value)
        .ok()
        .and_then(|text| serde_json::from_slice(&text).ok())
        .unwrap_or(Value::Null)
}

// Public for the case crate's events (`secu_case::Event::from_value` reads
// each field through its derived decoder on a tree); not an API.
#[doc(hidden)]
pub use reference::{Tree, TreeError, from_tree};

/// A serde deserializer over a tree.
mod reference {
    use std::fmt::{self, Display};

    use serde::de::{
        self, DeserializeSeed, Deserializer, EnumAccess, Expected, IntoDeserializer, MapAccess,
        SeqAccess, Unexpected, VariantAccess, Visitor,
    };
    use serde::forward_to_deserialize_any;
    use serde_json::Value;

    /// Decodes a `T` from a JSON tree.
    pub fn from_tree<'de, T: de::Deserialize<'de>>(value: &'de Value) -> Result<T, TreeError> {
        T::deserialize(Tree(value))
    }

    /// Why a tree is not a `T`: serde's message.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub struct TreeError(String);

    impl Display for TreeError {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(&self.0)
        }
    }

    impl std::error::Error for TreeError {}

    /// What was found, in serde's words, without formatting a float.
    fn found(unexp: &Unexpected<'_>) -> String {
        match *unexp {
            Unexpected::Bool(b) => format!("boolean `{b}`"),
            Unexpected::Unsigned(n) => format!("integer `{n}`"),
            Unexpected::Signed(n) => format!("integer `{n}`"),
            Unexpected::Float(_) => "floating point number".to_owned(),
            Unexpected::Char(c) => format!("character `{c}`"),
            Unexpected::Str(s) => format!("string \"{s}\""),
            Unexpected::Bytes(_) => "byte array".to_owned(),
            Unexpected::Unit => "null".to_owned(),
            Unexpected::Option => "Option value".to_owned(),
            Unexpected::NewtypeStruct => "newtype struct".to_owned(),
            Unexpected::Seq => "sequence".to_owned(),
            Unexpected::Map => "map".to_owned(),
            Unexpected::Enum => "enum".to_owned(),
            Unexpected::UnitVariant => "unit variant".to_owned(),
            Unexpected::NewtypeVariant => "newtype variant".to_owned(),
            Unexpected::TupleVariant => "tuple variant".to_owned(),
            Unexpected::StructVariant => "struct variant".to_owned(),
            Unexpected::Other(other) => other.to_owned(),
        }
    }

    impl de::Error for TreeError {
        fn custom<T: Display>(msg: T) -> Self {
            Self(msg.to_string())
        }

        fn invalid_type(unexp: Unexpected<'_>, exp: &dyn Expected) -> Self {
            Self(format!("invalid type: {}, expected {exp}", found(&unexp)))
        }

        fn invalid_value(unexp: Unexpected<'_>, exp: &dyn Expected) -> Self {
            Self(format!("invalid value: {}, expected {exp}", found(&unexp)))
        }
    }

    /// The deserializer: a borrowed tree (for `deserialize_with` functions;
    /// `from_tree` for a whole type).
    #[derive(Clone, Copy)]
    pub struct Tree<'de>(pub &'de Value);

    impl<'de> Deserializer<'de> for Tree<'de> {
        type Error = TreeError;

        fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, TreeError> {
            match self.0 {
                Value::Null => visitor.visit_unit(),
                Value::Bool(b) => visitor.visit_bool(*b),
                Value::Number(n) => {
                    if let Some(u) = n.as_u64() {
                        visitor.visit_u64(u)
                    } else if let Some(i) = n.as_i64() {
                        visitor.visit_i64(i)
                    } else {
                        visitor.visit_f64(n.as_f64().unwrap_or(f64::NAN))
                    }
                }
                Value::String(s) => visitor.visit_borrowed_str(s),
                Value::Array(a) => visitor.visit_seq(Seq(a.iter())),
                Value::Object(m) => visitor.visit_map(Entries {
                    iter: m.iter(),
                    value: None,
                }),
            }
        }

        fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, TreeError> {
            match self.0 {
                Value::Null => visitor.visit_none(),
                _ => visitor.visit_some(self),
            }
        }

        fn deserialize_newtype_struct<V: Visitor<'de>>(
            self,
            _: &'static str,
            visitor: V,
        ) -> Result<V::Value, TreeError> {
            visitor.visit_newtype_struct(self)
        }

        fn deserialize_enum<V: Visitor<'de>>(
            self,
            _: &'static str,
            _: &'static [&'static str],
            visitor: V,
        ) -> Result<V::Value, TreeError> {
            match self.0 {
                // A unit variant: `"name"`.
                Value::String(s) => visitor.visit_enum(s.as_str().into_deserializer()),
                // A variant with data: `{"name": value}`.
                Value::Object(m) if m.len() == 1 => match m.iter().next() {
                    Some((name, value)) => visitor.visit_enum(Variant { name, value }),
                    None => Err(de::Error::invalid_type(Unexpected::Map, &"an enum")),
                },
                other => Err(de::Error::invalid_type(unexpected(other), &"an enum")),
            }
        }

        fn deserialize_ignored_any<V: Visitor<'de>>(
            self,
            visitor: V,
        ) -> Result<V::Value, TreeError> {
            visitor.visit_unit()
        }

        forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
            bytes byte_buf unit unit_struct seq tuple tuple_struct map struct identifier
        }
    }

    fn unexpected(v: &Value) -> Unexpected<'_> {
        match v {
            Value::Null => Unexpected::Unit,
            Value::Bool(b) => Unexpected::Bool(*b),
            Value::Number(_) => Unexpected::Other("number"),
            Value::String(s) => Unexpected::Str(s),
            Value::Array(_) => Unexpected::Seq,
            Value::Object(_) => Unexpected::Map,
        }
    }

    struct Seq<'de>(std::slice::Iter<'de, Value>);

    impl<'de> SeqAccess<'de> for Seq<'de> {
        type Error = TreeError;

        fn next_element_seed<T: DeserializeSeed<'de>>(
            &mut self,
            seed: T,
        ) -> Result<Option<T::Value>, TreeError> {
            self.0.next().map(|v| seed.deserialize(Tree(v))).transpose()
        }

        fn size_hint(&self) -> Option<usize> {
            Some(self.0.len())
        }
    }

    struct Entries<'de> {
        iter: serde_json::map::Iter<'de>,
        value: Option<&'de Value>,
    }

    impl<'de> MapAccess<'de> for Entries<'de> {
        type Error = TreeError;

        fn next_key_seed<K: DeserializeSeed<'de>>(
            &mut self,
            seed: K,
        ) -> Result<Option<K::Value>, TreeError> {
            match self.iter.next() {
                Some((k, v)) => {
                    self.value = Some(v);
                    seed.deserialize(Key(k)).map(Some)
                }
                None => Ok(None),
            }
        }

        fn next_value_seed<V: DeserializeSeed<'de>>(
            &mut self,
            seed: V,
        ) -> Result<V::Value, TreeError> {
            match self.value.take() {
                Some(v) => seed.deserialize(Tree(v)),
                None => Err(de::Error::custom("a map value without its key")),
            }
        }

        fn size_hint(&self) -> Option<usize> {
            Some(self.iter.len())
        }
    }

    /// A map key: a borrowed string (field names, enum keys, ids).
    struct Key<'de>(&'de str);

    impl<'de> Deserializer<'de> for Key<'de> {
        type Error = TreeError;

        fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, TreeError> {
            visitor.visit_borrowed_str(self.0)
        }

        fn deserialize_enum<V: Visitor<'de>>(
            self,
            _: &'static str,
            _: &'static [&'static str],
            visitor: V,
        ) -> Result<V::Value, TreeError> {
            visitor.visit_enum(self.0.into_deserializer())
        }

        forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
            bytes byte_buf option unit unit_struct newtype_struct seq tuple
            tuple_struct map struct identifier ignored_any
        }
    }

    /// `{"name": value}` as an enum variant with data.
    struct Variant<'de> {
        name: &'de str,
        value: &'de Value,
    }

    impl<'de> EnumAccess<'de> for Variant<'de> {
        type Error = TreeError;
        type Variant = Tree<'de>;

        fn variant_seed<V: DeserializeSeed<'de>>(
            self,
            seed: V,
        ) -> Result<(V::Value, Tree<'de>), TreeError> {
            let name = seed.deserialize(Key(self.name))?;
            Ok((name, Tree(self.value)))
        }
    }

    impl<'de> VariantAccess<'de> for Tree<'de> {
        type Error = TreeError;

        fn unit_variant(self) -> Result<(), TreeError> {
            match self.0 {
                Value::Null => Ok(()),
                other => Err(de::Error::invalid_type(unexpected(other), &"unit variant")),
            }
        }

        fn newtype_variant_seed<T: DeserializeSeed<'de>>(
            self,
            seed: T,
        ) -> Result<T::Value, TreeError> {
            seed.deserialize(self)
        }

        fn tuple_variant<V: Visitor<'de>>(
            self,
            _: usize,
            visitor: V,
        ) -> Result<V::Value, TreeError> {
            self.deserialize_any(visitor)
        }

        fn struct_variant<V: Visitor<'de>>(
            self,
            _: &'static [&'static str],
            visitor: V,
        ) -> Result<V::Value, TreeError> {
            self.deserialize_any(visitor)
        }
    }
}

/// What a value is, as `Tree` says it when decoding an enum (a number is
/// "number").
pub(crate) fn found(value: &Value) -> String {
    match value {
        Value::Null => "null".to_owned(),
        Value::Bool(b) => format!("boolean `{b}`"),
        Value::Number(_) => "number".to_owned(),
        Value::String(s) => format!("string \"{s}\""),
        Value::Array(_) => "sequence".to_owned(),
        Value::Object(_) => "map".to_owned(),
    }
}

/// What a value is, as a visitor that does not take it says it (a number
/// is an integer or a floating point number).
pub(crate) fn visited(value: &Value) -> String {
    match value {
        Value::Number(n) => match (n.as_u64(), n.as_i64()) {
            (Some(u), _) => format!("integer `{u}`"),
            (None, Some(i)) => format!("integer `{i}`"),
            (None, None) => "floating point number".to_owned(),
        },
        other => found(other),
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use serde_json::json;

    use super::*;
    use crate::data::agreements::Extension;
    use crate::policy::{LeapDayBirthday, Policy};

    /// `to_tree` (through JSON text) is `serde_json::to_value`, on every
    /// bundled household, each of its members, and a policy with every
    /// field changed from its default. (Events: `secu_case::event`'s tests.)
    #[test]
    #[allow(clippy::disallowed_methods)] // A test reads the bundled examples.
    fn to_tree_is_serde_jsons_tree() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples");
        let mut households = 0;
        for entry in std::fs::read_dir(dir).expect("examples") {
            let path = entry.expect("entry").path();
            let name = path.to_string_lossy().into_owned();
            if !name.ends_with(".json") || name.ends_with(".expect.json") {
                continue;
            }
            let text = std::fs::read(&path).expect("read");
            let Ok(h) = crate::decode::parse_household(&text) else {
                continue;
            };
            assert_eq!(
                to_tree(&h),
                serde_json::to_value(&h).expect("JSON"),
                "{name}"
            );
            for m in &h.members {
                assert_eq!(to_tree(m), serde_json::to_value(m).expect("JSON"), "{name}");
            }
            households += 1;
        }
        assert!(households >= 20, "only {households} households read");
        let mut policy = Policy::default();
        for assignment in [
            "leap_day_birthday=first_of_march",
            "physician_declaration_from_age=12",
            r#"beneficiary_end={"fixed_date":{"month":9,"day":1}}"#,
        ] {
            policy.set(assignment).expect("valid policy");
        }
        assert_ne!(policy, Policy::default());
        assert_eq!(
            to_tree(&policy),
            serde_json::to_value(&policy).expect("JSON")
        );
    }

    #[test]
    fn decodes_like_serde_json() {
        let policy = Policy::default();
        let v = serde_json::to_value(&policy).expect("JSON");
        assert_eq!(from_tree::<Policy>(&v), Ok(policy));
        assert_eq!(from_tree::<Option<u16>>(&json!(null)), Ok(None));
        assert_eq!(from_tree::<Option<u16>>(&json!(7)), Ok(Some(7)));
        assert_eq!(
            from_tree::<Vec<String>>(&json!(["a", "b"])),
            Ok(vec!["a".into(), "b".into()])
        );
        assert_eq!(
            from_tree::<Extension>(&json!({"months": 24})),
            Ok(Extension::Months(24))
        );
        assert_eq!(
            from_tree::<Extension>(&json!("until_completion")),
            Ok(Extension::UntilCompletion)
        );
        assert_eq!(
            from_tree::<LeapDayBirthday>(&json!("first_of_march")),
            Ok(LeapDayBirthday::FirstOfMarch)
        );
    }

    #[test]
    fn errors_read_like_serde_but_never_format_a_float() {
        let msg = |r: Result<String, TreeError>| r.expect_err("an error").to_string();
        assert_eq!(
            msg(from_tree(&json!(1.5))),
            "invalid type: floating point number, expected a string"
        );
        assert_eq!(
            msg(from_tree(&json!(5))),
            "invalid type: integer `5`, expected a string"
        );
        assert_eq!(
            msg(from_tree(&json!(true))),
            "invalid type: boolean `true`, expected a string"
        );
        assert_eq!(
            from_tree::<u8>(&json!(300))
                .expect_err("out of range")
                .to_string(),
            "invalid value: integer `300`, expected u8"
        );
        let e = from_tree::<LeapDayBirthday>(&json!("march")).expect_err("unknown");
        assert_eq!(
            e.to_string(),
            "unknown variant `march`, expected `last_day_of_february` or `first_of_march`"
        );
        let e = from_tree::<Policy>(&json!({"nope": 1})).expect_err("unknown field");
        assert!(e.to_string().starts_with("unknown field `nope`"), "{e}");
        // The same wording as serde_json's deserializer, but for floats.
        for v in [
            json!(5),
            json!(true),
            json!("x"),
            json!([1]),
            json!({"a": 1}),
            json!(null),
        ] {
            let ours = from_tree::<u8>(&v).map_err(|e| e.to_string());
            let theirs = serde_json::from_value::<u8>(v.clone()).map_err(|e| e.to_string());
            assert_eq!(ours, theirs, "{v}");
        }
    }

    fn json_value() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<u64>().prop_map(|n| json!(n)),
            any::<i64>().prop_map(|n| json!(n)),
            (-1e12f64..1e12).prop_map(|f| json!(f)),
            "\\PC{0,12}".prop_map(Value::String),
        ];
        leaf.prop_recursive(4, 48, 6, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                proptest::collection::btree_map("[a-z_]{1,8}", inner, 0..6)
                    .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest! {
        /// Every tree decodes to itself, through every kind of visit.
        #[test]
        fn any_tree_round_trips(v in json_value()) {
            prop_assert_eq!(from_tree::<Value>(&v), Ok(v.clone()));
        }
    }
}
