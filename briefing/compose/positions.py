"""Opposed positions: two named parties taking opposite sides on one thing.

"Senator Hale said the ban protects bar workers. ... The Tavern Guild said the ban was
unfair to small bars." Neither sentence disputes the other, and they share few words,
yet the coverage sets two parties against each other on one thing (issue 11: most of a
story's disagreements are told so). Both sentences are shown as a dispute when the parse
says so:

* each sentence holds a stance (``lang.stances``) of a named party on a thing: an
  attitude of its subject ("Hale supports the ban", "announced their opposition to the
  ban", "the ban is opposed by the Guild", "critics of the ban say …", "Hale, a sponsor
  of the ban, …", "a bill proposed by the minister", "voted against the ban", "spoke in
  favor of the ban", "dismissed the ban as a stunt"), or an effect or a verdict told by
  whom the sentence credits ("the Guild said the ban hurts small bars", "called the ban a
  victory"); not in a condition or a question ("if Congress backs the ban"), nor in a
  quote crediting nobody; or the party made the thing ("the Board decided to close the
  quay": for "the Board's decision"), read only against a critic of the thing owned by
  that party by name (``authored``);
* the party is named: a name, a role or a side ("the governor", "critics"), or a
  described group ("bar owners", "anti-smoking groups"); a pronoun is the party the
  sentence credits, else none, and a relative one the noun its clause is on ("the Guild,
  which voted against the ban"; "protests by farmers who oppose it": the farmers). The
  two parties share no word;
* both stances are on the same thing, the same noun as object or subject (a name's
  words all alike; not two of its kind, "the smoking bill" and "the drinking bill", nor
  one brought in after the other with a word of its own, "the bill" then "a companion
  bill"), not
  a vague or pointing one ("the issue", "that view"), and one is for it and the other
  against it.

One article tells both, as the same noun in two articles may be another bill or another
city's ban; only a thing named in two words or more ("Project Lantern", "Proposition 14";
not a person) is one thing across articles, shown once; a noun is shown once an article.
The heading names the thing and who takes each side.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass

from briefing.compose.article_memo import by_article, decode_indices, encode_indices, indices_fit
from briefing.compose.authored import authored_stance, owned_by, owners_of
from briefing.compose.dispute_gate import named_claim, readable_claim
from briefing.compose.dispute_topics import ONE_SOURCE_LABEL
from briefing.compose.fact_words import stems
from briefing.compose.story_vocabulary import story_weights
from briefing.lang.roles import ROLE_NOUNS, VAGUE_QUANTIFIERS
from briefing.lang.stances import (
    ATTITUDE_ADJECTIVES,
    ATTITUDE_NOUNS,
    ATTITUDE_VERBS,
    BARE_ONLY,
    DISMISSING_VERBS,
    EFFECT_VERBS,
    HEDGING_MARKS,
    IN_SIDE_NOUNS,
    NAMING_VERBS,
    REFUSING_VERBS,
    SIDE_PARTIES,
    SIDE_PREPOSITIONS,
    SIDING_VERBS,
    STANCE_FORMS,
    VAGUE_OBJECTS,
    VERDICT_WORDS,
)
from briefing.lang.stopwords import STOP_WORDS
from briefing.model import AnalysedDocument, Claim, Corpus, Divergence, Sentence
from briefing.parsed import Span, Token, tokens_at

# Positions must be about the story: its words and bar as for disputes and corrections
# (story_eval dev stories).
STORY_DF = 0.2
MIN_RELEVANCE = 1.5
MIN_STORY_DOCS = 5
# Opposed positions shown at most, the most relevant first. Set by hand on the four
# tuning stories of session 42 (D0611B D0613D D0619A D0623E); not benchmarked.
MAX_POSITIONS = 4
# Stances of one thing paired at most, in the order the articles tell them: the pairing is
# quadratic in them, and a folder where every article takes sides on one named thing
# (hostile or huge) must not take minutes. No dev story has a thing with this many
# (session 42's 25 dev briefs are byte-identical with and without the bound).
MAX_STANCES_PER_THING = 60
# A party named in more words than this is named in the heading by its head and the
# words before it ("Owen Marsh" of "Owen Marsh, a spokesman for …"). Set by hand.
MAX_PARTY_WORDS = 6

# The verbs a sentence credits its party with, whose subject holds what it tells.
SAYING_LEMMAS = frozenset(
    {"say", "tell", "argue", "contend", "insist", "maintain", "add", "note", "believe",
     "complain", "warn", "claim", "charge", "predict", "fear", "worry", "acknowledge"}
)  # fmt: skip
# What a side's party does to say where it stands ("critics of the ban say …").
SIDE_SAYING = SAYING_LEMMAS | {"deny", "accuse", "urge", "want", "question"}
_SUBJECTS = ("nsubj", "nsubjpass")
# A party named by its role or side ("the governor", "critics of the ban").
NAMED_ROLES = frozenset(ROLE_NOUNS) | frozenset(SIDE_PARTIES)
_POINTING = frozenset({"this", "that", "these", "those", "such", "it", "they"})
# The parts of a party's noun phrase that say more of it than its name.
_ASIDES = frozenset({"appos", "relcl", "acl", "punct", "advcl", "prep", "advmod", "preconj"})


@dataclass(frozen=True)
class Stance:
    """A party's side on a thing in one sentence: the party's words (lower-cased content
    words) and name, the thing's key (its noun's lemma, a name's words) and its words,
    and +1 for it or -1 against it. ``named``: the thing is a name of two words or more."""

    sentence: Sentence
    party: frozenset[str]
    who: str
    thing: str
    thing_text: str
    side: int
    named: bool
    kind: frozenset[str] = frozenset()
    # The thing is brought in as a new one ("a companion bill"), not one told before.
    fresh: bool = False
    # The names owning the thing, in order ("the Harbour Board's decision": harbour,
    # board), and whether the party made it ("the Board decided to …", ``authored``).
    owners: tuple[str, ...] = ()
    authored: bool = False


def _child(token: Token, *deps: str) -> Token | None:
    return next((c for c in token.children if c.dep_ in deps), None)


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in ("never", "nothing") for c in token.children)


def _refused(verb: Token) -> bool:
    """Whether ``verb`` is the "to" clause of a refusal ("refused to support")."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSING_VERBS


def _hedged(token: Token) -> bool:
    """Whether ``token`` is in a condition or a question ("if Congress backs …")."""
    for t in (token, *token.ancestors):
        if any(c.dep_ == "mark" and c.lower_ in HEDGING_MARKS for c in t.children):
            return True
    return False


def _prep_object(token: Token, preps: tuple[str, ...]) -> Token | None:
    """The noun of ``token``'s "to"/"for"/"of" phrase ("opposition to the ban")."""
    for prep in token.children:  # a passive's "by" is its agent
        if prep.dep_ in ("prep", "agent") and prep.lower_ in preps:
            return _child(prep, "pobj")
    return None


def speaker_of(span: Span, verbs: frozenset[str] = SAYING_LEMMAS) -> Token | None:
    """Whom the sentence credits: the subject of its saying verb (of the verb it is
    joined to: "declined to …, and said …"), or the noun of "according to"."""
    for t in span:
        if t.lemma_.lower() in verbs and t.pos_ in ("VERB", "AUX"):
            subject = _child(t, *_SUBJECTS)
            if subject is None and t.dep_ == "conj":
                subject = _child(t.head, *_SUBJECTS)
            if subject is not None:
                return subject
        if t.lower_ == "according":
            prep = _child(t, "prep")
            if prep is not None and _child(prep, "pobj") is not None:
                return _child(prep, "pobj")
    return None


def party_of(token: Token | None, speaker: Token | None) -> tuple[frozenset[str], str] | None:
    """The words and the name of a named party (see the module's rules): a pronoun
    stands for the speaker; None when nobody is named."""
    clause: set[int] = set()
    if token is not None and token.tag_ in ("WDT", "WP") and token.head.dep_ == "relcl":
        clause = {t.i for t in token.head.subtree}  # what the clause says is no name
        who = token.lower_ == "who"
        token = token.head.head  # "the Guild, which voted against the ban": the Guild
        if who:  # "protests by farmers who oppose the plan": the farmers, not the protests
            by = _prep_object(token, ("by",))
            token = by if by is not None and by.i < min(clause) else token
    if token is not None and token.pos_ == "PRON":
        token = speaker if speaker is not None and speaker.pos_ != "PRON" else None
    if token is None:
        return None
    named = token.pos_ == "PROPN" or token.lemma_.lower() in NAMED_ROLES
    described = token.tag_ == "NNS" and any(
        c.dep_ in ("amod", "compound") and c.lower_ not in VAGUE_QUANTIFIERS for c in token.children
    )  # "anti-smoking groups", "bar owners"; not "other smokers"
    if not (named or described or any(t.pos_ == "PROPN" for t in token.subtree)):
        return None
    words = token.subtree
    if token.lemma_.lower() in SIDE_PARTIES:  # "supporters of the ban": the ban is the thing
        words = iter([token, *(t for c in token.lefts for t in c.subtree)])
    found = frozenset(
        t.lower_
        for t in words
        if t.lower_.isalpha() and t.lower_ not in STOP_WORDS and t.i not in clause
    )
    return (found, _name(token)) if found else None


def _name(token: Token) -> str:
    """A party's noun phrase without what it says besides ("Owen Marsh" of "Owen
    Marsh, a spokesman for …"), its "of" kept ("owners of bars"); at most
    ``MAX_PARTY_WORDS`` words, else the head and the words before it."""
    side = token.lemma_.lower() in SIDE_PARTIES  # "supporters" of "supporters of the ban"
    asides = [
        c
        for c in token.children
        if c.dep_ in _ASIDES
        and (side or not (c.dep_ == "prep" and c.lower_ == "of" and c.i > token.i))
    ]
    skipped = {t.i for c in asides for t in c.subtree}
    kept = [t for t in token.subtree if t.i not in skipped]
    if len(kept) > MAX_PARTY_WORDS:
        kept = [t for t in kept if t.i <= token.i][-MAX_PARTY_WORDS:]
    text = "".join(t.text_with_ws for t in kept).strip()
    named = kept[0].pos_ == "PROPN" or kept[0].ent_type_ == "NORP"  # "Cuban exiles"
    return text if named else text[:1].lower() + text[1:]


def _kind(token: Token) -> frozenset[str]:
    """The words before a thing's noun that say which of its kind it is ("smoking" of
    "the smoking bill", "Republican" of "the Republican plan")."""
    return frozenset(
        c.lower_
        for c in token.children
        if c.dep_ in ("compound", "amod") and c.i < token.i and c.lower_ not in STOP_WORDS
    )


def _thing(token: Token | None) -> tuple[str, str, bool] | None:
    """The key and the words of the thing a stance is on (see the module's rules), and
    whether it is a name of two words or more that is not a person's."""
    if token is None or token.pos_ not in ("NOUN", "PROPN"):
        return None
    lemma = token.lemma_.lower()
    if lemma in VAGUE_OBJECTS or lemma in SIDE_PARTIES:
        return None
    if any(c.lower_ in _POINTING for c in token.children if c.dep_ in ("det", "poss")):
        return None
    end = max([token.i] + [c.i for c in token.rights if c.dep_ in ("compound", "nummod")])
    words = "".join(t.text_with_ws for t in token.subtree if t.i <= end).strip()
    first, _, rest = words.partition(" ")
    if first.lower() in STOP_WORDS and rest:
        words = f"{first.lower()} {rest}"
    if token.pos_ != "PROPN":
        return lemma, words, False
    name = [
        t.lower_
        for t in token.children
        if t.dep_ in ("compound", "nummod") and t.pos_ in ("PROPN", "NUM")
    ]
    key = " ".join(sorted([*name, token.lower_]))
    return key, words, bool(name) and token.ent_type_ != "PERSON"


def _stance(t: Token, speaker: Token | None) -> tuple[Token | None, Token | None, int] | None:
    """The holder, the thing and the side of a stance word ``t``, or None."""
    lemma = t.lemma_.lower()
    if t.pos_ == "VERB" and lemma in ATTITUDE_VERBS:
        side = ATTITUDE_VERBS[lemma]
        if _negated(t) or _refused(t):
            if side < 0:
                return None  # "did not oppose" is not for it
            side = -side
        subject = _child(t, "nsubjpass")
        relative = subject is None or subject.tag_ == "WDT"
        if t.tag_ == "VBN" and t.dep_ in ("relcl", "acl") and relative:
            # "the ban, which is opposed by the Guild", "a bill proposed by the minister"
            return _prep_object(t, ("by",)), t.head, side
        if subject is not None:  # "is opposed by the Guild"
            return _prep_object(t, ("by",)), subject, side
        holder = _child(t, "nsubj")
        if holder is None and t.dep_ == "xcomp":  # "refused to support", "urged … to back"
            holder = _child(t.head, "nsubj")
        return holder, _child(t, "dobj") or _prep_object(t, ("to", "against", "of")), side
    if t.pos_ == "VERB" and lemma in DISMISSING_VERBS and _prep_object(t, ("as",)) is not None:
        # "scientists dismiss the method as junk science"
        if _negated(t) or _refused(t):
            return None
        return _child(t, "nsubj"), _child(t, "dobj"), DISMISSING_VERBS[lemma]
    if t.pos_ == "ADP" and t.lower_ in SIDE_PREPOSITIONS and t.dep_ == "prep":
        verb = t.head  # "voted for the bill", "the Guild, which voted against the ban"
        if verb.lemma_.lower() not in SIDING_VERBS or _negated(verb):
            return None
        return _child(verb, "nsubj"), _child(t, "pobj"), SIDE_PREPOSITIONS[t.lower_]
    if t.pos_ == "NOUN" and lemma in IN_SIDE_NOUNS and t.dep_ == "pobj" and t.head.lower_ == "in":
        verb = t.head.head  # "spoke in favor of the bill": who spoke
        if verb.pos_ != "VERB" or _negated(verb):
            return None
        return _child(verb, "nsubj"), _prep_object(t, ("of",)), IN_SIDE_NOUNS[lemma]
    if t.pos_ == "NOUN" and lemma in ATTITUDE_NOUNS:
        side = ATTITUDE_NOUNS[lemma]
        # "support of 60 senators for the plan": "of" names who, unless the noun is against
        preps = ("to", "for", "against", *(("of",) if side < 0 else ()))
        thing = _prep_object(t, preps)
        if thing is None and t.dep_ == "dobj":  # "announced their opposition Thursday to …"
            thing = _prep_object(t.head, preps[:3])
        owner = _child(t, "poss")
        holder = owner if owner is not None and owner.pos_ != "PRON" else None
        if holder is None and t.dep_ == "dobj":
            holder = _child(t.head, "nsubj")  # "the Guild announced its opposition to …"
        return holder, thing, side
    if t.pos_ in ("ADJ", "VERB") and lemma in ATTITUDE_ADJECTIVES and t.dep_ == "acomp":
        # "Hansen was more positive about the plan", "the Guild is opposed to the ban"
        side = ATTITUDE_ADJECTIVES[lemma]
        if _negated(t.head):
            return None
        thing = _prep_object(t, ("of", "about", "to", "toward", "towards"))
        return _child(t.head, "nsubj"), thing, side
    if t.pos_ == "NOUN" and lemma in SIDE_PARTIES:
        # "critics of the ban say …", "Hale, a supporter of the ban, said …"
        said = t.dep_ in _SUBJECTS and t.head.lemma_.lower() in SIDE_SAYING
        holder = t.head if t.dep_ == "appos" else t if said else None
        return holder, _prep_object(t, ("of",)), SIDE_PARTIES[lemma]
    if lemma in VERDICT_WORDS and t.pos_ in ("ADJ", "NOUN"):
        head = t.head
        side = -VERDICT_WORDS[lemma] if _negated(head) else VERDICT_WORDS[lemma]
        if t.dep_ in ("oprd", "xcomp", "ccomp") and head.lemma_.lower() in NAMING_VERBS:
            return _child(head, "nsubj"), _child(head, "dobj"), side  # "called the ban a …"
        if t.dep_ in ("acomp", "attr") and head.lemma_.lower() == "be" and speaker is not None:
            return speaker, _child(head, "nsubj"), side  # "Hale said the ban was unfair"
        return None
    if speaker is not None and t.pos_ == "VERB" and lemma in EFFECT_VERBS:
        if lemma in BARE_ONLY and _child(t, "xcomp", "prep", "dobj") is not None:
            return None  # "will work to build support"
        side = -EFFECT_VERBS[lemma] if _negated(t) else EFFECT_VERBS[lemma]
        return speaker, _child(t, "nsubj"), side
    return None


def _stances(adoc: AnalysedDocument, sent: Sentence) -> list[Stance]:
    """Every stance of a named party on a thing in ``sent`` (see the module's rules)."""
    span = tokens_at(adoc.parse, sent.start, sent.end)
    if span is None:
        return []
    speaker = speaker_of(span)
    if speaker is None and sent.text.startswith(('"', "“")):
        return []  # a quote crediting nobody: whose side?
    out = []
    for t in span:
        found = _stance(t, speaker)
        if found is None or _hedged(t):
            continue
        holder, thing, side = found
        party, key = party_of(holder, speaker), _thing(thing)
        if party is None or key is None or party[0] & set(key[0].split()):
            continue
        if holder is not None and thing is not None and holder.i == thing.i:
            continue
        kind = _kind(thing) if thing is not None else frozenset()
        fresh = thing is not None and any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in thing.children
        )
        owners = owners_of(thing) if thing is not None else ()
        out.append(
            Stance(sent, party[0], party[1], key[0], key[1], side, key[2], kind, fresh, owners)
        )
    for t in span:
        made = authored_stance(t)
        party = party_of(made[0], speaker) if made is not None and not _hedged(t) else None
        for noun in made[1] if made is not None and party is not None else ():
            out.append(Stance(sent, party[0], party[1], noun, noun, 1, False, authored=True))
    return out


def _opposed(a: Stance, b: Stance) -> bool:
    """Whether two stances oppose (the module's rules): of one thing, not two of its kind
    ("the smoking bill", "the drinking bill")."""
    first, later = sorted((a, b), key=lambda s: (s.sentence.doc, s.sentence.index))
    if a.authored or b.authored:  # the maker of a decision against its critic
        author, other = (a, b) if a.authored else (b, a)
        return (
            a.thing == b.thing
            and not other.authored
            and other.side < 0
            and a.sentence.doc == b.sentence.doc
            and not a.party & b.party
            and owned_by(other.owners, author.who)
        )
    return (
        a.thing == b.thing
        and not (a.kind and b.kind and a.kind.isdisjoint(b.kind))
        # "Three members voted against the bill." then "A companion bill, sponsored by
        # Young, …": another bill, brought in after the first with a word of its own
        and not (later.fresh and not later.kind <= first.kind)
        and a.side != b.side
        and not a.party & b.party
        and a.sentence.text != b.sentence.text
        and (a.sentence.doc == b.sentence.doc or a.named)
    )


def _heading(a: Stance, b: Stance) -> str:
    """ "Opposed positions on the ban (Hale for; the Tavern Guild against)"."""
    sides = "; ".join(f"{s.who} {'for' if s.side > 0 else 'against'}" for s in (a, b))
    label = ONE_SOURCE_LABEL if a.sentence.doc == b.sentence.doc else "Disputed: "
    thing = b.thing_text if a.authored else a.thing_text  # "the Board's decision"
    return f"{label}Opposed positions on {thing} ({sides})"


# Which of an article's sentences hold a stance is a question of that article alone (its
# sentences and parse): reading the parse of every sentence of the story for stances took
# ~0.17 CPU s of a second run over 750 + 5 dev articles (s52), beside the summary, where
# the few sentences that hold one are read again in a few ms. Remembered per article and
# across builds (``compose.article_memo``); a stored answer only says which sentences to
# read again, so a tampered entry can only leave out stances or name sentences that hold
# none.
@by_article("stance_sentences", encode_indices, decode_indices, indices_fit)
def stance_sentences(adoc: AnalysedDocument) -> frozenset[int]:
    """The positions of the article's sentences that hold a stance of a named party
    (``_stances``) and read as a claim; none without a parse."""
    return frozenset(
        i for i, sent in enumerate(adoc.sentences) if _may_hold(adoc, sent) and _stances(adoc, sent)
    )


def _may_hold(adoc: AnalysedDocument, sent: Sentence) -> bool:
    """Whether ``sent`` is read for stances at all: parsed, with a stance's word, read as
    a claim (asked again of a stored sentence, which then yields what it would unstored)."""
    return (
        adoc.parse is not None
        and not STANCE_FORMS.isdisjoint(sent.words)
        and readable_claim(sent.text)
    )


def find_positions(corpus: Corpus, shown: set[str]) -> list[Divergence]:
    """Opposed positions (the module's rules), at most one per thing and
    ``MAX_POSITIONS`` in all; a sentence in ``shown`` (another divergence's) is left out."""
    stances = [
        s
        for adoc in corpus.docs
        for i in sorted(stance_sentences(adoc))
        if (sent := adoc.sentences[i]).text not in shown and _may_hold(adoc, sent)
        for s in _stances(adoc, sent)
    ]
    if not stances:
        return []
    story = story_weights(corpus, STORY_DF, MIN_STORY_DOCS)
    by_thing: dict[str, list[Stance]] = defaultdict(list)  # pairs only within a thing
    for s in stances:
        if len(by_thing[s.thing]) < MAX_STANCES_PER_THING:
            by_thing[s.thing].append(s)
    found: list[tuple[float, int, Stance, Stance]] = []
    for group in by_thing.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if not _opposed(a, b):
                    continue
                about = stems(a.sentence.words) | stems(b.sentence.words)
                relevance = math.fsum(story.get(w, 0.0) for w in about) if story else 0.0
                if story and relevance < MIN_RELEVANCE:
                    continue
                # one article's two sides before two articles' (they read as one account)
                one = a.sentence.doc == b.sentence.doc
                found.append((relevance + one, len(found), a, b))
    found.sort(key=lambda x: (-x[0], x[1]))
    out: list[Divergence] = []
    things: set[tuple[str, int | None]] = set()
    for _, _, a, b in found:
        # one thing, once: a name across articles, a noun within its article ("the bill"
        # of two articles may be two bills)
        thing = (a.thing, None if a.named else a.sentence.doc)
        if thing in things or len(out) >= MAX_POSITIONS:
            continue
        things.add(thing)
        claims = [
            Claim(named_claim(corpus.docs[s.sentence.doc], s.sentence), [s.sentence.source_id])
            for s in (a, b)
        ]
        out.append(Divergence(_heading(a, b), claims, kind="dispute"))
    return out
