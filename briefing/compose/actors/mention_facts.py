"""What one mention of a name tells of its kind, read from its own article: ``assign_kind``'s
counts per mention, remembered per article and mention within a build and across builds.

``kinds.assign_kind`` types an actor by counting, over every mention of its names, what
the parse shows around each one: whether it acts ("Dorvale announced"), is a thing ("the
Bramble virus"), a place ("at Harnby", "the Lorvik area"), an employer ("a spokeswoman
for Zentra") and so on. Each of those readings is a question of the mention's span in its
article's text and parse alone; which mentions an actor has is the story's (its aliases),
but what one mention says is not. A second run over a folder that grew by a few articles
read every mention of the story again (about a third of the key actors' time on 205 dev
articles); ``mention_facts`` asks the article memo ``mention_facts`` instead, keyed by the
article and the mention's span, and ``assign_kind`` sums the answers.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from briefing.compose.actors.agency import Agency
from briefing.compose.actors.occasions import as_occasion, named_a_place
from briefing.compose.article_memo import article_memo
from briefing.compose.memo import BadValue
from briefing.lang.agency import (
    COMPARISON_PREPOSITIONS,
    FORECAST_VERB_LEMMAS,
    NATIONALS_NOUNS,
    OWN_OFFICE_NOUNS,
    PRICE_VERB_LEMMAS,
    SERVICE_VERB_LEMMAS,
    STAFF_NOUNS,
)
from briefing.lang.names import BODY_HEAD_NOUNS, COMPANY_TAIL_RE, PERSON_NOUNS, STATE_HEAD_NOUNS
from briefing.lang.places import (
    ACCORD_NOUNS,
    ADMIN_AREA_NOUNS,
    AFFILIATION_PREPOSITIONS,
    HOME_AFTER_PARTY_RE,
    PLACE_PREPOSITIONS,
    SITE_NOUNS,
)
from briefing.model import AnalysedDocument, Corpus
from briefing.parsed import Token

# Characters after a mention searched for the rest of a company's name.
# Chosen by hand in f9869df (its story_eval actors gain is the whole change's); not benchmarked.
COMPANY_TAIL_CHARS = 40
# Mentions with at least this many conjuncts are items of an enumeration.
# Chosen by hand in c589da4 (the sample's listed device makers); not benchmarked.
LISTED_MIN_CONJUNCTS = 2
# Prepositions that tie a person to whom they work for ("a spokesman for", "an analyst at",
# "Ann Lee of"): a name seen only after one, never acting, is an employer, no party. Set
# by hand on issue 11's held-out report; on the 20 dev stories it drops one research
# centre ("chief researcher at ...", rank 19) and no top-10 actor.
EMPLOYER_PREPOSITIONS = {"for", "at", "with", "of"}
# Mentions remembered (one answer each): the 875 articles of benchmarks/scale.py have
# tens of thousands; past this many, answers are worked out and not kept.
MENTION_MEMO = 2**18
# Compound links followed from a mention to the noun it qualifies: a real name-and-noun chain
# is short ("Harnby chemical weapons disposal facility"); a hostile run of one name
# repeated 20,000 times (cut into 150-word sentences) made each mention walk up to 150, 15 s
# of one build (found attacking 1c102c4). The longest chain in half A and the check set's 14
# dev stories has 3 links; twelve leaves four times that.
MAX_COMPOUND_LINKS = 12
_PLURAL_TAGS = {"NNS", "NNPS"}
# Prepositions after a verb of service that name whom it was for ("worked for", "served
# in", "served with", "worked at"); "working toward", "left on" name no employer.
_SERVICE_PREPOSITIONS = {"for", "in", "with", "at"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass", "agent"}
_MODIFIER_DEPS = {"compound", "poss", "amod"}

# What ``Agency.observe`` counted the mention as.
NO_CUE, ACTS, THING, PEOPLE = range(4)


class Facts(NamedTuple):
    """One mention's readings, each 0 or 1 but the agency cue and the conjunct labels."""

    company: int  # followed by the rest of a company's name ("Inc.", "Co.")
    home: int  # a legislator's home town or state ("R-Lorvik")
    parsed: int  # the mention has parsed tokens (without, nothing below is read)
    agency: int  # NO_CUE, ACTS, THING or PEOPLE (``Agency.observe``)
    nationals: int  # "U.S. scientists": the name qualifies its nationals
    plural: int  # a plural noun (NNS, NNPS)
    common_plural: int  # a plural common noun (NNS)
    listed: int  # an item of an enumeration
    located: int  # after a place's preposition ("in Harnby")
    site: int  # "the Harnby facility"
    occasion: int  # "at the convention"
    placed: int  # "the regional capital Lorvane"
    area: int  # "the Lorvik province"
    state: int  # "Santa Ardea state"
    accord: int  # "the Dayton accords"
    conj_org: int  # conjuncts the model labels ORG ("Lenovo, Oppo and TCL")
    conj_person: int  # conjuncts the model labels PERSON
    person_first: int  # a PERSON conjunct comes before every ORG one (the votes' order)
    body: int  # "Bright Path practitioners"
    kin: int  # "his sister, Tessa"
    employer: int  # "a spokeswoman for Zentra"
    affiliation: int  # "a professor at Harvard", "Harvard's law school"
    agentive: int  # a subject, or a state's modifier ("France's minister")
    forecast: int  # the subject of a forecaster's verb ("X estimates that ...")
    upon: int  # after "on" ("everyone on X", "a victory on X"): where, or what about
    cited: int  # compared ("giants like X"), its share price ("X rose 7"), or "... is X"
    served: int  # where someone once worked: "Ann Lee worked for X", "joined X", "left X"


_UNPARSED = (0,) * (len(Facts._fields) - 3)
_FIELDS = len(Facts._fields)
_INT = {int}


def _encode(value: Facts) -> list[int]:
    return list(value)


def _decode(data: Any) -> Facts:
    """Facts as ``_encode`` wrote them: as many non-negative integers as there are facts.
    (The types are read as a set and the least value once: a test per value was 1.4 of the
    15 CPU s, profiled, a second run over benchmarks/scale.py's 875 + 5 articles took to
    read its compose cache entries' 26,000 mentions.)"""
    if not (
        isinstance(data, list)
        and len(data) == _FIELDS
        and set(map(type, data)) == _INT
        and min(data) >= 0
    ):
        raise BadValue("a mention's facts")
    return Facts(*data)


_FACTS = article_memo("mention_facts", __name__, _encode, _decode)
_FACTS.limit = MENTION_MEMO


def mention_facts(
    corpus: Corpus, doc: int, start: int, end: int, ents_by_doc: dict[int, dict[int, str]]
) -> Facts:
    """What the mention at ``start:end`` of article ``doc`` tells of its name's kind.
    ``ents_by_doc`` (the entity label of each token, by document, filled as needed) is
    shared by the calls of one build: one document is read once."""
    adoc = corpus.docs[doc]
    return _FACTS.ask(adoc, (start, end), lambda a, s, e: _read(a, doc, s, e, corpus, ents_by_doc))


def _read(
    adoc: AnalysedDocument,
    doc: int,
    start: int,
    end: int,
    corpus: Corpus,
    ents_by_doc: dict[int, dict[int, str]],
) -> Facts:
    text = adoc.document.text
    company = int(bool(COMPANY_TAIL_RE.match(text[end : end + COMPANY_TAIL_CHARS])))
    home = int(bool(HOME_AFTER_PARTY_RE.search(text, max(0, start - 3), start)))
    sdoc = adoc.parse
    span = sdoc.char_span(start, end, alignment_mode="expand") if sdoc else None
    if span is None:
        return Facts(company, home, 0, *_UNPARSED)
    if doc not in ents_by_doc:
        # From doc.ents (few) rather than every token of the document.
        ents_by_doc[doc] = {t.i: e.label_ for e in span.doc.ents for t in e}
    ents = ents_by_doc[doc]
    root = span.root
    agency = Agency()
    agency.observe(root, span.start)
    cue = ACTS if agency.acts else THING if agency.things else PEOPLE if agency.peoples else 0
    conjuncts = root.conjuncts
    labelled = [x for c in conjuncts if (x := ents.get(c.i)) in ("ORG", "PERSON")]
    compound = root.dep_ == "compound"
    head = _compound_head(root).lower_ if compound else ""
    return Facts(
        company=company,
        home=home,
        parsed=1,
        agency=cue,
        nationals=int(_nationals(root)),
        plural=int(root.tag_ in _PLURAL_TAGS),
        common_plural=int(root.tag_ == "NNS"),
        listed=int(len(conjuncts) >= LISTED_MIN_CONJUNCTS),
        located=int(root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPOSITIONS),
        site=int(_site_word(root)),
        occasion=int(as_occasion(root)),
        placed=int(named_a_place(root)),
        area=int(compound and head in ADMIN_AREA_NOUNS),
        state=int(compound and head == "state"),
        accord=int(compound and head in ACCORD_NOUNS),
        conj_org=sum(labels == "ORG" for labels in labelled),
        conj_person=sum(labels == "PERSON" for labels in labelled),
        person_first=int(labelled[:1] == ["PERSON"]),
        body=int(compound and root.head.lower_ in BODY_HEAD_NOUNS),
        kin=int(root.dep_ == "appos" and root.head.lower_ in PERSON_NOUNS),
        employer=int(_employs(root, ents)),
        affiliation=int(
            root.dep_ in _MODIFIER_DEPS | {"nmod"}
            or (root.dep_ == "pobj" and root.head.lower_ in AFFILIATION_PREPOSITIONS)
        ),
        agentive=int(
            root.dep_ in _SUBJECT_DEPS
            or (root.dep_ in _MODIFIER_DEPS and root.head.lower_ in STATE_HEAD_NOUNS)
        ),
        forecast=int(root.dep_ == "nsubj" and root.head.lemma_ in FORECAST_VERB_LEMMAS),
        upon=int(root.dep_ == "pobj" and root.head.lower_ == "on"),
        cited=int(root.dep_ == "attr" or compared(root) or _price_move(root)),
        served=int(_served(root)),
    )


# Marks of a clause that is the standard of a comparison ("as X did", "than X did").
_COMPARISON_MARKS = frozenset({"as", "than"})


def _served(root: Token) -> bool:
    """ "Ann Lee worked for X", "served in X", "joined X", "had left X": the body a person
    once served, told in the past tense (the verb, or "had" before it)."""
    verb = root.head
    if root.dep_ == "pobj" and verb.lower_ in _SERVICE_PREPOSITIONS and verb.dep_ == "prep":
        verb = verb.head
    elif root.dep_ != "dobj":
        return False
    if verb.lemma_ not in SERVICE_VERB_LEMMAS or verb.pos_ != "VERB":
        return False
    had = verb.tag_ == "VBN" and any(a.lower_ == "had" for a in verb.children if a.dep_ == "aux")
    return verb.tag_ == "VBD" or had


def _employs(root: Token, ents: dict[int, str]) -> bool:
    """A name set after a preposition that ties a person to it: "a spokeswoman for X",
    "an analyst at X", "Ann Lee of X" (the preposition hangs on a staff noun or a
    person's name)."""
    if root.dep_ != "pobj" or root.head.lower_ not in EMPLOYER_PREPOSITIONS:
        return False
    holder = root.head.head
    return holder.lower_ in STAFF_NOUNS or ents.get(holder.i) == "PERSON"


def compared(root: Token) -> bool:
    """ "unlike X", "giants like Y and X", "bigger than X", "voters such as X", "X-like
    methods", "as X did in 1994", "joins Y and X in having cancelled races": the standard of a
    comparison or an example (the first of a list of conjuncts carries the preposition)."""
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    head = root.head
    if root.dep_ == "nsubj" and head.lemma_ == "do" and _marked_as_comparison(head):
        return True  # "as X did": "did" stands for the act another repeats
    if root.dep_ == "dobj" and head.lemma_ == "join" and _in_doing(head):
        return True  # "joins X in having cancelled races": X did it before
    if head.i == root.i + 2 and head.lower_ == "like" and root.doc[root.i + 1].text == "-":
        return True  # "X-like": what others are likened to
    if root.dep_ != "pobj":
        return False
    if head.lower_ == "as":  # "such as X"
        return any(k.lower_ == "such" for k in head.children)
    return head.lower_ in COMPARISON_PREPOSITIONS


def _marked_as_comparison(verb: Token) -> bool:
    """A clause opening "as" or "than" ("as X did", "than X did") with no object of its own
    ("as X did the sums" is an act of X's)."""
    kids = list(verb.children)
    return any(k.dep_ == "mark" and k.lower_ in _COMPARISON_MARKS for k in kids) and not any(
        k.dep_ == "dobj" for k in kids
    )


def _in_doing(verb: Token) -> bool:
    """ "join X in having cancelled", "joined X in condemning": "in" and a verb after the
    verb, what the object did first ("joined X in 1990" is no comparison)."""
    return any(
        k.dep_ == "prep"
        and k.lower_ == "in"
        and any(g.dep_ == "pcomp" and g.tag_.startswith("VB") for g in k.children)
        for k in verb.children
    )


def _price_move(root: Token) -> bool:
    """ "X rose 7, to 166", "X fell 2 percent": the subject of a market move with a figure."""
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_ not in PRICE_VERB_LEMMAS:
        return False
    return any(
        k.tag_ == "CD" or (k.dep_ in {"dobj", "npadvmod", "prep"} and _has_figure(k))
        for k in verb.children
    )


def _has_figure(token: Token) -> bool:
    """A figure in the word or its objects ("7", "2 percent", "to 166"): anywhere under
    it (``subtree`` walks with a stack of its own, as deep as a hostile chain of heads)."""
    return any(t.tag_ == "CD" for t in token.subtree)


def _site_word(root: Token) -> bool:
    """ "the Harnby facility", "the Harnby and Arvin refugee camps" (the first name of a
    pair before the noun hangs on the second's head word)."""
    if root.dep_ == "compound":
        return _compound_head(root).lemma_ in SITE_NOUNS
    return root.dep_ == "nmod" and _compound_head(root.head).lemma_ in SITE_NOUNS


# Heads a state's name qualifies without the state acting: its nationals or its own offices
# (one set, not a union made anew for every mention).
_NOT_THE_STATE_HEADS = NATIONALS_NOUNS | OWN_OFFICE_NOUNS


def _nationals(root: Token) -> bool:
    """ "U.S. scientists", "Kenya's staff": the name qualifies its nationals, no office of
    its state; nor does it act in "the U.S. attorney's office", "a U.S. Supreme Court
    ruling" (an office or a court of its own) or "U.S. President Ann Lee", "Ann Lee, the
    U.S. labor secretary" (the title of a named person, who is the one acting)."""
    if root.dep_ not in {"compound", "poss"}:
        return False
    head = root.head
    if head.lower_ in _NOT_THE_STATE_HEADS:
        return True
    holder = head.head if head.dep_ in {"compound", "appos"} else None
    return holder is not None and holder.i != head.i and holder.ent_type_ == "PERSON"


def _compound_head(token: Token) -> Token:
    """The noun a chain of compounds modifies: "facility" of "Harnby chemical weapons
    disposal facility" (at most MAX_COMPOUND_LINKS links up)."""
    for _ in range(MAX_COMPOUND_LINKS):
        if token.dep_ != "compound" or token.head.i == token.i:
            break
        token = token.head
    return token
