//! Small text helpers every part of the document uses: a file's hash, an enum's JSON name, and
//! HTML escaping (the content is always text, never HTML).

use sha2::{Digest, Sha256};

/// The SHA-256 of a dataset file's bytes, in lowercase hex: the version a reviewer signs.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|byte| format!("{byte:02x}")).collect()
}

/// An enum's name in JSON (`TrialPublication` -> `trial-publication`), from its `Debug` name:
/// the model's enums are written in kebab case.
pub fn json_name(value: impl std::fmt::Debug) -> String {
    let mut out = String::new();
    for (i, c) in format!("{value:?}").chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                out.push('-');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// Text made safe inside HTML elements and attribute values: the content is always text.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
