"""Salary parsing and the salary indicators (catalogue §2 and §11)."""

from __future__ import annotations

import time
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recruitscan.indicators.salary import (
    USD_RATES,
    implausible_threshold_usd,
    parse_salaries,
    salary_hits,
)


def fold(s: str) -> str:
    return unicodedata.normalize("NFKC", s).lower()


def one(raw: str):
    text = fold(raw)
    found = parse_salaries(text)
    assert len(found) == 1, found
    start, end, sal = found[0]
    return text[start:end], sal


# (text, evidence, currency, low, high, period, USD/month of the top, approx.)
FORMS = [
    ("gaji 15 juta", "15 juta", "IDR", 15e6, 15e6, "month", 920),
    ("gaji 15jt", "15jt", "IDR", 15e6, 15e6, "month", 920),
    ("gaji 15-20jt", "15-20jt", "IDR", 15e6, 20e6, "month", 1227),
    ("Rp15.000.000/bln", "rp15.000.000/bln", "IDR", 15e6, 15e6, "month", 920),
    ("rp 7 juta per bulan", "rp 7 juta per bulan", "IDR", 7e6, 7e6, "month", 430),
    ("Rp 5 juta sebulan", "rp 5 juta sebulan", "IDR", 5e6, 5e6, "month", 307),
    ("gaji belasan juta", "belasan juta", "IDR", 11e6, 19e6, "month", 1166),
    ("Gaji Rp 1,5 juta", "rp 1,5 juta", "IDR", 1.5e6, 1.5e6, "month", 92),
    ("USD 1,000–1,500", "usd 1,000–1,500", "USD", 1000, 1500, "month", 1500),
    ("$1.2k", "$1.2k", "USD", 1200, 1200, "month", 1200),
    ("$800/month", "$800/month", "USD", 800, 800, "month", 800),
    ("$800 a month", "$800 a month", "USD", 800, 800, "month", 800),
    ("us$ 1000", "us$ 1000", "USD", 1000, 1000, "month", 1000),
    ("1000 usd", "1000 usd", "USD", 1000, 1000, "month", 1000),
    ("1,200 dollars monthly", "1,200 dollars monthly", "USD", 1200, 1200, "month", 1200),
    ("salary $700 plus bonus", "$700", "USD", 700, 700, "month", 700),
    ("RM5k", "rm5k", "MYR", 5000, 5000, "month", 1176),
    ("rm 3,000 - 6,000", "rm 3,000 - 6,000", "MYR", 3000, 6000, "month", 1412),
    ("₱40,000/mo", "₱40,000/mo", "PHP", 40000, 40000, "month", 702),
    ("php 25,000 kada buwan", "php 25,000 kada buwan", "PHP", 25000, 25000, "month", 439),
    ("sahod: p40k", "p40k", "PHP", 40000, 40000, "month", 702),
    ("lương 15 triệu", "15 triệu", "VND", 15e6, 15e6, "month", 577),
    ("23-25 triệu đồng mỗi tháng", "23-25 triệu đồng mỗi tháng", "VND", 23e6, 25e6, "month", 962),
    ("lương 15.000.000đ/tháng", "15.000.000đ/tháng", "VND", 15e6, 15e6, "month", 577),
    ("薪水10萬", "10萬", "TWD", 1e5, 1e5, "month", 3226),
    ("薪資20-30萬", "20-30萬", "TWD", 2e5, 3e5, "month", 9677),
    ("月薪1萬美元", "1萬美元", "USD", 1e4, 1e4, "month", 10000),
    ("工资8000元/月", "8000元/月", "CNY", 8000, 8000, "month", 1111),
    ("1,000만 원", "1,000만 원", "KRW", 1e7, 1e7, "month", 7246),
    ("월 1000만원", "1000만원", "KRW", 1e7, 1e7, "month", 7246),
    ("NT$100,000", "nt$100,000", "TWD", 1e5, 1e5, "month", 3226),
    ("NT$28,590 per month", "nt$28,590 per month", "TWD", 28590, 28590, "month", 922),
    ("฿30,000", "฿30,000", "THB", 30000, 30000, "month", 923),
    ("30,000 บาท/เดือน", "30,000 บาท/เดือน", "THB", 30000, 30000, "month", 923),
    ("100万円", "100万円", "JPY", 1e6, 1e6, "month", 6803),
    ("AED 3,500", "aed 3,500", "AED", 3500, 3500, "month", 953),
    ("HK$4,870", "hk$4,870", "HKD", 4870, 4870, "month", 624),
    ("450,000 kyat", "450,000 kyat", "MMK", 450000, 450000, "month", 214),
    ("KSh 200,000", "ksh 200,000", "KES", 200000, 200000, "month", 1550),
    ("gaji 3500000", "3500000", "IDR", 3.5e6, 3.5e6, "month", 215),
    ("gaji pokok: 3.500.000", "3.500.000", "IDR", 3.5e6, 3.5e6, "month", 215),
    ("lương: 28.590 đài tệ", "28.590 đài tệ", "TWD", 28590, 28590, "month", 922),
    ("lương cơ bản: 175.000 yên/tháng", "175.000 yên/tháng", "JPY", 175000, 175000, "month", 1190),
    ("₱20k - ₱40,000 per bulan", "₱20k - ₱40,000 per bulan", "PHP", 2e4, 4e4, "month", 702),
    ("$5k-8 monthly", "$5k-8 monthly", "USD", 5000, 8000, "month", 8000),
    ("Rp 15.000.000 - 20jt", "rp 15.000.000 - 20jt", "IDR", 15e6, 20e6, "month", 1227),
    ("gaji ¥190.000/bulan", "¥190.000/bulan", "JPY", 190000, 190000, "month", 1293),
    # periods other than a month
    ("$500/week", "$500/week", "USD", 500, 500, "week", 2167),
    ("Rp 500rb/hari", "rp 500rb/hari", "IDR", 5e5, 5e5, "day", 798),
    ("gaji harian 150rb", "150rb", "IDR", 1.5e5, 1.5e5, "day", 239),
    ("upah 50rb/jam", "50rb/jam", "IDR", 5e4, 5e4, "hour", 638),
    ("$60,000/year", "$60,000/year", "USD", 60000, 60000, "year", 5000),
    ("時給1,200円", "1,200円", "JPY", 1200, 1200, "hour", 1698),
    ("10 million won a week", "10 million won a week", "KRW", 1e7, 1e7, "week", 31401),
    ("salary 1500$ per month", "1500$ per month", "USD", 1500, 1500, "month", 1500),
    ("gaji 1800 USDT per bulan", "1800 usdt per bulan", "USD", 1800, 1800, "month", 1800),
    ("pay $500 - $999 monthly", "$500 - $999 monthly", "USD", 500, 999, "month", 999),
    ("Spring 2015 $2000 Per Month", "$2000 per month", "USD", 2000, 2000, "month", 2000),
]


@pytest.mark.parametrize(("raw", "evidence", "currency", "low", "high", "period", "usd"), FORMS,
                         ids=[f[0] for f in FORMS])
def test_salary_parses_form(raw, evidence, currency, low, high, period, usd):
    ev, sal = one(raw)
    assert ev == evidence
    assert (sal.currency, sal.period) == (currency, period)
    assert sal.amount_low == pytest.approx(low)
    assert sal.amount_high == pytest.approx(high)
    assert sal.usd_per_month_high == pytest.approx(usd, rel=0.01)
    assert sal.usd_per_month_low <= sal.usd_per_month_high


NEGATIVES = [
    "usia 18-35 tahun",
    "umur 18 - 35 tahun, pendidikan min SMA",
    "lowongan tahun 2024",
    "hubungi 0812-3456-7890",
    "call +855 12 345 678",
    "tanggal 12/05/2024",
    "jam kerja 08.00-17.00",
    "komisi 3%",
    "komisi hingga 15 %",
    "butuh 50 orang",
    "kontrak 3 bulan",
    "respon 2x24 jam",
    "libur 4 hari per bulan",
    "10 juta penduduk",
    "ada 20-30萬人",
    "php 8 developer",
    "rp 500",
    "mp3 player, covid19",
    "pengalaman 2 tahun, gaji menarik",
    "切勿轻信境外高薪招聘,如有疑问请拨打96110或110",
    "salary negotiable, call 5550123 today",
    "upah minimum 2025",
    "",
]


@pytest.mark.parametrize("raw", NEGATIVES)
def test_salary_ignores_non_salary_number(raw):
    assert parse_salaries(fold(raw)) == ()


def test_currency_after_a_run_of_other_digits():
    # The currency stands after a Unicode digit run that ends the previous window.
    text = "\u066308\nrp2.500.000 per bulan"
    assert [(text[s:e], x.currency) for s, e, x in parse_salaries(text)] == [
        ("rp2.500.000 per bulan", "IDR")]


def test_salary_ignores_numbers_around_a_real_salary():
    text = fold("Gaji Rp 5 juta, usia 18-35 tahun, kontrak 2 tahun, hub 0812-3456-7890")
    assert [text[s:e] for s, e, _ in parse_salaries(text)] == ["rp 5 juta"]


@pytest.mark.parametrize(("raw", "period"), [
    ("gaji harian 150rb", "day"),
    ("gaji per bulan: Rp 5 juta", "month"),
    ("monthly salary: $900", "month"),
    ("weekly pay $500", "week"),
    ("salary per day: $50", "day"),
    ("lương tháng 15 triệu", "month"),
    ("月薪3萬", "month"),
    ("日薪3000元", "day"),
    ("월급 300만원", "month"),
    ("เดือนละ 30,000 บาท", "month"),
    ("setiap hari Rp 200rb", "day"),
    ("วันละ 500 บาท", "day"),
    ("月100万円以上可能", "month"),
    # a duration or a date next to the amount is not its period
    ("kerja 6 hari seminggu, gaji 5 juta", "month"),
    ("kerja 6 hari gaji Rp 5 juta", "month"),
    ("Senin-Sabtu 6 hari Rp 5 juta", "month"),
    ("2024年薪水NT$30,000", "month"),
    ("transfer Rp 5 juta hari ini", "month"),
    ("gaji: USD 1,400\njam kerja: pagi-malam", "month"),
    ("gaji: USD 1,400 jam kerja 12 jam", "month"),
    ("lương 15 triệu tháng này", "month"),
])
def test_salary_period_stated_before_or_after(raw, period):
    _, sal = one(raw)
    assert sal.period == period


def test_salary_drops_fake_range_into_contract_length():
    ev, sal = one("salary: USD 800 - 3 months probation")
    assert ev == "usd 800" and sal.amount_high == 800


def test_salary_context_currency_for_bonus():
    text = fold("gaji pokok Rp 5 juta + bonus 2 juta")
    assert [(text[s:e], x.currency) for s, e, x in parse_salaries(text)] == [
        ("rp 5 juta", "IDR"), ("2 juta", "IDR")]


@pytest.mark.parametrize(("raw", "evidence"), [
    ("biaya proses Rp 25 juta", []),
    ("denda 30jt jika keluar sebelum kontrak habis", []),
    ("tebusan Rp 100 juta", []),
    ("placement fee ₱50,000", []),
    ("yuran pemprosesan RM500 sahaja", []),
    ("tiket Rp 5 juta ditanggung", []),
    ("kerugian Rp 2 miliar", []),
    ("pay a fee of $500", []),
    ("gaji Rp 15 juta, biaya Rp 5 juta", ["rp 15 juta"]),
    ("fee: $500, salary $1,000", ["$1,000"]),
    ("gaji USD 1000 tanpa biaya", ["usd 1000"]),
    ("visa pelajar: bukti kewangan AUD 5,000", []),  # funds to show, not pay
    ("show money PHP 50,000 for immigration, salary USD 1,500", ["usd 1,500"]),
    ("gaji RM 3,000. sediakan bukti kewangan AUD 5,000.", ["rm 3,000"]),
])
def test_salary_skips_fees_debts_ransoms_and_funds_to_show(raw, evidence):
    text = fold(raw)
    assert [text[s:e] for s, e, _ in parse_salaries(text)] == evidence


def test_salary_weak_p_prefix_needs_salary_word():
    assert parse_salaries(fold("model p40k")) == ()


@pytest.mark.parametrize(("raw", "currency"), [
    ("¥300,000", "JPY"), ("工资¥8,000", "CNY"), ("¥8,000 です", "JPY"), ("月薪30000元", "CNY"),
    ("月薪30000元，工作地點", "TWD"), ("100万", "CNY"),
])
def test_salary_resolves_ambiguous_yen_yuan(raw, currency):
    text = fold(raw)
    if raw == "100万":
        text = "工资" + text
    assert parse_salaries(text)[0][2].currency == currency


@pytest.mark.parametrize(("raw", "currency"), [
    ("喂，我公司請 admin，人工 $17k，你有冇興趣？", "HKD"),  # Cantonese: Hong Kong dollars
    ("台中電商客服 月薪$32,000，歡迎應徵", "TWD"),  # Traditional, not Cantonese
    ("客服人員 月薪$1,500 機票公司出", "USD"),  # too small a monthly wage in HKD or TWD
    ("工资$8000 包吃住", "USD"),  # Simplified script
    ("salary $17,000 per month", "USD"),
])
def test_salary_resolves_ambiguous_dollar(raw, currency):
    assert parse_salaries(fold(raw))[0][2].currency == currency


def test_salary_huge_unlabelled_amount_has_unknown_period():
    _, sal = one("salary USD 50,000")
    assert sal.period == "unknown"
    assert not any(h.indicator == "salary.implausible.v1" for h in salary_hits(fold("salary USD 50,000")))


def test_salary_rates_are_positive_and_cover_thresholds_currencies():
    assert USD_RATES["USD"] == 1.0
    assert all(r > 0 for r in USD_RATES.values())


# --- thresholds ---------------------------------------------------------------------------

def ids(raw: str, low_skill: bool = False) -> set[str]:
    return {h.indicator for h in salary_hits(fold(raw), role_is_low_skill=low_skill)}


@pytest.mark.parametrize(("raw", "low_skill", "implausible"), [
    ("customer service, gaji 15 juta", True, True),  # Rp 15 juta ≈ US$920 ≥ 700
    ("gaji 15 juta", False, False),  # < US$1,500 without a role signal
    ("accountant, salary USD 1,200", False, False),  # skilled local hire
    ("USD 2,000-4,000", False, True),  # MY envoy: Cambodia lure
    ("Rp 7-10 juta per bulan", True, False),  # Polri's normal overseas wage band
    ("NT$28,590 per month", False, False),  # legitimate Taiwan caregiver (§11)
    ("NT$28,590 per month", True, False),
    ("HK$4,870 monthly", True, False),  # legitimate HK domestic work (§11)
    ("₱18,000 monthly", True, False),  # PH BPO entry pay (§11)
    ("₱16,000 - 30,000", True, False),
    ("USD 800", False, False),  # legitimate Cambodian project officer (§11)
    ("USD 800", True, True),  # the same pay for no-skill CS is the lure band (§2)
    ("USD 1,000–1,500", False, True),
    ("Rp 100 juta/bulan", False, True),  # Polri: "always" hostage-taking
    ("NT$100,000", False, True),  # READr lure
    ("월 1000만원", False, True),  # MOFA-KR lure
    ("rm 3,000 - 6,000", False, False),
    ("rm 3,000 - 6,000", True, True),
    ("RM 15,000", False, True),
    ("AED 3,500", True, True),
    ("450,000 kyat", True, False),
    ("$60,000/year", False, True),
    ("$10/hour", True, False),  # hourly amounts are not judged
])
def test_salary_implausible_threshold(raw, low_skill, implausible):
    got = ids(raw, low_skill)
    assert "salary.amount.v1" in got
    assert ("salary.implausible.v1" in got) is implausible


def test_salary_threshold_tiers():
    assert implausible_threshold_usd("USD") == 1500
    assert implausible_threshold_usd("IDR", role_is_low_skill=True) == 700
    assert implausible_threshold_usd("MYR") == 2000
    assert implausible_threshold_usd("PHP", daily_or_weekly=True) == 700
    assert implausible_threshold_usd("TWD") == 3000
    assert implausible_threshold_usd("KRW", role_is_low_skill=True) == 2000
    assert all(implausible_threshold_usd(c) < 5000 for c in USD_RATES)  # Polri "always" band


def test_salary_amount_hit_carries_salary():
    text = fold("Gaji USD 1,600/bulan")
    hits = salary_hits(text)
    assert [h.indicator for h in hits] == ["salary.amount.v1", "salary.implausible.v1"]
    for h in hits:
        assert h.salary is not None and h.salary.currency == "USD"
        assert text[h.start:h.end] == h.evidence
    assert hits[0].weight == 0.0 and hits[1].weight == 1.5


def test_salary_daily_amount_not_judged_as_monthly():
    assert "salary.implausible.v1" not in ids("Rp 500rb/hari", True)


# --- robustness ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "1," * 50_000, "rp " * 10_000, "9" * 100_000, "1.000." * 17_000, "$1k-" * 25_000,
    "gaji rp 1.000.000 - " * 5_000, "1 - 1 - " * 12_500, "rp" + " " * 100_000 + "1",
    "gaji " * 20_000, "@" * 100_000,
], ids=["commas", "rp", "nines", "dots", "k-range", "ranges", "dashes", "spaces", "words", "at"])
def test_salary_adversarial_input_is_fast(text):
    t = time.perf_counter()
    salary_hits(text, role_is_low_skill=True)
    # Loose on purpose: catastrophic backtracking makes this take far longer, while a slow or busy
    # machine must not fail it (it takes under half a second here).
    assert time.perf_counter() - t < 20.0


_ALPHABET = st.sampled_from(list("0123456789.,-–~/ $₱฿¥萬万만원円%+") + [
    "rp", "usd", "juta", "jt", "rb", "k", "gaji ", "per bulan", "triệu", "/bln", "nt$", "sebulan",
    "tahun", "hari", "a month", " to ", "belasan ",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join))
def test_salary_spans_match_evidence(text):
    for h in salary_hits(text, role_is_low_skill=True):
        assert 0 <= h.start < h.end <= len(text)
        assert text[h.start:h.end] == h.evidence
        assert h.salary is not None and h.salary.amount_low <= h.salary.amount_high


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_salary_never_raises_on_unicode(text):
    for start, end, sal in parse_salaries(text):
        assert 0 <= start < end <= len(text)
        assert sal.currency in USD_RATES


# Burmese and Khmer amounts as ads write them: native digits (folded by ``normalise``), the
# currency before or after, kyat in lakhs (သိန်း), and the monthly salary word.
NATIVE = [
    ("လစာ ဒေါ်လာ ၁၀၀၀", "ဒေါ်လာ ၁၀၀၀", "USD", 1000, "month"),
    ("လစာ ၁၀ သိန်း", "၁၀ သိန်း", "MMK", 1e6, "month"),
    ("ကျပ် ၃၅၀,၀၀၀ တစ်လ", "ကျပ် ၃၅၀,၀၀၀ တစ်လ", "MMK", 350000, "month"),
    ("ប្រាក់ខែ ១៥០០ ដុល្លារ", "១៥០០ ដុល្លារ", "USD", 1500, "month"),
    ("ប្រាក់ខែ ២,០០០,០០០ រៀល", "២,០០០,០០០ រៀល", "KHR", 2e6, "month"),
    ("ប្រាក់ខែ 800", "800", "USD", 800, "month"),
    ("เงินเดือน ๕๐,๐๐๐ บาท", "๕๐,๐๐๐ บาท", "THB", 50000, "month"),
    ("လစာမှာ တစ်လ ကျပ် သိန်း ၆၀ နှင့် Bonus", "ကျပ် သိန်း ၆၀", "MMK", 6e6, "month"),  # lakhs first
    ("လစာ သိန်း ၁.၅", "သိန်း ၁.၅", "MMK", 150000, "month"),
]


@pytest.mark.parametrize(("raw", "evidence", "currency", "amount", "period"), NATIVE,
                         ids=[n[0] for n in NATIVE])
def test_salary_in_burmese_khmer_and_native_digits(raw, evidence, currency, amount, period):
    from recruitscan.normalise import normalise

    nt = normalise(raw)
    found = parse_salaries(nt.text)
    assert len(found) == 1, found
    start, end, sal = found[0]
    s, e = nt.to_original(start, end)
    assert raw[s:e] == evidence
    assert (sal.currency, sal.period, sal.amount_high) == (currency, period, pytest.approx(amount))


@pytest.mark.parametrize("raw", ["ဝန်ဆောင်ခ စုစုပေါင်း ကျပ် သိန်း ၁၂၀", "စပေါ် ကျပ် ၃၀ သိန်း",
                                 "ថ្លៃសេវា ៥០០ ដុល្លារ", "ប្រាក់កក់ ២០០ ដុល្លារ"])
def test_burmese_and_khmer_fees_are_no_salary(raw):
    from recruitscan.normalise import normalise

    assert not parse_salaries(normalise(raw).text)


def test_khmer_date_is_no_salary():
    from recruitscan.normalise import normalise

    assert not parse_salaries(normalise("ខែ ៥ ឆ្នាំ ២០២៥").text)


# The same pay is a lure for a novice and ordinary for a senior (§2 "for the role and
# qualifications asked"): an ad requiring years of experience has no implausible salary.
EXPERIENCE = [
    ("Requirements: 3 years of experience", True),
    ("Candidates with 3 years' experience", True),
    ("Minimum 5 years experience in SQL", True),
    ("2 years hospital experience", True),
    ("3 years customer service experience", True),
    ("experience: min. 2 years", True),
    ("2-3 years experience", True),
    ("pengalaman minimal 2 tahun", True),
    ("berpengalaman min 3 tahun", True),
    ("2 năm kinh nghiệm", True),
    ("kinh nghiệm tối thiểu 3 năm", True),
    ("3 taon na karanasan", True),
    ("ประสบการณ์อย่างน้อย 3 ปี", True),
    ("3年以上相關經驗", True),
    ("3年以上の実務経験", True),
    ("경력 3년 이상", True),
    ("1 year experience", False),  # below the minimum
    ("pengalaman kerja minimal 1 tahun", False),
    ("no experience needed", False),
    ("contract 2 years and no experience needed", False),
    ("kontrak 2 tahun tanpa pengalaman", False),
    ("5+ years Go/Java", False),  # no word for experience
    ("usia 22-30 tahun. pengalaman di bidang sales", False),  # an age, then another sentence
    ("We are a registered agency with over 10 years of experience.", False),  # a boast
    ("Our company has 15 years experience", False),
]


DEGREE = [
    ("University degree required. TEFL / TESOL preferred", True),
    ("Bachelor's degree in Nursing required", True),
    ("must hold a university degree", True),
    ("Pendidikan minimal S1", True),
    ("min. D3 akuntansi", True),
    ("JLPT N4 certificate", True),
    ("TOPIK level 2", True),
    ("TESDA NC II holder", True),
    ("本科及以上学历", True),
    ("tốt nghiệp đại học trở lên", True),
    ("no degree required", False),  # lure wording (catalogue §5)
    ("walang jlpt needed", False),
    ("without a bachelor's degree needed", False),
    ("Dibuka untuk lulusan D3/S1 semua jurusan", False),  # an open field, as lures write it
    ("Min. S1 semua jurusan", False),
    ("any degree or diploma", False),
    ("学历不限", False),
    ("degree", False),
]


SKILLED = [("experience", raw, asks) for raw, asks in EXPERIENCE] + [
    ("degree", raw, asks) for raw, asks in DEGREE]


@pytest.mark.parametrize(("rule", "raw", "asks"), SKILLED, ids=[f"{r}: {t}" for r, t, _ in SKILLED])
def test_skilled_role_rules(rule, raw, asks):
    from recruitscan.indicators import salary
    from recruitscan.normalise import normalise

    assert getattr(salary, f"asks_for_{rule}")(normalise(raw).text) is asks


@pytest.mark.parametrize(("skilled", "novice"), [
    ("Senior Data Analyst, Kuala Lumpur. Minimum 5 years experience in SQL. "
     "Salary RM 12,000 - 15,000 per month.",
     "Data entry, Kuala Lumpur. No experience needed. Salary RM 12,000 - 15,000 per month."),
    ("English teacher in Hanoi. University degree required, TEFL certificate. "
     "Salary $1,800 per month, housing provided.",
     "English teacher in Hanoi. No degree required. Salary $1,800 per month, housing provided."),
])
def test_a_skilled_role_keeps_the_amount_but_not_the_red_flag(skilled, novice):
    assert [h.indicator for h in salary_hits(fold(skilled))] == ["salary.amount.v1"]
    assert [h.indicator for h in salary_hits(fold(novice))] == ["salary.amount.v1",
                                                                "salary.implausible.v1"]


@pytest.mark.parametrize(("raw", "currency"), [
    ("Rp 5.000.000 $$$ per bulan", "IDR"),  # emphasis, and the amount's own currency stands
    ("gaji 5 juta $", "IDR"),
    ("sahod ₱18,000 $$ monthly", "PHP"),
    ("salary 2000$ monthly", "USD"),
])
def test_a_dollar_sign_after_an_amount_never_overrides_its_own_currency(raw, currency):
    found = parse_salaries(fold(raw))
    assert [sal.currency for _, _, sal in found] == [currency]


@pytest.mark.parametrize(("raw", "evidence", "currency", "high"), [
    ("月薪三万,包机票", "三万", "CNY", 30_000),       # Chinese numerals before 万
    ("月薪十五萬 免經驗", "十五萬", "TWD", 150_000),
    ("每月三万多泰铢", "三万多泰铢", "THB", 30_000),  # "more than", then the currency
    ("月薪3万多元", "3万多元", "CNY", 30_000),
    ("工资两千", "两千", "CNY", 2_000),
])
def test_chinese_numerals_and_more_than(raw, evidence, currency, high):
    ev, sal = one(raw)
    assert (ev, sal.currency, sal.amount_high) == (evidence, currency, high)


@pytest.mark.parametrize("raw", ["月薪十万", "月薪一万五", "月薪五万五比索"])
def test_chinese_numerals_that_cannot_be_read_whole_are_left_unread(raw):
    # "十万" is two digits for one character; "一万五" and "五万五比索" would lose their tail
    # (and the peso with it): left alone rather than shifted or read as another amount
    assert parse_salaries(fold(raw)) == ()


@pytest.mark.parametrize(("raw", "evidence", "currency", "low", "high"), [
    ("salary 800 USD - 1200 USD", "800 usd - 1200 usd", "USD", 800, 1200),
    ("gaji 500$-1000$ per bulan", "500$-1000$ per bulan", "USD", 500, 1000),
    ("เงินเดือน 20,000 บาท - 30,000 บาท", "20,000 บาท - 30,000 บาท", "THB", 20_000, 30_000),
    ("월급 300만원~400만원", "300만원~400만원", "KRW", 3_000_000, 4_000_000),
])
def test_a_range_with_the_currency_after_each_amount_is_one_salary(raw, evidence, currency, low,
                                                                     high):
    ev, sal = one(raw)
    assert (ev, sal.currency, sal.amount_low, sal.amount_high) == (evidence, currency, low, high)


@pytest.mark.parametrize("raw", [
    "salary 1200 USD - 800 USD",   # descending: two amounts, not a range
    "salary 800 USD\n- 1200 USD",  # a list, one per line
    "salary 800 USD, 1200 USD",
    "salary 800 USD - 1200 THB",   # two currencies
])
def test_two_amounts_that_are_no_range_stay_two(raw):
    assert len(parse_salaries(fold(raw))) == 2
