//! The DOCUMENT recogniser: legal and normative documents named by number and code, by their conventional
//! short name, or as a named law.
//!
//! Where a document kind word stands (`Nghị quyết`, `Kết luận`, `chỉ thị` … from `lexicon::doc_kinds`):
//! - **kind + number/code**: `Kết luận số 43-KL/TW`, `Quyết định số 439 – QĐNS/TW`, `Nghị định 08/2016/NĐ-CP`,
//!   `Chỉ thị 05`, `chỉ thị 05`; a list goes on with bare numbers (`Quyết định 935, 936`: `936` is one too);
//! - **short names**: `Nghị quyết Trung ương 4` (with `khóa XII` when no bracket stands between), `Nghị quyết
//!   Đại hội Đảng toàn quốc lần thứ XII`, `Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa IX`
//!   (up to the last term, ordinal or `Đảng` of the name);
//! - **named laws**: `Luật Đất đai năm 2024`, `Luật tổ chức chính quyền địa phương`, `Bộ luật Hình sự`,
//!   `Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Quốc hội`, `Hiến pháp năm 2013`;
//! - a capitalised kind followed by a quoted title (`Đề án "Hoàn thiện thể chế …"`), optional in the guidelines;
//! - abbreviations with a number: `NQ170`.
//!
//! The date and issuer after a document are their own spans; they feed its value:
//! `{"kind", "number", "code", "issuer", "date", "title"}` — the issuer from `của …` when written, else decoded
//! from the code (`NĐ-CP` → Chính phủ, `QH15` → Quốc hội khóa XV).

use std::sync::OnceLock;

use serde_json::{Map, Value};

use super::date::{is_upper, is_word, lower_char, lower_into};
use super::Candidate;
use crate::lexicon::{doc_kinds, Bloom, ByHash};
use crate::span::Label;
use crate::text::{fnv_char, FNV_OFFSET};

/// The kind words, lower-case and capitalised, looked up at word starts as the place names are
/// (`location.rs`): a Bloom bit of the first word's hash, then the kind words starting with that word,
/// longest first, compared with the text.
struct KindWords {
    /// By the [`fnv_char`] hash of a first word as written (`Nghị`, `nghị`), the kind words that start with it, longest
    /// first: (kind number in `doc_kinds::kinds()`, the kind word as written).
    by_first: ByHash<Vec<(usize, Vec<char>)>>,
    /// The same hashes, for a quicker test of most words.
    bloom: Bloom<16>,
}

impl KindWords {
    /// The longest kind word written from the word start `s`, whose first word has the [`fnv_char`] hash `h`: its kind
    /// number and end.
    fn longest_at(&self, chars: &[char], s: usize, h: u64) -> Option<(usize, usize)> {
        if !self.bloom.may_contain(h) {
            return None;
        }
        let rest = &chars[s..];
        self.by_first.get(&h)?.iter().find(|(_, w)| rest.starts_with(w)).map(|(k, w)| (*k, s + w.len()))
    }
}

fn kind_words() -> &'static KindWords {
    static A: OnceLock<KindWords> = OnceLock::new();
    A.get_or_init(|| {
        let mut by_first: ByHash<Vec<(usize, Vec<char>)>> = ByHash::default();
        let mut bloom = Bloom::new();
        for (k, kind) in doc_kinds::kinds().iter().enumerate() {
            // Each kind lower-case and capitalised.
            let low: Vec<char> = kind.name.chars().map(lower_char).collect();
            let mut cap = low.clone();
            if let Some(first) = cap.first_mut() {
                *first = super::date::upper_letter(*first);
            }
            for w in [low, cap] {
                let h = w.iter().take_while(|&&c| is_word(c)).fold(FNV_OFFSET, |h, &c| fnv_char(h, c));
                bloom.insert(h);
                by_first.entry(h).or_default().push((k, w));
            }
        }
        for words in by_first.values_mut() {
            words.sort_by_key(|(_, w)| std::cmp::Reverse(w.len()));
        }
        KindWords { by_first, bloom }
    })
}

/// Words after which a bare number is a quantity, not a document number (`báo cáo 6 tháng`).
const UNITS: &[&str] = &[
    "tháng",
    "năm",
    "ngày",
    "lần",
    "người",
    "tỷ",
    "triệu",
    "nghìn",
    "ngàn",
    "đồng",
    "xã",
    "huyện",
    "tỉnh",
    "đơn",
    "cán",
    "đảng",
    "trường",
    "hộ",
    "ha",
    "km",
    "điểm",
    "nội",
    "nhóm",
    "nhiệm",
    "giải",
    "bước",
    "tiêu",
    "văn",
];

/// Words that end a law's name (`Luật Đất đai được Quốc hội thông qua`).
const LAW_STOPS: &[&str] = &[
    "được", "đã", "đang", "sẽ", "của", "trình", "tại", "về", "này", "hiện", "có", "với", "cho", "để", "theo",
    "do", "khi", "là", "nhằm", "trong", "không", "mới", "đối", "gồm", "trên", "vào", "nêu", "số", "thì",
    "cũng", "như", "đến", "từ", "sau", "trước", "và", "hoặc", "nhưng", "mà", "thông", "phải", "cần", "quy",
    "các", "những", "nên", "vẫn", "đều", "chưa", "hết",
];

/// Word pairs joined by a comma inside a law's name (`Phòng, chống`, `Cán bộ, công chức`).
const COMMA_PAIRS: &[(&str, &str)] =
    &[("phòng", "chống"), ("bộ", "công"), ("nại", "tố"), ("vệ", "chăm"), ("dục", "thể"), ("sinh", "tố")];

/// Words right after `Luật` that make another word (`Luật sư`, `Luật pháp`).
const NOT_A_LAW: &[&str] = &["sư", "pháp", "hóa", "lệ", "gia", "học", "chơi", "định"];

/// Ordinal words after `lần thứ`.
const ORDINALS: &[&str] = &["nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười"];

/// Lower-case words that can sit inside the name of a congress or plenum resolution.
const CONGRESS_WORDS: &[&str] = &[
    "lần", "thứ", "khóa", "nhiệm", "kỳ", "của", "đại", "biểu", "toàn", "quốc", "bộ", "tỉnh", "thành", "phố",
    "huyện", "hành", "ủy", "các", "cấp", "chấp", "trung", "ương", "đảng", "hội", "nghị", "xã",
];

/// The text's words: (start, end) of each run of letters and digits, `T.Ư` kept whole.
struct Words<'a> {
    chars: &'a [char],
}

impl Words<'_> {
    /// The word starting at `p`, as its end.
    fn word_end(&self, p: usize) -> Option<usize> {
        let c = self.chars;
        if p >= c.len() || !is_word(c[p]) {
            return None;
        }
        let mut e = p;
        while e < c.len() && (is_word(c[e]) || (c[e] == '.' && e + 1 < c.len() && is_upper(c[e + 1]))) {
            e += 1;
        }
        Some(e)
    }

    /// The word after the one ending at `e`, separated by one space.
    fn next(&self, e: usize) -> Option<(usize, usize)> {
        if self.chars.get(e) != Some(&' ') {
            return None;
        }
        self.word_end(e + 1).map(|we| (e + 1, we))
    }

    fn text(&self, s: usize, e: usize) -> String {
        crate::text::string_of(&self.chars[s..e])
    }

    fn lower(&self, s: usize, e: usize) -> String {
        self.chars[s..e].iter().map(|&c| lower_char(c)).collect()
    }

    /// `self.lower(s, e) == word`, without writing the lowercase.
    fn lower_is(&self, s: usize, e: usize, word: &str) -> bool {
        self.chars[s..e].iter().map(|&c| lower_char(c)).eq(word.chars())
    }
}

fn is_roman(w: &str) -> bool {
    !w.is_empty() && w.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L'))
}

/// A number and code after a kind word, from `p` (the space after the kind): (end, number, code).
fn number_code(chars: &[char], p: usize, lowercase_kind: bool) -> Option<(usize, String, Option<String>)> {
    let w = Words { chars };
    let (mut s, e) = w.next(p)?;
    let mut with_so = false;
    if w.lower_is(s, e, "số") {
        (s, _) = w.next(e)?;
        with_so = true;
    }
    if !chars[s].is_ascii_digit() {
        return None;
    }
    // The digits only (a word like `05-CT` is split below).
    let mut d = s;
    while d < chars.len() && chars[d].is_ascii_digit() {
        d += 1;
    }
    if d - s > 6 {
        return None;
    }
    let number: String = chars[s..d].iter().collect();
    let mut q = d;
    let mut year = None;
    // `/2016/NĐ-CP`, `/NQ-CP`, `-KL/TW`, ` – QĐNS/TW`, `- QĐNS/TW`
    if chars.get(q) == Some(&'/') {
        q += 1;
        if chars.len() >= q + 5 && chars[q..q + 4].iter().all(|c| c.is_ascii_digit()) && chars[q + 4] == '/' {
            year = Some(chars[q..q + 4].iter().collect::<String>());
            q += 5;
            // `167/2013/ NĐ-CP`
            if chars.get(q) == Some(&' ') && chars.get(q + 1).is_some_and(|&c| is_upper(c)) {
                q += 1;
            }
        }
    } else {
        let mut r = q;
        if chars.get(r) == Some(&' ') {
            r += 1;
        }
        if matches!(chars.get(r), Some('-' | '–' | '—')) {
            r += 1;
            if chars.get(r) == Some(&' ') {
                r += 1;
            }
            if chars.get(r).is_some_and(|&c| is_upper(c)) {
                q = r;
            }
        }
    }
    if q > d && chars.get(q).is_some_and(|&c| is_upper(c)) {
        let mut ce = q;
        while ce < chars.len() && (is_word(chars[ce]) || matches!(chars[ce], '-' | '/')) {
            ce += 1;
        }
        while ce > q && matches!(chars[ce - 1], '-' | '/') {
            ce -= 1;
        }
        let c: String = chars[q..ce].iter().collect();
        if c.chars().any(is_upper) {
            let code = Some(c);
            let number = match &year {
                Some(y) => format!("{number}/{y}"),
                None => number.clone(),
            };
            return Some((ce, number, code));
        }
    }
    // A bare number: not part of a date or a code, not a quantity (`báo cáo 6 tháng`).
    if matches!(chars.get(d), Some('/' | '.' | ',' | '-'))
        && chars.get(d + 1).is_some_and(|c| c.is_ascii_digit())
    {
        return None;
    }
    if chars.get(d).is_some_and(|&c| is_word(c)) {
        return None;
    }
    if let Some((ns, ne)) = w.next(d) {
        if !with_so && UNITS.contains(&w.lower(ns, ne).as_str()) {
            return None;
        }
    }
    if chars.get(d) == Some(&'%') || (lowercase_kind && !with_so && d - s > 3) {
        return None;
    }
    Some((d, number, None))
}

/// `Nghị quyết Trung ương 4` (and ` khóa XII` when it follows without a bracket), from the space after the kind.
fn central_resolution(chars: &[char], p: usize) -> Option<usize> {
    let w = Words { chars };
    let (s, mut e) = w.next(p)?;
    let first = w.text(s, e);
    match first.as_str() {
        "Trung" => {
            let (s2, e2) = w.next(e)?;
            if !w.lower_is(s2, e2, "ương") {
                return None;
            }
            e = e2;
        }
        "TW" | "T.Ư" | "T.W" => {}
        _ => return None,
    }
    let (ns, ne) = w.next(e)?;
    if !chars[ns..ne].iter().all(|c| c.is_ascii_digit()) || ne - ns > 2 {
        return None;
    }
    let mut end = ne;
    if let Some((ks, ke)) = w.next(ne) {
        if w.lower_is(ks, ke, "khóa") {
            if let Some((rs, re)) = w.next(ke) {
                if is_roman(&w.text(rs, re)) {
                    end = re;
                }
            }
        }
    }
    Some(end)
}

/// `Nghị quyết Đại hội …` / `Nghị quyết Hội nghị …`, up to the last word that closes the name.
fn congress_resolution(chars: &[char], p: usize) -> Option<usize> {
    let w = Words { chars };
    let (s, e) = w.next(p)?;
    let (s2, e2) = w.next(e)?;
    match (w.text(s, e).as_str(), w.lower(s2, e2).as_str()) {
        ("Đại", "hội") | ("Hội", "nghị") => {}
        _ => return None,
    }
    let mut last_marker = None;
    let mut prev = w.lower(s2, e2);
    let mut cur = e2;
    for _ in 0..24 {
        let Some((ws, we)) = w.next(cur) else { break };
        let word = w.text(ws, we);
        let low = w.lower(ws, we);
        if is_roman(&word) || (prev == "thứ" && ORDINALS.contains(&low.as_str())) || word == "Đảng" {
            last_marker = Some(we);
        } else if low == "kỳ" && prev == "nhiệm" {
            // `nhiệm kỳ 2015 – 2020`
            let (ys, ye) = w.next(we).unwrap_or((we, we));
            let y1: String = w.text(ys, ye);
            let mut r = ye;
            if chars.get(r) == Some(&' ') {
                r += 1;
            }
            if y1.len() == 4
                && y1.chars().all(|c| c.is_ascii_digit())
                && matches!(chars.get(r), Some('-' | '–'))
            {
                r += 1;
                if chars.get(r) == Some(&' ') {
                    r += 1;
                }
                if let Some(y2e) = w.word_end(r) {
                    if y2e - r == 4 {
                        last_marker = Some(y2e);
                    }
                }
            }
            break;
        } else if !(is_upper(chars[ws]) || CONGRESS_WORDS.contains(&low.as_str())) {
            break;
        }
        prev = low;
        cur = we;
    }
    last_marker
}

/// A law's name after `Luật`/`Bộ luật` (from the space after the kind): the end of the name.
fn law_name(chars: &[char], p: usize) -> Option<usize> {
    let w = Words { chars };
    let (s, e) = w.next(p)?;
    let first = w.lower(s, e);
    if NOT_A_LAW.contains(&first.as_str()) || LAW_STOPS.contains(&first.as_str()) || first == "năm" {
        return None;
    }
    let mut cur = p;
    // `Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Quốc hội`
    let amend: Vec<char> = " sửa đổi, bổ sung".chars().collect();
    if chars[p..].starts_with(&amend) {
        let rest: Vec<char> = " một số điều của Luật".chars().collect();
        let q = p + amend.len();
        if chars[q..].starts_with(&rest) {
            return law_name(chars, q + rest.len()).or(Some(q + rest.len()));
        }
        return Some(q);
    }
    let mut end = None;
    for n in 0..12 {
        let Some((ws, we)) = w.next(cur) else { break };
        let low = w.lower(ws, we);
        if low == "năm" {
            if let Some((ys, ye)) = w.next(we) {
                if ye - ys == 4 && chars[ys..ye].iter().all(|c| c.is_ascii_digit()) {
                    end = Some(ye);
                }
            }
            break;
        }
        if low == "và" && n > 0 {
            // `Luật Địa chất và khoáng sản`: a short lower-case tail that ends the name.
            let mut k = we;
            let mut ok = false;
            for _ in 0..3 {
                let Some((ts, te)) = w.next(k) else { break };
                let tl = w.lower(ts, te);
                if LAW_STOPS.contains(&tl.as_str()) || is_upper(chars[ts]) {
                    break;
                }
                k = te;
                let after = chars.get(k).copied();
                let next_is_year = tl != "năm" && w.next(k).is_some_and(|(a, b)| w.lower_is(a, b, "năm"));
                if after.is_none_or(|c| !matches!(c, ' ')) || next_is_year {
                    ok = true;
                    break;
                }
            }
            if ok {
                end = Some(k);
                cur = k;
                continue;
            }
            break;
        }
        let next = w.next(we).map(|(a, b)| w.lower(a, b)).unwrap_or_default();
        // `Luật Phòng, chống tham nhũng`, `Luật Cán bộ, công chức`: a comma inside well-known pairs.
        if chars.get(we) == Some(&',') && n < 4 {
            let after = w.next(we + 1).map(|(a, b)| w.lower(a, b)).unwrap_or_default();
            if COMMA_PAIRS.contains(&(low.as_str(), after.as_str())) {
                end = Some(we);
                cur = we + 1;
                continue;
            }
        }
        if LAW_STOPS.contains(&low.as_str()) && !(low == "quy" && next != "định") {
            break;
        }
        // A verb going on after the name (`thi hành Luật bảo đảm đồng bộ`).
        if matches!(
            (low.as_str(), next.as_str()),
            ("bảo", "đảm") | ("đảm", "bảo") | ("thực", "hiện") | ("tạo", "điều")
        ) {
            break;
        }
        end = Some(we);
        cur = we;
    }
    end
}

/// A closing quote within reach after an opening one at `q`: the end (after the quote).
fn quoted(chars: &[char], q: usize) -> Option<usize> {
    if chars.get(q) != Some(&'"') {
        return None;
    }
    let limit = (q + 400).min(chars.len());
    (q + 1..limit).find(|&i| chars[i] == '"' || chars[i] == '\n').filter(|&i| chars[i] == '"').map(|i| i + 1)
}

/// The issuer from the code: the first part that names a body (`VPCP-CN`, `NĐ-CP`, `QH15`).
fn issuer_from_code(code: &str) -> Option<String> {
    let parts: Vec<&str> = code.split(['-', '/']).collect();
    for (i, part) in parts.iter().enumerate() {
        let base = part.trim_end_matches(|c: char| c.is_ascii_digit());
        let digits = &part[base.len()..];
        let Some(issuer) = doc_kinds::issuer_of_code(base) else { continue };
        if base == "TW" {
            let kind = parts.first().copied().unwrap_or("");
            return Some(
                if kind == "NQ" && i > 0 {
                    "Ban Chấp hành Trung ương"
                } else {
                    "Bộ Chính trị/Ban Bí thư"
                }
                .into(),
            );
        }
        if !digits.is_empty() && matches!(base, "QH" | "UBTVQH") {
            let n: usize = digits.parse().unwrap_or(0);
            return Some(format!("{issuer} khóa {}", roman(n)));
        }
        return Some(issuer.into());
    }
    None
}

fn roman(mut n: usize) -> String {
    let table = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
    let mut s = String::new();
    for (v, r) in table {
        while n >= v {
            s.push_str(r);
            n -= v;
        }
    }
    s
}

/// What follows a document: `ngày 07/01/2019`, `của Ban Bí thư`, `về "…"`.
fn context(chars: &[char], end: usize, value: &mut Map<String, Value>) {
    let w = Words { chars };
    let mut p = end;
    if chars.get(p) == Some(&',') {
        p += 1;
    }
    // Date.
    if let Some((s, e)) = w.next(p) {
        if w.lower_is(s, e, "ngày") {
            let mut nums: Vec<u32> = Vec::new();
            let mut q = e + 1;
            let mut last = e;
            while q < chars.len() && nums.len() < 3 {
                let mut d = q;
                while d < chars.len() && chars[d].is_ascii_digit() {
                    d += 1;
                }
                if d == q {
                    break;
                }
                // (The value as `str::parse` reads it: 0 when it overflows.)
                let n = chars[q..d]
                    .iter()
                    .try_fold(0u32, |n, &c| n.checked_mul(10)?.checked_add(c as u32 - '0' as u32));
                nums.push(n.unwrap_or(0));
                last = d;
                // `/`, `-`, `.` or ` tháng `, ` năm `
                if matches!(chars.get(d), Some('/' | '-' | '.'))
                    && chars.get(d + 1).is_some_and(|c| c.is_ascii_digit())
                {
                    q = d + 1;
                } else if written_at(chars, d, " tháng ") {
                    q = d + 7;
                } else if written_at(chars, d, " năm ") {
                    q = d + 5;
                } else {
                    break;
                }
            }
            if let [d, m, y] = nums[..] {
                if (1..=31).contains(&d) && (1..=12).contains(&m) && (1800..2200).contains(&y) {
                    value.insert("date".into(), Value::String(format!("{y:04}-{m:02}-{d:02}")));
                    p = last;
                }
            }
        }
    }
    // Issuer.
    if let Some((s, e)) = w.next(p) {
        if w.lower_is(s, e, "của") {
            let mut cur = e;
            // The words of the issuer: how many, where the first starts and the last ends.
            let (mut count, mut first, mut last) = (0, 0, 0);
            while let Some((ws, we)) = w.next(cur) {
                if count >= 8 || (count == 0 && !is_upper(chars[ws])) {
                    break;
                }
                // (Lowered on the stack: a word too long for it is none of these.)
                let mut buf = [0; 32];
                let low = lower_into(&chars[ws..we], &mut buf).unwrap_or_default();
                if [
                    "về", "ngày", "đã", "và", "nhằm", "trong", "tại", "cho", "thì", "đối", "để", "là", "số",
                    "khóa", "được", "gắn", "với",
                ]
                .iter()
                .any(|s| s.as_bytes() == low)
                {
                    break;
                }
                if count == 0 {
                    first = ws;
                }
                (count, last) = (count + 1, we);
                cur = we;
            }
            if count > 0 {
                value.insert("issuer".into(), Value::String(w.text(first, last)));
                p = last;
            }
        }
    }
    // Title.
    let mut q = p;
    if chars.get(q) == Some(&' ') {
        q += 1;
    }
    if chars[q.min(chars.len())..].starts_with(&['v', 'ề', ' ', '"']) {
        if let Some(te) = quoted(chars, q + 3) {
            value.insert("title".into(), Value::String(chars[q + 4..te - 1].iter().collect()));
        }
    }
}

/// An abbreviation with a number (`NQ170`) at the word start `i`, a capital letter.
fn abbreviation(chars: &[char], i: usize, out: &mut Vec<Candidate>) {
    if i + 3 > chars.len() {
        return;
    }
    let mut l = i;
    while l < chars.len() && (chars[l].is_ascii_uppercase() || chars[l] == 'Đ') {
        l += 1;
    }
    let mut d = l;
    while d < chars.len() && chars[d].is_ascii_digit() {
        d += 1;
    }
    if d > l && !chars.get(d).is_some_and(|&c| is_word(c)) && (2..=3).contains(&(l - i)) {
        let abbr: String = chars[i..l].iter().collect();
        if let Some(kind) = doc_kinds::kind_of_abbreviation(&abbr) {
            let mut v = Map::new();
            v.insert("kind".into(), Value::String(kind.into()));
            v.insert("number".into(), Value::String(chars[l..d].iter().collect()));
            out.push(doc(i, d, "document.abbreviation", v));
        }
    }
}

/// Is `s` written at `p`?
fn written_at(chars: &[char], p: usize, s: &str) -> bool {
    let mut cs = chars.get(p..).unwrap_or_default().iter();
    s.chars().all(|c| cs.next() == Some(&c))
}

fn doc(start: usize, end: usize, rule: &'static str, value: Map<String, Value>) -> Candidate {
    Candidate { start, end, label: Label::Document, rule, value: Some(Value::Object(value)) }
}

/// Finds DOCUMENT candidates in the normalised text, whose runs of letters and digits are `runs`, with their
/// [`fnv_char`] hashes (`super::word_runs`).
pub(crate) fn recognize(chars: &[char], runs: &[(usize, usize, u64)]) -> Vec<Candidate> {
    let kinds = doc_kinds::kinds();
    let words = kind_words();
    let mut out: Vec<Candidate> = Vec::new();
    let mut abbreviations: Vec<Candidate> = Vec::new();
    // The end of the last kind word written, kept or not: the next one starts after it.
    let mut done = 0;
    for &(s, _, h) in runs {
        if chars[s].is_ascii_uppercase() {
            abbreviation(chars, s, &mut abbreviations);
        }
        if s < done {
            continue;
        }
        let Some((k, e)) = words.longest_at(chars, s, h) else { continue };
        done = e;
        if chars.get(e).is_some_and(|&c| is_word(c)) {
            continue;
        }
        let kind = kinds[k].name;
        let capital = is_upper(chars[s]);
        // The value, written only for a kind word that makes a document (most do not).
        let kind_value = || {
            let mut value = Map::new();
            value.insert("kind".into(), Value::String(kind.into()));
            value
        };
        // Kind + number/code.
        if let Some((end, number, code)) = number_code(chars, e, !capital) {
            let mut value = kind_value();
            value.insert("number".into(), Value::String(number.clone()));
            if let Some(c) = &code {
                value.insert("code".into(), Value::String(c.clone()));
                if let Some(i) = issuer_from_code(c) {
                    value.insert("issuer".into(), Value::String(i));
                }
            }
            context(chars, end, &mut value);
            let rule = if code.is_some() { "document.number_code" } else { "document.number" };
            out.push(doc(s, end, rule, value));
            // `Quyết định 935, 936`: the list goes on with bare numbers of the same length.
            let mut p = end;
            loop {
                let sep = [", ", " và "].iter().find(|g| written_at(chars, p, g));
                let Some(sep) = sep else { break };
                let ns = p + sep.chars().count();
                let mut ne = ns;
                while ne < chars.len() && chars[ne].is_ascii_digit() {
                    ne += 1;
                }
                let w = Words { chars };
                let unit = w.next(ne).is_some_and(|(a, b)| UNITS.contains(&w.lower(a, b).as_str()));
                if ne == ns
                    || ne - ns != number.len()
                    || chars.get(ne).is_some_and(|&c| is_word(c) || c == '/')
                    || unit
                {
                    break;
                }
                let mut v = Map::new();
                v.insert("kind".into(), Value::String(kind.into()));
                v.insert("number".into(), Value::String(chars[ns..ne].iter().collect()));
                out.push(doc(ns, ne, "document.number_list", v));
                p = ne;
            }
            continue;
        }
        if !capital {
            continue;
        }
        let end = match kind {
            "Nghị quyết" => central_resolution(chars, e)
                .map(|x| (x, "document.short_name"))
                .or_else(|| congress_resolution(chars, e).map(|x| (x, "document.short_name"))),
            "Luật" | "Bộ luật" => law_name(chars, e).map(|x| (x, "document.law")),
            "Điều lệ" => {
                // The Party's Charter.
                let w = Words { chars };
                w.next(e).filter(|&(a, b)| w.text(a, b) == "Đảng").map(|(_, b)| (b, "document.law"))
            }
            "Hiến pháp" => {
                let w = Words { chars };
                let year = w.next(e).filter(|&(a, b)| w.lower_is(a, b, "năm")).and_then(|(_, b)| {
                    w.next(b)
                        .filter(|&(ys, ye)| ye - ys == 4 && chars[ys..ye].iter().all(|c| c.is_ascii_digit()))
                });
                Some((year.map_or(e, |(_, ye)| ye), "document.law"))
            }
            _ => None,
        };
        let end = end.or_else(|| {
            // A capitalised kind with a quoted title (optional in the guidelines).
            (chars.get(e) == Some(&' '))
                .then(|| quoted(chars, e + 1))
                .flatten()
                .map(|x| (x, "document.title"))
        });
        if let Some((end, rule)) = end {
            let mut value = kind_value();
            if rule == "document.title" {
                value.insert("title".into(), Value::String(chars[e + 2..end - 1].iter().collect()));
            } else {
                context(chars, end, &mut value);
            }
            out.push(doc(s, end, rule, value));
        }
    }
    out.extend(abbreviations);
    out.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end)));
    let mut kept: Vec<Candidate> = Vec::with_capacity(out.len());
    for c in out {
        if kept.last().is_some_and(|k| c.start < k.end) {
            continue;
        }
        kept.push(c);
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An expected document: its surface and the value fields to check.
    type Doc<'a> = (&'a str, &'a [(&'a str, &'a str)]);

    /// (sentence, expected documents in order)
    fn check(rows: &[(&str, &[Doc])]) {
        for (sentence, expected) in rows {
            let chars: Vec<char> = sentence.chars().collect();
            let got = recognize(&chars, &crate::recognizers::words_of(&chars));
            let surfaces: Vec<String> = got.iter().map(|c| chars[c.start..c.end].iter().collect()).collect();
            let want: Vec<String> = expected.iter().map(|(s, _)| s.to_string()).collect();
            assert_eq!(surfaces, want, "in {sentence:?}");
            for (c, (_, fields)) in got.iter().zip(expected.iter()) {
                let v = c.value.as_ref().unwrap();
                for (k, val) in fields.iter() {
                    assert_eq!(v[*k].as_str(), Some(*val), "{k} of {:?} in {sentence:?}", v);
                }
            }
        }
    }

    #[test]
    fn numbers_and_codes() {
        check(&[
            (
                "thực hiện nghiêm túc Kết luận số 43-KL/TW ngày 07/01/2019 của Ban Bí thư về tăng cường",
                &[(
                    "Kết luận số 43-KL/TW",
                    &[
                        ("kind", "Kết luận"),
                        ("number", "43"),
                        ("code", "KL/TW"),
                        ("date", "2019-01-07"),
                        ("issuer", "Ban Bí thư"),
                    ],
                )],
            ),
            (
                "tiếp tục thực hiện Nghị quyết số 25-NQ/TW, đồng thời",
                &[("Nghị quyết số 25-NQ/TW", &[("issuer", "Ban Chấp hành Trung ương")])],
            ),
            (
                "đã công bố Quyết định số 439 – QĐNS/TW ngày 6/2/2017 của Ban Bí thư",
                &[("Quyết định số 439 – QĐNS/TW", &[("code", "QĐNS/TW"), ("date", "2017-02-06")])],
            ),
            (
                "triển khai thực hiện Quyết định số 470- QĐNS/TW của Bộ Chính trị.",
                &[("Quyết định số 470- QĐNS/TW", &[])],
            ),
            ("Chỉ thị số 05 - CT/TW của Bộ Chính trị", &[("Chỉ thị số 05 - CT/TW", &[("code", "CT/TW")])]),
            (
                "quy định của Nghị định số 08/2016/NĐ-CP ngày 25/1/2016 của Chính phủ",
                &[(
                    "Nghị định số 08/2016/NĐ-CP",
                    &[("number", "08/2016"), ("code", "NĐ-CP"), ("issuer", "Chính phủ")],
                )],
            ),
            (
                "Nghị quyết số 170/2024/QH15 ngày 30 tháng 11 năm 2024",
                &[("Nghị quyết số 170/2024/QH15", &[("issuer", "Quốc hội khóa XV"), ("date", "2024-11-30")])],
            ),
            (
                "Công văn số 4755/VPCP-CN gửi các bộ",
                &[("Công văn số 4755/VPCP-CN", &[("issuer", "Văn phòng Chính phủ")])],
            ),
            (
                "Báo cáo số 392-BC/BTCTW, ngày 23/5/2025",
                &[(
                    "Báo cáo số 392-BC/BTCTW",
                    &[("issuer", "Ban Tổ chức Trung ương"), ("date", "2025-05-23")],
                )],
            ),
            (
                "Chính phủ ban hành Nghị quyết 100/NQ-CP về \"Chương trình hành động\"",
                &[("Nghị quyết 100/NQ-CP", &[("title", "Chương trình hành động")])],
            ),
            (
                "Công điện số 57/CĐ-TTg ngày 05 tháng 5 năm 2025",
                &[("Công điện số 57/CĐ-TTg", &[("issuer", "Thủ tướng Chính phủ")])],
            ),
        ]);
    }

    #[test]
    fn short_numbers_and_lists() {
        check(&[
            ("gắn với việc thực hiện chỉ thị 05 của Bộ Chính trị", &[("chỉ thị 05", &[("number", "05")])]),
            ("Qua 1 năm thực hiện Chỉ thị 05 của Bộ Chính trị khóa XII", &[("Chỉ thị 05", &[])]),
            (
                "việc ban hành các Quyết định 935, 936 có ý nghĩa",
                &[("Quyết định 935", &[]), ("936", &[("number", "936")])],
            ),
            ("Giang đã cụ thể hóa Đề án 02 của Tỉnh ủy", &[("Đề án 02", &[("issuer", "Tỉnh ủy")])]),
            // Quantities are not numbers of documents.
            ("báo cáo 6 tháng đầu năm, kế hoạch 5 năm", &[]),
            ("theo quy định tại NQ170, đề xuất", &[("NQ170", &[("kind", "Nghị quyết"), ("number", "170")])]),
        ]);
    }

    #[test]
    fn short_names_of_resolutions() {
        check(&[
            ("Gắn Nghị quyết Trung ương 4 (khóa XII) với Chỉ thị số 05", &[("Nghị quyết Trung ương 4", &[]), ("Chỉ thị số 05", &[])]),
            ("trước hết là Nghị quyết Trung ương 4 khóa XII, các nghị quyết", &[("Nghị quyết Trung ương 4 khóa XII", &[])]),
            ("thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2015 – 2020 đã đề ra", &[(
                "Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2015 – 2020",
                &[],
            )]),
            ("mà Nghị quyết Đại hội Đảng toàn quốc lần thứ XII và Đại hội Đảng bộ tỉnh", &[(
                "Nghị quyết Đại hội Đảng toàn quốc lần thứ XII",
                &[],
            )]),
            ("của Nghị quyết Đại hội lần thứ XII của Đảng và là giải pháp", &[("Nghị quyết Đại hội lần thứ XII của Đảng", &[])]),
            ("thực hiện Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa IX \"Về tiếp tục\"", &[(
                "Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa IX",
                &[],
            )]),
            ("hiệu quả Nghị quyết Hội nghị lần thứ tư Ban Chấp hành T.Ư Đảng (Khóa XII)", &[(
                "Nghị quyết Hội nghị lần thứ tư Ban Chấp hành T.Ư Đảng",
                &[],
            )]),
        ]);
    }

    #[test]
    fn named_laws() {
        check(&[
            (
                "Luật Địa chất và khoáng sản năm 2024, Luật Đất đai năm 2024 đã giải quyết",
                &[("Luật Địa chất và khoáng sản năm 2024", &[]), ("Luật Đất đai năm 2024", &[])],
            ),
            (
                "Thực hiện Luật tổ chức chính quyền địa phương năm 2015, Nghị định",
                &[("Luật tổ chức chính quyền địa phương năm 2015", &[])],
            ),
            (
                "vi phạm Luật Phòng chống tham nhũng và quy định về những điều đảng viên",
                &[("Luật Phòng chống tham nhũng", &[])],
            ),
            ("sửa đổi Luật Đất đai, trình Quốc hội", &[("Luật Đất đai", &[])]),
            ("Dự án Luật Đất đai (sửa đổi) bảo đảm", &[("Luật Đất đai", &[])]),
            ("hợp đồng BT tại Luật PPP để xử lý", &[("Luật PPP", &[])]),
            (
                "(1) Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Quốc hội; (2)",
                &[("Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Quốc hội", &[])],
            ),
            (
                "(4) Luật Ban hành văn bản quy phạm pháp luật (sửa đổi)",
                &[("Luật Ban hành văn bản quy phạm pháp luật", &[])],
            ),
            ("theo Hiến pháp năm 2013, mọi người", &[("Hiến pháp năm 2013", &[])]),
            (
                "vi phạm Luật Phòng, chống tham nhũng và Điều lệ Đảng",
                &[("Luật Phòng, chống tham nhũng", &[]), ("Điều lệ Đảng", &[])],
            ),
            (
                "theo Luật Cán bộ, công chức năm 2008, Luật Đất đai, trình Quốc hội",
                &[("Luật Cán bộ, công chức năm 2008", &[]), ("Luật Đất đai", &[])],
            ),
            (
                "Thông báo kết luận số 12-TB/TW của Bộ Chính trị",
                &[(
                    "Thông báo kết luận số 12-TB/TW",
                    &[("kind", "Thông báo kết luận"), ("issuer", "Bộ Chính trị")],
                )],
            ),
            (
                "dựa trên tinh thần Quyết định số 218 ngày 12-12-2013 của Bộ Chính trị",
                &[("Quyết định số 218", &[("date", "2013-12-12"), ("issuer", "Bộ Chính trị")])],
            ),
            ("văn bản quy định chi tiết thi hành Luật bảo đảm đồng bộ, thống nhất", &[]),
            // Not laws.
            ("Luật sư Nguyễn Văn A cho biết, pháp luật quy định", &[]),
        ]);
    }

    /// Kind words are whole words. Before they were looked up at word starts, an automaton read the whole text,
    /// and a kind word glued to the word before (`hànhThông báo kết luận`) was a match that was rejected but
    /// still hid the kind words inside it (`kết luận`).
    #[test]
    fn a_kind_word_glued_to_the_word_before_hides_nothing() {
        check(&[(
            "Ban Bí thư đã ban hànhThông báo kết luận số 12-TB/TW về công tác cán bộ.",
            &[("kết luận số 12-TB/TW", &[("kind", "Kết luận"), ("number", "12")])],
        )]);
    }

    #[test]
    fn quoted_titles() {
        check(&[(
            "cho ý kiến về: Đề án \"Hoàn thiện thể chế kinh tế thị trường\"; Đề án",
            &[(
                "Đề án \"Hoàn thiện thể chế kinh tế thị trường\"",
                &[("title", "Hoàn thiện thể chế kinh tế thị trường")],
            )],
        )]);
    }
}
