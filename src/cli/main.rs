//! `mrcc-content`: the clinical content editors' tool.
//!
//! ```text
//! mrcc-content validate FILE [--base BASE]
//!                              check a dataset or an overlay (FILE may be - for standard
//!                              input); an overlay's base is BASE (a file, or en or es), else
//!                              the built-in content in the overlay's language
//! mrcc-content review FILE [--since OLD] [--base BASE] [--lang en|es]
//!                              write the review document (HTML) a clinician reads and signs;
//!                              FILE may be en or es (the built-in content) or an overlay;
//!                              --since marks what changed since the version OLD
//! mrcc-content diff OLD NEW [--base BASE]
//!                              list the changed sentences, figures, rules, sources and the
//!                              fits that moved
//! mrcc-content merge OVERLAY [--base BASE]
//!                              print the dataset an overlay makes, as JSON
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

use mrcc_check::locate::problem_line;
use mrcc_check::{built_in, check_for_editors, check_json, Report};
use mrcc_core::ui::static_content::StaticContentProps;
use mrcc_core::ui::strings::Strings;
use mrcc_core::ui::{ById, StaticContent};
use mrcc_model::contract::BUILT_IN_LANGUAGES;
use mrcc_model::interface::add_built_in_strings;
use mrcc_model::small_map::SmallMap;
use mrcc_model::{split, Dataset, Problem};
use yew::LocalServerRenderer;

const USAGE: &str = "usage: mrcc-content validate FILE [--base BASE]   (FILE may be - for standard input)\n       mrcc-content review FILE [--since OLD] [--base BASE] [--lang en|es]\n       mrcc-content diff OLD NEW [--base BASE]\n       mrcc-content merge OVERLAY [--base BASE]\n       mrcc-content schema\n       mrcc-content fallback [en|es]\n       mrcc-content pack en|es|FILE [start|details]";

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(flags), true) = (Flags::take(&mut args), args.len() <= 4) else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["validate", file] => validate(file, &flags),
        ["review", file] => review(file, &flags),
        ["diff", old, new] => diff(old, new, &flags),
        ["merge", file] => merge(file, &flags),
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
            mrcc_model::extras::carry(&mut dataset);
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

/// The options after the command's words: `--base`, `--since`, `--lang`, each with a value.
#[derive(Default)]
struct Flags {
    base: Option<String>,
    since: Option<String>,
    lang: Option<String>,
}

impl Flags {
    /// Takes the flags out of `args`; `None` for an unknown flag or one without its value.
    fn take(args: &mut Vec<String>) -> Option<Flags> {
        let mut flags = Flags::default();
        let mut rest = Vec::new();
        let mut iter = std::mem::take(args).into_iter();
        while let Some(arg) = iter.next() {
            let slot = match arg.as_str() {
                "--base" => &mut flags.base,
                "--since" => &mut flags.since,
                "--lang" => &mut flags.lang,
                flag if flag.starts_with("--") => return None,
                _ => {
                    rest.push(arg);
                    continue;
                }
            };
            *slot = Some(iter.next()?);
        }
        *args = rest;
        Some(flags)
    }
}

/// A file's text, or the built-in dataset's for `en` and `es`.
fn text_of(what: &str) -> Result<String, String> {
    match built_in(what) {
        Some(text) => Ok(text.to_owned()),
        None => read(what),
    }
}

/// Checks `text` (a dataset or an overlay) as editors are told; an overlay's base is
/// `flags.base`, else the built-in content in its language.
fn check_file(text: &str, flags: &Flags) -> Report {
    let base_text = flags.base.as_deref().map(text_of);
    let base = |language: &str| -> Option<mrcc_model::Dataset> {
        let text = match &base_text {
            Some(Ok(text)) => text.clone(),
            Some(Err(_)) => return None,
            None => built_in(&language.to_ascii_lowercase())?.to_owned(),
        };
        check_json(&text, None).usable().ok().map(|(dataset, _)| dataset)
    };
    check_for_editors(text, Some(&today()), &base)
}

fn validate(file: &str, flags: &Flags) -> ExitCode {
    let text = match read_or_report(file) {
        Ok(text) => text,
        Err(code) => return code,
    };
    let report = check_file(&text, flags);
    for problem in &report.problems {
        println!("{}", problem_line(file, &text, problem));
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

/// The dataset in `what` (a file, `en`, `es`, or an overlay on its base), with its interface
/// strings, and the bytes its review hashes; or the errors, printed.
fn usable(what: &str, flags: &Flags) -> Result<(mrcc_model::Dataset, Vec<u8>), ExitCode> {
    let text = text_of(what).map_err(|message| {
        eprintln!("{what}: error: {message}");
        ExitCode::from(1)
    })?;
    match check_file(&text, flags).usable() {
        Ok((mut dataset, _)) => {
            add_built_in_strings(&mut dataset);
            // An overlay's review names both files: a new base changes what readers see.
            let is_overlay = mrcc_check::parse_json(&text).is_ok_and(|json| mrcc_check::overlay::is_overlay(&json));
            let base = match (is_overlay, flags.base.as_deref()) {
                (false, _) => None,
                (true, Some(base)) => Some(text_of(base).unwrap_or_default()),
                (true, None) => {
                    Some(built_in(&dataset.meta.language.to_ascii_lowercase()).unwrap_or_default().to_owned())
                }
            };
            Ok((dataset, mrcc_review::version_bytes(&text, base.as_deref())))
        }
        Err(problems) => {
            for problem in problems.iter().filter(|p| p.is_error()) {
                eprintln!("{}", problem_line(what, &text, problem));
            }
            Err(ExitCode::from(1))
        }
    }
}

fn review(file: &str, flags: &Flags) -> ExitCode {
    let (dataset, bytes) = match usable(file, flags) {
        Ok(found) => found,
        Err(code) => return code,
    };
    let since = match flags.since.as_deref().map(|old| usable(old, flags)) {
        Some(Err(code)) => return code,
        Some(Ok(found)) => Some(found),
        None => None,
    };
    let labels = match flags.lang.as_deref() {
        Some(language @ ("en" | "es")) => mrcc_review::labels_for(language),
        Some(_) => {
            eprintln!("{USAGE}\n(--lang: en or es)");
            return ExitCode::from(2);
        }
        None => mrcc_review::labels_for(&dataset.meta.language),
    };
    let table = mrcc_review::matrix::read_table(mrcc_review::matrix::BUILT_IN_SITUATIONS).unwrap_or_default();
    let inventory = mrcc_review::inventory_for(&dataset);
    let input = mrcc_review::ReviewInput {
        dataset: &dataset,
        bytes: &bytes,
        since: since.as_ref().map(|(dataset, bytes)| (dataset, bytes.as_slice())),
        table: &table,
        inventory: inventory.as_ref(),
        labels,
    };
    println!("{}", mrcc_review::review(&input));
    ExitCode::SUCCESS
}

fn diff(old: &str, new: &str, flags: &Flags) -> ExitCode {
    let (old, new) = match (usable(old, flags), usable(new, flags)) {
        (Ok((old, _)), Ok((new, _))) => (old, new),
        (Err(code), _) | (_, Err(code)) => return code,
    };
    let table = mrcc_review::matrix::read_table(mrcc_review::matrix::BUILT_IN_SITUATIONS).unwrap_or_default();
    let changes = mrcc_review::diff(&old, &new, &table);
    for change in &changes {
        println!("{change}");
    }
    println!("{} changes", changes.len());
    ExitCode::SUCCESS
}

fn merge(file: &str, flags: &Flags) -> ExitCode {
    let text = match read_or_report(file) {
        Ok(text) => text,
        Err(code) => return code,
    };
    match check_file(&text, flags).usable() {
        Ok((dataset, _)) => match serde_json::to_string_pretty(&dataset) {
            Ok(json) => {
                println!("{json}");
                ExitCode::SUCCESS
            }
            Err(error) => {
                eprintln!("error: cannot write the dataset: {error}");
                ExitCode::from(1)
            }
        },
        Err(problems) => {
            for problem in problems.iter().filter(|p| p.is_error()) {
                eprintln!("{}", problem_line(file, &text, problem));
            }
            ExitCode::from(1)
        }
    }
}

/// [`read`], with the error printed as the other problems are.
fn read_or_report(file: &str) -> Result<String, ExitCode> {
    read(file).map_err(|message| {
        eprintln!("{file}: error: {message}");
        ExitCode::from(1)
    })
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
