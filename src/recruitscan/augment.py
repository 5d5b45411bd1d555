"""Training copies of texts, so that a scam keeps its score in a long post or behind a disclaimer.

A text's n-gram block is averaged over the whole text (``features._text_block`` divides by the
square root of its n-gram count), so ordinary text around a lure dilutes it: a corpus scam
behind 800 characters of company profile from a real job board lost half its recall. Real
posts pad a lure with boilerplate, and fake jobs borrow company profiles (catalogue §8).

``with_preambles`` adds, for a share of the training rows, a copy whose text starts with one
or more ordinary texts of the same training rows (local job ads and everyday messages in which
no indicator fires), label and category unchanged. Negatives get such
copies too, so that length and padding say nothing about the label. Only the fitting rows are
augmented: calibration, validation and test texts are scored as they are.

``with_disclaimers`` adds, for a share of the training scams, a copy that carries a line of
anti-fraud boilerplate taken from a legitimate ad of the same rows ("Beware of fake recruiters
using our name", "Hati-hati penipuan mengatasnamakan perusahaan"). Legitimate ads carry such
lines and scam ads copy legitimate ads, but almost no scam of the corpus has one, so a model
fitted on it alone reads one warning word as proof of a warning: one such line appended halved
the bundled 0.11.0 model's recall on the corpus test scams.

``with_unaccented`` adds, for a share of the training rows in a language often typed without
its diacritics (Vietnamese: "tuyen nhan vien cskh, luong cao"), a copy so typed, label and
category unchanged. The corpus writes it with them, so a model fitted on it alone met the same
words without them as unseen n-grams: typed so, the corpus test split's Vietnamese negatives
were flagged nearly four times as often.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from recruitscan.analysis import Analysis, analyse
from recruitscan.indicators.lexicon import UNACCENTED_LANGUAGES
from recruitscan.normalise import without_diacritics
from recruitscan.robustness import padded, with_line
from recruitscan.types import IndicatorHit

# Texts that may serve as padding: ordinary text in which no indicator fires, so that a copy
# has exactly its own text's red flags and legitimacy signals (padding with flags would teach
# that several weak flags together mean little; with legitimacy signals, that they mean little).
FILLER_CATEGORIES = frozenset({"legit_job", "other_text"})


def is_filler(category: str, text: str, hits: Sequence[object]) -> bool:
    """Whether a text of ``category`` with these indicator ``hits`` may pad another text."""
    return category in FILLER_CATEGORIES and not hits and bool(text.strip())


# Legitimate texts whose warning lines a scam may borrow: job ads, not the warnings themselves
# (a warning describes the lure; an ad's disclaimer guards against it), nor everyday messages
# ("hati-hati di jalan"), which a scam ad does not copy.
DISCLAIMER_CATEGORIES = frozenset({"legit_job", "legit_overseas", "legit_local_hotspot"})
WARNING_INDICATOR = "awareness.warning.v1"
# Below this many disclaimer lines in a scam's language, its copies borrow from every language:
# a handful of lines would be learnt as phrases rather than as "a scam may carry a warning word".
MIN_OWN_LINES = 5
# A longer "line" is a whole message or ad, not a line of boilerplate.
MAX_LINE_CHARS = 200


def disclaimer_lines(texts: Sequence[str], categories: Sequence[str],
                     hits: Sequence[Sequence[IndicatorHit]],
                     languages: Sequence[str]) -> dict[str, list[str]]:
    """The lines of legitimate ``texts`` (``DISCLAIMER_CATEGORIES``) on which a warning word
    fires and no other legitimacy signal does, of at most ``MAX_LINE_CHARS`` characters, by
    the language of the text they come from (the lexicon that matched can be another: Malay's
    "waspada" fires in Indonesian), each line once. Another signal (a work visa, an official
    channel) would make a copy teach that those count for little too."""
    lines: dict[str, dict[str, None]] = {}
    for text, category, text_hits, language in zip(texts, categories, hits, languages,
                                                   strict=True):
        if category not in DISCLAIMER_CATEGORIES:
            continue
        for h in text_hits:
            if h.indicator != WARNING_INDICATOR:
                continue
            start = text.rfind("\n", 0, h.start) + 1
            end = text.find("\n", h.end)
            end = len(text) if end < 0 else end
            others = [o for o in text_hits if o.indicator != WARNING_INDICATOR and o.weight < 0
                      and start <= o.start < end]
            line = text[start:end].strip()
            if line and len(line) <= MAX_LINE_CHARS and not others:
                lines.setdefault(language, {})[line] = None
    return {lang: list(found) for lang, found in lines.items()}


@dataclass(frozen=True)
class Augmented:
    analyses: list[Analysis]
    labels: np.ndarray
    categories: list[str]


def with_preambles(analyses: Sequence[Analysis], labels: np.ndarray, categories: Sequence[str],
                   rate: float, min_chars: int, seed: int) -> Augmented:
    """``analyses`` plus, for ``round(rate * n)`` rows drawn at random, a copy whose text starts
    with at least ``min_chars`` characters of filler drawn from the same rows' ordinary texts
    of the same language (any language when it has too few)."""
    analyses, categories = list(analyses), list(categories)
    if rate <= 0:
        return Augmented(analyses, np.asarray(labels), categories)
    fillers: dict[str, list[str]] = {}
    for a, c in zip(analyses, categories, strict=True):
        if is_filler(c, a.original, a.hits):
            fillers.setdefault(a.language, []).append(a.original)
    pool = [t for ts in fillers.values() for t in ts]
    if not pool:
        return Augmented(analyses, np.asarray(labels), categories)
    rng = random.Random(seed)
    picked = rng.sample(range(len(analyses)), min(len(analyses), round(rate * len(analyses))))
    extra, extra_y, extra_c = [], [], []
    for i in sorted(picked):
        text = analyses[i].original
        own = fillers.get(analyses[i].language, [])
        source = [t for t in (own if len(own) >= 10 else pool) if t != text]  # not itself
        if not source:
            continue
        extra.append(analyse(padded(text, source, min_chars, rng)))
        extra_y.append(labels[i])
        extra_c.append(categories[i])
    return Augmented(analyses + extra, np.concatenate([np.asarray(labels), extra_y]),
                     categories + extra_c)


def with_disclaimers(analyses: Sequence[Analysis], labels: np.ndarray, categories: Sequence[str],
                     rate: float, seed: int) -> Augmented:
    """``analyses`` plus, for ``round(rate * n)`` of their ``n`` scams drawn at random, a copy
    with a disclaimer line (:func:`disclaimer_lines`) of the same rows at its start or end: of
    the scam's language where the rows hold at least ``MIN_OWN_LINES`` of them, else of any."""
    analyses, categories = list(analyses), list(categories)
    labels = np.asarray(labels)
    scams = [i for i, label in enumerate(labels) if label == 1]
    if rate <= 0 or not scams:
        return Augmented(analyses, labels, categories)
    lines = disclaimer_lines([a.original for a in analyses], categories,
                             [a.hits for a in analyses], [a.language for a in analyses])
    # Each line once: texts in two languages can hold the same line.
    pool = list(dict.fromkeys(line for found in lines.values() for line in found))
    if not pool:
        return Augmented(analyses, labels, categories)
    rng = random.Random(seed)
    picked = sorted(rng.sample(scams, min(len(scams), round(rate * len(scams)))))
    extra = []
    for i in picked:
        own = lines.get(analyses[i].language, [])
        extra.append(analyse(with_line(analyses[i].original,
                                       own if len(own) >= MIN_OWN_LINES else pool, rng)))
    return Augmented(analyses + extra, np.concatenate([labels, labels[picked]]),
                     categories + [categories[i] for i in picked])


def unaccented_texts(analyses: Sequence[Analysis], rows: Iterable[int]) -> list[tuple[int, str]]:
    """(row, its text typed without diacritics) for each of ``rows`` in a language of
    ``UNACCENTED_LANGUAGES`` whose text has diacritics to lose."""
    typed = [(i, without_diacritics(analyses[i].original)) for i in rows
             if analyses[i].language in UNACCENTED_LANGUAGES]
    return [(i, text) for i, text in typed if text != analyses[i].original]


def with_unaccented(analyses: Sequence[Analysis], labels: np.ndarray, categories: Sequence[str],
                    rate: float, seed: int) -> Augmented:
    """``analyses`` plus, for ``round(rate * m)`` of their ``m`` rows in a language of
    ``UNACCENTED_LANGUAGES`` drawn at random, a copy typed without diacritics
    (:func:`without_diacritics`; none of a row that has none). Scams and negatives alike, so
    that missing diacritics say nothing about the label."""
    analyses, categories = list(analyses), list(categories)
    labels = np.asarray(labels)
    eligible = [i for i, a in enumerate(analyses) if a.language in UNACCENTED_LANGUAGES]
    if rate <= 0 or not eligible:
        return Augmented(analyses, labels, categories)
    rng = random.Random(seed)
    picked = sorted(rng.sample(eligible, min(len(eligible), round(rate * len(eligible)))))
    copies = unaccented_texts(analyses, picked)
    return Augmented(analyses + [analyse(text) for _, text in copies],
                     np.concatenate([labels, labels[[i for i, _ in copies]]]),
                     categories + [categories[i] for i, _ in copies])
