"""Cross-document synthesis: merging, corroboration, word caps, focus, ordering, faithfulness."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefing.analyse import analyse
from briefing.compose.events import EventIndex
from briefing.compose.marks import marked
from briefing.compose.near_duplicates import Group, content_stems, near_duplicate, supports
from briefing.compose.sentence_dates import dated_events
from briefing.compose.sentence_filters import standalone, trim_connective
from briefing.compose.synthesis import Synthesis, synthesise
from briefing.lang.sentences import split_sentences
from briefing.lang.words import words
from briefing.model import Corpus, Document, Sentence
from briefing.summarise import summarise_corpus

# An invented story: a river port town, a bridge closure and a council vote.
SHARED = "The Marlow city council voted to close the old river bridge to heavy trucks on Monday."
SHARED_VARIANT = (
    "The Marlow city council voted on Monday to close the old river bridge to heavy trucks."
)
FILLER = [
    "Local bakeries reported a busy weekend as tourists arrived for the annual harvest fair.",
    "A new bus timetable for the northern suburbs starts at the beginning of next month.",
    "The regional weather office expects light rain across the valley for most of the week.",
    "Volunteers planted two hundred oak saplings along the cycle path near the old mill.",
    "The town library extended its opening hours after a petition signed by many students.",
    "Fishermen on the estuary said catches of sea bass had improved compared with spring.",
]


def build(texts: list[str], **kwargs: object) -> Synthesis:
    docs = [Document(location=f"doc{i}.txt", text=t) for i, t in enumerate(texts)]
    corpus = analyse(docs, entities=False)
    return synthesise(corpus, summarise_corpus(corpus, "lexrank"), **kwargs)  # type: ignore[arg-type]


def n_words(statements: list) -> int:
    return sum(len(s.text.split()) for s in statements)


def test_near_duplicate_in_three_articles_appears_once_citing_all() -> None:
    texts = [
        f"{SHARED} {FILLER[0]} {FILLER[1]}",
        f"{FILLER[2]} {SHARED_VARIANT} {FILLER[3]}",
        f"{FILLER[4]} {FILLER[5]} {SHARED}",
    ]
    syn = build(texts, summary_words=30)
    bridge = [s for s in syn.statements if "bridge" in s.text]
    assert len(bridge) == 1
    assert bridge[0].sources == [1, 2, 3]
    assert not bridge[0].single_source
    # Distinct sentences are all kept, once each.
    for f in FILLER:
        assert sum(s.text == f for s in syn.statements) == 1


def test_corroboration_raises_rank() -> None:
    lone = "Engineers found deep cracks in two supporting piers during an inspection in May."
    texts = [
        f"{lone} {SHARED} {FILLER[0]}",
        f"{FILLER[1]} {SHARED_VARIANT}",
        f"{FILLER[2]} {SHARED}",
        f"{FILLER[3]} {FILLER[4]}",
    ]
    syn = build(texts, summary_words=25)
    ranked = [s.text for s in syn.statements]
    shared_rank = next(i for i, t in enumerate(ranked) if "council voted" in t)
    lone_rank = ranked.index(lone)
    assert shared_rank < lone_rank
    assert "council voted" in syn.executive_summary[0].text
    scores = {s.text: s.score for s in syn.statements}
    assert scores[ranked[shared_rank]] > scores[lone]


def test_soft_word_cap_stops_at_first_sentence_reaching_the_target() -> None:
    texts = [" ".join(FILLER[:3]) + " " + SHARED, " ".join(FILLER[3:]) + " " + SHARED_VARIANT]
    for cap in (10, 20, 35):
        syn = build(texts, summary_words=cap, background_words=20)
        total = n_words(syn.executive_summary)
        assert total >= cap
        assert any(total - len(s.text.split()) < cap for s in syn.executive_summary)
        back = n_words(syn.background)
        if syn.background:
            assert back - len(syn.background[-1].text.split()) < 20
    # Not enough material: everything usable, below the cap.
    syn = build([FILLER[0]], summary_words=500)
    assert [s.text for s in syn.executive_summary] == [FILLER[0]]


def test_focus_steers_selection() -> None:
    bridge = [
        "The old river bridge in Marlow will close to trucks after engineers found cracked piers.",
        "Repairs to the river bridge piers are expected to cost the council four million euros.",
        "Truck drivers warned that the bridge closure adds forty minutes to every delivery.",
    ]
    school = [
        "The new primary school on Elm Street will open its doors to pupils in September.",
        "Parents welcomed plans for a school playground and a safe crossing near the park.",
        "The school will employ twelve teachers and offer free breakfast to every pupil.",
    ]
    texts = [f"{bridge[i]} {school[i]}" for i in range(3)] + [f"{school[0]} {bridge[0]}"]
    on_bridge = build(texts, summary_words=12, focus="What happens to the river bridge?")
    on_school = build(texts, summary_words=12, focus="When will the new school open for pupils?")
    assert "bridge" in on_bridge.executive_summary[0].text
    assert "school" in on_school.executive_summary[0].text.lower()


def test_fragments_questions_and_dangling_sentences_stay_out_of_the_summary() -> None:
    texts = [
        "He said it was a difficult decision for everyone involved in the long process. "
        "Will the bridge ever reopen to the heavy trucks that used it every single day? "
        f"{SHARED} {FILLER[0]}",
        f"{SHARED_VARIANT} {FILLER[1]}",
    ]
    syn = build(texts, summary_words=60)
    summary = " ".join(s.text for s in syn.executive_summary)
    assert "He said" not in summary
    assert "?" not in summary
    assert "council voted" in summary
    # They are still statements that later stages can use.
    assert any(s.text.startswith("He said") for s in syn.statements)


def test_leading_connective_is_trimmed_and_nothing_else() -> None:
    assert trim_connective("However, the council kept the bridge open to buses.") == (
        "The council kept the bridge open to buses."
    )
    assert trim_connective("But officials said the ferry would run daily.") == (
        "Officials said the ferry would run daily."
    )
    assert trim_connective("Butter prices rose sharply in the northern markets.") == (
        "Butter prices rose sharply in the northern markets."
    )
    # "Instead of", "So far", "In addition to" open a sentence; they do not link it back.
    for text in (
        "Instead of providing a boom to members, the casino left them in debt.",
        "So far, the council has not said when the bridge will reopen.",
        "In addition to the tax, the tribe banned sales of beer after midnight.",
    ):
        assert trim_connective(text) == text


def test_background_gives_context_in_chronological_order_and_does_not_repeat() -> None:
    history = [
        "The bridge was built in 1921 by a shipping company that has since closed.",
        "In 1987 the bridge was widened to carry traffic to the new industrial estate.",
    ]
    texts = [
        f"{SHARED} {history[1]} {FILLER[0]}",
        f"{SHARED_VARIANT} {history[0]} {FILLER[1]}",
        f"{SHARED} {FILLER[2]}",
    ]
    syn = build(texts, summary_words=10, background_words=40)
    back = [s.text for s in syn.background]
    assert history[0] in back and history[1] in back
    assert back.index(history[0]) < back.index(history[1])
    summary = {s.text for s in syn.executive_summary}
    assert not summary & set(back)


def test_empty_and_single_document_inputs() -> None:
    empty = synthesise(Corpus(), [])
    assert empty.executive_summary == [] and empty.background == [] and empty.statements == []
    one = build([" ".join(FILLER)], summary_words=25)
    assert one.executive_summary
    assert all(s.sources == [1] for s in one.statements)
    assert n_words(one.executive_summary) >= 25


def test_standalone_rejects_datelines_and_quotes() -> None:
    def sent(text: str) -> Sentence:
        return Sentence(0, 0, 0, text, 0, len(text), words(text))

    assert standalone(sent(FILLER[0]))
    assert not standalone(sent("RIVERTON, N.C. (AP) -- The council met again late on Monday."))
    assert not standalone(sent('"We will never walk away from this town or its people," she said.'))
    assert not standalone(sent("They later agreed to meet again with the transport minister."))
    assert not standalone(sent("It's also the opening move in a reform designed by the tribe."))
    assert not standalone(sent("Apart from that, only 58 percent of the pupils finish school."))
    # The connective goes, and what is left still points back.
    assert not standalone(sent("And, in any case, the ferry lacks the crew to run at night."))
    assert not standalone(sent("But the added push was spurred by the bridge closure."))


# ----------------------------------------------------------------------- property test

VOCAB = [
    SHARED,
    SHARED_VARIANT,
    *FILLER,
    "However, the mayor promised a temporary ferry service for the residents of the east bank.",
    "But the ferry operator said it needed a month to train extra crew for the crossing.",
    "He said the decision was taken after months of study by independent engineers.",
    "Is the bridge safe enough for buses and emergency vehicles during the repair work?",
    "Short line here.",
]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.lists(st.sampled_from(VOCAB), min_size=1, max_size=6, unique=True),
        min_size=1,
        max_size=5,
    ),
    st.sampled_from([10, 40, 80]),
)
# The splitter runs "Short line here." into the sentence before it in article 1. Its words
# are in most sentences, so weigh little: article 2, which tells only the first part inside
# a longer sentence, carried 0.8 of the statement's weight and was cited for all of it.
@example(
    articles=[[FILLER[1], VOCAB[-1]], [VOCAB[8], FILLER[1], FILLER[0]], [VOCAB[-1]], [VOCAB[-1]]],
    cap=10,
)
def test_every_statement_is_a_source_sentence_of_every_cited_source(
    articles: list[list[str]], cap: int
) -> None:
    texts = [" ".join(a) for a in articles]
    syn = build(texts, summary_words=cap, background_words=30)
    source_sentences = [split_sentences(t) for t in texts]
    for stmt in syn.statements + syn.executive_summary + syn.background:
        assert stmt.sources == sorted(set(stmt.sources))
        # The text is, after trimming a connective, a sentence of some cited source ...
        assert any(
            stmt.text == trim_connective(s)
            for sid in stmt.sources
            for s in source_sentences[sid - 1]
        )
        # ... and every cited source holds it, a near-duplicate or a supporting paraphrase.
        mine = content_stems(words(stmt.text))
        for sid in stmt.sources:
            assert any(
                near_duplicate(words(stmt.text), words(trim_connective(s)))
                or supports(mine, content_stems(words(s)))
                for s in source_sentences[sid - 1]
            )
    # Soft caps: one sentence crosses the word target (it may sit anywhere, as both
    # read in story order).
    for part, target in ((syn.executive_summary, cap), (syn.background, 30)):
        if part:
            total = n_words(part)
            assert any(total - len(s.text.split()) < target for s in part)
    # Merged statements appear once.
    texts_out = [s.text for s in syn.statements]
    assert len(texts_out) == len(set(texts_out))


def test_paraphrase_in_another_article_is_cited_but_not_repeated() -> None:
    """A statement also cites a source that reports the same fact in other words."""
    fact_a = "The ministry said the data collected by the app stayed on the phones of the users."
    fact_b = "Officials insisted that the data collected by the app stayed on users' phones."
    unrelated = "The opposition party called for an inquiry into the school building programme."
    syn = build(
        [
            " ".join([fact_a, FILLER[0], FILLER[1]]),
            " ".join([fact_b, FILLER[2], FILLER[3]]),
            " ".join([unrelated, FILLER[4]]),
        ],
        summary_words=60,
        background_words=0,
    )
    shown = {s.text: s.sources for s in syn.executive_summary}
    facts = [srcs for text, srcs in shown.items() if text in (fact_a, fact_b)]
    assert facts and all(srcs == [1, 2] for srcs in facts)
    assert shown.get(unrelated, [3]) == [3]


def test_a_different_figure_is_not_support() -> None:
    from briefing.compose.near_duplicates import content_stems, supports

    claim = content_stems(words("The mayor said 7 million dollars were lost in the flood."))
    same = content_stems(words("The mayor said that 7 million dollars were lost in the flood."))
    other = content_stems(words("The mayor said 5 million dollars were lost in the flood."))
    assert supports(claim, same)
    assert not supports(claim, other)


def test_sentences_leaning_on_an_earlier_one_never_make_the_summary() -> None:
    leaning = [
        "The move follows weeks of talks between the council and the haulage firms.",
        "As the mayor was speaking, protesters gathered outside the old town hall.",
        "The mayor also said the river bridge would stay closed until the spring.",
    ]
    texts = [f"{SHARED} {leaning[0]} {FILLER[0]}", f"{SHARED_VARIANT} {leaning[1]}", leaning[2]]
    syn = build(texts, summary_words=60, focus="What happens to the river bridge?")
    summary = {s.text for s in syn.executive_summary}
    assert not summary & set(leaning)
    assert any("council voted" in t for t in summary)


def test_one_fact_from_two_outlets_is_one_bullet() -> None:
    toll = [
        "The ferry Lindholm sank in Lake Varga on Tuesday, killing all 23 passengers aboard.",
        "Rescuers said the storm capsized the ferry, killing all 23 passengers on board.",
    ]
    texts = [f"{toll[0]} {FILLER[0]}", f"{toll[1]} {FILLER[1]}", f"{toll[0]} {FILLER[2]}"]
    syn = build(texts, summary_words=60)
    assert sum("23 passengers" in s.text for s in syn.executive_summary) == 1


def test_one_fact_retold_in_other_words_is_one_bullet() -> None:
    # No figure in common, and too different to be near-duplicates: most of the shorter
    # one's content words are in the longer one.
    retold = [
        "Inspectors cited a rust sample from the bridge's main cable that they say "
        "contained chloride, a salt that eats the steel wires of old suspension bridges.",
        "Engineers had said the cores held traces of chloride, a salt known to eat steel wires.",
    ]
    texts = [f"{retold[0]} {FILLER[0]}", f"{retold[1]} {FILLER[1]}", f"{retold[0]} {FILLER[2]}"]
    syn = build(texts, summary_words=80)
    assert sum("chloride" in s.text for s in syn.executive_summary) == 1


def test_summary_reads_in_the_order_of_events() -> None:
    import datetime as dt

    from briefing.model import Document

    later = "The Marlow council reopened the river bridge to heavy trucks on Friday, June 9."
    earlier = "Engineers found cracks in the river bridge piers during an inspection in May."
    docs = [
        Document(location="a.txt", text=f"{later} {FILLER[0]}", date=dt.date(2023, 6, 10)),
        Document(location="b.txt", text=f"{earlier} {FILLER[1]}", date=dt.date(2023, 5, 20)),
        Document(location="c.txt", text=f"{later} {earlier}", date=dt.date(2023, 6, 11)),
    ]
    corpus = analyse(docs, entities=False)
    syn = synthesise(
        corpus, summarise_corpus(corpus, "lexrank"), summary_words=200, focus="river bridge"
    )
    texts = [s.text for s in syn.executive_summary]
    assert earlier in texts and later in texts
    assert texts.index(earlier) < texts.index(later)


def test_a_date_the_statement_only_mentions_does_not_order_it() -> None:
    import datetime as dt

    # 'where the ferry sank on May 2' dates the sinking, not the search told (June 7).
    search = (
        "Divers on Wednesday resumed the search for the river ferry near the weir where "
        "the ferry sank on May 2."
    )
    closure = "The Marlow council closed the river ferry landing to the public on June 5."
    docs = [
        Document(location="a.txt", text=f"{search} {FILLER[0]}", date=dt.date(2023, 6, 8)),
        Document(location="b.txt", text=f"{closure} {FILLER[1]}", date=dt.date(2023, 6, 6)),
        Document(location="c.txt", text=f"{closure} {search}", date=dt.date(2023, 6, 9)),
    ]
    corpus = analyse(docs)  # the parse tells the relative clause
    syn = synthesise(
        corpus, summarise_corpus(corpus, "lexrank"), summary_words=200, focus="river ferry"
    )
    texts = [s.text for s in syn.executive_summary]
    assert search in texts and closure in texts
    assert texts.index(closure) < texts.index(search)


def _naive_background(pool, summary, words_, weights):  # type: ignore[no-untyped-def]
    """The background greedy as it was: one max() over every remaining candidate per pick."""
    from briefing.compose import synthesis as syn
    from briefing.compose.restated import repeats

    years = [int(y) for c in pool for y in syn.YEAR_RE.findall(c.text)]
    latest = max(years) if years else None
    covered = set().union(*(c.concepts for c in summary)) if summary else set()
    chosen, used, rest = [], 0, [c for c in pool if c not in summary]
    while used < words_ and rest:
        best = max(rest, key=lambda c: syn._background_value(c, weights, covered, latest))
        rest.remove(best)
        if repeats(best, summary + chosen):
            continue
        chosen.append(best)
        covered |= best.concepts
        used += best.length
    return chosen


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.frozensets(st.integers(0, 12), min_size=1, max_size=5),
            st.integers(1, 30),
            st.floats(0, 5),
            st.sampled_from(["", "since 1990", "in 2001", "has been"]),
        ),
        min_size=1,
        max_size=30,
    ),
    st.integers(1, 120),
)
def test_lazy_background_picks_what_a_full_scan_picks(rows, words_) -> None:  # type: ignore[no-untyped-def]
    """The background's lazy greedy (issue 14: a long source) changes no pick."""
    from types import SimpleNamespace

    from briefing.compose.candidate import Candidate as _Candidate
    from briefing.compose.concept_ilp import gain
    from briefing.compose.synthesis import _background

    weights = {("w", n): 1.0 + n % 4 for n in range(13)}
    pool = []
    for i, (ids, length, importance, cue) in enumerate(rows):
        lead = SimpleNamespace(doc=0, index=i, words=[f"{i}", f"w{i}"], text=f"Sentence {i} {cue}")
        concepts = {("w", n) for n in ids}
        cand = _Candidate(
            group=SimpleNamespace(lead=lead),  # type: ignore[arg-type]
            text=f"Sentence {i} {cue}",
            length=length,
            concepts=concepts,
            eligible=True,
            sumy=0.0,
            position=i,
            stems=frozenset(f"s{n}" for n in ids),
            importance=importance,
            worth=gain(concepts, weights, set()),  # as _candidates sets it
        )
        pool.append(cand)
    expected = _naive_background(pool, [], words_, weights)
    got = _background(pool, [], words_, weights)
    assert sorted(id(c) for c in got) == sorted(id(c) for c in expected)


def test_background_prefers_a_sentence_naming_a_year_before_the_latest() -> None:
    """Of two statements alike but for their years, the one telling an older year
    (context) is the background's pick, even after the other in source order."""
    from types import SimpleNamespace

    from briefing.compose.candidate import Candidate as _Candidate
    from briefing.compose.concept_ilp import gain
    from briefing.compose.synthesis import _background

    weights = {("w", n): 1.0 for n in range(4)}
    pool = []
    for i, text in enumerate(
        (
            "The ferry line opened a route to Marlow in 2004",
            "The ferry line opened a route to Marlow in 1990",
        )
    ):
        concepts = {("w", 2 * i), ("w", 2 * i + 1)}
        pool.append(
            _Candidate(
                group=SimpleNamespace(
                    lead=SimpleNamespace(doc=0, index=i, words=[f"w{i}"], text=f"w{i}")
                ),  # type: ignore[arg-type]
                text=text,
                length=9,
                concepts=concepts,
                eligible=True,
                sumy=0.0,
                position=i,
                stems=frozenset({f"s{i}"}),
                importance=1.0,
                worth=gain(concepts, weights, set()),
            )
        )
    assert [c.text for c in _background(pool, [], 9, weights)] == [pool[1].text]


def test_background_leaves_out_a_description_nothing_shown_introduces() -> None:
    """ "Approval for the 4,200 flats ..." (which units?) is no background unless the
    summary or a background statement read before it gives the figure."""
    from types import SimpleNamespace

    from briefing.compose.candidate import Candidate as _Candidate
    from briefing.compose.concept_ilp import gain
    from briefing.compose.synthesis import _background

    weights = {("w", n): 1.0 for n in range(6)}

    def candidate(i: int, text: str, leaning: frozenset[str] = frozenset()) -> _Candidate:
        concepts = {("w", 2 * i), ("w", 2 * i + 1)}
        words = text.lower().rstrip(".").split()
        return _Candidate(
            group=SimpleNamespace(
                lead=SimpleNamespace(doc=0, index=i, words=words, text=" ".join(words))
            ),  # type: ignore[arg-type]
            text=text,
            length=len(words),
            concepts=concepts,
            eligible=True,
            sumy=0.0,
            position=i,
            stems=frozenset({f"s{i}"}),
            importance=2.0 - i / 2,
            worth=gain(concepts, weights, set()),
            described=lambda: (frozenset(), leaning),
        )

    units = candidate(0, "Approval for the 4,200 flats came in 1991.", frozenset({"#4,200"}))
    ferry = candidate(1, "The ferry line opened a route to Marlow in 1990.")
    plan = candidate(2, "The ministry planned 4,200 flats near Marlow.")
    assert _background([units, ferry], [], 40, weights) == [ferry]
    assert _background([units, ferry], [plan], 40, weights) == [ferry, units]


# "bridge" and "Pell" are in every article, "hearing" and "Hallworth" in one: only the
# bridge and the mayor are clear alone.
_PASSIVE_SIDE = "The hearing was postponed until the inspectors from the county report in May."
_PASSIVE_OWN = "The bridge was built in 1921 by a shipping company that has since closed."
_SURNAME_SIDE = "Hallworth said the ferry could carry the lorries until the bridge reopens."
_SURNAME_OWN = "Mayor Pell said the old river bridge would stay closed to trucks until June."


@pytest.mark.parametrize(
    ("side", "own", "texts"),
    [
        (
            _PASSIVE_SIDE,
            _PASSIVE_OWN,
            [
                f"{SHARED} {_PASSIVE_SIDE} {FILLER[0]}",
                f"{SHARED_VARIANT} {_PASSIVE_OWN} {FILLER[1]}",
                f"{SHARED} {FILLER[2]} {FILLER[3]}",
            ],
        ),
        (
            _SURNAME_SIDE,
            _SURNAME_OWN,
            [
                f"{SHARED} Engineer Ann Hallworth of the county works office inspected the "
                f"bridge. {_SURNAME_SIDE} {FILLER[0]}",
                f"{SHARED_VARIANT} Mayor Tom Pell visited. {_SURNAME_OWN} {FILLER[1]}",
                f"{SHARED} Pell spoke to traders. {FILLER[2]} {FILLER[3]}",
            ],
        ),
    ],
)
def test_a_thing_or_person_the_story_is_not_about_is_never_chosen_by_a_bare_name(
    side: str, own: str, texts: list[str]
) -> None:
    syn = build(texts, summary_words=200, background_words=200)
    shown = {s.text for s in syn.executive_summary + syn.background}
    assert own in shown
    assert side not in shown
    assert any(s.text == side for s in syn.statements)  # still a statement for later stages


def test_a_longer_telling_with_every_figure_is_cited() -> None:
    # The second article tells the statement inside a long sentence about more (too little
    # of it is the statement for a paraphrase's support), the third with another toll.
    fact = "The old ferry sank near the harbour on Sunday, killing 41 passengers."
    more = (
        ", and the port authority, which had warned for years about the crowded decks, "
        "the broken radios and the missing life jackets, ordered every boat of the line "
        "to stay in port until inspectors had seen them all."
    )
    told = fact[:-1]
    tellings = [fact, told + more, told.replace("41", "40") + more]
    tellings.append(told.replace("41", "dozens of") + more)
    syn = build([f"{t} {FILLER[i]}" for i, t in enumerate(tellings)], summary_words=80)
    ferry = [s for s in syn.executive_summary + syn.background if s.text == fact]
    assert len(ferry) == 1
    assert ferry[0].sources == [1, 2]
    assert 4 in ferry[0].echoed_by  # tells it, without the toll: counted, not cited


def test_a_source_telling_the_event_in_other_words_is_cited() -> None:
    # The second article reports the grounding with little of the statement's wording
    # (no paraphrase's support) but the same verb, doer and figure: it is cited.
    fact = "Norland Air grounded its four remaining Zephyr jets after the crash at Pellin."
    other = (
        "After the disaster, the airline Norland Air grounded its whole fleet of four "
        "Zephyrs while inspectors from the capital examine the wreck."
    )
    docs = [
        Document(location=f"doc{i}.txt", text=f"{t} {FILLER[i]} {FILLER[i + 2]}")
        for i, t in enumerate([fact, other])
    ]
    corpus = analyse(docs, entities=True)  # events are read from the parse
    lead = corpus.docs[0].sentences[0]
    events = EventIndex(corpus)
    shown = marked(corpus, events, dated_events(corpus)[0], [(fact, Group([lead]), 1.0)])
    assert shown[0].sources == [1, 2]
    # Both count the four jets Norland Air grounded: the summary tells it once
    # (``restated.one_number``), in the wording worth more.
    syn = synthesise(corpus, summarise_corpus(corpus, "lexrank"), summary_words=200)
    told = [s for s in syn.executive_summary + syn.background if s.text in (fact, other)]
    assert len(told) == 1


def _spied_bonuses(monkeypatch: pytest.MonkeyPatch) -> list[list[float]]:
    """From now on, the per-sentence rewards synthesis hands the ILP, each solve's."""
    from briefing.compose import synthesis

    seen: list[list[float]] = []
    real = synthesis.solve

    def spy(problem, **kw):  # type: ignore[no-untyped-def]
        seen.append(list(problem.bonus))
        return real(problem, **kw)

    monkeypatch.setattr(synthesis, "solve", spy)
    return seen


def _bonuses(
    monkeypatch: pytest.MonkeyPatch, texts: list[str], lead_share: float, **kwargs: object
) -> list[float]:
    """The per-sentence rewards synthesis hands the ILP, with ``LEAD_SHARE`` set."""
    from briefing.compose import synthesis

    seen = _spied_bonuses(monkeypatch)
    monkeypatch.setattr(synthesis, "LEAD_SHARE", lead_share)
    build(texts, summary_words=20, **kwargs)
    return seen[-1]


def test_without_a_focus_an_articles_lead_is_preferred(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [f"{SHARED} {FILLER[0]} {FILLER[1]}", f"{FILLER[2]} {SHARED_VARIANT} {FILLER[3]}"]
    plain = _bonuses(monkeypatch, texts, 0.0)
    lead = _bonuses(monkeypatch, texts, 0.5)
    extra = [b - a for a, b in zip(plain, lead, strict=True)]
    assert all(x >= 0 for x in extra) and max(extra) > 0
    # With a focus the question decides, not the article's order.
    asked = "Why did the council close the bridge?"
    assert _bonuses(monkeypatch, texts, 0.5, focus=asked) == _bonuses(
        monkeypatch, texts, 0.0, focus=asked
    )


def test_a_short_name_no_note_completes_is_worth_less(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing.compose import synthesis

    # A figure: a bare definite told only by a weekday leans in a summary (summary_leans).
    unclear = "The board approved emergency repairs to the old river bridge on 3 May."
    texts = [f"{SHARED} {FILLER[0]} {unclear}", f"{FILLER[2]} {SHARED_VARIANT} {unclear}"]
    texts += [f"{SHARED} {FILLER[4]}", FILLER[5], FILLER[1]]  # "board": not the story's
    plain = _bonuses(monkeypatch, texts, 0.0)
    monkeypatch.setattr(synthesis, "UNCLEAR_SHARE", 0.0)
    flat = _bonuses(monkeypatch, texts, 0.0)
    lower = [a - b for a, b in zip(flat, plain, strict=True)]
    # One sentence ("The board ...": which board?) is worth less; nothing else changes.
    assert sum(x > 0 for x in lower) == 1 and all(x >= 0 for x in lower)


def test_a_sentence_denying_the_statement_does_not_take_its_dagger_off() -> None:
    # "The governor cannot close the port, as the mayor has done" shares the words of
    # "the mayor closed the port", but does not report it (``polarity``).
    denied = (
        "The Harwick governor does not hold the authority to close the Delling river port to "
        "tankers, as the Marlow mayor has done."
    )
    # The wharf's name is in no other article: evidence for the † (``lone_particulars``).
    closed = (
        "After a spill at Kessick Wharf last week, the Marlow mayor closed the Delling river "
        "port to tankers."
    )
    texts = [f"{denied} {FILLER[0]} {FILLER[1]}", f"{FILLER[2]} {closed} {FILLER[3]}"]
    syn = build([*texts, f"{FILLER[4]} {FILLER[5]}"], summary_words=60, background_words=60)
    shown = [s for s in [*syn.executive_summary, *syn.background] if s.text == closed]
    assert shown and shown[0].single_source


def _parsed(texts: list[str], years: list[int]) -> Corpus:
    """``texts`` analysed with the parse, one article a year of ``years``."""
    import datetime as dt

    docs = [
        Document(location=f"doc{i}.txt", text=t, date=dt.date(y, 5, 1))
        for i, (t, y) in enumerate(zip(texts, years, strict=True))
    ]
    return analyse(docs, entities=True)


# Leads of four articles over four years: councils act on an ordinance (the core).
ORDINANCE = [
    "The Orlen council passed an ordinance banning leaf burning on Tuesday.",
    "Lakemont commissioners approved an ordinance that bans leaf burning.",
    "An ordinance against leaf burning was signed by the mayor of Vessy.",
    "The Pellin council adopted an ordinance on leaf burning after a long debate.",
]


def _core_bonuses(monkeypatch: pytest.MonkeyPatch, years: list[int], share: float) -> list[float]:
    """The ILP rewards of the ordinance story with ``CORE_SHARE`` set."""
    from briefing.compose import synthesis

    seen = _spied_bonuses(monkeypatch)
    monkeypatch.setattr(synthesis, "CORE_SHARE", share)
    texts = [f"{lead} {FILLER[i]} {FILLER[i + 1]}" for i, lead in enumerate(ORDINANCE)]
    corpus = _parsed(texts, years)
    synthesise(corpus, summarise_corpus(corpus, "lexrank"), summary_words=20, focus="leaf burning")
    return seen[-1]


def test_a_broad_storys_core_news_is_worth_more(monkeypatch: pytest.MonkeyPatch) -> None:
    years = [1997, 1998, 1999, 2000]
    flat = _core_bonuses(monkeypatch, years, 0.0)
    core = _core_bonuses(monkeypatch, years, 0.5)
    assert sum(b > a for a, b in zip(flat, core, strict=True)) >= 3
    # One year's articles are no broad story: nothing moves.
    same = [2000] * 4
    assert _core_bonuses(monkeypatch, same, 0.5) == _core_bonuses(monkeypatch, same, 0.0)


def test_descriptions_are_read_only_of_statements_the_summary_may_take(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A sentence that cannot stand alone is never the summary's or the background's, so
    which of its descriptions lean back (``Descriptions.heads``) is never asked."""
    from briefing.compose import definites

    asked: list[str] = []
    heads = definites.Descriptions.heads

    def recorded(self: definites.Descriptions, sentence: Sentence) -> object:
        asked.append(sentence.text)
        return heads(self, sentence)

    monkeypatch.setattr(definites.Descriptions, "heads", recorded)
    leaning = "The move follows weeks of talks between the council and the haulage firms."
    syn = build([f"{SHARED} {leaning} {FILLER[0]}", f"{FILLER[1]} {FILLER[2]}"])
    assert leaning in {s.text for s in syn.statements}
    assert leaning not in asked
    assert SHARED in asked


def test_short_names_are_read_only_of_the_shortlist(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whether a candidate holds a short name only its article says weighs only in the
    ILP's bonus, over the shortlist: no other candidate is asked."""
    from briefing.compose import short_names, synthesis

    asked: list[str] = []
    unnamed = short_names.ShortNames.unnamed

    def recorded(self: short_names.ShortNames, sentence: Sentence) -> list[str]:
        asked.append(sentence.text)
        return unnamed(self, sentence)

    monkeypatch.setattr(short_names.ShortNames, "unnamed", recorded)
    monkeypatch.setattr(synthesis, "ILP_CANDIDATES", 2)
    syn = build([f"{SHARED} {FILLER[0]} {FILLER[1]}", f"{FILLER[2]} {FILLER[3]} {FILLER[4]}"])
    assert len(syn.statements) == 6
    assert len(asked) == 2


def test_a_statement_telling_nothing_particular_is_left_for_one_that_does(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from briefing.compose import synthesis

    vague = "Heavy trucks cause most of the wear on river crossings."
    fact = "The Marlow council voted on Monday to ban heavy trucks from all river crossings."
    texts = [f"{vague} {fact} {FILLER[0]}", f"{vague} {FILLER[1]}", f"{vague} {fact}"]
    docs = [Document(location=f"doc{i}.txt", text=t) for i, t in enumerate(texts)]
    corpus = analyse(docs, entities=True)
    per_article = summarise_corpus(corpus, "lexrank")

    def summary(words: int) -> list[str]:
        asked = "heavy trucks on river crossings"
        syn = synthesise(corpus, per_article, summary_words=words, focus=asked)
        return [s.text for s in syn.executive_summary]

    # Picked again without it, and the fill up to the word target passes it by.
    assert summary(10) == [fact]
    assert fact in summary(30) and vague not in summary(30)
    monkeypatch.setattr(synthesis, "unspecific", lambda adoc, sentence: False)
    assert summary(10) == [vague]
