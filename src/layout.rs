//! Turns an [`Annotation`] into a tree of text runs and highlights, ready to render.
//!
//! Pure Rust, no web dependency, so it is tested natively. The engine's spans are code-point offsets into the
//! text; a span inside another (an ORGANIZATION inside a POSITION, any entity inside a directive sentence)
//! becomes a child of it. A span that crosses the end of an enclosing one is cut there and continued after
//! it, so every character of the text appears exactly once, in order, whatever the engine returns.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use chugiai_core::{Annotation, Label, Strength};

/// One node of the reading view.
#[derive(Clone, Debug, PartialEq)]
pub enum Piece {
    /// Plain text, rendered as a text node.
    Text(String),
    /// An entity highlight.
    Entity {
        /// The whole span's first code point (also on a continuation).
        start: usize,
        /// One past its last code point.
        end: usize,
        /// What it names.
        label: Label,
        /// The rule that produced it (shown on hover).
        rule: String,
        /// Whether this is the continuation of a span cut by the end of an enclosing one.
        continued: bool,
        /// What it contains.
        children: Vec<Piece>,
    },
    /// A directive sentence.
    Directive {
        /// The whole sentence's first code point (also on a continuation).
        start: usize,
        /// One past its last code point.
        end: usize,
        /// How binding it is, when the engine says.
        strength: Option<Strength>,
        /// Who gives it, when the engine says.
        issuer: Option<String>,
        /// Whether this is the continuation of a span cut by the end of an enclosing one.
        continued: bool,
        /// What it contains.
        children: Vec<Piece>,
    },
}

impl Piece {
    /// The text this piece covers, children included.
    pub fn text(&self) -> String {
        let mut s = String::new();
        self.push_text(&mut s);
        s
    }

    fn push_text(&self, out: &mut String) {
        match self {
            Piece::Text(t) => out.push_str(t),
            Piece::Entity { children, .. } | Piece::Directive { children, .. } => {
                children.iter().for_each(|c| c.push_text(out))
            }
        }
    }
}

/// What a span refers to: the index of a directive or of an entity in the annotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Ref {
    // Directives sort before entities with the same offsets: the sentence encloses its entities.
    Directive(usize),
    Entity(usize),
}

/// A span waiting to be placed: ordered by start, then longest first, then directive before entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Pending {
    start: usize,
    end: Reverse<usize>,
    what: Ref,
    continued: bool,
}

struct Frame {
    end: usize,
    what: Option<(Ref, bool)>,
    children: Vec<Piece>,
}

/// Lays out the annotation's text with its entities and directives as nested pieces.
///
/// Spans that are empty or reach past the end of the text are skipped.
pub fn layout(annotation: &Annotation) -> Vec<Piece> {
    let text = annotation.text.as_str();
    // byte offset of every code point, plus the end
    let bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).chain(std::iter::once(text.len())).collect();
    let n = bytes.len() - 1;
    let slice = |a: usize, b: usize| text[bytes[a]..bytes[b]].to_string();

    let mut heap = BinaryHeap::new();
    let spans = annotation
        .directives
        .iter()
        .enumerate()
        .map(|(i, d)| (d.start, d.end, Ref::Directive(i)))
        .chain(annotation.entities.iter().enumerate().map(|(i, e)| (e.start, e.end, Ref::Entity(i))));
    for (start, end, what) in spans {
        if start < end && end <= n {
            heap.push(Reverse(Pending { start, end: Reverse(end), what, continued: false }));
        }
    }

    let mut stack = vec![Frame { end: n, what: None, children: Vec::new() }];
    let mut cursor = 0;
    while let Some(Reverse(mut p)) = heap.pop() {
        while stack.last().is_some_and(|f| f.what.is_some() && f.end <= p.start) {
            close(&mut stack, &mut cursor, &slice, annotation);
        }
        let top_end = stack.last().map_or(n, |f| f.end);
        if p.end.0 > top_end {
            // Crosses the end of the enclosing span: cut it there, continue it afterwards.
            heap.push(Reverse(Pending { start: top_end, end: p.end, what: p.what, continued: true }));
            p.end = Reverse(top_end);
        }
        if cursor < p.start {
            let t = slice(cursor, p.start);
            stack.last_mut().expect("root frame").children.push(Piece::Text(t));
            cursor = p.start;
        }
        stack.push(Frame { end: p.end.0, what: Some((p.what, p.continued)), children: Vec::new() });
    }
    while stack.len() > 1 {
        close(&mut stack, &mut cursor, &slice, annotation);
    }
    let mut root = stack.pop().expect("root frame");
    if cursor < n {
        root.children.push(Piece::Text(slice(cursor, n)));
    }
    root.children
}

/// Splits laid-out pieces into runs of whole lines of at least `size` bytes of text each (the last may be
/// shorter), so a very large article can be rendered one chunk at a time. A chunk ends right after a line break
/// of a top-level text run, so the page can give each chunk a block of its own: the browser then lays out a new
/// chunk without laying out again the ones before it (one block of the whole article is laid out anew with
/// every chunk added: quadratic). A text with no line break after `size` bytes stays in one chunk. Every
/// piece stays, in order.
pub fn chunks(pieces: Vec<Piece>, size: usize) -> Vec<Vec<Piece>> {
    fn len(p: &Piece) -> usize {
        match p {
            Piece::Text(t) => t.len(),
            Piece::Entity { children, .. } | Piece::Directive { children, .. } => {
                children.iter().map(len).sum()
            }
        }
    }
    let size = size.max(1);
    let mut out = Vec::new();
    let mut cur = Vec::new();
    let mut filled = 0;
    for p in pieces {
        let Piece::Text(t) = p else {
            filled += len(&p);
            cur.push(p);
            continue;
        };
        let mut rest = t.as_str();
        while !rest.is_empty() {
            // The first line break that ends a full chunk (a `\n` byte is never inside a UTF-8 character).
            let from = (size.saturating_sub(filled + 1)).min(rest.len());
            match rest.as_bytes()[from..].iter().position(|&b| b == b'\n') {
                Some(k) => {
                    let cut = from + k + 1;
                    cur.push(Piece::Text(rest[..cut].to_string()));
                    out.push(std::mem::take(&mut cur));
                    filled = 0;
                    rest = &rest[cut..];
                }
                None => {
                    filled += rest.len();
                    cur.push(Piece::Text(rest.to_string()));
                    rest = "";
                }
            }
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Closes the innermost open span: its trailing text, then itself into its parent.
fn close(
    stack: &mut Vec<Frame>,
    cursor: &mut usize,
    slice: &impl Fn(usize, usize) -> String,
    annotation: &Annotation,
) {
    let mut f = stack.pop().expect("an open span");
    if *cursor < f.end {
        f.children.push(Piece::Text(slice(*cursor, f.end)));
        *cursor = f.end;
    }
    let piece = match f.what {
        Some((Ref::Entity(i), continued)) => {
            let e = &annotation.entities[i];
            Piece::Entity {
                start: e.start,
                end: e.end,
                label: e.label,
                rule: e.rule.to_string(),
                continued,
                children: f.children,
            }
        }
        Some((Ref::Directive(i), continued)) => {
            let d = &annotation.directives[i];
            Piece::Directive {
                start: d.start,
                end: d.end,
                strength: d.strength,
                issuer: d.issuer.clone(),
                continued,
                children: f.children,
            }
        }
        None => unreachable!("the root frame is never closed here"),
    };
    stack.last_mut().expect("root frame").children.push(piece);
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use chugiai_core::{char_slice, Directive, Entity};
    use proptest::prelude::*;

    use super::*;

    fn entity(text: &str, start: usize, end: usize, label: Label) -> Entity {
        Entity { start, end, label, text: char_slice(text, start, end), rule: "".into(), value: None }
    }

    fn directive(text: &str, start: usize, end: usize) -> Directive {
        Directive {
            start,
            end,
            text: char_slice(text, start, end),
            issuer: None,
            addressee: None,
            deadline: None,
            strength: Some(Strength::Must),
            rule: String::new(),
        }
    }

    fn find(text: &str, needle: &str) -> (usize, usize) {
        let b = text.find(needle).expect("needle in text");
        let s = text[..b].chars().count();
        (s, s + needle.chars().count())
    }

    /// A compact picture of the tree: `[LABEL ...]` for entities, `{...}` for directives.
    fn show(pieces: &[Piece]) -> String {
        pieces
            .iter()
            .map(|p| match p {
                Piece::Text(t) => t.clone(),
                Piece::Entity { label, children, .. } => format!("[{label} {}]", show(children)),
                Piece::Directive { children, .. } => format!("{{{}}}", show(children)),
            })
            .collect()
    }

    #[test]
    fn position_containing_an_organization_renders_nested() {
        let text = "Đồng chí Hoàng Thị Vĩnh - Trưởng Ban Dân vận Tỉnh ủy chủ trì Hội nghị.";
        let (ps, pe) = find(text, "Trưởng Ban Dân vận Tỉnh ủy");
        let (os, oe) = find(text, "Ban Dân vận Tỉnh ủy");
        let (hs, he) = find(text, "Hoàng Thị Vĩnh");
        let a = Annotation {
            id: None,
            text: text.into(),
            entities: vec![
                entity(text, hs, he, Label::Person),
                entity(text, ps, pe, Label::Position),
                entity(text, os, oe, Label::Organization),
            ],
            directives: vec![],
        };
        assert_eq!(
            show(&layout(&a)),
            "Đồng chí [PERSON Hoàng Thị Vĩnh] - [POSITION Trưởng [ORGANIZATION Ban Dân vận Tỉnh ủy]] chủ trì Hội nghị."
        );
    }

    #[test]
    fn directive_sentence_encloses_its_entities() {
        let text = "Năm 2022 đạt kết quả tốt. Đồng chí yêu cầu Sở Y tế phải hoàn thành trước ngày 30/6. Hết.";
        let (ds, de) = find(text, "Đồng chí yêu cầu Sở Y tế phải hoàn thành trước ngày 30/6.");
        let (os, oe) = find(text, "Sở Y tế");
        let (ys, ye) = find(text, "Năm 2022");
        let a = Annotation {
            id: None,
            text: text.into(),
            // entities listed before the directive that encloses one of them, in any order
            entities: vec![entity(text, os, oe, Label::Organization), entity(text, ys, ye, Label::Date)],
            directives: vec![directive(text, ds, de)],
        };
        assert_eq!(
            show(&layout(&a)),
            "[DATE Năm 2022] đạt kết quả tốt. {Đồng chí yêu cầu [ORGANIZATION Sở Y tế] phải hoàn thành trước ngày 30/6.} Hết."
        );
    }

    #[test]
    fn span_crossing_the_end_of_another_is_cut_and_continued() {
        let text = "Ủy ban nhân dân tỉnh Yên Bái";
        let a = Annotation {
            id: None,
            text: text.into(),
            entities: vec![entity(text, 0, 24, Label::Organization), entity(text, 16, 28, Label::Location)],
            directives: vec![],
        };
        let pieces = layout(&a);
        assert_eq!(show(&pieces), "[ORGANIZATION Ủy ban nhân dân [LOCATION tỉnh Yên]][LOCATION  Bái]");
        assert!(matches!(pieces[1], Piece::Entity { continued: true, .. }));
    }

    #[test]
    fn spans_out_of_range_or_empty_are_skipped() {
        let text = "Hà Nội";
        let a = Annotation {
            id: None,
            text: text.into(),
            entities: vec![
                Entity {
                    start: 3,
                    end: 3,
                    label: Label::Misc,
                    text: String::new(),
                    rule: "".into(),
                    value: None,
                },
                Entity {
                    start: 2,
                    end: 99,
                    label: Label::Misc,
                    text: String::new(),
                    rule: "".into(),
                    value: None,
                },
            ],
            directives: vec![],
        };
        assert_eq!(layout(&a), vec![Piece::Text("Hà Nội".into())]);
    }

    #[test]
    fn text_without_spans_is_one_run_and_empty_text_is_nothing() {
        let a = chugiai_core::annotate("không có gì");
        assert_eq!(show(&layout(&a)), "không có gì");
        assert!(layout(&chugiai_core::annotate("")).is_empty());
    }

    #[test]
    fn the_sample_keeps_every_character() {
        let a = chugiai_core::annotate(crate::SAMPLE);
        let pieces = layout(&a);
        assert_eq!(pieces.iter().map(Piece::text).collect::<String>(), crate::SAMPLE);
    }

    fn depth_ok(pieces: &[Piece]) -> bool {
        pieces.iter().all(|p| match p {
            Piece::Text(t) => !t.is_empty(),
            Piece::Entity { children, .. } | Piece::Directive { children, .. } => {
                !children.is_empty() && depth_ok(children)
            }
        })
    }

    #[test]
    fn chunks_keep_every_piece_in_order_and_end_after_a_line_break() {
        let a = chugiai_core::annotate(crate::SAMPLE);
        for size in [1, 7, 100, 1000, 100_000] {
            let cs = chunks(layout(&a), size);
            let joined: String = cs.iter().flatten().map(Piece::text).collect();
            assert_eq!(joined, crate::SAMPLE, "size {size}");
            assert!(cs.iter().all(|c| !c.is_empty()));
            // Every chunk but the last is whole lines of at least `size` bytes.
            for c in &cs[..cs.len() - 1] {
                let text: String = c.iter().map(Piece::text).collect();
                assert!(text.ends_with('\n') && text.len() >= size, "size {size}: {text:?}");
            }
        }
        let lines = "Việt Nam\n".repeat(1000);
        let cs = chunks(vec![Piece::Text(lines.clone())], 1000);
        assert_eq!(cs.len(), 11, "1000 lines of 11 bytes: 91 lines (1001 bytes) a chunk");
        assert_eq!(cs.iter().flatten().map(Piece::text).collect::<String>(), lines);
        // One paragraph with no line break cannot be cut into blocks without breaking its lines.
        let one = "Việt Nam ".repeat(1000);
        assert_eq!(chunks(vec![Piece::Text(one)], 1000).len(), 1);
    }

    proptest! {
        #[test]
        fn any_spans_keep_the_text_once_in_order(
            text in "[a-zđêô ,.]{0,40}",
            raw in prop::collection::vec((0usize..45, 0usize..45, 0usize..9), 0..12),
        ) {
            let mut entities = Vec::new();
            let mut directives = Vec::new();
            for (a, b, k) in raw {
                let (s, e) = (a.min(b), a.max(b));
                if k == 8 {
                    directives.push(Directive { start: s, end: e, ..directive(&text, 0, 0) });
                } else {
                    entities.push(Entity {
                        start: s, end: e, label: Label::ALL[k], text: String::new(),
                        rule: "".into(), value: None,
                    });
                }
            }
            let a = Annotation { id: None, text: text.clone(), entities, directives };
            let pieces = layout(&a);
            prop_assert_eq!(pieces.iter().map(Piece::text).collect::<String>(), text);
            prop_assert!(depth_ok(&pieces));
        }
    }
}
