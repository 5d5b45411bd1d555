"""What a calibrated score means where scams are rarer (or commoner) than at calibration.

The score is calibrated on rows where scams are a large share of the texts (the calibration
split, or the train and calibration splits for a cross-fitted model: 42% for the bundled
model). In a real feed of job ads they are far rarer, and the same evidence then makes a scam
less likely. Bayes' rule keeps the evidence (the likelihood ratio) and changes the prior:

    odds_at(prevalence) = odds(score) × [prevalence / (1 − prevalence)] / [share / (1 − share)]

with ``share`` the share of scams in the rows the score was calibrated on. The transformation
is monotone, so the ranking of texts, and every decision made at a matching threshold, stays
the same; only the probability read off a score changes.
"""

from __future__ import annotations

import math
import numbers

import numpy as np


def at_prevalence(score: float | np.ndarray, prevalence: float,
                  calibrated_share: float) -> float | np.ndarray:
    """``score`` (calibrated where scams are ``calibrated_share`` of the texts) as the
    probability of a scam where they are ``prevalence`` of the texts.

    >>> round(at_prevalence(0.9, 0.01, 0.45), 3)
    0.1
    >>> round(at_prevalence(0.9, 0.45, 0.45), 12)
    0.9
    """
    shares = []
    for name, value in (("prevalence", prevalence), ("calibrated_share", calibrated_share)):
        value = np.asarray(value)[()] if isinstance(value, np.ndarray) else value
        if (not isinstance(value, numbers.Real) or isinstance(value, bool | np.bool_)
                or not 0.0 < float(value) < 1.0):
            raise ValueError(f"{name} must be a share strictly between 0 and 1 (1% is 0.01), "
                             f"got {value!r}")
        shares.append(float(value))
    prevalence, calibrated_share = shares
    shift = math.log(prevalence / (1 - prevalence)) - math.log(calibrated_share
                                                               / (1 - calibrated_share))
    s = _scores(score)
    # Scores of exactly 0 or 1 stay 0 or 1; a tiny score's odds may underflow to 0.
    with np.errstate(divide="ignore", over="ignore"):
        logit = np.log(s) - np.log1p(-s)
        out = 1.0 / (1.0 + np.exp(-(logit + shift)))
    return float(out) if np.ndim(out) == 0 else out


def _scores(score: object) -> np.ndarray:
    """``score`` as floats, refused unless every value is a probability (a NaN or a
    percentage would otherwise pass through, or be clipped, silently)."""
    if isinstance(score, str | bytes | bool | np.bool_):
        raise ValueError(f"score must be a probability in [0, 1], got {score!r}")
    try:
        s = np.asarray(score, dtype=np.float64)
    except (TypeError, ValueError):
        raise ValueError(f"score must be a probability in [0, 1], got {score!r}") from None
    if np.asarray(score).dtype.kind not in "iuf" or not np.all((s >= 0) & (s <= 1)):
        raise ValueError(f"score must be a probability in [0, 1] (not NaN), got {score!r}")
    return s
