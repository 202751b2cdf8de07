use yew::prelude::*;

use super::strings::Strings;
use crate::content::{safe_href, Link};

#[derive(Properties, PartialEq)]
pub struct NextStepsProps {
    pub links: Vec<Link>,
    #[prop_or_default]
    pub appointment_url: Option<AttrValue>,
    #[prop_or_default]
    pub support_url: Option<AttrValue>,
    pub strings: &'static Strings,
}

/// The call-to-action links. The host's attributes win over the dataset's URLs; a link with no
/// safe URL is left out rather than shown dead.
#[component]
pub fn NextSteps(props: &NextStepsProps) -> Html {
    let links: Vec<Html> = props
        .links
        .iter()
        .filter_map(|link| {
            let from_host = match link.id.as_str() {
                "appointment" => props.appointment_url.as_deref(),
                "support" => props.support_url.as_deref(),
                _ => None,
            };
            let href = safe_href(from_host.or(link.url.as_deref())?)?;
            Some(html! {
                <li key={link.id.clone()}>
                    <a class="action" part="action" data-link={link.id.clone()} href={href.to_owned()}>
                        { &link.label }
                    </a>
                </li>
            })
        })
        .collect();
    if links.is_empty() {
        return Html::default();
    }
    html! {
        <nav class="next-steps" aria-label={props.strings.next_steps}>
            <ul class="actions">{ for links }</ul>
        </nav>
    }
}
