"""Model files are verified before use and never execute code nobody vouched for."""

from __future__ import annotations

import hashlib
import json
import shutil
import warnings
from pathlib import Path

import joblib
import numpy as np
import pytest

import recruitscan
from recruitscan.artifacts import (
    JOBLIB_FILE,
    MANIFEST,
    SKOPS_FILE,
    TRUSTED_HASHES_ENV,
    TRUSTED_TYPES,
    ModelVersionWarning,
    load_model,
    sha256_file,
)
from recruitscan.errors import IntegrityError, ModelError, UntrustedModelError
from recruitscan.linear import SCORER_FILE


class MarkerPayload:
    """Unpickling this creates a file: the stand-in for arbitrary code in a hostile model."""

    def __init__(self, marker: Path) -> None:
        self.marker = str(marker)

    def __reduce__(self):  # noqa: ANN204 - pickle protocol
        return (open, (self.marker, "w"))


@pytest.fixture
def model_copy(tiny_model_dir: Path, tmp_path: Path) -> Path:
    out = tmp_path / "model"
    shutil.copytree(tiny_model_dir, out)
    return out


@pytest.fixture
def legacy_copy(model_copy: Path) -> Path:
    """A model directory without ``scorer.npz`` (as older recruitscan versions saved them):
    loading it for scoring has to open the estimator file itself."""
    (model_copy / SCORER_FILE).unlink()
    _rehash(model_copy)
    return model_copy


def _manifest(d: Path) -> dict:
    return json.loads((d / MANIFEST).read_text(encoding="utf-8"))


def _write_manifest(d: Path, manifest: dict) -> None:
    (d / MANIFEST).write_text(json.dumps(manifest, indent=2), encoding="utf-8")


def _rehash(d: Path) -> None:
    """What an attacker shipping a whole directory does: make the manifest match the files."""
    manifest = _manifest(d)
    manifest["files"] = {p.name: sha256_file(p) for p in d.iterdir() if p.name != MANIFEST}
    _write_manifest(d, manifest)


# -- manifest and hashes ---------------------------------------------------------------------

def test_manifest_hashes_every_file(tiny_model_dir: Path) -> None:
    files = _manifest(tiny_model_dir)["files"]
    on_disk = {p.name for p in tiny_model_dir.iterdir() if p.name != MANIFEST}
    assert set(files) == on_disk and SKOPS_FILE in files
    for name, digest in files.items():
        assert sha256_file(tiny_model_dir / name) == digest


def test_untouched_copy_loads(model_copy: Path) -> None:
    assert recruitscan.load(model_copy).scan("Kerja di Kamboja, gaji 20 juta").score >= 0.0


def test_flipped_byte_is_refused(model_copy: Path) -> None:
    path = model_copy / SKOPS_FILE
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(IntegrityError, match="does not match its manifest"):
        recruitscan.load(model_copy)


def test_truncated_model_is_refused(model_copy: Path) -> None:
    path = model_copy / SKOPS_FILE
    path.write_bytes(path.read_bytes()[:1000])
    with pytest.raises(IntegrityError, match="changed or truncated"):
        recruitscan.load(model_copy)


def test_missing_model_file_is_refused(model_copy: Path) -> None:
    (model_copy / SKOPS_FILE).unlink()
    with pytest.raises(IntegrityError, match="missing"):
        recruitscan.load(model_copy)


@pytest.mark.parametrize("dropped", [SKOPS_FILE, "MODEL_CARD.md"])
def test_hash_dropped_from_manifest_is_refused(model_copy: Path, dropped: str) -> None:
    manifest = _manifest(model_copy)
    del manifest["files"][dropped]
    _write_manifest(model_copy, manifest)
    with pytest.raises(IntegrityError, match=f"does not list: {dropped}"):
        recruitscan.load(model_copy)


def test_added_file_is_refused(model_copy: Path) -> None:
    (model_copy / JOBLIB_FILE).write_bytes(b"not listed")
    with pytest.raises(IntegrityError, match="does not list"):
        recruitscan.load(model_copy)


@pytest.mark.parametrize("name", ["../model.skops", "../../etc/passwd", "/etc/passwd", "sub/x",
                                  "..", ".", "", "a\\..\\b"])
def test_path_escaping_the_directory_is_refused(model_copy: Path, name: str) -> None:
    shutil.copy(model_copy / SKOPS_FILE, model_copy.parent / SKOPS_FILE)  # a real target
    manifest = _manifest(model_copy)
    manifest["files"][name] = sha256_file(model_copy / SKOPS_FILE)
    _write_manifest(model_copy, manifest)
    with pytest.raises(IntegrityError, match="outside the directory"):
        recruitscan.load(model_copy)


@pytest.mark.parametrize("edit", [
    lambda m: m.update(files=["model.skops"]),
    lambda m: m.update(files={"model.skops": 3}),
    lambda m: m.update(files={}),
    lambda m: m.update(format_version="1"),
    lambda m: m.update(format_version=99),
    lambda m: m.update(versions=["x"]),
    lambda m: m.update(format="other"),
])
def test_malformed_manifest_gives_model_error(model_copy: Path, edit) -> None:  # noqa: ANN001
    manifest = _manifest(model_copy)
    edit(manifest)
    _write_manifest(model_copy, manifest)
    with pytest.raises(ModelError):
        recruitscan.load(model_copy)


@pytest.mark.parametrize("content", ["[1, 2]", "not json", "\udcff"])
def test_manifest_that_is_not_an_object(model_copy: Path, content: str) -> None:
    (model_copy / MANIFEST).write_bytes(content.encode("utf-8", "surrogateescape"))
    with pytest.raises(ModelError):
        recruitscan.load(model_copy)


def test_not_a_model_directory(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="not found"):
        recruitscan.load(tmp_path / "nope")
    with pytest.raises(ModelError, match="no manifest.json"):
        recruitscan.load(tmp_path)


# -- joblib / pickle -------------------------------------------------------------------------

@pytest.fixture
def pickle_model(legacy_copy: Path, tmp_path: Path) -> tuple[Path, Path, str]:
    """A model directory whose joblib file creates ``marker`` when unpickled (hashes valid)."""
    marker = tmp_path / "PWNED"
    (legacy_copy / SKOPS_FILE).unlink()
    joblib.dump(MarkerPayload(marker), legacy_copy / JOBLIB_FILE)
    _rehash(legacy_copy)
    return legacy_copy, marker, sha256_file(legacy_copy / JOBLIB_FILE)


def test_pickle_is_not_loaded_without_trust(pickle_model, monkeypatch) -> None:  # noqa: ANN001
    model_dir, marker, _ = pickle_model
    monkeypatch.delenv(TRUSTED_HASHES_ENV, raising=False)
    with pytest.raises(UntrustedModelError, match="runs code when loaded"):
        recruitscan.load(model_dir)
    with pytest.raises(UntrustedModelError):
        load_model(model_dir, allowed_hashes=["0" * 64])
    assert not marker.exists()


@pytest.mark.parametrize("how", ["trusted", "allowed_hashes", "env"])
def test_pickle_loads_only_when_vouched_for(pickle_model, monkeypatch, how: str) -> None:  # noqa: ANN001
    # The payload really runs once trusted: proof that the refusal above is what saved us.
    model_dir, marker, digest = pickle_model
    monkeypatch.delenv(TRUSTED_HASHES_ENV, raising=False)
    kwargs: dict = {}
    if how == "trusted":
        kwargs["trusted"] = True
    elif how == "allowed_hashes":
        kwargs["allowed_hashes"] = [digest.upper()]
    else:
        monkeypatch.setenv(TRUSTED_HASHES_ENV, f"{'1' * 64}, {digest}")
    with pytest.raises(ModelError, match="does not hold a recruitscan model"):
        load_model(model_dir, **kwargs)
    assert marker.exists()


# -- skops trusted types ---------------------------------------------------------------------

def test_skops_with_an_untrusted_type_is_refused(legacy_copy: Path, tmp_path: Path) -> None:
    import skops.io as sio

    marker = tmp_path / "PWNED"
    sio.dump({"scorer": MarkerPayload(marker)}, legacy_copy / SKOPS_FILE)
    _rehash(legacy_copy)  # hashes match: only the types protect
    with pytest.raises(UntrustedModelError, match="MarkerPayload"):
        recruitscan.load(legacy_copy)
    with pytest.raises(UntrustedModelError):
        recruitscan.load(legacy_copy, trusted=True)  # trust is for pickles, not skops types
    with pytest.raises(UntrustedModelError):
        load_model(legacy_copy)
    assert not marker.exists()


def test_scoring_never_opens_the_estimator_file(model_copy: Path, tmp_path: Path) -> None:
    """With ``scorer.npz`` present, a hostile ``model.skops`` is not even read to score; the
    analysts' loader (``load_model``) still refuses it."""
    import skops.io as sio

    marker = tmp_path / "PWNED"
    sio.dump({"scorer": MarkerPayload(marker)}, model_copy / SKOPS_FILE)
    _rehash(model_copy)
    assert recruitscan.load(model_copy).scan("Kerja di Kamboja").score >= 0.0
    with pytest.raises(UntrustedModelError, match="MarkerPayload"):
        load_model(model_copy)
    assert not marker.exists()


def test_scorer_with_a_pickled_array_is_refused(model_copy: Path, tmp_path: Path) -> None:
    marker = tmp_path / "PWNED"
    with np.load(model_copy / SCORER_FILE) as npz:
        arrays = {k: npz[k] for k in npz.files}
    arrays["coef"] = np.array([MarkerPayload(marker)], dtype=object)
    np.savez(model_copy / SCORER_FILE, **arrays)
    _rehash(model_copy)
    with pytest.raises(ModelError, match="cannot read scorer.npz"):
        recruitscan.load(model_copy)
    assert not marker.exists()


@pytest.mark.parametrize("edit", [
    lambda a: a.pop("coef"),
    lambda a: a.update(coef=a["coef"][:-1]),
    lambda a: a.update(format=np.int64(99)),
    lambda a: a.update(block_names=np.array(["x"])),
    lambda a: a.update(summaries=np.int64(9)),
])
def test_malformed_scorer_gives_model_error(model_copy: Path, edit) -> None:  # noqa: ANN001
    with np.load(model_copy / SCORER_FILE) as npz:
        arrays = {k: npz[k] for k in npz.files}
    edit(arrays)
    np.savez(model_copy / SCORER_FILE, **arrays)
    _rehash(model_copy)
    with pytest.raises(ModelError):
        recruitscan.load(model_copy)


def test_trusted_types_cover_a_trained_model(tiny_model_dir: Path) -> None:
    import skops.io as sio

    assert set(sio.get_untrusted_types(file=tiny_model_dir / SKOPS_FILE)) <= TRUSTED_TYPES


@pytest.mark.parametrize("name", [SKOPS_FILE, SCORER_FILE])
def test_garbage_model_file_with_matching_hash_gives_model_error(legacy_copy: Path,
                                                                 name: str) -> None:
    (legacy_copy / name).write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    _rehash(legacy_copy)
    with pytest.raises(ModelError, match="cannot read"):
        recruitscan.load(legacy_copy)


def test_zip_bomb_is_refused(model_copy: Path, monkeypatch) -> None:  # noqa: ANN001
    import recruitscan.artifacts as artifacts

    monkeypatch.setattr(artifacts, "MAX_UNPACKED_BYTES", 1000)
    with pytest.raises(ModelError, match="would unpack"):
        recruitscan.load(model_copy)


# -- versions --------------------------------------------------------------------------------

def test_other_library_versions_warn(model_copy: Path) -> None:
    manifest = _manifest(model_copy)  # the manifest is not in its own hash list
    manifest["versions"]["scikit-learn"] = "0.0.1"
    manifest["versions"]["recruitscan"] = "0.0.0-old"
    _write_manifest(model_copy, manifest)
    with pytest.warns(ModelVersionWarning, match=r"scikit-learn 0\.0\.1.*now") as rec:
        det = recruitscan.load(model_copy)
    assert "recruitscan 0.0.0-old" in str(rec[0].message)
    assert det.scan("Kerja di Kamboja").score >= 0.0


def test_other_lexicons_warn(model_copy: Path) -> None:
    manifest = _manifest(model_copy)
    manifest["indicator_lexicons_sha256"] = "0" * 64  # trained with another phrase set
    _write_manifest(model_copy, manifest)
    with pytest.warns(ModelVersionWarning, match="other indicator lexicons"):
        recruitscan.load(model_copy)


def test_lexicon_fingerprint_follows_the_phrases(monkeypatch) -> None:  # noqa: ANN001
    from recruitscan.indicators import lexicon

    before = lexicon.lexicons_fingerprint()
    entries = lexicon.all_entries()
    changed = (entries[0].__class__(entries[0].indicator, entries[0].language,
                                    (*entries[0].phrases, "one more phrase"), entries[0].source),
               *entries[1:])
    monkeypatch.setattr(lexicon, "all_entries", lambda: changed)
    assert lexicon.lexicons_fingerprint() != before


def test_same_versions_do_not_warn(model_copy: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error", ModelVersionWarning)
        recruitscan.load(model_copy)


def test_manifest_is_not_in_its_own_hash_list(tiny_model_dir: Path) -> None:
    assert MANIFEST not in _manifest(tiny_model_dir)["files"]
    # and each listed hash is a SHA-256 hex digest
    for digest in _manifest(tiny_model_dir)["files"].values():
        assert len(digest) == 64 and int(digest, 16) >= 0
    assert hashlib.sha256(b"").hexdigest() not in _manifest(tiny_model_dir)["files"].values()
