"""Checks that a labelled corpus teaches the task, not its templates or its typography.

- ``diversity``: distinct word 3-grams per 1,000 tokens, per class; near-duplicate clusters
  (character 5-gram Jaccard ≥ 0.9, found with MinHash LSH); the largest share of a class that
  a single template produced.
- ``artefact_auc``: a classifier trained on surface artefacts alone (length, emoji, digits,
  punctuation, currency symbols, line breaks, upper case) should stay near chance; if it
  does not, the classes are separable by how they look rather than by what they say.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import Any

import numpy as np
import pandas as pd

from recruitscan.similarity import DisjointSets, jaccard, shingles

_WORD = re.compile(r"\w+")
_CURRENCY = re.compile(r"[$€£¥₱฿₫₩]|\b(?:rp|rm|usd|php|thb|vnd|idr|nt\$|hk\$)\b", re.IGNORECASE)
ARTEFACT_NAMES = ("log_length", "emoji_rate", "digit_rate", "punct_rate", "upper_rate",
                  "exclamations", "line_breaks", "currency_marks", "url_or_handle")
# Typography only: currency marks and contact handles are documented red flags (catalogue §2,
# §4), so they are content, not artefacts; they are checked separately (currency_balance).
TYPOGRAPHY = ARTEFACT_NAMES[:7]


def artefact_features(text: str) -> list[float]:
    n = max(1, len(text))
    emoji = sum(1 for ch in text if unicodedata.category(ch) == "So")
    letters = [ch for ch in text if ch.isalpha()]
    upper = sum(1 for ch in letters if ch.isupper())
    return [
        float(np.log1p(len(text))),
        emoji / n,
        sum(ch.isdigit() for ch in text) / n,
        sum(unicodedata.category(ch).startswith("P") for ch in text) / n,
        upper / max(1, len(letters)),
        float(text.count("!")),
        float(text.count("\n")),
        float(len(_CURRENCY.findall(text))),
        float(len(re.findall(r"@\w|https?://|\.me/", text))),
    ]


def typography_matrix(texts: list[str]) -> np.ndarray:
    return np.array([artefact_features(t)[: len(TYPOGRAPHY)] for t in texts]).reshape(-1, len(TYPOGRAPHY))


def artefact_auc(df: pd.DataFrame, seed: int = 0, linear: bool = False) -> dict[str, float]:
    """ROC-AUC on the test split of a model trained on typography alone (train split).

    The default model is gradient boosting (it finds interactions a linear model misses)."""
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    train, test = df[df["split"] == "train"], df[df["split"] == "test"]
    X_train = typography_matrix(train["text"].tolist())
    X_test = typography_matrix(test["text"].tolist())
    clf = (make_pipeline(StandardScaler(), LogisticRegression()) if linear
           else HistGradientBoostingClassifier(max_iter=100, random_state=seed))
    from threadpoolctl import threadpool_limits

    # One thread: OpenMP threads on a busy small machine slow this fit down by 50x.
    with threadpool_limits(1):
        return _auc_by_language(clf, X_train, train, X_test, test)


def _auc_by_language(clf, X_train, train, X_test, test) -> dict[str, float]:  # noqa: ANN001
    from sklearn.metrics import roc_auc_score

    clf.fit(X_train, train["label"])
    scores = clf.predict_proba(X_test)[:, 1]
    out = {"all": float(roc_auc_score(test["label"], scores))}
    for lang, idx in test.groupby("language").groups.items():
        y = test.loc[idx, "label"]
        if y.nunique() == 2:
            out[str(lang)] = float(roc_auc_score(y, scores[test.index.get_indexer(idx)]))
    return out


def near_duplicate_clusters(texts: list[str], threshold: float = 0.9) -> list[int]:
    """Cluster id per text; texts in one cluster have 5-gram Jaccard ≥ ``threshold``."""
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=64)
    clusters = DisjointSets()
    sets = [shingles(t) for t in texts]
    for i, sh in enumerate(sets):
        m = MinHash(num_perm=64, seed=1)
        m.update_batch([s.encode("utf-8") for s in sh])
        for j in lsh.query(m):
            if jaccard(sh, sets[int(j)]) >= threshold:
                clusters.union(i, int(j))
        lsh.insert(str(i), m)
    return [clusters.find(i) for i in range(len(texts))]


def diversity(df: pd.DataFrame) -> dict[str, dict[str, Any]]:
    """Per category: size, distinct word 3-grams per 1,000 tokens, near-duplicate clusters,
    the largest single-template share."""
    out: dict[str, dict[str, Any]] = {}
    for cat, g in df.groupby("category"):
        tokens = [_WORD.findall(t.lower()) for t in g["text"]]
        n_tokens = sum(len(t) for t in tokens)
        trigrams = {tuple(t[i : i + 3]) for t in tokens for i in range(len(t) - 2)}
        clusters = Counter(near_duplicate_clusters(g["text"].tolist()))
        template = g["template"] if "template" in g.columns else g["group"]
        out[str(cat)] = {
            "examples": int(len(g)),
            "distinct_3grams_per_1000_tokens": round(1000 * len(trigrams) / max(1, n_tokens), 1),
            "near_duplicate_clusters": int(len(clusters)),
            "examples_in_multi_member_clusters": int(sum(n for n in clusters.values() if n > 1)),
            "largest_template_share": round(float(template.value_counts().iloc[0] / len(g)), 4),
        }
    return out


def currency_balance(df: pd.DataFrame) -> dict[str, dict[str, float]]:
    """For each currency mark: the share of scam and of legitimate texts that use it."""
    marks: dict[str, list[int]] = {}
    for text, label in zip(df["text"], df["label"], strict=True):
        for m in {x.lower() for x in _CURRENCY.findall(text)}:
            marks.setdefault(m, [0, 0])[int(label)] += 1
    n_pos, n_neg = int((df["label"] == 1).sum()), int((df["label"] == 0).sum())
    return {m: {"scam_share": c[1] / max(1, n_pos), "legit_share": c[0] / max(1, n_neg),
                "scam": c[1], "legit": c[0]} for m, c in sorted(marks.items())}


def adversarial_filter(texts: list[str], labels: np.ndarray, strata: list[str],
                       minimum: dict[str, int], target_auc: float = 0.6,
                       max_drop_share: float = 0.12, rounds: int = 6, seed: int = 0) -> np.ndarray:
    """Indices to keep after removing the examples that typography alone predicts best.

    AFLite-style (Le Bras et al., 2020): out-of-fold predictions of a typography-only model,
    then drop the most confidently *and correctly* predicted examples, equally from both
    classes, never taking a stratum below its minimum, until the out-of-fold ROC-AUC reaches
    ``target_auc`` or the drop budget is spent.
    """
    from threadpoolctl import threadpool_limits

    with threadpool_limits(1):  # see artefact_auc
        return _adversarial_filter(texts, labels, strata, minimum, target_auc, max_drop_share,
                                   rounds, seed)


def _adversarial_filter(texts: list[str], labels: np.ndarray, strata: list[str],
                        minimum: dict[str, int], target_auc: float, max_drop_share: float,
                        rounds: int, seed: int) -> np.ndarray:
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    X = typography_matrix(texts)
    keep = np.ones(len(texts), dtype=bool)
    budget = int(max_drop_share * len(texts))
    counts = Counter(strata)
    per_round = max(1, budget // rounds)
    for r in range(rounds):
        idx = np.flatnonzero(keep)
        cv = StratifiedKFold(5, shuffle=True, random_state=seed + r)
        p = cross_val_predict(HistGradientBoostingClassifier(max_iter=60, random_state=seed),
                              X[idx], labels[idx], cv=cv, method="predict_proba")[:, 1]
        if roc_auc_score(labels[idx], p) <= target_auc or budget <= 0:
            break
        confidence = np.where(labels[idx] == 1, p, 1 - p)
        dropped = 0
        for cls in (0, 1):
            order = [i for i in np.argsort(-confidence) if labels[idx[i]] == cls]
            for i in order[: per_round // 2 * 4]:
                j = idx[i]
                if dropped >= per_round or confidence[i] < 0.5:
                    break
                if counts[strata[j]] - 1 < minimum.get(strata[j], 0):
                    continue
                keep[j] = False
                counts[strata[j]] -= 1
                dropped += 1
                if dropped >= (per_round // 2) * (cls + 1):
                    break
        budget -= dropped
        if not dropped:
            break
    return np.flatnonzero(keep)
