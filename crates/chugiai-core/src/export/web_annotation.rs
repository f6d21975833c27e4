//! W3C Web Annotation Data Model (JSON-LD): one `AnnotationCollection` whose first `AnnotationPage` holds one
//! `Annotation` per entity and per directive.
//!
//! Each target names the article (`urn:chugiai:<id>`) and two selectors of the same span: a
//! `TextPositionSelector` (`start`, `end` in code points, as the model requires) and a `TextQuoteSelector`
//! (`exact`, with up to 32 code points of `prefix` and `suffix`). The body is a `TextualBody` with purpose
//! `tagging` holding the label (`PERSON`, … or `DIRECTIVE`), plus `describing` bodies for the value, issuer,
//! addressee, deadline and strength.

use serde_json::Value;

use crate::span::{Annotation, Strength};

const CONTEXT: usize = 32;

/// The article id as an IRI segment: ASCII other than letters, digits and `-._~` percent-encoded (so `#`, `/`,
/// spaces and quotes cannot change the IRI); other Unicode letters kept, as IRIs allow.
fn iri_segment(id: &str) -> String {
    let mut out = String::new();
    for c in id.chars() {
        if c.is_ascii_alphanumeric()
            || "-._~".contains(c)
            || (!c.is_ascii() && !c.is_whitespace() && !c.is_control())
        {
            out.push(c);
        } else {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
    out
}

/// A JSON value to write: the few shapes this format needs, written pretty by [`J::write`] (no
/// `serde_json::Value` tree, whose map and printer would weigh on the browser build).
enum J {
    /// A string.
    S(String),
    /// A number.
    N(usize),
    /// An object, keys in the order given.
    O(Vec<(&'static str, J)>),
    /// An array.
    A(Vec<J>),
}

impl J {
    fn s(v: &str) -> J {
        J::S(v.to_string())
    }

    fn write(&self, out: &mut String, depth: usize) {
        let pad = |out: &mut String, d: usize| {
            out.push('\n');
            for _ in 0..d {
                out.push_str("  ");
            }
        };
        match self {
            J::S(v) => out.push_str(&serde_json::to_string(v).unwrap_or_default()),
            J::N(n) => out.push_str(&n.to_string()),
            J::O(fields) => {
                out.push('{');
                for (i, (k, v)) in fields.iter().enumerate() {
                    out.push_str(if i == 0 { "" } else { "," });
                    pad(out, depth + 1);
                    out.push('"');
                    out.push_str(k);
                    out.push_str("\": ");
                    v.write(out, depth + 1);
                }
                pad(out, depth);
                out.push('}');
            }
            J::A(items) if items.is_empty() => out.push_str("[]"),
            J::A(items) => {
                out.push('[');
                for (i, v) in items.iter().enumerate() {
                    out.push_str(if i == 0 { "" } else { "," });
                    pad(out, depth + 1);
                    v.write(out, depth + 1);
                }
                pad(out, depth);
                out.push(']');
            }
        }
    }
}

pub(super) fn export(a: &Annotation) -> String {
    let chars: Vec<char> = a.text.chars().collect();
    let source = format!("urn:chugiai:{}", iri_segment(a.id.as_deref().unwrap_or("article")));
    let slice = |s: usize, e: usize| J::S(chars[s.min(chars.len())..e.min(chars.len())].iter().collect());
    let target = |start: usize, end: usize, exact: &str| {
        J::O(vec![
            ("source", J::s(&source)),
            (
                "selector",
                J::A(vec![
                    J::O(vec![
                        ("type", J::s("TextPositionSelector")),
                        ("start", J::N(start)),
                        ("end", J::N(end)),
                    ]),
                    J::O(vec![
                        ("type", J::s("TextQuoteSelector")),
                        ("exact", J::s(exact)),
                        ("prefix", slice(start.saturating_sub(CONTEXT), start)),
                        ("suffix", slice(end, end + CONTEXT)),
                    ]),
                ]),
            ),
        ])
    };
    let body = |purpose: &str, v: String| {
        J::O(vec![("type", J::s("TextualBody")), ("purpose", J::s(purpose)), ("value", J::S(v))])
    };
    let annotation = |id: String, bodies: Vec<J>, start: usize, end: usize, exact: &str| {
        J::O(vec![
            ("id", J::S(id)),
            ("type", J::s("Annotation")),
            ("motivation", J::s("tagging")),
            ("body", J::A(bodies)),
            ("target", target(start, end, exact)),
        ])
    };
    let mut items: Vec<J> = Vec::new();
    for (i, e) in a.entities.iter().enumerate() {
        let mut bodies = vec![body("tagging", e.label.as_str().into())];
        match &e.value {
            Some(Value::String(s)) => bodies.push(body("describing", s.clone())),
            Some(v) if !v.is_null() => {
                let mut b = body("describing", v.to_string());
                if let J::O(fields) = &mut b {
                    fields.push(("format", J::s("application/json")));
                }
                bodies.push(b);
            }
            _ => {}
        }
        items.push(annotation(format!("{source}#e{}", i + 1), bodies, e.start, e.end, &e.text));
    }
    for (i, d) in a.directives.iter().enumerate() {
        let mut bodies = vec![body("tagging", "DIRECTIVE".into())];
        let fields = [
            ("issuer", d.issuer.as_deref()),
            ("addressee", d.addressee.as_deref()),
            ("deadline", d.deadline.as_deref()),
            ("strength", d.strength.map(Strength::as_str)),
        ];
        for (k, v) in fields {
            if let Some(v) = v {
                bodies.push(body("describing", [k, ": ", v].concat()));
            }
        }
        items.push(annotation(format!("{source}#d{}", i + 1), bodies, d.start, d.end, &d.text));
    }
    let doc = J::O(vec![
        ("@context", J::s("http://www.w3.org/ns/anno.jsonld")),
        ("id", J::S(format!("{source}#annotations"))),
        ("type", J::s("AnnotationCollection")),
        ("label", J::S(format!("chugiai: {}", a.id.as_deref().unwrap_or("article")))),
        ("total", J::N(items.len())),
        (
            "first",
            J::O(vec![
                ("id", J::S(format!("{source}#page1"))),
                ("type", J::s("AnnotationPage")),
                ("startIndex", J::N(0)),
                ("items", J::A(items)),
            ]),
        ),
    ]);
    let mut out = String::new();
    doc.write(&mut out, 0);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_id_cannot_break_the_iri() {
        let cases =
            [("bai-1", "bai-1"), ("tin mới #2/3", "tin%20mới%20%232%2F3"), ("a\u{3000}b", "a%E3%80%80b")];
        for (id, expected) in cases {
            assert_eq!(iri_segment(id), expected);
        }
    }
}
