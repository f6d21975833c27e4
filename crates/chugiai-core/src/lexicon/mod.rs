//! Lexicons compiled into the binary from the data files in `crates/chugiai-core/data/`
//! (each folder with its provenance and licence beside it).
//!
//! - `admin`: administrative units before and after the 1 July 2025 reorganisation;
//! - [`bodies`]: names, acronyms and head words of Party, State, army, police, mass-organisation and media bodies;
//! - [`titles`]: titles of office, ranks and memberships;
//! - [`is_surname`]: Vietnamese family names.
//!
//! Every lexicon is parsed once, on first use.

pub(crate) mod admin;
pub(crate) mod doc_kinds;
pub(crate) mod places;

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use crate::text::{word_hash, Gap, Token, TokenBuf};

/// A fast hash for the short string keys of the lexicons (no untrusted keys reach these tables' keys): the
/// Fx hash (rustc's), eight bytes at a time, the last ones padded with zeros.
#[derive(Default)]
pub(crate) struct Fx(u64);

impl std::hash::Hasher for Fx {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            h = (h.rotate_left(5) ^ u64::from_le_bytes(c.try_into().unwrap_or_default())).wrapping_mul(K);
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let last = rest.iter().rev().fold(0, |v, &b| v << 8 | u64::from(b));
            h = (h.rotate_left(5) ^ last).wrapping_mul(K);
        }
        self.0 = h;
    }
    fn write_u8(&mut self, b: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

/// A map keyed by [`word_hash`]es.
pub(crate) type ByHash<V> = HashMap<u64, V, std::hash::BuildHasherDefault<IdHash>>;
/// A hash set of short strings, with the [`Fx`] hasher.
pub(crate) type FastSet<K> = HashSet<K, std::hash::BuildHasherDefault<Fx>>;
/// A hash map keyed by short strings, with the [`Fx`] hasher.
pub(crate) type FastMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<Fx>>;

/// The pieces of `s` between the ASCII bytes `sep`, as `str::split` gives them, by a plain byte scan: several
/// times cheaper than the standard library's searcher at opt-level "z" on the short lines of the data files,
/// which are all read on the engine's first call.
pub(crate) fn split_at(s: &str, sep: u8) -> impl Iterator<Item = &str> {
    debug_assert!(sep.is_ascii());
    let mut rest = Some(s);
    std::iter::from_fn(move || {
        let r = rest?;
        match r.bytes().position(|b| b == sep) {
            Some(i) => {
                rest = Some(&r[i + 1..]);
                Some(&r[..i])
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}

/// The lines of a data file, as `str::lines` gives them.
pub(crate) fn lines(data: &str) -> impl Iterator<Item = &str> {
    let mut rest = data;
    std::iter::from_fn(move || {
        // (Nothing after a final line break, or an empty text: no more lines.)
        if rest.is_empty() {
            return None;
        }
        let line = match rest.bytes().position(|b| b == b'\n') {
            Some(i) => {
                let line = &rest[..i];
                rest = &rest[i + 1..];
                line.strip_suffix('\r').unwrap_or(line)
            }
            // (A last line without a line break keeps its carriage return.)
            None => std::mem::take(&mut rest),
        };
        Some(line)
    })
}

/// Whether a line of a data file holds a row: it is neither empty nor a `#` comment (its first byte told
/// without a string search).
pub(crate) fn is_row(line: &str) -> bool {
    line.as_bytes().first().is_some_and(|&b| b != b'#')
}

/// The tab-separated columns of a line, as `line.split('\t')` gives them.
pub(crate) fn columns(line: &str) -> impl Iterator<Item = &str> {
    split_at(line, b'\t')
}

/// One lexicon phrase: its words in lowercase, what kind of entry it is, and the full name of a short form.
#[derive(Debug)]
pub(crate) struct Phrase {
    /// The phrase as written in the data file.
    pub text: &'static str,
    /// The phrase in lowercase.
    pub lower: &'static str,
    /// Its tokens: their index range in [`PhraseSet::words`].
    words: std::ops::Range<u32>,
    /// The kind column of the data file.
    pub kind: &'static str,
    /// The third column: the full name of an acronym, or a flag.
    pub extra: Option<&'static str>,
}

/// One token of a phrase.
#[derive(Debug)]
struct Word {
    /// In lowercase.
    lower: &'static str,
    /// The [`word_hash`] of `lower`, compared before the word itself.
    hash: u64,
    /// Whether it follows a space (else it touches the word before); the first word's says nothing.
    spaced: bool,
}

/// A set of phrases matched word by word, case-blind, at a token position.
pub(crate) struct PhraseSet {
    phrases: Vec<Phrase>,
    /// The words of every phrase, phrase after phrase.
    words: Vec<Word>,
    /// The phrases of two or more words (their indexes), those with the same key of their first two words
    /// together, longest first, then in file order.
    multi: Vec<u32>,
    /// By the [`pair_key`] of their first two words' [`word_hash`]es, the range of `multi` of the phrases
    /// starting with them: only these are compared with the tokens, not every phrase of the first word.
    by_pair: ByHash<(u32, u32)>,
    /// The phrases of one word (their indexes), those of the same word together, in file order.
    single: Vec<u32>,
    /// By [`word_hash`], the range of `single` of the phrases of that word.
    by_word: ByHash<(u32, u32)>,
    /// The first words' hashes, 4096 bits: most tokens are ruled out without a map probe.
    bloom: Box<Bloom<64>>,
    /// The keys of [`PhraseSet::by_pair`] and [`PhraseSet::by_word`], 4096 bits: most tokens that pass
    /// [`PhraseSet::bloom`] start no phrase of two words or none of one, told without a map probe.
    keys: Box<Bloom<64>>,
}

/// The key of two words' [`word_hash`]es, for [`PhraseSet::by_pair`].
fn pair_key(first: u64, second: u64) -> u64 {
    (first.rotate_left(29) ^ second).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// Sorts phrases keyed (key, minus the word count, phrase): the phrases in that order, and by key their range.
fn index(mut keyed: Vec<(u64, i32, u32)>) -> (Vec<u32>, ByHash<(u32, u32)>) {
    keyed.sort_unstable();
    let mut by_key: ByHash<(u32, u32)> = ByHash::default();
    by_key.reserve(keyed.len());
    for (at, &(key, _, _)) in keyed.iter().enumerate() {
        by_key.entry(key).or_insert((at as u32, at as u32)).1 = at as u32 + 1;
    }
    (keyed.into_iter().map(|(_, _, k)| k).collect(), by_key)
}

/// A hasher for keys that are hashes already.
#[derive(Default)]
pub(crate) struct IdHash(u64);

impl std::hash::Hasher for IdHash {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) ^ u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// `hash` multiplied by an odd constant (Fibonacci hashing), so that its top bits depend on all of its bits.
/// The top bits of an FNV-1a hash ([`word_hash`], [`crate::text::fnv_char`]) barely depend on the last byte
/// hashed: taken as they are, words that differ only at their end (`của`, `cục`) share a Bloom bit or a slot.
#[inline]
pub(crate) const fn spread(hash: u64) -> u64 {
    hash.wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// A Bloom filter of [`word_hash`]es, `64 * W` bits, one per hash: most words are ruled out by one bit test
/// before a map probe.
pub(crate) struct Bloom<const W: usize>([u64; W]);

impl<const W: usize> Bloom<W> {
    pub fn new() -> Self {
        Bloom([0; W])
    }

    /// The word and bit of `hash`: the top bits of its [`spread`] (`W` is a power of two).
    #[inline(always)]
    fn bit(hash: u64) -> (usize, u64) {
        let b = (spread(hash) >> (64 - (64 * W).trailing_zeros())) as usize;
        (b >> 6, 1u64 << (b & 63))
    }

    pub fn insert(&mut self, hash: u64) {
        let (w, bit) = Self::bit(hash);
        self.0[w] |= bit;
    }

    /// False: `hash` was never inserted. True: it may have been.
    #[inline(always)]
    pub fn may_contain(&self, hash: u64) -> bool {
        let (w, bit) = Self::bit(hash);
        self.0[w] & bit != 0
    }
}

/// A small set of lowercase words (at most 32), asked of tokens: their [`word_hash`]es in an open-addressing
/// table of 64 slots built at compile time, behind a filter of 256 bits, so that most tokens are ruled out by
/// one bit, and a word of the set is found in a probe or two, before its text is compared. Cheaper than a
/// `match` on the strings, which compares the text of every token asked.
pub(crate) struct WordSet {
    /// By slot, the hash of a word (0: empty) and the word.
    slots: [(u64, &'static str); 64],
    /// The words' [`WordSet::bit`]s: a finer first test than their slots (256 bits for 64 slots).
    bits: [u64; 4],
}

impl WordSet {
    pub const fn new(words: &[&'static str]) -> Self {
        assert!(words.len() <= 32, "a small set");
        let mut slots = [(0, ""); 64];
        let mut bits = [0; 4];
        let mut k = 0;
        while k < words.len() {
            let hash = word_hash(words[k]);
            assert!(hash != 0, "0 marks an empty slot");
            let (w, bit) = Self::bit(hash);
            bits[w] |= bit;
            let mut at = Self::slot(hash);
            while slots[at].0 != 0 {
                at = (at + 1) % 64;
            }
            slots[at] = (hash, words[k]);
            k += 1;
        }
        WordSet { slots, bits }
    }

    /// The first slot of `hash`: the top six bits of its [`spread`].
    const fn slot(hash: u64) -> usize {
        (spread(hash) >> 58) as usize
    }

    /// The word of [`WordSet::bits`] and the bit of `hash`: the top eight bits of its [`spread`].
    #[inline(always)]
    const fn bit(hash: u64) -> (usize, u64) {
        let b = spread(hash) >> 56;
        ((b >> 6) as usize, 1 << (b & 63))
    }

    /// Is the token's lowercase one of the words?
    ///
    /// (Always inlined: it is asked of nearly every token, and nearly every token is ruled out by its bit,
    /// a multiply and a load cheaper than the call; the probe itself stays out of line.)
    #[inline(always)]
    pub fn contains(&self, t: &Token) -> bool {
        let (w, bit) = Self::bit(t.hash);
        self.bits[w] & bit != 0 && self.probe(t)
    }

    /// [`WordSet::contains`] past the bit test: the slots from the token's first one.
    #[inline(never)]
    fn probe(&self, t: &Token) -> bool {
        let mut at = Self::slot(t.hash);
        // (The table is at most half full: an empty slot always ends the probe.)
        loop {
            let (hash, word) = self.slots[at];
            if hash == 0 {
                return false;
            }
            if hash == t.hash && word == t.lower {
                return true;
            }
            at = (at + 1) % 64;
        }
    }
}

impl PhraseSet {
    /// Reads a lexicon file: one phrase a line, then its kind (`body` when missing) and an extra column,
    /// parted by tabs; `#` starts a comment line.
    ///
    /// The set is built once and kept for the program's life (its strings are leaked to borrow them for it):
    /// every phrase is tokenised in one pass, one phrase a line, and every lowercase string goes into one
    /// buffer, so the thousand or so words cost a handful of allocations.
    fn parse(data: &'static str) -> PhraseSet {
        // (text, kind, extra, first and one past the last code point in `chars`)
        let mut rows = Vec::new();
        let mut chars: Vec<char> = Vec::with_capacity(data.len());
        // The string of `chars`, written a line at a time rather than a code point at a time.
        let mut text_of_chars = String::with_capacity(data.len());
        for line in lines(data) {
            let line = line.trim_end();
            if !is_row(line) {
                continue;
            }
            let mut cols = columns(line);
            let text = cols.next().unwrap_or_default();
            let kind = cols.next().unwrap_or("body");
            let extra = cols.next();
            let start = chars.len();
            chars.extend(text.chars());
            rows.push((text, kind, extra, start, chars.len()));
            // (A line break parts tokens as the end of the text does: nothing joins across it.)
            chars.push('\n');
            text_of_chars.push_str(text);
            text_of_chars.push('\n');
        }
        let buf = TokenBuf::with_text(&chars, text_of_chars);
        let toks = buf.tokens();
        // Every phrase's lowercase and every word's, one after another, as byte ranges until the buffer is
        // complete.
        let mut lower = String::with_capacity(data.len() * 2);
        let mut phrases: Vec<(usize, (usize, usize), std::ops::Range<u32>)> = Vec::with_capacity(rows.len());
        let mut words: Vec<((usize, usize), u64, bool)> = Vec::with_capacity(toks.len());
        let mut t = 0;
        for (r, &(_, _, _, start, end)) in rows.iter().enumerate() {
            // The phrase's lowercase is its tokens' (`str::to_lowercase`) with the spaces between them.
            let first = words.len() as u32;
            let at = lower.len();
            let mut done = start;
            while t < toks.len() && toks[t].end <= end {
                let tok = &toks[t];
                lower.extend(&chars[done..tok.start]);
                let w = lower.len();
                lower.push_str(tok.lower);
                words.push(((w, lower.len()), tok.hash, tok.gap != Gap::None));
                done = tok.end;
                t += 1;
            }
            if words.len() as u32 == first {
                lower.truncate(at);
                continue;
            }
            lower.extend(&chars[done..end]);
            phrases.push((r, (at, lower.len()), first..words.len() as u32));
        }
        let lower: &'static str = String::leak(lower);
        let phrases: Vec<Phrase> = phrases
            .into_iter()
            .map(|(r, (a, b), words)| {
                let (text, kind, extra, _, _) = rows[r];
                Phrase { text, lower: &lower[a..b], words, kind, extra }
            })
            .collect();
        let words: Vec<Word> = words
            .into_iter()
            .map(|((a, b), hash, spaced)| Word { lower: &lower[a..b], hash, spaced })
            .collect();
        // Phrases of two or more words by the key of their first two words, phrases of one word by their word;
        // longest first, then in file order. Every phrase of a first word that matches at a token comes in the
        // same order as it would among all of that word's phrases sorted longest first. (Two pairs of words of
        // one key, should there be any, are told apart when the words are compared.)
        let mut multi: Vec<(u64, i32, u32)> = Vec::with_capacity(phrases.len());
        let mut single: Vec<(u64, i32, u32)> = Vec::new();
        let mut bloom = Box::new(Bloom::new());
        for (k, p) in phrases.iter().enumerate() {
            let w = &words[p.words.start as usize..p.words.end as usize];
            bloom.insert(w[0].hash);
            match w.get(1) {
                Some(second) => multi.push((pair_key(w[0].hash, second.hash), -(w.len() as i32), k as u32)),
                None => single.push((w[0].hash, -1, k as u32)),
            }
        }
        let mut keys = Box::new(Bloom::new());
        for &(key, _, _) in multi.iter().chain(&single) {
            keys.insert(key);
        }
        let (multi, by_pair) = index(multi);
        let (single, by_word) = index(single);
        PhraseSet { phrases, words, multi, by_pair, single, by_word, bloom, keys }
    }

    /// Every phrase that matches the tokens from `i`, longest first, with the index one past its last token.
    pub fn matches_at<'a>(
        &'a self,
        toks: &'a [Token],
        i: usize,
    ) -> impl Iterator<Item = (&'a Phrase, usize)> + 'a {
        let range = |by: &ByHash<(u32, u32)>, key| {
            if !self.keys.may_contain(key) {
                return 0..0;
            }
            by.get(&key).map_or(0..0, |&(a, b)| a as usize..b as usize)
        };
        let (multi, single) = match toks.get(i).filter(|t| self.bloom.may_contain(t.hash)) {
            Some(t) => (
                toks.get(i + 1).map_or(0..0, |n| range(&self.by_pair, pair_key(t.hash, n.hash))),
                range(&self.by_word, t.hash),
            ),
            None => (0..0, 0..0),
        };
        // (Every phrase of two words or more is longer than every phrase of one.)
        self.multi[multi].iter().chain(&self.single[single]).filter_map(move |&k| {
            let p = &self.phrases[k as usize];
            let end = i + (p.words.end - p.words.start) as usize;
            if end > toks.len() {
                return None;
            }
            let words = &self.words[p.words.start as usize..p.words.end as usize];
            if toks[i].lower != words[0].lower {
                return None;
            }
            for (w, word) in words.iter().enumerate().skip(1) {
                let t = &toks[i + w];
                let gap_ok = if word.spaced { t.gap == Gap::Space } else { t.gap == Gap::None };
                if !gap_ok || t.hash != word.hash || t.lower != word.lower {
                    return None;
                }
            }
            Some((p, end))
        })
    }

    /// Whether a phrase may start at token `i` (false: none does), by one bit of the Bloom filter: most tokens
    /// are ruled out here, before the look-up that [`PhraseSet::matches_at`] sets up. (Always inlined: the
    /// test is cheaper than a call.)
    #[inline(always)]
    pub fn may_start_at(&self, toks: &[Token], i: usize) -> bool {
        toks.get(i).is_some_and(|t| self.bloom.may_contain(t.hash))
    }

    /// The longest phrase matching at `i`. (The Bloom test inline, where most tokens end; the look-up out of
    /// line.)
    #[inline(always)]
    pub fn longest_at<'a>(&'a self, toks: &'a [Token], i: usize) -> Option<(&'a Phrase, usize)> {
        if !self.may_start_at(toks, i) {
            return None;
        }
        self.longest_from(toks, i)
    }

    /// [`PhraseSet::longest_at`] past the Bloom test.
    #[inline(never)]
    fn longest_from<'a>(&'a self, toks: &'a [Token], i: usize) -> Option<(&'a Phrase, usize)> {
        self.matches_at(toks, i).next()
    }
}

/// Names, acronyms, head words and qualifiers of bodies (`data/org/bodies.tsv`).
pub(crate) fn bodies() -> &'static PhraseSet {
    static SET: OnceLock<PhraseSet> = OnceLock::new();
    SET.get_or_init(|| PhraseSet::parse(include_str!("../../data/org/bodies.tsv")))
}

/// Titles of office, ranks and memberships (`data/position/titles.tsv`).
pub(crate) fn titles() -> &'static PhraseSet {
    static SET: OnceLock<PhraseSet> = OnceLock::new();
    SET.get_or_init(|| PhraseSet::parse(include_str!("../../data/position/titles.tsv")))
}

/// Is `word` (as written, capitalised) a Vietnamese family name (`data/person/surnames.txt`)?
pub(crate) fn is_surname(word: &str) -> bool {
    static SET: OnceLock<FastSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        let data = include_str!("../../data/person/surnames.txt");
        // (Sized once for every line, comments included: the table never grows as the names go in.)
        let mut set = FastSet::default();
        set.reserve(lines(data).count());
        set.extend(lines(data).map(str::trim).filter(|l| is_row(l)));
        set
    })
    .contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<Token<'static>> {
        let chars: Vec<char> = s.chars().collect();
        Box::leak(Box::new(TokenBuf::new(&chars))).tokens()
    }

    #[test]
    fn finds_the_longest_body_case_blind() {
        let t = toks("Ban Chấp hành Trung ương Đảng");
        let (p, end) = bodies().longest_at(&t, 0).unwrap();
        assert_eq!((p.text, end), ("Ban Chấp hành Trung ương", 5));
        let t = toks("ủy ban nhân dân tỉnh");
        assert_eq!(bodies().longest_at(&t, 0).unwrap().0.text, "Ủy ban nhân dân");
        let t = toks("Ủy ban Tài chính, Ngân sách");
        assert_eq!(bodies().longest_at(&t, 0).unwrap().1, 7);
    }

    #[test]
    fn every_phrase_has_the_words_it_has_alone() {
        for set in [bodies(), titles()] {
            for p in &set.phrases {
                let alone = toks(p.text);
                let words = &set.words[p.words.start as usize..p.words.end as usize];
                assert_eq!(words.len(), alone.len(), "{}", p.text);
                for (k, (w, t)) in words.iter().zip(&alone).enumerate() {
                    assert_eq!((w.lower, w.hash), (t.lower, t.hash), "{}", p.text);
                    assert!(k == 0 || w.spaced == (t.gap != Gap::None), "{}", p.text);
                }
                assert_eq!(p.lower, p.text.to_lowercase());
                // Found where written, whatever phrase of the same first word comes before it.
                assert!(set.matches_at(&alone, 0).any(|(q, end)| std::ptr::eq(q, p) && end == alone.len()));
            }
        }
    }

    #[test]
    fn reads_lines_and_columns_as_the_standard_library_does() {
        for data in ["", "\n", "a", "a\n", "a\r\nb", "a\n\nb\n", "\na\tb\t\n\t", "x\r", "é\tô\n\n"] {
            assert_eq!(lines(data).collect::<Vec<_>>(), data.lines().collect::<Vec<_>>(), "{data:?}");
            assert_eq!(columns(data).collect::<Vec<_>>(), data.split('\t').collect::<Vec<_>>(), "{data:?}");
        }
    }

    #[test]
    fn knows_titles_and_surnames() {
        let t = toks("Phó Bí thư Thường trực Tỉnh ủy");
        assert_eq!(titles().longest_at(&t, 0).unwrap().0.text, "Phó Bí thư Thường trực");
        assert!(is_surname("Nguyễn") && is_surname("Đỗ") && !is_surname("Bộ"));
    }
}
