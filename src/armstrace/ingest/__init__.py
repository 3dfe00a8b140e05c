"""The ingest stage: files, folders, URLs, feeds and web archives in, ``Document`` out.

Every reader keeps provenance (``source_path``, ``url``, ``retrieved``) and gives the
same id to the same text, and bad input is reported (``ArmstraceError`` E100-E149,
or ``Skipped`` in a batch) instead of stopping a batch. See docs/INGEST.md.
"""

from __future__ import annotations

from armstrace.ingest.documents import document_from_text
from armstrace.ingest.feeds import FeedEntry, FeedResult, fetch_feed, parse_feed
from armstrace.ingest.fetch import fetch_url
from armstrace.ingest.files import read_file
from armstrace.ingest.hashing import content_hash
from armstrace.ingest.html import document_from_html
from armstrace.ingest.paths import read_paths

__all__ = [
    "FeedEntry",
    "FeedResult",
    "content_hash",
    "document_from_html",
    "document_from_text",
    "fetch_feed",
    "fetch_url",
    "parse_feed",
    "read_file",
    "read_paths",
]
