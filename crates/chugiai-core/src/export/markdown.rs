//! A Markdown brief for reading: who, which bodies, documents, places, dates, and the tasks.
//!
//! Built on [`crate::summary::summarize`]; pasted text is escaped so it never becomes markup or a link.

use crate::span::{Annotation, Label, Strength};
use crate::summary::{summarize, Item};

/// Escapes the characters Markdown (and inline HTML) would interpret inside a line; line breaks become spaces.
/// (Block markers such as `-`, `#`, `1.` only act at a line start, where pasted text never goes.)
pub(crate) fn md_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '<' | '>' | '~' | '&' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' | '\t' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

fn count(it: &Item) -> String {
    if it.count > 1 {
        format!(" ({} lần)", it.count)
    } else {
        String::new()
    }
}

fn strength(s: Option<Strength>) -> &'static str {
    match s {
        Some(Strength::Must) => " — bắt buộc",
        Some(Strength::Should) => " — cần",
        Some(Strength::Request) => " — đề nghị",
        None => "",
    }
}

pub(super) fn export(a: &Annotation) -> String {
    let s = summarize(a);
    let mut out = String::new();
    match &a.id {
        Some(id) => out.push_str(&format!("# Tóm tắt: {}\n", md_escape(id))),
        None => out.push_str("# Tóm tắt\n"),
    }
    let sections: [(Label, &str); 6] = [
        (Label::Person, "Người"),
        (Label::Organization, "Cơ quan, tổ chức"),
        (Label::Document, "Văn bản"),
        (Label::Location, "Địa danh"),
        (Label::Date, "Thời gian"),
        (Label::Event, "Sự kiện"),
    ];
    for (label, title) in sections {
        let items = s.items(label);
        if items.is_empty() {
            continue;
        }
        out.push_str(&format!("\n## {title} ({})\n\n", items.len()));
        for it in items {
            let shown = if label == Label::Date && it.value.is_some() { &it.key } else { &it.name };
            let mut line = format!("- **{}**", md_escape(shown));
            let extra: Vec<String> = match label {
                Label::Person => it.positions.clone(),
                Label::Date if it.value.is_some() => {
                    std::iter::once(it.name.clone()).chain(it.aliases.iter().cloned()).collect()
                }
                Label::Date => it.aliases.clone(),
                Label::Organization if !it.aliases.is_empty() => vec![it.aliases.join(", ")],
                // The detail without what the name already says (`Kết luận số 43-KL/TW; Ban Bí thư`).
                _ => it
                    .detail
                    .as_deref()
                    .map(|d| d.strip_prefix(it.name.as_str()).map_or(d, |r| r.trim_start_matches("; ")))
                    .filter(|d| !d.is_empty())
                    .map(str::to_string)
                    .into_iter()
                    .collect(),
            };
            if !extra.is_empty() {
                line.push_str(" — ");
                line.push_str(&md_escape(&extra.join("; ")));
            }
            line.push_str(&count(it));
            out.push_str(&line);
            out.push('\n');
        }
    }
    if !s.tasks.is_empty() {
        out.push_str(&format!("\n## Nhiệm vụ ({})\n\n", s.tasks.len()));
        for t in &s.tasks {
            let who = match (&t.issuer, &t.addressee) {
                (Some(i), Some(a)) => format!("{} → {}: ", md_escape(i), md_escape(a)),
                (Some(i), None) => format!("{}: ", md_escape(i)),
                (None, Some(a)) => format!("→ {}: ", md_escape(a)),
                (None, None) => String::new(),
            };
            let deadline =
                t.deadline.as_ref().map(|d| format!(" (hạn: {})", md_escape(d))).unwrap_or_default();
            out.push_str(&format!(
                "{}. {who}{}{deadline}{}\n",
                t.number,
                md_escape(&t.text),
                strength(t.strength)
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brief_of_a_directive_sentence() {
        let a = crate::annotate(
            "Đồng chí Hoàng Thị Vĩnh - Trưởng Ban Dân vận Tỉnh ủy Yên Bái yêu cầu các địa phương hoàn thành trước ngày 15/7/2025.",
        );
        let md = export(&a);
        assert!(md.starts_with("# Tóm tắt\n"), "{md}");
        assert!(
            md.contains("## Người (1)\n\n- **Hoàng Thị Vĩnh** — Trưởng Ban Dân vận Tỉnh ủy Yên Bái\n"),
            "{md}"
        );
        assert!(md.contains("- **Yên Bái** — tỉnh; từ 1/7/2025 thuộc Lào Cai\n"), "{md}");
        assert!(md.contains("- **2025-07-15** — ngày 15/7/2025\n"), "{md}");
        assert!(md.contains("1. Hoàng Thị Vĩnh → "), "{md}");
        assert!(md.contains("(hạn: 2025-07-15) — bắt buộc\n"), "{md}");
    }

    #[test]
    fn documents_decoded_without_repeating_their_name() {
        let a = crate::annotate(
            "Tiếp tục thực hiện Kết luận số 43-KL/TW ngày 07/01/2019 của Ban Bí thư về công tác dân vận.",
        );
        let md = export(&a);
        assert!(
            md.contains("## Văn bản (1)\n\n- **Kết luận số 43-KL/TW** — Ban Bí thư; 07/01/2019\n"),
            "{md}"
        );
    }

    #[test]
    fn pasted_markup_is_escaped() {
        assert_eq!(md_escape("[x](javascript:1) <b>*_\nA"), "\\[x\\](javascript:1) \\<b\\>\\*\\_ A");
    }
}
