//! A JSON value as a plain tree, the input of the dataset [reader](crate::read), and the one
//! parser that makes it from text.
//!
//! Why a parser of our own: the editors' CLI and the widget's validator module must read a
//! dataset the same way. The browser's `JSON.parse` keeps only the last of two equal keys, so
//! an editor's text could silently vanish in the browser while the CLI reported it; serde_json
//! would add about 56 KB to the validator module. Objects keep their entries in order,
//! duplicates included, so the reader reports a repeated key on both sides.

/// A parsed JSON value. Numbers are `f64`, as in JavaScript.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

impl Json {
    /// The value of `key` in an object (the first, if repeated); `None` for another value.
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(entries) => entries.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
}

/// Deeper than any dataset needs; the limit keeps hostile input from exhausting the stack.
pub const MAX_DEPTH: usize = 64;

/// Parses JSON text (RFC 8259). The error names the line and column (both from 1).
pub fn parse(text: &str) -> Result<Json, String> {
    parse_with(text, |number| number.parse().ok())
}

/// [`parse`] with another way to turn the text of a number (already checked against JSON's
/// grammar) into an `f64`. The validator module passes JavaScript's `parseFloat`: Rust's own
/// float parser would add about 18 KB brotli to it.
pub fn parse_with(text: &str, to_f64: fn(&str) -> Option<f64>) -> Result<Json, String> {
    let mut parser = Parser { text, at: 0, to_f64 };
    let value = parser.value(MAX_DEPTH)?;
    parser.space();
    if parser.at < text.len() {
        return Err(parser.error("unexpected text after the JSON value"));
    }
    Ok(value)
}

struct Parser<'a> {
    text: &'a str,
    /// Byte offset of the next character.
    at: usize,
    to_f64: fn(&str) -> Option<f64>,
}

impl Parser<'_> {
    fn error(&self, what: &str) -> String {
        let before = self.text.get(..self.at).unwrap_or(self.text);
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        format!("{what} at line {line} column {column}")
    }

    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> bool {
        let found = self.peek() == Some(byte);
        self.at += usize::from(found);
        found
    }

    fn word(&mut self, word: &str, value: Json) -> Result<Json, String> {
        if self.text.get(self.at..).is_some_and(|rest| rest.starts_with(word)) {
            self.at += word.len();
            Ok(value)
        } else {
            Err(self.error("expected a JSON value"))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json, String> {
        self.space();
        match self.peek() {
            None => Err(self.error("unexpected end of the text")),
            Some(b'n') => self.word("null", Json::Null),
            Some(b't') => self.word("true", Json::Bool(true)),
            Some(b'f') => self.word("false", Json::Bool(false)),
            Some(b'"') => self.string().map(Json::String),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b'[' | b'{') if depth == 0 => {
                Err(self.error(&format!("expected JSON nested at most {MAX_DEPTH} levels deep")))
            }
            Some(b'[') => self.array(depth - 1),
            Some(b'{') => self.object(depth - 1),
            Some(_) => Err(self.error("expected a JSON value")),
        }
    }

    fn array(&mut self, depth: usize) -> Result<Json, String> {
        self.at += 1;
        let mut items = Vec::new();
        self.space();
        if self.eat(b']') {
            return Ok(Json::Array(items));
        }
        loop {
            items.push(self.value(depth)?);
            self.space();
            if self.eat(b']') {
                return Ok(Json::Array(items));
            }
            if !self.eat(b',') {
                return Err(self.error("expected `,` or `]`"));
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Json, String> {
        self.at += 1;
        let mut entries = Vec::new();
        self.space();
        if self.eat(b'}') {
            return Ok(Json::Object(entries));
        }
        loop {
            self.space();
            if self.peek() != Some(b'"') {
                return Err(self.error("expected a key in double quotes"));
            }
            let key = self.string()?;
            self.space();
            if !self.eat(b':') {
                return Err(self.error("expected `:`"));
            }
            entries.push((key, self.value(depth)?));
            self.space();
            if self.eat(b'}') {
                return Ok(Json::Object(entries));
            }
            if !self.eat(b',') {
                return Err(self.error("expected `,` or `}`"));
            }
        }
    }

    /// Consumes digits; whether there was at least one.
    fn digits(&mut self) -> bool {
        let from = self.at;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
        self.at > from
    }

    fn number(&mut self) -> Result<Json, String> {
        let start = self.at;
        self.eat(b'-');
        // A leading 0 stands alone: in "012" the "12" is then unexpected text.
        if !self.eat(b'0') && !self.digits() {
            return Err(self.error("expected a number"));
        }
        if self.eat(b'.') && !self.digits() {
            return Err(self.error("expected digits after `.`"));
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if !self.eat(b'+') {
                self.eat(b'-');
            }
            if !self.digits() {
                return Err(self.error("expected digits in the exponent"));
            }
        }
        match self.text.get(start..self.at).and_then(self.to_f64) {
            Some(number) if number.is_finite() => Ok(Json::Number(number)),
            _ => Err(self.error("expected a number within range")),
        }
    }

    fn string(&mut self) -> Result<String, String> {
        self.at += 1; // the opening quote
        let mut out = String::new();
        loop {
            let rest = self.text.get(self.at..).unwrap_or_default();
            // Copy the plain run up to the next quote, backslash or control character at once
            // (all ASCII, so the run ends on a character boundary).
            let run = rest.bytes().position(|b| b == b'"' || b == b'\\' || b < b' ').unwrap_or(rest.len());
            out.push_str(rest.get(..run).unwrap_or_default());
            self.at += run;
            match self.peek() {
                None => return Err(self.error("unexpected end of the text in a string")),
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    let escaped = match self.peek() {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            self.at += 1;
                            out.push(self.unicode_escape()?);
                            continue;
                        }
                        _ => return Err(self.error("expected an escape such as \\n or \\u0041")),
                    };
                    self.at += 1;
                    out.push(escaped);
                }
                Some(_) => return Err(self.error("control characters must be escaped in a string")),
            }
        }
    }

    /// After `\u`: four hex digits, and a second `\uXXXX` for a surrogate pair.
    fn unicode_escape(&mut self) -> Result<char, String> {
        let first = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&first) {
            if !self.text.get(self.at..).is_some_and(|rest| rest.starts_with("\\u")) {
                return Err(self.error("expected the second half of a surrogate pair"));
            }
            self.at += 2;
            let second = self.hex4()?;
            if !(0xDC00..0xE000).contains(&second) {
                return Err(self.error("expected the second half of a surrogate pair"));
            }
            0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        } else {
            first
        };
        char::from_u32(code).ok_or_else(|| self.error("expected a Unicode character"))
    }

    fn hex4(&mut self) -> Result<u32, String> {
        let digits = self.text.get(self.at..self.at + 4).filter(|d| d.bytes().all(|b| b.is_ascii_hexdigit()));
        let value = digits
            .and_then(|d| u32::from_str_radix(d, 16).ok())
            .ok_or_else(|| self.error("expected four hex digits"))?;
        self.at += 4;
        Ok(value)
    }
}
