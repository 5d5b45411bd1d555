"""Batch screening at the edge: DataFrames, streamed files, worker processes.

Every input row gives exactly one output row, in input order, with its columns untouched and
the result columns appended. Rows that cannot be scored get a ``status`` (``empty``,
``not_text``, ``truncated``, ``malformed``, ``bad_encoding``…) and an ``error`` message with
their line number, instead of stopping the run. Output goes to a temporary file that is renamed
into place only when the whole input was processed.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import pandas as pd

from recruitscan.errors import InputError
from recruitscan.types import ScanResult

FORMATS = ("csv", "jsonl", "parquet")
DEFAULT_CHUNK_ROWS = 2_000
ERROR_COL = "error"


def results_frame(results: Sequence[ScanResult], reasons: str = "full",
                  index: pd.Index | None = None) -> pd.DataFrame:
    """The result columns for ``results``: status, score, flagged, risk, category, …, reasons."""
    data: dict[str, list[Any]] = {
        "status": [r.status for r in results],
        "score": [round(r.score, 6) for r in results],
        "flagged": [r.flagged for r in results],
        "risk": [r.risk for r in results],
        "category": [r.category for r in results],
        "category_probability": [round(r.category_probability, 6) for r in results],
        "language": [r.language for r in results],
    }
    if reasons == "ids":
        data["reasons"] = [";".join(dict.fromkeys(x.indicator for x in r.reasons)) for r in results]
    elif reasons == "full":
        data["reasons"] = [json.dumps([{"indicator": x.indicator, "evidence": x.evidence,
                                        "start": x.start, "end": x.end,
                                        "weight": round(x.weight, 4), "message": x.message}
                                       for x in r.reasons], ensure_ascii=False) for r in results]
    return pd.DataFrame(data, index=index)


def detect_format(path: str, explicit: str | None = None) -> str:
    if explicit:
        if explicit not in FORMATS:
            raise InputError(f"unknown format {explicit!r}; use one of {', '.join(FORMATS)}")
        return explicit
    if path == "-":
        return "csv"
    suffix = Path(path).suffix.lower().lstrip(".")
    suffix = {"ndjson": "jsonl", "json": "jsonl", "pq": "parquet", "tsv": "csv"}.get(suffix, suffix)
    if suffix not in FORMATS:
        raise InputError(f"cannot tell the format of {path!r} from its extension; "
                         f"use .csv, .jsonl or .parquet (or --input-format)")
    return suffix


# -- reading ---------------------------------------------------------------------------------

@dataclass
class Chunk:
    frame: pd.DataFrame  # input columns, every value as read
    problems: dict[int, tuple[str, str]] = field(default_factory=dict)  # row -> (status, error)


def _open_text(path: str) -> IO[str]:
    if path == "-":
        return io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="surrogateescape",
                                newline="")
    return open(path, encoding="utf-8", errors="surrogateescape", newline="")  # noqa: SIM115


def _has_bad_bytes(values: Iterable[object]) -> bool:
    return any(isinstance(v, str) and any("\udc80" <= ch <= "\udcff" for ch in v) for v in values)


def _repair(value: object) -> object:
    if isinstance(value, str):
        return value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return value


def read_csv_chunks(path: str, chunk_rows: int = DEFAULT_CHUNK_ROWS) -> Iterator[Chunk]:
    """CSV rows as string columns; broken lines and bad bytes become per-row problems."""
    with _open_text(path) as fh:
        reader = csv.reader(fh)
        try:
            header = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise InputError(f"{path}: cannot read the CSV header: {exc}") from None
        width = len(header)
        rows: list[list[str]] = []
        problems: dict[int, tuple[str, str]] = {}
        while True:
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                problems[len(rows)] = ("malformed", f"line {reader.line_num}: {exc}")
                rows.append([""] * width)
                continue
            if not row:
                continue
            line = reader.line_num
            if len(row) != width:
                problems[len(rows)] = ("malformed", f"line {line}: {len(row)} fields, expected {width}")
                row = (row + [""] * width)[:width]
            if _has_bad_bytes(row):
                problems[len(rows)] = ("bad_encoding", f"line {line}: invalid UTF-8 replaced by U+FFFD")
                row = [_repair(v) for v in row]
            rows.append(row)
            if len(rows) >= chunk_rows:
                yield Chunk(pd.DataFrame(rows, columns=header, dtype=object), problems)
                rows, problems = [], {}
        if rows:
            yield Chunk(pd.DataFrame(rows, columns=header, dtype=object), problems)


def read_jsonl_chunks(path: str, chunk_rows: int = DEFAULT_CHUNK_ROWS) -> Iterator[Chunk]:
    with _open_text(path) as fh:
        records: list[dict[str, Any]] = []
        problems: dict[int, tuple[str, str]] = {}
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            bad = _has_bad_bytes([line])
            if bad:
                line = str(_repair(line))
            try:
                obj = json.loads(line)
                if not isinstance(obj, dict):
                    raise ValueError("not a JSON object")
            except ValueError as exc:
                problems[len(records)] = ("malformed", f"line {n}: {exc}")
                obj = {}
            else:
                if bad:
                    problems[len(records)] = ("bad_encoding", f"line {n}: invalid UTF-8 replaced by U+FFFD")
            records.append(obj)
            if len(records) >= chunk_rows:
                yield Chunk(pd.DataFrame.from_records(records), problems)
                records, problems = [], {}
        if records:
            yield Chunk(pd.DataFrame.from_records(records), problems)


def read_parquet_chunks(path: str, chunk_rows: int = DEFAULT_CHUNK_ROWS) -> Iterator[Chunk]:
    import pyarrow.parquet as pq

    source: Any = sys.stdin.buffer if path == "-" else path
    if path == "-":
        source = io.BytesIO(source.read())  # parquet needs random access
    try:
        pf = pq.ParquetFile(source)
    except Exception as exc:  # pyarrow raises several kinds for a non-parquet file
        raise InputError(f"{path}: not a readable Parquet file: {exc}") from None
    for batch in pf.iter_batches(batch_size=chunk_rows):
        yield Chunk(batch.to_pandas())


READERS = {"csv": read_csv_chunks, "jsonl": read_jsonl_chunks, "parquet": read_parquet_chunks}


# -- writing ---------------------------------------------------------------------------------

class _Writer:
    """Writes chunks to a temporary file beside the target; ``commit`` renames it into place."""

    def __init__(self, path: str, fmt: str) -> None:
        self.path, self.fmt = path, fmt
        self._first = True
        self._parquet: Any = None
        if path == "-":
            self._tmp = None
            self._fh: Any = sys.stdout.buffer
        else:
            target = Path(path).resolve()
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, self._tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial",
                                             dir=target.parent)
            self._fh = os.fdopen(fd, "wb")

    def write(self, df: pd.DataFrame) -> None:
        if self.fmt == "csv":
            self._fh.write(df.to_csv(index=False, header=self._first).encode("utf-8"))
        elif self.fmt == "jsonl":
            if len(df):
                self._fh.write(df.to_json(orient="records", lines=True, force_ascii=False)
                               .rstrip("\n").encode("utf-8") + b"\n")
        else:
            import pyarrow as pa
            import pyarrow.parquet as pq

            table = pa.Table.from_pandas(df, preserve_index=False)
            if self._parquet is None:
                self._parquet = pq.ParquetWriter(self._fh, table.schema)
            else:
                table = table.cast(self._parquet.schema)
            self._parquet.write_table(table)
        self._first = False

    def commit(self) -> None:
        if self._parquet is not None:
            self._parquet.close()
        self._fh.flush()
        if self._tmp is not None:
            self._fh.close()
            os.replace(self._tmp, self.path)

    def abort(self) -> None:
        if self._tmp is not None:
            try:
                self._fh.close()
            finally:
                Path(self._tmp).unlink(missing_ok=True)


# -- the screening loop ----------------------------------------------------------------------

@dataclass
class Summary:
    rows: int = 0
    flagged: int = 0
    risk: Counter = field(default_factory=Counter)
    status: Counter = field(default_factory=Counter)
    seconds: float = 0.0

    @property
    def problem_rows(self) -> int:
        return sum(n for s, n in self.status.items() if s not in ("ok", "unsupported_language"))

    def line(self) -> str:
        bands = ", ".join(f"{k} {self.risk.get(k, 0)}" for k in ("high", "medium", "low"))
        statuses = ", ".join(f"{k} {v}" for k, v in sorted(self.status.items()) if k != "ok")
        rate = self.rows / self.seconds if self.seconds else 0.0
        return (f"{self.rows} rows, {self.flagged} flagged ({bands}); "
                f"{self.problem_rows} with problems{f' ({statuses})' if statuses else ''}; "
                f"{self.seconds:.1f}s ({rate:,.0f} rows/s)")


# Worker processes hold their own detector, loaded once by the pool initializer.
_WORKER: dict[str, Any] = {}


def _init_worker(model_path: str, trusted: bool, threshold: float | None, reasons: str) -> None:
    from recruitscan.detector import Detector

    _WORKER.update(det=Detector.load(model_path, trusted=trusted), threshold=threshold,
                   reasons=reasons)


def _score_in_worker(texts: list[object]) -> list[ScanResult]:
    det = _WORKER["det"]
    return list(det.scan_many(texts, threshold=_WORKER["threshold"], reasons=_WORKER["reasons"]))


def _chunk_texts(chunk: Chunk, text_col: str) -> list[object]:
    frame = chunk.frame
    # A later JSONL chunk may lack the column entirely: its rows are then "empty", not lost.
    texts = frame[text_col].tolist() if text_col in frame.columns else [None] * len(frame)
    for i, (status, _) in chunk.problems.items():
        if status == "malformed":
            texts[i] = None  # a broken line is not scored
    return texts


def _assemble(chunk: Chunk, results: list[ScanResult], reasons: str, columns: Sequence[str] | None,
              only_flagged: bool, summary: Summary) -> pd.DataFrame:
    res = results_frame(results, reasons, index=chunk.frame.index)
    res[ERROR_COL] = ""
    for i, (status, message) in chunk.problems.items():
        res.iloc[i, res.columns.get_loc("status")] = status
        res.iloc[i, res.columns.get_loc(ERROR_COL)] = message
    if columns:
        res = res[[c for c in res.columns if c in columns]]
    out = chunk.frame.copy()
    for col in res.columns:
        out[col if col not in chunk.frame.columns else f"result_{col}"] = res[col]
    summary.rows += len(results)
    summary.flagged += sum(r.flagged for r in results)
    summary.risk.update(r.risk for r in results)
    summary.status.update(res["status"] if "status" in res.columns
                          else results_frame(results, "none")["status"])
    if only_flagged:
        out = out[[r.flagged for r in results]]
    return out


def screen_file(
    input: str | Path, output: str | Path, *, model: Any = None, text_col: str = "text",
    id_col: str | None = None, threshold: float | None = None, reasons: str = "full",
    jobs: int = 1, chunk_rows: int = DEFAULT_CHUNK_ROWS, input_format: str | None = None,
    output_format: str | None = None, columns: Sequence[str] | None = None,
    only_flagged: bool = False, progress: bool = False, trusted: bool = False,
) -> Summary:
    """Stream ``input`` through a model into ``output``; return the run's :class:`Summary`.

    ``model`` is a :class:`~recruitscan.detector.Detector` or a model directory (the bundled
    default when None). ``jobs`` > 1 scores chunks in that many worker processes, each loading
    the model once; output order is input order whatever ``jobs`` is.
    """
    from recruitscan.detector import Detector

    input, output = str(input), str(output)
    in_fmt, out_fmt = detect_format(input, input_format), detect_format(output, output_format)
    if input != "-" and not Path(input).is_file():
        raise InputError(f"{input}: no such file")
    if isinstance(model, Detector):
        det = model
    else:
        import recruitscan

        det = recruitscan.load(model, trusted=trusted) if model is not None else recruitscan.load()
    chunks = READERS[in_fmt](input, chunk_rows)
    summary = Summary()
    t0 = time.perf_counter()
    writer: _Writer | None = None
    bar = _progress_bar(progress)
    pool = None
    try:
        first = next(chunks, None)
        if first is not None:
            _check_columns(first.frame, text_col, id_col, input)
        all_chunks = _chain(first, chunks)
        if jobs > 1:
            import multiprocessing as mp

            ctx = mp.get_context("spawn" if sys.platform == "darwin" else "fork")
            pool = ctx.Pool(jobs, initializer=_init_worker,
                            initargs=(str(det.path), trusted, threshold, reasons))
            pending = _ordered_parallel(pool, all_chunks, text_col, jobs)
        else:
            pending = ((c, list(det.scan_many(_chunk_texts(c, text_col), threshold=threshold,
                                              reasons=reasons)))
                       for c in all_chunks)
        writer = _Writer(output, out_fmt)
        for chunk, results in pending:
            out = _assemble(chunk, results, reasons, columns, only_flagged, summary)
            writer.write(out)
            if bar is not None:
                bar.update(len(results))
        writer.commit()
    except BaseException:
        if writer is not None:
            writer.abort()
        raise
    finally:
        if pool is not None:
            pool.terminate()
        if bar is not None:
            bar.close()
    summary.seconds = time.perf_counter() - t0
    return summary


def _chain(first: Chunk | None, rest: Iterator[Chunk]) -> Iterator[Chunk]:
    if first is not None:
        yield first
        yield from rest


def _ordered_parallel(pool: Any, chunks: Iterator[Chunk], text_col: str,
                      jobs: int) -> Iterator[tuple[Chunk, list[ScanResult]]]:
    """Keep at most 2×jobs chunks in flight (flat memory); yield them in input order."""
    from collections import deque

    window: deque[tuple[Chunk, Any]] = deque()
    for chunk in chunks:
        window.append((chunk, pool.apply_async(_score_in_worker, (_chunk_texts(chunk, text_col),))))
        if len(window) >= 2 * jobs:
            c, fut = window.popleft()
            yield c, fut.get()
    while window:
        c, fut = window.popleft()
        yield c, fut.get()


def _check_columns(frame: pd.DataFrame, text_col: str, id_col: str | None, where: str) -> None:
    cols = [str(c) for c in frame.columns]
    for col, what in ((text_col, "text"), (id_col, "id")):
        if col is not None and col not in frame.columns and len(frame):
            raise InputError(f"{where}: no {what} column {col!r}; columns are: {', '.join(cols)}")


def _progress_bar(enabled: bool) -> Any:
    if not enabled or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(unit=" rows", file=sys.stderr, dynamic_ncols=True, smoothing=0.1)
