"""The ``armstrace`` command."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="armstrace",
    help="Read articles into an evidence-backed graph of arms transfers, ownership and sanctions.",
    no_args_is_help=True,
    add_completion=False,
)


@app.callback()
def _root() -> None:
    """armstrace: entities, sourced claims and sanctions exposure from the articles you read."""


def main() -> None:
    app()
