//! Who gives a directive and who must act.
//!
//! The issuer is the person the article names (a PERSON entity, or a name found here by its surname when the
//! entities miss it), resolving `đồng chí`, `ông`, `bà` to the nearest preceding named speaker and a bare
//! title (`Thủ tướng`, `Phó Thủ tướng`, `Trưởng ban Tuyên giáo Trung ương`) to the person the article gives
//! that title; else the body (`Bộ Chính trị`, `UBND tỉnh Khánh Hòa`), an acronym expanded when the article
//! spells it out (`UBKT Trung ương` → `Ủy ban Kiểm tra Trung ương`).

use std::sync::LazyLock;

use super::classify::{self, Key, LexId, Lexicon, Word};
use crate::span::{Entity, Label};

/// Common Vietnamese surnames: a capitalised one followed by capitalised syllables starts a name.
const SURNAMES: &[&str] = &[
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
    "Dương", "Lý", "Lương", "Trương", "Đinh", "Mai", "Chu", "Đào", "Tô", "Hà", "Lâm", "Cao", "Tạ", "Thân",
    "Đoàn", "Vương", "Trịnh", "Quách", "Lưu", "Kiều", "Tăng", "Triệu", "Đàm", "Nghiêm", "Lại", "Hứa", "Thái",
    "Phùng", "Tống", "La", "Giang", "Khổng", "Doãn", "Châu", "Diệp", "Lò", "Lục", "Mạc", "Tôn", "Vi", "Hầu",
    "Văn", "Âu", "Khuất", "Nông", "Lã",
];

/// By the [`crate::text::word_hash`] of its lowercase, a surname's lowercase and its rank in [`SURNAMES`] (the
/// first sixteen are the most common): a word is looked up by the hash it carries.
static SURNAME_RANK: LazyLock<crate::lexicon::ByHash<(String, usize)>> = LazyLock::new(|| {
    SURNAMES
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let lower = s.to_lowercase();
            (crate::text::word_hash(&lower), (lower, i))
        })
        .collect()
});

/// The rank of the word in [`SURNAMES`], if it is one.
fn surname_rank(w: &Word) -> Option<usize> {
    SURNAME_RANK.get(&w.key).filter(|(lower, _)| lower == w.lower).map(|&(_, rank)| rank)
}

/// Names that look like a person's but are places or the Party's founder used as a doctrine.
const NOT_PEOPLE: &[&str] = &[
    "Hà Nội",
    "Hà Tĩnh",
    "Hà Giang",
    "Hà Nam",
    "Cao Bằng",
    "Lâm Đồng",
    "Ninh Bình",
    "Ninh Thuận",
    "Thái Bình",
    "Thái Nguyên",
    "Hồ Chí Minh",
    "Hà Đông",
    "Mai Châu",
    "Lý Sơn",
    "Tô Lịch",
    "Đồng Nai",
    "Phan Thiết",
    "Phan Rang",
    "Đoàn Thanh",
    "Cao Lãnh",
    "Hồ Gươm",
    "Trần Hưng Đạo",
];

/// Words after which a capitalised name is a place, not a person.
const PLACE_LEVELS: &[&str] =
    &["tỉnh", "thành", "phố", "huyện", "xã", "phường", "quận", "tp", "đô", "thị", "đường", "số", "cầu"];

/// A person mentioned in the article.
#[derive(Clone, Debug)]
pub(crate) struct Person {
    /// First code point of the name.
    pub start: usize,
    /// One past its last code point.
    pub end: usize,
    /// The name as written.
    pub name: String,
    /// Lowercase words around the name (its titles): the text before it in its sentence and the appositive
    /// after it.
    pub titles: String,
}

macro_rules! lexicon {
    ($name:ident = $id:ident, $($p:expr),* $(,)?) => {
        pub(super) static $name: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(LexId::$id, &[$($p),*]));
    };
}

lexicon!(
    TITLES = Titles,
    "thủ tướng",
    "phó thủ tướng",
    "chủ tịch nước",
    "phó chủ tịch nước",
    "tổng bí thư",
    "chủ tịch",
    "phó chủ tịch",
    "bộ trưởng",
    "thứ trưởng",
    "bí thư",
    "phó bí thư",
    "trưởng ban",
    "phó trưởng ban",
    "trưởng đoàn",
    "chủ nhiệm",
    "giám đốc",
    "đại tướng",
    "thượng tướng",
    "trung tướng",
    "thiếu tướng",
    "đại tá",
    "tổng thư ký",
    "chánh văn phòng",
    "chủ tịch quốc hội",
    "phó chủ tịch quốc hội",
    "tổng thanh tra",
    "thống đốc",
    "viện trưởng",
    "chánh án",
    "tổng kiểm toán",
    "trưởng đoàn đại biểu quốc hội"
);
lexicon!(
    BODIES = Bodies,
    "bộ chính trị",
    "ban bí thư",
    "ban chấp hành trung ương",
    "ban chấp hành",
    "ban thường vụ",
    "thường vụ",
    "thường trực",
    "ủy ban nhân dân",
    "ủy ban kiểm tra",
    "ubnd",
    "ubkt",
    "hđnd",
    "hội đồng nhân dân",
    "chính phủ",
    "quốc hội",
    "tỉnh ủy",
    "thành ủy",
    "huyện ủy",
    "đảng ủy",
    "đoàn kiểm tra",
    "đoàn công tác",
    "ban cán sự đảng",
    "ban chỉ đạo",
    "văn phòng",
    "bộ",
    "sở",
    "ban",
    "hội nghị",
    "ủy ban thường vụ quốc hội",
    "mặt trận tổ quốc",
    "quân ủy trung ương",
    "đoàn",
    "ủy ban"
);
lexicon!(PRONOUNS = Pronouns, "đồng chí", "ông", "bà");
lexicon!(
    SPEECH = Speech,
    "chỉ ra",
    "nhấn mạnh",
    "cho rằng",
    "lưu ý",
    "chỉ rõ",
    "nêu rõ",
    "khẳng định",
    "kết luận",
    "nói",
    "yêu cầu",
    "đề nghị",
    "chỉ thị",
    "chỉ đạo",
    "giao",
    "kêu gọi",
    "mong muốn",
    "phát biểu",
    "đánh giá",
    "dẫn chứng",
    "cho biết",
    "đòi hỏi",
    "quán triệt",
    "thống nhất",
    "xác định",
    "mong",
    "hy vọng"
);
// Words before a name that make it an object, not the speaker.
lexicon!(
    OBJECT_BEFORE = ObjectBefore,
    "mừng",
    "cho",
    "tặng",
    "với",
    "của",
    "thăm",
    "giúp",
    "đón",
    "gặp",
    "trao",
    "định",
    "nhiệm",
    "luật",
    "đối",
    "đình",
    "vợ",
    "chồng",
    "em",
    "chị",
    "anh",
    "tiếp",
    "cử",
    "chỉ",
    "theo",
    "tại",
    "ở",
    "cách",
    "tưởng",
    "đức",
    "gương",
    "lăng"
);

/// Everything about the article needed to name issuers.
pub(crate) struct Speakers<'t> {
    /// The text, the string of its code points: names are sliced from it ([`classify::text_of`]).
    text: &'t str,
    /// People in text order.
    pub people: Vec<Person>,
    lower_text: String,
    /// The body that holds the meeting the article covers (`Ban Bí thư Trung ương Đảng tổ chức Hội nghị`):
    /// what `Hội nghị` decides, it decides.
    organiser: Option<String>,
    /// Acronym expansions already looked up.
    expanded: std::cell::RefCell<std::collections::HashMap<String, String>>,
    /// The references of the words last asked about (their address and length), found up to their end: the
    /// directive pass asks about one segment several times with different limits.
    memo: std::cell::RefCell<Option<((usize, usize), RefsWithEnd)>>,
    /// The ORGANIZATION entities (start, end), longest first for a start: a body the recognisers found
    /// (`Sở Y tế`, `UBND tỉnh`) speaks like one of the lexicon's.
    orgs: Vec<(usize, usize)>,
}

/// Speaker references (first word, one past the last word, reference).
type RefsWithEnd = Vec<(usize, usize, Ref)>;

/// A reference to a speaker inside a segment.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Ref {
    /// A named person.
    Person(String),
    /// A bare title (`Phó Thủ tướng`), lowercase phrase and as written.
    Title(String, String),
    /// `đồng chí`, `ông`, `bà` without a name.
    Pronoun,
    /// A body, as written.
    Body(String),
}

impl<'t> Speakers<'t> {
    /// Collects the people of the article, `text` of code points `chars` and words `all`: PERSON entities,
    /// and names found by their surname.
    pub(crate) fn new(text: &'t str, chars: &[char], all: &[Word], entities: &[Entity]) -> Speakers<'t> {
        let mut spans: Vec<(usize, usize)> = entities
            .iter()
            .filter(|e| e.label == Label::Person && e.end <= chars.len())
            // The founder named in a doctrine (`tư tưởng Hồ Chí Minh`) never speaks in the article.
            .filter(|e| !NOT_PEOPLE.contains(&e.text.as_str()))
            .map(|e| (e.start, e.end))
            .collect();
        for (i, w) in all.iter().enumerate() {
            if !w.cap {
                continue;
            }
            let Some(rank) = surname_rank(w) else {
                continue;
            };
            let Some((s, e)) = name_at(chars, all, i, rank) else {
                continue;
            };
            if !spans.iter().any(|&(a, b)| a < e && s < b) {
                spans.push((s, e));
            }
        }
        spans.sort_unstable();
        spans.dedup();
        // The words from code point `x` to `y`.
        let words_in = |x: usize, y: usize| {
            let lo = all.partition_point(|w| w.start < x);
            &all[lo..lo.max(all.partition_point(|w| w.start < y))]
        };
        let mut people: Vec<Person> = spans
            .iter()
            .map(|&(s, e)| Person {
                start: s,
                end: e,
                name: super::unit_text(text, chars, words_in(s, e), s, e),
                titles: String::new(),
            })
            .collect();
        for k in 0..people.len() {
            let (s, e) = (people[k].start, people[k].end);
            let prev_end = if k > 0 { people[k - 1].end } else { 0 };
            let next_start = people.get(k + 1).map_or(chars.len(), |p| p.start);
            // Before: back to the sentence start or the previous person, at most 16 words.
            let mut a = s;
            let mut n = 0;
            while a > prev_end && n < 120 && !matches!(chars[a - 1], '.' | ';' | '\n' | ':' | '(') {
                a -= 1;
                n += 1;
            }
            // After: an appositive after `,` or `-`, up to the end of the clause.
            let mut b = e;
            let mut m = 0;
            let rest: String = chars[e..chars.len().min(e + 3)].iter().collect();
            if rest.trim_start().starts_with([',', '-', '–']) {
                while b < next_start && m < 160 && !matches!(chars[b], '.' | ';' | '\n' | ':' | ')') {
                    b += 1;
                    m += 1;
                }
            }
            // The lowercase words before, a space, the lowercase words after.
            let titles = &mut people[k].titles;
            for (x, y, sep) in [(a, s, " "), (e, b, "")] {
                for (j, w) in words_in(x, y).iter().enumerate() {
                    if j > 0 {
                        titles.push(' ');
                    }
                    titles.push_str(w.lower);
                }
                titles.push_str(sep);
            }
        }
        let has_acronym = all.iter().any(|w| matches!(w.lower, "ubkt" | "ubnd" | "hđnd" | "mttq" | "bch"));
        let lower_text = if has_acronym {
            all.iter().map(|w| w.lower).collect::<Vec<_>>().join(" ")
        } else {
            String::new()
        };
        let mut orgs: Vec<(usize, usize)> = entities
            .iter()
            .filter(|e| e.label == Label::Organization && e.end <= chars.len())
            .map(|e| (e.start, e.end))
            .collect();
        orgs.sort_unstable_by_key(|&(s, e)| (s, std::cmp::Reverse(e)));
        orgs.dedup_by_key(|o| o.0);
        let mut sp = Speakers {
            text,
            people,
            lower_text,
            organiser: None,
            expanded: Default::default(),
            orgs,
            memo: Default::default(),
        };
        sp.organiser = sp.find_organiser(chars, all);
        sp
    }

    /// The person the article gives `title` (lowercase), the most recent before `at`, else the first after.
    pub(crate) fn resolve_title(&self, title: &str, at: usize) -> Option<String> {
        let has = |p: &Person| contains_title(&p.titles, title);
        self.people
            .iter()
            .rev()
            .find(|p| p.start < at && has(p))
            .or_else(|| self.people.iter().find(|p| p.start >= at && has(p)))
            .map(|p| p.name.clone())
    }

    /// Speaker references in the words `ws` (of one segment) before word `limit`.
    pub(crate) fn refs(&self, ws: &[Word], limit: usize) -> Vec<(usize, Ref)> {
        let all = self.refs_of(ws);
        all.iter().take_while(|r| r.0 < limit).map(|(i, _, r)| (*i, r.clone())).collect()
    }

    /// The first named person or bare title in the words `ws` (of one segment): [`Speakers::refs`] without
    /// a copy of the others.
    pub(crate) fn first_named(&self, ws: &[Word]) -> Option<Ref> {
        let all = self.refs_of(ws);
        all.iter().find(|(_, _, r)| matches!(r, Ref::Person(_) | Ref::Title(..))).map(|(_, _, r)| r.clone())
    }

    /// A speaker reference ends right before word `k`, give or take `cũng`, `vừa`, `đã`, `trực tiếp`
    /// (`Thủ tướng chỉ đạo …`, `Bộ Chính trị cũng giao …`).
    pub(crate) fn speaker_right_before(&self, ws: &[Word], k: usize) -> bool {
        let all = self.refs_of(ws);
        all.iter().take_while(|r| r.0 < k).any(|&(_, e, _)| {
            e <= k
                && ws[e..k].iter().all(|w| matches!(w.lower, "cũng" | "vừa" | "đã" | "trực" | "tiếp" | "thì"))
        })
    }

    /// The speaker references of the words `ws` (of one segment) and the word span each covers.
    ///
    /// The words are read from the first on, so the references before a limit are those of the whole
    /// segment that start before it: they are found once, up to the end, and kept for the next ask (the
    /// directive pass asks about one segment several times with different limits).
    fn refs_of(&self, ws: &[Word]) -> std::cell::Ref<'_, [(usize, usize, Ref)]> {
        let key = (ws.as_ptr() as usize, ws.len());
        let known = self.memo.borrow().as_ref().is_some_and(|(k, _)| *k == key);
        if !known {
            let all = self.refs_with_end_uncached(ws, ws.len());
            *self.memo.borrow_mut() = Some((key, all));
        }
        std::cell::Ref::map(self.memo.borrow(), |m| m.as_ref().map_or(&[][..], |(_, all)| all.as_slice()))
    }

    fn refs_with_end_uncached(&self, ws: &[Word], limit: usize) -> RefsWithEnd {
        let mut out = Vec::new();
        let limit = limit.min(ws.len());
        let (titles, pronouns, bodies): (&Lexicon, &Lexicon, &Lexicon) = (&TITLES, &PRONOUNS, &BODIES);
        // The people and the organisations from the first word on: the words are read in text order, so each
        // list is walked once instead of searched for every word.
        let first = ws.first().map_or(0, |w| w.start);
        let mut pi = self.people.partition_point(|p| p.start < first);
        let mut oi = self.orgs.partition_point(|o| o.0 < first);
        // Where the next person and organisation start.
        let person_start = |pi: usize| self.people.get(pi).map_or(usize::MAX, |p| p.start);
        let org_start = |oi: usize| self.orgs.get(oi).map_or(usize::MAX, |o| o.0);
        let (mut next_person, mut next_org) = (person_start(pi), org_start(oi));
        // The bits of the lexicons read below: a word without any of them, where no person or organisation
        // starts, is none of the references (most words).
        let starts_ref = titles.bit() | pronouns.bit() | bodies.bit();
        let mut i = 0;
        while i < limit {
            let w = &ws[i];
            while next_person < w.start {
                pi += 1;
                next_person = person_start(pi);
            }
            while next_org < w.start {
                oi += 1;
                next_org = org_start(oi);
            }
            if next_person == w.start {
                let p = &self.people[pi];
                let n = ws[i..].iter().take_while(|x| x.end <= p.end).count().max(1);
                if !is_object(ws, i) {
                    out.push((i, i + n, Ref::Person(p.name.clone())));
                }
                i += n;
                continue;
            }
            if w.starts & starts_ref == 0 && next_org != w.start {
                i += 1;
                continue;
            }
            if let Some(n) = titles.at(ws, i) {
                if w.cap || (i > 0 && pronouns.ends_at(ws, i)) {
                    // Extend over the body the title names: "Trưởng ban Tuyên giáo Trung ương".
                    let mut j = i + n;
                    while j < ws.len()
                        && (ws[j].cap || matches!(ws[j].lower, "thường" | "trực") || tail_syllable(ws, j))
                        && ws[j].punct_before.is_none()
                        && self.person_at(ws[j].start).is_none()
                    {
                        j += 1;
                    }
                    let named = ws.get(j).is_some_and(|x| self.person_at(x.start).is_some());
                    if !named && !is_object(ws, i) {
                        let lower = ws[i..j].iter().map(|x| x.lower).collect::<Vec<_>>().join(" ");
                        let written = classify::text_of(self.text, ws, i, j).to_string();
                        out.push((i, j, Ref::Title(lower, written)));
                    }
                    i = j;
                    continue;
                }
            }
            if let Some(n) = pronouns.at(ws, i) {
                let next = ws.get(i + n);
                if next.is_none_or(|x| !x.cap) {
                    out.push((i, i + n, Ref::Pronoun));
                }
                i += n;
                continue;
            }
            if w.cap {
                let org_end = (next_org == w.start).then(|| {
                    let end = self.orgs[oi].1;
                    i + ws[i..].iter().take_while(|x| x.end <= end).count().max(1)
                });
                if let Some(n) = bodies.at(ws, i).or(org_end.map(|e| e - i)) {
                    let mut j = i + n;
                    while j < ws.len()
                        && ws[j].punct_before.is_none()
                        && self.person_at(ws[j].start).is_none()
                        && (ws[j].cap
                            || tail_syllable(ws, j)
                            || ws[j].lower.chars().all(|c| c.is_ascii_digit())
                            || (matches!(ws[j].lower, "tỉnh" | "thành" | "phố" | "huyện" | "xã" | "số")
                                && ws
                                    .get(j + 1)
                                    .is_some_and(|x| x.cap || x.lower.chars().all(|c| c.is_ascii_digit()))))
                    {
                        j += 1;
                    }
                    // The recognisers' span, when longer (`UBND tỉnh`, a place after the body).
                    j = j.max(org_end.unwrap_or(0));
                    let written_end = j;
                    // `Đoàn kiểm tra 469 của Bộ Chính trị đề nghị …`: the delegation speaks, for its body.
                    if ws.get(j).is_some_and(|x| x.lower == "của" && x.punct_before.is_none())
                        && ws.get(j + 1).is_some_and(|x| x.cap)
                    {
                        if let Some(m) = bodies.at(ws, j + 1) {
                            j += 1 + m;
                            while j < ws.len()
                                && ws[j].punct_before.is_none()
                                && (ws[j].cap || tail_syllable(ws, j))
                            {
                                j += 1;
                            }
                        }
                    }
                    if !is_object(ws, i) {
                        let written = classify::text_of(self.text, ws, i, written_end);
                        let body = match &self.organiser {
                            Some(o) if written == "Hội nghị" => o.clone(),
                            _ => self.expand(written),
                        };
                        out.push((i, j, Ref::Body(body)));
                    }
                    i = j;
                    continue;
                }
            }
            i += 1;
        }
        out
    }

    /// The body before the first `tổ chức Hội nghị`, in its sentence.
    fn find_organiser(&self, chars: &[char], all: &[Word]) -> Option<String> {
        const TO: Key = Key::new("tổ");
        let k = (0..all.len().saturating_sub(3)).find(|&k| {
            all[k].is(TO)
                && all[k + 1].lower == "chức"
                && (k + 2..all.len().min(k + 5))
                    .any(|j| all[j].lower == "hội" && all.get(j + 1).is_some_and(|w| w.lower == "nghị"))
        })?;
        let mut from = k;
        while from > 0
            && !matches!(all[from].punct_before, Some('.'))
            && all[from - 1].end + 2 > all[from].start.saturating_sub(0)
        {
            if chars[all[from - 1].end..all[from].start].contains(&'\n') {
                break;
            }
            from -= 1;
        }
        let refs = self.refs_of(&all[from..k]);
        refs.iter().rev().find_map(|(_, _, r)| match r {
            Ref::Body(b) if !b.starts_with("Hội nghị") => Some(b.clone()),
            _ => None,
        })
    }

    /// References that give the directive, not those it is given to: a named person anywhere before the cue;
    /// a title, pronoun or body only right before the cue (`Bộ Chính trị yêu cầu`, `UBND tỉnh Khánh Hòa vừa
    /// có văn bản khẩn yêu cầu`) or right before a speech verb (`đồng chí nhấn mạnh, …`).
    /// With `adjacent_speaks` false (before an obligation: `Tỉnh ủy Bắc Giang
    /// cần …`), a body or title right before the cue is who must act, and only a speech verb makes it speak.
    pub(crate) fn speaker_refs_as(
        &self,
        ws: &[Word],
        limit: usize,
        adjacent_speaks: bool,
    ) -> Vec<(usize, Ref)> {
        const FILLERS: &[&str] = &[
            "cũng", "vừa", "đã", "có", "văn", "bản", "khẩn", "trực", "tiếp", "thì", "bằng", "ý", "kiến",
            "ký", "tiếp", "tục", "một", "lần", "nữa", "đồng", "thời",
        ];
        let limit = limit.min(ws.len());
        let refs = self.refs_of(ws);
        let all = &refs[..refs.iter().take_while(|r| r.0 < limit).count()];
        let mut keep = vec![false; all.len()];
        for k in (0..all.len()).rev() {
            let (_, e, r) = &all[k];
            let speaks = matches!(r, Ref::Person(_))
                || (adjacent_speaks && ws[(*e).min(limit)..limit].iter().all(|w| FILLERS.contains(&w.lower)))
                || (*e..limit.min(e + 3)).any(|j| SPEECH.at(ws, j).is_some());
            // `Bộ Chính trị, Ban Bí thư giao …`: bodies named together speak together.
            let with_next = k + 1 < all.len()
                && keep[k + 1]
                && ws[*e..all[k + 1].0].iter().all(|w| matches!(w.lower, "và" | "cùng"));
            keep[k] = speaks || with_next;
        }
        all.iter().zip(keep).filter(|(_, k)| *k).map(|((i, _, r), _)| (*i, r.clone())).collect()
    }

    /// The person whose name starts at code point `start`.
    fn person_at(&self, start: usize) -> Option<&Person> {
        self.people.binary_search_by_key(&start, |p| p.start).ok().map(|k| &self.people[k])
    }

    /// `UBKT Trung ương` → `Ủy ban Kiểm tra Trung ương` when the article spells it out.
    fn expand(&self, body: &str) -> String {
        // (Most bodies start with no acronym: `Ban …`, `Bộ …`, `Hội nghị`.)
        if !ACRONYMS.iter().any(|(short, _)| body.starts_with(short)) {
            return body.to_string();
        }
        if let Some(hit) = self.expanded.borrow().get(body) {
            return hit.clone();
        }
        let full = self.expand_uncached(body);
        self.expanded.borrow_mut().insert(body.to_string(), full.clone());
        full
    }

    fn expand_uncached(&self, body: &str) -> String {
        for (short, long) in ACRONYMS {
            if let Some(rest) = body.strip_prefix(short) {
                let full = format!("{long}{rest}");
                if self.lower_text.contains(&normalise(&full)) {
                    return full;
                }
            }
        }
        body.to_string()
    }
}

/// The acronyms of bodies that [`Speakers::expand`] spells out, and their expansions.
const ACRONYMS: &[(&str, &str)] = &[
    ("UBKT", "Ủy ban Kiểm tra"),
    ("UBND", "Ủy ban nhân dân"),
    ("HĐND", "Hội đồng nhân dân"),
    ("MTTQ", "Mặt trận Tổ quốc"),
    ("BCH", "Ban Chấp hành"),
];

/// The name that starts at word `i` of `all`, a surname of rank `rank`: its first and one past its last
/// code point. (Apart from the loop over every word, which it keeps tight.)
#[inline(never)]
fn name_at(chars: &[char], all: &[Word], i: usize, rank: usize) -> Option<(usize, usize)> {
    let w = &all[i];
    if i > 0 && all[i - 1].punct_before.is_none() && all[i - 1].end + 1 == w.start && all[i - 1].cap {
        // Inside a longer capitalised run (`Thành ủy Hà Nội`, `Tập đoàn Dầu khí`): not a name start,
        // unless what precedes is a title (`Thượng tướng Lương Cường`), handled by the run below.
        // A common surname followed by two or three more syllables still starts a name after a place
        // (`Bí thư Huyện ủy Thuận Thành Ngô Tân Phượng`).
        let run = all[i + 1..]
            .iter()
            .zip(all[i..].iter())
            .take_while(|(x, p)| x.cap && x.punct_before.is_none() && x.start == p.end + 1)
            .count();
        let common = rank < 16;
        let long_name = common && (2..=3).contains(&run);
        if !(TITLES.ends_at(all, i) || long_name) {
            return None;
        }
    }
    if i > 0 && PLACE_LEVELS.contains(&all[i - 1].lower) && (!all[i - 1].cap || all[i - 1].lower == "tp") {
        return None;
    }
    let mut j = i + 1;
    while j < all.len()
        && j - i < 4
        && all[j].cap
        && all[j].punct_before.is_none()
        && all[j].start == all[j - 1].end + 1
        && all[j].lower.chars().all(char::is_alphabetic)
        && !(all[j].lower.chars().count() > 1
            && chars[all[j].start..all[j].end].iter().all(|c| c.is_uppercase()))
    {
        j += 1;
    }
    if j - i < 2 {
        return None;
    }
    let (s, e) = (w.start, all[j - 1].end);
    let name_starts_with = |n: &str| {
        let mut it = chars[s..e].iter();
        n.chars().all(|c| it.next() == Some(&c))
    };
    if NOT_PEOPLE.iter().any(|n| name_starts_with(n)) {
        return None;
    }
    Some((s, e))
}

/// A lowercase second syllable of a capitalised word (`Trung ương`, `Chính phủ`, `Quốc hội`).
fn tail_syllable(ws: &[Word], j: usize) -> bool {
    j > 0
        && ws[j - 1].cap
        && ws[j].punct_before.is_none()
        && matches!(
            (ws[j - 1].lower, ws[j].lower),
            ("trung", "ương")
                | ("chính", "phủ" | "trị")
                | ("quốc", "hội" | "phòng")
                | ("nhân", "dân")
                | ("bí", "thư")
                | ("thường", "vụ" | "trực")
                | ("kiểm", "tra")
                | ("tổ", "chức" | "quốc")
                | ("tuyên", "giáo")
                | ("dân", "vận")
                | ("nội", "vụ")
                | ("tài", "chính")
                | ("xây", "dựng")
                | ("công", "an" | "thương" | "nghệ")
                | ("tỉnh" | "thành" | "huyện" | "đảng" | "quân", "ủy")
                | ("ủy", "ban" | "viên")
                | ("hội", "đồng" | "nghị")
                | ("văn", "phòng")
                | ("mặt", "trận")
                | ("tổng", "cục" | "công")
                | ("kế", "hoạch")
                | ("đầu", "tư")
                | ("khoa", "học")
                | ("nông", "nghiệp")
                | ("môi", "trường")
                | ("thủ", "tướng")
                | ("chủ", "tịch" | "nhiệm")
                | ("bộ", "trưởng")
        )
}

/// The word at `i` follows a word that makes it an object (`chúc mừng đồng chí …`, `trao quyết định cho …`).
fn is_object(ws: &[Word], i: usize) -> bool {
    let mut k = i;
    // Skip an honorific before the name.
    if k >= 2 && ws[k - 2].lower == "đồng" && ws[k - 1].lower == "chí" {
        k -= 2;
    } else if k >= 1 && matches!(ws[k - 1].lower, "ông" | "bà") {
        k -= 1;
    }
    k > 0 && ws[k].punct_before.is_none() && OBJECT_BEFORE.ends_at(ws, k)
}

impl Lexicon {
    /// Some phrase of the lexicon ends right before word `i`.
    pub(crate) fn ends_at(&self, ws: &[Word], i: usize) -> bool {
        (i.saturating_sub(4)..i).any(|s| self.at(ws, s) == Some(i - s))
    }
}

/// Lowercase, old tone placement folded, spaces single.
pub(crate) fn normalise(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    super::classify::words_of(s, &chars, &mut String::new())
        .into_iter()
        .map(|w| w.lower)
        .collect::<Vec<_>>()
        .join(" ")
}

/// `titles` holds `title` as whole words, and a title without `phó` is not read inside `phó …`.
fn contains_title(titles: &str, title: &str) -> bool {
    let mut from = 0;
    while let Some(p) = titles[from..].find(title) {
        let s = from + p;
        let e = s + title.len();
        let before_ok = s == 0 || titles[..s].ends_with(' ');
        let after_ok = e == titles.len() || titles[e..].starts_with(' ');
        let phó = titles[..s].ends_with("phó ") && !title.starts_with("phó");
        if before_ok && after_ok && !phó {
            return true;
        }
        from = e;
    }
    false
}

/// The issuer named by the references of a segment: the first person; else the last title or pronoun,
/// resolved; else the last body.
pub(crate) fn pick(
    speakers: &Speakers,
    refs: &[(usize, Ref)],
    at: usize,
    last: Option<&str>,
) -> Option<String> {
    if let Some(name) =
        refs.iter().find_map(|(_, r)| if let Ref::Person(n) = r { Some(n.clone()) } else { None })
    {
        return Some(name);
    }
    for (_, r) in refs.iter().rev() {
        match r {
            Ref::Title(lower, written) => {
                return Some(
                    resolve_title_progressively(speakers, lower, at).unwrap_or_else(|| written.clone()),
                );
            }
            Ref::Pronoun => {
                if let Some(l) = last {
                    return Some(l.to_string());
                }
            }
            _ => {}
        }
    }
    // With several bodies, the first named.
    refs.iter().find_map(|(_, r)| if let Ref::Body(b) = r { Some(b.clone()) } else { None })
}

/// Tries the whole title, then shorter heads of it: `phó trưởng ban thường trực ban tổ chức trung ương`,
/// …, `phó trưởng ban`.
fn resolve_title_progressively(speakers: &Speakers, lower: &str, at: usize) -> Option<String> {
    // (Each head is the title up to a space: sliced, not joined again.)
    let mut t = lower;
    loop {
        let one_word = !t.contains(' ');
        if !(one_word && TITLES.by_phrase_len(t).is_none()) {
            if let Some(name) = speakers.resolve_title(t, at) {
                return Some(name);
            }
        }
        t = &t[..t.rfind(' ')?];
    }
}

impl Lexicon {
    /// The lexicon holds exactly this phrase.
    fn by_phrase_len(&self, phrase: &str) -> Option<usize> {
        let chars: Vec<char> = phrase.chars().collect();
        let mut buf = String::new();
        let ws = super::classify::words(&chars, 0, chars.len(), &mut buf);
        self.at(&ws, 0).filter(|&n| n == ws.len())
    }
}

/// Who must act: the words after a request verb up to the task (`đề nghị các cấp ủy đảng tiếp tục …` →
/// `các cấp ủy đảng`), or the subject before an obligation (`Ban Thường vụ tỉnh ủy cần …`).
pub(crate) fn addressee(text: &str, ws: &[Word], from: usize, to: usize) -> Option<String> {
    use super::classify::{ACTION, MODAL, SOFT};
    let mut i = from;
    // `đề nghị trong thời gian tới, Ban Chỉ đạo cần …`: time and linking phrases come first.
    while let Some(n) = super::classify::CONNECTOR.at(ws, i) {
        i += n;
    }
    if ws.get(i).is_some_and(|w| w.lower == "cho") {
        i += 1;
    }
    // `đồng chí Đỗ Đức Duy` names the person; `đồng chí được Bộ Chính trị phân công …` is the addressee.
    let comrade =
        ws.get(i).is_some_and(|w| w.lower == "đồng") && ws.get(i + 1).is_some_and(|w| w.lower == "chí");
    if comrade && ws.get(i + 2).is_some_and(|w| w.cap) {
        i += 2;
    }
    let start = i;
    let comrade = comrade && !ws.get(i + 2).is_some_and(|w| w.cap);
    // Who must act is a named body or person, or a class of them (`các cấp ủy`, `toàn Đảng`, `tỉnh`).
    const CLASS: &[&str] = &[
        "các", "những", "tất", "toàn", "mọi", "từng", "mỗi", "cấp", "chính", "hai", "ba", "bốn", "tỉnh",
        "thành", "huyện", "xã", "địa", "đảng", "cán", "người", "ngành", "bộ", "đội", "lực", "nhân", "doanh",
        "cơ", "đơn", "đoàn", "ban", "hội", "ủy",
    ];
    if !comrade && ws.get(i).is_some_and(|w| !w.cap && !CLASS.contains(&w.lower)) {
        return None;
    }
    // `chỉ đạo khắc phục hậu quả …`: the task follows at once, nobody is named.
    if MODAL.at(ws, i).is_some() || SOFT.at(ws, i).is_some() || ACTION.at(ws, i).is_some() {
        return None;
    }
    let mut end = i;
    let mut stopped = false;
    while end < to.min(ws.len()) && end - start < 45 {
        let w = &ws[end];
        if end > start && matches!(w.punct_before, Some(';' | ':' | '.' | '(' | '"' | '“')) {
            stopped = true;
            break;
        }
        if end > start + usize::from(comrade) * 2
            && (MODAL.at(ws, end).is_some() || SOFT.at(ws, end).is_some() || ACTION.at(ws, end).is_some())
            && !w.cap
        {
            stopped = true;
            break;
        }
        if matches!(w.lower, "trên" | "để" | "nhằm" | "trong" | "sớm" | "thì" | "khi" | "trước" | "với")
            && end > start
        {
            stopped = true;
            break;
        }
        end += 1;
    }
    // Without a verb or a boundary to end it, the phrase is not a name.
    if end == start || !(stopped || end == to.min(ws.len())) {
        return None;
    }
    Some(classify::text_of(text, ws, start, end).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn setup(t: &'static str) -> (Vec<char>, Vec<Word<'static>>, Speakers<'static>) {
        let chars: Vec<char> = t.chars().collect();
        let ws = super::super::classify::words(&chars, 0, chars.len(), Box::leak(Box::default()));
        let sp = Speakers::new(t, &chars, &ws, &[]);
        (chars, ws, sp)
    }

    #[test]
    fn names_found_by_surname_without_titles_or_places() {
        let (_, _, sp) = setup(
            "Phó Thủ tướng Thường trực Chính phủ Trương Hòa Bình làm việc với Thành ủy Hà Nội và tỉnh Cao Bằng. Thượng tướng Lương Cường phát biểu.",
        );
        let names: Vec<&str> = sp.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, vec!["Trương Hòa Bình", "Lương Cường"]);
    }

    #[test]
    fn bare_titles_resolve_to_the_named_holder() {
        let t = "Phó trưởng ban Thường trực Ban Tổ chức Trung ương Nguyễn Thanh Bình trao quyết định. Bộ trưởng Phạm Hồng Hà chúc mừng. Bên cạnh đó, Phó trưởng ban Thường trực Ban Tổ chức Trung ương đề nghị đồng chí Đỗ Đức Duy nhanh chóng tiếp cận công việc.";
        let (chars, _, sp) = setup(t);
        let s = t.find("Bên cạnh").map(|b| t[..b].chars().count()).unwrap();
        let ws = super::super::classify::words(&chars, s, chars.len(), Box::leak(Box::default()));
        let refs = sp.refs(&ws, 12);
        assert_eq!(pick(&sp, &refs, s, None).as_deref(), Some("Nguyễn Thanh Bình"));
        // `Thủ tướng` is not read inside `Phó Thủ tướng`.
        let (_, ws, sp) = setup("Phó Thủ tướng Trương Hòa Bình dự. Thủ tướng yêu cầu các bộ.");
        let s = 34;
        let refs = sp.refs(&ws[7..], 2);
        assert_eq!(pick(&sp, &refs, s, None).as_deref(), Some("Thủ tướng"));
    }

    #[test]
    fn pronouns_take_the_last_speaker_and_bodies_come_last() {
        let (_, ws, sp) = setup("Đồng chí đề nghị Ban Chỉ đạo cần tập trung.");
        let refs = sp.refs(&ws, 2);
        assert_eq!(pick(&sp, &refs, 0, Some("Hoàng Thị Vĩnh")).as_deref(), Some("Hoàng Thị Vĩnh"));
        let (_, ws, sp) =
            setup("Ủy ban Kiểm tra Trung ương họp. UBKT Trung ương yêu cầu Ban cán sự đảng kiểm điểm.");
        let refs = sp.refs(&ws[5..], 3);
        assert_eq!(pick(&sp, &refs, 0, None).as_deref(), Some("Ủy ban Kiểm tra Trung ương"));
    }

    #[test]
    fn addressee_after_the_request() {
        let t = "Đồng chí Võ Văn Thưởng đề nghị các cấp ủy đảng tiếp tục quán triệt yêu cầu.";
        let chars: Vec<char> = t.chars().collect();
        let mut buf = String::new();
        let ws = super::super::classify::words(&chars, 0, chars.len(), &mut buf);
        assert_eq!(addressee(t, &ws, 7, ws.len()).as_deref(), Some("các cấp ủy đảng"));
    }
}
