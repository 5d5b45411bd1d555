"""scikit-learn transformers that turn texts into features.

``RecruitFeatures`` maps raw texts (or already computed :class:`~recruitscan.analysis.Analysis`
objects) to one sparse matrix: hashed word n-grams of the normalised, de-obfuscated tokens
(character n-grams for unspaced scripts, whose tokens are single characters), then one column
per indicator and a few indicator summaries. Every column has a name
(``get_feature_names_out``), so a linear model's coefficient times the value is a reason.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.utils import murmurhash3_32
from sklearn.utils.validation import check_is_fitted

from recruitscan.analysis import Analysis, analyse
from recruitscan.indicators.registry import INDICATORS
from recruitscan.nlp import UNSPACED_RANGES

_UNSPACED_CHAR = re.compile(f"[{UNSPACED_RANGES}]")

INDICATOR_IDS: tuple[str, ...] = tuple(INDICATORS)
SUMMARY_NAMES: tuple[str, ...] = ("summary:prior_score", "summary:salary_log_usd")


def feature_positions(words: Sequence[str]) -> list[int]:
    """Indices of the tokens that feed the n-gram features: punctuation and symbols do not
    (they describe formatting, not content, and would let a model learn layout artefacts)."""
    return [i for i, w in enumerate(words) if w.isalnum() or len(w) > 1 or _is_unspaced(w)]


def _is_unspaced(ch: str) -> bool:
    return bool(_UNSPACED_CHAR.match(ch))


def feature_words(words: Sequence[str]) -> list[str]:
    return [words[i] for i in feature_positions(words)]


def ngrams(words: Sequence[str], n_max: int) -> list[str]:
    """Word n-grams up to ``n_max`` (joined by a space), as HashingVectorizer would build them."""
    grams = list(words)
    for n in range(2, n_max + 1):
        grams.extend(" ".join(words[i : i + n]) for i in range(len(words) - n + 1))
    return grams


def hash_index(gram: str, n_features: int) -> int:
    """The column HashingVectorizer puts ``gram`` in (``alternate_sign=False``)."""
    return abs(murmurhash3_32(gram, seed=0)) % n_features


def _to_analyses(X: Iterable[object]) -> list[Analysis]:
    if isinstance(X, np.ndarray) and X.ndim == 2:
        X = [" ".join(str(v) for v in row) for row in X]
    return [x if isinstance(x, Analysis) else analyse(x if isinstance(x, str) else str(x)) for x in X]


class RecruitFeatures(TransformerMixin, BaseEstimator):
    """Hashed n-grams plus indicator features.

    Parameters
    ----------
    n_features : int
        Width of the hashed n-gram block.
    ngram_max : int
        Longest word n-gram (character n-gram for unspaced scripts).
    use_text : bool
        Include the hashed n-gram block (set False for an indicators-only model).
    indicator_scale : float
        Value of an indicator column when the indicator fired (scales against the
        l2-normalised n-gram block).

    Examples
    --------
    >>> f = RecruitFeatures(n_features=2**10).fit(["a text"])
    >>> f.transform(["Loker CS Kamboja, tiket gratis"]).shape[1] == len(f.get_feature_names_out())
    True
    """

    def __init__(self, n_features: int = 2**18, ngram_max: int = 2, use_text: bool = True,
                 indicator_scale: float = 1.0) -> None:
        self.n_features = n_features
        self.ngram_max = ngram_max
        self.use_text = use_text
        self.indicator_scale = indicator_scale

    def fit(self, X: Iterable[object], y: object = None) -> RecruitFeatures:
        if isinstance(X, np.ndarray) and X.ndim == 2:
            self.n_features_in_ = X.shape[1]
        self.n_text_features_ = self.n_features if self.use_text else 0
        return self

    def _hasher(self) -> HashingVectorizer:
        return HashingVectorizer(
            analyzer=lambda a: ngrams(feature_words(a.words), self.ngram_max),
            n_features=self.n_features,
            alternate_sign=False,
            norm="l2",
        )

    def transform(self, X: Iterable[object]) -> sp.csr_matrix:
        check_is_fitted(self, "n_text_features_")
        if isinstance(X, np.ndarray) and X.ndim == 2 and hasattr(self, "n_features_in_"):
            if X.shape[1] != self.n_features_in_:
                raise ValueError(f"X has {X.shape[1]} features, but RecruitFeatures is expecting "
                                 f"{self.n_features_in_} features as input")
        analyses = _to_analyses(X)
        blocks = []
        if self.use_text:
            blocks.append(self._hasher().transform(analyses))
        blocks.append(self._indicator_block(analyses))
        return sp.hstack(blocks, format="csr", dtype=np.float64)

    def _indicator_block(self, analyses: list[Analysis]) -> sp.csr_matrix:
        col = {ind: j for j, ind in enumerate(INDICATOR_IDS)}
        n_ind = len(INDICATOR_IDS)
        rows, cols, vals = [], [], []
        for r, a in enumerate(analyses):
            fired = {h.indicator for h in a.hits}
            for ind in fired:
                rows.append(r)
                cols.append(col[ind])
                vals.append(self.indicator_scale)
            prior = sum(INDICATORS[i].weight for i in fired)
            if prior:
                rows.append(r)
                cols.append(n_ind)
                vals.append(prior / 5.0)
            usd = max((h.salary.usd_per_month_high for h in a.hits if h.salary is not None), default=0.0)
            if usd > 0:
                rows.append(r)
                cols.append(n_ind + 1)
                vals.append(math.log10(1.0 + usd) / 4.0)
        return sp.csr_matrix((vals, (rows, cols)), shape=(len(analyses), n_ind + len(SUMMARY_NAMES)))

    def get_feature_names_out(self, input_features: object = None) -> np.ndarray:
        # Built on demand, not stored: 2**18 names would dominate the saved model's size.
        check_is_fitted(self, "n_text_features_")
        return np.asarray([f"text:{i}" for i in range(self.n_text_features_)]
                          + [f"indicator:{i}" for i in INDICATOR_IDS] + list(SUMMARY_NAMES),
                          dtype=object)

    def __sklearn_tags__(self):  # noqa: ANN204 - sklearn's own type
        tags = super().__sklearn_tags__()
        tags.input_tags.string = True
        tags.input_tags.two_d_array = False
        tags.requires_fit = True
        return tags
