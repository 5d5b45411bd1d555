"""A fitted model as plain weights: scoring and reasons without scikit-learn.

The trained estimators (``RecruitFeatures`` → ``LogisticRegression``, its sigmoid calibrator and
the category ``LogisticRegression`` on the same features) are all linear in one feature vector.
Scoring therefore needs only their weights, which :class:`LinearModel` holds and saves as
``scorer.npz`` (numeric arrays, read with ``allow_pickle=False``: loading runs no code). A batch
is scored with a few numpy operations over all its n-grams at once (no sparse matrix), and a
process that only scores never imports scikit-learn or scipy, which is most of a cold start.
Tests check the scores against the estimators.
"""

from __future__ import annotations

import io
import math
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from recruitscan.analysis import Analysis
from recruitscan.errors import ModelError
from recruitscan.grams import (
    Words,
    char_grams,
    length_scale,
    repeated_sizes,
    token_values,
    word_tokens,
)
from recruitscan.indicator_features import SUMMARIES, indicator_values, summary_shares
from recruitscan.segments import has_unspaced, may_be_cut, reason_pieces
from recruitscan.windows import with_windows

SCORER_FILE = "scorer.npz"
# 3 adds ``long_text_ngrams``: a reader of format 2 would ignore it and score long texts wrongly,
# so it refuses format 3; format 2 files are still read (as long_text_ngrams = 0). 4 adds
# ``short_text_ngrams`` in the same way (formats 2 and 3 are read with it 0), and 5 the word-token
# block (earlier formats are read without one), 6 the Chinese and Japanese character bigrams in
# that block (earlier formats are read without them), 7 ``repeat_norm`` (earlier formats are read
# without it).
SCORER_FORMAT = 7
READABLE_FORMATS = (2, 3, 4, 5, 6, 7)
TOP_WORDS = 3  # text reasons per text: the words that raised the score most
# Texts per vectorised scoring call: the n-gram arrays of 64 ads of ~1 KB stay in the CPU
# caches; 512 at once cost 13-22% more CPU per ad and page-faulted on fresh memory each call.
SCORE_ROWS = 64
_INDICATOR = "indicator:"
# Far above any useful weight or norm floor, far below what overflows the token arithmetic.
MAX_WORD_WEIGHT = 1e6


@dataclass(frozen=True, slots=True)
class Scored:
    """One text's arithmetic: the score, the category probability and, when asked, the
    contributions to the log-odds that reasons are made from."""

    score: float  # calibrated P(scam of either kind)
    # P(compound_recruitment | scam); 1.0 without a category model; None when not computed
    # (a score below ``category_from``).
    p_compound: float | None
    # indicator id → its whole effect on the log-odds: its column's coefficient × value plus
    # its share of the summary columns it feeds.
    indicator_contrib: dict[str, float]
    # The words whose n-grams and tokens raised the log-odds most: (contribution, word, start,
    # end), the span in ``analysis.normalised.text``.
    text_contrib: list[tuple[float, str, int, int]]
    # The window of the folded text whose log-odds gave the score (models with
    # ``window_chars``, :mod:`recruitscan.windows`); None when the whole text gave it.
    window: tuple[int, int] | None = None


@dataclass(frozen=True, eq=False)
class LinearModel:
    n_text: int  # width of the hashed n-gram block (0: indicators only)
    char_min: int
    char_max: int
    indicator_scale: float
    text_idf: np.ndarray  # float32, per column
    coef: np.ndarray  # float64: text columns, then ``block_names``
    category_coef: np.ndarray
    block_names: tuple[str, ...]  # the columns after the text block: indicators, summaries
    summaries: int  # the summary set's version (recruitscan.indicator_features.SUMMARIES)
    intercept: float
    category_intercept: float
    has_category: bool
    calibration_a: float  # score = 1 / (1 + exp(a · logit + b)), scikit-learn's sigmoid
    calibration_b: float
    window_chars: int = 0  # > 0: the highest log-odds of the text and its windows counts
    long_text_ngrams: int = 0  # > 0: see recruitscan.grams.length_scale
    short_text_ngrams: int = 0  # > 0: likewise
    # > 0: the n-gram block is followed by ``len(word_idf)`` columns of word tokens
    # (recruitscan.grams.token_values), times this weight.
    word_weight: float = 0.0
    word_norm_floor: float = 0.0
    word_idf: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.float32))
    # The token block also holds every two neighbouring Chinese or Japanese characters.
    cjk_bigrams: bool = False
    # A text repeated gets the features of the text once (recruitscan.grams.repeated_sizes).
    repeat_norm: bool = False

    @property
    def n_word(self) -> int:
        return len(self.word_idf) if self.word_weight > 0 else 0

    def __post_init__(self) -> None:
        idf = self.text_idf.astype(np.float64)
        # idf × coefficient per column: an n-gram occurrence adds this to the log-odds (before
        # the length scaling), so a text's text part is one bincount over its n-grams.
        object.__setattr__(self, "_text_w", idf * self.coef[: self.n_text])
        object.__setattr__(self, "_text_wc", idf * self.category_coef[: self.n_text])
        words = slice(self.n_text, self.n_text + self.n_word)
        object.__setattr__(self, "_word_w", self.coef[words])
        object.__setattr__(self, "_word_wc", self.category_coef[words])
        first = self.n_text + self.n_word
        object.__setattr__(self, "_block", {n: (float(self.coef[first + j]),
                                                float(self.category_coef[first + j]))
                                            for j, n in enumerate(self.block_names)})

    def __getstate__(self) -> dict[str, Any]:
        # Sent to every worker process: the weights, not the tables derived from them.
        return {k: v for k, v in self.__dict__.items() if not k.startswith("_")}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self.__post_init__()

    # -- scoring ----------------------------------------------------------------------------
    def score(self, analysis: Analysis, *, contributions: bool = False) -> Scored:
        return self.score_batch([analysis], contributions=contributions)[0]

    def score_batch(self, analyses: Sequence[Analysis], *, contributions: bool = False,
                    category_from: float = 0.0) -> list[Scored]:
        """Score a batch. ``p_compound`` is computed for texts scoring at least
        ``category_from`` (below it the category is "legit" anyway: see
        ``recruitscan.detector.most_probable_category``) and is ``None`` for the others."""
        return [scored for lo in range(0, len(analyses), SCORE_ROWS)
                for scored in self._score_block(analyses[lo:lo + SCORE_ROWS],
                                                contributions, category_from)]

    def _score_block(self, analyses: Sequence[Analysis], contributions: bool,
                     category_from: float) -> list[Scored]:
        n = len(analyses)
        rows, owner, spans = with_windows(analyses, self.window_chars)
        m = len(rows)
        text, cat_text = np.zeros(m), np.zeros(m)
        grams, scale, tokens = None, np.ones(m), None
        if self.n_text and m:
            folded = [a.folded for a in rows]
            grams = char_grams(folded, self.char_min, self.char_max, self.n_text,
                               words=contributions)
            repeats = (repeated_sizes(grams.doc, grams.col, m) if self.repeat_norm else None)
            scale = length_scale(grams.per_doc, self.long_text_ngrams, self.short_text_ngrams,
                                 repeats)
            text = np.bincount(grams.doc, weights=self._text_w[grams.col], minlength=m) * scale
            if self.n_word:
                tokens = word_tokens(folded, self.n_word, positions=contributions,
                                     cjk_bigrams=self.cjk_bigrams)
                t_doc, t_col, t_value, t_cell = token_values(
                    tokens, m, self.word_idf, self.word_weight, self.word_norm_floor,
                    self.repeat_norm)
                text += np.bincount(t_doc, weights=t_value * self._word_w[t_col], minlength=m)
        values = [self._block_values(a) for a in rows]
        logits = [self.intercept + t + sum(w[0] * v for _, w, v in vs)
                  for t, vs in zip(text.tolist(), values, strict=True)]
        best = list(range(n))  # the row giving each text's score: itself unless a window beats it
        for r in range(n, m):
            if logits[r] > logits[best[owner[r]]]:
                best[owner[r]] = r
        scores = [min(max(_expit(-(self.calibration_a * logits[r] + self.calibration_b)), 0.0),
                      1.0) for r in best]
        p_compound: list[float | None] = [None] * n
        wanted = [i for i, sc in enumerate(scores) if sc >= category_from]
        if wanted and not self.has_category:
            for i in wanted:
                p_compound[i] = 1.0
        elif wanted:  # the kind of scam is read from the whole text
            if grams is not None:
                cat_text = (np.bincount(grams.doc, weights=self._text_wc[grams.col], minlength=m)
                            * scale)
            if tokens is not None:
                cat_text += np.bincount(t_doc, weights=t_value * self._word_wc[t_col],
                                        minlength=m)
            for i in wanted:
                p_compound[i] = _expit(self.category_intercept + float(cat_text[i])
                                       + sum(w[1] * v for _, w, v in values[i]))
        words: list[list[tuple[float, str, int, int]]] = [[] for _ in range(m)]
        if contributions and grams is not None:
            # Every n-gram and token occurrence: its word, the characters it reads, and what it
            # adds to the log-odds.
            word, start, end = grams.word, grams.start, grams.end
            effect = self._text_w[grams.col] * scale[grams.doc]
            if tokens is not None:
                # A cell's value is shared by the occurrences of its tokens in the text.
                per_cell = t_value * self._word_w[t_col] / np.bincount(t_cell)
                word = np.concatenate([word, _word_of(grams.words, tokens.doc, tokens.start)])
                start = np.concatenate([start, tokens.start])
                end = np.concatenate([end, tokens.end])
                effect = np.concatenate([effect, per_cell[t_cell]])
            words = _word_contributions(rows, grams.words, word, start, end, effect)
        out = []
        for i, r in enumerate(best):
            shift = spans[r][0] if spans[r] else 0  # window offsets -> the whole folded text
            out.append(Scored(scores[i], p_compound[i],
                              _indicator_effects(rows[r], values[r]) if contributions else {},
                              [(c, w, s + shift, e + shift) for c, w, s, e in words[r]],
                              spans[r]))
        return out

    def _block_values(self, analysis: Analysis) -> list[tuple[str, tuple[float, float], float]]:
        """(column name, score and category weights, value) of each indicator and summary
        column that is set."""
        block = self._block
        # An indicator added to the registry after this model was trained has no weight.
        values = indicator_values(analysis.hits, self.indicator_scale, self.summaries,
                                  analysis.original)
        return [(name, block[name], v) for name, v in values.items() if name in block]

    # -- building, saving, loading ------------------------------------------------------------
    @classmethod
    def from_estimators(cls, scorer: Any, category: Any | None) -> LinearModel:
        """Read the weights of a fitted ``CalibratedClassifierCV(FrozenEstimator(pipeline))``
        and the optional category ``Pipeline`` on the same features."""
        from recruitscan.model import scoring_pipeline

        try:
            pipeline, window_chars = scoring_pipeline(scorer)
            calibrator = scorer.calibrated_classifiers_[0].calibrators[0]
            features, clf = pipeline.named_steps["features"], pipeline.named_steps["clf"]
            char_min, char_max = features.char_min, features.char_max
            n_word = int(features.n_word_features_)
        except (AttributeError, IndexError, KeyError) as exc:
            raise ModelError(f"unexpected estimator layout ({exc}); models saved by recruitscan "
                             "0.1 (word n-grams) must be retrained with `recruitscan train`") from None
        n_text = int(features.n_text_features_) - n_word
        coef = np.asarray(clf.coef_[0], dtype=np.float64)
        if category is not None:
            if category.named_steps["features"].get_params() != features.get_params():
                raise ModelError("category model was trained on different features")
            cat_clf = category.named_steps["clf"]
            cat_coef = np.asarray(cat_clf.coef_[0], dtype=np.float64)
            cat_intercept = float(cat_clf.intercept_[0])
        else:
            cat_coef, cat_intercept = np.zeros_like(coef), 0.0
        idf = features.idf_ if n_text else np.zeros(0, dtype=np.float32)
        return cls(n_text, char_min, char_max, float(features.indicator_scale),
                   np.asarray(idf, dtype=np.float32), coef, cat_coef,
                   tuple(features._indicator_names()), int(features.summaries),
                   float(clf.intercept_[0]), cat_intercept, category is not None,
                   float(calibrator.a_), float(calibrator.b_), window_chars,
                   int(features.long_text_ngrams),
                   int(features.short_text_ngrams),
                   float(features.word_weight) if n_word else 0.0,
                   float(features.word_norm_floor) if n_word else 0.0,
                   np.asarray(features.word_idf_ if n_word else np.zeros(0), dtype=np.float32),
                   bool(features.cjk_bigrams) and n_word > 0,
                   bool(features.repeat_norm))

    def to_bytes(self) -> bytes:
        """The ``scorer.npz`` content."""
        arrays = {
            "format": np.int64(SCORER_FORMAT), "n_text": np.int64(self.n_text),
            "char_range": np.array([self.char_min, self.char_max], dtype=np.int64),
            "indicator_scale": np.float64(self.indicator_scale),
            "text_idf": self.text_idf, "coef": self.coef, "category_coef": self.category_coef,
            "block_names": np.array(self.block_names, dtype=str),
            "summaries": np.int64(self.summaries),
            "intercepts": np.array([self.intercept, self.category_intercept]),
            "has_category": np.bool_(self.has_category),
            "calibration": np.array([self.calibration_a, self.calibration_b]),
            "window_chars": np.int64(self.window_chars),
            "long_text_ngrams": np.int64(self.long_text_ngrams),
            "short_text_ngrams": np.int64(self.short_text_ngrams),
            "word_block": np.array([self.word_weight, self.word_norm_floor]),
            "word_idf": self.word_idf,
            "cjk_bigrams": np.bool_(self.cjk_bigrams),
            "repeat_norm": np.bool_(self.repeat_norm),
        }
        return _npz_bytes(arrays)

    @classmethod
    def from_bytes(cls, data: bytes) -> LinearModel:
        try:
            with np.load(io.BytesIO(data), allow_pickle=False) as npz:
                arrays = {k: npz[k] for k in npz.files}
        except (ValueError, OSError, EOFError) as exc:
            raise ModelError(f"cannot read {SCORER_FILE}: {exc}") from None
        try:
            if int(arrays["format"]) not in READABLE_FORMATS:
                raise ModelError(f"{SCORER_FILE} format {int(arrays['format'])} is not one of "
                                 f"{READABLE_FORMATS}; retrain with `recruitscan train`, or "
                                 "upgrade recruitscan to read a newer model")
            n_text = int(arrays["n_text"])
            char_min, char_max = (int(v) for v in arrays["char_range"])
            idf = np.asarray(arrays["text_idf"], dtype=np.float32)
            coef = np.asarray(arrays["coef"], dtype=np.float64)
            cat_coef = np.asarray(arrays["category_coef"], dtype=np.float64)
            names = tuple(str(s) for s in arrays["block_names"])
            summaries = int(arrays["summaries"])
            intercept, cat_intercept = (float(v) for v in arrays["intercepts"])
            a, b = (float(v) for v in arrays["calibration"])
            scale, has_category = float(arrays["indicator_scale"]), bool(arrays["has_category"])
            # Absent from models saved before windows existed: they score whole texts only.
            window_chars = int(arrays["window_chars"]) if "window_chars" in arrays else 0
            # Format 2 predates it: the square root for every text.
            long_text = int(arrays["long_text_ngrams"]) if "long_text_ngrams" in arrays else 0
            short_text = int(arrays["short_text_ngrams"]) if "short_text_ngrams" in arrays else 0
            # Formats 2 to 4 predate it: no word-token block.
            word_weight, word_floor = ((float(v) for v in arrays["word_block"])
                                       if "word_block" in arrays else (0.0, 0.0))
            word_idf = np.asarray(arrays.get("word_idf", np.zeros(0)), dtype=np.float32)
            # Formats 2 to 5 predate them.
            cjk_bigrams = bool(arrays["cjk_bigrams"]) if "cjk_bigrams" in arrays else False
            repeat_norm = bool(arrays["repeat_norm"]) if "repeat_norm" in arrays else False
        except (KeyError, ValueError, TypeError) as exc:
            raise ModelError(f"{SCORER_FILE} is incomplete or malformed ({exc})") from None
        if idf.ndim != 1 or word_idf.ndim != 1:
            raise ModelError(f"{SCORER_FILE}: array shapes do not agree")
        n_word = len(word_idf) if word_weight > 0 else 0
        if (coef.ndim != 1 or coef.shape != cat_coef.shape or idf.shape != (n_text,)
                or len(coef) != n_text + n_word + len(names) or (n_word and not n_text)):
            # Training writes a word-token block only beside an n-gram block.
            raise ModelError(f"{SCORER_FILE}: array shapes do not agree")
        # A NaN or infinite weight would score every text NaN, which no threshold flags; a
        # smoothed idf is at least 1.
        if not (np.isfinite(coef).all() and np.isfinite(cat_coef).all()
                and all(math.isfinite(v) for v in (intercept, cat_intercept, a, b, scale))
                and (idf >= 1).all() and np.isfinite(idf).all()
                and (word_idf >= 1).all() and np.isfinite(word_idf).all()):
            raise ModelError(f"{SCORER_FILE}: weights that are not finite, or an idf below 1")
        if summaries not in SUMMARIES:
            raise ModelError(f"{SCORER_FILE}: unknown summary set {summaries}; upgrade recruitscan")
        if n_text and not 3 <= char_min <= char_max:
            raise ModelError(f"{SCORER_FILE}: invalid n-gram range {char_min}–{char_max}")
        if window_chars < 0:
            raise ModelError(f"{SCORER_FILE}: invalid window size {window_chars}")
        if not (0 <= word_weight <= MAX_WORD_WEIGHT and 0 <= word_floor <= MAX_WORD_WEIGHT):
            raise ModelError(f"{SCORER_FILE}: invalid word-token weight or floor "
                             f"{word_weight}, {word_floor}")
        if cjk_bigrams and not n_word:
            raise ModelError(f"{SCORER_FILE}: character bigrams without a word-token block")
        if long_text < 0 or short_text < 0:
            raise ModelError(f"{SCORER_FILE}: invalid text-length n-gram counts "
                             f"{long_text}, {short_text}")
        return cls(n_text, char_min, char_max, scale, idf, coef, cat_coef, names, summaries,
                   intercept, cat_intercept, has_category, a, b, window_chars, long_text,
                   short_text, word_weight, word_floor, word_idf, cjk_bigrams, repeat_norm)


def _indicator_effects(analysis: Analysis,
                       values: list[tuple[str, tuple[float, float], float]]) -> dict[str, float]:
    """Each fired indicator's whole contribution to the log-odds: its own column plus its
    share of every summary column it feeds (``summary_shares``). The effects of all
    indicators add up to the indicator block's part of the log-odds exactly."""
    shares = summary_shares(analysis.hits, analysis.original)
    effects: dict[str, float] = {}
    for name, (w, _), v in values:
        if name.startswith(_INDICATOR):
            ind = name[len(_INDICATOR):]
            effects[ind] = effects.get(ind, 0.0) + w * v
        else:
            for ind, share in shares.get(name, {}).items():
                effects[ind] = effects.get(ind, 0.0) + w * v * share
    return effects


def _npz_bytes(arrays: dict[str, np.ndarray]) -> bytes:
    """A compressed ``.npz`` whose bytes depend only on the arrays (``np.savez_compressed``
    stamps each member with the current time), so retraining reproduces the file and its hash."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, array in arrays.items():
            member = io.BytesIO()
            np.lib.format.write_array(member, np.asanyarray(array), allow_pickle=False)
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, member.getvalue())
    return buf.getvalue()


def _expit(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


def _word_of(words: Words, doc: np.ndarray, start: np.ndarray) -> np.ndarray:
    """The word (numbered across the batch) that holds each character ``start`` of text ``doc``:
    a token never spans a space, so it lies inside one word."""
    span = int(max(words.end.max(initial=0), start.max(initial=0))) + 1
    return np.searchsorted(words.doc * span + words.start, doc * span + start, side="right") - 1


def _word_contributions(analyses: Sequence[Analysis], words: Words, occ_word: np.ndarray,
                        occ_start: np.ndarray, occ_end: np.ndarray,
                        effect: np.ndarray) -> list[list[tuple[float, str, int, int]]]:
    """Per text, the ``TOP_WORDS`` words (or pieces of a long unspaced word,
    :func:`recruitscan.segments.reason_pieces`) whose n-grams and tokens added most to the
    log-odds.

    ``occ_*`` and ``effect`` describe every n-gram and token occurrence: its word, the characters
    it reads and what it adds to the log-odds (an n-gram ``idf × coefficient × scale``, with
    ``scale`` the text's :func:`~recruitscan.grams.length_scale`). Summed over one word, that is
    the word's exact share of the text part of the score. A piece sums the occurrences that
    start in it and quotes every character they read.
    """
    per_word = np.bincount(occ_word, weights=effect, minlength=len(words.doc))
    bounds = np.searchsorted(words.doc, np.arange(len(analyses) + 1))
    by_word = None  # the n-grams of each word, sorted once if a word is cut into pieces
    out: list[list[tuple[float, str, int, int]]] = []
    for i, a in enumerate(analyses):
        lo, hi = bounds[i], bounds[i + 1]
        cut = (may_be_cut(a.folded, words.start[lo:hi], words.end[lo:hi])
               if has_unspaced(a.folded) else np.zeros(hi - lo, dtype=bool))
        whole = np.flatnonzero(~cut) + lo  # words that are their own single piece
        top = whole[np.argsort(-per_word[whole], kind="stable")[:TOP_WORDS]]
        units: list[tuple[float, int, int]] = [  # (contribution, start, end)
            (float(per_word[j]), int(words.start[j]), int(words.end[j])) for j in top]
        for j in np.flatnonzero(cut) + lo:
            start, end = int(words.start[j]), int(words.end[j])
            pieces = reason_pieces(a.folded, start, end)
            if len(pieces) == 1:
                units.append((float(per_word[j]), start, end))
                continue
            if by_word is None:
                order = np.argsort(occ_word, kind="stable")
                by_word = (order, np.searchsorted(occ_word[order], np.arange(len(words.doc) + 1)))
            mine = by_word[0][by_word[1][j]:by_word[1][j + 1]]
            piece = np.searchsorted([s for s, _ in pieces], occ_start[mine], side="right") - 1
            sums = np.bincount(piece, weights=effect[mine], minlength=len(pieces))
            reach = np.zeros(len(pieces), dtype=np.int64)
            np.maximum.at(reach, piece, occ_end[mine])
            units += [(float(c), s, max(int(r), e)) for c, (s, e), r in
                      zip(sums, pieces, reach, strict=True)]
        top = sorted(range(len(units)), key=lambda k: -units[k][0])[:TOP_WORDS]
        out.append([(units[k][0], a.folded[units[k][1]:units[k][2]], units[k][1], units[k][2])
                    for k in top if units[k][0] > 0])
    return out
