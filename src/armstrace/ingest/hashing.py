"""Content hashes: the same article text always gives the same document id.

Line endings are normalised and surrounding whitespace is ignored, so a file saved on
Windows and the same file saved on Linux are one document.
"""

from __future__ import annotations

import hashlib

__all__ = ["content_hash", "document_id", "normalise_newlines"]


def normalise_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` become ``\\n``; nothing else changes."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def content_hash(text: str) -> str:
    """Hex SHA-256 of ``text`` with normalised line endings and no surrounding whitespace."""
    return hashlib.sha256(normalise_newlines(text).strip().encode("utf-8")).hexdigest()


def document_id(digest: str) -> str:
    """The document id for a content hash: ``doc-`` and its first 16 hex digits."""
    return f"doc-{digest[:16]}"
