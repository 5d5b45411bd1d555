"""The one place that tokenises text (for the lexicon matcher).

spaCy's rule-based tokenizers are the slowest step on real ads (see the benchmarks), so
recruitscan tokenises once with a single regular expression. Scripts written without spaces
(Thai, Lao, Khmer, Burmese, Chinese, Japanese) and Hangul become one token per character, so
phrases in those scripts match as substrings with no dictionary-based segmenter.
"""

from __future__ import annotations

import re
from itertools import accumulate

UNSPACED_RANGES = (
    "\u0e00-\u0eff"  # Thai, Lao
    "\u1000-\u109f"  # Myanmar
    "\u1780-\u17ff\u19e0-\u19ff"  # Khmer
    "\u3040-\u30ff\u31f0-\u31ff"  # Kana
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # Han
    "\u1100-\u11ff\uac00-\ud7af"  # Hangul
)
# A run of word characters of spaced scripts, or else one character that is neither space
# nor "_": an unspaced-script character or a symbol. The first branch is the common case (a
# run starting with an ASCII letter or digit) tried before the large character classes; it
# matches exactly what the second branch would.
_WORD_CHAR = rf"[^\W_{UNSPACED_RANGES}]"
TOKEN_PATTERN = re.compile(rf"[0-9A-Za-z]+{_WORD_CHAR}*|{_WORD_CHAR}+|[^\s_]")
# Splitting on the captured tokens yields gap, token, gap, ..., gap: the tokens and every
# length needed for their offsets, without a Python step per token.
_TOKEN_SPLIT = re.compile(f"({TOKEN_PATTERN.pattern})")


def split_tokens(text: str) -> list[str]:
    """``text`` as gap, token, gap, ..., token, gap: tokens at the odd indices; joined, the parts
    give ``text`` back."""
    return _TOKEN_SPLIT.split(text)


def tokenize(text: str) -> tuple[list[str], list[int]]:
    """Split ``text`` into tokens; return the tokens and their start offsets."""
    parts = _TOKEN_SPLIT.split(text)
    # The running total of part lengths before token i (part 2i + 1) is its start.
    return parts[1::2], list(accumulate(map(len, parts)))[:-1:2]
