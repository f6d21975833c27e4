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
#![deny(missing_docs)]

mod directives;
mod lexicon;
mod recognizers;
mod span;
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
