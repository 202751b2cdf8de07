use yew::prelude::*;

use super::text;

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

/// Where urgent symptoms go, then the hospital's call-to-action links, as [`resolved_links`]
/// gives them.
pub fn next_steps(shared: &Shared, links: &[(&Link, String)]) -> Html {
    html! {
        <nav class="next-steps" aria-label={shared.strings.next_steps().to_owned()}>
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
