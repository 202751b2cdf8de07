//! Writes the stylesheet the wasm embeds into `OUT_DIR`, without comments and indentation:
//! `ui/styles.css` stays readable.

use std::{env, fs, path::PathBuf};

fn main() {
    embed("ui/styles.css", "styles.min.css", minify_css);
}

/// Writes `transform` of the file at `source` to `OUT_DIR/name`. A build script may panic: it
/// stops the build with the message, which is what we want.
fn embed(source: &str, name: &str, transform: fn(&str) -> String) {
    println!("cargo:rerun-if-changed={source}");
    let text = fs::read_to_string(source).unwrap_or_else(|error| panic!("{source} is unreadable: {error}"));
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join(name);
    fs::write(out, transform(&text)).expect("OUT_DIR is writable");
}

/// CSS without comments, with each run of whitespace made one space, and none next to
/// `{ } ;` where it never matters. Quoted strings are copied as they are. Deliberately simple:
/// no space goes where it could change a selector (`a :hover`) or a `var()` fallback, which
/// keeps its spaces.
fn minify_css(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut pending_space = false;
    while let Some(c) = chars.next() {
        if c == '/' && chars.peek() == Some(&'*') {
            chars.next();
            let mut last = ' ';
            for c in chars.by_ref() {
                if last == '*' && c == '/' {
                    break;
                }
                last = c;
            }
            pending_space = true;
            continue;
        }
        if c.is_whitespace() {
            pending_space = true;
            continue;
        }
        let tight = |c: char| matches!(c, '{' | '}' | ';');
        if pending_space && !out.is_empty() && !tight(c) && !out.ends_with(tight) {
            out.push(' ');
        }
        pending_space = false;
        out.push(c);
        if c == '"' || c == '\'' {
            for inner in chars.by_ref() {
                out.push(inner);
                if inner == c {
                    break;
                }
            }
        }
    }
    out
}
