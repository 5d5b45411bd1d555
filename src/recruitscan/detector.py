"""The composition root: scan one text, scan many, screen a DataFrame."""

from __future__ import annotations

import math
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, fields, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from recruitscan.analysis import Analysis, analyse
from recruitscan.artifacts import load_scorer
from recruitscan.corrections import FILE as CORRECTIONS_FILE
from recruitscan.corrections import Corrections
from recruitscan.errors import InputError
from recruitscan.explain import model_reasons
from recruitscan.language import COVERED, script_profile
from recruitscan.linear import LinearModel
from recruitscan.types import Reason, Risk, ScanResult, Status

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

ReasonsMode = Literal["none", "ids", "full"]
MAX_CHARS = 20_000  # longer texts are cut here (status "truncated"): one ad is far shorter
CHUNK = 512
RESULT_COLUMNS = ("status", "score", "flagged", "risk", "category", "category_probability",
                  "language", "reasons")

_UNSUPPORTED_REASON = "language.unsupported"
_WARM_UP_TEXT = "Loker CS Kamboja gaji Rp 15 juta/bln, tiket gratis, WA +62 812 3456 7890, t.me/x"


@dataclass(frozen=True, slots=True)
class _Prepared:
    status: Status
    text: str  # possibly truncated


def prepare(text: object, max_chars: int = MAX_CHARS) -> _Prepared:
    """Classify one input value: ok, empty, not_text or truncated."""
    if _missing(text):
        return _Prepared("empty", "")
    if not isinstance(text, str):
        return _Prepared("not_text", "")
    if not text.strip() or _visible_re().search(text) is None:
        return _Prepared("empty", "")
    if len(text) > max_chars:
        return _Prepared("truncated", text[:max_chars])
    return _Prepared("ok", text)


def _missing(value: object) -> bool:
    """None, NaN, or pandas' NA and NaT (a missing cell of a nullable or datetime column)."""
    if value is None or isinstance(value, float) and math.isnan(value):
        return True
    pandas = sys.modules.get("pandas")  # a value can only be pandas' NA once pandas is loaded
    return pandas is not None and (value is pandas.NA or value is pandas.NaT)


# Invisible chars outside the categories scanned below: Hangul fillers, the combining grapheme
# joiner, variation selectors, and the astral format chars (music/shorthand/tag controls).
_BLANK_EXTRA = ("\u115f\u1160\u3164\uffa0\u034f\ufe00-\ufe0f"
                "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3"
                "\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f\U000e0100-\U000e01ef")


@lru_cache(maxsize=1)
def _visible_re() -> re.Pattern[str]:
    """Any char that shows. A text without one (zero-width runs, bidi controls, NULs) is
    "empty", not an unreadable language. Built on first use: a ~20 ms scan of the BMP."""
    bmp = "".join(re.escape(chr(c)) for c in range(0x10000)
                  if chr(c).isspace() or unicodedata.category(chr(c)) in ("Cc", "Cf", "Cs", "Zs"))
    return re.compile(f"[^{bmp}{_BLANK_EXTRA}]")


# Below this score "legit" is the most probable category whatever the kind of scam: a scam
# kind needs score * P(kind | scam) > 1 - score, and P(kind | scam) is at most 1.
CATEGORY_FROM = 0.5


def most_probable_category(score: float, p_compound: float | None,
                           flagged: bool) -> tuple[str, float]:
    """The most probable of ``legit`` (1 - score), ``compound_recruitment`` (score × P(compound
    | scam)) and ``other_job_scam``, and its probability; a flagged text's most probable scam
    kind. An unflagged text just below the threshold can so lean towards a scam kind, and a text
    flagged at a low threshold is never called legit. ``p_compound`` is None where it was not
    computed (a score below ``CATEGORY_FROM`` and the threshold): legit."""
    if p_compound is None:
        return "legit", 1.0 - score
    kind, p_kind = (("compound_recruitment", score * p_compound) if p_compound >= 0.5
                    else ("other_job_scam", score * (1.0 - p_compound)))
    return (kind, p_kind) if flagged or p_kind > 1.0 - score else ("legit", 1.0 - score)


def _uncovered(text: str, language: str) -> bool:
    """True when the text is mostly in a script/language the model was not built for."""
    if language in COVERED:
        return False
    profile = script_profile(text)
    covered_scripts = sum(profile.get(s, 0.0) for s in
                          ("latin", "thai", "khmer", "myanmar", "han", "kana", "hangul"))
    return covered_scripts < 0.5 or language != "und"


@dataclass(frozen=True, slots=True)
class Settings:
    """What a :class:`Detector` holds besides what it reads from its model files: small and
    picklable, so that a worker process that loads the model from its path can be given the
    caller's detector exactly (``Detector.load(path).with_settings(det.settings)``)."""

    threshold: float
    medium_threshold: float  # the low/medium band edge
    max_chars: int
    corrections: Corrections


class Detector:
    """A loaded model: ``scan`` one text, ``scan_many`` texts, ``screen`` a DataFrame."""

    def __init__(self, model: LinearModel, manifest: dict[str, Any], path: str | Path, *,
                 max_chars: int = MAX_CHARS) -> None:
        self.model = model
        self.manifest = manifest
        self.path = Path(path)
        self.threshold = float(manifest["threshold"])
        self.medium_threshold = float(manifest.get("bands", {}).get("medium", self.threshold / 2))
        self.max_chars = max_chars
        corrections_file = self.path / CORRECTIONS_FILE
        self.corrections = (Corrections.load(corrections_file) if corrections_file.is_file()
                            else Corrections())

    @property
    def calibrated_share(self) -> float | None:
        """The share of scams in the rows this model's scores were calibrated on (None for
        models saved before 0.7.0, which did not record it)."""
        share = self.manifest.get("metrics", {}).get("calibration_scam_share")
        return None if share is None else float(share)

    def at_prevalence(self, score: float | np.ndarray, prevalence: float) -> float | np.ndarray:
        """``score`` (one, or an array of them) read as the probability of a scam where scams
        are ``prevalence`` of the texts rather than their share in the rows it was calibrated
        on (:mod:`recruitscan.prevalence`)."""
        from recruitscan.prevalence import at_prevalence

        if self.calibrated_share is None:
            raise ValueError(f"the model in {self.path} does not record the share of scams it "
                             "was calibrated at; retrain it with recruitscan 0.7.0 or later")
        return at_prevalence(score, prevalence, self.calibrated_share)

    @property
    def settings(self) -> Settings:
        """This detector's :class:`Settings`, as they are now (after any change to them)."""
        return Settings(self.threshold, self.medium_threshold, self.max_chars, self.corrections)

    def with_settings(self, settings: Settings) -> Detector:
        """A copy of this detector with ``settings`` (the original is unchanged); the model
        itself is shared, not copied."""
        import copy

        other = copy.copy(self)
        for f in fields(settings):
            setattr(other, f.name, getattr(settings, f.name))
        return other

    def with_corrections(self, corrections: Corrections) -> Detector:
        """A copy of this detector that applies ``corrections`` (the original is unchanged)."""
        return self.with_settings(replace(self.settings, corrections=corrections))

    @classmethod
    def load(cls, path: str | Path, *, trusted: bool = False, allowed_hashes: Iterable[str] = (),
             max_chars: int = MAX_CHARS) -> Detector:
        model, manifest = load_scorer(path, trusted=trusted, allowed_hashes=allowed_hashes)
        return cls(model, manifest, path, max_chars=max_chars)

    def warm_up(self) -> None:
        """Build now what the first scan would build (compiled lexicons and patterns), for
        example before forking worker processes that should inherit it."""
        list(self.scan_many([_WARM_UP_TEXT]))

    # -- scoring -------------------------------------------------------------------------
    def risk_of(self, score: float, threshold: float | None = None) -> Risk:
        """High at or above the operating threshold, medium in the band below it."""
        thr = self.threshold if threshold is None else threshold
        if score >= thr:
            return "high"
        return "medium" if score >= min(self.medium_threshold, thr) else "low"

    def _score_batch(self, analyses: Sequence[Analysis], reasons: ReasonsMode,
                     threshold: float) -> list[ScanResult]:
        out = []
        want_reasons = reasons != "none"
        batch = self.model.score_batch(analyses, contributions=want_reasons,
                                       category_from=min(threshold, CATEGORY_FROM))
        for a, scored in zip(analyses, batch, strict=True):
            score = scored.score
            flagged = score >= threshold
            category, cat_p = most_probable_category(score, scored.p_compound, flagged)
            rs = model_reasons(a, scored) if want_reasons else ()
            out.append(ScanResult(score, flagged, self.risk_of(score, threshold), a.language, rs,
                                  category, cat_p, "ok"))
        return out

    def scan(self, text: str, *, threshold: float | None = None) -> ScanResult:
        """Score one text. ``None`` or a non-string raises ``TypeError``."""
        if not isinstance(text, str):
            raise TypeError(f"scan() needs a str, not {type(text).__name__}")
        return next(self.scan_many([text], threshold=threshold))

    def scan_many(self, texts: Iterable[object], *, threshold: float | None = None,
                  reasons: ReasonsMode = "full", chunk_size: int = CHUNK) -> Iterator[ScanResult]:
        """Yield one result per input, in order. Bad inputs get a status, never an exception;
        one text instead of an iterable of them raises ``TypeError`` (use :meth:`scan`)."""
        if isinstance(texts, (str, bytes)):
            # Iterated, a text is its characters: a result per character, silently.
            raise TypeError(f"scan_many() needs an iterable of texts, not "
                            f"{type(texts).__name__}; pass [text], or use scan() for one text")
        thr = self.threshold if threshold is None else float(threshold)
        if not 0.0 <= thr <= 1.0:
            raise InputError(f"threshold must be in [0, 1], got {thr}")
        return self._scan_iter(texts, thr, reasons, chunk_size)

    def _scan_iter(self, texts: Iterable[object], thr: float, reasons: ReasonsMode,
                   chunk_size: int) -> Iterator[ScanResult]:
        batch: list[object] = []
        for text in texts:
            batch.append(text)
            if len(batch) >= chunk_size:
                yield from self._scan_chunk(batch, thr, reasons)
                batch = []
        if batch:
            yield from self._scan_chunk(batch, thr, reasons)

    def _scan_chunk(self, texts: list[object], threshold: float,
                    reasons: ReasonsMode) -> list[ScanResult]:
        prepared = [prepare(t, self.max_chars) for t in texts]
        live = [i for i, p in enumerate(prepared) if p.text]
        # Exports repeat ads (reposts, one scam ad pasted into many groups): each distinct
        # text of a chunk is analysed and scored once.
        distinct: dict[str, int] = {}
        for i in live:
            distinct.setdefault(prepared[i].text, len(distinct))
        analyses = [analyse(t) for t in distinct]
        scored = self._score_batch(analyses, reasons, threshold) if distinct else []
        results: list[ScanResult] = [
            ScanResult(0.0, False, "low", "und", (), "unassessed", 0.0, p.status)
            for p in prepared
        ]
        for i in live:
            k = distinct[prepared[i].text]
            a, r = analyses[k], scored[k]
            status = prepared[i].status
            if _uncovered(a.original, a.language):
                # Never confidently safe on what it cannot read: at least "medium", and say why.
                # One status per row: a cut text says so here, as "truncated" would have.
                cut = (f"; only its first {self.max_chars:,} characters were read"
                       if status == "truncated" else "")
                # Nor "legit": unflagged, its category is unassessed, as for an empty text.
                category, category_p = ((r.category, r.category_probability) if r.flagged
                                        else ("unassessed", 0.0))
                r = ScanResult(r.score, r.flagged, "high" if r.flagged else "medium", a.language,
                               (*r.reasons, Reason(_UNSUPPORTED_REASON,
                                                   "language or script not covered by the model: "
                                                   "the score is not evidence of safety" + cut,
                                                   "", 0, 0, 0.0)),
                               category, category_p, "unsupported_language")
            elif status != "ok":
                r = ScanResult(r.score, r.flagged, r.risk, r.language, r.reasons, r.category,
                               r.category_probability, status)
            if self.corrections:
                r = self.corrections.apply(a.original, r)
            results[i] = r
        return results

    def screen(self, df: pd.DataFrame, text_col: str = "text", *, threshold: float | None = None,
               reasons: ReasonsMode = "full", prevalence: float | None = None) -> pd.DataFrame:
        """Return ``df`` untouched plus the result columns, one row per input row, in order
        (with ``prevalence``, also ``score_at_prevalence``: see :meth:`at_prevalence`)."""
        import pandas as pd

        from recruitscan.batch import check_prevalence, score_frame, with_result_columns

        if not isinstance(df, pd.DataFrame):
            # A list or Series has no text column to read nor other columns to keep.
            raise TypeError(f"screen() needs a pandas DataFrame, not {type(df).__name__}; "
                            "use scan_many() for an iterable of texts")
        if text_col not in df.columns:
            raise InputError(f"no column {text_col!r}; columns are: {', '.join(map(str, df.columns))}")
        check_prevalence(self, prevalence)
        return with_result_columns(df, score_frame(self, df[text_col].tolist(), threshold,
                                                   reasons, prevalence, df.index))


def result_to_dict(r: ScanResult, reasons: ReasonsMode = "full") -> dict[str, Any]:
    d: dict[str, Any] = {"status": r.status, "score": round(r.score, 6), "flagged": r.flagged,
                         "risk": r.risk, "category": r.category,
                         "category_probability": round(r.category_probability, 6),
                         "language": r.language}
    if reasons == "ids":
        d["reasons"] = [x.indicator for x in r.reasons]
    elif reasons == "full":
        d["reasons"] = [{"indicator": x.indicator, "message": x.message, "evidence": x.evidence,
                         "start": x.start, "end": x.end, "weight": round(x.weight, 6)}
                        for x in r.reasons]
    return d
