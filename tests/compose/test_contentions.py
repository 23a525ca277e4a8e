"""One party's contention and the next sentence's "But another party contends …"."""

from __future__ import annotations

from briefing.compose.contentions import find_contentions
from briefing.compose.dispute_topics import ONE_SOURCE_LABEL
from tests.compose.conftest import articles

FIRST = "Many harbour residents contend the quay fee drove the island traders away. "
SECOND = "But associates of Mayor Dora Vell contend the quay fee kept the old harbour open. "


def contentions(*texts: str) -> list:
    return find_contentions(articles(*texts), set())


def test_a_contention_set_against_another_partys_is_a_dispute():
    [found] = contentions(FIRST + SECOND + "The quay reopened in May.")
    heading = "Associates of Mayor Dora Vell contend the quay fee kept the old harbour open."
    shown = (found.kind, found.topic, [c.text for c in found.claims])
    assert shown == ("dispute", ONE_SOURCE_LABEL + heading, [FIRST.strip(), SECOND.strip()])


def test_no_contrast_a_mere_said_one_party_or_another_thing_is_no_dispute():
    assert contentions(FIRST + SECOND.replace("But associates", "Associates")) == []
    said = SECOND.replace("contend", "said")
    assert contentions(FIRST + said) == []
    same = "But many harbour residents also contend the quay fee kept the old harbour open. "
    assert contentions(FIRST + same) == []
    other = "But associates of Mayor Dora Vell contend the new school opened on time. "
    assert contentions(FIRST + other) == []


def test_a_sentence_shown_elsewhere_is_not_shown_again():
    assert find_contentions(articles(FIRST + SECOND), {SECOND.strip()}) == []


def test_a_contention_opening_by_contrast_is_one_and_its_heading_drops_the_opening():
    # The contrast openings were a near-twin of lang.both_sides's CONTRAST_OPENING_RE, with
    # But/However/Yet only: "By contrast, associates of …" set against a contention was none.
    second = SECOND.replace("But associates", "By contrast, associates")
    [found] = contentions(FIRST + second + "The quay reopened in May.")
    heading = "Associates of Mayor Dora Vell contend the quay fee kept the old harbour open."
    assert found.topic == ONE_SOURCE_LABEL + heading
