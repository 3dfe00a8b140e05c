"""Who a sanction names when the parse does not say: the names listed after the verb,
the authorities a "both" or "the two governments" stands for, and the targets a
following sentence lists ("The firms include A, B and C", "Among them is X").

Lists of targets are long, and the small parser breaks them (colons, semicolons, titles
like "Brig. Gen."), so targets are read as the names standing in list positions between
the verb and the end of its clause, not as the verb's parsed objects alone.
"""

from __future__ import annotations

from collections.abc import Callable

from armstrace.extract.claims.context import DocContext, Token
from armstrace.extract.claims.syntax import conjuncts
from armstrace.model import EntityType

__all__ = [
    "clause_including",
    "followup_targets",
    "group_authorities",
    "listed_targets",
    "paragraph_targets",
]

IsAuthority = Callable[[str, DocContext], bool]

_LISTED = frozenset({EntityType.ORGANIZATION, EntityType.PERSON})
# words that end the stretch of a sentence where the targets are listed
_STOPS = frozenset(
    {
        "for",
        "over",
        "because",
        "after",
        "saying",
        "accusing",
        "citing",
        "alleging",
        "which",
        "who",
        "whom",
        "whose",
        "while",
        "when",
        "where",
        "but",
        "since",
        "amid",
        "following",
        "under",
        "despite",
        "according",
    }
)
# prepositions whose object is a detail of a target, not another target
_EMBEDDING = frozenset(
    {"of", "by", "from", "in", "to", "at", "for", "within", "into", "across", "under"}
)
_GROUP_NOUNS = frozenset(
    {
        "firm",
        "company",
        "entity",
        "individual",
        "person",
        "people",
        "designation",
        "target",
        "list",
        "bank",
        "lender",
        "vessel",
        "ship",
        "exchange",
        "official",
        "officer",
        "business",
        "supplier",
        "network",
        "other",
    }
)
_TITLES = frozenset(
    {"gen", "brig", "maj", "col", "lt", "capt", "adm", "sgt", "gov", "sen", "dr", "mr", "ms"}
)
_RELATIVES = frozenset({"which", "who", "whom", "whose"})
_PLURAL_SUBJECTS = frozenset({"both", "they"})
_SAYING = frozenset({"say", "tell", "announce", "state", "add", "report", "confirm", "note"})
_GROUP_SUBJECT_NOUNS = frozenset({"government", "country", "ally", "partner", "power"})


def _roots(toks: list[Token], ctx: DocContext) -> list[tuple[str, Token]]:
    """(mention key, the mention's head token) for each mention among ``toks``."""
    out: list[tuple[str, Token]] = []
    for t in toks:
        key = ctx.tok_mention[t.i]
        if key is None:
            continue
        if t.head.i != t.i and ctx.tok_mention[t.head.i] == key:
            continue  # not the head of its mention
        out.append((key, t))
    return out


def _is_listed(root: Token) -> bool:
    """A name in list position: an object, a conjunct or an apposition, not the owner
    of something ("Iran's armed forces") or a detail ("the head of X")."""
    dep = root.dep_
    if dep in ("poss", "compound", "amod", "npadvmod"):
        return False
    if dep == "appos" and root.i > 0 and root.doc[root.i - 1].text == "(":
        # "administered by the Office of ... (OFSI)": a short name in brackets is as much
        # a detail as the name it shortens
        head = root.head
        while head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.i != head.i:
            head = head.head.head
        if head.dep_ == "pobj" and head.head.lower_ in _EMBEDDING:
            return False
    if dep == "pobj" and root.head.lower_ in _EMBEDDING:
        return False
    # the subject of a later verb ("..., the ministry said"), not one misparsed earlier
    return not (dep == "nsubj" and root.head.i > root.i and root.head.lemma_.lower() in _SAYING)


def _stretch(start: Token, ctx: DocContext) -> list[Token]:
    """Tokens from ``start`` to the end of the listing: the sentence, continued past a
    break the parser made after a title ("Brig. Gen."), stopped at a new clause."""
    doc = start.doc
    sent = start.sent
    end = sent.end
    while end < len(doc) and end >= 2:
        last = doc[end - 1]
        word = last.text.rstrip(".").lower() if last.text != "." else doc[end - 2].lower_
        if not last.text.endswith(".") or word not in _TITLES:
            break
        end = doc[end].sent.end
    out: list[Token] = []
    i = start.i
    while i < end:
        t = doc[i]
        stop = ctx.tok_mention[t.i] is None and (
            t.lower_ in _STOPS or (t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBD", "VBZ", "VBP"))
        )  # a new clause: "..., and the Commerce Department added Y"
        if stop and i > start.i:
            # in a list split by semicolons a clause ends at the next item
            semi = next((j for j in range(i, end) if doc[j].text == ";"), None)
            if semi is None:
                semi = _after_relative(i, end, start, ctx)
            if semi is None:
                break
            i = semi + 1
            continue
        out.append(t)
        i += 1
    return out


def _party(i: int, ctx: DocContext) -> bool:
    key = ctx.tok_mention[i]
    return key is not None and ctx.mentions[key].type in _LISTED


def _after_relative(i: int, end: int, start: Token, ctx: DocContext) -> int | None:
    """ "A, which it said had built drones, and B": a relative clause set off by commas
    ends at the next ", and" that is followed by a name within four words (so a list
    inside the clause, "which supplies X, Y, and Z", is left alone when the clause
    holds names); the index of that "and", or None."""
    doc = start.doc
    if doc[i].lower_ not in _RELATIVES or i == 0 or doc[i - 1].text != ",":
        return None
    for k in range(i + 1, end - 1):
        if doc[k].text == "," and doc[k + 1].lower_ == "and":
            if any(_party(j, ctx) for j in range(i + 1, k)):
                return None  # firms or people inside the clause: no telling where it ends
            ahead = range(k + 2, min(k + 6, end))
            if any(ctx.tok_mention[j] is not None for j in ahead):
                return k + 1
            return None
    return None


def listed_targets(start: Token, ctx: DocContext) -> list[str]:
    """Organisations and people named in list position from ``start`` on."""
    keys: list[str] = []
    for key, root in _roots(_stretch(start, ctx), ctx):
        if ctx.mentions[key].type in _LISTED and _is_listed(root) and key not in keys:
            keys.append(key)
    return keys


def _authority_group(tok: Token, ctx: DocContext, is_authority: IsAuthority) -> list[str]:
    keys = [
        m.key
        for x in conjuncts(tok)
        if (m := ctx.mention_at(x)) is not None and is_authority(m.key, ctx)
    ]
    return keys if len(keys) >= 2 else []


def group_authorities(verb: Token, ctx: DocContext, is_authority: IsAuthority) -> list[str]:
    """ "Japan and Canada moved early. On March 3 both blocked ...": the authorities a
    plural subject ("both", "they", "the two governments") stands for, taken from the
    latest coordinated subject of the three sentences before; [] if none."""
    subj = [
        t
        for t in verb.sent
        if t.i < verb.i
        and (
            t.lower_ in _PLURAL_SUBJECTS
            or (
                t.lemma_.lower() in _GROUP_SUBJECT_NOUNS
                and t.tag_ == "NNS"
                and any(c.lower_ in ("two", "three", "both") for c in t.children)
            )
        )
        and t.dep_ in ("nsubj", "preconj", "det", "dep", "nsubjpass")
    ]
    mine = {s.i for s in subj}
    if not subj or any(
        c.dep_ == "nsubj" and c.i not in mine and c.i < verb.i for c in verb.children
    ):
        return []
    sent = verb.sent
    here = [t for t in sent if t.i < min(mine) and any(c.dep_ == "conj" for c in t.children)]
    for t in here:  # "Britain and France said they would ..." (whatever the parse made of it)
        group = _authority_group(t, ctx, is_authority)
        if group:
            return group
    doc = verb.doc
    start = sent.start
    for _ in range(3):
        if start == 0:
            break
        prev = doc[start - 1].sent
        for t in prev:
            if t.dep_ in ("nsubj", "nsubjpass"):
                group = _authority_group(t, ctx, is_authority)
                if group:
                    return group
        start = prev.start
    return []


def _group_subject(tok: Token) -> bool:
    low: str = tok.lemma_.lower()
    tag: str = tok.tag_
    if low in _GROUP_NOUNS and tag in ("NNS", "NN"):
        return tag == "NNS" or low == "list"
    if tok.pos_ == "NUM" and any(c.lower_ == "the" for c in tok.children):
        return True  # "The four are ..."
    if tok.lower_ in ("one", "two", "three", "another"):
        if tok.lower_ == "another" and any(c.dep_ == "appos" for c in tok.children):
            return True  # "another, X, acted as a front"
        return any(  # "One of the firms, X, ...", "One of them, X, ..."
            p.lower_ == "of"
            and any(o.lower_ in ("them", "those") or _group_subject(o) for o in p.children)
            for p in tok.children
        )
    return False


def followup_targets(sent: Token, ctx: DocContext) -> list[tuple[Token, list[str]]]:
    """In a sentence after a sanctions announcement: (the word that says so, the targets
    it lists). "The firms include A, B and C", "Those designations named A", "Among them
    is X", "The three firms, A, B and C, supplied ...". Empty when the sentence does not
    talk about the group the announcement named."""
    out: list[tuple[Token, list[str]]] = []
    for t in sent:
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in ("include", "be", "name"):
            subs = [c for c in t.children if c.dep_ == "nsubj"]
            group = any(_group_subject(s) for s in subs) or (
                t.dep_ == "acl" and _group_subject(t.head)
            )
            among = any(
                c.dep_ == "prep"
                and c.lower_ == "among"
                and any(o.lower_ in ("them", "those") or _group_subject(o) for o in c.children)
                for c in t.children
            )
            if group or among:
                start = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else t
                keys = listed_targets(start, ctx)
                if keys:
                    out.append((t, keys))
        elif t.dep_ in ("nsubj", "nsubjpass", "ROOT") and _group_subject(t):
            apps = [c for c in t.children if c.dep_ == "appos"]
            if apps:  # "The Chinese firms, A, B and C, provided ..."
                keys = [
                    k
                    for k, r in _roots([x for a in apps for x in a.subtree], ctx)
                    if ctx.mentions[k].type in _LISTED and _is_listed(r)
                ]
                if keys:
                    out.append((t, list(dict.fromkeys(keys))))
    return out


def _ends_with_colon(sent: Token) -> bool:
    words = [t for t in sent if not t.is_space]
    return bool(words) and words[-1].text == ":"


def paragraph_targets(trigger: Token, ctx: DocContext) -> list[tuple[Token, list[str]]]:
    """ "The new listings cover:" followed by one paragraph per target, each
    opening with the name ("Alpha Trading, a Dubai-based firm, for supplying ..."):
    (the paragraph's first word, its targets), until a paragraph opens without a name."""
    sent = trigger.sent
    if not _ends_with_colon(sent):
        return []
    doc = trigger.doc
    out: list[tuple[Token, list[str]]] = []
    end = sent.end
    while end < len(doc):
        nxt = doc[end].sent
        first = next((t for t in nxt if not t.is_space), None)
        if first is None:
            end = nxt.end
            continue
        key = ctx.tok_mention[first.i]
        named = key is not None and ctx.mentions[key].type in _LISTED
        if not named and first.pos_ != "PROPN":
            break  # a paragraph that opens with no name ends the list
        if "\n" not in doc.text[max(0, first.idx - 3) : first.idx]:
            break  # one paragraph per target: a sentence inside a paragraph ends the list
        keys = listed_targets(first, ctx)
        if keys:
            out.append((first, keys))
        end = nxt.end
    return out


# the clause links an "including" phrase may climb through to reach the group it picks from
_CLAUSE_LINKS = frozenset({"prep", "ccomp", "xcomp", "relcl", "acl", "advcl", "pcomp", "conj"})
_PEOPLE_AND_FIRMS = frozenset(
    {
        "individual",
        "person",
        "people",
        "company",
        "firm",
        "entity",
        "official",
        "business",
        "bank",
        "supplier",
        "officer",
        "network",
    }
)


def clause_including(verb: Token, groups: list[Token], ctx: DocContext) -> list[Token]:
    """ "imposed sanctions on individuals and companies it said were involved in
    supplying drones, including A and B": the names an "including" phrase gives when it
    hangs on the clause that describes an unnamed group of people or firms (or on the
    measure), not on another noun ("parts for makers, including X" names a maker)."""
    if not groups or any(ctx.mention_at(g) is not None for g in groups):
        return []
    if not any(g.lemma_.lower() in _PEOPLE_AND_FIRMS and g.tag_ == "NNS" for g in groups):
        return []
    measures = [x for c in verb.children if c.dep_ == "dobj" for x in conjuncts(c)]
    anchors = {g.i for g in groups} | {m.i for m in measures} | {verb.i}
    out: list[Token] = []
    for t in verb.sent:
        if t.lower_ != "including" or t.i < min(g.i for g in groups):
            continue
        cur = t
        for _ in range(6):
            if cur.dep_ not in _CLAUSE_LINKS or cur.head.i == cur.i:
                break
            if cur.head.pos_ in ("NOUN", "PROPN") and cur.head.i not in anchors:
                break  # hangs on another noun
            cur = cur.head
            if cur.i in anchors and cur.i != verb.i:
                out += [
                    x
                    for o in t.children
                    if o.dep_ == "pobj"
                    for x in conjuncts(o)
                    if (m := ctx.mention_at(x)) is not None and m.type in _LISTED
                ]
                break
    return out
