"""What one model costs against another (the baseline), on the same ads in the same run.

    python benchmarks/bench_models.py --baseline OLD_MODEL_DIR            # against the bundled
    python benchmarks/bench_models.py --baseline OLD_DIR --model NEW_DIR --ads 2000
    python benchmarks/bench_models.py --baseline OLD_DIR --language zh   # Chinese ads only

For a change to the model's features (the word-token block of 0.7.0, say), run it with the
previous version's model directory as the baseline: both are read by this version's code, so
only the weights and the blocks they use differ. Prints ``LinearModel.score_batch`` (the texts
analysed once beforehand: normalisation and indicators cost the same either way), then the
whole ``Detector.scan_many`` without and with reasons, in ads per second per core and as the
baseline's rate over the model's. Ads are built as in ``bench_screen.py`` (mostly real Latin-script
ads), or with ``--language`` from the project corpus's texts in that language (synthetic) joined
to about 1 KB; rates use process CPU time, interleaved slice by slice.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_screen import ROOT, build_ads, interleaved_rates, joined_texts  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--baseline", required=True, help="model directory to compare against")
    ap.add_argument("--model", default=None, help="model directory (default: bundled)")
    ap.add_argument("--ads", type=int, default=3_000)
    ap.add_argument("--language", help="build the ads from the corpus's texts in this language "
                    "(zh, th, ...) instead")
    args = ap.parse_args()

    import recruitscan
    from recruitscan.analysis import analyse

    models = {"baseline": recruitscan.load(args.baseline), "model": recruitscan.load(args.model)}
    ads = language_ads(args.language, args.ads) if args.language else build_ads(args.ads, seed=3)[0]
    by_text = {t: analyse(t) for t in ads}
    print(f"{len(ads):,} ads, mean {sum(map(len, ads)) / len(ads):,.0f} characters; baseline "
          f"{args.baseline}, model {args.model or 'bundled'}")

    def report(what: str, rates: dict) -> None:
        (b, _), (m, _) = rates["baseline"], rates["model"]
        print(f"{what:<28} baseline {b:8,.0f}  model {m:8,.0f} ads/s per core  "
              f"cost x{b / m:.2f}")

    report("score_batch", interleaved_rates(
        {k: (lambda part, d=d: d.model.score_batch([by_text[t] for t in part]))
         for k, d in models.items()}, ads))
    for reasons in ("none", "full"):
        report(f"scan_many, reasons={reasons}", interleaved_rates(
            {k: (lambda part, d=d, r=reasons: list(d.scan_many(part, reasons=r)))
             for k, d in models.items()}, ads[: len(ads) // 2]))


def language_ads(language: str, n: int, seed: int = 3) -> list[str]:
    """``n`` ads of about 1 KB, each corpus texts in ``language`` joined by blank lines."""
    from recruitscan.datasets import load_corpus

    df = load_corpus(ROOT / "datasets" / "recruitscan-corpus")
    texts = df.loc[df["language"] == language, "text"].tolist()
    if not texts:
        raise SystemExit(f"no corpus text in language {language!r}")
    return joined_texts(texts, n, seed)


if __name__ == "__main__":
    main()
