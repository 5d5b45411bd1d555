"""The ``recruitscan`` command line: a thin layer over the library.

Exit codes: 0 success; 1 bad input (unreadable file, missing column, invalid data, bad model);
2 usage error (unknown option, missing argument); 3 ``screen --fail-on-flagged`` flagged rows.
"""

from __future__ import annotations

import json
import math
import os
import sys
from pathlib import Path

import click

from recruitscan._version import __version__

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE, EXIT_FLAGGED = 0, 1, 2, 3


def _fail(message: str) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(EXIT_BAD_INPUT)


def _message(exc: Exception) -> str:
    """``exc``'s message, naming the command line's option where the library's names a
    parameter (``--shared-data`` for ``root=``)."""
    from recruitscan.errors import MissingDataError

    if isinstance(exc, MissingDataError):
        return str(MissingDataError(exc.path, "--shared-data DIR"))
    return str(exc)


def _load(model: str | None, trusted: bool = False):  # noqa: ANN202 - Detector imported lazily
    import recruitscan
    from recruitscan.errors import RecruitscanError

    try:
        return recruitscan.load(model, trusted=trusted)
    except (RecruitscanError, OSError) as exc:
        _fail(str(exc))


_model_option = click.option("--model", "-m", default=None, metavar="DIR",
                             help="Model directory (default: the bundled model).")
_trusted_option = click.option("--trusted", is_flag=True,
                               help="Allow a joblib/pickle model file (runs code when loaded).")


def _finite(_ctx: click.Context, _param: click.Parameter, value: float | None) -> float | None:
    if value is not None and math.isnan(value):  # FloatRange lets NaN through
        raise click.BadParameter("must be a share strictly between 0 and 1, not nan")
    return value


_prevalence_option = click.option(
    "--prevalence", type=click.FloatRange(0, 1, min_open=True, max_open=True), default=None,
    callback=_finite,
    help="Also read each score where scams are this share of the texts (0.01 for 1%): the "
         "model's scores assume the share of the rows they were calibrated on (42%, for the "
         "bundled model).")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="recruitscan")
def main() -> None:
    """Flag job ads and chat messages that look like recruitment into online-scam compounds.

    Exit codes: 0 ok, 1 bad input, 2 usage error, 3 flagged rows with --fail-on-flagged.
    """


@main.command()
@click.argument("text")
@_model_option
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@click.option("--threshold", type=click.FloatRange(0, 1), default=None,
              help="Flag at this score instead of the model's threshold.")
@_prevalence_option
@_trusted_option
def scan(text: str, model: str | None, as_json: bool, threshold: float | None,
         prevalence: float | None, trusted: bool) -> None:
    """Scan one TEXT (use - to read it from stdin) and print the verdict with its reasons."""
    from recruitscan.batch import check_prevalence
    from recruitscan.detector import result_to_dict
    from recruitscan.errors import RecruitscanError

    if text == "-":
        text = sys.stdin.read()
    det = _load(model, trusted)
    try:
        check_prevalence(det, prevalence)
    except RecruitscanError as exc:
        _fail(str(exc))
    result = det.scan(text, threshold=threshold)
    at = (round(float(det.at_prevalence(result.score, prevalence)), 6)
          if prevalence is not None else None)
    if as_json:
        out = result_to_dict(result)
        if at is not None:
            out = {**out, "score_at_prevalence": at, "prevalence": prevalence}
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
        return
    verdict = "FLAGGED" if result.flagged else "not flagged"
    where = f"; {at:.3f} where scams are {prevalence * 100:g}% of texts" if at is not None else ""
    click.echo(f"{verdict}: score {result.score:.3f}{where} (risk {result.risk}, "
               f"{result.category}, language {result.language}, status {result.status})")
    for r in result.reasons:
        evidence = f' "{r.evidence}" [{r.start}:{r.end}]' if r.evidence else ""
        click.echo(f"  {r.weight:+.2f} {r.indicator}:{evidence} {r.message}")


def _available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))  # the cores this process may use, not the machine's
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@main.command()
@click.argument("input", type=str)
@click.option("-o", "--output", required=True, help="Output file (.csv, .jsonl, .parquet) or -.")
@click.option("--text-col", default="text", show_default=True, help="Column holding the text.")
@click.option("--id-col", default=None, help="Column holding row ids (checked to exist).")
@click.option("--threshold", type=click.FloatRange(0, 1), default=None,
              help="Flag at this score instead of the model's threshold.")
@click.option("--jobs", "-j", type=click.IntRange(1), default=None,
              help="Worker processes (default: all cores).")
@click.option("--reasons", type=click.Choice(["none", "ids", "full"]), default="full",
              show_default=True, help="How much explanation to write per row.")
@click.option("--columns", default=None,
              help="Comma-separated result columns to write (default: all).")
@click.option("--only-flagged", is_flag=True, help="Write only the flagged rows.")
@click.option("--input-format", type=click.Choice(["csv", "jsonl", "parquet"]), default=None)
@click.option("--output-format", type=click.Choice(["csv", "jsonl", "parquet"]), default=None)
@click.option("--chunk-rows", type=click.IntRange(1), default=2000, show_default=True)
@click.option("--fail-on-flagged", is_flag=True, help="Exit with code 3 if any row is flagged.")
@_prevalence_option
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary.")
@_model_option
@_trusted_option
def screen(input: str, output: str, text_col: str, id_col: str | None, threshold: float | None,
           jobs: int | None, reasons: str, columns: str | None, only_flagged: bool,
           input_format: str | None, output_format: str | None, chunk_rows: int,
           fail_on_flagged: bool, prevalence: float | None, quiet: bool, model: str | None,
           trusted: bool) -> None:
    """Screen a CSV, JSONL or Parquet file of ads (INPUT, or - for stdin).

    Writes every input row, in order, with the result columns appended: status, score,
    flagged, risk, category, category_probability, language, reasons, error.
    """
    from recruitscan.batch import screen_file
    from recruitscan.errors import RecruitscanError

    det = _load(model, trusted)
    try:
        summary = screen_file(
            input, output, model=det, text_col=text_col, id_col=id_col, threshold=threshold,
            reasons=reasons, jobs=jobs or _available_cores(), chunk_rows=chunk_rows,
            input_format=input_format, output_format=output_format,
            columns=[c.strip() for c in columns.split(",")] if columns else None,
            only_flagged=only_flagged, progress=not quiet, trusted=trusted,
            prevalence=prevalence,
        )
    except (RecruitscanError, OSError, UnicodeError) as exc:
        _fail(str(exc))
    if not quiet:
        click.echo(summary.line(), err=True)
    if fail_on_flagged and summary.flagged:
        sys.exit(EXIT_FLAGGED)


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def indicators(as_json: bool) -> None:
    """List every red-flag indicator: id, languages, weight and description."""
    from recruitscan.indicators import iter_indicators
    from recruitscan.indicators.lexicon import available_languages, load_lexicon

    langs: dict[str, set[str]] = {}
    for lang in available_languages():
        for entry in load_lexicon(lang):
            langs.setdefault(entry.indicator, set()).add(lang)
    rows = [{"id": i.id, "family": i.family, "weight": i.weight,
             "languages": sorted(langs.get(i.id, ())) if i.source == "lexicon" else ["all"],
             "source": i.source, "description_en": i.description_en,
             "description_id": i.description_id, "catalogue": i.catalogue}
            for i in iter_indicators()]
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for r in rows:
        click.echo(f"{r['id']:34s} {r['weight']:+5.1f}  {','.join(r['languages']):30s} "
                   f"{r['description_en']}")


@main.command()
@click.option("--config", "config_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              required=True, help="TOML training config.")
@click.option("--out", type=click.Path(path_type=Path), required=True, help="Model directory to write.")
@click.option("--set", "overrides", multiple=True, metavar="KEY=VALUE",
              help="Replace a [model] key of the config, e.g. --set C=16 --set window_chars=500.")
def train(config_path: Path, out: Path, overrides: tuple[str, ...]) -> None:
    """Train a model directory from a config file (see models/configs/default.toml)."""
    from recruitscan.errors import RecruitscanError
    from recruitscan.train import parse_overrides, run

    try:
        run(config_path, out, log=lambda m: click.echo(m, err=True),
            overrides=parse_overrides(overrides))
    except (RecruitscanError, OSError, ValueError) as exc:
        _fail(str(exc))


@main.command("cross-validate")
@click.option("--config", "config_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              required=True, help="TOML training config: the recipe to measure.")
@click.option("--data", "-d", "source", required=True, metavar="SOURCE",
              help="Labelled rows to cross-validate on: a CSV/JSONL file with text,label "
                   "(and optionally group, language, category), or emscad, id-sms, jobstreet.")
@click.option("--report", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Folder to write report.md, metrics.json, out_of_fold.csv and plots into.")
@click.option("--folds", type=click.IntRange(min=2), default=5, show_default=True,
              help="Number of group folds.")
@click.option("--repeat", type=click.IntRange(min=1), default=1, show_default=True,
              help="Fit each of your training rows this many times (a few hundred rows "
                   "weigh little against the corpus).")
@click.option("--set", "overrides", multiple=True, metavar="KEY=VALUE",
              help="Replace a [model] key of the config, as in train.")
@click.option("--shared-data", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder of the external data (default: RECRUITSCAN_SHARED_DATA or ../shared/data).")
def cross_validate(config_path: Path, source: str, report: Path, folds: int, repeat: int,
                   overrides: tuple[str, ...], shared_data: Path | None) -> None:
    """Measure a training recipe on your own labelled rows: each fold scored by a model trained
    with the other folds, beside the recipe trained without them."""
    from recruitscan.crossval import run
    from recruitscan.errors import RecruitscanError
    from recruitscan.train import parse_overrides

    try:
        cv = run(config_path, source, report, folds=folds, repeat=repeat,
                 overrides=parse_overrides(overrides),
                 shared_data=shared_data, log=lambda m: click.echo(m, err=True))
    except (RecruitscanError, OSError, ValueError) as exc:
        _fail(_message(exc))
    click.echo(cv.table.to_string(index=False, float_format=lambda x: f"{x:.3f}"))
    click.echo(f"report: {report / 'report.md'}", err=True)


@main.group()
def data() -> None:
    """Work with labelled data sets."""


@data.command("validate")
@click.argument("path", type=click.Path(exists=True, dir_okay=True, path_type=Path))
def data_validate(path: Path) -> None:
    """Check a corpus JSONL file (or a folder holding corpus.jsonl) against the schema."""
    from recruitscan.datasets import validate_file

    target = path / "corpus.jsonl" if path.is_dir() else path
    problems = validate_file(target)
    for p in problems[:200]:
        click.echo(f"{target}: {p}", err=True)
    if problems:
        click.echo(f"{len(problems)} problem(s) in {target}", err=True)
        sys.exit(EXIT_BAD_INPUT)
    click.echo(f"{target}: ok")


@main.command()
@click.option("--model", "-m", "models", multiple=True, required=True, metavar="DIR",
              help="Model directory to evaluate (repeat for several: the first is "
                   "compared with each other one).")
@click.option("--data", "-d", "data", multiple=True, required=True, metavar="SOURCE",
              help="recruitscan-corpus[:split] (test split by default), emscad, id-sms, "
                   "jobstreet, or a CSV/JSONL file with text,label (repeat for several).")
@click.option("--report", "report", type=click.Path(file_okay=False, path_type=Path),
              required=True, help="Folder to write report.md, metrics.json and plots into.")
@click.option("--baselines/--no-baselines", default=True, show_default=True,
              help="Also train and report the TF-IDF and indicators-only baselines.")
@click.option("--robustness", is_flag=True, help="Add the robustness table (if available).")
@click.option("--shared-data", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder of the external data (default: RECRUITSCAN_SHARED_DATA or ../shared/data).")
@click.option("--corpus", type=click.Path(exists=True, path_type=Path), default=None,
              help="Corpus file for recruitscan-corpus and the baselines (default: the project's).")
@click.option("--allow-train-overlap", is_flag=True,
              help="Evaluate even if some rows are training rows of a model.")
@_trusted_option
def evaluate(models: tuple[str, ...], data: tuple[str, ...], report: Path, baselines: bool,
             robustness: bool, shared_data: Path | None, corpus: Path | None,
             allow_train_overlap: bool, trusted: bool) -> None:
    """Measure models on named sources, each on its own, and write a report folder."""
    from recruitscan.errors import RecruitscanError
    from recruitscan.evaluate import evaluate as run_evaluation

    try:
        result = run_evaluation(list(models), list(data), report, baselines=baselines,
                                robustness=robustness, shared_data=shared_data, corpus=corpus,
                                allow_train_overlap=allow_train_overlap, trusted=trusted,
                                log=lambda m: click.echo(m, err=True))
    except (RecruitscanError, OSError, ValueError) as exc:
        _fail(_message(exc))
    click.echo(result.table.to_string(index=False, float_format=lambda x: f"{x:.3f}"))
    click.echo(f"report: {report / 'report.md'}", err=True)


if __name__ == "__main__":
    main()
