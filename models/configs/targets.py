"""The bundled default model against the targets set for it, read from an evaluation report.

    recruitscan evaluate --model src/recruitscan/default_model --data recruitscan-corpus \\
        --data jobstreet --data emscad --data id-sms --report models/default_model_evaluation
    python models/configs/targets.py --report models/default_model_evaluation \\
        --model src/recruitscan/default_model           # --write also saves targets.md there

One row per target: the figure, its Wilson 95% interval where it rests on counts, and whether
it is met. Nothing is measured here: the figures come from the report's ``metrics.json``, the
model's manifest (training time, as measured by ``recruitscan train``) and the size of the
model directory.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from recruitscan.metrics import precision_interval
from recruitscan.report import md_table

CORPUS_TEST = "recruitscan-corpus:test"
MIN_LANGUAGE_ROWS = 100  # languages with at least this many test texts get their own target
TARGET = 0.95  # precision and recall, per language
MIN_PR_AUC = 0.98
MAX_FPR = 0.01
FPR_SLICES = ("JobStreet ads (all)", "EMSCAD legitimate ads", "Indonesian SMS, normal")
NAIVE_BASELINE = "tfidf-logreg"
MAX_TRAIN_SECONDS = 300.0
MAX_MODEL_MB = 25.0


@dataclass(frozen=True)
class Row:
    target: str
    measured: str
    interval: str
    met: bool | None  # None: the report does not hold the figure

    def cells(self) -> list[str]:
        return [self.target, self.measured, self.interval,
                "n/a" if self.met is None else "met" if self.met else "**missed**"]


def _ci(lo_hi: Any, digits: int = 3) -> str:
    return "—" if lo_hi is None else f"[{lo_hi[0]:.{digits}f}, {lo_hi[1]:.{digits}f}]"


def _language_rows(test: dict[str, Any]) -> Iterator[Row]:
    compound = test.get("compound_by_language", {})
    for lang, all_rows in sorted(test.get("by_language", {}).items()):
        if all_rows["n"] < MIN_LANGUAGE_ROWS:
            continue
        name = (f"corpus test, {lang} ({all_rows['n']} texts): precision and recall ≥ {TARGET} "
                "for compound recruitment, at the operating threshold")
        g = compound.get(lang)
        if g is None:
            yield Row(name, "not in the report", "—", None)
            continue
        best = g.get("recall_at_precision_95")
        best_note = "" if best is None else f"; best recall at precision ≥ 0.95 of any threshold {best:.3f}"
        yield Row(name, f"precision {g['precision']:.3f}, recall {g['recall']:.3f}{best_note}",
                  f"precision {_ci(precision_interval(g['tp'], g['fp']))}; "
                  f"recall {_ci(g['recall_ci95'])}",
                  g["precision"] >= TARGET and g["recall"] >= TARGET)


def _comparison_rows(model: str, comparisons: list[dict[str, Any]]) -> Iterator[Row]:
    """Better than both baselines on every source: on PR-AUC where the source has scams,
    on the Brier score where it has none (all its texts legitimate)."""
    for c in comparisons:
        if c["model"] != model:
            continue
        by_pr_auc = c["pr_auc_verdict"] != "n/a"
        metric = "PR-AUC" if by_pr_auc else "Brier"
        diff, ci, verdict = ((c["pr_auc_diff"], c["pr_auc_ci95"], c["pr_auc_verdict"]) if by_pr_auc
                             else (c["brier_diff"], c["brier_ci95"], c["brier_verdict"]))
        yield Row(f"beats {c['baseline']} on {c['source']} ({metric}, paired bootstrap)",
                  f"{diff:+.4f}: {verdict}", _ci(ci, 4), verdict == "better")


def target_rows(metrics: dict[str, Any], manifest: dict[str, Any], model_bytes: int,
                model: str) -> list[Row]:
    results = metrics["results"][model]
    test = results.get(CORPUS_TEST, {})
    rows: list[Row] = []
    compound = test.get("compound")
    rows.append(Row(f"corpus test: PR-AUC ≥ {MIN_PR_AUC}, compound recruitment against "
                    "legitimate text",
                    "not in the report" if compound is None else f"{compound['pr_auc']:.4f}", "—",
                    None if compound is None else compound["pr_auc"] >= MIN_PR_AUC))
    rows += _language_rows(test)
    slices = {s["slice"]: s for s in metrics["real_data_slices"] if s["model"] == model}
    for name in FPR_SLICES:
        s = slices.get(name)
        rows.append(Row(f"false-positive rate ≤ {MAX_FPR:.0%}: {name}",
                        "not in the report" if s is None
                        else f"{s['flagged']} of {s['n']} ({s['rate']:.2%})",
                        "—" if s is None else _ci((s["ci95_low"], s["ci95_high"])),
                        None if s is None else s["rate"] <= MAX_FPR))
    naive = metrics["results"].get(NAIVE_BASELINE, {}).get(CORPUS_TEST)
    rows.append(Row("corpus test: Brier score below the naive baseline's",
                    "not in the report" if naive is None
                    else f"{test['brier']:.4f} against {naive['brier']:.4f}", "—",
                    None if naive is None else test["brier"] < naive["brier"]))
    rows += _comparison_rows(model, metrics["baseline_comparisons"])
    seconds = manifest.get("metrics", {}).get("train_seconds")
    rows.append(Row(f"training end to end under {MAX_TRAIN_SECONDS / 60:.0f} minutes",
                    "not in the manifest" if seconds is None else f"{seconds:.1f} s", "—",
                    None if seconds is None else seconds < MAX_TRAIN_SECONDS))
    mb = model_bytes / 1e6
    rows.append(Row(f"model directory under {MAX_MODEL_MB:.0f} MB", f"{mb:.1f} MB", "—",
                    mb < MAX_MODEL_MB))
    return rows


def _first_recruitscan_model(metrics: dict[str, Any]) -> str:
    return next(name for name, info in metrics["models"].items() if info["kind"] == "recruitscan")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--report", type=Path, required=True, help="directory of recruitscan evaluate")
    ap.add_argument("--model", type=Path, required=True, help="the model directory it evaluated")
    ap.add_argument("--name", help="model name in the report (default: its first recruitscan model)")
    ap.add_argument("--write", action="store_true", help="also write targets.md in --report")
    args = ap.parse_args(argv)

    metrics = json.loads((args.report / "metrics.json").read_text(encoding="utf-8"))
    manifest = json.loads((args.model / "manifest.json").read_text(encoding="utf-8"))
    size = sum(p.stat().st_size for p in args.model.rglob("*") if p.is_file())
    name = args.name or _first_recruitscan_model(metrics)
    rows = target_rows(metrics, manifest, size, name)
    met = sum(r.met is True for r in rows)
    text = (f"# {name} against its targets\n\n"
            f"From `{args.report.as_posix()}/metrics.json` (written {metrics['created']}) and "
            f"`{args.model.as_posix()}`; made by `python models/configs/targets.py --report "
            f"{args.report.as_posix()} --model {args.model.as_posix()} --write`. Intervals are "
            "Wilson 95% for rates and paired-bootstrap 95% for differences.\n\n"
            + md_table([r.cells() for r in rows], ["target", "measured", "95% interval", ""])
            + f"\n{met} of {len(rows)} met.\n")
    print(text)
    if args.write:
        (args.report / "targets.md").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
