"""The vectorised character n-grams are exactly scikit-learn's ``char_wb`` n-grams; the word tokens
and their weights are its default tokens under ``TfidfVectorizer(sublinear_tf=True)``."""

from __future__ import annotations

import itertools
import random
import re
import zlib
from collections import Counter
from collections.abc import Sequence

import numpy as np
import pytest
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

from recruitscan.grams import (
    Tokens,
    char_grams,
    length_scale,
    repeated_sizes,
    token_values,
    word_tokens,
)
from recruitscan.segments import CJK_RANGES, has_unspaced

TEXTS = ["loker cs kamboja, gaji 15 juta", "a b  cd\tefg\n\nhijklmno", "", "   ", "x",
         "ทำงานกัมพูชา เงินเดือนดี", "在柬埔寨工作 月薪2万", "😀 emoji ok", "i am a cs admin"]
_P, _MIX, _MASK = 0x01000193, 0x9E3779B1, (1 << 32) - 1


def reference_column(gram: str, n_columns: int) -> int:
    """The same polynomial hash, one Python int at a time."""
    h = 1
    for ch in gram:
        h = (h * _P + ord(ch)) & _MASK
    return _mix(h, n_columns)


def _mix(h: int, n_columns: int) -> int:
    mixed = (h * _MIX) & _MASK
    bits = n_columns.bit_length() - 1
    return mixed >> (32 - bits) if n_columns == 1 << bits else mixed % n_columns


def _is_cjk(ch: str) -> bool:
    return any(lo <= ord(ch) <= hi for lo, hi in CJK_RANGES)


def reference_tokens(text: str, n_columns: int,
                     cjk_bigrams: bool = False) -> list[tuple[int, int, int]]:
    """(column, start, end) of each word token, found one character at a time: runs of two or
    more word characters, cut at characters of scripts written without spaces, and with
    ``cjk_bigrams`` every two neighbouring Chinese or Japanese characters (hashed as a
    two-character n-gram); in the order they start."""
    out, run = [], []
    for k, ch in enumerate(text + " "):
        if cjk_bigrams and k + 1 < len(text) and _is_cjk(ch) and _is_cjk(text[k + 1]):
            out.append((reference_column(text[k:k + 2], n_columns), k, k + 2))
        if re.fullmatch(r"\w", ch) and not has_unspaced(ch):
            run.append(k)
            continue
        if len(run) >= 2:
            token = text[run[0]:run[-1] + 1]
            out.append((_mix(zlib.crc32(token.encode()), n_columns), run[0], run[-1] + 1))
        run = []
    return sorted(out, key=lambda t: t[1])


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


@pytest.mark.parametrize("n_columns", [2**4, 2**18])
def test_repeated_sizes_are_squared_count_norms_and_distinct_columns(n_columns: int) -> None:
    texts = ["ha" * 400, "ok " * 300, "Loker CS Kamboja, tiket gratis", "", "a b", "日本語のテキスト"]
    g = char_grams(texts, 3, 4, n_columns)
    q, d = repeated_sizes(g.doc, g.col, len(texts))
    for i in range(len(texts)):
        per_column = Counter(g.col[g.doc == i].tolist())
        assert q[i] == sum(c * c for c in per_column.values())
        assert d[i] == len(per_column)
    # Spread over a batch too large for 32-bit keys (with 2**18 columns), the same sizes.
    spread = 2**15
    wide = repeated_sizes(g.doc * spread, g.col, len(texts) * spread)
    assert np.array_equal(wide[:, ::spread], np.stack([q, d]))
    # Nothing repeated: the n-gram count itself, and the same scale as without.
    g = char_grams(["abc defg"], 3, 4, 2**18)
    repeats = repeated_sizes(g.doc, g.col, 1)
    assert repeats[0][0] == repeats[1][0] == g.per_doc[0]
    for short in (0, 4, 128):
        for long in (0, 4, 400):  # "abc defg" is long beyond 4 n-grams
            assert (length_scale(g.per_doc, long, short, repeats)
                    == pytest.approx(length_scale(g.per_doc, long, short), rel=1e-12))


@pytest.mark.parametrize("long", [0, 40, 400])
@pytest.mark.parametrize("short", [0, 128])
def test_a_text_repeated_scales_to_the_text_once(short: int, long: int) -> None:
    """k copies have k times the counts: their scale is 1 / k times the text's once, on either
    side of the short-text floor and of the long-text count."""
    for text in ("siap kak", "Loker CS Kamboja, tiket gratis, gaji 15jt " * 5):
        for k in (2, 7, 100):
            batch = [text, " ".join([text] * k)]
            g = char_grams(batch, 3, 4, 2**18)
            scale = length_scale(g.per_doc, long, short, repeated_sizes(g.doc, g.col, 2))
            assert scale[1] * k == pytest.approx(scale[0], rel=1e-12)


def test_a_text_repeated_has_the_token_values_of_the_text_once() -> None:
    rng = np.random.default_rng(0)
    idf = 1 + rng.random(2**10)
    for text in ("siap kak", "nanti aja ke kantor ya kak, tiketnya sudah aku kirim"):
        batch = [text, " ".join([text] * 50)]
        tokens = word_tokens(batch, 2**10)
        doc, col, value, _ = token_values(tokens, 2, idf, 8.0, 40.0, repeat_norm=True)
        once = dict(zip(col[doc == 0].tolist(), value[doc == 0].tolist(), strict=True))
        again = dict(zip(col[doc == 1].tolist(), value[doc == 1].tolist(), strict=True))
        assert once.keys() == again.keys()
        for c in once:
            assert again[c] == pytest.approx(once[c], rel=1e-12)
        # Without it, the floor lets the repeats weigh more.
        doc, col, value, _ = token_values(tokens, 2, idf, 8.0, 40.0)
        assert value[doc == 1].sum() > value[doc == 0].sum() * 2


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


TOKEN_TEXTS = [*TEXTS, "gaji:15jt,kerja di 公司ABC公司 ok", "ไทยtest ab_c a1 ü ün", "wa wa WA wa.wa"]


def test_word_tokens_are_runs_of_word_characters_outside_unspaced_scripts() -> None:
    t = word_tokens(TOKEN_TEXTS, 2**20, positions=True)
    plain = word_tokens(TOKEN_TEXTS, 2**20)
    assert plain.doc.tolist() == t.doc.tolist() and plain.col.tolist() == t.col.tolist()
    for i, text in enumerate(TOKEN_TEXTS):
        got = list(zip(t.col[t.doc == i].tolist(), t.start[t.doc == i].tolist(),
                       t.end[t.doc == i].tolist(), strict=True))
        assert got == reference_tokens(text, 2**20), text
    words = [TOKEN_TEXTS[-3][s:e] for s, e in zip(t.start[t.doc == len(TEXTS)],
                                                  t.end[t.doc == len(TEXTS)], strict=True)]
    assert words == ["gaji", "15jt", "kerja", "di", "ABC", "ok"]


def test_cjk_bigrams_are_every_two_neighbouring_chinese_or_japanese_characters() -> None:
    texts = ["招聘客服 高薪, wechat 5000", "在柬埔寨工作ok月薪 ミャンマー", "ทำงาน 招"]
    t = word_tokens(texts, 2**20, positions=True, cjk_bigrams=True)
    found = [[texts[i][s:e] for s, e in zip(t.start[t.doc == i], t.end[t.doc == i], strict=True)]
             for i in range(len(texts))]
    assert found == [["招聘", "聘客", "客服", "高薪", "wechat", "5000"],
                     ["在柬", "柬埔", "埔寨", "寨工", "工作", "ok", "月薪", "ミャ", "ャン", "ンマ", "マー"],
                     []]  # Thai is left to the n-grams, and one character is no bigram
    plain = word_tokens(texts, 2**20, positions=True)
    assert [texts[0][s:e] for s, e in zip(plain.start[plain.doc == 0], plain.end[plain.doc == 0],
                                          strict=True)] == ["wechat", "5000"]


def _reference_batch(texts: Sequence[str], n_columns: int, cjk_bigrams: bool = False) -> Tokens:
    """:func:`reference_tokens` of every text, as the arrays ``word_tokens`` returns."""
    rows = [(i, *t) for i, text in enumerate(texts)
            for t in reference_tokens(text, n_columns, cjk_bigrams)]
    doc, col, start, end = (list(c) for c in zip(*rows, strict=True)) if rows else ([],) * 4
    return Tokens(np.array(doc, dtype=np.int64), np.array(col, dtype=np.uint32),
                  np.array(start, dtype=np.int64), np.array(end, dtype=np.int64))


HOSTILE_TOKEN_TEXTS = [
    "", " ", "a", "ab", "\ud83d", "a\ud83db", "ab\ud83dcd\ude00ef", "\ud83d\ude00 ok",
    "x😀y 😀😀 ab😀cd", "𝐀𝐁 𝐀 a𝐀", "𠀀𠀁 ab𠀀",  # astral: emoji, math letters, CJK Extension B
    "cafe\u0301 e\u0301\u0301 \u0301\u0301", "٣٤٥ ०१२ ๑๒ ১২ a٣",  # combining marks, digits
    "__ a_b _ a__ ___x", "a\xa0b ab\xa0cd\u2003ef\u3000gh\u202fij\u200bkl\u200dmn\ufeffop",
    "gaji15jtทำงานkerjaกัมพูชาok", "在柬埔寨工作abc月薪2万wechat", "ការងារjobsនៅkh", "ミャンマーmm語ab",
    "ab\x00cd\x1fef\x85gh\u2028ij", "Ⅻ ⅻab ①② ²³ ab²", "ǅa ﬁx ǈǉ", "ab-cd's e.g. x:y/z",
]
_SCRIPTS = ["abcxyzABC019_", " \t\n\xa0\u2003\u3000\u202f", ".,:;!?-'/()", "àéüßœ\u0301\u0308",
            "กขคงทำ่้ัึ๑๒", "工作月薪万元中国", "កខគងំ៍", "ကခဂ၁၂", "ひらがなカタカナ", "абвгд",
            "\u303f\u3040\u30ff\u3100\u33ff\u3400\u4dbf\u4dc0\u9fff\ua000\uf8ff\uf900\ufaff\ufb00",
            "مرحبا٣٤", "नमस्ते०१", "😀👍🏽\u200d", "𝐀𝐁𠀀", "\ud83d\ude00\udfff"]


def _random_text(rng: random.Random) -> str:
    """A string of a few scripts at once, with a random code point now and then."""
    scripts = rng.sample(_SCRIPTS, rng.randint(1, 4))
    return "".join(chr(rng.randrange(0x110000)) if rng.random() < 0.03
                   else rng.choice(rng.choice(scripts)) for _ in range(rng.randint(0, 60)))


def test_word_tokens_are_the_reference_tokens_in_any_batch() -> None:
    """Same doc, col, start and end arrays (values, order, dtypes) as the tokens found one
    character at a time, with and without positions and CJK bigrams, on hostile texts and
    seeded random mixes of scripts, in batches of every size."""
    rng = random.Random(7)
    texts = HOSTILE_TOKEN_TEXTS + [_random_text(rng) for _ in range(3000)]
    texts += ["".join(rng.sample(texts, 5)) for _ in range(200)]  # hostile texts run together
    batches = [[], texts, HOSTILE_TOKEN_TEXTS, [""] * 3, ["", "ab", "", ""]]
    k = 0
    while k < len(texts):  # batches of 1 to 64 texts
        size = rng.randint(1, 64)
        batches.append(texts[k:k + size])
        k += size
    for batch in batches:
        for positions, n_columns, bigrams in itertools.product(
                (True, False), (2**18, 1000), (False, True)):
            got = word_tokens(batch, n_columns, positions=positions, cjk_bigrams=bigrams)
            want = _reference_batch(batch, n_columns, bigrams)
            if not positions:
                want = Tokens(want.doc, want.col)
            for name in ("doc", "col", "start", "end"):
                a, b = getattr(got, name), getattr(want, name)
                if b is None:
                    assert a is None, name
                    continue
                assert a.dtype == b.dtype, (name, batch)
                np.testing.assert_array_equal(a, b, err_msg=f"{name} {batch!r}")


def test_token_values_are_scikit_learns_sublinear_tfidf() -> None:
    """Without a norm floor and with no two tokens in one column, the block is
    ``TfidfVectorizer(sublinear_tf=True)`` over the same tokens, times the weight."""
    spaced = ["loker cs kamboja, gaji 15 juta juta juta", "i am a cs admin admin",
              "gaji: 15jt; wa 0812", "kerja kerja di kantor"]
    vec = TfidfVectorizer(sublinear_tf=True, lowercase=False, token_pattern=r"(?u)\w\w+")
    expected = vec.fit_transform(spaced).toarray()
    columns = {w: _mix(zlib.crc32(w.encode()), 2**20) for w in vec.get_feature_names_out()}
    assert len(set(columns.values())) == len(columns)
    idf = np.zeros(2**20, dtype=np.float32)
    for w, j in vec.vocabulary_.items():
        idf[columns[w]] = vec.idf_[j]
    doc, col, value, _ = token_values(word_tokens(spaced, 2**20), len(spaced), idf, 3.0, 0.0)
    got = np.zeros_like(expected)
    order = {c: vec.vocabulary_[w] for w, c in columns.items()}
    for d, c, v in zip(doc, col, value, strict=True):
        got[d, order[int(c)]] = v
    np.testing.assert_allclose(got, 3.0 * expected, rtol=1e-6)


def test_a_text_of_few_tokens_is_divided_by_the_norm_floor() -> None:
    idf = np.ones(2**20, dtype=np.float32)
    texts = ["wechat", "wechat " + " ".join(f"w{k}" for k in range(1000))]
    doc, _, value, _ = token_values(word_tokens(texts, 2**20), 2, idf, 1.0, 20.0)
    assert value[doc == 0].tolist() == [pytest.approx(1 / 20)]  # not 1: one token is not a text
    # A long text is divided by its own norm, above the floor: sqrt(1001) for 1001 tokens.
    np.testing.assert_allclose(value[doc == 1], 1 / np.sqrt(1001))
