"""Writing screening results: to a temporary file beside the target, renamed into place only
when the whole run succeeded, so a crash never leaves a half-written file that looks complete."""

from __future__ import annotations

import base64
import contextlib
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from recruitscan.errors import InputError

TEXT_FORMATS = ("csv", "jsonl")  # formats whose rows can be encoded apart and concatenated


def encode_rows(df: pd.DataFrame, fmt: str, *, header: bool) -> bytes:
    """``df`` as the bytes a CSV or JSONL output holds for it (the CSV header if ``header``).
    Rows encode independently, so blocks encoded apart concatenate to the whole file."""
    if fmt == "csv":
        return _nested_as_json(df).to_csv(index=False, header=header).encode("utf-8")
    if fmt == "jsonl":
        return _jsonl_rows(df)
    raise ValueError(f"rows of format {fmt!r} are not encoded apart")


_NESTED = (dict, list, tuple, np.ndarray)  # a JSONL object or array, a Parquet list or struct


def _nested_as_json(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` with its nested values as their JSON text, as a Parquet output writes them:
    pandas' CSV wrote their Python repr (``{'ok': True}``), which nothing reads back. Scalars
    are left to pandas."""
    nested = [j for j in range(df.shape[1]) if df.dtypes.iloc[j] == "object"
              and any(isinstance(v, _NESTED) for v in df.iloc[:, j])]
    if not nested:
        return df
    df = df.copy()
    for j in nested:
        df.isetitem(j, pd.Series([_json_text(v) if isinstance(v, _NESTED) else v
                                  for v in df.iloc[:, j]], index=df.index, dtype=object))
    return df


# Compact, like pandas' to_json was; NaN and infinities as Python's json reads them.
_JSON = json.JSONEncoder(ensure_ascii=False, allow_nan=True, separators=(",", ":"))
_JSON_ASCII = json.JSONEncoder(ensure_ascii=True, allow_nan=True, separators=(",", ":"))


def _jsonl_rows(df: pd.DataFrame) -> bytes:
    """One JSON object a row, each float as its repr, which reads back as the same float:
    pandas' to_json kept 10 significant digits (1.3521234567891 -> 1.3521234568) and wrote an
    infinity as null. ±inf is written ``Infinity``, as a JSONL input holding one wrote it."""
    keys = [str(c) for c in df.columns]
    columns = [_column_values(df.iloc[:, j]) for j in range(len(keys))]
    lines = []
    for i in range(len(df)):
        row = {k: col[i] for k, col in zip(keys, columns, strict=True)}
        try:
            lines.append(_JSON.encode(row).encode("utf-8"))
        except UnicodeEncodeError:  # a lone surrogate ("\udc80" in the input) stays escaped
            lines.append(_JSON_ASCII.encode(row).encode("ascii"))
    return b"".join(line + b"\n" for line in lines)


def _column_values(column: pd.Series) -> list[object]:
    if column.dtype in (np.float32, np.float16):
        # Each value's shortest repr as a float32 (0.1), not as the double it widens to
        # (0.10000000149011612): both read back as the same float32.
        return [None if v != v else float(str(v)) for v in column.to_numpy()]
    return [_plain(v) for v in column.tolist()]


def _plain(value: object) -> object:
    """``value`` as a type ``json`` writes: numpy scalars as Python ones, missing as None."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, float):
        return None if value != value else float(value)  # NaN is pandas' missing value
    if isinstance(value, (np.integer, np.bool_, np.floating)):
        return value.item()
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, np.ndarray)):
        return [_plain(v) for v in value]
    if isinstance(value, (bytes, bytearray, memoryview)):
        # A binary column other than the text (a UUID id): JSON has no bytes, and pandas'
        # to_json failed on any that are not UTF-8; base64, as BigQuery and protobuf's JSON
        # write them, gives them back exactly.
        return base64.b64encode(bytes(value)).decode("ascii")
    # Dates, decimals…: as pandas' to_json wrote them before (dates as epoch ms).
    return json.loads(pd.Series([value], dtype=object).to_json(orient="values"))[0]


class ResultWriter:
    """Writes chunks to a temporary file beside the target; ``commit`` renames it into place.

    A Parquet file has one schema, fixed by its first chunk, and rows once written stay as
    written. So the input's columns keep their type only where every chunk agrees on it: CSV
    columns are text, Parquet columns have their input type, and JSONL keys whose values are
    not all of one type (``text_columns``: 3 and "msg-3", 3 and 3.5, nested values) are written
    as text from the first row, non-string values as their JSON.
    """

    def __init__(self, path: str, fmt: str, *, text_columns: frozenset[str] = frozenset()) -> None:
        self.path, self.fmt = path, fmt
        self._text_columns = text_columns
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

    def write(self, rows: bytes | pd.DataFrame) -> None:
        """Append rows: CSV or JSONL as encoded by :func:`encode_rows` (where they were
        screened), Parquet as a frame (one ``ParquetWriter`` must see every chunk)."""
        if isinstance(rows, bytes):
            self._fh.write(rows)
        else:
            self._write_parquet(rows)

    def _write_parquet(self, df: pd.DataFrame) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        try:
            table = _arrow_table(_as_text(df, self._text_columns))
            if self._parquet is None:
                # A column that is all-null in the first chunk gets a type later chunks can fill.
                schema = pa.schema([f.with_type(pa.string()) if pa.types.is_null(f.type) else f
                                    for f in table.schema])
                self._parquet = pq.ParquetWriter(self._fh, schema)
            self._parquet.write_table(_conform(table, self._parquet.schema))
        except pa.ArrowException as exc:
            raise InputError(f"{self.path}: cannot write these rows as Parquet: {exc}") from None

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
                if self._parquet is not None:
                    with contextlib.suppress(Exception):  # the run failed already: say why once
                        self._parquet.close()
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


def _as_text(df: pd.DataFrame, columns: frozenset[str]) -> pd.DataFrame:
    present = [c for c in df.columns if c in columns]
    if not present:
        return df
    df = df.copy()
    for col in present:
        df[col] = pd.Series([_json_text(v) for v in df[col]], index=df.index, dtype=object)
    return df


def _json_text(value: object) -> str | None:
    plain = _plain(value)
    if plain is None or isinstance(plain, str):
        return plain
    return json.dumps(plain, ensure_ascii=False)


def _conform(table: Any, schema: Any) -> Any:
    """``table`` with ``schema``'s types: a column that was all-null where the schema was fixed
    is cast, and values bound for a text column become text."""
    import pyarrow as pa

    if table.schema.equals(schema):
        return table
    arrays = []
    for f in schema:
        col = table.column(f.name)
        if col.type == f.type:
            arrays.append(col)
        elif pa.types.is_string(f.type) or pa.types.is_large_string(f.type):
            arrays.append(pa.array([None if v is None else str(v) for v in col.to_pylist()],
                                   type=f.type))
        else:
            try:
                arrays.append(col.cast(f.type))  # refuses a lossy cast: an error, not lost data
            except pa.ArrowException as exc:
                raise pa.ArrowInvalid(f"column {f.name!r} was started as {f.type}, and a later "
                                      f"chunk holds {col.type} values: {exc}") from None
    return pa.Table.from_arrays(arrays, schema=schema)
