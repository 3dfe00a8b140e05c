"""The error codes of the ingest stage (E100–E149), in one place.

Each code names one thing a user can fix about an input ("the file is empty", "the
host is private"), so a message can be searched for and documented in docs/INGEST.md.
"""

from __future__ import annotations

from armstrace.model import ArmstraceError

__all__ = [
    "ADDRESS_REFUSED",
    "BAD_JSON",
    "BAD_URL",
    "BAD_WARC",
    "EMPTY",
    "HTTP_STATUS",
    "JSON_BAD_FIELD",
    "JSON_NO_TEXT",
    "NETWORK",
    "NOT_A_FEED",
    "NOT_A_FILE",
    "NOT_TEXT",
    "NO_ARTICLE_TEXT",
    "NO_SUCH_PATH",
    "TIMEOUT",
    "TOO_LARGE",
    "TOO_MANY_REDIRECTS",
    "UNDECODABLE",
    "UNREADABLE",
    "UNRESOLVABLE_HOST",
    "UNSUPPORTED_CONTENT",
    "UNSUPPORTED_FORMAT",
    "WARC_NO_DOCUMENTS",
    "ingest_error",
]

# Files and folders
NO_SUCH_PATH = "E100"
NOT_A_FILE = "E101"
UNREADABLE = "E102"
TOO_LARGE = "E103"
EMPTY = "E104"
NOT_TEXT = "E105"
UNDECODABLE = "E106"
UNSUPPORTED_FORMAT = "E107"
# Content
NO_ARTICLE_TEXT = "E110"
BAD_JSON = "E111"
JSON_NO_TEXT = "E112"
JSON_BAD_FIELD = "E113"
BAD_WARC = "E115"
WARC_NO_DOCUMENTS = "E116"
# Network
BAD_URL = "E120"
ADDRESS_REFUSED = "E121"
UNRESOLVABLE_HOST = "E122"
TOO_MANY_REDIRECTS = "E123"
HTTP_STATUS = "E124"
UNSUPPORTED_CONTENT = "E125"
TIMEOUT = "E126"
NETWORK = "E127"
# Feeds
NOT_A_FEED = "E130"


def ingest_error(code: str, message: str, source: str | None = None) -> ArmstraceError:
    """An ``ArmstraceError`` whose message starts with the input it is about."""
    return ArmstraceError(code, f"{source}: {message}" if source else message)
