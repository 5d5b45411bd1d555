"""Turning a linear model's arithmetic into reasons with evidence in the original text.

A reason is shown only if its feature moved the score: its contribution to the log-odds
(coefficient × feature value) is non-zero. Indicator columns become the indicator's hits;
hashed n-gram columns are traced back to the tokens that produced them.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from recruitscan.analysis import Analysis
from recruitscan.features import INDICATOR_IDS, feature_positions, hash_index, ngrams
from recruitscan.indicators.registry import INDICATORS
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


def reasons_for(
    analysis: Analysis, row: sp.csr_matrix, coef: np.ndarray, n_text: int, ngram_max: int,
    top_text: int = 3,
) -> tuple[Reason, ...]:
    """Reasons for one text; ``row`` is its feature row, ``coef`` the score model's weights."""
    contrib = {int(j): float(coef[j] * v) for j, v in zip(row.indices, row.data, strict=True)}
    reasons: list[Reason] = []
    for hit in analysis.hits:
        c = contrib.get(n_text + INDICATOR_IDS.index(hit.indicator), 0.0)
        if abs(c) > MIN_CONTRIBUTION:
            reasons.append(Reason(hit.indicator, _indicator_message(hit), hit.evidence, hit.start,
                                  hit.end, c))
    text_cols = sorted(((c, j) for j, c in contrib.items() if j < n_text and c > MIN_CONTRIBUTION),
                       reverse=True)[:top_text]
    if text_cols:
        wanted = {j: c for c, j in text_cols}
        keep = feature_positions(analysis.words)
        words = [analysis.words[i] for i in keep]
        found: dict[int, Reason] = {}
        grams = ngrams(words, ngram_max)
        # ngrams() lists unigrams first, then bigrams, ...: recover each gram's token position.
        positions = [(i, 1) for i in range(len(words))]
        for n in range(2, ngram_max + 1):
            positions.extend((i, n) for i in range(len(words) - n + 1))
        for gram, (i, n) in zip(grams, positions, strict=True):
            j = hash_index(gram, n_text)
            if j in wanted and j not in found:
                start, _ = analysis.token_span(keep[i])
                _, end = analysis.token_span(keep[i + n - 1])
                if start < end:
                    found[j] = Reason("text.ngram", f"the wording '{gram}' raised the score",
                                      analysis.original[start:end], start, end, wanted[j])
        reasons.extend(sorted(found.values(), key=lambda r: -r.weight))
    return tuple(sorted(reasons, key=lambda r: -abs(r.weight)))


def prior_reasons(analysis: Analysis) -> tuple[Reason, ...]:
    """Reasons without a model: every weighted indicator hit, with its prior weight."""
    return tuple(
        Reason(h.indicator, _indicator_message(h), h.evidence, h.start, h.end, h.weight)
        for h in analysis.hits if h.weight != 0
    )
