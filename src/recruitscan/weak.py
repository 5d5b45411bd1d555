"""Weak supervision: the indicators as labelling functions over unlabelled ads.

Each indicator with a non-zero prior weight votes: positive weight → "scam", negative →
"legit", no hit → abstain. ``lf_summary`` gives the Snorkel-style statistics an analyst needs
to bootstrap labels in a new language or source: coverage (share of rows where it votes),
overlap (votes together with another function) and conflict (votes while a function of the
opposite polarity also votes). ``weak_labels`` turns the votes into a label proposal by the
sign of the summed prior weights (abstaining where nothing fired).
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd

from recruitscan.indicators import INDICATORS, find

ABSTAIN = -1


def vote_matrix(texts: Iterable[str]) -> pd.DataFrame:
    """Rows × labelling functions: 1 (scam), 0 (legit) or -1 (abstain)."""
    voters = [i for i in INDICATORS.values() if i.weight != 0]
    rows = []
    for text in texts:
        fired = {h.indicator for h in find(text if isinstance(text, str) else "")}
        rows.append([(1 if i.weight > 0 else 0) if i.id in fired else ABSTAIN for i in voters])
    return pd.DataFrame(rows, columns=[i.id for i in voters], dtype=np.int8)


def lf_summary(votes: pd.DataFrame) -> pd.DataFrame:
    """Coverage, overlap and conflict per labelling function (one row per indicator)."""
    active = votes != ABSTAIN
    n_active = active.sum(axis=1)
    pos = (votes == 1).sum(axis=1)
    neg = (votes == 0).sum(axis=1)
    out = []
    for col in votes.columns:
        on = active[col]
        polarity = 1 if INDICATORS[col].weight > 0 else 0
        opposite = neg if polarity == 1 else pos
        out.append({
            "indicator": col, "polarity": "scam" if polarity else "legit",
            "coverage": float(on.mean()) if len(votes) else 0.0,
            "overlap": float((on & (n_active > 1)).mean()) if len(votes) else 0.0,
            "conflict": float((on & (opposite > 0)).mean()) if len(votes) else 0.0,
            "rows": int(on.sum()),
        })
    return pd.DataFrame(out).sort_values("coverage", ascending=False, ignore_index=True)


def weak_labels(votes: pd.DataFrame) -> pd.Series:
    """1/0 by the sign of the summed prior weights of the functions that voted; -1 if none."""
    weights = np.array([INDICATORS[c].weight for c in votes.columns])
    active = (votes != ABSTAIN).to_numpy()
    total = (active * weights).sum(axis=1)
    label = np.where(total > 0, 1, 0)
    label[~active.any(axis=1)] = ABSTAIN
    return pd.Series(label, index=votes.index, name="weak_label")
