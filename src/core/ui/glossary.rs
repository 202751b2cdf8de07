use yew::prelude::*;

use super::html::text;
use super::shared::Shared;
use super::state::{send, Action, OPENED_GLOSSARY};

/// The medical words used in the text, explained, as a description list.
pub fn glossary(shared: &Shared, opened: u8, dispatch: &Callback<Action>) -> Html {
    // The meanings come with the built-in content's details, just after the first render.
    if shared.dataset.glossary.iter().all(|entry| entry.definition.is_empty()) {
        return Html::default();
    }
    html! {
        <section class="glossary" aria-labelledby="mrcc-glossary">
            <h3 id="mrcc-glossary">{ text(shared.strings.glossary()) }</h3>
            // Closed until asked for: open, the list was the longest part of a phone's page
            // (3,300 px at 390 px), and each word already opens its meaning where it is used.
            // Its list is rendered once first opened: every change of the answers re-rendered it.
            <details class="details" ontoggle={send(dispatch, Action::Open(OPENED_GLOSSARY))}>
                // On the click too, so that the list is there as the disclosure opens.
                <summary onclick={send(dispatch, Action::Open(OPENED_GLOSSARY))}>
                    { shared.strings.show_all(shared.dataset.glossary.len()) }
                </summary>
                if opened & OPENED_GLOSSARY != 0 || shared.all_details {
                    <dl>
                        { for shared.dataset.glossary.iter().map(|entry| html! {
                            <div class="term">
                                <dt>{ text(&entry.term) }</dt>
                                <dd>{ text(&entry.definition) }</dd>
                            </div>
                        }) }
                    </dl>
                }
            </details>
        </section>
    }
}
