//! The vocabulary of the engine's output: labels, entity spans and directive spans.
//!
//! Every offset is a Unicode code point (a Rust `char`) into the text exactly as the user gave it, `end`
//! exclusive, as `annotation-format.md` prescribes.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

/// The kind of thing an entity span names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Label {
    /// A named individual, without honorific or title.
    Person,
    /// An office, rank or membership, with the body it belongs to when written next to it.
    Position,
    /// A named body: Party, State, army, police, mass organisation, company, school, media.
    Organization,
    /// A named place: administrative unit, country, region, river, mountain.
    Location,
    /// A date, time, month, year, quarter, term or calendar-anchored period.
    Date,
    /// A legal or normative document named by number and code, short name, or as a named law.
    Document,
    /// A named meeting, congress, session, ceremony, campaign or movement.
    Event,
    /// Anything else worth a highlight.
    Misc,
}

impl Label {
    /// Every label, in the order the legend shows them.
    pub const ALL: [Label; 8] = [
        Label::Person,
        Label::Position,
        Label::Organization,
        Label::Location,
        Label::Date,
        Label::Document,
        Label::Event,
        Label::Misc,
    ];

    /// The label as written in the JSON (`PERSON`, `ORGANIZATION`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Person => "PERSON",
            Label::Position => "POSITION",
            Label::Organization => "ORGANIZATION",
            Label::Location => "LOCATION",
            Label::Date => "DATE",
            Label::Document => "DOCUMENT",
            Label::Event => "EVENT",
            Label::Misc => "MISC",
        }
    }

    /// Parses the JSON name of a label.
    pub fn parse(s: &str) -> Option<Label> {
        Label::ALL.into_iter().find(|l| l.as_str() == s)
    }
}

impl std::fmt::Display for Label {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One entity mention.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// First code point of the mention in the original text.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// What it names.
    pub label: Label,
    /// The original text of `start..end`.
    pub text: String,
    /// The rule or lexicon entry that produced it (`document.number_code`, `lexicon.admin_2025`). The engine's
    /// rule names are static strings, borrowed rather than copied for every span; a rule read back from JSON or
    /// set by hand may be owned.
    #[serde(default, skip_serializing_if = "str::is_empty")]
    pub rule: Cow<'static, str>,
    /// Normalised value: ISO date, decoded document, administrative level and 2025 mapping, full name…
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<serde_json::Value>,
}

/// How binding a directive is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Strength {
    /// An order or obligation (`phải`, `nghiêm cấm`, `yêu cầu`).
    Must,
    /// A recommendation (`cần`, `nên`).
    Should,
    /// A request (`đề nghị`, `mong`, `kêu gọi`).
    Request,
}

impl Strength {
    /// Its name in the JSON: `must`, `should`, `request`.
    pub fn as_str(self) -> &'static str {
        match self {
            Strength::Must => "must",
            Strength::Should => "should",
            Strength::Request => "request",
        }
    }
}

/// A sentence that assigns a task.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Directive {
    /// First code point of the sentence in the original text.
    pub start: usize,
    /// One past its final punctuation.
    pub end: usize,
    /// The original text of `start..end`.
    pub text: String,
    /// Who gives it: the person's name as written, else the body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<String>,
    /// Who must act, when stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub addressee: Option<String>,
    /// ISO date of a stated deadline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<String>,
    /// How binding it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strength: Option<Strength>,
    /// The cue or rule that made it a directive.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub rule: String,
}

/// The whole annotation of one article, in the JSON shape of `annotation-format.md`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Annotation {
    /// The article's identifier (its file stem in batch use).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The article exactly as given.
    pub text: String,
    /// Every entity mention, sorted by start, then longest first.
    pub entities: Vec<Entity>,
    /// Every directive sentence, in text order (absent when read: none, as in gold files of entities only).
    #[serde(default)]
    pub directives: Vec<Directive>,
}

impl Annotation {
    /// Its entities sorted by start, then longest first (ties in their order): one sort for the summary and
    /// the exports, so the browser build holds one copy of it.
    pub(crate) fn entities_in_order(&self) -> Vec<&Entity> {
        let mut v: Vec<&Entity> = self.entities.iter().collect();
        v.sort_by_key(|e| (e.start, std::cmp::Reverse(e.end)));
        v
    }
}

/// Slices `text` by code points: the text of a span.
pub fn char_slice(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end.saturating_sub(start)).collect()
}
