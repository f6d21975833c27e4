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

/// FNV-1a: a fast hash for the short word keys of the lexicons (no untrusted keys reach these tables' keys).
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A map keyed by [`word_hash`]es.
type ByHash<V> = HashMap<u64, V, std::hash::BuildHasherDefault<IdHash>>;
/// A hash set with the FNV hasher.
pub(crate) type FastSet<K> = HashSet<K, std::hash::BuildHasherDefault<Fnv>>;

/// One lexicon phrase: its words in lowercase, what kind of entry it is, and the full name of a short form.
#[derive(Debug)]
pub(crate) struct Phrase {
    /// The phrase as written in the data file.
    pub text: &'static str,
    /// The phrase in lowercase.
    pub lower: String,
    /// Its tokens in lowercase.
    words: Vec<String>,
    /// The [`word_hash`] of each of `words`, compared before the words themselves.
    keys: Vec<u64>,
    /// Whether each token after the first follows a space (else it touches the one before).
    spaced: Vec<bool>,
    /// The kind column of the data file.
    pub kind: &'static str,
    /// The third column: the full name of an acronym, or a flag.
    pub extra: Option<&'static str>,
}

/// A set of phrases matched word by word, case-blind, at a token position.
pub(crate) struct PhraseSet {
    phrases: Vec<Phrase>,
    /// Phrase indexes by first word (its [`word_hash`]), longest phrase first.
    by_first: ByHash<Vec<usize>>,
    /// The first words' hashes, 4096 bits: most tokens are ruled out without a map probe.
    bloom: Box<Bloom<64>>,
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

/// A Bloom filter of [`word_hash`]es, `64 * W` bits, one per hash: most words are ruled out by one bit test
/// before a map probe.
pub(crate) struct Bloom<const W: usize>([u64; W]);

impl<const W: usize> Bloom<W> {
    pub fn new() -> Self {
        Bloom([0; W])
    }

    /// The word and bit of `hash`: its top bits (`W` is a power of two).
    fn bit(hash: u64) -> (usize, u64) {
        let b = (hash >> (64 - (64 * W).trailing_zeros())) as usize;
        (b >> 6, 1u64 << (b & 63))
    }

    pub fn insert(&mut self, hash: u64) {
        let (w, bit) = Self::bit(hash);
        self.0[w] |= bit;
    }

    /// False: `hash` was never inserted. True: it may have been.
    pub fn may_contain(&self, hash: u64) -> bool {
        let (w, bit) = Self::bit(hash);
        self.0[w] & bit != 0
    }
}

impl PhraseSet {
    fn parse(data: &'static str) -> PhraseSet {
        let mut phrases = Vec::new();
        for line in data.lines() {
            let line = line.trim_end();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut cols = line.split('\t');
            let text = cols.next().unwrap_or_default();
            let kind = cols.next().unwrap_or("body");
            let extra = cols.next();
            let chars: Vec<char> = text.chars().collect();
            let buf = TokenBuf::new(&chars);
            let toks = buf.tokens();
            if toks.is_empty() {
                continue;
            }
            phrases.push(Phrase {
                text,
                lower: text.to_lowercase(),
                words: toks.iter().map(|t| t.lower.to_string()).collect(),
                keys: toks.iter().map(|t| t.hash).collect(),
                spaced: toks.iter().map(|t| t.gap != Gap::None).collect(),
                kind,
                extra,
            });
        }
        let mut by_first: ByHash<Vec<usize>> = ByHash::default();
        let mut bloom = Box::new(Bloom::new());
        for (k, p) in phrases.iter().enumerate() {
            let key = word_hash(&p.words[0]);
            by_first.entry(key).or_default().push(k);
            bloom.insert(key);
        }
        for v in by_first.values_mut() {
            v.sort_by_key(|&k| std::cmp::Reverse(phrases[k].words.len()));
        }
        PhraseSet { phrases, by_first, bloom }
    }

    /// Every phrase that matches the tokens from `i`, longest first, with the index one past its last token.
    pub fn matches_at<'a>(
        &'a self,
        toks: &'a [Token],
        i: usize,
    ) -> impl Iterator<Item = (&'a Phrase, usize)> + 'a {
        let cands =
            toks.get(i).filter(|t| self.bloom.may_contain(t.hash)).and_then(|t| self.by_first.get(&t.hash));
        cands.into_iter().flatten().filter_map(move |&k| {
            let p = &self.phrases[k];
            let end = i + p.words.len();
            if end > toks.len() || toks[i].lower != p.words[0] {
                return None;
            }
            for (w, word) in p.words.iter().enumerate().skip(1) {
                let t = &toks[i + w];
                let gap_ok = if p.spaced[w] { t.gap == Gap::Space } else { t.gap == Gap::None };
                if !gap_ok || t.hash != p.keys[w] || t.lower != *word {
                    return None;
                }
            }
            Some((p, end))
        })
    }

    /// The longest phrase matching at `i`.
    pub fn longest_at<'a>(&'a self, toks: &'a [Token], i: usize) -> Option<(&'a Phrase, usize)> {
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
        include_str!("../../data/person/surnames.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
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
    fn knows_titles_and_surnames() {
        let t = toks("Phó Bí thư Thường trực Tỉnh ủy");
        assert_eq!(titles().longest_at(&t, 0).unwrap().0.text, "Phó Bí thư Thường trực");
        assert!(is_surname("Nguyễn") && is_surname("Đỗ") && !is_surname("Bộ"));
    }
}
