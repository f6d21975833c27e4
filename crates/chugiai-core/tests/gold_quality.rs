//! The quality ratchet: annotates every gold article of `../shared/gold` and scores the result exactly as
//! `../shared/eval/score.py` does (strict and lenient entity F1, lenient F1 per label, directive F1, issuer
//! accuracy). Fails when a figure falls below its level in `tests/quality-levels.json`; raise a level there
//! when an improvement is committed.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::{Path, PathBuf};

use serde_json::Value;
use unicode_normalization::UnicodeNormalization;

/// A span as the scorer reads it.
#[derive(Clone, Debug)]
struct Span {
    start: i64,
    end: i64,
    label: String,
    optional: bool,
    issuer: Option<String>,
}

fn spans(list: Option<&Value>, label: Option<&str>) -> Vec<Span> {
    let Some(Value::Array(items)) = list else { return Vec::new() };
    items
        .iter()
        .map(|e| Span {
            start: e["start"].as_i64().unwrap_or(0),
            end: e["end"].as_i64().unwrap_or(0),
            label: label.map(str::to_string).unwrap_or_else(|| e["label"].as_str().unwrap_or("").to_string()),
            optional: e.get("optional").is_some_and(|o| o.as_bool().unwrap_or(false)),
            issuer: e.get("issuer").and_then(Value::as_str).map(str::to_string),
        })
        .collect()
}

fn overlap(a: &Span, b: &Span) -> i64 {
    (a.end.min(b.end) - a.start.max(b.start)).max(0)
}

/// Greedy one-to-one matching by overlap, largest overlap first, ties by gold then prediction index.
fn matching(golds: &[Span], preds: &[Span], ok: impl Fn(&Span, &Span) -> bool) -> Vec<(usize, usize)> {
    let mut cands = Vec::new();
    for (i, g) in golds.iter().enumerate() {
        for (j, p) in preds.iter().enumerate() {
            if ok(g, p) {
                cands.push((-overlap(g, p), i, j));
            }
        }
    }
    cands.sort();
    let (mut ug, mut up, mut pairs) = (HashSet::new(), HashSet::new(), Vec::new());
    for (_, i, j) in cands {
        if !ug.contains(&i) && !up.contains(&j) {
            ug.insert(i);
            up.insert(j);
            pairs.push((i, j));
        }
    }
    pairs
}

type Counts = BTreeMap<String, [u64; 3]>;

fn score_entities(gold: &[Span], pred: &[Span], strict: bool, counts: &mut Counts) {
    let labels: BTreeSet<&str> = gold.iter().chain(pred).map(|e| e.label.as_str()).collect();
    for lab in labels {
        let g: Vec<&Span> = gold.iter().filter(|e| e.label == lab).collect();
        let p: Vec<&Span> = pred.iter().filter(|e| e.label == lab).collect();
        let g: Vec<Span> = g.into_iter().cloned().collect();
        let p: Vec<Span> = p.into_iter().cloned().collect();
        let pairs = if strict {
            matching(&g, &p, |a, b| a.start == b.start && a.end == b.end)
        } else {
            matching(&g, &p, |a, b| overlap(a, b) > 0)
        };
        let mg: HashSet<usize> = pairs.iter().map(|&(i, _)| i).collect();
        let mp: HashSet<usize> = pairs.iter().map(|&(_, j)| j).collect();
        let c = counts.entry(lab.to_string()).or_default();
        c[0] += pairs.iter().filter(|&&(i, _)| !g[i].optional).count() as u64;
        c[1] += (0..p.len()).filter(|j| !mp.contains(j)).count() as u64;
        c[2] += (0..g.len()).filter(|i| !mg.contains(i) && !g[*i].optional).count() as u64;
    }
}

/// Issuer names compare case-blind, NFC, spaces folded.
fn norm(s: Option<&str>) -> String {
    let s: String = s.unwrap_or("").nfc().collect::<String>().to_lowercase();
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn score_directives(gold: &[Span], pred: &[Span], counts: &mut [u64; 5]) {
    let pairs = matching(gold, pred, |a, b| overlap(a, b) * 2 >= (a.end - a.start).min(b.end - b.start));
    counts[0] += pairs.len() as u64;
    counts[1] += (pred.len() - pairs.len()) as u64;
    counts[2] += (gold.len() - pairs.len()) as u64;
    for (i, j) in pairs {
        let gi = norm(gold[i].issuer.as_deref());
        if !gi.is_empty() {
            counts[3] += 1;
            let pi = norm(pred[j].issuer.as_deref());
            if !pi.is_empty() && (pi == gi || gi.contains(&pi) || pi.contains(&gi)) {
                counts[4] += 1;
            }
        }
    }
}

fn f1(tp: u64, fp: u64, fn_: u64) -> f64 {
    let p = if tp + fp > 0 { tp as f64 / (tp + fp) as f64 } else { 1.0 };
    let r = if tp + fn_ > 0 { tp as f64 / (tp + fn_) as f64 } else { 1.0 };
    if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    }
}

/// The figures of score.py: micro F1 (strict, lenient), lenient F1 per label, directive F1, issuer accuracy.
fn figures(gold_dir: &Path) -> BTreeMap<String, f64> {
    let mut names: Vec<PathBuf> = std::fs::read_dir(gold_dir)
        .expect("gold directory readable")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    names.sort();
    assert!(!names.is_empty(), "no gold JSON in {}", gold_dir.display());
    let (mut strict, mut lenient) = (Counts::new(), Counts::new());
    let mut dcounts = [0u64; 5];
    for path in &names {
        let gold: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let text = gold["text"].as_str().unwrap_or("");
        let pred = serde_json::to_value(chugiai_core::annotate(text)).unwrap();
        let (ge, pe) = (spans(gold.get("entities"), None), spans(pred.get("entities"), None));
        score_entities(&ge, &pe, true, &mut strict);
        score_entities(&ge, &pe, false, &mut lenient);
        let gd = spans(gold.get("directives"), Some("DIRECTIVE"));
        let pd = spans(pred.get("directives"), Some("DIRECTIVE"));
        score_directives(&gd, &pd, &mut dcounts);
    }
    let mut out = BTreeMap::new();
    for (mode, counts) in [("strict", &strict), ("lenient", &lenient)] {
        let mut tot = [0u64; 3];
        for (lab, c) in counts {
            if c[0] + c[2] == 0 && lab == "MISC" {
                continue;
            }
            if mode == "lenient" {
                out.insert(format!("lenient_f1_{lab}"), f1(c[0], c[1], c[2]));
            }
            for k in 0..3 {
                tot[k] += c[k];
            }
        }
        out.insert(format!("entities_{mode}_f1"), f1(tot[0], tot[1], tot[2]));
    }
    out.insert("directive_f1".into(), f1(dcounts[0], dcounts[1], dcounts[2]));
    if dcounts[3] > 0 {
        out.insert("issuer_accuracy".into(), dcounts[4] as f64 / dcounts[3] as f64);
    }
    out
}

#[test]
fn gold_quality_never_drops() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let gold_dir = root.join("../../../shared/gold");
    assert!(
        gold_dir.is_dir(),
        "the gold set is missing: expected {} (the shared/ folder beside the repository)",
        gold_dir.display()
    );
    let levels: BTreeMap<String, f64> =
        serde_json::from_str(&std::fs::read_to_string(root.join("tests/quality-levels.json")).unwrap())
            .expect("tests/quality-levels.json: an object of figure → level");
    let figs = figures(&gold_dir);
    println!("gold figures (score.py):");
    for (k, v) in &figs {
        println!("  {k:<28} {v:.4}   level {}", levels.get(k).map_or("-".into(), |l| format!("{l:.3}")));
    }
    let drops: Vec<String> = levels
        .iter()
        .filter_map(|(k, &level)| {
            let got = figs.get(k).copied().unwrap_or(0.0);
            (got + 1e-9 < level).then(|| format!("{k}: {got:.4} < level {level:.3}"))
        })
        .collect();
    assert!(drops.is_empty(), "quality dropped below tests/quality-levels.json:\n  {}", drops.join("\n  "));
}

#[test]
fn the_port_matches_score_py_on_a_small_case() {
    // Two gold spans, one optional; a prediction overlapping both, one exact, one stray.
    let g = |s, e, l: &str, o| Span { start: s, end: e, label: l.into(), optional: o, issuer: None };
    let gold =
        vec![g(0, 10, "ORGANIZATION", false), g(20, 30, "ORGANIZATION", true), g(40, 45, "PERSON", false)];
    let pred =
        vec![g(0, 10, "ORGANIZATION", false), g(22, 28, "ORGANIZATION", false), g(50, 55, "PERSON", false)];
    let mut c = Counts::new();
    score_entities(&gold, &pred, false, &mut c);
    // score.py: ORGANIZATION tp 1 (the optional match counts neither way), fp 0, fn 0; PERSON tp 0 fp 1 fn 1.
    assert_eq!(c["ORGANIZATION"], [1, 0, 0]);
    assert_eq!(c["PERSON"], [0, 1, 1]);
    let mut c = Counts::new();
    score_entities(&gold, &pred, true, &mut c);
    assert_eq!(c["ORGANIZATION"], [1, 1, 0]);
}
