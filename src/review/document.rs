//! The review document: one self-contained HTML file (no scripts, no requests) that a clinician
//! reads on screen or prints, and signs section by section.
//!
//! Every page printed carries the dataset's title, its dates and its SHA-256 (a fixed footer,
//! which Chromium repeats on each page), so a signed page names the exact file it approves.
//! Everything from the dataset is escaped: the content is text, never HTML.

use std::fmt::Write;

use mrcc_check::inventory::Inventory;
use mrcc_check::readability::{
    counts_es, fernandez_huerta, glossary_words, Counts, FIELD_GRADE, SUMMARY_EASE, SUMMARY_GRADE,
};
use mrcc_model::text::safe_href;
use mrcc_model::{Dataset, Fit, FitRule};

use crate::diff::{diff, touches, Change};
use crate::labels::Labels;
use crate::matrix::{describe, matrix, Expected};
use crate::passages::{passages, Passage};
use crate::text::{escape, json_name, sha256_hex};

/// What the review document is made from.
pub struct ReviewInput<'a> {
    /// The dataset, its interface strings included (`add_built_in_strings`).
    pub dataset: &'a Dataset,
    /// The file's bytes, for its hash.
    pub bytes: &'a [u8],
    /// The version the reviewer signed before, and its bytes: changes since are marked.
    pub since: Option<(&'a Dataset, &'a [u8])>,
    /// The cited situations (`content/situations.json`).
    pub table: &'a [Expected],
    /// The harms inventory, when it applies to this dataset.
    pub inventory: Option<&'a Inventory>,
    pub labels: &'a Labels,
}

const STYLE: &str = "
body{font:10pt/1.4 system-ui,sans-serif;color:#111;max-width:60rem;margin:0 auto;padding:1rem 1.25rem 3rem}
h1{font-size:1.6rem}h2{font-size:1.3rem;margin-top:2rem;border-bottom:2px solid #333;page-break-after:avoid}
h3{font-size:1.05rem;page-break-after:avoid}
table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{border:1px solid #999;padding:.25rem .4rem;vertical-align:top;text-align:left}
th{background:#eee}
tr{page-break-inside:avoid}
.where{display:block;color:#555;font-size:.8em;font-family:ui-monospace,monospace;word-break:break-all}
.mark{font-weight:700;color:#8a1c00}
tr.changed td{background:#fff4d6}
.over{color:#8a1c00;font-weight:700}
.signoff{border:2px solid #333;padding:.5rem .75rem;margin:1rem 0;page-break-inside:avoid}
.signoff label{margin-right:1.5rem}
.signoff .line{display:block;margin-top:.4rem}
.signoff input[type=text]{width:100%;border:0;border-bottom:1px solid #333;font:inherit}
.fields{display:grid;grid-template-columns:2fr 2fr 1fr;gap:1rem}
.matrix{font-size:.8em}.matrix td.q{width:30%}
.fit-likely{background:#e3f2e1}.fit-unlikely{background:#f7e0dc}
table.page{table-layout:fixed}table.page,table.page>*>tr>td{border:0;padding:0;margin:0}
.running{font-size:8pt;color:#444;border-bottom:1px solid #999;padding-bottom:2pt;margin-bottom:.5rem}
.matrix-page{page:landscape}
@page{margin:14mm 12mm}
@page landscape{size:A4 landscape}
@media print{body{max-width:none;padding:0}a{color:inherit}}
";

/// The review document of `input`, as HTML text.
pub fn review(input: &ReviewInput) -> String {
    let writer = Writer::new(input);
    let mut out = String::new();
    writer.front(&mut out);
    writer.contents(&mut out);
    writer.changes(&mut out);
    for (id, section, name) in [
        ("about", "meta", writer.l.about),
        ("condition", "condition", writer.l.condition),
        ("questions", "criteria", writer.l.questions),
        ("imdc", "imdc", writer.l.imdc),
    ] {
        writer.passages_section(&mut out, id, section, name);
    }
    for index in 0..writer.dataset.options.len() {
        writer.option(&mut out, index);
    }
    writer.matrix(&mut out);
    for (id, section, name) in [
        ("values", "values", writer.l.values),
        ("glossary", "glossary", writer.l.glossary),
        ("links", "links", writer.l.links),
    ] {
        writer.passages_section(&mut out, id, section, name);
    }
    writer.sources(&mut out);
    writer.inventory(&mut out);
    writer.passages_section(&mut out, "interface", "ui", writer.l.interface);
    let l = writer.l;
    let _ = write!(
        out,
        "<section id=\"final\"><h2>{}</h2><p>{}</p>{}</section>",
        l.final_sign_off,
        l.final_statement,
        writer.sign_off("final")
    );
    out.push_str("</td></tr></tbody></table></body></html>");
    out
}

/// What every section of the document reads: the input, and what is worked out once from it.
struct Writer<'a> {
    input: &'a ReviewInput<'a>,
    dataset: &'a Dataset,
    l: &'a Labels,
    hash: String,
    passages: Vec<Passage>,
    /// The changes since the signed version, when one is given.
    changes: Option<Vec<Change>>,
    /// The glossary's words, for the reading level.
    terms: Vec<String>,
    /// The dataset's primary language subtag, lowercase.
    language: String,
}

impl<'a> Writer<'a> {
    fn new(input: &'a ReviewInput<'a>) -> Self {
        let dataset = input.dataset;
        Writer {
            input,
            dataset,
            l: input.labels,
            hash: sha256_hex(input.bytes),
            passages: passages(dataset),
            changes: input.since.map(|(old, _)| diff(old, dataset, input.table)),
            terms: glossary_words(dataset),
            language: dataset.meta.language.split('-').next().unwrap_or_default().to_ascii_lowercase(),
        }
    }

    /// The reading level of a prose passage, with the limits the built-in content meets.
    fn level(&self, passage: &Passage) -> String {
        if !passage.prose {
            return String::new();
        }
        let l = self.l;
        let summary = passage.key.ends_with(".summary");
        let over =
            |over: bool| if over { format!(" <span class=\"over\">{}</span>", l.above_limit) } else { String::new() };
        match self.language.as_str() {
            "en" => {
                let grade = Counts::with_terms(&passage.text, &self.terms).grade();
                let limit = if summary { SUMMARY_GRADE } else { FIELD_GRADE };
                format!("{} {grade:.1}{}", l.grade, over(grade > limit))
            }
            "es" => {
                let ease = fernandez_huerta(counts_es(&passage.text, &self.terms));
                format!("{} {ease:.0}{}", l.ease, over(summary && ease < SUMMARY_EASE))
            }
            _ => String::new(),
        }
    }

    /// "New" or "Changed" since the signed version, or nothing.
    fn mark(&self, key: &str) -> &'static str {
        match self.changes.as_deref().and_then(|changes| touches(changes, key)) {
            Some(true) => self.l.new_mark,
            Some(false) => self.l.changed_mark,
            None => "",
        }
    }

    /// A row's class and the mark before its text, for `key`'s mark.
    fn flagged(&self, key: &str) -> (&'static str, String) {
        match self.mark(key) {
            "" => ("", String::new()),
            flag => (" class=\"changed\"", format!("<span class=\"mark\">{flag}</span> ")),
        }
    }

    /// The fit's name in the dataset's own words ("Often used").
    fn fit_name(&self, fit: Fit) -> String {
        self.dataset.ui.0.get(&format!("fit_{}", fit.as_str())).cloned().unwrap_or_else(|| fit.as_str().to_owned())
    }

    /// The passages of a section as a table: where, text, reading level.
    fn passages_table(&self, section: &str) -> String {
        let l = self.l;
        let mut out = format!("<table><tr><th>{}</th><th>{}</th><th>{}</th></tr>", l.where_, l.text, l.reading);
        for passage in self.passages.iter().filter(|p| p.section == section) {
            let (class, flag) = self.flagged(&passage.key);
            let _ = write!(
                out,
                "<tr{class}><td>{flag}{}<span class=\"where\">{}</span></td><td>{}</td><td>{}</td></tr>",
                escape(&l.passage_label(&passage.label)),
                escape(&passage.path),
                escape(&passage.text),
                self.level(passage)
            );
        }
        out.push_str("</table>");
        out
    }

    /// The boxes a reviewer fills for a section: approve, change requested, comment, who, when.
    fn sign_off(&self, id: &str) -> String {
        let l = self.l;
        let id = escape(id);
        format!(
            "<div class=\"signoff\"><strong>{s}</strong><br>\
             <label><input type=\"checkbox\" name=\"{id}-approve\"> {a}</label>\
             <label><input type=\"checkbox\" name=\"{id}-change\"> {c}</label>\
             <label class=\"line\">{cm} <input type=\"text\" name=\"{id}-comment\"></label>\
             <span class=\"fields\"><label>{r} <input type=\"text\" name=\"{id}-reviewer\"></label>\
             <label>{ro} <input type=\"text\" name=\"{id}-role\"></label>\
             <label>{d} <input type=\"text\" name=\"{id}-date\"></label></span></div>",
            s = l.sign_off,
            a = l.approve,
            c = l.change_requested,
            cm = l.comment,
            r = l.reviewer,
            ro = l.role,
            d = l.date,
        )
    }

    /// The head, the running line every printed page repeats, the title and what is signed.
    fn front(&self, out: &mut String) {
        let (l, meta, hash) = (self.l, &self.dataset.meta, &self.hash);
        let title = escape(&meta.title);
        let _ = write!(
            out,
            "<!doctype html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
             <title>{review}: {title}</title><style>{STYLE}</style></head><body>",
            lang = escape(&meta.language),
            review = l.review,
        );
        // The running line in a table head, which browsers repeat at the top of every printed page.
        let _ = write!(
            out,
            "<table class=\"page\"><thead><tr><td><div class=\"running\">{title} &middot; {} {} &middot; SHA-256 {hash}</div></td></tr></thead><tbody><tr><td>",
            l.content_reviewed,
            escape(&meta.reviewed),
        );
        let _ = write!(out, "<h1>{}: {title}</h1><p>{}</p><p>{}</p>", l.review, l.intro, l.how_to_sign);
        let _ = write!(
            out,
            "<table><tr><th>{}</th><td>{title}</td></tr><tr><th>{}</th><td>{}</td></tr><tr><th>{}</th><td>{}</td></tr>\
             <tr><th>{}</th><td>{}</td></tr><tr><th>{}</th><td><code>{hash}</code></td></tr>",
            l.dataset,
            l.language,
            escape(&meta.language),
            l.content_reviewed,
            escape(&l.date(&meta.reviewed)),
            l.next_review,
            escape(&l.date(&meta.next_review)),
            l.hash,
        );
        if let Some((_, old_bytes)) = self.input.since {
            let _ = write!(out, "<tr><th>{}</th><td><code>{}</code></td></tr>", l.compared_with, sha256_hex(old_bytes));
        }
        out.push_str("</table>");
    }

    fn contents(&self, out: &mut String) {
        let l = self.l;
        let mut sections: Vec<(String, String)> = Vec::new();
        if self.changes.is_some() {
            sections.push(("changes".into(), l.changes.into()));
        }
        for (id, name) in [("about", l.about), ("condition", l.condition), ("questions", l.questions), ("imdc", l.imdc)]
        {
            sections.push((id.into(), name.into()));
        }
        for option in &self.dataset.options {
            sections.push((format!("option-{}", option.id), format!("{}: {}", l.option, option.name)));
        }
        for (id, name) in [
            ("matrix", l.matrix),
            ("values", l.values),
            ("glossary", l.glossary),
            ("links", l.links),
            ("sources", l.sources),
            ("inventory", l.inventory),
            ("interface", l.interface),
            ("final", l.final_sign_off),
        ] {
            if id != "inventory" || self.input.inventory.is_some() {
                sections.push((id.into(), name.into()));
            }
        }
        let _ = write!(out, "<nav><h2>{}</h2><ol>", l.contents);
        for (id, name) in &sections {
            let _ = write!(out, "<li><a href=\"#{}\">{}</a></li>", escape(id), escape(name));
        }
        out.push_str("</ol></nav>");
    }

    /// Every change since the signed version, when one is given.
    fn changes(&self, out: &mut String) {
        let (Some(changes), l) = (&self.changes, self.l) else { return };
        let _ = write!(out, "<section id=\"changes\"><h2>{}</h2>", l.changes);
        if changes.is_empty() {
            let _ = write!(out, "<p>{}</p>", l.no_changes);
        }
        out.push_str("<ul>");
        for change in changes {
            let how = match (&change.old, &change.new) {
                (None, _) => l.new_mark,
                (_, None) => l.removed,
                _ => l.changed_mark,
            };
            let _ =
                write!(out, "<li><strong>{how}</strong> {} <code>{}</code>", change.what.as_str(), escape(&change.key));
            if let Some(old) = &change.old {
                let _ = write!(out, "<br><del>{}</del>", escape(old));
            }
            if let Some(new) = &change.new {
                let _ = write!(out, "<br><ins>{}</ins>", escape(new));
            }
            out.push_str("</li>");
        }
        out.push_str("</ul></section>");
    }

    /// A section of passages, with the sources it cites and its sign-off.
    fn passages_section(&self, out: &mut String, id: &str, section: &str, name: &str) {
        let dataset = self.dataset;
        let _ = write!(out, "<section id=\"{id}\"><h2>{name}</h2>{}", self.passages_table(section));
        let cited: &[String] = match section {
            "condition" => &dataset.condition.sources,
            "imdc" => &dataset.imdc.sources,
            _ => &[],
        };
        sources_list(out, dataset, cited, self.l);
        let _ = write!(out, "{}</section>", self.sign_off(id));
    }

    /// An option: its passages, its figures, its rules as sentences, its sources, its sign-off.
    fn option(&self, out: &mut String, index: usize) {
        let (l, dataset) = (self.l, self.dataset);
        let Some(option) = dataset.options.get(index) else { return };
        let id = format!("option-{}", option.id);
        let _ = write!(
            out,
            "<section id=\"{}\"><h2>{}: {}</h2>{}",
            escape(&id),
            l.option,
            escape(&option.name),
            self.passages_table(&format!("option:{}", option.id))
        );
        if !option.figures.is_empty() {
            let _ = write!(
                out,
                "<h3>{}</h3><table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>",
                l.figures, l.text, l.measure, l.group, l.time_frame, l.evidence, l.uncertainty
            );
            for (j, figure) in option.figures.iter().enumerate() {
                let (class, flag) = self.flagged(&format!("options[{}].figures[{j}]", option.id));
                let analysis = figure
                    .analysis
                    .as_ref()
                    .map(|a| format!("; {} {} {}", l.analysis, json_name(a.stage), a.year))
                    .unwrap_or_default();
                let people = figure.people.map(|p| format!("; {} {p}", l.people)).unwrap_or_default();
                let _ = write!(
                    out,
                    "<tr{class}><td>{flag}{} ({})<span class=\"where\">options[{index}].figures[{j}]</span></td><td>{}{analysis}</td><td>{}</td><td>{}</td><td>{}{people}; {} {}</td><td>{}</td></tr>",
                    escape(&figure.text),
                    json_name(figure.kind),
                    figure.measure.map(json_name).unwrap_or_else(|| l.none_given.into()),
                    escape(&figure.group),
                    escape(&figure.time_frame),
                    json_name(figure.evidence),
                    l.source,
                    escape(&source_name(dataset, &figure.source)),
                    figure.uncertainty.as_deref().map(escape).unwrap_or_else(|| l.none_given.into()),
                );
            }
            out.push_str("</table>");
        }
        let _ = write!(out, "<h3>{}</h3><ul>", l.rules);
        for (r, rule) in dataset.rules.iter().enumerate().filter(|(_, rule)| rule.option == option.id) {
            let (class, flag) = self.flagged(&format!("rules[{}]", rule.id));
            let _ = write!(
                out,
                "<li{class}>{flag}{}<span class=\"where\">rules[{r}] ({})</span></li>",
                rule_sentence(dataset, rule, &self.fit_name(rule.fit), l),
                escape(&rule.id)
            );
        }
        // The default is marked when its fit or its reason changed.
        let key = format!("options[{}]", option.id);
        let (mut class, mut flag) = self.flagged(&format!("{key}.default_fit"));
        if flag.is_empty() {
            (class, flag) = self.flagged(&format!("{key}.default_reason"));
        }
        let _ = write!(
            out,
            "<li{class}>{flag}{}: {} &mdash; {}: \u{201c}{}\u{201d}</li></ul>",
            l.otherwise,
            escape(&self.fit_name(option.default_fit)),
            l.reason,
            escape(&option.default_reason)
        );
        sources_list(out, dataset, &option.sources, l);
        let _ = write!(out, "{}</section>", self.sign_off(&id));
    }

    /// The fit of every option in every situation of the matrix, on landscape pages.
    fn matrix(&self, out: &mut String) {
        let (l, dataset) = (self.l, self.dataset);
        let legend: Vec<String> = [Fit::Likely, Fit::Possible, Fit::Unlikely]
            .iter()
            .map(|fit| format!("{} = \u{201c}{}\u{201d}", l.fit_short[*fit as usize], escape(&self.fit_name(*fit))))
            .collect();
        let _ = write!(
            out,
            "<section id=\"matrix\" class=\"matrix-page\"><h2>{}</h2><p>{}</p><p>{}</p><table class=\"matrix\"><tr><th>{}</th>",
            l.matrix,
            l.matrix_intro,
            legend.join("; "),
            l.situation
        );
        for option in &dataset.options {
            let _ = write!(out, "<th>{}</th>", escape(&option.name));
        }
        out.push_str("</tr>");
        for row in matrix(dataset, self.input.table) {
            // A row of one answer names only that answer: the rest are "not sure".
            let described = describe(dataset, &row.query, row.expected.is_none());
            let mut what = if described.is_empty() { l.no_answers.to_owned() } else { escape(&described) };
            if let Some(expected) = &row.expected {
                let option = dataset.option(&expected.option).map_or(expected.option.as_str(), |o| o.name.as_str());
                let _ = write!(
                    what,
                    "<span class=\"where\">{}: {}: {} {} ({})</span>",
                    l.cited,
                    escape(option),
                    l.expected,
                    escape(&self.fit_name(expected.fit)),
                    escape(&expected.evidence)
                );
            }
            let _ = write!(out, "<tr><td class=\"q\">{what}</td>");
            for fit in &row.fits {
                let _ = write!(out, "<td class=\"fit-{}\">{}</td>", fit.as_str(), l.fit_short[*fit as usize]);
            }
            out.push_str("</tr>");
        }
        let _ = write!(out, "</table>{}</section>", self.sign_off("matrix"));
    }

    /// Every source: title, kind, year, publisher, what it is, its link.
    fn sources(&self, out: &mut String) {
        let l = self.l;
        let _ = write!(
            out,
            "<section id=\"sources\"><h2>{}</h2><table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>",
            l.sources, l.source, l.kind, l.year, l.text
        );
        for (i, source) in self.dataset.sources.iter().enumerate() {
            let (class, flag) = self.flagged(&format!("sources[{}]", source.id));
            let link = match source.url.as_deref().and_then(safe_href) {
                Some(url) => format!("<br><a href=\"{0}\">{0}</a>", escape(url)),
                None => String::new(),
            };
            let _ = write!(
                out,
                "<tr{class}><td>{flag}{}<span class=\"where\">sources[{i}] ({})</span></td><td>{}</td><td>{}</td><td>{}{}{link}</td></tr>",
                escape(&source.title),
                escape(&source.id),
                source.kind.map(json_name).unwrap_or_default(),
                source.year.map(|y| y.to_string()).unwrap_or_default(),
                escape(&source.publisher),
                source.about.as_deref().map(|a| format!("<br>{}", escape(a))).unwrap_or_default(),
            );
        }
        let _ = write!(out, "</table>{}</section>", self.sign_off("sources"));
    }

    /// The harms inventory, each item with the passages that tell it, or why it is left out.
    fn inventory(&self, out: &mut String) {
        let (Some(inventory), l) = (self.input.inventory, self.l) else { return };
        let _ = write!(
            out,
            "<section id=\"inventory\"><h2>{}</h2><p>{}</p><table><tr><th>{}</th><th>{}</th></tr>",
            l.inventory, l.inventory_intro, l.source, l.told_in
        );
        for entry in inventory.medicines.iter().chain(&inventory.procedures) {
            for item in &entry.items {
                let told = if let Some(reason) = &item.left_out {
                    format!("<strong>{}</strong>: {}", l.left_out, escape(reason))
                } else {
                    let places: Vec<String> = item
                        .told
                        .iter()
                        .map(|path| match self.passages.iter().find(|p| &p.path == path) {
                            Some(p) => format!(
                                "{}, {} <span class=\"where\">{}</span>",
                                escape(section_name(self.dataset, &p.section)),
                                escape(&l.passage_label(&p.label)),
                                escape(path)
                            ),
                            None => format!("<span class=\"where\">{}</span>{}", escape(path), l.not_found),
                        })
                        .collect();
                    places.join("<br>")
                };
                let _ = write!(
                    out,
                    "<tr><td><strong>{}</strong>: {} {}</td><td>{told}</td></tr>",
                    escape(&entry.name),
                    escape(&item.section),
                    escape(&item.warning)
                );
            }
        }
        let _ = write!(out, "</table>{}</section>", self.sign_off("inventory"));
    }
}

/// A passage's section as a reviewer names it: the option's name for an option's.
fn section_name<'a>(dataset: &'a Dataset, section: &'a str) -> &'a str {
    match section.strip_prefix("option:").and_then(|id| dataset.option(id)) {
        Some(option) => &option.name,
        None => section,
    }
}

fn source_name(dataset: &Dataset, id: &str) -> String {
    match dataset.source(id) {
        Some(source) => match source.year {
            Some(year) => format!("{} ({year})", source.title),
            None => source.title.clone(),
        },
        None => id.to_owned(),
    }
}

fn sources_list(out: &mut String, dataset: &Dataset, ids: &[String], l: &Labels) {
    if ids.is_empty() {
        return;
    }
    let _ = write!(out, "<h3>{}</h3><ul>", l.sources_cited);
    for id in ids {
        let _ =
            write!(out, "<li>{} <span class=\"where\">{}</span></li>", escape(&source_name(dataset, id)), escape(id));
    }
    out.push_str("</ul>");
}

/// A fit rule as a sentence: "When “What type …?” is answered “Clear cell” or “Papillary”,
/// and …: Often used: the reader sees “…”. Sources: …".
pub fn rule_sentence(dataset: &Dataset, rule: &FitRule, fit: &str, l: &Labels) -> String {
    let conditions: Vec<String> = rule
        .when
        .iter()
        .map(|(criterion_id, choices)| {
            let criterion = dataset.criterion(criterion_id);
            let question = criterion.map_or(criterion_id.as_str(), |c| c.label.as_str());
            let answers: Vec<String> = choices
                .iter()
                .map(|choice| {
                    let label = criterion
                        .and_then(|c| c.choices.iter().find(|x| &x.id == choice))
                        .map_or(choice.as_str(), |c| c.label.as_str());
                    format!("\u{201c}{}\u{201d}", escape(label))
                })
                .collect();
            format!("\u{201c}{}\u{201d} {} {}", escape(question), l.answer_is, answers.join(&format!(" {} ", l.or)))
        })
        .collect();
    let sources: Vec<String> = rule.sources.iter().map(|id| escape(&source_name(dataset, id))).collect();
    format!(
        "{} {}: <strong>{}</strong> &mdash; {}: \u{201c}{}\u{201d} {}: {}",
        l.when,
        conditions.join(&format!(", {} ", l.and)),
        escape(fit),
        l.reason,
        escape(&rule.reason),
        l.sources_cited,
        if sources.is_empty() { l.none_given.to_owned() } else { sources.join("; ") }
    )
}
