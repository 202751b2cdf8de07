//! Every text a reader can see, as a flat list of passages: what the review document prints and
//! what the diff compares.
//!
//! Each passage has two addresses. `path` is the validator's JSON path (`options[0].harms[1]`),
//! what an editor finds in the file. `key` names items by their ids instead of their positions
//! (`options[immunotherapy].harms[1]`), so that a new option or source inserted in the middle
//! does not make every later passage look changed.

use mrcc_model::{Dataset, Figure};

/// One text a reader can see.
#[derive(Clone, Debug, PartialEq)]
pub struct Passage {
    /// The section it belongs to: `meta`, `condition`, `criteria`, `imdc`, `option:ID`,
    /// `values`, `glossary`, `links`, `knowledge`, `care_team`, `sources`, `ui`.
    pub section: String,
    /// Its address by ids: stable across versions.
    pub key: String,
    /// Its JSON path in the file.
    pub path: String,
    /// What it is, in a few words ("harms 2").
    pub label: String,
    pub text: String,
    /// Sentences the reader reads (their reading level is shown), not a name or a label.
    pub prose: bool,
}

struct Collector<'a> {
    section: String,
    key: String,
    path: String,
    out: &'a mut Vec<Passage>,
}

impl Collector<'_> {
    fn add(&mut self, field: &str, label: &str, text: &str, prose: bool) {
        if text.trim().is_empty() {
            return;
        }
        let join = |base: &str| if base.is_empty() { field.to_owned() } else { format!("{base}.{field}") };
        self.out.push(Passage {
            section: self.section.clone(),
            key: join(&self.key),
            path: join(&self.path),
            label: label.to_owned(),
            text: text.to_owned(),
            prose,
        });
    }

    fn list(&mut self, field: &str, label: &str, texts: &[String], prose: bool) {
        for (i, text) in texts.iter().enumerate() {
            self.add(&format!("{field}[{i}]"), &format!("{label} {}", i + 1), text, prose);
        }
    }
}

/// The passages of `dataset`, in the order a reader meets them (the interface's own strings
/// last).
pub fn passages(dataset: &Dataset) -> Vec<Passage> {
    let mut out = Vec::new();
    collect(dataset, &mut out);
    out
}

fn collect(dataset: &Dataset, out: &mut Vec<Passage>) {
    let meta = &dataset.meta;
    let mut c = Collector { section: "meta".into(), key: "meta".into(), path: "meta".into(), out };
    c.add("title", "title", &meta.title, false);
    c.add("decision", "the decision", &meta.decision, true);
    c.add("urgent_help", "urgent help", &meta.urgent_help, true);
    c.add("disclaimer", "disclaimer", &meta.disclaimer, true);
    c.add("authors", "authors", &meta.authors, true);
    c.add("publisher", "publisher", &meta.publisher, false);
    c.add("reviewed", "reviewed", &meta.reviewed, false);
    c.add("next_review", "next review", &meta.next_review, false);
    c.add("update_policy", "update policy", &meta.update_policy, true);
    c.add("funding", "funding", &meta.funding, true);
    c.add("conflicts", "conflicts of interest", &meta.conflicts, true);
    c.add("hospital", "hospital", &meta.hospital, false);
    c.list("hospital_reviewers", "hospital reviewer", &meta.hospital_reviewers, false);
    c.add("hospital_reviewed", "hospital reviewed", &meta.hospital_reviewed, false);

    let condition = &dataset.condition;
    let mut c = Collector { section: "condition".into(), key: "condition".into(), path: "condition".into(), out };
    c.add("title", "title", &condition.title, false);
    c.list("paragraphs", "paragraph", &condition.paragraphs, true);
    c.list("numbers", "figures on how long people live, paragraph", &condition.numbers, true);

    for (i, criterion) in dataset.criteria.iter().enumerate() {
        let key = format!("criteria[{}]", criterion.id);
        let path = format!("criteria[{i}]");
        let mut c = Collector { section: "criteria".into(), key: key.clone(), path: path.clone(), out };
        c.add("label", "question", &criterion.label, true);
        c.add("help", "help", &criterion.help, true);
        for (j, choice) in criterion.choices.iter().enumerate() {
            // The key names the choice by its id, the path by its position.
            c.key = format!("{key}.choices[{}]", choice.id);
            c.path = format!("{path}.choices[{j}]");
            c.add("label", "answer", &choice.label, false);
        }
    }

    let imdc = &dataset.imdc;
    let mut c = Collector { section: "imdc".into(), key: "imdc".into(), path: "imdc".into(), out };
    c.add("title", "title", &imdc.title, false);
    c.add("intro", "introduction", &imdc.intro, true);
    for (i, factor) in imdc.factors.iter().enumerate() {
        c.key = format!("imdc.factors[{}]", factor.id);
        c.path = format!("imdc.factors[{i}]");
        c.add("label", "risk sign", &factor.label, false);
        c.add("detail", "risk sign, detail", &factor.detail, true);
    }
    for (i, group) in imdc.groups.iter().enumerate() {
        // By position: two groups may name the same risk level.
        c.key = format!("imdc.groups[{i}]");
        c.path = format!("imdc.groups[{i}]");
        c.add("label", "risk group", &group.label, false);
    }
    c.key = "imdc".into();
    c.path = "imdc".into();
    c.add("note", "note", &imdc.note, true);

    for (i, option) in dataset.options.iter().enumerate() {
        let mut c = Collector {
            section: format!("option:{}", option.id),
            key: format!("options[{}]", option.id),
            path: format!("options[{i}]"),
            out,
        };
        c.add("name", "name", &option.name, false);
        c.add("summary", "summary", &option.summary, true);
        c.add("local_note", "local note", &option.local_note, true);
        c.add("what_it_is", "what it is", &option.what_it_is, true);
        c.add("goal", "goal", &option.goal, true);
        c.add("what_it_involves", "what it involves", &option.what_it_involves, true);
        c.add("time_and_recovery", "time and recovery", &option.time_and_recovery, true);
        c.list("benefits", "benefit", &option.benefits, true);
        c.list("harms", "harm", &option.harms, true);
        c.add("living_with", "living with it", &option.living_with, true);
        c.list("warning_signs", "warning sign", &option.warning_signs, true);
        c.add("usually_for", "usually for", &option.usually_for, true);
        for (j, figure) in option.figures.iter().enumerate() {
            figure_passages(&mut c, j, figure);
        }
        c.list("questions", "question to ask", &option.questions, true);
        c.add("default_reason", "reason when no rule applies", &option.default_reason, true);
        for (r, rule) in dataset.rules.iter().enumerate().filter(|(_, rule)| rule.option == option.id) {
            c.key = format!("rules[{}]", rule.id);
            c.path = format!("rules[{r}]");
            c.add("reason", &format!("reason of rule {}", rule.id), &rule.reason, true);
        }
    }

    let mut c = Collector { section: "values".into(), key: String::new(), path: String::new(), out };
    for (i, value) in dataset.values.iter().enumerate() {
        c.key = format!("values[{}]", value.id);
        c.path = format!("values[{i}]");
        c.add("statement", "statement", &value.statement, false);
    }
    let mut c = Collector { section: "glossary".into(), key: String::new(), path: String::new(), out };
    for (i, entry) in dataset.glossary.iter().enumerate() {
        c.key = format!("glossary[{}]", entry.term);
        c.path = format!("glossary[{i}]");
        c.add("term", "word", &entry.term, false);
        c.add("definition", "meaning", &entry.definition, true);
    }
    let mut c = Collector { section: "links".into(), key: String::new(), path: String::new(), out };
    for (i, link) in dataset.links.iter().enumerate() {
        c.key = format!("links[{}]", link.id);
        c.path = format!("links[{i}]");
        c.add("label", "label", &link.label, false);
        c.add("url", "address", link.url.as_deref().unwrap_or_default(), false);
    }
    if let Some(knowledge) = &dataset.knowledge {
        let mut c = Collector { section: "knowledge".into(), key: "knowledge".into(), path: "knowledge".into(), out };
        c.add("title", "heading", &knowledge.title, false);
        c.add("intro", "introduction", &knowledge.intro, true);
        for (key, text) in knowledge.labels.iter() {
            c.add(&format!("labels.{key}"), key, text, false);
        }
        for (i, q) in knowledge.questions.iter().enumerate() {
            c.key = format!("knowledge.questions[{}]", q.id);
            c.path = format!("knowledge.questions[{i}]");
            c.add("question", "question", &q.question, true);
            for (j, choice) in q.choices.iter().enumerate() {
                let right = if choice.id == q.answer { ", the right one" } else { "" };
                c.add(&format!("choices[{j}].text"), &format!("answer {}{right}", j + 1), &choice.text, true);
            }
            c.add("explanation", "why", &q.explanation, true);
        }
    }
    if let Some(care) = &dataset.care_team {
        // In clinical terms, for a clinician: names, not prose to grade.
        let mut c = Collector { section: "care_team".into(), key: "care_team".into(), path: "care_team".into(), out };
        c.add("title", "heading", &care.title, false);
        c.add("intro", "introduction", &care.intro, true);
        for (key, text) in care.labels.iter() {
            c.add(&format!("labels.{key}"), key, text, false);
        }
        for (id, criterion) in care.criteria.iter() {
            c.add(&format!("criteria.{id}.label"), &format!("question {id}"), &criterion.label, false);
            for (choice, text) in criterion.choices.iter() {
                c.add(&format!("criteria.{id}.choices.{choice}"), &format!("answer {choice}"), text, false);
            }
        }
        for (field, label, terms) in
            [("imdc", "risk sign", &care.imdc), ("options", "option", &care.options), ("values", "value", &care.values)]
        {
            for (id, text) in terms.iter() {
                c.add(&format!("{field}.{id}"), &format!("{label} {id}"), text, false);
            }
        }
    }
    let mut c = Collector { section: "sources".into(), key: String::new(), path: String::new(), out };
    for (i, source) in dataset.sources.iter().enumerate() {
        c.key = format!("sources[{}]", source.id);
        c.path = format!("sources[{i}]");
        c.add("title", "title", &source.title, false);
        c.add("publisher", "publisher", &source.publisher, false);
        c.add("year", "year", &source.year.map(|y| y.to_string()).unwrap_or_default(), false);
        c.add("kind", "kind", &source.kind.map(crate::text::json_name).unwrap_or_default(), false);
        c.add("about", "what it is", source.about.as_deref().unwrap_or_default(), true);
        c.add("url", "address", source.url.as_deref().unwrap_or_default(), false);
    }
    let mut c = Collector { section: "ui".into(), key: "ui".into(), path: "ui".into(), out };
    for (key, text) in dataset.ui.0.iter() {
        c.add(key, key, text, false);
    }
}

fn figure_passages(c: &mut Collector, j: usize, figure: &Figure) {
    let label = format!("figure {}", j + 1);
    let field = |name: &str| format!("figures[{j}].{name}");
    c.add(&field("text"), &label, &figure.text, true);
    c.add(&field("group"), &format!("{label}, who was studied"), &figure.group, false);
    c.add(&field("time_frame"), &format!("{label}, time frame"), &figure.time_frame, false);
    c.add(
        &field("uncertainty"),
        &format!("{label}, how sure"),
        figure.uncertainty.as_deref().unwrap_or_default(),
        true,
    );
    for (k, count) in figure.out_of_100.iter().enumerate() {
        c.add(&field(&format!("out_of_100[{k}].who")), &format!("{label}, picture {}", k + 1), &count.who, false);
    }
}
