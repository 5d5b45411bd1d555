"""How firmly the validation split fixes a model's operating threshold.

    python models/configs/threshold_stability.py                      # the bundled model
    python models/configs/threshold_stability.py --model DIR --resamples 2000

Training picks the lowest threshold at which the validation split's precision reaches the
target (``recruitscan.model.choose_thresholds``). This scores the corpus's validation split
with the model, repeats that choice on bootstrap resamples of it, and prints the threshold,
the median and 5-95% range of the resampled ones, and the corpus test recall each end of the
range would give. A wide range means a refit on slightly different data can move the threshold,
and the recall figures measured at it, that far.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

import recruitscan
from recruitscan.datasets import load_corpus
from recruitscan.model import choose_thresholds

ROOT = Path(__file__).resolve().parents[2]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", default=None, help="model directory (default: bundled)")
    ap.add_argument("--resamples", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)

    det = recruitscan.load(args.model)
    target = float(det.manifest.get("config", {}).get("target_precision", 0.95))
    df = load_corpus(ROOT / "datasets" / "recruitscan-corpus")

    def scores(split: str) -> tuple[np.ndarray, np.ndarray]:
        part = df[df["split"] == split]
        found = det.scan_many(part["text"].tolist(), reasons="none")
        return part["label"].to_numpy(), np.array([r.score for r in found])

    y, s = scores("validation")
    chosen = choose_thresholds(y, s, target, medium_recall=1.0)[0]
    rng = np.random.default_rng(args.seed)
    resampled = []
    for _ in range(args.resamples):
        i = rng.integers(0, len(y), len(y))
        resampled.append(choose_thresholds(y[i], s[i], target, medium_recall=1.0)[0])
    lo, mid, hi = np.percentile(resampled, [5, 50, 95])
    print(f"validation: {len(y)} texts, {int(y.sum())} scams; threshold {chosen:.3f} "
          f"(the model's: {det.threshold:.3f}); {args.resamples} resamples: median {mid:.3f}, "
          f"5-95% {lo:.3f}-{hi:.3f}")
    y_test, s_test = scores("test")
    for name, t in (("5%", lo), ("chosen", chosen), ("95%", hi)):
        flagged = s_test >= t
        print(f"  corpus test at {name} ({t:.3f}): recall {flagged[y_test == 1].mean():.3f}, "
              f"precision {y_test[flagged].mean():.3f}")


if __name__ == "__main__":
    main()
