"""Who makes a claim (the source) and whether they assert or deny it.

A reporting verb that governs the trigger ("X said ...", "documents show ...") or an
"according to X" in the sentence names the source; otherwise the claim is the
reporter's own ("article"). A named source is its mention key; an unnamed one keeps
the article's words ("two senior officials").
"""

from __future__ import annotations

from typing import Any

from armstrace.extract.claims.context import DocContext, Token
from armstrace.extract.claims.lexicon import lexicon
from armstrace.extract.claims.source_anaphora import earlier_source, published_by
from armstrace.extract.claims.syntax import conjuncts, subtree_text
from armstrace.model import EntityType

__all__ = ["SOURCE_TYPES", "denial_cue", "negated", "negated_supply", "source_of", "speaker"]

SOURCE_TYPES = frozenset({EntityType.PERSON, EntityType.ORGANIZATION, EntityType.COUNTRY})


def speaker(tok: Token, ctx: DocContext) -> str:
    """A source as a mention key, or its words.

    "A spokesperson for the agency", "analysts at the institute" and "figures from the
    bureau" speak for the body they name; "U.S. officials" and "two Western diplomats"
    keep their words (the country is not the speaker); "the defence minister" is the
    person the article names with that title elsewhere."""
    lex = lexicon()
    lemma = tok.lemma_.lower()
    if tok.lower_ in ("he", "she"):
        named = last_speaker(tok, ctx)
        if named is not None:
            return named
    if ctx.mention_at(tok) is None:
        again = earlier_source(tok, ctx, lambda t: speaker(t, ctx))
        if again is not None:  # "the officials", "the same report": named before
            return again
        if lemma in lex["title_nouns"]:
            for c in tok.subtree:
                m = ctx.mention_at(c)
                if m is not None and m.type == EntityType.PERSON:
                    return m.key
            named = titled_person(tok, ctx)
            if named is not None:
                return named
        body = _body_spoken_for(tok, ctx) or published_by(tok, ctx)
        if body is not None:
            return body
        if lemma in lex["unnamed_source_nouns"]:
            return subtree_text(tok)
    key = ctx.referent(tok, SOURCE_TYPES)
    if key is not None:
        return key
    return subtree_text(tok)


def last_speaker(pronoun: Token, ctx: DocContext, window: int = 6) -> str | None:
    """The person a reporting "he"/"she" stands for: the latest named person who spoke
    (the subject of a reporting verb) in the sentences before, as news writing uses it
    ("Kirby said ... He also said ..."), rather than the nearest person named in passing."""
    verbs = lexicon()["reporting_verbs"]
    sents = list(pronoun.doc.sents)
    here = next((k for k, s in enumerate(sents) if s.start <= pronoun.i < s.end), 0)
    for s in reversed(sents[max(0, here - window) : here + 1]):
        found: str | None = None
        for t in s:
            if t.i >= pronoun.i or t.lemma_.lower() not in verbs or t.pos_ != "VERB":
                continue
            for c in t.children:
                m = ctx.mention_at(c) if c.dep_ == "nsubj" else None
                if m is not None and m.type == EntityType.PERSON:
                    found = m.key
        if found is not None:
            return found
    return None


_FOR_PREPS = frozenset({"for", "at", "of", "from", "with", "by", "in"})


def _body_spoken_for(tok: Token, ctx: DocContext) -> str | None:
    """The organisation a speaker noun works for or a document comes from ("a spokesman
    for X", "officials at X", "data from X"), when the noun is one that speaks for others."""
    lex = lexicon()
    lemma = tok.lemma_.lower()
    if (
        lemma not in lex["title_nouns"]
        and lemma not in lex["unnamed_source_nouns"]
        and (lemma not in lex["document_nouns"])
    ):
        return None
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in _FOR_PREPS:
            continue
        for obj in prep.children:
            m = ctx.mention_at(obj) if obj.dep_ == "pobj" else None
            if m is not None and m.type == EntityType.ORGANIZATION:
                return m.key
    return None


def _modifiers(tok: Token) -> set[str]:
    """The descriptive words of a title ("defence" in "South Korea's defence minister")."""
    return {
        c.lower_
        for c in tok.children
        if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ", "PROPN") and not c.ent_type_
    }


def titled_person(tok: Token, ctx: DocContext) -> str | None:
    """The person the article names elsewhere with the title ``tok`` ("Defence Minister
    Kim" for a later "the country's defence minister"), nearest first, before then after;
    the title's descriptive words must agree, and generic titles ("official",
    "spokesman") name no one."""
    lemma = tok.lemma_.lower()
    if lemma not in lexicon()["specific_titles"]:
        return None
    want = _modifiers(tok)
    found: list[tuple[int, str]] = []
    for t in tok.doc:
        if t.i == tok.i or t.lemma_.lower() != lemma:
            continue
        if want and not want <= {w.lower() for w in _modifiers(t)} | _title_words(t):
            continue
        key = _person_of_title(t, ctx)
        if key is not None:
            found.append((abs(t.i - tok.i) + (0 if t.i < tok.i else 10_000), key))
    return min(found)[1] if found else None


def _title_words(t: Token) -> set[str]:
    """Lower-cased words just before a capitalised title ("Defence" in "Defence Minister")."""
    doc = t.doc
    out: set[str] = set()
    j = t.i - 1
    while j >= t.sent.start and j >= t.i - 4 and doc[j].pos_ in ("PROPN", "NOUN", "ADJ"):
        out.add(doc[j].lower_)
        j -= 1
    return out


def _person_of_title(t: Token, ctx: DocContext) -> str | None:
    """The person a title token belongs to: "Minister" in "Defence Minister Kim Jong",
    "the minister, Kim Jong", "Kim Jong, the defence minister"."""
    cur = t
    for _ in range(4):
        m = ctx.mention_at(cur)
        if m is not None and (cur.i != t.i or m.type == EntityType.PERSON):
            return m.key if m.type == EntityType.PERSON else None
        if cur.dep_ != "compound" or cur.head.i == cur.i:
            break
        cur = cur.head
    for c in t.children:
        m = ctx.mention_at(c) if c.dep_ == "appos" else None
        if m is not None and m.type == EntityType.PERSON:
            return m.key
    if t.dep_ == "appos":
        m = ctx.mention_at(t.head)
        if m is not None and m.type == EntityType.PERSON:
            return m.key
    return None


def _subjects(verb: Token) -> list[Token]:
    cur = verb
    for _ in range(3):
        subs = [c for c in cur.children if c.dep_ in ("nsubj", "csubj")]
        if subs:
            return conjuncts(subs[0])
        if (cur.dep_ in ("conj", "xcomp") or (cur.dep_ == "advcl" and cur.tag_ == "VBG")) and (
            cur.head.i != cur.i
        ):
            cur = cur.head  # "X sanctioned Y, saying ...": X says
            continue
        break
    return []


def trailing_reporter(trigger: Token, *, appositive: bool = False) -> Token | None:
    """A sentence-final reporting clause (", X said on Monday.") that the small parser
    hung off the trigger's clause as a conjunct or a sibling instead of governing it.

    It must come after the trigger, follow a comma, have a subject and no clause or
    object of its own, and not contain the trigger; with ``appositive``, it may also have
    no subject at all, the parser having made its speaker an appositive of the noun
    before the comma (", South Korea's defence minister Kim said.")."""
    verbs = lexicon()["reporting_verbs"]
    sent = trigger.sent
    for tok in sent:
        if tok.i <= trigger.i or tok.pos_ != "VERB" or tok.lemma_.lower() not in verbs:
            continue
        if tok.left_edge.i <= trigger.i <= tok.right_edge.i:
            continue
        kids = {c.dep_ for c in tok.children}
        if kids & {"ccomp", "dobj", "xcomp", "attr"}:
            continue
        speaker_np = appositive_speaker(tok) if appositive else None
        if speaker_np is not None:
            if trigger.left_edge.i < speaker_np.left_edge.i and trigger.i < speaker_np.i:
                return tok
            continue
        left = min(t.i for t in tok.subtree if not t.is_punct)
        if left <= sent.start or tok.doc[left - 1].text != ",":
            continue
        if trigger.left_edge.i >= left or "nsubj" not in kids:
            continue
        return tok
    return None


def appositive_speaker(verb: Token) -> Token | None:
    """The speaker of a subjectless reporting verb that ends a sentence: the noun phrase
    between the last comma and the verb, which the parser hung as an appositive off the
    noun before the comma (", South Korea's defence minister Kim said on Friday.")."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "agent") for c in verb.children):
        return None
    doc = verb.doc
    start = verb.sent.start
    j = verb.i - 1
    while j > start and doc[j].text != ",":
        if doc[j].pos_ in ("VERB", "AUX") or verb.i - j > 12:
            return None
        j -= 1
    if j <= start or j >= verb.i - 1:
        return None
    span = range(j + 1, verb.i)
    roots = [
        doc[k]
        for k in span
        if not (j < doc[k].head.i < verb.i)
        and not (doc[k].pos_ == "ADV" and doc[k].head.i == verb.i)
    ]
    if len(roots) != 1 or roots[0].pos_ not in ("NOUN", "PROPN"):
        return None
    return roots[0]


_CLAUSAL = frozenset({"ccomp", "xcomp", "advcl", "conj", "parataxis", "dep"})


def reporting_verb(trigger: Token) -> Token | None:
    """The nearest reporting verb whose complement clause holds ``trigger``, or a
    trailing reporting clause the parser misattached.

    The path up may pass through adverbial clauses and noun phrases ("said Poland signed
    a deal to buy ...") but not a relative or participle clause on a noun ("the K2s,
    built by Hyundai Rotem"), which the reporter tells in their own voice, nor a clause
    with its own subject coordinated with the reporting verb; it must enter the verb as
    its clause, not its object ("announced sanctions" is the act, not a report of it).
    A denial verb counts too: "the ministry denied providing shells" is the ministry's."""
    verbs = lexicon()["reporting_verbs"] | lexicon()["denial_verbs"]
    cur, prev = trigger, None
    for _ in range(12):
        aside = parenthetical_reporter(cur)
        if aside is not None:
            return aside
        parent = cur.head
        told = _report_content_verb(cur, verbs)
        if told is not None:
            return told  # "officials denied reports that X had sent ...": the officials
        if parent.i == cur.i or cur.dep_ in ("relcl", "acl", "appos"):
            break
        own_clause = cur.dep_ == "conj" and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in cur.children
        )
        # "accused X of supplying": the gerund's phrase is the verb's clause
        gerund = cur.dep_ == "prep" and prev is not None and prev.dep_ == "pcomp"
        if parent.text == ";" or any(t.text == ";" for t in _between(parent, trigger)):
            break  # "...; BIS estimated that ...": a new statement the parser linked up
        if (
            parent.lemma_.lower() in verbs
            and parent.pos_ == "VERB"
            and (cur.dep_ in _CLAUSAL or gerund)
            and not own_clause
        ):
            return parent
        prev, cur = cur, parent
    return trailing_reporter(trigger, appositive=True)


def _report_content_verb(clause: Token, verbs: frozenset[str]) -> Token | None:
    """The reporting or denial verb whose object is a report with ``clause`` as its
    content ("confirmed reports that ...", "rejected claims that ...")."""
    noun = clause.head
    if clause.dep_ != "acl" or noun.lemma_.lower() not in lexicon()["report_nouns"]:
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return None
    verb = noun.head
    return verb if noun.dep_ == "dobj" and verb.lemma_.lower() in verbs else None


def parenthetical_reporter(head: Token) -> Token | None:
    """A reporting clause set off inside the clause of ``head`` ("In return, Kim said,
    Spain has been receiving ..."): a parataxis child with a subject and no clause or
    object of its own."""
    verbs = lexicon()["reporting_verbs"]
    for c in head.children:
        if c.dep_ != "parataxis" or c.lemma_.lower() not in verbs:
            continue
        kids = {x.dep_ for x in c.children}
        if "nsubj" in kids and not kids & {"ccomp", "dobj", "xcomp", "attr"}:
            return c
    return None


def _between(a: Token, b: Token) -> Any:
    """The tokens strictly between ``a`` and ``b``."""
    lo, hi = sorted((a.i, b.i))
    return a.doc[lo + 1 : hi]


def _actor(trigger: Token, ctx: DocContext) -> set[str]:
    """Names of whoever does what ``trigger`` says (its subject, or the agent of a
    passive), looked up through the verbs it is the complement of ("it would send")."""
    cur = trigger
    for _ in range(3):
        subs = [c for c in cur.children if c.dep_ == "nsubj"]
        subs += [o for c in cur.children if c.dep_ == "agent" for o in c.children]
        if subs:
            keys = [ctx.referent(x, SOURCE_TYPES) for s in subs for x in conjuncts(s)]
            return {ctx.name(k) for k in keys if k is not None}
        if cur.dep_ not in ("xcomp", "conj") or cur.head.i == cur.i:
            break
        cur = cur.head
    return set()


_SELF_NOUNS = frozenset({"government", "company", "firm", "country", "ministry", "group"})


def _self_report(subs: list[Token], trigger: Token, ctx: DocContext) -> bool:
    """The actor reports its own act ("France said it would send", "..., the company
    said", "..., the two governments said"): the gold treats that as the article's voice."""
    if negated(trigger):
        return False
    actor = _actor(trigger, ctx)
    if not actor:
        return False
    for s in subs:
        if s.pos_ == "PRON":
            return False  # "they say": whom "they" are is too uncertain to fold away
        dets = {c.lower_ for c in s.children if c.dep_ in ("det", "nummod", "predet")}
        if s.lemma_.lower() in _SELF_NOUNS and s.tag_ == "NNS" and dets & {"the", "both"}:
            continue  # "the two governments", "both companies"
        key = speaker(s, ctx)
        if key not in ctx.mentions or ctx.name(key) not in actor:
            return False
    return True


def source_of(trigger: Token, ctx: DocContext) -> list[str]:
    """The sources of the claim ``trigger`` states, or ["article"]."""
    rv = reporting_verb(trigger)
    if rv is not None:
        agent = [
            o for c in rv.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"
        ]
        appositive = appositive_speaker(rv)
        subs = agent or (conjuncts(appositive) if appositive is not None else _subjects(rv))
        subs = [s for s in subs if s.lower_ not in ("it", "there")]
        if subs and _self_report(subs, trigger, ctx):
            return ["article"]
        out = [speaker(s, ctx) for s in subs]
        if out:
            return list(dict.fromkeys(out))
    if trigger.dep_ == "pcomp" and trigger.head.lower_ == "for":
        gov = trigger.head.head  # "the Treasury sanctioned X for supplying ...": the Treasury says
        if gov.lemma_.lower() in lexicon()["sanction_verbs"]:
            subs = [c for c in gov.children if c.dep_ == "nsubj"]
            if subs and subs[0].lower_ in ("it", "they") and ctx.last_authority is not None:
                return [ctx.last_authority]
            if subs:
                return [speaker(subs[0], ctx)]
    for tok in trigger.sent:
        if tok.lower_ == "according" and _scopes_over(tok, trigger):
            for to in tok.children:
                for obj in to.children:
                    if obj.dep_ == "pobj":
                        return list(dict.fromkeys(speaker(o, ctx) for o in conjuncts(obj)))
    return ["article"]


def _scopes_over(phrase: Token, trigger: Token) -> bool:
    """An "according to X" phrase covers the trigger when it hangs off the trigger's
    own clause or a clause above it, not when either sits in a relative clause or an
    appositive the other is outside of ("sanctioned Alabuga, which, according to ISIS,
    is owned by ..." is not ISIS's report of the sanction); a participle ("drones
    supplied by Iran, according to officials") stays covered."""
    above: set[int] = set()
    cur = trigger
    for _ in range(12):
        above.add(cur.i)
        if cur.dep_ in ("relcl", "appos") or cur.head.i == cur.i:
            break
        cur = cur.head
    cur = phrase
    for _ in range(12):
        if cur.i in above:
            return True
        if cur.dep_ in ("relcl", "appos") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def negated(trigger: Token) -> bool:
    """The trigger itself is negated ("did not supply", "never exported")."""
    return any(c.dep_ == "neg" or c.lower_ in ("never",) for c in trigger.children)


def negated_supply(tok: Token) -> bool:
    """A negated supply verb ("had not provided", "never sold")."""
    return tok.pos_ == "VERB" and tok.lemma_.lower() in lexicon()["transfer_verbs"] and negated(tok)


def denial_cue(sent: Token) -> Token | None:
    """A token that makes the sentence a denial, if any (not "declined to comment")."""
    lex = lexicon()
    low = sent.text.lower()
    if any(p in low for p in lex["not_denials"]) and not any(
        t.lemma_.lower() in lex["denial_verbs"] for t in sent
    ):
        return None
    for tok in sent:
        lemma = tok.lemma_.lower()
        ruled_out = lemma == "rule" and any(c.lower_ == "out" for c in tok.children)
        if (lemma in lex["denial_verbs"] or ruled_out) and tok.pos_ == "VERB":
            if any(c.dep_ == "neg" for c in tok.children):
                continue
            return tok
        if tok.lower_ in lex["denial_adjectives"] and tok.pos_ in ("ADJ", "NOUN"):
            return tok
        if tok.lower_ == "aware" and any(c.dep_ == "neg" for c in tok.head.children):
            return tok
        if negated_supply(tok):
            return tok  # "said the country had not provided any ammunition to either party"
        if tok.lower_ in ("information", "knowledge") and any(
            c.lower_ == "no" for c in tok.children
        ):
            return tok
    return None
