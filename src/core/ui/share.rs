//! Continue later, or share: the places the element's share module fills, and the notice after
//! answers were filled in from a link or a code.
//!
//! Why the module and not Yew. The controls (what to tick in, the link, its copy button and QR
//! code, the code, the field to type one) are used by few readers and only when they ask, and
//! each `html!` tree costs about half a kilobyte of the wasm every reader downloads first: as
//! Yew markup, with the codec in Rust, they made the start 13.5 KB (brotli) larger. So Yew
//! renders an empty box, and the element's module `mrcc-explorer-share.js`, loaded on first use,
//! builds the controls in it with DOM calls and text only, with its codec (`share-codec.js`).
//! The core keeps what needs the dataset or the reader's state (`resume.rs`), reached through
//! its `shareAnswers`, `shareStructure`, `resume` and `uiText`. Yew never renders children into
//! the boxes, so it never touches what the module put there.

use yew::prelude::*;

use super::html::text;
use super::shared::Shared;

/// The summary's "Continue later, or share": filled by the share module when the summary
/// opens. Never printed.
pub fn share_box(shared: &Shared) -> Html {
    if !shared.share || !shared.details_arrived() {
        return Html::default();
    }
    html! { <section class="share no-print" data-mrcc-share=""></section> }
}

/// "Continue with a code": the share module puts its field in when the reader opens it.
pub fn code_box(shared: &Shared) -> Html {
    if !shared.share || !shared.details_arrived() {
        return Html::default();
    }
    html! {
        <details class="code-entry" data-mrcc-code="">
            <summary>{ text(shared.strings.code_heading()) }</summary>
        </details>
    }
}

/// Where the share module says that answers were filled in from a link or a code, asks the
/// reader to check them, and names what could not be: at the top, first read.
pub fn notice_box(shared: &Shared) -> Html {
    if !shared.share {
        return Html::default();
    }
    html! { <div class="resumed-box" data-mrcc-notice=""></div> }
}
