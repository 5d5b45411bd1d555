"""The analyst notebooks: committed without outputs, in sync with their build script, and
running top to bottom (slow: they screen data and retrain a model)."""

from __future__ import annotations

import importlib.util
import json
import sys
import time
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
NAMES = ("01_screen_and_review.ipynb", "02_retrain_with_your_labels.ipynb")
# Per cell: the cross-validation cell of notebook 02 trains the recipe six times (two to three
# minutes on two cores since 0.17.0 fits each model six times to cross-fit its calibration).
TIMEOUT_S = 600


def test_the_notebooks_exist() -> None:
    assert sorted(p.name for p in NOTEBOOKS.glob("*.ipynb")) == sorted(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_committed_without_outputs(name: str) -> None:
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    nbformat.validate(nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [], f"{name}: cell {cell.get('id')} has outputs"
            assert cell.execution_count is None, f"{name}: cell {cell.get('id')} was executed"
    assert nb.metadata["kernelspec"]["name"] == "python3"


def test_in_sync_with_the_build_script() -> None:
    spec = importlib.util.spec_from_file_location("build_notebooks", NOTEBOOKS / "build_notebooks.py")
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    for cells, name in ((build.NB01, NAMES[0]), (build.NB02, NAMES[1])):
        nb = nbformat.read(NOTEBOOKS / name, as_version=4)
        assert [c.source for c in nb.cells] == [c.source for c in cells], (
            f"{name} differs from notebooks/build_notebooks.py: run it to rebuild")


@pytest.fixture
def venv_kernel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A ``python3`` kernel spec that runs this interpreter, found first via JUPYTER_PATH."""
    spec_dir = tmp_path / "jupyter" / "kernels" / "python3"
    spec_dir.mkdir(parents=True)
    (spec_dir / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "Python 3 (recruitscan tests)", "language": "python"}), encoding="utf-8")
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    return "python3"


def _tree(*dirs: Path) -> set[str]:
    return {str(p.relative_to(ROOT)) for d in dirs for p in d.rglob("*")
            if "__pycache__" not in p.parts and ".ipynb_checkpoints" not in p.parts}


@pytest.mark.slow
@pytest.mark.parametrize("name", NAMES)
def test_runs_top_to_bottom(name: str, venv_kernel: str) -> None:
    nbclient = pytest.importorskip("nbclient")
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    # First, make sure the kernel is this environment's Python (not some other install).
    nb.cells.insert(0, nbformat.v4.new_code_cell("import sys; print(sys.prefix)"))
    before = _tree(NOTEBOOKS, ROOT / "models", ROOT / "datasets")
    t0 = time.perf_counter()
    client = nbclient.NotebookClient(nb, kernel_name=venv_kernel, timeout=TIMEOUT_S,
                                     resources={"metadata": {"path": str(NOTEBOOKS)}})
    client.execute()
    elapsed = time.perf_counter() - t0
    assert nb.cells[0].outputs[0]["text"].strip() == sys.prefix
    assert elapsed < TIMEOUT_S, f"{name} took {elapsed:.0f}s"
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs
              if o.get("output_type") == "error"]
    assert not errors
    # Every code cell ran; the plots were drawn.
    assert all(c.execution_count for c in nb.cells if c.cell_type == "code")
    images = sum("image/png" in o.get("data", {}) for c in nb.cells if c.cell_type == "code"
                 for o in c.outputs)
    assert images >= 2
    # Nothing was written into the repository (the retrained model goes to a temp dir).
    assert _tree(NOTEBOOKS, ROOT / "models", ROOT / "datasets") == before
