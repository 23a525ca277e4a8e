"""What one mention tells of its name's kind: read once per article and mention, the same
answer from the parse, a stored answer or another build, and a stored answer checked."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from briefing.compose import article_memo
from briefing.compose.actors import extract_actors, mention_facts
from briefing.compose.actors.mention_facts import ACTS, Facts
from briefing.compose.memo import BadValue
from briefing.model import Corpus


@pytest.fixture
def fresh() -> Iterator[None]:
    article_memo.forget()
    yield
    article_memo.forget()


def _at(corpus: Corpus, name: str, doc: int = 0, nth: int = 0) -> tuple[int, int]:
    text = corpus.docs[doc].document.text
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return start, start + len(name)


def test_a_subject_that_acts_and_a_name_after_a_staff_noun(two_stories: Corpus, fresh) -> None:
    # "Wyden said the company must answer.": the subject of a party's verb.
    start, end = _at(two_stories, "Wyden said")
    wyden = mention_facts.mention_facts(two_stories, 0, start, start + len("Wyden"), {})
    assert wyden.parsed and wyden.agency == ACTS and wyden.agentive
    # "Acme's vice president": a modifier of the staff noun, an affiliation.
    start, end = _at(two_stories, "Acme's vice")
    acme = mention_facts.mention_facts(two_stories, 0, start, start + len("Acme"), {})
    assert acme.parsed and acme.affiliation


def test_each_mention_is_read_once_per_build(two_stories: Corpus, fresh, monkeypatch) -> None:
    first = extract_actors(two_stories, max_actors=30)
    monkeypatch.setattr(mention_facts, "_read", lambda *_: pytest.fail("read again"))
    assert extract_actors(two_stories, max_actors=30) == first


def test_stored_answers_give_the_same_actors(two_stories: Corpus, fresh) -> None:
    first = extract_actors(two_stories, max_actors=30)
    texts = [d.document.text for d in two_stories.docs]
    exported = article_memo.export(texts)
    assert all("mention_facts" in answers for answers in exported)
    article_memo.forget()
    for answers, d in zip(exported, two_stories.docs, strict=True):
        text = d.document.text
        article_memo.load(article_memo.decode_answers(answers, text, len(d.sentences)))
    assert extract_actors(two_stories, max_actors=30) == first


@pytest.mark.parametrize(
    "value",
    [
        [1] * (len(Facts._fields) - 1),  # one fact short
        [1] * (len(Facts._fields) + 1),
        [-1] + [0] * (len(Facts._fields) - 1),
        [True] + [0] * (len(Facts._fields) - 1),
        ["1"] + [0] * (len(Facts._fields) - 1),
        [0] * (len(Facts._fields) - 1) + [1.0],  # a float, last
        [0] * (len(Facts._fields) - 1) + [None],
        {"company": 1},
    ],
)
def test_a_stored_answer_not_written_by_export_is_refused(value: object) -> None:
    with pytest.raises(BadValue):
        article_memo.decode_answers({"mention_facts": [[[0, 4], value]]}, "Acme said so.", 1)


OFFICES = """Court backs gun scheme

Farland President Tessa Quill praised the scheme on Monday. The Farland attorney's office \
said arrests had doubled, and a Farland court upheld the searches. Orlin Dace, the Farland \
secretary of justice, said the program would grow. Farland officials said the money was \
ready, and Farland scientists studied the results.
"""


@pytest.mark.parametrize(
    ("before", "nationals"),
    [
        ("Farland President", True),  # the title of a named person: she acts, not the state
        ("Farland attorney", True),  # a prosecutor's office of its own
        ("Farland court", True),  # a court of its own
        ("Farland secretary", True),  # "Orlin Dace, the Farland secretary": he acts
        ("Farland scientists", True),  # its nationals
        ("Farland officials", False),  # its state's officials: the state acts
    ],
)
def test_a_countrys_name_on_an_office_of_its_own_is_no_act_of_the_state(
    corpus_of, fresh, before: str, nationals: bool
) -> None:
    corpus = corpus_of(OFFICES)
    start, _ = _at(corpus, before)
    facts = mention_facts.mention_facts(corpus, 0, start, start + len("Farland"), {})
    assert facts.parsed
    assert bool(facts.nationals) is nationals


class _Link:
    """A stand-in token: a compound hanging on the next one, up to the chain's head."""

    def __init__(self, i: int, head: _Link | None) -> None:
        self.i = i
        self.head = head if head is not None else self
        self.dep_ = "compound" if head is not None else "ROOT"


def _chain(links: int) -> _Link:
    token = _Link(links, None)
    for i in range(links - 1, -1, -1):
        token = _Link(i, token)
    return token


def test_a_short_compound_chain_is_followed_to_its_noun() -> None:
    start = _chain(4)
    assert mention_facts._compound_head(start).i == 4  # type: ignore[arg-type]


def test_a_hostile_compound_chain_is_followed_only_so_far() -> None:
    start = _chain(10_000)
    head = mention_facts._compound_head(start)  # type: ignore[arg-type]
    assert head.i == mention_facts.MAX_COMPOUND_LINKS


def test_a_name_before_like_is_what_others_are_likened_to(
    corpus_of: Callable[..., Corpus], fresh
) -> None:
    corpus = corpus_of(
        "Varek sworn in\n\nOpponents say Ivo Varek brings ZSB-like methods to the job. "
        "The ZSB said nothing."
    )
    start, end = _at(corpus, "ZSB-like")
    likened = mention_facts.mention_facts(corpus, 0, start, start + len("ZSB"), {})
    assert likened.parsed and likened.cited
    start, end = _at(corpus, "ZSB said")
    acting = mention_facts.mention_facts(corpus, 0, start, start + len("ZSB"), {})
    assert acting.parsed and not acting.cited and acting.agentive


SERVICE = (
    "Ann Lee worked for Dorvale Bank. Tom Hale served in Dorvale Bank. Ivo Rask joined "
    "Dorvale Bank. Ada Brisk had left Dorvale Bank. Lea Moss works for Dorvale Bank. "
    "Ned Pike had been working toward Dorvale Bank."
)


@pytest.mark.parametrize(
    ("nth", "served"),
    [
        (0, True),  # "worked for": whom she once worked for
        (1, True),  # "served in"
        (2, True),  # "joined"
        (3, True),  # "had left"
        (4, False),  # "works for": whom she works for now
        (5, False),  # "had been working toward": no employer
    ],
)
def test_a_body_a_person_once_served(corpus_of, fresh, nth: int, served: bool) -> None:
    corpus = corpus_of(SERVICE)
    start, end = _at(corpus, "Dorvale Bank", nth=nth)
    facts = mention_facts.mention_facts(corpus, 0, start, end, {})
    assert facts.parsed
    assert bool(facts.served) is served


COMPARED = (
    "The stalemate may bring in a mediator, as the Harbor Rowing League did in 1994. "
    "The Coast Soccer Union now joins the Harbor Rowing League in having cancelled races over a "
    "strike. Ivo Rask joined the Harbor Rowing League in 1990. The Harbor Rowing League did "
    "the sums, as the Harbor Rowing League said it would."
)


@pytest.mark.parametrize(
    ("nth", "cited"),
    [
        (0, True),  # "as X did in 1994": what another repeats
        (1, True),  # "joins X in having cancelled races": X cancelled them first
        (2, False),  # "joined X in 1990": no comparison
        (3, False),  # "X did the sums": its own act
        (4, False),  # "as X said": it speaks
    ],
)
def test_a_body_named_as_the_standard_of_a_comparison(
    corpus_of, fresh, nth: int, cited: bool
) -> None:
    corpus = corpus_of(COMPARED)
    start, end = _at(corpus, "Harbor Rowing League", nth=nth)
    facts = mention_facts.mention_facts(corpus, 0, start, end, {})
    assert facts.parsed
    assert bool(facts.cited) is cited


def test_a_figure_is_looked_for_under_a_hyphenated_run_thousands_of_words_long() -> None:
    from briefing.analyse import analyse
    from briefing.compose.actors.mention_facts import _has_figure
    from briefing.model import Document

    # One hostile word, a chain of heads 1,500 deep: a recursive search for a figure under
    # the verb's object passed Python's recursion limit.
    run = "-".join(["ferry"] * 1_500)
    text = f"Marlow Ferries shares rose the {run} 7 points on Monday."
    parse = analyse([Document("a.txt", text, title="A")], entities=True).docs[0].parse
    assert parse is not None
    (rose,) = [t for t in parse if t.text == "rose"]
    assert max(len(list(k.subtree)) for k in rose.children) > 1_500
    for k in rose.children:
        assert _has_figure(k) == any(t.tag_ == "CD" for t in k.subtree)
