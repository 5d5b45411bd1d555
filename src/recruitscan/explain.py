"""Turning a linear model's arithmetic into reasons with evidence in the original text.

A reason is shown only if its feature moved the score: its contribution to the log-odds
(coefficient × feature value) is non-zero. Indicator columns become the indicator's hits;
hashed n-gram columns are traced back to the words that produced them.
"""

from __future__ import annotations

from recruitscan.analysis import Analysis
from recruitscan.grams import feature_positions
from recruitscan.indicators.registry import INDICATORS
from recruitscan.linear import Scored
from recruitscan.types import IndicatorHit, Reason

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
    whose column moved the log-odds, then the largest positive n-gram contributions, each
    mapped back to the span of the original text its words came from."""
    reasons: list[Reason] = []
    for hit in analysis.hits:
        c = scored.indicator_contrib.get(hit.indicator, 0.0)
        if abs(c) > MIN_CONTRIBUTION:
            reasons.append(Reason(hit.indicator, _indicator_message(hit), hit.evidence, hit.start,
                                  hit.end, c))
    if scored.text_contrib:
        keep = feature_positions(analysis.words)
        for c, gram, first, n in scored.text_contrib:
            if c <= MIN_CONTRIBUTION:
                continue
            start, _ = analysis.token_span(keep[first])
            _, end = analysis.token_span(keep[first + n - 1])
            if start < end:
                reasons.append(Reason("text.ngram", f"the wording '{gram}' raised the score",
                                      analysis.original[start:end], start, end, c))
    return tuple(sorted(reasons, key=lambda r: -abs(r.weight)))


def prior_reasons(analysis: Analysis) -> tuple[Reason, ...]:
    """Reasons without a model: every weighted indicator hit, with its prior weight."""
    return tuple(
        Reason(h.indicator, _indicator_message(h), h.evidence, h.start, h.end, h.weight)
        for h in analysis.hits if h.weight != 0
    )
