//! The detail of `mrcc-change`, written as JSON text for the element to parse.
//!
//! Built as a JavaScript object from the wasm, it took about 80 calls across the boundary per
//! change (an object, three properties and a string per result), a tenth of an update; as text
//! it is one string and one `JSON.parse`.

use super::results::Placed;
use crate::rules::Situation;
use mrcc_model::Dataset;

/// `{"situation": "...", "results": [{"id": "...", "fit": "...", "reasons": ["..."]}]}`: every
/// option in display order, as the element's `results` and the event's detail give them.
#[derive(Clone, Debug, PartialEq)]
pub struct ChangeDetail(pub String);

impl ChangeDetail {
    pub fn new(dataset: &Dataset, situation: &Situation, fits: &[Placed]) -> Self {
        // About 2.5 KB for the built-in content: grown once, not a dozen times.
        let mut json = String::with_capacity(256 * fits.len().max(1));
        json.push_str("{\"situation\":");
        push_string(&mut json, &situation.to_query(dataset));
        json.push_str(",\"results\":[");
        let options = fits.iter().filter_map(|fit| Some((dataset.options.get(fit.index)?, fit)));
        for (n, (option, fit)) in options.enumerate() {
            json.push_str(if n == 0 { "{\"id\":" } else { ",{\"id\":" });
            push_string(&mut json, &option.id);
            json.push_str(",\"fit\":");
            push_string(&mut json, fit.fit.as_str());
            json.push_str(",\"reasons\":[");
            for (n, reason) in fit.reasons.iter().enumerate() {
                if n > 0 {
                    json.push(',');
                }
                push_string(&mut json, reason);
            }
            json.push_str("]}");
        }
        json.push_str("]}");
        ChangeDetail(json)
    }
}

/// `text` as a JSON string: quotes, backslashes and control characters escaped. Scanned by
/// bytes, copying the runs between escapes at once: each of those is ASCII, so a run never
/// splits a character (a loop over `chars` was a tenth of an early update, before the wasm
/// was optimized).
fn push_string(json: &mut String, text: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    json.push('"');
    let mut run = 0;
    for (at, &byte) in text.as_bytes().iter().enumerate() {
        if byte == b'"' || byte == b'\\' || byte < b' ' {
            json.push_str(text.get(run..at).unwrap_or_default());
            if byte < b' ' {
                json.push_str("\\u00");
                json.push(HEX[usize::from(byte >> 4)] as char);
                json.push(HEX[usize::from(byte & 15)] as char);
            } else {
                json.push('\\');
                json.push(byte as char);
            }
            run = at + 1;
        }
    }
    json.push_str(text.get(run..).unwrap_or_default());
    json.push('"');
}

#[cfg(test)]
mod tests {
    use super::push_string;

    #[test]
    fn strings_are_escaped() {
        let mut json = String::new();
        push_string(&mut json, "a \"b\" \\ c\nd\u{1}é");
        assert_eq!(json, r#""a \"b\" \\ c\u000ad\u0001é""#);
    }
}
