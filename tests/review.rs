//! The review document, the diff and overlays (issue 29): what a hospital's clinicians read,
//! re-read and add.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use mrcc_check::{check_json, check_overlay, parse_json};
use mrcc_model::interface::add_built_in_strings;
use mrcc_model::Dataset;
use mrcc_review::matrix::{read_table, BUILT_IN_SITUATIONS};
use mrcc_review::{diff, review, ReviewInput, What};

fn with_strings(mut dataset: Dataset) -> Dataset {
    add_built_in_strings(&mut dataset);
    dataset
}

fn review_of(dataset: &Dataset, bytes: &[u8], since: Option<(&Dataset, &[u8])>) -> String {
    let table = read_table(BUILT_IN_SITUATIONS).unwrap();
    let input = ReviewInput {
        dataset,
        bytes,
        since,
        table: &table,
        inventory: None,
        labels: mrcc_review::labels_for(&dataset.meta.language),
    };
    review(&input)
}

/// The document's text as a reader of it sees it: tags out, entities decoded, spaces collapsed.
fn visible_text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => {
                in_tag = true;
                out.push(' ');
            }
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    let out = out
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&mdash;", "\u{2014}")
        .replace("&middot;", "\u{b7}")
        .replace("&amp;", "&");
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A line of the widget's text that comes from an interface string with its placeholders
/// filled in ("2 options are often used ..."): it matches the string's pattern.
fn from_template(line: &str, dataset: &Dataset) -> bool {
    dataset.ui.0.iter().any(|(_, template)| {
        let template = template.to_lowercase();
        if !template.contains('{') {
            return false;
        }
        // The literal pieces between placeholders must appear in order.
        let pieces: Vec<&str> =
            template.split(|c| c == '{' || c == '}').enumerate().filter(|(i, _)| i % 2 == 0).map(|(_, p)| p).collect();
        let mut rest = line;
        for (i, piece) in pieces.iter().enumerate() {
            let piece = piece.trim();
            if piece.is_empty() {
                continue;
            }
            match rest.find(piece) {
                Some(at) if i > 0 || at == 0 => rest = &rest[at + piece.len()..],
                _ => return false,
            }
        }
        true
    })
}

/// Every line of the fully opened widget (tests/e2e/expected/opened-*.txt, which the e2e suite
/// keeps equal to the rendered widget) is in the review document: as a passage, or made of
/// passages and interface strings (a label and its text on one line), or an interface string
/// with its placeholders filled.
fn assert_review_holds_the_opened_widget(language: &str, dataset: Dataset) {
    let opened = std::fs::read_to_string(format!("tests/e2e/expected/opened-{language}.txt")).unwrap();
    let dataset = with_strings(dataset);
    let html = review_of(&dataset, b"x", None);
    // Lower case: the widget's style capitalises some labels (a category's name).
    let text = visible_text(&html).to_lowercase();
    let passages: Vec<String> = mrcc_review::passages::passages(&dataset)
        .into_iter()
        .map(|p| p.text.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase())
        .collect();
    let mut missing = Vec::new();
    for line in opened
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase())
        .filter(|l| !l.is_empty())
    {
        if text.contains(&line) || from_template(&line, &dataset) {
            continue;
        }
        // A label and a passage on one line: what is left once the passages it holds are
        // taken out is interface words (in the review too) and punctuation.
        let mut rest = line.clone();
        for passage in passages.iter().filter(|p| p.len() > 3 && line.contains(p.as_str())) {
            rest = rest.replace(passage.as_str(), " ");
        }
        let rest_words: Vec<&str> = rest.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
        let label_only = dataset.ui.0.iter().any(|(_, s)| s.to_lowercase() == line.trim_end_matches(':'));
        if label_only || (rest != line && rest_words.iter().all(|w| text.contains(w))) {
            continue;
        }
        missing.push(line);
    }
    assert!(
        missing.is_empty(),
        "{language}: {} lines of the opened widget are not in the review document:\n{}",
        missing.len(),
        missing.join("\n")
    );
}

#[test]
fn the_review_document_holds_every_text_of_the_opened_widget() {
    assert_review_holds_the_opened_widget("en", common::built_in());
    assert_review_holds_the_opened_widget("es", common::built_in_es());
}

#[test]
fn the_review_document_holds_every_rule_source_and_figure() {
    for dataset in [common::built_in(), common::built_in_es()] {
        let dataset = with_strings(dataset);
        let text = visible_text(&review_of(&dataset, b"x", None));
        for (i, rule) in dataset.rules.iter().enumerate() {
            let reason = rule.reason.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(text.contains(&format!("rules[{i}] ({})", rule.id)), "rule {} is not named", rule.id);
            assert!(text.contains(&format!("\u{201c}{reason}\u{201d}")), "rule {}'s reason is not quoted", rule.id);
            for id in &rule.sources {
                let title = &dataset.source(id).unwrap().title;
                assert!(text.contains(title.split_whitespace().collect::<Vec<_>>().join(" ").as_str()), "{id}");
            }
        }
        for (i, source) in dataset.sources.iter().enumerate() {
            assert!(text.contains(&format!("sources[{i}] ({})", source.id)), "source {} is not listed", source.id);
        }
        for option in &dataset.options {
            for (j, figure) in option.figures.iter().enumerate() {
                let uncertainty =
                    figure.uncertainty.as_deref().unwrap_or(mrcc_review::labels_for(&dataset.meta.language).none_given);
                assert!(text.contains(&format!("options[{}].figures[{j}]", dataset.option_index(&option.id).unwrap())));
                assert!(text.contains(uncertainty.split_whitespace().collect::<Vec<_>>().join(" ").as_str()));
            }
        }
        // The passages' labels in the document's language.
        let spanish = dataset.meta.language == "es";
        assert_eq!(text.contains("cifra 1, a quién se estudió"), spanish);
        assert_eq!(text.contains("figure 1, who was studied"), !spanish);
        // The file's hash on the running line, which a printed page repeats.
        assert!(text.contains(&format!("SHA-256 {}", mrcc_review::sha256_hex(b"x"))));
    }
}

/// The built-in English dataset as JSON, changed by `change`, and read back.
fn changed(change: impl FnOnce(&mut serde_json::Value)) -> Dataset {
    let mut value = common::built_in_value();
    change(&mut value);
    let (dataset, _) = check_json(&value.to_string(), None).usable().unwrap();
    dataset
}

#[test]
fn the_diff_lists_exactly_the_planted_changes() {
    let table = read_table(BUILT_IN_SITUATIONS).unwrap();
    let old = common::built_in();
    assert!(diff(&old, &old, &table).is_empty());
    let il2 = old.option_index("high-dose-il2").unwrap();
    let immunotherapy = old.option_index("immunotherapy").unwrap();
    let poor_rule =
        old.rules.iter().position(|r| r.option == "active-surveillance" && r.fit == mrcc_model::Fit::Unlikely).unwrap();
    let rule_id = old.rules[poor_rule].id.clone();
    let new = changed(|v| {
        v["options"][il2]["harms"][0] = "A planted change to a harm.".into();
        v["options"][immunotherapy]["figures"][0]["people"] = 12345.into();
        v["rules"][poor_rule]["fit"] = "possible".into();
        v["options"][il2]["sources"].as_array_mut().unwrap().pop();
        let mut source = v["sources"][0].clone();
        source["id"] = "planted-source".into();
        v["sources"].as_array_mut().unwrap().push(source);
    });
    let changes = diff(&old, &new, &table);
    let listed: Vec<(What, String)> =
        changes.iter().filter(|c| c.what != What::Fit).map(|c| (c.what, c.key.clone())).collect();
    assert_eq!(
        listed,
        vec![
            (What::Sentence, "options[high-dose-il2].harms[0]".to_owned()),
            (What::Setting, "options[high-dose-il2].sources".to_owned()),
            (What::Figure, "options[immunotherapy].figures[0]".to_owned()),
            (What::Rule, format!("rules[{rule_id}]")),
            (What::Source, "sources[planted-source]".to_owned()),
        ],
        "{}",
        changes.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
    );
    // The fits that moved are the changed rule's option's, from usually not to sometimes, and
    // there is at least one (the rule applies in some situation of the matrix).
    let fits: Vec<_> = changes.iter().filter(|c| c.what == What::Fit).collect();
    assert!(!fits.is_empty());
    for fit in fits {
        assert!(fit.key.starts_with("active-surveillance in "), "{fit}");
        assert_eq!((fit.old.as_deref(), fit.new.as_deref()), (Some("unlikely"), Some("possible")), "{fit}");
    }
    // An inserted option moves no other option's texts: keys are ids, not positions.
    let inserted = changed(|v| {
        let mut option = v["options"][0].clone();
        option["id"] = "planted-option".into();
        v["options"].as_array_mut().unwrap().insert(0, option);
        // The care team's page names every option (the validator requires it).
        v["care_team"]["options"]["planted-option"] = "Planted option".into();
    });
    let changes = diff(&old, &inserted, &table);
    assert!(
        changes.iter().filter(|c| c.what != What::Fit).all(|c| c.old.is_none() && c.key.contains("planted-option")),
        "{changes:?}"
    );
}

#[test]
fn the_review_marks_what_changed_since_the_signed_version() {
    let old = with_strings(common::built_in());
    let il2 = old.option_index("high-dose-il2").unwrap();
    let new = with_strings(changed(|v| v["options"][il2]["harms"][0] = "A planted change to a harm.".into()));
    let html = review_of(&new, b"new", Some((&old, b"old")));
    let text = visible_text(&html);
    assert!(text.contains("Changed since the version you signed"));
    assert!(text.contains(&mrcc_review::sha256_hex(b"old")));
    assert_eq!(html.matches("<tr class=\"changed\">").count(), 1, "one passage changed");
    assert!(html.contains(&format!("<tr class=\"changed\"><td><span class=\"mark\">Changed</span> harm 1<span class=\"where\">options[{il2}].harms[0]</span>")));
    // Without a signed version, nothing is marked.
    assert!(!review_of(&new, b"new", None).contains("class=\"changed\""));
}

const OVERLAY: &str = include_str!("../content/overlay-example.json");

#[test]
fn an_overlay_adds_local_notes_contacts_and_says_what_is_not_offered() {
    let base = common::built_in();
    let report = check_overlay(base.clone(), &parse_json(OVERLAY).unwrap(), None);
    assert!(report.problems.iter().all(|p| !p.is_error()), "{:?}", report.problems);
    let merged = report.dataset.unwrap();
    assert_eq!(merged.meta.hospital, "Example Cancer Center");
    let il2 = merged.option("high-dose-il2").unwrap();
    assert!(il2.local_note.starts_with("We do not give high-dose IL-2 here"));
    assert_eq!(merged.links.iter().find(|l| l.id == "appointment").unwrap().url.as_deref(), Some("tel:+15555550100"));
    assert!(merged.option("clinical-trial").unwrap().local_note.contains("Studies open here: "));
    assert!(merged.option("supportive-care").unwrap().local_note.contains("Our support group: "));
    let trial = merged.option("clinical-trial").unwrap();
    assert_eq!(trial.questions.last().unwrap(), "Which kidney cancer studies are open at Example Cancer Center now?");
    // Every option of the base stays, in its order, with its text.
    assert_eq!(merged.options.len(), base.options.len());
    for (a, b) in merged.options.iter().zip(&base.options) {
        assert_eq!((&a.id, &a.summary, &a.harms), (&b.id, &b.summary, &b.harms));
    }
}

#[test]
fn a_bad_overlay_gets_every_error_with_its_path() {
    let bad = r#"{
  "overlay": 2,
  "language": "es",
  "meta": { "hospital": "" },
  "links": [ { "id": "appointment", "label": "Call", "url": "http://example.org" } ],
  "options": {
    "no-such-option": { "note": "x" },
    "high-dose-il2": { "unavailable": true },
    "immunotherapy": { "hide": true }
  },
  "ui": { "no_such_key": "x" },
  "extra": 1
}"#;
    let report = check_overlay(common::built_in(), &parse_json(bad).unwrap(), None);
    assert!(report.dataset.is_none());
    let paths: Vec<&str> = report.problems.iter().map(|p| p.path.as_str()).collect();
    for expected in [
        "overlay",
        "language",
        "meta.hospital",
        "links[0].url",
        "options.no-such-option",
        "options.high-dose-il2.note",
        "options.immunotherapy.hide",
        "ui.no_such_key",
        "extra",
    ] {
        assert!(paths.contains(&expected), "no problem at {expected}: {:?}", report.problems);
    }
    // Each has its line and column in the overlay's text.
    for problem in &report.problems {
        let line = mrcc_check::locate::problem_line("overlay.json", bad, problem);
        assert!(line.starts_with("overlay.json:"), "{line}");
        if problem.path != "options.high-dose-il2.note" {
            assert!(mrcc_check::locate::problem_position(bad, problem).is_some(), "{line}");
        }
    }
    // What the validator checks in a dataset's field, the overlay's own checks refuse too: the
    // widget applies an overlay to the built-in content without validating the whole again.
    let fields = r#"{"overlay": 1, "language": "en", "meta": {"hospital_reviewed": "last week"},
        "links": [{"id": "Trials Office", "label": "x"}], "ui": {"download_file_name": "x.html"}}"#;
    let report = check_overlay(common::built_in(), &parse_json(fields).unwrap(), None);
    let paths: Vec<&str> = report.problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(paths, ["meta.hospital_reviewed", "links[0].id", "ui.download_file_name"], "{:?}", report.problems);
    let url = report.problems.iter().find(|p| p.path == "links[0].url");
    assert!(url.is_none());
    let report = check_overlay(common::built_in(), &parse_json(bad).unwrap(), None);
    let url = report.problems.iter().find(|p| p.path == "links[0].url").unwrap();
    assert_eq!(mrcc_check::locate::problem_position(bad, url), Some((5, 61)));
}

#[test]
fn every_problem_of_a_broken_dataset_has_its_line_and_column() {
    let mut value = common::built_in_value();
    value["options"][2]["name"] = 7.into();
    value["rules"][3]["fit"] = "maybe".into();
    value["sources"][1]["url"] = "http://example.org".into();
    let text = serde_json::to_string_pretty(&value).unwrap();
    for text in [
        text.clone(),
        text.replacen("\"fit\": \"maybe\"", "\"fit\": \"possible\"", 1).replacen("\"name\": 7", "\"name\": \"x\"", 1),
    ] {
        let report = check_json(&text, None);
        assert!(report.problems.iter().any(|p| p.is_error()));
        for problem in &report.problems {
            let (line, column) =
                mrcc_check::locate::problem_position(&text, problem).unwrap_or_else(|| panic!("{problem}"));
            let at = text.lines().nth(line - 1).unwrap();
            assert!(column <= at.chars().count(), "{problem}: {line}:{column}");
        }
    }
    let syntax = check_json("{\n  \"a\": ,\n}", None);
    let problem = &syntax.problems[0];
    assert_eq!(mrcc_check::locate::problem_position("{\n  \"a\": ,\n}", problem), Some((2, 8)));
}

#[test]
fn a_local_note_needs_the_hospitals_name() {
    let mut value = common::built_in_value();
    value["options"][6]["local_note"] = "We refer to another center for this.".into();
    let report = check_json(&value.to_string(), None);
    assert!(report.problems.iter().any(|p| p.is_error() && p.path == "options[6].local_note"), "{:?}", report.problems);
    value["meta"]["hospital"] = "Example Cancer Center".into();
    let report = check_json(&value.to_string(), None);
    assert!(!report.problems.iter().any(|p| p.is_error()), "{:?}", report.problems);
}

#[test]
fn the_validator_module_asks_for_an_overlays_base_then_packs_it() {
    let parse = |number: &str| number.parse().ok();
    // A dataset is packed at once; an overlay names the built-in content it needs.
    let dataset = include_str!("../content/en.json");
    assert!(matches!(mrcc_check::pack_for_widget(dataset, None, parse, None), Ok(mrcc_check::Packed::Dataset(..))));
    match mrcc_check::pack_for_widget(OVERLAY, None, parse, None) {
        Ok(mrcc_check::Packed::NeedsBase(language)) => assert_eq!(language, "en"),
        other => panic!("{other:?}"),
    }
    // Given the built-in content as the element gives it (its two packs, merged), the overlay is
    // packed with its notes.
    let mut built_in = common::built_in();
    add_built_in_strings(&mut built_in);
    let (start, details) = mrcc_model::split(&built_in);
    let base = mrcc_model::merge(
        mrcc_model::unpack(&mrcc_model::pack(&start)).unwrap(),
        mrcc_model::unpack(&mrcc_model::pack(&details)).unwrap(),
    )
    .unwrap();
    let Ok(mrcc_check::Packed::Dataset(bytes, _)) = mrcc_check::pack_for_widget(OVERLAY, None, parse, Some(base))
    else {
        panic!("the overlay was not packed");
    };
    let packed = mrcc_model::unpack(&bytes).unwrap();
    assert!(packed.option("high-dose-il2").unwrap().local_note.starts_with("We do not give high-dose IL-2 here"));
    // An overlay on a language with no built-in content is refused, with its path.
    let foreign = OVERLAY.replace("\"language\": \"en\"", "\"language\": \"vi\"");
    let error = mrcc_check::pack_for_widget(&foreign, None, parse, None).unwrap_err();
    assert!(error.starts_with("error: language: "), "{error}");
}
