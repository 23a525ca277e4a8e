"""Timeline notes: the names an entry, read alone, needs from its article.

A timeline entry is a sentence lifted out of its article, like a summary statement, and
read far from the sentences that introduced its people and bodies: "In March, Harlow
began fining the tribe", "Okafor's remarks coincided with a vote". The
editor's notes of a statement (``editorial``) are given to each entry, in brackets after
the words, the source's words untouched:

- a person called by the surname alone whom the article named in full, one of that
  surname, before the sentence: "Harlow [Dana Harlow]";
- a body or a meeting called by its short name when the article named one of that kind
  in full before: "the convention [Hague Convention]";
- people called by a plain noun that the article described one way before;
- a thing called by "the" and a plain noun that the article named one way before:
  "the casino [Skylark Casino]" (``thing_notes``);
- a wire report's "here" (``deixis.bare_here``) is the place of its article's dateline:
  "the council here voted Monday" reads "the council [in Vellmar] voted Monday", as a
  summary statement does (``editorial``); an entry whose "here" no dateline places is
  left out (``timeline``). A text that still opens with its dateline ("VELLMAR, Ore. —
  The council ...": ingest reads a dateline from the first paragraph only, and an
  editors' note or a byline may come before it) is placed by it (``entry_place``); so
  is the writer's place called by its kind: "a court of this colony [Hong Kong]"
  (``place_notes.writers_place_notes``);
- in a story told in several countries, a body, office or law an entry names without
  its country gets its article's: "in Parliament [Chile]" (``country_notes``).

Entries are read in date order, as the reader reads them: a name an earlier entry gave
(in its words or its note) needs no note in a later one. Dates get no note: the entry's
date stands beside it.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from briefing.compose.capital_names import capital_name_notes
from briefing.compose.country_notes import country_notes, story_countries
from briefing.compose.editorial import annotate, person_notes
from briefing.compose.place_notes import (
    dateline_place,
    place_here,
    place_notes,
    writers_place_notes,
)
from briefing.compose.short_names import name_notes, people_notes
from briefing.compose.thing_notes import ThingNotes
from briefing.lang.furniture import DATELINE_RE
from briefing.model import PLACE_MAX_CHARS, Corpus, Document, Sentence

# A dateline is looked for in this many characters at the start of a text.
_DATELINE_CHARS = 200
# A plural's possessive ("Tollis' execution"): ``annotate`` would put the note between
# the name and its apostrophe, so such words get no note (nor a person's words that
# ``note_checks`` took with the apostrophe, to go after it: the timeline is left as it
# was, unjudged).
_BARE_APOSTROPHE = "['’](?![A-Za-z])"


def noted_entries(corpus: Corpus, entries: Sequence[tuple[Sentence | None, str]]) -> list[str]:
    """The text of each entry (its sentence and its shown text, in date order) with the
    notes it needs to read alone; an entry without a sentence stays as it is."""
    told: list[str] = []
    out: list[str] = []
    things = ThingNotes(corpus)
    countries = story_countries(corpus)
    for lead, text in entries:
        if lead is None:
            out.append(text)
            continue
        adoc = corpus.docs[lead.doc]
        found = [
            *name_notes(adoc, lead, text, told),
            *capital_name_notes(adoc, lead, text, told),
            *people_notes(adoc, lead, text, told),
            *person_notes(adoc, lead, text, told),
            *things.notes(lead, text, told),
            *place_notes(adoc, lead, text),
            *(writers_place_notes(adoc.document, text) or []),
        ]
        # Each distinct words looked for once: a hostile text may hold thousands of notes
        # of the same short name.
        apostrophe = {
            words: words[-1:] in "'’"
            or bool(re.search(rf"(?<!\w){re.escape(words)}{_BARE_APOSTROPHE}", text))
            for words in {words for words, _ in found}
        }
        notes = [(words, note) for words, note in found if not apostrophe[words]]
        text = place_here(text, adoc.document, entry_place)
        noted = annotate(text, notes) if notes else text
        if placed := country_notes(adoc, lead, noted, countries):
            noted = annotate(noted, placed)
        out.append(noted)
        told.append(noted)
    return out


def entry_place(document: Document) -> str | None:
    """The place of a document's dateline (``place_notes.dateline_place``): the one ingest
    kept, or else the one its text still opens with ("WASHINGTON _ The council ...",
    D0647B, D0617H: an editors' note came first), within ``PLACE_MAX_CHARS``."""
    if document.place:
        return dateline_place(document)
    m = DATELINE_RE.match(document.text[:_DATELINE_CHARS])
    place = (m.group("place") or "").strip() if m else ""
    if not place or len(place) > PLACE_MAX_CHARS:
        return None
    return dateline_place(dataclasses.replace(document, place=place))
