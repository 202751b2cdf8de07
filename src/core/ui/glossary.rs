use yew::prelude::*;

use super::text;

use super::shared::Shared;

/// The medical words used in the text, explained, as a description list.
pub fn glossary(shared: &Shared) -> Html {
    html! {
        <section class="glossary" aria-labelledby="mrcc-glossary">
            <h3 id="mrcc-glossary">{ text(shared.strings.glossary()) }</h3>
            <dl>
                { for shared.dataset.glossary.iter().map(|entry| html! {
                    <div class="term">
                        <dt>{ text(&entry.term) }</dt>
                        <dd>{ text(&entry.definition) }</dd>
                    </div>
                }) }
            </dl>
        </section>
    }
}
