use yew::prelude::*;

use super::html::text;

use mrcc_model::text::safe_href;
use mrcc_model::Source;

/// One source: title (a link when it has a safe URL), publisher, year and what it is. A plain function, not
/// a component: it has no state, and as a component each source was copied into its props.
pub fn citation(source: &Source) -> Html {
    // A title in another language than the page's is marked, so that screen readers say it right.
    let cite = html! { <cite lang={source.title_language.clone()}>{ text(&source.title) }</cite> };
    let title = match source.url.as_deref().and_then(safe_href) {
        Some(href) => html! { <a href={href.to_owned()}>{ cite }</a> },
        None => cite,
    };
    let year = source.year.map(|year| format!(", {year}")).unwrap_or_default();
    let about =
        source.about.as_deref().map(|about| html! { <>{ " " }<span class="source-about">{ text(about) }</span></> });
    html! { <>{ title }{ ". " }{ text(&source.publisher) }{ year }{ "." }{ for about }</> }
}
