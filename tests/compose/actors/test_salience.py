"""Ranking: the executive summary raises salience; max_actors cuts the list."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from briefing.compose.actors import Candidate, extract_actors, rank_actors
from briefing.compose.actors.clusters import Cluster, Match
from briefing.compose.actors.salience import (
    CENTRAL_ARTICLE_SENTENCES,
    CENTRAL_SHARE_CAP,
    CENTRAL_WEIGHT,
    FRAME_FACTOR,
    LISTED_ONLY_FACTOR,
    PASSING_MAX_MENTIONS,
    SUMMARY_BONUS,
    article_centrality,
    passing,
    salience,
    summary_bonus,
)
from briefing.model import Actor, Corpus, Statement


def test_summary_presence_raises_salience(two_stories: Corpus) -> None:
    corpus = two_stories
    plain = [a.name for a in extract_actors(corpus, max_actors=30)]
    target = plain[-1]
    boosted = extract_actors(
        corpus, summary=[Statement(f"{target} is at the centre of it.", [1])], max_actors=30
    )
    assert [a.name for a in boosted].index(target) < plain.index(target)


def test_max_actors_limits_the_list(
    corpus_of: Callable[..., Corpus], story_texts: tuple[str, str]
) -> None:
    assert len(extract_actors(corpus_of(story_texts[0]), max_actors=3)) == 3


def test_a_country_named_in_the_summary_only_as_a_setting_gets_no_bonus() -> None:
    for summary in ("The jet crashed outside Paris.", "He flew to the Farland capital."):
        assert summary_bonus(["Paris", "Farland"], summary, place=True) == 0
    assert summary_bonus(["France"], "A chartered Air France jet crashed.", place=True) == 0
    assert summary_bonus(["France"], "The jet crashed. France grounded it.", place=True) == (
        SUMMARY_BONUS
    )
    # Anything else named in the summary gets it, wherever it stands.
    assert summary_bonus(["Paris"], "The jet crashed outside Paris.") == SUMMARY_BONUS


def test_a_countrys_mentions_as_a_setting_do_not_count() -> None:
    actor = Actor(name="Farland", type="country", mentions=12, sources=[1, 2])
    cluster = Cluster([], matches=[Match(0, 0, 100, 107)] * 12, agentive=2)
    acting = salience(actor, cluster, [0])
    cluster.located = 8  # "in Farland", "flew to Farland"
    assert salience(actor, cluster, [0]) < acting
    # Only a country's: a body's mentions all count wherever they stand.
    body = Actor(name="Farland Board", type="organisation", mentions=12, sources=[1, 2])
    assert salience(body, cluster, [0]) == salience(
        body, Cluster([], cluster.matches, agentive=2), [0]
    )


def test_a_body_named_in_passing_is_damped() -> None:
    body = Actor(name="Varn Rovers", type="organisation", mentions=2, sources=[1, 2])
    aside = Cluster([], matches=[Match(0, 0, 100, 111), Match(0, 1, 100, 111)], agentive=1)
    assert salience(body, aside, [0, 0], in_passing=True) == pytest.approx(
        LISTED_ONLY_FACTOR * salience(body, aside, [0, 0])
    )


def _passing(corpus_of: Callable[..., Corpus], text: str, name: str, **actor: object) -> bool:
    """``passing`` of the body ``name`` as the one article ``text`` names it."""
    from briefing.compose.actors.forms import collect_forms
    from briefing.compose.actors.mentions import count_mentions
    from briefing.compose.actors.merge import merge_forms

    corpus = corpus_of(text)
    clusters = merge_forms(collect_forms(corpus))
    count_mentions(corpus, clusters, [[]])
    c = next(c for c in clusters if any(f.key == name.lower() for f in c.forms))
    fields = {"name": name, "type": "organisation", "mentions": len(c.matches), **actor}
    return passing(corpus, Actor(**fields), c)  # type: ignore[arg-type]


_LEAGUE = (
    "League ends its lockout\n\nThe Northern Football League ended its lockout on Monday. "
    "League chairman Ola Brandt said the players would be back at the hall where the Varn "
    "Rovers train. The players included the Varn Rovers' captain, Ivo Kell.\n"
)


def test_a_body_named_only_in_asides_and_possessives_is_in_passing(
    corpus_of: Callable[..., Corpus],
) -> None:
    """Named twice, the subject only of an aside's verb ("where the Varn Rovers train"),
    with no role or quote: in passing. One that does something in a clause of the
    story's own, or is described, or named more than PASSING_MAX_MENTIONS times, is not."""
    assert _passing(corpus_of, _LEAGUE, "Varn Rovers")
    acting = _LEAGUE + "The Varn Rovers will open their hall to the players.\n"
    assert not _passing(corpus_of, acting, "Varn Rovers")
    assert not _passing(corpus_of, _LEAGUE, "Varn Rovers", role="the league's oldest club")
    often = _LEAGUE + "Fans of the Varn Rovers waited. " * PASSING_MAX_MENTIONS
    assert not _passing(corpus_of, often, "Varn Rovers")
    assert not _passing(corpus_of, _LEAGUE, "Varn Rovers", type="person")


_BLOC = (
    "Talks in Lorvik\n\nPrime Minister Ola Brandt said on Monday that Varnland might one "
    "day join the Northern Trade Union. Several Northern Trade Union countries oppose the "
    "idea. Belland is the closest ally of Varnland inside the Northern Trade Union. Brandt "
    "will visit two Northern Trade Union members next week. Critics said the Northern Trade "
    "Union was weak.\n"
)


def test_a_body_named_mostly_for_who_belongs_to_it_is_in_passing(
    corpus_of: Callable[..., Corpus],
) -> None:
    """Named five times, four of them for its membership ("join X", "X countries", "inside
    X", "X members") and never acting: in passing, however often. Acting once, or named
    mostly otherwise, it is not."""
    assert _passing(corpus_of, _BLOC, "Northern Trade Union")
    acting = _BLOC + "The Northern Trade Union rejected the request on Tuesday.\n"
    assert not _passing(corpus_of, acting, "Northern Trade Union")
    other = _BLOC + "Fans of the Northern Trade Union waited. " * 4
    assert not _passing(corpus_of, other, "Northern Trade Union")
    # Its members acting for it are the body acting: "X members agreed to ..."
    members = _BLOC.replace(
        "Several Northern Trade Union countries oppose the idea.",
        (
            "Northern Trade Union members agreed to the idea. Northern Trade Union members "
            "signed the accord."
        ),
    )
    assert not _passing(corpus_of, members, "Northern Trade Union")


def test_mentions_naming_a_thing_after_a_person_weigh_nothing() -> None:
    """ "the Hadley exception" (``background.recalled``): neither a mention nor a source
    of the person in the ranking."""
    person = Actor(name="Tom Hadley", type="person", mentions=5, sources=[1, 2])
    matches = [Match(0, 0, 100, 110)] * 3 + [Match(0, 1, 100, 110)] * 2
    named_for = Cluster([], matches=matches, agentive=1, recalled=2, recalled_docs={1})
    own = Actor(name="Tom Hadley", type="person", mentions=3, sources=[1])
    assert salience(person, named_for, [0, 0]) == pytest.approx(
        salience(own, Cluster([], matches=matches[:3], agentive=1), [0, 0])
    )


def test_a_domestic_storys_frame_is_damped() -> None:
    actor = Actor(name="Farland", type="country", mentions=12, sources=[1, 2])
    cluster = Cluster([], matches=[Match(0, 0, 100, 107)] * 12, agentive=2)
    assert salience(actor, cluster, [0], frame=True) == pytest.approx(
        FRAME_FACTOR * salience(actor, cluster, [0])
    )


def test_a_country_that_hardly_acts_gets_no_summary_bonus() -> None:
    """A country acting as a state once is named in the summary as a setting (or its
    capital as a city: "Farberg banned sprays"); a body gets the bonus, and so does a
    country that acts."""

    def candidate(name: str, kind: str, setting: bool) -> Candidate:
        written = [name, "Farberg"] if kind == "country" else [name]  # its capital
        return Candidate(Actor(name=name, type=kind), 10.0, written, setting)

    summary = [Statement("Farberg banned sprays, and Orlin Board approved it.", [1])]
    ranked = rank_actors(
        [
            candidate("Farland", "country", True),
            candidate("Tessa Quill", "person", False),
            candidate("Orlin Board", "organisation", False),
        ],
        summary=summary,
        max_actors=3,
    )
    assert [a.name for a in ranked] == ["Orlin Board", "Farland", "Tessa Quill"]
    ranked = rank_actors(
        [candidate("Farland", "country", False), candidate("Tessa Quill", "person", False)],
        summary=[Statement("Farland banned sprays.", [1])],
        max_actors=2,
    )
    assert ranked[0].name == "Farland"


def test_a_spokesman_is_no_key_actor_and_leaves_his_place_empty() -> None:
    """A spokesman speaks for a party and is none; the candidate after the cut does not
    take his place (each such would be one less salient)."""

    def candidate(name: str, role: str | None, score: float) -> Candidate:
        return Candidate(Actor(name=name, type="person", role=role), score, [name])

    ranked = rank_actors(
        [
            candidate("Tessa Quill", "mayor of Farberg", 9.0),
            candidate("Orrin Vale", "Farberg police spokesman", 8.0),
            candidate("Ada Moss", "spokeswoman for the Orlin Board", 7.0),
            candidate("Ivo Brandt", "press secretary", 6.0),
            candidate("Lena Dorn", None, 5.0),
        ],
        summary=None,
        max_actors=4,
    )
    assert [a.name for a in ranked] == ["Tessa Quill"]


PROFILE = """A baker's long fight

Ada Brenner opened her bakery in Lorvik in the spring. Ada Brenner bakes rye bread every \
night. The town council inspected the ovens last month. Colm Hart, a council member, said \
the ovens were safe. The bakery sells about 400 loaves a day. Brenner said the flour price \
had doubled. Customers queue before dawn on Saturdays. The council plans a market hall. \
Brenner wants a stall there. Prices in the region rose again in May. Brenner hired two \
apprentices this year. Farmers deliver grain every Tuesday. The mill raised its fees in \
April. Brenner said she would not raise prices. The market hall opens in the autumn. Rain \
delayed the building work.
"""

BRIEF_ITEM = """Market hall delayed

Rain delayed the Lorvik market hall. Colm Hart said the council would pay. Hart said the \
hall was nearly done. Hart said the stalls were let.
"""


def _named(corpus: Corpus, name: str) -> Cluster:
    """An actor matched at every place its name is written."""
    return Cluster(
        [],
        matches=[
            Match(0, d, m.start(), m.end())
            for d, adoc in enumerate(corpus.docs)
            for m in re.finditer(name, adoc.document.text)
        ],
    )


def test_a_person_an_article_is_about_is_central(corpus_of: Callable[..., Corpus]) -> None:
    corpus = corpus_of(PROFILE, BRIEF_ITEM)
    assert len(corpus.docs[0].sentences) >= CENTRAL_ARTICLE_SENTENCES
    assert len(corpus.docs[1].sentences) < CENTRAL_ARTICLE_SENTENCES
    # Named in 6 of the long article's 17 sentences: about a third of it is hers.
    brenner = article_centrality(corpus, _named(corpus, "Brenner"))
    assert 0.3 <= brenner <= CENTRAL_SHARE_CAP
    # Named once there, and thrice in a short item (too short to tell whom it is about).
    assert article_centrality(corpus, _named(corpus, "Hart")) == 0
    person = Actor(name="Ada Brenner", type="person", mentions=9, sources=[1, 2])
    base = Cluster([], matches=[Match(0, 0, 0, 4)] * 9)
    assert salience(person, base, [0, 0], central=brenner) == pytest.approx(
        salience(person, base, [0, 0]) + brenner * CENTRAL_WEIGHT
    )
    # Only a person's: a body is not what an article is about in this sense.
    body = Actor(name="Lorvik Council", type="organisation", mentions=9, sources=[1])
    assert salience(body, base, [0, 0], central=brenner) == salience(body, base, [0, 0])


class _CountedSentences(list):
    """An article's sentences that count the times they are read whole."""

    reads = 0

    def __iter__(self):
        _CountedSentences.reads += 1
        return super().__iter__()


def test_each_article_is_read_once_for_every_actors_centrality(two_stories: Corpus) -> None:
    # Each actor's centrality read the sentence starts of every article naming it: an
    # article of thousands of sentences naming thousands of people cost their product.
    corpus = two_stories
    kept = [adoc.sentences for adoc in corpus.docs]
    clusters = [Cluster([], matches=[Match(d, 0, 0, 4)]) for d in (0, 1) for _ in range(50)]
    try:
        for adoc in corpus.docs:
            adoc.sentences = _CountedSentences(adoc.sentences)
        _CountedSentences.reads = 0
        alone = [article_centrality(corpus, c) for c in clusters]
        assert _CountedSentences.reads >= 50  # once an actor
        _CountedSentences.reads = 0
        starts: dict[int, list[int]] = {}
        assert [article_centrality(corpus, c, starts) for c in clusters] == alone
        assert _CountedSentences.reads <= len(corpus.docs)
    finally:
        for adoc, sentences in zip(corpus.docs, kept, strict=True):
            adoc.sentences = sentences
