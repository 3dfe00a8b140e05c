"""Sanction claims: a named authority (subject) acts against a named target (object).

"OFAC designated A, B and C" (one claim per target), "sanctioned four firms, A, B and
C", passives ("X was sanctioned by the EU"), "BIS added X to the Entity List", "put X
on its Entity List", "imposed sanctions on X", "froze the assets of X", "measures
against X", and "X is under U.S. sanctions". A pronoun authority ("it sanctioned")
is the latest authority the article named in a sanction.
"""

from __future__ import annotations

from armstrace.extract.claims.context import ACTORS, DocContext, Token
from armstrace.extract.claims.draft import Draft, agents_of, subjects_of
from armstrace.extract.claims.lexicon import lexicon
from armstrace.extract.claims.sanction_bans import BAN_NOUNS, BAN_VERBS, ban_parts
from armstrace.extract.claims.sanction_leadin import (
    LEAD_NOUNS,
    lead_authority,
    previous_authority,
)
from armstrace.extract.claims.sanction_lists import (
    clause_including,
    followup_targets,
    group_authorities,
    listed_targets,
    paragraph_targets,
)
from armstrace.extract.claims.syntax import clause_tokens, conjuncts, governors, is_passive, pobjs
from armstrace.model import ClaimType, EntityType

__all__ = ["is_authority", "sanction_drafts"]

_TARGETS = frozenset(
    {EntityType.ORGANIZATION, EntityType.PERSON, EntityType.COUNTRY, EntityType.PLACE}
)
_MEASURES = frozenset(
    {
        "sanction",
        "sanctions",
        "restriction",
        "penalty",
        "ban",
        "embargo",
        "measure",
        "control",
        "freeze",
    }
)
_SANCTIONS_BODIES = (
    "ofac",
    "ofsi",
    "foreign assets control",
    "financial sanctions",
    "industry and security",
)
_HOLDINGS = frozenset({"asset", "fund", "property", "account", "holding", "freeze"})
_GENERIC = frozenset({"add", "list", "name", "target", "put", "hit", "place", "keep"})
_SAYING = frozenset({"say", "announce", "state", "confirm", "add", "warn", "tell"})
_AUTH_DEPS = ("compound", "amod", "nmod", "poss")
_ORDERS = frozenset({"order", "orders"})
_FIRM_NOUNS = frozenset(
    {"company", "firm", "manufacturer", "maker", "group", "supplier", "producer", "concern"}
)
_NAMING = frozenset({"name", "include", "target", "cover", "hit"})  # "The designations named"
# nouns that name a government body by its kind ("the department", "the council")
_OFFICES = frozenset({"department", "ministry", "council", "commission", "treasury", "office"})
_OFFICE_REACH = 1500  # characters back to the body's name
# verbs that say "sanction" on their own, so that a reduced relative clause with an
# authority as subject ("a firm the EU listed") is a sanction of the noun it describes
_REDUCED_VERBS = frozenset({"sanction", "designate", "blacklist", "list"})
_PRONOUNS = frozenset({"it", "they", "both", "which", "that", "who"})


def is_authority(key: str, ctx: DocContext) -> bool:
    """A government or a body whose name says it governs (treasury, council, ministry)."""
    m = ctx.mentions[key]
    if m.type == EntityType.COUNTRY:
        return True
    words = set(((m.canonical or "") + " " + m.text).lower().replace(".", " ").split())
    return bool(words & lexicon()["authority_words"])


def _authorities(toks: list[Token], ctx: DocContext) -> list[str]:
    out = []
    for t in toks:
        if t.lower_ in ("they", "it"):
            # "Britain, France and Germany said they would impose sanctions"
            said = next((g for g in governors(t.head) if g.lemma_.lower() in _SAYING), None)
            group = (
                [x for c in said.children if c.dep_ == "nsubj" for x in conjuncts(c)]
                if said
                else []
            )
            keys = [k for x in group if (k := ctx.referent(x, ACTORS)) and is_authority(k, ctx)]
            if keys:
                out.extend(keys)
                continue
        if t.lower_ in _PRONOUNS:
            topic = ctx.antecedent(t.idx, ACTORS, topic=True)
            if topic is not None and is_authority(topic, ctx):
                out.append(topic)  # "Britain ... On Aug. 20 it sanctioned"
                continue
            if ctx.last_authority is not None:
                out.append(ctx.last_authority)
                continue
        key = _named_office(t, ctx) or ctx.referent(t, ACTORS)
        if key is not None:
            out.append(key)
    return out


def _named_office(tok: Token, ctx: DocContext) -> str | None:
    """ "In May the department designated X": the latest authority named before whose
    name holds the noun ("the Treasury Department", "the Council of the EU"); None when
    ``tok`` is a name itself or no such authority was named within ``_OFFICE_REACH``."""
    low = tok.lemma_.lower()
    if (
        low not in _OFFICES
        or tok.pos_ not in ("NOUN", "PROPN")
        or ctx.mention_at(tok) is not None
        or not any(c.lower_ in ("the", "this") for c in tok.children if c.dep_ == "det")
        or any(c.dep_ in ("compound", "amod", "poss") for c in tok.children)
    ):
        return None
    for m in reversed(ctx.ordered):
        if m.end > tok.idx:
            continue
        if tok.idx - m.end > _OFFICE_REACH:
            break
        words = " ".join((m.canonical or "", m.text)).lower().split()
        if low in words and is_authority(m.key, ctx):
            return m.key
    return None


def _expand(targets: list[Token]) -> list[Token]:
    """Targets with their appositions and the conjuncts hung on them
    ("four firms, A, B and C")."""
    out: list[Token] = []
    for t in targets:
        out.append(t)
        for c in t.children:
            if c.dep_ == "appos":
                out.extend(conjuncts(c))
        out += pobjs(list(t.subtree), frozenset({"including"}))  # "86 entities, including X"
    return out


def _object_antecedent(pron: Token, auths: list[str], ctx: DocContext) -> str | None:
    """ "The EU, Britain and Japan have also designated it": the organisation or person
    the article was last talking about, never an authority (they do the designating)."""
    nearest: str | None = None
    for m in reversed(ctx.ordered):
        if m.end > pron.idx:
            continue
        if pron.idx - m.end > 600:
            break
        if m.type not in (EntityType.ORGANIZATION, EntityType.PERSON) or m.key in auths:
            continue
        if is_authority(m.key, ctx):
            continue
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and span.root.dep_ in ("nsubj", "nsubjpass"):
            return m.key
        nearest = nearest or m.key
    return nearest


def _compounds(noun: Token) -> list[Token]:
    """The compound modifiers of ``noun`` and theirs ("the [Vostok Trade [chip]] maker")."""
    out: list[Token] = []
    stack = [c for c in noun.children if c.dep_ == "compound"]
    while stack:
        c = stack.pop()
        out.append(c)
        stack.extend(x for x in c.children if x.dep_ == "compound")
    return out


def _same_sentence_firm(noun: Token, ctx: DocContext) -> str | None:
    """ "X has begun rationing batteries after China imposed sanctions on the company":
    "the company" is the organisation the same sentence has as subject before it (no
    authority); None when there is none or ``noun`` is no such common noun."""
    if (
        noun.pos_ != "NOUN"
        or noun.lemma_.lower() not in _FIRM_NOUNS
        or ctx.mention_at(noun) is not None
        or not any(c.lower_ == "the" for c in noun.children if c.dep_ == "det")
    ):
        return None
    for t in noun.sent:
        if t.i >= noun.i:
            break
        m = ctx.mention_at(t)
        if m is None or m.type != EntityType.ORGANIZATION or is_authority(m.key, ctx):
            continue
        head = t
        while head.head.i != head.i and ctx.tok_mention[head.head.i] == m.key:
            head = head.head
        if head.dep_ in ("nsubj", "nsubjpass"):
            return m.key
    return None


def _firm_antecedent(noun: Token, ctx: DocContext) -> str | None:
    """The organisation "the company" stands for when its plain antecedent was a
    government body: the nearest organisation named before (a subject first) that is
    no authority, within 600 characters; else None."""
    nearest: str | None = None
    for m in reversed(ctx.ordered):
        if m.end > noun.idx:
            continue
        if noun.idx - m.end > 600:
            break
        if m.type != EntityType.ORGANIZATION or is_authority(m.key, ctx):
            continue
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        dep = span.root.dep_ if span is not None else ""
        if dep in ("compound", "amod", "nmod", "poss"):
            continue  # "Houthi attacks": a modifier, not a firm talked about
        if dep == "pobj" and span is not None and span.root.head.lower_ not in ("on", "against"):
            continue  # "ties to the army": a detail ("sanctions on X" names a target)
        if dep in ("nsubj", "nsubjpass"):
            return m.key
        nearest = nearest or m.key
    return nearest


def _last_two(tok: Token, auths: list[str], ctx: DocContext) -> list[str]:
    """The two organisations "both companies" stands for: the last two named before the
    sentence (never an authority), or nothing when fewer than two were named nearby."""
    start = tok.sent.start_char
    found: list[str] = []
    names: set[str] = set()
    for m in reversed(ctx.ordered):
        if m.end > start:
            continue
        if start - m.end > 500:
            break
        if m.type != EntityType.ORGANIZATION or m.key in auths or is_authority(m.key, ctx):
            continue
        if ctx.name(m.key) not in names:
            names.add(ctx.name(m.key))
            found.append(m.key)
        if len(found) == 2:
            return found
    return []


def _appositive_relative(t: Token, ctx: DocContext) -> Token:
    """ "Rostec, the state group that was sanctioned by Washington": a relative pronoun
    on an apposition stands for the name the apposition describes, not for whatever
    organisation "the group" would refer back to on its own."""
    relative = t.tag_ in ("WDT", "WP") or t.lower_ == "that"
    if not relative:
        return t
    if t.head.dep_ != "relcl":
        if t.i == 0 or t.doc[t.i - 1].lower_ != "and":
            return t
        # "X, the group that makes tanks and that was sanctioned by Y": the parser hangs
        # the second relative clause on the main verb; it shares the first one's noun
        first = next(
            (
                x
                for x in reversed(t.doc[t.sent.start : t.i - 1])
                if x.lower_ == t.lower_ and x.head.dep_ == "relcl"
            ),
            None,
        )
        if first is None:
            return t
        t = first
    noun = t.head.head
    if noun.dep_ == "appos" and ctx.mention_at(noun) is None and ctx.mention_at(noun.head):
        return noun.head
    return t


def _drafts(
    auths: list[str],
    targets: list[Token],
    trigger: Token,
    ctx: DocContext,
    listed: list[str] | None = None,
) -> list[Draft]:
    if not auths:
        return []
    out = []
    seen: set[str] = set()
    targets = _expand(targets)
    head_named = bool(targets) and ctx.mention_at(targets[0]) is not None
    keys: list[str] = []
    for t in targets:
        t = _appositive_relative(t, ctx)
        key = _same_sentence_firm(t, ctx) or ctx.referent(t, _TARGETS, deep=False)
        if t.lower_ in ("it", "them") and t.dep_ == "dobj":
            key = _object_antecedent(t, auths, ctx)
        relative = t.tag_ in ("WDT", "WP") or (t.lower_ == "that" and t.dep_ == "dobj")
        if key is None and relative and t.head.dep_ == "relcl":
            t = t.head.head  # "a firm that the EU has sanctioned": the firm
        if key is None and t.dep_ == "appos" and t.pos_ == "NOUN":
            key = ctx.referent(t.head, _TARGETS, deep=False)  # "X, a firm already under ..."
        if key is None and t.tag_ == "NN" and t.lemma_.lower() in _FIRM_NOUNS:
            key = next(  # "the Almaz-Antey air defence maker": the firm names itself (not
                # "seven Almaz-Antey companies", which are its units)
                (
                    m.key
                    for c in _compounds(t)
                    if (m := ctx.mention_at(c)) is not None
                    and m.type == EntityType.ORGANIZATION
                    and not is_authority(m.key, ctx)
                ),
                None,
            )
        if key is None and t.dep_ == "attr" and t.head.lemma_.lower() == "be":
            subj = [c for c in t.head.children if c.dep_ == "nsubj"]  # "X is a firm the EU
            key = ctx.referent(subj[0], _TARGETS, deep=False) if subj else None  # listed"
        if key is None and t.tag_ == "NNS" and any(c.lower_ == "both" for c in t.children):
            keys += _last_two(t, auths, ctx)  # "Both companies are under US sanctions"
            continue
        if key is None:
            continue
        if t.pos_ == "NOUN" and ctx.mention_at(t) is None and _office(key, ctx):
            # "the company was designated": never the department named before, but the
            # firm or person the article was talking about
            key = _firm_antecedent(t, ctx)
            if key is None:
                continue
        if not head_named and ctx.mentions[key].type in (EntityType.COUNTRY, EntityType.PLACE):
            continue  # "eight entities in China, Hong Kong and Turkey": places, not targets
        keys.append(key)
    names = {ctx.name(a) for a in auths}
    for key in keys + (listed or []):
        if key in seen or key in auths or ctx.name(key) in names:
            continue
        seen.add(key)
        for a in auths[:6]:
            out.append(Draft(ClaimType.SANCTION, trigger, a, key))
    if out:
        ctx.last_authority = auths[0]
    return out


def _office(key: str, ctx: DocContext) -> bool:
    """A government body by its name (an organisation with an authority word: "State
    Department", "Foreign Office"), which a common noun like "the company" never means."""
    return ctx.mentions[key].type == EntityType.ORGANIZATION and is_authority(key, ctx)


def _sanctions_body(key: str, ctx: DocContext) -> bool:
    """An office whose only business is sanctions lists (OFAC, OFSI, BIS): whatever it
    "names" or "lists" it designates."""
    m = ctx.mentions[key]
    text = " ".join((m.canonical or "", m.text)).lower()
    return any(w in text for w in _SANCTIONS_BODIES)


def _cue_text(verb: Token) -> str:
    """The verb's sentence and the one before: "The Treasury imposed sanctions on ...
    OFAC named X and Y" names targets under the previous sentence's cue."""
    sent = verb.sent
    text: str = sent.text.lower()
    if sent.start > 0:
        text = verb.doc[sent.start - 1].sent.text.lower() + " " + text
    return text


def _remnants(verb: Token, ctx: DocContext) -> list[Token]:
    """ "A was designated by Washington in February, B in March, and C and D in July":
    the names the parser hangs on the passive verb after its agent (as a loose noun or a
    conjunct) are gapped subjects of the same verb, each with its own date."""
    agent = max(c.i for c in verb.children if c.dep_ == "agent")
    out: list[Token] = []
    for c in verb.children:
        if c.i < agent or c.dep_ not in ("npadvmod", "conj", "appos"):
            continue
        m = ctx.mention_at(c)
        if m is None or m.type not in (EntityType.ORGANIZATION, EntityType.PERSON):
            continue
        if any(p.dep_ in ("prep", "agent") and p.lower_ == "by" for p in c.subtree):
            continue  # "B by Japan": an authority of its own
        dated = any(p.dep_ == "prep" and p.lower_ in ("in", "on") for p in c.subtree)
        if dated or any(x.i != c.i and x.dep_ == "conj" for x in c.subtree):
            out += conjuncts(c)
    return out


def _among_group(verb: Token) -> bool:
    """ "Among the firms listed were X and Y": a participle on the group an "among"
    phrase picks the targets from."""
    group = verb.head
    return bool(
        verb.dep_ == "acl"
        and group.dep_ == "pobj"
        and group.head.lower_ == "among"
        and group.tag_ == "NNS"
    )


def _reduced_relative(verb: Token, ctx: DocContext) -> list[Draft]:
    """ "X, a distributor the EU listed last year": the parser hangs the verb on the
    authority as if the authority were listed; the authority is the verb's subject and
    the noun before it (through its apposition, X) its object."""
    auth = verb.head
    key = ctx.tok_mention[auth.i]
    if (
        verb.dep_ != "acl"
        or verb.tag_ not in ("VBN", "VBD")
        or key is None
        or not is_authority(key, ctx)
        or auth.dep_ != "appos"
        or auth.head.pos_ != "NOUN"
        or ctx.mention_at(auth.head) is not None
        or any(c.dep_ in ("agent", "dobj", "auxpass") for c in verb.children)
    ):
        return []
    noun = auth.head
    if noun.dep_ == "appos" and ctx.mention_at(noun.head) is not None:
        noun = noun.head  # the name the noun describes (the noun itself holds the EU)
    elif noun.dep_ != "attr":
        return []
    return _drafts([key], [noun], verb, ctx)


def _verb(verb: Token, ctx: DocContext) -> list[Draft]:
    lemma = verb.lemma_.lower()
    remnants: list[Token] = []
    if lemma in _REDUCED_VERBS:
        reduced = _reduced_relative(verb, ctx)
        if reduced:
            return reduced
    clause = clause_tokens(verb)
    passive = is_passive(verb)
    auths = group_authorities(verb, ctx, is_authority) or _authorities(
        agents_of(verb) if passive else subjects_of(verb), ctx
    )
    participle = (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and not any(c.dep_ in ("mark", "nsubj") for c in verb.children)
    )  # "The EU adopted a package, listing Chinese firms ...": the main clause's news
    if (
        not auths
        and verb.dep_ == "acl"
        and verb.tag_ == "VBD"
        and verb.head.dep_ == "ROOT"
        and ctx.mention_at(verb.head) is not None
    ):  # "The State Department named A, B": the parser took the name for a noun phrase
        auths = _authorities([verb.head], ctx)
    cued = any(w in verb.sent.text.lower() for w in ("sanction", "designat", "blacklist"))
    if not auths and participle and cued:
        auths = [a for a in _authorities(subjects_of(verb.head), ctx) if is_authority(a, ctx)]
    if passive:
        targets = [x for c in verb.children if c.dep_ == "nsubjpass" for x in conjuncts(c)]
        if not targets and verb.dep_ in ("acl", "amod"):
            targets = conjuncts(verb.head)
        if not targets:  # "Also designated were X and Y": the inverted subject
            targets = [
                x
                for a in verb.children
                if a.dep_ == "auxpass"
                for c in a.children
                if c.dep_ in ("attr", "nsubj")
                for x in conjuncts(c)
            ]
        if not targets and verb.dep_ == "conj":  # "was placed under ... and later listed by"
            targets = [x for t in subjects_of(verb) for x in conjuncts(t)]
        if targets and agents_of(verb):
            remnants = _remnants(verb, ctx)
            targets += remnants
    else:
        targets = [x for c in verb.children if c.dep_ == "dobj" for x in conjuncts(c)]
        if not targets and verb.dep_ == "relcl" and lemma in _REDUCED_VERBS:
            targets = [verb.head]  # "a firm the United States sanctioned in 2023"
    targets += (
        pobjs(
            [t for t in clause if t.head.lower_ == "together" or t.lower_ == "with"],
            frozenset({"with"}),
        )
        if lemma not in ("impose", "freeze")
        else []
    )
    lists = [t for t in pobjs(clause, frozenset({"to", "on"})) if "list" in t.lower_]
    if not auths and lists:  # "was added to the Commerce Department's Entity List"
        auths = [
            a
            for lst in lists
            for a in _authorities(
                [c for c in lst.children if c.dep_ in ("poss", "compound", "nmod", "amod")], ctx
            )
            if is_authority(a, ctx)
        ]
    among = passive and _among_group(verb)
    alongside = any(
        t.lower_ in ("alongside", "also") and t.head.i == verb.i for t in clause
    )  # "three companies were named alongside it"
    among_them = [
        t
        for t in verb.sent
        if t.i > verb.i
        and t.lower_ == "among"
        and any(c.lower_ in ("them", "those") for c in t.children)
    ]
    if (
        not auths
        and passive
        and ctx.last_authority is not None
        and (alongside or among or among_them)
    ):
        auths = [ctx.last_authority]  # "Also designated were X and Y": the same authority

    if not auths and among:
        # "The package, adopted by the Council, added 61 firms ... Among the firms
        # listed were": the authority the sentences before have as subject
        before = previous_authority(verb, ctx, is_authority)
        lead = before or lead_authority(verb, ctx, is_authority, own=False)
        auths = [lead] if lead is not None else []
    if lemma in _GENERIC:
        cue = any(
            w in _cue_text(verb) for w in ("sanction", "designat", "blacklist", "entity list")
        )
        if (
            auths
            and all(_sanctions_body(a, ctx) for a in auths)
            and lemma in ("name", "list")
            and verb.i + 1 < len(verb.doc)
        ):
            return _drafts(auths, targets, verb, ctx, listed_targets(verb.doc[verb.i + 1], ctx))
        if lemma in ("add", "put", "place", "keep") and lists:
            pass
        elif lemma in ("place", "keep"):
            return []  # "placed an order": only "placed X on a list" sanctions
        elif not cue and lemma in ("put", "name", "hit", "target"):
            return []  # "put pictures to the accusations", "named one vessel"
        elif not (auths and all(is_authority(a, ctx) for a in auths)) or (
            lemma != "list"
            and ctx.last_authority is None
            and lead_authority(verb, ctx, is_authority, own=False) is None
        ):
            return []  # an authority that "names" firms after an announcement sanctions them
        if lemma in ("target", "hit") and not any(t.lemma_.lower() in _MEASURES for t in clause):
            return []
    elif lemma == "impose":
        if not any(x.lemma_.lower() in _MEASURES for t in targets for x in t.subtree):
            return []  # "imposed several rounds of sanctions on X" counts too
        targets = pobjs(clause, frozenset({"on", "against"}))
        targets += clause_including(verb, targets, ctx)
    elif lemma == "freeze":  # "froze the assets of X and of Y"
        ofs = [
            t
            for t in clause
            if t.lower_ == "of" and (t.head.pos_ != "NOUN" or t.head.lemma_.lower() in _HOLDINGS)
        ]
        targets = pobjs(ofs, frozenset({"of"}))
    listed: list[str] = []
    if among_them and auths and among_them[0].i + 2 < len(verb.doc):
        listed = listed_targets(verb.doc[among_them[0].i + 2], ctx)  # "..., among them X"
    official = bool(auths) and all(is_authority(a, ctx) for a in auths)
    if among and verb.head.head.head.i + 1 < len(verb.doc):
        listed = listed_targets(verb.doc[verb.head.head.head.i + 1], ctx)
        targets = []  # the group itself names nobody
    if official and not passive and verb.i + 1 < len(verb.doc):
        start = verb.doc[verb.i + 1]
        if lemma == "impose":  # "imposed sanctions on A and B": the names after "on"
            ons = [t for t in clause if t.lower_ in ("on", "against") and t.i > verb.i]
            start = ons[0] if ons else start
        if lemma != "impose" or start.i > verb.i + 1:
            listed = listed_targets(start, ctx)
    out = _drafts(auths, targets, verb, ctx, listed)
    gapped = {ctx.tok_mention[t.i] for t in remnants}
    for d in out:
        # "kept X on its list": the listing is older than the keeping; a gapped remnant
        # ("B in March") has its own date, which the verb's clause does not give it
        d.timeless = d.timeless or lemma == "keep" or d.object in gapped
    if official and (verb.dep_ not in ("relcl", "acl", "advcl", "pcomp") or participle):
        out += _followups(auths, verb, ctx)
    return out


def _followups(auths: list[str], verb: Token, ctx: DocContext) -> list[Draft]:
    """Targets the next three sentences list ("The firms include A and B", "Among them
    is X"), sanctioned by the authority that made the announcement."""
    out: list[Draft] = []
    doc = verb.doc
    end = verb.sent.end
    for _ in range(3):
        if end >= len(doc):
            break
        sent = doc[end].sent
        for tok, keys in followup_targets(sent, ctx):
            out += _drafts(auths, [], tok, ctx, keys)
        end = sent.end
    return out


def _noun(noun: Token, ctx: DocContext) -> list[Draft]:
    """ "under U.S. sanctions", "EU sanctions on X", "announced sanctions against X"."""
    auth_deps = ("poss",) if noun.lower_ in ("list", "blacklist") else _AUTH_DEPS
    auth_toks = [c for c in noun.children if c.dep_ in auth_deps]  # "its own Russia sanctions list"
    if noun.lower_ in ("list", "blacklist") and not auth_toks:
        auth_toks = [  # "the US sanctions list": without an owner, the name before is one
            c
            for a in noun.children
            if a.dep_ == "compound" and a.lower_ in ("sanctions", "sanction")
            for c in a.children
            if c.dep_ == "compound" and ctx.mention_at(c) is not None
        ]
    targets = pobjs(list(noun.subtree), frozenset({"on", "against"}))
    if noun.lower_ in ("list", "blacklist") and not any(
        a.lower_ in ("sanction", "sanctions", "entity", "blacklist") for a in noun.children
    ):
        return []  # only "the sanctions list", "the Entity List"
    if not targets and noun.dep_ == "pobj" and noun.head.lower_ in ("under", "on", "to"):
        gov = noun.head.head
        if gov.lower_ == "subject" and gov.head.i != gov.i:
            gov = gov.head  # "X is subject to US sanctions"
        targets = [
            x for c in gov.children if c.dep_ in ("nsubj", "nsubjpass") for x in conjuncts(c)
        ]
        if not targets and gov.dep_ in ("appos", "acl", "relcl"):
            targets = [gov.head]
        if (
            not targets
            and noun.head.lower_ == "under"
            and gov.pos_ == "PROPN"
            and ctx.mention_at(gov) is not None
        ):
            targets = conjuncts(gov)  # "X and Y, both under US sanctions, ..."
        if targets:  # "X was placed under US sanctions, along with Y"
            targets += pobjs(
                [t for t in clause_tokens(gov) if t.head.lower_ in ("along", "together")],
                frozenset({"with"}),
            )
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() == "impose":
        return []
    auths = _authorities(auth_toks, ctx)
    theirs = any(a.lower_ == "their" for a in auth_toks)
    if theirs and not any(ctx.mention_at(a) for a in auth_toks) and noun.dep_ == "dobj":
        subj = subjects_of(noun.head)
        group = [a for a in _authorities(subj, ctx) if is_authority(a, ctx)]
        # "Norway, Japan and Canada unveiled their own sanctions": all three; "the
        # rebels unveiled their own sanctions": nobody with authority
        auths = group if subj else auths
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() == "adopt":
        auths = []  # "Switzerland adopted the EU's sanctions": Switzerland sanctions
    if (
        not auths
        and noun.dep_ == "dobj"
        and noun.head.lemma_.lower()
        in ("announce", "adopt", "introduce", "approve", "unveil", "levy", "issue")
    ):
        auths = _authorities(subjects_of(noun.head), ctx)
    entity_list = noun.lower_ == "list" and any(a.lower_ == "entity" for a in noun.children)
    if entity_list and noun.dep_ == "dobj" and noun.head.lemma_.lower() == "join":
        targets = [x for t in subjects_of(noun.head) for x in conjuncts(t)]  # "X joined the
    if entity_list and not auths and targets:  # Entity List": the list's keeper
        keeper = _list_keeper(noun, ctx)
        auths = [keeper] if keeper is not None else []
    auths = [a for a in auths if is_authority(a, ctx)]
    joined = entity_list and noun.dep_ == "dobj" and noun.head.lemma_.lower() == "join"
    return _drafts(auths, targets, noun.head if joined else noun, ctx)


def _list_keeper(noun: Token, ctx: DocContext) -> str | None:
    """The US Entity List is kept by the Commerce Department (its Bureau of Industry and
    Security): the latest mention of either before ``noun``."""
    for m in reversed(ctx.ordered):
        if m.end > noun.idx:
            continue
        text = " ".join((m.canonical or "", m.text)).lower()
        if "commerce" in text or "industry and security" in text:
            return m.key
    return None


def _announced_list(verb: Token, ctx: DocContext) -> list[Draft]:
    """ "The new listings cover:" and one paragraph per target after it. The
    authority is the verb's own, else that of the latest sanction the article read (a
    government merely named before is not enough)."""
    paragraphs = paragraph_targets(verb, ctx)
    if not paragraphs:
        return []
    passive = is_passive(verb)
    auths = _authorities(agents_of(verb) if passive else subjects_of(verb), ctx)
    auths = [a for a in auths if is_authority(a, ctx)]
    if not auths and ctx.last_authority is not None:
        auths = [ctx.last_authority]  # the authority of the article's latest sanction
    if not auths:  # "The government today announced new designations. ... include:"
        lead = lead_authority(verb, ctx, is_authority)
        auths = [lead] if lead is not None else []
    out: list[Draft] = []
    for first, keys in paragraphs:
        out += _drafts(auths, [], first, ctx, keys)
    return out


def _designations_named(noun: Token, ctx: DocContext) -> list[Draft]:
    """ "Those designations named A, its affiliate B, and C" (also "The listings
    included A and B"): the names after the verb, sanctioned by the authority of the
    article's latest sanction, else by the authority that the nearest earlier sentence
    about sanctions has as subject ("a round of designations, when Washington targeted
    firms ...")."""
    verb = noun.head
    if noun.dep_ != "nsubj":  # the parser may read "designations named" as a noun phrase
        verb = next((c for c in noun.children if c.dep_ == "acl" and c.i == noun.i + 1), noun)
    if verb.i == noun.i or verb.lemma_.lower() not in _NAMING or verb.i + 1 >= len(verb.doc):
        return []
    keys = listed_targets(verb.doc[verb.i + 1], ctx)
    if not keys:
        return []
    auth = ctx.last_authority or lead_authority(noun, ctx, is_authority)
    return _drafts([auth], [], verb, ctx, keys) if auth is not None else []


def _standing(verb: Token) -> bool:
    """A ban told in the present ("resolutions that ban arms trade", "exports are banned
    under ..."): it has stood for a while, so the article's date is not its date."""
    if verb.pos_ != "VERB":
        return False
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb.children)


def sanction_drafts(tok: Token, ctx: DocContext) -> list[Draft]:
    """Sanction drafts triggered by ``tok``."""
    lex = lexicon()
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and lemma in ("designate", "sanction", "list", "blacklist"):
        listed = _announced_list(tok, ctx)
        if listed:
            return listed + _verb(tok, ctx)
    if (tok.pos_ == "VERB" and lemma in BAN_VERBS) or (
        tok.pos_ == "NOUN" and tok.lower_ in BAN_NOUNS
    ):  # "banned all arms trade with X", "its export bans ... to X"
        auth_toks, targets = ban_parts(tok, ctx)
        auths = [a for a in _authorities(auth_toks, ctx) if is_authority(a, ctx)]
        drafts = _drafts(auths, targets, tok, ctx)
        if _standing(tok):
            for d in drafts:
                d.timeless = True  # "resolutions that ban ...": a state, not the day's news
        return drafts
    if tok.pos_ == "VERB" and lemma in lex["sanction_verbs"]:
        return _verb(tok, ctx)
    if tok.lower_ in LEAD_NOUNS:  # "The designations include:" and a list after it
        if tok.pos_ != "NOUN":
            return []
        return _announced_list(tok, ctx) or _designations_named(tok, ctx)
    if tok.lower_ in _ORDERS and not any(c.lower_ == "denial" for c in tok.children):
        return []  # only "denial orders" (export privileges denied) are sanctions
    if (
        tok.pos_ in ("NOUN", "PROPN")
        and tok.lower_ in lex["sanction_nouns"]
        and tok.dep_ != "compound"
    ):
        return _noun(tok, ctx)
    return []
