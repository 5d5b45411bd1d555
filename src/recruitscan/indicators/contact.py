"""Contact patterns (catalogue §4): messaging-app links and handles, phone numbers and regions.

The input is folded text (NFKC, lower-cased); every span returned indexes that text exactly and
``evidence == text[start:end]``.

The phone-region indicator is deliberately weak: the catalogue (§4) finds **no source that lists
country codes as a red flag**; only generic "foreign phone number" advice exists. It fires for
Cambodian, Myanmar and Lao numbers (the compound countries) and is recorded as unverified.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate

import phonenumbers

from recruitscan.indicators.alternation import by_first_char
from recruitscan.indicators.registry import INDICATORS
from recruitscan.types import IndicatorHit

__all__ = ["DEFAULT_REGION", "HOTSPOT_REGIONS", "contact_hits", "phone_numbers", "phone_regions"]

LINK_ID = "contact.messaging_link.v1"
HANDLE_ID = "contact.messaging_handle.v1"
PHONE_ID = "contact.phone.v1"
HOTSPOT_ID = "contact.phone_hotspot_region.v1"

HOTSPOT_REGIONS = frozenset({"KH", "MM", "LA"})
DEFAULT_REGION = "ID"  # the main audience; "+"-prefixed numbers parse from their own code anyway
_MIN_DIGITS = 8  # mobile numbers (the contact form ads use) have more; fewer is no contact
_PHONEISH_RE = re.compile(r"\d[\d\s().\-/]{6,24}\d")  # digit first: ``re`` skips ahead fast
_CONTEXT = 12
_APP_WINDOW = 40  # an "@handle" counts when a messaging app is named this close

_PATH = r"[\w\-./?=&%+~#@:]"
_LINK_RE = re.compile(
    r"(?<![\w.\-/@])(?:https?://)?(?:www\.)?"
    r"(?:t\.me|telegram\.me|telegram\.dog|wa\.me|wa\.link|api\.whatsapp\.com|chat\.whatsapp\.com"
    r"|line\.me|lin\.ee|zalo\.me|open\.kakao\.com|qr\.kakao\.com|u\.wechat\.com|weixin\.qq\.com)"
    rf"/{_PATH}{{1,300}}"
    rf"|(?<![\w])(?:weixin|wechat|tg|whatsapp|line|zalo|kakaotalk|viber)://{_PATH}{{0,300}}"
)
# Every link above contains one of these; checking them first keeps the regex off most texts.
# They all contain "/", which one search rules out for many texts.
_LINK_HINTS = ("me/", ".com/", ".ee/", ".link/", ".dog/", "://")
_TRAILING = ".,;:!?)]}'\""

# Names that are also ordinary words ("line", "wa", "signal", "飞机" = aeroplane) need a label
# ("id") or an "@"/number value before a plain word counts as a handle.
_AMBIGUOUS_APPS = ("line", "wa", "tele", "tg", "signal", "飞机", "飛機", "vx", "ライン")
_APPS = _AMBIGUOUS_APPS + (
    "telegram", "whatsapp", "whats app", "watsap", "wasap", "wechat", "weixin", "微信", "zalo",
    "kakaotalk", "kakao", "카톡", "카카오톡", "텔레그램", "viber", "skype", "ไลน์", "电报", "電報",
    "纸飞机", "紙飛機", "テレグラム", "カカオトーク",
)


def _alt(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _alt_not_after_letter(words: tuple[str, ...]) -> str:
    """Like ``(?<![a-z])(?:_alt(words))``, but fast to search: each word, longest first,
    checks the char before it itself, after the search has skipped ahead to a first char."""
    return by_first_char(sorted(words, key=len, reverse=True),
                         after=lambda w: f"(?<![a-z]{re.escape(w)})")


_APP_RE = re.compile(rf"(?:{_alt_not_after_letter(_APPS)})(?![a-z])")
_LABELS = ("id", "username", "user", "akun", "acc", "account", "no.", "no", "nomor", "number",
           "num", "số", "号", "號", "번호", "아이디")
_LABELLED_RE = re.compile(
    rf"(?P<app>{_alt_not_after_letter(_APPS)})(?![a-z])"
    rf"\s{{0,2}}(?:(?P<label>{_alt(_LABELS)})(?![a-z])\s{{0,2}})?"
    r"(?P<sep>[:：=])?\s{0,2}"
    r"(?P<val>\+?\d[\d \-.]{5,16}\d|@[a-z0-9_][a-z0-9_.]{2,31}|[a-z0-9][a-z0-9_.\-]{2,31})"
)
_AT_HANDLE_RE = re.compile(r"(?<![\w@.])@[a-z0-9_][a-z0-9_.]{2,31}")


def _trim(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return end


def phone_regions(text: str) -> tuple[tuple[int, int, str], ...]:
    """Phone numbers in ``text`` as ``(start, end, region)``; region is ISO 3166 or "ZZ".

    Uses ``phonenumbers.PhoneNumberMatcher`` at leniency VALID with default region "ID":
    "+"-prefixed numbers are read from their country code whatever the default region, so no
    second pass is needed for them. Local-format numbers of other countries are only found when
    they also happen to be valid Indonesian numbers (and are then labelled "ID").
    """
    return tuple((s, e, phonenumbers.region_code_for_number(n) or "ZZ")
                 for s, e, n in phone_numbers(text))


def phone_numbers(text: str, region: str = DEFAULT_REGION,
                  ) -> tuple[tuple[int, int, phonenumbers.PhoneNumber], ...]:
    """Valid phone numbers in ``text`` as ``(start, end, number)``, those written without a
    country code read as numbers of ``region`` (see :func:`phone_regions`)."""
    out = []
    for ws, we in _phone_windows(text):
        for m in phonenumbers.PhoneNumberMatcher(text[ws:we], region,
                                                 leniency=phonenumbers.Leniency.VALID):
            out.append((ws + m.start, ws + m.end, m.number))
    return tuple(out)


def _phone_windows(text: str) -> list[tuple[int, int]]:
    """Stretches of ``text`` that may hold a phone number: a run of at least _MIN_DIGITS digits
    and separators, with some context on each side (the matcher checks neighbouring characters).
    The matcher is slow (pure Python); running it on these windows only keeps it off most text."""
    windows: list[tuple[int, int]] = []
    for m in _PHONEISH_RE.finditer(text):
        if sum(map(str.isdigit, m.group())) < _MIN_DIGITS:
            continue
        ws, we = max(0, m.start() - _CONTEXT), min(len(text), m.end() + _CONTEXT)
        if windows and ws <= windows[-1][1]:
            windows[-1] = (windows[-1][0], we)
        else:
            windows.append((ws, we))
    return windows


def contact_hits(text: str, original: str | None = None) -> tuple[IndicatorHit, ...]:
    """Contact indicator hits in folded ``text``, in text order.

    ``original`` is accepted for symmetry with the other rule families and is not used: all
    matching runs on ``text``, whose spans the caller maps back to the original.
    """
    del original
    w = {i: INDICATORS[i].weight for i in (LINK_ID, HANDLE_ID, PHONE_ID, HOTSPOT_ID)}
    hits: list[IndicatorHit] = []

    covered: list[tuple[int, int]] = []  # link and labelled spans: "@x" inside them is no new hit
    has_hint = "/" in text and any(h in text for h in _LINK_HINTS)
    links = _LINK_RE.finditer(text) if has_hint else ()
    for m in links:
        end = _trim(text, m.start(), m.end())
        covered.append((m.start(), end))
        hits.append(IndicatorHit(LINK_ID, text[m.start():end], m.start(), end, w[LINK_ID]))

    for m in _LABELLED_RE.finditer(text):
        val = m.group("val")
        if val[0] == "@":
            ok = True
        elif val[0] == "+" or val[0].isdigit():
            ok = sum(c.isdigit() for c in val) >= _MIN_DIGITS
        else:  # a plain word: "wechat id: abc", "telegram: abc"; never "line manager"
            label = m.group("label")
            ok = (m.group("sep") is not None or label in ("id", "아이디")) and (
                label is not None or m.group("app") not in _AMBIGUOUS_APPS)
        if ok:
            end = _trim(text, m.start(), m.end())
            covered.append((m.start(), end))
            hits.append(IndicatorHit(HANDLE_ID, text[m.start():end], m.start(), end, w[HANDLE_ID]))

    ats = list(_AT_HANDLE_RE.finditer(text)) if "@" in text else []
    if ats:
        covered.sort()
        starts = [cs for cs, _ in covered]
        reach = list(accumulate((ce for _, ce in covered), max))  # furthest end so far
        apps = [a.span() for a in _APP_RE.finditer(text)]
        app_starts = [a for a, _ in apps]
        app_ends = [b for _, b in apps]
        for m in ats:
            s, e = m.start(), _trim(text, m.start(), m.end())
            i = bisect_right(starts, s) - 1
            if i >= 0 and reach[i] >= e:
                continue  # inside a link or a labelled handle already reported
            j = bisect_left(app_ends, s - _APP_WINDOW)  # first app ending close enough before
            if j < len(app_starts) and app_starts[j] <= e + _APP_WINDOW:
                hits.append(IndicatorHit(HANDLE_ID, text[s:e], s, e, w[HANDLE_ID]))

    for s, e, region in phone_regions(text):
        hits.append(IndicatorHit(PHONE_ID, text[s:e], s, e, w[PHONE_ID]))
        if region in HOTSPOT_REGIONS:
            hits.append(IndicatorHit(HOTSPOT_ID, text[s:e], s, e, w[HOTSPOT_ID]))

    return tuple(sorted(hits, key=lambda h: (h.start, h.end, h.indicator)))
