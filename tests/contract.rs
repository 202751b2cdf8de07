//! The host contract (`src/model/contract.rs`) is declared once, and every file that repeats it
//! is generated from it (`make generate`, `tools/generate`). This checks only that each
//! generated file is current, and names the command that makes it so.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

/// The generated files that differ from what the contract gives today, by path.
fn stale(root: &Path) -> Vec<String> {
    let files = mrcc_generate::files(root).unwrap_or_else(|error| panic!("{error}"));
    files
        .into_iter()
        .filter(|(path, text)| std::fs::read_to_string(root.join(path)).ok().as_deref() != Some(text.as_str()))
        .map(|(path, _)| path)
        .collect()
}

#[test]
fn every_generated_file_is_current() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let stale = stale(root);
    assert!(stale.is_empty(), "not current: {}; run `make generate`", stale.join(", "));
}

/// A planted change in a generated file, or in a generated region of a document, is caught.
#[test]
fn a_planted_change_is_caught() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let copy = std::env::temp_dir().join(format!("mrcc-contract-{}", std::process::id()));
    let files = mrcc_generate::files(root).unwrap();
    for (path, text) in &files {
        std::fs::create_dir_all(copy.join(path).parent().unwrap()).unwrap();
        std::fs::write(copy.join(path), text).unwrap();
    }
    assert_eq!(stale(&copy), Vec::<String>::new());
    let typings = copy.join("pkg-config/mrcc-explorer.d.ts");
    let text = std::fs::read_to_string(&typings).unwrap();
    std::fs::write(&typings, text.replace("'internal-error'", "'internal-eror'")).unwrap();
    let makefile = copy.join("Makefile");
    let text = std::fs::read_to_string(&makefile).unwrap();
    assert!(text.contains("\nLANGUAGES := en es\n"));
    std::fs::write(&makefile, text.replace("\nLANGUAGES := en es\n", "\nLANGUAGES := en\n")).unwrap();
    assert_eq!(stale(&copy), ["pkg-config/mrcc-explorer.d.ts", "Makefile"]);
    std::fs::remove_dir_all(&copy).unwrap();
}
