"""Measuring models: metrics at the operating threshold, ranking and calibration quality."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pandas as pd
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score


def wilson_interval(successes: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """95% Wilson score interval for a proportion (honest when counts are small)."""
    if n == 0:
        return (math.nan, math.nan)
    p = successes / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return (max(0.0, centre - half), min(1.0, centre + half))


def binary_metrics(y: np.ndarray, scores: np.ndarray, threshold: float) -> dict[str, Any]:
    """Precision, recall, F1, FPR at ``threshold``; PR-AUC, ROC-AUC, Brier; confusion counts."""
    y = np.asarray(y).astype(int)
    scores = np.asarray(scores, dtype=float)
    pred = scores >= threshold
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
    else:
        out["pr_auc"] = out["roc_auc"] = math.nan
    return out


def breakdown(df: pd.DataFrame, by: str, threshold: float) -> dict[str, dict[str, Any]]:
    """``binary_metrics`` per value of column ``by`` (needs ``label`` and ``score`` columns)."""
    return {str(k): binary_metrics(g["label"].to_numpy(), g["score"].to_numpy(), threshold)
            for k, g in df.groupby(by, sort=True)}
