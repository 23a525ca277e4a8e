"""Short names: a body or a meeting called "the committee", "the summit", "the board".

A sentence lifted out of its article may call a body by the short name its article
introduced before ("the committee" after "the Senate Ethics Committee", "the summit"
after "the Baltic Ports summit in Marlow"). Two things follow from it:

- ``name_notes``: when the article named exactly one body of that kind before the
  sentence, the editor can give the full name in brackets (``compose.editorial``);
- ``ShortNames.unnamed``: when it named none, or two of a kind, only the article could
  tell which one: the sentence "needs context", and the summary prefers others
  (``compose.synthesis``). A short name the sentence itself explains ("the committee of
  ...", "the summit in Marlow", "the board, the Harbour Trust Board, ...") or that the
  whole story is about (its word in most articles, ``clarity.story_things``) needs none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.compose.near_duplicates import stem
from briefing.lang.referents import INSTITUTION_HEADS, NAMED_BODY_LABELS
from briefing.model import AnalysedDocument, Corpus, Sentence

_POSSESSIVE_RE = re.compile(r"['’]s\b")
# "the committee", "the committee's"; not "the committee of ..." (which says which).
_SHORT_NAME_RE = re.compile(
    r"\b[Tt]he (?P<head>[A-Za-z][a-z]+)\b(?P<possessive>['’]s\b)?(?! of\b)(?! [A-Z])"
)
# The same, perhaps after one lower-case modifier ("the local government", "the harbour
# area"): what the "needs context" test looks for.
_REFERENT_RE = re.compile(
    r"\b[Tt]he (?P<first>[a-z]+(?:-[a-z]+)?)(?: (?P<second>[a-z]+))?\b(?P<possessive>['’]s\b)?"
)
# Bodies, measures and places that, bare, point back to one named before ("the area" of
# a story on pests: which area?). A government is such only when a modifier says it is
# not the country's ("the local government").
CONTEXT_HEADS = INSTITUTION_HEADS | {"meeting", "measure", "bill", "complex", "facility"}
# Heads that stay unclear however many articles use the word ("area": many areas).
_PLACE_HEADS = frozenset({"area", "region", "site", "course"})
# Labels of names that, with the head after them, name one ("Marlow summit"); not dates
# ("Tuesday meeting") or figures.
_NAMING_LABELS = NAMED_BODY_LABELS | {"GPE", "LOC", "PERSON"}
_LOCAL_HEADS = frozenset({"government", "authorities"})
_LOCAL_MODIFIERS = frozenset(
    {"local", "provincial", "municipal", "regional", "city", "county", "state", "district"}
)
# Modifiers that make a short name a kind, not one body ("the whole area", "a party").
_KIND_MODIFIERS = frozenset({"whole", "entire", "same", "rest"})
# Words right after a short name that say which one: "of ...", "in Marlow", "(", a name
# in apposition (", the Harbour Trust Board"), "known as", a capitalised name.
_SAYS_WHICH_RE = re.compile(
    r"\s*(?:\(|of\b|(?:in|at|on|for|from) (?:the )?[A-Z]|,? (?:known as|called|named)\b|"
    r", (?:the )?[A-Z]|[A-Z])"
)

# "... is the lead agency", "... as the international agency": a short name said of a
# name, not one pointing back.
_PREDICATE_RE = re.compile(r"\b(?:is|was|are|were|remain|remains|became|becomes|as)\s+$")
# Heads that, bare, name a kind of thing as often as one body ("support for the
# movement", "the party", "the company's shares"): never a sign of a missing name.
KIND_HEADS = frozenset(
    {
        "movement", "network", "project", "campaign", "operation", "initiative", "fund",
        "program", "programme", "party", "company", "bank", "court", "university", "centre",
        "center", "forum",
    }
)  # fmt: skip
_HEADS = CONTEXT_HEADS | _LOCAL_HEADS | _PLACE_HEADS


class ShortNames:
    """The full names each article gives before each sentence, read once per article
    and head; ``unnamed`` tells which short names of a sentence no note can complete."""

    def __init__(self, corpus: Corpus, things: frozenset[str]) -> None:
        self.corpus = corpus
        self.things = things
        self._names: dict[tuple[int, str], list[tuple[int, str]]] = {}

    def unnamed(self, sentence: Sentence) -> list[str]:
        """The short names of ``sentence`` ("the summit", "the local government") that
        neither it nor one full name of its article before it says which one is."""
        out = []
        text = sentence.text
        for m in _REFERENT_RE.finditer(text):
            head, modifier, end = m.group("second"), m.group("first"), m.end()
            if head not in _HEADS:  # "the committee acted": no modifier
                head, modifier = modifier, ""
                end = m.end("first") if m.group("second") else m.end()
            if head in _LOCAL_HEADS and modifier not in _LOCAL_MODIFIERS:
                continue
            if head not in _HEADS or head in KIND_HEADS:
                continue
            if modifier in _KIND_MODIFIERS or _SAYS_WHICH_RE.match(text, end):
                continue
            if stem(head) in self.things and head not in _PLACE_HEADS:
                continue
            if _named_in(text[: m.start()], head) or _PREDICATE_RE.search(text, 0, m.start()):
                continue
            # A note completes only a body's name, one of a kind ("the measure", "the
            # area" get none).
            if head not in INSTITUTION_HEADS or len(self._before(sentence, head)) != 1:
                out.append(text[m.start() : end])
        return out

    def _before(self, sentence: Sentence, head: str) -> list[str]:
        key = (sentence.doc, head)
        if key not in self._names:
            self._names[key] = _written_names(self.corpus.docs[sentence.doc].document.text, head)
        return _distinct([name for at, name in self._names[key] if at < sentence.start])


# A name of capitalised words, perhaps joined by "of", "for", "and" ("Port of Marlow",
# "Senate Ethics"), right before a head ("summit", "Committee").
# An article opens a name, never sits inside one: "the Senate on Thursday. The treaty"
# is no name.
_ARTICLES = ("The", "A", "An", "This", "That", "Its", "Their", "His", "Her")
# A possessive ends a name's words: "Huawei's company" is no company's name.
_NAME_WORD = rf"(?!(?:{'|'.join(_ARTICLES)})\b)[A-Z][\w.&-]*(?:['’](?![sS]\b)[\w.&-]+)*"
# At most this many words (a joining word with the word after it counts as one) before
# the head: unbounded, a hostile run of capitalised words with no head after it took
# quadratic time, every word starting a name that gave the run back one word at a time.
# Set by hand: the longest name before a head is far shorter.
MAX_NAME_WORDS = 10
_WRITTEN_NAME = (
    rf"{_NAME_WORD}(?:\s+(?:(?:of|for|on|and|the|de)\s+)?{_NAME_WORD}){{0,{MAX_NAME_WORDS - 1}}}"
)


def _written_names(text: str, head: str) -> list[tuple[int, str]]:
    """(where, full name) of each name written with the head ``head`` in ``text``
    ("Senate Ethics Committee", "Baltic Ports summit"): read from the words, so the
    test needs no entity tagger (``rouge_eval.py`` analyses without one)."""
    pattern = re.compile(
        rf"\b(?:(?:{'|'.join(_ARTICLES)})\s+)?(?P<name>{_WRITTEN_NAME}\s+"
        rf"(?:{head}|{head.capitalize()}))\b"
    )
    return [(m.start("name"), " ".join(m.group("name").split())) for m in pattern.finditer(text)]


def _named_in(text: str, head: str) -> bool:
    """Whether ``text`` names a body with this head in full ("Senate Ethics Committee")."""
    return bool(re.search(rf"\b[A-Z][\w.'’-]*\s+(?:{head}|{head.capitalize()})\b", text))


def name_notes(
    adoc: AnalysedDocument, lead: Sentence, text: str, told: Sequence[str] = ()
) -> list[tuple[str, str]]:
    """(words, note) for each body or meeting ``text`` calls by its short name ("the
    committee") that its article named in full, one of a kind, before ``lead``."""
    notes = []
    named: dict[str, list[str]] = {}  # each head's names, looked for once
    said: str | None = None  # the text and what was told before, lower-cased once
    for m in _SHORT_NAME_RE.finditer(text):
        head = m.group("head").lower()
        if head not in INSTITUTION_HEADS:
            continue
        if head not in named:
            named[head] = named_before(adoc, lead, head)
        if len(named[head]) != 1:
            continue  # none, or two of a kind: which one is a guess
        name = named[head][0]
        said = said if said is not None else "\n".join([text, *told]).lower()
        if name.lower() in said:
            continue
        notes.append((m.group(0), f"{name}{_possessive(m.group('possessive'))}"))
    return notes


def _possessive(mark: str | None) -> str:
    return "’s" if mark and "’" in mark else "'s" if mark else ""


def named_before(adoc: AnalysedDocument, lead: Sentence, head: str) -> list[str]:
    """The distinct full names of the kind ``head`` the article gives before ``lead``:
    a name ending in it ("Senate Ethics Committee"), or a name right before it ("Baltic
    Ports summit"); a name that ends another ("Ethics Committee") is the same one."""
    return _distinct([name for at, name in _names_of(adoc, head) if at < lead.start])


def _names_of(adoc: AnalysedDocument, head: str) -> list[tuple[int, str]]:
    """(where, full name) of each name of the kind ``head`` in the article: an entity
    ending in the head ("Senate Ethics Committee"), or written words before the head
    that open with an entity ("Baltic Ports summit", "Pell administration")."""
    found: list[tuple[int, str]] = []
    starts = set()
    for mention in adoc.mentions:
        name = _POSSESSIVE_RE.sub("", " ".join(mention.text.split()))
        article = re.match(r"[Tt]he\s+", mention.text)
        if mention.label in _NAMING_LABELS:
            starts.add(mention.start + (article.end() if article else 0))
        name = name[article.end() :].strip() if article else name.strip()
        words = name.split()
        if mention.label not in NAMED_BODY_LABELS or len(words) < 2:
            continue
        if words[-1].lower() == head and words[-1][:1].isupper():
            found.append((mention.start, name))
    text = adoc.document.text
    return found + [(at, name) for at, name in _written_names(text, head) if at in starts]


def _distinct(found: list[str]) -> list[str]:
    names: list[str] = []
    for name in sorted(set(found), key=len, reverse=True):
        if not any(other.lower().endswith(" " + name.lower()) for other in names):
            names.append(name)
    return names
