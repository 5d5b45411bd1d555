"""The vectorised character n-grams are exactly scikit-learn's ``char_wb`` n-grams."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from sklearn.feature_extraction.text import CountVectorizer

from recruitscan.grams import char_grams

TEXTS = ["loker cs kamboja, gaji 15 juta", "a b  cd\tefg\n\nhijklmno", "", "   ", "x",
         "ทำงานกัมพูชา เงินเดือนดี", "在柬埔寨工作 月薪2万", "😀 emoji ok", "i am a cs admin"]
_P, _MIX, _MASK = 0x01000193, 0x9E3779B1, (1 << 32) - 1


def reference_column(gram: str, n_columns: int) -> int:
    """The same polynomial hash, one Python int at a time."""
    h = 1
    for ch in gram:
        h = (h * _P + ord(ch)) & _MASK
    mixed = (h * _MIX) & _MASK
    bits = n_columns.bit_length() - 1
    return mixed >> (32 - bits) if n_columns == 1 << bits else mixed % n_columns


@pytest.mark.parametrize("n_min,n_max", [(3, 3), (4, 4), (3, 5), (4, 6)])
def test_same_ngrams_as_sklearn_char_wb(n_min: int, n_max: int) -> None:
    analyzer = CountVectorizer(analyzer="char_wb", ngram_range=(n_min, n_max),
                               lowercase=False).build_analyzer()
    g = char_grams(TEXTS, n_min, n_max, 2**20)
    for i, text in enumerate(TEXTS):
        expected = Counter(reference_column(s, 2**20) for s in analyzer(text))
        assert Counter(g.col[g.doc == i].tolist()) == expected, text
        assert g.per_doc[i] == sum(expected.values())


def test_each_ngram_comes_from_its_word() -> None:
    analyzer = CountVectorizer(analyzer="char_wb", ngram_range=(3, 5),
                               lowercase=False).build_analyzer()
    g = char_grams(TEXTS, 3, 5, 2**20, words=True)
    w = g.words
    for i, text in enumerate(TEXTS):
        spans = [(int(s), int(e)) for s, e in zip(w.start[w.doc == i], w.end[w.doc == i],
                                                  strict=True)]
        assert spans == [m.span() for m in re.finditer(r"\S+", text)], text
    for k in range(len(w.doc)):  # a word's n-grams are those of the word alone
        word = TEXTS[w.doc[k]][w.start[k]:w.end[k]]
        expected = Counter(reference_column(s, 2**20) for s in analyzer(word))
        assert Counter(g.col[g.word == k].tolist()) == expected, word
        assert set(g.doc[g.word == k].tolist()) <= {w.doc[k]}


@pytest.mark.parametrize("n_columns", [1, 7, 1000, 2**18])
def test_any_number_of_columns(n_columns: int) -> None:
    g = char_grams(TEXTS, 3, 5, n_columns)
    analyzer = CountVectorizer(analyzer="char_wb", ngram_range=(3, 5),
                               lowercase=False).build_analyzer()
    expected = Counter(reference_column(s, n_columns) for t in TEXTS for s in analyzer(t))
    assert Counter(g.col.tolist()) == expected
    assert g.col.min() >= 0 and g.col.max() < n_columns


def test_rejects_a_bad_range() -> None:
    with pytest.raises(ValueError):
        char_grams(["x"], 2, 4, 16)


def test_lone_surrogates_and_control_characters_do_not_raise() -> None:
    texts = ["gaji \ud800 juta", "a\x00b\x1fc", "\udfff"]
    g = char_grams(texts, 3, 5, 2**10, words=True)
    assert len(g.per_doc) == 3 and g.per_doc[0] > 0


def test_each_ngram_knows_the_characters_it_reads() -> None:
    """``start``/``end`` are the n-gram's characters in its text, its padding left out: the
    n-gram is those characters, with the padding space where it starts or ends its word."""
    g = char_grams(TEXTS, 3, 5, 2**20, words=True)
    w = g.words
    for k in range(len(g.col)):
        text, word = TEXTS[g.doc[k]], g.word[k]
        start, end = int(g.start[k]), int(g.end[k])
        assert w.start[word] <= start < end <= w.end[word]
        body = text[start:end]
        candidates = {pre + body + post for pre in ("", " ") if pre == "" or start == w.start[word]
                      for post in ("", " ") if post == "" or end == w.end[word]}
        assert int(g.col[k]) in {reference_column(c, 2**20) for c in candidates}, body
