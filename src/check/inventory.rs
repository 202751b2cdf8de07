//! The harms inventory: every Boxed Warning and every Warnings and Precautions item of each
//! medicine's current US label, and every serious or lasting complication of each procedure,
//! each mapped to the place in the dataset that tells the reader, or to the reason it is left
//! out.
//!
//! Why a file and a check, not a careful writer: every content review so far found the next
//! harm that could kill or last and was not told. A list taken from the labels, item by item,
//! turns "did we tell every serious harm?" into a question a test answers. The check fails when
//! an item maps nowhere, when it maps to a place that does not exist or no longer says it (each
//! item names the words the text must hold), and when the dataset names a medicine the
//! inventory lacks. The inventory is for reviewers and tests; it is never shipped to readers.
//!
//! The format (`content/harms-inventory.json`):
//!
//! ```json
//! { "medicines": [ { "name": "cabozantinib", "also": ["Cabometyx"],
//!     "label": { "url": "https://...", "revised": "2025-09" },
//!     "items": [
//!       { "section": "5.1", "warning": "Hemorrhage", "told": ["options[1].harms[0]"], "words": ["bleeding"] },
//!       { "section": "5.9", "warning": "...", "left_out": "why" } ] } ],
//!   "procedures": [ { "name": "...", "sources": ["carmena"], "items": [ ... ] } ] }
//! ```
//!
//! Paths are the validator's (`options[1].harms[0]`); a dataset in another language has the
//! same paths, so the English words are checked in the English dataset only.

use crate::json::Json;

/// One medicine or procedure and its serious harms.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Entry {
    pub name: String,
    /// Other names the dataset may use (brand names, "IL-2").
    pub also: Vec<String>,
    /// Where the items come from: the label's URL, or the dataset's source ids for a procedure.
    pub sources: Vec<String>,
    pub items: Vec<Item>,
}

/// One warning of a label, or one complication of a procedure.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Item {
    /// The label's section ("Boxed Warning", "5.1"), or the study that reports it.
    pub section: String,
    pub warning: String,
    /// Where the dataset tells the reader.
    pub told: Vec<String>,
    /// Words (any one, case-insensitive) the text at each `told` path must hold.
    pub words: Vec<String>,
    /// Why it is not told, when it is not.
    pub left_out: Option<String>,
}

/// The inventory: medicines first, then procedures.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Inventory {
    pub medicines: Vec<Entry>,
    pub procedures: Vec<Entry>,
}

/// Reads the inventory; every problem of its shape, with where it is.
pub fn read(json: &Json) -> Result<Inventory, Vec<String>> {
    let mut problems = Vec::new();
    let mut inventory = Inventory::default();
    for (list, out) in [("medicines", &mut inventory.medicines), ("procedures", &mut inventory.procedures)] {
        let Some(Json::Array(entries)) = json.get(list) else {
            problems.push(format!("{list}: expected a list"));
            continue;
        };
        for (i, entry) in entries.iter().enumerate() {
            let at = format!("{list}[{i}]");
            let mut read = Entry { name: text(entry, "name").unwrap_or_default(), ..Entry::default() };
            if read.name.is_empty() {
                problems.push(format!("{at}.name: expected a name"));
            }
            read.also = texts(entry, "also");
            read.sources = match entry.get("label") {
                Some(label) => text(label, "url").into_iter().collect(),
                None => texts(entry, "sources"),
            };
            if read.sources.is_empty() {
                problems.push(format!("{at}: expected a label with its url, or the sources of the items"));
            }
            let Some(Json::Array(items)) = entry.get("items") else {
                problems.push(format!("{at}.items: expected a list"));
                continue;
            };
            for (j, item) in items.iter().enumerate() {
                read.items.push(Item {
                    section: text(item, "section").unwrap_or_default(),
                    warning: text(item, "warning").unwrap_or_default(),
                    told: texts(item, "told"),
                    words: texts(item, "words"),
                    left_out: text(item, "left_out"),
                });
                if read.items[j].warning.is_empty() {
                    problems.push(format!("{at}.items[{j}].warning: expected the warning's title"));
                }
            }
            out.push(read);
        }
    }
    if problems.is_empty() {
        Ok(inventory)
    } else {
        Err(problems)
    }
}

/// Every gap between the inventory and `dataset` (the JSON of an English dataset; pass
/// `check_words: false` for a translation, whose paths must exist but whose words differ).
pub fn check(inventory: &Inventory, dataset: &Json, check_words: bool) -> Vec<String> {
    let mut problems = Vec::new();
    let source_ids: Vec<&str> = match dataset.get("sources") {
        Some(Json::Array(sources)) => sources.iter().filter_map(|s| str_field(s, "id")).collect(),
        _ => Vec::new(),
    };
    for entry in &inventory.procedures {
        for id in entry.sources.iter().filter(|id| !source_ids.contains(&id.as_str())) {
            problems.push(format!("{}: source \"{id}\" is not in the dataset's sources", entry.name));
        }
    }
    for entry in inventory.medicines.iter().chain(&inventory.procedures) {
        for item in &entry.items {
            let what = format!("{}: {} {}", entry.name, item.section, item.warning);
            match (&item.left_out, item.told.is_empty()) {
                (Some(reason), true) if !reason.trim().is_empty() => continue,
                (Some(_), false) => problems.push(format!("{what}: told and left out at once; choose one")),
                (_, true) => problems.push(format!("{what}: maps nowhere: name where the reader is told, or why not")),
                (None, false) => {}
            }
            if check_words && item.words.is_empty() {
                problems.push(format!("{what}: expected the words the text must hold"));
            }
            for path in &item.told {
                match resolve(dataset, path) {
                    Some(Json::String(said)) => {
                        let said = said.to_lowercase();
                        if check_words
                            && !item.words.is_empty()
                            && !item.words.iter().any(|word| said.contains(&word.to_lowercase()))
                        {
                            let words = item.words.join("\", \"");
                            problems.push(format!("{what}: {path} does not say \"{words}\""));
                        }
                    }
                    Some(_) => problems.push(format!("{what}: {path} is not a text")),
                    None => problems.push(format!("{what}: {path} does not exist in the dataset")),
                }
            }
        }
    }
    let known: Vec<String> = inventory
        .medicines
        .iter()
        .flat_map(|m| std::iter::once(&m.name).chain(&m.also))
        .map(|name| name.to_lowercase())
        .collect();
    let mut named = Vec::new();
    for key in ["meta", "condition", "criteria", "options", "rules", "glossary"] {
        if let Some(value) = dataset.get(key) {
            strings(value, &mut |text| named.extend(medicine_names(text)));
        }
    }
    named.sort();
    named.dedup();
    for name in named.iter().filter(|name| !known.contains(name)) {
        problems.push(format!("the dataset names the medicine \"{name}\", which the inventory lacks"));
    }
    problems
}

/// Words of `text` that are medicines' international names, by the endings those names share
/// (-mab antibodies, -nib kinase blockers, -limus, -leukin, -platin, -citabine, belzutifan),
/// lowercased. Brand names and other forms are for the inventory's `also`.
pub fn medicine_names(text: &str) -> Vec<String> {
    const ENDINGS: &[&str] = &["mab", "nib", "limus", "leukin", "platin", "citabine", "zutifan", "dronic"];
    text.split(|c: char| !c.is_alphabetic())
        .map(str::to_lowercase)
        .filter(|word| word.chars().count() > 5 && ENDINGS.iter().any(|ending| word.ends_with(ending)))
        .collect()
}

/// The value at a validator path such as `options[1].harms[0]`.
pub fn resolve<'a>(json: &'a Json, path: &str) -> Option<&'a Json> {
    let mut value = json;
    for part in path.split('.') {
        let (key, indexes) = part.split_once('[').map_or((part, ""), |(key, rest)| (key, rest));
        if !key.is_empty() {
            value = value.get(key)?;
        }
        for index in indexes.split('[').filter(|i| !i.is_empty()) {
            let index: usize = index.strip_suffix(']')?.parse().ok()?;
            let Json::Array(items) = value else { return None };
            value = items.get(index)?;
        }
    }
    Some(value)
}

fn str_field<'a>(json: &'a Json, key: &str) -> Option<&'a str> {
    match json.get(key)? {
        Json::String(text) => Some(text),
        _ => None,
    }
}

fn text(json: &Json, key: &str) -> Option<String> {
    str_field(json, key).map(str::to_owned)
}

fn texts(json: &Json, key: &str) -> Vec<String> {
    match json.get(key) {
        Some(Json::Array(items)) => {
            items.iter().filter_map(|item| if let Json::String(s) = item { Some(s.clone()) } else { None }).collect()
        }
        _ => Vec::new(),
    }
}

/// Calls `f` with every string in `json`.
fn strings(json: &Json, f: &mut dyn FnMut(&str)) {
    match json {
        Json::String(text) => f(text),
        Json::Array(items) => items.iter().for_each(|item| strings(item, f)),
        Json::Object(entries) => entries.iter().for_each(|(_, value)| strings(value, f)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::parse;

    #[test]
    fn finds_medicine_names_by_their_endings() {
        let names = medicine_names(
            "Nivolumab plus ipilimumab; cabozantinib, everolimus, belzutifan, aldesleukin and zoledronic acid. A bomb.",
        );
        assert_eq!(
            names,
            ["nivolumab", "ipilimumab", "cabozantinib", "everolimus", "belzutifan", "aldesleukin", "zoledronic"]
        );
    }

    #[test]
    fn resolves_validator_paths() {
        let json = parse(r#"{"options":[{"harms":["a","b"]}],"x":{"y":[[1,2]]}}"#).unwrap();
        assert_eq!(resolve(&json, "options[0].harms[1]"), Some(&Json::String("b".into())));
        assert_eq!(resolve(&json, "x.y[0][1]"), Some(&Json::Number(2.0)));
        for missing in
            ["options[1].harms[0]", "options[0].harms[2]", "options[0].benefits", "x.y[a]", "options[0].harms[0"]
        {
            assert_eq!(resolve(&json, missing), None, "{missing}");
        }
    }
}

/// The built-in content's inventory (`content/harms-inventory.json`).
pub const BUILT_IN: &str = include_str!("../../content/harms-inventory.json");
