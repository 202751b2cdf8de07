use yew::prelude::*;

use super::choice::choice;
use super::html::text;
use super::shared::Shared;
use super::state::{send, Action, Importance, Ratings};

/// "What matters to me": the reader rates each statement. It never re-orders the options (the
/// aid stays neutral); it goes into the summary for the conversation.
pub fn values(shared: &Shared, ratings: &Ratings, dispatch: &Callback<Action>) -> Html {
    let s = &*shared.strings;
    if shared.dataset.values.is_empty() {
        return Html::default();
    }
    html! {
        <section class="values" aria-labelledby="mrcc-values">
            <h3 id="mrcc-values">{ text(s.values_heading()) }</h3>
            <p class="hint">{ text(s.values_intro()) }</p>
            { for shared.dataset.values.iter().map(|value| {
                let rated = ratings.values.get(&value.id).copied();
                html! {
                    <fieldset class="criterion value" key={value.id.clone()}>
                        <legend>{ text(&value.statement) }</legend>
                        <div class="choices">
                            { for Importance::ALL.iter().map(|&importance| {
                                let id = format!("value-{}-{}", value.id, importance.as_str());
                                let onchange = send(dispatch, Action::Rate { value: value.id.clone(), importance });
                                choice("radio", format!("value-{}", value.id), id, s.importance(importance), rated == Some(importance), onchange)
                            }) }
                        </div>
                    </fieldset>
                }
            }) }
        </section>
    }
}
