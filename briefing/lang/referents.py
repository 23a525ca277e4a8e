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
# Heads that, capitalised after "the", stand for the one "X of Y" name of a body the
# article gave ("the Corps" after "the Marlow Corps of Surveyors", "the House" after "the
# House of Delegates"): the heads above and words that name a body only so capitalised.
# Not publications ("the Times": the Times of London or another) nor people ("the
# Welling trial" after "Nora Welling of Ohio").
CAPITAL_BODY_HEADS = INSTITUTION_HEADS | frozenset(
    {
        "corps", "department", "service", "office", "house", "senate", "church", "chamber",
        "league", "guard", "society", "union", "college", "school", "museum", "division",
        "secretariat", "command",
    }
)  # fmt: skip
# spaCy entity labels whose names can be such a body or event.
NAMED_BODY_LABELS = frozenset({"ORG", "FAC", "EVENT", "LAW", "NORP", "PRODUCT", "WORK_OF_ART"})
# What finds, rules or tells of a person without being one: an inquiry, a report, a
# record ("An inquiry found he was to blame": no one is named for "he"; DUC 2004
# summaries, session 51).
RECORD_NOUNS = frozenset(
    {
        "investigation", "inquiry", "probe", "review", "study", "report", "survey", "poll",
        "audit", "hearing", "ruling", "verdict", "finding", "document", "record", "letter",
        "statement",
    }
)  # fmt: skip
# People an article introduces and then calls by a plain noun ("the workers", "the two
# men", "the victims"): which ones only an earlier sentence says. Words that name the
# public at large ("people", "police", "public") are left out.
PEOPLE_HEADS = frozenset(
    {
        "activists", "attackers", "boy", "boys", "children", "couple", "crew", "delegates",
        "demonstrators", "detainees", "driver", "employees", "families", "family", "farmers",
        "girl", "girls", "gunman", "gunmen", "hijackers", "hostages", "inmates", "man",
        "men", "miners", "militants", "passengers", "patients", "pilot", "pilots",
        "prisoners", "protesters", "rebels", "relatives", "residents", "retirees",
        "settlers", "soldiers", "strikers", "students", "survivors", "suspect", "suspects",
        "teenager", "teenagers", "victim", "victims", "villagers", "volunteers", "woman",
        "women", "worker", "workers", "youths",
    }
)  # fmt: skip
# Publications and findings an article names and then calls "the magazine", "the
# study": which one only an earlier sentence says. A publication named in full before
# ("Aviation Weekly magazine") can be given back in a note, like a body.
PUBLICATION_HEADS = frozenset({"magazine", "newspaper", "journal", "weekly", "daily"})
FINDING_HEADS = frozenset({"study", "survey", "poll", "book", "film", "documentary"})
