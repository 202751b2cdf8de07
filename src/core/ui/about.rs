use yew::prelude::*;

use super::html::text;
use super::shared::Shared;

/// Who wrote the content, when it was reviewed, how it is kept current, and that it is not advice.
pub fn about(shared: &Shared) -> Html {
    let meta = &shared.dataset.meta;
    let s = &*shared.strings;
    // At the page's end, it arrives with the details, just after the first render (who wrote the
    // content and how it is kept current travel in the details pack).
    if !shared.details_arrived() {
        return Html::default();
    }
    html! {
        <footer class="about">
            <h3 class="about-heading">{ text(s.about()) }</h3>
            <p class="disclaimer">{ text(&meta.disclaimer) }</p>
            <dl class="meta">
                <dt>{ text(s.reviewed()) }</dt>
                <dd><time class="reviewed" datetime={meta.reviewed.clone()}>{ text(&s.date(&meta.reviewed)) }</time></dd>
                <dt>{ text(s.next_review()) }</dt>
                <dd><time datetime={meta.next_review.clone()}>{ text(&s.date(&meta.next_review)) }</time></dd>
                <dt>{ text(s.hospital_review()) }</dt>
                <dd class="hospital-review">{ s.hospital_review_status(meta) }</dd>
                <dt>{ text(s.authors()) }</dt>
                <dd>{ text(&meta.authors) }</dd>
                <dt>{ text(s.publisher()) }</dt>
                <dd>{ text(&meta.publisher) }</dd>
                <dt>{ text(s.update_policy()) }</dt>
                <dd>{ text(&meta.update_policy) }</dd>
                <dt>{ text(s.funding()) }</dt>
                <dd>{ text(&meta.funding) }</dd>
                <dt>{ text(s.conflicts()) }</dt>
                <dd>{ text(&meta.conflicts) }</dd>
            </dl>
        </footer>
    }
}
