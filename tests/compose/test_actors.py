"""Key actors on small made-up articles: merging, typing, roles, quotes and clutter."""

from __future__ import annotations

import pytest

from briefing.analyse import analyse
from briefing.compose.actors import (
    abbreviates,
    country_name,
    defined_acronyms,
    extract_actors,
    normalise,
)
from briefing.model import Actor, Document, Statement

STORY_1 = """Regulators question Acme over data deal

By Jane Doe
Staff Writer
Font Size:
REUTERS/John Smith

Acme Corporation shared customer records with three phone makers, The Daily Ledger reported \
on Monday. Acme chief executive Mark Zuckerberg said the partnerships had ended. The Federal \
Trade Commission (FTC) is examining whether Acme broke a 2011 settlement.

Virginia Senator Mark Warner, the top Democrat on the Senate Intelligence Committee, said, \
"The news that Acme shared this data raises legitimate concerns about privacy."

"We controlled these integrations from the start and stored nothing on their servers," said \
Francisco Varela, Acme's vice president of mobile partnerships.

Sen. Ron Wyden (D-OR) asked whether the records left the country. Wyden said the company \
must answer. Warner and Wyden both sit on Senate committees. Mark repeated the point later.

Photo: Acme headquarters. CREDIT: PETER PAN / GETTY
"""

STORY_2 = """Acme faces new questions

Mark Zuckerburg apologised on Tuesday. Zuckerberg's company, Acme, said the data stayed on \
the devices. The FTC declined to comment, and the Daily Ledger said its reporting stood.

Acme's chief operating officer, Sheryl Sandberg, testified before the Senate Commerce \
Committee. Sandberg told senators the program was winding down. "We will get back to you as \
quickly as possible," Sandberg said.

John Thune, head of the Senate Commerce Committee, said Acme must be transparent. Thune said \
the committee would hold a hearing. A spokesperson told the Ledger, "The program has ended \
and we are cooperating fully with every inquiry."
"""


def _corpus(*texts: str):
    docs = [Document(f"story{i}.txt", t, title=t.splitlines()[0]) for i, t in enumerate(texts)]
    return analyse(docs, entities=True)


@pytest.fixture(scope="module")
def actors() -> list[Actor]:
    return extract_actors(_corpus(STORY_1, STORY_2), max_actors=30)


def _find(actors: list[Actor], name: str) -> list[Actor]:
    key = name.lower()
    return [a for a in actors if key == a.name.lower() or key in (x.lower() for x in a.aliases)]


def test_surname_full_name_and_misspelling_are_one_actor(actors: list[Actor]) -> None:
    (zuck,) = _find(actors, "Mark Zuckerberg")
    assert zuck.type == "person"
    assert {"Zuckerberg", "Mark Zuckerburg"} <= set(zuck.aliases)
    assert zuck.sources == [1, 2]
    assert _find(actors, "Zuckerburg") == [] or _find(actors, "Zuckerburg") == [zuck]


def test_acronym_title_and_case_variants_merge(actors: list[Actor]) -> None:
    (ftc,) = _find(actors, "Federal Trade Commission")
    assert "FTC" in ftc.aliases
    assert ftc.sources == [1, 2]
    (wyden,) = _find(actors, "Ron Wyden")  # "Sen. Ron Wyden" and "Wyden"
    assert "Wyden" in wyden.aliases
    assert all("Sen." not in a.name for a in actors)


def test_people_sharing_a_first_name_stay_apart(actors: list[Actor]) -> None:
    (warner,) = _find(actors, "Mark Warner")
    (zuck,) = _find(actors, "Mark Zuckerberg")
    assert warner is not zuck
    assert "Warner" not in zuck.aliases and "Zuckerberg" not in warner.aliases


def test_lone_ambiguous_first_name_is_dropped(actors: list[Actor]) -> None:
    assert _find(actors, "Mark") == []
    assert all(len(a.name.split()) > 1 or a.type != "person" for a in actors)


def test_types_are_corrected_with_cues(actors: list[Actor]) -> None:
    # The model tags one "Wyden" as a place and "Warner" as an organisation.
    assert _find(actors, "Ron Wyden")[0].type == "person"
    assert _find(actors, "Mark Warner")[0].type == "person"
    assert _find(actors, "Senate Commerce Committee")[0].type == "government body"
    assert _find(actors, "Acme")[0].type == "organisation"
    assert {a.type for a in actors} <= {
        "person",
        "organisation",
        "government body",
        "country",
        "group",
    }


def test_roles_from_appositions_and_titles(actors: list[Actor]) -> None:
    assert _find(actors, "Mark Warner")[0].role == (
        "top Democrat on the Senate Intelligence Committee"
    )
    assert "vice president of mobile partnerships" in (_find(actors, "Francisco Varela")[0].role)
    assert _find(actors, "John Thune")[0].role == "head of the Senate Commerce Committee"
    assert _find(actors, "Mark Zuckerberg")[0].role == "Acme chief executive"
    assert _find(actors, "Ron Wyden")[0].role == "Senator (D-OR)"


def test_quotes_are_attributed_to_their_speaker(actors: list[Actor]) -> None:
    warner = _find(actors, "Mark Warner")[0]
    assert warner.quote is not None and warner.quote.source == 1
    assert warner.quote.text.startswith("The news that Acme shared this data")
    varela = _find(actors, "Francisco Varela")[0]  # '"...," said Francisco Varela'
    assert varela.quote is not None and "stored nothing" in varela.quote.text
    sandberg = _find(actors, "Sheryl Sandberg")[0]  # '"...," Sandberg said'
    assert sandberg.quote is not None and sandberg.quote.source == 2
    # Indirect speech is no quote, and the listener of "told" is not the speaker.
    assert _find(actors, "Ron Wyden")[0].quote is None
    assert all(a.quote is None for a in _find(actors, "Daily Ledger"))


def test_clutter_never_becomes_an_actor(actors: list[Actor]) -> None:
    names = {a.name.lower() for a in actors} | {x.lower() for a in actors for x in a.aliases}
    for junk in ("jane doe", "john smith", "peter pan", "reuters", "size", "font size", "getty"):
        assert junk not in names
    # An outlet that only credits a report is not a party to the story.
    assert _find(actors, "Daily Ledger") == []
    for a in actors:
        assert not a.name[0].isdigit()


def test_summary_presence_raises_salience() -> None:
    corpus = _corpus(STORY_1, STORY_2)
    plain = [a.name for a in extract_actors(corpus, max_actors=30)]
    target = plain[-1]
    boosted = extract_actors(
        corpus, summary=[Statement(f"{target} is at the centre of it.", [1])], max_actors=30
    )
    assert [a.name for a in boosted].index(target) < plain.index(target)


def test_max_actors_limits_the_list() -> None:
    assert len(extract_actors(_corpus(STORY_1), max_actors=3)) == 3


# --------------------------------------------------------------------------- helpers


def test_normalise_strips_the_and_possessive() -> None:
    assert normalise("The New York Times’s")[1] == "new york times"
    assert normalise("Facebook's")[1] == "facebook"
    assert normalise("U.S.")[1] == "us"
    assert normalise("Netscape Communications Corp.")[1] == "netscape communications"


@pytest.mark.parametrize(
    ("short", "long", "expected"),
    [
        ("ftc", "federal trade commission", True),
        ("nyt", "new york times", True),
        ("aol", "america online", True),
        ("fbi", "federal bureau of investigation", True),
        ("tcl", "federal trade commission", False),
        ("ccp", "chinese government", False),
    ],
)
def test_abbreviates(short: str, long: str, expected: bool) -> None:
    assert abbreviates(short, long.split()) is expected


def test_defined_acronyms() -> None:
    pairs = defined_acronyms(
        [
            "the Kurdistan Workers Party, or PKK, said",
            "the Federal Trade Commission (FTC) said",
            "Sony Music Entertainment, BMG, and others",
        ]
    )
    assert pairs == {("kurdistan workers party", "pkk"), ("federal trade commission", "ftc")}


def test_country_names() -> None:
    assert country_name("us") == "United States"
    assert country_name("america") == "United States"
    assert country_name("france") == "France"
    assert country_name("virginia") is None


def test_bare_surname_from_other_articles_is_not_given_to_a_namesake() -> None:
    """'President Clinton' across several articles is not the 'George Clinton' quoted once."""
    from briefing.analyse import analyse
    from briefing.compose.actors import extract_actors
    from briefing.model import Document

    texts = [
        "President Clinton visited the reservation on Monday. Clinton promised new housing.",
        "Clinton said the federal government would fund new schools on the reservation.",
        "The visit by Clinton drew large crowds, and Clinton spoke for an hour.",
        "George Clinton, a local teacher, said the school roof leaked every winter.",
    ]
    corpus = analyse(
        [Document(location=f"d{i}.txt", text=t) for i, t in enumerate(texts)], entities=True
    )
    actors = {a.name: a for a in extract_actors(corpus, max_actors=10)}
    george = actors.get("George Clinton")
    assert george is None or george.sources == [4]
    assert any(name == "Clinton" and len(a.sources) >= 2 for name, a in actors.items())
