"""What finding the word tokens costs, with and without their positions.

    python benchmarks/bench_tokens.py                  # 2,000 ads of ~1 KB, 3 rounds

``recruitscan.grams.word_tokens`` (runs of token characters found with numpy on the batch's
code points) against the implementation it replaced (the reference, copied below: one
``finditer`` per text and a match object per token with positions, one ``findall`` per text
without), each with ``positions=True`` (what reasons ask for) and ``positions=False``. The ads
are project corpus texts (synthetic) joined to ~1 KB and folded by
``recruitscan.analysis.analyse``, as scoring sees them, taken in blocks of 64 (the reasons'
block). The outputs are checked equal first; rates use process CPU time, the four calls
interleaved block by block in rotating order.
"""

from __future__ import annotations

import argparse
import sys
import time
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from recruitscan.grams import _TOKEN_RE, Tokens, _column, word_tokens

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_screen import AD_CHARS, ROOT, joined_texts  # noqa: E402

BLOCK = 64


def finditer_tokens(texts: Sequence[str], n_columns: int, *, positions: bool = False) -> Tokens:
    """``word_tokens`` before it found runs with numpy (the reference)."""
    if positions:
        matches = [list(_TOKEN_RE.finditer(t)) for t in texts]
        found = [m.group() for ms in matches for m in ms]
        per_text = [len(ms) for ms in matches]
    else:
        found_by_text = [_TOKEN_RE.findall(t) for t in texts]
        found = [w for ws in found_by_text for w in ws]
        per_text = [len(ws) for ws in found_by_text]
    distinct = {t: zlib.crc32(t.encode("utf-8", "surrogatepass")) for t in set(found)}
    h = np.fromiter(map(distinct.__getitem__, found), dtype=np.uint32, count=len(found))
    doc = np.repeat(np.arange(len(texts), dtype=np.int64), per_text)
    if not positions:
        return Tokens(doc, _column(h, n_columns))
    start = np.fromiter((m.start() for ms in matches for m in ms), dtype=np.int64,
                        count=len(found))
    return Tokens(doc, _column(h, n_columns), start,
                  start + np.fromiter(map(len, found), dtype=np.int64, count=len(found)))


def build_ads(n: int, seed: int = 0) -> list[str]:
    """``n`` folded ads of ~1 KB: corpus texts joined until they reach it, then cut."""
    from recruitscan.analysis import analyse
    from recruitscan.datasets import load_corpus

    texts = load_corpus(ROOT / "datasets" / "recruitscan-corpus")["text"].tolist()
    return [analyse(text[:AD_CHARS]).folded for text in joined_texts(texts, n, seed)]


def interleaved_seconds(fns: dict[str, Callable[[list[str]], object]],
                        blocks: list[list[str]], rounds: int) -> dict[str, float]:
    """CPU seconds each function spent over ``rounds`` passes, block by block in rotating
    order, so that a machine whose speed drifts slows them alike."""
    spent = dict.fromkeys(fns, 0.0)
    names = list(fns)
    k = 0
    for _ in range(rounds):
        for block in blocks:
            for name in names[k % len(names):] + names[:k % len(names)]:
                t0 = time.process_time()
                fns[name](block)
                spent[name] += time.process_time() - t0
            k += 1
    return spent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ads", type=int, default=2000, help="ads of ~1 KB")
    ap.add_argument("--rounds", type=int, default=3, help="passes over the ads")
    args = ap.parse_args()

    ads = build_ads(args.ads)
    blocks = [ads[k:k + BLOCK] for k in range(0, len(ads), BLOCK)]
    n_columns = 2**18
    for block in blocks:  # same arrays (values, order, dtypes) before anything is timed
        for positions in (True, False):
            new = word_tokens(block, n_columns, positions=positions)
            old = finditer_tokens(block, n_columns, positions=positions)
            for name in ("doc", "col", "start", "end"):
                a, b = getattr(new, name), getattr(old, name)
                assert (a is None and b is None) or (a.dtype == b.dtype and np.array_equal(a, b))

    def call(fn: Callable[..., Tokens], positions: bool) -> Callable[[list[str]], object]:
        return lambda block: fn(block, n_columns, positions=positions)

    fns = {f"{who} {flag}": call(fn, flag == "positions=True")
           for flag in ("positions=True", "positions=False")
           for who, fn in (("old", finditer_tokens), ("new", word_tokens))}
    spent = interleaved_seconds(fns, blocks, args.rounds)
    per_ad = {name: 1e6 * s / (len(ads) * args.rounds) for name, s in spent.items()}
    tokens = len(word_tokens(ads, n_columns).doc) / len(ads)
    print(f"{len(ads):,} ads, mean {sum(map(len, ads)) / len(ads):,.0f} characters, "
          f"{tokens:.0f} tokens; blocks of {BLOCK}, {args.rounds} rounds")
    for flag in ("positions=True", "positions=False"):
        old, new = per_ad[f"old {flag}"], per_ad[f"new {flag}"]
        print(f"  word_tokens({flag:15s}) old {old:6.1f} µs/ad  new {new:6.1f} µs/ad  "
              f"old/new x{old / new:.2f}")


if __name__ == "__main__":
    main()
