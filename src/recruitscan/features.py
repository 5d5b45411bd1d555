"""scikit-learn transformers that turn texts into features.

``RecruitFeatures`` maps raw texts (or already computed :class:`~recruitscan.analysis.Analysis`
objects) to one sparse matrix: hashed word n-grams of the normalised, de-obfuscated tokens
(character n-grams for unspaced scripts, whose tokens are single characters), then one column
per indicator and a few indicator summaries. Every column has a name
(``get_feature_names_out``), so a linear model's coefficient times the value is a reason.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.utils.validation import check_array, check_is_fitted

from recruitscan.analysis import Analysis, analyse
from recruitscan.grams import feature_words, ngrams
from recruitscan.indicators.registry import INDICATORS

INDICATOR_IDS: tuple[str, ...] = tuple(INDICATORS)
SUMMARY_NAMES: tuple[str, ...] = ("summary:prior_score", "summary:salary_log_usd")


def _check_input(X: Iterable[object]) -> Iterable[object]:
    """Texts pass through untouched; array-likes become arrays, and a 2-D array is validated
    like any scikit-learn input (no empty, NaN, infinite or complex data) before its rows are
    joined into texts. A sparse matrix has no text to read, so it is refused."""
    if sp.issparse(X):
        raise TypeError("RecruitFeatures needs texts (or a dense 2-D array), not a sparse matrix")
    if not isinstance(X, np.ndarray | list | tuple) and hasattr(X, "__array__"):
        X = np.asarray(X)
    if isinstance(X, np.ndarray) and X.ndim == 2:
        X = check_array(X, dtype=None, ensure_all_finite=True)
    return X


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
    idf : bool
        Weight n-gram counts by their inverse document frequency in the training texts
        (with sublinear term frequency), as TF-IDF does, before the l2 normalisation.

    Examples
    --------
    >>> f = RecruitFeatures(n_features=2**10).fit(["a text"])
    >>> f.transform(["Loker CS Kamboja, tiket gratis"]).shape[1] == len(f.get_feature_names_out())
    True
    """

    # Models saved before ``idf`` existed carry no such attribute: they were built without it.
    idf: bool = False

    def __init__(self, n_features: int = 2**18, ngram_max: int = 2, use_text: bool = True,
                 indicator_scale: float = 1.0, idf: bool = False) -> None:
        self.n_features = n_features
        self.ngram_max = ngram_max
        self.use_text = use_text
        self.indicator_scale = indicator_scale
        self.idf = idf

    def fit(self, X: Iterable[object], y: object = None) -> RecruitFeatures:
        self._fit(self._prepare(X, fitting=True))
        return self

    def fit_transform(self, X: Iterable[object], y: object = None, **_: object) -> sp.csr_matrix:
        # Analyse once: fit (document frequencies) and transform share the same analyses.
        analyses = self._prepare(X, fitting=True)
        self._fit(analyses)
        return self._transform(analyses)

    def _prepare(self, X: Iterable[object], fitting: bool = False) -> list[Analysis]:
        X = _check_input(X)
        if isinstance(X, np.ndarray) and X.ndim == 2:
            if fitting:
                self.n_features_in_ = X.shape[1]
            elif hasattr(self, "n_features_in_") and X.shape[1] != self.n_features_in_:
                raise ValueError(f"X has {X.shape[1]} features, but RecruitFeatures is expecting "
                                 f"{self.n_features_in_} features as input")
        return _to_analyses(X)

    def _fit(self, analyses: list[Analysis]) -> None:
        self.n_text_features_ = self.n_features if self.use_text else 0
        if self.use_text and self.idf:
            counts = self._hasher().transform(analyses)
            df = np.bincount(counts.indices, minlength=self.n_features)
            n = len(analyses)
            # float32: half the size on disk, and far more precision than the weights need.
            self.idf_ = (np.log((1.0 + n) / (1.0 + df)) + 1.0).astype(np.float32)

    def _hasher(self) -> HashingVectorizer:
        return HashingVectorizer(
            analyzer=lambda a: ngrams(feature_words(a.words), self.ngram_max),
            n_features=self.n_features,
            alternate_sign=False,
            norm=None if self.idf else "l2",
        )

    def _text_block(self, analyses: list[Analysis]) -> sp.csr_matrix:
        block = self._hasher().transform(analyses)
        if self.idf:
            block = block.tocsr()
            block.data = np.log1p(block.data) * self.idf_[block.indices]
            norms = np.sqrt(np.asarray(block.multiply(block).sum(axis=1)).ravel())
            norms[norms == 0] = 1.0
            block = sp.diags(1.0 / norms) @ block
        return block

    def transform(self, X: Iterable[object]) -> sp.csr_matrix:
        check_is_fitted(self, "n_text_features_")
        return self._transform(self._prepare(X))

    def _transform(self, analyses: list[Analysis]) -> sp.csr_matrix:
        blocks = []
        if self.use_text:
            blocks.append(self._text_block(analyses))
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
        tags.input_tags.two_d_array = True  # numeric rows are joined into text (see _to_analyses)
        tags.requires_fit = True
        return tags
