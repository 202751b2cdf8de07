//! Checks that serde cannot express: ids, empty text, safe links, the schema version.
//!
//! Every problem is collected (not just the first) so an editor can fix them all in one pass,
//! and each names the JSON path it is about.

use std::collections::HashSet;
use std::fmt;

use super::{Dataset, SCHEMA_VERSION};

/// One thing wrong with a dataset: where, and what was expected there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// JSON path, e.g. `options[2].id`.
    pub path: String,
    pub expected: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: expected {}", self.path, self.expected)
    }
}

/// Returns `url` if it may become a link: only http(s), mailto and tel.
/// Anything else (`javascript:`, `data:`, relative paths) is refused, so dataset or
/// attribute text can never run script when clicked.
pub fn safe_href(url: &str) -> Option<&str> {
    let trimmed = url.trim();
    let scheme_end = trimmed.find(':')?;
    let scheme = &trimmed[..scheme_end];
    let allowed = ["http", "https", "mailto", "tel"];
    let ok = allowed.iter().any(|a| a.eq_ignore_ascii_case(scheme));
    let has_target = trimmed.len() > scheme_end + 1;
    (ok && has_target).then_some(trimmed)
}

/// Every semantic problem in `dataset`; empty when it is fit to show.
pub fn validate(dataset: &Dataset) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut problem = |path: String, expected: &str| {
        problems.push(Problem { path, expected: expected.to_owned() })
    };

    if dataset.schema_version != SCHEMA_VERSION {
        problem("schema_version".into(), "1, the schema version this widget reads");
    }
    let required = [
        ("language", &dataset.language),
        ("title", &dataset.title),
        ("reviewed", &dataset.reviewed),
        ("options_heading", &dataset.options_heading),
        ("disclaimer", &dataset.disclaimer),
        ("source.title", &dataset.source.title),
        ("source.publisher", &dataset.source.publisher),
    ];
    for (path, text) in required {
        if text.trim().is_empty() {
            problem(path.into(), "non-empty text");
        }
    }
    if !is_iso_date(&dataset.reviewed) {
        problem("reviewed".into(), "a date written YYYY-MM-DD");
    }
    for (i, paragraph) in dataset.intro.iter().enumerate() {
        if paragraph.trim().is_empty() {
            problem(format!("intro[{i}]"), "non-empty text");
        }
    }

    if dataset.options.is_empty() {
        problem("options".into(), "at least one treatment option");
    }
    let mut seen = HashSet::new();
    for (i, option) in dataset.options.iter().enumerate() {
        if !is_id(&option.id) {
            problem(format!("options[{i}].id"), "an id of lowercase letters, digits and hyphens");
        } else if !seen.insert(option.id.as_str()) {
            problem(format!("options[{i}].id"), "an id not used by another option");
        }
        for (field, text) in [("name", &option.name), ("text", &option.text)] {
            if text.trim().is_empty() {
                problem(format!("options[{i}].{field}"), "non-empty text");
            }
        }
    }

    let mut seen_links = HashSet::new();
    for (i, link) in dataset.links.iter().enumerate() {
        if !is_id(&link.id) || !seen_links.insert(link.id.as_str()) {
            problem(format!("links[{i}].id"), "a unique id of lowercase letters, digits and hyphens");
        }
        if link.label.trim().is_empty() {
            problem(format!("links[{i}].label"), "non-empty text");
        }
        if let Some(url) = &link.url {
            if safe_href(url).is_none() {
                problem(format!("links[{i}].url"), "an http(s), mailto or tel link");
            }
        }
    }
    if let Some(url) = &dataset.source.url {
        if safe_href(url).is_none() {
            problem("source.url".into(), "an http(s), mailto or tel link");
        }
    }
    problems
}

fn is_id(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn is_iso_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| match i {
            4 | 7 => *b == b'-',
            _ => b.is_ascii_digit(),
        })
}
