"""The tokenizer: tokens and offsets exactly as the token pattern finds them."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from recruitscan.nlp import TOKEN_PATTERN, tokenize

MIXED = st.text(st.sampled_from(list("ab1 _\t\n.,-é😀ก中한カ\u0301\u00a0\u2028\x1c")), max_size=60)


def reference(text: str) -> tuple[list[str], list[int]]:
    matches = list(TOKEN_PATTERN.finditer(text))
    return [m.group() for m in matches], [m.start() for m in matches]


@given(st.one_of(st.text(), MIXED))
@example("")
@example("   ")
@example("__a__b__")
@example("gaji 15jt!! t.me/abc_def   ")
@example("ทำงานที่กัมพูชา 高薪 고수익")
def test_tokens_and_offsets_match_the_pattern(text: str) -> None:
    assert tokenize(text) == reference(text)


def test_offsets_index_the_text() -> None:
    text = "Kerja  di_Kamboja: gaji 15jt/bln"
    words, starts = tokenize(text)
    assert [text[s : s + len(w)] for w, s in zip(words, starts, strict=True)] == words
    assert words[:4] == ["Kerja", "di", "Kamboja", ":"]
