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
use crate::{escape, json_name, sha256_hex};

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
    let ReviewInput { dataset, bytes, since, table, inventory, labels: l } = input;
    let hash = sha256_hex(bytes);
    let all = passages(dataset);
    let changes: Option<Vec<Change>> = since.map(|(old, _)| diff(old, dataset, table));
    let terms = glossary_words(dataset);
    let language = dataset.meta.language.split('-').next().unwrap_or_default().to_ascii_lowercase();
    let level = |passage: &Passage| -> String {
        if !passage.prose {
            return String::new();
        }
        let summary = passage.key.ends_with(".summary");
        match language.as_str() {
            "en" => {
                let grade = Counts::with_terms(&passage.text, &terms).grade();
                let limit = if summary { SUMMARY_GRADE } else { FIELD_GRADE };
                let over = if grade > limit {
                    format!(" <span class=\"over\">{}</span>", l.above_limit)
                } else {
                    String::new()
                };
                format!("{} {grade:.1}{over}", l.grade)
            }
            "es" => {
                let ease = fernandez_huerta(counts_es(&passage.text, &terms));
                let over = if summary && ease < SUMMARY_EASE {
                    format!(" <span class=\"over\">{}</span>", l.above_limit)
                } else {
                    String::new()
                };
                format!("{} {ease:.0}{over}", l.ease)
            }
            _ => String::new(),
        }
    };
    // "New" or "Changed" since the signed version, or nothing.
    let mark = |key: &str| -> &'static str {
        match changes.as_deref().and_then(|changes| touches(changes, key)) {
            Some(true) => l.new_mark,
            Some(false) => l.changed_mark,
            None => "",
        }
    };
    let table_of = |section: &str| -> String {
        let mut out = format!("<table><tr><th>{}</th><th>{}</th><th>{}</th></tr>", l.where_, l.text, l.reading);
        for passage in all.iter().filter(|p| p.section == section) {
            let flag = mark(&passage.key);
            let (class, flag) = if flag.is_empty() {
                ("", String::new())
            } else {
                (" class=\"changed\"", format!("<span class=\"mark\">{flag}</span> "))
            };
            let _ = write!(
                out,
                "<tr{class}><td>{flag}{}<span class=\"where\">{}</span></td><td>{}</td><td>{}</td></tr>",
                escape(&passage.label),
                escape(&passage.path),
                escape(&passage.text),
                level(passage)
            );
        }
        out.push_str("</table>");
        out
    };
    let sign_off = |id: &str| -> String {
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
    };

    let title = &dataset.meta.title;
    let mut out = String::new();
    let _ = write!(
        out,
        "<!doctype html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{review}: {title}</title><style>{STYLE}</style></head><body>",
        lang = escape(&dataset.meta.language),
        review = l.review,
        title = escape(title),
    );
    // The running line in a table head, which browsers repeat at the top of every printed page.
    let _ = write!(
        out,
        "<table class=\"page\"><thead><tr><td><div class=\"running\">{} &middot; {} {} &middot; SHA-256 {hash}</div></td></tr></thead><tbody><tr><td>",
        escape(title),
        l.content_reviewed,
        escape(&dataset.meta.reviewed),
    );
    let _ = write!(out, "<h1>{}: {}</h1><p>{}</p><p>{}</p>", l.review, escape(title), l.intro, l.how_to_sign);
    let _ = write!(
        out,
        "<table><tr><th>{}</th><td>{}</td></tr><tr><th>{}</th><td>{}</td></tr><tr><th>{}</th><td>{}</td></tr>\
         <tr><th>{}</th><td>{}</td></tr><tr><th>{}</th><td><code>{hash}</code></td></tr>",
        l.dataset,
        escape(title),
        l.language,
        escape(&dataset.meta.language),
        l.content_reviewed,
        escape(&l.date(&dataset.meta.reviewed)),
        l.next_review,
        escape(&l.date(&dataset.meta.next_review)),
        l.hash,
    );
    if let Some((_, old_bytes)) = since {
        let _ = write!(out, "<tr><th>{}</th><td><code>{}</code></td></tr>", l.compared_with, sha256_hex(old_bytes));
    }
    out.push_str("</table>");

    // Contents.
    let mut sections: Vec<(String, String)> = vec![
        ("about".into(), l.about.into()),
        ("condition".into(), l.condition.into()),
        ("questions".into(), l.questions.into()),
        ("imdc".into(), l.imdc.into()),
    ];
    for option in &dataset.options {
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
        if id != "inventory" || inventory.is_some() {
            sections.push((id.into(), name.into()));
        }
    }
    if changes.is_some() {
        sections.insert(0, ("changes".into(), l.changes.into()));
    }
    let _ = write!(out, "<nav><h2>{}</h2><ol>", l.contents);
    for (id, name) in &sections {
        let _ = write!(out, "<li><a href=\"#{}\">{}</a></li>", escape(id), escape(name));
    }
    out.push_str("</ol></nav>");

    if let Some(changes) = &changes {
        let _ = write!(out, "<section id=\"changes\"><h2>{}</h2>", l.changes);
        if changes.is_empty() {
            let _ = write!(out, "<p>{}</p>", l.no_changes);
        } else {
            out.push_str("<ul>");
            for change in changes {
                let how = match (&change.old, &change.new) {
                    (None, _) => l.new_mark,
                    (_, None) => l.removed,
                    _ => l.changed_mark,
                };
                let _ = write!(
                    out,
                    "<li><strong>{how}</strong> {} <code>{}</code>",
                    change.what.as_str(),
                    escape(&change.key)
                );
                if let Some(old) = &change.old {
                    let _ = write!(out, "<br><del>{}</del>", escape(old));
                }
                if let Some(new) = &change.new {
                    let _ = write!(out, "<br><ins>{}</ins>", escape(new));
                }
                out.push_str("</li>");
            }
            out.push_str("</ul>");
        }
        out.push_str("</section>");
    }

    for (id, section, name) in [
        ("about", "meta", l.about),
        ("condition", "condition", l.condition),
        ("questions", "criteria", l.questions),
        ("imdc", "imdc", l.imdc),
    ] {
        let _ = write!(out, "<section id=\"{id}\"><h2>{name}</h2>{}", table_of(section));
        let cited: &[String] = match section {
            "condition" => &dataset.condition.sources,
            "imdc" => &dataset.imdc.sources,
            _ => &[],
        };
        sources_list(&mut out, dataset, cited, l);
        let _ = write!(out, "{}</section>", sign_off(id));
    }

    let fit_name = |fit: Fit| -> String {
        dataset.ui.0.get(&format!("fit_{}", fit.as_str())).cloned().unwrap_or_else(|| fit.as_str().to_owned())
    };
    for (index, option) in dataset.options.iter().enumerate() {
        let id = format!("option-{}", option.id);
        let _ = write!(
            out,
            "<section id=\"{}\"><h2>{}: {}</h2>{}",
            escape(&id),
            l.option,
            escape(&option.name),
            table_of(&format!("option:{}", option.id))
        );
        if !option.figures.is_empty() {
            let _ = write!(
                out,
                "<h3>{}</h3><table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>",
                l.figures, l.text, l.measure, l.group, l.time_frame, l.evidence, l.uncertainty
            );
            for (j, figure) in option.figures.iter().enumerate() {
                let flag = mark(&format!("options[{}].figures[{j}]", option.id));
                let analysis = figure
                    .analysis
                    .as_ref()
                    .map(|a| format!("; {} {} {}", l.analysis, json_name(a.stage), a.year))
                    .unwrap_or_default();
                let people = figure.people.map(|p| format!("; {} {p}", l.people)).unwrap_or_default();
                let _ = write!(
                    out,
                    "<tr{}><td>{}{} ({})<span class=\"where\">options[{index}].figures[{j}]</span></td><td>{}{analysis}</td><td>{}</td><td>{}</td><td>{}{people}; {} {}</td><td>{}</td></tr>",
                    if flag.is_empty() { "" } else { " class=\"changed\"" },
                    if flag.is_empty() { String::new() } else { format!("<span class=\"mark\">{flag}</span> ") },
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
            let flag = mark(&format!("rules[{}]", rule.id));
            let _ = write!(
                out,
                "<li{}>{}{}<span class=\"where\">rules[{r}] ({})</span></li>",
                if flag.is_empty() { "" } else { " class=\"changed\"" },
                if flag.is_empty() { String::new() } else { format!("<span class=\"mark\">{flag}</span> ") },
                rule_sentence(dataset, rule, &fit_name(rule.fit), l),
                escape(&rule.id)
            );
        }
        let key = format!("options[{}]", option.id);
        let flag = [mark(&format!("{key}.default_fit")), mark(&format!("{key}.default_reason"))]
            .into_iter()
            .max()
            .unwrap_or("");
        let _ = write!(
            out,
            "<li{}>{}{}: {} &mdash; {}: \u{201c}{}\u{201d}</li></ul>",
            if flag.is_empty() { "" } else { " class=\"changed\"" },
            if flag.is_empty() { String::new() } else { format!("<span class=\"mark\">{flag}</span> ") },
            l.otherwise,
            escape(&fit_name(option.default_fit)),
            l.reason,
            escape(&option.default_reason)
        );
        sources_list(&mut out, dataset, &option.sources, l);
        let _ = write!(out, "{}</section>", sign_off(&id));
    }

    // The matrix.
    let rows = matrix(dataset, table);
    let legend: Vec<String> = [Fit::Likely, Fit::Possible, Fit::Unlikely]
        .iter()
        .map(|fit| format!("{} = \u{201c}{}\u{201d}", l.fit_short[*fit as usize], escape(&fit_name(*fit))))
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
    for row in &rows {
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
                escape(&fit_name(expected.fit)),
                escape(&expected.evidence)
            );
        }
        let _ = write!(out, "<tr><td class=\"q\">{what}</td>");
        for fit in &row.fits {
            let _ = write!(out, "<td class=\"fit-{}\">{}</td>", fit.as_str(), l.fit_short[*fit as usize]);
        }
        out.push_str("</tr>");
    }
    let _ = write!(out, "</table>{}</section>", sign_off("matrix"));

    for (id, section, name) in
        [("values", "values", l.values), ("glossary", "glossary", l.glossary), ("links", "links", l.links)]
    {
        let _ = write!(out, "<section id=\"{id}\"><h2>{name}</h2>{}{}</section>", table_of(section), sign_off(id));
    }

    // Sources, with who cites them.
    let _ = write!(
        out,
        "<section id=\"sources\"><h2>{}</h2><table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>",
        l.sources, l.source, l.kind, l.year, l.text
    );
    for (i, source) in dataset.sources.iter().enumerate() {
        let flag = mark(&format!("sources[{}]", source.id));
        let link = match source.url.as_deref().and_then(safe_href) {
            Some(url) => format!("<br><a href=\"{0}\">{0}</a>", escape(url)),
            None => String::new(),
        };
        let _ = write!(
            out,
            "<tr{}><td>{}{}<span class=\"where\">sources[{i}] ({})</span></td><td>{}</td><td>{}</td><td>{}{}{link}</td></tr>",
            if flag.is_empty() { "" } else { " class=\"changed\"" },
            if flag.is_empty() { String::new() } else { format!("<span class=\"mark\">{flag}</span> ") },
            escape(&source.title),
            escape(&source.id),
            source.kind.map(json_name).unwrap_or_default(),
            source.year.map(|y| y.to_string()).unwrap_or_default(),
            escape(&source.publisher),
            source.about.as_deref().map(|a| format!("<br>{}", escape(a))).unwrap_or_default(),
        );
    }
    let _ = write!(out, "</table>{}</section>", sign_off("sources"));

    if let Some(inventory) = inventory {
        let by_path = |path: &str| all.iter().find(|p| p.path == path);
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
                    item.told
                        .iter()
                        .map(|path| match by_path(path) {
                            Some(p) => format!(
                                "{}, {} <span class=\"where\">{}</span>",
                                escape(section_name(dataset, &p.section)),
                                escape(&p.label),
                                escape(path)
                            ),
                            None => format!("<span class=\"where\">{}</span>{}", escape(path), l.not_found),
                        })
                        .collect::<Vec<_>>()
                        .join("<br>")
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
        let _ = write!(out, "</table>{}</section>", sign_off("inventory"));
    }

    let _ = write!(
        out,
        "<section id=\"interface\"><h2>{}</h2>{}{}</section>",
        l.interface,
        table_of("ui"),
        sign_off("interface")
    );
    let _ = write!(
        out,
        "<section id=\"final\"><h2>{}</h2><p>{}</p>{}</section>",
        l.final_sign_off,
        l.final_statement,
        sign_off("final")
    );
    out.push_str("</td></tr></tbody></table></body></html>");
    out
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
