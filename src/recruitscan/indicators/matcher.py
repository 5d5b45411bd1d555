"""Finding indicator hits in a text, with evidence spans into the original text.

One phrase table holds every lexicon phrase of every language (ads code-switch, so all
lexicons run on every text). It is matched over the regex tokenisation of :mod:`recruitscan.nlp`;
character offsets are computed only for the tokens of a match. Salary and contact indicators
are rules in code (:mod:`.salary`, :mod:`.contact`).

The table is a plain dict of token tuples, looked up from the tokens that can start a phrase:
no spaCy ``Doc`` is built per text (building one costs more than all the matching) and no
vocabulary grows with every new word of a long stream. It returns exactly what spaCy's
``PhraseMatcher`` returned, in the same order: by start, then end, then, for one phrase listed
under several keys, the order of spaCy's terminal hash map (reproduced with ``preshed``, the
map spaCy uses, so the language credited to a phrase shared by several lexicons is unchanged).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from recruitscan.indicators.contact import contact_hits
from recruitscan.indicators.lexicon import UNACCENTED_LANGUAGES, all_entries
from recruitscan.indicators.registry import INDICATORS
from recruitscan.indicators.salary import salary_hits
from recruitscan.nlp import split_tokens, tokenize
from recruitscan.normalise import NormalisedText, deleet, without_diacritics
from recruitscan.types import IndicatorHit

# Indicators whose presence makes a salary "for a low-skill role" (catalogue §2 takeaway).
_LOW_SKILL = frozenset({"lure.office_job.v1", "lure.non_office.v1", "requirement.low_bar.v1",
                        "requirement.typing.v1", "lure.crypto_gambling.v1"})

_MASK = (1 << 64) - 1

# A fee that the text says is not charged is no fee red flag (catalogue §6: legitimate schemes
# charge regulated fees or none): "tidak ada biaya pendaftaran", "no registration fee",
# "walang processing fee", "不收介紹費". The negation must come right before the fee phrase
# (in the folded text), on its line, so "no experience, registration fee 200k" and
# "Experience: no\nProcessing fee: PHP 5,000" still fire; in Chinese and Thai, which separate
# list items with a space, it must touch the fee phrase ("ที่พักฟรี โอนค่าดำเนินการ" is free
# lodging, then a fee).
_NEGATABLE = frozenset({"cost.agent_fee.v1"})
_NEGATED_BEFORE = re.compile(
    r"(?:\b(?:no|zero|without|free of|never (?:charge|ask for)|(?:do|does|will) not charge"
    r"|(?:don't|doesn't|won't) charge|not charge|"
    r"tidak ada|tdk ada|gak ada|ga ada|nggak ada|ngga ada|tak ada|tiada|tanpa|bebas|gratis"
    r"|tidak dipungut|tidak dikenakan|tak dikenakan|tidak perlu bayar|tak perlu bayar"
    r"|walang|libre ang|hindi kailangan ng|di kailangan ng|walang bayad ang"
    r"|không thu|không mất|không có|miễn)(?: any| apapun| sebarang| ng| the| a)?[^\S\n]+$)"
    r"|(?:不收|免收|免|零|無|无|不需|不用|ไม่มี|ไม่เก็บ|ไม่ต้องจ่าย|ไม่เสีย|ฟรี)$")
_LOOK_BACK = 32  # characters before a fee phrase in which its negation is looked for

# A legitimacy step named only to be waved off is the non-procedural red flag (catalogue §3,
# §7), not the step (§11): "no need for OEC or DMW papers", "TIDAK PERLU daftar SISKOP2MI",
# "Ngapain lewat BP2MI", "wag ka na dumaan sa DMW", "no work visa needed". A dismissal
# ("no need", "tidak perlu", "không cần", "不用") may stand up to two words before the step, a
# bare negation ("no", "walang", "tanpa") one word at most, within one clause (no digits,
# punctuation or line break between: "Lic. No. 112 DMW", "walang placement fee at DMW licensed"
# and "Experience: no\nWork visa provided" keep the step). A prohibition in the same clause
# before it reads the other way: "never travel without a work visa", "jangan berangkat tanpa
# lewat BP2MI".
_DISMISSABLE = frozenset({"legit.official_channel.v1", "legit.work_visa.v1"})
_GAP = r"[^\S\n]+"  # spaces within a line
# The cues' words are written with one space; any run of spaces within a line joins them
# ("no  need for DMW", "TIDAK\tPERLU"), as phrases match over tokens.
_DISMISSAL = (r"no need(?: for| to)?|(?:do not|don'?t|dont) need(?: to)?|not needed|skip|bypass"
              r"|(?:do not|don'?t|dont) (?:go|pass) (?:to|through|thru)"
              r"|(?:tidak|tdk|gak|ga|gk|nggak|ngga|enggak|tak|x) (?:perlu|usah)|gausah|tak payah"
              # Tagalog's polite "po" and the pronoun may stand inside the cue ("hindi na po
              # kailangan", "wag na po kayo").
              r"|ngapain|buat apa|(?:hindi|di)(?: na)?(?: po)? kailangan(?:g)?"
              r"|(?:huwag|wag)(?: (?:ka|kayo))? na(?: po)?(?: (?:ka|kayo))?|không cần|ko cần|k cần"
              # "khỏi" is "no need to" ("khỏi làm visa"), but "out of" after a verb of leaving
              # ("rời khỏi VN bằng visa lao động").
              r"|(?<!rời\s)(?<!ra\s)(?<!thoát\s)(?<!tránh\s)(?<!đi\s)(?<!cảnh\s)khỏi"
              # Vietnamese typed without diacritics, as its lexicon phrases are also matched.
              r"|khong can|ko can|k can").replace(" ", _GAP)
_BARE_NEGATION = r"no|without|walang|tanpa|không qua|khong qua|sin".replace(" ", _GAP)
_WORD = r"[^\W\d_]+"
# In the scripts without spaces, a letter of the same clause: no space, digit or punctuation.
_CLAUSE_LETTER = r"[^\s\d.,;:!?。，；：！？、]"
# Words that forbid what follows ("never", "jangan", "อย่า", "切勿"), in both rules below.
_PROHIBITIONS = r"never|don'?t|dont|do not|jangan|jgn|huwag|wag|đừng|không được"
# Chinese (with Cantonese 唔好) and Khmer "don't" / "never" / "forbidden".
_PROHIBITIONS_UNSPACED = r"อย่า|ห้าม|不要|别|別|切勿|绝不|絕不|唔好|កុំ|ហាម"
# "Don't worry" and "no need to worry" reassure (§6): they neither forbid nor wave off what
# follows. "jangan khawatir gak perlu lewat BP2MI" still waves the channel off, and
# "不用担心工作签证" ("no need to worry about the work visa") waves nothing off.
_WORRY = (r"worry|worries|worried|fret|fear|afraid|scared|khawatir|kuatir|takut|risau|bimbang"
          r"|cemas|mag alala|magalala|matakot|lo|sợ|ngại")
_WORRY_UNSPACED = r"担心|擔心|害怕|怕|กังวล|ห่วง|เป็นห่วง|กลัว"
_REASSURED = rf"(?:{_GAP}(?:be|ka|kang|kayo|po))?{_GAP}(?:{_WORRY})\b"
_DISMISSED_BEFORE = re.compile(
    rf"(?:\b(?:{_DISMISSAL})(?:{_GAP}(?!(?:{_WORRY})\b){_WORD}){{0,2}}"
    rf"|\b(?:{_BARE_NEGATION})(?:{_GAP}(?!(?:{_WORRY})\b){_WORD})?){_GAP}$"
    # Scripts without spaces: the cue touches the step or stands a few letters before it.
    # "免" exempts ("免办工作签证"), but "免费" is free of charge ("免费办理工作签证"), "避免"
    # is "avoid" ("避免无工作签证出国") and "以免" "lest" ("以免工作签证过期").
    r"|(?:ไม่ต้อง|ไม่จำเป็นต้อง|ไม่ผ่าน|不用|不需要|无需|無需|不必|(?<![避以])免(?![费費])|不经过"
    r"|不經過|不走)"
    rf"(?!{_WORRY_UNSPACED}){_CLAUSE_LETTER}{{0,6}}$")
_PROHIBITION_BEFORE = re.compile(
    rf"\b(?:{_PROHIBITIONS})\b(?!{_REASSURED})[^\S\n]*(?:{_WORD}[^\S\n]+){{0,3}}$"
    rf"|(?:{_PROHIBITIONS_UNSPACED})(?!{_WORRY_UNSPACED}){_CLAUSE_LETTER}{{0,8}}$")
# Characters before a phrase in which the dismissal and prohibition rules look for their cue.
_RULE_LOOK_BACK = 40

# A tourist visa the text forbids or rules out is no tourist-visa red flag (catalogue §11:
# licensed placements and warnings say so): "never travel on a visit visa for work", "bukan
# visa pelancong", "jangan berangkat pakai visa turis", "huwag umalis gamit ang tourist visa",
# "không đi bằng visa du lịch", "ห้ามใช้วีซ่าท่องเที่ยว", "切勿持旅遊簽證". The prohibition
# must govern a travel verb, or a bare "not"/"instead of" touch the visa, on the visa's line,
# so "don't worry, tourist visa lang", "don't tell immigration, say you're a tourist" and
# "Why not\nTourist visa provided" still fire. In Chinese and Thai a prohibition may stand a
# few letters before it, but not before a work visa, and a bare "not" must touch it:
# "不要工作签证只要旅游签证" and "不是工作签证是旅游签证" rule out the work visa, not the
# tourist one.
_TOURIST = "visa.tourist.v1"
_PROHIBITABLE = frozenset({_TOURIST})
_PROHIBITED_BEFORE = re.compile(
    rf"\b(?:{_PROHIBITIONS}|không|tidak boleh|tak boleh|hindi dapat){_GAP}(?:(?:ever|ka|kang|kayo|po){_GAP})?"
    r"(?:(?:travel|go|leave|fly|depart|use|enter|berangkat|pergi|pakai|guna|gunakan|menggunakan"
    r"|masuk|umalis|gumamit|lumipad|pumunta|đi|dùng|sử dụng|xuất cảnh)"
    rf"(?:{_GAP}(?:on|with|using|as|in|by|a|an|the|dengan|sa|ng|nang|gamit|ang|bằng|với|theo))*{_GAP}){{1,2}}$"
    rf"|\b(?:not|not on|bukan|bukannya|hindi|không phải|instead of|rather than)(?:{_GAP}(?:a|an|the))?{_GAP}$"
    # "Will not" and "does not use" as well: "公司不会让你用旅游签", "唔會用旅遊簽",
    # "មិនប្រើវីសាទេសចរណ៍" (we don't use tourist visas).
    rf"|(?:{_PROHIBITIONS_UNSPACED}|不得|不会|不會|唔會|唔会|មិនប្រើ|មិនត្រូវ)(?!{_WORRY_UNSPACED})"
    rf"(?:(?!工作[签簽]|วีซ่าทำงาน|ទិដ្ឋាការការងារ|វីសាការងារ){_CLAUSE_LETTER}){{0,6}}$"
    r"|(?:ไม่ใช่|不是|而非|មិនមែន)$")
_NON_PROCEDURAL = "visa.non_procedural.v1"
_TITLES = frozenset({"lure.office_job.v1", "lure.non_office.v1"})


# Scripts without spaces match phrases as substrings, so a phrase can start inside a longer
# word: "งานกัมพูชา" (a Cambodia job) inside "แรงงานกัมพูชา" (Cambodian labour, migrant workers
# in Thailand). A phrase starting with a key is no hit right after one of the key's prefixes.
_INSIDE_WORD: dict[str, tuple[str, ...]] = {"งาน": ("แรง",)}  # "แรงงาน": labour


def _inside_word(folded: str, start: int) -> bool:
    for head, prefixes in _INSIDE_WORD.items():
        if folded.startswith(head, start):
            return any(folded.endswith(p, 0, start) for p in prefixes)
    return False


def _negated(folded: str, start: int) -> bool:
    return _NEGATED_BEFORE.search(folded[max(0, start - _LOOK_BACK):start]) is not None


def _dismissal(folded: str, start: int) -> int | None:
    """Where a dismissal of the legitimacy step at ``start`` begins, if one does (see
    ``_DISMISSED_BEFORE``)."""
    lo = max(0, start - _RULE_LOOK_BACK)
    found = _DISMISSED_BEFORE.search(folded, lo, start)
    if found is None:
        return None
    clause_lo = max(0, found.start() - _RULE_LOOK_BACK)
    if _PROHIBITION_BEFORE.search(folded, clause_lo, found.start()):
        return None
    return found.start()


def murmurhash64a(data: bytes, seed: int = 1) -> int:
    """MurmurHash64A, the hash spaCy gives a string (``spacy.strings.hash_string``)."""
    m, r = 0xC6A4A7935BD1E995, 47
    h = (seed ^ (len(data) * m)) & _MASK
    n_blocks = len(data) // 8
    for i in range(n_blocks):
        k = int.from_bytes(data[8 * i : 8 * i + 8], "little")
        k = (k * m) & _MASK
        k ^= k >> r
        k = (k * m) & _MASK
        h ^= k
        h = (h * m) & _MASK
    tail = data[8 * n_blocks :]
    if tail:
        h ^= int.from_bytes(tail, "little")
        h = (h * m) & _MASK
    h ^= h >> r
    h = (h * m) & _MASK
    h ^= h >> r
    return h


def _spacy_key_order(keys: list[str]) -> list[str]:
    """``keys`` in the order spaCy's PhraseMatcher reports them for one shared phrase: the
    iteration order of a preshed map of their string hashes, filled in insertion order."""
    if len(keys) == 1:
        return keys
    from preshed.maps import PreshMap

    table = PreshMap(8)
    by_hash = {}
    for key in keys:
        h = murmurhash64a(key.encode("utf-8"))
        by_hash[h] = key
        table[h] = 0
    return [by_hash[h] for h in table.keys()]


@dataclass(frozen=True, slots=True)
class _Compiled:
    firsts: frozenset[str]  # tokens that start some phrase
    phrases: dict[tuple[str, ...], tuple[tuple[str, str], ...]]  # tokens -> (indicator, lang)…
    # First two tokens of the longer phrases -> their lengths, ascending: most tokens that
    # start a phrase ("to", "with", "data") are not followed by a phrase's second token.
    longer: dict[tuple[str, str], tuple[int, ...]]


@lru_cache(maxsize=1)
def _compiled() -> _Compiled:
    keyed: dict[tuple[str, ...], list[str]] = {}
    names: dict[str, tuple[str, str]] = {}
    for entry in all_entries():
        key = f"{entry.indicator}|{entry.language}"
        names[key] = (entry.indicator, entry.language)
        for phrase in entry.phrases:
            words, _ = tokenize(deleet(_fold(phrase)))
            forms = [tuple(words)] if words else []
            # Single words are left out: without diacritics many are words of other languages
            # too ("ban", "con", "tien").
            if entry.language in UNACCENTED_LANGUAGES and len(words) >= 2:
                forms.append(tuple(without_diacritics(w) for w in words))
            for form in forms:
                listed = keyed.setdefault(form, [])
                if key not in listed:
                    listed.append(key)
    longer: dict[tuple[str, str], set[int]] = {}
    for words in keyed:
        if len(words) > 1:
            longer.setdefault((words[0], words[1]), set()).add(len(words))
    return _Compiled(frozenset(words[0] for words in keyed),
                     {words: tuple(names[k] for k in _spacy_key_order(keys))
                      for words, keys in keyed.items()},
                     {pair: tuple(sorted(ns)) for pair, ns in longer.items()})


def phrase_matches(text: str) -> list[tuple[str, str, int, int]]:
    """(indicator, language, start, end) of every phrase in ``text``, a de-leeted folded text,
    as character offsets into it, ordered by start token, then end token."""
    compiled = _compiled()
    parts = split_tokens(text)  # gap, token, gap, ..., token, gap
    words = parts[1::2]
    firsts, phrases, longer = compiled.firsts, compiled.phrases, compiled.longer
    n_words = len(words)
    found_at: list[tuple[int, int, tuple[tuple[str, str], ...]]] = []
    for i in [i for i, w in enumerate(words) if w in firsts]:
        w = words[i]
        found = phrases.get((w,))
        if found:
            found_at.append((i, i + 1, found))
        if i + 1 < n_words:
            for n in longer.get((w, words[i + 1]), ()):
                if i + n > n_words:
                    break
                found = phrases.get(tuple(words[i : i + n]))
                # A phrase never spans a line break: "Experience: no\nProcessing fee" is two
                # fields of an ad, not "no processing fee".
                if found and not any("\n" in parts[2 * k + 2] for k in range(i, i + n - 1)):
                    found_at.append((i, i + n, found))
    if not found_at:
        return []
    offsets = _offsets(parts, {2 * k + 1 for s, e, _ in found_at for k in (s, e - 1)})
    return [(ind, lang, offsets[2 * s + 1], offsets[2 * e - 1] + len(words[e - 1]))
            for s, e, found in found_at for ind, lang in found]


def _offsets(parts: list[str], wanted: set[int]) -> dict[int, int]:
    """The character offset of each part index in ``wanted`` (only those: most are not needed)."""
    out: dict[int, int] = {}
    pos = prev = 0
    for k in sorted(wanted):
        pos += sum(map(len, parts[prev:k]))
        out[k] = pos
        prev = k
    return out


def _fold(phrase: str) -> str:
    from recruitscan.normalise import normalise

    return normalise(phrase).text


def lexicon_hits(
    norm: NormalisedText, folded: str, languages: frozenset[str] | None = None
) -> list[IndicatorHit]:
    """Phrase hits in ``folded`` (``deleet(norm.text)``), mapped back to the original text."""
    hits: list[IndicatorHit] = []
    seen: set[tuple[str, int, int]] = set()
    fees: list[tuple[int, int]] = []  # fee phrases, charged or not, in the original text
    dismissed: list[IndicatorHit] = []  # non-procedural hits made of a dismissal
    for indicator, lang, s, e in phrase_matches(folded):
        if languages is not None and lang not in languages:
            continue
        if _inside_word(folded, s):
            continue
        if indicator in _PROHIBITABLE and _PROHIBITED_BEFORE.search(
                folded, max(0, s - _RULE_LOOK_BACK), s):
            continue
        start, end = norm.to_original(s, e)
        if indicator in _NEGATABLE:
            fees.append((start, end))
            if _negated(folded, s):
                continue
        if (indicator, start, end) in seen or start >= end:
            continue
        seen.add((indicator, start, end))
        hits.append(IndicatorHit(indicator, norm.original[start:end], start, end,
                                 INDICATORS[indicator].weight, lang))
        if indicator in _DISMISSABLE and (cue := _dismissal(folded, s)) is not None:
            # The red flag spans the cue and the step, so the step inside it is dropped
            # below (_drop_denied), as "no work visa needed" drops the work visa.
            lo, _ = norm.to_original(cue, e)
            if (_NON_PROCEDURAL, lo, end) not in seen:
                seen.add((_NON_PROCEDURAL, lo, end))
                dismissed.append(IndicatorHit(_NON_PROCEDURAL, norm.original[lo:end], lo, end,
                                              INDICATORS[_NON_PROCEDURAL].weight, lang))
    if fees:
        hits = [h for h in hits if not _title_in_fee(h, fees)]
    return _drop_denied(_drop_nested(_one_visa_evasion(hits, dismissed)))


def _one_visa_evasion(hits: list[IndicatorHit],
                      dismissed: list[IndicatorHit]) -> list[IndicatorHit]:
    """``hits`` with the dismissal-made non-procedural hits, where a tourist-visa phrase and a
    dismissed work visa overlap counted once, as the longer of the two: "no work visa needed"
    is a tourist-visa phrase that holds the dismissal "no work visa", and "tidak perlu visa
    kerja" a dismissal that holds the phrase "tidak perlu visa". Both are one evasion of the
    work visa (catalogue §3), which two hits weighed twice."""
    for d in dismissed:
        tourist = [h for h in hits if h.indicator == _TOURIST and h.start < d.end
                   and d.start < h.end]
        if any(h.end - h.start >= d.end - d.start for h in tourist):
            continue
        hits = [h for h in hits if not any(h is t for t in tourist)] + [d]
    return hits


def _title_in_fee(hit: IndicatorHit, fees: list[tuple[int, int]]) -> bool:
    """A job title inside a fee phrase names the fee, not the job: "biaya admin" (an
    administration fee) is no admin job, charged or not."""
    return hit.indicator in _TITLES and any(s <= hit.start and hit.end <= e and (s, e) != (
        hit.start, hit.end) for s, e in fees)


def _drop_denied(hits: list[IndicatorHit]) -> list[IndicatorHit]:
    """Drop a hit that a longer hit around it denies or evades: a warning (``awareness``) inside
    a reassurance, a legitimacy signal (``legit``) inside any red flag. "ไม่ใช่แก๊งคอลเซ็นเตอร์"
    ("not a call-centre gang") and "不是詐騙" ("not a scam") are a recruiter's pre-emptive
    reassurance (catalogue §6), not the warning that the press term inside them is on its own
    (§9); "no work visa needed" is the tourist-visa red flag (§3, §7), not the work visa inside
    it (§11). A warning inside another red flag stays: "做詐騙" ("do scam work") in a warning
    is still the warning's word."""
    deniers = {_denier_of(h) for h in hits} - {None}
    if not deniers:  # most texts: no warning, no legitimacy signal
        return hits
    spans = {}  # denier -> (starts, furthest end so far) of the hits it selects, by start
    for denier in deniers:
        found = sorted((h.start, h.end) for h in hits if denier(h))
        if found:
            spans[denier] = ([s for s, _ in found], list(accumulate((e for _, e in found), max)))

    def denied(h: IndicatorHit) -> bool:
        denier = _denier_of(h)
        if denier not in spans:
            return False
        starts, reach = spans[denier]
        before = bisect_left(starts, h.start)  # deniers starting before h ...
        upto = bisect_right(starts, h.start)  # ... or where h starts
        # A longer denier covering h: starts before it and ends at or after its end, or
        # starts with it and ends after it.
        return ((before > 0 and reach[before - 1] >= h.end)
                or (upto > 0 and reach[upto - 1] > h.end))

    return [h for h in hits if not denied(h)]


def _is_reassurance(h: IndicatorHit) -> bool:
    return h.indicator.startswith("reassurance.")


def _is_red_flag(h: IndicatorHit) -> bool:
    return h.weight > 0


# Family of a hit that can be denied → what denies it.
_DENIABLE = {"awareness.": _is_reassurance, "legit.": _is_red_flag}


def _denier_of(h: IndicatorHit) -> Callable[[IndicatorHit], bool] | None:
    return next((d for prefix, d in _DENIABLE.items() if h.indicator.startswith(prefix)), None)


def _drop_nested(hits: list[IndicatorHit]) -> list[IndicatorHit]:
    """Keep, per indicator, only spans not strictly inside another span of the same indicator."""
    hits.sort(key=lambda h: (h.indicator, h.start, -(h.end - h.start)))
    kept: list[IndicatorHit] = []
    for h in hits:
        if kept and kept[-1].indicator == h.indicator and kept[-1].start <= h.start and h.end <= kept[-1].end:
            continue
        kept.append(h)
    return kept


def _map_rule_hits(norm: NormalisedText, hits: tuple[IndicatorHit, ...]) -> list[IndicatorHit]:
    out = []
    for h in hits:
        start, end = norm.to_original(h.start, h.end)
        if start < end:
            out.append(IndicatorHit(h.indicator, norm.original[start:end], start, end, h.weight,
                                    h.language, h.salary))
    return out


def rule_hits(norm: NormalisedText, lexicon: list[IndicatorHit], text: str) -> list[IndicatorHit]:
    """Salary and contact hits in ``text``, which must be ``deleet(norm.text)``.

    The rules read the de-leeted text, as the lexicons do: "g4j1 20 juta", "wh4ts4pp +60...",
    "t3l3gr4m: @x" otherwise escaped them. deleet is char-for-char (so the spans still map)
    and leaves amounts such as "15jt", "rm5k" and "usd1000" alone.
    """
    low_skill = any(h.indicator in _LOW_SKILL for h in lexicon)
    return _map_rule_hits(norm, salary_hits(text, role_is_low_skill=low_skill)) + _map_rule_hits(
        norm, contact_hits(text)
    )


def sort_hits(hits: list[IndicatorHit]) -> tuple[IndicatorHit, ...]:
    return tuple(sorted(hits, key=lambda h: (h.start, h.end, h.indicator)))
