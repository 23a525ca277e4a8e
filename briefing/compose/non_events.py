"""Dated sentences that tell no event of the story, by what they tell instead.

A date in a sentence does not make the sentence an event of the story. The timeline
leaves out, by their kind (each a name ``no_story_event`` returns):

- ``state``: how things stood on the date, "be" (or "remain", "seem") with an adjective
  or a ranking ("harvests were poor in 1987 and are poorer now", "in 1990 the valley was
  the driest county"), a count with "there was" in a year or a month ("In 1993 there
  were 40 fires");
- ``statistic``: a figure set against another ("310 calls, compared with 280 in June
  1994", "four per 1,000", "40 more than on the Monday before"), on any date;
- ``quote``: the end of a quotation begun in an earlier sentence ("We will rebuild," the
  mayor said Friday): what someone said, in their words;
- ``toll``: a bare count that a passive tells of, under a year or a month ("In 1996,
  1,200 homes were flooded", "no arrests were made in May"), or a subject counted in
  thousands ("In 1991, 6,000 anglers bought licences"): what the period added up to;
- ``output``: what a place or a people made, spent or took in a year, an amount or a
  count in thousands ("In 1996 Veloria generated 58 billion kWh", "the country spent $2
  billion on ferries in 1997"): the year's statistic, not the story's event;
- ``example``: a case an argument opens with "for example" ("On March 9, for example, the
  ferry ran late"): the writer's illustration, not the story's event;
- ``award``: an honour to someone ("received the Harbour Safety Award on June 2"), or
  handed out ("began his day Tuesday handing out awards": s32, D0649D's ceremony);
- ``broadcast``: a programme put on air ("the station aired a documentary on …"; not
  "the video aired Wednesday");
- ``survey``: how a survey was made ("800 farmers were interviewed for the survey", "the
  poll was conducted Sunday");
- ``opinion``: a speaker's view said on a date ("said Tuesday that she blamed nobody but
  herself", "said Monday he believed …");
- ``message``: a message sent, made or received with nothing of what it says ("read out
  a statement Friday to mark Harbour Day", "received an e-mail on Tuesday from Ona Brisk",
  "placed a phone call to the harbour board"): the entry tells no event (s37 strict
  judging of the 20 dev timelines: three such entries, all saying nothing);
- ``drill``: a rehearsal ("the coast guard held two rescue drills in May");
- ``advice``: an instruction to the reader, a sentence opening with its verb in the
  base form and no subject ("Prune the branch tips any time from mid-October to early
  May"): a gardening column's advice, not an event;
- ``nowadays``: "today" in a sentence with no verb in the past tense ("Today, most
  crews live ...", "The busiest pier today is ..."): how things stand, not a day's
  event.

The date's own verb (the first verb above it in the parse) decides, so a sentence that
tells an event and mentions one of these in a clause of its own is kept.
"""

from __future__ import annotations

from briefing.compose.clauses import VERB_POS
from briefing.lang.dates import (
    AWARD_LEMMAS,
    AWARD_NOUNS,
    BROADCAST_LEMMAS,
    DRILL_NOUNS,
    EXAMPLE_OPENING_RE,
    HONOUR_LEMMAS,
    MESSAGE_FRAME_PREPOSITIONS,
    MESSAGE_MEDIA,
    MESSAGE_NOUNS,
    OCCASION_LEMMAS,
    OPINION_LEMMAS,
    PERIOD_FIGURE_RE,
    PROGRAMME_NOUNS,
    QUOTE_TAIL_RE,
    REPORTING_LEMMAS,
    STATE_LEMMAS,
    SURVEY_LEMMAS,
    SURVEY_NOUNS,
    TODAY_RE,
)
from briefing.lang.figures import count_value, figure_value
from briefing.lang.furniture import DATELINE_RE
from briefing.lang.months import MONTHS
from briefing.lang.tenses import FINITE_TAGS, MODAL_TAGS, PAST_TAGS
from briefing.parsed import ParsedDoc, Span, Token, tokens_at

# Entity types that name who or what a count is of ("1,200 Dutch homes"): no bare count.
NAMED_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
# A count of people in a year that is a statistic, not a group acting together (read on
# the TUNING+CHECK timelines: "some 6,000 anglers bought licences").
MIN_CROWD = 1000
# Entity types of a place or a people as a whole ("Veloria", "Canadians"), and words for
# one ("the state"); and those of an amount ("$2 billion", "58 billion kWh", "12 percent").
# What a place or people made in a year is its statistic (held-out judges, s19: a
# country's electricity output in a year, shown as an event).
PLACE_TYPES = frozenset({"GPE", "NORP"})
PLACE_WORDS = frozenset({"state", "country", "nation", "province", "region", "county"})
AMOUNT_TYPES = frozenset({"MONEY", "QUANTITY", "PERCENT"})
# The past tense, and the auxiliaries of a future ("will", "would"): a sentence with
# "today" and none of them tells how things stand nowadays.
_PAST_OR_MODAL_TAGS = PAST_TAGS | MODAL_TAGS
# Dependents that name what a verb acts on or what a passive verb tells of.
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd", "dative"})
# Dependents that are a verb's subject (an imperative has none).
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
# Words a pronoun subject is: the speaker's own view ("he attributed", "she believed").
SPEAKER_PRONOUNS = frozenset({"he", "she", "they", "i", "we"})


def no_story_event(
    parse: ParsedDoc | None, offset: int, text: str, start: int, end: int, *, coarse: bool
) -> str:
    """The kind of non-event the sentence ``text`` (at document offset ``offset``) tells
    under its date at ``start:end`` of it, or "" when it may be an event of the story;
    ``coarse``: the date is a year or a month, no day."""
    example = EXAMPLE_OPENING_RE.match(DATELINE_RE.sub("", text.strip()))
    if example and (example["lead"] is None or text[start:end] in example["lead"]):
        return "example"  # not "The ferry's owner, for example, said in 1994 …"
    if PERIOD_FIGURE_RE.search(text):
        return "statistic"
    if QUOTE_TAIL_RE.match(text):
        return "quote"
    span = tokens_at(parse, offset + start, offset + end)
    if span is None:
        return ""
    sentence = tokens_at(parse, offset, offset + len(text))
    tags = {t.tag_ for t in sentence} if sentence is not None else {"VBD"}
    if TODAY_RE.fullmatch(text[start:end].strip()) and not tags & _PAST_OR_MODAL_TAGS:
        return "nowadays"
    if sentence is not None and _instruction(sentence):
        return "advice"
    verb = next((n for n in [span.root, *span.root.ancestors] if n.pos_ in VERB_POS), None)
    if verb is None:
        return ""
    lemma = verb.lemma_.lower()
    if _is_state(verb, span.root):
        return "state"
    root = [verb, *verb.ancestors][-1]  # "In 1993, a dry year, there were …", misparsed
    if coarse and any(v.lemma_ == "be" and _counts(v) for v in (verb, root)):
        return "state"
    if any(_honours(v) for v in [verb, *_doing(verb)]):
        return "award"
    if lemma in BROADCAST_LEMMAS and _acts_on(verb, PROGRAMME_NOUNS):
        return "broadcast"
    if lemma in SURVEY_LEMMAS and verb.dep_ in ("ROOT", "conj") and _names(parse, offset, text):
        return "survey"
    if coarse and (_toll(verb) or _crowd(verb)):
        return "toll"
    if coarse and _year_only(span) and _output(verb):
        return "output"
    if lemma in REPORTING_LEMMAS and any(_own_view(c) for c in verb.children):
        return "opinion"
    if _acts_on(verb, DRILL_NOUNS):
        return "drill"
    if _bare_message(verb):
        return "message"
    return ""


def _instruction(sentence: Span) -> bool:
    """Whether the sentence opens with its main verb in the base form and has no
    subject: an imperative ("Trim and discard any wilted leaves ..."). The parser may tag
    an opening verb it does not know as a noun; one that takes an object or is joined to
    a base-form verb is still the verb. s29 judging of the CHECK timelines: a gardening
    column's advice dated by its "to early May"."""
    first = next((t for t in sentence if not (t.is_punct or t.is_space)), None)
    if first is None or first.dep_ != "ROOT":
        return False
    children = list(first.children)
    if any(c.dep_ in SUBJECT_DEPS for c in children):
        return False
    return first.tag_ == "VB" or any(
        c.dep_ == "dobj" or (c.dep_ == "conj" and c.tag_ == "VB") for c in children
    )


def _is_state(verb: Token, date: Token) -> bool:
    """A "be" (or kin) in a finite tense that describes its subject, with the date on it
    ("were poor in 1987"; not "could be a man born …", a modal's guess)."""
    return (
        verb.lemma_.lower() in STATE_LEMMAS
        and verb.tag_ in FINITE_TAGS
        and _on(date, verb)
        and any(_describes(c) for c in verb.children)
    )


def _on(date: Token, verb: Token) -> bool:
    """Whether the date hangs on ``verb`` itself, at most through a preposition ("was
    poor in 1987"; not "was a man born on May 3, 1950", whose date is the birth's)."""
    node = date.head
    while node != verb:
        if node.pos_ != "ADP" or node.head == node:
            return False
        node = node.head
    return True


def _describes(child: Token) -> bool:
    """A dependent that makes its "be" a state: an adjective ("were poor") or what its
    subject was ("was by far the driest county"; not "there was a day when …")."""
    if child.dep_ == "acomp":
        return True
    return child.dep_ == "attr" and not any(c.dep_ == "expl" for c in child.head.children)


def _counts(verb: Token) -> bool:
    """A count of the period: "there were 40 fires", "there was no rain"; not "there was
    a day when …" (an anecdote)."""
    if not any(c.dep_ == "expl" for c in verb.children):
        return False
    return any(
        c.dep_ == "attr"
        and any(t.tag_ == "CD" or (t.dep_ == "det" and t.lower_ == "no") for t in c.children)
        for c in verb.children
    )


def _toll(verb: Token) -> bool:
    """A passive whose subject is a bare count, no one named ("1,200 homes were flooded",
    "no arrests were made"): under a year or a month, what the period added up to."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    for subject in (c for c in verb.children if c.dep_ == "nsubjpass"):
        if any(t.ent_type_ in NAMED_TYPES for t in subject.subtree):
            return False
        if subject.tag_ == "CD":
            return True  # an amount: "$9 million was spent on the pier in 1991"
        return any(
            (c.dep_ == "nummod" and c.tag_ == "CD") or (c.dep_ == "det" and c.lower_ == "no")
            for c in subject.children
        )
    return False


def _crowd(verb: Token) -> bool:
    """A subject counted in thousands ("In 1991, some 6,000 anglers bought
    licences", "18 million anglers fished at least once in 1997": the count's words
    together, s38 judging of D0633F's survey figure): under a year or a month, a
    statistic of the period."""
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        for c in subject.children:
            if c.dep_ != "nummod" or c.ent_type_ == "DATE":
                continue  # "A 1997 study found ...": a year, no count
            count, _ = figure_value(" ".join(t.text for t in c.subtree))
            if count is not None and count >= MIN_CROWD:
                return True
    return False


def _year_only(date: Span) -> bool:
    """A year, no month in it ("1996", "last year"; not "May 1996", "last month")."""
    return not any(t.lower_.rstrip(".") in MONTHS or t.lower_ == "month" for t in date)


def _output(verb: Token) -> bool:
    """A place or a people as the subject ("Veloria generated", "Canadians spent") and an
    amount or a count in thousands as the object ("58 billion kWh", "17,000 acres")."""
    if not any(
        c.dep_ == "nsubj" and (c.ent_type_ in PLACE_TYPES or c.lemma_.lower() in PLACE_WORDS)
        for c in verb.children
    ):
        return False
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if obj.ent_type_ in AMOUNT_TYPES:
            return True
        for c in (obj, *obj.children):
            count = count_value(c.text) if c.tag_ == "CD" else None
            if count is not None and count >= MIN_CROWD:
                return True
    return False


def _honours(verb: Token) -> bool:
    """Whether the verb tells an honour given or received ("received the Harbour Safety
    Award", "handing out awards")."""
    lemma = verb.lemma_.lower()
    return lemma in HONOUR_LEMMAS or (lemma in AWARD_LEMMAS and _acts_on(verb, AWARD_NOUNS))


def _doing(verb: Token) -> list[Token]:
    """What the verb's doer does in it, told by a gerund ("began his day handing out
    awards", "spent Monday presenting medals")."""
    return [c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.tag_ == "VBG"]


def _acts_on(verb: Token, nouns: frozenset[str]) -> bool:
    """Whether the verb's object (or what it is of: "a series of drills") is one of
    ``nouns``."""
    for child in verb.children:
        if child.dep_ not in OBJECT_DEPS:
            continue
        heads = [child, *(g for p in child.children if p.lower_ == "of" for g in p.children)]
        if any(h.pos_ in ("NOUN", "PROPN") and h.lemma_.lower() in nouns for h in heads):
            return True
    return False


def _names(parse: ParsedDoc | None, offset: int, text: str) -> bool:
    """Whether the sentence ``text`` at document offset ``offset`` names a survey."""
    sentence = tokens_at(parse, offset, offset + len(text))
    return sentence is not None and any(t.lemma_.lower() in SURVEY_NOUNS for t in sentence)


def _own_view(clause: Token) -> bool:
    """A said clause that tells the speaker's view ("he believed …", "she doubted …")."""
    return (
        clause.dep_ == "ccomp"
        and clause.lemma_.lower() in OPINION_LEMMAS
        and any(c.dep_ == "nsubj" and c.lower_ in SPEAKER_PRONOUNS for c in clause.children)
    )


# Dependents of a verb that tell what its message says: "warning that ...", "saying ...",
# "a letter, alerting him of the breach" (a participle; not "to mark the day", a purpose).
_TELLING_DEPS = frozenset({"ccomp", "parataxis"})
# A quotation or a colon next to a message gives its words.
_QUOTING = frozenset({":", '"', "“", "”"})


def _bare_message(verb: Token) -> bool:
    """Whether the verb's object is a message with nothing of what it says: no clause,
    quote, apposition or topic of its own ("a statement on the ferry", "a call for calm",
    "his resignation letter"),
    only who sent or got it, where, when and for what occasion ("to mark the day"); and
    the verb tells none either (no reported clause, no participle: "sent a letter to the
    board, alerting it of the breach")."""
    messages = [
        c
        for c in verb.children
        if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in MESSAGE_NOUNS
    ]
    if len(messages) != 1:
        return False
    if any(
        (c.dep_ in _TELLING_DEPS and c.i != messages[0].i)
        or (c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG")
        or (c.dep_ == "punct" and c.text in _QUOTING)
        for c in verb.children
    ):
        return False
    for c in messages[0].children:
        if c.dep_ == "prep" and c.lower_ not in MESSAGE_FRAME_PREPOSITIONS:
            return False  # "a statement on the ferry", "a call for calm"
        if c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() not in MESSAGE_MEDIA:
            return False  # "his resignation letter", "a tornado warning": its topic
        if c.dep_ == "acl" and c.lemma_.lower() in OCCASION_LEMMAS:
            continue  # "a statement to mark Harbour Day": its occasion, not its words
        if c.dep_ in ("acl", "relcl", "appos", "ccomp") or c.text in _QUOTING:
            return False  # "a statement saying ...", "a letter that warned ..."
    return True
