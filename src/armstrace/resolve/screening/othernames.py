"""The analyst-editable data beside the algorithm: other names and descriptor translations.

``data/other_names.csv`` gives names news uses for listed parties ("Almaz-Antey" for
"JOINT STOCK COMPANY AEROSPACE DEFENSE CONCERN ALMAZ-ANTEY"); a row applies to every entry,
in any list, that has ``listed_name`` among its names after normalisation.
``data/synonyms.csv`` maps transliterated descriptor words to the English the lists use.
Lines starting with ``#`` are comments. Analysts pass their own file with
``--other-names``; it adds to the shipped one.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from armstrace.model import ArmstraceError

__all__ = ["BAD_OTHER_NAMES", "OtherName", "load_other_names", "load_synonyms"]

BAD_OTHER_NAMES = "E520"


@dataclass(frozen=True, slots=True)
class OtherName:
    listed_name: str
    other_name: str
    note: str = ""


def _rows(text: str, where: str, columns: tuple[str, ...]) -> list[tuple[int, list[str]]]:
    lines = [
        (n, line)
        for n, line in enumerate(text.splitlines(), start=1)
        if line.strip() and not line.lstrip().startswith("#")
    ]
    if not lines:
        return []
    header = next(csv.reader([lines[0][1]]))
    if [h.strip() for h in header[: len(columns)]] != list(columns):
        raise ArmstraceError(
            BAD_OTHER_NAMES, f"{where}:{lines[0][0]}: header must start {','.join(columns)}"
        )
    out: list[tuple[int, list[str]]] = []
    for number, line in lines[1:]:
        try:
            row = next(csv.reader(io.StringIO(line)))
        except csv.Error as exc:
            raise ArmstraceError(BAD_OTHER_NAMES, f"{where}:{number}: {exc}") from None
        if len(row) < 2 or not row[0].strip() or not row[1].strip():
            raise ArmstraceError(
                BAD_OTHER_NAMES, f"{where}:{number}: needs {columns[0]} and {columns[1]}"
            )
        out.append((number, [c.strip() for c in row]))
    return out


def _shipped(name: str) -> str:
    return resources.files("armstrace.resolve.screening").joinpath("data", name).read_text("utf-8")


def load_other_names(extra: Path | None = None, shipped: bool = True) -> tuple[OtherName, ...]:
    """The shipped other-names table plus ``extra`` (an analyst's own file), if given."""
    sources: list[tuple[str, str]] = []
    if shipped:
        sources.append(("other_names.csv", _shipped("other_names.csv")))
    if extra is not None:
        try:
            sources.append((str(extra), extra.read_text("utf-8")))
        except OSError as exc:
            raise ArmstraceError(BAD_OTHER_NAMES, f"cannot read {extra}: {exc}") from None
    names: list[OtherName] = []
    for where, text in sources:
        for _, row in _rows(text, where, ("listed_name", "other_name")):
            names.append(OtherName(row[0], row[1], row[2] if len(row) > 2 else ""))
    return tuple(names)


def load_synonyms() -> dict[str, str]:
    """Descriptor translations, token to canonical token (both already normalised)."""
    return {
        row[0].casefold(): row[1].casefold()
        for _, row in _rows(_shipped("synonyms.csv"), "synonyms.csv", ("variant", "canonical"))
    }
