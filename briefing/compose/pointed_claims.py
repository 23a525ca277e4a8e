"""A rejection that points back at "the claim", told what that claim holds.

"Harbour owners insist the ferry line was profitable, but gave no figures. Marsh
called the claim “complete fiction.”" The second sentence says only that a claim is false,
not which, and a stranger reading the dispute's heading cannot tell what Marsh rejects.
The sentence just before says it, in what its party insists: the heading then tells the
claim in brackets after its noun, an editor's note as the summary's are:
"Marsh called the claim [that the ferry line was profitable] “complete fiction.”"

A claim is told only when the parse says so, and is no guess:

* the claim sentence is the one right before the rejection in its article;
* the rejection's object is a claim noun pointing back ("the claim", "that theory",
  "the allegations"), right after its rejecting verb; or the rejection says nothing of
  what it rejects ("Ostby disagreed.", "Hale denied it.", "rejected that defense"; issue
  11): then the claim's party is told too, "Ostby disagreed [with the harbour board that
  the pier was safe]", and must share no word with the heading's (one party cannot
  disagree with itself);
* in the claim sentence, one named party (no pronoun) says, insists, argues or concludes
  a clause ("insist the ferry line was profitable"), and no other verb has a clause of its
  own ("said the port backs the ferry line in the row begun when Hale warned that …":
  which does "the allegation" stand for?): that clause, with no relative clause, aside
  or adverbial clause of its own, in at most ``MAX_TOLD_WORDS`` words and with at least
  ``MIN_TOLD_WORDS`` content words, is the claim.
"""

from __future__ import annotations

import re

from briefing.compose.fact_words import stems as content
from briefing.lang.disputes import BARE_OBJECT_RE, POINTER_OBJECT_RE, REJECTING_VERB_RE
from briefing.model import AnalysedDocument, Sentence
from briefing.parsed import Token, pruned_subtree, tokens_at

# A told claim in more words than this is no note a heading can take; with fewer content
# words than MIN it names too little to say what is held. Set on the one dev rejection it
# completes (D0631D: four words, two content words); not benchmarked.
MAX_TOLD_WORDS = 16
MIN_TOLD_WORDS = 2
# A party named in more words than this (or with an aside, a comma) is told with what it
# is, not as a name a heading can take: "Her neighbours, who have fought each …". Set on the
# dev parties of bare rejections (one to five words); not benchmarked.
MAX_PARTY_WORDS = 6

# Lemmas of the verbs whose clause is what their party claims.
CLAIMING_LEMMAS = frozenset(
    {"say", "insist", "claim", "argue", "contend", "maintain", "assert", "allege", "conclude"}
    | {"suggest", "speculate", "charge", "state", "report"}
)
# Parts of a clause that are no part of what it claims: a relative clause, an aside, an
# adverbial clause, a second clause and the clause's "that".
_LEFT_OUT = frozenset({"relcl", "appos", "advcl", "parataxis", "mark", "cc", "conj", "punct"})
_SUBJECTS = ("nsubj", "nsubjpass")
# Verbs whose "clause" the parser reads in "make it more vulnerable": no party's claim
# that a pointer could stand for.
_NO_SAYING = frozenset({"make", "keep", "leave", "render", "let"})
# The verbs of a rejection that says nothing of what it rejects (``lang.disputes``'s
# ``DISAGREE_RE`` and ``BARE_REJECTION_RE``): no "said", no verdict.
_BARE_VERB_RE = re.compile(r"disagree|den(?:y|ie)|disput|reject|contest|refut", re.I)


def _kept(token: Token, out: list[Token]) -> None:
    """``token`` and what hangs below it, less the parts ``_LEFT_OUT``, each before its
    dependents."""
    out.extend(pruned_subtree(token, _LEFT_OUT))


def claimed_clause(adoc: AnalysedDocument, sent: Sentence) -> str | None:
    """What a named party of ``sent`` claims, as a clause ("the ferry line was
    profitable" of "Harbour owners insist the ferry line was profitable, but …"); None
    when the sentence has no such clause (see the module's rules)."""
    found = claimed(adoc, sent)
    return found[1] if found is not None else None


def claimed(adoc: AnalysedDocument, sent: Sentence) -> tuple[str, str] | None:
    """Who claims what in ``sent``: the party (its subject's words, "Harbour owners") and
    the clause (``claimed_clause``); None when the sentence has no such clause."""
    span = tokens_at(adoc.parse, sent.start, sent.end) if adoc.parse is not None else None
    if span is None:
        return None
    claimed = [
        (verb, clauses)
        for verb in span
        if verb.lemma_ in CLAIMING_LEMMAS and verb.pos_ == "VERB"
        for clauses in [[c for c in verb.children if c.dep_ == "ccomp"]]
        if clauses
    ]
    if len(claimed) != 1:
        return None  # two parties' clauses ("police said …, but the group claimed …"): whose?
    verb, clauses = claimed[0]
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    if not subjects or subjects[0].pos_ == "PRON" or len(clauses) != 1:
        return None
    if any(
        t.dep_ == "ccomp" and t.head.i != verb.i and t.head.lemma_ not in _NO_SAYING for t in span
    ):
        # Another that-clause of another verb ("… backs Norland in the quarrel set off
        # when Harland warned Tarvia that …"): the pointer may stand for either.
        return None
    kept: list[Token] = []
    _kept(clauses[0], kept)
    kept.sort(key=lambda t: t.i)
    party = " ".join(t.text for t in sorted(subjects[0].subtree, key=lambda t: t.i))
    # Where a part was left out, its words go with the space before it.
    told = "".join(
        t.text + (" " if t.whitespace_ or (nxt is not None and nxt.i != t.i + 1) else "")
        for t, nxt in zip(kept, [*kept[1:], None], strict=True)
    ).strip()
    told = re.sub(r"[,;:]+([\"”]?)$", r"\1", told)  # 'was “not prudent,”' ends at its word
    too_long = len(told.split()) > MAX_TOLD_WORDS
    if too_long or len(content(told.lower().split())) < MIN_TOLD_WORDS:
        return None
    return party, told


def pointed_claim(heading: str, adoc: AnalysedDocument, sent: Sentence, claim: str) -> str | None:
    """``heading`` (of the rejecting ``sent``) with the claim its pointer noun stands for
    told in brackets after it, when ``claim`` is the sentence just before ``sent`` in
    its article and tells what its party claims; else None."""
    if sent.index == 0 or adoc.sentences[sent.index - 1].text != claim:
        return None
    verb = REJECTING_VERB_RE.search(heading)
    if verb is None:
        return None
    rest = heading[verb.end() :]
    pointer = POINTER_OBJECT_RE.match(rest)
    bare = None if pointer is not None else _bare_object(rest)
    found = claimed(adoc, adoc.sentences[sent.index - 1])
    if (pointer is None and bare is None) or found is None:
        return None
    party, told = found
    told = re.sub(r"^that\s+", "", told)
    if pointer is not None:
        end = verb.end() + pointer.end()
        return f"{heading[:end]} [that {told}]{heading[end:]}"
    if not _BARE_VERB_RE.match(verb.group(0)):
        return None  # "The figures were wrong, the council said.": its own claim told
    if _words(party) & _words(heading[: verb.start()]):
        return None  # "The board said … The board denied it.": whose claim is denied?
    if len(party.split()) > MAX_PARTY_WORDS or "," in party:
        return None
    end = verb.end() + bare
    if verb.group(0).lower().startswith("disagree"):
        note = f"with {party} that {told}"
    elif re.search(r"\b(?:it|this|that)$", heading[:end]):
        note = f"the claim by {party} that {told}"
    else:  # "rejected that defense": the noun says it is a claim
        note = f"that {told}"
    return f"{heading[:end]} [{note}]{heading[end:]}"


def _bare_object(rest: str) -> int | None:
    """Where the object of a rejection that says nothing of what it rejects ends in
    ``rest`` (what follows the verb: "", " it.", " that defense."), else None."""
    if re.match(r"\s*(?:[.;]|$)", rest):
        return 0  # "disagreed."
    bare = BARE_OBJECT_RE.match(rest)
    return None if bare is None else len(rest[: bare.end()].rstrip(" .;"))


def _words(text: str) -> set[str]:
    """The lower-cased words of a party's name, less the articles."""
    return set(re.findall(r"[\w'’-]+", text.lower())) - {"the", "a", "an", "of", "and"}
