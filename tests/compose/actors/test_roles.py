"""Roles from appositions and pre-name titles."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefing.analyse import analyse
from briefing.compose.actors import extract_actors
from briefing.model import Actor, Corpus, Document
from tests.growth import assert_linear

FindActor = Callable[[list[Actor], str], list[Actor]]


def test_roles_from_appositions_and_titles(actors: list[Actor], find: FindActor) -> None:
    assert find(actors, "Mark Warner")[0].role == (
        "top Democrat on the Senate Intelligence Committee"
    )
    assert "vice president of mobile partnerships" in (find(actors, "Francisco Varela")[0].role)
    assert find(actors, "John Thune")[0].role == "head of the Senate Commerce Committee"
    assert find(actors, "Mark Zuckerberg")[0].role == "Acme chief executive"
    assert find(actors, "Ron Wyden")[0].role == "Senator (D-OR)"


NAMESAKES = [
    """Senate race heats up

Margaret Hale Keating toured Dorfield on Monday. Keating said she would fight for public \
housing. The welfare law was signed by President Keating in 1996. Keating rejected the plan \
of her opponent.
""",
    """Housing fight

The housing bill was signed by President Keating. Keating said she would repeal the rule. \
Keating toured Lorvik with Mayor Tom Ridley, the host of the visit.
""",
]


def test_a_title_before_a_bare_surname_is_not_given_to_a_namesake(
    corpus_of: Callable[..., Corpus], find: FindActor
) -> None:
    """'President Keating' is no title of 'Margaret Hale Keating', who is never written
    with it: a role comes from the person's own full-name mentions."""
    actors = extract_actors(corpus_of(*NAMESAKES), max_actors=10)
    (margaret,) = find(actors, "Margaret Hale Keating")
    assert margaret.role != "President"
    (ridley,) = find(actors, "Tom Ridley")
    assert ridley.role == "host of the visit"


NOT_THEIRS = [
    """Prisons keep growing

The United States now holds more inmates than ever, and the United States spends more on \
prisons each year. Washington was a leading state in sentencing reform. So far the \
Labor Department, long a rival of the teachers union over pay rules, has held back from \
backing the program. Ortega and FBI director Dana Whitcombe met the families on Monday. \
The United States said the program works.
""",
    """A program spreads

On Tuesday the Labor Department said it would study the program. The United States has \
seen crime fall for seven years, and the United States will fund the program. "Congress \
was a young institution then," the historian Mark Ortega said. Congress is weighing a new \
crime bill. Whitcombe said the bureau would help. The Orbis Group is a Dutch shipping \
company. The Orbis Group said it would appeal. Kestrel Holdings was a family firm. \
"Kestrel Holdings is a reckless lender," Ortega said. Kestrel Holdings declined to comment. \
Lake-Shore County Mayor Alex Penrose backed the program, and Penrose said it works.
""",
]


@pytest.fixture(scope="module")
def not_theirs() -> list[Actor]:
    """The actors of the two NOT_THEIRS articles (analysed once for the module)."""
    docs = [Document(f"s{i}.txt", t, title=t.splitlines()[0]) for i, t in enumerate(NOT_THEIRS)]
    return extract_actors(analyse(docs, entities=True), max_actors=20)


def _role_of(actors: list[Actor], find: FindActor, name: str) -> str | None:
    (actor,) = find(actors, name)
    return actor.role


def test_a_seat_of_power_lends_no_role_to_its_country(
    not_theirs: list[Actor], find: FindActor
) -> None:
    """'Washington was a leading state in ...' is about the city or the state, never the
    country that 'Washington' stands for elsewhere."""
    assert _role_of(not_theirs, find, "United States") is None


def test_a_relation_to_another_party_is_no_role(not_theirs: list[Actor], find: FindActor) -> None:
    """'the Labor Department, long a rival of the teachers union' says how it stands to
    someone else, not what it is: no role."""
    assert _role_of(not_theirs, find, "Labor Department") is None


def test_a_title_before_a_name_stops_at_a_conjunction(
    not_theirs: list[Actor], find: FindActor
) -> None:
    assert _role_of(not_theirs, find, "Dana Whitcombe") == "FBI director"


def test_a_title_before_a_name_keeps_its_spelling(not_theirs: list[Actor], find: FindActor) -> None:
    assert _role_of(not_theirs, find, "Alex Penrose") == "Lake-Shore County Mayor"


def test_copular_roles_only_in_the_present_and_outside_quotations(
    not_theirs: list[Actor], find: FindActor
) -> None:
    assert _role_of(not_theirs, find, "Orbis Group") == "Dutch shipping company"
    assert _role_of(not_theirs, find, "Congress") is None
    # One description in the past, one in a quotation: neither is the writer's "is".
    assert _role_of(not_theirs, find, "Kestrel Holdings") is None


PILOTS = """Crash inquiry turns to the cockpit

Investigators said co-pilot Karim Rashidi was alone at the controls when the jet began its \
dive. Rashidi had flown for the airline for 20 years, and Rashidi's family said he was a \
careful man.
"""


def test_a_hyphenated_title_before_a_name_is_kept_whole(
    corpus_of: Callable[..., Corpus], find: FindActor
) -> None:
    actors = extract_actors(corpus_of(PILOTS), max_actors=10)
    (pilot,) = find(actors, "Karim Rashidi")
    assert pilot.role == "co-pilot"


def _roles_of_articles(texts: list[str]) -> dict[str, str | None]:
    """Each actor's role over one article per text."""
    docs = [Document(location=f"d{i}.txt", text=t, title=f"T{i}") for i, t in enumerate(texts)]
    return {a.name: a.role for a in extract_actors(analyse(docs, entities=True), max_actors=20)}


def test_a_negated_or_played_down_description_is_no_role() -> None:
    texts = [
        "The Red Cross is not a government agency, its director said. The Red Cross sent "
        "tents to the valley. The Red Cross asked for blood.",
        "Orbis Group is just a holding company, critics say. Orbis Group bought two ports. "
        "Orbis Group denied it.",
        "Huawei is a Chinese telecommunications giant. Huawei sells phones in Europe and "
        "Huawei sells routers.",
    ]
    roles = _roles_of_articles(texts)
    assert roles["Red Cross"] is None and roles["Orbis Group"] is None
    assert roles["Huawei"] == "Chinese telecommunications giant"


def test_a_body_is_described_by_what_it_is_not_by_any_predicate() -> None:
    """A body's role is a noun phrase saying what it is (a body's noun, an agent noun);
    'is a thorn in the mayor's side', 'is a sign of the times' say something about it."""
    texts = [
        "The Harbor Authority is a thorn in the mayor's side, builders say. The Harbor Authority "
        "rejected the plan. The Harbor Authority met on Monday.",
        "The Volunteer Corps is a sign of the times in the capital. The Volunteer Corps "
        "sent teachers abroad. The Volunteer Corps asked for money.",
        "Orbis Group is a Dutch chipmaker. Orbis Group sells chips and Orbis Group hires.",
        "Kestrel Bank is the regional lender of last resort. Kestrel Bank cut rates. "
        "Kestrel Bank said so.",
        "The Seed Alliance (see www.seedalliance.org) is a coalition of growers. The Seed "
        "Alliance sued. The Seed Alliance won.",
    ]
    roles = _roles_of_articles(texts)
    assert roles["Harbor Authority"] is None
    assert roles["Volunteer Corps"] is None
    assert roles["Orbis Group"] == "Dutch chipmaker"
    assert roles["Kestrel Bank"] == "regional lender of last resort"
    assert roles["Seed Alliance"] == "coalition of growers"


def test_a_country_described_as_a_superpower_has_that_role() -> None:
    """'superpower' is a body's head noun (lang.places.BODY_DESCRIPTION_HEADS): a country
    called one is given the description as its role."""
    texts = [
        "Veldoria is a regional superpower, its neighbours say. Veldoria sent troops to "
        "the border. Veldoria denied it.",
    ]
    assert _roles_of_articles(texts)["Veldoria"] == "regional superpower"


def test_a_party_is_no_persons_role() -> None:
    """'Gov. Tom Vell of Ohio, a Republican': the apposition names his party, not an office
    or a description; his title is his role."""
    texts = [
        "Ohio Gov. Tom Vell, a Republican, halted all executions on Monday. Vell said the "
        "system was broken.",
        "Tom Vell, a Republican, asked lawmakers to act. Gov. Tom Vell of Ohio signed the order.",
    ]
    assert _roles_of_articles(texts)["Tom Vell"] == "Ohio Governor"


def test_a_title_keeps_a_bodys_name_whole_and_a_role_ends_in_no_dangling_participle() -> None:
    """ "Transport and Harbour Affairs Secretary": the "and" is inside the body's name, not
    between two people; and the headline above is no part of the title. "a boat known" of
    "a boat known as "Blue Gull."": the quoted name was cut, so "known" goes with it."""
    roles = _roles_of_articles(
        [
            "Harbour plan stalls\n\nTransport and Harbour Affairs Secretary Ann Lo said on "
            "Monday the ferry plan would wait. Lo said the council had no money. The board "
            "heard from Tom Rigg, a fisherman sentenced to prison for the theft of a boat "
            'known as "Blue Gull." Rigg said he had changed.',
            "Ferry plan\n\nTransport and Harbour Affairs Secretary Ann Lo met the board on "
            "Tuesday. Lo said the ferry would sail next year. Tom Rigg, a fisherman sentenced to "
            'prison for the theft of a boat known as "Blue Gull," spoke too. Rigg said he wanted '
            "work.",
        ]
    )
    assert roles["Ann Lo"] == "Transport and Harbour Affairs Secretary"
    assert roles["Tom Rigg"] == "fisherman sentenced to prison for the theft of a boat"


PILOT_UNION = [
    """Pilots want radar data

CAIRO -- Harbor Pilots Association chief Omar Selim demanded on Sunday that investigators \
release the radar data of the crash. Selim said the pilots wanted answers.
""",
    """Pilots press investigators

The Harbor Pilots Association wanted radar images released, Omar Selim, head of the \
association, said at a briefing on Monday. Selim said the data would show what happened.
""",
]


def test_a_role_naming_its_body_beats_one_that_points_back_to_it(
    corpus_of: Callable[..., Corpus], find: FindActor
) -> None:
    # "head of the association" leaves which association to the sentence before it.
    actors = extract_actors(corpus_of(*PILOT_UNION), max_actors=10)
    assert find(actors, "Omar Selim")[0].role == "Harbor Pilots Association chief"


COUNT = """Settlers build again

There are 42,000 homes in the valley, Fair Share Now leader Dalia Moran said. The new \
building will add 15 percent, she said. Moran said the count proves the plan is growing.
"""


def test_a_title_keeps_the_bodys_name_the_model_cut_from_it(
    corpus_of: Callable[..., Corpus], find: FindActor
) -> None:
    # The model reads "Now" as an adverb, and opens a sentence with it: not "leader" alone.
    actors = extract_actors(corpus_of(COUNT), max_actors=10)
    assert find(actors, "Dalia Moran")[0].role == "Fair Share Now leader"


OFFICE = """Young volunteers

The notion that young people only think of themselves is wrong, says Lorna Kettleby.

She has seen it. As director of the Harbor Relief Service for four years, she has sent \
thousands of volunteers abroad. "They work hard," said Kettleby, a jazz singer of some note.
Kettleby spoke in Boston. Kettleby said more would go next year.

Tomas Reyko coaches the city team. Kettleby praised him. As a juvenile, he was a runner.
"""


def test_an_office_told_as_as_director_she_is_the_role_of_the_person_named_before() -> None:
    """'As director of ..., she ...' two sentences after her name says what she is, and
    beats the aside in an apposition; 'As a juvenile, he ...' is no office."""
    roles = _roles_of_articles([OFFICE])
    assert roles["Lorna Kettleby"] == "director of the Harbor Relief Service"
    assert roles.get("Tomas Reyko") is None


def test_an_office_after_another_persons_name_is_not_the_first_ones() -> None:
    text = (
        "The plan is wrong, says Lorna Kettleby, a jazz singer of some note. Kettleby "
        "met Marta Ovid on Monday. As director of the Harbor Relief Service, she sent "
        "volunteers abroad. Kettleby said so. Kettleby said more would go."
    )
    assert _roles_of_articles([text])["Lorna Kettleby"] == "jazz singer of some note"


def test_a_persons_second_office_at_the_body_just_named_is_part_of_the_role() -> None:
    """'the son of Vell Farms' founder and its current manager' is one person's role
    ("its" is the farm's, no one's relative) and beats an aside."""
    text = (
        '"We sell above the market price," says Jonas Arbel, the son of Vell Farms\' founder '
        "and its current manager. Arbel spoke at the farm. Arbel said prices rose. Arbel, "
        "himself a keen birdwatcher, showed the forest."
    )
    roles = _roles_of_articles([text])
    assert roles["Jonas Arbel"] == "son of Vell Farms' founder and its current manager"


INMATE = [
    """Board refuses reprieve

Lawyers said death row inmate Dale Vorman lost his last appeal. Vorman has always said he is \
innocent, and his lawyers filed a new motion.
""",
    """Governor silent on execution

The board refused to halt the execution of inmate Dale Vorman on Tuesday. Lawyers for \
Vorman said they would go to the federal court.
""",
    """A long road to the death house

Dale Vorman, a quiet man with a long record, wrote to the governor on Friday. The governor \
did not reply, and said rheumatologist Nell Brandt, who treats him, visited him twice.
""",
]


def test_a_description_used_as_a_title_is_a_role_and_the_coverage_agrees_on_it() -> None:
    """'death row inmate Dale Vorman' and 'inmate Dale Vorman' are titles though no
    office ('inmate' is in no title list), and together they outweigh one aside ('a
    quiet man with a long record'); 'rheumatologist Nell Brandt' is one too."""
    roles = _roles_of_articles(INMATE)
    assert roles["Dale Vorman"] == "death row inmate"
    assert roles["Nell Brandt"] == "rheumatologist"

    # Not one noun cut from a longer title ("teacher and parent"), nor a kinship
    # without whose ("Great-uncle Ivo Kell").
    roles = _roles_of_articles(
        [
            """School vote delayed

The board heard teacher and parent Ona Kell on Monday. Great-uncle Ivo Kell spoke next. Kell \
said the vote must wait.
"""
        ]
    )
    assert roles.get("Ona Kell") is None
    assert roles.get("Ivo Kell") is None


VOICE = [
    """Mayor weighs the levy

"The council must decide," said Ilse Varga, Mayor Dorn's communications director. Mayor \
Dorn wrote the levy plan with Varga over the winter.
""",
    """Levy vote near

Dorn spokeswoman Ilse Varga said the mayor would sign. Tobin Rusk, a spokesman for the \
council, said the vote was set for May.
""",
    """Levy critics

Ilse Varga, a spokeswoman for Dorn, said the levy was fair. Tobin Rusk, a council \
spokesman, said members had questions.
""",
]


def test_a_spokeswoman_who_holds_an_office_too_is_shown_by_the_office() -> None:
    """Written more often as the mayor's spokeswoman than as his communications director,
    Varga holds an office and is a key actor by it; Rusk only ever speaks for the council
    and stays out (issue 11)."""
    roles = _roles_of_articles(VOICE)
    assert roles["Ilse Varga"] == "Mayor Dorn's communications director"
    assert "Tobin Rusk" not in roles


CUT_AT_A_PLACE = [
    """Adoption bill stalls

Senator Tom Vardell said his doubts about the bill come from Laura Penwick, the operator of \
a Linwood, Mass. adoption service who found him a foster son. Vardell said the bill \
would raise costs for small firms. Penwick said her agency could close.
""",
    """Treaty delayed

Vardell has blocked the adoption bill for months. Penwick runs an adoption service and \
advised Vardell on the bill.
""",
]


def test_a_role_cut_at_the_comma_of_a_place_is_no_role(
    corpus_of: Callable[..., Corpus], find: FindActor
) -> None:
    """'the operator of a Linwood, Mass. adoption service' ends at its first comma as 'operator
    of a Linwood': half a phrase, so no role rather than a wrong one."""
    actors = extract_actors(corpus_of(*CUT_AT_A_PLACE), max_actors=10)
    (penwick,) = find(actors, "Laura Penwick")
    assert not (penwick.role or "").endswith("of a Linwood")


def test_half_of_a_hyphenated_title_is_no_role(
    corpus_of: Callable[..., Corpus], find: FindActor
) -> None:
    """'Tam Wei-ling, vice-chairman of the Harbour Affairs Council': the parser may read
    'vice', '-' and 'chairman' apart; neither 'vice' nor 'chairman of ...' is her role."""
    actors = extract_actors(
        corpus_of(
            "Tam Wei-ling, vice-chairman of the Harbour Affairs Council which runs the port, "
            "said the drills were a warning. Tam said talks would go on.",
            "Tam Wei-ling spoke to reporters in Keelport. Tam said the drills had ended.",
        ),
        max_actors=10,
    )
    (tam,) = find(actors, "Tam Wei-ling")
    assert tam.role in (None, "", "vice-chairman of the Harbour Affairs Council")


def test_a_relative_clause_opening_is_no_role(
    corpus_of: Callable[..., Corpus], find: FindActor
) -> None:
    """'... Dorvale General Hospital, whose director, Amos Keller, said ...': 'whose director'
    is the hospital's director read from a relative clause, not a role to show as is."""
    actors = extract_actors(
        corpus_of(
            "Patients crowded Dorvale General Hospital, whose director, Amos Keller, said the "
            "wards were full. Keller said more beds would come.",
            "Amos Keller asked the ministry for nurses. Keller said the fever was spreading.",
        ),
        max_actors=10,
    )
    (keller,) = find(actors, "Amos Keller")
    assert not (keller.role or "").lower().startswith("whose")


def test_the_people_another_mention_names_are_read_once_per_article() -> None:
    # For each mention the tokens up to its next sentences were scanned and each person
    # token checked against every mention: a 7,000-word sentence took minutes.
    from briefing.compose.actors.roles import _others_named
    from briefing.parsed import ParsedDoc

    def doc(people: list[bool]) -> ParsedDoc:
        # token i: 9 characters at 10 * i, a person's name or not
        tokens = [
            {
                "idx": 10 * i, "length": 9, "head": i, "left": i, "right": i, "lemma": "w",
                "pos": "PROPN", "tag": "NNP", "dep": "ROOT",
                "ent_type": "PERSON" if person else "ORG", "space": 1,
                "ent_iob": 3, "flags": 0,
            }
            for i, person in enumerate(people)
        ]  # fmt: skip
        return ParsedDoc.from_tokens(" ".join(["Wwwwwwwww"] * len(people)), tokens)

    # own mentions cover tokens 0-1 (one span) and 4 (within a span opening before a
    # shorter one that ends before it)
    assert _others_named(doc([True, True, False, True, True]), [(0, 20), (36, 38), (33, 50)]) == [3]

    def article(n: int) -> tuple[ParsedDoc, list[tuple[int, int]]]:
        return doc([True] * (2 * n)), [(20 * i, 20 * i + 5) for i in range(n)]

    assert len(_others_named(*article(20_000))) == 20_000
    assert_linear(lambda made: _others_named(*made), 1_000, prepare=article)


def test_who_else_is_named_is_read_only_for_a_sentence_giving_an_office(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Every person's mentions read every token of each article they are in, to find the
    # other people named: an invented story naming a party 20,000 times in 10 articles
    # spent 29 of 58 CPU s there, though no sentence opened "As <office>, he ...".
    from briefing.compose.actors import roles

    read: list[int] = []
    real = roles._others_named
    monkeypatch.setattr(roles, "_others_named", lambda doc, own: read.append(1) or real(doc, own))
    text = "Mara Quell met Ann Vale in Lindmoor on Monday. Quell said the plan was wrong."
    _roles_of_articles([text])
    assert read == []
    _roles_of_articles([OFFICE])
    assert read
