use std::cell::RefCell;
use std::fmt;
use std::ops::Deref;
use std::rc::Rc;

use yew::AttrValue;

use super::strings::Strings;
use mrcc_model::small_map::SmallMap;
use mrcc_model::Dataset;

/// What every part of the interface needs: the dataset and the UI strings. The explorer passes
/// it down as an argument or a prop (compared by identity), not as a Yew context: a context
/// provider cost about 2 KB of wasm.
#[derive(Clone, Debug, PartialEq)]
pub struct Shared {
    pub dataset: ById<Dataset>,
    pub strings: ById<Strings>,
    /// The glossary marking of the texts shown so far, kept with the dataset.
    pub marked: ById<Marked>,
    /// Whether closed disclosures hold their content from the start (see
    /// [`ExplorerProps::all_details`](super::ExplorerProps::all_details)).
    pub all_details: bool,
    /// Whether the reader may make a link or code to their answers, and type a code (the
    /// host's `share-link` attribute is not `off`).
    pub share: bool,
}

/// The glossary marking of each text already shown, for one dataset: finding the words was a
/// third of an update's time when every render searched every text again. Made anew with each
/// dataset (with its interface strings), so that it never outlives the glossary it used.
///
/// Kept here, beside the dataset it belongs to; the marking itself is
/// [`split_terms`](super::prose::split_terms), which [`prose`](super::prose::prose) passes in.
#[derive(Debug, Default)]
pub struct Marked(RefCell<SmallMap<String, Rc<[Segment]>>>);

impl Marked {
    /// The segments of `text`: from the cache, or from `split` the first time `text` is shown.
    pub(super) fn segments(&self, text: &str, split: impl FnOnce() -> Vec<Segment>) -> Rc<[Segment]> {
        if let Some(segments) = self.0.borrow().get(text) {
            return Rc::clone(segments);
        }
        let segments: Rc<[Segment]> = split().into();
        self.0.borrow_mut().insert(text.to_owned(), Rc::clone(&segments));
        segments
    }
}

/// A run of a text as [`prose`](super::prose::prose) shows it: plain, or a glossary word with
/// its meaning.
#[derive(Debug, PartialEq)]
pub enum Segment {
    Text(AttrValue),
    Term { text: AttrValue, definition: AttrValue },
}

/// An `Rc` that props compare by identity.
///
/// A dataset and its string table never change once built, and a new dataset always arrives in
/// a new `Rc`, so the same pointer means the same content. Comparing contents instead would walk
/// the whole dataset on every render, slow for large datasets, and would cost wasm code.
pub struct ById<T>(Rc<T>);

impl<T> ById<T> {
    pub fn new(value: T) -> Self {
        ById(Rc::new(value))
    }
}

impl<T> Clone for ById<T> {
    fn clone(&self) -> Self {
        ById(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for ById<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Deref for ById<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> From<Rc<T>> for ById<T> {
    fn from(rc: Rc<T>) -> Self {
        ById(rc)
    }
}

impl<T> fmt::Debug for ById<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ById({:p})", Rc::as_ptr(&self.0))
    }
}

impl Shared {
    /// Whether the options' details (and the interface strings only they need) are here: always
    /// for a host's dataset, after the first render for the built-in content.
    pub fn details_arrived(&self) -> bool {
        self.dataset.options.first().is_none_or(mrcc_model::has_details)
    }
}
