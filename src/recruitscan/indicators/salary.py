"""Salary promises: parse amounts in the forms job ads use and normalise them to USD per month.

The input is folded text (NFKC, lower-cased); every span returned indexes that text exactly.

A number becomes a salary only with a currency marker ("rp", "usd", "₱", "triệu đồng", "円",
"บาท"...), with a money multiplier ("15 juta", "10萬") next to a salary word or a period, with a
money-only abbreviation ("15jt", "500rb", "15tr"), or right after a salary word ("gaji 3500000").
This keeps ages ("18-35 tahun"), years, dates, times, percentages, phone numbers and head counts
out. Amounts right after a cost word ("biaya proses Rp 25 juta", "denda 30jt", "placement fee
₱50,000") are fees, debts or ransoms, not pay, and are skipped.

Ambiguous markers are resolved as follows (documented choices, not facts):

- "$" alone is USD, except an amount of 5,000 or more in Traditional-script Chinese: HKD in
  Cantonese (Hong Kong writes its dollar so: "人工 $17k"), else TWD. A US-dollar wage is
  rarely $5,000+ a month in these ads, a Hong Kong or Taiwan one nearly always is.
- "¥" is JPY when the text has kana, the amount ends in "円" or is ¥50,000+
  (a CNY wage rarely is, a JPY one nearly always), else CNY.
- "萬" (Traditional script) without a currency is TWD (READr, the catalogue's Chinese-language
  source, is Taiwanese); "万" (Simplified) is CNY, or JPY when followed by "円". "元" is TWD in
  Traditional-script text, else CNY.
- "juta/jt/ribu/rb" without a currency is IDR (or a nearby explicit MYR/IDR amount's currency).
- A bare "p" prefix ("p40k") is PHP only next to a salary word.

All regular expressions are compiled once and contain no nested unbounded quantifiers: every
repeat is over a bounded token, so matching is linear in the text length.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from recruitscan.indicators.alternation import by_first_char
from recruitscan.indicators.registry import INDICATORS
from recruitscan.types import IndicatorHit, Salary

__all__ = ["USD_RATES", "asks_for_degree", "asks_for_experience", "implausible_threshold_usd",
           "parse_salaries", "salary_hits"]

# Fixed reference rates, not live: USD per 1 unit of currency, approximate mid-market levels of
# mid-2025 (e.g. 1 USD ≈ 16,300 IDR ≈ 57 PHP ≈ 4.25 MYR ≈ 26,000 VND ≈ 31 TWD ≈ 1,380 KRW).
# They only place amounts against thresholds with wide margins; they cross-check with the
# catalogue's own conversions (§2: AED 3,500 ≈ Rp 15 juta; 450,000 kyat ≈ US$220;
# Cambodian minimum wage US$208 ≈ Rp 3 juta).
USD_RATES: Mapping[str, float] = MappingProxyType({
    "USD": 1.0,
    "IDR": 1 / 16_300,
    "MYR": 1 / 4.25,
    "PHP": 1 / 57.0,
    "VND": 1 / 26_000,
    "THB": 1 / 32.5,
    "KHR": 1 / 4_010,
    "MMK": 1 / 2_100,  # official rate; the catalogue's 450,000 kyat ≈ US$220 matches it
    "LAK": 1 / 21_700,
    "TWD": 1 / 31.0,
    "HKD": 1 / 7.8,
    "CNY": 1 / 7.2,
    "JPY": 1 / 147.0,
    "KRW": 1 / 1_380,
    "SGD": 1 / 1.30,
    "AUD": 1 / 1.53,
    "AED": 1 / 3.6725,  # pegged
    "SAR": 1 / 3.75,  # pegged
    "KES": 1 / 129.0,
    "INR": 1 / 86.0,
    "EUR": 1.15,
    "GBP": 1.34,
})

# --- thresholds -----------------------------------------------------------------------------
#
# ``salary.implausible.v1`` fires when the top of the promised range (the headline that lures),
# in USD per month, reaches the threshold of its currency tier. ``role_is_low_skill`` is set by
# the caller when a lure job title or a "no experience"/typing requirement fired.
#
# | tier | currencies                          | general | low-skill | per day/week |
# |------|-------------------------------------|---------|-----------|--------------|
# | base | USD, IDR, PHP, VND, KHR, MMK, LAK,  | 1,500   |   700     |   700        |
# |      | KES, INR, AED, SAR                  |         |           |              |
# | mid  | MYR, THB, CNY                       | 2,000   | 1,000     | 1,000        |
# | high | TWD, HKD, SGD, KRW, JPY, AUD, EUR,  | 3,000   | 2,000     | 3,000        |
# |      | GBP                                 |         |           |              |
#
# Why (catalogue §2 and §11, at the rates above):
# - Low-skill, base: Polri puts a normal Asian overseas wage at Rp 7–10 juta (US$430–615);
#   Cambodia's minimum wage is ~US$208; legitimate PH BPO entry pay is ₱16–30k (US$280–525).
#   Lures for no-skill CS/admin are USD 800–1,500, Rp 13–20 juta (US$800–1,230), AED 3,500
#   (US$950). 700 sits above every cited norm and below every cited lure.
# - General, base: without a role signal the amount alone must beat what skilled staff earn:
#   a legitimate Cambodian project officer gets USD 800 (§11); the corpus's local-hire hard
#   negatives (accountants, managers in Phnom Penh or Vientiane) USD 1,000–1,200. 1,500 is the
#   top of the cited no-skill lure band and 2.4× the top of Polri's normal band; MY-envoy lures
#   (USD 2,000–4,000) and Polri's "always hostage-taking" band (Rp 100–150 juta =
#   US$6,100–9,200, above every tier) stay in. On datasets/recruitscan-corpus (synthetic, so
#   only indicative) a general 1,000 fired on 29% of legit_local_hotspot texts against 13%
#   for 1,500, for 67% vs 62% of compound_recruitment texts.
# - Mid: ordinary local pay in Malaysia, Thailand and China passes US$1,000–1,500 (Malaysian
#   lures are RM 3,000–6,000 = US$700–1,410, overlapping local jobs; RM 15,000 = US$3,530).
# - High: legitimate placements pay NT$28,590 (US$920, Taiwan caregiver) and HK$4,870
#   (US$625); lures are NT$100,000+ (US$3,230, READr) and 10 million won (US$7,250, MOFA-KR).
#   Local wages there routinely pass US$1,500, so a lower rule would flag ordinary local ads.
# Only month/year amounts count for ``salary.implausible.v1``; day/week amounts count for
# ``salary.weekly_daily_high.v1`` (task-scam style "Rp 500rb/hari") once it is registered;
# hourly amounts and amounts of unknown period count for neither. Known misses: "15 triệu"
# (US$580) and "Rp 9 juta" (US$550) lures stay below every threshold. Known false alarms:
# legitimate placements to Korea, Japan or Europe quoted in the worker's home currency (EPS
# Korea ≈ Rp 24 juta or ฿60,000; "up to ₱100K" for HK caregivers); the legit.* indicators are
# meant to offset them.

_TIER_THRESHOLDS: Mapping[str, tuple[float, float, float]] = MappingProxyType({
    "base": (1_500.0, 700.0, 700.0),
    "mid": (2_000.0, 1_000.0, 1_000.0),
    "high": (3_000.0, 2_000.0, 3_000.0),
})
_TIER: Mapping[str, str] = MappingProxyType(
    {c: "mid" for c in ("MYR", "THB", "CNY")}
    | {c: "high" for c in ("TWD", "HKD", "SGD", "KRW", "JPY", "AUD", "EUR", "GBP")}
)

AMOUNT_ID = "salary.amount.v1"
IMPLAUSIBLE_ID = "salary.implausible.v1"
# Emitted only once the registry lists it, so the rule cannot produce unregistered ids.
WEEKLY_DAILY_ID = "salary.weekly_daily_high.v1"

# Monthly equivalents: 26 working days (6-day weeks are the norm in the region's ads).
_PER_MONTH: Mapping[str, float] = MappingProxyType({
    "month": 1.0, "week": 52 / 12, "day": 26.0, "hour": 26 * 8.0, "year": 1 / 12, "unknown": 1.0,
})
_MONTHLY_PLAUSIBLE = (20.0, 20_000.0)  # USD/month range in which an unlabelled amount is monthly

# --- token tables ---------------------------------------------------------------------------

_LATIN = "a-z\u00c0-\u024f\u1e00-\u1eff"  # letters that make a Latin token part of a longer word

_PREFIX_CUR: Mapping[str, str] = MappingProxyType({
    "us$": "USD", "usd": "USD", "$": "DOLLAR?", "nt$": "TWD", "ntd": "TWD", "twd": "TWD",
    "hk$": "HKD", "hkd": "HKD", "s$": "SGD", "sgd": "SGD", "a$": "AUD", "aud": "AUD",
    "rp": "IDR", "rp.": "IDR", "idr": "IDR", "rm": "MYR", "myr": "MYR",
    "php": "PHP", "₱": "PHP", "p": "PHP?", "฿": "THB", "thb": "THB",
    "aed": "AED", "sar": "SAR", "ksh": "KES", "kshs": "KES", "kes": "KES",
    "₩": "KRW", "krw": "KRW", "¥": "YEN?", "rmb": "CNY", "cny": "CNY", "jpy": "JPY",
    "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP", "₹": "INR", "inr": "INR",
    "rs": "INR", "rs.": "INR", "₫": "VND", "vnd": "VND", "mmk": "MMK", "lak": "LAK",
    "₭": "LAK", "khr": "KHR", "៛": "KHR",
    # Tether, a dollar stablecoin: pay promised in crypto is read at its dollar value.
    "usdt": "USD",
    # Burmese writes the currency first as often as after ("လစာ ဒေါ်လာ 1000").
    "ဒေါ်လာ": "USD", "ကျပ်": "MMK", "ဘတ်": "THB",
})
_SUFFIX_CUR: Mapping[str, str] = MappingProxyType({
    "usd": "USD", "dollar": "USD", "dollars": "USD", "dolar": "USD", "đô la": "USD", "đô": "USD",
    "$": "DOLLAR?", "usdt": "USD",
    "美元": "USD", "美金": "USD", "元": "YUAN?", "块": "CNY", "塊": "CNY", "人民币": "CNY",
    "人民幣": "CNY", "rmb": "CNY", "cny": "CNY", "円": "JPY", "日元": "JPY", "日圓": "JPY",
    "yen": "JPY", "jpy": "JPY", "원": "KRW", "won": "KRW", "krw": "KRW", "韓元": "KRW",
    "韩元": "KRW", "บาท": "THB", "baht": "THB", "thb": "THB", "ringgit": "MYR", "myr": "MYR",
    "peso": "PHP", "pesos": "PHP", "piso": "PHP", "php": "PHP", "đồng": "VND", "vnđ": "VND",
    "vnd": "VND", "đ": "VND", "kyat": "MMK", "kyats": "MMK", "mmk": "MMK", "kip": "LAK",
    "lak": "LAK", "riel": "KHR", "riels": "KHR", "khr": "KHR", "dirham": "AED",
    "dirhams": "AED", "aed": "AED", "rupee": "INR", "rupees": "INR", "inr": "INR",
    "rupiah": "IDR", "idr": "IDR", "ntd": "TWD", "twd": "TWD", "台幣": "TWD", "台币": "TWD",
    "新台幣": "TWD", "新台币": "TWD", "hkd": "HKD", "港幣": "HKD", "港币": "HKD", "港元": "HKD",
    "sgd": "SGD", "ksh": "KES", "kes": "KES", "shillings": "KES", "euro": "EUR", "euros": "EUR",
    "eur": "EUR", "riyal": "SAR", "riyals": "SAR", "sar": "SAR", "gbp": "GBP",
    "đài tệ": "TWD", "yên": "JPY", "nhân dân tệ": "CNY", "bạt": "THB", "đô la mỹ": "USD",
    "日幣": "JPY", "日币": "JPY", "韓幣": "KRW", "韩币": "KRW", "泰銖": "THB", "泰铢": "THB",
    "披索": "PHP", "令吉": "MYR", "印尼盾": "IDR", "越南盾": "VND", "瑞爾": "KHR", "瑞尔": "KHR",
    # Burmese and Khmer (translations: §9 lists no verbatim ad in either; the currencies are
    # those of the §2 wage table, kyat, and of Cambodian pay, US dollars and riel).
    "ဒေါ်လာ": "USD", "ကျပ်": "MMK", "ဘတ်": "THB",
    "ដុល្លារ": "USD", "រៀល": "KHR", "បាត": "THB",
})


@dataclass(frozen=True, slots=True)
class _Mult:
    factor: float
    kind: str  # which currencies it goes with: id, vn, zh_t, zh_s, zh, ko, in, th, any


_MULT: Mapping[str, _Mult] = MappingProxyType({
    "juta": _Mult(1e6, "id"), "jt": _Mult(1e6, "id"), "ribu": _Mult(1e3, "id"),
    "rb": _Mult(1e3, "id"), "rbu": _Mult(1e3, "id"),
    "triệu": _Mult(1e6, "vn"), "tr": _Mult(1e6, "vn"), "nghìn": _Mult(1e3, "vn"),
    "ngàn": _Mult(1e3, "vn"),
    "萬": _Mult(1e4, "zh_t"), "万": _Mult(1e4, "zh_s"), "千": _Mult(1e3, "zh"),
    "億": _Mult(1e8, "zh_t"), "亿": _Mult(1e8, "zh_s"),
    "천만": _Mult(1e7, "ko"), "백만": _Mult(1e6, "ko"), "만": _Mult(1e4, "ko"),
    "천": _Mult(1e3, "ko"), "억": _Mult(1e8, "ko"),
    "lakh": _Mult(1e5, "in"), "lakhs": _Mult(1e5, "in"), "crore": _Mult(1e7, "in"),
    "crores": _Mult(1e7, "in"),
    "พัน": _Mult(1e3, "th"), "หมื่น": _Mult(1e4, "th"), "แสน": _Mult(1e5, "th"),
    "ล้าน": _Mult(1e6, "th"),
    # Burmese counts kyat in lakhs (သိန်း, 100,000: "လစာ 10 သိန်း"); Khmer riel in ten thousands.
    "သောင်း": _Mult(1e4, "my"), "သိန်း": _Mult(1e5, "my"), "သန်း": _Mult(1e6, "my"),
    "ម៉ឺន": _Mult(1e4, "km"), "លាន": _Mult(1e6, "km"),
    "miliar": _Mult(1e9, "id"), "milyar": _Mult(1e9, "id"), "tỷ": _Mult(1e9, "vn"),
    "k": _Mult(1e3, "any"), "million": _Mult(1e6, "any"), "mil": _Mult(1e6, "any"),
    "billion": _Mult(1e9, "any"),
})
# Abbreviations that only ever mean money in ads ("15jt", "500rb", "15tr").
_MONEY_ABBREV = frozenset({"jt", "rb", "rbu", "tr"})
_KIND_CURRENCIES: Mapping[str, frozenset[str]] = MappingProxyType({
    "id": frozenset({"IDR", "MYR"}), "vn": frozenset({"VND"}), "ko": frozenset({"KRW"}),
    "in": frozenset({"INR"}), "th": frozenset({"THB"}), "my": frozenset({"MMK"}),
    "km": frozenset({"KHR"}),
    "zh": frozenset({"TWD", "CNY", "HKD", "JPY", "USD", "SGD", "MYR"}),
})
_KIND_DEFAULT: Mapping[str, str] = MappingProxyType({
    "id": "IDR", "vn": "VND", "zh_t": "TWD", "zh_s": "CNY", "ko": "KRW", "in": "INR", "th": "THB",
    "my": "MMK", "km": "KHR",
})
# "belasan juta" = 11–19 juta etc.
_APPROX_WORDS: Mapping[str, tuple[float, float]] = MappingProxyType({
    "belasan": (11.0, 19.0), "puluhan": (20.0, 99.0), "ratusan": (100.0, 999.0),
})

_PERIOD: Mapping[str, str] = MappingProxyType(
    # "sebulan"/"perbulan" are listed whole: a period token may not follow letters.
    dict.fromkeys(("bulan", "bulanan", "sebulan", "perbulan", "bln", "month", "months",
                   "monthly", "mth", "mo", "tháng", "buwan", "buwanan", "เดือน", "月", "월",
                   "တစ်လ", "လစဉ်", "ខែ", "មួយខែ", "ក្នុងមួយខែ"),
                  "month")
    | dict.fromkeys(("minggu", "mingguan", "seminggu", "perminggu", "week", "weeks", "weekly",
                     "wk", "tuần", "linggo", "週", "周", "주", "สัปดาห์"), "week")
    | dict.fromkeys(("hari", "harian", "sehari", "perhari", "day", "days", "daily", "ngày",
                     "araw", "日", "天", "일", "วัน"), "day")
    | dict.fromkeys(("jam", "sejam", "perjam", "hour", "hours", "hourly", "hr", "hrs", "giờ",
                     "oras", "小時", "小时", "시간", "ชั่วโมง"), "hour")
    | dict.fromkeys(("tahun", "tahunan", "setahun", "pertahun", "year", "years", "yearly",
                     "annual", "annually", "yr", "p.a.", "năm", "taon", "年", "년", "ปี"), "year")
)
_CONNECTORS = ("/", "per", "an", "a", "each", "every", "mỗi", "một", "每個", "每个", "每",
               "ต่อ", "kada", "bawat", "isang", "setiap", "tiap", "se", "sa")
_RANGE_SEPS = ("-", "–", "—", "~", "～", "to", "hingga", "sampai", "s/d", "s.d.", "s.d", "đến",
               "tới", "hanggang", "ถึง", "至", "到")

# Salary words: their presence nearby turns a bare number or a multiplier into a salary.
# The value is the currency they imply when no marker is given ("" = none, "zh" = by script).
_SALARY_WORDS: Mapping[str, str] = MappingProxyType(
    dict.fromkeys(("gaji", "gapok", "upah", "penghasilan", "pendapatan", "komisi", "bayaran",
                   "dibayar", "imbalan", "elaun"), "IDR")
    | dict.fromkeys(("salary", "salaries", "wage", "wages", "pay", "paid", "payment", "earn",
                     "earns", "earning", "earnings", "income", "commission", "bonus",
                     "take home", "thp"), "")
    | dict.fromkeys(("sahod", "sweldo", "suweldo"), "PHP")
    | dict.fromkeys(("lương", "thu nhập"), "VND")
    | dict.fromkeys(("薪", "薪水", "薪資", "薪资", "工資", "工资", "收入", "待遇", "報酬", "报酬"), "zh")
    | dict.fromkeys(("給料", "給与", "月給", "時給", "日給", "年収"), "JPY")
    | dict.fromkeys(("월급", "급여", "연봉", "수입", "보수", "시급", "일당", "주급", "수당"), "KRW")
    | dict.fromkeys(("เงินเดือน", "รายได้", "ค่าจ้าง", "ค่าตอบแทน"), "THB")
    | dict.fromkeys(("လစာ", "ဝင်ငွေ"), "MMK")
    # Cambodian pay is quoted in US dollars; riel amounts carry their marker.
    | dict.fromkeys(("ប្រាក់ខែ", "ប្រាក់ចំណូល"), "USD")
)
# Costs, debts, ransoms and the funds a traveller must show are money too but not pay: an
# amount whose nearest preceding word (within _COST_WINDOW) is one of these is no salary
# ("biaya proses Rp 25 juta", "denda 30jt", "bukti kewangan AUD 5,000", "show money ₱50,000").
_COST_WORDS = (
    "biaya", "bayar", "ongkos", "yuran", "caj", "proses", "pemprosesan", "pendaftaran", "beli",
    "patungan", "htm", "top up", "topup", "isi saldo", "nạp", "充值", "チャージ", "เงินประกัน",
    "ฝากเงิน", "deposit", "jaminan", "uang jaminan", "modal", "denda", "tebusan",
    "ganti rugi", "hutang", "utang", "pinjaman", "potongan", "kasbon", "tiket", "harga",
    "kerugian", "fee", "fees", "charge", "charges", "cost", "costs", "price", "ticket", "fine",
    "penalty", "ransom", "debt", "loan", "loss", "losses", "multa", "placement",
    "phí", "chi phí", "tiền cọc", "đặt cọc", "nợ", "tiền chuộc", "vé",
    "費用", "费用", "押金", "手續費", "手续费", "贖金", "赎金", "債", "债", "罰款", "罚款", "機票",
    "机票", "賠償", "赔偿", "비용", "보증금", "수수료", "몸값", "빚", "벌금", "항공권",
    "ค่าธรรมเนียม", "ค่าใช้จ่าย", "ค่าไถ่", "หนี้", "ค่าปรับ", "ตั๋ว",
    # Burmese: service or broker fee, deposit, advance, cost, debt, fine; Khmer: service fee,
    # deposit, debt, fine, expense (translations of the English words above).
    "ဝန်ဆောင်ခ", "ပွဲစားခ", "စပေါ်", "ကြိုတင်ငွေ", "ကုန်ကျစရိတ်", "အကြွေး", "ဒဏ်ကြေး",
    "ថ្លៃសេវា", "ប្រាក់កក់", "បំណុល", "ពិន័យ", "ចំណាយ",
    # Funds a student or visitor must show at the border or to the embassy: not pay.
    "bukti kewangan", "bukti keuangan", "proof of funds", "show money", "bank statement",
    "penyata bank", "rekening koran",
)
_COST_WINDOW = 30
_SALARY_WINDOW_BEFORE = 40  # chars between a salary word and a multiplier amount
_SALARY_WINDOW_AFTER = 20
_CONTEXT_WINDOW = 80  # an unmarked amount takes the currency of an explicit one this close
_BARE_WINDOW = 25  # a bare number must follow its salary word this closely...
_FILLERS = ("pokok", "bersih", "kotor", "mulai", "mulai dari", "sebesar", "hingga", "sampai",
            "up to", "upto", "from", "starting", "starting at", "start", "around", "about",
            "approx", "approx.", "min", "min.", "minimum", "max", "basic", "net", "gross",
            "sekitar", "khoảng", "từ", "lên đến", "tối thiểu", "cơ bản", "约", "約", "약", "最高",
            "高达", "高達", "可达", "可達", "至少", "底薪", "เริ่มต้น", "ประมาณ")


def _is_latin(ch: str) -> bool:
    return ch.isalpha() and (ch.isascii() or "\u00c0" <= ch <= "\u024f" or "\u1e00" <= ch <= "\u1eff")


def _alt(tokens: Iterable[str], *, boundary: bool = True) -> str:
    """Alternation, longest first; Latin-letter tokens must not sit inside a longer word.

    Tokens are grouped by whether they start/end with a Latin letter so that each group shares
    one look-around: a look-behind on every branch makes ``re`` several times slower.
    """
    groups: dict[tuple[bool, bool], list[str]] = {}
    for t in sorted(set(tokens), key=lambda s: (-len(s), s)):
        key = (boundary and _is_latin(t[0]), boundary and _is_latin(t[-1]))
        groups.setdefault(key, []).append(t)
    parts = []
    for (head, tail), toks in sorted(groups.items(), reverse=True):
        parts.append((f"(?<![{_LATIN}])" if head else "") + by_first_char(toks)
                     + (f"(?![{_LATIN}])" if tail else ""))
    return "(?:" + "|".join(parts) + ")"


# A number: digits with up to four "."/"," groups, not glued to more digits. Bounded repeats only.
_NUM = r"\d{1,12}(?:[.,]\d{1,3}){0,4}(?![.,]?\d)"
_SP = r"[^\S\n]{0,2}"  # spaces, not a line break: "gaji: usd 1,400\njam kerja: ..." is no rate
_PRE = _alt(_PREFIX_CUR)
_MULT_RE = _alt(_MULT)
_SEP = _alt(_RANGE_SEPS)
# A "$" after a number ("1500$") is its currency only when no digit follows (in "$500 - $999"
# the second "$" belongs to the second amount) and no other "$" ("$$$" is emphasis);
# _candidates also ignores it after a currency or a multiplier of another currency
# ("Rp 5.000.000 $", "5 juta $").
_SUF = "(?:" + _alt(set(_SUFFIX_CUR) - {"$"}) + r"|\$(?![^\S\n]{0,2}\d)(?!\$))"
_CONN = _alt(_CONNECTORS, boundary=False)  # "sebulan" = "se" + "bulan": no boundary here
_PER = _alt(_PERIOD)
_APPROX = _alt(_APPROX_WORDS)
# "Rp 5 juta hari ini" (today), "bulan depan" (next month), "tháng này": a date, not a rate.
# "usd 1,400 jam kerja" (working hours), "6 hari libur": a schedule, not a rate either.
_NOT_A_RATE = (r"(?![^\S\n](?:ini|depan|lalu|kemarin|này|tới|trước|nay|kerja|libur|làm|working|"
               r"work|off|shift)(?![a-z]))")

# Tried only at positions up to _LEAD characters before a digit or an approximate word (see
# _amount_matches): scanning every position with this many alternatives is slow in ``re``.
_AMOUNT_RE = re.compile(
    r"(?<![0-9+])(?<![0-9][.,])"
    rf"(?:(?P<pre>{_PRE}){_SP})?"
    rf"(?(pre)|(?<![a-z]))"  # "mp3", "p2p", "covid19": no bare number glued to letters
    rf"(?:(?P<n1>{_NUM})|(?P<w1>{_APPROX})(?={_SP}(?:juta|jt|ribu|rb)))"
    rf"(?:{_SP}(?P<m1>{_MULT_RE}))?"
    rf"(?:{_SP}(?P<sep>{_SEP}){_SP}(?:(?P<pre2>{_PRE}){_SP})?(?P<n2>{_NUM})(?:{_SP}(?P<m2>{_MULT_RE}))?)?"
    # "3万多泰铢", "2萬餘元": "more than" between the amount and its currency
    rf"(?:{_SP}(?:[多余餘]{_SP})?(?P<suf>{_SUF}))?"
    rf"(?:{_SP}(?:{_CONN})?{_SP}(?P<per>{_PER}){_NOT_A_RATE})?"
)
_LEAD = max(map(len, _PREFIX_CUR)) + 2  # longest prefix currency and its spaces
_ASCII_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")
_NOT_BEFORE_NUMBER = _ASCII_LOWER | frozenset("0123456789+")
_START_CHARS = frozenset("0123456789") | {t[0] for t in (*_PREFIX_CUR, *_APPROX_WORDS)}
_DIGITS_RE = re.compile(r"\d\d*")  # not "\d+": a leading single class lets ``re`` skip ahead fast
_APPROX_RE = re.compile(_APPROX)
_SALARY_WORD_RE = re.compile(_alt(_SALARY_WORDS))
_COST_RE = re.compile(_alt(_COST_WORDS))
# ...with only punctuation and these fillers between: "gaji pokok: 3.500.000", not "高薪招聘，请拨打96110".
_BARE_GAP_RE = re.compile(rf"[\s:：=(]{{0,4}}(?:{_alt(_FILLERS)}[\s:：=]{{0,3}}){{0,2}}")
# A period stated before the amount: "月薪", "월 ", "gaji per bulan:", "monthly salary", "日薪".
_PREFIX_PERIOD_EXTRA: Mapping[str, str] = MappingProxyType(
    {"월급": "month", "연봉": "year", "시급": "hour", "일당": "day", "주급": "week",
     "เดือนละ": "month", "วันละ": "day", "สัปดาห์ละ": "week", "ชั่วโมงละ": "hour", "ปีละ": "year",
     "月給": "month", "日給": "day", "時給": "hour", "年収": "year",
     # Burmese and Khmer "salary" is the monthly word itself (လ, ខែ: month).
     "လစာ": "month", "ប្រាក់ខែ": "month",
     "時薪": "hour", "时薪": "hour"}
)
_PERIOD_ADJ = ("monthly", "weekly", "daily", "hourly", "yearly", "annual", "月", "日", "時",
               "时", "年", "週", "周")
_NOT_COUNTED = r"(?<![0-9])(?<![0-9]\s)"  # "6 hari gaji 5 juta": a duration, not a rate
_PREFIX_PERIOD_RE = re.compile(
    "(?:"
    # "gaji per bulan:", "gaji harian", "lương tháng", "salary per month:"
    rf"{_alt(_SALARY_WORDS)}{_SP}(?:{_CONN}{_SP})?{_NOT_COUNTED}(?P<a>{_alt({**_PERIOD, **_PREFIX_PERIOD_EXTRA})})"
    # "monthly salary", "月薪", "日薪", "daily pay"
    rf"|{_NOT_COUNTED}(?P<b>{_alt(_PERIOD_ADJ)}){_SP}{_alt(_SALARY_WORDS)}"
    # "월 ", "월급 ", "per month: ", "เดือนละ ", "時給"
    rf"|{_NOT_COUNTED}(?P<c>{_alt({**_PERIOD, **_PREFIX_PERIOD_EXTRA})})"
    ")"
    r"\s{0,2}[:：=]?\s{0,2}(?:(?:up to|upto|hingga|sebesar|sekitar|约|約|약|khoảng|từ|lên đến)\s{0,2})?\Z"
)
_PREFIX_SPAN = 40
_PERIOD_TOKEN_RE = re.compile(_alt({**_PERIOD, **_PREFIX_PERIOD_EXTRA, **dict.fromkeys(_PERIOD_ADJ)}))
_ADJ_PERIOD: Mapping[str, str] = MappingProxyType({
    "monthly": "month", "weekly": "week", "daily": "day", "hourly": "hour", "yearly": "year",
    "annual": "year", "月": "month", "日": "day", "時": "hour", "时": "hour", "年": "year",
    "週": "week", "周": "week",
})
_KANA_RE = re.compile(r"[\u3040-\u30ff]")
_TRAD_RE = re.compile("[萬與個們這會灣臺為點來時機場電話號實體須務幣資聯係經驗應徵職歲員計歡樂長門問間關開書東車過還進選運線網遊戲語請說讀賺錢額優環]")
# Words of written Cantonese that standard Chinese does not use.
_CANTONESE_RE = re.compile("[嘅咗唔喺佢啲冇畀嚟睇搵咩嗰]")
_SIMP_RE = re.compile("[万与个们这会湾为点来时机场电话号实体须务币资联系经验应征职岁员计欢乐长门问间关开书东车过还进选运线网游戏语请说读赚钱额优环]")


_LOCAL_DOLLAR_FROM = 5_000  # a bare "$" amount this large in Traditional Chinese is HKD or TWD


class _Script:
    """Script facts about the whole text, computed at most once per call (not per amount)."""

    __slots__ = ("_cantonese", "_kana", "_text", "_trad")

    def __init__(self, text: str) -> None:
        self._text = text
        self._kana: bool | None = None
        self._trad: bool | None = None
        self._cantonese: bool | None = None

    @property
    def kana(self) -> bool:
        if self._kana is None:
            self._kana = _KANA_RE.search(self._text) is not None
        return self._kana

    @property
    def traditional(self) -> bool:
        if self._trad is None:
            self._trad = len(_TRAD_RE.findall(self._text)) > len(_SIMP_RE.findall(self._text))
        return self._trad

    def yuan(self) -> str:
        return "TWD" if self.traditional else "CNY"

    def dollar(self, amount: float) -> str:
        if amount < _LOCAL_DOLLAR_FROM or not self.traditional:
            return "USD"
        if self._cantonese is None:
            self._cantonese = _CANTONESE_RE.search(self._text) is not None
        return "HKD" if self._cantonese else "TWD"


def _parse_number(s: str) -> float | None:
    """'15.000.000' -> 15e6, '1,200.50' -> 1200.5, '1,5' -> 1.5, '1.2' -> 1.2, '1,1,1' -> None."""
    seps = [i for i, c in enumerate(s) if c in ".,"]
    if not seps:
        return float(s)
    last = seps[-1]
    tail = len(s) - last - 1
    if len({s[i] for i in seps}) == 2 and tail <= 2:
        decimal: int | None = last  # "1.234.567,89": the last, different separator is decimal
    elif len(seps) == 1 and (tail != 3 or s[:last] == "0"):
        decimal = last  # "1,5", "1.25", "0.500"
    else:
        decimal = None
    int_part = s[:decimal] if decimal is not None else s
    groups = re.split(r"[.,]", int_part)
    if len(groups) > 1 and (len(groups[0]) > 3 or any(len(g) != 3 for g in groups[1:])):
        return None  # "1,1,1", "12.34.56": not a grouped number
    value = float("".join(groups))
    if decimal is not None:
        value += float("0." + s[decimal + 1:])
    return value


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    low: float
    high: float
    currency: str  # ISO code from the marker ("YEN?"/"YUAN?"/"DOLLAR?" until resolved), "" if none
    weak: bool  # "p" prefix: needs a salary word
    mult: str  # multiplier token of the amount ("" if none)
    period: str  # "" when none stated after the amount
    bare_start: bool  # the first number starts with 0 followed by a digit ("08.00", "0812")


def _amount_matches(text: str) -> Iterator[re.Match[str]]:
    """What ``_AMOUNT_RE.finditer`` would yield, trying only positions that can start a match.

    A match starts at most ``_LEAD`` characters before its first digit (or approximate word),
    so each position is tried at most once: linear in the text length.
    """
    anchors = [m.start() for m in _DIGITS_RE.finditer(text)]
    approx = any(w in text for w in _APPROX_WORDS)
    if approx:
        anchors = sorted(anchors + [m.start() for m in _APPROX_RE.finditer(text)])
    tried = 0  # every position below this has been tried or lies inside a match
    for a in anchors:
        for pos in range(max(tried, a - _LEAD), a + 1):
            # Skip the positions where the match cannot start: saves most regex calls.
            ch = text[pos]
            prev = text[pos - 1] if pos else ""
            if ch not in _START_CHARS or (ch.isalpha() and prev in _ASCII_LOWER):
                continue
            if "0" <= ch <= "9":
                if prev in _NOT_BEFORE_NUMBER:
                    continue  # the look-behinds before a bare number fail
            elif pos < a and not approx and not _currency_then_digit(text, pos, a):
                continue
            m = _AMOUNT_RE.match(text, pos)
            if m:
                tried = m.end()
                yield m
                break
        else:
            tried = max(tried, a + 1)


def _currency_then_digit(text: str, pos: int, anchor: int) -> bool:
    """Whether a currency marker, then spaces, run from ``pos`` to the first digit (the digit
    run at ``anchor`` or an earlier one): how a match must start at a non-digit before
    ``anchor`` in a text without approximate words."""
    digit = _DIGITS_RE.search(text, pos, anchor)
    return text[pos : digit.start() if digit else anchor].rstrip() in _PREFIX_CUR


# Burmese also puts the count of lakhs after the word: "(ကျပ်) သိန်း ၆၀" is 60 lakh kyat. Read
# here, apart from _AMOUNT_RE: a multiplier before the number would widen every text's scan.
_MM_LEADING_MULT = ("သောင်း", "သိန်း", "သန်း")
_MM_LEADING_RE = re.compile(rf"(?:ကျပ်{_SP})?(?P<m>{'|'.join(_MM_LEADING_MULT)}){_SP}"
                            rf"(?P<n>\d{{1,4}}(?:[.,]\d{{1,2}})?)(?![.,]?\d)")


def _with_leading_lakhs(text: str, cands: list[_Cand]) -> list[_Cand]:
    """``cands`` plus the Burmese amounts written multiplier first, in text order; a plain
    candidate inside one of them (its bare number) gives way."""
    extra = []
    for m in _MM_LEADING_RE.finditer(text):
        value = float(m.group("n").replace(",", ".")) * _MULT[m.group("m")].factor
        extra.append(_Cand(m.start(), m.end(), value, value, "MMK", False, m.group("m"), "",
                           False))
    if not extra:
        return cands
    kept = [c for c in cands if not any(e.start <= c.start < e.end for e in extra)]
    return sorted(kept + extra, key=lambda c: c.start)


def _candidates(text: str) -> list[_Cand]:
    out: list[_Cand] = []
    for m in _amount_matches(text):
        start, end = m.span()
        if text[end:end + 2].lstrip().startswith("%"):
            continue
        m1, m2 = m.group("m1") or "", m.group("m2") or ""
        if m.group("w1"):
            lo, hi = _APPROX_WORDS[m.group("w1")]
        else:
            n1 = _parse_number(m.group("n1"))
            if n1 is None:
                continue
            lo = hi = n1
        f1 = _MULT[m1].factor if m1 else 1.0
        has_range = m.group("n2") is not None
        if has_range:
            n2 = _parse_number(m.group("n2"))
            if n2 is None:
                low, high = lo * f1, -1.0
            elif m2 and not m1:  # "15-20jt": the trailing multiplier covers both...
                high = n2 * _MULT[m2].factor
                low = lo * _MULT[m2].factor if lo * _MULT[m2].factor <= high else lo  # ...not "15.000.000-20jt"
            elif m1 and not m2:  # "5k-8": the leading one covers both, not "20k - 40,000"
                low = lo * f1
                high = n2 if n2 >= low else n2 * f1
            else:
                low, high = lo * f1, n2 * (_MULT[m2].factor if m2 else 1.0)
            if high < low:  # "USD 800 - 3 months": not a range; keep the first amount only
                has_range = False
                end = m.end("m1") if m1 else m.end("n1") if m.group("n1") else m.end("w1")
        if not has_range:
            low, high = lo * f1, hi * f1
        pre = m.group("pre") or (m.group("pre2") if has_range else None) or ""
        if has_range or m.group("n2") is None:
            suf = m.group("suf")
            period = _PERIOD[m.group("per")] if m.group("per") else ""
        else:  # the range was dropped, and with it what followed the second number
            suf, period = None, ""
        mult = m2 if (has_range and m2) else m1
        if suf == "$" and (pre or (mult and _MULT[mult].kind != "any")):
            suf = None  # "Rp 5.000.000 $", "5 juta $": the amount's own currency stands
        code = _PREFIX_CUR.get(pre, "") if pre else ""
        weak = code == "PHP?" and not suf  # "p40k" alone needs a salary word; "p40k pesos" not
        if suf:
            code = _SUFFIX_CUR[suf]
        elif weak:
            code = "PHP"
        if code == "YEN?" and suf == "円":
            code = "JPY"
        n1s = m.group("n1") or ""
        out.append(_Cand(start, end, low, high, code, weak, mult, period,
                         len(n1s) > 1 and n1s[0] == "0" and n1s[1].isdigit()))
    if any(m in text for m in _MM_LEADING_MULT):
        out = _with_leading_lakhs(text, out)
    return _joined_ranges(text, out)


def _joined_ranges(text: str, cands: list[_Cand]) -> list[_Cand]:
    """Two amounts that each carry the same currency after them and stand either side of a
    range mark ("800 usd - 1200 usd", "500$-1000$", "300만원-400만원") are one range; the
    amount regex joins a range only when the currency comes before or after both."""
    out: list[_Cand] = []
    for c in cands:
        prev = out[-1] if out else None
        currency = _range_currency(prev.currency, c.currency) if prev is not None else ""
        if (prev is not None and currency
                and not (prev.weak or c.weak or prev.period)
                and prev.low == prev.high and c.low == c.high and prev.high < c.low
                and text[prev.end:c.start].strip(" \t") in _RANGE_SEPS):
            out[-1] = _Cand(prev.start, c.end, prev.low, c.high, currency, False,
                            c.mult or prev.mult, c.period, prev.bare_start)
        else:
            out.append(c)
    return out


_DOLLARS = frozenset({"USD", "HKD", "TWD", "SGD", "AUD"})


def _range_currency(a: str, b: str) -> str:
    """The currency of a range whose ends carry ``a`` and ``b``, or "" if they differ: a bare
    "$" end takes the other end's dollar ("700 USD-$900")."""
    if a == b:
        return a
    if "DOLLAR?" in (a, b) and {a, b} - {"DOLLAR?"} <= _DOLLARS:
        return a if b == "DOLLAR?" else b
    return ""


def _prefix_period(text: str, start: int) -> str:
    """The period stated just before ``start`` ("月薪", "월 ", "monthly salary:"), or ""."""
    lo = max(0, start - _PREFIX_SPAN)
    if _PERIOD_TOKEN_RE.search(text, lo, start) is None:  # cheap gate for the costly search
        return ""
    m = _PREFIX_PERIOD_RE.search(text, lo, start)
    if m is None:
        return ""
    if m.group("b"):
        return _ADJ_PERIOD[m.group("b")]
    tok = m.group("a") or m.group("c")
    return _PERIOD.get(tok) or _PREFIX_PERIOD_EXTRA[tok]


def _salary_word_near(text: str, start: int, end: int, before: int, after: int) -> str | None:
    """The salary word closest to ``text[start:end]`` within the window, or None."""
    best: tuple[int, str] | None = None
    for w in _SALARY_WORD_RE.finditer(text, max(0, start - before), end + after):
        if w.end() <= start or w.start() >= end:
            d = start - w.end() if w.end() <= start else w.start() - end
            if best is None or d < best[0]:
                best = (d, w.group())
    return None if best is None else best[1]


def _follows_cost_word(text: str, start: int) -> bool:
    """The closest word before ``start`` (within _COST_WINDOW) is a cost word, not a salary word."""
    costs = list(_COST_RE.finditer(text, max(0, start - _COST_WINDOW), start))
    if not costs:
        return False
    return _SALARY_WORD_RE.search(text, costs[-1].end(), start) is None


def _follows_salary_word(text: str, start: int) -> bool:
    """A salary word stands right before ``start``: "gaji 3500000", "salary: up to 1000"."""
    for w in _SALARY_WORD_RE.finditer(text, max(0, start - _BARE_WINDOW), start):
        if _BARE_GAP_RE.fullmatch(text, w.end(), start):
            return True
    return False


_ZH_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6,
              "七": 7, "八": 8, "九": 9}
# A run of Chinese numerals right before 万/萬/千 ("月薪三万", "十五萬", "三到五万"), not one
# continued by another numeral ("一万五", "五万五比索": the rest would be lost, and with it the
# currency that follows).
_ZH_MULTIPLIERS = ("万", "萬", "千")
_ZH_NUMERAL_RE = re.compile(
    "([零一二两兩三四五六七八九十]{1,3})(?=[万萬千](?![零一二两兩三四五六七八九十0-9]))")


def _zh_value(run: str) -> int | None:
    """The value of a Chinese numeral under a hundred ("三" 3, "十五" 15, "二十" 20), or None."""
    if "十" not in run:
        return _ZH_DIGITS.get(run) if len(run) == 1 else None
    tens, _, ones = run.partition("十")
    if len(tens) > 1 or len(ones) > 1 or (tens and tens not in _ZH_DIGITS) or (
            ones and ones not in _ZH_DIGITS):
        return None
    return (_ZH_DIGITS[tens] if tens else 1) * 10 + (_ZH_DIGITS[ones] if ones else 0)


def _chinese_numerals_as_digits(text: str) -> str:
    """``text`` with each Chinese numeral before 万/萬/千 written in digits, where that takes as
    many characters ("三万" -> "3万", "十五萬" -> "15萬"), so every offset still holds. "十万"
    (two digits for one character) and "一万五" are left as they are: an amount may be missed,
    never read high."""
    # A substring test first: the regex would scan every text, Chinese or not, for a few
    # percent of ``find``'s time on a 1 KB ad.
    if not any(m in text for m in _ZH_MULTIPLIERS) or not _ZH_NUMERAL_RE.search(text):
        return text

    def digits(m: re.Match[str]) -> str:
        value = _zh_value(m.group(1))
        return str(value) if value is not None and len(str(value)) == len(m.group(1)) else m.group(1)

    return _ZH_NUMERAL_RE.sub(digits, text)


def parse_salaries(text: str) -> tuple[tuple[int, int, Salary], ...]:
    """Every salary promise in folded ``text`` as ``(start, end, Salary)``, in text order.

    ``text[start:end]`` covers the currency, amounts, multipliers and a trailing period
    ("rp 7 juta per bulan"). A period stated before the amount ("月薪", "monthly salary:") is
    used but not included in the span. Amounts with no stated period count as monthly when
    plausible as a monthly wage (US$20–20,000), otherwise their period is "unknown" and their
    USD figures are the amount as stated.
    """
    if not text:
        return ()
    text = _chinese_numerals_as_digits(text)
    cands = _candidates(text)
    if not cands:
        return ()
    script = _Script(text)
    for c in cands:
        if c.currency == "YEN?":  # a CNY wage is rarely ¥50,000+ a month, a JPY one nearly always
            c.currency = "JPY" if script.kana or c.high >= 50_000 else "CNY"
        elif c.currency == "YUAN?":
            c.currency = script.yuan()
        elif c.currency == "DOLLAR?":
            c.currency = script.dollar(c.high)
    explicit = [(c.start, c.currency) for c in cands if c.currency and not c.weak]  # sorted

    out: list[tuple[int, int, Salary]] = []
    for c in cands:
        currency = c.currency
        if c.weak or not currency:  # is it a salary at all?
            if c.bare_start and not c.weak:
                continue  # "08.00", "0812-...": times and phone numbers
            bare = not (c.mult or c.weak)
            if bare and (c.high < 100 or 1900 <= c.high <= 2100 or not _follows_salary_word(text, c.start)):
                continue  # a bare number counts only right after a salary word, and is no year
            near = _salary_word_near(text, c.start, c.end, _SALARY_WINDOW_BEFORE,
                                     _SALARY_WINDOW_AFTER)
            if c.weak:
                if near is None:
                    continue
            else:
                if c.mult and near is None and not c.period and c.mult not in _MONEY_ABBREV:
                    continue  # "10 juta penduduk"
                currency = _infer_currency(c, _MULT[c.mult].kind if c.mult else "any", near,
                                           explicit, script)
                if not currency:
                    continue
        rate = USD_RATES.get(currency)
        if rate is None or c.high * rate < 1.0:  # "php 7", "rp 500": not a wage
            continue
        if _follows_cost_word(text, c.start):
            continue
        period = c.period or _prefix_period(text, c.start)
        if not period:
            monthly = c.high * rate
            period = "month" if _MONTHLY_PLAUSIBLE[0] <= monthly <= _MONTHLY_PLAUSIBLE[1] else "unknown"
        k = rate * _PER_MONTH[period]
        if not c.currency and c.high * k < _MONTHLY_PLAUSIBLE[0]:
            continue  # an unmarked amount must at least look like a wage
        out.append((c.start, c.end, Salary(c.low, c.high, currency, period, c.low * k, c.high * k)))
    return tuple(out)


def _infer_currency(c: _Cand, kind: str, near: str | None,
                    explicit: list[tuple[int, str]], script: _Script) -> str:
    """Currency of an amount without a marker: a nearby explicit amount's, else the multiplier's,
    else the salary word's."""
    allowed = _KIND_CURRENCIES.get(kind)
    if kind in ("zh_t", "zh_s"):
        allowed = _KIND_CURRENCIES["zh"]
    ctx = []
    i = bisect_left(explicit, (c.start - _CONTEXT_WINDOW, ""))
    while i < len(explicit) and explicit[i][0] <= c.start + _CONTEXT_WINDOW:
        s, cur = explicit[i]
        if allowed is None or cur in allowed:
            ctx.append((abs(s - c.start), cur))
        i += 1
    if ctx:
        return min(ctx)[1]
    if kind in _KIND_DEFAULT:
        return _KIND_DEFAULT[kind]
    if kind == "zh":
        return script.yuan()
    if near is not None:
        implied = _SALARY_WORDS[near]
        if implied == "zh":
            return script.yuan()
        if kind == "any" or (allowed and implied in allowed):
            return implied
    return ""


# The indicator judges pay "for the role and qualifications asked" (§2): an ad that requires
# years of experience asks for qualifications the wage norms above do not cover (a senior
# engineer in Singapore earns what no lure may promise a novice), so its amounts are never
# judged implausible. Lures ask for none (§5: "no experience needed"); on the corpus train split
# no compound-recruitment text asks for any, and legitimate local jobs ask for 2-5 years.
# Forms: "3+ years (of) experience", "experience: min. 2 years", "pengalaman minimal 2 tahun",
# "2 năm kinh nghiệm", "3 taon na karanasan", "ประสบการณ์ 2 ปี", "3年以上經驗", "경력 3년".
SKILLED_MIN_YEARS = 2
_YEARS = r"(?P<y{i}>\d{{1,2}})(?:\s?(?:-|–|to|~)\s?\d{{1,2}})?\s?\+?"
_EXPERIENCE_FORMS = (
    # years first
    _YEARS.format(i=0) + r"\s?(?:years?|yrs?|tahun|năm|taon)(?:['’]s?)?\s?(?:of\s)?"
    # up to two words naming the field ("hospital", "customer service"), none a negation
    r"(?:(?!(?:no|not|without|tanpa|tidak|tak|không|walang)\s)[^\W\d]{1,20}\s){0,2}"
    r"(?:experience|exp\b|pengalaman|berpengalaman|kinh nghiệm|na karanasan|karanasan)",
    # experience first
    r"(?:experience|pengalaman(?:\skerja)?|berpengalaman|kinh nghiệm|karanasan|ประสบการณ์"
    r"|經驗|经验|経験|경력)\s?(?:of|in\s\w+)?[\s:：(–-]{0,3}"
    r"(?:(?:at\sleast|minimum|min\.?|minimal|sekurang-kurangnya|tối\sthiểu|ít\snhất|từ"
    r"|อย่างน้อย|ขั้นต่ำ)\s?)?" + _YEARS.format(i=1)
    + r"\s?(?:years?|yrs?|tahun|năm|taon|ปี|年|년)",
    # Chinese, Japanese, Korean: "3年以上(相關)經驗", "3年以上の実務経験", "3년 이상 경력"
    _YEARS.format(i=2) + r"\s?(?:年|년)\s?(?:以上|이상)?(?:の)?.{0,4}?(?:經驗|经验|経験|경력)",
)
_EXPERIENCE_RE = re.compile("|".join(f"(?:{f})" for f in _EXPERIENCE_FORMS))
# "We are an agency with over 10 years of experience" boasts; it requires nothing. A match whose
# sentence names the advertiser before it is such a claim.
_CLAIM_RE = re.compile(r"(?<![a-z])(?:we|our|us|agency|company|firm|kami|perusahaan|agensi|"
                       r"syarikat|chúng tôi|công ty|kumpanya|namin)(?![a-z])")
_SENTENCE_END = re.compile(r"[.!?;\n|。！？]")


def asks_for_experience(text: str, min_years: int = SKILLED_MIN_YEARS) -> bool:
    """Whether folded ``text`` requires at least ``min_years`` years of experience."""
    for m in _EXPERIENCE_RE.finditer(text):
        years = m.group("y0") or m.group("y1") or m.group("y2")
        if int(years) < min_years:
            continue
        before = text[max(0, m.start() - 40):m.start()]
        sentence = _SENTENCE_END.split(before)[-1]
        if not _CLAIM_RE.search(sentence):
            return True
    return False


# A role that requires a university degree or a professional certificate is skilled too (§11:
# legitimate placements ask for a diploma, a nursing degree, JLPT N4, TESDA NC II; §5: lures
# ask for none). Only a stated requirement counts: "any degree", "lulusan D3/S1 semua jurusan"
# and "no degree required" are lure wording (on the corpus train split), so an open field or a
# negation a few words before cancels the match.
_DEGREE_FORMS = (
    r"(?:bachelor|university|college|master)(?:['’]?s)?\s(?:degree|diploma)"
    r"(?:\s(?:in\s[^\W\d]+\s)?(?:is\s)?(?:required|needed|a\smust))",
    r"(?:requires?|required|must\s(?:have|hold))\s(?:a\s)?(?:bachelor|university|college|master)"
    r"(?:['’]?s)?\s(?:degree|diploma)",
    r"(?:minimal|min\.?|minimum|pendidikan\sminimal)\s(?:s1|s2|d3|d4)\b",
    r"(?:tefl|tesol|celta|jlpt\s?n[1-5]|topik\s?(?:level\s)?[1-6]|tesda\snc\s?ii|nc\s?ii)\b"
    r"(?:\s(?:certificate|certified|required|holder))?",
    r"(?:本科|大专|大專|大学|大學|碩士|硕士)(?:及)?以上(?:学历|學歷)?",
    r"tốt\snghiệp\s(?:đại\shọc|cao\sđẳng)\strở\slên",
)
_DEGREE_RE = re.compile("|".join(f"(?:{f})" for f in _DEGREE_FORMS))
_OPEN_FIELD = re.compile(r"\W{0,3}(?:semua\sjurusan|all\s(?:majors|courses)|any\s(?:major|course|field)"
                         r"|sebarang\sjurusan|不限)")
_NEGATION_BEFORE = re.compile(r"(?:\bno|\bnot|\bwithout|\btanpa|\btidak|\btak|\bwalang|\bkhông|"
                              r"不需|不用|无需|無需|不要求)\W*(?:\w+\W+){0,2}$")


def asks_for_degree(text: str) -> bool:
    """Whether folded ``text`` requires a university degree or a professional certificate."""
    for m in _DEGREE_RE.finditer(text):
        if _OPEN_FIELD.match(text, m.end()):
            continue
        if _NEGATION_BEFORE.search(text[max(0, m.start() - 30):m.start()]):
            continue
        return True
    return False


def implausible_threshold_usd(currency: str, *, role_is_low_skill: bool = False,
                              daily_or_weekly: bool = False) -> float:
    """USD/month at or above which a salary in ``currency`` is implausible (see the table above)."""
    general, low_skill, per_day = _TIER_THRESHOLDS[_TIER.get(currency, "base")]
    if daily_or_weekly:
        return per_day
    return low_skill if role_is_low_skill else general


def salary_hits(text: str, *, role_is_low_skill: bool = False) -> tuple[IndicatorHit, ...]:
    """Salary indicator hits in folded ``text``; ``evidence == text[start:end]``.

    Every parsed salary gives ``salary.amount.v1`` (informational). A monthly or yearly salary
    whose top, in USD per month, reaches :func:`implausible_threshold_usd` also gives
    ``salary.implausible.v1``, unless the text asks for years of experience
    (:func:`asks_for_experience`) or for a degree or professional certificate
    (:func:`asks_for_degree`); a daily or weekly one gives ``salary.weekly_daily_high.v1`` (when
    that id is registered).
    """
    hits: list[IndicatorHit] = []
    skilled: bool | None = None  # computed once, and only for an amount high enough to judge
    amount_w = INDICATORS[AMOUNT_ID].weight
    implausible_w = INDICATORS[IMPLAUSIBLE_ID].weight
    weekly = INDICATORS.get(WEEKLY_DAILY_ID)
    for start, end, sal in parse_salaries(text):
        ev = text[start:end]
        hits.append(IndicatorHit(AMOUNT_ID, ev, start, end, amount_w, salary=sal))
        if sal.period in ("month", "year"):
            limit = implausible_threshold_usd(sal.currency, role_is_low_skill=role_is_low_skill)
            if sal.usd_per_month_high >= limit:
                if skilled is None:
                    skilled = asks_for_experience(text) or asks_for_degree(text)
                if skilled:
                    continue
                hits.append(IndicatorHit(IMPLAUSIBLE_ID, ev, start, end, implausible_w, salary=sal))
        elif sal.period in ("day", "week") and weekly is not None:
            if sal.usd_per_month_high >= implausible_threshold_usd(sal.currency, daily_or_weekly=True):
                hits.append(IndicatorHit(WEEKLY_DAILY_ID, ev, start, end, weekly.weight, salary=sal))
    return tuple(hits)
