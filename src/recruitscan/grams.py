"""Hashed character n-grams and word tokens of a batch of texts, computed with numpy array
operations.

The text features are the character n-grams of each whitespace-separated word, padded with one
space on each side (scikit-learn's ``char_wb`` analyser), hashed into a fixed number of
columns. Character n-grams work the same for every script, spaced or not (Thai, Khmer, Chinese
need no word segmenter) and survive the inflection and spelling variants of ads
("berangkat"/"keberangkatan"). Instead of building a Python string per n-gram, a whole batch
is encoded once as an array of code points, and every window of ``n`` characters is hashed
with a polynomial over that array: the cost per text is a handful of vector operations.

The word tokens (:func:`word_tokens`) are scikit-learn's default tokens (two or more word
characters) of the spaced scripts: whole words and numbers, cut at punctuation ("gaji:15jt" is
"gaji" and "15jt"), which the n-grams of whitespace-separated words see only in pieces. Text in
scripts written without spaces has no such words. With ``cjk_bigrams``, every two neighbouring
Chinese or Japanese characters are a token too (as Lucene's CJK analyser and Elasticsearch's
``cjk_bigram`` make them): most Chinese words are one or two characters, so the bigrams
"招聘", "客服", "高薪" are its words, which 3- and 4-grams of a whole unspaced clause blur.
Thai, Lao, Khmer and Burmese are left to the n-grams: their characters include vowel signs and
tone marks, and in cross-validation bigrams of every unspaced script did worse than those of
Chinese and Japanese alone (PR-AUC 0.9861 against 0.9875; Thai 0.993 against 0.996).

Shared by training (``RecruitFeatures``) and scoring (:mod:`recruitscan.linear`), so both put
every n-gram and token in the same column.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from recruitscan.segments import CJK_RANGES, UNSPACED_CLASS

# 32-bit arithmetic (wrapping): half the memory traffic of 64-bit, and 2**32 hash values are
# plenty for 2**18 columns.
_PRIME = np.uint32(0x01000193)  # FNV-1 32-bit prime: multiplies the running hash
_MIX = np.uint32(0x9E3779B1)  # Fibonacci hashing: spreads the hash into the top bits
# Code points that separate words besides the ASCII controls and space (NFKC already turned
# most Unicode spaces into " ").
_EXTRA_SPACES = np.array([0x85, 0xA0, 0x1680, *range(0x2000, 0x200B), 0x2028, 0x2029, 0x202F,
                          0x205F, 0x3000], dtype=np.uint32)


@dataclass(frozen=True, slots=True)
class Words:
    """The whitespace-separated words of a batch, numbered across the batch in text order."""

    doc: np.ndarray  # int64: the text each word is in
    start: np.ndarray  # int64: its offsets in that text
    end: np.ndarray


@dataclass(frozen=True, slots=True)
class CharGrams:
    """The n-grams of a batch: one entry per n-gram occurrence."""

    doc: np.ndarray  # int32: index of the text it comes from
    col: np.ndarray  # uint32: hashed column
    per_doc: np.ndarray  # int64: number of n-grams of each text
    word: np.ndarray | None = None  # int64: the word (in ``words``) it was cut from, if asked
    words: Words | None = None
    # int64, with ``word``: the characters of its text it reads (padding left out), start and end
    start: np.ndarray | None = None
    end: np.ndarray | None = None


def char_grams(texts: Sequence[str], n_min: int, n_max: int, n_columns: int, *,
               words: bool = False) -> CharGrams:
    """Every padded-word n-gram with ``n_min <= n <= n_max`` of every text, and each word
    shorter than ``n_min - 2`` whole (with its padding), hashed into ``n_columns`` columns.
    ``words=True`` also says which word each n-gram was cut from and which characters of its
    text it reads (only reasons need it)."""
    if not 3 <= n_min <= n_max:
        raise ValueError(f"need 3 <= n_min <= n_max, got {n_min}, {n_max}")
    # One string for the batch: texts separated by a space, with a space before the first and
    # after the last, so every word of every text is padded and no window spans two texts
    # without a space inside it (such windows are dropped, as windows across words are).
    joined = " " + " ".join(texts) + " "
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    # surrogatepass: a lone surrogate (invalid, but possible in a Python str) is a code point
    # like any other here, never an exception in the middle of a batch.
    codes = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    space = (codes <= 32) | np.isin(codes, _EXTRA_SPACES)
    values = np.where(space, np.uint32(32), codes)  # any space pads as " "
    # The text each position belongs to; the space before a text belongs to that text, as do
    # the windows that start on it.
    owner = np.repeat(np.arange(len(texts) + 1, dtype=np.int32), np.append(lengths + 1, 1))
    size = len(codes)
    docs, cols, firsts, lasts = [], [], [], []

    def emit(keep: np.ndarray, h: np.ndarray, n: int) -> None:
        cols.append(_column(h[keep], n_columns))
        docs.append(owner[: len(keep)][keep])
        if words:
            at = np.flatnonzero(keep)
            firsts.append(at + space[at])  # the window's first non-space character
            lasts.append(at + n - 1 - space[at + n - 1])  # and its last

    # h(i) is the polynomial hash of the window of n characters starting at i; one more
    # character extends every window at once: h_{n+1}(i) = h_n(i) * P + c(i + n).
    h = values + _PRIME  # n = 1, from the seed 1
    interior = np.zeros(size, dtype=bool)  # a space strictly inside the window
    for n in range(2, n_max + 1):
        m = size - n + 1
        if m <= 0:
            break
        h = h[:m] * _PRIME + values[n - 1 : n - 1 + m]
        if n >= 3:
            interior = interior[:m] | space[n - 2 : n - 2 + m]
            if n >= n_min:
                emit(~interior, h, n)
            else:  # a word whose padded length n is below n_min counts whole
                emit(~interior & space[:m] & space[n - 1 : n - 1 + m], h, n)
    per_doc = np.zeros(len(texts), dtype=np.int64)
    if not cols:
        empty = np.zeros(0, dtype=np.int64)
        if not words:
            return CharGrams(empty, empty, per_doc)
        return CharGrams(empty, empty, per_doc, empty, _words(space, owner, lengths), empty, empty)
    doc = np.concatenate(docs)
    per_doc += np.bincount(doc, minlength=len(texts))
    if not words:
        return CharGrams(doc, np.concatenate(cols), per_doc)
    # Number the words across the batch: a word starts where a space is followed by a
    # non-space character.
    word_of = np.cumsum(np.append(False, space[:-1] & ~space[1:])) - 1
    first, last = np.concatenate(firsts), np.concatenate(lasts)
    offset = _text_offsets(lengths)[doc]
    return CharGrams(doc, np.concatenate(cols), per_doc, word_of[first],
                     _words(space, owner, lengths), first - offset, last + 1 - offset)


@dataclass(frozen=True, slots=True)
class Tokens:
    """The word tokens of a batch: one entry per occurrence."""

    doc: np.ndarray  # int64: index of the text it comes from
    col: np.ndarray  # uint32: hashed column
    # int64, if asked: its characters in that text
    start: np.ndarray | None = None
    end: np.ndarray | None = None


# A token character: a word character of no script written without spaces. A token is two or
# more of them; as the regex is greedy, its matches are exactly the maximal runs of two or more.
_TOKEN_CHAR = f"[^\\W{UNSPACED_CLASS}]"
_TOKEN_RE = re.compile(f"{_TOKEN_CHAR}{{2,}}")
_TOKEN_CHAR_RE = re.compile(_TOKEN_CHAR)
# What each code point is, found by _TOKEN_CHAR_RE the first time a batch holds it (so tokens
# agree with _TOKEN_RE whatever Unicode tables this Python has): 0 not met yet, 1 not a token
# character, 2 a token character, 3 a Chinese or Japanese character (never a token character:
# UNSPACED_CLASS holds them). 1.1 MB of zeros, of which only the pages written take memory.
_CHAR_KIND = np.zeros(0x110000, dtype=np.uint8)
_OTHER, _TOKEN, _CJK = 1, 2, 3


def word_tokens(texts: Sequence[str], n_columns: int, *, positions: bool = False,
                cjk_bigrams: bool = False) -> Tokens:
    """Every token of every text (every match of ``_TOKEN_RE``, and with ``cjk_bigrams``
    every two neighbouring characters of ``CJK_RANGES``), in the order they start, hashed into
    ``n_columns`` columns (a token by the CRC-32 of its UTF-8 bytes, a bigram by the polynomial
    hash of :func:`char_grams`: the same column in every process, unlike ``hash``).
    ``positions=True`` also says which characters each token reads (only reasons need it)."""
    # The runs are found on the batch's code points with numpy and the tokens sliced out of the
    # batch string: a regex pass per text (and a match object per token) costs several times
    # more. Texts are joined by spaces, which are no token characters: no run spans two texts.
    joined = " " + " ".join(texts) + " "
    codes = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    # Last character before each change; the batch begins and ends with a space, so runs
    # start at every other change and end at the next.
    kind = _char_kinds(codes)
    edges = np.flatnonzero(np.diff((kind == _TOKEN).view(np.int8))) + 1
    start, end = edges[::2], edges[1::2]
    keep = end - start >= 2
    start, end = start[keep], end[keep]
    found = [joined[s:e] for s, e in zip(start.tolist(), end.tolist(), strict=True)]
    # Each distinct token of the batch is hashed once.
    distinct = {t: zlib.crc32(t.encode("utf-8", "surrogatepass")) for t in set(found)}
    h = np.fromiter(map(distinct.__getitem__, found), dtype=np.uint32, count=len(found))
    if cjk_bigrams:
        cjk = kind == _CJK
        pairs = np.flatnonzero(cjk[:-1] & cjk[1:])
        if len(pairs):
            # Hashed on the arrays, as char_grams hashes a window of two characters: a Chinese
            # ad has a thousand bigrams, too many for a Python string and CRC each.
            pair_h = (codes[pairs] + _PRIME) * _PRIME + codes[pairs + 1]
            # No CJK character is a token character, so no bigram starts where a token does.
            start, end = np.concatenate([start, pairs]), np.concatenate([end, pairs + 2])
            order = np.argsort(start, kind="stable")
            start, end, h = start[order], end[order], np.concatenate([h, pair_h])[order]
    # The last text that begins at or before the token (an empty text begins on the space
    # after it, where no token begins).
    offset = _text_offsets(np.fromiter(map(len, texts), dtype=np.int64, count=len(texts)))
    doc = np.searchsorted(offset, start, side="right").astype(np.int64) - 1
    if not positions:
        return Tokens(doc, _column(h, n_columns))
    return Tokens(doc, _column(h, n_columns), start - offset[doc], end - offset[doc])


def _char_kinds(codes: np.ndarray) -> np.ndarray:
    """What each code point is (``_OTHER``, ``_TOKEN`` or ``_CJK``)."""
    kind = _CHAR_KIND[codes]
    if not kind.all():  # code points never met: each asked of the regex once, then kept
        new = np.unique(codes[kind == 0])
        listed = "".join(map(chr, new.tolist()))
        found = np.full(len(new), _OTHER, dtype=np.uint8)
        found[[m.start() for m in _TOKEN_CHAR_RE.finditer(listed)]] = _TOKEN
        for lo, hi in CJK_RANGES:
            found[(new >= lo) & (new <= hi)] = _CJK
        _CHAR_KIND[new] = found  # threads racing here write the same values
        kind = _CHAR_KIND[codes]
    return kind


def token_values(tokens: Tokens, n_texts: int, idf: np.ndarray, weight: float,
                 norm_floor: float, repeat_norm: bool = False
                 ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The token block of each text as scikit-learn's ``TfidfVectorizer(sublinear_tf=True)``
    computes it (``1 + log(count)`` times idf, divided by the row's Euclidean norm), times
    ``weight``: (text, column, value) of every non-zero cell, and for each token occurrence
    the index of its cell. A norm below ``norm_floor`` counts as ``norm_floor``: a text of a
    few tokens (a Chinese ad's "wechat" and "5000", a two-word chat) would otherwise give each
    of them the weight of a whole text's words."""
    key = tokens.doc * np.int64(len(idf)) + tokens.col
    cells, cell_of, count = np.unique(key, return_inverse=True, return_counts=True)
    doc, col = cells // len(idf), (cells % len(idf)).astype(np.int64)
    tfidf = (1.0 + np.log(count)) * idf[col].astype(np.float64)
    norm = np.sqrt(np.bincount(doc, weights=tfidf * tfidf, minlength=n_texts))
    floor = max(norm_floor, 1e-12)
    if repeat_norm:
        # The floor is compared with the norm the text's tokens have once each, so that a text
        # repeated k times, whose norm is 1 + log(k) times that, keeps its values.
        once = np.sqrt(np.bincount(doc, weights=idf[col].astype(np.float64) ** 2,
                                   minlength=n_texts))
        divisor = norm * np.maximum(1.0, floor / np.maximum(once, 1e-12))
    else:
        divisor = np.maximum(norm, floor)
    value = weight * tfidf / divisor[doc]
    return doc, col, value, cell_of


def length_scale(per_doc: np.ndarray, long_text_ngrams: int = 0,
                 short_text_ngrams: int = 0, repeats: np.ndarray | None = None) -> np.ndarray:
    """What each text's n-gram sums are multiplied by: one over the square root of its n-gram
    count, so that short and long texts share one scale; with ``long_text_ngrams`` > 0, one
    over the count itself (times the square root of ``long_text_ngrams``, so both agree there)
    beyond that many n-grams, so that a long text's ordinary wording no longer outweighs a
    lure in a few of its lines while its red flags keep their weight. A text of fewer than
    ``short_text_ngrams`` n-grams counts as that many: a word or two ("you", "see you") holds
    too little to be scaled up to a whole message's weight.

    With ``repeats`` (:func:`repeated_sizes`), a text counts as its squared count norm q, and
    the floor applies to its distinct columns d: q · max(1, short_text_ngrams / d). A text
    repeated k times has k times its counts and k² times q, with the same d, so its scale is
    1 / k times the text's once and its features are the same. For the same reason the long-text
    rule reads the count c (times that floor factor f), not q: a text is long when c² f / q,
    which k copies share, exceeds ``long_text_ngrams``, and is then scaled by
    √long_text_ngrams / (c f), 1 / k times the text's once. Without a repeated column both are
    the count, as without ``repeats``."""
    counted = np.asarray(per_doc, dtype=np.float64)
    if repeats is not None:
        q, d = repeats
        floor = np.maximum(1.0, float(short_text_ngrams) / np.maximum(d, 1.0))
        counted = counted * floor
        per_doc = q * floor
    n = np.maximum(np.asarray(per_doc, dtype=np.float64), max(1.0, float(short_text_ngrams)))
    scale = 1.0 / np.sqrt(n)
    if long_text_ngrams > 0:
        # k copies share c² f / q; n (k² times q) would make a repeated text long and shrink it.
        size, divisor = (n, n) if repeats is None else (counted * counted / n, counted)
        long = size > long_text_ngrams
        scale[long] = np.sqrt(long_text_ngrams) / divisor[long]
    return scale


def repeated_sizes(doc: np.ndarray, col: np.ndarray, n_texts: int) -> np.ndarray:
    """Per text, the n-gram count that :func:`length_scale` reads so that a text repeated k
    times ("hahaha…", "ok ok ok…", a pasted line) scales to the features of the text once: the
    squared L2 norm of its count vector, q, times ``short_text_ngrams / d`` where its d distinct
    columns are fewer than that floor (``length_scale`` applies the factor; see there). Without
    a repeated column q is the n-gram count itself, so nothing changes; with one, the square
    root of the count gave the repeated n-gram the square root of its repeats in weight.
    Returns (q, d) stacked as a 2 × n_texts array."""
    if not len(doc):
        return np.zeros((2, n_texts), dtype=np.float64)
    n_columns = int(col.max()) + 1
    if n_texts * n_columns <= 2**32:
        # One 32-bit key per (text, column): sorting them takes about two thirds of the time of
        # 64-bit keys. Batches with window rows can be too large for that; they take 64 bits.
        width = np.uint32(n_columns)
        cells, repeats = np.unique(doc.astype(np.uint32) * width + col.astype(np.uint32),
                                   return_counts=True)
        owner = (cells // width).astype(np.int64)
    else:
        cells, repeats = np.unique((doc.astype(np.int64) << np.int64(32))
                                   | col.astype(np.int64), return_counts=True)
        owner = cells >> np.int64(32)
    return np.stack([np.bincount(owner, weights=repeats.astype(np.float64) ** 2,
                                 minlength=n_texts),
                     np.bincount(owner, minlength=n_texts).astype(np.float64)])


def _text_offsets(lengths: np.ndarray) -> np.ndarray:
    """Where each text begins in the joined batch."""
    return np.cumsum(lengths + 1) - lengths


def _words(space: np.ndarray, owner: np.ndarray, lengths: np.ndarray) -> Words:
    edges = np.flatnonzero(np.diff(space.astype(np.int8)))  # last char before each change
    start, end = edges[::2] + 1, edges[1::2] + 1  # the batch begins and ends with a space
    doc = owner[start].astype(np.int64)
    offset = _text_offsets(lengths)[doc]
    return Words(doc, start - offset, end - offset)


def _column(h: np.ndarray, n_columns: int) -> np.ndarray:
    """Columns as uint32 (numpy indexes and counts with them directly)."""
    mixed = h * _MIX
    bits = n_columns.bit_length() - 1
    if n_columns == 1 << bits:  # a power of two: the top bits, no division
        return mixed >> np.uint32(32 - bits) if bits else np.zeros(len(h), np.uint32)
    return mixed % np.uint32(n_columns)
