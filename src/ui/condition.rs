use yew::prelude::*;

use super::Prose;
use crate::content::Condition;

#[derive(Properties, PartialEq)]
pub struct ConditionProps {
    pub condition: Condition,
}

/// What metastatic kidney cancer is, in plain words.
#[component]
pub fn ConditionSection(props: &ConditionProps) -> Html {
    let condition = &props.condition;
    html! {
        <section class="condition" aria-labelledby="mrcc-condition">
            <h3 id="mrcc-condition">{ &condition.title }</h3>
            { for condition.paragraphs.iter().map(|paragraph| html! { <p><Prose text={AttrValue::from(paragraph.clone())} /></p> }) }
        </section>
    }
}
