//! Cues for and against a directive, read off the words of one segment.
//!
//! Cues for: request verbs with a speaker (`đề nghị`, `yêu cầu`, `chỉ đạo`, `giao`, `kêu gọi`, `mong muốn`),
//! obligations (`cần`, `phải`, `không được`, `nghiêm cấm`, `không để`), action verbs that open a task
//! (`Tiếp tục …`, `Chủ động …`, `Thường xuyên …`, `Đồng thời …`) and deadlines. Cues against: `đã` before the
//! cue (a report), `sẽ` (a plan or pledge), `hứa`, praise and thanks, decisions (`Thông qua`, `Tán thành`,
//! `quyết định kỷ luật`), questions and datelines (`Ngày 5/7, …`).

use std::sync::LazyLock;

use crate::lexicon::{Bloom, ByHash};
use crate::recognizers::date::lower_char;
use crate::span::Strength;
use crate::text::{fnv_byte, word_hash, FNV_OFFSET};

/// One word of a segment: a run of letters and digits.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Word<'a> {
    /// First code point in the text.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// Its first byte in the text (the string of all the code points, [`text_of`]).
    pub byte_start: usize,
    /// One past its last byte in the text.
    pub byte_end: usize,
    /// Lowercase, with old-style tone placement (`hoà`, `uỷ`) normalised (a slice of the buffer given to
    /// [`words`]).
    pub lower: &'a str,
    /// The word starts with a capital.
    pub cap: bool,
    /// The character right before it (after spaces), if it is punctuation: `,`, `;`, `:`, `(`, `"`…
    pub punct_before: Option<char>,
    /// Hash of `lower`, computed once, by which the lexicons look the word up.
    pub key: u64,
    /// The lexicons with a phrase starting with this word (bit `1 << id` for each [`LexId`]), and the
    /// [`MARKERS`] it is (their bits above those).
    pub starts: u64,
}

/// A word to look for, with its hash computed at compile time: a [`Word`] is compared by hash before its
/// letters ([`Word::is`]), which rules out almost every other word with one comparison.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Key {
    hash: u64,
    word: &'static str,
    /// For one of the [`MARKERS`], its bit in [`Word::starts`].
    bit: u64,
}

impl Key {
    pub(crate) const fn new(word: &'static str) -> Key {
        Key { hash: word_hash(word), word, bit: 0 }
    }

    /// The `n`th of the [`MARKERS`]: its bit comes after the lexicons'.
    const fn marker(word: &'static str, n: u32) -> Key {
        Key { hash: word_hash(word), word, bit: 1 << (32 + n) }
    }

    /// The word may be among those with the bits `present` ([`present`]): false only for a marker that is
    /// not.
    pub(crate) fn may_be_in(&self, present: u64) -> bool {
        self.bit == 0 || present & self.bit != 0
    }
}

// Words some reading looks for anywhere in a unit; each is marked on the words that are it, so that a
// unit without it is passed over at once.
pub(crate) const HUA: Key = Key::marker("hứa", 0);
pub(crate) const THI: Key = Key::marker("thì", 1);
pub(crate) const THOI: Key = Key::marker("thời", 2);
pub(crate) const SE: Key = Key::marker("sẽ", 3);
pub(crate) const NHAM: Key = Key::marker("nhằm", 4);
pub(crate) const THANH: Key = Key::marker("thành", 5);
pub(crate) const KHAN: Key = Key::marker("khẩn", 6);
pub(crate) const KIEN: Key = Key::marker("kiên", 7);
pub(crate) const NEU: Key = Key::marker("nêu", 8);
pub(crate) const DA: Key = Key::marker("đã", 9);
pub(crate) const BAN: Key = Key::marker("ban", 10);
/// Every marker.
const MARKERS: [Key; 11] = [HUA, THI, THOI, SE, NHAM, THANH, KHAN, KIEN, NEU, DA, BAN];

impl Word<'_> {
    /// This word is `k` (lowercase).
    #[inline]
    pub(crate) fn is(&self, k: Key) -> bool {
        self.key == k.hash && self.lower == k.word
    }

    /// The two words have the same lowercase.
    #[inline]
    pub(crate) fn is_same(&self, other: &Word) -> bool {
        self.key == other.key && self.lower == other.lower
    }
}

/// Splits `chars[a..b]` into words; their lowercase forms are written one after another into `buf`.
pub(crate) fn words<'a>(chars: &[char], a: usize, b: usize, buf: &'a mut String) -> Vec<Word<'a>> {
    split(chars, a, b, None, buf)
}

/// Splits `chars`, the code points of `text`, into words: a word already in lowercase (most are) borrows
/// it from `text`; only the others are written into `buf`.
pub(crate) fn words_of<'a>(text: &'a str, chars: &[char], buf: &'a mut String) -> Vec<Word<'a>> {
    split(chars, 0, chars.len(), Some(text), buf)
}

/// [`words`] and [`words_of`]: `text`, when given, is the string of `chars[a..b]`.
fn split<'a>(
    chars: &[char],
    a: usize,
    b: usize,
    text: Option<&'a str>,
    buf: &'a mut String,
) -> Vec<Word<'a>> {
    buf.clear();
    let mut out: Vec<Word<'a>> = Vec::with_capacity((b - a) / 4 + 1);
    // The words whose lowercase is written into `buf`: their index, and the byte range there (filled in at
    // the end, once `buf` is written). (About one word in eight has a capital: sized for that.)
    let mut written: Vec<(usize, u32, u32)> = Vec::with_capacity(out.capacity() / 8);
    // (Their letters: a few bytes each.)
    buf.reserve(out.capacity());
    let mut i = a;
    // Byte offset of `chars[i]` in the string of `chars`.
    let mut byte: usize = chars[..a].iter().map(|c| c.len_utf8()).sum();
    let mut last_punct: Option<char> = None;
    let lower_latin: &[char] = &LOWER_LATIN;
    let first_words: &FirstWords = &FIRST_WORDS;
    while i < b {
        let c = chars[i];
        // (Most characters between words are single spaces.)
        if c == ' ' {
            i += 1;
            byte += 1;
            continue;
        }
        if !is_word_char(c) {
            if !c.is_whitespace() {
                last_punct = Some(c);
            }
            i += 1;
            byte += c.len_utf8();
            continue;
        }
        let s = i;
        let bs = byte;
        // The word is its own lowercase (no capital, only ASCII and the Latin letters of the table), and the
        // hash of its bytes so far, read as its letters are.
        let mut plain = text.is_some();
        let mut hash = FNV_OFFSET;
        while i < b {
            let ch = chars[i];
            let u = ch as u32;
            if u < 0x80 {
                let class = ASCII_CLASS[u as usize];
                if class == 0 {
                    break;
                }
                plain &= class == ASCII_LOWER;
                hash = fnv_byte(hash, u as u8);
                byte += 1;
            } else if let Some(&l) = latin_lower(lower_latin, ch) {
                if l == NOT_LETTER {
                    break;
                }
                plain &= l == ch;
                // (The letters of the table take two bytes below U+0800, three above.)
                if u < 0x800 {
                    hash = fnv_byte(fnv_byte(hash, 0xc0 | (u >> 6) as u8), 0x80 | (u & 0x3f) as u8);
                    byte += 2;
                } else {
                    hash = fnv_byte(hash, 0xe0 | (u >> 12) as u8);
                    hash = fnv_byte(fnv_byte(hash, 0x80 | ((u >> 6) & 0x3f) as u8), 0x80 | (u & 0x3f) as u8);
                    byte += 3;
                }
            } else if is_word_char(ch) {
                plain = false;
                byte += ch.len_utf8();
            } else {
                break;
            }
            i += 1;
        }
        let (lower, key) = match text {
            Some(t) if plain && !tone_moves(&chars[s..i]) => (&t[bs..byte], hash),
            _ => {
                let lb = buf.len();
                push_lower(buf, &chars[s..i], lower_latin);
                written.push((out.len(), lb as u32, buf.len() as u32));
                ("", word_hash(&buf[lb..]))
            }
        };
        debug_assert!(lower.is_empty() || key == word_hash(lower), "{lower}");
        let cap = if c.is_ascii() { c.is_ascii_uppercase() } else { c.is_uppercase() };
        let starts = first_words.get(key);
        out.push(Word {
            start: s,
            end: i,
            byte_start: bs,
            byte_end: byte,
            lower,
            cap,
            punct_before: last_punct,
            key,
            starts,
        });
        last_punct = None;
    }
    let buf: &'a String = buf;
    for (k, x, y) in written {
        out[k].lower = &buf[x as usize..y as usize];
    }
    out
}

/// The text from word `i` to word `j - 1` of `ws` (`i < j`), sliced from `text`, the string of the code
/// points the words were read from: names and spans are taken as written without collecting code points.
pub(crate) fn text_of<'t>(text: &'t str, ws: &[Word], i: usize, j: usize) -> &'t str {
    slice(text, ws[i].byte_start, ws[j - 1].byte_end).unwrap_or("")
}

/// `text[a..b]`, if those are character boundaries in order.
pub(crate) fn slice(text: &str, a: usize, b: usize) -> Option<&str> {
    (a <= b && text.is_char_boundary(a) && text.is_char_boundary(b)).then(|| &text[a..b])
}

/// Appends the lowercase of the word `w` to `buf`, old-style tone placement folded.
fn push_lower(buf: &mut String, w: &[char], lower_latin: &[char]) {
    let lb = buf.len();
    let mut combining = false;
    for &ch in w {
        if ch.is_ascii() {
            buf.push(ch.to_ascii_lowercase());
        } else if let Some(&l) = latin_lower(lower_latin, ch) {
            buf.push(l);
        } else {
            let from = buf.len();
            buf.extend(ch.to_lowercase());
            combining |= buf[from..].chars().any(|c| ('\u{300}'..='\u{36f}').contains(&c));
        }
    }
    if combining {
        let folded = fold_tone(crate::nfc::nfc(&buf[lb..]));
        buf.truncate(lb);
        buf.push_str(&folded);
    } else if needs_tone_fold(&buf[lb..]) {
        fold_tone_in(buf, lb);
    }
}

/// The lowercase of the Latin letters Vietnamese uses, U+00C0 … U+024F then U+1E00 … U+1EFF: one character
/// ([`lower_char`]: a letter whose lowercase is one character becomes it, any other stays as it is); `×` and
/// `÷`, which are not letters, are [`NOT_LETTER`].
static LOWER_LATIN: LazyLock<Vec<char>> = LazyLock::new(|| {
    ('\u{c0}'..'\u{250}')
        .chain('\u{1e00}'..'\u{1f00}')
        .map(|c| if matches!(c, '×' | '÷') { NOT_LETTER } else { lower_char(c) })
        .collect()
});

/// The entry of [`LOWER_LATIN`] for a sign that ends a word.
const NOT_LETTER: char = '\0';

/// Per ASCII code: 0 if it is no letter or digit, [`ASCII_LOWER`] for a lowercase letter or a digit, 2 for a
/// capital.
const ASCII_CLASS: [u8; 128] = {
    let mut t = [0; 128];
    let mut c = 0;
    while c < 128 {
        let b = c as u8;
        t[c] = if b.is_ascii_uppercase() {
            2
        } else if b.is_ascii_alphanumeric() {
            ASCII_LOWER
        } else {
            0
        };
        c += 1;
    }
    t
};

/// An ASCII letter or digit.
pub(super) fn is_ascii_word(c: char) -> bool {
    ASCII_CLASS.get(c as usize).is_some_and(|&k| k != 0)
}

/// [`ASCII_CLASS`] of a lowercase letter or a digit.
const ASCII_LOWER: u8 = 1;

/// `c`'s entry in [`LOWER_LATIN`], if it has one.
fn latin_lower(table: &[char], c: char) -> Option<&char> {
    let u = c as usize;
    table.get(match u {
        0xc0..=0x24f => u - 0xc0,
        0x1e00..=0x1eff => u - 0x1e00 + (0x250 - 0xc0),
        _ => return None,
    })
}

/// A letter or digit; the Latin ranges Vietnamese uses are tested without the Unicode tables.
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return is_ascii_word(c);
    }
    (('\u{c0}'..='\u{24f}').contains(&c) && c != '×' && c != '÷')
        || ('\u{1e00}'..='\u{1eff}').contains(&c)
        // Combining tone and vowel marks of decomposed (NFD) text belong to their word.
        || ('\u{300}'..='\u{36f}').contains(&c)
        || (c > '\u{24f}' && !('\u{2000}'..='\u{2bff}').contains(&c) && c.is_alphanumeric())
}

/// The word ends in a toned `a`, `e` or `y`: [`fold_tone`] may move its tone.
fn needs_tone_fold(w: &str) -> bool {
    // (Those letters end in a byte beyond ASCII; most words do not.)
    w.as_bytes().last().is_some_and(|&b| b >= 0x80) && w.chars().next_back().is_some_and(old_tone_end)
}

/// A toned `a`, `e` or `y`: a word ending in one may have its tone in the old place ([`fold_tone`]).
fn old_tone_end(c: char) -> bool {
    matches!(c, 'à' | 'á' | 'ả' | 'ã' | 'ạ' | 'è' | 'é' | 'ẻ' | 'ẽ' | 'ẹ' | 'ỳ' | 'ý' | 'ỷ' | 'ỹ' | 'ỵ')
}

/// The word, in lowercase, ends in an old tone place that [`fold_tone`] moves (`oà`, `oé`, `uỷ`): a word
/// ending in any other toned `a`, `e` or `y` (`và`, `đã`, `ý`) is its own folded lowercase.
fn tone_moves(w: &[char]) -> bool {
    match w {
        // (Most words end in an ASCII letter.)
        [.., p, l] if !l.is_ascii() => {
            (*p == 'o' && matches!(l, 'à' | 'á' | 'ả' | 'ã' | 'ạ' | 'è' | 'é' | 'ẻ' | 'ẽ' | 'ẹ'))
                || (*p == 'u' && matches!(l, 'ỳ' | 'ý' | 'ỷ' | 'ỹ' | 'ỵ'))
        }
        _ => false,
    }
}

/// Moves an old-style tone mark to the modern place (`hoà` → `hòa`, `uỷ` → `ủy`), so cues match either.
fn fold_tone(mut w: String) -> String {
    if needs_tone_fold(&w) {
        fold_tone_in(&mut w, 0);
    }
    w
}

/// [`fold_tone`] of the word from byte `lb` to the end of `buf`, in place.
fn fold_tone_in(buf: &mut String, lb: usize) {
    const PAIRS: &[(&str, &str)] = &[
        ("oà", "òa"),
        ("oá", "óa"),
        ("oả", "ỏa"),
        ("oã", "õa"),
        ("oạ", "ọa"),
        ("oè", "òe"),
        ("oé", "óe"),
        ("oẻ", "ỏe"),
        ("oẽ", "õe"),
        ("oẹ", "ọe"),
        ("uỳ", "ùy"),
        ("uý", "úy"),
        ("uỷ", "ủy"),
        ("uỹ", "ũy"),
        ("uỵ", "ụy"),
    ];
    if let Some((old, new)) = PAIRS.iter().find(|(old, _)| buf[lb..].ends_with(old)) {
        buf.truncate(buf.len() - old.len());
        buf.push_str(new);
    }
}

/// The lexicons of the directive pass; each word carries, in [`Word::starts`], the bits of those with a phrase
/// that starts with it (`super::lexicons` lists them all, one per id).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum LexId {
    Request,
    Modal,
    Action,
    HeadAction,
    Soft,
    Connector,
    Against,
    AgainstAny,
    Deadline,
    HeadlineResults,
    Background,
    Normative,
    SubjectHead,
    Report,
    DecisionStart,
    Titles,
    Bodies,
    Pronouns,
    Speech,
    ObjectBefore,
}

/// How many lexicons there are ([`LexId`]).
pub(crate) const LEXICON_COUNT: usize = LexId::ObjectBefore as usize + 1;

/// By first word (its [`word_hash`]), the bits of the lexicons with a phrase starting with it, and of the
/// [`MARKERS`] it is.
static FIRST_WORDS: LazyLock<FirstWords> = LazyLock::new(|| {
    let mut bits = ByHash::default();
    for lex in super::lexicons() {
        for &key in lex.by_first.keys() {
            *bits.entry(key).or_insert(0) |= lex.bit;
        }
    }
    for m in MARKERS {
        *bits.entry(m.hash).or_insert(0) |= m.bit;
    }
    let mut bloom = Bloom::new();
    for &key in bits.keys() {
        bloom.insert(key);
    }
    FirstWords { bloom, bits }
});

/// The bits of [`Word::starts`] by first word's hash, behind a Bloom filter: most words are in no lexicon
/// and ruled out by one bit test.
struct FirstWords {
    bloom: Bloom<64>,
    bits: ByHash<u64>,
}

impl FirstWords {
    fn get(&self, key: u64) -> u64 {
        if !self.bloom.may_contain(key) {
            return 0;
        }
        self.bits.get(&key).copied().unwrap_or(0)
    }
}

/// A phrase lexicon indexed by first word.
pub(crate) struct Lexicon {
    /// Its bit in [`Word::starts`].
    bit: u64,
    /// Every phrase's words, phrase after phrase.
    words: Vec<&'static str>,
    /// Per phrase, where its words are in `words` and how many: the phrases with the same first word
    /// together, longest first, then in the order given.
    phrases: Vec<(u32, u32)>,
    /// By first word (its [`word_hash`]), the range of `phrases` of the phrases starting with it.
    by_first: ByHash<std::ops::Range<u32>>,
}

impl Lexicon {
    pub(crate) fn new(id: LexId, phrases: &[&'static str]) -> Lexicon {
        let mut words = Vec::with_capacity(phrases.len() * 2);
        // (first word's hash, minus the word count, where the words start) in the order given
        let mut keyed: Vec<(u64, i32, u32)> = Vec::with_capacity(phrases.len());
        for p in phrases {
            let start = words.len();
            words.extend(crate::lexicon::split_at(p, b' '));
            keyed.push((word_hash(words[start]), -((words.len() - start) as i32), start as u32));
        }
        // (`start` grows with the order given.)
        keyed.sort_unstable();
        let mut by_first = ByHash::default();
        by_first.reserve(keyed.len());
        for (at, &(key, _, _)) in keyed.iter().enumerate() {
            by_first.entry(key).or_insert(at as u32..at as u32).end = at as u32 + 1;
        }
        let phrases = keyed.into_iter().map(|(_, len, start)| (start, (-len) as u32)).collect();
        Lexicon { bit: 1 << id as u64, words, phrases, by_first }
    }

    /// Length in words of the longest phrase starting at word `i`, if any.
    #[inline]
    pub(crate) fn at(&self, ws: &[Word], i: usize) -> Option<usize> {
        // Most words start no phrase: the word's own bits say so without a look-up.
        if ws.get(i)?.starts & self.bit == 0 {
            return None;
        }
        self.longest_at(ws, i)
    }

    fn longest_at(&self, ws: &[Word], i: usize) -> Option<usize> {
        let r = self.by_first.get(&ws[i].key)?;
        let rest = &ws[i..];
        self.phrases[r.start as usize..r.end as usize].iter().find_map(|&(start, len)| {
            let words = self.words.get(start as usize..(start + len) as usize)?;
            // (The first word has the right hash, so most likely the right letters: it is compared last, once
            // the others, where most phrases fail, are the same.)
            (words.len() <= rest.len()
                && words.iter().zip(rest).skip(1).all(|(w, x)| x.lower == *w)
                && rest.first().is_some_and(|x| words.first() == Some(&x.lower)))
            .then_some(words.len())
        })
    }

    /// Index of the first word where a phrase starts, from word `from`.
    pub(crate) fn find(&self, ws: &[Word], from: usize) -> Option<usize> {
        (from..ws.len()).find(|&i| ws[i].starts & self.bit != 0 && self.longest_at(ws, i).is_some())
    }

    /// Its bit in [`Word::starts`].
    pub(crate) fn bit(&self) -> u64 {
        self.bit
    }

    /// Some word with these lexicon bits ([`present`]) may start one of its phrases.
    pub(crate) fn may_be_in(&self, present: u64) -> bool {
        present & self.bit != 0
    }
}

/// The bits of every lexicon a phrase of which may start in `ws`: a lexicon without its bit there has no
/// phrase there.
pub(crate) fn present(ws: &[Word]) -> u64 {
    ws.iter().fold(0, |bits, w| bits | w.starts)
}

macro_rules! lexicon {
    ($name:ident = $id:ident, $($p:expr),* $(,)?) => {
        pub(crate) static $name: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(LexId::$id, &[$($p),*]));
    };
}

// Verbs by which a speaker or a body asks someone to act.
lexicon!(
    REQUEST = Request,
    "đề nghị",
    "yêu cầu",
    "kêu gọi",
    "mong muốn",
    "mong",
    "mong rằng",
    "hy vọng",
    "hi vọng",
    "chỉ đạo",
    "chỉ thị",
    "giao",
    "lưu ý",
    "đòi hỏi",
    "nghiêm cấm",
    "đề xuất"
);
// Obligations and prohibitions.
lexicon!(MODAL = Modal, "cần", "cần phải", "phải", "không được", "không để", "nghiêm cấm", "cấm", "nên");
// Action verbs that open a task (an imperative without subject).
lexicon!(
    ACTION = Action,
    "tiếp tục",
    "chủ động",
    "thường xuyên",
    "tập trung",
    "tăng cường",
    "đẩy mạnh",
    "khẩn trương",
    "kiên quyết",
    "nghiêm túc",
    "bảo đảm",
    "đảm bảo",
    "xây dựng",
    "nâng cao",
    "nâng",
    "rà soát",
    "chỉ đạo",
    "phối hợp",
    "thực hiện",
    "tổ chức",
    "đưa",
    "gắn",
    "chú trọng",
    "quán triệt",
    "xử lý",
    "chấn chỉnh",
    "hướng dẫn",
    "sửa đổi",
    "chịu trách nhiệm",
    "có trách nhiệm",
    "tiếp thu",
    "đoàn kết",
    "đẩy nhanh",
    "bắt tay",
    "nâng cao",
    "thành lập",
    "đối chiếu",
    "nhân rộng",
    "khắc phục",
    "thẩm định",
    "giao",
    "nghiêm cấm",
    "không để",
    "hoàn thiện",
    "hoàn tất",
    "triển khai",
    "đổi mới",
    "phát huy",
    "kịp thời",
    "tích cực",
    "quan tâm",
    "nghiên cứu",
    "tuyên truyền",
    "vận động",
    "củng cố",
    "kiện toàn",
    "ưu tiên",
    "huy động",
    "tháo gỡ",
    "gỡ",
    "siết chặt",
    "kiểm soát",
    "ngăn chặn",
    "đôn đốc",
    "tạo điều kiện",
    "bố trí",
    "sắp xếp",
    "theo dõi",
    "tiến hành",
    "uốn nắn",
    "đề cao",
    "coi trọng",
    "bồi dưỡng",
    "tổng hợp",
    "cập nhật",
    "rút kinh nghiệm",
    "quản lý",
    "phòng ngừa",
    "bám sát",
    "giữ vững",
    "duy trì",
    "hỗ trợ",
    "chủ trì",
    "khơi gợi",
    "lãnh đạo",
    "phấn đấu",
    "hoàn thành",
    "nghiêm cấm",
    "cấm",
    "xét",
    "sớm",
    "lựa chọn",
    "chuẩn bị",
    "trình",
    "báo cáo",
    "gửi",
    "giúp",
    "kiểm tra",
    "thống nhất",
    "đưa vào",
    "thúc đẩy",
    "cải thiện"
);
// Action verbs that make a headline or subheading an instruction (a stricter list: no `kiểm tra`,
// `hoàn thành`, `báo cáo`, which headline reports).
lexicon!(
    HEAD_ACTION = HeadAction,
    "tiếp tục",
    "chủ động",
    "tập trung",
    "tăng cường",
    "đẩy mạnh",
    "khẩn trương",
    "kiên quyết",
    "bảo đảm",
    "đảm bảo",
    "xây dựng",
    "nâng cao",
    "nâng",
    "rà soát",
    "phối hợp",
    "thực hiện",
    "tổ chức",
    "đưa",
    "gắn",
    "chú trọng",
    "quán triệt",
    "xử lý",
    "chấn chỉnh",
    "sửa đổi",
    "chịu trách nhiệm",
    "thành lập",
    "nhân rộng",
    "khắc phục",
    "thẩm định",
    "nghiêm cấm",
    "không để",
    "hoàn thiện",
    "hoàn tất",
    "triển khai",
    "đổi mới",
    "phát huy",
    "tháo gỡ",
    "gỡ",
    "siết chặt",
    "ngăn chặn",
    "sắp xếp",
    "ưu tiên",
    "huy động",
    "kiện toàn",
    "củng cố",
    "thúc đẩy",
    "đề cao",
    "giữ vững"
);
// Soft cues: verbs of effort that mark a task when nothing marks a report.
lexicon!(
    SOFT = Soft,
    "tiếp tục",
    "tập trung",
    "chủ động",
    "tăng cường",
    "đẩy mạnh",
    "khẩn trương",
    "kiên quyết",
    "trong thời gian tới",
    "thời gian tới",
    "phấn đấu",
    "kịp thời",
    "nghiêm túc"
);
// Words that open a sentence continuing the one before.
lexicon!(
    CONNECTOR = Connector,
    "đồng thời",
    "cùng đó",
    "cùng với đó",
    "từ đó",
    "qua đó",
    "trên cơ sở đó",
    "cụ thể",
    "ngoài ra",
    "bên cạnh đó",
    "mặt khác",
    "theo đó",
    "trong đó",
    "đặc biệt",
    "vì vậy",
    "do đó",
    "tiếp đó",
    "nhất là",
    "thời gian tới",
    "trong thời gian tới",
    "trước mắt",
    "lâu dài",
    "riêng",
    "để làm được việc này"
);
// Reports, assessments, praise, thanks, pledges, decisions: not directives.
lexicon!(
    AGAINST = Against,
    "yêu cầu trên",
    "hứa",
    "cảm ơn",
    "chúc mừng",
    "ghi nhận",
    "đánh giá cao",
    "biểu dương",
    "cho biết",
    "nhận định",
    "trao tặng",
    "tặng hoa",
    "tặng bằng khen",
    "quyết định kỷ luật",
    "thi hành kỷ luật",
    "thời gian qua",
    "vừa qua",
    "những năm qua",
    "năm qua",
    "trước đó",
    "làm việc với",
    "dẫn đầu",
    "bày tỏ",
    "tin tưởng",
);
// Assessments and pledges that make a whole sentence a report, wherever they stand.
lexicon!(AGAINST_ANY = AgainstAny, "hứa", "cảm ơn", "chúc mừng", "nhận định", "bày tỏ", "tin tưởng");
// Deadlines.
lexicon!(
    DEADLINE = Deadline,
    "trước ngày",
    "chậm nhất",
    "hạn chót",
    "thời hạn",
    "đến hết ngày",
    "hoàn thành trước",
    "trước",
    "trong tháng"
);

/// The cue that made a segment a directive, and how binding it is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Cue {
    /// Word index of the cue in the segment.
    pub at: usize,
    /// Its length in words.
    pub len: usize,
    /// Rule id for `Directive.rule`.
    pub rule: &'static str,
    /// Strength it implies.
    pub strength: Strength,
}

fn strength_of(lower: &str) -> Strength {
    match lower {
        "cần" | "cần phải" | "nên" => Strength::Should,
        "đề nghị" | "kêu gọi" | "mong muốn" | "mong" | "mong rằng" | "hy vọng" | "hi vọng" | "đề xuất" => {
            Strength::Request
        }
        _ => Strength::Must,
    }
}

fn phrase(ws: &[Word], i: usize, len: usize) -> String {
    ws[i..i + len].iter().map(|w| w.lower).collect::<Vec<_>>().join(" ")
}

fn lower_at<'a>(ws: &[Word<'a>], i: usize) -> &'a str {
    ws.get(i).map_or("", |w| w.lower)
}

/// Every request verb used as a verb (not as a noun: `đáp ứng yêu cầu`, `theo chỉ đạo của`,
/// `nhiệm vụ được giao`, `Ban Chỉ đạo`), in order.
pub(crate) fn request_cues(ws: &[Word]) -> Vec<Cue> {
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(k) = REQUEST.find(ws, i) {
        let len = REQUEST.at(ws, k).unwrap_or(1);
        i = k + 1;
        let p = phrase(ws, k, len);
        let prev = if k > 0 { lower_at(ws, k - 1) } else { "" };
        let next = lower_at(ws, k + len);
        let next_cap = ws.get(k + len).is_some_and(|w| w.cap);
        const NOUN_BEFORE: &[&str] = &[
            "được", "theo", "các", "những", "sự", "mọi", "của", "nhiều", "có", "ban", "biểu", "kiến", "thần",
            "đích", "cáo", "nhằm", "xét", "dung", "định", "với", "về", "là", "cầu", "như", "trên", "thể",
            "chuyển", "bàn", "ứng", "bị",
        ];
        if k > 0 && NOUN_BEFORE.contains(&prev) {
            continue;
        }
        // `công tác lãnh đạo, chỉ đạo …` is a pair of nouns.
        if prev == "đạo" && k >= 2 && ws[k - 2].lower == "lãnh" {
            continue;
        }
        // `văn bản đề nghị …` names a document, `bằng văn bản yêu cầu …` gives an order.
        if prev == "bản" && k >= 2 && ws[k - 2].lower == "văn" && (k < 3 || ws[k - 3].lower != "bằng") {
            continue;
        }
        if k > 0 && ws[k].cap {
            // "Ban Chỉ đạo", "Chỉ thị 05": part of a name.
            continue;
        }
        if k == 0 && ws[k].cap && p == "yêu cầu" && matches!(next, "trên" | "này" | "đó") {
            continue;
        }
        let ok = match p.as_str() {
            "yêu cầu" => {
                const NOUN_NEXT: &[&str] = &[
                    "đề", "nhiệm", "trên", "của", "về", "đặt", "phát", "bảo", "xây", "ngày", "công", "cao",
                    "thiết", "chung", "này", "đó", "khác", "tình", "đổi",
                ];
                let practice = (next == "thực" && matches!(lower_at(ws, k + len + 1), "tiễn" | "tế"))
                    || (next == "cấp" && matches!(lower_at(ws, k + len + 1), "bách" | "thiết"));
                // `… yêu cầu: Cấp ủy, chính quyền các cấp …` is always the verb.
                let colon = ws.get(k + len).is_some_and(|w| w.punct_before == Some(':'));
                colon || !(NOUN_NEXT.contains(&next) || practice)
            }
            "chỉ đạo" => {
                !matches!(next, "của" | "xử" | "điều" | "thường" | "kịp" | "này" | "đó") && prev != "đã"
            }
            "giao" => {
                (next_cap || matches!(next, "cho" | "các" | "đồng" | "nhiệm" | "những" | "ban"))
                    && !matches!(next, "thông" | "lưu" | "dịch")
                    // `giao ban` is a briefing, `giao Ban Thường vụ …` / `giao ban thường vụ …` an order.
                    && (next != "ban"
                        || matches!(lower_at(ws, k + len + 1), "thường" | "chỉ" | "cán" | "tổ" | "tuyên" | "dân" | "quản"))
            }
            "chỉ thị" => !next_cap && !matches!(next, "số" | "này" | "của" | "về" | "05" | "nêu"),
            "mong" | "mong muốn" | "mong rằng" => {
                let tail: Vec<&str> =
                    ws[k + len..ws.len().min(k + len + 4)].iter().map(|w| w.lower).collect();
                !(tail.contains(&"nhận") || tail.first() == Some(&"được"))
            }
            "đề nghị" => {
                !matches!(next, "thi" | "tặng" | "trao" | "khen" | "kỷ" | "của" | "điều" | "ứng" | "không")
            }
            "đề xuất" => false,
            _ => true,
        };
        if ok {
            out.push(Cue { at: k, len, rule: rule_name(&p), strength: strength_of(&p) });
        }
    }
    out
}

fn rule_name(p: &str) -> &'static str {
    match p {
        "đề nghị" => "directive.cue.de_nghi",
        "yêu cầu" => "directive.cue.yeu_cau",
        "kêu gọi" => "directive.cue.keu_goi",
        "mong muốn" | "mong" | "mong rằng" => "directive.cue.mong",
        "hy vọng" | "hi vọng" => "directive.cue.hy_vong",
        "chỉ đạo" => "directive.cue.chi_dao",
        "chỉ thị" => "directive.cue.chi_thi",
        "giao" => "directive.cue.giao",
        "lưu ý" => "directive.cue.luu_y",
        "đòi hỏi" => "directive.cue.doi_hoi",
        "nghiêm cấm" | "cấm" => "directive.cue.nghiem_cam",
        "cần" | "cần phải" => "directive.cue.can",
        "phải" => "directive.cue.phai",
        "không được" => "directive.cue.khong_duoc",
        "không để" => "directive.cue.khong_de",
        "nên" => "directive.cue.nen",
        _ => "directive.cue",
    }
}

/// The first obligation word used as one (`cần` but not `cần thiết`, `phải` but not `vì sao phải`,
/// `không được` but not `những điều đảng viên không được làm`).
pub(crate) fn modal_cue(ws: &[Word]) -> Option<Cue> {
    let mut i = 0;
    while let Some(k) = MODAL.find(ws, i) {
        let len = MODAL.at(ws, k).unwrap_or(1);
        i = k + 1;
        let p = phrase(ws, k, len);
        let prev = if k > 0 { lower_at(ws, k - 1) } else { "" };
        let next = lower_at(ws, k + len);
        let before: Vec<&str> = ws[k.saturating_sub(3)..k].iter().map(|w| w.lower).collect();
        let ok = match p.as_str() {
            "cần" | "cần phải" => {
                const NOUN_BEFORE: &[&str] =
                    &["những", "các", "việc", "điều", "đề", "dung", "rất", "nhu", "khi", "nếu", "ân"];
                // `cần nhiều lao động`, `cần khoảng 2.000 tỷ đồng`: a need, not a recommendation.
                let quantity =
                    matches!(next, "nhiều" | "khoảng" | "hơn" | "trên" | "gần" | "thêm" | "hàng" | "một")
                        || next.chars().all(|c| c.is_ascii_digit());
                !matches!(next, "thiết" | "cù" | "kiệm" | "mẫn" | "hiểu")
                    && !NOUN_BEFORE.contains(&prev)
                    && !quantity
            }
            "phải" => {
                // `người dân phải chờ đợi`, `công trình phải tạm dừng`: a hardship reported, not an order.
                const HARDSHIP: &[&str] = &[
                    "chờ", "chịu", "tạm", "dừng", "ngừng", "đối", "gánh", "nghỉ", "sống", "mất", "bỏ", "vay",
                    "bán", "nhập", "đi", "trải",
                ];
                !matches!(next, "chăng" | "là" | "không" | "lòng" | "trái" | "đạo")
                    && !HARDSHIP.contains(&next)
                    && !matches!(prev, "không" | "sao" | "mức" | "vừa" | "buộc" | "vụ" | "việc" | "nào")
                    && !reported_subject(ws, k)
            }
            "không được" | "cấm" | "nghiêm cấm" => {
                let relative = before.contains(&"điều") || before.contains(&"viên");
                let passive = matches!(prev, "không" | "bị" | "được" | "nghiêm")
                    || (p == "không được" && reported_subject(ws, k));
                !(relative || passive || (p == "không được" && next == "làm"))
            }
            "không để" => true,
            "nên" => false,
            _ => false,
        };
        if ok {
            return Some(Cue { at: k, len, rule: rule_name(&p), strength: strength_of(&p) });
        }
    }
    None
}

/// The clause before word `k` counts or names things rather than people who act: `Nhiều dự án không
/// được triển khai`, `Kiến nghị của cử tri không được giải quyết`, `một số công trình phải …`.
fn reported_subject(ws: &[Word], k: usize) -> bool {
    let mut s = k;
    while s > 0 && ws[s].punct_before.is_none() && k - s < 8 {
        s -= 1;
    }
    let clause = &ws[s..k];
    let pair = |a: &str, b: &str| clause.windows(2).any(|p| p[0].lower == a && p[1].lower == b);
    clause.iter().any(|w| w.lower == "nhiều")
        || pair("một", "số")
        || pair("dự", "án")
        || pair("công", "trình")
        || pair("kiến", "nghị")
        || pair("hồ", "sơ")
        || pair("vụ", "việc")
        || pair("đơn", "thư")
}

/// Index of the first word after any sentence connectors (`Đồng thời,`, `Từ đó,`, `Cụ thể,`).
pub(crate) fn after_connectors(ws: &[Word]) -> (usize, bool) {
    let mut i = 0;
    let mut any = false;
    while let Some(n) = CONNECTOR.at(ws, i) {
        i += n;
        any = true;
    }
    (i, any)
}

/// The segment opens with an action verb (after connectors): `Tiếp tục …`, `Đồng thời quán triệt …`.
pub(crate) fn imperative_start(ws: &[Word], lex: &Lexicon) -> Option<usize> {
    let (i, _) = after_connectors(ws);
    lex.at(ws, i).map(|_| i)
}

/// Word index of a past marker `đã` that reports rather than asks: not the relative `đã đạt được`,
/// `đã được nêu`, `đã đề ra` after a noun.
pub(crate) fn past_marker(ws: &[Word], before: usize) -> Option<usize> {
    (0..before.min(ws.len())).find(|&k| {
        if !ws[k].is(DA) {
            return false;
        }
        let next = lower_at(ws, k + 1);
        let rel_next = matches!(next, "đạt" | "được" | "đề" | "nêu");
        let rel_before = ws[k.saturating_sub(3)..k]
            .iter()
            .any(|w| matches!(w.lower, "những" | "các" | "quả" | "yêu" | "tiêu" | "vụ" | "mà"));
        !(rel_next && rel_before)
    })
}

/// A plan or pledge: `sẽ` not after a request (`mong muốn hai bên sẽ tiếp tục` is still a request).
pub(crate) fn future_marker(ws: &[Word], request_at: Option<usize>) -> bool {
    ws.iter().enumerate().any(|(k, w)| w.is(SE) && request_at.is_none_or(|r| k < r))
}

/// The segment opens with a dateline or time (`Ngày 5/7, …`, `Sáng 8/2, …`, `TTXVN - Ngày 10-2`).
pub(crate) fn dateline(ws: &[Word]) -> bool {
    let mut i = 0;
    if lower_at(ws, 0) == "ttxvn" {
        i = 1;
    }
    let w = lower_at(ws, i);
    let next_digit =
        ws.get(i + 1).is_some_and(|w| w.lower.chars().next().is_some_and(|c| c.is_ascii_digit()));
    (matches!(w, "ngày" | "sáng" | "chiều" | "tối" | "trưa" | "đêm" | "năm" | "tháng") && next_digit)
        || (matches!(w, "sáng" | "chiều" | "tối") && matches!(lower_at(ws, i + 1), "nay" | "qua" | "cùng"))
        || (w == "từ" && lower_at(ws, i + 1) == "ngày")
}

/// Word index of a deadline phrase followed by a date (`trước ngày 15/7`, `chậm nhất trong ngày 13 tháng 8`).
pub(crate) fn deadline_at(ws: &[Word]) -> Option<usize> {
    let mut i = 0;
    while let Some(k) = DEADLINE.find(ws, i) {
        let len = DEADLINE.at(ws, k).unwrap_or(1);
        i = k + 1;
        let mut j = k + len;
        while matches!(lower_at(ws, j), "ngày" | "trong" | "hết" | "đến" | "tháng") {
            j += 1;
        }
        if ws.get(j).is_some_and(|w| w.lower.chars().all(|c| c.is_ascii_digit())) {
            return Some(k);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_lowercase_latin_letters_as_the_unicode_tables_do() {
        // A letter whose lowercase is one character becomes it, any other stays as it is. (Combining marks
        // are composed with the letter before them, apart.)
        let mut buf = String::new();
        for c in ('\u{c0}'..'\u{1f00}').filter(|&c| is_word_char(c) && !('\u{300}'..='\u{36f}').contains(&c))
        {
            let mut l = c.to_lowercase();
            let want = match (l.next(), l.next()) {
                (Some(x), None) => x,
                _ => c,
            };
            let ws = words(&[c], 0, 1, &mut buf);
            assert_eq!(ws[0].lower, want.to_string(), "{c:?}");
        }
        let mut buf = String::new();
        let chars: Vec<char> = "ĐỒNG CHÍ Ǆ İ".chars().collect();
        let ws = words(&chars, 0, chars.len(), &mut buf);
        assert_eq!(ws.iter().map(|w| w.lower).collect::<Vec<_>>(), ["đồng", "chí", "ǆ", "İ"]);
    }

    #[test]
    fn words_borrowed_from_the_text_are_those_written_out() {
        // Every Latin letter alone and after `a`, words with capitals, old tone places, decomposed marks,
        // signs between letters.
        let mut text: String = ('\u{c0}'..'\u{1f00}').flat_map(|c| [c, ' ', 'a', c, ' ']).collect();
        text.push_str("Thủ tướng hoà thuỷ Hoà UBND 5×3 2÷1 tổ chức, “hội nghị”; ho\u{300}a\tx\u{a0}y");
        let chars: Vec<char> = text.chars().collect();
        let (mut b1, mut b2) = (String::new(), String::new());
        let borrowed = words_of(&text, &chars, &mut b1);
        assert_eq!(borrowed, words(&chars, 0, chars.len(), &mut b2));
        for w in &borrowed {
            assert_eq!(w.key, word_hash(w.lower), "{}", w.lower);
        }
    }

    fn ws(t: &str) -> Vec<Word<'static>> {
        let chars: Vec<char> = t.chars().collect();
        words(&chars, 0, chars.len(), Box::leak(Box::default()))
    }

    #[test]
    fn every_phrase_of_every_lexicon_is_found_where_it_stands() {
        let all = super::super::lexicons();
        let mut bits = 0;
        for lex in all {
            assert_eq!(bits & lex.bit, 0, "two lexicons share an id");
            bits |= lex.bit;
            for &(start, len) in &lex.phrases {
                let phrase = lex.words[start as usize..(start + len) as usize].join(" ");
                let w = ws(&format!("Tin: {phrase} tiếp"));
                assert_eq!(lex.at(&w, 1), Some(len as usize), "{phrase}");
                assert_eq!(lex.find(&w, 0), Some(1), "{phrase}");
            }
        }
        assert_eq!(bits.count_ones() as usize, LEXICON_COUNT);
        // The marked words are seen in a unit that holds them, and only there.
        for m in MARKERS {
            assert_eq!(bits & m.bit, 0, "{}", m.word);
            bits |= m.bit;
            let w = ws(&format!("Tin: {} tiếp", m.word));
            assert!(m.may_be_in(present(&w)) && w[1].is(m), "{}", m.word);
            assert!(!m.may_be_in(present(&ws("Tin: tiếp"))), "{}", m.word);
        }
    }

    #[test]
    fn request_verbs_as_verbs_not_nouns() {
        let cases: &[(&str, Option<&str>)] = &[
            ("Đồng chí đề nghị Ban Chỉ đạo cần tập trung thực hiện tốt các nhiệm vụ", Some("đề nghị")),
            ("Phó Thủ tướng yêu cầu phải thực hiện tốt chế độ báo cáo", Some("yêu cầu")),
            ("Thủ tướng Chính phủ giao Bộ trưởng Bộ Nội vụ chịu trách nhiệm theo dõi", Some("giao")),
            ("Ban Chấp hành Trung ương kêu gọi toàn Đảng, toàn dân, toàn quân tăng cường đoàn kết", Some("kêu gọi")),
            ("bảo đảm cán bộ đáp ứng tốt yêu cầu nhiệm vụ chính trị được giao", None),
            ("phản ánh đúng các nội dung theo chỉ đạo của Ban Bí thư", None),
            ("Các thành viên Ban Chỉ đạo phát huy tốt vai trò", None),
            // After a body's name ending in `Chỉ đạo`, the verb still counts.
            ("Thủ tướng Phạm Minh Chính, Trưởng Ban Chỉ đạo yêu cầu nâng cao nhận thức", Some("yêu cầu")),
            ("Ban Thường vụ đã tập trung công tác lãnh đạo, chỉ đạo các cấp ủy", None),
            ("Yêu cầu trên nhằm triển khai 2 kết luận của Bộ Chính trị", None),
            ("Đồng chí cũng mong muốn tiếp tục nhận được sự quan tâm, lãnh đạo, chỉ đạo", None),
            ("Thời gian tới, đồng chí Nguyễn Thiện Nhân mong muốn Đảng bộ, nhân dân xã Trí Phải tiếp tục đoàn kết", Some("mong muốn")),
        ];
        for (t, want) in cases {
            let w = ws(t);
            let got = request_cues(&w).first().map(|c| phrase(&w, c.at, c.len));
            assert_eq!(got.as_deref(), *want, "{t}");
        }
    }

    #[test]
    fn obligations_but_not_lookalikes() {
        let cases: &[(&str, Option<&str>)] = &[
            ("Tỉnh cần có cơ chế, chính sách quan tâm đào tạo", Some("cần")),
            ("cán bộ tuyên giáo phải nâng cao ý thức của mình", Some("phải")),
            ("Những tồn tại này cần được khắc phục ngay.", Some("cần")),
            ("Nghị quyết số 100/NQ-CP là rất cần thiết và kịp thời", None),
            ("vi phạm quy định về những điều đảng viên không được làm", None),
            ("Người dân được làm tất cả những gì pháp luật không cấm", None),
            ("hiểu sâu sắc về yêu cầu vì sao phải học tập và làm theo Bác", None),
            ("nghiêm cấm việc tác động, can thiệp vào công tác nhân sự", Some("nghiêm cấm")),
            // A need, a hardship, a failure reported: not obligations.
            ("Doanh nghiệp cần nhiều lao động có tay nghề cao.", None),
            ("Theo ông, tỉnh cần khoảng 2.000 tỷ đồng để hoàn thành dự án.", None),
            ("Người dân phải chờ đợi nhiều ngày mới được giải quyết hồ sơ.", None),
            ("Do thiếu vốn, nhiều công trình phải tạm dừng thi công.", None),
            ("Nhiều dự án không được triển khai đúng tiến độ do vướng mặt bằng.", None),
            ("Kiến nghị của cử tri không được giải quyết dứt điểm.", None),
            ("Cán bộ, công chức không được gây phiền hà, sách nhiễu người dân.", Some("không được")),
            // A prohibition described, not laid down.
            ("hành vi ngược đãi trẻ em là một trong những hành vi bị nghiêm cấm", None),
        ];
        for (t, want) in cases {
            let w = ws(t);
            let got = modal_cue(&w).map(|c| phrase(&w, c.at, c.len));
            assert_eq!(got.as_deref(), *want, "{t}");
        }
    }

    #[test]
    fn verb_initial_tasks() {
        let yes = [
            "Tiếp tục tổ chức nghiên cứu, quán triệt sâu sắc",
            "Đồng thời quán triệt, thực hiện nghiêm Quy chế",
            "Từ đó, nhân rộng những cách làm hay",
            "Chủ động nghiên cứu, tham mưu với cấp ủy",
        ];
        for t in yes {
            assert!(imperative_start(&ws(t), &ACTION).is_some(), "{t}");
        }
        let no = ["Năm 2022, Ban Chỉ đạo đã thường xuyên làm tốt", "Hội nghị đã xác định nhiệm vụ"];
        for t in no {
            assert!(imperative_start(&ws(t), &ACTION).is_none(), "{t}");
        }
    }

    #[test]
    fn reports_and_plans() {
        let w = ws("Năm 2022, Ban Chỉ đạo đã thường xuyên làm tốt công tác quán triệt");
        assert!(past_marker(&w, w.len()).is_some());
        let w = ws("tiếp tục phát huy những kết quả đã đạt được");
        assert!(past_marker(&w, w.len()).is_none());
        let w = ws("Đồng chí Đỗ Đức Duy hứa sẽ nỗ lực vượt bậc");
        assert!(AGAINST.find(&w, 0).is_some() && future_marker(&w, None));
        assert!(dateline(&ws("Ngày 7/7, Đoàn công tác của Ban Bí thư làm việc")));
        assert!(dateline(&ws("TTXVN - Ngày 10-2, tại Phủ Chủ tịch")));
        assert_eq!(deadline_at(&ws("hoàn tất sắp xếp cấp xã trước 15/7")), Some(6));
        assert!(deadline_at(&ws("gửi về Bộ trước ngày 20 tháng 8 năm 2025")).is_some());
    }
}
