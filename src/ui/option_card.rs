use yew::prelude::*;

use super::strings::Strings;
use super::Citation;
use crate::content::{Source, TreatmentOption};

#[derive(Properties, PartialEq)]
pub struct OptionCardProps {
    pub option: TreatmentOption,
    /// The option's cited sources, resolved from the dataset.
    pub sources: Vec<Source>,
    pub strings: &'static Strings,
}

/// One treatment option: its name and summary, and its full content behind a native
/// disclosure (keyboard and screen-reader friendly without any script).
#[component]
pub fn OptionCard(props: &OptionCardProps) -> Html {
    let option = &props.option;
    let s = props.strings;
    // Ids live inside this instance's shadow root, so they cannot clash with the host page.
    let heading_id = format!("option-{}", option.id);
    let paragraph = |title: &str, text: &str| {
        html! { <><h5>{ title.to_owned() }</h5><p>{ text.to_owned() }</p></> }
    };
    let list = |class: &'static str, title: &str, items: &[String]| {
        html! {
            <div class={class}>
                <h5>{ title.to_owned() }</h5>
                <ul>{ for items.iter().map(|item| html! { <li>{ item }</li> }) }</ul>
            </div>
        }
    };
    html! {
        <article class="card" data-option={option.id.clone()} aria-labelledby={heading_id.clone()}>
            <p class="category">{ s.category(option.category) }</p>
            <h4 id={heading_id} class="card-title">{ &option.name }</h4>
            <p class="summary">{ &option.summary }</p>
            <details class="details">
                <summary>{ s.learn_more }<span class="visually-hidden">{ format!(": {}", option.name) }</span></summary>
                { paragraph(s.what_it_is, &option.what_it_is) }
                { paragraph(s.goal, &option.goal) }
                { paragraph(s.what_it_involves, &option.what_it_involves) }
                { paragraph(s.time_and_recovery, &option.time_and_recovery) }
                { paragraph(s.usually_for, &option.usually_for) }
                <div class="balance">
                    { list("benefits", s.benefits, &option.benefits) }
                    { list("harms", s.harms, &option.harms) }
                </div>
                { paragraph(s.living_with, &option.living_with) }
                if !option.figures.is_empty() {
                    <h5>{ s.figures }</h5>
                    <ul class="figures">
                        { for option.figures.iter().map(|figure| {
                            let source = props.sources.iter().find(|source| source.id == figure.source);
                            html! {
                                <li class={classes!("figure", format!("figure-{}", s.figure_kind(figure.kind).to_lowercase()))}>
                                    <p><strong>{ s.figure_kind(figure.kind) }{ ": " }</strong>{ &figure.text }</p>
                                    <p class="figure-context">
                                        { s.figure_group }{ ": " }{ &figure.group }{ ". " }
                                        { s.figure_time_frame }{ ": " }{ &figure.time_frame }{ ". " }
                                        if let Some(source) = source {
                                            { s.figure_source }{ ": " }{ &source.title }{ "." }
                                        }
                                    </p>
                                </li>
                            }
                        }) }
                    </ul>
                }
                { list("questions", s.questions, &option.questions) }
                <h5>{ s.sources }</h5>
                <ol class="sources">
                    { for props.sources.iter().map(|source| html! { <li><Citation source={source.clone()} /></li> }) }
                </ol>
            </details>
        </article>
    }
}
