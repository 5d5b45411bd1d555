"""Writing an evaluation report: ``report.md``, ``metrics.json`` and PNG plots.

Plots are drawn with matplotlib's object API on an Agg canvas (no pyplot), so writing a report
never changes the backend of a notebook or a GUI session.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from sklearn.metrics import precision_recall_curve

from recruitscan.hit_stats import FAMILIES

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from recruitscan.crossval import CrossValidation
    from recruitscan.evaluate import EvaluationResult, Scored

SMALL_N = 100  # below this many rows a rate is shown with its Wilson 95% interval


# -- small formatting helpers --------------------------------------------------------------

def _fmt(x: Any, digits: int = 3) -> str:
    if x is None or isinstance(x, float) and math.isnan(x):
        return "n/a"
    if isinstance(x, float | np.floating):
        return f"{x:.{digits}f}"
    return str(x)


def _rate(p: float, ci: Sequence[float] | None, n: int) -> str:
    """A rate, with its Wilson interval when it rests on few rows."""
    if ci is None or n >= SMALL_N or math.isnan(p):
        return _fmt(p)
    return f"{_fmt(p)} [{_fmt(ci[0], 2)}–{_fmt(ci[1], 2)}]"


def md_table(rows: Sequence[Sequence[Any]], header: Sequence[str]) -> str:
    esc = [[_fmt(c).replace("|", "\\|").replace("\n", " ") for c in r] for r in rows]
    return ("| " + " | ".join(header) + " |\n|" + "---|" * len(header) + "\n"
            + "".join("| " + " | ".join(r) + " |\n" for r in esc))


def slug(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip("-")


def jsonable(x: Any) -> Any:
    """NaN → null, tuples → lists, numpy scalars → Python: strict JSON."""
    if isinstance(x, dict):
        return {str(k): jsonable(v) for k, v in x.items()}
    if isinstance(x, list | tuple):
        return [jsonable(v) for v in x]
    if isinstance(x, np.generic):
        x = x.item()
    if isinstance(x, float) and (math.isnan(x) or math.isinf(x)):
        return None
    return x


# -- plots ---------------------------------------------------------------------------------

def _figure(ncols: int = 1, width: float = 6.0) -> tuple[Figure, list[Axes]]:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width * ncols, 4.5), layout="constrained")
    FigureCanvasAgg(fig)
    axes = fig.subplots(1, ncols, squeeze=False)[0]
    return fig, list(axes)


def _labelled(sc: Scored) -> bool:
    return sc.frame["label"].nunique() == 2


def plot_pr(scored: Sequence[Scored], path: Path) -> Path:
    """Precision–recall curves of every model on one source, operating points marked."""
    fig, (ax,) = _figure()
    for sc in scored:
        y, s = sc.frame["label"].to_numpy(), sc.frame["score"].to_numpy()
        p, r, _ = precision_recall_curve(y, s)
        (line,) = ax.plot(r, p, label=sc.model.name, lw=1.5)
        pred = sc.frame["flagged"].to_numpy(dtype=bool)  # each row's own decision
        tp = int((pred & (y == 1)).sum())
        op_p, op_r = tp / max(int(pred.sum()), 1), tp / max(int((y == 1).sum()), 1)
        ax.plot([op_r], [op_p], "o", color=line.get_color(), ms=7, mec="black")
    ax.set(xlabel="recall", ylabel="precision", xlim=(0, 1.01), ylim=(0, 1.02),
           title=f"Precision–recall, {scored[0].source.name}\n(dots: operating thresholds)")
    ax.legend(loc="lower left", fontsize=8)
    fig.savefig(path, dpi=110)
    return path


def plot_reliability(scored: Sequence[Scored], metrics: dict, path: Path) -> Path:
    """Reliability diagram (10 equal-width bins) of every model on one source."""
    fig, (ax,) = _figure()
    ax.plot([0, 1], [0, 1], ls="--", color="grey", lw=1, label="perfect calibration")
    for sc in scored:
        bins = [b for b in metrics[sc.model.name][sc.source.name]["reliability"] if b["n"]]
        ax.plot([b["mean_score"] for b in bins], [b["fraction_positive"] for b in bins], "o-",
                label=sc.model.name, ms=4)
    ax.set(xlabel="mean score in bin", ylabel="share of scams in bin", xlim=(0, 1),
           ylim=(-0.02, 1.02), title=f"Reliability on {scored[0].source.name}")
    ax.legend(loc="upper left", fontsize=8)
    fig.savefig(path, dpi=110)
    return path


def plot_histograms(scored: Sequence[Scored], path: Path) -> Path:
    """Score histograms by class, one panel per model, the threshold as a vertical line."""
    fig, axes = _figure(len(scored), width=4.0)
    bins = np.linspace(0, 1, 26)
    for ax, sc in zip(axes, scored, strict=True):
        for label, name, color in ((0, "legitimate", "tab:blue"), (1, "scam", "tab:red")):
            s = sc.frame.loc[sc.frame["label"] == label, "score"]
            if len(s):
                ax.hist(s, bins=bins, alpha=0.6, color=color, label=f"{name} ({len(s)})")
        ax.axvline(sc.threshold, color="black", ls="--", lw=1)
        ax.set(title=sc.model.name, xlabel="score", yscale="log")
        ax.legend(fontsize=7)
    axes[0].set_ylabel(f"rows of {scored[0].source.name}")
    fig.savefig(path, dpi=110)
    return path


def write_plots(result: EvaluationResult, out: Path) -> dict[str, list[str]]:
    """All plots, per source; returns source → file names."""
    files: dict[str, list[str]] = {}
    for src in result.sources:
        scored = [sc for sc in result.scored if sc.source is src]
        names = []
        if scored and _labelled(scored[0]):
            names.append(plot_pr(scored, out / f"pr_{slug(src.name)}.png").name)
            names.append(plot_reliability(scored, result.metrics,
                                          out / f"reliability_{slug(src.name)}.png").name)
        names.append(plot_histograms(scored, out / f"scores_{slug(src.name)}.png").name)
        files[src.name] = names
    return files


# -- report.md -----------------------------------------------------------------------------

def _headline(metrics: dict[str, dict[str, dict[str, Any]]]) -> str:
    """One row per model × source; ``metrics`` is model → source → ``source_metrics``."""
    rows = []
    for model, per in metrics.items():
        for source, m in per.items():
            rows.append([model, source, m["n"], m["positives"], m["threshold"],
                         _rate(m["precision"], m["precision_ci95"], m["tp"] + m["fp"]),
                         _rate(m["recall"], m["recall_ci95"], m["positives"]), m["f1"],
                         _rate(m["fpr"], m["fpr_ci95"], m["negatives"]),
                         m["pr_auc"], m["roc_auc"], m["brier"]])
    return md_table(rows, ["model", "source", "n", "scams", "threshold", "precision", "recall",
                           "F1", "FPR", "PR-AUC", "ROC-AUC", "Brier"])


def _slices(slices: pd.DataFrame) -> str:
    if slices.empty:
        return "_No real-data source was evaluated._\n"
    rows = [[r.slice, r.model, r.measure, r.n, r.flagged, r.rate,
             f"{_fmt(r.ci95_low, 3)}–{_fmt(r.ci95_high, 3)}",
             ", ".join(f"{k} {v}" for k, v in r.flagged_as.items()) or "—"]
            for r in slices.itertuples()]
    return md_table(rows, ["slice", "model", "measure", "n", "flagged", "rate", "Wilson 95%",
                           "flagged as"])


def _indicator_hits(result: EvaluationResult) -> str:
    if not result.indicator_hits:
        return "_No source was evaluated._\n"
    families = [f for f in FAMILIES if any(h.by_family[f] for h in result.indicator_hits)]
    rows = [[h.slice, h.n, f"{h.with_red_flag} ({h.with_red_flag / h.n:.1%})" if h.n else "0",
             *(h.by_family[f] for f in families),
             ", ".join(f"{i} {k}" for i, k in h.top_red_flags) or "—"]
            for h in result.indicator_hits]
    return md_table(rows, ["slice", "n", "with a red flag", *families, "most frequent red flags"])


def _breakdown(per: dict[str, dict[str, Any]], key: str) -> str:
    rows = []
    for model, m in per.items():
        for group, g in m[key].items():
            rows.append([model, group, g["n"], g["positives"],
                         _rate(g["precision"], None, 0),
                         _rate(g["recall"], g["recall_ci95"], g["positives"]),
                         _rate(g["fpr"], g["fpr_ci95"], g["negatives"]), g["pr_auc"],
                         g.get("recall_at_precision_95", math.nan)])
    return md_table(rows, ["model", key.split("by_")[-1], "n", "scams", "precision", "recall",
                           "FPR", "PR-AUC", "best recall at precision ≥ 0.95"])


def _confusions(per: dict[str, dict[str, Any]]) -> str:
    rows = [[model, m["tp"], m["fp"], m["fn"], m["tn"]] for model, m in per.items()]
    return md_table(rows, ["model", "TP", "FP", "FN", "TN"])


def _errors(errors: dict[str, dict[str, dict[str, list[dict]]]]) -> str:
    """Tables of the worst errors; ``errors`` is model → source → false positives/negatives."""
    parts = []
    for model, per in errors.items():
        for source, kinds in per.items():
            for kind, title in (("false_positives", "False positives (highest scores)"),
                                ("false_negatives", "False negatives (lowest scores)")):
                rows = [[e["id"], e["language"], e["category"], e["score"], e["excerpt"],
                         "; ".join(f"{r['indicator']} “{r['evidence']}” {r['weight']:+.2f}"
                                   for r in e["reasons"]) or "—"]
                        for e in kinds[kind]]
                parts.append(f"#### {model} on {source}: {title}\n\n"
                             + (md_table(rows, ["id", "lang", "category", "score", "excerpt",
                                                "reasons"]) if rows else "_none_\n"))
    return "\n".join(parts) or "_No recruitscan model was evaluated on the project corpus._\n"


def _models(result: EvaluationResult) -> str:
    rows = [[name, d["kind"], d["threshold"], d.get("path", "trained on the corpus splits"),
             d.get("threshold_note", "")] for name, d in result.model_info().items()]
    return md_table(rows, ["model", "kind", "threshold", "from", "how the threshold was chosen"])


def _comparisons(result: EvaluationResult) -> str:
    if result.comparisons.empty:
        return "_No baseline was evaluated._\n"
    return _paired_table(result.comparisons, "baseline")


def _paired_table(table: pd.DataFrame, against: str) -> str:
    def cell(r: Any, name: str) -> str:
        diff, (lo, hi) = getattr(r, f"{name}_diff"), getattr(r, f"{name}_ci95")
        if diff != diff:  # NaN: the source has one class only
            return "n/a"
        return f"{diff:+.4f} [{lo:+.4f}, {hi:+.4f}] {getattr(r, f'{name}_verdict')}"

    rows = [[r.model, getattr(r, against), r.source, cell(r, "pr_auc"), cell(r, "brier")]
            for r in table.itertuples()]
    return md_table(rows, ["model", against, "source", "PR-AUC difference (higher is better)",
                           "Brier difference (lower is better)"])


def _model_comparisons(result: EvaluationResult) -> list[str]:
    if result.model_comparisons.empty:
        return []
    return ["## The first model against the others\n",
            "The first recruitscan model given minus each other one, on the same rows, measured "
            "as against the baselines.\n", _paired_table(result.model_comparisons, "against")]


def render_markdown(result: EvaluationResult, plots: dict[str, list[str]]) -> str:
    out = [f"# recruitscan evaluation report\n\nWritten {datetime.now(UTC):%Y-%m-%d %H:%M} UTC. "
           "Every source is measured on its own; none are pooled. Rates resting on fewer than "
           f"{SMALL_N} rows carry their Wilson 95% interval in brackets.\n",
           "## Models\n", _models(result),
           "## Headline: one row per model × source\n", _headline(result.metrics),
           "The project corpus is synthetic: its test split (held out by template group) "
           "overstates performance on real ads. The real sources below are the honest check. "
           "EMSCAD fraud (generic job fraud) and Indonesian fraud SMS (loans, lotteries) count "
           "as positives in their headline rows: that is a second task, not compound "
           "recruitment, so read those rows with the slices below.\n",
           "## Against the baselines\n",
           "Model minus baseline on the same rows, with a paired bootstrap 95% interval (1,000 "
           "resamples of the rows); \"better\" or \"worse\" only when the interval excludes "
           "zero. On EMSCAD and the SMS corpus the positives are other kinds of fraud, which "
           "recruitscan is not built to flag: there, read the Brier score on the legitimate "
           "slices above rather than PR-AUC.\n", _comparisons(result),
           *_model_comparisons(result),
           "## Real data, slice by slice\n",
           "FPR on legitimate text; for other kinds of scam (generic job fraud, loan and lottery "
           "SMS) the share flagged and the category the model gave them.\n", _slices(result.slices),
           "## Red flags by slice (indicators alone, no model)\n",
           "Texts of each slice with at least one hit of an indicator of positive prior weight "
           "(a red flag), texts with a hit of each family (legitimacy signals and warnings "
           "included), and the red flags most texts trip. Real, legitimate text trips red flags "
           "too: that is why the model weighs them instead of counting them.\n",
           _indicator_hits(result)]
    for src in result.sources:
        per = {m: v[src.name] for m, v in result.metrics.items()}
        out += [f"## {src.name}\n", f"{len(src.frame)} rows, {int(src.frame['label'].sum())} "
                "labelled scam.\n", "### Confusion at the operating threshold\n",
                _confusions(per)]
        out += [f"![{p}]({p})\n" for p in plots.get(src.name, [])]
        if src.frame["language"].nunique() > 1:
            out += ["### Per language\n", _breakdown(per, "by_language")]
            if all("compound_by_language" in m for m in per.values()):
                out += ["### Per language, compound recruitment against legitimate text\n",
                        "Other job scams left out: precision and recall of the main task.\n",
                        _breakdown(per, "compound_by_language")]
        if src.frame["category"].nunique() > 1:
            out += ["### Per category\n", _breakdown(per, "by_category")]
    out += ["## Worst errors of the recruitscan models on the corpus\n", _errors(result.errors)]
    if result.robustness:
        out.append("## Robustness\n")
        for model, table in result.robustness.items():
            out += [f"### {model}\n", md_table(table.itertuples(index=False), list(table.columns))]
    if result.notes:
        out += ["## Notes\n", "".join(f"- {n}\n" for n in result.notes)]
    return "\n".join(out)


def metrics_document(result: EvaluationResult) -> dict[str, Any]:
    return jsonable({
        "created": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "models": result.model_info(),
        "sources": {s.name: {"kind": s.kind, "n": len(s.frame),
                             "positives": int(s.frame["label"].sum())} for s in result.sources},
        "results": result.metrics,
        "real_data_slices": result.slices.to_dict(orient="records"),
        "worst_errors": result.errors,
        "robustness": {m: t.to_dict(orient="records") for m, t in result.robustness.items()},
        "baseline_comparisons": result.comparisons.to_dict(orient="records"),
        "model_comparisons": result.model_comparisons.to_dict(orient="records"),
        "indicator_hits": [h.as_dict() for h in result.indicator_hits],
        "notes": result.notes,
    })


def write_report(result: EvaluationResult, out: Path) -> Path:
    """Write ``report.md``, ``metrics.json`` and the PNG plots into ``out``."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    plots = write_plots(result, out)
    (out / "metrics.json").write_text(
        json.dumps(metrics_document(result), indent=2, ensure_ascii=False, allow_nan=False) + "\n",
        encoding="utf-8")
    (out / "report.md").write_text(render_markdown(result, plots), encoding="utf-8")
    return out


# -- cross-validation report ---------------------------------------------------------------

def _difference(name: str, d: dict[str, Any] | None) -> str:
    if d is None:
        return f"{name}: n/a (the source has one class only)"
    diff, (lo, hi) = d["difference"], d["ci95"]
    return f"{name}: {diff:+.4f} [{lo:+.4f}, {hi:+.4f}], {d['verdict']}"


def render_cross_validation(cv: CrossValidation, plots: Sequence[str],
                            errors: dict[str, list[dict]]) -> str:
    src = cv.source
    oof, ref = cv.out_of_fold.model, cv.reference.model
    per = cv.metrics
    thresholds = ", ".join(f"{t:.3f}" for t in oof.fold_thresholds)
    out = [f"# recruitscan cross-validation on {src.name}\n\n"
           f"Written {datetime.now(UTC):%Y-%m-%d %H:%M} UTC. {len(src.frame)} rows, "
           f"{int(src.frame['label'].sum())} labelled scam, in {cv.folds} folds by group. "
           f"Each row was scored by a model trained on the recipe's data and the other folds "
           f"of {src.name}, never its own, and decided by that model's threshold ({thresholds}; "
           f"the tables show their median). **{ref.name}** is the same recipe trained without "
           f"{src.name}, on the same rows. Precision depends on the share of scams in these "
           f"rows ({src.frame['label'].mean():.1%}); recall and the false-positive rate carry "
           "over to another mix.\n",
           "## Headline\n", _headline({name: {src.name: m} for name, m in per.items()}),
           "## Training with the source, against training without it\n",
           "Out-of-fold minus without, on the same rows, with a paired bootstrap 95% interval "
           "over rows; \"better\" or \"worse\" only when the interval excludes zero.\n",
           "".join(f"- {_difference(label, cv.comparison.get(key))}\n"
                   for key, label in (("pr_auc", "PR-AUC"), ("brier", "Brier score"))),
           "## Confusion at the operating thresholds\n", _confusions(per)]
    if not cv.slices.empty:
        out += ["## Real data, slice by slice\n", _slices(cv.slices)]
    out += [f"![{p}]({p})\n" for p in plots]
    if src.frame["language"].nunique() > 1:
        out += ["## Per language\n", _breakdown(per, "by_language")]
    if src.frame["category"].nunique() > 1:
        out += ["## Per category\n", _breakdown(per, "by_category")]
    out += ["## Worst errors out of fold\n",
            "Each with the reasons of the fold model that scored it.\n",
            _errors({cv.out_of_fold.model.name: {src.name: errors}})]
    out += ["## Files\n", "- `out_of_fold.csv`: every row in the source's order, with its fold, "
            "out-of-fold score, threshold and verdict, and the score without the source.\n"
            "- `metrics.json`: everything above.\n"]
    if cv.notes:
        out += ["## Notes\n", "".join(f"- {n}\n" for n in cv.notes)]
    return "\n".join(out)


def write_cross_validation(cv: CrossValidation, out: Path) -> Path:
    """Write ``report.md``, ``metrics.json``, ``out_of_fold.csv`` and plots into ``out``."""
    from recruitscan.crossval import out_of_fold_frame

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    name = slug(cv.source.name)
    scored = cv.scored
    metrics = {m: {cv.source.name: v} for m, v in cv.metrics.items()}
    plots = []
    if _labelled(scored[0]):
        plots += [plot_pr(scored, out / f"pr_{name}.png").name,
                  plot_reliability(scored, metrics, out / f"reliability_{name}.png").name]
    plots.append(plot_histograms(scored, out / f"scores_{name}.png").name)
    out_of_fold_frame(cv).to_csv(out / "out_of_fold.csv", index=False)
    errors = cv.worst_errors()
    document = jsonable({
        "created": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "source": {"name": cv.source.name, "kind": cv.source.kind, "n": len(cv.source.frame),
                   "positives": int(cv.source.frame["label"].sum())},
        "folds": cv.folds,
        "fold_thresholds": list(cv.out_of_fold.model.fold_thresholds),
        "results": cv.metrics,
        "comparison": cv.comparison,
        "real_data_slices": cv.slices.to_dict(orient="records"),
        "worst_errors": errors,
        "notes": cv.notes,
    })
    (out / "metrics.json").write_text(
        json.dumps(document, indent=2, ensure_ascii=False, allow_nan=False) + "\n",
        encoding="utf-8")
    (out / "report.md").write_text(render_cross_validation(cv, plots, errors), encoding="utf-8")
    return out
