"""Per-language case tables: positives and hard negatives from the evidence catalogue."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from recruitscan.indicators import find

HERE = Path(__file__).parent
CASES = [
    pytest.param(case, id=f"{path.stem[6:]}-{n}-{case['kind']}")
    for path in sorted(HERE.glob("cases_*.json"))
    for n, case in enumerate(json.loads(path.read_text(encoding="utf-8")))
]


@pytest.mark.parametrize("case", CASES)
def test_indicator_case_table(case):
    hits = find(case["text"])
    fired = {h.indicator for h in hits}
    missing = set(case.get("present", [])) - fired
    unexpected = set(case.get("absent", [])) & fired
    assert not missing, f"{case.get('note', '')}: did not fire {sorted(missing)}; fired {sorted(fired)}"
    assert not unexpected, f"{case.get('note', '')}: must not fire {sorted(unexpected)}"
    for h in hits:
        assert case["text"][h.start:h.end] == h.evidence


def test_case_tables_exist_for_every_language():
    langs = {p.stem[6:] for p in HERE.glob("cases_*.json")}
    assert {"id", "en", "ms", "tl", "vi", "th", "zh", "km", "my", "ko", "ja"} <= langs


def test_every_lexicon_family_is_tested_in_each_of_its_languages():
    """Each family with phrases in a language must fire in one of that language's cases
    (a positive, or a hard negative for the legitimacy and warning families)."""
    from recruitscan.indicators.lexicon import all_entries

    covered: dict[str, set[str]] = {}
    for entry in all_entries():
        covered.setdefault(entry.language, set()).add(entry.indicator.split(".")[0])
    for path in sorted(HERE.glob("cases_*.json")):
        lang = path.stem[6:]
        tested = {i.split(".")[0] for case in json.loads(path.read_text(encoding="utf-8"))
                  for i in case.get("present", [])}
        assert covered.get(lang, set()) <= tested, (
            f"{lang}: no case where {sorted(covered.get(lang, set()) - tested)} must fire")
