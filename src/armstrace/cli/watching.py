"""Watchlists, alerts and feeds: `armstrace watch`, `armstrace alerts`, `armstrace feeds`."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from armstrace.cli.app import DbOption, JsonOption, app, err, out, print_json, with_store
from armstrace.services import assessing, feeds

__all__ = ["feeds_app", "watch_app"]

watch_app = typer.Typer(
    help="Entities to watch: new claims and status changes become alerts.", no_args_is_help=True
)
feeds_app = typer.Typer(help="News feeds to poll for new articles.", no_args_is_help=True)
app.add_typer(watch_app, name="watch")
app.add_typer(feeds_app, name="feeds")


@watch_app.command("add")
def watch_add(
    name: Annotated[str, typer.Argument(help="A name or alias of an entity.")],
    db: DbOption = None,
) -> None:
    """Watch an entity: new claims about it and changes of their status make alerts."""
    added = with_store(db, lambda store: assessing.watch_add(store, name))
    err.print(("watching " if added else "already watching ") + repr(name), markup=False)


@watch_app.command("remove")
def watch_remove(name: Annotated[str, typer.Argument()], db: DbOption = None) -> None:
    """Stop watching an entity."""
    removed = with_store(db, lambda store: assessing.watch_remove(store, name))
    if not removed:
        err.print(f"not watching {name!r}", markup=False)
        raise typer.Exit(1)


@watch_app.command("list")
def watch_list(as_json: JsonOption = False, db: DbOption = None) -> None:
    """The watchlist, with the entities each name matches now."""
    items = with_store(db, lambda store: assessing.watch_list(store))
    if as_json:
        print_json({"items": items, "total": len(items)})
        return
    table = Table(title="Watchlist", title_justify="left")
    table.add_column("name")
    table.add_column("entities")
    for w in items:
        table.add_row(Text(w["name"]), Text(", ".join(w["entities"]) or "(none yet)"))
    out.print(table)


@app.command()
def alerts(
    unseen: Annotated[bool, typer.Option("--unseen", help="Only alerts not seen yet.")] = False,
    mark_seen: Annotated[bool, typer.Option("--mark-seen", help="Mark them seen.")] = False,
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """New claims about watched entities, and status changes (e.g. a denial arriving)."""
    items = with_store(
        db, lambda store: assessing.alerts(store, unseen_only=unseen, mark_seen=mark_seen)
    )
    if as_json:
        print_json({"items": items, "total": len(items)})
        return
    table = Table(title=f"Alerts ({len(items)})", title_justify="left")
    for col in ("when", "kind", "watch", "message"):
        table.add_column(col, overflow="fold")
    for a in items:
        table.add_row(a["created"][:19], a["kind"], Text(a["watch"] or ""), Text(a["message"]))
    out.print(table)


@feeds_app.command("add")
def feeds_add(
    url: Annotated[str, typer.Argument(help="RSS or Atom feed URL.")], db: DbOption = None
) -> None:
    """Subscribe to a feed."""
    added = with_store(db, lambda store: feeds.feeds_add(store, url))
    err.print(("added " if added else "already there: ") + url, markup=False)


@feeds_app.command("list")
def feeds_list(as_json: JsonOption = False, db: DbOption = None) -> None:
    """Feeds with when they were last polled and any failures."""
    items = with_store(db, lambda store: feeds.feeds_list(store))
    if as_json:
        print_json({"items": items, "total": len(items)})
        return
    table = Table(title="Feeds", title_justify="left")
    for col in ("url", "last polled", "failures", "last error"):
        table.add_column(col, overflow="fold")
    for f in items:
        table.add_row(
            Text(f["url"]),
            f["last_polled"] or "never",
            str(f["failures"]),
            Text(f["last_error"] or ""),
        )
    out.print(table)


@feeds_app.command("poll")
def feeds_poll(
    allow_private: Annotated[
        bool, typer.Option(help="Allow feeds and articles on private or loopback addresses.")
    ] = False,
    force: Annotated[bool, typer.Option(help="Poll feeds that are waiting to retry.")] = False,
    timeout: Annotated[float, typer.Option(help="Seconds per request.")] = 20.0,
    db: DbOption = None,
) -> None:
    """Poll every feed (conditional GET) and ingest new articles; failures are retried later."""
    report = with_store(
        db,
        lambda store: feeds.feeds_poll(
            store, allow_private=allow_private, force=force, timeout=timeout
        ),
    )
    for f in report.failed:
        err.print(
            f"[yellow]feed failed[/yellow] {f.source}: {f.reason} (will retry later)",
            highlight=False,
        )
    for s in report.ingest.skipped:
        err.print(f"[yellow]skipped[/yellow] {s.source}: {s.reason}", highlight=False)
    err.print(
        f"{len(report.polled)} polled, {len(report.not_modified)} not modified, "
        f"{len(report.deferred)} waiting to retry, {len(report.failed)} failed; "
        f"{len(report.ingest.added)} articles added, {report.alerts} alerts",
        highlight=False,
    )
    if report.failed or report.ingest.skipped:
        raise typer.Exit(3)
