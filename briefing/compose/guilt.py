"""Guilt denied: a named party denies its guilt or its part in a deed that another
sentence charges it with.

"Vesey has always maintained his innocence in the killing of a dock guard" against
"Vesey, 36, was convicted of killing the dock guard in 1998"; "The Guild has rejected any
part in the harbour fire" against "The Port Authority accused the Guild of setting the
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
  plea ("Kall has pleaded not guilty.") answers only the sentence just before it. A
  deed the denial names by its own verb ("Syria denies sheltering the rebels", "the
  Guild denied it had recruited Vesey") is charged only by a sentence with that verb
  ("Harland has accused Syria of sheltering the rebels"), the verb one of the words.

The charge in the denial's own article is preferred, then the one sharing most words.
One pair a party, only about the story (``paired_sentences``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from briefing.compose.article_memo import by_article, decode_indices, encode_indices, indices_fit
from briefing.compose.claim_search import content
from briefing.compose.dispute_topics import unlinked
from briefing.compose.paired_sentences import shown_pairs
from briefing.lang.guilt import (
    CHARGE_CUE_RE,
    CHARGED_AFTER,
    CHARGING_BEFORE,
    DENIAL_CUE_RE,
    GUILT_DENIAL_RE,
    UNCERTAIN_RE,
    party_words,
)
from briefing.model import AnalysedDocument, Corpus, Divergence, Sentence

# Words of the deed a charge shares with its denial. Two: "the slaying of a clerk in a
# 1977 raid" and "convicted of killing a clerk in a raid … in 1977" share three; a
# party's other crime shares at most its kind ("a robbery"). Set by hand on invented
# cases (session 46); not benchmarked.
SHARED_DEED_WORDS = 2
# How far before a mention of the party its accuser's verb is sought: "accused the" and
# three of the party's first names and initials fit in far fewer. Reading all the text
# before every mention made a sentence naming the party thousands of times quadratic.
_CHARGER_WINDOW = 200
# Denials of one party read for a charge: a story's articles (25 in a DUC cluster) may
# each repeat it, and every one was set against every charge naming the party, so a text
# repeating one party's denial thousands of times was quadratic. Twice a cluster's 25.
_DENIALS_READ = 50
_CHARGED_AFTER_RE = re.compile(CHARGED_AFTER)


def _window_start(text: str, end: int) -> int:
    """Where the ``_CHARGER_WINDOW`` characters before ``end`` start, moved on past a
    cut word so a "\\b" is not read at the cut."""
    start = max(0, end - _CHARGER_WINDOW)
    while 0 < start < end and not text[start - 1].isspace():
        start += 1
    return start


def _denial(sent: Sentence) -> tuple[list[str], frozenset[str], frozenset[str]] | None:
    """The words of the party a sentence says denies its guilt, the content stems of
    what it denies, and the stem of the verb a charge must hold too when the denial names
    a deed of its own ("denies sheltering the rebels": "shelter"; else none); None when
    it names no party."""
    m = GUILT_DENIAL_RE.search(sent.text)
    if m is None:
        return None
    name = party_words(m.group("who"))
    if not name:
        return None
    verb = content([m.group("verb").lower()]) if m.group("verb") else frozenset()
    deed = content(re.findall(r"[\w'’-]+", m.group("what").lower())) | verb
    return name, deed - content(w.lower() for w in name), verb


def charges_party(text: str, name: list[str]) -> bool:
    """Whether ``text`` charges the party ``name`` as a fact (the module's rules)."""
    if text.rstrip().endswith("?") or UNCERTAIN_RE.search(text) or GUILT_DENIAL_RE.search(text):
        return False
    last = re.escape(name[-1])
    for m in re.finditer(rf"\b{last}\b(?!['’]s)", text):  # not "Vesey's lawyer"
        if _CHARGED_AFTER_RE.match(text, m.end()):
            return True
        before = text[_window_start(text, m.start()) : m.start()]
        for word in reversed(name[:-1]):  # "accused bin Laden of": past the name's words
            before = re.sub(rf"\b{re.escape(word)}\s+$", "", before, flags=re.I)
        if re.search(CHARGING_BEFORE, before):
            return True
    return False


def _guilt_pairs(corpus: Corpus, shown: set[str]) -> list[tuple[Sentence, Sentence, str]]:
    """(charge, denial, heading) of each party's denial with the charge that fits best."""
    out = []
    parties: set[str] = set()
    charging: dict[str, list[Sentence]] | None = None  # by word, those with a charge's word
    tried: Counter[str] = Counter()  # denials read of each party
    charge_words: dict[int, frozenset[str]] = {}  # a charging sentence's content words
    charges: dict[tuple[int, tuple[str, ...]], bool] = {}  # charges_party of a sentence and name
    for sent in _cued(corpus, denial_sentences, DENIAL_CUE_RE):
        denies = sent.text not in shown
        found = _denial(sent) if denies else None
        if found is None:
            continue
        name, deed, verb = found
        if name[-1] in parties or tried[name[-1]] >= _DENIALS_READ:
            continue
        tried[name[-1]] += 1
        need = min(SHARED_DEED_WORDS, len(deed))
        best: tuple[tuple[bool, int, int], Sentence] | None = None
        if charging is None:
            charging = _by_word(_cued(corpus, charge_sentences, CHARGE_CUE_RE))
        # Only the sentences holding the party's last name word (its first run of word
        # characters, "O" of "O'Hara"): "\bKall\b" needs "Kall" whole.
        for other in charging.get(_WORD_RE.match(name[-1])[0], []):
            if other.text == sent.text or not re.search(rf"\b{re.escape(name[-1])}\b", other.text):
                continue
            if id(other) not in charge_words:
                charge_words[id(other)] = frozenset(content(other.words))
            if not verb <= charge_words[id(other)]:
                continue  # "denies sheltering the rebels": a charge of sheltering them
            shared = len(deed & charge_words[id(other)])
            just_before = other.doc == sent.doc and other.index == sent.index - 1
            if shared < need or (need == 0 and not just_before):
                continue
            if (id(other), tuple(name)) not in charges:
                charges[id(other), tuple(name)] = charges_party(other.text, name)
            if not charges[id(other), tuple(name)]:
                continue
            rank = (other.doc == sent.doc, shared, -other.index)
            if best is None or rank > best[0]:
                best = (rank, other)
        if best is not None:
            parties.add(name[-1])
            out.append((best[1], sent, unlinked(sent.text.strip())))
    return out


_WORD_RE = re.compile(r"\w+")


# Which of an article's sentences hold a denial's or a charge's cue: a search of every
# sentence of the story, on every build, cost ~0.15 CPU s of a second run over
# benchmarks/scale.py's 875 + 5 articles; remembered per article and across builds
# (``compose.article_memo``), a stored answer only says which sentences to search again.
@by_article("denial_sentences", encode_indices, decode_indices, indices_fit)
def denial_sentences(adoc: AnalysedDocument) -> frozenset[int]:
    """The positions of the article's sentences that ``DENIAL_CUE_RE`` finds a cue in."""
    return frozenset(i for i, s in enumerate(adoc.sentences) if DENIAL_CUE_RE.search(s.text))


@by_article("charge_sentences", encode_indices, decode_indices, indices_fit)
def charge_sentences(adoc: AnalysedDocument) -> frozenset[int]:
    """The positions of the article's sentences that ``CHARGE_CUE_RE`` finds a cue in."""
    return frozenset(i for i, s in enumerate(adoc.sentences) if CHARGE_CUE_RE.search(s.text))


def _cued(
    corpus: Corpus, cued: Callable[[AnalysedDocument], frozenset[int]], cue: re.Pattern[str]
) -> list[Sentence]:
    """The sentences of ``corpus`` (in its order) that ``cue`` finds a cue in, searching
    only those ``cued`` gives of each article."""
    return [
        sent
        for adoc in corpus.docs
        for i in sorted(cued(adoc))
        if cue.search((sent := adoc.sentences[i]).text)
    ]


def _by_word(sentences: list[Sentence]) -> dict[str, list[Sentence]]:
    """``sentences`` under each word they hold, in their order (a denial reads only those
    naming its party: reading every charging sentence for every denial was quadratic)."""
    out: dict[str, list[Sentence]] = {}
    for sent in sentences:
        for word in dict.fromkeys(_WORD_RE.findall(sent.text)):
            out.setdefault(word, []).append(sent)
    return out


def find_guilt(corpus: Corpus, shown: set[str]) -> list[Divergence]:
    """Denied guilt with its charge (the module's rules); a sentence in ``shown`` (another
    divergence's claim) is not shown again."""
    return shown_pairs(corpus, _guilt_pairs(corpus, shown), shown)
