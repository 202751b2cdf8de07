//! `mrcc-content`: the clinical content editors' tool.
//!
//! ```text
//! mrcc-content validate FILE   check a dataset (FILE may be - for standard input)
//! mrcc-content schema          print the JSON Schema of the dataset format
//! mrcc-content fallback [LANG]  print the built-in content (en or es) as static HTML, to
//!                              paste inside <mrcc-explorer> for readers without JavaScript
//! mrcc-content pack LANG|FILE [start|details]
//!                              write the packed form the widget's core reads to standard
//!                              output, after validating: whole, or the first-screen part
//!                              (mrcc-explorer-LANG.bin) or the details that load after the
//!                              first render (mrcc-explorer-LANG-details.bin)
//! ```
//!
//! `validate` exits 0 when the dataset has no errors (warnings are printed), 1 when it has
//! errors or cannot be read, 2 on a usage error. It never panics on any input.

use std::io::{Read, Write};
use std::process::ExitCode;

use mrcc_check::{built_in, check_json};
use mrcc_core::ui::static_content::StaticContentProps;
use mrcc_core::ui::strings::Strings;
use mrcc_core::ui::{ById, StaticContent};
use mrcc_model::contract::BUILT_IN_LANGUAGES;
use mrcc_model::interface::add_built_in_strings;
use mrcc_model::small_map::SmallMap;
use mrcc_model::{split, Dataset, Problem};
use yew::LocalServerRenderer;

const USAGE: &str = "usage: mrcc-content validate FILE   (FILE may be - for standard input)\n       mrcc-content schema\n       mrcc-content fallback [en|es]\n       mrcc-content pack en|es|FILE [start|details]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["validate", file] => validate(file),
        ["schema"] => schema(),
        ["fallback"] => fallback("en"),
        ["fallback", language] => fallback(language),
        ["pack", what] => pack(what, Part::Whole),
        ["pack", what, "start"] => pack(what, Part::Start),
        ["pack", what, "details"] => pack(what, Part::Details),
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn fallback(language: &str) -> ExitCode {
    let Some(text) = built_in(language) else {
        eprintln!("{USAGE}\n(built-in languages: {})", BUILT_IN_LANGUAGES.join(", "));
        return ExitCode::from(2);
    };
    let dataset = match check_json(text, None).usable() {
        Ok((dataset, _)) => dataset,
        Err(problems) => {
            for problem in problems {
                eprintln!("built-in dataset: {problem}");
            }
            return ExitCode::from(1);
        }
    };
    let dataset_language = dataset.meta.language.clone();
    let props = StaticContentProps {
        dataset: ById::new(dataset),
        strings: ById::new(Strings::for_dataset(&dataset_language, &SmallMap::new())),
    };
    let html = pollster::block_on(LocalServerRenderer::<StaticContent>::with_props(props).hydratable(false).render());
    println!("{html}");
    ExitCode::SUCCESS
}

/// Which part of a dataset to pack (see `mrcc_model::split`).
enum Part {
    Whole,
    Start,
    Details,
}

/// Validates a built-in dataset (`en`, `es`) or a file, adds its language's built-in
/// interface strings, and writes the packed bytes of `part` to standard output.
fn pack(what: &str, part: Part) -> ExitCode {
    let text = match built_in(what) {
        Some(text) => Ok(text.to_owned()),
        None => read(what),
    };
    let report = match text {
        Ok(text) => check_json(&text, None),
        Err(message) => {
            eprintln!("{what}: error: {message}");
            return ExitCode::from(1);
        }
    };
    match report.usable() {
        Ok((mut dataset, _)) => {
            add_built_in_strings(&mut dataset);
            let dataset = match part {
                Part::Whole => dataset,
                Part::Start => split(&dataset).0,
                Part::Details => split(&dataset).1,
            };
            match std::io::stdout().write_all(&mrcc_model::pack(&dataset)) {
                Ok(()) => ExitCode::SUCCESS,
                Err(error) => {
                    eprintln!("error: cannot write the pack: {error}");
                    ExitCode::from(1)
                }
            }
        }
        Err(problems) => {
            for problem in problems.iter().filter(|p| p.is_error()) {
                eprintln!("{what}: {problem}");
            }
            ExitCode::from(1)
        }
    }
}

fn schema() -> ExitCode {
    let schema = schemars::schema_for!(Dataset);
    match serde_json::to_string_pretty(&schema) {
        Ok(text) => {
            println!("{text}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: could not write the schema: {error}");
            ExitCode::from(1)
        }
    }
}

fn validate(file: &str) -> ExitCode {
    let text = match read(file) {
        Ok(text) => text,
        Err(message) => {
            eprintln!("{file}: error: {message}");
            return ExitCode::from(1);
        }
    };
    let mut report = check_json(&text, Some(&today()));
    // The reading level, as warnings: the limits the built-in content meets.
    if let Some(dataset) = &report.dataset {
        report.problems.extend(mrcc_check::readability::warnings(dataset));
    }
    for problem in &report.problems {
        println!("{file}: {problem}");
    }
    let errors = report.problems.iter().filter(|p| p.is_error()).count();
    let warnings = report.problems.len() - errors;
    match &report.dataset {
        Some(dataset) if errors == 0 => {
            println!(
                "{file}: valid ({} options, {} criteria, {} rules, {} sources, {} glossary terms; {warnings} warnings)",
                dataset.options.len(),
                dataset.criteria.len(),
                dataset.rules.len(),
                dataset.sources.len(),
                dataset.glossary.len(),
            );
            ExitCode::SUCCESS
        }
        _ => {
            println!("{file}: invalid: {errors} errors, {warnings} warnings");
            ExitCode::from(1)
        }
    }
}

fn read(file: &str) -> Result<String, String> {
    let mut bytes = Vec::new();
    let result = if file == "-" {
        std::io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::File::open(file).and_then(|mut f| f.read_to_end(&mut bytes)).map(|_| ())
    };
    result.map_err(|error| format!("cannot read the file: {error}"))?;
    String::from_utf8(bytes).map_err(|error| {
        Problem::error(
            "dataset",
            format!("expected UTF-8 text, found an invalid byte at offset {}", error.utf8_error().valid_up_to()),
        )
        .to_string()
    })
}

/// Today's date (UTC) as YYYY-MM-DD, from the system clock.
fn today() -> String {
    jiff::Timestamp::now().to_zoned(jiff::tz::TimeZone::UTC).date().to_string()
}
