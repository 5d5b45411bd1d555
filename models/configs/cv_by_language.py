"""Per-language cross-validated scores of a model configuration, on the training split alone.

    python models/configs/cv_by_language.py                       # default.toml's configuration
    python models/configs/cv_by_language.py --C 16 --out oof.csv  # another one; keep the scores
    python models/configs/cv_by_language.py --by-length           # and TF-IDF's, by text length
    python models/configs/cv_by_language.py --apart handwritten:short_messages [--fit-without]
    python models/configs/cv_by_language.py --fit-share 0.8        # each fold fits 80% of its groups
    python models/configs/cv_by_language.py --corpus TRIAL_DIR --apart handwritten:BATCH.jsonl

The same 5 folds as ``cross_validate.py`` (GroupKFold by template group over the corpus
`train` split; the calibration, validation and test splits are not read, except as
``--validation`` says). Each text is scored by the fold model that did not see it
(out-of-fold), with the training recipe (``RecipeClassifier``).

Printed:

* overall, as ``cross_validate.py`` prints it: PR-AUC, Brier and best recall at precision >= 0.95,
  each averaged over the folds (all rows, both kinds of scam positive);
* per language, the model's main task: ``compound_recruitment`` against every negative
  (legit_job, legit_overseas, legit_local_hotspot, awareness, other_text), ``other_job_scam``
  rows left out (as ``evaluate.py``'s ``compound_by_language``). On the pooled out-of-fold
  scores: counts, PR-AUC, the best recall at precision >= 0.95 with a threshold of the
  language's own, and precision / recall at one global threshold (the lowest giving pooled
  out-of-fold precision >= 0.95 on all rows, as ``choose_thresholds`` does on validation):
  the second is what one shipped threshold would give.

``--disclaimed`` also scores every scam with a line of anti-fraud boilerplate taken from a
legitimate ad of its own fold (``recruitscan.augment.with_disclaimers``; with ``--validation``,
of the validation split) and prints the compound scams' recall at the same threshold: what
one copied "Beware of fake recruiters" line does to the model.

``--apart G`` also prints the overall figures on the rows made by generator ``G`` (a prefix of
the corpus's ``generator`` column) and on the others, separately; with ``--fit-without`` those
rows are never fitted (in any fold, or for ``--validation``) but still scored: what the
configuration gives without that part of the corpus, on the same rows.

Pooling out-of-fold scores mixes five models' scores on one scale; the uncalibrated logistic
regressions are fitted on near-identical data, so the pooled ranking is close to each fold's.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.metrics import average_precision_score, brier_score_loss
from sklearn.model_selection import GroupKFold

from recruitscan.analysis import analyse
from recruitscan.augment import unaccented_texts, with_disclaimers, with_preambles
from recruitscan.datasets import load_corpus
from recruitscan.metrics import recall_at_precision
from recruitscan.model import (
    CALIBRATIONS,
    ModelConfig,
    RecipeClassifier,
    choose_thresholds,
    learnt_splits,
    splits_phrase,
)
from recruitscan.train import read_config

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_TOML = ROOT / "models" / "configs" / "default.toml"
TARGET = 0.95
MIN_ROWS = 100  # languages with fewer train rows in the compound-vs-legit task are listed apart


def global_threshold(y: np.ndarray, scores: np.ndarray, target: float = TARGET) -> float:
    """The operating threshold training would choose on these scores (``choose_thresholds``)."""
    return choose_thresholds(y, scores, target, medium_recall=1.0)[0]


def fitted(config: ModelConfig, X: list, y: np.ndarray, categories: list[str]):  # noqa: ANN201
    """The training recipe (``RecipeClassifier``: augmented copies, ``fit_signed``) on these
    rows."""
    return RecipeClassifier(config).fit(X, y, categories=categories)


def disclaimed_scores(pipe, analyses: list, y: np.ndarray,  # noqa: ANN001
                      categories: list[str]) -> np.ndarray:
    """Scores of each scam of ``analyses`` with a disclaimer line of these same rows' legitimate
    ads (NaN for the negatives)."""
    out = np.full(len(y), np.nan)
    copies = with_disclaimers(analyses, y, categories, 1.0, seed=1)
    scams = np.flatnonzero(y == 1)
    if len(copies.analyses) > len(analyses):
        out[scams] = pipe.predict_proba(copies.analyses[len(analyses):])[:, 1]
    return out


def unaccented_scores(pipe, analyses: list) -> np.ndarray:  # noqa: ANN001
    """Scores of each text of ``analyses`` typed without diacritics, where
    ``augment.unaccented_texts`` makes such a copy (NaN for the others)."""
    out = np.full(len(analyses), np.nan)
    typed = dict(unaccented_texts(analyses, range(len(analyses))))
    if typed:
        out[list(typed)] = pipe.predict_proba([analyse(t) for t in typed.values()])[:, 1]
    return out


def out_of_fold(config: ModelConfig, train: pd.DataFrame, analyses: list,
                y: np.ndarray, padded_chars: int = 0, fittable: np.ndarray | None = None,
                disclaimed: bool = False, fit_share: float = 1.0, unaccented: bool = False,
                ) -> tuple[np.ndarray, list[tuple], np.ndarray, np.ndarray, np.ndarray]:
    """Out-of-fold scores, per-fold (PR-AUC, Brier, R@P95), and, with ``padded_chars``, the
    out-of-fold scores of each text behind that much ordinary text of its own fold, with
    ``disclaimed`` those of each scam with a disclaimer line of its own fold, and with
    ``unaccented`` those of each Vietnamese text typed without diacritics (NaN without).
    Rows outside ``fittable`` (if given) are scored but never fitted. Below 1, ``fit_share``
    fits each fold on that share of its groups, drawn at random (seeded by the fold)."""
    folds = list(GroupKFold(n_splits=5).split(analyses, y, groups=train["group"]))
    categories = train["category"].tolist()
    oof = np.zeros(len(y))
    padded = np.full(len(y), np.nan)
    with_lines = np.full(len(y), np.nan)
    typed = np.full(len(y), np.nan)
    per_fold = []
    for k, (fit_idx, score_idx) in enumerate(folds):
        if fittable is not None:
            fit_idx = fit_idx[fittable[fit_idx]]
        if fit_share < 1.0:
            groups = train["group"].to_numpy()[fit_idx]
            unique = np.unique(groups)
            drawn = np.random.default_rng(k).choice(unique, round(fit_share * len(unique)),
                                                    replace=False)
            fit_idx = fit_idx[np.isin(groups, drawn)]
        pipe = fitted(config, [analyses[i] for i in fit_idx], y[fit_idx],
                      [categories[i] for i in fit_idx])
        p = pipe.predict_proba([analyses[i] for i in score_idx])[:, 1]
        oof[score_idx] = p
        per_fold.append((average_precision_score(y[score_idx], p),
                         brier_score_loss(y[score_idx], p),
                         recall_at_precision(y[score_idx], p)))
        if padded_chars:
            copies = with_preambles([analyses[i] for i in score_idx], y[score_idx],
                                    [categories[i] for i in score_idx], 1.0, padded_chars,
                                    seed=1).analyses[len(score_idx):]
            padded[score_idx] = pipe.predict_proba(copies)[:, 1]
        if disclaimed:
            with_lines[score_idx] = disclaimed_scores(pipe, [analyses[i] for i in score_idx],
                                                      y[score_idx],
                                                      [categories[i] for i in score_idx])
        if unaccented:
            typed[score_idx] = unaccented_scores(pipe, [analyses[i] for i in score_idx])
    return oof, per_fold, padded, with_lines, typed


def report_by_length(train: pd.DataFrame, y: np.ndarray, oof: np.ndarray) -> None:
    """The same folds' PR-AUC of the naive TF-IDF baseline (``TfidfBaseline``, fitted on each
    fold's rows) next to this configuration's, by text length: short chats are where they
    differ most."""
    from recruitscan.baselines import TfidfBaseline

    texts = train["text"].tolist()
    tfidf = np.zeros(len(y))
    for fit_idx, score_idx in GroupKFold(n_splits=5).split(texts, y, groups=train["group"]):
        pipe = TfidfBaseline.pipeline().fit([texts[i] for i in fit_idx], y[fit_idx])
        tfidf[score_idx] = pipe.predict_proba([texts[i] for i in score_idx])[:, 1]
    length = train["text"].str.len().to_numpy()
    print("\nPR-AUC by text length, out of fold (all rows): this configuration / TF-IDF")
    for name, rows in (("under 80 characters", length < 80), ("80-119", (length >= 80) & (length < 120)),
                       ("120 and more", length >= 120), ("all", length >= 0)):
        print(f"  {name:20s} n {int(rows.sum()):5d}  scams {int(y[rows].sum()):5d}  "
              f"{average_precision_score(y[rows], oof[rows]):.3f} / "
              f"{average_precision_score(y[rows], tfidf[rows]):.3f}")


def report_padded(train: pd.DataFrame, y: np.ndarray, oof: np.ndarray, padded: np.ndarray,
                  chars: int) -> None:
    thr = global_threshold(y, oof)
    compound = (train["category"] == "compound_recruitment").to_numpy()
    neg = y == 0
    print(f"behind {chars}+ characters of their fold's ordinary text, at the same threshold: "
          f"compound recall {np.mean(padded[compound] >= thr):.3f} (as they are "
          f"{np.mean(oof[compound] >= thr):.3f}), negatives' FPR {np.mean(padded[neg] >= thr):.3f} "
          f"(as they are {np.mean(oof[neg] >= thr):.3f})")


def report_unaccented(frame: pd.DataFrame, scores: np.ndarray, typed: np.ndarray,
                      thr: float) -> None:
    """The Vietnamese texts typed without diacritics (``typed``, NaN for the rest) against the
    same texts as they are: PR-AUC, and compound recall and negatives' FPR at ``thr``."""
    rows = ~np.isnan(typed)
    y = frame["label"].to_numpy()[rows]
    if len(np.unique(y)) < 2:
        print("typed without diacritics: too few texts with both labels")
        return
    compound = (frame["category"] == "compound_recruitment").to_numpy()[rows]
    plain, bare = scores[rows], typed[rows]
    print(f"typed without diacritics ({int(rows.sum())} texts, {int(y.sum())} scams), at the same "
          f"threshold: PR-AUC {average_precision_score(y, bare):.4f} (as they are "
          f"{average_precision_score(y, plain):.4f}), compound recall "
          f"{np.mean(bare[compound] >= thr):.3f} ({np.mean(plain[compound] >= thr):.3f}), "
          f"negatives' FPR {np.mean(bare[y == 0] >= thr):.3f} ({np.mean(plain[y == 0] >= thr):.3f})")


def report_disclaimed(frame: pd.DataFrame, scores: np.ndarray, with_lines: np.ndarray,
                      thr: float, lines_from: str) -> None:
    """Recall at ``thr`` of the compound scams with a disclaimer line (``with_lines``) and as
    they are, on the same scams: those whose rows (``lines_from``) lent no line are NaN and
    left out of both."""
    compound = (frame["category"] == "compound_recruitment").to_numpy() & ~np.isnan(with_lines)
    if not compound.any():
        print(f"with a disclaimer line: none, {lines_from} legitimate ads have no line to lend")
        return
    print(f"with a disclaimer line of {lines_from} legitimate ads, at the same threshold: "
          f"compound recall {np.mean(with_lines[compound] >= thr):.3f} (as they are "
          f"{np.mean(scores[compound] >= thr):.3f}; {int(compound.sum())} scams)")


def report(train: pd.DataFrame, y: np.ndarray, oof: np.ndarray, per_fold: list) -> pd.DataFrame:
    ap, brier, rec = np.mean(per_fold, axis=0)
    what = "fold means" if len(per_fold) > 1 else "one split"
    print(f"overall ({what}, all rows): PR-AUC {ap:.4f}  Brier {brier:.4f}  R@P95 {rec:.3f}")
    thr = global_threshold(y, oof)
    flagged = oof >= thr
    print(f"global threshold (pooled P>=0.95, all rows): {thr:.4f}  "
          f"P {y[flagged].mean():.3f}  R {flagged[y == 1].mean():.3f}")
    task = ((train["label"] == 0) | (train["category"] == "compound_recruitment")).to_numpy()
    rows = []
    for lang, idx in train[task].groupby("language").groups.items():
        idx = train.index.get_indexer(idx)
        yl, sl = y[idx], oof[idx]
        tp, fp = int((flagged[idx] & (yl == 1)).sum()), int((flagged[idx] & (yl == 0)).sum())
        rows.append({"lang": lang, "n": len(idx), "pos": int(yl.sum()),
                     "neg": int((yl == 0).sum()), "groups": train.loc[idx, "group"].nunique(),
                     "PR-AUC": average_precision_score(yl, sl),
                     "R@P95": recall_at_precision(yl, sl),
                     "P@thr": tp / max(tp + fp, 1), "R@thr": tp / max(int(yl.sum()), 1),
                     "FN@thr": int(yl.sum()) - tp, "FP@thr": fp})
    table = pd.DataFrame(rows).sort_values("n", ascending=False)
    yt, st = y[task], oof[task]
    print(f"compound vs legit, all languages: PR-AUC {average_precision_score(yt, st):.4f}  "
          f"R@P95 {recall_at_precision(yt, st):.3f}")
    fmt = {c: "{:.3f}".format for c in ("PR-AUC", "R@P95", "P@thr", "R@thr")}
    big = table[table["n"] >= MIN_ROWS]
    print(f"\ncompound_recruitment vs negatives, per language (>= {MIN_ROWS} rows):")
    print(big.to_string(index=False, formatters=fmt))
    print("smaller languages:")
    print(table[table["n"] < MIN_ROWS].to_string(index=False, formatters=fmt))
    return table


def parser() -> argparse.ArgumentParser:
    """The options; without any, those of the shipped configuration (``DEFAULT_TOML``), which
    are what is measured, whatever ``ModelConfig()``'s defaults."""
    d = read_config(DEFAULT_TOML)[1]
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n-features", type=int, default=d.n_features, metavar="N",
                    help="hashed columns of each text block")
    ap.add_argument("--char-min", type=int, default=d.char_min)
    ap.add_argument("--char-max", type=int, default=d.char_max)
    ap.add_argument("--scale", type=float, default=d.indicator_scale)
    ap.add_argument("--C", type=float, default=d.C)
    ap.add_argument("--summaries", type=int, default=d.summaries)
    ap.add_argument("--preamble-rate", type=float, default=d.preamble_rate)
    ap.add_argument("--preamble-chars", type=int, default=d.preamble_chars)
    ap.add_argument("--window", type=int, default=d.window_chars, metavar="CHARS",
                    help="score the highest of the whole text and its windows of this size")
    ap.add_argument("--long-text-ngrams", type=int, default=d.long_text_ngrams, metavar="N",
                    help="divide the n-gram block by the n-gram count, not its square root, "
                    "beyond this many n-grams (0: never)")
    ap.add_argument("--short-text-ngrams", type=int, default=d.short_text_ngrams, metavar="N",
                    help="scale a text of fewer n-grams as if it had this many (0: its own count)")
    ap.add_argument("--word-weight", type=float, default=d.word_weight, metavar="W",
                    help="weight of the word-token block (0: none)")
    ap.add_argument("--word-norm-floor", type=float, default=d.word_norm_floor, metavar="F",
                    help="least norm a text's word-token block is divided by")
    ap.add_argument("--cjk-bigrams", action=argparse.BooleanOptionalAction,
                    default=d.cjk_bigrams, help="also every two neighbouring Chinese or "
                    "Japanese characters in the word-token block")
    ap.add_argument("--repeat-norm", action=argparse.BooleanOptionalAction,
                    default=d.repeat_norm, help="give a text repeated the features of the text "
                    "once (n-grams scaled by their L2 norm; the same unless something repeats)")
    ap.add_argument("--padded", type=int, default=0, metavar="CHARS",
                    help="also score each text behind this much ordinary text of its fold")
    ap.add_argument("--disclaimer-rate", type=float, default=d.disclaimer_rate)
    ap.add_argument("--unaccented-rate", type=float, default=d.unaccented_rate)
    ap.add_argument("--unaccented", action="store_true", help="also score each Vietnamese text "
                    "typed without diacritics")
    ap.add_argument("--disclaimed", action="store_true", help="also score each scam with a "
                    "disclaimer line of its fold's legitimate ads")
    ap.add_argument("--by-length", action="store_true", help="also print PR-AUC by text length, "
                    "next to the TF-IDF baseline's on the same folds")
    ap.add_argument("--validation", action="store_true", help="instead of cross-validating, "
                    "fit on the whole train split (and the calibration split, with cross-fitted "
                    "calibration) and score the validation split (a held-out check of a choice "
                    "made by cross-validation; never the test split)")
    ap.add_argument("--calibration", choices=CALIBRATIONS, default=d.calibration,
                    help="with --validation: 'split' fits on the train split alone")
    ap.add_argument("--out", type=Path, help="write the scores (out-of-fold, or of the validation "
                    "split) here; models/configs/paired_scores.py compares two such files")
    ap.add_argument("--apart", metavar="GENERATOR", help="also report the rows of this generator "
                    "(a prefix of the corpus's generator column) and the others separately")
    ap.add_argument("--fit-without", action="store_true", help="with --apart: never fit those rows")
    ap.add_argument("--fit-share", type=float, default=1.0, metavar="S",
                    help="fit each fold on this share of its groups (a learning curve: how much "
                         "more data would help)")
    ap.add_argument("--corpus", type=Path, default=ROOT / "datasets" / "recruitscan-corpus",
                    metavar="PATH", help="corpus folder or file (default: the project's); a "
                    "trial build with a batch added: generator/build.py --extra FILE --out DIR")
    return ap


def config_of(args: argparse.Namespace) -> ModelConfig:
    """The configuration the parsed options describe."""
    return ModelConfig(n_features=args.n_features, char_min=args.char_min,
                       char_max=args.char_max, indicator_scale=args.scale, C=args.C,
                       summaries=args.summaries, preamble_rate=args.preamble_rate,
                       preamble_chars=args.preamble_chars, window_chars=args.window,
                       disclaimer_rate=args.disclaimer_rate,
                       unaccented_rate=args.unaccented_rate,
                       long_text_ngrams=args.long_text_ngrams,
                       short_text_ngrams=args.short_text_ngrams,
                       word_weight=args.word_weight, word_norm_floor=args.word_norm_floor,
                       cjk_bigrams=args.cjk_bigrams, repeat_norm=args.repeat_norm,
                       calibration=args.calibration)


def main(argv: list[str] | None = None) -> None:
    ap = parser()
    args = ap.parse_args(argv)
    config = config_of(args)
    print(f"config: {config.n_features} columns  chars {config.char_min}-{config.char_max}  "
          f"scale {config.indicator_scale}  C {config.C}  "
          f"preambles {config.preamble_rate} x {config.preamble_chars} chars  "
          f"disclaimers {config.disclaimer_rate}  unaccented {config.unaccented_rate}  "
          f"window {config.window_chars or 'off'}  long texts {config.long_text_ngrams or 'off'}  "
          f"short texts {config.short_text_ngrams or 'off'}  "
          f"words {config.word_weight or 'off'} (norm floor {config.word_norm_floor}, "
          f"CJK bigrams {'on' if config.cjk_bigrams else 'off'})  "
          f"repeats {'normed' if config.repeat_norm else 'counted'}")
    df = load_corpus(args.corpus)
    # The rows the bundled model learns from: with cross-fitted calibration, the calibration
    # split's too. Cross-validation folds the train split alone, as before.
    learnt = learnt_splits(config) if args.validation else ("train",)
    train = df[df["split"].isin(learnt)].reset_index(drop=True)
    if args.fit_without and not args.apart:
        ap.error("--fit-without needs --apart")
    fittable = (~train["generator"].str.startswith(args.apart)).to_numpy() if args.fit_without \
        else None
    analyses = [analyse(t) for t in train["text"]]
    y = train["label"].to_numpy()
    if args.validation:
        frame = df[df["split"] == "validation"].reset_index(drop=True)
        keep = np.ones(len(train), dtype=bool) if fittable is None else fittable
        pipe = fitted(config, [a for a, k in zip(analyses, keep, strict=True) if k], y[keep],
                      train["category"][keep].tolist())
        y_val = frame["label"].to_numpy()
        val_analyses = [analyse(t) for t in frame["text"]]
        scores = pipe.predict_proba(val_analyses)[:, 1]
        print("validation split, scored by one model fitted on the whole "
              f"{splits_phrase(learnt)}:")
        report(frame, y_val, scores, [(average_precision_score(y_val, scores),
                                       brier_score_loss(y_val, scores),
                                       recall_at_precision(y_val, scores))])
        if args.disclaimed:
            report_disclaimed(frame, scores, disclaimed_scores(
                pipe, val_analyses, y_val, frame["category"].tolist()),
                global_threshold(y_val, scores), "the validation split's")
        if args.unaccented:
            report_unaccented(frame, scores, unaccented_scores(pipe, val_analyses),
                              global_threshold(y_val, scores))
    else:
        if not 0.0 < args.fit_share <= 1.0:
            ap.error(f"--fit-share must be in (0, 1], got {args.fit_share}")
        scores, per_fold, padded, with_lines, typed = out_of_fold(
            config, train, analyses, y, args.padded, fittable, args.disclaimed, args.fit_share,
            args.unaccented)
        frame = train
        report(train, y, scores, per_fold)
        if args.padded:
            report_padded(train, y, scores, padded, args.padded)
        if args.disclaimed:
            report_disclaimed(train, scores, with_lines, global_threshold(y, scores),
                              "their own fold's")
        if args.unaccented:
            report_unaccented(train, scores, typed, global_threshold(y, scores))
        if args.by_length:
            report_by_length(train, y, scores)
    if args.apart:
        apart = frame["generator"].str.startswith(args.apart).to_numpy()
        labels = frame["label"].to_numpy()
        for name, rows in ((args.apart, apart), ("the other rows", ~apart)):
            yr, sr = labels[rows], scores[rows]
            print(f"{name}: n {int(rows.sum())}  scams {int(yr.sum())}  PR-AUC "
                  f"{average_precision_score(yr, sr):.4f}  Brier {brier_score_loss(yr, sr):.4f}  "
                  f"R@P95 {recall_at_precision(yr, sr):.3f} (pooled)")
    if args.out:
        columns = ["id", "language", "category", "label", "group", "generator"]
        frame[columns].assign(score=scores).to_csv(args.out, index=False)


if __name__ == "__main__":
    sys.exit(main())
