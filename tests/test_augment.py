"""Training copies behind ordinary text (recruitscan.augment)."""

from __future__ import annotations

import numpy as np

from recruitscan.analysis import analyse
from recruitscan.augment import with_preambles

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
