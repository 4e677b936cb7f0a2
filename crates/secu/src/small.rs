//! Small ordered maps and sets: a sorted `Vec`, for the library's short
//! collections (a member's checklist and dates, the voided entries of a case,
//! the ids of its redacted members).
//!
//! `BTreeMap` and `BTreeSet` instantiate their node code (insertion with
//! splits, removal with merges and steals, traversal, drop) for every key and
//! value type: about 28 KB of the WebAssembly module for eight of them. These
//! collections hold a few to a few dozen items, where a binary search in a
//! sorted `Vec` is as fast and the code is a few hundred bytes per type.
//!
//! Iteration is in key order, like the B-tree collections, and a
//! [`SmallMap`] serialises as the same JSON object (keys in sorted order).
//! Insertion is linear in the length: for short collections only.

use std::borrow::Borrow;
use std::fmt;

use serde::{Serialize, Serializer};

/// An ordered map on a sorted `Vec`: `BTreeMap`'s order and serialisation,
/// for a few dozen entries at most (insertion and removal move the entries
/// after the key).
#[derive(Clone, PartialEq, Eq)]
pub struct SmallMap<K, V> {
    /// Sorted by key, keys unique.
    entries: Vec<(K, V)>,
}

impl<K, V> Default for SmallMap<K, V> {
    fn default() -> Self {
        Self::new()
    }
}

impl<K, V> SmallMap<K, V> {
    /// An empty map (allocates nothing).
    #[must_use]
    pub const fn new() -> Self {
        Self {
            entries: Vec::new(),
        }
    }

    /// The number of entries.
    #[must_use]
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the map has no entry.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Removes every entry.
    pub fn clear(&mut self) {
        self.entries.clear();
    }

    /// The entries, in key order.
    pub fn iter(&self) -> Iter<'_, K, V> {
        Iter(self.entries.iter())
    }

    /// The keys, in order.
    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &K> + ExactSizeIterator + '_ {
        self.entries.iter().map(|(k, _)| k)
    }

    /// The values, in key order.
    pub fn values(&self) -> impl DoubleEndedIterator<Item = &V> + ExactSizeIterator + '_ {
        self.entries.iter().map(|(_, v)| v)
    }
}

impl<K: Ord, V> SmallMap<K, V> {
    /// Where `key` is (`Ok`) or would go (`Err`).
    fn find<Q>(&self, key: &Q) -> Result<usize, usize>
    where
        K: Borrow<Q>,
        Q: Ord + ?Sized,
    {
        self.entries.binary_search_by(|(k, _)| k.borrow().cmp(key))
    }

    /// Inserts `value` under `key`; returns the value it replaces, if any
    /// (the key stays the one already there, as in `BTreeMap`).
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        match self.find(&key) {
            Ok(i) => Some(std::mem::replace(&mut self.entries[i].1, value)),
            Err(i) => {
                self.entries.insert(i, (key, value));
                None
            }
        }
    }

    /// The value under `key`, inserting `value` first if there is none
    /// (`BTreeMap`'s `entry(key).or_insert(value)`).
    pub fn get_or_insert(&mut self, key: K, value: V) -> &mut V {
        let i = match self.find(&key) {
            Ok(i) => i,
            Err(i) => {
                self.entries.insert(i, (key, value));
                i
            }
        };
        &mut self.entries[i].1
    }

    /// The value under `key`.
    #[must_use]
    pub fn get<Q>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
        Q: Ord + ?Sized,
    {
        self.find(key).ok().map(|i| &self.entries[i].1)
    }

    /// The value under `key`, to change it.
    pub fn get_mut<Q>(&mut self, key: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
        Q: Ord + ?Sized,
    {
        self.find(key).ok().map(|i| &mut self.entries[i].1)
    }

    /// Whether there is a value under `key`.
    #[must_use]
    pub fn contains_key<Q>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
        Q: Ord + ?Sized,
    {
        self.find(key).is_ok()
    }

    /// Removes the entry under `key`; returns its value.
    pub fn remove<Q>(&mut self, key: &Q) -> Option<V>
    where
        K: Borrow<Q>,
        Q: Ord + ?Sized,
    {
        self.find(key).ok().map(|i| self.entries.remove(i).1)
    }
}

/// The entries of a [`SmallMap`], in key order.
#[derive(Clone, Debug)]
pub struct Iter<'a, K, V>(std::slice::Iter<'a, (K, V)>);

impl<'a, K, V> Iterator for Iter<'a, K, V> {
    type Item = (&'a K, &'a V);

    fn next(&mut self) -> Option<Self::Item> {
        self.0.next().map(|(k, v)| (k, v))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.0.size_hint()
    }
}

impl<K, V> DoubleEndedIterator for Iter<'_, K, V> {
    fn next_back(&mut self) -> Option<Self::Item> {
        self.0.next_back().map(|(k, v)| (k, v))
    }
}

impl<K, V> ExactSizeIterator for Iter<'_, K, V> {}

impl<'a, K, V> IntoIterator for &'a SmallMap<K, V> {
    type Item = (&'a K, &'a V);
    type IntoIter = Iter<'a, K, V>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl<K, V> IntoIterator for SmallMap<K, V> {
    type Item = (K, V);
    type IntoIter = std::vec::IntoIter<(K, V)>;

    fn into_iter(self) -> Self::IntoIter {
        self.entries.into_iter()
    }
}

/// Inserted one by one (a later value replaces an earlier one under the same
/// key): no sort is instantiated.
impl<K: Ord, V> FromIterator<(K, V)> for SmallMap<K, V> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        let mut map = Self::new();
        map.extend(iter);
        map
    }
}

impl<K: Ord, V> Extend<(K, V)> for SmallMap<K, V> {
    fn extend<I: IntoIterator<Item = (K, V)>>(&mut self, iter: I) {
        for (k, v) in iter {
            self.insert(k, v);
        }
    }
}

impl<K: Ord, V, const N: usize> From<[(K, V); N]> for SmallMap<K, V> {
    fn from(entries: [(K, V); N]) -> Self {
        entries.into_iter().collect()
    }
}

/// As `BTreeMap`: `{k: v, ...}`.
impl<K: fmt::Debug, V: fmt::Debug> fmt::Debug for SmallMap<K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

/// As `BTreeMap`: a map (a JSON object), keys in order.
impl<K: Serialize, V: Serialize> Serialize for SmallMap<K, V> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.iter())
    }
}

/// The schema of the `BTreeMap` it stands for.
#[cfg(feature = "schema")]
impl<K: schemars::JsonSchema, V: schemars::JsonSchema> schemars::JsonSchema for SmallMap<K, V> {
    fn inline_schema() -> bool {
        <std::collections::BTreeMap<K, V>>::inline_schema()
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        <std::collections::BTreeMap<K, V>>::schema_name()
    }

    fn schema_id() -> std::borrow::Cow<'static, str> {
        <std::collections::BTreeMap<K, V>>::schema_id()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        <std::collections::BTreeMap<K, V>>::json_schema(generator)
    }
}

/// An ordered set on a sorted `Vec` (a [`SmallMap`] without values): for a
/// few dozen items at most.
#[derive(Clone, PartialEq, Eq)]
pub struct SmallSet<T> {
    map: SmallMap<T, ()>,
}

impl<T> Default for SmallSet<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T> SmallSet<T> {
    /// An empty set (allocates nothing).
    #[must_use]
    pub const fn new() -> Self {
        Self {
            map: SmallMap::new(),
        }
    }

    /// The number of items.
    #[must_use]
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// Whether the set has no item.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// Removes every item.
    pub fn clear(&mut self) {
        self.map.clear();
    }

    /// The items, in order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &T> + ExactSizeIterator + '_ {
        self.map.keys()
    }
}

impl<T: Ord> SmallSet<T> {
    /// Adds `item`; returns whether it was not there yet.
    pub fn insert(&mut self, item: T) -> bool {
        match self.map.find(&item) {
            Ok(_) => false,
            Err(i) => {
                self.map.entries.insert(i, (item, ()));
                true
            }
        }
    }

    /// Whether `item` is in the set.
    #[must_use]
    pub fn contains<Q>(&self, item: &Q) -> bool
    where
        T: Borrow<Q>,
        Q: Ord + ?Sized,
    {
        self.map.contains_key(item)
    }

    /// Removes `item`; returns whether it was there.
    pub fn remove<Q>(&mut self, item: &Q) -> bool
    where
        T: Borrow<Q>,
        Q: Ord + ?Sized,
    {
        self.map.remove(item).is_some()
    }
}

impl<T> IntoIterator for SmallSet<T> {
    type Item = T;
    type IntoIter = std::iter::Map<std::vec::IntoIter<(T, ())>, fn((T, ())) -> T>;

    fn into_iter(self) -> Self::IntoIter {
        self.map.into_iter().map(|(t, ())| t)
    }
}

/// Inserted one by one (duplicates kept once): no sort is instantiated.
impl<T: Ord> FromIterator<T> for SmallSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut set = Self::new();
        set.extend(iter);
        set
    }
}

impl<T: Ord> Extend<T> for SmallSet<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        for t in iter {
            self.insert(t);
        }
    }
}

impl<T: Ord, const N: usize> From<[T; N]> for SmallSet<T> {
    fn from(items: [T; N]) -> Self {
        items.into_iter().collect()
    }
}

/// As `BTreeSet`: `{a, b, ...}`.
impl<T: fmt::Debug> fmt::Debug for SmallSet<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use proptest::prelude::*;

    use super::*;

    /// One operation on a map of small keys (collisions are frequent).
    #[derive(Clone, Debug)]
    enum Op {
        Insert(u8, u32),
        GetOrInsert(u8, u32),
        Remove(u8),
        AddToValue(u8, u32),
        Clear,
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            4 => (0u8..24, any::<u32>()).prop_map(|(k, v)| Op::Insert(k, v)),
            2 => (0u8..24, any::<u32>()).prop_map(|(k, v)| Op::GetOrInsert(k, v)),
            2 => (0u8..24).prop_map(Op::Remove),
            1 => (0u8..24, any::<u32>()).prop_map(|(k, v)| Op::AddToValue(k, v)),
            1 => Just(Op::Clear),
        ]
    }

    proptest! {
        /// The same answers and contents as `BTreeMap` after every operation.
        #[test]
        fn map_behaves_as_btreemap(ops in proptest::collection::vec(op(), 0..200)) {
            let mut ours: SmallMap<u8, u32> = SmallMap::new();
            let mut model: BTreeMap<u8, u32> = BTreeMap::new();
            for op in ops {
                match op {
                    Op::Insert(k, v) => prop_assert_eq!(ours.insert(k, v), model.insert(k, v)),
                    Op::GetOrInsert(k, v) => {
                        prop_assert_eq!(*ours.get_or_insert(k, v), *model.entry(k).or_insert(v));
                    }
                    Op::Remove(k) => prop_assert_eq!(ours.remove(&k), model.remove(&k)),
                    Op::AddToValue(k, v) => {
                        if let Some(x) = ours.get_mut(&k) {
                            *x = x.wrapping_add(v);
                        }
                        if let Some(x) = model.get_mut(&k) {
                            *x = x.wrapping_add(v);
                        }
                    }
                    Op::Clear => {
                        ours.clear();
                        model.clear();
                    }
                }
                prop_assert_eq!(ours.len(), model.len());
                prop_assert_eq!(ours.is_empty(), model.is_empty());
                for k in 0u8..24 {
                    prop_assert_eq!(ours.get(&k), model.get(&k));
                    prop_assert_eq!(ours.contains_key(&k), model.contains_key(&k));
                }
                prop_assert!(ours.iter().eq(model.iter()));
                prop_assert!(ours.iter().rev().eq(model.iter().rev()));
                prop_assert!(ours.keys().eq(model.keys()));
                prop_assert!(ours.values().eq(model.values()));
            }
            prop_assert_eq!(format!("{ours:?}"), format!("{model:?}"));
            prop_assert_eq!(
                serde_json::to_string(&ours).ok(),
                serde_json::to_string(&model).ok()
            );
            prop_assert!(ours.into_iter().eq(model));
        }

        /// The same answers and contents as `BTreeSet`.
        #[test]
        fn set_behaves_as_btreeset(ops in proptest::collection::vec((any::<bool>(), 0u8..24), 0..200)) {
            let mut ours: SmallSet<u8> = SmallSet::new();
            let mut model: BTreeSet<u8> = BTreeSet::new();
            for (add, x) in ops {
                if add {
                    prop_assert_eq!(ours.insert(x), model.insert(x));
                } else {
                    prop_assert_eq!(ours.remove(&x), model.remove(&x));
                }
                prop_assert_eq!(ours.len(), model.len());
                for k in 0u8..24 {
                    prop_assert_eq!(ours.contains(&k), model.contains(&k));
                }
                prop_assert!(ours.iter().eq(model.iter()));
            }
            prop_assert_eq!(format!("{ours:?}"), format!("{model:?}"));
            prop_assert!(ours.into_iter().eq(model));
        }

        /// Collecting keeps the last value of a repeated key, as `BTreeMap`.
        #[test]
        fn collect_as_btreemap(v in proptest::collection::vec((0u8..16, any::<u32>()), 0..64)) {
            let ours: SmallMap<u8, u32> = v.iter().copied().collect();
            let model: BTreeMap<u8, u32> = v.into_iter().collect();
            prop_assert!(ours.into_iter().eq(model));
        }
    }

    #[test]
    fn borrowed_lookups() {
        let set: SmallSet<String> = ["b".to_owned(), "a".to_owned(), "b".to_owned()].into();
        assert!(set.contains("a"));
        assert!(!set.contains("c"));
        assert_eq!(
            set.iter().map(String::as_str).collect::<Vec<_>>(),
            ["a", "b"]
        );
        let map = SmallMap::from([("x".to_owned(), 1), ("w".to_owned(), 2)]);
        assert_eq!(map.get("w"), Some(&2));
        assert_eq!(map.get("v"), None);
    }

    #[test]
    fn serialises_as_a_json_object_in_key_order() {
        let map = SmallMap::from([("b", 1), ("a", 2), ("c", 3)]);
        assert_eq!(
            serde_json::to_string(&map).ok().as_deref(),
            Some(r#"{"a":2,"b":1,"c":3}"#)
        );
        let empty: SmallMap<u8, u8> = SmallMap::default();
        assert_eq!(serde_json::to_string(&empty).ok().as_deref(), Some("{}"));
        assert_eq!(format!("{empty:?}"), "{}");
    }

    #[test]
    fn insert_keeps_the_first_key() {
        // Keys equal by `Ord` but told apart otherwise: `BTreeMap` keeps the
        // key it has and replaces the value.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        struct K(u8, u8);
        impl PartialOrd for K {
            fn partial_cmp(&self, o: &Self) -> Option<std::cmp::Ordering> {
                Some(self.cmp(o))
            }
        }
        impl Ord for K {
            fn cmp(&self, o: &Self) -> std::cmp::Ordering {
                self.0.cmp(&o.0)
            }
        }
        let mut map = SmallMap::new();
        map.insert(K(1, 0), "a");
        assert_eq!(map.insert(K(1, 9), "b"), Some("a"));
        assert_eq!(map.iter().next(), Some((&K(1, 0), &"b")));
    }
}
