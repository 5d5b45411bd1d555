"""Batch screening: result columns for DataFrames, and streamed files through worker processes.

Every input row gives exactly one output row, in input order, with its columns untouched and
the result columns appended. Rows that cannot be scored get a ``status`` (``empty``,
``not_text``, ``truncated``, ``malformed``, ``bad_encoding``…) and an ``error`` message with
their line number, instead of stopping the run. Output goes to a temporary file that is renamed
into place only when the whole input was processed. Files are read by :mod:`.readers` and
written by :mod:`.writers`.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter, deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from recruitscan.errors import InputError
from recruitscan.readers import DEFAULT_CHUNK_ROWS, READERS, Chunk, detect_format
from recruitscan.types import ScanResult
from recruitscan.writers import TEXT_FORMATS, ResultWriter, encode_rows

if TYPE_CHECKING:
    from recruitscan.detector import Detector, Settings

WORKER_ROWS = 250  # rows per task sent to a worker process
# How worker processes start: forked on Linux (they inherit the loaded detector), spawned
# elsewhere (macOS and Windows, where forking a loaded process is unsafe or impossible).
_START_METHOD = "fork" if sys.platform.startswith("linux") else "spawn"
ERROR_COL = "error"
RESULT_COLUMNS = ("status", "score", "flagged", "risk", "category", "category_probability",
                  "language", "reasons", ERROR_COL)
REASONS_MODES = ("none", "ids", "full")
_TEXT_RESULTS = ("status", "risk", "category", "language", "reasons")
# With a prevalence: the score read where scams are that share of the texts (after "score").
PREVALENCE_COL = "score_at_prevalence"


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
    # Explicit dtypes so an empty chunk has the same schema as a full one (an empty list of
    # texts is float64, which made an empty Parquet output's status a double column).
    return frame.astype({"score": "float64", "flagged": "bool", "category_probability": "float64",
                         **{c: "str" for c in frame.columns if c in _TEXT_RESULTS}})


def with_prevalence(res: pd.DataFrame, results: Sequence[ScanResult], det: Detector,
                    prevalence: float | None) -> pd.DataFrame:
    """``res`` (the result columns of ``results``) with :data:`PREVALENCE_COL` after ``score``
    when a prevalence is given: each score read where scams are that share of the texts
    (``Detector.at_prevalence``), from the exact score, not the rounded one in ``res``."""
    if prevalence is not None:
        at = det.at_prevalence([r.score for r in results], prevalence)
        res.insert(res.columns.get_loc("score") + 1, PREVALENCE_COL,
                   pd.Series(at, index=res.index, dtype="float64").round(6))
    return res


def with_result_columns(frame: pd.DataFrame, res: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` with the result columns ``res`` (on the same index) set on it:
    the input left untouched, as ``Detector.screen`` and the Dask ``screen`` return it."""
    out = frame.copy()
    for col in res.columns:
        out[col] = res[col]
    return out


def check_prevalence(det: Detector, prevalence: float | None) -> None:
    """Refuse, before any scoring, a prevalence that is no share or a model that cannot apply
    one: the same checks ``Detector.at_prevalence`` makes, as an input error."""
    if prevalence is None:
        return
    try:
        det.at_prevalence(0.5, prevalence)
    except ValueError as exc:
        raise InputError(str(exc)) from None


def score_frame(det: Detector, texts: list[object], threshold: float | None,
                reasons: str, prevalence: float | None = None,
                index: pd.Index | None = None) -> pd.DataFrame:
    """Score ``texts`` and format them as result columns, with ``index`` (done where the
    scoring runs, so worker processes send back a compact frame, not thousands of result
    objects)."""
    results = list(det.scan_many(texts, threshold=threshold, reasons=reasons))  # type: ignore[arg-type]
    return with_prevalence(results_frame(results, reasons, index=index), results, det,
                           prevalence)


# -- the screening loop ----------------------------------------------------------------------

@dataclass
class Summary:
    rows: int = 0
    flagged: int = 0
    risk: Counter = field(default_factory=Counter)
    status: Counter = field(default_factory=Counter)
    seconds: float = 0.0

    def add(self, other: Summary) -> None:
        """Count ``other``'s rows too (a part screened in a worker process)."""
        self.rows += other.rows
        self.flagged += other.flagged
        self.risk.update(other.risk)
        self.status.update(other.status)

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


@dataclass(frozen=True)
class _Run:
    """What every part of one run is screened with, besides the model."""

    text_col: str
    threshold: float | None
    reasons: str
    columns: list[str]
    only_flagged: bool
    fmt: str  # output format: CSV and JSONL parts are encoded where they are screened
    prevalence: float | None = None  # adds PREVALENCE_COL (Detector.at_prevalence)


# A part's output rows (encoded for CSV and JSONL, a frame for Parquet) and their counts.
_PartResult = tuple[bytes | pd.DataFrame, Summary]


def _screen_part(det: Detector, run: _Run, part: Chunk, header: bool) -> _PartResult:
    """Score, assemble and (for CSV and JSONL) encode one part of the input. Done where the
    scoring runs, so a worker sends back bytes ready to append, and the parent, which alone
    reads and writes, does little per row: it would otherwise cap the speed of many workers."""
    summary = Summary()
    res = score_frame(det, _chunk_texts(part, run.text_col), run.threshold, run.reasons,
                      run.prevalence)
    out = _assemble(part, res, run.columns, run.only_flagged, summary)
    return (encode_rows(out, run.fmt, header=header) if run.fmt in TEXT_FORMATS else out), summary


# A worker process holds its own detector: inherited when forked, else loaded once.
_WORKER: dict[str, Any] = {}


def _init_worker(model: Detector | str, trusted: bool, run: _Run,
                 settings: Settings | None = None) -> None:
    if isinstance(model, str):
        from recruitscan.detector import Detector

        # The files give the model; the caller's settings (threshold, corrections…) may
        # differ from theirs, so they come along and replace them.
        model = Detector.load(model, trusted=trusted)
        if settings is not None:
            model = model.with_settings(settings)
    _WORKER.update(det=model, run=run)


def _screen_in_worker(part: Chunk, header: bool) -> _PartResult:
    return _screen_part(_WORKER["det"], _WORKER["run"], part, header)


def _parts(chunk: Chunk, rows: int) -> list[Chunk]:
    """``chunk`` cut into parts of at most ``rows`` rows (one, possibly empty, at least)."""
    n = len(chunk.frame)
    if n <= rows:
        return [chunk]
    return [Chunk(chunk.frame.iloc[lo : lo + rows],
                  {i - lo: p for i, p in chunk.problems.items() if lo <= i < lo + rows},
                  chunk.progress)
            for lo in range(0, n, rows)]


def _chunk_texts(chunk: Chunk, text_col: str) -> list[object]:
    frame = chunk.frame
    texts = frame[text_col].tolist() if text_col in frame.columns else [None] * len(frame)
    for i, (status, _) in chunk.problems.items():
        if status == "malformed":
            texts[i] = None  # a broken line is not scored
    return texts


def _select_columns(columns: Sequence[str] | None, reasons: str,
                    prevalence: float | None = None) -> list[str]:
    available = [c for c in RESULT_COLUMNS if c != "reasons" or reasons != "none"]
    if prevalence is not None:
        available.insert(available.index("score") + 1, PREVALENCE_COL)
    if not columns:
        return available
    unknown = [c for c in columns if c not in available]
    if unknown:
        hint = (f" ({PREVALENCE_COL} needs a prevalence)" if PREVALENCE_COL in unknown
                else " (the input's own columns, such as its id, are always kept)")
        raise InputError(f"unknown result column(s) {', '.join(map(repr, unknown))}{hint}; "
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
    prevalence: float | None = None,
) -> Summary:
    """Stream ``input`` through a model into ``output``; return the run's :class:`Summary`.

    ``model`` is a :class:`~recruitscan.detector.Detector` or a model directory (the bundled
    default when None). ``jobs`` > 1 scores chunks in that many worker processes, each with
    the model loaded once; output order is input order whatever ``jobs`` is. ``-`` reads
    stdin or writes stdout. Raises :class:`~recruitscan.errors.InputError` for an input that
    cannot be read at all (no such file, no such text column); bad rows only get a status.
    ``prevalence`` (a share in (0, 1)) adds a ``score_at_prevalence`` column: each score read
    where scams are that share of the texts (:meth:`~recruitscan.detector.Detector.at_prevalence`).
    """
    input, output = str(input), str(output)
    if reasons not in REASONS_MODES:
        raise InputError(f"reasons must be one of {', '.join(REASONS_MODES)}, not {reasons!r}")
    if threshold is not None and not 0.0 <= threshold <= 1.0:
        raise InputError(f"threshold must be in [0, 1], got {threshold}")
    in_fmt, out_fmt = detect_format(input, input_format), detect_format(output, output_format)
    wanted = _select_columns(columns, reasons, prevalence)
    if input != "-" and not Path(input).is_file():
        raise InputError(f"{input}: no such file" if not Path(input).exists()
                         else f"{input}: not a file")
    det = _resolve_detector(model, trusted)
    check_prevalence(det, prevalence)
    summary = Summary()
    t0 = time.perf_counter()
    chunks = READERS[in_fmt](input, chunk_rows, text_col=text_col)
    writer: ResultWriter | None = None
    bar = _progress_bar(progress)
    pool = None
    try:
        first = next(chunks, None)
        second = next(chunks, None) if first is not None else None
        all_chunks = _chain([first, second], chunks)
        # A JSONL file's columns are its objects' keys: where no line gave one (every line is
        # broken, or is {}), there are none to check against, and each row keeps its status.
        if first is not None and not (in_fmt == "jsonl" and first.frame.columns.empty):
            names = _check_columns(first.frame, text_col, id_col, input)
            if names is not None:
                _warn_renamed(input, [str(c) for c in first.frame.columns], names)
                # Every chunk, not just the first, so that all reach the writer alike.
                all_chunks = _renamed(all_chunks, names)
        run = _Run(text_col, threshold, reasons, wanted, only_flagged, out_fmt, prevalence)
        if jobs > 1 and second is not None:  # one chunk is not worth starting processes
            pool = _start_pool(det, jobs, trusted, run)
            screened = _ordered_parallel(pool, all_chunks, jobs)
        else:
            screened = _in_process(det, run, all_chunks)
        # Opened after the fork: workers get no copy.
        writer = ResultWriter(output, out_fmt,
                              text_columns=first.text_columns if first else frozenset())
        for chunk, results in screened:
            for rows, part_summary in results:
                writer.write(rows)
                summary.add(part_summary)
            if bar is not None:
                _advance(bar, len(chunk.frame), chunk.progress, summary.rows)
        if first is None:
            # Nothing was read (a 0-byte CSV, a JSONL of blank lines), but a Parquet file is
            # not valid without a schema: it gets the result columns and no rows. Zero rows
            # encode to nothing in CSV and JSONL (no header: the input had none).
            writer.write(_screen_part(det, run, Chunk(pd.DataFrame()), header=False)[0])
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


def _start_pool(det: Detector, jobs: int, trusted: bool, run: _Run) -> Any:
    """Worker processes; a worker that dies makes the run fail (``BrokenProcessPool``)
    instead of waiting forever for its chunk."""
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    if _START_METHOD == "fork":
        # Forked workers inherit the loaded model, and the tables it builds on first use once
        # they are built here: nothing is reloaded, pickled or rebuilt per worker.
        det.warm_up()
        return ProcessPoolExecutor(jobs, mp_context=mp.get_context("fork"),
                                   initializer=_init_worker, initargs=(det, trusted, run))
    # Spawned workers load the model files themselves (never a pickled model) and are sent
    # only the detector's small settings.
    return ProcessPoolExecutor(jobs, mp_context=mp.get_context(_START_METHOD),
                               initializer=_init_worker,
                               initargs=(str(det.path), trusted, run, det.settings))


def _in_process(det: Detector, run: _Run, chunks: Iterator[Chunk]
                ) -> Iterator[tuple[Chunk, list[_PartResult]]]:
    for i, chunk in enumerate(chunks):
        yield chunk, [_screen_part(det, run, chunk, header=i == 0)]


def _ordered_parallel(pool: Any, chunks: Iterator[Chunk], jobs: int
                      ) -> Iterator[tuple[Chunk, list[_PartResult]]]:
    """Keep at most 2×jobs chunks in flight (flat memory); yield each with its parts' results,
    in input order. Each chunk goes to the workers in parts of ``WORKER_ROWS`` rows, so that
    every worker stays busy even when a file has only a few chunks."""
    window: deque[tuple[Chunk, list[Any]]] = deque()
    header = True  # the first part of the run opens the output: a CSV header goes with it
    for chunk in chunks:
        futures = []
        for part in _parts(chunk, WORKER_ROWS):
            futures.append(pool.submit(_screen_in_worker, part, header))
            header = False
        window.append((chunk, futures))
        if len(window) >= 2 * jobs:
            c, futs = window.popleft()
            yield c, [f.result() for f in futs]
    while window:
        c, futs = window.popleft()
        yield c, [f.result() for f in futs]


def _check_columns(frame: pd.DataFrame, text_col: str, id_col: str | None,
                   where: str) -> list[str] | None:
    """Refuse an input whose text or id column is missing or named more than once; return the
    unique names every chunk is to get when other columns share a name (None if none do)."""
    cols = [str(c) for c in frame.columns]
    repeated = {c for c, n in Counter(cols).items() if n > 1}
    for col, what in ((text_col, "text"), (id_col, "id")):
        if col in repeated:
            # Which of the two is meant cannot be guessed.
            raise InputError(f"{where}: more than one column is named {col!r}, so the {what} "
                             f"column is ambiguous; give each column its own name")
        if col is not None and col not in frame.columns:
            if not cols:
                raise InputError(f"{where}: no {what} column {col!r}: the input has no columns")
            raise InputError(f"{where}: no {what} column {col!r}; columns are: {', '.join(cols)}")
    return _unique_names(cols) if repeated else None


def _unique_names(cols: list[str]) -> list[str]:
    """``cols`` with repeated names made unique as pandas' ``read_csv`` does: a blank one
    (Excel's empty trailing header cells) becomes ``Unnamed: <position>``, which says more than
    ``.1`` would; a later copy of any other gets ``.1``, ``.2``… A name that occurs once is
    kept, and no new name takes one the input already has."""
    counts, taken, seen = Counter(cols), set(cols), set()
    names = []
    for i, col in enumerate(cols):
        name = col
        if counts[col] > 1 and not col.strip():
            name = _free_name(f"Unnamed: {i}", taken)
        elif counts[col] > 1 and col in seen:
            name = _free_name(col, taken)
        seen.add(col)
        taken.add(name)
        names.append(name)
    return names


def _free_name(base: str, taken: set[str]) -> str:
    """``base``, or if it is taken the first of ``base.1``, ``base.2``… that is not."""
    if base not in taken:
        return base
    k = 1
    while f"{base}.{k}" in taken:
        k += 1
    return f"{base}.{k}"


def _warn_renamed(where: str, cols: list[str], names: list[str]) -> None:
    renamed = [f"{old!r} -> {new!r}" for old, new in zip(cols, names, strict=True)
               if old != new]
    print(f"warning: {where}: columns that share a name are renamed in the output: "
          f"{', '.join(renamed)}", file=sys.stderr)


def _renamed(chunks: Iterator[Chunk], names: list[str]) -> Iterator[Chunk]:
    """``chunks`` with ``names`` as columns: a reader gives every chunk the same columns."""
    for chunk in chunks:
        chunk.frame.columns = names
        yield chunk


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
