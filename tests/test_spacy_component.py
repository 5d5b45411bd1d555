"""recruitscan inside a spaCy pipeline gives the same verdict as recruitscan itself."""

from __future__ import annotations

import spacy

SCAM = "Loker CS Kamboja, gaji 15 juta, tiket gratis, berangkat minggu ini. Japri WA"


def test_component_matches_scan(det) -> None:
    nlp = spacy.blank("id")
    nlp.add_pipe("recruitscan")  # found through the package's spaCy entry point
    doc = nlp(SCAM)
    assert doc._.recruitscan == det.scan(SCAM)
    assert doc._.recruitscan.flagged
    labels = {s.label_ for s in doc.spans["recruitscan"]}
    assert labels == {r.indicator for r in doc._.recruitscan.reasons if r.end > r.start}
    for span in doc.spans["recruitscan"]:  # every span covers its reason's evidence
        assert any(span.start_char <= r.start and r.end <= span.end_char
                   for r in doc._.recruitscan.reasons if r.indicator == span.label_)


def test_pipe_scores_a_batch_like_single_docs(det) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("recruitscan", config={"threshold": 0.5})
    texts = [SCAM, "see you at lunch", "", "Hiring CSR in Cambodia, free ticket, DM me"]
    docs = list(nlp.pipe(texts, batch_size=2))
    assert [d._.recruitscan for d in docs] == list(det.scan_many(texts, threshold=0.5))
