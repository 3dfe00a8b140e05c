"""The command line as installed: the CLI face plus the commands of the export face.

Faces never import each other, so the ``armstrace export`` and ``armstrace import``
commands, which belong to the export face, are joined to the CLI's Typer app here, in
a composition root above both (like ``armstrace.asgi`` for the web and the API).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from armstrace.cli import app
from armstrace.cli.app import DbOption, JsonOption, err, fail, print_json, with_store
from armstrace.export.ftm import export_ftm, import_ftm
from armstrace.model import ArmstraceError

__all__ = ["app", "main"]

FORMATS = ("ftm",)


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise fail(ArmstraceError("E040", f"unknown format {fmt!r}; one of: {', '.join(FORMATS)}"))


@app.command("export")
def export_command(
    out: Annotated[
        Path,
        typer.Argument(
            help="File to write (FtM JSON lines); a sidecar "
            "with what FtM cannot hold is written beside it."
        ),
    ],
    format: Annotated[str, typer.Option("--format", help="Only 'ftm' (FollowTheMoney).")] = "ftm",
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """Write the graph as FollowTheMoney entities (for Aleph and the OpenSanctions tools)."""
    _check_format(format)
    counts = with_store(db, lambda store: export_ftm(store, out))
    if as_json:
        print_json(counts)
    else:
        err.print(
            f"wrote {sum(counts.values())} entities to {out}: "
            + ", ".join(f"{n} {k}" for k, n in sorted(counts.items())),
            highlight=False,
        )


@app.command("import")
def import_command(
    file: Annotated[Path, typer.Argument(help="An armstrace FtM export (its sidecar beside it).")],
    format: Annotated[str, typer.Option("--format", help="Only 'ftm' (FollowTheMoney).")] = "ftm",
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """Read an FtM export back into the database without loss (using its sidecar)."""
    _check_format(format)
    counts = with_store(db, lambda store: import_ftm(store, file))
    if as_json:
        print_json(counts)
    else:
        err.print(", ".join(f"{n} {k}" for k, n in sorted(counts.items())), highlight=False)


def main() -> None:
    app()
