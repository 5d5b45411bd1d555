"""Write ``labels.csv``: a SYNTHETIC example of an analyst's own labelled ads.

Everything here is invented for the recruitscan project (no real ads, people, companies or
numbers). It imitates what an NGO reviewing Indonesian and English job ads might label after
noticing lure wording the default model misses ("admin game online di Laos", "host live
streaming di Dubai") and legitimate overseas ads it over-flags (cruise-ship crew, caregivers
for Japan, hotel jobs in Cambodia). Deterministic: ``python make_labels.py`` rewrites the same
file.
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

SEED = 20261201
OUT = Path(__file__).with_name("labels.csv")

NAMES = ["Rina", "Dewi", "Sinta", "Maya", "Putri", "Yuni", "Lia", "Ayu", "Nadia", "Tari"]
HANDLES = ["@rekrut_asia", "@loker_luar88", "@hr_global_team", "@kerja_enak_id", "@vip_agency",
           "@talent_dxb", "@gm_recruit", "@jobs_abroad_id"]
LAOS = ["Laos", "Vientiane, Laos", "Bokeo (Laos)", "Golden Triangle, Laos", "Tonpheung, Laos"]
DUBAI = ["Dubai", "Dubai, UEA", "Abu Dhabi", "Dubai (UAE)"]
CITIES_ID = ["Jakarta Barat", "Surabaya", "Bandung", "Medan", "Yogyakarta", "Tangerang", "Semarang"]


def phone(rng: random.Random) -> str:
    # 0899-00xx-xxxx: an invented block, not a real subscriber range.
    return f"0899-00{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"


def pick(rng: random.Random, xs: list[str]) -> str:
    return xs[rng.randrange(len(xs))]


# Each family: (category, language, list of templates). Slots: {name} {handle} {phone} {laos}
# {dubai} {city} {n} (a number).
FAMILIES: list[tuple[str, str, list[str]]] = [
    ("compound_recruitment", "id", [
        "Dibuka posisi host live streaming untuk agensi kami di {dubai}. Penampilan menarik, "
        "percaya diri, bisa bahasa Inggris dasar. Kirim foto dan video perkenalan ke kak {name}.",
        "Cari host live streaming cewek, penempatan {dubai}. Kerja 8 jam, bonus gift dari "
        "penonton. Tidak perlu pengalaman, kami latih. Minat? japri {handle}",
        "Agensi talent internasional cari host live streaming untuk kantor {dubai}. Paspor "
        "diurus, tinggal di apartemen tim. Kirim foto full body ke WA {phone}",
        "Lowongan host live streaming di {dubai}, kontrak 6 bulan, komisi per jam tayang. "
        "Berangkat rombongan bulan depan. Info kak {name} {phone}",
        "Loker host live streaming bahasa Indonesia, lokasi {dubai}. Gaji pokok + bonus gift, "
        "tiket dan visa kerja dari agensi. Usia 18-28. Kirim CV + foto ke {handle}",
        "Kesempatan jadi host live streaming di luar negeri ({dubai})! Kerja santai di studio, "
        "tinggal bareng tim. Slot terbatas, DM {handle}",
    ]),
    ("compound_recruitment", "id", [
        "Butuh admin game online penempatan {laos}, bisa ngetik cepat, tidak perlu ijazah. "
        "Tinggal di asrama kantor. Hubungi kak {name} {phone}",
        "Lowongan CS game online (admin chat) di {laos}, kerja 12 jam, makan disediakan, "
        "paspor diurus kantor. Daftar via {handle}",
    ]),
    ("compound_recruitment", "en", [
        "Open recruitment: live streaming host for a gaming platform, based in {dubai}. "
        "Attractive package. Apply with photos to {handle}.",
        "Female live host wanted in {dubai}. Friendly team, gifts from viewers, training "
        "provided. Send a short intro video to {name} on WhatsApp {phone}.",
        "Streamer / live host needed for our agency in {dubai}. Passport processing handled, "
        "team apartment. Message {handle} for details.",
        "Hiring Indonesian-speaking live hosts in {dubai}. Studio provided, you stay with the "
        "team. Limited slots, DM {handle}",
        "Customer service for an online game company in {laos}. No degree needed, fast typing, "
        "meals and dorm provided. WhatsApp {phone}",
    ]),
    ("compound_recruitment", "id", [
        "Peluang kerja admin game online di {laos}. Lingkungan kerja anak muda, bonus bulanan "
        "menarik. Info lebih lanjut hubungi kak {name}.",
        "Cari teman kerja jadi admin game online di {laos}, kerjaan santai cuma balas chat "
        "pemain. Yang serius aja ya, japri {handle}",
        "PT Golden Star Gaming membuka lowongan admin game online untuk kantor {laos}. Kontrak "
        "1 tahun, tempat tinggal di area kantor. Hubungi {phone}",
        "Admin game online {laos}, shift 12 jam, target member baru per hari, tinggal di mess "
        "perusahaan. Paspor dibantu. WA {phone}",
    ]),
    ("compound_recruitment", "en", [
        "Online game admin needed in {laos}. Young team, monthly bonus, we train you. "
        "Message {handle}.",
        "Game operator job in {laos}: reply to players, recruit new members, 12-hour shifts, "
        "housing inside the company compound. Contact {name} {phone}.",
    ]),
    ("other_job_scam", "id", [
        "Kerja sampingan dari HP: like dan follow akun toko, dibayar Rp {n}.000 per tugas. "
        "Deposit dulu untuk buka misi VIP. Gabung grup {handle}",
        "Dicari part time input rating produk, komisi harian, tarik saldo kapan saja. Cukup "
        "top up awal Rp {n}0.000. Chat admin {name}",
    ]),
    ("other_job_scam", "en", [
        "Earn from home: like videos and rate hotels, paid {n} USD per task. Upgrade to VIP "
        "with a small deposit. Join via {handle}",
    ]),
    ("legit_overseas", "id", [
        "Lowongan kapal pesiar (cruise ship) via PT Samudra Bahari Crew, P3MI berizin, gaji "
        "USD 1.{n}00, tiket pesawat ditanggung perusahaan, medical dan pelatihan BST di "
        "Jakarta.",
        "PT Samudra Bahari Crew membuka rekrutmen waiter dan cook kapal pesiar, kontrak 8 "
        "bulan, gaji USD 1.{n}00 + tips, tiket berangkat ditanggung, interview di kantor "
        "{city}.",
        "Dibutuhkan caregiver ke Jepang (Tokutei Ginou), gaji {n}0 juta per bulan, asrama "
        "disediakan, keberangkatan Maret. Pelatihan bahasa di LPK terdaftar.",
        "PT Samudra Bahari Crew: lowongan bartender kapal pesiar, syarat sertifikat BST & CCM, "
        "tiket ditanggung, tanpa biaya penempatan. Daftar di kantor {city}.",
        "PT Samudra Bahari Crew membuka rekrutmen deck crew kapal pesiar, gaji USD 1.{n}00, "
        "tiket pesawat gratis, mess di kapal, berangkat bulan depan. Daftar di kantor {city}.",
        "Lowongan housekeeping hotel di Dubai via PT Samudra Bahari Crew, gaji AED 2.{n}00, "
        "tiket dan visa kerja ditanggung hotel, akomodasi gratis.",
        "Lowongan perawat lansia ke Jepang, gaji 2{n} juta, asrama gratis, tiket pesawat "
        "ditanggung, berangkat setelah lulus JFT. LPK Sakura Mandiri, {city}.",
    ]),
    ("legit_overseas", "en", [
        "Cruise line hiring via Samudra Bahari Crew (licensed P3MI): stewards and cooks, "
        "USD 1,{n}00/month, flights paid by the company, medical and BST training in Jakarta.",
        "Samudra Bahari Crew is recruiting cabin stewards for a cruise line. Licensed agency, "
        "no placement fee, flights covered, interviews in {city}.",
    ]),
    ("legit_local_hotspot", "en", [
        "Chef wanted for Indonesian restaurant in Phnom Penh, salary USD 1,{n}00, "
        "accommodation provided, visa arranged by employer. Email CV to "
        "jobs@warungbali-pp.example",
        "Hotel front desk staff needed in Siem Reap, 5-star resort, salary USD {n}00 + service "
        "charge, housing provided. Apply via our careers page.",
        "Spa therapist wanted at a resort in Phuket, salary THB {n}0,000, work permit handled "
        "by the hotel, apply at careers@resort.example",
        "We are hiring Indonesian cooks for our restaurant in Phnom Penh. Salary USD 1,{n}00, "
        "free accommodation and meals, flight ticket covered, work visa arranged. WhatsApp "
        "{phone}",
        "Live shopping host for our beauty brand, office in {city}, monthly salary plus sales "
        "bonus, apply with CV.",
    ]),
    ("legit_local_hotspot", "id", [
        "Dicari terapis spa untuk resort di Phuket, gaji THB {n}0.000, tiket pesawat dan "
        "akomodasi ditanggung, visa kerja diurus hotel. Kirim CV ke WA {phone}",
    ]),
    ("legit_job", "id", [
        "Host live streaming untuk toko online kami di {city}, gaji UMR + komisi, jam kerja "
        "shift, kirim CV ke hrd@tokoku.example",
        "Dicari host live streaming produk skincare, kantor di {city}, kontrak PKWT, BPJS, "
        "gaji pokok + bonus penjualan. Lamar lewat email rekrutmen.",
        "Kami membuka lowongan Game Master / admin komunitas game online di kantor {city}. "
        "Gaji Rp {n} juta, BPJS, kontrak PKWT.",
        "Studio game di {city} mencari Community Manager / admin Discord game online. Hybrid, "
        "gaji Rp {n} juta, BPJS.",
        "Lowongan host live shopping (TikTok Shop) brand fashion lokal, {city}, gaji UMK + "
        "insentif, interview di kantor.",
    ]),
    ("awareness", "id", [
        "Hati-hati lowongan host live streaming di Dubai yang minta foto dan bayar tiket "
        "sendiri. Itu modus perdagangan orang. Cek dulu ke BP2MI.",
        "Waspada! Tawaran admin game online di Laos sering berakhir di tempat penipuan online. "
        "Laporkan ke 1500-{n}00 (contoh) bila ragu.",
    ]),
    ("awareness", "en", [
        "Warning: 'online game admin' jobs in Laos advertised on Telegram are a known "
        "trafficking lure. Check with your embassy before you go.",
    ]),
]
ROWS_PER_TEMPLATE = 3


def main() -> None:
    rng = random.Random(SEED)
    rows = []
    for category, language, templates in FAMILIES:
        for t in templates:
            for _ in range(ROWS_PER_TEMPLATE):
                text = t.format(name=pick(rng, NAMES), handle=pick(rng, HANDLES),
                                phone=phone(rng), laos=pick(rng, LAOS), dubai=pick(rng, DUBAI),
                                city=pick(rng, CITIES_ID), n=rng.randint(3, 8))
                rows.append({"text": text, "label": int(category in ("compound_recruitment",
                                                                     "other_job_scam")),
                             "category": category, "language": language})
    # Drop exact repeats (a template without slots): an analyst labels each ad once.
    seen: set[str] = set()
    rows = [r for r in rows if not (r["text"] in seen or seen.add(r["text"]))]
    rng.shuffle(rows)
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, ["id", "text", "label", "category", "language"])
        w.writeheader()
        for i, r in enumerate(rows, 1):
            w.writerow({"id": f"ngo-{i:04d}", **r})
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
