"""What a calibrated score means where scams are rarer (or commoner) than at calibration.

The score is calibrated on the model's calibration split, where scams are a large share of
the texts (about four in ten for the bundled model). In a real feed of job ads they are far
rarer, and the same evidence then makes a scam less likely. Bayes' rule keeps the evidence
(the likelihood ratio) and changes the prior:

    odds_at(prevalence) = odds(score) × [prevalence / (1 − prevalence)] / [share / (1 − share)]

with ``share`` the calibration split's share of scams. The transformation is monotone, so the
ranking of texts, and every decision made at a matching threshold, stays the same; only the
probability read off a score changes.
"""

from __future__ import annotations

import math

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
    for name, value in (("prevalence", prevalence), ("calibrated_share", calibrated_share)):
        if not (isinstance(value, int | float) and 0.0 < value < 1.0):
            raise ValueError(f"{name} must be a share strictly between 0 and 1, got {value!r}")
    shift = math.log(prevalence / (1 - prevalence)) - math.log(calibrated_share
                                                               / (1 - calibrated_share))
    s = np.clip(np.asarray(score, dtype=np.float64), 0.0, 1.0)
    with np.errstate(divide="ignore"):  # scores of exactly 0 or 1 stay 0 or 1
        logit = np.log(s) - np.log1p(-s)
    out = 1.0 / (1.0 + np.exp(-(logit + shift)))
    return float(out) if np.ndim(out) == 0 else out
