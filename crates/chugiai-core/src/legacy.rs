//! Legacy Vietnamese text: TCVN3 (ABC), VNI and decomposed Unicode, found and repaired.
//!
//! Before Unicode, Vietnamese documents were typed in 8-bit fonts. Pasted out of those documents, or read
//! from their files as Windows-1252, the text shows the font's code points as Latin-1 letters and symbols:
//!
//! | typed in | font | as pasted | meant |
//! |---|---|---|---|
//! | TCVN3 (ABC) | `.VnTime` | `Ban ChÊp hµnh Trung ­¬ng` | `Ban Chấp hành Trung ương` |
//! | VNI | `VNI-Times` | `Ban Chaáp haønh Trung öông` | `Ban Chấp hành Trung ương` |
//!
//! Decomposed Unicode (NFD, `a` + U+0300 for `à`, as macOS file names and some converters write it) is a
//! third shape of the same text; the matching layer ([`crate::text`]) already reads it as NFC, and [`repair`]
//! reports it so that the user can be offered the composed text.
//!
//! [`repair`] detects these shapes and converts the text to NFC Unicode, keeping for every repaired code point
//! the range of original code points it came from ([`Repair::original_range`]): one TCVN3 character is one
//! original character, one VNI letter is one or two (a base letter followed by a Latin-1 character standing for
//! its diacritic: `a` + `ø` = `à`). [`crate::annotate`] annotates the repaired text of a TCVN3 or VNI article
//! and reports every span on the text as given, so the `text` of a span is the slice of the original
//! (`ChÊp hµnh`), and its offsets are those of the text the user pasted.
//!
//! # Provenance of the tables
//!
//! Both tables are public encoding standards, written here from them:
//! - **TCVN3** is the VN3 character set of the Vietnamese national standard TCVN 5712:1993 ("Công nghệ thông
//!   tin – Bộ mã chuẩn 8-bit kí tự Việt dùng trong trao đổi thông tin"), the one the ABC keyboard and the
//!   `.Vn…` fonts use: 67 lower-case letters with diacritics and the seven upper-case letters `Ă Â Ê Ô Ơ Ư Đ`
//!   in the upper half (0xA1–0xFE). Upper-case letters with a tone have no code in VN3: they were typed with the
//!   same codes in an all-capitals font (`.VnTimeH`), so they are repaired as lower case.
//! - **VNI** is the VNI-Windows encoding of the VNI software company's fonts (`VNI-Times`, …): a vowel is
//!   written as its base letter followed by one code for its diacritics (the tone, or the circumflex or breve
//!   with the tone); `đ`, `ơ`, `ư`, `ỵ` and the toned `i` have one code each (`ñ`, `ô`, `ö`, `î`, `ì í æ ó ò`).
//!
//! # Detection
//!
//! Legacy text is told apart from Unicode by what the conversion does to its words, not by the presence of
//! Latin-1 letters (Vietnamese Unicode is full of `à`, `ê`, `ô`): a word counts for an encoding when it is not
//! a Vietnamese syllable as written and becomes one once converted (`hµnh` → `hành`, `haønh` → `hành`), and
//! against it when a syllable becomes a non-syllable. Words holding a letter that only Unicode has (`ạ`, `ơ`,
//! `đ`) count for Unicode. An encoding is detected when at least two words count for it, three times more than
//! against it and four times more than the Unicode words. Ordinary Unicode Vietnamese, English, French,
//! German or Spanish text is therefore left alone.

/// A legacy shape of Vietnamese text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Encoding {
    /// TCVN3 (ABC, TCVN 5712:1993 VN3), typed in `.VnTime` fonts.
    Tcvn3,
    /// VNI-Windows, typed in `VNI-Times` fonts.
    Vni,
    /// Decomposed Unicode (NFD): letters followed by combining diacritics.
    Nfd,
}

impl Encoding {
    /// A short stable name: `tcvn3`, `vni`, `nfd`.
    pub fn as_str(self) -> &'static str {
        match self {
            Encoding::Tcvn3 => "tcvn3",
            Encoding::Vni => "vni",
            Encoding::Nfd => "nfd",
        }
    }

    /// The name a reader knows: `TCVN3 (ABC)`, `VNI`, `NFD`.
    pub fn display_name(self) -> &'static str {
        match self {
            Encoding::Tcvn3 => "TCVN3 (ABC)",
            Encoding::Vni => "VNI",
            Encoding::Nfd => "NFD",
        }
    }
}

impl std::fmt::Display for Encoding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A text converted to NFC Unicode, with the way back to the original.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Repair {
    /// What the original was.
    pub encoding: Encoding,
    /// The repaired text, NFC Unicode.
    pub text: String,
    /// For each repaired code point, the first original code point it came from.
    starts: Vec<u32>,
    /// For each repaired code point, one past the last original code point it came from.
    ends: Vec<u32>,
    /// Code points of the original.
    original_len: usize,
}

impl Repair {
    /// The original code-point range of the repaired range `start..end` (an empty range maps to an empty
    /// range, at the original position of `start`). Offsets past the end are clamped.
    pub fn original_range(&self, start: usize, end: usize) -> (usize, usize) {
        let n = self.starts.len();
        let (start, end) = (start.min(n), end.min(n));
        if start >= end {
            let at = if start < n { self.starts[start] as usize } else { self.original_len };
            return (at, at);
        }
        (self.starts[start] as usize, self.ends[end - 1] as usize)
    }

    /// Moves spans found in the repaired text onto `original`, the text it was repaired from: their offsets
    /// through [`Repair::original_range`], their `text` sliced off `original` (values, issuers and addressees
    /// stay as read in the repaired text).
    ///
    /// ```
    /// use chugiai_core::{annotate, legacy};
    ///
    /// let pasted = "TØnh ñy Yªn B¸i häp bµn c«ng t¸c.";
    /// let repair = legacy::repair(pasted).unwrap();
    /// let mut a = annotate(&repair.text);
    /// assert!(a.entities.iter().any(|e| e.text == "Yên Bái"));
    /// repair.move_spans(pasted, &mut a.entities, &mut a.directives);
    /// assert!(a.entities.iter().any(|e| e.text == "Yªn B¸i"));
    /// ```
    pub fn move_spans(
        &self,
        original: &str,
        entities: &mut [crate::Entity],
        directives: &mut [crate::Directive],
    ) {
        // Byte offset of every original code point up to the last one needed.
        let last = entities
            .iter()
            .map(|e| (e.start, e.end))
            .chain(directives.iter().map(|d| (d.start, d.end)))
            .map(|(s, e)| self.original_range(s, e).1)
            .max()
            .unwrap_or(0);
        let mut bytes: Vec<usize> = original.char_indices().map(|(b, _)| b).take(last + 1).collect();
        if bytes.len() <= last {
            bytes.push(original.len());
        }
        let top = bytes.len() - 1;
        let slice = |start: usize, end: usize| -> (usize, usize, String) {
            let (s, e) = self.original_range(start, end);
            let (s, e) = (s.min(top), e.min(top));
            (s, e, original[bytes[s]..bytes[e]].to_string())
        };
        for e in entities {
            (e.start, e.end, e.text) = slice(e.start, e.end);
        }
        for d in directives {
            (d.start, d.end, d.text) = slice(d.start, d.end);
        }
    }

    /// Code points of the repaired text.
    pub fn len(&self) -> usize {
        self.starts.len()
    }

    /// Whether the repaired text is empty.
    pub fn is_empty(&self) -> bool {
        self.starts.is_empty()
    }

    fn push(&mut self, c: char, start: usize, end: usize) {
        self.text.push(c);
        self.starts.push(start as u32);
        self.ends.push(end as u32);
    }
}

/// Detects a legacy encoding in `text` and converts it; `None` for ordinary Unicode (or text too short to tell).
///
/// ```
/// use chugiai_core::legacy::{repair, Encoding};
///
/// let r = repair("Ban ChÊp hµnh Trung ­¬ng §¶ng").unwrap();
/// assert_eq!((r.encoding, r.text.as_str()), (Encoding::Tcvn3, "Ban Chấp hành Trung ương Đảng"));
/// let r = repair("Ban Chaáp haønh Trung öông Ñaûng").unwrap();
/// assert_eq!((r.encoding, r.text.as_str()), (Encoding::Vni, "Ban Chấp hành Trung ương Đảng"));
/// assert_eq!(r.original_range(4, 8), (4, 9)); // `Chấp` was `Chaáp`
/// assert!(repair("Ban Chấp hành Trung ương Đảng").is_none());
/// ```
pub fn repair(text: &str) -> Option<Repair> {
    detect(text).map(|encoding| convert(text, encoding))
}

/// The legacy encoding of `text`, if it has one (see the module's "Detection").
pub fn detect(text: &str) -> Option<Encoding> {
    // Most text is Unicode, whose words are syllables as written: it is read first without weighing such
    // words against an encoding, and read again in full only when an encoding may be found (see `Tally`).
    let mut tally = Tally::read(text, false);
    if tally.may_find() {
        tally = Tally::read(text, true);
    }
    let Tally { tcvn, vni, unicode, marks } = tally;
    let best = [(Encoding::Tcvn3, tcvn), (Encoding::Vni, vni)]
        .into_iter()
        .filter(|(_, s)| s.found(unicode))
        .max_by_key(|(_, s)| s.good);
    if let Some((encoding, _)) = best {
        return Some(encoding);
    }
    // Decomposed text: combining Vietnamese diacritics that composing changes.
    // (Not `unicode_normalization::is_nfc`: its slow path is `.nfc()`, which links the compatibility tables.)
    // (Asked only when there are marks: checking a long text is slow.)
    let is_nfc = || {
        unicode_normalization::is_nfc_quick(text.chars()) == unicode_normalization::IsNormalized::Yes
            || crate::nfc::nfc(text) == text
    };
    if marks >= 2 && !is_nfc() {
        return Some(Encoding::Nfd);
    }
    None
}

/// Converts `text` from `encoding` to NFC Unicode, whether or not it looks like it (see [`repair`]).
pub fn convert(text: &str, encoding: Encoding) -> Repair {
    let mut r = Repair {
        encoding,
        text: String::with_capacity(text.len() + text.len() / 4),
        starts: Vec::new(),
        ends: Vec::new(),
        original_len: 0,
    };
    match encoding {
        Encoding::Tcvn3 => {
            for (i, c) in text.chars().enumerate() {
                r.push(tcvn3_char(c).unwrap_or(c), i, i + 1);
                r.original_len = i + 1;
            }
        }
        Encoding::Vni => {
            let mut n = 0;
            decode_vni(text, |c, start, end| {
                r.push(c, start, end);
                n = end;
            });
            r.original_len = n;
        }
        Encoding::Nfd => {
            let chars: Vec<char> = text.chars().collect();
            let mut i = 0;
            let mut cluster = String::new();
            while i < chars.len() {
                let start = i;
                i += 1;
                while i < chars.len() && is_combining(chars[i]) {
                    i += 1;
                }
                cluster.clear();
                cluster.extend(&chars[start..i]);
                for c in crate::nfc::nfc(&cluster).chars() {
                    r.push(c, start, i);
                }
            }
            r.original_len = chars.len();
        }
    }
    r
}

/// Writes NFC Unicode `text` in `encoding`: the inverse of [`convert`], for tests and fuzzing.
///
/// What the encoding cannot write is kept as it is; TCVN3 writes an upper-case letter with a tone in lower case
/// (VN3 has no code for it), and NFD decomposes.
pub fn encode(text: &str, encoding: Encoding) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    match encoding {
        Encoding::Nfd => out.extend(crate::nfc::nfd(text.chars())),
        Encoding::Tcvn3 => {
            for c in text.chars() {
                let lower = if UPPER_TCVN3.iter().any(|&(_, u)| u == c) { c } else { lower_vietnamese(c) };
                match TCVN3.iter().chain(UPPER_TCVN3.iter()).find(|&&(_, u)| u == lower) {
                    Some(&(code, _)) => out.push(code),
                    None => out.push(c),
                }
            }
        }
        Encoding::Vni => {
            for c in text.chars() {
                encode_vni(c, &mut out);
            }
        }
    }
    out
}

/// Words counting for and against an encoding.
#[derive(Clone, Copy, Debug, Default)]
struct Score {
    good: usize,
    bad: usize,
}

impl Score {
    fn count(&mut self, before: bool, after: bool) {
        match (before, after) {
            (false, true) => self.good += 1,
            (true, false) => self.bad += 1,
            _ => {}
        }
    }

    fn found(&self, unicode_words: usize) -> bool {
        self.good >= 2 && self.good >= 3 * self.bad && self.good > 4 * unicode_words
    }
}

/// What detection reads off the first words of a text: the words counting for and against each encoding,
/// the words only Unicode writes, and the combining Vietnamese marks.
#[derive(Clone, Copy, Debug, Default)]
struct Tally {
    tcvn: Score,
    vni: Score,
    unicode: usize,
    marks: usize,
}

impl Tally {
    /// Reads the words of `text` as far as detection reads them. `against`: whether the words an encoding
    /// spoils are counted (`Score::bad`), which asks every syllable to be converted both ways and tested;
    /// without them the counts for the encodings (`Score::good`), the Unicode words and the marks are the
    /// same (a word counts for an encoding only when it is no syllable as written), and so is where the
    /// reading stops, which only they tell.
    fn read(text: &str, against: bool) -> Tally {
        // Legacy documents are of one piece: the first words tell.
        const MAX_WORDS: usize = 20_000;
        let mut t = Tally::default();
        let (mut as_tcvn, mut as_vni) = (String::new(), String::new());
        for (n, word) in text.split_whitespace().take(MAX_WORDS).enumerate() {
            // Ordinary Unicode Vietnamese settles it within a few hundred words: stop reading once its words
            // outnumber those an encoding explained 32 to 1 (detection needs the reverse, 4 to 1).
            if n % 64 == 0 && t.unicode >= 64 && 32 * t.tcvn.good.max(t.vni.good) < t.unicode {
                break;
            }
            // One pass over the word tells its marks, whether it holds a letter only Unicode has, and whether
            // it holds TCVN3 or VNI codes (all of them at U+00A1 or above).
            let (mut unicode_only, mut has_tcvn, mut has_vni) = (false, false, false);
            for c in word.chars().filter(|&c| c >= '\u{A1}') {
                t.marks += usize::from(is_vietnamese_mark(c));
                unicode_only |= is_unicode_only_letter(c);
                has_tcvn |= tcvn3_char(c).is_some();
                has_vni |= is_vni_code(c);
            }
            if unicode_only {
                // No legacy encoding writes these letters: the word is Unicode, nothing to convert.
                t.unicode += 1;
                continue;
            }
            if !has_tcvn && !has_vni {
                continue;
            }
            // (A syllable as written counts for no encoding: weighed only to count against them.)
            let as_is = is_syllable(word);
            if as_is && !against {
                continue;
            }
            // A word that a conversion leaves as it is counts neither for nor against that encoding: only the
            // words it changes are weighed.
            let tcvn_changes = has_tcvn && {
                as_tcvn.clear();
                as_tcvn.extend(word.chars().map(|c| tcvn3_char(c).unwrap_or(c)));
                as_tcvn != word
            };
            let vni_changes = has_vni && {
                as_vni.clear();
                decode_vni(word, |c, _, _| as_vni.push(c));
                as_vni != word
            };
            if tcvn_changes {
                t.tcvn.count(as_is, is_syllable(&as_tcvn));
            }
            if vni_changes {
                t.vni.count(as_is, is_syllable(&as_vni));
            }
        }
        t
    }

    /// Whether an encoding may be found once the words against it are counted too: one is found only with
    /// enough words for it ([`Score::found`]).
    fn may_find(&self) -> bool {
        [self.tcvn, self.vni].iter().any(|s| s.good >= 2 && s.good > 4 * self.unicode)
    }
}

/// TCVN3 (VN3 of TCVN 5712:1993): code (as the Latin-1 character it shows as) → Unicode letter.
const TCVN3: [(char, char); 67] = [
    ('\u{B5}', 'à'),
    ('\u{B8}', 'á'),
    ('\u{B6}', 'ả'),
    ('\u{B7}', 'ã'),
    ('\u{B9}', 'ạ'),
    ('\u{A8}', 'ă'),
    ('\u{BB}', 'ằ'),
    ('\u{BE}', 'ắ'),
    ('\u{BC}', 'ẳ'),
    ('\u{BD}', 'ẵ'),
    ('\u{C6}', 'ặ'),
    ('\u{A9}', 'â'),
    ('\u{C7}', 'ầ'),
    ('\u{CA}', 'ấ'),
    ('\u{C8}', 'ẩ'),
    ('\u{C9}', 'ẫ'),
    ('\u{CB}', 'ậ'),
    ('\u{CC}', 'è'),
    ('\u{D0}', 'é'),
    ('\u{CE}', 'ẻ'),
    ('\u{CF}', 'ẽ'),
    ('\u{D1}', 'ẹ'),
    ('\u{AA}', 'ê'),
    ('\u{D2}', 'ề'),
    ('\u{D5}', 'ế'),
    ('\u{D3}', 'ể'),
    ('\u{D4}', 'ễ'),
    ('\u{D6}', 'ệ'),
    ('\u{D7}', 'ì'),
    ('\u{DD}', 'í'),
    ('\u{D8}', 'ỉ'),
    ('\u{DC}', 'ĩ'),
    ('\u{DE}', 'ị'),
    ('\u{DF}', 'ò'),
    ('\u{E3}', 'ó'),
    ('\u{E1}', 'ỏ'),
    ('\u{E2}', 'õ'),
    ('\u{E4}', 'ọ'),
    ('\u{AB}', 'ô'),
    ('\u{E5}', 'ồ'),
    ('\u{E8}', 'ố'),
    ('\u{E6}', 'ổ'),
    ('\u{E7}', 'ỗ'),
    ('\u{E9}', 'ộ'),
    ('\u{AC}', 'ơ'),
    ('\u{EA}', 'ờ'),
    ('\u{ED}', 'ớ'),
    ('\u{EB}', 'ở'),
    ('\u{EC}', 'ỡ'),
    ('\u{EE}', 'ợ'),
    ('\u{EF}', 'ù'),
    ('\u{F3}', 'ú'),
    ('\u{F1}', 'ủ'),
    ('\u{F2}', 'ũ'),
    ('\u{F4}', 'ụ'),
    ('\u{AD}', 'ư'),
    ('\u{F5}', 'ừ'),
    ('\u{F8}', 'ứ'),
    ('\u{F6}', 'ử'),
    ('\u{F7}', 'ữ'),
    ('\u{F9}', 'ự'),
    ('\u{FA}', 'ỳ'),
    ('\u{FD}', 'ý'),
    ('\u{FB}', 'ỷ'),
    ('\u{FC}', 'ỹ'),
    ('\u{FE}', 'ỵ'),
    ('\u{AE}', 'đ'),
];

/// The upper-case letters VN3 has.
const UPPER_TCVN3: [(char, char); 7] = [
    ('\u{A1}', 'Ă'),
    ('\u{A2}', 'Â'),
    ('\u{A3}', 'Ê'),
    ('\u{A4}', 'Ô'),
    ('\u{A5}', 'Ơ'),
    ('\u{A6}', 'Ư'),
    ('\u{A7}', 'Đ'),
];

/// For each code U+00A1..=U+00FE, the Unicode letter it stands for in TCVN3 ([`TCVN3`], [`UPPER_TCVN3`]) as a
/// 16-bit code point (every one is below U+1F00), 0 for none.
const TCVN3_OF: [u16; 94] = {
    let mut table = [0u16; 94];
    let mut i = 0;
    while i < TCVN3.len() + UPPER_TCVN3.len() {
        let (code, letter) = if i < TCVN3.len() { TCVN3[i] } else { UPPER_TCVN3[i - TCVN3.len()] };
        table[code as usize - 0xA1] = letter as u16;
        i += 1;
    }
    table
};

/// The Unicode letter a TCVN3 code stands for.
fn tcvn3_char(c: char) -> Option<char> {
    if !('\u{A1}'..='\u{FE}').contains(&c) {
        return None;
    }
    match TCVN3_OF[c as usize - 0xA1] {
        0 => None,
        u => char::from_u32(u32::from(u)),
    }
}

// Combining marks: the modifiers and the five tones.
const CIRCUMFLEX: char = '\u{302}';
const BREVE: char = '\u{306}';
const HORN: char = '\u{31B}';
const TONE_MARKS: [char; 5] = ['\u{300}', '\u{301}', '\u{309}', '\u{303}', '\u{323}'];

/// VNI diacritic codes (lower case; the upper-case code is the Latin-1 upper case of each) and what they add:
/// a modifier (`None`, circumflex, breve) and a tone (0 none, 1 grave, 2 acute, 3 hook, 4 tilde, 5 dot).
const VNI_MARKS: [(char, Option<char>, usize); 17] = [
    ('ø', None, 1),
    ('ù', None, 2),
    ('û', None, 3),
    ('õ', None, 4),
    ('ï', None, 5),
    ('â', Some(CIRCUMFLEX), 0),
    ('à', Some(CIRCUMFLEX), 1),
    ('á', Some(CIRCUMFLEX), 2),
    ('å', Some(CIRCUMFLEX), 3),
    ('ã', Some(CIRCUMFLEX), 4),
    ('ä', Some(CIRCUMFLEX), 5),
    ('ê', Some(BREVE), 0),
    ('è', Some(BREVE), 1),
    ('é', Some(BREVE), 2),
    ('ú', Some(BREVE), 3),
    ('ü', Some(BREVE), 4),
    ('ë', Some(BREVE), 5),
];

/// VNI letters of one code (lower case; the upper-case code is the Latin-1 upper case): code → Unicode lower
/// case, upper case.
const VNI_SINGLE: [(char, char, char); 9] = [
    ('ñ', 'đ', 'Đ'),
    ('ô', 'ơ', 'Ơ'),
    ('ö', 'ư', 'Ư'),
    ('ì', 'ì', 'Ì'),
    ('í', 'í', 'Í'),
    ('æ', 'ỉ', 'Ỉ'),
    ('ó', 'ĩ', 'Ĩ'),
    ('ò', 'ị', 'Ị'),
    ('î', 'ỵ', 'Ỵ'),
];

/// The VNI diacritic codes and one-code letters (lower case, all in U+00E0..=U+00FF), one bit each from
/// U+00E0.
const VNI_CODES: u32 = {
    let mut mask = 0u32;
    let mut i = 0;
    while i < VNI_MARKS.len() {
        mask |= 1 << (VNI_MARKS[i].0 as u32 - 0xE0);
        i += 1;
    }
    let mut i = 0;
    while i < VNI_SINGLE.len() {
        if VNI_SINGLE[i].0 as u32 != VNI_SINGLE[i].1 as u32 {
            mask |= 1 << (VNI_SINGLE[i].0 as u32 - 0xE0);
        }
        i += 1;
    }
    mask
};

/// Whether `c` is one of the VNI diacritic or one-code letters (either case).
fn is_vni_code(c: char) -> bool {
    let l = latin1_lower(c) as u32;
    (0xE0..=0xFF).contains(&l) && VNI_CODES >> (l - 0xE0) & 1 == 1
}

/// Lower case of a Latin-1 letter (the VNI codes are Latin-1).
fn latin1_lower(c: char) -> char {
    if ('\u{C0}'..='\u{DE}').contains(&c) && c != '\u{D7}' {
        char::from_u32(c as u32 + 0x20).unwrap_or(c)
    } else {
        c.to_ascii_lowercase()
    }
}

/// Upper case of a Latin-1 letter (no general case table: it would weigh on the page's wasm).
fn latin1_upper(c: char) -> char {
    if ('\u{E0}'..='\u{FE}').contains(&c) && c != '\u{F7}' {
        char::from_u32(c as u32 - 0x20).unwrap_or(c)
    } else {
        c.to_ascii_uppercase()
    }
}

/// A VNI base vowel: its Unicode base letter, horn or not, upper case or not.
fn vni_base(c: char) -> Option<(char, bool, bool)> {
    let upper = c.is_uppercase();
    let base = match latin1_lower(c).to_ascii_lowercase() {
        b @ ('a' | 'e' | 'o' | 'u' | 'y') => (b, false),
        'ô' => ('o', true),
        'ö' => ('u', true),
        _ => return None,
    };
    Some((base.0, base.1, upper))
}

/// Decodes VNI text, calling `out(letter, first original code point, one past the last)` for each letter.
fn decode_vni(text: &str, mut out: impl FnMut(char, usize, usize)) {
    let mut chars = text.chars().enumerate().peekable();
    let mut cluster = String::new();
    while let Some((i, c)) = chars.next() {
        if let (Some((base, horn, upper)), Some(&(_, next))) = (vni_base(c), chars.peek()) {
            let mark = latin1_lower(next);
            if let Some(&(_, modifier, tone)) = VNI_MARKS.iter().find(|m| m.0 == mark) {
                // The circumflex goes on a, e, o; the breve on a; tones on every vowel.
                let fits = match modifier {
                    None => true,
                    Some(CIRCUMFLEX) => !horn && matches!(base, 'a' | 'e' | 'o'),
                    _ => !horn && base == 'a',
                };
                if fits {
                    chars.next();
                    cluster.clear();
                    cluster.push(if upper { base.to_ascii_uppercase() } else { base });
                    cluster.extend(modifier);
                    if horn {
                        cluster.push(HORN);
                    }
                    if tone > 0 {
                        cluster.push(TONE_MARKS[tone - 1]);
                    }
                    let composed = crate::nfc::nfc(&cluster).chars().next().unwrap_or(c);
                    out(composed, i, i + 2);
                    continue;
                }
            }
        }
        let l = latin1_lower(c);
        let single =
            VNI_SINGLE.iter().find(|s| s.0 == l).map(|&(_, lower, upper)| if c != l { upper } else { lower });
        out(single.unwrap_or(c), i, i + 1);
    }
}

/// Writes one NFC letter in VNI.
fn encode_vni(c: char, out: &mut String) {
    let upper = c.is_uppercase();
    let case = |x: char| if upper { latin1_upper(x) } else { x };
    if let Some(&(code, _, _)) = VNI_SINGLE.iter().find(|s| (s.1 == c || s.2 == c) && s.0 != s.1) {
        out.push(case(code));
        return;
    }
    let mut parts = crate::nfc::nfd([c]).into_iter();
    let Some(base) = parts.next() else { return };
    let marks: Vec<char> = parts.collect();
    let lb = base.to_ascii_lowercase();
    if marks.is_empty() || !matches!(lb, 'a' | 'e' | 'i' | 'o' | 'u' | 'y') {
        out.push(c);
        return;
    }
    let modifier = marks.iter().copied().find(|m| matches!(*m, CIRCUMFLEX | BREVE | HORN));
    let tone = marks
        .iter()
        .position(|m| TONE_MARKS.contains(m))
        .map_or(0, |p| TONE_MARKS.iter().position(|t| *t == marks[p]).map_or(0, |t| t + 1));
    if marks.len() > usize::from(modifier.is_some()) + usize::from(tone > 0)
        || (lb == 'i' && modifier.is_some())
    {
        out.push(c);
        return;
    }
    match (lb, modifier) {
        // ì and í are written as themselves; the other toned i have codes of their own (above).
        ('i', _) => out.push(c),
        (_, Some(HORN)) => {
            let horn_letter = if lb == 'o' { 'ô' } else { 'ö' };
            out.push(case(horn_letter));
            if tone > 0 {
                out.push(case(VNI_MARKS[tone - 1].0));
            }
        }
        (_, m) => {
            out.push(base);
            if let Some(&(code, _, _)) = VNI_MARKS.iter().find(|x| x.1 == m && x.2 == tone) {
                out.push(case(code));
            }
        }
    }
}

/// Lower case of a letter, one code point.
fn lower_vietnamese(c: char) -> char {
    let mut l = c.to_lowercase();
    match (l.next(), l.next()) {
        (Some(x), None) => x,
        _ => c,
    }
}

/// Letters only Unicode has (never a legacy code shown as Latin-1): ă đ ơ ư ĩ ũ and the Vietnamese block.
fn is_unicode_only_letter(c: char) -> bool {
    matches!(
        c,
        'ă' | 'Ă' | 'đ' | 'Đ' | 'ơ' | 'Ơ' | 'ư' | 'Ư' | 'ĩ' | 'Ĩ' | 'ũ' | 'Ũ' | '\u{1EA0}'..='\u{1EF9}'
    )
}

/// The Vietnamese combining diacritics.
fn is_vietnamese_mark(c: char) -> bool {
    matches!(c, '\u{300}' | '\u{301}' | '\u{303}' | '\u{309}' | '\u{323}' | CIRCUMFLEX | BREVE | HORN)
}

fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}')
}

/// Onsets of Vietnamese syllables, in byte order (they are binary-searched).
const ONSETS: &[&str] = &[
    "b", "c", "ch", "d", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p", "ph", "qu",
    "r", "s", "t", "th", "tr", "v", "x", "đ",
];
/// Codas of Vietnamese syllables (the glides i, y, o, u are part of the vowel), in byte order.
const CODAS: &[&str] = &["c", "ch", "m", "n", "ng", "nh", "p", "t"];
/// Vowels (without their tone) of Vietnamese syllables, in byte order.
const NUCLEI: &[&str] = &[
    "a", "ai", "ao", "au", "ay", "e", "eo", "i", "ia", "iu", "iê", "iêu", "o", "oa", "oai", "oao", "oay",
    "oe", "oeo", "oi", "oo", "oy", "oă", "u", "ua", "uai", "ui", "uy", "uya", "uyu", "uyê", "uâ", "uây",
    "uê", "uô", "uôi", "uơ", "y", "yê", "yêu", "â", "âu", "ây", "ê", "êu", "ô", "ôi", "ôô", "ă", "ơ", "ơi",
    "ư", "ưa", "ưi", "ưo", "ưu", "ươ", "ươi", "ươu",
];

/// Up to 3 code points as one number, the first in the highest bits (each one plus one, so that no code
/// point packs as the nothing after a shorter string): numbers of strings compare as the strings do, so the
/// parts of syllables are looked up by binary search without comparing strings. `None` for longer strings,
/// which are no part of a syllable.
const fn pack(chars: &[char]) -> Option<u64> {
    if chars.len() > 3 {
        return None;
    }
    let mut v = 0u64;
    let mut i = 0;
    while i < chars.len() {
        v |= (chars[i] as u64 + 1) << (42 - 21 * i);
        i += 1;
    }
    Some(v)
}

/// [`pack`] of every one of `parts` (in byte order, each at most 3 code points).
const fn packed<const N: usize>(parts: &[&str]) -> [u64; N] {
    let mut out = [0u64; N];
    let mut i = 0;
    while i < N {
        // (The code points of a part, decoded by hand: `chars` is no `const fn`.)
        let bytes = parts[i].as_bytes();
        let mut chars = ['\0'; 3];
        let (mut b, mut n) = (0, 0);
        while b < bytes.len() {
            let (c, len) = match bytes[b] {
                x if x < 0x80 => (x as u32, 1),
                x => (((x as u32 & 0x1F) << 6) | (bytes[b + 1] as u32 & 0x3F), 2),
            };
            assert!(n < 3 && c < 0x800, "a part of a syllable is at most 3 letters below U+0800");
            chars[n] = match char::from_u32(c) {
                Some(c) => c,
                None => panic!("a letter"),
            };
            (b, n) = (b + len, n + 1);
        }
        out[i] = match pack(chars.split_at(n).0) {
            Some(v) => v,
            None => panic!("at most 3 letters"),
        };
        assert!(i == 0 || out[i - 1] < out[i], "the parts are in byte order");
        i += 1;
    }
    out
}

const ONSETS_PACKED: [u64; ONSETS.len()] = packed(ONSETS);
const CODAS_PACKED: [u64; CODAS.len()] = packed(CODAS);
const NUCLEI_PACKED: [u64; NUCLEI.len()] = packed(NUCLEI);

/// Is `part` one of the `parts` ([`packed`])?
fn is_one_of(part: &[char], parts: &[u64]) -> bool {
    pack(part).is_some_and(|p| parts.binary_search(&p).is_ok())
}

/// The vowel letters of syllables (without tone).
fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'ă' | 'â' | 'e' | 'ê' | 'i' | 'o' | 'ô' | 'ơ' | 'u' | 'ư' | 'y')
}

/// Whether `word` (trimmed of punctuation) is one Vietnamese syllable, with at most one tone.
fn is_syllable(word: &str) -> bool {
    let word = word.trim_matches(|c: char| !c.is_alphanumeric());
    // One letter is too little to tell (`©` in TCVN3 would be `â`).
    if !(2..=10).contains(&word.chars().count()) {
        return false;
    }
    // Strip the tone, keep the modifiers: letter by letter for the letters of Vietnamese syllables (written
    // on the stack), else by decomposing the word and composing it again.
    let mut letters = ['\0'; 10];
    let mut n = 0;
    let mut tones = 0;
    let plain_letters = word.chars().all(|c| {
        strip_tone(c)
            .map(|(p, toned)| {
                letters[n] = p;
                n += 1;
                tones += usize::from(toned);
            })
            .is_some()
    });
    let decomposed: Vec<char>;
    let plain = if plain_letters {
        &letters[..n]
    } else {
        let (p, t) = strip_tones(word);
        (decomposed, tones) = (p.chars().collect(), t);
        &decomposed[..]
    };
    if tones > 1 {
        return false;
    }
    // An onset (or none), a vowel, a coda (or none): the vowel is vowel letters only, the codas and the
    // onsets are consonants only but gi and qu (onsets when a vowel follows). So the onset is the consonants
    // the word starts with (and the i, u after g, q), the coda those it ends with.
    let n = plain.len();
    let onset = plain.iter().take_while(|&&c| !is_vowel(c)).count();
    let coda = plain[onset..].iter().rev().take_while(|&&c| !is_vowel(c)).count();
    let fits = |o: usize| {
        o + coda < n
            && (o == 0 || is_one_of(&plain[..o], &ONSETS_PACKED))
            && (coda == 0 || is_one_of(&plain[n - coda..], &CODAS_PACKED))
            && is_one_of(&plain[o..n - coda], &NUCLEI_PACKED)
    };
    fits(onset)
        || matches!((&plain[..onset], plain.get(onset)), (['g'], Some('i')) | (['q'], Some('u')))
            && fits(onset + 1)
}

/// `word` in lowercase without its tone marks (NFC), and how many it had.
fn strip_tones(word: &str) -> (String, usize) {
    let mut plain = String::with_capacity(word.len());
    let mut tones = 0;
    for c in crate::nfc::nfd(word.chars().flat_map(|c| c.to_lowercase())) {
        if TONE_MARKS.contains(&c) {
            tones += 1;
        } else {
            plain.push(c);
        }
    }
    (crate::nfc::nfc(&plain), tones)
}

/// The Vietnamese vowels in lowercase, each without a tone then with its five.
const VOWELS: [[char; 6]; 12] = [
    ['a', 'à', 'á', 'ả', 'ã', 'ạ'],
    ['ă', 'ằ', 'ắ', 'ẳ', 'ẵ', 'ặ'],
    ['â', 'ầ', 'ấ', 'ẩ', 'ẫ', 'ậ'],
    ['e', 'è', 'é', 'ẻ', 'ẽ', 'ẹ'],
    ['ê', 'ề', 'ế', 'ể', 'ễ', 'ệ'],
    ['i', 'ì', 'í', 'ỉ', 'ĩ', 'ị'],
    ['o', 'ò', 'ó', 'ỏ', 'õ', 'ọ'],
    ['ô', 'ồ', 'ố', 'ổ', 'ỗ', 'ộ'],
    ['ơ', 'ờ', 'ớ', 'ở', 'ỡ', 'ợ'],
    ['u', 'ù', 'ú', 'ủ', 'ũ', 'ụ'],
    ['ư', 'ừ', 'ứ', 'ử', 'ữ', 'ự'],
    ['y', 'ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ'],
];

/// The vowels of [`VOWELS`] from U+00C0 on, by code point from `FROM`: each one's plain vowel, and
/// [`TONED`] when it has a tone (0 for the other code points).
const fn toneless<const FROM: u32, const N: usize>() -> [u16; N] {
    let mut table = [0u16; N];
    let mut row = 0;
    while row < VOWELS.len() {
        let mut tone = 0;
        while tone < 6 {
            let v = VOWELS[row][tone] as u32;
            if v >= FROM && v < FROM + N as u32 {
                table[(v - FROM) as usize] = VOWELS[row][0] as u16 | if tone > 0 { TONED } else { 0 };
            }
            tone += 1;
        }
        row += 1;
    }
    table
}

/// The mark of a toned vowel in the [`toneless`] tables (every plain vowel is below U+0200).
const TONED: u16 = 0x8000;
/// [`toneless`] of the Latin letters (U+00C0 to ư, U+01B0).
const LATIN_TONELESS: [u16; 0xF1] = toneless::<0xC0, 0xF1>();
/// [`toneless`] of the Vietnamese block (U+1EA0 to U+1EF9).
const VIETNAMESE_TONELESS: [u16; 0x5A] = toneless::<0x1EA0, 0x5A>();

/// A letter or digit of Vietnamese syllables (either case) in lowercase without its tone, and whether it had
/// one: what [`strip_tones`] makes of it, without decomposing. `None` for any other character.
fn strip_tone(c: char) -> Option<(char, bool)> {
    if c.is_ascii_alphanumeric() {
        return Some((c.to_ascii_lowercase(), false));
    }
    let l = crate::recognizers::date::lower_char(c);
    if l == 'đ' {
        return Some((l, false));
    }
    let u = l as usize;
    let entry = match u {
        0xC0..=0x1B0 => LATIN_TONELESS[u - 0xC0],
        0x1EA0..=0x1EF9 => VIETNAMESE_TONELESS[u - 0x1EA0],
        _ => 0,
    };
    let plain = char::from_u32(u32::from(entry & !TONED)).filter(|_| entry != 0)?;
    Some((plain, entry & TONED != 0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    #[test]
    fn letters_lose_their_tone_as_decomposing_takes_it_off() {
        let mut letters = 0;
        for c in '\0'..=char::MAX {
            if let Some((plain, toned)) = strip_tone(c) {
                assert_eq!((plain.to_string(), usize::from(toned)), strip_tones(&c.to_string()), "{c:?}");
                letters += 1;
            }
        }
        // Digits, a to z and đ in either case, and the 12 vowels and their tones beyond ASCII in either case.
        assert_eq!(letters, 10 + 2 * 26 + 2 + 2 * (12 * 6 - 6));
    }

    /// Real sentences of official news, their TCVN3 and their VNI forms as pasted.
    const CASES: &[(&str, &str, &str)] = &[
        (
            "Ban Chấp hành Trung ương Đảng",
            "Ban ChÊp hµnh Trung \u{AD}¬ng §¶ng",
            "Ban Chaáp haønh Trung öông Ñaûng",
        ),
        (
            "Tỉnh ủy Yên Bái tổ chức hội nghị",
            "TØnh ñy Yªn B¸i tæ chøc héi nghÞ",
            "Tænh uûy Yeân Baùi toå chöùc hoäi nghò",
        ),
        (
            "đồng chí Nguyễn Văn Thắng, Bộ trưởng Bộ Tài chính",
            "®ång chÝ NguyÔn V¨n Th¾ng, Bé tr\u{AD}ëng Bé Tµi chÝnh",
            "ñoàng chí Nguyeãn Vaên Thaéng, Boä tröôûng Boä Taøi chính",
        ),
        (
            "Ủy ban nhân dân thành phố Hà Nội yêu cầu các sở",
            "ñy ban nh©n d©n thµnh phè Hµ Néi yªu cÇu c¸c së",
            "UÛy ban nhaân daân thaønh phoá Haø Noäi yeâu caàu caùc sôû",
        ),
    ];

    #[test]
    fn tcvn3_sentences_are_detected_and_repaired() {
        for (unicode, tcvn3, _) in CASES {
            let r = repair(tcvn3).unwrap_or_else(|| panic!("not detected: {tcvn3}"));
            assert_eq!(r.encoding, Encoding::Tcvn3, "{tcvn3}");
            // VN3 has no upper-case toned letters: `Ủy` typed in .VnTime is `ủy`.
            assert_eq!(r.text, unicode.replace("Ủy", "ủy"), "{tcvn3}");
            assert_eq!(r.len(), tcvn3.chars().count());
        }
    }

    #[test]
    fn vni_sentences_are_detected_and_repaired() {
        for (unicode, _, vni) in CASES {
            let r = repair(vni).unwrap_or_else(|| panic!("not detected: {vni}"));
            assert_eq!((r.encoding, r.text.as_str()), (Encoding::Vni, *unicode), "{vni}");
        }
    }

    #[test]
    fn encode_writes_the_pasted_forms() {
        for (unicode, tcvn3, vni) in CASES {
            assert_eq!(encode(&unicode.replace("Ủy", "ủy"), Encoding::Tcvn3), *tcvn3);
            assert_eq!(encode(unicode, Encoding::Vni), *vni);
        }
    }

    #[test]
    fn vni_offsets_map_each_letter_to_its_one_or_two_codes() {
        let r = repair("Ban Chaáp haønh Trung öông").unwrap();
        let slice = |s: usize, e: usize| -> String {
            let (a, b) = r.original_range(s, e);
            "Ban Chaáp haønh Trung öông".chars().skip(a).take(b - a).collect()
        };
        assert_eq!(slice(4, 8), "Chaáp");
        assert_eq!(slice(9, 13), "haønh");
        assert_eq!(slice(20, 24), "öông");
        assert_eq!(r.original_range(0, 0), (0, 0));
        assert_eq!(r.original_range(24, 24), (26, 26));
    }

    #[test]
    fn ordinary_text_is_not_legacy() {
        for text in [
            "Ban Chấp hành Trung ương Đảng",
            "Sáng 8/2, Tỉnh ủy Yên Bái tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh khóa XVIII.",
            "The Central Committee met in Hà Nội on Monday; Nestlé and Société Générale attended.",
            "Müller, Größe, Straße: Ärger über die Änderung. España, año, niño, señor.",
            "L'élève français à côté de l'hôtel, où il a été déçu.",
            "© 2025 Báo Chính phủ ® · « Thủ tướng » ¶",
            "",
            "a",
            "ñoàng",
        ] {
            assert_eq!(detect(text), None, "{text}");
        }
    }

    #[test]
    fn decomposed_text_is_detected_and_composed() {
        let nfd: String = "Tỉnh ủy Yên Bái tổ chức hội nghị".nfd().collect();
        let r = repair(&nfd).unwrap();
        assert_eq!((r.encoding, r.text.as_str()), (Encoding::Nfd, "Tỉnh ủy Yên Bái tổ chức hội nghị"));
        // `Tỉnh` was T, i, U+0309, n, h.
        assert_eq!(r.original_range(0, 4), (0, 5));
    }

    /// Detection as it was written first (a linear scan of the code tables, every word with a code weighed,
    /// the vowels looked up one by one): the fast [`detect`] must decide exactly as it does.
    mod reference {
        use super::super::{
            decode_vni, is_unicode_only_letter, is_vietnamese_mark, latin1_lower, strip_tones, Encoding,
            Score, CODAS, ONSETS, TCVN3, UPPER_TCVN3, VNI_MARKS, VNI_SINGLE,
        };

        pub(super) fn detect(text: &str) -> Option<Encoding> {
            // Legacy documents are of one piece: the first words tell.
            const MAX_WORDS: usize = 20_000;
            let (mut tcvn, mut vni, mut unicode, mut marks) =
                (Score::default(), Score::default(), 0usize, 0usize);
            let mut buf = String::new();
            for (n, word) in text.split_whitespace().take(MAX_WORDS).enumerate() {
                // Ordinary Unicode Vietnamese settles it within a few hundred words: stop reading once its words
                // outnumber those an encoding explained 32 to 1 (detection needs the reverse, 4 to 1).
                if n % 64 == 0 && unicode >= 64 && 32 * tcvn.good.max(vni.good) < unicode {
                    break;
                }
                marks += word.chars().filter(|&c| is_vietnamese_mark(c)).count();
                if word.chars().any(is_unicode_only_letter) {
                    // No legacy encoding writes these letters: the word is Unicode, nothing to convert.
                    unicode += 1;
                    continue;
                }
                let has_tcvn = word.chars().any(|c| tcvn3_char(c).is_some());
                let has_vni = word.chars().any(is_vni_code);
                if !has_tcvn && !has_vni {
                    continue;
                }
                let as_is = is_syllable(word);
                if has_tcvn {
                    buf.clear();
                    buf.extend(word.chars().map(|c| tcvn3_char(c).unwrap_or(c)));
                    tcvn.count(as_is, is_syllable(&buf));
                }
                if has_vni {
                    buf.clear();
                    decode_vni(word, |c, _, _| buf.push(c));
                    vni.count(as_is, is_syllable(&buf));
                }
            }
            let best = [(Encoding::Tcvn3, tcvn), (Encoding::Vni, vni)]
                .into_iter()
                .filter(|(_, s)| s.found(unicode))
                .max_by_key(|(_, s)| s.good);
            if let Some((encoding, _)) = best {
                return Some(encoding);
            }
            // Decomposed text: combining Vietnamese diacritics that composing changes.
            // (Not `unicode_normalization::is_nfc`: its slow path is `.nfc()`, which links the compatibility tables.)
            // (Asked only when there are marks: checking a long text is slow.)
            let is_nfc = || {
                unicode_normalization::is_nfc_quick(text.chars()) == unicode_normalization::IsNormalized::Yes
                    || crate::nfc::nfc(text) == text
            };
            if marks >= 2 && !is_nfc() {
                return Some(Encoding::Nfd);
            }
            None
        }

        fn tcvn3_char(c: char) -> Option<char> {
            if !('\u{A1}'..='\u{FE}').contains(&c) {
                return None;
            }
            TCVN3.iter().chain(UPPER_TCVN3.iter()).find(|&&(code, _)| code == c).map(|&(_, u)| u)
        }

        fn is_vni_code(c: char) -> bool {
            let l = latin1_lower(c);
            VNI_MARKS.iter().any(|m| m.0 == l) || VNI_SINGLE.iter().any(|s| s.0 == l && s.0 != s.1)
        }

        pub(super) fn is_syllable(word: &str) -> bool {
            let word = word.trim_matches(|c: char| !c.is_alphanumeric());
            if !(2..=10).contains(&word.chars().count()) {
                return false;
            }
            let (plain, tones) = strip_tones(word);
            if tones > 1 {
                return false;
            }
            let mut onsets = ONSETS.iter().filter(|o| plain.starts_with(**o)).map(|o| o.len()).chain([0]);
            onsets.any(|o| {
                let rest = &plain[o..];
                let coda_options = CODAS.iter().filter(|c| rest.ends_with(**c)).map(|c| c.len()).chain([0]);
                coda_options
                    .into_iter()
                    .any(|k| k < rest.len() && super::super::NUCLEI.contains(&&rest[..rest.len() - k]))
            })
        }
    }

    /// Texts where the words an encoding spoils decide (`Yên`, `viên`, `xuyên`: syllables as written, no
    /// syllables once read as TCVN3): read without counting them, an encoding may be found, and the second,
    /// full reading must decide as the first detection did.
    #[test]
    fn words_against_an_encoding_still_decide() {
        let tcvn3 = "Ban ChÊp hµnh Trung \u{AD}¬ng §¶ng";
        for (text, expected) in [
            (tcvn3.to_string(), Some(Encoding::Tcvn3)),
            (format!("{tcvn3} Yên"), Some(Encoding::Tcvn3)),
            (format!("Yên viên {tcvn3}"), None),
            (format!("Yên viên {tcvn3} {tcvn3}"), Some(Encoding::Tcvn3)),
            (format!("Yên viên xuyên tuyên thiên nghiêm, {tcvn3} {tcvn3}"), None),
            (format!("{} Yên viên", CASES[1].2), Some(Encoding::Vni)),
        ] {
            assert!(Tally::read(&text, false).may_find(), "{text}");
            assert_eq!(detect(&text), reference::detect(&text), "{text}");
            assert_eq!(detect(&text), expected, "{text}");
        }
    }

    /// Words of every shape detection meets: Unicode Vietnamese with its TCVN3 and VNI forms (one row each),
    /// then words of other languages and symbols (the same in every column).
    fn mixed_words() -> Vec<[String; 3]> {
        let unicode = CASES.iter().map(|c| c.0).collect::<Vec<_>>().join(" ")
            + " nghiêng quyết giữ khuya Ảnh: TTXVN Việt năm ổn định quý ỹ (tỉnh) Đảng, 15/7/2025 - ở ạ oa";
        let mut words: Vec<[String; 3]> = unicode
            .split(' ')
            .map(|w| [w.to_string(), encode(w, Encoding::Tcvn3), encode(w, Encoding::Vni)])
            .collect();
        let other =
            "The Central Committee met Monday Nestlé Société Générale Müller Größe Straße Ärger über \
                     España año niño señor L'élève français côté l'hôtel où été déçu © ® · « » ¶ â ñoàng a";
        words.extend(other.split(' ').map(|w| [w, w, w].map(str::to_string)));
        words
    }

    #[test]
    fn the_word_test_agrees_with_the_first_one() {
        let mut words: Vec<String> = mixed_words().into_iter().flatten().collect();
        words.extend(
            ["cáà", "ađo", "xyz", "chaáp", "hµnh", "haønh", "oo", "ôô", "uyu", "ươu", "gi", "qua"]
                .map(String::from),
        );
        for w in &words {
            assert_eq!(is_syllable(w), reference::is_syllable(w), "{w:?}");
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]

        /// Articles of a few hundred words (past the early stops every 64 words), mostly in one shape (`form`,
        /// `share` eighths of the words) and the rest in any, after `lead` Unicode words, decide as the first
        /// detection did.
        #[test]
        fn detection_decides_as_the_first_one(
            picks in proptest::collection::vec((0usize..1000, 0usize..24), 0..400),
            form in 0usize..3,
            share in 0usize..9,
            lead in 0usize..300,
            junk in proptest::prelude::any::<String>(),
        ) {
            let words = mixed_words();
            // `lead` Unicode words first: the early stops must not cut a legacy article short.
            let mut text = String::new();
            for k in 0..lead {
                text.push_str(&words[k * 7 % words.len()][0]);
                text.push(' ');
            }
            for (w, r) in picks {
                let shape = if r % 8 < share { form } else { r % 3 };
                text.push_str(&words[w % words.len()][shape]);
                text.push_str([" ", ", ", "\n", " "][r % 4]);
            }
            proptest::prop_assert_eq!(detect(&text), reference::detect(&text));
            let noisy = format!("{junk} {text}");
            proptest::prop_assert_eq!(detect(&noisy), reference::detect(&noisy));
            for w in junk.split_whitespace() {
                proptest::prop_assert_eq!(is_syllable(w), reference::is_syllable(w));
            }
        }
    }

    #[test]
    fn syllables() {
        for w in ["chấp", "hành", "ương", "nghiêng", "quyết", "giữ", "khuya", "Đảng,", "(tỉnh)", "oa"]
        {
            assert!(is_syllable(w), "{w}");
        }
        for w in ["hµnh", "haønh", "chaáp", "müller", "straße", "xyz", "cáà", "ađo", "â"] {
            assert!(!is_syllable(w), "{w}");
        }
    }
}
