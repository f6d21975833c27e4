//! Exports and summary as a user sees them: the content of every format for real sentences, offsets that stay
//! code points on NFD and astral text, the JSON round trip and its errors, spreadsheet-safe CSV.

use chugiai_core::export::{export, import_json, Format, ImportError};
use chugiai_core::summary::summarize;
use chugiai_core::{annotate, char_slice, Annotation, Directive, Entity, Label, Strength};
use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;

const NESTED: &str =
    "Đồng chí Hoàng Thị Vĩnh - Trưởng Ban Dân vận Tỉnh ủy Yên Bái yêu cầu các địa phương hoàn thành \
                      trước ngày 15/7/2025.";

/// A small RFC 4180 reader, to check what a spreadsheet would read.
fn read_csv(s: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => cell.push(c),
        }
    }
    assert!(cell.is_empty() && row.is_empty(), "CSV must end with a line break");
    rows
}

#[test]
fn every_format_of_a_directive_with_nested_spans() {
    let a = annotate(NESTED);
    let cases: &[(Format, &[&str])] = &[
        (Format::Json, &[r#""label":"PERSON","text":"Hoàng Thị Vĩnh""#, r#""issuer":"Hoàng Thị Vĩnh""#]),
        (
            Format::WebAnnotation,
            &[
                r#""@context": "http://www.w3.org/ns/anno.jsonld""#,
                r#""type": "AnnotationCollection""#,
                r#""type": "TextPositionSelector""#,
                r#""exact": "Hoàng Thị Vĩnh""#,
                r#""prefix": "Đồng chí ""#,
                r#""value": "issuer: Hoàng Thị Vĩnh""#,
                r#""value": "DIRECTIVE""#,
            ],
        ),
        (
            Format::Csv,
            &[
                "kind,start,end,label,text,value,issuer,addressee,deadline,strength,rule\r\n",
                "entity,9,23,PERSON,Hoàng Thị Vĩnh,",
                "entity,53,60,LOCATION,Yên Bái,\"{\"\"level\"\":\"\"tỉnh\"\",\"\"now_in\"\":\"\"Lào Cai\"\"}\"",
                ",Hoàng Thị Vĩnh,các địa phương,2025-07-15,must,",
            ],
        ),
        (
            Format::Conll,
            &[
                "# chugiai CoNLL: TOKEN<TAB>OUTER<TAB>INNER",
                "\nHoàng\tB-PERSON\tB-PERSON\nThị\tI-PERSON\tI-PERSON\nVĩnh\tI-PERSON\tI-PERSON\n-\tO\tO\n",
                "Trưởng\tB-POSITION\tB-POSITION\nBan\tI-POSITION\tB-ORGANIZATION\n",
                "ủy\tI-POSITION\tI-ORGANIZATION\nYên\tI-POSITION\tB-LOCATION\nBái\tI-POSITION\tI-LOCATION\nyêu\tO\tO\n",
                "ngày\tB-DATE\tB-DATE\n15\tI-DATE\tI-DATE\n/\tI-DATE\tI-DATE\n",
                "2025\tI-DATE\tI-DATE\n.\tO\tO\n\n",
            ],
        ),
        (
            Format::Brat,
            &[
                "T1\tPERSON 9 23\tHoàng Thị Vĩnh\n",
                "\tPOSITION 26 60\tTrưởng Ban Dân vận Tỉnh ủy Yên Bái\n",
                "\tORGANIZATION 33 60\tBan Dân vận Tỉnh ủy Yên Bái\n",
                "\tLOCATION 53 60\tYên Bái\n",
                "\tAnnotatorNotes T4\t{\"level\":\"tỉnh\",\"now_in\":\"Lào Cai\"}\n",
                "\tDIRECTIVE 0 116\tĐồng chí",
                "\tStrength T6 must\n",
                "\tAnnotatorNotes T6\tissuer: Hoàng Thị Vĩnh; addressee: các địa phương; deadline: 2025-07-15\n",
            ],
        ),
        (
            Format::Markdown,
            &[
                "## Người (1)\n\n- **Hoàng Thị Vĩnh** — Trưởng Ban Dân vận Tỉnh ủy Yên Bái\n",
                "## Cơ quan, tổ chức (1)\n\n- **Ban Dân vận Tỉnh ủy Yên Bái**\n",
                "## Địa danh (1)\n\n- **Yên Bái** — tỉnh; từ 1/7/2025 thuộc Lào Cai\n",
                "## Thời gian (1)\n\n- **2025-07-15** — ngày 15/7/2025\n",
                "## Nhiệm vụ (1)\n\n1. Hoàng Thị Vĩnh → các địa phương: Đồng chí",
                "(hạn: 2025-07-15) — bắt buộc\n",
            ],
        ),
    ];
    assert_eq!(cases.len(), Format::ALL.len());
    for (f, expected) in cases {
        let out = export(&a, *f);
        for e in *expected {
            assert!(out.contains(e), "{f}: missing {e:?} in\n{out}");
        }
    }
}

#[test]
fn json_round_trip_of_the_sample_article() {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../static/sample.txt")).unwrap();
    let mut a = annotate(&text);
    a.id = Some("sample".into());
    assert_eq!(import_json(&export(&a, Format::Json)).unwrap(), a);
}

#[test]
fn import_rejects_a_span_that_is_not_its_text() {
    let mut a = annotate(NESTED);
    a.entities[0].text = "Hoàng Thị Vinh".into();
    let err = import_json(&export(&a, Format::Json)).unwrap_err();
    assert!(
        matches!(err, ImportError::BadSpan { kind: "entity", index: 0, start: 9, end: 23, .. }),
        "{err:?}"
    );
    assert!(err
        .to_string()
        .contains("\"Hoàng Thị Vinh\" is not the text at these offsets, \"Hoàng Thị Vĩnh\""));
    a = annotate(NESTED);
    a.directives[0].end = 500;
    assert!(import_json(&export(&a, Format::Json))
        .unwrap_err()
        .to_string()
        .starts_with("directive #1 (0–500)"));
}

/// NFD letters (two or three code points each) and an astral emoji before the names.
fn nfd_astral() -> String {
    format!("🇻🇳 {} Ngày 2/9/2025, Chủ tịch UBND tỉnh Nguyễn Văn Hòa\nđến Hà Nội.", "Tin mới: 𝕍𝕚ệ𝕥".nfd())
        .nfd()
        .collect()
}

#[test]
fn brat_offsets_are_code_points_on_nfd_and_astral_text() {
    let text = nfd_astral();
    let a = annotate(&text);
    assert!(a.entities.iter().any(|e| e.label == Label::Person), "{a:?}");
    let ann = export(&a, Format::Brat);
    let mut checked = 0;
    for line in ann.lines().filter(|l| l.starts_with('T')) {
        let cols: Vec<&str> = line.split('\t').collect();
        let (_, offsets) = cols[1].split_once(' ').unwrap();
        let parts: Vec<String> = offsets
            .split(';')
            .map(|f| {
                let (s, e) = f.split_once(' ').unwrap();
                char_slice(&text, s.parse().unwrap(), e.parse().unwrap())
            })
            .collect();
        assert!(parts.iter().all(|p| !p.contains('\n')), "{line}");
        assert_eq!(parts.join(" "), cols[2], "{line}");
        checked += 1;
    }
    assert!(checked >= 3, "{ann}");
}

#[test]
fn brat_splits_a_span_across_a_line_break_into_fragments() {
    let text = "Đồng chí Hoàng Thị Vĩnh- Ủy viên Ban Thường vụ,\n    Trưởng Ban Dân vận Tỉnh ủy chủ trì.";
    let a = Annotation {
        id: None,
        text: text.into(),
        entities: vec![Entity {
            start: 25,
            end: 78,
            label: Label::Position,
            text: char_slice(text, 25, 78),
            rule: "".into(),
            value: None,
        }],
        directives: vec![],
    };
    assert_eq!(
        export(&a, Format::Brat),
        "T1\tPOSITION 25 47;52 78\tỦy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy\n"
    );
}

#[test]
fn web_annotation_selectors_match_the_text_on_nfd_and_astral_text() {
    let text = nfd_astral();
    let a = annotate(&text);
    let doc: serde_json::Value = serde_json::from_str(&export(&a, Format::WebAnnotation)).unwrap();
    let items = doc["first"]["items"].as_array().unwrap();
    assert_eq!(items.len(), a.entities.len() + a.directives.len());
    assert_eq!(doc["total"], items.len());
    for it in items {
        let sel = &it["target"]["selector"];
        let (s, e) = (sel[0]["start"].as_u64().unwrap() as usize, sel[0]["end"].as_u64().unwrap() as usize);
        assert_eq!(sel[1]["exact"], char_slice(&text, s, e));
        let prefix = sel[1]["prefix"].as_str().unwrap();
        assert!(prefix.chars().count() <= 32);
        assert_eq!(prefix, char_slice(&text, s.saturating_sub(32), s));
        assert_eq!(sel[1]["suffix"], char_slice(&text, e, e + 32));
    }
}

#[test]
fn csv_cells_with_commas_quotes_and_line_breaks_read_back() {
    let text = "Yêu cầu \"Sở Y tế, Sở Tài chính\"\nbáo cáo; =1+1 trước ngày 15/7.";
    let n = text.chars().count();
    let a = Annotation {
        id: None,
        text: text.into(),
        entities: vec![Entity {
            start: 9,
            end: 30,
            label: Label::Organization,
            text: char_slice(text, 9, 30),
            rule: "".into(),
            value: None,
        }],
        directives: vec![Directive {
            start: 0,
            end: n,
            text: text.into(),
            issuer: Some("=HYPERLINK(\"http://x\")".into()),
            addressee: Some("Sở Y tế, Sở Tài chính".into()),
            deadline: None,
            strength: Some(Strength::Must),
            rule: String::new(),
        }],
    };
    let rows = read_csv(&export(&a, Format::Csv));
    assert_eq!(rows.len(), 3);
    assert!(rows.iter().all(|r| r.len() == 11));
    assert_eq!(rows[1][4], "Sở Y tế, Sở Tài chính");
    assert_eq!(rows[2][4], text);
    assert_eq!(rows[2][6], "'=HYPERLINK(\"http://x\")");
    assert_eq!(rows[2][7], "Sở Y tế, Sở Tài chính");
    assert_eq!(rows[2][9], "must");
}

#[test]
fn summary_of_the_sample_article_counts_each_person_once() {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../static/sample.txt")).unwrap();
    let a = annotate(&text);
    let s = summarize(&a);
    let people = s.items(Label::Person);
    let vinh = people.iter().find(|p| p.name == "Hoàng Thị Vĩnh").expect("Hoàng Thị Vĩnh");
    let mentions =
        a.entities.iter().filter(|e| e.label == Label::Person && e.text == "Hoàng Thị Vĩnh").count();
    assert_eq!(vinh.count, mentions);
    assert!(vinh.positions.contains(&"Trưởng Ban Dân vận Tỉnh ủy".to_string()), "{:?}", vinh.positions);
    for g in &s.groups {
        assert_eq!(g.mentions, a.entities.iter().filter(|e| e.label == g.label).count(), "{}", g.label);
        let firsts: Vec<usize> = g.items.iter().map(|i| i.mentions[0].start).collect();
        assert!(firsts.windows(2).all(|w| w[0] <= w[1]), "{}: {firsts:?}", g.label);
    }
    assert_eq!(
        s.tasks.iter().map(|t| t.number).collect::<Vec<_>>(),
        (1..=a.directives.len()).collect::<Vec<_>>()
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn json_round_trip_and_every_export_on_any_text(
        text in "([A-ZĐa-zđàáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹ0-9 ,.;:/\\-\"\n]|Ủy ban nhân dân|Hà Nội|ngày 15/7/2025|yêu cầu|Nghị quyết số 25-NQ/TW|𝕏|o\u{302}\u{301})*"
    ) {
        let a = annotate(&text);
        prop_assert_eq!(import_json(&export(&a, Format::Json)).unwrap(), a.clone());
        let s = summarize(&a);
        prop_assert_eq!(s.groups.iter().map(|g| g.mentions).sum::<usize>(), a.entities.len());
        for f in Format::ALL {
            let out = export(&a, f);
            if f == Format::Csv {
                prop_assert_eq!(read_csv(&out).len(), 1 + a.entities.len() + a.directives.len());
            }
            if f == Format::Conll {
                // No character is lost or invented: the tokens are the text without its spaces.
                let tokens: String = out.lines().skip(1).filter_map(|l| l.split('\t').next()).collect();
                prop_assert_eq!(tokens, text.chars().filter(|c| !c.is_whitespace()).collect::<String>());
            }
        }
    }
}

#[test]
fn conll_sentences_and_lines_are_separated_by_a_blank_line() {
    let text =
        "Chiều 22/2, Tỉnh ủy Yên Bái tổ chức Hội nghị. Đồng chí Hoàng Thị Vĩnh chủ trì.\nNăm 2023 hoàn thành";
    let out = export(&annotate(text), Format::Conll);
    let sentences: Vec<&str> = out.split("\n\n").filter(|s| !s.trim().is_empty()).collect();
    assert_eq!(sentences.len(), 3, "{out}");
    assert!(sentences[0].ends_with("Hội\tB-EVENT\tB-EVENT\nnghị\tI-EVENT\tI-EVENT\n.\tO\tO"), "{out}");
    assert!(sentences[1].starts_with("Đồng\tO\tO"), "{out}");
    assert!(sentences[2].starts_with("Năm\tB-DATE\tB-DATE\n2023\tI-DATE\tI-DATE"), "{out}");
    assert!(out.contains("Tỉnh\tB-ORGANIZATION\tB-ORGANIZATION\nủy\tI-ORGANIZATION\tI-ORGANIZATION\nYên\tI-ORGANIZATION\tB-LOCATION\n"), "{out}");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    /// Any offsets, any text: an error that names the span, never a panic.
    #[test]
    fn import_never_panics_on_wrong_offsets(start in 0usize..40, end in 0usize..40, text in "[a-zàáạảãđ𝕏 ]{0,20}") {
        let json = serde_json::json!({
            "text": text,
            "entities": [{"start": start, "end": end, "label": "LOCATION", "text": "Hà Nội"}],
        })
        .to_string();
        match import_json(&json) {
            Ok(a) => prop_assert_eq!(char_slice(&a.text, start, end), "Hà Nội"),
            Err(e) => prop_assert!(matches!(e, ImportError::BadSpan { index: 0, .. }), "{e}"),
        }
    }

    #[test]
    fn import_never_panics_on_any_input(s in "\\PC{0,60}") {
        let _ = import_json(&s);
    }
}
