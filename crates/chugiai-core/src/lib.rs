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
pub fn annotate(text: &str) -> Annotation {
    let entities = recognizers::find_entities(text);
    let directives = directives::find_directives(text, &entities);
    Annotation { id: None, text: text.to_string(), entities, directives }
}
