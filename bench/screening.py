"""Screening benchmark: armstrace against nomenklatura's LogicV2 on the real SDN list.

    .venv/bin/python bench/screening.py                 # run (needs ../shared/data/ofac)
    .venv/bin/python bench/screening.py --build-queries # rewrite bench/data/screening_queries.jsonl
    .venv/bin/python bench/screening.py --no-other-names # armstrace without the data file

Both matchers run in this process over the same queries against the same list. The
reference is the FollowTheMoney ecosystem's matcher: entries become FtM entities,
nomenklatura's own entity tokenizer feeds an in-memory blocking index (token -> entities,
weighted like nomenklatura's blocker), and LogicV2 (yente's default) scores the top 50
candidates; a match is a score >= 0.7 (yente's default threshold).

Figures: precision and recall at the default threshold over (query, expected id) pairs,
queries per second, p50/p95 latency, index build time and memory (tracemalloc peak
during a second, separate build).

The query set is built from the real list by rules a reader can check (short forms,
legal forms moved/abbreviated/translated, word order, Cyrillic transliteration, variant
Latin spellings, typos, IMO numbers), plus hand-written Cyrillic and Chinese-script names
and names that are not listed (other companies and people of the arms and news world,
and listed names with their distinctive word replaced).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import statistics
import sys
import time
import tracemalloc
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from armstrace.ingest.lists import read_list
from armstrace.model import ListedType, SanctionEntry
from armstrace.resolve.screening import DEFAULT_THRESHOLD, ScreeningIndex, name_form
from armstrace.resolve.screening.othernames import load_other_names

ROOT = Path(__file__).resolve().parents[1]
SDN = ROOT.parent / "shared" / "data" / "ofac" / "sdn-2024-05-03.csv"
QUERIES = ROOT / "bench" / "data" / "screening_queries.jsonl"
REFERENCE_THRESHOLD = 0.7
REFERENCE_CANDIDATES = 50

# --- building the query set -----------------------------------------------------------

_LEGAL_PREFIX = {
    "JOINT STOCK COMPANY": ["AO", "JSC", "Joint-Stock Company"],
    "OPEN JOINT STOCK COMPANY": ["OAO", "OJSC"],
    "PUBLIC JOINT STOCK COMPANY": ["PAO", "PJSC"],
    "CLOSED JOINT STOCK COMPANY": ["ZAO", "CJSC"],
    "LIMITED LIABILITY COMPANY": ["OOO", "LLC"],
    "FEDERAL STATE UNITARY ENTERPRISE": ["FGUP"],
}
_LEGAL_SUFFIX = {
    "LIMITED LIABILITY COMPANY": ["LLC", "OOO"],
    "PUBLIC JOINT STOCK COMPANY": ["PJSC", "PAO"],
    "JOINT STOCK COMPANY": ["JSC", "AO"],
    "CO., LTD.": ["Co Ltd", "Company Limited", "Co., Ltd"],
    "CO. LTD.": ["Co Ltd", "Company Limited"],
    "CO LTD": ["Co., Ltd.", "Company Limited"],
    "COMPANY LIMITED": ["Co., Ltd.", "Ltd"],
    "LIMITED": ["Ltd"],
    "LLC": ["Limited Liability Company", "L.L.C."],
    "JSC": ["Joint Stock Company", "AO"],
    "OOO": ["LLC"],
    "AO": ["JSC"],
    "OAO": ["OJSC"],
    "S.A.": ["SA"],
    "INC.": ["Inc"],
    "FZE": ["F.Z.E."],
}
_GENERIC = {
    "CONCERN",
    "CORPORATION",
    "COMPANY",
    "GROUP",
    "HOLDING",
    "HOLDINGS",
    "PLANT",
    "ENTERPRISE",
    "SCIENTIFIC",
    "PRODUCTION",
    "ASSOCIATION",
    "STATE",
    "FEDERAL",
    "OF",
    "THE",
    "AND",
    "NAMED",
    "AFTER",
}
_CYR = [
    ("shch", "щ"),
    ("zh", "ж"),
    ("kh", "х"),
    ("ts", "ц"),
    ("ch", "ч"),
    ("sh", "ш"),
    ("yu", "ю"),
    ("ya", "я"),
    ("ye", "е"),
    ("yo", "ё"),
    ("iy", "ий"),
    ("yy", "ый"),
    ("ey", "ей"),
    ("ay", "ай"),
    ("oy", "ой"),
    ("uy", "уй"),
    ("y", "ы"),
    ("e", "е"),
    ("a", "а"),
    ("b", "б"),
    ("v", "в"),
    ("g", "г"),
    ("d", "д"),
    ("z", "з"),
    ("i", "и"),
    ("k", "к"),
    ("l", "л"),
    ("m", "м"),
    ("n", "н"),
    ("o", "о"),
    ("p", "п"),
    ("r", "р"),
    ("s", "с"),
    ("t", "т"),
    ("u", "у"),
    ("f", "ф"),
    ("c", "к"),
    ("x", "кс"),
    ("h", "х"),
    ("j", "дж"),
    ("w", "в"),
    ("q", "к"),
    ("'", "ь"),
]
_LATIN_VARIANTS = [
    ("iy", "y"),
    ("yevg", "evg"),
    ("ks", "x"),
    ("aleksandr", "alexander"),
    ("sergey", "sergei"),
    ("sergei", "sergey"),
    ("yuriy", "yuri"),
    ("dmitriy", "dmitry"),
    ("ov", "off"),
    ("zh", "j"),
    ("kh", "h"),
    ("ye", "e"),
    ("yu", "iu"),
    ("ya", "ia"),
]

HANDWRITTEN: list[tuple[str, str | None, str]] = [
    # (query as news writes it, the SDN primary name it means or None, kind)
    ("Алмаз-Антей", "JOINT STOCK COMPANY AEROSPACE DEFENSE CONCERN ALMAZ-ANTEY", "cyrillic"),
    ("Almaz-Antey", "JOINT STOCK COMPANY AEROSPACE DEFENSE CONCERN ALMAZ-ANTEY", "short_form"),
    (
        "Almaz-Antey Air and Space Defence Corporation",
        "JOINT STOCK COMPANY AEROSPACE DEFENSE CONCERN ALMAZ-ANTEY",
        "legal_form",
    ),
    ("Рособоронэкспорт", "ROSOBORONEKSPORT OAO", "cyrillic"),
    ("Rosoboronexport", "ROSOBORONEKSPORT OAO", "translit"),
    ("Уралвагонзавод", "URALVAGONZAVOD", "cyrillic"),
    ("Концерн Калашников", "JOINT STOCK COMPANY CONCERN KALASHNIKOV", "cyrillic"),
    ("Kalashnikov Concern", "JOINT STOCK COMPANY CONCERN KALASHNIKOV", "word_order"),
    ("Rostec", "STATE CORPORATION ROSTEC", "short_form"),
    ("Rostec State Corporation", "STATE CORPORATION ROSTEC", "word_order"),
    ("Tactical Missiles Corporation", "TACTICAL MISSILES CORPORATION JSC", "legal_form"),
    ("Евгений Пригожин", None, "cyrillic"),
    ("Сергей Шойгу", "SHOIGU, Sergei Kuzhugetovich", "cyrillic"),
    ("Sergey Shoygu", "SHOIGU, Sergei Kuzhugetovich", "translit"),
    ("Игорь Сечин", "SECHIN, Igor Ivanovich", "cyrillic"),
    ("Сергей Лавров", "LAVROV, Sergei Viktorovich", "cyrillic"),
    ("VTB Bank", "VTB BANK PUBLIC JOINT STOCK COMPANY", "short_form"),
    ("Sberbank of Russia", "PUBLIC JOINT STOCK COMPANY SBERBANK OF RUSSIA", "short_form"),
    ("Mahan Air", "MAHAN AIR", "exact"),
    ("李方伟", "LI, Fangwei", "chinese"),
    ("马晓红", "MA, Xiaohong", "chinese"),
    ("张晓明", "ZHANG, Xiaoming", "chinese"),
    ("陈全国", "CHEN, Quanguo", "chinese"),
    ("王君正", "WANG, Junzheng", "chinese"),
    ("陈明国", "CHEN, Mingguo", "chinese"),
    ("张春贤", "ZHANG, Chunxian", "chinese"),
    ("王东明", "WANG, Dongming", "chinese"),
    ("徐斌", "XU, Bin", "chinese"),
    (
        "Dandong Hongxiang Industrial Development",
        "DANDONG HONGXIANG INDUSTRIAL DEVELOPMENT CO LTD",
        "legal_form",
    ),
    ("Li Fang Wei", "LI, Fangwei", "translit"),
]

_REPLACEMENTS = [
    "AURORA",
    "BALTIC",
    "ZENITH",
    "HORIZON",
    "MERIDIAN",
    "ORION",
    "SAPPHIRE",
    "SUMMIT",
    "VERTEX",
    "ATLAS",
    "JUNIPER",
    "COBALT",
    "FALCON",
    "GRANITE",
    "LOTUS",
    "NIMBUS",
    "PIONEER",
    "QUANTUM",
    "SEQUOIA",
    "TUNDRA",
    "MAGNOLIA",
    "KESTREL",
    "OBSIDIAN",
    "WILLOW",
]

NEGATIVES = [
    "Lockheed Martin",
    "Airbus Defence and Space",
    "Rheinmetall AG",
    "BAE Systems plc",
    "Thales Group",
    "Saab AB",
    "Leonardo S.p.A.",
    "RTX Corporation",
    "Raytheon Technologies",
    "The Boeing Company",
    "Embraer",
    "Hanwha Aerospace",
    "Nammo AS",
    "KNDS",
    "Naval Group",
    "Dassault Aviation",
    "Baykar",
    "Aselsan",
    "Roketsan",
    "MBDA",
    "Diehl Defence",
    "Kongsberg Gruppen",
    "Patria Oyj",
    "Fincantieri",
    "General Dynamics",
    "Northrop Grumman",
    "L3Harris Technologies",
    "Honeywell International",
    "Siemens AG",
    "Texas Instruments",
    "Analog Devices",
    "Infineon Technologies",
    "Mitsubishi Heavy Industries",
    "Kawasaki Heavy Industries",
    "Tata Advanced Systems",
    "Bharat Electronics",
    "Hindustan Aeronautics Limited",
    "Denel SOC",
    "Hyundai Rotem",
    "Korea Aerospace Industries",
    "Yandex",
    "Aeroflot",
    "Lukoil",
    "Norilsk Nickel",
    "Magnit",
    "X5 Retail Group",
    "Ozon",
    "Wildberries",
    "Severstal",
    "Kaspersky Lab",
    "Avtovaz",
    "Ukroboronprom",
    "Antonov Company",
    "Motor Sich",
    "Ukrainian Defense Industry",
    "Zelensky",
    "Volodymyr Zelensky",
    "Olaf Scholz",
    "Emmanuel Macron",
    "Antony Blinken",
    "Jens Stoltenberg",
    "Mark Rutte",
    "Ursula von der Leyen",
    "Josep Borrell",
    "Lloyd Austin",
    "Rishi Sunak",
    "Ben Wallace",
    "Pedro Sanchez",
    "Giorgia Meloni",
    "Recep Tayyip Erdogan",
    "Narendra Modi",
    "Kaja Kallas",
    "Annalena Baerbock",
    "Boris Pistorius",
    "Dmytro Kuleba",
    "Rustem Umerov",
    "Oleksandr Syrskyi",
    "Valerii Zaluzhnyi",
    "Kyrylo Budanov",
    "Andriy Yermak",
    "Stockholm International Peace Research Institute",
    "Conflict Armament Research",
    "International Institute for Strategic Studies",
    "Amnesty International",
    "Human Rights Watch",
    "Reuters",
    "Bellingcat",
    "Associated Press",
    "Financial Times",
    "Vladimir Ivanov",
    "Sergei Petrov",
    "Olga Smirnova",
    "Ivan Kuznetsov",
    "Anna Popova",
    "Mikhail Sokolov",
    "Elena Lebedeva",
    "Dmitry Kozlov",
    "Natalia Novikova",
    "Pavel Morozov",
    "John Smith",
    "Maria Garcia",
    "Wei Zhang",
    "Li Na",
    "Chen Jie",
    "Mohammed Hassan",
    "Ali Reza",
    "Ahmed Khan",
    "Fatima Ahmed",
    "Hans Mueller",
    "Global Trading Company",
    "International Trading LLC",
    "Eastern Shipping Line",
    "General Trading FZE",
    "Technology Solutions Ltd",
    "Bank",
    "Trading Company",
    "Shipping Company",
    "Engineering Bureau",
    "Aviation Services",
    "Oil and Gas Company",
    "Electronics Plant",
    "Investment Group",
    "Logistics Limited",
    "Holding Company",
]


def _title(name: str) -> str:
    return " ".join(w if w.isupper() and len(w) <= 3 else w.capitalize() for w in name.split())


def _person_order(name: str) -> tuple[str, str] | None:
    """'FAMILY, Given Patronymic' -> ('Given', 'Family')."""
    if "," not in name:
        return None
    family, given = (p.strip() for p in name.split(",", 1))
    if not family or not given:
        return None
    return given.split()[0], family.title()


def _cyrillic(text: str) -> str:
    out, s = [], text.lower()
    i = 0
    while i < len(s):
        for latin, cyr in _CYR:
            if s.startswith(latin, i):
                out.append(cyr)
                i += len(latin)
                break
        else:
            out.append(s[i])
            i += 1
    return " ".join(w.capitalize() for w in "".join(out).split(" "))


def _typo(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 1)
    op = rng.choice(("swap", "drop", "sub", "double"))
    if op == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if op == "drop":
        return word[:i] + word[i + 1 :]
    if op == "double":
        return word[:i] + word[i] + word[i:]
    return word[:i] + rng.choice("aeioulnrst") + word[i + 1 :]


def _with_typo(name: str, rng: random.Random) -> str | None:
    words = name.split()
    long = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha()]
    if not long:
        return None
    i = rng.choice(long)
    words[i] = _typo(words[i], rng)
    return " ".join(words)


def _org_variants(entry: SanctionEntry, rng: random.Random) -> list[tuple[str, str]]:
    name = entry.name.upper()
    out: list[tuple[str, str]] = []
    core = name
    for prefix, forms in _LEGAL_PREFIX.items():
        if name.startswith(prefix + " "):
            core = name[len(prefix) + 1 :]
            out.append((f"{_title(core)} {rng.choice(forms)}", "legal_form"))
            break
    else:
        for suffix, forms in _LEGAL_SUFFIX.items():
            if name.endswith(" " + suffix) or name.endswith(", " + suffix):
                core = name[: -len(suffix)].rstrip(" ,")
                out.append(
                    (
                        f"{rng.choice(forms)} {_title(core)}"
                        if suffix in ("OOO", "AO", "OAO", "JSC")
                        else f"{_title(core)} {rng.choice(forms)}",
                        "legal_form",
                    )
                )
                break
    words = [w for w in core.replace("'", "").replace('"', "").split() if w not in _GENERIC]
    if words and words != core.split() and sum(len(w) for w in words) >= 6:
        out.append((_title(" ".join(words)), "short_form"))
    typo = _with_typo(_title(core), rng)
    if typo:
        out.append((typo, "typo"))
    return out


def _person_variants(entry: SanctionEntry, rng: random.Random) -> list[tuple[str, str]]:
    parts = _person_order(entry.name)
    if parts is None:
        return []
    given, family = parts
    plain = f"{given} {family}"
    out = [(plain, "word_order")]
    russian = "ru" in entry.countries or any(
        "RUSSIA" in p or "UKRAINE" in p for p in entry.programs
    )
    if russian and plain.replace(" ", "").replace("-", "").isalpha():
        out.append((_cyrillic(plain), "cyrillic"))
        low = plain.lower()
        for old, new in rng.sample(_LATIN_VARIANTS, len(_LATIN_VARIANTS)):
            if old in low:
                out.append((_title(low.replace(old, new, 1)), "translit"))
                break
    typo = _with_typo(plain, rng)
    if typo:
        out.append((typo, "typo"))
    return out


def build_queries(entries: tuple[SanctionEntry, ...], seed: int = 20240503) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    by_name = {e.name: e for e in entries}
    queries: list[dict[str, Any]] = []

    def add(name: str, expected: list[str], kind: str, **extra: Any) -> None:
        queries.append(
            {
                "id": f"q{len(queries):04d}",
                "name": name,
                "expected": expected,
                "kind": kind,
                **extra,
            }
        )

    for text, listed, kind in HANDWRITTEN:
        if listed is None:
            prig = [e for e in entries if e.name.startswith("PRIGOZHIN, Yevgeniy")]
            add(text, [e.list_id for e in prig], kind)
        elif listed in by_name:
            add(text, [by_name[listed].list_id], kind)
    orgs = [e for e in entries if e.type is ListedType.ORGANIZATION]
    people = [e for e in entries if e.type is ListedType.PERSON]
    russian_orgs = [e for e in orgs if any("RUSSIA" in p or "UKRAINE" in p for p in e.programs)]
    for entry in rng.sample(russian_orgs, 90) + rng.sample(orgs, 110):
        for name, kind in _org_variants(entry, rng):
            add(name, [entry.list_id], kind, type="organization")
    russian_people = [e for e in people if any("RUSSIA" in p for p in e.programs)]
    for entry in rng.sample(russian_people, 80) + rng.sample(people, 70):
        for name, kind in _person_variants(entry, rng):
            add(name, [entry.list_id], kind, type="person")
    vessels = [e for e in entries if e.type is ListedType.VESSEL]
    for entry in rng.sample(vessels, 30):
        add(_title(entry.name), [entry.list_id], "vessel")
        imo = next((v for k, v in entry.identifiers if k == "imo"), None)
        if imo:
            add(f"IMO {imo}", [entry.list_id], "imo")
    # a name that is also what the rules make of a listed name cannot be a negative
    listed_cores = {_key(n) for e in entries for n in (e.name, *e.aliases)}
    listed_cores |= {_key(" ".join(p)) for e in people if (p := _person_order(e.name))}
    df: dict[str, int] = defaultdict(int)
    for entry in entries:
        for word in set(entry.name.upper().split()):
            df[word] += 1
    negatives = list(NEGATIVES)
    unlisted = [w for w in _REPLACEMENTS if df[w] == 0]
    for entry in rng.sample(orgs, 60):
        words = entry.name.upper().split()
        rarest = min(range(len(words)), key=lambda i: (df[words[i]], -len(words[i])))
        words[rarest] = rng.choice(unlisted)
        negatives.append(_title(" ".join(words)))
    for name in negatives:
        if _key(name) not in listed_cores:
            add(name, [], "negative")
    # entries whose names are the same after normalisation cannot be told apart by name:
    # finding any of them is right (for both matchers)
    same: dict[str, set[str]] = defaultdict(set)
    for entry in entries:
        for n in (entry.name, *entry.aliases):
            same[_key(n)].add(entry.list_id)
    by_id = {e.list_id: e for e in entries}
    for q in queries:
        expanded = set(q["expected"])
        for list_id in q["expected"]:
            for n in (by_id[list_id].name, *by_id[list_id].aliases):
                expanded |= same[_key(n)]
        q["expected"] = sorted(expanded, key=int)
    return queries


def _key(name: str) -> str:
    return " ".join(sorted(name_form(name).core))


# --- the reference matcher ------------------------------------------------------------


class Reference:
    """nomenklatura LogicV2 over an in-memory token blocking index."""

    def __init__(self, entries: tuple[SanctionEntry, ...]) -> None:
        from followthemoney import model
        from nomenklatura.blocker.tokenizer import tokenize_entity
        from nomenklatura.matching import LogicV2, ScoringConfig

        self.model = model
        self.tokenize = tokenize_entity
        self.algorithm = LogicV2
        self.config = ScoringConfig.defaults()
        self.entities: list[Any] = []
        self.queries = 0
        self.postings: dict[str, list[int]] = defaultdict(list)
        for entry in entries:
            entity = self._entity(entry)
            n = len(self.entities)
            self.entities.append(entity)
            for _, token in set(tokenize_entity(entity)):
                self.postings[token].append(n)
        total = len(self.entities)
        self.idf = {t: math.log(total / len(p)) for t, p in self.postings.items()}

    def _entity(self, entry: SanctionEntry) -> Any:
        schema = {
            ListedType.PERSON: "Person",
            ListedType.ORGANIZATION: "Organization",
            ListedType.VESSEL: "Vessel",
            ListedType.AIRCRAFT: "Airplane",
        }.get(entry.type, "LegalEntity")
        entity = self.model.make_entity(schema)
        entity.id = entry.list_id
        entity.add("name", entry.name)
        entity.add("alias", list(entry.aliases))
        entity.add("weakAlias", list(entry.weak_aliases))
        entity.add("country", list(entry.countries))
        for kind, value in entry.identifiers:
            if kind == "imo" and schema == "Vessel":
                entity.add("imoNumber", value)
            elif kind == "registration":
                entity.add("registrationNumber", value)
        return entity

    def screen(self, name: str, type: str | None) -> list[tuple[str, float]]:
        schema = {"person": "Person", "organization": "Organization"}.get(type or "", "LegalEntity")
        # a fresh id per query: nomenklatura caches name analysis per entity id
        self.queries += 1
        query = self.model.make_entity(schema)
        query.id = f"query-{self.queries}"
        query.add("name", name)
        imo = re.match(r"^IMO\s*(\d{7})$", name)
        if imo:
            query = self.model.make_entity("Vessel")
            query.id = f"query-{self.queries}"
            query.add("name", name)
            query.add("imoNumber", imo.group(1))
        acc: dict[int, float] = defaultdict(float)
        for _, token in set(self.tokenize(query)):
            postings = self.postings.get(token, [])
            if len(postings) > 2000:
                continue
            for n in postings:
                acc[n] += self.idf[token]
        top = sorted(acc, key=acc.__getitem__, reverse=True)[:REFERENCE_CANDIDATES]
        out = []
        as_schema: dict[str, Any] = {}
        for n in top:
            candidate = self.entities[n]
            probe = query
            if type is None and not imo and candidate.schema.name in ("Vessel", "Airplane"):
                # an untyped query may be any kind of party: ask as the candidate's kind
                # (LegalEntity cannot match a vessel), as yente would with schema Thing
                if candidate.schema.name not in as_schema:
                    other = self.model.make_entity(candidate.schema.name)
                    other.id = f"{query.id}-{candidate.schema.name}"
                    other.add("name", name)
                    as_schema[candidate.schema.name] = other
                probe = as_schema[candidate.schema.name]
            result = self.algorithm.compare(probe, candidate, self.config)
            if result.score >= REFERENCE_THRESHOLD:
                out.append((str(self.entities[n].id), float(result.score)))
        return sorted(out, key=lambda r: -r[1])


# --- running --------------------------------------------------------------------------


def evaluate(
    label: str, queries: list[dict[str, Any]], screen: Callable[[dict[str, Any]], list[str]]
) -> dict[str, Any]:
    tp = fp = fn = 0
    times: list[float] = []
    per_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses: list[str] = []
    started = time.perf_counter()
    cpu_started = time.process_time()
    for q in queries:
        t0 = time.perf_counter()
        found = screen(q)
        times.append(time.perf_counter() - t0)
        expected = set(q["expected"])
        hits = [f for f in found if f in expected]
        tp_q = 1 if hits else 0
        tp += tp_q
        fn += 1 if expected and not hits else 0
        fp += len([f for f in found if f not in expected])
        if expected:
            per_kind[q["kind"]][0] += tp_q
            per_kind[q["kind"]][1] += 1
        else:
            per_kind["negative"][0] += 0 if found else 1
            per_kind["negative"][1] += 1
        if (expected and not hits) or (not expected and found):
            misses.append(f"{q['kind']}: {q['name']!r} expected {sorted(expected)} got {found[:3]}")
        elif len(hits) < len(found):
            misses.append(
                f"extra {q['kind']}: {q['name']!r} expected {sorted(expected)} got {found[:4]}"
            )
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    times.sort()
    return {
        "matcher": label,
        "queries": len(queries),
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "qps": round(len(queries) / elapsed, 1),
        # CPU time is what the matcher costs; wall time also counts other load on the machine
        "qps_cpu": round(len(queries) / cpu, 1),
        "p50_ms": round(statistics.median(times) * 1000, 2),
        "p95_ms": round(times[int(len(times) * 0.95)] * 1000, 2),
        "per_kind": {k: f"{v[0]}/{v[1]}" for k, v in sorted(per_kind.items())},
        "misses": misses,
    }


def _measure_build(build: Callable[[], Any]) -> tuple[Any, float, float]:
    t0 = time.perf_counter()
    built = build()
    seconds = time.perf_counter() - t0
    tracemalloc.start()
    again = build()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del again
    return built, seconds, peak / 2**20


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--build-queries", action="store_true")
    parser.add_argument("--no-other-names", action="store_true")
    parser.add_argument("--no-reference", action="store_true")
    parser.add_argument("--show-misses", type=int, default=15)
    parser.add_argument("--queries", type=Path, default=QUERIES, help="query file to use/write")
    parser.add_argument("--seed", type=int, default=20240503, help="for --build-queries")
    args = parser.parse_args(list(argv) if argv is not None else None)
    if not SDN.is_file():
        print(f"missing {SDN}", file=sys.stderr)
        return 2
    sdn = read_list(SDN)
    if args.build_queries:
        queries = build_queries(sdn.entries, args.seed)
        args.queries.parent.mkdir(parents=True, exist_ok=True)
        with args.queries.open("w", encoding="utf-8") as out:
            for q in queries:
                out.write(json.dumps(q, ensure_ascii=False) + "\n")
        print(f"wrote {len(queries)} queries to {args.queries}")
    text = args.queries.read_text("utf-8")
    queries = [json.loads(line) for line in text.splitlines() if line]
    other = () if args.no_other_names else load_other_names()
    index, build_s, build_mb = _measure_build(
        lambda: ScreeningIndex.build("ofac-sdn", sdn.entries, other_names=other)
    )

    def ours(q: dict[str, Any]) -> list[str]:
        kind = ListedType(q["type"]) if q.get("type") else None
        return [m.list_id for m in index.screen(q["name"], type=kind, country=q.get("country"))]

    results = [evaluate("armstrace", queries, ours)]
    results[0].update(
        build_s=round(build_s, 2),
        build_mb=round(build_mb, 1),
        threshold=DEFAULT_THRESHOLD,
        other_names=not args.no_other_names,
    )
    if not args.no_reference:
        reference, ref_s, ref_mb = _measure_build(lambda: Reference(sdn.entries))
        res = evaluate(
            "nomenklatura LogicV2",
            queries,
            lambda q: [i for i, _ in reference.screen(q["name"], q.get("type"))],
        )
        res.update(
            build_s=round(ref_s, 2), build_mb=round(ref_mb, 1), threshold=REFERENCE_THRESHOLD
        )
        results.append(res)
    for res in results:
        misses = res.pop("misses")
        print(json.dumps(res, ensure_ascii=False))
        for miss in misses[: args.show_misses]:
            print("   ", miss)
    if len(results) == 2:
        ours, ref = results
        print(
            f"speed-up: {ours['qps'] / ref['qps']:.1f}x queries per second (wall), "
            f"{ours['qps_cpu'] / ref['qps_cpu']:.1f}x (CPU)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
