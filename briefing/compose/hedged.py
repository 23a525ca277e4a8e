"""Hedged statements: a sentence whose main verb is a guess ("Tourism may prove the
firmest shared footing", "The towns may have second thoughts", "The leader could soon
be off the hook") tells no fact. Lifted out of its article into the summary or the
background, it reads as news under the article's date though nothing happened; a
reported guess ("the report said the radar could have caused it") is a fact about the
report and stays, and so do a rule and a refusal ("may commute a sentence only upon the
board's advice", "could not say").
"""

from __future__ import annotations

import re

from briefing.compose.timeless import REPORT_LEMMAS
from briefing.model import AnalysedDocument, Sentence
from briefing.parsed import tokens_at

# The modals of a guess; "will", "can" and "must" state a plan, an ability or a duty,
# "should" an advice, "would" most often what a plan or a law holds ("the treaty would
# set standards", "photos would cover half the pack under the proposal": session 30,
# check D0627I, D0623E). Session 30's judges found "may"/"could" lines read as dated events.
_GUESSING = frozenset({"may", "might", "could"})
_GUESS_RE = re.compile(r"\b(?:may|might|could)\b", re.IGNORECASE)
# A rule or a denial, not a guess: "A mayor may close the quay only upon the
# board's advice" (session 30, tuning D0635H), "Officials could not say whether ...".
_RULE_WORDS = frozenset({"only", "not", "n't", "never"})


def hedged(adoc: AnalysedDocument, sentence: Sentence) -> bool:
    """Whether ``sentence`` of ``adoc`` is a guess: its root verb takes a guessing modal
    (``_GUESSING``) and reports no one's words or findings."""
    if not _GUESS_RE.search(sentence.text):
        return False
    span = tokens_at(adoc.parse, sentence.start, sentence.end)
    if span is None:
        return False
    root = next((t for t in span if t.dep_ == "ROOT"), None)
    if root is None or root.lemma_ in REPORT_LEMMAS:
        return False
    if any(t.lower_ in _RULE_WORDS for t in span):
        return False
    return any(c.dep_ == "aux" and c.lower_ in _GUESSING for c in root.children)
