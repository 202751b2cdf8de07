use yew::prelude::*;

use super::shared::Shared;
use super::state::Action;
use super::{Citation, Prose};
use crate::content::Fit;

/// Small, cheap props: the option is named by its position in the dataset (from the context),
/// so that a re-render neither copies nor compares its text.
#[derive(Properties, PartialEq)]
pub struct OptionCardProps {
    /// Position in `dataset.options`.
    pub index: usize,
    pub fit: Fit,
    /// Why this fit, for the reader's answers.
    pub reasons: Vec<String>,
    pub compared: bool,
    /// True when the comparison is full and this option is not in it.
    pub compare_disabled: bool,
    /// For each of the option's questions, whether it is in the reader's list.
    pub questions_added: Vec<bool>,
    pub dispatch: Callback<Action>,
}

/// One treatment option: its fit (in words, with a shape as well as colour) and why, its
/// summary, and its full content behind a native disclosure.
#[component]
pub fn OptionCard(props: &OptionCardProps) -> Html {
    let Some(shared) = use_context::<Shared>() else { return Html::default() };
    let s = &*shared.strings;
    let Some(option) = shared.dataset.options.get(props.index) else { return Html::default() };
    // Ids live inside this instance's shadow root, so they cannot clash with the host page.
    let heading_id = format!("option-{}", option.id);
    let compare_id = format!("compare-{}", option.id);
    let sources: Vec<_> = option.sources.iter().filter_map(|id| shared.dataset.source(id)).collect();
    let paragraph = |title: &str, text: &str| {
        html! { <><h5>{ title.to_owned() }</h5><p><Prose text={AttrValue::from(text.to_owned())} /></p></> }
    };
    let list = |class: &'static str, title: &str, items: &[String]| {
        html! {
            <div class={class}>
                <h5>{ title.to_owned() }</h5>
                <ul>{ for items.iter().map(|item| html! { <li>{ item }</li> }) }</ul>
            </div>
        }
    };
    let toggle_compare = props.dispatch.reform({
        let id = option.id.clone();
        move |_: Event| Action::ToggleCompare(id.clone())
    });
    html! {
        <article part="card" class={classes!("card", props.fit.as_str())} data-option={option.id.clone()} data-fit={props.fit.as_str()}
            aria-labelledby={heading_id.clone()}>
            <p class="category">{ s.category(option.category) }</p>
            <h4 id={heading_id} class="card-title">{ &option.name }</h4>
            <p class="summary"><Prose text={AttrValue::from(option.summary.clone())} /></p>
            <div class="fit-box">
                <p class={classes!("fit", props.fit.as_str())}>
                    <span class="fit-icon" aria-hidden="true"></span>{ s.fit(props.fit) }
                </p>
                <div class="reasons">
                    <span class="visually-hidden">{ &s.why }{ ": " }</span>
                    { for props.reasons.iter().map(|reason| html! { <p>{ reason }</p> }) }
                </div>
            </div>
            <div class="card-actions">
                <div class="choice">
                    <input type="checkbox" id={compare_id.clone()} checked={props.compared}
                        disabled={props.compare_disabled} onchange={toggle_compare} />
                    <label for={compare_id}>
                        { &s.compare_this }<span class="visually-hidden">{ format!(": {}", option.name) }</span>
                    </label>
                </div>
            </div>
            <details class="details">
                <summary>{ &s.learn_more }<span class="visually-hidden">{ format!(": {}", option.name) }</span></summary>
                { paragraph(&s.what_it_is, &option.what_it_is) }
                { paragraph(&s.goal, &option.goal) }
                { paragraph(&s.what_it_involves, &option.what_it_involves) }
                { paragraph(&s.time_and_recovery, &option.time_and_recovery) }
                { paragraph(&s.usually_for, &option.usually_for) }
                <div class="balance">
                    { list("benefits", &s.benefits, &option.benefits) }
                    { list("harms", &s.harms, &option.harms) }
                </div>
                { paragraph(&s.living_with, &option.living_with) }
                if !option.figures.is_empty() {
                    <h5>{ &s.figures }</h5>
                    <ul class="figures">
                        { for option.figures.iter().map(|figure| {
                            let source = shared.dataset.source(&figure.source);
                            html! {
                                <li class={classes!("figure", format!("figure-{}", figure.kind.as_str()))}>
                                    <p><strong>{ s.figure_kind(figure.kind) }{ ": " }</strong>{ &figure.text }</p>
                                    <p class="figure-context">
                                        { &s.figure_group }{ ": " }{ &figure.group }{ ". " }
                                        { &s.figure_time_frame }{ ": " }{ &figure.time_frame }{ ". " }
                                        if let Some(source) = source {
                                            { &s.figure_source }{ ": " }{ &source.title }{ "." }
                                        }
                                    </p>
                                </li>
                            }
                        }) }
                    </ul>
                }
                <h5>{ &s.questions }</h5>
                <ul class="questions">
                    { for option.questions.iter().enumerate().map(|(i, question)| {
                        let added = props.questions_added.get(i).copied().unwrap_or(false);
                        let add = props.dispatch.reform({
                            let question = question.clone();
                            move |_: MouseEvent| Action::AddQuestion(question.clone())
                        });
                        html! {
                            <li>
                                <span>{ question }</span>{ " " }
                                if added {
                                    <span class="added">{ &s.question_added }</span>
                                } else {
                                    <button type="button" class="small" onclick={add}>
                                        { &s.add_question }<span class="visually-hidden">{ format!(": {question}") }</span>
                                    </button>
                                }
                            </li>
                        }
                    }) }
                </ul>
                <h5>{ &s.sources }</h5>
                <ol class="sources">
                    { for sources.into_iter().map(|source| html! { <li><Citation source={source.clone()} /></li> }) }
                </ol>
            </details>
        </article>
    }
}
