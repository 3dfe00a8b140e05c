"""Ownership said through relations rather than the words "subsidiary" or "owned by".

"X, a joint venture of A and B" (X owned by each partner), "its parent company Y" /
"whose owner Y" (the possessor owned by Y), "X sits under Y" / "falls under Y", "X, the
drone maker within the Y group", and "X, in which Y holds a stake". Each needs a named
owned and a named owner, as every ownership claim does.
"""

from __future__ import annotations

from armstrace.extract.claims.context import ACTORS, DocContext, Token
from armstrace.extract.claims.draft import Draft
from armstrace.extract.claims.lexicon import lexicon
from armstrace.extract.claims.syntax import conjuncts, pobjs
from armstrace.model import ClaimType, EntityType

__all__ = [
    "LINK_WORDS",
    "described_as",
    "group_name",
    "group_referent",
    "link_drafts",
    "named",
    "owner_of",
]

OWNERS = ACTORS | {EntityType.PERSON}
OWNED = frozenset({EntityType.ORGANIZATION, EntityType.PLACE})
_GROUPS = frozenset(
    {"group", "holding", "concern", "conglomerate", "corporation", "consortium", "company"}
)
_VENTURES = frozenset({"venture", "consortium"})
_RELATIONAL = frozenset({"parent", "owner", "co-owner", "shareholder"})
_UNDER_VERBS = frozenset({"sit", "fall"})
_OF = frozenset({"of"})
_GROUP_BONUS = 2
_DESCRIBING = frozenset(
    {"describe", "present", "name", "identify", "list", "call", "count", "see", "regard"}
)
# words that start one of these readings (the trigger pass hands them to ownership_drafts)
LINK_WORDS = _VENTURES | _RELATIONAL | _UNDER_VERBS | {"within"}


def named(tok: Token, ctx: DocContext, types: frozenset[EntityType]) -> str | None:
    """The mention a role word stands for: ``ctx.referent``, else, for a describing
    noun in apposition ("X, a company that ..."), the name it describes."""
    key = ctx.referent(tok, types, deep=False)
    if key is not None:
        return key
    cur = tok
    relative = tok.tag_ in ("WDT", "WP") or (tok.lower_ == "that" and tok.dep_ in ("nsubj", "dobj"))
    clause = tok.head.head if tok.dep_ == "pobj" else tok.head  # "in which"
    if tok.lower_ == "whose":  # "X, whose owner Y ...": the clause over the possessed noun
        relative = True
        for _ in range(3):
            if clause.dep_ == "relcl" or clause.head.i == clause.i:
                break
            clause = clause.head
    if relative and clause.dep_ == "relcl":
        cur = clause.head
    if cur.dep_ == "appos" and cur.pos_ == "NOUN":
        return ctx.referent(cur.head, types, deep=False)
    if cur is not tok:
        return group_name(cur, ctx) or ctx.referent(cur, types, deep=False)
    return None


def group_name(tok: Token, ctx: DocContext) -> str | None:
    """The organisation named in front of a group word ("the KNDS group", "the High
    Precision Systems holding"), or None."""
    if tok.lemma_.lower() not in _GROUPS and tok.lower_ not in _GROUPS:
        return None
    for c in tok.children:
        if c.dep_ in ("compound", "nmod", "amod"):
            m = ctx.mention_at(c)
            if m is not None and m.type == EntityType.ORGANIZATION:
                return m.key
    return None


def _described_as_group(m_tok: Token) -> bool:
    """A name said to be a group: "the Almaz-Antey concern", "X, the state conglomerate",
    "Kalashnikov Group"."""
    head = m_tok.head
    if m_tok.dep_ == "compound" and head.lemma_.lower() in _GROUPS:
        return True
    return any(c.dep_ == "appos" and c.lemma_.lower() in _GROUPS for c in m_tok.children)


def group_referent(tok: Token, ctx: DocContext) -> str | None:
    """What "the group" / "the concern" stands for: the organisation named most often
    before its sentence (the one the article is about), where being called a group (by
    name or description) counts as two more mentions; the latest on a tie. None when
    ``tok`` is not such a word or the text has called nothing a group."""
    if tok.lemma_.lower() not in _GROUPS or group_name(tok, ctx) is not None:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    before = tok.sent.start_char
    counts: dict[str, int] = {}
    latest: dict[str, int] = {}
    groups: set[str] = set()
    key_of: dict[str, str] = {}
    for m in ctx.ordered:
        if m.end > before or m.type != EntityType.ORGANIZATION:
            continue
        if words_of(ctx, m.key) & lexicon()["authority_words"]:
            continue  # a ministry or bureau is no group
        name = ctx.name(m.key)
        counts[name] = counts.get(name, 0) + 1
        latest[name] = m.start
        key_of[name] = m.key
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if set(name.split()) & _GROUPS or (span is not None and _described_as_group(span.root)):
            groups.add(name)
    if not groups:
        return None
    best = max(counts, key=lambda n: (counts[n] + (_GROUP_BONUS if n in groups else 0), latest[n]))
    return key_of[best]


def words_of(ctx: DocContext, key: str) -> set[str]:
    m = ctx.mentions[key]
    return set(((m.canonical or "") + " " + m.text).lower().replace(".", " ").split())


def owner_of(tok: Token, ctx: DocContext) -> str | None:
    """An owner phrase: its own name, or the name modifying a group word ("the Franco-
    German KNDS group" is KNDS, never an earlier group "the group" might point back to)."""
    m = ctx.mention_at(tok)
    if m is not None:
        return m.key if m.type in OWNERS else None
    name = group_name(tok, ctx)
    if name is None and tok.lemma_.lower() in _GROUPS:  # "its group", "Y's group": Y
        poss = [c for c in tok.children if c.dep_ == "poss"]
        name = ctx.referent(poss[0], OWNERS) if poss else None
    return (
        name
        or named(tok, ctx, OWNERS)
        or ctx.referent(tok, OWNERS)
        or group_referent(tok, ctx)  # "the group" with no group named just before
    )


def _pair(sub: str | None, obj: str | None, trigger: Token, ctx: DocContext) -> list[Draft]:
    if sub is None or obj is None or sub == obj or ctx.name(sub) == ctx.name(obj):
        return []
    return [Draft(ClaimType.OWNERSHIP, trigger, sub, obj, timeless=True)]


def _venture(tok: Token, ctx: DocContext) -> list[Draft]:
    """ "X, a joint venture of/between A and B": X is owned by each partner."""
    if tok.dep_ not in ("appos", "attr"):
        return []
    if tok.dep_ == "appos":
        holder = tok.head
    else:
        subs = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subs:
            return []
        holder = subs[0]
    partners = pobjs(list(tok.children), frozenset({"of", "between"}))
    sub = named(holder, ctx, OWNED)
    out: list[Draft] = []
    for p in partners:
        out += _pair(sub, owner_of(p, ctx), tok, ctx)
    return out


def _relational(tok: Token, ctx: DocContext) -> list[Draft]:
    """ "its parent company Y", "whose owner Y", "the company's parent, Y": the
    possessor is owned by the name the relational noun stands in front of."""
    chain = [tok]
    while chain[-1].dep_ == "compound" and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    if tok.dep_ == "conj" and tok.head.pos_ == "NOUN":
        chain.append(tok.head)  # "its general director and owner, Y": the first noun's
    poss = [c for n in chain for c in n.children if c.dep_ == "poss"]
    if poss and poss[0].lower_ in ("its", "their"):
        for n in chain:  # "X and its owner, Y": "its" is X, the name it is coordinated with
            m = ctx.mention_at(n.head)
            if n.dep_ == "conj" and m is not None and m.type == EntityType.ORGANIZATION:
                poss = [n.head]
                break
    of = pobjs(list(tok.children), frozenset({"of"}))
    if not of:  # "a co-owner and chief designer of X": the last conjunct's "of"
        of = [o for c in tok.children if c.dep_ == "conj" for o in pobjs(list(c.children), _OF)]
    if of and tok.lemma_.lower() != "parent":
        return _owner_of_phrase(tok, of, ctx)
    if not poss:
        return []
    if tok.dep_ == "nsubj" and tok.head.lemma_ == "be":  # "Its largest shareholder is Y"
        attrs = [c for c in tok.head.children if c.dep_ in ("attr", "acomp")]
        owner_key = ctx.referent(attrs[0], OWNERS, deep=False) if attrs else None
        return _pair(named(poss[0], ctx, OWNED), owner_key, tok, ctx)
    owner: str | None = None
    top = chain[-1]
    m = ctx.mention_at(top)
    if m is not None and m.type in OWNERS:
        owner = m.key
    else:
        for n in chain:
            for c in n.children:
                if c.dep_ == "appos":
                    owner = ctx.referent(c, OWNERS, deep=False)
                    if owner is not None:
                        break
            if owner is not None:
                break
    if owner is None:
        return []
    return _pair(named(poss[0], ctx, OWNED), owner, tok, ctx)


def _owner_of_phrase(tok: Token, owned: list[Token], ctx: DocContext) -> list[Draft]:
    """ "Y is the majority owner of X", "Y, the largest shareholder of X"."""
    if tok.dep_ == "attr" and tok.head.lemma_ == "be":
        subs = [c for c in tok.head.children if c.dep_ == "nsubj"]
        holder = subs[0] if subs else None
    elif tok.dep_ == "appos":
        holder = tok.head
    else:
        holder = described_as(tok)  # "whom it described as a co-owner of X"
    if holder is None:
        return []
    owner = named(holder, ctx, OWNERS)
    out: list[Draft] = []
    for o in owned:
        out += _pair(ctx.referent(o, OWNED, deep=False), owner, tok, ctx)
    return out


def described_as(tok: Token) -> Token | None:
    """What "as <tok>" is said of after a describing verb: "described X as a co-owner",
    "presents X as part of", "X was described as"; None elsewhere."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "as" or tok.head.dep_ != "prep":
        return None
    verb = tok.head.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _DESCRIBING:
        return None
    said = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return said[0] if said else None


def _under(tok: Token, ctx: DocContext) -> list[Draft]:
    """ "X, which in turn sits under Y": X belongs to Y (a named organisation, never
    "sanctions" or "pressure")."""
    subs = [c for c in tok.children if c.dep_ == "nsubj"]
    if not subs:
        return []
    out: list[Draft] = []
    for p in pobjs(list(tok.children), frozenset({"under"})):
        owner = ctx.mention_at(p)
        if owner is None or owner.type != EntityType.ORGANIZATION:
            continue
        for s in conjuncts(subs[0]):
            out += _pair(named(s, ctx, OWNED), owner.key, tok, ctx)
    return out


def _within(tok: Token, ctx: DocContext) -> list[Draft]:
    """ "X, the drone maker within the Y group": X belongs to the group Y."""
    noun = tok.head
    if tok.dep_ != "prep" or noun.dep_ != "appos" or noun.pos_ != "NOUN":
        return []
    out: list[Draft] = []
    for p in pobjs([tok], frozenset({"within"})):
        if p.lemma_.lower() not in _GROUPS:
            continue
        out += _pair(ctx.referent(noun.head, OWNED, deep=False), owner_of(p, ctx), tok, ctx)
    return out


def link_drafts(tok: Token, ctx: DocContext) -> list[Draft]:
    """Ownership drafts read from a relation word (see the module docstring)."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "NOUN" and lemma in _VENTURES:
        return _venture(tok, ctx)
    if tok.pos_ == "NOUN" and lemma in _RELATIONAL:
        return _relational(tok, ctx)
    if tok.pos_ == "VERB" and lemma in _UNDER_VERBS:
        return _under(tok, ctx)
    if lemma == "within":
        return _within(tok, ctx)
    return []
