use yew::prelude::*;

// What `split_terms` returns. Defined beside `Marked`, which keeps the segments of each text.
pub use super::shared::Segment;
use super::shared::Shared;
use mrcc_model::text::{fold_case, is_word_char};
use mrcc_model::GlossaryEntry;

/// Text in which each medical word from the glossary is marked (first use only) and can be
/// opened in place to show its meaning. A plain function, not a component: as a component,
/// each text was copied into its props.
/// `place` names where the text stands (unique in the widget): it makes the ids that tie each
/// word to its definition.
pub fn prose(text: &str, shared: &Shared, place: &str) -> Html {
    let segments = shared.marked.segments(text, || split_terms(text, &shared.dataset.glossary));
    html! {
        <>
            { for segments.iter().enumerate().map(|(i, segment)| match segment {
                Segment::Text(text) => html! { { text.clone() } },
                Segment::Term { text, definition } => glossary_term(text.clone(), definition, &format!("term-{place}-{i}")),
            }) }
        </>
    }
}

/// Splits `text` into plain runs and glossary words, matching whole words without regard to
/// case, and marking each glossary entry once.
pub fn split_terms(text: &str, glossary: &[GlossaryEntry]) -> Vec<Segment> {
    // Folding keeps byte lengths, so offsets in `lower` are offsets in `text`.
    let lower = fold_case(text);
    let mut found: Vec<(usize, usize, &str)> = Vec::new();
    for entry in glossary {
        // Until the built-in content's details arrive, words have no meaning to show: plain text.
        if entry.definition.is_empty() {
            continue;
        }
        let forms = std::iter::once(&entry.term).chain(&entry.also);
        let first =
            forms.filter_map(|form| find_word(&lower, &fold_case(form)).map(|start| (start, start + form.len()))).min();
        if let Some((start, end)) = first {
            // Kept in order as it grows: a handful of words, where `sort` would add kilobytes of wasm.
            let item = (start, end, entry.definition.as_str());
            found.insert(found.partition_point(|earlier| *earlier < item), item);
        }
    }
    // Slices by `get`: positions found in the folded text are boundaries in `text` too (folding
    // keeps every character's length), and a slice that could panic would also bring the panic
    // message code into the wasm.
    let slice = |from: usize, to: usize| AttrValue::from(text.get(from..to).unwrap_or_default().to_owned());
    let mut segments = Vec::new();
    let mut at = 0;
    for (start, end, definition) in found {
        if start < at {
            continue; // overlaps a longer term already marked
        }
        if start > at {
            segments.push(Segment::Text(slice(at, start)));
        }
        segments.push(Segment::Term { text: slice(start, end), definition: AttrValue::from(definition.to_owned()) });
        at = end;
    }
    if at < text.len() {
        segments.push(Segment::Text(slice(at, text.len())));
    }
    segments
}

/// The first whole-word occurrence of `word` in `text`.
fn find_word(text: &str, word: &str) -> Option<usize> {
    let is_word = |c: Option<char>| c.is_some_and(is_word_char);
    let mut from = 0;
    while let Some(offset) = find(text.get(from..)?, word) {
        let start = from + offset;
        let end = start + word.len();
        let (before, after) = (text.get(..start).unwrap_or_default(), text.get(end..).unwrap_or_default());
        if !is_word(before.chars().next_back()) && !is_word(after.chars().next()) {
            return Some(start);
        }
        from = start + word.len().max(1);
    }
    None
}

/// Where `needle` first occurs in `text`, compared byte by byte. A match of valid UTF-8 always
/// starts at a character boundary. `str::find` with a string pattern would bring the
/// substring searcher and its panic paths into the wasm (1.5 KB) for a few short words.
/// An empty needle is found nowhere (and `windows(0)` would panic).
pub(crate) fn find(text: &str, needle: &str) -> Option<usize> {
    if needle.is_empty() {
        return None;
    }
    text.as_bytes().windows(needle.len()).position(|window| window == needle.as_bytes())
}

/// A disclosure button on a medical word, with its meaning right after it, hidden until the
/// button is pressed. The open state lives in the page, not in Yew: a re-render writes the same
/// attributes, which Yew leaves as they are, and a stateful component for each word cost more
/// wasm than all of this.
fn glossary_term(text: AttrValue, definition: &str, id: &str) -> Html {
    html! {
        <>
            <button type="button" class="term" aria-expanded="false" aria-controls={id.to_owned()}
                onclick={Callback::from(toggle_definition)}>
                { text }
            </button>
            <span class="definition" id={id.to_owned()} hidden={true}>{ format!(" ({})", definition.trim_end_matches('.')) }</span>
        </>
    }
}

fn toggle_definition(event: MouseEvent) {
    let Some(button) =
        event.target_dyn_into::<web_sys::Element>().and_then(|e| e.closest("button.term").ok().flatten())
    else {
        return;
    };
    let open = button.get_attribute("aria-expanded").as_deref() != Some("true");
    let _ = button.set_attribute("aria-expanded", if open { "true" } else { "false" });
    let Some(definition) = button.next_element_sibling() else { return };
    let _ = definition.toggle_attribute_with_force("hidden", !open);
    // A meaning shown after the word is not announced by itself: the explorer's second status
    // region says it (the explorer renders that region empty and never writes to it).
    let status =
        button.closest(".explorer").ok().flatten().and_then(|e| e.query_selector(".term-status").ok().flatten());
    if let Some(status) = status {
        let said =
            open.then(|| button.text_content().unwrap_or_default() + &definition.text_content().unwrap_or_default());
        status.set_text_content(said.as_deref());
    }
}

#[cfg(test)]
mod tests {
    use super::{find, find_word};

    #[test]
    fn finds_bytes_and_whole_words() {
        assert_eq!(find("ñandú y más", "más"), Some(10)); // ñ and ú are two bytes each
        assert_eq!(find("abc", ""), None);
        assert_eq!(find("ab", "abc"), None);
        assert_eq!(find_word("a kidneys kidney", "kidney"), Some(10));
        assert_eq!(find_word("riñón", "ñ"), None);
    }
}
