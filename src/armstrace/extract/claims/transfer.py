"""Transfer claims: who supplied what to whom.

Verbs ("Iran shipped drones to Russia", "drones were delivered to Russia by Iran"),
inverse verbs ("Russia received/bought X from Iran"), datives ("gave Russia drones",
"supplied Russia with launchers") and nominalisations ("Iran's deliveries of drones to
Russia"). The recipient must be a named party; the supplier may be unknown.
"""

from __future__ import annotations

from armstrace.extract.claims.attribution import negated
from armstrace.extract.claims.context import ACTORS, DocContext, Token
from armstrace.extract.claims.draft import (
    Draft,
    agents_of,
    objects_of,
    pronoun_group,
    subjects_of,
)
from armstrace.extract.claims.items import classify, core_item, item_phrase, item_phrases
from armstrace.extract.claims.lexicon import lexicon
from armstrace.extract.claims.quantity import parse_number
from armstrace.extract.claims.syntax import clause_tokens, conjuncts, governors, is_passive, pobjs
from armstrace.extract.claims.transfer_adverbial import (
    adverbial_main,
    adverbial_recipient,
    adverbial_subjects,
)
from armstrace.extract.claims.transfer_agent import agent_roles
from armstrace.extract.claims.transfer_deal import deal_items, deal_parties
from armstrace.extract.claims.transfer_gerund import gerund_agent
from armstrace.extract.claims.transfer_members import group_members
from armstrace.extract.claims.transfer_origin import (
    demonym_country,
    item_origin,
    party_origin,
    short_country,
)
from armstrace.extract.claims.transfer_package import package_noun, package_parties, package_status
from armstrace.extract.claims.transfer_participle import holder_of, modified_noun
from armstrace.extract.claims.transfer_relative import relative_group
from armstrace.model import ClaimType, EntityType, ItemClass, Status

__all__ = ["transfer_drafts", "verb_lemma"]

_GENERIC_VERBS = frozenset(
    {
        "give",
        "provide",
        "send",
        "get",
        "source",
        "route",
        "arm",
        "lend",
        "transport",
        "hand",
        "obtain",
        "acquire",
    }
)
_PLACES = frozenset({EntityType.PLACE})
_TO = frozenset({"to", "for", "into"})
_FROM = frozenset({"from"})
_VIA = frozenset({"via", "through", "at", "in"})
_DONE = Status.DELIVERED
_COUNTRY = EntityType.COUNTRY
_DEALS = frozenset({"contract", "deal", "agreement", "order", "accord"})
_WITH = frozenset({"with"})
_CARRY_CHARS = 800  # how far back an implied recipient may be carried from
_MAIN_RECIPIENT_MIN = 1  # transfers naming a recipient before it counts as the main one


def _actor(tok: Token, ctx: DocContext, deep: bool = True) -> str | None:
    """The party a role word names: a mention, a pronoun's antecedent, or the country of
    a nationality word on a party noun ("Chinese firms")."""
    found = ctx.referent(tok, ACTORS, deep=deep) or party_origin(tok, ctx)
    if found is None and tok.tag_ in ("WDT", "WP"):
        clause = tok.head
        while clause.dep_ == "ccomp" and clause.head.i != clause.i:
            clause = clause.head  # "firms which it said had supplied": the "said" clause
        if clause.dep_ == "relcl":
            ant = clause.head  # "companies in Iran that (the government said) had supplied"
            found = ctx.referent(ant, ACTORS, deep=deep) or party_origin(ant, ctx)
    return found or short_country(tok, ctx)


def verb_lemma(tok: Token) -> str:
    """The lemma, with a hyphenated prefix kept whole: a tokenizer that keeps "re-exported"
    as one word leaves the lemmatizer guessing ("re-exporte"); the rules want "re-export"."""
    low = tok.lower_
    if not low.startswith("re-"):
        return str(tok.lemma_.lower())
    stem = low[3:]
    verbs = lexicon()["transfer_verbs"]
    for suffix in ("ing", "ed", "es", "s", "d", ""):
        if suffix and not stem.endswith(suffix):
            continue
        base = stem[: len(stem) - len(suffix)] if suffix else stem
        if f"re-{base}" in verbs:
            return f"re-{base}"
    return str(tok.lemma_.lower())


def _first(keys: list[str | None]) -> str | None:
    return next((k for k in keys if k is not None), None)


def status_of(verb: Token, inverse_planned: bool = False) -> Status | None:
    """Planned (will, agreed to, ordered) or delivered (past, perfect), else None."""
    lex = lexicon()
    if inverse_planned:
        return Status.PLANNED
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxes & {"will", "'ll", "shall", "would"}:
        return Status.PLANNED
    for g in governors(verb):
        lemma = g.lemma_.lower()
        if lemma in lex["plan_governors"] or lemma in lex["transfer_planned_verbs"]:
            return Status.PLANNED
        if lemma in lex["reporting_verbs"]:
            break
    if verb.dep_ in ("acl", "relcl") and verb.head.lemma_.lower() in (
        "deal",
        "contract",
        "agreement",
        "plan",
        "order",
        "pact",
        "memorandum",
    ):
        return Status.PLANNED
    if auxes & {"to"} and verb.dep_ == "xcomp":
        return None
    if _purpose_infinitive(verb):
        return Status.PLANNED  # "signed a contract to buy": the deal, not yet the delivery
    if verb.tag_ in ("VBD", "VBN") or auxes & {"has", "have", "had", "'s", "'ve"}:
        return Status.DELIVERED
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp":
        return Status.DELIVERED  # "sanctioned for supplying", "accused of shipping"
    if verb.tag_ == "VBG" and auxes & {"is", "are", "was", "were", "been", "be", "'re", "'s"}:
        return Status.DELIVERED
    return None


def _items(
    cands: list[Token], ctx: DocContext, generic: bool
) -> list[tuple[Token, str, ItemClass]]:
    out = []
    seen: set[int] = set()
    for cand in _measured(cands):
        core = core_item(cand)
        if core.i in seen or _other_kind(core):
            continue
        seen.add(core.i)
        if (
            (core.like_num or _bare_measure(core))
            and core.dep_ == "dobj"
            and core.head.dep_ not in ("relcl", "acl")  # "of which Warsaw has ordered 250"
            and ctx.last_item is not None
        ):
            text, cls, at = ctx.last_item  # "Norway pledged eight": eight of the same weapon
            start = core.sent.start_char
            # the nearest named weapon before the count, in this sentence or an earlier one
            # ("Norway pledged six F-16s, the Netherlands 24")
            named = ctx.antecedent(core.idx, frozenset({EntityType.WEAPON_SYSTEM}))
            if named is not None and start - ctx.mentions[named].end <= _CARRY_CHARS:
                text, cls = ctx.mentions[named].text, ItemClass.WEAPON_SYSTEM  # the named weapon
            if start - at <= _CARRY_CHARS:
                out.append((core, text, cls))
            continue
        m = ctx.mention_at(core)
        if m is not None and m.type in ACTORS | {EntityType.PERSON, EntityType.PLACE}:
            continue
        if core.lemma_.lower() in lexicon()["transfer_money_words"] or core.tag_ == "$":
            continue  # "contribute 200 million euros": funds, not goods
        phrases = item_phrases(core, ctx)
        if not phrases and m is None and (_refused_weapons(core) or _kinds_of_weapons(core)):
            phrases = [(core, _weapons_phrase(core))]
        for head, text in phrases:
            cls = classify(text, head, ctx)
            if generic and cls == ItemClass.UNSPECIFIED and m is None:
                continue
            out.append((head, text, cls))
    return out


def _other_kind(core: Token) -> bool:
    """ "food and other necessities", "trucks and other vehicles": the "other" conjunct
    sums up the list; it is no item of its own."""
    return bool(
        core.dep_ == "conj" and any(c.dep_ == "amod" and c.lower_ == "other" for c in core.children)
    )


def _bare_measure(core: Token) -> bool:
    """ "ready to contribute an unspecified number": a measure word that measures nothing
    named stands for more of the weapon just mentioned."""
    lex = lexicon()
    return core.lemma_.lower() in lex["transfer_elided_measures"] and not any(
        c.dep_ in ("prep", "compound") for c in core.children
    )


def _measured(cands: list[Token]) -> list[Token]:
    """ "large amounts of diesel and ammunition": every noun a measure word measures."""
    out = list(cands)
    for cand in cands:
        core = core_item(cand)
        if core.i != cand.i:
            out += [c for c in conjuncts(core)[1:] if c not in out]
    return out


def _refused_weapons(core: Token) -> bool:
    """Bare "weapons" names no item in a report of supply, but a refusal or denial is
    about exactly that ("has refused to send weapons", "does not provide lethal weapons")."""
    if core.lemma_.lower() != "weapon" or core.dep_ not in ("dobj", "pobj"):
        return False
    verb = core.head if core.dep_ == "dobj" else core.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    clause = clause_tokens(verb)
    named = [t for t in pobjs(clause, frozenset({"to"})) if t.pos_ == "PROPN"]
    named += [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.pos_ == "PROPN"]
    if not named:
        return False  # "said Tehran had not sent weapons": a denial of an earlier claim
    if negated(verb):
        return True
    lex = lexicon()
    for g in governors(verb):
        lemma = g.lemma_.lower()
        if lemma in lex["refusal_verbs"] or lemma in lex["denial_verbs"]:
            return True
        if lemma == "rule" and any(c.lower_ == "out" for c in g.children):
            return True
        if negated(g):
            return True  # "would not agree to send weapons"
    return False


def _kinds_of_weapons(core: Token) -> bool:
    """Bare "weapons" is too vague to be an item, but "anti-tank weapons" or "lethal
    weapons" says which kind moved."""
    if core.lemma_.lower() != "weapon":
        return False
    drop = lexicon()["drop_adjectives"]
    return any(
        c.dep_ in ("amod", "compound", "nmod")
        and c.i < core.i
        and c.lower_ not in drop
        and c.pos_ in ("ADJ", "NOUN", "PROPN")
        and not (c.pos_ == "ADJ" and c.text[:1].isupper())
        for c in core.children
    )


def _weapons_phrase(core: Token) -> str:
    """ "weapons", with the words that say which ("lethal weapons", "M72 light anti-armour
    weapons")."""
    drop = lexicon()["drop_adjectives"]
    mods = [
        c
        for c in core.children
        if c.dep_ in ("amod", "compound", "nmod") and c.i < core.i and c.lower_ not in drop
    ]
    start = min([core.i, *(x.i for m in mods for x in m.subtree)])
    while start < core.i and (
        core.doc[start].lower_ in drop or core.doc[start].pos_ in ("DET", "NUM", "PUNCT")
    ):
        start += 1
    return str(core.doc[start : core.i + 1].text)


def _main_recipient(ctx: DocContext, supplier: str) -> str | None:
    """The article's main recipient (named in two or more transfers so far), for a named
    supplier's transfer that leaves the recipient implicit ("the UK was supplying X")."""
    if not ctx.recipients:
        return None
    name, count = max(ctx.recipients.items(), key=lambda kv: kv[1])
    if count < _MAIN_RECIPIENT_MIN or name == ctx.name(supplier):
        return None
    return ctx.recipient_keys[name]


def _arrival(verb: Token, ctx: DocContext) -> list[Draft]:
    """ "the tanks reached Ukraine", "the first HIMARS arrived in Ukraine": a delivery whose
    supplier is the one last named for that recipient."""
    items = [x for c in verb.children if c.dep_ == "nsubj" for x in conjuncts(c)]
    if not items and verb.dep_ == "xcomp":
        items = subjects_of(verb)  # "the first jets are expected to arrive in X"
    if verb.lemma_.lower() == "reach":
        targets = [c for c in verb.children if c.dep_ == "dobj"]
    else:
        targets = pobjs(clause_tokens(verb), frozenset({"in", "at"}))
    recipient = _first([ctx.referent(t, ACTORS, deep=False) for t in targets])
    if recipient is None or not items:
        return []
    supplier = (
        _first([_actor(t, ctx, deep=False) for t in pobjs(clause_tokens(verb), _FROM)])
        or _made_in(items, ctx)
        or _sent_by(items, ctx)
    )
    status = status_of(verb) if verb.dep_ == "xcomp" else _DONE
    out = []
    known = ctx.supplied.get(ctx.name(recipient), {})
    items += pobjs(clause_tokens(verb), frozenset({"with"}))  # "together with two vehicles"
    found = _items(items, ctx, True)
    # the supplier who last sent this kind of item to this recipient
    anchor = next((known[c.lemma_.lower()] for c, _, _ in found if c.lemma_.lower() in known), None)
    for core, text, cls in found:
        who = supplier or known.get(core.lemma_.lower()) or anchor
        if who is None or ctx.name(who) == ctx.name(recipient):
            continue
        out.append(Draft(ClaimType.TRANSFER, verb, who, recipient, text, core, cls, None, status))
    return out


def _sent_by(items: list[Token], ctx: DocContext) -> str | None:
    """ "helicopters bought from Russia arrived", "tanks supplied by Norway arrived",
    "jets from Norway arrived": the seller named on the arriving thing."""
    lex = lexicon()
    for t in items:
        key = _first([_actor(x, ctx, deep=False) for x in pobjs(list(t.children), _FROM)])
        if key is not None:
            return key  # "the first jets from Norway are due to arrive"
        for c in t.children:
            if c.dep_ != "acl" or c.tag_ not in ("VBN", "VBD"):
                continue
            lemma = verb_lemma(c)
            if lemma in lex["transfer_inverse_verbs"]:
                found = pobjs(list(c.children), _FROM)
            elif lemma in lex["transfer_verbs"]:
                found = agents_of(c)
            else:
                continue
            key = _first([_actor(x, ctx, deep=False) for x in found])
            if key is not None:
                return key
    return None


def _deal(noun: Token, ctx: DocContext) -> list[Draft]:
    """ "Poland signed contracts with South Korea for tanks": planned transfers."""
    parties = deal_parties(noun, ctx)
    if parties is None:
        return []
    seller, buyer = parties
    return [
        Draft(ClaimType.TRANSFER, noun, seller, buyer, text, core, cls, None, Status.PLANNED)
        for core, text, cls in _items(deal_items(noun, ctx), ctx, False)
    ]


def _package(verb: Token, ctx: DocContext) -> list[Draft]:
    """ "The package also includes X and Y": X and Y move with the transfer just reported."""
    noun = package_noun(verb, ctx)
    parties = package_parties(verb, ctx) if noun is not None else None
    if noun is None or parties is None:
        return []
    supplier, recipient = parties
    items = objects_of(verb)
    items += _included(items)
    status = package_status(noun)
    return [
        Draft(ClaimType.TRANSFER, verb, supplier, recipient, text, core, cls, None, status)
        for core, text, cls in _items(items, ctx, False)
    ]


def _source_of_relative(verb: Token, ctx: DocContext) -> str | None:
    """ "the chips Russia imported came from China", "most of the tools Russia bought were
    Chinese": the sentence the relative clause's noun is subject of names the source."""
    if verb.dep_ != "relcl":
        return None
    cur = verb.head
    for _ in range(3):  # "70 per cent of the bearings Belarus purchased"
        if cur.dep_ == "pobj" and cur.head.lower_ == "of":
            cur = cur.head.head
    if cur.dep_ != "nsubj":
        return None
    main = cur.head
    lemma = main.lemma_.lower()
    if lemma in lexicon()["transfer_source_verbs"]:
        return _first([_actor(t, ctx, deep=False) for t in pobjs(clause_tokens(main), _FROM)])
    if lemma == "be":
        for c in main.children:
            if c.dep_ in ("acomp", "attr"):
                return ctx.referent(c, ACTORS, deep=False) or demonym_country(c, ctx)
    return None


def _user_of(verb: Token, ctx: DocContext) -> str | None:
    """ "Russia has fired missiles supplied by North Korea": who uses, fires or flies what
    another supplied has received it."""
    if verb.dep_ != "acl":
        return None
    noun = verb.head
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in lexicon()["transfer_user_verbs"]:
        return None
    return _first([_actor(t, ctx) for t in subjects_of(noun.head)])


def _deal_partner(verb: Token, ctx: DocContext) -> str | None:
    """ "signed an agreement with the United States to buy X": the partner sells."""
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in _DEALS:
        return _first(
            [ctx.referent(t, ACTORS, deep=False) for t in pobjs(list(verb.head.children), _WITH)]
        )
    return None


def _object_pronoun(tok: Token, ctx: DocContext) -> str | None:
    """ "Norway has long been Chile's main partner and has supplied it with frigates": an
    object pronoun cannot be its own clause's subject, so it stands for the last other
    party named before it in the sentence."""
    if tok.lower_ not in ("it", "them") or tok.dep_ not in ("dobj", "dative"):
        return None
    verb = tok.head
    subjects = {k for t in subjects_of(verb) if (k := ctx.referent(t, ACTORS)) is not None}
    names = {ctx.name(k) for k in subjects}
    found: str | None = None
    for m in ctx.ordered:
        if m.start < tok.sent.start_char or m.type not in ACTORS:
            continue
        if m.end > tok.idx:
            break
        if ctx.name(m.key) not in names:
            found = m.key
    return found


def _deal_with(clause: list[Token], ctx: DocContext) -> str | None:
    """ "received radars under a contract (signed) with Norway": the partner sells."""
    for deal in pobjs(clause, frozenset({"under"})):
        if deal.lemma_.lower() not in _DEALS:
            continue
        holders = [deal, *(c for c in deal.children if c.dep_ == "acl")]
        for h in holders:
            key = _first(
                [ctx.referent(t, ACTORS, deep=False) for t in pobjs(list(h.children), _WITH)]
            )
            if key is not None:
                return key
    return None


def _end_user(clause: list[Token], ctx: DocContext) -> str | None:
    """ "delivered rockets into Russia for use by Wagner": the end user receives."""
    for t in clause:
        if t.lower_ == "use" and t.dep_ == "pobj" and t.head.lower_ == "for":
            for by in pobjs(list(t.children), frozenset({"by"})):
                key = ctx.referent(by, ACTORS, deep=False)
                if key is not None:
                    return key
    return None


def _take_delivery(verb: Token, ctx: DocContext) -> list[Draft]:
    """ "X took delivery (from Russia) of Y": Y moved to X."""
    objs = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "delivery"]
    if not objs:
        return []
    clause = clause_tokens(verb)
    recipient = _first([ctx.referent(t, ACTORS) for t in subjects_of(verb)])
    supplier = _first([ctx.referent(t, ACTORS, deep=False) for t in pobjs(clause, _FROM)])
    items = pobjs(clause, frozenset({"of"}))
    supplier = supplier or _made_in(items, ctx) or _deal_with(clause, ctx)
    if recipient is None or recipient == supplier:
        return []
    return [
        Draft(
            ClaimType.TRANSFER, verb, supplier, recipient, text, core, cls, None, Status.DELIVERED
        )
        for core, text, cls in _items(items, ctx, False)
    ]


def _turn_to(verb: Token, ctx: DocContext) -> list[Draft]:
    """ "Morocco has turned to the United States and Israel for weapons": each party turned
    to supplies the things sought ("turn" is listed with the delivery-taking verbs so that
    it triggers)."""
    clause = clause_tokens(verb)
    recipient = _first([ctx.referent(t, ACTORS) for t in subjects_of(verb)])
    suppliers = [k for t in pobjs(clause, frozenset({"to"})) if (k := _actor(t, ctx, deep=False))]
    wanted = pobjs(clause, frozenset({"for"}))
    if recipient is None or not suppliers or not wanted:
        return []
    items = _items(wanted, ctx, True)  # "turned to X for help" names no goods
    if not items:
        items = [
            (t, t.text, ItemClass.WEAPON_SYSTEM)
            for t in wanted
            if t.lemma_.lower() in ("weapon", "arm", "arms") and ctx.mention_at(t) is None
        ]
    status = _DONE if verb.tag_ in ("VBD", "VBN") else status_of(verb)
    return [
        Draft(ClaimType.TRANSFER, verb, who, recipient, text, core, cls, None, status)
        for who in dict.fromkeys(suppliers)
        if ctx.name(who) != ctx.name(recipient)
        for core, text, cls in items
    ]


def _signed_for(verb: Token, ctx: DocContext) -> list[Draft]:
    """ "India signed for 31 drones from General Atomics", "signed with Hanwha for K9
    howitzers": an order (planned) from the seller the sentence names; with no seller
    named the rule says nothing ("Poland signed for 24 drones")."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return []  # "signed an export contract with X for Y": the deal rules read it
    clause = clause_tokens(verb)
    wanted = [
        t
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "for"
        for t in pobjs([c], frozenset({"for"}))
    ]
    buyer = _first([ctx.referent(t, ACTORS) for t in subjects_of(verb)])
    seller = _first([_actor(t, ctx, deep=False) for t in pobjs(clause, _FROM | _WITH)])
    if not wanted or buyer is None or seller is None or ctx.name(buyer) == ctx.name(seller):
        return []
    return [
        Draft(ClaimType.TRANSFER, verb, seller, buyer, text, core, cls, None, Status.PLANNED)
        for core, text, cls in _items(wanted, ctx, False)
    ]


def _included(items: list[Token]) -> list[Token]:
    """ "microelectronics, including navigation modules and FPGAs": each is an item too."""
    out: list[Token] = []
    for t in items:
        # "300 million pounds of military aid, including radars": under the measured noun too
        inner = [t, *(o for o in pobjs(list(t.children), frozenset({"of"})))]
        for x in inner:
            out += [o for o in pobjs(list(x.children), frozenset({"including"})) if o not in out]
    return out


def _verb_included(verb: Token, ctx: DocContext) -> list[Token]:
    """ "provide aid to Estonia, including radars and drones": the parser hangs the list on
    the verb; its things are items (its parties, "including Poland", are not)."""
    return [
        o
        for o in pobjs(list(verb.children), frozenset({"including"}))
        if ctx.referent(o, ACTORS | {EntityType.PERSON, EntityType.PLACE}, deep=False) is None
    ]


def _alongside(clause: list[Token], ctx: DocContext) -> list[Token]:
    """ "donated 22 howitzers to Ukraine along with spare parts and ammunition": the
    things sent alongside are items too (a party "together with Denmark" is not)."""
    out: list[Token] = []
    for t in clause:
        if t.lower_ == "with" and t.dep_ == "prep" and t.head.lower_ in ("along", "together"):
            for obj in t.children:
                if obj.dep_ == "pobj":
                    out += [
                        x
                        for x in conjuncts(obj)
                        if ctx.referent(x, ACTORS | {EntityType.PERSON}, deep=False) is None
                    ]
    return out


def _prefixed(verb: Token, prefix: str) -> bool:
    """ "re-export" split by the tokenizer into "re", "-", "export"."""
    doc = verb.doc
    return bool(verb.i >= 2 and doc[verb.i - 1].text == "-" and doc[verb.i - 2].lower_ == prefix)


def _hyphenated(verb: Token) -> bool:
    """ "Iranian-supplied", not "re-exported"."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != "-":
        return False
    return doc[verb.i - 2].lower_ not in ("re", "co", "pre", "trans")


def _made_in(items: list[Token], ctx: DocContext, nationality: bool = True) -> str | None:
    """ "China-made drones", "Iranian Fath-360 missiles": the country an item is said to be
    made in, or named as its origin, supplied it."""
    for t in items:
        core = core_item(t)
        for c in [*core.children, *t.children]:
            m = ctx.mention_at(c)
            if c.dep_ in ("amod", "compound", "nmod") and m is not None and m.type == _COUNTRY:
                return m.key
        for c in t.children:
            if c.dep_ == "amod" and c.lemma_.lower() == "make":
                for x in c.children:
                    key = ctx.referent(x, ACTORS, deep=False)
                    if key is not None:
                        return key
        key = _maker_of(core, ctx)
        if key is not None:
            return key  # "radars made by Mitsubishi Electric"
        key = item_origin(t, core, ctx) if nationality else None
        if key is not None:
            return key  # "Iranian missiles", "Serbian-made ammunition"
    return None


def _maker_of(core: Token, ctx: DocContext) -> str | None:
    """The maker named in a participle on the item ("jets built by X", "ammunition
    produced by Y"): the source of a transfer that names no other."""
    makers = lexicon()["production_verbs"]
    for c in core.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in makers:
            for by in agents_of(c):
                key = ctx.referent(by, ACTORS, deep=False)
                if key is not None:
                    return key
    return None


def _implied_recipient(verb: Token, items: list[Token], ctx: DocContext) -> str | None:
    """A recipient the parser misplaced: "to X" inside a relative clause on the item, or
    "sent Ukraine missiles" read as a modifier of the item."""
    for prep in verb.subtree:
        if prep.lower_ == "to" and prep.dep_ in ("prep", "dative"):
            owner = prep.head
            after_item = any(prep.i > t.i for t in items)
            # "missiles made by X to Germany": the parser hangs "to" on the participle
            participle = owner.dep_ == "acl" and owner.tag_ == "VBN"
            if after_item and (
                owner.dep_ == "relcl" or participle or owner.pos_ in ("NOUN", "PROPN")
            ):
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        key = ctx.referent(obj, ACTORS, deep=False)
                        if key is not None:
                            return key
    nxt = verb.i + 1
    while nxt < len(verb.doc) and verb.doc[nxt].pos_ == "ADV":
        nxt += 1
    for t in items:
        for c in t.subtree:
            if c.i == nxt and c.dep_ in ("nmod", "compound", "npadvmod"):
                key = ctx.referent(c, ACTORS, deep=False)
                if key is not None:
                    return key
    return None


def _verb_transfer(verb: Token, ctx: DocContext) -> list[Draft]:
    lex = lexicon()
    lemma = verb_lemma(verb)
    inverse = lemma in lex["transfer_inverse_verbs"]
    if verb.dep_ in ("amod", "compound") or (_hyphenated(verb) and verb.tag_ == "VBN"):
        return []  # "Iranian-supplied engines" names a source, not a transfer
    if lemma == "hand" and not any(c.lower_ in ("over",) for c in verb.children):
        return []
    clause = clause_tokens(verb)
    passive = is_passive(verb)
    subj_toks = agents_of(verb) if passive else subjects_of(verb)
    if not subj_toks and not passive and _purpose_infinitive(verb):
        subj_toks = subjects_of(verb.head)  # "Germany signed a contract to buy X": Germany buys
    if not passive and (not subj_toks or verb.dep_ == "acl"):
        subj_toks = (
            adverbial_subjects(verb) or subj_toks
        )  # "X remains Y's largest donor, having sent Z"
    subj_toks = [x for t in subj_toks for x in pronoun_group(t)]
    subj_toks = [x for t in subj_toks for x in relative_group(t, ctx)]
    if passive:
        item_toks = [c for c in verb.children if c.dep_ == "nsubjpass"]
        item_toks = [x for t in item_toks for x in conjuncts(t)]
        if not item_toks and verb.dep_ == "acl":
            item_toks = conjuncts(modified_noun(verb))
    else:
        item_toks = objects_of(verb)
        if not item_toks and inverse and _reduced_relative(verb):
            item_toks = conjuncts(modified_noun(verb))  # "jets bought from X", tagged VBD
    recip_toks = [
        c for c in verb.children if c.dep_ == "dative" and c.pos_ in ("PROPN", "NOUN", "PRON")
    ]
    withs = pobjs(clause, frozenset({"with"}))
    if not passive and withs:
        actor_objs = [
            t for t in item_toks if _object_pronoun(t, ctx) or ctx.referent(t, ACTORS, deep=False)
        ]
        if actor_objs:
            recip_toks = actor_objs
            item_toks = withs
    if not recip_toks and not passive:
        # "sends it frigates": the parser reads both objects as direct ones
        dobjs = [c for c in verb.children if c.dep_ == "dobj"]
        if len(dobjs) > 1 and dobjs[0].lower_ in ("it", "them"):
            recip_toks = dobjs[:1]
    if recip_toks and not item_toks:
        item_toks = [c for c in verb.children if c.dep_ == "dobj"]
    item_toks = [t for t in item_toks if t not in recip_toks]
    item_toks += _included(item_toks)
    if item_toks:
        item_toks += _alongside(clause, ctx) + _verb_included(verb, ctx)
    to_toks = pobjs(clause, _TO)
    to_group = [ctx.referent(t, ACTORS, deep=False) for t in to_toks]
    to_group += group_members(to_toks, ctx)  # "to Gulf customers, including Qatar and Oman"
    to_keys = [
        _object_pronoun(t, ctx) or ctx.referent(t, ACTORS, deep=True) for t in recip_toks
    ] + to_group
    from_keys = [_actor(t, ctx, deep=False) for t in pobjs(clause, _FROM)]
    subj_keys = [_actor(t, ctx) for t in subj_toks]
    if not passive and not inverse and _first(subj_keys) is None:
        agent = gerund_agent(verb, ctx)  # "sanctioned X, a dealer, for shipping ..."
        subj_keys = [agent] if agent is not None else subj_keys
    end_user = _end_user(clause, ctx)
    if end_user is not None:
        to_keys.insert(0, end_user)
    buyer_for = [ctx.referent(t, ACTORS, deep=False) for t in pobjs(clause, frozenset({"for"}))]
    if inverse and _first(buyer_for) is not None and _first(subj_keys) is not None:
        # "X bought chips for Russia": X acts as Russia's supplier
        recipient, supplier = _first(buyer_for), _first(subj_keys)
    elif inverse:
        recipient = _first(subj_keys) or holder_of(verb, ctx)
        supplier = (
            _first(from_keys)
            or _made_in(item_toks, ctx)
            or _deal_partner(verb, ctx)
            or _source_of_relative(verb, ctx)
            or _deal_with(clause, ctx)
        )
    else:
        # who routes goods need not have made them; nor need an unnamed seller ("traders
        # sold Iranian drones")
        transit = lemma in lex["transfer_transit_verbs"] or _prefixed(verb, "re")
        supplier = (
            _first(subj_keys)
            or _first(from_keys)
            or (None if transit else _made_in(item_toks, ctx, nationality=not subj_toks))
            or (_owner_of(item_toks, ctx) if passive else None)
        )
        recipient = (
            _first(to_keys)
            or _implied_recipient(verb, item_toks, ctx)
            or (_user_of(verb, ctx) if passive else None)
            or adverbial_recipient(verb, ctx)
        )
        if recipient is None and supplier is not None and ctx.last_transfer is not None:
            last_supplier, key, at = ctx.last_transfer
            if (
                verb.sent.start_char - at <= _CARRY_CHARS
                and ctx.name(last_supplier) == ctx.name(supplier)
                and ctx.name(key) != ctx.name(supplier)
            ):
                recipient = key  # the same supplier goes on supplying the same recipient
        if recipient is None and supplier is not None and item_toks:
            recipient = _main_recipient(ctx, supplier)
    if recipient is None or recipient == supplier:
        return []
    ctx.recipients[ctx.name(recipient)] = ctx.recipients.get(ctx.name(recipient), 0) + 1
    ctx.recipient_keys[ctx.name(recipient)] = recipient
    if supplier is not None:
        ctx.last_transfer = (supplier, recipient, verb.sent.start_char)
    if supplier is not None and ctx.name(supplier) == ctx.name(recipient):
        return []
    location = _first([ctx.referent(t, _PLACES, deep=False) for t in pobjs(clause, _VIA)])
    status = status_of(verb, inverse_planned=lemma in lex["transfer_planned_verbs"])
    if status is None and lemma in lex["transfer_planned_verbs"]:
        status = Status.PLANNED
    main = adverbial_main(verb)
    if status is None and main is not None:
        status = status_of(main)  # "..., sending howitzers": as the main clause says
    generic = lemma in _GENERIC_VERBS
    suppliers: list[str | None] = [supplier]
    if not inverse and supplier is not None and supplier == _first(subj_keys):
        # "A, B and C were providing X": one claim per supplier
        names = {ctx.name(recipient)}
        suppliers = []
        for k in subj_keys:
            if k is not None and ctx.name(k) not in names:
                names.add(ctx.name(k))
                suppliers.append(k)
    if inverse and supplier is not None and _one_from(clause) and supplier == _first(from_keys):
        # "systems bought from Russia and the United States": one claim per seller (not
        # "A from India, B from Japan", where each item has its own)
        suppliers = [k for k in dict.fromkeys(from_keys) if k is not None]
    gapped = _gapped(verb, ctx) if not inverse else []
    gapped_keys = {k for k, _ in gapped}
    recipients = [recipient]
    if recipient in to_group and not recip_toks and end_user is None:
        # "exported to China, India and Turkey": one claim per recipient
        recipients = list(dict.fromkeys(k for k in to_group if k is not None))
    recipients = [k for k in recipients if k not in gapped_keys] or [recipient]
    if any(c.dep_.startswith("nsubj") and c.lower_ in ("none", "nobody") for c in verb.children):
        return []  # "None of the companies sold parts to Iran"
    items = _items(item_toks, ctx, generic)
    at = verb.sent.start_char
    drafts = [
        Draft(ClaimType.TRANSFER, verb, who, to, text, core, cls, location, status)
        for who in suppliers
        for to in recipients
        if who is None or ctx.name(who) != ctx.name(to)
        for core, text, cls in items
    ]
    if items and items[0][2] == ItemClass.WEAPON_SYSTEM and not items[0][0].like_num:
        ctx.last_item = (_weapon_name(items[0][0], ctx) or items[0][1], items[0][2], at)
    for key, count in gapped:  # "Norway pledged eight tanks to Ukraine, Portugal three"
        if ctx.name(key) in {ctx.name(r) for r in recipients} or not items:
            continue
        core, text, cls = items[0]
        for to in recipients:
            drafts.append(
                Draft(
                    ClaimType.TRANSFER,
                    verb,
                    key,
                    to,
                    text,
                    core,
                    cls,
                    location,
                    status,
                    count=count,
                )
            )
    return drafts


def _one_from(clause: list[Token]) -> bool:
    """The clause has a single "from" phrase (whose objects may be a list)."""
    return sum(1 for t in clause if t.lower_ == "from" and t.dep_ == "prep") == 1


def _reduced_relative(verb: Token) -> bool:
    """A participle on a noun that the tagger read as a past tense ("jets bought from X"):
    no subject, no object of its own."""
    return bool(
        verb.dep_ == "acl"
        and verb.tag_ == "VBD"
        and not any(c.dep_ in ("nsubj", "dobj", "aux") for c in verb.children)
    )


def _weapon_name(core: Token, ctx: DocContext) -> str | None:
    """The named weapon an item phrase holds ("14 Leopard 2A6 tanks" -> "Leopard 2A6")."""
    for t in [core, *core.children]:
        m = ctx.mention_at(t)
        if m is not None and m.type in (EntityType.WEAPON_SYSTEM, EntityType.GOODS):
            return str(m.text)
    return None


def _gapped(verb: Token, ctx: DocContext) -> list[tuple[str, float]]:
    """Remnants of a gapped list: a named party coordinated or apposed inside the
    clause that carries a bare count ("..., and Denmark 19", "..., Portugal three")
    supplies that many of the same item; it is no recipient."""
    out: list[tuple[str, float]] = []
    for t in verb.subtree:
        if t.dep_ not in ("conj", "appos", "npadvmod") or t.pos_ != "PROPN":
            continue
        nums = [c for c in t.children if c.dep_ == "nummod" and c.like_num]
        key = ctx.referent(t, ACTORS, deep=False)
        if not nums or key is None:
            continue
        value = parse_number([nums[0].text])
        if value is not None:
            out.append((key, value))
    return out


def _owner_of(items: list[Token], ctx: DocContext) -> str | None:
    """ "Its S-400 has been exported to China": the item's owner supplied it."""
    for t in items:
        for c in core_item(t).children:
            if c.dep_ == "poss":
                key = ctx.referent(c, ACTORS)
                if key is not None:
                    return key
    return None


def _verb_draft(verb: Token, ctx: DocContext) -> list[Draft]:
    return _parts_for(verb, ctx) + _verb_transfer(verb, ctx)


def _parts_for(verb: Token, ctx: DocContext) -> list[Draft]:
    """ "X supplied optical components for Russian tanks": X's parts are used in tanks
    (a component claim beside any transfer)."""
    if verb.lemma_.lower() in lexicon()["transfer_inverse_verbs"] or is_passive(verb):
        return []
    clause = clause_tokens(verb)
    used_in: str | None = None
    for t in pobjs(clause, frozenset({"for"})):
        m = ctx.mention_at(t)
        if m is not None and m.type == EntityType.WEAPON_SYSTEM:
            used_in = m.key
        elif m is None and classify(t.text, t, ctx) == ItemClass.WEAPON_SYSTEM:
            used_in = item_phrase(t, ctx)
        if used_in is not None:
            break
    if used_in is None:
        return []
    makers = [ctx.referent(t, ACTORS) for t in subjects_of(verb)] or [None]
    out = []
    for core, text, cls in _items(objects_of(verb), ctx, False):
        if cls in (ItemClass.COMPONENT, ItemClass.DUAL_USE_GOOD):
            for maker in makers:
                d = Draft(ClaimType.COMPONENT, verb, maker, None, text, core, ItemClass.COMPONENT)
                d.used_in = used_in
                out.append(d)
    return out


def _noun_draft(noun: Token, ctx: DocContext) -> list[Draft]:
    lex = lexicon()
    if noun.dep_ == "compound" or noun.pos_ != "NOUN":
        return []
    if (
        noun.head.lemma_.lower() in lex["transfer_verbs"] | lex["transfer_inverse_verbs"]
        and noun.dep_ == "dobj"
    ):
        return []
    inverse = noun.lemma_.lower() in lex["transfer_inverse_nouns"]
    toks = list(noun.subtree)
    if noun.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj"):
        gov = noun.head if noun.dep_ != "pobj" else noun.head.head
        toks += [t for t in clause_tokens(gov) if t.i not in {x.i for x in noun.subtree}]
    of_items = [o for o in pobjs(list(noun.subtree), frozenset({"of"}))]
    # "drone shipments" names what moved; "arms sales" and "defence exports" name a trade
    compounds = [
        c
        for c in noun.children
        if c.dep_ == "compound"
        and ctx.mention_at(c) is None
        and c.lower_ not in lex["transfer_trade_words"]
        and c.lemma_.lower() not in lex["transfer_trade_words"]
    ]
    poss = [c for c in noun.children if c.dep_ in ("poss",)]
    mods = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod")]
    to_keys = [ctx.referent(t, ACTORS, deep=False) for t in pobjs(toks, _TO)]
    from_keys = [
        ctx.referent(t, ACTORS, deep=False) for t in pobjs(toks, _FROM | frozenset({"by"}))
    ]
    owner = _first([ctx.referent(t, ACTORS, deep=False) for t in poss + mods])
    governor_subject = None
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in lex["sale_approvers"]:
        # "the United States approved the sale of X to Slovakia"
        governor_subject = _first([ctx.referent(t, ACTORS) for t in subjects_of(noun.head)])
    if inverse:
        recipient, supplier = owner or _first(to_keys), _first(from_keys)
    else:
        supplier = owner or _first(from_keys) or governor_subject
        recipient = _first(to_keys)
    if recipient is None and supplier is not None:
        recipient = _main_recipient(ctx, supplier)
    if recipient is None or recipient == supplier:
        return []
    status: Status | None = Status.DELIVERED  # "Russia's acquisition of", "imports of"
    if noun.lemma_.lower() in lex["planned_transfer_nouns"]:
        status = Status.PLANNED  # "Germany's pledge of a third Patriot system"
    for g in governors(noun):
        if g.lemma_.lower() in lex["plan_governors"]:
            status = Status.PLANNED
            break
        if any(c.lower_ in ("will", "would", "'ll") for c in g.children if c.dep_ == "aux"):
            status = Status.PLANNED
            break
    items = _items(of_items or compounds, ctx, False)
    if not items and not of_items and _trade_flow(noun, poss, ctx):
        items = [(noun, _flow_phrase(noun), ItemClass.UNSPECIFIED)]
    return [
        Draft(ClaimType.TRANSFER, noun, supplier, recipient, text, core, cls, None, status)
        for core, text, cls in items
    ]


def _trade_flow(noun: Token, poss: list[Token], ctx: DocContext) -> bool:
    """ "Mongolia's exports to Russia rose": a named party's plural flow to a named party
    that names no goods; the flow itself is what the sentence reports moved. The owner is
    a name ("its sales" may be anyone's) and "to" hangs on the flow noun itself."""
    inverse = noun.lemma_.lower() in lexicon()["transfer_inverse_nouns"]
    # "India's imports from Russia fell": the other party of an inverse flow is "from"
    to = pobjs(list(noun.children), frozenset({"from" if inverse else "to"}))
    return bool(
        noun.tag_ == "NNS"
        and any(p.pos_ == "PROPN" and ctx.referent(p, ACTORS, deep=False) for p in poss)
        and any(ctx.referent(t, ACTORS, deep=False) is not None for t in to)
    )


def _flow_phrase(noun: Token) -> str:
    """The flow noun with its trade words ("arms exports")."""
    start = noun.i
    while start > noun.left_edge.i and noun.doc[start - 1].dep_ in ("compound", "amod"):
        if noun.doc[start - 1].head.i != noun.i:
            break
        start -= 1
    return str(noun.doc[start : noun.i + 1].text)


def _agent_noun(noun: Token, ctx: DocContext) -> list[Draft]:
    """ "Norway remains Chile's largest supplier of frigates": Norway -> Chile; "India is
    the largest buyer of Russian weapons": Russia -> India. A bare "weapons" or "arms" is
    the item here: it is all the sentence says moved."""
    roles = agent_roles(noun, ctx)
    if roles is None:
        return []
    items = _items(roles.items, ctx, False)
    if not items:
        items = [
            (t, t.text, ItemClass.WEAPON_SYSTEM)
            for t in roles.items
            if t.lemma_.lower() in ("weapon", "arm", "arms") and ctx.mention_at(t) is None
        ]
    suppliers = roles.suppliers
    if roles.inverse and suppliers == [None]:
        suppliers = [_made_in(roles.items, ctx)]  # "buyers of Israeli drones"
        if suppliers == [None]:
            return []
    return [
        Draft(ClaimType.TRANSFER, noun, who, to, text, core, cls, None, _DONE)
        for who in suppliers
        for to in roles.recipients
        if who is None or ctx.name(who) != ctx.name(to)
        for core, text, cls in items
    ]


def transfer_drafts(tok: Token, ctx: DocContext) -> list[Draft]:
    """Transfer drafts triggered by ``tok`` (a verb or a transfer noun)."""
    drafts = _transfer_drafts(tok, ctx)
    if not _is_verb_trigger(tok):
        # arrivals, deliveries taken, packages and nouns name recipients too ("the first
        # launchers have arrived in Ukraine"); verbs count theirs in _verb_transfer
        for name, key in {ctx.name(d.object): d.object for d in drafts if d.object}.items():
            ctx.recipients[name] = ctx.recipients.get(name, 0) + 1
            ctx.recipient_keys[name] = key
    for d in drafts:
        if d.type == ClaimType.TRANSFER and d.subject and d.object and d.item_tok is not None:
            known = ctx.supplied.setdefault(ctx.name(d.object), {})
            known[d.item_tok.lemma_.lower()] = d.subject
    return drafts


def _purpose_infinitive(verb: Token) -> bool:
    """An infinitive of purpose hung on the main verb ("signed a contract to buy")."""
    return bool(
        verb.dep_ == "advcl"
        and verb.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def _is_verb_trigger(tok: Token) -> bool:
    lex = lexicon()
    return bool(
        tok.pos_ in ("VERB", "AUX")
        and verb_lemma(tok) in lex["transfer_verbs"] | lex["transfer_inverse_verbs"]
        and verb_lemma(tok) not in lex["transfer_arrival_verbs"]
    )


def _transfer_drafts(tok: Token, ctx: DocContext) -> list[Draft]:
    lex = lexicon()
    lemma = verb_lemma(tok)
    if tok.pos_ == "VERB" and lemma in lex["transfer_arrival_verbs"]:
        return _arrival(tok, ctx)
    if tok.pos_ == "VERB" and lemma in lex["transfer_package_verbs"]:
        return _package(tok, ctx)
    if tok.pos_ == "NOUN" and lemma in lex["transfer_deal_nouns"]:
        return _deal(tok, ctx)
    if tok.pos_ == "VERB" and lemma == "turn":
        return _turn_to(tok, ctx)
    if tok.pos_ == "VERB" and lemma == "sign":
        return _signed_for(tok, ctx)
    if tok.pos_ == "VERB" and lemma in lex["transfer_delivery_taking_verbs"]:
        return _take_delivery(tok, ctx)
    if (
        tok.pos_ in ("VERB", "AUX")
        and lemma in lex["transfer_verbs"] | lex["transfer_inverse_verbs"]
    ):
        return _verb_draft(tok, ctx)
    if tok.pos_ == "NOUN" and (
        lemma in lex["transfer_agent_nouns"] or lemma in lex["transfer_inverse_agent_nouns"]
    ):
        return _agent_noun(tok, ctx)
    if tok.pos_ == "NOUN" and (
        lemma in lex["transfer_nouns"]
        or lemma in lex["transfer_inverse_nouns"]
        or tok.lower_ in lex["transfer_nouns"]
    ):
        return _noun_draft(tok, ctx)
    return []
