"""Streaming batch screening (``recruitscan.screen_file``): no row lost, bad rows kept."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

import recruitscan
from recruitscan.batch import RESULT_COLUMNS, screen_file
from recruitscan.errors import InputError

TEXTS = [
    "Dibutuhkan segera CS untuk Kamboja, gaji 15 juta, tiket ditanggung, hubungi WA",
    "Besok rapat jam 9 pagi di kantor, jangan lupa bawa laptop ya",
    "Hiring CSR in Cambodia, free ticket, tourist visa, DM on Telegram",
    "Senior accountant, Jakarta office, 5 years experience, apply via our careers page",
    'He said "come to Bavet", with quotes, commas\nand a second line',
]


def make_frame(n: int = 23) -> pd.DataFrame:
    return pd.DataFrame({"id": [f"row-{i}" for i in range(n)],
                         "text": [TEXTS[i % len(TEXTS)] + f" #{i}" for i in range(n)]})


def write(df: pd.DataFrame, path: Path) -> Path:
    if path.suffix == ".csv":
        df.to_csv(path, index=False)
    elif path.suffix == ".jsonl":
        df.to_json(path, orient="records", lines=True, force_ascii=False)
    else:
        df.to_parquet(path, index=False)
    return path


def read(path: Path) -> pd.DataFrame:
    if path.suffix == ".csv":
        return pd.read_csv(path, dtype={"id": str}, keep_default_na=False)
    if path.suffix == ".jsonl":
        return pd.read_json(path, lines=True, dtype={"id": str})
    return pd.read_parquet(path)


def no_partials(folder: Path) -> bool:
    return not [p for p in folder.iterdir() if p.name.endswith(".partial")]


@pytest.mark.parametrize("src,dst", [("csv", "csv"), ("jsonl", "jsonl"), ("parquet", "parquet"),
                                     ("csv", "parquet"), ("parquet", "jsonl")])
def test_every_row_out_in_order_with_ids(tiny_det, tmp_path, src, dst):
    df = make_frame()
    out = tmp_path / f"out.{dst}"
    summary = screen_file(write(df, tmp_path / f"in.{src}"), out, model=tiny_det, chunk_rows=5)
    got = read(out)
    assert summary.rows == len(df) == len(got)
    assert got["id"].tolist() == df["id"].tolist()
    assert got["text"].tolist() == df["text"].tolist()
    assert list(got.columns) == ["id", "text", *RESULT_COLUMNS]
    assert set(got["status"]) == {"ok"}
    assert no_partials(tmp_path)


def test_file_results_equal_in_memory_screen(tiny_det, tmp_path):
    df = make_frame(12)
    out = tmp_path / "out.parquet"
    screen_file(write(df, tmp_path / "in.parquet"), out, model=tiny_det, chunk_rows=4)
    got = pd.read_parquet(out)
    expected = tiny_det.screen(df)
    pd.testing.assert_frame_equal(got.drop(columns="error"), expected)


@pytest.mark.parametrize("dst", ["csv", "jsonl", "parquet"])
def test_parquet_integer_ids_with_a_null_come_back_exact(tiny_det, tmp_path, dst):
    import pyarrow as pa
    import pyarrow.parquet as pq

    # Snowflake-sized ids: as floats, 10**17 + 3 and 10**17 + 5 both become 1e+17.
    ids = [10**17 + i for i in range(6)]
    ids[4] = None
    src = tmp_path / "in.parquet"
    pq.write_table(pa.table({"id": pa.array(ids, type=pa.int64()), "text": TEXTS[:2] * 3}), src)
    out = tmp_path / f"out.{dst}"
    screen_file(src, out, model=tiny_det, chunk_rows=3, reasons="none")
    if dst == "csv":
        assert read(out)["id"].tolist() == ["" if i is None else str(i) for i in ids]
    elif dst == "jsonl":
        assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == ids
    else:
        got = pq.read_table(out)
        assert got.schema.field("id").type == pa.int64() and got["id"].to_pylist() == ids


@pytest.mark.parametrize("dst", ["csv", "parquet"])
def test_parquet_index_written_by_pandas_comes_back_as_a_column(tiny_det, tmp_path, dst):
    # df.set_index("id").to_parquet() stores the id as a column that pandas' metadata makes
    # the index: it was dropped from the output, and --id-col id was refused.
    df = pd.DataFrame({"id": [101, 205, 7, 9, 11], "text": TEXTS})
    src = tmp_path / "in.parquet"
    df.set_index("id").to_parquet(src)
    out = tmp_path / f"out.{dst}"
    summary = screen_file(src, out, model=tiny_det, id_col="id", chunk_rows=2, reasons="none")
    got = read(out)
    assert summary.rows == 5 and list(got.columns[:2]) == ["text", "id"]
    assert [int(i) for i in got["id"]] == [101, 205, 7, 9, 11]
    assert got["text"].tolist() == TEXTS
    # A RangeIndex is stored as metadata alone: it adds no column.
    df.to_parquet(src)
    screen_file(src, out, model=tiny_det, chunk_rows=2, reasons="none")
    assert list(read(out).columns) == ["id", "text", *RESULT_COLUMNS[:-2], "error"]


@pytest.mark.parametrize("dst", ["csv", "jsonl", "parquet"])
def test_parquet_binary_text_is_read_as_utf8_with_bad_bytes_per_row(tiny_det, tmp_path, dst):
    import pyarrow as pa
    import pyarrow.parquet as pq

    texts = [TEXTS[0].encode(), b"bad \xff\xfe bytes", None, TEXTS[1].encode()]
    src = tmp_path / "in.parquet"
    pq.write_table(pa.table({"id": ["a", "b", "c", "d"], "text": pa.array(texts, pa.binary())}),
                   src)
    out = tmp_path / f"out.{dst}"
    screen_file(src, out, model=tiny_det, chunk_rows=3, reasons="none")
    got = read(out)
    assert got["status"].tolist() == ["ok", "bad_encoding", "empty", "ok"]
    assert got["text"][0] == TEXTS[0] and got["text"][1] == "bad \ufffd\ufffd bytes"
    assert got["error"][1] == "row 2: column 'text': invalid UTF-8 replaced by U+FFFD"



@pytest.mark.parametrize("dst", ["csv", "jsonl", "parquet"])
def test_parquet_binary_columns_other_than_the_text_keep_their_bytes(tiny_det, tmp_path, dst):
    import base64
    import uuid

    import pyarrow as pa
    import pyarrow.parquet as pq

    # UUIDs stored as 16 bytes are not UTF-8: decoded, they became U+FFFD and NULs.
    ids = [uuid.UUID(int=(0xC3 << 120) + i).bytes for i in range(3)]
    src = tmp_path / "in.parquet"
    pq.write_table(pa.table({"id": pa.array(ids, pa.binary(16)),
                             "blob": pa.array([b"\xff\x00", b"", None], pa.binary()),
                             "text": TEXTS[:3]}), src)
    out = tmp_path / f"out.{dst}"
    screen_file(src, out, model=tiny_det, chunk_rows=2, reasons="none")
    got = read(out)
    assert got["status"].tolist() == ["ok"] * 3 and got["error"].fillna("").tolist() == [""] * 3
    if dst == "parquet":
        table = pq.read_table(out)
        assert table["id"].to_pylist() == ids
        assert table["blob"].to_pylist() == [b"\xff\x00", b"", None]
    if dst == "jsonl":
        # JSON has no bytes: base64 gives them back exactly (the run failed on non-UTF-8 ones)
        assert [base64.b64decode(v) for v in got["id"]] == ids
        assert got["blob"].tolist()[:2] == ["/wA=", ""]


def test_bad_values_get_a_status_not_an_exception(tiny_det, tmp_path):
    huge = "Kerja di Kamboja gaji besar " * 400_000  # ~11 MB in one field
    lines = [{"id": 1, "text": None}, {"id": 2}, {"id": 3, "text": 42}, {"id": 4, "text": ""},
             {"id": 5, "text": "   "}, {"id": 6, "text": huge}, {"id": 7, "text": TEXTS[0]}]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(x) for x in lines) + '\n{"id": 8, "text": NaN}\n')
    out = tmp_path / "out.jsonl"
    summary = screen_file(src, out, model=tiny_det, chunk_rows=3, reasons="ids")
    got = pd.read_json(out, lines=True)
    assert got["id"].tolist() == list(range(1, 9))
    assert got["status"].tolist() == ["empty", "empty", "not_text", "empty", "empty",
                                      "truncated", "ok", "empty"]
    assert summary.rows == 8 and summary.status["empty"] == 5


def test_csv_field_over_the_csv_module_limit_is_truncated_not_malformed(tiny_det, tmp_path):
    # csv refuses fields over 131,072 characters by default; this one is ~400,000.
    df = pd.DataFrame({"id": ["a", "b"], "text": ["Loker admin Kamboja " * 20_000, TEXTS[1]]})
    out = tmp_path / "out.csv"
    screen_file(write(df, tmp_path / "in.csv"), out, model=tiny_det, reasons="none")
    assert read(out)["status"].tolist() == ["truncated", "ok"]


def test_broken_csv_lines_are_reported_with_line_numbers(tiny_det, tmp_path):
    src = tmp_path / "in.csv"
    src.write_bytes(b'id,text\n'
                    b'1,fine text\n'
                    b'2,too,many,fields\n'
                    b'3,"multi\nline ok"\n'
                    b'4,bad \xff\xfe bytes here\n'
                    b'5,last but one\n'
                    b'6,"never closed\n'
                    b'7,after the broken line\n')
    out = tmp_path / "out.csv"
    summary = screen_file(src, out, model=tiny_det, reasons="none")
    got = read(out)
    assert got["id"].tolist() == ["1", "2", "3", "4", "5", "6", "7"]
    assert got["status"].tolist() == ["ok", "malformed", "ok", "bad_encoding", "ok", "malformed",
                                      "ok"]
    errors = dict(zip(got["id"], got["error"], strict=True))
    assert errors["2"].startswith("line 3:") and "4 fields" in errors["2"]
    assert errors["4"].startswith("line 6:") and "UTF-8" in errors["4"]
    assert errors["6"].startswith("line 8:")
    assert "\ufffd" in got["text"][3]
    assert summary.problem_rows == 3


def test_unclosed_csv_quote_does_not_swallow_the_rows_after_it(tiny_det, tmp_path):
    # The quote opened on line 2 pairs with the one that opens a field on line 5.
    src = tmp_path / "in.csv"
    src.write_text('id,text\n1,"Loker CS Kamboja gaji 15jt\n2,Hiring CSR Cambodia\n3,selamat pagi\n'
                   '4,"Kerja di Thailand, visa turis"\n5,hello\n'
                   '6,"a field over lines\n7,whose lines look like rows\nis one row"\n8,end\n')
    out = tmp_path / "out.csv"
    summary = screen_file(src, out, model=tiny_det, reasons="none")
    got = read(out)
    assert got["id"].tolist() == ["1", "2", "3", "4", "5", "6", "8"]
    assert got["status"].tolist() == ["malformed"] + ["ok"] * 6
    assert got["error"][0] == "line 2: a quoted field is never closed"
    assert got["text"][3] == "Kerja di Thailand, visa turis"
    assert got["text"][5] == "a field over lines\n7,whose lines look like rows\nis one row"
    assert summary.rows == 7


@pytest.mark.parametrize("body,texts", [
    # A space after the closing quote.
    (b'1,"multi\nline" \n2,plain\n', ["multi\nline ", "plain"]),
    # Quotes escaped with a backslash (MySQL, PHP), a comma between them or not.
    (b'1,"Loker CS\nHe said \\"gaji 15jt\\" ok"\n2,plain\n', None),
    (b'1,"Loker CS\nHe said \\"gaji, 15jt\\" ok"\n2,plain\n', None),
    # Quoted words inside the field.
    (b'1,"Loker\nkata "gaji" besar, ukuran 5" tablet"\n2,plain\n', None),
])
def test_sloppy_quotes_in_a_csv_field_over_lines_keep_it_one_row(tiny_det, tmp_path, body,
                                                                 texts):
    # Strict CSV refuses these; they were taken for a quote never closed, and one record
    # came out as a malformed row plus a row for each further line.
    src = tmp_path / "in.csv"
    src.write_bytes(b"id,text\n" + body)
    out = tmp_path / "out.csv"
    summary = screen_file(src, out, model=tiny_det, reasons="none")
    got = read(out)
    assert got["id"].tolist() == ["1", "2"] and summary.rows == 2
    assert "never closed" not in got["error"][0]
    if texts:
        assert got["text"].tolist() == texts


def test_sloppy_quote_in_one_csv_field_and_lines_in_another_are_one_row(tiny_det, tmp_path):
    src = tmp_path / "in.csv"
    src.write_bytes(b'id,size,text\n1,"5" tablet,"desc\nmore"\n2,x,y\n')
    out = tmp_path / "out.csv"
    screen_file(src, out, model=tiny_det, reasons="none")
    got = read(out)
    assert got["id"].tolist() == ["1", "2"]
    assert got["size"][0] == "5 tablet" and got["text"][0] == "desc\nmore"


@pytest.mark.parametrize("later", ['4,"Kerja di Thailand, visa turis"', '4,"Kerja di Thailand"'])
def test_unclosed_csv_quote_is_found_whatever_the_later_quoted_field_holds(tiny_det, tmp_path,
                                                                          later):
    # Swallowed up to a later field's opening quote, with or without a comma after it (the
    # swallowed record then has the header's number of fields).
    src = tmp_path / "in.csv"
    src.write_text(f'id,text\n1,"Loker CS Kamboja\n2,b\n3,c\n{later}\n5,e\n')
    out = tmp_path / "out.csv"
    screen_file(src, out, model=tiny_det, reasons="none")
    got = read(out)
    assert got["id"].tolist() == ["1", "2", "3", "4", "5"]
    assert got["status"].tolist() == ["malformed"] + ["ok"] * 4


def test_csv_field_over_ten_thousand_lines_is_one_row(tiny_det, tmp_path):
    # A chat transcript in one cell: over 10,000 lines, it was cut there into rows.
    chat = "\n".join(f"msg {i}: ok, see you" for i in range(10_001))
    df = pd.DataFrame({"id": ["1", "2"], "text": [chat, TEXTS[0]]})
    out = tmp_path / "out.csv"
    summary = screen_file(write(df, tmp_path / "in.csv"), out, model=tiny_det, reasons="none")
    got = read(out)
    assert summary.rows == 2 and got["id"].tolist() == ["1", "2"]
    assert got["text"][0] == chat and got["status"].tolist() == ["truncated", "ok"]


def test_bad_jsonl_lines_are_reported_with_line_numbers(tiny_det, tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_bytes(b'{"id": 1, "text": "ok"}\n{"id": 2, "text": \n[1, 2]\n'
                    b'{"id": 4, "text": "bad \xff byte"}\n')
    out = tmp_path / "out.jsonl"
    screen_file(src, out, model=tiny_det, reasons="none")
    got = pd.read_json(out, lines=True)
    assert got["status"].tolist() == ["ok", "malformed", "malformed", "bad_encoding"]
    assert [e.split(":")[0] for e in got["error"][1:]] == ["line 2", "line 3", "line 4"]


@pytest.mark.parametrize("dst", ["csv", "jsonl", "parquet"])
@pytest.mark.parametrize(("lines", "statuses"), [
    ("garbage\nmore garbage\n", ["malformed", "malformed"]),
    ('[1]\n{}\n"text"\n', ["malformed", "empty", "malformed"]),  # {} is an object, as with keys
])
def test_jsonl_where_no_line_gives_a_key_keeps_every_row(tiny_det, tmp_path, dst, lines,
                                                         statuses):
    # It was refused as a whole ("no text column 'text': the input has no columns"), where
    # one line with a text made the same lines rows with their status.
    src = tmp_path / "in.jsonl"
    src.write_text(lines)
    out = tmp_path / f"out.{dst}"
    for jobs, chunk_rows in ((1, 2000), (2, 1)):
        summary = screen_file(src, out, model=tiny_det, reasons="none", id_col="id", jobs=jobs,
                              chunk_rows=chunk_rows)
        got = read(out)
        assert summary.rows == len(got) == len(statuses)
        assert got["status"].tolist() == statuses
        assert [e.split(":")[0] for e, s in zip(got["error"], statuses, strict=True)
                if s == "malformed"] == [f"line {i + 1}" for i, s in enumerate(statuses)
                                          if s == "malformed"]
    src.write_text('garbage\n{"id": 1, "body": "x"}\n')  # objects, but none with the text
    with pytest.raises(InputError, match="no text column 'text'; columns are: id, body"):
        screen_file(src, out, model=tiny_det)


@pytest.mark.parametrize("dst", ["csv", "jsonl", "parquet"])
def test_jsonl_escape_of_half_a_surrogate_pair_is_replaced_per_row(tiny_det, tmp_path, dst):
    # "\ud83d" is an emoji cut in two (a JavaScript substring): it parsed to a lone surrogate
    # that no output could write, and the whole run failed with no output.
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": 1, "text": "Loker CS Kamboja gaji 15jt \\ud83d"}\n'
                   '{"id": 2, "text": "ok \\ud83d\\ude00 \\\\ud83d"}\n'
                   '{"id": 3, "text": "x", "tags": ["a", {"\\uDC00k": "\\udfff"}]}\n'
                   '{"id": 4, "text": "y", "k\\ud800": 5}\n')
    out = tmp_path / f"out.{dst}"
    summary = screen_file(src, out, model=tiny_det, reasons="none")
    got = read(out)
    assert summary.rows == 4 and [int(i) for i in got["id"]] == [1, 2, 3, 4]
    assert got["status"].tolist() == ["bad_encoding", "ok", "bad_encoding", "bad_encoding"]
    assert got["text"][0] == "Loker CS Kamboja gaji 15jt \ufffd"
    assert got["text"][1] == "ok \U0001F600 \\ud83d"  # a whole pair, an escaped backslash
    assert "'\ufffdk': '\ufffd'" in str(got["tags"][2]).replace('"', "'")  # nested too
    assert "k\ufffd" in got.columns and got["error"][1] in ("", None)
    assert [e.split(":")[0] for e in got["error"][[0, 2, 3]]] == ["line 1", "line 3", "line 4"]
    assert "surrogate" in got["error"][0]


def test_byte_order_mark_is_not_part_of_the_first_column_or_record(tiny_det, tmp_path):
    bom = b"\xef\xbb\xbf"  # Excel's "CSV UTF-8" and Notepad start files with one
    (tmp_path / "in.csv").write_bytes(bom + b"text,id\nhalo,1\n")
    (tmp_path / "in.jsonl").write_bytes(bom + b'{"id": 1, "text": "halo"}\n{"id": 2, "text": "x"}\n')
    screen_file(tmp_path / "in.csv", tmp_path / "out.csv", model=tiny_det, id_col="id",
                reasons="none")
    assert (tmp_path / "out.csv").read_bytes().startswith(b"text,id,status,")
    screen_file(tmp_path / "in.jsonl", tmp_path / "out.jsonl", model=tiny_det, reasons="none")
    got = pd.read_json(tmp_path / "out.jsonl", lines=True)
    assert got["id"].tolist() == [1, 2] and set(got["status"]) == {"ok"}


@pytest.mark.parametrize("dst", ["csv", "jsonl", "parquet"])
def test_jsonl_keys_first_seen_in_a_later_chunk_are_kept(tiny_det, tmp_path, dst):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": 1, "body": "a"}\n{"id": 2, "text": "b", "extra": 1}\n{"text": "c"}\n'
                   '{"id": 4, "text": "d", "source_url": "http://x/4"}\n')
    out = tmp_path / f"out.{dst}"
    screen_file(src, out, model=tiny_det, chunk_rows=1, reasons="none")
    got = read(out)

    def values(col: str) -> list[object]:  # a missing value: "" in CSV, NaN or None elsewhere
        return [None if v is None or v == "" or v != v else v for v in got[col]]

    assert list(got.columns[:5]) == ["id", "body", "text", "extra", "source_url"]
    assert values("text") == [None, "b", "c", "d"]
    assert values("source_url") == [None, None, None, "http://x/4"]
    assert [None if v is None else int(v) for v in values("extra")] == [None, 1, None, None]
    assert got["status"].tolist() == ["empty", "ok", "ok", "ok"]


def test_jsonl_values_of_mixed_types_are_written_to_parquet_as_text(tiny_det, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    # The first chunk holds only integer ids: Parquet must not fix the column as int64.
    rows = [{"id": i, "n": i, "text": TEXTS[i % 2]} for i in range(3)]
    rows += [{"id": "msg-3", "n": None, "text": TEXTS[0], "tags": ["a", 1]},
             {"id": 3.5, "n": 7, "text": TEXTS[1], "tags": {"k": True}},
             {"id": True, "n": 2**62, "text": TEXTS[2], "big": 2**64, "late": 5}]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in rows))
    out = tmp_path / "out.parquet"
    summary = screen_file(src, out, model=tiny_det, chunk_rows=2, reasons="none")
    got = pq.read_table(out)
    assert summary.rows == 6
    assert got["id"].to_pylist() == ["0", "1", "2", "msg-3", "3.5", "true"]
    assert got["tags"].to_pylist() == [None, None, None, '["a", 1]', '{"k": true}', None]
    assert got["big"].to_pylist() == [None] * 5 + [str(2**64)]
    assert got.schema.field("n").type == pa.int64()  # one type throughout: kept
    assert got["n"].to_pylist() == [0, 1, 2, None, 7, 2**62]
    # Absent from the first chunk, which fixed the schema: typed by the whole file's values.
    assert got.schema.field("late").type == pa.int64()
    assert got["late"].to_pylist() == [None] * 5 + [5]


@pytest.mark.parametrize("src_fmt", ["jsonl", "parquet"])
def test_nested_values_are_written_to_csv_as_json(tiny_det, tmp_path, src_fmt):
    # pandas' CSV wrote them as Python's repr: {'src': 'fb', 'ok': True}, [1, None].
    df = pd.DataFrame({"id": [1, 2], "text": TEXTS[:2], "flag": [True, False],
                       "meta": [{"src": "fb", "ok": True}, {"src": "wa", "ok": None}],
                       "tags": [["a", "b"], [None]]})
    out = tmp_path / "out.csv"
    screen_file(write(df, tmp_path / f"in.{src_fmt}"), out, model=tiny_det, reasons="none")
    got = read(out)
    assert [json.loads(v) for v in got["meta"]] == [{"src": "fb", "ok": True},
                                                     {"src": "wa", "ok": None}]
    assert [json.loads(v) for v in got["tags"]] == [["a", "b"], [None]]
    assert got["flag"].tolist() == [True, False]  # scalars as pandas writes them, as before
    assert got["id"].tolist() == ["1", "2"]


def test_jsonl_output_writes_floats_exactly(tiny_det, tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": 1, "lat": 1.3521234567891, "ts": 1715000000.123456, "v": Infinity, '
                   '"text": "Dijual meja"}\n{"id": 2, "lat": -6.2000000001, "ts": 1715000001.5, '
                   '"v": 2.0, "text": "Dijual kursi"}\n')
    screen_file(src, tmp_path / "out.jsonl", model=tiny_det, reasons="none", columns=["status"])
    rows = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    # pandas' to_json kept 10 significant digits (1.3521234568) and wrote Infinity as null.
    assert [(r["lat"], r["ts"], r["v"]) for r in rows] == [
        (1.3521234567891, 1715000000.123456, float("inf")), (-6.2000000001, 1715000001.5, 2.0)]


def test_parquet_floats_to_jsonl_keep_their_value_and_nulls(tiny_det, tmp_path):
    df = pd.DataFrame({"id": [1, 2], "text": ["Dijual meja", "Dijual kursi"],
                       "f32": pd.Series([0.1, None], dtype="float32"),
                       "f64": [0.1 + 0.2, None], "nested": [[0.1 + 0.2], []]})
    screen_file(write(df, tmp_path / "in.parquet"), tmp_path / "out.jsonl", model=tiny_det,
                reasons="none", columns=["status"])
    lines = (tmp_path / "out.jsonl").read_text().splitlines()
    assert '"f32":0.1,"f64":0.30000000000000004,"nested":[0.30000000000000004]' in lines[0]
    assert '"f32":null,"f64":null,"nested":[]' in lines[1]


def test_csv_with_newlines_quotes_and_commas_round_trips(tiny_det, tmp_path):
    texts = ['say "hi", then\nleave', "a,b,c", '""', "line1\r\nline2", "ünïcödé 中文 ខ្មែរ"]
    df = pd.DataFrame({"id": [str(i) for i in range(len(texts))], "text": texts})
    out = tmp_path / "out.csv"
    screen_file(write(df, tmp_path / "in.csv"), out, model=tiny_det, reasons="full")
    got = read(out)
    assert got["text"].tolist() == texts
    assert all(isinstance(json.loads(r), list) for r in got["reasons"])


def test_missing_text_column_names_the_columns(tiny_det, tmp_path):
    src = write(make_frame(3), tmp_path / "in.csv")
    with pytest.raises(InputError, match=r"'txet'.*columns are: id, text"):
        screen_file(src, tmp_path / "out.csv", model=tiny_det, text_col="txet")
    assert not (tmp_path / "out.csv").exists() and no_partials(tmp_path)


def test_repeated_column_name_is_refused_naming_it(tiny_det, tmp_path):
    src = tmp_path / "in.csv"
    src.write_text("id,text,text\n1,Loker CS Kamboja,hi\n")
    with pytest.raises(InputError, match="more than one column is named 'text'"):
        screen_file(src, tmp_path / "out.csv", model=tiny_det)
    assert not (tmp_path / "out.csv").exists() and no_partials(tmp_path)


def test_repeated_id_column_is_refused_naming_it(tiny_det, tmp_path):
    src = tmp_path / "in.csv"
    src.write_text("id,text,id\n1,Loker CS Kamboja,2\n")
    with pytest.raises(InputError, match="more than one column is named 'id', so the id"):
        screen_file(src, tmp_path / "out.csv", model=tiny_det, id_col="id")
    assert not (tmp_path / "out.csv").exists() and no_partials(tmp_path)


@pytest.mark.parametrize("dst", ["csv", "jsonl", "parquet"])
@pytest.mark.parametrize("jobs", [1, 2])
def test_other_repeated_column_names_are_made_unique_in_every_chunk(tiny_det, tmp_path, capsys,
                                                                    dst, jobs):
    # Excel writes empty header cells for trailing columns; 'a.1' is taken already.
    src = tmp_path / "in.csv"
    src.write_text("id,text,a,a,a.1,,\r\n" + "".join(f"{i},Loker CS Kamboja {i},x,y,z,,\r\n"
                                                      for i in range(7)))
    out = tmp_path / f"out.{dst}"
    summary = screen_file(src, out, model=tiny_det, chunk_rows=2, jobs=jobs, id_col="id")
    got = read(out)
    assert summary.rows == len(got) == 7
    assert got.columns.tolist() == ["id", "text", "a", "a.2", "a.1", "Unnamed: 5",
                                    "Unnamed: 6", *RESULT_COLUMNS]
    assert got["id"].astype(str).tolist() == [str(i) for i in range(7)]
    assert (got["a"].tolist(), got["a.2"].tolist()) == (["x"] * 7, ["y"] * 7)
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "'a' -> 'a.2', '' -> 'Unnamed: 5', '' -> 'Unnamed: 6'" in err


def test_missing_file_is_named(tiny_det, tmp_path):
    with pytest.raises(InputError, match="nope.csv"):
        screen_file(tmp_path / "nope.csv", tmp_path / "out.csv", model=tiny_det)


def test_unknown_result_column_is_refused(tiny_det, tmp_path):
    src = write(make_frame(3), tmp_path / "in.csv")
    with pytest.raises(InputError, match="scroe"):
        screen_file(src, tmp_path / "out.csv", model=tiny_det, columns=["scroe"])


def test_empty_files_give_empty_output(tiny_det, tmp_path):
    (tmp_path / "empty.csv").write_text("")
    screen_file(tmp_path / "empty.csv", tmp_path / "out.csv", model=tiny_det)
    assert (tmp_path / "out.csv").read_text() == ""
    (tmp_path / "header.csv").write_text("id,text\n")
    summary = screen_file(tmp_path / "header.csv", tmp_path / "out2.csv", model=tiny_det)
    assert summary.rows == 0
    assert (tmp_path / "out2.csv").read_text().strip() == ",".join(["id", "text", *RESULT_COLUMNS])
    (tmp_path / "empty.jsonl").write_text("")
    screen_file(tmp_path / "empty.jsonl", tmp_path / "out.jsonl", model=tiny_det)
    assert (tmp_path / "out.jsonl").read_text() == ""


def _empty_input(tmp_path: Path, kind: str) -> tuple[Path, list[str]]:
    """An input without rows, and the columns it names."""
    if kind == "empty.parquet":
        write(pd.DataFrame({"id": pd.Series([], dtype="int64"), "text": pd.Series([], dtype=str)}),
              tmp_path / kind)
    else:
        (tmp_path / kind).write_text({"empty.csv": "", "header.csv": "id,text\n", "empty.jsonl": "",
                                      "blank.jsonl": "\n  \n\n"}[kind])
    return tmp_path / kind, ["id", "text"] if kind in ("header.csv", "empty.parquet") else []


@pytest.mark.parametrize("kind", ["empty.csv", "header.csv", "empty.jsonl", "blank.jsonl",
                                  "empty.parquet"])
def test_empty_inputs_give_a_readable_parquet_with_the_result_columns(tiny_det, tmp_path, kind):
    src, columns = _empty_input(tmp_path, kind)
    summary = screen_file(src, tmp_path / "out.parquet", model=tiny_det)
    got = pd.read_parquet(tmp_path / "out.parquet")  # was a 0-byte file when nothing was read
    assert summary.rows == len(got) == 0
    assert got.columns.tolist() == [*columns, *RESULT_COLUMNS]
    types = got.dtypes.astype(str).to_dict()
    assert types["score"] == "float64" and types["flagged"] == "bool"
    assert all(types[c] in ("object", "str") for c in ("status", "risk", "reasons", "error"))


@pytest.mark.parametrize("kind", ["empty.csv", "header.csv", "empty.jsonl", "blank.jsonl",
                                  "empty.parquet"])
def test_text_column_of_an_empty_input_is_checked_against_the_columns_it_names(tiny_det,
                                                                              tmp_path, kind):
    src, columns = _empty_input(tmp_path, kind)
    if columns:
        with pytest.raises(InputError, match="no text column 'nope'; columns are: id, text"):
            screen_file(src, tmp_path / "out.csv", model=tiny_det, text_col="nope")
    else:  # no header, no keys: nothing to check against, and no row lacks the column
        assert screen_file(src, tmp_path / "out.csv", model=tiny_det, text_col="nope").rows == 0
        assert (tmp_path / "out.csv").read_text() == ""


def test_crash_mid_run_leaves_no_output_and_no_temp_file(tiny_det, tmp_path, monkeypatch):
    src = write(make_frame(20), tmp_path / "in.csv")
    out = tmp_path / "out.csv"
    out.write_text("previous results\n")
    real = tiny_det.scan_many
    calls = []

    def failing(texts, **kw):
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("scorer died")
        return real(texts, **kw)

    monkeypatch.setattr(tiny_det, "scan_many", failing)
    with pytest.raises(RuntimeError, match="scorer died"):
        screen_file(src, out, model=tiny_det, chunk_rows=5)
    assert out.read_text() == "previous results\n"  # the old file is untouched
    assert no_partials(tmp_path)
    monkeypatch.undo()
    with pytest.raises(RuntimeError):
        monkeypatch.setattr(tiny_det, "scan_many", failing)
        calls.clear()
        screen_file(src, tmp_path / "new.csv", model=tiny_det, chunk_rows=5)
    assert not (tmp_path / "new.csv").exists() and no_partials(tmp_path)


def test_only_flagged_columns_and_reason_ids(tiny_det, tmp_path):
    df = make_frame(10)
    src = write(df, tmp_path / "in.csv")
    out = tmp_path / "out.csv"
    full = tiny_det.screen(df, reasons="ids")
    summary = screen_file(src, out, model=tiny_det, only_flagged=True,
                          columns=["score", "reasons"], reasons="ids")
    got = read(out)
    assert list(got.columns) == ["id", "text", "score", "reasons"]
    assert got["id"].tolist() == df["id"][full["flagged"]].tolist()
    assert summary.flagged == int(full["flagged"].sum()) and summary.rows == 10
    for ids in got["reasons"]:
        assert all(part and " " not in part for part in ids.split(";"))


def test_result_columns_never_overwrite_input_columns(tiny_det, tmp_path):
    df = make_frame(3).assign(score=["x", "y", "z"])
    out = tmp_path / "out.csv"
    screen_file(write(df, tmp_path / "in.csv"), out, model=tiny_det, reasons="none")
    got = read(out)
    assert got["score"].tolist() == ["x", "y", "z"]
    assert "result_score" in got.columns


def test_threshold_zero_flags_everything_readable(tiny_det, tmp_path):
    df = make_frame(4)
    out = tmp_path / "out.csv"
    summary = screen_file(write(df, tmp_path / "in.csv"), out, model=tiny_det, threshold=0.0)
    assert summary.flagged == 4 and summary.risk["high"] == 4
    assert "4 flagged" in summary.line()


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
@pytest.mark.parametrize("only_flagged", [False, True])
def test_two_processes_give_identical_output(tiny_det, tmp_path, monkeypatch, fmt,
                                             only_flagged):
    import recruitscan.batch as batch

    # Parts of 3 rows: each chunk of 7 is screened by several workers and joined again.
    monkeypatch.setattr(batch, "WORKER_ROWS", 3)
    df = make_frame(60)
    df.loc[[4, 11, 30], "text"] = ["", "   ", None]  # rows with a status, across parts
    src = write(df, tmp_path / "in.csv")
    one, two = tmp_path / f"one.{fmt}", tmp_path / f"two.{fmt}"
    kw = {"model": tiny_det, "chunk_rows": 7, "only_flagged": only_flagged, "threshold": 0.5}
    s1 = screen_file(src, one, jobs=1, **kw)
    s2 = screen_file(src, two, jobs=2, **kw)
    if fmt == "parquet":
        pd.testing.assert_frame_equal(pd.read_parquet(one), pd.read_parquet(two))
    else:
        assert one.read_bytes() == two.read_bytes()
    assert (s1.rows, s1.flagged, s1.risk, s1.status) == (s2.rows, s2.flagged, s2.risk, s2.status)
    assert s2.rows == 60 and s2.status["empty"] == 3
    if only_flagged:
        assert 0 < s2.flagged < 60  # both kinds of row are present, so the filter is tested
    assert no_partials(tmp_path)


@pytest.mark.slow
def test_spawned_workers_screen_with_the_detectors_own_settings(tiny_det, tmp_path,
                                                                monkeypatch):
    import recruitscan.batch as batch
    from recruitscan.corrections import Corrections

    # macOS and Windows spawn their workers, which load the model from its path.
    monkeypatch.setattr(batch, "_START_METHOD", "spawn")
    det = tiny_det.with_corrections(Corrections(allow_phones=("+62 812 3456 7890",),
                                                deny_handles=("@recruiter_bob",)))
    det.threshold, det.medium_threshold, det.max_chars = 0.5, 0.45, 70
    df = pd.DataFrame({"id": [f"row-{i}" for i in range(10)], "text": [
        "Loker CS Kamboja gaji 15jt tiket gratis hubungi +62 812 3456 7890",
        "selamat pagi, hubungi @recruiter_bob", "Hiring CSR in Cambodia, free ticket",
        "Loker admin Jakarta gaji UMR",
        "Besok rapat jam 9 pagi di kantor, jangan lupa bawa laptop dan charger ya"] * 2})
    src = write(df, tmp_path / "in.csv")
    one, two = tmp_path / "one.csv", tmp_path / "two.csv"
    screen_file(src, one, model=det, jobs=1, chunk_rows=3)
    screen_file(src, two, model=det, jobs=2, chunk_rows=3)
    assert two.read_text() == one.read_text()
    got, as_saved = read(two), tiny_det.screen(df)
    assert got["flagged"].tolist() == det.screen(df)["flagged"].tolist()
    for col in ("flagged", "risk", "status"):  # each setting changed something
        assert (got[col] != as_saved[col]).any(), col


def test_public_screen_file_is_the_batch_one(tiny_model_dir, tmp_path):
    src = write(make_frame(3), tmp_path / "in.jsonl")
    summary = recruitscan.screen_file(src, tmp_path / "out.jsonl", model=tiny_model_dir)
    assert summary.rows == 3


@pytest.mark.slow
def test_a_dying_worker_fails_the_run_and_leaves_no_file(tiny_det, tmp_path, monkeypatch):
    import os
    from concurrent.futures.process import BrokenProcessPool

    parent, real = os.getpid(), tiny_det.scan_many

    def dies_in_worker(texts, **kw):
        if os.getpid() != parent:
            os._exit(1)  # a worker killed mid-chunk (out of memory, a signal…)
        return real(texts, **kw)

    monkeypatch.setattr(tiny_det, "scan_many", dies_in_worker)  # forked workers inherit it
    src = write(make_frame(20), tmp_path / "in.csv")
    with pytest.raises(BrokenProcessPool):
        screen_file(src, tmp_path / "out.csv", model=tiny_det, jobs=2, chunk_rows=5)
    assert not (tmp_path / "out.csv").exists() and no_partials(tmp_path)


@pytest.mark.parametrize("dst", ["csv", "jsonl", "parquet"])
def test_jsonl_line_nested_too_deeply_is_a_malformed_row(tiny_det, tmp_path, dst):
    # json raises RecursionError, not a ValueError, past ~1,000 levels: it ended the run with
    # a traceback in the first pass over the file.
    src = tmp_path / "in.jsonl"
    deep = "[" * 100_000 + "]" * 100_000
    src.write_text('{"id": 1, "text": "ok"}\n'
                   f'{{"id": 2, "text": "x", "tags": {deep}}}\n'
                   '{"id": 3, "text": "fine"}\n')
    out = tmp_path / f"out.{dst}"
    summary = screen_file(src, out, model=tiny_det, reasons="none")
    got = read(out)
    assert summary.rows == 3 and got["status"].tolist() == ["ok", "malformed", "ok"]
    assert "line 2: nested too deeply" in got["error"][1]
