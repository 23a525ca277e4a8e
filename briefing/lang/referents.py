"""Short names an article gives a body or an event it named in full before: "the
committee" after "the Senate Ethics Committee", "the summit" after "the Asia-Pacific
Economic Cooperation Summit".

Plain data for ``compose.editorial``: only heads that, after "the", almost always point
back to the one named body or event of that kind. Words that name a place or a common
thing as often as a body ("house", "street", "city", "world", "war", "state") are left
out: "the house" after "the White House" is as likely a home.
"""

from __future__ import annotations

# Heads of organisations, bodies, meetings, programmes and agreements.
INSTITUTION_HEADS = frozenset(
    {
        "academy", "administration", "agency", "airline", "alliance", "assembly",
        "association", "authority", "bank", "board", "bureau", "cabinet", "campaign",
        "centre", "center", "coalition", "commission", "committee", "company", "conference",
        "congress", "convention", "corporation", "council", "court", "federation", "forum",
        "foundation", "fund", "initiative", "institute", "ministry", "movement", "network",
        "operation", "organisation", "organization", "panel", "parliament", "party",
        "programme", "program", "project", "protocol", "summit", "treaty", "tribunal",
        "university",
    }
)  # fmt: skip
# spaCy entity labels whose names can be such a body or event.
NAMED_BODY_LABELS = frozenset({"ORG", "FAC", "EVENT", "LAW", "NORP", "PRODUCT", "WORK_OF_ART"})
