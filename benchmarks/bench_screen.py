"""Throughput, scaling, memory and cold start of batch screening (not a test: run it by hand).

    python benchmarks/bench_screen.py                 # 50,000 ads, 1,000,000-row RSS test
    python benchmarks/bench_screen.py --ads 5000 --rows 100000 --model MODEL_DIR   # quick

Ads are ~1 KB of real job-ad text: JobStreet descriptions and EMSCAD text fields from
``../shared/data`` (read in place, never copied), cut into paragraphs and recombined, plus the
project corpus texts topped up to ~1 KB; the corpus alone when ``../shared/data`` is absent.
Per-core figures are ads per second of process CPU time, (a)-(d) timed interleaved slice by
slice, so that a machine whose speed drifts during the run (shared cores) slows all four alike;
the speed-up (jobs=1 and jobs=2 in rotating order, median of the rounds, next to the machine's
own ceiling: two independent jobs=1 runs at once), memory and cold start are wall-clock.
Compare ratios measured in the same run.
"""

from __future__ import annotations

import argparse
import cProfile
import csv
import io
import json
import os
import pstats
import random
import re
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from statistics import median_high
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "datasets" / "recruitscan-corpus" / "corpus.jsonl"
TARGETS = {"a/c": 10.0, "b/c": 4.0, "speedup": 1.8, "rss_mb": 500.0, "cold_s": 2.0}
AD_CHARS = 1000


# -- realistic ads ---------------------------------------------------------------------------

def _shared_data() -> Path | None:
    for candidate in (os.environ.get("RECRUITSCAN_SHARED_DATA"), ROOT.parent / "shared" / "data"):
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    return None


def _real_paragraphs(root: Path) -> list[str]:
    import pandas as pd

    texts: list[str] = []
    jobstreet = root / "jobstreet-id-my-sg" / "jobstreet_data.csv"
    if jobstreet.is_file():
        texts += pd.read_csv(jobstreet)["description"].dropna().astype(str).tolist()
    for name in ("emscad_first_500_rows.csv", "emscad_fraudulent_rows.csv"):
        path = root / "emscad" / name
        if path.is_file():
            df = pd.read_csv(path)
            for col in ("company_profile", "description", "requirements", "benefits"):
                if col in df.columns:
                    texts += df[col].dropna().astype(str).tolist()
    paragraphs = [p.strip() for t in texts for p in re.split(r"\n\s*\n|(?<=[.!?])\s{2,}", t)]
    return [p for p in paragraphs if len(p) >= 40]


def _corpus() -> list[tuple[str, int]]:
    with CORPUS.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    return [(r["text"], int(r.get("label", 0))) for r in rows if r.get("text")]


def joined_texts(texts: list[str], n: int, seed: int = 0) -> list[str]:
    """``n`` ads, each texts drawn from ``texts`` and joined by blank lines until it holds at
    least ``AD_CHARS`` characters (not cut)."""
    rng = random.Random(seed)
    ads = []
    for _ in range(n):
        text = rng.choice(texts)
        while len(text) < AD_CHARS:
            text += "\n\n" + rng.choice(texts)
        ads.append(text)
    return ads


def _cut(text: str, limit: int = AD_CHARS) -> str:
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", int(limit * 0.8), limit)
    return text[: cut if cut > 0 else limit]


def build_ads(n: int, seed: int = 0) -> tuple[list[str], list[int]]:
    """``n`` ads of ~1 KB with labels (1 = built on a corpus scam text)."""
    rng = random.Random(seed)
    corpus = _corpus()
    root = _shared_data()
    paragraphs = _real_paragraphs(root) if root else []
    if not paragraphs:  # no external data: recombine corpus texts only
        paragraphs = [t for t, _ in corpus]
    ads, labels = [], []
    for i in range(n):
        if i % 10 < 3:  # 30 %: a corpus text (scam or not) topped up with real ad text
            text, label = rng.choice(corpus)
        else:
            text, label = rng.choice(paragraphs), 0
        while len(text) < AD_CHARS:
            text += "\n\n" + rng.choice(paragraphs)
        ads.append(_cut(text))
        labels.append(label)
    return ads, labels


# -- measurements ----------------------------------------------------------------------------

SLICE = 1_000
SPEEDUP_ROUNDS = 5


def interleaved_rates(fns: dict[str, Callable[[list[str]], object]], ads: list[str],
                      slice_size: int = SLICE) -> dict[str, tuple[float, float]]:
    """(ads per second of this process's CPU time, seconds) for each function, timed slice by
    slice of ``ads`` in rotating order: one core's rates, compared under the same conditions."""
    spent = dict.fromkeys(fns, 0.0)
    names = list(fns)
    for k, lo in enumerate(range(0, len(ads), slice_size)):
        part = ads[lo:lo + slice_size]
        for name in names[k % len(names):] + names[:k % len(names)]:
            t0 = time.process_time()
            fns[name](part)
            spent[name] += time.process_time() - t0
    return {name: (len(ads) / spent[name], spent[name]) for name in names}


def baseline(ads: list[str], labels: list[int], fit_on: int) -> Callable[[list[str]], object]:
    """The naive baseline: TF-IDF word 1–2 + char_wb 3–5 and logistic regression."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline, make_union

    pipe = make_pipeline(
        make_union(TfidfVectorizer(ngram_range=(1, 2), min_df=2),
                   TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=2)),
        LogisticRegression(max_iter=1000),
    )
    pipe.fit(ads[:fit_on], labels[:fit_on])
    return pipe.predict_proba


def floor() -> Callable[[list[str]], object]:
    pattern = re.compile(r"\w+")
    return lambda ads: [pattern.findall(t.lower()) for t in ads]


def write_csv(path: Path, texts: list[str]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "text"])
        w.writerows((i, t) for i, t in enumerate(texts))


def _tree_pss_kb(pid: int) -> int:
    """Proportional set size of ``pid`` and its descendants (shared pages counted once)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(entry))
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        todo.extend(children.get(p, []))
        try:
            for line in Path(f"/proc/{p}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total


# Runs the command and prints the largest max RSS among its processes: in a fresh wrapper, so
# the children this benchmark forked earlier (holding all the ads) do not count.
_RSS_WRAPPER = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, "
                "stdout=subprocess.DEVNULL); "
                "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)")


def peak_memory(cmd: list[str]) -> tuple[float, float, float]:
    """(peak PSS of the process tree in MB, largest single-process max RSS in MB, seconds)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", _RSS_WRAPPER, *cmd],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    stop = threading.Event()

    def poll() -> None:
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, _tree_pss_kb(proc.pid))
            stop.wait(0.25)

    thread = threading.Thread(target=poll, daemon=True)
    thread.start()
    _, err = proc.communicate()
    stop.set()
    thread.join()
    if proc.returncode:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{err.decode()}")
    max_rss_kb = int(err.decode().split()[-1])
    return peak / 1024, max_rss_kb / 1024, time.perf_counter() - t0


_SCREEN_TIMER = """
import resource, sys
from recruitscan import load
from recruitscan.batch import screen_file
det = load(sys.argv[3] or None)
det.warm_up()  # one-off table building is start-up (the cold start), not throughput
def cpu(who):
    r = resource.getrusage(who)
    return r.ru_utime + r.ru_stime
self0, kids0 = cpu(resource.RUSAGE_SELF), cpu(resource.RUSAGE_CHILDREN)
summary = screen_file(sys.argv[1], sys.argv[2], model=det, jobs=int(sys.argv[4]))
parent = cpu(resource.RUSAGE_SELF) - self0
print(summary.seconds, parent + cpu(resource.RUSAGE_CHILDREN) - kids0, parent)
"""


class Timed(NamedTuple):
    wall: float  # seconds
    cpu: float  # CPU seconds of the process and its workers
    parent_cpu: float  # CPU seconds of the process alone


def screen_seconds(src: Path, out: Path, jobs: int, model: str | None,
                   copies: int = 1) -> Timed:
    """Wall time, CPU time (the process and its workers) and the CPU time of the process
    alone (with workers: reading, writing, handing out parts) of ``screen_file`` with ``jobs``
    processes (worker start-up included), in a fresh interpreter with a loaded, warmed-up
    model: forking this benchmark's own process (which holds every ad and the baseline's
    model) would charge the workers for copying memory that a real run does not have.

    ``copies`` > 1 runs that many such interpreters at once, each screening the whole file,
    and returns the slowest wall time and the mean CPU times: ``copies`` independent runs
    sharing nothing but the machine."""
    outs = [out.with_name(f"{out.stem}-{k}{out.suffix}") for k in range(copies)] if copies > 1 \
        else [out]
    procs = [subprocess.Popen([sys.executable, "-c", _SCREEN_TIMER, str(src), str(o),
                               model or "", str(jobs)], stdout=subprocess.PIPE, text=True)
             for o in outs]
    timed = []
    for proc in procs:
        stdout, _ = proc.communicate()
        if proc.returncode:
            raise subprocess.CalledProcessError(proc.returncode, proc.args)
        timed.append(Timed(*map(float, stdout.strip().splitlines()[-1].split())))
    return Timed(max(t.wall for t in timed), sum(t.cpu for t in timed) / copies,
                 sum(t.parent_cpu for t in timed) / copies)


def cold_start(model: str | None, repeats: int = 3) -> float:
    exe = Path(sys.executable).with_name("recruitscan")
    cmd = [str(exe) if exe.exists() else sys.executable, *([] if exe.exists() else
           ["-m", "recruitscan"]), "scan", "Loker CS Kamboja gaji 15jt, tiket PP gratis"]
    if model:
        cmd += ["--model", model]
    times = []
    for _ in range(repeats + 1):  # the first run warms the file cache
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        times.append(time.perf_counter() - t0)
    return min(times[1:])


def profile(det: object, ads: list[str], reasons: str) -> str:
    prof = cProfile.Profile()
    prof.enable()
    list(det.scan_many(ads, reasons=reasons))  # type: ignore[attr-defined]
    prof.disable()
    out = io.StringIO()
    pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(15)
    return out.getvalue()


# -- the run ---------------------------------------------------------------------------------

def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ads", type=int, default=50_000, help="ads for the per-core rates")
    ap.add_argument("--fit-on", type=int, default=5_000, help="ads the baseline is fitted on")
    ap.add_argument("--speedup-ads", type=int, default=10_000,
                    help="ads in the file screened with 1 and 2 processes")
    ap.add_argument("--rows", type=int, default=1_000_000, help="rows for the memory test")
    ap.add_argument("--model", default=None, help="model directory (default: bundled)")
    ap.add_argument("--profile", action="store_true", help="print the profile even if on target")
    args = ap.parse_args()

    import recruitscan

    det = recruitscan.load(args.model)
    ads, labels = build_ads(args.ads)
    mean = sum(map(len, ads)) / len(ads)
    print(f"{len(ads):,} ads, mean {mean:,.0f} characters "
          f"({'real ads + corpus' if _shared_data() else 'corpus only'}); model {det.path}")
    list(det.scan_many(ads[:200]))  # warm caches and lazy imports

    from recruitscan.indicators import find

    results: dict[str, float] = {}
    rates = interleaved_rates({
        "a": lambda part: list(det.scan_many(part, reasons="none")),
        "b": lambda part: list(det.scan_many(part, reasons="full")),
        "c": baseline(ads, labels, min(args.fit_on, len(ads))),
        "d": floor(),
        "find": lambda part: [find(t) for t in part],  # the indicators' share of (a)
    }, ads)
    (a, ta), (b, tb), (c, tc), (d, _) = rates["a"], rates["b"], rates["c"], rates["d"]
    print(f"(a) recruitscan, score only      {a:9,.0f} ads/s per core  ({ta:.0f}s)")
    print(f"(b) recruitscan, full reasons    {b:9,.0f} ads/s per core  ({tb:.0f}s)")
    print(f"(c) TF-IDF word+char_wb + LR     {c:9,.0f} ads/s per core  ({tc:.0f}s)")
    print(f"(d) floor: re.findall(\\w+)       {d:9,.0f} ads/s per core")
    results.update({"a/c": a / c, "b/c": b / c})
    print(f"a/c = {a / c:.2f} (target >= {TARGETS['a/c']:g})   b/c = {b / c:.2f} "
          f"(target >= {TARGETS['b/c']:g})   a/d = {a / d:.3f}")
    us_a, us_find = 1e6 / a, 1e6 / rates["find"][0]
    print(f"  (a) costs {us_a:,.0f} us per ad: the indicators (indicators.find) {us_find:,.0f}, "
          f"the rest (language, n-grams, linear score, results) {us_a - us_find:,.0f}; "
          f"a/c >= {TARGETS['a/c']:g} needs <= {1e6 / c / TARGETS['a/c']:,.0f} us per ad in all")

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "ads.csv"
        write_csv(src, ads[: args.speedup_ads])
        n = min(args.speedup_ads, len(ads))
        # Rounds rotate the order of the runs: the wall clock of a shared VM drifts by tens of
        # percent within minutes, so one round can mislead; the median ratio is kept.
        # "pair": two independent jobs=1 runs at once, the ceiling of any 2-process speed-up
        # on this machine (cores that share hardware or a host slow each other down).
        runs = {1: (1, 1), 2: (2, 1), "pair": (1, 2)}  # jobs, copies
        rounds = []
        for r in range(SPEEDUP_ROUNDS):
            timed = {}
            for key in list(runs)[r % 3:] + list(runs)[:r % 3]:
                jobs, copies = runs[key]
                timed[key] = screen_seconds(src, Path(tmp) / f"o{key}.csv", jobs, args.model,
                                            copies)
            rounds.append(timed)
        ratios = sorted(t[1].wall / t[2].wall for t in rounds)
        ceilings = sorted(2 * t[1].wall / t["pair"].wall for t in rounds)
        ceiling = median_high(ceilings)
        # jobs=2 against the pair of the same round: the share of the machine's parallelism
        # that screen_file turns into speed (drift between rounds mostly cancels out).
        efficiency = median_high(t["pair"].wall / (2 * t[2].wall) for t in rounds)
        same = (Path(tmp) / "o1.csv").read_bytes() == (Path(tmp) / "o2.csv").read_bytes()
        results["speedup"] = median_high(ratios)
        t1 = median_high(t[1].wall for t in rounds)
        t2 = median_high(t[2].wall for t in rounds)
        busy = median_high(t[2].cpu / t[2].wall for t in rounds)
        # CPU seconds for the same rows with both cores running, over one core alone: above 1
        # when the cores share hardware (caches, memory bandwidth, a host's hyper-threads).
        inflation = median_high(t[2].cpu / t[1].cpu for t in rounds)
        # The one process that reads and writes: its share caps the speed-up of many workers.
        parent = median_high(t[2].parent_cpu / t[2].cpu for t in rounds)
        print(f"screen_file on {n:,} ads: jobs=1 {n / t1:,.0f} ads/s, jobs=2 "
              f"{n / t2:,.0f} ads/s (medians): speed-up {results['speedup']:.2f}, median of "
              f"{', '.join(f'{x:.2f}' for x in ratios)} (target >= {TARGETS['speedup']:g}; "
              f"{os.cpu_count()} cores; outputs identical: {same})\n"
              f"  jobs=2 kept {busy:.2f} cores busy; it spent {inflation:.2f}x the CPU seconds "
              f"of jobs=1 on the same rows, {parent:.1%} of them in the parent process "
              f"(reading, writing, handing out parts)\n"
              f"  this machine's ceiling: two independent jobs=1 runs at once screen "
              f"{ceiling:.2f}x the rows per second of one (median of "
              f"{', '.join(f'{x:.2f}' for x in ceilings)}); "
              f"jobs=2 reached {efficiency:.0%} of the pair's throughput (median of rounds)")

        big = Path(tmp) / "rows.csv"
        short = [a[:120] for a in ads[:5000]]  # short rows keep a 1M-row run within minutes
        with big.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["id", "text"])
            w.writerows((i, short[i % len(short)]) for i in range(args.rows))
        exe = Path(sys.executable).with_name("recruitscan")
        cmd = [str(exe), "screen", str(big), "-o", str(Path(tmp) / "rows.out.csv"),
               "--reasons", "none", "--quiet", "--jobs", "2"]
        if args.model:
            cmd += ["--model", args.model]
        pss, rss, secs = peak_memory(cmd)
        results["rss_mb"] = pss
        print(f"streaming {args.rows:,} rows of <= 120 characters with --jobs 2: peak {pss:,.0f} MB "
              f"PSS for the whole process tree (largest single process {rss:,.0f} MB RSS), "
              f"{secs:.0f}s, {args.rows / secs:,.0f} rows/s (target < {TARGETS['rss_mb']:g} MB)")

    results["cold_s"] = cold_start(args.model)
    print(f"cold start of `recruitscan scan \"...\"`: {results['cold_s']:.2f}s "
          f"(target < {TARGETS['cold_s']:g}s)")

    missed = [k for k in ("a/c", "b/c", "speedup") if results[k] < TARGETS[k]]
    missed += [k for k in ("rss_mb", "cold_s") if results[k] >= TARGETS[k]]
    print("targets missed: " + (", ".join(missed) if missed else "none"))
    if missed or args.profile:
        sample = ads[:2000]
        print("\nwhere the time goes: scan_many(reasons='full') on 2,000 ads, top functions "
              "by own time")
        print(profile(det, sample, "full"))
        if "cold_s" in missed:
            print("cold start: run `python -X importtime -m recruitscan scan x` to see imports")


if __name__ == "__main__":
    main()
