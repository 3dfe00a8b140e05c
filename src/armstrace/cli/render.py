"""Rich renderings of the services' JSON-ready dicts (tables, dossiers)."""

from __future__ import annotations

from typing import Any

from rich.console import Group, RenderableType
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

__all__ = ["claims_table", "dossier", "entities_table", "source_label", "transfers_table"]


def _name(ref: dict[str, Any] | None) -> str:
    return str(ref["name"]) if ref else "—"


def _qty(value: Any) -> str:
    if value is None:
        return ""
    number = float(value)
    return f"{int(number):,}" if number.is_integer() else f"{number:,}"


def source_label(attribution: list[dict[str, Any]], names: dict[str, str] | None = None) -> str:
    """Who says so, denials marked, in one line."""
    parts = []
    for a in attribution:
        src = str(a.get("name") or a["source"])
        src = (names or {}).get(src, src)
        parts.append(f"{src} (denies)" if a["stance"] == "denies" else src)
    return "; ".join(parts)


def entities_table(items: list[dict[str, Any]], total: int) -> Table:
    table = Table(title=f"Entities ({len(items)} of {total})", title_justify="left")
    for col in ("name", "type", "country", "mentions", "documents", "sanctions", "aliases"):
        table.add_column(col, overflow="fold")
    for e in items:
        sanctioned = e.get("sanctions") or ""
        table.add_row(
            Text(e["name"]),
            e["type"],
            e["country"] or "",
            str(e["mentions"]),
            str(e["documents"]),
            Text(sanctioned, style="" if sanctioned in ("", "clear") else "red"),
            Text(", ".join(e["aliases"])),
        )
    return table


def claims_table(items: list[dict[str, Any]], total: int) -> Table:
    table = Table(title=f"Claims ({len(items)} of {total})", title_justify="left")
    for col in ("type", "subject", "object", "item", "time", "qty", "modality", "source"):
        table.add_column(col, overflow="fold")
    for c in items:
        table.add_row(
            c["type"],
            Text(_name(c["subject"])),
            Text(_name(c["object"])),
            Text(c["item"] or ""),
            c["time"] or "",
            _qty(c["quantity"]),
            c["modality"],
            Text(source_label(c["attribution"])),
        )
    return table


def transfers_table(items: list[dict[str, Any]], total: int) -> Table:
    table = Table(title=f"Transfers ({len(items)} of {total})", title_justify="left")
    for col in (
        "supplier",
        "recipient",
        "item",
        "class",
        "status",
        "when",
        "how many",
        "sources",
        "who says so",
        "modality",
        "assessment",
    ):
        table.add_column(col, overflow="fold")
    for c in items:
        table.add_row(
            Text(_name(c["subject"])),
            Text(_name(c["object"])),
            Text(c["item"] or ""),
            c["item_class"] or "",
            c["status"] or "",
            c["time"] or "",
            _qty(c["quantity"]),
            _sources(c),
            Text(source_label(c["attribution"])),
            c["modality"],
            c.get("assessment") or "",
        )
    return table


def _sources(c: dict[str, Any]) -> str:
    """Independent sources of the claim's relation, and the articles behind them."""
    if c.get("independent_sources") is None:
        return ""
    docs = len(c.get("sources") or [])
    return f"{c['independent_sources']} ({docs} art.)"


def _claim_block(c: dict[str, Any]) -> RenderableType:
    head = Text()
    head.append(_name(c["subject"]), style="bold")
    head.append(f" —{c['type']}→ ")
    if c["object"]:
        head.append(_name(c["object"]), style="bold")
    if c["item"]:
        head.append(f" [{c['item']}" + (f", {c['item_class']}" if c["item_class"] else "") + "]")
    facts = [
        f"{k}: {v}"
        for k, v in (
            ("where", _name(c["location"]) if c["location"] else None),
            ("when", c["time"]),
            ("how many", _qty(c["quantity"]) or None),
            ("status", c["status"]),
            ("modality", c["modality"]),
        )
        if v
    ]
    says = [a for a in c["attribution"] if a["stance"] == "asserts"]
    denies = [a for a in c["attribution"] if a["stance"] == "denies"]
    lines: list[RenderableType] = [head, Text("  " + " · ".join(facts), style="dim")]
    if says:
        lines.append(Text("  says so: " + source_label(says)))
    if denies:
        lines.append(Text("  denies: " + source_label(denies), style="red"))
    if c.get("assessment"):
        lines.append(
            Text(
                f"  assessment: {c['assessment']} · {c['independent_sources']} independent "
                f"source(s) · confidence {c['confidence']:.2f}",
                style="cyan",
            )
        )
    doc = c["document"]
    lines.append(Text(f"  “{c['evidence']}”", style="italic"))
    where = ", ".join(x for x in (doc["title"], doc["publisher"], doc["published"]) if x)
    lines.append(Text(f"  — {where}" + (f" <{doc['url']}>" if doc["url"] else ""), style="dim"))
    return Group(*lines)


def _sanctions_lines(info: dict[str, Any] | None) -> list[RenderableType]:
    if not info:
        return []
    status = info.get("status", "clear")
    style = "green" if status == "clear" else "bold red"
    lines: list[RenderableType] = [Text(f"sanctions: {status}", style=style)]
    for m in info.get("matches") or []:
        programs = ", ".join(m.get("programs") or [])
        lines.append(
            Text(
                f"  {m.get('status')}: {m.get('name')} on {m.get('list')} "
                f"#{m.get('list_id')} (score {float(m.get('score') or 0):.2f})"
                + (f", programs {programs}" if programs else "")
                + (f" — {m['why']}" if m.get("why") else ""),
                style="red",
            )
        )
    exposure = info.get("exposure")
    if exposure:
        for path in exposure.get("paths") or []:
            lines.append(Text(f"  exposure: {path.get('text')}", style="red"))
    return lines


def dossier(data: dict[str, Any]) -> RenderableType:
    e = data["entity"]
    header = Text()
    header.append(e["name"], style="bold")
    header.append(f"  ({e['type']}" + (f", {e['country']}" if e["country"] else "") + ")")
    parts: list[RenderableType] = [header]
    if e["aliases"]:
        parts.append(Text("also: " + ", ".join(e["aliases"])))
    parts.append(Text(f"{e['mentions']} mentions in {e['documents']} documents", style="dim"))
    parts.extend(_sanctions_lines(data.get("sanctions")))
    for kind, claims in sorted(data["claims_by_type"].items()):
        parts.append(Text(""))
        parts.append(Text(f"{kind} ({len(claims)})", style="bold underline"))
        parts.extend(_claim_block(c) for c in claims)
    return Panel(Group(*parts), title=escape(e["name"]), title_align="left")
