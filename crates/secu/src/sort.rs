//! A stable insertion sort for the library's short lists (a member's
//! milestones and deadlines, the events allowed now, the keys of one JSON
//! object of a case file).
//!
//! The standard library's sorts are fast on long inputs but instantiate
//! several kilobytes of code per element type (driftsort, ipnsort and their
//! small-sort networks); four of them weighed 6.9 KB of the gzipped
//! WebAssembly module. These lists hold a few to a few dozen items, where an
//! insertion sort is as fast, and it is linear on input that is already
//! sorted: the keys of a `serde_json::Map` (a `BTreeMap` here) always are.

use std::cmp::Ordering;

/// Sorts `v` by `cmp`, stably (equal items keep their order). Quadratic in the
/// worst case: for short lists only.
pub fn small_sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && cmp(&v[j - 1], &v[j]) == Ordering::Greater {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        /// Same order as the standard library's stable sort, ties included
        /// (the second field tells the items apart).
        #[test]
        fn equals_the_standard_stable_sort(v in proptest::collection::vec((0u8..8, any::<u32>()), 0..64)) {
            let mut ours = v.clone();
            small_sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            let mut std = v;
            std.sort_by_key(|a| a.0);
            prop_assert_eq!(ours, std);
        }
    }

    #[test]
    fn edge_cases() {
        let mut empty: [u8; 0] = [];
        small_sort_by(&mut empty, Ord::cmp);
        let mut one = [1];
        small_sort_by(&mut one, Ord::cmp);
        assert_eq!(one, [1]);
        let mut rev = [5, 4, 3, 2, 1];
        small_sort_by(&mut rev, Ord::cmp);
        assert_eq!(rev, [1, 2, 3, 4, 5]);
    }
}
