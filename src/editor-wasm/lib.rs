//! The editor page's wasm (`www/editor.html`): what the `mrcc-content` CLI does for editors,
//! in the browser, for content editors who have no Rust and no `make`.
//!
//! The same code as the CLI, so the page's list of problems is the CLI's output line for line
//! ([`mrcc_check::locate::problem_line`]), and the review document it downloads is the one
//! `mrcc-content review` writes. Overlays apply to the built-in content, compiled in here (the
//! page makes no request beyond its own files). Not part of the widget's package.

use mrcc_check::locate::{problem_line, problem_position};
use mrcc_check::{built_in, check_for_editors, check_json, Report};
use mrcc_model::interface::add_built_in_strings;
use mrcc_model::Dataset;
use mrcc_review::matrix::{describe, matrix, read_table, BUILT_IN_SITUATIONS};
use serde_json::{json, Value};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsError;

/// The built-in dataset of `language`, the base of an overlay.
fn base(language: &str) -> Option<Dataset> {
    let text = built_in(&language.to_ascii_lowercase())?;
    check_json(text, None).usable().ok().map(|(dataset, _)| dataset)
}

fn report(text: &str) -> Report {
    check_for_editors(text, Some(&today()), &base)
}

/// Checks a dataset or overlay text, as `mrcc-content validate` does. Returns JSON:
/// `{ "problems": [{ "severity", "path", "message", "line", "column", "text" }], "errors",
/// "dataset" }`, where `text` is the CLI's line for the problem (named `file`), `line` and
/// `column` are null when the path is not in the text, and `dataset` is the dataset to show
/// (an overlay's merged) as JSON text, or null when there are errors.
#[wasm_bindgen]
pub fn check(text: &str, file: &str) -> String {
    let report = report(text);
    let problems: Vec<Value> = report
        .problems
        .iter()
        .map(|problem| {
            let position = problem_position(text, problem);
            json!({
                "severity": if problem.is_error() { "error" } else { "warning" },
                "path": problem.path,
                "message": problem.message,
                "line": position.map(|p| p.0),
                "column": position.map(|p| p.1),
                "text": problem_line(file, text, problem),
            })
        })
        .collect();
    let errors = report.problems.iter().filter(|p| p.is_error()).count();
    let dataset = match report.usable() {
        Ok((dataset, _)) => serde_json::to_string(&dataset).ok(),
        Err(_) => None,
    };
    json!({ "problems": problems, "errors": errors, "dataset": dataset }).to_string()
}

/// A usable dataset of `text` with its interface strings, or the error lines.
fn usable(text: &str, file: &str) -> Result<Dataset, JsError> {
    match report(text).usable() {
        Ok((mut dataset, _)) => {
            add_built_in_strings(&mut dataset);
            Ok(dataset)
        }
        Err(problems) => {
            let lines: Vec<String> =
                problems.iter().filter(|p| p.is_error()).map(|p| problem_line(file, text, p)).collect();
            Err(JsError::new(&lines.join("\n")))
        }
    }
}

/// The review document of a dataset or overlay text (HTML), as `mrcc-content review` writes it;
/// `since`, the text of the version the reviewer signed, marks what changed.
#[wasm_bindgen]
pub fn review(text: &str, since: Option<String>) -> Result<String, JsError> {
    let dataset = usable(text, "dataset")?;
    let old = since.as_deref().map(|old| usable(old, "signed version")).transpose()?;
    let table = read_table(BUILT_IN_SITUATIONS).unwrap_or_default();
    let bytes = version_bytes(text);
    let old_bytes = since.as_deref().map(version_bytes);
    let inventory = mrcc_review::inventory_for(&dataset);
    let input = mrcc_review::ReviewInput {
        dataset: &dataset,
        bytes: &bytes,
        since: old.as_ref().zip(old_bytes.as_deref()),
        table: &table,
        inventory: inventory.as_ref(),
        labels: mrcc_review::labels_for(&dataset.meta.language),
    };
    Ok(mrcc_review::review(&input))
}

/// The bytes whose hash the review document shows, as the CLI hashes them: for an overlay, its
/// base's (the built-in content in its language) and its own.
fn version_bytes(text: &str) -> Vec<u8> {
    let base = mrcc_check::overlay_base(text, |number| number.parse().ok()).and_then(|language| built_in(&language));
    mrcc_review::version_bytes(text, base)
}

/// The situations of the review's matrix, for the page's situation picker: JSON
/// `[{ "query", "label" }]`, empty when the text has errors.
#[wasm_bindgen]
pub fn situations(text: &str) -> String {
    let Ok(dataset) = usable(text, "dataset") else { return "[]".into() };
    let table = read_table(BUILT_IN_SITUATIONS).unwrap_or_default();
    let mut seen = Vec::new();
    let rows: Vec<Value> = matrix(&dataset, &table)
        .into_iter()
        .filter(|row| {
            let new = !seen.contains(&row.query);
            seen.push(row.query.clone());
            new
        })
        .map(|row| json!({ "query": row.query, "label": describe(&dataset, &row.query, row.expected.is_none()) }))
        .collect();
    Value::Array(rows).to_string()
}

/// Today's date (UTC) as YYYY-MM-DD, for the overdue-review warning.
fn today() -> String {
    let iso = String::from(js_sys::Date::new_0().to_iso_string());
    iso.get(..10).unwrap_or_default().to_owned()
}
