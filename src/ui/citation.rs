use yew::prelude::*;

use crate::content::{safe_href, Source};

#[derive(Properties, PartialEq)]
pub struct CitationProps {
    pub source: Source,
}

/// One source: title (a link when it has a safe URL), publisher and year.
#[component]
pub fn Citation(props: &CitationProps) -> Html {
    let source = &props.source;
    let title = match source.url.as_deref().and_then(safe_href) {
        Some(href) => html! { <a href={href.to_owned()}><cite>{ &source.title }</cite></a> },
        None => html! { <cite>{ &source.title }</cite> },
    };
    let year = source.year.map(|year| format!(", {year}")).unwrap_or_default();
    html! { <>{ title }{ ". " }{ &source.publisher }{ year }{ "." }</> }
}
