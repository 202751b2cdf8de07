use yew::events::TargetCast;
use yew::prelude::*;

use super::browser;
use super::shared::Shared;
use super::state::Action;

#[derive(Properties, PartialEq)]
pub struct MyQuestionsProps {
    /// The reader's list: this section re-renders only when it changes.
    pub questions: Vec<String>,
    pub dispatch: Callback<Action>,
}

#[derive(Clone, Copy, PartialEq)]
enum CopyResult {
    None,
    Copied,
    Failed,
}

/// "My questions": the options' questions the reader added, and their own; remove, copy.
/// Kept in memory only: this is health information on possibly shared computers.
#[component]
pub fn MyQuestions(props: &MyQuestionsProps) -> Html {
    let draft = use_state(String::new);
    let copy_result = use_state(|| CopyResult::None);
    let Some(shared) = use_context::<Shared>() else { return Html::default() };
    let s = &*shared.strings;
    let oninput = {
        let draft = draft.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                draft.set(input.value());
            }
        })
    };
    let onsubmit = {
        let draft = draft.clone();
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            dispatch.emit(Action::AddQuestion((*draft).clone()));
            draft.set(String::new());
        })
    };
    let copy = {
        let text = props.questions.iter().map(|q| format!("- {q}")).collect::<Vec<_>>().join("\n");
        let copy_result = copy_result.clone();
        Callback::from(move |_: MouseEvent| {
            let text = text.clone();
            let copy_result = copy_result.clone();
            yew::platform::spawn_local(async move {
                let ok = browser::copy(text).await;
                copy_result.set(if ok { CopyResult::Copied } else { CopyResult::Failed });
            });
        })
    };
    html! {
        <section class="my-questions" aria-labelledby="mrcc-my-questions">
            <h3 id="mrcc-my-questions">{ &s.my_questions_heading }</h3>
            <p class="hint">{ &s.my_questions_intro }</p>
            if props.questions.is_empty() {
                <p>{ &s.no_questions }</p>
            } else {
                <ol class="question-list">
                    { for props.questions.iter().enumerate().map(|(i, question)| html! {
                        <li key={question.clone()}>
                            <span>{ question }</span>{ " " }
                            <button type="button" class="small" onclick={props.dispatch.reform(move |_: MouseEvent| Action::RemoveQuestion(i))}>
                                { &s.remove }<span class="visually-hidden">{ format!(": {question}") }</span>
                            </button>
                        </li>
                    }) }
                </ol>
            }
            <form class="own-question" {onsubmit}>
                <label for="own-question">{ &s.own_question_label }</label>
                <div class="row">
                    <input type="text" id="own-question" value={(*draft).clone()} {oninput} autocomplete="off" />
                    <button type="submit">{ &s.add }</button>
                </div>
            </form>
            if !props.questions.is_empty() {
                <button type="button" class="secondary" onclick={copy}>{ &s.copy_questions }</button>
            }
            <p class="copy-result" role="status">
                { match *copy_result { CopyResult::Copied => &s.copied, CopyResult::Failed => &s.copy_failed, CopyResult::None => "" } }
            </p>
        </section>
    }
}
