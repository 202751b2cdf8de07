//! The rendered markup, through Yew's server renderer: landmarks, headings, the full content of
//! every option, sources and review date, and text-only rendering of dataset strings.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::built_in;
use mrcc_core::rules::Situation;
use mrcc_core::ui::strings::Strings;
use mrcc_core::ui::{ById, Explorer, ExplorerProps};
use mrcc_model::interface::add_built_in_strings;
use mrcc_model::{pack, unpack, Dataset};
use scraper::{ElementRef, Html, Selector};
use yew::{AttrValue, LocalServerRenderer};

async fn render(dataset: Dataset, appointment_url: Option<&str>) -> Html {
    render_situation(dataset, appointment_url, None).await
}

/// The explorer's markup with every disclosure's content (`all_details`), as a reader sees it
/// once they have opened each.
async fn render_situation(dataset: Dataset, appointment_url: Option<&str>, situation: Option<&str>) -> Html {
    render_with(dataset, appointment_url, situation, true).await
}

async fn render_with(
    dataset: Dataset,
    appointment_url: Option<&str>,
    situation: Option<&str>,
    all_details: bool,
) -> Html {
    let situation = situation.map(|query| Situation::parse(query, &dataset).0);
    let html = render_received(as_the_widget_receives(dataset), appointment_url, situation, all_details).await;
    Html::parse_fragment(&html)
}

/// The explorer's markup for a dataset exactly as given (already as the widget receives it).
async fn render_received(
    dataset: Dataset,
    appointment_url: Option<&str>,
    situation: Option<Situation>,
    all_details: bool,
) -> String {
    let props = ExplorerProps {
        dataset: ById::new(dataset),
        appointment_url: appointment_url.map(|u| AttrValue::from(u.to_owned())),
        support_url: None,
        situation,
        on_change: None,
        all_details,
        parked: false,
        share_off: false,
    };
    LocalServerRenderer::<Explorer>::with_props(props).hydratable(false).render().await
}

/// A dataset as it reaches the widget's core: with its language's interface strings added,
/// packed, and unpacked.
fn as_the_widget_receives(mut dataset: Dataset) -> Dataset {
    add_built_in_strings(&mut dataset);
    unpack(&pack(&dataset)).expect("a packed dataset unpacks")
}

fn select<'a>(html: &'a Html, css: &str) -> Vec<ElementRef<'a>> {
    html.select(&Selector::parse(css).unwrap()).collect()
}

fn within<'a>(element: &ElementRef<'a>, css: &str) -> Vec<ElementRef<'a>> {
    element.select(&Selector::parse(css).unwrap()).collect()
}

/// The text a reader perceives: hidden elements (a glossary word's closed definition) left out.
fn text(element: &ElementRef) -> String {
    let mut out = String::new();
    for child in element.children() {
        if let Some(text) = child.value().as_text() {
            out.push_str(text);
        } else if let Some(child) = ElementRef::wrap(child).filter(|child| child.value().attr("hidden").is_none()) {
            out.push_str(&text(&child));
        }
    }
    out
}

#[tokio::test]
async fn every_option_is_a_card_labelled_by_its_heading_with_its_full_content() {
    let dataset = built_in();
    let html = render(dataset.clone(), None).await;
    let cards = select(&html, "ul.options > li > article.card");
    assert_eq!(cards.len(), dataset.options.len());
    for card in &cards {
        let option = dataset.option(card.attr("data-option").unwrap()).unwrap();
        let heading_id = card.attr("aria-labelledby").unwrap();
        let heading = select(&html, &format!("article h4#{heading_id}"));
        assert_eq!(text(&heading[0]), option.name);
        assert_eq!(card.attr("data-option"), Some(option.id.as_str()));
        let content = text(card);
        for field in
            [&option.summary, &option.what_it_is, &option.what_it_involves, &option.living_with, &option.usually_for]
        {
            assert!(content.contains(field.as_str()), "{}: missing {field}", option.id);
        }
        // Benefits and harms side by side, one list item each.
        assert_eq!(within(card, ".benefits li").len(), option.benefits.len());
        assert_eq!(within(card, ".harms li").len(), option.harms.len());
        assert_eq!(within(card, ".questions li").len(), option.questions.len());
        assert_eq!(within(card, ".figure").len(), option.figures.len());
        for figure in &option.figures {
            assert!(content.contains(&figure.group) && content.contains(&figure.time_frame), "{}", option.id);
        }
        // Every cited source is listed, with its link when it has one.
        let cited = within(card, "ol.sources > li");
        assert_eq!(cited.len(), option.sources.len(), "{}", option.id);
        for (item, id) in cited.iter().zip(&option.sources) {
            let source = dataset.source(id).unwrap();
            assert!(text(item).contains(&source.title));
            let href = within(item, "a").first().and_then(|a| a.attr("href").map(str::to_owned));
            assert_eq!(href, source.url.clone(), "{id}");
        }
        // The full content sits behind a disclosure button, named after the option, that says
        // which element it opens.
        let button = within(card, ".details > button.learn-more");
        assert_eq!(button.len(), 1);
        assert_eq!(button[0].attr("aria-label"), Some(format!("Learn more: {}", option.name).as_str()));
        let controlled = within(card, &format!("#{}", button[0].attr("aria-controls").unwrap()));
        assert!(text(&controlled[0]).contains(&option.what_it_is));
    }
}

#[tokio::test]
async fn landmarks_headings_review_date_and_disclosures() {
    let dataset = built_in();
    let html = render(dataset.clone(), Some("https://example.org/book")).await;
    let region = select(&html, "section.explorer");
    assert_eq!(region.len(), 1);
    assert_eq!(region[0].attr("lang"), Some("en"));
    let title = select(&html, "section.explorer > h2");
    assert_eq!(text(&title[0]), dataset.meta.title);
    assert_eq!(region[0].attr("aria-labelledby"), title[0].attr("id"));
    assert_eq!(select(&html, "nav[aria-labelledby='mrcc-next-steps'] a").len(), 1);
    assert_eq!(text(&select(&html, "#mrcc-next-steps")[0]), "Next steps");
    // Dates in words, in the reader's language; the machine-readable date beside.
    for css in ["footer time", ".reviewed-line time"] {
        assert_eq!(select(&html, css)[0].attr("datetime"), Some(dataset.meta.reviewed.as_str()), "{css}");
        assert_eq!(text(&select(&html, css)[0]), mrcc_core::ui::intl::date("en", &dataset.meta.reviewed), "{css}");
    }
    assert!(!text(&select(&html, ".reviewed-line")[0]).contains(&dataset.meta.reviewed), "no ISO date for readers");
    let about = text(&select(&html, "footer.about")[0]);
    for field in [&dataset.meta.funding, &dataset.meta.conflicts, &dataset.meta.update_policy, &dataset.meta.disclaimer]
    {
        assert!(about.contains(field.as_str()));
    }
    assert_eq!(select(&html, ".glossary dt").len(), dataset.glossary.len());

    // Headings never skip a level: h2, then h3s, h4 per option, h5 inside options.
    let levels: Vec<u8> =
        select(&html, "h1, h2, h3, h4, h5, h6").iter().map(|h| h.value().name()[1..].parse().unwrap()).collect();
    assert_eq!(levels[0], 2);
    assert!(levels.windows(2).all(|w| w[1] <= w[0] + 1), "{levels:?}");
}

#[tokio::test]
async fn dataset_text_is_escaped_never_markup() {
    let mut dataset = built_in();
    dataset.options[0].name = "<img src=x onerror=alert(1)>".into();
    dataset.condition.paragraphs[0] = "<script>alert(1)</script>".into();
    let html = render(dataset, None).await;
    assert!(select(&html, "img, script").is_empty());
    assert_eq!(text(&select(&html, "article[data-option='immunotherapy'] h4")[0]), "<img src=x onerror=alert(1)>");
    assert_eq!(text(&select(&html, ".condition p")[0]), "<script>alert(1)</script>");
}

/// Yew could insert a string as HTML only through `Html::from_html_unchecked` (its `VRaw` node set
/// `innerHTML`); the vendored Yew has neither any more (vendor patch 9), and the wasm-bindgen glue
/// no longer imports the setter. Neither the Rust nor the element's JavaScript may use any API
/// that parses a string as markup, so no dataset or page text can become HTML.
#[test]
fn no_source_turns_strings_into_html() {
    const RAW_HTML: &[&str] = &[
        "from_html_unchecked",
        "VRaw",
        "inner_html",
        "innerHTML",
        "outerHTML",
        "insertAdjacentHTML",
        "document.write",
    ];
    let mut files = vec![std::path::PathBuf::from("src")];
    let mut checked = 0;
    while let Some(path) = files.pop() {
        if path.is_dir() {
            files.extend(std::fs::read_dir(&path).unwrap().map(|entry| entry.unwrap().path()));
        } else if path.extension().is_some_and(|ext| ext == "rs" || ext == "js") {
            let source = std::fs::read_to_string(&path).unwrap();
            for api in RAW_HTML {
                assert!(!source.contains(api), "{} uses {api}", path.display());
            }
            checked += 1;
        }
    }
    assert!(checked > 30, "only {checked} source files found");
}

#[tokio::test]
async fn links_need_a_safe_url() {
    let html = render(built_in(), Some("https://example.org/book")).await;
    let links = select(&html, "a.action");
    assert_eq!(links.len(), 1, "the support link has no URL, so it is left out rather than dead");
    assert_eq!(links[0].attr("href"), Some("https://example.org/book"));
    assert_eq!(text(&links[0]), "Make an appointment");

    let mut dataset = built_in();
    dataset.sources[1].url = Some("javascript:alert(1)".into());
    let html = render(dataset, Some("javascript:alert(1)")).await;
    assert!(select(&html, "a[href^='javascript'], a[href^='JavaScript']").is_empty());
    assert!(select(&html, "nav a").is_empty(), "no safe links, so no links");
    let urgent = select(&html, "nav.next-steps p.urgent-help");
    assert_eq!(urgent.len(), 1, "where urgent symptoms go is said with or without links");
    assert!(text(&urgent[0]).contains("call your care team now"), "{}", text(&urgent[0]));
}

#[tokio::test]
async fn the_situation_form_is_labelled_native_controls() {
    let dataset = built_in();
    let html = render(dataset.clone(), None).await;
    let form = select(&html, "section.situation form");
    assert_eq!(form.len(), 1);
    for criterion in &dataset.criteria {
        let fieldset = select(&html, &format!("fieldset[aria-describedby='help-{}']", criterion.id));
        assert_eq!(fieldset.len(), 1, "{}", criterion.id);
        assert_eq!(text(&within(&fieldset[0], "legend")[0]), criterion.label);
        let kind = if criterion.multiple { "checkbox" } else { "radio" };
        let inputs = within(&fieldset[0], "input");
        assert_eq!(inputs.len(), criterion.choices.len());
        assert!(inputs.iter().all(|i| i.attr("type") == Some(kind)));
    }
    // Every control in the widget has a label in the same tree.
    for input in select(&html, "input") {
        let id = input.attr("id").expect("every input has an id");
        assert_eq!(select(&html, &format!("label[for='{id}']")).len(), 1, "{id}");
    }
    // The live region exists from the first render.
    let status = select(&html, "[role='status'].status");
    assert_eq!(status.len(), 1);
    // Nothing answered yet: no "situations like yours", and no label contradicts its reason.
    // High-dose IL-2 and chemotherapy are usually not used for anyone until an answer says otherwise.
    assert_eq!(text(&status[0]), "2 options are often used, 7 sometimes, and 2 usually not.");
    for card in select(&html, "article.card") {
        let fit = text(&within(&card, "p.fit")[0]);
        assert!(!fit.contains("like yours"), "{fit}");
        let reasons = text(&within(&card, ".reasons")[0]);
        assert!(card.attr("data-fit") == Some("likely") || !reasons.contains("usual first"), "{fit}: {reasons}");
    }
}

#[tokio::test]
async fn the_situation_attribute_presets_answers_and_orders_options_by_fit() {
    let html = render_situation(
        built_in(),
        None,
        Some("histology=clear-cell&risk=poor&primary=removed&sites=three-or-more&locations=bone,lung"),
    )
    .await;
    let checked: Vec<String> =
        select(&html, "section.situation input[checked]").iter().map(|i| i.attr("id").unwrap().to_owned()).collect();
    assert_eq!(
        checked,
        [
            "choice-histology-clear-cell",
            "choice-risk-poor",
            "choice-primary-removed",
            "choice-sites-three-or-more",
            "choice-locations-lung",
            "choice-locations-bone"
        ]
    );
    let fits: Vec<&str> = select(&html, "article.card").iter().map(|c| c.attr("data-fit").unwrap()).collect();
    let mut sorted = fits.clone();
    sorted.sort_by_key(|f| ["likely", "possible", "unlikely"].iter().position(|x| x == f));
    assert_eq!(fits, sorted, "cards ordered likely, possible, unlikely");
    // The stylesheet colours and shapes each fit by these attributes.
    for card in select(&html, "article.card") {
        assert_eq!(within(&card, "p.fit")[0].attr("data-fit"), card.attr("data-fit"));
    }
    let nephrectomy = select(&html, "article[data-option='cytoreductive-nephrectomy']");
    assert_eq!(nephrectomy[0].attr("data-fit"), Some("unlikely"));
    let reasons = text(&within(&nephrectomy[0], ".reasons")[0]);
    assert!(reasons.contains("already been taken out") && reasons.contains("poor risk level"), "{reasons}");
    assert!(text(&within(&nephrectomy[0], ".fit")[0]).contains("Usually not used"));
    let status = text(&select(&html, "[role='status'].status")[0]);
    assert_eq!(status, "2 options are often used in situations like yours, 4 sometimes, and 5 usually not.");
}

#[tokio::test]
async fn glossary_words_are_marked_as_disclosure_buttons() {
    let html = render(built_in(), None).await;
    let terms = select(&html, ".condition button.term");
    assert!(!terms.is_empty());
    assert!(terms.iter().all(|t| t.attr("aria-expanded") == Some("false") && t.attr("type") == Some("button")));
    let words: Vec<String> = terms.iter().map(text).collect();
    assert!(words.contains(&"metastatic".to_owned()), "{words:?}");
}

#[tokio::test]
async fn figures_are_styled_by_kind_in_every_language() {
    use mrcc_model::FigureKind;
    for dataset in [built_in(), common::built_in_es()] {
        let html = render(dataset.clone(), None).await;
        for kind in [FigureKind::Benefit, FigureKind::Harm, FigureKind::Comparison, FigureKind::Context] {
            let expected = dataset.options.iter().flat_map(|o| &o.figures).filter(|f| f.kind == kind).count();
            let found = select(&html, &format!("li.figure[data-kind='{}']", kind.as_str())).len();
            assert_eq!(found, expected, "{} {kind:?}", dataset.meta.language);
        }
    }
}

#[tokio::test]
async fn glossary_words_are_found_whatever_their_case_in_spanish() {
    let dataset = common::built_in_es();
    let html = render(dataset.clone(), None).await;
    let marked: Vec<String> = select(&html, "button.term").iter().map(text).collect();
    // A capitalised form (at the start of a sentence or a list item) is still a glossary word.
    let capitalised: Vec<&String> =
        marked.iter().filter(|w| w.chars().next().is_some_and(char::is_uppercase)).collect();
    assert!(!capitalised.is_empty(), "{marked:?}");
    for word in &marked {
        let folded = mrcc_model::text::fold_case(word);
        assert!(
            dataset
                .glossary
                .iter()
                .any(|g| std::iter::once(&g.term).chain(&g.also).any(|f| f.to_lowercase() == folded)),
            "{word} is not a glossary form"
        );
    }
}

/// The core carries no interface strings: every dataset brings its own, added when it is
/// packed, and the reader sees the same words as with the full built-in table.
#[tokio::test]
async fn spanish_interface_strings_arrive_with_the_packed_dataset() {
    let spanish = Strings::for_dataset("es", &Default::default());
    let html = render(common::built_in_es(), None).await;
    let headings: Vec<String> = select(&html, "h3").iter().map(text).collect();
    for expected in [&spanish.situation_heading(), &spanish.options_heading(), &spanish.compare_heading()] {
        assert!(headings.iter().any(|h| h == expected), "{expected} not in {headings:?}");
    }
    assert!(!headings.iter().any(|h| h == &Strings::en().options_heading()), "{headings:?}");
}

/// The first screen's part of the built-in content carries every string the first screen
/// shows: with it alone, the first screen is what it is with all of them.
#[tokio::test]
async fn the_first_screen_has_every_string_it_shows() {
    for dataset in [built_in(), common::built_in_es()] {
        let whole = as_the_widget_receives(dataset);
        let (start, _) = mrcc_model::split(&whole);
        let mut with_all = start.clone();
        with_all.ui = whole.ui;
        assert!(with_all.ui.len() > start.ui.len(), "the details bring strings of their own");
        let language = start.meta.language.clone();
        let (only_start, all) =
            (render_received(start, None, None, false).await, render_received(with_all, None, None, false).await);
        assert_eq!(only_start, all, "{language}");
    }
}

/// At start, closed option details hold only their button: their content is rendered on first
/// open (the browser tests and the end-to-end test of the opened text prove what follows). The
/// glossary's list is not in the first render at all (its meanings come with the details).
#[tokio::test]
async fn closed_disclosures_are_empty_until_first_opened() {
    let closed = render_with(built_in(), None, None, false).await;
    let details = select(&closed, "article div.details");
    assert_eq!(details.len(), built_in().options.len());
    for disclosure in &details {
        let children: Vec<&str> =
            disclosure.children().filter_map(|c| c.value().as_element()).map(|e| e.name()).collect();
        assert_eq!(children, ["button"], "{}", text(disclosure));
        let button = within(disclosure, "button.learn-more");
        assert_eq!(button[0].attr("aria-expanded"), Some("false"));
        // It controls nothing yet: no reference to an element that is not there.
        assert_eq!(button[0].attr("aria-controls"), None);
    }
    // Markup that no one can open shows every option's content, and says so.
    let opened = render(built_in(), None).await;
    assert!(select(&opened, ".details h5").len() > 50);
    for button in select(&opened, "button.learn-more") {
        let controlled = select(&opened, &format!("#{}", button.attr("aria-controls").unwrap()));
        assert_eq!(button.attr("aria-expanded"), Some("true"));
        assert!(controlled[0].attr("hidden").is_none());
    }
}

/// Dates are written in full in the reader's language; anything not a date stays as written.
#[test]
fn dates_are_written_in_words_in_each_language() {
    use mrcc_core::ui::intl::date;
    assert_eq!(date("en", "2026-11-26"), "November 26, 2026");
    assert_eq!(date("en-US", "2027-01-05"), "January 5, 2027");
    assert_eq!(date("es", "2026-11-26"), "26 de noviembre de 2026");
    assert_eq!(date("es", "2027-06-01"), "1 de junio de 2027");
    for not_a_date in ["", "2026-13-01", "2026-11", "26/11/2026", "2026-11-00", "soon"] {
        assert_eq!(date("en", not_a_date), not_a_date);
    }
}

/// A parked app (its element gone, waiting for the next) renders nothing.
#[tokio::test]
async fn a_parked_explorer_renders_nothing() {
    let props = ExplorerProps {
        dataset: ById::new(as_the_widget_receives(built_in())),
        appointment_url: None,
        support_url: None,
        situation: None,
        on_change: None,
        all_details: false,
        parked: true,
        share_off: false,
    };
    let html = LocalServerRenderer::<Explorer>::with_props(props).hydratable(false).render().await;
    assert_eq!(html.trim(), "");
}

/// Each figure that counts people out of 100 is also pictured: per group, ten rows of ten
/// people with exactly `count` marked, hidden from screen readers, and a caption in words.
#[tokio::test]
async fn figures_out_of_100_are_pictured_with_a_caption() {
    let dataset = built_in();
    let html = render(dataset.clone(), None).await;
    // The cards come in the order of their fit, each with its figures in dataset order.
    let shown: Vec<String> =
        select(&html, "article.card").iter().map(|card| card.attr("data-option").unwrap().to_owned()).collect();
    let expected: Vec<(String, u8)> = shown
        .iter()
        .filter_map(|id| dataset.option(id))
        .flat_map(|o| &o.figures)
        .flat_map(|f| &f.out_of_100)
        .map(|group| (format!("{}: {} of 100", group.who, group.count), group.count))
        .collect();
    assert!(expected.len() >= 20, "the built-in content pictures its counts out of 100");
    let arrays = select(&html, ".figure .icon-array");
    assert_eq!(arrays.len(), expected.len());
    for (array, (caption, count)) in arrays.iter().zip(&expected) {
        assert_eq!(text(&within(array, "figcaption")[0]), *caption);
        let people = &within(array, ".people")[0];
        assert_eq!(people.attr("aria-hidden"), Some("true"));
        // Each person is a head (a zero-length stroke, `h0`) and a body: all 100 unmarked, and
        // the first `count` again over them, marked.
        let heads = |selector: &str| -> usize {
            within(people, selector).iter().map(|path| path.attr("d").unwrap_or_default().matches("h0").count()).sum()
        };
        assert_eq!(heads("path.head:not(.marked)"), 100, "{caption}");
        assert_eq!(heads("path.head.marked"), usize::from(*count), "{caption}");
        assert_eq!(within(people, "path.body").len(), 2);
        let bodies: usize = within(people, "path.body.marked")
            .iter()
            .map(|p| p.attr("d").unwrap_or_default().matches("h4").count())
            .sum();
        assert_eq!(bodies, usize::from(*count), "{caption}");
        let marked = within(people, "path.head.marked")[0].attr("d").unwrap_or_default().to_owned();
        if *count > 0 {
            assert!(marked.starts_with("M10 5"), "marked people start at the first place: {marked}");
        }
    }
}
