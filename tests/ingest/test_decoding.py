"""Decoding: UTF-8 (with or without BOM), UTF-16, legacy Western encodings, binary refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from armstrace.ingest import read_file
from armstrace.ingest.decoding import declared_charset, decode_bytes
from armstrace.model import ArmstraceError

ACCENTED = (
    "La délégation a visité l'usine de Genève où l'on fabrique des pièces détachées. "
    "Le directeur, très prudent, a refusé de préciser à quels clients étrangers "
    "les fraiseuses étaient livrées, et la Société a démenti toute exportation illégale.\n"
)


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_legacy_western_file_is_read_with_its_accents(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / f"legacy-{encoding}.txt"
    path.write_bytes(ACCENTED.encode(encoding))
    (document,) = read_file(path)
    assert document.text == ACCENTED


def test_cp1252_quotes_and_dashes(tmp_path: Path) -> None:
    text = (
        "The ministry said the “transfer” was legal — a claim critics dispute. "
        "Société Générale declined comment.\n"
    )
    path = tmp_path / "quotes.txt"
    path.write_bytes(text.encode("cp1252"))
    assert read_file(path)[0].text == text


def test_utf16_file_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes(ACCENTED.encode("utf-16"))
    assert read_file(path)[0].text == ACCENTED


def test_utf8_bom_is_removed() -> None:
    assert decode_bytes(b"\xef\xbb\xbfhello") == "hello"


def test_cyrillic_legacy_encoding_is_detected() -> None:
    text = "Министерство обороны сообщило о поставках беспилотников и снарядов в прошлом году.\n"
    assert decode_bytes(text.encode("cp1251")) == text


def test_declared_charset_is_used_when_it_decodes() -> None:
    text = "Завод получил новые станки."
    assert decode_bytes(text.encode("koi8_r"), declared="koi8-r") == text


def test_nul_bytes_mean_binary() -> None:
    with pytest.raises(ArmstraceError) as caught:
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert caught.value.code == "E105"
    assert "not a text file" in caught.value.message


def test_control_characters_mean_binary() -> None:
    with pytest.raises(ArmstraceError) as caught:
        decode_bytes(bytes(range(1, 32)) * 20)
    assert caught.value.code == "E105"


def test_broken_utf16_cannot_be_decoded() -> None:
    with pytest.raises(ArmstraceError) as caught:
        decode_bytes(b"\xff\xfeA\x00\x00\xd8")  # BOM, "A", then a lone surrogate half
    assert caught.value.code == "E106"
    assert "cannot detect encoding" in caught.value.message


def test_meta_charset_is_found() -> None:
    assert declared_charset(b'<html><head><meta charset="windows-1251">') == "cp1251"
    assert (
        declared_charset(b"<meta http-equiv=Content-Type content='text/html; charset=ISO-8859-1'>")
        == "iso8859-1"
    )
    assert declared_charset(b"<html><head><title>x</title>") is None
    assert declared_charset(b'<meta charset="no-such-charset">') is None


def test_fixture_files_in_legacy_encodings(fixtures: Path) -> None:
    (western,) = read_file(fixtures / "legacy_cp1252.txt")
    assert western.publisher == "Le Courrier du Léman"
    assert "l’usine où l’on fabrique des pièces détachées" in western.text
    assert "« aucune exportation illégale »" in western.text
    assert western.text.endswith("déclaré.\n")
    (wide,) = read_file(fixtures / "wide_utf16.txt")
    assert wide.text.startswith("Die Behörde prüft, ob Bauteile über Drittländer")
