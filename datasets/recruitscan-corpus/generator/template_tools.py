"""Post-processing shared by template modules: each returns a rewritten template, same output
for the same input (so the corpus stays deterministic)."""

from __future__ import annotations

import re
from collections.abc import MutableMapping

from grammar import T, _split_alternatives


def chat_breaks(text: str) -> str:
    """Put a ``{br}`` slot (a line break or a space) between every third group of a chat, so
    that line breaks occur in both classes alike instead of marking one of them."""
    parts = text.replace("\n", "{br}").split("] [")
    return "".join(p + ("" if i == len(parts) - 1 else ("]{br}[" if i % 3 == 2 else "] ["))
                   for i, p in enumerate(parts))


def _one_group(seg: str) -> bool:
    if not (seg.startswith("[") and seg.endswith("]")) or seg.startswith("[?"):
        return False
    depth = 0
    for i, ch in enumerate(seg):
        depth += {"[": 1, "]": -1}.get(ch, 0)
        if depth == 0 and i < len(seg) - 1:
            return False
    return True


def fold_optional_lines(text: str) -> str:
    """A line that is only an optional group ("[text|]") would leave an empty line when the
    empty alternative is drawn: move the line break inside the non-empty alternatives."""
    pieces = re.split(r"(\n|\{br\}|\{brc\})", text)
    out = []
    for i in range(0, len(pieces), 2):
        seg, sep = pieces[i], (pieces[i + 1] if i + 1 < len(pieces) else "")
        s = seg.strip()
        if sep and _one_group(s):
            alts = _split_alternatives(s[1:-1])
            if "" in alts:
                out.append("[" + "|".join(a + sep if a else "" for a in alts) + "]")
                continue
        out.append(seg + sep)
    return "".join(out)


def distinct_slots(t: T, slots: MutableMapping[str, list[str]]) -> T:
    """A list slot used several times in one template draws from disjoint parts of its list,
    so that one text never repeats the same benefit or perk (adds the part-slots to ``slots``)."""
    text = t.text
    for name in sorted(set(re.findall(r"\{(\w+)\}", text))):
        k = text.count("{" + name + "}")
        values = slots.get(name)
        if k < 2 or not isinstance(values, list) or len(values) < 2 * k:
            continue
        for i in range(k):
            slots[f"{name}__{i}"] = values[i::k]
            text = text.replace("{" + name + "}", "{" + f"{name}__{i}" + "}", 1)
    return T(t.id, t.category, t.kind, text, t.n, t.bpo_urgent)


def with_text(t: T, text: str) -> T:
    return T(t.id, t.category, t.kind, text, t.n, t.bpo_urgent)
