//! The EVENT recogniser.
//!
//! An event is a head word (`Hội nghị`, `Đại hội`, `Kỳ họp`, `Phiên họp`, `Lễ`, `Hội thảo`…) with what names
//! it: its number (`lần thứ năm`, `thứ 10`, `XII`, `bất thường`), the body that holds it (`Ban Chấp hành Trung
//! ương Đảng`, `Quốc hội`, `Đảng bộ tỉnh`), its term (`khóa XII`, `nhiệm kỳ 2015 – 2020`), `của Đảng`, and a
//! description starting with a word that names a kind of meeting (`tổng kết công tác phối hợp năm 2022`,
//! `công bố Quyết định …`). A bare capitalised head (`Hội nghị`) is a re-mention.

use super::organization::org_at;
use super::Candidate;
use crate::lexicon::WordSet;
use crate::span::Label;
use crate::text::{words_at, Gap, Kind, Token, TokenBuf};

/// Finds EVENT candidates in the normalised text.
///
/// `find_entities` calls [`find`] with the tokens it shares between recognisers.
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) fn recognize(chars: &[char]) -> Vec<Candidate> {
    find(&TokenBuf::new(chars).tokens())
}

/// Head words of events, lowercase.
const HEADS: &[&str] = &[
    "hội nghị cấp cao",
    "hội nghị",
    "đại hội",
    "kỳ họp",
    "phiên họp",
    "phiên khai mạc",
    "phiên bế mạc",
    "lễ",
    "hội thảo",
    "tọa đàm",
    "diễn đàn",
    "họp báo",
    "hội thi",
    "cuộc thi",
    "chiến dịch",
    "phong trào",
    "cuộc vận động",
    "đợt thi đua",
    "hội chợ",
    "liên hoan",
    "tuần lễ",
    "ngày hội",
    "lễ kỷ niệm",
    "lễ khởi công",
];

/// The first words of [`HEADS`].
static HEAD_FIRSTS: WordSet = WordSet::new(&[
    "hội", "đại", "kỳ", "phiên", "lễ", "tọa", "diễn", "họp", "cuộc", "chiến", "phong", "liên", "tuần",
    "ngày", "đợt",
]);

/// First syllables of a description that names a meeting (`tổng kết`, `triển khai`, `công bố`).
const DESCRIBES: &[&str] = &[
    "tổng",
    "sơ",
    "triển",
    "quán",
    "công",
    "toàn",
    "trực",
    "giao",
    "cải",
    "phối",
    "tập",
    "học",
    "chuyên",
    "thường",
    "khởi",
    "khánh",
    "kỷ",
    "gặp",
    "đối",
    "tiếp",
    "xúc",
    "biểu",
    "tuyên",
    "ký",
    "trao",
    "đón",
    "lấy",
    "góp",
    "thông",
    "cấp",
    "ra",
    "chào",
    "tôn",
    "kết",
    "hướng",
    "đánh",
];

/// Words that end a description.
const ENDS: &[&str] = &[
    "do", "được", "đã", "đang", "diễn", "với", "nhằm", "có", "sẽ", "là", "vào", "dưới", "sáng", "chiều",
    "tối", "ngày", "hôm", "từ", "này", "đó", "thì", "mà", "cho", "nhưng", "khi", "để", "chủ", "vừa", "bởi",
];

/// Number words of ordinals (`lần thứ năm`).
const NUMBER_WORDS: &[&str] =
    &["nhất", "hai", "ba", "tư", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "mười một", "mười hai"];

/// Finds EVENT candidates in the tokens of the normalised text.
pub(crate) fn find(toks: &[Token]) -> Vec<Candidate> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if let Some((end, rule)) = event_at(toks, i) {
            out.push(Candidate {
                start: toks[i].start,
                end: toks[end - 1].end,
                label: Label::Event,
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

fn head_at(toks: &[Token], i: usize) -> Option<usize> {
    if !HEAD_FIRSTS.contains(&toks[i]) {
        return None;
    }
    // (Only the heads that start with the token's first byte are matched word by word.)
    let first = toks[i].lower.as_bytes().first();
    HEADS.iter().filter(|h| h.as_bytes().first() == first).filter_map(|h| words_at(toks, i, h)).max()
}

/// A Roman numeral written in capitals (`XII`).
pub(super) fn is_roman(t: &Token) -> bool {
    t.kind == Kind::Word && !t.text.is_empty() && t.text.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L'))
}

fn spaced<'t, 'a>(toks: &'t [Token<'a>], k: usize) -> Option<&'t Token<'a>> {
    toks.get(k).filter(|t| t.gap == Gap::Space)
}

/// An ordinal from `k` (`lần thứ năm`, `thứ 10`, `lần thứ XII`, `XII`): one past it.
fn ordinal_at(toks: &[Token], k: usize) -> Option<usize> {
    let mut e = k;
    if spaced(toks, e)?.lower == "lần" {
        e += 1;
    }
    if spaced(toks, e).is_some_and(|t| t.lower == "thứ") {
        e += 1;
    } else if e > k {
        return None;
    }
    let t = spaced(toks, e)?;
    if t.kind == Kind::Number || is_roman(t) {
        return Some(e + 1);
    }
    if e > k && NUMBER_WORDS.contains(&t.lower) {
        if t.lower == "mười" && spaced(toks, e + 1).is_some_and(|n| matches!(n.lower, "một" | "hai")) {
            return Some(e + 2);
        }
        return Some(e + 1);
    }
    None
}

/// A term (`khóa XII`, `nhiệm kỳ 2015 – 2020`): one past it.
fn term_at(toks: &[Token], k: usize) -> Option<usize> {
    let t = spaced(toks, k)?;
    if t.lower == "khóa" {
        let r = spaced(toks, k + 1)?;
        return (is_roman(r) || r.kind == Kind::Number).then_some(k + 2);
    }
    if t.lower == "nhiệm" && spaced(toks, k + 1)?.lower == "kỳ" {
        let y = spaced(toks, k + 2).filter(|y| y.kind == Kind::Number)?;
        let mut e = k + 3;
        if y.text.contains('-') {
            return Some(e);
        }
        if let (Some(d), Some(y2)) = (toks.get(e), toks.get(e + 1)) {
            if (d.is_punct('-') || d.is_punct('–')) && y2.kind == Kind::Number {
                e += 2;
            }
        }
        return Some(e);
    }
    None
}

/// The event starting at token `i`: one past it, and the rule.
fn event_at(toks: &[Token], i: usize) -> Option<(usize, &'static str)> {
    let t = &toks[i];
    if t.kind != Kind::Word {
        return None;
    }
    let head_end = head_at(toks, i)?;
    let mut end = head_end;
    let mut named = false;
    // A description follows the head or a word like `toàn quốc`, never a body or a term.
    let mut describable = true;
    // Whether the body that holds it is already named (`Kỳ họp …, Quốc hội khóa XV` + `của Văn phòng …`).
    let mut has_body = false;
    // `Cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam"`, `đợt thi đua cao điểm "500 ngày đêm …"`
    if let Some(e) = quoted_title(toks, end) {
        return Some((e, "event.quoted_title"));
    }
    // `Lễ kỷ niệm 90 năm Ngày thành lập …`
    if spaced(toks, end).is_some_and(|n| n.kind == Kind::Number)
        && spaced(toks, end + 1).is_some_and(|m| m.lower == "năm")
    {
        if let Some(e) = anniversary(toks, end + 2) {
            return Some((e, "event.anniversary"));
        }
    }
    // An event's name has a handful of parts at most: the bound keeps odd input linear.
    for _ in 0..16 {
        if let Some(e) = ordinal_at(toks, end) {
            end = e;
            named = true;
            describable = false;
            continue;
        }
        if let Some(e) = term_at(toks, end) {
            end = e;
            named = true;
            describable = false;
            continue;
        }
        if let Some(n) = spaced(toks, end) {
            let two = |a: &str, b: &str| n.lower == a && spaced(toks, end + 1).is_some_and(|m| m.lower == b);
            // `Phiên họp Chính phủ thường kỳ tháng 5/2023`
            if named && two("thường", "kỳ") {
                end += 2;
                if spaced(toks, end).is_some_and(|m| m.lower == "tháng")
                    && spaced(toks, end + 1).is_some_and(|m| m.kind == Kind::Number)
                {
                    end += 2;
                }
                continue;
            }
            if two("toàn", "quốc") || two("bất", "thường") || two("cấp", "cao") || two("trực", "tuyến")
            {
                end += 2;
                named = true;
                continue;
            }
            // `Đại hội đại biểu Đảng bộ tỉnh …`, `Đại hội đại biểu toàn quốc …`
            if two("đại", "biểu") && end == head_end {
                end += 2;
                continue;
            }
            // `Hội nghị Trung ương 5`, `Hội nghị Trung ương lần thứ tư`
            if n.text == "Trung" && spaced(toks, end + 1).is_some_and(|m| m.lower == "ương") {
                if let Some(e) = spaced(toks, end + 2)
                    .filter(|x| x.kind == Kind::Number || is_roman(x))
                    .map(|_| end + 3)
                    .or_else(|| ordinal_at(toks, end + 2))
                {
                    end = e;
                    named = true;
                    describable = false;
                    continue;
                }
            }

            if n.text == "Đảng" && org_at(toks, end).is_none() {
                end += 1;
                named = true;
                describable = false;
                continue;
            }
            if named && n.lower == "của" && spaced(toks, end + 1).is_some_and(|m| m.text == "Đảng") {
                end += 2;
                continue;
            }
            // `Phiên họp thứ 15 của Ủy ban Thường vụ Quốc hội`
            if named && !has_body && n.lower == "của" {
                if let Some(m) = spaced(toks, end + 1).and_then(|_| org_at(toks, end + 1)) {
                    end = m.end;
                    continue;
                }
            }
            if let Some(m) = org_at(toks, end) {
                end = m.end;
                has_body = true;
                named = true;
                describable = false;
                // `APEC 2017`
                if spaced(toks, end).is_some_and(|y| y.kind == Kind::Number && y.text.len() == 4) {
                    end += 1;
                }
                continue;
            }
        }
        // `…, nhiệm kỳ 2015 - 2020`
        if named && toks.get(end).is_some_and(|c| c.is_punct(',') && c.gap == Gap::None) {
            if let Some(e) = term_at(toks, end + 1) {
                end = e;
                continue;
            }
        }
        // `Kỳ họp bất thường lần thứ 9, Quốc hội khóa XV`
        if named && toks.get(end).is_some_and(|c| c.is_punct(',')) {
            if let Some(m) =
                toks.get(end + 1).filter(|n| n.text == "Quốc").and_then(|_| org_at(toks, end + 1))
            {
                if let Some(e) = term_at(toks, m.end) {
                    end = e;
                    continue;
                }
            }
        }
        break;
    }
    // `các hội nghị`: a class of meetings.
    if i > 0 && matches!(toks[i - 1].lower, "các" | "những" | "mỗi" | "từng") {
        return None;
    }
    if let Some(e) = description(toks, end).filter(|_| describable) {
        return Some((e, "event.described"));
    }
    if end == head_end {
        let bare_ok = matches!(
            toks[i..end].iter().map(|t| t.lower).collect::<Vec<_>>().join(" ").as_str(),
            "hội nghị"
                | "kỳ họp"
                | "đại hội"
                | "phiên họp"
                | "hội thảo"
                | "họp báo"
                | "phiên khai mạc"
                | "phiên bế mạc"
        );
        return (t.is_cap() && bare_ok).then_some((end, "event.head"));
    }
    if !t.is_cap() && !named {
        return None;
    }
    Some((end, "event.named"))
}

/// A quoted title after a head and at most four lowercase words (`thi đua cao điểm "…"`): one past the closing
/// quote.
fn quoted_title(toks: &[Token], k: usize) -> Option<usize> {
    let mut e = k;
    while e < toks.len() && e - k < 4 && spaced(toks, e).is_some_and(|t| t.is_lower()) {
        e += 1;
    }
    let open = toks.get(e).filter(|t| t.is_punct('"') && t.gap == Gap::Space)?;
    let _ = open;
    let close = (e + 1..toks.len().min(e + 40))
        .take_while(|&x| toks[x].gap != Gap::Newline)
        .find(|&x| toks[x].is_punct('"'))?;
    (close > e + 1).then_some(close + 1)
}

/// What an anniversary celebrates, after `kỷ niệm 90 năm`: up to the clause's end.
fn anniversary(toks: &[Token], k: usize) -> Option<usize> {
    let mut e = k;
    while e < toks.len() && e - k < 25 {
        let t = &toks[e];
        if t.gap != Gap::Space || (t.kind == Kind::Punct && !t.is_punct('-')) {
            break;
        }
        if t.is_lower() && e > k && ENDS.contains(&t.lower) {
            break;
        }
        e += 1;
    }
    (e > k).then_some(e)
}

/// A description after a head (`tổng kết công tác phối hợp năm 2022 và triển khai nhiệm vụ năm 2023`).
fn description(toks: &[Token], k: usize) -> Option<usize> {
    // `Lễ khởi công, khánh thành`: a second kind of ceremony after a comma.
    if toks.get(k).is_some_and(|c| c.is_punct(',') && c.gap == Gap::None) {
        let n = spaced(toks, k + 1)?;
        if !(n.is_lower() && DESCRIBES.contains(&n.lower)) {
            return None;
        }
        return description(toks, k + 1).map(|e| {
            // `… khánh thành theo kịch bản chung`, `… khánh thành các dự án`: the rest is no name.
            let stop = (k + 3..e).find(|&x| matches!(toks[x].lower, "theo" | "các"));
            if toks[k + 2..e].iter().any(|t| t.is_punct(',')) {
                k + 3
            } else {
                stop.unwrap_or(e)
            }
        });
    }
    let first = spaced(toks, k)?;
    if !(first.kind == Kind::Word && DESCRIBES.contains(&first.lower)) {
        return None;
    }
    let mut e = k;
    while e < toks.len() && e - k < 40 {
        let t = &toks[e];
        // `tiếp xúc, đối thoại`: a comma inside the description, before another lowercase word.
        if t.is_punct(',') && t.gap == Gap::None {
            let go_on = toks.get(e + 1).is_some_and(|n| {
                n.gap == Gap::Space && n.is_lower() && !ENDS.contains(&n.lower) && n.lower != "các"
            });
            if go_on && e > k {
                e += 1;
                continue;
            }
            break;
        }
        if t.gap != Gap::Space || (t.kind == Kind::Punct && !t.is_punct('-')) {
            break;
        }
        if e > k && ENDS.contains(&t.lower) {
            break;
        }
        if t.lower == "đồng" && spaced(toks, e + 1).is_some_and(|c| c.lower == "chí") {
            break;
        }
        e += 1;
    }
    while e > k && toks[e - 1].kind == Kind::Punct {
        e -= 1;
    }
    (e - k >= 2).then_some(e)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn events(s: &str) -> Vec<String> {
        let chars: Vec<char> = s.chars().collect();
        recognize(&chars).into_iter().map(|c| chars[c.start..c.end].iter().collect()).collect()
    }

    #[test]
    fn finds_named_meetings() {
        let cases: &[(&str, &[&str])] = &[
            ("tổ chức Hội nghị tổng kết công tác phối hợp năm 2022 và triển khai nhiệm vụ năm 2023. Đồng chí",
                &["Hội nghị tổng kết công tác phối hợp năm 2022 và triển khai nhiệm vụ năm 2023"]),
            ("tại Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XII,",
                &["Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XII"]),
            ("tại Kỳ họp thứ 10 Quốc hội khóa XV", &["Kỳ họp thứ 10 Quốc hội khóa XV"]),
            ("Nghị quyết Đại hội XII của Đảng", &["Đại hội XII của Đảng"]),
            ("Đại hội Đảng bộ tỉnh lần thứ XVIII đã đề ra", &["Đại hội Đảng bộ tỉnh lần thứ XVIII"]),
            ("Kỳ họp bất thường lần thứ 9, Quốc hội khóa XV", &["Kỳ họp bất thường lần thứ 9, Quốc hội khóa XV"]),
            ("chủ trì Hội nghị.", &["Hội nghị"]),
            ("Đại hội đại biểu Đảng bộ tỉnh Quảng Ninh lần thứ XIV, nhiệm kỳ 2015 - 2020 đã bầu",
                &["Đại hội đại biểu Đảng bộ tỉnh Quảng Ninh lần thứ XIV, nhiệm kỳ 2015 - 2020"]),
            ("Chủ tịch nước dự Hội nghị Trung ương 5.", &["Hội nghị Trung ương 5"]),
            ("chủ trì Phiên họp Chính phủ thường kỳ tháng 5/2023. Cùng dự", &["Phiên họp Chính phủ thường kỳ tháng 5/2023"]),
            ("tổ chức Lễ kỷ niệm 90 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam.",
                &["Lễ kỷ niệm 90 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam"]),
            ("tổ chức Lễ khởi công, khánh thành theo kịch bản chung", &["Lễ khởi công, khánh thành"]),
            ("đạt thành tích cao trong đợt thi đua cao điểm \"500 ngày đêm thi đua\", bảo đảm",
                &["đợt thi đua cao điểm \"500 ngày đêm thi đua\""]),
            ("Cuộc vận động \"Người Việt Nam ưu tiên dùng hàng Việt Nam\" tiếp tục",
                &["Cuộc vận động \"Người Việt Nam ưu tiên dùng hàng Việt Nam\""]),
            ("Hội nghị Ban Chấp hành Đảng bộ tỉnh khóa XVIII, triển khai quyết định",
                &["Hội nghị Ban Chấp hành Đảng bộ tỉnh khóa XVIII"]),
        ];
        for (text, want) in cases {
            assert_eq!(events(text), *want, "in {text:?}");
        }
    }

    #[test]
    fn lowercase_mentions_need_a_name() {
        for text in ["tại hội nghị, các đại biểu", "lễ hội truyền thống", "tổ chức các hội nghị quán triệt"]
        {
            assert!(events(text).is_empty(), "in {text:?}: {:?}", events(text));
        }
    }
}
