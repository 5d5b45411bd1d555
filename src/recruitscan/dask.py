"""Screening Dask DataFrames (the optional ``recruitscan[dask]`` extra).

>>> import dask.dataframe as dd, recruitscan.dask           # doctest: +SKIP
>>> out = recruitscan.dask.screen(dd.read_parquet("ads/"), text_col="text")  # doctest: +SKIP

Only the model *path* travels in the task graph, with, for a loaded
:class:`~recruitscan.detector.Detector`, its small :class:`~recruitscan.detector.Settings`
(threshold, bands, corrections…), so that the workers screen as that detector does. Each
worker process loads the model the first time one of its partitions needs it and keeps it in
a cache keyed by the path, so a model is loaded once per worker, never once per partition.
With ``dask.distributed``, :class:`PreloadModel` loads it when a worker starts instead
(``client.register_plugin(PreloadModel(path))``).

Dask turns object columns into strings by default (its ``dataframe.convert-string`` option,
in ``from_pandas`` and its readers), so a text cell that is not a string (``5``) reaches
:func:`screen` as its text (``"5"``) and is scored as one. With the option off, such a cell
gets the status ``not_text``, as ``Detector.screen`` gives it.

``import recruitscan`` never imports this module, so Dask stays optional.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from recruitscan.batch import (
    REASONS_MODES,
    check_prevalence,
    results_frame,
    score_frame,
    with_prevalence,
    with_result_columns,
)
from recruitscan.errors import InputError

if TYPE_CHECKING:
    import dask.dataframe as dd

    from recruitscan.detector import Detector, Settings

__all__ = ["PreloadModel", "cached_detector", "screen"]

_CACHE: dict[tuple[str, bool], Detector] = {}
_LOCK = threading.Lock()
LOADS: list[str] = []  # paths loaded in this process, in order (lets tests count loads)


def cached_detector(path: str, trusted: bool = False) -> Detector:
    """The detector for ``path`` in this process, loaded on first use only."""
    key = (path, trusted)
    with _LOCK:  # threaded workers share the cache: load once, not once per thread
        det = _CACHE.get(key)
        if det is None:
            from recruitscan.detector import Detector

            det = _CACHE[key] = Detector.load(path, trusted=trusted)
            LOADS.append(path)
        return det


try:  # register_plugin wants a real WorkerPlugin; without distributed any object will do
    from distributed.diagnostics.plugin import WorkerPlugin as _PluginBase
except ImportError:  # pragma: no cover - distributed is part of the extra
    _PluginBase = object  # type: ignore[assignment,misc]


class PreloadModel(_PluginBase):  # type: ignore[misc,valid-type]
    """A ``distributed`` worker plugin that loads the model when each worker starts."""

    name = "recruitscan-model"

    def __init__(self, path: str | Path, trusted: bool = False) -> None:
        self.path, self.trusted = str(path), trusted

    def setup(self, worker: Any) -> None:
        cached_detector(self.path, self.trusted)



def _model_source(model: Any) -> tuple[str, Settings | None]:
    """The model's path, and for a loaded detector the settings the workers are to apply
    (its threshold, bands, corrections… may differ from those its files give)."""
    import recruitscan
    from recruitscan.detector import Detector

    if model is None:
        return str(recruitscan.default_model_path()), None
    if isinstance(model, Detector):
        return str(model.path), model.settings
    return str(model), None


def _partition_detector(model_path: str, trusted: bool, settings: Settings | None) -> Detector:
    det = cached_detector(model_path, trusted)
    # A shallow copy: the cached model is shared, only the settings are the caller's.
    return det if settings is None else det.with_settings(settings)


def _screen_partition(part: pd.DataFrame, model_path: str, trusted: bool, text_col: str,
                      threshold: float | None, reasons: str,
                      prevalence: float | None = None,
                      settings: Settings | None = None) -> pd.DataFrame:
    det = _partition_detector(model_path, trusted, settings)
    # Dask may hold text as Arrow strings, whose missing value is pd.NA: pandas gives None.
    texts = [None if v is pd.NA else v for v in part[text_col].tolist()]
    return with_result_columns(part, score_frame(det, texts, threshold, reasons, prevalence,
                                                 part.index))


def screen(ddf: dd.DataFrame, text_col: str = "text", *, model: Any = None,
           threshold: float | None = None, reasons: str = "full",
           trusted: bool = False, prevalence: float | None = None) -> dd.DataFrame:
    """Lazily screen ``ddf``: the same rows and columns as ``Detector.screen`` on pandas.

    ``model`` is a model directory or a loaded :class:`~recruitscan.detector.Detector` (its
    path and :class:`~recruitscan.detector.Settings` are sent to the workers, which load the
    model files themselves); the bundled default when None. ``prevalence`` adds
    ``score_at_prevalence`` as there.
    """
    if text_col not in ddf.columns:
        raise InputError(f"no column {text_col!r}; columns are: {', '.join(map(str, ddf.columns))}")
    if reasons not in REASONS_MODES:
        raise InputError(f"reasons must be one of {', '.join(REASONS_MODES)}, not {reasons!r}")
    if threshold is not None and not 0.0 <= threshold <= 1.0:
        raise InputError(f"threshold must be in [0, 1], got {threshold}")
    path, settings = _model_source(model)
    empty = results_frame([], reasons, index=ddf._meta.index)
    if prevalence is not None:  # checked here, on the client, not once per partition
        from recruitscan.detector import Detector

        # A detector in hand is used as it is, not loaded again from its path.
        det = model if isinstance(model, Detector) else cached_detector(path, trusted)
        check_prevalence(det, prevalence)
        empty = with_prevalence(empty, [], det, prevalence)
    meta = with_result_columns(ddf._meta, empty)
    return ddf.map_partitions(_screen_partition, path, trusted, text_col,
                              threshold, reasons, prevalence, settings, meta=meta)
