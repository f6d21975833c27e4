//! The POSITION recogniser.
//!
//! A position is a title (`data/position/titles.tsv`) with the body written right after it
//! (`Trưởng Ban Dân vận Tỉnh ủy`, `Chủ tịch UBND tỉnh Yên Bái`, `Phó Thủ tướng Thường trực Chính phủ`), or the
//! title alone where it stands for a person (`Thủ tướng`, `Đại tướng`, `trưởng đoàn`). `nguyên` and `tân`
//! before a title stay outside; several positions in a row are separate spans. A title that ends in `ban`,
//! `đoàn` or `phòng` shares that word with the body (`Trưởng` + `ban Tuyên giáo Trung ương`).

use super::organization::{org_at, place_run};
use super::Candidate;
use crate::lexicon::{self, Phrase};
use crate::span::Label;
use crate::text::{Gap, Kind, Token, TokenBuf};

/// Finds POSITION candidates in the normalised text.
///
/// `find_entities` calls [`find`] with the tokens it shares between recognisers.
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) fn recognize(chars: &[char]) -> Vec<Candidate> {
    let buf = TokenBuf::new(chars);
    let toks = buf.tokens();
    find(&toks, &Titles::new(&toks))
}

/// What the titles lexicon says at every token, asked once for the recognisers that all ask it (organisation,
/// position, person): the longest title and the position ([`position_with`]) starting there.
pub(crate) struct Titles<'a> {
    title: Vec<Option<(&'a Phrase, usize)>>,
    position: Vec<Option<(usize, &'static str)>>,
}

impl<'a> Titles<'a> {
    pub fn new(toks: &'a [Token<'a>]) -> Titles<'a> {
        // (Every title starts with a word: numbers and punctuation marks are not looked up.)
        let set = lexicon::titles();
        let title: Vec<Option<(&'a Phrase, usize)>> = (0..toks.len())
            .map(|i| (toks[i].kind == Kind::Word).then(|| set.longest_at(toks, i)).flatten())
            .collect();
        // (A position starts with a title: the tokens without one need no call.)
        let position = title
            .iter()
            .enumerate()
            .map(|(i, &title)| title.and_then(|_| position_with(toks, i, title)))
            .collect();
        Titles { title, position }
    }

    /// `lexicon::titles().longest_at(toks, i)`.
    pub fn title_at(&self, i: usize) -> Option<(&'a Phrase, usize)> {
        self.title.get(i).copied().flatten()
    }

    /// The position starting at token `i`: one past its last token, and the rule.
    pub fn position_at(&self, i: usize) -> Option<(usize, &'static str)> {
        self.position.get(i).copied().flatten()
    }
}

/// Finds POSITION candidates in the tokens of the normalised text.
pub(crate) fn find(toks: &[Token], titles: &Titles) -> Vec<Candidate> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if let Some((end, rule)) = titles.position_at(i) {
            out.push(Candidate {
                start: toks[i].start,
                end: toks[end - 1].end,
                label: Label::Position,
                rule,
                value: None,
            });
            i = end;
        } else {
            i += 1;
        }
    }
    out
}

/// How many last words of a title are also the head of the body named after them
/// (`Trưởng ban` + `ban Tuyên giáo Trung ương`, `Chánh Văn phòng` + `Văn phòng Chính phủ`).
pub(crate) fn shared_head(title_lower: &str) -> usize {
    if title_lower.ends_with(" ban bí thư") {
        3
    } else if title_lower.ends_with(" văn phòng") || title_lower.ends_with(" thanh tra") {
        2
    } else if title_lower.ends_with(" ban")
        || title_lower.ends_with(" đoàn")
        || title_lower.ends_with(" phòng")
    {
        1
    } else {
        0
    }
}

/// The position starting at token `i`, whose longest title is `title`: one past its last token, and the rule.
fn position_with(toks: &[Token], i: usize, title: Option<(&Phrase, usize)>) -> Option<(usize, &'static str)> {
    let t = &toks[i];
    if t.kind != Kind::Word {
        return None;
    }
    let (p, e) = title?;
    // `Đại hội đại biểu Đảng bộ tỉnh`: the congress's delegates, not an office.
    if p.lower == "đại biểu" && i > 0 && toks[i - 1].lower == "hội" {
        return None;
    }
    let flags = p.extra.unwrap_or("");
    let mut end = e;
    let mut with_body = false;
    if p.kind == "title" {
        if let Some(m) = toks.get(e).filter(|n| n.gap == Gap::Space).and_then(|_| org_at(toks, e)) {
            end = m.end;
            with_body = true;
        } else if shared_head(p.lower) > 0 {
            if let Some(m) = org_at(toks, e - shared_head(p.lower)).filter(|m| m.end > e) {
                end = m.end;
                with_body = true;
            }
        }
        if !with_body && (p.lower.contains("thôn") || p.lower.contains("khu phố") || p.lower.contains("bản"))
        {
            if let Some(n) = toks.get(e).filter(|n| n.gap == Gap::Space) {
                if n.kind == Kind::Number {
                    end = e + 1;
                } else if let Some(pe) = place_run(toks, e, true, true) {
                    end = pe;
                }
            }
        }
        // `đại biểu Quốc hội khóa XV`: the term of the body held.
        if with_body && p.lower == "đại biểu" {
            if let (Some(k), Some(r)) = (toks.get(end), toks.get(end + 1)) {
                if k.lower == "khóa" && k.gap == Gap::Space && r.is_all_caps() {
                    end += 2;
                }
            }
        }
    }
    // `Bộ trưởng các bộ, ngành`, `Tổng giám đốc các Tập đoàn`: a class of holders, not one.
    if toks.get(end).is_some_and(|n| n.gap == Gap::Space && n.lower == "các") {
        return None;
    }
    // `Phủ Chủ tịch` is a place.
    if i > 0 && toks[i - 1].text == "Phủ" && t.gap == Gap::Space {
        return None;
    }
    let capitalised = t.is_cap();
    let ok = match p.kind {
        "whole" | "rank" | "member" => capitalised,
        _ => with_body || end > e || flags.contains("lower") || (capitalised && flags.contains("alone")),
    };
    if !ok {
        return None;
    }
    let rule = if with_body {
        "position.title_body"
    } else if p.kind == "rank" {
        "position.rank"
    } else {
        "position.title"
    };
    Some((end, rule))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn positions(s: &str) -> Vec<String> {
        let chars: Vec<char> = s.chars().collect();
        recognize(&chars).into_iter().map(|c| chars[c.start..c.end].iter().collect()).collect()
    }

    #[test]
    fn a_title_holds_the_body_written_after_it() {
        let cases: &[(&str, &[&str])] = &[
            ("Đồng chí Hoàng Thị Vĩnh - Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy chủ trì Hội nghị.",
                &["Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Tỉnh ủy"]),
            ("giữ chức Chủ tịch UBND tỉnh Yên Bái nhiệm kỳ 2016 - 2021", &["Chủ tịch UBND tỉnh Yên Bái"]),
            ("Ủy viên Bộ Chính trị, Phó Thủ tướng Thường trực Chính phủ Trương Hòa Bình",
                &["Ủy viên Bộ Chính trị", "Phó Thủ tướng Thường trực Chính phủ"]),
            ("Phó trưởng ban Thường trực Ban Tổ chức Trung ương Nguyễn Thanh Bình",
                &["Phó trưởng ban Thường trực Ban Tổ chức Trung ương"]),
            ("Bí thư Trung ương Đảng, Trưởng ban Tuyên giáo Trung ương", &["Bí thư Trung ương Đảng", "Trưởng ban Tuyên giáo Trung ương"]),
            ("Thứ trưởng Đỗ Đức Duy nhận nhiệm vụ mới", &["Thứ trưởng"]),
            ("đồng chí Đỗ Đức Duy, tân Phó Bí thư Tỉnh ủy Yên Bái", &["Phó Bí thư Tỉnh ủy Yên Bái"]),
            ("Đại tướng Ngô Xuân Lịch, Bộ trưởng Bộ Quốc phòng", &["Đại tướng", "Bộ trưởng Bộ Quốc phòng"]),
            ("Võ Văn Thưởng làm trưởng đoàn đã làm việc", &["trưởng đoàn"]),
            ("được bầu làm trưởng thôn Nội Trung, xã Vũ Ninh", &["trưởng thôn Nội Trung"]),
            ("Chủ tịch nước Trần Đại Quang", &["Chủ tịch nước"]),
            ("Ủy viên Bộ Chính trị, Thường trực Ban Bí thư Trần Cẩm Tú", &["Ủy viên Bộ Chính trị", "Thường trực Ban Bí thư"]),
        ];
        for (text, want) in cases {
            assert_eq!(positions(text), *want, "in {text:?}");
        }
    }

    #[test]
    fn lowercase_words_are_not_titles() {
        for text in ["các chủ tịch xã", "cán bộ, ủy viên", "Trưởng thành từ cơ sở"] {
            assert!(positions(text).is_empty(), "in {text:?}: {:?}", positions(text));
        }
    }
}
