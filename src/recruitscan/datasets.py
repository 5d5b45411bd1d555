"""Loaders for the project corpus and for real external data sets, each its own named source.

The project corpus (``datasets/recruitscan-corpus``) is synthetic: project-written, labelled,
redistributable. The real public sets (EMSCAD, the Indonesian SMS corpus, JobStreet ads) may not
be copied into the repository: they are read from a directory given by the caller, by
``RECRUITSCAN_SHARED_DATA``, or found at ``../shared/data``. Sources are never pooled silently:
every frame carries a ``source`` column.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from recruitscan.errors import DataError, MissingDataError

CORPUS_NAME = "recruitscan-corpus"
CATEGORIES = ("compound_recruitment", "other_job_scam", "legit_job", "legit_overseas",
              "legit_local_hotspot", "awareness", "other_text")
SCAM_CATEGORIES = frozenset({"compound_recruitment", "other_job_scam"})
SPLITS = ("train", "calibration", "validation", "test")
REQUIRED = {"id": str, "text": str, "label": int, "category": str, "language": str,
            "group": str, "origin": str}
OPTIONAL = {"split": str, "kind": str, "hard_negative": bool, "template": str, "generator": str,
            "author": str, "source": str}


def find_corpus(path: str | Path | None = None) -> Path:
    """The corpus JSONL: ``path``, ``RECRUITSCAN_CORPUS``, or ``datasets/`` above the cwd."""
    candidates = [Path(p) for p in (path, os.environ.get("RECRUITSCAN_CORPUS")) if p]
    here = Path.cwd()
    candidates += [d / "datasets" / CORPUS_NAME for d in (here, *here.parents)]
    for c in candidates:
        f = c / "corpus.jsonl" if c.is_dir() else c
        if f.is_file():
            return f
    raise FileNotFoundError(f"corpus not found (looked at {', '.join(map(str, candidates[:3]))}…); "
                            "pass its path or set RECRUITSCAN_CORPUS")


@dataclass(frozen=True)
class SchemaProblem:
    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


def _json_objects(lines: Iterable[str]) -> Iterator[tuple[int, dict | None, str]]:
    """``(line number, object, "")`` per non-blank JSONL line, or ``(line number, None,
    problem)`` where the line holds no JSON object."""
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield n, None, f"not valid JSON ({exc.msg})"
            continue
        if not isinstance(row, dict):
            yield n, None, "not a JSON object"
            continue
        yield n, row, ""


def validate_records(lines: Iterator[str]) -> list[SchemaProblem]:
    """Check every JSONL line against the corpus schema; return the problems found."""
    problems: list[SchemaProblem] = []
    seen: set[str] = set()
    for n, row, problem in _json_objects(lines):
        if row is None:
            problems.append(SchemaProblem(n, problem))
            continue
        for key, typ in REQUIRED.items():
            if key not in row:
                problems.append(SchemaProblem(n, f"missing field {key!r}"))
            elif not isinstance(row[key], typ) or (typ is int and isinstance(row[key], bool)):
                problems.append(SchemaProblem(n, f"field {key!r} must be {typ.__name__}"))
        for key, typ in OPTIONAL.items():
            if key in row and not isinstance(row[key], typ):
                problems.append(SchemaProblem(n, f"field {key!r} must be {typ.__name__}"))
        cat = row.get("category")
        if isinstance(cat, str) and cat not in CATEGORIES:
            problems.append(SchemaProblem(n, f"unknown category {cat!r}"))
        if isinstance(cat, str) and row.get("label") in (0, 1) and row["label"] != int(cat in SCAM_CATEGORIES):
            problems.append(SchemaProblem(n, f"label {row['label']} contradicts category {cat!r}"))
        if row.get("split") is not None and row.get("split") not in SPLITS:
            problems.append(SchemaProblem(n, f"unknown split {row.get('split')!r}"))
        if isinstance(row.get("text"), str) and not row["text"].strip():
            problems.append(SchemaProblem(n, "empty text"))
        rid = row.get("id")
        if isinstance(rid, str):
            if rid in seen:
                problems.append(SchemaProblem(n, f"duplicate id {rid!r}"))
            seen.add(rid)
    return problems


def validate_file(path: str | Path) -> list[SchemaProblem]:
    path = Path(path)
    try:
        with path.open(encoding="utf-8") as fh:
            return validate_records(iter(fh))
    except UnicodeDecodeError as exc:
        return [SchemaProblem(0, f"not UTF-8 ({exc.reason} at byte {exc.start})")]


def binary_labels(df: pd.DataFrame, name: str) -> pd.Series:
    """The ``label`` column as 0/1 ints; any other value (a missing label, 2, "yes") is an
    error that names the rows, never a row silently counted as legitimate."""
    if "label" not in df.columns:
        raise DataError(f"{name} has no label column; columns are {list(df.columns)}")
    raw = df["label"]
    labels = pd.to_numeric(raw, errors="coerce")
    bad = ~labels.isin([0, 1])
    if bad.any():
        where = df.loc[bad, "id"] if "id" in df.columns else df.index[bad]
        examples = ", ".join(f"{i!s} ({v!r})" for i, v in
                             zip(list(where[:3]), list(raw[bad][:3]), strict=True))
        raise DataError(f"{name}: label must be 0 (legitimate) or 1 (scam); {int(bad.sum())} "
                        f"row(s) are not, e.g. {examples}")
    return labels.astype(int)


def blank_texts(texts: pd.Series) -> pd.Series:
    """True where a text is missing (an empty CSV cell) or only whitespace."""
    return texts.isna() | texts.astype(str).str.strip().eq("")


def without_blank_texts(df: pd.DataFrame, name: str) -> tuple[pd.DataFrame, str | None]:
    """``df`` without its rows whose text is blank or missing, and a warning that counts and
    names them (None when there are none). Such a row holds nothing to learn from or to score:
    kept, it would train or be measured as an empty text with the row's label."""
    blank = blank_texts(df["text"])
    if not blank.any():
        return df, None
    if "id" in df.columns:
        which = "id " + ", ".join(df.loc[blank, "id"].astype(str).head(5))
    else:  # 1-based, as a spreadsheet numbers the rows under the header
        which = "row " + ", ".join(str(i + 1) for i in np.flatnonzero(blank)[:5])
    n = int(blank.sum())
    more = ", ..." if n > 5 else ""
    return df[~blank], (f"{name}: left out {n} row(s) with a blank or missing text "
                        f"({which}{more})")


# The category of a labelled row whose file names none: a scam of unknown kind, or legitimate
# text of unknown kind. Such a scam trains no category model (it is neither kind) and counts in
# no per-kind slice, in training, evaluation and cross-validation alike.
UNSPECIFIED_CATEGORY = {1: "scam", 0: "legit"}


def filled_categories(df: pd.DataFrame) -> pd.Series:
    """The ``category`` column as text, with :data:`UNSPECIFIED_CATEGORY` of the (0/1) label
    where the column is absent, missing or blank."""
    default = df["label"].map(UNSPECIFIED_CATEGORY)
    if "category" not in df.columns:
        return default
    # object first: a categorical column cannot take the defaults, a float one (all blank in a
    # CSV) would turn them into NaN.
    given = df["category"].astype(object).map(
        lambda v: None if pd.isna(v) or not str(v).strip() else str(v).strip())
    return given.where(given.notna(), default).astype(str)


def load_corpus(path: str | Path | None = None, *, validate: bool = True) -> pd.DataFrame:
    """The labelled corpus (project corpus by default, or any file with the same schema)."""
    f = find_corpus(path)
    if validate:
        problems = validate_file(f)
        if problems:
            raise DataError(f"{f}: {len(problems)} schema problem(s); first: {problems[0]}")
    df = pd.read_json(f, lines=True, dtype={"id": str, "group": str})
    if "source" not in df.columns:
        df["source"] = CORPUS_NAME if f.parent.name == CORPUS_NAME else f.stem
    return df


# -- real external data (read from a path, never copied into the project) -----------------

def shared_data_dir(root: str | Path | None = None) -> Path | None:
    """Where the external data lives, or None when it is not on this machine."""
    candidates = [Path(p) for p in (root, os.environ.get("RECRUITSCAN_SHARED_DATA")) if p]
    here = Path.cwd()
    candidates += [d.parent / "shared" / "data" for d in (here, *here.parents)]
    return next((c for c in candidates if c.is_dir()), None)


def _need(root: str | Path | None, rel: str) -> Path:
    base = shared_data_dir(root)
    if base is None or not (base / rel).is_file():
        raise MissingDataError(rel)
    return base / rel


_EMSCAD_TEXT = ("title", "company_profile", "description", "requirements", "benefits")


def _emscad_text(df: pd.DataFrame) -> pd.Series:
    # Only the text columns: EMSCAD's metadata flags are artefacts of one job board.
    return df[list(_EMSCAD_TEXT)].fillna("").astype(str).agg("\n".join, axis=1).str.strip()


def load_emscad(root: str | Path | None = None) -> pd.DataFrame:
    """EMSCAD rows (real, English, 2012–2014): legitimate rows and generic job fraud.

    Both files are read; fraudulent rows of the first-500 file that repeat a row of the
    fraudulent file are dropped. ``category`` is ``other_job_scam`` for fraud (generic US job
    fraud, not compound recruitment) and ``legit_job`` otherwise.
    """
    first = pd.read_csv(_need(root, "emscad/emscad_first_500_rows.csv"), dtype=str)
    fraud = pd.read_csv(_need(root, "emscad/emscad_fraudulent_rows.csv"), dtype=str)
    first["text"], fraud["text"] = _emscad_text(first), _emscad_text(fraud)
    first["id"] = "emscad500-" + first["job_id"]
    fraud["id"] = "emscadfraud-" + fraud["job_id"]
    first = first[~((first["fraudulent"] == "1") & first["text"].isin(set(fraud["text"])))]
    df = pd.concat([first, fraud], ignore_index=True)
    df["label"] = (df["fraudulent"] == "1").astype(int)
    df["category"] = df["label"].map({1: "other_job_scam", 0: "legit_job"})
    df["language"] = "en"
    df["source"] = "emscad"
    df["origin"] = "real"
    df["group"] = "emscad-" + pd.util.hash_pandas_object(df["text"], index=False).astype(str)
    return df[["id", "text", "label", "category", "language", "source", "origin", "group"]]


def load_id_sms(root: str | Path | None = None) -> pd.DataFrame:
    """The Indonesian SMS corpus (real): 0 normal, 1 fraud (loans, lotteries), 2 promo."""
    df = pd.read_csv(_need(root, "id-sms-spam/dataset_sms_spam_v1.csv"), dtype={"teks": str})
    out = pd.DataFrame({
        "id": [f"idsms-{i}" for i in range(len(df))],
        "text": df["teks"].fillna(""),
        "label": (df["label"] == 1).astype(int),
        "category": df["label"].map({0: "other_text", 1: "other_job_scam", 2: "other_text"}),
        "sms_label": df["label"].map({0: "normal", 1: "fraud", 2: "promo"}),
    })
    out["language"] = "id"
    out["source"] = "id-sms"
    out["origin"] = "real"
    out["group"] = "idsms-" + pd.util.hash_pandas_object(out["text"], index=False).astype(str)
    return out


def load_jobstreet(root: str | Path | None = None) -> pd.DataFrame:
    """Real JobStreet ads (Indonesia, Malaysia, Singapore; 2025): unlabelled, used as negatives."""
    df = pd.read_csv(_need(root, "jobstreet-id-my-sg/jobstreet_data.csv"), dtype=str)
    text = (df["title"].fillna("") + "\n" + df["company"].fillna("") + "\n"
            + df["location"].fillna("") + "\n" + df["description"].fillna("")).str.strip()
    out = pd.DataFrame({"id": [f"jobstreet-{i}" for i in range(len(df))], "text": text,
                        "label": 0, "category": "legit_job", "country": df["country"]})
    out["language"] = "und"
    out["source"] = "jobstreet"
    out["origin"] = "real"
    out["group"] = "jobstreet-" + out["id"]
    return out


EXTERNAL_LOADERS = {"emscad": load_emscad, "id-sms": load_id_sms, "jobstreet": load_jobstreet}


def load_source(name: str, root: str | Path | None = None) -> pd.DataFrame:
    """One named source: ``recruitscan-corpus``, ``emscad``, ``id-sms`` or ``jobstreet``,
    or a path to a JSONL/CSV file with at least ``text`` and ``label`` columns."""
    if name == CORPUS_NAME:
        return load_corpus()
    if name in EXTERNAL_LOADERS:
        return EXTERNAL_LOADERS[name](root)
    path = Path(name)
    if path.is_dir() or (path.suffix == ".jsonl" and _holds_corpus_rows(path)):
        return load_corpus(path)
    if path.suffix == ".csv":
        df = pd.read_csv(path, dtype={"id": str})
    elif path.suffix == ".jsonl":
        df = _read_labelled_jsonl(path)
    else:
        raise DataError(f"unknown data source {name!r}")
    missing = {"text", "label"} - set(df.columns)
    if missing:
        raise DataError(f"{path} lacks column(s) {sorted(missing)}; columns are {list(df.columns)}")
    if "source" not in df.columns:
        df["source"] = path.stem
    return df


def _holds_corpus_rows(path: Path) -> bool:
    """Whether a JSONL file is in the corpus format (its first record has a ``split`` and a
    ``group``): read and validated as a corpus, not as a plain labelled file."""
    with path.open(encoding="utf-8-sig") as fh:
        _, first, _ = next(_json_objects(fh), (0, None, ""))
    # No object on the first line: the labelled-file reader names the bad line.
    return first is not None and {"split", "group"} <= first.keys()


def _read_labelled_jsonl(path: Path) -> pd.DataFrame:
    """A JSONL file of labelled texts (at least ``text`` and ``label``), as ``load_source``
    reads a CSV one: ids as strings, every bad line named."""
    records = []
    with path.open(encoding="utf-8-sig") as fh:
        for n, row, problem in _json_objects(fh):
            if row is None:
                raise DataError(f"{path}: line {n} is {problem}")
            records.append(row)
    df = pd.DataFrame.from_records(records)
    if "id" in df.columns:
        df["id"] = df["id"].map(lambda v: v if isinstance(v, str) else None if pd.isna(v) else str(v))
    return df
