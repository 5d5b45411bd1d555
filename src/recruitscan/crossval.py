"""Group-aware cross-validation of a training recipe on a labelled source of one's own.

    recruitscan cross-validate --config models/configs/default.toml --data my_ads.csv --report DIR

A model trained with a source (``[data] extra`` in a training config) cannot be measured on
that source's rows: it has seen them. This measures the recipe instead. The source's rows are
cut into folds by group (rows sharing a ``group`` value, or the same text, stay in one fold).
For each fold, a model is trained from the config's data plus the source's other folds, and
scores the rows of the held-out fold. Every row is scored once, by a model that never saw its
group, and decided by that model's own threshold (thresholds are chosen on validation rows
as in training, so they differ a little between folds).

In-fold source rows are split by group into train, calibration and validation in the same
shares as ``train`` splits extra files; those that would land in ``test`` are trained on, since
the held-out fold is the test here. Rows of the config's own data that repeat a source row
are left out of every fold's training, so no source row is scored by a model trained on it.

The same recipe trained without the source scores the same rows, so the report answers the
question an analyst has: does training with my labels help on texts like mine, and by how much?
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from sklearn.model_selection import GroupKFold

from recruitscan.baselines import DetectorModel
from recruitscan.errors import DataError
from recruitscan.evaluate import (
    Scored,
    Source,
    paired_differences,
    score_source,
    slice_rows,
    source_metrics,
    worst_errors,
)
from recruitscan.model import FittedModel, ModelConfig
from recruitscan.train import DEFAULT_CONFIG, AnalysisCache, fit, split_by_group, text_hash

Log = Callable[[str], None]


@dataclass(frozen=True)
class CrossValidated:
    """The fold models of one cross-validation, seen as one model in a report: its
    ``threshold`` is the median of the folds' (each row is decided by its own fold's)."""

    name: str
    fold_thresholds: tuple[float, ...]

    @property
    def threshold(self) -> float:
        return float(np.median(self.fold_thresholds))


@dataclass
class CrossValidation:
    """Out-of-fold scores of a source, and the same rows scored without training on it."""

    source: Source
    folds: int
    out_of_fold: Scored  # frame columns add fold, threshold (the fold model's)
    reference: Scored  # the recipe trained without the source
    metrics: dict[str, dict[str, Any]]  # model name → source_metrics
    comparison: dict[str, Any]  # out-of-fold minus reference, paired bootstrap
    slices: pd.DataFrame
    notes: list[str] = field(default_factory=list)
    fold_models: list[DetectorModel] = field(default_factory=list)  # fold k is fold_models[k - 1]

    @property
    def scored(self) -> list[Scored]:
        return [self.out_of_fold, self.reference]

    @property
    def table(self) -> pd.DataFrame:
        keys = ("n", "positives", "threshold", "precision", "recall", "fpr", "pr_auc", "brier")
        return pd.DataFrame([{"model": name, **{k: m.get(k) for k in keys}}
                             for name, m in self.metrics.items()])

    def worst_errors(self, k: int = 10) -> dict[str, list[dict]]:
        """The out-of-fold false positives with the highest scores and false negatives with the
        lowest, each with the reasons of the fold model that scored it."""
        return worst_errors(self.out_of_fold, k, detector_for=lambda row: self.fold_models[
            int(row["fold"]) - 1].detector)


def training_rows(source: Source, seed: int) -> pd.DataFrame:
    """The source's rows as training data: the columns ``fit`` reads, a group on every row and
    a split (train, calibration or validation) from a hash of the group."""
    df = source.frame
    rows = pd.DataFrame({"text": df["text"].astype(str), "label": df["label"].astype(int),
                         "category": df["category"].astype(str),
                         "language": df["language"].astype(str)}, index=df.index)
    # Without groups, identical texts (after whitespace) are one group: a repost is not news.
    rows["group"] = (df["group"].astype(str) if "group" in df.columns
                     else df["text"].map(text_hash))
    rows["split"] = split_by_group(rows, seed).replace("test", "train")
    return rows


def _detector(model: FittedModel, name: str) -> DetectorModel:
    """A fitted model as the shipped scoring path sees it (weights only, no sklearn)."""
    from recruitscan.detector import Detector
    from recruitscan.linear import LinearModel

    scorer = LinearModel.from_estimators(model.scorer, model.category)
    manifest = {"threshold": model.threshold, "bands": {"medium": model.medium_threshold}}
    return DetectorModel(Detector(scorer, manifest, f"<{name}>"), name)


def cross_validate(source: Source, base: pd.DataFrame, config: ModelConfig = DEFAULT_CONFIG, *,
                   folds: int = 5, seed: int = 0, repeat: int = 1, recipe: str = "recipe",
                   n_boot: int = 1000, log: Log = lambda _m: None) -> CrossValidation:
    """Cross-validate the recipe (``base`` rows, each with a ``split``, and ``config``) on
    ``source`` in ``folds`` group folds; see the module docstring. ``repeat`` > 1 fits each
    in-fold training row of the source that many times (its calibration and validation rows
    once), so that a few hundred rows weigh against thousands of corpus rows."""
    if repeat < 1:
        raise ValueError(f"repeat must be at least 1, got {repeat}")
    t0 = time.perf_counter()

    def say(msg: str) -> None:
        log(f"[{time.perf_counter() - t0:6.1f}s] {msg}")

    rows = training_rows(source, seed)
    n_groups = rows["group"].nunique()
    if folds < 2 or n_groups < folds:
        raise DataError(f"{source.name}: {folds} folds need at least {max(folds, 2)} groups of "
                        f"rows; it has {n_groups}")
    source_hashes = set(rows["text"].map(text_hash))
    repeated = base["text"].astype(str).map(text_hash).isin(source_hashes)
    notes = list(source.notes)
    for n in notes:
        say(f"warning: {n}")
    if repeated.any():
        notes.append(f"{int(repeated.sum())} rows of the recipe's own data repeat a row of "
                     f"{source.name}; no model here was trained on them")
    base = base[~repeated.to_numpy()]

    analyser = AnalysisCache()  # every fit below reads the same texts
    say(f"training the recipe without {source.name} ({len(base)} rows)")
    reference_model, _ = fit(base, config, analyser=analyser)
    reference = score_source(_detector(reference_model, f"{recipe} without {source.name}"),
                             source)

    frame = source.frame.copy()
    frame["fold"] = -1
    for col, value in (("score", np.nan), ("threshold", np.nan), ("predicted_category", "")):
        frame[col] = value
    thresholds, fold_models = [], []
    splitter = GroupKFold(n_splits=folds)
    for k, (fit_idx, held_idx) in enumerate(splitter.split(rows, groups=rows["group"])):
        own = rows.iloc[fit_idx]
        again = [own[own["split"] == "train"]] * (repeat - 1)
        model, _ = fit(pd.concat([base, own, *again], ignore_index=True), config,
                       analyser=analyser)
        held = Source(source.name, source.kind, source.frame.iloc[held_idx])
        fold_models.append(_detector(model, f"fold {k + 1}"))
        sc = score_source(fold_models[-1], held)
        at = frame.index[held_idx]
        frame.loc[at, "fold"] = k + 1
        frame.loc[at, "score"] = sc.frame["score"].to_numpy()
        frame.loc[at, "threshold"] = model.threshold
        frame.loc[at, "predicted_category"] = sc.frame["predicted_category"].to_numpy()
        thresholds.append(model.threshold)
        say(f"fold {k + 1} of {folds}: trained on {len(fit_idx)} of {len(rows)} rows of "
            f"{source.name}, scored {len(held_idx)} (threshold {model.threshold:.3f})")
    frame["flagged"] = frame["score"] >= frame["threshold"]
    oof_model = CrossValidated(f"{recipe} + {source.name} (out-of-fold)", tuple(thresholds))
    out_of_fold = Scored(oof_model, source, frame)

    metrics = {sc.model.name: source_metrics(sc) for sc in (out_of_fold, reference)}
    slices = pd.DataFrame([r for sc in (out_of_fold, reference) for r in slice_rows(sc)])
    return CrossValidation(source, folds, out_of_fold, reference, metrics,
                           compare_scores(out_of_fold, reference, n_boot), slices, notes,
                           fold_models)


def compare_scores(a: Scored, b: Scored, n_boot: int = 1000) -> dict[str, Any]:
    """``a`` minus ``b`` on the same rows (:func:`recruitscan.evaluate.paired_differences`),
    PR-AUC left out where the rows hold one class."""
    diffs = paired_differences(a.frame["label"].to_numpy(), a.frame["score"].to_numpy(),
                               b.frame["score"].to_numpy(), n_boot)
    return {name: d for name, d in diffs.items() if d["verdict"] != "n/a"}


def run(config_path: str | Path, data: str, report: str | Path | None = None, *,
        folds: int = 5, repeat: int = 1, overrides: dict[str, Any] | None = None,
        shared_data: str | Path | None = None, base_dir: str | Path | None = None,
        log: Log = lambda _m: None) -> CrossValidation:
    """Cross-validate a training config (its data, settings and seed, ``overrides`` replacing
    keys of its [model] table) on the source ``data`` (a file, or a name as ``evaluate``
    takes), and write the report folder if ``report`` is given."""
    from recruitscan.evaluate import load_eval_source
    from recruitscan.train import load_training_data, read_config

    data_cfg, config, seed = read_config(Path(config_path), overrides)
    base, _ = load_training_data(data_cfg, seed, Path.cwd() if base_dir is None else Path(base_dir),
                                 log)
    source = load_eval_source(data, shared_data)
    cv = cross_validate(source, base, config, folds=folds, seed=seed, repeat=repeat,
                        recipe=Path(config_path).stem, log=log)
    if report is not None:
        from recruitscan.report import write_cross_validation

        write_cross_validation(cv, Path(report))
    return cv


def out_of_fold_frame(cv: CrossValidation) -> pd.DataFrame:
    """One row per source row, in its order: the out-of-fold verdict beside the reference's."""
    oof, ref = cv.out_of_fold.frame, cv.reference.frame
    keep = [c for c in ("id", "language", "category", "label") if c in oof.columns]
    return oof[keep].assign(
        fold=oof["fold"], score=oof["score"], threshold=oof["threshold"],
        flagged=oof["flagged"], predicted_category=oof["predicted_category"],
        reference_score=ref["score"], reference_flagged=ref["flagged"])


__all__ = ["CrossValidated", "CrossValidation", "compare_scores", "cross_validate",
           "out_of_fold_frame", "run", "training_rows"]
