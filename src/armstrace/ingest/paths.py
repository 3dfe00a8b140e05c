"""Reading a batch of files and folders, reporting bad inputs instead of stopping.

Folders are walked recursively in sorted order (so the same folder always gives the
same sequence), hidden files and folders (name starting with ".") are passed over,
as are files of unsupported types and symbolic links to folders (which could loop).
A file named explicitly is always read or reported, whatever its type. A file met
twice in one call (named and inside a named folder) is read once.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from armstrace.ingest import errors
from armstrace.ingest.files import DEFAULT_MAX_BYTES, file_format, iter_file
from armstrace.model import ArmstraceError, Document, Skipped

__all__ = ["read_paths"]


def read_paths(
    paths: Iterable[Path], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Document | Skipped]:
    """Documents from files and folders, with a ``Skipped`` for every bad input.

    Never raises for one bad file: a missing path, an unreadable, empty, binary,
    oversized or malformed file, or one bad line of a JSONL file each give a
    ``Skipped(source, reason)`` where ``reason`` starts with the error code.
    """
    seen: set[str] = set()
    for given in paths:
        path = Path(given)
        for file, skipped in _files(path):
            if skipped is not None:
                yield skipped
                continue
            key = _identity(file)
            if key in seen:
                continue
            seen.add(key)
            yield from _read_one(file, max_bytes)


def _files(path: Path) -> Iterator[tuple[Path, Skipped | None]]:
    """The files a given path stands for, or the reason it stands for none."""
    try:
        is_dir = path.is_dir()
        exists = is_dir or path.exists() or path.is_symlink()
    except OSError as exc:
        yield path, _skipped(str(path), errors.UNREADABLE, f"unreadable: {exc.strerror}")
        return
    if not exists:
        yield path, _skipped(str(path), errors.NO_SUCH_PATH, "no such file or folder")
        return
    if not is_dir:
        yield path, None
        return
    yield from _walk(path)


def _walk(folder: Path) -> Iterator[tuple[Path, Skipped | None]]:
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as exc:
        reason = f"unreadable folder: {exc.strerror}"
        yield folder, _skipped(str(folder), errors.UNREADABLE, reason)
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        child = folder / entry.name
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
            is_file = not is_dir and entry.is_file()
        except OSError:
            continue
        if is_dir:
            yield from _walk(child)
        elif is_file and file_format(child) is not None:
            yield child, None


def _read_one(file: Path, max_bytes: int) -> Iterator[Document | Skipped]:
    try:
        for item in iter_file(file, max_bytes=max_bytes):
            if isinstance(item, Document):
                yield item
            else:
                yield Skipped(item.source, f"[{item.error.code}] {item.error.message}")
    except ArmstraceError as exc:
        yield Skipped(str(file), f"[{exc.code}] {_without_prefix(exc.message, str(file))}")


def _identity(file: Path) -> str:
    try:
        return str(file.resolve())
    except OSError:
        return str(file)


def _without_prefix(message: str, label: str) -> str:
    return message.removeprefix(f"{label}: ")


def _skipped(source: str, code: str, message: str) -> Skipped:
    return Skipped(source, f"[{code}] {message}")
