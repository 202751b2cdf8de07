//! The checks serde cannot express: ids and references, required text, safe links, dates, and
//! the content rules a decision aid must keep (every option cited, an unknown answer never
//! rules an option out, supportive care fits everyone).
//!
//! Every problem is collected, not just the first, so an editor can fix them all in one pass.

use crate::read::limits::PROBLEMS;
use mrcc_model::extras::{CARE_TEAM_LABELS, KNOWLEDGE_LABELS};
use mrcc_model::interface::{has_built_in_table, KEYS as UI_KEYS};
use mrcc_model::path::Path;
use mrcc_model::small_map::{SmallMap, SmallSet};
use mrcc_model::text::{fold_case, safe_href};
use mrcc_model::{
    Category, Dataset, Fit, Meta, Problem, SourceKind, FIXED_CRITERIA, SCHEMA_VERSION, SUPPORTIVE_CARE, UNKNOWN,
};

/// Every semantic problem in `dataset`; no errors means it is fit to show.
/// `today` (YYYY-MM-DD), when given, turns an overdue `next_review` into a warning.
pub fn validate(dataset: &Dataset, today: Option<&str>) -> Vec<Problem> {
    let mut check = Checker {
        problems: Vec::new(),
        more: 0,
        more_errors: false,
        sources: dataset.sources.iter().map(|s| s.id.as_str()).collect(),
        // Looked up by id for every figure: a set, not a search of the sources each time.
        news: dataset.sources.iter().filter(|s| s.kind == Some(SourceKind::News)).map(|s| s.id.as_str()).collect(),
    };
    check.meta(dataset, today);
    check.condition(dataset);
    check.criteria(dataset);
    check.options(dataset);
    check.rules(dataset);
    check.imdc(dataset);
    check.values(dataset);
    check.glossary(dataset);
    check.links(dataset);
    check.sources(dataset);
    check.ui(dataset);
    check.knowledge(dataset);
    check.care_team(dataset);
    let mut problems = check.problems;
    // The first ones, as the reader lists them; the rest in one line, an error if any is.
    if check.more > 0 {
        let message = format!("{} more problems: fix these first", check.more);
        problems.push(if check.more_errors {
            Problem::error("dataset", message)
        } else {
            Problem::warning("dataset", message)
        });
    }
    problems
}

struct Checker<'a> {
    problems: Vec<Problem>,
    /// Problems past the listed ones: how many, and whether one is an error.
    more: usize,
    more_errors: bool,
    sources: SmallSet<&'a str>,
    /// The ids of sources that are news items: no figure may rest on one alone.
    news: SmallSet<&'a str>,
}

/// A path from the root, such as `Path::Root.key("meta.title")`.
fn at(key: &str) -> Path<'_> {
    Path::Key(&Path::Root, key)
}

impl<'a> Checker<'a> {
    fn error(&mut self, path: &Path, message: impl Into<String>) {
        self.push(path, message, true);
    }

    fn warning(&mut self, path: &Path, message: impl Into<String>) {
        self.push(path, message, false);
    }

    /// Records a problem while fewer than [`PROBLEMS`] are listed; past that, only counts it
    /// (and whether it is an error), so that a hostile dataset's millions of problems are never
    /// built: `validate` then adds one line for the rest.
    fn push(&mut self, path: &Path, message: impl Into<String>, error: bool) {
        if self.problems.len() < PROBLEMS {
            let (path, message) = (path.render(), message.into());
            self.problems.push(if error { Problem::error(path, message) } else { Problem::warning(path, message) });
        } else {
            self.more += 1;
            self.more_errors |= error;
        }
    }

    fn text(&mut self, path: &Path, text: &str) {
        if text.trim().is_empty() {
            self.error(path, "expected non-empty text");
        }
    }

    fn texts(&mut self, path: &Path, texts: &[String]) {
        if texts.is_empty() {
            self.error(path, "expected at least one entry");
        }
        for (i, text) in texts.iter().enumerate() {
            self.text(&path.index(i), text);
        }
    }

    /// Checks an id's form and that it is not used twice within `seen`.
    fn id(&mut self, path: &Path, id: &'a str, seen: &mut SmallSet<&'a str>) {
        if !is_id(id) {
            self.error(path, format!("expected an id of lowercase letters, digits and hyphens, found \"{id}\""));
        } else if !seen.insert(id) {
            self.error(path, format!("expected a unique id, but \"{id}\" is used twice"));
        }
    }

    fn source_refs(&mut self, path: &Path, ids: &[String], required: bool) {
        if required && ids.is_empty() {
            self.error(path, "expected at least one source id");
        }
        for (i, id) in ids.iter().enumerate() {
            self.source_ref(&path.index(i), id);
        }
    }

    fn source_ref(&mut self, path: &Path, id: &str) {
        if !self.sources.contains(id) {
            self.error(path, format!("expected the id of an entry in sources, found \"{id}\""));
        }
    }

    fn meta(&mut self, dataset: &Dataset, today: Option<&str>) {
        if dataset.schema_version != SCHEMA_VERSION {
            self.error(
                &at("schema_version"),
                format!("expected {SCHEMA_VERSION}, the schema version this widget reads"),
            );
        }
        let meta = &dataset.meta;
        let path = at("meta");
        // The model's one list of meta's text fields, which the readability check reads too.
        for (field, _, text) in meta.text_fields() {
            self.text(&path.key(field), text);
        }
        if !is_language_tag(&meta.language) {
            self.error(&path.key("language"), "expected a language tag such as \"en\", \"es-MX\" or \"zh-Hant\" (a language, then optionally a script, a region and variants; no extensions)");
        }
        let reviewed = is_iso_date(&meta.reviewed);
        if !reviewed {
            self.error(&path.key("reviewed"), "expected a date written YYYY-MM-DD");
        }
        let next_review = path.key("next_review");
        if !is_iso_date(&meta.next_review) {
            self.error(&next_review, "expected a date written YYYY-MM-DD");
        } else if reviewed && meta.next_review <= meta.reviewed {
            self.error(&next_review, "expected a date after meta.reviewed");
        } else if today.is_some_and(|today| meta.next_review.as_str() < today) {
            let message = format!("the planned review date {} has passed: review the content", meta.next_review);
            self.warning(&next_review, message);
        }
        self.hospital_review(meta);
    }

    /// The content is written to be adopted: until a hospital's clinicians have reviewed it
    /// and said so here, readers see "not yet reviewed", and editors see what is missing.
    fn hospital_review(&mut self, meta: &Meta) {
        let path = at("meta");
        let missing: Vec<&str> = [
            ("hospital", meta.hospital.trim().is_empty()),
            ("hospital_reviewers", meta.hospital_reviewers.iter().all(|name| name.trim().is_empty())),
            ("hospital_reviewed", meta.hospital_reviewed.is_empty()),
        ]
        .into_iter()
        .filter_map(|(field, missing)| missing.then_some(field))
        .collect();
        if !missing.is_empty() {
            let message = format!(
                "not yet reviewed by the adopting hospital's clinicians (missing: {}); readers are told so",
                missing.join(", ")
            );
            self.warning(&path, message);
        }
        if !meta.hospital_reviewed.is_empty() && !is_iso_date(&meta.hospital_reviewed) {
            self.error(&path.key("hospital_reviewed"), "expected a date written YYYY-MM-DD");
        }
    }

    fn condition(&mut self, dataset: &Dataset) {
        let path = at("condition");
        self.text(&path.key("title"), &dataset.condition.title);
        self.texts(&path.key("paragraphs"), &dataset.condition.paragraphs);
        for (i, paragraph) in dataset.condition.numbers.iter().enumerate() {
            self.text(&path.key("numbers").index(i), paragraph);
        }
        self.source_refs(&path.key("sources"), &dataset.condition.sources, true);
    }

    fn criteria(&mut self, dataset: &'a Dataset) {
        let criteria = at("criteria");
        let mut ids = SmallSet::new();
        for (i, criterion) in dataset.criteria.iter().enumerate() {
            let path = criteria.index(i);
            self.id(&path.key("id"), &criterion.id, &mut ids);
            self.text(&path.key("label"), &criterion.label);
            self.text(&path.key("help"), &criterion.help);
            let choices = path.key("choices");
            if criterion.choices.is_empty() {
                self.error(&choices, "expected at least one choice");
            }
            let mut choice_ids = SmallSet::new();
            for (j, choice) in criterion.choices.iter().enumerate() {
                let path = choices.index(j);
                self.id(&path.key("id"), &choice.id, &mut choice_ids);
                self.text(&path.key("label"), &choice.label);
            }
            if !criterion.multiple && !choice_ids.contains(UNKNOWN) {
                self.error(&choices, "expected a choice with id \"unknown\" (\"I'm not sure\")");
            }
        }
        for (id, multiple, choices) in FIXED_CRITERIA {
            let Some((i, criterion)) = dataset.criteria.iter().enumerate().find(|(_, c)| c.id == *id) else {
                self.error(&criteria, format!("expected a criterion with id \"{id}\"; hosts rely on it"));
                continue;
            };
            let path = criteria.index(i);
            if criterion.multiple != *multiple {
                self.error(&path.key("multiple"), format!("expected {multiple} for \"{id}\""));
            }
            for choice in *choices {
                if !criterion.choices.iter().any(|c| c.id == *choice) {
                    let message = format!("expected a choice with id \"{choice}\"; hosts rely on it");
                    self.error(&path.key("choices"), message);
                }
            }
        }
    }

    fn options(&mut self, dataset: &'a Dataset) {
        let options = at("options");
        if dataset.options.is_empty() {
            self.error(&options, "expected at least one treatment option");
        }
        let mut ids = SmallSet::new();
        for (i, option) in dataset.options.iter().enumerate() {
            let path = options.index(i);
            self.id(&path.key("id"), &option.id, &mut ids);
            // The model's one list of an option's text fields and lists, which the readability
            // check reads too.
            for (field, _, text) in option.text_fields() {
                self.text(&path.key(field), text);
            }
            for (field, texts) in option.list_fields() {
                // A medicine's harms can need a same-day call: the reader must be told which
                // signs. Other options may have none.
                let optional = field == "warning_signs" && option.category != Category::Medicine;
                if !(optional && texts.is_empty()) {
                    self.texts(&path.key(field), texts);
                }
            }
            // A local note is shown under the hospital's name.
            if !option.local_note.is_empty() && dataset.meta.hospital.trim().is_empty() {
                self.error(&path.key("local_note"), "expected meta.hospital, the name the note is shown under");
            }
            self.source_refs(&path.key("sources"), &option.sources, true);
            let figures = path.key("figures");
            // Only one family of measures has several definitions today (severe side effects).
            let mut first_of_family = None;
            for (j, figure) in option.figures.iter().enumerate() {
                let path = figures.index(j);
                self.text(&path.key("text"), &figure.text);
                self.text(&path.key("group"), &figure.group);
                self.text(&path.key("time_frame"), &figure.time_frame);
                self.source_ref(&path.key("source"), &figure.source);
                if let Some(uncertainty) = &figure.uncertainty {
                    self.text(&path.key("uncertainty"), uncertainty);
                }
                if figure.people == Some(0) {
                    self.error(&path.key("people"), "expected the number of people studied, more than 0");
                }
                self.figure_basis(&path, figure);
                // Figures shown together must compare like with like: severe side effects "from
                // any cause" beside "from the treatment" would make one regimen look harsher.
                // The first figure of a family sets its definition (one pass: no pair of figures
                // is compared twice).
                if let Some((measure, family)) = figure.measure.and_then(|m| Some((m, m.family()?))) {
                    match first_of_family {
                        Some((k, first)) if first != measure => {
                            let message = format!(
                                "expected the same measure of {family} as figures[{k}]: figures shown together for one option must use one definition"
                            );
                            self.error(&path.key("measure"), message);
                        }
                        Some(_) => {}
                        None => first_of_family = Some((j, measure)),
                    }
                }
                let pictures = path.key("out_of_100");
                for (k, group) in figure.out_of_100.iter().enumerate() {
                    let path = pictures.index(k);
                    self.text(&path.key("who"), &group.who);
                    if group.count > 100 {
                        self.error(&path.key("count"), "expected a number of people out of 100: 0 to 100");
                    } else if !mentions_number(&figure.text, group.count) {
                        // The picture shows the text's number, never one of its own.
                        self.error(
                            &path.key("count"),
                            format!("expected a number the figure's text gives; {} is not in it", group.count),
                        );
                    }
                }
            }
            if option.id == SUPPORTIVE_CARE && option.default_fit != Fit::Likely {
                self.error(&path.key("default_fit"), "expected \"likely\": supportive care fits everyone");
            }
        }
    }

    fn rules(&mut self, dataset: &'a Dataset) {
        let rules = at("rules");
        let mut ids = SmallSet::new();
        // Each criterion's choices as a set, made once: a rule's choices are looked up in it, not
        // compared with every choice (2,000 rules of 2,000 choices against 2,000 would be 8e9).
        let mut choice_sets: SmallMap<&str, SmallSet<&str>> = SmallMap::new();
        for criterion in &dataset.criteria {
            choice_sets.insert(criterion.id.as_str(), criterion.choices.iter().map(|c| c.id.as_str()).collect());
        }
        for (i, rule) in dataset.rules.iter().enumerate() {
            let path = rules.index(i);
            self.id(&path.key("id"), &rule.id, &mut ids);
            if dataset.option(&rule.option).is_none() {
                let message = format!("expected the id of an option, found \"{}\"", rule.option);
                self.error(&path.key("option"), message);
            }
            let when = path.key("when");
            if rule.when.is_empty() {
                self.error(&when, "expected at least one criterion (use the option's default_fit for all readers)");
            }
            for (criterion_id, choices) in &rule.when {
                let path = when.key(criterion_id);
                let Some(choice_ids) = choice_sets.get(criterion_id.as_str()) else {
                    self.error(&path, format!("expected the id of a criterion, found \"{criterion_id}\""));
                    continue;
                };
                if choices.is_empty() {
                    self.error(&path, "expected at least one choice id");
                }
                for (j, choice) in choices.iter().enumerate() {
                    if !choice_ids.contains(choice.as_str()) {
                        let message = format!("expected a choice of \"{criterion_id}\", found \"{choice}\"");
                        self.error(&path.index(j), message);
                    } else if choice == UNKNOWN && rule.fit == Fit::Unlikely {
                        self.error(&path.index(j), "an unknown answer must never make an option unlikely");
                    }
                }
            }
            self.text(&path.key("reason"), &rule.reason);
            self.source_refs(&path.key("sources"), &rule.sources, true);
            if rule.option == SUPPORTIVE_CARE && rule.fit != Fit::Likely {
                self.error(&path.key("fit"), "expected \"likely\": supportive care fits everyone");
            }
        }
    }

    fn imdc(&mut self, dataset: &'a Dataset) {
        let imdc = &dataset.imdc;
        let path = at("imdc");
        for (field, text) in [("title", &imdc.title), ("intro", &imdc.intro), ("note", &imdc.note)] {
            self.text(&path.key(field), text);
        }
        let factors = path.key("factors");
        let mut ids = SmallSet::new();
        for (i, factor) in imdc.factors.iter().enumerate() {
            let path = factors.index(i);
            self.id(&path.key("id"), &factor.id, &mut ids);
            self.text(&path.key("label"), &factor.label);
            self.text(&path.key("detail"), &factor.detail);
        }
        let groups = path.key("groups");
        let risk = dataset.criterion("risk");
        let mut previous = None;
        for (i, group) in imdc.groups.iter().enumerate() {
            let path = groups.index(i);
            if risk.is_some_and(|risk| !risk.choices.iter().any(|c| c.id == group.risk)) {
                self.error(&path.key("risk"), format!("expected a choice of \"risk\", found \"{}\"", group.risk));
            }
            let in_order = match previous {
                None => group.min_signs == 0,
                Some(previous) => group.min_signs > previous,
            };
            if !in_order {
                self.error(&path.key("min_signs"), "expected 0 for the first group, then increasing numbers");
            }
            previous = Some(group.min_signs);
            self.text(&path.key("label"), &group.label);
        }
        self.source_refs(&path.key("sources"), &imdc.sources, true);
    }

    /// Every word of a section's `labels` (`keys`), each non-empty; no other key.
    fn labels(&mut self, path: &Path, labels: &SmallMap<String, String>, keys: &[&str]) {
        for key in keys {
            match labels.get(*key) {
                Some(text) => self.text(&path.key(key), text),
                None => self.error(path, format!("expected the label \"{key}\"")),
            }
        }
        for (key, _) in labels.iter() {
            if !keys.contains(&key.as_str()) {
                self.error(&path.key(key), format!("expected one of the labels {}", keys.join(", ")));
            }
        }
    }

    /// A text that must say where its numbers go: `{right}`, `{total}`.
    fn placeholders(&mut self, path: &Path, text: Option<&String>, names: &[&str]) {
        for name in names {
            if text.is_some_and(|text| !text.contains(name)) {
                self.error(path, format!("expected the text to contain {name}"));
            }
        }
    }

    /// The knowledge check: three to five questions, each with two to four answers, the right
    /// one among them, an explanation and its sources.
    fn knowledge(&mut self, dataset: &'a Dataset) {
        let Some(knowledge) = &dataset.knowledge else { return };
        let path = at("knowledge");
        self.text(&path.key("title"), &knowledge.title);
        self.text(&path.key("intro"), &knowledge.intro);
        let labels = path.key("labels");
        self.labels(&labels, &knowledge.labels, KNOWLEDGE_LABELS);
        self.placeholders(&labels.key("score"), knowledge.labels.get("score"), &["{right}", "{total}"]);
        let questions = path.key("questions");
        if !(3..=5).contains(&knowledge.questions.len()) {
            self.error(&questions, format!("expected 3 to 5 questions, found {}", knowledge.questions.len()));
        }
        let mut ids = SmallSet::new();
        for (i, question) in knowledge.questions.iter().enumerate() {
            let path = questions.index(i);
            self.id(&path.key("id"), &question.id, &mut ids);
            self.text(&path.key("question"), &question.question);
            self.text(&path.key("explanation"), &question.explanation);
            self.source_refs(&path.key("sources"), &question.sources, true);
            let choices = path.key("choices");
            if !(2..=4).contains(&question.choices.len()) {
                self.error(
                    &choices,
                    format!("expected 2 to 4 answers to choose from, found {}", question.choices.len()),
                );
            }
            let mut choice_ids = SmallSet::new();
            for (j, choice) in question.choices.iter().enumerate() {
                self.id(&choices.index(j).key("id"), &choice.id, &mut choice_ids);
                self.text(&choices.index(j).key("text"), &choice.text);
            }
            if !question.choices.iter().any(|c| c.id == question.answer) {
                self.error(
                    &path.key("answer"),
                    format!("expected the id of one of its choices, found \"{}\"", question.answer),
                );
            }
        }
    }

    /// The page for the care team: a term for every criterion, choice, risk sign, option and
    /// value of the dataset, and none for what it does not have (a stale term would print
    /// unseen).
    fn care_team(&mut self, dataset: &'a Dataset) {
        let Some(care) = &dataset.care_team else { return };
        let path = at("care_team");
        self.text(&path.key("title"), &care.title);
        self.text(&path.key("intro"), &care.intro);
        let labels = path.key("labels");
        self.labels(&labels, &care.labels, CARE_TEAM_LABELS);
        self.placeholders(&labels.key("sure_score"), care.labels.get("sure_score"), &["{score}"]);
        let criteria = path.key("criteria");
        for criterion in &dataset.criteria {
            let Some(term) = care.criteria.get(&criterion.id) else {
                self.error(&criteria, format!("expected the criterion \"{}\"", criterion.id));
                continue;
            };
            let path = criteria.key(&criterion.id);
            self.text(&path.key("label"), &term.label);
            let ids: Vec<&str> = criterion.choices.iter().map(|c| c.id.as_str()).collect();
            self.terms(&path.key("choices"), &term.choices, &ids, "choice");
        }
        for (id, _) in care.criteria.iter() {
            if dataset.criterion(id).is_none() {
                self.error(&criteria.key(id), "expected the id of a criterion of the dataset");
            }
        }
        let ids: Vec<&str> = dataset.imdc.factors.iter().map(|f| f.id.as_str()).collect();
        self.terms(&path.key("imdc"), &care.imdc, &ids, "risk sign (imdc.factors)");
        let ids: Vec<&str> = dataset.options.iter().map(|o| o.id.as_str()).collect();
        self.terms(&path.key("options"), &care.options, &ids, "option");
        let ids: Vec<&str> = dataset.values.iter().map(|v| v.id.as_str()).collect();
        self.terms(&path.key("values"), &care.values, &ids, "value");
    }

    /// A term for each of `ids`, and nothing else.
    fn terms(&mut self, path: &Path, terms: &SmallMap<String, String>, ids: &[&str], what: &str) {
        for id in ids {
            match terms.get(*id) {
                Some(term) => self.text(&path.key(id), term),
                None => self.error(path, format!("expected a term for the {what} \"{id}\"")),
            }
        }
        for (id, _) in terms.iter() {
            if !ids.contains(&id.as_str()) {
                self.error(&path.key(id), format!("expected the id of a {what} of the dataset"));
            }
        }
    }

    fn values(&mut self, dataset: &'a Dataset) {
        let values = at("values");
        let mut ids = SmallSet::new();
        for (i, value) in dataset.values.iter().enumerate() {
            let path = values.index(i);
            self.id(&path.key("id"), &value.id, &mut ids);
            self.text(&path.key("statement"), &value.statement);
        }
    }

    fn glossary(&mut self, dataset: &Dataset) {
        let glossary = at("glossary");
        let mut terms = SmallSet::new();
        for (i, entry) in dataset.glossary.iter().enumerate() {
            let path = glossary.index(i);
            let term = path.key("term");
            self.text(&term, &entry.term);
            self.text(&path.key("definition"), &entry.definition);
            if !terms.insert(fold_case(&entry.term)) {
                self.error(&term, format!("expected a unique term, but \"{}\" is listed twice", entry.term));
            }
        }
    }

    fn links(&mut self, dataset: &'a Dataset) {
        let links = at("links");
        let mut ids = SmallSet::new();
        for (i, link) in dataset.links.iter().enumerate() {
            let path = links.index(i);
            self.id(&path.key("id"), &link.id, &mut ids);
            self.text(&path.key("label"), &link.label);
            if link.url.as_deref().is_some_and(|url| safe_href(url).is_none()) {
                self.error(&path.key("url"), "expected an https, mailto or tel link");
            }
        }
    }

    fn sources(&mut self, dataset: &'a Dataset) {
        let sources = at("sources");
        let mut ids = SmallSet::new();
        for (i, source) in dataset.sources.iter().enumerate() {
            let path = sources.index(i);
            self.id(&path.key("id"), &source.id, &mut ids);
            self.text(&path.key("title"), &source.title);
            self.text(&path.key("publisher"), &source.publisher);
            if let Some(about) = &source.about {
                self.text(&path.key("about"), about);
            }
            if source.title_language.as_deref().is_some_and(|tag| !is_language_tag(tag)) {
                self.error(&path.key("title_language"), "expected a language tag such as \"en\"");
            }
            if let Some(url) = source.url.as_deref() {
                if let Some(problem) = source_url_problem(url) {
                    self.error(&path.key("url"), problem);
                }
            }
            if source.kind.is_none() {
                self.error(
                    &path,
                    "missing field `kind`: guideline, patient-guideline, trial-publication, conference-abstract, drug-label, systematic-review, review, study, reference or news",
                );
            }
            if !source.year.is_some_and(|year| (1900..=2100).contains(&year)) {
                self.error(&path.key("year"), "expected the year the source was published, such as 2024");
            }
        }
        let cited = cited_sources(dataset);
        for (i, source) in dataset.sources.iter().enumerate() {
            if !cited.contains(source.id.as_str()) {
                self.warning(&sources.index(i), format!("source \"{}\" is not cited anywhere", source.id));
            }
        }
    }

    /// The `ui` table may only hold known keys; for a language without built-in strings,
    /// the keys it lacks are listed (they show in English).
    fn ui(&mut self, dataset: &Dataset) {
        let ui = at("ui");
        for (key, text) in dataset.ui.iter() {
            if !UI_KEYS.contains(&key.as_str()) {
                self.error(&ui.key(key), "expected one of the interface keys (see src/core/ui/strings.rs)");
            } else if key == "download_file_name" && !is_text_file_name(text) {
                let message = "expected a file name of letters, digits, spaces, dots, dashes or underscores that ends in .txt, such as \"my-summary.txt\"";
                self.error(&ui.key(key), message);
            } else {
                self.text(&ui.key(key), text);
            }
        }
        if !has_built_in_table(&dataset.meta.language) {
            let missing: Vec<&str> = UI_KEYS.iter().copied().filter(|key| !dataset.ui.contains_key(*key)).collect();
            if !missing.is_empty() {
                let message = format!(
                    "{} interface strings are missing and will show in English: {}",
                    missing.len(),
                    missing.join(", ")
                );
                self.warning(&ui, message);
            }
        }
    }
}

impl Checker<'_> {
    /// A figure's analysis and measure are stated, and it rests on more than a news item.
    fn figure_basis(&mut self, path: &Path, figure: &mrcc_model::Figure) {
        if figure.measure.is_none() {
            self.warning(
                path,
                "missing field `measure`: say what the figure measures, so readers compare like with like",
            );
        }
        match &figure.analysis {
            None => self.warning(
                path,
                "missing field `analysis`: say whether the figure is from an interim or the final analysis",
            ),
            Some(analysis) if !(1900..=2100).contains(&analysis.year) => {
                self.error(&path.key("analysis").key("year"), "expected the year of the analysis, such as 2024")
            }
            Some(_) => {}
        }
        if self.news.contains(figure.source.as_str()) {
            let message = "expected a study, label, guideline or review: a figure never rests on a news item alone";
            self.error(&path.key("source"), message);
        }
    }
}

/// Why a source's `url` cannot be cited, if it cannot: readers follow these links, so only
/// encrypted ones to a named host (a raw IP address is no publisher a reader can judge).
fn source_url_problem(url: &str) -> Option<&'static str> {
    let url = url.trim();
    let Some(rest) = url.get(..8).filter(|scheme| scheme.eq_ignore_ascii_case("https://")).and(url.get(8..)) else {
        return Some("expected an https link");
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = authority.rsplit('@').next().unwrap_or_default();
    let host = if host.starts_with('[') { host } else { host.split(':').next().unwrap_or_default() };
    let ipv4 =
        !host.is_empty() && host.split('.').all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()));
    if host.is_empty() {
        Some("expected an https link with a host name")
    } else if ipv4 || host.starts_with('[') {
        Some("expected a host name, not an IP address: cite the publisher, a DOI, PubMed or a drug label")
    } else {
        None
    }
}

fn cited_sources(dataset: &Dataset) -> SmallSet<&str> {
    let options = dataset.options.iter().flat_map(|o| o.sources.iter().chain(o.figures.iter().map(|f| &f.source)));
    let rules = dataset.rules.iter().flat_map(|r| r.sources.iter());
    options
        .chain(rules)
        .chain(dataset.condition.sources.iter())
        .chain(dataset.imdc.sources.iter())
        .map(String::as_str)
        .collect()
}

pub(crate) fn is_id(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Whether `name` is a safe name for the summary's download: a plain text file, whatever the
/// reader's system does with other kinds (an `.html` one would run a dataset's script, next to
/// the reader's answers; the security review of 2026-12-07, F3), and no folder in it. Letters
/// of any script are welcome; what is not a letter is one of ` ._-`, and no control or
/// direction mark (U+202E would show `summary.exe` as `summary.txt`). By ranges, not Unicode's
/// tables, which would add 13 KB to the validator module.
pub(crate) fn is_text_file_name(name: &str) -> bool {
    let plain = |c: char| {
        c.is_ascii_alphanumeric() || (c > '\u{bf}' && !matches!(c, '\u{2000}'..='\u{206f}' | '\u{feff}' | '\u{fff0}'..))
    };
    let Some(stem) = name.strip_suffix(".txt") else { return false };
    stem.starts_with(plain)
        && stem.chars().count() <= 80
        && stem.chars().all(|c| plain(c) || matches!(c, ' ' | '.' | '_' | '-'))
}

/// Whether `tag` is a language tag that every browser's `Intl` takes: a Unicode language
/// identifier (UTS #35, which ECMA-402 checks), that is a language of 2-3 or 5-8 letters, then
/// optionally a script (4 letters), a region (2 letters or 3 digits) and variants (5-8 letters
/// or digits, or a digit and 3 more), no variant twice. Extensions and private use (`-u-`,
/// `-x-`) are left out: no dataset needs them, and each has rules of its own that a tag could
/// break. The widget formats numbers and dates with `Intl`, which throws on a tag it refuses
/// (`vi-x`, `de-1996-1996`), so this check must never be looser than the browser's.
fn is_language_tag(tag: &str) -> bool {
    let alpha = |p: &str| p.bytes().all(|b| b.is_ascii_alphabetic());
    let alnum = |p: &str| p.bytes().all(|b| b.is_ascii_alphanumeric());
    let mut parts = tag.split('-').peekable();
    let language = parts.next().unwrap_or_default();
    if !matches!(language.len(), 2 | 3 | 5..=8) || !alpha(language) {
        return false;
    }
    parts.next_if(|p| p.len() == 4 && alpha(p));
    parts.next_if(|p| (p.len() == 2 && alpha(p)) || (p.len() == 3 && p.bytes().all(|b| b.is_ascii_digit())));
    let mut variants: Vec<String> = Vec::new();
    parts.all(|p| {
        let variant =
            alnum(p) && (matches!(p.len(), 5..=8) || (p.len() == 4 && p.starts_with(|c: char| c.is_ascii_digit())));
        let new = !variants.iter().any(|seen| seen.eq_ignore_ascii_case(p));
        variants.push(p.to_owned());
        variant && new
    })
}

/// `YYYY-MM-DD` with a month from 1 to 12 and a day from 1 to 31.
pub(crate) fn is_iso_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    let shape = bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| match i {
            4 | 7 => *b == b'-',
            _ => b.is_ascii_digit(),
        });
    let number = |range: std::ops::Range<usize>| text.get(range).and_then(|s| s.parse::<u8>().ok()).unwrap_or(0);
    shape && (1..=12).contains(&number(5..7)) && (1..=31).contains(&number(8..10))
}

/// Whether `text` has `number` as a whole number: not a part of 580, 5.8 or 5,8.
fn mentions_number(text: &str, number: u8) -> bool {
    let digits = number.to_string();
    // A neighbour continues the number if it is a digit, or a decimal mark followed by one.
    let continues = |mut side: std::iter::Peekable<&mut dyn Iterator<Item = char>>| match side.next() {
        Some(c) if c.is_ascii_digit() => true,
        Some('.' | ',') => side.peek().is_some_and(char::is_ascii_digit),
        _ => false,
    };
    text.match_indices(&digits).any(|(at, _)| {
        let before: &mut dyn Iterator<Item = char> = &mut text.get(..at).unwrap_or_default().chars().rev();
        let after: &mut dyn Iterator<Item = char> = &mut text.get(at + digits.len()..).unwrap_or_default().chars();
        !continues(before.peekable()) && !continues(after.peekable())
    })
}

#[cfg(test)]
mod tests {
    use super::mentions_number;

    #[test]
    fn source_links_are_https_to_a_named_host() {
        use super::source_url_problem as problem;
        for good in [
            "https://doi.org/10.1056/NEJMoa1816047",
            "HTTPS://pubmed.ncbi.nlm.nih.gov/30779529/",
            "https://www.fda.gov:443/x",
        ] {
            assert_eq!(problem(good), None, "{good}");
        }
        for bad in [
            "http://pubmed.ncbi.nlm.nih.gov/1",
            "http://47.251.13.51:8081/30543350",
            "https://47.251.13.51/30543350",
            "https://[2001:db8::1]/paper",
            "https://user@10.0.0.1/x",
            "https://",
            "javascript:alert(1)",
            "ftp://example.org/x",
        ] {
            assert!(problem(bad).is_some(), "{bad}");
        }
    }

    #[test]
    fn whole_numbers_only() {
        assert!(mentions_number("about 58 of 100 people.", 58));
        assert!(mentions_number("With sunitinib, 49 of 100.", 49));
        assert!(mentions_number("alive: 8.", 8));
        for (text, number) in [("580 people", 58), ("after 5.8 months", 8), ("5,8 meses", 5), ("158", 58)] {
            assert!(!mentions_number(text, number), "{text} {number}");
        }
    }
}
