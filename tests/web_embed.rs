//! Browser tests of the embed exports (src/embed.rs), in headless Chromium:
//! `cargo test --target wasm32-unknown-unknown -p chugiai-web --test web_embed`.
//!
//! `renderApp` shows the given article with its options and saves nothing, `destroyApp` removes it, two apps
//! are independent; `annotateJson` gives the annotation-format JSON. (The shadow root, the stylesheet and the
//! <chu-giai> element are the embed script's, tested end to end in tests/e2e/embed.test.mjs.)
#![cfg(target_arch = "wasm32")]

use chugiai_web::embed;
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

fn container() -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let el = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&el).unwrap();
    el
}

fn marks(root: &Element, label: &str) -> Vec<String> {
    let list = root.query_selector_all(&format!(".reading-view mark[data-label=\"{label}\"]")).unwrap();
    (0..list.length()).filter_map(|i| list.item(i)).filter_map(|n| n.text_content()).collect()
}

#[wasm_bindgen_test]
async fn render_app_shows_the_given_article_with_its_options_and_destroy_removes_it() {
    let el = container();
    let article = "Sáng 5/3, đoàn công tác của Hà Nội làm việc tại Đà Nẵng.";
    let id = embed::render_app(el.clone(), article, "LOCATION", true, "dark", "en", true);
    yew::scheduler::flush().await;
    assert!(marks(&el, "LOCATION").contains(&"Hà Nội".to_string()));
    assert!(el.query_selector("textarea").unwrap().is_none(), "read-only: no paste box");
    let app = el.query_selector(".app").unwrap().unwrap();
    assert_eq!(app.get_attribute("lang").as_deref(), Some("en"));
    assert_eq!(app.get_attribute("data-theme").as_deref(), Some("dark"));
    let view = el.query_selector(".reading-view").unwrap().unwrap();
    assert!(!view.get_attribute("data-hidden").unwrap_or_default().contains("LOCATION"));
    assert!(view.get_attribute("data-hidden").unwrap_or_default().contains("DATE"));
    embed::destroy_app(id);
    embed::destroy_app(id); // twice: nothing
    yew::scheduler::flush().await;
    assert!(el.query_selector(".app").unwrap().is_none(), "destroyApp removes the app");
}

#[wasm_bindgen_test]
async fn two_apps_on_one_page_are_independent() {
    let (a, b) = (container(), container());
    embed::render_app(a.clone(), "Ông Trần Văn Nam về thăm Huế.", "", true, "", "", false);
    embed::render_app(b.clone(), "Đoàn công tác làm việc tại Yên Bái.", "", true, "", "", false);
    yew::scheduler::flush().await;
    assert!(marks(&a, "LOCATION").contains(&"Huế".to_string()));
    assert!(marks(&b, "LOCATION").contains(&"Yên Bái".to_string()));
    assert!(!marks(&a, "LOCATION").contains(&"Yên Bái".to_string()));
    assert!(a.query_selector("textarea").unwrap().is_some(), "editable: the paste box is there");
}

#[wasm_bindgen_test]
fn annotate_json_gives_the_annotation_with_code_point_offsets() {
    let text = "Sáng 5/3, đoàn công tác của Hà Nội làm việc tại Đà Nẵng.";
    let json: serde_json::Value = serde_json::from_str(&embed::annotate_json(text)).unwrap();
    assert_eq!(json["text"], text);
    let entities = json["entities"].as_array().unwrap();
    assert!(entities.iter().any(|e| e["label"] == "LOCATION" && e["text"] == "Hà Nội" && e["start"] == 28));
}
