//! The resolver: from every recogniser's candidates to the spans of the guidelines.
//!
//! - Longest match per label: a label is never nested in, nor overlaps, the same label.
//! - Different labels nest only as the guidelines expect: a POSITION holds its ORGANIZATION (and the LOCATION,
//!   DATE inside it), an ORGANIZATION its LOCATION, an EVENT its ORGANIZATION, DATE, LOCATION, PERSON and
//!   DOCUMENT, a DOCUMENT its DATE, ORGANIZATION, EVENT and LOCATION. Any other nesting (a title inside a body
//!   name, `Bí thư` in `Ban Bí thư`; a person inside a place, `Hồ Chí Minh` in `Thành phố Hồ Chí Minh`) drops
//!   the inner span.
//! - Two spans of different labels that cross keep the one of the more reliable label.

use super::Candidate;
use crate::span::Label;

/// May a span of label `inner` lie inside one of label `outer`?
fn may_nest(outer: Label, inner: Label) -> bool {
    use Label::*;
    matches!(
        (outer, inner),
        (Position, Organization | Location | Date)
            | (Organization, Location)
            | (Event, Organization | Date | Location | Person | Document)
            | (Document, Date | Organization | Event | Location)
    )
}

/// How much a candidate is trusted when two spans cross or coincide: by label, and a name right after an
/// honorific or a title (`ông Lê Văn Dũng`) over a place of the same spelling.
fn priority(c: &Candidate) -> u8 {
    if c.label == Label::Person && matches!(c.rule, "person.after_honorific" | "person.after_title") {
        return 5;
    }
    match c.label {
        Label::Document => 7,
        Label::Organization => 6,
        Label::Position => 6,
        Label::Date => 5,
        Label::Location => 4,
        Label::Event => 3,
        Label::Person => 2,
        Label::Misc => 1,
    }
}

/// Keeps the candidates the guidelines allow together; sorted by start, longest first.
///
/// Candidates are taken longest first; each is checked only against the kept spans that can overlap it
/// (those starting less than the longest span's length before it), found among all the candidates sorted by
/// start: linear in the number of candidates for text of bounded span length. The candidates stay where they
/// are: only their numbers are sorted.
pub(crate) fn resolve(mut cands: Vec<Candidate>) -> Vec<Candidate> {
    use std::cmp::Reverse;
    cands.retain(|c| c.start < c.end);
    // Longest first; at equal length the earlier, then the more trusted label, then the first found.
    let mut order: Vec<(Reverse<usize>, usize, Reverse<u8>, usize)> = cands
        .iter()
        .enumerate()
        .map(|(k, c)| (Reverse(c.end - c.start), c.start, Reverse(priority(c)), k))
        .collect();
    order.sort_unstable();
    let longest = order.first().map_or(0, |o| o.0 .0);
    let mut by_start: Vec<(usize, usize)> = cands.iter().enumerate().map(|(k, c)| (c.start, k)).collect();
    by_start.sort_unstable();
    // For each candidate, whether it is kept (so far), and when it was taken.
    let mut kept: Vec<Option<usize>> = vec![None; cands.len()];
    let mut evict = Vec::new();
    'next: for (taken, &(_, _, Reverse(prio), k)) in order.iter().enumerate() {
        let c = &cands[k];
        evict.clear();
        let lo = c.start.saturating_sub(longest);
        let from = by_start.partition_point(|&(s, _)| s < lo);
        for &(_, j) in by_start[from..].iter().take_while(|&&(s, _)| s < c.end) {
            if kept[j].is_none() {
                continue;
            }
            let o = &cands[j];
            let overlap = c.start < o.end && o.start < c.end;
            if !overlap {
                continue;
            }
            if o.label == c.label {
                continue 'next;
            }
            let inside = o.start <= c.start && c.end <= o.end;
            if inside && may_nest(o.label, c.label) {
                continue;
            }
            // Not allowed together: the more trusted label stays (the longer one at equal trust).
            if prio > priority(o) {
                evict.push(j);
            } else {
                continue 'next;
            }
        }
        for &j in &evict {
            kept[j] = None;
        }
        kept[k] = Some(taken);
    }
    // By start, longest first, then in the order taken.
    let mut out: Vec<(usize, Reverse<usize>, usize, usize)> = kept
        .iter()
        .enumerate()
        .filter_map(|(k, t)| t.map(|t| (cands[k].start, Reverse(cands[k].end), t, k)))
        .collect();
    out.sort_unstable();
    let gone = || Candidate { start: 0, end: 0, label: Label::Misc, rule: "", value: None };
    out.into_iter().map(|(_, _, _, k)| std::mem::replace(&mut cands[k], gone())).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cand(start: usize, end: usize, label: Label) -> Candidate {
        Candidate { start, end, label, rule: "test", value: None }
    }

    #[test]
    fn applies_the_nesting_rules() {
        use Label::*;
        // Chủ tịch UBND tỉnh Yên Bái: POSITION ⊃ ORGANIZATION ⊃ LOCATION.
        let out = resolve(vec![cand(0, 26, Position), cand(9, 26, Organization), cand(19, 26, Location)]);
        assert_eq!(out.len(), 3);
        // Ban Bí thư: a title inside a body name is dropped.
        let out = resolve(vec![cand(0, 10, Organization), cand(4, 10, Position)]);
        assert_eq!(out, vec![cand(0, 10, Organization)]);
        // A label never nests in itself: the longest wins.
        let out = resolve(vec![cand(0, 20, Organization), cand(0, 9, Organization)]);
        assert_eq!(out, vec![cand(0, 20, Organization)]);
        // A person inside a place name is dropped.
        let out = resolve(vec![cand(0, 21, Location), cand(10, 21, Person)]);
        assert_eq!(out, vec![cand(0, 21, Location)]);
        // Crossing spans: the more trusted label stays.
        let out = resolve(vec![cand(0, 10, Person), cand(5, 12, Organization)]);
        assert_eq!(out, vec![cand(5, 12, Organization)]);
        // A name after an honorific stays a person whatever a place list says (ông Lê Văn Dũng).
        let mut person = cand(4, 16, Person);
        person.rule = "person.after_honorific";
        let out = resolve(vec![cand(4, 16, Location), person.clone()]);
        assert_eq!(out, vec![person]);
    }
}
