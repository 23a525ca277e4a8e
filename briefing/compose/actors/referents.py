"""Referents: whom a "he" or "she" that speaks a quotation means.

'"...," he said' belongs to the last person named as a clause's subject before it, of
that gender when the names or the pronouns around the person's own mentions show one,
when that person is a listed actor (``last_person_named``). What counts as such a
subject:

- the model's PERSON subjects, listed or not, and an untagged subject word that is the
  surname of a person the article names ("Conrad Hallet ... Hallet called the claim
  nonsense"): someone else we do not list, who stands between an earlier actor and the
  quote (``people_named``);
- a person a sentence is about ("As for Keller, he is convinced"; "Some scientists, like
  Dr. Roe, think ..."), as well as its subject;
- not a person named inside what "he" or "she" reports ("He said Ostrander had invited
  him"): the reporter still speaks;
- not a person met or spoken to ("she raised it with Minister X"), nor a name that
  only qualifies a noun ("Ostrander's attorney said ... '...,' he said": nobody's).
"""

from __future__ import annotations

from briefing.compose.actors.clusters import Cluster, Match
from briefing.compose.actors.genders import owner_gender, pronoun_gender
from briefing.compose.actors.name_keys import normalise_name
from briefing.compose.article_memo import (
    by_article,
    decode_named_spans,
    encode_named_spans,
    named_spans_fit,
)
from briefing.lang.speech import EXAMPLE_PREPOSITIONS, PERSONAL_SUBJECTS, SPEECH_LEMMAS
from briefing.model import AnalysedDocument
from briefing.parsed import ParsedDoc, Token

_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
_MODIFIER_DEPS = {"compound", "poss"}
# "he"/"she" refers to a person named at most this many characters before the quote.
# Chosen by hand in ccf42f0; not benchmarked.
PRONOUN_REACH_CHARS = 600
# "she" never means a man the names or pronouns show to be one, nor "he" a woman.
_OTHER_GENDER = {"he": "f", "she": "m"}

Named = list[tuple[int, int, str]]


def people_named(sdoc: ParsedDoc | None) -> Named:
    """Every person the model names as the subject of a clause in a document, listed or
    not: (start, end, key) of "Maria Lentz said", "said Maria Lentz, a spokeswoman",
    and an untagged subject that is the surname of a person the document names ("Hallet
    called the claim nonsense" after "Conrad Hallet"), whom a later "he" may mean."""
    if sdoc is None:
        return []
    people = [e for e in sdoc.ents if e.label_ == "PERSON"]
    named = [
        (e.start_char, e.end_char, normalise_name(e.text)[1]) for e in people if _is_subject(e.root)
    ]
    surnames = {e.text.split()[-1] for e in people if len(e.text.split()) > 1}
    for tok in sdoc:
        if tok.text in surnames and not tok.ent_type_ and _is_subject(tok):
            named.append((tok.idx, tok.idx + len(tok), normalise_name(tok.text)[1]))
    return sorted(named)


@by_article("people_named", encode_named_spans, decode_named_spans, named_spans_fit)
def article_people(adoc: AnalysedDocument) -> Named:
    """``people_named`` of an article's parse, read once per article (a second build
    of a growing folder reads it from the compose cache)."""
    return people_named(adoc.parse)


def _is_subject(tok: Token) -> bool:
    """The subject of a clause, or in apposition to it ("the attorney, Jane Roe, said");
    not the subject of what a "he" or "she" reports ("He said Roe had invited him")."""
    if tok.dep_ == "appos":
        tok = tok.head
    return tok.dep_ in _SUBJECT_DEPS and not _reported_by_pronoun(tok.head)


def _reported_by_pronoun(verb: Token) -> bool:
    """Whether a clause is what "he"/"she" says ("He said [Roe had invited him]"): it
    follows the speech verb (a clause before it, "Roe is taking ...: he notes", is no
    report, whatever the parse hangs it on)."""
    speech = verb.head
    if verb.dep_ != "ccomp" or speech.lemma_ not in SPEECH_LEMMAS or verb.i < speech.i:
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in PERSONAL_SUBJECTS for c in speech.children)


def _topic(tok: Token) -> bool:
    """The person a sentence is about: "As for Keller, he is sold", or the one person
    named among its plural subject ("Some scientists, like Dr. Roe, think ...")."""
    prep = tok.head
    if tok.dep_ != "pobj":
        return False
    if prep.lower_ == "for":
        return prep.i > 0 and tok.doc[prep.i - 1].lower_ == "as"
    if prep.lower_ not in EXAMPLE_PREPOSITIONS:
        return False
    host = prep.head  # "think" or "scientists"
    subjects = [host] if host.dep_ in _SUBJECT_DEPS else []
    subjects += [c for c in host.children if c.dep_ in _SUBJECT_DEPS]
    # A group, not "Like Roe, he believes ...": then "he" is someone else.
    return any(s.tag_ == "NNS" for s in subjects)


def last_person_named(
    sdoc: ParsedDoc | None,
    qs: int,
    spans: list[tuple[Match, Cluster]],
    named: Named,
    pronoun: str = "",
    genders: dict[int, str] | None = None,
) -> Cluster | None:
    """Whom "he"/"she" (``pronoun``) before a quote at ``qs`` refers to: the last person
    named as a clause's subject before it, of that gender when the names or pronouns
    show one, when that is a listed actor. A person met or spoken to is not meant ("she
    raised it with Minister X"); a spokeswoman named speaking after the architect (and
    not listed herself) is who speaks, so the quote is nobody's we list. A name that only
    qualifies a noun ("the Ostrander story", "Ostrander's attorney", "Ostrander's visit")
    leaves open whom "he" means: nobody's either. ``genders`` keeps each person's gender
    (by ``id`` of the cluster) for the document's next quotes: it is read once."""
    within = [
        (m, c)
        for m, c in spans
        if c.type == "person" and m.end <= qs and qs - m.end < PRONOUN_REACH_CHARS
    ]
    if within and _qualifies_a_noun(sdoc, within[-1][0]):
        return None  # "Ostrander's attorney said ... '...,' he said": not Ostrander
    other = _OTHER_GENDER.get(pronoun)
    earlier = [
        (m, c)
        for m, c in within
        if _subject_mention(sdoc, m)
        and (other is None or _gender(sdoc, c, spans, genders) != other)
    ]
    if not earlier:
        return None
    m, c = earlier[-1]
    keys = {f.key: p for _, p in spans if p.type == "person" for f in p.forms}
    for a, b, key in named:
        if m.end <= a and b <= qs and not any(x.start < b and a < x.end for x, _ in spans):
            # A person named after the last listed one, unless the model's name is one
            # of a listed person's that the count of mentions skipped.
            if key not in keys:
                return None
            return keys[key]
    return c


def _gender(
    sdoc: ParsedDoc | None,
    c: Cluster,
    spans: list[tuple[Match, Cluster]],
    genders: dict[int, str] | None = None,
) -> str:
    """A person's gender from the given names, else from the pronouns after the person's
    own mentions in this document ("Amos Dorvale is showing ... As he talks");
    remembered in ``genders`` when given."""
    if genders is not None and id(c) in genders:
        return genders[id(c)]
    gender = _read_gender(sdoc, c, spans)
    if genders is not None:
        genders[id(c)] = gender
    return gender


def _read_gender(sdoc: ParsedDoc | None, c: Cluster, spans: list[tuple[Match, Cluster]]) -> str:
    """``_gender`` read afresh."""
    gender = owner_gender(c.forms)
    if gender or sdoc is None:
        return gender
    mentions = [m.end for m, p in spans if p is c]
    others = [e.start_char for e in sdoc.ents if e.label_ == "PERSON"]
    others += [m.start for m, p in spans if p is not c and p.type == "person"]
    return pronoun_gender(sdoc.text, mentions, others)


def _subject_mention(sdoc: ParsedDoc | None, m: Match) -> bool:
    """Whether a mention is a clause's subject or a sentence's topic, whom a later
    "he"/"she" may mean; the person met or spoken to is not ("she raised it with Defense
    Minister X"). Without a parse every mention may be."""
    if sdoc is None:
        return True
    span = sdoc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and (_is_subject(span.root) or _topic(span.root))


def _qualifies_a_noun(sdoc: ParsedDoc | None, m: Match) -> bool:
    """A name in a compound or a possessive ("the Ostrander story", "Ostrander's lawyer")."""
    span = sdoc.char_span(m.start, m.end, alignment_mode="expand") if sdoc else None
    return span is not None and span.root.dep_ in _MODIFIER_DEPS
