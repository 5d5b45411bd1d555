"""Windows of a long text, each scored as if it were a text of its own.

The text part of a score is divided by the square root of the text's n-gram count, so a lure
behind a long stretch of ordinary text is diluted: on the corpus test split, recall fell from
0.88 to 0.24 behind 800 characters of ordinary text. A model with ``window_chars`` scores the
whole text and every window of about that many characters (overlapping by half, cut at word
boundaries), and keeps the highest log-odds: the part of the text that looks most like a lure
decides. Texts up to one and a half windows long are scored whole only.

A window is an :class:`~recruitscan.analysis.Analysis` of its own: the window's slice of the
folded text and the indicator hits that lie inside it, so the features, the scores and the
reasons of a window come from the same code as those of a whole text.

Off in the bundled model (``window_chars = 0`` in ``models/configs/default.toml``, where the
measurements are): windows of long legitimate real ads read like the short synthetic training
texts, and some were flagged.
"""

from __future__ import annotations

from collections.abc import Sequence

from recruitscan.analysis import Analysis
from recruitscan.types import IndicatorHit

# How far a window edge moves to reach a word boundary before it cuts the word: texts in
# scripts written without spaces (Thai, Chinese, Khmer, Burmese) are cut where they fall.
_SNAP = 24


def window_spans(folded: str, window_chars: int) -> list[tuple[int, int]]:
    """``[start, end)`` spans of ``folded`` of about ``window_chars`` characters, starting every
    half window, from the text's start to its end; ``[]`` for a text of at most one and a half
    windows (or ``window_chars <= 0``)."""
    n = len(folded)
    if window_chars <= 0 or n <= window_chars + window_chars // 2:
        return []
    step = max(window_chars // 2, 1)
    spans: list[tuple[int, int]] = []
    start = 0
    while True:
        end = _snap_forward(folded, min(start + window_chars, n))
        spans.append((_snap_back(folded, start), end))
        if end >= n:
            return spans
        start += step


def _snap_back(text: str, i: int) -> int:
    j = i
    while j > 0 and i - j < _SNAP and not text[j - 1].isspace():
        j -= 1
    return j if j == 0 or text[j - 1].isspace() else i


def _snap_forward(text: str, i: int) -> int:
    n, j = len(text), i
    while j < n and j - i < _SNAP and not text[j].isspace():
        j += 1
    return j if j == n or text[j].isspace() else i


def with_windows(analyses: Sequence[Analysis], window_chars: int
                 ) -> tuple[list[Analysis], list[int], list[tuple[int, int] | None]]:
    """The rows to compute decisions for: ``analyses``, then the windows of each; with the
    index of the text each row belongs to and its window span (None for a whole text)."""
    rows, owner = list(analyses), list(range(len(analyses)))
    spans: list[tuple[int, int] | None] = [None] * len(analyses)
    for i, a in enumerate(analyses):
        for span, window in window_analyses(a, window_chars):
            rows.append(window)
            owner.append(i)
            spans.append(span)
    return rows, owner, spans


def window_analyses(analysis: Analysis, window_chars: int) -> list[tuple[tuple[int, int], Analysis]]:
    """``(span of the folded text, window analysis)`` of each window of ``analysis``. Only the
    window's ``folded`` text is a slice: its ``normalised`` is the whole text's, which its hits'
    offsets and the reasons' spans refer to."""
    return [((start, end), Analysis(analysis.normalised, analysis.language,
                                    hits_in_window(analysis, (start, end)),
                                    analysis.folded[start:end]))
            for start, end in window_spans(analysis.folded, window_chars)]


def hits_in_window(analysis: Analysis, window: tuple[int, int] | None) -> tuple[IndicatorHit, ...]:
    """The hits of ``analysis`` that lie inside ``window`` (a span of the folded text); all of
    them when ``window`` is None."""
    if window is None:
        return analysis.hits
    o_start, o_end = analysis.normalised.to_original(*window)
    return tuple(h for h in analysis.hits if o_start <= h.start and h.end <= o_end)
