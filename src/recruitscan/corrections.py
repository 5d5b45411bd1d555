"""Analyst corrections: allow-lists and deny-lists applied on top of the model, visibly.

An allow-listed employer, domain or phone number unflags a text; a deny-listed recruiter
handle or number flags it. The score is left as the model computed it, so the correction is
never silent: the result carries a reason naming the list entry and where it matched.
Corrections are stored with the model (``corrections.json`` in the model directory).

A listed phone number matches the same whole number in a text, however it is spaced or
punctuated: both are read by ``phonenumbers`` and compared in E.164, a number written without
a country code as a number of the listed one's country (Indonesia for a listed number without
one), so "0812 3456 7890" matches "+62 812 3456 7890". A number that ``phonenumbers`` cannot
read as a valid one matches only exactly the same digits. Never a part of a longer number:
another country's number or a bank account that ends in the same digits is another number.

A listed domain ("majujaya.co.id") matches that host or a subdomain of it
("jobs.majujaya.co.id"), in a link or an e-mail address, and nothing a scammer can register
around it: not a host it only starts ("majujaya.co.id.kh-jobs.top") or only ends
("fake-majujaya.co.id"), not the user part of a link or address ("majujaya.co.id@evil.com"),
not the path or query of a link to another host ("kh-jobs.top/majujaya.co.id"). A deny-listed
handle written as a domain ("kasir.bdg", "evil.top") is never a part of a longer host either,
but counts wherever it is named, a link's path or an address's user part included.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from functools import cached_property, lru_cache, partial
from pathlib import Path

import phonenumbers

from recruitscan.errors import InputError
from recruitscan.indicators.contact import DEFAULT_REGION, phone_numbers
from recruitscan.types import SCAM_KINDS, Reason, ScanResult

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
        numbers = _Numbers(text)

        def phone_or_word(entry: str) -> _Span | None:
            if _is_phone(entry):
                return _phone_span(numbers, entry)
            if _is_domain(entry):
                # A handle or domain to deny counts wherever it is named, in a link too
                # ("instagram.com/kasir.bdg"), but not inside another host.
                return _domain_span(text, entry, host_only=False)
            return _phrase_span(text, entry)

        def domain(entry: str) -> _Span | None:
            if _is_domain(entry):
                # A look-alike host must not unflag a text: only the host itself counts.
                return _domain_span(text, entry, host_only=True)
            return _phrase_span(text, entry)  # not a host name ("majujaya.co.id/karir")

        deny = _first_match(self.deny_handles, phone_or_word)
        if deny is not None:
            start, end, entry = deny
            reason = Reason("correction.deny_listed", f"deny-listed recruiter handle or number "
                            f"({entry})", text[start:end], start, end, 0.0)
            # A text the model called legit (or left unassessed) gets the kind the list names;
            # its probability stays the model's, the score (that of a scam of either kind).
            relabel = ({} if result.category in SCAM_KINDS else
                       {"category": "compound_recruitment", "category_probability": result.score})
            return replace(result, flagged=True, risk="high", reasons=(reason, *result.reasons),
                           **relabel)
        phrase = partial(_phrase_span, text)
        for entries, kind, find in ((self.allow_employers, "employer", phrase),
                                    (self.allow_domains, "domain", domain),
                                    (self.allow_phones, "phone number", phone_or_word)):
            allow = _first_match(entries, find)
            if allow is not None:
                start, end, entry = allow
                reason = Reason(f"correction.allow_listed_{kind.replace(' ', '_')}",
                                f"allow-listed {kind} ({entry})", text[start:end], start, end, 0.0)
                return replace(result, flagged=False, risk="low", category="legit",
                               category_probability=1.0 - result.score,
                               reasons=(reason, *result.reasons))
        return result


_Span = tuple[int, int]

# A digit or "+" just before a number, or a digit just after it, makes it part of a longer
# one: a country code in front, an account number around it.
_LONGER_BEFORE = re.compile(r"[+\d][\s\-]?$")
_LONGER_AFTER = re.compile(r"[\s\-]?\d")


def _phrase(entry: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, entry.split())) + r"(?!\w)",
                      re.IGNORECASE)


def _phrase_span(text: str, entry: str) -> _Span | None:
    m = _phrase(entry).search(text)
    return m.span() if m else None


# A host: dot-separated labels of letters, digits and hyphens (\w takes in IDN labels).
_DOMAIN = re.compile(r"(?<![\w-])[\w-]++(?:\.[\w-]++)+")
# Right after a domain, what makes it a part of a longer host: another label. A full stop
# then a space or the end is the end of a sentence ("visit majujaya.co.id.").
_MORE_HOST = re.compile(r"[\w-]|\.[\w-]")
# Right after a host, what makes it the user part of a link or e-mail address, not its host
# ("majujaya.co.id@evil.com", "majujaya.co.id:pw@evil.com").
_USER_PART = re.compile(r"(?::[^\s/@]*)?@")
# Before a host, in the same run of non-spaces: a path or query of another link
# ("kh-jobs.top/majujaya.co.id", "?next=majujaya.co.id"). A scheme's "//" is not one.
_SCHEME = re.compile(r"^\W*(?:[a-z][\w+.-]*:)?//", re.IGNORECASE)
_LINK_PART = re.compile(r"[/?#=&\\]")
_LONGEST_PREFIX = 200  # characters of scheme and user part before a host


def _is_domain(entry: str) -> bool:
    """A list entry written as a host name ("majujaya.co.id"), not a phrase or a handle."""
    return _DOMAIN.fullmatch(entry.strip()) is not None


@lru_cache(maxsize=1024)
def _domain_pattern(entry: str) -> re.Pattern[str]:
    # The domain where a host starts or after labels of a subdomain; group 1 is the domain.
    return re.compile(r"(?<![\w.-])(?:[\w-]+\.)*(" + re.escape(entry.strip()) + ")",
                      re.IGNORECASE)


def _domain_span(text: str, entry: str, *, host_only: bool) -> _Span | None:
    """Where ``text`` holds the domain ``entry`` or a subdomain of it, never as a part of a
    longer host. With ``host_only``, only as the host a link or address leads to: not its
    user part, nor in the path or query of a link to another host."""
    for m in _domain_pattern(entry).finditer(text):
        start, end = m.span(1)
        if _MORE_HOST.match(text, end):
            continue
        if host_only and (_USER_PART.match(text, end) or _in_link(text, m.start())):
            continue
        return start, end
    return None


def _in_link(text: str, start: int) -> bool:
    """Whether ``start`` is in the path or query of a link (the run of non-spaces before it
    holds one). A run longer than any scheme and user part counts as one: read to its start,
    a text of many such runs would take quadratic time."""
    run = start
    while run > 0 and not text[run - 1].isspace():
        run -= 1
        if start - run > _LONGEST_PREFIX:
            return True
    return _LINK_PART.search(_SCHEME.sub("", text[run:start])) is not None


@lru_cache(maxsize=1024)
def _is_phone(entry: str) -> bool:
    """A list entry that is mostly digits is a phone number; anything else a word or handle."""
    digits = re.sub(r"\D", "", entry)
    return len(digits) >= 7 and len(digits) >= len(entry.strip().lstrip("+")) - 4


@dataclass(frozen=True)
class _Listed:
    """A listed phone number as texts are searched for it."""

    e164: str | None  # None where ``phonenumbers`` cannot read it as a valid number
    region: str  # where a number written without a country code is read as local
    tail: str  # the last digits of the national number, which every way of writing it ends in
    digits: str
    pattern: re.Pattern[str]  # exactly its digits, whatever the spacing or punctuation


@lru_cache(maxsize=1024)
def _listed_number(entry: str) -> _Listed:
    e164, region, tail = None, DEFAULT_REGION, ""
    try:
        number = phonenumbers.parse(entry, DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        number = None
    if number is not None and phonenumbers.is_valid_number(number):
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        region = phonenumbers.region_code_for_number(number) or "ZZ"
        tail = phonenumbers.national_significant_number(number)[-4:]
    digits = phonenumbers.normalize_digits_only(entry)
    return _Listed(e164, region, tail, digits,
                   re.compile(r"\+?" + r"[\s\-.()]{0,2}".join(digits)))


class _Numbers:
    """One text's digits, and its phone numbers in E.164 by the region local ones are read
    in: each worked out once, when a listed number first asks (the matcher is slow)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._by_region: dict[str, tuple[tuple[int, int, str], ...]] = {}

    @cached_property
    def digits(self) -> str:
        """The text's digits in a row, as ASCII: a number is in the text only if its digits
        are in these."""
        digits = re.sub(r"\D+", "", self.text)
        return digits if digits.isascii() else phonenumbers.normalize_digits_only(digits)

    def in_region(self, region: str) -> tuple[tuple[int, int, str], ...]:
        if region not in self._by_region:
            self._by_region[region] = tuple(
                (s, e, phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164))
                for s, e, n in phone_numbers(self.text, region))
        return self._by_region[region]


def _whole_number(text: str, start: int, end: int) -> bool:
    return not (_LONGER_BEFORE.search(text[max(0, start - 2):start])
                or _LONGER_AFTER.match(text, end))


def _phone_span(numbers: _Numbers, entry: str) -> _Span | None:
    """Where the text holds the listed number ``entry``: the same number once both are in
    E.164, or else exactly its digits; never as a part of a longer number."""
    listed, text = _listed_number(entry), numbers.text
    if listed.e164 is not None and listed.tail in numbers.digits:
        for start, end, found in numbers.in_region(listed.region):
            if found == listed.e164 and _whole_number(text, start, end):
                return start, end
    if listed.digits in numbers.digits:
        for m in listed.pattern.finditer(text):
            if _whole_number(text, m.start(), m.end()):
                return m.span()
    return None


def _first_match(entries: tuple[str, ...], find: Callable[[str], _Span | None],
                 ) -> tuple[int, int, str] | None:
    for entry in entries:
        span = find(entry)
        if span is not None:
            return span[0], span[1], entry
    return None
