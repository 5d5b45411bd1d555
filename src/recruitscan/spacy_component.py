"""recruitscan as a spaCy pipeline component.

    import spacy
    nlp = spacy.blank("id")            # any pipeline; recruitscan reads the raw text
    nlp.add_pipe("recruitscan")        # registered through the package's spaCy entry point
    doc = nlp("Loker CS Kamboja, gaji 15 juta, tiket gratis")
    doc._.recruitscan.flagged          # the ScanResult, as ``recruitscan.scan`` returns it
    doc.spans["recruitscan"]           # one span per reason with evidence, labelled by its id

``nlp.pipe`` scores a batch at once. recruitscan does its own normalisation and matching on
``doc.text``, so it works after any tokenizer; evidence offsets become spans with
``alignment_mode="expand"`` (a span covers every token the evidence touches).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from recruitscan.detector import Detector
from recruitscan.types import ScanResult

SPANS_KEY = "recruitscan"

if not Doc.has_extension("recruitscan"):
    Doc.set_extension("recruitscan", default=None)


class RecruitscanComponent:
    """Scores each Doc's text and stores the result and its evidence spans on the Doc."""

    def __init__(self, detector: Detector, threshold: float | None = None) -> None:
        self.detector = detector
        self.threshold = threshold

    def __call__(self, doc: Doc) -> Doc:
        return self._annotate(doc, self.detector.scan(doc.text, threshold=self.threshold))

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        batch: list[Doc] = []
        for doc in stream:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._annotate_batch(batch)
                batch = []
        if batch:
            yield from self._annotate_batch(batch)

    def _annotate_batch(self, docs: list[Doc]) -> Iterator[Doc]:
        results = self.detector.scan_many([d.text for d in docs], threshold=self.threshold)
        for doc, result in zip(docs, results, strict=True):
            yield self._annotate(doc, result)

    @staticmethod
    def _annotate(doc: Doc, result: ScanResult) -> Doc:
        doc._.recruitscan = result
        spans = [doc.char_span(r.start, r.end, label=r.indicator, alignment_mode="expand")
                 for r in result.reasons if r.end > r.start]
        doc.spans[SPANS_KEY] = [s for s in spans if s is not None]
        return doc


@Language.factory("recruitscan", default_config={"model": None, "threshold": None})
def make_recruitscan(nlp: Language, name: str, model: str | None,
                     threshold: float | None) -> RecruitscanComponent:
    """``model``: a model directory (the bundled default when None); ``threshold``: flag at
    this score instead of the model's operating threshold."""
    import recruitscan

    detector: Any = recruitscan.load(model)
    return RecruitscanComponent(detector, threshold)
