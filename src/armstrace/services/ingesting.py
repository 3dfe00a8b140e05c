"""Ingest: read -> extract -> resolve -> store, one transaction per document.

Bad input never stops a batch: unreadable files come back from the reader as
``Skipped``, and a document whose extraction or storage fails is reported and skipped
while the others go on. Re-ingesting an article already stored changes nothing (the
content hash decides), so an interrupted run can simply be run again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from armstrace.extract import Extractor
from armstrace.ingest import read_paths
from armstrace.model import ArmstraceError, Document, ExtractedDoc, ResolvedDoc, Skipped
from armstrace.resolve import Resolver
from armstrace.services.assessing import after_ingest
from armstrace.services.screening import screen_entities
from armstrace.store import Store

__all__ = ["IngestReport", "Progress", "extract_resolved", "ingest_documents", "ingest_paths"]

Progress = Callable[[int, int], None]
"""Called with (documents done, documents to do) as a run advances."""

_CHUNK = 16


@dataclass
class IngestReport:
    """What one run did; ``skipped`` says which inputs were not stored and why."""

    added: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    claims: int = 0
    alerts: int = 0
    screened: int = 0
    entity_ids: set[str] = field(default_factory=set)

    @property
    def ok(self) -> bool:
        return not self.skipped


def ingest_paths(
    store: Store,
    paths: Sequence[Path],
    *,
    progress: Progress | None = None,
    extractor: Extractor | None = None,
) -> IngestReport:
    """Read files and folders and store what they say."""
    return ingest_documents(store, read_paths(paths), progress=progress, extractor=extractor)


def ingest_documents(
    store: Store,
    items: Iterable[Document | Skipped],
    *,
    progress: Progress | None = None,
    extractor: Extractor | None = None,
    assess: bool = True,
) -> IngestReport:
    """Store documents (and report ``Skipped`` inputs) without stopping on a bad one.

    ``assess=False`` leaves syndication and alerts to the next run (benchmarks use it
    to measure what the assess step costs).
    """
    report = IngestReport()
    todo: list[Document] = []
    seen: set[str] = set()
    for item in items:
        if isinstance(item, Skipped):
            report.skipped.append(item)
        elif item.content_hash in seen or store.has_document(item.content_hash):
            report.duplicates.append(item.source_path or item.id)
        else:
            seen.add(item.content_hash)
            todo.append(item)
    if progress:
        progress(0, len(todo))
    resolver = Resolver(store.directory())
    outcomes = extract_resolved(todo, resolver=resolver, extractor=extractor)
    for done, (doc, outcome) in enumerate(outcomes, 1):
        if isinstance(outcome, Skipped):
            report.skipped.append(outcome)
        else:
            try:
                if store.save(outcome):
                    report.added.append(doc.id)
                    report.claims += len(outcome.claims)
                    report.entity_ids.update(e.id for e in outcome.entities)
                else:
                    report.duplicates.append(doc.source_path or doc.id)
            except ArmstraceError as exc:
                report.skipped.append(Skipped(_where(doc), exc.message))
        if progress:
            progress(done, len(todo))
    if assess:
        report.alerts = after_ingest(store)
    if report.entity_ids:
        # every new or newly mentioned entity is screened against the loaded lists;
        # decisions an analyst made on earlier matches are kept
        report.screened = int(screen_entities(store, sorted(report.entity_ids))["screened"])
    return report


def extract_resolved(
    docs: Sequence[Document],
    *,
    resolver: Resolver,
    extractor: Extractor | None = None,
) -> Iterator[tuple[Document, ResolvedDoc | Skipped]]:
    """Extract and resolve in batches; a document that breaks the pipeline is isolated.

    A batch is run through ``nlp.pipe``; if anything in it raises, its documents are
    run one at a time so that only the culprit is skipped.
    """
    extractor = extractor or Extractor()
    for start in range(0, len(docs), _CHUNK):
        chunk = docs[start : start + _CHUNK]
        try:
            extracted: list[ExtractedDoc] | None = list(extractor.extract(chunk))
        except Exception:
            extracted = None
        if extracted is None:
            for doc in chunk:
                yield doc, _one(doc, resolver, extractor)
            continue
        for doc, ex in zip(chunk, extracted, strict=True):
            try:
                yield doc, resolver.resolve(ex)
            except Exception as exc:
                yield doc, Skipped(_where(doc), f"resolution failed: {exc!r}")


def _one(doc: Document, resolver: Resolver, extractor: Extractor) -> ResolvedDoc | Skipped:
    try:
        (ex,) = list(extractor.extract([doc]))
        return resolver.resolve(ex)
    except Exception as exc:
        return Skipped(_where(doc), f"extraction failed: {exc!r}")


def _where(doc: Document) -> str:
    return doc.source_path or doc.url or doc.external_id or doc.id
