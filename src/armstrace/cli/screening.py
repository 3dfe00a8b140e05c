"""Sanctions commands: `lists load|show|versions|diff`, `screen`, `matches`, `confirm`,
`dismiss` and `exposure`. Registered on the main app by :func:`register`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from armstrace.cli.app import DbOption, JsonOption, _db, err, fail, out, print_json
from armstrace.model import ArmstraceError
from armstrace.services import querying, screening

__all__ = ["register"]

FormatOption = Annotated[
    str | None,
    typer.Option(
        "--format", help="ofac-sdn, ftm, os-targets, eu-xml or uk-csv (detected if left out)."
    ),
]
OtherNamesOption = Annotated[
    Path | None,
    typer.Option("--other-names", help="Your own other-names CSV, added to the shipped one."),
]


def _matches_table(title: str, matches: list[dict[str, Any]]) -> Table:
    table = Table(title=title, title_justify="left")
    for column in ("score", "list", "id", "listed name", "programs", "why"):
        table.add_column(column, overflow="fold")
    for m in matches:
        table.add_row(
            f"{m['score']:.2f}",
            m["list"],
            m["list_id"],
            m["name"],
            ", ".join(m["programs"]),
            m["why"],
        )
    return table


def _lists_load(
    file: Annotated[Path, typer.Argument(help="The list file.")],
    format: FormatOption = None,
    name: Annotated[
        str | None, typer.Option(help="Name to keep the list under (default: from the file).")
    ] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Load a sanctions list; a new version replaces the current one and keeps history."""
    try:
        with querying.open_store(_db(db)) as store:
            result = screening.load_list(store, file, format, name)
    except ArmstraceError as exc:
        raise fail(exc) from exc
    if as_json:
        print_json(result)
        return
    info, diff = result["list"], result["diff"]
    state = "loaded" if result["new_version"] else "unchanged (same file as current version)"
    out.print(
        f"{info['name']} version {info['version']}: {info['entries']} entries, {state}; "
        f"+{diff['added']} -{diff['removed']} ~{diff['changed']}; "
        f"screened {result['screened_entities']} entities",
        highlight=False,
    )
    for hit in result["in_graph"]:
        out.print(
            f"[bold red]newly listed[/] {hit['entity_name']} ~ {hit['name']} "
            f"({hit['list_id']}, score {hit['score']:.2f})",
            highlight=False,
        )


def _lists_show(
    name: Annotated[str | None, typer.Argument(help="A list; leave out for all lists.")] = None,
    query: Annotated[str | None, typer.Option("--query", "-q", help="Names containing.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many entries.")] = 50,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """The loaded lists, or the entries of one list."""
    try:
        with querying.open_store(_db(db)) as store:
            data: Any = (
                screening.list_entries(store, name, query=query, limit=limit)
                if name
                else screening.lists_json(store)
            )
    except ArmstraceError as exc:
        raise fail(exc) from exc
    if as_json:
        print_json(data)
        return
    table = Table()
    if name:
        for column in ("id", "type", "name", "aliases", "programs"):
            table.add_column(column, overflow="fold")
        for e in data:
            table.add_row(
                e["list_id"],
                e["type"],
                e["name"],
                "; ".join(e["aliases"]),
                ", ".join(e["programs"]),
            )
    else:
        for column in ("list", "format", "version", "entries", "loaded", "source"):
            table.add_column(column, overflow="fold")
        for i in data:
            table.add_row(
                i["name"],
                i["format"],
                str(i["version"]),
                str(i["entries"]),
                i["loaded_at"],
                i["source"] or "",
            )
    out.print(table)


def _lists_versions(
    name: Annotated[str, typer.Argument()], db: DbOption = None, as_json: JsonOption = False
) -> None:
    """The history of one list, oldest first."""
    try:
        with querying.open_store(_db(db)) as store:
            data = screening.versions_json(store, name)
    except ArmstraceError as exc:
        raise fail(exc) from exc
    if as_json:
        print_json(data)
        return
    for v in data:
        out.print(
            f"{v['version']}\t{v['loaded_at']}\t{v['entries']}\t{v['source']}", highlight=False
        )


def _lists_diff(
    name: Annotated[str, typer.Argument()],
    version: Annotated[int | None, typer.Option(help="Default: the current version.")] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """What a version added, removed and changed, and added parties already in the graph."""
    try:
        with querying.open_store(_db(db)) as store:
            data = screening.diff_json(store, name, version)
    except ArmstraceError as exc:
        raise fail(exc) from exc
    if as_json:
        print_json(data)
        return
    info = data["list"]
    out.print(f"{info['name']} version {info['version']} ({info['loaded_at']})", highlight=False)
    for c in data["changes"]:
        sign = {"added": "+", "removed": "-", "changed": "~"}[c["change"]]
        detail = f"  ({c['detail']})" if c["detail"] else ""
        out.print(f"{sign} {c['list_id']}\t{c['name']}{detail}", highlight=False, markup=False)
    for hit in data["in_graph"]:
        out.print(
            f"[bold red]in the graph[/] {hit['entity_name']} ~ {hit['name']} ({hit['list_id']})",
            highlight=False,
        )


def _screen(
    name: Annotated[str | None, typer.Argument(help="A name to screen.")] = None,
    type: Annotated[
        str | None, typer.Option("--type", help="organization, person, vessel or aircraft.")
    ] = None,
    country: Annotated[str | None, typer.Option(help="ISO country code, e.g. ru.")] = None,
    list_file: Annotated[
        Path | None, typer.Option("--list", help="Screen against this file, not the database.")
    ] = None,
    format: FormatOption = None,
    queries: Annotated[
        Path | None, typer.Option(help='JSON lines {"id","name","type","country"} (batch).')
    ] = None,
    out_file: Annotated[Path | None, typer.Option("--out", help="Where batch results go.")] = None,
    threshold: Annotated[
        float, typer.Option(help="Lowest score shown.")
    ] = screening.DEFAULT_THRESHOLD,
    other_names: OtherNamesOption = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Screen a name (or a batch of queries) and say why each candidate matched."""
    try:
        if queries is not None:
            if list_file is None or out_file is None:
                raise ArmstraceError("E540", "batch screening needs --list FILE and --out FILE")
            count = screening.screen_batch(
                list_file,
                queries,
                out_file,
                format=format,
                threshold=threshold,
                other_names=other_names,
            )
            err.print(f"screened {count} queries into {out_file}", highlight=False)
            return
        if name is None:
            raise ArmstraceError("E540", "give a NAME to screen, or --queries with --list/--out")
        kwargs: dict[str, Any] = {
            "list_path": list_file,
            "format": format,
            "type": type,
            "country": country,
            "threshold": threshold,
            "other_names": other_names,
        }
        if list_file is None:
            with querying.open_store(_db(db)) as store:
                data = screening.screen_name(name, store=store, **kwargs)
        else:
            data = screening.screen_name(name, **kwargs)
    except ArmstraceError as exc:
        raise fail(exc) from exc
    if as_json:
        print_json(data)
    elif data["matches"]:
        out.print(_matches_table(f"screening {name!r}", data["matches"]))
    else:
        out.print(f"no candidate at or above {threshold:.2f} for {name!r}", highlight=False)


def _matches(
    status: Annotated[str | None, typer.Option(help="open, confirmed or dismissed.")] = None,
    entity: Annotated[str | None, typer.Option(help="An entity id.")] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Screening matches of graph entities, with the analyst's decisions."""
    try:
        with querying.open_store(_db(db)) as store:
            data = screening.matches_json(store, status=status, entity_id=entity)
    except ArmstraceError as exc:
        raise fail(exc) from exc
    if as_json:
        print_json(data)
        return
    table = Table()
    for column in ("match", "entity", "status", "score", "list", "id", "listed name"):
        table.add_column(column, overflow="fold")
    for m in data:
        table.add_row(
            str(m["id"]),
            m["entity_id"],
            m["status"],
            f"{m['score']:.2f}",
            m["list"],
            m["list_id"],
            m["name"],
        )
    out.print(table)


def _decide(decision: str) -> Any:
    def command(
        match_id: Annotated[int, typer.Argument(help="The match id (see `armstrace matches`).")],
        by: Annotated[str | None, typer.Option(help="Who decides.")] = None,
        note: Annotated[str | None, typer.Option(help="Why.")] = None,
        db: DbOption = None,
        as_json: JsonOption = False,
    ) -> None:
        try:
            with querying.open_store(_db(db)) as store:
                data = screening.decide_match(store, match_id, decision, by=by, note=note)
        except ArmstraceError as exc:
            raise fail(exc) from exc
        if as_json:
            print_json(data)
        else:
            out.print(
                f"match {match_id} ({data['entity_id']} ~ {data['name']}) {decision}",
                highlight=False,
            )

    command.__doc__ = {
        "confirmed": "Confirm a screening match: the entity is the listed party.",
        "dismissed": "Dismiss a screening match; it stays dismissed when screening runs again.",
    }[decision]
    return command


def _exposure(
    entity: Annotated[str | None, typer.Argument(help="An entity id or name.")] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Entities owned by listed parties (OFAC 50 percent rule), with the path and sources."""
    try:
        with querying.open_store(_db(db)) as store:
            entity_id = querying.resolve_entity(store, entity) if entity else None
            if entity and entity_id is None:
                raise ArmstraceError("E541", f"no entity named {entity!r}")
            data = screening.exposure_report(store, entity_id)
    except ArmstraceError as exc:
        raise fail(exc) from exc
    if as_json:
        print_json(data)
        return
    if not data:
        out.print("no entity is owned by a listed party", highlight=False)
    for e in data:
        out.print(f"[bold]{e['name']}[/]: {e['status']} ({e['share']:g}% known)", highlight=False)
        for path in e["paths"]:
            out.print(f"  {path['text']}", highlight=False, markup=False)
            for hop in path["hops"]:
                for evidence in hop["evidence"]:
                    out.print(f"    {evidence}", highlight=False, markup=False)


def register(app: typer.Typer) -> None:
    """Add the sanctions commands to ``app``."""
    lists_app = typer.Typer(
        help="Sanctions lists: load, show, versions, diff.", no_args_is_help=True
    )
    lists_app.command("load")(_lists_load)
    lists_app.command("show")(_lists_show)
    lists_app.command("list")(_lists_show)
    lists_app.command("versions")(_lists_versions)
    lists_app.command("diff")(_lists_diff)
    app.add_typer(lists_app, name="lists")
    app.command("screen")(_screen)
    app.command("matches")(_matches)
    app.command("confirm")(_decide("confirmed"))
    app.command("dismiss")(_decide("dismissed"))
    app.command("exposure")(_exposure)
