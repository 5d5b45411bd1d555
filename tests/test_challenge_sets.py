"""The held-out challenge sets (datasets/challenge): well formed, labelled synthetic, and
readable by ``evaluate``."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from recruitscan.datasets import CATEGORIES, SCAM_CATEGORIES
from recruitscan.evaluate import load_eval_source

HERE = Path(__file__).resolve().parents[1] / "datasets" / "challenge"
SETS = {"ads_and_messages.jsonl": (100, 50), "short_chats.jsonl": (300, 60),
        "long_posts.jsonl": (80, 40), "fresh_hard_cases.jsonl": (480, 240),
        "borrowed_boilerplate.jsonl": (420, 210), "negated_signals.jsonl": (420, 210),
        "bare_lures_and_retold_offers.jsonl": (800, 400),
        "subtle_lures_and_everyday_messages.jsonl": (800, 362),
        "warnings_and_lookalike_jobs.jsonl": (440, 184),
        "platform_posts_and_matched_jobs.jsonl": (800, 324),
        "corpus_mix_rounds.jsonl": (2400, 1200),
        "everyday_commercial_messages.jsonl": (1080, 0)}


@pytest.mark.parametrize("name", sorted(SETS))
def test_challenge_set_is_well_formed_and_marked_synthetic(name: str) -> None:
    df = pd.read_json(HERE / name, lines=True)
    rows, scams = SETS[name]
    assert (len(df), int(df["label"].sum())) == (rows, scams)
    assert df["id"].is_unique and df["text"].is_unique
    assert set(df["origin"]) == {"synthetic"}
    assert set(df["category"]) <= set(CATEGORIES)
    assert (df["label"] == df["category"].isin(SCAM_CATEGORIES).astype(int)).all()
    assert df["text"].str.strip().str.len().gt(0).all()


@pytest.mark.parametrize("name", sorted(SETS))
def test_evaluate_reads_the_challenge_set_as_a_labelled_file(name: str) -> None:
    source = load_eval_source(str(HERE / name))
    assert source.kind == "file" and len(source.frame) == SETS[name][0]
