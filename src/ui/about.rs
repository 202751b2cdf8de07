use yew::prelude::*;

use super::shared::Shared;

/// Who wrote the content, when it was reviewed, how it is kept current, and that it is not advice.
pub fn about(shared: &Shared) -> Html {
    let meta = &shared.dataset.meta;
    let s = &*shared.strings;
    html! {
        <footer class="about">
            <h3 class="about-heading">{ &s.about }</h3>
            <p class="disclaimer">{ &meta.disclaimer }</p>
            <dl class="meta">
                <dt>{ &s.reviewed }</dt>
                <dd><time class="reviewed" datetime={meta.reviewed.clone()}>{ &meta.reviewed }</time></dd>
                <dt>{ &s.next_review }</dt>
                <dd><time datetime={meta.next_review.clone()}>{ &meta.next_review }</time></dd>
                <dt>{ &s.publisher }</dt>
                <dd>{ &meta.publisher }</dd>
                <dt>{ &s.update_policy }</dt>
                <dd>{ &meta.update_policy }</dd>
                <dt>{ &s.funding }</dt>
                <dd>{ &meta.funding }</dd>
                <dt>{ &s.conflicts }</dt>
                <dd>{ &meta.conflicts }</dd>
            </dl>
        </footer>
    }
}
