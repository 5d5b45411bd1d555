"""Obfuscation rewrites: deterministic, really obfuscating, and the detector sees through them."""

from __future__ import annotations

import pytest

from recruitscan.analysis import analyse
from recruitscan.normalise import deleet, normalise
from recruitscan.robustness import REWRITES, behind_ordinary_text, robustness_table, with_disclaimer

AD_ID = "Dibutuhkan customer service untuk Kamboja, gaji 15 juta, tiket pesawat gratis, tanpa pengalaman. Hubungi Telegram @hrd_kh"
AD_EN = "Hiring customer service for Cambodia, salary USD 1,500 per month, free ticket and visa, no experience needed. Contact Telegram @hr_kh"
SHORT = [AD_ID, AD_EN]
# Synthetic ads from the project corpus (datasets/recruitscan-corpus), copied here so the test
# does not move with the corpus: several independent signals each.
STRONG = [
    "Blockchain company vacancy ✅\nRole: Crypto Customer Support\nLocation: Myawaddy\nIncome: $1,100 paid in USDT\n\nWhat you do:\n- Build relationships with clients on social media\n- Follow the script provided\n- Reach daily targets\n\nWe provide: free flight + accommodation + food\nNeed: good English or Chinese, age 22-30\nWhat you will do:\n- reply to customer messages in English\n- update customer data in the system\n- attend short training\nDocuments needed: passport (valid 6 months+), CV.\nInterview on Telegram – DM @career_dje230 on Telegram",
    "I am working in Thailand\nCompany: confidential (will be disclosed after interview)\nWe need 15 people in the marketing team. I get US$1,800 every month.\nThrough my referral the company pays your flight.\nJust passport.\nWe stay in a nice hostel with free food.\nInbox me quickly, slots are few.\nDuties: data entry and online customer support. Very easy, anyone can do it.\nWhatsApp only: wa.me/603923486249",
    "Lowongan CS game online 🎰\nKantor di Filipina\nGaji US$1,200 + bonus omset\nTidak lihat ijazah. Cukup bisa mengetik dan main HP.\nKERJA: layani member lewat live chat.\nMess, makan, tiket gratis.\nDi sana legal kok.\nSuasana kantor: kantor dan mess dalam satu area, tidak perlu ongkos transport.\nSiapkan: KTP, KK, paspor (kalau ada), foto 4x6.\nCara daftar: kirim data diri, interview lewat video call, terima e-tiket, lalu berangkat.\nDeadline pendaftaran: 7 April 2025\nYang mau chat WA 0842-3089-1209\nKesempatan tidak datang dua kali.",
    "LOKER TERBARU\nLowongan entry data Thailand\nPenempatan di kota perbatasan Thailand.\nSalary $2.0k, kontrak 6 bulan.\nPenjemputan di bandara Bangkok atau Don Mueang.\nBebas visa, aman.\nBisa mengetik cepat, pengalaman tidak perlu.\nSiapkan: foto KTP + selfie + paspor.\nCara daftar: isi formulir dari admin, tunggu jadwal interview, setelah lolos tiket dikirim H-2.\nBatch 15: 25 kursi tersisa\nInfo LINE ID: mr.wang_hr\nYang serius saja, tidak melayani yang cuma tanya-tanya.",
]
# Rewrites the normaliser undoes completely: the model sees the very same text.
LOSSLESS = ("homoglyphs", "spaced_letters", "dotted_letters", "zero_width", "random_case",
            "emoji_between_words")
COLUMNS = ["rewrite", "n", "changed", "flagged", "recall", "drop_points"]


@pytest.mark.parametrize("name", sorted(REWRITES))
def test_rewrites_are_deterministic(name: str) -> None:
    fn = REWRITES[name]
    for seed in range(3):
        assert fn(AD_ID, seed) == fn(AD_ID, seed)
    assert len({fn(AD_ID, seed) for seed in range(6)}) > 1, "the seed changes nothing"


@pytest.mark.parametrize("name", sorted(REWRITES))
@pytest.mark.parametrize("text", [AD_ID, AD_EN, "kerja kamboja", "gaji 15 juta"])
def test_rewrites_change_the_text(name: str, text: str) -> None:
    for seed in range(3):
        assert REWRITES[name](text, seed) != text


@pytest.mark.parametrize("name", sorted(REWRITES))
def test_rewrites_of_text_without_letters_are_safe(name: str) -> None:
    for text in ["", "   ", "123 456", "🔥🔥", "\u200b"]:
        assert isinstance(REWRITES[name](text, 1), str)


@pytest.mark.parametrize("name", sorted(n for n in REWRITES if n != "all_combined"))
def test_normalisation_undoes_each_rewrite(name: str) -> None:
    # At full rate every word is disguised; the folded, de-leeted text reads the same words.
    # (Spaced/dotted letters join a disguised word only when it stands between plain ones.)
    text = "kerja di kamboja gaji tinggi"
    clean = deleet(normalise(text).text).split()
    for seed in range(5):
        obfuscated = REWRITES[name](text, seed, 1.0)
        folded = deleet(normalise(obfuscated).text)
        assert "kamboja" in folded.replace(" ", "") if "letters" in name else folded.split() == clean, (
            obfuscated, folded)


def test_lunate_sigma_reads_as_c() -> None:
    # NFKC turned ϲ/Ϲ into σ, which was neither folded nor allowed other look-alikes to fold.
    assert normalise("Vaϲanϲy: ϹUSTOMER serviϲe").text == "vacancy: customer service"
    assert normalise("рау is RM 14к, tιϲket").text == "pay is rm 14k, ticket"
    assert "salary.implausible.v1" in {h.indicator for h in analyse("ραу RM 14к, tιϲket").hits}


def test_table_shape(tiny_det) -> None:
    table = robustness_table(tiny_det, SHORT + STRONG, seed=0)
    assert list(table.columns) == COLUMNS
    assert table["rewrite"].tolist() == ["clean", *REWRITES]
    assert (table["n"] == len(SHORT + STRONG)).all()
    assert table.loc[0, "drop_points"] == 0 and table.loc[0, "changed"] == 0
    assert (table["changed"].iloc[1:] == 1.0).all()  # every rewrite changed every text
    assert table["recall"].between(0, 1).all()
    assert table.equals(robustness_table(tiny_det, SHORT + STRONG, seed=0))


def test_table_of_nothing(tiny_det) -> None:
    table = robustness_table(tiny_det, [], seed=0)
    assert len(table) == len(REWRITES) + 1 and (table["n"] == 0).all()


@pytest.mark.parametrize("name", LOSSLESS)
def test_lossless_rewrites_keep_the_score(tiny_det, name: str) -> None:
    texts = SHORT + STRONG
    clean = [r.score for r in tiny_det.scan_many(texts)]
    for seed in range(3):
        variants = [REWRITES[name](t, seed) for t in texts]
        scores = [r.score for r in tiny_det.scan_many(variants)]
        assert scores == pytest.approx(clean, abs=1e-9), [
            v for v, a, b in zip(variants, scores, clean, strict=True) if abs(a - b) > 1e-9]


def test_strong_positives_stay_flagged(det) -> None:
    # The bundled model: the one screeners run (the tiny test model has seen too little text
    # for its character n-grams to carry every leetspeak variant over its threshold).
    assert all(r.flagged for r in det.scan_many(STRONG))
    for name, fn in REWRITES.items():
        for seed in range(3):
            variants = [fn(t, seed) for t in STRONG]
            missed = [v for v, r in zip(variants, det.scan_many(variants), strict=True)
                      if not r.flagged]
            assert not missed, (name, seed, missed)


@pytest.mark.parametrize(("text", "indicator"), [
    ("g4j1 20 juta per bulan", "salary.amount.v1"),
    ("wh4ts4pp +60 17-630 9124", "contact.messaging_handle.v1"),
    ("t3l3gr4m: @hr_kh88", "contact.messaging_handle.v1"),
])
def test_rules_read_through_leetspeak(text: str, indicator: str) -> None:
    # The salary and contact rules used to read the folded text without deleet.
    assert indicator in {h.indicator for h in analyse(text).hits}


def test_spaced_word_before_a_domain_or_number() -> None:
    # The letter of "t.me" and the number after "v a l i d" were glued onto the spaced word.
    assert normalise("T e l e g r a m t.me/jobs").text == "telegram t.me/jobs"
    assert normalise("T.e.l.e.g.r.a.m t.me/jobs").text == "telegram t.me/jobs"
    assert normalise("v a l i d 6 months").text == "valid 6 months"
    assert normalise("k 4 m b 0 j 4 gaji").text == "k4mb0j4 gaji"  # leet digits stay in


FILLERS = ["Toko roti kami buka setiap hari dari jam tujuh pagi.",
           "Rapat warga dipindah ke hari Sabtu sore di balai desa."]


def test_behind_ordinary_text_pads_and_keeps_the_text() -> None:
    rewrite = behind_ordinary_text(FILLERS, 120)
    out = rewrite("LURE", 5)
    head, _, tail = out.rpartition("\n\n")
    assert tail == "LURE" and len(head) >= 120
    assert set(head.split("\n\n")) <= set(FILLERS)
    assert rewrite("LURE", 5) == out and rewrite("LURE", 6) != out  # the seed draws the fillers
    with pytest.raises(ValueError):
        behind_ordinary_text([], 100)
    with pytest.raises(ValueError):
        behind_ordinary_text(["", ""], 100)  # would pad forever


def test_table_with_fillers_adds_the_padded_rows(tiny_det) -> None:
    table = robustness_table(tiny_det, SHORT + STRONG, seed=0, fillers=FILLERS, padding=(100, 400))
    assert table["rewrite"].tolist() == ["clean", *REWRITES, "behind_100_chars", "behind_400_chars"]
    assert (table["changed"].iloc[-2:] == 1.0).all()


def test_a_long_ordinary_preamble_can_cost_a_scam_its_flag(det) -> None:
    # The weakness the padded rows measure, on the bundled model: the n-gram block is averaged
    # over the whole text, so enough ordinary text hides a lure that is flagged on its own. If
    # this starts failing, the model has become robust to it: update the model card's limits.
    lure = "Dicari admin CS untuk Kamboja, gaji 15 juta, tiket gratis, hubungi Telegram @rekrut_kh"
    assert det.scan(lure).flagged
    padded = behind_ordinary_text(FILLERS, 3000)(lure, 0)
    assert det.scan(padded).score < det.scan(lure).score


def test_with_disclaimer_adds_one_line_before_or_after() -> None:
    line = "Waspada penipuan yang mengatasnamakan perusahaan."
    rewrite = with_disclaimer([line, "   "])
    outs = {rewrite("LURE", seed) for seed in range(20)}
    assert outs == {f"{line}\nLURE", f"LURE\n{line}"}  # blank lines are never drawn
    with pytest.raises(ValueError):
        with_disclaimer(["", "  "])


def test_table_with_disclaimers_adds_their_row(tiny_det) -> None:
    table = robustness_table(tiny_det, SHORT + STRONG, seed=0,
                             disclaimers=["Beware of people using our name online."])
    assert table["rewrite"].tolist() == ["clean", *REWRITES, "with_disclaimer"]
    assert table["changed"].iloc[-1] == 1.0


def test_a_disclaimer_line_with_warning_words_of_several_languages_is_listed_once() -> None:
    # "Hati-hati" (Malay lexicon), "modus" (Indonesian) and "Beware of" (English) filed the
    # line under three languages, and evaluate's with_disclaimer row drew it three times as
    # often and counted "3 lines".
    import pandas as pd

    from recruitscan.evaluate import _disclaimers

    line = "Hati-hati modus penipuan yang mengatasnamakan perusahaan. Beware of scams."
    ad = f"Lowongan staf gudang Bekasi.\n{line}\nKirim CV."
    other = "Staff gudang Bekasi.\nWaspada penipuan yang mengatasnamakan perusahaan."
    frame = pd.DataFrame({"text": [ad, other], "category": ["legit_job", "legit_job"],
                          "label": [0, 0]})
    assert _disclaimers(frame) == [line, "Waspada penipuan yang mengatasnamakan perusahaan."]
