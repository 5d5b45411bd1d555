"""Active learning: which unlabelled ads an analyst should label next.

Labelling time is the scarce resource of an analyst retraining recruitscan. The most useful
ads to label are the ones the model is unsure about (scores near its operating threshold),
spread over languages and over the red flags that drove the score (so one lure wording does
not fill the whole batch), and never near-copies of each other or of what is already labelled
(scam ads are reposted with a new phone number; labelling the same ad twice teaches little).

>>> import recruitscan, pandas as pd                        # doctest: +SKIP
>>> from recruitscan.active import suggest_for_labelling    # doctest: +SKIP
>>> pool = pd.read_csv("unlabelled_ads.csv")                # doctest: +SKIP
>>> suggest_for_labelling(recruitscan.load(), pool, k=20)[["text", "score", "why"]]  # doctest: +SKIP
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from recruitscan.errors import InputError
from recruitscan.similarity import DisjointSets, jaccard, shingles
from recruitscan.types import ScanResult

if TYPE_CHECKING:
    from recruitscan.detector import Detector

__all__ = ["SUGGESTION_COLUMNS", "jaccard", "near_duplicate_groups", "shingles",
           "suggest_for_labelling", "uncertainty"]

NEAR_DUPLICATE = 0.8  # Jaccard similarity of shingle sets at or above which two ads are copies
NO_INDICATOR = "(text only)"
SUGGESTION_COLUMNS = ("rank", "score", "flagged", "risk", "language", "top_indicator",
                      "top_reasons", "uncertainty", "why")
# Statuses the model could not score: nothing to learn from labelling them.
_UNSCORABLE = frozenset({"empty", "not_text"})


# -- near-duplicates -----------------------------------------------------------------------

def near_duplicate_groups(texts: Sequence[str], threshold: float = NEAR_DUPLICATE,
                          prefix: str = "dup") -> list[str]:
    """Group ids that put near-duplicate texts (shingle Jaccard ≥ ``threshold``) together.

    Use it to give an analyst's labelled rows a ``group`` before a group-aware split, so that
    reposts of one ad never land on both sides of the split. Pairwise, so O(n²): meant for
    labelled sets of up to a few thousand rows.

    Parameters
    ----------
    texts : sequence of str
        The texts, in row order.
    threshold : float, default 0.8
        Similarity at or above which two texts share a group (transitively).
    prefix : str, default "dup"
        Prefix of the returned group ids.

    Returns
    -------
    list of str
        One group id per text; ids are ``f"{prefix}-{i}"`` with ``i`` the first row of the group.
    """
    sets = [shingles(str(t)) for t in texts]
    groups = DisjointSets()  # the smallest row names the group
    for i in range(len(sets)):
        for j in range(i + 1, len(sets)):
            if jaccard(sets[i], sets[j]) >= threshold:
                groups.union(i, j)
    return [f"{prefix}-{groups.find(i)}" for i in range(len(sets))]


# -- uncertainty and diversity -------------------------------------------------------------

def uncertainty(scores: np.ndarray, centre: float) -> np.ndarray:
    """1 at ``centre`` falling linearly to 0 at a score of 0 or 1.

    Parameters
    ----------
    scores : array of float
        Calibrated scores in [0, 1].
    centre : float
        The score the model is least sure about: its operating threshold, or 0.5.

    Returns
    -------
    numpy.ndarray
        Uncertainty in [0, 1], one per score.
    """
    s = np.asarray(scores, dtype=float)
    c = min(max(float(centre), 1e-9), 1 - 1e-9)
    # Scaled separately on each side so that the most certain score either way gets 0.
    return np.clip(np.where(s < c, s / c, (1 - s) / (1 - c)), 0.0, 1.0)


def _top_indicator(r: ScanResult) -> str:
    """The red flag (or legitimacy signal) that moved the score most, n-grams aside."""
    named = [x for x in r.reasons if x.indicator != "text.ngram"
             and not x.indicator.startswith(("correction.", "language."))]
    return max(named, key=lambda x: abs(x.weight)).indicator if named else NO_INDICATOR


def _top_reasons(r: ScanResult, n: int = 3) -> str:
    return "; ".join(f"{x.indicator}: {x.evidence!r}" if x.evidence else x.indicator
                     for x in r.reasons[:n])


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


# -- the selection -------------------------------------------------------------------------

def suggest_for_labelling(
    det: Detector, df: pd.DataFrame, k: int, text_col: str = "text", *,
    centre: float | None = None, diversity: float = 1.0,
    duplicate_threshold: float = NEAR_DUPLICATE, already_labelled: Iterable[str] = (),
) -> pd.DataFrame:
    """Pick the ``k`` unlabelled rows whose labels would teach the model most.

    Greedy selection: each step takes the row with the highest gain, where gain is the row's
    uncertainty (1 at the threshold, 0 at a score of 0 or 1) divided by
    ``1 + diversity * (c + (l + i) / 2)``; ``c`` counts rows already picked in the same
    (language, top indicator) cell, ``l`` in the same language and ``i`` with the same top
    indicator. A row whose character 5-gram Jaccard similarity to a picked row (or to a text in
    ``already_labelled``) is at least ``duplicate_threshold`` is never picked. Ties go to the
    earlier row, so the result is deterministic. Costs one scan of ``df`` plus O(k · n) set
    comparisons.

    Parameters
    ----------
    det : Detector
        The model whose uncertainty is used, e.g. ``recruitscan.load()``.
    df : pandas.DataFrame
        The unlabelled pool; any other columns are kept in the result.
    k : int
        How many rows to suggest (fewer come back when fewer distinct, scorable rows exist).
    text_col : str, default "text"
        Column holding the texts.
    centre : float, optional
        The score of maximal uncertainty; defaults to the model's operating threshold
        ``det.threshold`` (use 0.5 for "the calibrated coin flip").
    diversity : float, default 1.0
        Strength of the coverage penalty; 0 ranks by uncertainty alone.
    duplicate_threshold : float, default 0.8
        Shingle Jaccard similarity at or above which two texts count as the same ad.
    already_labelled : iterable of str, optional
        Texts the analyst has labelled already; their near-copies are not suggested.

    Returns
    -------
    pandas.DataFrame
        The picked rows of ``df`` (original index kept), in pick order, with the columns
        ``rank`` (1 = label first), ``score``, ``flagged``, ``risk``, ``language`` (detected,
        replacing any input column of that name), ``top_indicator``, ``top_reasons`` (the three
        strongest reasons with their evidence), ``uncertainty`` and ``why`` (a sentence saying
        why the row was picked).

    Raises
    ------
    InputError
        If ``text_col`` is not a column of ``df``.
    ValueError
        If ``k`` is negative or not an integer, or ``diversity``/``duplicate_threshold`` are
        out of range.

    Notes
    -----
    Empty and non-text rows are skipped; rows in an unsupported language are kept (their
    ``status`` is not reported here, their reasons include ``language.unsupported``).
    """
    if isinstance(k, bool) or not isinstance(k, int | np.integer) or k < 0:
        raise ValueError(f"k must be a non-negative integer, got {k!r}")
    if text_col not in df.columns:
        raise InputError(f"no column {text_col!r}; columns are: {', '.join(map(str, df.columns))}")
    if diversity < 0 or not math.isfinite(diversity):
        raise ValueError(f"diversity must be a finite number >= 0, got {diversity!r}")
    if not 0.0 < duplicate_threshold <= 1.0:
        raise ValueError(f"duplicate_threshold must be in (0, 1], got {duplicate_threshold!r}")

    results = list(det.scan_many(df[text_col].tolist(), reasons="full"))
    live = [i for i, r in enumerate(results) if r.status not in _UNSCORABLE]
    out_cols = list(df.columns) + [c for c in SUGGESTION_COLUMNS if c not in df.columns]
    if k == 0 or not live:
        return pd.DataFrame(columns=out_cols).astype({"score": float})

    thr = det.threshold if centre is None else float(centre)
    scores = np.array([results[i].score for i in live])
    unc = uncertainty(scores, thr)
    langs = [results[i].language for i in live]
    inds = [_top_indicator(results[i]) for i in live]
    cells = list(zip(langs, inds, strict=True))
    texts = [str(df[text_col].iloc[i]) for i in live]

    seen_sets = [shingles(str(t)) for t in already_labelled]
    picked: list[int] = []  # positions in `live`
    picked_sets: list[frozenset[str]] = []
    n_cell: Counter[tuple[str, str]] = Counter()
    n_lang: Counter[str] = Counter()
    n_ind: Counter[str] = Counter()
    alive = np.ones(len(live), dtype=bool)
    cell_codes = {c: j for j, c in enumerate(dict.fromkeys(cells))}
    lang_codes = {x: j for j, x in enumerate(dict.fromkeys(langs))}
    ind_codes = {x: j for j, x in enumerate(dict.fromkeys(inds))}
    cell_of = np.array([cell_codes[c] for c in cells])
    lang_of = np.array([lang_codes[x] for x in langs])
    ind_of = np.array([ind_codes[x] for x in inds])
    cell_count = np.zeros(len(cell_codes))
    lang_count = np.zeros(len(lang_codes))
    ind_count = np.zeros(len(ind_codes))
    why_cover: list[str] = []

    while len(picked) < k and alive.any():
        penalty = cell_count[cell_of] + (lang_count[lang_of] + ind_count[ind_of]) / 2
        gain = np.where(alive, unc / (1.0 + diversity * penalty), -np.inf)
        # Stable sort on -gain: equal gains keep row order (determinism).
        for j in np.argsort(-gain, kind="stable"):
            if not alive[j]:
                break
            s = shingles(texts[j])
            alive[j] = False  # either picked now or a near-copy forever (the picked set grows)
            dup = any(jaccard(s, p) >= duplicate_threshold for p in picked_sets) or any(
                jaccard(s, p) >= duplicate_threshold for p in seen_sets)
            if dup:
                continue
            lang, ind = cells[j]
            why_cover.append(f"{_ordinal(n_cell[cells[j]] + 1)} pick for language {lang} × "
                             f"{ind}" + ("" if n_lang[lang] else f"; first in {lang}"))
            picked.append(j)
            picked_sets.append(s)
            n_cell[cells[j]] += 1
            n_lang[lang] += 1
            n_ind[ind] += 1
            cell_count[cell_of[j]] += 1
            lang_count[lang_of[j]] += 1
            ind_count[ind_of[j]] += 1
            break

    rows = [live[j] for j in picked]
    out = df.iloc[rows].copy()
    res = [results[i] for i in rows]
    out["rank"] = np.arange(1, len(rows) + 1)
    out["score"] = [round(r.score, 6) for r in res]
    out["flagged"] = [r.flagged for r in res]
    out["risk"] = [r.risk for r in res]
    out["language"] = [r.language for r in res]
    out["top_indicator"] = [inds[j] for j in picked]
    out["top_reasons"] = [_top_reasons(r) for r in res]
    out["uncertainty"] = [round(float(unc[j]), 4) for j in picked]
    out["why"] = [
        f"score {r.score:.2f} is {abs(r.score - thr):.2f} {'above' if r.score >= thr else 'below'}"
        f" the {'threshold' if centre is None else 'centre'} {thr:.2f} "
        f"(uncertainty {unc[j]:.2f}); {cover}"
        for r, j, cover in zip(res, picked, why_cover, strict=True)
    ]
    return out
