//! Browser tests of the embed exports (src/embed.rs), in headless Chromium:
//! `cargo test --target wasm32-unknown-unknown -p chugiai-web --test web_embed`.
//!
//! `mount` puts the app in the element's shadow root and nothing in the light DOM; `annotateJson` gives the
//! annotation-format JSON. (The <chu-giai> element and the stylesheet are the embed script's, tested end to end
//! in tests/e2e/embed.test.mjs.)
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

fn host() -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let el = document.create_element("div").unwrap();
    el.set_text_content(Some("the host's own content"));
    document.body().unwrap().append_child(&el).unwrap();
    el
}

fn options(pairs: &[(&str, JsValue)]) -> JsValue {
    let o = js_sys::Object::new();
    for (k, v) in pairs {
        js_sys::Reflect::set(&o, &JsValue::from_str(k), v).unwrap();
    }
    o.into()
}

fn marks(root: &web_sys::ShadowRoot, label: &str) -> Vec<String> {
    let list = root.query_selector_all(&format!(".reading-view mark[data-label=\"{label}\"]")).unwrap();
    (0..list.length()).filter_map(|i| list.item(i)).filter_map(|n| n.text_content()).collect()
}

#[wasm_bindgen_test]
async fn mount_renders_the_given_article_in_a_shadow_root_and_leaves_the_light_dom_alone() {
    let el = host();
    let article = "Sáng 5/3, đoàn công tác của Hà Nội làm việc tại Đà Nẵng.";
    let mut app = chugiai_web::embed::mount(
        el.clone(),
        options(&[("text", article.into()), ("readOnly", true.into()), ("lang", "en".into())]),
    )
    .unwrap();
    yew::scheduler::flush().await;
    let root = el.shadow_root().expect("a shadow root");
    assert!(marks(&root, "LOCATION").contains(&"Hà Nội".to_string()));
    assert!(root.query_selector("textarea").unwrap().is_none(), "read-only: no paste box");
    assert_eq!(root.query_selector(".app").unwrap().unwrap().get_attribute("lang").as_deref(), Some("en"));
    assert_eq!(el.inner_html(), "the host's own content");
    app.unmount();
    yew::scheduler::flush().await;
    assert!(root.query_selector(".app").unwrap().is_none(), "unmount removes the app");
}

#[wasm_bindgen_test]
async fn two_mounts_on_one_page_are_independent() {
    let (a, b) = (host(), host());
    let _x =
        chugiai_web::embed::mount(a.clone(), options(&[("text", "Ông Trần Văn Nam về thăm Huế.".into())]))
            .unwrap();
    let _y = chugiai_web::embed::mount(
        b.clone(),
        options(&[("text", "Đoàn công tác làm việc tại Yên Bái.".into())]),
    )
    .unwrap();
    yew::scheduler::flush().await;
    assert!(marks(&a.shadow_root().unwrap(), "LOCATION").contains(&"Huế".to_string()));
    assert!(marks(&b.shadow_root().unwrap(), "LOCATION").contains(&"Yên Bái".to_string()));
    assert!(!marks(&a.shadow_root().unwrap(), "LOCATION").contains(&"Yên Bái".to_string()));
}

#[wasm_bindgen_test]
fn annotate_json_gives_the_annotation_with_code_point_offsets() {
    let text = "Sáng 5/3, đoàn công tác của Hà Nội làm việc tại Đà Nẵng.";
    let json: serde_json::Value = serde_json::from_str(&chugiai_web::embed::annotate_json(text)).unwrap();
    assert_eq!(json["text"], text);
    let entities = json["entities"].as_array().unwrap();
    assert!(entities.iter().any(|e| e["label"] == "LOCATION" && e["text"] == "Hà Nội" && e["start"] == 28));
}
