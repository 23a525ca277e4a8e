"""Statements that tell how things are in general, not what happened on a day.

A summary statement with no date of its own is dated by the article that reports it.
That is right for an event ("the ferry sank") or how things stood that day ("officials
are still searching"), but not for a general statement: "A non-resident has no say in
the council", "Arthritis develops when the cartilage wears down", "A mayor has
no authority to close a state road" hold whenever the article was written. Shown
under the article's date and sorted by it, such a line reads as the day's news, out of
place among the events.

A sentence is general here when its main clause is in the simple present (active, "is",
"calls", "does not have"; or passive, "are designed"), its verb reports no one's words
("says", "indicates") nor a view ("all agree that ..."), and nothing in it ties it to a
time: no date expression at all ("this week", "annually", "in two years"), no figure
(measured at a time) and no word that makes it the day's state or news ("now",
"still", "new", "recently"). A present perfect ("has risen since 1985"),
a progressive ("are rushing off") or a modal ("may prove") is left to its article's date.
A present passive that names its doer ("the rules are described by the mayor's office
as unfair") tells that doer's act or view of the day, not how things are. Nor is a
sentence general whose subject is one dated thing the article tells of: "The
first set of measures holds a fuel tax", "The party's platform opposes ...": a
plan, an agreement, a report named with "the", "this" or an owner (``_dated_thing``),
not "A treaty binds its signers" (session 30: such a line lost its article's date).
Such a statement shows no date and reads first (``editorial.TIMELESS``). Read on the 20
dev tuning and check stories (session 29): 12 summary and background statements lost an
article's date that dated no event, 4 lost one that was harmless, none lost a right one;
rouge_eval.py unchanged (DUC 2006 topic 10.83, first line 10.55; DUC 2004 10.05).
"""

from __future__ import annotations

import re

from briefing.compose.near_duplicates import stem
from briefing.lang.dates import FINDING_LEMMAS, TIME_LABELS
from briefing.lang.speech import REPORTING_LEMMAS, SAYING_LEMMAS
from briefing.lang.tenses import PRESENT_TAGS
from briefing.model import AnalysedDocument, Sentence
from briefing.parsed import ParsedDoc, Token, tokens_at

# "does not have", "do exist": the present carried by "do".
_DO_FORMS = frozenset({"do", "does"})
_AUX_DEPS = frozenset({"aux", "auxpass"})
_VERB_POS = frozenset({"VERB", "AUX"})
# Verbs that report words, findings or expectations ("says", "estimates", "expects"):
# what they report was said or found on the article's day.
REPORT_LEMMAS = SAYING_LEMMAS | REPORTING_LEMMAS | FINDING_LEMMAS
# Words that tie a present tense to the article's day: its state then, or its news.
# Set by reading (session 29, dev tuning stories: "Kell Orchards now has 14 acres",
# "New projections ... indicate it might be worse"), not tuned.
_NOW_RE = re.compile(
    r"\b(?:now|still|currently|recent(?:ly)?|latest|new|newly|so far|yet|no longer|"
    r"these days|nowadays|at present|at the moment|anymore|any more)\b",
    re.IGNORECASE,
)
# A figure ("50 percent are unemployed", "affects 16 million") is measured at a time:
# the article's date is its date (session 29, D0601A); so is a count in words ("Two
# senators ... vow to stall the bill": session 30, check D0627I).
_FIGURE_RE = re.compile(
    r"\d|\b(?:percent|per cent|million|billion|half|a third|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|dozens?|hundreds|thousands)\b",
    re.IGNORECASE,
)
# Things made or agreed on a day: as a definite subject ("the plan", "the first group
# of proposals") one of them, told of in a dated context, not a kind. Listed by reading
# (session 30's brief: "The first set of measures holds ..." lost its date), not tuned.
_DATED_THINGS = frozenset(
    (
        "agreement", "accord", "deal", "treaty", "pact", "proposal", "plan", "bill",
        "platform", "budget", "report", "study", "survey", "poll", "resolution", "package",
        "program", "programme", "conference", "convention", "summit", "ruling", "decision",
        "contract", "settlement", "ordinance", "initiative", "draft", "amendment",
        "legislation", "law", "rule", "regulation", "order", "offer", "compromise", "reform",
        "strategy", "verdict", "indictment", "complaint", "lawsuit", "memo", "letter",
    )
)  # fmt: skip
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_DEFINITE_DETS = frozenset({"the", "this", "that", "these", "those"})
# "a disease", "an organic farming system": a kind the subject is one of.
_KIND_DETS = frozenset({"a", "an"})


def _main_verb(parse: ParsedDoc | None, start: int, end: int) -> Token | None:
    """The root verb of the sentence at document offsets ``start:end``, if it is one."""
    span = tokens_at(parse, start, end)
    if span is None:
        return None
    root = next((t for t in span if t.dep_ == "ROOT"), None)
    return root if root is not None and root.pos_ in _VERB_POS else None


def simple_present(verb: Token) -> bool:
    """ "is", "calls"; "does not have"; "are designed" (a present passive)."""
    auxes = [c for c in verb.children if c.dep_ in _AUX_DEPS]
    if not auxes:
        return verb.tag_ in PRESENT_TAGS
    if verb.tag_ == "VB":
        return all(a.lower_ in _DO_FORMS for a in auxes)
    if verb.tag_ == "VBN":
        return all(a.dep_ == "auxpass" and a.tag_ in PRESENT_TAGS for a in auxes)
    return False


def timeless(adoc: AnalysedDocument, sentence: Sentence) -> bool:
    """Whether ``sentence`` of ``adoc`` states something general (see the module): no
    date is its own, not even its article's."""
    if (
        _NOW_RE.search(sentence.text)
        or _FIGURE_RE.search(sentence.text)
        or any(m.sentence == sentence.index and m.label in TIME_LABELS for m in adoc.mentions)
    ):
        return False
    verb = _main_verb(adoc.parse, sentence.start, sentence.end)
    return (
        verb is not None
        and verb.lemma_ not in REPORT_LEMMAS
        and simple_present(verb)
        and not _holds_view(verb)
        and not _dated_thing(verb)
        and not any(c.dep_ == "agent" for c in verb.children)
    )


def defines(adoc: AnalysedDocument, sentence: Sentence, focus: frozenset[str]) -> bool:
    """Whether ``sentence`` says what the story's subject is: "X is a Y" in the simple
    present, a ``focus`` stem in its subject X and Y a kind ("Arthritis is a disease of
    the joints"). Read as the story's opening, not under its article's date. Not a
    remark on X ("the issue is a stone in the party's shoe": session 31
    judged such a line from the story's last month wrong as its opening, D0619A)."""
    verb = _main_verb(adoc.parse, sentence.start, sentence.end)
    if verb is None or verb.lemma_ != "be" or not simple_present(verb) or not focus:
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    said = {
        stem(t.lower_)
        for c in subjects
        for t in adoc.parse[c.left_edge.i : c.right_edge.i + 1]  # type: ignore[index]
    }
    return bool(said & focus) and any(
        c.dep_ == "attr" and c.pos_ == "NOUN" and any(d.lower_ in _KIND_DETS for d in c.children)
        for c in verb.children
    )


def _dated_thing(verb: Token) -> bool:
    """Whether the verb's subject is one dated thing (``_DATED_THINGS``): its noun, or the
    noun its "of" names ("the first group of proposals", "the organizers of the
    conference"), with a definite determiner or an owner ("the party's platform")."""
    for subject in (c for c in verb.children if c.dep_ in _SUBJECT_DEPS):
        nouns = [subject, *(g for c in subject.children if c.lower_ == "of" for g in c.children)]
        for noun in nouns:
            if noun.lemma_.lower() not in _DATED_THINGS:
                continue
            if any(
                c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE_DETS)
                for c in noun.children
            ):
                return True
        if any(c.dep_ == "det" and c.lower_ in _DEFINITE_DETS for c in subject.children) and any(
            n.lemma_.lower() in _DATED_THINGS for n in nouns[1:]
        ):
            return True
    return False


def _holds_view(verb: Token) -> bool:
    """A view held that day: the verb, or the adjective it takes, governs a clause with
    a verb of its own ("officials all agree that ...", "are afraid the boomers will
    ..."; not the small parse's clause of "makes theirs the poorest county")."""
    heads = [verb, *(c for c in verb.children if c.dep_ in ("acomp", "prep", "dobj"))]
    below = [
        *(c for h in heads for c in h.children),
        *(g for h in heads for c in h.children for g in c.children),
    ]
    return any(c.dep_ == "ccomp" and c.pos_ in _VERB_POS for c in below)
