"""Transfer rules: voice, inverse verbs, nominalisations, coordination, status."""

from __future__ import annotations

from armstrace.model import ItemClass, Status

from tests.extract.claims.conftest import COUNTRY, ORG, WEAPON, Run, by_type, role

NAMES = {
    "Iran": COUNTRY,
    "Russia": COUNTRY,
    "North Korea": COUNTRY,
    "China": COUNTRY,
    "Ukraine": COUNTRY,
}


def test_active_voice_supplier_recipient_item(run: Run) -> None:
    claims, names = run("Iran shipped drones to Russia in 2022.", NAMES)
    (c,) = by_type(claims, "transfer")
    assert (role(names, c.subject), role(names, c.object), c.item) == ("Iran", "Russia", "drones")
    assert c.item_class == ItemClass.WEAPON_SYSTEM
    assert c.status == Status.DELIVERED
    assert c.time == "2022"


def test_passive_voice_agent_is_supplier(run: Run) -> None:
    claims, names = run("Artillery shells were delivered to Russia by North Korea.", NAMES)
    (c,) = by_type(claims, "transfer")
    assert role(names, c.subject) == "North Korea"
    assert role(names, c.object) == "Russia"
    assert c.item == "Artillery shells"


def test_inverse_verb_swaps_roles(run: Run) -> None:
    claims, names = run("Russia received 300 drones from Iran last year.", NAMES)
    (c,) = by_type(claims, "transfer")
    assert (role(names, c.subject), role(names, c.object)) == ("Iran", "Russia")
    assert c.quantity == 300
    assert c.time == "2023"


def test_nominalisation_with_from_and_to(run: Run) -> None:
    claims, names = run("The delivery of drones from China to Russia has begun.", NAMES)
    (c,) = by_type(claims, "transfer")
    assert (role(names, c.subject), role(names, c.object), c.item) == ("China", "Russia", "drones")


def test_coordinated_items_make_one_claim_each(run: Run) -> None:
    claims, _ = run("North Korea sent shells, rockets and missiles to Russia.", NAMES)
    assert sorted(c.item or "" for c in by_type(claims, "transfer")) == [
        "missiles",
        "rockets",
        "shells",
    ]


def test_future_tense_is_planned(run: Run) -> None:
    claims, _ = run("Iran will deliver missiles to Russia.", NAMES)
    (c,) = by_type(claims, "transfer")
    assert c.status == Status.PLANNED


def test_unnamed_recipient_gives_no_claim(run: Run) -> None:
    claims, _ = run("Iran shipped drones to several buyers.", NAMES)
    assert by_type(claims, "transfer") == []


def test_dual_use_goods_class(run: Run) -> None:
    claims, _ = run("China exported microelectronics to Russia.", NAMES)
    (c,) = by_type(claims, "transfer")
    assert c.item_class == ItemClass.DUAL_USE_GOOD


def test_end_user_is_the_recipient(run: Run) -> None:
    names_ = {**NAMES, "Wagner": ORG}
    claims, names = run("North Korea delivered rockets into Russia for use by Wagner.", names_)
    (c,) = by_type(claims, "transfer")
    assert role(names, c.object) == "Wagner"


def test_buying_for_someone_makes_the_buyer_a_supplier(run: Run) -> None:
    names_ = {**NAMES, "Olax Finance": ORG}
    claims, names = run("Olax Finance bought restricted chips for Russia.", names_)
    (c,) = by_type(claims, "transfer")
    assert (role(names, c.subject), role(names, c.object)) == ("Olax Finance", "Russia")


def test_took_delivery_from(run: Run) -> None:
    names_ = {**NAMES, "Mali": COUNTRY}
    claims, names = run(
        "In August 2022 Mali took delivery from Russia of attack helicopters.", names_
    )
    (c,) = by_type(claims, "transfer")
    assert (role(names, c.subject), role(names, c.object)) == ("Russia", "Mali")
    assert c.status == Status.DELIVERED
    assert c.time == "2022-08"


def test_arrival_takes_the_supplier_of_that_item(run: Run) -> None:
    text = (
        "Germany sent tanks to Ukraine in March.\n\n"
        "The tanks reached Ukraine in May together with two recovery vehicles."
    )
    claims, names = run(text, NAMES | {"Germany": COUNTRY})
    items = {(c.item, c.time): role(names, c.subject) for c in by_type(claims, "transfer")}
    assert items == {
        ("tanks", "2024-03"): "Germany",
        ("tanks", "2024-05"): "Germany",
        ("recovery vehicles", "2024-05"): "Germany",
    }


def test_arrival_of_an_unknown_item_names_no_supplier(run: Run) -> None:
    text = "Germany sent tanks to Ukraine in March.\n\nThe howitzers reached Ukraine in May."
    claims, _ = run(text, NAMES | {"Germany": COUNTRY})
    assert [c.item for c in by_type(claims, "transfer")] == ["tanks"]


def test_dateline_does_not_date_the_claim(run: Run) -> None:
    text = "WASHINGTON, April 25 - Iran shipped drones to Russia last month."
    claims, _ = run(text, NAMES)
    (c,) = by_type(claims, "transfer")
    assert c.time == "2024-04"


def test_one_claim_per_recipient_and_owner_as_supplier(run: Run) -> None:
    names_ = {**NAMES, "Almaz-Antey": ORG, "India": COUNTRY, "Turkey": COUNTRY}
    text = "Almaz-Antey makes the S-400.\n\nIts S-400 has been exported to China, India and Turkey."
    claims, names = run(text, names_)
    pairs = {(role(names, c.subject), role(names, c.object)) for c in by_type(claims, "transfer")}
    assert pairs == {("Almaz-Antey", "China"), ("Almaz-Antey", "India"), ("Almaz-Antey", "Turkey")}


def test_nobody_sold_is_no_claim(run: Run) -> None:
    claims, _ = run("None of the companies sold parts to Iran.", NAMES)
    assert by_type(claims, "transfer") == []


def test_contract_to_supply_names_the_signer(run: Run) -> None:
    names_ = {**NAMES, "Poongsan": ORG, "Poland": COUNTRY}
    claims, names = run(
        "Poongsan has signed a contract to supply artillery shells to Poland.", names_
    )
    (c,) = by_type(claims, "transfer")
    assert (role(names, c.subject), role(names, c.object)) == ("Poongsan", "Poland")
    assert c.status == Status.PLANNED


def test_accusation_clause_is_not_passive(run: Run) -> None:
    text = "Iran dismissed accusations that Tehran had shipped missiles to Russia."
    claims, _ = run(text, {**NAMES, "Tehran": COUNTRY})
    assert [c.item for c in by_type(claims, "transfer")] == ["missiles"]


def test_gerund_after_by_takes_the_main_subject(run: Run) -> None:
    names_ = {**NAMES, "India": COUNTRY, "France": COUNTRY}
    claims, names = run("India has responded by buying Rafale jets from France.", names_)
    (c,) = by_type(claims, "transfer")
    assert (role(names, c.subject), role(names, c.object)) == ("France", "India")


def test_pledge_noun_is_a_planned_transfer(run: Run) -> None:
    names_ = {**NAMES, "Germany": COUNTRY}
    claims, names = run("Germany's pledge of a Patriot system to Ukraine was welcomed.", names_)
    (c,) = by_type(claims, "transfer")
    assert (role(names, c.subject), role(names, c.object)) == ("Germany", "Ukraine")
    assert c.status == Status.PLANNED


def test_recipient_hung_on_the_items_participle(run: Run) -> None:
    # the parser attaches "to Ukraine" to "made", not to "sold"
    names = {**NAMES, "Acme Defence": ORG}
    claims, names_of = run("Iran sold missiles made by Acme Defence to Ukraine.", names)
    (c,) = by_type(claims, "transfer")
    assert (role(names_of, c.subject), role(names_of, c.object)) == ("Iran", "Ukraine")


def test_items_sent_along_with_are_items_too(run: Run) -> None:
    text = "China has sent 20 drones to Russia along with spare parts and ammunition."
    claims, _ = run(text, NAMES)
    assert sorted(c.item or "" for c in by_type(claims, "transfer")) == [
        "ammunition",
        "drones",
        "spare parts",
    ]


def test_a_party_together_with_is_no_item(run: Run) -> None:
    claims, _ = run("China will send drones to Russia together with Iran.", NAMES)
    assert [c.item for c in by_type(claims, "transfer")] == ["drones"]


GAPPED = {"Iran": COUNTRY, "Russia": COUNTRY, "Belarus": COUNTRY, "Syria": COUNTRY}


def test_gapped_list_remnant_is_a_supplier_with_its_count(run: Run) -> None:
    claims, names = run("Iran pledged eight tanks to Russia, Belarus three.", GAPPED)
    got = {(role(names, c.subject), role(names, c.object), c.quantity) for c in claims}
    assert got == {("Iran", "Russia", 8), ("Belarus", "Russia", 3)}


def test_coordinated_remnant_with_count_is_no_recipient(run: Run) -> None:
    text = "Iran has pledged six drones to Russia and Belarus 19."
    claims, names = run(text, GAPPED)
    assert ("Iran", "Belarus") not in {
        (role(names, c.subject), role(names, c.object)) for c in by_type(claims, "transfer")
    }


def test_elided_item_after_a_count_is_the_last_weapon_sent(run: Run) -> None:
    text = "Iran sent 40 drones to Russia. Belarus pledged eight to Russia."
    claims, names = run(text, GAPPED)
    got = {(role(names, c.subject), c.item, c.quantity) for c in by_type(claims, "transfer")}
    assert ("Belarus", "drones", 8) in got


def test_count_in_a_relative_clause_carries_no_item(run: Run) -> None:
    text = "Iran sent 40 drones to Russia. Tanks, of which Russia ordered 250, came later."
    claims, _ = run(text, GAPPED)
    assert [c.quantity for c in by_type(claims, "transfer")] == [40]


def test_elided_item_prefers_the_named_weapon(run: Run) -> None:
    names = {**GAPPED, "Shahed-136": WEAPON}
    text = "Iran sent 40 drones to Russia. The Shahed-136 is cheap. Belarus pledged eight."
    claims, names_of = run(text, names)
    got = {(role(names_of, c.subject), c.item) for c in by_type(claims, "transfer")}
    assert ("Belarus", "Shahed-136") in got
