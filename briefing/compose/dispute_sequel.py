"""A lone dispute whose unnamed party the next sentence names and quotes.

"A dock inspector disputed the Board's claim that the pier had no cracks. Lena Hart, a
diver with the Coast Trust, said she saw cracks in three of its piles." A news report
often brings a party in by a description and names it in the next sentence, which tells
what that party holds. The dispute sentence alone (``disputes``) tells the claim and that
someone rejects it; the next sentence tells the other side (issue 11: two named parties'
opposite claims in one article). It is shown with the dispute when:

* the dispute's one sentence has an indefinite description for its subject ("A dock
  inspector", "An engineer who worked on the pier"), no name;
* the next sentence of its article credits a named person (a name, not a pronoun nor a
  role alone) with a saying verb, stands alone, and shares a noun or an adjective with
  what the disputed claim says of its subject ("that the pier had no cracks": the
  cracks; no word of either party's name): the same thing. A sentence sharing only the
  claim's subject ("Mayor Hart said repairs to the pier would begin in May") is other
  news of it, no side.
"""

from __future__ import annotations

from dataclasses import replace

from briefing.compose.contentions import said_words
from briefing.compose.dispute_gate import readable_claim
from briefing.compose.dispute_topics import ONE_SOURCE_LABEL
from briefing.compose.positions import party_of, speaker_of
from briefing.model import AnalysedDocument, Claim, Corpus, Divergence, Sentence
from briefing.parsed import Token, tokens_at

_INDEFINITE = frozenset({"a", "an"})
_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")
# The label of a dispute one sentence tells; one source tells both sides once paired.
SHOWN_ALONE_LABEL = "Disputed: "


def _described(adoc: AnalysedDocument, sent: Sentence) -> frozenset[str] | None:
    """The words of the indefinite description ``sent``'s main verb has for its subject
    ("A dock inspector disputed …"), or None."""
    span = tokens_at(adoc.parse, sent.start, sent.end)
    root = next((t for t in span or [] if t.dep_ == "ROOT"), None)
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None) if root else None
    if subject is None or subject.pos_ != "NOUN":
        return None
    if not any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in subject.children):
        return None
    return frozenset(t.lower_ for t in subject.subtree if t.lower_.isalpha())


def _claimed(adoc: AnalysedDocument, sent: Sentence, parties: frozenset[str]) -> set[str]:
    """The lemmas of the nouns and adjectives that the dispute's claim clauses (every
    verb's but the main one's: "… the claim that the pier had no cracks") say of their
    subjects ("cracks", not "pier"), but ``parties``' words."""
    span = tokens_at(adoc.parse, sent.start, sent.end) or []
    told: set[int] = set()
    for verb in span:
        if verb.pos_ not in ("VERB", "AUX") or verb.dep_ == "ROOT":
            continue
        subjects = {t.i for c in verb.children if c.dep_ in _SUBJECTS for t in c.subtree}
        told |= {t.i for t in verb.subtree} - subjects
    claimed = {t.lemma_.lower() for t in span if t.i in told and t.lower_ not in parties}
    return claimed & said_words(adoc, sent, parties)


def _named_person(speaker: Token | None) -> frozenset[str] | None:
    """The words of ``speaker`` when a name is its head ("Lena Hart, a diver with …")."""
    if speaker is None or speaker.pos_ != "PROPN":
        return None
    party = party_of(speaker, None)
    return party[0] if party is not None else None


def _sequel(adoc: AnalysedDocument, sent: Sentence) -> Sentence | None:
    """The next sentence naming and quoting the party ``sent`` describes (the module's
    rules), or None."""
    described = _described(adoc, sent)
    if described is None or sent.index + 1 >= len(adoc.sentences):
        return None
    after = adoc.sentences[sent.index + 1]
    span = tokens_at(adoc.parse, after.start, after.end)
    named = _named_person(speaker_of(span)) if span is not None else None
    if named is None or not readable_claim(after.text):
        return None
    parties = described | named
    return after if _claimed(adoc, sent, parties) & said_words(adoc, after, parties) else None


def with_sequels(corpus: Corpus, disputes: list[Divergence]) -> list[Divergence]:
    """``disputes``, a lone one shown with the next sentence that names its party (the
    module's rules) when that sentence is no other dispute's."""
    told = {c.text for d in disputes for c in d.claims}
    out = []
    for d in disputes:
        sequel = None
        if d.kind == "dispute" and len(d.claims) == 1 and len(d.claims[0].sources) == 1:
            found = _sentence(corpus, d.claims[0])
            sequel = _sequel(*found) if found is not None else None
        if sequel is None or sequel.text in told:
            out.append(d)
            continue
        told.add(sequel.text)
        claims = [*d.claims, Claim(sequel.text, [sequel.source_id])]
        topic = d.topic.removeprefix(SHOWN_ALONE_LABEL)
        topic = ONE_SOURCE_LABEL + topic if topic != d.topic else d.topic
        out.append(replace(d, topic=topic, claims=claims))
    return out


def _sentence(corpus: Corpus, claim: Claim) -> tuple[AnalysedDocument, Sentence] | None:
    """The parsed article and sentence ``claim`` quotes as is, or None."""
    adoc = corpus.docs[claim.sources[0] - 1]  # a source's id is its article's place + 1
    if adoc.parse is None:
        return None
    sent = next((s for s in adoc.sentences if s.text == claim.text), None)
    return (adoc, sent) if sent is not None else None
