"""Immutable result types shared by every stage (a leaf module: imports nothing from the package)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Risk = Literal["low", "medium", "high"]
# "unassessed": no category was judged (an empty text, or an unflagged one in a language the
# model does not cover), so that no such row reads as "legit".
Category = Literal["compound_recruitment", "other_job_scam", "legit", "unassessed"]
SCAM_KINDS: tuple[Category, ...] = ("compound_recruitment", "other_job_scam")
Status = Literal["ok", "empty", "not_text", "truncated", "unsupported_language"]


@dataclass(frozen=True, slots=True)
class Salary:
    """A salary promise parsed from text, normalised to US dollars per month."""

    amount_low: float
    amount_high: float
    currency: str  # ISO 4217 code, e.g. "IDR"
    period: str  # "month" | "week" | "day" | "hour" | "year" | "unknown"
    usd_per_month_low: float
    usd_per_month_high: float


@dataclass(frozen=True, slots=True)
class IndicatorHit:
    """One indicator matched in a text. ``original_text[start:end] == evidence``."""

    indicator: str  # stable versioned id, e.g. "destination.hub.v1"
    evidence: str
    start: int
    end: int
    weight: float  # the indicator's prior weight
    language: str = "xx"  # lexicon language that matched; "xx" for language-independent rules
    salary: Salary | None = None


@dataclass(frozen=True, slots=True)
class Reason:
    """Why a score moved: an indicator or a text feature, with its evidence span."""

    indicator: str
    message: str
    evidence: str
    start: int
    end: int
    # Contribution to the model's log-odds, an indicator's shared equally by its hits (or the
    # prior weight without a model).
    weight: float


@dataclass(frozen=True, slots=True)
class ScanResult:
    """The verdict on one text."""

    score: float
    flagged: bool
    risk: Risk
    language: str
    reasons: tuple[Reason, ...] = ()
    category: Category = "unassessed"
    category_probability: float = 0.0
    status: Status = "ok"
