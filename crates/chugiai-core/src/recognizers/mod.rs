//! Entity recognisers, one per label, and the resolver that combines their candidates.

use crate::span::{Entity, Label};

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
