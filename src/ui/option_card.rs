use yew::prelude::*;

use crate::content::TreatmentOption;

#[derive(Properties, PartialEq)]
pub struct OptionCardProps {
    pub option: TreatmentOption,
}

/// One treatment option as a card: its name and what it is.
#[component]
pub fn OptionCard(props: &OptionCardProps) -> Html {
    let option = &props.option;
    // Ids live inside this instance's shadow root, so they cannot clash with the host page.
    let heading_id = format!("option-{}", option.id);
    html! {
        <article class="card" data-option={option.id.clone()} aria-labelledby={heading_id.clone()}>
            <h4 id={heading_id} class="card-title">{ &option.name }</h4>
            <p class="card-text">{ &option.text }</p>
        </article>
    }
}
