"""How many two-word everyday chat messages a model flags.

    python models/configs/everyday_pairs.py [--model DIR ...]

Every ordered pair of :data:`WORDS` (20 everyday Indonesian and English chat words, 400
pairs: "nanti aja", "ok thanks", "kak sini"...) is scored by each model (the bundled one by
default); the flagged count, the count in the medium band or above, and the highest-scoring
pairs are printed. None of these is a recruitment message. The corpus's short scam lines use
some of the words ("nanti", "kak", "sana"), so a model can learn them as evidence: a word or
two must not carry a whole message's weight.
"""

from __future__ import annotations

import argparse
import itertools

from recruitscan import default_model_path
from recruitscan.detector import Detector

WORDS = ("nanti", "aja", "kak", "sini", "sana", "ya", "ok", "udah", "besok", "makan",
         "kantor", "you", "see", "later", "thanks", "sure", "home", "now", "where", "ke")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", action="append", help="model directory (default: the bundled one)")
    args = ap.parse_args(argv)
    pairs = [f"{a} {b}" for a, b in itertools.product(WORDS, repeat=2)]
    for path in args.model or [None]:
        det = Detector.load(path or default_model_path())
        results = list(det.scan_many(pairs, reasons="none"))
        scored = sorted(((r.score, p, r.risk, r.flagged) for r, p in zip(results, pairs, strict=True)),
                        reverse=True)
        flagged = sum(f for *_, f in scored)
        medium = sum(risk != "low" for _, _, risk, _ in scored)
        print(f"{path or 'bundled model'} (threshold {det.threshold:.3f}): {flagged} of "
              f"{len(pairs)} pairs flagged, {medium} in the medium band or above")
        print("  highest: " + ", ".join(f"{p!r} {s:.2f}" for s, p, *_ in scored[:8]))


if __name__ == "__main__":
    main()
