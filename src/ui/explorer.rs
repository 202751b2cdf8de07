use std::rc::Rc;

use yew::prelude::*;

use super::strings::{Strings, EN};
use super::{About, ConditionSection, Glossary, NextSteps, OptionCard};
use crate::content::{Dataset, Source};

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

/// The whole widget: the condition, the decision, every treatment option, next steps, the
/// glossary and where the content comes from.
#[component]
pub fn Explorer(props: &ExplorerProps) -> Html {
    let dataset = &props.dataset;
    let strings: &'static Strings = &EN;
    let meta = &dataset.meta;
    let sources_of = |ids: &[String]| -> Vec<Source> { ids.iter().filter_map(|id| dataset.source(id).cloned()).collect() };
    html! {
        <section class="explorer" lang={meta.language.clone()} aria-labelledby="mrcc-title">
            <h2 id="mrcc-title" class="title">{ &meta.title }</h2>
            <p class="decision">{ &meta.decision }</p>
            <p class="reviewed-line">
                { strings.reviewed }{ " " }<time datetime={meta.reviewed.clone()}>{ &meta.reviewed }</time>
            </p>
            <ConditionSection condition={dataset.condition.clone()} />
            <h3 id="mrcc-options" class="options-heading">{ strings.options_heading }</h3>
            <ul class="options" aria-labelledby="mrcc-options">
                { for dataset.options.iter().map(|option| html! {
                    <li key={option.id.clone()}>
                        <OptionCard option={option.clone()} sources={sources_of(&option.sources)} {strings} />
                    </li>
                }) }
            </ul>
            <NextSteps
                links={dataset.links.clone()}
                appointment_url={props.appointment_url.clone()}
                support_url={props.support_url.clone()}
                {strings}
            />
            <Glossary entries={dataset.glossary.clone()} {strings} />
            <About dataset={dataset.clone()} {strings} />
        </section>
    }
}
