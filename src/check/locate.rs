//! Where a problem's JSON path is in the file, as line and column: what an editor needs to go
//! to it (the CLI prints `file:line:column:`, the editor page puts the cursor there).
//!
//! Why a second walk of the text, not positions kept in [`Json`](crate::Json): the validator
//! module in the browser needs no positions (the widget shows no editor), and positions on
//! every value would grow it and every dataset's tree. Finding a path again only walks the
//! values on the way to it, once per problem.

/// The line and column (both from 1, columns in characters) where the value at `path` begins,
/// or the key that names it when `path` ends at a key (an unknown field's path). `None` when the
/// path is not in the text (a missing field's parent is found instead by its own path). The path
/// is the validator's: `options[2].figures[0].text`, `dataset` for the whole.
pub fn locate(text: &str, path: &str) -> Option<(usize, usize)> {
    let mut scan = Scan { text: text.as_bytes(), at: 0 };
    scan.space();
    let mut rest = if path == "dataset" { "" } else { path };
    let mut key_at = None;
    let mut first = true;
    while !rest.is_empty() {
        if !first {
            rest = rest.strip_prefix('.').unwrap_or(rest);
        }
        first = false;
        scan.space();
        if let Some(after) = rest.strip_prefix('[') {
            let (index, after) = after.split_once(']')?;
            let index: usize = index.parse().ok()?;
            scan.element(index)?;
            rest = after;
            key_at = None;
        } else {
            let (found, after) = scan.entry(rest)?;
            key_at = Some(found);
            rest = after;
        }
    }
    scan.space();
    let at = if scan.at >= text.len() { key_at? } else { scan.at };
    Some(position(text, at))
}

/// The line and column of a byte offset.
pub fn position(text: &str, at: usize) -> (usize, usize) {
    let before = text.get(..at).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// The line and column a JSON syntax error names ("... at line 3 column 7").
pub fn syntax_position(message: &str) -> Option<(usize, usize)> {
    let (_, rest) = message.rsplit_once(" at line ")?;
    let (line, column) = rest.split_once(" column ")?;
    Some((line.trim().parse().ok()?, column.trim().parse().ok()?))
}

struct Scan<'a> {
    text: &'a [u8],
    at: usize,
}

impl Scan<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.get(self.at).copied()
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    /// Moves to the `index`th element of the array here.
    fn element(&mut self, index: usize) -> Option<()> {
        if self.peek()? != b'[' {
            return None;
        }
        self.at += 1;
        for _ in 0..index {
            self.space();
            self.skip_value()?;
            self.space();
            if self.peek()? != b',' {
                return None;
            }
            self.at += 1;
        }
        self.space();
        (self.peek()? != b']').then_some(())
    }

    /// In the object here, finds the entry whose key starts `path` (followed by `.`, `[` or
    /// the end: keys may hold dots), the longest such key when several do (`a.b` before `a`),
    /// and moves to its value. Returns the key's offset and the rest of the path.
    fn entry<'p>(&mut self, path: &'p str) -> Option<(usize, &'p str)> {
        if self.peek()? != b'{' {
            return None;
        }
        self.at += 1;
        // (key length, key offset, value offset) of the best match so far.
        let mut best: Option<(usize, usize, usize)> = None;
        loop {
            self.space();
            if self.peek()? == b'}' {
                break;
            }
            if self.peek()? != b'"' {
                return None;
            }
            let key_at = self.at;
            let key = self.string()?;
            self.space();
            if self.peek()? != b':' {
                return None;
            }
            self.at += 1;
            self.space();
            if let Some(after) = path.strip_prefix(key.as_str()) {
                let fits = after.is_empty() || after.starts_with('.') || after.starts_with('[');
                if fits && best.is_none_or(|(length, _, _)| key.len() > length) {
                    best = Some((key.len(), key_at, self.at));
                }
            }
            self.skip_value()?;
            self.space();
            match self.peek()? {
                b',' => self.at += 1,
                b'}' => break,
                _ => return None,
            }
        }
        let (length, key_at, value_at) = best?;
        self.at = value_at;
        Some((key_at, path.get(length..)?))
    }

    /// A string's text (escapes decoded enough to compare keys).
    fn string(&mut self) -> Option<String> {
        self.at += 1;
        let mut bytes = Vec::new();
        loop {
            match self.peek()? {
                b'"' => {
                    self.at += 1;
                    return String::from_utf8(bytes).ok();
                }
                b'\\' => {
                    let escaped = *self.text.get(self.at + 1)?;
                    match escaped {
                        b'u' => {
                            let hex = std::str::from_utf8(self.text.get(self.at + 2..self.at + 6)?).ok()?;
                            let c = char::from_u32(u32::from_str_radix(hex, 16).ok()?).unwrap_or('\u{fffd}');
                            bytes.extend(c.to_string().as_bytes());
                            self.at += 6;
                        }
                        other => {
                            bytes.push(match other {
                                b'n' => b'\n',
                                b't' => b'\t',
                                b'r' => b'\r',
                                b'b' => 8,
                                b'f' => 12,
                                c => c,
                            });
                            self.at += 2;
                        }
                    }
                }
                byte => {
                    bytes.push(byte);
                    self.at += 1;
                }
            }
        }
    }

    fn skip_value(&mut self) -> Option<()> {
        match self.peek()? {
            b'"' => self.string().map(|_| ()),
            open @ (b'[' | b'{') => {
                let close = if open == b'[' { b']' } else { b'}' };
                let mut depth = 0usize;
                loop {
                    match self.peek()? {
                        b'"' => {
                            self.string()?;
                            continue;
                        }
                        b'[' | b'{' => depth += 1,
                        b']' | b'}' => {
                            depth -= 1;
                            if depth == 0 {
                                self.at += 1;
                                let _ = close;
                                return Some(());
                            }
                        }
                        _ => {}
                    }
                    self.at += 1;
                }
            }
            _ => {
                while !matches!(self.peek(), None | Some(b',' | b']' | b'}' | b' ' | b'\t' | b'\n' | b'\r')) {
                    self.at += 1;
                }
                Some(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "{\n  \"meta\": {\"title\": \"T\"},\n  \"options\": [\n    {\"id\": \"a\"},\n    {\"id\": \"b\", \"harms\": [\"x\", \"y\"]}\n  ],\n  \"ui\": {\"a.b\": \"z\"}\n}";

    #[test]
    fn finds_values_keys_and_elements() {
        assert_eq!(locate(TEXT, "dataset"), Some((1, 1)));
        assert_eq!(locate(TEXT, "meta.title"), Some((2, 21)));
        assert_eq!(locate(TEXT, "options[1]"), Some((5, 5)));
        assert_eq!(locate(TEXT, "options[1].harms[1]"), Some((5, 32)));
        assert_eq!(locate(TEXT, "ui.a.b"), Some((7, 17)));
        assert_eq!(locate(TEXT, "options[2]"), None);
        assert_eq!(locate(TEXT, "nothing"), None);
        // The longest key that starts the path wins, wherever it is in the object.
        let dotted = "{\"a\": {\"b\": 1}, \"a.b\": 2}";
        assert_eq!(locate(dotted, "a.b"), Some((1, 24)));
        assert_eq!(locate(dotted, "a"), Some((1, 7)));
        // A merged dataset's path is not looked for in an overlay.
        assert_eq!(locate(TEXT, "(with the overlay) meta.title"), None);
    }

    #[test]
    fn reads_the_syntax_errors_position() {
        assert_eq!(syntax_position("expected a value at line 3 column 7"), Some((3, 7)));
        assert_eq!(syntax_position("no position"), None);
    }
}

/// Where `problem` is in `text`: a syntax error's own position, else its path's.
pub fn problem_position(text: &str, problem: &mrcc_model::Problem) -> Option<(usize, usize)> {
    if problem.path.starts_with(crate::parse::MERGED) {
        return None;
    }
    if problem.path == "dataset" {
        if let Some(position) = syntax_position(&problem.message) {
            return Some(position);
        }
    }
    locate(text, &problem.path)
}

/// A problem as editors read it, the same in the CLI and on the editor page:
/// `file:line:column: error: path: message` (without line and column when the path is not in
/// the text, as for a field the overlay adds).
pub fn problem_line(file: &str, text: &str, problem: &mrcc_model::Problem) -> String {
    match problem_position(text, problem) {
        Some((line, column)) => format!("{file}:{line}:{column}: {problem}"),
        None => format!("{file}: {problem}"),
    }
}
