"""Generating a model card (Markdown) from a model manifest."""

from __future__ import annotations

import math
import textwrap
from typing import Any


def _fmt(x: Any) -> str:
    if isinstance(x, float):
        return "n/a" if math.isnan(x) else f"{x:.3f}"
    return str(x)


def _cell(row: dict[str, Any], col: str) -> str:
    """A rate with its Wilson 95% interval when it rests on fewer than 100 rows."""
    ci = row.get(f"{col}_ci95")
    small = (row.get("positives") if col == "recall" else row.get("negatives") or 0) or 0
    if ci and 0 < small < 100:
        return f"{_fmt(row.get(col))} [{ci[0]:.2f}–{ci[1]:.2f}]"
    return _fmt(row.get(col))


def _table(rows: dict[str, dict[str, Any]], cols: tuple[str, ...]) -> str:
    head = "| group | " + " | ".join(cols) + " |\n|---|" + "---|" * len(cols) + "\n"
    return head + "".join(f"| {k} | " + " | ".join(_cell(v, c) for c in cols) + " |\n"
                          for k, v in rows.items())


def _share(rate: Any) -> str:
    """A rate as a percentage, with a decimal where a whole one would read 0% or 100%."""
    rate = float(rate)
    whole = f"{rate:.0%}"
    return f"{rate:.1%}" if whole in ("0%", "100%") and 0 < rate < 1 else whole


# Why a training-copy rate that is set made no copy: said in the training log and the card.
NO_COPY_REASONS = {
    "preamble": "the training rows hold no ordinary text to pad with (a legit_job or other_text "
                "row in which no indicator fires), or too few rows for that rate to give one",
    "disclaimer": "the training rows hold no legitimate job ad (legit_job, legit_overseas or "
                  "legit_local_hotspot) with a line on which a warning word fires, or too few "
                  "scams for that rate to give one",
    "unaccented": "the training rows hold no text with diacritics in a language often typed "
                  "without them (Vietnamese), or too few for that rate to give one",
}


def _copies(config: dict[str, Any], copies: dict[str, Any] | None, kind: str, what: str) -> str:
    """The sentence on the training copies of ``kind`` (``preamble``, ``disclaimer`` or
    ``unaccented``), or none when its rate is off. ``copies`` is what training recorded
    (absent in older models): a rate that made no copy is said to have made none."""
    if not config.get(f"{kind}_rate"):
        return ""
    made = (copies or {}).get(f"{kind}_copies")
    if made == 0:
        return (f" {kind}_rate was {config[f'{kind}_rate']}, but no copy was made: "
                f"{NO_COPY_REASONS[kind]}.")
    if isinstance(made, int):
        what = f"{what.removesuffix('.')} ({made:,} copies)."
    return f" Fitted with copies {what}"


def _model_section(config: dict[str, Any], copies: dict[str, Any] | None = None) -> str:
    if not config:
        return "(configuration not recorded)"
    text = ""
    if config.get("use_text", True):
        text = (f"character {config.get('char_min')}–{config.get('char_max')}-grams of each "
                f"space-padded word of the normalised, de-obfuscated text, hashed into "
                f"{config.get('n_features'):,} columns, weighted by idf and divided by the "
                + ("L2 norm of the text's n-gram counts" if config.get("repeat_norm")
                   else "square root of the text's n-gram count")
                + (f" (at least the square root of {config['short_text_ngrams']})"
                   if config.get("short_text_ngrams") else "")
                + (", which is the square root of its n-gram count when no n-gram repeats, so that a "
                   "text repeated has the features of the text once" if config.get("repeat_norm")
                   else "") + "; ")
        if config.get("word_weight"):
            text += ("its word tokens (two or more word characters, outside the scripts "
                     "written without spaces"
                     + (", and every two neighbouring Chinese or Japanese characters"
                        if config.get("cjk_bigrams") else "")
                     + f"), hashed into {config.get('n_features'):,} more "
                     "columns, tf-idf weighted (1 + log count) and divided by the text's norm "
                     f"(at least {config.get('word_norm_floor')}), times "
                     f"{config['word_weight']}; ")
        text += "plus "
    summaries = config.get("summaries")
    return (f"Features: {text}one column per red-flag indicator (value "
            f"{config.get('indicator_scale')}) and summaries of the indicators (summary set "
            f"{summaries}"
            + (": among them the share of the red-flag weight inside quotation marks"
               if isinstance(summaries, int) and summaries >= 3 else "")
            + f"). Classifier: logistic regression (C = {config.get('C')}, "
            "balanced classes"
            + ("; indicator weights keep the catalogue's sign" if config.get("signed") else "")
            + "), " + _calibration(config) + "; the threshold is chosen on the validation "
            "split."
            + (f" A text's log-odds is the highest of the whole text's and those of its "
               f"windows of about {config['window_chars']} characters."
               if config.get("window_chars") else "")
            + _copies(config, copies, "preamble",
                      f"of {_share(config.get('preamble_rate'))} of the training rows behind at "
                      f"least {config.get('preamble_chars')} characters of ordinary text.")
            + _copies(config, copies, "disclaimer",
                      f"of {_share(config.get('disclaimer_rate'))} of the training scams, each "
                      "carrying a line of a legitimate training ad's anti-fraud boilerplate on "
                      "which a warning word fires, so that a copied disclaimer does not hide a "
                      "lure.")
            + _copies(config, copies, "unaccented",
                      f"of {_share(config.get('unaccented_rate'))} of the Vietnamese training "
                      "rows typed without diacritics, as such text is often typed.")
            + " Category: a second logistic "
            f"regression (C = {config.get('category_C')}) on the same features, trained on "
            "the scams only. Reasons are the indicator hits, each with its whole effect on the "
            "log-odds (its own column and its share of the summaries), and the words whose "
            "n-grams and tokens added most, from the same arithmetic as the score.")


def _cross_fitted(config: dict[str, Any]) -> bool:
    """Whether a saved configuration fitted the sigmoid out of fold on every row learnt from."""
    from recruitscan.model import saved_calibration

    return saved_calibration(config) == "cross_fitted"


def _calibration(config: dict[str, Any]) -> str:
    """How the classifier was fitted and calibrated."""
    from recruitscan.model import CALIBRATION_FOLDS

    if _cross_fitted(config):
        return ("fitted on the train and calibration splits and calibrated with a sigmoid on "
                f"their out-of-fold decisions ({CALIBRATION_FOLDS} folds by group)")
    return "fitted on the train split and calibrated with a sigmoid on the calibration split"


def _prevalence(manifest: dict[str, Any]) -> str:
    """What the score means at the calibration split's share of scams, and at a rarer one."""
    share = manifest.get("metrics", {}).get("calibration_scam_share")
    if share is None:
        return ""
    from recruitscan.prevalence import at_prevalence

    threshold = float(manifest.get("threshold", 0.5))
    return "\n" + textwrap.fill(
        f"The score is calibrated on {_calibrated_on(manifest.get('config', {}))}, where "
        f"{share:.0%} of the texts are "
        "scams: it is the probability of a scam at that share. Where scams are rarer, the same "
        "score means less: where they are 1% of the texts, the threshold's score "
        f"{threshold:.3f} means {at_prevalence(threshold, 0.01, share):.3f} and 0.99 means "
        f"{at_prevalence(0.99, 0.01, share):.3f} "
        "(`Detector.at_prevalence`; the ranking, and so the decisions, stay the same).",
        width=94) + "\n"


def _calibrated_on(config: dict[str, Any]) -> str:
    """The rows the sigmoid was fitted on."""
    if _cross_fitted(config):
        return "the train and calibration splits (out of fold)"
    return "the calibration split"


def _long_texts(config: dict[str, Any]) -> str:
    """The limitation bullet on long texts, for a model with or without windows."""
    return textwrap.fill(_long_texts_text(config), width=94, initial_indent="- ",
                         subsequent_indent="  ")


def _long_texts_text(config: dict[str, Any]) -> str:
    if config.get("window_chars"):
        return ("It scores long posts window by window, so a lure inside one is not diluted by "
                "the text around it; but a window of a long legitimate ad is read like the "
                "short training texts, and its wording alone can flag it. The evaluation "
                "report's robustness table and its real sources measure both.")
    return ("It may under-flag a lure inside a long post: the n-grams are averaged over the "
            "whole text, so ordinary text before a lure (a company profile, boilerplate) "
            "dilutes them, and only the red flags keep their weight. Training texts are short "
            "(median about 160 characters). The evaluation report's robustness table measures "
            "it (`behind_<n>_chars`); `window_chars` in the training config scores windows.")


def _worst_negatives(by_category: dict[str, dict[str, Any]]) -> str:
    rows = sorted(((v.get("fpr") or 0.0, k, v) for k, v in by_category.items()
                   if not v.get("positives") and v.get("negatives")), reverse=True)
    return "; ".join(f"{k} {_fmt(fpr)} ({v.get('fp')} of {v.get('negatives')})"
                     for fpr, k, v in rows if fpr > 0) or "none above zero"


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
{manifest.get('bands', {}).get('high', float('nan')):.4f}. `category` is the most probable of legit (1 − score),
compound recruitment and other job scam (the score split by a second model); a flagged text
always gets a scam kind, and a text whose category was not judged (empty, or unflagged in a
language the model does not cover) is `unassessed`.
{_prevalence(manifest)}
## Model
{_model_section(manifest.get('config', {}), m.get('augmented_copies'))}

## Training data
{data or '- (none recorded)'}

The project corpus is **synthetic**: written for the project from templates and by hand,
grounded in the documented red flags (see its datasheet). Splits are by template group, so no
sibling of a test example was seen in training. Splits: {m.get('splits')}.

## Metrics on the held-out test split (synthetic corpus)
Overall: precision {_fmt(test.get('precision'))}, recall {_fmt(test.get('recall'))},
PR-AUC {_fmt(test.get('pr_auc'))}, ROC-AUC {_fmt(test.get('roc_auc'))}, Brier {_fmt(test.get('brier'))}
(n = {test.get('n')}).

Rates resting on fewer than 100 rows carry their Wilson 95% interval in brackets.

### Per language
{_table(m.get('test_by_language', {}), cols)}
### Per language, compound recruitment against legitimate text (other job scams left out)
{_table(m.get('test_compound_by_language', {}), cols)}
### Per category
{_table(m.get('test_by_category', {}), cols)}
Figures on real data (JobStreet ads, EMSCAD, Indonesian SMS) are in the evaluation report
(`recruitscan evaluate`), measured separately per source.

## Limitations and who it may over-flag
- Trained on synthetic text: figures on the corpus's own test split overstate performance on
  real ads, whose wording the templates cannot anticipate.
- It may over-flag legitimate overseas placements that promise paid tickets, genuine jobs in
  Cambodia, Thailand or the Philippines, and news or warnings that quote scam ads verbatim.
  False-positive rates by kind of legitimate text in the test split:
  {_worst_negatives(m.get('test_by_category', {}))}.
- Character n-grams and words weigh in beside the red flags, so short everyday chat whose
  register resembles recruiter chat can be flagged on its wording alone, with no red flag;
  check the reasons.
{_long_texts(manifest.get('config', {}))}
- Khmer, Burmese, Korean and Japanese have few training examples; Thai, Khmer and Burmese
  have no verbatim scam ads in the evidence catalogue. Texts in other languages or scripts are
  reported as `unsupported_language`, never as safe, except a short text in another
  Latin-script language that shares a word with a covered one or has too few words to place:
  it is scored as if covered.
- Scammers adapt; indicator lexicons need updates as wording changes.
"""
