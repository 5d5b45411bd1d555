"""Write the analyst notebooks (outputs cleared) from the cell sources below.

    python notebooks/build_notebooks.py

Edit the cells here rather than in Jupyter, so the notebooks in the repository never carry
outputs; ``tests/test_notebooks.py`` runs them and checks that they are clean.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HERE = Path(__file__).resolve().parent

FIND_ROOT = '''\
from pathlib import Path

# The repository root: the first folder above the working directory holding pyproject.toml,
# so the notebook runs from notebooks/, from the root, or from a test runner.
ROOT = next(p for p in (Path.cwd(), *Path.cwd().parents) if (p / "pyproject.toml").is_file())
print("repository root:", ROOT)'''


def md(text: str) -> nbformat.NotebookNode:
    return new_markdown_cell(text.strip("\n"))


def code(text: str) -> nbformat.NotebookNode:
    return new_code_cell(text.strip("\n"))


# -- 01: screen and review -----------------------------------------------------------------

NB01 = [
    md("""
# 1 · Screen a batch of ads and review what was flagged

This notebook screens a batch of job ads with the bundled default recruitscan model, shows
what it flagged and **why** (every reason carries its evidence in the text), and summarises
the scores by source and language and the red flags that fired most.

Data: the demo ads in `datasets/demo/ads.csv` (**synthetic**, written for the project) and,
if the external data folder `../shared/data` is on this machine, a sample of real JobStreet
ads (Indonesia, Malaysia, Singapore). Sources are kept apart in a `source` column and never
pooled silently. Runs in well under a minute.
"""),
    code(FIND_ROOT),
    code("""
import json

import matplotlib.pyplot as plt
import pandas as pd

import recruitscan
from recruitscan.datasets import load_jobstreet, shared_data_dir

pd.set_option("display.max_colwidth", 120)
det = recruitscan.load()  # the bundled default model
print(f"model {det.manifest['name']}: flags at score >= {det.threshold:.3f}; "
      f"'medium' risk from {det.medium_threshold:.3f}")
"""),
    md("""
## The batch

Each row keeps its `source`. The demo ads' own `language` column is renamed `declared_language`:
screening adds the language recruitscan detects.
"""),
    code("""
JOBSTREET_SAMPLE = 300  # rows of real JobStreet ads to add when the external data is present

demo = pd.read_csv(ROOT / "datasets/demo/ads.csv", dtype={"id": str})
demo = demo.rename(columns={"language": "declared_language"}).assign(source="demo (synthetic)")
frames = [demo]
if shared_data_dir() is not None:
    jobstreet = load_jobstreet().sample(JOBSTREET_SAMPLE, random_state=0)
    frames.append(jobstreet[["id", "text", "country"]].assign(source="jobstreet (real)"))
else:
    print("external data not found (../shared/data): screening the demo ads only")
batch = pd.concat(frames, ignore_index=True)
batch.groupby("source").size().rename("rows").to_frame()
"""),
    code("""
screened = det.screen(batch, text_col="text")  # one row per input row, in order; never raises
screened["reasons"] = screened["reasons"].map(json.loads)  # a JSON list per row (as in files)
summary = screened.groupby("source").agg(
    rows=("score", "size"), flagged=("flagged", "sum"), flagged_share=("flagged", "mean"),
    median_score=("score", "median"))
summary.round(3)
"""),
    md("""
## What was flagged, and why

`reasons` lists the indicators (and wordings) that moved the score, strongest first, each with
the exact evidence span. Review these before acting on a flag: the model is a triage aid.
"""),
    code("""
def reason_text(reasons, n=4):
    \"\"\"The strongest ``n`` reasons as 'indicator: "evidence" (+weight)'.\"\"\"
    return "; ".join(f'{r["indicator"]}: "{r["evidence"]}" ({r["weight"]:+.2f})' for r in reasons[:n])

flagged = screened[screened["flagged"]].sort_values("score", ascending=False)
flagged.assign(top_reasons=flagged["reasons"].map(reason_text))[
    ["source", "id", "score", "category", "language", "top_reasons"]].head(15)
"""),
    code("""
# One flagged ad in full, with each reason's evidence located in the text.
row = flagged.iloc[0]
print(row["text"], "\\n")
for r in row["reasons"]:
    print(f'{r["weight"]:+.2f}  {r["indicator"]:<32} [{r["start"]}:{r["end"]}] {r["evidence"]!r}')
"""),
    md("""
## Score distribution by source and by language

Scores are calibrated probabilities. The dashed line is the operating threshold, the dotted
line where "medium" risk starts.
"""),
    code("""
fig, axes = plt.subplots(1, 2, figsize=(13, 4.5), layout="constrained")
ax = axes[0]
for source, part in screened.groupby("source"):
    ax.hist(part["score"], bins=20, range=(0, 1), alpha=0.6, label=f"{source} (n={len(part)})",
            density=True)
ax.set(xlabel="score", ylabel="density", title="Scores by source")
ax.legend(fontsize=8)

ax = axes[1]
langs = screened.groupby("language")["score"].median().sort_values().index.tolist()
ax.boxplot([screened.loc[screened["language"] == lang, "score"] for lang in langs])
ax.set_xticks(range(1, len(langs) + 1),
              [f"{lang}\\n{(screened['language'] == lang).sum()}" for lang in langs])
ax.set(xlabel="detected language (rows)", ylabel="score", title="Scores by detected language")
for a in axes:
    line = a.axvline if a is axes[0] else a.axhline
    line(det.threshold, color="black", ls="--", lw=1)
    line(det.medium_threshold, color="grey", ls=":", lw=1)
plt.show()
"""),
    md("""
## The indicators that fired most

Rows where each indicator moved the score, over all screened rows (`fired`) and over the
flagged ones (`in_flagged`); `mean_weight`
is the average contribution to the log-odds (negative: a legitimacy signal that lowered the
score). Wording features (`text.ngram`) are left out.
"""),
    code("""
reasons = (screened[["source", "flagged", "reasons"]].rename_axis("row").reset_index()
           .explode("reasons").dropna(subset=["reasons"]).reset_index(drop=True))
reasons = pd.concat([reasons.drop(columns="reasons"),
                     pd.json_normalize(reasons["reasons"].tolist())], axis=1)
# One line per (row, indicator): an indicator matching twice in one ad counts once.
reasons = reasons[reasons["indicator"] != "text.ngram"].drop_duplicates(["row", "indicator"])
indicator_table = (reasons.groupby("indicator")
                   .agg(fired=("row", "size"), in_flagged=("flagged", "sum"),
                        mean_weight=("weight", "mean"),
                        example=("evidence", "first"))
                   .sort_values("fired", ascending=False))
indicator_table.head(15).round(3)
"""),
    code("""
top = indicator_table.head(12).iloc[::-1]
fig, ax = plt.subplots(figsize=(8, 4.5), layout="constrained")
ax.barh(top.index, top["fired"], color="lightgrey", label="all screened rows")
ax.barh(top.index, top["in_flagged"], color="tab:red", label="flagged rows")
ax.set(xlabel="rows where the indicator moved the score", title="Indicators that fired most")
ax.legend()
plt.show()
"""),
    md("""
Next: `02_retrain_with_your_labels.ipynb` shows how to correct the model with your own labels.
"""),
]


# -- 02: retrain with your labels ----------------------------------------------------------

NB02 = [
    md("""
# 2 · Retrain recruitscan with your own labels

One round of the analyst loop:

1. see where the default model disagrees with **your** labels (false positives and negatives,
   with their reasons);
2. retrain on the project corpus plus your labelled rows (your rows get a group-aware split,
   so reposts of one ad never sit on both sides);
3. compare the old and new model side by side on a held-out part of your data and on the
   corpus test split;
4. save the new model directory (with its model card), add a correction (allow-list an
   employer you have verified), and screen with the new model;
5. ask which ads to label next.

The example labels in `datasets/analyst_example/labels.csv` are **synthetic** (written for the
project): an imagined NGO's review of Indonesian and English ads, with lure wording the
default model misses ("host live streaming di Dubai", "admin game online di Laos") and legitimate
overseas ads it over-flags. Replace `LABELS` with your own CSV (columns `id,text,label`, and
optionally `category`, `language`). Retraining takes about a minute on a laptop.

The new model is written to a **temporary directory** so the repository stays clean; set
`OUT_DIR` to keep it (a model directory is under 1 MB).
"""),
    code(FIND_ROOT),
    code("""
import json
import tempfile

import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import Image, Markdown, display

import recruitscan
from recruitscan.active import near_duplicate_groups, suggest_for_labelling
from recruitscan.corrections import Corrections
from recruitscan.crossval import cross_validate
from recruitscan.datasets import load_corpus, load_jobstreet, shared_data_dir
from recruitscan.evaluate import Source, evaluate
from recruitscan.train import fit_model_dir, frame_provenance, read_config, split_by_group

pd.set_option("display.max_colwidth", 110)
LABELS = ROOT / "datasets/analyst_example/labels.csv"   # your labelled CSV
WORK = Path(tempfile.mkdtemp(prefix="recruitscan-analyst-"))
OUT_DIR = WORK / "analyst-example"                       # e.g. ROOT / "models/analyst-example"
print("working directory for this run:", WORK)
"""),
    md("## Your labels and the corpus"),
    code("""
corpus = load_corpus(ROOT / "datasets/recruitscan-corpus")  # synthetic, with its own splits
analyst = pd.read_csv(LABELS, dtype={"id": str})
analyst = analyst.assign(source="analyst", origin="analyst")
print(f"corpus: {len(corpus)} rows; your labels: {len(analyst)} rows")
analyst.groupby(["category", "language"]).size().unstack(fill_value=0)
"""),
    md("""
## Where the default model disagrees with you

`screen` keeps your columns and adds the model's; the model's detected language and its
`category` guess are renamed so they do not overwrite your labels.
"""),
    code("""
old = recruitscan.load()

def screened_with(det, df):
    out = det.screen(df.rename(columns={"category": "label_category", "language": "label_language"}))
    out["reasons"] = out["reasons"].map(json.loads)  # a JSON list per row (as in files)
    return out.rename(columns={"category": "predicted_category", "language": "detected_language",
                               "label_category": "category", "label_language": "language"})

def reason_text(reasons, n=3):
    return "; ".join(f'{r["indicator"]}: "{r["evidence"]}" ({r["weight"]:+.2f})' for r in reasons[:n])

on_labels = screened_with(old, analyst)
pred = on_labels["flagged"].astype(int)
print(pd.crosstab(on_labels["label"].rename("your label"), pred.rename("default model flags")))
errors = on_labels[pred != on_labels["label"]].assign(
    error=lambda d: d["label"].map({0: "false positive", 1: "false negative"}),
    top_reasons=lambda d: d["reasons"].map(reason_text))
errors.groupby(["error", "category"]).size().rename("rows").to_frame()
"""),
    code("""
# The false positives: legitimate ads (by your review) the model flags, and the reasons it gives.
errors.loc[errors["error"] == "false positive", ["id", "score", "category", "text", "top_reasons"]
           ].sort_values("score", ascending=False).head(8)
"""),
    code("""
# The false negatives: scam recruitment the model lets through. Note the lure wording.
errors.loc[errors["error"] == "false negative", ["id", "score", "category", "text", "top_reasons"]
           ].sort_values("score").head(8)
"""),
    md("""
## A group-aware split of your rows

Scam ads are reposted with a new name or phone number. Rows whose character 5-grams overlap
strongly (Jaccard ≥ 0.5, transitively) form one group, and whole groups go to train,
calibration, validation or test. The test part is your **hold-out**: it is never trained on.
A larger test share than the corpus's (30 % instead of 20 %) keeps the hold-out meaningful
with ~120 rows; it is still small, so read its figures with their intervals.
"""),
    code("""
data_cfg, config, seed = read_config(ROOT / "models/configs/default.toml")  # the default model's settings
analyst["group"] = near_duplicate_groups(analyst["text"].tolist(), threshold=0.5, prefix="analyst")
analyst["split"] = split_by_group(analyst, seed, shares=(0.5, 0.1, 0.1, 0.3))
holdout = analyst[analyst["split"] == "test"]
HOLDOUT = WORK / "analyst_holdout.csv"
holdout.to_csv(HOLDOUT, index=False)
print(f"{analyst['group'].nunique()} groups among {len(analyst)} rows")
analyst.groupby("split").agg(rows=("label", "size"), scams=("label", "sum"), groups=("group", "nunique"))
"""),
    md("""
## Retrain: the corpus plus your rows

The corpus keeps its own split; your rows bring theirs. The settings are the default model's
(`models/configs/default.toml`), so any difference comes from your data.

A hundred rows among thousands of corpus rows barely move a model, so each of your *training*
rows is repeated `ANALYST_WEIGHT` times (your calibration, validation and hold-out rows are not:
the threshold is still chosen, and the model still judged, on each row once). On the example,
5 gave a clearly better hold-out than 1 at no cost on the corpus test split; set 1 to weigh
your rows like any other.
"""),
    code("""
ANALYST_WEIGHT = 5
extra = [analyst[analyst["split"] == "train"]] * (ANALYST_WEIGHT - 1)
training = pd.concat([corpus, analyst, *extra], ignore_index=True)
provenance = [d | ({"path": f"analyst labels (train rows x{ANALYST_WEIGHT})"} if d["path"] == "analyst" else {})
              for d in frame_provenance(pd.concat([corpus, analyst], ignore_index=True))]
new_dir, train_metrics = fit_model_dir(training, OUT_DIR, config, seed=seed, name="analyst-example",
                                       data=provenance, progress=print)
print("wrote", new_dir, "with", sorted(p.name for p in new_dir.iterdir()))
print("threshold:", train_metrics["threshold_note"])
"""),
    md("""
## Old against new, side by side

`evaluate` scores both models on the corpus test split and on your hold-out, each measured on
its own, and refuses to score any row a model was trained on (the default model records no
training rows, so for it that check is skipped with a warning). Read the corpus line with care:
the default model was trained on an earlier version of the corpus, so "old vs new" there mixes
the effect of your labels with corpus changes. Your hold-out is the line that answers "does the
model now agree with my review?"; with ~40 rows, differences of a few rows are noise. `compare(models, data)` returns
the same headline table in one call; `evaluate` also writes the report with its plots.
"""),
    code("""
# The corpus test split as loaded above (a snapshot: the same rows the new model did not train on).
CORPUS_TEST = WORK / "recruitscan-corpus-test.jsonl"
corpus.loc[corpus["split"] == "test", ["id", "text", "label", "category", "language", "group",
                                       "origin", "split"]].to_json(CORPUS_TEST, orient="records",
                                                                   lines=True, force_ascii=False)
models = [recruitscan.default_model_path(), new_dir]
result = evaluate(models, [str(CORPUS_TEST), str(HOLDOUT)], report=WORK / "report",
                  baselines=False)
table = result.table.replace({"model": {"default_model": "old (default)",
                                        "analyst-example": "new (+ your labels)"}})
table[["source", "model", "n", "positives", "threshold", "precision", "recall", "f1", "fpr",
       "pr_auc", "brier"]].sort_values(["source", "model"], ascending=[True, False]).round(3)
"""),
    code("""
# The report's plots: precision-recall and reliability per source (dots: operating points).
for png in sorted((WORK / "report").glob("*.png")):
    if png.name.startswith(("pr_", "reliability_")):
        display(Markdown(f"`{png.name}`"), Image(filename=str(png), width=520))
"""),
    code("""
# Which of your hold-out rows changed verdict.
new = recruitscan.load(new_dir)
before = screened_with(old, holdout)
after = screened_with(new, holdout)
changed = holdout.assign(old_score=before["score"], new_score=after["score"],
                         old_flag=before["flagged"], new_flag=after["flagged"])
changed = changed[changed["old_flag"] != changed["new_flag"]]
changed.assign(now=lambda d: (d["new_flag"].astype(int) == d["label"]).map(
    {True: "fixed", False: "broken"}))[["id", "label", "category", "old_score", "new_score", "now", "text"]]
"""),
    md("""
## A steadier estimate: cross-validation on all your rows

The hold-out is a few dozen rows, and a retrained model cannot be measured on the rows it
learned from. `cross_validate` measures the *recipe* instead: it trains it five times, each time
on the corpus and four fifths of your groups (training rows repeated `ANALYST_WEIGHT` times, as
above), and scores the fifth, so every row of yours gets a verdict from a model that never saw
its group. The recipe trained without your rows scores the same rows, and the difference comes
with a paired bootstrap interval. Six trainings: about a minute. From the command line:
`recruitscan cross-validate --config models/configs/default.toml --data labels.csv --repeat 5
--report DIR`.
"""),
    code("""
cv = cross_validate(Source.from_frame("your labels", analyst), corpus, config, folds=5,
                    seed=seed, repeat=ANALYST_WEIGHT, recipe="default recipe")
for name, d in cv.comparison.items():
    lo, hi = d["ci95"]
    print(f"with your rows minus without, {name}: {d['difference']:+.3f} [{lo:+.3f}, {hi:+.3f}]")
cv.table.round(3)
"""),
    md("""
## The model card

Saved with the model: data provenance (with hashes), threshold and how it was chosen, test
metrics per language and category, and limitations.
"""),
    code("""
display(Markdown((new_dir / "MODEL_CARD.md").read_text(encoding="utf-8").split("## Limitations")[0]))
"""),
    md("""
## A correction: allow-list an employer you have verified

The retrained model may still flag an employer you checked (licensed agency, known address).
An allow-list entry unflags texts naming it, **visibly**: the score stays as the model computed
it and the result carries a `correction.allow_listed_employer` reason with the matched text.
Corrections are saved as `corrections.json` in the model directory and loaded with it
(`recruitscan.load(dir)`); they can also be written from a `[corrections]` section of the
training config.
"""),
    code("""
ad = ("Loker kapal pesiar! PT Samudra Bahari Crew cari waiter, gaji USD 1.500 + tips, tiket "
      "ditanggung, langsung interview minggu ini. WA 0899-0012-3456")
before_fix = new.scan(ad)
Corrections(allow_employers=("Samudra Bahari Crew",)).save(new_dir / "corrections.json")
corrected = recruitscan.load(new_dir)  # picks up corrections.json
after_fix = corrected.scan(ad)
print(f"before: score {before_fix.score:.2f}, flagged {before_fix.flagged}")
print(f"after:  score {after_fix.score:.2f}, flagged {after_fix.flagged}, risk {after_fix.risk}")
for r in after_fix.reasons[:3]:
    print(f"  {r.indicator}: {r.message} [{r.evidence!r}]")
"""),
    md("## Screen with the new model"),
    code("""
demo = pd.read_csv(ROOT / "datasets/demo/ads.csv", dtype={"id": str}).rename(
    columns={"language": "declared_language"})
fresh = pd.DataFrame({"id": ["new-1", "new-2", "new-3"], "text": [
    "Dicari host live streaming, penempatan Dubai. Tinggal di apartemen tim, kirim foto ke @talent_baru",
    "Online game admin wanted in Vientiane, Laos. Young team, we train you. DM for details.",
    "Lowongan host live shopping untuk brand lokal di Bandung, gaji UMK + insentif, BPJS.",
]})
pool = pd.concat([demo.assign(source="demo"), fresh.assign(source="new ads")], ignore_index=True)
side = pool[["source", "id", "text"]].assign(old_score=old.screen(pool)["score"],
                                             new_score=corrected.screen(pool)["score"])
screened_new = corrected.screen(pool)
screened_new["reasons"] = screened_new["reasons"].map(json.loads)
side["new_flagged"] = screened_new["flagged"]
side["new_reasons"] = screened_new["reasons"].map(reason_text)
print("flagged: old", int((side["old_score"] >= old.threshold).sum()),
      "new", int(side["new_flagged"].sum()), "of", len(side))
side[side["source"] == "new ads"].round(3)
"""),
    code("""
fig, ax = plt.subplots(figsize=(5.5, 5), layout="constrained")
ax.scatter(side["old_score"], side["new_score"], c=side["new_flagged"].map({True: "tab:red", False: "tab:blue"}))
ax.plot([0, 1], [0, 1], color="grey", lw=1, ls="--")
ax.axvline(old.threshold, color="grey", lw=0.8, ls=":")
ax.axhline(corrected.threshold, color="black", lw=0.8, ls=":")
ax.set(xlabel="old score", ylabel="new score", title="Old vs new score (red: flagged by new)")
plt.show()
"""),
    md("""
## What to label next

`suggest_for_labelling` picks the ads the new model is least sure about (scores near its
threshold), spread over languages and over the red flag that drove each score, never two
near-copies, and never a near-copy of what you already labelled. The `why` column says why
each was picked.
"""),
    code("""
unlabelled = [pool[["id", "text", "source"]]]
if shared_data_dir() is not None:  # real JobStreet ads, when the external data is present
    unlabelled.append(load_jobstreet().sample(200, random_state=1)[["id", "text", "source"]])
unlabelled = pd.concat(unlabelled, ignore_index=True)
next_batch = suggest_for_labelling(corrected, unlabelled, k=10,
                                   already_labelled=analyst["text"].tolist())
next_batch[["rank", "source", "id", "score", "language", "top_indicator", "why", "text"]]
"""),
    md("""
Label these, append them to your CSV, and run this notebook again. Keep the model directory
(`OUT_DIR`) you are happy with and load it anywhere with `recruitscan.load(path)`, or from the
command line with `recruitscan screen ... --model path`.
"""),
]


def write(cells: list[nbformat.NotebookNode], name: str) -> Path:
    for i, cell in enumerate(cells):
        cell["id"] = f"{name[:2]}-{i:02d}"  # stable ids: rebuilding gives the same files
    nb = new_notebook(cells=cells, metadata={
        "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
        "language_info": {"name": "python"},
    })
    path = HERE / name
    nbformat.validate(nb)
    nbformat.write(nb, path)
    return path


def main() -> None:
    for cells, name in ((NB01, "01_screen_and_review.ipynb"),
                        (NB02, "02_retrain_with_your_labels.ipynb")):
        print("wrote", write(cells, name))


if __name__ == "__main__":
    main()
