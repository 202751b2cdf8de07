//! `mrcc-generate [ROOT]` (`make generate`): writes each file generated from the host contract
//! that differs from what is there, under the repository's root ROOT (default: the current
//! folder), and names each.

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let root = std::env::args().nth(1).unwrap_or_else(|| ".".to_owned());
    let root = Path::new(&root);
    let files = match mrcc_generate::files(root) {
        Ok(files) => files,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::from(1);
        }
    };
    for (path, text) in files {
        let target = root.join(&path);
        if std::fs::read_to_string(&target).ok().as_deref() == Some(text.as_str()) {
            continue;
        }
        if let Err(error) = std::fs::write(&target, text) {
            eprintln!("error: could not write {path}: {error}");
            return ExitCode::from(1);
        }
        println!("generate: wrote {path}");
    }
    ExitCode::SUCCESS
}
