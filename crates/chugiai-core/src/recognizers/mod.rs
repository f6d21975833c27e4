//! Entity recognisers, one per label (one file each), and the resolver that combines their candidates.
//!
//! Every recogniser reads the *normalised* text (NFC, modern tone placement, plain spaces and quotes; see
//! `crate::text`) and returns `Candidate`s in code points of that normalised text: PERSON, POSITION,
//! ORGANIZATION and EVENT through its tokens (`find(&toks, …)`), DATE, DOCUMENT and LOCATION through its code
//! points and its runs of letters and digits, found and hashed once for the three (`recognize(chars, &words)`,
//! [`word_runs`]). The resolver (`resolver.rs`) applies the
//! guidelines' nesting and boundary rules, and `find_entities` maps the survivors back to the original text.

pub(crate) mod date;
pub(crate) mod document;
pub(crate) mod event;
pub(crate) mod location;
pub(crate) mod organization;
pub(crate) mod person;
pub(crate) mod position;
pub(crate) mod resolver;

use serde_json::Value;

use crate::span::{Entity, Label};
use crate::text::{fnv_char, Kind, Normalized, Token, TokenBuf, FNV_OFFSET};

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
#[cfg(test)]
pub(crate) fn find_entities(text: &str) -> Vec<Entity> {
    find_entities_in(text, &text.chars().collect::<Vec<char>>())
}

/// Finds every entity mention in `text`, whose code points are `orig` (offsets in code points of `text`).
pub(crate) fn find_entities_in(text: &str, orig: &[char]) -> Vec<Entity> {
    let mut norm = Normalized::from_text(text, orig);
    let joined = norm.text.take().unwrap_or_else(|| crate::text::string_of(&norm.chars));
    let chars = &norm.chars;
    let tbuf = TokenBuf::with_text(chars, joined);
    let toks = tbuf.tokens();
    let words = word_runs(chars, &toks);
    let titles = position::Titles::new(&toks);
    let mut cands = Vec::new();
    cands.extend(organization::find(&toks, &titles));
    cands.extend(position::find(&toks, &titles));
    cands.extend(person::find(&toks, &titles));
    cands.extend(event::find(&toks));
    cands.extend(date::recognize(chars, &words));
    cands.extend(document::recognize(chars, &words));
    cands.extend(location::recognize(chars, &words));
    let mut cands: Vec<Candidate> = cands.into_iter().filter_map(|c| trim(chars, c)).collect();
    cands = resolver::resolve(cands);
    add_positions_of_people(chars, &mut cands);

    let mut out: Vec<Entity> = cands
        .into_iter()
        .map(|c| {
            let (start, end) = norm.original_range(c.start, c.end);
            Entity { start, end, label: c.label, text: String::new(), rule: c.rule.into(), value: c.value }
        })
        .collect();
    out.sort_by_key(|e| (e.start, std::cmp::Reverse(e.end), e.label));
    out.dedup_by(|a, b| a.start == b.start && a.end == b.end && a.label == b.label);
    // Each span's text, sliced off the original in one pass (the spans are sorted by start): the byte offsets
    // are counted from the original's code points (`orig`), with no UTF-8 decoding.
    let bytes = |cs: &[char]| cs.iter().map(|c| c.len_utf8()).sum::<usize>();
    let (mut at, mut at_byte) = (0, 0);
    for e in &mut out {
        let (start, end) = (e.start.min(orig.len()), e.end.min(orig.len()));
        if start > at {
            at_byte += bytes(&orig[at..start]);
            at = start;
        }
        let end_byte = at_byte + bytes(&orig[start..end.max(start)]);
        e.text = text[at_byte..end_byte].to_string();
    }
    out
}

/// The words that DATE, DOCUMENT and LOCATION read: every run of letters and digits ([`date::is_word`]) of
/// the normalised text, as (start, end, the [`fnv_char`] hash of its code points as written, by which the place
/// names and the document kind words are looked up), found and hashed once for the three of them. They are the
/// tokens' words and numbers, cut at the joiners some tokens hold (`TN-MT`, `43-KL/TW`, `T.Ư`: one of `-&/.`
/// between two runs).
fn word_runs(chars: &[char], toks: &[Token]) -> Vec<(usize, usize, u64)> {
    let mut out = Vec::with_capacity(toks.len());
    for t in toks.iter().filter(|t| t.kind != Kind::Punct) {
        let (mut s, mut h) = (t.start, FNV_OFFSET);
        for (k, &c) in chars[t.start..t.end].iter().enumerate() {
            if matches!(c, '-' | '&' | '/' | '.') {
                out.push((s, t.start + k, h));
                (s, h) = (t.start + k + 1, FNV_OFFSET);
            } else {
                h = fnv_char(h, c);
            }
        }
        out.push((s, t.end, h));
    }
    debug_assert_eq!(out, words_of(chars), "the tokens hold the runs of letters and digits");
    out
}

/// The runs of letters and digits of `chars` with their hashes, read code point by code point (what
/// [`word_runs`] gives).
pub(crate) fn words_of(chars: &[char]) -> Vec<(usize, usize, u64)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if date::is_word(chars[i]) {
            let (s, mut h) = (i, FNV_OFFSET);
            while i < chars.len() && date::is_word(chars[i]) {
                h = fnv_char(h, chars[i]);
                i += 1;
            }
            out.push((s, i, h));
        } else {
            i += 1;
        }
    }
    out
}

/// Drops spaces and trailing punctuation at the edges of a candidate; `None` if nothing is left.
fn trim(chars: &[char], mut c: Candidate) -> Option<Candidate> {
    c.end = c.end.min(chars.len());
    while c.start < c.end && chars[c.start].is_whitespace() {
        c.start += 1;
    }
    while c.start < c.end && (chars[c.end - 1].is_whitespace() || matches!(chars[c.end - 1], ',' | ';' | ':'))
    {
        c.end -= 1;
    }
    (c.start < c.end).then_some(c)
}

/// Fills each PERSON's `value` with the positions written next to the name: right before it
/// (`Chủ tịch UBND tỉnh Kon Tum Nguyễn Văn Hòa`) and the list right after it
/// (`Hoàng Thị Vĩnh - Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy`).
fn add_positions_of_people(chars: &[char], cands: &mut [Candidate]) {
    let positions: Vec<(usize, usize)> =
        cands.iter().filter(|c| c.label == Label::Position).map(|c| (c.start, c.end)).collect();
    if positions.is_empty() {
        return;
    }
    let joins = |from: usize, to: usize, seps: &[char]| {
        from <= to && to - from <= 3 && chars[from..to].iter().all(|c| *c == ' ' || seps.contains(c))
    };
    for c in cands.iter_mut().filter(|c| c.label == Label::Person) {
        let mut found: Vec<(usize, usize)> = Vec::new();
        // Before: the title written right before the name, and the positions listed before it.
        // (Positions never overlap one another, so their ends grow with their starts.)
        let before = positions.partition_point(|&(_, e)| e <= c.start);
        if let Some(mut k) = before.checked_sub(1).filter(|&k| joins(positions[k].1, c.start, &[])) {
            found.push(positions[k]);
            while k > 0 && joins(positions[k - 1].1, positions[k].0, &[',']) {
                k -= 1;
                found.insert(0, positions[k]);
            }
        }
        // After: `X - Ủy viên …, Trưởng …` or `X, Bí thư …`.
        let mut k = positions.partition_point(|&(s, _)| s < c.end);
        if k < positions.len()
            && positions[k].0 > c.end
            && joins(c.end, positions[k].0, &[',', '-', '–', '('])
        {
            found.push(positions[k]);
            while k + 1 < positions.len() && joins(positions[k].1, positions[k + 1].0, &[',']) {
                k += 1;
                found.push(positions[k]);
            }
        }
        if !found.is_empty() {
            // (The value built as it is: `json!` would copy the list's strings into it.)
            let list = found.iter().map(|&(s, e)| Value::String(chars[s..e].iter().collect())).collect();
            let mut value = serde_json::Map::new();
            value.insert("positions".into(), Value::Array(list));
            c.value = Some(Value::Object(value));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ents(text: &str) -> Vec<(Label, String)> {
        find_entities(text).into_iter().map(|e| (e.label, e.text)).collect()
    }

    #[test]
    fn spans_are_reported_on_the_original_text() {
        let text = "Chủ tịch UBND tỉnh Khánh Hoà\u{00A0}Nguyễn\u{00A0} Văn Hoà";
        for e in find_entities(text) {
            assert_eq!(e.text, crate::span::char_slice(text, e.start, e.end));
        }
        assert!(ents(text).contains(&(Label::Person, "Nguyễn\u{00A0} Văn Hoà".to_string())));
    }

    #[test]
    fn people_carry_the_positions_written_next_to_them() {
        let text = "Đồng chí Hoàng Thị Vĩnh - Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy chủ trì.";
        let p = find_entities(text).into_iter().find(|e| e.label == Label::Person).unwrap();
        assert_eq!(
            p.value,
            Some(serde_json::json!({"positions": ["Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Tỉnh ủy"]}))
        );
        let text = "Thứ trưởng Đỗ Đức Duy nhận nhiệm vụ mới";
        let p = find_entities(text).into_iter().find(|e| e.label == Label::Person).unwrap();
        assert_eq!(p.value, Some(serde_json::json!({"positions": ["Thứ trưởng"]})));
    }

    /// The "Decided cases" of the guidelines for entities, one row each.
    #[test]
    fn decided_cases() {
        use Label::*;
        /// (the rule, a sentence, spans it must hold)
        type Case = (&'static str, &'static str, &'static [(Label, &'static str)]);
        let cases: &[Case] = &[
            (
                "ranks and bare titles are positions",
                "Đại tướng Ngô Xuân Lịch phát biểu. Thủ tướng nhấn mạnh",
                &[(Position, "Đại tướng"), (Person, "Ngô Xuân Lịch"), (Position, "Thủ tướng")],
            ),
            (
                "nguyên and tân stay outside",
                "ông Hồ Quốc Dũng, nguyên Chủ tịch UBND tỉnh Bình Định",
                &[(Position, "Chủ tịch UBND tỉnh Bình Định")],
            ),
            (
                "a class of bodies is one span",
                "Ủy ban nhân dân các cấp phối hợp với Sở Nội vụ",
                &[(Organization, "Ủy ban nhân dân các cấp"), (Organization, "Sở Nội vụ")],
            ),
            (
                "a capitalised short form standing alone is a body",
                "Năm 2022, Ban Chỉ đạo đã thường xuyên",
                &[(Organization, "Ban Chỉ đạo")],
            ),
            (
                "a short form inside a position is also a body",
                "Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy",
                &[
                    (Position, "Ủy viên Ban Thường vụ"),
                    (Organization, "Ban Thường vụ"),
                    (Organization, "Ban Dân vận Tỉnh ủy"),
                ],
            ),
            (
                "a delegation and the body it comes from",
                "Đoàn kiểm tra của Bộ Chính trị làm việc",
                &[(Organization, "Đoàn kiểm tra"), (Organization, "Bộ Chính trị")],
            ),
            (
                "Trung ương Đảng inside Ủy viên Trung ương Đảng",
                "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy",
                &[(Position, "Ủy viên Trung ương Đảng"), (Organization, "Trung ương Đảng")],
            ),
            (
                "a term in brackets stays outside the body",
                "của Ban Chấp hành Trung ương Đảng (khóa XI) về",
                &[(Organization, "Ban Chấp hành Trung ương Đảng")],
            ),
            (
                "a term without brackets is inside the event, outside the body",
                "Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XII",
                &[
                    (Event, "Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XII"),
                    (Organization, "Ban Chấp hành Trung ương Đảng"),
                ],
            ),
        ];
        for (rule, text, want) in cases {
            let got = ents(text);
            for w in *want {
                assert!(got.contains(&(w.0, w.1.to_string())), "{rule}: {w:?} not in {got:?}");
            }
        }
        // The central level is no body; nor a delegate's congress an office.
        let got = ents("từ Trung ương đến địa phương");
        assert!(got.iter().all(|(l, _)| *l != Organization), "{got:?}");
        let got = ents("Khu tưởng niệm ở phường 1, thành phố Cà Mau");
        assert!(got.iter().all(|(l, _)| *l != Person), "{got:?}");
    }

    #[test]
    fn a_name_wrapped_onto_an_indented_line_is_still_found() {
        let text = "Đồng chí Hoàng Thị Vĩnh- Ủy viên Ban Thường vụ,\n                    Trưởng Ban Dân vận Tỉnh ủy chủ trì";
        assert!(ents(text).contains(&(Label::Position, "Trưởng Ban Dân vận Tỉnh ủy".to_string())));
        let text = "Ban Dân vận\n    Tỉnh ủy";
        assert!(ents(text).contains(&(Label::Organization, "Ban Dân vận\n    Tỉnh ủy".to_string())));
    }
}
