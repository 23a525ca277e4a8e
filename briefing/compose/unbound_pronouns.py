"""Unbound pronouns: a "he", "they" or "it" that nothing in its own sentence can stand for.

The summary's filter (``sentence_filters.standalone``) turns away a sentence that opens
with a pronoun ("He said ...") or puts one right after its opening ("In his speech,
he ..."). Deeper in a sentence a pronoun is as often bound by a name or a noun before
it ("Hale said he ...") as left to the sentence before ("If they are found, growers
can ..."); the parse tells them apart: a pronoun is unbound when the sentence gives it
nothing to stand for (``unbound_pronoun``):

- "he", "she" and their forms, when the sentence names no person (an entity the tagger
  reads as one), and no proper noun or noun of a person ("the mayor", "workers") comes
  before it: "The new pumps are one of several tools he relies on", "Nobody
  questions that he will ...";
  for a digest, a person named after a subject "he" or "she" in its own clause is none
  it stands for ("she said investors asked about Hale's arrest");
- "they", "them", "their", when no plural noun, proper noun or noun of people comes
  before it: "If they are detected, there are several ...";
- "it", "its", when no noun or proper noun comes before it, and it is no empty subject
  ("it is likely that ...", "it seems"): "From 1993 to 1994, it rose 8 percent";
  for a digest, when no proper noun and no noun that is not plural does: "If the
  growers prevail, it will end ..." (DUC 2004 digests, session 47);
- "this" or "that" standing alone as a subject: "that is why ...", "officials say that
  amounts to ...".

Source digests read two more out of the parse (``unbound_pronoun``; check D0623E's
digests, session 46): an "it" of "be" with no clause after that says what it stands for
("By 2004 it was open to every ferry", not "it is likely that ..."), and a pronoun
object that only its own clause's doer could stand for, which would be "itself" ("The
board will not put it to a vote", "To fund it, the city raised fares"); and "this"
or "that" standing alone as an object ("Hale denied this in a letter").

A noun in a phrase fronted before a subject pronoun says where, when or how, and binds it
only as that phrase's doer: "Once in the network it will ..." is unbound, "When the
worm reaches a computer, it ..." bound by "worm" (``_fronted_non_doers``). The summary
and background take no sentence whose pronoun only such a noun seemed to bind
(``unbound_after_fronted``): it reads alone no more than one opening with "It".

The summary and background take no sentence whose "he", "him", "his", "she" or "her"
no person it names can stand for (``unbound_person``): only the person pronouns, as
"it" and "they" are often a body's or a thing's the sentence names in ways the parse
misses ("Xu said his ministry", "make it harder"). A people or a body is no person
("A Veldian tribunal found him to blame"); the pronoun opening a sentence is
``sentence_filters.standalone``'s (DUC 2004 summaries, session 51).

Source digests (``digests``) take such a sentence only to fill, as one opening with
"He" (found judging the check set's digests, session 41: "If they are detected",
"When it found the file, it ...", "In some ways she embodies ...").
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

from briefing.lang.anaphora import PEOPLE_NAMED_BEFORE
from briefing.lang.referents import CAPITAL_BODY_HEADS, PEOPLE_HEADS, RECORD_NOUNS
from briefing.lang.roles import ROLE_NOUNS
from briefing.model import AnalysedDocument, Sentence
from briefing.parsed import Span, Token, tokens_at

# Pronouns of a person, of a set, and of a thing (lower case, as written); reflexives
# ("steady himself") are bound in their own clause.
_PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers"})
_SET_PRONOUNS = frozenset({"they", "them", "their", "theirs"})
_THING_PRONOUNS = frozenset({"it", "its"})
_PRONOUNS = _PERSON_PRONOUNS | _SET_PRONOUNS | _THING_PRONOUNS
# Demonstratives that stand alone as a subject for what was told before ("that is why").
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
# Dependencies of a demonstrative standing alone as an object ("denied this", "about
# that").
_DEMONSTRATIVE_OBJECT_DEPS = frozenset({"dobj", "pobj"})
# Every word ``_unbound`` may give.
_GIVEN = _PRONOUNS | _DEMONSTRATIVES
# Dependencies of words that say what a demonstrative stands for ("those who ...").
_DESCRIBING_DEPS = frozenset({"relcl", "acl", "prep"})
# Words "they" and "their" may stand for though no noun ("Everyone said their pain ...").
_EVERYONE = frozenset({"everyone", "everybody", "anyone", "anybody", "someone", "somebody"})
# Words the tagger reads as a noun of no one in particular ("No one questions that he
# will ...": session 42, half B's digests): no person a later "he" stands for.
_NO_ONE = frozenset({"one"})
# Dependencies of a main verb's subject.
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Dependencies of a phrase fronted before a clause's subject ("Once in the harbour it
# ...", "After the storm, it ...", "When the tide reaches the quay, it ..."): where the
# thing is, when, how, not who (D0629B's digest: "Once in the harbour it will drift").
_FRONTED_DEPS = frozenset({"prep", "advcl", "advmod", "npadvmod"})
# Verbs that report what a clause says ("..., the office said").
_SAYING = frozenset({"say", "tell", "add", "report", "note", "announce", "state", "write"})
# Verbs an empty "it" is the subject of ("it is likely that ...", "it seems", "it took
# years to ..."): it stands for nothing before.
_EMPTY_SUBJECT_VERBS = frozenset({"be", "seem", "appear", "take", "remain", "make", "matter"})
# Dependencies of a verb's complement ("it is likely that": "likely"; "it was Hale who":
# "Hale"), and of the clauses after a verb or its complement that say what an empty
# "it" stands for ("that ...", "to ...", "who ...", "whether ...").
_COMPLEMENT_DEPS = frozenset({"acomp", "attr", "oprd", "dobj"})
_HOLDING_DEPS = frozenset({"ccomp", "xcomp", "csubj", "advcl", "relcl", "acl"})
# Dependencies of a pronoun object ("sell it"), and of the verbs whose doer is that of
# the verb they complete ("plan to sell it") or the main verb's ("To fund it, the
# city ...", "..., and will sell it").
_OBJECT_DEPS = frozenset({"dobj"})
_COMPLETING_DEPS = frozenset({"xcomp", "advcl", "conj"})
# Parts of speech of a clause's verb.
_VERBS = frozenset({"VERB", "AUX"})
# Parts of speech of words a pronoun may stand for.
_NOUNS = frozenset({"NOUN", "PROPN"})
# Tags of plural nouns ("workers", "Democrats").
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# The entity label of a people ("Veldian police found him": no one is named). Not the
# labels of bodies and places, which the tagger gives foreign surnames too (a DUC 2004
# background lost a statement binding "his" to a surname read as a place).
_PEOPLE_LABEL = "NORP"
# Nouns of what is no person, though a subject as one is ("The tribunal found him ...",
# "An inquiry found he ...").
_NO_PERSON_NOUNS = CAPITAL_BODY_HEADS | RECORD_NOUNS
# Nouns of people: what "he" or "they" may stand for ("the mayor said he ...").
_PEOPLE_NOUNS = PEOPLE_HEADS | PEOPLE_NAMED_BEFORE | frozenset(ROLE_NOUNS)


def unbound_pronoun(adoc: AnalysedDocument, sentence: Sentence) -> str | None:
    """The first pronoun of ``sentence`` (of its article ``adoc``) that nothing in the
    sentence can stand for, as written; None when every one is bound, or without a
    parse."""
    return next((tok.text for tok, _ in _unbound(adoc, sentence, False)), None)


def unbound_person(adoc: AnalysedDocument, sentence: Sentence) -> str | None:
    """The first "he", "him", "his", "she" or "her" of ``sentence`` that no person the
    sentence names can stand for, as written ("A Veldian tribunal found him to blame");
    None when every one is bound, or without a parse. Only a person binds it: a name
    the tagger reads as a person's anywhere in the sentence ("Hale said his office
    ..."), or before it a name that is no people ("Veldian police") and no body's, a
    noun of a person ("the mayor") or a subject that is no body ("The court dismissed
    his appeal"); or the main subject after it ("In his speech, the mayor ...")."""
    span = tokens_at(adoc.parse, sentence.start, sentence.end) if adoc.parse else None
    if span is None or not any(w in _PERSON_PRONOUNS for w in _lowered(span)):
        return None
    tokens = list(span)
    main = _main_subject(span.root)
    for at, tok in enumerate(tokens):
        if tok.lower_ not in _PERSON_PRONOUNS:
            continue
        ahead = main is not None and main.i > tok.i and _one_person_word(main)
        if not (_person_for(tokens, tok) or ahead or any(map(_one_person_word, tokens[:at]))):
            return tok.text
    return None


def unbound_after_fronted(adoc: AnalysedDocument, sentence: Sentence) -> str | None:
    """The first subject pronoun of ``sentence`` only a noun of a phrase fronted before it
    seemed to bind ("Once in the network it will ...", "Inside the hull, they found
    ..."), as written: the sentence leans on what was told before it, as one opening with
    the pronoun does. None otherwise, or without a parse."""
    return next((tok.text for tok, fronted in _unbound(adoc, sentence, True) if fronted), None)


def _unbound(
    adoc: AnalysedDocument, sentence: Sentence, fronted_only: bool
) -> Iterator[tuple[Token, bool]]:
    """Each pronoun of ``sentence`` nothing in it can stand for, and whether a noun of a
    phrase fronted before it (``_fronted_non_doers``) would, in order; ``fronted_only``:
    the caller takes only those a fronted noun would bind (any others may be left out)."""
    span = tokens_at(adoc.parse, sentence.start, sentence.end) if adoc.parse else None
    if span is None:
        return
    lowered = _lowered(span)
    if not _may_hold(span, lowered, fronted_only):
        return
    tokens = list(span)
    # Worked out when first needed (pure, so the answers are those of working them out
    # at once): the sentence names a person; the main subject.
    person = functools.cache(lambda: any(t.ent_type_ == "PERSON" for t in tokens))
    subject = functools.cache(lambda: _main_subject(span.root))
    for at, (tok, word) in enumerate(zip(tokens, lowered, strict=True)):
        if word in _DEMONSTRATIVES and (
            _demonstrative_subject(tok) or (not fronted_only and _demonstrative_object(tok))
        ):
            if not fronted_only:
                yield tok, False
            continue
        if word in _PERSON_PRONOUNS:
            binds = _person_word
            bound = person if fronted_only else functools.partial(_person_for, tokens, tok)
        elif word in _SET_PRONOUNS:
            binds, bound = _set_word, _no
        elif word in _THING_PRONOUNS:
            empty = _empty_subject if fronted_only else _extraposing_subject
            thing = _thing_word if fronted_only else _one_thing_word
            binds, bound = thing, functools.partial(empty, tok)
        else:
            continue
        if fronted_only and tok.dep_ not in _SUBJECT_DEPS:
            continue  # no phrase is fronted before it (``_fronted_non_doers``)
        # A name or noun before it, or the main subject after an opening that holds it
        # ("Citing their concerns, the settlers ...", "Known for its thrift, Marlow ...").
        main = subject()
        own = set() if fronted_only else _own_subjects(tok)
        ahead = main is not None and main.i > tok.i and main.i not in own and binds(main)
        no_doers = _fronted_non_doers(tok) | own
        if not (bound() or ahead or any(binds(t) for t in tokens[:at] if t.i not in no_doers)):
            yield tok, any(binds(t) for t in tokens[:at] if t.i in no_doers)


def _no() -> bool:
    return False


def _lowered(span: Span) -> list[str]:
    """The lower-case text of each token of ``span``, read from the parse's columns."""
    doc = span.doc
    text, idx, length = doc.text, doc.cols["idx"], doc.cols["length"]
    return [text[idx[i] : idx[i] + length[i]].lower() for i in range(span.start, span.end)]


def _may_hold(span: Span, lowered: list[str], fronted_only: bool) -> bool:
    """Whether ``span`` (its tokens' lower-case texts ``lowered``) has a token ``_unbound``
    may give: a pronoun or demonstrative, or with ``fronted_only`` a subject pronoun after
    the first token (a phrase fronted before it). Every sentence the summary or a digest
    weighs is asked, most hold none, and no ``Token`` is made for those: in
    benchmarks/scale.py's first build the tokens and their properties were ~7% of the
    summary's work and ~25% of the digests' (on 1,595 sentences of 60 of its articles
    the two questions took 0.155 CPU s, now 0.075)."""
    doc = span.doc
    words = _PRONOUNS if fronted_only else _GIVEN
    skip = 1 if fronted_only else 0
    for i, word in enumerate(lowered[skip:], span.start + skip):
        if word in words and (not fronted_only or doc.strings[doc.cols["dep"][i]] in _SUBJECT_DEPS):
            return True
    return False


def _fronted_non_doers(tok: Token) -> set[int]:
    """Positions of the words of phrases fronted before a subject pronoun ``tok`` in its
    clause that are no doer of anything ("Once in the network it will ...", "After the
    storm, it ..."): a noun there is where, when or how, not what the pronoun stands for.
    A fronted clause's words before its verb are its doer ("When the worm reaches a
    computer, it ...": "worm", not "computer"; the tagger's "After the ferry sank" a
    phrase whose noun is "sank"), as is a subject anywhere in a phrase."""
    if tok.dep_ not in _SUBJECT_DEPS:
        return set()
    out: set[int] = set()
    for c in tok.head.lefts:
        if c.dep_ not in _FRONTED_DEPS or c.right_edge.i >= tok.i:
            continue
        words = list(c.subtree)
        verb = next((t.i for t in words if t.pos_ in _VERBS), None)
        first = c.left_edge.i if verb is None else verb + 1
        out.update(t.i for t in words if t.i >= first and t.dep_ not in _SUBJECT_DEPS)
    return out


def _demonstrative_subject(tok: Token) -> bool:
    """Whether ``tok`` is "this" or "that" standing alone as a subject ("that is why",
    "Whether this is because ..."): what was told before. Not a relative "that" (the
    tagger's WDT), nor "those who ..." (a clause says who); but the tagger's WDT "that"
    subject of the main verb, after a fronted phrase, is no relative ("Without a late
    deal, that will leave too little time", "While Hale counsels caution, that could mean")."""
    if tok.lower_ not in _DEMONSTRATIVES or tok.dep_ not in _SUBJECT_DEPS:
        return False
    if tok.tag_ != "DT" and not (tok.tag_ == "WDT" and tok.head.dep_ == "ROOT"):
        return False
    return not any(c.dep_ in _DESCRIBING_DEPS for c in tok.children)


def _demonstrative_object(tok: Token) -> bool:
    """Whether ``tok`` is "this" or "that" standing alone as the object of a verb or a
    preposition ("Hale denied this in a letter", "paid for all of that"): what
    was told before. Not "that" opening a clause (the tagger's IN or WDT)."""
    if tok.dep_ not in _DEMONSTRATIVE_OBJECT_DEPS or tok.tag_ != "DT":
        return False
    return not any(c.dep_ in _DESCRIBING_DEPS for c in tok.children)


def _main_subject(root: Token) -> Token | None:
    """The subject of the sentence's main verb, or of the clause a verb of saying
    reports ("it rose 6 percent, the office said": "it"), or None."""
    if root.lemma_.lower() in _SAYING:
        said = next((c for c in root.children if c.dep_ == "ccomp"), None)
        root = said if said is not None else root
    return next((c for c in root.children if c.dep_ in _SUBJECT_DEPS), None)


def _thing_word(tok: Token) -> bool:
    """Whether ``tok`` may be what a later "it" stands for: a noun or a name."""
    return tok.pos_ in _NOUNS


def _person_for(tokens: list[Token], tok: Token) -> bool:
    """Whether a person the sentence ``tokens`` names may be whom ``tok`` stands for: not
    one named after a subject pronoun in its own clause, which the pronoun would name
    first ("In visits to Chicago, she said investors asked about Hale's arrest": "she"
    is no Hale; DUC 2004 digests, session 47)."""
    if tok.dep_ not in _SUBJECT_DEPS:
        return any(t.ent_type_ == "PERSON" for t in tokens)
    clause = tok.head
    return any(
        t.ent_type_ == "PERSON"
        and not (t.i > tok.i and clause.left_edge.i <= t.i <= clause.right_edge.i)
        for t in tokens
    )


def _one_thing_word(tok: Token) -> bool:
    """Whether ``tok`` may be what a later "it" stands for in a digest: a name, or a noun
    that is not plural ("If the growers prevail, it will ...": no thing before it is "it").
    A name may be plural in form and one body ("the United States ... it")."""
    return _thing_word(tok) and (tok.pos_ == "PROPN" or tok.tag_ not in _PLURAL_TAGS)


def _person_word(tok: Token) -> bool:
    """Whether ``tok`` may be the person a later "he" or "she" stands for: a name, a
    noun of a person, or a subject of one ("A former student was named by his college")."""
    if tok.pos_ == "PROPN":
        return True
    if tok.pos_ != "NOUN" or tok.lower_ in _NO_ONE:
        return False
    return tok.lemma_.lower() in _PEOPLE_NOUNS or (
        tok.dep_ in _SUBJECT_DEPS and tok.tag_ not in _PLURAL_TAGS
    )


def _one_person_word(tok: Token) -> bool:
    """Whether ``tok`` may be the person a "he" or "she" of the summary stands for: a name
    the tagger reads as no people ("Veldian"), or a noun of a person (``_person_word``),
    neither a body's ("The court dismissed his appeal", "the Port Board") nor a record's
    ("An inquiry found he was to blame"); a one's object is as likely a person as its
    subject ("Police questioned the organizer and told him ...": DUC 2004 d30022t)."""
    if tok.ent_type_ == _PEOPLE_LABEL or tok.lemma_.lower() in _NO_PERSON_NOUNS:
        return False
    one_object = tok.pos_ == "NOUN" and tok.dep_ in _OBJECT_DEPS and tok.tag_ not in _PLURAL_TAGS
    return (one_object and tok.lower_ not in _NO_ONE) or _person_word(tok)


def _set_word(tok: Token) -> bool:
    """Whether ``tok`` may be what a later "they" stands for: a plural, a name (of a
    body, "Congress ... they"), people ("the family ... their")."""
    if tok.lower_ in _EVERYONE:
        return True
    if tok.pos_ not in _NOUNS:
        return False
    return tok.tag_ in _PLURAL_TAGS or tok.pos_ == "PROPN" or tok.lower_ in _PEOPLE_NOUNS


def _empty_subject(tok: Token) -> bool:
    """Whether an "it" is an empty subject ("it is likely", "it seems", "it took years")."""
    if tok.dep_ == "expl":
        return True
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _EMPTY_SUBJECT_VERBS


def _extraposing_subject(tok: Token) -> bool:
    """Whether an "it" is an empty subject (``_empty_subject``) whose clause holds what
    it stands for: a clause after its verb or the verb's complement ("it is likely that
    ...", "it took years to ...", "it seems the board ...", "it was Hale who ..."), or
    set off in the clause it stands for ("The owners, it seems, will ..."). An
    "it" of "be" with none ("By 2001 it was free for every pupil", "it was quiet") is a
    thing told before (check D0623E's digests, session 46)."""
    if tok.dep_ == "expl":
        return True
    if not _empty_subject(tok):
        return False
    verb = tok.head
    if verb.dep_ == "parataxis":
        return True  # "Bugs, it seems, are ...": set off, it says how sure the rest is
    heads = [verb, *(c for c in verb.children if c.dep_ in _COMPLEMENT_DEPS)]
    return any(c.dep_ in _HOLDING_DEPS and c.i > tok.i for h in heads for c in h.children)


def _own_subjects(tok: Token) -> set[int]:
    """Positions of the subjects of the verb ``tok`` is the object of, and of the verbs
    that verb completes, up to one with a subject of its own ("The board does not plan
    to sell it": "board"; "Fares rose, and officials kept them": "officials"): a pronoun
    object never stands for its own clause's doer, which would be "itself". An object of
    a fronted clause with no subject of its own is the main subject's to do ("To enforce
    it, the city hired ...": "city")."""
    if tok.dep_ not in _OBJECT_DEPS:
        return set()
    out: set[int] = set()
    verb = tok.head
    while True:
        own = {c.i for c in verb.children if c.dep_ in _SUBJECT_DEPS}
        out |= own
        if own or verb.dep_ not in _COMPLETING_DEPS or verb.head is verb:
            return out
        verb = verb.head
