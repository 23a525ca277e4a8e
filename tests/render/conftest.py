"""A realistic hand-made Brief for the render tests (no pipeline run needed)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefing.model import (
    Actor,
    Brief,
    Claim,
    Divergence,
    OpenQuestion,
    Quote,
    Skipped,
    SourceEntry,
    Statement,
    TimelineEvent,
    WhatsNew,
)

MARKUP = "AT&T <b>R&D</b>"
# Digest sentences per source id, as the render tests expect to find them.
DIGESTS = {
    1: "Dock workers in Łódź ended a nine-day strike on Tuesday.",
    2: "1999. A year the union recalls: its last strike ran for 12 days.",
}


def make_brief(**overrides: object) -> Brief:
    """A brief touching every section, Unicode from several scripts and markup characters."""
    brief = Brief(
        title="Port strike in Łódź: talks resume",
        date="2024-05-02",
        focus="Will the Łódź logistics hub reopen before June?",
        audience="Internal",
        organisation="Policy Unit Müller & Partners",
        generator="briefing 0.1.0",
        executive_summary=[
            Statement("Dock workers in Łódź ended a nine-day strike on Tuesday.", [1, 2], 0.9),
            Statement(f"{MARKUP} said its fibre link to the port was cut.", [3], 0.7),
        ],
        background=[
            Statement("The hub handles freight between Москва and Αθήνα.", [2], 0.5),
            Statement("Huawei founder 任正非 visited the site in 2019.", [1, 3], 0.4),
        ],
        key_actors=[
            Actor(
                name="Anna Müller",
                type="person",
                role="chair of the dock workers' union",
                mentions=5,
                sources=[1, 2],
                quote=Quote("We will not go back without a contract.", 2),
            ),
            Actor(name="AT&T", type="organisation", role=None, mentions=2, sources=[3]),
        ],
        open_questions=[
            OpenQuestion(
                question="Will the port authority pay back wages?",
                context="It is unclear whether the port authority will pay back wages.",
                sources=[2],
                raised_by="Anna Müller",
            ),
            OpenQuestion(
                question="When will freight resume?",
                context="Nobody knows when freight will resume.",
                sources=[1],
                status="answered",
                answer=Statement("Freight resumed on Wednesday morning.", [3]),
            ),
        ],
        divergences=[
            Divergence(
                topic="Number of strikers",
                claims=[Claim("About 1,200 workers joined.", [1]), Claim("Some 900 joined.", [2])],
            )
        ],
        timeline=[
            TimelineEvent("2024-04-22", "Strike begins in Łódź.", [1]),
            TimelineEvent("2024-04-30", "Talks resume in Warsaw.", [1, 2]),
        ],
        sources=[
            SourceEntry(
                1,
                "Strike ends at Łódź hub",
                "https://news.example.org/lodz/strike-ends?id=7",
                outlet="Example News",
                author="Jan Kowalski",
                date="2024-04-30",
                words=640,
                kind="url",
                summary=[
                    "Dock workers in Łódź ended a nine-day strike on Tuesday.",
                    "The union said talks would resume in Warsaw.",
                ],
            ),
            SourceEntry(
                2,
                "Union vows to fight on",
                "articles/union.html",
                outlet="Daily Example",
                date="2024-04-29",
                words=410,
                kind="html",
                summary=["1999. A year the union recalls: its last strike ran for 12 days."],
            ),
            SourceEntry(3, f"{MARKUP} outage report", "articles/att.txt", words=200),
        ],
        skipped=[Skipped("articles/empty.pdf", "no extractable text")],
        whats_new=WhatsNew(
            since="2024-05-01",
            new_sources=["articles/att.txt"],
            new_statements=[Statement("Freight resumed on Wednesday morning.", [3])],
        ),
    )
    for key, value in overrides.items():
        setattr(brief, key, value)
    return brief


HUGE_SOURCES = 400
LONG_ROLE = "spokesman for " + "the joint committee of regional port authorities " * 25
LONG_QUOTE = "We will keep the terminals open, " * 70


def make_huge_brief() -> Brief:
    """A brief far past any layout's comfort: 400 sources, an actor cited by all of them,
    a 5,000-word executive summary (a shaded box) and one 5,000-word background paragraph."""
    words = [
        "the",
        "port",
        "authority",
        "said",
        "freight",
        "volumes",
        "would",
        "recover",
        "by",
        "the",
        "autumn",
    ]
    text = " ".join(words[i % len(words)] for i in range(5_000)) + "."
    ids = list(range(1, HUGE_SOURCES + 1))
    return make_brief(
        whats_new=None,
        executive_summary=[Statement(text[i * 500 : (i + 1) * 500], ids[:3]) for i in range(60)],
        background=[Statement(text, ids)],
        key_actors=[
            Actor("Anna Müller", "person", role=LONG_ROLE, sources=ids, quote=Quote(LONG_QUOTE, 7)),
            Actor("X" * 400, "organisation", role="unbroken name", sources=ids[:30]),
        ],
        sources=[SourceEntry(i, f"Report {i} on the strike", f"articles/{i}.txt") for i in ids],
    )


@pytest.fixture(scope="session")
def huge_brief() -> Brief:
    return make_huge_brief()


@pytest.fixture(scope="session")
def brief_factory() -> Callable[..., Brief]:
    return make_brief


@pytest.fixture
def brief() -> Brief:
    return make_brief()


@pytest.fixture
def digests() -> dict[int, str]:
    """One digest sentence per source id that has a summary."""
    return DIGESTS


@pytest.fixture
def sections() -> list[str]:
    """Top-level section headings of the test brief, in order."""
    return [
        "What's new since 2024-05-01",
        "Executive summary",
        "Background",
        "Key actors",
        "Open questions",
        "Where sources differ",
        "Timeline",
        "Source digests",
    ]
