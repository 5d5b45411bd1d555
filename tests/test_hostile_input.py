"""Adversarial and odd input: statuses instead of exceptions, valid spans, bounded work."""

from __future__ import annotations

import json
import math
import subprocess
import sys
import textwrap
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recruitscan.detector import MAX_CHARS, result_to_dict
from recruitscan.types import ScanResult

AD = "Dibutuhkan CS untuk Kamboja, gaji 15 juta, tiket gratis. WA +855 12 345 678"
UNSUPPORTED = "language.unsupported"


def check_result(text: str, r: ScanResult) -> None:
    """The invariants every result must hold, whatever the input."""
    assert 0.0 <= r.score <= 1.0 and not math.isnan(r.score)
    assert 0.0 <= r.category_probability <= 1.0
    assert r.risk in ("low", "medium", "high")
    for reason in r.reasons:
        if reason.indicator == UNSUPPORTED:
            assert (reason.start, reason.end, reason.evidence) == (0, 0, "")
            continue
        assert 0 <= reason.start < reason.end <= len(text), reason
        assert text[reason.start:reason.end] == reason.evidence, reason
    json.dumps(result_to_dict(r))  # every result can be written out


# -- wrong types and empty values ------------------------------------------------------------

@pytest.mark.parametrize(("value", "status"), [
    (None, "empty"), (float("nan"), "empty"), (b"Kerja di Kamboja", "not_text"),
    (42, "not_text"), (3.5, "not_text"), (["Kerja di Kamboja"], "not_text"),
    ({"text": "x"}, "not_text"), (True, "not_text"), ("", "empty"), ("   \n\t\r ", "empty"),
    ("\u3000\u00a0\u2028", "empty"),
])
def test_odd_values_get_a_status(tiny_det, value: object, status: str) -> None:
    [r] = list(tiny_det.scan_many([value]))
    assert r.status == status
    assert (r.score, r.flagged, r.reasons) == (0.0, False, ())


@pytest.mark.parametrize("value", [None, float("nan"), b"bytes", 1, ["a"]])
def test_scan_refuses_non_strings_clearly(tiny_det, value: object) -> None:
    with pytest.raises(TypeError, match="needs a str"):
        tiny_det.scan(value)


def test_odd_values_do_not_disturb_their_neighbours(tiny_det) -> None:
    mixed = [AD, None, b"x", "", AD, float("nan"), 7, AD]
    results = list(tiny_det.scan_many(mixed, chunk_size=3))
    assert len(results) == len(mixed)
    clean = tiny_det.scan(AD)
    assert [r for r, v in zip(results, mixed, strict=True) if v == AD] == [clean] * 3


@pytest.mark.parametrize("text", ["\u200b" * 50, "\u200b\u200c\u200d\u2060\ufeff", "\x00\x01\x7f",
                                  "\u202e\u202d\u2066", "\ud800\udfff", "\U000e0041\U000e007f",
                                  "\u3164\u115f", "\ufe0f\ufe0f", " \u200b\n\u202e "])
def test_invisible_only_text_is_empty(tiny_det, text: str) -> None:
    # Without the visible-char check these were "unsupported_language" at medium risk.
    [r] = list(tiny_det.scan_many([text]))
    assert r.status == "empty"


# -- size ------------------------------------------------------------------------------------

def test_ten_megabytes_are_truncated(tiny_det) -> None:
    text = (AD + "\n") * (10_000_000 // (len(AD) + 1))
    assert len(text) > 9_000_000
    r = tiny_det.scan(text)
    assert r.status == "truncated"
    check_result(text, r)
    assert all(x.end <= MAX_CHARS for x in r.reasons)


def test_ten_megabytes_of_zero_width_are_empty(tiny_det) -> None:
    [r] = list(tiny_det.scan_many(["\u200b" * 10_000_000]))
    assert r.status == "empty"


def test_max_chars_is_the_documented_bound() -> None:
    assert MAX_CHARS == 20_000


def test_exactly_max_chars_is_not_truncated(tiny_det) -> None:
    text = ("x" * (MAX_CHARS - len(AD))) + AD
    assert tiny_det.scan(text).status == "ok"
    assert tiny_det.scan(text + "y").status == "truncated"


# -- odd characters --------------------------------------------------------------------------

ODD = {
    "controls": "Kerja\x00di\x01Kamboja\x07gaji\x1b[31m15 juta\x7f\x85",
    "rtl_override": "Kerja di \u202eajobmaK\u202c gaji 15 juta \u2067WA\u2069 +855 12 345 678",
    "zero_width_runs": "K\u200b\u200c\u200da\u2060m\ufeffb\u200bo\u200bj\u200ba " + "\u200b" * 500 + "gaji 15 juta",
    "lone_surrogates": "Kerja di Kamboja \ud800 gaji \udfff15 juta \udc00",
    "combining_pileup": "K" + "\u0301" * 300 + "amboja gaji 15 juta",
    "orphan_marks": "\u0301\u0302Kerja di Kamboja",
    "noncharacters": "\ufffe\uffff\U0010ffff Kerja di Kamboja \ufdd0",
    "private_use": "\ue000\U000f0000 gaji 15 juta \U00100000",
    "bom_and_tags": "\ufeffKerja\U000e0001\U000e0041 di Kamboja",
    "crlf_mix": "Kerja\r\ndi\rKamboja\n\n\rgaji\x0b15\x0cjuta",
    "emoji_zwj": "👨‍👩‍👧‍👦 Kerja 🇰🇭 di Kamboja 👍🏽 gaji 15 juta ✈️",
    "fullwidth": "Ｋｅｒｊａ ｄｉ Ｋａｍｂｏｊａ ｇａｊｉ １５ ｊｕｔａ",
    "mixed_scripts": "Кerjа di Кambоja งาน 柬埔寨 캄보디아 الكمبوديا",
}


@pytest.mark.parametrize("name", sorted(ODD))
def test_odd_characters(tiny_det, name: str) -> None:
    text = ODD[name]
    r = tiny_det.scan(text)
    assert r.status in ("ok", "unsupported_language")
    check_result(text, r)


def _category_samples(per_category: int = 12) -> dict[str, str]:
    """Up to ``per_category`` code points of every Unicode general category, spread over the
    whole code space (so astral planes are covered too)."""
    found: dict[str, list[str]] = {}
    for cp in range(0, sys.maxunicode + 1, 97):
        found.setdefault(unicodedata.category(chr(cp)), []).append(chr(cp))
    for cp in range(0x20, 0x3000):  # dense in the BMP, where most categories live
        found.setdefault(unicodedata.category(chr(cp)), []).append(chr(cp))
    out = {}
    for cat, chars in found.items():
        step = max(1, len(chars) // per_category)
        out[cat] = "".join(chars[::step][:per_category])
    return out


CATEGORY_SAMPLES = _category_samples()


def test_every_general_category_is_sampled() -> None:
    assert {"Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Pc", "Pd", "Ps",
            "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So", "Zs", "Zl", "Zp", "Cc", "Cf", "Cs",
            "Co", "Cn"} <= set(CATEGORY_SAMPLES)


@pytest.mark.parametrize("category", sorted(CATEGORY_SAMPLES))
def test_every_unicode_category(tiny_det, category: str) -> None:
    chars = CATEGORY_SAMPLES[category]
    texts = [chars, f"{AD} {chars} {AD}", AD.replace(" ", chars[:2]),
             "".join(c + a for c, a in zip(chars, AD, strict=False))]
    for text, r in zip(texts, tiny_det.scan_many(texts), strict=True):
        check_result(text, r)
        assert r == tiny_det.scan(text)


# -- properties ------------------------------------------------------------------------------

PIECES = st.sampled_from([
    "Kamboja", "gaji", "15 juta", "Rp 20.000.000", "USD 1,500", "tiket gratis", "t.me/hr_kh",
    "@recruit_kh", "+855 12 345 678", "WA", "k4mb0j4", "K a m b o j a", "T.e.l.e.g.r.a.m",
    "柬埔寨", "月薪", "2万", "งาน", "캄보디아", "\u200b", "\u202e", "\ud800", "\u0301", "🔥",
    "👍🏽", "\r\n", "  ", ".", "-", "ϲ", "Кambоja", "ﬁ", "ǅ", "İ", "ß", "\x00", "1", "$", "@",
])
ANY_STR = st.one_of(
    st.text(),  # every code point but surrogates
    st.text(st.characters(exclude_categories=())),  # with lone surrogates
    st.lists(PIECES, max_size=30).map("".join),
    st.lists(st.one_of(PIECES, st.text(max_size=5)), max_size=20).map(" ".join),
)
FUZZ = settings(max_examples=200, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@FUZZ
@given(text=ANY_STR)
def test_scan_never_raises_and_spans_hold(tiny_det, text: str) -> None:
    check_result(text, tiny_det.scan(text))


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(texts=st.lists(ANY_STR, max_size=6), chunk=st.integers(1, 4))
def test_scan_many_equals_scan(tiny_det, texts: list[str], chunk: int) -> None:
    assert list(tiny_det.scan_many(texts, chunk_size=chunk)) == [tiny_det.scan(t) for t in texts]


# -- regular expressions ---------------------------------------------------------------------

# Every compiled pattern in the package is run over 100 KB inputs in a child process, so a
# catastrophic pattern fails the test with its name instead of hanging the run.
_REGEX_CHILD = textwrap.dedent("""
    import importlib, json, pkgutil, re, sys, time
    import recruitscan
    from recruitscan import normalise
    patterns = {}
    for info in pkgutil.walk_packages(recruitscan.__path__, "recruitscan."):
        if info.name.endswith("__main__"):
            continue
        try:
            mod = importlib.import_module(info.name)
        except ImportError:  # optional extras (dask...) that are not installed
            continue
        for key, value in vars(mod).items():
            if isinstance(value, re.Pattern):
                patterns.setdefault(id(value), (info.name + "." + key, value))
    patterns[0] = ("recruitscan.normalise._needs_fold_re()", normalise._needs_fold_re())
    n = 100_000
    inputs = {
        "digits": "1" * n, "digit-space": "1 " * (n // 2), "digit-dot": "1." * (n // 2),
        "digit-comma-dash": "1,1-" * (n // 4), "a": "a" * n, "spaces": " " * n,
        "a-space": "a " * (n // 2), "nested": "([{<" * (n // 8) + ">}])" * (n // 8),
        "mixed": "1a.1a-@:" * (n // 8), "zero-width": "\\u200b" * n, "cjk-amount": "1万" * (n // 2),
    }
    print(json.dumps({"patterns": sorted(name for name, _ in patterns.values())}), flush=True)
    for name, pattern in sorted(patterns.values(), key=lambda p: p[0]):
        for label, s in inputs.items():
            print(json.dumps({"start": [name, label]}), flush=True)
            t = time.perf_counter()
            pattern.findall(s)
            print(json.dumps({"done": [name, label, time.perf_counter() - t]}), flush=True)
""")


def test_no_regex_backtracks_catastrophically() -> None:
    try:
        proc = subprocess.run([sys.executable, "-c", _REGEX_CHILD], capture_output=True,
                              text=True, timeout=240, check=True)
        out = proc.stdout
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout.decode() if isinstance(exc.stdout, bytes) else (exc.stdout or "")
        last = [json.loads(x) for x in out.splitlines() if '"start"' in x][-1]["start"]
        pytest.fail(f"regex {last[0]} did not finish on {last[1]!r} input")
    lines = [json.loads(x) for x in out.splitlines()]
    names = set(lines[0]["patterns"])
    for expected in ("recruitscan.nlp.TOKEN_PATTERN", "recruitscan.indicators.salary._AMOUNT_RE",
                     "recruitscan.indicators.contact._LINK_RE", "recruitscan.normalise._WORD_RE",
                     "recruitscan.language._TOKEN_RE"):
        assert expected in names
    slow = [d for x in lines if (d := x.get("done")) and d[2] > 2.0]
    assert not slow, f"regexes over 2 s on 100 KB: {slow}"


# -- linear time in the Python stages --------------------------------------------------------

def _stage_cases() -> list[tuple[str, object, str]]:
    from recruitscan.language import detect_language
    from recruitscan.normalise import deleet, normalise

    return [
        # "1 1 1 ...": spaced-letter collapsing popped leading digits one by one (quadratic).
        ("normalise-spaced-digits", normalise, "1 " * 150_000),
        # "@a@a...": deleet sliced the rest of the token for every leet run (quadratic).
        ("deleet-long-token", deleet, "@a" * 50_000),
        # A long run of letters plus one non-ASCII letter: the Vietnamese-word regex
        # backtracked quadratically (20,000 letters took 20 s).
        ("language-long-word", detect_language, "a" * 30_000 + "é"),
    ]


@pytest.mark.parametrize("case", _stage_cases(), ids=lambda c: c[0])
def test_linear_time_regressions(case: tuple[str, object, str]) -> None:
    import time

    _, fn, text = case
    start = time.perf_counter()
    fn(text)  # type: ignore[operator]
    # Loose on purpose: the quadratic cases this guards took tens of seconds or more; a slow
    # or busy machine must not fail it.
    assert time.perf_counter() - start < 20.0
