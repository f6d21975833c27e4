//! The ORGANIZATION recogniser.
//!
//! A body is a *unit* followed by its *qualifiers*:
//! - a unit is a known body (`Bộ Chính trị`, `Ủy ban nhân dân`, `TTXVN`; `data/org/bodies.tsv`) or a head word
//!   with a name (`Sở Nội vụ`, `Công ty Cường Hưng`, `Trường THPT Trưng Vương`, `Quân khu 2`);
//! - qualifiers are, in any number: `Trung ương` (`T.Ư`, `TW`) and `Đảng` after it, `Việt Nam`, a level word with
//!   its place (`tỉnh Yên Bái`, `xã Tứ Cường`, `phường 5`) or alone (`UBND tỉnh`), a place name written right
//!   after a local body (`Tỉnh ủy Yên Bái`, `Công an Sóc Trăng`), and another body it belongs to
//!   (`Ban Dân vận Tỉnh ủy`, `Ban cán sự đảng Bộ Khoa học và Công nghệ`), which makes one span, never two nested.
//!
//! A lowercase mention counts only when some word of it is capitalised (`ban Tuyên giáo Trung ương`,
//! `đoàn Kiểm tra số 471`), so `ban chỉ đạo` in running text is not a body.

use super::Candidate;
use crate::lexicon::{self, Phrase, WordSet};
use crate::span::Label;
use crate::text::{words_at, Gap, Kind, Token, TokenBuf};

/// Finds ORGANIZATION candidates in the normalised text.
///
/// `find_entities` calls [`find`] with the tokens it shares between recognisers.
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) fn recognize(chars: &[char]) -> Vec<Candidate> {
    let buf = TokenBuf::new(chars);
    let toks = buf.tokens();
    find(&toks, &super::position::Titles::new(&toks))
}

/// Finds ORGANIZATION candidates in the tokens of the normalised text.
pub(crate) fn find(toks: &[Token], titles: &super::position::Titles) -> Vec<Candidate> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        // A title is not a body; `Trưởng ban X` shares the head word `ban` with the body `ban X`.
        if let Some((p, e)) = titles.title_at(i) {
            let shared = super::position::shared_head(p.lower);
            let body = (shared > 0).then(|| org_at(toks, e - shared)).flatten();
            match body.filter(|m| m.end > e || (shared >= 2 && m.end == e)) {
                Some(_) => i = e - shared,
                None => {
                    i = e;
                    continue;
                }
            }
        } else if i > 0
            && toks[i].gap == Gap::Space
            && toks[i - 1].kind == Kind::Word
            && LEVEL_FIRSTS.contains(&toks[i - 1])
            && level_at(toks, i - 1).is_some()
        {
            // `thôn Hội Phú` is a place.
            i += 1;
            continue;
        }
        if let Some(m) = org_at(toks, i) {
            let value = m.full.map(|f| serde_json::json!({ "full": f }));
            out.push(Candidate {
                start: toks[i].start,
                end: toks[m.end - 1].end,
                label: Label::Organization,
                rule: m.rule,
                value,
            });
            i = m.end;
        } else {
            i += 1;
        }
    }
    out
}

/// A body found at a token position.
#[derive(Debug)]
pub(crate) struct OrgMatch {
    /// One past its last token.
    pub end: usize,
    /// The rule that found it.
    pub rule: &'static str,
    /// The full name, when the mention uses an acronym.
    pub full: Option<String>,
}

/// Lowercase words that never continue a body's name (function words and the verbs that follow a subject).
const STOP: &[&str] = &[
    "đã",
    "đang",
    "sẽ",
    "vừa",
    "và",
    "của",
    "với",
    "cho",
    "có",
    "là",
    "được",
    "bị",
    "về",
    "tại",
    "trong",
    "ngoài",
    "để",
    "từ",
    "đến",
    "các",
    "những",
    "này",
    "đó",
    "thì",
    "mà",
    "cũng",
    "vẫn",
    "còn",
    "không",
    "chưa",
    "rất",
    "đều",
    "do",
    "theo",
    "như",
    "nhưng",
    "hoặc",
    "hay",
    "khi",
    "nếu",
    "phải",
    "cần",
    "nên",
    "ra",
    "vào",
    "lên",
    "trên",
    "dưới",
    "sau",
    "trước",
    "giữa",
    "bằng",
    "qua",
    "lại",
    "năm",
    "ngày",
    "tháng",
    "lần",
    "số",
    "tổ",
    "chủ",
    "tham",
    "thực",
    "triển",
    "phối",
    "báo",
    "kiểm",
    "đề",
    "yêu",
    "giao",
    "chỉ",
    "tiếp",
    "làm",
    "ký",
    "trao",
    "tặng",
    "nhận",
    "gửi",
    "đạt",
    "dự",
    "thăm",
    "đánh",
    "khẳng",
    "nhấn",
    "phát",
    "thông",
    "quyết",
    "ban",
    "cùng",
    "đi",
    "vì",
    "tỉnh",
    "huyện",
    "xã",
    "phường",
    "quận",
    "thị",
    "thành",
    "thôn",
    "nhiệm",
    "khóa",
    "giai",
];

/// Level words of administrative units, lowercase, by number of tokens.
const LEVELS: &[&str] = &[
    "thành phố",
    "thị xã",
    "thị trấn",
    "khu phố",
    "tỉnh",
    "huyện",
    "quận",
    "xã",
    "phường",
    "thôn",
    "bản",
    "ấp",
    "tp",
];

/// The first words of [`LEVELS`].
static LEVEL_FIRSTS: WordSet = WordSet::new(&[
    "thành",
    "thị",
    "khu",
    "tỉnh",
    "huyện",
    "quận",
    "xã",
    "phường",
    "thôn",
    "bản",
    "ấp",
    "tp",
]);

/// Heads that take a number right after them (`Quân khu 2`, `Đoàn kiểm tra số 470`, `Ban chỉ đạo 751`).
const NUMBERED: &[&str] = &[
    "đoàn kiểm tra",
    "đoàn công tác",
    "đoàn giám sát",
    "tổ công tác",
    "ban chỉ đạo",
    "quân khu",
    "quân đoàn",
    "sư đoàn",
    "trường",
    "đảng ủy khối",
];

/// Bodies that take a place name written right after them (`Tỉnh ủy Yên Bái`, `Công an Sóc Trăng`).
const LOCAL: &[&str] = &[
    "tỉnh ủy",
    "thành ủy",
    "huyện ủy",
    "quận ủy",
    "thị ủy",
    "đảng ủy",
    "đảng bộ",
    "chi bộ",
    "ủy ban nhân dân",
    "ubnd",
    "hội đồng nhân dân",
    "hđnd",
    "công an",
    "ủy ban mặt trận tổ quốc",
    "mttq",
    "ban chỉ đạo",
    "bộ chỉ huy quân sự",
    "trường chính trị",
    "hội nông dân",
    "hội liên hiệp phụ nữ",
    "liên đoàn lao động",
    "hội cựu chiến binh",
    "đoàn thanh niên",
    "tòa án nhân dân",
    "viện kiểm sát nhân dân",
    "cảng",
    "sở",
    "thanh tra",
];

/// Place abbreviations written in capitals.
const PLACE_ABBR: &[&str] = &["TPHCM", "TP.HCM", "HCM", "TP.HN"];

/// The body mentioned at token `i`, if any.
///
/// (Inlined where it is asked: most tokens start no body, told by its first tests, cheaper than the call;
/// the attempt itself, [`body_at`], stays out of line.)
#[inline(always)]
pub(crate) fn org_at(toks: &[Token], i: usize) -> Option<OrgMatch> {
    let t = toks.get(i)?;
    if t.kind != Kind::Word {
        return None;
    }
    if is_site(t.text) {
        return Some(OrgMatch { end: i + 1, rule: "org.site", full: None });
    }
    // Every body starts with a unit, whose first word is a lexicon phrase's: most tokens are ruled out here by
    // one bit, before the attempt with its qualifiers.
    if !lexicon::bodies().may_start_at(toks, i) {
        return None;
    }
    body_at(toks, i, t)
}

/// [`org_at`] at a token that may start a unit. (Out of line: most calls of `org_at` end at its Bloom test,
/// and need none of this function's frame.)
#[inline(never)]
fn body_at(toks: &[Token], i: usize, t: &Token) -> Option<OrgMatch> {
    // `các Tỉnh ủy`, `những Đảng bộ` stand for a class of bodies, not one.
    let prev = i.checked_sub(1).map(|p| &toks[p]).filter(|_| t.gap == Gap::Space);
    if prev.is_some_and(|p| matches!(p.lower, "các" | "những" | "mỗi" | "từng")) {
        return None;
    }
    // `Hội trường Diên Hồng`: a lowercase head glued to the capitalised word before it is a compound.
    if t.lower == "trường" && prev.is_some_and(|p| p.is_cap()) {
        return None;
    }
    let unit = unit_at(toks, i)?;
    if t.is_lower() && unit.bare {
        return None;
    }
    let mut end = unit.end;
    let mut rule = unit.rule;
    let mut full_parts: Vec<(usize, usize, &'static str)> = unit.full.into_iter().collect();
    let mut extended = false;
    let mut local = unit.local;
    let mut delegation = unit.delegation;
    let mut placed = false;
    let mut party_body = unit.party;
    // A body has a handful of qualifiers at most: the bound keeps odd input (`tỉnh tỉnh tỉnh …`) linear.
    for _ in 0..16 {
        // `Ủy ban Kiểm tra (UBKT) Trung ương`: an acronym in brackets inside the name.
        if let (Some(o), Some(a), Some(c)) = (toks.get(end), toks.get(end + 1), toks.get(end + 2)) {
            if o.is_punct('(') && o.gap == Gap::Space && a.is_all_caps() && c.is_punct(')') {
                let more =
                    toks.get(end + 3).is_some_and(|n| n.gap == Gap::Space && is_qualifier(toks, end + 3));
                if more {
                    end += 3;
                    continue;
                }
            }
        }
        let Some(next) = toks.get(end) else { break };
        if next.gap != Gap::Space {
            break;
        }
        // `Trung ương Đảng`, `T.Ư Đảng`.
        if next.text == "Đảng" && matches!(toks[end - 1].lower, "ương" | "t.ư" | "tư" | "tw") {
            end += 1;
            extended = true;
            continue;
        }
        // `Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội`.
        if unit.committee && next.lower == "của" && toks.get(end + 1).is_some_and(|q| q.text == "Quốc") {
            if let Some((_, e)) =
                lexicon::bodies().longest_at(toks, end + 1).filter(|(p, _)| p.text == "Quốc hội")
            {
                end = e;
                extended = true;
                continue;
            }
        }
        // `UBND các xã, thị trấn`: the bodies of every unit of a level, one span.
        if next.lower == "các" && unit_at(toks, end + 1).is_none() {
            if let Some(mut e) = level_at(toks, end + 1) {
                while toks.get(e).is_some_and(|c| c.is_punct(',')) {
                    match toks.get(e + 1).filter(|n| n.gap == Gap::Space).and_then(|_| level_at(toks, e + 1))
                    {
                        Some(x) => e = x,
                        None => break,
                    }
                }
                // `các tỉnh Hòa Bình, Tuyên Quang` names the units: not part of the body.
                if !toks.get(e).is_some_and(|n| n.gap == Gap::Space && n.is_cap()) {
                    end = e;
                    extended = true;
                    continue;
                }
            }
        }
        // `Ban Thường vụ các Tỉnh ủy, Thành ủy`: the bodies of a class, one span.
        if next.lower == "các" {
            if let Some(mut e) = unit_at(toks, end + 1).filter(|u| !u.bare).map(|u| u.end) {
                while toks.get(e).is_some_and(|c| c.is_punct(',')) {
                    match toks.get(e + 1).filter(|n| n.gap == Gap::Space).and_then(|_| unit_at(toks, e + 1)) {
                        Some(u) if !u.bare => e = u.end,
                        _ => break,
                    }
                }
                end = e;
                extended = true;
                continue;
            }
        }
        // `Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh`: one office serving two bodies.
        if unit.serves && extended && next.lower == "và" {
            if let Some(u) =
                toks.get(end + 1).filter(|n| n.gap == Gap::Space).and_then(|_| unit_at(toks, end + 1))
            {
                if !u.bare {
                    end = u.end;
                    local = u.local;
                    placed = false;
                    continue;
                }
            }
        }
        // Another body this one belongs to (`Ban Dân vận Tỉnh ủy`); never after a place.
        if !delegation && !placed {
            if let Some(u) = unit_at(toks, end) {
                let bare_ok = u.bare && party_body && toks[end].text == "Bộ";
                if !u.bare || bare_ok {
                    if let Some(f) = u.full {
                        full_parts.push(f);
                    }
                    end = u.end;
                    local = u.local;
                    delegation = u.delegation;
                    party_body = u.party;
                    extended = true;
                    if rule != "org.acronym" {
                        rule = "org.chain";
                    }
                    continue;
                }
            }
        }
        // Qualifier phrases: Trung ương, Việt Nam, các cấp…
        if let Some((p, e)) = lexicon::bodies().matches_at(toks, end).find(|(p, _)| p.kind == "qual") {
            if let Some(f) = p.extra {
                full_parts.push((end, e, f));
            }
            end = e;
            extended = true;
            continue;
        }
        // `Kho bạc Nhà nước khu vực II`, `Chi cục Thuế khu vực 15`: the regional bodies of 2025.
        if is_numbered_region(toks, end) {
            end += 3;
            extended = true;
            placed = true;
            continue;
        }
        // A level word, with its place or number.
        if let Some(e) = level_at(toks, end) {
            let after = place_after_level(toks, e);
            if after > e {
                end = after;
                placed = true;
            } else if is_bare_level_ok(toks, end, e) {
                end = e;
            } else {
                break;
            }
            extended = true;
            continue;
        }
        // A place name right after a local body.
        if !placed {
            if let Some(e) = place_run(toks, end, local, false) {
                end = e;
                extended = true;
                placed = true;
                continue;
            }
        }
        break;
    }
    // `Ban Chỉ đạo về …`, `Tổ công tác về rà soát, tháo gỡ …`: a steering body named by its task.
    if unit.tasked {
        if let Some(e) = task_description(toks, end) {
            end = e;
            extended = true;
        }
    }
    if unit.needs_more && !extended {
        return None;
    }
    // A mention counts only if some word of it is capitalised.
    if !toks[i..end].iter().any(|t| t.is_cap() || t.is_all_caps()) {
        return None;
    }
    let full = if full_parts.is_empty() { None } else { Some(expand(toks, i, end, &full_parts)) };
    Some(OrgMatch { end, rule, full })
}

/// Does a qualifier or another body start at `k`?
fn is_qualifier(toks: &[Token], k: usize) -> bool {
    lexicon::bodies().matches_at(toks, k).any(|(p, _)| p.kind != "head")
}

/// Words that end a task description (what the body does next, or a new clause).
const TASK_ENDS: &[&str] = &[
    "do",
    "đã",
    "được",
    "có",
    "sẽ",
    "đang",
    "là",
    "cần",
    "phải",
    "giữa",
    "để",
    "nhằm",
    "thì",
    "mà",
    "vừa",
    "yêu",
    "chỉ",
    "tổ",
    "họp",
    "báo",
    "kiểm",
    "chủ",
    "tiếp",
    "thường",
    "phát",
    "triển",
    "gồm",
    "năm",
    "ngày",
    "tháng",
    "theo",
    "trong",
];

/// The task that names a steering body, from `về`, `điều hành`, `nhà nước` on: one past it.
fn task_description(toks: &[Token], k: usize) -> Option<usize> {
    let first = toks.get(k).filter(|t| t.gap == Gap::Space)?;
    let second = toks.get(k + 1).map(|t| t.lower).unwrap_or("");
    let starts = match first.lower {
        "về" => true,
        "điều" => second == "hành",
        "nhà" => second == "nước",
        _ => false,
    };
    if !starts {
        return None;
    }
    let mut e = k;
    while e < toks.len() && e - k < 30 {
        let t = &toks[e];
        if t.is_punct(',') && t.gap == Gap::None {
            let go_on = toks.get(e + 1).is_some_and(|n| {
                n.gap == Gap::Space && n.is_lower() && !TASK_ENDS.contains(&n.lower) && n.lower != "các"
            });
            if !go_on {
                break;
            }
            e += 1;
            continue;
        }
        if t.gap != Gap::Space || !(t.is_lower() || t.kind == Kind::Number) {
            break;
        }
        if e > k && TASK_ENDS.contains(&t.lower) {
            break;
        }
        e += 1;
    }
    (e - k >= 3).then_some(e)
}

/// The span text with each acronym replaced by its full name.
fn expand(toks: &[Token], start: usize, end: usize, parts: &[(usize, usize, &'static str)]) -> String {
    let mut s = String::new();
    let mut k = start;
    while k < end {
        if k > start && toks[k].gap != Gap::None {
            s.push(' ');
        }
        match parts.iter().find(|(at, _, _)| *at == k) {
            Some(&(_, e, f)) => {
                s.push_str(f);
                k = e.max(k + 1);
            }
            None => {
                s.push_str(toks[k].text);
                k += 1;
            }
        }
    }
    s
}

/// One body name without its qualifiers.
struct Unit {
    end: usize,
    rule: &'static str,
    /// The tokens of the acronym or short form (first, one past the last) and its full name.
    full: Option<(usize, usize, &'static str)>,
    /// A head word standing alone (`Bộ`, `Đoàn`).
    bare: bool,
    /// Only a body when something follows (`Thường trực` Tỉnh ủy).
    needs_more: bool,
    /// Takes a bare place name after it.
    local: bool,
    /// A delegation: the body it comes from is its own span.
    delegation: bool,
    /// A Party body that the ministry it leads follows (`Ban cán sự đảng Bộ`).
    party: bool,
    /// A committee of the National Assembly (`Ủy ban … của Quốc hội`).
    committee: bool,
    /// An office that serves the bodies named after it (`Văn phòng`).
    serves: bool,
    /// A body named by its task (`Ban Chỉ đạo về …`).
    tasked: bool,
}

fn unit_at(toks: &[Token], i: usize) -> Option<Unit> {
    let t = toks.get(i)?;
    if t.kind != Kind::Word || !lexicon::bodies().may_start_at(toks, i) {
        return None;
    }
    for (p, end) in lexicon::bodies().matches_at(toks, i) {
        let unit = |end, rule, full, bare, needs_more| Unit {
            end,
            rule,
            full,
            bare,
            needs_more,
            local: LOCAL.contains(&p.lower),
            delegation: p.text.starts_with("Đoàn ") || p.text.starts_with("Tổ "),
            party: matches!(p.lower, "ban cán sự đảng" | "ban cán sự" | "đảng đoàn" | "đảng ủy"),
            committee: p.lower.starts_with("ủy ban "),
            serves: p.lower == "văn phòng",
            tasked: matches!(p.lower, "ban chỉ đạo" | "tổ công tác" | "ban quản lý dự án"),
        };
        // (Whether the case fits is asked only of the phrases that may make a unit here: it is the costliest
        // test, on lowercase words.)
        match p.kind {
            "abbr" | "media" if joined_is(&toks[i..end], |s| s == p.text) && case_fits(toks, i, p) => {
                let rule = if p.kind == "abbr" { "org.acronym" } else { "org.media" };
                return Some(unit(end, rule, p.extra.map(|f| (i, end, f)), false, false));
            }
            "body" | "chain" if case_fits(toks, i, p) => {
                let full = p.extra.map(|f| (i, end, f));
                let end = numbered(toks, end, p).unwrap_or(end);
                return Some(unit(end, "org.lexicon", full, false, p.kind == "chain"));
            }
            "head" | "bare" => {
                if t.is_lower() && !matches!(t.lower, "ban" | "đoàn" | "phòng" | "trường")
                    || !case_fits(toks, i, p)
                {
                    continue;
                }
                // `Đoàn Văn Hậu` is a person: delegations are named by the lexicon (`Đoàn kiểm tra`).
                let name = if p.lower == "đoàn" { None } else { name_at(toks, end) };
                if let Some(e) = name {
                    // `Đài Loan`, `Hội An` are places.
                    if known_place_at(toks, i).is_some_and(|k| k > end) {
                        return None;
                    }
                    let e = numbered(toks, e, p).unwrap_or(e);
                    return Some(unit(e, "org.head_name", None, false, false));
                }
                if let Some(e) = numbered(toks, end, p) {
                    return Some(unit(e, "org.head_name", None, false, false));
                }
                // `Văn phòng UBND tỉnh`: the body it serves follows.
                if p.lower == "văn phòng"
                    && toks.get(end).is_some_and(|n| n.gap == Gap::Space)
                    && unit_at(toks, end).is_some_and(|u| !u.bare)
                {
                    return Some(unit(end, "org.head_name", None, false, true));
                }
                if p.kind == "bare" && t.is_cap() && bare_ok(toks, i, end) {
                    return Some(unit(end, "org.short_form", None, true, false));
                }
            }
            _ => {}
        }
    }
    None
}

/// A case-blind match keeps the capitals it has: `đảng Bộ` is not `Đảng bộ`. A lowercase start followed by a
/// capital where the lexicon has none is another phrase.
fn case_fits(toks: &[Token], i: usize, p: &Phrase) -> bool {
    if !toks[i].is_lower() {
        return true;
    }
    p.text.split(' ').enumerate().skip(1).all(|(w, written)| {
        let tok = toks.get(i + w);
        let data_cap = written.chars().next().is_some_and(char::is_uppercase);
        let starts_body = || lexicon::bodies().matches_at(toks, i + w).next().is_some();
        !(tok.is_some_and(|t| t.is_cap()) && !data_cap && starts_body())
    })
}

/// A number after a head that takes one (`Quân khu 2`, `Đoàn kiểm tra số 470`).
fn numbered(toks: &[Token], end: usize, p: &Phrase) -> Option<usize> {
    if !NUMBERED.contains(&p.lower) {
        return None;
    }
    let t = toks.get(end).filter(|t| t.gap == Gap::Space)?;
    if t.kind == Kind::Number {
        return Some(end + 1);
    }
    let n = toks.get(end + 1).filter(|n| n.gap == Gap::Space && n.kind == Kind::Number)?;
    (t.lower == "số" && n.kind == Kind::Number).then_some(end + 2)
}

/// Can the head word at `i` (`Bộ`, `Đoàn`) stand alone for a body here?
fn bare_ok(toks: &[Token], i: usize, end: usize) -> bool {
    let t = &toks[i];
    let next = toks.get(end);
    if next.is_some_and(|n| n.gap == Gap::Space && (n.is_cap() || n.is_all_caps())) {
        return false;
    }
    // `các Bộ, ngành`: a list of kinds of bodies.
    if next.is_some_and(|n| n.is_punct(',') || n.is_punct('-'))
        && toks.get(end + 1).is_some_and(|n| matches!(n.lower, "ngành" | "ban" | "sở" | "địa" | "cơ"))
    {
        return false;
    }
    let prev = i.checked_sub(1).map(|p| &toks[p]);
    if prev.is_some_and(|p| matches!(p.lower, "các" | "những" | "mỗi" | "từng" | "cán" | "ngang" | "toàn"))
    {
        return false;
    }
    let next_lower = next.filter(|n| n.gap == Gap::Space).map(|n| n.lower).unwrap_or("");
    match t.lower {
        // Not a word of its own (`Bộ trưởng`, `Bộ luật`, `Bộ đội`).
        "bộ" => !matches!(
            next_lower,
            "trưởng"
                | "luật"
                | "đội"
                | "máy"
                | "phận"
                | "tiêu"
                | "quy"
                | "đề"
                | "tộc"
                | "môn"
                | "sách"
                | "mặt"
                | "hồ"
        ),
        "đoàn" => !matches!(next_lower, "kết" | "viên" | "thể" | "tụ" | "tàu" | "xe" | "văn" | "thị"),
        "công" => {
            prev.is_some_and(|p| p.is_lower()) && !matches!(next_lower, "nghệ" | "nhân" | "mẹ" | "con")
        }
        _ => false,
    }
}

/// A name after a head word: capitalised words, each maybe with one lowercase syllable (`Xây dựng`),
/// joined by `và`, `-`, `&` (`Kế hoạch và Đầu tư`, `Tài chính - Kế hoạch`), ending maybe with a roman numeral.
fn name_at(toks: &[Token], start: usize) -> Option<usize> {
    let n = toks.len();
    let mut k = start;
    let mut taken = 0;
    let mut prev_cap = false;
    while k < n {
        let t = &toks[k];
        if taken > 0 && (t.lower == "và" || t.is_punct('-') || t.is_punct('–') || t.is_punct('&')) {
            let joined =
                toks.get(k + 1).is_some_and(|x| (x.is_cap() || x.is_all_caps()) && x.gap != Gap::Newline);
            // `Bệnh viện Chợ Rẫy và Sở Y tế`: two bodies, not one name.
            let other = lexicon::bodies().matches_at(toks, k + 1).next().is_some();
            if joined && t.gap != Gap::Newline && !other && !starts_other(toks, k + 1) {
                k += 1;
                prev_cap = false;
                continue;
            }
            break;
        }
        if t.gap != Gap::Space {
            break;
        }
        if !(t.is_cap() || t.is_all_caps()) || level_at(toks, k).is_some() {
            break;
        }
        if taken > 0 && (starts_other(toks, k) || person_after_name(toks, k)) {
            break;
        }
        // A title, a vague word or another body is not a name (`Văn phòng` + `Đoàn đại biểu Quốc hội`).
        if taken == 0
            && (lexicon::titles().longest_at(toks, k).is_some()
                || is_vague(t)
                || is_function_word(t)
                || lexicon::bodies()
                    .matches_at(toks, k)
                    .any(|(p, _)| p.kind == "body" && p.text.contains(' ')))
        {
            break;
        }
        k += 1;
        taken += 1;
        let word_start = !prev_cap;
        prev_cap = true;
        if word_start && !t.is_all_caps() {
            if let Some(x) = toks.get(k) {
                if x.gap == Gap::Space && x.is_lower() && continues_name(toks, k) {
                    k += 1;
                    prev_cap = false;
                }
            }
        }
    }
    (taken > 0).then_some(k)
}

/// A person named right after a complete body name (`Giám đốc Sở Y tế Nguyễn Văn Hùng`): a surname after a
/// lowercase syllable, then one to three capitalised syllables that end the run. `Hồ Chí Minh` names bodies.
fn person_after_name(toks: &[Token], k: usize) -> bool {
    if !toks[k - 1].is_lower() || !lexicon::is_surname(toks[k].text) || toks[k].text == "Hồ" {
        return false;
    }
    let run =
        toks[k + 1..].iter().take_while(|t| t.gap == Gap::Space && t.is_cap() && !t.is_all_caps()).count();
    (1..=3).contains(&run)
        && !toks.get(k + 1 + run).is_some_and(|t| {
            t.gap == Gap::Space && t.is_lower() && !STOP.contains(&t.lower) && t.lower != "thông"
        })
}

/// Does the lowercase syllable at `k` continue the capitalised word before it? Not a function word or a verb
/// (`Sở Y tế thông báo`), but `thông` does in `Truyền thông` unless `qua` or `báo` follows (`thông qua`).
/// `khu vực II`, `khu vực 15` at `k`: the numbered region of a body reorganised in 2025.
fn is_numbered_region(toks: &[Token], k: usize) -> bool {
    let is_numeral = |n: &Token| n.kind == Kind::Number || super::event::is_roman(n);
    toks.get(k).is_some_and(|t| t.gap == Gap::Space && t.lower == "khu")
        && toks.get(k + 1).is_some_and(|v| v.gap == Gap::Space && v.lower == "vực")
        && toks.get(k + 2).is_some_and(|n| n.gap == Gap::Space && is_numeral(n))
}

fn continues_name(toks: &[Token], k: usize) -> bool {
    let x = &toks[k];
    // The region is a qualifier of the body, not part of its name (`Chi cục Thuế` + `khu vực 15`).
    if is_numbered_region(toks, k) {
        return false;
    }
    if x.lower == "thông" {
        return toks[k - 1].lower == "truyền"
            && !toks.get(k + 1).is_some_and(|n| matches!(n.lower, "qua" | "báo"));
    }
    !STOP.contains(&x.lower)
}

/// A capitalised function word (`Để`, `Theo`, `Trong`) or a word that is never part of a name.
pub(crate) fn is_function_word(t: &Token) -> bool {
    matches!(
        t.lower,
        "để" | "theo"
            | "trong"
            | "tại"
            | "với"
            | "của"
            | "và"
            | "nhưng"
            | "ngoài"
            | "từ"
            | "đến"
            | "khi"
            | "nếu"
            | "do"
            | "được"
            | "đã"
            | "sẽ"
            | "các"
            | "những"
            | "này"
            | "đó"
            | "thì"
            | "mà"
            | "cũng"
            | "vẫn"
            | "còn"
            | "không"
            | "chưa"
            | "về"
            | "cho"
            | "là"
            | "có"
            | "đảng"
            | "lãnh"
            | "nhà"
            | "nước"
            | "ngày"
            | "tháng"
            | "sáng"
            | "chiều"
            | "tối"
            | "hiện"
            | "trên"
            | "dưới"
            | "sau"
            | "trước"
            | "qua"
            | "bên"
    )
}

/// Capitalised words that start sentences, not names.
fn is_vague(t: &Token) -> bool {
    matches!(t.lower, "nhà" | "các" | "những" | "trong" | "theo" | "tại" | "khóa" | "kỳ" | "lần")
}

/// Does another body, a title or a place level start at token `k`?
fn starts_other(toks: &[Token], k: usize) -> bool {
    lexicon::bodies().matches_at(toks, k).any(|(p, _)| matches!(p.kind, "body" | "abbr" | "chain" | "qual"))
        || lexicon::titles().longest_at(toks, k).is_some()
}

/// A level word at `k` (`tỉnh`, `thành phố`, `TP.`): one past it.
pub(crate) fn level_at(toks: &[Token], k: usize) -> Option<usize> {
    let t = toks.get(k)?;
    if t.kind != Kind::Word || !LEVEL_FIRSTS.contains(t) {
        return None;
    }
    // (The levels of another first letter are ruled out here, without a call.)
    let first = t.lower.as_bytes().first();
    let mut e =
        LEVELS.iter().filter(|lv| lv.as_bytes().first() == first).find_map(|lv| words_at(toks, k, lv))?;
    if t.lower == "tp" && toks.get(e).is_some_and(|x| x.is_punct('.') && x.gap == Gap::None) {
        e += 1;
    }
    Some(e)
}

/// The place or number right after a level word ending at `e`: one past it, or `e` when there is none.
fn place_after_level(toks: &[Token], e: usize) -> usize {
    let Some(t) = toks.get(e) else { return e };
    let glued = t.gap == Gap::None && toks[e - 1].is_punct('.');
    if t.gap != Gap::Space && !glued {
        return e;
    }
    if t.kind == Kind::Number {
        return e + 1;
    }
    place_run(toks, e, true, true).unwrap_or(e)
}

/// Is a level word alone (`UBND tỉnh`) a qualifier here, not the start of another phrase (`xã hội`)?
fn is_bare_level_ok(toks: &[Token], k: usize, e: usize) -> bool {
    let lv = toks[k].lower;
    if !matches!(lv, "tỉnh" | "huyện" | "xã" | "phường" | "quận" | "thành" | "thị") {
        return false;
    }
    let next = toks.get(e).filter(|n| n.gap == Gap::Space).map(|n| n.lower).unwrap_or("");
    !matches!(next, "hội" | "ủy" | "viên" | "lộ" | "nhà" | "đội" | "trưởng")
}

/// A run of capitalised words naming a place from `k`: one past it. Known places (`data/admin`) are
/// taken whole; an unknown run only where a place is expected (`after_level_or_local`), and never a
/// run that starts with a family name and so names a person.
pub(crate) fn place_run(toks: &[Token], k: usize, expected: bool, after_level: bool) -> Option<usize> {
    let mut e = k;
    while e < toks.len() && e - k < 5 {
        let t = &toks[e];
        let abbr = PLACE_ABBR.contains(&t.text);
        // `TP.Quy Nhơn`: the name glued to the abbreviated level word.
        let glued = e == k && e > 0 && t.gap == Gap::None && toks[e - 1].is_punct('.');
        if !(t.gap == Gap::Space || glued) || !(t.is_cap() && !t.is_all_caps() || abbr) {
            break;
        }
        // A lowercase level word ends the name; a capitalised one may be part of it (`Nghĩa Xã`).
        if level_at(toks, e).is_some() && (e == k || t.is_lower()) {
            break;
        }
        if is_function_word(t) {
            break;
        }
        if e > k && (starts_other(toks, e) || abbr) {
            break;
        }
        if e == k && (starts_other(toks, e) && !abbr) {
            return None;
        }
        e += 1;
        if abbr {
            break;
        }
    }
    if e == k {
        return None;
    }
    if starts_known_place(toks[k].text) {
        for len in (1..=(e - k).min(4)).rev() {
            if joined_is(&toks[k..k + len], is_known_place) {
                return Some(k + len);
            }
        }
    }
    if !expected {
        return None;
    }
    // `Tỉnh ủy Hoàng Thị Vĩnh` is a body and a person; `phường Lê Lợi` a place.
    let run = e - k;
    if lexicon::is_surname(toks[k].text) && (run >= 3 || (run == 2 && !after_level)) {
        return None;
    }
    let surname_at = (k + 2..e).find(|&x| lexicon::is_surname(toks[x].text) && x + 1 < e);
    let end = surname_at.unwrap_or(e).min(k + 4);
    Some(end)
}

/// Whether the words joined by single spaces are `f`'s: the words are joined on the stack when they are short
/// (most names of places and acronyms), else in a [`join`]ed string.
pub(crate) fn joined_is(toks: &[Token], f: impl FnOnce(&str) -> bool) -> bool {
    let mut buf = [0u8; 96];
    let mut n = 0;
    for (k, t) in toks.iter().enumerate() {
        let sep = k > 0 && t.gap != Gap::None;
        let len = t.text.len();
        if n + usize::from(sep) + len > buf.len() {
            return f(&join(toks));
        }
        if sep {
            buf[n] = b' ';
            n += 1;
        }
        buf[n..n + len].copy_from_slice(t.text.as_bytes());
        n += len;
    }
    // (Whole words and spaces: always UTF-8.)
    std::str::from_utf8(&buf[..n]).is_ok_and(f)
}

/// The words joined by single spaces.
pub(crate) fn join(toks: &[Token]) -> String {
    let mut s = String::new();
    for (k, t) in toks.iter().enumerate() {
        if k > 0 && t.gap != Gap::None {
            s.push(' ');
        }
        s.push_str(t.text);
    }
    s
}

/// A known place name written from `i` (`Bà Rịa - Vũng Tàu`): one past it.
pub(crate) fn known_place_at(toks: &[Token], i: usize) -> Option<usize> {
    if !toks.get(i).is_some_and(|t| starts_known_place(t.text)) {
        return None;
    }
    let max = (toks.len() - i.min(toks.len())).min(6);
    (1..=max)
        .rev()
        .find(|&len| {
            toks[i + 1..i + len].iter().all(|t| t.gap != Gap::Newline)
                && joined_is(&toks[i..i + len], is_known_place)
        })
        .map(|len| i + len)
}

/// Every known place name (provinces, districts, other places of the lexicons) and their first words.
fn known_places() -> &'static (lexicon::FastSet<&'static str>, lexicon::FastSet<&'static str>) {
    static SETS: std::sync::OnceLock<(lexicon::FastSet<&'static str>, lexicon::FastSet<&'static str>)> =
        std::sync::OnceLock::new();
    SETS.get_or_init(|| {
        let (places, provinces, districts) =
            (lexicon::places::places(), lexicon::admin::provinces(), lexicon::admin::districts());
        let mut names = lexicon::FastSet::default();
        names.reserve(PLACE_ABBR.len() + places.len() + provinces.len() + districts.len());
        names.extend(PLACE_ABBR.iter().copied());
        names.extend(places.iter().filter(|p| !p.risky).map(|p| p.name));
        names.extend(provinces.iter().map(|p| p.name));
        names.extend(districts.iter().map(|d| d.name));
        let mut firsts = lexicon::FastSet::default();
        firsts.reserve(names.len());
        firsts.extend(names.iter().filter_map(|n| lexicon::split_at(n, b' ').next()));
        (names, firsts)
    })
}

/// A province, district or other place name of the lexicons.
pub(crate) fn is_known_place(name: &str) -> bool {
    known_places().0.contains(name)
}

/// Can a known place name start with this word?
fn starts_known_place(word: &str) -> bool {
    known_places().1.contains(word)
}

/// A news site written as its domain (`Chinhphu.vn`).
fn is_site(word: &str) -> bool {
    // (Every suffix puts a dot three or four bytes before the end: most words are ruled out by those two.)
    let b = word.as_bytes();
    b.len() > 5
        && (b[b.len() - 3] == b'.' || b[b.len() - 4] == b'.')
        && [".vn", ".com", ".net", ".org"].iter().any(|s| word.len() > s.len() + 2 && word.ends_with(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn orgs(s: &str) -> Vec<String> {
        let chars: Vec<char> = s.chars().collect();
        recognize(&chars).into_iter().map(|c| chars[c.start..c.end].iter().collect()).collect()
    }

    /// `LEVEL_FIRSTS` is written out (a `WordSet` is built at compile time): it must hold the first word of
    /// every level word, or that level would never be tried.
    #[test]
    fn every_level_word_starts_with_one_of_level_firsts() {
        for level in LEVELS {
            let chars: Vec<char> = level.chars().collect();
            let tbuf = crate::text::TokenBuf::new(&chars);
            let toks = tbuf.tokens();
            assert!(LEVEL_FIRSTS.contains(&toks[0]), "{level}: its first word is not in LEVEL_FIRSTS");
        }
    }

    #[test]
    fn finds_bodies_with_their_qualifiers() {
        let cases: &[(&str, &[&str])] = &[
            ("Sáng 8/2, Tỉnh ủy Yên Bái tổ chức Hội nghị.", &["Tỉnh ủy Yên Bái"]),
            ("giới thiệu để HĐND tỉnh bầu giữ chức Chủ tịch UBND tỉnh Yên Bái", &["HĐND tỉnh", "UBND tỉnh Yên Bái"]),
            ("Đại diện Ban Chấp hành Trung ương Đảng, Ban Tổ chức Trung ương, Bộ Xây dựng đã đến",
                &["Ban Chấp hành Trung ương Đảng", "Ban Tổ chức Trung ương", "Bộ Xây dựng"]),
            ("giữa Ban Dân vận Tỉnh ủy, Bộ Chỉ huy quân sự tỉnh, Ủy ban Mặt trận Tổ quốc tỉnh và",
                &["Ban Dân vận Tỉnh ủy", "Bộ Chỉ huy quân sự tỉnh", "Ủy ban Mặt trận Tổ quốc tỉnh"]),
            ("bám sát Quy chế phối hợp của Cục Chính trị Quân khu 2.", &["Cục Chính trị Quân khu 2"]),
            ("Ban cán sự Đảng Bộ Khoa học và Công nghệ họp", &["Ban cán sự Đảng Bộ Khoa học và Công nghệ"]),
            ("gồm Thành ủy Quy Nhơn, Huyện ủy Tuy Phước, Sở Nội vụ tỉnh Bình Định và Ban Tổ chức Tỉnh ủy Bình Định.",
                &["Thành ủy Quy Nhơn", "Huyện ủy Tuy Phước", "Sở Nội vụ tỉnh Bình Định", "Ban Tổ chức Tỉnh ủy Bình Định"]),
            ("Hiện Sở TN-MT tỉnh Bình Định có 6 phó giám đốc", &["Sở TN-MT tỉnh Bình Định"]),
            ("Ảnh: Đinh Tuấn/TTXVN", &["TTXVN"]),
            ("Đoàn kiểm tra số 470 của Bộ Chính trị", &["Đoàn kiểm tra số 470", "Bộ Chính trị"]),
            ("Trưởng đoàn Kiểm tra số 471 của Bộ Chính trị", &["đoàn Kiểm tra số 471", "Bộ Chính trị"]),
            ("Tập đoàn Công nghiệp - Viễn thông Quân đội (Viettel)", &["Tập đoàn Công nghiệp - Viễn thông Quân đội", "Viettel"]),
            ("Công ty Cường Hưng cho biết", &["Công ty Cường Hưng"]),
            ("Đảng ủy xã Tứ Cường, Đảng ủy phường 5", &["Đảng ủy xã Tứ Cường", "Đảng ủy phường 5"]),
            ("Thường trực Tỉnh ủy, Ban Thường vụ", &["Thường trực Tỉnh ủy", "Ban Thường vụ"]),
            ("phối hợp với Trung ương Đoàn TNCS Hồ Chí Minh, Ủy ban Trung ương MTTQ Việt Nam",
                &["Trung ương Đoàn TNCS Hồ Chí Minh", "Ủy ban Trung ương MTTQ Việt Nam"]),
            ("Tập đoàn Điện lực Việt Nam và Tổng công ty Điện lực miền Bắc",
                &["Tập đoàn Điện lực Việt Nam", "Tổng công ty Điện lực miền Bắc"]),
            ("Trưởng ban Chỉ đạo về giải quyết các vấn đề khó khăn, vướng mắc các dự án tồn đọng (Ban chỉ đạo 751)",
                &["ban Chỉ đạo về giải quyết các vấn đề khó khăn, vướng mắc các dự án tồn đọng", "Ban chỉ đạo 751"]),
            ("Tại kỳ họp này, Ủy ban Kiểm tra (UBKT) Trung ương đã xem xét", &["Ủy ban Kiểm tra (UBKT) Trung ương"]),
            ("làm Trưởng phòng TN-MT TP.Quy Nhơn. Ngoài ra", &["phòng TN-MT TP.Quy Nhơn"]),
            // regression: `thông` (as in `thông qua`) cut `Truyền thông` off the name.
            ("Sở Thông tin và Truyền thông tỉnh Yên Bái đề nghị", &["Sở Thông tin và Truyền thông tỉnh Yên Bái"]),
            // regression: the director's name was read as part of the body's.
            ("Giám đốc Sở Y tế Nguyễn Văn Hùng phát biểu", &["Sở Y tế"]),
            ("Giám đốc Sở Thông tin và Truyền thông Lê Thị Hoa, Học viện Chính trị Quốc gia Hồ Chí Minh",
                &["Sở Thông tin và Truyền thông", "Học viện Chính trị Quốc gia Hồ Chí Minh"]),
            ("Bộ Văn hóa, Thể thao và Du lịch và Sở Truyền thông tỉnh thông qua", &["Bộ Văn hóa, Thể thao và Du lịch", "Sở Truyền thông tỉnh"]),
        ];
        for (text, want) in cases {
            assert_eq!(orgs(text), *want, "in {text:?}");
        }
    }

    #[test]
    fn leaves_common_words_alone() {
        let cases = [
            "ban chỉ đạo cần tập trung", // lowercase, no capitalised word
            "các ban, ngành, đoàn thể",
            "Đoàn kết là sức mạnh",
            "cán bộ, công chức",
            "từ Trung ương đến địa phương",
            "Trường hợp vừa quy hoạch vừa bổ nhiệm",
            "đến thăm Đài Loan và Hội An",
            "Báo cáo cho thấy, Phòng chống dịch",
            "cầu thủ Đoàn Văn Hậu ghi bàn",
        ];
        assert_eq!(orgs("Bệnh viện Chợ Rẫy và Sở Y tế Hà Nội"), ["Bệnh viện Chợ Rẫy", "Sở Y tế Hà Nội"]);
        for text in cases {
            assert!(orgs(text).is_empty(), "in {text:?}: {:?}", orgs(text));
        }
    }

    #[test]
    fn an_office_serves_the_bodies_named_after_it() {
        assert_eq!(
            orgs("làm việc tại Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh Bình Định (Thanh Niên đã thông tin)"),
            ["Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh Bình Định", "Thanh Niên"]
        );
        assert_eq!(orgs("gửi UBND các xã, thị trấn."), ["UBND các xã, thị trấn"]);
        assert_eq!(
            orgs("kiểm tra Ban Thường vụ các Tỉnh ủy, Thành ủy đã"),
            ["Ban Thường vụ các Tỉnh ủy, Thành ủy"]
        );
    }

    #[test]
    fn short_forms_stand_for_the_body_just_named() {
        assert_eq!(orgs("nếu Bộ đồng ý thì sẽ giữ nguyên"), ["Bộ"]);
        assert_eq!(orgs("Bộ trưởng Bộ Quốc phòng"), ["Bộ Quốc phòng"]);
        assert_eq!(orgs("Đoàn sẽ kiểm tra tại 5 đơn vị"), ["Đoàn"]);
    }

    #[test]
    fn acronyms_carry_their_full_name() {
        let chars: Vec<char> = "Chủ tịch UBND tỉnh Kon Tum".chars().collect();
        let c = recognize(&chars);
        assert_eq!(c[0].value, Some(serde_json::json!({"full": "Ủy ban nhân dân tỉnh Kon Tum"})));
    }

    /// The regional bodies of the 2025 reorganisation were cut before their region (`Kho bạc Nhà nước`), or
    /// kept half of it (`Chi cục Thuế khu`).
    #[test]
    fn a_numbered_region_belongs_to_the_body() {
        let cases: &[(&str, &[&str])] = &[
            ("Giám đốc Kho bạc Nhà nước khu vực II cho biết", &["Kho bạc Nhà nước khu vực II"]),
            ("Kho bạc Nhà nước Khu vực XII đã giải ngân", &["Kho bạc Nhà nước Khu vực XII"]),
            ("Chi cục Thuế khu vực 15 thu ngân sách", &["Chi cục Thuế khu vực 15"]),
            ("Kho bạc Nhà nước khu vực miền núi", &["Kho bạc Nhà nước"]),
        ];
        for (text, expected) in cases {
            assert_eq!(orgs(text), *expected, "{text}");
        }
    }

    /// `Trưởng đoàn ĐBQH tỉnh Yên Bái` gave the body `ĐBQH tỉnh Yên Bái` (the deputies, not their delegation),
    /// and a short form of two words had its full name written over its first word only.
    #[test]
    fn the_delegation_of_deputies_is_the_body() {
        assert_eq!(orgs("Trưởng đoàn ĐBQH tỉnh Yên Bái phát biểu"), ["đoàn ĐBQH tỉnh Yên Bái"]);
        let chars: Vec<char> = "Đoàn ĐBQH tỉnh Lào Cai tiếp xúc cử tri".chars().collect();
        let c = recognize(&chars);
        assert_eq!(c[0].value, Some(serde_json::json!({"full": "Đoàn đại biểu Quốc hội tỉnh Lào Cai"})));
    }
}
