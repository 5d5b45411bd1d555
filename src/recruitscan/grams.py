"""The words and n-grams the text features are made of, and the column each one falls in.

Shared by training (``RecruitFeatures``, which hashes with scikit-learn's ``HashingVectorizer``)
and scoring (:mod:`recruitscan.linear`, which must not import scikit-learn), so both build the
same grams and put them in the same columns.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import mmh3

from recruitscan.nlp import UNSPACED_RANGES

# The unspaced-script characters that are not alphanumeric (vowel signs, script punctuation):
# the only one-character tokens besides letters and digits that feed the features. A set
# lookup instead of a regex call per symbol token.
_UNSPACED_MARKS = frozenset(
    ch for lo, hi in re.findall(r"(.)-(.)", UNSPACED_RANGES)
    for ch in map(chr, range(ord(lo), ord(hi) + 1)) if not ch.isalnum()
)


def feature_positions(words: Sequence[str]) -> list[int]:
    """Indices of the tokens that feed the n-gram features: punctuation and symbols do not
    (they describe formatting, not content, and would let a model learn layout artefacts)."""
    # Cheapest test first: most tokens are longer than one character.
    return [i for i, w in enumerate(words) if len(w) > 1 or w.isalnum() or w in _UNSPACED_MARKS]


def feature_words(words: Sequence[str]) -> list[str]:
    """The tokens at :func:`feature_positions` (one pass, no index list)."""
    return [w for w in words if len(w) > 1 or w.isalnum() or w in _UNSPACED_MARKS]


def ngrams(words: Sequence[str], n_max: int) -> list[str]:
    """Word n-grams up to ``n_max`` (joined by a space): every unigram, then every bigram, …"""
    grams = list(words)
    if n_max >= 2:  # bigrams by concatenation: no slice and join per gram
        grams.extend([a + " " + b for a, b in zip(words, words[1:], strict=False)])
    for n in range(3, n_max + 1):
        grams.extend(" ".join(words[i : i + n]) for i in range(len(words) - n + 1))
    return grams


def gram_column(gram: str, n_columns: int) -> int:
    """The column ``HashingVectorizer(alternate_sign=False)`` gives ``gram``: murmurhash3_32
    of its UTF-8 bytes (``encode`` raises on a lone surrogate, as scikit-learn does)."""
    return abs(mmh3.hash(gram.encode("utf-8"), 0)) % n_columns
