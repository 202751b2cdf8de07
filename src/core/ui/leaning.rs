use yew::prelude::*;

use super::choice::choice;
use super::html::text;
use super::prose::find;
use super::shared::Shared;
use super::state::{send, Action, Ratings};
use super::summary_text::sure_result;

/// "Where am I leaning?": the SURE test (four yes-or-no questions that screen for decisional
/// conflict, as in the Ottawa decision aid template) and the option the reader leans toward.
/// Like "what matters to me", it never changes the options; it goes into the summary.
pub fn leaning(shared: &Shared, ratings: &Ratings, dispatch: &Callback<Action>) -> Html {
    let s = &*shared.strings;
    // Far down the page, and its text comes with the details, just after the first render.
    if !shared.details_arrived() {
        return Html::default();
    }
    html! {
        <section class="leaning" aria-labelledby="mrcc-leaning">
            <h3 id="mrcc-leaning">{ text(s.leaning_heading()) }</h3>
            <p class="hint">{ english_name(s.sure_intro(), &s.language) }</p>
            { for s.sure_questions().iter().enumerate().map(|(item, question)| html! {
                <fieldset class="criterion sure">
                    <legend>{ text(question) }</legend>
                    <div class="choices">
                        { for [true, false].into_iter().map(|yes| {
                            let value = if yes { "yes" } else { "no" };
                            let (name, id) = (format!("sure-{item}"), format!("sure-{item}-{value}"));
                            let checked = ratings.sure[item] == Some(yes);
                            choice("radio", name, id, s.yes_no(yes), checked, send(dispatch, Action::Sure { item, yes }))
                        }) }
                    </div>
                </fieldset>
            }) }
            // Always there, so that screen readers announce the result when it appears.
            <p class="sure-result" aria-live="polite">{ text(sure_result(ratings, s).unwrap_or_default()) }</p>
            <fieldset class="criterion leaning-choice">
                <legend>{ text(s.leaning_question()) }</legend>
                <div class="choices">
                    // Every option, then "I am not sure yet" (an empty id).
                    { for shared.dataset.options.iter().map(|option| (option.id.as_str(), option.name.as_str()))
                        .chain([("", s.leaning_unsure())])
                        .map(|(id, label)| {
                            let element_id = if id.is_empty() { "leaning-unsure".to_owned() } else { format!("leaning-{id}") };
                            let checked = ratings.leaning.as_deref() == Some(id);
                            choice("radio", "leaning".into(), element_id, label, checked, send(dispatch, Action::Lean(id.to_owned())))
                        }) }
                </div>
            </fieldset>
            <p class="source-line">{ english_name(s.sure_source(), &s.language) }</p>
        </section>
    }
}

/// `text` with its "SURE" (the first; each string has one) marked as English when the page is in another language: the test's
/// name is an English acronym (Sure of myself, Understand information, Risk-benefit ratio,
/// Encouragement), and a Spanish voice would otherwise read it as a Spanish word. Searched byte by
/// byte (`prose::find`): `str::split` with a string would bring the substring searcher.
fn english_name(text_: &str, language: &str) -> Html {
    const NAME: &str = "SURE";
    let Some(at) = find(text_, NAME).filter(|_| !language.starts_with("en")) else { return text(text_) };
    let (before, after) = (text_.get(..at).unwrap_or_default(), text_.get(at + NAME.len()..).unwrap_or_default());
    html! { <>{ text(before) }<span lang="en">{ NAME }</span>{ text(after) }</> }
}
