//! The paste/edit area: the article as plain text, editable, with buttons to clear it or bring the sample back.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

/// Properties of [`PasteArea`].
#[derive(Properties, PartialEq)]
pub struct PasteAreaProps {
    /// The article's text.
    pub text: AttrValue,
    /// Called with the whole new text after every edit (typing, pasting, cutting, dropping).
    pub on_edit: Callback<String>,
    /// Called when the user asks for the sample article.
    pub on_sample: Callback<()>,
    /// Called when the user empties the area.
    pub on_clear: Callback<()>,
}

/// A textarea holding the article. Pasting fires an `input` event like any other edit, so one handler serves all.
#[function_component(PasteArea)]
pub fn paste_area(props: &PasteAreaProps) -> Html {
    let oninput = {
        let on_edit = props.on_edit.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            on_edit.emit(area.value());
        })
    };
    let on_sample = props.on_sample.reform(|_: MouseEvent| ());
    let on_clear = props.on_clear.reform(|_: MouseEvent| ());
    let chars = props.text.chars().count();
    html! {
        <div class="paste-area">
            <div class="toolbar">
                <label for="article">{ "Article" }</label>
                <span class="chars">{ format!("{chars} characters") }</span>
                <button type="button" class="sample" onclick={on_sample}>{ "Sample" }</button>
                <button type="button" class="clear" onclick={on_clear}>{ "Clear" }</button>
            </div>
            <textarea
                id="article"
                value={props.text.clone()}
                {oninput}
                spellcheck="false"
                placeholder="Paste a Vietnamese news article here…"
            />
        </div>
    }
}
