//! A map and a set kept as a sorted `Vec`, for the small maps of the widget: the dataset's JSON
//! objects, and those built at run time (answers, ratings, ticked risk factors, mounted apps,
//! the validator's sets of ids).
//!
//! Why not `BTreeMap`: each key and value type brings its own copy of the B-tree's insert,
//! remove and rebalancing code into the wasm, several KB each, for maps of a handful of entries.

use std::borrow::Borrow;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SmallMap<K, V> {
    entries: Vec<(K, V)>,
}

impl<K, V> Default for SmallMap<K, V> {
    fn default() -> Self {
        SmallMap { entries: Vec::new() }
    }
}

impl<K: Ord, V> SmallMap<K, V> {
    pub const fn new() -> Self {
        SmallMap { entries: Vec::new() }
    }

    fn position<Q: Ord + ?Sized>(&self, key: &Q) -> Result<usize, usize>
    where
        K: Borrow<Q>,
    {
        self.entries.binary_search_by(|(k, _)| k.borrow().cmp(key))
    }

    pub fn get<Q: Ord + ?Sized>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        self.position(key).ok().map(|at| &self.entries[at].1)
    }

    pub fn get_mut<Q: Ord + ?Sized>(&mut self, key: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
    {
        self.position(key).ok().map(|at| &mut self.entries[at].1)
    }

    pub fn contains_key<Q: Ord + ?Sized>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.position(key).is_ok()
    }

    /// Sets `key` to `value`, returning the value it replaces.
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        match self.position(&key) {
            Ok(at) => Some(std::mem::replace(&mut self.entries[at].1, value)),
            Err(at) => {
                self.entries.insert(at, (key, value));
                None
            }
        }
    }

    pub fn remove<Q: Ord + ?Sized>(&mut self, key: &Q) -> Option<V>
    where
        K: Borrow<Q>,
    {
        self.position(key).ok().map(|at| self.entries.remove(at).1)
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// In key order.
    pub fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        self.entries.iter().map(|(k, v)| (k, v))
    }
}

impl<K, V> IntoIterator for SmallMap<K, V> {
    type Item = (K, V);
    type IntoIter = std::vec::IntoIter<(K, V)>;

    /// In key order.
    fn into_iter(self) -> Self::IntoIter {
        self.entries.into_iter()
    }
}

impl<'a, K, V> IntoIterator for &'a SmallMap<K, V> {
    type Item = (&'a K, &'a V);
    type IntoIter = std::iter::Map<std::slice::Iter<'a, (K, V)>, fn(&'a (K, V)) -> (&'a K, &'a V)>;

    /// In key order.
    fn into_iter(self) -> Self::IntoIter {
        fn pair<K, V>((k, v): &(K, V)) -> (&K, &V) {
            (k, v)
        }
        self.entries.iter().map(pair)
    }
}

/// The dataset model uses `SmallMap` for its JSON objects (`ui`, a rule's `when`); it is
/// read, written and described in the JSON Schema exactly as a `BTreeMap` is.
mod serde_impls {
    use std::borrow::Cow;
    use std::collections::BTreeMap;

    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use super::SmallMap;

    impl<K: Serialize, V: Serialize> Serialize for SmallMap<K, V> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serializer.collect_map(self.entries.iter().map(|(k, v)| (k, v)))
        }
    }

    impl<'de, K: Deserialize<'de> + Ord, V: Deserialize<'de>> Deserialize<'de> for SmallMap<K, V> {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            // A BTreeMap iterates in key order: already the order a SmallMap keeps.
            Ok(SmallMap { entries: BTreeMap::<K, V>::deserialize(deserializer)?.into_iter().collect() })
        }
    }

    impl<V: schemars::JsonSchema> schemars::JsonSchema for SmallMap<String, V> {
        fn inline_schema() -> bool {
            BTreeMap::<String, V>::inline_schema()
        }

        fn schema_name() -> Cow<'static, str> {
            BTreeMap::<String, V>::schema_name()
        }

        fn schema_id() -> Cow<'static, str> {
            BTreeMap::<String, V>::schema_id()
        }

        fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
            BTreeMap::<String, V>::json_schema(generator)
        }
    }
}

/// A set kept as a sorted `Vec`, for the same reason as [`SmallMap`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SmallSet<K>(SmallMap<K, ()>);

impl<K> Default for SmallSet<K> {
    fn default() -> Self {
        SmallSet(SmallMap::default())
    }
}

impl<K: Ord> SmallSet<K> {
    pub const fn new() -> Self {
        SmallSet(SmallMap::new())
    }

    /// Adds `key`; `false` when it was already there.
    pub fn insert(&mut self, key: K) -> bool {
        self.0.insert(key, ()).is_none()
    }

    /// Removes `key`; `false` when it was not there.
    pub fn remove<Q: Ord + ?Sized>(&mut self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.0.remove(key).is_some()
    }

    pub fn contains<Q: Ord + ?Sized>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.0.contains_key(key)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<K: Ord> FromIterator<K> for SmallSet<K> {
    fn from_iter<I: IntoIterator<Item = K>>(items: I) -> Self {
        let mut set = SmallSet::new();
        for item in items {
            set.insert(item);
        }
        set
    }
}

#[cfg(test)]
mod tests {
    use super::{SmallMap, SmallSet};
    use std::collections::BTreeMap;

    /// The same operations on a `BTreeMap` and a `SmallMap` give the same contents.
    #[test]
    fn behaves_like_a_btree_map() {
        let mut small = SmallMap::new();
        let mut btree = BTreeMap::new();
        let mut seed = 0x9E37_79B9_u32;
        for step in 0..5000u32 {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            let key = format!("k{}", seed % 40);
            match seed % 3 {
                0 => assert_eq!(small.remove(key.as_str()), btree.remove(&key), "step {step}"),
                _ => assert_eq!(small.insert(key.clone(), step), btree.insert(key, step), "step {step}"),
            }
            assert_eq!(small.len(), btree.len());
        }
        assert!(small.iter().eq(btree.iter()));
        assert!(btree.keys().all(|k| small.contains_key(k.as_str()) && small.get(k.as_str()) == btree.get(k)));
    }

    /// JSON objects read into and write from a `SmallMap` as they do a `BTreeMap`.
    #[test]
    fn reads_and_writes_json_as_a_btree_map_does() {
        let text = r#"{"b":[1],"a":[2,3],"c":[]}"#;
        let small: SmallMap<String, Vec<u8>> = serde_json::from_str(text).unwrap();
        let btree: BTreeMap<String, Vec<u8>> = serde_json::from_str(text).unwrap();
        assert!(small.iter().eq(btree.iter()));
        assert!((&small).into_iter().eq(btree.iter()));
        assert_eq!(serde_json::to_string(&small).unwrap(), serde_json::to_string(&btree).unwrap());
    }

    #[test]
    fn a_set_reports_what_changed() {
        let mut set: SmallSet<&str> = ["b", "a", "b"].into_iter().collect();
        assert_eq!(set.len(), 2);
        assert!(!set.insert("a") && set.insert("c"));
        assert!(set.remove("b") && !set.remove("b"));
        assert!(set.contains("a") && !set.contains("b"));
    }
}
