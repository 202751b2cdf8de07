use super::shared::ById;

use yew::prelude::*;

use super::citation::citation;
use super::strings::Strings;
use mrcc_model::Dataset;

#[derive(Properties, PartialEq)]
pub struct StaticContentProps {
    pub dataset: ById<Dataset>,
    pub strings: ById<Strings>,
}

/// The built-in content as plain, accessible HTML with nothing interactive: the fallback a
/// host pastes inside `<mrcc-explorer>` for readers without JavaScript (and for when the
/// widget cannot start). Rendered at build time by `mrcc-content fallback`.
#[component]
pub fn StaticContent(props: &StaticContentProps) -> Html {
    let dataset = &props.dataset;
    let s = &*props.strings;
    let meta = &dataset.meta;
    html! {
        <div class="mrcc-fallback" lang={meta.language.clone()}>
            <h2>{ &meta.title }</h2>
            <p>{ &meta.decision }</p>
            <h3>{ &dataset.condition.title }</h3>
            { for dataset.condition.paragraphs.iter().map(|p| html! { <p>{ p }</p> }) }
            if !dataset.condition.numbers.is_empty() {
                // Behind the same offer as in the widget: opened only if the reader asks.
                <details>
                    <summary>{ s.numbers_offer() }</summary>
                    { for dataset.condition.numbers.iter().map(|p| html! { <p>{ p }</p> }) }
                </details>
            }
            <h3>{ s.options_heading() }</h3>
            { for dataset.options.iter().map(|option| html! {
                <section data-option={option.id.clone()}>
                    <h4>{ &option.name }</h4>
                    <p>{ &option.summary }</p>
                    <details>
                        <summary>{ s.learn_more() }{ ": " }{ &option.name }</summary>
                        <p><strong>{ s.what_it_is() }{ ": " }</strong>{ &option.what_it_is }</p>
                        <p><strong>{ s.what_it_involves() }{ ": " }</strong>{ &option.what_it_involves }</p>
                        <p><strong>{ s.benefits() }{ ":" }</strong></p>
                        <ul>{ for option.benefits.iter().map(|b| html! { <li>{ b }</li> }) }</ul>
                        <p><strong>{ s.harms() }{ ":" }</strong></p>
                        <ul>{ for option.harms.iter().map(|h| html! { <li>{ h }</li> }) }</ul>
                        <p><strong>{ s.living_with() }{ ": " }</strong>{ &option.living_with }</p>
                        if !option.warning_signs.is_empty() {
                            <p><strong>{ s.warning_signs() }{ ":" }</strong></p>
                            <ul>{ for option.warning_signs.iter().map(|w| html! { <li>{ w }</li> }) }</ul>
                        }
                        if !option.figures.is_empty() {
                            <p><strong>{ s.figures() }{ ":" }</strong></p>
                            <ul>
                                { for option.figures.iter().map(|figure| html! {
                                    <li>
                                        { &figure.text }{ " " }{ s.figure_group() }{ ": " }{ &figure.group }{ ". " }
                                        { s.figure_time_frame() }{ ": " }{ &figure.time_frame }{ ". " }
                                        { s.figure_evidence() }{ ": " }{ s.evidence(figure.evidence) }
                                        if let Some(people) = figure.people { { ", " }{ s.people(people) } }
                                        { "." }
                                        if let Some(uncertainty) = &figure.uncertainty {
                                            { " " }{ s.figure_uncertainty() }{ ": " }{ uncertainty }
                                        }
                                    </li>
                                }) }
                            </ul>
                        }
                        <p><strong>{ s.questions() }{ ":" }</strong></p>
                        <ul>{ for option.questions.iter().map(|q| html! { <li>{ q }</li> }) }</ul>
                        <p><strong>{ s.sources() }{ ":" }</strong></p>
                        <ol>
                            { for option.sources.iter().filter_map(|id| dataset.source(id)).map(|source| html! {
                                <li>{ citation(source, s) }</li>
                            }) }
                        </ol>
                    </details>
                </section>
            }) }
            <p>{ &meta.urgent_help }</p>
            <p>{ &meta.disclaimer }</p>
            <p>
                { s.reviewed() }{ " " }<time datetime={meta.reviewed.clone()}>{ s.date(&meta.reviewed) }</time>{ ". " }
                { s.hospital_review_status(meta) }{ " " }{ s.authors() }{ ": " }{ &meta.authors }
            </p>
        </div>
    }
}
