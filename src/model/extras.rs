//! The dataset's optional sections that only the element's modules read: the knowledge check
//! (`knowledge`) and the page for the care team (`care_team`).
//!
//! Why as JSON text. Both are shown by modules of the element loaded on first use
//! (`mrcc-explorer-knowledge.js`, `mrcc-explorer-care.js`), which build their controls with DOM
//! calls, as the share module does (`src/core/ui/boxes.rs` says why). Packed field by field, the
//! core would carry code to unpack them and more to hand them to JavaScript, for text it never
//! shows (as a field of its own and an export, 0.6 KB of brotli at start). So the packer writes
//! them as one JSON text ([`carry`]) into the interface table under [`KEY`], which is not an
//! interface key (a dataset's `ui` cannot set it): packed after the interface strings, it is the
//! last text of the details pack. The core carries it with the other strings (its `text`
//! gives it to the modules), and a module reads another language's from that pack's bytes for
//! the care team's page. The reader and the validator (`mrcc-check`) read and check both
//! sections as typed parts like the rest of the model.

/// Where the packer puts the extras in the interface table (`ui`): not an interface key.
pub const KEY: &str = "extras";

/// The words of the knowledge check, by key: each is required.
pub const KNOWLEDGE_LABELS: &[&str] = &["check", "right", "wrong", "score", "summary", "again"];

/// The words of the page for the care team, by key: each is required.
pub const CARE_TEAM_LABELS: &[&str] = &[
    "answers",
    "signs",
    "discuss",
    "leaning_mark",
    "compared_mark",
    "values",
    "sure",
    "sure_score",
    "leaning",
    "unsure",
    "questions",
    "knowledge",
    "note",
    "copy",
    "copied",
    "copy_failed",
    "not_answered",
    "none",
];

#[cfg(feature = "sections")]
pub use write::carry;

/// The JSON writer: only where the typed sections are (the packer, the validator module).
#[cfg(feature = "sections")]
mod write {
    use super::KEY;
    use crate::dataset::{CareCriterion, CareTeam, Dataset, Knowledge, KnowledgeChoice, KnowledgeQuestion};
    use crate::small_map::SmallMap;

    /// Writes `knowledge` and `care_team` into the interface table under [`KEY`], as one JSON
    /// object. Leaves the table as it is when the dataset has neither: a dataset unpacked from a
    /// pack has them only as that text.
    pub fn carry(dataset: &mut Dataset) {
        if dataset.knowledge.is_none() && dataset.care_team.is_none() {
            return;
        }
        let mut out = String::from("{");
        if let Some(knowledge) = &dataset.knowledge {
            out += "\"knowledge\":";
            knowledge.write(&mut out);
        }
        if let Some(care_team) = &dataset.care_team {
            if dataset.knowledge.is_some() {
                out.push(',');
            }
            out += "\"care_team\":";
            care_team.write(&mut out);
        }
        out.push('}');
        dataset.ui.insert(KEY.to_owned(), out);
    }

    /// A value written as JSON.
    trait Write {
        fn write(&self, out: &mut String);
    }

    impl Write for String {
        fn write(&self, out: &mut String) {
            out.push('"');
            for c in self.chars() {
                match c {
                    '"' => out.push_str("\\\""),
                    '\\' => out.push_str("\\\\"),
                    c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
                    c => out.push(c),
                }
            }
            out.push('"');
        }
    }

    impl<T: Write> Write for Vec<T> {
        fn write(&self, out: &mut String) {
            out.push('[');
            for (i, item) in self.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                item.write(out);
            }
            out.push(']');
        }
    }

    impl<T: Write> Write for SmallMap<String, T> {
        fn write(&self, out: &mut String) {
            out.push('{');
            for (i, (key, value)) in self.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                key.write(out);
                out.push(':');
                value.write(out);
            }
            out.push('}');
        }
    }

    /// Writes a struct as an object of its fields, named as in the JSON format.
    macro_rules! write_struct {
    ($name:ident { $($field:ident),* }) => {
        impl Write for $name {
            fn write(&self, out: &mut String) {
                let $name { $($field),* } = self;
                let fields: &[(&str, &dyn Write)] = &[$((stringify!($field), $field)),*];
                out.push('{');
                for (i, (name, value)) in fields.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    out.push('"');
                    out.push_str(name);
                    out.push_str("\":");
                    value.write(out);
                }
                out.push('}');
            }
        }
    };
}

    write_struct!(Knowledge { title, intro, labels, questions });
    write_struct!(KnowledgeQuestion { id, question, choices, answer, explanation, sources });
    write_struct!(KnowledgeChoice { id, text });
    write_struct!(CareTeam { title, intro, labels, criteria, imdc, options, values });
    write_struct!(CareCriterion { label, choices });
}
