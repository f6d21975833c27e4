//! Exports of an annotation to other formats, and the import of the annotation JSON.
//!
//! Every format keeps the code-point offsets of the original text (except the Markdown brief, which is meant
//! for reading). One file per format:
//! - [`Format::Json`]: the annotation JSON of `annotation-format.md`, as the command-line tool writes it;
//! - [`Format::WebAnnotation`]: a W3C Web Annotation `AnnotationCollection` (JSON-LD) with a
//!   `TextPositionSelector` (code points) and a `TextQuoteSelector` (exact text, 32-character prefix and suffix);
//! - [`Format::Csv`]: one row per entity and per directive (RFC 4180, safe to open in a spreadsheet);
//! - [`Format::Conll`]: one token per line with BIO tags of the outermost and the innermost span;
//! - [`Format::Brat`]: brat standoff `.ann` (spans crossing a line break split into fragments);
//! - [`Format::Markdown`]: a brief: people and their positions, bodies, documents, places, dates, tasks.
//!
//! ```
//! use chugiai_core::export::{export, import_json, Format};
//!
//! let a = chugiai_core::annotate("Đồng chí Hoàng Thị Vĩnh yêu cầu các địa phương hoàn thành trước ngày 15/7/2025.");
//! let json = export(&a, Format::Json);
//! assert_eq!(import_json(&json).unwrap(), a);
//! assert!(export(&a, Format::Brat).contains("PERSON 9 23\tHoàng Thị Vĩnh"));
//! assert_eq!(Format::parse("md"), Some(Format::Markdown));
//! ```

mod brat;
mod conll;
mod csv;
mod json;
mod markdown;
mod web_annotation;

pub use json::{import_json, ImportError};

use crate::span::Annotation;

/// An export format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// The annotation JSON (`.json`).
    Json,
    /// W3C Web Annotation JSON-LD (`.jsonld`).
    WebAnnotation,
    /// Comma-separated values (`.csv`).
    Csv,
    /// CoNLL BIO columns (`.conll`).
    Conll,
    /// brat standoff (`.ann`).
    Brat,
    /// A Markdown brief (`.md`).
    Markdown,
}

impl Format {
    /// Every format, in the order a menu shows them.
    pub const ALL: [Format; 6] =
        [Format::Json, Format::WebAnnotation, Format::Csv, Format::Conll, Format::Brat, Format::Markdown];

    /// A short name, also accepted by [`Format::parse`] and by `chugiai annotate --format`.
    pub fn name(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::WebAnnotation => "jsonld",
            Format::Csv => "csv",
            Format::Conll => "conll",
            Format::Brat => "brat",
            Format::Markdown => "md",
        }
    }

    /// The file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::WebAnnotation => "jsonld",
            Format::Csv => "csv",
            Format::Conll => "conll",
            Format::Brat => "ann",
            Format::Markdown => "md",
        }
    }

    /// The media type of the exported file.
    pub fn mime(self) -> &'static str {
        match self {
            Format::Json => "application/json",
            Format::WebAnnotation => "application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"",
            Format::Csv => "text/csv; charset=utf-8",
            Format::Conll => "text/plain; charset=utf-8",
            Format::Brat => "text/plain; charset=utf-8",
            Format::Markdown => "text/markdown; charset=utf-8",
        }
    }

    /// Parses a format name or extension, case-insensitively: `json`, `jsonld` (or `webannotation`, `w3c`),
    /// `csv`, `conll`, `brat` (or `ann`), `md` (or `markdown`).
    pub fn parse(s: &str) -> Option<Format> {
        match s.trim().to_ascii_lowercase().as_str() {
            "json" => Some(Format::Json),
            "jsonld" | "json-ld" | "webannotation" | "web-annotation" | "w3c" => Some(Format::WebAnnotation),
            "csv" => Some(Format::Csv),
            "conll" | "bio" => Some(Format::Conll),
            "brat" | "ann" => Some(Format::Brat),
            "md" | "markdown" => Some(Format::Markdown),
            _ => None,
        }
    }
}

impl std::fmt::Display for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// Writes an annotation in a format.
pub fn export(a: &Annotation, f: Format) -> String {
    match f {
        Format::Json => json::export(a),
        Format::WebAnnotation => web_annotation::export(a),
        Format::Csv => csv::export(a),
        Format::Conll => conll::export(a),
        Format::Brat => brat::export(a),
        Format::Markdown => markdown::export(a),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_format_parses_back_from_its_name_and_extension() {
        for f in Format::ALL {
            assert_eq!(Format::parse(f.name()), Some(f));
            assert_eq!(Format::parse(f.extension()), Some(f));
            assert_eq!(Format::parse(&f.name().to_uppercase()), Some(f));
        }
        assert_eq!(Format::parse("xml"), None);
    }
}
