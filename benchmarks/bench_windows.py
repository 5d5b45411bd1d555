"""What windowed scoring (``window_chars``) costs, against the same weights scoring whole texts.

    python benchmarks/bench_windows.py                 # 5,000 ads of ~1 KB, windows of 500
    python benchmarks/bench_windows.py --window 300

Both models are the bundled model's weights; the baseline scores whole texts only (the bundled
setting), the other also every window (``recruitscan.windows``). The texts are analysed once
beforehand (normalisation and indicators cost the same either way), so the rates are of
``LinearModel.score_batch`` alone, then of the whole ``Detector.scan_many`` for scale. Ads are
built as in ``bench_screen.py``; rates use process CPU time, interleaved slice by slice.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_screen import build_ads, interleaved_rates  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ads", type=int, default=5_000)
    ap.add_argument("--window", type=int, default=500, help="window size in characters")
    args = ap.parse_args()

    import recruitscan
    from recruitscan.analysis import analyse
    from recruitscan.windows import window_spans

    detector = recruitscan.load()
    whole = detector.model
    windowed = dataclasses.replace(whole, window_chars=args.window)
    ads, _ = build_ads(args.ads, seed=2)
    analyses = [analyse(t) for t in ads]
    by_text = dict(zip(ads, analyses, strict=True))
    n_windows = sum(len(window_spans(a.folded, args.window)) for a in analyses)
    print(f"{len(ads):,} ads, mean {sum(map(len, ads)) / len(ads):,.0f} characters; "
          f"windows of {args.window}: {n_windows / len(ads):.2f} per ad")

    def scoring(model: object):  # noqa: ANN202
        return lambda part: model.score_batch([by_text[t] for t in part])

    rates = interleaved_rates({"whole": scoring(whole), "windows": scoring(windowed)}, ads)
    (w, _), (v, _) = rates["whole"], rates["windows"]
    print(f"score_batch, whole texts (baseline)  {w:9,.0f} ads/s per core")
    print(f"score_batch, with windows            {v:9,.0f} ads/s per core")
    print(f"cost of windows in scoring: x{w / v:.2f}")

    scan_windows = recruitscan.Detector(windowed, detector.manifest, detector.path)
    rates = interleaved_rates({"whole": lambda part: list(detector.scan_many(part)),
                               "windows": lambda part: list(scan_windows.scan_many(part))},
                              ads[: len(ads) // 2])
    (w, _), (v, _) = rates["whole"], rates["windows"]
    print(f"scan_many with reasons, whole texts  {w:9,.0f} ads/s per core")
    print(f"scan_many with reasons, with windows {v:9,.0f} ads/s per core")
    print(f"cost of windows in a whole scan: x{w / v:.2f}")


if __name__ == "__main__":
    main()
