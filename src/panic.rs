//! When the program fails (a Rust panic), the reader sees what happened instead of a blank or frozen page.
//!
//! [`install`] (called first thing in `main`) sets a panic hook that logs the message to the console and
//! shows a box at the top of the page, in the interface language: something went wrong, the article is kept
//! (it stays in the paste area, and in this browser's storage when saving is on), and reloading the page
//! brings the app back. The box is plain DOM built here (text nodes only), so it appears even though the
//! wasm module stops right after the hook.

use crate::i18n::Lang;

/// Sets the panic hook (before the app is rendered). Safe to call more than once.
pub fn install() {
    // Through Yew, so that rendering the app does not put Yew's default hook (console only) in its place.
    yew::set_custom_panic_hook(Box::new(|info| {
        let message = info.to_string();
        #[cfg(target_arch = "wasm32")]
        {
            // With a JS stack, as a developer wants it.
            let error = js_sys::Error::new(&format!("chugiai: {message}"));
            web_sys::console::error_1(&error.into());
        }
        report(&message);
    }));
}

/// The interface language of the page: that of the app's root (`.app[lang]`), else of the document, else
/// Vietnamese.
pub fn page_lang() -> Lang {
    #[cfg(target_arch = "wasm32")]
    {
        let document = web_sys::window().and_then(|w| w.document());
        if let Some(d) = document {
            let app = d.query_selector(".app[lang]").ok().flatten();
            let code = app.or_else(|| d.document_element()).and_then(|e| e.get_attribute("lang"));
            if let Some(lang) = code.and_then(|c| Lang::parse(&c)) {
                return lang;
            }
        }
    }
    Lang::Vi
}

/// Shows the error box with `detail` (the panic message) at the top of the page; logs only when there is no
/// page (in a worker, or natively).
pub fn report(detail: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        let _ = show(detail, page_lang());
    }
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("chugiai: {detail}");
}

#[cfg(target_arch = "wasm32")]
fn show(detail: &str, lang: Lang) -> Option<()> {
    let document = web_sys::window()?.document()?;
    let body = document.body()?;
    if let Some(old) = document.get_element_by_id("chugiai-panic") {
        old.remove();
    }
    let t = lang.t();
    let el = |tag: &str, text: &str| -> Option<web_sys::Element> {
        let e = document.create_element(tag).ok()?;
        e.set_text_content(Some(text));
        Some(e)
    };
    let panel = document.create_element("div").ok()?;
    panel.set_id("chugiai-panic");
    panel.set_class_name("panic");
    let _ = panel.set_attribute("role", "alert");
    let _ = panel.set_attribute("lang", lang.code());
    // Inline style: the box must show even if the stylesheet is what failed.
    let _ = panel.set_attribute(
        "style",
        "position:fixed;top:0;left:0;right:0;z-index:2147483647;margin:0;padding:1em 1.25em;\
         background:#fff4f4;color:#5c0000;border-bottom:3px solid #b00020;font:16px/1.45 system-ui,sans-serif;\
         box-shadow:0 2px 8px rgba(0,0,0,.25)",
    );
    let title = el("strong", t.panic_title)?;
    let _ = title.set_attribute("style", "display:block;font-size:1.1em;margin-bottom:.25em");
    panel.append_child(&title).ok()?;
    let body_text = el("p", t.panic_body)?;
    panel.append_child(&body_text).ok()?;
    // A link to the page itself reloads it, with no script (the wasm module has stopped).
    let reload = el("a", t.panic_reload)?;
    let _ = reload.set_attribute("href", "");
    let _ = reload.set_attribute("class", "reload");
    let _ = reload.set_attribute("style", "color:inherit;font-weight:bold");
    panel.append_child(&reload).ok()?;
    let details = el("pre", detail)?;
    let _ = details.set_attribute("class", "detail");
    let _ = details.set_attribute("style", "white-space:pre-wrap;font-size:.8em;opacity:.8;margin:.5em 0 0");
    panel.append_child(&details).ok()?;
    body.insert_before(&panel, body.first_child().as_ref()).ok()?;
    Some(())
}

/// Panics on purpose, so tests can check that the reader sees the error box (the page's console, or an
/// end-to-end test, calls `window.wasmBindings.chugiai_test_panic()`).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn chugiai_test_panic() {
    panic!("test panic requested (chugiai_test_panic)");
}
