use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::boxes::{knowledge_box, notice_box};
use super::browser;
use super::change_detail::ChangeDetail;
use super::compare::compare;
use super::html::text;
use super::jumps::jumps;
use super::my_questions::my_questions;
use super::next_steps::{next_steps, resolved_links};
use super::part::{Part, Piece};
use super::results::{place, results, Placed};
use super::shared::{ById, Marked, Shared};
use super::situation_form::situation_form;
use super::state::{again, Action, ExplorerState, Said, OPENED_NUMBERS};
use super::strings::Strings;
use super::summary::summary;
use crate::rules::Situation;
use mrcc_model::Dataset;

#[derive(Properties, PartialEq)]
pub struct ExplorerProps {
    pub dataset: ById<Dataset>,
    /// The hospital's own "Make an appointment" page (the `appointment-url` attribute).
    #[prop_or_default]
    pub appointment_url: Option<AttrValue>,
    /// The hospital's support group page (the `support-url` attribute).
    #[prop_or_default]
    pub support_url: Option<AttrValue>,
    /// Answers to start with (the `situation` attribute, parsed once by the caller with
    /// [`Situation::parse`], which also says what it ignored). A new value replaces the answers.
    #[prop_or_default]
    pub situation: Option<Situation>,
    /// Called after the first render and after every change of the situation, with every
    /// option's fit in display order (the host's `mrcc-change` event).
    #[prop_or_default]
    pub on_change: Option<Callback<ChangeDetail>>,
    /// Render every closed disclosure's content (each option's details, shown open, and the
    /// risk checklist) at start, not when first opened: for server-rendered markup, which no one
    /// can open. The widget in the page leaves it off: that content was most of its first render.
    #[prop_or_default]
    pub all_details: bool,
    /// Parked: render nothing and forget the reader. The glue parks an app whose element is
    /// gone, to give it to the next element instead of building a new one (Yew never frees an
    /// app's event listeners); unparked, it starts afresh, as a new app would.
    #[prop_or_default]
    pub parked: bool,
    /// No links or codes to the reader's answers (the host's `share-link="off"`).
    #[prop_or_default]
    pub share_off: bool,
}

/// What the host learns after each change. Never any text the reader typed.
pub struct Explorer {
    state: ExplorerState,
    /// The options' places for `state.situation` and the dataset, with the situation they are
    /// for: recomputed when either changes, not on every render.
    placed: (Situation, Rc<[Placed]>),
    /// Created once: a new callback on every render would make every child's props differ, and
    /// re-render every option card on each answer.
    dispatch: Callback<Action>,
    strings: ById<Strings>,
    marked: ById<Marked>,
    /// The situation last reported through `on_change`.
    reported: Option<Situation>,
    /// Whether the summary was open at the last render.
    summary_was_open: bool,
    /// The last focus move applied (`ExplorerState::moves`).
    moves_applied: u32,
    root: NodeRef,
    summary_button: NodeRef,
    summary_heading: NodeRef,
    own_question: NodeRef,
}

impl Component for Explorer {
    type Message = Action;
    type Properties = ExplorerProps;

    fn create(ctx: &Context<Self>) -> Self {
        let props = ctx.props();
        let situation = props.situation.clone().unwrap_or_default();
        Explorer {
            placed: (situation.clone(), place(&props.dataset, &situation)),
            state: ExplorerState { situation, ..Default::default() },
            dispatch: ctx.link().callback(|action| action),
            strings: strings_for(&props.dataset),
            marked: ById::new(Marked::default()),
            reported: None,
            summary_was_open: false,
            moves_applied: 0,
            root: NodeRef::default(),
            summary_button: NodeRef::default(),
            summary_heading: NodeRef::default(),
            own_question: NodeRef::default(),
        }
    }

    fn update(&mut self, ctx: &Context<Self>, action: Action) -> bool {
        let changed = self.state.apply(action);
        if self.placed.0 != self.state.situation {
            self.placed = (self.state.situation.clone(), place(&ctx.props().dataset, &self.state.situation));
        }
        changed
    }

    fn changed(&mut self, ctx: &Context<Self>, old: &ExplorerProps) -> bool {
        let props = ctx.props();
        // Unparked for another element: nothing of the last reader stays (the situation
        // attribute of the new one, if any, is applied below).
        if old.parked && !props.parked {
            self.state = ExplorerState::default();
            self.reported = None;
            self.summary_was_open = false;
            self.moves_applied = 0;
        }
        // A new dataset (another language) keeps the answers: the ids are the same.
        if props.dataset != old.dataset {
            self.strings = strings_for(&props.dataset);
            self.marked = ById::new(Marked::default());
        }
        // A new `situation` attribute replaces the answers.
        if props.situation != old.situation {
            self.state.apply(Action::SetSituation(props.situation.clone().unwrap_or_default()));
        }
        if props.dataset != old.dataset || self.placed.0 != self.state.situation {
            self.placed = (self.state.situation.clone(), place(&props.dataset, &self.state.situation));
        }
        true
    }

    fn rendered(&mut self, ctx: &Context<Self>, first_render: bool) {
        if ctx.props().parked {
            return;
        }
        self.after_render(ctx, first_render);
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        if ctx.props().parked {
            return Html::default();
        }
        self.render(ctx)
    }
}

impl Explorer {
    /// What the reader has entered, for the glue (a link to the answers: `resume::positions`).
    pub fn state(&self) -> &ExplorerState {
        &self.state
    }

    fn after_render(&mut self, ctx: &Context<Self>, first_render: bool) {
        // Tell the host after the first render and after every change of the answers.
        if self.reported.as_ref() != Some(&self.state.situation) {
            self.reported = Some(self.state.situation.clone());
            if let Some(on_change) = &ctx.props().on_change {
                on_change.emit(ChangeDetail::new(&ctx.props().dataset, &self.state.situation, &self.placed.1));
            }
        }
        // After an action that removed or replaced the control the reader pressed, focus goes
        // where the action says instead of falling to the page's <body>.
        if self.state.moves != self.moves_applied {
            self.moves_applied = self.state.moves;
            // An empty selector says something and leaves focus where it is.
            let moved = self.state.moved.as_ref().filter(|moved| !moved.focus.is_empty());
            let target = moved.zip(self.root.cast::<web_sys::Element>());
            if let Some((moved, root)) = target {
                if let Some(element) = root.query_selector(&moved.focus).ok().flatten() {
                    if let Some(element) = element.dyn_ref::<web_sys::HtmlElement>() {
                        let _ = element.focus();
                    }
                    // A section the reader asked for starts at the top of the screen (focus alone
                    // may leave it mid-screen, with its content below the fold).
                    if moved.said == Said::Jumped {
                        element.scroll_into_view();
                    }
                }
            }
        }
        let open = self.state.summary_open;
        if !first_render && open == self.summary_was_open {
            return;
        }
        if let Some(node) = self.root.get() {
            browser::mark_summary(&node, open);
        }
        // Focus follows the reader: to the summary's heading when it opens (the button that
        // opened it is gone), back to that button when it closes. Never on first render: that
        // would steal focus from the host page.
        let was_open = std::mem::replace(&mut self.summary_was_open, open);
        let target = match (was_open, open) {
            (false, true) => &self.summary_heading,
            (true, false) => &self.summary_button,
            _ => return,
        };
        // Back from the summary, the element puts the view where focus is (mrcc-explorer-element.js).
        if let Some(element) = target.cast::<web_sys::HtmlElement>() {
            let _ = element.focus();
        }
    }

    fn render(&self, ctx: &Context<Self>) -> Html {
        let props = ctx.props();
        let dataset = &props.dataset;
        let shared = Shared {
            dataset: dataset.clone(),
            strings: self.strings.clone(),
            marked: self.marked.clone(),
            all_details: props.all_details,
            share: !props.share_off,
        };
        let (s, state, dispatch) = (&*self.strings, &self.state, &self.dispatch);
        let meta = &dataset.meta;
        let resolved = resolved_links(&dataset.links, props.appointment_url.as_deref(), props.support_url.as_deref());
        html! {
            <section class="explorer" lang={meta.language.clone()} aria-labelledby="mrcc-title" ref={self.root.clone()}>
                <h2 id="mrcc-title" class="title">{ text(&meta.title) }</h2>
                if state.summary_open {
                    { summary(&shared, state, dispatch, &self.placed.1, &resolved, &self.summary_heading) }
                } else {
                    { notice_box(&shared) }
                    <p class="decision">{ text(&meta.decision) }</p>
                    <p class="reviewed-line">
                        { text(s.reviewed()) }{ " " }<time datetime={meta.reviewed.clone()}>{ text(&s.date(&meta.reviewed)) }</time>{ ". " }
                        <span class="hospital-review">{ s.hospital_review_status(meta) }</span>
                    </p>
                    { jumps(&shared, dispatch) }
                    <Part shared={shared.clone()} dispatch={dispatch.clone()}
                        piece={Piece::Condition { numbers: state.opened & OPENED_NUMBERS != 0 }} />
                    { situation_form(&shared, state, dispatch) }
                    { results(&shared, state, &self.placed.1, dispatch) }
                    { compare(&shared, state, &self.placed.1, dispatch) }
                    <Part shared={shared.clone()} dispatch={dispatch.clone()} piece={Piece::Ratings(state.ratings.clone())} />
                    { my_questions(&shared, state, dispatch, &self.own_question) }
                    { knowledge_box() }
                    <div class="summary-cta">
                        <button type="button" ref={self.summary_button.clone()} onclick={dispatch.reform(|_| Action::OpenSummary(browser::today()))}>
                            { text(s.make_summary()) }
                        </button>
                    </div>
                    { next_steps(&shared, state.questions.first().map(String::as_str), &resolved) }
                    <Part shared={shared.clone()} dispatch={dispatch.clone()}
                        piece={Piece::Footer { opened: state.opened }} />
                }
                // The live regions last: a screen reader reading from the title meets the content,
                // not two empty status bars (heard as "statusbar, statusbar" through AT-SPI).
                <p class="visually-hidden" role="status">{ state.moved.as_ref().map(|moved| s.said(moved.said)).unwrap_or_default() }{ again(state.moves) }</p>
                // An opened glossary word's meaning, written by the page (`prose::toggle_definition`):
                // empty here, so that Yew never touches what the page wrote.
                <div class="visually-hidden term-status" role="status"></div>
            </section>
        }
    }
}

fn strings_for(dataset: &Dataset) -> ById<Strings> {
    ById::new(Strings::for_widget(&dataset.meta.language, &dataset.ui))
}
