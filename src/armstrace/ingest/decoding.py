"""Bytes to text: UTF-8 first, then a detected encoding; binary files are refused.

Old newsroom exports are often Windows-1252 or Latin-1 and some tools write UTF-16;
reading them as UTF-8 would corrupt names ("Société" becoming "SociÃ©tÃ©"), which
would then never match across documents. Detection is done by charset-normalizer;
among equally good guesses Windows-1252 wins, because it is by far the commonest
legacy encoding of the articles this tool reads.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from armstrace.ingest import errors

__all__ = ["declared_charset", "decode_bytes"]

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters other than tab, newline, vertical tab, form feed and carriage return.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_MAX_CONTROL_SHARE = 0.01
_PREFERRED = ("cp1252", "latin_1", "iso8859_15")
_TIE = 0.01
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Text of ``data``; raises ``ArmstraceError`` E105 (binary) or E106 (undecodable).

    ``declared`` is an encoding the container names (an HTTP or WARC content type, an
    HTML meta tag); it is used when the bytes decode with it.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(_strict(data, encoding))
    if b"\x00" in data:
        raise errors.ingest_error(errors.NOT_TEXT, "not a text file (binary content)")
    try:
        return _checked(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return _checked(data.decode(declared))
        except (UnicodeDecodeError, LookupError):
            pass
    return _checked(_detected(data))


def declared_charset(html: bytes) -> str | None:
    """The charset an HTML document declares in a ``<meta>`` tag near its top."""
    match = _META_CHARSET.search(html[:4096])
    if match is None:
        return None
    name = match.group(1).decode("ascii", "replace")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise errors.ingest_error(
            errors.UNDECODABLE, f"cannot detect encoding (invalid {encoding}: {exc.reason})"
        ) from exc


def _detected(data: bytes) -> str:
    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        raise errors.ingest_error(errors.UNDECODABLE, "cannot detect encoding")
    best = min(match.chaos for match in matches)
    good = [match for match in matches if match.chaos <= best + _TIE]
    chosen = next((m for m in good if m.encoding in _PREFERRED), good[0])
    return str(chosen)


def _checked(text: str) -> str:
    """Refuse text that is mostly control characters: that is binary data, not an article."""
    if text:
        controls = len(_CONTROL.findall(text))
        if controls and controls / len(text) > _MAX_CONTROL_SHARE:
            raise errors.ingest_error(errors.NOT_TEXT, "not a text file (control characters)")
    return text.removeprefix("\ufeff")
