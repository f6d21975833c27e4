//! A summary of one annotation: the distinct people, bodies, places, dates, documents and events it names,
//! each with every mention, and the numbered tasks.
//!
//! Mentions of the same thing are one [`Item`]:
//! - people by name (spelling normalised: NFC, modern tone placement, case, spaces);
//! - organisations by name, an acronym or short form joining its full name when the engine's `value.full`
//!   links them (`UBND tỉnh` and `Ủy ban nhân dân tỉnh`);
//! - places by name, with their administrative level and the unit they belong to since 1 July 2025;
//! - dates by their ISO value (`ngày 15/7/2025` and `15/7/2025` are one date), else by their text;
//! - documents by number and code (`Nghị quyết số 25-NQ/TW` and `Nghị quyết 25-NQ/TW`), with kind and issuer;
//! - positions, events and other spans by their text.
//!
//! Items are sorted by their first mention in the text, and each item's mentions are in text order, so a reader
//! can step through them. Every label of [`Label::ALL`] has a group, empty when nothing was found.

use serde::Serialize;
use serde_json::Value;

use crate::span::{Annotation, Entity, Label, Strength};

/// One mention of an item: a code-point span of the text, `end` exclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Mention {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
}

/// One distinct thing the article names, with all its mentions.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Item {
    /// Its label.
    pub label: Label,
    /// The name to show: the full form when known (an acronym's expansion), else the first mention as written.
    pub name: String,
    /// The normalised form mentions were grouped by (lower case).
    pub key: String,
    /// The other spellings it is written with in the article (an acronym beside its full name), in text order.
    pub aliases: Vec<String>,
    /// How many times it is mentioned (`mentions.len()`).
    pub count: usize,
    /// Every mention, in text order.
    pub mentions: Vec<Mention>,
    /// The engine's normalised value of its first mention that has one (ISO date, decoded document, level…).
    pub value: Option<Value>,
    /// A short human-readable description of the value, in Vietnamese: `tỉnh; từ 1/7/2025 thuộc Lào Cai`,
    /// `Nghị quyết số 25-NQ/TW; Ban Chấp hành Trung ương Đảng; 03/06/2013`, `2023-02-22`.
    pub detail: Option<String>,
    /// For a person: the positions written next to any of the mentions, first seen first, without repeats.
    pub positions: Vec<String>,
}

/// The items of one label.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Group {
    /// The label.
    pub label: Label,
    /// Distinct items, sorted by first mention.
    pub items: Vec<Item>,
    /// Total mentions of the label (sum of the items' counts).
    pub mentions: usize,
}

/// One task, numbered from 1 in text order.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Task {
    /// 1, 2, 3… in text order.
    pub number: usize,
    /// First code point of the sentence.
    pub start: usize,
    /// One past its end.
    pub end: usize,
    /// The sentence as written.
    pub text: String,
    /// Who gives it.
    pub issuer: Option<String>,
    /// Who must act.
    pub addressee: Option<String>,
    /// ISO date of the deadline.
    pub deadline: Option<String>,
    /// How binding it is.
    pub strength: Option<Strength>,
}

/// The summary of one annotation.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Summary {
    /// One group per label, in the order of [`Label::ALL`], each possibly empty.
    pub groups: Vec<Group>,
    /// The directives, numbered.
    pub tasks: Vec<Task>,
}

impl Summary {
    /// The items of one label, sorted by first mention.
    pub fn items(&self, label: Label) -> &[Item] {
        self.groups.iter().find(|g| g.label == label).map(|g| g.items.as_slice()).unwrap_or(&[])
    }
}

/// Summarises an annotation; see the [module docs](self) for how mentions are grouped and sorted.
pub fn summarize(a: &Annotation) -> Summary {
    let chars: Vec<char> = a.text.chars().collect();
    let mut groups: Vec<Group> =
        Label::ALL.iter().map(|&label| Group { label, items: Vec::new(), mentions: 0 }).collect();
    let entities = a.entities_in_order();
    let positions: Vec<&Entity> =
        entities.iter().copied().filter(|e| e.label == Label::Position && e.end > e.start).collect();
    let mut index: std::collections::HashMap<(usize, String), usize> = std::collections::HashMap::new();
    for e in &entities {
        let gi = Label::ALL.iter().position(|&l| l == e.label).unwrap_or(0);
        let (key, full) = key_of(e);
        let group = &mut groups[gi];
        let idx = match index.get(&(gi, key.clone())) {
            Some(&i) => i,
            None => {
                index.insert((gi, key.clone()), group.items.len());
                group.items.push(Item {
                    label: e.label,
                    name: full.clone().unwrap_or_else(|| e.text.clone()),
                    key,
                    aliases: Vec::new(),
                    count: 0,
                    mentions: Vec::new(),
                    value: None,
                    detail: None,
                    positions: Vec::new(),
                });
                group.items.len() - 1
            }
        };
        let item = &mut group.items[idx];
        item.count += 1;
        group.mentions += 1;
        item.mentions.push(Mention { start: e.start, end: e.end });
        if e.text != item.name && !item.aliases.contains(&e.text) {
            item.aliases.push(e.text.clone());
        }
        if item.value.is_none() && e.value.as_ref().is_some_and(|v| !v.is_null()) {
            item.value = e.value.clone();
        }
        if e.label == Label::Person {
            let mut found: Vec<String> = Vec::new();
            if let Some(list) = e.value.as_ref().and_then(|v| v.get("positions")).and_then(Value::as_array) {
                found.extend(list.iter().filter_map(Value::as_str).map(str::to_string));
            }
            found.extend(nearby_positions(e, &positions, &chars));
            for p in found {
                let p = p.trim().to_string();
                if !p.is_empty() && !item.positions.iter().any(|q| norm(q) == norm(&p)) {
                    item.positions.push(p);
                }
            }
        }
    }
    for g in &mut groups {
        for it in &mut g.items {
            it.detail = detail(it.label, it.value.as_ref());
        }
    }
    let tasks = a
        .directives
        .iter()
        .enumerate()
        .map(|(i, d)| Task {
            number: i + 1,
            start: d.start,
            end: d.end,
            text: d.text.clone(),
            issuer: d.issuer.clone(),
            addressee: d.addressee.clone(),
            deadline: d.deadline.clone(),
            strength: d.strength,
        })
        .collect();
    Summary { groups, tasks }
}

/// The normalised form of a name: NFC, modern tone placement, single spaces, lower case.
pub(crate) fn norm(s: &str) -> String {
    let n: String = crate::text::Normalized::new(s).chars.into_iter().collect();
    n.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// The grouping key of a mention and, for an acronym, the full name it stands for.
fn key_of(e: &Entity) -> (String, Option<String>) {
    let v = e.value.as_ref();
    let s = |k: &str| v.and_then(|v| v.get(k)).and_then(Value::as_str).map(str::to_string);
    match e.label {
        Label::Organization => match s("full") {
            Some(full) => (norm(&full), Some(full)),
            None => (norm(&e.text), None),
        },
        Label::Date => match v.and_then(Value::as_str) {
            Some(iso) => (iso.to_string(), None),
            None => (norm(&e.text), None),
        },
        Label::Document => match (s("number"), s("code")) {
            (Some(n), Some(c)) => (norm(&format!("{n}-{c}")), None),
            (None, Some(c)) => (norm(&c), None),
            _ => (norm(&e.text), None),
        },
        _ => (norm(&e.text), None),
    }
}

/// The positions written right before or right after a person's name (`Trưởng Ban Dân vận Tỉnh ủy Hoàng Thị
/// Vĩnh`, `Hoàng Thị Vĩnh - Ủy viên Ban Thường vụ, Trưởng Ban …`), separated only by spaces, commas or dashes.
fn nearby_positions(p: &Entity, positions: &[&Entity], chars: &[char]) -> Vec<String> {
    const MAX_GAP: usize = 4;
    let gap_ok = |from: usize, to: usize| {
        from <= to
            && to - from <= MAX_GAP
            && chars
                .get(from..to)
                .is_some_and(|g| g.iter().all(|c| c.is_whitespace() || ",-–—:".contains(*c)))
    };
    // `positions` is sorted by start: look only at the few that start near the name.
    let mut out = Vec::new();
    let first_after = positions.partition_point(|q| q.start < p.start);
    if let Some(before) = positions[..first_after]
        .iter()
        .rev()
        .take(8)
        .filter(|q| q.end <= p.start && gap_ok(q.end, p.start))
        .max_by_key(|q| (q.end, q.end - q.start))
    {
        out.push(before.text.clone());
    }
    let mut cursor = p.end;
    loop {
        let i = positions.partition_point(|q| q.start < cursor);
        let next = positions[i..]
            .iter()
            .take_while(|q| q.start <= cursor + MAX_GAP)
            .filter(|q| gap_ok(cursor, q.start))
            .max_by_key(|q| (std::cmp::Reverse(q.start), q.end));
        match next {
            Some(q) => {
                out.push(q.text.clone());
                cursor = q.end;
            }
            None => break,
        }
    }
    out
}

/// A short Vietnamese description of a value.
fn detail(label: Label, value: Option<&Value>) -> Option<String> {
    let v = value?;
    let s = |k: &str| v.get(k).and_then(Value::as_str).map(str::to_string);
    let text = match label {
        Label::Date => v.as_str().map(str::to_string)?,
        Label::Location => {
            let mut parts = Vec::new();
            if let Some(level) = s("level") {
                parts.push(level);
            }
            if let Some(now) = s("now_in") {
                parts.push(format!("từ 1/7/2025 thuộc {now}"));
            }
            parts.join("; ")
        }
        Label::Document => {
            let mut parts = Vec::new();
            let head = match (s("kind"), s("number"), s("code")) {
                (Some(k), Some(n), Some(c)) => format!("{k} số {n}-{c}"),
                (Some(k), Some(n), None) => format!("{k} số {n}"),
                (Some(k), None, Some(c)) => format!("{k} {c}"),
                (None, Some(n), Some(c)) => format!("số {n}-{c}"),
                (Some(k), None, None) => k,
                _ => String::new(),
            };
            parts.push(head);
            if let Some(i) = s("issuer") {
                parts.push(i);
            }
            if let Some(d) = s("date") {
                parts.push(vi_date(&d));
            }
            if let Some(t) = s("title") {
                parts.push(format!("“{t}”"));
            }
            parts.retain(|p| !p.is_empty());
            parts.join("; ")
        }
        Label::Organization => s("full")?,
        _ => match v {
            Value::String(s) => s.clone(),
            _ => return None,
        },
    };
    (!text.is_empty()).then_some(text)
}

/// `2013-06-03` → `03/06/2013`; other strings unchanged.
fn vi_date(iso: &str) -> String {
    let p: Vec<&str> = iso.split('-').collect();
    match p.as_slice() {
        [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => format!("{d}/{m}/{y}"),
        _ => iso.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotate;

    #[test]
    fn same_person_twice_is_one_item_with_two_mentions_and_positions() {
        let text = "Đồng chí Hoàng Thị Vĩnh - Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy chủ trì Hội nghị. \
                    Phát biểu kết luận, Trưởng Ban Dân vận Tỉnh ủy Hoàng Thị Vĩnh đề nghị các địa phương thực hiện tốt.";
        let s = summarize(&annotate(text));
        let people = s.items(Label::Person);
        assert_eq!(people.len(), 1, "{people:#?}");
        let p = &people[0];
        assert_eq!(p.name, "Hoàng Thị Vĩnh");
        assert_eq!(p.count, 2);
        assert!(p.mentions[0].start < p.mentions[1].start);
        let chars: Vec<char> = text.chars().collect();
        for m in &p.mentions {
            assert_eq!(chars[m.start..m.end].iter().collect::<String>(), "Hoàng Thị Vĩnh");
        }
        assert_eq!(p.positions, ["Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Tỉnh ủy"]);
    }

    #[test]
    fn acronym_joins_its_full_name() {
        let text = "Ủy ban nhân dân tỉnh đã ban hành kế hoạch. UBND tỉnh yêu cầu Sở Y tế báo cáo. UBND tỉnh giao Sở Tài chính.";
        let s = summarize(&annotate(text));
        let orgs = s.items(Label::Organization);
        let ubnd = orgs.iter().find(|o| o.key == "ủy ban nhân dân tỉnh").expect("UBND item");
        assert_eq!(ubnd.count, 3, "{orgs:#?}");
        assert_eq!(ubnd.name, "Ủy ban nhân dân tỉnh");
        assert_eq!(ubnd.aliases, ["UBND tỉnh"]);
        // Sorted by first mention.
        let firsts: Vec<usize> = orgs.iter().map(|o| o.mentions[0].start).collect();
        assert!(firsts.windows(2).all(|w| w[0] < w[1]), "{firsts:?}");
    }

    #[test]
    fn dates_by_iso_value_places_with_2025_mapping_documents_decoded() {
        let text = "Ngày 15/7/2025, tỉnh Yên Bái triển khai Nghị quyết số 25-NQ/TW. \
                    Đến ngày 15/7/2025, Yên Bái hoàn thành Nghị quyết số 25-NQ/TW.";
        let s = summarize(&annotate(text));
        let dates = s.items(Label::Date);
        assert_eq!(dates.len(), 1, "{dates:#?}");
        assert_eq!((dates[0].key.as_str(), dates[0].count), ("2025-07-15", 2));
        let places = s.items(Label::Location);
        let yb = places.iter().find(|p| p.name == "Yên Bái").unwrap();
        assert_eq!(yb.count, 2);
        assert_eq!(yb.detail.as_deref(), Some("tỉnh; từ 1/7/2025 thuộc Lào Cai"));
        let docs = s.items(Label::Document);
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].count, 2);
        assert!(docs[0].detail.as_deref().unwrap().starts_with("Nghị quyết số 25-NQ/TW"), "{docs:#?}");
    }

    #[test]
    fn tasks_are_numbered_with_issuer_addressee_deadline() {
        let text = "Đồng chí Hoàng Thị Vĩnh - Trưởng Ban Dân vận Tỉnh ủy Yên Bái yêu cầu các địa phương hoàn thành trước ngày 15/7.";
        let s = summarize(&annotate(text));
        assert_eq!(s.tasks.len(), 1);
        let t = &s.tasks[0];
        assert_eq!(t.number, 1);
        assert_eq!(t.issuer.as_deref(), Some("Hoàng Thị Vĩnh"));
        assert_eq!(t.strength, Some(Strength::Must));
        assert_eq!(s.groups.len(), Label::ALL.len());
    }

    #[test]
    fn empty_text_has_empty_groups() {
        let s = summarize(&annotate(""));
        assert!(s.groups.iter().all(|g| g.items.is_empty() && g.mentions == 0));
        assert!(s.tasks.is_empty());
    }
}
