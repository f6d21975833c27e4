//! Directives: the sentences that assign tasks, with their issuer, addressee, deadline and strength.
//!
//! The article is cut into units (`segment.rs`); each unit is read for cues (`classify.rs`) in text order
//! with a little memory of what came before: the last named speaker, and the chain of tasks in progress
//! (the tasks after `Thủ tướng Chính phủ yêu cầu:`, the sentences continuing a request, the body of a
//! normative text). The issuer and addressee come from `issuer.rs`.

mod classify;
mod issuer;
mod segment;

use std::sync::LazyLock;

use classify::{
    Key, LexId, Lexicon, Word, ACTION, AGAINST, AGAINST_ANY, BAN, DA, DEADLINE, HEAD_ACTION, HUA, KHAN, KIEN,
    MODAL, NEU, NHAM, REQUEST, SE, SOFT, THANH, THI, THOI,
};
use issuer::{Ref, Speakers};
use segment::{Kind, Segment};

use crate::span::{Directive, Entity, Strength};

/// Words of a headline that reports results rather than sets tasks.
static HEADLINE_RESULTS: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::new(
        LexId::HeadlineResults,
        &[
            "kết quả",
            "thành tựu",
            "dấu ấn",
            "nhìn lại",
            "bước đầu",
            "điểm sáng",
            "hiệu quả từ",
            "những năm",
            "sau một năm",
            "sau 5 năm",
        ],
    )
});
/// An order recounted as background or as a result, not given at the event covered.
static BACKGROUND: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::new(
        LexId::Background,
        &[
            "thời gian qua",
            "trước đó",
            "vừa qua",
            "những năm qua",
            "năm qua",
            "cảm ơn",
            "tin tưởng",
            "ban hành",
            "hứa",
            "chúc mừng",
            "từng",
        ],
    )
});
/// The article reports a normative text being issued: what follows is its content.
static NORMATIVE: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::new(
        LexId::Normative,
        &[
            "vừa ký",
            "ký ban hành",
            "vừa ban hành",
            "vừa có văn bản",
            "công điện gửi",
            "văn bản nêu",
            "chỉ thị nêu",
            "kết luận nêu",
            "công điện nêu",
            "vừa ký ban hành",
            "vừa có công điện",
            "vừa có chỉ thị",
            "vừa có quyết định",
            "vừa có thông báo",
            "vừa có ý kiến",
            "thông báo kết luận",
        ],
    )
});
/// Words that open the subject of a task in a list or a normative text (`Bộ Nội vụ chịu trách nhiệm …`).
static SUBJECT_HEAD: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::new(
        LexId::SubjectHead,
        &[
            "bộ",
            "sở",
            "ban",
            "ủy ban",
            "ubnd",
            "hđnd",
            "văn phòng",
            "đài",
            "tập đoàn",
            "tổng công ty",
            "thông tấn xã",
            "báo",
            "các",
            "cấp",
            "thường trực",
            "chủ tịch",
            "bộ trưởng",
            "thủ trưởng",
            "tỉnh",
            "thành phố",
            "huyện",
            "xã",
            "cơ quan",
            "những",
            "mỗi",
            "từng",
            "đảng ủy",
            "tỉnh ủy",
            "thành ủy",
            "huyện ủy",
            "công an",
            "chính quyền",
            "người đứng đầu",
            "cán bộ",
            "đảng viên",
            "doanh nghiệp",
            "hội đồng",
            "đoàn",
            "địa phương",
            "ngành",
            "phòng",
        ],
    )
});
/// Reports of what is still lacking: not a task, even inside a list.
static REPORT: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::new(
        LexId::Report,
        &[
            "tuy nhiên",
            "vẫn còn",
            "chưa được",
            "còn nhiều",
            "hiện nay",
            "hiện có",
            "vừa tổ chức",
            "tổ chức hội nghị",
            "diễn ra",
            "khai mạc",
            "bế mạc",
            "vừa làm việc",
        ],
    )
});
static DECISION_START: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::new(
        LexId::DecisionStart,
        &["thông qua", "tán thành", "xem xét", "cảnh cáo", "kỷ luật", "đây là", "đó là", "qua đây"],
    )
});

/// Every lexicon of the pass, one per [`LexId`]: [`classify::words`] marks each word with those that have a
/// phrase starting with it.
fn lexicons() -> [&'static Lexicon; classify::LEXICON_COUNT] {
    use classify::CONNECTOR;
    use issuer::{BODIES, OBJECT_BEFORE, PRONOUNS, SPEECH, TITLES};
    [
        &REQUEST,
        &MODAL,
        &ACTION,
        &HEAD_ACTION,
        &SOFT,
        &CONNECTOR,
        &AGAINST,
        &AGAINST_ANY,
        &DEADLINE,
        &HEADLINE_RESULTS,
        &BACKGROUND,
        &NORMATIVE,
        &SUBJECT_HEAD,
        &REPORT,
        &DECISION_START,
        &TITLES,
        &BODIES,
        &PRONOUNS,
        &SPEECH,
        &OBJECT_BEFORE,
    ]
}

/// A run of tasks in progress.
#[derive(Clone, Debug)]
struct Chain {
    issuer: Option<String>,
    addressee: Option<String>,
    strength: Strength,
    /// Index (among non-credit segments) of its last unit.
    last: usize,
    /// Tasks listed under an introduction (`… yêu cầu:`): every unit continues until the source line.
    list: bool,
    /// The content of a normative text.
    normative: bool,
    /// The addressee was named by an introduction (`1. Bộ trưởng các bộ, ngành …:`) and holds for its items.
    addr_intro: bool,
    /// Line of its last unit.
    line: usize,
}

/// What one unit turned out to be.
enum Outcome {
    Directive { rule: &'static str, strength: Strength, cue: Option<(usize, usize)>, kind: How },
    Intro,
    AddresseeIntro,
    Not,
}

#[derive(Clone, Copy, PartialEq)]
enum How {
    Request,
    Modal,
    Heading,
    Continuation,
}

/// Finds every directive sentence in `text`, using the entities already found for issuers and addressees.
#[cfg(test)]
pub(crate) fn find_directives(text: &str, entities: &[Entity]) -> Vec<Directive> {
    find_directives_in(text, &text.chars().collect::<Vec<char>>(), entities)
}

/// Finds every directive sentence in `text`, whose code points are `chars`, using the entities already found.
pub(crate) fn find_directives_in(text: &str, chars: &[char], entities: &[Entity]) -> Vec<Directive> {
    let segs = segment::segment(chars);
    let mut word_buf = String::new();
    let all = classify::words_of(text, chars, &mut word_buf);
    let speakers = Speakers::new(text, chars, &all, entities);
    let mut out: Vec<Directive> = Vec::new();
    let mut pending: Vec<usize> = Vec::new();
    // Headlines and subheadings without a speaker of their own: (directive, word range).
    let mut summaries: Vec<(usize, usize, usize)> = Vec::new();
    // Word range of every directive.
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let mut chain: Option<Chain> = None;
    let mut last_speaker: Option<String> = None;
    let mut n = 0; // index among non-credit units
    let mut interview = false;
    for seg in &segs {
        let lo = all.partition_point(|w| w.start < seg.start);
        let hi = all.partition_point(|w| w.start < seg.end);
        let ws = &all[lo..hi];
        if seg.kind == Kind::Credit {
            if ws.first().is_some_and(|w| matches!(w.lower, "theo" | "nguồn" | "tác" | "đọc")) {
                chain = None;
            }
            continue;
        }
        if ws.is_empty() {
            continue;
        }
        n += 1;
        // Most lexicons have no phrase in a given unit: those are ruled out without reading its words again.
        let present = classify::present(ws);
        let mut outcome = decide(chars, seg, ws, present, chain.as_ref(), n, &speakers);
        if interview {
            if let Outcome::Directive { kind: How::Modal | How::Continuation, .. } = outcome {
                outcome = Outcome::Not;
            }
        }
        match outcome {
            Outcome::Directive { rule, strength, cue, kind } => {
                let limit = cue.map_or(ws.len(), |c| c.0);
                let mut refs = speakers.speaker_refs_as(ws, limit, kind != How::Modal);
                if rule == "directive.agreed_tasks" {
                    // With several bodies agreeing, the first named.
                    refs = speakers.refs(ws, limit);
                    refs.retain(|(_, r)| matches!(r, Ref::Body(_)));
                    refs.truncate(1);
                }
                if kind == How::Heading {
                    refs.clear();
                }
                // In a list or a normative text, a task that opens with its subject (`Bộ Tài chính chỉ đạo …`)
                // names who must act, not who asks.
                let in_list = chain.as_ref().is_some_and(|c| c.list || c.normative);
                let asks = cue.is_some_and(|(a, l)| {
                    matches!(classify_phrase(ws, a, l).as_str(), "yêu cầu" | "đề nghị" | "kêu gọi" | "giao")
                });
                if in_list && !asks && opens_with_subject(ws) {
                    refs.clear();
                }
                if kind == How::Continuation {
                    refs.retain(|(_, r)| matches!(r, Ref::Person(_) | Ref::Title(..)));
                    if chain.is_some() {
                        refs.clear();
                    }
                }
                let own = issuer::pick(&speakers, &refs, seg.start, last_speaker.as_deref());
                let heading = matches!(seg.kind, Kind::Headline | Kind::Heading) && kind == How::Heading;
                let issuer = own.clone().or_else(|| {
                    if heading {
                        None
                    } else {
                        chain.as_ref().and_then(|c| c.issuer.clone()).or_else(|| last_speaker.clone())
                    }
                });
                let subject = if opens_with_subject(ws) { subject_initial(text, ws) } else { None };
                // Under `1. Bộ trưởng các bộ, ngành …:` the items are theirs unless they name their own.
                let intro_addr =
                    chain.as_ref().filter(|c| c.addr_intro && c.list).and_then(|c| c.addressee.clone());
                let addressee = match (kind, cue) {
                    _ if subject.is_some() && refs.is_empty() => subject,
                    _ if intro_addr.is_some() && refs.is_empty() => intro_addr,
                    (How::Request, Some((a, l)))
                        if !refs.is_empty() || chain.as_ref().is_none_or(|c| c.addressee.is_none()) =>
                    {
                        issuer::addressee(text, ws, a + l, ws.len())
                    }
                    (How::Modal, Some((a, _))) => subject_before(text, ws, a),
                    (How::Continuation, _) => {
                        subject_initial(text, ws).or_else(|| chain.as_ref().and_then(|c| c.addressee.clone()))
                    }
                    _ => None,
                }
                .or_else(|| {
                    // Carried over only within a list, a normative text or a run of continuing sentences.
                    // … and through the tasks one speaker gives in a row.
                    let same_speaker =
                        chain.as_ref().is_some_and(|c| c.issuer.is_some() && c.issuer == issuer);
                    let carries = kind == How::Continuation
                        || (kind != How::Request && same_speaker)
                        || (kind != How::Request && chain.as_ref().is_some_and(|c| c.list || c.normative));
                    if carries {
                        chain.as_ref().and_then(|c| c.addressee.clone())
                    } else {
                        None
                    }
                });
                let deadline = deadline(ws, &all, lo);
                let idx = out.len();
                spans.push((lo, hi));
                out.push(Directive {
                    start: seg.start,
                    end: seg.end,
                    text: unit_text(text, chars, ws, seg.start, seg.end),
                    issuer: issuer.clone(),
                    addressee: addressee.clone(),
                    deadline,
                    strength: Some(strength),
                    rule: rule.to_string(),
                });
                if issuer.is_none() {
                    pending.push(idx);
                    if heading {
                        summaries.push((idx, lo, hi));
                    }
                } else if !heading || own.is_some() {
                    for p in pending.drain(..) {
                        out[p].issuer = issuer.clone();
                    }
                }
                let (list, normative, chain_addr, addr_intro) =
                    chain.as_ref().map_or((false, false, None, false), |c| {
                        (c.list, c.normative, c.addressee.clone(), c.addr_intro)
                    });
                let opens_list = seg.line_end && chars[seg.end - 1] == ':';
                let list = list || opens_list;
                let keep_addr = if (list || normative) && addr_intro { chain_addr } else { addressee };
                let chain_issuer = if heading && own.is_none() {
                    chain.as_ref().and_then(|c| c.issuer.clone())
                } else {
                    issuer.clone()
                };
                chain = Some(Chain {
                    issuer: chain_issuer,
                    addressee: keep_addr,
                    strength,
                    last: n,
                    list,
                    normative,
                    addr_intro,
                    line: seg.line,
                });
                if let Some(i) = &issuer {
                    if speakers.people.iter().any(|p| &p.name == i) || kind != How::Heading {
                        last_speaker = Some(i.clone());
                    }
                }
            }
            Outcome::Intro => {
                let refs = speakers.refs(ws, ws.len());
                let issuer = issuer::pick(&speakers, &refs, seg.start, last_speaker.as_deref())
                    .or_else(|| last_speaker.clone());
                for p in pending.drain(..) {
                    out[p].issuer = issuer.clone();
                }
                chain = Some(Chain {
                    issuer,
                    addressee: None,
                    strength: Strength::Must,
                    last: n,
                    list: true,
                    normative: chain.as_ref().is_some_and(|c| c.normative),
                    addr_intro: false,
                    line: seg.line,
                });
            }
            Outcome::AddresseeIntro => {
                if let Some(c) = chain.as_mut() {
                    let end = if chars[seg.end - 1] == ':' { seg.end - 1 } else { seg.end };
                    c.addressee = Some(unit_text(text, chars, ws, seg.start, end).trim().to_string());
                    c.addr_intro = true;
                    c.last = n;
                    c.line = seg.line;
                }
            }
            Outcome::Not => {
                if chain.as_ref().is_some_and(|c| !c.list && !c.normative) && seg.kind == Kind::Sentence {
                    chain = None;
                }
                if let Some(r) = speakers.first_named(ws) {
                    if let Some(s) = issuer::pick(&speakers, &[(0, r)], seg.start, last_speaker.as_deref()) {
                        if speakers.people.iter().any(|p| p.name == s) {
                            last_speaker = Some(s);
                        }
                    }
                } else if let Some(b) =
                    speakers.speaker_refs_as(ws, ws.len(), false).into_iter().find_map(|(_, r)| match r {
                        Ref::Body(b) => Some(b),
                        _ => None,
                    })
                {
                    // Bodies that speak (`… như Thành ủy Hà Nội, Đảng ủy Công an Trung ương đều cho rằng …`).
                    last_speaker = Some(b);
                }
            }
        }
        // An interview: the answers after `PV:` are opinions, not orders (unless they ask someone outright).
        if ws.len() > 1 && ws[0].lower == "pv" && ws[1].punct_before == Some(':') {
            interview = true;
        }
        // A normative text being issued: its content follows (`… vừa ký Chỉ thị …`, `Tổng Thư ký Quốc hội
        // ban hành Thông cáo …`).
        let issues_now = if !BAN.may_be_in(present) {
            None
        } else {
            (0..ws.len().saturating_sub(1)).find(|&k| {
                ws[k].is(BAN)
                    && ws[k + 1].lower == "hành"
                    && k > 0
                    && !matches!(ws[k - 1].lower, "việc" | "đã" | "được" | "và")
                    && speakers.speaker_right_before(ws, k)
                    && !classify::dateline(ws)
                    && BACKGROUND.find(ws, 0).is_none_or(|b| b == k)
                    // … one text, named: `ban hành Kế hoạch …`, not `ban hành 20 văn bản`.
                    && ws.get(k + 2).is_some_and(|w| {
                        w.cap
                            && matches!(
                                w.lower,
                                "kế" | "chỉ" | "công" | "thông" | "quyết" | "văn" | "nghị" | "kết" | "hướng" | "quy" | "chương"
                            )
                    })
            })
        };
        let normative = if NORMATIVE.may_be_in(present) { NORMATIVE.find(ws, 0) } else { None };
        if let Some(k) = normative.or(issues_now) {
            if classify::past_marker(ws, k).is_none() {
                let body = thay_mat(ws, &speakers).or_else(|| {
                    let refs = speakers.refs(ws, k);
                    issuer::pick(&speakers, &refs, seg.start, last_speaker.as_deref())
                });
                let issuer = body.or_else(|| chain.as_ref().and_then(|c| c.issuer.clone()));
                chain = Some(Chain {
                    issuer,
                    addressee: chain.as_ref().and_then(|c| c.addressee.clone()),
                    strength: Strength::Must,
                    last: n,
                    list: chain.as_ref().is_some_and(|c| c.list),
                    normative: true,
                    addr_intro: chain.as_ref().is_some_and(|c| c.addr_intro),
                    line: seg.line,
                });
            }
        }
    }
    if !pending.is_empty() {
        let fallback = out.iter().find_map(|d| d.issuer.clone()).or(last_speaker);
        for p in pending {
            out[p].issuer = fallback.clone();
        }
    }
    // A headline or subheading sums up one of the directives: its issuer is that directive's, the one it
    // shares most words with (`Xây dựng khu vực phòng thủ vững chắc cho Thủ đô` ← `… xây dựng khu vực phòng
    // thủ vững chắc …`), when the overlap is clear.
    let is_summary: Vec<bool> = {
        let mut v = vec![false; spans.len()];
        for s in &summaries {
            v[s.0] = true;
        }
        v
    };
    for &(idx, lo, hi) in &summaries {
        // The summary's words of two letters or more, each once. (There are few summaries and short
        // directives: each word is looked for in each directive, by hash first.)
        let mut head: Vec<&Word> = Vec::new();
        for w in &all[lo..hi] {
            if w.lower.chars().count() > 1 && !head.iter().any(|h| h.is_same(w)) {
                head.push(w);
            }
        }
        // A bit per summary word's hash: most words of a directive are ruled out by one test.
        let filter = head.iter().fold(0u64, |f, h| f | 1 << (h.key & 63));
        let mut found = vec![false; head.len()];
        // (The most words shared; the first directive of those.)
        let mut best: Option<(usize, usize)> = None;
        for (j, &(a, b)) in spans.iter().enumerate() {
            if j == idx || is_summary[j] {
                continue;
            }
            found.fill(false);
            for w in &all[a..b] {
                if filter & 1 << (w.key & 63) != 0 {
                    if let Some(p) = head.iter().position(|h| h.is_same(w)) {
                        found[p] = true;
                    }
                }
            }
            let shared = found.iter().filter(|&&f| f).count();
            if best.is_none_or(|(most, _)| shared > most) {
                best = Some((shared, j));
            }
        }
        if let Some((shared, j)) = best {
            if shared >= 4 && shared * 3 >= head.len() * 2 {
                out[idx].issuer = out[j].issuer.clone();
            }
        }
    }
    out
}

/// `thay mặt Bộ Chính trị, đồng chí … ký`: the body the signer acts for.
fn thay_mat(ws: &[Word], speakers: &Speakers) -> Option<String> {
    const THAY: Key = Key::new("thay");
    let k = (0..ws.len().saturating_sub(1)).find(|&i| ws[i].is(THAY) && ws[i + 1].lower == "mặt")?;
    let refs = speakers.refs(&ws[k + 2..], ws.len() - k - 2);
    refs.into_iter().find_map(|(_, r)| if let Ref::Body(b) = r { Some(b) } else { None })
}

/// Decides what one unit is, of the words `ws` (with lexicon bits `present`, [`classify::present`]).
#[allow(clippy::too_many_arguments)]
fn decide(
    chars: &[char],
    seg: &Segment,
    ws: &[Word],
    present: u64,
    chain: Option<&Chain>,
    n: usize,
    speakers: &Speakers,
) -> Outcome {
    let last_char =
        chars[..seg.end].iter().rev().find(|c| !matches!(c, '"' | '”' | '’' | ')' | '*')).copied();
    if last_char == Some('?') || ws[0].lower == "pv" {
        return Outcome::Not;
    }
    let find = |lex: &Lexicon, from: usize| if lex.may_be_in(present) { lex.find(ws, from) } else { None };
    let has_deadline = || DEADLINE.may_be_in(present) && classify::deadline_at(ws).is_some();
    let reqs = if REQUEST.may_be_in(present) { classify::request_cues(ws) } else { Vec::new() };
    let req = reqs.first().copied();
    let modal = if MODAL.may_be_in(present) { classify::modal_cue(ws) } else { None };
    let (conn_end, has_conn) = classify::after_connectors(ws);
    // (Where the first cue against stands: asked again below.)
    let against_at = find(&AGAINST, 0);
    let against = against_at.is_some();
    let decision = DECISION_START.at(ws, conn_end).is_some();
    let future = SE.may_be_in(present) && classify::future_marker(ws, req.map(|c| c.at));
    let dateline = classify::dateline(ws);
    let ends_colon = last_char == Some(':');
    let hua = HUA.may_be_in(present) && ws.iter().any(|w| w.is(HUA));

    // An introduction alone on its line (`Thủ tướng Chính phủ yêu cầu:`), or one that only names who must act.
    if ends_colon && seg.line_end {
        let like_sau = ws.windows(2).any(|p| p[0].lower == "như" && p[1].lower == "sau");
        let task = classify::imperative_start(ws, &ACTION).is_some();
        if let Some(c) = req.filter(|_| !task) {
            if ws.len() - (c.at + c.len) <= 2 || like_sau {
                return Outcome::Intro;
            }
        } else if like_sau && ws.iter().any(|w| w.lower == "luận") {
            return Outcome::Intro;
        }
        if seg.marker && chain.is_some_and(|c| c.list) && req.is_none() && modal.is_none() {
            return Outcome::AddresseeIntro;
        }
    }
    // (Asked last where it is read.)
    let against_any = || find(&AGAINST_ANY, 0).is_some();
    let thi = THI.may_be_in(present) && ws.iter().any(|w| w.is(THI));
    // The meeting agreed on the tasks ahead: `Hội nghị đã xác định nhiệm vụ … trong thời gian tới là …`.
    let ahead = THOI.may_be_in(present)
        && ws.windows(3).any(|p| p[0].is(THOI) && p[1].lower == "gian" && p[2].lower == "tới");
    // … naming the tasks (`là tiếp tục đẩy mạnh …`, `biện pháp tăng cường …`), not approving in general.
    let agreed = ahead
        && (0..ws.len().saturating_sub(1))
            .find(|&k| matches!((ws[k].lower, ws[k + 1].lower), ("xác", "định") | ("thống", "nhất")))
            .is_some_and(|k| find(&HEAD_ACTION, k + 2).is_some());
    if agreed && !future && !against_any() {
        return Outcome::Directive {
            rule: "directive.agreed_tasks",
            strength: Strength::Must,
            cue: None,
            kind: How::Request,
        };
    }
    // A speech tag after a quote (`… – đồng chí Võ Văn Thưởng lưu ý.`) asks nothing by itself.
    let background_at = std::cell::OnceCell::new();
    for c in reqs.iter().filter(|c| ws.len() - (c.at + c.len) >= 2) {
        let cue = classify_phrase(ws, c.at, c.len);
        let past = DA.may_be_in(present) && classify::past_marker(ws, c.at).is_some();
        let background = background_at.get_or_init(|| find(&BACKGROUND, 0)).is_some_and(|b| b < c.at);
        let allowed_past = matches!(cue.as_str(), "giao" | "yêu cầu" | "đề nghị" | "kêu gọi");
        // `chỉ đạo`, `chỉ thị`, `giao` inside a sentence are orders only from the speaker right before them
        // (`Thủ tướng chỉ đạo …`), not `để Ban Thường vụ tập trung chỉ đạo …`.
        let needs_speaker = matches!(cue.as_str(), "chỉ đạo" | "chỉ thị" | "giao") && c.at > conn_end;
        let unattributed = needs_speaker && !speakers.speaker_right_before(ws, c.at);
        let blocked =
            (past && (!allowed_past || background || dateline)) || future || hua || decision || unattributed;
        if !blocked {
            return Outcome::Directive {
                rule: c.rule,
                strength: c.strength,
                cue: Some((c.at, c.len)),
                kind: How::Request,
            };
        }
    }
    if let Some(c) = modal {
        let past = DA.may_be_in(present) && classify::past_marker(ws, c.at).is_some();
        let fut = (SE.may_be_in(present) || NHAM.may_be_in(present))
            && ws[..c.at].iter().any(|w| w.is(SE) || w.is(NHAM));
        let against_before = against_at.is_some_and(|a| a < c.at);
        if !past && !fut && !against_before && !hua && !decision && !against_any() {
            return Outcome::Directive {
                rule: c.rule,
                strength: c.strength,
                cue: Some((c.at, c.len)),
                kind: How::Modal,
            };
        }
    }
    let past_any = DA.may_be_in(present) && classify::past_marker(ws, ws.len()).is_some();
    // `vẫn còn nhiều …` reports what is lacking; `thời gian không còn nhiều` urges.
    let report = || {
        find(&REPORT, 0).is_some_and(|k| !(k > 0 && ws[k - 1].lower == "không"))
            && !thi
            && classify::imperative_start(ws, &ACTION).is_none()
    };
    let clean = !past_any && !against && !future && !hua && !decision && !dateline && !report();
    // A headline about results (`Xây dựng nông thôn mới: nhiều kết quả bước đầu`) reports.
    // `Tổ chức thành công Đại hội …` reports a success; `trở thành công việc …` does not.
    // (Asked only of a headline or heading.)
    let results = || {
        let success = THANH.may_be_in(present)
            && (0..ws.len().saturating_sub(1)).any(|k| {
                ws[k].is(THANH)
                    && ws[k + 1].lower == "công"
                    && !matches!(lower_at(ws, k + 2), "việc" | "cụ" | "nghiệp" | "trình")
            });
        find(&HEADLINE_RESULTS, 0).is_some() || success
    };
    if matches!(seg.kind, Kind::Headline | Kind::Heading) && clean && ws.len() >= 3 && !results() {
        let colon_verb =
            ws.iter().enumerate().take(8).any(|(j, w)| {
                w.punct_before == Some(':') && w.cap && HEAD_ACTION.at(ws, j).is_some() && j > 0
            });
        let first_cap = ws[0].cap;
        if (first_cap && classify::imperative_start(ws, &HEAD_ACTION).is_some()) || colon_verb {
            let rule = if seg.kind == Kind::Headline { "directive.headline" } else { "directive.heading" };
            return Outcome::Directive { rule, strength: Strength::Must, cue: None, kind: How::Heading };
        }
    }
    // `khẩn trương`, `kiên quyết` after who must act are orders in themselves
    // (`…, các Ban xây dựng Đảng của Tỉnh ủy … khẩn trương rà soát …`); a report says `đã khẩn trương`.
    let urgent = (KHAN.may_be_in(present) || KIEN.may_be_in(present))
        && ws.iter().enumerate().any(|(k, w)| {
            k > conn_end
                && ((w.is(KHAN) && lower_is(ws, k + 1, "trương"))
                    || (w.is(KIEN) && lower_is(ws, k + 1, "quyết")))
                && !lower_is(ws, k.wrapping_sub(1), "đã")
                && !lower_is(ws, k.wrapping_sub(1), "tinh")
                && !lower_is(ws, k.wrapping_sub(1), "thần")
        });
    if urgent && clean && find(&ACTION, conn_end).is_some() {
        return Outcome::Directive {
            rule: "directive.cue.khan_truong",
            strength: Strength::Must,
            cue: None,
            kind: How::Modal,
        };
    }
    // A task with a deadline (`Bộ Xây dựng chủ trì, … báo cáo chậm nhất trong ngày 13 tháng 8`).
    let subject_or_verb = || classify::imperative_start(ws, &ACTION).is_some() || opens_with_subject(ws);
    if clean && subject_or_verb() && has_deadline() && find(&ACTION, conn_end).is_some() {
        return Outcome::Directive {
            rule: "directive.deadline",
            strength: Strength::Must,
            cue: None,
            kind: How::Continuation,
        };
    }
    if let Some(c) = chain {
        let adjacent = c.last + 1 == n;
        // Another named speaker takes the floor (`Thay mặt Ban cán sự Đảng Bộ, Bộ trưởng Chu Ngọc Anh cho rằng …`).
        // (Asked last.)
        let new_speaker = || {
            let first_action = (0..ws.len())
                .find(|&k| (ACTION.at(ws, k).is_some() || SOFT.at(ws, k).is_some()) && !ws[k].cap)
                .unwrap_or(ws.len());
            (ws.len() > 1 && ws[0].lower == "thay" && ws[1].lower == "mặt")
                || speakers.refs(ws, first_action).iter().any(|(_, r)| match r {
                    Ref::Person(p) => c.issuer.as_deref() != Some(p.as_str()),
                    _ => false,
                })
        };
        // `Chỉ thị của Thủ tướng cũng nêu rõ trách nhiệm của …` tells what the text covers, not a task.
        let about_text = matches!(
            (lower_at(ws, conn_end), lower_at(ws, conn_end + 1)),
            ("chỉ", "thị")
                | ("công", "điện")
                | ("kết", "luận")
                | ("quyết", "định")
                | ("thông", "báo")
                | ("nghị", "quyết")
        ) && NEU.may_be_in(present)
            && ws.iter().any(|w| w.is(NEU));
        if (c.list || c.normative || adjacent) && clean && !about_text && !new_speaker() {
            let imper = classify::imperative_start(ws, &ACTION).is_some()
                && ws.get(conn_end).is_some_and(|w| w.cap != has_conn);
            let soft = find(&SOFT, 0).is_some();
            let deadline = has_deadline();
            let subj = SUBJECT_HEAD.at(ws, conn_end).is_some()
                && ws.get(conn_end).is_some_and(|w| w.cap || has_conn);
            let action = find(&ACTION, conn_end + 1).is_some();
            // Another sentence of the same list item or paragraph of a list.
            let same_line = adjacent && c.line == seg.line;
            let go = if c.list || c.normative {
                imper || has_conn || soft || seg.marker || deadline || (subj && action) || thi || same_line
            } else {
                // In speech, a subject's sentence continues the request only with a verb that sets a task.
                let task_verb = find(&HEAD_ACTION, conn_end + 1).is_some();
                imper || has_conn || soft || seg.marker || (subj && task_verb)
            };
            if go {
                return Outcome::Directive {
                    rule: "directive.continuation",
                    strength: c.strength,
                    cue: None,
                    kind: How::Continuation,
                };
            }
        }
    }
    Outcome::Not
}

fn classify_phrase(ws: &[Word], at: usize, len: usize) -> String {
    ws[at..at + len].iter().map(|w| w.lower).collect::<Vec<_>>().join(" ")
}

/// The subject right before an obligation (`Ban Thường vụ tỉnh ủy cần …`, `…, tỉnh cần …`).
fn subject_before(text: &str, ws: &[Word], modal: usize) -> Option<String> {
    // Back to the start of the clause.
    let mut s = modal;
    while s > 0 && ws[s].punct_before.is_none() && modal - s < 12 {
        s -= 1;
    }
    let (ce, _) = classify::after_connectors(ws);
    let s = if s == 0 { ce } else { s };
    // Adverbs before the obligation are not part of who must act: `… còn phải`, `… cũng cần`.
    let mut e = modal;
    while e > s && matches!(ws[e - 1].lower, "còn" | "cũng" | "đều" | "thì" | "vẫn" | "luôn" | "càng")
    {
        e -= 1;
    }
    if s >= e || e - s > 10 {
        return None;
    }
    let text = classify::text_of(text, ws, s, e);
    let lower = text.to_lowercase();
    const SPEAKING: &[&str] = &[
        "đồng chí",
        "nhấn mạnh",
        "thời gian tới",
        "cho rằng",
        "khẳng định",
        "lưu ý",
        "yêu cầu",
        "đề nghị",
        "nêu rõ",
        "chỉ rõ",
        "ông ",
        "bà ",
        "việc ",
        "muốn ",
    ];
    if SPEAKING.iter().any(|w| lower.contains(w)) || lower == "ông" || lower == "bà" {
        return None;
    }
    Some(text.to_string())
}

fn lower_at<'a>(ws: &[Word<'a>], k: usize) -> &'a str {
    ws.get(k).map_or("", |w| w.lower)
}

fn lower_is(ws: &[Word], k: usize, w: &str) -> bool {
    ws.get(k).is_some_and(|x| x.lower == w)
}

/// The unit opens (after connectors) with who must act: `Bộ Tài chính …`, `Chủ tịch Ủy ban nhân dân …`.
fn opens_with_subject(ws: &[Word]) -> bool {
    let (ce, _) = classify::after_connectors(ws);
    SUBJECT_HEAD.at(ws, ce).is_some() && ws.get(ce).is_some_and(|w| w.cap || ce > 0)
}

/// The subject a task in a list opens with (`Sở Nội vụ chủ trì, …` → `Sở Nội vụ`).
fn subject_initial(text: &str, ws: &[Word]) -> Option<String> {
    let (ce, _) = classify::after_connectors(ws);
    if !(SUBJECT_HEAD.at(ws, ce).is_some() && ws.get(ce).is_some_and(|w| w.cap || ce > 0)) {
        return None;
    }
    let end = (ce + 1..ws.len().min(ce + 40)).find(|&k| {
        let verb =
            ACTION.at(ws, k).is_some() || SOFT.at(ws, k).is_some() || classify::MODAL.at(ws, k).is_some();
        // `… theo chức năng, nhiệm vụ được giao`, `… căn cứ …`: the subject has ended.
        let adjunct = matches!(ws[k].lower, "theo" | "căn" | "trong" | "để" | "nhằm" | "khi" | "thì");
        (verb || adjunct) && !ws[k].cap
    })?;
    Some(classify::text_of(text, ws, ce, end).to_string())
}

/// The text of code points `a..b` of a unit, whose words `ws` (at least one) stand inside them: sliced from
/// `text` at the bytes of its first and last words, without reading the code points between them.
/// (Were they not, the code points are collected.)
fn unit_text(text: &str, chars: &[char], ws: &[Word], a: usize, b: usize) -> String {
    let bytes = |cs: &[char]| cs.iter().map(|c| c.len_utf8()).sum::<usize>();
    let sliced = || {
        let (first, last) = (ws.first()?, ws.last()?);
        let from = first.byte_start.checked_sub(bytes(chars.get(a..first.start)?))?;
        let to = last.byte_end + bytes(chars.get(last.end..b)?);
        classify::slice(text, from, to)
    };
    sliced().map_or_else(|| chars.get(a..b).map(crate::text::string_of).unwrap_or_default(), str::to_string)
}

/// The ISO date of a deadline stated in the unit, the year taken from the nearest earlier year in the text.
fn deadline(ws: &[Word], all: &[Word], lo: usize) -> Option<String> {
    let k = classify::deadline_at(ws)?;
    let num = |w: &Word| w.lower.parse::<u32>().ok();
    let mut j = k;
    while j < ws.len() && num(&ws[j]).is_none() {
        j += 1;
    }
    let sep = |w: &Word| matches!(w.punct_before, Some('/' | '-' | '.'));
    let is_year = |w: &Word| w.lower.len() == 4 && num(w).is_some_and(|y| (1945..=2100).contains(&y));
    let context_year = || {
        let before = lo + k;
        all[..before]
            .iter()
            .rev()
            .find(|w| is_year(w))
            .or_else(|| all[before..].iter().find(|w| is_year(w)))
            .and_then(num)
    };
    // A month: `trong tháng 8/2025`, `trước tháng 9 năm 2025`.
    if j > 0 && ws[j - 1].lower == "tháng" {
        let month = num(&ws[j])?;
        let year = if ws.get(j + 1).is_some_and(|w| sep(w) && is_year(w)) {
            num(&ws[j + 1])
        } else if ws.get(j + 1).is_some_and(|w| w.lower == "năm") {
            ws.get(j + 2).and_then(num)
        } else {
            None
        };
        let year = year.or_else(context_year)?;
        return (1..=12).contains(&month).then(|| format!("{year:04}-{month:02}"));
    }
    let day = num(ws.get(j)?)?;
    let (month, year, next) = if ws.get(j + 1).is_some_and(|w| sep(w) && num(w).is_some()) {
        let m = num(&ws[j + 1])?;
        let y = ws.get(j + 2).filter(|w| sep(w) && w.lower.len() == 4).and_then(num);
        (m, y, j + 2)
    } else if ws.get(j + 1).is_some_and(|w| w.lower == "tháng") {
        let m = num(ws.get(j + 2)?)?;
        let y =
            if ws.get(j + 3).is_some_and(|w| w.lower == "năm") { ws.get(j + 4).and_then(num) } else { None };
        (m, y, j + 3)
    } else {
        return None;
    };
    let _ = next;
    if !(1..=31).contains(&day) || !(1..=12).contains(&month) {
        return None;
    }
    let year = year.or_else(context_year)?;
    Some(format!("{year:04}-{month:02}-{day:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (text, [(first words of a directive, issuer)]) — every directive found must be listed, in order.
    fn check(text: &str, want: &[(&str, Option<&str>)]) {
        let got = find_directives(text, &[]);
        let got_pairs: Vec<(String, Option<String>)> =
            got.iter().map(|d| (d.text.clone(), d.issuer.clone())).collect();
        assert_eq!(got.len(), want.len(), "{text}\n got: {got_pairs:#?}");
        for (d, (head, iss)) in got.iter().zip(want) {
            assert!(d.text.starts_with(head), "{} should start with {head}", d.text);
            assert_eq!(d.issuer.as_deref(), *iss, "{}", d.text);
            let slice: String = text.chars().skip(d.start).take(d.end - d.start).collect();
            assert_eq!(slice, d.text);
        }
    }

    #[test]
    fn requests_with_a_named_speaker() {
        check(
            "Phát biểu kết luận Hội nghị, Trưởng Ban Dân vận Tỉnh ủy Hoàng Thị Vĩnh đánh giá cao sự phối hợp. Đồng chí đề nghị trong thời gian tới, Ban Chỉ đạo cần tập trung thực hiện tốt các nhiệm vụ: Tiếp tục quán triệt Kết luận số 43-KL/TW ngày 07/01/2019 của Ban Bí thư.\n\nChủ động nghiên cứu, tham mưu với cấp ủy. Thường xuyên xây dựng, kiện toàn các tổ.\n\nĐồng thời quán triệt, thực hiện nghiêm Quy chế công tác dân vận.",
            &[
                ("Đồng chí đề nghị", Some("Hoàng Thị Vĩnh")),
                ("Chủ động nghiên cứu", Some("Hoàng Thị Vĩnh")),
                ("Thường xuyên", Some("Hoàng Thị Vĩnh")),
                ("Đồng thời quán triệt", Some("Hoàng Thị Vĩnh")),
            ],
        );
    }

    /// Regression: a body the recognisers found but the speakers' lexicon lacks (`UBND tỉnh`, `Sở Y tế`) did not
    /// speak: the issuer was the last person named and the addressee began with the body and its verb.
    #[test]
    fn a_body_found_by_the_recognisers_gives_the_request() {
        let t = "Bí thư Tỉnh ủy Nguyễn Văn Hùng dự họp.\nUBND tỉnh đề nghị các sở, ngành khẩn trương triển khai.\n\
                 Sở Y tế yêu cầu các bệnh viện hoàn thành trước ngày 15/7/2025.";
        let a = crate::annotate(t);
        let got: Vec<_> = a
            .directives
            .iter()
            .map(|d| (d.issuer.as_deref(), d.addressee.as_deref(), d.deadline.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                (Some("UBND tỉnh"), Some("các sở, ngành"), None),
                (Some("Sở Y tế"), Some("các bệnh viện"), Some("2025-07-15")),
            ]
        );
    }

    #[test]
    fn reports_pledges_and_decisions_are_not_directives() {
        check("Năm 2022, Ban Chỉ đạo đã thường xuyên làm tốt công tác quán triệt, triển khai thực hiện các nghị quyết.", &[]);
        check("Đồng chí Đỗ Đức Duy hứa sẽ nỗ lực vượt bậc, phấn đấu hoàn thành nhiệm vụ được giao.", &[]);
        check("Mở đầu.\n2- Tán thành với Tờ trình và Báo cáo kiểm điểm. Ban Chấp hành Trung ương Đảng đã quyết định kỷ luật đồng chí Đinh La Thăng.", &[]);
        check("Bộ Chính trị đã chỉ đạo sửa đổi Luật Địa chất và khoáng sản.", &[]);
        check(
            "Đồng chí cũng mong muốn tiếp tục nhận được sự quan tâm, giúp đỡ của các đồng chí lãnh đạo.",
            &[],
        );
    }

    #[test]
    fn an_order_given_at_the_event_counts_even_with_da() {
        check(
            "Ban Chấp hành Trung ương Đảng đã giao Bộ Chính trị chỉ đạo hoàn chỉnh, ban hành chính thức các Nghị quyết nói trên.",
            &[("Ban Chấp hành Trung ương Đảng đã giao", Some("Ban Chấp hành Trung ương Đảng"))],
        );
    }

    #[test]
    fn introduction_alone_on_its_line_and_list_items() {
        let t = "Thủ tướng chỉ đạo gỡ vướng quy định pháp luật\nĐể tháo gỡ kịp thời các vướng mắc, Thủ tướng Chính phủ yêu cầu:\n1. Bộ trưởng các bộ, ngành, Chủ tịch Uỷ ban nhân dân các tỉnh:\na) Chỉ đạo tập trung rà soát kỹ; gửi về Bộ Nông nghiệp và Môi trường trước ngày 20 tháng 8 năm 2025.\nb) Nội dung, giải pháp đề xuất cần xử lý triệt để.\n3. Giao Phó Thủ tướng Chính phủ Trần Hồng Hà trực tiếp chỉ đạo.\nTheo Cổng Thông tin điện tử Chính phủ";
        check(
            t,
            &[
                ("Thủ tướng chỉ đạo", Some("Thủ tướng")),
                ("Chỉ đạo tập trung", Some("Thủ tướng Chính phủ")),
                ("Nội dung", Some("Thủ tướng Chính phủ")),
                ("Giao Phó Thủ tướng", Some("Thủ tướng Chính phủ")),
            ],
        );
        let d = find_directives(t, &[]);
        assert_eq!(d[1].deadline.as_deref(), Some("2025-08-20"));
        assert_eq!(
            d[1].addressee.as_deref(),
            Some("Bộ trưởng các bộ, ngành, Chủ tịch Uỷ ban nhân dân các tỉnh")
        );
        assert_eq!(d[1].strength, Some(Strength::Must));
    }

    #[test]
    fn headline_caption_and_deadline_year_from_context() {
        let t = "Bộ Chính trị yêu cầu hoàn tất sắp xếp cấp xã trước 15/7, cấp tỉnh trước 15/8\nNgày 25/5/2025, thay mặt Bộ Chính trị, đồng chí Trần Cẩm Tú ký ban hành Kết luận số 157-KL/TW.";
        let d = find_directives(t, &[]);
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].issuer.as_deref(), Some("Bộ Chính trị"));
        assert_eq!(d[0].deadline.as_deref(), Some("2025-07-15"));
        let t = "Thủ tướng Phạm Minh Chính nhấn mạnh, việc sắp xếp cần căn cứ trên một số tiêu chí - Ảnh: VGP/Nhật Bắc\nĐảng ủy Chính phủ thảo luận về đề án - Ảnh: VGP/Nhật Bắc";
        check(
            t,
            &[(
                "Thủ tướng Phạm Minh Chính nhấn mạnh, việc sắp xếp cần căn cứ trên một số tiêu chí",
                Some("Phạm Minh Chính"),
            )],
        );
        let d = find_directives(t, &[]);
        assert!(d[0].text.ends_with("tiêu chí"));
    }

    #[test]
    fn soft_requests_and_strength() {
        let t = "Thời gian tới, đồng chí Nguyễn Thiện Nhân mong muốn Đảng bộ, nhân dân xã Trí Phải tiếp tục đoàn kết.";
        let d = find_directives(t, &[]);
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].strength, Some(Strength::Request));
        assert_eq!(d[0].addressee.as_deref(), Some("Đảng bộ, nhân dân xã Trí Phải"));
        let t =
            "Tại buổi làm việc, đồng chí Trần Quốc Vượng nhấn mạnh, Cao Bằng cần xây dựng đội ngũ cán bộ.";
        let d = find_directives(t, &[]);
        assert_eq!(d[0].strength, Some(Strength::Should));
        assert_eq!(d[0].issuer.as_deref(), Some("Trần Quốc Vượng"));
        assert_eq!(d[0].addressee.as_deref(), Some("Cao Bằng"));
    }

    /// One row: the article, and every directive it holds (first words, issuer), in order.
    type Row = (&'static str, &'static [(&'static str, Option<&'static str>)]);

    #[test]
    fn rules_of_the_directives_section() {
        let rows: &[Row] = &[
            // The span is the whole sentence, final punctuation included; a headline phrased as a task is one.
            (
                "Khẩn trương sắp xếp, đưa xã, phường mới đi vào hoạt động từ 1/7\nUBND tỉnh Khánh Hòa vừa có văn bản khẩn yêu cầu các sở, ban, ngành khẩn trương quán triệt, thực hiện các nhiệm vụ trọng tâm.",
                &[("Khẩn trương sắp xếp", Some("UBND tỉnh Khánh Hòa")), ("UBND tỉnh Khánh Hòa vừa có", Some("UBND tỉnh Khánh Hòa"))],
            ),
            // After a headline phrased as a task, a lead that reports the meeting is no task.
            (
                "Tăng cường phòng, chống dịch bệnh trong mùa mưa\nUBND tỉnh vừa tổ chức hội nghị triển khai công tác phòng, chống dịch bệnh năm 2024.",
                &[("Tăng cường phòng", None)],
            ),
            ("Tổ chức thành công Đại hội đại biểu Đảng bộ tỉnh lần thứ XX\nĐại hội đã bầu Ban Chấp hành khóa mới.", &[]),
            // Approving the tasks ahead in general is not setting them.
            ("Tin\nCác đại biểu thống nhất cao với phương hướng, nhiệm vụ thời gian tới.", &[]),
            // A headline about results reports, whatever its first verb.
            ("Xây dựng nông thôn mới ở Yên Bái: nhiều kết quả bước đầu\nNăm 2024, toàn tỉnh có thêm 12 xã đạt chuẩn.", &[]),
            // A report of what was already done is not a directive, `đã chỉ đạo` included.
            (
                "Thời gian qua, Chính phủ, Thủ tướng Chính phủ đã rất quyết liệt chỉ đạo các bộ, ngành, địa phương thực hiện các giải pháp.",
                &[],
            ),
            // Difficulties and results achieved are not directives.
            (
                "Tổng giá trị thu từ ngành nông nghiệp đạt 145,5 tỷ đồng, đạt 102% kế hoạch. Tuy nhiên, vẫn còn nhiều công trình, dự án chưa được kịp thời tháo gỡ khó khăn.",
                &[],
            ),
            // An obligation with a subject: the speaker of the sentence before is the issuer.
            (
                "Kết luận buổi làm việc, đồng chí Trần Quốc Vượng đánh giá cao kết quả của tỉnh. Tỉnh cần có cơ chế, chính sách quan tâm đào tạo cán bộ.",
                &[("Tỉnh cần có", Some("Trần Quốc Vượng"))],
            ),
            // A bare title resolves to the named holder.
            (
                "Đoàn kiểm tra do Ủy viên Bộ Chính trị, Phó Thủ tướng Thường trực Chính phủ Trương Hòa Bình làm Trưởng đoàn đã làm việc với Bộ. Đối với Ban cán sự Đảng Bộ Khoa học và Công nghệ, Phó Thủ tướng yêu cầu phải thực hiện tốt chế độ báo cáo.",
                &[("Đối với Ban cán sự", Some("Trương Hòa Bình"))],
            ),
            // A body, when no person gives it.
            (
                "Bộ Chính trị yêu cầu các cấp ủy, tổ chức đảng tiếp tục làm tốt công tác tư tưởng.",
                &[("Bộ Chính trị yêu cầu", Some("Bộ Chính trị"))],
            ),
            // A reaction of the audience after a request does not continue it.
            (
                "Tin\nĐồng chí Nguyễn Văn An đề nghị các cấp ủy tiếp tục quán triệt Nghị quyết. Các đại biểu thống nhất cao với dự thảo báo cáo.",
                &[("Đồng chí Nguyễn Văn An", Some("Nguyễn Văn An"))],
            ),
            // Sentences continuing a request are directives of the same speaker.
            (
                "Trên cơ sở các ý kiến đóng góp, đồng chí Lương Cường yêu cầu tỉnh tiếp thu, hoàn thiện báo cáo. Từ đó, nhân rộng những cách làm hay, sáng tạo.",
                &[("Trên cơ sở", Some("Lương Cường")), ("Từ đó, nhân rộng", Some("Lương Cường"))],
            ),
            // `nghiêm cấm`, `không để` are obligations.
            (
                "Kết luận nêu rõ, Bộ Chính trị kết luận như sau:\nNghiêm cấm việc tác động, can thiệp trong quá trình sắp xếp nhân sự; xử lý nghiêm vi phạm (nếu có)./.",
                &[("Nghiêm cấm việc", Some("Bộ Chính trị"))],
            ),
        ];
        for (text, want) in rows {
            check(text, want);
        }
    }

    #[test]
    fn decided_cases() {
        let rows: &[Row] = &[
            // A leader's soft request to others is a directive …
            (
                "Bộ trưởng Bộ Quốc phòng Ngô Xuân Lịch mong muốn hai bên sẽ tiếp tục gắn kết, tăng cường phối hợp.",
                &[("Bộ trưởng Bộ Quốc phòng", Some("Ngô Xuân Lịch"))],
            ),
            // … a wish to receive support oneself, a pledge, a plan, praise, a greeting, a decision are not.
            ("Đồng chí cũng mong muốn tiếp tục nhận được sự quan tâm, giúp đỡ của lãnh đạo Đảng, Nhà nước.", &[]),
            ("Đồng chí Đỗ Đức Duy hứa sẽ nỗ lực vượt bậc, hoàn thành nhiệm vụ được giao.", &[]),
            ("Trong thời gian tới, Ủy ban nhân dân tỉnh sẽ tập trung chỉ đạo, tăng cường kiểm tra, đôn đốc.", &[]),
            ("Chủ tịch nước Trần Đại Quang ghi nhận và biểu dương những kết quả, thành tích xuất sắc của bốn Văn phòng.", &[]),
            ("Lãnh đạo Bộ Xây dựng tặng hoa chúc mừng đồng chí Đỗ Đức Duy nhận nhiệm vụ mới.", &[]),
            ("Mở đầu.\n1- Thông qua nội dung cơ bản các văn kiện sau đây.\n2- Tán thành với Tờ trình của Bộ Chính trị.", &[]),
            ("Ban Chấp hành Trung ương Đảng đã quyết định kỷ luật đồng chí Đinh La Thăng bằng hình thức cảnh cáo.", &[]),
            // An order reported as given at the event is a directive even with `đã` …
            (
                "Sau khi xem xét, UBKT Trung ương đã chỉ ra những ưu điểm, hạn chế và yêu cầu các cấp ủy, tổ chức đảng rút kinh nghiệm.",
                &[("Sau khi xem xét", Some("UBKT Trung ương"))],
            ),
            // … an earlier order recounted as background is not.
            (
                "Trước đó, Thủ tướng Chính phủ đã ban hành Công điện số 57/CĐ-TTg chỉ đạo Bộ Xây dựng chuẩn bị tổ chức lễ khởi công.",
                &[],
            ),
            // … and so is a dated earlier request.
            ("Tin\nNăm 2023, Sở đã đề nghị Bộ Tài chính hỗ trợ kinh phí cho tỉnh.", &[]),
            // An obligation in a normative text: its issuer is who issues the text.
            (
                "Thủ tướng chỉ thị thực hiện nghiêm số lượng thành viên UBND các cấp\nThủ tướng Chính phủ Nguyễn Xuân Phúc vừa ký Chỉ thị số 23/CT-TTg yêu cầu thực hiện nghiêm quy định.\nBộ Nội vụ chịu trách nhiệm trước pháp luật khi thẩm định hồ sơ phê chuẩn kết quả bầu.",
                &[
                    ("Thủ tướng chỉ thị", Some("Nguyễn Xuân Phúc")),
                    ("Thủ tướng Chính phủ Nguyễn Xuân Phúc", Some("Nguyễn Xuân Phúc")),
                    ("Bộ Nội vụ chịu", Some("Nguyễn Xuân Phúc")),
                ],
            ),
            // A headline sums up the directive it shares its words with, not merely the first one.
            (
                "Xây dựng khu vực phòng thủ vững chắc cho Thủ đô\nBộ trưởng Bộ Quốc phòng Ngô Xuân Lịch mong muốn hai bên tiếp tục gắn kết. Tại Hội nghị, Ban Thường vụ Quân ủy Trung ương và Ban Thường vụ Thành ủy Hà Nội đã trao đổi, thống nhất biện pháp xây dựng khu vực phòng thủ vững chắc cho Thủ đô thời gian tới.",
                &[
                    ("Xây dựng khu vực", Some("Ban Thường vụ Quân ủy Trung ương")),
                    ("Bộ trưởng Bộ Quốc phòng", Some("Ngô Xuân Lịch")),
                    ("Tại Hội nghị", Some("Ban Thường vụ Quân ủy Trung ương")),
                ],
            ),
            // A caption phrased as an instruction ends before ` - Ảnh: …`; its issuer is the speaker it sums up.
            (
                "Đảng ủy Chính phủ thảo luận về đề án\nThủ tướng Chính phủ Phạm Minh Chính nhấn mạnh, việc sắp xếp cần căn cứ trên một số tiêu chí - Ảnh: VGP/Nhật Bắc",
                &[("Thủ tướng Chính phủ Phạm Minh Chính nhấn mạnh", Some("Phạm Minh Chính"))],
            ),
            // With several issuers, the first named; bodies named together speak together.
            (
                "Bộ Chính trị, Ban Bí thư giao ban thường vụ các tỉnh ủy, thành ủy khẩn trương hoàn thành đề án thành lập đảng bộ trước ngày 10/6/2025.",
                &[("Bộ Chính trị, Ban Bí thư giao", Some("Bộ Chính trị"))],
            ),
            (
                "Trao đổi kinh nghiệm, Bí thư Huyện ủy Thuận Thành Ngô Tân Phượng; Chủ tịch UBND xã Ngọc Vân Dương Ngô Khoát, cho rằng: Cần rà soát, phân loại từng thôn.",
                &[("Trao đổi kinh nghiệm", Some("Ngô Tân Phượng"))],
            ),
        ];
        for (text, want) in rows {
            check(text, want);
        }
    }

    #[test]
    fn interview_answers_are_opinions_but_press_releases_give_tasks() {
        // After `PV:` the answers explain; an obligation there is an opinion.
        check(
            "Kon Tum: Đảm bảo minh bạch và trách nhiệm giải trình của bộ máy\nPV: Cần hiểu nguyên tắc này như thế nào?\nÔng Nguyễn Văn Hòa: Chính phủ kiến tạo và phát triển là Chính phủ phải đảm bảo sự minh bạch.",
            &[("Kon Tum: Đảm bảo", Some("Nguyễn Văn Hòa"))],
        );
        // A body issuing a text now: what follows is its content.
        check(
            "Thông cáo báo chí về Kỳ họp\nĐể bảo đảm công tác thông tin, Tổng Thư ký Quốc hội ban hành Thông cáo báo chí về nội dung Kỳ họp. Các cơ quan báo chí bám sát Đề án tổ chức công tác thông tin, tuyên truyền về Kỳ họp.",
            &[("Các cơ quan báo chí bám sát", Some("Tổng Thư ký Quốc hội"))],
        );
        // A text issued on a past date is background.
        check(
            "Nghị quyết 100\nNgày 18/11/2016, Chính phủ ban hành Nghị quyết 100/NQ-CP về Chương trình hành động. Chính phủ kiến tạo và phát triển là Chính phủ tuân thủ pháp quyền.",
            &[],
        );
    }

    #[test]
    fn deadlines_take_the_year_from_context() {
        let cases: &[(&str, Option<&str>)] = &[
            ("Ngày 25/5/2025, Bộ Chính trị kết luận như sau:\nCấp tỉnh phấn đấu hoàn thành trước ngày 15/8.", Some("2025-08-15")),
            ("Năm 2025.\nBộ Chính trị yêu cầu hoàn tất sắp xếp cấp xã trước 15/7.", Some("2025-07-15")),
            ("Thủ tướng yêu cầu các bộ gửi báo cáo trong tháng 8/2025.", Some("2025-08")),
            ("Bộ Xây dựng chủ trì, báo cáo Thủ tướng Chính phủ chậm nhất trong ngày 13 tháng 8 năm 2025.", Some("2025-08-13")),
            ("Đồng chí đề nghị các cấp ủy tiếp tục quán triệt Chỉ thị 05.", None),
        ];
        for (text, want) in cases {
            let d = find_directives(text, &[]);
            assert_eq!(d.last().and_then(|d| d.deadline.as_deref()), *want, "{text}");
        }
    }

    #[test]
    fn strength_follows_the_cue() {
        let cases: &[(&str, Strength)] = &[
            ("Đồng chí Võ Văn Thưởng đề nghị các cấp ủy đảng tiếp tục quán triệt.", Strength::Request),
            ("Ban Chấp hành Trung ương kêu gọi toàn Đảng, toàn dân tăng cường đoàn kết.", Strength::Request),
            ("Ban Thường vụ tỉnh ủy cần phối hợp chặt chẽ với đoàn kiểm tra.", Strength::Should),
            ("Cán bộ tuyên giáo phải nâng cao ý thức của mình trong thực hiện nhiệm vụ.", Strength::Must),
            (
                "Thủ tướng Chính phủ giao Bộ trưởng Bộ Nội vụ chịu trách nhiệm theo dõi, đôn đốc.",
                Strength::Must,
            ),
            ("Nghiêm cấm tác động, can thiệp trong quá trình sắp xếp nhân sự.", Strength::Must),
        ];
        for (text, want) in cases {
            let d = find_directives(text, &[]);
            assert_eq!(d.len(), 1, "{text}");
            assert_eq!(d[0].strength, Some(*want), "{text}");
            assert!(!d[0].rule.is_empty());
        }
    }

    #[test]
    fn decomposed_and_old_style_text_reads_the_same() {
        use unicode_normalization::UnicodeNormalization;
        let nfc = "Đồng chí Võ Văn Thưởng đề nghị các cấp ủy đảng tiếp tục quán triệt Chỉ thị 05.";
        let nfd: String = nfc.nfd().collect();
        let d = find_directives(&nfd, &[]);
        assert_eq!(d.len(), 1);
        assert_eq!(
            d[0].issuer.as_deref().map(|s| s.nfc().collect::<String>()),
            Some("Võ Văn Thưởng".to_string())
        );
        let slice: String = nfd.chars().skip(d[0].start).take(d[0].end - d[0].start).collect();
        assert_eq!(slice, d[0].text);
        // Old tone placement (`Uỷ ban`, `hoà`) still matches the cues.
        let d = find_directives("Uỷ ban nhân dân tỉnh cần hoà giải kịp thời các tranh chấp đất đai.", &[]);
        assert_eq!(d.len(), 1);
    }

    #[test]
    fn never_panics_and_spans_match_their_text() {
        let texts = [
            "",
            "Đồng thời",
            ":",
            "1.",
            "- Ảnh:",
            "Ảnh: VGP/Nhật Bắc",
            "yêu cầu:\n\n\na)",
            "Thủ tướng yêu cầu\u{a0}\u{a0}Các bộ … ./. ?",
            "Khoá học. Uỷ ban nhân dân tỉnh cần hoà giải trước ngày 40/13.",
        ];
        for t in texts {
            for d in find_directives(t, &[]) {
                let slice: String = t.chars().skip(d.start).take(d.end - d.start).collect();
                assert_eq!(slice, d.text);
                assert!(d.end <= t.chars().count());
            }
        }
    }
}
