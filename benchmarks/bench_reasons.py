"""What reasons cost in scoring, for scripts written with and without spaces.

    python benchmarks/bench_reasons.py                 # every corpus text, 3 rounds

The bundled model's ``LinearModel.score_batch`` with ``contributions=True`` (the arithmetic
behind the reasons: indicator effects and the words, or the pieces of long unspaced words,
that raised the score; :mod:`recruitscan.segments`) against the same call without it (the
baseline), on the project corpus (synthetic) split into texts in scripts written without
spaces (Chinese, Japanese, Thai, Khmer, Burmese) and the rest. The texts are analysed once
beforehand; rates use process CPU time, the two calls interleaved slice by slice.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_screen import interleaved_rates  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rounds", type=int, default=3, help="passes over the texts")
    args = ap.parse_args()

    import recruitscan
    from recruitscan.analysis import analyse
    from recruitscan.datasets import load_corpus
    from recruitscan.segments import has_unspaced

    model = recruitscan.load().model
    texts = load_corpus(ROOT / "datasets" / "recruitscan-corpus")["text"].tolist()
    by_text = {t: analyse(t) for t in texts}
    groups = {"unspaced scripts": [t for t in texts if has_unspaced(by_text[t].folded)],
              "spaced scripts": [t for t in texts if not has_unspaced(by_text[t].folded)]}
    for name, group in groups.items():
        def scoring(contributions: bool):  # noqa: ANN202
            return lambda part: model.score_batch([by_text[t] for t in part],
                                                  contributions=contributions)

        rates = interleaved_rates({"scores": scoring(False), "reasons": scoring(True)},
                                  group * args.rounds)
        (s, _), (r, _) = rates["scores"], rates["reasons"]
        print(f"{name} ({len(group):,} texts, mean "
              f"{sum(map(len, group)) / len(group):,.0f} characters)")
        print(f"  score_batch, scores only (baseline)  {s:9,.0f} texts/s per core")
        print(f"  score_batch, with reasons' arithmetic {r:9,.0f} texts/s per core")
        print(f"  cost of reasons: x{s / r:.2f}")


if __name__ == "__main__":
    main()
