"""Transfers listed as a package's contents, and items under a measure word or an aid
sum ("large amounts of diesel and ammunition", "aid, including radars")."""

from __future__ import annotations

from armstrace.model import Status

from tests.extract.claims.conftest import COUNTRY, Run, by_type, role

NAMES = {"Finland": COUNTRY, "Estonia": COUNTRY, "Chile": COUNTRY, "Peru": COUNTRY}


def _transfers(run: Run, text: str) -> dict[str, tuple[str | None, str | None, Status | None]]:
    claims, names = run(text, NAMES)
    return {
        str(c.item): (role(names, c.subject), role(names, c.object), c.status)
        for c in by_type(claims, "transfer")
    }


def test_package_contents_take_the_reported_parties(run: Run) -> None:
    got = _transfers(
        run,
        "Finland will send 20 mortars to Estonia. "
        "The package also includes 40 armoured personnel carriers and a batch of rifles.",
    )
    assert got["armoured personnel carriers"] == ("Finland", "Estonia", Status.PLANNED)
    assert got["rifles"] == ("Finland", "Estonia", Status.PLANNED)


def test_shipment_contents_were_delivered(run: Run) -> None:
    got = _transfers(
        run,
        "Chile has delivered trucks to Peru. The shipment included six field kitchens.",
    )
    assert got["field kitchens"] == ("Chile", "Peru", Status.DELIVERED)


def test_package_with_relative_clause(run: Run) -> None:
    got = _transfers(
        run,
        "Finland pledged radars to Estonia. They are part of a package worth about "
        "$90 million that also includes 12 howitzers.",
    )
    assert got["howitzers"][:2] == ("Finland", "Estonia")


def test_package_without_a_reported_transfer_is_no_claim(run: Run) -> None:
    assert _transfers(run, "The package also includes 40 armoured personnel carriers.") == {}


def test_other_subjects_of_include_are_no_package(run: Run) -> None:
    got = _transfers(
        run, "Finland sent mortars to Estonia. Its army also includes 40 armoured units."
    )
    assert set(got) == {"mortars"}


def test_every_noun_a_measure_word_measures_is_an_item(run: Run) -> None:
    got = _transfers(run, "Chile supplied Peru with large amounts of diesel and ammunition.")
    assert set(got) == {"diesel", "ammunition"}


def test_including_under_an_aid_sum(run: Run) -> None:
    got = _transfers(
        run,
        "Finland will provide 30 million euros of military aid to Estonia, "
        "including counter-battery radars and heavy-lift drones.",
    )
    assert got["counter-battery radars"][:2] == ("Finland", "Estonia")
    assert got["heavy-lift drones"][:2] == ("Finland", "Estonia")


def test_funds_are_no_item(run: Run) -> None:
    got = _transfers(run, "Finland said it would contribute about 200 million euros to Estonia.")
    assert got == {}


def test_trade_compound_is_no_item(run: Run) -> None:
    got = _transfers(run, "Chile froze arms exports to Peru in 2019.")
    assert got == {}


def test_goods_compound_is_an_item(run: Run) -> None:
    got = _transfers(run, "Chile's drone shipments to Peru rose sharply in 2019.")
    assert got.get("drone") == ("Chile", "Peru", Status.DELIVERED)


def test_purpose_infinitive_takes_the_main_subject(run: Run) -> None:
    claims, names = run(
        "Chile on Thursday signed a contract worth about 90 million euros to buy howitzers "
        "from Peru.",
        NAMES,
    )
    (c,) = by_type(claims, "transfer")
    assert (role(names, c.subject), role(names, c.object)) == ("Peru", "Chile")
    assert c.status == Status.PLANNED


def test_arrival_recipient_is_the_articles_recipient(run: Run) -> None:
    got = _transfers(
        run,
        "The first Finnish mortars have arrived in Estonia, officials said. "
        "Finland has also delivered rifles.",
    )
    assert got["rifles"][:2] == ("Finland", "Estonia")


def test_other_kind_conjunct_is_no_item(run: Run) -> None:
    got = _transfers(run, "Chile delivered armoured trucks and other vehicles to Peru.")
    assert set(got) == {"armoured trucks"}
