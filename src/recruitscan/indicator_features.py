"""The indicator block of the features: a value per indicator that fired, and summaries.

Shared by training (``RecruitFeatures``) and scoring (:mod:`recruitscan.linear`), so the two
cannot drift apart. Values are keyed by column name; the caller places them.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from recruitscan.indicators.registry import INDICATORS
from recruitscan.quotes import inside, quoted_spans
from recruitscan.types import IndicatorHit

# Summary columns by feature version; a model keeps the version it was trained with.
SUMMARIES: dict[int, tuple[str, ...]] = {
    1: ("summary:prior_score", "summary:salary_log_usd"),
    2: ("summary:prior_score", "summary:salary_log_usd", "summary:red_flag_families",
        "summary:contact_without_job"),
    3: ("summary:prior_score", "summary:salary_log_usd", "summary:red_flag_families",
        "summary:contact_without_job", "summary:quoted_flags"),
}
LATEST_SUMMARIES = max(SUMMARIES)

# Families that say a text is about a job or a journey; a messaging link or handle without any
# of them is ordinary chat (a study group's Telegram link), not recruitment (catalogue §11).
_JOB_FAMILIES = frozenset({"destination", "route", "lure", "salary", "cost", "visa", "employer",
                           "requirement", "urgency", "process", "grey", "taskscam"})
_MIN_FLAG_WEIGHT = 0.5  # weaker indicators (a passport, a phone number) do not count as a family


def family(indicator: str) -> str:
    """The family of an indicator id (its first part), registered or not."""
    return indicator.split(".", 1)[0]


def _fired(hits: tuple[IndicatorHit, ...]) -> list[str]:
    # Sorted: the sums over them (and so the last bits of the values) must not depend on the
    # set order, which changes with each interpreter's string-hash seed.
    return sorted({h.indicator for h in hits})


def _flag_families(fired: list[str]) -> dict[str, list[str]]:
    """The red-flag families among ``fired`` (indicators of weight >= _MIN_FLAG_WEIGHT), each
    with its fired members."""
    out: dict[str, list[str]] = {}
    for i in fired:
        if i in INDICATORS and INDICATORS[i].weight >= _MIN_FLAG_WEIGHT:
            out.setdefault(INDICATORS[i].family, []).append(i)
    return out


def _quoted_flag_weights(hits: tuple[IndicatorHit, ...], text: str) -> tuple[float, dict[str, float]]:
    """The red-flag weight of all matches in ``text``, and of those inside quotation marks by
    indicator: a warning that quotes a lure repeats its red flags without offering them."""
    red = [(h, INDICATORS[h.indicator].weight) for h in hits
           if h.indicator in INDICATORS and INDICATORS[h.indicator].weight > 0]
    spans = quoted_spans(text) if red else ()
    quoted: dict[str, float] = {}
    for h, w in red:
        if spans and inside(spans, h.start, h.end):
            quoted[h.indicator] = quoted.get(h.indicator, 0.0) + w
    return sum(w for _, w in red), quoted


def indicator_values(hits: Iterable[IndicatorHit], scale: float, summaries: int, text: str = ""
                     ) -> dict[str, float]:
    """Column name → value for one text: ``indicator:<id>`` is ``scale`` when it fired.
    ``text`` is the original text the hits point into (summary set 3 reads its quotations)."""
    hits = tuple(hits)
    fired = _fired(hits)
    values = {f"indicator:{ind}": scale for ind in fired}
    prior = sum(INDICATORS[i].weight for i in fired if i in INDICATORS)
    if prior:
        values["summary:prior_score"] = prior / 5.0
    usd = max((h.salary.usd_per_month_high for h in hits if h.salary is not None), default=0.0)
    if usd > 0:
        values["summary:salary_log_usd"] = math.log10(1.0 + usd) / 4.0
    if summaries >= 2:
        families = _flag_families(fired)
        if families:
            values["summary:red_flag_families"] = len(families) / 5.0
        fired_families = {family(i) for i in fired}
        if "contact" in fired_families and not fired_families & _JOB_FAMILIES:
            values["summary:contact_without_job"] = 1.0
    if summaries >= 3:
        total, quoted = _quoted_flag_weights(hits, text)
        if quoted:
            # Sorted for the same reason as _fired: the sum's last bits must not vary.
            values["summary:quoted_flags"] = sum(quoted[i] for i in sorted(quoted)) / total
    return values


def summary_shares(hits: Iterable[IndicatorHit], text: str = "") -> dict[str, dict[str, float]]:
    """Summary column name → the share of its value that each fired indicator accounts for
    (shares sum to one), so that a reason can carry an indicator's whole effect on the score:
    its own column plus its part of every summary it feeds."""
    hits = tuple(hits)
    fired = _fired(hits)
    shares: dict[str, dict[str, float]] = {}
    prior = {i: INDICATORS[i].weight for i in fired if i in INDICATORS and INDICATORS[i].weight}
    total = sum(prior.values())
    if total:
        shares["summary:prior_score"] = {i: w / total for i, w in prior.items()}
    with_salary = [h for h in hits if h.salary is not None and h.salary.usd_per_month_high > 0]
    if with_salary:
        top = max(with_salary, key=lambda h: h.salary.usd_per_month_high)  # the value's source
        shares["summary:salary_log_usd"] = {top.indicator: 1.0}
    by_family = _flag_families(fired)
    if by_family:  # each family counts once: its share is split among its indicators
        shares["summary:red_flag_families"] = {
            i: 1.0 / len(by_family) / len(members) for members in by_family.values()
            for i in members}
    contacts = [i for i in fired if family(i) == "contact"]
    if contacts:
        shares["summary:contact_without_job"] = {i: 1.0 / len(contacts) for i in contacts}
    _, quoted = _quoted_flag_weights(hits, text)
    if quoted:
        in_quotes = sum(quoted.values())
        shares["summary:quoted_flags"] = {i: w / in_quotes for i, w in quoted.items()}
    return shares
