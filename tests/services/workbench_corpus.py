"""Hand-built ResolvedDocs for the workbench tests (own sentences, fictional parties).

A plain module, not fixtures, so that the service, API and browser tests fill their
databases with the same articles and can name the same entities and claims.
"""

from __future__ import annotations

import atexit
import datetime as dt
import hashlib
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

from armstrace.model import (
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
from armstrace.store import Store

NOVARIA = Entity("org-novaria", "Novaria Dynamics", EntityType.ORGANIZATION, ("Novaria",), "XN")
KESTREL = Entity("cty-kestrel", "Kestrel", EntityType.COUNTRY, ("Republic of Kestrel",), "XK")
TARSIS = Entity("cty-tarsis", "Tarsis", EntityType.COUNTRY, (), "XT")
ORLAN = Entity("org-orlan", "Orlan Holdings", EntityType.ORGANIZATION, ("Orlan",), "XN")
NOVARIA_DUP = Entity("org-novaria-jsc", "Novaria Dynamics JSC", EntityType.ORGANIZATION)
MINISTRY = Entity("org-ministry", "Kestrel Defence Ministry", EntityType.ORGANIZATION, (), "XK")
EVIL = Entity(
    "org-evil",
    'Evil<script>window.__xss="name"</script> Corp',
    EntityType.ORGANIZATION,
    ('<img src=x onerror="window.__xss=1">',),
)

# The hostile article: every way an article could try to run code in the page.
HOSTILE_TEXT = (
    'Evil<script>window.__xss="name"</script> Corp shipped 3 '
    '<img src=x onerror="window.__xss=1">launchers to Tarsis in 2022. '
    'See <a href="javascript:window.__xss=2">the leaked contract</a> '
    "and <script>window.__xss=3</script> for details."
)


def resolved(
    text: str,
    entities: Sequence[Entity],
    mentions: Sequence[tuple[str, str]],
    claims: Sequence[Claim] = (),
    *,
    title: str,
    publisher: str,
    published: dt.date,
    url: str | None = None,
) -> ResolvedDoc:
    """A ResolvedDoc whose mentions (surface, entity id) are found in ``text`` in order."""
    digest = hashlib.sha256(text.encode()).hexdigest()
    types = {e.id: e.type for e in entities}
    found: list[Mention] = []
    mapping: dict[str, str] = {}
    at = 0
    for i, (surface, entity_id) in enumerate(mentions):
        start = text.index(surface, at)
        at = start + len(surface)
        found.append(Mention(f"m{i}", start, at, surface, types[entity_id]))
        mapping[f"m{i}"] = entity_id
    for claim in claims:
        assert claim.evidence in text, claim.evidence
    document = Document(
        id=f"doc-{digest[:16]}",
        text=text,
        content_hash=digest,
        title=title,
        publisher=publisher,
        published=published,
        url=url,
        source_path=f"fixtures/{digest[:8]}.txt",
        retrieved=dt.datetime(2024, 5, 1, 12, 0, tzinfo=dt.UTC),
    )
    return ResolvedDoc(document, tuple(found), tuple(entities), mapping, tuple(claims))


def _evidence(text: str, start: str, end: str) -> str:
    i = text.index(start)
    return text[i : text.index(end, i) + len(end)]


def corpus() -> list[ResolvedDoc]:
    """Four articles: a delivery with a denial, ownership, a hedged deal, the hostile one."""
    t1 = (
        "Novaria Dynamics delivered 12 Falcon-7 drones to Kestrel in March 2023, "
        "according to the Kestrel Defence Ministry. Officials in Tarsis denied that "
        "Novaria Dynamics had also sent them drones."
    )
    e1a = _evidence(t1, "Novaria Dynamics delivered", "Ministry.")
    e1b = _evidence(t1, "Officials in Tarsis", "drones.")
    d1 = resolved(
        t1,
        [NOVARIA, KESTREL, MINISTRY, TARSIS],
        [
            ("Novaria Dynamics", NOVARIA.id),
            ("Kestrel", KESTREL.id),
            ("Kestrel Defence Ministry", MINISTRY.id),
            ("Tarsis", TARSIS.id),
            ("Novaria Dynamics", NOVARIA.id),
        ],
        [
            Claim(
                ClaimType.TRANSFER,
                e1a,
                subject=NOVARIA.id,
                object=KESTREL.id,
                item="Falcon-7 drones",
                item_class=ItemClass.WEAPON_SYSTEM,
                time="2023-03",
                quantity=12,
                status=Status.DELIVERED,
                attribution=(Attribution(MINISTRY.id),),
                evidence_start=t1.index(e1a),
            ),
            Claim(
                ClaimType.TRANSFER,
                e1b,
                subject=NOVARIA.id,
                object=TARSIS.id,
                item="drones",
                item_class=ItemClass.WEAPON_SYSTEM,
                attribution=(Attribution(TARSIS.id, Stance.DENIES),),
                evidence_start=t1.index(e1b),
            ),
        ],
        title="Drones reach Kestrel",
        publisher="Harbour Gazette",
        published=dt.date(2023, 3, 20),
        url="https://news.example/kestrel-drones",
    )
    t2 = (
        "Orlan Holdings owns 60 percent of Novaria Dynamics JSC, filings show. "
        "Novaria Dynamics JSC may have supplied radar components to Tarsis in 2021."
    )
    e2a = _evidence(t2, "Orlan Holdings owns", "show.")
    e2b = _evidence(t2, "Novaria Dynamics JSC may", "2021.")
    d2 = resolved(
        t2,
        [ORLAN, NOVARIA_DUP, TARSIS],
        [
            ("Orlan Holdings", ORLAN.id),
            ("Novaria Dynamics JSC", NOVARIA_DUP.id),
            ("Novaria Dynamics JSC", NOVARIA_DUP.id),
            ("Tarsis", TARSIS.id),
        ],
        [
            Claim(
                ClaimType.OWNERSHIP,
                e2a,
                subject=NOVARIA_DUP.id,  # the owned (eval schema: subject owned by object)
                object=ORLAN.id,
                share=60.0,
                evidence_start=t2.index(e2a),
            ),
            Claim(
                ClaimType.TRANSFER,
                e2b,
                subject=NOVARIA_DUP.id,
                object=TARSIS.id,
                item="radar components",
                item_class=ItemClass.COMPONENT,
                time="2021",
                modality=Modality.HEDGED,
                status=Status.DELIVERED,
                evidence_start=t2.index(e2b),
            ),
        ],
        title="Who owns Novaria",
        publisher="Ledger Weekly",
        published=dt.date(2021, 11, 2),
    )
    t3 = "Kestrel plans to buy 40 Falcon-7 drones from Novaria Dynamics by 2026, the minister said."
    d3 = resolved(
        t3,
        [KESTREL, NOVARIA],
        [("Kestrel", KESTREL.id), ("Novaria Dynamics", NOVARIA.id)],
        [
            Claim(
                ClaimType.TRANSFER,
                t3,
                subject=NOVARIA.id,
                object=KESTREL.id,
                item="Falcon-7 drones",
                item_class=ItemClass.WEAPON_SYSTEM,
                time="2026",
                quantity=40,
                status=Status.PLANNED,
                attribution=(Attribution("the minister"),),
                evidence_start=0,
            )
        ],
        title="Kestrel to buy more drones",
        publisher="Harbour Gazette",
        published=dt.date(2024, 1, 9),
    )
    e4 = _evidence(HOSTILE_TEXT, "Evil", "2022.")
    d4 = resolved(
        HOSTILE_TEXT,
        [EVIL, TARSIS],
        [(EVIL.name, EVIL.id), ("Tarsis", TARSIS.id)],
        [
            Claim(
                ClaimType.TRANSFER,
                e4,
                subject=EVIL.id,
                object=TARSIS.id,
                item='<img src=x onerror="window.__xss=1">launchers',
                time="2022",
                quantity=3,
                evidence_start=0,
            )
        ],
        title='<script>window.__xss="title"</script>Leaked contract',
        publisher="<b onmouseover=alert(1)>Anon</b>",
        published=dt.date(2022, 6, 1),
        url="javascript:window.__xss=4",
    )
    return [d1, d2, d3, d4]


_TEMPLATE: list[Path] = []


def fill(db: Path | str) -> None:
    """Create the database at ``db`` holding the corpus.

    The corpus is stored (and the schema migrated) once per test process into a
    template file, which each test then copies: same rows, a fraction of the time.
    """
    if not _TEMPLATE:
        folder = Path(tempfile.mkdtemp(prefix="armstrace-workbench-"))
        atexit.register(shutil.rmtree, folder, True)
        template = folder / "template.db"
        with Store.open(str(template)) as store:
            for doc in corpus():
                assert store.save(doc)
        _TEMPLATE.append(template)
    assert (
        not Path(f"{_TEMPLATE[0]}-wal").exists() or not Path(f"{_TEMPLATE[0]}-wal").stat().st_size
    )
    shutil.copyfile(_TEMPLATE[0], db)
