"""Bare denials: "Korvia denies the allegation." shown after the charge it answers."""

from __future__ import annotations

import time

from briefing.compose.bare_denials import charged_deed, find_bare_denials
from briefing.model import Corpus
from tests.compose.conftest import articles

# Story sentences every invented article shares, so that the pairs are about the story.
_STORY = "Border tension rose between Korvia and Almeth over the smuggling of river grain. "


def corpus(*texts: str) -> Corpus:
    return articles(*(_STORY + t for t in texts), date=None, entities=False)


def test_a_bare_denial_is_shown_after_the_charge_next_to_it_with_the_deed():
    found = find_bare_denials(
        corpus(
            "Korvia denies the allegation. Almeth has long accused Korvia of smuggling river "
            "grain across the border, which Almeth says cost it millions.",
            "The border crossings stayed open on Tuesday.",
        ),
        set(),
    )
    assert [d.topic for d in found] == [
        "Disputed (one source reports both sides): Korvia denies the allegation "
        "[of smuggling river grain across the border]."
    ]
    assert [c.text for c in found[0].claims] == [
        "Almeth has long accused Korvia of smuggling river grain across the border, which "
        "Almeth says cost it millions.",
        "Korvia denies the allegation.",
    ]


def test_the_charge_of_another_article_must_tell_what_the_denials_context_does():
    warned = (
        "Almeth warned that it would not let Korvia go on smuggling river grain. "
        "Korvia has flatly rejected the charges, calling them a smear."
    )
    charge = "Almeth has accused Korvia of smuggling river grain through the marshes."
    found = find_bare_denials(corpus(warned, charge), set())
    assert [d.topic for d in found] == [
        "Disputed: Korvia has flatly rejected the charges [of smuggling river grain through "
        "the marshes], calling them a smear."
    ]
    assert [c.sources for c in found[0].claims] == [[2], [1]]
    # another charge against the party, of another deed, answers nothing
    other = "Almeth has accused Korvia of holding two fishing boats."
    assert find_bare_denials(corpus(warned, other), set()) == []


NO_PAIR = [
    # a pronoun names nobody
    ("Almeth accused Korvia of smuggling river grain. He denied the allegation.",),
    # a denial saying what it denies is no bare one ("denied the charge that …")
    ("Almeth accused Korvia of smuggling river grain. Korvia denied the charge that it "
     "smuggled grain.",),
    # the charge is told in doubt, or against another party
    ("Almeth asked whether Korvia was accused of smuggling river grain. Korvia denied the "
     "allegation.",),
    ("Almeth accused Tesh of smuggling river grain. Korvia denied the allegation.",),
    # the charge is too far before it in its article
    ("Almeth accused Korvia of smuggling river grain. The grain price rose. Boats were "
     "held. Rain fell on the port. Korvia denied the allegation.",),
    # the allegation is told just before it, by what someone says; or the charge after it
    # is history of its own date: another charge than the one denied
    ("Almeth says Korvia hid the grain barges from inspectors. Korvia denies the "
     "allegation. A court convicted Korvia of tax fraud.",),
    ("Inspectors found grain barges hidden in a Korvia dock. Korvia denies the "
     "allegation. In 2019 a court convicted Korvia of tax fraud.",),
    # a word before the noun the charge does not hold ("the bribery charges")
    ("Almeth accused Korvia of smuggling river grain. Korvia denied the bribery charges.",),
]  # fmt: skip


def test_no_pair_without_a_named_party_a_bare_denial_or_a_charge_of_fact_near_it():
    for texts in NO_PAIR:
        assert find_bare_denials(corpus(*texts), set()) == [], texts


def test_a_party_is_shown_once_and_not_when_its_denial_is_shown_already():
    text = (
        "Almeth accused Korvia of smuggling river grain. Korvia denied the allegation. "
        "Almeth also accused Korvia of hiding the grain barges. Korvia denied the accusation."
    )
    found = find_bare_denials(corpus(text), set())
    assert [c.text for c in found[0].claims] == [
        "Almeth accused Korvia of smuggling river grain.",
        "Korvia denied the allegation.",
    ]
    assert len(found) == 1
    # a denial of the party shown already (``guilt``'s, or a bare one) is not shown again
    for shown in ("Korvia denies smuggling river grain.", "Korvia denied the allegation."):
        assert find_bare_denials(corpus(text), {shown}) == [], shown
    # a shown charge is not shown again
    shown = {"Almeth accused Korvia of smuggling river grain."}
    assert find_bare_denials(corpus(text), shown) == []


def test_the_deed_is_what_the_charge_tells_after_of_or_with():
    text = "Almeth accused Korvia of smuggling grain, officials said."
    assert charged_deed(text, ["Korvia"]) == "smuggling grain"
    assert charged_deed("Dale Vesey was charged with arson in May.", ["Dale", "Vesey"]) == (
        "arson in May"
    )
    assert charged_deed("Officials said the Guild was behind the fire.", ["Guild"]) is None


def test_many_denials_against_many_charges_are_read_in_linear_time():
    # Each denial finding no charge of its own would read every charge of the story.
    unanswered = "Korvia denied the allegations. The port shut. " * 2_000
    charges = [f"Almeth accused Korvia of theft number{i}." for i in range(2_000)]
    found = corpus(unanswered, " ".join(charges))
    started = time.process_time()
    assert find_bare_denials(found, set()) == []
    assert time.process_time() - started < 2  # CPU seconds


def test_a_deed_runs_to_no_other_sentence_the_splitter_left_joined():
    # A sentence opening on a digit or a CJK name was left joined to the charge: the
    # heading's brackets told another party's denial as the deed.
    glued = "Almeth accused Korvia of smuggling grain in the port. 大港集团 rejected the charges"
    assert charged_deed(glued, ["Korvia"]) is None
    assert charged_deed("Almeth accused Korvia of smuggling grain.3M denied it", ["Korvia"]) is None
    bribed = charged_deed("Almeth accused Korvia of bribing Dr. Vail", ["Korvia"])
    assert bribed == "bribing Dr. Vail"
    assert charged_deed("Almeth accused Korvia of misleading U.S. buyers", ["Korvia"]) == (
        "misleading U.S. buyers"
    )
