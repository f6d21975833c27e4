//! Browser tests of the page's components, in headless Chromium:
//! `cargo test --target wasm32-unknown-unknown -p chugiai-web` (wasm-bindgen-test-runner + chromedriver).
//!
//! Each test mounts into its own element and asserts what a reader would see: which strings are highlighted,
//! with which label, nested how. They rely only on engine facts that stay true ("Yên Bái" and "Hà Nội" are
//! places); component structure is tested with hand-made annotations.
#![cfg(target_arch = "wasm32")]

mod common;

use std::rc::Rc;

use chugiai_core::{char_slice, Annotation, Directive, Entity, Label, Strength};
use chugiai_web::components::{ReadingView, ReadingViewProps};
use chugiai_web::App;
use common::sleep;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlTextAreaElement, InputEvent, InputEventInit};

wasm_bindgen_test_configure!(run_in_browser);

fn new_root() -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    root
}

async fn mount_app() -> Element {
    let root = new_root();
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    root
}

async fn mount_view(annotation: Annotation) -> Element {
    let root = new_root();
    let props = yew::props!(ReadingViewProps { annotation: Rc::new(annotation) });
    yew::Renderer::<ReadingView>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    root
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length()).map(|i| list.item(i).unwrap().dyn_into::<Element>().unwrap()).collect()
}

/// Texts of the highlights with this label.
fn marked(root: &Element, label: &str) -> Vec<String> {
    all(root, &format!(".reading-view mark[data-label=\"{label}\"]"))
        .iter()
        .map(|e| e.text_content().unwrap_or_default())
        .collect()
}

fn reading_text(root: &Element) -> String {
    root.query_selector(".reading-view").unwrap().unwrap().text_content().unwrap()
}

/// Types or pastes: the textarea's value changes, then an `input` event bubbles up (Yew listens at the root).
async fn edit(root: &Element, text: &str) {
    let area: HtmlTextAreaElement = root.query_selector("textarea").unwrap().unwrap().dyn_into().unwrap();
    area.set_value(text);
    let init = InputEventInit::new();
    init.set_bubbles(true);
    init.set_input_type("insertFromPaste");
    let event = InputEvent::new_with_event_init_dict("input", &init).unwrap();
    area.dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
}

async fn click(root: &Element, selector: &str) {
    root.query_selector(selector).unwrap().unwrap().dyn_into::<HtmlElement>().unwrap().click();
    yew::scheduler::flush().await;
}

fn entity(text: &str, needle: &str, label: Label) -> Entity {
    let b = text.find(needle).unwrap();
    let start = text[..b].chars().count();
    let end = start + needle.chars().count();
    Entity { start, end, label, text: char_slice(text, start, end), rule: "test".into(), value: None }
}

#[wasm_bindgen_test]
async fn a_long_paste_is_saved_only_once_its_highlights_are_in() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    let root = mount_app().await;
    // Long enough to go to the workers: shown at once, its highlights to follow.
    let mut long = String::from("Bản thảo dài.\n");
    while long.len() <= chugiai_web::annotator::SYNC_LIMIT {
        long.push_str(chugiai_web::SAMPLE);
    }
    edit(&root, &long).await;
    assert_eq!(reading_text(&root), long);
    assert!(root.query_selector("progress.annotating").unwrap().is_some());
    // Regression: the page saved a text before its highlights came, and a reload in that moment restored
    // it without any. Nothing is saved until the annotation is in.
    let saved_early = storage.get_item("chugiai.base").unwrap().unwrap_or_default();
    assert!(!saved_early.contains("Bản thảo dài"), "saved before its highlights");
    for _ in 0..3000 {
        if root.query_selector("progress.annotating").unwrap().is_none() {
            break;
        }
        sleep(10).await;
    }
    assert!(marked(&root, "LOCATION").iter().filter(|t| *t == "Yên Bái").count() > 10);
    // (Saved by an effect of the render that shows them, which may come a moment later.)
    let mut saved = String::new();
    for _ in 0..200 {
        saved = storage.get_item("chugiai.base").unwrap().unwrap_or_default();
        if saved.contains("Bản thảo dài") {
            break;
        }
        sleep(10).await;
    }
    assert!(saved.contains("Bản thảo dài"), "saved once annotated");
    assert!(saved.matches("\"LOCATION\"").count() > 10, "saved with its highlights");
}

#[wasm_bindgen_test]
async fn the_sample_is_preloaded_with_yen_bai_highlighted_as_a_location() {
    let root = mount_app().await;
    let area: HtmlTextAreaElement = root.query_selector("textarea").unwrap().unwrap().dyn_into().unwrap();
    assert_eq!(area.value(), chugiai_web::SAMPLE);
    assert!(marked(&root, "LOCATION").iter().any(|t| t == "Yên Bái"));
    assert_eq!(reading_text(&root), chugiai_web::SAMPLE);
    let mark = root.query_selector("mark[data-label=\"LOCATION\"]").unwrap().unwrap();
    let class = mark.get_attribute("class").unwrap();
    assert!(class.split_whitespace().any(|c| c == "ent-location"), "one colour class per label");
    let count = root.query_selector(".legend li[data-label=\"LOCATION\"]").unwrap().unwrap();
    assert!(count.get_attribute("data-count").unwrap().parse::<usize>().unwrap() > 0);
}

#[wasm_bindgen_test]
async fn pasting_another_article_replaces_the_highlights() {
    let root = mount_app().await;
    let article = "Sáng 5/3, đoàn công tác của Hà Nội làm việc tại huyện.";
    edit(&root, article).await;
    assert_eq!(reading_text(&root), article);
    assert_eq!(marked(&root, "LOCATION"), vec!["Hà Nội".to_string()]);
    assert!(!reading_text(&root).contains("Yên Bái"));
}

#[wasm_bindgen_test]
async fn clear_empties_the_view_and_sample_brings_the_article_back() {
    let root = mount_app().await;
    click(&root, "button.clear").await;
    assert_eq!(reading_text(&root), "");
    assert!(all(&root, "mark[data-label]").is_empty());
    click(&root, "button.sample").await;
    assert_eq!(reading_text(&root), chugiai_web::SAMPLE);
    assert!(marked(&root, "LOCATION").iter().any(|t| t == "Yên Bái"));
}

#[wasm_bindgen_test]
async fn pasted_markup_stays_text() {
    let root = mount_app().await;
    let article = "Hà Nội <b>đậm</b><img src=x onerror=alert(1)><script>alert(2)</script>";
    edit(&root, article).await;
    assert_eq!(reading_text(&root), article);
    assert!(all(&root, ".reading-view b, .reading-view img, .reading-view script").is_empty());
}

#[wasm_bindgen_test]
async fn a_position_containing_an_organization_renders_nested() {
    let text = "Đồng chí Hoàng Thị Vĩnh - Trưởng Ban Dân vận Tỉnh ủy chủ trì Hội nghị.";
    let annotation = Annotation {
        id: None,
        text: text.into(),
        entities: vec![
            entity(text, "Hoàng Thị Vĩnh", Label::Person),
            entity(text, "Trưởng Ban Dân vận Tỉnh ủy", Label::Position),
            entity(text, "Ban Dân vận Tỉnh ủy", Label::Organization),
        ],
        directives: vec![],
    };
    let root = mount_view(annotation).await;
    let inner = all(&root, "mark[data-label=\"POSITION\"] > mark[data-label=\"ORGANIZATION\"]");
    assert_eq!(inner.len(), 1);
    assert_eq!(inner[0].text_content().unwrap(), "Ban Dân vận Tỉnh ủy");
    assert_eq!(marked(&root, "POSITION"), vec!["Trưởng Ban Dân vận Tỉnh ủy".to_string()]);
    assert_eq!(marked(&root, "PERSON"), vec!["Hoàng Thị Vĩnh".to_string()]);
    assert_eq!(reading_text(&root), text);
}

#[wasm_bindgen_test]
async fn a_directive_is_marked_across_its_sentence_with_its_entities_inside() {
    let text = "Hội nghị đã thành công. Đồng chí yêu cầu Sở Y tế phải hoàn thành trước ngày 30/6. Hết.";
    let sentence = "Đồng chí yêu cầu Sở Y tế phải hoàn thành trước ngày 30/6.";
    let start = text[..text.find(sentence).unwrap()].chars().count();
    let end = start + sentence.chars().count();
    let annotation = Annotation {
        id: None,
        text: text.into(),
        entities: vec![entity(text, "Sở Y tế", Label::Organization)],
        directives: vec![Directive {
            start,
            end,
            text: sentence.into(),
            issuer: None,
            addressee: Some("Sở Y tế".into()),
            deadline: Some("2023-06-30".into()),
            strength: Some(Strength::Must),
            rule: "test".into(),
        }],
    };
    let root = mount_view(annotation).await;
    let dirs = all(&root, "[data-directive]");
    assert_eq!(dirs.len(), 1);
    assert_eq!(dirs[0].get_attribute("data-directive").unwrap(), "must");
    assert_eq!(dirs[0].text_content().unwrap(), sentence);
    assert_eq!(all(&root, "[data-directive] mark[data-label=\"ORGANIZATION\"]").len(), 1);
}
