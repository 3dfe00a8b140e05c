"""The ``armstrace`` command: Typer + Rich over the services.

Messages and progress go to stderr; ``--json`` output alone goes to stdout, so other
tools can pipe it.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from armstrace.cli import render
from armstrace.model import ArmstraceError
from armstrace.services import predicting, querying
from armstrace.services.ingesting import ingest_paths

app = typer.Typer(
    name="armstrace",
    help="Read articles into an evidence-backed graph of arms transfers, ownership and sanctions.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console(width=None if sys.stdout.isatty() else 160)
err = Console(stderr=True)

T = TypeVar("T")

EXIT_SKIPPED = 3
"""Exit status when a run finished but skipped some inputs."""


class State:
    db: str | None = None


state = State()

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="Database file or URL (default: $ARMSTRACE_DB or ./armstrace.db)."),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON alone on stdout.")]


@app.callback()
def _root(db: DbOption = None) -> None:
    """armstrace: entities, sourced claims and sanctions exposure from the articles you read."""
    state.db = db


def _db(local: str | None) -> str | None:
    return local or state.db


def with_store(db: str | None, read: Callable[[Any], T]) -> T:
    """Run ``read`` on the chosen database; an ArmstraceError becomes a clear exit 2."""
    try:
        with querying.open_store(_db(db)) as store:
            return read(store)
    except ArmstraceError as exc:
        raise fail(exc) from exc


def fail(exc: ArmstraceError) -> typer.Exit:
    err.print(f"[red]error[/red] {exc}", highlight=False)
    return typer.Exit(2)


def _progress() -> Progress:
    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    )


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


@app.command()
def ingest(
    paths: Annotated[
        list[Path], typer.Argument(help="Files or folders (.html .txt .md .json ...).")
    ],
    db: DbOption = None,
) -> None:
    """Read articles and store their entities and claims (re-ingesting changes nothing)."""
    try:
        with querying.open_store(_db(db)) as store, _progress() as bar:
            task = bar.add_task("ingesting", total=None)

            def step(done: int, total: int) -> None:
                bar.update(task, completed=done, total=total)

            report = ingest_paths(store, paths, progress=step)
    except ArmstraceError as exc:
        raise fail(exc) from exc
    for skipped in report.skipped:
        err.print(f"[yellow]skipped[/yellow] {skipped.source}: {skipped.reason}", highlight=False)
    err.print(
        f"{len(report.added)} added, {len(report.duplicates)} already stored, "
        f"{len(report.skipped)} skipped; {report.claims} claims",
        highlight=False,
    )
    if report.skipped:
        raise typer.Exit(EXIT_SKIPPED)


@app.command()
def entities(
    type: Annotated[
        str | None,
        typer.Option(
            "--type", help="country, organization, person, weapon_system, goods or place."
        ),
    ] = None,
    name: Annotated[str | None, typer.Option("--name", help="Only names containing this.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many.")] = 100,
    offset: Annotated[int, typer.Option(help="Skip this many.")] = 0,
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """Resolved entities with their mention counts, most mentioned first."""
    page = with_store(
        db,
        lambda store: querying.entities_page(
            store, type=type, name=name, limit=limit, offset=offset
        ),
    )
    if as_json:
        print_json(page)
    else:
        out.print(render.entities_table(page["items"], page["total"]))


@app.command()
def claims(
    entity: Annotated[str | None, typer.Option("--entity", help="Name or id of an entity.")] = None,
    type: Annotated[
        str | None,
        typer.Option(
            "--type", help="transfer, production, development, ownership, sanction or component."
        ),
    ] = None,
    modality: Annotated[str | None, typer.Option(help="asserted, hedged or speculative.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many.")] = 100,
    offset: Annotated[int, typer.Option(help="Skip this many.")] = 0,
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """Claims with who says so, how firmly, and the sentence they come from."""
    page = with_store(
        db,
        lambda store: querying.claims_page(
            store, entity=entity, type=type, modality=modality, limit=limit, offset=offset
        ),
    )
    if as_json:
        print_json(page)
    else:
        out.print(render.claims_table(page["items"], page["total"]))


@app.command()
def transfers(
    entity: Annotated[str | None, typer.Option("--entity", help="Name or id of an entity.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many.")] = 200,
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """Transfer claims as a table: supplier, recipient, item, class, when, how many, sources."""
    page = with_store(
        db, lambda store: querying.claims_page(store, entity=entity, type="transfer", limit=limit)
    )
    if as_json:
        print_json(page)
    else:
        out.print(render.transfers_table(page["items"], page["total"]))


@app.command()
def show(
    name: Annotated[str, typer.Argument(help="A name, alias or id of an entity.")],
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """A dossier: names, claims by type with sources, modality, denials and evidence."""
    data = with_store(db, lambda store: querying.entity_dossier(store, name))
    if data is None:
        err.print(f"no entity called {name!r}", highlight=False, markup=False)
        raise typer.Exit(1)
    if as_json:
        print_json(data)
    else:
        out.print(render.dossier(data))


@app.command()
def stats(as_json: JsonOption = False, db: DbOption = None) -> None:
    """Counts of documents, entities, mentions and claims."""
    data = with_store(db, lambda store: querying.stats(store))
    if as_json:
        print_json(data)
        return
    table = Table(title="armstrace database", title_justify="left")
    table.add_column("what")
    table.add_column("count", justify="right")
    for key, value in data.items():
        table.add_row(key, str(value))
    out.print(table)


@app.command()
def predict(
    in_dir: Annotated[Path, typer.Argument(help="Folder of articles in the evaluation format.")],
    out_dir: Annotated[Path, typer.Argument(help="Folder for the prediction files.")],
    db: Annotated[
        str | None,
        typer.Option("--db", help="Use and fill this database instead of a fresh in-memory one."),
    ] = None,
) -> None:
    """Write one prediction file per article (the format of ../shared/eval/SCHEMA.md)."""
    try:
        with _progress() as bar:
            task = bar.add_task("predicting", total=None)
            report = predicting.predict(
                in_dir,
                out_dir,
                db=db,
                progress=lambda d, t: bar.update(task, completed=d, total=t),
            )
    except ArmstraceError as exc:
        raise fail(exc) from exc
    for skipped in report.skipped:
        err.print(f"[yellow]skipped[/yellow] {skipped.source}: {skipped.reason}", highlight=False)
    for warning in report.warnings:
        err.print(f"[yellow]warning[/yellow] {warning}", highlight=False)
    err.print(f"{len(report.written)} prediction files written to {out_dir}", highlight=False)
    if report.skipped:
        raise typer.Exit(EXIT_SKIPPED)


@app.command("eval")
def evaluate(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of gold-annotated articles.")],
    scorer: Annotated[
        Path | None, typer.Option(help="score.py to use (default: beside the gold folder).")
    ] = None,
    keep: Annotated[Path | None, typer.Option(help="Write the predictions here.")] = None,
    explain: Annotated[
        bool,
        typer.Option(
            "--explain", help="List, per article, missed and spurious claims and attribute errors."
        ),
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Predict on a gold folder and print the scorer's figures."""
    try:
        with _progress() as bar:
            task = bar.add_task("evaluating", total=None)
            table, pred_dir = predicting.evaluate(
                gold_dir,
                scorer=scorer,
                out_dir=keep,
                as_json=as_json,
                progress=lambda d, t: bar.update(task, completed=d, total=t),
            )
            if explain:
                explanation = predicting.explain(gold_dir, pred_dir, scorer=scorer)
    except ArmstraceError as exc:
        raise fail(exc) from exc
    if explain:
        sys.stdout.write(explanation)
    sys.stdout.write(table)


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    db: DbOption = None,
) -> None:
    """Serve the web workbench and the JSON API (/api/v1) over the database."""
    import uvicorn

    url = querying.database_url(_db(db))
    os.environ["ARMSTRACE_DB"] = url
    err.print(f"serving {url} on http://{host}:{port}/", highlight=False)
    uvicorn.run("armstrace.asgi:create_app", factory=True, host=host, port=port)


def main() -> None:
    app()


from armstrace.cli import screening as _screening  # noqa: E402

_screening.register(app)
