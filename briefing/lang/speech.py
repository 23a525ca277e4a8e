"""Speech: the verbs and patterns that attribute words to a speaker."""

from __future__ import annotations

import re

SAY_RE = re.compile(
    r"\b(?:said|says|say|told|tells|wrote|writes|added|adds|noted|notes|stated|states|"
    r"explained|explains|argued|argues|insisted|insists|declared|warned|warns|continued|"
    r"asked|asks|according to|recalled|acknowledged|admitted|announced|commented|replied)\b"
)
# A transcript line: "SPEAKER NAME: what they said" (the words at least 40 characters).
TRANSCRIPT_LINE_RE = re.compile(r"^([A-Z][^\n:]{1,40}):[ \t]+([^\n]{40,})$", re.MULTILINE)
# A speaker's name opening a sentence of a transcript ("Zuckerberg: ...").
SPEAKER_PREFIX_RE = re.compile(r"^(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}):\s")
# Lemmas of verbs that report speech or a stated intention.
REPORTING_LEMMAS = {
    "say", "tell", "announce", "confirm", "state", "add", "write", "insist", "promise",
    "pledge", "expect", "plan", "report", "note", "claim", "indicate", "according", "vow",
}  # fmt: skip
