//! Which text fields are prose: the one declaration that the validator (`mrcc-check`, every
//! field given) and the readability check (`mrcc_check::readability`, tests and `mrcc-content
//! validate`) both read.
//!
//! Prose is what the reader reads as sentences: its reading level is measured. Names, labels of
//! choices, groups and source titles are text too (the validator wants them given) but not
//! sentences. Every struct here is destructured without `..`: a field added to the model does
//! not compile until it is classified, as prose or as something checked elsewhere.

use crate::path::Path;
use crate::{
    CareCriterion, CareTeam, Choice, Condition, Criterion, Dataset, Figure, FitRule, GlossaryEntry, Imdc, ImdcFactor,
    ImdcGroup, KnowledgeChoice, Link, Meta, PeopleCount, Source, TreatmentOption, ValueStatement,
};
#[cfg(feature = "sections")]
use crate::{Knowledge, KnowledgeQuestion};

/// A required text field's kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextKind {
    /// Sentences the reader reads: checked for reading level.
    Prose,
    /// A name or a title: given, but not sentences.
    Name,
}

impl Meta {
    /// The required text fields of `meta`, by JSON name.
    pub fn text_fields(&self) -> [(&'static str, TextKind, &str); 9] {
        let Meta {
            title,
            publisher,
            authors,
            update_policy,
            funding,
            conflicts,
            disclaimer,
            decision,
            urgent_help,
            // Checked on their own: a language tag, dates, the hospital's review.
            language: _,
            reviewed: _,
            next_review: _,
            hospital: _,
            hospital_reviewers: _,
            hospital_reviewed: _,
        } = self;
        [
            ("title", TextKind::Name, title),
            ("publisher", TextKind::Name, publisher),
            ("authors", TextKind::Prose, authors),
            ("update_policy", TextKind::Prose, update_policy),
            ("funding", TextKind::Prose, funding),
            ("conflicts", TextKind::Prose, conflicts),
            ("disclaimer", TextKind::Prose, disclaimer),
            ("decision", TextKind::Prose, decision),
            ("urgent_help", TextKind::Prose, urgent_help),
        ]
    }
}

impl TreatmentOption {
    /// The required text fields of an option, by JSON name.
    pub fn text_fields(&self) -> [(&'static str, TextKind, &str); 9] {
        let TreatmentOption {
            name,
            summary,
            what_it_is,
            goal,
            what_it_involves,
            time_and_recovery,
            living_with,
            usually_for,
            default_reason,
            // Lists: `list_fields`.
            benefits: _,
            harms: _,
            warning_signs: _,
            questions: _,
            // Optional: `Dataset::prose_fields` measures it when given.
            local_note: _,
            // Figures have their own fields; the rest are ids, references and choices.
            figures: _,
            id: _,
            category: _,
            sources: _,
            default_fit: _,
        } = self;
        [
            ("name", TextKind::Name, name),
            ("summary", TextKind::Prose, summary),
            ("what_it_is", TextKind::Prose, what_it_is),
            ("goal", TextKind::Prose, goal),
            ("what_it_involves", TextKind::Prose, what_it_involves),
            ("time_and_recovery", TextKind::Prose, time_and_recovery),
            ("living_with", TextKind::Prose, living_with),
            ("usually_for", TextKind::Prose, usually_for),
            ("default_reason", TextKind::Prose, default_reason),
        ]
    }

    /// The option's lists of prose, by JSON name. Each must have an entry, except
    /// `warning_signs` for an option that is not a medicine.
    pub fn list_fields(&self) -> [(&'static str, &[String]); 4] {
        [
            ("benefits", &self.benefits),
            ("harms", &self.harms),
            ("warning_signs", &self.warning_signs),
            ("questions", &self.questions),
        ]
    }
}

impl Dataset {
    /// Calls `f` with every prose field of the dataset and its path, in the dataset's order.
    pub fn prose_fields(&self, f: &mut dyn FnMut(&Path, &str)) {
        let Dataset {
            meta,
            condition,
            criteria,
            options,
            rules,
            imdc,
            // Short labels ("Avoiding surgery"), not sentences.
            values: _,
            glossary,
            sources,
            schema_version: _,
            links: _,
            ui: _,
            #[cfg(feature = "sections")]
            knowledge,
            // For clinicians, in clinical terms: not held to the readers' reading level.
            #[cfg(feature = "sections")]
                care_team: _,
        } = self;
        let root = Path::Root;
        let path = root.key("meta");
        for (field, kind, text) in meta.text_fields() {
            if kind == TextKind::Prose {
                f(&path.key(field), text);
            }
        }
        let Condition { title: _, paragraphs, sources: _, numbers } = condition;
        let path = root.key("condition");
        list(f, &path.key("paragraphs"), paragraphs);
        list(f, &path.key("numbers"), numbers);
        let path = root.key("criteria");
        for (i, criterion) in criteria.iter().enumerate() {
            let Criterion { label, help, id: _, multiple: _, choices: _ } = criterion;
            let path = path.index(i);
            f(&path.key("label"), label);
            f(&path.key("help"), help);
        }
        let path = root.key("options");
        for (i, option) in options.iter().enumerate() {
            let path = path.index(i);
            for (field, kind, text) in option.text_fields() {
                if kind == TextKind::Prose {
                    f(&path.key(field), text);
                }
            }
            for (field, texts) in option.list_fields() {
                list(f, &path.key(field), texts);
            }
            if !option.local_note.is_empty() {
                f(&path.key("local_note"), &option.local_note);
            }
            let figures = path.key("figures");
            for (j, figure) in option.figures.iter().enumerate() {
                let Figure {
                    text,
                    uncertainty,
                    out_of_100: _,
                    // Names and numbers: who was studied, over what time, from which source.
                    group: _,
                    time_frame: _,
                    kind: _,
                    source: _,
                    evidence: _,
                    people: _,
                    measure: _,
                    analysis: _,
                } = figure;
                let path = figures.index(j);
                f(&path.key("text"), text);
                if let Some(uncertainty) = uncertainty {
                    f(&path.key("uncertainty"), uncertainty);
                }
            }
        }
        let path = root.key("rules");
        for (i, rule) in rules.iter().enumerate() {
            let FitRule { reason, id: _, option: _, when: _, fit: _, sources: _ } = rule;
            f(&path.index(i).key("reason"), reason);
        }
        let Imdc { intro, note, factors, title: _, groups: _, sources: _ } = imdc;
        let path = root.key("imdc");
        f(&path.key("intro"), intro);
        f(&path.key("note"), note);
        let factors_path = path.key("factors");
        for (i, ImdcFactor { detail, id: _, label: _ }) in factors.iter().enumerate() {
            f(&factors_path.index(i).key("detail"), detail);
        }
        let path = root.key("glossary");
        for (i, GlossaryEntry { definition, term: _, also: _ }) in glossary.iter().enumerate() {
            f(&path.index(i).key("definition"), definition);
        }
        let path = root.key("sources");
        for (i, source) in sources.iter().enumerate() {
            let Source { about, id: _, title: _, title_language: _, publisher: _, year: _, kind: _, url: _ } = source;
            if let Some(about) = about {
                f(&path.index(i).key("about"), about);
            }
        }
        #[cfg(feature = "sections")]
        if let Some(Knowledge { intro, questions, title: _, labels: _ }) = knowledge {
            let path = root.key("knowledge");
            f(&path.key("intro"), intro);
            let questions_path = path.key("questions");
            for (i, question) in questions.iter().enumerate() {
                let KnowledgeQuestion { question, explanation, choices: _, id: _, answer: _, sources: _ } = question;
                let path = questions_path.index(i);
                f(&path.key("question"), question);
                f(&path.key("explanation"), explanation);
            }
        }
        // Structs without prose (names, labels, numbers; `ui` is the interface's own strings),
        // listed so that a field added to one of them is classified here too.
        let _ = |Choice { id: _, label: _ }: &Choice,
                 PeopleCount { count: _, who: _ }: &PeopleCount,
                 ImdcGroup { risk: _, min_signs: _, label: _ }: &ImdcGroup,
                 ValueStatement { id: _, statement: _ }: &ValueStatement,
                 Link { id: _, label: _, url: _ }: &Link,
                 KnowledgeChoice { id: _, text: _ }: &KnowledgeChoice,
                 CareTeam { title: _, intro: _, labels: _, criteria: _, imdc: _, options: _, values: _ }: &CareTeam,
                 CareCriterion { label: _, choices: _ }: &CareCriterion| ();
    }
}

fn list(f: &mut dyn FnMut(&Path, &str), path: &Path, texts: &[String]) {
    for (i, text) in texts.iter().enumerate() {
        f(&path.index(i), text);
    }
}
