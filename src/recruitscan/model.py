"""Building, fitting and calibrating the recruitscan model.

The score model is one scikit-learn ``Pipeline`` (``RecruitFeatures`` → ``LogisticRegression``),
fitted by the training recipe (``RecipeClassifier``: augmented copies, sign-constrained fit)
and calibrated with a sigmoid on decisions it did not fit. Two ways (``ModelConfig.calibration``):

- ``"split"``: fit on the train split, then calibrate the frozen model on the calibration split
  (``CalibratedClassifierCV(FrozenEstimator(recipe))``);
- ``"cross_fitted"``: fit on the train and calibration splits together, the sigmoid on their
  out-of-fold decisions in group-aware folds (``CalibratedClassifierCV(recipe, cv=folds,
  ensemble=False)``), so the calibration rows are learnt from as well.

The operating threshold is chosen on a third, validation split for a stated precision target,
in both ways. A second linear model on the same features says which kind of scam a scam is
(``compound_recruitment`` or ``other_job_scam``).
"""

from __future__ import annotations

import logging
import math
import numbers
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
from scipy.special import expit, softmax
from sklearn.base import BaseEstimator, ClassifierMixin, clone
from sklearn.calibration import CalibratedClassifierCV
from sklearn.frozen import FrozenEstimator
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import precision_recall_curve
from sklearn.model_selection import GroupKFold
from sklearn.pipeline import Pipeline
from sklearn.utils.validation import check_is_fitted

from recruitscan.analysis import Analysis
from recruitscan.features import RecruitFeatures, check_text_input, to_analyses
from recruitscan.indicator_features import LATEST_SUMMARIES, SUMMARIES
from recruitscan.indicators.registry import INDICATORS
from recruitscan.types import SCAM_KINDS
from recruitscan.windows import with_windows

if TYPE_CHECKING:
    import pandas as pd

log = logging.getLogger(__name__)

CALIBRATIONS = ("cross_fitted", "split")


def check_calibration(mode: object) -> None:
    """Refuse a way of calibrating that is not one of :data:`CALIBRATIONS`."""
    if mode not in CALIBRATIONS:
        raise ValueError(f"calibration must be one of {', '.join(map(repr, CALIBRATIONS))}, "
                         f"got {mode!r}")


def saved_calibration(config: dict) -> str:
    """The way a saved model's configuration (its manifest's ``config``) was calibrated: models
    saved before 0.17.0 name none, and were fitted on the train split and calibrated on the
    calibration split."""
    return config.get("calibration", "split")


@dataclass(frozen=True)
class ModelConfig:
    n_features: int = 2**18
    char_min: int = 3
    char_max: int = 4
    C: float = 64.0
    category_C: float = 2.0
    target_precision: float = 0.95
    medium_recall: float = 0.98
    use_text: bool = True
    indicator_scale: float = 1.0
    summaries: int = LATEST_SUMMARIES
    signed: bool = True  # indicator weights keep the catalogue's sign (see fit_signed)
    # Share of the fitting rows also fitted behind ordinary text (recruitscan.augment), and
    # how much of it.
    preamble_rate: float = 0.0
    preamble_chars: int = 600
    # Share of the fitting scams also fitted with a line of a legitimate ad's anti-fraud
    # boilerplate (recruitscan.augment.with_disclaimers); the bundled model's 0.25, as every
    # default here is its recipe (models/configs/default.toml says how it was chosen).
    disclaimer_rate: float = 0.25
    # Share of the fitting rows in a language often typed without diacritics (Vietnamese) also
    # fitted so typed (recruitscan.augment.with_unaccented); the bundled model's 1.0.
    unaccented_rate: float = 1.0
    # > 0: a text's log-odds is the highest of the whole text's and its windows' of about this
    # many characters (recruitscan.windows); 0 scores whole texts only.
    window_chars: int = 0
    # > 0: beyond this many n-grams, a text's n-gram block is divided by its n-gram count, not
    # its square root (recruitscan.grams.length_scale); 0: the square root for every text.
    long_text_ngrams: int = 0
    # > 0: a text of fewer n-grams is scaled as if it had this many (length_scale), so that a
    # word or two is not weighed like a whole message; 0: its own count.
    short_text_ngrams: int = 128
    # > 0: a block of hashed word tokens (recruitscan.grams.word_tokens), tf-idf weighted and
    # normalised per text, times this weight, beside the character n-grams; 0: none.
    word_weight: float = 8.0
    word_norm_floor: float = 40.0  # see recruitscan.grams.token_values
    # Every two neighbouring Chinese or Japanese characters are tokens too (word_tokens).
    cjk_bigrams: bool = True
    # A text repeated k times ("hahaha…", "ok ok ok…", a pasted line) gets the features of the
    # text once: n-grams scaled by their L2 norm (grams.repeated_sizes), token floors compared
    # with the tokens' norm once each (grams.token_values).
    repeat_norm: bool = True
    max_iter: int = 3000
    # "cross_fitted" (the calibration split is fitted on too, the sigmoid fitted out of fold) or
    # "split" (fitted on the train split, calibrated on the calibration split): see the module.
    calibration: str = "cross_fitted"

    def __post_init__(self) -> None:
        # Refused here, before any data is read: a wrong type would end in a TypeError deep in
        # fitting, and an out-of-range value would train a model that means something else.
        for name in ("window_chars", "long_text_ngrams", "short_text_ngrams", "preamble_chars"):
            value = getattr(self, name)
            if not _is_whole(value) or value < 0:
                raise ValueError(f"{name} must be a whole number >= 0 (0: off), got {value!r}")
        for name in ("n_features", "max_iter"):
            value = getattr(self, name)
            if not _is_whole(value) or value < 1:
                raise ValueError(f"{name} must be a whole number >= 1, got {value!r}")
        if self.n_features > 2**32:  # hashed columns are uint32
            raise ValueError(f"n_features must be at most 2**32, got {self.n_features!r}")
        for name in ("char_min", "char_max"):
            value = getattr(self, name)
            if not _is_whole(value) or value < 3:
                raise ValueError(f"{name} must be a whole number >= 3, got {value!r}")
        if self.char_min > self.char_max:
            raise ValueError(f"char_min must be at most char_max, got {self.char_min!r} > "
                             f"{self.char_max!r}")
        for name in ("C", "category_C", "indicator_scale"):
            value = getattr(self, name)
            if not _is_real(value) or value <= 0:
                raise ValueError(f"{name} must be a number > 0, got {value!r}")
        for name in ("target_precision", "medium_recall"):
            value = getattr(self, name)
            if not _is_real(value) or not 0.0 < value <= 1.0:
                raise ValueError(f"{name} must be a number in (0, 1], got {value!r}")
        for name in ("word_weight", "word_norm_floor"):
            value = getattr(self, name)
            if not _is_real(value) or value < 0:
                raise ValueError(f"{name} must be a number >= 0, got {value!r}")
        for name in ("preamble_rate", "disclaimer_rate", "unaccented_rate"):
            value = getattr(self, name)
            if not _is_real(value) or not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be in [0, 1], got {value!r}")
        for name in ("use_text", "signed", "cjk_bigrams", "repeat_norm"):
            value = getattr(self, name)
            if not isinstance(value, bool | np.bool_):
                raise ValueError(f"{name} must be true or false, got {value!r}")
        if not _is_whole(self.summaries) or self.summaries not in SUMMARIES:
            raise ValueError(f"summaries must be one of {sorted(SUMMARIES)}, got {self.summaries!r}")
        check_calibration(self.calibration)


def _is_whole(value: object) -> bool:
    # bool is an int to Python, but `true` for a count is a mistake, not 1.
    return isinstance(value, numbers.Integral) and not isinstance(value, bool | np.bool_)


def _is_real(value: object) -> bool:
    """A finite number that is not a bool (TOML reads `nan` and `inf` as floats)."""
    return (isinstance(value, numbers.Real) and not isinstance(value, bool | np.bool_)
            and math.isfinite(value))


@dataclass
class FittedModel:
    scorer: CalibratedClassifierCV  # calibrated P(scam of either kind)
    category: Pipeline | None  # P(compound_recruitment | scam)
    threshold: float
    medium_threshold: float
    threshold_note: str
    config: ModelConfig
    extra: dict = field(default_factory=dict)

    @property
    def pipeline(self) -> Pipeline:
        return scoring_pipeline(self.scorer)[0]


class WindowMax(ClassifierMixin, BaseEstimator):
    """A text classifier whose decision for a text is the highest of its decisions for the
    whole text and for each window of it (:mod:`recruitscan.windows`), class by class.

    ``fit`` fits a clone of ``estimator`` on whole texts: the windows only change scoring. To
    wrap an estimator fitted already (as training does), pass it inside a ``FrozenEstimator``.
    ``recruitscan.linear.LinearModel`` reproduces the decisions from the weights alone.
    """

    def __init__(self, estimator: object = None, window_chars: int = 500) -> None:
        self.estimator = estimator
        self.window_chars = window_chars

    def fit(self, X: Sequence[object], y: np.ndarray) -> WindowMax:
        self.estimator_ = clone(self.estimator).fit(X, y)
        self.classes_ = self.estimator_.classes_
        if hasattr(self.estimator_, "n_features_in_"):
            self.n_features_in_ = self.estimator_.n_features_in_
        return self

    def decision_function(self, X: Sequence[object]) -> np.ndarray:
        check_is_fitted(self)
        X = check_text_input(X)
        if (isinstance(X, np.ndarray) and X.ndim == 2 and hasattr(self, "n_features_in_")
                and X.shape[1] != self.n_features_in_):
            raise ValueError(f"X has {X.shape[1]} features, but WindowMax is expecting "
                             f"{self.n_features_in_} features as input")
        texts = to_analyses(X)
        rows, owner, _ = with_windows(texts, self.window_chars)
        decisions = self.estimator_.decision_function(rows)
        best = np.full((len(texts), *decisions.shape[1:]), -np.inf)
        np.maximum.at(best, np.asarray(owner, dtype=np.intp), decisions)
        return best

    def predict_proba(self, X: Sequence[object]) -> np.ndarray:
        """Uncalibrated: the logistic (binary) or softmax of the pooled decisions."""
        d = self.decision_function(X)
        if d.ndim == 1:
            p = expit(d)
            return np.column_stack([1.0 - p, p])
        return softmax(d, axis=1)

    def predict(self, X: Sequence[object]) -> np.ndarray:
        d = self.decision_function(X)
        return self.classes_[(d > 0).astype(int) if d.ndim == 1 else d.argmax(axis=1)]

    def __sklearn_tags__(self):  # noqa: ANN204 - sklearn's own type
        tags = super().__sklearn_tags__()
        tags.input_tags.string = True
        tags.input_tags.two_d_array = True  # numeric rows are joined into text (RecruitFeatures)
        return tags


def fit_signed(pipe: Pipeline, X: Sequence[Analysis], y: np.ndarray,
               max_rounds: int = 10) -> Pipeline:
    """Fit ``pipe`` so that no indicator's learned weight contradicts the catalogue's sign.

    A red flag (positive prior weight) must not lower the score and a legitimacy signal
    (negative prior) must not raise it, or the reasons would tell a screener that, say, a free
    ticket made an ad look safer. Free fits can do that when indicators overlap (the n-grams
    of "tiket gratis" already carry it). Each round mutes the indicators whose weight has the
    wrong sign (their column is zero, so their weight is zero) and refits: an active-set
    solution of the sign-constrained problem. Informational indicators (prior 0) are free.
    """
    features, clf = pipe.named_steps["features"], pipe.named_steps["clf"]
    muted = set(features.muted)
    # The steps fitted one by one, as pipe.fit does, so that each round reuses the feature
    # matrix: what features learn (the idf) does not depend on `muted`, and a muted
    # indicator's column is the only one that changes (it is left out; the summaries keep it).
    matrix = features.fit_transform(list(X), y)
    clf.fit(matrix, y)
    for _ in range(max_rounds):
        wrong = _wrong_signs(pipe) - muted
        if not wrong:
            break
        muted |= wrong
        pipe.set_params(features__muted=tuple(sorted(muted)))
        names = features._indicator_names()
        columns = [features.n_text_features_ + names.index(f"indicator:{i}") for i in wrong]
        # Dropped in place, the other entries keep their order: the matrix is the one
        # transform would give, to the last bit of every sum.
        matrix.data[np.isin(matrix.indices, columns)] = 0.0
        matrix.eliminate_zeros()
        clf.fit(matrix, y)
    return pipe


def _wrong_signs(pipe: Pipeline) -> set[str]:
    features, clf = pipe.named_steps["features"], pipe.named_steps["clf"]
    coef = clf.coef_[0][features.n_text_features_:]
    wrong = set()
    for name, w in zip(features._indicator_names(), coef, strict=False):
        ind = name.removeprefix("indicator:")
        prior = INDICATORS[ind].weight if ind in INDICATORS and name != ind else 0.0
        if prior * w < 0:
            wrong.add(ind)
    return wrong


def scoring_estimator(pipe: Pipeline, window_chars: int, X: Sequence[Analysis],
                      y: np.ndarray) -> Pipeline | WindowMax:
    """What scores with the fitted ``pipe`` (fitted on ``X``, ``y``): the pipeline itself, or,
    with ``window_chars``, the pipeline scoring whole texts and windows (frozen, not refitted)."""
    if window_chars <= 0:
        return pipe
    return WindowMax(FrozenEstimator(pipe), window_chars).fit(list(X), y)


def build_pipeline(config: ModelConfig, C: float | None = None) -> Pipeline:
    return Pipeline([
        ("features", RecruitFeatures(n_features=config.n_features, char_min=config.char_min,
                                     char_max=config.char_max, use_text=config.use_text,
                                     indicator_scale=config.indicator_scale,
                                     summaries=config.summaries,
                                     long_text_ngrams=config.long_text_ngrams,
                                     short_text_ngrams=config.short_text_ngrams,
                                     word_weight=config.word_weight,
                                     word_norm_floor=config.word_norm_floor,
                                     cjk_bigrams=config.cjk_bigrams,
                                     repeat_norm=config.repeat_norm)),
        ("clf", LogisticRegression(C=config.C if C is None else C, class_weight="balanced",
                                   max_iter=config.max_iter)),
    ])


def choose_thresholds(y: np.ndarray, scores: np.ndarray, target_precision: float,
                      medium_recall: float) -> tuple[float, float, str]:
    """The lowest threshold meeting the precision target, and a lower 'medium' band edge."""
    precision, recall, thresholds = precision_recall_curve(y, scores)
    precision, recall = precision[:-1], recall[:-1]
    ok = np.flatnonzero(precision >= target_precision)
    if ok.size:
        best = ok[np.argmax(recall[ok])]
        threshold = float(thresholds[best])
        note = (f"lowest validation threshold with precision >= {target_precision:.2f} "
                f"(validation precision {precision[best]:.3f}, recall {recall[best]:.3f})")
    else:
        f1 = 2 * precision * recall / np.maximum(precision + recall, 1e-12)
        best = int(np.argmax(f1))
        threshold = float(thresholds[best])
        note = (f"precision target {target_precision:.2f} not reached on validation; "
                f"threshold at best F1 (precision {precision[best]:.3f}, recall {recall[best]:.3f})")
    reach = np.flatnonzero(recall >= medium_recall)
    medium = float(thresholds[reach[-1]]) if reach.size else threshold / 2
    return threshold, min(medium, threshold), note


# The sigmoid is fitted in this many folds (scikit-learn's default, stated): stratified folds of
# the calibration split ("split"), or group-aware folds of the train and calibration splits
# ("cross_fitted"). Each class needs at least this many rows, and "cross_fitted" this many groups.
CALIBRATION_FOLDS = 5


def augmented_training_rows(train: Sequence[Analysis], y: np.ndarray, categories: Sequence[str],
                            config: ModelConfig, counts: dict[str, int] | None = None,
                            ) -> tuple[list[Analysis], np.ndarray, list[str]]:
    """The fitting rows plus their copies behind ordinary text (``config.preamble_rate``),
    their scams' copies with a disclaimer line (``config.disclaimer_rate``) and their copies
    typed without diacritics (``config.unaccented_rate``), all drawn from the fitting rows
    alone. ``counts``, if given, receives how many copies of each kind were made
    (``preamble_copies``, ``disclaimer_copies``, ``unaccented_copies``): none where the rows
    hold no ordinary text to pad with, no legitimate ad's warning line to borrow or no text in
    a language typed without diacritics, whatever the rate."""
    from recruitscan.augment import with_disclaimers, with_preambles, with_unaccented

    n = len(train)
    padded = with_preambles(train, y, categories, config.preamble_rate, config.preamble_chars,
                            seed=0)
    # Disclaimer copies are made of the rows themselves, not of their padded copies.
    disclaimed = with_disclaimers(train, y, categories, config.disclaimer_rate, seed=0)
    unaccented = with_unaccented(train, y, categories, config.unaccented_rate, seed=0)
    if counts is not None:
        counts["preamble_copies"] = len(padded.analyses) - n
        counts["disclaimer_copies"] = len(disclaimed.analyses) - n
        counts["unaccented_copies"] = len(unaccented.analyses) - n
    return (padded.analyses + disclaimed.analyses[n:] + unaccented.analyses[n:],
            np.concatenate([padded.labels, disclaimed.labels[n:], unaccented.labels[n:]]),
            padded.categories + disclaimed.categories[n:] + unaccented.categories[n:])


class RecipeClassifier(ClassifierMixin, BaseEstimator):
    """The training recipe of ``config`` as one estimator, so that scikit-learn can fit it fold
    by fold (``CalibratedClassifierCV``): the rows plus their augmented copies
    (:func:`augmented_training_rows`), the sign-constrained fit (:func:`fit_signed`) and, with
    ``window_chars``, scoring by windows (:func:`scoring_estimator`).

    ``fit`` takes each row's corpus category (``categories``, which the disclaimer copies read);
    without it, scams count as ``compound_recruitment`` and the rest as ``legit_job``.
    """

    def __init__(self, config: ModelConfig | None = None) -> None:
        self.config = config

    def fit(self, X: Sequence[object], y: np.ndarray,
            categories: Sequence[str] | None = None) -> RecipeClassifier:
        if y is None:
            raise ValueError("RecipeClassifier requires y to be passed, but the target y is None")
        config = self.config or ModelConfig()
        X = check_text_input(X)
        if isinstance(X, np.ndarray) and X.ndim == 2:
            self.n_features_in_ = X.shape[1]
        X, y = to_analyses(X), np.asarray(y)
        if categories is None:
            categories = ["compound_recruitment" if v == 1 else "legit_job" for v in y]
        self.copies_: dict[str, int] = {}
        rows, labels, _ = augmented_training_rows(X, y, list(categories), config, self.copies_)
        pipe = build_pipeline(config)
        pipe = fit_signed(pipe, rows, labels) if config.signed else pipe.fit(list(rows), labels)
        self.scoring_ = scoring_estimator(pipe, config.window_chars, rows, labels)
        self.classes_ = self.scoring_.classes_
        return self

    def _texts(self, X: Sequence[object]) -> list[Analysis]:
        check_is_fitted(self, "scoring_")
        X = check_text_input(X)
        if (isinstance(X, np.ndarray) and X.ndim == 2 and hasattr(self, "n_features_in_")
                and X.shape[1] != self.n_features_in_):
            raise ValueError(f"X has {X.shape[1]} features, but RecipeClassifier is expecting "
                             f"{self.n_features_in_} features as input")
        return to_analyses(X)

    def decision_function(self, X: Sequence[object]) -> np.ndarray:
        texts = self._texts(X)  # checks the fit first
        return self.scoring_.decision_function(texts)

    def predict_proba(self, X: Sequence[object]) -> np.ndarray:
        texts = self._texts(X)  # checks the fit first
        return self.scoring_.predict_proba(texts)

    def predict(self, X: Sequence[object]) -> np.ndarray:
        texts = self._texts(X)  # checks the fit first
        return self.scoring_.predict(texts)

    def __sklearn_tags__(self):  # noqa: ANN204 - sklearn's own type
        tags = super().__sklearn_tags__()
        tags.input_tags.string = True
        tags.input_tags.two_d_array = True  # numeric rows are joined into text (RecruitFeatures)
        return tags


def _fitted_estimator(scorer: CalibratedClassifierCV) -> BaseEstimator:
    """The estimator a calibrated scorer calibrates, unfrozen."""
    estimator = scorer.calibrated_classifiers_[0].estimator
    return estimator.estimator if isinstance(estimator, FrozenEstimator) else estimator


def scoring_pipeline(scorer: CalibratedClassifierCV) -> tuple[Pipeline, int]:
    """The fitted pipeline inside a calibrated scorer, and its window size (0: whole texts).

    Reads every layout training has written: ``FrozenEstimator(pipeline)`` and
    ``FrozenEstimator(WindowMax(FrozenEstimator(pipeline)))`` (before 0.17.0), and a
    ``RecipeClassifier``, frozen ("split") or fitted on all rows ("cross_fitted")."""
    scoring = _fitted_estimator(scorer)
    if isinstance(scoring, RecipeClassifier):
        scoring = scoring.scoring_
    if isinstance(scoring, WindowMax):
        return scoring.estimator_.estimator, int(scoring.window_chars)
    return scoring, 0


@dataclass(frozen=True)
class Rows:
    """Analysed rows of one split with their labels, corpus categories and groups."""

    X: list  # analyses (texts, for a baseline)
    y: np.ndarray
    categories: list[str]
    groups: list[str]

    @classmethod
    def of(cls, frame: pd.DataFrame, X: list) -> Rows:
        """``X`` (the texts of ``frame``, or their analyses) with ``frame``'s labels,
        categories and groups; without a ``category`` column the label stands in, and without
        a ``group`` column each row is its own group."""
        categories = frame["category"] if "category" in frame.columns else frame["label"]
        groups = frame["group"] if "group" in frame.columns else frame.index.to_series()
        return cls(X, frame["label"].to_numpy(), categories.astype(str).tolist(),
                   groups.astype(str).tolist())

    def __add__(self, other: Rows) -> Rows:
        return Rows(self.X + other.X, np.concatenate([self.y, other.y]),
                    self.categories + other.categories, self.groups + other.groups)


def group_folds(groups: Sequence[str], n_folds: int = CALIBRATION_FOLDS
                ) -> list[tuple[np.ndarray, np.ndarray]]:
    """``n_folds`` (fit, held-out) index pairs in which no group is on both sides."""
    n_groups = len(set(groups))
    if n_groups < n_folds:
        raise ValueError(f"cross-fitted calibration needs at least {n_folds} groups in the train "
                         f"and calibration splits; they have {n_groups}")
    return list(GroupKFold(n_splits=n_folds).split(np.zeros(len(groups)), groups=groups))


def fit_calibrated(estimator: BaseEstimator, fit_rows: Rows, calibration: Rows, mode: str,
                   n_jobs: int | None = None, **fit_params: str) -> CalibratedClassifierCV:
    """``estimator`` fitted and calibrated with a sigmoid in the way ``mode`` names (see the
    module). ``fit_params`` name the ``Rows`` fields the estimator's ``fit`` also takes, by its
    parameter names (``categories="categories"``); ``n_jobs`` fits the cross-fitted folds in
    that many processes."""
    def params(rows: Rows) -> dict[str, np.ndarray]:
        return {name: np.asarray(getattr(rows, field_), dtype=object)
                for name, field_ in fit_params.items()}

    if mode == "split":
        fitted = estimator.fit(fit_rows.X, fit_rows.y, **params(fit_rows))
        scorer = CalibratedClassifierCV(FrozenEstimator(fitted), method="sigmoid",
                                        cv=CALIBRATION_FOLDS)
        return scorer.fit(calibration.X, calibration.y)
    check_calibration(mode)
    rows = fit_rows + calibration
    scorer = CalibratedClassifierCV(estimator, method="sigmoid", cv=group_folds(rows.groups),
                                    ensemble=False, n_jobs=n_jobs)
    return scorer.fit(rows.X, rows.y, **params(rows))


def learnt_splits(config: ModelConfig) -> tuple[str, ...]:
    """The corpus splits the score model learns from."""
    return ("train", "calibration") if config.calibration == "cross_fitted" else ("train",)


def splits_phrase(splits: Sequence[str]) -> str:
    """"train split" or "train and calibration splits", for messages about those rows."""
    return f"{' and '.join(splits)} split{'s' if len(splits) > 1 else ''}"


def fitted_rows(train: Rows, calibration: Rows, config: ModelConfig) -> Rows:
    """The rows the score model learns from (:func:`learnt_splits`)."""
    return train + calibration if "calibration" in learnt_splits(config) else train


# Cross-fitted folds are fitted in parallel from this many rows; fewer fit faster in one process
# than worker processes start. The folds' results do not depend on it.
PARALLEL_FOLDS_FROM_ROWS = 2000


def _fold_jobs(n_rows: int) -> int:
    return min(CALIBRATION_FOLDS, os.cpu_count() or 1) if n_rows >= PARALLEL_FOLDS_FROM_ROWS else 1


def fit_model(train: Rows, calibration: Rows, validation: Rows,
              config: ModelConfig = ModelConfig()) -> FittedModel:
    """Fit the score model, calibrate it, pick the threshold, fit the category model."""
    scorer = fit_calibrated(RecipeClassifier(config), train, calibration, config.calibration,
                            n_jobs=_fold_jobs(len(train.X) + len(calibration.X)),
                            categories="categories")
    copies = _fitted_estimator(scorer).copies_
    val_scores = scorer.predict_proba(validation.X)[:, 1]
    threshold, medium, note = choose_thresholds(validation.y, val_scores,
                                                config.target_precision, config.medium_recall)
    category = None
    learnt = fitted_rows(train, calibration, config)
    # The same rows and copies the score model learnt from (augmented_training_rows is seeded).
    rows, _, cats = augmented_training_rows(learnt.X, learnt.y, learnt.categories, config)
    scam_idx = [i for i, c in enumerate(cats) if c in SCAM_KINDS]
    if len({cats[i] for i in scam_idx}) == 2:
        # Same fitted features as the score model, so one feature matrix serves both at scoring.
        features = scoring_pipeline(scorer)[0].named_steps["features"]
        clf = LogisticRegression(C=config.category_C, class_weight="balanced",
                                 max_iter=config.max_iter)
        clf.fit(features.transform([rows[i] for i in scam_idx]),
                np.array([int(cats[i] == "compound_recruitment") for i in scam_idx]))
        category = Pipeline([("features", features), ("clf", clf)])
    return FittedModel(scorer, category, threshold, medium, note, config,
                       extra={"augmented_copies": dict(copies)})
