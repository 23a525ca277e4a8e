"""Whether an attributed dispute can be shown as is: a stranger must read both sides.

Held-out judges (sessions 18 and 19) found none of the shown disputes usable: headings
that were fragments ("But the court adamantly disagreed"), a denial with nothing it
denies, a "no hard proof" set against a claim it does not contradict. A dispute is shown
only when

* both sides are there: a sentence of the other party makes the claim, unless the
  rejecting sentence itself tells both ("estimates range from the government's 2
  million to the group's 100 million", "X suspected that …, but Y denied the charge"),
  or a named party denies what the heading tells and says whose claim it is ("the
  Harbour Board denied reports in the island press that the tariff was aimed at the
  ferry crews"; ``disputes`` decides);
* the two are incompatible: "there is no evidence that …" is not shown, as a claim and
  the lack of proof for it can both be true, unless the claim is itself one of proof
  ("found strong evidence that …"), or the party says so of its own part ("said there
  was no proof its pumps had caused the leak"; ``disputes`` decides);
* its heading stands alone: it opens with a name, not with "He", "That idea", "His
  findings" or a verb (a leading "But" or "However" is left out), and it says what is rejected or
  what the party holds instead, not only "denied the report", "disagreed", "dismissed
  the criticism as unfounded", "reject the twin-track theory" (a theory named by its
  label, not by what it holds); a bare denial the article goes straight on to quote its
  party on, or to give its party's argument ("They argue that …"), is shown with it
  (``denial_quotes``), and a label the claim sentence tells in a that-clause is told in
  brackets ("the twin-track theory [that Varga has “two tracks”]"), as is the claim a
  verdict points back to when the sentence just before tells it ("called the claim [that
  the ferry line was profitable] “complete fiction”", ``pointed_claims``), as are the
  party and claim a bare rejection answers ("Ostby disagreed [with the harbour board that
  the pier was safe]", "Hale denied it [the claim by …]");
* the claim sentence stands alone too: it opens with no pronoun and is no quote credited
  to "he" or "they".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.compose.denial_quotes import argued_denial, quoted_denial
from briefing.compose.dispute_topics import (
    counter_topic,
    dispute_topic,
    group_before,
    heading_of,
    label_told,
    name_pronoun,
    sentence_topic,
)
from briefing.compose.event_text import person_before
from briefing.compose.fact_words import stems as content
from briefing.compose.pointed_claims import pointed_claim
from briefing.lang.both_sides import CONTRARY_RE
from briefing.lang.disputes import (
    BARE_OBJECT_RE,
    CLAIM_NOUN,
    COUNTER_CLAIM_RE,
    DISPUTE_VERB_RE,
    LABELLED_CLAIM_RE,
    POINTER_OBJECT_RE,
    POINTING_OPENERS,
    PRONOUN_CREDIT_RE,
    REJECTING_VERB_RE,
    VERDICT_WORDS_RE,
)
from briefing.model import AnalysedDocument, Claim, Divergence, Sentence

# Content words a heading needs after a rejection that only points back ("denied the
# report, saying the harbour lacked a second ferry berth") to say what its party holds.
# The same count tells a claim in an "of" clause (``disputes.OF_CLAUSE_WORDS``). Set by
# reading the tuning and check stories' disputes (session 20); not benchmarked.
COUNTER_CLAIM_WORDS = 4
# A heading's "He"/"She" is named from at most this many sentences back, through a quote
# or "he said" that names nobody (session 18, D0649D: "He also brushed aside worries ..." after
# two sentences quoting Varga). Not benchmarked.
PRONOUN_REACH = 3


# A claim named only by whose it is ("rejected U.S. allegations", "rejecting Kessler's
# claim", not "…'s claim that …" or "…'s portrayal of the mayor"): it says who holds it,
# not what it holds, as a pointer back does not (issue 11: a heading names both positions).
_OWNERS_CLAIM_RE = re.compile(
    rf"\s*(?:the\s+)?(?:(?:[A-Z][\w.'’-]*\s+)+|(?:[\w.-]+\s+){{0,3}}[\w.-]+['’]s?\s+)"
    rf"{CLAIM_NOUN}\b(?!\s+(?:that|of|about|on)\b)"
)


@dataclass(frozen=True)
class Rejected:
    """What the heading needs of a sentence's rejection (``disputes.Rejection``)."""

    start: int  # where the rejection starts in its sentence
    shown: str  # the heading's words when the sentence tells both sides itself
    # The sentence tells both sides itself, and heads its dispute whole: "X suspected
    # that …, but Y denied the charge", "Y disputed X's claim that …".
    told_before: bool = False
    unsupported: bool = False  # "there is no evidence that …"
    # Nobody is found making the claim, yet the sentence says what it denies: shown
    # alone when its heading says what and whose ("denied reports in the press that …").
    lone: bool = False
    # A bare rejection ("Hale denied it.", "… but rejected it."): shown only told whose
    # claim it answers (``pointed_claims``); its "it" may be anything the sentence names.
    bare_object: bool = False


def opens_with_pointer(text: str) -> bool:
    """Whether ``text`` opens with a pronoun or a demonstrative ("He …", "That idea …",
    "“They have …"): it stands for something told elsewhere."""
    first = re.match(r"[\s\"“‘']*([\w'’]+)", text)
    return bool(first) and first.group(1).lower() in POINTING_OPENERS


def says_what(heading: str) -> bool:
    """Whether a heading says what is rejected or what its party holds instead: its
    rejection's object is more than a pointer back ("the report", "that theory"), or
    words enough follow the pointer ("…, saying the units were all within …"). A heading
    with no rejecting verb tells both sides itself."""
    verb = REJECTING_VERB_RE.search(heading)
    if verb is None:
        return True
    rest = heading[verb.end() :]
    pointer = (
        POINTER_OBJECT_RE.match(rest)
        or BARE_OBJECT_RE.match(rest)
        or _OWNERS_CLAIM_RE.match(rest)
        or LABELLED_CLAIM_RE.match(rest)
    )
    if pointer is None and not re.match(r"\s*(?:[,.;]|$)", rest):
        return True  # "denied that …", "denied the fraud allegations"
    if pointer is not None:
        rest = rest[pointer.end() :]
    told = content(re.findall(r"[\w'’-]+", VERDICT_WORDS_RE.sub(" ", rest).lower()))
    return len(told) >= COUNTER_CLAIM_WORDS


def named_claim(adoc: AnalysedDocument, sent: Sentence) -> str:
    """A claim sentence with the "He"/"She" opening it, or the "he"/"she" a quote is
    credited to, named as a heading's is ("[Tolley] said that …", "“…,” [Vostrov]
    said."): the one person the sentences before it are about (``person_before``). The
    sentence as is when it needs no name or nobody can be named."""
    text = sent.text
    opening = re.match(r"(?:He|She)\b", text)
    credit = PRONOUN_CREDIT_RE.search(text)
    said = re.search(r"\b(?:he|she)\b", credit.group(0)) if credit and not opening else None
    if not (opening or said):
        return text
    person = person_before(adoc, sent, PRONOUN_REACH, others_named=True)
    if person is None:
        return text
    if opening:
        return f"[{person}]{text[opening.end() :]}"
    at = credit.start() + said.start()
    return f"{text[:at]}[{person}]{text[credit.start() + said.end() :]}"


def readable_claim(text: str) -> bool:
    """Whether a claim sentence stands alone: no pronoun opening it, no quote credited to
    a pronoun only."""
    return not (opens_with_pointer(text) or PRONOUN_CREDIT_RE.search(text))


def shown_as_is(
    heading: str, claims: list[Claim], *, both_told: bool, unsupported: bool, quoted: bool = False
) -> bool:
    """Whether a dispute with ``heading`` (no label) and ``claims`` (the claim first when
    found, then the rejection) can be shown: see the module's rules. ``both_told``: the
    rejecting sentence tells both sides itself; ``unsupported``: it says the claim lacks
    evidence; ``quoted``: the heading quotes what the rejecting party holds instead
    (``denial_quotes``)."""
    if unsupported or (len(claims) < 2 and not both_told):
        return False
    if len(claims) > 1 and not readable_claim(claims[0].text):
        return False
    if opens_with_pointer(heading) or heading[:1].islower():
        return False  # "He …", "That idea …", "had no evidence that …": who rejects?
    # A verdict alone ("called the claim “absolute nonsense”") does not say what is
    # disputed: a fresh strict reader of session 22 judged such a heading beside its
    # claim unusable (D0631D), as the held-out judges of session 21 had. Told which
    # claim (``pointed_claims``), it is ``quoted``.
    return both_told or quoted or says_what(heading)


def shown_dispute(
    adoc: AnalysedDocument, sent: Sentence, claims: list[Claim], rej: Rejected
) -> Divergence | None:
    """The dispute rejected in ``sent`` (of ``adoc``) with its ``claims`` (the claim
    first when found, then the rejection) under a heading saying who rejects what, or
    None when a stranger could not read it as is."""
    # Both sides told by the rejecting article alone: a disagreement between the
    # parties it names, not between sources, and the heading says so.
    one_source = len(claims) > 1 and {s for c in claims for s in c.sources} == {sent.source_id}
    # Figures set side by side ("estimates range from …") tell both sides; "contrary to
    # X's report" says one side and only names the other.
    shown_both = bool(rej.shown) and not (
        DISPUTE_VERB_RE.match(rej.shown) or CONTRARY_RE.match(rej.shown)
    )
    if rej.told_before:  # "Dock unions suspected that …, but Hale denied the charge"
        topic = sentence_topic(sent.text, one_source=one_source)
    else:
        topic = dispute_topic(sent.text, rej.start, rej.shown, one_source=one_source)
    if topic is None:
        return None
    person = person_before(adoc, sent, PRONOUN_REACH, others_named=True)
    named = name_pronoun(topic, person, group_before(adoc, sent))
    if named is None or opens_with_pointer(heading_of(named)):
        named = counter_topic(sent.text, one_source=one_source)  # "That idea was rejected by …"
    both_told = rej.told_before or shown_both
    if (
        named is not None
        and not both_told
        and COUNTER_CLAIM_RE.search(sent.text)
        and not says_what(heading_of(named))
    ):
        # The heading was cut before what the party holds ("dismissed the results,
        # noting that the readings were logged weeks after …"): the whole sentence, if short.
        whole = sentence_topic(sent.text, one_source=one_source)
        if whole is not None and not opens_with_pointer(heading_of(whole)):
            named = whole
    quoted = False
    if named is not None and len(claims) > 1 and not (both_told or says_what(heading_of(named))):
        # "… denied the report." and the quote the article goes on with says what instead
        joined = quoted_denial(adoc, sent, heading_of(named)) or argued_denial(
            adoc, sent, heading_of(named)
        )
        if joined is not None:
            quoted = True
            named = named[: len(named) - len(heading_of(named))] + joined.heading
            claims = [*claims[:-1], Claim(joined.text, claims[-1].sources)]
        else:  # "… called the claim “nonsense.”": the claim just before tells which
            told = pointed_claim(heading_of(named), adoc, sent, claims[0].text)
            if told is not None:
                quoted = True
                named = named[: len(named) - len(heading_of(named))] + told
    if rej.bare_object and not quoted:
        return None  # "… looked at the plan but rejected it.": which claim, whose?
    if rej.lone and named is not None and says_what(heading_of(named)):
        both_told = True  # the denied claim is told, its holder implicit
    if named is None or not shown_as_is(
        heading_of(named), claims, both_told=both_told, unsupported=rej.unsupported, quoted=quoted
    ):
        return None
    if len(claims) > 1:  # "the twin-track theory [that Varga has “two tracks”]"
        named = label_told(named, claims[0].text)
    return Divergence(named, claims, kind="dispute")
