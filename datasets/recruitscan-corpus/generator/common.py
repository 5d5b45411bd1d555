"""Slot fillers shared by every language: numbers, contacts, names of places and apps.

All values are invented for the synthetic corpus (phone numbers use valid-looking formats
with random digits; handles are random).
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _handle(rng: random.Random) -> str:
    stem = rng.choice(["hr", "job", "rekrut", "admin", "career", "vip", "work", "loker", "hiring", "agent"])
    tail = rng.choice(["", "_", "."]) + "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(2, 5)))
    return f"{stem}{tail}{rng.randint(1, 999)}"


def phone_id(rng: random.Random) -> str:
    return rng.choice(["08", "+62 8", "628"]) + f"{rng.randint(11, 59)}-{_digits(rng, 4)}-{_digits(rng, 4)}"


def phone_kh(rng: random.Random) -> str:
    return rng.choice(["+855 ", "855"]) + f"{rng.choice(['10','12','15','16','17','69','70','77','78','86','88','96','97'])} {_digits(rng, 3)} {_digits(rng, 3)}"


def phone_my(rng: random.Random) -> str:
    return rng.choice(["01", "+60 1"]) + f"{rng.randint(1, 9)}-{_digits(rng, 3)} {_digits(rng, 4)}"


def phone_ph(rng: random.Random) -> str:
    return rng.choice(["09", "+63 9"]) + f"{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 4)}"


def phone_vn(rng: random.Random) -> str:
    return rng.choice(["09", "03", "+84 9"]) + f"{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)}"


def phone_th(rng: random.Random) -> str:
    return rng.choice(["08", "09", "+66 8"]) + f"{_digits(rng, 1)}-{_digits(rng, 3)}-{_digits(rng, 4)}"


def tg_handle(rng: random.Random) -> str:
    return "@" + _handle(rng)


def tg_link(rng: random.Random) -> str:
    return "t.me/" + _handle(rng)


def wa_link(rng: random.Random) -> str:
    return "wa.me/" + rng.choice(["62", "855", "60", "63", "84"]) + _digits(rng, 10)


def email(rng: random.Random) -> str:
    return _handle(rng).replace(".", "") + "@" + rng.choice(["gmail.com", "yahoo.com", "mail.com", "outlook.com"])


def company_email(rng: random.Random) -> str:
    return rng.choice(["hr", "recruitment", "career", "jobs"]) + "@" + rng.choice(
        ["majujaya.co.id", "sentosa-group.com", "mekongtrading.com.kh", "harbourbpo.ph", "lotusfoods.co.th", "tansonlogistics.vn"]
    )


def _num(rng: random.Random, lo: int, hi: int, step: int) -> int:
    return rng.randrange(lo, hi + 1, step)


def usd_high(rng: random.Random) -> str:  # lure range (catalogue §2)
    a = _num(rng, 800, 2000, 100)
    return rng.choice([f"${a:,}", f"USD {a:,}", f"{a} USD", f"US${a:,}", f"${a/1000:.1f}k", f"USD {a:,}-{a+500:,}"])


def usd_normal(rng: random.Random) -> str:  # legit local range
    a = _num(rng, 250, 900, 50)
    return rng.choice([f"${a}", f"USD {a}", f"{a} USD", f"US$ {a}"])


def idr_high(rng: random.Random) -> str:
    a = rng.randint(10, 25)
    return rng.choice([f"{a} juta", f"{a}jt", f"Rp{a}.000.000", f"Rp {a} juta", f"{a}-{a+5} juta", f"Rp {a}jt"])


def idr_normal(rng: random.Random) -> str:
    a = rng.randint(3, 7)
    b = rng.choice([0, 5])
    return rng.choice([f"Rp{a}.{b}00.000", f"Rp {a},{b} juta", f"{a}.{b} juta", "UMR + tunjangan", f"Rp {a}jt"])


def myr_high(rng: random.Random) -> str:
    a = _num(rng, 5000, 15000, 500)
    return rng.choice([f"RM{a:,}", f"RM {a/1000:.0f}k", f"RM{a/1000:.0f}k", f"RM {a:,}"])


def myr_normal(rng: random.Random) -> str:
    a = _num(rng, 1700, 3500, 100)
    return rng.choice([f"RM{a:,}", f"RM {a:,}", f"RM{a}"])


def php_high(rng: random.Random) -> str:
    a = _num(rng, 40000, 90000, 5000)
    return rng.choice([f"₱{a:,}", f"PHP {a:,}", f"P{a//1000}k", f"₱{a//1000}k"])


def php_normal(rng: random.Random) -> str:
    a = _num(rng, 16000, 30000, 1000)
    return rng.choice([f"₱{a:,}", f"PHP {a:,}", f"P{a//1000}k", f"₱{a//1000}k"])


def vnd_high(rng: random.Random) -> str:
    a = rng.randint(15, 40)
    return rng.choice([f"{a} triệu", f"{a}tr", f"{a}-{a+10} triệu", f"{a} triệu/tháng"])


def vnd_normal(rng: random.Random) -> str:
    a = rng.randint(6, 12)
    return rng.choice([f"{a} triệu", f"{a}tr", f"{a}-{a+2} triệu"])


def thb_high(rng: random.Random) -> str:
    a = _num(rng, 35000, 80000, 5000)
    return rng.choice([f"฿{a:,}", f"{a:,} บาท", f"THB {a:,}"])


def thb_normal(rng: random.Random) -> str:
    a = _num(rng, 12000, 25000, 1000)
    return rng.choice([f"฿{a:,}", f"{a:,} บาท", f"THB {a:,}"])


def cny_high(rng: random.Random) -> str:
    a = rng.randint(2, 6)
    return rng.choice([f"月薪{a}万", f"{a}萬", f"月入{a}萬", f"{a}-{a+2}万"])


def twd_high(rng: random.Random) -> str:
    a = rng.randint(8, 30)
    return rng.choice([f"NT${a*10000:,}", f"月薪{a}萬", f"{a}萬台幣"])


def krw_high(rng: random.Random) -> str:
    a = rng.choice([500, 700, 800, 1000, 1500])
    return rng.choice([f"월 {a}만원", f"{a:,}만 원", f"주 {a//2}만원"])


def jpy_high(rng: random.Random) -> str:
    a = rng.choice([50, 80, 100, 150])
    return rng.choice([f"月{a}万円", f"{a}万円以上"])


def age_range(rng: random.Random) -> str:
    lo = rng.choice([18, 20, 21, 22])
    return f"{lo}-{rng.choice([30, 35, 38, 39, 40])}"


def days(rng: random.Random) -> str:
    return str(rng.randint(2, 7))


def count(rng: random.Random) -> str:
    return str(rng.choice([5, 10, 15, 20, 25, 30, 50]))


COMMON_FUNCS: dict[str, Callable[[random.Random], str]] = {
    name: fn
    for name, fn in globals().items()
    if callable(fn) and not name.startswith("_") and name not in {"Callable"}
    and getattr(fn, "__module__", None) == __name__
}

COMMON_SLOTS: dict[str, list[str]] = {
    "emoji_hot": ["🔥", "💰", "✈️", "💵", "🤑", "‼️", "⚡", "🚀", "✅", "👉", ""],
    "emoji_calm": ["🙂", "🙏", "👍", "😊", "📌", "📢", "✅", "👉", ""],
    "app": ["Telegram", "WhatsApp", "WA", "TG", "Tele"],
    "hub_kh": ["Phnom Penh", "Sihanoukville", "Bavet", "Poipet", "Kampot", "Bokor"],
    "hub_mm": ["Myawaddy", "KK Park", "Shwe Kokko", "Tachileik"],
    "hub_la": ["Golden Triangle", "Bokeo"],
    "hub_th": ["Mae Sot", "Mae Sai"],
}
