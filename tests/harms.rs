//! The harms inventory (`content/harms-inventory.json`): every Boxed Warning and Warnings and
//! Precautions item of each medicine's US label, and each procedure's serious complications,
//! is told somewhere in both built-in datasets or says why not; and every medicine the content
//! names is in it. The check itself is `mrcc_check::inventory`; here it runs on the real files
//! and on planted gaps, so that it is shown to fail.
#![cfg(not(target_arch = "wasm32"))]

use mrcc_check::inventory::{self, Inventory};
use mrcc_check::{parse_json, Json, BUILT_IN_EN, BUILT_IN_ES};

fn inventory() -> Inventory {
    let json = parse_json(include_str!("../content/harms-inventory.json")).expect("the inventory is JSON");
    inventory::read(&json).unwrap_or_else(|problems| panic!("{problems:#?}"))
}

fn english() -> Json {
    parse_json(BUILT_IN_EN).unwrap()
}

#[test]
fn every_label_warning_and_complication_is_told_or_explained() {
    let inventory = inventory();
    let problems = inventory::check(&inventory, &english(), true);
    assert!(problems.is_empty(), "{problems:#?}");
    let problems = inventory::check(&inventory, &parse_json(BUILT_IN_ES).unwrap(), false);
    assert!(problems.is_empty(), "es: {problems:#?}");
    // The medicines the issue names, each from its label.
    for name in [
        "nivolumab",
        "ipilimumab",
        "pembrolizumab",
        "axitinib",
        "cabozantinib",
        "lenvatinib",
        "sunitinib",
        "pazopanib",
        "tivozanib",
        "everolimus",
        "belzutifan",
        "aldesleukin",
        "denosumab",
        "zoledronic acid",
    ] {
        let medicine = inventory.medicines.iter().find(|m| m.name == name);
        let medicine = medicine.unwrap_or_else(|| panic!("{name} is not in the inventory"));
        assert!(medicine.sources.iter().all(|url| url.starts_with("https://")), "{name}: {:?}", medicine.sources);
        assert!(!medicine.items.is_empty(), "{name} lists no warnings");
    }
    for option in ["cytoreductive-nephrectomy", "metastasectomy", "sbrt"] {
        let told = inventory.procedures.iter().flat_map(|p| &p.items).flat_map(|i| &i.told);
        let index = built_in_index(option);
        assert!(
            told.clone().any(|path| path.starts_with(&format!("options[{index}]."))),
            "{option}: no complication told"
        );
    }
}

fn built_in_index(option: &str) -> usize {
    let dataset: mrcc_model::Dataset = serde_json::from_str(BUILT_IN_EN).unwrap();
    dataset.options.iter().position(|o| o.id == option).unwrap()
}

/// A planted gap of each kind is found: an item mapped nowhere, a path that does not exist, a
/// text that no longer says the harm, and a medicine the inventory lacks.
#[test]
fn planted_gaps_are_found() {
    let clean = inventory();
    let dataset = english();
    let mut cases: Vec<(&str, Inventory, Json)> = Vec::new();

    let mut nowhere = clean.clone();
    nowhere.medicines[0].items[0].told.clear();
    nowhere.medicines[0].items[0].left_out = None;
    cases.push(("maps nowhere", nowhere, dataset.clone()));

    let mut missing = clean.clone();
    missing.medicines[0].items[0].told = vec!["options[1].harms[99]".into()];
    missing.medicines[0].items[0].left_out = None;
    cases.push(("does not exist", missing, dataset.clone()));

    // The text a warning maps to loses its words.
    let item = clean.medicines.iter().flat_map(|m| &m.items).find(|i| !i.told.is_empty()).unwrap().clone();
    let mut reworded = dataset.clone();
    set_text(&mut reworded, &item.told[0], "Nothing to see here.");
    cases.push(("does not say", clean.clone(), reworded));

    let mut unnamed = dataset.clone();
    set_text(&mut unnamed, "options[1].what_it_is", "Regorafenib is another pill.");
    cases.push(("lacks", clean.clone(), unnamed));

    for (expected, inventory, dataset) in cases {
        let problems = inventory::check(&inventory, &dataset, true);
        assert!(problems.iter().any(|p| p.contains(expected)), "{expected}: {problems:#?}");
    }
}

fn set_text(json: &mut Json, path: &str, text: &str) {
    // Paths of the form key[i].key[j]...; the inventory's resolver finds it, this walks it mutably.
    let mut value = json;
    for part in path.split('.') {
        let (key, index) =
            part.split_once('[').map_or((part, None), |(k, i)| (k, i.trim_end_matches(']').parse::<usize>().ok()));
        let Json::Object(entries) = value else { panic!("{path}") };
        value = &mut entries.iter_mut().find(|(k, _)| k == key).unwrap().1;
        if let Some(index) = index {
            let Json::Array(items) = value else { panic!("{path}") };
            value = &mut items[index];
        }
    }
    *value = Json::String(text.into());
}
