"""A fitted model as plain weights: scoring and reasons without scikit-learn.

The trained estimators (``RecruitFeatures`` → ``LogisticRegression``, its sigmoid calibrator and
the category ``LogisticRegression`` on the same features) are all linear in one feature vector.
Scoring therefore needs only their weights, which :class:`LinearModel` holds and saves as
``scorer.npz`` (numeric arrays, read with ``allow_pickle=False``: loading runs no code). It
computes the same features as ``RecruitFeatures`` with dict lookups, so a process that only
scores never imports scikit-learn or scipy (most of a cold start), and the per-text cost is a
few lookups per word instead of sparse-matrix assembly. Tests check it against the estimators.
"""

from __future__ import annotations

import io
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from recruitscan.analysis import Analysis
from recruitscan.errors import ModelError
from recruitscan.grams import feature_words, gram_column, ngrams
from recruitscan.indicators.registry import INDICATORS

SCORER_FILE = "scorer.npz"
SCORER_FORMAT = 1
_CACHE_LIMIT = 1 << 18  # distinct n-grams whose column is remembered (~30 MB at most)
_N_LOG1P = 64
_LOG1P = tuple(math.log1p(i) for i in range(_N_LOG1P))  # most terms occur once or twice


class _ColumnCache(dict):
    """gram → column, filled on first sight: ads repeat most of their words, and a dict hit is
    several times cheaper than hashing. Bounded so a long stream cannot grow it forever."""

    def __init__(self, n_text: int) -> None:
        super().__init__()
        self.n_text = n_text

    def __missing__(self, gram: str) -> int:
        col = gram_column(gram, self.n_text)
        if len(self) < _CACHE_LIMIT:
            self[gram] = col
        return col


@dataclass(frozen=True, slots=True)
class Scored:
    """One text's arithmetic: the score, the category probability and, when asked, the
    contributions to the log-odds that reasons are made from."""

    score: float  # calibrated P(scam of either kind)
    p_compound: float  # P(compound_recruitment | scam); 1.0 without a category model
    indicator_contrib: dict[str, float]  # indicator id → coefficient × value
    text_contrib: list[tuple[float, str, int, int]]  # (contribution, gram, first word, n words)


@dataclass(frozen=True, eq=False)
class LinearModel:
    n_text: int  # width of the hashed n-gram block (0: indicators only)
    ngram_max: int
    idf: bool
    indicator_scale: float
    text_weights: dict[int, tuple[float, float, float]]  # column → (idf, score w, category w)
    unseen_idf: float  # idf of a column no training text had
    indicator_ids: tuple[str, ...]
    indicator_coef: tuple[float, ...]  # per indicator id, then the two summaries
    category_indicator_coef: tuple[float, ...]
    intercept: float
    category_intercept: float
    has_category: bool
    calibration_a: float  # score = 1 / (1 + exp(a · logit + b)), scikit-learn's sigmoid
    calibration_b: float

    def __post_init__(self) -> None:
        object.__setattr__(self, "_columns", _ColumnCache(self.n_text) if self.n_text else {})
        object.__setattr__(self, "_indicator_pos",
                           {ind: j for j, ind in enumerate(self.indicator_ids)})

    def __getstate__(self) -> dict[str, Any]:
        # Sent to every worker process: the weights, not this process's column cache.
        return {k: v for k, v in self.__dict__.items() if k != "_columns"}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        object.__setattr__(self, "_columns", _ColumnCache(self.n_text) if self.n_text else {})

    # -- scoring ----------------------------------------------------------------------------
    def score(self, analysis: Analysis, *, contributions: bool = False) -> Scored:
        logit, cat_logit = self.intercept, self.category_intercept
        text_contrib: list[tuple[float, str, int, int]] = []
        if self.n_text:
            t, c, text_contrib = self._text_part(analysis, contributions)
            logit += t
            cat_logit += c
        values = self._indicator_values(analysis)
        coef, cat_coef = self.indicator_coef, self.category_indicator_coef
        indicator_contrib: dict[str, float] = {}
        n_ind = len(self.indicator_ids)
        for j, v in values.items():
            logit += coef[j] * v
            cat_logit += cat_coef[j] * v
            if contributions and j < n_ind:
                indicator_contrib[self.indicator_ids[j]] = coef[j] * v
        score = _expit(-(self.calibration_a * logit + self.calibration_b))
        p_compound = _expit(cat_logit) if self.has_category else 1.0
        return Scored(min(max(score, 0.0), 1.0), p_compound, indicator_contrib, text_contrib)

    def _text_part(self, analysis: Analysis, contributions: bool
                   ) -> tuple[float, float, list[tuple[float, str, int, int]]]:
        words = feature_words(analysis.words)
        grams = ngrams(words, self.ngram_max)
        cols = list(map(self._columns.__getitem__, grams))
        weights, unseen, use_idf = self.text_weights, self.unseen_idf, self.idf
        score = category = squares = 0.0
        parts: dict[int, float] = {}
        # Collisions within a text add up before the tf weighting, as in scikit-learn.
        for col, tf in Counter(cols).items():
            tfw = (_LOG1P[tf] if tf < _N_LOG1P else math.log1p(tf)) if use_idf else tf
            entry = weights.get(col)
            if entry is None:
                v = tfw * unseen
                squares += v * v
                continue
            v = tfw * entry[0]
            squares += v * v
            score += entry[1] * v
            category += entry[2] * v
            if contributions:
                parts[col] = entry[1] * v
        norm = math.sqrt(squares) or 1.0
        if not contributions:
            return score / norm, category / norm, []
        parts = {col: c / norm for col, c in parts.items()}
        return score / norm, category / norm, _top_grams(grams, cols, parts, len(words))

    def _indicator_values(self, analysis: Analysis) -> dict[int, float]:
        """Column → value of the indicator block, as ``RecruitFeatures._indicator_block``."""
        pos, n_ind = self._indicator_pos, len(self.indicator_ids)
        fired = {h.indicator for h in analysis.hits}
        values = {pos[ind]: self.indicator_scale for ind in fired if ind in pos}
        prior = sum(INDICATORS[i].weight for i in fired if i in INDICATORS)
        if prior:
            values[n_ind] = prior / 5.0
        usd = max((h.salary.usd_per_month_high for h in analysis.hits if h.salary is not None),
                  default=0.0)
        if usd > 0:
            values[n_ind + 1] = math.log10(1.0 + usd) / 4.0
        return values

    # -- building, saving, loading ------------------------------------------------------------
    @classmethod
    def from_estimators(cls, scorer: Any, category: Any | None) -> LinearModel:
        """Read the weights of a fitted ``CalibratedClassifierCV(FrozenEstimator(pipeline))``
        and the optional category ``Pipeline`` on the same features."""
        try:
            calibrated = scorer.calibrated_classifiers_[0]
            pipeline = calibrated.estimator.estimator
            calibrator = calibrated.calibrators[0]
            features, clf = pipeline.named_steps["features"], pipeline.named_steps["clf"]
        except (AttributeError, IndexError, KeyError) as exc:
            raise ModelError(f"unexpected scorer layout ({exc})") from None
        n_text = int(features.n_text_features_)
        coef = np.asarray(clf.coef_[0], dtype=np.float64)
        if category is not None:
            if category.named_steps["features"].get_params() != features.get_params():
                raise ModelError("category model was trained on different features")
            cat_clf = category.named_steps["clf"]
            cat_coef, cat_intercept = np.asarray(cat_clf.coef_[0], np.float64), float(cat_clf.intercept_[0])
        else:
            cat_coef, cat_intercept = np.zeros_like(coef), 0.0
        idf = getattr(features, "idf_", None) if features.idf else None
        n_ind = len(coef) - n_text - 2
        arrays = {
            "format": np.int64(SCORER_FORMAT), "n_text": np.int64(n_text),
            "ngram_max": np.int64(features.ngram_max), "idf": np.bool_(idf is not None),
            "indicator_scale": np.float64(features.indicator_scale),
            "indicator_ids": np.array(tuple(INDICATORS)[:n_ind], dtype=str),
            "coef": coef, "category_coef": cat_coef,
            "intercepts": np.array([clf.intercept_[0], cat_intercept], dtype=np.float64),
            "has_category": np.bool_(category is not None),
            "calibration": np.array([calibrator.a_, calibrator.b_], dtype=np.float64),
        }
        if idf is not None:
            arrays["text_idf"] = np.asarray(idf, dtype=np.float32)
        return cls.from_arrays(arrays)

    @classmethod
    def from_arrays(cls, arrays: Any) -> LinearModel:
        try:
            if int(arrays["format"]) != SCORER_FORMAT:
                raise ModelError(f"{SCORER_FILE} format {int(arrays['format'])} is not "
                                 f"{SCORER_FORMAT}; retrain with `recruitscan train`")
            n_text = int(arrays["n_text"])
            coef = np.asarray(arrays["coef"], dtype=np.float64)
            cat_coef = np.asarray(arrays["category_coef"], dtype=np.float64)
            ids = tuple(str(s) for s in arrays["indicator_ids"])
            use_idf = bool(arrays["idf"])
            idf = np.asarray(arrays["text_idf"], dtype=np.float64) if use_idf else None
            intercept, cat_intercept = (float(v) for v in arrays["intercepts"])
            a, b = (float(v) for v in arrays["calibration"])
            ngram_max, scale = int(arrays["ngram_max"]), float(arrays["indicator_scale"])
            has_category = bool(arrays["has_category"])
        except (KeyError, ValueError, TypeError) as exc:
            raise ModelError(f"{SCORER_FILE} is incomplete or malformed ({exc})") from None
        if coef.shape != cat_coef.shape or len(coef) != n_text + len(ids) + 2 or (
                idf is not None and len(idf) != n_text):
            raise ModelError(f"{SCORER_FILE}: array shapes do not agree")
        # Only columns some training text had carry weight (a column never seen keeps a zero
        # coefficient); every other column only adds ``unseen_idf`` to the norm.
        unseen = float(idf.max()) if idf is not None and n_text else 1.0
        seen = (np.flatnonzero((idf != unseen) | (coef[:n_text] != 0) | (cat_coef[:n_text] != 0))
                if idf is not None else np.flatnonzero((coef[:n_text] != 0) | (cat_coef[:n_text] != 0)))
        idf_seen = idf[seen] if idf is not None else np.ones(len(seen))
        weights = dict(zip(seen.tolist(), zip(idf_seen.tolist(), coef[seen].tolist(),
                                              cat_coef[seen].tolist(), strict=True), strict=True))
        return cls(n_text, ngram_max, use_idf, scale, weights, unseen, ids,
                   tuple(coef[n_text:].tolist()), tuple(cat_coef[n_text:].tolist()),
                   intercept, cat_intercept, has_category, a, b)

    def to_bytes(self) -> bytes:
        """The ``scorer.npz`` content: dense arrays (zeros compress to almost nothing)."""
        coef = np.zeros(self.n_text + len(self.indicator_coef))
        cat = np.zeros_like(coef)
        idf = np.full(self.n_text, self.unseen_idf, dtype=np.float64)
        for col, (i, w, c) in self.text_weights.items():
            idf[col], coef[col], cat[col] = i, w, c
        coef[self.n_text:] = self.indicator_coef
        cat[self.n_text:] = self.category_indicator_coef
        arrays = {
            "format": np.int64(SCORER_FORMAT), "n_text": np.int64(self.n_text),
            "ngram_max": np.int64(self.ngram_max), "idf": np.bool_(self.idf),
            "indicator_scale": np.float64(self.indicator_scale),
            "indicator_ids": np.array(self.indicator_ids, dtype=str),
            "coef": coef, "category_coef": cat,
            "intercepts": np.array([self.intercept, self.category_intercept]),
            "has_category": np.bool_(self.has_category),
            "calibration": np.array([self.calibration_a, self.calibration_b]),
        }
        if self.idf:
            arrays["text_idf"] = idf.astype(np.float32)
        buf = io.BytesIO()
        np.savez_compressed(buf, **arrays)
        return buf.getvalue()

    @classmethod
    def from_bytes(cls, data: bytes) -> LinearModel:
        try:
            with np.load(io.BytesIO(data), allow_pickle=False) as npz:
                arrays = {k: npz[k] for k in npz.files}
        except (ValueError, OSError, EOFError) as exc:
            raise ModelError(f"cannot read {SCORER_FILE}: {exc}") from None
        return cls.from_arrays(arrays)


def _expit(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


def _top_grams(grams: Sequence[str], cols: Sequence[int], parts: dict[int, float],
               n_words: int, top: int = 3) -> list[tuple[float, str, int, int]]:
    """The ``top`` largest positive text contributions, each with the first gram that fell in
    its column and where that gram starts among the ``n_words`` feature words, and its length."""
    wanted = sorted(((c, col) for col, c in parts.items() if c > 0), reverse=True)[:top]
    want = {col: c for c, col in wanted}
    out: dict[int, tuple[float, str, int, int]] = {}
    for k, col in enumerate(cols):
        if len(out) == len(want):
            break
        if col in want and col not in out:
            start, n = _gram_position(k, n_words)
            out[col] = (want[col], grams[k], start, n)
    return sorted(out.values(), key=lambda t: -t[0])


def _gram_position(k: int, n_words: int) -> tuple[int, int]:
    """Start word and length of gram ``k`` of ``ngrams(words, …)``, which lists every unigram,
    then every bigram, and so on."""
    n, offset = 1, 0
    while k >= offset + n_words - n + 1:
        offset += n_words - n + 1
        n += 1
    return k - offset, n
