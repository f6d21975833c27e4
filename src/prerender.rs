//! The page's first screen as HTML, rendered natively: the sample article with its highlights, shown by the
//! built page as soon as its HTML is parsed, before the wasm has come and run.
//!
//! It is checked in as `static/prerender.html` (a test fails when it is not what [`first_screen`] renders
//! now: run `CHUGIAI_UPDATE_PRERENDER=1 cargo test -p chugiai-web prerender` to write it again), and
//! `scripts/prerender_page.py` puts it in `dist/index.html` at build time. When the app starts, `main`
//! removes it in the same task as its own first render, once it has been painted ([`replace_with`]): the
//! page never shows both.
//! A page with a saved session hides it from the start (a line of script in `index.html`), so it does not
//! flash the sample before the saved article.

/// The id of the element that holds the pre-rendered screen.
pub const ID: &str = "chugiai-prerendered";

/// The app's first screen on the sample as `main` mounts it (the side pane after the first frame), in an
/// element with the id [`ID`].
#[cfg(not(target_arch = "wasm32"))]
pub fn first_screen() -> String {
    let props = crate::AppProps { persist: false, side_after_first_paint: true, ..Default::default() };
    let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a runtime");
    let html = runtime
        .block_on(yew::LocalServerRenderer::<crate::App>::with_props(props).hydratable(false).render());
    // `inert`: nothing in it takes a click, the focus or typing before the app replaces it (what is typed
    // there would be lost).
    format!("<div id=\"{ID}\" inert>{html}</div>\n")
}

/// Removes the pre-rendered screen, if the page has one, and runs `start` (the app's first render) in the same
/// task: at once when there is nothing to show first (no pre-rendered screen, or it is hidden for a saved
/// session), else once it has been painted. The wasm may be ready before the page's first frame, and the
/// app's first render is one long task: run at once, it would hold the pre-rendered highlights back until
/// the app's own. A tab in the background gets no frames: then after 250 ms anyway. Natively, `start` runs at
/// once.
pub fn replace_with(start: impl FnOnce() + 'static) {
    #[cfg(target_arch = "wasm32")]
    {
        use std::cell::RefCell;
        use std::rc::Rc;
        use wasm_bindgen::closure::Closure;
        use wasm_bindgen::JsCast;

        let Some(window) = web_sys::window() else { return start() };
        let Some(document) = window.document() else { return start() };
        let Some(screen) = document.get_element_by_id(ID) else { return start() };
        let hidden = document.document_element().is_some_and(|e| e.class_list().contains("chugiai-saved"));
        let once = Rc::new(RefCell::new(Some(start)));
        let run = move || {
            if let Some(start) = once.borrow_mut().take() {
                screen.remove();
                start();
            }
        };
        if hidden {
            return run();
        }
        // A tab in the background gets no frames: the timer starts the app there.
        let fallback = Closure::once_into_js(run.clone());
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(fallback.unchecked_ref(), 250);
        crate::after_next_frame(run);
    }
    #[cfg(not(target_arch = "wasm32"))]
    start();
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    const PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/static/prerender.html");

    #[test]
    fn the_prerendered_screen_is_what_the_app_renders_now() {
        let now = first_screen();
        if std::env::var_os("CHUGIAI_UPDATE_PRERENDER").is_some() {
            std::fs::write(PATH, &now).unwrap();
        }
        let saved = std::fs::read_to_string(PATH).unwrap_or_default();
        assert!(
            saved == now,
            "static/prerender.html is not the app's first screen any more: write it again with \
             CHUGIAI_UPDATE_PRERENDER=1 cargo test -p chugiai-web prerender"
        );
    }

    #[test]
    fn the_prerendered_screen_shows_the_sample_highlighted() {
        let html = first_screen();
        assert!(html.starts_with(&format!("<div id=\"{ID}\" inert>")));
        assert!(html.contains("class=\"reading-view"));
        assert!(html.contains("data-label=\"LOCATION\""));
        assert!(html.contains("Yên Bái"));
        assert!(html.contains("data-directive="));
    }
}
