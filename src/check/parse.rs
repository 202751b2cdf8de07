//! Turning JSON into a [`Dataset`]: the structural problems first, from the
//! [reader](crate::read), then, when the structure is sound, every semantic problem from
//! [`validate`].

use mrcc_model::interface::add_built_in_strings;
use mrcc_model::{pack, Dataset, Problem};

use crate::json::Json;
use crate::{read, validate};

/// Everything known about a dataset text: the dataset when it parsed, and every problem.
#[derive(Debug)]
pub struct Report {
    pub dataset: Option<Dataset>,
    pub problems: Vec<Problem>,
}

impl Report {
    /// The dataset, if it parsed and has no errors (warnings allowed).
    pub fn usable(self) -> Result<(Dataset, Vec<Problem>), Vec<Problem>> {
        match self.dataset {
            Some(dataset) if !self.problems.iter().any(Problem::is_error) => Ok((dataset, self.problems)),
            _ => Err(self.problems),
        }
    }
}

/// The most JSON text a dataset may have (the host contract's). Checked before parsing; the
/// reader's [limits](crate::read::limits) bound the rest.
pub const MAX_TEXT_BYTES: usize = mrcc_model::contract::MAX_DATASET_BYTES;

/// Parses and validates `text`, as the CLI and the validator module both do. `today`
/// (YYYY-MM-DD) enables the overdue-review warning.
pub fn check_json(text: &str, today: Option<&str>) -> Report {
    check_json_with(text, today, |number| number.parse().ok())
}

/// [`check_json`] with another way to read a number's text as an `f64` (the validator module
/// passes JavaScript's `parseFloat`).
pub fn check_json_with(text: &str, today: Option<&str>, to_f64: fn(&str) -> Option<f64>) -> Report {
    if text.len() > MAX_TEXT_BYTES {
        let message = format!("expected at most {MAX_TEXT_BYTES} bytes of JSON text, found {}", text.len());
        return Report { dataset: None, problems: vec![Problem::error("dataset", message)] };
    }
    match crate::json::parse_with(text, to_f64) {
        Ok(json) => check(&json, today),
        Err(message) => Report { dataset: None, problems: vec![Problem::error("dataset", message)] },
    }
}

/// Reads and validates a JSON tree.
pub fn check(json: &Json, today: Option<&str>) -> Report {
    match read::dataset(json) {
        Ok(dataset) => Report { problems: validate(&dataset, today), dataset: Some(dataset) },
        Err(problems) => Report { dataset: None, problems },
    }
}

/// What [`pack_for_widget`] made of a text.
#[derive(Debug)]
pub enum Packed {
    /// The packed dataset, with its warnings.
    Dataset(Vec<u8>, Vec<Problem>),
    /// The text is an overlay on the built-in content of this language: call again with that
    /// content as the base (the element fetches its two packs). Asked for this way, a dataset
    /// is parsed once, not once to ask whether it is an overlay and again to pack it.
    NeedsBase(String),
}

/// What the validator module does with a host's dataset text: checks it as [`check_json_with`]
/// does, adds its language's built-in interface strings, and packs it for the widget's core.
/// The text may be an overlay ([`crate::overlay`]) on `base`, the built-in content in the
/// overlay's language ([`Packed::NeedsBase`] when it is not given). Returns the packed bytes
/// with the warnings, or every error, one per line with its JSON path, as the CLI prints them.
pub fn pack_for_widget(
    text: &str,
    today: Option<&str>,
    to_f64: fn(&str) -> Option<f64>,
    base: Option<Dataset>,
) -> Result<Packed, String> {
    let report = if text.len() > MAX_TEXT_BYTES {
        check_json_with(text, today, to_f64)
    } else {
        match crate::json::parse_with(text, to_f64) {
            // The built-in base was checked when the package was built, and its packs leave out
            // what only the validator reads (a source's kind, a figure's measure): the overlay's
            // own checks are the ones left.
            Ok(json) if crate::overlay::is_overlay(&json) => match base {
                Some(mut base) => {
                    let problems = crate::overlay::apply(&mut base, &json);
                    let usable = !problems.iter().any(Problem::is_error);
                    Report { dataset: usable.then_some(base), problems }
                }
                None => {
                    let language = crate::overlay::language(&json).unwrap_or_default().to_ascii_lowercase();
                    if mrcc_model::contract::BUILT_IN_LANGUAGES.contains(&language.as_str()) {
                        return Ok(Packed::NeedsBase(language));
                    }
                    let message = format!("expected the language of a built-in dataset (en, es) to apply the overlay to, found \"{language}\"");
                    Report { dataset: None, problems: vec![Problem::error("language", message)] }
                }
            },
            Ok(json) => check(&json, today),
            Err(message) => Report { dataset: None, problems: vec![Problem::error("dataset", message)] },
        }
    };
    match report.usable() {
        Ok((mut dataset, warnings)) => {
            add_built_in_strings(&mut dataset);
            mrcc_model::extras::carry(&mut dataset);
            Ok(Packed::Dataset(pack(&dataset), warnings))
        }
        Err(problems) => {
            let lines: Vec<String> = problems.iter().filter(|p| p.is_error()).map(ToString::to_string).collect();
            Err(lines.join("\n"))
        }
    }
}

/// The built-in language an overlay text's base is (its `language`), or `None` when the text
/// is not an overlay (or not JSON: [`pack_for_widget`] then says what is wrong).
pub fn overlay_base(text: &str, to_f64: fn(&str) -> Option<f64>) -> Option<String> {
    if text.len() > MAX_TEXT_BYTES {
        return None;
    }
    let json = crate::json::parse_with(text, to_f64).ok()?;
    if !crate::overlay::is_overlay(&json) {
        return None;
    }
    let language = crate::overlay::language(&json)?.to_ascii_lowercase();
    mrcc_model::contract::BUILT_IN_LANGUAGES.contains(&language.as_str()).then_some(language)
}

/// The start of the path of a problem in the dataset an overlay makes, not in the overlay.
pub const MERGED: &str = "(with the overlay) ";

/// Checks an overlay against its `base` ([`crate::overlay`]): the overlay's own problems, with
/// its paths, else the merged dataset, validated as any dataset is.
pub fn check_overlay(base: Dataset, overlay: &Json, today: Option<&str>) -> Report {
    let mut merged = base;
    let problems = crate::overlay::apply(&mut merged, overlay);
    if !problems.is_empty() {
        return Report { dataset: None, problems };
    }
    // Their paths are the merged dataset's, not the overlay's: marked so, they are never looked
    // up in the overlay's text (`locate`).
    let mut problems = validate(&merged, today);
    for problem in &mut problems {
        problem.path = format!("{MERGED}{}", problem.path);
    }
    Report { dataset: Some(merged), problems }
}

/// What editors are told about a dataset or an overlay text, the same in the `mrcc-content`
/// CLI and the editor page: every problem, then the reading level of each prose field above the
/// limits the built-in content meets, as warnings. `base` gives an overlay's base dataset for
/// its language (`None`: an error says which is missing).
pub fn check_for_editors(text: &str, today: Option<&str>, base: &dyn Fn(&str) -> Option<Dataset>) -> Report {
    if text.len() > MAX_TEXT_BYTES {
        let message = format!("expected at most {MAX_TEXT_BYTES} bytes of JSON text, found {}", text.len());
        return Report { dataset: None, problems: vec![Problem::error("dataset", message)] };
    }
    let json = match crate::json::parse(text) {
        Ok(json) => json,
        Err(message) => return Report { dataset: None, problems: vec![Problem::error("dataset", message)] },
    };
    let mut report = if crate::overlay::is_overlay(&json) {
        let language = crate::overlay::language(&json).unwrap_or_default();
        match base(language) {
            Some(dataset) => check_overlay(dataset, &json, today),
            None => Report {
                dataset: None,
                problems: vec![Problem::error(
                    "language",
                    format!("expected the language of a base dataset to apply the overlay to (the built-in ones: en, es), found \"{language}\""),
                )],
            },
        }
    } else {
        check(&json, today)
    };
    if let Some(dataset) = &report.dataset {
        report.problems.extend(crate::readability::warnings(dataset));
    }
    report
}
