//! A JSON value tree that deserializes strictly and names the path of an error.
//!
//! serde-wasm-bindgen reads only the fields a struct declares, so `deny_unknown_fields` is
//! never triggered and a misspelt field in a host's dataset would silently vanish. Reading the
//! JS value into this tree first (which visits every key), then deserializing the dataset from
//! the tree, restores the strictness of serde_json in the editors' CLI. The tree's own map and
//! sequence access record where an error happened (`options[2].id`), which is what
//! serde_path_to_error does natively, at a fraction of its code size in the wasm.

use std::fmt;

use serde::de::{self, Deserialize, DeserializeSeed, Deserializer, IntoDeserializer, MapAccess, SeqAccess, Visitor};
use serde::forward_to_deserialize_any;

pub enum Tree {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Tree>),
    Object(Vec<(String, Tree)>),
}

enum Segment {
    Key(String),
    Index(usize),
}

/// A deserialization error and the path, from the root, where it happened.
#[derive(Default)]
pub struct TreeError {
    path: Vec<Segment>,
    pub message: String,
}

impl TreeError {
    fn within(mut self, segment: Segment) -> Self {
        self.path.insert(0, segment);
        self
    }

    /// The path as the validator writes it: `options[2].id`, or `dataset` for the root.
    pub fn path(&self) -> String {
        let mut out = String::new();
        for segment in &self.path {
            match segment {
                Segment::Key(key) if out.is_empty() => out.push_str(key),
                Segment::Key(key) => {
                    out.push('.');
                    out.push_str(key);
                }
                Segment::Index(i) => out.push_str(&format!("[{i}]")),
            }
        }
        if out.is_empty() {
            out.push_str("dataset");
        }
        out
    }
}

impl fmt::Debug for TreeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path(), self.message)
    }
}

impl fmt::Display for TreeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self, f)
    }
}

impl std::error::Error for TreeError {}

impl de::Error for TreeError {
    fn custom<T: fmt::Display>(message: T) -> Self {
        TreeError { path: Vec::new(), message: message.to_string() }
    }
}

impl<'de> Deserialize<'de> for Tree {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TreeVisitor)
    }
}

struct TreeVisitor;

impl<'de> Visitor<'de> for TreeVisitor {
    type Value = Tree;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_unit<E>(self) -> Result<Tree, E> {
        Ok(Tree::Null)
    }
    fn visit_none<E>(self) -> Result<Tree, E> {
        Ok(Tree::Null)
    }
    fn visit_bool<E>(self, v: bool) -> Result<Tree, E> {
        Ok(Tree::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Tree, E> {
        Ok(Tree::Number(v as f64))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Tree, E> {
        Ok(Tree::Number(v as f64))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Tree, E> {
        Ok(Tree::Number(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Tree, E> {
        Ok(Tree::String(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Tree, E> {
        Ok(Tree::String(v))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Tree, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Tree::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Tree, A::Error> {
        let mut entries = Vec::new();
        while let Some(entry) = map.next_entry()? {
            entries.push(entry);
        }
        Ok(Tree::Object(entries))
    }
}

struct Entries {
    entries: std::vec::IntoIter<(String, Tree)>,
    current: Option<(String, Tree)>,
}

impl<'de> MapAccess<'de> for Entries {
    type Error = TreeError;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, TreeError> {
        let Some((key, value)) = self.entries.next() else { return Ok(None) };
        let result = seed.deserialize(key.clone().into_deserializer());
        self.current = Some((key.clone(), value));
        result.map(Some).map_err(|e: TreeError| e.within(Segment::Key(key)))
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, TreeError> {
        let (key, value) = self.current.take().unwrap_or_else(|| (String::new(), Tree::Null));
        seed.deserialize(value).map_err(|e| e.within(Segment::Key(key)))
    }
}

struct Items {
    items: std::iter::Enumerate<std::vec::IntoIter<Tree>>,
}

impl<'de> SeqAccess<'de> for Items {
    type Error = TreeError;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, TreeError> {
        let Some((index, item)) = self.items.next() else { return Ok(None) };
        seed.deserialize(item).map(Some).map_err(|e| e.within(Segment::Index(index)))
    }
}

impl<'de> Deserializer<'de> for Tree {
    type Error = TreeError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, TreeError> {
        match self {
            Tree::Null => visitor.visit_unit(),
            Tree::Bool(v) => visitor.visit_bool(v),
            // Whole numbers as integers, so `u32` fields accept 1 but reject 1.5 or -1.
            Tree::Number(v) if v.fract() == 0.0 && v >= 0.0 && v < u64::MAX as f64 => visitor.visit_u64(v as u64),
            Tree::Number(v) if v.fract() == 0.0 && v < 0.0 && v > i64::MIN as f64 => visitor.visit_i64(v as i64),
            Tree::Number(v) => visitor.visit_f64(v),
            Tree::String(v) => visitor.visit_string(v),
            Tree::Array(items) => visitor.visit_seq(Items { items: items.into_iter().enumerate() }),
            Tree::Object(entries) => visitor.visit_map(Entries { entries: entries.into_iter(), current: None }),
        }
    }

    // Structs are read from objects only. Refusing arrays here (rather than passing them to the
    // visitor, as serde_json does) lets the compiler drop every struct's array-reading code.
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, TreeError> {
        match self {
            Tree::Object(entries) => visitor.visit_map(Entries { entries: entries.into_iter(), current: None }),
            other => Err(de::Error::invalid_type(other.unexpected(), &visitor)),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, TreeError> {
        match self {
            Tree::Null => visitor.visit_none(),
            other => visitor.visit_some(other),
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, TreeError> {
        match self {
            // The dataset's enums are plain strings ("likely", "surgery").
            Tree::String(v) => v.into_deserializer().deserialize_enum(name, variants, visitor),
            other => other.deserialize_any(visitor),
        }
    }

    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct newtype_struct seq tuple
        tuple_struct map identifier ignored_any
    }
}

impl Tree {
    /// What the value is, for "invalid type" errors (numbers unformatted, to keep float
    /// formatting out of the wasm).
    fn unexpected(&self) -> de::Unexpected<'_> {
        match self {
            Tree::Null => de::Unexpected::Unit,
            Tree::Bool(b) => de::Unexpected::Bool(*b),
            Tree::Number(_) => de::Unexpected::Other("a number"),
            Tree::String(s) => de::Unexpected::Str(s),
            Tree::Array(_) => de::Unexpected::Seq,
            Tree::Object(_) => de::Unexpected::Map,
        }
    }
}

impl<'de> IntoDeserializer<'de, TreeError> for Tree {
    type Deserializer = Self;
    fn into_deserializer(self) -> Self {
        self
    }
}
