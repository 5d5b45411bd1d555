"""Shared fixtures: the bundled model, a tiny trained model, paths to the external data."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

import recruitscan
from recruitscan.datasets import shared_data_dir

ROOT = Path(__file__).resolve().parents[1]
TINY = ROOT / "tests" / "data" / "tiny.jsonl"


@pytest.fixture(scope="session")
def det():
    return recruitscan.load()


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory) -> Path:
    """A model trained in seconds on the checked-in tiny synthetic set (with its splits)."""
    import pandas as pd

    from recruitscan.datasets import load_corpus
    from recruitscan.model import ModelConfig
    from recruitscan.train import fit, save

    df = load_corpus(TINY)
    model, metrics = fit(df, ModelConfig(n_features=2**12, max_iter=500))
    out = tmp_path_factory.mktemp("models") / "tiny"
    save(model, out, metrics, [{"path": "tests/data/tiny.jsonl", "sha256": "-", "rows": len(df)}])
    assert isinstance(df, pd.DataFrame)
    return out


@pytest.fixture(scope="session")
def tiny_det(tiny_model_dir):
    return recruitscan.load(tiny_model_dir)


@pytest.fixture(scope="session")
def shared_data() -> Path:
    root = shared_data_dir()
    if root is None:
        pytest.skip("external data (../shared/data) is not on this machine")
    return root


@pytest.fixture(scope="session")
def config_script() -> Callable[[str], ModuleType]:
    """Load a script of ``models/configs`` by name (they are scripts, not an importable package)."""
    def load(name: str) -> ModuleType:
        spec = importlib.util.spec_from_file_location(f"configs_{name}",
                                                      ROOT / "models" / "configs" / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # dataclasses look their module up
        spec.loader.exec_module(module)
        return module

    return load

