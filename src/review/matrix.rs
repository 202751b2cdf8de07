//! The situations a reviewer checks the fits on: the cited rows of the rules test
//! (`content/situations.json`), and every single-answer change from "not sure".
//!
//! Why a matrix and not the rules: a clinician can judge "for someone with poor risk and the
//! kidney in place, removing the kidney is usually not used" at a glance, where the same
//! judgement from rule syntax takes knowing how rules combine (the most cautious fit wins).

use mrcc_check::Json;
use mrcc_core::rules::{evaluate, Situation};
use mrcc_model::{Dataset, Fit};

/// The built-in table of cited situations.
pub const BUILT_IN_SITUATIONS: &str = include_str!("../../content/situations.json");

/// One cited row of the rules test: in `situation`, `option` is expected to be `fit`.
#[derive(Clone, Debug, PartialEq)]
pub struct Expected {
    pub situation: String,
    pub option: String,
    pub fit: Fit,
    pub evidence: String,
}

/// Reads `content/situations.json` (or a hospital's own table of the same shape).
pub fn read_table(text: &str) -> Result<Vec<Expected>, String> {
    let json = mrcc_check::parse_json(text)?;
    let field = |value: &Json, key: &str| -> Option<String> {
        match value.get(key)? {
            Json::String(s) => Some(s.clone()),
            _ => None,
        }
    };
    let Some(Json::Array(rows)) = json.get("rows") else {
        return Err("expected an object with \"rows\", a list".into());
    };
    rows.iter()
        .enumerate()
        .map(|(i, row)| {
            let fit = match field(row, "fit").as_deref() {
                Some("likely") => Fit::Likely,
                Some("possible") => Fit::Possible,
                Some("unlikely") => Fit::Unlikely,
                _ => return Err(format!("rows[{i}].fit: expected likely, possible or unlikely")),
            };
            Ok(Expected {
                situation: field(row, "situation").ok_or(format!("rows[{i}].situation: expected a text"))?,
                option: field(row, "option").ok_or(format!("rows[{i}].option: expected a text"))?,
                fit,
                evidence: field(row, "evidence").unwrap_or_default(),
            })
        })
        .collect()
}

/// One situation of the matrix, with the fit of every option.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// The `situation` query string (as hosts write it).
    pub query: String,
    /// Where the row comes from: "cited" (the rules test) or "one answer".
    pub cited: bool,
    /// The fit of each option, in dataset order.
    pub fits: Vec<Fit>,
    /// For a cited row: the option it names, the fit it expects and the evidence.
    pub expected: Option<Expected>,
}

/// The situations: first "not sure" to every question that has that answer, then each single
/// answer changed from it, then the cited rows that are valid for `dataset` (a row naming a
/// question, answer or option the dataset lacks is left out).
pub fn matrix(dataset: &Dataset, table: &[Expected]) -> Vec<Row> {
    let mut base = Situation::default();
    for criterion in dataset.criteria.iter().filter(|c| !c.multiple) {
        if criterion.choices.iter().any(|c| c.id == "unknown") {
            base.set(&criterion.id, vec!["unknown".into()]);
        }
    }
    let mut rows = vec![row(dataset, &base, false, None)];
    for criterion in &dataset.criteria {
        for choice in criterion.choices.iter().filter(|c| c.id != "unknown") {
            let mut situation = base.clone();
            situation.set(&criterion.id, vec![choice.id.clone()]);
            rows.push(row(dataset, &situation, false, None));
        }
    }
    for expected in table {
        let (situation, warnings) = Situation::parse(&expected.situation, dataset);
        if warnings.is_empty() && dataset.option(&expected.option).is_some() {
            rows.push(row(dataset, &situation, true, Some(expected.clone())));
        }
    }
    rows
}

fn row(dataset: &Dataset, situation: &Situation, cited: bool, expected: Option<Expected>) -> Row {
    let mut fits = vec![Fit::Possible; dataset.options.len()];
    for fit in evaluate(dataset, situation) {
        fits[fit.index] = fit.fit;
    }
    Row { query: situation.to_query(dataset), cited, fits, expected }
}

/// The situation in the dataset's own words: "What type of kidney cancer is it? Clear cell;
/// ...", leaving out the answers "not sure" when `skip_unknown`. Empty for no answers.
pub fn describe(dataset: &Dataset, query: &str, skip_unknown: bool) -> String {
    let (situation, _) = Situation::parse(query, dataset);
    let parts: Vec<String> = dataset
        .criteria
        .iter()
        .filter(|criterion| situation.chosen(&criterion.id).iter().any(|id| !(skip_unknown && id == "unknown")))
        .map(|criterion| {
            let labels: Vec<&str> = situation
                .chosen(&criterion.id)
                .iter()
                .filter(|id| !(skip_unknown && *id == "unknown"))
                .filter_map(|id| criterion.choices.iter().find(|c| &c.id == id).map(|c| c.label.as_str()))
                .collect();
            format!("{} {}", criterion.label, labels.join(", "))
        })
        .collect();
    parts.join("; ")
}
