//! The places the element's modules fill: "Continue later, or share", the knowledge check,
//! the summary's page for the care team, and the notice after answers were filled in from a
//! link or a code.
//!
//! Why modules and not Yew. These controls are used by few readers and only when they ask, and
//! each `html!` tree costs about half a kilobyte of the wasm every reader downloads first: as
//! Yew markup, with its codec in Rust, "Continue later, or share" alone made the start 13.5 KB
//! (brotli) larger. So Yew renders an empty box, and a module of the element's, loaded on first
//! use, builds the controls in it with DOM calls and text only: `mrcc-explorer-share.js` (with
//! its codec `share-codec.js`), `mrcc-explorer-knowledge.js`, `mrcc-explorer-care.js`. The core
//! keeps what needs the dataset or the reader's state (`resume.rs`), reached through its
//! `text` (the answers, the ids they are named by, the interface strings, and the knowledge
//! check and the care team's page as the dataset's JSON text: `mrcc_model::extras`) and
//! `resume`. Yew never renders children into the boxes, so it never touches what a module put
//! there.

use yew::prelude::*;

use super::html::text;
use super::shared::Shared;

/// The end of the summary, which the element's knowledge module arranges when it opens: the
/// knowledge check's score, "Continue later, or share" (never printed) and the page for the care
/// team. (One function with the box below, its names as arguments, cost 2 KB: a dynamic
/// attribute brings Yew's code for them.)
pub fn summary_more_box(shared: &Shared) -> Html {
    if !shared.details_arrived() {
        return Html::default();
    }
    html! { <div class="summary-more" data-mrcc-more=""></div> }
}

/// "Check what you know": the knowledge module builds it once the details have brought the
/// dataset's extras, if they have one; until then it is empty, and takes no room.
pub fn knowledge_box() -> Html {
    html! { <section class="knowledge" data-mrcc-knowledge=""></section> }
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
