//! Reading a [`Dataset`] out of a [`Json`] tree, by hand.
//!
//! Why not serde's derive: in the wasm, the derived visitors for the model were 75 KB, the
//! largest single item of the widget. This reader is a few small generic functions. It is also
//! kinder to editors: it reports every structural error (wrong type, unknown, repeated or missing
//! field) at once, each with its JSON path, where serde stops at the first. A native test checks
//! that it accepts exactly what the serde model accepts.

use crate::json::Json;
use mrcc_model::path::Path;
use mrcc_model::small_map::{SmallMap, SmallSet};
use mrcc_model::*;

/// Limits on a dataset's shape, far above any real dataset's (the built-in one has 11 options,
/// 76 sources, 270 interface strings and no text over 800 characters), so that a hostile or
/// broken dataset is refused in time linear in its size, before any quadratic or rendering work
/// (the security review of 2026-12-07, F2). `content/README.md` lists them for editors.
pub mod limits {
    /// Characters in any one string.
    pub const STRING_CHARS: usize = 20_000;
    /// Items in any one list.
    pub const LIST_ITEMS: usize = 2_000;
    /// Fields in any one object.
    pub const OBJECT_FIELDS: usize = 500;
    /// Characters in any one key (an id used as a key, such as a criterion's in a rule): each
    /// problem under it repeats it in its path.
    pub const KEY_CHARS: usize = 200;
    /// Problems listed: the rest are counted in one last line.
    pub const PROBLEMS: usize = 100;
}

/// Reads a dataset; on failure, every structural problem found (the first
/// [`limits::PROBLEMS`]).
pub fn dataset(json: &Json) -> Result<Dataset, Vec<Problem>> {
    let mut problems = Vec::new();
    match Dataset::read(json, &Path::Root, &mut problems) {
        Some(dataset) if problems.is_empty() => Ok(dataset),
        _ => Err(problems),
    }
}

/// Records a problem, unless [`limits::PROBLEMS`] are listed already: then the last line says
/// that there are more.
#[inline(never)]
fn problem<T>(problems: &mut Vec<Problem>, path: &Path, message: String) -> Option<T> {
    match problems.len() {
        n if n < limits::PROBLEMS => problems.push(Problem::error(path.render(), message)),
        limits::PROBLEMS => problems
            .push(Problem::error("dataset", format!("more problems than these {}: fix these first", limits::PROBLEMS))),
        _ => {}
    }
    None
}

/// "invalid type: integer `42`, expected a string", as serde words it.
#[inline(never)]
fn invalid_type<T>(value: &Json, expected: &str, path: &Path, problems: &mut Vec<Problem>) -> Option<T> {
    let found = match value {
        Json::Null => "null".to_owned(),
        Json::Bool(b) => format!("boolean `{b}`"),
        // Integers only: formatting any float would pull float printing into the wasm.
        Json::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => format!("integer `{}`", *n as i64),
        Json::Number(_) => "a number with a fraction".to_owned(),
        Json::String(s) => format!("string \"{}\"", s.chars().take(80).collect::<String>()),
        Json::Array(_) => "a list".to_owned(),
        Json::Object(_) => "an object".to_owned(),
    };
    problem(problems, path, format!("invalid type: {found}, expected {expected}"))
}

// Helpers are never inlined: a copy per field of every struct would double the reader's wasm.

/// A type the reader can read. `None` means problems were recorded.
trait Read: Sized {
    fn read(value: &Json, path: &Path, problems: &mut Vec<Problem>) -> Option<Self>;
}

impl Read for String {
    fn read(value: &Json, path: &Path, problems: &mut Vec<Problem>) -> Option<Self> {
        match value {
            Json::String(text) if text.len() > limits::STRING_CHARS && text.chars().count() > limits::STRING_CHARS => {
                let message = format!("expected text of at most {} characters", limits::STRING_CHARS);
                problem(problems, path, message)
            }
            Json::String(text) => Some(text.clone()),
            other => invalid_type(other, "a string", path, problems),
        }
    }
}

impl Read for bool {
    fn read(value: &Json, path: &Path, problems: &mut Vec<Problem>) -> Option<Self> {
        match value {
            Json::Bool(b) => Some(*b),
            other => invalid_type(other, "a boolean", path, problems),
        }
    }
}

/// A whole number from 0 to `max`.
#[inline(never)]
fn whole_number(value: &Json, max: u32, path: &Path, problems: &mut Vec<Problem>) -> Option<u32> {
    match value {
        Json::Number(n) if n.fract() == 0.0 && *n >= 0.0 && *n <= f64::from(max) => Some(*n as u32),
        other => invalid_type(other, &format!("a whole number from 0 to {max}"), path, problems),
    }
}

impl Read for u32 {
    fn read(value: &Json, path: &Path, problems: &mut Vec<Problem>) -> Option<Self> {
        whole_number(value, u32::MAX, path, problems)
    }
}

impl Read for u16 {
    fn read(value: &Json, path: &Path, problems: &mut Vec<Problem>) -> Option<Self> {
        whole_number(value, u16::MAX.into(), path, problems).map(|n| n as u16)
    }
}

impl Read for u8 {
    fn read(value: &Json, path: &Path, problems: &mut Vec<Problem>) -> Option<Self> {
        whole_number(value, u8::MAX.into(), path, problems).map(|n| n as u8)
    }
}

/// `null` is "not given", as for a missing field.
impl<T: Read> Read for Option<T> {
    fn read(value: &Json, path: &Path, problems: &mut Vec<Problem>) -> Option<Self> {
        match value {
            Json::Null => Some(None),
            other => T::read(other, path, problems).map(Some),
        }
    }
}

impl<T: Read> Read for Vec<T> {
    fn read(value: &Json, path: &Path, problems: &mut Vec<Problem>) -> Option<Self> {
        let Json::Array(items) = value else { return invalid_type(value, "a list", path, problems) };
        if items.len() > limits::LIST_ITEMS {
            let message = format!("expected a list of at most {} items, found {}", limits::LIST_ITEMS, items.len());
            return problem(problems, path, message);
        }
        let mut all_read = true;
        let mut out = Vec::with_capacity(items.len());
        for (index, item) in items.iter().enumerate() {
            match T::read(item, &Path::Index(path, index), problems) {
                Some(read) => out.push(read),
                None => all_read = false,
            }
        }
        all_read.then_some(out)
    }
}

impl<T: Read> Read for SmallMap<String, T> {
    fn read(value: &Json, path: &Path, problems: &mut Vec<Problem>) -> Option<Self> {
        let entries = object(value, None, path, problems)?;
        let mut all_read = true;
        let mut out = SmallMap::new();
        for (key, item) in entries {
            match T::read(item, &Path::Key(path, key), problems) {
                Some(read) => {
                    out.insert(key.clone(), read);
                }
                None => all_read = false,
            }
        }
        all_read.then_some(out)
    }
}

impl Read for mrcc_model::UiTable {
    fn read(value: &Json, path: &Path, problems: &mut Vec<Problem>) -> Option<Self> {
        SmallMap::read(value, path, problems).map(mrcc_model::UiTable)
    }
}

/// The entries of an object, after reporting keys that are repeated or, when `fields` is given,
/// not among them (a misspelt field would otherwise silently drop an editor's text).
#[inline(never)]
fn object<'v>(
    value: &'v Json,
    fields: Option<&[&str]>,
    path: &Path,
    problems: &mut Vec<Problem>,
) -> Option<&'v [(String, Json)]> {
    let Json::Object(entries) = value else { return invalid_type(value, "an object", path, problems) };
    if entries.len() > limits::OBJECT_FIELDS {
        let message =
            format!("expected an object of at most {} fields, found {}", limits::OBJECT_FIELDS, entries.len());
        return problem(problems, path, message);
    }
    if entries.iter().any(|(key, _)| key.len() > limits::KEY_CHARS && key.chars().count() > limits::KEY_CHARS) {
        let message = format!("expected keys of at most {} characters", limits::KEY_CHARS);
        return problem(problems, path, message);
    }
    // Repeated keys by a sorted set (a binary search each), not by comparing each key with
    // every earlier one: with at most 500 fields, linear in practice.
    let mut seen = SmallSet::new();
    let repeated: Vec<bool> = entries.iter().map(|(key, _)| !seen.insert(key.as_str())).collect();
    let mut expected = String::new();
    for ((key, _), repeated) in entries.iter().zip(repeated) {
        let at = Path::Key(path, key);
        if repeated {
            problem::<()>(problems, &at, format!("duplicate field `{key}`"));
        } else if let Some(fields) = fields.filter(|fields| !fields.contains(&key.as_str())) {
            if expected.is_empty() {
                expected = fields.iter().map(|field| format!("`{field}`")).collect::<Vec<_>>().join(", ");
            }
            problem::<()>(problems, &at, format!("unknown field `{key}`, expected one of {expected}"));
        }
    }
    Some(entries)
}

/// A field to fill: any readable type, behind one vtable per type rather than code per field.
trait Slot {
    /// Reads `value` into the field; `false` means problems were recorded.
    fn fill(&mut self, value: &Json, path: &Path, problems: &mut Vec<Problem>) -> bool;
}

impl<T: Read> Slot for T {
    fn fill(&mut self, value: &Json, path: &Path, problems: &mut Vec<Problem>) -> bool {
        T::read(value, path, problems).map(|read| *self = read).is_some()
    }
}

/// Reads an object's fields into `slots`, in the order of `names`: the first `required` must be
/// present, the others keep their default when missing. Every field is read, so that all
/// problems are found. Not generic: one copy serves every struct of the model.
#[inline(never)]
fn read_fields(
    value: &Json,
    names: &[&str],
    required: usize,
    slots: &mut [&mut dyn Slot],
    path: &Path,
    problems: &mut Vec<Problem>,
) -> bool {
    let Some(entries) = object(value, Some(names), path, problems) else { return false };
    let mut all_read = true;
    for (index, (name, slot)) in names.iter().zip(slots.iter_mut()).enumerate() {
        match entries.iter().find(|(key, _)| key == name) {
            Some((key, value)) => all_read &= slot.fill(value, &Path::Key(path, key), problems),
            None if index < required => {
                problem::<()>(problems, path, format!("missing field `{name}`"));
                all_read = false;
            }
            None => {}
        }
    }
    all_read
}

/// One of a fixed set of strings, such as a fit or a category.
#[inline(never)]
fn variant<T: Copy>(value: &Json, table: &[(&str, T)], path: &Path, problems: &mut Vec<Problem>) -> Option<T> {
    let text = String::read(value, path, problems)?;
    if let Some((_, variant)) = table.iter().find(|(name, _)| *name == text) {
        return Some(*variant);
    }
    let expected = table.iter().map(|(name, _)| format!("`{name}`")).collect::<Vec<_>>().join(", ");
    problem(problems, path, format!("unknown variant `{text}`, expected one of {expected}"))
}

/// Implements [`Read`] for a struct from its required fields and the fields that default when
/// missing: the struct starts as its `Default`, a placeholder that is returned only once every
/// field has been read.
macro_rules! read_struct {
    ($name:ident { $($field:ident),* $(,)? } $(defaults { $($default:ident),* $(,)? })? $(unpacked { $($unpacked:ident),* $(,)? })?) => {
        impl Read for $name {
            fn read(value: &Json, path: &Path, problems: &mut Vec<Problem>) -> Option<Self> {
                const NAMES: &[&str] = &[$(stringify!($field),)* $($(stringify!($default),)*)? $($(stringify!($unpacked),)*)?];
                const REQUIRED: usize = [$(stringify!($field)),*].len();
                let mut out = $name::default();
                let $name { $($field,)* $($($default,)*)? $($($unpacked,)*)? } = &mut out;
                let slots: &mut [&mut dyn Slot] = &mut [$($field,)* $($($default,)*)? $($($unpacked,)*)?];
                read_fields(value, NAMES, REQUIRED, slots, path, problems).then_some(out)
            }
        }
    };
}

macro_rules! read_enum {
    ($name:ident { $($text:literal => $variant:ident),* $(,)? }) => {
        impl Read for $name {
            fn read(value: &Json, path: &Path, problems: &mut Vec<Problem>) -> Option<Self> {
                variant(value, &[$(($text, $name::$variant)),*], path, problems)
            }
        }
    };
}

mrcc_model::for_each_struct!(read_struct);
mrcc_model::for_each_enum!(read_enum);
