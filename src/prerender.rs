//! The page's first screen as HTML, rendered natively: the sample article with its highlights, shown by the
//! built page as soon as its HTML is parsed, before the wasm has come and run.
//!
//! It is checked in as `static/prerender.html` (a test fails when it is not what [`first_screen`] renders
//! now: run `CHUGIAI_UPDATE_PRERENDER=1 cargo test -p chugiai-web prerender` to write it again), and
//! `scripts/prerender_page.py` puts it in `dist/index.html` at build time. When the app starts, `main`
//! removes it in the same task as its own first render (`remove_prerendered`): the page never shows both.
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

/// Removes the pre-rendered screen, if the page has one (natively, nothing to do).
pub fn remove_prerendered() {
    #[cfg(target_arch = "wasm32")]
    if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(ID)) {
        el.remove();
    }
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
