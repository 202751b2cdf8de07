//! Local additions without a fork: a hospital's overlay on a base dataset (the built-in content
//! or any other).
//!
//! A hospital that wants one local change (its contacts, a trial it runs, a note that it refers
//! for IL-2) should not copy 2,300 lines and maintain a fork that falls behind every update. An
//! overlay holds only the local parts; the base can update under it. The merge rules
//! (`content/README.md`, "Local additions" has the same list for editors):
//!
//! - `overlay` is `1` (the format's version), `language` the base's language.
//! - `meta`: `hospital`, `hospital_reviewers`, `hospital_reviewed` (the sign-off) and
//!   `urgent_help` (where the hospital sends urgent symptoms) replace the base's.
//! - `links`: a link with the id of a base link replaces it; another is added.
//! - `options`, by option id (which must exist in the base): `note` becomes the option's local
//!   note, shown on its card under the hospital's name; `unavailable: true` says the option is
//!   not offered there and needs a `note` saying how to get a referral; `questions` are added to
//!   the option's questions to ask. An overlay can never remove or hide an option: every option
//!   stays on screen, as decision aid standards ask.
//! - `trials` (`title`, `text`): added to the local note of each research option (clinical
//!   trials) of the base.
//! - `support_groups` (`name`, `text`): added to the local note of the base's first care option
//!   (supportive care, in the built-in content).
//! - `ui`: interface strings by key, replacing the base's (a language's own wording).
//!
//! Every problem names its JSON path in the overlay file: what the validator checks in a field
//! of a dataset, this checks in the overlay's (a date's form, an id's, the download's file
//! name, a link's scheme), so that the widget, which applies an overlay to the built-in content
//! already checked, refuses what the CLI refuses. The CLI and the editor page then validate the
//! merged dataset too; its problems name the merged dataset's paths, marked as such.

use mrcc_model::path::Path;
use mrcc_model::text::safe_href;
use mrcc_model::{Category, Dataset, Link, Problem};

use crate::json::Json;

/// Whether `json` is an overlay (an object with an `overlay` field) rather than a dataset.
pub fn is_overlay(json: &Json) -> bool {
    matches!(json, Json::Object(entries) if entries.iter().any(|(key, _)| key == "overlay"))
}

/// The language an overlay's base must have (its `language` field), if it is a text.
pub fn language(json: &Json) -> Option<&str> {
    match json.get("language") {
        Some(Json::String(language)) => Some(language),
        _ => None,
    }
}

/// Applies `overlay` to `base`. Returns every problem of the overlay itself, with its path in
/// the overlay. With any error, `base` may be partly changed: discard it (every caller does; a
/// copy to keep it whole would put the model's `Clone` code into the validator module).
pub fn apply(merged: &mut Dataset, overlay: &Json) -> Vec<Problem> {
    let mut problems = Vec::new();
    let root = Path::Root;
    let Json::Object(entries) = overlay else {
        return vec![Problem::error("dataset", "expected an overlay: an object with \"overlay\": 1")];
    };
    for (key, value) in entries {
        let path = root.key(key);
        match key.as_str() {
            "$comment" | "$schema" => {}
            "overlay" => {
                if !matches!(value, Json::Number(n) if *n == 1.0) {
                    problems.push(error(&path, "expected 1, the overlay format's version"));
                }
            }
            "language" => match value {
                Json::String(language) if language.eq_ignore_ascii_case(&merged.meta.language) => {}
                Json::String(language) => problems.push(error(
                    &path,
                    &format!("expected the base's language \"{}\", found \"{language}\"", merged.meta.language),
                )),
                _ => problems.push(error(&path, "expected a language tag, the base's")),
            },
            "meta" => meta(merged, value, &path, &mut problems),
            "links" => links(merged, value, &path, &mut problems),
            "options" => options(merged, value, &path, &mut problems),
            "trials" => notes(merged, value, &path, ["title", "text"], Target::Research, &mut problems),
            "support_groups" => notes(merged, value, &path, ["name", "text"], Target::FirstCare, &mut problems),
            "ui" => ui(merged, value, &path, &mut problems),
            _ => problems.push(error(
                &path,
                "unknown field, expected one of overlay, language, meta, links, options, trials, support_groups, ui",
            )),
        }
    }
    for required in ["overlay", "language"] {
        if overlay.get(required).is_none() {
            problems.push(error(&root, &format!("missing field `{required}`")));
        }
    }
    let has_notes = merged.options.iter().any(|option| !option.local_note.is_empty());
    if has_notes && merged.meta.hospital.trim().is_empty() {
        problems.push(error(
            &root.key("meta").key("hospital"),
            "expected the hospital's name: local notes are shown under it",
        ));
    }
    problems
}

fn error(path: &Path, message: &str) -> Problem {
    Problem::error(path.render(), message)
}

/// A text that is given (not blank), or a problem.
fn text(value: &Json, path: &Path, problems: &mut Vec<Problem>) -> Option<String> {
    match value {
        Json::String(text) if !text.trim().is_empty() => Some(text.clone()),
        Json::String(_) => {
            problems.push(error(path, "expected a text, found an empty one"));
            None
        }
        _ => {
            problems.push(error(path, "expected a text"));
            None
        }
    }
}

fn texts(value: &Json, path: &Path, problems: &mut Vec<Problem>) -> Vec<String> {
    match value {
        Json::Array(items) => {
            items.iter().enumerate().filter_map(|(i, item)| text(item, &path.index(i), problems)).collect()
        }
        _ => {
            problems.push(error(path, "expected a list of texts"));
            Vec::new()
        }
    }
}

fn object<'a>(value: &'a Json, path: &Path, problems: &mut Vec<Problem>) -> &'a [(String, Json)] {
    match value {
        Json::Object(entries) => entries,
        _ => {
            problems.push(error(path, "expected an object"));
            &[]
        }
    }
}

fn meta(merged: &mut Dataset, value: &Json, path: &Path, problems: &mut Vec<Problem>) {
    for (key, value) in object(value, path, problems) {
        let at = path.key(key);
        let meta = &mut merged.meta;
        match key.as_str() {
            "hospital" => meta.hospital = text(value, &at, problems).unwrap_or_default(),
            "hospital_reviewers" => meta.hospital_reviewers = texts(value, &at, problems),
            "hospital_reviewed" => {
                meta.hospital_reviewed = text(value, &at, problems).unwrap_or_default();
                if !meta.hospital_reviewed.is_empty() && !crate::validate::is_iso_date(&meta.hospital_reviewed) {
                    problems.push(error(&at, "expected a date written YYYY-MM-DD"));
                }
            }
            "urgent_help" => {
                if let Some(text) = text(value, &at, problems) {
                    meta.urgent_help = text;
                }
            }
            _ => problems.push(error(
                &at,
                "unknown field, expected one of hospital, hospital_reviewers, hospital_reviewed, urgent_help",
            )),
        }
    }
}

fn links(merged: &mut Dataset, value: &Json, path: &Path, problems: &mut Vec<Problem>) {
    let Json::Array(items) = value else {
        problems.push(error(path, "expected a list of links"));
        return;
    };
    for (i, item) in items.iter().enumerate() {
        let at = path.index(i);
        let mut link = Link::default();
        for (key, value) in object(item, &at, problems) {
            let at = at.key(key);
            match key.as_str() {
                "id" => {
                    link.id = text(value, &at, problems).unwrap_or_default();
                    if !link.id.is_empty() && !crate::validate::is_id(&link.id) {
                        problems.push(error(&at, "expected an id of lowercase letters, digits and dashes"));
                    }
                }
                "label" => link.label = text(value, &at, problems).unwrap_or_default(),
                "url" => {
                    let url = text(value, &at, problems).unwrap_or_default();
                    if !url.is_empty() && safe_href(&url).is_none() {
                        problems.push(error(&at, "expected a link that starts with https:, mailto: or tel:"));
                    }
                    link.url = Some(url);
                }
                _ => problems.push(error(&at, "unknown field, expected one of id, label, url")),
            }
        }
        if link.id.is_empty() || link.label.is_empty() {
            problems.push(error(&at, "expected a link with an id and a label"));
            continue;
        }
        match merged.links.iter_mut().find(|l| l.id == link.id) {
            Some(existing) => *existing = link,
            None => merged.links.push(link),
        }
    }
}

fn options(merged: &mut Dataset, value: &Json, path: &Path, problems: &mut Vec<Problem>) {
    for (id, value) in object(value, path, problems) {
        let at = path.key(id);
        let Some(index) = merged.option_index(id) else {
            let ids: Vec<&str> = merged.options.iter().map(|o| o.id.as_str()).collect();
            problems.push(error(&at, &format!("expected the id of one of the base's options: {}", ids.join(", "))));
            continue;
        };
        let (mut note, mut unavailable) = (None, false);
        for (key, value) in object(value, &at, problems) {
            let at = at.key(key);
            match key.as_str() {
                "note" => note = text(value, &at, problems),
                "unavailable" => match value {
                    Json::Bool(b) => unavailable = *b,
                    _ => problems.push(error(&at, "expected true or false")),
                },
                "questions" => {
                    let added = texts(value, &at, problems);
                    merged.options[index].questions.extend(added);
                }
                _ => problems.push(error(&at, "unknown field, expected one of note, unavailable, questions")),
            }
        }
        if unavailable && note.is_none() {
            problems.push(error(
                &at.key("note"),
                "expected a note: an option not offered here says so, and how to get a referral",
            ));
        }
        if let Some(note) = note {
            add_note(&mut merged.options[index].local_note, &note);
        }
    }
}

enum Target {
    Research,
    FirstCare,
}

fn notes(
    merged: &mut Dataset,
    value: &Json,
    path: &Path,
    fields: [&str; 2],
    target: Target,
    problems: &mut Vec<Problem>,
) {
    let Json::Array(items) = value else {
        problems.push(error(path, "expected a list"));
        return;
    };
    let mut lines = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let at = path.index(i);
        let (mut name, mut body) = (None, None);
        for (key, value) in object(item, &at, problems) {
            let at = at.key(key);
            if key == fields[0] {
                name = text(value, &at, problems);
            } else if key == fields[1] {
                body = text(value, &at, problems);
            } else {
                problems.push(error(&at, &format!("unknown field, expected one of {}, {}", fields[0], fields[1])));
            }
        }
        match (name, body) {
            (Some(name), Some(body)) => lines.push(format!("{name}: {body}")),
            _ => problems.push(error(&at, &format!("expected both `{}` and `{}`", fields[0], fields[1]))),
        }
    }
    let targets: Vec<usize> = match target {
        Target::Research => merged
            .options
            .iter()
            .enumerate()
            .filter(|(_, o)| o.category == Category::Research)
            .map(|(i, _)| i)
            .collect(),
        Target::FirstCare => merged.options.iter().position(|o| o.category == Category::Care).into_iter().collect(),
    };
    if targets.is_empty() && !lines.is_empty() {
        problems.push(error(
            path,
            "expected the base to have an option these can be shown with (a research or a care option)",
        ));
    }
    for index in targets {
        for line in &lines {
            add_note(&mut merged.options[index].local_note, line);
        }
    }
}

fn add_note(note: &mut String, text: &str) {
    if !note.is_empty() {
        note.push(' ');
    }
    note.push_str(text.trim());
}

fn ui(merged: &mut Dataset, value: &Json, path: &Path, problems: &mut Vec<Problem>) {
    for (key, value) in object(value, path, problems) {
        let at = path.key(key);
        if !mrcc_model::interface::KEYS.contains(&key.as_str()) {
            problems.push(error(&at, "unknown interface string: the keys are in src/model/interface.rs"));
            continue;
        }
        if let Some(text) = text(value, &at, problems) {
            if key == "download_file_name" && !crate::validate::is_text_file_name(&text) {
                problems.push(error(
                    &at,
                    "expected a file name ending in .txt, of letters, digits, spaces, dots, dashes and underscores",
                ));
            }
            merged.ui.insert(key.clone(), text);
        }
    }
}
