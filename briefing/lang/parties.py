"""Words of political parties' names: which ones a party's own name is made of, and
which ones only describe it when written in front ("the Islamic Dawn Party")."""

from __future__ import annotations

# The word that closes a party's name ("Dawn Party", "Harvest Party").
PARTY_HEADS = frozenset({"party"})
# Words of ideology or class that open many parties' own names: "Democratic Party" and
# "Social Democratic Party", "Left Party" and "Democratic Left Party" are other parties,
# so a word in front of a name opened by one of these is never a mere description.
PARTY_NAME_WORDS = frozenset({
    "democratic", "democrat", "republican", "socialist", "social", "labour", "labor",
    "liberal", "conservative", "communist", "people's", "peoples", "popular", "national",
    "nationalist", "green", "left", "right", "workers", "workers'", "progressive",
    "united", "unity", "reform", "independent", "radical", "revolutionary", "christian",
    "islamic", "new", "free", "federal", "centre", "center", "agrarian", "peasant",
})  # fmt: skip
# Religions' adjectives a writer puts in front of a party's name to say what it stands
# for ("the Islamic Dawn Party", "the pro-Islamic Dawn Party"); a people's adjective
# ("Turkish") describes it the same way (``matching.country_of``).
PARTY_DESCRIPTORS = frozenset({
    "islamic", "islamist", "muslim", "christian", "catholic", "jewish", "hindu",
    "buddhist", "secular", "religious", "fundamentalist",
})  # fmt: skip
# Written before a descriptor: "pro-Islamic".
DESCRIPTOR_PREFIXES = ("pro-",)
# The qualifier that says a body is a federal state's own, not whose ("the Federal
# Marine Safety Office" beside "the U.S. Marine Safety Office").
FEDERAL_WORDS = frozenset({"federal"})
