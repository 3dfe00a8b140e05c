#!/usr/bin/env python3
"""Build the annotated corpus JSON files from compact hand-written sources.

Why a builder: the articles and their claims are written by hand in `corpus/src/*.txt`
(one block per article, one line per claim), which is far less error-prone than typing
JSON. The builder does the mechanical parts the same way every time:

- entities: every entity of `corpus/src/entities.txt` whose name or alias occurs in the
  text (case-sensitive, whole words, longest form first so "Shahed Aviation Industries"
  does not also count as "Shahed"); the name is the registry name where it occurs, else
  the longest form that does; aliases are the other forms that occur. One registry means
  one id per real-world entity across the whole corpus.
- evidence: a claim line gives a short snippet; the builder writes the whole sentence of
  the text that contains it, so evidence is always an exact substring of one sentence.

Standard library only. Usage:
    python3 corpus/tools/build.py            # writes corpus/train, corpus/test, examples JSON
    python3 corpus/tools/build.py --lint     # also lists capitalised words no entity covers

Source format (see corpus/README.md for the full description):

    === train-0001 [-> path/of/output.json]
    title: ...
    publisher: ...
    published: 2024-03-12
    url: https://...
    map: Moscow=moscow; Kyiv=kyiv        (optional: surface form -> entity id here)
    ---
    Paragraph one on one line.

    Paragraph two.
    ---
    T north-korea>russia "artillery shells" t=2023 q=1000000 m=h a=nis|!russia ev="snippet"

Claim letters: T transfer, P production, D development, O ownership, S sanction,
C component. Options: c= item class (ws comp dual tech uns), t= time, q= quantity,
s= status (d p -), m= modality (a h s), a= attribution list separated by | (an entity id,
~free words for a source that is no entity, ! in front for a denial), loc= location id,
used= weapon the component goes into (entity id or words), ev= evidence snippet.
"""

from __future__ import annotations

import json
import re
import shlex
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "corpus" / "src"

CLASSES = {
    "ws": "weapon_system",
    "comp": "component",
    "dual": "dual_use_good",
    "tech": "technology",
    "uns": "unspecified",
}
MODS = {"a": "asserted", "h": "hedged", "s": "speculative"}
TYPES = {
    "T": "transfer",
    "P": "production",
    "D": "development",
    "O": "ownership",
    "S": "sanction",
    "C": "component",
}
DEFAULT_CLASS = {
    "transfer": "weapon_system",
    "production": "weapon_system",
    "development": "weapon_system",
    "component": "component",
}
ABBREV = {
    "U.S",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "St",
    "Gen",
    "Lt",
    "Col",
    "No",
    "Inc",
    "Co",
    "Ltd",
    "Jr",
    "Sr",
    "Jan",
    "Feb",
    "Aug",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
    "e.g",
    "i.e",
    "Corp",
    "Maj",
    "Sgt",
    "Adm",
    "Rep",
    "Sen",
    "vs",
}
TIME_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class BuildError(Exception):
    """A source block that cannot be turned into a valid annotated article."""


def load_registry() -> dict[str, dict]:
    reg: dict[str, dict] = {}
    for line in (SRC / "entities.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|")]
        while len(parts) < 5:
            parts.append("")
        eid, etype, country, name, aliases = parts[:5]
        if eid in reg:
            raise BuildError(f"registry: id {eid} twice")
        reg[eid] = {
            "id": eid,
            "type": etype,
            "country": None if country == "null" else country,
            "name": name,
            "aliases": [a.strip() for a in aliases.split(";") if a.strip()],
        }
    return reg


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence boundaries: paragraph breaks, and . ! ? before a capital, digit or quote."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in re.finditer(r"[.!?][\"'\u201d\u2019)]?(?=\s+[\"'\u201c\u2018A-Z0-9(])|\n\n", text):
        end = m.end()
        if m.group() != "\n\n":
            word = re.search(r"([\w.]+)\.?[\"'\u201d\u2019)]?$", text[start:end])
            w = word.group(1).rstrip(".") if word else ""
            if w in ABBREV or (len(w) == 1 and w.isupper()):
                continue
        spans.append((start, end))
        start = end
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text):
        spans.append((start, len(text)))
    return [(a, b) for a, b in ((a, b) for a, b in spans) if text[a:b].strip()]


def evidence_for(text: str, snippet: str, spans: list[tuple[int, int]], where: str) -> str:
    pos = text.find(snippet)
    if pos < 0:
        raise BuildError(f"{where}: evidence snippet not in text: {snippet!r}")
    end = pos + len(snippet)
    a = next(s for s, e in spans if s <= pos < e)
    b = next(e for s, e in spans if s < end <= e)
    return text[a:b].strip()


def find_entities(text: str, reg: dict[str, dict], mapping: dict[str, str]) -> dict[str, list[str]]:
    """Entity id -> forms that occur, longest forms claimed first."""
    forms: list[tuple[str, str]] = []
    for e in reg.values():
        for f in [e["name"], *e["aliases"]]:
            forms.append((f, mapping.get(f, e["id"])))
    for f, eid in mapping.items():
        forms.append((f, eid))
    forms.sort(key=lambda fe: -len(fe[0]))
    taken = [False] * len(text)
    found: dict[str, list[str]] = {}
    for form, eid in forms:
        if eid == "-":
            pat = re.compile(r"(?<![\w-])" + re.escape(form) + r"(?![\w-])")
            for m in pat.finditer(text):
                for i in range(m.start(), m.end()):
                    taken[i] = True
            continue
        pat = re.compile(r"(?<![\w-])" + re.escape(form) + r"(?![\w]|-\w)")
        for m in pat.finditer(text):
            if any(taken[m.start() : m.end()]):
                continue
            for i in range(m.start(), m.end()):
                taken[i] = True
            lst = found.setdefault(eid, [])
            if form not in lst:
                lst.append(form)
    return found


def parse_blocks(path: Path) -> list[dict]:
    blocks: list[dict] = []
    cur: dict | None = None
    section = ""
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.startswith("=== "):
            head = raw[4:].strip()
            out = None
            if "->" in head:
                head, out = (x.strip() for x in head.split("->", 1))
            cur = {
                "id": head,
                "out": out,
                "meta": {},
                "map": {},
                "body": [],
                "claims": [],
                "src": path.name,
            }
            blocks.append(cur)
            section = "head"
            continue
        if cur is None:
            continue
        if raw.strip() == "---":
            section = {"head": "body", "body": "claims"}.get(section, "claims")
            continue
        if (section == "head" and raw.strip()) or (section == "claims" and raw.startswith("map:")):
            key, _, val = raw.partition(":")
            key, val = key.strip(), val.strip()
            if key == "map":
                for pair in val.split(";"):
                    if pair.strip():
                        f, _, eid = pair.partition("=")
                        cur["map"][f.strip()] = eid.strip()
            else:
                cur["meta"][key] = val
        elif section == "body":
            cur["body"].append(raw.rstrip())
        elif section == "claims" and raw.strip() and not raw.lstrip().startswith("#"):
            cur["claims"].append(raw.strip())
    return blocks


def parse_claim(line: str, where: str) -> tuple[dict, str]:
    toks = shlex.split(line)
    letter = toks[0]
    if letter not in TYPES:
        raise BuildError(f"{where}: unknown claim letter {letter!r}")
    ctype = TYPES[letter]
    roles = toks[1]
    subj, obj = roles.split(">", 1) if ">" in roles else (roles, "")
    claim: dict = {
        "type": ctype,
        "subject": None if subj in ("-", "") else subj,
        "object": None if obj in ("-", "") else obj,
        "item": None,
        "item_class": None,
        "location": None,
        "time": None,
        "quantity": None,
        "status": None,
        "modality": "asserted",
        "attribution": [{"source": "article", "stance": "asserts"}],
        "used_in": None,
        "evidence": "",
    }
    rest = toks[2:]
    if ctype in DEFAULT_CLASS:
        if not rest:
            raise BuildError(f"{where}: no item")
        claim["item"] = rest[0]
        claim["item_class"] = DEFAULT_CLASS[ctype]
        rest = rest[1:]
    if ctype == "transfer":
        claim["status"] = "delivered"
    snippet = ""
    for tok in rest:
        key, eq, val = tok.partition("=")
        if not eq:
            raise BuildError(f"{where}: bad option {tok!r}")
        if key == "c":
            claim["item_class"] = CLASSES[val]
        elif key == "t":
            if not TIME_RE.match(val):
                raise BuildError(f"{where}: bad time {val!r}")
            claim["time"] = val
        elif key == "q":
            claim["quantity"] = float(val) if "." in val else int(val)
        elif key == "s":
            claim["status"] = {"d": "delivered", "p": "planned", "-": None}[val]
        elif key == "m":
            claim["modality"] = MODS[val]
        elif key == "a":
            atts = []
            for src in val.split("|"):
                stance = "asserts"
                if src.startswith("!"):
                    stance, src = "denies", src[1:]
                atts.append({"source": src, "stance": stance})
            claim["attribution"] = atts
        elif key == "loc":
            claim["location"] = val
        elif key == "used":
            claim["used_in"] = val
        elif key == "ev":
            snippet = val
        else:
            raise BuildError(f"{where}: unknown option {key!r}")
    if not snippet:
        raise BuildError(f"{where}: no ev=")
    return claim, snippet


def build_block(block: dict, reg: dict[str, dict]) -> dict:
    where = f"{block['src']}:{block['id']}"
    paras: list[str] = []
    cur: list[str] = []
    for line in block["body"]:
        if line.strip():
            cur.append(line.strip())
        elif cur:
            paras.append(" ".join(cur))
            cur = []
    if cur:
        paras.append(" ".join(cur))
    text = "\n\n".join(paras)
    for key in ("title", "publisher", "published", "url"):
        if key not in block["meta"]:
            raise BuildError(f"{where}: meta {key} missing")
    found = find_entities(text, reg, block["map"])
    entities = []
    for eid, forms in found.items():
        if eid not in reg:
            raise BuildError(f"{where}: map names unknown id {eid}")
        e = reg[eid]
        name = e["name"] if e["name"] in forms else max(forms, key=len)
        entities.append(
            {
                "id": eid,
                "name": name,
                "type": e["type"],
                "aliases": [f for f in forms if f != name],
                "country": e["country"],
            }
        )
    ids = {e["id"] for e in entities}
    spans = sentence_spans(text)
    claims = []
    for n, line in enumerate(block["claims"]):
        cw = f"{where} claim {n + 1}"
        claim, snippet = parse_claim(line, cw)
        for role in ("subject", "object", "location"):
            v = claim[role]
            if v is not None and v not in ids:
                raise BuildError(
                    f"{cw}: {role} {v!r} not an entity of this article "
                    f"({'unknown id' if v not in reg else 'form not in text'})"
                )
        used = claim["used_in"]
        if used is not None and used in reg and used not in ids:
            raise BuildError(f"{cw}: used_in {used!r} not in text")
        for att in claim["attribution"]:
            src = att["source"]
            if src.startswith("~"):
                att["source"] = src[1:]
            elif src != "article" and src not in ids:
                raise BuildError(f"{cw}: source {src!r} is no entity here (use ~words)")
        claim["evidence"] = evidence_for(text, snippet, spans, cw)
        claims.append(claim)
    words = len(text.split())
    return {
        "id": block["id"],
        "meta": {k: block["meta"][k] for k in ("title", "publisher", "published", "url")},
        "text": text,
        "entities": entities,
        "claims": claims,
        "_words": words,
    }


_SKIP_WORDS = """The A An In On At By For From To Of And But Or As It Its This That These Those
He She They We His Her Their Our Its After Before Since When While Where Which Who What
Asked Under Officials Some Several Both Neither Monday Tuesday Wednesday Thursday Friday
Saturday Sunday January February March April May June July August September October November
December Russian Ukrainian Iranian Chinese American British German French Polish Korean North
South Japanese Indian Turkish Israeli European Western Soviet Dutch Danish Norwegian Swedish
Czech Belarusian Kazakh Emirati Taiwanese Italian Spanish Finnish Greek Canadian Australian
Slovak Romanian Lithuanian Latvian Estonian Swiss Austrian Armenian Syrian According Asked
Speaking Citing"""
LINT_SKIP = set(_SKIP_WORDS.split())


def lint(doc: dict) -> list[str]:
    text = doc["text"]
    covered = [False] * len(text)
    for e in doc["entities"]:
        for f in [e["name"], *e["aliases"]]:
            for m in re.finditer(re.escape(f), text):
                for i in range(m.start(), m.end()):
                    covered[i] = True
    odd = []
    for m in re.finditer(r"\b[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*", text):
        if any(covered[m.start() : m.end()]):
            continue
        words = [w for w in m.group().split() if w not in LINT_SKIP]
        if words:
            odd.append(m.group())
    return sorted(set(odd))


def main(argv: list[str]) -> int:
    reg = load_registry()
    do_lint = "--lint" in argv
    only = [a for a in argv if not a.startswith("--")]
    errors: list[str] = []
    written = 0
    seen: set[str] = set()
    for src in sorted(SRC.glob("*.txt")):
        if src.name == "entities.txt":
            continue
        for block in parse_blocks(src):
            if only and block["id"] not in only:
                continue
            if block["id"] in seen:
                errors.append(f"{src.name}: id {block['id']} twice")
            seen.add(block["id"])
            try:
                doc = build_block(block, reg)
            except (BuildError, KeyError, ValueError, StopIteration) as exc:
                errors.append(f"{src.name}:{block['id']}: {exc!r}")
                continue
            words = doc.pop("_words")
            if block["out"]:
                out = ROOT / block["out"]
            else:
                split = block["id"].split("-")[0]
                out = ROOT / "corpus" / split / f"{block['id']}.json"
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
            written += 1
            if do_lint:
                odd = lint(doc)
                print(
                    f"{block['id']}: {words} words, {len(doc['entities'])} entities, "
                    f"{len(doc['claims'])} claims" + (f"; uncovered: {odd}" if odd else "")
                )
    for e in errors:
        print("ERROR", e)
    print(f"{written} file(s) written, {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
