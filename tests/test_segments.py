"""The pieces of a long word written without spaces that text reasons quote
(recruitscan.segments)."""

from __future__ import annotations

import unicodedata

import pytest

from recruitscan.segments import MAX_CHARS, reason_pieces


def pieces(text: str) -> list[str]:
    found = reason_pieces(text, 0, len(text))
    assert found[0][0] == 0 and found[-1][1] == len(text)  # they cover the word...
    assert all(a[1] == b[0] for a, b in zip(found, found[1:], strict=False))  # ...in order
    return [text[s:e] for s, e in found]


def test_chinese_is_cut_after_each_clause_mark() -> None:
    assert pieces("手机点赞关注即可赚钱,日结200-500元,先做任务再做垫付单,佣金更高。加微信详聊") == [
        "手机点赞关注即可赚钱,", "日结200-500元,", "先做任务再做垫付单,", "佣金更高。", "加微信详聊"]


def test_a_comma_between_digits_is_part_of_the_amount() -> None:
    assert pieces("月薪200,000元,包机票") == ["月薪200,000元,", "包机票"]


@pytest.mark.parametrize("word", ["Kamboja,gaji", "wa.me/6281234567890123456789", "งานพี่ยังขาดคน",
                                  "急招客服月薪三万"])
def test_spaced_scripts_and_short_unspaced_words_stay_whole(word: str) -> None:
    assert pieces(word) == [word]


def test_a_long_unspaced_clause_is_cut_without_splitting_a_syllable() -> None:
    thai = "ประกาศรับสมัครพนักงานประจำรีสอร์ทและสปาในเขตเศรษฐกิจพิเศษแขวงบ่อแก้ว"
    found = pieces(thai)
    assert len(found) == -(-len(thai) // MAX_CHARS)
    for p in found:
        assert len(p) <= MAX_CHARS + 2
        assert not unicodedata.category(p[0]).startswith("M")  # no vowel sign or tone mark first
        assert p[-1] not in "เแโใไ"  # no leading vowel left behind its consonant


def test_offsets_are_those_of_the_text() -> None:
    text = "Loker CS 急招客服,月薪三万,包机票 ok"
    start = text.index("急")
    end = text.index(" ok")
    assert [text[s:e] for s, e in reason_pieces(text, start, end)] == ["急招客服,", "月薪三万,", "包机票"]


def test_only_long_words_or_words_with_a_clause_mark_may_be_cut() -> None:
    import numpy as np

    from recruitscan.segments import may_be_cut

    text = "ok 急招客服,月薪三万 " + "很" * (MAX_CHARS + 1) + " 包机票"
    starts = np.array([0, 3, 13, 14 + MAX_CHARS + 1])
    ends = np.array([2, 12, 13 + MAX_CHARS + 1, len(text)])
    assert [text[s:e] for s, e in zip(starts, ends, strict=True)][1] == "急招客服,月薪三万"
    assert may_be_cut(text, starts, ends).tolist() == [False, True, True, False]
