//! The fit rules applied to situations: a table of situations and expected fits, each row
//! citing the evidence it rests on (ids from ../shared/reference/mrcc-evidence.md), and the
//! properties every situation must keep.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::built_in;
use mrcc_explorer::content::{Dataset, Fit};
use mrcc_explorer::rules::{evaluate, Situation, SituationWarning};

fn fit_of(dataset: &Dataset, query: &str, option: &str) -> Fit {
    let (situation, warnings) = Situation::parse(query, dataset);
    assert!(warnings.is_empty(), "{query}: {warnings:?}");
    evaluate(dataset, &situation).iter().find(|f| f.option.id == option).map(|f| f.fit).unwrap()
}

#[test]
fn table_of_situations() {
    use Fit::*;
    // One row a line: a table reads better than rustfmt's layout.
    #[rustfmt::skip]
    let rows: &[(&str, &str, Fit, &str)] = &[
        ("histology=clear-cell&prior-systemic=none", "immunotherapy", Likely, "ASCO 2022 rec 3.2/3.3: ICI-based first line for all IMDC groups (C7a, C7b)"),
        ("histology=clear-cell&risk=favorable", "immunotherapy", Likely, "ASCO rec 3.3: favourable risk may be offered ICI + VEGFR-TKI (C7b)"),
        ("histology=clear-cell&prior-systemic=yes", "immunotherapy", Possible, "B7/B15: later lines use a drug not used before (C7b, C7e)"),
        ("histology=non-clear-cell", "immunotherapy", Possible, "B8: lenvatinib + pembrolizumab among nccRCC options, phase 2 only (C10a)"),
        ("prior-systemic=yes", "targeted-therapy", Likely, "B7: VEGFR-TKI not used before after first line (C9a-C9j)"),
        ("histology=non-clear-cell", "targeted-therapy", Likely, "B8: cabozantinib preferred for nccRCC (C10a, C10e)"),
        ("histology=clear-cell&prior-systemic=none", "targeted-therapy", Possible, "ASCO rec 3.4: TKI monotherapy for selected patients (C7b)"),
        ("primary=removed", "cytoreductive-nephrectomy", Unlikely, "Seed: the operation removes the primary tumour; it is gone"),
        ("primary=in-place&risk=poor", "cytoreductive-nephrectomy", Unlikely, "EAU 2019: no CN in poor risk (C7f); CARMENA >=2 factors (C11b)"),
        ("primary=in-place&risk=intermediate", "cytoreductive-nephrectomy", Possible, "ASCO rec 2.1: selected, optimally 1 IMDC factor (C7a)"),
        ("sites=one-or-two", "metastasectomy", Possible, "B10: oligometastatic, completely resectable disease (C12b, C12c)"),
        ("sites=three-or-more", "metastasectomy", Unlikely, "B10: complete resection is what predicts benefit (C12b, C12c)"),
        ("sites=one-or-two", "sbrt", Possible, "B12: SBRT for oligometastases, may defer systemic therapy (C14a, C14d)"),
        ("locations=bone", "sbrt", Possible, "B14: palliative radiotherapy for bone metastases (S15i, C12f)"),
        ("risk=poor", "active-surveillance", Unlikely, "ASCO rec 3.1: surveillance for favourable/intermediate only (C7a); B6 (C8a)"),
        ("risk=favorable&sites=one-or-two", "active-surveillance", Possible, "ASCO rec 3.1 (C7a); Rini 2016 (C8a, C8b)"),
        ("histology=non-clear-cell", "clinical-trial", Likely, "B8: clinical trial preferred for nccRCC (C10a, C7d)"),
        ("histology=clear-cell", "clinical-trial", Possible, "A4: trials at any point; 70% never asked (S15a)"),
        ("", "high-dose-il2", Possible, "B11: niche, weak recommendation, expert centres (C7b, C13a)"),
        ("risk=poor&primary=removed&sites=three-or-more", "supportive-care", Likely, "Seed and B14: part of every patient's plan (S2b)"),
    ];
    let dataset = built_in();
    for (query, option, expected, evidence) in rows {
        assert_eq!(fit_of(&dataset, query, option), *expected, "{option} for {query:?} ({evidence})");
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
    assert_eq!(unlikely, ["cytoreductive-nephrectomy", "metastasectomy", "active-surveillance"]);
}

/// Every answer combination of the single-choice criteria (with or without "unknown"), and
/// several locations: unknown answers never make an option unlikely, and supportive care is
/// always likely.
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
    assert_eq!(checked, 324 * 4);
    let (all_unknown, _) = Situation::parse(
        "histology=unknown&risk=unknown&primary=unknown&sites=unknown&prior-systemic=unknown",
        &dataset,
    );
    assert!(evaluate(&dataset, &all_unknown).iter().all(|r| r.fit != Fit::Unlikely));
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
        "histology=clear-cell&risk=favorable&primary=removed&sites=one-or-two&locations=lung,bone&prior-systemic=none";
    let (situation, warnings) = Situation::parse(query, &dataset);
    assert!(warnings.is_empty());
    assert_eq!(situation.to_query(&dataset), query);
    for junk in ["", "&&&", "=", "==x", "risk", "risk=", ",,,", "histology=clear-cell=x", "\u{0}=\u{0}"] {
        let (situation, _) = Situation::parse(junk, &dataset);
        assert_eq!(evaluate(&dataset, &situation).len(), dataset.options.len(), "{junk:?}");
    }
}
