"""Classification metrics: at an operating threshold, per group, calibration and paired
differences, with the intervals that small counts need.

Shared by training (the test figures in a model's manifest) and evaluation (the report).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd
from sklearn.metrics import (
    average_precision_score,
    brier_score_loss,
    precision_recall_curve,
    roc_auc_score,
)


def wilson_interval(successes: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """95% Wilson score interval for a proportion (honest when counts are small)."""
    if n == 0:
        return (math.nan, math.nan)
    p = successes / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return (max(0.0, centre - half), min(1.0, centre + half))


def binary_metrics(y: np.ndarray, scores: np.ndarray,
                   threshold: float | np.ndarray) -> dict[str, Any]:
    """Precision, recall, F1, FPR at ``threshold``; PR-AUC, ROC-AUC, Brier; confusion counts.

    ``threshold`` may be one value per row: out-of-fold scores are each decided by the
    threshold of the fold model that scored them."""
    y = np.asarray(y).astype(int)
    scores = np.asarray(scores, dtype=float)
    pred = scores >= np.asarray(threshold, dtype=float)
    tp = int(np.sum(pred & (y == 1)))
    fp = int(np.sum(pred & (y == 0)))
    fn = int(np.sum(~pred & (y == 1)))
    tn = int(np.sum(~pred & (y == 0)))
    pos, neg = tp + fn, tn + fp
    precision = tp / (tp + fp) if tp + fp else math.nan
    recall = tp / pos if pos else math.nan
    out: dict[str, Any] = {
        "n": int(len(y)), "positives": pos, "negatives": neg,
        "tp": tp, "fp": fp, "fn": fn, "tn": tn,
        "precision": precision, "recall": recall,
        "f1": (2 * precision * recall / (precision + recall)
               if pos and tp + fp and precision + recall else math.nan),
        "fpr": fp / neg if neg else math.nan,
        "flagged_rate": float(pred.mean()) if len(y) else math.nan,
        "recall_ci95": wilson_interval(tp, pos), "fpr_ci95": wilson_interval(fp, neg),
        "brier": float(brier_score_loss(y, scores)) if len(y) else math.nan,
    }
    if pos and neg:
        out["pr_auc"] = float(average_precision_score(y, scores))
        out["roc_auc"] = float(roc_auc_score(y, scores))
        # The most the ranking allows at the usual precision target, whatever the threshold.
        out["recall_at_precision_95"] = recall_at_precision(y, scores, 0.95)
    else:
        out["pr_auc"] = out["roc_auc"] = out["recall_at_precision_95"] = math.nan
    return out


def recall_at_precision(y: np.ndarray, scores: np.ndarray, target: float = 0.95) -> float:
    """The best recall of any threshold whose precision is at least ``target`` (0 if none)."""
    precision, recall, _ = precision_recall_curve(y, scores)
    ok = precision[:-1] >= target
    return float(recall[:-1][ok].max()) if ok.any() else 0.0


def breakdown(df: pd.DataFrame, by: str, threshold: float) -> dict[str, dict[str, Any]]:
    """``binary_metrics`` per value of column ``by`` (needs ``label`` and ``score`` columns).
    A ``threshold`` column, where ``df`` has one, gives each row its own threshold."""
    return {str(k): binary_metrics(g["label"].to_numpy(), g["score"].to_numpy(),
                                   row_thresholds(g, threshold))
            for k, g in df.groupby(by, sort=True)}


def row_thresholds(df: pd.DataFrame, threshold: float) -> float | np.ndarray:
    """The rows' own thresholds (a ``threshold`` column), or the one ``threshold``."""
    return df["threshold"].to_numpy(dtype=float) if "threshold" in df.columns else threshold


def compound_task(df: pd.DataFrame) -> pd.DataFrame | None:
    """The rows of the model's main task: compound recruitment against legitimate text, other
    job scams left out (their recall is in the per-category breakdown). None when ``df`` does
    not hold both classes of that task."""
    compound = df[(df["label"] == 0) | (df["category"] == "compound_recruitment")]
    return compound if compound["label"].nunique() == 2 else None


def compound_by_language(df: pd.DataFrame, threshold: float) -> dict[str, dict[str, Any]] | None:
    """``breakdown`` of :func:`compound_task` per language (None as there)."""
    compound = compound_task(df)
    return None if compound is None else breakdown(compound, "language", threshold)


def precision_interval(tp: int, fp: int) -> tuple[float, float]:
    return wilson_interval(tp, tp + fp)


def reliability_curve(y: np.ndarray, scores: np.ndarray, n_bins: int = 10) -> list[dict[str, Any]]:
    """Per equal-width score bin: how many rows, their mean score and the share that are scams."""
    y = np.asarray(y).astype(int)
    scores = np.asarray(scores, dtype=float)
    edges = np.linspace(0.0, 1.0, n_bins + 1)
    idx = np.clip(np.searchsorted(edges, scores, side="right") - 1, 0, n_bins - 1)
    out = []
    for b in range(n_bins):
        in_bin = idx == b
        n = int(in_bin.sum())
        out.append({"lo": float(edges[b]), "hi": float(edges[b + 1]), "n": n,
                    "mean_score": float(scores[in_bin].mean()) if n else math.nan,
                    "fraction_positive": float(y[in_bin].mean()) if n else math.nan})
    return out


def paired_bootstrap(y: np.ndarray, a: np.ndarray, b: np.ndarray,
                     metric: Callable[[np.ndarray, np.ndarray], float], n_boot: int = 1000,
                     seed: int = 0) -> tuple[float, float, float]:
    """``metric(y, a) - metric(y, b)`` and its 95% percentile interval, resampling rows (the
    same rows for both score vectors: the comparison is paired). Resamples with one class
    only are skipped when the metric needs both."""
    rng = np.random.default_rng(seed)
    n = len(y)
    needs_both = metric is average_precision_score
    diffs = []
    for _ in range(n_boot):
        idx = rng.integers(0, n, n)
        if needs_both and len(np.unique(y[idx])) < 2:
            continue
        diffs.append(metric(y[idx], a[idx]) - metric(y[idx], b[idx]))
    if not diffs:
        return math.nan, math.nan, math.nan
    lo, hi = np.percentile(diffs, [2.5, 97.5])
    return float(metric(y, a) - metric(y, b)), float(lo), float(hi)
