"""Tests for recruitscan.normalise: folding rules, deleet, offset mapping and properties."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from recruitscan.normalise import NormalisedText, _normalise_slow, deleet, normalise

# --------------------------------------------------------------------------------------------
# Folding rules
# --------------------------------------------------------------------------------------------

NFKC_CASES = [
    ("Ｔｅｌｅｇｒａｍ", "telegram"),  # full-width
    ("𝐓𝐞𝐥𝐞𝐠𝐫𝐚𝐦", "telegram"),  # mathematical bold
    ("𝕂𝕒𝕞𝕓𝕠𝕛𝕒", "kamboja"),  # double-struck
    ("ⓣⓔⓛⓔⓖⓡⓐⓜ", "telegram"),  # circled letters fold to letters, not to spaces
    ("ᴛᴇʟᴇɢʀᴀᴍ", "telegram"),  # small capitals
    ("ﬁnance", "finance"),  # ligature
    ("STRASSE Straße", "strasse strasse"),  # casefold
    ("Tuye\u0302\u0309n ga\u0302\u0301p", "tuyển gấp"),  # decomposed Vietnamese composes
    ("ｶﾝﾎﾞｼﾞｱ", "カンボジア"),  # half-width katakana with voiced marks
    ("ทำงานที่กัมพูชา", "ทำงานที่กัมพูชา"),  # Thai untouched (SARA AM kept whole)
    ("ជ្រើសរើសបុគ្គលិក", "ជ្រើសរើសបុគ្គលិក"),  # Khmer untouched
    ("အလုပ်ခေါ်နေပါသည်", "အလုပ်ခေါ်နေပါသည်"),  # Burmese untouched
    ("캄보디아 고수익", "캄보디아 고수익"),
    ("\u110f\u1161\u11b7\u1107\u1169\u1103\u1175\u110b\u1161", "캄보디아"),  # decomposed (NFD) Hangul composes
    ("高薪招聘，柬埔寨", "高薪招聘,柬埔寨"),  # full-width comma folds
    ("Gaji\u00a0besar\u3000sekali", "gaji besar sekali"),  # exotic spaces become " "
]

CONFUSABLE_CASES = [
    ("Теlеgrаm", "telegram"),  # Cyrillic е, а inside a Latin word
    ("Κamboja", "kamboja"),  # Greek capital kappa
    ("WhаtsАpp", "whatsapp"),
    ("ΗΙRΙΝG now", "hiring now"),  # Greek capitals Η, Ι, Ν read as H, I, N
    ("СЕО needed", "ceo needed"),  # all look-alikes, Latin text around, no Russian
    ("Работа в Камбодже", "работа в камбодже"),  # Russian stays Cyrillic
    ("Telegram: работа", "telegram: работа"),
    ("Ελλάδα", "ελλάδα"),  # Greek stays Greek
]

INVISIBLE_CASES = [
    ("Tele\u200bgram", "telegram"),
    ("Kam\u200dbo\ufeffja", "kamboja"),
    ("g\u00adaji", "gaji"),
    ("vi\u2060sa", "visa"),
    ("\u202ecasino\u202c", "casino"),
    ("te\u2066le\u2069gram", "telegram"),
    ("ab\x00c\x07d", "abcd"),
    ("Gaji\u3164besar", "gajibesar"),  # Hangul filler used as invisible padding
    ("line\r\nbreak\ttab", "line\r\nbreak\ttab"),  # whitespace controls stay
]

EMOJI_CASES = [
    ("gaji🔥besar", "gaji besar"),
    ("free ✈️ ticket", "free   ticket"),  # emoji + VS16 is one cluster, one space
    ("ok 👍🏽 ok", "ok   ok"),  # skin tone attaches to the emoji
    ("call 1️⃣ now", "call 1 now"),  # keycap folds to its digit
]

SPACED_CASES = [
    ("K a m b o j a", "kamboja"),
    ("T.e.l.e.g.r.a.m", "telegram"),
    ("g-a-j-i", "gaji"),
    ("K💥a💥m💥b💥o💥j💥a", "kamboja"),
    ("V I S A gratis", "visa gratis"),
    ("c_a_s_i_n_o", "casino"),
    ("T. e. l. e", "tele"),  # two separator chars are fine
    ("w|h|a|t|s|a|p|p", "whatsapp"),
    ("k • a • m • b", "k • a • m • b"),  # three separator chars: not a spaced word
    ("K\u200b a m b o j a", "kamboja"),  # zero-width chars do not count as separators
    ("ｇ ａ ｊ ｉ", "gaji"),
    ("k 4 m b 0 j 4", "k4mb0j4"),  # leet digits may be members; deleet finishes the job
    ("ក ម ព ជ", "កមពជ"),  # bare Khmer consonants spaced out still join
]

NOT_SPACED_CASES = [
    "a b c",  # only three letters
    "I am a boy",
    "Rp 5 jt per bulan",
    "call 0 8 1 2",  # digits only
    "Plan A or B",
    "x / y / z / w",  # separators of three chars
    # Abugida consonants with a vowel sign are syllables, words of their own, not spaced letters
    "ចុះ ប.ស.ស",  # "register with the NSSF"
    "ดู นี่ สิ ก็ ได้",
]


@pytest.mark.parametrize(("raw", "expected"), NFKC_CASES)
def test_nfkc_and_case_folding(raw: str, expected: str) -> None:
    assert normalise(raw).text == expected


@pytest.mark.parametrize(("raw", "expected"), CONFUSABLE_CASES)
def test_confusables(raw: str, expected: str) -> None:
    assert normalise(raw).text == expected


@pytest.mark.parametrize(("raw", "expected"), INVISIBLE_CASES)
def test_invisible_and_control_chars_removed(raw: str, expected: str) -> None:
    assert normalise(raw).text == expected


@pytest.mark.parametrize(("raw", "expected"), EMOJI_CASES)
def test_emoji_become_spaces(raw: str, expected: str) -> None:
    assert normalise(raw).text == expected


@pytest.mark.parametrize(("raw", "expected"), SPACED_CASES)
def test_spaced_letters_collapse(raw: str, expected: str) -> None:
    assert normalise(raw).text == expected


@pytest.mark.parametrize("raw", NOT_SPACED_CASES)
def test_ordinary_text_is_not_collapsed(raw: str) -> None:
    assert normalise(raw).text == raw.lower()


def test_spaced_letters_keep_their_own_positions() -> None:
    raw = "Loker K a m b o j a!"
    nt = normalise(raw)
    assert nt.text == "loker kamboja!"
    i = nt.text.index("kamboja")
    for k, letter in enumerate("Kamboja"):
        s, e = nt.to_original(i + k, i + k + 1)
        assert raw[s:e] == letter
    s, e = nt.to_original(i, i + 7)
    assert raw[s:e] == "K a m b o j a"


# --------------------------------------------------------------------------------------------
# deleet
# --------------------------------------------------------------------------------------------

DELEET_CASES = [
    ("g4ji", "gaji"),
    ("k4mboja", "kamboja"),
    ("te1egram", "telegram"),  # 1 between vowels reads as l
    ("wh4tsapp", "whatsapp"),
    ("v1sa", "visa"),  # otherwise as i
    ("onl1ne", "online"),
    ("t3l3gr4m", "telegram"),
    ("c4s1n0", "casino"),  # an edge digit is rewritten once the word has one inside
    ("wh@tsapp", "whatsapp"),
    ("ca$h", "cash"),
    ("fr33dom", "freedom"),
    ("loker k4mboja g4ji 15jt", "loker kamboja gaji 15jt"),
]

DELEET_UNTOUCHED = [
    "15jt",
    "5k",
    "rm5k",
    "rp15.000.000",
    "usd1000",
    "1.2k",
    "15juta",
    "10rb",
    "3x",
    "24/7",
    "0812-3456-7890",
    "+855 12 345 678",
    "e9",
    "n4",
    "b2b",
    "gaji15jt",  # amount glued to a word
    "8jam",  # number + unit
    "covid19",
    "level3",
    "1st",
    "mp3",
    "@hr_kamboja",  # handle: @ at the edge
    "hr@company.com",  # email
    "$100",
    "รับสมัคร 4 คน",
]


@pytest.mark.parametrize(("raw", "expected"), DELEET_CASES)
def test_deleet(raw: str, expected: str) -> None:
    assert deleet(raw) == expected


@pytest.mark.parametrize("raw", DELEET_UNTOUCHED)
def test_deleet_leaves_amounts_alone(raw: str) -> None:
    assert deleet(raw) == raw


def test_deleet_after_normalise() -> None:
    nt = normalise("K4mboja G4JI bes4r")
    assert deleet(nt.text) == "kamboja gaji besar"


@given(st.text())
def test_deleet_is_char_for_char(s: str) -> None:
    out = deleet(s)
    assert len(out) == len(s)
    assert all(a == b or a in "0123456789@$" for a, b in zip(s, out, strict=True))


# --------------------------------------------------------------------------------------------
# Offset mapping
# --------------------------------------------------------------------------------------------


def test_ascii_fast_path_is_identity() -> None:
    nt = normalise("Hiring CSR in Cambodia")
    assert nt.text == "hiring csr in cambodia"
    assert nt.to_original(7, 10) == (7, 10)
    assert nt.original[7:10] == "CSR"


def test_no_break_spaces_take_the_fast_path() -> None:
    raw = "Gaji\xa015\xa0juta, Kamboja"
    nt = normalise(raw)
    assert nt.text == "gaji 15 juta, kamboja"
    assert nt._seg_t is None  # the identity map, as the slow path would also give
    assert nt.to_original(5, 12) == (5, 12)
    reference = _normalise_slow(raw, shortcuts=True)
    assert (nt.text, nt._seg_t) == (reference.text, reference._seg_t)


def test_spaced_letters_with_no_break_spaces_still_collapse() -> None:
    assert normalise("K\xa0a\xa0m\xa0b\xa0o\xa0j\xa0a").text == "kamboja"


def test_mapping_skips_removed_chars() -> None:
    raw = "ab\u200bcd"
    nt = normalise(raw)
    assert nt.text == "abcd"
    assert nt.to_original(0, 4) == (0, 5)
    assert nt.to_original(2, 3) == (3, 4)


def test_expansion_maps_every_char_to_the_source() -> None:
    raw = "xﬁy"
    nt = normalise(raw)
    assert nt.text == "xfiy"
    assert nt.to_original(1, 2) == (1, 2)
    assert nt.to_original(2, 3) == (1, 2)
    assert nt.to_original(1, 3) == (1, 2)
    assert nt.to_original(3, 4) == (2, 3)


def test_cluster_maps_to_whole_cluster() -> None:
    raw = "Tuye\u0302\u0309n"
    nt = normalise(raw)
    assert nt.text == "tuyển"
    assert nt.to_original(3, 4) == (3, 6)
    assert nt.to_original(4, 5) == (6, 7)


def test_emoji_cluster_maps_to_emoji() -> None:
    raw = "a❤️b"
    nt = normalise(raw)
    assert nt.text == "a b"
    assert raw[slice(*nt.to_original(1, 2))] == "❤️"


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [(-5, 2, (0, 2)), (3, 100, (4, 6)), (4, 2, (5, 5)), (6, 6, (6, 6)), (0, 0, (0, 0))],
)
def test_to_original_clamps(start: int, end: int, expected: tuple[int, int]) -> None:
    nt = normalise("ab\u200bcd🔥")
    assert nt.text == "abcd "
    assert nt.to_original(start, end) == expected


def test_empty_and_all_removed() -> None:
    assert normalise("").text == ""
    assert normalise("").to_original(0, 0) == (0, 0)
    nt = normalise("\u200b\u200c")
    assert nt.text == ""
    assert nt.to_original(0, 3) == (0, 0)


def test_equality_ignores_the_map() -> None:
    assert normalise("Abc") == NormalisedText("Abc", "abc")


# --------------------------------------------------------------------------------------------
# Properties
# --------------------------------------------------------------------------------------------

# Every character category, surrogates included.
ANY_TEXT = st.text(st.characters(exclude_categories=()))
# A small alphabet dense in the tricky cases so Hypothesis hits them often.
TRICKY_CHARS = (
    "aAeEkKoOtT14 0.-_|*/\u00b7"
    "\u200b\u200d\u00ad\u202e\ufeff\x00\r\n\t"
    "\u0301\u0302\u0309\u0e31\u0e49\u17c1\u1039"
    "аеоАЕОрсΗηΥυΚκ"
    "ＴＡ１ﬁß\u0130ǰ´¨ｶﾞﾟ"
    "🔥❤\ufe0f🏽\u20e3🇰ⓐ™"
    "ทำก็ក្រ"
    "\ud800\udfff"
)
TRICKY_TEXT = st.text(st.sampled_from(TRICKY_CHARS), max_size=40)
TEXTS = st.one_of(ANY_TEXT, TRICKY_TEXT)


def _check_mapping(nt: NormalisedText) -> None:
    n, m = len(nt.text), len(nt.original)
    prev = (0, 0)
    for i in range(n):
        s, e = nt.to_original(i, i + 1)
        assert 0 <= s < e <= m  # every folded char comes from at least one original char
        assert s >= prev[0] and e >= prev[1]  # monotone
        prev = (s, e)
    for i in range(0, n + 1):
        for j in range(i, min(n, i + 6) + 1):
            s, e = nt.to_original(i, j)
            assert 0 <= s <= e <= m


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
@example("")
@example("\ud800")
@example("K a m b o j a")
@example("\u0301abc")
def test_normalise_never_raises_and_maps_in_bounds(raw: str) -> None:
    nt = normalise(raw)
    assert nt.original == raw
    assert isinstance(nt.text, str)
    _check_mapping(nt)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
@example("ｶﾞ")
@example("x´y")
@example("A. B. C. D.")
@example("T е l e g r a m, работа")
def test_normalise_is_idempotent(raw: str) -> None:
    once = normalise(raw).text
    assert normalise(once).text == once


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
@example("a\xa0b c\xa0\xa0d")
@example("a\xa0\u0301b")
@example("x . a b . y\xa0z")
def test_fast_paths_match_reference(raw: str) -> None:
    """The ASCII and bulk-copy shortcuts must give the same text as folding every cluster."""
    assert normalise(raw).text == _normalise_slow(raw, shortcuts=False).text


# --------------------------------------------------------------------------------------------
# Obfuscated keywords are found again, and mapped back onto the obfuscated word
# --------------------------------------------------------------------------------------------

KEYWORDS = ["kamboja", "telegram", "gaji", "visa", "whatsapp", "casino", "myawaddy", "cambodia"]
HOMOGLYPHS = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і",
              "s": "ѕ", "j": "ј", "d": "ԁ", "k": "κ", "t": "τ", "m": "м", "v": "ν"}  # fmt: skip
LEET = {"a": "4", "e": "3", "o": "0", "s": "5", "t": "7", "b": "8", "g": "9"}
SEPARATORS = [" ", ".", "-", "_", "*", "·", "•", "|", "/", "💥", "🔥", "❤️", ". ", " -"]
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]


@st.composite
def obfuscated(draw: st.DrawFn) -> tuple[str, str]:
    word = draw(st.sampled_from(KEYWORDS))
    letters = list(draw(st.sampled_from([word, word.upper(), word.capitalize()])))
    kind = draw(
        st.sampled_from(["spaced", "zero_width", "homoglyph", "fullwidth", "leet", "mixed"])
    )
    if kind == "spaced":
        sep = draw(st.sampled_from(SEPARATORS))
        return word, sep.join(letters)
    if kind == "zero_width":
        out = letters[0]
        for ch in letters[1:]:
            out += "".join(draw(st.lists(st.sampled_from(ZERO_WIDTH), max_size=2))) + ch
        return word, out
    if kind == "homoglyph":
        idx = draw(st.sets(st.integers(0, len(word) - 1), min_size=1))
        return word, "".join(
            HOMOGLYPHS.get(ch.lower(), ch) if i in idx else ch for i, ch in enumerate(letters)
        )
    if kind == "fullwidth":
        return word, "".join(chr(ord(ch) + 0xFEE0) for ch in letters)
    if kind == "leet":
        # Interior positions only, at most a third of the word, never two in a row.
        spots = [i for i in range(1, len(word) - 1) if word[i] in LEET]
        chosen = draw(st.sets(st.sampled_from(spots), min_size=1, max_size=len(word) // 3))
        assume(all(i + 1 not in chosen for i in chosen))
        return word, "".join(
            LEET[ch.lower()] if i in chosen else ch for i, ch in enumerate(letters)
        )
    # mixed: homoglyphs plus zero-width chars plus full-width letters
    out = ""
    for i, ch in enumerate(letters):
        style = draw(st.sampled_from(["plain", "homoglyph", "fullwidth"]))
        if style == "homoglyph":
            ch = HOMOGLYPHS.get(ch.lower(), ch)
        elif style == "fullwidth":
            ch = chr(ord(ch) + 0xFEE0)
        out += ch if i == 0 else draw(st.sampled_from(["", *ZERO_WIDTH])) + ch
    return word, out


CONTEXTS = [
    ("Loker ", " gaji besar"),
    ("Hiring for ", ", free ticket!"),
    ("", ""),
    ("🔥🔥 ", " 🔥🔥"),
    ("Tuyển gấp: ", " lương cao"),
]


@settings(max_examples=400)
@given(obfuscated(), st.sampled_from(CONTEXTS))
@example(("kamboja", "K💥a💥m💥b💥o💥j💥a"), ("Loker ", " gaji besar"))
@example(("telegram", "te1egram"), ("", ""))
@example(("gaji", "g4ji"), ("Loker ", " gaji besar"))
def test_obfuscated_keyword_is_recovered(pair: tuple[str, str], context: tuple[str, str]) -> None:
    keyword, variant = pair
    before, after = context
    raw = before + variant + after
    nt = normalise(raw)
    plain = deleet(nt.text)
    i = plain.find(keyword)
    assert i >= 0, (raw, nt.text, plain)
    s, e = nt.to_original(i, i + len(keyword))
    # The span is exactly the obfuscated word: it covers it and nothing of the context.
    assert (s, e) == (len(before), len(before) + len(variant)), (raw, raw[s:e])


@pytest.mark.parametrize(("raw", "expected"), [
    ("ကျပ် ၃၅၀,၀၀၀", "ကျပ် 350,000"),  # Burmese
    ("ប្រាក់ខែ ១៥០០", "ប្រាក់ខែ 1500"),  # Khmer
    ("เงินเดือน ๕๐,๐๐๐", "เงินเดือน 50,000"),  # Thai
    ("٠١٢٣٤٥٦٧٨٩ ०१२", "0123456789 012"),  # Arabic-Indic, Devanagari
    ("１５ｊｔ", "15jt"),  # full-width: NFKC, as before
])
def test_native_digits_read_as_ascii(raw: str, expected: str) -> None:
    nt = normalise(raw)
    assert nt.text == expected
    assert _normalise_slow(raw, shortcuts=False).text == expected
    at = expected.index(next(c for c in expected if c.isdigit()))
    s, e = nt.to_original(at, at + 1)  # one digit maps back to its own original digit
    assert e - s == 1 and raw[s:e].isdigit()
