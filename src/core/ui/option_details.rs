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

/// An option's content behind a disclosure button, in two reading levels: the short version
/// (the main benefit and harm with their figures, warning signs, questions to add to the reader's
/// list) and, behind "More detail", what it is and involves, every benefit and harm, the
/// studies' figures and the sources. A component
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
    /// "More detail" is open; rendered from its first opening on, as the content is.
    more: bool,
    more_rendered: bool,
    button: NodeRef,
}

/// What the reader did with the disclosure.
pub enum Disclosure {
    Toggle,
    /// "More detail": the studies, the figures and the sources after the short version.
    ToggleMore,
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
        OptionDetails { rendered: all, open: all, more: all, more_rendered: all, button: NodeRef::default() }
    }

    fn update(&mut self, _: &Context<Self>, action: Disclosure) -> bool {
        match action {
            Disclosure::Toggle => self.open = !self.open,
            Disclosure::ToggleMore => {
                self.more = !self.more;
                self.more_rendered = true;
            }
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
                    { self.content(props, ctx) }
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
    /// Two reading levels: first the short version (the main benefit and the main harm with their
    /// numbers, warning signs, the questions to ask), at most about three phone screens; "More
    /// detail" opens the rest (what it is in full, how it is done, every benefit and harm, the
    /// studies' figures and the sources). The card above already says in one line what the option
    /// is, and how it fits the reader and why.
    fn content(&self, props: &OptionDetailsProps, ctx: &Context<Self>) -> Html {
        let shared = &props.shared;
        let s = &*shared.strings;
        let Some(option) = shared.dataset.options.get(props.index) else { return Html::default() };
        // Ids of glossary words: the option, then the field (the card's summary uses `o-<option>`).
        let paragraph = |field: &str, title: &str, text: &str| {
            let place = format!("o-{}-{field}", option.id);
            html! { <><h5>{ title.to_owned() }</h5><p>{ prose(text, shared, &place) }</p></> }
        };
        let [benefit, harm] = option.main_figures();
        let more_id = format!("more-{}", option.id);
        html! {
            <>
                <div class="balance">
                    { main_point(s.main_benefit(), first(&option.benefits), benefit.map_or("", |f| &f.text)) }
                    { main_point(s.main_harm(), first(&option.harms), harm.map_or("", |f| &f.text)) }
                </div>
                if !option.warning_signs.is_empty() {
                    <div class="warning-signs" role="note">
                        <h5>{ text(s.warning_signs()) }</h5>{ list(&option.warning_signs) }
                    </div>
                }
                { questions(props, option) }
                <button type="button" class="secondary more-detail"
                    aria-expanded={if self.more { "true" } else { "false" }}
                    aria-controls={self.more_rendered.then(|| more_id.clone())}
                    aria-label={named(s.more_detail(), &option.name)}
                    onclick={ctx.link().callback(|_: MouseEvent| Disclosure::ToggleMore)}>
                    { text(s.more_detail()) }
                </button>
                if self.more_rendered {
                    <div class="more" id={more_id} hidden={!self.more}>{ more(props, option, &paragraph) }</div>
                }
                // Long details end where they can be closed, without scrolling back up.
                <button type="button" class="secondary close-details"
                    onclick={ctx.link().callback(|_: MouseEvent| Disclosure::Close)}
                    aria-label={named(s.close_details(), &option.name)}>
                    { text(s.close_details()) }
                </button>
            </>
        }
    }
}

/// The main benefit or harm: the first of the list, and its figure's words (an empty
/// paragraph, hidden, when it has none).
fn main_point(title: &str, item: &str, figure: &str) -> Html {
    html! {
        <div>
            <h5>{ text(title) }</h5>
            <p>{ text(item) }</p>
            <p class="main-figure">{ text(figure) }</p>
        </div>
    }
}

fn first(items: &[String]) -> &str {
    items.first().map_or("", String::as_str)
}

fn list(items: &[String]) -> Html {
    html! { <ul>{ for items.iter().map(|item| html! { <li>{ item }</li> }) }</ul> }
}

/// The option's questions, each with its button to add it to the reader's list.
fn questions(props: &OptionDetailsProps, option: &mrcc_model::TreatmentOption) -> Html {
    let s = &*props.shared.strings;
    let (questions_added, dispatch) = (&props.questions_added, &props.dispatch);
    html! {
        <>
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
        </>
    }
}

/// "More detail": what it is in full, its goal, how it is done, time, who it is for, every benefit and harm, daily life, the
/// studies' figures with their icon arrays, and the sources.
fn more(
    props: &OptionDetailsProps,
    option: &mrcc_model::TreatmentOption,
    paragraph: &dyn Fn(&str, &str, &str) -> Html,
) -> Html {
    let shared = &props.shared;
    let s = &*shared.strings;
    let sources: Vec<_> = option.sources.iter().filter_map(|id| shared.dataset.source(id)).collect();
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
                                        { text(s.figure_source()) }{ ": " }<cite lang={source.title_language.clone()}>{ text(&source.title) }</cite>{ "." }
                                    }
                                </p>
                            </li>
                        }
                    }) }
                </ul>
            }
            <h5>{ text(s.sources()) }</h5>
            <ol class="sources">
                { for sources.into_iter().map(|source| html! { <li>{ citation(source, s) }</li> }) }
            </ol>
        </>
    }
}

/// A group of a figure as 100 people in ten rows of ten, the first `count` marked (an icon
/// array, as in the Ottawa decision aids). An SVG of four paths: the heads and bodies of all
/// 100, and over them those of the first `count` in the marked colour. Each person is a stroke
/// with round ends, so printers and PDF writers keep it as a few lines of vector text (CSS
/// gradients, before, made each array a page-sized image: an 86 MB PDF). No images, so a
/// strict CSP keeps them; screen readers get the caption, which says the same in words.
pub fn icon_array(group: &PeopleCount, s: &Strings) -> Html {
    let count = group.count.min(100);
    // The first `count` people of a path are a prefix of it: every person's step is 10 bytes.
    let n = usize::from(count);
    let marked = |path: &'static str| path.get(..n.saturating_sub(1) * 10 + 7).filter(|_| n > 0).unwrap_or("");
    html! {
        <figure class="icon-array">
            <svg class="people" viewBox="0 0 200 250" aria-hidden="true" focusable="false">
                <path class="head" d={HEADS} /><path class="body" d={BODIES} />
                <path class="head marked" d={marked(HEADS)} /><path class="body marked" d={marked(BODIES)} />
            </svg>
            <figcaption>{ s.out_of_100(&group.who, count) }</figcaption>
        </figure>
    }
}

/// Path data for 100 people, row by row, made at compile time: a zero-length line for each head
/// and a short one for each body, which the stylesheet draws with round ends. A person is 20
/// units wide and a row 25 high. The first person is an absolute move (7 bytes); each next one
/// a relative move, padded with spaces to 10 bytes, so that the first n are a prefix.
const HEADS: &str = as_str(&HEAD_BYTES);
const BODIES: &str = as_str(&BODY_BYTES);
const HEAD_BYTES: [u8; PEOPLE_LEN] = people(b"M10 5h0", b"m20    0h0", b"m-180 25h0");
const BODY_BYTES: [u8; PEOPLE_LEN] = people(b"M8 18h4", b"m16    0h4", b"m-184 25h4");
const PEOPLE_LEN: usize = 7 + 99 * 10;

const fn people(first: &[u8; 7], next: &[u8; 10], next_row: &[u8; 10]) -> [u8; PEOPLE_LEN] {
    let mut out = [b' '; PEOPLE_LEN];
    let mut i = 0;
    while i < PEOPLE_LEN {
        out[i] = match i {
            0..7 => first[i],
            _ => {
                let (person, j) = ((i - 7) / 10 + 1, (i - 7) % 10);
                if person % 10 == 0 {
                    next_row[j]
                } else {
                    next[j]
                }
            }
        };
        i += 1;
    }
    out
}

/// The bytes are ASCII: never the empty fallback.
const fn as_str(bytes: &'static [u8]) -> &'static str {
    match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(_) => "",
    }
}
