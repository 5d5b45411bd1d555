"""The indicator registry and the lexicons: ids are pinned, every lexicon loads and cites."""

from __future__ import annotations

from pathlib import Path

import pytest

from recruitscan.indicators import INDICATORS, find, get
from recruitscan.indicators.lexicon import available_languages, load_lexicon
from recruitscan.indicators.registry import Indicator

GOLDEN = Path(__file__).with_name("golden_indicator_ids.txt")


def test_registry_ids_match_golden_file():
    # Removing or renaming an indicator must be deliberate: update the golden file with it.
    assert sorted(INDICATORS) == GOLDEN.read_text(encoding="utf-8").split()


def test_registry_every_indicator_is_documented():
    for ind in INDICATORS.values():
        assert ind.description_en and ind.description_id and ind.catalogue.startswith("§")
        assert ind.languages


def test_registry_legitimacy_signals_have_negative_weight():
    assert all(i.weight < 0 for i in INDICATORS.values() if i.family in ("legit", "awareness"))
    assert all(i.weight >= 0 for i in INDICATORS.values() if i.family not in ("legit", "awareness"))


@pytest.mark.parametrize("bad", ["route.hub", "route.hub.1", "x.route.v1"])
def test_registry_rejects_malformed_ids(bad):
    with pytest.raises(ValueError):
        Indicator(bad, "route", 1.0, "en", "id", "§3")


def test_registry_get_unknown_names_known_ids():
    with pytest.raises(KeyError, match="destination.hub.v1"):
        get("nope.nope.v1")


@pytest.mark.parametrize("lang", available_languages())
def test_lexicon_loads_and_every_entry_cites_a_source(lang):
    entries = load_lexicon(lang)
    assert entries
    for e in entries:
        assert e.source.strip()
        assert INDICATORS[e.indicator].source == "lexicon"


def test_lexicon_required_languages_present():
    assert {"id", "en", "ms", "tl", "vi", "th", "zh", "km", "my", "ko", "ja"} <= set(available_languages())


@pytest.mark.parametrize("lang", ["id", "en", "ms", "tl", "vi"])
def test_lexicon_full_languages_cover_every_lexicon_indicator(lang):
    covered = {e.indicator for e in load_lexicon(lang)}
    wanted = {i.id for i in INDICATORS.values() if i.source == "lexicon"}
    missing = wanted - covered
    # Route and some grey-work phrases are documented for a few languages only.
    assert len(missing) <= 4, f"{lang} lacks {sorted(missing)}"


def test_find_rejects_non_strings():
    with pytest.raises(TypeError):
        find(None)  # type: ignore[arg-type]
