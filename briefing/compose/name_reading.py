"""How the looser † test (``probable_reports``) reads a name: the stems and initials that may
give it elsewhere, a person's name read by her own name, not the titles before it ("Nora
Vik" of "Acting President Nora Vik"), and which of a statement's names are persons'.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from briefing.compose.article_memo import by_article, checked_rows, keys_fit
from briefing.compose.fact_words import fact_stems
from briefing.lang.names import PERSON_TITLES, TITLE_PARTICIPLES
from briefing.lang.referents import INSTITUTION_HEADS
from briefing.lang.stopwords import STOP_WORDS
from briefing.lang.words import words
from briefing.model import AnalysedDocument
from briefing.parsed import Span, Token

# Words that only join the capitalised words of a name ("Bureau of Indian Affairs").
NAME_JOINS = frozenset({"of", "and", "the", "for", "&"})
CAPITALISED_RUN = re.compile(r"\b[A-Z][\w'’-]*(?:\s+(?:(?:of|and|the|for|&)\s+)*[A-Z][\w'’-]*)+")
_ALL_CAPS = re.compile(r"[A-Z]{2,6}")
# Marks a key that is a name's initials: held by a sentence writing them ("NTSB") or
# giving a name with those initials ("National Transportation Safety Board").
INITIALS = "@"


def name_initials(words: Iterable[str]) -> str:
    """The initials of a name's capitalised words ("National Transportation Safety Board" ->
    "NTSB")."""
    return "".join(w[0] for w in words if w[:1].isupper() and w.lower() not in NAME_JOINS)


def _title(word: str) -> bool:
    """Whether a capitalised word is a title before a name ("Acting", "President", "Sen.")."""
    plain = word.lower().rstrip(".")
    return plain in PERSON_TITLES or plain in TITLE_PARTICIPLES


def own_name(words: list[str]) -> list[str]:
    """A name's words after the titles before it ("Nora Vik" of "Acting President Nora
    Vik")."""
    last = max((k for k, w in enumerate(words[:-1]) if _title(w)), default=-1)
    return words[last + 1 :]


def run_initials(run: str) -> set[str]:
    """The initials a capitalised run of a sentence gives a name by, in lower case: the
    whole run's, and its own name's after its titles and a word opening the sentence
    (``own_name``; "But Acting President Nora Vik" gives "bapnv" and "nv"), so that
    "Nora Vik", named all through a story with her title, is no rare "NV" (session 41)."""
    words = own_name(run.split())
    while len(words) > 1 and words[0].lower() in STOP_WORDS:
        words = words[1:]
    found = {name_initials(run.split()).lower(), name_initials(words).lower()}
    return {f for f in found if len(f) > 1}


# By sentence index, the initials its capitalised runs give (``run_initials``), each as
# often as a run gives it.
SentenceInitials = dict[int, list[str]]


def _encode_initials(value: SentenceInitials) -> list[list[Any]]:
    return [[i, found] for i, found in value.items()]


def _initials_row(x: list[Any]) -> bool:
    return len(x) == 2 and type(x[0]) is int and isinstance(x[1], list) and _strings(x[1])


def _strings(values: list[Any]) -> bool:
    return set(map(type, values)) <= {str}


def _decode_initials(data: Any) -> SentenceInitials:
    rows = checked_rows(data, _initials_row, "a sentence index and its initials")
    return {i: found for i, found in rows}


@by_article("article_initials", _encode_initials, _decode_initials, keys_fit)
def article_initials(adoc: AnalysedDocument) -> SentenceInitials:
    """The initials the capitalised runs of each sentence of the article give
    (``run_initials``), by sentence index (none for a sentence without): the looser †
    test indexes every sentence of the story by them, which a second run over
    benchmarks/scale.py's 875 + 5 articles worked out again."""
    out: SentenceInitials = {}
    for s in adoc.sentences:
        found = [k for m in CAPITALISED_RUN.finditer(s.text) for k in sorted(run_initials(m[0]))]
        if found:
            out[s.index] = found
    return out


def _text_stems(texts: Iterable[str]) -> frozenset[str]:
    """The stems of tokens' texts as ``fact_stems`` writes a sentence's words: "U.S." is
    "u." there, as ``words`` reads it, and as a token's lower case "u.s.", a name no
    sentence gives (session 41: it weighed as the rarest particular of every statement
    naming the country)."""
    return fact_stems([w for t in texts for w in words(t)])


def name_keys(ent: Span, words: list[Token]) -> frozenset[str]:
    """The stems that may give a name elsewhere: its last word, its head, its initials."""
    keys = set(_text_stems([words[-1].text, ent.root.text]))
    initials = name_initials(own_name([t.text for t in words]))
    if len(words) == 1 and _ALL_CAPS.fullmatch(words[0].text):
        initials = words[0].text  # "NTSB": the initials of a name another may give
    if len(initials) > 1:
        keys.add(INITIALS + initials.lower())
    return frozenset(keys)


def own_keys(ent: Span, words: list[Token]) -> frozenset[str]:
    """A name's keys without the head it shares with other bodies: "census" and the
    initials of "Census Bureau", not "bureau" (the "Bureau of Indian Affairs" is another)."""
    keys = name_keys(ent, words)
    if len(words) < 2 or words[-1].lower_ not in INSTITUTION_HEADS:
        return keys
    plain = _text_stems([t.text for t in words if t.lower_ not in INSTITUTION_HEADS])
    return frozenset(k for k in keys if k.startswith(INITIALS)) | plain


def titles_before(ent: Span) -> set[int]:
    """The tokens of the titles just before a person's name ("Acting President" of "Acting
    President Nora Vik"): who she is, not what the statement tells of her."""
    out: set[int] = set()
    k = ent.start - 1
    while k >= 0 and ent.doc[k].text[:1].isupper() and _title(ent.doc[k].text):
        out.add(k)
        k -= 1
    return out


def people(span: Span) -> set[frozenset[str]]:
    """The particulars of a statement that are persons' names, as ``particulars`` gives
    them."""
    found: set[frozenset[str]] = set()
    for ent in span.doc.ents_within(span.start, span.end):
        if ent.label_ == "PERSON":
            words = [t for t in ent if t.text[:1].isalnum()]
            if words:
                found.add(name_keys(ent, words))
    return found
