//! The PERSON recogniser.
//!
//! A person is a run of capitalised syllables (two to four) that
//! - starts with a Vietnamese family name (`Hoàng Thị Vĩnh`, `Hồ Chí Minh`), or
//! - follows an honorific (`đồng chí`, `ông`, `bà`, `anh`, `chị`) or a title or rank (`Thứ trưởng Đỗ Đức Duy`,
//!   `Đại tướng Ngô Xuân Lịch`), where one syllable is enough (`ông Toàn`), or
//! - signs the article or a photo (`Ảnh: Đinh Tuấn/TTXVN`, `Mai Ngoan (TTXVN)`, a last line `NGỌC CHÁNH`).
//!
//! The honorific or title stays outside. A run after a street or unit word (`phường Lê Lợi`, `đường Trần Phú`)
//! names a place, not a person.

use super::organization::{is_function_word, is_known_place, joined_is, known_place_at, org_at};
use super::position::Titles;
use super::Candidate;
use crate::lexicon::{self, WordSet};
use crate::span::Label;
use crate::text::{words_at, Gap, Kind, Token, TokenBuf};

/// Finds PERSON candidates in the normalised text.
///
/// `find_entities` calls [`find`] with the tokens it shares between recognisers.
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) fn recognize(chars: &[char]) -> Vec<Candidate> {
    let buf = TokenBuf::new(chars);
    let toks = buf.tokens();
    find(&toks, &Titles::new(&toks))
}

/// Words after which a capitalised run names a place or a thing, not a person.
const PLACE_WORDS: &[&str] = &[
    "tỉnh",
    "phố",
    "huyện",
    "quận",
    "xã",
    "phường",
    "trấn",
    "thôn",
    "bản",
    "ấp",
    "đường",
    "tp",
    "cầu",
    "sông",
    "núi",
    "chùa",
    "đền",
    "lăng",
    "trường",
    "thpt",
    "thcs",
    "công",
    "ty",
    "giải",
    "tàu",
    "khu",
    "xóm",
    "làng",
    "hồ",
    "đảo",
    "vịnh",
    "cảng",
    "chợ",
    "bến",
    "đèo",
    "thị",
    "đình",
    "quảng",
    "trường",
    "bảo",
    "tàng",
    "tư",
    "tưởng",
];

/// Honorifics before a name, lowercase.
const HONORIFICS: &[&str] =
    &["đồng chí", "ông", "bà", "anh", "chị", "cụ", "thầy", "cô", "đ/c", "bác sĩ", "nhà báo"];

/// The first words of [`HONORIFICS`].
static HONORIFIC_FIRSTS: WordSet =
    WordSet::new(&["đồng", "ông", "bà", "anh", "chị", "cụ", "thầy", "cô", "đ/c", "bác", "nhà"]);

/// Finds PERSON candidates in the tokens of the normalised text.
pub(crate) fn find(toks: &[Token], titles: &Titles) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = Vec::new();
    let push = |start: usize, end: usize, rule: &'static str, out: &mut Vec<Candidate>| {
        if let Some(last) = out.last() {
            if last.end > toks[start].start {
                return;
            }
        }
        out.push(Candidate {
            start: toks[start].start,
            end: toks[end - 1].end,
            label: Label::Person,
            rule,
            value: None,
        });
    };
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        // After an honorific (`Bà Rịa - Vũng Tàu` is a place; asked last, as it costs the most).
        if let Some(e) = honorific_at(toks, i) {
            if let Some(r) =
                name_run(toks, titles, e, 1).filter(|_| known_place_at(toks, i).is_none_or(|k| k <= i + 1))
            {
                push(e, r, "person.after_honorific", &mut out);
                i = r;
                continue;
            }
        }
        // After a title or rank.
        if t.kind == Kind::Word {
            if let Some((e, _)) = titles.position_at(i) {
                // `Thủ tướng Nhật Bản Kishida Fumio`: the country of the office, then the name.
                let e = match known_place_at(toks, e) {
                    Some(k) if toks[e].gap == Gap::Space && name_run(toks, titles, k, 2).is_some() => k,
                    _ => e,
                };
                if let Some(r) = name_run(toks, titles, e, 2).filter(|&r| starts_like_name(toks, e, r)) {
                    push(e, r, "person.after_title", &mut out);
                    i = r;
                    continue;
                }
                i = e;
                continue;
            }
        }
        // A photo credit or byline: `Ảnh: Đinh Tuấn/TTXVN`, `Ảnh: VGP/Nhật Bắc`, `Tác giả: Phương Nhi`.
        if let Some(c) = credit_start(toks, i) {
            let c = match org_at(toks, c) {
                Some(m) if toks.get(m.end).is_some_and(|s| s.is_punct('/')) => m.end + 1,
                _ => c,
            };
            // `Ảnh: Tư liệu` names no one: a credit's name is not followed by more words.
            let credit = credit_run(toks, c)
                .filter(|&r| !toks.get(r).is_some_and(|n| n.gap == Gap::Space && n.is_lower()));
            if let Some(r) = credit {
                push(c, r, "person.credit", &mut out);
                i = r;
                continue;
            }
        }
        // (A byline starts with a capital: most tokens are ruled out before the sentence is looked at.)
        if (t.is_cap() || t.is_all_caps()) && sentence_start(toks, i) {
            if let Some(r) = byline_at(toks, i) {
                push(i, r, "person.byline", &mut out);
                i = r;
                continue;
            }
        }
        // A family name starting a run.
        if t.is_cap() && lexicon::is_surname(t.text) && surname_context_ok(toks, i) {
            if let Some(r) = name_run(toks, titles, i, 2) {
                // `Hà Nội`, `Cao Bằng` are places; `Hồ Chí Minh` after no place word is the person.
                if !(r - i < 3 && joined_is(&toks[i..r], is_known_place)) {
                    push(i, r, "person.surname", &mut out);
                    i = r;
                    continue;
                }
            }
        }
        i += 1;
    }
    out
}

/// An honorific ending just before `i`'s name: one past it, when token `i` starts one.
fn honorific_at(toks: &[Token], i: usize) -> Option<usize> {
    // (Every honorific starts with a word: numbers and punctuation marks are not looked up.)
    if toks[i].kind != Kind::Word || !HONORIFIC_FIRSTS.contains(&toks[i]) {
        return None;
    }
    let end = HONORIFICS.iter().find_map(|h| words_at(toks, i, h))?;
    // `Bà Rịa`, `Cô Tô`: an honorific is lowercase mid-sentence, or `Đồng chí`/`Ông` at a start.
    if toks[i].is_cap() && !sentence_start(toks, i) {
        return None;
    }
    Some(end)
}

fn sentence_start(toks: &[Token], i: usize) -> bool {
    i == 0
        || toks[i].gap == Gap::Newline
        || toks[i - 1].kind == Kind::Punct
            && matches!(toks[i - 1].text, "." | ":" | "\"" | "(" | "-" | "!" | "?")
}

/// A run of capitalised syllables from `i` (one to four, at least `min`) that is not a title, body or place:
/// one past it.
fn name_run(toks: &[Token], titles: &Titles, i: usize, min: usize) -> Option<usize> {
    let mut e = i;
    // Five syllables at most (`Y Thanh Hà Niê Kđăm`).
    while e < toks.len() && e - i < 5 {
        let t = &toks[e];
        if !t.is_cap() || t.is_all_caps() || (e > i && t.gap != Gap::Space) {
            break;
        }
        if titles.title_at(e).is_some() || org_at(toks, e).is_some() || is_function_word(t) {
            break;
        }
        e += 1;
    }
    if e - i < min || e == i {
        return None;
    }
    // A person's name is not followed by more capitalised syllables (`Hà Nội Mới`).
    Some(e)
}

/// A run after a title: a surname, or two or more syllables that are no place.
fn starts_like_name(toks: &[Token], s: usize, e: usize) -> bool {
    lexicon::is_surname(toks[s].text) || (e - s >= 2 && !joined_is(&toks[s..e], is_known_place))
}

/// Is a family name at `i` in a place where it can start a person's name?
fn surname_context_ok(toks: &[Token], i: usize) -> bool {
    let prev = i.checked_sub(1).map(|p| &toks[p]).filter(|_| toks[i].gap == Gap::Space);
    match prev {
        Some(p) if matches!(p.lower, "ông" | "bà" | "anh" | "chị") => true,
        Some(p) => {
            (p.is_all_caps() || !p.is_cap()) && p.kind != Kind::Number && !PLACE_WORDS.contains(&p.lower)
        }
        None => true,
    }
}

/// The author of a photo: capitalised or all-capital syllables up to `/`, `(`, `-`, the line's end.
fn credit_run(toks: &[Token], i: usize) -> Option<usize> {
    let mut e = i;
    while e < toks.len() && e - i < 4 {
        let t = &toks[e];
        if !(t.is_cap() || t.is_all_caps()) || (e > i && t.gap != Gap::Space) {
            break;
        }
        if org_at(toks, e).is_some() || is_function_word(t) {
            break;
        }
        e += 1;
    }
    (e > i).then_some(e)
}

/// Where a credit's name starts: after `Ảnh:`, `Tin, ảnh:`, `Tác giả:`, `Theo`.
fn credit_start(toks: &[Token], i: usize) -> Option<usize> {
    let t = &toks[i];
    let colon = |k: usize| toks.get(k).is_some_and(|c| c.is_punct(':'));
    match t.lower {
        "ảnh" if colon(i + 1) => Some(i + 2),
        "tác" if toks.get(i + 1).is_some_and(|g| g.lower == "giả") && colon(i + 2) => Some(i + 3),
        // `Theo Thanh Quang/Chinhphu.vn`
        "theo" if t.is_cap() => {
            let r = credit_run(toks, i + 1)?;
            (toks.get(r).is_some_and(|s| s.is_punct('/') && s.gap == Gap::None)
                && org_at(toks, r + 1).is_some())
            .then_some(i + 1)
        }
        _ => None,
    }
}

/// A byline at a sentence start: a name followed by its agency (`Mai Ngoan (TTXVN)`, `Minh Thà/KD&PL`),
/// or a line's last words in capitals (`NGỌC CHÁNH`).
fn byline_at(toks: &[Token], i: usize) -> Option<usize> {
    let e = credit_run(toks, i)?;
    let n = e - i;
    let all_caps = toks[i..e].iter().all(|t| t.is_all_caps());
    let next = toks.get(e);
    let with_agency = match next {
        Some(t) if t.is_punct('/') && t.gap == Gap::None => org_at(toks, e + 1).is_some(),
        Some(t) if t.is_punct('(') => {
            org_at(toks, e + 1).is_some_and(|m| toks.get(m.end).is_some_and(|c| c.is_punct(')')))
        }
        _ => false,
    };
    let line_end = next.is_none_or(|t| t.gap == Gap::Newline);
    let ok = (2..=3).contains(&n) && with_agency || (2..=4).contains(&n) && all_caps && line_end;
    (ok && !joined_is(&toks[i..e], is_known_place)).then_some(e)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn people(s: &str) -> Vec<String> {
        let chars: Vec<char> = s.chars().collect();
        recognize(&chars).into_iter().map(|c| chars[c.start..c.end].iter().collect()).collect()
    }

    #[test]
    fn finds_names_without_honorifics() {
        let cases: &[(&str, &[&str])] = &[
            ("Đồng chí Hoàng Thị Vĩnh - Ủy viên Ban Thường vụ", &["Hoàng Thị Vĩnh"]),
            ("Thứ trưởng Đỗ Đức Duy nhận nhiệm vụ mới tại Yên Bái", &["Đỗ Đức Duy"]),
            (
                "Phó trưởng ban Thường trực Ban Tổ chức Trung ương Nguyễn Thanh Bình trao quyết định",
                &["Nguyễn Thanh Bình"],
            ),
            ("tư tưởng, đạo đức, phong cách Hồ Chí Minh;", &["Hồ Chí Minh"]),
            ("Ảnh: Đinh Tuấn/TTXVN", &["Đinh Tuấn"]),
            ("xây dựng Đảng.\nMai Ngoan (TTXVN)", &["Mai Ngoan"]),
            ("nhiệm vụ.\nNGỌC CHÁNH", &["NGỌC CHÁNH"]),
            ("theo ông Toàn, việc này", &["Toàn"]),
            ("Chủ tịch UBND tỉnh Bình Định Hồ Quốc Dũng cho biết", &["Hồ Quốc Dũng"]),
            ("hội đàm với Thủ tướng Nhật Bản Kishida Fumio tại", &["Kishida Fumio"]),
        ];
        for (text, want) in cases {
            assert_eq!(people(text), *want, "in {text:?}");
        }
    }

    #[test]
    fn places_named_after_people_are_not_people() {
        for text in [
            "Quang cảnh hội nghị. Ảnh: Tư liệu",
            "tại phường Lê Lợi",
            "trên đường Trần Phú",
            "ở Hà Nội",
            "Bà Rịa - Vũng Tàu",
        ] {
            assert!(people(text).is_empty(), "in {text:?}: {:?}", people(text));
        }
    }
}
