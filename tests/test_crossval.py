"""Cross-validation of a training recipe on one's own labelled rows (recruitscan.crossval).

The "own" rows here are synthetic: a sample of the project corpus's test split (project-written
texts), standing in for an analyst's labelled ads.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from click.testing import CliRunner

from recruitscan.cli import main
from recruitscan.crossval import cross_validate, training_rows
from recruitscan.datasets import load_corpus
from recruitscan.errors import DataError
from recruitscan.evaluate import Source, load_eval_source
from recruitscan.metrics import binary_metrics, breakdown
from recruitscan.model import ModelConfig
from recruitscan.train import text_hash

ROOT = Path(__file__).resolve().parents[1]
TINY = ROOT / "tests" / "data" / "tiny.jsonl"
SMALL = ModelConfig(n_features=2**12, max_iter=500)


@pytest.fixture(scope="module")
def own(tmp_path_factory) -> Path:
    """60 synthetic corpus rows (en and id) that the tiny set does not hold, as a CSV."""
    tiny = set(load_corpus(TINY)["id"])
    df = load_corpus(ROOT / "datasets" / "recruitscan-corpus")
    df = df[(df["split"] == "test") & ~df["id"].isin(tiny) & df["language"].isin(["en", "id"])]
    sample = pd.concat([df[df["label"] == 1].sample(25, random_state=0),
                        df[df["label"] == 0].sample(35, random_state=0)]).sample(frac=1,
                                                                                 random_state=1)
    path = tmp_path_factory.mktemp("own") / "own.csv"
    sample[["id", "text", "label", "category", "language", "group"]].to_csv(path, index=False)
    return path


@pytest.fixture(scope="module")
def cv(own):
    return cross_validate(load_eval_source(str(own)), load_corpus(TINY), SMALL, folds=3, seed=1,
                          n_boot=100)


def test_every_row_comes_back_once_in_order(cv, own) -> None:
    src = pd.read_csv(own, dtype={"id": str})
    frame = cv.out_of_fold.frame
    assert frame["id"].tolist() == src["id"].tolist()
    assert cv.reference.frame["id"].tolist() == src["id"].tolist()
    assert frame["score"].between(0, 1).all() and frame["score"].notna().all()
    assert sorted(frame["fold"].unique()) == [1, 2, 3]


def test_a_group_never_spans_two_folds(cv) -> None:
    frame = cv.out_of_fold.frame
    assert (frame.groupby("group")["fold"].nunique() == 1).all()


def test_each_row_is_decided_by_its_own_fold_threshold(cv) -> None:
    frame = cv.out_of_fold.frame
    assert frame.groupby("fold")["threshold"].nunique().eq(1).all()
    assert (frame["flagged"] == (frame["score"] >= frame["threshold"])).all()
    m = cv.metrics[cv.out_of_fold.model.name]
    assert m["tp"] == int((frame["flagged"] & (frame["label"] == 1)).sum())
    assert m["fp"] == int((frame["flagged"] & (frame["label"] == 0)).sum())


def test_held_out_rows_are_never_training_rows(own) -> None:
    """Rows of the recipe's data that repeat a source row are left out of every fit: with the
    whole source copied into the base data, the out-of-fold scores are the same as without."""
    source = load_eval_source(str(own))
    base = load_corpus(TINY)
    copied = training_rows(source, seed=1).assign(split="train")
    plain = cross_validate(source, base, SMALL, folds=3, seed=1, n_boot=10)
    leaky = cross_validate(source, pd.concat([base, copied], ignore_index=True), SMALL,
                           folds=3, seed=1, n_boot=10)
    assert leaky.notes and "60 rows" in leaky.notes[0]
    np.testing.assert_allclose(leaky.out_of_fold.frame["score"], plain.out_of_fold.frame["score"])


def test_training_rows_keep_groups_and_never_the_test_split(own) -> None:
    source = load_eval_source(str(own))
    rows = training_rows(source, seed=1)
    assert set(rows["split"]) <= {"train", "calibration", "validation"}
    assert (rows.groupby("group")["split"].nunique() == 1).all()
    ungrouped = Source("x", "file", source.frame.drop(columns="group"))
    assert training_rows(ungrouped, seed=1)["group"].tolist() == [
        text_hash(t) for t in source.frame["text"]]


def test_too_few_groups_is_a_clear_error(own) -> None:
    source = load_eval_source(str(own))
    two = Source("two", "file", source.frame.head(4).assign(group=["a", "a", "b", "b"]))
    with pytest.raises(DataError, match="3 folds need at least 3 groups"):
        cross_validate(two, load_corpus(TINY), SMALL, folds=3)


def test_per_row_thresholds_in_metrics() -> None:
    y = np.array([1, 1, 0, 0])
    s = np.array([0.6, 0.4, 0.5, 0.2])
    m = binary_metrics(y, s, np.array([0.5, 0.3, 0.6, 0.1]))
    assert (m["tp"], m["fp"], m["tn"]) == (2, 1, 1)
    df = pd.DataFrame({"label": y, "score": s, "threshold": [0.5, 0.3, 0.6, 0.1],
                       "g": ["a", "a", "b", "b"]})
    per = breakdown(df, "g", 0.99)  # the column wins over the single value
    assert per["a"]["tp"] == 2 and per["b"]["fp"] == 1


def test_cli_writes_the_report(own, tmp_path) -> None:
    config = tmp_path / "tiny.toml"
    config.write_text(f'[data]\ncorpus = "{TINY.as_posix()}"\n[model]\nseed = 1\n'
                      "n_features = 4096\nmax_iter = 500\n", encoding="utf-8")
    out = tmp_path / "report"
    res = CliRunner().invoke(main, ["cross-validate", "--config", str(config), "--data", str(own),
                                    "--report", str(out), "--folds", "3"])
    assert res.exit_code == 0, res.output
    assert "(out-of-fold)" in res.output
    oof = pd.read_csv(out / "out_of_fold.csv", dtype={"id": str})
    assert len(oof) == 60 and oof["fold"].between(1, 3).all()
    metrics = json.loads((out / "metrics.json").read_text(encoding="utf-8"))
    assert len(metrics["fold_thresholds"]) == 3 and len(metrics["results"]) == 2
    text = (out / "report.md").read_text(encoding="utf-8")
    assert "Training with the source, against training without it" in text
    assert "## Worst errors out of fold" in text and "worst_errors" in metrics
    assert all((out / p).is_file() for p in ("pr_own.png", "scores_own.png"))


def test_cli_rejects_one_fold(own, tmp_path) -> None:
    res = CliRunner().invoke(main, ["cross-validate", "--config", str(ROOT / "models" / "configs"
                                                                       / "default.toml"),
                                    "--data", str(own), "--report", str(tmp_path), "--folds", "1"])
    assert res.exit_code == 2


def test_repeat_weighs_the_source_training_rows(own, cv) -> None:
    source = load_eval_source(str(own))
    heavier = cross_validate(source, load_corpus(TINY), SMALL, folds=3, seed=1, repeat=4,
                             n_boot=10)
    assert heavier.out_of_fold.frame["fold"].tolist() == cv.out_of_fold.frame["fold"].tolist()
    assert not np.allclose(heavier.out_of_fold.frame["score"], cv.out_of_fold.frame["score"])
    with pytest.raises(ValueError, match="repeat must be at least 1"):
        cross_validate(source, load_corpus(TINY), SMALL, folds=3, repeat=0)


def test_source_from_a_frame() -> None:
    df = pd.DataFrame({"text": ["a", "b"], "label": [1, 0]})
    s = Source.from_frame("mine", df)
    assert s.kind == "file" and s.frame["id"].tolist() == ["mine-0", "mine-1"]
    with pytest.raises(DataError, match="lacks column"):
        Source.from_frame("bad", df.drop(columns="label"))



def test_a_threshold_column_of_the_source_is_not_read_as_the_model_s(tiny_det) -> None:
    from recruitscan.baselines import DetectorModel
    from recruitscan.evaluate import score_source, source_metrics

    df = pd.DataFrame({"text": ["Loker CS Kamboja gaji 15jt tiket gratis", "selamat pagi"],
                       "label": [1, 0], "threshold": [0.0, 0.0]})
    sc = score_source(DetectorModel(tiny_det, "tiny"), Source.from_frame("mine", df))
    assert (sc.frame["threshold"] == tiny_det.threshold).all()
    m = source_metrics(sc)
    assert m["tp"] + m["fn"] == 1 and m["fp"] == int(sc.frame["score"][1] >= tiny_det.threshold)


def test_worst_errors_come_with_the_reasons_of_the_fold_model_that_scored_them(cv) -> None:
    errors = cv.worst_errors(k=3)
    listed = errors["false_positives"] + errors["false_negatives"]
    assert listed  # the tiny recipe makes mistakes on these rows
    frame = cv.out_of_fold.frame.set_index("id")
    for e in listed:
        row = frame.loc[e["id"]]
        own = cv.fold_models[int(row["fold"]) - 1].detector.scan(row["text"])
        assert own.score == pytest.approx(e["score"])
        assert [r["indicator"] for r in e["reasons"]] == [r.indicator for r in own.reasons[:6]]


def test_rows_without_a_category_are_the_same_in_training_and_cross_validation(tmp_path) -> None:
    """A scam whose file names no kind is "scam" (and legitimate text "legit") whether
    `train` or `cross-validate` reads it, so both fit the same category model; a blank category
    is filled the same way and a given one is kept."""
    from recruitscan.train import _ensure_columns

    path = tmp_path / "labels.csv"
    path.write_text("id,text,label,category\na,gaji 15jt kamboja,1,\nb,halo,0,\n"
                    "c,loker CS myawaddy,1,compound_recruitment\n", encoding="utf-8")
    no_column = tmp_path / "no_column.csv"
    no_column.write_text("id,text,label\na,gaji 15jt kamboja,1\nb,halo,0\n", encoding="utf-8")
    for p, expected in ((path, ["scam", "legit", "compound_recruitment"]),
                        (no_column, ["scam", "legit"])):
        source = load_eval_source(str(p))
        assert training_rows(source, seed=0)["category"].tolist() == expected
        trained = _ensure_columns(pd.read_csv(p), seed=0)
        assert trained["category"].tolist() == expected


def test_analysis_cache_analyses_each_text_once() -> None:
    from recruitscan.analysis import analyse
    from recruitscan.train import AnalysisCache

    cache = AnalysisCache()
    first = cache("Loker CS Kamboja, gaji 15jt, tiket gratis")
    assert cache("Loker CS Kamboja, gaji 15jt, tiket gratis") is first
    assert first == analyse("Loker CS Kamboja, gaji 15jt, tiket gratis")
    assert cache("halo") is not first


def test_categories_of_any_column_type_are_filled_as_text() -> None:
    """A categorical column (from Parquet), an all-blank one (read as float NaN) and blank
    strings all get the unspecified kind of their label; given names are kept, trimmed."""
    from recruitscan.datasets import filled_categories

    labels = [1, 0, 1]
    cases = [pd.Series(["compound_recruitment", None, None], dtype="category"),
             pd.Series([np.nan, np.nan, np.nan]),
             pd.Series(["  ", "legit_job ", ""])]
    expected = [["compound_recruitment", "legit", "scam"], ["scam", "legit", "scam"],
                ["scam", "legit_job", "scam"]]
    for column, want in zip(cases, expected, strict=True):
        got = filled_categories(pd.DataFrame({"label": labels, "category": column}))
        assert got.tolist() == want


def test_rows_without_a_text_are_left_out_with_a_note(own, tmp_path) -> None:
    df = pd.read_csv(own)
    blank = pd.DataFrame({"id": ["blank-1", "blank-2"], "text": [None, " "], "label": [1, 0],
                          "group": ["blank-1", "blank-2"]})
    path = tmp_path / "own_with_blanks.csv"
    pd.concat([df, blank]).to_csv(path, index=False)
    cv = cross_validate(load_eval_source(str(path)), load_corpus(TINY), SMALL, folds=2, seed=1,
                        n_boot=10)
    assert cv.out_of_fold.frame["id"].tolist() == df["id"].tolist()
    assert cv.notes[0] == ("own_with_blanks: left out 2 row(s) with a blank or missing text "
                           "(id blank-1, blank-2)")
