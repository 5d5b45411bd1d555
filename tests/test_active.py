"""Active learning: what to label next (uncertain, diverse, never near-duplicates)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pytest

from recruitscan.active import (
    SUGGESTION_COLUMNS,
    jaccard,
    near_duplicate_groups,
    shingles,
    suggest_for_labelling,
    uncertainty,
)
from recruitscan.errors import InputError
from recruitscan.types import Reason, ScanResult

# -- a scripted detector: the selection logic tested without a model -----------------------


@dataclass
class ScriptedDetector:
    """Scores, languages and top indicators looked up by text (unknown texts: score 0)."""

    script: dict[str, tuple[float, str, str]]
    threshold: float = 0.5

    def scan_many(self, texts: Iterable[object], *, reasons: str = "full",
                  **_: object) -> Iterator[ScanResult]:
        for t in texts:
            if not isinstance(t, str) or not t.strip():
                yield ScanResult(0.0, False, "low", "und", (), "legit", 0.0,
                                 "empty" if t is None or isinstance(t, str) else "not_text")
                continue
            score, lang, ind = self.script.get(t, (0.0, "en", "x.none.v1"))
            rs = (Reason(ind, "scripted", t[:4], 0, 4, 1.0),
                  Reason("text.ngram", "wording", t[:2], 0, 2, 3.0))
            yield ScanResult(score, score >= self.threshold, "high" if score >= self.threshold
                             else "low", lang, rs, "legit", 0.0, "ok")


def distinct_text(i: int) -> str:
    # Texts sharing no 5-gram with one another: never near-duplicates by construction.
    words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india",
             "juliet", "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo"]
    return f"ad {i}: " + " ".join(words[(i * 7 + j) % len(words)] + str(i) for j in range(6))


# -- unit: shingles, Jaccard, uncertainty, groups ------------------------------------------


def test_shingles_and_jaccard() -> None:
    a = shingles("Loker  ADMIN game\nonline")
    assert a == shingles("loker admin game online")  # case and spacing do not matter
    assert jaccard(a, a) == 1.0
    assert jaccard(shingles("abcdefgh"), shingles("zyxwvuts")) == 0.0
    assert shingles("abc") == frozenset({"abc"})  # shorter than a shingle: itself
    assert jaccard(frozenset(), frozenset()) == 1.0


def test_uncertainty_peaks_at_the_centre() -> None:
    u = uncertainty(np.array([0.0, 0.3, 0.6, 0.8, 1.0]), centre=0.6)
    assert u[2] == pytest.approx(1.0)
    assert u[0] == pytest.approx(0.0) and u[4] == pytest.approx(0.0)
    assert u[1] == pytest.approx(0.5) and u[3] == pytest.approx(0.5)
    assert np.all((u >= 0) & (u <= 1))


def test_near_duplicate_groups_put_reposts_together() -> None:
    ad = "Dicari admin game online di Laos, gaji 12 juta, tiket ditanggung. WA 0899-0011-{}"
    texts = [ad.format(1234), "Lowongan kasir minimarket di Bandung, BPJS, gaji UMK",
             ad.format(9876)]
    g = near_duplicate_groups(texts, threshold=0.8, prefix="g")
    assert g[0] == g[2] == "g-0" and g[1] == "g-1"
    assert near_duplicate_groups([]) == []


# -- suggest_for_labelling with the scripted detector --------------------------------------


def scripted_pool(n: int = 30) -> tuple[ScriptedDetector, pd.DataFrame]:
    texts = [distinct_text(i) for i in range(n)]
    rng = np.random.default_rng(0)
    script = {t: (float(rng.uniform(0, 1)), ["id", "en", "ms"][i % 3],
                  ["salary.implausible.v1", "contact.dm_only.v1"][i % 2])
              for i, t in enumerate(texts)}
    return ScriptedDetector(script), pd.DataFrame({"id": [f"r{i}" for i in range(n)],
                                                   "text": texts, "note": "kept"})


def test_k_is_respected_and_columns_are_there() -> None:
    det, df = scripted_pool()
    out = suggest_for_labelling(det, df, 7)
    assert len(out) == 7
    assert list(out["rank"]) == list(range(1, 8))
    assert set(SUGGESTION_COLUMNS) <= set(out.columns)
    assert (out["note"] == "kept").all()  # the caller's columns survive
    assert out.index.isin(df.index).all() and out.index.is_unique  # original index kept
    assert out["why"].str.contains("threshold").all()
    assert out["text"].tolist() == df.loc[out.index, "text"].tolist()


def test_k_larger_than_the_pool_returns_every_distinct_row() -> None:
    det, df = scripted_pool(5)
    out = suggest_for_labelling(det, df, 50)
    assert sorted(out.index) == list(range(5))


def test_k_zero_and_empty_pool() -> None:
    det, df = scripted_pool(5)
    assert suggest_for_labelling(det, df, 0).empty
    empty = suggest_for_labelling(det, df.iloc[:0], 3)
    assert empty.empty and set(SUGGESTION_COLUMNS) <= set(empty.columns)


@pytest.mark.parametrize("k", [-1, 2.5, "3", True, None])
def test_bad_k_is_refused(k: object) -> None:
    det, df = scripted_pool(5)
    with pytest.raises(ValueError, match="k must be"):
        suggest_for_labelling(det, df, k)  # type: ignore[arg-type]


def test_bad_arguments_are_refused() -> None:
    det, df = scripted_pool(5)
    with pytest.raises(InputError, match="no column 'body'"):
        suggest_for_labelling(det, df, 2, text_col="body")
    with pytest.raises(ValueError, match="diversity"):
        suggest_for_labelling(det, df, 2, diversity=-1)
    with pytest.raises(ValueError, match="duplicate_threshold"):
        suggest_for_labelling(det, df, 2, duplicate_threshold=0)


def test_bad_rows_are_never_suggested() -> None:
    det, df = scripted_pool(4)
    bad = pd.DataFrame({"id": ["none", "nan", "num", "blank", "empty"],
                        "text": [None, np.nan, 3.5, "   ", ""]})
    pool = pd.concat([bad, df], ignore_index=True)
    out = suggest_for_labelling(det, pool, 10)
    assert set(out["id"]) == set(df["id"])
    assert suggest_for_labelling(det, bad, 3).empty


def test_no_near_duplicates_are_picked() -> None:
    # Reposts of one ad that differ only in the contact number (Jaccard about 0.94).
    ad = ("Lowongan host live streaming di Dubai, kontrak 6 bulan, komisi per jam tayang, "
          "tinggal di apartemen tim, berangkat rombongan bulan depan. Info WA {}")
    reposts = [ad.format(f"0899-00{i:02d}-1234") for i in range(6)]
    # The reposts are the most uncertain rows: without the duplicate test all would be picked.
    det, df = scripted_pool(10)
    det.script.update({t: (0.5, "id", "salary.implausible.v1") for t in reposts})
    pool = pd.concat([pd.DataFrame({"id": [f"dup{i}" for i in range(6)], "text": reposts}), df],
                     ignore_index=True)
    out = suggest_for_labelling(det, pool, 8)
    assert out["id"].str.startswith("dup").sum() == 1
    sets = [shingles(t) for t in out["text"]]
    assert all(jaccard(a, b) < 0.8 for i, a in enumerate(sets) for b in sets[i + 1:])
    # Exact copies too, and near-copies of what is already labelled.
    assert len(suggest_for_labelling(det, pd.DataFrame({"text": [reposts[0]] * 5}), 5)) == 1
    out = suggest_for_labelling(det, pool, 8, already_labelled=[reposts[2]])
    assert not out["id"].str.startswith("dup").any()


def test_deterministic_and_order_independent_of_repeats() -> None:
    det, df = scripted_pool()
    a = suggest_for_labelling(det, df, 10)
    b = suggest_for_labelling(det, df, 10)
    pd.testing.assert_frame_equal(a, b)


def test_uncertain_rows_come_first_without_diversity() -> None:
    det, df = scripted_pool()
    out = suggest_for_labelling(det, df, 5, diversity=0.0)
    u = uncertainty(np.array([det.script[t][0] for t in df["text"]]), det.threshold)
    assert sorted(out["uncertainty"], reverse=True) == list(out["uncertainty"])
    assert out["uncertainty"].min() >= np.sort(u)[-5] - 1e-4


def test_diversity_spreads_picks_over_languages_and_indicators() -> None:
    # Ten very uncertain Indonesian rows with one top indicator, five less uncertain others.
    texts = [distinct_text(i) for i in range(15)]
    script = {t: (0.5 + 0.001 * i, "id", "salary.implausible.v1") for i, t in enumerate(texts[:10])}
    script |= {t: (0.3, lang, ind) for t, lang, ind in zip(
        texts[10:], ["en", "ms", "en", "vi", "id"],
        ["contact.dm_only.v1", "salary.implausible.v1", "destination.hub.v1",
         "contact.dm_only.v1", "legit.official_channel.v1"], strict=True)}
    det = ScriptedDetector(script)
    df = pd.DataFrame({"text": texts})
    plain = suggest_for_labelling(det, df, 5, diversity=0.0)
    spread = suggest_for_labelling(det, df, 5, diversity=1.0)
    assert set(plain["language"]) == {"id"}
    assert spread["language"].nunique() >= 3
    assert spread["top_indicator"].nunique() >= 3
    assert spread.iloc[0]["why"].startswith("score 0.50 is 0.00 above")  # most uncertain first
    assert "first in en" in " ".join(spread["why"])


def test_centre_can_be_the_calibrated_coin_flip() -> None:
    texts = [distinct_text(i) for i in range(3)]
    det = ScriptedDetector({texts[0]: (0.5, "en", "a.v1"), texts[1]: (0.8, "en", "b.v1"),
                            texts[2]: (0.2, "en", "c.v1")}, threshold=0.8)
    df = pd.DataFrame({"text": texts})
    assert suggest_for_labelling(det, df, 1, diversity=0)["text"].iloc[0] == texts[1]
    assert suggest_for_labelling(det, df, 1, diversity=0, centre=0.5)["text"].iloc[0] == texts[0]


# -- with the real default model -------------------------------------------------------------


def test_with_the_default_model(det) -> None:  # noqa: ANN001
    pool = pd.DataFrame({"id": list("abcdefg"), "text": [
        "Dibuka posisi host live streaming untuk agensi kami di Dubai, tinggal di apartemen tim, "
        "berangkat bulan depan. Kirim foto ke WA 0899-0011-2233.",
        "Dibuka posisi host live streaming untuk agensi kami di Dubai, tinggal di apartemen tim, "
        "berangkat bulan depan. Kirim foto ke WA 0899-0044-5566.",
        "Online game admin needed in Vientiane, Laos. Young team, we train you. Message me.",
        "Lowongan kasir minimarket di Bandung, gaji UMK, BPJS, kontrak PKWT.",
        None,
        "Hiring CSR in Cambodia, USD 1,500, free ticket and visa, DM me now",
        "selamat pagi semua",
    ]})
    out = suggest_for_labelling(det, pool, 4)
    assert len(out) == 4
    assert not {"a", "b"} <= set(out["id"])  # one of the two reposts at most
    assert "e" not in set(out["id"])
    assert out["language"].isin(["id", "en", "ms", "und"]).all()
    assert out["score"].between(0, 1).all()
    assert (out["top_reasons"].str.len() > 0).all()
