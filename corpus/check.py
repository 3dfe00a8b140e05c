#!/usr/bin/env python3
"""Cross-file checks for the annotated corpus that the per-file format check cannot make.

Why: cross-document resolution is trained and scored on entity ids, so one real-world
entity must carry one id (and one type) in every file, and a claim is only useful as
training data if its evidence is really a sentence of its article. score.py --check looks
at one file at a time; this script looks at the corpus as a whole.

Checks:
- the same entity id always has the same type (and, as a warning, the same country);
- the same name or alias is not used for two different ids of the same type;
- every claim's evidence is an exact substring of its article's text;
- subject, object, location and an id-like used_in refer to entities of the article;
- attribution sources that look like ids (lowercase-with-hyphens, or an id used anywhere
  in the corpus) are entities of the article;
- no two files share an id, and train and test share no article text.

Standard library only. Usage:
    python3 corpus/check.py [FILE_OR_DIR ...]     (default: corpus/train corpus/test)
Exit status 1 when an error is found; warnings do not fail.
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ID_LIKE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)+$")


def files_from(args: list[str]) -> list[Path]:
    here = Path(__file__).resolve().parent
    targets = [Path(a) for a in args] or [here / "train", here / "test"]
    out: list[Path] = []
    for t in targets:
        out.extend(sorted(t.glob("*.json")) if t.is_dir() else [t])
    return out


def norm(text: str) -> str:
    return re.sub(r"[^\w]+", " ", text.lower()).strip()


def all_ids(paths: list[Path]) -> set[str]:
    found: set[str] = set()
    for path in paths:
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        found.update(e.get("id") for e in doc.get("entities", []))
    return found


def check(paths: list[Path]) -> tuple[list[str], list[str]]:
    known = all_ids(paths)
    errors: list[str] = []
    warnings: list[str] = []
    types: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    countries: dict[str, set[object]] = defaultdict(set)
    forms: dict[tuple[str, str], set[str]] = defaultdict(set)
    doc_ids: dict[str, str] = {}
    texts: dict[str, list[str]] = defaultdict(list)
    for path in paths:
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            errors.append(f"{path.name}: unreadable: {exc}")
            continue
        did = doc.get("id", "")
        if did in doc_ids:
            errors.append(f"{path.name}: id {did!r} also used by {doc_ids[did]}")
        doc_ids[did] = path.name
        text = doc.get("text", "")
        texts[text].append(path.name)
        ids = set()
        for ent in doc.get("entities", []):
            eid = ent.get("id")
            ids.add(eid)
            types[eid][ent.get("type")].append(path.name)
            countries[eid].add(ent.get("country"))
            for form in [ent.get("name"), *(ent.get("aliases") or [])]:
                if form:
                    forms[(norm(form), ent.get("type"))].add(eid)
                    if form not in text:
                        warnings.append(f"{path.name}: form {form!r} of {eid} not in text")
        for n, claim in enumerate(doc.get("claims", [])):
            where = f"{path.name} claim {n}"
            if claim.get("evidence", "") not in text or not claim.get("evidence"):
                errors.append(f"{where}: evidence not a substring of text")
            for role in ("subject", "object", "location"):
                val = claim.get(role)
                if val is not None and val not in ids:
                    errors.append(f"{where}: {role} {val!r} is not an entity of the article")
            used = claim.get("used_in")
            if used and (ID_LIKE.match(used) or used in known) and used not in ids:
                errors.append(f"{where}: used_in {used!r} looks like an id but is no entity")
            for att in claim.get("attribution", []):
                src = att.get("source", "")
                looks_like_id = ID_LIKE.match(src) or src in known
                if src != "article" and looks_like_id and src not in ids:
                    errors.append(f"{where}: source {src!r} looks like an id but is no entity")
    for eid, by_type in types.items():
        if len(by_type) > 1:
            detail = "; ".join(f"{t} in {', '.join(fs[:3])}" for t, fs in by_type.items())
            errors.append(f"entity {eid!r} has several types: {detail}")
        if len(countries[eid]) > 1:
            seen = sorted(map(str, countries[eid]))
            warnings.append(f"entity {eid!r} has several countries: {seen}")
    for (form, etype), eids in forms.items():
        if len(eids) > 1:
            warnings.append(f"form {form!r} ({etype}) names several ids: {sorted(eids)}")
    for names in texts.values():
        if len(names) > 1:
            errors.append(f"same text in {', '.join(names)}")
    return errors, warnings


def main(argv: list[str]) -> int:
    paths = files_from(argv)
    errors, warnings = check(paths)
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    n_ids = len({p.stem for p in paths})
    print(
        f"{len(paths)} file(s), {n_ids} article(s): "
        f"{len(errors)} error(s), {len(warnings)} warning(s)"
    )
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
