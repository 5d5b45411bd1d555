"""Everything derived from one text before any model: normalised form, tokens, language, hits.

Computed once per text and shared by the indicator reasons and the text features, so the
tokenisation and the matching never run twice.
"""

from __future__ import annotations

from dataclasses import dataclass

from recruitscan.indicators.matcher import lexicon_hits, rule_hits, sort_hits
from recruitscan.language import detect_language
from recruitscan.nlp import tokenize
from recruitscan.normalise import NormalisedText, deleet, normalise
from recruitscan.types import IndicatorHit


@dataclass(frozen=True, slots=True)
class Analysis:
    normalised: NormalisedText
    words: tuple[str, ...]  # tokens of the de-obfuscated, folded text
    starts: tuple[int, ...]  # their offsets in ``normalised.text``
    language: str
    hits: tuple[IndicatorHit, ...]
    folded: str  # ``normalised.text`` de-leeted, char for char: what the n-gram features read

    @property
    def original(self) -> str:
        return self.normalised.original

    def token_span(self, i: int) -> tuple[int, int]:
        """The span of token ``i`` in the original text."""
        s = self.starts[i]
        return self.normalised.to_original(s, s + len(self.words[i]))


def analyse(text: str, *, languages: frozenset[str] | None = None) -> Analysis:
    norm = normalise(text)
    folded = deleet(norm.text)
    words, starts = tokenize(folded)
    lex = lexicon_hits(norm, words, starts, languages)
    hits = sort_hits(lex + rule_hits(norm, lex, folded))
    return Analysis(norm, tuple(words), tuple(starts), detect_language(text), hits, folded)
