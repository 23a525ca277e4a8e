"""News digests are skipped with a reason; wire stories, chronologies and transcripts are not."""

from __future__ import annotations

from briefing.ingest import ingest
from briefing.ingest.digests import digest_reason

BUDGET = """The Example Wire weekend news budget for Monday, May 1, 2000.

EDs: Corrections will follow in later lists.

HARBOR-BRIDGE _ PORTLAND _ Engineers close the old bridge over cracked piers. (Smith). 20.

SCHOOL-LUNCH _ Lawmakers debate a bill on breakfast programs. (Jones) MOVED

FARM-PRICES _ DES MOINES _ Corn futures slide on a record harvest. (Brown).

STADIUM-VOTE _ Voters decide whether a new baseball stadium gets public money. (Green) MOVED
"""

COLUMNS = """These columns are described below for our readers.

GARDEN-COLUMN _ Tomatoes need six hours of sunshine and steady watering to ripen properly.

TRAVEL-COLUMN _ VENICE _ Gondola fares rose again this summer, annoying tourists on canals.

MONEY-COLUMN _ Retirement savers should review bond funds before interest rates climb.

CHESS-COLUMN _ A grandmaster explains the queen's gambit opening for club players.
"""

WIRE_STORY = """PORTLAND _ Engineers closed the old harbor bridge on Monday after inspectors
found cracks in two of its piers.

The bridge carries 40,000 cars a day across the harbor, and the closure sent
traffic onto the river road.

Inspectors said the cracks in the bridge piers had grown since the last inspection
of the harbor crossing.

City officials said the bridge would stay closed until engineers finish repairs
to the piers.
"""

# A wire photo list: each caption led by its wire number and a dateline with a state.
PHOTO_LIST = """(HWS12) PORT ELLIS, Ore. -- May 2, 2000 -- FERRY-STRIKE, 05-02 -- Deckhands \
picket the ferry terminal on the first morning of the strike, demanding safer crossings \
and higher wages. (Ann Roe/Coast Daily)

(HWS11) LORVIK -- May 2, 2000 -- TULIP-SHOW, 05-02 -- Growers arrange tulips before the \
spring flower show opens to visitors from neighbouring villages and distant cities. \
(Ben Doe/Valley Post)

(HWS10) MILLBROOK, Vt. -- May 2, 2000 -- MAPLE-PRICES, 05-02 -- A farmer taps maple trees \
as syrup prices climb for a third year because warm winters shortened harvests. (Cal Poe)

(HWS9) DUNMORE, Ky. -- May 2, 2000 -- STADIUM-VOTE, 05-02 -- Fans cheer outside the old \
ballpark after voters approved money for a new stadium downtown near the river. \
(Dee Moe/Lake Times)
"""

CHRONOLOGY = """Key dates in the harbor bridge repairs.

Jan. 4 -- Inspectors find cracks in two piers of the harbor bridge.

Feb. 9 -- Engineers close the harbor bridge for repairs to the piers.

March 2 -- The city council pays for new steel on the bridge piers.

April 20 -- The harbor bridge reopens after repairs to the piers.
"""


def test_budget_and_column_digests_are_detected():
    assert "news digest" in digest_reason(BUDGET)
    assert "news digest" in digest_reason(COLUMNS)
    assert "news digest" in digest_reason(PHOTO_LIST)


def test_real_articles_are_not_digests():
    assert digest_reason(WIRE_STORY) is None
    assert digest_reason(CHRONOLOGY) is None
    assert digest_reason("One paragraph only.") is None


def test_ingest_skips_a_digest_with_the_reason(tmp_path):
    (tmp_path / "budget.txt").write_text(BUDGET, encoding="utf-8")
    (tmp_path / "story.txt").write_text(WIRE_STORY, encoding="utf-8")
    result = ingest([str(tmp_path)])
    assert [d.location.rsplit("/", 1)[-1] for d in result.documents] == ["story.txt"]
    assert [(s.location.rsplit("/", 1)[-1], "news digest" in s.reason) for s in result.skipped] == [
        ("budget.txt", True)
    ]
