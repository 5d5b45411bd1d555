"""Quoted passages, and the summary column that says how much red-flag evidence is quoted."""

from __future__ import annotations

import pytest

from recruitscan.analysis import analyse
from recruitscan.indicator_features import indicator_values, summary_shares
from recruitscan.indicators.registry import INDICATORS
from recruitscan.quotes import MAX_QUOTE_CHARS, inside, quoted_spans

LURE = "CS job in Bangkok, $1,500/month, free ticket, fly next week"


def _quoted(text: str) -> list[str]:
    return [text[s:e] for s, e in quoted_spans(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ('they advertise "CS job, free ticket" here', ['"CS job, free ticket"']),
    ("看到“高薪免经验”这种广告千万别信", ["“高薪免经验”"]),
    ("1. 不信「高薪免經驗」 2. 不去『包機票』", ["「高薪免經驗」", "『包機票』"]),
    ("l'annonce «travail facile» ici", ["«travail facile»"]),
    ("they're saying it's a 'job' and don't go", ["'job'"]),  # apostrophes are not quotes
    ("iklan 'kerja typing Thailand RM6k'. Kedutaan", ["'kerja typing Thailand RM6k'"]),
    ('a stray " mark and nothing else', []),
    ('"first line\nsecond line"', []),  # a quotation stays on one line
    ('"' + "x" * (MAX_QUOTE_CHARS + 1) + '"', []),
    ("", []),
])
def test_quoted_spans(text: str, expected: list[str]) -> None:
    assert _quoted(text) == expected


def test_inside() -> None:
    spans = ((2, 10), (20, 30))
    assert inside(spans, 2, 10) and inside(spans, 21, 25)
    assert not inside(spans, 9, 12) and not inside(spans, 0, 1) and not inside((), 0, 0)


def _values(text: str, summaries: int = 3) -> dict[str, float]:
    return indicator_values(analyse(text).hits, 1.0, summaries, text)


def test_a_quoted_lure_is_marked_and_an_offered_one_is_not() -> None:
    offered = f"Hiring now: {LURE}. DM me on Telegram"
    warned = f"Careful, a page is advertising '{LURE}'. DM me if you saw it"
    assert "summary:quoted_flags" not in _values(offered)
    assert _values(warned)["summary:quoted_flags"] > 0.5
    # Earlier summary sets have no such column, so models trained with them score as before.
    assert "summary:quoted_flags" not in _values(warned, summaries=2)
    # The other columns do not depend on the quotation marks.
    plain = {k: v for k, v in _values(f"Careful, a page is advertising {LURE}. DM me if you "
                                      "saw it").items()}
    assert {k: v for k, v in _values(warned).items() if k != "summary:quoted_flags"} == plain


def test_quoted_share_is_the_red_flag_weight_inside_quotes() -> None:
    text = f'Kerja di Kamboja. Iklannya bilang "{LURE}"'
    hits = analyse(text).hits
    spans = quoted_spans(text)
    weight = {h: INDICATORS[h.indicator].weight for h in hits if h.indicator in INDICATORS}
    red = {h: w for h, w in weight.items() if w > 0}
    quoted = sum(w for h, w in red.items() if inside(spans, h.start, h.end))
    assert 0 < quoted < sum(red.values())  # some red flags in the quotation, some outside
    value = indicator_values(hits, 1.0, 3, text)["summary:quoted_flags"]
    assert value == pytest.approx(quoted / sum(red.values()))
    shares = summary_shares(hits, text)["summary:quoted_flags"]
    assert sum(shares.values()) == pytest.approx(1.0)
    assert {h.indicator for h in red if inside(spans, h.start, h.end)} == set(shares)
