"""Training copies of texts behind ordinary text, so that a scam keeps its score in a long post.

A text's n-gram block is averaged over the whole text (``features._text_block`` divides by the
square root of its n-gram count), so ordinary text around a lure dilutes it: a corpus scam
behind 800 characters of company profile from a real job board lost half its recall. Real
posts pad a lure with boilerplate, and fake jobs borrow company profiles (catalogue §8).

``with_preambles`` adds, for a share of the training rows, a copy whose text starts with one
or more ordinary texts of the same training rows (local job ads and everyday messages in which
no indicator fires), label and category unchanged. Negatives get such
copies too, so that length and padding say nothing about the label. Only the fitting rows are
augmented: calibration, validation and test texts are scored as they are.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from recruitscan.analysis import Analysis, analyse
from recruitscan.robustness import padded

# Texts that may serve as padding: ordinary text in which no indicator fires, so that a copy
# has exactly its own text's red flags and legitimacy signals (padding with flags would teach
# that several weak flags together mean little; with legitimacy signals, that they mean little).
FILLER_CATEGORIES = frozenset({"legit_job", "other_text"})


def is_filler(category: str, text: str, hits: Sequence[object]) -> bool:
    """Whether a text of ``category`` with these indicator ``hits`` may pad another text."""
    return category in FILLER_CATEGORIES and not hits and bool(text.strip())


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
