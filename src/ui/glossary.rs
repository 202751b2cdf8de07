use yew::prelude::*;

use super::shared::Shared;

/// The medical words used in the text, explained, as a description list.
pub fn glossary(shared: &Shared) -> Html {
    html! {
        <section class="glossary" aria-labelledby="mrcc-glossary">
            <h3 id="mrcc-glossary">{ &shared.strings.glossary }</h3>
            <dl>
                { for shared.dataset.glossary.iter().map(|entry| html! {
                    <div class="term">
                        <dt>{ &entry.term }</dt>
                        <dd>{ &entry.definition }</dd>
                    </div>
                }) }
            </dl>
        </section>
    }
}
