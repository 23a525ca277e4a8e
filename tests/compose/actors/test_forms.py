"""Name forms: normalised keys."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

import pytest

from briefing.analyse import analyse
from briefing.compose.actors import extract_actors
from briefing.compose.actors.clusters import NameForm
from briefing.compose.actors.forms import (
    _written_in,
    article_forms,
    continued_name,
    split_glued,
)
from briefing.model import AnalysedDocument, Corpus, Document, Mention


def _form(key: str, surface: str, label: str, count: int = 1) -> NameForm:
    return NameForm(key, surfaces=Counter({surface: count}), votes=Counter({label: count}))


def test_a_body_run_into_a_persons_name_is_split() -> None:
    """The model reads "Ministry of Water Joseph Nowak" as one organisation."""
    forms = {
        f.key: f
        for f in [
            _form("ministry of water joseph nowak", "Ministry of Water Joseph Nowak", "ORG", 2),
            _form("nowak", "Nowak", "PERSON"),
            _form("ministry of water", "Ministry of Water", "ORG"),
        ]
    }
    split_glued(forms)
    assert "ministry of water joseph nowak" not in forms
    assert forms["ministry of water"].surfaces["Ministry of Water"] == 3
    assert forms["joseph nowak"].votes["PERSON"] > 0
    assert forms["joseph nowak"].surfaces["Joseph Nowak"] == 2


def test_a_title_between_body_and_person_belongs_to_neither() -> None:
    forms = {
        f.key: f
        for f in [
            _form("water board chairman anna berg", "Water Board Chairman Anna Berg", "ORG"),
            _form("anna berg", "Anna Berg", "PERSON"),
        ]
    }
    split_glued(forms)
    assert set(forms) == {"water board", "anna berg"}


@pytest.mark.parametrize(
    "name",
    [
        "Robert Wood Johnson Foundation",  # a body named after a person: no body word first
        "Ministry of Water Resources Development",  # no person's name at the end
        "Bank of Joseph Nowak",  # the body's name ends with "of": the person is its name
    ],
)
def test_body_names_that_are_not_glued_stay_whole(name: str) -> None:
    key = name.lower()
    forms = {key: _form(key, name, "ORG"), "nowak": _form("nowak", "Nowak", "PERSON")}
    forms["johnson"] = _form("johnson", "Johnson", "PERSON")
    split_glued(forms)
    assert key in forms


def test_a_body_run_into_a_name_found_nowhere_else_is_split() -> None:
    """No other mention of the person: the body's name is written alone elsewhere and the
    words after it read as a name (capitalised, never written in lower case)."""
    glued = "Ministry of Health Dawit Alemu"
    forms = {
        f.key: f
        for f in [
            _form(glued.lower(), glued, "ORG"),
            _form("ministry of health", "Ministry of Health", "ORG", 2),
        ]
    }
    split_glued(forms, ["The Ministry of Health said on Monday that clinics were open."])
    assert set(forms) == {"ministry of health", "dawit alemu"}
    assert forms["dawit alemu"].votes["PERSON"] > 0


def test_a_body_run_into_a_name_whose_surname_is_written_alone_is_split() -> None:
    """The body is never written alone, but the texts name the person by the surname."""
    glued = "Ministry of Health Dawit Alemu"
    forms = {
        f.key: f for f in [_form(glued.lower(), glued, "ORG"), _form("alemu", "Alemu", "PERSON", 3)]
    }
    split_glued(forms, ["Alemu said on Monday that clinics were open."])
    assert set(forms) == {"ministry of health", "dawit alemu", "alemu"}


@pytest.mark.parametrize(
    ("name", "texts"),
    [
        # Its last words are written in lower case: a part of the body, no one's name.
        ("Institute of Health Clinical Trials", "the clinical trials of the Institute"),
        ("Institute of Health Grant Office", "no text"),  # a body's word, no name
        ("Institute of Health Dawit Alemu", "no text"),  # the body is never written alone
    ],
)
def test_a_body_name_with_no_person_after_it_stays_whole(name: str, texts: str) -> None:
    forms = {
        name.lower(): _form(name.lower(), name, "ORG"),
        "institute of health": _form("institute of health", "Institute of Health", "ORG"),
    }
    if "Dawit" in name:
        del forms["institute of health"]
    split_glued(forms, [texts])
    assert name.lower() in forms


def test_the_first_words_of_a_title_are_no_actor_and_no_alias() -> None:
    texts = [
        "The outbreak spread on Monday, doctors said. Navy Capt. John Arden said the ship "
        "was ready, and the Navy sent two more ships. Valley Provincial Commissioner Ali "
        "Juma said schools would close.",
        "Ali Juma said on Tuesday that schools would stay closed. John Arden said the Navy "
        "would stay.",
    ]
    written = _written(texts)
    assert {"Ali Juma", "John Arden"} <= written
    assert not {w for w in written if w.endswith(("Capt", "Provincial"))}


POLICE = """Teen held in shooting

Lakewood police arrested a 17-year-old on Monday. Lakewood's police said the boy had a \
gun. The suspect, Tom Vell, denied the charges. Lakewood Police said more arrests would \
follow. Chief Ann Kolb said Lakewood police had worked all night.
"""


def test_a_places_police_is_the_police_force_not_the_place(
    corpus_of: Callable[..., Corpus],
) -> None:
    actors = extract_actors(corpus_of(POLICE), max_actors=10)
    names = {a.name: a for a in actors}
    assert names["Lakewood Police"].type == "government body"
    assert "Lakewood" not in names  # "Lakewood's police said" is no act of the town


CUT = (
    "Delegates met in Vienna on Monday. The United Nations Commission on Narcotic Trade and "
    "Maritime\nSafety (CNTMS) opened its session, and the CNTMS said it would hear 40 "
    "countries. Ann Lo, who chairs the CNTMS, spoke first."
)


def test_a_body_name_cut_before_its_acronym_is_made_whole() -> None:
    start = CUT.index("The United")
    end = CUT.index(" and Maritime")
    assert continued_name(CUT, start, end) == (
        "United Nations Commission on Narcotic Trade and Maritime Safety"
    )
    assert continued_name(CUT, start, CUT.index(" (CNTMS)")) is None  # nothing was cut
    other = "The Harbor Board and Pilots (XYZ) met."
    assert continued_name(other, 0, other.index(" and")) is None  # the acronym does not fit
    # A bare comma before the letters makes no definition ("..., CNTMS, ..." may list).
    listed = CUT.replace(" (CNTMS) opened", ", CNTMS, opened")
    assert continued_name(listed, start, end) is None


def test_a_title_word_that_ends_a_made_whole_body_name_is_kept() -> None:
    # The model stopped before "General"; the acronym shows the word is the body's own,
    # not the title of a person named next.
    text = "The Office of the Auditor General (OAG) said on Monday that the port lost money."
    start, end = text.index("Office"), text.index(" General")
    doc = AnalysedDocument(
        Document(location="a.txt", text=text),
        mentions=[Mention(text[start:end], "ORG", start, end, 0)],
    )
    ((_, key, surface, _, _, front, *_),) = article_forms(doc)
    assert (key, surface, front) == (
        "office of the auditor general",
        "Office of the Auditor General",
        False,
    )


def test_a_cut_body_name_and_its_acronym_are_one_actor() -> None:
    texts = [CUT, "The CNTMS adopted a report on Friday. The CNTMS asked for money, Ann Lo said."]
    docs = [Document(location=f"d{i}.txt", text=t, title=f"T{i}") for i, t in enumerate(texts)]
    actors = extract_actors(analyse(docs, entities=True), max_actors=10)
    (body,) = [a for a in actors if "CNTMS" in [a.name, *a.aliases]]
    assert body.name == "United Nations Commission on Narcotic Trade and Maritime Safety"
    assert not [a for a in actors if "Narcotic Trade" in a.name and a is not body]


def _actors_of(name: str) -> list[tuple[str, str]]:
    texts = [
        f"{name} told reporters the plant cost $20 million.",
        f"The plant opened Monday, according to {name}.",
        f"{name} said 3,000 homes would get power from the plant.",
        f"The solar plant in the desert was built by a German firm, {name} said.",
    ]
    docs = [
        Document(location=f"d{i}.txt", text=t + " The plant is the largest.", title=f"T{i}")
        for i, t in enumerate(texts)
    ]
    return [(a.name, a.type) for a in extract_actors(analyse(docs, entities=True), max_actors=10)]


def test_an_office_glued_to_two_name_words_is_split_though_neither_is_written_alone() -> None:
    assert _actors_of("Ministry of National Waterworks Daniel Abera") == [
        ("Ministry of National Waterworks", "government body"),
        ("Daniel Abera", "person"),
    ]


@pytest.mark.parametrize(
    "name", ["University of California Los Angeles", "Agency for International Development"]
)
def test_a_body_name_that_only_looks_glued_stays_whole(name: str) -> None:
    assert [n for n, _ in _actors_of(name)] == [name]


def test_a_run_longer_than_a_name_before_an_acronym_is_not_one_name() -> None:
    text = "The Alpha Beta " + "of " * 15 + "Gamma (ABG) met."
    assert continued_name(text, 4, 4 + len("Alpha Beta")) is None  # 18 words: no one name
    short = "The Alpha Beta of Gamma (ABG) met."
    assert continued_name(short, 4, 4 + len("Alpha Beta")) == "Alpha Beta of Gamma"


def test_an_office_glued_to_three_name_words_is_split_at_the_office() -> None:
    """'Ministry of Water <First> <Father's> <Grandfather's name>', which the model also
    cuts inside the person's name in two of the four texts."""
    assert set(_actors_of("Ministry of Water Wondimu Tekle Gebre")) == {
        ("Ministry of Water", "government body"),
        ("Wondimu Tekle Gebre", "person"),
    }


def test_a_portfolio_word_closes_the_office_never_opens_the_person() -> None:
    assert set(_actors_of("Ministry of Health and Social Welfare Dawit Alemu")) == {
        ("Ministry of Health and Social Welfare", "government body"),
        ("Dawit Alemu", "person"),
    }


def test_a_body_name_cut_at_a_paragraph_break_before_a_title_word_is_whole() -> None:
    """The model runs the name across the break; the sentence splitter cuts it before
    'Justice', a word that is also a judge's title. The acronym after it spells it."""
    texts = [
        "Delegates met in Vienna on Monday. The United Nations Commission on Harbour "
        "Policy and Maritime\n\nJustice (CHPMJ) opened its session. The CHPMJ said "
        "40 countries had signed.\n\nOfficials of the CHPMJ said the talks would last a week.",
        "The CHPMJ adopted a resolution on Friday, and Ruth Adler of the CHPMJ said the "
        "vote was close.",
    ]
    docs = [Document(location=f"d{i}.txt", text=t, title=f"T{i}") for i, t in enumerate(texts)]
    actors = extract_actors(analyse(docs, entities=True), max_actors=10)
    name = "United Nations Commission on Harbour Policy and Maritime Justice"
    (body,) = [a for a in actors if a.name == name]
    assert "CHPMJ" in body.aliases
    assert not [a for a in actors if a.name == "CHPMJ" or a.name.endswith("Maritime")]


@pytest.mark.parametrize(
    "word", ["resources", "water", "o'brien", "jean-paul", "a.", "ministry", "res", "sources"]
)
def test_written_in_answers_as_a_whole_word_search(word: str) -> None:
    texts = [
        "Water resources were low; o'brien and Jean-Paul met.",
        "The Ministry said so (a.b) and ré_sources_x, straße.",
    ]
    expected = re.search(rf"\b{re.escape(word)}\b", "\n".join(texts)) is not None
    assert _written_in(word, texts) is expected
    assert _written_in(word, [*texts, "x"]) is expected  # other texts, asked afresh


def test_a_clergy_title_is_no_part_of_the_name(corpus_of: Callable[..., Corpus]) -> None:
    actors = extract_actors(
        corpus_of(
            "Rabbi Tobias Wendler said the young want meaning. Wendler leads a small "
            "congregation, and Wendler said attendance had doubled since March."
        ),
        max_actors=10,
    )
    assert [a.name for a in actors if "Wendler" in a.name] == ["Tobias Wendler"]


SHUTTLE = """Shuttle mission

The crew of the Zefira lifted off on Friday, said mission chief Tom Harlan. Aboard \
Zefira are two tonnes of food and a new air filter. Harlan said the crew was ready. \
Aboard Zefira the crew slept well.
"""


def test_a_preposition_opening_a_sentence_is_no_part_of_a_name(
    corpus_of: Callable[..., Corpus],
) -> None:
    # The model runs a sentence's first word "Aboard" into the name after it.
    actors = extract_actors(corpus_of(SHUTTLE, SHUTTLE), max_actors=10)
    assert [a.name for a in actors if a.name.lower().startswith("tom")] == ["Tom Harlan"]
    assert not [n for a in actors for n in [a.name, *a.aliases] if n.startswith("Aboard")]


def test_a_body_name_the_model_cut_before_its_head_noun_is_one_form() -> None:
    """'the Springfield Housing and | Shelter Network': the model's body stops at "and"
    and takes the rest for a person; the form is the whole name, and its rest no other."""
    text = (
        "Shelters fill up\n\nAnn Lee of the Springfield Housing and Shelter Network said "
        "demand was rising. The city will open two more shelters."
    )
    corpus = analyse([Document(location="d.txt", text=text)], entities=True)
    keys = {row[1] for row in article_forms(corpus.docs[0]) if row[0] == "f"}
    assert "springfield housing and shelter network" in keys
    assert not keys & {"springfield housing", "shelter network"}


STRIKE = """Nurses strike in Velmora

Nurses at the Valley Provincial General Hospital walked out on Monday, union official Mary \
Atieno said. Patients were sent to the Kilindi Teaching and Referral Hospital, whose director, \
Omar Said, said beds were short. The Kilindi Teaching and Referral Hospital has 200 beds. \
The Valley Provincial General Hospital said it would hire more nurses.
"""


def test_the_last_words_of_a_longer_name_are_no_actor(corpus_of: Callable[..., Corpus]) -> None:
    # The model reads "Referral Hospital" of "the Kilindi Teaching and Referral Hospital",
    # which the article never writes alone. (The Valley hospital acts once: named only as
    # where the nurses work it would be a setting, no actor.)
    actors = extract_actors(corpus_of(STRIKE, STRIKE), max_actors=10)
    written = {n for a in actors for n in [a.name, *a.aliases]}
    assert {"Mary Atieno", "Valley Provincial General Hospital"} <= written
    assert "Referral Hospital" not in written


def test_the_first_words_of_a_places_name_are_no_body() -> None:
    texts = [
        "Corvalla International Airport opened on Monday. The Harbour Authority said the "
        "first flight landed at Corvalla International Airport at noon. Mira Tallis, the "
        "authority's head, said more flights would follow.",
        "Planes flew out of Corvalla International on Tuesday. Mira Tallis said Corvalla "
        "International Airport would stay open at night. The Harbour Authority agreed.",
    ]
    written = _written(texts)
    assert "Mira Tallis" in written
    assert not {w for w in written if w.startswith("Corvalla")}, written


def _written(texts: list[str]) -> set[str]:
    """The names and aliases of the key actors of ``texts``, one article each."""
    corpus = analyse(
        [Document(location=f"d{i}.txt", text=t) for i, t in enumerate(texts)], entities=True
    )
    return {n for a in extract_actors(corpus, max_actors=10) for n in [a.name, *a.aliases]}


def test_a_capitalised_an_inside_a_sentence_is_a_name(corpus_of: Callable[..., Corpus]) -> None:
    """ "took An Lin": "An" written with a capital mid-sentence is a family name, not
    the article; the person is An Lin, never a bare "Lin"."""
    text = (
        "Activist held\n\nOfficers took An Lin to the station on Monday. The officers asked "
        "An Lin for the names of the members, but An Lin refused.\n"
    )
    actors = extract_actors(corpus_of(text), max_actors=20)
    assert [a.name for a in actors if "Lin" in a.name.split()] == ["An Lin"]
