use yew::prelude::*;

use super::text;

use super::browser;
use super::next_steps::resolved_links;
use super::shared::{ById, Shared};
use super::state::{send, Action, ExplorerState};
use super::strings::Strings;
use super::{about, compare, condition, glossary, my_questions, next_steps, results, situation_form, summary, values};
use crate::content::Dataset;
use crate::rules::{evaluate, Situation};

#[derive(Properties, PartialEq)]
pub struct ExplorerProps {
    pub dataset: ById<Dataset>,
    /// The hospital's own "Make an appointment" page (the `appointment-url` attribute).
    #[prop_or_default]
    pub appointment_url: Option<AttrValue>,
    /// The hospital's support group page (the `support-url` attribute).
    #[prop_or_default]
    pub support_url: Option<AttrValue>,
    /// Answers to start with, as a query string (the `situation` attribute).
    #[prop_or_default]
    pub situation: Option<AttrValue>,
    /// Called after the first render and after every change of the situation, with every
    /// option's fit in display order (the host's `mrcc-change` event).
    #[prop_or_default]
    pub on_change: Option<Callback<ChangeDetail>>,
}

/// What the host learns after each change. Never any text the reader typed.
#[derive(Clone, Debug, PartialEq)]
pub struct ChangeDetail {
    /// The answers as a `situation` query string.
    pub situation: String,
    pub results: Vec<ResultItem>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ResultItem {
    pub id: String,
    pub fit: &'static str,
    pub reasons: Vec<String>,
}

impl ChangeDetail {
    pub fn new(dataset: &Dataset, situation: &Situation) -> Self {
        ChangeDetail {
            situation: situation.to_query(dataset),
            results: evaluate(dataset, situation)
                .into_iter()
                .map(|fit| ResultItem {
                    id: fit.option.id.clone(),
                    fit: fit.fit.as_str(),
                    reasons: fit.reasons.iter().map(|r| r.to_string()).collect(),
                })
                .collect(),
        }
    }
}

/// The whole widget: the condition and the decision, the reader's situation, every option
/// with its fit, comparison, what matters to them, their questions, and a printable summary.
#[component]
pub fn Explorer(props: &ExplorerProps) -> Html {
    let dataset = &props.dataset;
    let initial = {
        let dataset = dataset.clone();
        let situation = props.situation.clone();
        move || ExplorerState { situation: parse_situation(&dataset, situation.as_deref()), ..Default::default() }
    };
    let state = use_reducer(initial);
    // Created once: a new callback on every render would make every child's props differ, and
    // re-render every option card on each answer.
    let dispatch = {
        let dispatcher = state.dispatcher();
        use_callback((), move |action: Action, _| dispatcher.dispatch(action))
    };
    {
        // A new `situation` attribute replaces the answers; the first render already used it.
        // A new dataset (another language) keeps them: the ids are the same.
        let dispatch = dispatch.clone();
        let first = use_mut_ref(|| true);
        let dataset = dataset.clone();
        use_effect_with(props.situation.clone(), move |situation| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                dispatch.emit(Action::SetSituation(parse_situation(&dataset, situation.as_deref())));
            }
        });
    }
    {
        // Tell the host after the first render and after every change of the answers.
        let on_change = props.on_change.clone();
        let dataset = dataset.clone();
        use_effect_with(state.situation.clone(), move |situation| {
            if let Some(on_change) = on_change {
                on_change.emit(ChangeDetail::new(&dataset, situation));
            }
        });
    }
    let root = use_node_ref();
    let summary_button = use_node_ref();
    let summary_heading = use_node_ref();
    let own_question = use_node_ref();
    {
        let root = root.clone();
        let summary_button = summary_button.clone();
        let summary_heading = summary_heading.clone();
        let was_open = use_mut_ref(|| false);
        use_effect_with(state.summary_open, move |&open| {
            if let Some(node) = root.get() {
                browser::mark_summary(&node, open);
            }
            // Focus follows the reader: to the summary's heading when it opens (the button
            // that opened it is gone), back to that button when it closes. Never on first
            // render: that would steal focus from the host page.
            let was_open = std::mem::replace(&mut *was_open.borrow_mut(), open);
            let target = match (was_open, open) {
                (false, true) => &summary_heading,
                (true, false) => &summary_button,
                _ => return,
            };
            if let Some(element) = target.cast::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
        });
    }

    let strings =
        use_memo(dataset.clone(), |dataset| ById::new(Strings::for_widget(&dataset.meta.language, &dataset.ui)));
    let shared = Shared { dataset: dataset.clone(), strings: (*strings).clone() };
    let s = &*shared.strings;
    let meta = &dataset.meta;
    let resolved = resolved_links(&dataset.links, props.appointment_url.as_deref(), props.support_url.as_deref());
    html! {
        <section class="explorer" lang={meta.language.clone()} aria-labelledby="mrcc-title" ref={root}>
            <h2 id="mrcc-title" class="title">{ text(&meta.title) }</h2>
            if state.summary_open {
                { summary(&shared, &state, &dispatch, &resolved, &summary_heading) }
            } else {
                <p class="decision">{ text(&meta.decision) }</p>
                <p class="reviewed-line">
                    { text(&s.reviewed) }{ " " }<time datetime={meta.reviewed.clone()}>{ text(&meta.reviewed) }</time>
                </p>
                { condition(&shared) }
                { situation_form(&shared, &state, &dispatch) }
                { results(&shared, &state, &dispatch) }
                { compare(&shared, &state, &dispatch) }
                { values(&shared, &state, &dispatch) }
                { my_questions(&shared, &state, &dispatch, &own_question) }
                <div class="summary-cta">
                    <button type="button" ref={summary_button} onclick={send(&dispatch, Action::OpenSummary)}>
                        { text(&s.make_summary) }
                    </button>
                </div>
                { next_steps(&shared, &resolved) }
                { glossary(&shared) }
                { about(&shared) }
            }
        </section>
    }
}

fn parse_situation(dataset: &Dataset, query: Option<&str>) -> Situation {
    Situation::parse(query.unwrap_or_default(), dataset).0
}
