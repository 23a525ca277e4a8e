"""The story benchmark's scoring rules, on a made-up story (no evaluation data)."""

import importlib.util
from pathlib import Path

import pytest

PATH = Path(__file__).resolve().parents[2] / "benchmarks" / "story_eval.py"
_spec = importlib.util.spec_from_file_location("story_eval", PATH)
se = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(se)

GOLD = {
    "topic": "Harbour strike in Port Velm",
    "actors": [
        {
            "name": "Dockworkers Union of Velm",
            "aliases": ["DUV", "the union"],
            "types": ["organisation", "group"],
            "importance": "core",
        },
        {
            "name": "Mara Lintz",
            "aliases": ["Lintz", "Union leader Mara Lintz"],
            "types": ["person"],
            "importance": "core",
        },
        {
            "name": "Velm Port Authority",
            "aliases": ["the authority"],
            "types": ["government body"],
            "importance": "secondary",
        },
        {"name": "Oskar Brenn", "aliases": ["Brenn"], "types": ["person"], "importance": "minor"},
    ],
    "not_actors": [{"name": "Port Velm", "why": "place"}, {"name": "Velm Daily", "why": "outlet"}],
    "events": [
        {"date": "2031-03-04", "event": "Dockworkers walk out over pension cuts at Port Velm"},
        {"date": "2031-03", "event": "Port authority hires replacement crews from Osterby"},
        {"date": "2031", "event": "Parliament debates a ban on harbour strikes"},
    ],
    "open_questions": [
        {"question": "Will the port authority restore the pension fund?"},
        {"question": "Who ordered the night raid on the picket line?"},
    ],
    "disagreements": [
        {
            "topic": "number of strikers",
            "claims": [
                {"text": "The union says 4,000 dockworkers joined the walkout"},
                {"text": "The port authority counts 1,200 dockworkers on strike"},
            ],
        }
    ],
}


def actor(name, type_="person", aliases=()):
    return {"name": name, "type": type_, "aliases": list(aliases)}


def test_name_key_ignores_case_dots_possessive_and_honorifics():
    assert se.name_key("Mr. Oskar  Brenn's") == "oskar brenn"
    assert se.name_key("The Union") == "union"
    assert se.name_key("U.S.") == "u s"


def test_actor_matches_by_own_name_before_its_aliases():
    gold = GOLD["actors"]
    assert se.match_participant(actor("Lintz"), gold) == 1
    assert se.match_participant(actor("DUV"), gold) == 0
    # An unknown name is tried through its aliases.
    assert se.match_participant(actor("M. Lintz", aliases=["Mara Lintz"]), gold) == 1
    assert se.match_participant(actor("Port Velm", "organisation"), gold) is None


def test_score_actors_counts_precision_types_core_duplicates_and_not_actors():
    actors = [
        actor("Dockworkers Union of Velm", "organisation"),
        actor("DUV", "person"),  # same participant again, wrongly typed
        actor("Mara Lintz"),
        actor("Port Velm", "organisation"),  # a gold not_actor
        actor("Velm Daily", "organisation"),  # a gold not_actor
        actor("Tarn Okafor"),  # nobody in the gold
        actor("Oskar Brenn", "organisation"),
    ] + [actor(f"Extra {i}") for i in range(5)]  # past the first 10
    scores = se.score_actors(actors, GOLD)
    assert scores == {
        "entries": 10,
        "participants": 4,
        "typed": 2,
        "core": 2,
        "core_hit": 2,
        "duplicates": 1,
        "not_actors": 2,
    }


def test_stems_drop_stop_words_months_and_keep_acronyms_and_numbers():
    stems = se.stems("The U.S. union said on Monday, March 4, that 4,000 workers struck")
    assert "acr:us" in stems and "4,000" in stems and "4" in stems
    assert se.stems("said Monday March the") == set()
    assert se.stems("strikes striking") == {"strike"}


def test_overlap_rule_needs_shared_content_beyond_the_story_words():
    ignore = se.story_stems(GOLD)
    assert {"harbour", "strike"} <= ignore
    a = se.stems("Pension cuts drove the dockworkers to walk out")
    b = se.stems("Dockworkers walk out over pension cuts at Port Velm")
    assert se.overlaps(a, b, ignore)
    # One shared word that is not the story's is not enough.
    assert not se.overlaps(se.stems("Osterby ferry timetable"), se.stems("crews from Osterby"))
    # Sharing only the story's own words says nothing.
    assert not se.overlaps(se.stems("harbour strike Velm"), se.stems("Velm harbour strike"), ignore)


@pytest.mark.parametrize(
    ("entry", "gold", "agrees"),
    [
        ("2031-03-04", "2031-03-04", True),
        ("2031-03-04", "2031-03", True),
        ("2031-03-05", "2031", True),
        ("2031-03", "2031-03-04", False),  # less precise than the gold
        ("2031-04-04", "2031-03", False),
        ("Monday", "2031", False),
    ],
)
def test_date_agrees_to_the_gold_precision(entry, gold, agrees):
    assert se.date_agrees(entry, gold) is agrees


def test_score_timeline_needs_date_and_content():
    timeline = [
        {
            "date": "2031-03-04",
            "text": "Dockworkers walked out over pension cuts",
            "resolved": True,
        },
        {"date": "2031-03-04", "text": "A ferry ran late in the fog", "resolved": True},
        {"date": "2031-03-20", "text": "Replacement crews hired from Osterby", "resolved": True},
        {"date": "Tuesday", "text": "Pickets gathered", "resolved": False},
    ]
    assert se.score_timeline(timeline, GOLD) == {
        "entries": 4,
        "entry_hits": 2,
        "unresolved": 1,
        "events": 3,
        "events_on_date": 3,  # 2031 takes any date of that year
        "events_hit": 2,
    }


def test_score_questions_and_divergences():
    questions = [
        {"question": "Will the port authority restore the pension fund soon?"},
        {"question": "Will the weather improve?"},
    ]
    assert se.score_questions(questions, GOLD) == {"items": 2, "hits": 1, "gold": 2, "covered": 1}
    divergences = [
        {
            "topic": "Number of workers (4,000, 1,200)",
            "kind": "figure",
            "claims": [
                {"text": "Union leaders said 4,000 dockworkers joined."},
                {"text": "The authority counted 1,200 dockworkers."},
            ],
        },
        {"topic": "Reported by one source only", "kind": "single-source", "claims": []},
        {
            "topic": "Number of ships (3, 5)",
            "kind": "figure",
            "claims": [{"text": "3 ships waited."}, {"text": "5 ships left."}],
        },
    ]
    assert se.score_divergences(divergences, GOLD) == {
        "items": 2,
        "hits": 1,
        "gold": 1,
        "covered": 1,
    }


def test_single_source_share_and_table_halves():
    brief = {
        "executive_summary": [{"single_source": True}, {"single_source": False}],
        "background": [{"single_source": True}],
        "key_actors": [actor("Mara Lintz")],
    }
    scores = se.score_brief(brief, GOLD)
    assert scores["dagger"] == {"statements": 3, "marked": 2}
    text = se.table({"S1": scores, "S2": scores, "S3": scores})
    lines = text.splitlines()
    labels = [line.split()[0] for line in lines[1:] if not line.startswith("-")]
    assert labels == ["S1", "S2", "S3", "1-2", "3-3", "total"]
    assert lines[-1].split()[-1] == "6/9"
    # Numbers only: no gold text reaches the table.
    assert "Lintz" not in text and "pension" not in text


def test_a_divergence_told_in_one_sentence_or_by_its_figures_values_matches():
    gold = GOLD["disagreements"][0]
    figure = {
        "topic": "Number of people on strike (4,000 in 3 sources, 1,200 as of Mar 5)",
        "kind": "figure",
        "claims": [{"text": "Four thousand stayed out."}, {"text": "The count was 1,200."}],
    }
    assert se.divergence_matches(figure, gold)
    # A value no gold claim has, values both in one gold claim, or values of a thing the
    # gold disagreement never names: no match.
    assert not se.divergence_matches(dict(figure, topic="Number on strike (4,000, 900)"), gold)
    one_claim_has_both = {
        "claims": [
            {"text": "The union says 4,000 dockworkers joined and 1,200 stayed home."},
            {"text": "The port authority disagrees."},
        ]
    }
    assert not se.divergence_matches(figure, one_claim_has_both)
    trucks = {"topic": "Trucks (4,000, 1,200)", "kind": "figure", "claims": [{"text": "x"}] * 2}
    assert not se.divergence_matches(trucks, gold)
    # One sentence telling both sides matches; one telling one side does not.
    both = {
        "topic": "Disputed: Estimates range",
        "kind": "dispute",
        "claims": [
            {
                "text": "Estimates range from the union's 4,000 dockworkers in the walkout to "
                "the port authority's count of 1,200 on strike."
            }
        ],
    }
    assert se.divergence_matches(both, gold)
    one_side = dict(both, claims=[{"text": "The union says 4,000 dockworkers joined the walkout."}])
    assert not se.divergence_matches(one_side, gold)


def test_a_denial_matches_its_gold_side_by_its_party_when_the_other_side_is_told():
    gold = {
        "topic": "whether the night raid was ordered",
        "claims": [
            {"text": "The union says harbour police raided the picket line on orders (Lintz)"},
            {"text": "Kessler Haulage: no order was given"},
        ],
    }
    told = {"text": "Lintz said harbour police raided the picket line on orders from above."}
    denial = {"text": "Kessler issued a short statement calling that untrue."}
    assert se.divergence_matches({"kind": "dispute", "claims": [told, denial]}, gold)
    # The party alone, or a side only touched (fewer than STRONG_SHARED stems), is no match.
    touched = {"text": "Police patrolled the quay at dawn."}
    assert not se.divergence_matches({"kind": "dispute", "claims": [touched, denial]}, gold)
    stranger = {"text": "Oskar Brenn issued a short statement calling that untrue."}
    assert not se.divergence_matches({"kind": "dispute", "claims": [told, stranger]}, gold)
