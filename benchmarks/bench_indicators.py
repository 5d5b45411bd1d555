"""Indicator matching speed against a naive regex matcher and the tokenisation floor.

    python benchmarks/bench_indicators.py            # 10,000 ads of ~1 KB
    python benchmarks/bench_indicators.py --ads 2000

(a) ``recruitscan.indicators.find`` (normalisation, de-obfuscation, one tokenisation, every
lexicon, the salary and contact rules), (b) the naive baseline: one
case-insensitive regex alternation per indicator family, built from the same lexicons, run on
the lower-cased text, (c) the floor: ``re.findall(r"\\w+", text.lower())``. Target: (a) at
least a quarter of (c). Ads are built as in ``bench_screen.py``. Rates use process CPU time.

The three run interleaved, slice by slice of the ads, so that a machine whose speed drifts
during the run (shared cores) slows all three alike and the ratios stay comparable.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_screen import build_ads, interleaved_rates  # noqa: E402

TARGET = 0.25
SLICE = 250  # texts per slice of the interleaved timing


def stage_costs(texts: list[str]) -> dict[str, float]:
    """Microseconds per text of each stage of ``find`` and of the floor, slice by slice (so
    that a drift in machine speed hits them alike)."""
    from recruitscan.indicators.matcher import lexicon_hits, rule_hits
    from recruitscan.normalise import deleet, normalise

    word = re.compile(r"\w+")
    names = ("normalise (NFKC, confusables, spacing)", "deleet (digit-for-letter swaps)",
             "lexicons (tokenise, phrase table)", "salary and contact rules",
             "floor (c), for scale")
    spent = dict.fromkeys(names, 0.0)

    def stage(name: str, fn: Callable[..., object], *args: list[object]) -> list[object]:
        t0 = time.process_time()
        out = [fn(*xs) for xs in zip(*args, strict=True)]
        spent[name] += time.process_time() - t0
        return out

    for lo in range(0, len(texts), SLICE):
        part = texts[lo:lo + SLICE]
        norms = stage(names[0], normalise, part)
        folded = stage(names[1], lambda n: deleet(n.text), norms)
        lex = stage(names[2], lexicon_hits, norms, folded)
        stage(names[3], rule_hits, norms, lex, folded)
        stage(names[4], lambda t: word.findall(t.lower()), part)
    return {name: t / len(texts) * 1e6 for name, t in spent.items()}


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

    per_text = {"a": find, "b": naive, "c": lambda t: word.findall(t.lower())}
    rates = interleaved_rates({k: lambda part, fn=fn: [fn(t) for t in part]
                               for k, fn in per_text.items()}, ads, SLICE)
    (a, _), (b, _), (c, _) = rates["a"], rates["b"], rates["c"]
    print(f"(a) recruitscan.indicators.find          {a:9,.0f} ads/s per core")
    print(f"(b) naive: one regex per family           {b:9,.0f} ads/s per core")
    print(f"(c) floor: re.findall(\\w+, lower())       {c:9,.0f} ads/s per core")
    print(f"a/b = {a / b:.2f}   a/c = {a / c:.3f} (target >= {TARGET})")
    if a / c < TARGET:
        print("\ntarget missed; where the time goes (microseconds per ad, first 2,000 ads):")
        for name, us in stage_costs(ads[:2000]).items():
            print(f"  {name:40s} {us:6.1f}")


if __name__ == "__main__":
    main()
