"""Indicator matching speed against a naive regex matcher and the tokenisation floor.

    python benchmarks/bench_indicators.py            # 10,000 ads of ~1 KB
    python benchmarks/bench_indicators.py --ads 2000

(a) ``recruitscan.indicators.find`` (normalisation, de-obfuscation, one tokenisation, every
lexicon, the salary and contact rules, language detection), (b) the naive baseline: one
case-insensitive regex alternation per indicator family, built from the same lexicons, run on
the lower-cased text, (c) the floor: ``re.findall(r"\\w+", text.lower())``. Target: (a) at
least a quarter of (c). Ads are built as in ``bench_screen.py``. Rates use process CPU time.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_screen import build_ads  # noqa: E402

TARGET = 0.25


def cpu_rate(fn: Callable[[], object], n: int) -> float:
    t0 = time.process_time()
    fn()
    return n / (time.process_time() - t0)


def naive_matcher() -> Callable[[str], list[tuple[str, str]]]:
    """One big alternation per indicator family (``destination``, ``lure``, …)."""
    from recruitscan.indicators.lexicon import all_entries

    families: dict[str, set[str]] = {}
    for entry in all_entries():
        families.setdefault(entry.indicator.split(".")[0], set()).update(
            p.lower() for p in entry.phrases)
    patterns = {
        family: re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(phrases, key=len,
                                                                            reverse=True)))
                           + r")(?!\w)")
        for family, phrases in families.items()
    }

    def match(text: str) -> list[tuple[str, str]]:
        low = text.lower()
        return [(family, m) for family, pattern in patterns.items() for m in pattern.findall(low)]

    return match


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ads", type=int, default=10_000)
    args = ap.parse_args()

    from recruitscan.indicators import find

    ads, _ = build_ads(args.ads, seed=1)
    print(f"{len(ads):,} ads, mean {sum(map(len, ads)) / len(ads):,.0f} characters")
    find("warm up: Kamboja, gaji 15 juta")
    naive = naive_matcher()
    word = re.compile(r"\w+")

    a = cpu_rate(lambda: [find(t) for t in ads], len(ads))
    b = cpu_rate(lambda: [naive(t) for t in ads], len(ads))
    c = cpu_rate(lambda: [word.findall(t.lower()) for t in ads], len(ads))
    print(f"(a) recruitscan.indicators.find          {a:9,.0f} ads/s per core")
    print(f"(b) naive: one regex per family           {b:9,.0f} ads/s per core")
    print(f"(c) floor: re.findall(\\w+, lower())       {c:9,.0f} ads/s per core")
    print(f"a/b = {a / b:.2f}   a/c = {a / c:.3f} (target >= {TARGET})")
    if a / c < TARGET:
        prof = cProfile.Profile()
        prof.enable()
        for t in ads[:2000]:
            find(t)
        prof.disable()
        out = io.StringIO()
        pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(15)
        print("\ntarget missed; where the time goes (find on 2,000 ads, by own time):")
        print(out.getvalue())


if __name__ == "__main__":
    main()
