//! Browser tests of the workspace, in headless Chromium:
//! `cargo test --target wasm32-unknown-unknown -p chugiai-web --test web_workspace`.
//!
//! - the summary panel: groups in order, each item once with its number of mentions and what the engine knows
//!   (positions, an acronym's full name, a place's 2025 mapping, a decoded document), the numbered directives,
//!   accessible names, both languages; activating an item asks for its next mention in turn;
//! - in the app: stepping marks the next mention and describes it; a directive goes to its sentence; a legend
//!   toggle; corrections from the keyboard with undo and redo; importing an annotation JSON (good and bad);
//!   the read-only app keeps the summary and the exports but offers no import.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use chugiai_core::{char_slice, Annotation, Directive, Entity, Label, Strength};
use chugiai_web::components::{Summary, SummaryProps};
use chugiai_web::state::Target;
use chugiai_web::{App, AppProps, Lang};
use serde_json::json;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, KeyboardEvent, KeyboardEventInit};
use yew::Callback;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn new_root() -> Element {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    root
}

async fn mount_app(text: &str, read_only: bool) -> Element {
    let root = new_root();
    let props =
        AppProps { text: Some(text.to_string().into()), persist: false, read_only, ..AppProps::default() };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    root
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length()).map(|i| list.item(i).unwrap().dyn_into::<Element>().unwrap()).collect()
}

fn one(root: &Element, selector: &str) -> Element {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}"))
}

fn text(el: &Element) -> String {
    el.text_content().unwrap_or_default()
}

async fn click(el: &Element) {
    el.dyn_ref::<HtmlElement>().unwrap().click();
    yew::scheduler::flush().await;
}

/// Lets the browser run its tasks (a file read, a promise) and Yew render.
async fn tick() {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(p).await.unwrap();
    yew::scheduler::flush().await;
}

/// A key pressed with the focus on the page (the app listens on the document).
async fn key(k: &str, ctrl: bool) {
    let init = KeyboardEventInit::new();
    init.set_key(k);
    init.set_ctrl_key(ctrl);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let e = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    document().body().unwrap().dispatch_event(&e).unwrap();
    yew::scheduler::flush().await;
}

/// Selects the first occurrence of `needle` in the root's reading view.
fn select(root: &Element, needle: &str) {
    let view = one(root, ".reading-view");
    let walker = document().create_tree_walker_with_what_to_show(&view, 4).unwrap();
    while let Some(node) = walker.next_node().unwrap() {
        let data = node.text_content().unwrap_or_default();
        if let Some(b) = data.find(needle) {
            let at = data[..b].encode_utf16().count() as u32;
            let range = document().create_range().unwrap();
            range.set_start(&node, at).unwrap();
            range.set_end(&node, at + needle.encode_utf16().count() as u32).unwrap();
            let sel = web_sys::window().unwrap().get_selection().unwrap().unwrap();
            sel.remove_all_ranges().unwrap();
            sel.add_range(&range).unwrap();
            return;
        }
    }
    panic!("not in the reading view: {needle}");
}

fn marked(root: &Element, label: &str) -> Vec<String> {
    all(root, &format!(".reading-view mark[data-label=\"{label}\"]")).iter().map(text).collect()
}

fn span(t: &str, needle: &str, nth: usize) -> (usize, usize) {
    let b = t.match_indices(needle).nth(nth).unwrap().0;
    let s = t[..b].chars().count();
    (s, s + needle.chars().count())
}

fn entity(t: &str, needle: &str, nth: usize, label: Label, value: Option<serde_json::Value>) -> Entity {
    let (start, end) = span(t, needle, nth);
    Entity { start, end, label, text: char_slice(t, start, end), rule: "test".into(), value }
}

const ARTICLE: &str =
    "Ủy ban nhân dân tỉnh Yên Bái triển khai Nghị quyết số 25-NQ/TW. Đồng chí Hoàng Thị Vĩnh - \
                       Trưởng Ban Dân vận Tỉnh ủy phát biểu. UBND tỉnh yêu cầu Sở Y tế hoàn thành trước ngày \
                       15/7/2025. Đồng chí Hoàng Thị Vĩnh kết luận.";

/// A hand-made annotation of ARTICLE with the values the engine gives.
fn annotation() -> Annotation {
    let t = ARTICLE;
    let (ds, de) = span(t, "UBND tỉnh yêu cầu Sở Y tế hoàn thành trước ngày 15/7/2025.", 0);
    let mut entities = vec![
        entity(t, "Ủy ban nhân dân tỉnh Yên Bái", 0, Label::Organization, None),
        entity(t, "Yên Bái", 0, Label::Location, Some(json!({"level": "tỉnh", "now_in": "Lào Cai"}))),
        entity(
            t,
            "Nghị quyết số 25-NQ/TW",
            0,
            Label::Document,
            Some(
                json!({"kind": "Nghị quyết", "number": "25", "code": "NQ/TW", "issuer": "Ban Chấp hành Trung ương"}),
            ),
        ),
        entity(t, "Hoàng Thị Vĩnh", 0, Label::Person, None),
        entity(t, "Trưởng Ban Dân vận Tỉnh ủy", 0, Label::Position, None),
        entity(t, "UBND tỉnh", 0, Label::Organization, Some(json!({"full": "Ủy ban nhân dân tỉnh Yên Bái"}))),
        entity(t, "Sở Y tế", 0, Label::Organization, None),
        entity(t, "ngày 15/7/2025", 0, Label::Date, Some(json!("2025-07-15"))),
        entity(t, "Hoàng Thị Vĩnh", 1, Label::Person, None),
    ];
    entities.sort_by_key(|e| (e.start, std::cmp::Reverse(e.end)));
    Annotation {
        id: None,
        text: t.into(),
        entities,
        directives: vec![Directive {
            start: ds,
            end: de,
            text: char_slice(t, ds, de),
            issuer: Some("UBND tỉnh".into()),
            addressee: Some("Sở Y tế".into()),
            deadline: Some("2025-07-15".into()),
            strength: Some(Strength::Must),
            rule: "test".into(),
        }],
    }
}

async fn mount_summary(
    current: Option<(usize, usize)>,
    lang: Lang,
) -> (Element, Rc<RefCell<Vec<Option<Target>>>>) {
    let root = new_root();
    let asked = Rc::new(RefCell::new(Vec::new()));
    let on_goto = {
        let asked = asked.clone();
        Callback::from(move |t| asked.borrow_mut().push(t))
    };
    let props = yew::props!(SummaryProps { annotation: Rc::new(annotation()), current, lang, on_goto });
    yew::Renderer::<Summary>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    (root, asked)
}

#[wasm_bindgen_test]
async fn the_summary_lists_each_thing_once_with_its_mentions_and_what_is_known_of_it() {
    let (root, _) = mount_summary(None, Lang::Vi).await;
    let panel = one(&root, "section.summary");
    assert_eq!(panel.get_attribute("aria-label").as_deref(), Some("Tóm tắt"));
    assert_eq!(text(&one(&panel, "h2")), "Tóm tắt");
    // Groups in reading order of importance, each a named list.
    let groups: Vec<String> = all(&panel, "section.group")
        .iter()
        .map(|g| g.get_attribute("data-label").unwrap_or_default())
        .collect();
    assert_eq!(groups, ["PERSON", "ORGANIZATION", "LOCATION", "DATE", "DOCUMENT", ""]);
    assert!(all(&panel, "section.group").iter().all(|g| g.get_attribute("aria-label").is_some()));
    assert_eq!(all(&panel, "ul[role=list]").len(), 5);
    let item = |label: &str| all(&panel, &format!(".item[data-label=\"{label}\"]"));
    // The person once, mentioned twice, with the position written next to the name.
    let people = item("PERSON");
    assert_eq!(people.len(), 1);
    assert_eq!(text(&one(&people[0], ".name")), "Hoàng Thị Vĩnh");
    assert_eq!(people[0].get_attribute("data-count").as_deref(), Some("2"));
    assert_eq!(text(&one(&people[0], ".count")), "2 lần");
    assert_eq!(text(&one(&people[0], ".sub")), "Trưởng Ban Dân vận Tỉnh ủy");
    // The acronym joins its full name: one organisation with two mentions, the short form shown under it.
    let orgs = item("ORGANIZATION");
    assert_eq!(
        orgs.iter().map(|o| text(&one(o, ".name"))).collect::<Vec<_>>(),
        ["Ủy ban nhân dân tỉnh Yên Bái", "Sở Y tế"]
    );
    assert_eq!(orgs[0].get_attribute("data-count").as_deref(), Some("2"));
    assert_eq!(text(&one(&orgs[0], ".sub")), "UBND tỉnh");
    // The place with its level and 2025 mapping; the date by its ISO value; the document decoded.
    assert_eq!(text(&one(&item("LOCATION")[0], ".sub")), "tỉnh · nay thuộc Lào Cai");
    assert_eq!(text(&one(&item("DATE")[0], ".sub")), "2025-07-15");
    let doc = text(&one(&item("DOCUMENT")[0], ".sub"));
    assert!(doc.starts_with("Nghị quyết số 25-NQ/TW") && doc.contains("Ban Chấp hành Trung ương"), "{doc}");
    // The directives, numbered: issuer → addressee, the sentence, the deadline.
    let tasks = all(&panel, ".tasks ol[role=list] > li");
    assert_eq!(tasks.len(), 1);
    assert_eq!(tasks[0].get_attribute("value").as_deref(), Some("1"));
    assert_eq!(text(&one(&tasks[0], ".who")), "Người chỉ đạo: UBND tỉnh → , Đối tượng: Sở Y tế");
    assert!(text(&one(&tasks[0], ".text")).starts_with("UBND tỉnh yêu cầu Sở Y tế"));
    assert_eq!(text(&one(&tasks[0], ".deadline")), "Thời hạn: 2025-07-15");
    // Everything is a button, so it can be reached and activated from the keyboard.
    assert_eq!(all(&panel, ".item, .task").iter().filter(|b| b.tag_name() != "BUTTON").count(), 0);
}

#[wasm_bindgen_test]
async fn in_english_the_summary_speaks_english_and_says_which_mention_is_marked() {
    let second = span(ARTICLE, "Hoàng Thị Vĩnh", 1);
    let (root, _) = mount_summary(Some(second), Lang::En).await;
    assert_eq!(text(&one(&root, "h2")), "Summary");
    assert_eq!(text(&one(&root, ".item[data-label=\"LOCATION\"] .sub")), "tỉnh · now in Lào Cai");
    let person = one(&root, ".item[data-label=\"PERSON\"]");
    assert_eq!(text(&one(&person, ".count")), "2 of 2 mentions");
    assert_eq!(person.get_attribute("aria-current").as_deref(), Some("true"));
    assert!(root.query_selector(".item[data-label=\"DATE\"][aria-current]").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn activating_an_item_asks_for_its_next_mention_then_the_first_again() {
    let first = span(ARTICLE, "Hoàng Thị Vĩnh", 0);
    let second = span(ARTICLE, "Hoàng Thị Vĩnh", 1);
    let person = |(start, end)| Some(Target::Entity { start, end, label: Label::Person });
    for (current, next) in [(None, first), (Some(first), second), (Some(second), first)] {
        let (root, asked) = mount_summary(current, Lang::Vi).await;
        click(&one(&root, ".item[data-label=\"PERSON\"]")).await;
        assert_eq!(*asked.borrow(), vec![person(next)], "from {current:?}");
    }
    let (root, asked) = mount_summary(None, Lang::Vi).await;
    click(&one(&root, ".tasks button")).await;
    let d = &annotation().directives[0];
    assert_eq!(*asked.borrow(), vec![Some(Target::Directive { start: d.start, end: d.end })]);
}

const TEXT: &str = "Sáng 5/3, đoàn công tác của Hà Nội làm việc tại Yên Bái. Chiều 5/3, đoàn trở về Hà Nội.";

#[wasm_bindgen_test]
async fn in_the_app_each_step_marks_the_next_mention_and_describes_it() {
    let root = mount_app(TEXT, false).await;
    let hanoi = all(&root, ".summary .item[data-label=\"LOCATION\"]")
        .into_iter()
        .find(|i| text(&one(i, ".name")) == "Hà Nội")
        .expect("Hà Nội in the summary");
    assert_eq!(hanoi.get_attribute("data-count").as_deref(), Some("2"));
    let mut starts = Vec::new();
    for _ in 0..3 {
        click(&hanoi).await;
        let current = all(&root, ".reading-view .current");
        assert_eq!(current.len(), 1, "one mention marked");
        assert_eq!(text(&current[0]), "Hà Nội");
        assert_eq!(current[0].get_attribute("aria-current").as_deref(), Some("true"));
        starts.push(current[0].get_attribute("data-s").unwrap().parse::<usize>().unwrap());
        assert_eq!(text(&one(&root, ".details .quote")), "“Hà Nội”");
    }
    assert_eq!(starts, [span(TEXT, "Hà Nội", 0).0, span(TEXT, "Hà Nội", 1).0, span(TEXT, "Hà Nội", 0).0]);
}

/// The reading view renders again the chunks a correction changes: the mention stepped to stays marked.
#[wasm_bindgen_test]
async fn a_correction_elsewhere_keeps_the_mention_stepped_to_marked() {
    let root = mount_app(TEXT, false).await;
    let hanoi = all(&root, ".summary .item[data-label=\"LOCATION\"]")
        .into_iter()
        .find(|i| text(&one(i, ".name")) == "Hà Nội")
        .expect("Hà Nội in the summary");
    click(&hanoi).await;
    assert_eq!(text(&one(&root, ".reading-view .current")), "Hà Nội");
    let yen_bai = all(&root, ".reading-view mark[data-label=\"LOCATION\"]")
        .into_iter()
        .find(|m| text(m) == "Yên Bái")
        .expect("Yên Bái highlighted");
    yen_bai.dyn_ref::<HtmlElement>().unwrap().focus().unwrap();
    key("Delete", false).await;
    assert!(!marked(&root, "LOCATION").contains(&"Yên Bái".to_string()));
    let current = all(&root, ".reading-view .current");
    assert_eq!(current.len(), 1);
    assert_eq!(text(&current[0]), "Hà Nội");
    assert_eq!(current[0].get_attribute("aria-current").as_deref(), Some("true"));
}

#[wasm_bindgen_test]
async fn a_directive_of_the_list_goes_to_its_sentence() {
    let t = "Hội nghị đã thành công. Đồng chí Chủ tịch yêu cầu Sở Y tế phải hoàn thành trước ngày 30/6.";
    let root = mount_app(t, false).await;
    let tasks = all(&root, ".summary .tasks button");
    assert_eq!(tasks.len(), 1, "the engine finds the directive");
    click(&tasks[0]).await;
    let current = one(&root, ".reading-view .current");
    assert!(current.has_attribute("data-directive"));
    assert!(text(&current).starts_with("Đồng chí Chủ tịch yêu cầu"));
}

#[wasm_bindgen_test]
async fn a_legend_toggle_hides_a_label_in_the_text_and_keeps_it_in_the_summary() {
    let root = mount_app(TEXT, false).await;
    let toggle = one(&root, ".legend li[data-label=\"LOCATION\"] button");
    click(&toggle).await;
    assert_eq!(toggle.get_attribute("aria-pressed").as_deref(), Some("false"));
    assert!(one(&root, ".reading-view").class_list().contains("hide-location"));
    assert!(!all(&root, ".summary .item[data-label=\"LOCATION\"]").is_empty());
    click(&toggle).await;
    assert!(!one(&root, ".reading-view").class_list().contains("hide-location"));
}

#[wasm_bindgen_test]
async fn keyboard_corrections_show_in_the_summary_and_undo_and_redo() {
    let root = mount_app(TEXT, false).await;
    let people = |root: &Element| {
        all(root, ".summary .item[data-label=\"PERSON\"] .name").iter().map(text).collect::<Vec<_>>()
    };
    assert!(people(&root).is_empty());
    select(&root, "đoàn công tác");
    key("1", false).await;
    assert_eq!(marked(&root, "PERSON"), ["đoàn công tác"]);
    assert_eq!(people(&root), ["đoàn công tác"], "the summary follows the corrections");
    key("z", true).await;
    assert!(marked(&root, "PERSON").is_empty());
    assert!(people(&root).is_empty());
    key("y", true).await;
    assert_eq!(marked(&root, "PERSON"), ["đoàn công tác"]);
    // relabel the focused highlight, then delete it
    let mark = one(&root, ".reading-view mark[data-label=\"PERSON\"]");
    mark.dyn_ref::<HtmlElement>().unwrap().focus().unwrap();
    key("7", false).await;
    assert_eq!(marked(&root, "EVENT"), ["đoàn công tác"]);
    one(&root, ".reading-view mark[data-label=\"EVENT\"]").dyn_ref::<HtmlElement>().unwrap().focus().unwrap();
    key("Delete", false).await;
    assert!(marked(&root, "EVENT").is_empty());
}

/// Chooses a file in the import field, as the file dialog would.
async fn import(root: &Element, content: &str) {
    let input: HtmlInputElement = one(root, ".export input[type=file]").dyn_into().unwrap();
    let file = web_sys::File::new_with_str_sequence(&js_sys::Array::of1(&content.into()), "a.json").unwrap();
    let data = web_sys::DataTransfer::new().unwrap();
    data.items().add_with_file(&file).unwrap();
    input.set_files(data.files().as_ref());
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    input.dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &init).unwrap()).unwrap();
    for _ in 0..50 {
        tick().await;
        if root.query_selector(".notice:not(.empty)").unwrap().is_some() {
            return;
        }
    }
    panic!("no notice after the import");
}

#[wasm_bindgen_test]
async fn importing_restores_the_file_s_text_and_spans_and_a_bad_file_is_refused_with_its_reason() {
    let root = mount_app(TEXT, false).await;
    let a = annotation();
    import(&root, &serde_json::to_string(&a).unwrap()).await;
    assert_eq!(text(&one(&root, ".reading-view")), ARTICLE);
    assert_eq!(marked(&root, "PERSON"), ["Hoàng Thị Vĩnh", "Hoàng Thị Vĩnh"]);
    assert_eq!(text(&one(&root, ".notice .message")), "Đã khôi phục phiên làm việc.");
    assert_eq!(all(&root, ".summary .tasks li").len(), 1);
    one(&root, ".notice .dismiss").dyn_ref::<HtmlElement>().unwrap().click();
    yew::scheduler::flush().await;
    import(
        &root,
        r#"{"text": "Hà Nội", "entities": [{"start": 2, "end": 1, "label": "LOCATION", "text": ""}]}"#,
    )
    .await;
    let alert = one(&root, ".notice.error[role=alert] .message");
    assert!(text(&alert).contains("start is after end"), "{}", text(&alert));
    assert_eq!(text(&one(&root, ".reading-view")), ARTICLE, "the session stays");
}

#[wasm_bindgen_test]
async fn read_only_keeps_the_summary_and_the_exports_but_offers_no_import() {
    let root = mount_app(TEXT, true).await;
    assert!(root.query_selector("textarea").unwrap().is_none());
    assert!(!all(&root, ".summary .item").is_empty());
    assert!(root.query_selector(".export button.download").unwrap().is_some());
    assert!(root.query_selector(".export button.copy").unwrap().is_some());
    let formats: Vec<String> = all(&root, ".export select.format option")
        .iter()
        .map(|o| o.get_attribute("value").unwrap_or_default())
        .collect();
    assert_eq!(formats, ["json", "jsonld", "csv", "conll", "brat", "md"]);
    assert!(root.query_selector(".export input[type=file]").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn a_long_list_shows_its_first_hundred_and_counts_the_rest() {
    let sentence = "Sở Y tế phải báo cáo. ";
    let n = chugiai_web::components::MAX_LISTED + 5;
    let t = sentence.repeat(n);
    let len = sentence.chars().count();
    let directives = (0..n)
        .map(|i| Directive {
            start: i * len,
            end: (i + 1) * len - 1,
            text: char_slice(&t, i * len, (i + 1) * len - 1),
            issuer: None,
            addressee: None,
            deadline: None,
            strength: Some(Strength::Must),
            rule: "test".into(),
        })
        .collect();
    let root = new_root();
    let annotation = Rc::new(Annotation { id: None, text: t.clone(), entities: vec![], directives });
    let props = yew::props!(SummaryProps { annotation });
    yew::Renderer::<Summary>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    assert_eq!(all(&root, ".tasks li").len(), chugiai_web::components::MAX_LISTED);
    assert_eq!(text(&one(&root, ".tasks .more")), "… và 5 mục nữa");
    assert_eq!(text(&one(&root, ".tasks h3 .n")), n.to_string(), "the heading counts them all");
}

/// The decoded parts of a document were shown under the engine's JSON keys (`code: NQ/TW`, `issuer: …`).
#[wasm_bindgen_test]
async fn the_details_of_a_document_name_its_parts_in_the_reader_s_words() {
    let t =
        "Tỉnh ủy quán triệt Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển.";
    let root = mount_app(t, false).await;
    let doc = all(&root, ".summary .item[data-label=\"DOCUMENT\"]");
    assert_eq!(doc.len(), 1, "the engine finds the resolution");
    click(&doc[0]).await;
    let keys: Vec<String> = all(&root, ".details .value .key").iter().map(text).collect();
    for expected in ["Số: ", "Ký hiệu: ", "Cơ quan ban hành: "] {
        assert!(keys.iter().any(|k| k == expected), "{expected:?} in {keys:?}");
    }
    assert!(!keys.iter().any(|k| k == "code: " || k == "issuer: "), "{keys:?}");
    let values = text(&one(&root, ".details .value"));
    assert!(
        values.contains("Ký hiệu: NQ/TW") && values.contains("Cơ quan ban hành: Bộ Chính trị"),
        "{values}"
    );
}
