//! Where a value is in a dataset, written as the editors' messages write it: `options[2].id`.
//!
//! The reader and the validator build a path as they descend, one node on the stack per level,
//! and write it out only for a problem: formatting a path for every field they check cost an
//! allocation each time and kilobytes of wasm.

/// A chain of keys and indexes up to the root.
#[derive(Clone, Copy)]
pub enum Path<'a> {
    Root,
    /// A key may hold dots (`"meta.language"`): it is written as it is.
    Key(&'a Path<'a>, &'a str),
    Index(&'a Path<'a>, usize),
}

impl<'a> Path<'a> {
    pub fn key<'b>(&'b self, key: &'b str) -> Path<'b>
    where
        'a: 'b,
    {
        Path::Key(self, key)
    }

    pub fn index<'b>(&'b self, index: usize) -> Path<'b>
    where
        'a: 'b,
    {
        Path::Index(self, index)
    }

    /// The path as text; `dataset` for the root.
    pub fn render(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        if out.is_empty() {
            out.push_str("dataset");
        }
        out
    }

    fn write(&self, out: &mut String) {
        match self {
            Path::Root => {}
            Path::Key(parent, key) => {
                parent.write(out);
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Path::Index(parent, index) => {
                parent.write(out);
                out.push('[');
                out.push_str(&index.to_string());
                out.push(']');
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Path;

    #[test]
    fn writes_keys_with_dots_and_indexes_in_brackets() {
        assert_eq!(Path::Root.render(), "dataset");
        let options = Path::Root.key("options");
        let option = options.index(2);
        assert_eq!(option.key("when").key("histology").index(0).render(), "options[2].when.histology[0]");
        assert_eq!(Path::Root.key("meta.language").render(), "meta.language");
        assert_eq!(Path::Root.index(3).render(), "[3]");
    }
}
