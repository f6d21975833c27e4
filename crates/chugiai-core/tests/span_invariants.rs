//! Whatever the input, `annotate` never panics and every span it returns lies within the text, on code-point
//! boundaries, with `start < end` and `text` equal to its slice.

use chugiai_core::{annotate, char_slice};
use proptest::prelude::*;

/// Checks the span invariants of one annotation.
fn check(text: &str) -> Result<(), TestCaseError> {
    let a = annotate(text);
    let n = text.chars().count();
    prop_assert_eq!(&a.text, text);
    for e in &a.entities {
        prop_assert!(e.start < e.end && e.end <= n, "entity {:?} outside 0..{}", e, n);
        prop_assert_eq!(&e.text, &char_slice(text, e.start, e.end));
    }
    for d in &a.directives {
        prop_assert!(d.start < d.end && d.end <= n, "directive {:?} outside 0..{}", d, n);
        prop_assert_eq!(&d.text, &char_slice(text, d.start, d.end));
    }
    Ok(())
}

/// Pieces of Vietnamese official news, with the traps of pasted text: NFD marks, old tone placement,
/// no-break and zero-width spaces, curly quotes, control characters, line breaks with indentation.
const PIECES: &[&str] = &[
    "Đồng chí ",
    "Hoàng Thị Vĩnh",
    " - ",
    "Ủy viên Ban Thường vụ",
    ", ",
    "Trưởng Ban Dân vận Tỉnh ủy",
    " chủ trì ",
    "Hội nghị",
    ". ",
    "Chủ tịch UBND tỉnh Yên Bái",
    " Nguyễn Văn A",
    "Uỷ ban nhân dân",
    "khoá XII",
    "Ho\u{0300}a",
    "Ban Chấp hành Trung ương Đảng",
    "T.Ư",
    "TTXVN",
    "Ảnh: ",
    "/",
    "(",
    ")",
    "\u{00A0}",
    "\u{200B}",
    "“",
    "”",
    "\n",
    "\n      ",
    "  ",
    "\t",
    "\u{0001}",
    "\u{0301}",
    "ngày 07/01/2019",
    "Kết luận số 43-KL/TW",
    "Bộ",
    "Đoàn",
    "Thủ tướng Chính phủ",
    "Đại tướng",
    "phường 5",
    "Quận 7",
    "TP.HCM",
    "Chinhphu.vn",
    "Kỳ họp thứ 10",
    "1.",
    "a)",
    "yêu cầu",
    ":",
    "\u{FEFF}",
    "\r\n",
    "ᄀ",
    "\u{1161}",
    "🇻🇳",
    "e\u{0301}\u{0323}",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn any_string(text in any::<String>()) {
        check(&text)?;
    }

    #[test]
    fn vietnamese_like_text(parts in prop::collection::vec(prop::sample::select(PIECES), 0..80)) {
        check(&parts.concat())?;
    }

    #[test]
    fn mixed_pieces_and_noise(parts in prop::collection::vec(
        prop_oneof![prop::sample::select(PIECES).prop_map(str::to_string), any::<String>()], 0..30)) {
        check(&parts.concat())?;
    }
}

#[test]
fn empty_and_huge_inputs() {
    check("").unwrap();
    check(" \n\t\u{00A0}").unwrap();
    let article = PIECES.concat();
    let huge = article.repeat(4000 / article.len().max(1) + 200);
    check(&huge).unwrap();
    check(&"Đ".repeat(100_000)).unwrap();
    check(&"\u{0301}".repeat(10_000)).unwrap();
    // Repetitions that a greedy matcher could rescan from every position.
    check(&format!("ủy ban nhân dân {}", "tỉnh ".repeat(3_000))).unwrap();
    check(&"Ban Ban Thường vụ ".repeat(2_000)).unwrap();
    check(&"Hội nghị lần thứ 5 ".repeat(2_000)).unwrap();
}

/// Regression (found by the property test): a body the recognisers found that runs past the request verb's
/// position (`UBND tỉnh Yên Bái` + a zero-width space + `yêu cầu`) made the speaker check slice past its end
/// and panic.
#[test]
fn a_body_running_past_the_request_verb_does_not_panic() {
    check("Trưởng Ban Dân vận Tỉnh ủyChủ tịch UBND tỉnh Yên Bái\u{200b}yêu cầu/Thủ tướng Chính phủ").unwrap();
}

/// Found by the legacy span property test (2026-11-29): a text ending in a ministry and `các` (`Bộ các`, no
/// body after it) made the organisation recogniser look for a body one token past the last and panic.
#[test]
fn a_ministry_and_cac_at_the_end_of_the_text_does_not_panic() {
    check("Bộ\u{a0}các\u{a0}").unwrap();
    check("Theo Bộ các").unwrap();
}
