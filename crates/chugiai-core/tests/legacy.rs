//! Legacy Vietnamese text (TCVN3, VNI, NFD): never detected in ordinary text, repaired losslessly from what
//! encoding Unicode produces, and annotated with spans on the text as pasted.

use std::path::PathBuf;

use chugiai_core::legacy::{convert, detect, encode, repair, Encoding};
use chugiai_core::{annotate, char_slice, Annotation, Label};
use proptest::prelude::*;

/// The texts of `../shared/gold`.
fn gold_texts() -> Vec<(String, String)> {
    // `shared/` beside the repository (three levels up from this crate), or beside any folder above it.
    let here = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dir = here
        .ancestors()
        .map(|a| a.join("shared/gold"))
        .find(|d| d.is_dir())
        .unwrap_or_else(|| here.join("../../../shared/gold"));
    let mut out: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .map(|p| {
            let v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap();
            (p.display().to_string(), v["text"].as_str().unwrap().to_string())
        })
        .collect();
    out.sort();
    assert!(out.len() >= 20, "gold texts in {}", dir.display());
    out
}

/// Every span lies within the text, on code points, and its `text` is its slice.
fn assert_spans_on(text: &str, a: &Annotation) {
    let n = text.chars().count();
    assert_eq!(a.text, text);
    for e in &a.entities {
        assert!(e.start < e.end && e.end <= n, "{e:?}");
        assert_eq!(e.text, char_slice(text, e.start, e.end));
    }
    for d in &a.directives {
        assert!(d.start < d.end && d.end <= n, "{d:?}");
        assert_eq!(d.text, char_slice(text, d.start, d.end));
    }
}

#[test]
fn no_gold_text_is_detected_as_legacy() {
    for (name, text) in gold_texts() {
        assert_eq!(detect(&text), None, "{name}");
    }
}

#[test]
fn every_gold_text_written_in_tcvn3_or_vni_is_detected_and_repaired() {
    for (name, text) in gold_texts() {
        let vni = encode(&text, Encoding::Vni);
        let r = repair(&vni).unwrap_or_else(|| panic!("{name} in VNI not detected"));
        assert_eq!((r.encoding, r.text == text), (Encoding::Vni, true), "{name}");
        let tcvn3 = encode(&text, Encoding::Tcvn3);
        let r = repair(&tcvn3).unwrap_or_else(|| panic!("{name} in TCVN3 not detected"));
        // VN3 has no upper-case toned letters: they come back in lower case.
        assert_eq!(r.encoding, Encoding::Tcvn3, "{name}");
        assert_eq!(r.text.to_lowercase(), text.to_lowercase(), "{name}");
        let nfd = encode(&text, Encoding::Nfd);
        let r = repair(&nfd).unwrap_or_else(|| panic!("{name} in NFD not detected"));
        assert_eq!((r.encoding, r.text == text), (Encoding::Nfd, true), "{name}");
    }
}

/// A VNI article is annotated as its Unicode text is: the same spans, each on its VNI slice.
#[test]
fn a_vni_article_gets_the_annotation_of_its_unicode_text_on_the_pasted_text() {
    for (name, text) in gold_texts() {
        let vni = encode(&text, Encoding::Vni);
        let (u, v) = (annotate(&text), annotate(&vni));
        assert_spans_on(&vni, &v);
        let r = convert(&vni, Encoding::Vni);
        // The Unicode spans, carried to VNI offsets by the repair's map.
        let expected: Vec<(usize, usize, Label)> = u
            .entities
            .iter()
            .map(|e| {
                let (s, t) = r.original_range(e.start, e.end);
                (s, t, e.label)
            })
            .collect();
        let got: Vec<(usize, usize, Label)> = v.entities.iter().map(|e| (e.start, e.end, e.label)).collect();
        assert_eq!(got, expected, "{name}");
        assert_eq!(v.directives.len(), u.directives.len(), "{name}");
    }
}

/// Decomposed text needs no repair to be annotated (the text layer composes it for matching): an NFD article
/// gets the spans of its NFC text, carried to its own code points.
#[test]
fn an_nfd_article_gets_the_annotation_of_its_nfc_text_on_its_own_code_points() {
    for (name, text) in gold_texts() {
        let nfd = encode(&text, Encoding::Nfd);
        let (u, d) = (annotate(&text), annotate(&nfd));
        assert_spans_on(&nfd, &d);
        let r = convert(&nfd, Encoding::Nfd);
        assert_eq!(r.text, text, "{name}");
        let expected: Vec<(usize, usize, Label)> = u
            .entities
            .iter()
            .map(|e| {
                let (s, t) = r.original_range(e.start, e.end);
                (s, t, e.label)
            })
            .collect();
        let got: Vec<(usize, usize, Label)> = d.entities.iter().map(|e| (e.start, e.end, e.label)).collect();
        assert_eq!(got, expected, "{name}");
    }
}

/// A TCVN3 article loses the case of its capital toned letters (`Ủy` is `ủy`), yet its people are found.
#[test]
fn a_tcvn3_article_has_its_people_and_organisations_found_on_the_pasted_text() {
    let (mut found, mut all) = (0, 0);
    for (_, text) in gold_texts() {
        let tcvn3 = encode(&text, Encoding::Tcvn3);
        let a = annotate(&tcvn3);
        assert_spans_on(&tcvn3, &a);
        let u = annotate(&text);
        for e in u.entities.iter().filter(|e| matches!(e.label, Label::Person | Label::Organization)) {
            all += 1;
            // TCVN3 keeps one code point per letter: the same offsets.
            found += usize::from(
                a.entities.iter().any(|f| f.label == e.label && (f.start, f.end) == (e.start, e.end)),
            );
        }
    }
    assert!(found * 10 >= all * 8, "{found} of {all} people and organisations found in TCVN3");
}

#[test]
fn a_pasted_tcvn3_sentence_is_annotated_on_the_text_as_pasted() {
    let pasted = "Chñ tÞch n\u{AD}íc NguyÔn Xu©n Phóc ®· tiÕp Bé tr\u{AD}ëng Ngo¹i giao Hoa Kú t¹i Hµ Néi.";
    let a = annotate(pasted);
    assert_spans_on(pasted, &a);
    let texts: Vec<(Label, &str)> = a.entities.iter().map(|e| (e.label, e.text.as_str())).collect();
    assert!(texts.contains(&(Label::Person, "NguyÔn Xu©n Phóc")), "{texts:?}");
    assert!(texts.contains(&(Label::Location, "Hµ Néi")), "{texts:?}");
}

#[test]
fn a_pasted_vni_sentence_is_annotated_on_the_text_as_pasted() {
    let pasted =
        "Chuû tòch UBND tænh Yeân Baùi Traàn Huy Tuaán yeâu caàu Sôû Y teá baùo caùo tröôùc ngaøy 15/7/2025.";
    let a = annotate(pasted);
    assert_spans_on(pasted, &a);
    let texts: Vec<(Label, &str)> = a.entities.iter().map(|e| (e.label, e.text.as_str())).collect();
    assert!(texts.contains(&(Label::Person, "Traàn Huy Tuaán")), "{texts:?}");
    assert!(texts.contains(&(Label::Organization, "Sôû Y teá")), "{texts:?}");
    assert_eq!(a.directives.len(), 1);
    assert_eq!(a.directives[0].deadline.as_deref(), Some("2025-07-15"));
}

/// Syllables of official news, for generated articles.
const SYLLABLES: &[&str] = &[
    "Ban",
    "Chấp",
    "hành",
    "Trung",
    "ương",
    "Đảng",
    "tỉnh",
    "ủy",
    "Yên",
    "Bái",
    "Nguyễn",
    "Văn",
    "Thắng",
    "Bộ",
    "trưởng",
    "Tài",
    "chính",
    "Hà",
    "Nội",
    "đồng",
    "chí",
    "yêu",
    "cầu",
    "các",
    "sở",
    "ngành",
    "thực",
    "hiện",
    "nghị",
    "quyết",
    "Ủy",
    "ban",
    "nhân",
    "dân",
    "Thủ",
    "tướng",
    "Phạm",
    "Minh",
    "Chính",
    "chỉ",
    "đạo",
    "khẩn",
    "trương",
    "hoàn",
    "thành",
    "trước",
    "ngày",
    "15/7/2025",
    "Hội",
    "đồng",
    "Lê",
    "Thị",
    "Hương",
    "Quốc",
    "hội",
    "khóa",
    "XV",
    "kỳ",
    "họp",
    "thứ",
    "nghiêm",
    "túc",
    "Đỗ",
    "Đức",
    "Duy",
    "UBND",
    "Ảnh:",
    "TTXVN",
    "Việt",
    "Nam",
    "năm",
    "tuyệt",
    "đối",
    "ở",
    "ạ",
    "ổn",
    "định",
    "ỹ",
    "quý",
];
const SEPARATORS: &[&str] = &[" ", " ", " ", ", ", ". ", "\n", ": ", " - ", "\u{a0}", " (", ") "];

fn article() -> impl Strategy<Value = String> {
    prop::collection::vec((prop::sample::select(SYLLABLES), prop::sample::select(SEPARATORS)), 0..120)
        .prop_map(|parts| parts.into_iter().flat_map(|(w, s)| [w, s]).collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// encode → convert gives the text back (TCVN3 up to the case of toned capitals), and the map sends each
    /// repaired letter to the code points that wrote it.
    #[test]
    fn round_trip(text in article()) {
        for enc in [Encoding::Vni, Encoding::Tcvn3, Encoding::Nfd] {
            let legacy = encode(&text, enc);
            let r = convert(&legacy, enc);
            if enc == Encoding::Tcvn3 {
                prop_assert_eq!(r.text.to_lowercase(), text.to_lowercase());
            } else {
                prop_assert_eq!(&r.text, &text);
            }
            prop_assert_eq!(r.original_range(0, r.len()), (0, legacy.chars().count()));
            for (i, c) in r.text.chars().enumerate() {
                let (s, e) = r.original_range(i, i + 1);
                prop_assert!(s < e);
                let written = char_slice(&legacy, s, e);
                prop_assert_eq!(convert(&written, enc).text.chars().next(), Some(c));
            }
        }
    }

    /// Legacy-encoded articles (and any detection at all) keep every span on the text as pasted.
    #[test]
    fn spans_of_legacy_text_lie_on_the_pasted_text(text in article(), junk in any::<String>()) {
        for enc in [Encoding::Vni, Encoding::Tcvn3, Encoding::Nfd] {
            let legacy = encode(&text, enc);
            assert_spans_on(&legacy, &annotate(&legacy));
            let noisy = format!("{legacy}{junk}{legacy}");
            assert_spans_on(&noisy, &annotate(&noisy));
        }
    }

    /// Whatever the string, repair never panics and its map stays within the original.
    #[test]
    fn repair_of_any_string_maps_within_it(text in any::<String>()) {
        let n = text.chars().count();
        for enc in [Encoding::Vni, Encoding::Tcvn3, Encoding::Nfd] {
            let r = convert(&text, enc);
            for i in 0..r.len() {
                let (s, e) = r.original_range(i, i + 1);
                prop_assert!(s < e && e <= n);
            }
        }
        let _ = repair(&text);
    }
}
