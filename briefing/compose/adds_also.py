"""Statements that add to an earlier sentence with "also" on their main verb.

"A survey of the harbour carried out in the spring also found that ..." and "Two days
before the vote, Ostland also turned down the offer" tell one more thing beside one an
earlier sentence of their article told: lifted out alone, they leave the reader an
"also" with nothing before it. ``anaphora`` reads "also" among a sentence's first words
and after a comma, ``summary_leans`` after the main verb's auxiliary ("would also
shield"): a long subject or a fronted phrase before it, with a verb of no auxiliary
("... also turned down") or "also" before the auxiliary ("also were expected"), passed
both. Read from the parse: "also" before the verb of the sentence's first main clause,
modifying it or its auxiliary. Not after a clause of its own ("The ferries were already
laid up; the port also closed its quay", "While listing the closures, the report also
gave ..." add to their own first clause), nor in a side or a relative clause ("a dye
also used in paints", "and also"), nor after "not only" (the sentence tells both), nor
"also known as" and its kin (a name, adding nothing).
"""

from __future__ import annotations

import re

from briefing.model import AnalysedDocument, Sentence
from briefing.parsed import Token, tokens_at

_ALSO_RE = re.compile(r"\balso\b", re.IGNORECASE)
_NOT_ONLY_RE = re.compile(r"\bnot only\b", re.IGNORECASE)
# Participles that name what "also" introduces ("also known as", "also called").
_NAMING = frozenset({"know", "call", "name", "dub"})
_AUXILIARY_DEPS = frozenset({"aux", "auxpass"})
# A clause the parse hangs below the main verb: one before "also" is what it adds to,
# told in the same sentence ("The ferries were laid up; officials also closed ...": the
# parse reads the first clause as the second's complement; "While listing the closures,
# the report also gave ...": an adverbial clause).
_CLAUSE_DEPS = frozenset({"ccomp", "parataxis", "conj", "advcl"})


def adds_with_also(adoc: AnalysedDocument, sentence: Sentence) -> bool:
    """Whether ``sentence`` of ``adoc`` puts "also" before the verb of its first main
    clause, modifying the verb or its auxiliary (module doc); False without a parse."""
    if not _ALSO_RE.search(sentence.text) or _NOT_ONLY_RE.search(sentence.text):
        return False
    span = tokens_at(adoc.parse, sentence.start, sentence.end)
    roots = [t for t in span or () if t.dep_ == "ROOT"]
    # The first main clause's verb, and the words before it.
    return (
        bool(roots)
        and roots[0].lemma_ not in _NAMING
        and any(t.lower_ == "also" and _adds(t, roots[0]) for t in span or () if t.i < roots[0].i)
    )


def _adds(also: Token, root: Token) -> bool:
    """Whether ``also`` modifies the main verb ``root`` or one of its auxiliaries, with
    no clause of the sentence told before it (``_CLAUSE_DEPS``)."""
    head = also.head
    on_verb = head == root or (head.dep_ in _AUXILIARY_DEPS and head.head == root)
    told_before = any(c.dep_ in _CLAUSE_DEPS and c.i < also.i for c in root.children)
    return also.dep_ == "advmod" and on_verb and not told_before
