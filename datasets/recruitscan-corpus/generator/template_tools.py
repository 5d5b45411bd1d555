"""Post-processing shared by template modules: each returns a rewritten template, same output
for the same input (so the corpus stays deterministic)."""

from __future__ import annotations

import re
from collections.abc import MutableMapping

from grammar import H, T, _split_alternatives

# Values of the ``{br}`` slot that ``chat_breaks`` inserts: a line break or a space.
CHAT_BREAK = ["\n", " "]


def chat_breaks(text: str) -> str:
    """Put a ``{br}`` slot (a line break or a space) between every third group of a chat, so
    that line breaks occur in both classes alike instead of marking one of them."""
    parts = text.replace("\n", "{br}").split("] [")
    return "".join(p + ("" if i == len(parts) - 1 else ("]{br}[" if i % 3 == 2 else "] ["))
                   for i, p in enumerate(parts))


def break_chat(t: T) -> T:
    """A chat template with ``chat_breaks`` applied (chats come both as one block and split
    over lines, in every class alike); other kinds unchanged. Needs the ``{br}`` slot."""
    return with_text(t, chat_breaks(t.text)) if t.kind == "chat" else t


def join_long_ad(text: str) -> str:
    """An ad of eight lines or more with every line break left to the ``{brc}`` slot."""
    return text.replace("\n", "{brc}") if text.count("\n") >= 7 else text


def tag_lines(text: str, tag: str) -> str:
    """Prefix the last, middle and third line of an ad of five lines or more with the slots
    ``{tag0}``, ``{tag1}`` and ``{tag2}``."""
    lines = text.split("\n")
    if len(lines) >= 5:
        for n, k in enumerate((len(lines) - 1, len(lines) // 2, 2)):
            lines[k] = "{" + f"{tag}{n}" + "}" + lines[k]
    return "\n".join(lines)


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
    return with_text(t, text)


def with_text(t: T, text: str) -> T:
    return T(t.id, t.category, t.kind, text, t.n, t.bpo_urgent)


CATEGORY_CODES = {
    "compound_recruitment": "cr",
    "other_job_scam": "oj",
    "legit_job": "lj",
    "legit_overseas": "lo",
    "legit_local_hotspot": "lh",
    "awareness": "aw",
    "other_text": "ot",
}


def number_handwritten(language: str, category: str, items: list, start: int = 501) -> list[H]:
    """Hand-written examples numbered per (category, kind): ``<lang>-<cat>-<kind>-5NN``.

    An item is an ``H``, a bare text (an ad if it has line breaks, else a chat), a
    ``(kind, text)`` pair or a ``(kind, text, bpo_urgent)`` triple. An "ad" shorter than 300
    characters is filed as a chat: it reads as a group post, not a long ad.
    """
    out, counters = [], {}
    for item in items:
        if isinstance(item, H):
            kind, text, bpo = item.kind, item.text, item.bpo_urgent
        elif isinstance(item, str):
            kind, text, bpo = ("ad" if "\n" in item else "chat"), item, False
        elif len(item) == 3:
            kind, text, bpo = item
        else:
            (kind, text), bpo = item, False
        if kind == "ad" and len(text) < 300:
            kind = "chat"
        counters[kind] = counters.get(kind, start - 1) + 1
        out.append(H(f"{language}-{CATEGORY_CODES[category]}-{kind}-{counters[kind]:03d}",
                     category, kind, text, bpo_urgent=bpo))
    return out


def top_level_newlines(text: str) -> list[int]:
    """Offsets of the line breaks that stand outside every ``[...]`` group."""
    depth, out = 0, []
    for i, ch in enumerate(text):
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
        elif ch == "\n" and depth == 0:
            out.append(i)
    return out


def with_blocks(t: T, head: tuple[str, ...] = (), body: tuple[str, ...] = (),
                tail: tuple[str, ...] = (), sep: str = "\n") -> T:
    """Copy of template ``t`` with optional blocks: ``head`` after its first line, ``body``
    before its last line, ``tail`` after its end (top-level line breaks only; a template of
    one top-level alternation of whole variants gets them in each variant)."""
    head_s = "".join("[?\n{" + b + "}]" for b in head)
    body_s = "".join("[?{" + b + "}\n]" for b in body)
    tail_s = "".join("[?" + sep + "{" + b + "}]" for b in tail)

    def add(text: str) -> str:
        nl = top_level_newlines(text)
        if len(nl) >= 2:
            first, middle, last = text[: nl[0]], text[nl[0] + 1 : nl[-1]], text[nl[-1] + 1 :]
            return first + head_s + "\n" + middle + "\n" + body_s + last + tail_s
        if not nl and text.startswith("[") and text.endswith("]"):
            # a localize()/hotspot() wrapper: one top-level alternation of whole variants
            return "[" + "|".join(add(a) for a in _split_alternatives(text[1:-1])) + "]"
        return text

    return with_text(t, add(t.text))
