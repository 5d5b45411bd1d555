"""How the score model is fitted and calibrated: on the train split and calibrated on the
calibration split ("split"), or on both with the sigmoid fitted on their out-of-fold decisions
in group-aware folds ("cross_fitted", the default)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from sklearn.calibration import _SigmoidCalibration
from sklearn.model_selection import cross_val_predict
from sklearn.utils.estimator_checks import parametrize_with_checks
from test_windows import EXPECTED_FAILED  # the same three checks, for the same reasons

from recruitscan.analysis import analyse
from recruitscan.baselines import Splits, TfidfBaseline
from recruitscan.datasets import load_corpus
from recruitscan.model import (
    CALIBRATION_FOLDS,
    ModelConfig,
    RecipeClassifier,
    Rows,
    fit_calibrated,
    group_folds,
    scoring_pipeline,
)
from recruitscan.train import fit, text_hash

TINY = Path(__file__).resolve().parent / "data" / "tiny.jsonl"
CONFIG = ModelConfig(n_features=2**12, max_iter=500)


def _rows(df, split: str) -> Rows:
    part = df[df["split"] == split]
    return Rows([analyse(t) for t in part["text"]], part["label"].to_numpy(),
                part["category"].tolist(), part["group"].astype(str).tolist())


@pytest.fixture(scope="module")
def tiny():
    return load_corpus(TINY)


def test_group_folds_keep_each_group_on_one_side() -> None:
    groups = [f"g{i % 13}" for i in range(60)]
    folds = group_folds(groups)
    assert len(folds) == CALIBRATION_FOLDS
    held = np.concatenate([h for _, h in folds])
    assert sorted(held) == list(range(60))  # every row is held out once
    for fit_idx, held_idx in folds:
        assert not {groups[i] for i in fit_idx} & {groups[i] for i in held_idx}


def test_group_folds_need_as_many_groups_as_folds() -> None:
    with pytest.raises(ValueError, match="at least 5 groups"):
        group_folds(["a", "b", "a", "c", "d"])


def test_an_unknown_calibration_is_refused() -> None:
    with pytest.raises(ValueError, match="calibration must be one of 'cross_fitted', 'split'"):
        ModelConfig(calibration="isotonic")


def test_cross_fitted_sigmoid_is_fitted_on_out_of_fold_decisions(tiny) -> None:
    train, calibration = _rows(tiny, "train"), _rows(tiny, "calibration")
    scorer = fit_calibrated(RecipeClassifier(CONFIG), train, calibration, "cross_fitted",
                            categories="categories")
    rows = train + calibration
    # The same folds, fitted by hand: every decision from a model that never saw its group.
    oof = cross_val_predict(RecipeClassifier(CONFIG), rows.X, rows.y, cv=group_folds(rows.groups),
                            method="decision_function",
                            params={"categories": np.asarray(rows.categories, dtype=object)})
    expected = _SigmoidCalibration().fit(oof, rows.y)
    got = scorer.calibrated_classifiers_[0].calibrators[0]
    assert (got.a_, got.b_) == pytest.approx((expected.a_, expected.b_), rel=1e-9)
    # Not what the final model's own, in-sample decisions would give: those are surer.
    final = scorer.calibrated_classifiers_[0].estimator
    in_sample = _SigmoidCalibration().fit(final.decision_function(rows.X), rows.y)
    assert abs(in_sample.a_) < abs(got.a_) * 0.9 or abs(in_sample.a_) > abs(got.a_) * 1.1


def test_cross_fitted_model_learns_from_the_calibration_split(tiny) -> None:
    train, calibration = _rows(tiny, "train"), _rows(tiny, "calibration")
    scorer = fit_calibrated(RecipeClassifier(CONFIG), train, calibration, "cross_fitted",
                            categories="categories")
    both = train + calibration
    alone = RecipeClassifier(CONFIG).fit(both.X, both.y, categories=both.categories)
    np.testing.assert_array_equal(scoring_pipeline(scorer)[0].named_steps["clf"].coef_,
                                  alone.scoring_.named_steps["clf"].coef_)
    split = fit_calibrated(RecipeClassifier(CONFIG), train, calibration, "split",
                           categories="categories")
    on_train = RecipeClassifier(CONFIG).fit(train.X, train.y, categories=train.categories)
    np.testing.assert_array_equal(scoring_pipeline(split)[0].named_steps["clf"].coef_,
                                  on_train.scoring_.named_steps["clf"].coef_)


@pytest.mark.parametrize("calibration", ["split", "cross_fitted"])
def test_training_lists_the_rows_each_way_learns_from(tiny, calibration: str) -> None:
    config = ModelConfig(n_features=2**12, max_iter=500, calibration=calibration)
    model, metrics = fit(tiny, config)
    learnt = ["train", "calibration"] if calibration == "cross_fitted" else ["train"]
    assert sorted(model.extra["train_texts"]) == sorted(
        tiny.loc[tiny["split"].isin(learnt), "text"].tolist())
    calibrated_on = learnt if calibration == "cross_fitted" else ["calibration"]
    assert metrics["calibration_scam_share"] == pytest.approx(
        tiny.loc[tiny["split"].isin(calibrated_on), "label"].mean())
    scores = model.scorer.predict_proba([analyse(t) for t in tiny["text"]])[:, 1]
    assert ((scores >= 0) & (scores <= 1)).all()


@pytest.mark.parametrize("calibration", ["split", "cross_fitted"])
def test_the_tfidf_baseline_learns_from_the_same_rows_as_the_model(tiny, calibration) -> None:
    config = ModelConfig(calibration=calibration)
    baseline = TfidfBaseline().fit(Splits.from_corpus(tiny), config)
    learnt = ["train", "calibration"] if calibration == "cross_fitted" else ["train"]
    assert baseline.train_hashes == {text_hash(t) for t in
                                     tiny.loc[tiny["split"].isin(learnt), "text"]}


@parametrize_with_checks([RecipeClassifier(ModelConfig(n_features=2**8, max_iter=300))],
                         expected_failed_checks=lambda _e: EXPECTED_FAILED)
def test_sklearn_compatible(estimator, check) -> None:
    check(estimator)


def test_fit_signed_reuses_its_features_and_fits_as_a_whole_refit_would(tiny) -> None:
    """Each round drops the newly muted indicators' columns from the first round's matrix
    instead of recomputing it: the fit must be the one a whole refit with that muted set gives,
    to the last bit."""
    from recruitscan.model import build_pipeline, fit_signed

    X, y = [analyse(t) for t in tiny["text"]], tiny["label"].to_numpy()
    fast = fit_signed(build_pipeline(CONFIG), X, y)
    muted = fast.named_steps["features"].muted
    assert len(muted) >= 2  # rounds after the first happened
    whole = build_pipeline(CONFIG).set_params(features__muted=muted).fit(X, y)
    np.testing.assert_array_equal(fast.named_steps["clf"].coef_, whole.named_steps["clf"].coef_)
    np.testing.assert_array_equal(fast.named_steps["features"].transform(X).toarray(),
                                  whole.named_steps["features"].transform(X).toarray())
