//! chugiai embedded in other pages: the JavaScript API behind `<chu-giai>` and `window.chugiai`.
//!
//! The same wasm module as the page exports two functions (wasm-bindgen), wrapped by the embed scripts that
//! `scripts/embed_bundle.py` writes after each build (`dist/embed/`):
//! - [`annotate_json`] (`annotateJson` in JS): the annotation of a text as JSON (`annotation-format.md`), no UI;
//! - [`mount`]: the app (read-only or not) in a shadow root of a host element. The embed script gives that
//!   shadow root the app's stylesheet (`static/style.css`, inlined in the script, as a constructable
//!   stylesheet in `adoptedStyleSheets`: no `<style>` element or inline style for a Content-Security-Policy
//!   to forbid), never the host document; it is not in the wasm, so the page does not pay for it.
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

#[cfg(target_arch = "wasm32")]
mod web {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{Element, ShadowRoot, ShadowRootInit, ShadowRootMode};

    use crate::{App, AppProps, Lang, Theme};

    /// The annotation of `text` as JSON (the format of `annotation-format.md`), with no interface.
    #[wasm_bindgen(js_name = annotateJson)]
    pub fn annotate_json(text: &str) -> String {
        let annotation = chugiai_core::annotate(text);
        serde_json::to_string(&annotation).unwrap_or_else(|_| "{}".into())
    }

    /// An app mounted by [`mount`]; `unmount()` removes it.
    #[wasm_bindgen]
    pub struct Mounted {
        app: Option<yew::AppHandle<App>>,
        container: Element,
    }

    #[wasm_bindgen]
    impl Mounted {
        /// Removes the app from its shadow root.
        pub fn unmount(&mut self) {
            if let Some(app) = self.app.take() {
                app.destroy();
            }
            self.container.remove();
        }
    }

    fn get(options: &JsValue, key: &str) -> JsValue {
        if options.is_object() {
            js_sys::Reflect::get(options, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
        } else {
            JsValue::UNDEFINED
        }
    }

    fn props(options: &JsValue) -> AppProps {
        let text = get(options, "text").as_string();
        let labels = {
            let v = get(options, "labels");
            if let Some(s) = v.as_string() {
                super::parse_labels(&s)
            } else if js_sys::Array::is_array(&v) {
                let s: Vec<String> = js_sys::Array::from(&v).iter().filter_map(|x| x.as_string()).collect();
                super::parse_labels(&s.join(","))
            } else {
                None
            }
        };
        let show_directives = get(options, "directives").as_bool().unwrap_or(true);
        let theme = get(options, "theme").as_string().and_then(|s| Theme::parse(&s)).unwrap_or_default();
        let lang = get(options, "lang").as_string().and_then(|s| Lang::parse(&s)).unwrap_or_default();
        let read_only = get(options, "readOnly").is_truthy();
        AppProps {
            // Never the page's saved article nor the sample when the host gives none: an empty article.
            text: Some(text.unwrap_or_default().into()),
            labels,
            show_directives,
            theme,
            lang,
            read_only,
            persist: false,
        }
    }

    fn shadow_of(host: &Element) -> Result<ShadowRoot, JsValue> {
        if let Some(root) = host.shadow_root() {
            return Ok(root);
        }
        host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
    }

    /// Shows the app in `element`'s shadow root (made open if it has none; the embed script has given it the
    /// app's stylesheet, `static/embed/element.js`). `options`:
    /// `{ text, labels: "PERSON,LOCATION" | [..], directives: bool, theme: "light"|"dark"|"auto",
    /// lang: "vi"|"en", readOnly: bool }`, all optional. Nothing is saved in the browser.
    #[wasm_bindgen]
    pub fn mount(element: Element, options: JsValue) -> Result<Mounted, JsValue> {
        let root = shadow_of(&element)?;
        let document = element.owner_document().ok_or("no document")?;
        let container = document.create_element("div")?;
        container.set_class_name("chugiai-root");
        container.set_attribute("part", "root")?;
        root.append_child(&container)?;
        let app =
            yew::Renderer::<App>::with_root_and_props(container.clone().unchecked_into(), props(&options))
                .render();
        Ok(Mounted { app: Some(app), container })
    }
}

#[cfg(target_arch = "wasm32")]
pub use web::{annotate_json, mount, Mounted};

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
    fn natively_nothing_is_embedded() {
        assert!(!is_embedded());
    }
}
