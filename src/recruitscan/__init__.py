"""recruitscan: flag job ads and chat messages that look like recruitment into scam compounds.

>>> import recruitscan
>>> det = recruitscan.load()                      # doctest: +SKIP
>>> det.scan("Dibutuhkan CS untuk Kamboja, gaji 15 juta, tiket ditanggung").flagged  # doctest: +SKIP
True

Importing the package loads nothing heavy; the bundled model loads once, on first use.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from recruitscan._version import __version__
from recruitscan.types import IndicatorHit, Reason, Salary, ScanResult

if TYPE_CHECKING:
    from recruitscan.detector import Detector

__all__ = [
    "Detector",
    "IndicatorHit",
    "Reason",
    "Salary",
    "ScanResult",
    "__version__",
    "default_model_path",
    "load",
    "scan",
    "screen_file",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())

_default: Detector | None = None
_default_lock = threading.Lock()


def default_model_path() -> Path:
    """The model directory bundled with the package."""
    from importlib import resources

    return Path(str(resources.files("recruitscan").joinpath("default_model")))


def load(path: str | Path | None = None, *, trusted: bool = False) -> Detector:
    """Load a model directory (the bundled default when ``path`` is None)."""
    from recruitscan.detector import Detector

    return Detector.load(default_model_path() if path is None else path, trusted=trusted)


def _default_detector() -> Detector:
    global _default
    with _default_lock:
        if _default is None:
            _default = load()
        return _default


def scan(text: str) -> ScanResult:
    """Scan one text with the bundled default model (loaded once, on first use)."""
    return _default_detector().scan(text)


def screen_file(input: str | Path, output: str | Path, **options: object) -> object:
    """Stream a CSV/JSONL/Parquet file through a model; see :func:`recruitscan.batch.screen_file`."""
    from recruitscan.batch import screen_file as _screen_file

    return _screen_file(input, output, **options)


def __getattr__(name: str) -> object:
    if name == "Detector":
        from recruitscan.detector import Detector

        return Detector
    raise AttributeError(f"module 'recruitscan' has no attribute {name!r}")


