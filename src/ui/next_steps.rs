use yew::prelude::*;

use super::shared::Shared;
use crate::content::{safe_href, Link};

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

#[derive(Properties, PartialEq)]
pub struct NextStepsProps {
    #[prop_or_default]
    pub appointment_url: Option<AttrValue>,
    #[prop_or_default]
    pub support_url: Option<AttrValue>,
}

/// The hospital's call-to-action links.
#[component]
pub fn NextSteps(props: &NextStepsProps) -> Html {
    let Some(shared) = use_context::<Shared>() else { return Html::default() };
    let links = resolved_links(&shared.dataset.links, props.appointment_url.as_deref(), props.support_url.as_deref());
    if links.is_empty() {
        return Html::default();
    }
    html! {
        <nav class="next-steps" aria-label={shared.strings.next_steps.clone()}>
            <ul class="actions">
                { for links.into_iter().map(|(link, href)| html! {
                    <li key={link.id.clone()}>
                        <a class="action" part="action" data-link={link.id.clone()} {href}>{ &link.label }</a>
                    </li>
                }) }
            </ul>
        </nav>
    }
}
