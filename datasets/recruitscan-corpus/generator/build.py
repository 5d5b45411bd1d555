"""Build the synthetic recruitscan corpus from the per-language template modules.

    python datasets/recruitscan-corpus/generator/build.py

Writes ``corpus.jsonl`` and ``SHA256SUMS`` next to this folder. Deterministic: a fixed seed,
templates expanded in file order. Every example is project-written and marked
``origin: synthetic``.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT_DIR = HERE.parent
sys.path.insert(0, str(HERE))

from common import COMMON_FUNCS, COMMON_SLOTS  # noqa: E402
from grammar import H, T, expand, tidy  # noqa: E402

SEED = 20261128
SPLITS = (("train", 0.6), ("calibration", 0.1), ("validation", 0.1), ("test", 0.2))
SCAM = {"compound_recruitment": "compound_recruitment", "other_job_scam": "other_job_scam"}


def _load(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


def _shingles(text: str, k: int = 5) -> set[str]:
    t = re.sub(r"\s+", " ", text.lower())
    return {t[i : i + k] for i in range(max(1, len(t) - k + 1))}


def _near_duplicate_groups(rows: list[dict], threshold: float = 0.9) -> None:
    """Merge the groups of examples whose character 5-gram sets are near-identical.

    MinHash LSH finds candidate pairs; the exact Jaccard confirms them; union-find merges
    their groups so that no near-duplicate sits on both sides of a split.
    """
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=64)
    shingles, parent = [], {}

    def find(g: str) -> str:
        while parent.setdefault(g, g) != g:
            parent[g] = parent[parent[g]]
            g = parent[g]
        return g

    for i, row in enumerate(rows):
        sh = _shingles(row["text"])
        shingles.append(sh)
        m = MinHash(num_perm=64, seed=1)
        for s in sh:
            m.update(s.encode("utf-8"))
        for j in lsh.query(m):
            other = shingles[int(j)]
            if len(sh & other) / max(1, len(sh | other)) >= threshold:
                a, b = find(row["group"]), find(rows[int(j)]["group"])
                if a != b:
                    parent[max(a, b)] = min(a, b)
        lsh.insert(str(i), m)
    for row in rows:
        row["group"] = find(row["group"])


def _assign_splits(rows: list[dict], rng: random.Random) -> None:
    """Group-aware split, stratified by (language, category)."""
    by_stratum: dict[tuple[str, str], dict[str, int]] = defaultdict(dict)
    group_stratum: dict[str, tuple[str, str]] = {}
    for row in rows:
        key = group_stratum.setdefault(row["group"], (row["language"], row["category"]))
        by_stratum[key][row["group"]] = by_stratum[key].get(row["group"], 0) + 1
    split_of: dict[str, str] = {}
    for key in sorted(by_stratum):
        groups = sorted(by_stratum[key])
        rng.shuffle(groups)
        total = sum(by_stratum[key].values())
        done = 0
        # Fill the rarest splits first so that small strata still reach test and validation.
        order = ["test", "validation", "calibration", "train"]
        quota = {name: share * total for name, share in SPLITS}
        filled = dict.fromkeys(quota, 0.0)
        for g in groups:
            size = by_stratum[key][g]
            target = next((s for s in order if filled[s] + size / 2 <= quota[s]), "train")
            split_of[g] = target
            filled[target] += size
            done += size
    for row in rows:
        row["split"] = split_of[row["group"]]


def build() -> list[dict]:
    rng = random.Random(SEED)
    rows: list[dict] = []
    seen: set[str] = set()
    for path in sorted(HERE.glob("templates_*.py")):
        mod = _load(path)
        lang = mod.LANGUAGE
        slots = {**COMMON_SLOTS, **getattr(mod, "SLOTS", {})}
        for item in list(getattr(mod, "TEMPLATES", [])) + list(getattr(mod, "HANDWRITTEN", [])):
            if isinstance(item, T):
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
    _assign_splits(rows, random.Random(SEED))
    return rows


def _row(item, lang: str, text: str, ex_id: str, group: str, generator: str) -> dict:
    return {
        "id": ex_id,
        "text": text,
        "label": int(item.category in SCAM),
        "category": item.category,
        "language": lang,
        "kind": item.kind,
        "hard_negative": bool(
            item.category in {"legit_overseas", "legit_local_hotspot", "awareness"} or item.bpo_urgent
        ),
        "template": item.id,
        "group": group,
        "origin": "synthetic",
        "generator": generator,
        "author": item.author,
    }


def main() -> None:
    rows = build()
    out = OUT_DIR / "corpus.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    (OUT_DIR / "SHA256SUMS").write_text(f"{digest}  corpus.jsonl\n", encoding="utf-8")
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for r in rows:
        counts[(r["language"], r["category"])] += 1
    print(f"{len(rows)} examples -> {out}")
    for (lang, cat), n in sorted(counts.items()):
        print(f"  {lang:3s} {cat:22s} {n}")


if __name__ == "__main__":
    main()
