use std::rc::Rc;

use yew::prelude::*;

use crate::content::{safe_href, Dataset};

#[derive(Properties, PartialEq)]
pub struct AboutProps {
    pub dataset: Rc<Dataset>,
}

/// Where the content comes from, when it was reviewed, and that it is not advice.
#[component]
pub fn About(props: &AboutProps) -> Html {
    let dataset = &props.dataset;
    let source = &dataset.source;
    let title = match source.url.as_deref().and_then(safe_href) {
        Some(href) => html! { <a href={href.to_owned()}>{ &source.title }</a> },
        None => html! { <cite>{ &source.title }</cite> },
    };
    html! {
        <footer class="about">
            <p class="disclaimer">{ &dataset.disclaimer }</p>
            <p class="source">
                { "Source: " }{ title }{ ", " }{ &source.publisher }{ ". " }
                { "Content reviewed " }
                <time datetime={dataset.reviewed.clone()}>{ &dataset.reviewed }</time>{ "." }
            </p>
        </footer>
    }
}
