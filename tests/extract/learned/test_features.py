"""Features of candidates, on sentences whose parse is plain."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from armstrace.extract.learned.candidates import Candidate
from armstrace.extract.learned.features import Featurizer, dep_path, features
from armstrace.model import ClaimType

from tests.extract.learned.conftest import Read

pytestmark = pytest.mark.slow


def _transfer(r: Read, subject: str | None, obj: str) -> Candidate:
    for c in r.cands:
        if c.type != ClaimType.TRANSFER or c.object is None:
            continue
        s = r.name(c.subject.key) if c.subject else None
        if s == subject and r.name(c.object.key) == obj:
            return c
    raise AssertionError(f"no transfer candidate {subject} -> {obj}")


def test_dep_path_up_and_down(pipeline: object) -> None:
    doc = pipeline("Iran supplied drones to Russia.")  # type: ignore[operator]
    verb, iran, russia = doc[1], doc[0], doc[4]
    assert dep_path(verb, iran) == ">nsubj"
    assert dep_path(verb, russia) == ">prep(to) >pobj"
    assert dep_path(iran, russia) == "nsubj^ >prep(to) >pobj"
    assert dep_path(verb, verb) == "self"


def test_dep_path_across_sentences_is_far(pipeline: object) -> None:
    doc = pipeline("Iran supplied drones. Russia used them.")  # type: ignore[operator]
    assert dep_path(doc[1], doc[4]) == "far"


def test_active_transfer_roles(read: Callable[[str], Read]) -> None:
    r = read("Iran supplied drones to Russia.")
    f = set(features(_transfer(r, "Iran", "Russia")))
    assert "transfer|trig=supply" in f
    assert "transfer|subj:side=before" in f
    assert "transfer|obj:prep=to" in f
    assert "transfer|obj:path=>prep(to) >pobj" in f
    assert "transfer|passive" not in f


def test_passive_transfer_with_agent(read: Callable[[str], Read]) -> None:
    r = read("Drones were supplied to Russia by Iran.")
    f = set(features(_transfer(r, "Iran", "Russia")))
    assert "transfer|passive" in f
    assert "transfer|subj:prep=by" in f
    assert "transfer|subj:side=after" in f


def test_inverse_verb_and_source_flags(read: Callable[[str], Read]) -> None:
    r = read("Russia bought drones from Iran, officials said.")
    c = _transfer(r, "Iran", "Russia")
    f = set(features(c))
    assert "transfer|inverse" in f
    assert "transfer|subj:prep=from" in f
    assert "transfer|cue=said" in f
    src = "transfer|src=rule" if c.rule is not None else "transfer|src=extra"
    assert src in f


def test_features_are_deterministic_and_shared_cache_agrees(read: Callable[[str], Read]) -> None:
    r = read("Germany and the Netherlands delivered PzH 2000 howitzers to Ukraine in 2022.")
    shared = Featurizer(r.doc)
    for c in r.cands:
        assert shared(c) == features(c) == features(c)


def test_a_role_from_another_clause_is_marked(read: Callable[[str], Read]) -> None:
    """ "Russia" is the subject of "intensified", not of "provide": its clause differs
    from the trigger's, France's does not."""
    r = read("France said it would provide missiles to Ukraine as Russia intensified strikes.")
    own = features(_transfer(r, "France", "Ukraine"))
    other = features(_transfer(r, "Russia", "Ukraine"))
    assert "transfer|obj:clause=same" in own
    assert "transfer|subj:clause=other" in other
    assert "transfer|subj:clause=same" not in other


def test_coordinated_names_share_a_clause(pipeline: object) -> None:
    doc = pipeline("Estonia, Latvia and Lithuania sent missiles to Ukraine.")  # type: ignore[operator]
    f = Featurizer(doc)
    sent = next(t for t in doc if t.text == "sent")
    for name in ("Estonia", "Latvia", "Lithuania"):
        tok = next(t for t in doc if t.text == name)
        assert f.clause(tok.i) == f.clause(sent.i)


def _article_feats(r: Read) -> list[tuple[Candidate, list[str]]]:
    feats = Featurizer(r.doc, r.cands, r.ctx)
    return [(c, feats(c)) for c in r.cands]


def test_extra_pairing_the_parties_of_a_rule_claim_is_marked(read: Callable[[str], Read]) -> None:
    r = read(
        "Denmark delivered Leopard tanks to Ukraine in May. "
        "It is also sending Caesar howitzers, officials in Copenhagen said."
    )
    assert any(c.type == ClaimType.TRANSFER for c in r.rules)
    marked = {
        (r.name(c.subject.key) if c.subject else None, r.name(c.object.key) if c.object else None)
        for c, fs in _article_feats(r)
        if c.rule is None and "transfer|pair_ruled" in fs
    }
    assert ("Denmark", "Ukraine") in marked
    assert all(s == "Denmark" and o == "Ukraine" for s, o in marked)


def test_sentence_position_and_party_salience(read: Callable[[str], Read]) -> None:
    r = read("Iran sent drones to Russia. Iran also sent missiles to Russia, Iran said.")
    for c, fs in _article_feats(r):
        first = c.sent.start == 0
        assert (f"{c.type.value}|sent=0" in fs) == first
        if c.subject is not None and r.name(c.subject.key) == "Iran":
            assert f"{c.type.value}|subj:rank=0" in fs


def test_without_the_article_no_article_features(read: Callable[[str], Read]) -> None:
    r = read("Iran sent drones to Russia.")
    assert not any("|sent=" in f for f in features(r.cands[0]))
