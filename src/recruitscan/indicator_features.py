"""The indicator block of the features: a value per indicator that fired, and summaries.

Shared by training (``RecruitFeatures``) and scoring (:mod:`recruitscan.linear`), so the two
cannot drift apart. Values are keyed by column name; the caller places them.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from recruitscan.indicators.registry import INDICATORS
from recruitscan.types import IndicatorHit

# Summary columns by feature version; a model keeps the version it was trained with.
SUMMARIES: dict[int, tuple[str, ...]] = {
    1: ("summary:prior_score", "summary:salary_log_usd"),
    2: ("summary:prior_score", "summary:salary_log_usd", "summary:red_flag_families",
        "summary:contact_without_job"),
}
LATEST_SUMMARIES = max(SUMMARIES)

# Families that say a text is about a job or a journey; a messaging link or handle without any
# of them is ordinary chat (a study group's Telegram link), not recruitment (catalogue §11).
_JOB_FAMILIES = frozenset({"destination", "route", "lure", "salary", "cost", "visa",
                           "requirement", "urgency", "process", "grey", "taskscam"})
_MIN_FLAG_WEIGHT = 0.5  # weaker indicators (a passport, a phone number) do not count as a family


def family(indicator: str) -> str:
    return indicator.split(".", 1)[0]


_FAMILY = {ind: family(ind) for ind in INDICATORS}
_FLAG_FAMILY = {ind: _FAMILY[ind] for ind, spec in INDICATORS.items()
                if spec.weight >= _MIN_FLAG_WEIGHT}


def indicator_values(hits: Iterable[IndicatorHit], scale: float, summaries: int
                     ) -> dict[str, float]:
    """Column name → value for one text: ``indicator:<id>`` is ``scale`` when it fired."""
    hits = tuple(hits)
    # Sorted: the sums below (and so the last bits of the values) must not depend on the set
    # order, which changes with each interpreter's string-hash seed.
    fired = sorted({h.indicator for h in hits})
    values = {f"indicator:{ind}": scale for ind in fired}
    prior = sum(INDICATORS[i].weight for i in fired if i in INDICATORS)
    if prior:
        values["summary:prior_score"] = prior / 5.0
    usd = max((h.salary.usd_per_month_high for h in hits if h.salary is not None), default=0.0)
    if usd > 0:
        values["summary:salary_log_usd"] = math.log10(1.0 + usd) / 4.0
    if summaries >= 2:
        families = {_FLAG_FAMILY[i] for i in fired if i in _FLAG_FAMILY}
        if families:
            values["summary:red_flag_families"] = len(families) / 5.0
        fired_families = {_FAMILY.get(i) or family(i) for i in fired}
        if "contact" in fired_families and not fired_families & _JOB_FAMILIES:
            values["summary:contact_without_job"] = 1.0
    return values
