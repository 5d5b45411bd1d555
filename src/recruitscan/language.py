"""Cheap language identification for the languages recruitscan has lexicons for.

Script decides most languages outright (Thai, Khmer, Burmese, Korean, Japanese, Chinese).
Latin-script text is scored with small marker-word lists; Malay and Indonesian share most of
their vocabulary, so only words that tell them apart count for one side. Common Latin-script
languages without a lexicon (Spanish, Portuguese, French, German, Italian, Dutch, Turkish,
Swahili) have lists too, so that their texts are named and reported as uncovered.  Everything is a set
lookup per token, so this runs at tens of thousands of short texts per second.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from itertools import chain, filterfalse

__all__ = ["COVERED", "detect_language", "script_profile"]

COVERED: frozenset[str] = frozenset(
    {"id", "en", "ms", "tl", "vi", "th", "zh", "km", "my", "ko", "ja"}
)

# (first code point, script) — a script runs until the next entry starts.  Only letters
# (str.isalpha) are looked up, so gaps between blocks do not matter much.
_RANGES: tuple[tuple[int, str], ...] = (
    (0x0000, "other"),
    (0x0041, "latin"),  # Basic Latin .. Latin Extended-B and IPA
    (0x02B0, "other"),
    (0x0370, "greek"),
    (0x0400, "cyrillic"),
    (0x0530, "armenian"),
    (0x0590, "hebrew"),
    (0x0600, "arabic"),
    (0x0700, "other"),
    (0x0750, "arabic"),
    (0x0780, "other"),
    (0x08A0, "arabic"),
    (0x0900, "devanagari"),
    (0x0980, "bengali"),
    (0x0A00, "gurmukhi"),
    (0x0A80, "gujarati"),
    (0x0B00, "oriya"),
    (0x0B80, "tamil"),
    (0x0C00, "telugu"),
    (0x0C80, "kannada"),
    (0x0D00, "malayalam"),
    (0x0D80, "sinhala"),
    (0x0E00, "thai"),
    (0x0E80, "lao"),
    (0x0F00, "tibetan"),
    (0x1000, "myanmar"),
    (0x10A0, "georgian"),
    (0x1100, "hangul"),
    (0x1200, "ethiopic"),
    (0x13A0, "other"),
    (0x1780, "khmer"),
    (0x1800, "mongolian"),
    (0x18B0, "other"),
    (0x19E0, "khmer"),
    (0x1A00, "other"),
    (0x1C80, "cyrillic"),
    (0x1C90, "georgian"),
    (0x1CC0, "other"),
    (0x1D00, "latin"),  # phonetic extensions, Latin Extended Additional (Vietnamese)
    (0x1F00, "greek"),
    (0x2000, "other"),
    (0x2C60, "latin"),
    (0x2C80, "other"),
    (0x2DE0, "cyrillic"),
    (0x2E00, "other"),
    (0x2E80, "han"),  # radicals, CJK symbols (々 〆 〇)
    (0x3040, "kana"),
    (0x3100, "han"),  # bopomofo
    (0x3130, "hangul"),
    (0x3190, "han"),
    (0x31F0, "kana"),
    (0x3200, "han"),
    (0xA000, "other"),
    (0xA640, "cyrillic"),
    (0xA6A0, "other"),
    (0xA720, "latin"),
    (0xA800, "other"),
    (0xA8E0, "devanagari"),
    (0xA900, "other"),
    (0xA960, "hangul"),
    (0xA980, "other"),
    (0xA9E0, "myanmar"),
    (0xAA00, "other"),
    (0xAA60, "myanmar"),
    (0xAA80, "other"),
    (0xAB30, "latin"),
    (0xAB70, "other"),
    (0xAC00, "hangul"),
    (0xD800, "other"),
    (0xF900, "han"),
    (0xFB00, "latin"),  # ligatures ﬁ ﬂ
    (0xFB13, "other"),
    (0xFB1D, "hebrew"),
    (0xFB50, "arabic"),
    (0xFE00, "other"),
    (0xFE70, "arabic"),
    (0xFF00, "latin"),  # full-width forms
    (0xFF66, "kana"),  # half-width katakana
    (0xFFA0, "hangul"),  # half-width jamo
    (0xFFE0, "other"),
    (0x1B000, "kana"),
    (0x1B170, "other"),
    (0x1D400, "latin"),  # mathematical alphanumerics
    (0x1D800, "other"),
    (0x20000, "han"),
    (0x40000, "other"),
)
_RANGE_STARTS = tuple(r[0] for r in _RANGES)
_PROFILE_KEYS = ("latin", "thai", "khmer", "myanmar", "han", "kana", "hangul", "cyrillic",
                 "arabic", "devanagari", "other")  # fmt: skip
_PROFILE_SET = frozenset(_PROFILE_KEYS)

# Script -> language for scripts that (nearly) imply one; covered ones first.
_SCRIPT_LANG = {
    "thai": "th", "khmer": "km", "myanmar": "my", "hangul": "ko", "cyrillic": "ru",
    "arabic": "ar", "devanagari": "hi", "bengali": "bn", "tamil": "ta", "sinhala": "si",
    "lao": "lo", "greek": "el", "hebrew": "he", "georgian": "ka", "armenian": "hy",
    "telugu": "te", "kannada": "kn", "malayalam": "ml", "gujarati": "gu", "gurmukhi": "pa",
    "oriya": "or", "ethiopic": "am", "tibetan": "bo", "mongolian": "mn",
}  # fmt: skip
_COVERED_SCRIPTS = frozenset({"thai", "khmer", "myanmar", "hangul", "cjk"})

_script_cache: dict[str, str] = {}
_ASCII_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _script_of(ch: str) -> str:
    s = _script_cache.get(ch)
    if s is None:
        s = _RANGES[bisect_right(_RANGE_STARTS, ord(ch)) - 1][1]
        if len(_script_cache) < 1 << 16:
            _script_cache[ch] = s
    return s


def _letter_counts(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    text = text.replace("\xa0", " ")  # no letter; without it most ads are ASCII
    if text.isascii():
        raw = text.encode("ascii")
        n = len(raw) - len(raw.translate(None, _ASCII_LETTERS))
        if n:
            counts["latin"] = n
        return counts
    # ASCII letters are single UTF-8 bytes: count them in one C-level pass, and look up the
    # script of the non-ASCII characters only (most ads are mostly ASCII even when they are not
    # entirely so).
    raw = text.encode("utf-8", "surrogatepass")
    n_ascii = len(raw) - len(raw.translate(None, _ASCII_LETTERS))
    if n_ascii:
        counts["latin"] = n_ascii
    for ch in _NON_ASCII.findall(text):
        if ch.isalpha():
            s = _script_of(ch)
            counts[s] = counts.get(s, 0) + 1
    return counts


def script_profile(text: str) -> dict[str, float]:
    """Share of letters per script; all keys present, all zero when there are no letters."""
    counts = _letter_counts(text)
    total = sum(counts.values())
    profile = dict.fromkeys(_PROFILE_KEYS, 0.0)
    if not total:
        return profile
    for script, n in counts.items():
        key = script if script in _PROFILE_SET else "other"
        profile[key] += n / total
    return profile


# --------------------------------------------------------------------------------------------
# Latin-script vocabulary
# --------------------------------------------------------------------------------------------

_MARKERS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the and to of for you your with we our is are be this that job jobs salary apply "
        "in on hiring need needed work working free ticket me no experience contact now "
        "high income company looking required please will month "
        # everyday chat: a short English message has few of the words above
        "i my it what when have has just but not was were they there here know today "
        "tomorrow thanks going got get from".split()
    ),
    "id": frozenset(
        "tidak bisa perusahaan gratis lowongan loker dibutuhkan juta jt rp kamu segera "
        "hubungi berangkat sudah karena saja mau uang gak nggak ga aja banget dicari kak gan "
        "minat kamboja butuh dong yuk cuma pasti "
        "silahkan silakan tanpa "
        # everyday chat, where Malay has another word (pejabat, kawan, esok, cakap...)
        "kantor berarti sih deh kok nih udah gimana kayak bikin besok kemarin bilang "
        "ketemu teman kapan harus enggak ngga makasih soalnya emang doang toko nomor "
        "rekening pulsa kuota".split()
    ),
    "ms": frozenset(
        "anda boleh syarikat percuma jawatan kosong tawaran lumayan sahaja kerana ringgit "
        "rm tambang selesa mahu wang kemboja berminat kelayakan sila tak nak bulanan "
        # everyday chat, where Indonesian has another word (kantor, teman, besok, bilang...)
        "pejabat kawan esok semalam cakap jumpa je kat dah pastu jom korang awak takde "
        "bagitahu bagitau nombor akaun kedai encik puan sikit".split()
    ),
    "tl": frozenset(
        "ang ng mga sa po kailangan libreng sahod trabaho na hindi ito para may kayo naman "
        "lang walang malaking kumita ikaw namin natin tayo ka ba kami mag magandang "
        "sweldo agad "
        # everyday chat
        "ako siya mo din rin kasi talaga yung ung sige salamat bukas ngayon dito doon dun "
        "wala meron gusto alam pero kung yan nang nag niya nila amin sayo sakin "
        "kuya tita tito nyo".split()
    ),
    "vi": frozenset(
        "của và không lương việc làm tuyển nhân viên công ty cho người được đi với các "
        "cao nhẹ gấp luong viec lam tuyen nhan vien khong cua cong nguoi duoc".split()
    ),
}
# Latin-script languages the model has no lexicon or training text for, by their common words,
# so that such a text is reported as uncovered rather than read as English or "undetermined"
# (and so as covered). Left out: words common in a covered language ("para", "una", "na" and
# "ni" are Tagalog; "ya", "wa", "bu", "les" and "des" Indonesian; "per", "met", "pour" and
# "non" English; "con" Vietnamese; "com" is in every URL) and the articles of Philippine place
# names ("Las Piñas", "Los Baños", "San Jose del Monte", "El Nido").
_UNCOVERED_MARKERS: dict[str, frozenset[str]] = {
    "es": frozenset(
        "que por muy también trabajo trabajar sueldo empresa buscamos escríbenos "
        "nosotros usted ofrecemos alojamiento comida está están hay más".split()
    ),
    "pt": frozenset(
        "não você uma são está vaga salário passagem fale conosco nós também ao aos "
        "trabalho trabalhar empresa oferecemos alojamento procuramos".split()
    ),
    "fr": frozenset(
        "nous vous une avec dans et du recrutons salaire billet offert "
        "travail entreprise logement contactez".split()
    ),
    "de": frozenset(
        "wir und der das ist nicht mit für sie ein eine suchen gehalt kostenloser "
        "kostenlose dich bei arbeit unterkunft melde".split()
    ),
    "it": frozenset(
        "il che sono della lavoro stipendio gratuito siamo cerchiamo anche alloggio "
        "biglietto offriamo contattaci".split()
    ),
    "nl": frozenset(
        "het een wij zijn voor niet salaris werk zoeken bij ons".split()
    ),
    "tr": frozenset(
        "ve bir için ile çok değil maaş ücretsiz aranıyor yazın eleman iş bilet "
        "konaklama".split()
    ),
    "sw": frozenset(
        "kwa katika hii kazi mshahara bure tunatafuta wasiliana nchini wafanyakazi mkubwa "
        "tiketi ndege huduma wateja".split()
    ),
    # Central and northern European languages, whose job ads otherwise read as undetermined
    # Latin text and were scored as if covered. Short words that Malay chat uses ("je", "ja")
    # and Indonesian "gratis" are left out.
    "pl": frozenset(
        "jest się nie dla oraz praca pracy pensja wynagrodzenie darmowy darmowe bilet "
        "zakwaterowanie szukamy oferujemy obsłudze klienta miesięcznie doświadczenia "
        "jesteśmy przez będzie który które".split()
    ),
    "cs": frozenset(
        "práce nabízíme hledáme ubytování zdarma zkušenosti měsíčně letenka jsme "
        "není také nebo který které".split()
    ),
    "sk": frozenset(
        "práca ponúkame hľadáme ubytovanie zadarmo mesačne skúsenosti alebo ktorý "
        "letenku".split()
    ),
    "ro": frozenset(
        "și pentru sunt oferim căutăm salariu cazare gratuit avion lucru muncă "
        "experiență locuri bilet".split()
    ),
    "hu": frozenset(
        "és egy nem vagy keresünk fizetés ingyenes szállás repülőjegy munka munkát "
        "tapasztalat havi kínálunk jelentkezz ügyfélszolgálat".split()
    ),
    "fi": frozenset(
        "ei tai palkka ilmainen majoitus lentolippu työ työtä etsimme tarjoamme "
        "kokemusta kuukaudessa asiakaspalvelu että".split()
    ),
    "sv": frozenset(
        "och att för är söker lön boende flygbiljett arbete jobb erfarenhet månad "
        "erbjuder kundtjänst inte".split()
    ),
    "da": frozenset(
        "og ikke søger løn bolig flybillet arbejde erfaring måned tilbyder "
        "kundeservice".split()
    ),
    "no": frozenset(
        "og ikke søker lønn bolig flybillett arbeid erfaring måned tilbyr "
        "kundeservice".split()
    ),
    "hr": frozenset(
        "plaća besplatan besplatno smještaj tražimo nudimo posao iskustva mjesečno "
        "avionska karta ili nije".split()
    ),
}

# Shared Malay/Indonesian words: evidence for the pair, counted for both.
_MS_ID_SHARED = frozenset(
    "dan yang di untuk dengan gaji kerja tiket kami kita ini itu ada dari akan jika atau "
    "makan tinggal visa pekerja pekerjaan bulan pengalaman bekerja langsung".split()
)

_TOKEN_LANGS: dict[str, tuple[str, ...]] = {}
for _lang, _words in _MARKERS.items():
    for _w in _words:
        _TOKEN_LANGS[_w] = (*_TOKEN_LANGS.get(_w, ()), _lang)
for _w in _MS_ID_SHARED:
    _TOKEN_LANGS.setdefault(_w, ("id", "ms"))
for _lang, _words in _UNCOVERED_MARKERS.items():
    for _w in _words:
        _TOKEN_LANGS[_w] = (*_TOKEN_LANGS.get(_w, ()), _lang)
del _lang, _words, _w

# The first branch is the common case, tried before the large class; it matches exactly what
# the second one would.
_TOKEN_RE = re.compile(r"[a-z]+[^\W\d_]*|[^\W\d_]+")
_ASCII_NON_LETTERS_TO_SPACE = bytes.maketrans(
    bytes(c for c in range(128) if not chr(c).isalpha()), b" " * (128 - 52)
)
_ASCII_MARKERS = {w.encode(): langs for w, langs in _TOKEN_LANGS.items() if w.isascii()}
# Letters only Vietnamese uses (ư ơ đ and the dot-below / hook-above vowels).
_VI_CHARS = "ươđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"
# Words holding one of them are counted over the tokens: the regex
# "[^\W\d_]*[ư...][^\W\d_]*" it replaces backtracked quadratically on a long run of other
# letters (20,000 letters took 20 s).
_VI_SET = frozenset(_VI_CHARS)
_VI_RE = re.compile(f"[{_VI_CHARS}]")  # one search rules the count out for most texts

_LANG_ORDER = ("id", "ms", "en", "tl", "vi")
_UNCOVERED_ORDER = tuple(_UNCOVERED_MARKERS)


def _latin_words(low: str) -> tuple[list[bytes], list[str], int]:
    """The runs of ``_TOKEN_RE`` letters in ``low``, split cheaply: the UTF-8 chunks between
    ASCII non-letters (no run contains one), the runs inside the chunks that hold non-ASCII
    characters, and the number of runs."""
    raw = low.encode("utf-8", "surrogatepass").translate(_ASCII_NON_LETTERS_TO_SPACE)
    chunks = raw.split()
    if raw.isascii():
        return chunks, [], len(chunks)
    mixed = list(filterfalse(bytes.isascii, chunks))
    others = [w for c in mixed for w in _TOKEN_RE.findall(c.decode("utf-8", "surrogatepass"))]
    return chunks, others, len(chunks) - len(mixed) + len(others)


def _detect_latin(text: str) -> str:
    low = text.lower().replace("\xa0", " ")  # both separate words; NFC keeps either
    if not low.isascii():
        low = unicodedata.normalize("NFC", low)
    chunks, others, n_words = _latin_words(low)
    # A chunk holding a non-ASCII character is no ASCII marker word: look the chunks up whole.
    counts = Counter(chain(*filter(None, map(_ASCII_MARKERS.get, chunks)),
                           *filter(None, map(_TOKEN_LANGS.get, others))))
    scores = {lang: counts[lang] for lang in _LANG_ORDER}
    if others and _VI_RE.search(low):
        vi_words = sum(1 for t in others if not _VI_SET.isdisjoint(t))
        # Marker words usually carry these letters too: take the larger count, not the sum.
        scores["vi"] = max(scores["vi"], vi_words)
    ranked = sorted(_LANG_ORDER, key=lambda lang: -scores[lang])
    best, second = ranked[0], ranked[1]
    top = scores[best]
    need = 2 if n_words > 8 else 1
    other = max(_UNCOVERED_ORDER, key=counts.__getitem__)
    # An uncovered language must win outright, on more evidence than a covered one needs: a
    # few of its words in an English or Tagalog text (names, places, loanwords) are no reason
    # to stop reading it.
    if counts[other] > max(top, need) and counts[other] >= 2:
        return other
    # Malay/Indonesian evidence without a discriminating word: Indonesian is far more common
    # in this domain. Any other tie leaves the language untold.
    id_over_ms = {best, second} == {"id", "ms"} and scores[ranked[2]] < top
    if top < need or (scores[second] == top and not id_over_ms):
        # No covered language can be told. Where an uncovered one has as much evidence, and
        # at least two different words of its own, the text is more likely in it than in a
        # covered one: say so rather than read it as undetermined, which the model scores (a
        # short Portuguese ad with "procuramos", "salário" and the Tagalog "para" would
        # otherwise pass as safe). One word is too little, even repeated: "I've", "Hii dear",
        # "Andre und Maria", unaccented Vietnamese "ve que an tet, ve xe".
        distinct = sum(other in _TOKEN_LANGS.get(w, ())
                       for w in {*(c.decode() for c in chunks if c.isascii()), *others})
        return other if counts[other] >= top and distinct >= 2 else "und"
    return "id" if scores[second] == top else best


def _non_latin_lang(script: str, text: str) -> str:
    if script == "cjk":
        return "zh"
    if script == "cyrillic" and any(ch in "іїєґІЇЄҐ" for ch in text):
        return "uk"
    if script == "arabic":
        if any(ch in "ےٹڈںڑ" for ch in text):
            return "ur"
        if any(ch in "پچژگ" for ch in text):
            return "fa"
    return _SCRIPT_LANG.get(script, "und")


def detect_language(text: str) -> str:
    """ISO 639-1 code of ``text``, or ``"und"`` when it cannot tell.

    Codes outside :data:`COVERED` (ru, ar, hi, ...) are returned for other scripts so that
    callers can report ``unsupported_language`` precisely.
    """
    counts = _letter_counts(text)
    total = sum(counts.values())
    if total < 2:
        return "und"
    kana = counts.pop("kana", 0)
    han = counts.pop("han", 0)
    if kana or han:
        counts["cjk"] = kana + han
    dominant = max(counts, key=counts.__getitem__)
    if dominant not in _COVERED_SCRIPTS:
        # Latin words (brand names, "CS", "Telegram") are sprinkled through Asian-script ads,
        # so a covered non-Latin script with >= 30% of the letters beats a Latin majority;
        # any covered script with >= 30% beats an uncovered majority.
        pool = _COVERED_SCRIPTS if dominant == "latin" else _COVERED_SCRIPTS | {"latin"}
        strong = [s for s in counts if s in pool and counts[s] >= 0.3 * total]
        if strong:
            dominant = max(strong, key=counts.__getitem__)
    if dominant == "cjk" and kana:
        return "ja"
    if dominant == "latin":
        return _detect_latin(text)
    return _non_latin_lang(dominant, text)
