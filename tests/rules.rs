//! The fit rules applied to situations: a table of situations and expected fits, each row
//! citing the evidence it rests on (ids from ../shared/reference/mrcc-evidence.md), and the
//! properties every situation must keep.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::built_in;
use mrcc_core::rules::{evaluate, Situation, SituationWarning};
use mrcc_model::{Dataset, Fit};

fn fit_of(dataset: &Dataset, query: &str, option: &str) -> Fit {
    let (situation, warnings) = Situation::parse(query, dataset);
    assert!(warnings.is_empty(), "{query}: {warnings:?}");
    evaluate(dataset, &situation).iter().find(|f| f.option.id == option).map(|f| f.fit).unwrap()
}

/// The table of situations (`content/situations.json`): a situation, an option, the expected fit,
/// and the evidence (ids of ../shared/reference/mrcc-evidence.md, the 2026-12 audit's R-numbers,
/// and the dataset's source ids) that the fit rests on. The review document shows the same rows
/// to clinical reviewers.
#[test]
fn table_of_situations() {
    let table: serde_json::Value = serde_json::from_str(include_str!("../content/situations.json")).unwrap();
    let rows: Vec<(&str, &str, Fit, &str)> = table["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|row| {
            let fit = match row["fit"].as_str().unwrap() {
                "likely" => Fit::Likely,
                "possible" => Fit::Possible,
                "unlikely" => Fit::Unlikely,
                other => panic!("content/situations.json: unknown fit {other:?}"),
            };
            (
                row["situation"].as_str().unwrap(),
                row["option"].as_str().unwrap(),
                fit,
                row["evidence"].as_str().unwrap(),
            )
        })
        .collect();
    let dataset = built_in();
    assert!(rows.len() >= 40);
    for (query, option, expected, evidence) in &rows {
        assert_eq!(fit_of(&dataset, query, option), *expected, "{option} for {query:?} ({evidence})");
    }
    // The Spanish dataset has the same rules, so the same fits.
    let spanish = common::built_in_es();
    for (query, option, expected, evidence) in &rows {
        assert_eq!(fit_of(&spanish, query, option), *expected, "es: {option} for {query:?} ({evidence})");
    }
}

/// Situation strings written for earlier criteria keep working: `non-clear-cell` means
/// "non-clear cell, subtype not known", `yes` "had medicine, kind not known" and `three-or-more`
/// "three or more spots, how many not known", and none is ever stricter than any answer it stands
/// for.
#[test]
fn old_situation_strings_keep_working() {
    let dataset = built_in();
    let old = "histology=non-clear-cell&risk=intermediate&primary=in-place&sites=one-or-two&locations=lung&prior-systemic=yes";
    let (situation, warnings) = Situation::parse(old, &dataset);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(situation.to_query(&dataset), old);
    let unlikely = |query: &str| -> Vec<String> {
        let (situation, _) = Situation::parse(query, &dataset);
        evaluate(&dataset, &situation).iter().filter(|r| r.fit == Fit::Unlikely).map(|r| r.option.id.clone()).collect()
    };
    for (criterion, vague, specific) in [
        (
            "histology",
            "non-clear-cell",
            &["papillary", "chromophobe", "collecting-duct-or-medullary", "other-non-clear-cell"][..],
        ),
        ("prior-systemic", "yes", &["immunotherapy", "immunotherapy-adjuvant", "targeted-only"][..]),
        ("sites", "three-or-more", &["three-to-five", "more-than-five"][..]),
    ] {
        for base in [
            "",
            "risk=favorable&",
            "risk=intermediate&primary=in-place&",
            "risk=poor&locations=lung&",
            "primary=in-place&locations=brain&",
        ] {
            let vague_unlikely = unlikely(&format!("{base}{criterion}={vague}"));
            for choice in specific {
                let specific_unlikely = unlikely(&format!("{base}{criterion}={choice}"));
                assert!(
                    vague_unlikely.iter().all(|id| specific_unlikely.contains(id)),
                    "{base}{criterion}={vague} rules out {vague_unlikely:?}, {choice} only {specific_unlikely:?}"
                );
            }
        }
    }
}

/// Every option that is usually not used says why, in every situation of the table above.
#[test]
fn every_unlikely_fit_has_a_reason_from_its_rules() {
    let dataset = built_in();
    let (situation, _) = Situation::parse(
        "histology=chromophobe&risk=poor&primary=in-place&sites=three-or-more&locations=brain&symptoms=some&prior-systemic=immunotherapy",
        &dataset,
    );
    let results = evaluate(&dataset, &situation);
    for result in results.iter().filter(|r| r.fit == Fit::Unlikely) {
        assert!(
            !result.reasons.is_empty() && result.reasons.iter().all(|r| !r.trim().is_empty()),
            "{}",
            result.option.id
        );
        // Usually not used because a rule says why, or because the option is usually not used for
        // anyone (its default), never for no reason.
        let from_rules = dataset.rules.iter().any(|rule| rule.option == result.option.id && rule.fit == Fit::Unlikely);
        let by_default = result.option.default_fit == Fit::Unlikely;
        assert!(from_rules || by_default, "{} is unlikely without an unlikely rule", result.option.id);
    }
}

#[test]
fn every_option_is_always_shown_in_fit_order_with_reasons() {
    let dataset = built_in();
    let (situation, _) =
        Situation::parse("histology=clear-cell&risk=poor&primary=in-place&sites=three-or-more", &dataset);
    let results = evaluate(&dataset, &situation);
    assert_eq!(results.len(), dataset.options.len());
    assert!(results.windows(2).all(|w| w[0].fit <= w[1].fit), "ordered likely, possible, unlikely");
    assert!(
        results.windows(2).all(|w| w[0].fit != w[1].fit || w[0].index < w[1].index),
        "dataset order within each fit"
    );
    assert!(results.iter().all(|r| std::ptr::eq(r.option, &dataset.options[r.index])), "index names the option");
    assert!(results.iter().all(|r| !r.reasons.is_empty()), "every fit comes with a reason");
    let unlikely: Vec<_> = results.iter().filter(|r| r.fit == Fit::Unlikely).map(|r| r.option.id.as_str()).collect();
    assert_eq!(
        unlikely,
        ["chemotherapy", "cytoreductive-nephrectomy", "metastasectomy", "high-dose-il2", "active-surveillance"]
    );
}

/// Every answer combination of the single-choice criteria (with or without "unknown"), and
/// several locations: unknown answers never make an option unlikely, supportive care is always
/// likely, and comfort care always "sometimes".
#[test]
fn unknown_never_rules_an_option_out_in_any_situation() {
    let dataset = built_in();
    let single: Vec<_> = dataset.criteria.iter().filter(|c| !c.multiple).collect();
    let mut combinations = vec![Situation::default()];
    for criterion in &single {
        combinations = combinations
            .into_iter()
            .flat_map(|situation| {
                criterion.choices.iter().map(move |choice| {
                    let mut s = situation.clone();
                    s.set(&criterion.id, vec![choice.id.clone()]);
                    s
                })
            })
            .collect();
    }
    let location_sets: [&[&str]; 4] = [&[], &["bone"], &["lung", "brain"], &["liver", "lymph-nodes", "other"]];
    let mut checked = 0;
    for base in &combinations {
        for locations in location_sets {
            let mut situation = base.clone();
            situation.set("locations", locations.iter().map(|l| l.to_string()).collect());
            let results = evaluate(&dataset, &situation);
            assert_eq!(results.iter().find(|r| r.option.id == "supportive-care").unwrap().fit, Fit::Likely);
            // The doing-nothing option is always offered and never ranked (IPDAS, Ottawa S9c): a
            // rule may change why it is shown, never how.
            assert_eq!(results.iter().find(|r| r.option.id == "comfort-care").unwrap().fit, Fit::Possible);
            // Turning any one answer into "unknown" never adds an unlikely option.
            let unlikely = |s: &Situation| -> Vec<String> {
                evaluate(&dataset, s).iter().filter(|r| r.fit == Fit::Unlikely).map(|r| r.option.id.clone()).collect()
            };
            let before = unlikely(&situation);
            for criterion in &single {
                let mut unknown = situation.clone();
                unknown.set(&criterion.id, vec!["unknown".into()]);
                let after = unlikely(&unknown);
                assert!(after.iter().all(|id| before.contains(id)), "{criterion:?} unknown made {after:?} unlikely");
            }
            checked += 1;
        }
    }
    let expected: usize = single.iter().map(|c| c.choices.len()).product();
    assert_eq!(checked, expected * 4);
    assert!(checked >= 20000 * 4, "every combination of the eight criteria: {checked}");
    // Answering "not sure" to everything rules nothing out: the only options usually not used
    // are those usually not used for anyone (high-dose IL-2), and no rule made them so.
    let (all_unknown, _) = Situation::parse(
        "histology=unknown&risk=unknown&primary=unknown&sites=unknown&symptoms=unknown&prior-systemic=unknown&sarcomatoid=unknown",
        &dataset,
    );
    for result in evaluate(&dataset, &all_unknown).iter().filter(|r| r.fit == Fit::Unlikely) {
        assert_eq!(result.option.default_fit, Fit::Unlikely, "{}", result.option.id);
        assert_eq!(result.reasons, [result.option.default_reason.as_str()], "{}", result.option.id);
    }
}

#[test]
fn situation_strings_ignore_what_they_do_not_know() {
    let dataset = built_in();
    let (situation, warnings) = Situation::parse(
        "?histology=clear-cell&colour=blue&risk=awful&locations=lung,,bone,moon&sites=one-or-two,three-or-more",
        &dataset,
    );
    assert_eq!(situation.chosen("histology"), ["clear-cell"]);
    assert!(situation.chosen("risk").is_empty());
    assert_eq!(situation.chosen("locations"), ["lung", "bone"]);
    assert_eq!(situation.chosen("sites"), ["one-or-two"]);
    assert_eq!(
        warnings,
        [
            SituationWarning::UnknownCriterion("colour".into()),
            SituationWarning::UnknownChoice { criterion: "risk".into(), choice: "awful".into() },
            SituationWarning::UnknownChoice { criterion: "locations".into(), choice: "moon".into() },
            SituationWarning::SeveralChoices { criterion: "sites".into() },
        ]
    );
}

#[test]
fn situation_strings_round_trip() {
    let dataset = built_in();
    let query =
        "histology=clear-cell&risk=favorable&primary=removed&sites=one-or-two&locations=lung,bone&symptoms=none&prior-systemic=none";
    let (situation, warnings) = Situation::parse(query, &dataset);
    assert!(warnings.is_empty());
    assert_eq!(situation.to_query(&dataset), query);
    for junk in ["", "&&&", "=", "==x", "risk", "risk=", ",,,", "histology=clear-cell=x", "\u{0}=\u{0}"] {
        let (situation, _) = Situation::parse(junk, &dataset);
        assert_eq!(evaluate(&dataset, &situation).len(), dataset.options.len(), "{junk:?}");
    }
}

/// The `mrcc-change` detail is JSON of every option's id, fit and reasons in display order.
#[test]
fn change_detail_is_the_results_as_json() {
    use mrcc_core::ui::{place, ChangeDetail};
    let dataset = built_in();
    for query in ["", "histology=clear-cell&risk=poor", "primary=removed&sites=one-or-two&locations=bone,lung"] {
        let (situation, _) = Situation::parse(query, &dataset);
        let detail = ChangeDetail::new(&dataset, &situation, &place(&dataset, &situation));
        let json: serde_json::Value = serde_json::from_str(&detail.0).unwrap();
        assert_eq!(json["situation"], situation.to_query(&dataset));
        let expected: Vec<serde_json::Value> = evaluate(&dataset, &situation)
            .iter()
            .map(|f| serde_json::json!({ "id": f.option.id, "fit": f.fit.as_str(), "reasons": f.reasons }))
            .collect();
        assert_eq!(json["results"], serde_json::Value::Array(expected), "{query}");
    }
}

/// The content review of 2026-12-07 (MA10, MA13, MA14, MI14) and the reader walk of the same day
/// (issue 30 item 8): each reason shown agrees with the fit beside it, says what the reader's
/// situation needs, and is no verdict on the reader. Each row: the situation, the option, a phrase
/// its reasons must hold (or, starting with `!`, must not), and the evidence.
#[test]
fn reasons_agree_with_the_fits_shown_beside_them() {
    #[rustfmt::skip]
    let rows: &[(&str, &str, &str, &str)] = &[
        ("histology=clear-cell&risk=favorable&locations=brain", "immunotherapy", "!waiting", "MA13: surveillance is unlikely with brain spots, so no reason may offer it"),
        ("histology=clear-cell&risk=favorable&symptoms=some", "immunotherapy", "!waiting", "MA13: nor with symptoms"),
        ("primary=in-place&risk=intermediate&sites=three-to-five&symptoms=some", "cytoreductive-nephrectomy", "ease symptoms", "MA13: the symptom exception of the poor-risk rule (carmena, asco-2018-carmena)"),
        ("sites=more-than-five", "sbrt", "grows or causes pain", "MA13: with widespread disease, radiation for a spot that grows or hurts (sbrt-review-2024)"),
        ("risk=favorable&sites=three-to-five", "active-surveillance", "one or two organs", "MI14: Rini's favourable group had <=2 organ sites (rini-2016)"),
        ("risk=poor&sites=one-or-two&locations=brain", "metastasectomy", "brain", "MA10: a brain spot may be removed at any risk level"),
        ("locations=bone", "supportive-care", "emergency", "MA14: spinal cord compression is an emergency (nice-mscc)"),
        ("prior-systemic=immunotherapy-adjuvant", "immunotherapy", "6 months", "MA11: timing after adjuvant therapy (ici-first-line-review-2023)"),
        ("histology=collecting-duct-or-medullary", "targeted-therapy", "chemotherapy", "CR2: chemotherapy is first for these types"),
        ("", "high-dose-il2", "rarely used", "MA12: the default reason of an option usually not used"),
        ("symptoms=some", "high-dose-il2", "!very fit", "Issue 30 item 8 (reader walk finding 10): after the reader says she has symptoms, the reason is no verdict on her fitness"),
        ("symptoms=some", "high-dose-il2", "side effects are severe", "Issue 30 item 8: why it is rare: significant toxicity, largely replaced, experienced high-volume centres (asco-2022 rec 3.5); hospital with intensive care (aldesleukin-label, boxed warning)"),
        ("histology=clear-cell&risk=intermediate&primary=removed&sites=three-or-more&locations=lung,bone&symptoms=some&prior-systemic=none", "comfort-care", "still your choice, at any time", "Issue 30 item 8: before any medicine, comfort care alone is a choice, not a verdict (S9c; asco-2022, asco-palliative-2024)"),
        ("prior-systemic=none", "comfort-care", "experts advise offering it", "Issue 30 item 8: before any medicine, guidelines offer medicine or, for some, surveillance first (asco-2022 rec 3.1-3.4, nccn-ncc-2024)"),
        ("prior-systemic=targeted-only", "comfort-care", "always your choice", "Issue 30 item 8: after medicine, the default reason"),
    ];
    let dataset = built_in();
    for (query, option, phrase, evidence) in rows {
        let (situation, warnings) = Situation::parse(query, &dataset);
        assert!(warnings.is_empty(), "{query}: {warnings:?}");
        let results = evaluate(&dataset, &situation);
        let reasons = results.iter().find(|r| r.option.id == *option).unwrap().reasons.join(" ").to_lowercase();
        match phrase.strip_prefix('!') {
            Some(absent) => {
                assert!(!reasons.contains(absent), "{option} for {query:?} says {absent:?} ({evidence}): {reasons}")
            }
            None => {
                assert!(reasons.contains(phrase), "{option} for {query:?} lacks {phrase:?} ({evidence}): {reasons}")
            }
        }
    }
}
