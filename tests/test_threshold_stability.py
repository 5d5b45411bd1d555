"""models/configs/threshold_stability.py, and the bundled model's threshold against its own
validation split."""

from __future__ import annotations

import re

import pytest


@pytest.mark.slow
def test_the_bundled_threshold_is_the_one_its_validation_split_gives(capsys, config_script) -> None:  # noqa: ANN001
    """Training chose the threshold on the corpus's validation split: scoring that split again
    gives the same one (a model left stale by a corpus or lexicon change would not), and the
    resampled range holds it."""
    module = config_script("threshold_stability")
    module.main(["--resamples", "50"])
    out = capsys.readouterr().out
    chosen, stored, lo, hi = (float(v) for v in re.search(
        r"threshold ([\d.]+) \(the model's: ([\d.]+)\).*5-95% ([\d.]+)-([\d.]+)", out).groups())
    assert chosen == pytest.approx(stored, abs=1e-3)
    assert lo <= chosen <= hi
    assert out.count("corpus test at") == 3
