//! `chugiai-core` finds what matters in a Vietnamese official news article: the people, positions,
//! organisations, places, dates, legal documents and events it names, and the sentences that assign tasks.
//!
//! It is pure Rust with no web dependency: the browser widget and the `chugiai` command-line tool both
//! call [`annotate`] and only convert or display what it returns.
//!
//! # Example
//!
//! ```
//! let a = chugiai_core::annotate("Chiều 22/2, Tỉnh ủy Yên Bái tổ chức Hội nghị.");
//! assert!(a.entities.iter().any(|e| e.label == chugiai_core::Label::Location && e.text == "Yên Bái"));
//! ```
//!
//! Offsets are Unicode code points of the text exactly as given; see [`Entity`].
//!
//! Spans nest as the annotation guidelines say: a position holds the body it names, a body its place, and
//! each span says which rule found it. A person carries the positions written next to the name:
//!
//! ```
//! use chugiai_core::{annotate, Label};
//!
//! let a = annotate("Đồng chí Hoàng Thị Vĩnh - Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy Yên Bái chủ trì.");
//! let spans: Vec<(Label, &str)> = a.entities.iter().map(|e| (e.label, e.text.as_str())).collect();
//! assert!(spans.contains(&(Label::Position, "Trưởng Ban Dân vận Tỉnh ủy Yên Bái")));
//! assert!(spans.contains(&(Label::Organization, "Ban Dân vận Tỉnh ủy Yên Bái")));
//! assert!(spans.contains(&(Label::Location, "Yên Bái")));
//! let person = a.entities.iter().find(|e| e.label == Label::Person).unwrap();
//! assert_eq!(person.text, "Hoàng Thị Vĩnh");
//! assert_eq!(person.value.as_ref().unwrap()["positions"][1], "Trưởng Ban Dân vận Tỉnh ủy Yên Bái");
//! ```
//!
//! The text is normalised for matching only (NFC, modern tone placement `hoà` → `hòa`, plain spaces and
//! quotes); spans are always reported on the original text, so pasted NFD or old-style spelling keeps its
//! offsets.
//!
//! # Summary and exports
//!
//! [`summary::summarize`] groups the mentions of each label into distinct items (a person by name, an acronym
//! with its full name, a date by its ISO value, a document by number and code), each with its mention spans in
//! text order, sorted by first mention, and numbers the tasks. [`export::export`] writes an annotation as the
//! annotation JSON, W3C Web Annotation JSON-LD, CSV, CoNLL, brat standoff or a Markdown brief, and
//! [`export::import_json`] reads the JSON back, checking every span against the text:
//!
//! ```
//! use chugiai_core::export::{export, import_json, Format};
//! use chugiai_core::{annotate, summary::summarize, Label};
//!
//! let a = annotate("UBND tỉnh Yên Bái yêu cầu Sở Y tế báo cáo trước ngày 15/7/2025. UBND tỉnh Yên Bái giao Sở Tài chính.");
//! let s = summarize(&a);
//! let place = &s.items(Label::Location)[0];
//! assert_eq!((place.name.as_str(), place.count), ("Yên Bái", 2));
//! assert_eq!(place.detail.as_deref(), Some("tỉnh; từ 1/7/2025 thuộc Lào Cai"));
//! assert_eq!(s.tasks[0].deadline.as_deref(), Some("2025-07-15"));
//!
//! assert_eq!(import_json(&export(&a, Format::Json)).unwrap(), a);
//! assert!(export(&a, Format::Csv).starts_with("kind,start,end,label,text,"));
//! assert!(import_json(r#"{"text": "Hà Nội", "entities": [{"start": 0, "end": 9, "label": "LOCATION", "text": "Hà Nội"}]}"#)
//!     .unwrap_err()
//!     .to_string()
//!     .contains("ends after the text"));
//! ```
#![deny(missing_docs)]

mod directives;
pub mod export;
pub mod legacy;
mod lexicon;
mod nfc;
mod recognizers;
mod span;
pub mod summary;
mod text;

pub use span::{char_slice, Annotation, Directive, Entity, Label, Strength};

/// Annotates one article: every entity mention and every directive sentence.
///
/// Never panics, whatever the input; every span lies within the text and its `text` equals its slice.
///
/// A text longer than [`SECTION_BYTES`] is read in the sections [`sections`] cuts it into, each on its own:
/// what one section says (a year, a speaker, an open list of tasks, the headline) does not carry into the
/// next. So annotating the sections one by one with [`annotate_section`], as the page does for a long paste,
/// gives exactly what this gives on Unicode text.
///
/// Text in a legacy Vietnamese encoding (TCVN3, VNI; see [`legacy`]) is repaired first and the repaired text
/// annotated; its spans are reported on the text as given (`text` is the slice of the original, `ChÊp hµnh`),
/// while values, issuers and addressees are read off the repaired text.
pub fn annotate(text: &str) -> Annotation {
    annotate_as(text, legacy::detect(text))
}

/// What [`annotate`] gives once [`legacy::detect`] has told `encoding`, the shape of `text`: for a caller
/// that asked already (the command line names the encoding it found), so that the text is not read twice.
/// Only TCVN3 and VNI are repaired first; `None` and NFD are annotated as they are.
///
/// ```
/// use chugiai_core::{annotate, annotate_as, legacy};
///
/// let pasted = "Chñ tÞch UBND tØnh Yªn B¸i chñ tr× cuéc häp.";
/// let encoding = legacy::detect(pasted);
/// assert_eq!(encoding, Some(legacy::Encoding::Tcvn3));
/// assert_eq!(annotate_as(pasted, encoding), annotate(pasted));
/// ```
pub fn annotate_as(text: &str, encoding: Option<legacy::Encoding>) -> Annotation {
    match encoding {
        Some(encoding @ (legacy::Encoding::Tcvn3 | legacy::Encoding::Vni)) => {
            annotate_repaired(text, &legacy::convert(text, encoding))
        }
        _ => annotate_unicode(text),
    }
}

/// Annotates `text` as Unicode, whatever it looks like, section by section.
fn annotate_unicode(text: &str) -> Annotation {
    let mut entities = Vec::new();
    let mut directives = Vec::new();
    for section in sections(text) {
        let (e, d) = annotate_section(text, &section);
        entities.extend(e);
        directives.extend(d);
    }
    Annotation { id: None, text: text.to_string(), entities, directives }
}

/// Annotates the repaired text `repair` of `original` and reports every span on `original`.
///
/// ```
/// use chugiai_core::{annotate_repaired, legacy, Label};
///
/// let pasted = "Chñ tÞch UBND tØnh Yªn B¸i NguyÔn V¨n Kh¸nh ®· chñ tr× cuéc häp.";
/// let repair = legacy::repair(pasted).unwrap();
/// assert_eq!(repair.text, "Chủ tịch UBND tỉnh Yên Bái Nguyễn Văn Khánh đã chủ trì cuộc họp.");
/// let a = annotate_repaired(pasted, &repair);
/// let person = a.entities.iter().find(|e| e.label == Label::Person).unwrap();
/// assert_eq!(person.text, "NguyÔn V¨n Kh¸nh");
/// assert_eq!(a, chugiai_core::annotate(pasted));
/// ```
pub fn annotate_repaired(original: &str, repair: &legacy::Repair) -> Annotation {
    let mut a = annotate_unicode(&repair.text);
    repair.move_spans(original, &mut a.entities, &mut a.directives);
    a.text = original.to_string();
    a
}

/// About how many bytes one section of a long text holds (see [`sections`]).
pub const SECTION_BYTES: usize = 48 * 1024;

/// One section of a text (see [`sections`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    /// Its byte range in the text.
    pub bytes: std::ops::Range<usize>,
    /// How many code points of the text come before it (its first span offset).
    pub char_start: usize,
}

/// The sections [`annotate`] reads `text` in, in order, covering it: the whole text when it
/// is at most [`SECTION_BYTES`] long, else pieces of at least that size (but the last), each cut after a
/// blank line (a paragraph end) within the next 3 × [`SECTION_BYTES`] when there is one, else after a line
/// break, a sentence end (`. `) or a space, else at a character boundary.
pub fn sections(text: &str) -> Vec<Section> {
    let target = SECTION_BYTES;
    let mut out = Vec::new();
    let mut start = 0;
    let mut char_start = 0;
    while start < text.len() {
        let rest = &text[start..];
        if rest.len() <= target {
            out.push(Section { bytes: start..text.len(), char_start });
            break;
        }
        let mut window_end = (target * 4).min(rest.len());
        while !rest.is_char_boundary(window_end) {
            window_end -= 1;
        }
        let mut from = target.min(window_end);
        while !rest.is_char_boundary(from) {
            from += 1;
        }
        let window = &rest[from..window_end];
        let cut = window
            .find("\n\n")
            .map(|i| from + i + 2)
            .or_else(|| window.find('\n').map(|i| from + i + 1))
            .or_else(|| window.rfind(". ").map(|i| from + i + 2))
            .or_else(|| window.rfind(' ').map(|i| from + i + 1))
            .unwrap_or(if window_end > 0 { window_end } else { rest.len() });
        out.push(Section { bytes: start..start + cut, char_start });
        char_start += rest[..cut].chars().count();
        start += cut;
    }
    out
}

/// Annotates `section` (one of [`sections`]`(text)`) of `text`: its entities and directives, with offsets in
/// code points of the whole `text`. `annotate(text)` is these, section after section.
pub fn annotate_section(text: &str, section: &Section) -> (Vec<Entity>, Vec<Directive>) {
    let part = &text[section.bytes.clone()];
    let shift = section.char_start;
    // (Sized once: collecting code points, whose count `chars` cannot tell in advance, grows it as it goes.)
    let mut chars: Vec<char> = Vec::with_capacity(part.len());
    chars.extend(part.chars());
    let mut entities = recognizers::find_entities_in(part, &chars);
    let mut directives = directives::find_directives_in(part, &chars, &entities);
    if shift > 0 {
        for e in &mut entities {
            e.start += shift;
            e.end += shift;
        }
        for d in &mut directives {
            d.start += shift;
            d.end += shift;
        }
    }
    (entities, directives)
}
