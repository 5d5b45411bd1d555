"""Near-duplicate building blocks: character shingles, their Jaccard similarity, and disjoint
sets to collect similar items into groups. Shared by the analysts' tools (``active``), the
corpus checks (``corpus_quality``) and the corpus build."""

from __future__ import annotations

import re
from collections.abc import Hashable

SHINGLE = 5  # character n-gram length of the near-duplicate tests
_SPACE = re.compile(r"\s+")


def shingles(text: str, n: int = SHINGLE) -> frozenset[str]:
    """The set of character ``n``-grams of ``text`` after lower-casing and collapsing spaces.

    Parameters
    ----------
    text : str
        Any text.
    n : int, default 5
        Shingle length.

    Returns
    -------
    frozenset of str
        The shingles; a text shorter than ``n`` is its own single shingle.
    """
    t = _SPACE.sub(" ", text.lower()).strip()
    if len(t) <= n:
        return frozenset({t})
    return frozenset(t[i:i + n] for i in range(len(t) - n + 1))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """Jaccard similarity ``|a ∩ b| / |a ∪ b|`` of two shingle sets (1.0 for two empty sets)."""
    if not a and not b:
        return 1.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


class DisjointSets:
    """Union-find over hashable, ordered items; a merged set is named by its smallest item."""

    def __init__(self) -> None:
        self._parent: dict[Hashable, Hashable] = {}

    def find(self, x: Hashable) -> Hashable:
        parent = self._parent
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]  # path halving
            x = parent[x]
        return x

    def union(self, a: Hashable, b: Hashable) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            lo, hi = (ra, rb) if ra < rb else (rb, ra)  # type: ignore[operator]
            self._parent[hi] = lo
