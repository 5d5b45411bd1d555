"""Same input, same output: across calls, processes, hash seeds and threads."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import recruitscan
from recruitscan.detector import result_to_dict

ROOT = Path(__file__).resolve().parents[1]


def _texts() -> list[str]:
    rows = [json.loads(line) for line in (ROOT / "tests" / "data" / "tiny.jsonl").open(encoding="utf-8")]
    return [r["text"] for r in rows[:60]] + [
        "K a m b o j a gaji 15jt, t1k3t gr4t1s, WA +855 12 345 678",
        "Кerjа di Каmbоja \u200b\u202e gaji Rp 20.000.000 🔥",
        "柬埔寨高薪招聘，月薪2万，包吃住，飞机票报销",
        "", "   ", "x" * 25_000,
    ]


def _dump(results: list) -> str:
    return json.dumps([result_to_dict(r) for r in results], ensure_ascii=False, sort_keys=True)


_CHILD = """
import json, sys
import recruitscan
from recruitscan.detector import result_to_dict
texts = json.loads(open(sys.argv[2], encoding="utf-8").read())
det = recruitscan.load(sys.argv[1])
out = [result_to_dict(r) for r in det.scan_many(texts)]
sys.stdout.write(json.dumps(out, ensure_ascii=False, sort_keys=True))
"""


def test_repeated_scans_agree(tiny_det) -> None:
    texts = _texts()
    first = _dump(list(tiny_det.scan_many(texts)))
    assert _dump(list(tiny_det.scan_many(texts))) == first
    assert _dump([tiny_det.scan(t) for t in texts if t.strip()]) == _dump(
        [r for r, t in zip(tiny_det.scan_many(texts), texts, strict=True) if t.strip()])


def test_a_fresh_load_agrees(tiny_det, tiny_model_dir: Path) -> None:
    texts = _texts()
    assert _dump(list(recruitscan.load(tiny_model_dir).scan_many(texts))) == _dump(
        list(tiny_det.scan_many(texts)))


def test_another_process_agrees(tiny_det, tiny_model_dir: Path, tmp_path: Path) -> None:
    """A fresh interpreter with its own hash seed gives byte-identical JSON."""
    texts = _texts()
    path = tmp_path / "texts.json"
    path.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    seed = "1" if os.environ.get("PYTHONHASHSEED") == "4242" else "4242"
    proc = subprocess.run([sys.executable, "-c", _CHILD, str(tiny_model_dir), str(path)],
                          capture_output=True, text=True, encoding="utf-8", timeout=180,
                          env={**os.environ, "PYTHONHASHSEED": seed})
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == _dump(list(tiny_det.scan_many(texts)))


def test_four_threads_agree_with_one(tiny_det) -> None:
    texts = _texts()
    expected = _dump(list(tiny_det.scan_many(texts)))
    start = threading.Barrier(4)

    def work(k: int) -> str:
        start.wait()
        # Different call shapes per thread, interleaving single scans and batches.
        if k % 2:
            return _dump([tiny_det.scan(t) if t.strip() else next(tiny_det.scan_many([t]))
                          for t in texts])
        return _dump(list(tiny_det.scan_many(texts, chunk_size=7)))

    with ThreadPoolExecutor(4) as pool:
        outs = list(pool.map(work, range(4)))
    assert outs == [expected] * 4


def test_default_model_loads_once_under_threads(tiny_model_dir: Path, monkeypatch) -> None:  # noqa: ANN001
    """``recruitscan.scan`` from 4 threads at once loads the default model exactly once."""
    real_load = recruitscan.load
    calls: list[int] = []

    def slow_load(path=None, **kw):  # noqa: ANN001, ANN202
        calls.append(threading.get_ident())
        time.sleep(0.3)  # widen the window in which an unlocked check would race
        return real_load(tiny_model_dir if path is None else path, **kw)

    monkeypatch.setattr(recruitscan, "_default", None)
    monkeypatch.setattr(recruitscan, "load", slow_load)
    text = "Dibutuhkan CS untuk Kamboja, gaji 15 juta, tiket ditanggung"
    start = threading.Barrier(4)

    def work(_: int) -> str:
        start.wait()
        return _dump([recruitscan.scan(text)])

    with ThreadPoolExecutor(4) as pool:
        outs = list(pool.map(work, range(4)))
    assert len(calls) == 1
    assert len(set(outs)) == 1
    assert outs[0] == _dump([recruitscan.load(tiny_model_dir).scan(text)])


_TRAIN_CHILD = """
import sys
from recruitscan.datasets import load_corpus
from recruitscan.model import ModelConfig
from recruitscan.train import fit, save
df = load_corpus(sys.argv[1])
model, metrics = fit(df, ModelConfig(n_features=2**12, max_iter=500))
save(model, sys.argv[2], metrics, [{"path": "tests/data/tiny.jsonl", "sha256": "-", "rows": len(df)}])
"""


def test_retraining_reproduces_the_scoring_weights(tiny_model_dir: Path, tmp_path: Path) -> None:
    """Same data and config, another process and hash seed: the same ``scorer.npz``, byte for
    byte (so its hash in the manifest identifies the model)."""
    seed = "1" if os.environ.get("PYTHONHASHSEED") == "4242" else "4242"
    out = tmp_path / "again"
    subprocess.run([sys.executable, "-c", _TRAIN_CHILD, str(ROOT / "tests" / "data" / "tiny.jsonl"),
                    str(out)], check=True, timeout=300, env={**os.environ, "PYTHONHASHSEED": seed})
    assert (out / "scorer.npz").read_bytes() == (tiny_model_dir / "scorer.npz").read_bytes()


def test_indicator_baseline_score_does_not_depend_on_the_hash_seed() -> None:
    # Many red flags of different weights: summed in set order, the last bits of the sum changed
    # with PYTHONHASHSEED, and so did the evaluation report's baseline PR-AUC between runs.
    text = ("Loker admin CS ke Kamboja (Sihanoukville), gaji 15 juta, tiket pesawat dan visa turis "
            "gratis, tanpa pengalaman, bisa ngetik cepat, berangkat minggu ini, interview via "
            "WhatsApp, hubungi Telegram @rekrut_kh, aman dan legal 100%, bukan penipuan")
    code = ("import sys; from recruitscan.baselines import prior_log_odds; "
            "print(repr(prior_log_odds(sys.argv[1])))")
    values = set()
    for seed in range(8):
        env = {**os.environ, "PYTHONHASHSEED": str(seed)}
        out = subprocess.run([sys.executable, "-c", code, text], env=env, capture_output=True,
                             text=True, check=True)
        values.add(out.stdout.strip())
    assert len(values) == 1, values
