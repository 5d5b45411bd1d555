"""What a corpus batch changes on the rows outside it: two score files, compared row by row.

    python models/configs/cv_by_language.py --corpus TRIAL_DIR --apart handwritten:BATCH.jsonl \\
        --validation --fit-without --out without.csv
    python models/configs/cv_by_language.py --corpus TRIAL_DIR --apart handwritten:BATCH.jsonl \\
        --validation --out with.csv
    python models/configs/paired_scores.py without.csv with.csv --apart handwritten:BATCH.jsonl

Both files score the same rows (``cv_by_language.py --out``: out of fold, or the validation
split). Printed for the rows whose generator does not start with ``--apart``: PR-AUC, Brier and
the best recall at precision >= 0.95 of each file, and the PR-AUC and Brier differences (second
minus first) with their paired-bootstrap 95% intervals (rows resampled, the same rows for both;
``recruitscan.evaluate.paired_differences``, as `recruitscan evaluate` compares models). The
interval is the spread over rows, not over fits: two models fitted on nearly the same rows
differ little and consistently, so even a small shift can lie wholly on one side.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.metrics import average_precision_score, brier_score_loss

from recruitscan.evaluate import paired_differences
from recruitscan.metrics import recall_at_precision


def compare(first: pd.DataFrame, second: pd.DataFrame, apart: str | None = None,
            n_boot: int = 1000) -> dict[str, object]:
    """The two files' figures on the rows outside ``apart``, and second minus first."""
    if len(first) != len(second) or not (first["id"].to_numpy() == second["id"].to_numpy()).all():
        raise ValueError("the two files do not score the same rows in the same order")
    if apart is not None and "generator" not in first.columns:
        raise ValueError("--apart needs a generator column (cv_by_language.py --out writes one)")
    keep = (np.ones(len(first), dtype=bool) if apart is None
            else ~first["generator"].astype(str).str.startswith(apart).to_numpy())
    y = first["label"].to_numpy()[keep]
    a, b = first["score"].to_numpy()[keep], second["score"].to_numpy()[keep]
    diffs = paired_differences(y, b, a, n_boot)
    return {"rows": int(keep.sum()), "scams": int(y.sum()),
            "pr_auc": (average_precision_score(y, a), average_precision_score(y, b)),
            "brier": (brier_score_loss(y, a), brier_score_loss(y, b)),
            "recall_at_p95": (recall_at_precision(y, a), recall_at_precision(y, b)),
            **{f"{name}_diff": (d["difference"], *d["ci95"]) for name, d in diffs.items()}}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("first", type=Path, help="scores without the change (cv_by_language.py --out)")
    ap.add_argument("second", type=Path, help="scores with it, of the same rows")
    ap.add_argument("--apart", metavar="GENERATOR",
                    help="leave out the rows of this generator (a prefix, as cv_by_language.py)")
    args = ap.parse_args(argv)
    r = compare(pd.read_csv(args.first), pd.read_csv(args.second), args.apart)
    print(f"{r['rows']} rows, {r['scams']} scams{' outside ' + args.apart if args.apart else ''}")
    for name, key in (("PR-AUC", "pr_auc"), ("Brier", "brier")):
        before, after = r[key]
        diff, lo, hi = r[f"{key}_diff"]
        print(f"{name}: {before:.4f} -> {after:.4f}, difference {diff:+.4f} "
              f"(95% interval {lo:+.4f} to {hi:+.4f})")
    before, after = r["recall_at_p95"]
    print(f"best recall at precision >= 0.95: {before:.3f} -> {after:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
