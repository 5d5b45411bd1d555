"""Training copies behind ordinary text (recruitscan.augment)."""

from __future__ import annotations

import numpy as np

from recruitscan.analysis import analyse
from recruitscan.augment import disclaimer_lines, with_disclaimers, with_preambles

ORDINARY = [f"Rapat warga nomor {i} dipindah ke hari Sabtu sore di balai desa." for i in range(12)]
SCAMS = ["Loker admin Kamboja gaji 15 juta tiket gratis, hubungi Telegram @rekrut_kh",
         "Dicari operator di Myawaddy, visa turis, berangkat minggu ini"]
AWARE = ["Waspada lowongan kerja ke Kamboja dengan visa turis: itu modus TPPO, lapor BP2MI"]


def rows():
    texts = ORDINARY + SCAMS + AWARE
    cats = ["other_text"] * len(ORDINARY) + ["compound_recruitment"] * 2 + ["awareness"]
    y = np.array([0] * len(ORDINARY) + [1, 1, 0])
    return [analyse(t) for t in texts], y, cats


def test_copies_keep_label_category_and_end_with_their_text():
    analyses, y, cats = rows()
    out = with_preambles(analyses, y, cats, rate=1.0, min_chars=150, seed=0)
    n = len(analyses)
    assert len(out.analyses) == 2 * n and len(out.labels) == 2 * n and len(out.categories) == 2 * n
    assert out.analyses[:n] == analyses  # the rows themselves come first, unchanged
    for orig, copy, label, cat in zip(analyses, out.analyses[n:], out.labels[n:],
                                      out.categories[n:], strict=True):
        head, _, tail = copy.original.rpartition("\n\n")
        assert tail == orig.original and len(head) >= 150
        assert all(part in ORDINARY and part != orig.original for part in head.split("\n\n"))
        assert label == y[analyses.index(orig)] and cat == cats[analyses.index(orig)]


def test_fillers_add_no_indicator():
    analyses, y, cats = rows()
    out = with_preambles(analyses, y, cats, rate=1.0, min_chars=300, seed=1)
    for orig, copy in zip(analyses, out.analyses[len(analyses):], strict=True):
        assert {h.indicator for h in copy.hits} == {h.indicator for h in orig.hits}


def test_rate_and_seed():
    analyses, y, cats = rows()
    none = with_preambles(analyses, y, cats, rate=0.0, min_chars=100, seed=0)
    assert none.analyses == analyses
    half = with_preambles(analyses, y, cats, rate=0.5, min_chars=100, seed=0)
    assert len(half.analyses) == len(analyses) + round(0.5 * len(analyses))
    again = with_preambles(analyses, y, cats, rate=0.5, min_chars=100, seed=0)
    assert [a.original for a in again.analyses] == [a.original for a in half.analyses]


def test_a_model_trains_with_preambles():
    from pathlib import Path

    from recruitscan.datasets import load_corpus
    from recruitscan.model import ModelConfig
    from recruitscan.train import fit

    df = load_corpus(Path(__file__).parent / "data" / "tiny.jsonl")
    model, metrics = fit(df, ModelConfig(n_features=2**12, max_iter=500, preamble_rate=0.5,
                                         preamble_chars=200))
    assert model.config.preamble_rate == 0.5
    assert metrics["splits"]["train"] == (df["split"] == "train").sum()  # copies are not rows


def test_a_lone_filler_is_not_put_before_itself_and_blank_texts_are_no_filler():
    analyses = [analyse(ORDINARY[0]), analyse("   "), analyse(SCAMS[0])]
    out = with_preambles(analyses, np.array([0, 0, 1]), ["other_text", "other_text",
                                                         "compound_recruitment"],
                         rate=1.0, min_chars=100, seed=0)
    # The one filler serves the other two rows; it has nothing to stand behind itself.
    assert [a.original.rpartition("\n\n")[2] for a in out.analyses[3:]] == ["   ", SCAMS[0]]


# --- copies of scams with a legitimate ad's anti-fraud line (with_disclaimers) ---------------

LEGIT_AD = ("Lowongan kasir Toko Maju, Bandung. Gaji UMK, kontrak 1 tahun.\n"
            "Waspada penipuan yang mengatasnamakan perusahaan.\nLamaran ke kantor kami.")
WARNED_WITH_VISA = "Berangkat dengan visa kerja resmi. Waspada penipuan calo."


def test_disclaimer_lines_come_from_legitimate_ads_alone():
    texts = [LEGIT_AD, AWARE[0], WARNED_WITH_VISA, SCAMS[0]]
    cats = ["legit_job", "awareness", "legit_overseas", "compound_recruitment"]
    lines = disclaimer_lines(texts, cats, [analyse(t).hits for t in texts],
                             [analyse(t).language for t in texts])
    # The ad's warning line, not the warning text itself, not a line that also names a work
    # visa (a copy would teach that a visa counts for little), nothing of the scam.
    assert [line for found in lines.values() for line in found] == [
        "Waspada penipuan yang mengatasnamakan perusahaan."]


def test_disclaimer_copies_are_scams_with_one_borrowed_line():
    analyses, y, cats = rows()
    analyses.append(analyse(LEGIT_AD))
    y = np.append(y, 0)
    cats.append("legit_job")
    out = with_disclaimers(analyses, y, cats, rate=1.0, seed=0)
    n = len(analyses)
    assert out.analyses[:n] == analyses
    copies = out.analyses[n:]
    assert len(copies) == int(y.sum()) and list(out.labels[n:]) == [1] * len(copies)
    assert out.categories[n:] == ["compound_recruitment"] * len(copies)
    line = "Waspada penipuan yang mengatasnamakan perusahaan."
    for copy in copies:
        text = copy.original
        assert text in {f"{line}\n{s}" for s in SCAMS} | {f"{s}\n{line}" for s in SCAMS}
        assert "awareness.warning.v1" in {h.indicator for h in copy.hits}


def test_no_disclaimer_copies_without_a_line_to_borrow_or_at_rate_zero():
    analyses, y, cats = rows()  # the only warning word is in a warning, which lends nothing
    assert with_disclaimers(analyses, y, cats, rate=1.0, seed=0).analyses == analyses
    analyses.append(analyse(LEGIT_AD))
    y, cats = np.append(y, 0), [*cats, "legit_job"]
    assert with_disclaimers(analyses, y, cats, rate=0.0, seed=0).analyses == analyses


def test_a_model_trains_with_disclaimer_copies():
    from pathlib import Path

    from recruitscan.datasets import load_corpus
    from recruitscan.model import ModelConfig
    from recruitscan.train import fit

    df = load_corpus(Path(__file__).parent / "data" / "tiny.jsonl")
    model, metrics = fit(df, ModelConfig(n_features=2**12, max_iter=500, disclaimer_rate=0.5))
    assert model.config.disclaimer_rate == 0.5
    assert metrics["splits"]["train"] == (df["split"] == "train").sum()


def test_disclaimer_copies_follow_their_scams_in_order_with_their_category():
    # Callers pair copy k with the k-th scam (cv_by_language.disclaimed_scores), so the copies
    # keep the scams' order, and each its own scam's category.
    texts = [SCAMS[0], LEGIT_AD, *ORDINARY[:2], SCAMS[1]]
    cats = ["compound_recruitment", "legit_job", "other_text", "other_text", "other_job_scam"]
    y = np.array([1, 0, 0, 0, 1])
    out = with_disclaimers([analyse(t) for t in texts], y, cats, rate=1.0, seed=3)
    line = "Waspada penipuan yang mengatasnamakan perusahaan."
    assert [a.original.replace(line, "").strip() for a in out.analyses[5:]] == SCAMS
    assert out.categories[5:] == ["compound_recruitment", "other_job_scam"]
    assert list(out.labels[5:]) == [1, 1]


def test_training_rows_get_padded_copies_and_unpadded_disclaimer_copies():
    from recruitscan.model import ModelConfig, augmented_training_rows

    analyses, y, cats = rows()
    analyses.append(analyse(LEGIT_AD))
    y, cats = np.append(y, 0), [*cats, "legit_job"]
    n = len(analyses)
    config = ModelConfig(preamble_rate=1.0, preamble_chars=100, disclaimer_rate=1.0)
    rows_out, labels, categories = augmented_training_rows(analyses, y, cats, config)
    assert len(rows_out) == len(labels) == len(categories) == 2 * n + int(y.sum())
    assert rows_out[:n] == analyses
    for orig, copy in zip(analyses, rows_out[n:2 * n], strict=True):  # every row, padded
        assert copy.original.endswith("\n\n" + orig.original)
    assert list(labels[n:2 * n]) == list(y) and categories[n:2 * n] == cats
    disclaimed = rows_out[2 * n:]  # the scams themselves with a line, no padding
    line = "Waspada penipuan yang mengatasnamakan perusahaan."
    assert [a.original.replace(line, "").strip() for a in disclaimed] == SCAMS
    assert all("\n\n" not in a.original for a in disclaimed)
    assert list(labels[2 * n:]) == [1, 1] and categories[2 * n:] == ["compound_recruitment"] * 2


def test_disclaimer_lines_are_filed_under_their_texts_language():
    # "Waspada" is in the Malay lexicon too: the hit's language is ms; an Indonesian scam must
    # still find the Indonesian ad's line under id, the language it is looked up by.
    text = "Lowongan kasir Toko Maju, Bandung.\nWaspada penipuan yang mengatasnamakan perusahaan."
    hits = analyse(text).hits
    assert {h.language for h in hits if h.indicator == "awareness.warning.v1"} != {"id"}
    lines = disclaimer_lines([text], ["legit_job"], [hits], ["id"])
    assert lines == {"id": ["Waspada penipuan yang mengatasnamakan perusahaan."]}


def test_the_model_card_says_how_many_disclaimer_copies_were_made_and_when_none_was() -> None:
    # Rows labelled "scam" / "legit" without a kind lend no disclaimer line: the card said
    # "Fitted with copies of 25% of the training scams" all the same.
    from pathlib import Path

    from recruitscan.card import model_card
    from recruitscan.datasets import load_corpus
    from recruitscan.model import ModelConfig
    from recruitscan.train import fit, manifest_for

    df = load_corpus(Path(__file__).parent / "data" / "tiny.jsonl")
    # Vietnamese copies off: the card is to say nothing of copies when no disclaimer copy is made.
    config = ModelConfig(n_features=2**12, max_iter=500, disclaimer_rate=0.5, unaccented_rate=0.0)
    model, metrics = fit(df, config)
    made = metrics["augmented_copies"]["disclaimer_copies"]
    # Of the scams the final model learns from: with cross-fitted calibration (the default),
    # the train and calibration splits'.
    learnt = df["split"].isin(["train", "calibration"])
    assert made == round(0.5 * (learnt & (df["label"] == 1)).sum())
    card = model_card(manifest_for(model, metrics, [], "with-lines"))
    assert "Fitted with copies of 50% of the training scams" in card
    assert f"({made} copies)" in card

    warnings: list[str] = []
    unkinded = df.assign(category=np.where(df["label"] == 1, "scam", "legit"))
    model, metrics = fit(unkinded, config, progress=warnings.append)
    assert metrics["augmented_copies"]["disclaimer_copies"] == 0
    card = model_card(manifest_for(model, metrics, [], "no-lines"))
    assert "Fitted with copies" not in card
    assert "disclaimer_rate was 0.5, but no copy was made" in card
    assert any("disclaimer_rate is set but no copy was made" in w for w in warnings)


VIETNAMESE = ["Tuyển nhân viên CSKH làm việc tại Campuchia, lương 1500 USD, bao vé máy bay",
              "Đà Nẵng: quán cà phê cần tuyển phục vụ, lương theo giờ, đi làm ngay",
              "Mai nhớ đón con lúc năm giờ nha anh"]


def test_without_diacritics_types_vietnamese_as_it_is_often_typed():
    from recruitscan.normalise import without_diacritics

    assert without_diacritics(VIETNAMESE[1]) == (
        "Da Nang: quan ca phe can tuyen phuc vu, luong theo gio, di lam ngay")
    assert without_diacritics("Loker admin, gaji 15jt") == "Loker admin, gaji 15jt"


def test_unaccented_copies_are_of_vietnamese_rows_with_their_label_and_category():
    from recruitscan.augment import with_unaccented
    from recruitscan.normalise import without_diacritics

    texts = [*VIETNAMESE, SCAMS[0], ORDINARY[0], "Chieu nay di an pho khong"]
    analyses = [analyse(t) for t in texts]
    assert [a.language for a in analyses[:3]] == ["vi"] * 3  # the last one too, if detected
    cats = ["compound_recruitment", "legit_job", "other_text", "compound_recruitment",
            "other_text", "other_text"]
    y = np.array([1, 0, 0, 1, 0, 0])
    out = with_unaccented(analyses, y, cats, rate=1.0, seed=0)
    n = len(analyses)
    assert out.analyses[:n] == analyses
    # Every Vietnamese row with diacritics, in order; none of the others, nor of a Vietnamese
    # text typed without them already.
    assert [a.original for a in out.analyses[n:]] == [without_diacritics(t) for t in VIETNAMESE]
    assert list(out.labels[n:]) == [1, 0, 0] and out.categories[n:] == cats[:3]
    assert len(with_unaccented(analyses, y, cats, rate=0.0, seed=0).analyses) == n
    assert len(with_unaccented(analyses, y, cats, rate=0.5, seed=0).analyses) in (n + 1, n + 2)


def test_a_model_trains_with_unaccented_copies_and_its_card_says_so() -> None:
    from pathlib import Path

    import pytest

    from recruitscan.card import model_card
    from recruitscan.datasets import load_corpus
    from recruitscan.model import ModelConfig
    from recruitscan.train import fit, manifest_for

    with pytest.raises(ValueError, match="unaccented_rate"):
        ModelConfig(unaccented_rate=1.5)
    df = load_corpus(Path(__file__).parent / "data" / "tiny.jsonl")
    model, metrics = fit(df, ModelConfig(n_features=2**12, max_iter=500, unaccented_rate=1.0))
    made = metrics["augmented_copies"]["unaccented_copies"]
    learnt = df["split"].isin(["train", "calibration"]) & (df["language"] == "vi")
    assert 0 < made <= learnt.sum()
    card = model_card(manifest_for(model, metrics, [], "unaccented"))
    assert f"({made} copies)" in card and "typed without diacritics" in card
