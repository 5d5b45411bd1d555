"""Obfuscation rewrites and a robustness table: does the detector still flag disguised ads?

Scam recruiters disguise the words keyword filters look for: Cyrillic/Greek look-alike letters,
"K a m b o j a", "T.e.l.e.g.r.a.m", leetspeak ("k4mb0j4"), emoji or line breaks between words,
zero-width characters inside words and random case. Each rewrite below imitates one trick; all
are deterministic given a seed (``random.Random`` seeded with an int gives the same stream in
every process, whatever ``PYTHONHASHSEED``).

    >>> from recruitscan.robustness import leetspeak
    >>> leetspeak("kerja di kamboja", seed=0, rate=1.0)
    'k3rj4 di k4mb0j4'

:func:`robustness_table` scores clean positives and every rewrite of them and reports the
flagged rate (recall on positives) and the drop, in points, against the clean text. Given
ordinary texts, it also scores each positive behind some of them (:func:`behind_ordinary_text`):
a lure inside a long post; given disclaimer lines, each positive with one of them
(:func:`with_disclaimer`): a scam ad that copies a legitimate ad's anti-fraud boilerplate.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

    from recruitscan.detector import Detector

__all__ = [
    "REWRITES",
    "all_combined",
    "behind_ordinary_text",
    "dotted_letters",
    "emoji_between_words",
    "homoglyphs",
    "leetspeak",
    "line_breaks",
    "random_case",
    "robustness_table",
    "spaced_letters",
    "with_disclaimer",
    "zero_width",
]

Rewrite = Callable[..., str]

# Letters of any script, no digits or "_": the words the rewrites disguise. Not parts of
# handles, links, e-mails or hyphenated words ("mr.wang_hr", "t.me/x", "tanya-tanya"), which
# scammers leave as they are so that they still work.
_WORD_RE = re.compile(r"(?<![\w.@/\-])[^\W\d_]+(?![\w.@/\-])")
# A one-letter (or one-digit) word just before or after a word.
_LONE_CHAR_RE = re.compile(r"(?:^|(?<=\s))\w\s$|\s\w(?!\w)")
# A single space between two non-space characters: a word gap (not indentation or a blank line).
_GAP_RE = re.compile(r"(?<=\S) (?=\S)")

# Look-alikes as scammers use them; every one is in normalise's confusable tables.
_HOMOGLYPHS: Mapping[str, str] = MappingProxyType({
    "a": "аα", "c": "сϲ", "e": "еε", "o": "оο", "p": "рρ", "x": "хχ", "y": "у", "i": "іι",
    "j": "ј", "s": "ѕ", "k": "кκ", "v": "ν", "h": "һ", "d": "ԁ", "w": "ԝ",
    "A": "АΑ", "B": "ВΒ", "E": "ЕΕ", "H": "НΗ", "K": "КΚ", "M": "МΜ", "O": "ОΟ", "P": "РΡ",
    "C": "СϹ", "T": "ТΤ", "X": "ХΧ", "Y": "УΥ", "I": "ІΙ", "J": "Ј", "S": "Ѕ", "Z": "Ζ",
    "N": "Ν",
})  # fmt: skip
_LEET: Mapping[str, str] = MappingProxyType({"a": "4", "e": "3", "o": "0", "i": "1",
                                             "A": "4", "E": "3", "O": "0", "I": "1"})
_EMOJI = ("💰", "🔥", "✅", "💵", "✈️", "🌴", "👉", "⭐", "💯", "🤑")
_ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")


def _rng(seed: int) -> random.Random:
    return random.Random(seed)


def _pick_words(text: str, rng: random.Random, rate: float, min_len: int,
                pred: Callable[[str], bool] = lambda w: True) -> list[re.Match[str]]:
    """Words (>= ``min_len`` letters, satisfying ``pred``) chosen with probability ``rate``; at
    least one when any qualifies, so the rewrite changes every text it can change."""
    cands = [m for m in _WORD_RE.finditer(text) if len(m.group()) >= min_len and pred(m.group())]
    chosen = [m for m in cands if rng.random() < rate]
    if cands and not chosen:
        chosen = [rng.choice(cands)]
    return chosen


def _splice(text: str, edits: Iterable[tuple[int, int, str]]) -> str:
    out: list[str] = []
    last = 0
    for start, end, new in sorted(edits):
        out.append(text[last:start])
        out.append(new)
        last = end
    out.append(text[last:])
    return "".join(out)


def homoglyphs(text: str, seed: int = 0, rate: float = 0.5) -> str:
    """Swap Latin letters for Cyrillic/Greek look-alikes ("Kamboja" -> "Каmbоjа") in words
    (not in handles or links, which would stop working)."""
    rng = _rng(seed)
    chars = list(text)
    spots = [i for m in _WORD_RE.finditer(text) for i in range(m.start(), m.end())
             if chars[i] in _HOMOGLYPHS]
    hit = [i for i in spots if rng.random() < rate] or spots[:1]
    for i in hit:
        chars[i] = rng.choice(_HOMOGLYPHS[chars[i]])
    return "".join(chars)


def _separated(*seps: str) -> Rewrite:
    def rewrite(text: str, seed: int = 0, rate: float = 0.5) -> str:
        rng = _rng(seed)
        edits = []
        prev_end: int | None = None
        for m in _pick_words(text, rng, rate, 4):
            # Two separated words with only punctuation between would read as one run
            # ("k a m b o j a. g a j i"), which no scammer writes: one plain word must sit
            # between them.
            if prev_end is not None and not any(c.isalnum() for c in text[prev_end:m.start()]):
                continue
            # Next to a one-letter word ("in a n i c e hostel") even a reader cannot tell where
            # the spaced word starts; such words are left alone.
            if _LONE_CHAR_RE.search(text, max(0, m.start() - 3), m.start()) or \
                    _LONE_CHAR_RE.match(text, m.end()):
                continue
            edits.append((m.start(), m.end(), rng.choice(seps).join(m.group())))
            prev_end = m.end()
        return _splice(text, edits)

    return rewrite


spaced_letters = _separated(" ")
spaced_letters.__name__ = "spaced_letters"
spaced_letters.__doc__ = 'Space out the letters of some words ("K a m b o j a").'
dotted_letters = _separated(".")
dotted_letters.__name__ = "dotted_letters"
dotted_letters.__doc__ = 'Put dots between the letters of some words ("T.e.l.e.g.r.a.m").'
_spaced_or_dotted = _separated(" ", ".")


def leetspeak(text: str, seed: int = 0, rate: float = 0.5) -> str:
    """a->4, e->3, o->0, i->1 in some words ("kamboja" -> "k4mb0j4")."""
    rng = _rng(seed)
    words = _pick_words(text, rng, rate, 3, lambda w: any(c in _LEET for c in w[1:-1]))
    return _splice(text, ((m.start(), m.end(), "".join(_LEET.get(c, c) for c in m.group()))
                          for m in words))


def _gap_rewrite(fill: Callable[[random.Random], str]) -> Callable[[str, int, float], str]:
    def rewrite(text: str, seed: int = 0, rate: float = 0.5) -> str:
        rng = _rng(seed)
        gaps = [m.start() for m in _GAP_RE.finditer(text)]
        chosen = [g for g in gaps if rng.random() < rate] or gaps[:1]
        return _splice(text, ((g, g + 1, fill(rng)) for g in chosen))

    return rewrite


def emoji_between_words(text: str, seed: int = 0, rate: float = 0.5) -> str:
    """Put an emoji in place of some word gaps ("kerja🔥kamboja")."""
    return _gap_rewrite(lambda rng: rng.choice(_EMOJI))(text, seed, rate)


def line_breaks(text: str, seed: int = 0, rate: float = 0.5) -> str:
    """Break the line at some word gaps."""
    return _gap_rewrite(lambda rng: "\n")(text, seed, rate)


def zero_width(text: str, seed: int = 0, rate: float = 0.5) -> str:
    """Insert zero-width characters between letters of some words ("kam\u200bboja")."""
    rng = _rng(seed)
    edits = []
    for m in _pick_words(text, rng, rate, 2):
        pos = rng.randrange(m.start() + 1, m.end())
        edits.append((pos, pos, rng.choice(_ZERO_WIDTH)))
    return _splice(text, edits)


def random_case(text: str, seed: int = 0, rate: float = 0.5) -> str:
    """Flip the case of letters at random ("kAmBoJa")."""
    rng = _rng(seed)
    chars = list(text)
    cased = [i for i, c in enumerate(chars) if c.lower() != c.upper() and len(c.swapcase()) == 1]
    flip = [i for i in cased if rng.random() < rate] or cased[:1]
    for i in flip:
        chars[i] = chars[i].swapcase()
    return "".join(chars)


def all_combined(text: str, seed: int = 0, rate: float = 0.3) -> str:
    """Every trick at a lower rate: word-level first, then gaps, letters, and invisibles last
    (so that a spaced word's spaces are not taken for word gaps and vice versa)."""
    steps: tuple[Rewrite, ...] = (leetspeak, random_case, homoglyphs, emoji_between_words,
                                  line_breaks, _spaced_or_dotted, zero_width)
    for k, step in enumerate(steps):
        text = step(text, seed * 31 + k, rate)
    return text


REWRITES: Mapping[str, Rewrite] = MappingProxyType({
    "homoglyphs": homoglyphs,
    "spaced_letters": spaced_letters,
    "dotted_letters": dotted_letters,
    "leetspeak": leetspeak,
    "emoji_between_words": emoji_between_words,
    "zero_width": zero_width,
    "line_breaks": line_breaks,
    "random_case": random_case,
    "all_combined": all_combined,
})


def behind_ordinary_text(fillers: Sequence[str], chars: int) -> Rewrite:
    """A rewrite that puts ``text`` behind at least ``chars`` characters of ``fillers`` (ordinary
    texts, drawn by the seed), a blank line between each: a lure inside a long post, after a
    company profile or other boilerplate. Not a disguise but context that dilutes the text's
    n-grams (their block is averaged over the whole text)."""
    if not any(fillers):  # empty texts would never add up to ``chars``
        raise ValueError("behind_ordinary_text needs at least one filler text that is not empty")

    def rewrite(text: str, seed: int = 0, rate: float = 1.0) -> str:
        del rate  # the amount of padding is ``chars``
        return padded(text, fillers, chars, _rng(seed))

    return rewrite


def padded(text: str, fillers: Sequence[str], chars: int, rng: random.Random) -> str:
    """``text`` behind texts drawn from ``fillers`` by ``rng`` until they reach ``chars``
    characters, a blank line between each. ``fillers`` must hold a text that is not empty."""
    parts: list[str] = []
    while sum(map(len, parts)) < chars:
        parts.append(rng.choice(fillers))
    return "\n\n".join([*parts, text])


def with_disclaimer(lines: Sequence[str]) -> Rewrite:
    """A rewrite that puts one of ``lines`` (anti-fraud boilerplate of legitimate ads: "Beware
    of fake recruiters using our name"), drawn by the seed, on its own line at the start or the
    end of ``text``: a scam ad copying a legitimate one."""
    usable = [line for line in lines if line.strip()]
    if not usable:
        raise ValueError("with_disclaimer needs at least one line that is not blank")

    def rewrite(text: str, seed: int = 0, rate: float = 1.0) -> str:
        del rate  # one line per text
        return with_line(text, usable, _rng(seed))

    return rewrite


def with_line(text: str, lines: Sequence[str], rng: random.Random) -> str:
    """``text`` with a line drawn from ``lines`` by ``rng`` before or after it (a coin toss)."""
    line = rng.choice(lines)
    return f"{line}\n{text}" if rng.random() < 0.5 else f"{text}\n{line}"


def robustness_table(detector: Detector, texts: Iterable[str], seed: int = 0,
                     rewrites: Mapping[str, Rewrite] = REWRITES,
                     fillers: Sequence[str] = (), padding: Sequence[int] = (300, 800),
                     disclaimers: Sequence[str] = ()) -> pd.DataFrame:
    """Flagged rate on ``texts`` (meant to be positives) clean and under every rewrite.

    With ``fillers`` (ordinary texts), also behind ``padding`` characters of them
    (:func:`behind_ordinary_text`; rows ``behind_<n>_chars``). With ``disclaimers``, also
    with one of them as a line of their own (:func:`with_disclaimer`; row ``with_disclaimer``).

    Columns: ``rewrite`` ("clean" first), ``n``, ``changed`` (share of texts the rewrite
    altered: case and look-alikes cannot change a Thai ad), ``flagged``, ``recall`` and
    ``drop_points`` (clean recall minus this recall, times 100; positive is worse).
    Text ``i`` is rewritten with seed ``seed * 1_000_003 + i``, so rows are reproducible.
    """
    import pandas as pd

    clean = list(texts)
    if fillers:
        rewrites = {**rewrites, **{f"behind_{n}_chars": behind_ordinary_text(fillers, n)
                                   for n in padding}}
    if disclaimers:
        rewrites = {**rewrites, "with_disclaimer": with_disclaimer(disclaimers)}
    variants: dict[str, list[str]] = {"clean": clean}
    for name, fn in rewrites.items():
        variants[name] = [fn(t, seed * 1_000_003 + i) for i, t in enumerate(clean)]
    rows = []
    base = None
    for name, vs in variants.items():
        flagged = sum(r.flagged for r in detector.scan_many(vs, reasons="none"))
        recall = flagged / len(vs) if vs else float("nan")
        base = recall if base is None else base
        rows.append({"rewrite": name, "n": len(vs),
                     "changed": sum(v != c for v, c in zip(vs, clean, strict=True)) / max(len(vs), 1),
                     "flagged": flagged, "recall": recall,
                     "drop_points": round((base - recall) * 100, 2)})
    return pd.DataFrame(rows, columns=["rewrite", "n", "changed", "flagged", "recall",
                                       "drop_points"])
