"""Newsless sentences: sentences whose grammar says they tell no news.

A source digest (``digests``) shows what its article reported. Some sentences that read
alone by their words report nothing (``digest_leans`` makes them only fill a digest):

- a bidding, a recipe's step or a column's advice ("Sprinkle sugar over the pastries.",
  "Address questions to ..."): its main verb in the base form with no subject
  (``bidding``);
- a scene or a truism: its main verb in the simple present, and no word in it naming
  one particular thing (no name, no figure, no date; an order, "first", is none): "A
  few boys fish off the old pier, and their mothers hang washing on the rails.", "Salt
  air is hard on paint.", "Some sailors find their first crossing rough." (how they
  find it, no finding: ``nothing_particular``). A feature's scene-setting and a
  writer's generality tell what is always so or what one sees there, not what
  happened; but a generality about
  what the article's title names ("Quay gardeners water at dusk." under "Gardening on
  the quay") is what a feature on a practice reports;
- a private person's sketch (``private_sketch``): what kind of person someone is ("Pell
  is the kind of man who lives to sail."), or a person introduced by an age saying how
  things are now with them ("Dorna Vell, 11, said her family has a radio but no
  television."): a feature's colour about its people, not what happened (a speaker's
  account of an event, "Ada Moss, 34, said she saw the ferry tip over", is one).

Found judging the check set's digests (session 43); the scenes and truisms in session
49's judging of tuning halves A and B (the largest class of digest sentences judged to
state no news on held-out stories); the sketches in session 50's (tuning half A).
"""

from __future__ import annotations

from briefing.compose.near_duplicates import content_stems
from briefing.lang.dates import FINDING_LEMMAS
from briefing.lang.genders import FEMALE_PRONOUNS, MALE_PRONOUNS
from briefing.lang.speech import CLOSING_QUOTES, OPENING_QUOTES, SAYING_LEMMAS, SPEECH_LEMMAS
from briefing.lang.tenses import PRESENT_TAGS
from briefing.lang.words import words as word_list
from briefing.model import AnalysedDocument, Sentence
from briefing.parsed import Span, Token, tokens_at

# Quotation marks: a quotation's bidding is someone's words.
QUOTE_MARKS = frozenset(OPENING_QUOTES + CLOSING_QUOTES)
# Dependencies of a main verb's subject, however the clause has it: a bidding has none.
_BIDDEN_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
# Dependencies of a word that may open a bidding before its verb ("Do take", "Don't
# panic", "Please contact", "then top"), and the marks after a clause that goes before
# one ("To serve, glaze the loaf ...", "...; then top with cream").
_BIDDING_DEPS = frozenset({"aux", "neg", "intj", "advmod"})
_CLAUSE_BREAKS = frozenset({",", ";"})
# Tags a base-form verb opening a sentence is read with: its own, or a common noun's for
# its capital ("Address/NN questions to ...": DUC 2006 check D0611B, session 47).
_MISREAD_TAGS = frozenset({"VB", "NN", "NNS"})
# Parts of speech of a verb: a sentence with one may state something.
_VERB_POS = frozenset({"VERB", "AUX"})
# Dependencies of an auxiliary ("Do you ...", "to").
_AUX_DEPS = frozenset({"aux", "auxpass"})
# Verbs that report what someone says, finds or expects ("Officials say ...", "The inspection
# records show ...", "The repairs appear to be ...", "Engineers doubt ..."): a report of the
# story, whatever its tense (tuning half B's digests, session 49: a recorder's finding).
_REPORTING = SAYING_LEMMAS | FINDING_LEMMAS | {"appear", "seem", "doubt", "fear", "expect"}
# Parts of speech of a word naming one thing of its kind in a sentence: a name or a figure.
_PARTICULAR_POS = frozenset({"PROPN", "NUM"})
# Entity labels that name nothing particular: an order ("their first crossing") is any
# traveller's (tuning half B's digests, session 50: what travellers feel on a first
# flight).
_UNPARTICULAR_LABELS = frozenset({"ORDINAL"})
# A dateline's dash ("MARLOW -- ..."), within its first tokens (a layout bound): the
# place of the report, not of what the sentence tells.
_DASHES = frozenset({"--", "—", "–"})
_DATELINE_TOKENS = 8
# Nouns a sketch calls its subject's kind by ("the kind of man who ...").
_KIND_NOUNS = frozenset({"kind", "sort", "type"})
# Nouns of such a kind that are people ("the kind of guy who ...").
_SKETCHED_PEOPLE = frozenset({"guy", "man", "woman", "person", "fellow", "kid", "girl", "boy"})
# A person's age given after the name ("Dorna Vell, 11, ..."): a number no higher than
# this (a lifespan's bound).
_MOST_AGE = 120
# Words by which a speaker's words tell of the speaker: "she", "her family", "I", "my".
_SELF_WORDS = MALE_PRONOUNS | FEMALE_PRONOUNS | {"i", "my", "me", "we", "our"}


def bidding(adoc: AnalysedDocument, sentence: Sentence) -> bool:
    """Whether ``sentence`` bids its reader do something ("Sprinkle sugar over the
    pastries.", "Do take action, employing ...", "To serve, glaze the loaf ..."): its
    main verb, in the base form and with no subject, opens it or a clause after a comma,
    or follows "Do", "Don't", "Please" or "then" there.
    A recipe's step or a column's advice tells no news (check D0611B's digests, session
    43); a quotation's ('"See the holes?" he asked') is someone's words."""
    span = _unquoted(adoc, sentence)
    if span is None:
        return False
    root = span.root
    if _misread_bidding(span):
        return True
    if root.tag_ != "VB" or any(
        c.dep_ in _BIDDEN_SUBJECT_DEPS or (c.dep_, c.lower_) == ("aux", "to") for c in root.children
    ):
        return False  # "To further complicate matters, ...": the parse lost the subject
    if root.i == span.start:
        return True
    before = root.doc[root.i - 1]
    return before.text in _CLAUSE_BREAKS or (
        before.head.i == root.i and before.dep_ in _BIDDING_DEPS
    )


def _unquoted(adoc: AnalysedDocument, sentence: Sentence) -> Span | None:
    """The parsed words of ``sentence``, or None for a quotation (someone's words) or
    without a parse."""
    if sentence.text.lstrip()[:1] in QUOTE_MARKS:
        return None
    return tokens_at(adoc.parse, sentence.start, sentence.end)


def _misread_bidding(span: Span) -> bool:
    """Whether ``span`` opens on a verb in the base form, with no subject, that the
    tagger read as the sentence's main verb's dependant or as a noun for its capital
    ("Address/NN questions to ...", "Start/VB by spreading ..."): tagged so, not "to"'s;
    or read as a noun yet taking a direct object ("Address questions") or joined to a
    verb in the base form ("Prune and remove ..."), which no noun does; or read as a
    noun modifying the next, the main word of a sentence with no verb nor subject
    ("Address/compound questions/ROOT to ..."). Not a name, nor a subject: "Mark Hale
    said ..."."""
    first = span[0]
    if not first.is_title or first.ent_type_ or first.tag_ not in _MISREAD_TAGS:
        return False
    if first.dep_ in _BIDDEN_SUBJECT_DEPS or first.dep_ in _AUX_DEPS:
        return False
    children = list(first.children)
    if any(c.dep_ in _BIDDEN_SUBJECT_DEPS or c.dep_ in _AUX_DEPS for c in children):
        return False
    if any(c.dep_ in _BIDDEN_SUBJECT_DEPS for c in span.root.children):
        return False  # "Bent/VB on revenge, mobs set fire ...": a clause before its subject
    if first.tag_ == "VB":
        return True
    if first.dep_ == "compound" and first.head.i == first.i + 1 and first.head.dep_ == "ROOT":
        # "Address/compound questions/ROOT to ...": read as a noun's, no verb left
        return not any(t.pos_ in _VERB_POS for t in span)
    return any(c.dep_ == "dobj" or (c.dep_ == "conj" and c.tag_ == "VB") for c in children)


def nothing_particular(adoc: AnalysedDocument, sentence: Sentence) -> bool:
    """Whether ``sentence`` tells a scene or a truism rather than news ("A few boys fish
    off the old pier.", "Salt air is hard on paint."): its main verb in the simple
    present, not one that reports ("Officials say ...", "The data show ...", but
    "find" of an experience is none: ``_finds_it``) nor "have to", and no name,
    figure, entity (an order, "first", is none) or date anywhere in it after a
    dateline, nor a word of the article's title. A quotation is someone's words."""
    span = _unquoted(adoc, sentence)
    if span is None:
        return False
    root = span.root
    lemma = root.lemma_.lower()
    if root.tag_ not in PRESENT_TAGS or (lemma in _REPORTING and not _finds_it(root)):
        return False  # the simple present: what is so; not a report
    if lemma == "have" and any(c.dep_ == "xcomp" for c in root.children):
        return False  # "Engineers have yet to decide ...": what is still to happen
    if content_stems(sentence.words) & content_stems(word_list(adoc.document.title or "")):
        return False  # what the title names: the feature's own subject
    tokens = list(span)
    dash = next((i for i, t in enumerate(tokens[:_DATELINE_TOKENS]) if t.text in _DASHES), -1)
    return not any(
        t.pos_ in _PARTICULAR_POS
        or (t.ent_type_ and t.ent_type_ not in _UNPARTICULAR_LABELS)
        or t.tag_ == "CD"
        for t in tokens[dash + 1 :]
    )


def _finds_it(verb: Token) -> bool:
    """Whether ``verb`` is "find" telling how one finds a thing ("Some sailors find
    their first crossing rough"), an experience, not a finding ("The survey finds
    that ..."): an object and no clause (tuning half B's digests, session 50)."""
    if verb.lemma_.lower() != "find":
        return False
    deps = {c.dep_ for c in verb.children}
    return "dobj" in deps and "ccomp" not in deps


def private_sketch(adoc: AnalysedDocument, sentence: Sentence) -> bool:
    """Whether ``sentence`` sketches a person rather than tell news (module doc): its
    main verb "be", a person its subject, of "the kind/sort/type of" someone a clause
    describes ("Pell is the
    kind of man who lives to sail"); or a verb of saying whose subject is a name with an
    age ("Dorna Vell, 11, said ...") and whose words, in the present tense, tell of the
    speaker ("... her family has a radio"): how things are with them now, not what
    happened ("... she saw the ferry tip over" is an account). A quotation is someone's
    words."""
    span = _unquoted(adoc, sentence)
    if span is None:
        return False
    root = span.root
    if root.lemma_.lower() == "be":
        subjects = [c for c in root.children if c.dep_ == "nsubj"]
        kinds = [
            c
            for c in root.children
            if c.dep_ == "attr" and c.lemma_.lower() in _KIND_NOUNS and _described(c)
        ]
        return any(_person(s, k) for s in subjects for k in kinds)
    if root.lemma_.lower() not in SPEECH_LEMMAS or not any(
        c.dep_ == "nsubj" and _aged_name(c) for c in root.children
    ):
        return False
    return any(c.dep_ == "ccomp" and c.tag_ in PRESENT_TAGS and _of_self(c) for c in root.children)


def _person(subject: Token, kind: Token) -> bool:
    """Whether ``subject`` of "the kind of ..." is a person: "he", "she", or a name
    that is a person's or whose kind is of people ("the kind of guy": the tagger may
    read a surname as a body's)."""
    if subject.lower_ in ("he", "she"):
        return True
    if subject.pos_ != "PROPN":
        return False
    nouns = {o.lemma_.lower() for p in kind.children if p.lower_ == "of" for o in p.children}
    return subject.ent_type_ == "PERSON" or bool(nouns & _SKETCHED_PEOPLE)


def _described(kind: Token) -> bool:
    """Whether a clause describes ``kind`` ("the kind of man who lives ...", "the sort of
    teacher students remember"), on it or on its "of"'s noun."""
    nouns = [kind] + [o for p in kind.children if p.lower_ == "of" for o in p.children]
    return any(c.dep_ == "relcl" for n in nouns for c in n.children)


def _aged_name(subject: Token) -> bool:
    """Whether ``subject`` is a name followed by an age ("Dorna Vell, 11, ...")."""
    if subject.pos_ != "PROPN":
        return False
    return any(
        c.dep_ == "appos" and c.text.isdigit() and int(c.text) <= _MOST_AGE
        for c in subject.children
    )


def _of_self(verb: Token) -> bool:
    """Whether the subject of ``verb`` is the speaker or the speaker's ("she", "her
    family")."""
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            return c.lower_ in _SELF_WORDS or any(
                p.dep_ == "poss" and p.lower_ in _SELF_WORDS for p in c.children
            )
    return False
