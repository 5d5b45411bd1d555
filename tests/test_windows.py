"""Windowed scoring: a lure inside a long text is scored where it is, not diluted by the rest."""

from __future__ import annotations

import dataclasses
import io
import zipfile
from pathlib import Path

import numpy as np
import pytest
from sklearn.utils.estimator_checks import parametrize_with_checks

from recruitscan.analysis import analyse
from recruitscan.datasets import load_corpus
from recruitscan.errors import ModelError
from recruitscan.explain import model_reasons
from recruitscan.linear import LinearModel
from recruitscan.model import ModelConfig, WindowMax, build_pipeline
from recruitscan.train import fit
from recruitscan.windows import hits_in_window, window_spans

TINY = Path(__file__).resolve().parent / "data" / "tiny.jsonl"
WINDOW = 120

ORDINARY = ("The library opens at nine on weekdays and at ten on Saturdays. Members can borrow "
            "up to six books for three weeks and renew them online. ") * 6
LURE = ("Loker CS Kamboja gaji 15 juta, tiket pesawat gratis, visa turis diurus agen, "
        "berangkat minggu ini, hubungi t.me/hrd_kamboja")


def _fitted(calibration: str) -> tuple:
    return fit(load_corpus(TINY), ModelConfig(n_features=2**12, max_iter=500,
                                              window_chars=WINDOW, calibration=calibration))


def _linear(fitted: tuple) -> tuple[LinearModel, LinearModel, dict]:
    """The tiny corpus's model with windows, the same weights without, and the estimators."""
    model, _ = fitted
    objects = {"scorer": model.scorer, "category": model.category}
    linear = LinearModel.from_bytes(LinearModel.from_estimators(**objects).to_bytes())
    return linear, dataclasses.replace(linear, window_chars=0), objects


@pytest.fixture(scope="module")
def fitted_windowed() -> tuple:
    # The tests of what windows do were written against this tiny model's weights (fitted on
    # the train split alone): trained on the calibration split as well, it scores this LURE
    # about as high with the library text before it as without, so no window beats the text.
    return _fitted("split")


@pytest.fixture(scope="module")
def windowed(fitted_windowed: tuple) -> tuple[LinearModel, LinearModel, dict]:
    return _linear(fitted_windowed)


@pytest.fixture(scope="module")
def fitted_cross_fitted_windowed() -> tuple:
    return _fitted("cross_fitted")


@pytest.fixture(scope="module")
def cross_fitted_windowed(fitted_cross_fitted_windowed: tuple
                          ) -> tuple[LinearModel, LinearModel, dict]:
    return _linear(fitted_cross_fitted_windowed)


# --- spans ------------------------------------------------------------------------------------

def test_short_texts_have_no_windows() -> None:
    assert window_spans("a b c " * 10, 100) == []
    assert window_spans("x" * 150, 100) == []  # up to one and a half windows
    assert window_spans("x" * 10_000, 0) == []


@pytest.mark.parametrize("text", [ORDINARY + LURE, "กัมพูชา" * 300, "word " * 997 + "end"])
def test_windows_cover_the_text_overlapping(text: str) -> None:
    spans = window_spans(text, 200)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    for (s1, e1), (s2, e2) in zip(spans, spans[1:], strict=False):
        assert s1 < s2 < e1 < e2  # each starts inside the one before and ends after it
    for s, e in spans:
        assert 200 - 48 <= e - s <= 200 + 48 or e == len(text)
        # Cut at a space where one is near; texts without spaces are cut where they fall.
        assert s == 0 or text[s - 1].isspace() or " " not in text


def test_window_hits_are_the_hits_inside() -> None:
    a = analyse(ORDINARY + LURE)
    window = window_spans(a.folded, WINDOW)[-1]
    inside = hits_in_window(a, window)
    o_start, o_end = a.normalised.to_original(*window)
    assert inside and set(inside) < set(a.hits) or not a.hits
    assert all(o_start <= h.start and h.end <= o_end for h in inside)
    assert hits_in_window(a, None) == a.hits


# --- scores -----------------------------------------------------------------------------------

@pytest.mark.parametrize("model", ["windowed", "cross_fitted_windowed"])
def test_saved_weights_match_the_windowed_estimators(model: str,
                                                     request: pytest.FixtureRequest) -> None:
    linear, _, objects = request.getfixturevalue(model)
    texts = [*load_corpus(TINY)["text"].tolist(), ORDINARY + LURE, LURE + ORDINARY,
             ORDINARY, "กัมพูชา เงินเดือนดี " * 40]
    analyses = [analyse(t) for t in texts]
    assert sum(bool(window_spans(a.folded, WINDOW)) for a in analyses) > 20  # windows are used
    expected = objects["scorer"].predict_proba(analyses)[:, 1]
    got = np.array([s.score for s in linear.score_batch(analyses, contributions=True)])
    np.testing.assert_allclose(got, expected, rtol=0, atol=1e-12)
    assert linear.window_chars == WINDOW


def test_a_lure_behind_ordinary_text_scores_as_high_as_its_window(windowed: tuple) -> None:
    linear, whole, _ = windowed
    padded = analyse(ORDINARY + LURE)
    with_windows, without = linear.score(padded), whole.score(padded)
    assert with_windows.window is not None
    assert with_windows.score > without.score
    # A window's log-odds never lowers a text's: the whole text is one of the candidates.
    for text in load_corpus(TINY)["text"]:
        a = analyse(text)
        assert linear.score(a).score >= whole.score(a).score - 1e-12


def test_reasons_come_from_the_window_that_gave_the_score(windowed: tuple) -> None:
    linear, _, _ = windowed
    text = "Kamboja. " + ORDINARY + LURE  # an indicator hit outside the winning window
    a = analyse(text)
    scored = linear.score(a, contributions=True)
    assert scored.window is not None
    o_start, o_end = a.normalised.to_original(*scored.window)
    reasons = model_reasons(a, scored)
    assert reasons
    for r in reasons:
        assert o_start <= r.start and r.end <= o_end, r
        assert text[r.start:r.end] == r.evidence
    assert any(h.start < o_start for h in a.hits)  # there was a hit to leave out


def test_a_model_saved_without_windows_scores_whole_texts(windowed: tuple) -> None:
    linear, _, _ = windowed
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(linear.to_bytes())) as old, \
            zipfile.ZipFile(buf, "w") as new:
        for info in old.infolist():
            if info.filename != "window_chars.npy":
                new.writestr(info, old.read(info))
    assert LinearModel.from_bytes(buf.getvalue()).window_chars == 0

    negative = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(linear.to_bytes())) as old, \
            zipfile.ZipFile(negative, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == "window_chars.npy":
                member = io.BytesIO()
                np.lib.format.write_array(member, np.int64(-1))
                data = member.getvalue()
            new.writestr(info, data)
    with pytest.raises(ModelError, match="window"):
        LinearModel.from_bytes(negative.getvalue())


@pytest.mark.parametrize("which", ["windowed", "cross_fitted_windowed"])
def test_a_windowed_model_saves_and_loads(which: str, request: pytest.FixtureRequest,
                                          tmp_path: Path) -> None:
    """The model file (checked against its trusted types on load) and the weights agree."""
    import recruitscan
    from recruitscan.artifacts import load_model
    from recruitscan.train import save

    model, metrics = request.getfixturevalue(f"fitted_{which}")
    windowed = request.getfixturevalue(which)
    out = save(model, tmp_path / "windowed", metrics,
               [{"path": "tests/data/tiny.jsonl", "sha256": "-", "rows": 0}])
    objects = load_model(out).objects
    texts = [ORDINARY + LURE, LURE]
    expected = objects["scorer"].predict_proba([analyse(t) for t in texts])[:, 1]
    got = [r.score for r in recruitscan.load(out).scan_many(texts)]
    np.testing.assert_allclose(got, expected, rtol=0, atol=1e-12)
    assert got[0] == pytest.approx(windowed[0].score(analyse(texts[0])).score, abs=1e-12)


# --- the scikit-learn contract ----------------------------------------------------------------

EXPECTED_FAILED = {
    "check_fit1d": "1-D input is the native format: one text per element",
    "check_fit2d_predict1d": "1-D input is the native format: texts are valid after any fit",
    "check_classifiers_train": "the check's numeric blobs are read as text (their digits' "
                               "n-grams and tokens): with float32 blobs it misses the check's "
                               "0.83 accuracy (float64 ones pass)",
}


@parametrize_with_checks([WindowMax(build_pipeline(ModelConfig(n_features=2**8, max_iter=300)),
                                    window_chars=20)],
                         expected_failed_checks=lambda _e: EXPECTED_FAILED)
def test_sklearn_compatible(estimator, check) -> None:
    check(estimator)


def test_the_model_card_says_how_long_texts_are_scored() -> None:
    import json

    from recruitscan import default_model_path
    from recruitscan.card import model_card

    manifest = json.loads((Path(default_model_path()) / "manifest.json").read_text("utf-8"))
    manifest["config"]["window_chars"] = 0
    whole = model_card(manifest)
    manifest["config"]["window_chars"] = 500
    windowed = model_card(manifest)
    assert "under-flag a lure inside a long post" in whole and "window by window" not in whole
    assert "window by window" in windowed and "windows of about 500 characters" in windowed
