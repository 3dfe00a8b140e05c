"""OpenSanctions' FollowTheMoney JSON lines (``entities.ftm.json``).

Each line is one FtM entity. Targets (``"target": true``; every person, organisation,
vessel and aircraft when the file marks none) become list entries; ``Sanction``
entities give them programmes; ``Ownership`` entities become ownership links, keeping the
names of parties that are not targets themselves (the 50 percent rule needs them).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from followthemoney import model
from followthemoney.exc import FollowTheMoneyException
from followthemoney.proxy import EntityProxy

from armstrace.ingest.lists.common import dedupe, fail, read_text
from armstrace.model import ListedType, OwnershipLink, SanctionEntry, SanctionList

__all__ = ["looks_like_ftm", "parse_share", "read_ftm"]

_ID_PROPS = {
    "imoNumber": "imo",
    "mmsi": "mmsi",
    "registrationNumber": "registration",
    "innCode": "inn",
    "ogrnCode": "ogrn",
    "leiCode": "lei",
    "taxNumber": "tax",
    "callSign": "call_sign",
    "serialNumber": "msn",
}


def looks_like_ftm(text: str) -> bool:
    for raw in text.splitlines():
        if raw.strip():
            try:
                data = json.loads(raw)
            except ValueError:
                return False
            return isinstance(data, dict) and "schema" in data and "properties" in data
    return False


def listed_type(proxy: EntityProxy) -> ListedType | None:
    """The kind of party an FtM entity is, or None for what cannot be sanctioned."""
    schema = proxy.schema
    if schema.is_a("Person"):
        return ListedType.PERSON
    if schema.is_a("Vessel"):
        return ListedType.VESSEL
    if schema.is_a("Airplane"):
        return ListedType.AIRCRAFT
    if schema.is_a("Organization"):
        return ListedType.ORGANIZATION
    if schema.is_a("LegalEntity"):
        return ListedType.UNKNOWN
    return None


def parse_share(values: list[str]) -> float | None:
    """A percentage from FtM's free-text ``percentage`` ("51", "51%", "51.5 %", "0.51")."""
    for value in values:
        text = value.replace("%", "").replace(",", ".").strip()
        try:
            number = float(text)
        except ValueError:
            continue
        if 0 < number <= 1 and "." in text:
            number *= 100
        if 0 <= number <= 100:
            return number
    return None


def _entry(proxy: EntityProxy, kind: ListedType, line: int, programs: list[str]) -> SanctionEntry:
    names = proxy.get("name")
    name = names[0]
    ids: list[tuple[str, str]] = []
    for prop, kind_id in _ID_PROPS.items():
        if proxy.schema.get(prop) is not None:
            ids += [(kind_id, v) for v in proxy.get(prop)]
    countries = proxy.get("country", quiet=True) + proxy.get("nationality", quiet=True)
    countries += proxy.get("jurisdiction", quiet=True) + proxy.get("flag", quiet=True)
    aliases = dedupe(
        names[1:] + proxy.get("alias", quiet=True) + proxy.get("previousName", quiet=True),
        exclude=[name],
    )
    return SanctionEntry(
        list_id=str(proxy.id),
        name=name,
        type=kind,
        aliases=aliases,
        weak_aliases=dedupe(proxy.get("weakAlias", quiet=True), exclude=[name, *aliases]),
        programs=dedupe(programs + proxy.get("program", quiet=True)),
        countries=dedupe(countries),
        identifiers=tuple(dict.fromkeys(ids)),
        remarks="; ".join(proxy.get("notes", quiet=True)) or None,
        line=line,
    )


def read_ftm(path: Path, name: str | None = None) -> SanctionList:
    """Read FtM JSON lines; the list is named after the file's first dataset by default."""
    text, digest = read_text(path)
    proxies: list[tuple[int, EntityProxy, bool | None]] = []
    datasets: list[str] = []
    for line, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            data: Any = json.loads(raw)
        except ValueError as exc:
            raise fail(path, line, f"not a JSON object: {exc}") from None
        if not isinstance(data, dict) or "schema" not in data:
            raise fail(path, line, "not a FollowTheMoney entity (no 'schema')")
        try:
            proxy = model.get_proxy(data, cleaned=False)
        except (FollowTheMoneyException, TypeError, ValueError) as exc:
            raise fail(path, line, f"not a valid FollowTheMoney entity: {exc}") from None
        if proxy.id is None:
            raise fail(path, line, "entity has no 'id'")
        target = data.get("target")
        proxies.append((line, proxy, target if isinstance(target, bool) else None))
        datasets += [d for d in data.get("datasets", []) if isinstance(d, str)]
    any_target = any(t for _, _, t in proxies)
    programs: dict[str, list[str]] = {}
    for _, proxy, _ in proxies:
        if proxy.schema.name == "Sanction":
            prog = proxy.get("program") + proxy.get("programId", quiet=True)
            auth = proxy.get("authority")
            for entity_id in proxy.get("entity"):
                programs.setdefault(entity_id, []).extend(prog or auth)
    names = {str(p.id): p.caption for _, p, _ in proxies}
    entries: list[SanctionEntry] = []
    ownerships: list[OwnershipLink] = []
    for line, proxy, target in proxies:
        if proxy.schema.name == "Ownership":
            owners, assets = proxy.get("owner"), proxy.get("asset")
            if not owners or not assets:
                raise fail(path, line, "Ownership needs both 'owner' and 'asset'")
            ownerships.append(
                OwnershipLink(
                    owner=owners[0],
                    asset=assets[0],
                    share=parse_share(proxy.get("percentage")),
                    source=str(path),
                    owner_name=names.get(owners[0]),
                    asset_name=names.get(assets[0]),
                )
            )
            continue
        kind = listed_type(proxy)
        if kind is None or (any_target and not target):
            continue
        if not proxy.get("name"):
            raise fail(path, line, f"{proxy.schema.name} {proxy.id} has no name")
        entries.append(_entry(proxy, kind, line, programs.get(str(proxy.id), [])))
    return SanctionList(
        name=name or (datasets[0] if datasets else "ftm"),
        format="ftm",
        entries=tuple(entries),
        ownerships=tuple(ownerships),
        source_path=str(path),
        content_hash=digest,
    )
