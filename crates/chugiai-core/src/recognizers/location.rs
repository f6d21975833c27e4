//! The LOCATION recogniser: administrative units (before and after 1 July 2025), countries, regions and
//! other named places.
//!
//! Three sources, in this order of trust:
//! - a **level word** (`tỉnh`, `huyện`, `xã`, `phường`, `thôn`, `TP.`, `Tỉnh ủy`, `sông` …) followed by a
//!   capitalised name: the name is a place, the level word stays outside (`tỉnh Yên Bái` → `Yên Bái`), except
//!   a numeric name, which keeps it (`Quận 7`, `phường 12`);
//! - the **lexicons** (`lexicon::admin`, `lexicon::places`): the 63 old provinces, their other names and
//!   countries and regions are marked wherever they stand as a name of their own, i.e. not inside a person's
//!   name (`Nguyễn Thái Bình`); a district name, often also a given name, needs support: a level word, a list
//!   it continues (`quận 10, Tân Bình, Gò Vấp`), a province after it (`Hoàn Kiếm, Hà Nội`) or its province
//!   named in the article; a short country name that is a common word (`Anh`, `Đức`) needs `nước` or a list
//!   of countries;
//! - nothing else: an unknown capitalised word without a level word is never a place here.
//!
//! Values: `{"level": "tỉnh" | "huyện" | "xã" | "thôn" | "quốc gia" | "vùng" | "địa danh", "now_in": …}`,
//! `now_in` being the province a unit belongs to since 1 July 2025 when it was merged or abolished.

use std::sync::OnceLock;

use serde_json::{json, Value};

use super::date::{is_upper, is_word, lower_char, lower_into};
use super::Candidate;
use crate::lexicon::{admin, places, Bloom, ByHash, FastSet};
use crate::span::Label;
use crate::text::{fnv_char, FNV_OFFSET};

/// What a lexicon name can be.
#[derive(Clone, Copy, Debug)]
enum Entry {
    /// An old province, by index into `admin::provinces()`.
    Province(usize),
    /// Another name of a province (`TPHCM`): the province's short name.
    ProvinceAlias(&'static str),
    /// One name shared by one or more district-level units (indices into `admin::districts()`).
    District,
    /// A country, region or other place, by index into `places::places()`.
    Place(usize),
}

struct Lexicon {
    /// Every name, by the [`fnv_char`] hash of its code points: its number `k` (`names[k]`).
    by_hash: ByHash<u32>,
    /// The [`fnv_char`] hashes of the first words of the names (up to the first non-word code point: `Cam` of
    /// `Cam-pu-chia`), each with the length in code points of the longest name it starts.
    first_words: ByHash<usize>,
    /// The same hashes, for a quicker test of most words.
    first_bloom: Bloom<128>,
    /// Everything the names can name (a name can be a province and a district), name after name.
    entries: Vec<Entry>,
    /// Where each name's entries start in `entries`, and one past the last.
    starts: Vec<u32>,
    names: Vec<&'static str>,
}

impl Lexicon {
    /// Everything name `k` can name.
    fn entries(&self, k: usize) -> &[Entry] {
        &self.entries[self.starts[k] as usize..self.starts[k + 1] as usize]
    }

    /// The longest name written from the word start `i` to the end of a word, `j` being the end of the word
    /// at `i` and `h` its [`fnv_char`] hash: the name's end and number. `ends` is scratch space.
    #[inline]
    fn longest_at(
        &self,
        chars: &[char],
        i: usize,
        (j, h): (usize, u64),
        ends: &mut Vec<(usize, u64)>,
    ) -> Option<(usize, usize)> {
        // (Most words start no name: one bit tells, before the call.)
        if self.first_bloom.may_contain(h) {
            self.longest_from(chars, i, (j, h), ends)
        } else {
            None
        }
    }

    #[inline(never)]
    fn longest_from(
        &self,
        chars: &[char],
        i: usize,
        (j, h): (usize, u64),
        ends: &mut Vec<(usize, u64)>,
    ) -> Option<(usize, usize)> {
        let &max = self.first_words.get(&h)?;
        // Every word end within reach, with the hash of the phrase up to it; the longest phrase first.
        ends.clear();
        ends.push((j, h));
        let (mut k, mut hk) = (j, h);
        let limit = chars.len().min(i + max);
        while k < limit {
            let c = chars[k];
            hk = fnv_char(hk, c);
            k += 1;
            if is_word_char(c) && chars.get(k).is_none_or(|&c| !is_word_char(c)) {
                ends.push((k, hk));
            }
        }
        ends.iter().rev().find_map(|&(e, he)| {
            let n = *self.by_hash.get(&he)? as usize;
            self.names[n].chars().eq(chars[i..e].iter().copied()).then_some((e, n))
        })
    }
}

/// The end of the word starting at `i`, and its [`fnv_char`] hash (`i` itself and `FNV_OFFSET` if no word starts
/// there).
#[inline]
fn word_end(chars: &[char], mut i: usize) -> (usize, u64) {
    let mut h = FNV_OFFSET;
    while i < chars.len() && is_word_char(chars[i]) {
        h = fnv_char(h, chars[i]);
        i += 1;
    }
    (i, h)
}

/// What one pass over the word starts of the text finds.
struct Scan {
    /// The lexicon names, as (start, end, name number): at each word start, the longest name that ends at the
    /// end of a word; the search goes on after it.
    names: Vec<(usize, usize, usize)>,
    /// The word starts at a capital letter or a digit (where a name after a level word can start), with the
    /// [`fnv_char`] hash of the word.
    caps: Vec<(usize, u64)>,
    /// Where `Thủ đô` is written as a word of its own (not followed by a capitalised word).
    capitals: Vec<usize>,
}

const THU_DO: [char; 6] = ['T', 'h', 'ủ', ' ', 'đ', 'ô'];

/// One pass over the word starts (`words`, the runs of letters and digits with their [`fnv_char`] hashes:
/// `super::word_runs`).
#[inline(never)]
fn scan(lex: &Lexicon, chars: &[char], words: &[(usize, usize, u64)]) -> Scan {
    // (About one code point in sixteen starts a capitalised word.)
    let mut found =
        Scan { names: Vec::new(), caps: Vec::with_capacity(chars.len() / 16), capitals: Vec::new() };
    let mut ends = Vec::new();
    // The end of the last name found: no name starts before it.
    let mut name_end = 0;
    for &(i, j, h) in words {
        let c = chars[i];
        let word = (j, h);
        // (ASCII, most first letters, told inline.)
        if if c.is_ascii() { c.is_ascii_uppercase() || c.is_ascii_digit() } else { is_upper(c) } {
            found.caps.push((i, word.1));
        }
        if c == 'T'
            && chars[i..].starts_with(&THU_DO)
            && chars.get(i + THU_DO.len()).is_none_or(|&c| !is_word_char(c))
            && !chars.get(i + THU_DO.len() + 1).is_some_and(|c| c.is_uppercase())
        {
            found.capitals.push(i);
        }
        // (Most words start no name: one bit tells, here rather than in a call.)
        if i >= name_end && lex.first_bloom.may_contain(h) {
            if let Some((e, k)) = lex.longest_from(chars, i, word, &mut ends) {
                found.names.push((i, e, k));
                name_end = e;
            }
        }
    }
    found
}

fn lexicon() -> &'static Lexicon {
    static L: OnceLock<Lexicon> = OnceLock::new();
    L.get_or_init(build_lexicon)
}

/// The lexicon, built once (a function of its own, to be seen in profiles of the first call).
#[inline(never)]
fn build_lexicon() -> Lexicon {
    let size = admin::provinces().len() + admin::districts().len() + places::places().len();
    let mut by_hash: ByHash<u32> = ByHash::default();
    by_hash.reserve(size);
    let mut first_words: ByHash<usize> = ByHash::default();
    let mut first_bloom = Bloom::new();
    let mut names: Vec<&'static str> = Vec::with_capacity(size);
    // (name, entry), in the order found
    let mut found: Vec<(usize, Entry)> = Vec::with_capacity(size);
    // Whether each name has a District entry (one for all the districts of a name).
    let mut district = Vec::with_capacity(size);
    let mut add = |name: &'static str, e: Entry| {
        // The hash of the name, and of its first word.
        let (mut h, mut first, mut len) = (FNV_OFFSET, None, 0);
        for c in name.chars() {
            if first.is_none() && !is_word_char(c) {
                first = Some(h);
            }
            h = fnv_char(h, c);
            len += 1;
        }
        let first = first.unwrap_or(h);
        let i = *by_hash.entry(h).or_insert_with(|| {
            names.push(name);
            district.push(false);
            let max = first_words.entry(first).or_insert(0);
            *max = len.max(*max);
            first_bloom.insert(first);
            names.len() as u32 - 1
        }) as usize;
        // (Two names of one hash: never with these names, a test checks it.)
        if names[i] != name {
            return;
        }
        if matches!(e, Entry::District) {
            if district[i] {
                return;
            }
            district[i] = true;
        }
        found.push((i, e));
    };
    for (i, p) in admin::provinces().iter().enumerate() {
        add(p.name, Entry::Province(i));
    }
    for d in admin::districts() {
        // Numeric names (`Quận 7`) are found by the level-word rule, whatever their case.
        if !d.name.starts_with("Quận ") {
            add(d.name, Entry::District);
        }
    }
    for (i, p) in places::places().iter().enumerate() {
        match p.province {
            Some(prov) => add(p.name, Entry::ProvinceAlias(prov)),
            None => add(p.name, Entry::Place(i)),
        }
    }
    // Each name's entries together, in the order found.
    let mut starts = vec![0u32; names.len() + 1];
    for &(i, _) in &found {
        starts[i + 1] += 1;
    }
    for i in 0..names.len() {
        starts[i + 1] += starts[i];
    }
    let mut next = starts.clone();
    let mut entries = vec![Entry::District; found.len()];
    for (i, e) in found {
        entries[next[i] as usize] = e;
        next[i] += 1;
    }
    Lexicon { by_hash, first_words, first_bloom, entries, starts, names }
}

/// A level word: its lower-cased words, the tier it gives, whether a number can be the name.
struct Level {
    words: &'static str,
    tier: &'static str,
    numeric: bool,
}

const LEVELS: &[Level] = &[
    Level { words: "tỉnh", tier: "tỉnh", numeric: false },
    Level { words: "thành phố", tier: "thành phố", numeric: false },
    Level { words: "tp", tier: "thành phố", numeric: false },
    Level { words: "thủ đô", tier: "tỉnh", numeric: false },
    Level { words: "tỉnh ủy", tier: "tỉnh", numeric: false },
    Level { words: "thành ủy", tier: "thành phố", numeric: false },
    Level { words: "huyện", tier: "huyện", numeric: false },
    Level { words: "quận", tier: "huyện", numeric: true },
    Level { words: "thị xã", tier: "huyện", numeric: false },
    Level { words: "huyện ủy", tier: "huyện", numeric: false },
    Level { words: "quận ủy", tier: "huyện", numeric: false },
    Level { words: "thị ủy", tier: "huyện", numeric: false },
    Level { words: "xã", tier: "xã", numeric: false },
    Level { words: "phường", tier: "xã", numeric: true },
    Level { words: "thị trấn", tier: "xã", numeric: false },
    Level { words: "đặc khu", tier: "xã", numeric: false },
    Level { words: "thôn", tier: "thôn", numeric: true },
    Level { words: "bản", tier: "thôn", numeric: true },
    Level { words: "ấp", tier: "thôn", numeric: true },
    Level { words: "xóm", tier: "thôn", numeric: true },
    Level { words: "khóm", tier: "thôn", numeric: true },
    Level { words: "làng", tier: "thôn", numeric: false },
    Level { words: "buôn", tier: "thôn", numeric: false },
    Level { words: "khu phố", tier: "thôn", numeric: true },
    Level { words: "tổ dân phố", tier: "thôn", numeric: true },
    Level { words: "sông", tier: "địa danh", numeric: false },
    Level { words: "núi", tier: "địa danh", numeric: false },
    Level { words: "đèo", tier: "địa danh", numeric: false },
    Level { words: "vịnh", tier: "địa danh", numeric: false },
    Level { words: "đảo", tier: "địa danh", numeric: false },
    Level { words: "bán đảo", tier: "địa danh", numeric: false },
    Level { words: "quần đảo", tier: "địa danh", numeric: false },
    Level { words: "cao nguyên", tier: "địa danh", numeric: false },
    Level { words: "cửa khẩu", tier: "địa danh", numeric: false },
];

/// Words before a level word that make it part of another word: `văn bản`, `cơ bản` (not a village),
/// `hợp tác xã`, `thông tấn xã` (not a commune).
const COMPOUNDS: &[(&str, &[&str])] = &[
    (
        "bản",
        &["văn", "cơ", "căn", "nhật", "phiên", "ấn", "kịch", "dự", "bổn", "tư", "xuất", "tái", "bình", "hồ"],
    ),
    ("xã", &["tác", "tấn"]),
    ("làng", &["dân"]),
];

/// Family names: a place name right after one is part of a person's name; one inside a capitalised run
/// after a level word starts the person's name that follows the place (`xã Tứ Cường Nguyễn Văn A`).
const FAMILY_NAMES: &[&str] = &[
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
    "Dương", "Lý", "Đinh", "Trịnh", "Trương", "Lương", "Tô", "Tạ", "Chu", "Lưu", "Lại", "Vương", "Kiều",
    "Quách", "Triệu", "Đào", "Nông", "Lục", "Thân", "Hứa", "Mạc", "Doãn", "Khổng",
];

/// Middle names: a place name right after one is part of a person's name (`Nguyễn Văn Thái Bình`).
const MIDDLE_NAMES: &[&str] = &[
    "Văn", "Thị", "Đức", "Hữu", "Quốc", "Minh", "Thanh", "Ngọc", "Xuân", "Công", "Đình", "Quang", "Kim",
    "Tiến", "Trọng", "Bá", "Mạnh", "Tuấn", "Duy", "Thế", "Như", "Khắc", "Viết", "Phương", "Thúy", "Hồng",
    "Thu",
];

/// Words before a name that make it a person, not a place (`chị Hà Giang`).
const HONORIFICS: &[&str] = &[
    "ông", "bà", "anh", "chị", "em", "cô", "chú", "bác", "cụ", "cháu", "Ông", "Bà", "Anh", "Chị", "Cô", "Chú",
];

/// Capitalised words that start an organisation, not a place, after a level word (`Tỉnh Đoàn`).
const NOT_A_NAME: &[&str] = &[
    "Ủy",
    "Đoàn",
    "Hội",
    "Ban",
    "Đảng",
    "Bộ",
    "Sở",
    "Công",
    "Nhân",
    "Văn",
    "Trường",
    "Đội",
    "Chi",
    "Tổ",
    "Phòng",
    "Cục",
    "Viện",
    "Đài",
    "Báo",
    "Quỹ",
    "Mặt",
    "Liên",
    "Tỉnh",
    "Huyện",
    "Quận",
    "Xã",
    "Phường",
    "Thị",
    "Thôn",
    "Bản",
    "Ấp",
    "Chính",
    "Nhà",
    "Trung",
    "Điều",
    "Khoản",
    "Mục",
    "Chương",
];

fn is_word_char(c: char) -> bool {
    is_word(c)
}

fn is_upper_start(w: &[char]) -> bool {
    w.first().is_some_and(|&c| is_upper(c))
}

/// The word (alphanumeric run) ending just before `end`, as (start, end).
fn word_ending_at(chars: &[char], end: usize) -> Option<(usize, usize)> {
    if end == 0 || !is_word_char(chars[end - 1]) {
        return None;
    }
    let mut s = end;
    while s > 0 && is_word_char(chars[s - 1]) {
        s -= 1;
    }
    Some((s, end))
}

/// The word starting at `start`, as its end.
fn word_from(chars: &[char], start: usize) -> Option<usize> {
    if start >= chars.len() || !is_word_char(chars[start]) {
        return None;
    }
    let mut e = start;
    while e < chars.len() && is_word_char(chars[e]) {
        e += 1;
    }
    Some(e)
}

/// The last word of every level phrase (`phố` of `thành phố`), by length in code points (at most 6), for a
/// quick test.
fn last_level_words() -> &'static [Vec<Vec<char>>; 7] {
    static W: OnceLock<[Vec<Vec<char>>; 7]> = OnceLock::new();
    W.get_or_init(|| {
        let mut by_len: [Vec<Vec<char>>; 7] = Default::default();
        for level in LEVELS {
            let last: Vec<char> = level.words.rsplit(' ').next().unwrap_or_default().chars().collect();
            if !by_len[last.len()].contains(&last) {
                by_len[last.len()].push(last);
            }
        }
        by_len
    })
}

/// The level phrase written as `w` (in any case): lowered once, then compared with each phrase by its UTF-8
/// bytes (most are ruled out by their length), not code point by code point with each of them.
fn level_named(w: &[char]) -> Option<&'static Level> {
    let mut buf = [0; 32];
    let lower = lower_into(w, &mut buf)?;
    LEVELS.iter().find(|l| l.words.as_bytes() == lower)
}

/// `w` lower-cased equals `s` (no allocation).
fn eq_lower(w: &[char], s: &str) -> bool {
    let mut it = s.chars();
    w.iter().all(|&c| it.next() == Some(lower_char(c))) && it.next().is_none()
}

/// The level word right before `pos` (the name's first code point): its start and the level.
fn level_before(chars: &[char], pos: usize) -> Option<(usize, &'static Level)> {
    // `TP.Quy Nhơn`, `TP. Quy Nhơn`, `TP Quy Nhơn`
    let mut end = pos;
    if end > 0 && chars[end - 1] == ' ' {
        end -= 1;
    }
    let dotted = end > 0 && chars[end - 1] == '.';
    if dotted {
        end -= 1;
    }
    if end == pos {
        return None;
    }
    // Cheap test first: the word before must end some level phrase.
    // (A word of at most six code points: no need to find where a longer one starts.)
    let mut ls = end;
    while ls > 0 && is_word_char(chars[ls - 1]) {
        if end - ls == 6 {
            return None;
        }
        ls -= 1;
    }
    if ls == end {
        return None;
    }
    let mut word = ['\0'; 6];
    for (l, &c) in word.iter_mut().zip(&chars[ls..end]) {
        // (ASCII, most letters, lowered inline.)
        *l = if c.is_ascii() { c.to_ascii_lowercase() } else { lower_char(c) };
    }
    let word = &word[..end - ls];
    if !last_level_words()[word.len()].iter().any(|w| w[0] == word[0] && w[..] == *word) {
        return None;
    }
    // The starts of up to three words before (one space between them), the last word first.
    let mut starts = [0; 3];
    let mut count = 0;
    let mut e = end;
    while count < 3 {
        let Some((s, _)) = word_ending_at(chars, e) else { break };
        starts[count] = s;
        count += 1;
        if s == 0 || chars[s - 1] != ' ' {
            break;
        }
        e = s - 1;
    }
    // Longest level phrase first.
    for &start in starts[..count].iter().rev() {
        if let Some(level) = level_named(&chars[start..end]) {
            if dotted && level.words != "tp" {
                return None;
            }
            // `Nghĩa Xã` is a name ending in a level word, not a level word.
            if is_upper(chars[start]) && start >= 2 && chars[start - 1] == ' ' {
                if let Some((ps, pe)) = word_ending_at(chars, start - 1) {
                    let w = &chars[ps..pe];
                    // … but a capitalised preposition or time word opening the sentence is not a name
                    // (`Tại Thành phố Hồ Chí Minh`, `Sáng nay, tại TP. Hồ Chí Minh`).
                    const OPENERS: &[&str] = &[
                        "tại", "ở", "về", "đến", "từ", "của", "và", "với", "cho", "tới", "trên", "thăm",
                        "nay", "sáng", "chiều", "tối", "trưa", "đêm", "hôm", "ra", "vào", "khắp", "toàn",
                    ];
                    if is_upper_start(w)
                        && !w.iter().all(|c| c.is_uppercase() || c.is_ascii_digit())
                        && !OPENERS.iter().any(|o| eq_lower(w, o))
                    {
                        return None;
                    }
                }
            }
            if let Some((_, words)) = COMPOUNDS.iter().find(|(w, _)| *w == level.words) {
                if let Some((ps, pe)) = start.checked_sub(1).and_then(|e| word_ending_at(chars, e)) {
                    if words.iter().any(|w| eq_lower(&chars[ps..pe], w)) {
                        return None;
                    }
                }
            }
            return Some((start, level));
        }
    }
    None
}

/// Does a level word start at `pos` (`Thành phố` in `Thành ủy Thành phố Hồ Chí Minh`)?
fn level_at(chars: &[char], pos: usize) -> bool {
    let mut p = pos;
    for _ in 0..3 {
        let Some(e) = word_from(chars, p) else { break };
        if level_named(&chars[pos..e]).is_some() {
            return true;
        }
        if chars.get(e) != Some(&' ') {
            break;
        }
        p = e + 1;
    }
    false
}

/// The word right before `pos` (separated by one space), if any.
fn prev_word(chars: &[char], pos: usize) -> Option<&[char]> {
    if pos < 2 || chars[pos - 1] != ' ' {
        return None;
    }
    word_ending_at(chars, pos - 1).map(|(s, e)| &chars[s..e])
}

/// Is `word` one of `list`?
fn is_one_of(word: &[char], list: &[&str]) -> bool {
    // (The lengths in bytes first: most words of a list are ruled out by theirs.)
    let len: usize = word.iter().map(|c| c.len_utf8()).sum();
    list.iter().any(|w| w.len() == len && w.chars().eq(word.iter().copied()))
}

/// A capitalised run of words starting at `pos` (single spaces between), as the end of each word.
fn capitalised_run(chars: &[char], pos: usize) -> Vec<usize> {
    let mut ends = Vec::new();
    let mut p = pos;
    while let Some(e) = word_from(chars, p) {
        if !is_upper_start(&chars[p..e]) {
            break;
        }
        ends.push(e);
        if e + 1 < chars.len() && chars[e] == ' ' && is_upper(chars[e + 1]) {
            p = e + 1;
        } else {
            break;
        }
    }
    ends
}

fn value(tier: &str, now_in: Option<&str>) -> Value {
    match now_in {
        Some(n) => json!({"level": tier, "now_in": n}),
        None => json!({ "level": tier }),
    }
}

/// The six centrally governed cities keep `thành phố` as a province-level word.
fn central_city(name: &str) -> bool {
    admin::province(name).is_some_and(|p| p.city)
}

/// Finds LOCATION candidates in the normalised text, whose runs of letters and digits are `words`, with their
/// [`fnv_char`] hashes (`super::word_runs`).
pub(crate) fn recognize(chars: &[char], words: &[(usize, usize, u64)]) -> Vec<Candidate> {
    let lex = lexicon();

    let Scan { names: matches, caps, capitals } = scan(lex, chars, words);

    // Provinces named in the article (to support bare district names and pick among homonyms).
    let mut named_provinces: FastSet<&'static str> = FastSet::default();
    for &(_, _, pat) in &matches {
        for e in lex.entries(pat) {
            match *e {
                Entry::Province(i) => {
                    named_provinces.insert(admin::provinces()[i].name);
                }
                Entry::ProvinceAlias(p) => {
                    named_provinces.insert(p);
                }
                _ => {}
            }
        }
    }

    let mut out: Vec<Candidate> = Vec::new();
    let mut covered: Vec<(usize, usize)> = Vec::new();

    // 1. Level word + name.
    let mut i = 0;
    for &(cap, _) in &caps {
        if cap < i {
            continue;
        }
        i = cap;
        let Some((lstart, level)) = level_before(chars, i) else {
            i += 1;
            continue;
        };
        // Numeric name: the level word stays in (`Quận 7`, `phường 12`).
        if chars[i].is_ascii_digit() {
            let e = word_from(chars, i).unwrap_or(i);
            if level.numeric && chars[i..e].iter().all(|c| c.is_ascii_alphanumeric()) && e - i <= 4 {
                let name: String = chars[lstart..e].iter().collect();
                let hcm = level.words == "quận"
                    && admin::districts_named(&format!("Quận {}", &name[name.len() - (e - i)..]))
                        .next()
                        .is_some();
                let tier = if level.tier == "huyện" { "huyện" } else { level.tier };
                out.push(Candidate {
                    start: lstart,
                    end: e,
                    label: Label::Location,
                    rule: "location.level_number",
                    value: Some(value(tier, hcm.then_some("Hồ Chí Minh"))),
                });
                covered.push((lstart, e));
            }
            i = e.max(i + 1);
            continue;
        }
        let mut start = i;
        // `xã Anh hùng Trí Phải`: the title is not part of the name.
        if chars[i..].starts_with(&['A', 'n', 'h', ' ', 'h', 'ù', 'n', 'g', ' ']) {
            start = i + 9;
        }
        if start >= chars.len() || !is_upper(chars[start]) {
            i += 1;
            continue;
        }
        // A lexicon name right here wins (it knows its extent).
        let k = matches.partition_point(|m| m.0 < start);
        if let Some(&(s, e, pat)) = matches.get(k).filter(|m| m.0 == start) {
            let name = lex.names[pat];
            let (tier, now) = resolve_with_level(name, lex.entries(pat), level, &named_provinces);
            out.push(Candidate {
                start: s,
                end: e,
                label: Label::Location,
                rule: "location.level_lexicon",
                value: Some(value(tier, now)),
            });
            covered.push((s, e));
            i = e;
            continue;
        }
        let ends = capitalised_run(chars, start);
        if ends.is_empty() || level_at(chars, start) {
            i += 1;
            continue;
        }
        let first = &chars[start..ends[0]];
        // `thôn Hội Phú` is a village; `Tỉnh Hội Phụ nữ` an association.
        let village_hoi = first == ['H', 'ộ', 'i']
            && ends.len() >= 2
            && matches!(level.tier, "thôn" | "xã")
            && !is_upper(chars[lstart]);
        if (is_one_of(first, NOT_A_NAME) && !village_hoi) || first.iter().all(|c| c.is_uppercase()) {
            i = ends[0];
            continue;
        }
        // A person's name after a body (`Bí thư Tỉnh ủy Hoàng Trung Hải`) or a title (`Trưởng thôn Nguyễn Văn
        // Trịnh`) is not a place; a ward named after a person (`phường Hoàng Văn Thụ`) is.
        if is_one_of(first, FAMILY_NAMES) {
            let body = level.words.ends_with("ủy");
            let title = lstart >= 1
                && word_ending_at(chars, lstart - 1)
                    .is_some_and(|(ps, pe)| eq_lower(&chars[ps..pe], "trưởng"));
            if body || title || ends.len() >= 4 {
                i = *ends.last().unwrap_or(&(i + 1));
                continue;
            }
        }
        // One word is a name only before punctuation (`thôn Để nâng cao` is a sentence going on).
        // A river or mountain often has a one-word name (`sông Hồng`).
        if ends.len() == 1
            && level.tier != "địa danh"
            && !chars.get(ends[0]).is_none_or(|c| matches!(c, ',' | '.' | ';' | ':' | ')' | '\n'))
        {
            i = ends[0];
            continue;
        }
        // A longer run is a place followed by a person's name: keep two words, or stop at a family name.
        let mut n = if ends.len() >= 4 { 2 } else { ends.len() };
        for k in 1..n {
            if is_one_of(&chars[ends[k - 1] + 1..ends[k]], FAMILY_NAMES) {
                n = k;
                break;
            }
        }
        let e = ends[n - 1];
        let tier = if level.tier == "thành phố" { "huyện" } else { level.tier };
        out.push(Candidate {
            start,
            end: e,
            label: Label::Location,
            rule: "location.level_name",
            value: Some(value(tier, None)),
        });
        covered.push((start, e));
        i = e;
    }

    // 2. A name first written with its level word is a place when it comes back alone (`xã Tứ Cường` …
    // `Đến nay, Tứ Cường đã hoàn thành`).
    let learned: Vec<(Vec<char>, Value)> = {
        let mut v: Vec<(Vec<char>, Value)> = Vec::new();
        for c in out.iter().filter(|c| c.rule == "location.level_name") {
            let name = chars[c.start..c.end].to_vec();
            if name.contains(&' ') && !v.iter().any(|(n, _)| *n == name) {
                v.push((name, c.value.clone().unwrap_or_default()));
            }
        }
        v
    };
    // Found like the lexicon names: at each capitalised word start, the longest learned name that ends at a
    // word end, the search going on after it (taken or not).
    if !learned.is_empty() {
        let first_words: Vec<u64> = learned.iter().map(|(n, _)| word_end(n, 0).1).collect();
        let mut again: Vec<(usize, usize)> = Vec::new();
        let mut next = 0;
        for &(p, h) in &caps {
            if p < next || !first_words.contains(&h) {
                continue;
            }
            let Some((e, k)) = (0..learned.len())
                .filter(|&k| first_words[k] == h)
                .map(|k| (p + learned[k].0.len(), k))
                .filter(|&(e, k)| {
                    chars[p..].starts_with(&learned[k].0) && chars.get(e).is_none_or(|&c| !is_word_char(c))
                })
                .max_by_key(|&(e, _)| e)
            else {
                continue;
            };
            next = e;
            if overlaps(&covered, p, e)
                || prev_word(chars, p)
                    .is_some_and(|w| is_one_of(w, FAMILY_NAMES) || is_one_of(w, MIDDLE_NAMES))
                || (chars.get(e) == Some(&' ') && chars.get(e + 1).is_some_and(|&c| is_upper(c)))
            {
                continue;
            }
            out.push(Candidate {
                start: p,
                end: e,
                label: Label::Location,
                rule: "location.name_again",
                value: Some(learned[k].1.clone()),
            });
            again.push((p, e));
        }
        covered.extend(again);
        covered.sort_unstable();
    }

    // 3. Lexicon names standing alone.
    // Ends of the administrative units found so far, for lists (`quận 10, Tân Bình, Gò Vấp`).
    let mut unit_ends: FastSet<usize> = out.iter().map(|c| c.end).collect();
    for &(s, e, pat) in &matches {
        if overlaps(&covered, s, e) {
            continue;
        }
        let name = lex.names[pat];
        let entries = lex.entries(pat);
        let prev = prev_word(chars, s);
        let blocked = prev.is_some_and(|p| {
            is_one_of(p, FAMILY_NAMES) || is_one_of(p, MIDDLE_NAMES) || is_one_of(p, HONORIFICS)
        });
        // Computed only for the names that need support.
        let in_list = || {
            const GAPS: [&[char]; 4] =
                [&[',', ' '], &[' ', 'v', 'à', ' '], &[',', ' ', 'v', 'à', ' '], &[' ', '-', ' ']];
            GAPS.iter()
                .any(|g| s >= g.len() && chars[s - g.len()..s] == g[..] && unit_ends.contains(&(s - g.len())))
        };
        let followed_by_province = || {
            if e >= chars.len() || chars[e] == ' ' {
                return false;
            }
            let rest: String = chars[e..(e + 20).min(chars.len())].iter().collect();
            let rest = rest.trim_start_matches([',', ' ', '(']);
            admin::provinces().iter().any(|p| rest.starts_with(p.name))
        };
        let mut accepted: Option<(Value, &'static str, bool)> = None;
        for entry in entries {
            match *entry {
                Entry::Province(i) => {
                    let p = &admin::provinces()[i];
                    // `Hồ Chí Minh` alone is the President; the city needs its level word.
                    if blocked || p.name == "Hồ Chí Minh" {
                        continue;
                    }
                    accepted = Some((value("tỉnh", p.merged().then_some(p.now)), "location.province", true));
                }
                Entry::ProvinceAlias(prov) if !blocked => {
                    let now = admin::province(prov).filter(|p| p.merged()).map(|p| p.now);
                    accepted = Some((value("tỉnh", now), "location.province_alias", true));
                }
                Entry::District if !blocked => {
                    let supported = in_list()
                        || followed_by_province()
                        || admin::districts_named(name).any(|d| named_provinces.contains(d.province));
                    if supported {
                        let now = district_now(name, &named_provinces);
                        accepted = Some((value("huyện", now), "location.district", true));
                    }
                }
                Entry::Place(i) if !blocked => {
                    let p = &places::places()[i];
                    let ok = !p.risky || {
                        prev == Some(&['n', 'ư', 'ớ', 'c'][..])
                            || in_list()
                            || followed_by_country(chars, e, lex)
                    };
                    if ok {
                        let tier = match p.kind {
                            "tỉnh cũ" => "tỉnh",
                            k => k,
                        };
                        accepted = Some((value(tier, None), "location.place", p.kind == "quốc gia"));
                    }
                }
                _ => {}
            }
            if accepted.is_some() {
                break;
            }
        }
        if let Some((v, rule, admin_unit)) = accepted {
            out.push(Candidate { start: s, end: e, label: Label::Location, rule, value: Some(v) });
            if admin_unit {
                unit_ends.insert(e);
            }
        }
    }

    // 4. `Thủ đô` standing for Hà Nội (optional in the guidelines, harmless to offer).
    for p in capitals {
        out.push(Candidate {
            start: p,
            end: p + THU_DO.len(),
            label: Label::Location,
            rule: "location.capital",
            value: Some(value("tỉnh", None)),
        });
    }

    out.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end)));
    // One place never nests in another place: keep the outermost.
    let mut kept: Vec<Candidate> = Vec::with_capacity(out.len());
    for c in out {
        if kept.last().is_some_and(|k| c.start < k.end) {
            continue;
        }
        kept.push(c);
    }
    kept
}

/// Does `s..e` overlap a span of `covered` (sorted, not overlapping one another)?
fn overlaps(covered: &[(usize, usize)], s: usize, e: usize) -> bool {
    let k = covered.partition_point(|&(_, ce)| ce <= s);
    covered.get(k).is_some_and(|&(cs, _)| cs < e)
}

/// A risky country name is accepted in a list of countries (`Anh, Pháp, Đức`).
fn followed_by_country(chars: &[char], end: usize, lex: &Lexicon) -> bool {
    let rest = &chars[end..(end + 30).min(chars.len())];
    let Some(rest) = rest.strip_prefix(&[',', ' ']).or_else(|| rest.strip_prefix(&[' ', 'v', 'à', ' ']))
    else {
        return false;
    };
    let first = word_end(rest, 0);
    lex.longest_at(rest, 0, first, &mut Vec::new()).is_some_and(|(_, k)| {
        lex.entries(k).iter().any(|e| matches!(e, Entry::Place(i) if places::places()[*i].kind == "quốc gia"))
    })
}

/// The new province of an abolished district, when its name tells which district it is.
fn district_now(name: &str, named_provinces: &FastSet<&'static str>) -> Option<&'static str> {
    let all: Vec<&admin::District> = admin::districts_named(name).collect();
    let pick = if all.len() == 1 {
        Some(all[0])
    } else {
        let named: Vec<_> = all.iter().filter(|d| named_provinces.contains(d.province)).collect();
        (named.len() == 1).then(|| *named[0])
    };
    pick.and_then(|d| admin::new_province(d.province))
}

/// The tier and `now_in` of a lexicon name written after a level word.
fn resolve_with_level(
    name: &str,
    entries: &[Entry],
    level: &Level,
    named_provinces: &FastSet<&'static str>,
) -> (&'static str, Option<&'static str>) {
    let province = entries.iter().find_map(|e| match *e {
        Entry::Province(i) => Some(&admin::provinces()[i]),
        Entry::ProvinceAlias(p) => admin::province(p),
        _ => None,
    });
    // After `thành phố`, only a district-level city counts (`thành phố Cà Mau`, not a `huyện Cà Mau`).
    if province.is_none() {
        // A country, region or city abroad keeps its own kind (`thủ đô Viêng Chăn`, `các tỉnh ĐBSCL`).
        if let Some(p) = entries.iter().find_map(|e| match *e {
            Entry::Place(i) => Some(&places::places()[i]),
            _ => None,
        }) {
            return (if p.kind == "tỉnh cũ" { "tỉnh" } else { p.kind }, None);
        }
    }
    let is_district = entries.iter().any(|e| matches!(e, Entry::District))
        && (level.tier != "thành phố" || admin::districts_named(name).any(|d| d.level == "thành phố"));
    let province_level = match level.tier {
        "tỉnh" => true,
        "thành phố" => central_city(name) || !is_district,
        _ => false,
    };
    if province_level {
        if let Some(p) = province {
            return ("tỉnh", p.merged().then_some(p.now));
        }
        return ("tỉnh", None);
    }
    match level.tier {
        "huyện" | "thành phố" if is_district => ("huyện", district_now(name, named_provinces)),
        "thành phố" => ("huyện", None),
        t => (t, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_lexicon_name_is_found_where_written() {
        let lex = lexicon();
        let districts = admin::districts().iter().map(|d| d.name).filter(|n| !n.starts_with("Quận "));
        let all = admin::provinces()
            .iter()
            .map(|p| p.name)
            .chain(districts)
            .chain(places::places().iter().map(|p| p.name));
        for name in all {
            let chars: Vec<char> = name.chars().collect();
            let found = scan(lex, &chars, &crate::recognizers::words_of(&chars)).names;
            assert_eq!(found.len(), 1, "{name}");
            assert_eq!((found[0].0, found[0].1, lex.names[found[0].2]), (0, chars.len(), name));
        }
    }

    /// The lexicon names the scan finds in `text`, as written.
    fn names_in(text: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        scan(lexicon(), &chars, &crate::recognizers::words_of(&chars))
            .names
            .iter()
            .map(|&(s, e, _)| chars[s..e].iter().collect())
            .collect()
    }

    #[test]
    fn names_are_whole_words_longest_first() {
        // The longest name at a word start wins (`Hà Nam Ninh`, not `Hà Nam`), and the search goes on after it.
        assert_eq!(
            names_in("tỉnh Hà Nam Ninh cũ, Hà Nam và Nam Định"),
            ["Hà Nam Ninh", "Hà Nam", "Nam Định"]
        );
        // Names with hyphens, dots and apostrophes; a hyphen after a name is not part of a word.
        assert_eq!(
            names_in("Bà Rịa-Vũng Tàu, TP.HCM, TP. HCM, Ia H'Drai, Cam-pu-chia-Lào"),
            ["Bà Rịa-Vũng Tàu", "TP.HCM", "TP. HCM", "Ia H'Drai", "Cam-pu-chia", "Lào"]
        );
        // Names that start with a lower-case letter.
        assert_eq!(
            names_in("các tỉnh miền Bắc và đồng bằng sông Cửu Long"),
            ["miền Bắc", "đồng bằng sông Cửu Long"]
        );
        // A name glued to a letter or a digit, before or after it, is no name.
        assert_eq!(names_in("aViệt Nam, Việt Namx, 2Hà Nội, Hà Nội2"), Vec::<String>::new());
    }

    #[test]
    fn a_name_that_runs_into_a_longer_word_does_not_hide_a_shorter_one() {
        // regression: with a text automaton, the longest name at a start (`Hà Nam Ninh`) was taken before the
        // word-boundary test and, ending inside a word, hid the shorter name there (`Hà Nam`).
        assert_eq!(names_in("Hà Nam Ninhh"), ["Hà Nam"]);
        // … and a name starting inside a word (`Hà Nam` in `XHà Nam`) hid the name after it (`Nam Định`).
        assert_eq!(names_in("XHà Nam Định"), ["Nam Định"]);
        check(&[("Công ty XHà Nam Định khai trương", &[("Nam Định", "tỉnh", Some("Ninh Bình"))])]);
    }

    #[test]
    fn a_country_in_a_list_is_a_whole_word() {
        // regression: `Ngay` began with the country `Nga`, so `Đức` was taken for a country in a list.
        check(&[
            ("Đức, Ngay sau đó", &[]),
            (
                "Đức, Nga và Pháp",
                &[("Đức", "quốc gia", None), ("Nga", "quốc gia", None), ("Pháp", "quốc gia", None)],
            ),
        ]);
    }

    #[test]
    fn a_learned_name_comes_back_as_a_whole_word() {
        check(&[
            // Not inside a person's name, nor before one.
            (
                "Đảng ủy xã Tứ Cường họp. Ông Văn Tứ Cường và Tứ Cường Nguyễn Văn A dự; Tứ Cường có 5 thôn",
                &[("Tứ Cường", "xã", None), ("Tứ Cường", "xã", None)],
            ),
            // The longest learned name at a word start; one that is turned down still hides what it covers
            // (`Cường Thịnh` inside `Tứ Cường Thịnh`).
            (
                "xã Tứ Cường, xã Cường Thịnh. Tứ Cường Thịnh Vượng; Cường Thịnh.",
                &[("Tứ Cường", "xã", None), ("Cường Thịnh", "xã", None), ("Cường Thịnh", "xã", None)],
            ),
            // Not where it runs into a longer word.
            ("xã Tứ Cường. Tứ Cườngg và Tứ Cường2", &[("Tứ Cường", "xã", None)]),
        ]);
    }

    /// An expected span: surface, level, now_in.
    type Span<'a> = (&'a str, &'a str, Option<&'a str>);

    /// (sentence, expected spans in order)
    fn check(rows: &[(&str, &[Span])]) {
        for (sentence, expected) in rows {
            let chars: Vec<char> = sentence.chars().collect();
            let got: Vec<(String, String, Option<String>)> =
                recognize(&chars, &crate::recognizers::words_of(&chars))
                    .into_iter()
                    .map(|c| {
                        let v = c.value.unwrap_or_default();
                        (
                            chars[c.start..c.end].iter().collect(),
                            v["level"].as_str().unwrap_or("").to_string(),
                            v["now_in"].as_str().map(str::to_string),
                        )
                    })
                    .collect();
            let want: Vec<(String, String, Option<String>)> = expected
                .iter()
                .map(|(s, l, n)| (s.to_string(), l.to_string(), n.map(str::to_string)))
                .collect();
            assert_eq!(got, want, "in {sentence:?}");
        }
    }

    #[test]
    fn level_word_stays_outside_the_name() {
        check(&[
            ("Chủ tịch UBND tỉnh Yên Bái nhiệm kỳ 2016 - 2021.", &[("Yên Bái", "tỉnh", Some("Lào Cai"))]),
            ("Tỉnh ủy Hưng Yên tổ chức hội nghị.", &[("Hưng Yên", "tỉnh", None)]),
            ("tại Thủ đô Hà Nội, Hội nghị lần thứ năm", &[("Hà Nội", "tỉnh", None)]),
            ("Bí thư Thành ủy Thành phố Hồ Chí Minh làm Trưởng đoàn", &[("Hồ Chí Minh", "tỉnh", None)]),
            // regression: a capitalised `Tại` opening the sentence made `Tại Thành` read as a name ending in a
            // level word, so the city was lost (or became the President).
            ("Tại Thành phố Hồ Chí Minh, trời mưa.", &[("Hồ Chí Minh", "tỉnh", None)]),
            ("Tại TP. Hồ Chí Minh, PGS.TS. Nguyễn Văn A phát biểu.", &[("Hồ Chí Minh", "tỉnh", None)]),
            ("Ngày 25.5, tại TP.Quy Nhơn, đoàn kiểm tra", &[("Quy Nhơn", "huyện", Some("Gia Lai"))]),
            (
                "ở phường Ninh Xá, TP Bắc Ninh; Trưởng thôn Nghĩa Xã",
                &[
                    ("Ninh Xá", "xã", None),
                    ("Bắc Ninh", "huyện", Some("Bắc Ninh")),
                    ("Nghĩa Xã", "thôn", None),
                ],
            ),
            (
                "trưởng thôn Nội Trung, xã Nghĩa Đạo, huyện Thuận Thành (Bắc Ninh), nhiệm kỳ",
                &[
                    ("Nội Trung", "thôn", None),
                    ("Nghĩa Đạo", "xã", None),
                    ("Thuận Thành", "huyện", Some("Bắc Ninh")),
                    ("Bắc Ninh", "tỉnh", None),
                ],
            ),
        ]);
    }

    #[test]
    fn numeric_names_keep_their_level_word() {
        check(&[
            (
                "Đảng ủy phường 5 thuộc Đảng bộ thành phố Cà Mau",
                &[("phường 5", "xã", None), ("Cà Mau", "huyện", Some("Cà Mau"))],
            ),
            (
                "triển khai tại các quận 10, Tân Bình, Bình Thạnh, Gò Vấp và huyện Nhà Bè.",
                &[
                    ("quận 10", "huyện", Some("Hồ Chí Minh")),
                    ("Tân Bình", "huyện", Some("Hồ Chí Minh")),
                    ("Bình Thạnh", "huyện", Some("Hồ Chí Minh")),
                    ("Gò Vấp", "huyện", Some("Hồ Chí Minh")),
                    ("Nhà Bè", "huyện", Some("Hồ Chí Minh")),
                ],
            ),
            (
                "ông Cao Hoàng Hiệu ở khóm 6 thuộc phường Tân Thành",
                &[("khóm 6", "thôn", None), ("Tân Thành", "xã", None)],
            ),
            ("trưởng khu phố 1 Nguyễn Văn Mùi", &[("khu phố 1", "thôn", None)]),
        ]);
    }

    #[test]
    fn a_name_inside_a_persons_name_is_not_a_place() {
        check(&[
            ("đồng chí Nguyễn Hòa Bình phát biểu", &[]),
            ("tư tưởng, đạo đức, phong cách Hồ Chí Minh", &[]),
            ("theo chị Hà Giang, cán bộ xã", &[]),
            ("Bí thư Tỉnh ủy Hưng Yên Đỗ Tiến Sỹ cho biết", &[("Hưng Yên", "tỉnh", None)]),
        ]);
    }

    #[test]
    fn titles_and_compounds_are_not_names() {
        check(&[
            ("trở lại xã Anh hùng Trí Phải, thấy được", &[("Trí Phải", "xã", None)]),
            ("theo văn bản Bộ Tài chính gửi", &[]),
            ("Ban Thường vụ Tỉnh Đoàn họp", &[]),
            ("phát triển kinh tế - xã hội của tỉnh", &[]),
        ]);
    }

    #[test]
    fn regressions_from_the_gold_set() {
        check(&[
            // A level word after a sentence end was missed (`2015. UBND xã Tứ Cường`).
            ("so với năm 2015. UBND xã Tứ Cường. Tiểu thủ công nghiệp", &[("Tứ Cường", "xã", None)]),
            // `Xã` ending a village name is not a level word before the chief's name.
            (
                "TP Bắc Ninh; Trưởng thôn Nghĩa Xã Nguyễn Văn Phú ở xã Nghĩa Đạo",
                &[
                    ("Bắc Ninh", "huyện", Some("Bắc Ninh")),
                    ("Nghĩa Xã", "thôn", None),
                    ("Nghĩa Đạo", "xã", None),
                ],
            ),
            // A person after a body or a title.
            ("Bí thư Thành ủy Hoàng Trung Hải cho biết", &[]),
            ("nhưng Trưởng thôn Nguyễn Văn Trịnh vẫn chưa được", &[]),
            // A cooperative is not a commune; a sentence going on after `trưởng thôn`.
            ("đất chuyên dùng cho Hợp tác xã An Phát, nhưng", &[]),
            ("là trưởng thôn Để nâng cao chất lượng", &[]),
            // A village named `Hội …` is a place; a provincial association is not.
            ("làm trưởng thôn Hội Phú, xã Ngọc Vân", &[("Hội Phú", "thôn", None), ("Ngọc Vân", "xã", None)]),
            ("Ban Thường vụ Tỉnh Hội Phụ nữ họp", &[]),
            // A commune named once with its level word is a place when it comes back alone.
            (
                "Đảng ủy xã Tứ Cường lãnh đạo. Đến nay, Tứ Cường đã hoàn thành",
                &[("Tứ Cường", "xã", None), ("Tứ Cường", "xã", None)],
            ),
        ]);
    }

    #[test]
    fn districts_need_support() {
        check(&[
            // A district alone, its province unnamed: could be a person.
            ("Ông Tân Yên đến dự.", &[]),
            // Its province named in the article.
            (
                "Huyện ủy Tân Yên tăng cường lãnh đạo. Tân Yên có 24 xã. Tỉnh Bắc Giang khen.",
                &[
                    ("Tân Yên", "huyện", Some("Bắc Ninh")),
                    ("Tân Yên", "huyện", Some("Bắc Ninh")),
                    ("Bắc Giang", "tỉnh", Some("Bắc Ninh")),
                ],
            ),
            (
                "tại số 02 Lê Thạch, Hoàn Kiếm, Hà Nội.",
                &[("Hoàn Kiếm", "huyện", Some("Hà Nội")), ("Hà Nội", "tỉnh", None)],
            ),
        ]);
    }

    #[test]
    fn countries_and_regions() {
        check(&[
            ("xây dựng văn hóa, con người Việt Nam đáp ứng yêu cầu", &[("Việt Nam", "quốc gia", None)]),
            (
                "Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam (2/9/1945)",
                &[("Cộng hòa xã hội chủ nghĩa Việt Nam", "quốc gia", None)],
            ),
            ("Ban Chỉ đạo Tây Nam Bộ, các địa phương", &[("Tây Nam Bộ", "vùng", None)]),
            ("khu vực trung du và miền núi phía Bắc.", &[("trung du và miền núi phía Bắc", "vùng", None)]),
            ("quan hệ với nước Anh và Pháp", &[("Anh", "quốc gia", None), ("Pháp", "quốc gia", None)]),
            ("Anh Tuấn cho biết, Đức đã đến", &[]),
            ("Thành ủy TPHCM tổ chức hội nghị", &[("TPHCM", "tỉnh", None)]),
            (
                "các tỉnh ĐBSCL và thủ đô Viêng Chăn, Bắc Kinh",
                &[("ĐBSCL", "vùng", None), ("Viêng Chăn", "địa danh", None), ("Bắc Kinh", "địa danh", None)],
            ),
        ]);
    }

    #[test]
    fn rivers_and_mountains() {
        check(&[(
            "phù sa sông Hồng bồi đắp, núi Bà Đen cao",
            &[("Hồng", "địa danh", None), ("Bà Đen", "địa danh", None)],
        )]);
    }

    #[test]
    fn capital_alone_is_offered() {
        check(&[("phát triển Thủ đô ngày càng văn minh", &[("Thủ đô", "tỉnh", None)])]);
    }
}
