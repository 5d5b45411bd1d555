"""Build the synthetic recruitscan corpus from the per-language template modules.

    python datasets/recruitscan-corpus/generator/build.py
    python datasets/recruitscan-corpus/generator/build.py --extra BATCH.jsonl --out TRIAL_DIR

Writes ``corpus.jsonl``, ``STATS.md`` and ``SHA256SUMS`` next to this folder (or into
``--out``). Deterministic: a fixed seed, templates expanded in file order. Every example is
project-written and marked ``origin: synthetic``.

``--extra FILE`` trials a batch of hand-written examples (the format of
``more_examples.jsonl``) before it joins: it is added after the other hand-written files, as
they are, so every other example keeps its text, group and split, and its rows carry the
generator ``handwritten:<its file name>`` for ``models/configs/cv_by_language.py --apart``.
Write such a trial elsewhere with ``--out``.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import random
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT_DIR = HERE.parent
sys.path.insert(0, str(HERE))

from common import COMMON_FUNCS, COMMON_SLOTS  # noqa: E402
from grammar import H, T, expand, tidy  # noqa: E402

SEED = 20261128
FILTER_ARTEFACTS = True
SPLITS = (("train", 0.6), ("calibration", 0.1), ("validation", 0.1), ("test", 0.2))
SCAM = {"compound_recruitment": "compound_recruitment", "other_job_scam": "other_job_scam"}
# Hand-written examples, one JSON object per line (see DATASHEET.md): short chat messages of
# every kind, everyday messages (negatives in the scam chats' casual register), and more
# examples of every category written afresh in nine languages. They are added after the
# artefact filter, which they do not go through, so that adding them leaves every other example,
# its group and its split as they were; STATS.md's artefact check covers them too.
HANDWRITTEN_FILES = tuple(HERE / name for name in (
    "short_messages.jsonl", "everyday_messages.jsonl", "more_examples.jsonl"))
_HARD_CATEGORIES = {"legit_overseas", "legit_local_hotspot", "awareness"}
# Categories corrected after review, by example id. Applied after the artefact filter, whose
# choice depends on every row's label, so that a correction changes its own row alone.
CORRECTIONS = {
    # A victim's account and a warning to a relative, written as other_job_scam.
    "vi-oj-h-001": "awareness",
    "vi-oj-h-010": "awareness",
}


def _load(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


def _near_duplicate_groups(rows: list[dict], threshold: float = 0.9) -> None:
    """Merge the groups of examples whose character 5-gram sets are near-identical, so that no
    near-duplicate sits on both sides of a split (each merged group takes its smallest name)."""
    from recruitscan.corpus_quality import near_duplicate_clusters
    from recruitscan.similarity import DisjointSets

    members: dict[int, set[str]] = defaultdict(set)
    for row, cluster in zip(rows, near_duplicate_clusters([r["text"] for r in rows], threshold),
                            strict=True):
        members[cluster].add(row["group"])
    groups = DisjointSets()
    for names in members.values():
        first, *rest = sorted(names)
        for g in rest:
            groups.union(first, g)
    for row in rows:
        row["group"] = groups.find(row["group"])


def _group_order(group: str) -> str:
    """A stable pseudo-random rank for a group: adding or removing other groups never moves it."""
    return hashlib.sha256(f"{SEED}:{group}".encode()).hexdigest()


def _assign_splits(rows: list[dict]) -> None:
    """Group-aware split, stratified by (language, category), stable across rebuilds.

    A group's split comes from a hash of its name alone (60/10/10/20), so adding or editing
    other templates never moves it. A stratum whose groups all hashed away from test or
    validation gives its lowest-ranked groups to them, so every stratum is measured.
    """
    strata: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in rows:
        strata[(row["language"], row["category"])].add(row["group"])
    edges = [("train", 0.6), ("calibration", 0.7), ("validation", 0.8), ("test", 1.0)]
    split_of: dict[str, str] = {}
    for key in sorted(strata):
        groups = sorted(strata[key], key=_group_order)
        for g in groups:
            u = int(_group_order(g)[:8], 16) / 0x100000000
            split_of[g] = next(name for name, edge in edges if u < edge)
        if len(groups) >= 4:
            for needed, g in zip(("test", "validation"), groups, strict=False):
                if not any(split_of[x] == needed for x in groups):
                    split_of[g] = needed
    for row in rows:
        row["split"] = split_of[row["group"]]


def build(extra: Sequence[Path] = ()) -> list[dict]:
    """Every example with its group and split; ``extra`` hand-written files come last."""
    rows: list[dict] = []
    seen: set[str] = set()
    for path in sorted(HERE.glob("templates_*.py")):
        mod = _load(path)
        lang = mod.LANGUAGE
        slots = {**COMMON_SLOTS, **getattr(mod, "SLOTS", {})}
        for item in list(getattr(mod, "TEMPLATES", [])) + list(getattr(mod, "HANDWRITTEN", [])):
            if isinstance(item, T):
                # One generator per template: editing one template never changes another's text.
                rng = random.Random(f"{SEED}:{item.id}")
                made, attempts = 0, 0
                while made < item.n and attempts < item.n * 8:
                    attempts += 1
                    text = tidy(expand(item.text, rng, slots, COMMON_FUNCS))
                    if text in seen:
                        continue
                    seen.add(text)
                    made += 1
                    rows.append(_row(item, lang, text, f"{item.id}-{made:02d}", item.id, f"grammar:{path.name}"))
            elif isinstance(item, H):
                text = tidy(item.text)
                if text not in seen:
                    seen.add(text)
                    rows.append(_row(item, lang, text, item.id, item.id, f"handwritten:{path.name}"))
    ids = [r["id"] for r in rows]
    dupes = {i for i in ids if ids.count(i) > 1} if len(set(ids)) != len(ids) else set()
    if dupes:
        raise SystemExit(f"duplicate example ids: {sorted(dupes)[:10]}")
    _near_duplicate_groups(rows)
    if FILTER_ARTEFACTS:
        rows = _filter_artefacts(rows)
    _correct(rows)
    for path in (*HANDWRITTEN_FILES, *extra):
        rows += _handwritten(Path(path), seen)
    _near_duplicate_groups(rows)  # a message near-identical to an example joins its group
    _assign_splits(rows)
    return rows


def _labelled(category: str, hard: bool = False) -> dict:
    """The label columns of a row of ``category``: whether it is a scam, and whether it is a
    hard negative (its category's, or ``hard`` where its template or file says so)."""
    return {"label": int(category in SCAM), "category": category,
            "hard_negative": bool(hard or category in _HARD_CATEGORIES)}


def _correct(rows: list[dict]) -> None:
    for r in rows:
        category = CORRECTIONS.get(r["id"])
        if category is not None:
            r.update(_labelled(category, r["hard_negative"]))


def _handwritten(path: Path, seen: set[str]) -> list[dict]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        m = json.loads(line)
        text = tidy(m["text"])
        if text in seen:
            continue
        seen.add(text)
        rows.append({
            "id": m["id"], "text": text,
            # hard_negative is also set for the ordinary chats written to share the lures' words.
            **_labelled(m["category"], m["hard_negative"]),
            "language": m["language"], "kind": m["kind"],
            "template": m["group"], "group": m["group"], "origin": "synthetic",
            "generator": f"handwritten:{path.name}", "author": m["author"],
        })
    return rows


# The minimum compound-recruitment counts per language (plus a margin).
_MIN_COMPOUND = {"id": 620, "en": 420, "ms": 105, "tl": 105, "vi": 105, "th": 105, "zh": 105,
                 "km": 52, "my": 52}


def _filter_artefacts(rows: list[dict]) -> list[dict]:
    """Drop the examples that typography alone predicts best (see DATASHEET.md)."""
    import numpy as np

    from recruitscan.corpus_quality import adversarial_filter

    strata = [f"{r['language']}/{r['category']}" for r in rows]
    sizes: dict[str, int] = defaultdict(int)
    for s in strata:
        sizes[s] += 1
    minimum = {s: int(0.75 * n) for s, n in sizes.items()}
    for lang, n in _MIN_COMPOUND.items():
        key = f"{lang}/compound_recruitment"
        minimum[key] = max(minimum.get(key, 0), n)
    keep = adversarial_filter([r["text"] for r in rows], np.array([r["label"] for r in rows]),
                              strata, minimum, target_auc=0.6, max_drop_share=0.15, seed=SEED % 1000)
    return [rows[i] for i in keep]


def _row(item, lang: str, text: str, ex_id: str, group: str, generator: str) -> dict:
    return {
        "id": ex_id,
        "text": text,
        **_labelled(item.category, item.bpo_urgent),
        "language": lang,
        "kind": item.kind,
        "template": item.id,
        "group": group,
        "origin": "synthetic",
        "generator": generator,
        "author": item.author,
    }


def write_stats(rows: list[dict], out_dir: Path = OUT_DIR) -> None:
    """STATS.md: counts, diversity and artefact checks of the built corpus."""
    import pandas as pd

    from recruitscan.corpus_quality import artefact_auc, currency_balance, diversity

    df = pd.DataFrame(rows)
    counts = pd.crosstab(df["language"], df["category"], margins=True, margins_name="total")
    kinds = pd.crosstab(df["language"], df["kind"])
    splits = pd.crosstab(df["split"], df["label"])
    div = pd.DataFrame(diversity(df)).T
    auc_boost, auc_linear = artefact_auc(df), artefact_auc(df, linear=True)
    cur = pd.DataFrame(currency_balance(df)).T
    hard = int(df["hard_negative"].sum())
    lines = [
        "# recruitscan-corpus: statistics (generated by generator/build.py)",
        "",
        f"{len(df)} examples, all synthetic; {int(df['label'].sum())} scam, "
        f"{int((df['label'] == 0).sum())} not scam, of which {hard} hard negatives. "
        f"Hand-written: {int(df['generator'].str.startswith('handwritten').sum())}.",
        "",
        "## Examples per language and category", "", counts.to_markdown(), "",
        "## Examples per language and kind", "", kinds.to_markdown(), "",
        "## Splits (by group) and labels", "", splits.to_markdown(), "",
        "## Diversity per category",
        "Distinct word 3-grams per 1,000 tokens; near-duplicate clusters at character 5-gram",
        "Jaccard ≥ 0.9; the largest share of the category produced by one template.", "",
        div.to_markdown(), "",
        "## Artefact check",
        "ROC-AUC on the test split of a classifier trained on typography alone (length, emoji,",
        "digit, punctuation and upper-case rates, exclamation marks, line breaks); 0.5 is chance.",
        "",
        "| language | gradient boosting | logistic regression |", "|---|---|---|",
        *[f"| {k} | {auc_boost[k]:.3f} | {auc_linear.get(k, float('nan')):.3f} |" for k in auc_boost],
        "",
        "## Currency marks in each class (share of texts using the mark)", "",
        cur.to_markdown(floatfmt=".3f"), "",
    ]
    (out_dir / "STATS.md").write_text("\n".join(lines), encoding="utf-8")


# The corpus's columns, in the order each line of corpus.jsonl gives them.
COLUMNS = ("id", "text", "label", "category", "language", "kind", "hard_negative", "template",
           "group", "origin", "generator", "author", "split")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--extra", type=Path, action="append", default=[], metavar="FILE",
                    help="a hand-written batch to trial (repeat for several)")
    ap.add_argument("--out", type=Path, default=OUT_DIR, metavar="DIR",
                    help="folder for corpus.jsonl, STATS.md and SHA256SUMS (default: the corpus's)")
    args = ap.parse_args()
    rows = build(args.extra)
    args.out.mkdir(parents=True, exist_ok=True)
    out = args.out / "corpus.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps({k: row[k] for k in COLUMNS}, ensure_ascii=False) + "\n")
    if FILTER_ARTEFACTS:
        write_stats(rows, args.out)
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    (args.out / "SHA256SUMS").write_text(f"{digest}  corpus.jsonl\n", encoding="utf-8")
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for r in rows:
        counts[(r["language"], r["category"])] += 1
    print(f"{len(rows)} examples -> {out}")
    for (lang, cat), n in sorted(counts.items()):
        print(f"  {lang:3s} {cat:22s} {n}")


if __name__ == "__main__":
    main()
