"""Bodies a sentence calls by the capitalised head of an "X of Y" name ("the Corps").

A writer who has named the "Marlow Corps of Surveyors" goes on with "the Corps", the
"Bureau of Harbour Works" with "the Bureau": the capital says the word stands for that
name. Lifted out of its article, "The Corps mapped the dunes in 1995" names no Corps.
``capital_name_notes`` gives the full name as an editor's note ("The Corps [Marlow Corps
of Surveyors]") when the article wrote, before the sentence, exactly one name whose head
is that word: the word right before the name's "of" or "for". A name ending in its head
("the committee" after "Senate Ethics Committee") is ``short_names``' note; a name
ending in the word is not read here, since "the House" after "the White House" is
another body. Only heads of bodies are read (``lang.referents.CAPITAL_BODY_HEADS``): "the
Times" may be another paper, "the Welling trial" after "Nora Welling of Ohio" is no body,
and people's titles ("the President") are the people notes'.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.compose.note_checks import modifies_noun
from briefing.compose.short_names import MAX_NAME_WORDS, NOTED_HEADS, named_before
from briefing.lang.connectives import OPENING_WORDS
from briefing.lang.referents import CAPITAL_BODY_HEADS
from briefing.lang.stopwords import STOP_WORDS
from briefing.model import AnalysedDocument, Sentence

# "The Corps", "the Bureau's"; not "the Corps of ..." or "The Bureau Chief" (which say
# which), nor a word joined to more ("the Trans-Alaska"), nor a bare apostrophe's
# possessive ("the Corps' rules": a note would split it).
_SHORT_RE = re.compile(
    r"\b[Tt]he (?P<head>[A-Z][a-z]+)(?![\w-])(?!['’](?!s\b))(?!['’]?s?\s+[A-Z])"
    r"(?!\s+(?:of|for)\b)"
)
# A capitalised word; a full stop only inside it ("U.S"), never the sentence's end.
_WORD = r"[A-Z](?:[\w&'’-]|\.(?=\w))*"
# A capitalised name with an "of" or "for" in it ("Marlow Corps of Surveyors", "Bureau of
# Harbour Works"), at most ``MAX_NAME_WORDS`` words (bounded, as in ``short_names``).
# No "the" after the "of": "officials of the Marlow Corps of Surveyors" would hide it.
_OF_NAME_RE = re.compile(
    rf"(?<![\w.&'’-])(?P<name>{_WORD}(?:\s+{_WORD}){{0,{MAX_NAME_WORDS - 2}}}"
    rf"\s+(?:of|for)\s+{_WORD}(?:\s+{_WORD}){{0,{MAX_NAME_WORDS - 2}}})"
    r"(?P<and>\s+and\s+[A-Z])?"
)


def capital_name_notes(
    adoc: AnalysedDocument, lead: Sentence, text: str, told: Sequence[str] = ()
) -> list[tuple[str, str]]:
    """(words, note) for each "the X" of ``text`` (``lead``'s shown text) whose capital
    X heads exactly one "X of Y" name its article wrote before ``lead``, unless the text
    or what was told before (``told``) already gives that name."""
    notes: list[tuple[str, str]] = []
    names: dict[str, list[str]] | None = None
    said = "\n".join([text, *told]).lower()
    for m in _SHORT_RE.finditer(text):
        head = m.group("head")
        if head.lower() not in CAPITAL_BODY_HEADS:
            continue
        if any(words == m.group(0) for words, _ in notes):
            continue
        if re.search(rf"\b{re.escape(m.group(0))}['’](?!s\b)", text):
            continue  # the note would go after the first, perhaps the bare possessive
        if head.lower() in NOTED_HEADS and named_before(adoc, lead, head.lower()):
            continue  # ``short_names`` reads it
        names = names if names is not None else _of_names(adoc.document.text[: lead.start])
        found = names.get(head, [])
        if len(found) == 1 and found[0].lower() not in said:
            notes.append((m.group(0), found[0]))
    return [note for note in notes if not modifies_noun(adoc, lead, note[0])]


def _of_names(text: str) -> dict[str, list[str]]:
    """The distinct "X of Y" names written in ``text``, by their head X; a name that
    ends a longer one ("Corps of Surveyors" of "Marlow Corps of Surveyors") is that one.
    A name followed by "and" and a capital is left out: where it ends is a guess
    ("Department of Health and Human Services")."""
    by_head: dict[str, list[str]] = {}
    for m in _OF_NAME_RE.finditer(text):
        if m.group("and"):
            continue
        words = m.group("name").split()
        while words and (words[0].lower() in OPENING_WORDS or words[0].lower() in STOP_WORDS):
            words.pop(0)  # "Meanwhile Marlow Corps of Surveyors", "The Bureau of ..."
        joint = next((i for i, w in enumerate(words) if w in ("of", "for")), 0)
        if joint < 1:
            continue
        name = " ".join(words)
        by_head.setdefault(words[joint - 1], []).append(name)
    return {head: _distinct(found) for head, found in by_head.items()}


def _distinct(found: list[str]) -> list[str]:
    names: list[str] = []
    for name in sorted(dict.fromkeys(found), key=len, reverse=True):
        if not any(other.lower().endswith(" " + name.lower()) for other in names):
            names.append(name)
    return names
