"""The registry of red-flag indicators: small named units with stable, versioned ids.

Each indicator says what it means (in English and Indonesian), which languages its lexicon
covers, its prior weight (negative for legitimacy signals) and the section of the evidence
catalogue (``red_flags.md``) that grounds it. Changing what an indicator *means* makes a new
version (``….v2``); old ids stay listed so that saved models keep loading. Its lexicons grow and
get fixed within a version: every model records the fingerprint of the phrase set it was
trained with (:func:`recruitscan.indicators.lexicon.lexicons_fingerprint`), and loading it
with other lexicons warns.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType

REGISTRY_VERSION = "1"

ALL_LANGS = ("id", "en", "ms", "tl", "vi", "th", "zh", "km", "my", "ko", "ja")


@dataclass(frozen=True, slots=True)
class Indicator:
    id: str
    family: str
    weight: float
    description_en: str
    description_id: str
    catalogue: str  # section of red_flags.md, e.g. "§3 Destinations"
    languages: tuple[str, ...] = ALL_LANGS
    source: str = "lexicon"  # "lexicon" (phrase lists) or "rule" (code: salary, contact)

    def __post_init__(self) -> None:
        parts = self.id.split(".")
        if len(parts) != 3 or not parts[2].startswith("v") or not parts[2][1:].isdigit():
            raise ValueError(f"indicator id {self.id!r} must look like 'family.name.vN'")
        if parts[0] != self.family:
            raise ValueError(f"indicator id {self.id!r} must start with its family {self.family!r}")


def _i(
    id: str, weight: float, en: str, idn: str, catalogue: str, source: str = "lexicon"
) -> Indicator:
    return Indicator(id, id.split(".")[0], weight, en, idn, catalogue, source=source)


_INDICATORS: tuple[Indicator, ...] = (
    # 1. destinations and hubs
    _i("destination.hub.v1", 2.0,
       "Names a known scam-compound hub (Sihanoukville, Bavet, Poipet, Myawaddy, KK Park, Shwe Kokko, Tachileik, Golden Triangle SEZ, Mae Sot...)",
       "Menyebut lokasi pusat penipuan daring yang dikenal (Sihanoukville, Bavet, Poipet, Myawaddy, KK Park...)",
       "§3 Destinations, transit routes and travel pattern"),
    _i("destination.country.v1", 0.8,
       "Names a country where compounds operate (Cambodia, Myanmar, Laos, Thailand, Philippines) or a decoy hub (Dubai, Vietnam)",
       "Menyebut negara lokasi sindikat (Kamboja, Myanmar, Laos, Thailand, Filipina) atau transit (Dubai, Vietnam)",
       "§3 Destinations, transit routes and travel pattern"),
    # 2. routes and decoys
    _i("route.overland_transit.v1", 1.5,
       "Describes flying to a hub city and continuing overland or by boat across a border",
       "Menggambarkan terbang ke kota transit lalu lanjut lewat darat atau perahu melintasi perbatasan",
       "§3 Destinations, transit routes and travel pattern"),
    # 3. lure job titles
    _i("lure.office_job.v1", 0.6,
       "Offers an office lure role (customer service, admin, operator, marketing, data entry, typing, chat support, translator)",
       "Menawarkan posisi kantor yang sering dipakai sebagai umpan (CS, admin, operator, marketing, entri data)",
       "§1 Job titles used as lures"),
    _i("lure.crypto_gambling.v1", 1.5,
       "Offers a crypto, investment or online-gambling role (admin crypto, casino staff, judi online operator)",
       "Menawarkan posisi kripto, investasi atau judi online (admin crypto, staf kasino, operator judol)",
       "§1 Job titles used as lures"),
    _i("lure.non_office.v1", 0.4,
       "Offers one of the newer non-office lures (kitchen staff, chef, carpenter, resort part-time, airline or cargo job)",
       "Menawarkan umpan non-kantor yang lebih baru (staf dapur, koki, tukang kayu, kerja paruh waktu di resort)",
       "§1 Job titles used as lures"),
    # 4. salary
    _i("salary.high_pay_phrase.v1", 1.0,
       "Promises high or fantastic pay in words (gaji besar, high salary, việc nhẹ lương cao, 高薪, 고수익)",
       "Menjanjikan gaji besar atau fantastis (gaji besar, gaji fantastis, gaji menggiurkan)",
       "§2 Salary promises; §9 Vocabulary"),
    _i("salary.amount.v1", 0.0,
       "A salary amount, parsed and normalised to US dollars per month (informational)",
       "Nominal gaji, dikonversi ke dolar AS per bulan (informasi)",
       "§2 Salary promises", source="rule"),
    _i("salary.implausible.v1", 1.5,
       "The salary is implausible for the role and qualifications asked (above the regional norms the catalogue cites)",
       "Gaji tidak masuk akal untuk posisi dan kualifikasi yang diminta (di atas norma regional)",
       "§2 Salary promises; §10 Official red-flag lists (Polri 2024)", source="rule"),
    # 5. costs and debt
    _i("cost.free_travel.v1", 1.2,
       "Offers a free ticket, visa, accommodation or food",
       "Menawarkan tiket, visa, mess atau makan gratis / ditanggung",
       "§6 Costs, debt and reassurance"),
    _i("cost.debt_advance.v1", 1.2,
       "Offers salary advances or to pay off the applicant's debts",
       "Menawarkan kasbon gaji atau melunasi utang pelamar",
       "§6 Costs, debt and reassurance"),
    _i("cost.agent_fee.v1", 0.8,
       "Asks for a processing, placement or deposit fee paid to an agent",
       "Meminta biaya proses, penempatan atau deposit kepada agen",
       "§6 Costs, debt and reassurance; §12 Adjacent categories"),
    # 6. visa and legality
    _i("visa.tourist.v1", 1.8,
       "Travel on a tourist or visit visa, visa-free entry, 'no visa needed', or posing as a tourist",
       "Berangkat dengan visa turis/kunjungan, bebas visa, 'tidak perlu visa', atau berpura-pura turis",
       "§3 Visa; §7 Urgency and process anomalies; §10 Official red-flag lists"),
    _i("visa.non_procedural.v1", 1.5,
       "Non-procedural departure or a destination under an official placement ban",
       "Keberangkatan non-prosedural atau tujuan yang bukan negara penempatan",
       "§3 Non-procedural departure"),
    # 7. requirements
    _i("requirement.low_bar.v1", 0.5,
       "No experience, diploma or qualifications needed",
       "Tanpa pengalaman, tanpa ijazah atau kualifikasi",
       "§5 Requirements (low bar, wrong skills)"),
    _i("requirement.typing.v1", 0.8,
       "Typing speed or a typing test is the main requirement",
       "Kecepatan mengetik atau tes mengetik sebagai syarat utama",
       "§5 Requirements (low bar, wrong skills)"),
    _i("requirement.passport.v1", 0.2,
       "Asks for a ready passport (weak alone: legitimate programmes ask for passports too)",
       "Meminta paspor siap (lemah jika sendiri: program resmi juga meminta paspor)",
       "§5 Requirements; §11 Hard negatives"),
    # 8. urgency and process
    _i("urgency.fast_departure.v1", 0.7,
       "Pushes a fast decision or departure within days",
       "Mendesak keputusan atau keberangkatan cepat dalam hitungan hari",
       "§3 Speed; §7 Urgency and process anomalies"),
    _i("process.remote_interview.v1", 0.8,
       "Interview only by chat or video call, or the passport is arranged by the recruiter",
       "Wawancara hanya lewat chat/Zoom, atau paspor diurus oleh perekrut",
       "§3 Speed; §7 Urgency and process anomalies"),
    # 8b. vague employer
    _i("employer.vague.v1", 0.3,
       "The employer is unnamed or withheld ('foreign company', name disclosed after the interview); weak alone: agencies keep clients confidential too",
       "Nama perusahaan tidak disebut atau dirahasiakan ('perusahaan asing', nama diberitahu setelah wawancara); lemah jika sendiri",
       "§8 Vague employer"),
    # 9. contact channel
    _i("contact.messaging_app.v1", 0.6,
       "Contact through a messaging app (Telegram, WhatsApp, LINE, WeChat, Zalo, KakaoTalk)",
       "Kontak lewat aplikasi pesan (Telegram, WhatsApp, LINE, WeChat, Zalo)",
       "§4 Recruitment channels and contact patterns"),
    _i("contact.dm_only.v1", 0.5,
       "Asks to move to a private chat or DM instead of applying openly",
       "Meminta pindah ke chat pribadi / DM alih-alih melamar secara terbuka",
       "§4 Recruitment channels and contact patterns"),
    _i("contact.messaging_link.v1", 1.0,
       "A direct messaging-app link (t.me, wa.me, line.me, zalo.me, open.kakao.com)",
       "Tautan langsung aplikasi pesan (t.me, wa.me, line.me, zalo.me)",
       "§4 Recruitment channels and contact patterns", source="rule"),
    _i("contact.messaging_handle.v1", 0.8,
       "A messaging-app handle or number given as the contact",
       "Akun atau nomor aplikasi pesan sebagai kontak",
       "§4 Recruitment channels and contact patterns", source="rule"),
    _i("contact.phone.v1", 0.1,
       "A phone number (informational; its region is recorded)",
       "Nomor telepon (informasi; wilayahnya dicatat)",
       "§4 Recruitment channels and contact patterns", source="rule"),
    _i("contact.phone_hotspot_region.v1", 0.2,
       "A phone number from Cambodia, Myanmar or Laos (weak and unverified: no source lists country codes as a red flag)",
       "Nomor telepon Kamboja, Myanmar atau Laos (lemah dan belum terverifikasi)",
       "§4 Personal numbers / foreign codes", source="rule"),
    # 10. reassurance and grey admission
    _i("reassurance.safe_guaranteed.v1", 0.9,
       "Pre-emptive reassurance: safe, legal, guaranteed, 'not a black company'",
       "Jaminan berlebihan: aman, legal, dijamin, 'bukan perusahaan hitam'",
       "§6 Costs, debt and reassurance"),
    _i("grey.open_admission.v1", 2.0,
       "Openly admits grey or illegal work (scammer job, 'not legal work')",
       "Terang-terangan mengakui pekerjaan abu-abu atau ilegal (kerja scammer)",
       "§6 Open admission of grey or illegal work"),
    # adjacent scam type (task scams), kept separate from compound recruitment
    _i("taskscam.like_and_earn.v1", 1.2,
       "Task-scam wording: paid to like, subscribe, review or 'complete orders' after a deposit",
       "Modus kerja tugas: dibayar untuk like, subscribe, ulasan atau 'selesaikan pesanan' setelah deposit",
       "§12 Adjacent categories to keep separate"),
    # 11. legitimacy signals (negative weight)
    _i("legit.official_channel.v1", -2.0,
       "Names an official placement channel or programme (BP2MI/KP2MI, SISKOP2MI, EPS-TOPIK, G to G, SSW, DMW/POEA licence, job order)",
       "Menyebut jalur penempatan resmi (BP2MI/KP2MI, SISKOP2MI, EPS-TOPIK, G to G, SSW, izin DMW/POEA)",
       "§11 Hard negatives"),
    _i("legit.work_visa.v1", -1.2,
       "Mentions a proper work visa or work permit",
       "Menyebut visa kerja atau izin kerja yang sah",
       "§11 Hard negatives"),
    _i("legit.contract_terms.v1", -0.8,
       "States contract terms: named employer, contract length, probation, hours, social insurance",
       "Menyebut syarat kontrak: pemberi kerja, lama kontrak, masa percobaan, jam kerja, BPJS",
       "§11 Hard negatives"),
    _i("legit.regulated_fee.v1", -0.8,
       "No placement fee, or a published regulated fee",
       "Tanpa biaya penempatan, atau biaya resmi yang dipublikasikan",
       "§11 Hard negatives"),
    _i("awareness.warning.v1", -1.5,
       "Warning or report wording that describes the scam (beware, victims, trafficking, TPPO, modus)",
       "Kata-kata peringatan atau berita yang menggambarkan modus (waspada, korban, TPPO, modus)",
       "§10 Official red-flag lists; issue on awareness texts"),
)

INDICATORS: Mapping[str, Indicator] = MappingProxyType({i.id: i for i in _INDICATORS})
if len(INDICATORS) != len(_INDICATORS):  # pragma: no cover - guards against copy-paste ids
    raise RuntimeError("duplicate indicator id in the registry")


def get(indicator_id: str) -> Indicator:
    """Return the indicator with this id, or raise ``KeyError`` naming the known ids."""
    try:
        return INDICATORS[indicator_id]
    except KeyError:
        raise KeyError(f"unknown indicator {indicator_id!r}; known: {sorted(INDICATORS)}") from None


def iter_indicators() -> Iterator[Indicator]:
    return iter(_INDICATORS)
