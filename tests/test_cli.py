"""The command line: exit codes, messages, streaming through ``screen``."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import click
import numpy as np
import pandas as pd
import pytest
from click.testing import CliRunner

from recruitscan._version import __version__
from recruitscan.batch import RESULT_COLUMNS
from recruitscan.cli import main

ROOT = Path(__file__).resolve().parents[1]
SCAM = "Dibutuhkan segera CS untuk Kamboja, gaji 15 juta, tiket ditanggung, hubungi WA"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def ads_csv(tmp_path) -> Path:
    df = pd.DataFrame({"id": [f"ad-{i}" for i in range(9)],
                       "text": [SCAM if i % 3 == 0 else f"Rapat jam {i} di kantor, bawa laptop"
                                for i in range(9)]})
    path = tmp_path / "ads.csv"
    df.to_csv(path, index=False)
    return path


def screen(runner: CliRunner, model: Path, *args: str, input: str | bytes | None = None):
    return runner.invoke(main, ["screen", *args, "--model", str(model), "--jobs", "1"],
                         input=input)


def command_paths(group: click.Group = main, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    paths = []
    for name, cmd in sorted(group.commands.items()):
        paths.append((*prefix, name))
        if isinstance(cmd, click.Group):
            paths.extend(command_paths(cmd, (*prefix, name)))
    return paths


def test_screen_file_to_file(runner, tiny_model_dir, ads_csv, tmp_path):
    out = tmp_path / "out.jsonl"
    result = screen(runner, tiny_model_dir, str(ads_csv), "-o", str(out))
    assert result.exit_code == 0, result.output
    got = pd.read_json(out, lines=True)
    assert got["id"].tolist() == [f"ad-{i}" for i in range(9)]
    assert list(got.columns) == ["id", "text", *RESULT_COLUMNS]
    assert re.search(r"9 rows, \d+ flagged; risk high \d+, medium \d+, low \d+", result.stderr)


def test_screen_stdin_to_stdout(runner, tiny_model_dir, ads_csv):
    result = screen(runner, tiny_model_dir, "-", "-o", "-", "--reasons", "none", "--quiet",
                    input=ads_csv.read_bytes())
    assert result.exit_code == 0, result.stderr
    got = pd.read_csv(io.StringIO(result.stdout))
    assert got["id"].tolist() == [f"ad-{i}" for i in range(9)]
    assert "reasons" not in got.columns
    assert result.stderr == ""  # --quiet: no summary, and never a progress bar off a terminal


def test_screen_jsonl_stdin_and_parquet(runner, tiny_model_dir, tmp_path):
    lines = "".join(json.dumps({"id": i, "text": SCAM}) + "\n" for i in range(4))
    out = tmp_path / "out.parquet"
    result = screen(runner, tiny_model_dir, "-", "--input-format", "jsonl", "-o", str(out),
                    input=lines)
    assert result.exit_code == 0, result.stderr
    assert pd.read_parquet(out)["id"].tolist() == [0, 1, 2, 3]


def test_screen_jsonl_ids_changing_type_to_parquet_completes(runner, tiny_model_dir, tmp_path):
    lines = "".join(json.dumps({"id": i, "text": SCAM}) + "\n" for i in range(3))
    out = tmp_path / "out.parquet"
    result = screen(runner, tiny_model_dir, "-", "--input-format", "jsonl", "-o", str(out),
                    "--chunk-rows", "2", input=lines + json.dumps({"id": "msg-3", "text": SCAM}))
    assert result.exit_code == 0, result.stderr
    assert pd.read_parquet(out)["id"].tolist() == ["0", "1", "2", "msg-3"]


def test_progress_bar_is_off_when_stderr_is_not_a_terminal(runner, tiny_model_dir, ads_csv,
                                                           tmp_path):
    result = screen(runner, tiny_model_dir, str(ads_csv), "-o", str(tmp_path / "o.csv"))
    assert result.exit_code == 0
    assert result.stderr.count("\n") == 1 and "rows/s" in result.stderr  # the summary only
    assert "\r" not in result.stderr


def test_missing_text_column_exits_1_naming_columns(runner, tiny_model_dir, ads_csv, tmp_path):
    result = screen(runner, tiny_model_dir, str(ads_csv), "-o", str(tmp_path / "o.csv"),
                    "--text-col", "body")
    assert result.exit_code == 1
    assert "'body'" in result.stderr and "id, text" in result.stderr
    assert "Traceback" not in result.output + result.stderr
    assert not list(tmp_path.glob("o.csv*")) and not list(tmp_path.glob(".o.csv*"))


def test_repeated_column_name_exits_1_naming_it(runner, tiny_model_dir, tmp_path):
    src = tmp_path / "dup.csv"
    src.write_text("id,text,text\n1,Loker CS Kamboja,hi\n")
    result = screen(runner, tiny_model_dir, str(src), "-o", "-")
    assert result.exit_code == 1 and "column is named 'text'" in result.stderr
    assert "Traceback" not in result.output + result.stderr


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_excel_blank_header_cells_are_renamed_with_a_warning(runner, tiny_model_dir, tmp_path,
                                                            fmt):
    src = tmp_path / "excel.csv"
    src.write_text("id,text,,\r\n1,Loker CS Kamboja gaji 15jt,,\r\n2,Dijual meja kayu,,\r\n")
    out = tmp_path / f"o.{fmt}"
    result = screen(runner, tiny_model_dir, str(src), "-o", str(out), "-q")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ("warning: " + str(src) + ": columns that share a name are renamed "
                             "in the output: '' -> 'Unnamed: 2', '' -> 'Unnamed: 3'\n")
    got = (pd.read_csv(out, dtype=str) if fmt == "csv" else
           pd.read_json(out, lines=True, dtype=str) if fmt == "jsonl" else pd.read_parquet(out))
    assert got.columns.tolist()[:4] == ["id", "text", "Unnamed: 2", "Unnamed: 3"]
    assert got["id"].tolist() == ["1", "2"]


def test_missing_and_unreadable_files_exit_1_naming_them(runner, tiny_model_dir, tmp_path):
    result = screen(runner, tiny_model_dir, str(tmp_path / "absent.csv"), "-o", "-")
    assert result.exit_code == 1 and "absent.csv" in result.stderr
    bad = tmp_path / "garbage.parquet"
    bad.write_bytes(b"this is not parquet")
    result = screen(runner, tiny_model_dir, str(bad), "-o", str(tmp_path / "o.csv"))
    assert result.exit_code == 1 and "garbage.parquet" in result.stderr
    assert "Traceback" not in result.stderr
    result = screen(runner, tiny_model_dir, str(tmp_path), "-o", str(tmp_path / "o.csv"),
                    "--input-format", "csv")
    assert result.exit_code == 1 and str(tmp_path) in result.stderr


def test_empty_file_gives_empty_output(runner, tiny_model_dir, tmp_path):
    src = tmp_path / "empty.csv"
    src.write_text("")
    out = tmp_path / "out.csv"
    result = screen(runner, tiny_model_dir, str(src), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert out.exists() and out.read_text() == ""


def test_blank_jsonl_to_parquet_gives_a_readable_empty_file(runner, tiny_model_dir, tmp_path):
    src = tmp_path / "blank.jsonl"
    src.write_text("\n  \n")
    out = tmp_path / "out.parquet"
    result = screen(runner, tiny_model_dir, str(src), "-o", str(out), "--reasons", "none")
    assert result.exit_code == 0, result.stderr
    got = pd.read_parquet(out)
    assert len(got) == 0 and got.columns.tolist() == [c for c in RESULT_COLUMNS if c != "reasons"]


def test_fail_on_flagged_exits_3(runner, tiny_model_dir, ads_csv, tmp_path):
    out = str(tmp_path / "o.csv")
    result = screen(runner, tiny_model_dir, str(ads_csv), "-o", out, "--fail-on-flagged",
                    "--threshold", "0")
    assert result.exit_code == 3
    result = screen(runner, tiny_model_dir, str(ads_csv), "-o", out, "--fail-on-flagged",
                    "--threshold", "1", "--quiet")
    assert result.exit_code == 0  # nothing scores above 1


def test_only_flagged_columns_and_reason_ids(runner, tiny_model_dir, ads_csv, tmp_path):
    out = tmp_path / "o.csv"
    result = screen(runner, tiny_model_dir, str(ads_csv), "-o", str(out), "--only-flagged",
                    "--columns", "score,reasons", "--reasons", "ids", "--threshold", "0.0")
    assert result.exit_code == 0, result.stderr
    got = pd.read_csv(out)
    assert list(got.columns) == ["id", "text", "score", "reasons"]
    assert len(got) == 9


def test_unknown_result_column_exits_1(runner, tiny_model_dir, ads_csv, tmp_path):
    result = screen(runner, tiny_model_dir, str(ads_csv), "-o", str(tmp_path / "o.csv"),
                    "--columns", "scroe")
    assert result.exit_code == 1 and "scroe" in result.stderr


@pytest.mark.slow
def test_jobs_1_and_2_write_identical_files(runner, tiny_model_dir, tmp_path):
    df = pd.DataFrame({"id": range(40), "text": [f"{SCAM} {i}" if i % 2 else f"halo {i}"
                                                 for i in range(40)]})
    src = tmp_path / "in.csv"
    df.to_csv(src, index=False)
    outs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}.csv"
        result = runner.invoke(main, ["screen", str(src), "-o", str(out), "-m",
                                      str(tiny_model_dir), "--jobs", jobs, "--chunk-rows", "6"])
        assert result.exit_code == 0, result.stderr
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]


def test_usage_errors_exit_2(runner):
    assert runner.invoke(main, ["screen", "x.csv"]).exit_code == 2  # no -o
    assert runner.invoke(main, ["screen", "x.csv", "-o", "-", "--reasons", "all"]).exit_code == 2
    assert runner.invoke(main, ["no-such-command"]).exit_code == 2
    assert runner.invoke(main, ["screen", "x.csv", "-o", "-", "--jobs", "0"]).exit_code == 2


def test_version(runner):
    result = runner.invoke(main, ["--version"])
    assert result.exit_code == 0 and __version__ in result.output


@pytest.mark.parametrize("path", [(), *command_paths()], ids=lambda p: " ".join(p) or "main")
def test_help_on_every_command(runner, path):
    result = runner.invoke(main, [*path, "--help"])
    assert result.exit_code == 0 and "Usage:" in result.output


def test_every_command_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    leaves = [p for p in command_paths()
              if not isinstance(main.get_command(click.Context(main), p[0]), click.Group)
              or len(p) > 1]
    missing = [" ".join(p) for p in leaves if f"recruitscan {' '.join(p)}" not in readme]
    assert not missing, f"commands not documented in README.md: {missing}"


def test_scan_command_prints_a_verdict(runner, tiny_model_dir):
    result = runner.invoke(main, ["scan", SCAM, "-m", str(tiny_model_dir), "--json"])
    assert result.exit_code == 0, result.output
    assert set(json.loads(result.output)) >= {"score", "flagged", "risk", "reasons", "status"}


def test_train_set_replaces_model_keys(runner, tmp_path):
    from recruitscan.train import parse_overrides

    assert parse_overrides(["C=16", " signed = false", "window_chars=500"]) == {
        "C": 16, "signed": False, "window_chars": 500}
    for bad in ("C", "=3", "C=sixteen"):
        with pytest.raises(ValueError, match="--set"):
            parse_overrides([bad])

    tiny = Path(__file__).parent / "data" / "tiny.jsonl"
    cfg = tmp_path / "cfg.toml"
    cfg.write_text(f'[data]\ncorpus = "{tiny.as_posix()}"\n\n[model]\nseed = 1\n'
                   "n_features = 4096\nmax_iter = 500\nC = 64.0\n", encoding="utf-8")
    out = tmp_path / "m"
    result = runner.invoke(main, ["train", "--config", str(cfg), "--out", str(out),
                                  "--set", "C=4", "--set", "window_chars=120"])
    assert result.exit_code == 0, result.output
    config = json.loads((out / "manifest.json").read_text("utf-8"))["config"]
    assert config["C"] == 4 and config["window_chars"] == 120 and config["n_features"] == 4096

    result = runner.invoke(main, ["train", "--config", str(cfg), "--out", str(tmp_path / "x"),
                                  "--set", "window=1"])
    assert result.exit_code == 1 and "unknown [model] keys ['window']" in result.output
    assert not (tmp_path / "x").exists()

    # A bad value given with --set is reported as such, not as the file's.
    result = runner.invoke(main, ["train", "--config", str(cfg), "--out", str(tmp_path / "y"),
                                  "--set", "disclaimer_rate=2"])
    assert result.exit_code == 1
    assert "cfg.toml with disclaimer_rate=2: disclaimer_rate must be in [0, 1]" in result.output


@pytest.mark.parametrize(("calibration", "where", "splits"), [
    ("split", "the calibration split has 1 scam and", ("calibration",)),
    # Each split keeps one scam: a split with one class is refused before this check.
    ("cross_fitted", "the train and calibration splits have 2 scam and", ("train", "calibration")),
])
def test_train_on_too_few_rows_to_calibrate_says_so(runner, tmp_path, calibration, where, splits):
    """Too few rows of a class to calibrate on used to end in scikit-learn's "n_splits=5
    cannot be greater than the number of members in each class"."""
    from recruitscan.datasets import load_corpus

    df = load_corpus(Path(__file__).parent / "data" / "tiny.jsonl")
    for split in splits:
        scams = df.index[(df["split"] == split) & (df["label"] == 1)]
        df = df.drop(scams[1:])
    df = df[["id", "text", "label", "category", "language", "group", "split"]]
    labels = tmp_path / "labels.csv"
    df.to_csv(labels, index=False)
    cfg = tmp_path / "cfg.toml"
    cfg.write_text(f'[data]\nextra = ["{labels.as_posix()}"]\n\n[model]\nseed = 1\n'
                   f'n_features = 4096\nmax_iter = 500\ncalibration = "{calibration}"\n',
                   encoding="utf-8")
    result = runner.invoke(main, ["train", "--config", str(cfg), "--out", str(tmp_path / "m")])
    assert result.exit_code == 1
    assert where in result.output
    assert "at least 5 of each" in result.output and "n_splits" not in result.output


@pytest.mark.parametrize(("label", "words"), [(0, "legitimate (label 0)"), (1, "scam (label 1)")])
def test_train_on_one_class_says_the_data_has_only_that_class(runner, tmp_path, label, words):
    """It said "the train split needs both classes; it has 13 rows", as if the split were
    the problem."""
    from recruitscan.datasets import load_corpus

    df = load_corpus(Path(__file__).parent / "data" / "tiny.jsonl")
    df = df[df["label"] == label][["id", "text", "label", "category", "language", "group"]]
    labels = tmp_path / "labels.csv"
    df.head(13).to_csv(labels, index=False)
    cfg = tmp_path / "cfg.toml"
    cfg.write_text(f'[data]\nextra = ["{labels.as_posix()}"]\n\n[model]\nseed = 1\n',
                   encoding="utf-8")
    result = runner.invoke(main, ["train", "--config", str(cfg), "--out", str(tmp_path / "m")])
    assert result.exit_code == 1
    assert f"the data has only one class: all 13 rows are {words}" in result.output
    assert not (tmp_path / "m").exists()


def test_train_leaves_out_rows_without_a_text_with_a_warning(runner, tmp_path):
    """A blank or missing text cell (which pandas reads as NaN) is left out of training, with
    a warning that counts and names the rows, instead of ending in a traceback."""
    from recruitscan.datasets import load_corpus
    from recruitscan.errors import DataError
    from recruitscan.model import ModelConfig
    from recruitscan.train import fit, fit_model_dir

    df = load_corpus(Path(__file__).parent / "data" / "tiny.jsonl")
    df = df[["id", "text", "label", "category", "language", "group", "split"]].copy()
    df["text"] = df["text"].astype(object)
    df.loc[df.index[:3], "text"] = [None, "", "  "]
    labels = tmp_path / "labels.csv"
    df.to_csv(labels, index=False)
    cfg = tmp_path / "cfg.toml"
    cfg.write_text(f'[data]\nextra = ["{labels.as_posix()}"]\n\n[model]\nseed = 1\n'
                   "n_features = 4096\nmax_iter = 500\n", encoding="utf-8")
    out = tmp_path / "m"
    result = runner.invoke(main, ["train", "--config", str(cfg), "--out", str(out)])
    assert result.exit_code == 0, result.output
    ids = ", ".join(df["id"][:3])
    assert f"left out 3 row(s) with a blank or missing text (id {ids})" in result.output
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    assert [d["rows"] for d in manifest["data"]] == [len(df) - 3]

    said: list[str] = []
    fit_model_dir(df, tmp_path / "api", ModelConfig(n_features=2**12, max_iter=500),
                  progress=said.append)
    assert any("left out 3 row(s)" in m for m in said)
    with pytest.raises(DataError, match="3 training row"):  # fit itself never guesses
        fit(df, ModelConfig(n_features=2**12, max_iter=500))


@pytest.mark.parametrize(("body", "message"), [
    ('[model]\nC = "64"\n', "C must be a number > 0, got '64'"),
    ("model = 5\n", "[model] must be a table, got 5"),
    ("[data]\ncorpus = 5\n", "[data] corpus must be a path (a string), got 5"),
    # A string, not a list: it was read one character at a time ("corpus not found at /").
    ('[data]\nextra = "labels.csv"\n', "[data] extra must be a list of paths (strings)"),
    ("[model]\ntarget_precision = 2.0\n", "target_precision must be a number in (0, 1]"),
    ("[model]\nmedium_recall = -0.5\n", "medium_recall must be a number in (0, 1]"),
    ("[model]\nindicator_scale = -1.0\n", "indicator_scale must be a number > 0"),
    ("[model]\nC = nan\n", "C must be a number > 0, got nan"),
    ("[model]\nchar_min = 5\nchar_max = 3\n", "char_min must be at most char_max"),
    ("[model]\nsigned = 1\n", "signed must be true or false, got 1"),
    ("[model]\nmax_iter = true\n", "max_iter must be a whole number >= 1, got True"),
    ('[model]\nseed = "x"\n', "seed must be a whole number from 0 to 4294967295, got 'x'"),
    ("[model]\nseed = 1.5\n", "seed must be a whole number"),
    # Typos that used to train the defaults without a word.
    ("[data]\nC_value = 8\n", "unknown [data] keys ['C_value']; known: ['corpus', 'extra']"),
    ("[modle]\nC = 8\n", "unknown tables or keys ['modle']; known: [data], [model], [corrections]"),
    ("[data\n", "not valid TOML"),
])
def test_train_refuses_a_bad_config_in_one_line(runner, tmp_path, body, message):
    cfg = tmp_path / "cfg.toml"
    cfg.write_text(body, encoding="utf-8")
    result = runner.invoke(main, ["train", "--config", str(cfg), "--out", str(tmp_path / "m")])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.output
    lines = result.output.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {cfg}: ") and message in lines[0]
    assert not (tmp_path / "m").exists()


def test_screen_adds_the_score_at_a_prevalence(runner, tiny_model_dir, tiny_det, ads_csv,
                                               tmp_path):
    """Beside ``score``, each score read where scams are 1% of the texts, as
    Detector.at_prevalence reads it; in a worker process as in this one."""
    for jobs in ("1", "2"):
        out = tmp_path / f"p{jobs}.csv"
        result = runner.invoke(main, ["screen", str(ads_csv), "-o", str(out), "--model",
                                      str(tiny_model_dir), "--jobs", jobs, "--chunk-rows", "3",
                                      "--prevalence", "0.01", "--quiet"])
        assert result.exit_code == 0, result.stderr
        got = pd.read_csv(out)
        cols = list(got.columns)
        assert cols[cols.index("score") + 1] == "score_at_prevalence"
        np.testing.assert_allclose(got["score_at_prevalence"],
                                   tiny_det.at_prevalence(got["score"].to_numpy(), 0.01),
                                   atol=2e-6)
        assert (got["score_at_prevalence"] <= got["score"] + 1e-6).all()


def test_the_prevalence_column_is_chosen_like_any_other(runner, tiny_model_dir, ads_csv,
                                                         tmp_path):
    out = tmp_path / "o.csv"
    result = screen(runner, tiny_model_dir, str(ads_csv), "-o", str(out), "--columns",
                    "score_at_prevalence", "--prevalence", "0.05")
    assert result.exit_code == 0, result.stderr
    assert list(pd.read_csv(out).columns) == ["id", "text", "score_at_prevalence"]
    # Without --prevalence there is no such column to choose.
    result = screen(runner, tiny_model_dir, str(ads_csv), "-o", str(out), "--columns",
                    "score_at_prevalence")
    assert result.exit_code != 0 and "needs a prevalence" in result.stderr


def test_asking_for_an_input_column_says_it_is_always_kept(runner, tiny_model_dir, ads_csv,
                                                          tmp_path):
    result = screen(runner, tiny_model_dir, str(ads_csv), "-o", str(tmp_path / "o.csv"),
                    "--columns", "id,score")
    assert result.exit_code != 0
    assert "unknown result column(s) 'id'" in result.stderr and "always kept" in result.stderr


def test_the_prevalence_column_reads_the_exact_score(tiny_det):
    """Not the score rounded to six places: near 1, and at a small share, that rounding moves
    the result a long way (0.9999999182 at one in a million is 0.92; 1.0 would stay 1.0)."""
    from types import SimpleNamespace

    from recruitscan.batch import PREVALENCE_COL, with_prevalence

    exact = 0.9999999182
    res = with_prevalence(pd.DataFrame({"score": [round(exact, 6)]}),
                          [SimpleNamespace(score=exact)], tiny_det, 1e-6)
    expected = tiny_det.at_prevalence(exact, 1e-6)
    assert expected < 0.99
    assert res[PREVALENCE_COL][0] == pytest.approx(expected, abs=1e-6)


@pytest.mark.parametrize("bad", ["0", "1", "5", "-0.1", "nan"])
def test_a_prevalence_outside_zero_and_one_is_a_usage_error(runner, tiny_model_dir, ads_csv,
                                                            tmp_path, bad):
    result = screen(runner, tiny_model_dir, str(ads_csv), "-o", str(tmp_path / "o.csv"),
                    "--prevalence", bad)
    assert result.exit_code == 2 and "prevalence" in result.stderr
    result = runner.invoke(main, ["scan", "--prevalence", bad, "x"])
    assert result.exit_code == 2


def test_scan_reads_the_score_at_a_prevalence(runner, tiny_model_dir, tiny_det):
    result = runner.invoke(main, ["scan", "--json", "--prevalence", "0.01", "--model",
                                  str(tiny_model_dir), SCAM])
    assert result.exit_code == 0, result.stderr
    got = json.loads(result.stdout)
    assert got["prevalence"] == 0.01
    assert got["score_at_prevalence"] == pytest.approx(
        tiny_det.at_prevalence(got["score"], 0.01), abs=2e-6)
    text = runner.invoke(main, ["scan", "--prevalence", "0.01", "--model", str(tiny_model_dir),
                                SCAM]).stdout
    assert f"{got['score_at_prevalence']:.3f} where scams are 1% of texts" in text


def test_a_model_without_its_calibration_share_refuses_a_prevalence(runner, tiny_model_dir,
                                                                    ads_csv, tmp_path):
    import shutil

    old = tmp_path / "old"
    shutil.copytree(tiny_model_dir, old)
    manifest = json.loads((old / "manifest.json").read_text("utf-8"))
    del manifest["metrics"]["calibration_scam_share"]
    (old / "manifest.json").write_text(json.dumps(manifest), "utf-8")
    result = screen(runner, old, str(ads_csv), "-o", str(tmp_path / "o.csv"),
                    "--prevalence", "0.01")
    assert result.exit_code == 1 and "does not record" in result.stderr
    result = runner.invoke(main, ["scan", "--prevalence", "0.01", "--model", str(old), SCAM])
    assert result.exit_code == 1 and "does not record" in result.stderr
