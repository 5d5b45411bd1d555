"""Contact patterns (catalogue §4): messaging links and handles, phone numbers and regions."""

from __future__ import annotations

import time
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recruitscan.indicators.contact import contact_hits, phone_regions

LINK = "contact.messaging_link.v1"
HANDLE = "contact.messaging_handle.v1"
PHONE = "contact.phone.v1"
HOTSPOT = "contact.phone_hotspot_region.v1"


def fold(s: str) -> str:
    return unicodedata.normalize("NFKC", s).lower()


def found(raw: str) -> list[tuple[str, str]]:
    text = fold(raw)
    hits = contact_hits(text)
    for h in hits:
        assert text[h.start:h.end] == h.evidence
    return [(h.indicator, h.evidence) for h in hits]


@pytest.mark.parametrize(("raw", "evidence"), [
    ("Join https://t.me/LokerKamboja now", "https://t.me/lokerkamboja"),
    ("telegram.me/hr_asia", "telegram.me/hr_asia"),
    ("chat me: wa.me/6281234567890.", "wa.me/6281234567890"),
    ("api.whatsapp.com/send?phone=85512345678", "api.whatsapp.com/send?phone=85512345678"),
    ("group: chat.whatsapp.com/AbCdEf123", "chat.whatsapp.com/abcdef123"),
    ("(line.me/ti/p/@abc123)", "line.me/ti/p/@abc123"),
    ("zalo.me/0912345678", "zalo.me/0912345678"),
    ("weixin://dl/chat?abc", "weixin://dl/chat?abc"),
    ("open.kakao.com/o/sAbc123", "open.kakao.com/o/sabc123"),
])
def test_contact_messaging_link(raw, evidence):
    assert (LINK, evidence) in found(raw)


@pytest.mark.parametrize(("raw", "evidence"), [
    ("hubungi telegram @hr_kamboja", "telegram @hr_kamboja"),
    ("tele: @xyz123", "tele: @xyz123"),
    ("tg: @boss88", "tg: @boss88"),
    ("Telegram: @Recruiter_A", "telegram: @recruiter_a"),
    ("wa: 0812-3456-7890", "wa: 0812-3456-7890"),
    ("WA 0812 3456 7890", "wa 0812 3456 7890"),
    ("wechat id: abc_888", "wechat id: abc_888"),
    ("微信: kerja888", "微信: kerja888"),
    ("LINE ID: kerja88", "line id: kerja88"),
    ("zalo: 0912 345 678", "zalo: 0912 345 678"),
    ("telegram: recruiter_a", "telegram: recruiter_a"),
    ("DM @hr_thai on Telegram", "@hr_thai"),
    ("카톡 아이디 @job_kr", "카톡 아이디 @job_kr"),
    ("카톡 아이디: jobkr88", "카톡 아이디: jobkr88"),
    ("line no. 0812 3456 7890", "line no. 0812 3456 7890"),
])
def test_contact_messaging_handle(raw, evidence):
    assert (HANDLE, evidence) in found(raw)


@pytest.mark.parametrize("raw", [
    "line manager needed",
    "work online from home",
    "deadline: friday",
    "bottom line: the pay is good",
    "line: recruiter",
    "email hr@company.com",
    "follow us @company_official for updates",  # no messaging app named
    "wa 12",
    "line no problem",
    "tele: bob",
    "signal processing engineer",
    "the t.me domain",
    "tele sales staff",
])
def test_contact_no_hit_on_ordinary_words(raw):
    assert [i for i, _ in found(raw) if i in (LINK, HANDLE)] == []


def test_contact_handle_inside_link_reported_once():
    assert found("line.me/ti/p/@abc123") == [(LINK, "line.me/ti/p/@abc123")]


@pytest.mark.parametrize(("raw", "evidence", "region"), [
    ("contact +855 12 345 678 now", "+855 12 345 678", "KH"),
    ("hubungi 0812-3456-7890", "0812-3456-7890", "ID"),
    ("call +95 9 212 3456", "+95 9 212 3456", "MM"),
    ("+856 20 23 123 456", "+856 20 23 123 456", "LA"),
    ("+63 917 123 4567", "+63 917 123 4567", "PH"),
    ("+66 81 234 5678", "+66 81 234 5678", "TH"),
    ("+84 912 345 678", "+84 912 345 678", "VN"),
    ("+971 50 123 4567", "+971 50 123 4567", "AE"),
])
def test_contact_phone_region(raw, evidence, region):
    text = fold(raw)
    regions = phone_regions(text)
    assert [(text[s:e], r) for s, e, r in regions] == [(evidence, region)]
    hits = found(raw)
    assert (PHONE, evidence) in hits
    assert ((HOTSPOT, evidence) in hits) is (region in {"KH", "MM", "LA"})


@pytest.mark.parametrize("raw", [
    "gaji rp 15.000.000 per bulan", "usia 18-35 tahun", "tahun 2024, tanggal 12/05/2024",
    "jam 08.00-17.00", "50 orang", "",
])
def test_contact_no_phone_in_amounts_and_dates(raw):
    assert phone_regions(fold(raw)) == ()


def test_contact_weights():
    hits = {h.indicator: h.weight for h in contact_hits(fold("t.me/abc wa: 0812-3456-7890 +855 12 345 678"))}
    assert hits == {LINK: 1.0, HANDLE: 0.8, PHONE: 0.1, HOTSPOT: 0.2}


def test_contact_original_is_ignored():
    text = fold("Telegram @HR_Kamboja")
    assert contact_hits(text, original="Telegram @HR_Kamboja") == contact_hits(text)


@pytest.mark.parametrize("text", [
    "9" * 100_000, "1," * 50_000, "+855 12 345 678 " * 6_000, "@aaaa telegram " * 7_000,
    "t.me/" * 20_000, "wa: " * 25_000, "1-" * 50_000, "@" * 100_000,
], ids=["nines", "commas", "phones", "handles", "links", "labels", "dashes", "ats"])
def test_contact_adversarial_input_is_fast(text):
    t = time.perf_counter()
    contact_hits(text)
    # Loose on purpose: catastrophic backtracking makes this take far longer, while a slow or busy
    # machine must not fail it.
    assert time.perf_counter() - t < 20.0


_ALPHABET = st.sampled_from(list("0123456789 +-.:/@_()") + [
    "t.me/", "wa.me/", "https://", "telegram", "tele", "wa", "line", " id", "wechat", "zalo",
    "+855", "+62", "0812", "abc", "online",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=30).map("".join))
def test_contact_spans_match_evidence(text):
    for h in contact_hits(text):
        assert 0 <= h.start < h.end <= len(text)
        assert text[h.start:h.end] == h.evidence
    for s, e, region in phone_regions(text):
        assert 0 <= s < e <= len(text) and len(region) == 2


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_contact_never_raises_on_unicode(text):
    for h in contact_hits(text):
        assert text[h.start:h.end] == h.evidence
