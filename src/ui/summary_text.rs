//! The reader's summary as plain text, for the downloaded file. Pure, so it is tested natively.

use super::state::ExplorerState;
use super::strings::Strings;
use crate::content::{Dataset, Source};
use crate::rules::evaluate;

/// Everything the printable summary holds, as plain text with headings underlined.
pub fn summary_text(dataset: &Dataset, state: &ExplorerState, s: &Strings, links: &[(String, String)]) -> String {
    let mut out = String::new();
    let heading = |out: &mut String, title: &str| {
        out.push_str(&format!("\n{title}\n{}\n", "=".repeat(title.chars().count())));
    };
    out.push_str(&format!("{}\n{}\n", s.summary_heading, dataset.meta.title));

    heading(&mut out, &s.situation_heading);
    for (criterion, answer) in answers(dataset, state, s) {
        out.push_str(&format!("- {criterion} {answer}\n"));
    }

    heading(&mut out, &s.options_heading);
    for fit in evaluate(dataset, &state.situation) {
        out.push_str(&format!("- {}: {}.\n", fit.option.name, s.fit(fit.fit)));
        for reason in fit.reasons {
            out.push_str(&format!("  {reason}\n"));
        }
    }

    let compared: Vec<_> = state.compared.iter().filter_map(|id| dataset.option(id)).collect();
    if compared.len() >= 2 {
        heading(&mut out, &s.compare_heading);
        for option in compared {
            out.push_str(&format!("{}\n", option.name));
            out.push_str(&format!("  {}: {}\n", s.compare_summary, option.summary));
            out.push_str(&format!("  {}: {}\n", s.goal, option.goal));
            out.push_str(&format!("  {}: {}\n", s.compare_how, option.what_it_involves));
            out.push_str(&format!("  {}: {}\n", s.time_and_recovery, option.time_and_recovery));
            out.push_str(&format!("  {}: {}\n", s.compare_benefits, option.benefits.join(" ")));
            out.push_str(&format!("  {}: {}\n", s.compare_harms, option.harms.join(" ")));
            out.push_str(&format!("  {}: {}\n", s.usually_for, option.usually_for));
        }
    }

    if !dataset.values.is_empty() {
        heading(&mut out, &s.values_heading);
        for value in &dataset.values {
            let rating = state.values.get(&value.id).map_or(s.not_rated.as_str(), |&i| s.importance(i));
            out.push_str(&format!("- {}: {rating}\n", value.statement));
        }
    }

    heading(&mut out, &s.my_questions_heading);
    if state.questions.is_empty() {
        out.push_str(&format!("{}\n", s.no_questions));
    }
    for (i, question) in state.questions.iter().enumerate() {
        out.push_str(&format!("{}. {question}\n", i + 1));
    }

    if !links.is_empty() {
        heading(&mut out, &s.next_steps);
        for (label, href) in links {
            out.push_str(&format!("- {label}: {href}\n"));
        }
    }

    heading(&mut out, &s.sources);
    for source in cited_sources(dataset) {
        let year = source.year.map(|y| format!(", {y}")).unwrap_or_default();
        let url = source.url.as_deref().map(|u| format!(" {u}")).unwrap_or_default();
        out.push_str(&format!("- {}. {}{year}.{url}\n", source.title, source.publisher));
    }

    heading(&mut out, &s.about);
    out.push_str(&format!(
        "{} {}. {} {}.\n",
        s.reviewed, dataset.meta.reviewed, s.next_review, dataset.meta.next_review
    ));
    out.push_str(&format!("{}\n", dataset.meta.disclaimer));
    out
}

/// Each criterion's label with the reader's answer in words.
pub fn answers<'a>(dataset: &'a Dataset, state: &ExplorerState, s: &Strings) -> Vec<(&'a str, String)> {
    dataset
        .criteria
        .iter()
        .map(|criterion| {
            let chosen: Vec<&str> = state
                .situation
                .chosen(&criterion.id)
                .iter()
                .filter_map(|id| criterion.choices.iter().find(|c| &c.id == id).map(|c| c.label.as_str()))
                .collect();
            let answer = if chosen.is_empty() { s.not_answered.to_owned() } else { chosen.join(", ") };
            (criterion.label.as_str(), answer)
        })
        .collect()
}

/// The sources the options cite, each once, in order of first citation.
pub fn cited_sources(dataset: &Dataset) -> Vec<&Source> {
    let mut seen = Vec::new();
    for id in dataset.options.iter().flat_map(|o| &o.sources) {
        if let Some(source) = dataset.source(id) {
            if !seen.iter().any(|s: &&Source| s.id == source.id) {
                seen.push(source);
            }
        }
    }
    seen
}
