//! Yew in a real headless Chromium: the app mounted into shadow roots, as the element does it.
#![cfg(target_arch = "wasm32")]

use mrcc_check::BUILT_IN_EN;
use mrcc_core::embed::{configure, mount, mounted_count, provide_built_in, provide_details, unmount, update};
use mrcc_model::{pack, split, unpack};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};

wasm_bindgen_test_configure!(run_in_browser);

/// What the validator module does with a host's dataset (`src/validator`), with the same
/// float parser: JavaScript's.
fn pack_dataset(text: &str) -> Result<Vec<u8>, String> {
    let parse_float = |number: &str| Some(js_sys::Number::parse_float(number));
    match mrcc_check::pack_for_widget(text, None, parse_float, None)? {
        mrcc_check::Packed::Dataset(bytes, _warnings) => Ok(bytes),
        mrcc_check::Packed::NeedsBase(language) => Err(format!("an overlay on the built-in {language} content")),
    }
}

struct Host {
    element: HtmlElement,
    shadow: ShadowRoot,
    id: u32,
}

impl Host {
    /// A host element with an open shadow root and a mount `<div>` in it, like the custom element.
    fn mount(appointment_url: Option<&str>) -> Host {
        Host::try_mount(config(appointment_url)).unwrap()
    }

    fn try_mount(config: Config) -> Result<Host, JsValue> {
        provide_built_in_content();
        let document = web_sys::window().unwrap().document().unwrap();
        let element: HtmlElement = document.create_element("div").unwrap().unchecked_into();
        document.body().unwrap().append_child(&element).unwrap();
        let shadow = element.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)).unwrap();
        let root = document.create_element("div").unwrap();
        shadow.append_child(&root).unwrap();
        // The core passes each change's detail as JSON text; the element parses it, as here.
        let notify = js_sys::Function::new_with_args("json", "(window.__changes ??= []).push(JSON.parse(json))");
        config.apply();
        match mount(root, notify, None) {
            Ok(id) => Ok(Host { element, shadow, id }),
            Err(error) => {
                element.remove();
                Err(error)
            }
        }
    }

    fn all(&self, css: &str) -> Vec<Element> {
        let list = self.shadow.query_selector_all(css).unwrap();
        (0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()).collect()
    }

    fn hrefs(&self) -> Vec<String> {
        self.all("a.action").iter().filter_map(|a| a.get_attribute("href")).collect()
    }
}

impl Drop for Host {
    fn drop(&mut self) {
        unmount(self.id);
        self.element.remove();
    }
}

/// The configuration the element passes before a mount or update (`configure`, typed
/// parameters in the contract's order).
#[derive(Default)]
struct Config {
    appointment_url: Option<String>,
    language: Option<String>,
    dataset: Option<Vec<u8>>,
    reload_dataset: bool,
}

impl Config {
    fn apply(self) {
        configure(self.appointment_url, None, None, self.language, self.dataset, false, self.reload_dataset);
    }
}

fn config(appointment_url: Option<&str>) -> Config {
    config_with_dataset(appointment_url, None)
}

/// `update` with a configuration, as the element calls it.
fn update_with(id: u32, config: Config) -> Result<(), JsValue> {
    config.apply();
    update(id)
}

/// What the element does once per page: gives the core the packed built-in content.
fn provide_built_in_content() {
    thread_local!(static PROVIDED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) });
    if !PROVIDED.with(|provided| provided.replace(true)) {
        provide_built_in("en", &pack_dataset(BUILT_IN_EN).unwrap());
    }
}

/// A host's own dataset as the element passes it: packed by the validator module.
fn config_with_dataset(appointment_url: Option<&str>, dataset: Option<&str>) -> Config {
    config_with_packed(appointment_url, dataset.map(|text| pack_dataset(text).unwrap()).as_deref())
}

fn config_with_packed(appointment_url: Option<&str>, dataset: Option<&[u8]>) -> Config {
    Config {
        appointment_url: appointment_url.map(str::to_owned),
        dataset: dataset.map(<[u8]>::to_vec),
        ..Config::default()
    }
}

/// The built-in dataset with its title replaced: a host's own dataset.
fn custom_dataset(title: &str) -> String {
    let mut value: js_sys::Object = js_sys::JSON::parse(BUILT_IN_EN).unwrap().unchecked_into();
    let meta = js_sys::Reflect::get(&value, &"meta".into()).unwrap();
    js_sys::Reflect::set(&meta, &"title".into(), &title.into()).unwrap();
    value = value.unchecked_into();
    String::from(js_sys::JSON::stringify(&value).unwrap())
}

#[wasm_bindgen_test]
async fn renders_every_option_card_inside_the_shadow_root() {
    let host = Host::mount(None);
    yew::scheduler::flush().await;
    let names: Vec<String> = host.all("article.card h4").iter().filter_map(|h| h.text_content()).collect();
    assert_eq!(names.len(), 11, "{names:?}");
    // Before any answer, the options often used come first: immunotherapy (the usual first
    // medicine for the most common type) and supportive care (for everyone), in dataset order.
    assert_eq!(names[..2], ["Immunotherapy", "Supportive or palliative care"]);
    assert!(names.contains(&"Immunotherapy".to_owned()));
    // Nothing leaks into the light DOM.
    assert_eq!(host.element.child_element_count(), 0);
}

#[wasm_bindgen_test]
async fn two_instances_are_independent() {
    let first = Host::mount(Some("https://example.org/a"));
    let second = Host::mount(Some("https://example.org/b"));
    yew::scheduler::flush().await;
    assert_eq!(first.all("article.card").len(), 11);
    assert_eq!(second.all("article.card").len(), 11);
    assert_eq!(first.hrefs(), ["https://example.org/a"]);
    assert_eq!(second.hrefs(), ["https://example.org/b"]);

    update_with(first.id, config(Some("tel:+15550100"))).unwrap();
    yew::scheduler::flush().await;
    assert_eq!(first.hrefs(), ["tel:+15550100"]);
    assert_eq!(second.hrefs(), ["https://example.org/b"], "updating one must not touch the other");

    let before = mounted_count();
    drop(first);
    yew::scheduler::flush().await;
    assert_eq!(mounted_count(), before - 1);
    assert_eq!(second.all("article.card").len(), 11, "the other instance keeps working");
}

#[wasm_bindgen_test]
async fn unsafe_or_missing_attribute_values_never_become_links() {
    let host = Host::mount(Some("javascript:alert(1)"));
    yew::scheduler::flush().await;
    assert!(host.hrefs().is_empty());
    // Plain http neither: links are https, mailto or tel only.
    update_with(host.id, config(Some("http://hospital.example/appointments"))).unwrap();
    yew::scheduler::flush().await;
    assert!(host.hrefs().is_empty(), "{:?}", host.hrefs());
    // An update with no configuration set takes the defaults.
    update(host.id).unwrap();
    yew::scheduler::flush().await;
    assert_eq!(host.all("article.card").len(), 11, "a missing config falls back to defaults");
}

#[wasm_bindgen_test]
fn unknown_ids_are_ignored() {
    unmount(u32::MAX);
    update_with(u32::MAX, Config::default()).unwrap();
}

#[wasm_bindgen_test]
async fn a_host_dataset_replaces_the_built_in_content() {
    let host = Host::try_mount(config_with_dataset(None, Some(&custom_dataset("Our hospital's guide")))).unwrap();
    yew::scheduler::flush().await;
    let title = host.all("h2")[0].text_content().unwrap();
    assert_eq!(title, "Our hospital's guide");

    update_with(host.id, config_with_dataset(None, Some(&custom_dataset("Updated guide")))).unwrap();
    yew::scheduler::flush().await;
    assert_eq!(host.all("h2")[0].text_content().unwrap(), "Updated guide");
    // An update without a dataset keeps the current one.
    update_with(host.id, config(Some("https://example.org/x"))).unwrap();
    yew::scheduler::flush().await;
    assert_eq!(host.all("h2")[0].text_content().unwrap(), "Updated guide");
}

/// The validator module refuses a host's dataset with every problem and its JSON path.
#[wasm_bindgen_test]
fn invalid_datasets_are_refused_with_the_json_path() {
    let message = |text: &str| pack_dataset(text).err().unwrap();
    // Cut inside a string value, half way: the text ends before the value does.
    let truncated = &BUILT_IN_EN[..BUILT_IN_EN[..BUILT_IN_EN.len() / 2].rfind(": \"").unwrap() + 4];
    assert!(message(truncated).starts_with("error: dataset: unexpected end of the text"), "{}", message(truncated));

    let wrong = BUILT_IN_EN.replacen("\"multiple\": false", "\"multiple\": \"no\"", 1);
    assert!(message(&wrong).contains("criteria[0].multiple"), "{}", message(&wrong));

    // A struct given as an array or a number is refused with its path.
    let array_meta = BUILT_IN_EN.replacen("\"meta\": {", "\"meta\": [], \"unused\": {", 1);
    let found = message(&array_meta);
    assert!(found.contains("meta: invalid type: a list, expected an object"), "{found}");
    // Every structural problem at once, not only the first.
    assert!(found.contains("unused: unknown field `unused`"), "{found}");

    // Hostile nesting is refused, not allowed to exhaust the wasm stack.
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(message(&deep).contains("nested at most 64 levels"), "{}", message(&deep));

    let extra_field = BUILT_IN_EN.replacen("{", "{\"colour\": 1, ", 1);
    assert!(message(&extra_field).contains("unknown field `colour`"), "{}", message(&extra_field));

    let unsafe_link = BUILT_IN_EN.replacen(
        "\"label\": \"Make an appointment\"",
        "\"label\": \"Make an appointment\", \"url\": \"javascript:alert(1)\"",
        1,
    );
    let found = message(&unsafe_link);
    assert!(found.contains("links[0].url: expected an https, mailto or tel link"), "{found}");
}

/// A host's Spanish dataset without interface strings of its own still gets the Spanish
/// interface: the validator module adds the built-in table, which the core does not carry.
#[wasm_bindgen_test]
async fn a_spanish_host_dataset_gets_the_spanish_interface() {
    let spanish = include_str!("../content/es.json");
    assert!(!spanish.contains("\"ui\""), "the built-in Spanish dataset relies on the built-in table");
    let packed = pack_dataset(spanish).unwrap();
    let host = Host::try_mount(config_with_packed(None, Some(&packed))).unwrap();
    yew::scheduler::flush().await;
    let headings: Vec<String> = host.all("h3").iter().filter_map(|h| h.text_content()).collect();
    assert!(headings.iter().any(|h| h == "Su situación"), "{headings:?}");
    assert!(headings.iter().any(|h| h == "Opciones de tratamiento"), "{headings:?}");
}

/// The core takes only packs of its own version: anything else is `invalid-data`, not a panic.
#[wasm_bindgen_test]
fn damaged_packs_are_refused_with_a_code() {
    let code_and_message = |error: JsValue| {
        let get =
            |key: &str| js_sys::Reflect::get(&error, &key.into()).ok().and_then(|v| v.as_string()).unwrap_or_default();
        (get("code"), get("message"))
    };
    let packed = pack_dataset(BUILT_IN_EN).unwrap();
    for bytes in [&packed[..packed.len() / 2], BUILT_IN_EN.as_bytes(), &[]] {
        let (code, message) = code_and_message(Host::try_mount(config_with_packed(None, Some(bytes))).err().unwrap());
        assert_eq!(code, "invalid-data");
        assert!(message.starts_with("dataset: the packed content is damaged"), "{message}");
    }
}

impl Host {
    fn click(&self, css: &str) {
        let element = self.shadow.query_selector(css).unwrap().unwrap_or_else(|| panic!("no {css}"));
        element.unchecked_into::<HtmlElement>().click();
    }

    fn texts(&self, css: &str) -> Vec<String> {
        self.all(css).iter().filter_map(|e| e.text_content()).collect()
    }

    fn fit_of(&self, option: &str) -> String {
        self.all(&format!("article[data-option='{option}']"))[0].get_attribute("data-fit").unwrap()
    }
}

#[wasm_bindgen_test]
async fn each_answer_updates_fit_order_reasons_and_status() {
    let host = Host::mount(None);
    yew::scheduler::flush().await;
    let status_before = host.texts("[role='status'].status")[0].clone();
    assert_eq!(host.fit_of("cytoreductive-nephrectomy"), "possible");

    host.click("#choice-primary-removed");
    yew::scheduler::flush().await;
    assert_eq!(host.fit_of("cytoreductive-nephrectomy"), "unlikely");
    let reasons = host.texts("article[data-option='cytoreductive-nephrectomy'] .reasons")[0].clone();
    assert!(reasons.contains("already been taken out"), "{reasons}");
    assert_ne!(host.texts("[role='status'].status")[0], status_before);
    // Unlikely options come last; the order follows the fits.
    let fits: Vec<String> = host.all("article.card").iter().map(|c| c.get_attribute("data-fit").unwrap()).collect();
    assert_eq!(fits.last().unwrap(), "unlikely");

    host.click("#choice-histology-non-clear-cell");
    yew::scheduler::flush().await;
    assert_eq!(host.fit_of("clinical-trial"), "likely");
    assert_eq!(host.fit_of("targeted-therapy"), "likely");

    host.click("#choice-sites-three-or-more");
    yew::scheduler::flush().await;
    assert_eq!(host.fit_of("metastasectomy"), "unlikely");

    host.click("#choice-locations-bone");
    yew::scheduler::flush().await;
    let sbrt = host.texts("article[data-option='sbrt'] .reasons")[0].clone();
    assert!(sbrt.contains("in a bone"), "{sbrt}");
    // Spots in the brain need treatment first: radiosurgery often, waiting and IL-2 usually not.
    host.click("#choice-locations-brain");
    yew::scheduler::flush().await;
    assert_eq!(host.fit_of("sbrt"), "likely");
    assert_eq!(host.fit_of("high-dose-il2"), "unlikely");
    assert!(host.texts("article[data-option='sbrt'] .reasons")[0].contains("radiosurgery"));
    host.click("#choice-locations-brain"); // unticked again

    host.click("#choice-prior-systemic-yes");
    host.click("#choice-risk-poor");
    yew::scheduler::flush().await;
    assert_eq!(host.fit_of("active-surveillance"), "unlikely");

    // "I'm not sure" takes the answer back: nothing it affected stays unlikely.
    host.click("#choice-primary-unknown");
    host.click("#choice-risk-unknown");
    yew::scheduler::flush().await;
    assert_eq!(host.fit_of("cytoreductive-nephrectomy"), "possible");
    assert_eq!(host.fit_of("active-surveillance"), "possible");

    host.click(".situation > button.secondary"); // Start over
    yew::scheduler::flush().await;
    assert!(host.all("section.situation input:checked").is_empty());
    assert_eq!(host.texts("[role='status'].status")[0], status_before);
}

#[wasm_bindgen_test]
async fn compare_questions_values_and_risk_checklist() {
    let host = Host::mount(None);
    yew::scheduler::flush().await;
    assert!(host.all("table.compare-table").is_empty());
    host.click("#compare-immunotherapy");
    host.click("#compare-sbrt");
    yew::scheduler::flush().await;
    let columns = host.texts("table.compare-table thead th");
    assert!(columns[0].starts_with("Immunotherapy") && columns[1].starts_with("Stereotactic"), "{columns:?}");
    // How each fits the reader, then the seven aspects.
    assert_eq!(host.all("table.compare-table tbody tr").len(), 8);
    assert_eq!(host.all(".compare-chosen button").len(), 2, "one Remove per option, outside the table");
    host.click("#compare-metastasectomy");
    yew::scheduler::flush().await;
    // Three is the most: the others are disabled.
    let disabled = host.all("input[id^='compare-']:disabled").len();
    assert_eq!(disabled, 8);

    // Add an option's question (its details render when first opened), then one's own; remove one.
    host.click("article[data-option='sbrt'] .details > button.learn-more");
    yew::scheduler::flush().await;
    host.click("article[data-option='sbrt'] .questions button");
    yew::scheduler::flush().await;
    let input: web_sys::HtmlInputElement =
        host.shadow.query_selector("#own-question").unwrap().unwrap().unchecked_into();
    input.set_value("Can I keep working?");
    input.dispatch_event(&web_sys::InputEvent::new("input").unwrap()).unwrap();
    yew::scheduler::flush().await;
    host.click(".own-question button[type='submit']");
    yew::scheduler::flush().await;
    let list = host.texts(".question-list li > span:first-child");
    assert_eq!(list, ["How many spots could SBRT treat in my case?", "Can I keep working?"]);
    assert_eq!(host.texts("article[data-option='sbrt'] .questions .added").len(), 1);
    host.click(".question-list li button");
    yew::scheduler::flush().await;
    assert_eq!(host.texts(".question-list li > span:first-child"), ["Can I keep working?"]);

    // Values never reorder the options.
    let order: Vec<String> = host.all("article.card").iter().map(|c| c.get_attribute("data-option").unwrap()).collect();
    host.click("#value-avoid-surgery-very");
    yew::scheduler::flush().await;
    let after: Vec<String> = host.all("article.card").iter().map(|c| c.get_attribute("data-option").unwrap()).collect();
    assert_eq!(order, after);

    // Risk checklist (rendered when first opened): nothing ticked names no group (it is not
    // "no signs"); "none of these" is favorable; 3 signs is poor risk, and it can set the answer.
    assert!(host.all("details.risk fieldset").is_empty(), "closed, it holds only its summary");
    host.click("details.risk > summary");
    yew::scheduler::flush().await;
    let result = host.texts(".risk-result")[0].clone();
    assert!(!result.contains("risk"), "{result}");
    assert!(host.all("details.risk button.secondary").is_empty());
    host.click("#risk-none");
    yew::scheduler::flush().await;
    assert!(host.texts(".risk-result")[0].contains("favorable risk"));
    for factor in ["hemoglobin", "calcium", "platelets"] {
        host.click(&format!("#risk-{factor}"));
    }
    yew::scheduler::flush().await;
    let result = host.texts(".risk-result")[0].clone();
    assert!(result.contains("3 of 6") && result.contains("poor risk"), "{result}");
    assert!(host.all("#risk-none:checked").is_empty(), "a ticked sign clears \"none of these\"");
    host.click("details.risk button.secondary");
    yew::scheduler::flush().await;
    assert!(host.all("#choice-risk-poor:checked").len() == 1);
    assert_eq!(host.fit_of("cytoreductive-nephrectomy"), "unlikely");
}

#[wasm_bindgen_test]
async fn summary_shows_the_readers_choices_and_marks_the_host() {
    let host = Host::mount(None);
    yew::scheduler::flush().await;
    host.click("#choice-histology-clear-cell");
    host.click("#compare-immunotherapy");
    host.click("#compare-targeted-therapy");
    yew::scheduler::flush().await;
    host.click(".summary-cta button");
    yew::scheduler::flush().await;
    let summary = host.texts("section.summary-page")[0].clone();
    assert!(summary.contains("Clear cell") && summary.contains("Not answered"), "{summary}");
    assert_eq!(host.all("section.summary-page table.compare-table").len(), 1);
    assert!(host.all("section.situation").is_empty(), "the summary replaces the explorer");
    assert!(host.element.has_attribute("data-mrcc-summary"));
    // Focus moved to the summary heading.
    let active = host.shadow.active_element().map(|e| e.id());
    assert_eq!(active.as_deref(), Some("mrcc-summary"));

    host.click(".summary-actions button:last-child"); // Back
    yew::scheduler::flush().await;
    assert!(!host.element.has_attribute("data-mrcc-summary"));
    assert_eq!(host.all("#choice-histology-clear-cell:checked").len(), 1, "answers are kept");
}

#[wasm_bindgen_test]
async fn glossary_words_open_in_place() {
    let host = Host::mount(None);
    yew::scheduler::flush().await;
    let term = ".condition button.term";
    let expanded = || host.all(term)[0].get_attribute("aria-expanded");
    let hidden = || host.all(".condition .definition")[0].has_attribute("hidden");
    assert_eq!((expanded().as_deref(), hidden()), (Some("false"), true));
    host.click(term);
    yew::scheduler::flush().await;
    assert_eq!((expanded().as_deref(), hidden()), (Some("true"), false));
    assert!(host.texts(".condition .definition")[0].contains("spread"));
    // The open word stays open while the explorer re-renders for a new answer.
    host.click("#choice-histology-clear-cell");
    yew::scheduler::flush().await;
    assert_eq!(host.all("#choice-histology-clear-cell:checked").len(), 1);
    assert_eq!((expanded().as_deref(), hidden()), (Some("true"), false));
    host.click(term);
    yew::scheduler::flush().await;
    assert_eq!((expanded().as_deref(), hidden()), (Some("false"), true));
}

#[wasm_bindgen_test]
async fn changes_are_reported_as_json_in_display_order() {
    let window = web_sys::window().unwrap();
    js_sys::Reflect::set(&window, &"__changes".into(), &js_sys::Array::new()).unwrap();
    let host = Host::mount(None);
    yew::scheduler::flush().await;
    host.click("#choice-primary-removed");
    yew::scheduler::flush().await;
    let changes = js_sys::Array::from(&js_sys::Reflect::get(&window, &"__changes".into()).unwrap());
    assert_eq!(changes.length(), 2, "one after the first render, one after the answer");
    let last = changes.get(1);
    let json = String::from(js_sys::JSON::stringify(&last).unwrap());
    assert!(json.starts_with("{\"situation\":\"primary=removed\",\"results\":[{\"id\":"), "{json}");
    let results = js_sys::Array::from(&js_sys::Reflect::get(&last, &"results".into()).unwrap());
    assert_eq!(results.length(), 11);
    let ids: Vec<String> =
        results.iter().map(|r| js_sys::Reflect::get(&r, &"id".into()).unwrap().as_string().unwrap()).collect();
    let shown: Vec<String> = host.all("article.card").iter().map(|c| c.get_attribute("data-option").unwrap()).collect();
    assert_eq!(ids, shown, "results in display order");
    // Round-trips through JSON unchanged: no Map, no undefined.
    let again = js_sys::JSON::parse(&json).unwrap();
    assert_eq!(String::from(js_sys::JSON::stringify(&again).unwrap()), json);
    let described = mrcc_core::embed::describe(host.id);
    let described = String::from(js_sys::JSON::stringify(&described).unwrap());
    assert!(described.contains("\"language\":\"en\"") && described.contains("\"optionCount\":11"), "{described}");
}

/// The built-in content arrives in two parts, as the element fetches them: the first screen
/// renders from the first (each closed option says its details are loading), and the details
/// complete it in place, keeping the reader's answers. Damaged details change nothing.
#[wasm_bindgen_test]
async fn details_that_follow_the_first_render_complete_it_in_place() {
    // Another language than the other tests' whole English content: the parts are per language.
    let whole =
        unpack(&pack_dataset(&BUILT_IN_EN.replace("\"language\": \"en\"", "\"language\": \"es\"")).unwrap()).unwrap();
    let (start, details) = split(&whole);
    provide_built_in("es", &pack(&start));
    let language_config = || Config { language: Some("es".to_owned()), ..Config::default() };
    let host = Host::try_mount(language_config()).unwrap();
    yew::scheduler::flush().await;
    assert_eq!(host.all("article.card").len(), 11);
    assert_eq!(host.all(".details .loading").len(), 11, "every closed option waits for its details");
    host.click("#choice-locations-brain");
    yew::scheduler::flush().await;
    // The risk checklist's text comes with the details too: opened before, it says so.
    host.click("details.risk > summary");
    yew::scheduler::flush().await;
    assert_eq!(host.all("details.risk .loading").len(), 1);
    assert!(host.all("details.risk fieldset").is_empty());

    assert!(!provide_details("es", &pack(&details)[..100]), "damaged details are refused");
    assert!(provide_details("es", &pack(&details)));
    assert!(!provide_details("es", &pack(&details)), "given once");
    update_with(host.id, Config { reload_dataset: true, ..language_config() }).unwrap();
    yew::scheduler::flush().await;
    assert!(host.all(".details .loading").is_empty());
    assert!(host.all("details.risk .loading").is_empty() && host.all("details.risk fieldset").len() == 1);
    host.click("article[data-option='immunotherapy'] .details > button.learn-more");
    yew::scheduler::flush().await;
    host.click("article[data-option='immunotherapy'] button.more-detail");
    yew::scheduler::flush().await;
    assert!(host.texts("article[data-option='immunotherapy'] .details")[0].contains("checkpoint inhibitors"));
    assert_eq!(host.fit_of("sbrt"), "likely", "the reader's answers stay");
}

/// After each action that removes or replaces the pressed control, focus lands on a named
/// element in the widget (never the page's body), and the status region says what happened.
#[wasm_bindgen_test]
async fn focus_follows_actions_that_replace_their_control() {
    let host = Host::mount(None);
    yew::scheduler::flush().await;
    let focused = |host: &Host| -> String {
        let active = host.shadow.active_element().expect("focus stays inside the widget");
        format!("{}#{}.{}", active.tag_name().to_lowercase(), active.id(), active.class_name())
    };
    // Every other message ends in a no-break space, so that a repeat is announced: the words.
    let said = |host: &Host| host.texts(".explorer > p.visually-hidden[role='status']")[0].trim().to_owned();

    host.click("article[data-option='immunotherapy'] .details > button.learn-more");
    yew::scheduler::flush().await;
    host.click("article[data-option='immunotherapy'] .questions button");
    yew::scheduler::flush().await;
    assert_eq!(focused(&host), "span#added-immunotherapy-0.added");
    assert_eq!(said(&host), "Added to my questions.");

    host.click("details.risk > summary"); // the reader opens the checklist to use it
    yew::scheduler::flush().await;
    host.click("#risk-none");
    yew::scheduler::flush().await;
    host.click("details.risk button.secondary");
    yew::scheduler::flush().await;
    assert_eq!(focused(&host), "p#.hint risk-used");
    assert!(host.all("#choice-risk-favorable:checked").len() == 1);

    host.click(".question-list button");
    yew::scheduler::flush().await;
    assert_eq!(focused(&host), "input#own-question.");
    assert_eq!(said(&host), "Removed.");

    host.click("#compare-immunotherapy");
    host.click("#compare-sbrt");
    yew::scheduler::flush().await;
    host.click(".compare-chosen button");
    yew::scheduler::flush().await;
    assert_eq!(focused(&host), "h3#mrcc-compare.");

    // Start over can be undone; focus goes to Undo, then back to Start over.
    host.click(".situation > button.secondary");
    yew::scheduler::flush().await;
    assert!(host.all("#choice-risk-favorable:checked").is_empty());
    assert_eq!(focused(&host), "button#.small");
    assert!(said(&host).contains("Your questions were kept"));
    host.click(".undo button");
    yew::scheduler::flush().await;
    assert_eq!(host.all("#choice-risk-favorable:checked").len(), 1, "the answers are back");
    assert!(host.all(".undo").is_empty());
    assert_eq!(focused(&host), "button#.secondary");
}

/// The validator module parses the text itself, as the CLI does: a repeated key is reported
/// with its path instead of silently dropped by `JSON.parse`.
#[wasm_bindgen_test]
fn a_repeated_key_is_refused_as_the_cli_refuses_it() {
    let text = BUILT_IN_EN.replacen(
        "\"title\": \"Treatment options",
        "\"title\": \"Lost\", \"title\": \"Treatment options",
        1,
    );
    let error = pack_dataset(&text).unwrap_err();
    assert!(error.starts_with("error: meta.title: duplicate field `title`"), "{error}");
    let cli = mrcc_check::check_json(&text, None);
    assert_eq!(
        cli.problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"),
        error,
        "the CLI's words exactly"
    );
}

/// The English and Spanish long dates the widget writes without `Intl` (it would cost the first
/// render its locale data) are the ones `Intl.DateTimeFormat` writes; other languages get
/// `Intl`'s own.
#[wasm_bindgen_test]
fn long_dates_match_intl() {
    use mrcc_core::ui::intl::date;
    let intl = |language: &str, iso: &str| -> String {
        let options = js_sys::Object::new();
        js_sys::Reflect::set(&options, &"dateStyle".into(), &"long".into()).unwrap();
        js_sys::Reflect::set(&options, &"timeZone".into(), &"UTC".into()).unwrap();
        let format = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::of1(&language.into()), &options).format();
        let when = js_sys::Date::new(&iso.into());
        format.call1(&JsValue::NULL, &when).unwrap().as_string().unwrap()
    };
    for month in 1..=12 {
        let iso = format!("2026-{month:02}-{:02}", month + 3);
        for language in ["en", "es", "de", "vi"] {
            assert_eq!(date(language, &iso), intl(language, &iso), "{language} {iso}");
        }
    }
}

/// The security review of 2026-12-07, F1: a language tag that `Intl` refuses made its
/// constructor throw a RangeError through the wasm, which left Yew's scheduler locked for every
/// instance on the page. The formatters are now caught: plain digits, ISO dates, "one" for 1;
/// and the same language a second time (the cached refusal) as well.
#[wasm_bindgen_test]
fn a_language_that_intl_refuses_falls_back_to_plain_numbers_and_iso_dates() {
    use mrcc_core::ui::intl::{date, is_one, number};
    for language in ["vi-x", "de-1996-1996", "zz-1"] {
        for _ in 0..2 {
            assert_eq!(number(language, 12345), "12345", "{language}");
            assert!(is_one(language, 1) && !is_one(language, 2), "{language}");
            assert_eq!(date(language, "2026-11-26"), "2026-11-26", "{language}");
        }
    }
    // A language it takes still gets its own formatting.
    assert_eq!(number("de", 12345), "12.345");
}
