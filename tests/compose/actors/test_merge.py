"""Merging name forms into one actor: surnames, misspellings, acronyms, first names."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import pytest

from briefing.analyse import analyse
from briefing.compose.actors import extract_actors
from briefing.compose.actors.clusters import NameForm
from briefing.compose.actors.merge import merge_forms
from briefing.model import Actor, Document

FindActor = Callable[[list[Actor], str], list[Actor]]


def test_surname_full_name_and_misspelling_are_one_actor(
    actors: list[Actor], find: FindActor
) -> None:
    (zuck,) = find(actors, "Mark Zuckerberg")
    assert zuck.type == "person"
    assert {"Zuckerberg", "Mark Zuckerburg"} <= set(zuck.aliases)
    assert zuck.sources == [1, 2]
    assert find(actors, "Zuckerburg") == [] or find(actors, "Zuckerburg") == [zuck]


def test_acronym_title_and_case_variants_merge(actors: list[Actor], find: FindActor) -> None:
    (ftc,) = find(actors, "Federal Trade Commission")
    assert "FTC" in ftc.aliases
    assert ftc.sources == [1, 2]
    (wyden,) = find(actors, "Ron Wyden")  # "Sen. Ron Wyden" and "Wyden"
    assert "Wyden" in wyden.aliases
    assert all("Sen." not in a.name for a in actors)


def test_people_sharing_a_first_name_stay_apart(actors: list[Actor], find: FindActor) -> None:
    (warner,) = find(actors, "Mark Warner")
    (zuck,) = find(actors, "Mark Zuckerberg")
    assert warner is not zuck
    assert "Warner" not in zuck.aliases and "Zuckerberg" not in warner.aliases


def test_lone_ambiguous_first_name_is_dropped(actors: list[Actor], find: FindActor) -> None:
    assert find(actors, "Mark") == []
    assert all(len(a.name.split()) > 1 or a.type != "person" for a in actors)


def test_bare_surname_from_other_articles_is_not_given_to_a_namesake() -> None:
    """'President Keating' across several articles is not the 'George Keating' quoted once."""
    texts = [
        "President Keating visited the reservation on Monday. Keating promised new housing.",
        "Keating said the federal government would fund new schools on the reservation.",
        "The visit by Keating drew large crowds, and Keating spoke for an hour.",
        "George Keating, a local teacher, said the school roof leaked every winter.",
    ]
    corpus = analyse(
        [Document(location=f"d{i}.txt", text=t) for i, t in enumerate(texts)], entities=True
    )
    actors = {a.name: a for a in extract_actors(corpus, max_actors=10)}
    george = actors.get("George Keating")
    assert george is None or george.sources == [4]
    assert any(name == "Keating" and len(a.sources) >= 2 for name, a in actors.items())


def _actors_of(texts: list[str]) -> dict[str, Actor]:
    corpus = analyse(
        [Document(location=f"d{i}.txt", text=t) for i, t in enumerate(texts)], entities=True
    )
    return {a.name: a for a in extract_actors(corpus, max_actors=10)}


def test_a_title_only_surname_is_neither_dropped_nor_given_to_a_relative() -> None:
    """'President Varden' in six articles; 'Tom Varden' and 'Susan Varden' once each."""
    actors = _actors_of(
        [
            "President Varden signed the housing bill on Monday. Varden praised the Senate.",
            "Varden said the bill would help families. His brother, Tom Varden, agreed.",
            "Critics said Varden had moved too fast, and Varden rejected the charge.",
            "The plan of Varden drew praise from mayors. Varden will visit Ohio in May.",
            "President Varden thanked the mayors. Varden called it a good day for cities.",
            "His wife, Susan Varden, said Varden and the school board disagreed.",
        ]
    )
    bare = actors.get("Varden")
    assert bare is not None and len(bare.sources) >= 4, sorted(actors)
    for relative in ("Tom Varden", "Susan Varden"):
        assert relative not in actors or len(actors[relative].sources) == 1


COURTS = """Court rejects appeal

The U.S. Supreme Court declined on Monday to take up the case of Tom Vell. The U.S. Supreme \
Court had paused the fine in May. Lawyers said the U.S. Supreme Court was the last \
hope after the Arlen State Supreme Court turned them down. The Supreme Court gave no reason. \
A clerk said the Supreme Court would publish its order; the U.S. Supreme Court did so.
"""


def test_a_short_form_joins_the_name_the_coverage_mostly_writes_out(
    corpus_of: Callable[..., object], find: FindActor
) -> None:
    actors = extract_actors(corpus_of(COURTS), max_actors=10)
    # "the Supreme Court" ends two court names; the U.S. one is written far more often.
    (us,) = [a for a in actors if "U.S. Supreme Court" in a.name]
    assert "Supreme Court" in us.aliases
    assert [a for a in actors if "Supreme Court" in a.aliases] == [us]
    assert not find(actors, "Supreme Court") or find(actors, "Supreme Court") == [us]


PLURAL = """Forecasters weigh El Nino

Scientists at the Pacific Climate Office said El Nino had warmed the ocean. El Nino brought \
floods to Peru, and the Pacific Climate Office said two El Ninos in a row were rare.
"""

NICKNAME = """Party funds repairs

The GOP said the Republican Party would fund repairs; the Republican Party named a panel \
and the GOP chairman, Tom Vail, said the panel would report in May.
"""


@pytest.mark.parametrize(
    ("text", "name", "other"),
    [(PLURAL, "El Nino", "El Ninos"), (NICKNAME, "Republican Party", "GOP")],
)
def test_a_plural_and_a_nickname_are_one_actor(text: str, name: str, other: str) -> None:
    docs = [Document("p.txt", text, title=text.splitlines()[0])]
    actors = extract_actors(analyse(docs, entities=True), max_actors=20)
    entries = [a for a in actors if {name, other} & {a.name, *a.aliases}]
    assert len(entries) == 1 and {name, other} <= {entries[0].name, *entries[0].aliases}


def _person(key: str, first: dict[int, int], mentions: int = 1) -> NameForm:
    surface = key.title()
    return NameForm(
        key,
        surfaces=Counter({surface: mentions}),
        votes=Counter({"PERSON": 2 * mentions}),
        docs=set(first),
        first=first,
    )


def _joined(forms: list[NameForm], key: str) -> set[str]:
    clusters = merge_forms({f.key: f for f in forms})
    return next(
        (set(f.key for f in c.forms) for c in clusters if key in {f.key for f in c.forms}), set()
    )


def test_a_surname_shared_with_a_relative_named_once_is_the_one_introduced_first() -> None:
    """'Co-pilot Karim Rashidi' in two articles, 'Walid Rashidi, his nephew' later in one:
    the bare 'Rashidi' (even labelled an organisation) is the co-pilot."""
    bare = NameForm(
        "rashidi", surfaces=Counter({"Rashidi": 4}), votes=Counter({"ORG": 4}), docs={0, 1}
    )
    karim = _person("karim rashidi", {0: 10, 1: 40})
    walid = _person("walid rashidi", {0: 300})
    assert _joined([karim, walid, bare], "rashidi") == {"karim rashidi", "rashidi"}
    # The relative written out first where the surname is: nobody's, as before.
    walid_first = _person("walid rashidi", {0: 5})
    assert "karim rashidi" not in _joined([karim, walid_first, bare], "rashidi")
    # A family (an obituary's husband, wife and children): the surname is nobody's.
    family = [karim, walid, _person("molly rashidi", {1: 200})]
    assert "karim rashidi" not in _joined([*family, bare], "rashidi")
    # Both written out across the story ("Varela" for a boy and his father): nobody's.
    often = _person("walid rashidi", {0: 300, 1: 300, 2: 0})
    assert "karim rashidi" not in _joined([karim, often, bare], "rashidi")


def test_a_full_name_labelled_a_place_joins_its_titled_surname() -> None:
    """'Anatoly Vell' read as a place, 'Professor Vell' a person: one person, not a
    'Vell' beside a place; 'Fort Vell' stays a place."""
    bare = NameForm(
        "vell", surfaces=Counter({"Vell": 9}), votes=Counter({"GPE": 6, "PERSON": 3}), titled=True
    )
    full = NameForm("anatoly vell", surfaces=Counter({"Anatoly Vell": 2}), votes=Counter(GPE=2))
    fort = NameForm("fort vell", surfaces=Counter({"Fort Vell": 2}), votes=Counter(GPE=2))
    assert _joined([bare, full, fort], "vell") == {"vell", "anatoly vell"}
    untitled = NameForm("vell", surfaces=Counter({"Vell": 9}), votes=Counter(GPE=6))
    assert _joined([untitled, full], "vell") == {"vell"}


def test_a_body_named_after_a_partys_members_is_neither_a_person_nor_its_party() -> None:
    """'Lantern Club Republicans' read as a person: 'Republicans' is no surname of it, and
    'Lantern Club' is its short name."""

    def form(key: str, **votes: int) -> NameForm:
        return NameForm(key, surfaces=Counter({key.title(): 3}), votes=Counter(votes))

    forms = [
        form("republicans", NORP=9),
        form("lantern club republicans", PERSON=6, ORG=2),
        form("lantern club", PERSON=2, ORG=1),
    ]
    assert _joined(forms, "lantern club") == {"lantern club", "lantern club republicans"}
    assert _joined(forms, "republicans") == {"republicans"}


def test_an_acronym_of_a_bodys_name_in_its_own_language_joins_the_english_name() -> None:
    forms = [
        NameForm("fsb", surfaces=Counter({"FSB": 2}), votes=Counter(ORG=2)),
        NameForm(
            "federal security service",
            surfaces=Counter({"Federal Security Service": 2}),
            votes=Counter(ORG=2),
        ),
    ]
    assert _joined(forms, "fsb") == {"fsb", "federal security service"}


def test_a_bodys_short_form_shared_by_many_places_bodies_is_nobody() -> None:
    def org(key: str, n: int = 1) -> NameForm:
        return NameForm(key, surfaces=Counter({key.title(): n}), votes=Counter(ORG=n))

    short = org("housing authority", 9)
    towns = [org(f"{t} housing authority") for t in ("selden", "vell county", "kolb city")]
    clusters = merge_forms({f.key: f for f in [short, *towns]})
    assert all("housing authority" not in {f.key for f in c.forms} for c in clusters)
    # Two owners only (a world body's and one country's): the short form is kept.
    two = merge_forms({f.key: f for f in [short, *towns[:2]]})
    assert any("housing authority" in {f.key for f in c.forms} for c in two)


NICKNAMED_1 = """Gang leader goes on trial

Police said Lau Kit-man, nicknamed "Big Tiger", ran a kidnapping ring from a flat in \
Kowloon. "Big Tiger" Lau denied the charges on Monday. Prosecutor Mary Chan said "Big Tiger" \
had taken 20 million dollars.
"""
NICKNAMED_2 = """Verdict due in kidnapping case

"Big Tiger" and his gang face life terms, Chan said. Lau told the court he was innocent. \
The judge said the "Big Tiger" gang had planned the kidnappings for months.
"""


def test_a_quoted_nickname_is_the_person_not_a_second_actor(
    corpus_of: Callable[..., object], find: FindActor
) -> None:
    actors = extract_actors(corpus_of(NICKNAMED_1, NICKNAMED_2), max_actors=10)
    (lau,) = find(actors, "Lau Kit-man")
    assert "Big Tiger" in lau.aliases and lau.type == "person"
    assert find(actors, "Big Tiger") == [lau]


def _org(key: str, surface: str, docs: set[int], label: str = "ORG") -> NameForm:
    return NameForm(key, surfaces=Counter({surface: 2}), votes=Counter({label: 2}), docs=docs)


def test_a_leading_acronym_or_government_word_does_not_take_a_longer_bodys_name() -> None:
    """'U.N.' is the United Nations, not the 'U.N. Food Agency' whose name it opens; 'the
    House' is the 'House of Representatives', not its 'House Ways Committee'."""
    forms = [
        _org("un", "U.N.", {0}),
        _org("united nations", "United Nations", {0}),
        _org("un food agency", "U.N. Food Agency", {1}),
        _org("house", "House", {0}),
        _org("house of representatives", "House of Representatives", {0}),
        _org("house ways committee", "House Ways Committee", {1}),
    ]
    assert _joined(forms, "un") == {"un", "united nations"}
    assert _joined(forms, "house") == {"house", "house of representatives"}


@pytest.mark.parametrize(
    ("adjective", "country", "joined"), [("soviet", "china", False), ("russian", "russia", True)]
)
def test_a_short_form_joins_a_name_giving_it_a_country_only_where_that_country_is_named(
    adjective: str, country: str, joined: bool
) -> None:
    """'Communist Party' in articles about China is not the 'Soviet Communist Party' one
    of them recalls; in articles about Russia it is the 'Russian Communist Party'."""
    forms = [
        _org("communist party", "Communist Party", {0, 1, 2}),
        _org(f"{adjective} communist party", f"{adjective.title()} Communist Party", {2}),
        _org(country, country.title(), {0, 1, 2}, label="GPE"),
        _org(adjective, adjective.title(), {2}, label="NORP"),
    ]
    together = {"communist party", f"{adjective} communist party"}
    assert (_joined(forms, "communist party") == together) is joined


def test_a_bodys_own_one_word_name_joins_its_longer_name_a_common_noun_does_not() -> None:
    """'Duma' (read as a person) is the 'State Duma'; 'Senate' may be another senate than
    the one longer name the story writes."""

    def form(key: str, **votes: int) -> NameForm:
        return NameForm(key, surfaces=Counter({key.title(): 3}), votes=Counter(votes))

    assert _joined([form("duma", PERSON=6), form("state duma", ORG=3)], "duma") == {
        "duma",
        "state duma",
    }
    assert _joined([form("senate", ORG=6), form("arlen senate", ORG=3)], "senate") == {"senate"}


NAMESAKE_TEXTS = [
    "President Varden signed the housing bill on Monday. Aides said Varden would include "
    "in his budget new money for vouchers.",
    "Varden said he would veto the tax cut. President Varden spoke in Ohio on Friday.",
    "In a radio address, Varden said he wanted more vouchers for working families.",
    "Rep. Tom Tasker will face his opponent, Nancy Varden, in the Senate race. Varden, "
    'however, did not say how she would pay for the plan. "We need homes," Varden said. '
    "The housing law was signed by President Varden in 1996.",
]


def test_a_bare_surname_of_the_other_sex_is_not_given_to_the_one_full_name() -> None:
    """'Nancy Varden' is written out in one article, 'President Varden' (he) in all: he
    is not her, her article's bare 'Varden' is hers, and 'President Varden' there his."""
    actors = _actors_of(NAMESAKE_TEXTS)
    him = actors.get("Varden")
    assert him is not None and him.sources == [1, 2, 3, 4], sorted(actors)
    her = actors.get("Nancy Varden")
    assert her is None or "Varden" not in her.aliases
    if her is not None:
        assert her.sources == [4]
        assert her.mentions >= 2  # her name, and the bare 'Varden' of her article


def test_a_bare_surname_of_the_same_sex_joins_the_full_name() -> None:
    texts = [t.replace("Nancy", "Bill").replace(" she ", " he ") for t in NAMESAKE_TEXTS]
    actors = _actors_of(texts)
    assert "Varden" not in actors, sorted(actors)
    assert actors["Bill Varden"].sources == [1, 2, 3, 4]


def test_a_shared_surname_is_the_one_its_article_writes_out() -> None:
    """'Varden' is Chris Varden's in his articles and Ann Varden's in hers; where both
    are written out it is nobody's, and never a third entry."""
    actors = _actors_of(
        [
            "Rep. Chris Varden blocked the adoption bill on Monday. Varden said the bill "
            "was rushed, and Varden asked for new hearings. Varden will vote no.",
            "Ann Varden runs an adoption agency in Ohio. Varden said fees had doubled. "
            "Varden hired two new staff this year.",
            "Chris Varden and Ann Varden met in Ohio on Friday. Varden left early.",
        ]
    )
    assert "Varden" not in actors, sorted(actors)
    chris, ann = actors["Chris Varden"], actors["Ann Varden"]
    assert chris.mentions == 5 and chris.sources == [1, 3]  # 2 full names, 3 bare in 1
    assert ann.mentions == 4 and ann.sources == [2, 3]


def test_a_one_word_name_after_of_or_and_is_no_short_form_of_the_body() -> None:
    """'Varnholm' is the place 'University of Varnholm' is named after, not the university;
    'Firearms' ends a bureau's name after 'and'; a longer tail ('Parks and Coastal
    Heritage') still is the department's short form."""
    forms = [
        _org("varnholm", "Varnholm", {0}),
        _org("university of varnholm", "University of Varnholm", {0}),
        _org("firearms", "Firearms", {0}),
        _org("bureau of tobacco and firearms", "Bureau of Tobacco and Firearms", {0}),
        _org("parks and coastal heritage", "Parks and Coastal Heritage", {0}),
        _org(
            "department of parks and coastal heritage",
            "Department of Parks and Coastal Heritage",
            {0},
        ),
    ]
    assert _joined(forms, "varnholm") == {"varnholm"}
    assert _joined(forms, "firearms") == {"firearms"}
    assert "department of parks and coastal heritage" in _joined(
        forms, "parks and coastal heritage"
    )


def test_a_bare_surname_under_an_office_the_full_name_cannot_hold_stays_apart() -> None:
    """'President Harwell' (a head of state of the past) is not 'Rep. Nora Harwell'."""
    president = _person("harwell", {0: 5})
    president.titles["president"] += 3
    rep = _person("nora harwell", {1: 9})
    rep.titles["rep"] += 2
    assert _joined([president, rep], "harwell") == {"harwell"}
    rep.titles = Counter({"mrs": 1})  # no office of hers written: one person
    assert _joined([president, rep], "harwell") == {"harwell", "nora harwell"}
