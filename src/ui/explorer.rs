use std::rc::Rc;

use yew::prelude::*;

use super::{About, NextSteps, OptionCard};
use crate::content::Dataset;

#[derive(Properties, PartialEq)]
pub struct ExplorerProps {
    pub dataset: Rc<Dataset>,
    /// The hospital's own "Make an appointment" page (the `appointment-url` attribute).
    #[prop_or_default]
    pub appointment_url: Option<AttrValue>,
    /// The hospital's support group page (the `support-url` attribute).
    #[prop_or_default]
    pub support_url: Option<AttrValue>,
}

/// The whole widget: what the condition is, every treatment option, next steps and sources.
#[component]
pub fn Explorer(props: &ExplorerProps) -> Html {
    let dataset = &props.dataset;
    html! {
        <section class="explorer" lang={dataset.language.clone()} aria-labelledby="mrcc-title">
            <h2 id="mrcc-title" class="title">{ &dataset.title }</h2>
            <div class="intro">
                { for dataset.intro.iter().map(|paragraph| html! { <p>{ paragraph }</p> }) }
            </div>
            <h3 id="mrcc-options" class="options-heading">{ &dataset.options_heading }</h3>
            <ul class="options" aria-labelledby="mrcc-options">
                { for dataset.options.iter().map(|option| html! {
                    <li key={option.id.clone()}><OptionCard option={option.clone()} /></li>
                }) }
            </ul>
            <NextSteps
                links={dataset.links.clone()}
                appointment_url={props.appointment_url.clone()}
                support_url={props.support_url.clone()}
            />
            <About dataset={dataset.clone()} />
        </section>
    }
}
