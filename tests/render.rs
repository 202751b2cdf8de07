//! The rendered markup, through Yew's server renderer: landmarks, headings, text-only content.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use mrcc_explorer::content::{Dataset, BUILT_IN_EN};
use mrcc_explorer::ui::{Explorer, ExplorerProps};
use scraper::{Html, Selector};
use yew::{AttrValue, LocalServerRenderer};

fn built_in() -> Dataset {
    serde_json::from_str(BUILT_IN_EN).unwrap()
}

async fn render(dataset: Dataset, appointment_url: Option<&str>) -> Html {
    let props = ExplorerProps {
        dataset: Rc::new(dataset),
        appointment_url: appointment_url.map(|u| AttrValue::from(u.to_owned())),
        support_url: None,
    };
    let html = LocalServerRenderer::<Explorer>::with_props(props).hydratable(false).render().await;
    Html::parse_fragment(&html)
}

fn select<'a>(html: &'a Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    html.select(&Selector::parse(css).unwrap()).collect()
}

fn text(element: &scraper::ElementRef) -> String {
    element.text().collect()
}

#[tokio::test]
async fn every_option_is_a_card_labelled_by_its_heading() {
    let dataset = built_in();
    let html = render(dataset.clone(), None).await;
    let cards = select(&html, "ul.options > li > article.card");
    assert_eq!(cards.len(), dataset.options.len());
    for (card, option) in cards.iter().zip(&dataset.options) {
        let heading_id = card.attr("aria-labelledby").unwrap();
        let heading = select(&html, &format!("article h4#{heading_id}"));
        assert_eq!(heading.len(), 1, "{heading_id}");
        assert_eq!(text(&heading[0]), option.name);
        assert_eq!(card.attr("data-option"), Some(option.id.as_str()));
        assert!(text(card).contains(&option.text));
    }
}

#[tokio::test]
async fn landmarks_headings_and_review_date() {
    let dataset = built_in();
    let html = render(dataset.clone(), Some("https://example.org/book")).await;
    let region = select(&html, "section.explorer");
    assert_eq!(region.len(), 1);
    assert_eq!(region[0].attr("lang"), Some("en"));
    let title = select(&html, "section > h2");
    assert_eq!(text(&title[0]), dataset.title);
    assert_eq!(region[0].attr("aria-labelledby"), title[0].attr("id"));
    assert_eq!(select(&html, "nav[aria-label='Next steps'] a").len(), 1);
    let time = select(&html, "footer time");
    assert_eq!(time[0].attr("datetime"), Some(dataset.reviewed.as_str()));

    // Headings come in document order h2, h3, then one h4 per option.
    let levels: Vec<_> = select(&html, "h1, h2, h3, h4, h5, h6").iter().map(|h| h.value().name().to_owned()).collect();
    assert_eq!(levels[..2], ["h2", "h3"]);
    assert!(levels[2..].iter().all(|l| l == "h4"));
}

#[tokio::test]
async fn dataset_text_is_escaped_never_markup() {
    let mut dataset = built_in();
    dataset.options[0].name = "<img src=x onerror=alert(1)>".into();
    dataset.intro[0] = "<script>alert(1)</script>".into();
    let html = render(dataset, None).await;
    assert!(select(&html, "img, script").is_empty());
    assert_eq!(text(&select(&html, "h4")[0]), "<img src=x onerror=alert(1)>");
    assert_eq!(text(&select(&html, ".intro p")[0]), "<script>alert(1)</script>");
}

#[tokio::test]
async fn links_need_a_safe_url() {
    let html = render(built_in(), Some("https://example.org/book")).await;
    let links = select(&html, "a.action");
    assert_eq!(links.len(), 1, "the support link has no URL, so it is left out rather than dead");
    assert_eq!(links[0].attr("href"), Some("https://example.org/book"));
    assert_eq!(text(&links[0]), "Make an appointment");

    let html = render(built_in(), Some("javascript:alert(1)")).await;
    assert!(select(&html, "a[href^='javascript']").is_empty());
    assert!(select(&html, "nav").is_empty(), "no safe links, so no navigation landmark");
}
