use yew::prelude::*;

use super::html::text;
use super::prose::prose;
use super::shared::Shared;

/// What metastatic kidney cancer is, in plain words.
pub fn condition(shared: &Shared) -> Html {
    let condition = &shared.dataset.condition;
    html! {
        <section class="condition" aria-labelledby="mrcc-condition">
            <h3 id="mrcc-condition">{ text(&condition.title) }</h3>
            { for condition.paragraphs.iter().enumerate().map(|(i, paragraph)| html! { <p>{ prose(paragraph, shared, &format!("c{i}")) }</p> }) }
        </section>
    }
}
