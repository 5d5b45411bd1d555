"""Baselines and the common protocol every evaluated "model" follows.

The report compares the recruitscan model with two baselines trained on the same corpus splits:

- ``tfidf-logreg``: the word (1–2) + char_wb (3–5) TF-IDF → logistic regression pipeline most
  public fake-job projects use, calibrated and thresholded exactly as recruitscan is;
- ``indicators-prior``: no learning at all, the sigmoid of the summed prior weights of the
  registry's indicators that fired, with its threshold chosen on validation.

A baseline that matches the model tells us the model adds nothing; one that beats it on real
data tells us where the model overfits the synthetic corpus.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

import numpy as np
import pandas as pd
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline

from recruitscan.indicators import INDICATORS, find
from recruitscan.model import ModelConfig, Rows, choose_thresholds, fit_calibrated, fitted_rows

DEFAULT_CONFIG = ModelConfig()

if TYPE_CHECKING:
    from recruitscan.detector import Detector


@runtime_checkable
class ScoreModel(Protocol):
    """Anything the evaluation can score: a name, scores in [0, 1] and an operating threshold."""

    name: str
    threshold: float

    def scores(self, texts: Sequence[str]) -> np.ndarray: ...


@dataclass
class DetectorModel:
    """A recruitscan :class:`~recruitscan.detector.Detector` seen through :class:`ScoreModel`."""

    detector: Detector
    name: str

    @property
    def threshold(self) -> float:
        return self.detector.threshold

    @property
    def path(self) -> Path:
        return Path(self.detector.path)

    @property
    def train_hashes(self) -> frozenset[str] | None:
        """Hashes of the model's training rows (``train_rows.txt``), or None if not recorded."""
        from recruitscan.train import TRAIN_ROWS_FILE

        f = self.path / TRAIN_ROWS_FILE
        return frozenset(f.read_text(encoding="utf-8").split()) if f.is_file() else None

    def scan(self, texts: Sequence[str]) -> tuple[np.ndarray, list[str]]:
        """Scores and categories (``compound_recruitment``, ``other_job_scam`` or ``legit``)."""
        results = list(self.detector.scan_many(list(texts), reasons="none"))
        return np.array([r.score for r in results], dtype=float), [r.category for r in results]

    def scores(self, texts: Sequence[str]) -> np.ndarray:
        return self.scan(texts)[0]


@dataclass
class Splits:
    """The corpus splits a baseline learns from (the ones the model was trained with)."""

    train: pd.DataFrame
    calibration: pd.DataFrame
    validation: pd.DataFrame

    @classmethod
    def from_corpus(cls, df: pd.DataFrame) -> Splits:
        parts = {s: df[df["split"] == s] for s in ("train", "calibration", "validation")}
        for s, p in parts.items():
            if p["label"].nunique() < 2:
                raise ValueError(f"the corpus {s} split needs both classes to train baselines")
        return cls(**parts)


def _texts(df: pd.DataFrame) -> list[str]:
    return df["text"].astype(str).tolist()


def _labels(df: pd.DataFrame) -> np.ndarray:
    return df["label"].astype(int).to_numpy()


@dataclass
class TfidfBaseline:
    """Word 1–2 + char_wb 3–5 TF-IDF → logistic regression, calibrated as the model is."""

    name: str = "tfidf-logreg"
    threshold: float = 0.5
    threshold_note: str = ""
    scorer: CalibratedClassifierCV | None = field(default=None, repr=False)
    train_hashes: frozenset[str] | None = field(default=None, repr=False)

    @staticmethod
    def pipeline(max_iter: int = 3000) -> Pipeline:
        union = FeatureUnion([
            ("word", TfidfVectorizer(analyzer="word", ngram_range=(1, 2), min_df=2,
                                     sublinear_tf=True)),
            ("char", TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=2,
                                     sublinear_tf=True)),
        ])
        return Pipeline([("tfidf", union),
                         ("clf", LogisticRegression(class_weight="balanced", max_iter=max_iter))])

    def fit(self, splits: Splits, config: ModelConfig = DEFAULT_CONFIG) -> TfidfBaseline:
        """Fitted and calibrated as the recruitscan model of ``config`` is (its
        ``calibration``): on the same rows, the sigmoid on the same kind of decisions."""
        from recruitscan.train import text_hash

        # The baseline reads texts, not analyses.
        train, calibration = (Rows.of(p, _texts(p)) for p in (splits.train, splits.calibration))
        self.scorer = fit_calibrated(self.pipeline(config.max_iter), train, calibration,
                                     config.calibration)
        learnt = fitted_rows(train, calibration, config)
        self.train_hashes = frozenset(map(text_hash, learnt.X))
        val = self.scores(_texts(splits.validation))
        self.threshold, _, self.threshold_note = choose_thresholds(
            _labels(splits.validation), val, config.target_precision, config.medium_recall)
        return self

    def scores(self, texts: Sequence[str]) -> np.ndarray:
        if self.scorer is None:
            raise RuntimeError(f"{self.name} is not fitted")
        return self.scorer.predict_proba(list(texts))[:, 1]


@lru_cache(maxsize=50_000)
def prior_log_odds(text: str) -> float:
    """Sum of the prior weights of the distinct indicators that fired (cached: texts repeat
    across the splits and sources of one evaluation)."""
    # Summed in sorted order: a set's order changes with each process's string-hash seed, and
    # so would the last bits of the sum (and the ties between texts that PR-AUC breaks).
    return float(sum(INDICATORS[i].weight for i in sorted({h.indicator for h in find(text)})))


@dataclass
class IndicatorBaseline:
    """sigmoid(Σ prior weights of the indicators that fired); nothing learnt but the threshold."""

    name: str = "indicators-prior"
    threshold: float = 0.5
    threshold_note: str = ""

    def fit(self, splits: Splits, config: ModelConfig = DEFAULT_CONFIG) -> IndicatorBaseline:
        val = self.scores(_texts(splits.validation))
        self.threshold, _, self.threshold_note = choose_thresholds(
            _labels(splits.validation), val, config.target_precision, config.medium_recall)
        return self

    def scores(self, texts: Sequence[str]) -> np.ndarray:
        return np.array([1.0 / (1.0 + math.exp(-prior_log_odds(t))) for t in texts], dtype=float)


def train_baselines(corpus: pd.DataFrame, config: ModelConfig = DEFAULT_CONFIG,
                    which: Iterable[str] = ("tfidf-logreg", "indicators-prior")) -> list[ScoreModel]:
    """Fit the named baselines on the corpus train/calibration/validation splits."""
    splits = Splits.from_corpus(corpus)
    makers = {"tfidf-logreg": TfidfBaseline, "indicators-prior": IndicatorBaseline}
    unknown = set(which) - set(makers)
    if unknown:
        raise ValueError(f"unknown baseline(s) {sorted(unknown)}; known: {sorted(makers)}")
    return [makers[w]().fit(splits, config) for w in which]
