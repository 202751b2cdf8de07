//! The built-in dataset: complete, faithful to its sources, balanced and plain.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{built_in, prose};
use mrcc_check::readability::{glossary_words, Counts, FIELD_GRADE, SUMMARY_GRADE};
use mrcc_check::validate;
use mrcc_model::Dataset;

/// Valid, and the one warning is the one every adopting hospital must clear: its own clinicians'
/// review (the project's authors are not clinicians).
#[test]
fn built_in_dataset_is_valid_and_waits_for_a_hospital_review() {
    let problems = validate(&built_in(), None);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_eq!(problems[0].path, "meta");
    assert!(problems[0].message.contains("hospital_reviewers"), "{}", problems[0].message);
    let mut reviewed = built_in();
    reviewed.meta.hospital = "Example Hospital".into();
    reviewed.meta.hospital_reviewers = vec!["A. Oncologist, MD".into()];
    reviewed.meta.hospital_reviewed = "2026-12-01".into();
    assert!(validate(&reviewed, None).is_empty(), "{:#?}", validate(&reviewed, None));
}

#[test]
fn has_the_fixed_option_ids() {
    let ids: Vec<_> = built_in().options.iter().map(|o| o.id.clone()).collect();
    assert_eq!(
        ids,
        [
            "immunotherapy",
            "targeted-therapy",
            "chemotherapy",
            "cytoreductive-nephrectomy",
            "metastasectomy",
            "clinical-trial",
            "high-dose-il2",
            "sbrt",
            "active-surveillance",
            "supportive-care",
            "comfort-care",
        ]
    );
}

/// The seed page's seven options are all here. The seed itself is history, cited nowhere: its
/// page is gone, and a source a reader cannot open is no source (content audit 2026-12-07, MA16).
#[test]
fn keeps_the_seed_options_and_cites_the_seed() {
    let seed = include_str!("../content/seed-metastatic-kidney-cancer.txt").to_lowercase();
    let dataset = built_in();
    for (id, seed_name) in [
        ("cytoreductive-nephrectomy", "cytoreductive nephrectomy"),
        ("metastasectomy", "metastasectomy"),
        ("clinical-trial", "clinical trial"),
        ("targeted-therapy", "targeted therapy"),
        ("high-dose-il2", "high-dose il-2"),
        ("sbrt", "stereotactic body radiation therapy (sbrt)"),
        ("supportive-care", "supportive or palliative care"),
    ] {
        assert!(seed.contains(seed_name), "{seed_name} is not in the seed");
        let option = dataset.option(id).unwrap_or_else(|| panic!("{id} missing"));
        assert!(
            option.name.to_lowercase().contains(seed_name.trim_start_matches("high-dose ")),
            "{id}: {}",
            option.name
        );
        assert!(option.sources.iter().all(|s| s != "seed"), "{id} cites the outdated seed");
    }
    assert!(dataset.source("seed").is_none() && dataset.condition.sources.iter().all(|s| s != "seed"));
    // The seed's call-to-action links keep their wording.
    for link in &dataset.links {
        assert!(seed.contains(&link.label.to_lowercase()), "{}", link.label);
    }
}

#[test]
fn every_option_cites_sources_that_exist() {
    let dataset = built_in();
    for option in &dataset.options {
        assert!(!option.sources.is_empty(), "{}", option.id);
        for id in option.sources.iter().chain(option.figures.iter().map(|f| &f.source)) {
            assert!(dataset.source(id).is_some(), "{}: {id}", option.id);
        }
    }
}

/// IPDAS: benefits and harms in equal detail: as many items, and similar length.
#[test]
fn benefits_and_harms_have_equal_detail() {
    let words = |items: &[String]| items.iter().map(|i| i.split_whitespace().count()).sum::<usize>() as f64;
    for option in built_in().options {
        assert_eq!(option.benefits.len(), option.harms.len(), "{}", option.id);
        let (b, h) = (words(&option.benefits), words(&option.harms));
        let ratio = b.max(h) / b.min(h);
        assert!(ratio <= 1.6, "{}: {b} words of benefits, {h} of harms", option.id);
    }
}

/// Plain language: Flesch-Kincaid grade at most 8 for summaries and 10 for any prose field
/// (formula and syllable rule in `mrcc_check::readability`).
#[test]
fn reading_level() {
    let dataset = built_in();
    let terms = glossary_words(&dataset);
    let mut too_hard = Vec::new();
    let (mut highest, mut highest_raw) = (f64::MIN, f64::MIN);
    for (path, text) in prose(&dataset) {
        let grade = Counts::with_terms(&text, &terms).grade();
        highest = highest.max(grade);
        highest_raw = highest_raw.max(Counts::of(&text).grade());
        let limit = if path.ends_with(".summary") { SUMMARY_GRADE } else { FIELD_GRADE };
        if grade > limit {
            too_hard.push(format!("{grade:.1} > {limit} at {path}: {text}"));
        }
    }
    println!("highest grade: {highest:.1} (without the glossary rule: {highest_raw:.1})");
    assert!(too_hard.is_empty(), "{too_hard:#?}");
}

/// The glossary explains words the reader meets, not padding.
#[test]
fn glossary_terms_are_used_in_the_text() {
    let dataset = built_in();
    let text: String = prose(&dataset).into_iter().map(|(_, t)| t.to_lowercase() + " ").collect();
    let names: String = dataset.options.iter().map(|o| o.name.to_lowercase() + " ").collect();
    for entry in &dataset.glossary {
        let used = std::iter::once(&entry.term)
            .chain(&entry.also)
            .any(|form| text.contains(&form.to_lowercase()) || names.contains(&form.to_lowercase()));
        assert!(used, "glossary term {:?} is not used", entry.term);
    }
}

#[test]
fn supportive_care_fits_everyone_and_unknown_is_always_offered() {
    let dataset = built_in();
    let care = dataset.option("supportive-care").unwrap();
    assert_eq!(care.default_fit, mrcc_model::Fit::Likely);
    let care_rules: Vec<_> = dataset.rules.iter().filter(|r| r.option == "supportive-care").collect();
    assert!(care_rules.iter().all(|r| r.fit == mrcc_model::Fit::Likely), "{care_rules:#?}");
    for criterion in dataset.criteria.iter().filter(|c| !c.multiple) {
        assert!(criterion.choices.iter().any(|c| c.id == "unknown"), "{}", criterion.id);
    }
}

#[test]
fn imdc_groups_follow_heng() {
    let groups: Vec<_> = built_in().imdc.groups.iter().map(|g| (g.risk.clone(), g.min_signs)).collect();
    assert_eq!(groups, [("favorable".into(), 0), ("intermediate".into(), 1), ("poor".into(), 3)]);
    assert_eq!(built_in().imdc.factors.len(), 6);
}

/// Side-effect safety: every medicine names the signs that need a same-day call, and the reader
/// is told that urgent symptoms go to the care team or emergency services, not to this page.
#[test]
fn medicines_name_their_warning_signs_and_urgent_help_is_clear() {
    let dataset = built_in();
    for option in dataset.options.iter().filter(|o| o.category == mrcc_model::Category::Medicine) {
        assert!(option.warning_signs.len() >= 3, "{}: {:?}", option.id, option.warning_signs);
    }
    let immunotherapy = dataset.option("immunotherapy").unwrap();
    let harms = immunotherapy.harms.join(" ").to_lowercase();
    for must in ["healthy organs", "kill", "months after the last dose", "for life"] {
        assert!(harms.contains(must), "immune-related harms must say {must:?}: {harms}");
    }
    assert!(dataset.meta.urgent_help.contains("emergency"), "{}", dataset.meta.urgent_help);
}

/// IPDAS: every figure says what kind of study it comes from; a randomized trial or a case
/// series also says how many people it included.
#[test]
fn every_figure_carries_its_evidence() {
    use mrcc_model::Evidence;
    for option in built_in().options {
        for figure in &option.figures {
            if matches!(figure.evidence, Evidence::CaseSeries | Evidence::SingleArmStudy) {
                assert!(figure.people.is_some(), "{}: {}", option.id, figure.text);
            }
        }
    }
}

/// Evidence that is still pending is called pending, and the doing-nothing choice is explicit.
#[test]
fn pending_evidence_and_comfort_care_are_explicit() {
    let dataset = built_in();
    let nephrectomy = dataset.option("cytoreductive-nephrectomy").unwrap();
    let text = nephrectomy.harms.join(" ");
    assert!(text.contains("NORDIC-SUN") && text.contains("still going on"), "{text}");
    let comfort = dataset.option("comfort-care").unwrap();
    assert!(comfort.what_it_is.contains("yours to make"));
    assert!(!dataset.meta.authors.is_empty() && dataset.meta.authors.contains("not doctors"));
}

/// An opened option's short version weighs a benefit and a harm alike: for every option with
/// figures of both kinds, the main ones are of those kinds, and counted out of 100 whenever the
/// option has such a figure of that kind. The condition's survival figures are on offer, not in
/// its paragraphs, and their first paragraph says what they cannot tell.
#[test]
fn the_short_version_and_the_numbers_on_offer() {
    use mrcc_model::FigureKind::{Benefit, Harm};
    for dataset in [built_in(), common::built_in_es()] {
        for option in &dataset.options {
            let [benefit, harm] = option.main_figures();
            for (kind, main) in [(Benefit, benefit), (Harm, harm)] {
                let of_kind: Vec<_> = option.figures.iter().filter(|f| f.kind == kind).collect();
                assert_eq!(main.is_some(), !of_kind.is_empty(), "{} {kind:?}", option.id);
                if let Some(main) = main {
                    assert_eq!(main.kind, kind);
                    let pictured = of_kind.iter().any(|f| !f.out_of_100.is_empty());
                    assert_eq!(!main.out_of_100.is_empty(), pictured, "{} {kind:?}", option.id);
                }
            }
        }
        let condition = &dataset.condition;
        let medians = ["22.5", "43 ", "7.8"];
        assert!(condition.paragraphs.iter().all(|p| medians.iter().all(|m| !p.contains(m))), "no median unasked");
        assert!(medians.iter().all(|m| condition.numbers.iter().any(|p| p.contains(m))));
        assert!(!condition.numbers[0].chars().any(|c| c.is_ascii_digit()), "the caveat comes before any number");
    }
}

/// The criteria and choices hosts write in `situation` are documented in the typings and in
/// custom-elements.json exactly as the validator requires them.
#[test]
fn situation_choices_are_documented_for_hosts() {
    use mrcc_model::FIXED_CRITERIA;
    let typings = include_str!("../pkg-config/mrcc-explorer.d.ts");
    let manifest = include_str!("../pkg-config/custom-elements.json");
    for (criterion, _, choices) in FIXED_CRITERIA {
        let key = if criterion.contains('-') { format!("'{criterion}'") } else { criterion.to_string() };
        let union = choices.iter().map(|c| format!("'{c}'")).collect::<Vec<_>>().join(" | ");
        assert!(typings.contains(&format!("  {key}: {union};")), "{criterion} in mrcc-explorer.d.ts");
        assert!(manifest.contains(&format!("({})", choices.join(", "))), "{criterion} in custom-elements.json");
    }
}

/// The sources policy for the built-in content, beyond what the validator asks of every
/// dataset: each link is a publisher's, a DOI, PubMed or PMC, a drug label, a trial registry or
/// a guideline body's own page (no mirrors, proxies or copies); every guideline a rule rests on
/// is at most three years older than the content's review; every figure says what it measures
/// and from which analysis.
fn source_policy_problems(dataset: &Dataset) -> Vec<String> {
    use mrcc_model::SourceKind;
    // Hosts of publishers, indexes, regulators and guideline bodies.
    const HOSTS: &[&str] = &[
        "doi.org",
        "pubmed.ncbi.nlm.nih.gov",
        "pmc.ncbi.nlm.nih.gov",
        "dailymed.nlm.nih.gov",
        "www.accessdata.fda.gov",
        "www.fda.gov",
        "www.ema.europa.eu",
        "clinicaltrials.gov",
        "www.cancer.gov",
        "ascopubs.org",
        "www.asco.org",
        "www.nejm.org",
        "www.thelancet.com",
        "jamanetwork.com",
        "www.annalsofoncology.org",
        "www.europeanurology.com",
        "aacrjournals.org",
        "jitc.bmj.com",
        "www.nccn.org",
        "uroweb.org",
        "www.esmo.org",
        "link.springer.com",
        "academic.oup.com",
        "www.sciencedirect.com",
        "onlinelibrary.wiley.com",
        "www.nature.com",
        "www.frontiersin.org",
        "content.iospress.com",
        "www.auajournals.org",
        "journals.lww.com",
        "www.msdmanuals.com",
        "www.nice.org.uk",
        // The European Association of Urology's own database of meeting abstracts.
        "kidney.uroonco.uroweb.org",
    ];
    let mut problems = Vec::new();
    let reviewed: u16 = dataset.meta.reviewed.get(..4).and_then(|y| y.parse().ok()).unwrap_or(0);
    for source in &dataset.sources {
        let url = source.url.as_deref().unwrap_or_default();
        let host = url.strip_prefix("https://").and_then(|rest| rest.split('/').next()).unwrap_or_default();
        if !HOSTS.contains(&host) {
            problems.push(format!("{}: {url:?} is not a publisher, DOI, PubMed or label address", source.id));
        }
    }
    let cited_by_rules: Vec<&str> = dataset.rules.iter().flat_map(|r| &r.sources).map(String::as_str).collect();
    for source in dataset.sources.iter().filter(|s| cited_by_rules.contains(&s.id.as_str())) {
        let guideline = matches!(source.kind, Some(SourceKind::Guideline | SourceKind::PatientGuideline));
        if guideline && source.year.unwrap_or(0) + 3 < reviewed {
            problems.push(format!("{}: a guideline of {:?} under a review of {reviewed}", source.id, source.year));
        }
    }
    for option in &dataset.options {
        for (i, figure) in option.figures.iter().enumerate() {
            if figure.measure.is_none() || figure.analysis.is_none() {
                problems.push(format!("{}.figures[{i}]: no measure or analysis", option.id));
            }
        }
    }
    problems
}

#[test]
fn sources_are_primary_and_guidelines_current() {
    assert_eq!(source_policy_problems(&built_in()), Vec::<String>::new());
    assert_eq!(source_policy_problems(&common::built_in_es()), Vec::<String>::new());
}

/// Each part of the policy fails on a planted gap: a mirror's link, an old guideline under a
/// rule, a figure that does not say what it measures.
#[test]
fn the_sources_policy_finds_planted_gaps() {
    let mut mirror = built_in();
    mirror.sources[0].url = Some("https://pdfslide.us/documents/kidney-cancer-nccn.html".into());
    let mut old = built_in();
    let rule_source = old.rules[0].sources[0].clone();
    let source = old.sources.iter_mut().find(|s| s.id == rule_source).unwrap();
    source.kind = Some(mrcc_model::SourceKind::Guideline);
    source.year = Some(2017);
    let mut unmeasured = built_in();
    unmeasured.options[0].figures[0].measure = None;
    for (dataset, expected) in [(mirror, "pdfslide.us"), (old, "a guideline of Some(2017)"), (unmeasured, "no measure")]
    {
        let problems = source_policy_problems(&dataset);
        assert!(problems.iter().any(|p| p.contains(expected)), "{expected}: {problems:#?}");
    }
}

/// Interim results are called interim in the words the reader sees (the widget shows the time
/// frame, not the `analysis` field), in both languages; final results never are.
#[test]
fn interim_results_are_called_interim() {
    use mrcc_model::AnalysisStage;
    for (dataset, word) in [(built_in(), "(interim)"), (common::built_in_es(), "(provisional)")] {
        for option in &dataset.options {
            for (i, figure) in option.figures.iter().enumerate() {
                let interim = figure.analysis.as_ref().is_some_and(|a| a.stage == AnalysisStage::Interim);
                let says = figure.time_frame.contains(word) || figure.text.contains(word);
                assert_eq!(interim, says, "{}.figures[{i}] ({:?}): {}", option.id, figure.analysis, figure.time_frame);
            }
        }
    }
}
