"""Everything derived from one text before any model: normalised form, language, hits.

Computed once per text and shared by the indicator reasons and the text features, so the
normalisation and the matching never run twice.
"""

from __future__ import annotations

from dataclasses import dataclass

from recruitscan.indicators.matcher import lexicon_hits, rule_hits, sort_hits
from recruitscan.language import detect_language
from recruitscan.normalise import NormalisedText, deleet, normalise
from recruitscan.types import IndicatorHit


@dataclass(frozen=True, slots=True)
class Analysis:
    normalised: NormalisedText
    language: str
    hits: tuple[IndicatorHit, ...]
    folded: str  # ``normalised.text`` de-leeted, char for char: what the n-gram features read

    @property
    def original(self) -> str:
        return self.normalised.original


def analyse(text: str, *, languages: frozenset[str] | None = None) -> Analysis:
    norm = normalise(text)
    folded = deleet(norm.text)
    return Analysis(norm, detect_language(text), _hits(norm, folded, languages), folded)


def indicator_hits(text: str, *, languages: frozenset[str] | None = None) -> tuple[IndicatorHit, ...]:
    """``analyse(text).hits`` without the rest of the analysis (language, features' input)."""
    norm = normalise(text)
    return _hits(norm, deleet(norm.text), languages)


def _hits(norm: NormalisedText, folded: str, languages: frozenset[str] | None) -> tuple[IndicatorHit, ...]:
    lex = lexicon_hits(norm, folded, languages)
    return sort_hits(lex + rule_hits(norm, lex, folded))
