"""Background figures: people the coverage names only, or mostly, from the story's past.

A scientist of the 1800s whose theory a school board debates, the defendant of a 1925
trial the story recalls: they are named, sometimes often, but never act in the story's
time. A person is background when every mention sits in a sentence set at least
``history.HISTORY_YEARS`` before its article ("in 1925", "the 19th century") or in a
clause dated ``history.OWN_CLAUSE_PAST_YEARS`` before ("in the 1980s she wrote a book
praising X"), names a memorial, an idea or a time in office after them ("a statue of
X", "X's theory", "the X government"; as good as a date) or only qualifies a thing
("the X trial"), and at least one mention is so dated or only dates another event
("after the ouster of X", "when X visited": a time frame). Anyone who acts in the
story's time (a sentence without such a date, as a subject or quoted) is not.
A person named only as an example of others ("voters such as X", "some, like X, ...")
is no party either, unless quoted (``named_as_example``), nor is one named only inside
others' quotations (``named_in_quotations_only``).
One whose mentions mostly tell the past (``MOSTLY_PAST_SHARE``) and who never acts in the
story's time is no party either, unless quoted (the caller asks).
"""

from __future__ import annotations

import bisect

from briefing.compose.actors.clusters import Cluster, match_span
from briefing.compose.actors.history import (
    acts_now,
    dated_now,
    dates_own_clause,
    names_the_past,
)
from briefing.compose.actors.mention_facts import compared
from briefing.lang.agency import AGENT_ACT_NOUNS, AGENT_HEAD_NOUNS
from briefing.lang.dates import BACKGROUND_PREPOSITIONS
from briefing.lang.names import PERSON_NOUNS
from briefing.lang.places import SITE_NOUNS
from briefing.lang.speech import CLOSING_QUOTES, OPENING_QUOTES, quote_open_after
from briefing.model import Corpus, Sentence
from briefing.parsed import Span, Token

_MODIFIER_DEPS = {"compound", "poss"}
# A person whose mentions tell the story's past at least this share (and who never acts
# in the story's time) is background, no party unless quoted. Set by hand (issue 11's
# held-out report: Darwin, Scopes); on the 20 dev stories it moves two people out of
# ranks 11-20 only.
MOSTLY_PAST_SHARE = 0.5
# Nouns a person's name may qualify and still be that person acting ("X's lawyer" is
# about X's case now; "X's theory" is a thing).
_PEOPLE_NOUNS = AGENT_HEAD_NOUNS | PERSON_NOUNS
# Nouns of what a person does ("X's invitation", "X's refusal"): the name is the doer of
# an act, as the subject of its verb is, not the owner of a thing ("X's theory"). Session
# 53's reading of DUC 2004: a leader whose invitation a story is about was read as
# qualifying a thing, and so named only from the past.
_ACT_NOUNS = AGENT_ACT_NOUNS | {"invitation", "invitations", "visit", "visits"}
# Ideas a person's name stands for ("Darwin's theory", "the ideas of Keynes"): the name
# is the idea's, as it is a memorial's, not someone acting in the story (issue 11's
# held-out report: a 19th-century scientist of a modern school debate in the top 10).
IDEA_NOUNS = frozenset({
    "theory", "theories", "idea", "ideas", "teachings", "doctrine", "doctrines",
    "hypothesis", "principle", "principles", "law", "laws", "thesis", "philosophy",
    "concept", "notion",
})  # fmt: skip
# Participles that make a person an idea's author ("the theory first proposed by X"):
# the mention names the idea, as "X's theory" does (issue 11's held-out report again,
# s29: a scientist of the past still in the top 10).
AUTHOR_PARTICIPLES = frozenset({
    "proposed", "advanced", "developed", "formulated", "espoused", "put", "introduced",
    "set", "laid", "outlined", "conceived", "devised", "articulated",
})  # fmt: skip
# Things that keep a dead person's memory ("a statue of X", "the works of X", "the X
# airport"): a mention so is one from the story's past, like a dated one. A figure named
# only so and as a thing's qualifier is no actor (D0647B: a 19th-century national hero,
# the gold's "historical figure", at rank 18 of 3e55b81's key actors).
MEMORIAL_NOUNS = frozenset({
    "statue", "statues", "monument", "memorial", "tomb", "grave", "mausoleum", "shrine",
    "bust", "portrait", "birthplace", "legacy", "works", "writings", "poems",
}) | IDEA_NOUNS | SITE_NOUNS  # fmt: skip
# A leader's time in office named after the leader ("the Corran government", "in the
# government of X", "X's first cabinet"): as good as a date, like a memorial; a leader of
# the story's time acts in it too (a speech or the present tense), and is not background.
# DUC 2004 d30037t: a prime minister of the 1970s named only in a minister's past
# governments, at rank 8 of the key actors. Not "administration": the coverage names a
# mayor or a president of the story's time so more than any past one (tuning story
# D0603C: a mayor's reversal, "the X administration reversed itself").
ERA_NOUNS = frozenset({
    "government", "presidency", "premiership", "regime", "reign", "era", "cabinet",
    "tenure", "dynasty",
})  # fmt: skip
# Rules named after a person ("the X exception", "the X amendment", "the X clause"): the
# name is the rule's, as it is an idea's, not someone acting in the story (session 53's
# reading of DUC 2004: a retired player at rank 3 of a labour dispute's key actors,
# named in three of its four articles only in the name of a pay rule).
RULE_NOUNS = frozenset({
    "exception", "exceptions", "exemption", "amendment", "amendments", "clause", "rule",
    "rules", "formula", "provision",
})  # fmt: skip
_NAMED_FOR = MEMORIAL_NOUNS | RULE_NOUNS
_RECALLING = _NAMED_FOR | ERA_NOUNS
# ... and rights named after one, written before them ("a player's Varn rights"; "Varn's
# rights" are the person's own).
_NAMED_RIGHTS = frozenset({"rights"})
# Words opening a phrase or a clause that dates another event ("after the ouster of X",
# "during X's visit", "when X visited, Y announced"): a person named only inside one is
# the time of someone else's act, as a date is, not a party (issue 11, DUC 2004: a
# president named only as the time a party was founded, a ruler only as what preceded
# talks, both in the top 10). Not "despite" or "pending": "despite X's objection" is
# X acting.
TIME_FRAME_WORDS = (BACKGROUND_PREPOSITIONS - {"despite", "pending"}) | {"during", "when"}
# How a name hangs on the words that lead up to a time frame's opener: "the ouster of
# | X", "X's | visit", "years of rule by | X".
_FRAME_PATH_DEPS = {"pobj", "poss", "compound", "nmod", "appos", "prep", "agent", "dobj"}


def past_share(corpus: Corpus, c: Cluster, year: int | None = None) -> float:
    """The share of a person's mentions that tell the story's past (dated, or qualifying a
    thing, with at least one dated), when at least MOSTLY_PAST_SHARE; else 0, as soon as
    one mention acts in the story's time or too many do not tell the past. 1: named only
    from the past, no actor; from MOSTLY_PAST_SHARE: a figure of background
    ("Darwin's theory", "the 1925 trial"), no party unless quoted.
    ``year``: the story's, for its undated articles (``history.story_year``)."""
    return _past_share(corpus, c, int(len(c.matches) * (1 - MOSTLY_PAST_SHARE)), year)


def _past_share(corpus: Corpus, c: Cluster, allowed: int, year: int | None) -> float:
    """The share of a person's mentions that tell the story's past, 0 as soon as one acts
    in the story's time, at least one is dated, or more than ``allowed`` do not. A mention
    that only dates another event ("when X visited") tells the past only of one named
    nowhere else: beside others it is the story's time ("when X recalculated the data,
    he found")."""
    dated = present = framed = 0
    starts_of: dict[int, list[int]] = {}  # sentence starts per document, built once
    for m in c.matches:
        span = match_span(corpus, m)
        if span is not None and acts_now(span.root):
            return 0
        adoc = corpus.docs[m.doc]
        written = adoc.document.written.year if adoc.document.written else year
        if m.doc not in starts_of:
            starts_of[m.doc] = [s.start for s in adoc.sentences]
        k = bisect.bisect_right(starts_of[m.doc], m.start) - 1
        sentence = adoc.sentences[k].text if k >= 0 else ""
        if (written and _dated(sentence, span, written)) or _in_memory(span):
            dated += 1
        elif span is not None and _qualifies_a_thing(span.root):
            continue
        elif span is not None and _time_frame(span.root):
            framed += 1  # "when X visited, Y announced": the time of another event
            if present + framed > allowed and present:
                return 0
        else:
            present += 1
            if present + framed > allowed:
                return 0
    if not present and framed:
        return 1  # named only as the time of others' acts (and from the past)
    if not dated:
        return 0
    return 1 - (present + framed) / len(c.matches)


def _dated(sentence: str, span: Span | None, year: int) -> bool:
    """Whether a mention's sentence is set in the story's past (``names_the_past``), or
    the clause the name belongs to is (``dates_own_clause``); a year elsewhere in the
    sentence does not outweigh a weekday on the name's own clause (``dated_now``: "X
    arrived on Friday, his first visit since 1975": the story's time)."""
    if span is None:
        return names_the_past(sentence, year)
    if dates_own_clause(span.root, year):
        return True
    return names_the_past(sentence, year) and not dated_now(span.root)


def recalled(corpus: Corpus, c: Cluster) -> tuple[int, set[int]]:
    """How many of a person's mentions only name a memorial, an idea or a rule after them
    (``_in_memory``: "the X exception", "X's theory"), and the articles that name the
    person only so: mentions that tell nothing of the person in the story, and weigh
    nothing in its ranking (``salience``). Not "X's government": a leader's government
    of the story's time acts for the leader (D0639C: a president whose government asks
    for medicines, in the gold)."""
    count = 0
    docs: dict[int, bool] = {}
    for m in c.matches:
        memory = _in_memory(match_span(corpus, m), _NAMED_FOR)
        count += memory
        docs[m.doc] = docs.get(m.doc, True) and memory
    return count, {d for d, only in docs.items() if only}


def named_in_quotations_only(corpus: Corpus, c: Cluster) -> bool:
    """Whether every mention of a person lies inside someone else's quotation ("'If Ann
    and Tom had not done it, we would not be here,' said X": ``_quoted``), or, for the
    rest, likens others to the person ("a star like X") or names a rule or an idea after
    them ("the X exception"): what others recall or compare, not a party of the story
    unless a quotation is the person's own (the caller asks). Issue 11's held-out reading:
    a figure named only in a quote about the past."""
    quoted = False
    starts: dict[int, list[int]] = {}
    for m in c.matches:
        adoc = corpus.docs[m.doc]
        if m.doc not in starts:
            starts[m.doc] = [s.start for s in adoc.sentences]
        k = bisect.bisect_right(starts[m.doc], m.start) - 1
        span = match_span(corpus, m)
        if k >= 0 and _quoted(adoc.document.text, adoc.sentences, k, m.start):
            quoted = True
        elif span is None or not (compared(span.root) or _in_memory(span, _NAMED_FOR)):
            return False
    return quoted


def _quoted(text: str, sentences: list[Sentence], k: int, at: int) -> bool:
    """Whether the character ``at`` of sentence ``k`` is inside a quotation: one opened
    before it in the sentence, or one the sentence before (of the same paragraph) left
    open and that this sentence closes after it ('"... for years. We owe X," she said.';
    not '... for years. We owe it," said X.'). Read within a sentence or two only: a
    plain-text article is often one paragraph, where one stray mark would set every later
    name inside a quotation."""
    sentence = sentences[k]
    carried = k > 0 and sentences[k - 1].paragraph == sentence.paragraph
    carried = carried and quote_open_after(sentences[k - 1].text)
    before = text[sentence.start : at]
    if not quote_open_after(before, carried):
        return False
    if any(ch in before for ch in OPENING_QUOTES + CLOSING_QUOTES):
        return True  # opened in the sentence, before the name
    return any(ch in text[at : sentence.end] for ch in CLOSING_QUOTES)


def named_as_example(corpus: Corpus, c: Cluster) -> bool:
    """Whether every mention of a person is an example of others or what they are
    likened to ("voters such as X", "some, like X, said"): a party of the story only if
    a quotation is X's (the caller asks)."""
    spans = [match_span(corpus, m) for m in c.matches]
    return bool(spans) and all(s is not None and compared(s.root) for s in spans)


def _in_memory(span: Span | None, nouns: frozenset[str] = _RECALLING) -> bool:
    """ "a statue of X", "the works of X", "the X airport", "X's theory": a thing in X's
    memory, an idea or a rule named after X or told by its author ("the theory first
    proposed by X"), or X's time in office ("the X government"; not among ``nouns``
    when only things named after X are asked: ``recalled``)."""
    if span is None:
        return False
    root = span.root
    if root.dep_ == "compound" and root.head.lower_ in _NAMED_RIGHTS:
        return True  # "their Bird rights": rights named after X, not X's own
    if root.dep_ in _MODIFIER_DEPS or root.dep_ == "amod":  # "the X government", read so too
        return root.head.lower_ in nouns
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        return root.head.head.lower_ in nouns
    if root.dep_ == "pobj" and root.head.lower_ == "by":
        return _authored_idea(root.head.head)
    return False


def _time_frame(root: Token) -> bool:
    """Whether the name lies in a phrase or a clause that dates another event: "after the
    ouster of X", "during X's visit", "after 32 years of rule by X" (a time frame's
    preposition up its chain of nouns), "when X visited", "after X returned home" (the
    subject of a clause such a word opens)."""
    token = root
    while token.head.i != token.i:
        if token.dep_ == "prep" and token.lower_ in TIME_FRAME_WORDS:
            return True
        if token.dep_ == "nsubj" or token.pos_ in {"VERB", "AUX"}:
            clause = token.head if token.dep_ == "nsubj" else token
            return clause.dep_ == "advcl" and any(
                k.dep_ in {"mark", "advmod"} and k.i < clause.i and k.lower_ in TIME_FRAME_WORDS
                for k in clause.children
            )
        if token.dep_ not in _FRAME_PATH_DEPS:
            return False
        token = token.head
    return False


def _authored_idea(verb: Token) -> bool:
    """Whether "by X" hangs on a participle that makes X an idea's author: "the theory,
    first proposed by X", "the theory of evolution put forward by X" (the participle
    may modify the idea's "of" phrase)."""
    if verb.lower_ not in AUTHOR_PARTICIPLES or verb.dep_ not in {"acl", "relcl", "appos"}:
        return False
    noun = verb.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        noun = noun.head.head  # "the theory of evolution proposed by X"
    return noun.lower_ in IDEA_NOUNS


def _qualifies_a_thing(root: Token) -> bool:
    """ "X's theory", "the X trial": the name qualifies a thing, not someone who acts
    (as "X's lawyer" or "X's invitation" is)."""
    head = root.head.lower_
    return root.dep_ in _MODIFIER_DEPS and head not in _PEOPLE_NOUNS and head not in _ACT_NOUNS
