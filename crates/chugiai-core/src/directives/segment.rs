//! Splits an article into the units a directive can span: sentences, list items, headlines, subheadings and
//! photo captions, in code points of the original text.
//!
//! A sentence ends at `.`, `!`, `?`, `…` (or a run of them, `./.` included) followed by a space and a capital,
//! a digit or an opening quote; an abbreviation (`TP.`, `PGS.TS.`), an initial, a date (`22/2`, `25.5`) or a
//! decimal never ends one, because their dot is not followed by a space or is known. A line always ends a
//! unit. Run-in subheadings and captions are cut off at a double space and before ` - Ảnh: …`. List
//! markers (`1.`, `a)`, `- `, `5- `) are left outside the span.

use std::sync::LazyLock;

use super::classify::is_ascii_word;
use crate::lexicon::FastSet;

/// What kind of unit a segment is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// The article's first line.
    Headline,
    /// A line or run-in phrase without final punctuation: subheading, caption, byline.
    Heading,
    /// A photo credit, source line or byline (`Ảnh: …`, `Theo …`, `Nguồn: …`).
    Credit,
    /// An ordinary sentence.
    Sentence,
}

/// One unit of the text.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Segment {
    /// First code point (after any list marker).
    pub start: usize,
    /// One past the last code point (its final punctuation included).
    pub end: usize,
    /// Index of the line it is on (lines are separated by `\n`).
    pub line: usize,
    /// It is the first unit of its line.
    pub line_start: bool,
    /// It is the last unit of its line.
    pub line_end: bool,
    /// A list marker (`1.`, `a)`, `- `) stood before it.
    pub marker: bool,
    /// What kind of unit it is.
    pub kind: Kind,
}

/// Words before a dot that do not end a sentence (case-sensitive, without the dot).
const ABBREVIATIONS: &[&str] = &[
    "TP", "Tp", "TS", "PGS", "GS", "ThS", "BS", "KS", "CN", "Th", "Ths", "St", "Q", "P", "TT", "Mr", "Ms",
    "Dr", "ĐT", "Tel", "tr", "Nxb", "NXB", "v.v", "vv", "TX", "H", "X",
];

/// Capitalised words that start a sentence and never continue one: a capitalised one right after a
/// lowercase word marks a run-in subheading or caption that ended without punctuation.
const STARTERS: &[&str] = &[
    "Để",
    "Tại",
    "Trong",
    "Theo",
    "Sau",
    "Qua",
    "Ngày",
    "Sáng",
    "Chiều",
    "Tối",
    "Trưa",
    "Phát biểu",
    "Thay mặt",
    "Tuy nhiên",
    "Chỉ thị nêu",
];

/// Kinds of text that open a sentence reporting what the text says (`Chỉ thị … nêu rõ`).
const DOCUMENT_HEADS: &[&str] =
    &["Chỉ thị", "Công điện", "Kết luận", "Quyết định", "Thông báo", "Nghị quyết"];

/// The first two letters of [`STARTERS`] and of [`DOCUMENT_HEADS`], in their order: most places are ruled
/// out by those before a word is compared.
const STARTER_FIRSTS: [(char, char); 15] = [
    ('Đ', 'ể'),
    ('T', 'ạ'),
    ('T', 'r'),
    ('T', 'h'),
    ('S', 'a'),
    ('Q', 'u'),
    ('N', 'g'),
    ('S', 'á'),
    ('C', 'h'),
    ('T', 'ố'),
    ('T', 'r'),
    ('P', 'h'),
    ('T', 'h'),
    ('T', 'u'),
    ('C', 'h'),
];
const DOCUMENT_HEAD_FIRSTS: [(char, char); 6] =
    [('C', 'h'), ('C', 'ô'), ('K', 'ế'), ('Q', 'u'), ('T', 'h'), ('N', 'g')];

/// [`ABBREVIATIONS`], looked up by hash.
static ABBREVIATION_SET: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| ABBREVIATIONS.iter().copied().collect());

/// `nêu` (nêu rõ, nêu) follows within six words of `k`.
fn says_soon(chars: &[char], k: usize, le: usize) -> bool {
    let end = le.min(k + 60);
    let mut words = 0;
    let mut i = k;
    while i < end && words < 7 {
        if word_at(chars, i, le, "nêu") || word_at(chars, i, le, "quy định") {
            return true;
        }
        while i < end && !is_space(chars[i]) {
            i += 1;
        }
        while i < end && is_space(chars[i]) {
            i += 1;
        }
        words += 1;
    }
    false
}

/// `char::is_uppercase` with an ASCII fast path (most letters that start or end a word are ASCII).
fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else {
        c.is_uppercase()
    }
}

/// `char::is_lowercase` with an ASCII fast path.
fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_lowercase()
    } else {
        c.is_lowercase()
    }
}

fn is_space(c: char) -> bool {
    // The Unicode white space, listed: asking the tables for every Vietnamese letter is slow.
    matches!(
        c,
        ' ' | '\t' | '\r' | '\n' | '\u{b}' | '\u{c}' | '\u{85}' | '\u{a0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200b}' | '\u{2028}' | '\u{2029}' | '\u{202f}' | '\u{205f}' | '\u{3000}'
    )
}

/// An ASCII letter or digit, or a code point from U+00C0 to U+1FFF (Latin letters with their marks, other
/// scripts): neither a space nor final punctuation.
fn is_plain(c: char) -> bool {
    if c.is_ascii() {
        return is_ascii_word(c);
    }
    ('\u{c0}'..'\u{2000}').contains(&c) && c != '\u{1680}'
}

fn is_closing(c: char) -> bool {
    matches!(c, '"' | '”' | '’' | '\'' | ')' | '»' | ']' | '*')
}

fn is_opening(c: char) -> bool {
    matches!(c, '"' | '“' | '‘' | '\'' | '(' | '«' | '[' | '*')
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

/// Splits `chars` into segments in text order.
pub(crate) fn segment(chars: &[char]) -> Vec<Segment> {
    let mut out = Vec::new();
    let mut line = 0;
    let mut ls = 0;
    let mut first_line_seen = false;
    // The pieces of a line, reused from line to line.
    let mut pieces = Vec::new();
    while ls <= chars.len() {
        let le = chars[ls..].iter().position(|&c| c == '\n').map_or(chars.len(), |p| ls + p);
        let before = out.len();
        split_line(chars, ls, le, line, &mut pieces, &mut out);
        if out.len() > before {
            out[before].line_start = true;
            let last = out.len() - 1;
            out[last].line_end = true;
            if !first_line_seen {
                out[before].kind = Kind::Headline;
                first_line_seen = true;
            }
        }
        line += 1;
        ls = le + 1;
    }
    out
}

/// Splits one line `[ls, le)` into segments appended to `out`, cutting it first into raw `pieces` (start, end,
/// ended by punctuation).
fn split_line(
    chars: &[char],
    ls: usize,
    le: usize,
    line: usize,
    pieces: &mut Vec<(usize, usize, bool)>,
    out: &mut Vec<Segment>,
) {
    pieces.clear();
    let mut s = ls;
    let mut i = ls;
    while i < le {
        let c = chars[i];
        // The common case first: a space before a word in lowercase (`các`, `đã`) or a number, inside a piece,
        // ends nothing.
        if c == ' ' && i > s && i + 1 < le && (is_lower(chars[i + 1]) || chars[i + 1].is_ascii_digit()) {
            i += 2;
            while i < le && is_plain(chars[i]) {
                i += 1;
            }
            continue;
        }
        // A photo credit at the start of a piece: "Ảnh: Đinh Tuấn/TTXVN Tại buổi …".
        if i == s && c == 'Ả' && starts_with(chars, i, "Ảnh:") {
            let cend = credit_end(chars, i, le);
            pieces.push((i, cend, false));
            let mut m = cend;
            while m < le && is_space(chars[m]) {
                m += 1;
            }
            s = m;
            i = m;
            continue;
        }
        if is_terminal(c) {
            let mut j = i;
            while j < le && (is_terminal(chars[j]) || chars[j] == '/') {
                j += 1;
            }
            while j < le && is_closing(chars[j]) {
                j += 1;
            }
            if j >= le {
                pieces.push((s, le, true));
                s = le;
                break;
            }
            if is_space(chars[j]) {
                let mut k = j;
                while k < le && is_space(chars[k]) {
                    k += 1;
                }
                if k < le
                    && starts_sentence(chars[k])
                    && !(c == '.' && j == i + 1 && is_abbreviation(chars, ls, i))
                    && !(c == '.' && j == i + 1 && is_marker_number(&chars[s..i]))
                {
                    pieces.push((s, j, true));
                    s = k;
                    i = k;
                    continue;
                }
            }
            i = j.max(i + 1);
            continue;
        }
        if is_space(c) && i > s {
            let mut k = i;
            while k < le && is_space(chars[k]) {
                k += 1;
            }
            let prev = chars[i - 1];
            // " - Ảnh:" ends a caption.
            if k < le && matches!(chars[k], '-' | '–') && k + 1 < le && is_space(chars[k + 1]) {
                let mut m = k + 1;
                while m < le && is_space(chars[m]) {
                    m += 1;
                }
                if starts_with(chars, m, "Ảnh:") || starts_with(chars, m, "Ảnh :") {
                    pieces.push((s, i, false));
                    pieces.push((m, le, false));
                    s = le;
                    break;
                }
            }
            if k < le {
                let next = chars[k];
                let double = k - i >= 2 || chars[i] == '\u{a0}';
                let soft_end = !matches!(prev, ',' | ';' | ':' | '-' | '–' | '(' | '/' | '&');
                if double && soft_end && (is_upper(next) || is_opening(next)) {
                    pieces.push((s, i, false));
                    s = k;
                    i = k;
                    continue;
                }
                if k == i + 1 && is_lower(prev) && is_upper(next) {
                    let starter = any_word_at(chars, k, le, STARTERS, &STARTER_FIRSTS);
                    // A subheading run into the sentence after it: `Thẩm định chặt chẽ hồ sơ Chỉ thị của
                    // Thủ tướng cũng nêu rõ …` (no stop in the piece so far).
                    let text_speaks = || {
                        any_word_at(chars, k, le, DOCUMENT_HEADS, &DOCUMENT_HEAD_FIRSTS)
                            && !chars[s..i].iter().any(|c| matches!(c, ';' | ':' | '.'))
                            && says_soon(chars, k, le)
                    };
                    if starter || text_speaks() {
                        pieces.push((s, i, false));
                        s = k;
                        i = k;
                        continue;
                    }
                }
                // A photo credit run into the text: "Ảnh: Đinh Tuấn/TTXVN Tại buổi …".
                if chars[k] == 'Ả' && starts_with(chars, k, "Ảnh:") && (prev == '.' || prev.is_alphanumeric())
                {
                    pieces.push((s, i, false));
                    let cend = credit_end(chars, k, le);
                    pieces.push((k, cend, false));
                    let mut m = cend;
                    while m < le && is_space(chars[m]) {
                        m += 1;
                    }
                    s = m;
                    i = m;
                    continue;
                }
            }
            i = k;
            continue;
        }
        i += 1;
        // Letters and digits end nothing: skip their run (most of the text) at once.
        while i < le && is_plain(chars[i]) {
            i += 1;
        }
    }
    if s < le {
        pieces.push((s, le, false));
    }
    for &(a, b, _) in pieces.iter() {
        push_piece(chars, a, b, line, out);
    }
}

/// The end of a photo credit that starts at `k` (`Ảnh: Name/AGENCY`): after the first word holding a `/`
/// within eight words, else the end of the line.
fn credit_end(chars: &[char], k: usize, le: usize) -> usize {
    let mut i = k + 4;
    let mut words = 0;
    while i < le && words < 8 {
        while i < le && is_space(chars[i]) {
            i += 1;
        }
        let ws = i;
        while i < le && !is_space(chars[i]) {
            i += 1;
        }
        if ws < i {
            words += 1;
            if let Some(slash) = chars[ws..i].iter().rposition(|&c| c == '/') {
                let tail = &chars[ws + slash + 1..i];
                if tail.len() >= 2 && tail.iter().all(|c| !c.is_lowercase()) {
                    return i;
                }
                // "VGP/Nhật Bắc": the photographer's name goes on while capitalised.
                let mut end = i;
                for _ in 0..3 {
                    let mut m = end;
                    while m < le && is_space(chars[m]) {
                        m += 1;
                    }
                    let we = chars[m..le].iter().position(|c| is_space(*c)).map_or(le, |p| m + p);
                    let starter = any_word_at(chars, m, le, STARTERS, &STARTER_FIRSTS);
                    if m < le && chars[m].is_uppercase() && !starter && we - m <= 8 {
                        end = we;
                    } else {
                        break;
                    }
                }
                return end;
            }
        }
    }
    le
}

fn starts_sentence(c: char) -> bool {
    is_upper(c) || c.is_ascii_digit() || is_opening(c) || matches!(c, '-' | '–' | '+' | '•')
}

fn starts_with(chars: &[char], at: usize, s: &str) -> bool {
    // Most calls fail on the first letter.
    if chars.get(at) != s.chars().next().as_ref() {
        return false;
    }
    let mut it = chars.get(at..).unwrap_or(&[]).iter();
    s.chars().all(|c| it.next() == Some(&c))
}

/// One of the words `list`, whose first two letters are `firsts`, stands at `at` as a whole word.
fn any_word_at(chars: &[char], at: usize, le: usize, list: &[&str], firsts: &[(char, char)]) -> bool {
    let (Some(&c), Some(&d)) = (chars.get(at), chars.get(at + 1)) else {
        return false;
    };
    firsts.iter().zip(list).any(|(&f, w)| f == (c, d) && word_at(chars, at, le, w))
}

/// The first byte of `c` in UTF-8: compared before a listed string is compared with the text.
fn lead_byte(c: char) -> u8 {
    let mut b = [0; 4];
    c.encode_utf8(&mut b).as_bytes()[0]
}

/// `w` stands at `at` as a whole word.
fn word_at(chars: &[char], at: usize, le: usize, w: &str) -> bool {
    if !starts_with(chars, at, w) {
        return false;
    }
    let n = w.chars().count();
    at + n >= le || !chars[at + n].is_alphanumeric()
}

/// `1`, `12`, `IV`: a list number before its dot.
fn is_marker_number(p: &[char]) -> bool {
    !p.is_empty()
        && p.len() <= 4
        && (p.iter().all(|c| c.is_ascii_digit()) || p.iter().all(|c| matches!(c, 'I' | 'V' | 'X')))
}

/// The dot at `dot` closes an abbreviation or an initial.
fn is_abbreviation(chars: &[char], ls: usize, dot: usize) -> bool {
    let mut b = dot;
    while b > ls && (chars[b - 1].is_alphanumeric() || chars[b - 1] == '.') {
        b -= 1;
    }
    let word: String = chars[b..dot].iter().collect();
    if word.is_empty() {
        return false;
    }
    let last = word.rsplit('.').next().unwrap_or("");
    let known: &FastSet<&str> = &ABBREVIATION_SET;
    if known.contains(word.as_str()) || known.contains(last) {
        return true;
    }
    // "PGS.TS" and other dotted chains of abbreviations.
    if word.contains('.') && word.split('.').all(|p| known.contains(p) || p.chars().count() <= 1) {
        return true;
    }
    // A single capital: an initial in a name.
    let mut it = word.chars();
    matches!((it.next(), it.next()), (Some(c), None) if c.is_uppercase())
}

/// Trims a piece, strips its list marker and appends it as a segment.
fn push_piece(chars: &[char], a: usize, b: usize, line: usize, out: &mut Vec<Segment>) {
    let mut a = a;
    let mut b = b;
    while a < b && (is_space(chars[a]) || chars[a] == '|') {
        a += 1;
    }
    while b > a && (is_space(chars[b - 1]) || chars[b - 1] == '|') {
        b -= 1;
    }
    let mut marker = false;
    if let Some(m) = marker_len(chars, a, b) {
        a += m;
        marker = true;
        while a < b && is_space(chars[a]) {
            a += 1;
        }
    }
    // A markdown emphasis around a whole caption.
    if a < b && chars[a] == '*' && chars[b - 1] == '*' && b - a > 2 {
        a += 1;
        b -= 1;
    }
    if !chars[a..b].iter().any(|c| c.is_alphabetic()) {
        return;
    }
    let ends_punct = chars[..b]
        .iter()
        .rev()
        .find(|c| !is_closing(**c))
        .is_some_and(|&c| is_terminal(c) || matches!(c, ':' | ';' | '/'));
    let kind = if is_credit(chars, a, b) {
        Kind::Credit
    } else if !ends_punct {
        Kind::Heading
    } else {
        Kind::Sentence
    };
    out.push(Segment { start: a, end: b, line, line_start: false, line_end: false, marker, kind });
}

/// Length of a list marker at `a` (`1.`, `12)`, `5-`, `a)`, `- `, `+ `, `•`), spaces not included.
fn marker_len(chars: &[char], a: usize, b: usize) -> Option<usize> {
    let at = |i: usize| if a + i < b { Some(chars[a + i]) } else { None };
    let space_after = |i: usize| at(i).is_some_and(is_space);
    match at(0)? {
        '-' | '–' | '+' | '•' | '*' if space_after(1) => Some(1),
        c if c.is_ascii_digit() => {
            let mut i = 1;
            while at(i).is_some_and(|c| c.is_ascii_digit()) && i < 3 {
                i += 1;
            }
            if at(i) == Some(' ') && matches!(at(i + 1), Some('-' | '–')) && space_after(i + 2) {
                return Some(i + 2);
            }
            match at(i)? {
                '.' | ')' | '-' | '–' if space_after(i + 1) => Some(i + 1),
                _ => None,
            }
        }
        c if c.is_lowercase() && at(1) == Some(')') && space_after(2) => Some(2),
        '(' if at(1).is_some_and(|c| c.is_ascii_digit() || c.is_lowercase()) && at(2) == Some(')') => {
            space_after(3).then_some(3)
        }
        _ => None,
    }
}

/// The piece is a photo credit, a source line or a byline.
fn is_credit(chars: &[char], a: usize, b: usize) -> bool {
    const HEADS: &[&str] = &[
        "Ảnh:",
        "Ảnh :",
        "Ảnh minh họa",
        "Ảnh minh hoạ",
        "Nguồn:",
        "Tác giả:",
        "Tin, ảnh:",
        "Tin và ảnh:",
        "Theo Cổng",
        "Theo Báo",
        "Theo TTXVN",
        "Theo VOV",
        "Theo Cổng",
        "Ngày đăng:",
        "Đọc báo",
        "(ảnh minh",
    ];
    let lead = chars.get(a).map(|&c| lead_byte(c));
    HEADS.iter().any(|h| h.as_bytes().first() == lead.as_ref() && starts_with(chars, a, h))
        || (b - a < 60 && ends_with_agency(chars, a, b))
        || (b - a < 60 && starts_with(chars, a, "Theo ") && source_like(&chars[a..b]))
}

/// `Theo Thanh Quang/Chinhphu.vn`, `Theo TTXVN`: a source line.
fn source_like(p: &[char]) -> bool {
    let s: String = p.iter().collect();
    s.contains('/') || s.contains(".vn") || s.contains("TTXVN") || s.contains("VOV") || s.contains("VTV")
}

/// A short piece ending in a news agency in brackets: `Mai Ngoan (TTXVN)`.
fn ends_with_agency(chars: &[char], a: usize, b: usize) -> bool {
    let ends_with = |s: &str| {
        let n = s.chars().count();
        b - a >= n && chars[b - n..b].iter().copied().eq(s.chars())
    };
    ends_with("(TTXVN)") || ends_with("/TTXVN")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &str) -> Vec<String> {
        let chars: Vec<char> = t.chars().collect();
        segment(&chars).iter().map(|s| chars[s.start..s.end].iter().collect()).collect()
    }

    #[test]
    fn sentences_split_at_final_punctuation() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Tỉnh cần tập trung. Từ đó, nhân rộng cách làm hay.",
                &["Tỉnh cần tập trung.", "Từ đó, nhân rộng cách làm hay."],
            ),
            // Abbreviations, dates, codes and decimals do not end a sentence.
            (
                "Tại TP. Hồ Chí Minh, PGS.TS. Nguyễn Văn A phát biểu.",
                &["Tại TP. Hồ Chí Minh, PGS.TS. Nguyễn Văn A phát biểu."],
            ),
            (
                "Ngày 25.5, tại TP.Quy Nhơn, đoàn làm việc. Kết luận số 43-KL/TW ngày 07/01/2019 nêu rõ.",
                &[
                    "Ngày 25.5, tại TP.Quy Nhơn, đoàn làm việc.",
                    "Kết luận số 43-KL/TW ngày 07/01/2019 nêu rõ.",
                ],
            ),
            (
                "Đạt 145,5 tỷ đồng, tăng 2.5%. Năm nay tăng.",
                &["Đạt 145,5 tỷ đồng, tăng 2.5%.", "Năm nay tăng."],
            ),
            ("ở từng chi bộ, đảng bộ… Từ đó, nhân rộng.", &["ở từng chi bộ, đảng bộ…", "Từ đó, nhân rộng."]),
            ("xử lý nghiêm vi phạm (nếu có)./.", &["xử lý nghiêm vi phạm (nếu có)./."]),
            ("của Nhà nước”. Tiếp tục làm.", &["của Nhà nước”.", "Tiếp tục làm."]),
        ];
        for (t, want) in cases {
            assert_eq!(texts(t), want.iter().map(|s| s.to_string()).collect::<Vec<_>>(), "{t}");
        }
    }

    #[test]
    fn list_markers_stay_outside() {
        let t = "Thủ tướng yêu cầu:\n1. Bộ trưởng các bộ:\na) Chỉ đạo rà soát.\n- Phối hợp chặt chẽ.\n5- Ban Chấp hành kêu gọi toàn Đảng.";
        assert_eq!(
            texts(t),
            vec![
                "Thủ tướng yêu cầu:",
                "Bộ trưởng các bộ:",
                "Chỉ đạo rà soát.",
                "Phối hợp chặt chẽ.",
                "Ban Chấp hành kêu gọi toàn Đảng."
            ]
        );
        let t = "Đã quyết nghị. 5- Ban Chấp hành kêu gọi toàn Đảng.";
        assert_eq!(texts(t), vec!["Đã quyết nghị.", "Ban Chấp hành kêu gọi toàn Đảng."]);
    }

    #[test]
    fn captions_and_run_in_headings() {
        let t = "Thủ tướng nhấn mạnh, cần căn cứ tiêu chí - Ảnh: VGP/Nhật Bắc\nNội dung.";
        let chars: Vec<char> = t.chars().collect();
        let segs = segment(&chars);
        assert_eq!(
            texts(t),
            vec!["Thủ tướng nhấn mạnh, cần căn cứ tiêu chí", "Ảnh: VGP/Nhật Bắc", "Nội dung."]
        );
        assert_eq!(segs[0].kind, Kind::Headline);
        assert_eq!(segs[1].kind, Kind::Credit);
        let t = "Mở đầu.\nĐưa việc học tập trở thành công việc tự giác  Báo cáo sơ kết đã nêu.";
        assert_eq!(
            texts(t),
            vec!["Mở đầu.", "Đưa việc học tập trở thành công việc tự giác", "Báo cáo sơ kết đã nêu."]
        );
        let t = "Mở đầu.\nĐồng chí phát biểu. Ảnh: Đinh Tuấn/TTXVN Tại buổi làm việc, đoàn công bố.";
        assert_eq!(
            texts(t),
            vec![
                "Mở đầu.",
                "Đồng chí phát biểu.",
                "Ảnh: Đinh Tuấn/TTXVN",
                "Tại buổi làm việc, đoàn công bố."
            ]
        );
        let t =
            "Mở đầu.\nchỉ đạo phù hợp. Nâng tỷ lệ đảng viên là trưởng thôn Để nâng cao chất lượng, tỉnh làm.";
        assert_eq!(
            texts(t),
            vec![
                "Mở đầu.",
                "chỉ đạo phù hợp.",
                "Nâng tỷ lệ đảng viên là trưởng thôn",
                "Để nâng cao chất lượng, tỉnh làm."
            ]
        );
        let t = "Mở đầu.\nbầu thành viên. Thẩm định chặt chẽ hồ sơ phê chuẩn bầu, miễn nhiệm Chỉ thị của Thủ tướng cũng nêu rõ trách nhiệm.";
        assert_eq!(
            texts(t),
            vec![
                "Mở đầu.",
                "bầu thành viên.",
                "Thẩm định chặt chẽ hồ sơ phê chuẩn bầu, miễn nhiệm",
                "Chỉ thị của Thủ tướng cũng nêu rõ trách nhiệm."
            ]
        );
        // Mid-sentence, a document named with its number does not start a sentence.
        let t = "Mở đầu.\nTỉnh tiếp tục thực hiện Chỉ thị 05 của Bộ Chính trị về học tập.";
        assert_eq!(
            texts(t),
            vec!["Mở đầu.", "Tỉnh tiếp tục thực hiện Chỉ thị 05 của Bộ Chính trị về học tập."]
        );
    }

    #[test]
    fn first_letters_are_those_of_the_words() {
        for (list, firsts) in [(STARTERS, &STARTER_FIRSTS[..]), (DOCUMENT_HEADS, &DOCUMENT_HEAD_FIRSTS[..])] {
            let got: Vec<(char, char)> = list
                .iter()
                .filter_map(|w| {
                    let mut cs = w.chars();
                    Some((cs.next()?, cs.next()?))
                })
                .collect();
            assert_eq!(got, firsts);
        }
    }

    #[test]
    fn offsets_are_code_points_of_the_original() {
        let t = "Ảnh.\nKhoá học. Tiếp tục quán triệt.";
        let chars: Vec<char> = t.chars().collect();
        for s in segment(&chars) {
            assert!(s.end <= chars.len());
        }
        assert_eq!(texts(t)[2], "Tiếp tục quán triệt.");
    }
}
