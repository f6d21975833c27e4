//! CoNLL BIO columns: a header comment, then one token per line, `TOKEN<TAB>OUTER<TAB>INNER`, sentences
//! separated by a blank line.
//!
//! Tokens are runs of letters and digits, or single other non-space characters. `OUTER` is the BIO tag of the
//! outermost entity span covering the token (the longest), `INNER` that of the innermost (the shortest), so
//! `Trưởng Ban Dân vận Tỉnh ủy Yên Bái` is `POSITION` outside and `LOCATION` on `Yên Bái`. A sentence ends
//! after `.`, `!`, `?` or `…` outside any entity, and at every line break.

use crate::span::{Annotation, Entity};

struct Token {
    start: usize,
    end: usize,
    text: String,
}

fn tokenize(chars: &[char]) -> Vec<(Token, bool)> {
    // (token, a line break precedes it)
    let mut out = Vec::new();
    let mut i = 0;
    let mut newline = false;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            newline |= c == '\n' || c == '\r' || c == '\u{2028}' || c == '\u{2029}';
            i += 1;
            continue;
        }
        let start = i;
        if c.is_alphanumeric() {
            while i < chars.len() && (chars[i].is_alphanumeric() || is_mark(chars[i])) {
                i += 1;
            }
        } else {
            i += 1;
            while i < chars.len() && is_mark(chars[i]) {
                i += 1;
            }
        }
        out.push((Token { start, end: i, text: chars[start..i].iter().collect() }, newline));
        newline = false;
    }
    out
}

/// A combining mark (NFD tone or vowel mark) stays with the letter before it.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

fn tag(t: &Token, span: Option<&Entity>, prev_in: Option<&Entity>) -> String {
    match span {
        None => "O".into(),
        Some(e) => {
            let begin = t.start <= e.start || prev_in.is_none_or(|p| !std::ptr::eq(p, e));
            format!("{}-{}", if begin { "B" } else { "I" }, e.label.as_str())
        }
    }
}

pub(super) fn export(a: &Annotation) -> String {
    let chars: Vec<char> = a.text.chars().collect();
    let mut out = String::from(
        "# chugiai CoNLL: TOKEN<TAB>OUTER<TAB>INNER; OUTER = BIO tag of the outermost entity span, \
         INNER = BIO tag of the innermost; blank line between sentences\n",
    );
    if let Some(id) = &a.id {
        out.push_str(&format!("# id = {}\n", id.replace(['\n', '\r'], " ")));
    }
    // A sweep over the spans sorted by start: `active` holds those that may still cover a token.
    let mut sorted = a.entities_in_order();
    sorted.retain(|e| e.start < e.end);
    let mut next = 0;
    let mut active: Vec<&Entity> = Vec::new();
    let mut covering = |t: &Token| -> Vec<&Entity> {
        while next < sorted.len() && sorted[next].start < t.end {
            active.push(sorted[next]);
            next += 1;
        }
        active.retain(|e| e.end > t.start);
        active.iter().copied().filter(|e| e.start < t.end).collect()
    };
    let mut prev_outer: Option<&Entity> = None;
    let mut prev_inner: Option<&Entity> = None;
    let mut in_sentence = false;
    for (t, newline) in tokenize(&chars) {
        if newline && in_sentence {
            out.push('\n');
            prev_outer = None;
            prev_inner = None;
        }
        let spans = covering(&t);
        let outer = spans.iter().copied().min_by_key(|e| (std::cmp::Reverse(e.end - e.start), e.start));
        let inner = spans.iter().copied().min_by_key(|e| (e.end - e.start, std::cmp::Reverse(e.start)));
        out.push_str(&format!(
            "{}\t{}\t{}\n",
            t.text,
            tag(&t, outer, prev_outer),
            tag(&t, inner, prev_inner)
        ));
        in_sentence = true;
        prev_outer = outer;
        prev_inner = inner;
        if spans.is_empty() && matches!(t.text.as_str(), "." | "!" | "?" | "…") {
            out.push('\n');
            in_sentence = false;
            prev_outer = None;
            prev_inner = None;
        }
    }
    if in_sentence {
        out.push('\n');
    }
    out
}
