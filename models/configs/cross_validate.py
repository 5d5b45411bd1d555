"""Choose the default model's hyper-parameters by cross-validation on the training split.

    python models/configs/cross_validate.py            # prints one row per candidate

Each candidate is fitted on four fifths of the corpus `train` split and scored on the fifth it
did not see, folds grouped by template group (no sibling of a scored text is in the fold's
training data). The calibration, validation and test splits are not read: the test split
stays untouched by the choice. Reported per candidate, averaged over the folds: PR-AUC, Brier
score of the (uncalibrated) logistic regression, and the best recall at precision >= 0.95.
The TF-IDF + logistic regression baseline is measured on the same folds, for reference.

The choice: the highest mean PR-AUC, except that a candidate within ``TIE`` of it with fewer
n-gram lengths (less work per text) wins, then the higher one of those.
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

import numpy as np
from sklearn.metrics import average_precision_score, brier_score_loss
from sklearn.model_selection import GroupKFold

from recruitscan.analysis import analyse
from recruitscan.baselines import TfidfBaseline
from recruitscan.datasets import load_corpus
from recruitscan.metrics import recall_at_precision
from recruitscan.model import ModelConfig, build_pipeline, fit_signed

ROOT = Path(__file__).resolve().parents[2]
GRID = {
    "chars": [(3, 5), (3, 4), (4, 4)],
    "indicator_scale": [0.1, 0.3, 1.0, 2.0],
    "C": [16.0, 64.0],
}
TIE = 0.001  # PR-AUC differences below this are noise between folds: prefer the cheaper one


def _baseline_row(train: object, y: np.ndarray, folds: list) -> None:
    """The TF-IDF + logistic regression baseline on the same folds, for reference."""
    texts = train["text"].tolist()
    ap, brier, rec = [], [], []
    for fit_idx, score_idx in folds:
        pipe = TfidfBaseline.pipeline().fit([texts[i] for i in fit_idx], y[fit_idx])
        p = pipe.predict_proba([texts[i] for i in score_idx])[:, 1]
        ap.append(average_precision_score(y[score_idx], p))
        brier.append(brier_score_loss(y[score_idx], p))
        rec.append(recall_at_precision(y[score_idx], p))
    print(f"TF-IDF + LR baseline  {np.mean(ap):.4f}  {np.mean(brier):.4f}  {np.mean(rec):.3f}")


def main() -> None:
    df = load_corpus(ROOT / "datasets" / "recruitscan-corpus")
    train = df[df["split"] == "train"].reset_index(drop=True)
    analyses = [analyse(t) for t in train["text"]]
    y = train["label"].to_numpy()
    folds = list(GroupKFold(n_splits=5).split(analyses, y, groups=train["group"]))
    print("chars  scale   C      PR-AUC  Brier   R@P95")
    results = []
    for (lo, hi), scale, C in itertools.product(*GRID.values()):
        config = ModelConfig(char_min=lo, char_max=hi, indicator_scale=scale, C=C)
        ap, brier, rec = [], [], []
        for fit_idx, score_idx in folds:
            pipe = fit_signed(build_pipeline(config), [analyses[i] for i in fit_idx], y[fit_idx])
            p = pipe.predict_proba([analyses[i] for i in score_idx])[:, 1]
            ap.append(average_precision_score(y[score_idx], p))
            brier.append(brier_score_loss(y[score_idx], p))
            rec.append(recall_at_precision(y[score_idx], p))
        print(f"{lo}-{hi}    {scale:<6}  {C:<5}  {np.mean(ap):.4f}  {np.mean(brier):.4f}  "
              f"{np.mean(rec):.3f}", flush=True)
        results.append((float(np.mean(ap)), hi - lo + 1, config))
    _baseline_row(train, y, folds)
    best = max(ap for ap, _, _ in results)
    close = [r for r in results if r[0] >= best - TIE]
    _, _, chosen = max(close, key=lambda r: (-r[1], r[0]))
    print(f"chosen: char_min={chosen.char_min} char_max={chosen.char_max} "
          f"indicator_scale={chosen.indicator_scale} C={chosen.C}")


if __name__ == "__main__":
    sys.exit(main())
