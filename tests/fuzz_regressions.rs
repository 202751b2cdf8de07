//! Every input kept in fuzz/regressions (crashes `make fuzz` once found, and seeds) goes
//! through the same code as the fuzz targets on each `make test`.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::path::Path;

use mrcc_check::check_json;
use mrcc_core::rules::{evaluate, Situation};
use mrcc_model::{pack, unpack};

fn inputs(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new("fuzz/regressions").join(target);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|entry| (entry.file_name().to_string_lossy().into_owned(), std::fs::read(entry.path()).unwrap()))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "{} has no inputs", dir.display());
    files
}

#[test]
fn validator_inputs_never_panic() {
    for (name, bytes) in inputs("validate") {
        if let Ok(text) = std::str::from_utf8(&bytes) {
            let report = check_json(text, Some("2026-11-26"));
            assert!(report.dataset.is_some() || !report.problems.is_empty(), "{name}");
        }
    }
}

#[test]
fn situation_inputs_never_panic_and_round_trip() {
    let dataset = common::built_in();
    for (name, bytes) in inputs("situation") {
        let (situation, _) = Situation::parse(&String::from_utf8_lossy(&bytes), &dataset);
        assert_eq!(evaluate(&dataset, &situation).len(), dataset.options.len(), "{name}");
        assert_eq!(Situation::parse(&situation.to_query(&dataset), &dataset).0, situation, "{name}");
    }
}

#[test]
fn unpack_inputs_never_panic_and_repack_to_the_same_dataset() {
    for (name, bytes) in inputs("unpack") {
        if let Some(dataset) = unpack(&bytes) {
            assert_eq!(unpack(&pack(&dataset)), Some(dataset), "{name}");
        }
    }
}

#[test]
fn pack_inputs_never_panic_and_their_packs_unpack() {
    let mut inputs = inputs("pack");
    // The built-in dataset is the pack target's richest seed (`make fuzz` copies it in).
    inputs.push(("content/en.json".into(), include_bytes!("../content/en.json").to_vec()));
    for (name, bytes) in inputs {
        if let Ok(text) = std::str::from_utf8(&bytes) {
            if let Ok(mrcc_check::Packed::Dataset(packed, _)) =
                mrcc_check::pack_for_widget(text, Some("2026-11-26"), |number| number.parse().ok(), None)
            {
                assert!(unpack(&packed).is_some(), "{name}");
            }
        }
    }
}

#[test]
fn resume_inputs_never_panic_and_fill_in_only_known_ids() {
    use mrcc_core::ui::resume::{actions, positions};
    use mrcc_core::ui::state::ExplorerState;
    let dataset = common::built_in();
    for (name, bytes) in inputs("resume") {
        let Some((&include, rest)) = bytes.split_first() else { continue };
        let mut state = ExplorerState::default();
        for action in actions(&dataset, &String::from_utf8_lossy(rest), include, &ExplorerState::default()) {
            state.apply(action);
        }
        assert!(state.questions.iter().all(|q| dataset.options.iter().any(|o| o.questions.contains(q))), "{name}");
        assert_eq!(positions(&dataset, &state).len(), positions(&dataset, &ExplorerState::default()).len(), "{name}");
    }
}
