//! chugiai embedded in other pages: the JavaScript API behind `<chu-giai>` and `window.chugiai`.
//!
//! The same wasm module as the page exports three functions (wasm-bindgen), wrapped by the embed scripts that
//! `scripts/embed_bundle.py` writes after each build (`dist/embed/`):
//! - [`annotate_json`] (`annotateJson`): the annotation of a text as JSON (`annotation-format.md`), no UI;
//! - [`render_app`] (`renderApp`) / [`destroy_app`] (`destroyApp`): the app (read-only or not) in a container
//!   that the embed script made inside a shadow root of the host element, and gave the app's stylesheet
//!   (`static/style.css`, inlined in the script, as a constructable stylesheet in `adoptedStyleSheets`: no
//!   `<style>` element or inline style for a Content-Security-Policy to forbid), never the host document.
//!   The shadow root, the stylesheet and the options object are the script's (`static/embed/element.js`), so
//!   the page's wasm carries only what it must.
//!
//! The embed script sets `globalThis.__chugiaiEmbed = true` before it starts the module, so the page's `main`
//! (which runs on every start of a bin's module) leaves the host document alone: see [`is_embedded`].

/// Whether the module was started by an embed script (which sets `globalThis.__chugiaiEmbed`): then the
/// page's `main` must not render into the host document.
pub fn is_embedded() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::Reflect::get(&js_sys::global(), &wasm_bindgen::JsValue::from_str("__chugiaiEmbed"))
            .map(|v| v.is_truthy())
            .unwrap_or(false)
    }
    #[cfg(not(target_arch = "wasm32"))]
    false
}

/// Labels from a list like `"PERSON, LOCATION"` (unknown names are ignored); `None` for an empty list.
pub fn parse_labels(list: &str) -> Option<Vec<chugiai_core::Label>> {
    let labels: Vec<_> = list
        .split([',', ' '])
        .filter(|s| !s.is_empty())
        .filter_map(|s| chugiai_core::Label::parse(&s.to_ascii_uppercase()))
        .collect();
    (!labels.is_empty()).then_some(labels)
}

/// The props of an embedded app: the given text (empty rather than the sample), nothing saved in the browser.
pub fn props(
    text: &str,
    labels: &str,
    directives: bool,
    theme: &str,
    lang: &str,
    read_only: bool,
) -> AppProps {
    AppProps {
        text: Some(AttrValue::from(text.to_string())),
        labels: parse_labels(labels),
        show_directives: directives,
        theme: Theme::parse(theme).unwrap_or_default(),
        lang: Lang::parse(lang).unwrap_or_default(),
        read_only,
        persist: false,
        side_after_first_paint: true,
    }
}

#[cfg(target_arch = "wasm32")]
mod web {
    use std::cell::RefCell;

    use wasm_bindgen::prelude::*;

    use crate::App;

    thread_local! {
        /// The apps started by [`render_app`], by id (a slot is emptied by [`destroy_app`]).
        static APPS: RefCell<Vec<Option<yew::AppHandle<App>>>> = const { RefCell::new(Vec::new()) };
    }

    /// The annotation of `text` as JSON (the format of `annotation-format.md`), with no interface.
    #[wasm_bindgen(js_name = annotateJson)]
    pub fn annotate_json(text: &str) -> String {
        let annotation = chugiai_core::annotate(text);
        serde_json::to_string(&annotation).unwrap_or_else(|_| "{}".into())
    }

    /// Renders the app into `container` (the embed script's element inside a shadow root, styled there);
    /// returns an id for [`destroy_app`]. `labels`: e.g. `"PERSON,LOCATION"` (empty: all); `theme`: `light`,
    /// `dark`, `auto`; `lang`: `vi`, `en`. Nothing is saved in the browser.
    #[wasm_bindgen(js_name = renderApp)]
    pub fn render_app(
        container: web_sys::Element,
        text: &str,
        labels: &str,
        directives: bool,
        theme: &str,
        lang: &str,
        read_only: bool,
    ) -> u32 {
        let props = super::props(text, labels, directives, theme, lang, read_only);
        let app = yew::Renderer::<App>::with_root_and_props(container, props).render();
        APPS.with(|apps| {
            let mut apps = apps.borrow_mut();
            apps.push(Some(app));
            (apps.len() - 1) as u32
        })
    }

    /// Removes the app `id` of [`render_app`] (again: nothing).
    #[wasm_bindgen(js_name = destroyApp)]
    pub fn destroy_app(id: u32) {
        let app = APPS.with(|apps| apps.borrow_mut().get_mut(id as usize).and_then(Option::take));
        if let Some(app) = app {
            app.destroy();
        }
    }
}

#[cfg(target_arch = "wasm32")]
pub use web::{annotate_json, destroy_app, render_app};

use yew::AttrValue;

use crate::{AppProps, Lang, Theme};

#[cfg(test)]
mod tests {
    use super::*;
    use chugiai_core::Label;

    #[test]
    fn labels_attribute_lists_known_labels_in_any_case_and_separator() {
        let cases: &[(&str, Option<Vec<Label>>)] = &[
            ("PERSON,LOCATION", Some(vec![Label::Person, Label::Location])),
            ("person location", Some(vec![Label::Person, Label::Location])),
            (" DATE , nonsense ", Some(vec![Label::Date])),
            ("", None),
            ("nonsense", None),
        ];
        for (list, want) in cases {
            assert_eq!(&parse_labels(list), want, "{list:?}");
        }
    }

    #[test]
    fn embedded_app_shows_the_given_text_and_saves_nothing() {
        let p = props("Hà Nội", "LOCATION", false, "dark", "en", true);
        assert_eq!(p.text.as_deref(), Some("Hà Nội"));
        assert_eq!(p.labels, Some(vec![Label::Location]));
        assert_eq!(
            (p.show_directives, p.theme, p.lang, p.read_only, p.persist),
            (false, Theme::Dark, Lang::En, true, false)
        );
        let d = props("", "", true, "nonsense", "", false);
        assert_eq!((d.text.as_deref(), d.labels, d.theme, d.lang), (Some(""), None, Theme::Auto, Lang::Vi));
    }

    #[test]
    fn natively_nothing_is_embedded() {
        assert!(!is_embedded());
    }
}
