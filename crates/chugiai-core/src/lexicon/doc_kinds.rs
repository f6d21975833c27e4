//! Document kinds and the issuer codes of document numbers (`data/documents/`, written for this project; see
//! `data/documents/PROVENANCE.md`).

use std::collections::HashMap;
use std::sync::OnceLock;

/// A kind of document (`Nghị quyết`) and the abbreviations that stand for it in codes (`NQ`).
#[derive(Debug)]
pub(crate) struct Kind {
    /// The kind word as written, capitalised (`Nghị quyết`).
    pub name: &'static str,
    /// Its abbreviations in document codes.
    pub abbreviations: Vec<&'static str>,
}

/// The columns of each row of a table (no `Vec` per row: each row's columns are read as they are used).
fn rows(tsv: &'static str) -> impl Iterator<Item = impl Iterator<Item = &'static str>> {
    super::lines(tsv).filter(|l| super::is_row(l)).map(super::columns)
}

/// Every document kind, longest name first where one contains another (`Nghị quyết liên tịch`).
pub(crate) fn kinds() -> &'static [Kind] {
    static K: OnceLock<Vec<Kind>> = OnceLock::new();
    K.get_or_init(|| {
        // (A row always has a first column, perhaps empty, as `str::split` gives it.)
        rows(include_str!("../../data/documents/kinds.tsv"))
            .filter_map(|mut r| {
                let name = r.next()?;
                let abbreviations = r.next().map(|a| super::split_at(a, b',').collect()).unwrap_or_default();
                Some(Kind { name, abbreviations })
            })
            .collect()
    })
}

/// The kind an abbreviation of a code stands for (`KL` → `Kết luận`).
pub(crate) fn kind_of_abbreviation(abbr: &str) -> Option<&'static str> {
    kinds().iter().find(|k| k.abbreviations.contains(&abbr)).map(|k| k.name)
}

/// The body a part of a document code names (`CP` → `Chính phủ`, `BTCTW` → `Ban Tổ chức Trung ương`).
pub(crate) fn issuer_of_code(part: &str) -> Option<&'static str> {
    static I: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    I.get_or_init(|| {
        rows(include_str!("../../data/documents/issuers.tsv"))
            .filter_map(|mut r| Some((r.next()?, r.next()?)))
            .collect()
    })
    .get(part)
    .copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_and_issuer_codes() {
        assert_eq!(kind_of_abbreviation("KL"), Some("Kết luận"));
        assert_eq!(kind_of_abbreviation("NĐ"), Some("Nghị định"));
        assert_eq!(issuer_of_code("TTg"), Some("Thủ tướng Chính phủ"));
        assert_eq!(issuer_of_code("BTCTW"), Some("Ban Tổ chức Trung ương"));
        assert!(kinds().iter().any(|k| k.name == "Hiến pháp"));
    }
}
