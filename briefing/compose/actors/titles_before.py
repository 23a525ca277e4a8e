"""Titles before a person's name: "Facebook COO Sheryl Sandberg", "Democratic Sen. Mark
Warner" -> "Democratic Senator", "Harbor Watch leader Ann Lee" (the body's name the model
left out of the title read back), "Sen. Ann Lee (D-Va.)" with its party suffix.

Only the words next to the name count: never past another person's name, a conjunction
outside a body's name, a punctuation mark that ends a role or a line break. A description
written as a title ("death row inmate Ann Lee") is one too (``false_titles``).
"""

from __future__ import annotations

from bisect import bisect_left

from briefing.compose.actors.false_titles import after_article, false_title, tail_of
from briefing.lang.names import PERSON_TITLES, TITLE_ABBREVIATIONS
from briefing.lang.roles import PARTY_SUFFIX_RE, ROLE_NOUNS
from briefing.parsed import ParsedDoc, Span, Token

# Longest body's name read back before a title ("Harbor Watch leader"); longer is a clause.
MAX_BODY_TOKENS = 5
# Longest title read before a name: as long as any role (``roles.MAX_ROLE_TOKENS``); a
# longer run of words is a clause or a list. Reading back at most this far keeps a story
# naming one party 20,000 times in a row linear (each mention read all the names before
# it: 30 of a 39 CPU s build's profile).
MAX_TITLE_TOKENS = 16
# Tokens after a name searched for a party suffix "(D-Va.)".
PARTY_SUFFIX_TOKENS = 6
# Marks that end a role phrase: an apposition's comma, a dash, a bracket, a quotation.
ROLE_ENDS = {",", "—", "–", "(", ";", ":", "“", '"'}
# Conjunctions inside a compound title ("Law and Order Minister", "Trade & Industry").
_TITLE_CONJUNCTIONS = {"and", "&"}
# Entity labels of a word before "and" that ends a title there: a place's or a people's.
_PLACE_TYPES = {"GPE", "NORP", "LOC"}
# Courtesy titles that are no role on their own.
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir"}


def title_before(span: Span) -> str | None:
    """The title the words right before a person's name ``span`` give it, with a party
    suffix after the name ("Democratic Senator (D-Va.)"), or None."""
    doc = span.doc
    root = span.root
    left = [t for t in root.lefts if t.i < span.start and t.dep_ in {"compound", "amod", "nmod"}]
    if not left:
        return None
    start = min(t.left_edge.i for t in left)
    # A hyphenated word the model split ("co" "-" "pilot"): the whole word.
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_:
        if doc[start - 1].whitespace_:
            break
        start -= 2
    if start >= 1 and doc[start].text == "-" and not doc[start - 1].whitespace_:
        start -= 1  # "co | - author": the model began the title at the hyphen
    opened = start
    # Read back from the name to the last word that ends a title, at most MAX_TITLE_TOKENS
    # + 1 words: past them the title would be longer than any.
    first = max(start, span.start - MAX_TITLE_TOKENS - 1)
    cut = next((i + 1 for i in range(span.start - 1, first - 1, -1) if _ends(doc[i])), None)
    start = start if cut is None else cut
    if span.start - start > MAX_TITLE_TOKENS:
        return None
    start = _body_before(doc, start, span.start)
    start = _past_shouted(doc, start, span.start)
    words = doc[start : span.start]
    if any(t.lower_.rstrip(".") in PERSON_TITLES | ROLE_NOUNS for t in words) or (
        false_title(words, cut=start > opened or tail_of(doc, start))
        and not after_article(doc, start)
    ):
        found = _title_role(words)
        if found:
            return found + _party_suffix(doc, span)
    return None


def _ends(t: Token) -> bool:
    """Whether a title before a name starts after ``t``: only the words next to the name
    count, never past another person's name or a conjunction ("President Halloran and
    Maura", "Ortega and FBI director Roe"), but one inside a body's name ("Housing and
    Urban Development Secretary"); nor past a line break (a headline run into the text:
    "Ferry plan\n\nSecretary")."""
    if _inside_a_title(t):
        return False
    joins = t.pos_ == "CCONJ" and not _inside_a_name(t)
    return t.ent_type_ == "PERSON" or t.text in ROLE_ENDS or joins or "\n" in t.text


def _inside_a_title(t: Token) -> bool:
    """Whether ``t`` is "and", or the word before it, joining two capitalised words of a
    title the model left unnamed ("Law and Order Minister"): the word before it modifies
    the title's noun, capitalised as every word up to it, and is no name of a place or a
    people, nor of a person unless one word (the model may read "Law" a person; "Hall
    and FBI director Lo", "Rigg and Police Commissioner Lo" end at "and")."""
    doc, i = t.doc, t.i
    if t.lower_ not in _TITLE_CONJUNCTIONS:
        i += 1  # the word before "and"
    if i == 0 or i + 1 >= len(doc) or doc[i].lower_ not in _TITLE_CONJUNCTIONS:
        return False
    before, head = doc[i - 1], doc[i - 1].head
    if before.ent_type_ in _PLACE_TYPES or (
        before.ent_type_ == "PERSON" and before.ent_iob_ != "B"
    ):
        return False
    return (
        before.text[:1].isupper()
        and before.dep_ in {"nmod", "compound"}
        and head.i > i
        and head.lower_.rstrip(".") in PERSON_TITLES | ROLE_NOUNS
        and all(w.text[:1].isupper() for w in doc[i + 1 : head.i + 1])
    )


def _body_before(doc: ParsedDoc, start: int, end: int) -> int:
    """Where a title before a name starts, with the body's name the model left out of it
    ("Harbor Watch | leader Ann Lee": "Watch" parsed as an adverb, not the title's): the
    capitalised words right before a title of lower-case words, never a person's name, a
    sentence's first word unless a proper noun, nor past a line break."""
    if start >= end or not all(t.text[:1].islower() for t in doc[start:end]):
        return start
    first = start
    while first > 0 and start - first < MAX_BODY_TOKENS:
        t = doc[first - 1]
        if not t.text[:1].isupper() or t.ent_type_ == "PERSON":
            break  # a line break is a token of its own, never capitalised
        opens = _opens_sentence(doc, t.i)
        if opens and t.pos_ != "PROPN":
            break
        first -= 1
        if opens:
            break
    return first


def _past_shouted(doc: ParsedDoc, start: int, end: int) -> int:
    """Where a title starts past the last words of a headline in capitals run into the
    text ("... CLOSES THE DOOR Harlan Foods chairman Ann Lee"): a capitalised word after
    another is a headline's, an acronym alone ("NATO chief") is the title's."""
    while (
        start < end - 1
        and start > 0
        and doc[start].is_upper
        and doc[start].text.isalpha()
        and doc[start - 1].is_upper
        and doc[start - 1].text.isalpha()
    ):
        start += 1
    return start


def _opens_sentence(doc: ParsedDoc, i: int) -> bool:
    """Whether token ``i`` is its sentence's first: after a stop or a line break (the
    model also starts sentences inside a name: "Fair Share | Now leader")."""
    k = bisect_left(doc.sent_starts, i)
    if k == len(doc.sent_starts) or doc.sent_starts[k] != i:
        return False
    return i == 0 or doc[i - 1].is_punct or doc[i - 1].is_space


def _inside_a_name(t: Token) -> bool:
    """Whether a token is inside a name the model read whole, not a person's ("and" of
    "Housing and Urban Development")."""
    return t.ent_iob_ == "I" and t.ent_type_ not in ("", "PERSON")


def _party_suffix(doc: ParsedDoc, span: Span) -> str:
    # A few tokens; Doc.text is O(document).
    after = doc[span.end : span.end + PARTY_SUFFIX_TOKENS].text
    m = PARTY_SUFFIX_RE.match(after)
    return f" ({m.group(1)})" if m else ""


def _title_role(tokens: list[Token]) -> str | None:
    """Pre-name titles, abbreviations spelled out: "Democratic Sen." -> "Democratic Senator"."""
    words: list[str] = []
    for t in tokens:
        if t.text in {",", "’s"}:
            words[-1:] = [w.rstrip() + " " for w in words[-1:]]
            continue
        # As written ("Lake-Shore", "Anti-Fraud"), abbreviations spelt out.
        words.append(TITLE_ABBREVIATIONS.get(t.lower_, t.text) + t.whitespace_)
    text = " ".join("".join(words).split()).strip(" ,;:")
    if all(w.lower().rstrip(".") in HONORIFICS for w in text.split()):
        return None  # "Ms." says nothing about the role
    return text or None
