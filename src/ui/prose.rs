use yew::prelude::*;

use crate::content::text::{fold_case, is_word_char};
use crate::content::GlossaryEntry;

/// Text in which each medical word from the glossary is marked (first use only) and can be
/// opened in place to show its meaning. A plain function, not a component: as a component,
/// each text was copied into its props.
pub fn prose(text: &str, glossary: &[GlossaryEntry]) -> Html {
    html! {
        <>
            { for split_terms(text, glossary).into_iter().map(|segment| match segment {
                Segment::Text(text) => html! { { text } },
                Segment::Term { text, definition } => html! { <GlossaryTerm {text} {definition} /> },
            }) }
        </>
    }
}

#[derive(Debug, PartialEq)]
pub enum Segment {
    Text(String),
    Term { text: String, definition: String },
}

/// Splits `text` into plain runs and glossary words, matching whole words without regard to
/// case, and marking each glossary entry once.
pub fn split_terms(text: &str, glossary: &[GlossaryEntry]) -> Vec<Segment> {
    // Folding keeps byte lengths, so offsets in `lower` are offsets in `text`.
    let lower = fold_case(text);
    let mut found: Vec<(usize, usize, &str)> = Vec::new();
    for entry in glossary {
        let forms = std::iter::once(&entry.term).chain(&entry.also);
        let first =
            forms.filter_map(|form| find_word(&lower, &fold_case(form)).map(|start| (start, start + form.len()))).min();
        if let Some((start, end)) = first {
            // Kept in order as it grows: a handful of words, where `sort` would add kilobytes of wasm.
            let item = (start, end, entry.definition.as_str());
            found.insert(found.partition_point(|earlier| *earlier < item), item);
        }
    }
    let mut segments = Vec::new();
    let mut at = 0;
    for (start, end, definition) in found {
        if start < at {
            continue; // overlaps a longer term already marked
        }
        if start > at {
            segments.push(Segment::Text(text[at..start].to_owned()));
        }
        segments.push(Segment::Term { text: text[start..end].to_owned(), definition: definition.to_owned() });
        at = end;
    }
    if at < text.len() {
        segments.push(Segment::Text(text[at..].to_owned()));
    }
    segments
}

/// The first whole-word occurrence of `word` in `text`.
fn find_word(text: &str, word: &str) -> Option<usize> {
    if word.is_empty() {
        return None;
    }
    let is_word = |c: Option<char>| c.is_some_and(is_word_char);
    let mut from = 0;
    while let Some(offset) = text.get(from..)?.find(word) {
        let start = from + offset;
        let end = start + word.len();
        if !is_word(text[..start].chars().next_back()) && !is_word(text[end..].chars().next()) {
            return Some(start);
        }
        from = start + word.len().max(1);
    }
    None
}

#[derive(Properties, PartialEq)]
pub struct GlossaryTermProps {
    pub text: String,
    pub definition: String,
}

/// A disclosure button on a medical word; its meaning appears right after it.
#[component]
pub fn GlossaryTerm(props: &GlossaryTermProps) -> Html {
    let open = use_state(|| false);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    html! {
        <>
            <button type="button" class="term" aria-expanded={if *open { "true" } else { "false" }} onclick={toggle}>
                { &props.text }
            </button>
            if *open {
                <span class="definition">{ format!(" ({})", props.definition.trim_end_matches('.')) }</span>
            }
        </>
    }
}
