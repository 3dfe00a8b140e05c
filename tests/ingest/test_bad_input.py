"""Bad input: each a clear error from read_file and a Skipped from read_paths."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from armstrace.ingest import read_file, read_paths
from armstrace.model import ArmstraceError, Document, Skipped

GOOD = "The port reopened after the storm, the harbour master said.\n"


def _bad_files(tmp: Path) -> dict[str, tuple[Path, str]]:
    """Each kind of bad input, with the code it must give."""
    files: dict[str, tuple[Path, str]] = {}

    def add(name: str, content: bytes, code: str) -> None:
        path = tmp / name
        path.write_bytes(content)
        files[name] = (path, code)

    add("binary.txt", b"\x7fELF\x02\x01\x01\x00\x00\x00\x00" + bytes(range(256)), "E105")
    add("image.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "E105")
    add("empty.txt", b"", "E104")
    add("spaces.md", b" \n\t\r\n  ", "E104")
    add("undecodable.txt", b"\xff\xfeO\x00K\x00\x00\xdc", "E106")
    add("nav.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "E110")
    add("broken.json", b'{"id": "x", "text": "cut off', "E111")
    add("notext.json", b'{"id": "x", "meta": {"title": "No body"}}', "E112")
    add("slides.pptx", b"PK\x03\x04", "E107")
    return files


@pytest.mark.parametrize(
    "name",
    [
        "binary.txt",
        "image.html",
        "empty.txt",
        "spaces.md",
        "undecodable.txt",
        "nav.html",
        "broken.json",
        "notext.json",
        "slides.pptx",
    ],
)
def test_read_file_raises_a_clear_error(tmp_path: Path, name: str) -> None:
    path, code = _bad_files(tmp_path)[name]
    with pytest.raises(ArmstraceError) as caught:
        read_file(path)
    assert caught.value.code == code
    assert caught.value.message.startswith(f"{path}: ")


def test_read_paths_reports_every_bad_file_and_keeps_the_good(tmp_path: Path) -> None:
    bad = _bad_files(tmp_path)
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    inputs = [path for path, _ in bad.values()]
    items = list(read_paths([*inputs[:4], good, *inputs[4:], tmp_path / "missing.md"]))
    documents = [item for item in items if isinstance(item, Document)]
    skipped = {item.source: item.reason for item in items if isinstance(item, Skipped)}
    assert [document.text for document in documents] == [GOOD]
    for path, code in bad.values():
        assert skipped[str(path)].startswith(f"[{code}] ")
        assert str(path) not in skipped[str(path)]  # the source is not repeated in the reason
    assert skipped[str(tmp_path / "missing.md")].startswith("[E100]")


def test_size_is_checked_before_reading(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as stream:
        stream.truncate(50 * 1024**3)  # sparse: reading it would take minutes and 50 GiB
    with pytest.raises(ArmstraceError) as caught:
        read_file(huge)
    assert caught.value.code == "E103"
    assert "too large" in caught.value.message


def test_max_bytes_is_respected_for_every_format(tmp_path: Path) -> None:
    path = tmp_path / "small.txt"
    path.write_text(GOOD, encoding="utf-8")
    (skipped,) = list(read_paths([path], max_bytes=10))
    assert isinstance(skipped, Skipped)
    assert skipped.reason.startswith("[E103]")
    assert read_file(path, max_bytes=len(GOOD))[0].text == GOOD


def test_fifo_is_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)  # opening it for reading would block forever
    with pytest.raises(ArmstraceError) as caught:
        read_file(fifo)
    assert caught.value.code == "E101"


def test_folder_given_to_read_file(tmp_path: Path) -> None:
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    with pytest.raises(ArmstraceError) as caught:
        read_file(folder)
    assert caught.value.code == "E101"


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ArmstraceError) as caught:
        read_file(tmp_path / "absent.txt")
    assert caught.value.code == "E100"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file_by_permissions(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(GOOD, encoding="utf-8")
    path.chmod(0)
    (skipped,) = list(read_paths([path]))
    assert isinstance(skipped, Skipped)
    assert skipped.reason.startswith("[E102] unreadable")


def test_unreadable_file_when_open_is_denied(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same path as above for when tests run as root: the OS refusal is simulated."""
    path = tmp_path / "secret.txt"
    path.write_text(GOOD, encoding="utf-8")
    real_open = Path.open

    def denied(self: Path, *args: object, **kwargs: object) -> object:
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", denied)
    with pytest.raises(ArmstraceError) as caught:
        read_file(path)
    assert caught.value.code == "E102"
    assert "permission denied" in caught.value.message
