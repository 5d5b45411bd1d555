"""Reading a calibrated score at another share of scams (recruitscan.prevalence)."""

from __future__ import annotations

import copy
import json

import numpy as np
import pytest

from recruitscan.datasets import load_corpus
from recruitscan.prevalence import at_prevalence


def test_at_the_calibrated_share_a_score_is_unchanged() -> None:
    s = np.array([0.0, 0.01, 0.3, 0.5, 0.8, 0.999, 1.0])
    np.testing.assert_allclose(at_prevalence(s, 0.45, 0.45), s, atol=1e-12)


def test_bayes_rule_by_hand() -> None:
    # Odds 9 at a share of 0.45 (prior odds 9/11): likelihood ratio 11; at 1% (prior odds
    # 1/99) the odds are 11/99 = 1/9, a probability of 0.1.
    assert at_prevalence(0.9, 0.01, 0.45) == pytest.approx(0.1, abs=1e-12)
    # And back: rarer calibration, commoner feed.
    assert at_prevalence(0.1, 0.45, 0.01) == pytest.approx(0.9, abs=1e-12)


def test_monotone_and_bounded() -> None:
    s = np.linspace(0, 1, 1001)
    out = at_prevalence(s, 0.02, 0.5)
    assert np.all(np.diff(out) >= 0)
    assert out[0] == 0.0 and out[-1] == 1.0
    assert np.all(out <= s)  # a rarer prior never makes a score mean more


@pytest.mark.parametrize("bad", [0.0, 1.0, -0.1, 1.5, float("nan"), True, "0.1"])
def test_a_share_outside_zero_and_one_is_refused(bad: object) -> None:
    with pytest.raises(ValueError, match="between 0 and 1"):
        at_prevalence(0.5, bad, 0.5)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="between 0 and 1"):
        at_prevalence(0.5, 0.1, bad)  # type: ignore[arg-type]


def test_training_records_the_share_of_the_rows_it_calibrated_on(tiny_model_dir,
                                                                 tiny_det) -> None:
    from test_linear import TINY

    df = load_corpus(TINY)
    # Cross-fitted calibration (the default): the train and calibration splits, out of fold.
    expected = float(df[df["split"].isin(["train", "calibration"])]["label"].mean())
    manifest = json.loads((tiny_model_dir / "manifest.json").read_text("utf-8"))
    assert manifest["metrics"]["calibration_scam_share"] == pytest.approx(expected)
    assert tiny_det.calibrated_share == pytest.approx(expected)
    assert tiny_det.at_prevalence(0.9, 0.01) == pytest.approx(at_prevalence(0.9, 0.01, expected))


def test_a_model_without_the_share_says_so(tiny_det) -> None:
    old = copy.copy(tiny_det)
    old.manifest = {k: v for k, v in tiny_det.manifest.items() if k != "metrics"}
    assert old.calibrated_share is None
    with pytest.raises(ValueError, match="does not record"):
        old.at_prevalence(0.9, 0.01)


def test_the_model_card_reads_the_threshold_at_one_percent() -> None:
    from pathlib import Path

    from recruitscan import default_model_path

    card = (Path(default_model_path()) / "MODEL_CARD.md").read_text("utf-8")
    manifest = json.loads((Path(default_model_path()) / "manifest.json").read_text("utf-8"))
    share = manifest["metrics"]["calibration_scam_share"]
    expected = at_prevalence(manifest["threshold"], 0.01, share)
    assert f"{manifest['threshold']:.3f} means {expected:.3f}" in card


def test_the_detector_reads_one_score_or_many(tiny_det) -> None:
    many = tiny_det.at_prevalence(np.array([0.2, 0.9]), 0.01)
    assert isinstance(many, np.ndarray) and many.shape == (2,)
    assert many[1] == pytest.approx(tiny_det.at_prevalence(0.9, 0.01))
    assert isinstance(tiny_det.at_prevalence(0.9, 0.01), float)
    np.testing.assert_allclose(tiny_det.at_prevalence([0.2, 0.9], 0.01), many)


@pytest.mark.parametrize("share", [np.float32(0.01), np.array(0.01), 0.01])
def test_any_real_number_is_a_share(share: object) -> None:
    assert at_prevalence(0.9, share, 0.45) == pytest.approx(0.1, abs=1e-6)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [float("nan"), 80.0, -0.2, True, "0.5", [0.5, float("nan")],
                                 None])
def test_a_score_that_is_no_probability_is_refused(bad: object) -> None:
    with pytest.raises(ValueError, match="probability"):
        at_prevalence(bad, 0.01, 0.45)  # type: ignore[arg-type]


def test_a_tiny_score_gives_zero_without_a_warning() -> None:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert at_prevalence(1e-320, 0.01, 0.5) == pytest.approx(0.0)


def test_detector_screen_adds_the_score_at_a_prevalence(tiny_det) -> None:
    import pandas as pd

    from recruitscan.errors import InputError

    df = pd.DataFrame({"text": ["Loker CS Kamboja gaji 15jt, tiket gratis", "rapat jam 9", None]})
    out = tiny_det.screen(df, prevalence=0.01)
    cols = list(out.columns)
    assert cols[cols.index("score") + 1] == "score_at_prevalence"
    np.testing.assert_allclose(out["score_at_prevalence"],
                               tiny_det.at_prevalence(out["score"].to_numpy(), 0.01), atol=2e-6)
    assert "score_at_prevalence" not in tiny_det.screen(df).columns
    with pytest.raises(InputError, match="prevalence"):
        tiny_det.screen(df, prevalence=0.0)
