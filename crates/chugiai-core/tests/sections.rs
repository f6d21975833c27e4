//! A long paste is annotated by the page section by section (`chugiai_core::sections`, in a worker, with
//! progress). Regression: the page's chunks once gave other directives than one call on the whole text (199
//! against 160 on the sample repeated 40 times), because what one part of the text says (its first line read
//! as the headline, an open list of tasks, the year of the dates, the last speaker) carried into the next
//! part in one case and not in the other.

use chugiai_core::{annotate, annotate_section, sections, Annotation, SECTION_BYTES};

const ARTICLE: &str = "Yên Bái tăng cường phối hợp công tác dân vận\n\
Chiều 22/2, Ban Dân vận Tỉnh ủy Yên Bái tổ chức Hội nghị tổng kết công tác năm 2022.\n\
Đồng chí Hoàng Thị Vĩnh - Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy chủ trì Hội nghị.\n\
Đồng chí đề nghị trong thời gian tới, Ban Chỉ đạo cần tập trung lãnh đạo, chỉ đạo thực hiện tốt các nhiệm vụ sau:\n\
Chủ động nghiên cứu, tham mưu với cấp ủy về công tác dân vận.\n\
Thường xuyên kiện toàn các tổ, đội công tác dân vận.\n\
Năm 2021, tỉnh đã hoàn thành 12 công trình theo Nghị quyết số 66-NQ/TU ngày 10/12/2021.";

fn chunk_by_chunk(text: &str) -> Annotation {
    let mut a = Annotation { id: None, text: text.to_string(), entities: Vec::new(), directives: Vec::new() };
    for s in sections(text) {
        let (e, d) = annotate_section(text, &s);
        a.entities.extend(e);
        a.directives.extend(d);
    }
    a
}

fn repeated(sep: &str, bytes: usize) -> String {
    let mut text = String::new();
    while text.len() < bytes {
        if !text.is_empty() {
            text.push_str(sep);
        }
        text.push_str(ARTICLE);
    }
    text
}

#[test]
fn chunked_annotation_gave_other_directives_than_the_whole_text() {
    for sep in ["\n", "\n\n", " "] {
        let text = repeated(sep, 4 * SECTION_BYTES);
        let parts = sections(&text);
        assert!(parts.len() >= 3, "{} sections", parts.len());
        let whole = annotate(&text);
        let chunked = chunk_by_chunk(&text);
        assert_eq!(whole.directives.len(), chunked.directives.len(), "separator {sep:?}");
        assert_eq!(whole, chunked, "separator {sep:?}");
        for d in &whole.directives {
            assert_eq!(d.text, chugiai_core::char_slice(&text, d.start, d.end));
        }
    }
}

#[test]
fn a_section_after_a_blank_line_reads_its_article_as_if_alone() {
    let text = repeated("\n\n", 3 * SECTION_BYTES);
    let whole = annotate(&text);
    let alone = annotate(ARTICLE);
    let second = &sections(&text)[1];
    // The cut falls after a blank line, so the second section starts with an article's headline.
    assert!(text[..second.bytes.start].ends_with("\n\n"));
    assert!(text[second.bytes.clone()].starts_with(ARTICLE));
    let n = ARTICLE.chars().count();
    let shift = second.char_start;
    let got: Vec<_> = whole
        .directives
        .iter()
        .filter(|d| d.start >= shift && d.end <= shift + n)
        .map(|d| (d.start - shift, d.text.as_str(), d.issuer.clone()))
        .collect();
    let want: Vec<_> =
        alone.directives.iter().map(|d| (d.start, d.text.as_str(), d.issuer.clone())).collect();
    assert!(!want.is_empty());
    assert_eq!(got, want, "the previous section's context leaked into this one");
    let year = |a: &[chugiai_core::Entity], from: usize| {
        a.iter().find(|e| e.start >= from && e.text == "Chiều 22/2").and_then(|e| e.value.clone())
    };
    assert_eq!(year(&whole.entities, shift), year(&alone.entities, 0));
}

#[test]
fn sections_cover_the_text_on_character_boundaries() {
    for text in
        ["Hà Nội ".repeat(30_000), "ữ".repeat(70_000), String::new(), "a".into(), repeated("\n", 200_000)]
    {
        let parts = sections(&text);
        let joined: String = parts.iter().map(|s| &text[s.bytes.clone()]).collect();
        assert_eq!(joined, text);
        for s in &parts {
            assert_eq!(s.char_start, text[..s.bytes.start].chars().count());
        }
        if text.len() <= SECTION_BYTES {
            assert!(parts.len() <= 1);
        }
    }
}
