"""Fold obfuscated text into a matchable form while keeping a map back to the original.

Scam recruiters dodge keyword filters with full-width letters, Cyrillic/Greek homoglyphs,
zero-width characters, emoji between letters, spaced or dotted letters and leetspeak.
:func:`normalise` undoes all but the leetspeak (which would damage amounts such as ``15jt``);
:func:`deleet` undoes that separately, char-for-char, so the offset map still applies. It also
reads the digits of every script as ASCII digits, so amounts and phone numbers parse alike.

Every character of ``NormalisedText.text`` comes from one original character or grapheme
cluster, so an indicator found in ``.text`` can be reported as a span of ``.original``.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain

__all__ = ["NormalisedText", "deleet", "normalise", "without_diacritics"]


@dataclass(frozen=True, slots=True)
class NormalisedText:
    """``text`` is ``original`` folded for matching; ``to_original`` maps spans back.

    The map is piecewise: segment ``i`` starts at ``_seg_t[i]`` in ``text`` and at
    ``_seg_o[i]`` in ``original``.  ``_seg_w[i] == -1`` marks a 1:1 segment; otherwise every
    char of the segment comes from the whole original span ``[_seg_o[i], _seg_o[i] + w)``
    (an NFKC expansion such as ``ﬁ`` -> ``fi`` or an emoji cluster -> ``" "``).
    ``_seg_t is None`` means the identity map (the ASCII fast path).
    """

    original: str
    text: str
    _seg_t: tuple[int, ...] | None = field(default=None, repr=False, compare=False)
    _seg_o: tuple[int, ...] = field(default=(), repr=False, compare=False)
    _seg_w: tuple[int, ...] = field(default=(), repr=False, compare=False)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the span ``[start, end)`` of ``text`` to a span of ``original``.

        Out-of-range or reversed input is clamped; the result always satisfies
        ``0 <= s <= e <= len(original)``.
        """
        n = len(self.text)
        start = 0 if start < 0 else (n if start > n else start)
        end = start if end < start else (n if end > n else end)
        seg_t = self._seg_t
        if seg_t is None:
            m = len(self.original)
            return (start if start < m else m), (end if end < m else m)
        if start == end:
            # An empty span sits just before the char at ``start`` (or after the last one).
            if start < n:
                p = self._char_span(start)[0]
            else:
                p = self._char_span(n - 1)[1] if n else 0
            return p, p
        return self._char_span(start)[0], self._char_span(end - 1)[1]

    def _char_span(self, pos: int) -> tuple[int, int]:
        """The original span that text char ``pos`` (``0 <= pos < len(text)``) came from."""
        seg_t = self._seg_t
        if seg_t is None:
            return pos, pos + 1
        i = bisect_right(seg_t, pos) - 1
        o = self._seg_o[i]
        w = self._seg_w[i]
        if w < 0:
            o += pos - seg_t[i]
            return o, o + 1
        return o, o + w


# --------------------------------------------------------------------------------------------
# Character tables
# --------------------------------------------------------------------------------------------

# Whitespace controls kept as they are (removing \r would glue "\r\n"-separated words together).
_KEEP_WS = frozenset("\t\n\r\x0b\x0c")

# Letters that render as nothing (Hangul fillers are a popular "invisible" padding trick).
_INVISIBLE = frozenset("\u115f\u1160\u3164\uffa0\u034f")

# Emoji skin-tone modifiers are category Sk; they attach to the preceding emoji like marks.
_SKIN_TONES = frozenset(chr(c) for c in range(0x1F3FB, 0x1F400))
# Half-width (semi-)voiced sound marks are letters (Lm) whose NFKC is a combining mark, so
# they must join the preceding kana for "ﾎﾞ" to compose to "ボ". Hangul vowel and final jamo
# are letters (Lo) too: in decomposed Korean (NFD, as macOS file names and some keyboards give
# it) they must join the lead consonant before them for "캄" to compose back to one syllable.
_HANGUL_JAMO_TAILS = frozenset(chr(c) for c in (*range(0x1161, 0x1200), *range(0xD7B0, 0xD800)))
_ATTACH_EXTRA = _SKIN_TONES | frozenset("\uff9e\uff9f") | _HANGUL_JAMO_TAILS

# Dropped from inside a cluster: variation selectors, keycap, CGJ, Mongolian FVS, skin tones.
_STRIP_TABLE: dict[int, None] = dict.fromkeys(
    chain(
        range(0xFE00, 0xFE10),
        range(0xE0100, 0xE01F0),
        range(0x180B, 0x1810),
        range(0x1F3FB, 0x1F400),
        (0x20E3, 0x034F),
    )
)

# Thai/Lao SARA AM: NFKC splits it into NIKHAHIT + SARA AA, which no human-written Thai
# lexicon uses ("ทำงาน" would stop matching), so these clusters skip NFKC.
_NO_NFKC = frozenset("\u0e33\u0eb3")

# Lunate sigma (ϲ, Ϲ) is the usual Greek stand-in for "c". NFKC turns it into "σ", which the
# confusable tables cannot tell from real Greek (and which then blocks look-alike folding for
# the whole text as a "foreign" letter), so it is kept as "ϲ" for _fold_confusables to read.
_LUNATE_SIGMA = frozenset("\u03f2\u03f9")

# Latin-script look-alikes NFKC leaves alone (small capitals used by "fancy text" generators,
# dotless i, script a/g); they are Latin already, so they fold unconditionally.
_LOOKALIKE_TABLE: dict[int, str] = str.maketrans(
    {
        "ı": "i", "ȷ": "j", "ɑ": "a", "ɡ": "g", "ɩ": "i", "ɪ": "i", "ʟ": "l", "ɴ": "n",
        "ʀ": "r", "ʏ": "y", "ʙ": "b", "ʜ": "h", "ɢ": "g", "ᴀ": "a", "ᴄ": "c", "ᴅ": "d",
        "ᴇ": "e", "ᴊ": "j", "ᴋ": "k", "ᴍ": "m", "ᴏ": "o", "ᴘ": "p", "ᴛ": "t", "ᴜ": "u",
        "ᴠ": "v", "ᴡ": "w", "ᴢ": "z", "ꜰ": "f", "ꜱ": "s",
    }
)  # fmt: skip

# Decimal digits of other scripts (Thai ๕, Burmese ၅, Khmer ៥, Lao, Arabic-Indic, Devanagari...)
# read as ASCII digits, one for one: amounts and phone numbers are parsed from the folded text,
# and Burmese and Khmer ads write them natively ("ကျပ် ၃၅၀,၀၀၀"). NFKC leaves them alone; it
# already folds full-width and mathematical digits. The BMP holds every script the ads use.
# Built on first use (a ~10 ms scan), not at import: ASCII text never needs it.
@lru_cache(maxsize=1)
def _digit_table() -> dict[int, str]:
    return {cp: str(unicodedata.decimal(chr(cp))) for cp in range(0x80, 0x10000)
            if unicodedata.category(chr(cp)) == "Nd"
            and unicodedata.normalize("NFKC", chr(cp)) == chr(cp)}


# Cyrillic / Greek / Armenian letters that look like Latin ones.  Lower-case keys are what
# appears in the folded text; upper-case keys choose the better reading when the original
# was a capital (Greek "Η" reads as H, "η" as n).
_CONF_LOWER: dict[str, str] = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j", "ѕ": "s",
    "ԁ": "d", "һ": "h", "ԛ": "q", "ԝ": "w", "ӏ": "l", "ү": "y",
    # Greek
    "α": "a", "β": "b", "γ": "y", "ε": "e", "ζ": "z", "η": "n", "ι": "i", "κ": "k",
    "μ": "u", "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ω": "w",
    "ϲ": "c", "ϳ": "j",
    # Armenian
    "հ": "h", "ո": "n", "ս": "u", "օ": "o", "զ": "q",
}  # fmt: skip
_CONF_CASED: dict[str, str] = {
    **_CONF_LOWER,
    "Η": "h", "Μ": "m", "Ν": "n", "Υ": "y", "Ζ": "z", "Β": "b", "Ι": "i", "Κ": "k",
    "Ρ": "p", "Τ": "t", "Χ": "x", "Α": "a", "Ε": "e", "Ο": "o", "Ϲ": "c",
    "А": "a", "В": "b", "Е": "e", "К": "k", "М": "m", "Н": "h", "О": "o", "Р": "p",
    "С": "c", "Т": "t", "У": "y", "Х": "x", "І": "i", "Ї": "i", "Ј": "j", "Ѕ": "s",
    "Ԁ": "d", "Һ": "h", "Ԛ": "q", "Ԝ": "w", "Ӏ": "l", "Ү": "y",
    "Օ": "o", "Ս": "u", "Զ": "q",
}  # fmt: skip
_CONF_RE = re.compile("[" + "".join(sorted(_CONF_LOWER)) + "]")
_CONF_SCRIPT: dict[str, str] = {
    ch: "greek" if ch < "\u0400" else ("cyrillic" if ch < "\u0530" else "armenian")
    for ch in _CONF_LOWER
}

# Separators that may sit between spaced-out letters ("K a m b o j a", "T.e.l.e.g.r.a.m").
# Emoji have already become " " by the time this is used.
_SEP_CHARS = " .-_*|/~+=\u00b7\u2022\u2027\u2219\u22c5\u30fb"
_SEP = frozenset(_SEP_CHARS)
_SEP_CLASS = "[" + re.escape(_SEP_CHARS) + "]"
# Cheap supersets of "a run of >= 4 spaced single letters": any such run contains two
# consecutive single letters with separators on both sides.  In ASCII text that shows as a
# substring once every byte is mapped to " " (separator), "a" (letter, digit) or "x" (other).
_ASCII_SHAPE = bytes.maketrans(
    bytes(range(128)),
    bytes(32 if chr(c) in _SEP else 97 if chr(c).isalnum() else 120 for c in range(128)),
)
_SPACED_ASCII_SHAPES = (b" a a ", b" a  a ")
# Marks may follow a letter, so the general version lets any non-word, non-space,
# non-separator char trail a letter.
_TRAIL = "[^\\w\\s" + re.escape(_SEP_CHARS) + "]*"
_SPACED_ANY_RE = re.compile(
    _SEP_CLASS + "[^\\W_]" + _TRAIL + _SEP_CLASS + "{1,2}[^\\W_]" + _TRAIL + _SEP_CLASS
)
# A letter, not right after another, that may start a run: separators, then a letter, follow.
_RUN_START_RE = re.compile("[^\\W_](?<![^\\W_].)(?=" + _TRAIL + _SEP_CLASS + "{1,2}[^\\W_])")

# ASCII controls that the fast path cannot keep (everything in Cc but \t \n \r \v \f).
_ASCII_CTRL = bytes([*range(0x09), *range(0x0E, 0x20), 0x7F])

_LATIN_LETTER_RE = re.compile("[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]")
_WORD_RE = re.compile(
    "(?:[^\\W_]|[\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f])+"
)
_CYR_GREEK_ARM_RE = re.compile(
    "[\u0370-\u03ff\u1f00-\u1fff\u0400-\u052f\u1c80-\u1c8f\u2de0-\u2dff\ua640-\ua69f\u0530-\u058f]"
)


# --------------------------------------------------------------------------------------------
# Per-cluster folding
# --------------------------------------------------------------------------------------------


@lru_cache(maxsize=8192)
def _attaches(ch: str) -> bool:
    """True for chars that belong to the preceding cluster (combining marks, skin tones...)."""
    return unicodedata.category(ch)[0] == "M" or ch in _ATTACH_EXTRA


def _clusters(s: str) -> list[str]:
    out: list[str] = []
    i, n = 0, len(s)
    while i < n:
        j = i + 1
        while j < n and _attaches(s[j]):
            j += 1
        out.append(s[i:j])
        i = j
    return out


def _fold_once(cl: str) -> str:
    base = cl[0]
    cat = unicodedata.category(base)
    major = cat[0]
    if major == "Z" or base in _KEEP_WS:
        head = base if base in _KEEP_WS else ("\n" if cat in ("Zl", "Zp") else " ")
        if len(cl) == 1:
            return head
        # Marks on whitespace are kept (folded), as the bulk copy of plain runs keeps them.
        tail = unicodedata.normalize("NFKC", cl[1:]).translate(_STRIP_TABLE)
        return head + unicodedata.normalize("NFKC", tail.casefold())
    # Orphan marks (text starts with one), invisible and control chars, lone surrogates.
    if major == "M" or base in _SKIN_TONES or cat in ("Cc", "Cf", "Cs") or base in _INVISIBLE:
        return ""
    if cat in ("Co", "Cn"):
        return cl
    if cl in _LUNATE_SIGMA:
        return "\u03f2"
    nfkc = base not in _NO_NFKC
    s = unicodedata.normalize("NFKC", cl) if nfkc else cl
    if cat == "So" and not (len(s) == 1 and s.isalnum()):
        # Emoji and pictographs; circled/squared letters (ⓐ, 🄰) fold to their letter instead.
        return " "
    s = s.translate(_STRIP_TABLE)
    if not s:
        return ""
    s = s.casefold()
    if nfkc:
        s = unicodedata.normalize("NFKC", s)
    return s.translate(_LOOKALIKE_TABLE).translate(_digit_table())


@lru_cache(maxsize=1 << 16)
def _fold_cluster(cl: str) -> str:
    """Fold one cluster; iterated to a fixpoint so that folding the output changes nothing."""
    out = _fold_once(cl)
    for _ in range(4):
        again = "".join(_fold_once(c) for c in _clusters(out))
        if again == out:
            break
        out = again
    return out


@lru_cache(maxsize=1)
def _needs_fold_re() -> re.Pattern[str]:
    """Chars that ``str.lower`` does not fold exactly like ``_fold_cluster``.

    Everything else (ASCII letters, most Thai, CJK, Hangul, precomposed Vietnamese...) can be
    copied through in bulk.  Built on first use: a ~40 ms scan of the BMP.
    """
    bad = [c for c in range(0x80) if chr(c) not in _KEEP_WS and not (0x20 <= c < 0x7F)]
    digits = _digit_table()
    for cp in range(0x80, 0x10000):
        ch = chr(cp)
        cat = unicodedata.category(ch)
        if ch in _NO_NFKC:
            continue
        if (
            cat in ("Cc", "Cf", "Cs", "Zs", "Zl", "Zp", "So")
            or ch in _ATTACH_EXTRA
            or ch in _INVISIBLE
            or cp in _STRIP_TABLE
            or cp in _LOOKALIKE_TABLE
            or cp in digits
            or (cat != "Cs" and unicodedata.normalize("NFKC", ch) != ch)
            or ch.casefold() != ch
            or ch.lower() != ch
        ):
            bad.append(cp)
    # Collapse into ranges for a compact character class.
    parts: list[str] = []
    start = prev = bad[0]
    for cp in [*bad[1:], -2]:
        if cp == prev + 1:
            prev = cp
            continue
        parts.append(_class_escape(start) + ("-" + _class_escape(prev) if prev > start else ""))
        start = prev = cp
    # Astral chars (emoji, math letters, rare CJK) always take the cluster path: a class
    # beyond the BMP would make ``re`` test its ranges one by one instead of a bitmap lookup.
    return re.compile("[" + "".join(parts) + "]|[\\U00010000-\\U0010ffff]")


def _class_escape(cp: int) -> str:
    return f"\\U{cp:08x}"


# --------------------------------------------------------------------------------------------
# Normalisation
# --------------------------------------------------------------------------------------------


def normalise(text: str) -> NormalisedText:
    """Fold ``text`` for matching (see the module docstring); never raises on a ``str``."""
    # No-break spaces, the most common non-ASCII char in ads, fold to plain spaces char for
    # char: text that is ASCII but for them takes the fast path too.
    plain = text if text.isascii() else text.replace("\xa0", " ")
    if plain.isascii() and _ascii_is_plain(plain.encode("ascii")):
        return NormalisedText(text, plain.lower())
    return _normalise_slow(text, shortcuts=True)


def _ascii_is_plain(raw: bytes) -> bool:
    """No control char to drop and no spaced letters to join: ``lower()`` is the whole fold."""
    if len(raw.translate(None, _ASCII_CTRL)) != len(raw):
        return False
    shape = raw.translate(_ASCII_SHAPE)
    return not any(s in shape for s in _SPACED_ASCII_SHAPES)


# A unit is (orig_start, orig_end, folded, one_to_one).
_Unit = tuple[int, int, str, bool]


def _fold_clusters(s: str, lo: int, hi: int, units: list[_Unit]) -> None:
    """Fold ``s[lo:hi]`` cluster by cluster (``lo`` must not be inside a cluster)."""
    i = lo
    while i < hi:
        j = i + 1
        while j < hi and _attaches(s[j]):
            j += 1
        out = _fold_cluster(s[i:j])
        units.append((i, j, out, j - i == 1 and len(out) == 1))
        i = j


def _copy_run(s: str, lo: int, hi: int, units: list[_Unit]) -> None:
    """``s[lo:hi]`` has no char from ``_needs_fold_re``: lower-case it in one go, unless
    marks in it compose with their base (decomposed input), which needs the cluster fold."""
    run = s[lo:hi]
    if not run.isascii():
        check = (
            run.replace("\u0e33", "").replace("\u0eb3", "")
            if "\u0e33" in run or "\u0eb3" in run
            else run
        )
        if not unicodedata.is_normalized("NFKC", check):
            _fold_clusters(s, lo, hi, units)
            return
    units.append((lo, hi, run.lower(), True))


def _build_units(original: str, shortcuts: bool) -> list[_Unit]:
    n = len(original)
    units: list[_Unit] = []
    if not shortcuts:
        # Reference mode (used by the tests): every cluster goes through the slow fold.
        _fold_clusters(original, 0, n, units)
        return units
    pos = 0
    if n and _attaches(original[0]):  # orphan marks at the very start
        end = 1
        while end < n and _attaches(original[end]):
            end += 1
        _fold_clusters(original, 0, end, units)
        pos = end
    for m in _needs_fold_re().finditer(original, pos):
        p = m.start()
        if p < pos:
            continue  # already folded as part of the previous cluster
        base = p
        while base > pos and _attaches(original[base]):
            base -= 1
        end = p + 1
        while end < n and _attaches(original[end]):
            end += 1
        if base > pos:
            _copy_run(original, pos, base, units)
        _fold_clusters(original, base, end, units)
        pos = end
    if pos < n:
        _copy_run(original, pos, n, units)
    return units


def _normalise_slow(original: str, *, shortcuts: bool) -> NormalisedText:
    n = len(original)
    units = _build_units(original, shortcuts)

    folded = "".join(u[2] for u in units)
    seg_t, seg_o, seg_w = _segments(units)

    if _SPACED_ANY_RE.search(folded):
        dels = _spaced_deletions(folded)
        if dels:
            folded, seg_t, seg_o, seg_w = _delete_chars(folded, seg_t, seg_o, seg_w, dels)

    result = NormalisedText(original, folded, tuple(seg_t), tuple(seg_o), tuple(seg_w))
    if _CONF_RE.search(folded):
        fixed = _fold_confusables(result)
        if fixed != folded:
            result = NormalisedText(original, fixed, result._seg_t, result._seg_o, result._seg_w)
    if len(folded) == n and result._seg_t == (0,) and result._seg_w == (-1,):
        result = NormalisedText(original, result.text)  # identity map: drop the tables
    elif not folded:
        result = NormalisedText(original, "", (), (), ())
    return result


def _segments(units: list[_Unit]) -> tuple[list[int], list[int], list[int]]:
    seg_t: list[int] = []
    seg_o: list[int] = []
    seg_w: list[int] = []
    t = 0
    for o_start, o_end, out, linear in units:
        size = len(out)
        if not size:
            continue
        if linear:
            if not (seg_w and seg_w[-1] < 0 and seg_o[-1] + (t - seg_t[-1]) == o_start):
                seg_t.append(t)
                seg_o.append(o_start)
                seg_w.append(-1)
        elif not (seg_w and seg_w[-1] == o_end - o_start and seg_o[-1] == o_start):
            seg_t.append(t)
            seg_o.append(o_start)
            seg_w.append(o_end - o_start)
        t += size
    return seg_t, seg_o, seg_w


def _delete_chars(
    folded: str, seg_t: list[int], seg_o: list[int], seg_w: list[int], dels: list[int]
) -> tuple[str, list[int], list[int], list[int]]:
    """Remove the chars at positions ``dels`` from ``folded`` and from the map (rare path)."""
    view = NormalisedText("", folded, tuple(seg_t), tuple(seg_o), tuple(seg_w))
    gone = set(dels)
    fixed: list[_Unit] = []
    for p, ch in enumerate(folded):
        if p not in gone:
            a, b = view._char_span(p)
            # One char per unit, so "linear" only needs a one-char origin; _segments starts a
            # new segment whenever the origin is not contiguous with the previous char.
            fixed.append((a, b, ch, b - a == 1))
    t2, o2, w2 = _segments(fixed)
    return "".join(u[2] for u in fixed), t2, o2, w2


# Abugidas (Indic, Thai, Lao, Tibetan, Burmese, Khmer, Tai Tham): a consonant that carries a
# mark carries a vowel, so it is a syllable, often a whole word ("ចុះ" register, "ดู" look), and
# a run of them is words between spaces, not a spaced-out word: "ចុះ ប.ស.ស" is "register with
# the NSSF", not "ចុះបសស".
_ABUGIDA_RANGES = ((0x0900, 0x0DFF), (0x0E00, 0x0FFF), (0x1000, 0x109F), (0x1780, 0x17FF),
                   (0x1A20, 0x1AAF), (0xA9E0, 0xA9FF), (0xAA60, 0xAA7F))


def _is_abugida(ch: str) -> bool:
    cp = ord(ch)
    return any(lo <= cp <= hi for lo, hi in _ABUGIDA_RANGES)


@lru_cache(maxsize=4096)
def _spaced_class(ch: str) -> int:
    """0 separator, 1 letter, 2 other alnum (digit), 3 mark, 4 anything else."""
    if ch in _SEP:
        return 0
    if ch.isalpha():
        return 1
    if ch.isalnum():
        return 2
    if unicodedata.category(ch)[0] == "M":
        return 3
    return 4


def _spaced_deletions(s: str) -> list[int]:
    """Positions of separators inside runs of >= 4 spaced single letters (to be deleted).

    Runs are grown left to right from the letters that can start one; a run's later letters
    start no run of their own. Other letters start only runs of one letter, which delete
    nothing, so they are not visited.
    """
    dels: list[int] = []
    reach = 0  # letters before this belong to a run already grown
    for m in _RUN_START_RE.finditer(s):
        i = m.start()
        if i < reach or (i and _spaced_class(s[i - 1]) == 3):
            continue  # inside a run, or a mark ties the letter to the word before it
        reach = max(i + 1, _spaced_run(s, i, dels))
    return dels


def _spaced_run(s: str, i: int, dels: list[int]) -> int:
    """Grow the run of spaced single letters starting at ``i``; append its separators to
    ``dels`` when it is long enough; return the end of its last letter."""
    cls = _spaced_class
    n = len(s)
    members: list[int] = []
    gaps: list[tuple[int, int]] = []
    k = i
    last_end = i + 1
    while True:
        e = k + 1
        while e < n and cls(s[e]) == 3:
            e += 1
        # Part of a longer word, or a consonant with its vowel sign: a syllable, not a letter.
        if (e < n and cls(s[e]) in (1, 2)) or (e > k + 1 and _is_abugida(s[k])):
            if gaps:
                a, b = gaps.pop()
                # "T e l e g r a m t.me/x": a letter tied to that word by "." or "-",
                # unlike the gap before it, belongs to the word (a domain), not the run.
                if gaps and " " not in s[a:b] and s[slice(*gaps[-1])] != s[a:b]:
                    members.pop()
                    gaps.pop()
            break
        members.append(k)
        last_end = e
        g = e
        while g < n and cls(s[g]) == 0 and g - e < 3:
            g += 1
        if 1 <= g - e <= 2 and g < n and cls(s[g]) in (1, 2):
            gaps.append((e, g))
            k = g
            continue
        break
    # Leading digits are a number before the word ("1 2 a b c d"), not part of it.
    # (Sliced off in one go: popping the front one by one was quadratic on "1 1 1 ...".)
    lead = 0
    while lead < len(members) and cls(s[members[lead]]) == 2:
        lead += 1
    if lead:
        members = members[lead:]
        gaps = gaps[lead:]
    # Likewise digits after a word with no leet digit in it ("v a l i d 6 months"), where
    # they are a number, not letters ("k 4 m b 0 j 4" keeps its 4).
    tail = len(members)
    while tail and cls(s[members[tail - 1]]) == 2:
        tail -= 1
    if tail < len(members) and all(cls(s[m]) == 1 for m in members[:tail]):
        members = members[:tail]
        gaps = gaps[: max(tail - 1, 0)]
    letters = sum(1 for m in members if cls(s[m]) == 1)
    if len(members) >= 4 and letters >= 3 and letters > len(members) - letters:
        for a, b in gaps[: len(members) - 1]:
            dels.extend(range(a, b))
    return last_end


@lru_cache(maxsize=4096)
def _confusable_for(cluster: str, folded_char: str) -> str:
    nf = unicodedata.normalize("NFKC", cluster).translate(_STRIP_TABLE)
    if len(nf) == 1 and nf in _CONF_CASED:
        return _CONF_CASED[nf]
    return _CONF_LOWER[folded_char]


def _fold_confusables(nt: NormalisedText) -> str:
    """Swap homoglyphs for Latin letters in words that are otherwise Latin.

    A word made only of look-alikes ("СЕО") is swapped only when the text has Latin letters
    and no Cyrillic/Greek/Armenian letter that is not a look-alike (so Russian stays Russian),
    or when its look-alikes come from more than one script.
    """
    s = nt.text
    # (span, has_latin, mixed_scripts) of every word with a look-alike and no other foreign letter
    words: list[tuple[int, int, bool, bool]] = []
    for m in _WORD_RE.finditer(s):
        word = m.group()
        if not _CONF_RE.search(word):
            continue
        has_latin = False
        ok = True
        scripts: set[str] = set()
        for i in range(m.start(), m.end()):
            ch = s[i]
            if ch in _CONF_LOWER:
                if i + 1 < len(s) and _attaches(s[i + 1]):
                    # A Latin letter + this mark could compose ("н̂" -> "ĥ"), which would
                    # change the text length; such a word is left alone.
                    ok = False
                    break
                scripts.add(_CONF_SCRIPT[ch])
            elif _LATIN_LETTER_RE.match(ch):
                has_latin = True
            elif ch.isalpha():
                ok = False
                break
        if ok:
            words.append((m.start(), m.end(), has_latin, len(scripts) > 1))
    if not words:
        return s
    foreign = any(ch.isalpha() and ch not in _CONF_LOWER for ch in _CYR_GREEK_ARM_RE.findall(s))
    # Mixed-script words become Latin, so they count as Latin context (keeps this idempotent).
    lone_ok = not foreign and (_LATIN_LETTER_RE.search(s) is not None or any(w[3] for w in words))
    chars: list[str] | None = None
    for start, end, has_latin, mixed in words:
        # A word mixing Cyrillic and Greek look-alikes ("νіѕа") is no real word in either.
        if not (has_latin or mixed or lone_ok):
            continue
        if chars is None:
            chars = list(s)
        for p in range(start, end):
            ch = s[p]
            if ch in _CONF_LOWER:
                a, b = nt._char_span(p)
                chars[p] = _confusable_for(nt.original[a:b], ch)
    return s if chars is None else "".join(chars)


# --------------------------------------------------------------------------------------------
# Leetspeak
# --------------------------------------------------------------------------------------------

_LEET_MAP = {"4": "a", "@": "a", "3": "e", "0": "o", "5": "s", "$": "s", "7": "t", "8": "b",
             "9": "g", "1": "i"}  # fmt: skip
_VOWELS = frozenset("aeiou")
# deleet only acts on Latin-script tokens (letters, digits, @, $) in which a letter touches a
# leet char; the hint regex finds those spots, then the token is grown around them.
_LEET_LETTER = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
# Starts with the leet class so ``re`` can skip ahead to digits/@/$ (5x faster than the
# symmetric alternation).
_LEET_HINT_RE = re.compile(f"[0-9@$](?:(?<=[{_LEET_LETTER}].)|(?=[{_LEET_LETTER}]))")
_LEET_TOKEN_RE = re.compile(f"[0-9@${_LEET_LETTER}]+")
_LEET_TOKEN_CHARS = frozenset(chr(c) for c in range(0x1F00) if _LEET_TOKEN_RE.fullmatch(chr(c)))
_AMOUNT_RE = re.compile(
    r"(?:rp|rm|usd|us|php|thb|idr|vnd|nt|hk|aed|p)?\$?\d[\d.,]*"
    r"(?:k|m|jt|juta|rb|ribu|tr|triệu|x)?",
    re.IGNORECASE,
)
# The lookbehind keeps a search linear on long digit runs (it is only fullmatched today).
_ORDINAL_RE = re.compile(r"(?<!\d)\d+(?:st|nd|rd|th)", re.IGNORECASE)
# Units glued to a number inside a token ("gaji15jt"): the digits are an amount, not leet.
_UNIT_TAILS = frozenset({"jt", "juta", "rb", "ribu", "tr", "triệu", "usd", "rm", "rp", "ringgit"})
_MAX_UNIT_TAIL = max(map(len, _UNIT_TAILS))
_LEET_RUN_RE = re.compile("[0-9@$]+")


def deleet(folded: str) -> str:
    """Undo leetspeak inside words, char-for-char (``len(deleet(s)) == len(s)``).

    Only digit/@/$ runs of at most 2 chars touching letters are rewritten; a run at the
    edge of a word ("kamboj4", "covid19") only when the word also has one inside it, so
    glued numbers ("8jam", "level3") survive.  Amount-like tokens ("15jt", "rm5k", "usd1000"),
    ordinals and tokens with fewer letters than digits are left alone.
    """
    out: list[str] = []
    last = 0  # end of the last rewritten token (text before it is already in ``out``)
    done = 0  # end of the last examined token
    for h in _LEET_HINT_RE.finditer(folded):
        start = h.start()
        if start < done:
            continue  # another hint in a token already examined
        while start > 0 and folded[start - 1] in _LEET_TOKEN_CHARS:
            start -= 1
        m = _LEET_TOKEN_RE.match(folded, start)
        if m is None:  # pragma: no cover - the hint itself is made of token chars
            continue
        done = m.end()
        tok = m.group()
        emailish = (
            "@" in tok and folded[done : done + 1] == "." and folded[done + 1 : done + 2].isalpha()
        )
        new = _deleet_token(tok, emailish)
        if new != tok:
            out.append(folded[last:start])
            out.append(new)
            last = done
    if not out:
        return folded
    out.append(folded[last:])
    return "".join(out)


@lru_cache(maxsize=8192)
def _deleet_token(tok: str, emailish: bool) -> str:
    letters = sum(1 for c in tok if c.isalpha())
    digits = sum(1 for c in tok if c.isdigit())
    if letters < 2 or letters < digits:
        return tok
    if _AMOUNT_RE.fullmatch(tok) or _ORDINAL_RE.fullmatch(tok):
        return tok
    n = len(tok)
    runs: list[tuple[int, int, bool]] = []
    for r in _LEET_RUN_RE.finditer(tok):
        a, b = r.span()
        run = r.group()
        left = a > 0 and tok[a - 1].isalpha()
        right = b < n and tok[b].isalpha()
        if not (left or right) or len(run) > 2 or any(c not in _LEET_MAP for c in run):
            continue
        if ("@" in run or "$" in run) and (not (left and right) or len(run) > 1):
            continue
        if "@" in run and emailish:
            continue
        # Length first: slicing the whole tail for every run was quadratic on "@a@a@a...".
        if right and n - b <= _MAX_UNIT_TAIL and tok[b:].lower() in _UNIT_TAILS:
            continue
        runs.append((a, b, left and right))
    if not any(inside for _, _, inside in runs):
        return tok
    chars = list(tok)
    for a, b, _ in runs:
        for p in range(a, b):
            c = chars[p]
            if c == "1":
                before = chars[p - 1].lower() if p > 0 else ""
                after = _LEET_MAP.get(tok[p + 1], tok[p + 1]).lower() if p + 1 < n else ""
                chars[p] = "l" if before in _VOWELS and after in _VOWELS else "i"
            else:
                chars[p] = _LEET_MAP[c]
    return "".join(chars)


def without_diacritics(text: str) -> str:
    """``text`` as typed without diacritics: its combining marks dropped, đ and Đ as d and D."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize(
        "NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))
