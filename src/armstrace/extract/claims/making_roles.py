"""Who makes or designs: finding the maker of a production or development verb or noun
where it is not the verb's own subject.

English often names the maker far from the verb: a role adjective ("X, which OFAC
named as responsible for developing and assembling Y"), a participle on an apposed
noun ("X, a company involved in the development of Y"), a purpose clause ("X set up a
programme to develop Y"), a second passive ("designed by A and built by B"), or a list
behind "including" ("built by companies including A and B"). A verb coordinated with a
reporting verb ("the firm it says designs and builds Y") takes no subject from it: the
one who says is never the maker.
"""

from __future__ import annotations

from armstrace.extract.claims.context import DocContext, Token
from armstrace.extract.claims.draft import subjects_of
from armstrace.extract.claims.lexicon import lexicon
from armstrace.extract.claims.ownership_agents import later_agents
from armstrace.extract.claims.syntax import conjuncts
from armstrace.model import EntityType, ItemClass

__all__ = [
    "apposed_weapon",
    "co_makers",
    "family_phrase",
    "holder_of_role",
    "maker_subjects",
    "partitive_part",
    "partitive_weapon",
    "passive_makers",
    "passive_targets",
    "possessed_items",
    "rest_makers",
    "said_of",
    "split_name",
]

_ACTOR_TYPES = frozenset({EntityType.ORGANIZATION, EntityType.COUNTRY})
_ROLE_PREPS = frozenset({"for", "in", "with", "on", "at"})
_NAMING_VERBS = frozenset({"describe", "name", "identify", "list", "call", "designate", "label"})


def _report_verbs() -> frozenset[str]:
    return lexicon()["reporting_verbs"]


def _noun_holder(noun: Token) -> Token:
    """The named word a descriptive noun stands for: "X, a company ..." -> X."""
    cur = noun
    for _ in range(3):
        if cur.dep_ == "appos" and cur.head.i != cur.i:
            cur = cur.head
            continue
        break
    return cur


def holder_of_role(word: Token) -> list[Token]:
    """Who a role word ("responsible", "involved", "credited", "tasked") is said of.

    "X is responsible for" -> X; "X, a firm involved in" -> X; "OFAC described X as
    responsible for" -> X (never OFAC); "firms responsible for" -> firms."""
    dep = word.dep_
    head = word.head
    if dep in ("acomp", "oprd", "ROOT", "conj") or word.pos_ in ("VERB", "AUX"):
        if dep in ("acl", "amod", "relcl") and head.pos_ in ("NOUN", "PROPN"):
            return [_noun_holder(head)]  # "a company involved in"
        subs = [c for c in (word if dep != "acomp" else head).children]
        found = [c for c in subs if c.dep_ in ("nsubj", "nsubjpass")]
        if found:
            return conjuncts(found[0])
        return []
    if dep == "amod" and head.pos_ in ("NOUN", "PROPN"):
        return [_noun_holder(head)]  # "the firm responsible for"
    if dep == "amod" and head.dep_ == "prep" and head.lower_ == "as":
        verb = head.head  # "described X as responsible for"
        if verb.lemma_.lower() in _NAMING_VERBS:
            objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
            for o in objs:
                if o.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
                    return [_noun_holder(verb.head)]
                return conjuncts(o)
            if verb.dep_ == "relcl":
                return [_noun_holder(verb.head)]
    return []


def _gerund_holder(verb: Token) -> list[Token] | None:
    """The maker for a gerund under a role word ("responsible for building"), or None
    when the verb is not in that construction."""
    cur = verb
    if cur.dep_ == "conj":  # "designing and producing": the first gerund's place
        first = cur
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        cur = first
    if cur.dep_ != "pcomp" or cur.head.lower_ not in _ROLE_PREPS:
        return None
    role = cur.head.head
    if role.lemma_.lower() not in lexicon()["production_role_words"]:
        return None
    return holder_of_role(role)


def _to_purpose(verb: Token) -> bool:
    """ "to develop" in "X set up a programme to develop Y": a purpose clause."""
    return verb.dep_ in ("advcl", "acl", "relcl", "xcomp") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    )


def _purpose_subjects(clause: Token) -> list[Token]:
    """Who makes in a purpose clause: "Iran set up a programme to develop drones" ->
    Iran; "X and Y set up a joint venture, Z, to build tanks" -> Z; a venture left
    unnamed ("launched a joint venture to build") names no maker; "leaned on its unit
    to design" -> nobody here (the unit is meant)."""
    gov = clause.head
    lex = lexicon()
    if gov.pos_ in ("NOUN", "PROPN"):
        lemma = gov.lemma_.lower()
        if lemma in lex["production_venture_nouns"]:
            return [a for a in gov.children if a.dep_ == "appos"]
        if lemma not in lex["production_site_nouns"] or gov.dep_ not in ("dobj", "pobj"):
            return subjects_of(clause) if clause.dep_ == "acl" else []  # "plans to produce"
        gov = gov.head if gov.dep_ == "dobj" else gov.head.head  # "set up a plant to"
    if gov.pos_ not in ("VERB", "AUX"):
        return subjects_of(clause)  # "X is able to make"
    dobjs = [c for c in gov.children if c.dep_ == "dobj"]
    objs = dobjs + [  # "called on X to", "leaned on X to"; not "a deal with X to"
        o
        for c in gov.children
        if c.dep_ == "prep" and c.lower_ in ("on", "upon")
        for o in c.children
        if o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME")
    ]
    venture = lex["production_venture_nouns"]
    if any(o.pos_ == "PROPN" or o.lemma_.lower() in venture for o in objs):
        if clause.dep_ == "xcomp" and dobjs:
            return conjuncts(dobjs[0])  # "hired X to build": X builds
        return []  # "leaned on its unit to design": the unit, unnamed here
    if clause.dep_ == "xcomp":
        return subjects_of(clause)  # "X is expected to assemble", "X agreed to build"
    subs = [c for c in gov.children if c.dep_ == "nsubj"]
    return conjuncts(subs[0]) if subs else []


def maker_subjects(verb: Token) -> list[Token]:
    """The words naming who makes, for an active production or development verb."""
    own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if own:
        return conjuncts(own[0])
    held = _gerund_holder(verb)
    if held is not None:
        return held
    cur = verb
    while cur.dep_ == "conj" and cur.head.i != cur.i:
        cur = cur.head
        if cur.lemma_.lower() in _report_verbs() or cur.pos_ not in ("VERB", "AUX"):
            return []  # "the firm it says designs and builds": not the sayer
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children):
            break
    if _to_purpose(cur):
        return _purpose_subjects(cur)
    return subjects_of(verb)


def _including(toks: list[Token]) -> list[Token]:
    """ "companies including A and B", "firms such as A" -> A, B (the list names the
    makers)."""
    out: list[Token] = []
    for t in toks:
        listed: list[Token] = []
        for c in t.children:
            if c.dep_ != "prep":
                continue
            preps = [c] if c.lower_ == "including" else []
            if c.lower_ == "such":
                preps = [x for x in c.children if x.dep_ == "prep" and x.lower_ == "as"]
            if c.lower_ == "as" and any(x.lower_ == "such" for x in c.children):
                preps = [c]
            listed += [
                x for p in preps for o in p.children if o.dep_ == "pobj" for x in conjuncts(o)
            ]
        out.extend(listed or [t])
    return out


def passive_makers(verb: Token) -> list[Token]:
    """The "by" agents of a passive verb, with "companies including A and B" opened, and
    a gapped second "by" ("two were made by A, and the rest by firms including B")."""
    agents = [
        o
        for c in verb.children
        if c.dep_ == "agent"
        for o in c.children
        if o.dep_ == "pobj"
        for o in conjuncts(o)
    ]
    if agents:
        agents += [o for o in later_agents(verb) if o not in agents]
    else:  # "made under licence by X": the parser hangs "by X" on "licence"
        agents = [
            x
            for u in verb.children
            if u.dep_ == "prep" and u.lower_ == "under"
            for lic in u.children
            if lic.dep_ == "pobj" and lic.lemma_.lower() in ("licence", "license")
            for b in lic.children
            if b.dep_ == "prep" and b.lower_ == "by"
            for o in b.children
            if o.dep_ == "pobj"
            for x in conjuncts(o)
        ]
    return _including(agents)


def rest_makers(verb: Token) -> list[Token]:
    """The makers named in a gapped second "by" ("two were made by A, and the rest by
    firms including B"): B made the rest, so the count of the first part is not B's."""
    return _including(later_agents(verb))


def passive_targets(verb: Token) -> tuple[bool, Token | None]:
    """For "designed by A and built by B": whether ``verb`` is a passive that shares its
    first verb's item, and that first verb."""
    if verb.dep_ != "conj" or verb.tag_ != "VBN":
        return False, None
    if not any(c.dep_ == "agent" for c in verb.children):
        return False, None
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return False, None  # "... and its engines are produced by Y": its own item
    first = verb.head
    if first.tag_ != "VBN":
        return False, None
    return True, first


def said_of(tok: Token) -> list[Token]:
    """A pronoun in a "saying ..." clause stands for the object of the act it explains:
    "the EU listed A and B, saying they were responsible for ..." -> A, B (not the EU).
    Other words stand for themselves."""
    if tok.lower_ not in ("it", "they", "them") or tok.pos_ != "PRON":
        return [tok]
    cur = tok
    for _ in range(6):
        if cur.head.i == cur.i:
            break
        cur = cur.head
        if (
            cur.tag_ == "VBG"
            and cur.dep_ == "advcl"
            and cur.lemma_.lower() in _report_verbs() | {"accuse", "allege"}
        ):
            objs = [c for c in cur.head.children if c.dep_ == "dobj"]
            return conjuncts(objs[0]) if objs else [tok]
    return [tok]


def _is_weapon(tok: Token, ctx: DocContext) -> bool:
    m = ctx.mention_at(tok)
    return m is not None and m.type == EntityType.WEAPON_SYSTEM


def _weapon_named_before(tok: Token, ctx: DocContext) -> str | None:
    """ "the drone" in "the drone's maker": the weapon system named last before the
    sentence (an engine or chip named since does not count), within a short passage."""
    if tok.lemma_.lower() not in lexicon()["anaphoric_items"]:
        return None
    if not any(c.lower_ in ("the", "this") for c in tok.children if c.dep_ == "det"):
        return None
    key = ctx.antecedent(tok.sent.start_char, frozenset({EntityType.WEAPON_SYSTEM}))
    if key is None or tok.sent.start_char - ctx.mentions[key].end > 600:
        return None
    return ctx.mentions[key].text


def possessed_items(noun: Token, ctx: DocContext) -> list[tuple[Token, str | None]]:
    """What a maker noun's possessor or "whose" clause names, with the weapon's name
    where the word only refers to it: "the drone's maker" -> (drone, the drone named
    before); "X, the maker whose Y-7 became famous" -> (Y-7, None): named weapons only."""
    out: list[tuple[Token, str | None]] = []
    for c in noun.children:
        if c.dep_ != "poss" or c.pos_ not in ("NOUN", "PROPN"):
            continue
        if _is_weapon(c, ctx):
            out.append((c, None))
        elif (name := _weapon_named_before(c, ctx)) is not None:
            out.append((c, name))
    for rel in noun.children:
        if rel.dep_ != "relcl":
            continue
        for t in rel.subtree:
            if any(c.dep_ == "poss" and c.lower_ == "whose" for c in t.children):
                named = [x for x in t.subtree if _is_weapon(x, ctx)]
                out += [(x, None) for x in named[:1]]
    return out


_FAMILY_WORDS = frozenset({"family", "series", "line", "range"})


def family_phrase(tok: Token, ctx: DocContext) -> str | None:
    """ "the Buk family of medium-range systems": the whole name, not "systems" (the
    family word would hand over to the noun it measures)."""
    if tok.lemma_.lower() not in _FAMILY_WORDS:
        return None
    named = [c for c in tok.children if c.dep_ == "compound" and _is_weapon(c, ctx)]
    of = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"]
    if not named or not of:
        return None
    start = min(x.i for x in named[0].subtree)
    end = max(x.i for x in of[0].subtree)
    if end - start > 10:
        return None
    return str(tok.doc[start : end + 1].text)


def partitive_weapon(tok: Token, ctx: DocContext) -> str | None:
    """ "Russia built about 420 of them": "them" is the weapon system named last, close
    before (never a part or a firm named since)."""
    if not tok.like_num:
        return None
    them = [
        o
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for o in c.children
        if o.dep_ == "pobj" and o.lower_ == "them"
    ]
    if not them:
        return None
    near = _near_weapon(tok, ctx)
    if near is None or _parts_since(near, tok, ctx) is not None:
        return None  # "found 16 components ... Two of them were made by X": the parts
    return ctx.mentions[near].text


def _near_weapon(tok: Token, ctx: DocContext) -> str | None:
    kinds = frozenset({EntityType.WEAPON_SYSTEM, EntityType.GOODS})  # things, not makers
    near = ctx.antecedent(tok.sent.start_char, kinds)
    if near is None or ctx.mentions[near].type != EntityType.WEAPON_SYSTEM:
        return None
    return near if tok.sent.start_char - ctx.mentions[near].end <= 400 else None


def _parts_since(weapon: str, tok: Token, ctx: DocContext) -> Token | None:
    """The last plural part noun ("components", "chips") between a weapon mention and
    the sentence of ``tok``: what "them" then stands for."""
    items = lexicon().items
    parts = (ItemClass.COMPONENT, ItemClass.DUAL_USE_GOOD)
    end = ctx.mentions[weapon].end
    found: Token | None = None
    for t in tok.doc[tok.sent.start - 1 : tok.sent.start].sent if tok.sent.start > 0 else []:
        entry = items.get(t.lemma_.lower())
        if t.idx >= end and t.tag_ == "NNS" and entry is not None and entry.item_class in parts:
            found = t
    return found


def partitive_part(tok: Token, ctx: DocContext) -> tuple[str, str] | None:
    """ "Two of them were made by X" right after "found 16 components" in a weapon: the
    parts (their head word) and the weapon they were found in."""
    if not tok.like_num or not any(
        o.lower_ == "them"
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for o in c.children
    ):
        return None
    near = _near_weapon(tok, ctx)
    part = _parts_since(near, tok, ctx) if near is not None else None
    if near is None or part is None or not any(c.dep_ == "nummod" for c in part.children):
        return None  # "N of them" counts off a counted set: "found 16 components"
    return str(part.text), near


def apposed_weapon(noun: Token, ctx: DocContext) -> Token | None:
    """ "the Kestrel (Кестрел), a light reconnaissance drone built by X": the parser may not
    attach "a ... drone" to the name it describes; the weapon mention just before
    the comma (past a parenthesis) is what was built."""
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return None
    i = noun.left_edge.i - 1
    doc = noun.doc
    if i < 1 or doc[i].text != ",":
        return None
    i -= 1
    if doc[i].text == ")":
        while i > 0 and doc[i].text != "(":
            i -= 1
        i -= 1
    return doc[i] if i >= 0 and _is_weapon(doc[i], ctx) else None


def co_makers(verb: Token, ctx: DocContext) -> list[Token]:
    """Named partners in the making: "X makes the jet with Y", "X develops the missile
    together with Y", "developed by X with Y". Only a named firm or country counts
    ("with Chinese parts", "with Iran's help" add nobody)."""
    anchors = [verb]
    anchors += [c for c in verb.children if c.lower_ in ("together", "jointly")]
    anchors += [
        o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"
    ]
    out: list[Token] = []
    for a in anchors:
        for c in a.children:
            if c.dep_ == "prep" and c.lower_ == "with":
                for o in c.children:
                    if o.dep_ != "pobj":
                        continue
                    if any(p.dep_ == "prep" and p.lower_ == "as" for p in o.children):
                        continue  # "with X as the main contractor": X's role is named
                    for x in conjuncts(o):
                        m = ctx.mention_at(x)
                        if m is not None and m.type in _ACTOR_TYPES:
                            out.append(x)
    return out


def split_name(tok: Token, ctx: DocContext) -> tuple[str, set[int]] | None:
    """ "the Tern-4 reconnaissance and attack drone": the parser makes "surveillance"
    the object with a named-weapon modifier and "drone" its conjunct. One weapon, named:
    the mention's words, and the conjuncts to skip."""
    if ctx.mention_at(tok) is not None or tok.pos_ != "NOUN":
        return None
    if lexicon().items.get(tok.lemma_.lower()) is not None:
        return None  # "Tern-4 drones and shells": the first conjunct is an item itself
    names = [
        c
        for c in tok.children
        if c.i < tok.i and c.dep_ in ("compound", "nummod", "nmod", "amod") and _is_weapon(c, ctx)
    ]
    conj = [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
    if not names or not conj or not any(c.dep_ == "cc" for c in tok.children):
        return None
    if any(ctx.mention_at(c) is not None for c in conj):
        return None  # "the Tern-4 drone and the Kestrel missile": two items
    m = ctx.mention_at(names[0])
    assert m is not None
    return m.text, {c.i for c in conj}
