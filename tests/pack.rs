//! The packed form the widget's core reads: the same dataset back, and nothing but `None` from
//! damaged, truncated or foreign bytes.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{built_in, built_in_es, Rng};
use mrcc_check::BUILT_IN_EN;
use mrcc_model::{
    has_details, merge, pack, split, unpack, Analysis, AnalysisStage, Category, Dataset, Evidence, Figure, FigureKind,
    Fit, Measure, Source, SourceKind, TreatmentOption,
};

/// `dataset` without the fields only editors and the validator read (what each figure measures and
/// from which analysis, what kind each source is): the widget never shows them, so they are not
/// packed. Nor are the knowledge check and the care team's page as fields: the packer's caller
/// carries them as one text with the interface strings (`mrcc_model::extras::carry`,
/// tests/extras.rs).
fn as_the_widget_sees_it(mut dataset: Dataset) -> Dataset {
    dataset.options.iter_mut().flat_map(|o| &mut o.figures).for_each(|f| (f.measure, f.analysis) = (None, None));
    dataset.sources.iter_mut().for_each(|s| s.kind = None);
    (dataset.knowledge, dataset.care_team) = (None, None);
    dataset
}

#[test]
fn both_built_in_datasets_come_back_unchanged() {
    for dataset in [built_in(), built_in_es()] {
        assert!(dataset.options.iter().flat_map(|o| &o.figures).all(|f| f.measure.is_some() && f.analysis.is_some()));
        assert_eq!(unpack(&pack(&dataset)), Some(as_the_widget_sees_it(dataset)));
    }
}

#[test]
fn every_variant_and_optional_value_comes_back() {
    let categories = [
        Category::Medicine,
        Category::Surgery,
        Category::Radiation,
        Category::Research,
        Category::Care,
        Category::Monitoring,
    ];
    let fits = [Fit::Likely, Fit::Possible, Fit::Unlikely];
    let kinds = [FigureKind::Benefit, FigureKind::Harm, FigureKind::Comparison, FigureKind::Context];
    let evidence = [
        Evidence::RandomizedTrial,
        Evidence::SingleArmStudy,
        Evidence::CaseSeries,
        Evidence::SystematicReview,
        Evidence::Survey,
    ];
    let mut dataset = Dataset::default();
    for (i, category) in categories.into_iter().enumerate() {
        dataset.options.push(TreatmentOption {
            id: format!("o{i}"),
            category,
            default_fit: fits[i % fits.len()],
            figures: vec![Figure {
                kind: kinds[i % kinds.len()],
                evidence: evidence[i % evidence.len()],
                text: "ñ — 75 of 100".into(),
                people: (i % 2 == 0).then_some(70_000 + i as u32),
                uncertainty: (i % 3 == 0).then(|| "from 0.77 to 1.85".into()),
                ..Figure::default()
            }],
            warning_signs: vec![format!("sign {i}")],
            ..TreatmentOption::default()
        });
    }
    dataset.sources = vec![
        Source {
            id: "a".into(),
            title_language: Some("en".into()),
            year: Some(2026),
            url: Some("https://example.org/".into()),
            ..Source::default()
        },
        Source { id: "b".into(), year: None, url: None, ..Source::default() },
    ];
    dataset.ui.insert("reviewed".into(), "Revisado".into());
    dataset.meta.title = "a NUL \0 inside, and one at the end\0".into();
    dataset.schema_version = 300; // more than one byte as a number
    assert_eq!(unpack(&pack(&dataset)), Some(dataset.clone()));
    // The editors' fields are not packed: they come back empty.
    dataset.options[0].figures[0].measure = Some(Measure::SevereSideEffectsAnyCause);
    dataset.options[1].figures[0].analysis = Some(Analysis { stage: AnalysisStage::Interim, year: 2026 });
    dataset.sources[0].kind = Some(SourceKind::TrialPublication);
    assert_eq!(unpack(&pack(&dataset)), Some(as_the_widget_sees_it(dataset)));
}

#[test]
fn truncated_or_extended_packs_are_refused() {
    let packed = pack(&built_in());
    for cut in (0..packed.len()).step_by(97).chain([packed.len() - 1]) {
        assert_eq!(unpack(&packed[..cut]), None, "cut at {cut}");
    }
    let mut longer = packed.clone();
    longer.push(0);
    assert_eq!(unpack(&longer), None);
}

#[test]
fn a_pack_from_another_version_or_not_a_pack_is_refused() {
    let packed = pack(&built_in());
    let other_version = String::from_utf8_lossy(&packed).replacen(env!("CARGO_PKG_VERSION"), "0.0.0-other", 1);
    assert_eq!(unpack(other_version.as_bytes()), None);
    assert_eq!(unpack(BUILT_IN_EN.as_bytes()), None, "JSON text is not a pack");
    assert_eq!(unpack(b""), None);
}

/// Mutation fuzzing: thousands of damaged packs (bytes changed, removed, repeated) give a
/// dataset or `None`, never a panic and never an allocation beyond the input's size.
#[test]
fn damaged_packs_never_panic() {
    let packed = pack(&built_in());
    let mut rng = Rng::with_seed(0x9e37_79b9_7f4a_7c15);
    let mut next = move |n: usize| rng.below(n);
    let mut refused = 0;
    for _ in 0..2_000 {
        let mut bytes = packed.clone();
        for _ in 0..1 + next(4) {
            let at = next(bytes.len());
            match next(3) {
                0 => bytes[at] = next(256) as u8,
                1 => {
                    bytes.remove(at);
                }
                _ => {
                    let end = (at + 1 + next(64)).min(bytes.len());
                    let copy = bytes[at..end].to_vec();
                    bytes.splice(at..at, copy);
                }
            }
        }
        if unpack(&bytes).is_none() {
            refused += 1;
        }
    }
    assert!(refused > 1_000, "most damaged packs should be refused ({refused} of 2000)");
}

/// The built-in content ships in two packs (the first screen's, then the details): together they
/// are the dataset again (as the widget sees it); the first part has no option's full text, no
/// sources, no glossary meanings, no rule ids and no about lines; parts of different datasets are
/// never joined.
#[test]
fn the_two_parts_make_the_whole_dataset_again() {
    for dataset in [built_in(), built_in_es()] {
        let (start, details) = split(&dataset);
        let (start, details) = (unpack(&pack(&start)).unwrap(), unpack(&pack(&details)).unwrap());
        assert!(start.options.iter().all(|o| !has_details(o) && o.figures.is_empty() && o.warning_signs.is_empty()));
        assert!(start.options.iter().all(|o| !o.name.is_empty() && !o.summary.is_empty() && o.sources.is_empty()));
        assert!(start.rules.iter().all(|r| r.sources.is_empty() && !r.reason.is_empty()));
        assert!(start.sources.is_empty() && !details.sources.is_empty());
        assert!(start.imdc.factors.is_empty() && !details.imdc.factors.is_empty(), "the risk checklist opens later");
        assert!(
            start.glossary.iter().zip(&dataset.glossary).all(|(e, whole)| e.term == whole.term && e.also == whole.also),
            "every glossary word marks the first screen"
        );
        assert!(start.glossary.iter().all(|e| e.definition.is_empty()), "the meanings come with the details");
        for (rule, whole) in start.rules.iter().zip(&dataset.rules) {
            assert_eq!(
                (&rule.when, rule.fit, &rule.reason),
                (&whole.when, whole.fit, &whole.reason),
                "every fit and reason"
            );
        }
        assert!(start.rules.iter().all(|r| r.id.is_empty()), "rules match by position: ids come with the details");
        assert!(
            start.meta.authors.is_empty() && !details.meta.authors.is_empty(),
            "the about section's lines come later"
        );
        assert_eq!(merge(start.clone(), details), Some(as_the_widget_sees_it(dataset.clone())));
        assert!(pack(&start).len() * 2 < pack(&dataset).len(), "the first part is the smaller one");
    }
    let (english, _) = split(&built_in());
    let (_, spanish_details) = split(&built_in_es());
    assert_eq!(merge(english, spanish_details), None, "never English options with Spanish details");
    let (mut other, details) = split(&built_in());
    other.options.pop();
    assert_eq!(merge(other, details.clone()), None);
    let (mut other, _) = split(&built_in());
    other.rules.pop();
    assert_eq!(merge(other, details.clone()), None, "the rules' citations go back to the same rules");
    let (mut other, _) = split(&built_in());
    other.rules[0].id = "filled".into();
    assert_eq!(merge(other, details.clone()), None, "a first part with rule ids is no first part");
    let (mut other, _) = split(&built_in());
    other.glossary.swap(0, 1);
    assert_eq!(merge(other, details.clone()), None, "each meaning goes back to its word");
    let whole = built_in();
    assert_eq!(merge(whole, details), None, "a whole dataset is not completed twice");
}
