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
import re
import sys
import tempfile
import time
from collections import Counter, deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import pandas as pd

from recruitscan.errors import InputError
from recruitscan.types import ScanResult

if TYPE_CHECKING:
    from recruitscan.detector import Detector

FORMATS = ("csv", "jsonl", "parquet")
DEFAULT_CHUNK_ROWS = 2_000
WORKER_ROWS = 250  # rows per task sent to a worker process
ERROR_COL = "error"
RESULT_COLUMNS = ("status", "score", "flagged", "risk", "category", "category_probability",
                  "language", "reasons", ERROR_COL)
REASONS_MODES = ("none", "ids", "full")
# Lone surrogates are what ``errors="surrogateescape"`` makes of bytes that are not UTF-8.
_BAD_BYTES = re.compile("[\udc80-\udcff]")


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
    frame = pd.DataFrame(data, index=index)
    # Explicit dtypes so an empty chunk has the same schema as a full one.
    return frame.astype({"score": "float64", "flagged": "bool",
                         "category_probability": "float64"})


def score_frame(det: Detector, texts: list[object], threshold: float | None,
                reasons: str) -> pd.DataFrame:
    """Score ``texts`` and format them as result columns (done where the scoring runs, so
    worker processes send back a compact frame, not thousands of result objects)."""
    return results_frame(list(det.scan_many(texts, threshold=threshold, reasons=reasons)),  # type: ignore[arg-type]
                         reasons)


def detect_format(path: str, explicit: str | None = None) -> str:
    if explicit:
        if explicit not in FORMATS:
            raise InputError(f"unknown format {explicit!r}; use one of {', '.join(FORMATS)}")
        return explicit
    if path == "-":
        return "csv"
    suffix = Path(path).suffix.lower().lstrip(".")
    suffix = {"ndjson": "jsonl", "json": "jsonl", "pq": "parquet"}.get(suffix, suffix)
    if suffix not in FORMATS:
        raise InputError(f"cannot tell the format of {path!r} from its extension; "
                         f"use .csv, .jsonl or .parquet (or --input-format/--output-format)")
    return suffix


# -- reading ---------------------------------------------------------------------------------

@dataclass
class Chunk:
    frame: pd.DataFrame  # input columns, every value as read
    problems: dict[int, tuple[str, str]] = field(default_factory=dict)  # row -> (status, error)
    progress: float = 0.0  # fraction of the input read so far (0 when unknown)


class _Source:
    """An input opened as text with undecodable bytes kept (as surrogates) to report them."""

    def __init__(self, path: str) -> None:
        self._owned = path != "-"
        self._raw: IO[bytes] = open(path, "rb") if self._owned else sys.stdin.buffer  # noqa: SIM115
        self.size = os.fstat(self._raw.fileno()).st_size if self._owned else 0
        self.text = io.TextIOWrapper(self._raw, encoding="utf-8", errors="surrogateescape",
                                     newline="")

    def fraction(self) -> float:
        if not self.size:
            return 0.0
        try:
            return min(1.0, self._raw.tell() / self.size)
        except (OSError, ValueError):
            return 0.0

    def close(self) -> None:
        if self._owned:
            self.text.close()
        else:
            self.text.detach()  # leave stdin itself open for the caller


def _repair(value: object) -> object:
    if isinstance(value, str):
        return value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return value


class _Lines:
    """Physical lines with their numbers; lines can be pushed back to be read again."""

    def __init__(self, fh: IO[str]) -> None:
        self._fh = fh
        self._pending: deque[tuple[int, str]] = deque()
        self._next_no = 1
        self.record: list[tuple[int, str]] = []  # lines of the record being read
        self.eof = False

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        if self._pending:
            no, line = self._pending.popleft()
        else:
            line = self._fh.readline()
            if not line:
                self.eof = True
                raise StopIteration
            no, self._next_no = self._next_no, self._next_no + 1
        self.record.append((no, line))
        return line

    def push_back(self, lines: list[tuple[int, str]]) -> None:
        self._pending.extendleft(reversed(lines))
        self.eof = False


def _csv_records(lines: _Lines, width: int) -> Iterator[tuple[int, list[str] | None, str]]:
    """(first line number, fields or None, problem) per record.

    A quote that opens a field and never closes would swallow the rest of the file into one
    field; such a record (it reaches the end of the input and its last line has no quote) is
    reported as malformed and the lines after its first are read again as records.
    """
    reader = csv.reader(lines)
    while True:
        lines.record = []
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            start = lines.record[0][0] if lines.record else 0
            yield start, None, f"line {start}: {exc}"
            continue
        record = lines.record
        start = record[0][0]
        if len(record) > 1 and lines.eof and '"' not in record[-1][1]:
            lines.push_back(record[1:])
            reader = csv.reader(lines)
            # Keep what the first line holds (its id, most likely) on the malformed row.
            first = next(csv.reader([record[0][1].rstrip("\r\n")]), None)
            yield start, first, f"line {start}: a quoted field is never closed"
            continue
        if not row:
            continue  # a blank line is not a row
        if len(row) != width:
            yield start, row, f"line {start}: {len(row)} fields, expected {width}"
            continue
        yield start, row, ""


def read_csv_chunks(path: str, chunk_rows: int = DEFAULT_CHUNK_ROWS) -> Iterator[Chunk]:
    """CSV rows as string columns; broken lines and bad bytes become per-row problems."""
    source = _Source(path)
    old_limit = csv.field_size_limit(2**31 - 1)  # a 10 MB field is a row to truncate, not an error
    try:
        lines = _Lines(source.text)
        try:
            header = next(csv.reader(lines))
        except StopIteration:
            return
        except csv.Error as exc:
            raise InputError(f"{path}: cannot read the CSV header: {exc}") from None
        header = [str(_repair(h)) for h in header]
        width = len(header)
        rows: list[list[str]] = []
        problems: dict[int, tuple[str, str]] = {}
        yielded = False
        for start, row, problem in _csv_records(lines, width):
            if row is None:
                problems[len(rows)] = ("malformed", problem)
                row = [""] * width
            elif problem:
                problems[len(rows)] = ("malformed", problem)
                row = (row + [""] * width)[:width]
            if any(_BAD_BYTES.search(v) for v in row):
                if len(rows) not in problems:
                    problems[len(rows)] = ("bad_encoding",
                                           f"line {start}: invalid UTF-8 replaced by U+FFFD")
                row = [str(_repair(v)) for v in row]
            rows.append(row)
            if len(rows) >= chunk_rows:
                yield Chunk(pd.DataFrame(rows, columns=header, dtype=object), problems,
                            source.fraction())
                rows, problems, yielded = [], {}, True
        if rows or not yielded:
            # Even with no rows, an empty chunk carries the header to the output.
            yield Chunk(pd.DataFrame(rows, columns=header, dtype=object), problems,
                        source.fraction())
    finally:
        csv.field_size_limit(old_limit)
        source.close()


def read_jsonl_chunks(path: str, chunk_rows: int = DEFAULT_CHUNK_ROWS) -> Iterator[Chunk]:
    """One JSON object per line; a line that is not one becomes a ``malformed`` row."""
    source = _Source(path)
    try:
        records: list[dict[str, Any]] = []
        problems: dict[int, tuple[str, str]] = {}
        for n, line in enumerate(source.text, 1):
            if not line.strip():
                continue
            bad = _BAD_BYTES.search(line) is not None
            if bad:
                line = str(_repair(line))
            try:
                obj = json.loads(line)
                if not isinstance(obj, dict):
                    raise ValueError(f"not a JSON object but {type(obj).__name__}")
            except ValueError as exc:
                problems[len(records)] = ("malformed", f"line {n}: {exc}")
                obj = {}
            else:
                if bad:
                    problems[len(records)] = ("bad_encoding",
                                              f"line {n}: invalid UTF-8 replaced by U+FFFD")
            records.append(obj)
            if len(records) >= chunk_rows:
                yield Chunk(_records_frame(records), problems, source.fraction())
                records, problems = [], {}
        if records:
            yield Chunk(_records_frame(records), problems, source.fraction())
    finally:
        source.close()


def _records_frame(records: list[dict[str, Any]]) -> pd.DataFrame:
    # object dtype keeps values as written: an id column with a gap must not turn 7 into 7.0.
    columns = list(dict.fromkeys(k for r in records for k in r))
    return pd.DataFrame([[r.get(c) for c in columns] for r in records], columns=columns,
                        dtype=object)


def read_parquet_chunks(path: str, chunk_rows: int = DEFAULT_CHUNK_ROWS) -> Iterator[Chunk]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    source: Any = io.BytesIO(sys.stdin.buffer.read()) if path == "-" else path  # needs seeking
    try:
        pf = pq.ParquetFile(source)
        total = max(pf.metadata.num_rows, 1)
        done = 0
        if pf.metadata.num_rows == 0:
            yield Chunk(pf.schema_arrow.empty_table().to_pandas())
            return
        for batch in pf.iter_batches(batch_size=chunk_rows):
            done += batch.num_rows
            yield Chunk(batch.to_pandas(), progress=done / total)
    except (pa.ArrowException, OSError) as exc:
        raise InputError(f"{path}: not a readable Parquet file: {exc}") from None


READERS = {"csv": read_csv_chunks, "jsonl": read_jsonl_chunks, "parquet": read_parquet_chunks}


# -- writing ---------------------------------------------------------------------------------

class _Writer:
    """Writes chunks to a temporary file beside the target; ``commit`` renames it into place."""

    def __init__(self, path: str, fmt: str) -> None:
        self.path, self.fmt = path, fmt
        self._first = True
        self._parquet: Any = None
        self._tmp: str | None = None
        if path == "-":
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
            self._write_parquet(df)
        self._first = False

    def _write_parquet(self, df: pd.DataFrame) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        table = _arrow_table(df)
        if self._parquet is None:
            # A column that is all-null in the first chunk gets a type later chunks can fill.
            schema = pa.schema([f.with_type(pa.string()) if pa.types.is_null(f.type) else f
                                for f in table.schema])
            self._parquet = pq.ParquetWriter(self._fh, schema)
        self._parquet.write_table(_conform(table, df, self._parquet.schema))

    def commit(self) -> None:
        if self._parquet is not None:
            self._parquet.close()
        self._fh.flush()
        if self._tmp is not None:
            self._fh.close()
            os.replace(self._tmp, self.path)
            self._tmp = None

    def abort(self) -> None:
        if self._tmp is not None:
            try:
                self._fh.close()
            finally:
                Path(self._tmp).unlink(missing_ok=True)
                self._tmp = None


def _arrow_table(df: pd.DataFrame) -> Any:
    import pyarrow as pa

    try:
        return pa.Table.from_pandas(df, preserve_index=False)
    except (pa.ArrowTypeError, pa.ArrowInvalid):
        # Mixed values in one column (a number among texts): write that column as text.
        fixed = df.copy()
        for col in fixed.columns:
            if fixed[col].dtype == object:
                fixed[col] = [None if v is None or v is pd.NA or (isinstance(v, float) and v != v)
                              else str(v) for v in fixed[col]]
        return pa.Table.from_pandas(fixed, preserve_index=False)


def _conform(table: Any, df: pd.DataFrame, schema: Any) -> Any:
    import pyarrow as pa

    if table.schema.equals(schema):
        return table
    arrays = []
    for f in schema:
        col = table.column(f.name)
        try:
            arrays.append(col.cast(f.type))
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError, pa.ArrowTypeError):
            arrays.append(pa.array([None if v is None else str(v) for v in col.to_pylist()],
                                   type=f.type))
    return pa.Table.from_arrays(arrays, schema=schema)


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
        return (f"{self.rows} rows, {self.flagged} flagged; risk {bands}; "
                f"{self.problem_rows} with problems{f' ({statuses})' if statuses else ''}; "
                f"{self.seconds:.1f}s ({rate:,.0f} rows/s)")


# A worker process holds its own detector: inherited when forked, else loaded once.
_WORKER: dict[str, Any] = {}


def _init_worker(model: Detector | str, trusted: bool, threshold: float | None,
                 reasons: str) -> None:
    if isinstance(model, str):
        from recruitscan.detector import Detector

        model = Detector.load(model, trusted=trusted)
    _WORKER.update(det=model, threshold=threshold, reasons=reasons)


def _score_in_worker(texts: list[object]) -> pd.DataFrame:
    return score_frame(_WORKER["det"], texts, _WORKER["threshold"], _WORKER["reasons"])


def _chunk_texts(chunk: Chunk, text_col: str) -> list[object]:
    frame = chunk.frame
    texts = frame[text_col].tolist() if text_col in frame.columns else [None] * len(frame)
    for i, (status, _) in chunk.problems.items():
        if status == "malformed":
            texts[i] = None  # a broken line is not scored
    return texts


def _select_columns(columns: Sequence[str] | None, reasons: str) -> list[str]:
    available = [c for c in RESULT_COLUMNS if c != "reasons" or reasons != "none"]
    if not columns:
        return available
    unknown = [c for c in columns if c not in available]
    if unknown:
        raise InputError(f"unknown result column(s) {', '.join(map(repr, unknown))}; "
                         f"choose from: {', '.join(available)}")
    return [c for c in available if c in columns]


def _assemble(chunk: Chunk, res: pd.DataFrame, columns: list[str], only_flagged: bool,
              summary: Summary) -> pd.DataFrame:
    res.index = chunk.frame.index
    res[ERROR_COL] = ""
    if chunk.problems:
        rows = list(chunk.problems)
        res.iloc[rows, res.columns.get_loc("status")] = [chunk.problems[i][0] for i in rows]
        res.iloc[rows, res.columns.get_loc(ERROR_COL)] = [chunk.problems[i][1] for i in rows]
    summary.rows += len(res)
    summary.flagged += int(res["flagged"].sum())
    summary.risk.update(res["risk"].tolist())
    summary.status.update(res["status"].tolist())
    out = chunk.frame.copy()
    for col in columns:
        # A result column never overwrites an input column of the same name.
        out[col if col not in chunk.frame.columns else f"result_{col}"] = res[col]
    if only_flagged:
        out = out[res["flagged"].to_numpy()]
    return out


def _resolve_detector(model: Any, trusted: bool) -> Detector:
    from recruitscan.detector import Detector

    if isinstance(model, Detector):
        return model
    import recruitscan

    return recruitscan.load(model, trusted=trusted)


def screen_file(
    input: str | Path, output: str | Path, *, model: Any = None, text_col: str = "text",
    id_col: str | None = None, threshold: float | None = None, reasons: str = "full",
    jobs: int = 1, chunk_rows: int = DEFAULT_CHUNK_ROWS, input_format: str | None = None,
    output_format: str | None = None, columns: Sequence[str] | None = None,
    only_flagged: bool = False, progress: bool = False, trusted: bool = False,
) -> Summary:
    """Stream ``input`` through a model into ``output``; return the run's :class:`Summary`.

    ``model`` is a :class:`~recruitscan.detector.Detector` or a model directory (the bundled
    default when None). ``jobs`` > 1 scores chunks in that many worker processes, each with
    the model loaded once; output order is input order whatever ``jobs`` is. ``-`` reads
    stdin or writes stdout. Raises :class:`~recruitscan.errors.InputError` for an input that
    cannot be read at all (no such file, no such text column); bad rows only get a status.
    """
    input, output = str(input), str(output)
    if reasons not in REASONS_MODES:
        raise InputError(f"reasons must be one of {', '.join(REASONS_MODES)}, not {reasons!r}")
    if threshold is not None and not 0.0 <= threshold <= 1.0:
        raise InputError(f"threshold must be in [0, 1], got {threshold}")
    in_fmt, out_fmt = detect_format(input, input_format), detect_format(output, output_format)
    wanted = _select_columns(columns, reasons)
    if input != "-" and not Path(input).is_file():
        raise InputError(f"{input}: no such file" if not Path(input).exists()
                         else f"{input}: not a file")
    det = _resolve_detector(model, trusted)
    summary = Summary()
    t0 = time.perf_counter()
    chunks = READERS[in_fmt](input, chunk_rows)
    writer: _Writer | None = None
    bar = _progress_bar(progress)
    pool = None
    try:
        first = next(chunks, None)
        second = next(chunks, None) if first is not None else None
        schema = list(first.frame.columns) if first is not None else []
        if first is not None:
            _check_columns(first.frame, text_col, id_col, input)
        all_chunks = _conform_chunks(_chain([first, second], chunks), schema)
        if jobs > 1 and second is not None:  # one chunk is not worth starting processes
            pool = _start_pool(det, jobs, trusted, threshold,
                               reasons)
            pending = _ordered_parallel(pool, all_chunks, text_col, jobs)
        else:
            pending = ((c, score_frame(det, _chunk_texts(c, text_col), threshold, reasons))
                       for c in all_chunks)
        writer = _Writer(output, out_fmt)
        for chunk, res in pending:
            writer.write(_assemble(chunk, res, wanted, only_flagged, summary))
            if bar is not None:
                _advance(bar, len(res), chunk.progress, summary.rows)
        writer.commit()
    except BaseException:
        if writer is not None:
            writer.abort()
        raise
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
        if bar is not None:
            bar.close()
        chunks.close()
    summary.seconds = time.perf_counter() - t0
    return summary


def _chain(head: list[Chunk | None], rest: Iterator[Chunk]) -> Iterator[Chunk]:
    for c in head:
        if c is None:
            return
        yield c
    yield from rest


def _conform_chunks(chunks: Iterator[Chunk], schema: list[str]) -> Iterator[Chunk]:
    """Give every chunk the first chunk's columns (JSONL objects may differ in their keys):
    a file's rows all share one header."""
    for chunk in chunks:
        if list(chunk.frame.columns) != schema:
            chunk.frame = chunk.frame.reindex(columns=schema)
        yield chunk


def _start_pool(det: Detector, jobs: int, trusted: bool, threshold: float | None,
                reasons: str) -> Any:
    """Worker processes; a worker that dies makes the run fail (``BrokenProcessPool``)
    instead of waiting forever for its chunk."""
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    if sys.platform.startswith("linux"):
        # Forked workers inherit the loaded model, and the tables it builds on first use once
        # they are built here: nothing is reloaded, pickled or rebuilt per worker.
        det.warm_up()
        return ProcessPoolExecutor(jobs, mp_context=mp.get_context("fork"),
                                   initializer=_init_worker,
                                   initargs=(det, trusted, threshold, reasons))
    return ProcessPoolExecutor(jobs, mp_context=mp.get_context("spawn"),
                               initializer=_init_worker,
                               initargs=(str(det.path), trusted, threshold, reasons))


def _ordered_parallel(pool: Any, chunks: Iterator[Chunk], text_col: str,
                      jobs: int) -> Iterator[tuple[Chunk, pd.DataFrame]]:
    """Keep at most 2×jobs chunks in flight (flat memory); yield them in input order. Each
    chunk goes to the workers in tasks of ``WORKER_ROWS`` rows, so that every worker stays
    busy even when a file has only a few chunks."""
    window: deque[tuple[Chunk, list[Any]]] = deque()
    for chunk in chunks:
        texts = _chunk_texts(chunk, text_col)
        window.append((chunk, [pool.submit(_score_in_worker, texts[i : i + WORKER_ROWS])
                               for i in range(0, max(len(texts), 1), WORKER_ROWS)]))
        if len(window) >= 2 * jobs:
            c, futs = window.popleft()
            yield c, _joined(futs)
    while window:
        c, futs = window.popleft()
        yield c, _joined(futs)


def _joined(futures: list[Any]) -> pd.DataFrame:
    return pd.concat([f.result() for f in futures], ignore_index=True)


def _check_columns(frame: pd.DataFrame, text_col: str, id_col: str | None, where: str) -> None:
    cols = [str(c) for c in frame.columns]
    for col, what in ((text_col, "text"), (id_col, "id")):
        if col is not None and col not in frame.columns:
            if not cols:
                raise InputError(f"{where}: no {what} column {col!r}: the input has no columns")
            raise InputError(f"{where}: no {what} column {col!r}; columns are: {', '.join(cols)}")


def _progress_bar(enabled: bool) -> Any:
    if not enabled or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(unit=" rows", file=sys.stderr, dynamic_ncols=True, smoothing=0.1)


def _advance(bar: Any, n: int, fraction: float, done: int) -> None:
    if fraction > 0:
        # Total rows estimated from the share of the input read so far: gives a time left.
        bar.total = max(done, round(done / fraction))
    bar.update(n)
