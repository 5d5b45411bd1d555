"""models/configs/cv_by_language.py: its options and its disclaimer report."""

from __future__ import annotations

from pathlib import Path

from recruitscan.train import read_config

CONFIGS = Path(__file__).resolve().parents[1] / "models" / "configs"



def test_without_options_it_cross_validates_the_shipped_configuration(config_script) -> None:
    module = config_script("cv_by_language")
    shipped = read_config(CONFIGS / "default.toml")[1]
    assert module.config_of(module.parser().parse_args([])) == shipped


def test_disclaimed_recall_leaves_out_the_scams_that_got_no_line(capsys, config_script) -> None:  # noqa: ANN001
    import numpy as np
    import pandas as pd

    module = config_script("cv_by_language")
    frame = pd.DataFrame({"category": ["compound_recruitment"] * 3 + ["other_job_scam", "legit_job"]})
    scores = np.array([0.9, 0.9, 0.2, 0.9, 0.1])
    with_lines = np.array([0.8, 0.3, np.nan, 0.9, np.nan])  # the third scam's fold lent no line
    module.report_disclaimed(frame, scores, with_lines, 0.5, "their own fold's")
    out = capsys.readouterr().out
    assert "compound recall 0.500 (as they are 1.000; 2 scams)" in out
    module.report_disclaimed(frame, scores, np.full(5, np.nan), 0.5, "the validation split's")
    assert "none, the validation split's legitimate ads have no line to lend" in \
        capsys.readouterr().out


def test_fit_share_fits_each_fold_on_whole_groups_only(config_script, monkeypatch) -> None:  # noqa: ANN001
    from recruitscan.analysis import analyse
    from recruitscan.datasets import load_corpus

    module = config_script("cv_by_language")
    tiny = load_corpus(Path(__file__).resolve().parent / "data" / "tiny.jsonl")
    train = tiny.reset_index(drop=True)
    fitted_groups: list[set[str]] = []
    real_fitted = module.fitted

    def spy(config, X, y, categories):  # noqa: ANN001, ANN202
        fitted_groups.append({g for a in X for g in train.loc[train["text"] == a.original, "group"]})
        return real_fitted(config, X, y, categories)

    monkeypatch.setitem(module.out_of_fold.__globals__, "fitted", spy)
    config = module.config_of(module.parser().parse_args(["--n-features", "4096"]))
    analyses = [analyse(t) for t in train["text"]]
    y = train["label"].to_numpy()
    module.out_of_fold(config, train, analyses, y, fit_share=0.5)
    assert len(fitted_groups) == 5
    for k, (fit_idx, _) in enumerate(module.GroupKFold(n_splits=5).split(
            analyses, y, groups=train["group"])):
        available = set(train["group"].to_numpy()[fit_idx])
        assert fitted_groups[k] <= available
        assert len(fitted_groups[k]) == round(0.5 * len(available))


def test_paired_scores_compares_the_rows_outside_the_batch(config_script) -> None:  # noqa: ANN001
    import numpy as np
    import pandas as pd
    import pytest
    from sklearn.metrics import average_precision_score

    module = config_script("paired_scores")
    rng = np.random.default_rng(0)
    y = np.array([1, 0] * 40)
    first = pd.DataFrame({"id": [f"r{i}" for i in range(80)], "label": y,
                          "generator": ["handwritten:batch.jsonl"] * 10 + ["template"] * 70,
                          "score": np.clip(0.3 * y + rng.uniform(0, 0.7, 80), 0, 1)})
    second = first.assign(score=np.clip(first["score"] + 0.2 * y - 0.1, 0, 1))
    second.loc[:9, "score"] = 1.0 - second.loc[:9, "score"]  # the batch's rows: left out
    r = module.compare(first, second, "handwritten:batch", n_boot=200)
    rest = slice(10, None)
    assert (r["rows"], r["scams"]) == (70, 35)
    expected = (average_precision_score(y[rest], second["score"][rest])
                - average_precision_score(y[rest], first["score"][rest]))
    diff, lo, hi = r["pr_auc_diff"]
    assert diff == pytest.approx(expected) and lo <= diff <= hi
    brier = np.mean((second["score"][rest] - y[rest]) ** 2) - np.mean(
        (first["score"][rest] - y[rest]) ** 2)
    assert r["brier_diff"][0] == pytest.approx(brier) and brier < 0
    with pytest.raises(ValueError, match="same rows"):
        module.compare(first, second.iloc[::-1].reset_index(drop=True))
