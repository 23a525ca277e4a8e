"""Tests for compose.known_people: the people an article named in full, by surname."""

import datetime as dt
import re
from dataclasses import replace
from types import SimpleNamespace

import pytest

from briefing.compose import known_people, word_starts
from briefing.compose.known_people import (
    _GLUED_BEFORE_SAYING,
    _HEAD_AFTER_RE,
    _SAYS_AFTER_RE,
    people_before,
    role_follows,
    titled_elsewhere,
)
from briefing.compose.word_starts import starts
from briefing.lang.names import BODY_HEAD_NOUNS
from briefing.lang.speech import SAYS
from briefing.model import AnalysedDocument, Mention, Sentence

from .conftest import articles


def _people_before_pell(text: str, *persons: str) -> dict[str, dict[str, str]]:
    """``people_before`` the sentence "Pell's lawyer spoke." of ``text``, the tagger having
    read each of ``persons`` as a person's name, at its first place."""
    mentions = [SimpleNamespace(start=text.index(p), label="PERSON", text=p) for p in persons]
    adoc = SimpleNamespace(mentions=mentions, document=SimpleNamespace(text=text))
    return people_before(adoc, SimpleNamespace(start=text.index("Pell's")))


def test_a_verb_opening_a_sentence_is_no_given_name():
    # The entity model may read "Turning Pell over ..." as a person "Turning Pell".
    text = "It was hard. Turning Pell over was hard. Mayor Tom Pell agreed. Pell's lawyer spoke."
    people = _people_before_pell(text, "Turning Pell", "Tom Pell")
    assert people == {"Pell": {"Tom Pell": "Mayor Tom Pell"}}


def _tagged(text: str, *tagged: tuple[str, str]) -> AnalysedDocument:
    """``text`` analysed, its tagger having read only each (words, label), at its first place."""
    (adoc,) = articles(text).docs
    mentions = []
    for words, label in tagged:
        at = text.index(words)
        index = next(s.index for s in adoc.sentences if s.start <= at < s.end)
        mentions.append(Mention(words, label, at, at + len(words), index))
    return replace(adoc, mentions=mentions)


def _at(adoc: AnalysedDocument, start: str) -> Sentence:
    return next(s for s in adoc.sentences if s.text.startswith(start))


def test_a_full_name_tagged_no_person_is_one_when_its_surname_alone_speaks() -> None:
    text = (
        "Runway checks were late, Paul-Louis Brevanne, head of the inquiry, said Friday. "
        "Brevanne said a drill had interfered. Brevanne's report is due in May."
    )
    adoc = _tagged(text, ("Paul-Louis Brevanne", "ORG"))
    lead = _at(adoc, "Brevanne's")
    assert list(people_before(adoc, lead)) == ["Brevanne"]


def test_a_full_name_tagged_no_person_is_one_when_its_surname_alone_is_a_person() -> None:
    text = "The two were Tomas Quill and Anzel Orrin. Quill and Orrin were both 17. Orrin wept."
    adoc = _tagged(text, ("Anzel Orrin", "ORG"), ("Orrin were", "PERSON"))
    adoc.mentions[1] = replace(adoc.mentions[1], text="Orrin", end=adoc.mentions[1].start + 5)
    lead = _at(adoc, "Orrin wept")
    assert list(people_before(adoc, lead)) == ["Orrin"]


def test_a_body_tagged_so_stays_no_person() -> None:
    text = (
        "Marlow Ferries cut its crossings. A spokesman for Dow Vantell said prices rose. "
        "Dow Vantell said more. Ferries said nothing. The Vantell Plant closed."
    )
    adoc = _tagged(
        text, ("Marlow Ferries", "ORG"), ("Dow Vantell", "ORG"), ("The Vantell Plant", "ORG")
    )
    # "Dow Vantell said": never alone; "The Vantell Plant": a body's words. "Ferries said"
    # alone would make "Marlow Ferries" a person: that is what a wrong tag costs.
    people = people_before(adoc, _at(adoc, "The Vantell"))
    assert "Vantell" not in people
    # "Dow" named alone: a body's first word, whatever "Vantell" alone is.
    text = "Dow Vantell cut jobs. Dow said so. Vantell said more. It was late."
    adoc = _tagged(text, ("Dow Vantell", "ORG"), ("Dow said", "ORG"))
    adoc.mentions[1] = replace(adoc.mentions[1], text="Dow", end=adoc.mentions[1].start + 3)
    assert people_before(adoc, _at(adoc, "It was")) == {}
    # "El Qamra", its "Qamra" once read as a person: an article and a plant's name.
    text = "Missiles hit El Qamra at dawn. Qamra was empty. The Qamra plant made pills. It burned."
    adoc = _tagged(text, ("El Qamra", "ORG"), ("Qamra was", "PERSON"))
    adoc.mentions[1] = replace(adoc.mentions[1], text="Qamra", end=adoc.mentions[1].start + 5)
    assert people_before(adoc, _at(adoc, "It burned")) == {}


def test_a_surname_written_with_an_arabic_article_is_keyed_without_it_too() -> None:
    text = "Planning Minister Samir al-Qaddar met the inspectors. Qaddar said little."
    adoc = _tagged(text, ("Samir al-Qaddar", "PERSON"))
    people = people_before(adoc, _at(adoc, "Qaddar said"))
    assert (
        people["Qaddar"]
        == people["al-Qaddar"]
        == {"Samir al-Qaddar": "Planning Minister Samir al-Qaddar"}
    )


def test_a_role_right_after_a_name() -> None:
    assert role_follows("Tarvel, the transport minister, said so.", len("Tarvel"))
    assert role_follows("said Tarvel, director of the Marlow bureau.", len("said Tarvel"))
    assert not role_follows("Tarvel, who chairs it, said so.", len("Tarvel"))
    assert not role_follows("Tarvel said so, the paper reported.", len("Tarvel"))
    assert not role_follows("Tarvel, Osgood and Pell, said so.", len("Tarvel"))


@pytest.mark.parametrize(
    "text",
    [
        "Dow-Hale said it. Hale said so.",
        "O'Hale said it, and _Hale said it, then Hale  told us.",
        "The Hale plant closed; Hales said nothing.",
        "Hale\nsaid it",
        "Hale saidly",
        "ÉHale said. Hale argues.",
    ],
)
@pytest.mark.parametrize("direct", [0, word_starts.DIRECT_SEARCHES])
def test_a_surname_is_found_as_the_patterns_per_name_found_it(text, direct, monkeypatch):
    # Where the body head and the speaking verb are looked for after a surname: the
    # starts the patterns compiled per surname found, without compiling them, whether
    # the text is searched or its words indexed (``direct`` 0).
    monkeypatch.setattr(word_starts, "DIRECT_SEARCHES", direct)
    heads = "|".join(sorted(BODY_HEAD_NOUNS))
    said = "|".join(SAYS)
    assert any(_HEAD_AFTER_RE.match(text, at + len("Hale")) for at in starts("Hale", text)) == bool(
        re.search(rf"\bHale\s+(?:{heads})\b", text)
    )
    assert [
        at
        for at in starts("Hale", text, _GLUED_BEFORE_SAYING)
        if _SAYS_AFTER_RE.match(text, at + len("Hale"))
    ] == [m.start() for m in re.finditer(rf"(?<![\w'’.-])Hale\s+(?:{said})\b", text)]


def test_a_name_tagged_no_persons_is_weighed_once_however_often_tagged(monkeypatch):
    # Whether "Olan Marlow", tagged an organisation, is a person reads the whole text: a
    # long article tagging it at every mention must not read it once a mention.
    text = "Olan Marlow spoke. " * 5 + "Marlow said so. Then Olan Marlow left."
    (adoc,) = articles(text).docs
    tagged = [(m.start(), m.end(), "ORG") for m in re.finditer("Olan Marlow", text)]
    at = text.index("Marlow said")
    tagged.append((at, at + len("Marlow"), "PERSON"))
    mentions = [
        Mention(
            text[a:b], label, a, b, next(s.index for s in adoc.sentences if s.start <= a < s.end)
        )
        for a, b, label in tagged
    ]
    adoc = replace(adoc, mentions=mentions)
    calls = []
    real = known_people._person_by_use

    def counted(*args):
        calls.append(args[1])
        return real(*args)

    monkeypatch.setattr(known_people, "_person_by_use", counted)
    found = people_before(adoc, _at(adoc, "Then"))
    assert found == {"Marlow": {"Olan Marlow": "Olan Marlow"}}
    assert calls == ["Olan Marlow"]


def test_a_possessive_read_as_a_person_is_no_name():
    # The entity model may tag a lone "’s" a person; with its possessive cut nothing is
    # left, and reading its first word failed the digest (IndexError).
    text = "The quay’s owner spoke. Mayor Tom Pell agreed. Pell's lawyer spoke."
    people = _people_before_pell(text, "’s", "Tom Pell")
    assert people == {"Pell": {"Tom Pell": "Mayor Tom Pell"}}


def test_an_articles_names_are_read_once_however_many_sentences_ask(monkeypatch) -> None:
    # Digests, timeline entries and statements each ask of their own sentence; the names
    # were read again for each: 34 CPU s for an article of 2,500 named sentences.
    text = " ".join(f"Ona Vell{i} of Dorrow Ferries said it sailed." for i in range(40))
    mentions = [
        SimpleNamespace(start=m.start(), end=m.end(), label="ORG", text=m.group(0))
        for m in re.finditer(r"Ona Vell\d+", text)
    ]
    adoc = SimpleNamespace(mentions=mentions, document=SimpleNamespace(text=text), parse=None)
    asked = []
    read = known_people._person_by_use
    monkeypatch.setattr(
        known_people, "_person_by_use", lambda *args: asked.append(args[1]) or read(*args)
    )
    for m in mentions:
        people_before(adoc, SimpleNamespace(start=m.start)).get("Vell3", {})
    assert len(asked) == len(mentions)  # once a name, not once a name and sentence


def test_of_names_alike_the_longest_of_each_first_and_last_word_is_kept() -> None:
    text = (
        "Dana Lee Roy Garvin came. Dana Garvin left. Dana Lee Garvin spoke. "
        "Tam Garvin stayed. Tam Ezra Garvin sat. Garvin's lawyer spoke."
    )
    mentions = [
        SimpleNamespace(start=text.index(p), end=text.index(p) + len(p), label="PERSON", text=p)
        for p in (
            "Dana Lee Roy Garvin",
            "Dana Garvin",
            "Dana Lee Garvin",
            "Tam Garvin",
            "Tam Ezra Garvin",
        )  # fmt: skip
    ]
    adoc = SimpleNamespace(mentions=mentions, document=SimpleNamespace(text=text), parse=None)
    people = people_before(adoc, SimpleNamespace(start=text.index("Garvin's")))
    assert list(people["Garvin"]) == ["Dana Lee Roy Garvin", "Tam Ezra Garvin"]


@pytest.mark.parametrize(
    ("text", "titled"),
    [
        (
            "The board is run by executive director Anna Merle of Varnia. Merle said so.",
            "executive director Anna Merle",
        ),
        (
            "The order was founded by the poet and spiritual leader Tomas Varel. Varel wrote.",
            "spiritual leader Tomas Varel",
        ),
        (
            "The plan angered opposition leader Ruth Calder. Calder spoke.",
            "opposition leader Ruth Calder",
        ),
        (
            "The plan angered the former longtime party leader Ruth Calder. Calder spoke.",
            "Ruth Calder",
        ),
        ("The plan was backed by Governor Ruth Calder. Calder spoke.", "Governor Ruth Calder"),
    ],
)
def test_a_lower_case_title_keeps_its_modifiers_or_is_left_out(text: str, titled: str) -> None:
    # A title cut to its last word ("[leader Ruth Calder]", "[director Anna Merle]")
    # tells less than the name alone and reads as a different post.
    name = titled.split()[-2] + " " + titled.split()[-1]
    adoc = _tagged(text, (name, "PERSON"))
    surname = name.split()[-1]
    later = next(s for s in adoc.sentences if s.text.startswith(surname))
    assert people_before(adoc, later)[surname] == {name: titled}


def test_without_a_parse_a_lower_case_title_after_a_modifier_is_left_out() -> None:
    text = "It was late. The chair and opposition leader Tom Pell agreed. Pell's lawyer spoke."
    at = text.index("Tom Pell")
    mention = SimpleNamespace(start=at, end=at + 8, label="PERSON", text="Tom Pell")
    adoc = SimpleNamespace(mentions=[mention], document=SimpleNamespace(text=text), parse=None)
    people = people_before(adoc, SimpleNamespace(start=text.index("Pell's")))
    assert people == {"Pell": {"Tom Pell": "Tom Pell"}}


@pytest.mark.parametrize(
    ("text", "noted"),
    [
        (
            "Hours before, the Varnian finance minister, Ruth Calder, gave a speech. "
            "Calder spoke of the budget.",
            "Ruth Calder, Varnian finance minister",
        ),
        (
            "Ruth Calder, former Marlow County party chairman and a donor to its causes, "
            "applied for a permit. Calder was fined.",
            "Ruth Calder, former Marlow County party chairman",
        ),
        # A bare office does not say whose; a clause is no role.
        ("The chairman, Ruth Calder, spoke. Calder was fined.", "Ruth Calder"),
        ("Ruth Calder, who was mayor and judge, spoke. Calder was fined.", "Ruth Calder"),
    ],
)
def test_a_role_written_beside_the_name_where_the_parse_reads_none(text: str, noted: str):
    # A note of the name alone ("Calder [Ruth Calder]") does not say who the person is.
    adoc = _tagged(text, ("Ruth Calder", "PERSON"))
    later = next(s for s in adoc.sentences if s.text.startswith("Calder"))
    assert people_before(adoc, later)["Calder"] == {"Ruth Calder": noted}


def test_a_title_from_the_nearest_article_and_none_when_two_tie() -> None:
    titles = {
        "Ann Hale": [
            (100, 0, "Gov. Ann Hale"),
            (400, 1, "President Ann Hale"),
            (410, 2, "President Ann Hale"),
            (410, 3, "Senator Ann Hale"),
        ]
    }
    assert titled_elsewhere(titles, "Ann Hale", 5, dt.date.fromordinal(120)) == "Gov. Ann Hale"
    assert titled_elsewhere(titles, "Ann Hale", 5, dt.date.fromordinal(398)) == (
        "President Ann Hale"
    )
    assert titled_elsewhere(titles, "Ann Hale", 5, dt.date.fromordinal(420)) is None  # a tie
    assert titled_elsewhere(titles, "Ann Hale", 0, dt.date.fromordinal(100)) == (
        "President Ann Hale"  # not its own article's
    )
    assert titled_elsewhere(titles, "Jo Pell", 5, None) is None
    written = [(100, 0, "Mayor Jo Pell")]
    assert titled_elsewhere({"Jo Pell": written}, "Jo B. Pell", 1, None) == "Mayor Jo Pell"
