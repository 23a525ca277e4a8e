"""Agency: names that act as parties stay; drugs, viruses and settings are no actors."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefing.compose.actors import extract_actors
from briefing.compose.actors.agency import Agency
from briefing.model import Actor, Corpus

FindActor = Callable[[list[Actor], str], list[Actor]]

THINGS = """Regulators weigh painkiller risks

Doctors prescribed Zolvex to millions of patients last year. Patients taking Zolvex reported \
fewer stomach ulcers, and the Zolvex pill outsold every rival. Harlan Pharmaceuticals said \
sales of Zolvex doubled. The Food and Drug Administration approved Zolvex in March.

The Kestrel virus spread to thousands of computers on Friday. The Kestrel virus infected \
machines at Dunmore Bank, which said it had shut its mail servers. Dunmore Bank spokesman \
Paul Ashby said no data was lost.
"""

THINGS_2 = """Drug maker defends Zolvex

Harlan Pharmaceuticals chief executive Maria Lenz said Zolvex was safe. Many patients take \
Zolvex daily. The Food and Drug Administration promised to review the label. The Kestrel \
virus reached Asia on Monday, and Dunmore Bank said it was recovering.
"""


def test_a_drug_and_a_virus_are_things_their_makers_and_victims_are_parties(
    corpus_of: Callable[..., Corpus], find: FindActor
) -> None:
    actors = extract_actors(corpus_of(THINGS, THINGS_2), max_actors=20)
    # The model calls both names persons; what the texts do with them says otherwise:
    # Zolvex is prescribed, taken and a pill, Kestrel a virus that spreads and infects.
    assert not find(actors, "Zolvex")
    assert not find(actors, "Kestrel")
    for name in ("Harlan Pharmaceuticals", "Food and Drug Administration", "Dunmore Bank"):
        assert find(actors, name), name


SETTING = """Water talks open

Delegates from forty nations arrived in Portugal on Monday for the water conference. Portugal \
has hosted such meetings before. Portugal is a small country. The Oslo Water Council said \
the talks would last a week, and its chairman Erik Dahl said a deal was close.
"""


def test_a_country_that_only_hosts_the_story_is_no_actor(
    corpus_of: Callable[..., Corpus], find: FindActor
) -> None:
    actors = extract_actors(corpus_of(SETTING), max_actors=20)
    assert find(actors, "Oslo Water Council")
    assert not [a for a in actors if a.type == "country"]


ACTING = """Sweden recalls envoy

Sweden recalled its ambassador on Monday. Sweden's foreign minister said the talks had \
failed, and Sweden announced new sanctions. Sweden has long backed the plan.
"""


def test_a_country_that_acts_is_an_actor(corpus_of: Callable[..., Corpus], find: FindActor) -> None:
    actors = extract_actors(corpus_of(ACTING), max_actors=20)
    assert [a.type for a in find(actors, "Sweden")] == ["country"]


def test_agency_counts_acts_things_and_peoples(corpus_of: Callable[..., Corpus]) -> None:
    corpus = corpus_of(
        "Harlan said profits rose. Regulators sued Harlan. The Harlan spokesman declined "
        "to comment. Patients take Zolvex. The Kestrel virus spread. The Corran people voted. "
        "Users installed a new version of Winvex."
    )
    sdoc = corpus.docs[0].parse
    assert sdoc is not None
    counts: dict[str, Agency] = {}
    for token in sdoc:
        if token.text in {"Harlan", "Zolvex", "Kestrel", "Corran", "Winvex"}:
            counts.setdefault(token.text, Agency()).observe(token)
    assert counts["Harlan"].acts == 3 and counts["Harlan"].things == 0
    assert counts["Zolvex"].things == 1 and counts["Zolvex"].acts == 0
    assert counts["Kestrel"].things == 1
    assert counts["Corran"].peoples == 1
    assert counts["Winvex"].things == 1


@pytest.mark.parametrize(
    ("text", "things"),
    [
        ("Someone has written a new worm called Zippo.", 1),
        ("Doctors tried a drug named Zippo on the ward.", 1),
        ("A man named Zippo spoke to reporters.", 0),
    ],
)
def test_a_name_given_to_a_things_noun_is_a_thing(
    text: str, things: int, corpus_of: Callable[..., Corpus]
) -> None:
    sdoc = corpus_of(text).docs[0].parse
    assert sdoc is not None
    counts = Agency()
    for token in sdoc:
        if token.text == "Zippo":
            counts.observe(token)
    assert (counts.things, counts.acts) == (things, 0)


PROGRAMMES = """City credits gun programme

Prosecutors in Dunmore send armed felons to federal court under Project Lantern. Project \
Lantern has cut gun crime by a third, Mayor Ellen Marsh said. Other cities plan to copy \
Project Lantern, and critics say Project Lantern fills federal prisons.

Most offices run the Larkspur Shield program. Larkspur Shield 5.0 found the virus on \
Monday, and many readers use Larkspur Shield at home. The Harbor Trust said it had warned \
members, and Operation Rescue said it would sue the city. Operation Rescue also urged the \
council to close the clinic.
"""


def test_a_programme_and_a_software_product_are_no_bodies(
    corpus_of: Callable[..., Corpus], find: FindActor
) -> None:
    actors = extract_actors(corpus_of(PROGRAMMES), max_actors=20)
    # "Project ..." names a programme; it never acts as a party here.
    assert not find(actors, "Project Lantern")
    # A program that comes in versions ("5.0") is a product, not its maker.
    assert not find(actors, "Larkspur Shield")
    # An "Operation ..." that says, sues and urges is a body whatever its name.
    assert find(actors, "Operation Rescue")
    assert find(actors, "Ellen Marsh")


def test_a_version_number_or_a_program_head_noun_names_a_product(
    corpus_of: Callable[..., Corpus],
) -> None:
    corpus = corpus_of(
        "Product news\n\nMost offices run Larkspur Shield 5.0 and the Vell program.\n"
    )
    parse = corpus.docs[0].parse
    assert parse is not None
    roots = [t for t in parse if t.text in {"Shield", "Vell"}]
    agency = Agency()
    for root in roots:
        agency.observe(root)
    assert (agency.things, agency.acts) == (2, 0)


ARTEFACT = """Station parts join in orbit

The crew captured the 44,000-pound Zarvel, a Russian power module, on Sunday. Engineers said \
the 36-foot Zarvel had worked well. Mission control said the Zarvel module would fire its \
engines, and Kestrel Aerospace said it built the Zarvel. Kestrel Aerospace said the module cost \
$200 million.
"""


def test_a_name_weighed_measured_or_described_as_a_module_is_an_artefact(
    corpus_of: Callable[..., Corpus], find: FindActor
) -> None:
    corpus = corpus_of(ARTEFACT)
    parse = corpus.docs[0].parse
    assert parse is not None
    agency = Agency()
    for token in parse:
        if token.text == "Zarvel":
            agency.observe(token)
    # Weighed ("44,000-pound") with "a ... module" beside it, measured ("36-foot"), and the
    # name of a module: three mentions as a thing, none acting.
    assert (agency.things, agency.acts) == (3, 0)
    actors = extract_actors(corpus, max_actors=20)
    assert not find(actors, "Zarvel")
    assert find(actors, "Kestrel Aerospace")


PRODUCT = """Carmaker bets on small cars

Harlan Motors said on Monday that sales of Harlan's new Vexa rose by a third. The redesigned \
Vexa went on sale in March, and dealers said the Vexa was gone in weeks. Vexa claims a roomy \
cabin. Harlan chairman Maria Lenz said the company would hire 500 workers. Harlan's Maria Lenz \
also said Dunmore University's Transport Center had tested the car, and the Transport Center \
said it found no fault. The Transport Center plans a second study.
"""


def _agency_by_word(corpus: Corpus, words: set[str]) -> dict[str, Agency]:
    """What the first article's tokens written as one of ``words`` count, by word."""
    parse = corpus.docs[0].parse
    assert parse is not None
    counts: dict[str, Agency] = {}
    for token in parse:
        if token.text in words:
            counts.setdefault(token.text, Agency()).observe(token)
    return counts


def test_a_companys_redesigned_model_is_a_product_its_people_and_units_are_not(
    corpus_of: Callable[..., Corpus], find: FindActor
) -> None:
    corpus = corpus_of(PRODUCT)
    counts = _agency_by_word(corpus, {"Vexa", "Lenz", "Center"})
    # Owned by a company ("Harlan's Vexa") and "redesigned": a product twice.
    assert counts["Vexa"].things == 2
    # A company's people and a university's units are owned too, but are no products.
    assert counts["Lenz"].things == 0
    assert counts["Center"].things == 0
    actors = extract_actors(corpus, max_actors=20)
    assert not find(actors, "Vexa")
    for name in ("Harlan Motors", "Maria Lenz", "Transport Center"):
        assert find(actors, name), name


def test_what_a_state_does_to_people_and_goods_is_acting(corpus_of: Callable[..., Corpus]) -> None:
    corpus = corpus_of(
        "Norway seized the trawler. Norway expelled two diplomats. Norway imposed a fine."
    )
    sdoc = corpus.docs[0].parse
    assert sdoc is not None
    agency = Agency()
    for token in sdoc:
        if token.text == "Norway":
            agency.observe(token)
    assert agency.acts == 3


VEHICLE = """Premier lands in Corvala

Premier Ann Lorimer flew to Corvala on Monday. "When you fly Aurora Force One, you carry a \
whole office," an aide said. Hours before Aurora Force One landed at the new airport, the \
Corvala Port Authority said it had closed the runway to other traffic. Lorimer travelled \
aboard Aurora Force One with ten ministers. The Corvala Port Authority said the visit went \
well, and the navy landed supplies at the harbour.
"""


def test_a_name_flown_boarded_or_landing_is_a_vehicle(
    corpus_of: Callable[..., Corpus], find: FindActor
) -> None:
    corpus = corpus_of(VEHICLE)
    counts = _agency_by_word(corpus, {"One", "Lorimer", "navy"})
    # Flown, landing with no object, and boarded ("aboard"): a vehicle three times.
    assert counts["One"].things == 3
    # A person flies and a navy lands supplies: neither is a vehicle.
    assert counts["Lorimer"].things == 0
    assert counts["navy"].things == 0
    actors = extract_actors(corpus, max_actors=20)
    assert not find(actors, "Aurora Force One")
    assert find(actors, "Corvala Port Authority")


def test_a_name_handed_out_or_bundled_is_a_product(corpus_of: Callable[..., Corpus]) -> None:
    corpus = corpus_of(
        "Browser war\n\nLast spring Dorvale started distributing Lumen for free. Its rival "
        "bundled Quill into its operating system.\n"
    )
    parse = corpus.docs[0].parse
    assert parse is not None
    agency = Agency()
    for root in [t for t in parse if t.text in {"Lumen", "Quill"}]:
        agency.observe(root)
    assert (agency.things, agency.acts) == (2, 0)
