"""The public API contract: names, shapes, immutability, bad input."""

from __future__ import annotations

import dataclasses
import math
import subprocess
import sys

import pandas as pd
import pytest

import recruitscan
from recruitscan.detector import most_probable_category
from recruitscan.types import Reason, ScanResult

SCAM_ID = "Dibutuhkan segera CS untuk Kamboja, gaji 15 juta, tiket ditanggung, hubungi WA"


def test_api_import_is_light():
    code = ("import sys, recruitscan; heavy = [m for m in ('sklearn', 'spacy', 'pandas', 'skops') "
            "if m in sys.modules]; print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_api_scan_shapes(det):
    r = det.scan(SCAM_ID)
    assert isinstance(r, ScanResult)
    assert 0.0 <= r.score <= 1.0
    assert r.flagged == (r.score >= det.threshold)
    assert r.risk in ("low", "medium", "high")
    assert r.language == "id"
    assert r.category in ("compound_recruitment", "other_job_scam", "legit")
    assert isinstance(r.reasons, tuple) and r.reasons
    for reason in r.reasons:
        assert isinstance(reason, Reason)
        assert SCAM_ID[reason.start:reason.end] == reason.evidence


def test_api_flags_documented_lure_and_not_a_plain_message(det):
    assert det.scan(SCAM_ID).flagged
    assert not det.scan("Besok rapat jam 9 pagi di kantor, jangan lupa bawa laptop ya").flagged


@pytest.mark.parametrize("unit", ["ha", "ok ", "siap kak ", "!", "=", "wkwk "])
def test_api_a_text_repeated_scores_as_the_text_once(det, unit):
    """A chat export's floods ("hahaha…", "ok ok ok…") weigh no more than their unit: the
    bundled model scales features by their norm (repeat_norm). 0.13.0 flagged "ha" * 400
    (0.985) and "siap kak " * 100 (1.00)."""
    once, flood = det.scan(unit * 3), det.scan(unit * 400)
    assert not flood.flagged
    assert flood.score <= max(once.score, 0.2)
    lure = SCAM_ID + " "
    assert det.scan(lure * 20).score == pytest.approx(det.scan(lure).score, abs=0.02)


def test_api_results_are_immutable(det):
    r = det.scan(SCAM_ID)
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.score = 0.0  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.reasons[0].evidence = "x"  # type: ignore[misc]


def test_api_module_level_scan_matches_loaded_default(det):
    assert recruitscan.scan(SCAM_ID) == det.scan(SCAM_ID)


def test_api_scan_many_keeps_order_and_equals_single_scans(det):
    texts = [SCAM_ID, "hello", "Hiring CSR in Cambodia, free ticket, tourist visa, DM on Telegram"]
    assert list(det.scan_many(texts)) == [det.scan(t) for t in texts]


@pytest.mark.parametrize("bad", [None, 42, 3.5, b"bytes", ["list"]])
def test_api_scan_rejects_non_strings(det, bad):
    with pytest.raises(TypeError):
        det.scan(bad)


@pytest.mark.parametrize("one_text", [SCAM_ID, SCAM_ID.encode()])
def test_api_scan_many_refuses_one_text(det, one_text):
    # Iterated, it gave a result per character, silently.
    with pytest.raises(TypeError, match="needs an iterable of texts.*use scan"):
        det.scan_many(one_text)


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_api_scan_empty_is_a_defined_low_information_result(det, text):
    r = det.scan(text)
    assert r.status == "empty" and r.score == 0.0 and not r.flagged and r.reasons == ()
    assert (r.category, r.category_probability) == ("unassessed", 0.0)


def test_api_scan_many_gives_bad_rows_a_status(det):
    # pd.NA is a missing cell of a nullable column ("string", "Int64"), as NaN is of others.
    results = list(det.scan_many([None, math.nan, pd.NA, pd.NaT, 7, "", SCAM_ID]))
    assert [r.status for r in results] == ["empty", "empty", "empty", "empty", "not_text",
                                           "empty", "ok"]


def test_api_screen_appends_columns_and_keeps_rows(det):
    df = pd.DataFrame({"id": ["a", "b", "c"], "text": [SCAM_ID, None, "selamat pagi"],
                       "other": [1, 2, 3]}, index=[10, 11, 12])
    out = det.screen(df)
    assert list(out.index) == [10, 11, 12]
    assert out[["id", "text", "other"]].equals(df[["id", "text", "other"]])
    for col in ("score", "flagged", "risk", "language", "reasons", "status", "category"):
        assert col in out.columns
    assert out.loc[10, "flagged"] and out.loc[11, "status"] == "empty"


def test_api_screen_missing_column_names_the_columns(det):
    with pytest.raises(ValueError, match="columns are: id, body"):
        det.screen(pd.DataFrame({"id": [1], "body": ["x"]}))


@pytest.mark.parametrize("not_a_frame", [[SCAM_ID], pd.Series([SCAM_ID]), {"text": [SCAM_ID]}])
def test_api_screen_refuses_what_is_not_a_dataframe(det, not_a_frame):
    # A list or Series raised AttributeError ('list' object has no attribute 'columns').
    with pytest.raises(TypeError, match="needs a pandas DataFrame, not .*use scan_many"):
        det.screen(not_a_frame)


def test_api_unsupported_script_is_not_scored_as_safe(det):
    r = det.scan("Требуются операторы колл-центра, высокая зарплата, бесплатное жильё")
    assert r.status == "unsupported_language"
    assert r.risk != "low"
    assert any(x.indicator == "language.unsupported" for x in r.reasons)


def test_api_latin_script_language_without_a_lexicon_is_not_scored_as_safe(det):
    r = det.scan("Vaga de atendimento ao cliente no Camboja, salário alto, passagem e alojamento "
                 "grátis, fale conosco no Telegram.")
    assert (r.status, r.language) == ("unsupported_language", "pt")
    assert r.risk != "low"
    # Unflagged, it is not called legitimate either: its category is unassessed, a value that a
    # caller keeping the rows whose category is "legit" does not keep.
    assert not r.flagged and (r.category, r.category_probability) == ("unassessed", 0.0)


def test_api_threshold_override(det):
    r = det.scan(SCAM_ID, threshold=1.0)
    assert not r.flagged or r.score == 1.0


def test_api_repeated_texts_are_analysed_once_per_chunk(det, monkeypatch):
    import recruitscan.detector as detector

    calls: list[str] = []
    real = detector.analyse
    monkeypatch.setattr(detector, "analyse", lambda t: calls.append(t) or real(t))
    ad = "Loker CS Kamboja gaji 15 juta, tiket gratis"
    long_ad = "Kerja di Kamboja " * 2000  # over MAX_CHARS: "truncated", its cut repeats too
    texts = [ad, "selamat pagi", ad, None, ad, long_ad, long_ad[: detector.MAX_CHARS]]
    results = list(det.scan_many(texts))
    assert len(calls) == 3
    assert results[0] == results[2] == results[4] == det.scan(ad)
    assert results[3].status == "empty"
    assert results[5].status == "truncated" and results[6].status == "ok"
    assert results[5].score == results[6].score


def test_bundled_model_matches_this_code_and_its_lexicons():
    """The shipped model was retrained after the last lexicon or registry change: loading it
    warns about nothing (a stale model would score with features it was not trained on)."""
    import warnings

    from recruitscan.artifacts import ModelVersionWarning

    with warnings.catch_warnings():
        warnings.simplefilter("error", ModelVersionWarning)
        recruitscan.load()


def test_api_a_cut_text_in_an_uncovered_language_says_it_was_cut(det):
    # One status per row: "unsupported_language" wins, and its reason keeps the truncation.
    text = "Требуются операторы колл-центра, высокая зарплата. " * 500
    r = det.scan(text)
    assert r.status == "unsupported_language" and len(text) > det.max_chars
    reason = next(x for x in r.reasons if x.indicator == "language.unsupported")
    assert "only its first 20,000 characters were read" in reason.message
    assert "were read" not in next(x for x in det.scan(text[:1000]).reasons
                                   if x.indicator == "language.unsupported").message


@pytest.mark.parametrize(("score", "p_compound", "flagged", "expected"), [
    (0.9, 0.8, True, ("compound_recruitment", 0.72)),
    (0.9, 0.1, True, ("other_job_scam", 0.81)),
    (0.4, 0.9, True, ("compound_recruitment", 0.36)),  # flagged at a low threshold: a scam kind
    (0.65, 0.9, False, ("compound_recruitment", 0.585)),  # just below the threshold, leaning
    (0.55, 0.5, False, ("legit", 0.45)),  # each scam kind 0.275
    (0.3, None, False, ("legit", 0.7)),
])
def test_category_is_the_most_probable_kind(score, p_compound, flagged, expected) -> None:
    category, p = most_probable_category(score, p_compound, flagged)
    assert category == expected[0] and p == pytest.approx(expected[1])


def test_category_never_contradicts_its_probability(det) -> None:
    # Before, a near-certain scam left unflagged by a high threshold came back "legit" with
    # probability 0.0002, and one just below the default threshold "legit" at 0.34.
    for threshold in (None, 0.99999, 0.01):
        for text in ("Loker CS Kamboja gaji 15jt tiket gratis", "Loker admin Kamboja",
                     "selamat pagi, sampai jumpa besok", "Terima kasih, paketnya sudah sampai"):
            r = det.scan(text, threshold=threshold)
            assert r.category_probability >= 1 / 3 or r.flagged
            assert (r.category != "legit") or not r.flagged


def test_api_settings_are_everything_a_detector_holds_but_its_model_files(tiny_det):
    from recruitscan.detector import Settings

    # Workers that load the model from its path get these: a new attribute left out of
    # Settings would be lost there (Dask, spawned screen_file workers).
    files = {"model", "manifest", "path"}
    assert set(vars(tiny_det)) - files == {f.name for f in dataclasses.fields(Settings)}


def test_api_with_settings_gives_a_copy_that_screens_as_the_original(tiny_det):
    from recruitscan.corrections import Corrections

    det = tiny_det.with_corrections(Corrections(deny_handles=("@recruiter_bob",)))
    det.threshold, det.medium_threshold, det.max_chars = 0.5, 0.45, 20
    copy = recruitscan.load(tiny_det.path).with_settings(det.settings)
    df = pd.DataFrame({"text": ["selamat pagi, hubungi @recruiter_bob", "Hiring CSR in Cambodia",
                                "Loker admin Jakarta gaji UMR, kirim CV ke kantor kami"]})
    pd.testing.assert_frame_equal(copy.screen(df), det.screen(df))
    assert copy.settings == det.settings and copy.model is not det.model
    assert tiny_det.threshold != 0.5 and not tiny_det.corrections  # the original is unchanged
