//! Entity recognisers, one per label (one file each), and the resolver that combines their candidates.
//!
//! Every recogniser has the same shape: `pub(crate) fn recognize(chars: &[char]) -> Vec<Candidate>`, reading
//! the *normalised* text (NFC, modern tone placement, plain spaces and quotes; see `crate::text`) and
//! returning candidates in code points of that normalised text. The resolver (`resolver.rs`) applies the
//! guidelines' nesting and boundary rules, and `find_entities` maps the survivors back to the original text.

pub(crate) mod date;
pub(crate) mod document;
pub(crate) mod event;
pub(crate) mod location;
pub(crate) mod organization;
pub(crate) mod person;
pub(crate) mod position;

use crate::span::{Entity, Label};

/// A possible entity mention, in code points of the normalised text.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Candidate {
    /// First code point (normalised text).
    pub start: usize,
    /// One past the last code point (normalised text).
    pub end: usize,
    /// What it names.
    pub label: Label,
    /// The rule or lexicon entry that fired, e.g. `document.number_code`.
    pub rule: &'static str,
    /// The normalised value (`annotation-format.md`, "Attributes"), when known.
    pub value: Option<serde_json::Value>,
}

/// Finds every entity mention in `text` (offsets in code points of `text`).
pub(crate) fn find_entities(text: &str) -> Vec<Entity> {
    // Walking-skeleton stand-in: a handful of place names. Replaced by the real recognisers.
    const PLACES: [&str; 3] = ["Yên Bái", "Hà Nội", "Việt Nam"];
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    for place in PLACES {
        let p: Vec<char> = place.chars().collect();
        let mut i = 0;
        while i + p.len() <= chars.len() {
            if chars[i..i + p.len()] == p[..] {
                out.push(Entity {
                    start: i,
                    end: i + p.len(),
                    label: Label::Location,
                    text: place.to_string(),
                    rule: "placeholder".into(),
                    value: None,
                });
                i += p.len();
            } else {
                i += 1;
            }
        }
    }
    out.sort_by_key(|e| (e.start, std::cmp::Reverse(e.end)));
    out
}
