"""Finding indicator hits in a text, with evidence spans into the original text.

One spaCy ``PhraseMatcher`` holds every lexicon phrase of every language (ads code-switch, so
all lexicons run on every text). It runs on a ``Doc`` built from the single regex tokenisation
in :mod:`recruitscan.nlp`, which the text features reuse. Salary and contact indicators are
rules in code (:mod:`.salary`, :mod:`.contact`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.matcher import PhraseMatcher

from recruitscan.indicators.contact import contact_hits
from recruitscan.indicators.lexicon import all_entries
from recruitscan.indicators.registry import INDICATORS
from recruitscan.indicators.salary import salary_hits
from recruitscan.nlp import make_doc, shared_vocab, tokenize
from recruitscan.normalise import NormalisedText, deleet
from recruitscan.types import IndicatorHit

# Indicators whose presence makes a salary "for a low-skill role" (catalogue §2 takeaway).
_LOW_SKILL = frozenset({"lure.office_job.v1", "lure.non_office.v1", "requirement.low_bar.v1",
                        "requirement.typing.v1", "lure.crypto_gambling.v1"})


@dataclass(frozen=True, slots=True)
class _Compiled:
    matcher: PhraseMatcher
    keys: dict[int, tuple[str, str]]  # spaCy match id -> (indicator, language)


@lru_cache(maxsize=1)
def _compiled() -> _Compiled:
    vocab = shared_vocab()
    matcher = PhraseMatcher(vocab, attr="ORTH")
    keys: dict[int, tuple[str, str]] = {}
    seen: set[tuple[str, str]] = set()
    for entry in all_entries():
        key = f"{entry.indicator}|{entry.language}"
        docs = []
        for phrase in entry.phrases:
            folded = deleet(_fold(phrase))
            words, _ = tokenize(folded)
            if words and (key, folded) not in seen:
                seen.add((key, folded))
                docs.append(make_doc(words))
        if docs:
            matcher.add(key, docs)
            keys[vocab.strings[key]] = (entry.indicator, entry.language)
    return _Compiled(matcher, keys)


def _fold(phrase: str) -> str:
    from recruitscan.normalise import normalise

    return normalise(phrase).text


def lexicon_hits(
    norm: NormalisedText, words: list[str], starts: list[int], languages: frozenset[str] | None = None
) -> list[IndicatorHit]:
    """Phrase hits over tokens of ``deleet(norm.text)``, mapped back to the original text."""
    compiled = _compiled()
    hits: list[IndicatorHit] = []
    seen: set[tuple[str, int, int]] = set()
    for match_id, s, e in compiled.matcher(make_doc(words)):
        indicator, lang = compiled.keys[match_id]
        if languages is not None and lang not in languages:
            continue
        start, end = norm.to_original(starts[s], starts[e - 1] + len(words[e - 1]))
        if (indicator, start, end) in seen or start >= end:
            continue
        seen.add((indicator, start, end))
        hits.append(IndicatorHit(indicator, norm.original[start:end], start, end,
                                 INDICATORS[indicator].weight, lang))
    return _drop_nested(hits)


def _drop_nested(hits: list[IndicatorHit]) -> list[IndicatorHit]:
    """Keep, per indicator, only spans not strictly inside another span of the same indicator."""
    hits.sort(key=lambda h: (h.indicator, h.start, -(h.end - h.start)))
    kept: list[IndicatorHit] = []
    for h in hits:
        if kept and kept[-1].indicator == h.indicator and kept[-1].start <= h.start and h.end <= kept[-1].end:
            continue
        kept.append(h)
    return kept


def _map_rule_hits(norm: NormalisedText, hits: tuple[IndicatorHit, ...]) -> list[IndicatorHit]:
    out = []
    for h in hits:
        start, end = norm.to_original(h.start, h.end)
        if start < end:
            out.append(IndicatorHit(h.indicator, norm.original[start:end], start, end, h.weight,
                                    h.language, h.salary))
    return out


def rule_hits(norm: NormalisedText, lexicon: list[IndicatorHit]) -> list[IndicatorHit]:
    low_skill = any(h.indicator in _LOW_SKILL for h in lexicon)
    return _map_rule_hits(norm, salary_hits(norm.text, role_is_low_skill=low_skill)) + _map_rule_hits(
        norm, contact_hits(norm.text)
    )


def sort_hits(hits: list[IndicatorHit]) -> tuple[IndicatorHit, ...]:
    return tuple(sorted(hits, key=lambda h: (h.start, h.end, h.indicator)))
