//! The text layer: the normalised form every recogniser reads, and the map back to the original.
//!
//! Recognisers match one spelling of each word, so the article is normalised first:
//! - Unicode NFC (a pasted NFD `Hòa` is the same word as the NFC one);
//! - the modern tone placement of `oa`, `oe`, `uy` in open syllables (`hoà` → `hòa`, `Uỷ` → `Ủy`, `khoá` →
//!   `khóa`); `quý`, whose `u` belongs to `qu`, is left alone;
//! - every run of spaces, tabs, no-break and other Unicode spaces becomes one plain space, except two plain
//!   spaces or more, which part words as a line break does;
//! - a line break followed by an indentation (a line wrapped inside a sentence) becomes one space;
//! - curly quotes become straight ones, and zero-width characters and other invisible format characters vanish.
//!
//! Every normalised code point remembers the range of original code points it came from, so a span found in the
//! normalised text maps back to the exact original slice ([`Normalized::original_range`]).

/// The normalised text of an article and, for each of its code points, where it came from.
pub(crate) struct Normalized {
    /// The normalised code points.
    pub chars: Vec<char>,
    /// For each normalised code point, the first original code point it came from and one past the last.
    /// (A section is far shorter than 4 G code points.)
    src: Vec<(u32, u32)>,
    /// The normalised code points as one string, when normalised [`Normalized::from_text`].
    pub text: Option<String>,
    /// Where a glide (`o`, `u`) comes before a code point beyond ASCII, in order (some twice): where a tone
    /// may move. Each is a code point and its byte in `text` (0 without `text`).
    glides: Vec<(usize, usize)>,
}

impl Normalized {
    /// Normalises `text` for matching.
    pub fn new(text: &str) -> Normalized {
        Normalized::from_chars(&text.chars().collect::<Vec<char>>())
    }

    /// Normalises the code points `orig` of a text for matching.
    pub fn from_chars(orig: &[char]) -> Normalized {
        Normalized::build(orig, None, true)
    }

    /// Normalises `text`, whose code points are `orig`, for matching, and writes the normalised text as one
    /// string too (`text`): the runs it keeps as they are copied from `text` whole.
    pub fn from_text(text: &str, orig: &[char]) -> Normalized {
        Normalized::build(orig, Some(text), true)
    }

    /// Normalises `orig` (whose string is `text`, when given); `fast`: copying the runs of code points kept
    /// as they are whole (without it, every code point is read one by one, as the tests compare).
    fn build(orig: &[char], text: Option<&str>, fast: bool) -> Normalized {
        let mut out = Normalized {
            chars: Vec::with_capacity(orig.len()),
            src: Vec::with_capacity(orig.len()),
            text: text.map(|t| String::with_capacity(t.len())),
            glides: Vec::new(),
        };
        // The original code point `i` starts at byte `byte` of `text`.
        let (mut i, mut byte) = (0, 0);
        let mut buf = String::new();
        while i < orig.len() {
            // Fast path: the longest run of code points kept as they are (most of any text), copied whole;
            // but the last one, when a combining mark follows.
            let (run, run_byte, run_out) = (i, byte, out.chars.len());
            // (A glide written already, before a code point beyond ASCII: it is noted again when what is
            // written next is no part of a run; glides are noted in order, some twice.)
            // (The glides are one byte each, ASCII.)
            let run_text = out.text.as_ref().map_or(0, String::len);
            if !orig[i].is_ascii() && matches!(out.chars.last(), Some('o' | 'u' | 'O' | 'U')) {
                out.glides.push((run_out - 1, run_text.saturating_sub(1)));
            }
            while let Some(len) = kept_len(orig, i).filter(|_| fast) {
                // (A glide before a vowel beyond ASCII is where a tone may move.)
                if len > 1 && i > run && matches!(orig[i - 1], 'o' | 'u' | 'O' | 'U') {
                    let at_text = if text.is_some() { run_text + byte - run_byte - 1 } else { 0 };
                    out.glides.push((run_out + i - run - 1, at_text));
                }
                i += 1;
                byte += len;
            }
            if i > run && orig.get(i).is_some_and(|&n| is_combining(n)) {
                i -= 1;
                byte -= orig[i].len_utf8();
            }
            if i > run {
                out.chars.extend_from_slice(&orig[run..i]);
                out.src.extend((run as u32..i as u32).map(|k| (k, k + 1)));
                if let (Some(text), Some(joined)) = (text, out.text.as_mut()) {
                    joined.push_str(&text[run_byte..byte]);
                }
                continue;
            }
            let c = orig[i];
            let start = i;
            if is_invisible(c) {
                i += 1;
            } else if is_hspace(c) || c == '\n' || c == '\r' {
                let mut newlines = 0;
                let mut indent = 0;
                while i < orig.len()
                    && (is_hspace(orig[i]) || orig[i] == '\n' || orig[i] == '\r' || is_invisible(orig[i]))
                {
                    match orig[i] {
                        '\n' => {
                            newlines += 1;
                            indent = 0;
                        }
                        '\r' => {}
                        ch if is_hspace(ch) => indent += 1,
                        _ => {}
                    }
                    i += 1;
                }
                if newlines == 0 && i - start >= 2 && orig[start..i].iter().all(|&c| c == ' ' || c == '\t') {
                    // Two spaces or more part what a line break would (`Nguyễn Văn Thiện  Ngày 25.5`).
                    out.push('\n', start, i);
                } else if newlines == 0 || (newlines == 1 && indent >= 2) {
                    out.push(' ', start, i);
                } else {
                    // Keep every line break (line structure matters to headlines and bylines); the spaces
                    // around them map to nothing.
                    for (k, &ch) in orig.iter().enumerate().take(i).skip(start) {
                        if ch == '\n' {
                            out.push('\n', k, k + 1);
                        }
                    }
                }
            } else {
                // One base character with its combining marks, composed together.
                i += 1;
                while i < orig.len() && is_combining(orig[i]) {
                    i += 1;
                }
                if i - start == 1
                    && ((c as u32) < 0x300
                        || ('\u{1EA0}'..='\u{1EF9}').contains(&c)
                        || unicode_normalization::is_nfc_quick(std::iter::once(c))
                            == unicode_normalization::IsNormalized::Yes)
                {
                    // A lone character that is already NFC (every precomposed Vietnamese letter is).
                    out.push(fold_char(c), start, i);
                } else {
                    buf.clear();
                    buf.extend(orig[start..i].iter());
                    for composed in crate::nfc::nfc(&buf).chars() {
                        out.push(fold_char(composed), start, i);
                    }
                }
            }
            byte += orig[start..i].iter().map(|c| c.len_utf8()).sum::<usize>();
        }
        let moved = modern_tone_placement(&mut out.chars, &mut out.glides);
        if let (false, Some(text)) = (moved.is_empty(), out.text.as_mut()) {
            *text = retoned(text, &out.chars, moved);
        }
        out
    }

    fn push(&mut self, c: char, start: usize, end: usize) {
        self.chars.push(c);
        self.src.push((start as u32, end as u32));
        if let Some(text) = self.text.as_mut() {
            text.push(c);
        }
        // (A glide before it: see `build`.)
        let k = self.chars.len() - 1;
        if k > 0 && !c.is_ascii() && matches!(self.chars[k - 1], 'o' | 'u' | 'O' | 'U') {
            let at_text = self.text.as_ref().map_or(0, |t| t.len() - c.len_utf8() - 1);
            self.glides.push((k - 1, at_text));
        }
    }

    /// The original code-point range of the normalised range `start..end` (`start < end`).
    pub fn original_range(&self, start: usize, end: usize) -> (usize, usize) {
        (self.src[start].0 as usize, self.src[end - 1].1 as usize)
    }
}

/// The length in UTF-8 of `orig[i]` when normalising keeps it as it is (unless a combining mark follows it):
/// printable ASCII, Latin letters and signs below the combining marks (but the quotes `«»` and the soft
/// hyphen), the Vietnamese letters, and a space or a line break with no other space after it. `None` at the
/// end and for what may change.
#[inline]
fn kept_len(orig: &[char], i: usize) -> Option<usize> {
    let u = *orig.get(i)? as u32;
    if u.wrapping_sub(0x21) < 0x5E {
        Some(1)
    } else if u == 0x20 || u == 0x0A {
        // (Most often a letter or a sign of ASCII follows, told without the Unicode tables.)
        let next_kept =
            |n: char| (n as u32).wrapping_sub(0x21) < 0x5E || !n.is_whitespace() && !is_invisible(n);
        orig.get(i + 1).is_some_and(|&n| next_kept(n)).then_some(1)
    } else if (0xA1..0x300).contains(&u) {
        (!matches!(u, 0xAB | 0xAD | 0xBB)).then_some(2)
    } else if (0x1EA0..=0x1EF9).contains(&u) {
        Some(3)
    } else {
        None
    }
}

/// Letters and digits, with a fast answer for ASCII and Vietnamese letters.
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || matches!(c, '\u{C0}'..='\u{24F}' | '\u{1EA0}'..='\u{1EF9}') && c != '\u{D7}' && c != '\u{F7}'
        || (!c.is_ascii() && c.is_alphanumeric())
}

/// `char::is_alphabetic`, answered without the Unicode tables for ASCII and the Latin and Vietnamese letters.
fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        matches!(c, '\u{C0}'..='\u{24F}' | '\u{1EA0}'..='\u{1EF9}') && c != '\u{D7}' && c != '\u{F7}'
            || c.is_alphabetic()
    }
}

/// Spaces other than line breaks.
fn is_hspace(c: char) -> bool {
    c != '\n' && c != '\r' && (c.is_whitespace() || c == '\u{00A0}')
}

/// Characters that carry nothing visible: zero-width spaces and joiners, the byte-order mark, soft hyphen.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}')
}

/// Combining marks that compose with the character before them (the Vietnamese diacritics among them).
fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}')
}

/// Single-character foldings: quotes, dashes, and control characters.
fn fold_char(c: char) -> char {
    match c {
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}' => '"',
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' => '\'',
        c if c.is_control() => ' ',
        c => c,
    }
}

/// Moves the tone of `oa`, `oe`, `uy` in an open syllable onto the first vowel (`hoà` → `hòa`), looking at
/// the `glides` only (every `o`, `u` before a code point beyond ASCII: only a toned vowel after the glide
/// moves, and every toned vowel is beyond ASCII); the glides whose tone moved (kept first in `glides`), in
/// order.
fn modern_tone_placement<'g>(chars: &mut [char], glides: &'g mut [(usize, usize)]) -> &'g [(usize, usize)] {
    let mut moved = 0;
    let n = chars.len();
    for g in 0..glides.len() {
        let (i, _) = glides[g];
        // (A glide noted before what turned out to be nothing has nothing after it.)
        let (Some(&a), Some(&b)) = (chars.get(i), chars.get(i + 1)) else { continue };
        if !matches!(a, 'o' | 'u' | 'O' | 'U') || b.is_ascii() {
            continue;
        }
        let open = i + 2 >= n || !chars[i + 2].is_alphabetic();
        let after_q = i > 0 && matches!(chars[i - 1], 'q' | 'Q');
        if open && !after_q {
            if let (Some((base_a, tone_a)), Some((base_b, tone_b))) = (split_tone(a), split_tone(b)) {
                let pair = (base_a.to_ascii_lowercase(), base_b.to_ascii_lowercase());
                let glide = matches!(pair, ('o', 'a') | ('o', 'e') | ('u', 'y'));
                if glide && tone_a == 0 && tone_b != 0 {
                    if let (Some(na), Some(nb)) = (with_tone(base_a, tone_b), with_tone(base_b, 0)) {
                        chars[i] = na;
                        chars[i + 1] = nb;
                        glides[moved] = glides[g];
                        moved += 1;
                    }
                }
            }
        }
    }
    &glides[..moved]
}

/// `text` with the pairs of code points at `moved` (in order; each a code point and its byte in `text`)
/// written as they are now in `chars`, the code points of `text` (the runs between them copied whole).
fn retoned(text: &str, chars: &[char], moved: &[(usize, usize)]) -> String {
    let mut out = String::with_capacity(text.len() + 4 * moved.len());
    let mut at = 0;
    for &(i, byte) in moved {
        out.push_str(&text[at..byte]);
        out.extend(&chars[i..i + 2]);
        // (The glide, one byte, and the toned vowel after it, as they were.)
        at = byte + 1 + text[byte + 1..].chars().next().map_or(0, char::len_utf8);
    }
    out.push_str(&text[at..]);
    out
}

/// The plain vowels (with case) and their five toned forms: grave, acute, hook, tilde, dot.
const TONES: [[char; 6]; 8] = [
    ['a', 'à', 'á', 'ả', 'ã', 'ạ'],
    ['o', 'ò', 'ó', 'ỏ', 'õ', 'ọ'],
    ['e', 'è', 'é', 'ẻ', 'ẽ', 'ẹ'],
    ['u', 'ù', 'ú', 'ủ', 'ũ', 'ụ'],
    ['y', 'ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ'],
    ['A', 'À', 'Á', 'Ả', 'Ã', 'Ạ'],
    ['O', 'Ò', 'Ó', 'Ỏ', 'Õ', 'Ọ'],
    ['U', 'Ù', 'Ú', 'Ủ', 'Ũ', 'Ụ'],
];
const TONES_UPPER_EY: [[char; 6]; 2] = [['E', 'È', 'É', 'Ẻ', 'Ẽ', 'Ẹ'], ['Y', 'Ỳ', 'Ý', 'Ỷ', 'Ỹ', 'Ỵ']];

/// A plain vowel `a o e u y` (either case) with a tone: its base letter and tone index (0 = none).
fn split_tone(c: char) -> Option<(char, usize)> {
    TONES
        .iter()
        .chain(TONES_UPPER_EY.iter())
        .find_map(|row| row.iter().position(|&x| x == c).map(|t| (row[0], t)))
}

fn with_tone(base: char, tone: usize) -> Option<char> {
    TONES.iter().chain(TONES_UPPER_EY.iter()).find(|row| row[0] == base).map(|row| row[tone])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(s: &str) -> String {
        Normalized::new(s).chars.into_iter().collect()
    }

    #[test]
    fn normalises_what_recognisers_match() {
        let cases = [
            ("Uỷ ban nhân dân", "Ủy ban nhân dân"),
            ("khoá XII", "khóa XII"),
            ("Khánh Hoà", "Khánh Hòa"),
            ("hoàn thành", "hoàn thành"),
            ("quý I", "quý I"),
            ("thuỷ lợi", "thủy lợi"),
            ("HOÀ BÌNH", "HÒA BÌNH"),
            ("Ban\u{00A0}Bí thư", "Ban Bí thư"),
            ("“Tăng cường”", "\"Tăng cường\""),
            ("Yên\u{200B} Bái", "Yên Bái"),
            ("Ho\u{0300}a", "Hòa"),
            ("Tỉnh ủy,\n      Trưởng", "Tỉnh ủy, Trưởng"),
            ("dòng một\ndòng hai", "dòng một\ndòng hai"),
            ("a\u{00A0} b", "a b"),
            ("Nguyễn Văn Thiện  Ngày 25.5", "Nguyễn Văn Thiện\nNgày 25.5"),
            // A glide before an invisible character at the very end (nothing after it to move a tone to).
            ("Tỉnh ủy Khánh Hoà chỉ đạo\u{200B}", "Tỉnh ủy Khánh Hòa chỉ đạo"),
        ];
        for (input, want) in cases {
            assert_eq!(norm(input), want, "normalising {input:?}");
        }
    }

    proptest::proptest! {
        /// Copying the runs kept as they are whole normalises as reading every code point one by one does,
        /// with the same map back and the same string.
        #[test]
        fn copying_runs_changes_nothing(picks in proptest::collection::vec(0usize..64, 0..40)) {
            const PIECES: [&str; 64] = [
                "a", "o", "u", "O", "U", "q", "y", "e", "A", "Y", "à", "á", "ả", "ã", "ạ", "è", "é", "ý", "ỳ",
                "ỷ", "ỹ", "ỵ", "ờ", "ơ", "ư", "Ư", " ", "  ", "\n", "\r", "\t", "\u{A0}", "\u{200B}", "\u{AD}",
                "\u{300}", "\u{301}", "\u{323}", "\u{309}", "“", "”", "«", "»", "×", "Σ", ".", "-", "/", ",",
                "1", "T", "N", "h", "Đ", "đ", "İ", "ß", "\u{1}", "…", "–", "\u{2003}", "\u{85}", "ǅ", "Hoà", "thuỷ",
            ];
            let text: String = picks.iter().map(|&k| PIECES[k]).collect();
            let orig: Vec<char> = text.chars().collect();
            let (fast, slow) = (Normalized::from_text(&text, &orig), Normalized::build(&orig, None, false));
            proptest::prop_assert_eq!(&fast.chars, &slow.chars);
            proptest::prop_assert_eq!(&fast.src, &slow.src);
            proptest::prop_assert_eq!(fast.text.unwrap_or_default(), string_of(&slow.chars));
        }
    }

    #[test]
    fn maps_back_to_the_original_slice() {
        let text = "Uỷ \u{00A0}ban\u{00A0}nhân dân Ho\u{0300}a";
        let n = Normalized::new(text);
        let s: String = n.chars.iter().collect();
        assert_eq!(s, "Ủy ban nhân dân Hòa");
        let orig: Vec<char> = text.chars().collect();
        let (a, b) = n.original_range(0, 6);
        assert_eq!(orig[a..b].iter().collect::<String>(), "Uỷ \u{00A0}ban");
        let (a, b) = n.original_range(16, 19);
        assert_eq!(orig[a..b].iter().collect::<String>(), "Ho\u{0300}a");
    }
}

/// The string of `chars`, allocated once at its exact size (collecting code points grows it as it goes).
pub(crate) fn string_of(chars: &[char]) -> String {
    let mut s = String::with_capacity(chars.iter().map(|c| c.len_utf8()).sum());
    s.extend(chars);
    s
}

/// What separates a token from the one before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Gap {
    /// Nothing: the tokens touch (`Hà Nội,`).
    None,
    /// One space.
    Space,
    /// At least one line break.
    Newline,
}

/// The kind of a token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters, maybe with digits and joiners (`Bộ`, `TN-MT`, `T.Ư`).
    Word,
    /// Digits, maybe with joiners (`2022`, `43-KL/TW` starts with digits too).
    Number,
    /// One other character.
    Punct,
}

/// A word, number or punctuation mark of the normalised text; its strings borrow from a [`TokenBuf`].
#[derive(Clone, Debug)]
pub(crate) struct Token<'a> {
    /// First code point (normalised text).
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// Word, number or punctuation.
    pub kind: Kind,
    /// What comes before it.
    pub gap: Gap,
    /// The token as written.
    pub text: &'a str,
    /// The token in lowercase, for matching.
    pub lower: &'a str,
    /// The FNV-1a hash of `lower`, computed once for the lexicons' lookups ([`word_hash`]).
    pub hash: u64,
    /// A word that starts with a capital letter.
    cap: bool,
    /// A word that starts with a lowercase letter.
    low: bool,
}

impl Token<'_> {
    /// Starts with a capital letter.
    pub fn is_cap(&self) -> bool {
        self.cap
    }
    /// Starts with a lowercase letter.
    pub fn is_lower(&self) -> bool {
        self.low
    }
    /// Two or more letters, all capitals (`UBND`, `TN-MT`).
    pub fn is_all_caps(&self) -> bool {
        // (Most words start with a lowercase letter, or hold one: tested first, without the Unicode tables.)
        self.kind == Kind::Word
            && !self.low
            && !self.text.chars().any(is_lower)
            && self.text.chars().filter(|&c| is_letter(c)).count() >= 2
    }
    /// Is this punctuation mark `c`?
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct && self.text.starts_with(c)
    }
}

/// Does the lowercase phrase `phrase` (words parted by single spaces) start at token `i`? One past it.
pub(crate) fn words_at(toks: &[Token], i: usize, phrase: &str) -> Option<usize> {
    // (Most phrases asked start with another letter than the token: told by their first bytes.)
    if toks.get(i)?.lower.as_bytes().first() != phrase.as_bytes().first() {
        return None;
    }
    // (Each token's lowercase taken off the front of the phrase, then the space after it: no word of the
    // phrase is cut out to compare, and no token holds a space.)
    let mut k = i;
    let mut rest = phrase.as_bytes();
    loop {
        let t = toks.get(k)?;
        if k > i && t.gap != Gap::Space {
            return None;
        }
        rest = rest.strip_prefix(t.lower.as_bytes())?;
        k += 1;
        match rest.split_first() {
            None => return Some(k),
            Some((b' ', more)) => rest = more,
            Some(_) => return None,
        }
    }
}

/// The FNV-1a hash of a word: tokens and directive words carry it, lexicons index their phrases by it (a
/// `const fn`, so that words to look for can be hashed at compile time).
pub(crate) const fn word_hash(word: &str) -> u64 {
    fnv1a(word.as_bytes())
}

/// The FNV-1a hash of `bytes` ([`word_hash`] of their string).
const fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h = FNV_OFFSET;
    let mut i = 0;
    while i < bytes.len() {
        h = fnv_byte(h, bytes[i]);
        i += 1;
    }
    h
}

/// FNV-1a before anything is hashed.
pub(crate) const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// FNV-1a continued over one more byte: [`word_hash`] computed as a word is read.
#[inline]
pub(crate) const fn fnv_byte(h: u64, byte: u8) -> u64 {
    (h ^ byte as u64).wrapping_mul(0x0100_0000_01b3)
}

/// FNV-1a continued over one more code point, taken whole: how the place names and document kind words are
/// hashed while the text's code points are read (`recognizers/location.rs`, `recognizers/document.rs`).
#[inline]
pub(crate) const fn fnv_char(h: u64, c: char) -> u64 {
    (h ^ c as u64).wrapping_mul(0x0100_0000_01b3)
}

/// A token before its strings are borrowed: byte ranges into [`TokenBuf`]'s buffers.
struct RawToken {
    start: usize,
    end: usize,
    kind: Kind,
    gap: Gap,
    /// Byte range of the token in `TokenBuf::text`.
    text: (u32, u32),
    /// Byte range of its lowercase in `TokenBuf::lower`, when it differs from the text.
    lower: Option<(u32, u32)>,
    hash: u64,
    cap: bool,
    low: bool,
}

/// The normalised text as one string, and the tokens of it ([`TokenBuf::tokens`]), which borrow from it.
pub(crate) struct TokenBuf {
    /// The whole normalised text.
    text: String,
    /// The lowercase of every token that holds a capital, one after another.
    lower: String,
    raw: Vec<RawToken>,
}

impl TokenBuf {
    /// Splits normalised text into words, numbers and punctuation marks.
    pub fn new(chars: &[char]) -> TokenBuf {
        TokenBuf::with_text(chars, string_of(chars))
    }

    /// [`TokenBuf::new`], given `text`, the string of `chars` (the original text when normalising changed
    /// nothing: copying it costs less than writing every code point again).
    pub fn with_text(chars: &[char], text: String) -> TokenBuf {
        debug_assert!(text.chars().eq(chars.iter().copied()), "the text is the string of the code points");
        let mut lower = String::new();
        let n = chars.len();
        let mut raw = Vec::with_capacity(n / 3);
        let mut gap = Gap::None;
        let mut i = 0;
        // Each token's bytes are counted as its code points are read.
        let mut byte = 0;
        while i < n {
            let c = chars[i];
            // (Spaces first: every other token follows one.)
            if c == ' ' {
                if gap == Gap::None {
                    gap = Gap::Space;
                }
                i += 1;
                byte += 1;
                continue;
            }
            let (start, tb) = (i, byte);
            // The token's kind, whether its first code point is a capital, whether another one is, and whether
            // all the others are their own lowercase unless capitals (told as its code points are read).
            let first = if c.is_ascii() {
                c.is_ascii_alphanumeric().then_some((1, c.is_ascii_uppercase()))
            } else {
                word_char(c)
            };
            let (kind, first_up, upper, plain) = if let Some((len, up)) = first {
                let (mut upper, mut plain) = (false, true);
                byte += len;
                i += 1;
                while let Some(&c) = chars.get(i) {
                    // (ASCII letters and digits inline: most of the text.)
                    if c.is_ascii_alphanumeric() {
                        upper |= c.is_ascii_uppercase();
                        byte += 1;
                        i += 1;
                    } else if ('\u{1EA0}'..='\u{1EF9}').contains(&c) {
                        // (A letter of the Vietnamese block, most of the others: capitals at even code points,
                        // each its own lowercase unless a capital.)
                        upper |= c as u32 & 1 == 0;
                        byte += 3;
                        i += 1;
                    } else if matches!(c, '\u{DF}'..='\u{FF}' | 'ă' | 'đ' | 'ơ' | 'ư') && c != '\u{F7}' {
                        // (A small Latin-1 letter, `à` to `ý`, or `ă đ ơ ư`: no capital, its own lowercase.)
                        byte += 2;
                        i += 1;
                    } else if let Some((len, up)) = (!c.is_ascii()).then(|| word_char(c)).flatten() {
                        upper |= up;
                        plain &= is_plain_case(c);
                        byte += len;
                        i += 1;
                    } else if i + 1 < n && joins(chars, i) {
                        upper |= is_upper(chars[i]) || is_upper(chars[i + 1]);
                        plain &= is_plain_case(chars[i + 1]);
                        byte += chars[i].len_utf8() + chars[i + 1].len_utf8();
                        i += 2;
                    } else {
                        break;
                    }
                }
                (if c.is_ascii_digit() { Kind::Number } else { Kind::Word }, up, upper, plain)
            } else if c == '\n' {
                gap = Gap::Newline;
                i += 1;
                byte += 1;
                continue;
            } else if c.is_whitespace() {
                if gap == Gap::None {
                    gap = Gap::Space;
                }
                i += 1;
                byte += c.len_utf8();
                continue;
            } else {
                i += 1;
                byte += c.len_utf8();
                (Kind::Punct, is_upper(c), false, true)
            };
            let (low, hash) = if first_up || upper {
                let lb = lower.len();
                if !upper && plain && c != 'Σ' {
                    // (Most are capitalised words: the first code point lowered, the others copied as they are.)
                    push_lower(&mut lower, c);
                    lower.push_str(&text[tb + c.len_utf8()..byte]);
                } else {
                    for &c in &chars[start..i] {
                        if c == 'Σ' {
                            // (The final sigma's lowercase depends on what surrounds it.)
                            lower.truncate(lb);
                            lower.push_str(&text[tb..byte].to_lowercase());
                            break;
                        }
                        push_lower(&mut lower, c);
                    }
                }
                let hash = fnv1a(&lower.as_bytes()[lb..]);
                (Some((lb as u32, lower.len() as u32)), hash)
            } else {
                (None, fnv1a(&text.as_bytes()[tb..byte]))
            };
            // (A word starts with a letter, which is lowercase when ASCII and no capital.)
            let (cap, first_low) = match kind {
                Kind::Word => (first_up, if c.is_ascii() { !first_up } else { is_lower(c) }),
                _ => (false, false),
            };
            raw.push(RawToken {
                start,
                end: i,
                kind,
                gap,
                text: (tb as u32, byte as u32),
                lower: low,
                hash,
                cap,
                low: first_low,
            });
            gap = Gap::None;
        }
        debug_assert_eq!(byte, text.len(), "every code point is read");
        TokenBuf { text, lower, raw }
    }

    /// The tokens, in text order.
    pub fn tokens(&self) -> Vec<Token<'_>> {
        self.raw
            .iter()
            .map(|r| {
                let text = &self.text[r.text.0 as usize..r.text.1 as usize];
                let lower = r.lower.map_or(text, |(a, b)| &self.lower[a as usize..b as usize]);
                Token {
                    start: r.start,
                    end: r.end,
                    kind: r.kind,
                    gap: r.gap,
                    text,
                    lower,
                    hash: r.hash,
                    cap: r.cap,
                    low: r.low,
                }
            })
            .collect()
    }
}

/// `char::is_uppercase`, answered without the Unicode tables for ASCII, Latin-1, Latin Extended-A and the
/// Vietnamese letters.
fn is_upper(c: char) -> bool {
    let u = c as u32;
    match u {
        0x41..=0x5a => true,
        0..=0x7f => false,
        0xc0..=0xde => u != 0xd7,
        0xdf..=0xff => false,
        0x100..=0x12f | 0x132..=0x137 | 0x14a..=0x177 | 0x1ea0..=0x1ef9 => u & 1 == 0,
        0x1a0 | 0x1af => true,
        0x1a1 | 0x1b0 => false,
        _ => c.is_uppercase(),
    }
}

/// `char::is_lowercase`, with the same fast ranges as [`is_upper`].
fn is_lower(c: char) -> bool {
    let u = c as u32;
    match u {
        0x61..=0x7a => true,
        0..=0x7f => false,
        0xdf..=0xff => u != 0xf7,
        0xc0..=0xde => false,
        0x100..=0x12f | 0x132..=0x137 | 0x14a..=0x177 | 0x1ea0..=0x1ef9 => u & 1 == 1,
        0x1a1 | 0x1b0 => true,
        0x1a0 | 0x1af => false,
        _ => c.is_lowercase(),
    }
}

/// Appends the lowercase of `c` (`char::to_lowercase`), with the same fast ranges as [`is_upper`].
fn push_lower(s: &mut String, c: char) {
    let u = c as u32;
    let l = match u {
        0..=0x7f => c.to_ascii_lowercase(),
        0xc0..=0xde if u != 0xd7 => char::from_u32(u + 0x20).unwrap_or(c),
        0x100..=0x12f | 0x132..=0x137 | 0x14a..=0x177 | 0x1ea0..=0x1ef9 => char::from_u32(u | 1).unwrap_or(c),
        0x1a0 | 0x1af => char::from_u32(u + 1).unwrap_or(c),
        0xd7..=0xff | 0x1a1 | 0x1b0 => c,
        _ => {
            s.extend(c.to_lowercase());
            return;
        }
    };
    s.push(l);
}

/// Is `c`, when no capital, its own lowercase? Answered for the code points up to ư (U+01B0) and the
/// Vietnamese letters; no for the others (a titlecase letter like `ǅ` is no capital, and lowers to `ǆ`).
fn is_plain_case(c: char) -> bool {
    c <= '\u{1B0}' || ('\u{1EA0}'..='\u{1EF9}').contains(&c)
}

/// A letter or digit ([`is_word_char`]): its length in UTF-8 and whether it is a capital ([`is_upper`]).
fn word_char(c: char) -> Option<(usize, bool)> {
    let u = c as u32;
    if u < 0x80 {
        c.is_ascii_alphanumeric().then_some((1, c.is_ascii_uppercase()))
    } else if (0xC0..=0x24F).contains(&u) && u != 0xD7 && u != 0xF7 {
        Some((2, is_upper(c)))
    } else if (0x1EA0..=0x1EF9).contains(&u) {
        Some((3, u & 1 == 0))
    } else {
        c.is_alphanumeric().then(|| (c.len_utf8(), is_upper(c)))
    }
}

/// Does the joiner at `i` (between two alphanumerics) stay inside the token?
fn joins(chars: &[char], i: usize) -> bool {
    let (prev, c, next) = (chars[i - 1], chars[i], chars[i + 1]);
    if !matches!(c, '-' | '&' | '/' | '.') || !is_word_char(prev) || !is_word_char(next) {
        return false;
    }
    match c {
        '-' | '&' => true,
        // Codes (`KL/TW`, `VPCP-CN`), not a credit (`Đinh Tuấn/TTXVN`, `VGP/Nhật Bắc`).
        '/' => {
            let after = chars.get(i + 2).copied().unwrap_or(' ');
            (prev.is_uppercase() || prev.is_ascii_digit())
                && (next.is_uppercase() || next.is_ascii_digit())
                && !after.is_lowercase()
        }
        '.' => {
            let after = chars.get(i + 2).copied().unwrap_or(' ');
            (prev.is_ascii_digit() && next.is_ascii_digit())
                || (prev.is_uppercase() && next.is_uppercase() && !after.is_lowercase())
                || is_domain_suffix(&chars[i + 1..])
        }
        _ => false,
    }
}

fn is_domain_suffix(rest: &[char]) -> bool {
    ["vn", "com", "net", "org"].iter().any(|s| {
        let k = s.len();
        rest.len() >= k
            && rest[..k].iter().copied().eq(s.chars())
            && rest.get(k).is_none_or(|c| !c.is_alphanumeric())
    })
}

#[cfg(test)]
mod token_tests {
    use super::*;

    #[test]
    fn fast_case_tests_agree_with_unicode() {
        for c in (0..0x2000).filter_map(char::from_u32) {
            assert_eq!(is_upper(c), c.is_uppercase(), "{c:?}");
            assert_eq!(is_lower(c), c.is_lowercase(), "{c:?}");
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
            if is_plain_case(c) && !c.is_uppercase() {
                assert!(c.to_lowercase().eq([c]), "{c:?}");
            }
            let mut s = String::new();
            push_lower(&mut s, c);
            assert_eq!(s, c.to_lowercase().collect::<String>(), "{c:?}");
        }
    }

    /// `words_at` as it was first written: the phrase split at its spaces, word by word.
    fn words_at_by_split(toks: &[Token], i: usize, phrase: &str) -> Option<usize> {
        let mut k = i;
        for w in phrase.split(' ') {
            let t = toks.get(k)?;
            if t.lower != w || (k > i && t.gap != Gap::Space) {
                return None;
            }
            k += 1;
        }
        Some(k)
    }

    #[test]
    fn phrases_are_found_at_tokens_as_split_finds_them() {
        let chars: Vec<char> =
            "Ban Chấp hành Trung ương Đảng,\nỦy ban nhân dân TP.HCM  ban chấp".chars().collect();
        let buf = TokenBuf::new(&chars);
        let toks = buf.tokens();
        let phrases = [
            "ban chấp hành",
            "ban chấp hành trung ương đảng",
            "ban chấp hành trung ương đảng ,",
            "ban chấp hành trung ương đảng , ủy",
            "ban chấp hành trung ương đảng ủy",
            "ban",
            "ba",
            "bann",
            "ban ",
            "ban  chấp",
            " ban",
            "",
            "ủy ban nhân dân tp.hcm",
            "ủy ban nhân dân tp.hcm ban chấp",
            "tp.hcm",
            "chấp",
            "chấp hành trung",
        ];
        for i in 0..=toks.len() {
            for phrase in phrases {
                assert_eq!(words_at(&toks, i, phrase), words_at_by_split(&toks, i, phrase), "{i} {phrase:?}");
            }
        }
        assert_eq!(words_at(&toks, 0, "ban chấp hành"), Some(3));
    }

    #[test]
    fn letters_read_inline_are_as_word_char_tells() {
        // (`TokenBuf` reads the Vietnamese block and the small Latin-1 letters without `word_char`.)
        let small = ('\u{DF}'..='\u{FF}').filter(|&c| c != '\u{F7}').chain(['ă', 'đ', 'ơ', 'ư']);
        for c in ('\u{1EA0}'..='\u{1EF9}').chain(small) {
            let expected = if c >= '\u{1EA0}' { (3, c as u32 & 1 == 0) } else { (2, false) };
            assert_eq!(word_char(c), Some(expected), "{c:?}");
            assert!(is_plain_case(c), "{c:?}");
        }
    }

    #[test]
    fn splits_words_codes_and_marks() {
        let chars: Vec<char> =
            "Sở TN-MT TP.Quy Nhơn, T.Ư Đảng; TP.HCM Chinhphu.vn 8.2 43-KL/TW Tuấn/TTXVN".chars().collect();
        let buf = TokenBuf::new(&chars);
        let toks: Vec<&str> = buf.tokens().into_iter().map(|t| t.text).collect();
        assert_eq!(
            toks,
            [
                "Sở",
                "TN-MT",
                "TP",
                ".",
                "Quy",
                "Nhơn",
                ",",
                "T.Ư",
                "Đảng",
                ";",
                "TP.HCM",
                "Chinhphu.vn",
                "8.2",
                "43-KL/TW",
                "Tuấn",
                "/",
                "TTXVN"
            ]
        );
    }
}
