use yew::prelude::*;

use super::shared::Shared;
use super::Prose;

/// What metastatic kidney cancer is, in plain words.
#[component]
pub fn ConditionSection() -> Html {
    let Some(shared) = use_context::<Shared>() else { return Html::default() };
    let condition = &shared.dataset.condition;
    html! {
        <section class="condition" aria-labelledby="mrcc-condition">
            <h3 id="mrcc-condition">{ &condition.title }</h3>
            { for condition.paragraphs.iter().map(|paragraph| html! { <p><Prose text={AttrValue::from(paragraph.clone())} /></p> }) }
        </section>
    }
}
