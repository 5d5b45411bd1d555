"""Model directories: saving, verifying and loading them without executing untrusted code.

A model directory holds ``model.skops`` (the estimators), ``scorer.npz`` (their weights as
plain arrays, all that scoring reads: see :mod:`recruitscan.linear`), ``manifest.json``
(versions, indicator registry version, labels, threshold and bands, data hashes, metrics, and
the SHA-256 of every other file) and ``MODEL_CARD.md``. Loading checks every hash first, then
opens the skops file with an explicit list of trusted types: a file that needs any other type
is refused; ``scorer.npz`` is read with ``allow_pickle=False``.
A joblib/pickle file (which runs code when loaded) is opened only with ``trusted=True`` or when
its hash is on the caller's allow-list.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import platform
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from recruitscan._version import __version__
from recruitscan.errors import IntegrityError, ModelError, UntrustedModelError
from recruitscan.indicators.lexicon import lexicons_fingerprint
from recruitscan.indicators.registry import REGISTRY_VERSION

if TYPE_CHECKING:
    from recruitscan.linear import LinearModel

MANIFEST = "manifest.json"
SKOPS_FILE = "model.skops"
JOBLIB_FILE = "model.joblib"
FORMAT_VERSION = 1
# Files a model directory may hold without a hash: the manifest (it holds the hashes) and the
# analysts' corrections, edited after training (see recruitscan.corrections).
UNHASHED_FILES: frozenset[str] = frozenset({MANIFEST, "corrections.json"})
TRUSTED_HASHES_ENV = "RECRUITSCAN_TRUSTED_HASHES"
# Far above any recruitscan model (a few MB); a bound so a hostile file cannot exhaust memory.
MAX_MODEL_BYTES = 1 << 30
MAX_UNPACKED_BYTES = 4 << 30

# Every type a recruitscan model file may contain. Anything else in a skops file is refused.
TRUSTED_TYPES: frozenset[str] = frozenset({
    "recruitscan.features.RecruitFeatures",
    "recruitscan.model.WindowMax",
    "recruitscan.model.RecipeClassifier",
    "recruitscan.model.ModelConfig",
    "sklearn.pipeline.Pipeline",
    "sklearn.linear_model._logistic.LogisticRegression",
    "sklearn.calibration.CalibratedClassifierCV",
    "sklearn.calibration._CalibratedClassifier",
    "sklearn.calibration._SigmoidCalibration",
    "sklearn.frozen._frozen.FrozenEstimator",
    "builtins.dict", "builtins.list", "builtins.tuple", "builtins.str", "builtins.int",
    "builtins.float", "builtins.bool", "builtins.NoneType", "builtins.object",
    "numpy.ndarray", "numpy.dtype", "numpy.float64", "numpy.int64", "numpy.bool_",
    "numpy.str_", "numpy.core.multiarray._reconstruct", "numpy._core.multiarray._reconstruct",
})


class ModelVersionWarning(UserWarning):
    """The model was saved by other library versions than the ones running now."""


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def runtime_versions() -> dict[str, str]:
    # Read from the installed distributions: importing spaCy only to read its version would add
    # about a second to every model load, and scoring never needs spaCy itself.
    from importlib.metadata import version

    return {"recruitscan": __version__, "scikit-learn": version("scikit-learn"),
            "spacy": version("spacy"), "numpy": version("numpy"),
            "python": platform.python_version()}


@dataclass(frozen=True)
class LoadedModel:
    objects: dict[str, Any]
    manifest: dict[str, Any]
    path: Path


def save_model(objects: dict[str, Any], out_dir: Path, manifest: dict[str, Any],
               extra_files: dict[str, str | bytes] | None = None) -> Path:
    """Write ``objects`` with skops, any extra files (text or bytes), then the manifest with
    their hashes."""
    import skops.io as sio

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    import zipfile

    sio.dump(objects, out_dir / SKOPS_FILE, compression=zipfile.ZIP_DEFLATED, compresslevel=9)
    for name, content in (extra_files or {}).items():
        if isinstance(content, bytes):
            (out_dir / name).write_bytes(content)
        else:
            (out_dir / name).write_text(content, encoding="utf-8")
    files = {p.name: sha256_file(p) for p in sorted(out_dir.iterdir())
             if p.is_file() and p.name != MANIFEST}
    full = {"format": "recruitscan-model", "format_version": FORMAT_VERSION,
            "versions": runtime_versions(), "indicator_registry_version": REGISTRY_VERSION,
            "indicator_lexicons_sha256": lexicons_fingerprint(), **manifest, "files": files}
    (out_dir / MANIFEST).write_text(json.dumps(full, indent=2, ensure_ascii=False) + "\n",
                                    encoding="utf-8")
    return out_dir


def read_manifest(model_dir: Path) -> dict[str, Any]:
    path = Path(model_dir) / MANIFEST
    if not path.is_file():
        raise ModelError(f"{model_dir} is not a recruitscan model directory: no {MANIFEST}")
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ModelError(f"{path} is not valid JSON: {exc}") from None
    # A hand-edited or hostile manifest must give a ModelError, not an AttributeError later.
    if not isinstance(manifest, dict) or manifest.get("format") != "recruitscan-model":
        raise ModelError(f"{path} is not a recruitscan model manifest")
    version = manifest.get("format_version", 0)
    if not isinstance(version, int) or isinstance(version, bool):
        raise ModelError(f"{path}: format_version must be an integer, got {version!r}")
    if version > FORMAT_VERSION:
        raise ModelError(f"{model_dir} uses model format {version}; this "
                         f"recruitscan {__version__} reads up to {FORMAT_VERSION}: upgrade recruitscan")
    files = manifest.get("files")
    if not isinstance(files, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in files.items()):
        raise IntegrityError(f"{path}: 'files' must map file names to SHA-256 hex digests")
    if not isinstance(manifest.get("versions", {}), dict):
        raise ModelError(f"{path}: 'versions' must be an object")
    return manifest


def _safe_name(model_dir: Path, name: str) -> Path:
    """``model_dir / name`` for a plain file name; anything that could leave the directory
    ("../x", "/etc/x", "a/b", "..") is refused before any path is touched."""
    if not name or name in (".", "..") or Path(name).name != name or "\\" in name or "\0" in name:
        raise IntegrityError(f"{model_dir}/{MANIFEST} names a file outside the directory: {name!r}")
    return Path(model_dir) / name


def verify_files(model_dir: Path, manifest: dict[str, Any]) -> None:
    """Refuse a model whose files differ from the hashes in its manifest, and a directory with
    a file the manifest does not list (a hash that was dropped from the manifest)."""
    files = manifest.get("files") or {}
    if not files:
        raise IntegrityError(f"{model_dir}/{MANIFEST} lists no file hashes")
    for name, expected in files.items():
        path = _safe_name(model_dir, name)
        if not path.is_file():
            raise IntegrityError(f"{path} is missing (listed in the manifest)")
        actual = sha256_file(path)
        if actual != expected.lower():
            raise IntegrityError(f"{path} does not match its manifest (SHA-256 {actual[:12]}…, "
                                 f"expected {expected[:12]}…): the file was changed or truncated")
    unlisted = sorted(p.name for p in Path(model_dir).iterdir()
                      if p.name not in files and p.name not in UNHASHED_FILES)
    if unlisted:
        raise IntegrityError(f"{model_dir} holds files its manifest does not list: "
                             f"{', '.join(unlisted)} (a hash was removed, or files were added)")


def _read_verified(path: Path, expected: str) -> bytes:
    """Read a model file once and check its hash on those very bytes, so the file cannot be
    swapped between the check and the load."""
    size = path.stat().st_size
    if size > MAX_MODEL_BYTES:
        raise ModelError(f"{path} is {size:,} bytes; recruitscan refuses model files over "
                         f"{MAX_MODEL_BYTES:,} bytes")
    data = path.read_bytes()
    if hashlib.sha256(data).hexdigest() != expected.lower():
        raise IntegrityError(f"{path} changed while it was being loaded")
    return data


def check_versions(manifest: dict[str, Any]) -> None:
    saved = manifest.get("versions", {})
    now = runtime_versions()
    differ = [f"{k} {saved[k]} (now {now[k]})" for k in ("recruitscan", "scikit-learn", "spacy")
              if k in saved and saved[k] != now[k]]
    if manifest.get("indicator_registry_version") != REGISTRY_VERSION:
        differ.append(f"indicator registry {manifest.get('indicator_registry_version')} "
                      f"(now {REGISTRY_VERSION})")
    saved_lexicons, lexicons = manifest.get("indicator_lexicons_sha256"), lexicons_fingerprint()
    if saved_lexicons is not None and saved_lexicons != lexicons:
        differ.append(f"other indicator lexicons (sha256 {saved_lexicons[:12]}…, now "
                      f"{lexicons[:12]}…)")
    if differ:
        warnings.warn("model was saved with " + ", ".join(differ) + "; scores may differ. "
                      "Retrain with `recruitscan train` to silence this.", ModelVersionWarning,
                      stacklevel=3)


def configured_hashes() -> frozenset[str]:
    """SHA-256 digests of joblib files the user vouches for, from ``RECRUITSCAN_TRUSTED_HASHES``
    (separated by commas or whitespace), so the CLI and batch jobs can be configured too."""
    raw = os.environ.get(TRUSTED_HASHES_ENV, "")
    return frozenset(h.lower() for h in raw.replace(",", " ").split())


def _check_zip_size(data: bytes, path: Path) -> None:
    """Refuse a zip whose members would inflate past the limit (a zip bomb)."""
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            total = sum(info.file_size for info in zf.infolist())
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise ModelError(f"cannot read {path}: {exc}") from None
    if total > MAX_UNPACKED_BYTES:
        raise ModelError(f"{path} would unpack to {total:,} bytes; recruitscan refuses more "
                         f"than {MAX_UNPACKED_BYTES:,}")


def load_model(model_dir: str | Path, *, trusted: bool = False,
               allowed_hashes: Iterable[str] = ()) -> LoadedModel:
    """Verify and load a model directory.

    ``model.skops`` is opened with :data:`TRUSTED_TYPES` only. ``model.joblib`` (pickle, which
    runs code) is opened only with ``trusted=True`` or when its SHA-256 is in ``allowed_hashes``
    or in the ``RECRUITSCAN_TRUSTED_HASHES`` environment variable.
    """
    model_dir = Path(model_dir)
    if not model_dir.is_dir():
        raise ModelError(f"model directory not found: {model_dir}")
    manifest = read_manifest(model_dir)
    verify_files(model_dir, manifest)
    check_versions(manifest)
    files = manifest["files"]
    if SKOPS_FILE in files:
        import skops.io as sio

        path = model_dir / SKOPS_FILE
        data = _read_verified(path, files[SKOPS_FILE])
        _check_zip_size(data, path)
        try:
            untrusted = set(sio.get_untrusted_types(data=data))
        except Exception as exc:  # a malformed schema; nothing has been constructed yet
            raise ModelError(f"cannot read {path}: {exc}") from None
        unexpected = sorted(untrusted - TRUSTED_TYPES)
        if unexpected:
            raise UntrustedModelError(f"{path} contains types recruitscan does not trust: "
                                      f"{', '.join(unexpected)}")
        try:
            objects = sio.loads(data, trusted=sorted(untrusted))
        except Exception as exc:  # skops raises many kinds on corrupt files
            raise ModelError(f"cannot read {path}: {exc}") from None
    elif JOBLIB_FILE in files:
        allowed = {h.lower() for h in allowed_hashes} | configured_hashes()
        if not trusted and files[JOBLIB_FILE].lower() not in allowed:
            raise UntrustedModelError(
                f"{model_dir / JOBLIB_FILE} is a joblib/pickle file, which runs code when loaded. "
                "Load it with trusted=True only if you trust whoever made it, or add its SHA-256 "
                f"to allowed_hashes (or {TRUSTED_HASHES_ENV}), or retrain to the skops format "
                "with `recruitscan train`.")
        import joblib

        path = model_dir / JOBLIB_FILE
        objects = joblib.load(io.BytesIO(_read_verified(path, files[JOBLIB_FILE])))
    else:
        raise ModelError(f"{model_dir} has no {SKOPS_FILE} or {JOBLIB_FILE}")
    if not isinstance(objects, dict) or "scorer" not in objects:
        raise ModelError(f"{model_dir} does not hold a recruitscan model")
    return LoadedModel(objects, manifest, model_dir)


def load_scorer(model_dir: str | Path, *, trusted: bool = False,
                allowed_hashes: Iterable[str] = ()) -> tuple[LinearModel, dict[str, Any]]:
    """Verify a model directory and return its weights for scoring, and its manifest.

    Reads ``scorer.npz`` (no scikit-learn needed). A directory saved without one (an older
    recruitscan) is loaded with :func:`load_model`, under the same trust rules, and its weights
    are read from the estimators.
    """
    from recruitscan.linear import SCORER_FILE, LinearModel

    model_dir = Path(model_dir)
    if not model_dir.is_dir():
        raise ModelError(f"model directory not found: {model_dir}")
    manifest = read_manifest(model_dir)
    files = manifest["files"]
    if SCORER_FILE not in files:
        loaded = load_model(model_dir, trusted=trusted, allowed_hashes=allowed_hashes)
        return (LinearModel.from_estimators(loaded.objects["scorer"], loaded.objects.get("category")),
                manifest)
    verify_files(model_dir, manifest)
    check_versions(manifest)
    path = model_dir / SCORER_FILE
    data = _read_verified(path, files[SCORER_FILE])
    _check_zip_size(data, path)
    return LinearModel.from_bytes(data), manifest
