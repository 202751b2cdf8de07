//! The packed form of a validated [`Dataset`]: what the widget's core reads in the browser.
//!
//! Why: reading JSON with every check an editor needs (`mrcc-check`'s reader and validator)
//! was 10 KB of the core's compressed wasm, and every page paid
//! for it although the built-in content is checked when the package is built. So datasets reach
//! the core packed: the built-in ones by `mrcc-content pack` at build time, a host's own by the
//! separate validator module, only on pages that use one. The format is private to one version
//! of the widget (the header says which); nothing else reads it.
//!
//! Layout: the header, then each struct's fields in the order
//! [`for_each_struct!`](crate::for_each_struct) lists them; a number is LEB128, a string its
//! UTF-8 then a 0 byte, a list or map its length then its items, an option a 0/1 byte then the
//! value, an enum its variant's position. Unpacking checks every length against what is left
//! and refuses trailing bytes: damaged input gives `None`, never a panic or a huge allocation.

use crate::dataset::*;
use crate::small_map::SmallMap;

/// Magic bytes, then the widget version: a pack from another version is refused, not misread.
const HEADER: &[u8] = concat!("mrcc-pack ", env!("CARGO_PKG_VERSION"), "\n").as_bytes();

/// The packed bytes of `dataset`, which should have passed validation.
pub fn pack(dataset: &Dataset) -> Vec<u8> {
    let mut out = HEADER.to_vec();
    dataset.pack(&mut out);
    out
}

/// The dataset in `bytes`; `None` if they are not a complete pack of this version.
// `#[inline]` compiles it in the core, with the core's copies of the generic code it shares
// (drops, `Vec`), instead of a second set in this crate: 125 bytes brotli for the four.
#[inline]
pub fn unpack(bytes: &[u8]) -> Option<Dataset> {
    let mut input = Input(bytes.strip_prefix(HEADER)?);
    let dataset = Dataset::unpack(&mut input)?;
    input.0.is_empty().then_some(dataset)
}

/// What is left to unpack.
struct Input<'a>(&'a [u8]);

impl<'a> Input<'a> {
    #[inline(never)]
    fn byte(&mut self) -> Option<u8> {
        let (&first, rest) = self.0.split_first()?;
        self.0 = rest;
        Some(first)
    }

    #[inline(never)]
    fn number(&mut self) -> Option<u32> {
        let mut value: u32 = 0;
        for shift in (0..35).step_by(7) {
            let byte = self.byte()?;
            value |= u32::from(byte & 0x7f).checked_shl(shift)?;
            if byte & 0x80 == 0 {
                return Some(value);
            }
        }
        None
    }

    /// A length that the remaining input can hold (every item takes at least one byte).
    #[inline(never)]
    fn length(&mut self) -> Option<usize> {
        let length = self.number()? as usize;
        (length <= self.0.len()).then_some(length)
    }
}

#[inline(never)]
fn write_number(out: &mut Vec<u8>, mut value: u32) {
    while value >= 0x80 {
        out.push((value as u8 & 0x7f) | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

fn write_length(out: &mut Vec<u8>, length: usize) {
    // Datasets are far below 4 GB; a longer item could not have been read from JSON here.
    write_number(out, u32::try_from(length).unwrap_or(u32::MAX));
}

trait Pack: Sized {
    fn pack(&self, out: &mut Vec<u8>);
    fn unpack(input: &mut Input) -> Option<Self>;
}

/// A string is its UTF-8 bytes and a 0 byte: a length before each string made the packed text
/// compress 8% worse. A NUL within the text is written as 0xFF, a byte UTF-8 never uses.
impl Pack for String {
    fn pack(&self, out: &mut Vec<u8>) {
        out.extend(self.bytes().map(|byte| if byte == 0 { NUL_IN_TEXT } else { byte }));
        out.push(0);
    }
    fn unpack(input: &mut Input) -> Option<Self> {
        let end = input.0.iter().position(|&byte| byte == 0)?;
        let text = input.0.get(..end)?;
        input.0 = input.0.get(end + 1..)?;
        let bytes = text.iter().map(|&byte| if byte == NUL_IN_TEXT { 0 } else { byte }).collect();
        String::from_utf8(bytes).ok()
    }
}

const NUL_IN_TEXT: u8 = 0xff;

impl Pack for bool {
    fn pack(&self, out: &mut Vec<u8>) {
        out.push(u8::from(*self));
    }
    fn unpack(input: &mut Input) -> Option<Self> {
        match input.byte()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }
}

macro_rules! pack_number {
    ($($type:ty),*) => {$(
        impl Pack for $type {
            fn pack(&self, out: &mut Vec<u8>) {
                write_number(out, u32::from(*self));
            }
            fn unpack(input: &mut Input) -> Option<Self> {
                <$type>::try_from(input.number()?).ok()
            }
        }
    )*};
}
pack_number!(u8, u16, u32);

impl<T: Pack> Pack for Option<T> {
    fn pack(&self, out: &mut Vec<u8>) {
        match self {
            None => out.push(0),
            Some(value) => {
                out.push(1);
                value.pack(out);
            }
        }
    }
    fn unpack(input: &mut Input) -> Option<Self> {
        match input.byte()? {
            0 => Some(None),
            1 => T::unpack(input).map(Some),
            _ => None,
        }
    }
}

impl<T: Pack> Pack for Vec<T> {
    fn pack(&self, out: &mut Vec<u8>) {
        write_length(out, self.len());
        for item in self {
            item.pack(out);
        }
    }
    fn unpack(input: &mut Input) -> Option<Self> {
        let length = input.length()?;
        let mut items = Vec::new();
        for _ in 0..length {
            items.push(T::unpack(input)?);
        }
        Some(items)
    }
}

impl<T: Pack> Pack for SmallMap<String, T> {
    fn pack(&self, out: &mut Vec<u8>) {
        write_length(out, self.len());
        for (key, value) in self.iter() {
            key.pack(out);
            value.pack(out);
        }
    }
    fn unpack(input: &mut Input) -> Option<Self> {
        let mut map = SmallMap::new();
        for _ in 0..input.length()? {
            let key = String::unpack(input)?;
            let value = T::unpack(input)?;
            map.insert(key, value);
        }
        Some(map)
    }
}

/// The interface strings as one text per known key, in the keys' order, an empty text for a
/// missing key: no key names in the pack. Keys the widget does not know (the validator warns of
/// them) are left out.
/// The interface strings by position, then the dataset's extras ([`crate::extras`]): the last
/// text of every pack, which the element's modules may read from a pack's bytes.
impl Pack for crate::UiTable {
    fn pack(&self, out: &mut Vec<u8>) {
        for key in crate::interface::KEYS.iter().chain([&crate::extras::KEY]) {
            self.get(*key).cloned().unwrap_or_default().pack(out);
        }
    }
    fn unpack(input: &mut Input) -> Option<Self> {
        let mut table = crate::UiTable::default();
        for key in crate::interface::KEYS.iter().chain([&crate::extras::KEY]) {
            let text = String::unpack(input)?;
            if !text.is_empty() {
                table.insert((*key).to_owned(), text);
            }
        }
        Some(table)
    }
}

/// A field to fill: any packable type, behind one vtable per type rather than code per field.
trait Slot {
    fn fill(&mut self, input: &mut Input) -> Option<()>;
}

impl<T: Pack> Slot for T {
    /// Only ever fills a `Default` placeholder (see `pack_struct`), which holds no memory: it is
    /// forgotten rather than dropped, since dropping it compiled the drop code of every type of
    /// the model into each slot (a kilobyte of wasm).
    fn fill(&mut self, input: &mut Input) -> Option<()> {
        std::mem::forget(std::mem::replace(self, T::unpack(input)?));
        Some(())
    }
}

/// Fills a struct's fields in order. Not generic: one copy serves every struct of the model,
/// where unpacking each field in place cost a drop of the fields before it at every exit.
#[inline(never)]
fn fill_fields(input: &mut Input, slots: &mut [&mut dyn Slot]) -> Option<()> {
    slots.iter_mut().try_for_each(|slot| slot.fill(input))
}

/// Packs a struct's fields in the order of the model's list (`for_each_struct`); unpacking fills
/// its `Default` placeholder. The `unpacked` fields are for editors and the validator only (what a
/// figure measures, what kind a source is): the widget never shows them, so they are not packed,
/// and the widget's wasm carries no code to read them.
macro_rules! pack_struct {
    ($name:ident { $($field:ident),* $(,)? } $(defaults { $($default:ident),* $(,)? })? $(unpacked { $($unpacked:ident),* $(,)? })?) => {
        impl Pack for $name {
            fn pack(&self, out: &mut Vec<u8>) {
                let $name { $($field,)* $($($default,)*)? .. } = self;
                $($field.pack(out);)*
                $($($default.pack(out);)*)?
            }
            fn unpack(input: &mut Input) -> Option<Self> {
                let mut out = $name::default();
                let $name { $($field,)* $($($default,)*)? .. } = &mut out;
                fill_fields(input, &mut [$($field as &mut dyn Slot,)* $($($default as &mut dyn Slot,)*)?])?;
                Some(out)
            }
        }
    };
}

/// Packs an enum as its variant's position in the model's list.
macro_rules! pack_enum {
    ($name:ident { $($text:literal => $variant:ident),* $(,)? }) => {
        impl Pack for $name {
            fn pack(&self, out: &mut Vec<u8>) {
                let position = [$($name::$variant),*].iter().position(|variant| variant == self);
                out.push(position.unwrap_or_default() as u8);
            }
            fn unpack(input: &mut Input) -> Option<Self> {
                [$($name::$variant),*].get(usize::from(input.byte()?)).copied()
            }
        }
    };
}

crate::for_each_struct!(pack_struct);
crate::for_each_enum!(pack_enum);
