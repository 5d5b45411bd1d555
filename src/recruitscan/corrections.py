"""Analyst corrections: allow-lists and deny-lists applied on top of the model, visibly.

An allow-listed employer, domain or phone number unflags a text; a deny-listed recruiter
handle or number flags it. The score is left as the model computed it, so the correction is
never silent: the result carries a reason naming the list entry and where it matched.
Corrections are stored with the model (``corrections.json`` in the model directory).
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from recruitscan.errors import InputError
from recruitscan.types import Reason, ScanResult

FILE = "corrections.json"


@dataclass(frozen=True)
class Corrections:
    allow_employers: tuple[str, ...] = ()
    allow_domains: tuple[str, ...] = ()
    allow_phones: tuple[str, ...] = ()
    deny_handles: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for name in ("allow_employers", "allow_domains", "allow_phones", "deny_handles"):
            values = getattr(self, name)
            if isinstance(values, str) or not all(isinstance(v, str) and v.strip() for v in values):
                raise ValueError(f"{name} must be a list of non-empty strings")
            object.__setattr__(self, name, tuple(values))

    def __bool__(self) -> bool:
        # Asked once per scored row: read the four lists, no deep copy as asdict() makes.
        return bool(self.allow_employers or self.allow_domains or self.allow_phones
                    or self.deny_handles)

    @classmethod
    def load(cls, path: str | Path) -> Corrections:
        """Read a ``corrections.json``; any problem raises :class:`InputError` naming the file."""
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"{path}: cannot read corrections file ({exc})") from None
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}: not valid JSON ({exc.msg}, line {exc.lineno})") from None
        known = sorted(cls.__dataclass_fields__)
        if not isinstance(data, dict):
            raise InputError(f"{path}: must be a JSON object with the keys {known}")
        unknown = set(data) - set(known)
        if unknown:
            raise InputError(f"{path}: unknown keys {sorted(unknown)}; known: {known}")
        for key, values in data.items():
            # A bare string would otherwise become a tuple of single characters.
            if not isinstance(values, list):
                raise InputError(f"{path}: {key} must be a list of strings, "
                                 f"not {type(values).__name__}")
        try:
            return cls(**{k: tuple(v) for k, v in data.items()})
        except ValueError as exc:
            raise InputError(f"{path}: {exc}") from None

    def save(self, path: str | Path) -> Path:
        path = Path(path)
        path.write_text(json.dumps({k: list(v) for k, v in asdict(self).items()}, indent=2,
                                   ensure_ascii=False) + "\n", encoding="utf-8")
        return path

    def apply(self, text: str, result: ScanResult) -> ScanResult:
        """Return ``result`` corrected by the lists, with a reason for every correction."""
        deny = _first_match(text, self.deny_handles, _phone_or_word)
        if deny is not None:
            start, end, entry = deny
            reason = Reason("correction.deny_listed", f"deny-listed recruiter handle or number "
                            f"({entry})", text[start:end], start, end, 0.0)
            return replace(result, flagged=True, risk="high", reasons=(reason, *result.reasons),
                           category=result.category if result.category != "legit"
                           else "compound_recruitment")
        for entries, kind, pattern in ((self.allow_employers, "employer", _phrase),
                                       (self.allow_domains, "domain", _phrase),
                                       (self.allow_phones, "phone number", _phone_or_word)):
            allow = _first_match(text, entries, pattern)
            if allow is not None:
                start, end, entry = allow
                reason = Reason(f"correction.allow_listed_{kind.replace(' ', '_')}",
                                f"allow-listed {kind} ({entry})", text[start:end], start, end, 0.0)
                return replace(result, flagged=False, risk="low", category="legit",
                               category_probability=1.0 - result.score,
                               reasons=(reason, *result.reasons))
        return result


def _phrase(entry: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, entry.split())) + r"(?!\w)",
                      re.IGNORECASE)


def _phone_or_word(entry: str) -> re.Pattern[str]:
    digits = re.sub(r"\D", "", entry)
    if len(digits) >= 7 and len(digits) >= len(entry.strip().lstrip("+")) - 4:
        # Match the digits whatever the spacing or punctuation between them.
        return re.compile(r"[\s\-.()]{0,2}".join(digits[-9:]))
    return _phrase(entry)


def _first_match(text: str, entries: tuple[str, ...], make) -> tuple[int, int, str] | None:  # noqa: ANN001
    for entry in entries:
        m = make(entry).search(text)
        if m:
            return m.start(), m.end(), entry
    return None
