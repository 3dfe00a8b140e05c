"""The graph as FollowTheMoney entities (JSON lines), and back.

``export_ftm(store, out)`` writes ``out`` (one FtM entity per line, what Aleph and the
OpenSanctions tools read) and a sidecar ``<out>.armstrace.jsonl`` with what FtM cannot hold.
``import_ftm(store, path)`` reads both back; the graph after import equals the graph
exported (``Store.all_resolved`` gives the same documents).

Mapping (docs/SCREENING.md has the table):

- article -> ``Article`` (title, publisher, publishedAt, sourceUrl, bodyText, contentHash);
- person / organisation -> ``Person`` / ``Organization`` (name, alias, country);
- each entity an article mentions -> ``Documentation`` (document = the article,
  entity, role "mentioned");
- transfer -> ``EconomicActivity`` (sender, receiver, goodsDescription, date; a country as
  sender or receiver becomes originCountry / destinationCountry);
- ownership -> ``Ownership`` (owner, asset, percentage);
- sanction claim -> ``Sanction`` (entity = target, authority = the sanctioning party);
- production, development, component -> ``Event`` (organizer, involved, summary = item);
- every claim: description = the evidence sentence, proof = the article;
- screening results (confirmed matches, strong open ones) -> ``Sanction`` with authority =
  the list, recordId = the list's entry id, program, status; no proof (not from an
  article), and import skips them: screening recomputes them.

The sidecar (JSON lines) starts with ``{"armstrace_sidecar": 1}``; then one line per
article: ``document`` (its FtM id), ``fields`` (id, source_path, retrieved, format,
external_id, and ``exact``: the title, publisher, URL or text where FtM's cleaning
changed them, e.g. a trailing newline), ``mentions`` (key, start, end, text, type,
canonical, country),
``mention_entity``, ``entities`` (the names this article uses, and entities FtM has no
schema for: countries, places, weapon systems, goods) and ``claims`` (per FtM claim id:
type, roles, time, item, item_class, quantity, status, modality, attribution with
stance, used_in, evidence_start, location, share).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from followthemoney import model
from followthemoney.exc import FollowTheMoneyException
from followthemoney.proxy import EntityProxy
from followthemoney.types import registry

from armstrace.model import (
    ArmstraceError,
    Attribution,
    Claim,
    ClaimType,
    Document,
    Entity,
    EntityType,
    ItemClass,
    Mention,
    Modality,
    ResolvedDoc,
    Stance,
    Status,
)
from armstrace.services import screening

__all__ = ["BAD_FTM", "SIDECAR_SUFFIX", "export_ftm", "import_ftm", "sidecar_path"]

BAD_FTM = "E550"
SIDECAR_SUFFIX = ".armstrace.jsonl"
_FTM_SCHEMA = {EntityType.PERSON: "Person", EntityType.ORGANIZATION: "Organization"}
_CLAIM_SCHEMA = {
    ClaimType.TRANSFER: "EconomicActivity",
    ClaimType.OWNERSHIP: "Ownership",
    ClaimType.SANCTION: "Sanction",
    ClaimType.PRODUCTION: "Event",
    ClaimType.DEVELOPMENT: "Event",
    ClaimType.COMPONENT: "Event",
}
_ID_OK = re.compile(r"^[A-Za-z0-9._:-]{1,190}$")


def sidecar_path(out: Path) -> Path:
    return out.with_name(out.name + SIDECAR_SUFFIX)


def _fid(prefix: str, value: str) -> str:
    """An FtM id for an armstrace id: kept when FtM accepts it, else hashed."""
    raw = f"{prefix}{value}"
    if _ID_OK.match(raw):
        return raw
    return f"{prefix}h-{hashlib.sha1(value.encode()).hexdigest()[:20]}"


def _date(value: str | None) -> str | None:
    if not value:
        return None
    cleaned = registry.date.clean(value)
    return str(cleaned) if cleaned else None


def _proxy(schema: str, entity_id: str, props: dict[str, Any]) -> dict[str, Any]:
    proxy = model.make_entity(schema)
    proxy.id = entity_id
    for prop, values in props.items():
        for value in values if isinstance(values, list | tuple) else [values]:
            if value is not None and value != "":
                proxy.add(prop, str(value))
    data: dict[str, Any] = proxy.to_dict()
    return data


class _Exporter:
    def __init__(self) -> None:
        self.entities: dict[str, Entity] = {}
        self.lines: list[dict[str, Any]] = []
        self.sidecar: list[dict[str, Any]] = []

    def ftm_entity(self, entity_id: str | None) -> str | None:
        if entity_id is None:
            return None
        entity = self.entities.get(entity_id)
        if entity is None or entity.type not in _FTM_SCHEMA:
            return None
        return _fid("e-", entity_id)

    def country(self, entity_id: str | None) -> str | None:
        entity = self.entities.get(entity_id or "")
        if entity is None or entity.type is not EntityType.COUNTRY:
            return None
        code = entity.country or registry.country.clean(entity.name)
        return str(code) if code else None

    def document(self, doc: ResolvedDoc) -> None:
        d = doc.document
        article = _fid("doc-", d.id)
        raw = {"title": d.title, "publisher": d.publisher, "sourceUrl": d.url, "bodyText": d.text}
        data = _proxy(
            "Article",
            article,
            {
                **raw,
                "publishedAt": d.published.isoformat() if d.published else None,
                "contentHash": d.content_hash,
            },
        )
        self.lines.append(data)
        # FtM cleans values (trailing whitespace, ...): keep exactly what it changed
        exact = {
            prop: value
            for prop, value in raw.items()
            if value is not None and data["properties"].get(prop) != [value]
        }
        for entity in doc.entities:
            known = self.entities.get(entity.id)
            aliases = tuple(dict.fromkeys((known.aliases if known else ()) + entity.aliases))
            self.entities[entity.id] = Entity(
                entity.id, entity.name, entity.type, aliases, entity.country
            )
            fid = self.ftm_entity(entity.id)
            if fid is not None:
                self.lines.append(
                    _proxy(
                        "Documentation",
                        _fid("docu-", f"{d.id}.{entity.id}"),
                        {"document": article, "entity": fid, "role": "mentioned"},
                    )
                )
        claims: dict[str, dict[str, Any]] = {}
        for i, claim in enumerate(doc.claims):
            claim_id = _fid("c-", f"{d.id}.{i}")
            data = self.claim(claim, claim_id, article)
            self.lines.append(data)
            claims[claim_id] = _claim_extras(claim)
            if data["properties"].get("description") != [claim.evidence]:
                claims[claim_id]["evidence"] = claim.evidence
        self.sidecar.append(
            {
                "document": article,
                "fields": {
                    "id": d.id,
                    "source_path": d.source_path,
                    "retrieved": d.retrieved.isoformat() if d.retrieved else None,
                    "format": d.format,
                    "external_id": d.external_id,
                    "exact": exact,
                },
                "mentions": [
                    [m.key, m.start, m.end, m.text, m.type.value, m.canonical, m.country]
                    for m in doc.mentions
                ],
                "mention_entity": doc.mention_entity,
                "entities": [
                    [e.id, e.name, e.type.value, list(e.aliases), e.country] for e in doc.entities
                ],
                "claims": claims,
            }
        )

    def claim(self, claim: Claim, claim_id: str, article: str) -> dict[str, Any]:
        subject, obj = self.ftm_entity(claim.subject), self.ftm_entity(claim.object)
        common: dict[str, Any] = {
            "description": claim.evidence,
            "proof": article,
            "date": _date(claim.time),
        }
        schema = _CLAIM_SCHEMA[claim.type]
        if claim.type is ClaimType.TRANSFER:
            props = {
                "sender": subject,
                "receiver": obj,
                "originCountry": None if subject else self.country(claim.subject),
                "destinationCountry": None if obj else self.country(claim.object),
                "goodsDescription": claim.item,
            }
        elif claim.type is ClaimType.OWNERSHIP and subject and obj:
            share = None if claim.share is None else f"{claim.share:g}"
            props = {"owner": obj, "asset": subject, "percentage": share}
        elif claim.type is ClaimType.SANCTION and obj:
            authority = self.entities.get(claim.subject or "")
            props = {
                "entity": obj,
                "authority": authority.name if authority else None,
                "country": self.country(claim.subject),
            }
        else:
            schema = "Event"
            props = {
                "name": f"{claim.type.value}: {claim.item or claim.evidence[:80]}",
                "organizer": subject,
                "involved": obj,
                "summary": claim.item,
            }
        return _proxy(schema, claim_id, {**props, **common})

    def listings(self, store: Any) -> None:
        for entity_id, listing, state in screening.listed_parties(store):
            fid = self.ftm_entity(entity_id)
            if fid is None:
                continue
            self.lines.append(
                _proxy(
                    "Sanction",
                    _fid("s-", f"{entity_id}.{listing.list_name}.{listing.list_id}"),
                    {
                        "entity": fid,
                        "authority": listing.list_name,
                        "recordId": listing.list_id,
                        "program": list(listing.programs),
                        "status": state,
                    },
                )
            )

    def people_and_organisations(self) -> list[dict[str, Any]]:
        return [
            _proxy(
                _FTM_SCHEMA[e.type],
                _fid("e-", e.id),
                {
                    "name": e.name,
                    "alias": [a for a in e.aliases if a != e.name],
                    "country": e.country
                    if e.country and registry.country.clean(e.country)
                    else None,
                },
            )
            for e in self.entities.values()
            if e.type in _FTM_SCHEMA
        ]


def _claim_extras(claim: Claim) -> dict[str, Any]:
    return {
        "type": claim.type.value,
        "subject": claim.subject,
        "object": claim.object,
        "item": claim.item,
        "item_class": claim.item_class.value if claim.item_class else None,
        "location": claim.location,
        "time": claim.time,
        "quantity": claim.quantity,
        "status": claim.status.value if claim.status else None,
        "modality": claim.modality.value,
        "attribution": [[a.source, a.stance.value] for a in claim.attribution],
        "used_in": claim.used_in,
        "evidence_start": claim.evidence_start,
        "share": claim.share,
    }


def export_ftm(store: Any, out: Path) -> dict[str, int]:
    """Write the graph to ``out`` (FtM JSON lines) and its sidecar; returns counts."""
    exporter = _Exporter()
    for doc in screening.graph_documents(store):
        exporter.document(doc)
    exporter.listings(store)
    lines = exporter.people_and_organisations() + exporter.lines
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for line in lines:
            fh.write(json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n")
    with sidecar_path(out).open("w", encoding="utf-8") as fh:
        fh.write(json.dumps({"armstrace_sidecar": 1}) + "\n")
        for record in exporter.sidecar:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts: dict[str, int] = defaultdict(int)
    for line in lines:
        counts[line["schema"]] += 1
    return dict(counts)


# -- import ------------------------------------------------------------------------------


def _read_ftm(path: Path) -> Iterator[EntityProxy]:
    try:
        text = path.read_text("utf-8")
    except OSError as exc:
        raise ArmstraceError(BAD_FTM, f"cannot read {path}: {exc}") from None
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            yield model.get_proxy(json.loads(line), cleaned=False)
        except (ValueError, TypeError, FollowTheMoneyException) as exc:
            raise ArmstraceError(BAD_FTM, f"{path}:{number}: not a FtM entity: {exc}") from None


def _read_sidecar(path: Path) -> dict[str, dict[str, Any]]:
    side = sidecar_path(path)
    if not side.is_file():
        return {}
    out: dict[str, dict[str, Any]] = {}
    for number, line in enumerate(side.read_text("utf-8").splitlines(), start=1):
        try:
            record = json.loads(line)
        except ValueError as exc:
            raise ArmstraceError(BAD_FTM, f"{side}:{number}: not JSON: {exc}") from None
        if number == 1:
            if record != {"armstrace_sidecar": 1}:
                raise ArmstraceError(BAD_FTM, f"{side}:1: not an armstrace sidecar")
            continue
        out[record["document"]] = record
    return out


def _first(proxy: EntityProxy, prop: str) -> str | None:
    values = proxy.get(prop, quiet=True)
    return values[0] if values else None


def _unfid(fid: str | None, ids: dict[str, str]) -> str | None:
    if fid is None:
        return None
    return ids.get(fid, fid[2:] if fid.startswith("e-") else fid)


def _claim_from_ftm(
    proxy: EntityProxy, extras: dict[str, Any] | None, ids: dict[str, str]
) -> Claim:
    evidence = _first(proxy, "description") or ""
    if extras is None:
        schema = proxy.schema.name
        kind = {
            "EconomicActivity": ClaimType.TRANSFER,
            "Ownership": ClaimType.OWNERSHIP,
            "Sanction": ClaimType.SANCTION,
        }.get(schema, ClaimType.PRODUCTION)
        roles = {
            "EconomicActivity": ("sender", "receiver"),
            "Ownership": ("asset", "owner"),
            "Sanction": ("", "entity"),
        }.get(schema, ("organizer", "involved"))
        share = _first(proxy, "percentage")
        return Claim(
            type=kind,
            evidence=evidence,
            subject=_unfid(_first(proxy, roles[0]) if roles[0] else None, ids),
            object=_unfid(_first(proxy, roles[1]), ids),
            item=_first(proxy, "goodsDescription") or _first(proxy, "summary"),
            time=_first(proxy, "date"),
            share=float(share) if share else None,
        )
    return Claim(
        type=ClaimType(extras["type"]),
        evidence=extras.get("evidence", evidence),
        subject=extras["subject"],
        object=extras["object"],
        item=extras["item"],
        item_class=ItemClass(extras["item_class"]) if extras["item_class"] else None,
        location=extras["location"],
        time=extras["time"],
        quantity=extras["quantity"],
        status=Status(extras["status"]) if extras["status"] else None,
        modality=Modality(extras["modality"]),
        attribution=tuple(Attribution(s, Stance(st)) for s, st in extras["attribution"]),
        used_in=extras["used_in"],
        evidence_start=extras["evidence_start"],
        share=extras["share"],
    )


def _documents(path: Path) -> list[ResolvedDoc]:
    side = _read_sidecar(path)
    articles: dict[str, EntityProxy] = {}
    parties: dict[str, EntityProxy] = {}
    mentioned: dict[str, list[str]] = defaultdict(list)
    claims: dict[str, list[EntityProxy]] = defaultdict(list)
    for proxy in _read_ftm(path):
        schema = proxy.schema
        if schema.name == "Article":
            articles[str(proxy.id)] = proxy
        elif schema.name == "Documentation":
            doc, ent = _first(proxy, "document"), _first(proxy, "entity")
            if doc and ent:
                mentioned[doc].append(ent)
        elif schema.name in ("Person", "Organization"):
            parties[str(proxy.id)] = proxy
        elif schema.name in ("EconomicActivity", "Ownership", "Sanction", "Event"):
            proof = _first(proxy, "proof")
            if proof:  # screening results carry no proof and are recomputed
                claims[proof].append(proxy)
    ids: dict[str, str] = {}
    for record in side.values():
        for entity_id, *_ in record["entities"]:
            ids[_fid("e-", entity_id)] = entity_id
    out = []
    for article_id, article in articles.items():
        found = side.get(article_id)
        out.append(_document(article_id, article, found, parties, mentioned, claims, ids))
    return out


def _document(
    article_id: str,
    article: EntityProxy,
    record: dict[str, Any] | None,
    parties: dict[str, EntityProxy],
    mentioned: dict[str, list[str]],
    claims: dict[str, list[EntityProxy]],
    ids: dict[str, str],
) -> ResolvedDoc:
    fields = (record or {}).get("fields", {})
    published = _first(article, "publishedAt")
    retrieved = fields.get("retrieved")
    exact = fields.get("exact", {})
    text = exact.get("bodyText", _first(article, "bodyText") or "")
    content_hash = _first(article, "contentHash") or hashlib.sha256(text.encode()).hexdigest()
    document = Document(
        id=fields.get("id") or article_id.removeprefix("doc-"),
        text=text,
        content_hash=content_hash,
        title=exact.get("title", _first(article, "title")),
        publisher=exact.get("publisher", _first(article, "publisher")),
        published=dt.date.fromisoformat(published[:10]) if published else None,
        url=exact.get("sourceUrl", _first(article, "sourceUrl")),
        source_path=fields.get("source_path"),
        retrieved=dt.datetime.fromisoformat(retrieved) if retrieved else None,
        format=fields.get("format") or "txt",
        external_id=fields.get("external_id"),
    )
    if record is not None:
        entities = tuple(
            Entity(i, name, EntityType(kind), tuple(aliases), country)
            for i, name, kind, aliases, country in record["entities"]
        )
        mentions = tuple(
            Mention(key, start, end, surface, EntityType(kind), canonical, country)
            for key, start, end, surface, kind, canonical, country in record["mentions"]
        )
        mapping = dict(record["mention_entity"])
        extras: dict[str, Any] = record["claims"]
        ordered = sorted(claims.get(article_id, []), key=lambda p: list(extras).index(str(p.id)))
        found = tuple(_claim_from_ftm(p, extras.get(str(p.id)), ids) for p in ordered)
    else:
        entities = tuple(
            Entity(
                _unfid(fid, ids) or fid,
                _first(parties[fid], "name") or fid,
                EntityType.PERSON
                if parties[fid].schema.name == "Person"
                else EntityType.ORGANIZATION,
                tuple(parties[fid].get("alias")),
                _first(parties[fid], "country"),
            )
            for fid in mentioned.get(article_id, [])
            if fid in parties
        )
        mentions, mapping = (), {}
        found = tuple(_claim_from_ftm(p, None, ids) for p in claims.get(article_id, []))
    return ResolvedDoc(document, mentions, entities, mapping, found)


def import_ftm(store: Any, path: Path) -> dict[str, int]:
    """Read an export (and its sidecar, when beside it) into the database."""
    return screening.save_documents(store, _documents(path))


def validate(lines: Iterable[dict[str, Any]]) -> list[str]:
    """Problems FollowTheMoney finds in exported entities (empty when all is well)."""
    problems = []
    for data in lines:
        try:
            proxy = model.get_proxy(data, cleaned=False)
        except (ValueError, TypeError, FollowTheMoneyException) as exc:
            problems.append(f"{data.get('id')}: {exc}")
            continue
        for prop, value in proxy.itervalues():
            if prop.type.clean(value, proxy=proxy) is None:
                problems.append(
                    f"{proxy.id}: {prop.name}={value!r} is not a valid {prop.type.name}"
                )
    return problems


def main(argv: list[str] | None = None) -> int:
    """``python -m armstrace.export.ftm export|import --db DB FILE`` (until the CLI's
    ``export --format ftm`` / ``import --format ftm`` call this face)."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m armstrace.export.ftm")
    parser.add_argument("action", choices=("export", "import"))
    parser.add_argument("file", type=Path)
    parser.add_argument("--db", default=None)
    args = parser.parse_args(argv)
    from armstrace.services.querying import open_store

    try:
        with open_store(args.db) as store:
            counts = (
                export_ftm(store, args.file)
                if args.action == "export"
                else import_ftm(store, args.file)
            )
    except ArmstraceError as exc:
        print(f"error {exc}")
        return 2
    print(json.dumps(counts, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
