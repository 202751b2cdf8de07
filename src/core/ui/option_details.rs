use yew::prelude::*;

use super::citation::citation;
use super::html::{named, text};
use super::prose::prose;
use super::shared::Shared;
use super::state::{send, Action};
use super::strings::Strings;
use mrcc_model::{has_details, PeopleCount};

#[derive(Properties, PartialEq)]
pub struct OptionDetailsProps {
    /// The dataset and strings, compared by identity.
    pub shared: Shared,
    /// Position in `shared.dataset.options`.
    pub index: usize,
    /// For each of the option's questions, whether it is in the reader's list.
    pub questions_added: Vec<bool>,
    pub dispatch: Callback<Action>,
}

/// An option's full content behind a disclosure button: what it is and involves, benefits and
/// harms side by side, figures, questions to add to the reader's list, and sources. A component
/// of its own, so that a change of answers, which changes fits, does not rebuild every option's
/// full text (with 90 options, merged into the card it made each change ten times slower).
///
/// A button with `aria-expanded` (the WAI-ARIA disclosure pattern), not a native `<details>`:
/// a change of answers moves the cards whose fit changed, and Chromium took about 5 µs more to
/// move a card holding a `<details>` (its own shadow tree) than one without: a fifth of an
/// update (`docs/size.md`).
///
/// The content is rendered when the reader first opens it, not at start: ten options' full
/// text was most of the first render's DOM, for disclosures most readers open once or twice.
/// Once rendered it stays (hidden while closed), so the reader's glossary words keep their state.
///
/// Equal props skip the re-render (see [`crate::ui`] for why a struct component).
pub struct OptionDetails {
    /// The content has been rendered (opened once, or `all_details`).
    rendered: bool,
    open: bool,
    button: NodeRef,
}

/// What the reader did with the disclosure.
pub enum Disclosure {
    Toggle,
    /// The button at the end of the content: closes it and puts focus on the disclosure
    /// button, where the reader sees the card again.
    Close,
}

impl Component for OptionDetails {
    type Message = Disclosure;
    type Properties = OptionDetailsProps;

    fn create(ctx: &Context<Self>) -> Self {
        // Server-rendered markup, which no one can open, shows every option's content.
        let all = ctx.props().shared.all_details;
        OptionDetails { rendered: all, open: all, button: NodeRef::default() }
    }

    fn update(&mut self, _: &Context<Self>, action: Disclosure) -> bool {
        match action {
            Disclosure::Toggle => self.open = !self.open,
            Disclosure::Close => {
                self.open = false;
                if let Some(button) = self.button.cast::<web_sys::HtmlElement>() {
                    let _ = button.focus();
                }
            }
        }
        self.rendered |= self.open;
        true
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        let props = ctx.props();
        let shared = &props.shared;
        let s = &*shared.strings;
        let Some(option) = shared.dataset.options.get(props.index) else { return Html::default() };
        let content_id = format!("details-{}", option.id);
        // Always the button and one child after it: Yew matches unkeyed children from the end,
        // so a changing number of children would replace the button the reader just pressed.
        let content = if !has_details(option) {
            // The first screen's part of the built-in content: the rest follows the first render.
            html! { <p class="loading" id={content_id.clone()} hidden={!self.open}>{ text(s.details_loading()) }</p> }
        } else if self.rendered {
            html! {
                <div class="details-content" id={content_id.clone()} hidden={!self.open}>
                    { self.content(props, ctx.link().callback(|_: MouseEvent| Disclosure::Close)) }
                </div>
            }
        } else {
            Html::default()
        };
        html! {
            <div class="details">
                <button type="button" class="secondary learn-more" ref={self.button.clone()}
                    aria-expanded={if self.open { "true" } else { "false" }}
                    aria-controls={(self.rendered || !has_details(option)).then_some(content_id)}
                    aria-label={named(s.learn_more(), &option.name)}
                    onclick={ctx.link().callback(|_: MouseEvent| Disclosure::Toggle)}>
                    { text(s.learn_more()) }
                </button>
                { content }
            </div>
        }
    }
}

impl OptionDetails {
    fn content(&self, props: &OptionDetailsProps, close: Callback<MouseEvent>) -> Html {
        let shared = &props.shared;
        let s = &*shared.strings;
        let Some(option) = shared.dataset.options.get(props.index) else { return Html::default() };
        let (questions_added, dispatch) = (&props.questions_added, &props.dispatch);
        let sources: Vec<_> = option.sources.iter().filter_map(|id| shared.dataset.source(id)).collect();
        // Ids of glossary words: the option, then the field (the card's summary uses `o-<option>`).
        let paragraph = |field: &str, title: &str, text: &str| {
            let place = format!("o-{}-{field}", option.id);
            html! { <><h5>{ title.to_owned() }</h5><p>{ prose(text, shared, &place) }</p></> }
        };
        let list = |items: &[String]| html! { <ul>{ for items.iter().map(|item| html! { <li>{ item }</li> }) }</ul> };
        html! {
            <>
                { paragraph("what", s.what_it_is(), &option.what_it_is) }
                { paragraph("goal", s.goal(), &option.goal) }
                { paragraph("how", s.what_it_involves(), &option.what_it_involves) }
                { paragraph("time", s.time_and_recovery(), &option.time_and_recovery) }
                { paragraph("for", s.usually_for(), &option.usually_for) }
                <div class="balance">
                    <div class="benefits"><h5>{ text(s.benefits()) }</h5>{ list(&option.benefits) }</div>
                    <div class="harms"><h5>{ text(s.harms()) }</h5>{ list(&option.harms) }</div>
                </div>
                { paragraph("living", s.living_with(), &option.living_with) }
                if !option.warning_signs.is_empty() {
                    <div class="warning-signs" role="note">
                        <h5>{ text(s.warning_signs()) }</h5>{ list(&option.warning_signs) }
                    </div>
                }
                if !option.figures.is_empty() {
                    <h5>{ text(s.figures()) }</h5>
                    <ul class="figures">
                        { for option.figures.iter().map(|figure| {
                            let source = shared.dataset.source(&figure.source);
                            html! {
                                <li class="figure" data-kind={figure.kind.as_str()}>
                                    <p><strong>{ s.figure_kind(figure.kind) }{ ": " }</strong>{ text(&figure.text) }</p>
                                    if !figure.out_of_100.is_empty() {
                                        <div class="icon-arrays">{ for figure.out_of_100.iter().map(|group| icon_array(group, s)) }</div>
                                    }
                                    <p class="figure-context">
                                        { text(s.figure_group()) }{ ": " }{ text(&figure.group) }{ ". " }
                                        { text(s.figure_time_frame()) }{ ": " }{ text(&figure.time_frame) }{ ". " }
                                        <span class="evidence" data-evidence={figure.evidence.as_str()}>
                                            { text(s.figure_evidence()) }{ ": " }{ text(s.evidence(figure.evidence)) }
                                            if let Some(people) = figure.people { { ", " }{ s.people(people) } }
                                            { ". " }
                                        </span>
                                        if let Some(uncertainty) = &figure.uncertainty {
                                            { text(s.figure_uncertainty()) }{ ": " }{ text(uncertainty) }{ " " }
                                        }
                                        if let Some(source) = source {
                                            { text(s.figure_source()) }{ ": " }{ text(&source.title) }{ "." }
                                        }
                                    </p>
                                </li>
                            }
                        }) }
                    </ul>
                }
                <h5>{ text(s.questions()) }</h5>
                <ul class="questions">
                    { for option.questions.iter().enumerate().map(|(i, question)| {
                        let added = questions_added.get(i).copied().unwrap_or(false);
                        let added_id = format!("added-{}-{i}", option.id);
                        let add = send(dispatch, Action::AddOptionQuestion { question: question.clone(), focus: format!("#{added_id}") });
                        html! {
                            <li>
                                <span>{ question }</span>{ " " }
                                if added {
                                    <span class="added" id={added_id} tabindex="-1">{ text(s.question_added()) }</span>
                                } else {
                                    <button type="button" class="small" onclick={add} aria-label={named(s.add_question(), question)}>
                                        { text(s.add_question()) }
                                    </button>
                                }
                            </li>
                        }
                    }) }
                </ul>
                <h5>{ text(s.sources()) }</h5>
                <ol class="sources">
                    { for sources.into_iter().map(|source| html! { <li>{ citation(source) }</li> }) }
                </ol>
                // Long details end where they can be closed, without scrolling back up.
                <button type="button" class="secondary close-details" onclick={close}
                    aria-label={named(s.close_details(), &option.name)}>
                    { text(s.close_details()) }
                </button>
            </>
        }
    }
}

/// How many of a row's ten people are marked, as the stylesheet selects it (`data-marked`: an
/// attribute, since a computed `class` brings Yew's hashed class sets into the wasm).
const ROW_MARKED: [&str; 11] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"];

/// A group of a figure as 100 people in ten rows of ten, the first `count` marked (an icon
/// array, as in the Ottawa decision aids). The stylesheet draws the people (no images, so a
/// strict CSP and printing keep them); screen readers get the caption, which says the same in words.
pub fn icon_array(group: &PeopleCount, s: &Strings) -> Html {
    let count = group.count.min(100);
    html! {
        <figure class="icon-array">
            <span class="people" aria-hidden="true">
                { for (0..10u8).map(|row| html! { <i data-marked={ROW_MARKED[usize::from(count.saturating_sub(row * 10).min(10))]}></i> }) }
            </span>
            <figcaption>{ s.out_of_100(&group.who, count) }</figcaption>
        </figure>
    }
}
