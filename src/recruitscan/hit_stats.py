"""How often the red-flag indicators fire on a source, slice by slice, with no model involved.

The model-free view of a dataset: on legitimate text (JobStreet ads, ordinary SMS) it shows
which red flags real, harmless text trips and how often; on scams, which families carry them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pandas as pd

from recruitscan.analysis import indicator_hits
from recruitscan.indicators.registry import INDICATORS, iter_indicators

# Families in registry order: the table's columns.
FAMILIES: tuple[str, ...] = tuple(dict.fromkeys(i.family for i in iter_indicators()))
TOP_INDICATORS = 5


@dataclass(frozen=True)
class SliceHits:
    """Indicator hits on one slice of a source (each count is a number of texts)."""

    slice: str
    n: int
    with_red_flag: int  # texts with at least one hit of an indicator of positive weight
    by_family: dict[str, int]  # texts with at least one hit of the family
    top_red_flags: list[tuple[str, int]]  # the positive indicators most texts trip

    def as_dict(self) -> dict[str, object]:
        return {"slice": self.slice, "n": self.n, "with_red_flag": self.with_red_flag,
                "by_family": self.by_family,
                "top_red_flags": [{"indicator": i, "texts": k} for i, k in self.top_red_flags]}


def slice_hits(name: str, texts: Iterable[str]) -> SliceHits:
    families: Counter[str] = Counter()
    red_flags: Counter[str] = Counter()
    n = flagged = 0
    for text in texts:
        n += 1
        ids = {h.indicator for h in indicator_hits(text)}
        families.update({INDICATORS[i].family for i in ids})
        positive = {i for i in ids if INDICATORS[i].weight > 0}
        red_flags.update(positive)
        flagged += bool(positive)
    return SliceHits(name, n, flagged, {f: families[f] for f in FAMILIES},
                     red_flags.most_common(TOP_INDICATORS))


def hits_table(slices: Sequence[tuple[str, pd.Series]]) -> list[SliceHits]:
    """:func:`slice_hits` of each ``(name, texts)``."""
    return [slice_hits(name, texts.astype(str).tolist()) for name, texts in slices]
