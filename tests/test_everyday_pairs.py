"""models/configs/everyday_pairs.py: two-word everyday chat, counted as each model flags it."""

from __future__ import annotations

import re


def test_counts_agree_with_scanning_the_pairs_one_by_one(capsys, config_script) -> None:  # noqa: ANN001
    import itertools

    import recruitscan

    module = config_script("everyday_pairs")
    assert len(set(module.WORDS)) == len(module.WORDS) == 20
    module.main([])
    out = capsys.readouterr().out
    flagged, medium = (int(v) for v in re.search(
        r"(\d+) of 400 pairs flagged, (\d+) in the medium band", out).groups())
    det = recruitscan.load()
    results = [det.scan(f"{a} {b}") for a, b in itertools.product(module.WORDS, repeat=2)]
    assert flagged == sum(r.flagged for r in results)
    assert medium == sum(r.risk != "low" for r in results) >= flagged
