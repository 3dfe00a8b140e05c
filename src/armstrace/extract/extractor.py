"""Extractor: documents in, mentions and claims out, streamed through spaCy."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language

from armstrace.extract.claims import find_claims
from armstrace.extract.gazetteer import Gazetteer, load_gazetteer
from armstrace.extract.learned import refine_claims
from armstrace.extract.mentions import build_mentions
from armstrace.extract.pipeline import load_pipeline
from armstrace.model import ArmstraceError, Document, ExtractedDoc

__all__ = ["Extractor"]


class Extractor:
    """Reads documents with one loaded pipeline; cheap to call many times.

    ``nlp`` defaults to :func:`load_pipeline` (built once per process); pass another
    pipeline built by :func:`armstrace.extract.pipeline.build_pipeline` to use other
    gazetteers.
    """

    def __init__(
        self,
        nlp: Language | None = None,
        *,
        batch_size: int = 16,
        gazetteer: Gazetteer | None = None,
    ) -> None:
        if batch_size < 1:
            raise ArmstraceError("E210", f"batch_size must be at least 1, got {batch_size}")
        self.nlp = nlp if nlp is not None else load_pipeline()
        self.batch_size = batch_size
        self.gazetteer = gazetteer if gazetteer is not None else load_gazetteer()

    def _checked(self, document: Document) -> str:
        if len(document.text) > self.nlp.max_length:
            raise ArmstraceError(
                "E212",
                f"document {document.external_id or document.id} has {len(document.text)} "
                f"characters, more than the pipeline reads at once ({self.nlp.max_length}); "
                "split it into parts",
            )
        return document.text

    def extract(self, docs: Iterable[Document]) -> Iterator[ExtractedDoc]:
        """One :class:`ExtractedDoc` per document, in input order."""
        pairs = ((self._checked(document), document) for document in docs)
        for doc, document in self.nlp.pipe(pairs, as_tuples=True, batch_size=self.batch_size):
            if doc.text != document.text:
                raise ArmstraceError(
                    "E211", f"the pipeline changed the text of document {document.id}"
                )
            mentions = build_mentions(doc, self.gazetteer)
            claims = find_claims(doc, mentions, document.published, document.publisher)
            # rules propose, the model trained on our own corpus decides and adds
            claims = refine_claims(doc, mentions, document.published, claims)
            yield ExtractedDoc(document=document, mentions=mentions, claims=tuple(claims))
