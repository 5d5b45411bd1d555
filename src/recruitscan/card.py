"""Generating a model card (Markdown) from a model manifest."""

from __future__ import annotations

import math
from typing import Any


def _fmt(x: Any) -> str:
    if isinstance(x, float):
        return "n/a" if math.isnan(x) else f"{x:.3f}"
    return str(x)


def _table(rows: dict[str, dict[str, Any]], cols: tuple[str, ...]) -> str:
    head = "| group | " + " | ".join(cols) + " |\n|---|" + "---|" * len(cols) + "\n"
    return head + "".join(f"| {k} | " + " | ".join(_fmt(v.get(c)) for c in cols) + " |\n"
                          for k, v in rows.items())


def model_card(manifest: dict[str, Any]) -> str:
    m = manifest.get("metrics", {})
    test = m.get("test", {})
    cols = ("n", "positives", "precision", "recall", "fpr", "pr_auc", "brier")
    data = "\n".join(f"- `{d['path']}`: {d['rows']} rows, SHA-256 `{d['sha256'][:16]}…`"
                     for d in manifest.get("data", []))
    return f"""# Model card: {manifest.get('name', 'recruitscan model')}

## Intended use
Screening job ads and recruiter chat messages for signs of recruitment into online-scam
compounds (and, as a second kind, other job scams such as task scams and fee-only fake
overseas jobs), so that a person reviews what is flagged. It is a triage aid for moderators,
analysts and screeners, not a verdict on any person or employer.

## Output
`score`: {manifest.get('score')}. `flagged` when score ≥ {manifest.get('threshold', float('nan')):.4f}
({manifest.get('threshold_note', '')}). Risk bands: medium from
{manifest.get('bands', {}).get('medium', float('nan')):.4f}, high from
{manifest.get('bands', {}).get('high', float('nan')):.4f}. `category` says which kind of scam.

## Training data
{data or '- (none recorded)'}

The project corpus is **synthetic**: written for the project from templates and by hand,
grounded in the documented red flags (see its datasheet). Splits are by template group, so no
sibling of a test example was seen in training. Splits: {m.get('splits')}.

## Metrics on the held-out test split (synthetic corpus)
Overall: precision {_fmt(test.get('precision'))}, recall {_fmt(test.get('recall'))},
PR-AUC {_fmt(test.get('pr_auc'))}, ROC-AUC {_fmt(test.get('roc_auc'))}, Brier {_fmt(test.get('brier'))}
(n = {test.get('n')}).

### Per language
{_table(m.get('test_by_language', {}), cols)}
### Per category
{_table(m.get('test_by_category', {}), cols)}
Figures on real data (JobStreet ads, EMSCAD, Indonesian SMS) are in the evaluation report
(`recruitscan evaluate`), measured separately per source.

## Limitations and who it may over-flag
- Trained on synthetic text: figures on the corpus's own test split overstate performance on
  real ads, whose wording the templates cannot anticipate.
- It may over-flag legitimate overseas placements that promise paid tickets, genuine jobs in
  Cambodia, Thailand or the Philippines, and news or warnings that quote scam ads verbatim.
- Khmer, Burmese, Korean and Japanese have few training examples; Thai, Chinese and Khmer
  have no verbatim scam ads in the evidence catalogue. Texts in other languages or scripts are
  reported as `unsupported_language`, never as safe.
- Scammers adapt; indicator lexicons need updates as wording changes.
"""
