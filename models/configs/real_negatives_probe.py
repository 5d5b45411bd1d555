"""Would real legitimate ads as training negatives curb the synthetic corpus's style?

    python models/configs/real_negatives_probe.py              # windows off and of 500
    python models/configs/real_negatives_probe.py --window 500

A probe, not a training recipe: the bundled model trains on the synthetic corpus alone. Here
the corpus model is fitted three times: as it is, with the legitimate JobStreet ads added to
its train split as negatives, and with the legitimate EMSCAD ads added instead. Each model
counts the flags it raises on the legitimate ads of the real source it was *not* trained on
(a cross-source check: no scored row was seen in training), next to the corpus test split's
figures. Windowed scoring (``window_chars``) flags windows of long real ads on wording alone;
this measures whether real negatives teach the n-grams otherwise. The real data are read from
the external data directory (``recruitscan.datasets.shared_data_dir``).

Why it stays a probe: every positive is synthetic, so real negatives alone can also teach
"real-looking text is legitimate", which would hide real scam ads; no data at hand can
measure that (it needs real compound-recruitment ads).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import pandas as pd

from recruitscan.analysis import analyse
from recruitscan.datasets import load_corpus, load_source, shared_data_dir
from recruitscan.linear import LinearModel
from recruitscan.model import ModelConfig
from recruitscan.train import fit

ROOT = Path(__file__).resolve().parents[2]


def as_training_negatives(ads: pd.DataFrame) -> pd.DataFrame:
    rows = ads[["id", "text", "label", "language", "group"]].copy()
    return rows.assign(category="legit_job", split="train")


def flagged(model: object, threshold: float, texts: pd.Series) -> int:
    scores = model.score_batch([analyse(t) for t in texts])
    return int(np.sum(np.array([s.score for s in scores]) >= threshold))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--window", type=int, action="append",
                    help="window_chars to try (repeatable; default: 0 and 500)")
    args = ap.parse_args(argv)
    if shared_data_dir() is None:
        print("the external data directory is not on this machine", file=sys.stderr)
        return 1
    corpus = load_corpus(ROOT / "datasets" / "recruitscan-corpus")
    emscad = load_source("emscad")
    legit = {"jobstreet": load_source("jobstreet"), "emscad": emscad[emscad["label"] == 0]}
    print("training negatives added | corpus test PR-AUC, precision, recall | legitimate "
          "ads flagged in the source not trained on")
    for window in args.window or [0, 500]:
        for added in (None, *legit):
            df = corpus if added is None else pd.concat(
                [corpus, as_training_negatives(legit[added])], ignore_index=True)
            model, metrics = fit(df, ModelConfig(window_chars=window))
            scorer = LinearModel.from_estimators(model.scorer, model.category)
            test = metrics["test"]
            counts = ", ".join(f"{name} {flagged(scorer, model.threshold, ads['text'])} of "
                               f"{len(ads)}" for name, ads in legit.items() if name != added)
            print(f"window {window or 'off':>4} | {added or 'none':9s} | {test['pr_auc']:.4f} "
                  f"{test['precision']:.3f} {test['recall']:.3f} | {counts}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
