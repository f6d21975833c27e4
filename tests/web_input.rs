//! Browser tests of the input side, in headless Chromium:
//! `cargo test --target wasm32-unknown-unknown -p chugiai-web --test web_input`.
//!
//! - pasted HTML (a web page, Word) becomes its text with its paragraphs, nothing else;
//! - every payload of `tests/fixtures/xss-payloads.txt`, pasted as HTML and as plain text into the page's
//!   textarea, adds no element, runs nothing and loads nothing;
//! - a large text is annotated in a Web Worker with progress, with the same spans as on the page;
//! - a failure shows the error box in the interface language.
#![cfg(target_arch = "wasm32")]

mod common;

use std::cell::RefCell;
use std::rc::Rc;

use chugiai_core::Annotation;
use chugiai_web::annotator::{self, Progress, Stepper};
use chugiai_web::components::html_to_text;
use chugiai_web::{App, AppProps};
use common::sleep;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{ClipboardEvent, ClipboardEventInit, DataTransfer, Element, HtmlTextAreaElement};
use yew::Callback;

wasm_bindgen_test_configure!(run_in_browser);

const PAYLOADS: &str = include_str!("fixtures/xss-payloads.txt");

fn payloads() -> Vec<&'static str> {
    PAYLOADS.lines().filter(|l| !l.is_empty() && !l.starts_with("# ")).collect()
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

async fn mount_app(text: &str) -> Element {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let props = AppProps { text: Some(text.to_string().into()), persist: false, ..AppProps::default() };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    root
}

fn area(root: &Element) -> HtmlTextAreaElement {
    root.query_selector("textarea").unwrap().unwrap().dyn_into().unwrap()
}

fn reading_text(root: &Element) -> String {
    root.query_selector(".reading-view").unwrap().unwrap().text_content().unwrap()
}

/// A paste as the browser fires it: a `paste` event on the textarea carrying this clipboard.
async fn paste(root: &Element, kinds: &[(&str, &str)]) {
    let data = DataTransfer::new().unwrap();
    for (kind, value) in kinds {
        data.set_data(kind, value).unwrap();
    }
    let init = ClipboardEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_clipboard_data(Some(&data));
    let event = ClipboardEvent::new_with_event_init_dict("paste", &init).unwrap();
    area(root).dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
fn html_from_web_pages_and_word_keeps_text_and_paragraphs_only() {
    let table: &[(&str, &str)] = &[
        ("<p>Sáng 5/3, UBND tỉnh họp.</p><p>Đồng chí Chủ tịch chủ trì.</p>", "Sáng 5/3, UBND tỉnh họp.\nĐồng chí Chủ tịch chủ trì."),
        ("Hà Nội<br>Đà Nẵng<br/>Huế", "Hà Nội\nĐà Nẵng\nHuế"),
        ("<ul><li>Sở Y tế</li><li>Sở Tài chính</li></ul>", "Sở Y tế\nSở Tài chính"),
        ("<table><tr><td>Ngày</td><td>5/3</td></tr><tr><td>Nơi</td><td>Hà Nội</td></tr></table>", "Ngày 5/3\nNơi Hà Nội"),
        ("<h1>Tiêu đề</h1>\n   <div>Đoạn   một\n  tiếp</div>", "Tiêu đề\nĐoạn một tiếp"),
        (
            "<a href=\"https://example.com/x\">Tỉnh ủy Yên Bái</a> <b>họp</b> <i>sáng</i> nay",
            "Tỉnh ủy Yên Bái họp sáng nay",
        ),
        ("<p>Hà Nội<script>window.__xss=1</script><style>p{}</style></p><!-- ghi chú -->", "Hà Nội"),
        ("<p>Lễ<img src=x alt=\"ảnh\"> khai mạc</p>", "Lễ khai mạc"),
        // Word: a style block, conditional comments, Office tags, empty paragraphs, list bullets to ignore.
        (
            "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta charset=utf-8>\
             <style>p.MsoNormal{margin:0}</style><!--[if gte mso 9]><xml><o:OfficeDocumentSettings>\
             </o:OfficeDocumentSettings></xml><![endif]--></head><body lang=VI><!--StartFragment-->\
             <p class=MsoNormal><b>UBND TỈNH YÊN BÁI<o:p></o:p></b></p>\
             <p class=MsoNormal><o:p>&nbsp;</o:p></p>\
             <p class=MsoListParagraph style='text-indent:-18pt;mso-list:l0 level1 lfo1'><![if !supportLists]>\
             <span style='mso-list:Ignore'>-<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp; </span>\
             </span><![endif]>Giao Sở Y tế chủ trì<o:p></o:p></p>\
             <p class=MsoNormal>thực hiện trước ngày 30/6.<o:p></o:p></p><!--EndFragment--></body></html>",
            "UBND TỈNH YÊN BÁI\nGiao Sở Y tế chủ trì\nthực hiện trước ngày 30/6.",
        ),
        ("<pre>dòng 1\n  dòng 2</pre>", "dòng 1\ndòng 2"),
        ("<div style=\"display:none\">ẩn</div><p hidden>ẩn</p>Hiện", "Hiện"),
    ];
    for (html, want) in table {
        assert_eq!(html_to_text(html).as_deref(), Some(*want), "from {html}");
    }
}

#[wasm_bindgen_test]
async fn pasted_html_goes_in_at_the_caret_as_its_text() {
    let root = mount_app("Mở đầu. Kết thúc.").await;
    let a = area(&root);
    let at = "Mở đầu. ".encode_utf16().count() as u32;
    a.set_selection_range(at, at).unwrap();
    paste(
        &root,
        &[("text/html", "<p>Sở Y tế <b>Hà Nội</b>.</p><p>Dòng hai.</p>"), ("text/plain", "ignored")],
    )
    .await;
    let want = "Mở đầu. Sở Y tế Hà Nội.\nDòng hai.Kết thúc.";
    assert_eq!(a.value(), want);
    assert_eq!(reading_text(&root), want);
    assert!(root.query_selector(".reading-view b").unwrap().is_none());
    assert!(
        root.query_selector(".paste-note.html").unwrap().is_some(),
        "the reader is told only text was kept"
    );
}

#[wasm_bindgen_test]
async fn a_paste_replaces_the_selection() {
    let root = mount_app("Sáng nay, đoàn của Yên Bái làm việc.").await;
    let a = area(&root);
    let from = "Sáng nay, đoàn của ".encode_utf16().count() as u32;
    a.set_selection_range(from, from + "Yên Bái".encode_utf16().count() as u32).unwrap();
    paste(&root, &[("text/plain", "Hà Nội")]).await;
    assert_eq!(a.value(), "Sáng nay, đoàn của Hà Nội làm việc.");
    assert_eq!(reading_text(&root), "Sáng nay, đoàn của Hà Nội làm việc.");
}

/// The page's elements by tag name (a multiset as a sorted list).
fn tags() -> Vec<String> {
    let list = document().query_selector_all("*").unwrap();
    let mut v: Vec<String> = (0..list.length())
        .map(|i| list.item(i).unwrap().dyn_into::<Element>().unwrap().local_name())
        .collect();
    v.sort();
    v
}

#[wasm_bindgen_test]
async fn no_xss_payload_pasted_as_html_or_text_adds_an_element_or_runs() {
    let window = web_sys::window().unwrap();
    // alert/confirm/prompt record instead of blocking the test.
    let dialogs = Rc::new(RefCell::new(0u32));
    let record = {
        let dialogs = dialogs.clone();
        Closure::<dyn Fn()>::new(move || *dialogs.borrow_mut() += 1)
    };
    for name in ["alert", "confirm", "prompt", "print"] {
        js_sys::Reflect::set(&window, &name.into(), record.as_ref()).unwrap();
    }
    let root = mount_app("").await;
    let allowed = ["mark", "span", "div", "p", "br", "section"];
    let list = payloads();
    assert!(list.len() >= 50, "at least 50 payloads, found {}", list.len());
    for payload in list {
        for kind in ["text/html", "text/plain"] {
            let a = area(&root);
            a.set_value("");
            let init = web_sys::InputEventInit::new();
            init.set_bubbles(true);
            a.dispatch_event(&web_sys::InputEvent::new_with_event_init_dict("input", &init).unwrap())
                .unwrap();
            yew::scheduler::flush().await;
            let before = tags();
            a.select();
            paste(&root, &[(kind, payload)]).await;
            let value = a.value();
            if kind == "text/plain" {
                assert_eq!(value, payload, "a plain-text paste goes in unchanged");
            }
            assert_eq!(
                reading_text(&root),
                value,
                "the reading view shows exactly the text ({kind}: {payload})"
            );
            let view = root.query_selector(".reading-view").unwrap().unwrap();
            let inside = view.query_selector_all("*").unwrap();
            for i in 0..inside.length() {
                let el: Element = inside.item(i).unwrap().dyn_into().unwrap();
                let name = el.local_name();
                assert!(allowed.contains(&name.as_str()), "<{name}> in the reading view ({kind}: {payload})");
                let attrs = el.get_attribute_names();
                for j in 0..attrs.length() {
                    let attr = attrs.get(j).as_string().unwrap();
                    assert!(
                        !attr.starts_with("on") && attr != "href" && attr != "src" && attr != "style",
                        "attribute {attr} in the reading view ({kind}: {payload})"
                    );
                }
            }
            let after: Vec<String> = tags();
            let dangerous = [
                "script", "img", "svg", "iframe", "object", "embed", "style", "link", "meta", "base", "math",
                "video", "audio", "form", "input", "frameset", "template", "picture", "source", "x", "o:p",
            ];
            for d in dangerous {
                let n_before = before.iter().filter(|t| *t == d).count();
                let n_after = after.iter().filter(|t| *t == d).count();
                assert!(n_after <= n_before, "a new <{d}> in the page ({kind}: {payload})");
            }
        }
    }
    // Let any timer, load or error handler a payload might have planted run.
    sleep(50).await;
    assert!(js_sys::Reflect::get(&window, &"__xss".into()).unwrap().is_undefined(), "a payload ran");
    assert_eq!(*dialogs.borrow(), 0, "a payload opened a dialog");
}

/// Annotates `text` with [`annotator::annotate_async`] and waits for the result; also returns every
/// progress report and how the work ran.
async fn annotate_and_wait(text: &str) -> (Rc<Annotation>, Vec<Progress>, &'static str, usize) {
    let result = Rc::new(RefCell::new(None::<Rc<Annotation>>));
    let progress = Rc::new(RefCell::new(Vec::new()));
    let resolve_slot = Rc::new(RefCell::new(None::<js_sys::Function>));
    let promise = {
        let slot = resolve_slot.clone();
        js_sys::Promise::new(&mut move |resolve, _| *slot.borrow_mut() = Some(resolve))
    };
    let handle = {
        let (result, progress, slot) = (result.clone(), progress.clone(), resolve_slot.clone());
        annotator::annotate_async(
            Rc::from(text),
            Callback::from(move |p: Progress| progress.borrow_mut().push(p)),
            Callback::from(move |a: Rc<Annotation>| {
                *result.borrow_mut() = Some(a);
                if let Some(f) = slot.borrow_mut().take() {
                    f.call0(&JsValue::UNDEFINED).unwrap();
                }
            }),
        )
    };
    let (mode, workers) = (handle.mode(), handle.workers());
    if result.borrow().is_none() {
        wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    }
    let a = result.borrow_mut().take().unwrap();
    let p = progress.borrow().clone();
    (a, p, mode, workers)
}

fn big_text(min_bytes: usize) -> String {
    let mut s = String::new();
    while s.len() < min_bytes {
        s.push_str(chugiai_web::SAMPLE.trim_end());
        s.push('\n');
    }
    s
}

#[wasm_bindgen_test]
async fn a_large_text_is_annotated_in_a_worker_with_progress_and_the_same_spans() {
    let text = big_text(annotator::SYNC_LIMIT * 2);
    let (a, progress, mode, workers) = annotate_and_wait(&text).await;
    assert_eq!(mode, "worker");
    // One worker per processor core, each a run of the sections (5 here), joined in order below.
    let cores = web_sys::window().unwrap().navigator().hardware_concurrency() as usize;
    let sections = text.len().div_ceil(chugiai_core::SECTION_BYTES);
    assert_eq!(workers, cores.clamp(1, annotator::MAX_WORKERS).min(sections));
    assert_eq!(a.text, text);
    assert!(progress.len() >= 3, "progress reported as chunks are done: {progress:?}");
    assert!(progress.windows(2).all(|w| w[0].done <= w[1].done));
    assert_eq!(progress.last().unwrap().percent(), 100);
    let mut stepper = Stepper::new(Rc::from(text.as_str()));
    while stepper.step_keep() {}
    let on_page = stepper.finish();
    assert_eq!(a.entities, on_page.entities);
    assert_eq!(a.directives, on_page.directives);
    assert!(a.entities.iter().any(|e| e.text == "Yên Bái"));
}

#[wasm_bindgen_test]
async fn a_dropped_handle_never_delivers_its_stale_result() {
    let stale = Rc::new(RefCell::new(false));
    let handle = {
        let stale = stale.clone();
        annotator::annotate_async(
            Rc::from(big_text(annotator::SYNC_LIMIT + 10).as_str()),
            Callback::noop(),
            Callback::from(move |_| *stale.borrow_mut() = true),
        )
    };
    drop(handle);
    // A newer annotation runs to its end; the dropped one has not (and will not) come back.
    let (a, _, _, _) = annotate_and_wait(&big_text(annotator::SYNC_LIMIT + 20)).await;
    assert!(!a.entities.is_empty());
    assert!(!*stale.borrow());
}

#[wasm_bindgen_test]
fn the_error_box_says_what_happened_that_the_text_is_kept_and_how_to_reload() {
    chugiai_web::panic::report("boom <img src=x onerror=window.__xss=99>");
    let panel = document().get_element_by_id("chugiai-panic").expect("the error box is shown");
    assert_eq!(panel.get_attribute("role").as_deref(), Some("alert"));
    let text = panel.text_content().unwrap();
    let t = chugiai_web::Lang::Vi.t();
    assert!(text.contains(t.panic_title) && text.contains(t.panic_body) && text.contains(t.panic_reload));
    assert!(text.contains("boom <img"), "the detail is shown as text");
    assert!(panel.query_selector("img").unwrap().is_none());
    assert_eq!(panel.query_selector("a.reload").unwrap().unwrap().get_attribute("href").as_deref(), Some(""));
    // In English when the app is in English.
    let app = document().create_element("div").unwrap();
    app.set_class_name("app");
    app.set_attribute("lang", "en").unwrap();
    let body = document().body().unwrap();
    body.insert_before(&app, body.first_child().as_ref()).unwrap();
    chugiai_web::panic::report("again");
    let panel = document().get_element_by_id("chugiai-panic").unwrap();
    assert!(panel.text_content().unwrap().contains(chugiai_web::Lang::En.t().panic_title));
    assert_eq!(document().query_selector_all("#chugiai-panic").unwrap().length(), 1, "one box, not a pile");
    app.remove();
    panel.remove();
}
