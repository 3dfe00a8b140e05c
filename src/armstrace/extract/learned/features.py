"""What the model sees of a candidate: binary features, as strings.

Features say how each role stands to the trigger (dependency path, side, distance, the
preposition that introduces it, whether a pronoun stands for it), how the trigger is
used (lemma, part of speech, passive, negated, under a plan or reporting verb), and
whether the rules proposed the candidate. Most are crossed with the claim type, since
"to X" means the recipient for a transfer and nothing for a production claim.
"""

from __future__ import annotations

from armstrace.extract.claims.context import Token
from armstrace.extract.claims.lexicon import lexicon
from armstrace.extract.learned.candidates import Candidate, Party
from armstrace.model import ClaimType

__all__ = ["dep_path", "features"]

_MAX_PATH = 4


def _bucket(n: int) -> str:
    if n <= 2:
        return "0-2"
    if n <= 5:
        return "3-5"
    if n <= 10:
        return "6-10"
    if n <= 20:
        return "11-20"
    return "21+"


def _ancestors(tok: Token) -> list[Token]:
    out = [tok]
    while out[-1].head.i != out[-1].i and len(out) < 40:
        out.append(out[-1].head)
    return out


def dep_path(src: Token, dst: Token) -> str:
    """Dependency labels from ``src`` up to the common head and down to ``dst``:
    "nsubj^ >dobj"; prepositions are named ("pobj^ prep(to)^"). "far" when the two are
    in different sentences or the path is longer than four steps."""
    if src.i == dst.i:
        return "self"
    up, down = _ancestors(src), _ancestors(dst)
    down_ids = {t.i: n for n, t in enumerate(down)}
    for n, t in enumerate(up):
        if t.i in down_ids:
            m = down_ids[t.i]
            if n + m > _MAX_PATH:
                return "long"

            def label(x: Token) -> str:
                return f"prep({x.lower_})" if x.dep_ in ("prep", "agent") else str(x.dep_)

            parts = [label(x) + "^" for x in up[:n]] + [">" + label(x) for x in reversed(down[:m])]
            return " ".join(parts)
    return "far"


def _prep(tok: Token) -> str:
    """The preposition (or possessive) that introduces a role word, else its relation."""
    if tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "agent"):
        return str(tok.head.lower_)
    if tok.dep_ == "poss":
        return "poss"
    return str(tok.dep_)


def _role(out: list[str], t: str, name: str, p: Party | None, trig: Token | None) -> None:
    if p is None:
        out.append(f"{t}|{name}=none")
        return
    out.append(f"{t}|{name}:type={p.type.value}")
    out.append(f"{t}|{name}:via={p.via}")
    out.append(f"{t}|{name}:prep={_prep(p.tok)}")
    if trig is None or p.via == "far":
        return
    side = "before" if p.tok.i < trig.i else "after"
    out.append(f"{t}|{name}:side={side}")
    out.append(f"{t}|{name}:dist={_bucket(abs(p.tok.i - trig.i))}")
    path = dep_path(trig, p.tok)
    out.append(f"{t}|{name}:path={path}")
    out.append(f"{t}|{name}:path={path}|trig={trig.lemma_.lower()}")
    out.append(f"{name}:prep={_prep(p.tok)}|trig={trig.lemma_.lower()}")


def _trigger(out: list[str], t: str, trig: Token) -> None:
    lex = lexicon()
    lemma = trig.lemma_.lower()
    out.append(f"{t}|trig={lemma}")
    out.append(f"{t}|pos={trig.pos_}")
    out.append(f"{t}|tag={trig.tag_}")
    out.append(f"{t}|dep={trig.dep_}")
    kids = {c.dep_ for c in trig.children}
    lowers = {c.lower_ for c in trig.children}
    if "auxpass" in kids or "nsubjpass" in kids:
        out.append(f"{t}|passive")
    if "neg" in kids or lowers & {"never", "not", "no"}:
        out.append(f"{t}|negated")
    if lemma in lex.words.get("transfer_inverse_verbs", frozenset()) | lex.words.get(
        "transfer_inverse_nouns", frozenset()
    ):
        out.append(f"{t}|inverse")
    head = trig.head
    if head.i != trig.i:
        hl = head.lemma_.lower()
        if hl in lex.words.get("plan_governors", frozenset()):
            out.append(f"{t}|under_plan")
        if hl in lex.words.get("reporting_verbs", frozenset()):
            out.append(f"{t}|under_report")
        if hl in lex.words.get("denial_verbs", frozenset()):
            out.append(f"{t}|under_denial")
    if lowers & lex.words.get("speculative_modals", frozenset()):
        out.append(f"{t}|modal")


def features(c: Candidate) -> list[str]:
    """The candidate's features; the same candidate always gives the same list."""
    t = c.type.value
    out = [f"type={t}", f"{t}|src={'rule' if c.rule is not None else 'extra'}"]
    trig = c.trigger
    if trig is None:
        out.append(f"{t}|no_trigger")
    else:
        _trigger(out, t, trig)
    _role(out, t, "subj", c.subject, trig)
    _role(out, t, "obj", c.object, trig)
    if c.subject is not None and c.object is not None:
        order = "so" if c.subject.tok.i < c.object.tok.i else "os"
        out.append(f"{t}|order={order}")
        if trig is not None:
            lo, hi = sorted((c.subject.tok.i, c.object.tok.i))
            between = "between" if lo < trig.i < hi else "outside"
            out.append(f"{t}|trig_{between}")
        if c.subject.type == c.object.type:
            out.append(f"{t}|same_types={c.subject.type.value}")
    if c.type in (ClaimType.OWNERSHIP, ClaimType.SANCTION):
        pass
    elif c.item is None:
        out.append(f"{t}|item=none")
    else:
        words = c.item.split()
        out.append(f"{t}|item_len={min(len(words), 4)}")
        out.append(f"{t}|item_head={words[-1].lower()}")
        itok = c.item_tok
        if itok is not None and trig is not None:
            out.append(f"{t}|item:path={dep_path(trig, itok)}")
            out.append(f"{t}|item:side={'before' if itok.i < trig.i else 'after'}")
            out.append(f"{t}|item:dist={_bucket(abs(itok.i - trig.i))}")
        if itok is not None and itok.ent_type_:
            out.append(f"{t}|item:ent={itok.ent_type_}")
    sent_words = {w.lower_ for w in c.sent}
    for cue in ("said", "according", "denied", "not", "never", "reportedly", "allegedly", "will"):
        if cue in sent_words:
            out.append(f"{t}|cue={cue}")
    return out
