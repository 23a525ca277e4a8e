"""The verbs by which a writer sets one named party's position against another's in the
next sentence (``compose/countered.py``, issue 11).

"Harbour Commissioner Ada Marsh has said the berth fee breaks the port charter. Ferry
Guild chairman Tom Reyes, however, said he believed the fee was lawful." The second
sentence counters the first by its "however" alone; the verbs below say which sentences
tell a party's position (lemmas, as the parse reads them).
"""

from __future__ import annotations

# Verbs that hold a position, not only tell a fact: after an opening "But" the second
# party's verb must be one of these ("But some traders have praised the dredging as the
# quay's best hope", "But the guild believes …"); a mere "But X said …" so often only
# adds a fact ("But harbour police said the ferry would sail at noon").
HOLDING = frozenset(
    {"believe", "think", "see", "view", "regard", "hold", "praise", "hail", "consider"}
)
# Verbs a party set against another by "however" speaks or holds with ("Reyes, however,
# said he believed …", "the Guild, however, sees the slipway as a hazard"); not
# "warn", "indicate" or "predict", which tell what the party expects, not a rival view.
COUNTERING = HOLDING | frozenset(
    {"say", "argue", "contend", "insist", "maintain", "counter", "claim", "assert"}
)
# Verbs by which each of two parties in one sentence speaks or holds its position, "while"
# or "but" setting one against the other ("While the Board said …, the crews accused it
# of …"; ``compose/two_voices.py``).
VOICING = COUNTERING | frozenset({"accuse", "charge", "report"})
# Verbs that credit the first sentence's party with its position ("has said the berth fee
# breaks the charter", "anglers worry that …", "some traders fear …").
ASSERTING = COUNTERING | frozenset(
    {
        "charge",
        "complain",
        "warn",
        "fear",
        "worry",
        "allege",
        "accuse",
        "predict",
        "repeat",
        "reiterate",
        "stress",
    }
)
# Verbs of a contested position, each party's in two sentences with no contrast word:
# "The Harbour Board has insisted that the slick leaked from a tanker. / The Tanker
# Guild contends it came from the shipyard" (both parties contend, so neither only adds a fact).
CONTENDING = frozenset({"insist", "contend", "argue", "maintain"})
# Possessives that make a party the one named before ("But its chairman said …": the
# group's own, not another party).
POINTING_BACK = frozenset({"its", "their", "his", "her"})
# Adverbs by which a second party says the same as the first ("The Coast Guard, too,
# insists …", "likewise maintains", "said they also feared …"): agreement, no counter
# (``compose/countered.py``, ``compose/two_voices.py``).
AGREEING = frozenset({"too", "also", "likewise", "similarly"})
