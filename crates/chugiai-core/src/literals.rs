//! Literal patterns found in a text leftmost-longest: at the first position where some pattern starts, the
//! longest pattern starting there, then on from its end, the matches never overlapping (what an Aho-Corasick
//! automaton with leftmost-longest semantics finds).
//!
//! Built for the place names of the lexicons on the engine's first call and for a handful of names on every
//! call, so it is cheap to build: the patterns sorted by their first two bytes, and one bit per pair of first
//! bytes, which rules out almost every position of a text with one test. (An Aho-Corasick automaton of the
//! thousand place names cost three times a whole annotation of the sample article to build, and the crate
//! 51 KB of the page's wasm.)

/// A set of literal patterns, each of two bytes or more (a shorter one never matches).
pub(crate) struct Literals {
    /// Every pattern's bytes, one after another.
    bytes: Vec<u8>,
    /// The patterns grouped by their first two bytes, in the order of these, longest first within a group,
    /// then in the order given.
    cands: Vec<Cand>,
    /// Where each group starts in `cands`, and one past the last.
    groups: Vec<u32>,
    /// One bit per pair of first bytes some pattern starts with.
    pairs: Box<[u64; 1024]>,
    /// How many bits of `pairs` are set in the words before each word: the group of a pair is the number of
    /// pairs before it.
    rank: Box<[u16; 1024]>,
}

/// One pattern.
struct Cand {
    /// Its first four bytes (little-endian, zeros past its end), and the mask of those it has.
    head: u32,
    mask: u32,
    /// Its number, and where its bytes are.
    k: u32,
    start: u32,
    len: u32,
}

/// The longest pattern length the order of a group tells apart.
const MAX_LEN: u64 = (1 << 24) - 1;

/// The (at most) four bytes from `at` (little-endian, zeros past the end).
fn head(bytes: &[u8], at: usize) -> u32 {
    let mut b = [0u8; 4];
    let n = bytes.len().saturating_sub(at).min(4);
    b[..n].copy_from_slice(&bytes[at..at + n]);
    u32::from_le_bytes(b)
}

impl Literals {
    /// The patterns, numbered in the order given.
    pub fn new<'p>(patterns: impl IntoIterator<Item = &'p str>) -> Literals {
        let patterns = patterns.into_iter();
        let n = patterns.size_hint().0;
        let mut bytes = Vec::new();
        let mut pairs = Box::new([0u64; 1024]);
        // Per pattern: its first two bytes (top 16 bits), `MAX_LEN` minus its length and its number (24 bits
        // each), to sort; and where its bytes are.
        let mut order: Vec<u64> = Vec::with_capacity(n);
        let mut spans: Vec<(u32, u32)> = Vec::with_capacity(n);
        for (k, p) in patterns.enumerate() {
            spans.push((bytes.len() as u32, p.len() as u32));
            bytes.extend_from_slice(p.as_bytes());
            if let [a, b, ..] = *p.as_bytes() {
                let pair = u16::from_be_bytes([a, b]);
                pairs[usize::from(pair >> 6)] |= 1 << (pair & 63);
                let len = (p.len() as u64).min(MAX_LEN);
                order.push(u64::from(pair) << 48 | (MAX_LEN - len) << 24 | k as u64);
            }
        }
        order.sort_unstable();
        let mut rank = Box::new([0u16; 1024]);
        let mut set = 0u16;
        for (r, w) in rank.iter_mut().zip(pairs.iter()) {
            *r = set;
            set += w.count_ones() as u16;
        }
        let mut cands = Vec::with_capacity(order.len());
        let mut groups = Vec::with_capacity(usize::from(set) + 1);
        let mut last = None;
        for (i, e) in order.into_iter().enumerate() {
            if last != Some(e >> 48) {
                last = Some(e >> 48);
                groups.push(i as u32);
            }
            let k = (e & 0xff_ffff) as u32;
            let (start, len) = spans[k as usize];
            let mask = if len >= 4 { u32::MAX } else { (1u32 << (8 * len)) - 1 };
            cands.push(Cand { head: head(&bytes[start as usize..], 0) & mask, mask, k, start, len });
        }
        groups.push(cands.len() as u32);
        Literals { bytes, cands, groups, pairs, rank }
    }

    /// Does a pattern start with the bytes `pair`?
    #[inline]
    fn starts(&self, pair: usize) -> bool {
        self.pairs[pair >> 6] & (1 << (pair & 63)) != 0
    }

    /// The longest pattern `text` has at byte `at`: its number and the byte one past it.
    pub fn longest_at(&self, text: &[u8], at: usize) -> Option<(usize, usize)> {
        let [a, b] = *text.get(at..at + 2)? else { return None };
        let pair = usize::from(a) << 8 | usize::from(b);
        if self.starts(pair) {
            self.longest_of(pair, text, at)
        } else {
            None
        }
    }

    /// The longest pattern starting with `pair` (the two bytes at `at`, a pair some pattern starts with) that
    /// `text` has at byte `at`.
    fn longest_of(&self, pair: usize, text: &[u8], at: usize) -> Option<(usize, usize)> {
        let (w, bit) = (pair >> 6, pair & 63);
        let g = usize::from(self.rank[w]) + (self.pairs[w] & ((1 << bit) - 1)).count_ones() as usize;
        let h = head(text, at);
        let group = &self.cands[self.groups[g] as usize..self.groups[g + 1] as usize];
        let rest = &text[at..];
        group.iter().find_map(|c| {
            let (start, len) = (c.start as usize, c.len as usize);
            (h & c.mask == c.head && rest.get(..len) == Some(&self.bytes[start..start + len]))
                .then_some((c.k as usize, at + len))
        })
    }

    /// Every match in `text`, leftmost-longest, none overlapping another: its byte range and pattern number.
    pub fn find_iter<'a>(&'a self, text: &'a str) -> impl Iterator<Item = (usize, usize, usize)> + 'a {
        let text = text.as_bytes();
        let mut at = 0;
        std::iter::from_fn(move || {
            while at + 1 < text.len() {
                let pair = usize::from(text[at]) << 8 | usize::from(text[at + 1]);
                if self.starts(pair) {
                    if let Some((k, end)) = self.longest_of(pair, text, at) {
                        let start = at;
                        at = end;
                        return Some((start, end, k));
                    }
                }
                at += 1;
            }
            None
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(lits: &Literals, text: &str) -> Vec<(String, usize)> {
        lits.find_iter(text).map(|(s, e, k)| (text[s..e].to_string(), k)).collect()
    }

    #[test]
    fn finds_the_leftmost_then_the_longest_match_without_overlaps() {
        let lits = Literals::new(["Hà Nam", "Nam Định", "Hà", "Hà Nam Ninh", "Ninh Bình", "Hà"]);
        // `Hà Nam` starts first and hides `Nam Định`; the duplicate `Hà` is the first one given.
        assert_eq!(all(&lits, "tỉnh Hà Nam Định"), [("Hà Nam".to_string(), 0)]);
        assert_eq!(all(&lits, "Hà Nam Ninh Bình"), [("Hà Nam Ninh".to_string(), 3)]);
        assert_eq!(
            all(&lits, "Hà, Nam Định và Ninh Bình"),
            [("Hà".to_string(), 2), ("Nam Định".to_string(), 1), ("Ninh Bình".to_string(), 4)]
        );
        // A match may start or end inside a word: the caller decides.
        assert_eq!(all(&lits, "ThàNinh Bìnhxy"), [("Ninh Bình".to_string(), 4)]);
        assert_eq!(all(&lits, "H"), []);
        assert_eq!(lits.longest_at(b"Nam Dinh", 0), None);
        assert_eq!(lits.longest_at("Nam Định".as_bytes(), 0), Some((1, "Nam Định".len())));
    }

    #[test]
    fn short_patterns_match_anywhere_even_at_the_end() {
        let lits = Literals::new(["Nga", "Ý", "Anh", "Ấn Độ"]);
        assert_eq!(
            all(&lits, "Nga, Ý, Ấn Độ và Anh"),
            [("Nga".to_string(), 0), ("Ý".to_string(), 1), ("Ấn Độ".to_string(), 3), ("Anh".to_string(), 2)]
        );
        assert_eq!(all(&lits, "Ý"), [("Ý".to_string(), 1)]);
    }

    #[test]
    fn patterns_shorter_than_two_bytes_never_match() {
        let lits = Literals::new(["a", "", "ab"]);
        assert_eq!(all(&lits, "a ab"), [("ab".to_string(), 2)]);
    }
}
