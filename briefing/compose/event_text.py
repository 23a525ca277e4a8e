"""The text of a timeline entry: whether a dated sentence can tell an event at all, and
the words shown for it.

A question, a schedule or office-hours line, a sentence opening with a quote, one that
leans on the sentence before ("But ...", "It was ...") or that only says who spoke ("The
agency said Monday:", what was said being in the next sentence) tells no event on its
own. The shown text is the source sentence without its wire dateline, cut to the clause
that holds the date when the sentence is long, unless that clause only says who spoke
("…, Brandt said Tuesday."). A "he" or "she" that opens what the sentence tells ("In May,
he sold the ferry ...") is the one person the sentence before names, when it names only
one: that name is shown in brackets ("In May, [Brandt] sold the ferry ...").
"""

from __future__ import annotations

import re

from briefing.lang.connectives import EVENT_CONNECTIVE_RE, NOT_ALONE_RE
from briefing.lang.furniture import BOILERPLATE_RE, DATELINE_RE, SCHEDULE_RE
from briefing.lang.pronouns import opening_pronoun
from briefing.lang.speech import SPEECH_ONLY_RE
from briefing.model import AnalysedDocument, Mention, Sentence
from briefing.parsed import tokens_at

# A sentence over LONG_EVENT_WORDS words is cut to the clause holding the date, when that
# clause has MIN_CLAUSE_WORDS words or more. Set by hand when the timeline was written
# (commit 47ca031); not benchmarked.
LONG_EVENT_WORDS = 40
MIN_CLAUSE_WORDS = 6
# A sentence that acts on someone else ("The mayor sent him to the port") leaves "he" in
# the next one open (TUNING+CHECK: the one wrong name of six).
OTHER_PERSON_RE = re.compile(r"\b(?:him|her|himself|herself)\b", re.I)
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
GOES_ON_RE = re.compile(r"\b(?:he|she|his|her)\b", re.I)


def is_event(text: str) -> bool:
    """Whether a dated sentence may tell an event: no question, schedule, quote opening
    or sentence that leans on the one before."""
    stripped = text.strip()
    if stripped.endswith("?") or SCHEDULE_RE.search(stripped) or BOILERPLATE_RE.search(stripped):
        return False
    # A quote first ('"It's a handsome ship," he said') is what someone said; an
    # attributed quote later in the sentence may still report an event.
    if stripped[:1] in "\"“‘'":
        return False
    # What was said follows in the next sentence ("The agency said in a statement
    # Monday:"), or is not told at all ("Brandt said so Tuesday."): no event of its own.
    if stripped.endswith(":") or SPEECH_ONLY_RE.match(stripped):
        return False
    return not NOT_ALONE_RE.match(EVENT_CONNECTIVE_RE.sub("", DATELINE_RE.sub("", stripped)))


def name_doer(adoc: AnalysedDocument, sentence: Sentence, text: str) -> str:
    """``text`` (of ``sentence``) with the "he"/"she" that acts after its opening named,
    when the sentence before names one person only, as its subject, and no "him" or "her"
    ("In 1987, he sold the ferry ..." after "Brandt has run the port since 1980."); else
    as is."""
    where = opening_pronoun(text)
    who = person_before(adoc, sentence) if where is not None else None
    return text if who is None else f"{text[: where[0]]}[{who}]{text[where[1] :]}"


def person_before(
    adoc: AnalysedDocument, sentence: Sentence, reach: int = 1, *, others_named: bool = False
) -> str | None:
    """The one person the sentence before ``sentence`` names, as its subject, with no
    "him" or "her" in it: whom a "he"/"she" of ``sentence`` stands for; else None.
    With ``reach`` over 1, up to that many sentences back, through sentences that name
    nobody and go on about the same person ("he said, ...", the rest of a quote).
    ``others_named``: that sentence may name other people outside its subject ("Even as
    Varga spoke, Vostrov said …": Vostrov)."""
    at = sentence.index - 1
    while at >= 0 and at > sentence.index - reach and _passes_on(adoc, at):
        at -= 1
    if at < 0:
        return None
    prior = adoc.sentences[at]
    named = [m for m in people_named(adoc) if m.sentence == prior.index]
    if not named or OTHER_PERSON_RE.search(prior.text):
        return None  # nobody, or "him": not guessed
    span = tokens_at(adoc.parse, prior.start, prior.end)
    subjects = [] if span is None else [c for c in span.root.children if c.dep_ in SUBJECT_DEPS]
    about = [
        m for m in named if any(c.left_edge.idx <= m.start <= c.right_edge.idx for c in subjects)
    ]
    if len({m.text for m in (about if others_named else named)}) != 1 or not about:
        return None  # two people (or one named twice over), or not who the sentence is about
    return about[0].text


def people_named(adoc: AnalysedDocument) -> list[Mention]:
    """The article's mentions of people: spaCy's PERSON names, and a surname alone that
    the article gave a person before in full, whatever spaCy typed it as ("Gennady
    Vostrov" then "Vostrov spent the day …", where "Vostrov" was read as a group)."""
    out: list[Mention] = []
    surnames: set[str] = set()
    for m in sorted(adoc.mentions, key=lambda m: m.start):
        if m.label == "PERSON":
            out.append(m)
            if " " in m.text:
                surnames.add(m.text.split()[-1])
        elif m.text in surnames:
            out.append(m)
    return out


def event_text(sentence: str, expression: str) -> str:
    """The sentence, or for a long one the clause that holds the date; extractive."""
    text = EVENT_CONNECTIVE_RE.sub("", DATELINE_RE.sub("", sentence.strip()).lstrip("-–—_ "))
    text = text[0].upper() + text[1:] if text else text
    if len(text.split()) <= LONG_EVENT_WORDS:
        return text
    for part in re.split(r";\s+|\s+[—–]\s+|,\s+(?:and|but|while|whereas)\s+", text):
        if expression in part and len(part.split()) >= MIN_CLAUSE_WORDS:
            if _opens_what_follows(part, expression):
                break  # "…: In 1989, while still on the board, he sold": its clause is cut off
            if SPEECH_ONLY_RE.match(part.strip()):
                break  # "… — Brandt said Tuesday.": who spoke, not what; the whole sentence is
            part = part.strip().rstrip(".,;") + "."
            return part[0].upper() + part[1:]
    return text


def _opens_what_follows(part: str, expression: str) -> bool:
    """Whether the date phrase ends ``part`` as the opening of a clause that the cut left
    behind ("The ferry deal was a scandal: In 1989", then ", while still on the board, he …")."""
    pattern = rf"(?:^|[:;]\s*)(?:(?:in|on|by|since|until)\s+)?{re.escape(expression)}\W*$"
    return bool(re.search(pattern, part.strip(), re.I))


def _passes_on(adoc: AnalysedDocument, at: int) -> bool:
    """Whether sentence ``at`` names nobody and goes on about someone named before: a
    "he"/"his" or the end of a quote."""
    text = adoc.sentences[at].text
    if any(m.sentence == at and m.label == "PERSON" for m in adoc.mentions):
        return False
    return bool(GOES_ON_RE.search(text)) or text.rstrip().endswith(('"', "”"))
