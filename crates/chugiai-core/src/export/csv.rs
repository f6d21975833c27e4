//! CSV (RFC 4180): a header row, then one row per entity and one per directive, CRLF line ends.
//!
//! Columns: `kind,start,end,label,text,value,issuer,addressee,deadline,strength,rule`. `kind` is `entity` or
//! `directive` (whose `label` is `DIRECTIVE`); `value` is the ISO string of a date, else the value's JSON.
//! A cell holding a comma, a quote or a line break is quoted, quotes doubled. A cell that starts with `=`, `+`,
//! `-`, `@`, a tab or a carriage return gets a leading `'` so a spreadsheet never runs it as a formula.

use serde_json::Value;

use crate::span::{Annotation, Strength};

const HEADER: [&str; 11] =
    ["kind", "start", "end", "label", "text", "value", "issuer", "addressee", "deadline", "strength", "rule"];

/// One cell, made formula-safe and quoted when needed.
pub(crate) fn cell(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{s}") } else { s.to_string() };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

fn row(out: &mut String, cells: &[String]) {
    let line: Vec<String> = cells.iter().map(|c| cell(c)).collect();
    out.push_str(&line.join(","));
    out.push_str("\r\n");
}

pub(super) fn export(a: &Annotation) -> String {
    let mut out = String::new();
    row(&mut out, &HEADER.map(String::from));
    for e in &a.entities {
        let value = match &e.value {
            None | Some(Value::Null) => String::new(),
            Some(Value::String(s)) => s.clone(),
            Some(v) => v.to_string(),
        };
        row(
            &mut out,
            &[
                "entity".into(),
                e.start.to_string(),
                e.end.to_string(),
                e.label.as_str().into(),
                e.text.clone(),
                value,
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                e.rule.to_string(),
            ],
        );
    }
    for d in &a.directives {
        let strength = d.strength.map_or("", Strength::as_str).to_string();
        row(
            &mut out,
            &[
                "directive".into(),
                d.start.to_string(),
                d.end.to_string(),
                "DIRECTIVE".into(),
                d.text.clone(),
                String::new(),
                d.issuer.clone().unwrap_or_default(),
                d.addressee.clone().unwrap_or_default(),
                d.deadline.clone().unwrap_or_default(),
                strength,
                d.rule.clone(),
            ],
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_quoted_and_formula_safe() {
        let cases = [
            ("Hà Nội", "Hà Nội"),
            ("Hà Nội, Việt Nam", "\"Hà Nội, Việt Nam\""),
            ("Nghị quyết \"Tam nông\"", "\"Nghị quyết \"\"Tam nông\"\"\""),
            ("dòng 1\ndòng 2", "\"dòng 1\ndòng 2\""),
            ("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""),
            ("+84", "'+84"),
            ("-KL/TW", "'-KL/TW"),
            ("@sum", "'@sum"),
            ("", ""),
        ];
        for (input, expected) in cases {
            assert_eq!(cell(input), expected, "{input:?}");
        }
    }
}
