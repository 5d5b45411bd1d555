"""The saved weights score exactly as the scikit-learn estimators they were read from."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from recruitscan.analysis import analyse
from recruitscan.artifacts import load_model
from recruitscan.datasets import load_corpus
from recruitscan.linear import SCORE_ROWS, SCORER_FILE, LinearModel
from recruitscan.model import ModelConfig
from recruitscan.train import fit

TINY = Path(__file__).resolve().parent / "data" / "tiny.jsonl"

EXTRA = ["", "ok", "x" * 30, "Loker CS Kamboja gaji 15 juta, tiket gratis, hubungi t.me/abc",
         "ทำงานกัมพูชา เงินเดือนดี", 'They post "CS Kamboja gaji 15 juta, tiket gratis"', "在柬埔寨工作 月薪2万", "Kerja di Kamboja " * 40]


def _estimator_scores(objects: dict, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    analyses = [analyse(t) for t in texts]
    p = objects["scorer"].predict_proba(analyses)[:, 1]
    c = (objects["category"].predict_proba(analyses)[:, 1] if objects["category"] is not None
         else np.ones(len(texts)))
    return p, c


def _linear_scores(model: LinearModel, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    scored = [model.score(analyse(t)) for t in texts]
    return np.array([s.score for s in scored]), np.array([s.p_compound for s in scored])


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return [*load_corpus(TINY)["text"].tolist(), *EXTRA]


def test_saved_weights_match_the_estimators(tiny_model_dir: Path, texts: list[str]) -> None:
    objects = load_model(tiny_model_dir).objects
    saved = LinearModel.from_bytes((tiny_model_dir / SCORER_FILE).read_bytes())
    p, c = _estimator_scores(objects, texts)
    p_lin, c_lin = _linear_scores(saved, texts)
    np.testing.assert_allclose(p_lin, p, rtol=0, atol=1e-12)
    np.testing.assert_allclose(c_lin, c, rtol=0, atol=1e-12)
    assert len(set(np.round(p, 6))) > 10  # a real comparison, not of constants


@pytest.mark.parametrize("config", [
    ModelConfig(n_features=2**6, char_min=3, char_max=5, max_iter=300),  # collisions in a text
    ModelConfig(n_features=2**10, indicator_scale=1.0, summaries=1, max_iter=300),
    ModelConfig(n_features=2**10, summaries=2, max_iter=300),  # no quoted-flags column
    ModelConfig(use_text=False, max_iter=300),
    ModelConfig(n_features=2**10, long_text_ngrams=40, max_iter=300),  # most texts are "long"
    ModelConfig(n_features=2**10, short_text_ngrams=300, max_iter=300),  # most are "short"
    ModelConfig(n_features=2**10, short_text_ngrams=0, max_iter=300),  # every text its own count
    ModelConfig(n_features=2**10, word_weight=0.0, max_iter=300),  # no word-token block
    ModelConfig(n_features=2**6, word_weight=2.0, word_norm_floor=0.0, max_iter=300),  # collisions
    ModelConfig(n_features=2**10, cjk_bigrams=False, max_iter=300),  # tokens of spaced scripts
    ModelConfig(n_features=2**10, repeat_norm=False, max_iter=300),  # scaled by n-gram counts
    ModelConfig(n_features=2**4, max_iter=300),  # many texts repeat a column: the L2 norm differs
])
def test_other_configurations_match(config: ModelConfig, texts: list[str]) -> None:
    model, _ = fit(load_corpus(TINY), config)
    objects = {"scorer": model.scorer, "category": model.category}
    linear = LinearModel.from_bytes(LinearModel.from_estimators(**objects).to_bytes())
    np.testing.assert_allclose(_linear_scores(linear, texts), _estimator_scores(objects, texts),
                               rtol=0, atol=1e-12)


def test_batch_and_single_scores_agree(tiny_model_dir: Path, texts: list[str]) -> None:
    model = LinearModel.from_bytes((tiny_model_dir / SCORER_FILE).read_bytes())
    analyses = [analyse(t) for t in texts]
    assert len(analyses) > SCORE_ROWS  # the batch is scored in several blocks
    batch = model.score_batch(analyses, contributions=True)
    for a, b in zip(analyses, batch, strict=True):
        assert model.score(a, contributions=True) == b


def test_scoring_does_not_import_scikit_learn(tiny_model_dir: Path) -> None:
    code = ("import sys, recruitscan; d = recruitscan.load(sys.argv[1]); "
            "r = d.scan('Loker CS Kamboja, gaji 15 juta'); assert r.reasons or r.score >= 0; "
            "bad = [m for m in ('sklearn', 'scipy', 'spacy', 'skops') if m in sys.modules]; "
            "assert not bad, bad")
    subprocess.run([sys.executable, "-c", code, str(tiny_model_dir)], check=True)


def test_indicator_weights_keep_the_catalogue_sign(tiny_model_dir: Path) -> None:
    """No red flag lowers the score and no legitimacy signal raises it (model.fit_signed), in
    the bundled model and in a freshly trained one."""
    from recruitscan import default_model_path
    from recruitscan.indicators.registry import INDICATORS

    for path in (default_model_path(), tiny_model_dir):
        model = LinearModel.from_bytes((Path(path) / SCORER_FILE).read_bytes())
        for name, w in zip(model.block_names, model.coef[model.n_text + model.n_word:],
                           strict=True):
            ind = name.removeprefix("indicator:")
            if ind != name:
                assert INDICATORS[ind].weight * w >= 0, (path, ind, w)


def test_length_scale_is_the_square_root_up_to_the_long_text_count_then_the_count() -> None:
    from recruitscan.grams import length_scale

    n = np.array([0, 1, 100, 400, 401, 1600])
    np.testing.assert_allclose(length_scale(n), 1 / np.sqrt(np.maximum(n, 1)))
    capped = length_scale(n, 400)
    np.testing.assert_allclose(capped[:4], 1 / np.sqrt(np.maximum(n[:4], 1)))
    np.testing.assert_allclose(capped[4:], 20 / n[4:])  # sqrt(400) / n: continuous at 400
    assert capped[-1] == pytest.approx(length_scale(n)[-1] / 2)  # 4x the cap: half the weight


def test_length_scale_counts_a_short_text_as_the_short_text_count() -> None:
    from recruitscan.grams import length_scale

    n = np.array([0, 5, 31, 32, 33, 100])
    floored = length_scale(n, short_text_ngrams=32)
    np.testing.assert_allclose(floored[:4], 1 / np.sqrt(32))  # "you": 5 n-grams, weighed as 32
    np.testing.assert_allclose(floored[4:], 1 / np.sqrt(n[4:]))
    np.testing.assert_allclose(length_scale(n, 400, 32)[4:], floored[4:])  # both at once


@pytest.fixture(scope="module")
def wordless() -> bytes:
    """The scorer of a tiny model without the word-token block or the repetition-invariant
    scale, as earlier formats had."""
    model, _ = fit(load_corpus(TINY), ModelConfig(word_weight=0.0, short_text_ngrams=32,
                                                  repeat_norm=False, max_iter=300))
    return LinearModel.from_estimators(model.scorer, model.category).to_bytes()


def _older(data: bytes, fmt: int, dropped: tuple[str, ...]) -> bytes:
    import io

    with np.load(io.BytesIO(data), allow_pickle=False) as npz:
        arrays = {k: npz[k] for k in npz.files if k not in dropped}
    arrays["format"] = np.int64(fmt)
    buf = io.BytesIO()
    np.savez(buf, **arrays)
    return buf.getvalue()


def test_a_format_4_scorer_is_read_without_a_word_token_block(wordless: bytes,
                                                              texts: list[str]) -> None:
    old = LinearModel.from_bytes(_older(wordless, 4, ("word_block", "word_idf")))
    assert old.n_word == 0
    np.testing.assert_allclose(_linear_scores(old, texts),
                               _linear_scores(LinearModel.from_bytes(wordless), texts), atol=0)


def _chinese(texts: list[str]) -> list[str]:
    return [t for t in texts if any("\u4e00" <= c <= "\u9fff" for c in t)]


@pytest.mark.parametrize(("flag", "fmt", "concerned"), [
    ("cjk_bigrams", 5, _chinese),  # saved by 0.7.0 and before
    ("repeat_norm", 6, lambda texts: ["kerja " * 200]),  # saved by 0.13.0 and before
])
def test_an_older_scorer_is_read_without_a_later_option(flag: str, fmt: int, concerned,
                                                        texts: list[str]) -> None:
    """A scorer saved before an option existed is read with it off and keeps its scores; the
    option, on in the bundled recipe, does move the scores of the texts it concerns (Chinese
    bigrams, a text repeated)."""
    model, _ = fit(load_corpus(TINY), ModelConfig(max_iter=300, **{flag: False}))
    data = LinearModel.from_estimators(model.scorer, model.category).to_bytes()
    old = LinearModel.from_bytes(_older(data, fmt, (flag,)))
    assert not getattr(old, flag)
    np.testing.assert_allclose(_linear_scores(old, texts),
                               _linear_scores(LinearModel.from_bytes(data), texts), atol=0)
    model, _ = fit(load_corpus(TINY), ModelConfig(max_iter=300))
    data = LinearModel.from_estimators(model.scorer, model.category).to_bytes()
    assert getattr(LinearModel.from_bytes(data), flag)
    probe = concerned(texts)
    assert not np.allclose(_linear_scores(LinearModel.from_bytes(_older(data, fmt, (flag,))),
                                          probe)[0],
                           _linear_scores(LinearModel.from_bytes(data), probe)[0])


def test_a_word_token_block_of_the_wrong_width_is_refused(tiny_model_dir: Path) -> None:
    from recruitscan.errors import ModelError

    data = (tiny_model_dir / SCORER_FILE).read_bytes()
    with pytest.raises(ModelError, match="shapes"):
        LinearModel.from_bytes(_older(data, 5, ("word_idf",)))


def test_a_format_3_scorer_is_read_as_scaling_short_texts_by_their_own_count(
        wordless: bytes, texts: list[str]) -> None:
    """Models saved before ``short_text_ngrams`` existed keep their scores, the tiny words
    included."""
    data = wordless
    old = LinearModel.from_bytes(_older(data, 3, ("short_text_ngrams", "word_block", "word_idf")))
    assert old.short_text_ngrams == 0 and LinearModel.from_bytes(data).short_text_ngrams == 32
    short = ["you", "see you", "nanti ya"]
    assert not np.allclose(_linear_scores(old, short)[0],
                           _linear_scores(LinearModel.from_bytes(data), short)[0])
    long = [t for t in texts if len(t) > 60]
    np.testing.assert_allclose(_linear_scores(old, long),
                               _linear_scores(LinearModel.from_bytes(data), long), atol=0)


def test_a_format_2_scorer_is_read_as_scoring_every_text_by_the_square_root(
        wordless: bytes, texts: list[str]) -> None:
    """Models saved before ``long_text_ngrams`` existed keep their scores."""
    data = wordless
    old = LinearModel.from_bytes(_older(data, 2, ("long_text_ngrams", "short_text_ngrams",
                                                  "word_block", "word_idf")))
    assert old.long_text_ngrams == old.short_text_ngrams == 0
    long = [t for t in texts if len(t) > 60]  # short ones differ: the tiny model floors them
    np.testing.assert_allclose(_linear_scores(old, long),
                               _linear_scores(LinearModel.from_bytes(data), long), atol=0)


@pytest.mark.parametrize("bad", [{"long_text_ngrams": -1}, {"long_text_ngrams": 40.5},
                                 {"short_text_ngrams": -1}, {"short_text_ngrams": 2.5},
                                 {"window_chars": True}, {"n_features": 0}, {"C": 0.0},
                                 {"preamble_rate": 1.5}, {"C": "64"}, {"category_C": float("inf")},
                                 {"C": float("nan")}, {"indicator_scale": -1.0},
                                 {"indicator_scale": True}, {"target_precision": 2.0},
                                 {"target_precision": 0.0}, {"medium_recall": -0.5},
                                 {"char_min": 0}, {"char_max": 4.0}, {"char_min": 5, "char_max": 4},
                                 {"summaries": 99}, {"word_weight": -1.0}, {"word_weight": True},
                                 {"word_norm_floor": -1.0}, {"summaries": True}, {"max_iter": True},
                                 {"signed": 1}, {"use_text": "yes"}, {"preamble_rate": "0.1"},
                                 {"cjk_bigrams": 1}])
def test_a_model_config_out_of_range_is_a_clear_error(bad: dict) -> None:
    """Caught before training, not when the saved scorer is loaded (or silently rounded), and
    never as a TypeError from deep in fitting; a bool is no number here."""
    with pytest.raises(ValueError, match=next(iter(bad))):
        ModelConfig(**bad)


def _edited(data: bytes, **arrays: object) -> bytes:
    import io

    with np.load(io.BytesIO(data), allow_pickle=False) as npz:
        merged = {k: npz[k] for k in npz.files}
    merged.update(arrays)
    buf = io.BytesIO()
    np.savez(buf, **merged)
    return buf.getvalue()


@pytest.mark.parametrize("edit", [
    lambda a: {"word_idf": np.float32(1.0)},  # 0-d
    lambda a: {"word_idf": np.full_like(a["word_idf"], np.nan)},  # would score every text NaN
    lambda a: {"word_idf": -a["word_idf"]},  # a smoothed idf is at least 1
    lambda a: {"text_idf": np.full_like(a["text_idf"], np.inf)},
    lambda a: {"coef": np.where(np.arange(len(a["coef"])) == 3, np.nan, a["coef"])},
    lambda a: {"word_block": np.array([1e308, 20.0])},  # overflows the token arithmetic
    lambda a: {"word_block": np.array([5.0, np.nan])},
    lambda a: {"cjk_bigrams": np.array([True, False])},
    lambda a: {"word_block": np.array([0.0, 20.0])},  # bigrams, but no token block (shapes)
    lambda a: {"word_block": np.array([0.0, 20.0]), "word_idf": np.zeros(0, np.float32),
               "coef": np.delete(a["coef"], np.s_[len(a["text_idf"]):2 * len(a["text_idf"])]),
               "category_coef": np.delete(a["category_coef"],
                                          np.s_[len(a["text_idf"]):2 * len(a["text_idf"])])},
    lambda a: {"n_text": np.int64(0), "text_idf": np.zeros(0, np.float32),  # tokens, no n-grams
               "coef": a["coef"][len(a["text_idf"]):],
               "category_coef": a["category_coef"][len(a["text_idf"]):]},
])
def test_a_malformed_word_token_block_is_a_model_error(tiny_model_dir: Path, edit) -> None:  # noqa: ANN001
    """Never an uncaught exception, and never a model that loads and scores NaN (no threshold
    flags NaN, so every scam would pass)."""
    import io

    from recruitscan.errors import ModelError

    data = (tiny_model_dir / SCORER_FILE).read_bytes()
    with np.load(io.BytesIO(data), allow_pickle=False) as npz:
        arrays = {k: npz[k] for k in npz.files}
    with pytest.raises(ModelError):
        LinearModel.from_bytes(_edited(data, **edit(arrays)))


def test_features_pickled_before_the_word_tokens_still_work(texts: list[str]) -> None:
    """A RecruitFeatures saved by 0.6.0 has no word_weight, word_norm_floor or
    n_word_features_: it still gives its parameters, clones and transforms as it did."""
    import pickle

    from sklearn.base import clone

    model, _ = fit(load_corpus(TINY), ModelConfig(n_features=2**10, word_weight=0.0,
                                                  max_iter=300))
    pipe = model.pipeline
    features = pipe.named_steps["features"]
    before = features.transform(texts[:20]).toarray()
    for name in ("word_weight", "word_norm_floor", "n_word_features_", "cjk_bigrams"):
        features.__dict__.pop(name, None)
    old = pickle.loads(pickle.dumps(features))
    assert old.get_params()["word_weight"] == 0.0 and not old.get_params()["cjk_bigrams"]
    assert clone(old).get_params() == old.get_params()
    np.testing.assert_array_equal(old.transform(texts[:20]).toarray(), before)
    linear = LinearModel.from_estimators(model.scorer, model.category)
    assert linear.n_word == 0


def test_model_config_defaults_are_the_bundled_model_recipe() -> None:
    # fit_model_dir(df, out) and cross_validate(source, rows) train ModelConfig() and say it is
    # the default model's recipe; disclaimer_rate 0.25 went into default.toml alone, so they
    # trained without the disclaimer copies the bundled model was fitted with.
    import json
    import tomllib
    from dataclasses import asdict
    from pathlib import Path

    from recruitscan import default_model_path
    from recruitscan.model import ModelConfig

    root = Path(__file__).resolve().parents[1]
    toml = tomllib.loads((root / "models" / "configs" / "default.toml").read_text("utf-8"))
    defaults = asdict(ModelConfig())
    assert {k: defaults[k] for k in toml["model"] if k in defaults} == \
        {k: v for k, v in toml["model"].items() if k in defaults}
    manifest = json.loads((Path(default_model_path()) / "manifest.json").read_text("utf-8"))
    assert {k: defaults[k] for k in manifest["config"]} == manifest["config"]
