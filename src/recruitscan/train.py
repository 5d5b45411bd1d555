"""Training a recruitscan model directory from a readable config file.

    recruitscan train --config models/configs/default.toml --out models/my-model
    python -m recruitscan.train --config ... --out ...

The run is deterministic (fixed seed, group-aware splits), prints its progress and duration,
and writes the estimators, a manifest (versions, registry version, labels, threshold, data
hashes, metrics) and a model card.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
import tomllib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, fields
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from recruitscan.analysis import Analysis, analyse
from recruitscan.artifacts import save_model, sha256_file
from recruitscan.corrections import FILE as CORRECTIONS_FILE
from recruitscan.corrections import Corrections
from recruitscan.datasets import (
    SPLITS,
    binary_labels,
    blank_texts,
    filled_categories,
    find_corpus,
    load_corpus,
    load_source,
    without_blank_texts,
)
from recruitscan.errors import DataError
from recruitscan.linear import SCORER_FILE, LinearModel
from recruitscan.metrics import binary_metrics, breakdown, compound_by_language
from recruitscan.model import (
    CALIBRATION_FOLDS,
    FittedModel,
    ModelConfig,
    Rows,
    fit_model,
    learnt_splits,
    splits_phrase,
)
from recruitscan.types import SCAM_KINDS

LABELS = ("legit", *SCAM_KINDS)
TRAIN_ROWS_FILE = "train_rows.txt"
DEFAULT_CONFIG = ModelConfig()
# What a training config may hold; anything else is a typo that would otherwise train the
# defaults without a word.
CONFIG_TABLES = ("data", "model", "corrections")
DATA_KEYS = ("corpus", "extra")
MAX_SEED = 2**32 - 1  # numpy.random.seed takes no more


def text_hash(text: str) -> str:
    """SHA-256 of the whitespace-normalised text: how training rows are recognised later."""
    return hashlib.sha256(" ".join(str(text).split()).encode("utf-8")).hexdigest()


def train_rows_text(texts: Iterable[str]) -> str:
    """The content of ``train_rows.txt``: one hash per line, sorted and unique."""
    return "".join(f"{h}\n" for h in sorted({text_hash(t) for t in texts}))


def split_by_group(df: pd.DataFrame, seed: int,
                   shares: Sequence[float] = (0.6, 0.1, 0.1, 0.2)) -> pd.Series:
    """Assign rows without a split to train/calibration/validation/test by a hash of their group."""
    group = df["group"] if "group" in df.columns else df.get("id", pd.Series(df.index, index=df.index))
    edges = np.cumsum(shares)

    def pick(g: object) -> str:
        h = int(hashlib.sha256(f"{seed}:{g}".encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
        return SPLITS[int(np.searchsorted(edges, h, side="right").clip(max=len(SPLITS) - 1))]

    return group.astype(str).map(pick)


def _ensure_columns(df: pd.DataFrame, seed: int, name: str = "training data",
                    log: Callable[[str], None] = lambda _m: None) -> pd.DataFrame:
    if "text" not in df.columns:
        raise DataError(f"{name} has no text column; columns are {list(df.columns)}")
    df, dropped = without_blank_texts(df, name)
    if dropped:
        log(f"warning: {dropped}")
    df = df.copy()
    df["label"] = binary_labels(df, name)
    df["category"] = filled_categories(df)
    if "group" not in df.columns:
        df["group"] = df["id"].astype(str) if "id" in df.columns else df.index.astype(str)
    if "split" not in df.columns or df["split"].isna().any():
        fill = split_by_group(df, seed)
        df["split"] = df["split"].fillna(fill) if "split" in df.columns else fill
    if "language" not in df.columns:
        df["language"] = "und"
    return df


def check_data_table(data_cfg: object, where: str = "training config") -> dict[str, Any]:
    """``data_cfg`` if it is a valid [data] table: ``corpus`` a path, ``extra`` a list of
    paths, no other key; otherwise a ValueError that says which key is wrong."""
    if not isinstance(data_cfg, dict):
        raise ValueError(f"{where}: [data] must be a table, got {data_cfg!r}")
    unknown = set(data_cfg) - set(DATA_KEYS)
    if unknown:
        raise ValueError(f"{where}: unknown [data] keys {sorted(unknown)}; known: {list(DATA_KEYS)}")
    corpus = data_cfg.get("corpus")
    if corpus is not None and not isinstance(corpus, str):  # "" stays "no corpus"
        raise ValueError(f"{where}: [data] corpus must be a path (a string), got {corpus!r}")
    extra = data_cfg.get("extra", [])
    # A bare string would otherwise be read one character at a time, as paths.
    if not isinstance(extra, list) or not all(isinstance(e, str) and e.strip() for e in extra):
        raise ValueError(f"{where}: [data] extra must be a list of paths (strings), got {extra!r}")
    return data_cfg


def load_training_data(data_cfg: dict[str, Any], seed: int, base: Path,
                       log: Callable[[str], None] = lambda _m: None,
                       ) -> tuple[pd.DataFrame, list[dict]]:
    """The corpus plus any extra labelled files, with a `split` on every row, and their hashes.
    Rows with a blank or missing text are left out, with a warning to ``log`` per file."""
    check_data_table(data_cfg)
    frames, used = [], []
    corpus = data_cfg.get("corpus")
    if corpus:
        path = find_corpus(base / corpus if not Path(corpus).is_absolute() else corpus)
        frames.append(_ensure_columns(load_corpus(path), seed, str(path), log))
        used.append({"path": str(path.relative_to(base)) if path.is_relative_to(base) else path.name,
                     "sha256": sha256_file(path), "rows": len(frames[-1])})
    for extra in data_cfg.get("extra", []):
        path = Path(extra) if Path(extra).is_absolute() else base / extra
        frames.append(_ensure_columns(load_source(str(path)), seed, str(extra), log))
        used.append({"path": str(extra), "sha256": sha256_file(path), "rows": len(frames[-1])})
    if not frames:
        raise ValueError("the config names no data: set [data] corpus or extra")
    return pd.concat(frames, ignore_index=True), used


def fit(df: pd.DataFrame, config: ModelConfig = DEFAULT_CONFIG,
        progress: Callable[[str], None] = lambda _m: None,
        analyser: Callable[[str], Analysis] = analyse) -> tuple[FittedModel, dict[str, Any]]:
    """Fit and calibrate on the `train` and `calibration` rows as ``config.calibration`` says
    (:mod:`recruitscan.model`), pick the threshold on `validation`, and measure on `test`.
    Returns the fitted model and its test metrics. ``analyser`` turns a text into its
    analysis; fits of the same texts can share a memoised one (:class:`AnalysisCache`)."""
    blank = blank_texts(df["text"])
    if blank.any():
        raise DataError(f"{int(blank.sum())} training row(s) have a blank or missing text; "
                        "leave them out first (recruitscan.datasets.without_blank_texts)")
    labels = set(df["label"])
    if len(labels) == 1:
        # Else the train split's check would blame the split for what the data lacks.
        only = "scam (label 1)" if labels == {1} else "legitimate (label 0)"
        raise ValueError(f"the data has only one class: all {len(df)} rows are {only}; "
                         "training needs both scam and legitimate rows")
    parts = {s: df[df["split"] == s] for s in SPLITS}
    for s in ("train", "calibration", "validation"):
        if parts[s]["label"].nunique() < 2:
            raise ValueError(f"the {s} split needs both classes; it has {len(parts[s])} rows")
    learnt = learnt_splits(config)
    # The rows the sigmoid is fitted on: the calibration split, or with "cross_fitted" every
    # row learnt from (out of fold).
    calibrated = learnt if config.calibration == "cross_fitted" else ("calibration",)
    calibrated_on = pd.concat([parts[s] for s in calibrated])
    per_class = calibrated_on["label"].value_counts()
    if per_class.min() < CALIBRATION_FOLDS:
        where = f"the {splits_phrase(calibrated)} {'have' if len(calibrated) > 1 else 'has'}"
        raise DataError(
            f"{where} {int(per_class.get(1, 0))} scam and {int(per_class.get(0, 0))} legitimate "
            f"row(s); calibrating needs at least {CALIBRATION_FOLDS} of each: label more rows, "
            "or train with the corpus as well")
    progress(f"analysing {len(df)} texts")
    rows = {s: Rows.of(p, [analyser(t) for t in p["text"].astype(str)])
            for s, p in parts.items()}
    progress("fitting, calibrating and choosing the threshold"
             + (f" ({CALIBRATION_FOLDS + 1} fits: cross-fitted calibration)"
                if config.calibration == "cross_fitted" else ""))
    model = fit_model(rows["train"], rows["calibration"], rows["validation"], config)
    # Kept so that `save` can list the training rows, which `evaluate` then refuses to score.
    model.extra["train_texts"] = [t for s in learnt for t in parts[s]["text"].astype(str)]
    metrics: dict[str, Any] = {"splits": {s: int(len(p)) for s, p in parts.items()},
                               "threshold_note": model.threshold_note,
                               "calibration": config.calibration,
                               # The prior the scores are calibrated at (recruitscan.prevalence).
                               "calibration_scam_share": float(calibrated_on["label"].mean())}
    from recruitscan.card import NO_COPY_REASONS

    copies = model.extra.get("augmented_copies", {})
    if any(getattr(config, f"{kind}_rate") for kind in NO_COPY_REASONS):
        # What the model card states: a rate alone does not say that any copy was made.
        metrics["augmented_copies"] = dict(copies)
    for kind, why in NO_COPY_REASONS.items():
        if getattr(config, f"{kind}_rate") and not copies.get(f"{kind}_copies"):
            progress(f"warning: {kind}_rate is set but no copy was made: {why}")
    if len(parts["test"]):
        scores = model.scorer.predict_proba(rows["test"].X)[:, 1]
        test = parts["test"].assign(score=scores)
        metrics["test"] = binary_metrics(test["label"].to_numpy(), scores, model.threshold)
        metrics["test_by_language"] = breakdown(test, "language", model.threshold)
        metrics["test_by_category"] = breakdown(test, "category", model.threshold)
        compound = compound_by_language(test, model.threshold)
        if compound is not None:
            metrics["test_compound_by_language"] = compound
    return model, metrics


class AnalysisCache:
    """``analyse``, memoised by text, for repeated fits over the same rows (cross-validation
    folds): an analysis is immutable, so fits can share it."""

    def __init__(self) -> None:
        self._by_text: dict[str, Analysis] = {}

    def __call__(self, text: str) -> Analysis:
        found = self._by_text.get(text)
        if found is None:
            found = self._by_text[text] = analyse(text)
        return found


def model_objects(model: FittedModel) -> dict[str, Any]:
    return {"scorer": model.scorer, "category": model.category}


def manifest_for(model: FittedModel, metrics: dict[str, Any], data: list[dict], name: str) -> dict:
    return {
        "name": name,
        "created": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "labels": list(LABELS),
        "score": "calibrated probability that the text is scam recruitment (either kind)",
        "threshold": model.threshold,
        "threshold_note": model.threshold_note,
        "bands": {"medium": model.medium_threshold, "high": model.threshold},
        "config": asdict(model.config),
        "data": data,
        "metrics": metrics,
    }


def save(model: FittedModel, out: Path, metrics: dict[str, Any], data: list[dict],
         name: str | None = None, train_texts: Iterable[str] | None = None) -> Path:
    """Write the model directory; ``train_rows.txt`` lists the training rows' text hashes
    (``train_texts``, by default the ones ``fit`` kept on the model)."""
    from recruitscan.card import model_card

    manifest = manifest_for(model, metrics, data, name or Path(out).name)
    files: dict[str, str | bytes] = {
        "MODEL_CARD.md": model_card(manifest),
        SCORER_FILE: LinearModel.from_estimators(model.scorer, model.category).to_bytes(),
    }
    texts = model.extra.get("train_texts") if train_texts is None else train_texts
    if texts is not None:
        files[TRAIN_ROWS_FILE] = train_rows_text(texts)
    return save_model(model_objects(model), Path(out), manifest, files)


def frame_provenance(df: pd.DataFrame) -> list[dict]:
    """The manifest's ``data`` entries for an in-memory frame: rows and a hash per source.

    The hash is the SHA-256 of the sorted text hashes (``train_rows_text``) of that source's
    rows, so the same rows give the same hash whatever their order.
    """
    source = (df["source"].astype(str) if "source" in df.columns
              else pd.Series("in-memory", index=df.index))
    return [{"path": str(name),
             "sha256": hashlib.sha256(train_rows_text(part["text"].astype(str)).encode()).hexdigest(),
             "rows": int(len(part))}
            for name, part in df.groupby(source, sort=True)]


def fit_model_dir(df: pd.DataFrame, out: str | Path, config: ModelConfig = DEFAULT_CONFIG, *,
                  seed: int = 0, name: str | None = None,
                  corrections: Corrections | None = None, data: list[dict] | None = None,
                  progress: Callable[[str], None] = lambda _m: None,
                  ) -> tuple[Path, dict[str, Any]]:
    """Fit, save and (optionally) attach corrections in one call: a loadable model directory.

    Parameters
    ----------
    df : pandas.DataFrame
        Labelled rows with at least ``text`` and ``label`` (1 = scam); rows with a blank or
        missing text are left out, with a warning to ``progress``. Rows without a
        ``split`` get one from a hash of their ``group`` (or ``id``), see :func:`split_by_group`;
        ``category`` defaults to "scam" or "legit" (kind not given: it trains no category
        model), ``language`` to ``"und"``.
    out : str or Path
        The model directory to write (created if needed).
    config : ModelConfig, optional
        Model hyper-parameters (the default model's by default).
    seed : int, default 0
        Seed of the split of rows that have none (use the config file's ``seed`` to match it).
    name : str, optional
        Model name in the manifest and card; defaults to the directory name.
    corrections : Corrections, optional
        Allow/deny lists written to ``corrections.json`` and applied by ``recruitscan.load(out)``.
    data : list of dict, optional
        Provenance for the manifest (``path``, ``sha256``, ``rows``); by default one entry per
        ``source`` value from :func:`frame_provenance`.
    progress : callable, optional
        Called with progress messages.

    Returns
    -------
    (Path, dict)
        The model directory and the metrics measured on the ``test`` rows.
    """
    frame = _ensure_columns(df, seed, log=progress)
    model, metrics = fit(frame, config, progress=progress)
    out = save(model, Path(out), metrics, frame_provenance(frame) if data is None else data, name)
    if corrections:
        corrections.save(out / CORRECTIONS_FILE)
    return out, metrics


def read_corrections(path: Path) -> Corrections | None:
    """The ``[corrections]`` section of a config file (keys as in ``corrections.json``), if any."""
    with Path(path).open("rb") as fh:
        section = tomllib.load(fh).get("corrections")
    if section is None:
        return None
    if not isinstance(section, dict):
        raise ValueError(f"{path}: [corrections] must be a table")
    known = set(Corrections.__dataclass_fields__)
    unknown = set(section) - known
    if unknown:
        raise ValueError(f"{path}: unknown [corrections] keys {sorted(unknown)}; known: {sorted(known)}")
    try:
        return Corrections(**{k: tuple(v) if isinstance(v, list) else v for k, v in section.items()})
    except ValueError as exc:
        raise ValueError(f"{path}: [corrections]: {exc}") from None


def parse_overrides(pairs: Sequence[str]) -> dict[str, Any]:
    """``KEY=VALUE`` pairs for the config's [model] table, each VALUE read as a TOML value
    (``C=16``, ``signed=false``, ``window_chars=500``)."""
    out: dict[str, Any] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise ValueError(f"--set needs KEY=VALUE, got {pair!r}")
        try:
            out[key.strip()] = tomllib.loads(f"v = {value.strip()}")["v"]
        except tomllib.TOMLDecodeError:
            raise ValueError(f"--set {key.strip()}: {value.strip()!r} is not a TOML value "
                             "(strings need quotes)") from None
    return out


def read_config(path: Path, overrides: dict[str, Any] | None = None
                ) -> tuple[dict[str, Any], ModelConfig, int]:
    """The [data] table, the model configuration and the seed of a training config, with
    ``overrides`` replacing keys of its [model] table. Anything that is not a known key with a
    value of the right type and range is a ValueError naming the file."""
    with Path(path).open("rb") as fh:
        try:
            cfg = tomllib.load(fh)
        except tomllib.TOMLDecodeError as exc:
            raise ValueError(f"{path}: not valid TOML ({exc})") from None
    unknown = set(cfg) - set(CONFIG_TABLES)
    if unknown:
        raise ValueError(f"{path}: unknown tables or keys {sorted(unknown)}; "
                         f"known: {', '.join(f'[{t}]' for t in CONFIG_TABLES)}")
    data = check_data_table(cfg.get("data", {}), str(path))
    model = cfg.get("model", {})
    if not isinstance(model, dict):
        raise ValueError(f"{path}: [model] must be a table, got {model!r}")
    section = model | dict(overrides or {})
    # A bad value may come from an override (`--set`) rather than the file: name both.
    source = str(path) if not overrides else (
        f"{path} with " + ", ".join(f"{k}={v!r}" for k, v in overrides.items()))
    seed = section.pop("seed", 0)
    if isinstance(seed, bool) or not isinstance(seed, int) or not 0 <= seed <= MAX_SEED:
        raise ValueError(f"{source}: seed must be a whole number from 0 to {MAX_SEED}, got {seed!r}")
    known = {f.name for f in fields(ModelConfig)}
    unknown = set(section) - known
    if unknown:
        raise ValueError(f"{source}: unknown [model] keys {sorted(unknown)}; known: {sorted(known)}")
    try:
        config = ModelConfig(**section)
    except ValueError as exc:
        raise ValueError(f"{source}: {exc}") from None
    return data, config, seed


def run(config_path: Path, out: Path, base: Path | None = None,
        log: Callable[[str], None] = lambda m: print(m, file=sys.stderr),
        overrides: dict[str, Any] | None = None) -> Path:
    t0 = time.perf_counter()
    base = Path.cwd() if base is None else base
    data_cfg, config, seed = read_config(config_path, overrides)
    corrections = read_corrections(config_path)  # read first: a bad section fails before training
    np.random.seed(seed)
    df, used = load_training_data(data_cfg, seed, base, log)
    log(f"[{time.perf_counter() - t0:6.1f}s] loaded {len(df)} rows from {len(used)} file(s)")
    model, metrics = fit(df, config, progress=lambda m: log(f"[{time.perf_counter() - t0:6.1f}s] {m}"))
    metrics["train_seconds"] = round(time.perf_counter() - t0, 1)
    save(model, out, metrics, used)
    if corrections:
        corrections.save(Path(out) / CORRECTIONS_FILE)
        log(f"wrote {Path(out) / CORRECTIONS_FILE}")
    test = metrics.get("test", {})
    log(f"[{time.perf_counter() - t0:6.1f}s] wrote {out} (threshold {model.threshold:.3f}; "
        f"test precision {test.get('precision', float('nan')):.3f}, "
        f"recall {test.get('recall', float('nan')):.3f}, PR-AUC {test.get('pr_auc', float('nan')):.3f})")
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m recruitscan.train", description=__doc__.split("\n")[0])
    parser.add_argument("--config", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--set", dest="overrides", action="append", default=[],
                        metavar="KEY=VALUE", help="replace a [model] key of the config")
    args = parser.parse_args(argv)
    run(args.config, args.out, overrides=parse_overrides(args.overrides))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
