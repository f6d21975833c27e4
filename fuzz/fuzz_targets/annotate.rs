//! Fuzz target: `chugiai_core::annotate` and the legacy repair, on any bytes read as UTF-8 (lossily) and as
//! TCVN3/VNI/NFD written from them. Asserts the span invariants: every span within the text, on code points,
//! `start < end`, `text` equal to its slice; and every repaired code point maps inside the original.
#![no_main]

use chugiai_core::legacy::{convert, encode, repair, Encoding};
use chugiai_core::{annotate, Annotation};
use libfuzzer_sys::fuzz_target;

fn check(text: &str, a: &Annotation) {
    let chars: Vec<char> = text.chars().collect();
    assert_eq!(a.text, text);
    let slice = |s: usize, e: usize| chars[s..e].iter().collect::<String>();
    for e in &a.entities {
        assert!(e.start < e.end && e.end <= chars.len(), "entity {e:?} outside 0..{}", chars.len());
        assert_eq!(e.text, slice(e.start, e.end));
    }
    for d in &a.directives {
        assert!(d.start < d.end && d.end <= chars.len(), "directive {d:?} outside 0..{}", chars.len());
        assert_eq!(d.text, slice(d.start, d.end));
    }
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    check(&text, &annotate(&text));
    let n = text.chars().count();
    if let Some(r) = repair(&text) {
        for i in 0..r.len() {
            let (s, e) = r.original_range(i, i + 1);
            assert!(s < e && e <= n);
        }
    }
    // The same text as a legacy document would carry it.
    let enc = [Encoding::Tcvn3, Encoding::Vni, Encoding::Nfd][data.first().map_or(0, |b| *b as usize % 3)];
    let legacy = encode(&text, enc);
    check(&legacy, &annotate(&legacy));
    let back = convert(&legacy, enc);
    assert_eq!(back.original_range(0, back.len()).1, legacy.chars().count());
});
