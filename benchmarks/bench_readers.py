"""What recruitscan's file readers cost against pandas' own readers of the same files.

    python benchmarks/bench_readers.py                 # 20,000 ads of ~1 KB, 3 rounds
    python benchmarks/bench_readers.py --rows 5000

``recruitscan.readers`` reads in chunks and checks every row (bad bytes, broken lines,
runaway quotes; every JSONL key, for which a JSONL file is read twice). The baselines read
the same file whole with ``pandas.read_csv`` and ``pandas.read_json(lines=True)``, which do
none of that. Ads as in ``bench_screen.py`` (real job-ad text from ``../shared/data`` when
present, else the project corpus), written to a temporary CSV and JSONL. Wall-clock seconds
of each reader, interleaved round by round; the ratios say what the checks cost per file,
next to the hundreds of microseconds it takes to score each ad.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_screen import build_ads  # noqa: E402


def _drain(chunks: object) -> int:
    return sum(len(c.frame) for c in chunks)  # type: ignore[attr-defined]


def best_seconds(fns: dict[str, Callable[[], int]], rounds: int) -> dict[str, float]:
    """The fastest of ``rounds`` wall-clock timings of each function, interleaved."""
    best = dict.fromkeys(fns, float("inf"))
    for _ in range(rounds):
        for name, fn in fns.items():
            start = time.perf_counter()
            fn()
            best[name] = min(best[name], time.perf_counter() - start)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rows", type=int, default=20_000, help="ads in each file")
    ap.add_argument("--rounds", type=int, default=3, help="timings of each reader")
    args = ap.parse_args()

    from recruitscan.readers import read_csv_chunks, read_jsonl_chunks

    ads, _ = build_ads(args.rows)
    frame = pd.DataFrame({"id": range(len(ads)), "text": ads})
    with tempfile.TemporaryDirectory() as tmp:
        csv_path, jsonl_path = Path(tmp) / "ads.csv", Path(tmp) / "ads.jsonl"
        frame.to_csv(csv_path, index=False)
        frame.to_json(jsonl_path, orient="records", lines=True, force_ascii=False)
        mb = csv_path.stat().st_size / 1e6
        seconds = best_seconds({
            "csv: pandas.read_csv (baseline)": lambda: len(pd.read_csv(csv_path, dtype=str)),
            "csv: recruitscan.readers": lambda: _drain(read_csv_chunks(str(csv_path))),
            "jsonl: pandas.read_json (baseline)": lambda: len(
                pd.read_json(jsonl_path, lines=True, dtype=False)),
            "jsonl: recruitscan.readers": lambda: _drain(read_jsonl_chunks(str(jsonl_path))),
        }, args.rounds)
    print(f"{len(ads):,} ads, {mb:.1f} MB of CSV; best of {args.rounds} rounds")
    for name, s in seconds.items():
        print(f"  {name:38s} {s:6.2f} s  {len(ads) / s / 1000:7.1f} k ads/s  "
              f"{s / len(ads) * 1e6:6.1f} us/ad")
    for fmt in ("csv", "jsonl"):
        base = next(s for n, s in seconds.items() if n.startswith(fmt) and "baseline" in n)
        ours = next(s for n, s in seconds.items() if n.startswith(fmt) and "recruitscan" in n)
        print(f"  {fmt}: recruitscan / pandas x{ours / base:.2f}")


if __name__ == "__main__":
    main()
