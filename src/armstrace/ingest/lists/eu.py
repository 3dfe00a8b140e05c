"""The EU consolidated financial sanctions list (FSF XML, ``xmlFullSanctionsList_1_1``).

``<export>`` holds ``<sanctionEntity logicalId=... euReferenceNumber=...>`` elements with
``<subjectType code="person|enterprise">``, ``<nameAlias wholeName=... strong=...>``,
``<regulation programme=...>``, ``<citizenship countryIso2Code=...>``,
``<address countryIso2Code=...>`` and ``<identification identificationTypeCode=...
number=...>``. Elements are matched by local name so the namespace version does not matter.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree  # type: ignore[import-untyped]

from armstrace.ingest.lists.common import dedupe, fail, read_bytes
from armstrace.model import ListedType, SanctionEntry, SanctionList

__all__ = ["looks_like_eu", "read_eu"]

_ID_KINDS = {"imo": "imo", "regnumber": "registration", "tin": "tax", "other": "registration"}


def looks_like_eu(head: str) -> bool:
    return "sanctionEntity" in head and "<" in head


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def _children(element: etree._Element, name: str) -> list[etree._Element]:
    return [c for c in element if _local(c) == name]


def _type(entity: etree._Element) -> ListedType:
    for subject in _children(entity, "subjectType"):
        code = (subject.get("code") or "").lower()
        cls = (subject.get("classificationCode") or "").upper()
        if code == "person" or cls == "P":
            return ListedType.PERSON
        if code == "enterprise" or cls == "E":
            return ListedType.ORGANIZATION
    return ListedType.UNKNOWN


def read_eu(path: Path, name: str = "eu-fsf") -> SanctionList:
    import hashlib

    raw = read_bytes(path)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    try:
        root = etree.fromstring(raw, parser)
    except etree.XMLSyntaxError as exc:
        raise fail(path, exc.lineno, f"not well-formed XML: {exc.msg}") from None
    entries: list[SanctionEntry] = []
    for entity in root.iter():
        if _local(entity) != "sanctionEntity":
            continue
        line = entity.sourceline
        logical_id = entity.get("logicalId") or entity.get("euReferenceNumber")
        if not logical_id:
            raise fail(path, line, "sanctionEntity without logicalId")
        strong: list[str] = []
        weak: list[str] = []
        for alias in _children(entity, "nameAlias"):
            whole = alias.get("wholeName") or " ".join(
                p
                for p in (alias.get("firstName"), alias.get("middleName"), alias.get("lastName"))
                if p
            )
            if whole.strip():
                (weak if alias.get("strong") == "false" else strong).append(whole)
        if not strong and not weak:
            raise fail(path, line, f"sanctionEntity {logical_id} has no nameAlias with a name")
        primary = (strong or weak)[0]
        programs = [r.get("programme") or "" for r in _children(entity, "regulation")]
        countries = [
            (c.get("countryIso2Code") or "").lower()
            for tag in ("citizenship", "address", "birthdate")
            for c in _children(entity, tag)
        ]
        ids: list[tuple[str, str]] = []
        for ident in _children(entity, "identification"):
            number = (ident.get("number") or "").strip()
            if number:
                kind = _ID_KINDS.get((ident.get("identificationTypeCode") or "").lower(), "id")
                ids.append((kind, number))
        entries.append(
            SanctionEntry(
                list_id=logical_id,
                name=primary,
                type=_type(entity),
                aliases=dedupe(strong, exclude=[primary]),
                weak_aliases=dedupe(weak, exclude=[primary, *strong]),
                programs=dedupe(programs),
                countries=dedupe(c for c in countries if c and c != "00"),
                identifiers=tuple(dict.fromkeys(ids)),
                remarks=" ".join(r.text or "" for r in _children(entity, "remark")).strip() or None,
                line=line,
            )
        )
    return SanctionList(
        name=name,
        format="eu-xml",
        entries=tuple(entries),
        source_path=str(path),
        content_hash=hashlib.sha256(raw).hexdigest(),
    )
