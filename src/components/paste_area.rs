//! The paste/edit area: the article as plain text, editable, with buttons to clear it or bring the sample back.
//!
//! Pasting is handled here, not left to the browser:
//! - HTML on the clipboard (copied from a web page or Word) becomes its text with its paragraph breaks, read
//!   with the browser's inert parser (`DOMParser`: nothing in it runs or loads, and none of its nodes is ever
//!   put into the page); scripts, styles, comments, images, links' targets and all other markup are dropped;
//! - the text goes in at the caret, replacing the selection, like a normal paste (with the browser's undo for
//!   ordinary sizes), and the edit is reported like typing;
//! - a large paste says how big it is and that it is being annotated in the background, with progress;
//! - text in a legacy Vietnamese encoding (TCVN3, VNI) or decomposed Unicode gets an offer to use the
//!   repaired text (with a way back to the text as pasted).

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{ClipboardEvent, HtmlTextAreaElement};
use yew::prelude::*;

use crate::annotator::SYNC_LIMIT;
use crate::i18n::Lang;

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
    /// The interface language.
    #[prop_or_default]
    pub lang: Lang,
    /// While a large text is annotated in the background: (code points done, code points in all).
    #[prop_or_default]
    pub progress: Option<(usize, usize)>,
}

/// What the last paste was, for the message under the toolbar.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Pasted {
    bytes: usize,
    html: bool,
}

/// A repaired legacy text on offer, or the original kept after the repaired one was taken.
#[derive(Clone, Debug, PartialEq)]
enum Legacy {
    /// The repaired text was taken; this is the text as pasted, to go back to.
    Used { encoding: &'static str, original: Rc<str>, repaired: Rc<str> },
}

/// A textarea holding the article.
#[function_component(PasteArea)]
pub fn paste_area(props: &PasteAreaProps) -> Html {
    let t = props.lang.t();
    let area_ref = use_node_ref();
    let pasted = use_state(|| None::<Pasted>);
    let legacy = use_state(|| None::<Legacy>);

    // A text too large for the text box (its layout alone would freeze the page for seconds) is not put in
    // it: the box stays empty, typing there is ignored and a paste replaces the whole article.
    let large = props.text.len() >= LARGE_EDIT;
    let oninput = {
        let on_edit = props.on_edit.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            if large {
                area.set_value("");
            } else {
                on_edit.emit(area.value());
            }
        })
    };
    let onpaste = {
        let pasted = pasted.clone();
        let on_edit = props.on_edit.clone();
        Callback::from(move |e: Event| {
            let Some(e) = e.dyn_ref::<ClipboardEvent>() else { return };
            let Some(data) = e.clipboard_data() else { return };
            let Some(area) = e.target().and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok()) else {
                return;
            };
            let html = data.get_data("text/html").unwrap_or_default();
            let from_html = if html.trim().is_empty() { None } else { html_to_text(&html) };
            let (text, is_html) = match from_html {
                Some(t) if !t.trim().is_empty() => (t, true),
                _ => (data.get_data("text/plain").unwrap_or_default(), false),
            };
            e.prevent_default();
            pasted.set(Some(Pasted { bytes: text.len(), html: is_html }));
            if large {
                on_edit.emit(text);
            } else if text.len() >= LARGE_EDIT {
                // The result will not be shown in the box: build it here, never in the box.
                let value = area.value();
                let start = area.selection_start().ok().flatten().unwrap_or(u32::MAX) as usize;
                let end = area.selection_end().ok().flatten().unwrap_or(u32::MAX) as usize;
                on_edit.emit(splice_utf16(&value, start.min(end), end.max(start), &text));
            } else {
                insert_at_caret(&area, &text);
            }
        })
    };
    let on_sample = props.on_sample.reform(|_: MouseEvent| ());
    let on_clear = props.on_clear.reform(|_: MouseEvent| ());
    // Counted once per text, not on every render (a 10 MB text re-renders with each progress report).
    let chars = *use_memo(props.text.clone(), |t| t.chars().count());

    // A legacy encoding in the text: offer the repaired text.
    let offer = use_memo(props.text.clone(), |text| repair(text));
    let message = match (*pasted, props.progress) {
        (Some(p), Some((done, total))) if p.bytes >= SYNC_LIMIT => {
            let pct = if total == 0 { 0 } else { (done.min(total) as u64 * 100 / total as u64) as u32 };
            Some(html! {
                <p class="paste-note large" role="status" aria-live="polite">
                    { t.paste_large.replace("{size}", &size(p.bytes, props.lang)) }
                    { " " }<span class="percent">{ format!("{pct}%") }</span>
                </p>
            })
        }
        (Some(Pasted { html: true, .. }), _) => {
            Some(html! { <p class="paste-note html" role="status" aria-live="polite">{ t.paste_html }</p> })
        }
        _ => None,
    };
    let legacy_note = match (&*offer, &*legacy) {
        (Some((encoding, repaired)), _) => {
            let name = encoding_name(encoding, props.lang);
            let onclick = {
                let (legacy, on_edit, pasted) = (legacy.clone(), props.on_edit.clone(), pasted.clone());
                let original: Rc<str> = Rc::from(props.text.as_str());
                let (encoding, repaired) = (*encoding, repaired.clone());
                Callback::from(move |_: MouseEvent| {
                    legacy.set(Some(Legacy::Used {
                        encoding,
                        original: original.clone(),
                        repaired: repaired.clone(),
                    }));
                    pasted.set(None);
                    on_edit.emit(repaired.to_string());
                })
            };
            Some(html! {
                <div class="legacy-offer" role="status" aria-live="polite" data-encoding={*encoding}>
                    <span>{ t.legacy_found.replace("{encoding}", name) }</span>
                    { " " }
                    <button type="button" class="use-repaired" {onclick}>{ t.legacy_use }</button>
                </div>
            })
        }
        (None, Some(Legacy::Used { encoding, original, repaired })) if props.text.as_str() == &**repaired => {
            let onclick = {
                let (legacy, on_edit, original) = (legacy.clone(), props.on_edit.clone(), original.clone());
                Callback::from(move |_: MouseEvent| {
                    legacy.set(None);
                    on_edit.emit(original.to_string());
                })
            };
            Some(html! {
                <div class="legacy-offer used" role="status" aria-live="polite" data-encoding={*encoding}>
                    <span>{ t.legacy_used.replace("{encoding}", encoding_name(encoding, props.lang)) }</span>
                    { " " }
                    <button type="button" class="back-to-original" {onclick}>{ t.legacy_back }</button>
                </div>
            })
        }
        _ => None,
    };

    html! {
        <div class="paste-area">
            <div class="toolbar">
                <label for="article">{ t.article }</label>
                <span class="chars">{ format!("{chars} {}", t.characters) }</span>
                <button type="button" class="sample" onclick={on_sample}>{ t.sample }</button>
                <button type="button" class="clear" onclick={on_clear}>{ t.clear }</button>
            </div>
            { for message }
            { for legacy_note }
            if large {
                <p class="large-text" id="large-text" role="note">
                    { t.large_text.replace("{size}", &size(props.text.len(), props.lang)) }
                </p>
            }
            <textarea
                id="article"
                ref={area_ref}
                value={if large { AttrValue::default() } else { props.text.clone() }}
                {oninput}
                {onpaste}
                spellcheck="false"
                aria-describedby={large.then_some("large-text")}
                placeholder={if large { t.large_placeholder } else { t.paste_here }}
            />
        </div>
    }
}

/// Texts of this many bytes or more are not put in the text box (see [`PasteArea`]).
pub const LARGE_EDIT: usize = 1_000_000;

/// `value` with its UTF-16 range `start..end` (clamped, as a textarea's selection) replaced by `text`.
fn splice_utf16(value: &str, start: usize, end: usize, text: &str) -> String {
    let byte_at = |unit: usize| {
        let mut units = 0;
        for (i, c) in value.char_indices() {
            if units >= unit {
                return i;
            }
            units += c.len_utf16();
        }
        value.len()
    };
    let (a, b) = (byte_at(start), byte_at(end));
    let mut out = String::with_capacity(value.len() + text.len());
    out.push_str(&value[..a]);
    out.push_str(text);
    out.push_str(&value[b..]);
    out
}

/// `bytes` as a size a reader understands: `10,2 MB` (Vietnamese) or `10.2 MB`.
fn size(bytes: usize, lang: Lang) -> String {
    // In tenths, rounded, with integers only: formatting a float would link Rust's float printing (about
    // 5 KB of wasm) for this one label.
    let (scale, unit) = if bytes >= 1_000_000 { (100_000, "MB") } else { (100, "KB") };
    let tenths = (bytes + scale / 2) / scale;
    let point = match lang {
        Lang::Vi => ',',
        Lang::En => '.',
    };
    format!("{}{point}{} {unit}", tenths / 10, tenths % 10)
}

/// The repaired text when `text` is in a legacy encoding: (encoding, repaired text). The highlights need no
/// repair (the engine annotates the repaired text and reports the spans on the text as pasted): this is the
/// offer to replace the text itself.
fn repair(text: &str) -> Option<(&'static str, Rc<str>)> {
    chugiai_core::legacy::repair(text).map(|r| (r.encoding.as_str(), Rc::from(r.text)))
}

/// A legacy encoding's name for the reader.
fn encoding_name(encoding: &str, lang: Lang) -> &'static str {
    match encoding {
        "tcvn3" => "TCVN3 (ABC)",
        "vni" => "VNI",
        _ => lang.t().legacy_nfd,
    }
}

/// Puts `text` at the caret of `area`, replacing the selection, then reports the edit (an `input` event).
/// Ordinary sizes go through the browser's editing command, so Ctrl+Z undoes the paste; very large ones are
/// set directly (the editing command would take seconds).
pub fn insert_at_caret(area: &HtmlTextAreaElement, text: &str) {
    let _ = area.focus();
    if text.len() < SYNC_LIMIT {
        let document = area.owner_document().and_then(|d| d.dyn_into::<web_sys::HtmlDocument>().ok());
        let before = area.value();
        let done = document
            .and_then(|d| d.exec_command_with_show_ui_and_value("insertText", false, text).ok())
            .unwrap_or(false);
        if done && (text.is_empty() || area.value() != before) {
            return;
        }
    }
    // (No copy of the whole value: the end of the text is asked for only if there is no selection.)
    let start = area.selection_start().ok().flatten().unwrap_or_else(|| area.text_length());
    let end = area.selection_end().ok().flatten().unwrap_or_else(|| area.text_length());
    let _ = area.set_range_text_with_start_and_end_and_mode(text, start.min(end), end.max(start), "end");
    let init = web_sys::InputEventInit::new();
    init.set_bubbles(true);
    init.set_input_type("insertFromPaste");
    if let Ok(event) = web_sys::InputEvent::new_with_event_init_dict("input", &init) {
        let _ = area.dispatch_event(&event);
    }
}

/// The text of pasted HTML, with its paragraph and line breaks; `None` if the browser cannot parse it.
///
/// Parsed by `DOMParser` into a document that is never attached to the page (scripts do not run there, images
/// and styles do not load); only its text nodes are read. Dropped: `script`, `style`, `template`, `noscript`,
/// `head`, embedded objects, images, SVG and MathML, comments (Word's conditional ones too), elements hidden by
/// style (`display:none`, Word's `mso-hide:all`) and Word's list bullets (`mso-list:Ignore`). Block elements,
/// `<br>`, list items and table rows end a line; table cells are separated by a space. White space collapses as
/// a browser shows it (kept inside `<pre>`); empty lines are dropped, as the article's paragraphs are lines.
pub fn html_to_text(html: &str) -> Option<String> {
    let parser = web_sys::DomParser::new().ok()?;
    let doc = parser.parse_from_string(html, web_sys::SupportedType::TextHtml).ok()?;
    let root: web_sys::Node = match doc.body() {
        Some(b) => b.into(),
        None => doc.document_element()?.into(),
    };
    let mut out = TextOut::default();
    // Iterative walk (deeply nested markup cannot overflow the stack).
    let mut node = root.first_child();
    let mut pre_depth = 0usize;
    while let Some(n) = node {
        let mut descend = false;
        match n.node_type() {
            web_sys::Node::TEXT_NODE => out.text(&n.node_value().unwrap_or_default(), pre_depth > 0),
            web_sys::Node::ELEMENT_NODE => {
                let el: &web_sys::Element = n.unchecked_ref();
                let name = el.local_name().to_ascii_lowercase();
                if !skipped(&name, el) {
                    if name == "br" {
                        out.hard_break();
                    } else if is_block(&name) {
                        out.block();
                    } else if matches!(name.as_str(), "td" | "th") {
                        out.space();
                    }
                    descend = n.first_child().is_some();
                    if descend && name == "pre" {
                        pre_depth += 1;
                    }
                    if !descend && is_block(&name) {
                        out.block();
                    }
                }
            }
            _ => {}
        }
        if descend {
            if let Some(child) = n.first_child() {
                node = Some(child);
                continue;
            }
        }
        // Leave `n` (and every ancestor whose last child this was), closing blocks on the way up.
        let mut cur = n;
        loop {
            if let Some(next) = cur.next_sibling() {
                node = Some(next);
                break;
            }
            match cur.parent_node() {
                Some(parent) if parent != root => {
                    let el: &web_sys::Element = parent.unchecked_ref();
                    let name = el.local_name().to_ascii_lowercase();
                    if name == "pre" {
                        pre_depth = pre_depth.saturating_sub(1);
                    }
                    if is_block(&name) {
                        out.block();
                    }
                    cur = parent;
                }
                _ => {
                    node = None;
                    break;
                }
            }
        }
    }
    Some(out.finish())
}

/// Elements whose content is not text of the article.
fn skipped(name: &str, el: &web_sys::Element) -> bool {
    if matches!(
        name,
        "script"
            | "style"
            | "template"
            | "noscript"
            | "head"
            | "title"
            | "meta"
            | "link"
            | "base"
            | "iframe"
            | "frame"
            | "frameset"
            | "object"
            | "embed"
            | "applet"
            | "img"
            | "picture"
            | "video"
            | "audio"
            | "source"
            | "track"
            | "canvas"
            | "svg"
            | "math"
            | "input"
            | "select"
            | "textarea"
            | "button"
            | "xml"
            | "map"
    ) || name.starts_with("v:")
        || name.starts_with("w:")
    {
        return true;
    }
    if el.has_attribute("hidden") {
        return true;
    }
    if let Some(style) = el.get_attribute("style") {
        let s: String = style.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
        if s.contains("display:none") || s.contains("mso-hide:all") || s.contains("mso-list:ignore") {
            return true;
        }
    }
    false
}

/// Elements that stand on lines of their own.
fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "li"
            | "ul"
            | "ol"
            | "dl"
            | "dt"
            | "dd"
            | "tr"
            | "table"
            | "thead"
            | "tbody"
            | "tfoot"
            | "caption"
            | "blockquote"
            | "pre"
            | "section"
            | "article"
            | "aside"
            | "header"
            | "footer"
            | "main"
            | "nav"
            | "figure"
            | "figcaption"
            | "address"
            | "hr"
            | "center"
            | "details"
            | "summary"
            | "fieldset"
            | "legend"
            | "form"
            | "hgroup"
            | "body"
    )
}

/// Text collected from the parsed HTML, white space collapsed as a browser shows it.
#[derive(Default)]
struct TextOut {
    s: String,
    /// A line break is due before the next text.
    pending_break: bool,
    /// A space is due before the next text (on the same line).
    pending_space: bool,
}

impl TextOut {
    fn text(&mut self, t: &str, pre: bool) {
        for c in t.chars() {
            let c = if c == '\r' { '\n' } else { c };
            if pre {
                self.flush();
                self.s.push(c);
                continue;
            }
            if matches!(c, ' ' | '\t' | '\n' | '\u{c}') {
                self.pending_space = true;
            } else {
                self.flush();
                self.s.push(c);
            }
        }
    }

    fn flush(&mut self) {
        if self.pending_break {
            if !self.s.is_empty() && !self.s.ends_with('\n') {
                self.s.push('\n');
            }
            self.pending_break = false;
            self.pending_space = false;
        } else if self.pending_space {
            if !self.s.is_empty() && !self.s.ends_with('\n') {
                self.s.push(' ');
            }
            self.pending_space = false;
        }
    }

    fn block(&mut self) {
        self.pending_break = true;
    }

    fn space(&mut self) {
        self.pending_space = true;
    }

    fn hard_break(&mut self) {
        self.pending_space = false;
        self.pending_break = false;
        self.s.push('\n');
    }

    /// Lines trimmed (no-break spaces included), empty ones dropped.
    fn finish(self) -> String {
        let trim = |c: char| c.is_whitespace() || c == '\u{a0}';
        self.s.lines().map(|l| l.trim_matches(trim)).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("\n")
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn a_paste_splices_at_the_selection_counted_in_utf16_units_like_the_text_box() {
        let table: &[(&str, usize, usize, &str, &str)] = &[
            ("Hà Nội", 3, 3, "X", "Hà XNội"),
            ("Hà Nội", 0, 6, "Huế", "Huế"),
            ("Hà Nội", 99, 99, "!", "Hà Nội!"),
            ("a😀b", 3, 3, "|", "a😀|b"),
            ("", 0, 0, "Yên Bái", "Yên Bái"),
        ];
        for &(value, start, end, text, want) in table {
            assert_eq!(splice_utf16(value, start, end, text), want);
        }
    }

    #[test]
    fn sizes_read_as_a_reader_writes_them() {
        assert_eq!(size(10_400_000, Lang::Vi), "10,4 MB");
        assert_eq!(size(10_400_000, Lang::En), "10.4 MB");
        assert_eq!(size(616_300, Lang::Vi), "616,3 KB");
    }
}
