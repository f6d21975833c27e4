//! The annotation JSON of `annotation-format.md`, and reading it back with checks.

use crate::span::Annotation;

/// Writes the annotation JSON on one line, as the command-line tool does.
pub(super) fn export(a: &Annotation) -> String {
    serde_json::to_string(a).unwrap_or_else(|_| String::from("{}"))
}

/// Why an annotation JSON could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// The input is not JSON at all.
    NotJson {
        /// The parser's message, with line and column.
        message: String,
    },
    /// It is JSON but not an annotation (a field missing or of the wrong type, an unknown label).
    NotAnnotation {
        /// What is wrong.
        message: String,
    },
    /// A span does not fit its text: out of range, `start > end`, or its `text` is not the slice.
    BadSpan {
        /// `entity` or `directive`.
        kind: &'static str,
        /// Its index in its list, from 0.
        index: usize,
        /// Its start.
        start: usize,
        /// Its end.
        end: usize,
        /// What is wrong.
        message: String,
    },
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportError::NotJson { message } => write!(f, "not JSON: {message}"),
            ImportError::NotAnnotation { message } => {
                write!(
                    f,
                    "not an annotation (expected {{\"text\", \"entities\", \"directives\"}}): {message}"
                )
            }
            ImportError::BadSpan { kind, index, start, end, message } => {
                write!(f, "{kind} #{} ({start}–{end}): {message}", index + 1)
            }
        }
    }
}

impl std::error::Error for ImportError {}

/// Reads an annotation JSON back, checking that every span lies in the text and that its `text` is its slice.
///
/// `directives` may be absent (gold files of entities only); `entities` and `text` are required.
pub fn import_json(s: &str) -> Result<Annotation, ImportError> {
    // Read straight into an `Annotation` (no `Value` in between: the browser build stays smaller). `directives`
    // may be absent (gold files of entities only), see `Annotation`.
    let a: Annotation = serde_json::from_str(s.trim_start_matches('\u{feff}')).map_err(|e| {
        let message = e.to_string();
        match e.classify() {
            serde_json::error::Category::Data => ImportError::NotAnnotation { message },
            _ => ImportError::NotJson { message },
        }
    })?;
    // Byte offset of every code point, and of the end: each span is checked in constant time.
    let bytes: Vec<usize> =
        a.text.char_indices().map(|(b, _)| b).chain(std::iter::once(a.text.len())).collect();
    let len = bytes.len() - 1;
    let spans = a
        .entities
        .iter()
        .map(|e| ("entity", e.start, e.end, e.text.as_str()))
        .enumerate()
        .chain(a.directives.iter().map(|d| ("directive", d.start, d.end, d.text.as_str())).enumerate());
    for (index, (kind, start, end, text)) in spans {
        let bad = |message: String| ImportError::BadSpan { kind, index, start, end, message };
        if start > end {
            return Err(bad("start is after end".into()));
        }
        if end > len {
            return Err(bad(format!("ends after the text, which has {len} code points")));
        }
        let slice = &a.text[bytes[start]..bytes[end]];
        if slice != text {
            return Err(bad(format!("its text {text:?} is not the text at these offsets, {slice:?}")));
        }
    }
    Ok(a)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn import_errors_say_what_is_wrong() {
        let cases: &[(&str, &str)] = &[
            ("Hà Nội", "not JSON"),
            ("[1, 2]", "not an annotation"),
            (r#"{"text": "Hà Nội"}"#, "missing field `entities`"),
            (
                r#"{"text":"Hà Nội","entities":[{"start":0,"end":6,"label":"CITY","text":"Hà Nội"}]}"#,
                "unknown variant",
            ),
            (
                r#"{"text":"Hà Nội","entities":[{"start":0,"end":9,"label":"LOCATION","text":"Hà Nội"}]}"#,
                "entity #1 (0–9): ends after the text, which has 6 code points",
            ),
            (
                r#"{"text":"Hà Nội","entities":[{"start":4,"end":2,"label":"LOCATION","text":""}]}"#,
                "start is after end",
            ),
            (
                r#"{"text":"Hà Nội","entities":[{"start":0,"end":2,"label":"LOCATION","text":"Hà Nội"}]}"#,
                "is not the text at these offsets, \"Hà\"",
            ),
            (
                r#"{"text":"Hà Nội","entities":[],"directives":[{"start":0,"end":3,"text":"Hà"}]}"#,
                "directive #1",
            ),
        ];
        for (input, expected) in cases {
            let err = import_json(input).unwrap_err().to_string();
            assert!(err.contains(expected), "{input}: {err}");
        }
    }

    #[test]
    fn gold_file_without_directives_and_with_extra_fields_is_read() {
        let a = import_json(r#"{"id":"g","text":"Hà Nội","entities":[{"start":0,"end":6,"label":"LOCATION","text":"Hà Nội","optional":true}]}"#).unwrap();
        assert_eq!(a.entities.len(), 1);
        assert!(a.directives.is_empty());
    }
}
