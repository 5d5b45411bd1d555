"""Reading CSV, JSONL and Parquet inputs in chunks of rows, for streaming screening.

Nothing is held beyond one chunk. A row that cannot be read as it should (a broken CSV line,
bytes that are not UTF-8, a JSONL line that is not an object) stays in its place with a status
and an error message that gives its line number, so N rows in still give N rows out.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import sys
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import pandas as pd

from recruitscan.errors import InputError

FORMATS = ("csv", "jsonl", "parquet")
DEFAULT_CHUNK_ROWS = 2_000
# Lone surrogates are what ``errors="surrogateescape"`` makes of bytes that are not UTF-8.
_BAD_BYTES = re.compile("[\udc80-\udcff]")
# A JSON escape of half a surrogate pair ("\ud83d", an emoji cut in two) parses to a lone
# surrogate, which no UTF-8 output can write.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_SURROGATES = re.compile("[\ud800-\udfff]")
_NOT_BYTE_SURROGATES = re.compile("[\ud800-\udc7f\udd00-\udfff]")  # all but _BAD_BYTES


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


@dataclass
class Chunk:
    frame: pd.DataFrame  # input columns, every value as read
    problems: dict[int, tuple[str, str]] = field(default_factory=dict)  # row -> (status, error)
    progress: float = 0.0  # fraction of the input read so far (0 when unknown)
    # Columns whose values are not all of one type (a JSONL key holding 3 and "msg-3"): an
    # output with typed columns (Parquet) writes them as text from its first row.
    text_columns: frozenset[str] = frozenset()


class _Source:
    """An input opened as text with undecodable bytes kept (as surrogates) to report them.
    A byte-order mark at the start (Excel's "CSV UTF-8", Notepad) is dropped, not read as part
    of the first column's name or the first JSON object."""

    def __init__(self, path: str, raw: IO[bytes] | None = None) -> None:
        self._owned = path != "-" or raw is not None
        if raw is None:
            raw = open(path, "rb") if self._owned else sys.stdin.buffer  # noqa: SIM115
        self._raw = raw
        self.size = os.fstat(self._raw.fileno()).st_size if self._owned else 0
        self.text = _text_stream(self._raw)

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


def _text_stream(raw: IO[bytes]) -> io.TextIOWrapper:
    """``raw`` as text, a byte-order mark at its start dropped and bytes that are not UTF-8
    kept as lone surrogates (``_BAD_BYTES``), to be reported per row."""
    return io.TextIOWrapper(raw, encoding="utf-8-sig", errors="surrogateescape", newline="")


def _no_surrogates(text: str) -> str:
    """``text`` with U+FFFD for bad bytes (as ``_repair``) and for lone surrogates from JSON
    escapes. Both passes over a JSONL file name a key with it, so they agree on the name."""
    return str(_repair(_NOT_BYTE_SURROGATES.sub("\ufffd", text)))


class _Lines:
    """Physical lines with their numbers; lines can be pushed back to be read again."""

    def __init__(self, fh: IO[str]) -> None:
        self._fh = fh
        self._pending: deque[tuple[int, str]] = deque()
        self._next_no = 1
        self.record: list[tuple[int, str]] = []  # lines of the record being read
        self.ran_out = False  # the record being read asked for a line past the end

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        if self._pending:
            no, line = self._pending.popleft()
        else:
            line = self._fh.readline()
            if not line:
                self.ran_out = True
                raise StopIteration
            no, self._next_no = self._next_no, self._next_no + 1
        self.record.append((no, line))
        return line

    def push_back(self, lines: list[tuple[int, str]]) -> None:
        self._pending.extendleft(reversed(lines))


def _csv_records(lines: _Lines, width: int) -> Iterator[tuple[int, list[str] | None, str]]:
    """(first line number, fields or None, problem) per record.

    A quote that opens a field and never closes swallows the lines after it into that field,
    up to the next quote. A record over several lines that is taken for such a runaway (see
    _runaway) is reported as malformed and the lines after its first are read again as
    records. No number of lines ends a record: a chat transcript in one cell is one row,
    however long (the scorer truncates long texts). A runaway holds the lines it swallowed,
    up to the next quote or the end of the input, until they are read again.
    """
    reader = csv.reader(lines)
    while True:
        lines.record, lines.ran_out = [], False
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
        if len(record) > 1 and (lines.ran_out or _runaway(record)):
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


def _runaway(record: list[tuple[int, str]]) -> bool:
    """Whether a record over several lines that ends before the end of the input is a quote
    never closed rather than a field that holds line breaks.

    A runaway field ends at the next quote in the rows it swallowed: the opening quote of a
    later field, at the start of a line or right after a comma, and followed by that field's
    text, which strict CSV refuses. Sloppy CSV that strict CSV refuses too stays one record:
    there the quote follows text (a space after a closing quote, a backslash-escaped quote,
    `"5" tablet` in another field). Counting the fields instead would miss every runaway that
    ends at a later field holding no comma.
    """
    reader = csv.reader((line for _, line in record), strict=True)
    try:
        for _ in reader:
            pass
    except csv.Error:
        if reader.line_num < 2:
            return False  # the quote that ends a runaway is on a line it swallowed
        line = record[reader.line_num - 1][1]
        quote = line.find('"')
        return quote == 0 or quote > 0 and line[quote - 1] == ","
    return False


def read_csv_chunks(path: str, chunk_rows: int = DEFAULT_CHUNK_ROWS, *,
                    text_col: str | None = None) -> Iterator[Chunk]:
    """CSV rows as string columns; broken lines and bad bytes become per-row problems.
    ``text_col`` is unused: every column is text already (the readers share one signature)."""
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


def read_jsonl_chunks(path: str, chunk_rows: int = DEFAULT_CHUNK_ROWS, *,
                      text_col: str | None = None) -> Iterator[Chunk]:
    """One JSON object per line; a line that is not one becomes a ``malformed`` row.
    ``text_col`` is unused (the readers share one signature).

    JSONL has no header, and a key may first appear on the last line: the input is read twice,
    first for every key (in order of first appearance) and the types of its values, so that
    every chunk has every key as a column and none is lost. Standard input is first copied to
    a temporary file to be read twice.
    """
    raw = _spooled_stdin() if path == "-" else open(path, "rb")  # noqa: SIM115
    try:
        columns = _jsonl_columns(raw)
        raw.seek(0)
    except BaseException:
        raw.close()
        raise
    source = _Source(path, raw)
    text_columns = frozenset(k for k, kind in columns.items() if kind == "text")
    try:
        records: list[dict[str, Any]] = []
        problems: dict[int, tuple[str, str]] = {}
        for n, line in enumerate(source.text, 1):
            if not line.strip():
                continue
            obj, problem = _json_line(line, n)
            if problem:
                problems[len(records)] = problem
            records.append(obj)
            if len(records) >= chunk_rows:
                yield Chunk(_records_frame(records, columns), problems, source.fraction(),
                            text_columns)
                records, problems = [], {}
        if records:
            yield Chunk(_records_frame(records, columns), problems, source.fraction(),
                        text_columns)
    finally:
        source.close()


def _spooled_stdin() -> IO[bytes]:
    import shutil
    import tempfile

    spool = tempfile.TemporaryFile()  # noqa: SIM115 - closed by the reader
    shutil.copyfileobj(sys.stdin.buffer, spool)
    spool.seek(0)
    return spool


def _json_line(line: str, n: int) -> tuple[dict[str, Any], tuple[str, str] | None]:
    """The object on line ``n`` (empty if none) and its problem, if it has one."""
    bad = _BAD_BYTES.search(line) is not None
    if bad:
        line = str(_repair(line))
    try:
        obj = json.loads(line)
        if not isinstance(obj, dict):
            raise ValueError(f"not a JSON object but {type(obj).__name__}")
    except ValueError as exc:
        return {}, ("malformed", f"line {n}: {exc}")
    except RecursionError:  # not a ValueError: json gives up on ~1,000 levels of nesting
        return {}, ("malformed", f"line {n}: nested too deeply to read")
    problem: tuple[str, str] | None = None
    if "\\u" in line and _SURROGATE_ESCAPE.search(line):  # rare: only then walk the values
        found: list[bool] = []
        obj = _without_surrogates(obj, found)
        if found:
            problem = ("bad_encoding", f"line {n}: an escape of half a surrogate pair "
                                       "(\\ud800-\\udfff) replaced by U+FFFD")
    if bad:
        problem = ("bad_encoding", f"line {n}: invalid UTF-8 replaced by U+FFFD")
    return obj, problem


def _without_surrogates(value: Any, found: list[bool]) -> Any:
    """``value`` with its strings (keys too, nested ones too) freed of lone surrogates;
    ``found`` gets an item if any was."""
    if isinstance(value, str):
        if _SURROGATES.search(value) is None:
            return value
        found.append(True)
        return _no_surrogates(value)
    if isinstance(value, list):
        return [_without_surrogates(v, found) for v in value]
    if isinstance(value, dict):
        return {_without_surrogates(k, found): _without_surrogates(v, found)
                for k, v in value.items()}
    return value


def _jsonl_columns(raw: IO[bytes]) -> dict[str, str]:
    """Every key of the file's objects, in order of first appearance, with the JSON type of
    its values: "text" where they are not all of one type or are of one only text holds."""
    text = _text_stream(raw)
    try:
        kinds: dict[str, set[str]] = {}
        for line in text:
            try:
                obj = json.loads(line)  # bad bytes stay surrogates: only keys need _repair
            except (ValueError, RecursionError):
                continue  # a blank, broken or too deeply nested line: the second pass reports it
            for key, value in obj.items() if isinstance(obj, dict) else ():
                if not key.isascii():
                    key = _no_surrogates(key)
                kinds.setdefault(key, set()).add(_json_kind(value))
    finally:
        text.detach()  # the file itself is read again
    return {k: "text" if len(found - {"null"}) > 1 or "text" in found
            else min(found - {"null"}, default="null") for k, found in kinds.items()}


def _json_kind(value: object) -> str:
    if value is None or isinstance(value, float) and value != value:  # NaN is a null too
        return "null"
    if isinstance(value, (list, dict)):
        return "text"  # as JSON: chunks would disagree on a nested type (list<int>, list<str>)
    if isinstance(value, int) and not isinstance(value, bool) and not -2**63 <= value < 2**63:
        return "text"  # no Parquet integer holds it
    return type(value).__name__


# A key of one type gets the dtype that holds it in every chunk, with or without nulls, so a
# Parquet output types its column even when the first chunk lacks the key; any other key is
# kept as object: an id column with a gap must not turn 7 into 7.0.
_JSON_DTYPES = {"bool": "boolean", "int": "Int64", "float": "float64"}


def _records_frame(records: list[dict[str, Any]], columns: dict[str, str]) -> pd.DataFrame:
    # The index keeps the rows when no line gave a key (every one broken): no columns to count.
    return pd.DataFrame({c: pd.Series([r.get(c) for r in records],
                                      dtype=_JSON_DTYPES.get(kind, object))
                         for c, kind in columns.items()}, columns=list(columns),
                        index=pd.RangeIndex(len(records)))


def read_parquet_chunks(path: str, chunk_rows: int = DEFAULT_CHUNK_ROWS, *,
                        text_col: str | None = None) -> Iterator[Chunk]:
    """Parquet rows with their values as stored: integers stay exact (a null among them makes
    no floats), and binary values stay bytes, except in ``text_col``: the text to screen is
    read as UTF-8, bytes that are not UTF-8 making the row ``bad_encoding``. Only that column
    is decoded: another binary column (a UUID stored as 16 bytes) is data, not text."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    source: Any = io.BytesIO(sys.stdin.buffer.read()) if path == "-" else path  # needs seeking
    try:
        pf = pq.ParquetFile(source)
        total = max(pf.metadata.num_rows, 1)
        done = 0
        if pf.metadata.num_rows == 0:
            yield Chunk(_parquet_frame(pf.schema_arrow.empty_table(), 0, text_col)[0])
            return
        for batch in pf.iter_batches(batch_size=chunk_rows):
            frame, problems = _parquet_frame(batch, done, text_col)
            done += batch.num_rows
            yield Chunk(frame, problems, progress=done / total)
    except (pa.ArrowException, OSError) as exc:
        raise InputError(f"{path}: not a readable Parquet file: {exc}") from None


def _parquet_frame(batch: Any, first_row: int, text_col: str | None
                   ) -> tuple[pd.DataFrame, dict[int, tuple[str, str]]]:
    # The pandas metadata is ignored: it would make an index stored as columns (an id, from
    # df.set_index("id").to_parquet()) the frame's index, which no output writes.
    frame = batch.to_pandas(types_mapper=_nullable_dtype, ignore_metadata=True)
    problems: dict[int, tuple[str, str]] = {}
    for j, name in enumerate(frame.columns):
        column = frame.iloc[:, j]
        if (name == text_col and column.dtype == "object"
                and any(isinstance(v, bytes) for v in column)):
            frame.isetitem(j, _decode_column(column, str(name), first_row, problems))
    return frame, problems


def _nullable_dtype(arrow_type: Any) -> Any:
    """Integers and booleans as pandas' nullable dtypes: with numpy's, one null turns a whole
    integer column into floats (10**17 + 3 -> 1e+17), and only in the chunks that hold one."""
    import pyarrow as pa

    if pa.types.is_boolean(arrow_type):
        return pd.BooleanDtype()
    if pa.types.is_integer(arrow_type):
        unsigned = pa.types.is_unsigned_integer(arrow_type)
        return pd.api.types.pandas_dtype(f"{'U' if unsigned else ''}Int{arrow_type.bit_width}")
    return None


def _decode_column(values: pd.Series, name: str, first_row: int,
                   problems: dict[int, tuple[str, str]]) -> pd.Series:
    decoded: list[object] = []
    for i, v in enumerate(values):
        if isinstance(v, bytes):
            try:
                v = v.decode("utf-8")
            except UnicodeDecodeError:
                v = v.decode("utf-8", "replace")
                problems.setdefault(i, ("bad_encoding", f"row {first_row + i + 1}: column "
                                        f"{name!r}: invalid UTF-8 replaced by U+FFFD"))
        decoded.append(v)
    return pd.Series(decoded, index=values.index, dtype=object)


READERS = {"csv": read_csv_chunks, "jsonl": read_jsonl_chunks, "parquet": read_parquet_chunks}
