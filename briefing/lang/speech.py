"""Speech: the verbs and patterns that attribute words to a speaker."""

from __future__ import annotations

import re

from briefing.lang.outlets import PUBLICATION_NOUNS
from briefing.lang.patterns import alternation, cue_pattern

# The commonest verbs of saying as written: every list of speech verbs below has them.
SAYS = (
    "said", "says", "told", "added", "adds", "argued", "argues", "insisted", "insists",
    "explained", "warned",
)  # fmt: skip
# Verbs a party asserts its own account with, as written ("the council said the estimates
# were wrong", "aides insisted the reporter misread her"): a dispute's party speaking.
ASSERTING_VERBS = (
    "said", "says", "insisted", "insists", "maintained", "maintains", "argued", "argues",
)  # fmt: skip
# Verbs and phrases that attribute words to a speaker (case as written).
SAY_WORDS = SAYS + (
    "say", "tells", "wrote", "writes", "noted", "notes", "stated", "states", "explains",
    "declared", "warns", "continued", "asked", "asks", "according to", "recalled",
    "acknowledged", "admitted", "announced", "commented", "replied", "replies", "responded",
    "responds",
)  # fmt: skip
# Verbs of view and intent ("Hallworth believes", "Hallworth plans"): whose view it is.
VIEW_WORDS = (
    "believes", "believed", "thinks", "thought", "contends", "contended", "agreed", "agrees",
    "estimated", "estimates", "predicted", "predicts", "suggested", "suggests", "plans",
    "planned", "wants", "wanted", "hopes", "hoped", "maintains", "maintained",
)  # fmt: skip
# Right after a name, these make it the sentence's speaker or the holder of its view
# (``compose.clarity``: "Hallworth said", "Hallworth believes").
SPEAKER_VERBS = (
    SAYS + ("noted", "notes", "wrote", "writes", "acknowledged", "recalled", "recalls") + VIEW_WORDS
)
# Saying verbs that tell nothing of the fact said (``compose.near_duplicates`` weighs the
# rest); verbs whose stem is also a thing ("states", "notes") are not among them.
SAYING_VERBS = SAYS + ("tells", "declared", "claimed", "announced")
SAY_RE = cue_pattern(SAY_WORDS, flags=re.NOFLAG)
# Verbs of saying or of intent that tell the subject's own deed or plan ("X admitted
# faking the data", "X announced her resignation", "X plans to resign"): a party's, not a
# commentator's view.
OWN_DEED_WORDS = frozenset({
    "admitted", "acknowledged", "announced", "plans", "planned", "wants", "wanted", "hopes",
    "hoped",
})  # fmt: skip
# A verb of saying or of view, written whole ("said", "predicted"): what its subject gives
# is a view (``compose.actors.experts``).
# Verbs only a comment takes ("X observed", "X argued", "X added"): a view as well.
# Session 53's reading of DUC 2004: commentators cited with "observed" were kept.
COMMENT_WORDS = ("observed", "observes", "argued", "argues", "added", "adds", "cautioned")
OPINION_RE = cue_pattern(
    tuple(w for w in SAY_WORDS + VIEW_WORDS + COMMENT_WORDS if w not in OWN_DEED_WORDS),
    flags=re.NOFLAG,
)
# A clause that tells only who spoke and when or where ("Brandt said Tuesday.", "the
# ministry's spokesman told reporters on Friday"): what was said is elsewhere, in another
# clause or the next sentence ("... said in a statement Monday:"). Who spoke is a name or
# a title, without a comma: "The pier was shut, officials said." tells what was said.
_SPOKE_AFTER = (
    "on", "in", "at", "to", "late", "early", "last", "this", "here", "there", "so", "it",
    "reporters", "journalists", "the", "a", "an", "news", "press", "conference",
    "briefing", "statement", "interview", "evening", "morning", "night", "afternoon",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
    "yesterday", "tonight", "jan", "feb", "march", "april", "may", "june", "july", "aug",
    "sept", "oct", "nov", "dec", "january", "february", "august", "september", "october",
    "november", "december", r"\d+",
)  # fmt: skip
SPEECH_ONLY_RE = re.compile(
    r"^[^\"“”:;,]{0,60}?\b(?:said|says|told|added|stated|declared|announced|noted|wrote|"
    r"commented|explained|confirmed|insisted)"
    rf"(?:[\s,.]+(?:{'|'.join(_SPOKE_AFTER)}))*[\s,.!:]*[\"”’']*$",
    re.IGNORECASE,
)
# A transcript line: "SPEAKER NAME: what they said" (the words at least 40 characters).
TRANSCRIPT_LINE_RE = re.compile(r"^([A-Z][^\n:]{1,40}):[ \t]+([^\n]{40,})$", re.MULTILINE)
# Who said a sentence: "Frank said", "…, said Frank" (the name in group 1 or 2).
SPEAKER_RE = re.compile(
    r"\b([A-Z][\w'’-]+)\s+(?:said|says|told|argued|added|noted|insisted)\b"
    r"|\b(?:said|says|told)\s+(?:[A-Z][\w'’-]+\s+)*([A-Z][\w'’-]+)"
)
# A quote's end and who it is credited to: '…," said the official' (``after``), '…,"
# Li said' (``before``).
_CREDIT_VERBS = r"(?:said|says|added|insisted)"
QUOTE_CREDIT_RE = re.compile(
    rf"[,.!?]?[\"”]\s+(?:{_CREDIT_VERBS}\s+(?P<after>(?:the\s+|an?\s+)?[\w'’.-]+"
    rf"(?:\s+[A-Z][\w'’.-]+){{0,3}})|(?P<before>(?:the\s+)?[\w'’.-]+"
    rf"(?:\s+[A-Z][\w'’.-]+){{0,3}})\s+{_CREDIT_VERBS}\b)"
)
# A speaker's name opening a sentence of a transcript ("Zuckerberg: ...").
SPEAKER_PREFIX_RE = re.compile(r"^(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}):\s")
# The marks that open and close a quotation, straight or curly ('"We will," ...').
OPENING_QUOTES = ('"', "“")
CLOSING_QUOTES = ('"', "”")
# Any one of them: a text's quotation marks are read, not every character (every sentence
# of every article with a digest, benchmarks/scale.py's first build).
QUOTE_MARK_RE = re.compile("|".join(map(re.escape, sorted(set(OPENING_QUOTES + CLOSING_QUOTES)))))


def quote_open_after(text: str, opened: bool = False) -> bool:
    """Whether a quotation is open at the end of ``text``, ``opened`` before it."""
    for ch in QUOTE_MARK_RE.findall(text):  # the marks only, not every character
        if ch in OPENING_QUOTES and (ch not in CLOSING_QUOTES or not opened):
            opened = True
        elif ch in CLOSING_QUOTES:
            opened = False
    return opened


# Lemmas (spaCy's) of the verbs that report speech: the one list the sets below grow from.
# The plainest first: a date right after one of them is the report's ("said Tuesday").
SAY_LEMMAS = frozenset({"say", "report", "announce", "tell", "state", "add", "claim"})
SPEECH_LEMMAS = SAY_LEMMAS | {"insist", "note", "write", "confirm", "indicate"}
# Lemmas of verbs that report speech or a stated intention.
REPORTING_LEMMAS = SPEECH_LEMMAS | {"promise", "pledge", "vow", "expect", "plan", "according"}
# Verbs that report what someone said, wrote, thought or knew: a sentence built on one
# tells its event in what they report (``compose.events``).
SAYING_LEMMAS = SPEECH_LEMMAS | {
    "argue", "declare", "explain", "warn", "acknowledge", "admit", "believe", "think",
    "accord", "suggest", "know",
}  # fmt: skip
# Words before an outlet's name that make it a credit: "according to", "told", "via".
CITE_BEFORE_WORDS = (
    "according to", "told", "reported by", "quoted by", "cited by", "via", "reports?",
    "reported", "as", "source:", "in", "by", "to", "said", "telling",
)  # fmt: skip
# A publication's noun may stand between the cue and the name, after up to two words
# ("according to the Colombian newspaper X", "told radio station X").
_PUBLICATION_BEFORE_NAME = rf"(?:(?:[\w.-]+\s+){{0,2}}?{alternation(PUBLICATION_NOUNS)}\s+)?"
CITE_BEFORE_RE = cue_pattern(
    CITE_BEFORE_WORDS, before="", after=rf"\s*(?:the\s*)?{_PUBLICATION_BEFORE_NAME}$"
)
# What may stand between an outlet's name and the next word: a possessive ("Reuters'").
_AFTER_NAME = r"^['’]?s?\s*"
# Words after an outlet's name that make it a credit: "news agency", "reported".
CITE_AFTER_WORDS = (
    "news agency", "newspaper", "daily", "reported", "reports", "quoted", "said in a report",
    "first reported", "television", "tv", "radio",
)  # fmt: skip
CITE_AFTER_RE = cue_pattern(CITE_AFTER_WORDS, before=_AFTER_NAME)
# Right after a publication's name, a speech verb makes it a credit too ("the Post said",
# "the Post quoted a source"): a publication speaks only through its reports.
SPEAKS_AFTER_RE = cue_pattern(SAY_WORDS + ("quoted",), before=_AFTER_NAME + r"(?:also\s+)?")
# Words after an outlet's name that make its own reporting part of the story.
STORY_WORDS = ("report", "story", "revelations?", "investigation", "article", "expos[eé]", "scoop")
STORY_AFTER_RE = cue_pattern(STORY_WORDS, before=_AFTER_NAME + r"(?:\w+\s+){0,1}")
# Just before a name, marks the listener rather than the speaker ("told the Senate").
LISTENER_BEFORE_RE = re.compile(r"\b(?:told|to)\s+(?:the\s+)?$")
# A relative pronoun subject stands for the noun it follows ("Wyden, who said").
RELATIVE_SUBJECTS = {"who", "that"}
# Pronoun subjects that refer back to the last person named.
PERSONAL_SUBJECTS = {"he", "she"}
# A person named as one of a group that is a clause's subject ("Some scientists, like
# Dr. Roe, think ..."; "Doctors, including Roe, say ..."): whom a later "he" may mean.
EXAMPLE_PREPOSITIONS = frozenset({"like", "including"})
