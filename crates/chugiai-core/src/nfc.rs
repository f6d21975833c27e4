//! Unicode NFC (canonical composition) and NFD (canonical decomposition) of a short run of characters, built on the canonical tables of
//! `unicode-normalization` only.
//!
//! Why not the crate's own `.nfc()` iterator: it shares its decomposition iterator with NFKC and picks the
//! table at run time, so any use of it links the compatibility-decomposition tables as well (about 62 KB, 29 KB
//! gzipped, of the page's wasm) although chugiai never decomposes for compatibility. The algorithm here is the
//! standard one (UAX #15): canonical decomposition, canonical ordering of combining marks, then canonical
//! composition of each unblocked mark with the last starter. A test checks it against the crate's `.nfc()`.

use unicode_normalization::char::{canonical_combining_class, compose, decompose_canonical};

/// The NFD form of `chars` (canonical decomposition and ordering).
pub(crate) fn nfd(chars: impl IntoIterator<Item = char>) -> Vec<char> {
    decompose(chars).into_iter().map(|(_, c)| c).collect()
}

/// Appends the NFC form of `chars` to `out`.
pub(crate) fn nfc_into(chars: impl IntoIterator<Item = char>, out: &mut Vec<char>) {
    let decomposed = decompose(chars);
    // Canonical composition: a character composes with the last starter unless a character between them is a
    // starter or has a combining class at least its own (it is then blocked).
    let mut starter: Option<usize> = None;
    let mut last_ccc: Option<u8> = None;
    for (ccc, c) in decomposed {
        if let Some(s) = starter {
            let blocked = last_ccc.is_some_and(|l| l == 0 || l >= ccc);
            if !blocked {
                if let Some(composed) = compose(out[s], c) {
                    out[s] = composed;
                    continue;
                }
            }
        }
        if ccc == 0 {
            starter = Some(out.len());
            last_ccc = None;
        } else {
            last_ccc = Some(ccc);
        }
        out.push(c);
    }
}

/// Canonical decomposition and ordering, each character with its combining class.
fn decompose(chars: impl IntoIterator<Item = char>) -> Vec<(u8, char)> {
    // Canonical decomposition, with each character's combining class.
    let mut decomposed: Vec<(u8, char)> = Vec::new();
    for c in chars {
        decompose_canonical(c, |d| decomposed.push((canonical_combining_class(d), d)));
    }
    // Canonical ordering: each run of non-starters sorted by combining class, stably.
    let mut i = 0;
    while i < decomposed.len() {
        if decomposed[i].0 == 0 {
            i += 1;
            continue;
        }
        let start = i;
        while i < decomposed.len() && decomposed[i].0 != 0 {
            i += 1;
        }
        decomposed[start..i].sort_by_key(|&(ccc, _)| ccc);
    }
    decomposed
}

/// The NFC form of `s`.
pub(crate) fn nfc(s: &str) -> String {
    let mut out = Vec::with_capacity(s.len());
    nfc_into(s.chars(), &mut out);
    out.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::{nfc, nfd};
    use proptest::prelude::*;
    use unicode_normalization::UnicodeNormalization;

    fn reference(s: &str) -> String {
        s.nfc().collect()
    }

    #[test]
    fn composes_vietnamese_written_with_combining_marks() {
        // `Hòa Bình` with the tone marks and the breve/horn as separate combining marks (NFD).
        let nfd: String = "Hòa Bình, Thưởng, Nguyễn, ĐẢNG ỦY".nfd().collect();
        assert_ne!(nfd, "Hòa Bình, Thưởng, Nguyễn, ĐẢNG ỦY");
        assert_eq!(nfc(&nfd), "Hòa Bình, Thưởng, Nguyễn, ĐẢNG ỦY");
        // Marks in non-canonical order (dot below after the circumflex) still compose to one letter.
        assert_eq!(nfc("e\u{302}\u{323}"), "ệ");
        assert_eq!(nfc("e\u{323}\u{302}"), "ệ");
    }

    #[test]
    fn matches_the_crate_on_hard_cases() {
        for s in [
            "",
            "\u{301}a",                 // leading combining mark, no starter
            "a\u{301}\u{301}",          // second acute blocked by the first
            "a\u{316}\u{301}",          // grave below (ccc 220) does not block acute (230)
            "a\u{301}\u{316}",          // reordered before composing
            "\u{1100}\u{1161}\u{11A8}", // Hangul jamo compose algorithmically
            "\u{D55C}\u{AE00}",         // precomposed Hangul stays
            "\u{212B}",                 // Angstrom sign: singleton decomposition to Å
            "\u{2126}\u{F900}",         // ohm sign, CJK compatibility ideograph
            "\u{344}\u{F6F}",           // composition exclusions
            "o\u{31B}\u{323}\u{300}",   // ờ with dot below: horn, dot below, grave
            "\u{1EA0}\u{306}",          // Ạ + breve
            "\u{FB01}\u{2460}",         // compatibility characters are left alone by NFC
            "e\u{0}\u{301}",            // a control character is a starter that blocks
        ] {
            assert_eq!(nfc(s), reference(s), "{s:?}");
        }
    }

    fn interesting_char() -> impl Strategy<Value = char> {
        prop_oneof![
            (0x41u32..0x7b).prop_map(|c| char::from_u32(c).unwrap()),
            (0xc0u32..0x250).prop_filter_map("char", char::from_u32),
            (0x300u32..0x370).prop_filter_map("char", char::from_u32),
            (0x1e00u32..0x1f00).prop_filter_map("char", char::from_u32),
            (0x1100u32..0x1200).prop_filter_map("char", char::from_u32),
            (0xac00u32..0xac40).prop_filter_map("char", char::from_u32),
            (0x0590u32..0x0700).prop_filter_map("char", char::from_u32),
            (0x0900u32..0x0a00).prop_filter_map("char", char::from_u32),
            (0x2100u32..0x2200).prop_filter_map("char", char::from_u32),
            any::<char>(),
        ]
    }

    proptest! {
        #[test]
        fn same_as_unicode_normalization(chars in proptest::collection::vec(interesting_char(), 0..12)) {
            let s: String = chars.into_iter().collect();
            prop_assert_eq!(nfc(&s), reference(&s));
        }

        /// `nfd` (the legacy module's decomposition) agrees with the crate's `.nfd()`.
        #[test]
        fn nfd_same_as_unicode_normalization(chars in proptest::collection::vec(interesting_char(), 0..12)) {
            let s: String = chars.into_iter().collect();
            prop_assert_eq!(nfd(s.chars()).into_iter().collect::<String>(), s.nfd().collect::<String>());
        }
    }
}
