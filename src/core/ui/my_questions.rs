use yew::prelude::*;

use super::browser;
use super::html::{named, text};
use super::shared::Shared;
use super::state::{again, send, Action, ExplorerState, Note};
use mrcc_model::text::join;

/// "My questions": the options' questions the reader added, and their own; remove, copy.
/// Kept in memory only: this is health information on possibly shared computers. The text
/// field is the browser's own (read when the reader adds it), so typing re-renders nothing.
pub fn my_questions(shared: &Shared, state: &ExplorerState, dispatch: &Callback<Action>, own: &NodeRef) -> Html {
    let s = &*shared.strings;
    // The reader's own question was refused: the field says so, and why.
    let refused = matches!(state.note, Some(Note::Empty | Note::AlreadyListed));
    let onsubmit = {
        let (own, dispatch) = (own.clone(), dispatch.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(input) = own.cast::<web_sys::HtmlInputElement>() {
                dispatch.emit(Action::AddQuestion(input.value()));
                input.set_value("");
            }
        })
    };
    let copy = {
        let text = join(&state.questions.iter().map(|q| format!("- {q}")).collect::<Vec<_>>(), "\n");
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            let (text, dispatch) = (text.clone(), dispatch.clone());
            yew::platform::spawn_local(async move {
                dispatch.emit(Action::Copied(browser::copy(text).await));
            });
        })
    };
    html! {
        <section class="my-questions" aria-labelledby="mrcc-my-questions">
            <h3 id="mrcc-my-questions">{ text(s.my_questions_heading()) }</h3>
            <p class="hint">{ text(s.my_questions_intro()) }</p>
            if state.questions.is_empty() {
                <p>{ text(s.no_questions()) }</p>
            } else {
                <ol class="question-list">
                    { for state.questions.iter().enumerate().map(|(i, question)| html! {
                        <li key={question.clone()}>
                            <span>{ question }</span>{ " " }
                            <button type="button" class="small" aria-label={named(s.remove(), question)}
                                onclick={send(dispatch, Action::RemoveQuestion(i))}>
                                { text(s.remove()) }
                            </button>
                        </li>
                    }) }
                </ol>
            }
            <form class="own-question" {onsubmit}>
                <label for="own-question">{ text(s.own_question_label()) }</label>
                <div class="row">
                    <input type="text" id="own-question" ref={own.clone()} autocomplete="off"
                        aria-invalid={refused.then_some("true")} aria-describedby="own-question-note" />
                    <button type="submit">{ text(s.add()) }</button>
                </div>
            </form>
            if !state.questions.is_empty() {
                <button type="button" class="secondary" onclick={copy}>{ text(s.copy_questions()) }</button>
            }
            <p class="copy-result" id="own-question-note" role="status">
                { match state.note {
                    Some(Note::Copied) => s.copied(),
                    Some(Note::CopyFailed) => s.copy_failed(),
                    Some(Note::Empty) => s.question_empty(),
                    Some(Note::AlreadyListed) => s.question_listed(),
                    None => "",
                } }
                { again(state.notes) }
            </p>
        </section>
    }
}
