"""Where a date sits in its sentence's grammar: does it date the sentence's own event?

``dating.is_background`` reads the words right around a date ("the Oct. 14 crash",
"until Oct. 12"). The parse says more. A date inside an adverbial or relative clause
with a subject of its own ("since Vik became mayor in 1994, the town has built
86"; "a ferry that sank off the Skerra pier on May 11, 1996"), or inside a phrase
opened by "before", "after", "despite" ("before his detention in July"), dates what
that clause or phrase tells, not the sentence. A date whose verb is in the present
tense ("June 4 is the 7th birthday of the pier", "today some 9,000 anglers fish there")
dates a state of affairs, not an event. A span ("between 1980 and 1990") is no point in
time, "this year" or "last year" is too coarse to date an event, and a sentence that
names an anniversary dates the anniversary, not anything that happened on it. A
participle that qualifies a noun ("the ruling, handed down in March 1996") dates that
noun; a year that qualifies a noun ("1997 sales", "the Act of 1830") names it; "since"
after a superlative or ordinal ("the 12th such attack since 1995") compares; a date of a
thing the story is compared with ("as in a similar flood in 1989", "the same one that
recovered … in 1996") is that thing's; an example
("for example by expelling him in 1996") is an aside; and a plan under what happened
("bargained Wednesday, and will meet again Thursday") is not the sentence's event.
"""

from __future__ import annotations

import re
from itertools import takewhile

from briefing.compose.events import timed_verb
from briefing.lang.dates import (
    ANNIVERSARY_RE,
    BACKGROUND_PHRASE_RE,
    BACKGROUND_PREPOSITIONS,
    CHRONOLOGY_AFTER_RE,
    CLAUSE_BREAK_RE,
    COMPARED_BEFORE_RE,
    COMPARED_WORDS,
    COMPARISON_WORDS,
    COUNT_LEMMAS,
    DETERMINER_START_RE,
    EXAMPLE_RE,
    FINDING_LEMMAS,
    FUTURE_AUXILIARIES,
    MAKING_LEMMAS,
    NOWADAYS_AUXILIARIES,
    ORDINAL_RE,
    PARENTHESIS_AFTER_RE,
    PARENTHESIS_BEFORE_RE,
    PAST_AUXILIARIES,
    PLAN_LEMMAS,
    QUALIFIED_BEFORE_RE,
    REPORTING_LEMMAS,
    SINCE_BEFORE_RE,
    SPAN_AFTER_RE,
    SPAN_BEFORE_RE,
    SPAN_TEXT_RE,
    TIME_NOUNS,
    TODAY_RE,
    WORD_AFTER_RE,
)
from briefing.lang.months import CALENDAR_WORDS
from briefing.lang.tenses import PRESENT_OR_BARE_TAGS, PRESENT_TAGS
from briefing.parsed import ParsedDoc, Token, tokens_at

# Clauses whose dates belong to what they tell (spaCy's English dependency labels).
SUBORDINATE_DEPS = frozenset({"advcl", "relcl"})
# A date that is a verb's subject, object or complement names a thing, not a time.
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "oprd"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# A year that modifies the noun after it ("matching 1997 sales") names that thing.
MODIFIER_DEPS = frozenset({"compound", "nummod", "amod", "nmod"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
VERB_POS = frozenset({"VERB", "AUX"})
# Comparative and superlative adjectives and adverbs ("greater", "more", "warmest").
COMPARATIVE_TAGS = frozenset({"JJR", "RBR", "JJS", "RBS"})
# Verb tags of the present tense: a state ("lives", "is"), not a dated event.
# Auxiliaries of a perfect or passive ("has been frozen", "had fallen").
AUX_DEPS = frozenset({"aux", "auxpass"})
# The most words from "since", "after", ... to a date in its phrase's noun; further on, a
# chain of phrases is the parser's guess ("sworn in as mayor since the merger of
# the boroughs in a ceremony at the town hall Sunday": the swearing-in's day). TUNING+CHECK.
BACKGROUND_REACH = 8
CHRONOLOGY_LEAD = 3  # characters before the date in a chronology line ("- ")


def names_no_event(text: str, start: int, end: int) -> bool:
    """From the words alone: a span, an anniversary or a qualified noun, not an event."""
    expression = text[start:end]
    before, after = text[:start], text[end:]
    if (
        SPAN_TEXT_RE.search(expression)
        or SPAN_BEFORE_RE.search(before)
        or SPAN_AFTER_RE.match(after)
    ):
        return True
    if ANNIVERSARY_RE.search(text):
        return True
    if PARENTHESIS_BEFORE_RE.search(before) and PARENTHESIS_AFTER_RE.match(after):
        return True  # "(Marlow-Grey Publishing, 1998)": a citation
    if EXAMPLE_RE.search(CLAUSE_BREAK_RE.split(before)[-1]) or BACKGROUND_PHRASE_RE.search(before):
        return True  # "…, for example by expelling him in 1996": an aside's date
    if COMPARED_BEFORE_RE.search(before):
        return True  # "as in a similar flood in 1989": what the story is compared with
    qualified = QUALIFIED_BEFORE_RE.search(before) or (
        DETERMINER_START_RE.match(expression) and re.search(r"\w", before)
    )
    return bool(qualified and WORD_AFTER_RE.match(after))


def dates_other_clause(
    parse: ParsedDoc | None, offset: int, text: str, start: int, end: int
) -> bool:
    """From the parse: the date at ``text[start:end]`` (a sentence starting at document
    offset ``offset``) is in an adverbial or relative clause, or its verb speaks in the
    present tense (a chronology line's present is no state)."""
    span = tokens_at(parse, offset + start, offset + end)
    if span is None:
        return False
    token = span.root
    # "growers called 1997 the driest season", "1998 was the wettest": the year is
    # what the sentence speaks about, not when anything happened (a chronology line,
    # "May 24, 1976: …", opens with its date as the subject).
    # Years only: "Berg Monday pledged" parses the weekday as a subject.
    if token.dep_ in ARGUMENT_DEPS and token.text.isdigit() and start > CHRONOLOGY_LEAD:
        return True
    if _names_thing(token):
        return True
    path = [token, *token.ancestors]
    if SINCE_BEFORE_RE.search(text[:start]) and _compares(parse, offset, start, end):
        return True
    if any(_compared_with(node) for node in path):
        return True  # "the same one that recovered … TWA Flight 800 in 1996"
    if _made_in(token, path):
        return True
    verb = None
    for node in path:
        # "This disclosure comes after a report published on June 3 revealed …": the
        # main clause tells no event of its own, so the clause's date is the news.
        if (
            node.dep_ in SUBORDINATE_DEPS
            and _has_subject(node)
            and not _is_state(path[-1])
            and not _at_that_time(node, path[-1])
        ):
            return True
        # "the tribunal ruling, handed down in March 1996, …", "a study commissioned in 1998":
        # a participle that qualifies a noun dates that noun's making, unless the noun is
        # what the main clause reports ("a report released Thursday said …").
        if (
            node.dep_ == "acl"
            and node.tag_ == "VBN"
            and path[-1].pos_ in ("VERB", "AUX")  # a verbless root is a misparse
            and not _reported_by(node.head, path[-1])
        ):
            return True
        if _dates_cause(node, path):
            return True
        if verb is None and node.pos_ in ("VERB", "AUX"):
            verb = node
        # Not right before the date ("since 2009" dates a ban's start; "after Sunday" is
        # dating.is_background's): a date in the phrase's noun ("before his detention in July").
        if (
            verb is None
            and node.lower_ in BACKGROUND_PREPOSITIONS
            and node.i < token.i
            and node.i != token.head.i
            and token.i - node.i <= BACKGROUND_REACH
        ):
            return True
    if verb is not None and SINCE_BEFORE_RE.search(text[:start]) and _spans_since(verb):
        return True
    # "bargained … Wednesday night, and will meet again Thursday", "emerged …, saying the
    # meeting would resume Thursday": a plan under what happened is not the sentence's
    # event (what was said or announced, "said it would hear the case on May 8", is).
    if verb is not None and _will(verb):
        past = next((v for v in verb.ancestors if v.tag_ == "VBD"), None)
        if past is not None and past.lemma_ not in REPORTING_LEMMAS:
            return True
    if verb is not None and TODAY_RE.fullmatch(text[start:end].strip()) and _nowadays(verb):
        return True
    if verb is None or not _is_state(verb) or verb.lemma_ in REPORTING_LEMMAS:
        return False
    return not (start <= CHRONOLOGY_LEAD and CHRONOLOGY_AFTER_RE.match(text[end:]))


def counts_in(parse: ParsedDoc | None, offset: int, start: int, end: int) -> bool:
    """Whether the verb of the date at document offset ``offset + start`` holds a figure
    ("In 1989, the port had 3,000 cranes") or compares ("more likely …
    than"): a statistic of that year."""
    verb = _verb_of(parse, offset + start, offset + end)
    if verb is None:
        return False
    if _compared(parse, offset + start, offset + end) and any(
        t.lower_ == "than" for t in verb.subtree
    ):
        return True  # "Women in the valley were more likely to vote than men in 1999"
    if verb.lemma_ not in COUNT_LEMMAS:
        return False
    return any(
        c.dep_ in ("dobj", "attr") and any(t.tag_ == "CD" for t in c.subtree) for c in verb.children
    )


def _compared_with(node: Token) -> bool:
    """A noun the story is compared with ("a similar crash", "the same one that …"); not a
    time ("the same day", "an earlier month")."""
    return (
        node.pos_ in NOUN_POS
        and node.lower_ not in TIME_NOUNS
        and node.lower_ not in CALENDAR_WORDS
        and any(c.dep_ in ("amod", "det") and c.lower_ in COMPARED_WORDS for c in node.children)
    )


def _names_thing(token: Token) -> bool:
    """A year that qualifies the noun after it ("matching 1997 sales"; the sentence's
    subject, "A 1997 study showed …", is kept), or a date after a noun's "of" ("the
    Enclosure Act of 1830"; not "the summer of 1998")."""
    head = token.head
    if (
        token.text.isdigit()
        and token.dep_ in MODIFIER_DEPS
        and head.i > token.i
        and head.pos_ in NOUN_POS
        and head.dep_ not in SUBJECT_DEPS
    ):
        return True
    return (
        token.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.pos_ in NOUN_POS
        and head.head.lower_ not in TIME_NOUNS
        and head.head.lower_ not in CALENDAR_WORDS
    )


def _compares(parse: ParsedDoc | None, offset: int, start: int, end: int) -> bool:
    """Whether the words before "since DATE" compare or count ("the 12th such attack",
    "the warmest", "the first time"), or its verb compares ("was four times greater"):
    the date only measures them."""
    span = tokens_at(parse, offset, offset + start)
    if span is None:
        return False
    if _compared(parse, offset + start, offset + end):
        return True  # "since 1995, the decline was four times greater than …"
    return any(
        t.tag_ in ("JJS", "RBS")
        or t.lower_ in COMPARISON_WORDS
        or ORDINAL_RE.match(t.text)
        or t.ent_type_ == "ORDINAL"
        for t in span
    )


def _compared(parse: ParsedDoc | None, start: int, end: int) -> bool:
    """Whether a verb above the date's words says its subject compares ("was four times
    greater", "were more likely to vote"), not a comparative deeper in a noun phrase."""
    span = tokens_at(parse, start, end)
    if span is None:
        return False
    verbs = [n for n in span.root.ancestors if n.pos_ in VERB_POS]
    return any(
        c.dep_ in ("acomp", "attr", "advmod", "dobj")
        and (
            c.tag_ in COMPARATIVE_TAGS
            or any(g.dep_ == "advmod" and g.tag_ in COMPARATIVE_TAGS for g in c.children)
        )
        for verb in verbs
        for c in verb.children
    )


def _made_in(token: Token, path: list[Token]) -> bool:
    """A bare year in a participle or relative clause of making under a present-tense main
    clause dates the thing made, not an event ("the centre, founded in 1969, relies on …",
    "a mansion that was built in 1850 and is now a hotel"; not "a law passed in 1994
    provides …", whose passing is an event)."""
    if not (token.text.isdigit() and len(token.text) == 4) or not _is_state(path[-1]):
        return False
    return any(
        node.dep_ in ("acl", "relcl") and node.tag_ == "VBN" and node.lemma_ in MAKING_LEMMAS
        for node in path[1:-1]
    )


def _reported_by(noun: Token, root: Token) -> bool:
    """Whether ``noun`` is what the main clause ``root`` tells of: what reports or finds
    it ("a report released Thursday said …", "a report prepared in March 1999 found …",
    "said in a report issued Thursday", "according to a study released Monday"), or a
    noun of a present state reached through nouns and subjects ("a report posted Thursday
    provides …", "hope a bill approved on Friday will counter …", "comes after a report
    published on June 3 revealed …"; not "belong to the push to overturn the ruling,
    handed down in March 1996")."""
    if noun.dep_ == "pobj" and noun.head.head.lower_ == "according":
        return True
    if root.lemma_ in REPORTING_LEMMAS | FINDING_LEMMAS and (
        (noun.head == root and noun.dep_ in SUBJECT_DEPS)
        or (noun.dep_ == "pobj" and noun.head.head == root)
    ):
        return True
    if not _is_state(root):
        return False
    for node in [noun, *takewhile(lambda t: t != root, noun.ancestors)]:
        if node.head != root and node.head.pos_ in VERB_POS and node.dep_ not in SUBJECT_DEPS:
            return False
    return True


def future_verb(parse: ParsedDoc | None, offset: int, start: int, end: int) -> bool:
    """Whether the verb the date at document offset ``offset + start`` belongs to speaks of
    the future ("On Wednesday she will hand the council a plan"; not "On Sunday, Berg said
    he would meet …", whose date is the saying's)."""
    verb = _verb_of(parse, offset + start, offset + end)
    return verb is not None and _will(verb)


def past_verb(parse: ParsedDoc | None, offset: int, start: int, end: int) -> bool:
    """Whether the verb the date at document offset ``offset + start`` belongs to tells what
    was done: a simple past ("he said Tuesday"), a past passive or perfect ("was released
    Friday", "had met Monday") or a bare participle ("the home video aired Wednesday").
    A bare weekday there is the one before the article, whatever future the clause speaks
    of elsewhere ("Experts intend to study the video aired Wednesday"). Not a verb that
    arranges what is to come ("set a public hearing for Monday") nor one with a
    future auxiliary ("would have alerted")."""
    if _past_verb_after(parse, offset + start, offset + end):
        return True
    verb = _verb_of(parse, offset + start, offset + end)
    if verb is None or _will(verb) or verb.lemma_ in PLAN_LEMMAS:
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD":
        return not auxes
    if verb.tag_ == "VBN":
        return not auxes or any(c.lower_ in PAST_AUXILIARIES for c in auxes)
    return False


def told_as_done(parse: ParsedDoc | None, offset: int, start: int, end: int) -> bool:
    """Whether the date at ``offset + start`` hangs on a simple past, or one follows it
    ("Germany today announced"): what was done that day, even by a verb that may arrange
    what is to come (``past_verb`` leaves those out for a weekday's sake)."""
    span = tokens_at(parse, offset + start, offset + end)
    return span is not None and (
        span.root.head.tag_ == "VBD" or _past_verb_after(parse, offset + start, offset + end, True)
    )


def _past_verb_after(parse: ParsedDoc | None, start: int, end: int, plans: bool = False) -> bool:
    """The wire pattern "Minister X Monday told a meeting ...": a simple past right after
    the date is the date's own verb, however the parser hung the date (it may hang it on a
    name, and so on the future of another clause: "The act will create ..., Minister X
    Monday told ...")."""
    span = tokens_at(parse, start, end)
    if span is None or span.end >= len(span.doc):
        return False
    after = span.doc[span.end]
    return after.tag_ == "VBD" and (plans or after.lemma_ not in PLAN_LEMMAS)


def _will(verb: Token) -> bool:
    """A verb with a future auxiliary ("will meet", "would travel")."""
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in verb.children)


def _verb_of(parse: ParsedDoc | None, start: int, end: int) -> Token | None:
    """The first verb above the date's words in the parse, if any."""
    span = tokens_at(parse, start, end)
    if span is None:
        return None
    return next((n for n in [span.root, *span.root.ancestors] if n.pos_ in ("VERB", "AUX")), None)


def _spans_since(verb: Token) -> bool:
    """'Since 1992' measures a span: a change or repetition over it ("have fallen …
    since 1992", "has affirmed since 1830") or a state begun then and lasting ("has been
    capped at $6.3 million since 1991", "has been in custody since April 22"): how
    things stood, not the act that began them, so no event under the date (s26: a state
    shown as an event). A simple past tells the act ("provided access since at least
    2010")."""
    return not (verb.tag_ == "VBD" and not any(c.dep_ in AUX_DEPS for c in verb.children))


def _nowadays(verb: Token) -> bool:
    """'Today' with a present or present perfect ("has been nearly overwhelming today",
    "are still sung today") means nowadays; a report ("says today") keeps its day."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    present = (verb.tag_ in PRESENT_TAGS and not auxes) or any(
        c.tag_ in PRESENT_TAGS or c.lower_ in NOWADAYS_AUXILIARIES for c in auxes
    )  # "the concoctions being marketed today", "adopted children today can belong", too
    return present and verb.lemma_ not in REPORTING_LEMMAS


def _is_state(verb: Token) -> bool:
    """A verb in the present tense without an auxiliary ("is", "live"; not "has executed",
    "is scheduled", "will meet")."""
    return verb.tag_ in PRESENT_OR_BARE_TAGS and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children
    )


def _at_that_time(clause: Token, root: Token) -> bool:
    """A "when" clause after a verb in the past that happened then: "two dockers were hurt
    when a crane toppled onto the quay on June 4" tells one event, on that day (story_eval
    D0607G: two gold events a "when" had hidden). Not a "when" clause first ("When she
    retired in 1988, she ran a bakery for years"): a profile's or an anecdote's frame
    (TUNING+CHECK: 4 of 6 such entries read as no story event), nor one under a state
    ("the dredging was under way when ...") or a present tense ("reflects the stance she
    took when ...")."""
    head = clause.head
    past = head.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in head.children
    )
    return (
        clause.dep_ == "advcl"
        and clause.i > head.i
        and past
        and head.lemma_ != "be"
        and not _is_state(root)
        and any(c.dep_ in ("advmod", "mark") and c.lower_ == "when" for c in clause.children)
    )


# Participles of an act told at the main clause's time ("Speaking at a news conference on
# Tuesday, the minister said …"): their date is the main clause's too.
_SAME_TIME_PARTICIPLES = frozenset(
    {"speak", "address", "appear", "testify", "talk", "visit", "attend", "answer", "reply"}
)


def _dates_cause(node: Token, path: list[Token]) -> bool:
    """Whether ``node`` is a leading participle clause without a subject in which the date
    (``path[0]``) qualifies a noun: "Acting on a request by party members in April, the
    governor invited him …" dates the request, not the invitation (s35 judging: D0619A,
    an invitation under the month it was asked for)."""
    if not (
        node.dep_ == "advcl"
        and node.tag_ == "VBG"
        and node.i < node.head.i
        and node.lemma_.lower() not in _SAME_TIME_PARTICIPLES
        and not _has_subject(node)
    ):
        return False
    inside = path[1 : path.index(node)]
    return any(n.pos_ in ("NOUN", "PROPN") for n in inside)


def _has_subject(verb: Token) -> bool:
    """A clause with a subject of its own tells another event ("after the flight crashed
    on July 25"); a participle without one tells of the sentence's subject ("Founded by
    Mark Zuckerberg in 2004, it …")."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children) or (
        verb.dep_ == "relcl"
    )


def told_before(parse: ParsedDoc | None, start: int, end: int) -> bool:
    """Whether the sentence at document offsets ``start:end`` tells what had happened
    before its article was written: its main verb (the reported clause's, under "...,
    officials said"; the timed clause's, under "the visit came as ...",
    ``events.timed_verb``) is a simple past ("the ferry sank in a storm"), a past passive
    ("laws were eventually changed") or a past perfect ("had approved"). Such a sentence
    is dated by its article only as an upper bound: the event may be years older. A
    present or present perfect ("has closed the bridge", "opposes") tells how things
    stand that day."""
    span = tokens_at(parse, start, end)
    if span is None:
        return False
    verb = next((t for t in span if t.dep_ == "ROOT"), None)
    if verb is not None and verb.lemma_ in REPORTING_LEMMAS:
        verb = next((c for c in verb.children if c.dep_ == "ccomp"), verb)
    if verb is not None:
        # "the visit came as the minister was wrapping up talks": the tense of what it
        # is timed against (issue 11, D0609I).
        verb = timed_verb(verb) or verb
    if verb is None or verb.pos_ not in VERB_POS or _will(verb):
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD":
        return not auxes
    return verb.tag_ == "VBN" and bool(auxes) and all(c.lower_ in PAST_AUXILIARIES for c in auxes)
