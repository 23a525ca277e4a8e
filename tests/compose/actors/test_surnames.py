"""A bare surname is the namesake written out before it in its article, not the owner."""

from __future__ import annotations

from collections import Counter

from briefing.analyse import analyse
from briefing.compose.actors import extract_actors
from briefing.compose.actors.clusters import Cluster, NameForm
from briefing.compose.actors.surnames import LastFullName, SurnameOwners
from briefing.model import Actor, Document

# "Chris Varden" owns the story's "Varden"; the third article writes out only his
# namesake, a teacher, and quotes her as "Varden".
TEXTS = [
    "Senator Chris Varden opened the hearing on the school bill on Monday. Varden said "
    "the bill was fair. Varden asked the board to vote. Varden will hold a second hearing.",
    "Chris Varden met the school board in Lorvik on Tuesday. Varden said the board had "
    "agreed, and Varden thanked the teachers. Varden left for the capital.",
    "Senator Chris Varden won the vote on Wednesday. Chris Varden said the bill would "
    "become law in May. Varden thanked his staff.",
    "Critics of Chris Varden marched in Lorvik on Thursday. Varden did not meet them.",
    "Teachers in Lorvik are divided over the bill. Ann Varden, who teaches biology at "
    'Lorvik High School, said she would not change her lessons. "I teach what the '
    'science says," Varden said. Varden has taught in Lorvik for 20 years.',
]


def _actors(texts: list[str]) -> dict[str, Actor]:
    corpus = analyse(
        [Document(location=f"d{i}.txt", text=t) for i, t in enumerate(texts)], entities=True
    )
    return {a.name: a for a in extract_actors(corpus, max_actors=10)}


def test_a_bare_surname_after_a_namesakes_full_name_is_the_namesakes() -> None:
    actors = _actors(TEXTS)
    owner = actors["Chris Varden"]
    assert owner.sources == [1, 2, 3, 4], sorted(actors)
    assert owner.quote is None or "science" not in owner.quote.text
    teacher = actors["Ann Varden"]
    assert teacher.mentions == 3  # her full name and the two "Varden" after it


def test_the_owner_written_out_in_the_article_keeps_the_surname() -> None:
    texts = [
        *TEXTS[:4],
        TEXTS[4].replace("Teachers in", "Chris Varden's bill divides teachers in"),
    ]
    actors = _actors(texts)
    assert actors["Chris Varden"].sources == [1, 2, 3, 4, 5]
    assert actors["Ann Varden"].mentions == 1


def _cluster(key: str, **votes: int) -> Cluster:
    form = NameForm(key, surfaces=Counter({key.title(): 2}), votes=Counter(votes))
    return Cluster(forms=[form])


def test_titles_and_shared_sentences_keep_the_owner() -> None:
    clusters = [_cluster(k, PERSON=3) for k in ("chris varden", "ann varden", "ron varden")]
    clusters[1].forms[0].genders[0, "f"] = 3
    owners = SurnameOwners(clusters)
    text = "Ann Varden spoke. Varden left."
    last = LastFullName(owners, text)
    last.see("Ann Varden", 1, 0, 11)
    assert last.owner("Varden", 0, "") == 1
    assert last.owner("Varden", 0, "mr") == 0  # not her
    assert last.owner("Varden", -1, "") == -1  # nobody's stays nobody's
    both = LastFullName(owners, "Ron Varden and Ann Varden met. Varden left.")
    both.see("Ron Varden", 2, 0, 10)
    both.see("Ann Varden", 1, 15, 26)
    assert both.owner("Varden", 0, "") == -1  # two namesakes in one sentence: nobody's


def test_a_misspelt_or_longer_full_name_of_the_owner_is_no_namesake() -> None:
    keys = ("gennady varden", "gennadi varden", "activist gennady varden", "ann varden")
    owners = SurnameOwners([_cluster(k, PERSON=3) for k in keys])
    for other in (1, 2):
        last = LastFullName(owners, "")
        last.see(keys[other].title(), other, 0, 10)
        assert last.owner("Varden", 0, "") == 0
    last = LastFullName(owners, "")
    last.see("Ann Varden", 3, 0, 10)
    assert last.owner("Varden", 0, "") == 3


# Two people of the story written out with one surname: a bare "Harrow" in an article that
# writes out neither is nobody's, unless a title only one of them holds says whose.
RIVALS = [
    "President Tom Harrow signed the harbour bill on Monday. Tom Harrow said the bill "
    "would fund 300 ferries. Harrow said the money was there.",
    "President Tom Harrow praised the council. Tom Harrow said he would visit Marlow. "
    "Later Tom Harrow met the mayor, Ann Brandt.",
    "Senator Jane Harrow attacked the harbour bill on Tuesday. Jane Harrow said the "
    "ferries would cost too much. Harrow said Brandt was wrong.",
    "Harrow said on Wednesday that the ferries were too costly. Ann Brandt said the "
    "council would pay.",
    "President Harrow said on Thursday that the ferries would sail. Ann Brandt said the "
    "council would pay.",
]


def test_a_bare_surname_two_people_share_is_neithers_without_evidence() -> None:
    actors = _actors(RIVALS)
    assert actors["Tom Harrow"].sources == [1, 2, 5]  # "President Harrow": only he is one
    assert actors["Jane Harrow"].sources == [3]


def test_a_title_decides_between_rivals() -> None:
    clusters = [_cluster(k, PERSON=3) for k in ("tom harrow", "jane harrow")]
    clusters[0].forms[0].titles["president"] += 1
    clusters[1].forms[0].titles["senator"] += 1
    clusters[0].forms[0].genders[0, "m"] = 3
    clusters[1].forms[0].genders[0, "f"] = 3
    last = LastFullName(SurnameOwners(clusters), "Harrow spoke.")
    assert last.owner("Harrow", 0, "") == -1
    assert last.owner("Harrow", 0, "president") == 0
    assert last.owner("Harrow", 0, "senator") == -1  # hers, but the merge did not say so
    assert last.owner("Harrow", 0, "mr") == 0
    assert last.owner("Harrow", 0, "mrs") == -1


# A president called "Harrow" and his wife, written out only in her own articles with a
# given name no list knows: "Harrow said she" there, "Harrow said he" elsewhere.
SPOUSES = [
    "President Harrow signed the harbour bill on Monday. Harrow said the bill would fund "
    "300 ferries. He said the money was there.",
    "President Harrow praised the council on Tuesday. Harrow said he would visit Marlow. "
    "Harrow met the mayor, Ann Brandt.",
    "President Harrow vetoed the fishing bill. Harrow said he would not sign it. Ann "
    "Brandt said the council would pay.",
    "Jorun Harrow, the president's wife, opened a shelter in Marlow on Wednesday. Harrow "
    "said she was proud of the volunteers. Harrow thanked the mayor.",
    "Jorun Harrow visited a school in Lorvik. Harrow said she would return in May. Ann "
    "Brandt welcomed her.",
]


def test_a_wifes_row_takes_none_of_her_husbands_bare_surname() -> None:
    actors = _actors(SPOUSES)
    assert actors["Jorun Harrow"].sources == [4, 5], sorted(actors)
    assert actors["Harrow"].sources == [1, 2, 3]
