"""Actor types corrected with cues (titles, government words)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable

import pytest

from briefing.analyse import analyse
from briefing.compose.actors import extract_actors
from briefing.compose.actors.clusters import Cluster, NameForm
from briefing.compose.actors.kinds import assign_kind
from briefing.model import Actor, Corpus, Document

FindActor = Callable[[list[Actor], str], list[Actor]]


def test_types_are_corrected_with_cues(actors: list[Actor], find: FindActor) -> None:
    # The model tags one "Wyden" as a place and "Warner" as an organisation.
    assert find(actors, "Ron Wyden")[0].type == "person"
    assert find(actors, "Mark Warner")[0].type == "person"
    assert find(actors, "Senate Commerce Committee")[0].type == "government body"
    assert find(actors, "Acme")[0].type == "organisation"
    assert {a.type for a in actors} <= {
        "person",
        "organisation",
        "government body",
        "country",
        "group",
    }


SECT = """Crackdown on the Lotus Way

Police detained 40 Lotus Way practitioners on Monday. Lotus Way members said the group \
had broken no law, and Lotus Way followers gathered outside the court. Lotus Way said it \
would appeal. Officials at Brinmoor Tyre said Brinmoor Tyre and Rubber Co. had not been \
asked to comment; Brinmoor Tyre makes tyres for the police.
"""


def test_a_body_by_its_members_and_a_company_by_its_full_name(
    corpus_of: Callable[..., object], find: FindActor
) -> None:
    actors = extract_actors(corpus_of(SECT), max_actors=10)
    # Names the model may take for people: a person has no members or followers, and
    # "Brinmoor Tyre and Rubber Co." is a company whatever the cut mention says.
    for name in ("Lotus Way", "Brinmoor Tyre"):
        for actor in find(actors, name):
            assert actor.type == "organisation", (name, actor)


PARTY = """Election in Velmora

Dorin Kastel, the leader of the liberal Zorvana party, conceded on Monday. The Zorvana \
party won 6 percent of the vote, and Kastel said the Zorvana party would sit in opposition.
"""


def test_a_name_the_text_calls_a_party_is_a_body(
    corpus_of: Callable[..., object], find: FindActor
) -> None:
    actors = extract_actors(corpus_of(PARTY), max_actors=10)
    assert find(actors, "Dorin Kastel")[0].type == "person"
    for actor in find(actors, "Zorvana"):
        assert actor.type == "organisation", actor


PROVINCE = """Smoking ban in Telvania

A health spokesman of the Ostrava province said on Monday that the new law would let \
local councils ban smoking in offices. The health minister, Dana Morvel, signed the law.

Ostrava, the industrial heart of Telvania, is getting ready for the ban, with rules in \
the pipeline, the spokesman said. Morvel said Ostrava would lead the way.
"""


def test_a_one_word_name_written_before_province_is_no_person(
    corpus_of: Callable[..., object], find: FindActor
) -> None:
    actors = extract_actors(corpus_of(PROVINCE), max_actors=10)
    assert find(actors, "Dana Morvel")[0].type == "person"
    assert find(actors, "Ostrava") == [], find(actors, "Ostrava")


STATE = """Budget fight in Coravia

Governor Lino Barossa said on Monday that spending must fall. In rich Santa Ardea state, \
lawmakers voted to cut school budgets, Barossa said. Rivals of the president may win in \
three big states: Santa Ardea, Rio Velho and Porto Feliz. Santa Ardea owes 2 billion reals.
"""


def test_a_name_written_before_state_is_no_person(
    corpus_of: Callable[..., object], find: FindActor
) -> None:
    # The model takes the state's two-word name for a person's; "Santa Ardea state" says
    # it is an area (DUC 2004 d30048t had one so at rank 11 of its key actors).
    actors = extract_actors(corpus_of(STATE, STATE), max_actors=10)
    assert find(actors, "Lino Barossa")[0].type == "person"
    assert find(actors, "Santa Ardea") == [], find(actors, "Santa Ardea")


FEVER = """Fever season

Fever cases rose again in the north of Kenya this spring, the clinic director Amos \
Wekesa said. Kenya's {doers} warned that the rains came early, and Kenya's {others} said \
beds were short. Kenya has few labs. Kenya is also short of nets. Wekesa said nets would \
arrive in May.
"""


@pytest.mark.parametrize(
    ("doers", "others", "acts"),
    [("scientists", "health workers", False), ("government", "health minister", True)],
)
def test_a_country_acts_through_its_state_not_through_its_nationals(
    corpus_of: Callable[..., object], find: FindActor, doers: str, others: str, acts: bool
) -> None:
    text = FEVER.format(doers=doers, others=others)
    actors = extract_actors(corpus_of(text, text, text), max_actors=10)
    assert find(actors, "Amos Wekesa")[0].type == "person"
    # Its scientists and health workers warn: the country is where the story happens.
    assert [a.type for a in find(actors, "Kenya")] == (["country"] if acts else [])


CAMPS = """Inquiry report

An inquiry said on Monday that militia fighters killed 300 people in the Selma and Karif \
refugee camps in 1982. General Omar Tavik denied any role, his lawyer said. Families still \
live in the Selma and Karif camps, and aid workers visit the Selma and Karif refugee camps \
each week. The shame of Selma and Karif remains, Tavik's lawyer said.
"""


def test_a_name_mostly_written_before_a_place_noun_is_a_place(
    corpus_of: Callable[..., object], find: FindActor
) -> None:
    # "Selma" hangs on the head word of "Karif refugee camps" three times out of four and
    # never acts: a camp's name, though the model reads a person's first name.
    actors = extract_actors(corpus_of(CAMPS, CAMPS, CAMPS), max_actors=10)
    assert find(actors, "Omar Tavik")[0].type == "person"
    assert find(actors, "Selma") == []


def _cluster(key: str, **votes: int) -> Cluster:
    form = NameForm(key, surfaces=Counter({key.title(): 3}), votes=Counter(votes))
    return Cluster(forms=[form], votes=Counter(votes))


def test_a_type_the_labels_cannot_decide_is_not_guessed(
    corpus_of: Callable[..., Corpus],
) -> None:
    corpus = corpus_of("Nothing to see here.")
    undecided = _cluster("la nada", ORG=2, GPE=1)  # a weather pattern, a place, a body?
    assign_kind(corpus, undecided)
    assert undecided.type == ""
    cued = _cluster("kell associates", ORG=4, GPE=1, PERSON=1)  # "Associates": a firm
    assign_kind(corpus, cued)
    assert cued.type == "organisation"
    clear = _cluster("zentra", ORG=5, GPE=1)
    assign_kind(corpus, clear)
    assert clear.type == "organisation"


def test_a_river_or_a_lake_is_a_place_but_its_authority_a_body(
    corpus_of: Callable[..., Corpus],
) -> None:
    corpus = corpus_of("Nothing to see here.")
    river = _cluster("river selden", ORG=3)
    assign_kind(corpus, river)
    assert river.type == ""
    authority = _cluster("lake selden authority", ORG=3)
    assign_kind(corpus, authority)
    assert authority.type == "government body"


@pytest.mark.parametrize(
    ("key", "kind"),
    [
        ("african national congress", "organisation"),  # a party
        ("american adoption congress", "organisation"),  # an association
        ("congress", "government body"),
        ("us congress", "government body"),
        ("brazilian national congress", "government body"),
        ("national people's congress", "government body"),
        ("congress of people's deputies", "government body"),
    ],
)
def test_a_congress_is_a_legislature_only_by_its_name(
    corpus_of: Callable[..., Corpus], key: str, kind: str
) -> None:
    corpus = corpus_of("Nothing to see here.")
    congress = _cluster(key, ORG=3)
    assign_kind(corpus, congress)
    assert congress.type == kind


COHORT = """Millennials and work

Gen-Zers change jobs often, the survey found. Gen-Zers said pay mattered less than time \
off, and many Gen-Zers work from home, said Dana Reyes.
"""


def test_a_plural_name_is_a_cohort_not_an_actor(
    corpus_of: Callable[..., Corpus], find: FindActor
) -> None:
    actors = extract_actors(corpus_of(COHORT), max_actors=10)
    assert find(actors, "Dana Reyes")
    # People are never plural, and a generation is no body: "Gen-Zers" is not listed.
    assert find(actors, "Gen-Zers") == []


def test_a_generation_or_a_figure_of_speech_is_nobody(
    corpus_of: Callable[..., Corpus],
) -> None:
    corpus = corpus_of("Nothing to see here.")
    cohorts = ("generation x", "gen-xers", "generation xers", "x-ers", "baby boomers")
    for key in (*cohorts, "mother nature"):
        cohort = _cluster(key, PERSON=4)
        assign_kind(corpus, cohort)
        assert cohort.type == "", key
    for key in ("nora bellweather", "halvard motors", "quintrelle", "dapplex"):
        named = _cluster(key, PERSON=4) if key == "nora bellweather" else _cluster(key, ORG=4)
        assign_kind(corpus, named)
        assert named.type != "", key


def test_a_figure_of_speech_with_its_short_form_is_nobody(
    corpus_of: Callable[..., Corpus],
) -> None:
    figure = Cluster(
        forms=[
            NameForm("mother nature", surfaces=Counter({"Mother Nature": 4})),
            NameForm("nature", surfaces=Counter({"Nature": 1})),
        ],
        votes=Counter(PERSON=4, ORG=1),
    )
    assign_kind(corpus_of("Nothing to see here."), figure)
    assert figure.type == ""


GROUPS = [
    "The Kurds rejected the new constitution on Monday, and Kurdish leaders said the vote "
    "was unfair. Governor Ali Demir said the plan would stand. The Republican Party backed "
    "the plan, and Republicans voted for it.",
    "The Kurds protested in the capital on Tuesday. Ali Demir met Kurdish elders, but the "
    "Kurds demanded more seats. Republicans said the vote was fair.",
    "Talks resumed on Wednesday. Ali Demir said the Kurds had agreed to meet again. The "
    "Republican Party said Republicans would attend.",
]


def test_a_people_acting_across_the_story_is_a_group(find: FindActor) -> None:
    corpus = analyse(
        [Document(location=f"d{i}.txt", text=t) for i, t in enumerate(GROUPS)], entities=True
    )
    actors = extract_actors(corpus, max_actors=10)
    kurds = find(actors, "Kurds")
    assert [(a.type, a.aliases) for a in kurds] == [("group", [])]  # not "Kurdish"
    # A party's members are the party: no group beside it; an adjective is nobody.
    assert [a.type for a in find(actors, "Republican Party")] == ["organisation"]
    assert find(actors, "Republicans") == find(actors, "Kurdish") == []
    # Named so in one article of five, a people is no group of the story.
    texts = [GROUPS[1], "Talks went on.", "Talks ended.", "Talks resumed.", "Ali Demir left."]
    corpus = analyse(
        [Document(location=f"d{i}.txt", text=t) for i, t in enumerate(texts)], entities=True
    )
    assert find(extract_actors(corpus, max_actors=10), "Kurds") == []


AFFILIATIONS = """Lab closes

Dana Reyes, a professor at Selden University, said the plan would fail. Tom Vell, a \
chemist from Selden University, agreed with Reyes. A Selden University researcher, Ann \
Kolb, said the results were clear.
"""

ACTING = """Lab closes

Selden University closed the laboratory on Monday. Selden University said the funds had \
run out, and Dana Reyes, a professor there, said the decision was wrong.
"""


def test_a_university_named_only_as_an_affiliation_is_no_actor(
    corpus_of: Callable[..., Corpus], find: FindActor
) -> None:
    actors = extract_actors(corpus_of(AFFILIATIONS), max_actors=10)
    assert find(actors, "Dana Reyes")
    assert find(actors, "Selden University") == []
    acting = extract_actors(corpus_of(ACTING), max_actors=10)
    (university,) = find(acting, "Selden University")  # it closes the lab and speaks
    assert university.type == "organisation"


SITE = """Incinerator reopens

The Army said the Kellam incinerator would run again in May. Workers at Kellam burned 400 \
tons of nerve agent last year, and a leak at the Kellam facility was fixed in March, Dana \
Reyes said. The Kellam plant employs 300 people.
"""


def test_a_name_only_ever_where_things_happen_is_a_place(
    corpus_of: Callable[..., Corpus], find: FindActor
) -> None:
    actors = extract_actors(corpus_of(SITE), max_actors=10)
    assert find(actors, "Dana Reyes")
    assert find(actors, "Kellam") == []  # "at Kellam", "the Kellam facility"


ACCORDS = """Peace deal under strain

Five years after the Varnholm accords ended the war, the Varnholm peace agreement is fraying, \
Foreign Minister Ilse Brandt said on Monday. The talks in Varnholm had split the region in \
two. Brandt said the Varnholm Council would meet on Friday, and the Varnholm Council said it \
backed the plan.
"""


def test_a_place_named_only_for_an_agreement_made_there_is_no_actor(
    corpus_of: Callable[..., Corpus], find: FindActor
) -> None:
    actors = extract_actors(corpus_of(ACCORDS), max_actors=10)
    assert find(actors, "Ilse Brandt")
    assert find(actors, "Varnholm Council")  # a body named after the place is one
    assert find(actors, "Varnholm") == []  # "the Varnholm accords", "talks in Varnholm"


def test_a_name_ending_with_a_partys_members_is_a_body(
    corpus_of: Callable[..., Corpus],
) -> None:
    corpus = corpus_of("Nothing to see here.")
    body = _cluster("pine lodge republicans", PERSON=6, ORG=1)
    assign_kind(corpus, body, members=frozenset({"republicans"}))
    assert body.type == "organisation"
    assign_kind(
        corpus, person := _cluster("tom vell", PERSON=6), members=frozenset({"republicans"})
    )
    assert person.type == "person"


def test_a_government_body_with_a_group_of_its_officials_is_no_company(
    corpus_of: Callable[..., Corpus],
) -> None:
    corpus = corpus_of("Nothing to see here.")
    service = _cluster("federal security service", ORG=3)
    service.forms.append(NameForm("fsb group", surfaces=Counter({"FSB Group": 1})))
    assign_kind(corpus, service)
    assert service.type == "government body"
    company = _cluster("postal service corp", ORG=3)
    assign_kind(corpus, company)
    assert company.type == "organisation"


OCCASIONS = """Party gathers in Dorwick

Delegates cheered Senator Ilse Brandt at the Liberal National Convention in Dorwick on \
Tuesday. Brandt said the party would win. During the Liberal National Convention, Governor \
Paul Okafor backed her. The Liberal National Convention ended on Thursday.

The kidnappers seized an aid worker in the regional capital Marvik on Friday. The aid worker \
was freed in the capital of Marvik, police chief Anna Berg said. Berg said two men were held.
"""


def test_a_meeting_or_a_town_named_as_one_is_no_actor(
    corpus_of: Callable[..., Corpus], find: FindActor
) -> None:
    actors = extract_actors(corpus_of(OCCASIONS), max_actors=10)
    assert find(actors, "Ilse Brandt")
    assert find(actors, "Anna Berg")
    assert find(actors, "Liberal National Convention") == []  # "at", "during", "ended"
    assert find(actors, "Marvik") == []  # "the regional capital Marvik"


def test_a_name_ending_in_a_letter_is_a_thing_without_a_persons_cues(
    corpus_of: Callable[..., Corpus],
) -> None:
    corpus = corpus_of("Nothing to see here.")
    vitamin = _cluster("vitamin q", PERSON=2)  # "Vitamin Q, another antioxidant, ..."
    assign_kind(corpus, vitamin)
    assert vitamin.type == ""
    preacher = _cluster("john x", PERSON=2)  # a given name we know
    assign_kind(corpus, preacher)
    assert preacher.type == "person"
    preacher = _cluster("malcolm x", PERSON=2)
    preacher.forms[0].genders[0, "m"] += 1  # "Malcolm X said he ..."
    assign_kind(corpus, preacher)
    assert preacher.type == "person"


WETLANDS = """Wetlands clean the water

The site is Dos Arroyos, a 9-acre marsh project downstream of the Lorvik sewage \
plant. The city wants to see if the idea works before it builds more.

That led to Dos Arroyos, a demonstration project near the river. The agency backs Dos \
Arroyos and likes the design. Dos Arroyos is run by a group of five towns.

"We are learning how to deal with the beavers," said Roland Hesketh, research project manager \
at Dos Arroyos.
"""


def test_a_name_described_as_a_project_is_no_person_without_a_persons_cues(
    find: FindActor,
) -> None:
    """The model labels "Dos Arroyos" a person; its description makes it a project, and
    nothing of a person's (title, given name, "he", acting) says otherwise."""
    doc = Document("w.txt", WETLANDS, title="Wetlands clean the water")
    actors = extract_actors(analyse([doc], entities=True), max_actors=10)
    assert not find(actors, "Dos Arroyos")
    assert find(actors, "Roland Hesketh")


def test_a_story_surname_in_the_plural_is_a_family_not_a_body(
    corpus_of: Callable[..., Corpus],
) -> None:
    corpus = corpus_of("Nothing to see here.")
    family = _cluster("marlows", ORG=5)  # "the Marlows founded the agency"
    assign_kind(corpus, family, surnames=frozenset({"marlow"}))
    assert family.type == "group"
    firm = _cluster("marlows", ORG=5)  # no one of the story is called Marlow
    assign_kind(corpus, firm, surnames=frozenset({"vell"}))
    assert firm.type == "organisation"


KIN = """Growing up in a mixed family

Until he was 4, Tomas Vell thought every girl had dark hair like his sister, Tasha. "The \
school is fine and the teachers are kind," said Tasha, the younger one. Tomas and Tasha \
play in a band now. "When Tasha was small, we moved to Lorvik," Ms. Vell said. The \
agency first wrote to us about Tasha.
"""


def test_a_one_word_name_after_a_persons_noun_is_a_person(
    corpus_of: Callable[..., Corpus], find: FindActor
) -> None:
    # The model labels "Tasha" a body four times in five.
    assert [a.type for a in find(extract_actors(corpus_of(KIN), max_actors=10), "Tasha")] == [
        "person"
    ]


def test_a_council_for_a_cause_is_a_society_not_a_government(
    corpus_of: Callable[..., Corpus],
) -> None:
    corpus = corpus_of("Nothing to see here.")
    for key, kind in [
        ("harbour research council", "organisation"),
        ("tenants defense council", "organisation"),
        ("council for open adoption", "organisation"),
        ("national defense council", "government body"),
        ("varnholm council", "government body"),
        ("lorvik city council", "government body"),
        ("security council", "government body"),
        ("texas research council", "government body"),
        ("council of ministers", "government body"),
    ]:
        council = _cluster(key, ORG=4)
        assign_kind(corpus, council)
        assert council.type == kind, key


EMPLOYER = """Harbour towers sold

The Lorvik harbour towers were sold on Monday for $40 million. "The price was fair," said \
Ann Keller, a spokeswoman for Brandt Holdings. Prices in Lorvik rose 8 percent this year, \
said Tom Reyes, a broker at Brandt Holdings. The Lorvik Port Authority approved the sale, \
and the Lorvik Port Authority said the towers would stay open.
"""


def test_a_body_seen_only_as_a_speakers_employer_is_no_actor(
    corpus_of: Callable[..., Corpus], find: FindActor
) -> None:
    actors = extract_actors(corpus_of(EMPLOYER), max_actors=10)
    assert find(actors, "Tom Reyes")  # the broker (a spokeswoman is no key actor)
    assert not find(actors, "Brandt Holdings")
    acting = EMPLOYER.replace("The Lorvik Port Authority approved", "Brandt Holdings approved")
    assert find(extract_actors(corpus_of(acting), max_actors=10), "Brandt Holdings")
    # A ministry's spokeswoman speaks for the ministry: it stays a party.
    ministry = EMPLOYER.replace("Brandt Holdings", "Lorvik Trade Ministry")
    assert find(extract_actors(corpus_of(ministry), max_actors=10), "Lorvik Trade Ministry")


@pytest.mark.parametrize(
    ("key", "kind"),
    [
        ("clean waters act", ""),  # a law, whatever the model says
        ("lorvik tobacco control act", ""),
        ("equal pay amendment", ""),
        ("prison ardley", ""),  # a prison named its kind first: a place
        ("camp harlow", ""),
        ("clean waters authority", "government body"),  # the body that enforces one
    ],
)
def test_a_law_or_a_walled_place_is_no_actor(
    key: str, kind: str, corpus_of: Callable[..., Corpus]
) -> None:
    corpus = corpus_of("Nothing to see here.")
    cluster = _cluster(key, ORG=3)
    assign_kind(corpus, cluster)
    assert cluster.type == kind


DRUG = """Harlan wins approval for arthritis drug

Harlan Pharmaceuticals, which got federal clearance last month for its Zolvex arthritis drug, \
is working with Corvell Labs on a second product. Zolvex is injected once a month, \
and trials suggest it eases pain. Zolvex soaks up a chemical that immune cells secrete, \
Harlan chief executive Maria Lenz said. Zolvex will compete with older pills.
"""


def test_one_word_named_as_a_thing_and_never_as_a_person_is_no_person(
    find: FindActor,
) -> None:
    """The model labels "Zolvex" a person; "its Zolvex arthritis drug" makes it a thing,
    and nothing of a person's (title, given name, "he", acting) says otherwise."""
    doc = Document("d.txt", DRUG, title="Harlan wins approval for arthritis drug")
    actors = extract_actors(analyse([doc], entities=True), max_actors=10)
    assert not find(actors, "Zolvex")
    assert find(actors, "Maria Lenz")


HOME_TOWN = """Young voters step up

Young party workers are disproving, at least in the Lorvik area, the idea that their \
generation would rather complain. Tony Harwell, R-Lorvik, hired Tom Keller as an adviser. \
Keller ran for the Lorvik school board last fall. "Lorvik is fun," Keller said. Mara Voss, \
who studies young voters, said it is rare for Lorvik to see this many young people in \
local politics.
"""


def test_a_name_said_to_be_a_place_twice_and_never_acting_is_no_actor(
    corpus_of: Callable[..., Corpus], find: FindActor
) -> None:
    """ "the Lorvik area", "R-Lorvik": a town (check story D0613D: a city typed an
    organisation at rank 17), whatever else it is the subject of ("Lorvik is fun")."""
    actors = extract_actors(corpus_of(HOME_TOWN), max_actors=10)
    assert find(actors, "Tom Keller")
    assert find(actors, "Lorvik") == []


def _state_story(acts: bool) -> list[str]:
    """Three articles on one state's executions; the state acts in each, or is only
    where things happen."""
    if acts:
        lines = [
            "Oregon executed a man on Tuesday. Oregon has argued that the sentence was fair.",
            "Oregon executed a second man this week. Oregon refused to delay the execution.",
            "Oregon plans more executions. Oregon asked the court to lift the stay.",
        ]
    else:
        lines = [
            "A man was executed in Oregon on Tuesday. He had lived in Oregon for years.",
            "A second man died in Oregon this week, in a prison near Oregon's coast.",
            "More executions are planned in Oregon, lawyers in Oregon said.",
        ]
    return [f"Executions go on\n\n{line} The warden said little." for line in lines]


@pytest.mark.parametrize("acts", [True, False])
def test_a_state_that_acts_all_through_the_story_is_a_government_body(
    corpus_of: Callable[..., Corpus], find: FindActor, acts: bool
) -> None:
    actors = extract_actors(corpus_of(*_state_story(acts)), max_actors=10)
    state = find(actors, "Oregon")
    if acts:
        assert state and state[0].type == "government body"
    else:
        assert not state


def _region_story() -> list[str]:
    """Three articles set in one region whose officials speak in each: the region acts
    only through them, and is mostly where things happen."""
    lines = [
        "Gunmen seized two aid workers in Oregon on Monday. Oregon's officials said they "
        "were searching. The workers had travelled to Oregon in May.",
        "Kidnappings are common in Oregon. Oregon's prosecutor said a suspect was held. "
        "Police in Oregon closed the roads to Oregon.",
        "The aid workers were freed in Oregon on Friday. Oregon's officials said they were "
        "well. They left Oregon for home.",
    ]
    return [f"Hostages freed\n\n{line} The families said little." for line in lines]


def test_a_region_mostly_the_setting_is_no_government_body(
    corpus_of: Callable[..., Corpus], find: FindActor
) -> None:
    """ "in Oregon", "to Oregon", "Oregon's officials said": where the story happens,
    its officials acting for its government (DUC 2004 d30056t: a region a government
    body at rank 1)."""
    actors = extract_actors(corpus_of(*_region_story()), max_actors=10)
    assert find(actors, "Oregon") == []


def _treaty_story(extra: str = "") -> list[str]:
    """Two articles on a fishing council's vote that name a league only as where a treaty
    was signed and a protest held, and as the treaty's owner."""
    return [
        "Council backs fishing limits\n\nThe Marrow Fishing Council voted on Monday to cut "
        "the catch. Council chairman Peder Hollis said the cut would last a year. The "
        "council signed a Dunmere League treaty on fishing in March at the Dunmere League.",
        "Fishermen protest the cut\n\nFishermen protested at the Dunmere League on Tuesday. "
        "Peder Hollis said the Marrow Fishing Council would not change its vote. The "
        f"Dunmere League treaty allows the cut.{extra}",
    ]


def test_a_body_named_only_as_a_setting_or_an_owner_is_no_actor(
    corpus_of: Callable[..., Corpus], find: FindActor
) -> None:
    """ "at the Dunmere League", "a Dunmere League treaty": where things happen and whose
    treaty it is, never acting (issue 11, DUC 2004: a world body named only so in the
    top 10); the same body acting once is a party."""
    actors = extract_actors(corpus_of(*_treaty_story()), max_actors=10)
    assert find(actors, "Marrow Fishing Council")
    assert find(actors, "Dunmere League") == []
    acting = _treaty_story(" The Dunmere League said it would review the cut.")
    assert find(extract_actors(corpus_of(*acting), max_actors=10), "Dunmere League")


def _market_story(extra: str = "") -> list[str]:
    """Two articles on a software merger that cite a market researcher only for its
    figures and as an analyst's employer."""
    return [
        "Kelvane buys Orrin Soft\n\nKelvane Systems said on Monday it would buy Orrin Soft "
        "for $2 billion. Orrin Soft chairman Ada Brisk said the board approved the sale. "
        "Halden Research estimates that online sales will reach $40 billion by 2003.",
        "Merger draws praise\n\nKelvane Systems said the merger would close in March. "
        '"It is a smart deal," said Tom Averly, an analyst with Halden Research. Halden '
        f"Research projects that the market will double.{extra}",
    ]


def test_a_body_cited_only_for_its_figures_is_no_actor(
    corpus_of: Callable[..., Corpus], find: FindActor
) -> None:
    """ "Halden Research estimates that ...", "an analyst with Halden Research": a
    forecaster whose numbers the story cites and an analyst's employer, no party (issue
    11, DUC 2004: a market researcher at rank 9); the same body acting otherwise is one."""
    actors = extract_actors(corpus_of(*_market_story()), max_actors=10)
    assert find(actors, "Kelvane Systems")
    assert find(actors, "Halden Research") == []
    acting = _market_story(" Halden Research said it would sue Kelvane Systems.")
    assert find(extract_actors(corpus_of(*acting), max_actors=10), "Halden Research")


def _budget_story() -> list[str]:
    """Two articles on a budget deal that name a street of the capital only as where
    lawmakers are ("everyone on Tarrow Row")."""
    return [
        "Budget deal reached\n\nThe Senate approved the budget on Friday. Senator Lia Vorn "
        "said the vote was close, giving an unusual victory on Tarrow Row to the "
        "governor's allies.",
        "Budget heads to the governor\n\nSenator Lia Vorn said the governor would sign the "
        "budget. Almost everyone on Tarrow Row expects the bill to pass, and the Senate "
        "will vote again on Monday.",
    ]


def test_a_place_named_only_after_on_is_no_actor(
    corpus_of: Callable[..., Corpus], find: FindActor
) -> None:
    """ "everyone on Tarrow Row": a place standing for those who work there, never
    acting (issue 11, DUC 2004: a hill of the capital an organisation at rank 10)."""
    actors = extract_actors(corpus_of(*_budget_story()), max_actors=10)
    assert find(actors, "Lia Vorn")
    assert find(actors, "Tarrow Row") == []


def _rival_story(extra: str = "") -> list[str]:
    """Two articles on a software merger that name a rival only as what others are
    compared with, for its share price and as what the market's leader is."""
    return [
        "Kelvane buys Orrin Soft\n\nKelvane Systems said on Monday it would buy Orrin Soft "
        "for $2 billion. Orrin Soft chairman Ada Brisk said the board approved the sale. "
        "Orrin Soft joins giants like Kelvane Systems and Tarvex Corp. in the online market.",
        "Merger lifts shares\n\nKelvane Systems said the merger would close in March. Tarvex "
        "rose 3, to 41. Analysts say the leader in online stores today is Tarvex Corp., "
        f"which sells to banks.{extra}",
    ]


def test_a_rival_cited_only_for_comparison_is_no_actor(
    corpus_of: Callable[..., Corpus], find: FindActor
) -> None:
    """ "giants like Kelvane Systems and Tarvex Corp.", "Tarvex rose 3, to 41", "the
    leader ... is Tarvex Corp.": a competitor the story cites, never acting (issue 11,
    DUC 2004: a computer maker at rank 10); the same body acting once is a party."""
    actors = extract_actors(corpus_of(*_rival_story()), max_actors=10)
    assert find(actors, "Kelvane Systems")
    assert not [a for a in actors if a.name.startswith("Tarvex")]
    acting = _rival_story(" Tarvex Corp. said it would sue Kelvane Systems.")
    assert find(extract_actors(corpus_of(*acting), max_actors=10), "Tarvex Corp")


def _strike_story(extra: str = "") -> list[str]:
    """Two articles on a players' strike that name two other leagues only as what the
    story is compared with: "unlike X and Y", "joins X and Y in having cancelled races", "as X
    did in 1994"."""
    return [
        "Soccer strike goes on\n\nThe Coast Soccer Union said on Monday the strike would go "
        "on. Unlike the Harbor Rowing League and the Island Chess Club, the union had never "
        "lost a game. Union chief Ada Brisk said the owners must pay.",
        "Games lost\n\nThe Coast Soccer Union now joins the Harbor Rowing League and the "
        "Island Chess Club in having cancelled races over a walkout. The owners may bring in a "
        "mediator, as the Harbor Rowing League did in 1994. Ada Brisk said talks would "
        f"resume.{extra}",
    ]


def test_a_body_named_only_in_comparisons_is_no_actor(
    corpus_of: Callable[..., Corpus], find: FindActor
) -> None:
    """ "unlike X", "joins X in having cancelled races", "as X did in 1994": what the story is
    likened to, never acting (issue 11, DUC 2004: sports leagues at ranks 11 and 20);
    the same body acting once is a party."""
    actors = extract_actors(corpus_of(*_strike_story()), max_actors=10)
    assert find(actors, "Coast Soccer Union")
    assert find(actors, "Harbor Rowing League") == []
    assert find(actors, "Island Chess Club") == []
    acting = _strike_story(" The Harbor Rowing League said it would help.")
    assert find(extract_actors(corpus_of(*acting), max_actors=10), "Harbor Rowing League")


def _past_employer_story(extra: str = "") -> list[str]:
    """Two articles on an election that name a secret service only as the winner's past
    employer, where he served, and as what methods are likened to ("ZSB-like")."""
    return [
        "Varek wins the vote\n\nIvo Varek, a former ZSB officer, won the presidency on "
        "Sunday. Varek said he would fight corruption. Critics point to his 12 years in the "
        "ZSB. Two ZSB colleagues of the ZSB veteran backed him.",
        "Varek sworn in\n\nIvo Varek was sworn in on Tuesday. Opponents say he brings "
        "ZSB-like methods to the job, and Varek said he would meet them. The Election "
        f"Commission said turnout was high.{extra}",
    ]


def test_a_body_named_only_as_a_past_employer_or_a_likeness_is_no_actor(
    corpus_of: Callable[..., Corpus], find: FindActor
) -> None:
    """ "a former ZSB officer", "his 12 years in the ZSB", "ZSB-like methods": the
    winner's past, never acting (issue 11: a secret service of an election story at rank
    5); the same body acting once is a party."""
    actors = extract_actors(corpus_of(*_past_employer_story()), max_actors=10)
    assert find(actors, "Ivo Varek")
    assert find(actors, "ZSB") == []
    acting = _past_employer_story(" The ZSB said it would guard the inauguration.")
    assert find(extract_actors(corpus_of(*acting), max_actors=10), "ZSB")


def _history_story(extra: str = "", date: dt.date | None = dt.date(1999, 8, 12)) -> Corpus:
    """Two articles of 1999 on a jet's crash that name a rail company and a country only
    in sentences of the 1970s (the story's past); ``date`` None: plain undated files."""
    texts = [
        "Harlan Airways jet crashes\n\nA Harlan Airways jet crashed near Orlane on Tuesday. "
        "Harlan Airways said it would ground its fleet, and Harlan Airways chief executive "
        "Ann Lee said the crew was experienced. In 1975 the Dorvale Rail Company sued Harlan "
        "Airways over noise, and in 1976 the Dorvale Rail Company won the case.",
        "Crash inquiry opens\n\nInvestigators said on Wednesday they had found the recorder. "
        "In 1975 Canada banned the airline's landings, and in 1977 Canada lifted the ban. "
        f"Harlan Airways said it would help the inquiry by May 1999.{extra}",
    ]
    documents = [
        Document(f"{i}.txt", text, title=text.split("\n")[0], date=date)
        for i, text in enumerate(texts)
    ]
    return analyse(documents, entities=True)


def test_a_body_or_country_acting_only_decades_before_is_no_actor(find: FindActor) -> None:
    """ "In 1975 X sued ...", "X banned ... in 1975": the story's past, not a party of
    a 1999 story (issue 11: bodies named only as history; dev D0631D: a country acting
    only in the 1970s at rank 10); the same body acting in the story's time is one."""
    actors = extract_actors(_history_story(), max_actors=10)
    assert find(actors, "Harlan Airways")
    assert find(actors, "Dorvale Rail Company") == []
    assert find(actors, "Canada") == []
    acting = _history_story(" The Dorvale Rail Company said on Thursday it would sue again.")
    assert find(extract_actors(acting, max_actors=10), "Dorvale Rail Company")
    # Speaking in the present tense in a sentence that names the past: the story's time.
    speaking = _history_story(" The Dorvale Rail Company, founded in 1950, says it will sue.")
    assert find(extract_actors(speaking, max_actors=10), "Dorvale Rail Company")


def test_undated_articles_tell_a_bodys_past_from_the_year_the_story_names(
    find: FindActor,
) -> None:
    """Plain files with no date are read against the latest year the story names (1999):
    a body or country acting only in the 1970s is no party there either (issue 11, DUC
    2004: a regime and a movement named only from the story's past)."""
    actors = extract_actors(_history_story(date=None), max_actors=10)
    assert find(actors, "Harlan Airways")
    assert find(actors, "Dorvale Rail Company") == []
    assert find(actors, "Canada") == []
    acting = _history_story(" The Dorvale Rail Company said it would sue again.", date=None)
    assert find(extract_actors(acting, max_actors=10), "Dorvale Rail Company")


def _candidate_story(extra: str = "") -> list[str]:
    """Two articles on a governor's campaign that name a security ministry only as his
    past: "a former Ostland Security Ministry officer", "his years in the ...", and once
    likened to ("Ostland Security Ministry-like methods")."""
    return [
        "Varek wins the vote\n\nGovernor Anton Varek won the vote on Sunday. Varek, a former "
        "Ostland Security Ministry officer, said he would cut taxes. Rival Lina Drozd said "
        "she would appeal the count.",
        "Varek sworn in\n\nAnton Varek was sworn in on Tuesday. Critics point to his years in "
        "the Ostland Security Ministry and accuse him of Ostland Security Ministry-like "
        f"methods. Lina Drozd said the count was unfair.{extra}",
    ]


def test_a_body_named_only_as_a_persons_past_is_no_actor(
    corpus_of: Callable[..., Corpus], find: FindActor
) -> None:
    """A ministry named only as where a candidate once served ("a former X officer",
    "his years in the X") and once as what his methods are likened to ("X-like
    methods"), never acting: his past, no party (issue 11); acting once, a party."""
    actors = extract_actors(corpus_of(*_candidate_story()), max_actors=10)
    assert find(actors, "Anton Varek")
    assert find(actors, "Ostland Security Ministry") == []
    acting = _candidate_story(" The Ostland Security Ministry said it would open its files.")
    assert find(extract_actors(corpus_of(*acting), max_actors=10), "Ostland Security Ministry")


@pytest.mark.parametrize(
    "past",
    [
        " Varek worked for the Ostland Security Ministry for years.",
        " Varek served with the Ostland Security Ministry in the south.",
        " Varek joined the Ostland Security Ministry as a student.",
    ],
)
def test_a_body_a_person_once_served_is_no_actor(
    corpus_of: Callable[..., Corpus], find: FindActor, past: str
) -> None:
    """ "Varek worked for X", "served with X", "joined X": where the candidate once
    served, as "a former X officer" is, never acting: no party (issue 11)."""
    actors = extract_actors(corpus_of(*_candidate_story(past)), max_actors=10)
    assert find(actors, "Anton Varek")
    assert find(actors, "Ostland Security Ministry") == []


def test_an_advocacy_group_named_like_a_person_is_a_body(
    corpus_of: Callable[..., Corpus], find: FindActor
) -> None:
    """The model labels "Tenant Watch" a person; a name ending in "Watch" is a group's."""
    text = (
        "Tenants organise\n\nTenant Watch, a group set up by six renters in Marlow last "
        "spring, says it speaks for 400 households. Tenant Watch asked the council on Monday "
        "to cap rents. The council told Tenant Watch it would reply by June. Tenant Watch "
        "said it would keep pressing.\n"
    )
    (group,) = find(extract_actors(corpus_of(text), max_actors=20), "Tenant Watch")
    assert group.type == "organisation"


MINISTER = """Ferry talks stall

Foreign Minister Rudi Manatas doubted that the island council meant to sign. Manatas said the \
ferry reports were untrue. Manatas said the council had walked out twice before. Manatas said \
his ministry would wait. Envoy Ines Kalvaris said the talks would go on.
"""


def test_a_titled_surname_the_tagger_reads_as_a_plural_is_one_person(
    corpus_of: Callable[..., Corpus], find: FindActor
) -> None:
    # The tagger reads "Manatas" as a plural noun in three of four mentions; a title
    # before the full name says one person.
    assert find(extract_actors(corpus_of(MINISTER), max_actors=10), "Rudi Manatas")
