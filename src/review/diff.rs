//! What changed between two versions of a dataset, so that a hospital re-reviews the change,
//! not the whole.
//!
//! Texts are compared by their id-based keys ([`crate::passages`]): an inserted option or
//! source does not make the ones after it look changed. Figures, rules and sources are compared
//! whole (any field), each listed once; their texts are not listed again as sentences. The fits
//! are compared over the same situations ([`crate::matrix`]), so a reviewer sees what a rule
//! change does to readers, not only that a rule changed.

use std::fmt;

use mrcc_core::rules::{evaluate, Situation};
use mrcc_model::small_map::SmallMap;
use mrcc_model::{Dataset, Figure, FitRule, Source};

use crate::matrix::{matrix, Expected};
use crate::passages::passages;

/// What kind of thing changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum What {
    Sentence,
    /// What is not a text: an option's category, its fit when no rule applies, the sources an
    /// option, the condition or the risk checklist cites.
    Setting,
    Figure,
    Rule,
    Source,
    Fit,
}

impl What {
    pub fn as_str(self) -> &'static str {
        match self {
            What::Sentence => "sentence",
            What::Setting => "setting",
            What::Figure => "figure",
            What::Rule => "rule",
            What::Source => "source",
            What::Fit => "fit",
        }
    }
}

/// One change: `old` is `None` for something added, `new` for something removed.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    pub what: What,
    pub key: String,
    pub old: Option<String>,
    pub new: Option<String>,
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let how = match (&self.old, &self.new) {
            (None, _) => "added",
            (_, None) => "removed",
            _ => "changed",
        };
        write!(f, "{} {how}: {}", self.what.as_str(), self.key)?;
        if let Some(old) = &self.old {
            write!(f, "\n  - {old}")?;
        }
        if let Some(new) = &self.new {
            write!(f, "\n  + {new}")?;
        }
        Ok(())
    }
}

/// Every change from `old` to `new`: sentences, figures, rules, sources, then the fits that
/// moved in the situations of both matrices (built from `table`).
pub fn diff(old: &Dataset, new: &Dataset, table: &[Expected]) -> Vec<Change> {
    let mut changes = Vec::new();
    // Texts compared elsewhere as parts of a whole.
    let sentence = |key: &str| !key.contains(".figures[") && !key.starts_with("rules[") && !key.starts_with("sources[");
    let texts = |dataset: &Dataset| -> Vec<(String, String)> {
        passages(dataset).into_iter().filter(|p| sentence(&p.key)).map(|p| (p.key, p.text)).collect()
    };
    compare(What::Sentence, texts(old), texts(new), &mut changes);
    compare(What::Setting, settings(old), settings(new), &mut changes);
    compare(What::Figure, figures(old), figures(new), &mut changes);
    let rules = |dataset: &Dataset| dataset.rules.iter().map(|r| (format!("rules[{}]", r.id), rule(r))).collect();
    compare(What::Rule, rules(old), rules(new), &mut changes);
    let sources =
        |dataset: &Dataset| dataset.sources.iter().map(|s| (format!("sources[{}]", s.id), source(s))).collect();
    compare(What::Source, sources(old), sources(new), &mut changes);
    fits(old, new, table, &mut changes);
    changes
}

/// The keys of `old` and `new` compared: changed and removed in `old`'s order, then added.
fn compare(what: What, old: Vec<(String, String)>, new: Vec<(String, String)>, out: &mut Vec<Change>) {
    let mut new_by_key = SmallMap::new();
    for (key, text) in &new {
        new_by_key.insert(key.as_str(), text.as_str());
    }
    let mut old_keys = SmallMap::new();
    for (key, text) in &old {
        old_keys.insert(key.as_str(), ());
        match new_by_key.get(key.as_str()) {
            Some(now) if *now == text => {}
            Some(now) => {
                out.push(Change { what, key: key.clone(), old: Some(text.clone()), new: Some((*now).to_owned()) })
            }
            None => out.push(Change { what, key: key.clone(), old: Some(text.clone()), new: None }),
        }
    }
    for (key, text) in new {
        if old_keys.get(key.as_str()).is_none() {
            out.push(Change { what, key, old: None, new: Some(text) });
        }
    }
}

fn settings(dataset: &Dataset) -> Vec<(String, String)> {
    let mut out = vec![
        ("condition.sources".to_owned(), dataset.condition.sources.join(", ")),
        ("imdc.sources".to_owned(), dataset.imdc.sources.join(", ")),
    ];
    for option in &dataset.options {
        let key = format!("options[{}]", option.id);
        out.push((format!("{key}.category"), crate::text::json_name(option.category)));
        out.push((format!("{key}.default_fit"), option.default_fit.as_str().to_owned()));
        out.push((format!("{key}.sources"), option.sources.join(", ")));
    }
    out
}

fn figures(dataset: &Dataset) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for option in &dataset.options {
        for (j, f) in option.figures.iter().enumerate() {
            out.push((format!("options[{}].figures[{j}]", option.id), figure(f)));
        }
    }
    out
}

/// A figure in one line, every field named.
pub fn figure(f: &Figure) -> String {
    let mut parts = vec![
        format!("{}: {}", crate::text::json_name(f.kind), f.text),
        format!("who: {}", f.group),
        format!("time frame: {}", f.time_frame),
        format!("evidence: {}", crate::text::json_name(f.evidence)),
        format!("source: {}", f.source),
    ];
    if let Some(people) = f.people {
        parts.push(format!("people: {people}"));
    }
    if let Some(measure) = f.measure {
        parts.push(format!("measure: {}", crate::text::json_name(measure)));
    }
    if let Some(analysis) = &f.analysis {
        parts.push(format!("analysis: {} {}", crate::text::json_name(analysis.stage), analysis.year));
    }
    if let Some(uncertainty) = &f.uncertainty {
        parts.push(format!("how sure: {uncertainty}"));
    }
    for count in &f.out_of_100 {
        parts.push(format!("{} of 100: {}", count.count, count.who));
    }
    parts.join("; ")
}

fn rule(r: &FitRule) -> String {
    let when: Vec<String> =
        r.when.iter().map(|(criterion, choices)| format!("{criterion}={}", choices.join(","))).collect();
    format!(
        "{} is {} when {}; reason: {}; sources: {}",
        r.option,
        r.fit.as_str(),
        when.join("&"),
        r.reason,
        r.sources.join(", ")
    )
}

fn source(s: &Source) -> String {
    let mut parts = vec![s.title.clone(), s.publisher.clone()];
    parts.extend(s.year.map(|y| y.to_string()));
    parts.extend(s.kind.map(crate::text::json_name));
    parts.extend(s.title_language.clone().map(|l| format!("title in {l}")));
    parts.extend(s.about.clone());
    parts.extend(s.url.clone());
    parts.join("; ")
}

/// The fits that moved: every situation of either dataset's matrix, evaluated in both.
fn fits(old: &Dataset, new: &Dataset, table: &[Expected], out: &mut Vec<Change>) {
    let mut queries: Vec<String> = Vec::new();
    for row in matrix(old, table).into_iter().chain(matrix(new, table)) {
        if !queries.contains(&row.query) {
            queries.push(row.query);
        }
    }
    for query in &queries {
        let fits_in = |dataset: &Dataset| -> Vec<(String, &'static str)> {
            let (situation, _) = Situation::parse(query, dataset);
            evaluate(dataset, &situation).into_iter().map(|f| (f.option.id.clone(), f.fit.as_str())).collect()
        };
        let (before, after) = (fits_in(old), fits_in(new));
        for (option, fit) in &after {
            if let Some((_, was)) = before.iter().find(|(id, _)| id == option) {
                if was != fit {
                    let situation = if query.is_empty() { "no answers" } else { query };
                    out.push(Change {
                        what: What::Fit,
                        key: format!("{option} in {situation}"),
                        old: Some((*was).to_owned()),
                        new: Some((*fit).to_owned()),
                    });
                }
            }
        }
    }
}

/// How `key` (a passage's, a figure's, a rule's or a source's) changed in `changes`, for the
/// review document's "changed since the version you signed" marks: `Some(true)` when it is new
/// (it, or the figure, rule or source it is part of, was added), `Some(false)` when changed.
pub fn touches(changes: &[Change], key: &str) -> Option<bool> {
    let mut found = None;
    for change in changes.iter().filter(|c| c.what != What::Fit && c.new.is_some()) {
        if change.key == key || key.starts_with(&format!("{}.", change.key)) {
            let added = change.old.is_none();
            found = Some(found.unwrap_or(false) || added);
        }
    }
    found
}
