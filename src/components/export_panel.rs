//! Export and import: the annotation the reader sees (corrections applied) in one of
//! [`Format::ALL`], downloaded as a file or copied to the clipboard; and an annotation JSON file read back
//! into a session (its text and spans), with a clear message when it is not one.
//!
//! Everything happens in the page: the file is made from a Blob, the import is read with `File.text()`.

use std::rc::Rc;

use chugiai_core::export::{export, import_json, Format};
use chugiai_core::Annotation;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, HtmlInputElement, HtmlSelectElement, Url};
use yew::prelude::*;

use crate::i18n::{Lang, Strings};
use crate::state::{export_name, Action, Notice};

/// Properties of [`ExportPanel`].
#[derive(Properties)]
pub struct ExportPanelProps {
    /// The annotation the reader sees (corrections applied): what is exported.
    pub annotation: Rc<Annotation>,
    /// The interface language.
    #[prop_or_default]
    pub lang: Lang,
    /// No import (the article cannot be replaced); exports stay.
    #[prop_or_default]
    pub read_only: bool,
    /// Called with what to do: a notice (copied, import failed), an imported annotation.
    #[prop_or_default]
    pub on_action: Callback<Action>,
}

impl PartialEq for ExportPanelProps {
    /// The annotation by address (a new one comes with every change), not by its possibly long content.
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.annotation, &other.annotation)
            && self.lang == other.lang
            && self.read_only == other.read_only
            && self.on_action == other.on_action
    }
}

/// A format's name in the menu.
fn format_name(f: Format, t: &Strings) -> &'static str {
    match f {
        Format::Json => t.f_json,
        Format::WebAnnotation => "W3C Web Annotation (JSON-LD)",
        Format::Csv => "CSV",
        Format::Conll => "CoNLL (BIO)",
        Format::Brat => "brat (.ann)",
        Format::Markdown => t.f_markdown,
    }
}

/// Saves `content` as a file named `name`: a Blob, an object URL and a click on an `<a download>`.
fn download(content: &str, mime: &str, name: &str) -> Result<(), JsValue> {
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&js_sys::Array::of1(&content.into()), &options)?;
    let url = Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window().and_then(|w| w.document()).ok_or(JsValue::NULL)?;
    let a: HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    a.click();
    // The browser has read the URL by the time this runs.
    gloo_timers::callback::Timeout::new(10_000, move || {
        let _ = Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// Copies `text`: the Clipboard API where the page may use it, else the selection and `copy` command.
async fn copy(text: String) -> bool {
    let Some(window) = web_sys::window() else { return false };
    let navigator = window.navigator();
    let has_api = js_sys::Reflect::get(&navigator, &"clipboard".into()).is_ok_and(|c| c.is_truthy());
    if has_api && JsFuture::from(navigator.clipboard().write_text(&text)).await.is_ok() {
        return true;
    }
    copy_by_command(&text).unwrap_or(false)
}

fn copy_by_command(text: &str) -> Option<bool> {
    let document: web_sys::HtmlDocument = web_sys::window()?.document()?.unchecked_into();
    let area: web_sys::HtmlTextAreaElement = document.create_element("textarea").ok()?.unchecked_into();
    area.set_value(text);
    let body = document.body()?;
    body.append_child(&area).ok()?;
    area.select();
    let done = document.exec_command("copy").unwrap_or(false);
    area.remove();
    Some(done)
}

/// The export and import panel.
#[function_component(ExportPanel)]
pub fn export_panel(props: &ExportPanelProps) -> Html {
    let t = props.lang.t();
    let select = use_node_ref();
    // The chosen format, read from the menu when a button is pressed (the menu keeps it, no state needed).
    let chosen = {
        let select = select.clone();
        move || {
            select.cast::<HtmlSelectElement>().and_then(|s| Format::parse(&s.value())).unwrap_or(Format::Json)
        }
    };
    let on_download = {
        let annotation = props.annotation.clone();
        let chosen = chosen.clone();
        Callback::from(move |_: MouseEvent| {
            let f = chosen();
            let _ = download(&export(&annotation, f), f.mime(), &export_name(annotation.id.as_deref(), f));
        })
    };
    let on_copy = {
        let annotation = props.annotation.clone();
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| {
            let text = export(&annotation, chosen());
            let on_action = on_action.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let notice = if copy(text).await { Notice::Copied } else { Notice::CopyFailed };
                on_action.emit(Action::Notify(Some(notice)));
            });
        })
    };
    let on_import = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
            // the same file can be chosen again
            input.set_value("");
            let read = JsFuture::from(file.text());
            let on_action = on_action.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let text = read.await.ok().and_then(|v| v.as_string()).unwrap_or_default();
                match import_json(&text) {
                    Ok(a) => {
                        on_action.emit(Action::Load(Rc::new(a)));
                        on_action.emit(Action::Notify(Some(Notice::Imported)));
                    }
                    Err(why) => on_action.emit(Action::Notify(Some(Notice::ImportFailed(why.to_string())))),
                }
            });
        })
    };
    html! {
        <section class="export panel" aria-label={t.export}>
            <h2>{ t.export }</h2>
            <div class="row">
                <label>{ t.export_format }{ " " }
                    <select class="format" ref={select}>
                        { for Format::ALL.iter().map(|&f| html! {
                            <option value={f.name()} selected={f == Format::Json}>{ format_name(f, t) }</option>
                        }) }
                    </select>
                </label>
            </div>
            <div class="row">
                <button type="button" class="download" onclick={on_download}>{ t.download }</button>
                <button type="button" class="copy" onclick={on_copy}>{ t.copy }</button>
                if !props.read_only {
                    <label class="import button">{ t.import }
                        <input type="file" class="sr" accept=".json,application/json" onchange={on_import} />
                    </label>
                }
            </div>
        </section>
    }
}
