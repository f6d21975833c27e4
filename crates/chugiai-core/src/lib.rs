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
#![deny(missing_docs)]

mod directives;
pub mod export;
mod lexicon;
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
