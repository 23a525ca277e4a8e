"""Words that tie a sentence to the text before it: leading connectives ("However,",
"In addition") and openers that point back ("He", "This", "The latter"). A sentence
quoted alone in a brief loses that text, so compose drops the connective or the sentence.
"""

from __future__ import annotations

import re

from briefing.lang.patterns import alternation

# Leading connectives that refer to the previous sentence; safe to drop.
CONNECTIVE_RE = re.compile(
    r"^(?:and|but|so(?! far\b| much\b| many\b)|yet|or|also|however|meanwhile|still|moreover|"
    r"furthermore|nevertheless|nonetheless|besides|instead(?! of\b)|indeed|"
    r"in addition(?! to\b)|in fact|in turn|at the same time|"
    r"on the other hand|even so|as a result|by contrast|in contrast|separately|"
    r"for (?:its|his|her|their) part|otherwise|then|thus|therefore|consequently)\b,?\s+",
    re.IGNORECASE,
)

# A connective set off inside the sentence ("The plane, however, crashed", "..., too."):
# the contrast or addition is with a sentence the reader will not see; safe to drop.
_INNER_CONNECTIVES = (
    "however", "though", "too", "instead", "meanwhile", "nevertheless", "nonetheless",
    "in other words", "for example", "for instance", "in turn", "as a result", "therefore",
    "moreover", "furthermore", "in addition", "likewise", "similarly", "also", "by contrast",
    "in contrast", "on the other hand", "after all", "of course", "in fact", "again",
)  # fmt: skip
INNER_CONNECTIVE_RE = re.compile(
    rf",\s*{alternation(_INNER_CONNECTIVES)}\s*(?P<end>,\s*|\.$)", re.IGNORECASE
)
# Words that open a sentence with a clause or phrase (not its subject): after one of
# them the dropped connective leaves a comma behind ("After the crash, X ...").
OPENING_WORDS = frozenset(
    (
        "in",
        "on",
        "at",
        "after",
        "before",
        "when",
        "while",
        "if",
        "as",
        "since",
        "until",
        "although",
        "because",
        "by",
        "for",
        "with",
        "from",
        "under",
        "despite",
        "unlike",
        "contrary",
        "during",
        "without",
        "within",
    )  # fmt: skip
)

# First words that point at something said earlier in the article.
DANGLING_FIRST = frozenset(
    [
        "he",
        "she",
        "it",
        "they",
        "them",
        "his",
        "her",
        "hers",
        "its",
        "their",
        "theirs",
        "we",
        "our",
        "us",
        "i",
        "me",
        "my",
        "you",
        "your",
        "this",
        "these",
        "those",
        "that",
        "such",
        "there",
        "here",
        "both",
        "neither",
        "either",
        "another",
        "other",
        "others",
        "each",
        "one",
        "nor",
    ]
)
DANGLING_PHRASE_RE = re.compile(
    r"^(?:the (?:same|latter|former|other)|at that time|after that|that is|the two|"
    r"(?:aside from|apart from|besides|despite|because of|in addition to|like) "
    r"(?:this|that|these|those|it|them)\b)\b",
    re.IGNORECASE,
)
# The connectives stripped from the start of a timeline event: a word that ties the
# sentence to the one before ("However", "Yet"), or a phrase set off by a comma that
# says why or what else ("For that reason,", "As a result,", "In addition,"). What is
# left is the entry when it stands alone (``NOT_ALONE_RE``), else the sentence is none.
# Timelines of the 20 TUNING+CHECK stories, session 19: five entries opened so.
_EVENT_CONNECTIVE_WORDS = (
    r"moreover|however|meanwhile|also|and|but|so(?! far\b| much\b| many\b)|still|indeed|"
    r"in fact|yet|separately|nevertheless|nonetheless|furthermore|consequently|therefore|"
    r"thus(?! far\b)"
)
_EVENT_CONNECTIVE_PHRASES = (
    r"as a (?:result|consequence)|for (?:that|this|the same|these|those) reasons?|"
    r"because of (?:that|this)|in addition|in turn|in response|instead|by contrast|"
    r"in contrast|on the other hand|at the same time|even so|after that|"
    r"for (?:its|his|her|their) part|likewise|similarly|in other words|after all|of course"
)
EVENT_CONNECTIVE_RE = re.compile(
    rf"^(?:(?:{_EVENT_CONNECTIVE_WORDS})\b,?\s+|(?:{_EVENT_CONNECTIVE_PHRASES}),\s+)", re.I
)
# A sentence opening with these points back at text the reader will not see.
BACK_REFERENCE_WORDS = {
    "he",
    "she",
    "it",
    "they",
    "this",
    "that",
    "these",
    "those",
    "aboard",
    "there",
}
# Opening words that need the sentence before to be understood: not an entry on its own.
NOT_ALONE_RE = re.compile(
    r"^(?:yet\s+|and\s+|but\s+)?(?:(?:he|she|it|they|his|her|its|their)\b(?!['’]s)|"
    r"(?:this|that|these|those)\s+(?:is|was|are|were|has|have|had|will|would|could|may|"
    r"might|means?|meant)\b)",
    re.I,
)
# An opening that counts what the sentence before left out ("Any other building was
# private", "The rest were …"): it says nothing until that sentence is read.
OTHER_THAN_BEFORE_RE = re.compile(r"(?:(?:any|all|every)\s+other|the\s+rest|others)\b", re.I)
