use yew::prelude::*;

use super::html::text;
use super::shared::Shared;
use mrcc_model::text::safe_href;
use mrcc_model::Link;

/// The call-to-action links that can be shown, with their URLs: the host's attribute wins
/// over the dataset's URL; a link with no safe URL is left out rather than shown dead.
pub fn resolved_links<'a>(
    links: &'a [Link],
    appointment_url: Option<&str>,
    support_url: Option<&str>,
) -> Vec<(&'a Link, String)> {
    links
        .iter()
        .filter_map(|link| {
            let from_host = match link.id.as_str() {
                "appointment" => appointment_url,
                "support" => support_url,
                _ => None,
            };
            let href = safe_href(from_host.or(link.url.as_deref())?)?;
            Some((link, href.to_owned()))
        })
        .collect()
}

/// What to do next: bring the summary, what to ask first (the reader's own first question,
/// else which options fit them), where the side effects' warning signs are, where urgent
/// symptoms go, then the hospital's call-to-action links, as [`resolved_links`] gives them.
pub fn next_steps(shared: &Shared, first_question: Option<&str>, links: &[(&Link, String)]) -> Html {
    let s = &*shared.strings;
    html! {
        <nav class="next-steps" aria-labelledby="mrcc-next-steps">
            <h3 id="mrcc-next-steps">{ text(s.next_steps()) }</h3>
            <ol class="steps">
                <li>{ text(s.step_bring()) }</li>
                <li>{ text(s.step_ask_first()) }{ " " }{ text(first_question.unwrap_or(s.step_ask_which())) }</li>
                <li>{ text(s.step_side_effects()) }</li>
            </ol>
            // Always there, with or without links: this page is never where urgent symptoms go.
            <p class="urgent-help" role="note">{ text(&shared.dataset.meta.urgent_help) }</p>
            if !links.is_empty() {
                <ul class="actions">
                    { for links.iter().map(|(link, href)| html! {
                        <li key={link.id.clone()}>
                            <a class="action" part="action" data-link={link.id.clone()} href={href.clone()}>{ text(&link.label) }</a>
                        </li>
                    }) }
                </ul>
            }
        </nav>
    }
}
