use std::rc::Rc;

use super::strings::Strings;
use crate::content::Dataset;

/// What every component needs: the dataset and the UI strings. Provided once by the
/// explorer as a Yew context.
#[derive(Clone, Debug, PartialEq)]
pub struct Shared {
    pub dataset: Rc<Dataset>,
    pub strings: Rc<Strings>,
}
