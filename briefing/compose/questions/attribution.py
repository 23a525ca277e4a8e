"""Attribution: who raised a question (the cue verb's subject, a transcript speaker, the person
named before the cue). What "it" stands for is the context's (``QuestionContext.it_stands_for``).
"""

from __future__ import annotations

import re

from briefing.compose.questions.context import QuestionContext
from briefing.lang.agency import AGENT_HEAD_NOUNS
from briefing.lang.anaphora import PEOPLE_NAMED_BEFORE
from briefing.lang.questions import OFFICIAL_RE, TITLED_NAME_RE
from briefing.lang.speech import SPEAKER_PREFIX_RE
from briefing.model import (
    AnalysedDocument,
    Sentence,
)

# --------------------------------------------------------------------------- who and whom

# A cue's subject of at most this many words up to its noun ("the Sudanese government") is
# who raised the question; a longer one is told without naming it. Set by reading the 20
# TUNING+CHECK stories' askers (s19); not benchmarked.
MAX_ASKER_WORDS = 4
# Plain nouns that name people or a body who can raise a question ("Western analysts",
# "the Sudanese government"), besides a party's offices and people named before; any
# other plain subject of a cue ("The larger question is whether", "everyone is asking
# whether") is not shown as who asked.
ASKER_NOUNS = (
    AGENT_HEAD_NOUNS
    | PEOPLE_NAMED_BEFORE
    | {
        "analyst", "analysts", "critic", "critics", "skeptic", "skeptics", "sceptics",
        "expert", "experts", "opponent", "opponents", "supporter", "supporters",
        "lawmaker", "lawmakers", "legislator", "legislators", "senator", "senators",
        "activist", "activists", "group", "groups", "residents", "parents", "states",
        "members", "diplomats", "observers", "economists", "doctors", "researcher",
        "committee", "panel", "board", "agency", "agencies", "council", "team",
    }
)  # fmt: skip
# Clause relations that make a verb part of what a noun says ("Freedonia's request that an
# outside panel inspect the quarry to learn whether ..."): the verb's subject is in
# what is asked for, not who asks.
CONTENT_CLAUSE_DEPS = frozenset({"acl", "ccomp", "relcl"})


def transcript_speakers(adoc: AnalysedDocument) -> dict[int, str]:
    """Paragraphs of a transcript that start 'Name: ...', by paragraph number.

    The name must be a person's: an advice column's "Q:" is a reader writing in, and a
    digest's "EGYPT:" heads an item; neither is a party to the story. With entities, a
    person the document names; without, anything longer than an initial.
    """
    persons = {w.lower() for m in adoc.mentions if m.label == "PERSON" for w in m.text.split()}
    out: dict[int, str] = {}
    for s in adoc.sentences:
        if s.paragraph in out:
            continue
        m = SPEAKER_PREFIX_RE.match(s.text)
        if not m or len(m.group("name").split()) > 3 or s.text != _first_of_paragraph(adoc, s):
            continue
        name = m.group("name")
        if len(name) > 1 and (adoc.parse is None or name.split()[-1].lower() in persons):
            out[s.paragraph] = name
    return out


def _first_of_paragraph(adoc: AnalysedDocument, sent: Sentence) -> str:
    return next(s.text for s in adoc.sentences if s.paragraph == sent.paragraph)


def find_asker(
    ctx: QuestionContext, adoc: AnalysedDocument, sent: Sentence, cue: int | None
) -> str | None:
    """Who asks or demands: the cue verb's subject, else the person named closest before it."""
    if cue is not None and (subject := _parsed_subject(ctx, adoc, sent.start + cue)):
        return subject[0]  # the cue's own subject, named or not: no one else raised it
    if adoc.parse is None:  # no entities: a titled name before the cue ("Sen. Mark Warner")
        titled = list(TITLED_NAME_RE.finditer(sent.text[: cue if cue is not None else None]))
        return ctx.person(titled[-1].group(0)) if titled else None
    persons = [m for m in adoc.mentions if m.sentence == sent.index and ctx.is_person(m)]
    if cue is not None:
        before = [m for m in persons if m.start - sent.start < cue]
        # A person named after the cue is asked, not asking ("urging Locke to ...").
        persons = sorted(before, key=lambda m: -m.start)
    if not persons and re.search(r"\b(?:he|she) (?:said|asked|added)\b", sent.text):
        prior = [
            m
            for m in adoc.mentions
            if m.label == "PERSON" and sent.index - 3 <= m.sentence < sent.index
        ]
        persons = prior[-1:]
    if persons:
        return ctx.person(persons[0].text)
    orgs = [m for m in adoc.mentions if m.sentence == sent.index and m.label in ("ORG", "GPE")]
    if cue is not None:  # a body named after the cue is asked ("called on Congress to ...")
        orgs = [m for m in orgs if m.start - sent.start < cue]
    official = [m for m in orgs if OFFICIAL_RE.search(m.text)]
    return official[0].text if official else None


def _parsed_subject(
    ctx: QuestionContext, adoc: AnalysedDocument, offset: int
) -> tuple[str | None] | None:
    """The subject of the verb at ``offset`` ("The FDA questioned whether ..."), in a
    1-tuple: a name, or a short noun phrase of people ("the Sudanese government",
    "Administration officials"), or None for a longer or quantified one ("some of the
    lawmakers") or the subject of what a request asks for: whoever it is, the people
    named elsewhere in the sentence did not ask. None (no tuple) when the subject is a
    pronoun, a noun of no one who asks, or there is none: the mention rules decide."""
    if adoc.parse is None:
        return None
    span = adoc.parse.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None:
        return None
    verb = span[0]
    for tok in [verb, *verb.ancestors][:3]:
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None:
            continue
        if tok is not verb and tok.dep_ in CONTENT_CLAUSE_DEPS and tok.head.pos_ != "VERB":
            return (None,)  # the subject of what a request asks for, not of the asking
        ent = adoc.parse.ent_at(subj.i)
        if ent is not None and ent.label_ == "PERSON":
            return (ctx.person(ent.text),)
        if ent is not None and ent.label_ in ("ORG", "NORP", "GPE"):
            return (ent.text,)
        if subj.tag_ not in ("NN", "NNS") or subj.lower_ not in ASKER_NOUNS:
            # A pronoun, or a noun that names no one who asks ("The larger question is
            # whether", "the town had waited ..., demanding"): the mention rules decide.
            return None
        words_ = list(subj.subtree)
        phrase = words_[: words_.index(subj) + 1]
        if len(phrase) > MAX_ASKER_WORDS or phrase[0].tag_ in ("CD", "PDT"):
            return (None,)
        texts = [t.text for t in phrase]
        if phrase[0].tag_ == "DT":  # "raised by the investigators", mid-sentence
            texts[0] = texts[0].lower()
        return (" ".join(texts),)
    return None
