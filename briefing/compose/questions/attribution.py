"""Attribution: who raised a question (the cue verb's subject, a transcript speaker, the person
named before the cue) and what "it" stands for.
"""

from __future__ import annotations

import re

from briefing.compose.questions.context import QuestionContext
from briefing.lang.questions import OFFICIAL_RE, TITLED_NAME_RE
from briefing.lang.speech import SPEAKER_PREFIX_RE
from briefing.model import (
    AnalysedDocument,
    Sentence,
)

# --------------------------------------------------------------------------- who and whom


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
    if cue is not None and (named := _parsed_subject(ctx, adoc, sent.start + cue)):
        return named
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
    official = [m for m in orgs if OFFICIAL_RE.search(m.text)]
    return official[0].text if official else None


def _parsed_subject(ctx: QuestionContext, adoc: AnalysedDocument, offset: int) -> str | None:
    """The named subject of the verb at ``offset`` ("The FDA questioned whether ...")."""
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
        ents = [e for e in adoc.parse.ents if e.start <= subj.i < e.end]
        if ents and ents[0].label_ == "PERSON":
            return ctx.person(ents[0].text)
        if ents and ents[0].label_ in ("ORG", "NORP", "GPE"):
            return ents[0].text
        return None  # a pronoun or common noun: let the mention rules decide
    return None


def antecedent(ctx: QuestionContext, adoc: AnalysedDocument, sent: Sentence) -> str | None:
    """The organisation 'it' most likely stands for: the most prominent name nearby."""
    for idx in (sent.index, sent.index - 1):
        if not 0 <= idx < len(adoc.sentences):
            continue
        text = adoc.sentences[idx].text
        if idx == sent.index:  # an antecedent comes before the pronoun
            pronoun = re.search(r"\b(?:it|its|they|their)\b", text, re.IGNORECASE)
            text = text[: pronoun.start()] if pronoun else text
        names = ctx.names_in(text)
        if names:
            return max(names, key=lambda n: ctx.actors[n])
    return None


def doc_main_org(ctx: QuestionContext, adoc: AnalysedDocument) -> str | None:
    text = adoc.document.text
    present = [ctx.forms[form] for form in ctx.forms if form in text]
    return max(present, key=lambda n: ctx.actors[n]) if present else None
