"""scikit-learn transformers that turn texts into features.

``RecruitFeatures`` maps raw texts (or already computed :class:`~recruitscan.analysis.Analysis`
objects) to one sparse matrix: hashed character n-grams of the normalised, de-obfuscated text
(:mod:`recruitscan.grams`), weighted by idf and divided by the square root of the text's
n-gram count (by the count itself beyond ``long_text_ngrams``, :func:`recruitscan.grams.length_scale`),
optionally a block of hashed word tokens weighted as scikit-learn's ``TfidfVectorizer`` weighs
them (:func:`recruitscan.grams.token_values`), then one column per indicator and a few
indicator summaries. Every column has a
name (``get_feature_names_out``), so a linear model's coefficient times the value is a reason.

Why this weighting: term frequency times idf stays linear in the n-gram occurrences, so a
text's score is a plain sum over its n-grams (fast to compute in a batch, and exactly
decomposable into per-word contributions for reasons); dividing by the square root of the
length keeps long and short texts on one scale.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import check_array, check_is_fitted

from recruitscan.analysis import Analysis, analyse
from recruitscan.grams import Tokens, char_grams, length_scale, token_values, word_tokens
from recruitscan.indicator_features import LATEST_SUMMARIES, SUMMARIES, indicator_values
from recruitscan.indicators.registry import INDICATORS

INDICATOR_IDS: tuple[str, ...] = tuple(INDICATORS)


def check_text_input(X: Iterable[object]) -> Iterable[object]:
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


def to_analyses(X: Iterable[object]) -> list[Analysis]:
    if isinstance(X, np.ndarray) and X.ndim == 2:
        X = [" ".join(str(v) for v in row) for row in X]
    return [x if isinstance(x, Analysis) else analyse(x if isinstance(x, str) else str(x)) for x in X]


class RecruitFeatures(TransformerMixin, BaseEstimator):
    """Hashed n-grams plus indicator features.

    Parameters
    ----------
    n_features : int
        Width of the hashed n-gram block.
    char_min, char_max : int
        Shortest and longest character n-gram (words shorter than ``char_min - 2`` count
        whole).
    use_text : bool
        Include the hashed n-gram block (set False for an indicators-only model).
    indicator_scale : float
        Value of an indicator column when the indicator fired: how far the indicators can
        move the score against the n-grams under the same regularisation.
    summaries : int
        Version of the summary columns after the indicators (see
        :data:`recruitscan.indicator_features.SUMMARIES`).
    muted : tuple of str
        Indicator ids whose column stays zero (see ``recruitscan.model.fit_signed``).
    long_text_ngrams : int
        Beyond this many n-grams a text's n-gram block is divided by its n-gram count rather
        than its square root (0: never; :func:`recruitscan.grams.length_scale`).
    short_text_ngrams : int
        A text of fewer n-grams is scaled as if it had this many (0: none;
        :func:`recruitscan.grams.length_scale`).
    word_weight : float
        > 0: add a block of ``n_features`` hashed word tokens (:func:`recruitscan.grams.word_tokens`),
        tf-idf weighted and normalised per text, times this weight (0: no such block).
    word_norm_floor : float
        The least norm a text's token block is divided by (:func:`recruitscan.grams.token_values`).
    repeat_norm : bool
        A text repeated k times gets the features of the text once: the n-gram block is
        scaled by its count vector's L2 norm, with the short-text floor on its distinct
        n-grams (:func:`recruitscan.grams.repeated_sizes`), and the token block's norm floor
        is compared with its tokens' norm once each (:func:`recruitscan.grams.token_values`).
        The same as without when nothing repeats.
    cjk_bigrams : bool
        In the token block, also every two neighbouring Chinese or Japanese characters
        (:func:`recruitscan.grams.word_tokens`).

    Examples
    --------
    >>> f = RecruitFeatures(n_features=2**10).fit(["a text"])
    >>> f.transform(["Loker CS Kamboja, tiket gratis"]).shape[1] == len(f.get_feature_names_out())
    True
    """

    # What features pickled by an earlier version, which lack these attributes, did: their
    # get_params, clone and scoring read these class values instead of failing.
    short_text_ngrams = 0  # 0.5.0
    word_weight = 0.0  # 0.6.0 and before
    word_norm_floor = 20.0
    n_word_features_ = 0
    cjk_bigrams = False  # 0.7.0 and before
    repeat_norm = False  # 0.13.0 and before

    def __init__(self, n_features: int = 2**18, char_min: int = 3, char_max: int = 4,
                 use_text: bool = True, indicator_scale: float = 1.0,
                 summaries: int = LATEST_SUMMARIES, muted: tuple[str, ...] = (),
                 long_text_ngrams: int = 0, short_text_ngrams: int = 0,
                 word_weight: float = 0.0, word_norm_floor: float = 20.0,
                 cjk_bigrams: bool = False, repeat_norm: bool = False) -> None:
        self.n_features = n_features
        self.char_min = char_min
        self.char_max = char_max
        self.use_text = use_text
        self.indicator_scale = indicator_scale
        self.summaries = summaries
        self.muted = muted
        self.long_text_ngrams = long_text_ngrams
        self.short_text_ngrams = short_text_ngrams
        self.word_weight = word_weight
        self.word_norm_floor = word_norm_floor
        self.cjk_bigrams = cjk_bigrams
        self.repeat_norm = repeat_norm

    def fit(self, X: Iterable[object], y: object = None) -> RecruitFeatures:
        self._fit(self._prepare(X, fitting=True))
        return self

    def fit_transform(self, X: Iterable[object], y: object = None, **_: object) -> sp.csr_matrix:
        # Analyse once: fit (document frequencies) and transform share the same analyses.
        analyses = self._prepare(X, fitting=True)
        self._fit(analyses)
        return self._transform(analyses)

    def _prepare(self, X: Iterable[object], fitting: bool = False) -> list[Analysis]:
        X = check_text_input(X)
        if isinstance(X, np.ndarray) and X.ndim == 2:
            if fitting:
                self.n_features_in_ = X.shape[1]
            elif hasattr(self, "n_features_in_") and X.shape[1] != self.n_features_in_:
                raise ValueError(f"X has {X.shape[1]} features, but RecruitFeatures is expecting "
                                 f"{self.n_features_in_} features as input")
        return to_analyses(X)

    def _fit(self, analyses: list[Analysis]) -> None:
        if self.summaries not in SUMMARIES:
            raise ValueError(f"summaries must be one of {sorted(SUMMARIES)}, got {self.summaries!r}")
        self.n_word_features_ = self.n_features if self.use_text and self.word_weight > 0 else 0
        self.n_text_features_ = (self.n_features if self.use_text else 0) + self.n_word_features_
        if self.use_text:
            counts, _ = self._counts(analyses)
            self.idf_ = _idf(counts.indices, len(analyses), self.n_features)
        if self.n_word_features_:
            tokens = self._tokens(analyses)
            cells = np.unique(tokens.doc * np.int64(self.n_features) + tokens.col)
            self.word_idf_ = _idf(cells % self.n_features, len(analyses), self.n_features)

    def _counts(self, analyses: list[Analysis]) -> tuple[sp.csr_matrix, np.ndarray]:
        """n-gram counts per text and column, and each text's n-gram total."""
        g = char_grams([a.folded for a in analyses], self.char_min, self.char_max,
                       self.n_features)
        counts = sp.csr_matrix((np.ones(len(g.col)), (g.doc, g.col)),
                               shape=(len(analyses), self.n_features))
        counts.sum_duplicates()
        return counts, g.per_doc

    def _text_block(self, analyses: list[Analysis]) -> sp.csr_matrix:
        counts, per_doc = self._counts(analyses)
        block = counts.multiply(self.idf_.astype(np.float64)).tocsr()
        repeats = (np.stack([np.asarray(counts.multiply(counts).sum(axis=1)).ravel(),
                             np.diff(counts.indptr).astype(np.float64)])
                   if self.repeat_norm else None)
        return sp.diags(length_scale(per_doc, self.long_text_ngrams, self.short_text_ngrams,
                                     repeats)) @ block

    def _tokens(self, analyses: list[Analysis]) -> Tokens:
        return word_tokens([a.folded for a in analyses], self.n_features,
                           cjk_bigrams=self.cjk_bigrams)

    def _word_block(self, analyses: list[Analysis]) -> sp.csr_matrix:
        doc, col, value, _ = token_values(self._tokens(analyses), len(analyses), self.word_idf_,
                                          self.word_weight, self.word_norm_floor,
                                          self.repeat_norm)
        return sp.csr_matrix((value, (doc, col)), shape=(len(analyses), self.n_features))

    def transform(self, X: Iterable[object]) -> sp.csr_matrix:
        check_is_fitted(self, "n_text_features_")
        return self._transform(self._prepare(X))

    def _transform(self, analyses: list[Analysis]) -> sp.csr_matrix:
        blocks = []
        if self.use_text:
            blocks.append(self._text_block(analyses))
        if self.n_word_features_:
            blocks.append(self._word_block(analyses))
        blocks.append(self._indicator_block(analyses))
        return sp.hstack(blocks, format="csr", dtype=np.float64)

    def _indicator_block(self, analyses: list[Analysis]) -> sp.csr_matrix:
        names = self._indicator_names()
        col = {name: j for j, name in enumerate(names)}
        muted = {f"indicator:{i}" for i in self.muted}
        rows, cols, vals = [], [], []
        for r, a in enumerate(analyses):
            for name, value in indicator_values(a.hits, self.indicator_scale,
                                                self.summaries, a.original).items():
                if name in muted:
                    continue
                rows.append(r)
                cols.append(col[name])
                vals.append(value)
        block = sp.csr_matrix((vals, (rows, cols)), shape=(len(analyses), len(names)))
        block.sort_indices()
        return block

    def _indicator_names(self) -> list[str]:
        return [f"indicator:{i}" for i in INDICATOR_IDS] + list(SUMMARIES[self.summaries])

    def get_feature_names_out(self, input_features: object = None) -> np.ndarray:
        # Built on demand, not stored: 2**18 names would dominate the saved model's size.
        check_is_fitted(self, "n_text_features_")
        n_word = self.n_word_features_
        return np.asarray([f"text:{i}" for i in range(self.n_text_features_ - n_word)]
                          + [f"word:{i}" for i in range(n_word)]
                          + self._indicator_names(), dtype=object)

    def __sklearn_tags__(self):  # noqa: ANN204 - sklearn's own type
        tags = super().__sklearn_tags__()
        tags.input_tags.string = True
        tags.input_tags.two_d_array = True  # numeric rows are joined into text (see to_analyses)
        tags.requires_fit = True
        return tags


def _idf(columns: np.ndarray, n_texts: int, n_columns: int) -> np.ndarray:
    """Smoothed idf (scikit-learn's) of each column, given one entry per text a column is in.
    float32: half the size on disk, and far more precision than the weights need."""
    df = np.bincount(columns, minlength=n_columns)
    return (np.log((1.0 + n_texts) / (1.0 + df)) + 1.0).astype(np.float32)
