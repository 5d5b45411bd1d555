"""A tiny paraphrase grammar for the project-written (synthetic) corpus.

Template syntax:
  [a|b|c]     choose one alternative (alternatives may nest and contain slots)
  [?text]     include ``text`` half of the time
  {slot}      a filler from the language's SLOTS, else from COMMON_SLOTS / COMMON_FUNCS
Every expansion is deterministic given the random generator passed in.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

CATEGORIES = (
    "compound_recruitment",
    "other_job_scam",
    "legit_job",
    "legit_overseas",
    "legit_local_hotspot",
    "awareness",
    "other_text",
)
KINDS = ("ad", "chat", "news", "message")


@dataclass(frozen=True)
class T:
    """A template: ``n`` distinct expansions become examples sharing one group."""

    id: str
    category: str
    kind: str
    text: str
    n: int = 12
    bpo_urgent: bool = False  # a legit ad that says urgent / no experience (a hard negative)
    author: str = "template"

    def __post_init__(self) -> None:
        if self.category not in CATEGORIES:
            raise ValueError(f"{self.id}: unknown category {self.category!r}")
        if self.kind not in KINDS:
            raise ValueError(f"{self.id}: unknown kind {self.kind!r}")
        if not 1 <= self.n <= 30:
            raise ValueError(f"{self.id}: n must be in 1..30 (2% cap per class)")


@dataclass(frozen=True)
class H:
    """A hand-written example: one text, its own group."""

    id: str
    category: str
    kind: str
    text: str
    bpo_urgent: bool = False
    author: str = "handwritten"


_SLOT = re.compile(r"\{(\w+)\}")


def split_top_level(text: str, sep: str) -> list[str]:
    """Split ``text`` on the character ``sep`` where it stands outside every ``[...]`` group."""
    parts, depth, cur = [], 0, []
    for ch in text:
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
        if ch == sep and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return parts


def _split_alternatives(body: str) -> list[str]:
    """Split on top-level ``|`` only."""
    return split_top_level(body, "|")


def expand(
    template: str,
    rng: random.Random,
    slots: Mapping[str, Sequence[str]],
    funcs: Mapping[str, Callable[[random.Random], str]],
) -> str:
    out: list[str] = []
    i = 0
    while i < len(template):
        ch = template[i]
        if ch == "[":
            depth, j = 1, i + 1
            while j < len(template) and depth:
                depth += {"[": 1, "]": -1}.get(template[j], 0)
                j += 1
            if depth:
                raise ValueError(f"unbalanced '[' in template: {template[:60]!r}")
            body = template[i + 1 : j - 1]
            if body.startswith("?"):
                if rng.random() < 0.5:
                    out.append(expand(body[1:], rng, slots, funcs))
            else:
                out.append(expand(rng.choice(_split_alternatives(body)), rng, slots, funcs))
            i = j
        elif ch == "{":
            m = _SLOT.match(template, i)
            if not m:
                raise ValueError(f"bad slot at {template[i:i+20]!r}")
            name = m.group(1)
            if name in slots:
                out.append(expand(rng.choice(slots[name]), rng, slots, funcs))
            elif name in funcs:
                out.append(funcs[name](rng))
            else:
                raise KeyError(f"unknown slot {{{name}}}")
            i = m.end()
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def tidy(text: str) -> str:
    """Collapse the double spaces that optional parts leave behind, keep line breaks."""
    lines = [re.sub(r"[ \t]{2,}", " ", ln).strip() for ln in text.split("\n")]
    return "\n".join(lines).strip()
