use super::shared::ById;

use yew::prelude::*;

use super::strings::Strings;
use crate::content::GlossaryEntry;

#[derive(Properties, PartialEq)]
pub struct GlossaryProps {
    pub entries: Vec<GlossaryEntry>,
    pub strings: ById<Strings>,
}

/// The medical words used in the text, explained, as a description list.
#[component]
pub fn Glossary(props: &GlossaryProps) -> Html {
    html! {
        <section class="glossary" aria-labelledby="mrcc-glossary">
            <h3 id="mrcc-glossary">{ &props.strings.glossary }</h3>
            <dl>
                { for props.entries.iter().map(|entry| html! {
                    <div class="term">
                        <dt>{ &entry.term }</dt>
                        <dd>{ &entry.definition }</dd>
                    </div>
                }) }
            </dl>
        </section>
    }
}
