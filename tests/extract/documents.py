"""Building Documents for the extract tests."""

from __future__ import annotations

import hashlib

from armstrace.model import Document


def make_document(text: str, doc_id: str = "doc") -> Document:
    """A Document built the way ingest builds one (id from the content hash)."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Document(id=f"{doc_id}-{digest[:8]}", text=text, content_hash=digest)
