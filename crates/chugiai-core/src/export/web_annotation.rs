//! W3C Web Annotation Data Model (JSON-LD): one `AnnotationCollection` whose first `AnnotationPage` holds one
//! `Annotation` per entity and per directive.
//!
//! Each target names the article (`urn:chugiai:<id>`) and two selectors of the same span: a
//! `TextPositionSelector` (`start`, `end` in code points, as the model requires) and a `TextQuoteSelector`
//! (`exact`, with up to 32 code points of `prefix` and `suffix`). The body is a `TextualBody` with purpose
//! `tagging` holding the label (`PERSON`, … or `DIRECTIVE`), plus `describing` bodies for the value, issuer,
//! addressee, deadline and strength.

use serde_json::{json, Value};

use crate::span::Annotation;

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

pub(super) fn export(a: &Annotation) -> String {
    let chars: Vec<char> = a.text.chars().collect();
    let source = format!("urn:chugiai:{}", iri_segment(a.id.as_deref().unwrap_or("article")));
    let slice = |s: usize, e: usize| chars[s.min(chars.len())..e.min(chars.len())].iter().collect::<String>();
    let target = |start: usize, end: usize, exact: &str| {
        json!({
            "source": source,
            "selector": [
                {"type": "TextPositionSelector", "start": start, "end": end},
                {"type": "TextQuoteSelector", "exact": exact,
                 "prefix": slice(start.saturating_sub(CONTEXT), start),
                 "suffix": slice(end, end + CONTEXT)}
            ]
        })
    };
    let tag = |v: &str| json!({"type": "TextualBody", "purpose": "tagging", "value": v});
    let describe = |v: String| json!({"type": "TextualBody", "purpose": "describing", "value": v});
    let mut items: Vec<Value> = Vec::new();
    for (i, e) in a.entities.iter().enumerate() {
        let mut body = vec![tag(e.label.as_str())];
        match &e.value {
            Some(Value::String(s)) => body.push(describe(s.clone())),
            Some(v) if !v.is_null() => {
                let mut b = describe(v.to_string());
                b["format"] = json!("application/json");
                body.push(b);
            }
            _ => {}
        }
        items.push(json!({
            "id": format!("{source}#e{}", i + 1),
            "type": "Annotation",
            "motivation": "tagging",
            "body": body,
            "target": target(e.start, e.end, &e.text),
        }));
    }
    for (i, d) in a.directives.iter().enumerate() {
        let mut body = vec![tag("DIRECTIVE")];
        let fields = [
            ("issuer", d.issuer.clone()),
            ("addressee", d.addressee.clone()),
            ("deadline", d.deadline.clone()),
            (
                "strength",
                d.strength.map(|s| {
                    serde_json::to_value(s)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_string))
                        .unwrap_or_default()
                }),
            ),
        ];
        for (k, v) in fields {
            if let Some(v) = v {
                body.push(describe(format!("{k}: {v}")));
            }
        }
        items.push(json!({
            "id": format!("{source}#d{}", i + 1),
            "type": "Annotation",
            "motivation": "tagging",
            "body": body,
            "target": target(d.start, d.end, &d.text),
        }));
    }
    let doc = json!({
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": format!("{source}#annotations"),
        "type": "AnnotationCollection",
        "label": format!("chugiai: {}", a.id.as_deref().unwrap_or("article")),
        "total": items.len(),
        "first": {
            "id": format!("{source}#page1"),
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": items,
        }
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default()
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
