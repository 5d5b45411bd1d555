"""models/configs/cv_by_language.py: its options and its disclaimer report."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from recruitscan.train import read_config

SCRIPT = Path(__file__).resolve().parents[1] / "models" / "configs" / "cv_by_language.py"


def _module():  # noqa: ANN202
    spec = importlib.util.spec_from_file_location("cv_by_language", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_without_options_it_cross_validates_the_shipped_configuration() -> None:
    module = _module()
    shipped = read_config(SCRIPT.parent / "default.toml")[1]
    assert module.config_of(module.parser().parse_args([])) == shipped
