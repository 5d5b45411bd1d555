"""Red-flag indicators: the registry, the lexicons and ``find``."""

from __future__ import annotations

from recruitscan.indicators.registry import (
    INDICATORS,
    REGISTRY_VERSION,
    Indicator,
    get,
    iter_indicators,
)
from recruitscan.types import IndicatorHit

__all__ = ["INDICATORS", "REGISTRY_VERSION", "Indicator", "IndicatorHit", "find", "get",
           "iter_indicators"]


def find(text: str, language: str | None = None) -> tuple[IndicatorHit, ...]:
    """Every indicator hit in ``text``, ordered by position.

    ``language`` restricts the lexicons to one language (rules for salary and contact always
    run); by default every lexicon runs, because ads mix languages. Each hit's ``evidence`` is
    ``text[hit.start:hit.end]``.
    """
    if not isinstance(text, str):
        raise TypeError(f"find() needs a str, not {type(text).__name__}")
    from recruitscan.analysis import indicator_hits

    return indicator_hits(text, languages=None if language is None else frozenset({language}))
