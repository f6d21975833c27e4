#!/usr/bin/env bash
# Side by side: underthesea's NER (9.5.0, its default CRF model, which ships inside the PyPI package) and the
# release `chugiai annotate` CLI on the same texts (the gold articles), in one run. Prints both throughputs and
# the ratio; exits 1 when chugiai is less than 1000x faster (the budget of docs/performance.md). The CLI is the
# `cli` profile (engine at opt-level 3), run as a user runs it (one thread per core with --out) and on one thread.
#
# usage: scripts/bench-vs-underthesea.sh
#   GOLD=dir        articles to read (default ../shared/gold)
#   LIMIT=n         give underthesea only the first n articles (default: all); chugiai always gets all
#   VENV=dir        virtualenv for underthesea (default .tools/venv-underthesea, gitignored)
#   CHUGIAI_BIN=path  use this chugiai binary instead of building the release CLI
#   CLI_BYTES=n     bytes fed to the CLI for the sustained figure (default 5000000)
set -euo pipefail
cd "$(dirname "$0")/.."
gold=${GOLD:-../shared/gold}
venv=${VENV:-.tools/venv-underthesea}
if ! "$venv/bin/python" -c 'import importlib.metadata as m, sys; sys.exit(m.version("underthesea") != "9.5.0")' 2>/dev/null; then
  echo "installing underthesea 9.5.0 into $venv" >&2
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q underthesea==9.5.0
fi
if [[ -z ${CHUGIAI_BIN:-} ]]; then
  cargo build --profile cli -q -p chugiai-cli
fi
bin=${CHUGIAI_BIN:-${CARGO_TARGET_DIR:-target}/cli/chugiai}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$venv/bin/python" - "$gold" "$tmp" "$bin" "${LIMIT:-0}" "${CLI_BYTES:-5000000}" <<'PY'
import json, os, statistics, subprocess, sys, time

gold, tmp, binary, limit, cli_bytes = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
names = sorted(n for n in os.listdir(gold) if n.endswith(".json"))
texts = {n[:-5]: json.load(open(os.path.join(gold, n), encoding="utf-8"))["text"] for n in names}
os.makedirs(os.path.join(tmp, "in"))
files = []
for stem, text in texts.items():
    path = os.path.join(tmp, "in", stem + ".txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    files.append(path)
total = sum(len(t.encode("utf-8")) for t in texts.values())

# underthesea: import and model load are timed apart; then sentence split + NER of every sentence, which is
# how its NER is meant to be fed (a whole article in one call is several times slower).
t0 = time.perf_counter()
from underthesea import ner, sent_tokenize
ner("Chiều 22/2, Tỉnh ủy Yên Bái tổ chức Hội nghị.")
load = time.perf_counter() - t0
ut_texts = list(texts.values())[: limit or None]
ut_bytes = sum(len(t.encode("utf-8")) for t in ut_texts)
mentions = 0
t0 = time.perf_counter()
for text in ut_texts:
    for sentence in sent_tokenize(text):
        mentions += sum(1 for tok in ner(sentence) if tok[3].startswith("B-"))
ut_time = time.perf_counter() - t0
ut_rate = ut_bytes / ut_time

runs = 0


def cli(paths, n, jobs=None):
    # A fresh output directory each run: overwriting last run's files makes ext4 flush them (auto_da_alloc),
    # which would time the disk, not chugiai.
    global runs
    times = []
    for _ in range(n):
        runs += 1
        out = os.path.join(tmp, f"out{runs}")
        t0 = time.perf_counter()
        flags = ["--jobs", str(jobs)] if jobs else []
        subprocess.run([binary, "annotate", *flags, "--out", out, *paths], check=True)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


# chugiai, (a) one process on the articles once: start-up included, as a user runs it;
# (b) one process on copies of the articles (distinct names) up to CLI_BYTES, so start-up is negligible.
cli(files, 1)  # warm the page cache
once = cli(files, 7)
reps = max(1, -(-cli_bytes // total))
copies = []
for k in range(reps):
    for stem, text in texts.items():
        path = os.path.join(tmp, "in", f"r{k}-{stem}.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        copies.append(path)
sustained = cli(copies, 3)
sustained_1 = cli(copies, 3, jobs=1)
rate_once, rate_sus, rate_1 = total / once, total * reps / sustained, total * reps / sustained_1

print(f"texts: {len(texts)} articles, {total} bytes (underthesea given {len(ut_texts)}, {ut_bytes} bytes)")
print(f"underthesea 9.5.0 ner (CRF)     {ut_rate / 1e3:10.1f} KB/s  ({ut_time:.2f} s; import + model load {load:.2f} s; {mentions} mentions)")
print(f"chugiai CLI, once, with start-up {rate_once / 1e6:9.2f} MB/s  (median of 7: {once * 1e3:.1f} ms)")
print(f"chugiai CLI, sustained          {rate_sus / 1e6:10.2f} MB/s  ({reps}x the articles, median of 3: {sustained:.2f} s; {os.cpu_count()} cores)")
print(f"chugiai CLI, sustained, 1 thread {rate_1 / 1e6:9.2f} MB/s  (--jobs 1, median of 3: {sustained_1:.2f} s)")
r_once, r_sus, r_1 = rate_once / ut_rate, rate_sus / ut_rate, rate_1 / ut_rate
print(f"ratio chugiai/underthesea: {r_sus:,.0f}x sustained ({r_1:,.0f}x on one thread), {r_once:,.0f}x once with start-up")
ok = r_sus >= 1000
print(f"budget >= 1000x: {'met' if ok else 'MISSED'}")
sys.exit(0 if ok else 1)
PY
