//! Writes the built-in English dataset without its indentation into `OUT_DIR`, for the wasm to
//! embed: 12 KB less wasm to download and keep in memory, while `content/en.json` stays readable
//! for editors.

use std::{env, fs, path::PathBuf};

fn main() {
    println!("cargo:rerun-if-changed=content/en.json");
    // A build script may panic: it stops the build with the message, which is what we want.
    let text = fs::read_to_string("content/en.json").expect("content/en.json is readable");
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("en.compact.json");
    fs::write(out, compact(&text)).expect("OUT_DIR is writable");
}

/// JSON without the whitespace between tokens; strings are copied as they are.
fn compact(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if c == '"' {
            in_string = true;
            out.push(c);
        } else if !c.is_whitespace() {
            out.push(c);
        }
    }
    out
}
