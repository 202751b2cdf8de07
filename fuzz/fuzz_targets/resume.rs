//! Any text as the positions a link or code gives the core (`resume::actions`, the first byte
//! what is ticked in): never a panic, and what it fills in is only what the dataset defines,
//! as many positions as ever.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use mrcc_check::BUILT_IN_EN;
use mrcc_core::ui::resume::{actions, positions};
use mrcc_core::ui::state::ExplorerState;
use mrcc_model::Dataset;

fn dataset() -> &'static Dataset {
    static DATASET: OnceLock<Dataset> = OnceLock::new();
    DATASET.get_or_init(|| serde_json::from_str(BUILT_IN_EN).expect("the built-in dataset parses"))
}

fuzz_target!(|data: &[u8]| {
    let Some((&include, rest)) = data.split_first() else { return };
    let text = String::from_utf8_lossy(rest);
    let mut state = ExplorerState::default();
    for action in actions(dataset(), &text, include, &ExplorerState::default()) {
        state.apply(action);
    }
    for criterion in &dataset().criteria {
        let chosen = state.situation.chosen(&criterion.id);
        assert!(chosen.iter().all(|c| criterion.choices.iter().any(|d| &d.id == c)));
    }
    assert!(state.questions.iter().all(|q| dataset().options.iter().any(|o| o.questions.contains(q))));
    assert_eq!(positions(dataset(), &state).len(), positions(dataset(), &ExplorerState::default()).len());
});
