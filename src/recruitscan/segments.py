"""The stretches of text that n-gram reasons are given for.

A text reason names the stretch whose character n-grams (and word tokens) raised the score.
In scripts written with spaces that stretch is a word. Chinese, Japanese, Thai, Lao, Khmer and
Burmese are written without spaces between words, so one "word" can be a whole ad, and a
reason that quotes the whole ad tells a screener nothing. There a long word is cut after each
clause mark (comma, full stop, colon and the like, not between two digits as in "200,000"), and
a clause longer than :data:`MAX_CHARS` into equal pieces, never before a combining mark. Each
n-gram (or token) counts in the piece its first character is in, so the pieces' contributions
add up to the word's.
"""

from __future__ import annotations

import re
import unicodedata

import numpy as np

MAX_CHARS = 24  # longest piece of an unspaced word that a reason quotes whole

# Chinese and Japanese characters: most words are one or two of them.
CJK_RANGES = ((0x3040, 0x30FF),  # Hiragana, Katakana
              (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))  # CJK ideographs
# Scripts written without spaces between words.
UNSPACED_RANGES = ((0x0E00, 0x0EFF),  # Thai, Lao
                   (0x1000, 0x109F),  # Myanmar
                   (0x1780, 0x17FF),  # Khmer
                   *CJK_RANGES)
UNSPACED_CLASS = "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in UNSPACED_RANGES)  # inside [...]
_UNSPACED_RE = re.compile(f"[{UNSPACED_CLASS}]")
_CLAUSE_MARKS = frozenset(",.;:!?、。，．；：！？…")
_CLAUSE_RE = re.compile("[" + re.escape("".join(sorted(_CLAUSE_MARKS))) + "]")
_LEADING_VOWELS = frozenset("เแโใไເແໂໃໄ")


def has_unspaced(text: str) -> bool:
    """Whether ``text`` holds a character of a script written without spaces (if not, every
    word is its own single piece)."""
    return _UNSPACED_RE.search(text) is not None


def may_be_cut(text: str, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Which of the words ``text[starts[k]:ends[k]]`` (in order) are long or hold a clause
    mark: only those can have more than one piece (:func:`reason_pieces` decides)."""
    marks = [m.start() for m in _CLAUSE_RE.finditer(text)]
    long = (ends - starts) > MAX_CHARS
    if not marks:
        return long
    return long | (np.searchsorted(marks, starts) != np.searchsorted(marks, ends))


def reason_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The pieces of the word ``text[start:end]`` that reasons quote, in order and covering it:
    the word itself unless it is long and written in an unspaced script."""
    if end - start <= MAX_CHARS and not any(c in _CLAUSE_MARKS for c in text[start:end]):
        return [(start, end)]
    if not has_unspaced(text[start:end]):
        return [(start, end)]
    pieces, at = [], start
    for i in range(start, end - 1):
        if (text[i] in _CLAUSE_MARKS and text[i + 1] not in _CLAUSE_MARKS
                and not (text[i - 1:i].isdigit() and text[i + 1].isdigit())):
            pieces.append((at, i + 1))
            at = i + 1
    pieces.append((at, end))
    return [p for s, e in pieces for p in _cut_long(text, s, e)]


def _cut_long(text: str, start: int, end: int) -> list[tuple[int, int]]:
    n = -(-(end - start) // MAX_CHARS)  # pieces of at most MAX_CHARS, as equal as can be
    if n <= 1:
        return [(start, end)]
    cuts = [start]
    for k in range(1, n):
        cut = start + (end - start) * k // n
        while cut < end and unicodedata.category(text[cut]).startswith("M"):
            cut += 1  # a vowel sign or tone mark stays with its consonant...
        if text[cut - 1] in _LEADING_VOWELS:
            cut -= 1  # ...and a Thai or Lao vowel written before it too
        if cuts[-1] < cut < end:
            cuts.append(cut)
    return list(zip(cuts, [*cuts[1:], end], strict=True))
