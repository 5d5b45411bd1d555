"""Evaluation: metrics, calibration bounds, reasons, the report, and refusing training rows."""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from click.testing import CliRunner
from sklearn.feature_extraction.text import CountVectorizer
from test_grams import reference_column, reference_tokens

from recruitscan.analysis import analyse
from recruitscan.artifacts import load_model
from recruitscan.baselines import DetectorModel, IndicatorBaseline, ScoreModel, TfidfBaseline
from recruitscan.cli import main
from recruitscan.datasets import load_corpus
from recruitscan.errors import DataError
from recruitscan.evaluate import TrainOverlapError, compare, evaluate, load_eval_source
from recruitscan.explain import model_reasons
from recruitscan.indicator_features import summary_shares
from recruitscan.metrics import binary_metrics, breakdown, reliability_curve, wilson_interval
from recruitscan.model import ModelConfig, scoring_pipeline
from recruitscan.train import TRAIN_ROWS_FILE, text_hash

TINY = Path(__file__).resolve().parent / "data" / "tiny.jsonl"

TINY_TEST = f"{TINY}:test"


# -- metrics on a hand-made example --------------------------------------------------------

def test_binary_metrics_hand_made() -> None:
    y = np.array([1, 1, 1, 1, 0, 0, 0, 0, 0, 0])
    s = np.array([0.9, 0.8, 0.6, 0.2, 0.7, 0.4, 0.3, 0.2, 0.1, 0.0])
    m = binary_metrics(y, s, threshold=0.5)  # flagged: 0.9 0.8 0.6 (tp) and 0.7 (fp)
    assert (m["tp"], m["fp"], m["fn"], m["tn"]) == (3, 1, 1, 5)
    assert m["precision"] == pytest.approx(3 / 4)
    assert m["recall"] == pytest.approx(3 / 4)
    assert m["f1"] == pytest.approx(3 / 4)
    assert m["fpr"] == pytest.approx(1 / 6)
    assert m["brier"] == pytest.approx(float(np.mean((s - y) ** 2)))
    # ranking: of the 24 scam/legit pairs, 0.9 and 0.8 win 6 each, 0.6 wins 5, 0.2 wins 2 and
    # ties one (counted half)
    assert m["roc_auc"] == pytest.approx((6 + 6 + 5 + 2.5) / 24)
    assert m["recall_ci95"] == pytest.approx(wilson_interval(3, 4))
    # precision >= 0.95 holds only above 0.7 (the legitimate text's score): 0.9 and 0.8
    assert m["recall_at_precision_95"] == pytest.approx(2 / 4)


def test_threshold_is_inclusive_and_single_class_has_no_auc() -> None:
    m = binary_metrics(np.array([0, 0, 0]), np.array([0.5, 0.49, 0.1]), threshold=0.5)
    assert (m["fp"], m["tn"]) == (1, 2)
    assert math.isnan(m["pr_auc"]) and math.isnan(m["recall"])


def test_wilson_interval_known_values() -> None:
    lo, hi = wilson_interval(0, 10)
    assert lo == 0.0 and hi == pytest.approx(0.2775, abs=1e-4)
    lo, hi = wilson_interval(5, 10)
    assert (lo, hi) == pytest.approx((0.2366, 0.7634), abs=1e-4)
    assert all(math.isnan(x) for x in wilson_interval(0, 0))


def test_reliability_curve_bins() -> None:
    y = np.array([0, 0, 1, 1, 1])
    s = np.array([0.05, 0.15, 0.15, 0.95, 1.0])
    bins = reliability_curve(y, s, n_bins=10)
    assert len(bins) == 10 and sum(b["n"] for b in bins) == 5
    assert bins[1]["n"] == 2 and bins[1]["fraction_positive"] == 0.5
    assert bins[9]["n"] == 2 and bins[9]["mean_score"] == pytest.approx(0.975)  # 1.0 in last bin


def test_breakdown_groups() -> None:
    df = pd.DataFrame({"label": [1, 0, 1, 0], "score": [0.9, 0.8, 0.1, 0.2],
                       "language": ["en", "en", "id", "id"]})
    b = breakdown(df, "language", 0.5)
    assert (b["en"]["tp"], b["en"]["fp"]) == (1, 1)
    assert (b["id"]["fn"], b["id"]["tn"]) == (1, 1)


# -- calibration and reasons of a trained model ----------------------------------------------

def _pipeline(model_dir):
    return scoring_pipeline(load_model(model_dir).objects["scorer"])[0]


@pytest.fixture(scope="module")
def tiny_texts() -> list[str]:
    return load_corpus(TINY)["text"].tolist()


def test_scores_in_unit_interval_and_monotone(tiny_det, tiny_model_dir, tiny_texts) -> None:
    texts = [*tiny_texts, "", "ok", "x" * 30]
    scores = np.array([r.score for r in tiny_det.scan_many(texts, reasons="none")])
    assert np.all((scores >= 0) & (scores <= 1))
    live = [i for i, t in enumerate(texts) if t.strip()]
    decision = _pipeline(tiny_model_dir).decision_function([texts[i] for i in live])
    order = np.argsort(decision, kind="stable")
    assert np.all(np.diff(scores[live][order]) >= -1e-12), "calibration must keep the ranking"
    assert len(set(np.round(scores[live], 6))) > 10  # not a constant


def _char_wb_with_starts(word: str, n_min: int, n_max: int) -> list[tuple[str, int]]:
    """scikit-learn's char_wb n-grams of one word, each with the index in ``word`` of its
    first character (its padding left out)."""
    padded, out = f" {word} ", []
    for n in range(n_min, n_max + 1):
        out += [(padded[k:k + n], max(k - 1, 0)) for k in range(max(len(padded) - n + 1, 1))]
        if len(padded) <= n:  # a short word counts once, whole
            break
    return out


def _expected_text_reasons(folded: str, weight_of: dict[str, float], n_min: int, n_max: int,
                           scale: float, tokens: list[tuple[int, float]]) -> list[tuple[str, float]]:
    """(quoted wording, log-odds added) of every word, or piece of a long unspaced word: its
    n-grams that start in it (quoting what they read), times the text's length ``scale``,
    plus the word tokens that start in it, given as (start, log-odds added)."""
    from recruitscan.segments import reason_pieces

    out = []
    for m in re.finditer(r"\S+", folded):
        grams = _char_wb_with_starts(m.group(), n_min, n_max)
        for s, e in reason_pieces(folded, m.start(), m.end()):
            mine = [(g, m.start() + k) for g, k in grams if s <= m.start() + k < e]
            reach = max([e] + [k + len(g.strip()) for g, k in mine])
            out.append((folded[s:reach], scale * sum(weight_of[g] for g, _ in mine)
                        + sum(w for k, w in tokens if s <= k < e)))
    return out


def test_reasons_come_only_from_contributing_features(tiny_det, tiny_model_dir,
                                                      tiny_texts) -> None:
    """Each reason's weight, recomputed independently: an indicator's coefficient × its
    value; a word's n-grams (scikit-learn's char_wb analyser), each idf × coefficient, over
    the norm of the text's n-gram column counts, its short-text floor taken on its distinct
    columns (for a piece of a long unspaced word, the n-grams that start in it), plus its word
    tokens (and Chinese or Japanese bigrams), each its column's value × coefficient, shared
    among the column's occurrences in the text."""
    pipe = _pipeline(tiny_model_dir)
    feats, coef = pipe.named_steps["features"], pipe.named_steps["clf"].coef_[0]
    n_text, n_char = feats.n_text_features_, feats.n_features
    assert n_text == 2 * n_char  # the word-token block follows the n-grams
    names = feats._indicator_names()
    char_wb = CountVectorizer(analyzer="char_wb", ngram_range=(feats.char_min, feats.char_max),
                              lowercase=False).build_analyzer()

    class WeightOf(dict):
        def __missing__(self, gram: str) -> float:
            c = reference_column(gram, n_char)
            return feats.idf_[c] * coef[c]

    checked = pieces = with_tokens = several = 0
    for text in tiny_texts[:60]:
        x = feats.transform([text]).toarray()[0]
        folded = analyse(text).folded
        columns = Counter(reference_column(g, n_char) for g in char_wb(folded))
        assert feats.repeat_norm
        squared, distinct = sum(c * c for c in columns.values()), len(columns)
        n_grams = max(squared * max(1.0, feats.short_text_ngrams / max(distinct, 1)),
                      feats.short_text_ngrams)
        found = reference_tokens(folded, n_char, feats.cjk_bigrams)
        shared = Counter(c for c, _, _ in found)
        tokens = [(k, x[n_char + c] * coef[n_char + c] / shared[c]) for c, k, _ in found]
        units = _expected_text_reasons(folded, WeightOf(), feats.char_min, feats.char_max,
                                       1 / math.sqrt(n_grams), tokens)
        for r in tiny_det.scan(text).reasons:
            assert r.weight != 0
            if r.indicator == "text.ngram":
                word = re.fullmatch(r"the wording '(.*)' raised the score", r.message,
                                    flags=re.S).group(1)
                candidates = [w for u, w in units if u == word]
                assert any(r.weight == pytest.approx(c, rel=1e-6) for c in candidates), r
                assert r.weight > 0
                pieces += not re.fullmatch(r"\S+", word) or word not in folded.split()
                with_tokens += any(word.startswith(folded[k:e]) or folded[k:e] in word
                                   for _, k, e in found)
            else:  # its own column plus its share of each summary column it feeds, shared
                # equally by the indicator's hits
                hits = analyse(text).hits
                shares = summary_shares(hits, text)
                col = n_text + names.index(f"indicator:{r.indicator}")
                expected = (coef[col] * x[col] + sum(
                    coef[n_text + names.index(name)] * x[n_text + names.index(name)] * part[
                        r.indicator] for name, part in shares.items() if r.indicator in part)
                ) / sum(h.indicator == r.indicator for h in hits)
                several += sum(h.indicator == r.indicator for h in hits) > 1
                assert r.weight == pytest.approx(expected, rel=1e-9, abs=1e-12), r
            checked += 1
    assert checked > 20
    assert pieces > 0  # the tiny texts hold long unspaced words: pieces are checked too
    assert with_tokens > 10  # and words with tokens
    assert several > 0  # and indicators with several hits
    assert feats.cjk_bigrams and any(re.search("[\u4e00-\u9fff]{2}", t) for t in tiny_texts[:60])


def test_indicator_effects_add_up_to_the_indicator_block(tiny_model_dir, tiny_texts) -> None:
    """The indicators' effects (own columns plus summary shares) account for the whole
    indicator block of the log-odds: nothing is shown twice or left out."""
    from recruitscan.linear import SCORER_FILE, LinearModel

    pipe = _pipeline(tiny_model_dir)
    feats, coef = pipe.named_steps["features"], pipe.named_steps["clf"].coef_[0]
    n_text = feats.n_text_features_
    model = LinearModel.from_bytes((tiny_model_dir / SCORER_FILE).read_bytes())
    checked = 0
    for text in tiny_texts:
        a = analyse(text)
        block = float(feats.transform([a]).toarray()[0][n_text:] @ coef[n_text:])
        scored = model.score(a, contributions=True)
        effects = scored.indicator_contrib
        if a.hits:
            assert sum(effects.values()) == pytest.approx(block, rel=1e-9, abs=1e-9)
            # and so do the indicator reasons, an indicator's several hits sharing its effect
            shown = [r.weight for r in model_reasons(a, scored) if r.indicator != "text.ngram"]
            assert sum(shown) == pytest.approx(block, rel=1e-9, abs=1e-6)
            checked += 1
    assert checked > 20


# -- the report and the refusal to score training rows ---------------------------------------

def test_train_rows_file_lists_training_hashes(tiny_model_dir) -> None:
    lines = (tiny_model_dir / TRAIN_ROWS_FILE).read_text().splitlines()
    df = load_corpus(TINY)
    # Cross-fitted calibration (the default) learns from the calibration split too.
    learnt = df["split"].isin(["train", "calibration"])
    expected = sorted({text_hash(t) for t in df.loc[learnt, "text"]})
    assert lines == expected
    manifest = json.loads((tiny_model_dir / "manifest.json").read_text())
    assert TRAIN_ROWS_FILE in manifest["files"]


def test_text_hash_ignores_whitespace_layout() -> None:
    assert text_hash("Gaji  besar\n tiket gratis ") == text_hash("Gaji besar tiket gratis")
    assert text_hash("Gaji besar") != text_hash("gaji besar")


def test_evaluate_refuses_training_rows(tiny_model_dir) -> None:
    with pytest.raises(TrainOverlapError, match="training rows"):
        evaluate(tiny_model_dir, [str(TINY)], baselines=False)
    df = load_corpus(TINY)
    result = evaluate(tiny_model_dir, [str(TINY)], baselines=False, allow_train_overlap=True)
    assert result.table.loc[0, "n"] == len(df)
    assert any("allow-train-overlap" in n for n in result.notes)


def test_refuses_reformatted_training_row(tiny_model_dir, tmp_path) -> None:
    df = load_corpus(TINY)
    row = df[df["split"] == "train"].iloc[[0]].assign(text=lambda d: "  " + d["text"] + "\n\n")
    path = tmp_path / "one.csv"
    pd.concat([df[df["split"] == "test"], row])[["text", "label"]].to_csv(path, index=False)
    with pytest.raises(TrainOverlapError, match="1 of"):
        evaluate(tiny_model_dir, [str(path)], baselines=False)


def test_cli_refuses_training_rows_with_exit_1(tiny_model_dir, tmp_path) -> None:
    args = ["evaluate", "--model", str(tiny_model_dir), "--data", str(TINY),
            "--report", str(tmp_path / "r"), "--no-baselines"]
    res = CliRunner().invoke(main, args)
    assert res.exit_code == 1 and "training rows" in res.output
    assert not (tmp_path / "r" / "report.md").exists()


@pytest.fixture(scope="module")
def report(tiny_model_dir, tmp_path_factory):
    out = tmp_path_factory.mktemp("report")
    result = evaluate(tiny_model_dir, [TINY_TEST], out, corpus=TINY)
    return result, out


def test_report_files(report) -> None:
    result, out = report
    md = (out / "report.md").read_text()
    doc = json.loads((out / "metrics.json").read_text())
    pngs = sorted(p.name for p in out.glob("*.png"))
    assert pngs == ["pr_tiny-test.png", "reliability_tiny-test.png", "scores_tiny-test.png"]
    assert all((out / p).stat().st_size > 5000 for p in pngs)
    assert "## Headline" in md and "tfidf-logreg" in md and "indicators-prior" in md
    assert set(doc["results"]) == {tiny_model_name(result), "tfidf-logreg", "indicators-prior"}
    m = doc["results"][tiny_model_name(result)]["tiny:test"]
    assert m["n"] == 30 and m["tp"] + m["fp"] + m["fn"] + m["tn"] == 30
    assert len(m["reliability"]) == 10 and sum(b["n"] for b in m["reliability"]) == 30
    assert {"by_language", "by_category", "confusion", "pr_auc", "brier"} <= set(m)


def tiny_model_name(result) -> str:
    return next(m.name for m in result.models if isinstance(m, DetectorModel))


def test_report_counts_red_flags_per_slice(report) -> None:
    from recruitscan.indicators import INDICATORS, find

    result, out = report
    df = load_eval_source(TINY_TEST).frame
    by_name = {h.slice: h for h in result.indicator_hits}
    assert set(by_name) == {"tiny:test: legitimate", "tiny:test: scams"}
    scams = df.loc[df["label"] == 1, "text"].tolist()
    flagged = sum(any(INDICATORS[h.indicator].weight > 0 for h in find(t)) for t in scams)
    with_destination = sum(any(h.indicator.startswith("destination.") for h in find(t))
                           for t in scams)
    got = by_name["tiny:test: scams"]
    assert (got.n, got.with_red_flag, got.by_family["destination"]) == (
        len(scams), flagged, with_destination)
    assert 0 < flagged  # a real count, not a table of zeros
    assert "## Red flags by slice" in (out / "report.md").read_text()
    doc = json.loads((out / "metrics.json").read_text())
    assert [h["slice"] for h in doc["indicator_hits"]] == list(by_name)


def test_red_flag_counts_of_hand_made_texts() -> None:
    from recruitscan.hit_stats import slice_hits

    got = slice_hits("hand-made", ["Kerja di Kamboja, tiket gratis", "selamat pagi, apa kabar?",
                                   "Lowongan resmi lewat SISKOP2MI"])
    assert (got.n, got.with_red_flag) == (3, 1)
    assert got.by_family["destination"] == 1 and got.by_family["cost"] == 1
    assert got.by_family["legit"] == 1  # families count legitimacy signals too
    assert dict(got.top_red_flags) == {"destination.country.v1": 1, "cost.free_travel.v1": 1}


def test_report_table_matches_direct_metrics(report, tiny_det) -> None:
    result, _ = report
    df = load_eval_source(TINY_TEST).frame
    scores = np.array([r.score for r in tiny_det.scan_many(df["text"], reasons="none")])
    direct = binary_metrics(df["label"].to_numpy(), scores, tiny_det.threshold)
    row = result.table.set_index("model").loc[tiny_model_name(result)]
    assert (row["n"], row["precision"], row["recall"]) == pytest.approx(
        (direct["n"], direct["precision"], direct["recall"]), nan_ok=True)


def test_compound_task_is_measured_on_its_own_rows(report, tiny_det) -> None:
    """The main task alone (compound recruitment against legitimate text, other job scams
    left out), over all languages and per language, as the targets read it."""
    result, out = report
    df = load_eval_source(TINY_TEST).frame
    df = df.assign(score=[r.score for r in tiny_det.scan_many(df["text"], reasons="none")])
    task = df[(df["label"] == 0) | (df["category"] == "compound_recruitment")]
    assert 0 < len(task) < len(df)  # the tiny test split holds other job scams to leave out
    direct = binary_metrics(task["label"].to_numpy(), task["score"].to_numpy(),
                            tiny_det.threshold)
    m = json.loads((out / "metrics.json").read_text())["results"][tiny_model_name(result)]
    got = m["tiny:test"]["compound"]
    assert (got["n"], got["tp"], got["fp"]) == (direct["n"], direct["tp"], direct["fp"])
    assert got["recall_at_precision_95"] == pytest.approx(direct["recall_at_precision_95"])
    assert sum(g["n"] for g in m["tiny:test"]["compound_by_language"].values()) == len(task)
    assert "best recall at precision ≥ 0.95" in (out / "report.md").read_text()


def test_corpus_errors_are_listed_with_reasons(tiny_model_dir, tmp_path) -> None:
    result = evaluate(tiny_model_dir, ["recruitscan-corpus:test"], baselines=False,
                      corpus=TINY)
    errs = result.errors[tiny_model_name(result)]["recruitscan-corpus:test"]
    frame = result.scored[0].frame
    assert len(errs["false_positives"]) == min(10, int((frame.flagged & (frame.label == 0)).sum()))
    assert len(errs["false_negatives"]) == min(10, int((~frame.flagged & (frame.label == 1)).sum()))
    for e in errs["false_positives"]:
        assert e["score"] >= result.models[0].threshold and e["excerpt"]
    fps = [e["score"] for e in errs["false_positives"]]
    assert fps == sorted(fps, reverse=True)


def test_baselines_follow_the_protocol(report) -> None:
    result, _ = report
    base = [m for m in result.models if not isinstance(m, DetectorModel)]
    assert {type(b) for b in base} == {TfidfBaseline, IndicatorBaseline}
    for b in base:
        assert isinstance(b, ScoreModel)
        s = b.scores(["Loker Kamboja gaji 15 juta tiket gratis", "Rapat jam 3 sore"])
        assert s.shape == (2,) and np.all((s >= 0) & (s <= 1)) and 0 <= b.threshold <= 1


def test_indicator_baseline_is_sigmoid_of_prior_weights() -> None:
    from recruitscan.indicators import INDICATORS, find

    text = "Dibutuhkan CS untuk Kamboja, gaji 15 juta, tiket ditanggung"
    prior = sum(INDICATORS[i].weight for i in {h.indicator for h in find(text)})
    assert prior > 0
    assert IndicatorBaseline().scores([text])[0] == pytest.approx(1 / (1 + math.exp(-prior)))


def test_compare_returns_headline_frame(tiny_model_dir) -> None:
    table = compare(tiny_model_dir, TINY_TEST, baselines=False)
    assert list(table["source"]) == ["tiny:test"]
    assert {"precision", "recall", "f1", "pr_auc", "roc_auc", "brier"} <= set(table.columns)


def test_the_first_model_is_compared_with_each_other_one(tiny_model_dir, tmp_path) -> None:
    from sklearn.metrics import brier_score_loss

    import recruitscan

    result = evaluate([tiny_model_dir, recruitscan.default_model_path()], [TINY_TEST], tmp_path,
                      baselines=False, allow_train_overlap=True)
    first, second = (m.name for m in result.models)
    comp = result.model_comparisons
    assert (list(comp["model"]), list(comp["against"]), list(comp["source"])) == (
        [first], [second], ["tiny:test"])
    a, b = (sc.frame for sc in result.scored)
    y = a["label"].to_numpy()
    assert comp["brier_diff"].iloc[0] == pytest.approx(
        brier_score_loss(y, a["score"]) - brier_score_loss(y, b["score"]))
    lo, hi = comp["pr_auc_ci95"].iloc[0]
    assert lo <= comp["pr_auc_diff"].iloc[0] <= hi
    assert json.loads((tmp_path / "metrics.json").read_text())["model_comparisons"][0][
        "against"] == second
    assert "## The first model against the others" in (tmp_path / "report.md").read_text()
    alone = evaluate(tiny_model_dir, [TINY_TEST], baselines=False)
    assert alone.model_comparisons.empty


def test_unknown_source_is_a_clear_error(tiny_model_dir, tmp_path) -> None:
    res = CliRunner().invoke(main, ["evaluate", "--model", str(tiny_model_dir), "--data",
                                    "no-such-source", "--report", str(tmp_path / "never")])
    assert res.exit_code == 1 and "unknown data source" in res.output
    assert not (tmp_path / "never").exists()


@pytest.mark.parametrize("spec", ["recruitscan-corpus:bogus", f"{TINY}:bogus"])
def test_unknown_split_is_named_as_such(spec) -> None:
    # It was "unknown data source": the source is known, its split is not.
    with pytest.raises(DataError, match=r"unknown split 'bogus'.*splits are train, calibration"):
        load_eval_source(spec)


def test_missing_shared_data_names_the_option_of_the_caller(tiny_model_dir, tmp_path) -> None:
    from recruitscan.datasets import load_emscad
    from recruitscan.errors import MissingDataError

    empty = tmp_path / "shared"
    empty.mkdir()
    with pytest.raises(MissingDataError, match="pass root= or set RECRUITSCAN_SHARED_DATA"):
        load_emscad(empty)
    res = CliRunner().invoke(main, ["evaluate", "--model", str(tiny_model_dir), "--data",
                                    "emscad", "--shared-data", str(empty), "--report",
                                    str(tmp_path / "never"), "--no-baselines"])
    assert res.exit_code == 1
    assert "pass --shared-data DIR or set RECRUITSCAN_SHARED_DATA" in res.output
    assert "root=" not in res.output


def test_real_sources_get_their_own_slices(shared_data, tiny_model_dir) -> None:
    result = evaluate(tiny_model_dir, ["jobstreet", "id-sms"], baselines=False,
                      shared_data=shared_data)
    slices = set(result.slices["slice"])
    assert {"JobStreet ads (all)", "Indonesian SMS, normal", "Indonesian SMS, promotional",
            "Indonesian SMS, fraud (other scams)"} <= slices
    normal = result.slices.set_index("slice").loc["Indonesian SMS, normal"]
    assert normal["n"] == 569 and normal["ci95_low"] <= normal["rate"] <= normal["ci95_high"]


def test_cli_writes_a_report(tiny_model_dir, tmp_path) -> None:
    out = tmp_path / "r"
    res = CliRunner().invoke(main, ["evaluate", "-m", str(tiny_model_dir), "-d", TINY_TEST,
                                    "--report", str(out), "--no-baselines"])
    assert res.exit_code == 0, res.output
    assert "tiny:test" in res.output and (out / "report.md").is_file()
    assert "tfidf-logreg" not in (out / "report.md").read_text()


def test_robustness_table_or_a_clear_skip(tiny_model_dir, tmp_path) -> None:
    import importlib.util

    result = evaluate(tiny_model_dir, [TINY_TEST], tmp_path, baselines=False, robustness=True)
    if importlib.util.find_spec("recruitscan.robustness") is None:
        assert any("robustness skipped" in n for n in result.notes)
        assert "robustness skipped" in (tmp_path / "report.md").read_text()
    else:
        assert set(result.robustness) == {tiny_model_name(result)}
        assert "## Robustness" in (tmp_path / "report.md").read_text()


# -- paired bootstrap against the baselines --------------------------------------------------

def test_paired_bootstrap_verdicts() -> None:
    from sklearn.metrics import average_precision_score, brier_score_loss

    from recruitscan.evaluate import _verdict
    from recruitscan.metrics import paired_bootstrap

    rng = np.random.default_rng(0)
    y = rng.integers(0, 2, 400)
    good = np.clip(y * 0.8 + rng.normal(0.1, 0.1, 400), 0, 1)
    noise = rng.uniform(0, 1, 400)
    diff, lo, hi = paired_bootstrap(y, good, good, average_precision_score, n_boot=200)
    assert diff == 0 and lo == hi == 0 and _verdict(diff, lo, hi, True) == "no clear difference"
    diff, lo, hi = paired_bootstrap(y, good, noise, average_precision_score, n_boot=200)
    assert 0 < lo <= diff <= hi and _verdict(diff, lo, hi, True) == "better"
    diff, lo, hi = paired_bootstrap(y, noise, good, brier_score_loss, n_boot=200)
    assert lo > 0 and _verdict(diff, lo, hi, False) == "worse"


@pytest.mark.parametrize("label", ["yes", "", "2"])
def test_labels_other_than_0_and_1_are_a_clear_error(tmp_path, label) -> None:
    """Evaluation, cross-validation and training refuse them, naming the rows, instead of
    counting a missing label or a 2 as legitimate."""
    from recruitscan.train import fit_model_dir

    path = tmp_path / "labels.csv"
    path.write_text(f"id,text,label\na,gaji 15jt kamboja,1\nb,hello there,{label}\n",
                    encoding="utf-8")
    with pytest.raises(DataError, match=r"label must be 0 .* or 1 .*1 row\(s\) are not, e\.g\. b"):
        load_eval_source(str(path))
    import recruitscan

    res = CliRunner().invoke(main, ["evaluate", "--model", str(recruitscan.default_model_path()),
                                    "--data", str(path), "--report", str(tmp_path / "r"),
                                    "--no-baselines"])
    assert res.exit_code == 1 and "label must be 0" in res.output
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    with pytest.raises(DataError, match="label must be 0"):
        fit_model_dir(df, tmp_path / "model", ModelConfig(n_features=2**12, max_iter=500))


def test_a_jsonl_file_of_labelled_texts_is_read_like_a_csv_one(tmp_path) -> None:
    """The help promises "a CSV/JSONL file with text,label"; a JSONL one used to be read as
    a corpus and refused for lacking its schema (group, split, ...)."""
    rows = [{"id": 7, "text": "Kerja di Kamboja gaji 20jt, tiket gratis", "label": 1},
            {"id": "b", "text": "Lowongan kasir minimarket Bandung", "label": 0}]
    path = tmp_path / "labels.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    df = load_eval_source(str(path)).frame
    assert df["id"].tolist() == ["7", "b"] and df["label"].tolist() == [1, 0]
    import recruitscan

    res = CliRunner().invoke(main, ["evaluate", "--model", str(recruitscan.default_model_path()),
                                    "--data", str(path), "--report", str(tmp_path / "r"),
                                    "--no-baselines"])
    assert res.exit_code == 0, res.output
    path.write_text(path.read_text(encoding="utf-8") + "{not json\n", encoding="utf-8")
    with pytest.raises(DataError, match="line 3 is not valid JSON"):
        load_eval_source(str(path))


def test_a_jsonl_file_in_the_corpus_format_is_still_validated_as_a_corpus(tmp_path) -> None:
    row = {"id": "x-1", "text": "halo", "label": 0, "category": "other_text", "language": "id",
           "split": "test", "group": "g"}  # no kind, template, origin...: not a valid corpus row
    path = tmp_path / "corpus.jsonl"
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    with pytest.raises(DataError, match="schema problem"):
        load_eval_source(str(path))


def test_rows_without_a_text_are_left_out_with_a_warning(tiny_model_dir, tmp_path) -> None:
    """As in training: scored, a blank text would be a score of 0, a miss for each blank scam
    that lowers recall though the model read nothing."""
    path = tmp_path / "labels.csv"
    path.write_text("id,text,label\na,Loker CS Kamboja gaji 15jt tiket gratis,1\nb,,1\n"
                    "c,   ,0\nd,selamat pagi semua,0\n", encoding="utf-8")
    note = "labels: left out 2 row(s) with a blank or missing text (id b, c)"
    source = load_eval_source(str(path))
    assert source.frame["id"].tolist() == ["a", "d"] and source.notes == (note,)
    out = tmp_path / "r"
    res = CliRunner().invoke(main, ["evaluate", "-m", str(tiny_model_dir), "-d", str(path),
                                    "--report", str(out), "--no-baselines"])
    assert res.exit_code == 0, res.output
    assert f"warning: {note}" in res.output and note in (out / "report.md").read_text()
    assert json.loads((out / "metrics.json").read_text())["results"]["tiny"]["labels"]["n"] == 2
