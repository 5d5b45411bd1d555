"""Turning a linear model's arithmetic into reasons with evidence in the original text.

A reason is shown only if its feature moved the score: its contribution to the log-odds
(coefficient × feature value) is non-zero. Indicator columns become the indicator's hits, which
share the column's contribution equally (an indicator fires once however many times its
phrases occur, so the reasons' weights add up to the log-odds);
hashed character n-grams and word tokens are summed per word, and the words that raised the
score most are shown with their span. When a window of a long text gave the score
(:mod:`recruitscan.windows`), only that window's arithmetic is shown: its hits and its words.
"""

from __future__ import annotations

from collections import Counter

from recruitscan.analysis import Analysis
from recruitscan.indicators.registry import INDICATORS
from recruitscan.linear import Scored
from recruitscan.types import IndicatorHit, Reason
from recruitscan.windows import hits_in_window

MIN_CONTRIBUTION = 1e-6


def _indicator_message(hit: IndicatorHit) -> str:
    message = INDICATORS[hit.indicator].description_en
    if hit.salary is not None:
        s = hit.salary
        usd = (f"≈ US${s.usd_per_month_low:,.0f}" if s.usd_per_month_low == s.usd_per_month_high
               else f"≈ US${s.usd_per_month_low:,.0f}–{s.usd_per_month_high:,.0f}")
        message = f"{message} ({usd} per month)"
    return message


def model_reasons(analysis: Analysis, scored: Scored) -> tuple[Reason, ...]:
    """Reasons for one scored text (scored with ``contributions=True``): every indicator hit
    whose column moved the log-odds, then the words whose n-grams and tokens raised it most,
    each mapped back to its span of the original text."""
    reasons: list[Reason] = []
    hits = hits_in_window(analysis, scored.window)
    per_indicator = Counter(hit.indicator for hit in hits)
    for hit in hits:
        c = scored.indicator_contrib.get(hit.indicator, 0.0)
        if abs(c) > MIN_CONTRIBUTION:
            reasons.append(Reason(hit.indicator, _indicator_message(hit), hit.evidence, hit.start,
                                  hit.end, c / per_indicator[hit.indicator]))
    for c, word, start, end in scored.text_contrib:
        if c <= MIN_CONTRIBUTION:
            continue
        o_start, o_end = analysis.normalised.to_original(start, end)
        if o_start < o_end:
            reasons.append(Reason("text.ngram", f"the wording '{word}' raised the score",
                                  analysis.original[o_start:o_end], o_start, o_end, c))
    return tuple(sorted(reasons, key=lambda r: -abs(r.weight)))
