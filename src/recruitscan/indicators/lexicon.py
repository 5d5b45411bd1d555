"""Loading and checking the per-language lexicons shipped as package data."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from recruitscan.indicators.registry import INDICATORS

# Languages whose phrases of two or more words also match without diacritics: Vietnamese chat
# is often typed without them ("viec nhe luong cao"). See indicators.matcher.
UNACCENTED_LANGUAGES = frozenset({"vi"})


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    indicator: str
    language: str
    phrases: tuple[str, ...]
    source: str


def available_languages() -> tuple[str, ...]:
    files = resources.files("recruitscan.indicators").joinpath("lexicons")
    return tuple(sorted(p.name[:-5] for p in files.iterdir() if p.name.endswith(".json")))


@cache
def load_lexicon(language: str) -> tuple[LexiconEntry, ...]:
    """Load one language's lexicon; raise ``ValueError`` on any schema problem."""
    path = resources.files("recruitscan.indicators").joinpath("lexicons", f"{language}.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("language") != language:
        raise ValueError(f"lexicon {language}.json declares language {data.get('language')!r}")
    entries = []
    for n, raw in enumerate(data.get("entries", [])):
        where = f"lexicon {language}.json entry {n}"
        indicator = raw.get("indicator")
        if indicator not in INDICATORS:
            raise ValueError(f"{where}: unknown indicator {indicator!r}")
        if INDICATORS[indicator].source != "lexicon":
            raise ValueError(f"{where}: {indicator} is computed by a rule, not a lexicon")
        if not str(raw.get("source", "")).strip():
            raise ValueError(f"{where}: every entry must cite its source")
        phrases = tuple(raw.get("phrases", ()))
        if not phrases or any(not isinstance(p, str) or not p.strip() for p in phrases):
            raise ValueError(f"{where}: phrases must be non-empty strings")
        entries.append(LexiconEntry(indicator, language, phrases, raw["source"]))
    return tuple(entries)


def all_entries() -> tuple[LexiconEntry, ...]:
    return tuple(e for lang in available_languages() for e in load_lexicon(lang))


def lexicons_fingerprint() -> str:
    """SHA-256 of every lexicon entry (indicator, language, phrases), in load order.

    It changes whenever what the lexicons match changes, so a model's manifest records which
    phrase set its indicator features were computed with, and loading warns on another."""
    digest = hashlib.sha256()
    digest.update(json.dumps(["unaccented", sorted(UNACCENTED_LANGUAGES)]).encode("utf-8") + b"\n")
    for e in all_entries():
        digest.update(json.dumps([e.indicator, e.language, e.phrases], ensure_ascii=False)
                      .encode("utf-8") + b"\n")
    return digest.hexdigest()
