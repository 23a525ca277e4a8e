"""Guilt denied: a named party denies its guilt or its part in a deed that another
sentence charges it with.

"Vesey has always maintained his innocence in the killing of a dock guard" against
"Vesey, 36, was convicted of killing the dock guard in 1998"; "The Guild has denied any
role in the harbour fire" against "The Port Authority accused the Guild of setting the
harbour fire" (issue 11: guilt or responsibility one side claims and the other denies,
told in two sentences apart or in two articles, which no dispute verb links). Both are
shown, the charge first, when (``lang.guilt``):

* the denial names its party: a name before the verb, not "He" (a pronoun's party is
  not the reader's to guess);
* another sentence names that party (its name's last word), charges it ("convicted of",
  "charged with", "accused … of", "was behind") and tells the charge as a fact: no
  condition, doubt, negation or denial in it ("if convicted", "whether the Guild was
  behind", "denied");
* the two share words of the deed: ``SHARED_DEED_WORDS`` of what the denial says it
  denies, or all of them when it says fewer ("any role in the bombings": "bombings"),
  so that the charge is about the same deed (no other crime of the same party); a bare
  plea ("Kall has pleaded not guilty.") answers only the sentence just before it.

The charge in the denial's own article is preferred, then the one sharing most words.
One pair a party, only about the story (``paired_sentences``).
"""

from __future__ import annotations

import re

from briefing.compose.claim_search import content
from briefing.compose.dispute_topics import unlinked
from briefing.compose.paired_sentences import shown_pairs
from briefing.lang.guilt import (
    CHARGE_CUE_RE,
    CHARGED_AFTER,
    CHARGING_BEFORE,
    DENIAL_CUE_RE,
    GUILT_DENIAL_RE,
    NOT_A_NAME,
    UNCERTAIN_RE,
)
from briefing.model import Corpus, Divergence, Sentence

# Words of the deed a charge shares with its denial. Two: "the murder of a man during a
# 1981 holdup" and "convicted of killing a man in a holdup … in 1981" share three; a
# party's other crime shares at most its kind ("a robbery"). Set by hand on invented
# cases (session 46); not benchmarked.
SHARED_DEED_WORDS = 2


def _denial(sent: Sentence) -> tuple[list[str], frozenset[str]] | None:
    """The words of the party a sentence says denies its guilt, and the content stems of
    what it denies; None when it names no party."""
    m = GUILT_DENIAL_RE.search(sent.text)
    if m is None:
        return None
    name = m.group("who").split()
    while name and name[0].lower() in NOT_A_NAME:
        name = name[1:]
    if not name:
        return None
    deed = content(re.findall(r"[\w'’-]+", m.group("what").lower()))
    return name, deed - content(w.lower() for w in name)


def _charges(text: str, name: list[str]) -> bool:
    """Whether ``text`` charges the party ``name`` as a fact (the module's rules)."""
    if text.rstrip().endswith("?") or UNCERTAIN_RE.search(text) or GUILT_DENIAL_RE.search(text):
        return False
    last = re.escape(name[-1])
    for m in re.finditer(rf"\b{last}\b(?!['’]s)", text):  # not "Vesey's lawyer"
        if re.match(CHARGED_AFTER, text[m.end() :]):
            return True
        before = text[: m.start()]
        for word in reversed(name[:-1]):  # "accused bin Laden of": past the name's words
            before = re.sub(rf"\b{re.escape(word)}\s+$", "", before, flags=re.I)
        if re.search(CHARGING_BEFORE, before):
            return True
    return False


def _guilt_pairs(corpus: Corpus, shown: set[str]) -> list[tuple[Sentence, Sentence, str]]:
    """(charge, denial, heading) of each party's denial with the charge that fits best."""
    sentences = corpus.sentences()
    out = []
    parties: set[str] = set()
    charging: list[Sentence] | None = None  # sentences with a charge's word, read once
    for sent in sentences:
        denies = DENIAL_CUE_RE.search(sent.text) and sent.text not in shown
        found = _denial(sent) if denies else None
        if found is None:
            continue
        name, deed = found
        if name[-1] in parties:
            continue
        need = min(SHARED_DEED_WORDS, len(deed))
        best: tuple[tuple[bool, int, int], Sentence] | None = None
        if charging is None:
            charging = [s for s in sentences if CHARGE_CUE_RE.search(s.text)]
        for other in charging:
            if other.text == sent.text or not re.search(rf"\b{re.escape(name[-1])}\b", other.text):
                continue
            shared = len(deed & content(other.words))
            just_before = other.doc == sent.doc and other.index == sent.index - 1
            if (shared < need or (need == 0 and not just_before)) or not _charges(other.text, name):
                continue
            rank = (other.doc == sent.doc, shared, -other.index)
            if best is None or rank > best[0]:
                best = (rank, other)
        if best is not None:
            parties.add(name[-1])
            out.append((best[1], sent, unlinked(sent.text.strip())))
    return out


def find_guilt(corpus: Corpus, shown: set[str]) -> list[Divergence]:
    """Denied guilt with its charge (the module's rules); a sentence in ``shown`` (another
    divergence's claim) is not shown again."""
    return shown_pairs(corpus, _guilt_pairs(corpus, shown), shown)
