//! brat standoff (`.ann`), to sit beside the article saved as `.txt`.
//!
//! `T` lines are text-bound annotations, `T1<TAB>PERSON 9 23<TAB>Hoàng Thị Vĩnh`, offsets in code points (as
//! brat counts them). A span crossing a line break (or a tab) is split into fragments `start end;start end` around the
//! breaks (spaces at the fragments' edges left out), and its text is the fragments joined by a space, as brat
//! requires. An entity value becomes an `AnnotatorNotes` line. A directive is a `DIRECTIVE` span with a
//! `Strength` attribute (`A` line) and a note `issuer: …; addressee: …; deadline: …`.

use serde_json::Value;

use crate::span::{Annotation, Strength};

/// The fragments of `start..end` that contain no line break (nor tab, the column separator), each without the spaces at its edges (brat's own
/// fragments never begin or end with a space).
fn fragments(chars: &[char], start: usize, end: usize) -> Vec<(usize, usize)> {
    let end = end.min(chars.len());
    let mut out = Vec::new();
    let mut push = |mut s: usize, mut e: usize| {
        while s < e && chars[s].is_whitespace() {
            s += 1;
        }
        while e > s && chars[e - 1].is_whitespace() {
            e -= 1;
        }
        if e > s {
            out.push((s, e));
        }
    };
    let mut s = start;
    for (i, &c) in chars.iter().enumerate().take(end).skip(start) {
        if matches!(c, '\n' | '\r' | '\t' | '\u{2028}' | '\u{2029}' | '\u{85}') {
            push(s, i);
            s = i + 1;
        }
    }
    if end > s {
        push(s, end);
    }
    out
}

fn one_line(s: &str) -> String {
    s.replace(['\n', '\r', '\t'], " ")
}

pub(super) fn export(a: &Annotation) -> String {
    let chars: Vec<char> = a.text.chars().collect();
    let mut out = String::new();
    let mut t = 0;
    let mut notes = 0;
    let mut attrs = 0;
    let mut span = |out: &mut String, label: &str, start: usize, end: usize| -> Option<usize> {
        let frags = fragments(&chars, start, end);
        if frags.is_empty() {
            return None;
        }
        t += 1;
        let offsets: Vec<String> = frags.iter().map(|(s, e)| format!("{s} {e}")).collect();
        let texts: Vec<String> = frags.iter().map(|&(s, e)| chars[s..e].iter().collect::<String>()).collect();
        out.push_str(&format!("T{t}\t{label} {}\t{}\n", offsets.join(";"), one_line(&texts.join(" "))));
        Some(t)
    };
    for e in &a.entities {
        let Some(id) = span(&mut out, e.label.as_str(), e.start, e.end) else { continue };
        let note = match &e.value {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) => Some(s.clone()),
            Some(v) => Some(v.to_string()),
        };
        if let Some(n) = note {
            notes += 1;
            out.push_str(&format!("#{notes}\tAnnotatorNotes T{id}\t{}\n", one_line(&n)));
        }
    }
    for d in &a.directives {
        let Some(id) = span(&mut out, "DIRECTIVE", d.start, d.end) else { continue };
        if let Some(s) = d.strength.map(Strength::as_str) {
            attrs += 1;
            out.push_str(&format!("A{attrs}\tStrength T{id} {s}\n"));
        }
        let parts: Vec<String> =
            [("issuer", &d.issuer), ("addressee", &d.addressee), ("deadline", &d.deadline)]
                .into_iter()
                .filter_map(|(k, v)| v.as_ref().map(|v| format!("{k}: {}", one_line(v))))
                .collect();
        if !parts.is_empty() {
            notes += 1;
            out.push_str(&format!("#{notes}\tAnnotatorNotes T{id}\t{}\n", parts.join("; ")));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_are_split_at_line_breaks() {
        let chars: Vec<char> = "Ban Dân vận\nTỉnh ủy".chars().collect();
        assert_eq!(fragments(&chars, 0, chars.len()), [(0, 11), (12, 19)]);
        assert_eq!(fragments(&chars, 0, 3), [(0, 3)]);
    }
}
