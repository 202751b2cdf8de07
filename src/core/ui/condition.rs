use yew::prelude::*;

use super::html::text;
use super::prose::prose;
use super::shared::Shared;
use super::state::{send, Action};

/// What metastatic kidney cancer is, in plain words. Its figures on how long people live sit
/// behind an offer the reader can take or leave (`numbers`: taken): a median read unasked on
/// the first screen, days after the news, cannot be unread. Within an option the figures stay,
/// since opening it is asking.
pub fn condition(shared: &Shared, numbers: bool, dispatch: &Callback<Action>) -> Html {
    let condition = &shared.dataset.condition;
    let s = &*shared.strings;
    let paragraphs = |texts: &[String], place: &str| -> Html {
        texts.iter().enumerate().map(|(i, p)| html! { <p>{ prose(p, shared, &format!("{place}{i}")) }</p> }).collect()
    };
    html! {
        <section class="condition" aria-labelledby="mrcc-condition">
            <h3 id="mrcc-condition">{ text(&condition.title) }</h3>
            { paragraphs(&condition.paragraphs, "c") }
            // The built-in content's first part has no numbers yet: they come with the details.
            if condition.numbers.is_empty() && shared.details_arrived() {
            } else if !numbers {
                <div class="numbers-offer">
                    <p>{ text(s.numbers_offer()) }</p>
                    <button type="button" class="secondary" onclick={send(dispatch, Action::ShowNumbers)}>
                        { text(s.numbers_show()) }
                    </button>
                </div>
            } else if condition.numbers.is_empty() {
                <p class="loading" id="mrcc-numbers" tabindex="-1">{ text(s.details_loading()) }</p>
            } else {
                // Focus lands here when the reader takes the offer (the button is gone).
                <div class="numbers" id="mrcc-numbers" tabindex="-1">{ paragraphs(&condition.numbers, "n") }</div>
            }
        </section>
    }
}
