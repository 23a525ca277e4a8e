"""The bundled sample corpus (``sources/``): clutter gone, article sentences kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.ingest import ingest

SOURCES = Path(__file__).resolve().parents[2] / "sources"

CLUTTER = [
    "REUTERS/",
    "logo",
    "Managing Editor",
    "Font Size",
    "RELATED:",
    "Follow Eric",
    "Send tips",
    "available without charge",
    "Please enter your",
    "Chat with",
    "Contributing authors are invited",
    "About the author",
    "Contributor",
    "was a senior editor for Third Door Media",
    "Fuel up with",
    "CREDIT:",
    "dodged questions today",  # the photo caption
    "..",
]

KEPT = [
    "Facebook has been banned in China since 2009.",
    "Facebook admitted Tuesday that it shares data with four Chinese tech giants",
    "Facebook insists that data given to Huawei remained on phones, rather than company servers.",
    "When will Facebook’s CEO understand the meaning of privacy?",
    "Raise your hand if Facebook shared user data with you",
    "Chinese telecom Huawei has been accused of being at the heart of Beijing's spying efforts.",
    "a Facebook representative confirmed to ThinkProgress that the relationship with Huawei",
    "who said that the “Trump administration is giving ZTE and China the green light",
    "Recent reports have revealed that Facebook had signed a data-sharing deal with 60 consumer",
    "(A Wyden aide told ThinkProgress",  # a real parenthetical, not a "(RELATED: ...)"
]


@pytest.fixture(scope="module")
def result():
    return ingest([str(SOURCES)])


def test_sample_reads_all_five(result):
    assert result.skipped == []
    assert len(result.documents) == 5
    assert all(d.title and len(d.title.split()) < 25 for d in result.documents)
    assert not any(d.location.endswith("README.md") for d in result.documents)


@pytest.mark.parametrize("needle", CLUTTER)
def test_no_clutter_survives(result, needle):
    for doc in result.documents:
        assert needle not in doc.text, (doc.location, needle)


@pytest.mark.parametrize("needle", KEPT)
def test_real_sentences_survive(result, needle):
    assert any(needle in d.text for d in result.documents), needle


def test_titles_not_repeated_in_text(result):
    for doc in result.documents:
        first = doc.text.split("\n\n")[0]
        assert first != doc.title


def test_metadata_from_clutter(result):
    by_name = {Path(d.location).name[:3]: d for d in result.documents}
    assert by_name["001"].author == "Eric Lieberman"
    assert by_name["001"].outlet == "Daily Caller News Foundation"
    assert by_name["003"].author == "Amy Gesenhues"


def test_paragraph_format(result):
    for doc in result.documents:
        paras = doc.text.split("\n\n")
        assert len(paras) >= 5
        assert all(p == " ".join(p.split()) for p in paras)  # normalised whitespace
