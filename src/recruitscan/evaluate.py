"""Measuring models: metrics at the operating threshold, ranking and calibration quality.

    recruitscan evaluate --model M --data recruitscan-corpus --data jobstreet --report DIR

:func:`evaluate` scores recruitscan models (and, by default, two baselines trained on the same
corpus splits) on named sources, each measured on its own: the corpus test split, JobStreet ads,
EMSCAD and the Indonesian SMS corpus are never pooled. :func:`compare` returns the headline table.
"""

from __future__ import annotations

import importlib.util
import math
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np
import pandas as pd
from sklearn.metrics import average_precision_score, brier_score_loss

from recruitscan.baselines import DetectorModel, ScoreModel, train_baselines
from recruitscan.datasets import (
    CORPUS_NAME,
    EXTERNAL_LOADERS,
    SPLITS,
    binary_labels,
    filled_categories,
    load_corpus,
    load_source,
    without_blank_texts,
)
from recruitscan.errors import DataError
from recruitscan.hit_stats import SliceHits, hits_table
from recruitscan.metrics import (
    binary_metrics,
    breakdown,
    compound_task,
    paired_bootstrap,
    precision_interval,
    reliability_curve,
    row_thresholds,
    wilson_interval,
)
from recruitscan.model import ModelConfig, learnt_splits, saved_calibration, splits_phrase
from recruitscan.train import TRAIN_ROWS_FILE, text_hash

if TYPE_CHECKING:
    from recruitscan.detector import Detector


# -- evaluating models on named sources ---------------------------------------------------

class TrainOverlapError(DataError):
    """Evaluation rows that the model was trained on: the figures would be meaningless."""


Log = Callable[[str], None]


def _quiet(_message: str) -> None:
    pass


@dataclass
class Source:
    """One named evaluation source; ``kind`` decides which real-data slices it gets."""

    name: str
    kind: str  # "corpus", "emscad", "id-sms", "jobstreet" or "file"
    frame: pd.DataFrame
    notes: tuple[str, ...] = ()  # what loading it left out, for the log and the report

    @classmethod
    def from_frame(cls, name: str, df: pd.DataFrame) -> Source:
        """Labelled rows in memory (``text`` and ``label``; ``id``, ``language``, ``category``
        and ``group`` if present) as a source; rows with a blank or missing text are left out
        (see ``notes``)."""
        frame, notes = _normalise_frame(df, name)
        if frame.empty:
            raise DataError(f"data source {name!r} has no rows with a text")
        return cls(name, "file", frame, notes)


def _split_spec(spec: str) -> tuple[str, str | None]:
    base, sep, split = spec.rpartition(":")
    return (base, split) if sep and base and split in SPLITS else (spec, None)


def _normalise_frame(df: pd.DataFrame, name: str) -> tuple[pd.DataFrame, tuple[str, ...]]:
    missing = {"text", "label"} - set(df.columns)
    if missing:
        raise DataError(f"{name} lacks column(s) {sorted(missing)}")
    # Left out, as training leaves them out: scored, a blank text is a score of 0 that
    # counts against recall (or for specificity) without the model having read anything.
    df, dropped = without_blank_texts(df.reset_index(drop=True), name)
    df = df.reset_index(drop=True).copy()
    df["text"] = df["text"].astype(str)
    df["label"] = binary_labels(df, name)
    if "language" not in df.columns:
        df["language"] = "und"
    df["category"] = filled_categories(df)
    if "id" not in df.columns:
        df["id"] = [f"{name}-{i}" for i in range(len(df))]
    df["id"] = df["id"].astype(str)
    return df, (dropped,) if dropped else ()


def load_eval_source(spec: str, shared_data: str | Path | None = None,
                     corpus: str | Path | None = None) -> Source:
    """``recruitscan-corpus[:split]`` (test split by default), ``emscad``, ``id-sms``,
    ``jobstreet``, or a CSV/JSONL path (``path.jsonl:test`` picks one split of a corpus file)."""
    base, split = _split_spec(spec)
    if base == CORPUS_NAME:
        df, kind, split = load_corpus(corpus), "corpus", split or "test"
    elif base in EXTERNAL_LOADERS:
        df, kind = load_source(base, shared_data), base
    else:
        if not Path(base).exists():
            head, _, unknown = spec.rpartition(":")
            if head == CORPUS_NAME or head and Path(head).is_file():
                raise DataError(f"unknown split {unknown!r} in {spec!r}; the splits are "
                                f"{', '.join(SPLITS)}")
            raise DataError(f"unknown data source {spec!r}: not {CORPUS_NAME}, "
                            f"{', '.join(EXTERNAL_LOADERS)}, nor an existing file")
        df, kind = load_source(base), "file"
    if split is not None:
        if "split" not in df.columns:
            raise DataError(f"{base} has no split column, so {spec!r} cannot select one")
        df = df[df["split"] == split]
    name = f"{CORPUS_NAME}:{split}" if kind == "corpus" else (
        spec if kind != "file" else Path(base).stem + (f":{split}" if split else ""))
    frame, notes = _normalise_frame(df, name)
    if frame.empty:
        raise DataError(f"data source {spec!r} has no rows with a text")
    return Source(name, kind, frame, notes)


def load_models(models: Iterable[str | Path | ScoreModel | Detector], *,
                trusted: bool = False) -> list[ScoreModel]:
    """Model directories become :class:`DetectorModel`; detectors and ScoreModels pass through."""
    from recruitscan.detector import Detector

    out: list[ScoreModel] = []
    for m in models:
        if isinstance(m, str | Path):
            m = DetectorModel(Detector.load(m, trusted=trusted), Path(m).name)
        elif isinstance(m, Detector):
            m = DetectorModel(m, Path(m.path).name)
        out.append(m)
    names = [m.name for m in out]
    for i, m in enumerate(out):  # two models from folders with the same name stay apart
        if names.count(m.name) > 1:
            m.name = f"{m.name}#{i + 1}"
    return out


def check_train_overlap(models: Sequence[ScoreModel], sources: Sequence[Source],
                        log: Log = _quiet) -> None:
    """Raise :class:`TrainOverlapError` if any evaluation row is a training row of a model."""
    problems = []
    for m in models:
        hashes = getattr(m, "train_hashes", None)
        if hashes is None:
            if isinstance(m, DetectorModel):
                log(f"warning: {m.name} records no training rows ({TRAIN_ROWS_FILE}); "
                    "cannot check that evaluation rows are unseen")
            continue
        for s in sources:
            seen = s.frame["text"].map(text_hash).isin(hashes)
            if seen.any():
                ids = ", ".join(s.frame.loc[seen, "id"].head(3))
                problems.append(f"{int(seen.sum())} of {len(s.frame)} rows of {s.name} are "
                                f"training rows of {m.name} (e.g. {ids})")
    if problems:
        raise TrainOverlapError("refusing to evaluate on training rows: " + "; ".join(problems)
                                + ". Measure the training recipe on those rows with "
                                "`recruitscan cross-validate` instead, or pass "
                                "--allow-train-overlap (allow_train_overlap=True) to evaluate "
                                "anyway.")


class Decider(Protocol):
    """What a set of scores is reported under: a name and an operating threshold. Every
    :class:`ScoreModel` is one; so are the fold models of a cross-validation
    (:class:`recruitscan.crossval.CrossValidated`), which score no new text."""

    @property
    def name(self) -> str: ...

    @property
    def threshold(self) -> float: ...


@dataclass
class Scored:
    """One model's scores on one source."""

    model: Decider
    source: Source
    frame: pd.DataFrame  # the source frame plus score, flagged and predicted category

    @property
    def threshold(self) -> float:
        return float(self.model.threshold)


def score_source(model: ScoreModel, source: Source) -> Scored:
    texts = source.frame["text"].tolist()
    if isinstance(model, DetectorModel):
        scores, categories = model.scan(texts)
    else:
        scores, categories = model.scores(texts), None
    # The metrics read each row's threshold from this column (see metrics.row_thresholds); set
    # here, it also replaces any column of the source's own that has the name.
    frame = source.frame.assign(score=np.asarray(scores, dtype=float),
                                threshold=float(model.threshold))
    frame["flagged"] = frame["score"] >= model.threshold
    frame["predicted_category"] = (categories if categories is not None
                                   else np.where(frame["flagged"], "scam", "legit"))
    return Scored(model, source, frame)


def source_metrics(sc: Scored) -> dict[str, Any]:
    """Everything measured for one model on one source."""
    df, thr = sc.frame, sc.threshold
    m = binary_metrics(df["label"].to_numpy(), df["score"].to_numpy(), row_thresholds(df, thr))
    m["precision_ci95"] = precision_interval(m["tp"], m["fp"])
    m["threshold"] = thr
    m["confusion"] = {"tn": m["tn"], "fp": m["fp"], "fn": m["fn"], "tp": m["tp"]}
    m["reliability"] = reliability_curve(df["label"].to_numpy(), df["score"].to_numpy())
    m["by_language"] = breakdown(df, "language", thr)
    m["by_category"] = breakdown(df, "category", thr)
    compound = compound_task(df)
    if compound is not None:
        m["compound"] = binary_metrics(compound["label"].to_numpy(), compound["score"].to_numpy(),
                                       row_thresholds(compound, thr))
        m["compound_by_language"] = breakdown(compound, "language", thr)
    return m


def _verdict(diff: float, lo: float, hi: float, higher_is_better: bool) -> str:
    if math.isnan(diff):
        return "n/a"
    if (lo > 0) if higher_is_better else (hi < 0):
        return "better"
    if (hi < 0) if higher_is_better else (lo > 0):
        return "worse"
    return "no clear difference"


def baseline_comparisons(scored: Sequence[Scored], n_boot: int = 1000) -> pd.DataFrame:
    """Each recruitscan model against each baseline on each source: the differences in
    PR-AUC (where the source has both classes) and Brier score, with paired bootstrap 95%
    intervals and a verdict (better or worse only when the interval excludes zero)."""
    by_key = {(sc.model.name, sc.source.name): sc for sc in scored}
    ours = [sc for sc in scored if isinstance(sc.model, DetectorModel)]
    baselines = sorted({sc.model.name for sc in scored if not isinstance(sc.model, DetectorModel)})
    pairs = [(sc, by_key[(base, sc.source.name)]) for sc in ours for base in baselines
             if (base, sc.source.name) in by_key]
    return _paired_table(pairs, "baseline", n_boot)


def model_comparisons(scored: Sequence[Scored], n_boot: int = 1000) -> pd.DataFrame:
    """The first recruitscan model given against each other one, source by source, as
    :func:`baseline_comparisons` measures: list a candidate first to see, with intervals,
    whether it beats the model it would replace on the same rows."""
    ours = [sc for sc in scored if isinstance(sc.model, DetectorModel)]
    if not ours:
        return pd.DataFrame()
    first = ours[0].model.name
    by_source = {sc.source.name: sc for sc in ours if sc.model.name == first}
    pairs = [(by_source[sc.source.name], sc) for sc in ours
             if sc.model.name != first and sc.source.name in by_source]
    return _paired_table(pairs, "against", n_boot)


def _paired_table(pairs: Sequence[tuple[Scored, Scored]], against: str,
                  n_boot: int) -> pd.DataFrame:
    """One row per pair scored on the same source: the first's scores minus the second's."""
    rows = []
    for sc, other in pairs:
        row: dict[str, Any] = {"model": sc.model.name, against: other.model.name,
                               "source": sc.source.name}
        y = sc.frame["label"].to_numpy()
        for name, d in paired_differences(y, sc.frame["score"].to_numpy(),
                                          other.frame["score"].to_numpy(), n_boot).items():
            row.update({f"{name}_diff": d["difference"], f"{name}_ci95": d["ci95"],
                        f"{name}_verdict": d["verdict"]})
        rows.append(row)
    return pd.DataFrame(rows)


def paired_differences(y: np.ndarray, a: np.ndarray, b: np.ndarray,
                       n_boot: int = 1000) -> dict[str, dict[str, Any]]:
    """Scores ``a`` minus scores ``b`` on the same rows, for PR-AUC (higher is better; NaN and
    "n/a" where ``y`` has one class) and Brier score (lower is better): the difference, its
    paired bootstrap 95% interval and a verdict (better or worse only when the interval
    excludes zero)."""
    out = {}
    for name, metric, higher in (("pr_auc", average_precision_score, True),
                                 ("brier", brier_score_loss, False)):
        if metric is average_precision_score and len(np.unique(y)) < 2:
            diff = lo = hi = math.nan
        else:
            diff, lo, hi = paired_bootstrap(y, a, b, metric, n_boot)
        out[name] = {"difference": diff, "ci95": (lo, hi),
                     "verdict": _verdict(diff, lo, hi, higher)}
    return out


# Real sources are never pooled: each slice is its own line (FPR on negatives, or how many
# "other scams" — generic job fraud, loan/lottery SMS — get flagged and as what).
def real_slices(source: Source) -> list[tuple[str, pd.Series, str]]:
    df = source.frame
    if source.kind == "jobstreet":
        out = [("JobStreet ads (all)", df["label"] == 0, "negatives")]
        if "country" in df.columns:
            out += [(f"JobStreet ads ({c})", (df["country"] == c) & (df["label"] == 0), "negatives")
                    for c in sorted(df["country"].dropna().unique())]
        return out
    if source.kind == "emscad":
        return [("EMSCAD legitimate ads", df["label"] == 0, "negatives"),
                ("EMSCAD fraudulent ads (other scams)", df["label"] == 1, "other_scams")]
    if source.kind == "id-sms" and "sms_label" in df.columns:
        return [("Indonesian SMS, normal", df["sms_label"] == "normal", "negatives"),
                ("Indonesian SMS, promotional", df["sms_label"] == "promo", "negatives"),
                ("Indonesian SMS, fraud (other scams)", df["sms_label"] == "fraud", "other_scams")]
    return []


def hit_slices(source: Source) -> list[tuple[str, pd.Series]]:
    """The texts of each slice whose indicator hits are counted: the real-data slices, or the
    legitimate texts and the scams of any other source."""
    df = source.frame
    masks = [(name, mask) for name, mask, _ in real_slices(source)] or [
        (f"{source.name}: legitimate", df["label"] == 0),
        (f"{source.name}: scams", df["label"] == 1)]
    return [(name, df.loc[mask.to_numpy(), "text"]) for name, mask in masks]


def slice_rows(sc: Scored) -> list[dict[str, Any]]:
    rows = []
    for name, mask, role in real_slices(sc.source):
        part = sc.frame[mask.to_numpy()]
        n, flagged = len(part), int(part["flagged"].sum())
        lo, hi = wilson_interval(flagged, n)
        cats = part.loc[part["flagged"], "predicted_category"].value_counts()
        rows.append({"model": sc.model.name, "source": sc.source.name, "slice": name,
                     "measure": "FPR" if role == "negatives" else "flagged share",
                     "n": n, "flagged": flagged, "rate": flagged / n if n else math.nan,
                     "ci95_low": lo, "ci95_high": hi,
                     "flagged_as": {str(k): int(v) for k, v in cats.items()}})
    return rows


def worst_errors(sc: Scored, k: int = 10, excerpt_chars: int = 240,
                 detector_for: Callable[[pd.Series], Detector] | None = None
                 ) -> dict[str, list[dict]]:
    """The top-``k`` false positives (highest scores) and false negatives (lowest), with the
    reasons ``Detector.scan`` gives for them: the model's detector, or ``detector_for(row)``
    (the fold model that scored the row, in a cross-validation)."""
    model = sc.model
    assert detector_for is not None or isinstance(model, DetectorModel)
    df = sc.frame
    fp = df[(df["label"] == 0) & df["flagged"]].sort_values("score", ascending=False).head(k)
    fn = df[(df["label"] == 1) & ~df["flagged"]].sort_values("score", ascending=True).head(k)

    def describe(row: pd.Series) -> dict[str, Any]:
        detector = detector_for(row) if detector_for is not None else model.detector
        result = detector.scan(row["text"])
        text = " ".join(row["text"].split())
        return {"id": row["id"], "language": row["language"], "category": row["category"],
                "score": float(row["score"]),
                "excerpt": text[:excerpt_chars] + ("…" if len(text) > excerpt_chars else ""),
                "reasons": [{"indicator": r.indicator, "evidence": r.evidence,
                             "weight": round(r.weight, 4)} for r in result.reasons[:6]]}

    return {"false_positives": [describe(r) for _, r in fp.iterrows()],
            "false_negatives": [describe(r) for _, r in fn.iterrows()]}


HEADLINE = ("model", "source", "n", "positives", "threshold", "precision", "recall", "f1", "fpr",
            "pr_auc", "roc_auc", "brier")


@dataclass
class EvaluationResult:
    """What :func:`evaluate` measured; ``table`` is the headline (one row per model × source)."""

    models: list[ScoreModel]
    sources: list[Source]
    scored: list[Scored]
    metrics: dict[str, dict[str, dict[str, Any]]]  # model → source → metrics
    slices: pd.DataFrame
    errors: dict[str, dict[str, dict[str, list[dict]]]]  # model → source → fp/fn
    robustness: dict[str, pd.DataFrame] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    comparisons: pd.DataFrame = field(default_factory=pd.DataFrame)  # see baseline_comparisons
    indicator_hits: list[SliceHits] = field(default_factory=list)  # no model: see hit_stats
    model_comparisons: pd.DataFrame = field(default_factory=pd.DataFrame)  # see model_comparisons

    @property
    def table(self) -> pd.DataFrame:
        rows = [{"model": m, "source": s, **{c: v.get(c) for c in HEADLINE[2:]}}
                for m, per in self.metrics.items() for s, v in per.items()]
        return pd.DataFrame(rows, columns=list(HEADLINE))

    def model_info(self) -> dict[str, dict[str, Any]]:
        info = {}
        for m in self.models:
            d: dict[str, Any] = {"threshold": float(m.threshold),
                                 "kind": "recruitscan" if isinstance(m, DetectorModel) else "baseline"}
            if isinstance(m, DetectorModel):
                d["path"] = str(m.path)
                d["threshold_note"] = m.detector.manifest.get("threshold_note", "")
            elif getattr(m, "threshold_note", None):
                d["threshold_note"] = m.threshold_note
            info[m.name] = d
        return info


def _baseline_config(models: Sequence[ScoreModel]) -> ModelConfig:
    """Thresholds for baselines are chosen with the (first) recruitscan model's targets."""
    for m in models:
        if isinstance(m, DetectorModel):
            known = {f.name for f in fields(ModelConfig)}
            saved = m.detector.manifest.get("config", {})
            cfg = {**saved, "calibration": saved_calibration(saved)}
            return ModelConfig(**{k: v for k, v in cfg.items() if k in known})
    return ModelConfig()


def build_baselines(models: Sequence[ScoreModel], corpus: str | Path | None,
                    log: Log = _quiet) -> tuple[list[ScoreModel], list[str]]:
    """Baselines trained on the corpus splits, plus a note if those are not the model's rows."""
    df = load_corpus(corpus)
    config = _baseline_config(models)
    base = train_baselines(df, config)
    notes = []
    # The corpus rows the baselines learnt from: those the model of ``config`` learns from.
    learnt = learnt_splits(config)
    train_rows = frozenset(map(text_hash, df.loc[df["split"].isin(learnt), "text"].astype(str)))
    for m in models:
        hashes = getattr(m, "train_hashes", None)
        if isinstance(m, DetectorModel) and hashes is not None and hashes != train_rows:
            notes.append(f"the corpus {splits_phrase(learnt)} now "
                         f"differ{'' if len(learnt) > 1 else 's'} from {m.name}'s training "
                         f"rows ({len(hashes ^ train_rows)} rows differ): baselines and model "
                         "did not learn from exactly the same data")
    for n in notes:
        log(f"warning: {n}")
    return base, notes


def _robustness(models: Sequence[ScoreModel], sources: Sequence[Source],
                log: Log) -> tuple[dict[str, pd.DataFrame], list[str]]:
    if importlib.util.find_spec("recruitscan.robustness") is None:
        msg = "robustness skipped: recruitscan.robustness is not available in this install"
        log(msg)
        return {}, [msg]
    from recruitscan.robustness import robustness_table  # type: ignore[import-not-found]

    # Perturb the project corpus if it is evaluated (it is labelled and in every language).
    src = next((s for s in sources if s.kind == "corpus"), sources[0])
    # Recall is measured on the scams only: a rewrite disguises a lure, not a legitimate ad.
    frame = src.frame[src.frame["label"] == 1] if "label" in src.frame.columns else src.frame
    texts = frame["text"].tolist()
    fillers = _ordinary_texts(src.frame)
    disclaimers = _disclaimers(src.frame)
    tables = {m.name: robustness_table(m.detector, texts, fillers=fillers,
                                       disclaimers=disclaimers)
              for m in models if isinstance(m, DetectorModel)}
    notes = [f"robustness measured on {src.name} ({len(texts)} texts)"]
    if fillers:
        notes.append(f"behind_<n>_chars: each scam behind n characters of the same source's "
                     f"ordinary texts in which no indicator fires ({len(fillers)} texts: local "
                     f"job ads and everyday messages)")
    if disclaimers:
        notes.append(f"with_disclaimer: each scam with, before or after it, one of the "
                     f"{len(disclaimers)} lines of the same source's legitimate ads on which a "
                     f"warning word fires (\"beware of fake recruiters\"): a scam ad copying a "
                     f"legitimate ad's boilerplate")
    return tables, notes


def _disclaimers(frame: pd.DataFrame) -> list[str]:
    """The lines of the source's legitimate ads that carry a warning word, any language
    (:func:`recruitscan.augment.disclaimer_lines`)."""
    from recruitscan.augment import DISCLAIMER_CATEGORIES, disclaimer_lines
    from recruitscan.indicators import find

    if "category" not in frame.columns:
        return []
    legit = frame[frame["category"].isin(DISCLAIMER_CATEGORIES)]
    texts = legit["text"].astype(str).tolist()
    # Pooled across languages below, so the language each line is filed under does not matter.
    lines = disclaimer_lines(texts, legit["category"].tolist(), [find(t) for t in texts],
                             [""] * len(texts))
    return [line for found in lines.values() for line in found]


def _ordinary_texts(frame: pd.DataFrame) -> list[str]:
    """The source's local job ads and everyday messages in which no indicator fires: padding
    that adds no red flag and no legitimacy signal, only words."""
    from recruitscan.augment import FILLER_CATEGORIES, is_filler
    from recruitscan.indicators import find

    if "category" not in frame.columns:
        return []
    candidates = frame[frame["category"].isin(FILLER_CATEGORIES)]  # find() only where it matters
    return [t for c, t in zip(candidates["category"], candidates["text"].astype(str), strict=True)
            if is_filler(c, t, find(t))]


def evaluate(models: str | Path | ScoreModel | Detector
             | Sequence[str | Path | ScoreModel | Detector],
             data: str | Sequence[str] = (CORPUS_NAME,), report: str | Path | None = None, *,
             baselines: bool = True, robustness: bool = False,
             shared_data: str | Path | None = None, corpus: str | Path | None = None,
             allow_train_overlap: bool = False, trusted: bool = False,
             log: Log = _quiet) -> EvaluationResult:
    """Score every model on every source, measure, and (with ``report``) write the report.

    ``models``: model directories, loaded detectors or any :class:`ScoreModel`. ``data``: named
    sources (see :func:`load_eval_source`). Baselines are trained on the corpus (``corpus``, or
    the project corpus) train/calibration/validation splits and reported as extra rows.
    Raises :class:`TrainOverlapError` if an evaluation row is a training row of a model.
    """
    t0 = time.perf_counter()

    def say(msg: str) -> None:
        log(f"[{time.perf_counter() - t0:6.1f}s] {msg}")

    model_list = load_models([models] if isinstance(models, str | Path) or not isinstance(
        models, Sequence) else models, trusted=trusted)
    sources = [load_eval_source(d, shared_data, corpus)
               for d in ([data] if isinstance(data, str) else data)]
    say("loaded " + ", ".join(f"{s.name} ({len(s.frame)} rows)" for s in sources))
    notes = [n for s in sources for n in s.notes]
    for n in notes:
        say(f"warning: {n}")
    if baselines:
        base, base_notes = build_baselines(model_list, corpus, say)
        notes += base_notes
        model_list += base
        say("trained baselines: " + ", ".join(b.name for b in base))
    if allow_train_overlap:
        notes.append("evaluated with --allow-train-overlap: training rows may be included")
    else:
        check_train_overlap(model_list, sources, say)
    scored = []
    for m in model_list:
        for s in sources:
            scored.append(score_source(m, s))
        say(f"scored {m.name}")
    metrics: dict[str, dict[str, dict[str, Any]]] = {}
    errors: dict[str, dict[str, dict[str, list[dict]]]] = {}
    slice_list: list[dict[str, Any]] = []
    for sc in scored:
        metrics.setdefault(sc.model.name, {})[sc.source.name] = source_metrics(sc)
        slice_list += slice_rows(sc)
        if isinstance(sc.model, DetectorModel) and sc.source.kind == "corpus":
            errors.setdefault(sc.model.name, {})[sc.source.name] = worst_errors(sc)
    rob, rob_notes = _robustness(model_list, sources, say) if robustness else ({}, [])
    hits = [h for s in sources for h in hits_table(hit_slices(s))]
    say("counted indicator hits per slice")
    result = EvaluationResult(model_list, sources, scored, metrics, pd.DataFrame(slice_list),
                              errors, rob, notes + rob_notes, baseline_comparisons(scored), hits,
                              model_comparisons(scored))
    if report is not None:
        from recruitscan.report import write_report

        write_report(result, Path(report))
        say(f"wrote {report}")
    return result


def compare(models: str | Path | ScoreModel | Detector
            | Sequence[str | Path | ScoreModel | Detector],
            data: str | Sequence[str] = (CORPUS_NAME,), **options: Any) -> pd.DataFrame:
    """The headline table (one row per model × source) for notebooks; see :func:`evaluate`."""
    return evaluate(models, data, **options).table
