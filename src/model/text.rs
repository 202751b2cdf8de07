//! Small text helpers: which links may be followed ([`safe_href`]), and case folding that keeps
//! Unicode's big tables out of the wasm.
//!
//! `str::to_lowercase` and `char::is_alphanumeric` bring about 11 KB of tables into the build.
//! Glossary matching only needs case folding for the alphabets datasets are written in, and it
//! needs it to keep byte offsets: these fold only letters whose lowercase has the same UTF-8
//! length (Latin, Greek, Cyrillic), and leave every other character as it is.

/// `c` in lowercase, for Latin (ASCII, Latin-1, Latin Extended-A), Greek and Cyrillic capitals.
/// `items` joined by `separator`. One plain function for every kind of item: the standard
/// `join` is compiled once per item type (about 1.1 KB of wasm for the widget's few uses).
pub fn join<T: AsRef<str>>(items: &[T], separator: &str) -> String {
    let mut joined = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            joined.push_str(separator);
        }
        joined.push_str(item.as_ref());
    }
    joined
}

pub fn fold_char(c: char) -> char {
    let code = c as u32;
    let folded = match code {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x391..=0x3A1 | 0x3A3..=0x3AB | 0x410..=0x42F => code + 0x20,
        0x400..=0x40F => code + 0x50,
        0x178 => 0xFF, // Ÿ
        // Latin Extended-A pairs capital and small letters as even and odd code points
        // (except the dotted capital I, whose lowercase is ASCII).
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 if code % 2 == 0 => code + 1,
        0x139..=0x148 | 0x179..=0x17E if code % 2 == 1 => code + 1,
        _ => code,
    };
    char::from_u32(folded).unwrap_or(c)
}

/// `text` with [`fold_char`] applied: the same length in bytes, so offsets carry over.
// `#[inline]` compiles it in the core, with the core's copies of the generic code it shares
// (drops, `Vec`), instead of a second set in this crate: 125 bytes brotli for the four.
#[inline]
pub fn fold_case(text: &str) -> String {
    text.chars().map(fold_char).collect()
}

/// Whether `c` can be part of a word: ASCII letters and digits, and letters of other alphabets
/// (everything from U+00C0 up to the punctuation block at U+2000, except × and ÷).
pub fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || (('\u{C0}'..'\u{2000}').contains(&c) && c != '×' && c != '÷')
}

/// Returns `url` if it may become a link: only https, mailto and tel (plain http neither: a
/// reader on a hospital page must not be sent where the connection can be read or changed).
/// Anything else (`javascript:`, `data:`, relative paths) is refused, so dataset or
/// attribute text can never run script when clicked.
// `#[inline]` compiles it in the core, with the core's copies of the generic code it shares
// (drops, `Vec`), instead of a second set in this crate: 125 bytes brotli for the four.
#[inline]
pub fn safe_href(url: &str) -> Option<&str> {
    let trimmed = url.trim();
    let (scheme, rest) = trimmed.split_once(':')?;
    let allowed = ["https", "mailto", "tel"];
    let ok = allowed.iter().any(|a| a.eq_ignore_ascii_case(scheme));
    (ok && !rest.is_empty()).then_some(trimmed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_like_the_standard_library_and_keeps_lengths() {
        for c in ('\0'..='\u{52F}').filter(|c| fold_char(*c) != *c) {
            let standard: String = c.to_lowercase().collect();
            assert_eq!(fold_char(c).to_string(), standard, "{c} U+{:04X}", c as u32);
            assert_eq!(fold_char(c).len_utf8(), c.len_utf8());
        }
        assert_eq!(fold_case("ÁRBOL Ñandú Ωμέγα ДОМ İ"), "árbol ñandú ωμέγα дом İ");
        // Every uppercase letter of Spanish, English and the other Latin alphabets of
        // Latin-1 and Extended-A is folded.
        for c in ('A'..='\u{17F}').filter(|c| c.is_uppercase() && *c != 'İ') {
            assert_ne!(fold_char(c), c, "{c} U+{:04X}", c as u32);
        }
    }

    #[test]
    fn word_characters() {
        for c in ['a', 'Z', '7', 'ñ', 'É', 'ü', 'ω', 'д'] {
            assert!(is_word_char(c), "{c}");
        }
        for c in [' ', '-', '.', ',', '(', '’', '”', '—', '×', '¿', '¡'] {
            assert!(!is_word_char(c), "{c}");
        }
    }
}
