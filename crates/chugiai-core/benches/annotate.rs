//! Throughput of [`chugiai_core::annotate`] on real articles, in bytes per second.
//!
//! Three inputs, all read at bench time from the gold set (`../shared/gold` beside the repository, or the
//! directory named by `CHUGIAI_GOLD`):
//!
//! - `sample`: the sample article `seed-000.json`, the one the widget shows first;
//! - `gold_all`: every gold article, annotated one after another (one iteration = the whole set);
//! - `concat_1mib`: the gold texts joined by blank lines and repeated until the text reaches 1 MiB, annotated
//!   as one paste, the worst case the widget has to keep fast.
//!
//! Run with `cargo bench -p chugiai-core --bench annotate`; `scripts/bench-engine.sh` runs it and prints the
//! medians in MB/s (criterion's `estimates.json`, 1 MB = 10^6 bytes).

use std::path::PathBuf;
use std::time::Duration;

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};

/// Size the concatenated input grows to: 1 MiB of UTF-8.
const CONCAT_BYTES: usize = 1 << 20;

/// One gold article: its file name and its text.
struct Article {
    name: String,
    text: String,
}

fn gold_dir() -> PathBuf {
    match std::env::var_os("CHUGIAI_GOLD") {
        Some(dir) => PathBuf::from(dir),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/gold"),
    }
}

/// The gold articles sorted by file name; panics with the directory when there are none.
fn load_gold() -> Vec<Article> {
    let dir = gold_dir();
    let entries = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read the gold set at {}: {e} (set CHUGIAI_GOLD)", dir.display()));
    let mut articles: Vec<Article> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .map(|p| {
            let raw = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            let value: serde_json::Value =
                serde_json::from_str(&raw).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            let text = value["text"].as_str().unwrap_or_else(|| panic!("{}: no text", p.display()));
            Article { name: p.file_name().unwrap().to_string_lossy().into_owned(), text: text.to_owned() }
        })
        .collect();
    assert!(!articles.is_empty(), "no *.json article in {}", dir.display());
    articles.sort_by(|a, b| a.name.cmp(&b.name));
    articles
}

/// The articles joined by blank lines, repeated until the text is at least `bytes` long.
fn concatenated(articles: &[Article], bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + 16 * 1024);
    while text.len() < bytes {
        for a in articles {
            if !text.is_empty() {
                text.push_str("\n\n");
            }
            text.push_str(&a.text);
            if text.len() >= bytes {
                break;
            }
        }
    }
    text
}

fn bench_annotate(c: &mut Criterion) {
    let articles = load_gold();
    let sample = articles.iter().find(|a| a.name == "seed-000.json").unwrap_or(&articles[0]).text.clone();
    let gold_bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let big = concatenated(&articles, CONCAT_BYTES);

    let mut group = c.benchmark_group("annotate");

    group.throughput(Throughput::Bytes(sample.len() as u64));
    group.bench_with_input("sample", &sample, |b, text| b.iter(|| chugiai_core::annotate(black_box(text))));

    group.throughput(Throughput::Bytes(gold_bytes as u64));
    group.bench_with_input("gold_all", &articles, |b, articles| {
        b.iter(|| {
            articles.iter().map(|a| chugiai_core::annotate(black_box(&a.text)).entities.len()).sum::<usize>()
        })
    });

    // About 20 ms an iteration: fewer samples, so the run stays short on a shared machine.
    group.sample_size(20);
    group.throughput(Throughput::Bytes(big.len() as u64));
    group.bench_with_input("concat_1mib", &big, |b, text| b.iter(|| chugiai_core::annotate(black_box(text))));
    group.finish();
}

criterion_group! {
    name = benches;
    // Short defaults for a 2-core machine; `--warm-up-time` / `--measurement-time` on the command line win.
    config = Criterion::default().warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(4));
    targets = bench_annotate
}
criterion_main!(benches);
