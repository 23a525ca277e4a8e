"""Bare denials: a named party denies "the charge" in so many words, and the charge it
answers is told in another sentence, of its own article or of another.

"The port board has long accused Korvia of hiding the barges." / "Korvia denies the
allegation." (issue 11: a charge against a named party and that party's denial, the two
often in two articles; a denial that says only "the allegation" is no dispute a reader
can use alone, nor one ``guilt`` reads, which needs the deed in the denial). Both are
shown, the charge first, headed by the denial with the deed in brackets ("Korvia denies
the allegation [of hiding the barges]."), when (``lang.guilt.BARE_DENIAL_RE``):

* the denial names its party (a name before the verb, not "He"), and what it denies is
  "the charge(s)", "the allegation(s)" or "the accusation(s)", at most two words before
  the noun ("the fraud charges": words the charge must hold too);
* the charge names that party and tells the charge as a fact (``guilt.charges_party``:
  "accused Korvia of", "Vesey was convicted of"; no condition, doubt or negation), and
  says the deed after "of" or "with", in at most ``MAX_DEED_WORDS`` words;
* the charge is one of the denial's own article, at most ``MAX_BEFORE`` sentences before
  it or the sentence right after it ("Korvia denies the allegation. The port board has long
  accused Korvia of …"), the nearest; the one after only when the sentence before tells
  no one saying what the party did ("Almeth says Korvia hid the barges": "the
  allegation" points back to it) and gives no year or "ago" ("In 2019 a court convicted
  Korvia of fraud" is history, another charge); else one of another article that shares at least
  ``SHARED_CONTEXT_WORDS`` content words (not the party's, nor "charge", "deny" and
  their like) with the denial and the sentence before it, which tell what was alleged
  ("… warned that it would not let the barges sail. Korvia
  denied the allegation."), the one sharing most.

A party is shown once, with its first denial that finds a charge, and not when a
divergence shown already tells its denial ("Korvia denies hiding the barges", ``guilt``).

One pair a party, only about the story (``paired_sentences``).
"""

from __future__ import annotations

import re
from collections import Counter

from briefing.compose.article_memo import by_article, decode_indices, encode_indices, indices_fit
from briefing.compose.claim_search import content
from briefing.compose.guilt import charge_sentences, charges_party
from briefing.compose.paired_sentences import shown_pairs
from briefing.lang.guilt import (
    BARE_DENIAL_CUE_RE,
    BARE_DENIAL_RE,
    CHARGE_CUE_RE,
    CHARGED_AFTER,
    CHARGED_DEED_RE,
    CHARGING_BEFORE,
    GUILT_DENIAL_RE,
    party_words,
)
from briefing.model import AnalysedDocument, Corpus, Divergence, Sentence

# How far before a bare denial its charge may be told in its own article: the sentence
# before, or one of detail between. Set by hand on invented cases and the one DUC 2004
# story with bare denials (session 50); not benchmarked.
MAX_BEFORE = 2
# Content words a charge of another article shares with the denial and the sentence
# before it: "sheltering", "Kurdish", "rebels"-like deed words, as for ``guilt``'s
# SHARED_DEED_WORDS (a party's other charge shares at most one). By hand (session 50).
SHARED_CONTEXT_WORDS = 2
# The longest deed told in a heading's brackets; a longer one leaves the pair unshown.
MAX_DEED_WORDS = 12
# Bare denials of one party read for a charge, as ``guilt`` reads its denials: a story
# repeating one party's unanswered denial thousands of times must not read them all.
_DENIALS_READ = 50
_CHARGED_AFTER_RE = re.compile(CHARGED_AFTER)
_CHARGING_BEFORE_RE = re.compile(CHARGING_BEFORE)
_OF_WITH_RE = re.compile(r"\b(?:of|with)$")
# Someone telling what a party did, just before its denial: "the allegation" is that.
_SAYING = r"(?:says?|said|alleges?|alleged|claims?|claimed|charges?|contends?|insists?)"
# A year or a time ago: a sentence telling an earlier time, not the news denied.
_DATED_RE = re.compile(r"\b(?:1[89]\d\d|2\d\d\d)\b|\bago\b")
# A sentence's end inside a deed: a word of two lower-case letters or more ("port.", not
# "Dr." or "U.S.") ending on a stop, then a word ("port. 3M", "port.The").
_SENTENCE_END_RE = re.compile(r"[a-z]{2}[.!?]\s*[^\s.,;:!?]")
# The words of any charge and its denial, which say nothing of which deed it is.
_DENIAL_WORDS = content(
    ["charge", "charges", "charged", "allegation", "allegations", "alleged", "accusation"]
    + ["accusations", "accused", "deny", "denies", "denied", "reject", "rejected"]
)


@by_article("bare_denial_sentences", encode_indices, decode_indices, indices_fit)
def bare_denial_sentences(adoc: AnalysedDocument) -> frozenset[int]:
    """The positions of the article's sentences that ``BARE_DENIAL_CUE_RE`` finds a cue
    in: remembered per article and across builds (``compose.article_memo``), as
    ``guilt``'s cue sentences are."""
    return frozenset(i for i, s in enumerate(adoc.sentences) if BARE_DENIAL_CUE_RE.search(s.text))


def _denier(text: str) -> str | None:
    """The last word of the party a sentence says denies its guilt or a charge
    (``guilt``'s denials and bare ones), or None."""
    m = GUILT_DENIAL_RE.search(text) or BARE_DENIAL_RE.search(text)
    words = party_words(m.group("who")) if m is not None else []
    return words[-1] if words else None


def _party(sent: Sentence) -> tuple[list[str], frozenset[str]] | None:
    """The words of the party a bare denial names and the content stems of the words
    before its noun ("the fraud charges": "fraud"); None when it is none or names
    nobody."""
    m = BARE_DENIAL_RE.search(sent.text)
    if m is None:
        return None
    name = party_words(m.group("who"))
    if not name:
        return None
    return name, content(m.group("kind").lower().split())


def charged_deed(text: str, name: list[str]) -> str | None:
    """The deed ``text`` charges the party ``name`` with, told after "of" or "with"
    ("accused Korvia of hiding the barges": "hiding the barges"); None when the
    charge says none so, or in more than ``MAX_DEED_WORDS`` words."""
    last = re.escape(name[-1])
    for m in re.finditer(rf"\b{last}\b(?!['’]s)", text):
        after = _CHARGED_AFTER_RE.match(text, m.end())
        if after is not None and _OF_WITH_RE.search(after.group(0)):
            deed = re.match(r"\s+(?P<deed>[^,;:()\"“”]+)", text[after.end() :])
        elif _CHARGING_BEFORE_RE.search(text[: m.start()]):
            deed = CHARGED_DEED_RE.match(text, m.end())
        else:
            continue
        if deed is None:
            continue
        words = deed.group("deed").strip().rstrip(".").split()
        if _SENTENCE_END_RE.search(" ".join(words)):
            continue  # "… in the port. 3M denied it": two sentences the splitter joined
        if words and len(words) <= MAX_DEED_WORDS:
            return " ".join(words)
    return None


def _charge(sent: Sentence, name: list[str], kind: frozenset[str]) -> str | None:
    """The deed of ``sent`` when it charges the party ``name`` (the module's rules), its
    words holding ``kind``; else None."""
    if not re.search(rf"\b{re.escape(name[-1])}\b", sent.text):
        return None
    if not kind <= content(sent.words) or not charges_party(sent.text, name):
        return None
    return charged_deed(sent.text, name)


def _own_charge(
    adoc: AnalysedDocument, sent: Sentence, name: list[str], kind: frozenset[str]
) -> tuple[Sentence, str] | None:
    """The nearest charge of the denial's own article: the sentence before, then the one
    after, then the one before that, up to ``MAX_BEFORE`` before."""
    before = range(sent.index - 2, sent.index - MAX_BEFORE - 1, -1)
    for i in [sent.index - 1, sent.index + 1, *before]:
        if 0 <= i < len(adoc.sentences):
            other = adoc.sentences[i]
            if i > sent.index and (_DATED_RE.search(other.text) or _told_before(adoc, sent, name)):
                continue
            deed = _charge(other, name, kind) if CHARGE_CUE_RE.search(other.text) else None
            if deed is not None:
                return other, deed
    return None


def _told_before(adoc: AnalysedDocument, sent: Sentence, name: list[str]) -> bool:
    """Whether the sentence before ``sent`` tells someone saying what the party ``name``
    did ("Almeth says Korvia hid the barges")."""
    if sent.index == 0:
        return False
    told = rf"\b{_SAYING}\s+(?:that\s+)?(?:the\s+)?{re.escape(name[-1])}\b"
    return re.search(told, adoc.sentences[sent.index - 1].text, re.I) is not None


class _Charges:
    """The story's sentences with a charge's cue, under each word they hold, read once
    (a denial reads only those naming its party: reading every charging sentence for
    every denial was quadratic, as ``guilt`` found), with their content stems."""

    def __init__(self, corpus: Corpus) -> None:
        self.by_word: dict[str, list[tuple[AnalysedDocument, Sentence]]] = {}
        for adoc in corpus.docs:
            for i in sorted(charge_sentences(adoc)):
                sent = adoc.sentences[i]
                for word in dict.fromkeys(re.findall(r"\w+", sent.text)):
                    self.by_word.setdefault(word, []).append((adoc, sent))
        self.stems: dict[int, frozenset[str]] = {}

    def naming(self, word: str) -> list[tuple[AnalysedDocument, Sentence]]:
        """The charging sentences holding ``word`` (and their articles), in story order."""
        return self.by_word.get(word, [])

    def content(self, sent: Sentence) -> frozenset[str]:
        if id(sent) not in self.stems:
            self.stems[id(sent)] = content(sent.words)
        return self.stems[id(sent)]


def _other_charge(
    charges: _Charges, adoc: AnalysedDocument, sent: Sentence, name: list[str], kind: frozenset[str]
) -> tuple[Sentence, str] | None:
    """The charge of another article sharing most content words (at least
    ``SHARED_CONTEXT_WORDS``, not the party's) with the denial and the sentence before it."""
    context = list(sent.words)
    if sent.index > 0:
        context += adoc.sentences[sent.index - 1].words
    told = content(context) - content(w.lower() for w in name) - _DENIAL_WORDS
    best: tuple[int, Sentence, str] | None = None
    first = re.match(r"\w+", name[-1])
    for other_doc, other in charges.naming(first[0] if first else name[-1]):
        if other_doc is adoc:
            continue
        shared = len(told & charges.content(other))
        if shared < SHARED_CONTEXT_WORDS or (best is not None and shared <= best[0]):
            continue
        deed = _charge(other, name, kind)
        if deed is not None:
            best = (shared, other, deed)
    return (best[1], best[2]) if best is not None else None


def _heading(denial: str, deed: str) -> str:
    """The denial with the deed in brackets after its noun ("Korvia denies the allegation
    [of hiding the barges].")."""
    m = BARE_DENIAL_RE.search(denial)
    text = denial.strip()
    if m is None:
        return text
    return f"{denial[: m.end()]} [of {deed}]{denial[m.end() :]}".strip()


def _bare_pairs(corpus: Corpus, shown: set[str]) -> list[tuple[Sentence, Sentence, str]]:
    """(charge, denial, heading) of each party's first bare denial that finds its charge."""
    out = []
    parties = {who for text in shown if (who := _denier(text)) is not None}
    tried: Counter[str] = Counter()  # denials read of each party
    charges: _Charges | None = None  # built on the first denial read past its article
    for adoc in corpus.docs:
        for i in sorted(bare_denial_sentences(adoc)):
            sent = adoc.sentences[i]
            found = _party(sent) if sent.text not in shown else None
            if found is None or found[0][-1] in parties or tried[found[0][-1]] >= _DENIALS_READ:
                continue
            name, kind = found
            tried[name[-1]] += 1
            charge = _own_charge(adoc, sent, name, kind)
            if charge is None:
                charges = charges or _Charges(corpus)
                charge = _other_charge(charges, adoc, sent, name, kind)
            if charge is not None:
                parties.add(name[-1])
                out.append((charge[0], sent, _heading(sent.text, charge[1])))
    return out


def find_bare_denials(corpus: Corpus, shown: set[str]) -> list[Divergence]:
    """Bare denials with their charges (the module's rules); a sentence in ``shown``
    (another divergence's claim) is not shown again."""
    return shown_pairs(corpus, _bare_pairs(corpus, shown), shown)
