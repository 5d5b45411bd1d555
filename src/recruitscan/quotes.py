"""Quoted passages of a text: where a warning, a news report or a question repeats a lure.

Warnings and reports quote the ad they warn about ("they're advertising 'CS job in Bangkok,
free ticket'", 看到“高薪免经验”这种广告千万别信); recruiters seldom put their own offer in
quotation marks. The indicator summaries use the spans to say how much of a text's red-flag
evidence is quoted rather than offered (``recruitscan.indicator_features``).
"""

from __future__ import annotations

import re

# The longest passage taken as a quotation: a quoted lure is a line or two. A stray quotation
# mark would otherwise pair with one far away and take in the whole text between them.
MAX_QUOTE_CHARS = 300

# Pairs of marks used by the project's languages; a quotation stays on one line. Straight single
# quotes only open after a non-word character and close before one, so that the apostrophes of
# "don't" and "they're" are not taken as quotation marks.
_PAIRS = (('"', '"'), ("\u201c", "\u201d"), ("\u2018", "\u2019"), ("\u300c", "\u300d"),
          ("\u300e", "\u300f"), ("\u00ab", "\u00bb"), ("\u201e", "\u201c"), ("\uff02", "\uff02"))
_QUOTE = re.compile("|".join(
    [f"{re.escape(a)}[^{re.escape(b)}\\n]{{2,{MAX_QUOTE_CHARS}}}{re.escape(b)}" for a, b in _PAIRS]
    + [f"(?<!\\w)'[^'\\n]{{2,{MAX_QUOTE_CHARS}}}'(?!\\w)"]))


def quoted_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each quoted passage in ``text``, marks included, left to right and
    not overlapping."""
    return tuple(m.span() for m in _QUOTE.finditer(text))


def inside(spans: tuple[tuple[int, int], ...], start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies within one of ``spans``."""
    return any(s <= start and end <= e for s, e in spans)
