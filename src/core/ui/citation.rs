use yew::prelude::*;

use super::html::text;
use super::strings::Strings;

use mrcc_model::text::safe_href;
use mrcc_model::Source;

/// One source: title (a link when it has a safe URL), publisher, year and what it is. A plain function, not
/// a component: it has no state, and as a component each source was copied into its props.
///
/// A link opens in a new tab, so that the reader's answers stay where they are (the widget keeps
/// nothing on the device), and says so in its name: the stylesheet adds `data-new-tab` as
/// generated content, which screen readers read and the downloaded text (`innerText`) leaves out.
/// No referrer: the source's site does not learn which page the reader came from.
pub fn citation(source: &Source, s: &Strings) -> Html {
    // A title in another language than the page's is marked, so that screen readers say it right.
    let cite = html! { <cite lang={source.title_language.clone()}>{ text(&source.title) }</cite> };
    let title = match source.url.as_deref().and_then(safe_href) {
        Some(href) => html! {
            <a href={href.to_owned()} target="_blank" rel="noopener noreferrer" data-new-tab={s.new_tab().to_owned()}>{ cite }</a>
        },
        None => cite,
    };
    let year = source.year.map(|year| format!(", {year}")).unwrap_or_default();
    let about =
        source.about.as_deref().map(|about| html! { <>{ " " }<span class="source-about">{ text(about) }</span></> });
    html! { <>{ title }{ ". " }{ text(&source.publisher) }{ year }{ "." }{ for about }</> }
}
