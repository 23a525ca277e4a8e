"""Where sources differ on a person's age: one article has "Alvaro Reyes, 34", another
"the 41-year-old Reyes" at the same time.

An age is a whole number, in digits or one number word ("six"; not "thirty-four", whose
"four" is no age), that the parse attaches to a person's name: an apposition ("Reyes,
34,", "Reyes (34)", "Reyes, aged 34,", "Reyes, 34 years old,"), a compound before the name
("the 41-year-old Reyes", "the six-year-old Reyes"; not "Reyes's 6-year-old son": that age
is the son's), or a present-tense copula ("Reyes is 34", "Reyes, who is 34 years old";
not "was 34 when he left"). Not "at age 34", which mostly dates a deed ("died at age 74"). Not
an age inside a quotation (whose words they are, only the article says), nor one told of
a past time ("Reyes, then 17,"; a sentence giving a year before its article's).

The person is who the key actors take them for: a given name and surname written with
the age (whatever the tagger read it as: an age is a person's), or a surname its article
gave in full before, one person alone (``known_people``, and the names the parse joins);
two articles name one person when the full names have the same first
and last words ("Alvaro Reyes", "Alvaro J. Reyes") and the same generation ("Jr.").

Two ages disagree when birthdays cannot explain them: both articles dated, the later's
age is below the earlier's or above it by more than the birthdays between them (one, or
one a year), and ages one apart only when the articles are at most ``ONE_APART_DAYS``
apart; an undated article's age disagrees by more than the birthdays the story's dated
articles span. An article giving one person two ages (of two times, or one a slip) gives
no side. Headed as the death toll is: "Age of Alvaro Reyes (34 in 2 sources,
41 in 1 source)".
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass

from briefing.compose.actors.name_keys import generation, strip_titles
from briefing.compose.article_memo import by_article, decode_indices, encode_indices, indices_fit
from briefing.compose.digest_leans import quoted_elsewhere
from briefing.compose.known_people import people_before
from briefing.compose.tolls import source_count
from briefing.lang.figures import AGE_WORDS, NUMBER_WORDS, PAST_AGE_WORDS
from briefing.lang.names import (
    BODY_HEAD_NOUNS,
    CORPORATE_SUFFIXES,
    PERSON_TITLES,
)
from briefing.lang.speech import CLOSING_QUOTES, OPENING_QUOTES
from briefing.lang.stopwords import STOP_WORDS
from briefing.model import AnalysedDocument, Claim, Corpus, Divergence, Sentence
from briefing.parsed import Token, tokens_at

# The oldest age read: a larger number after a name is no age. By reasoning.
MAX_AGE = 120
# Ages one year apart disagree only in articles this close: over a longer gap either
# may be right, a birthday between them (the brief for issue 11, session 49).
ONE_APART_DAYS = 31
_YEAR_DAYS = 365
_YEAR_RE = re.compile(r"\b(?:1[89]|20)\d\d\b")
_YEARS = frozenset({"year", "years"})
_AGE_DIGITS = len(str(MAX_AGE))  # more digits are no age (int() refuses over 4,300)
# What may stand between a name and its age in an apposition, and right after the age.
_APPOSITION_GAPS = (", ", " (")
_AFTER_AGE = (",", ")", ".", ";", "")
# Words of no person's name: a company's ("Foods", "Inc"), a body's ("Council") or a
# function word.
# The tagger's labels of a person's name: its own, or an organisation's, which it often
# gives a name it does not know ("Ilse Varga"); the age says it is a person's.
_NAME_LABELS = frozenset({"PERSON", "ORG"})
_NOT_NAMES = frozenset(w.lower() for w in CORPORATE_SUFFIXES | BODY_HEAD_NOUNS) | STOP_WORDS


@dataclass(frozen=True)
class Age:
    """One article's age of one person: the value, the full name it gave them, the
    sentence and the article's date."""

    value: int
    name: str
    sentence: Sentence
    date: dt.date | None


def age_divergences(corpus: Corpus) -> list[Divergence]:
    """Each person the sources give two ages at one time (the module's rules)."""
    by_person: dict[tuple[str, str, str], list[Age]] = defaultdict(list)
    for adoc in corpus.docs:
        own: dict[tuple[str, str, str], list[Age]] = defaultdict(list)
        for age in article_ages(adoc):
            own[person_key(age.name)].append(age)
        for key, ages in own.items():
            if len({a.value for a in ages}) == 1:  # two ages of its own: of two times
                by_person[key] += ages
    dated = [d.document.date for d in corpus.docs if d.document.date]
    span = (max(dated) - min(dated)).days if dated else 0
    out = []
    for ages in by_person.values():
        if any(a.value != b.value and disagree(a, b, span) for a in ages for b in ages):
            out.append(_divergence(ages))  # every age given: "31, 32, 33", not "31, 33"
    return out


def disagree(a: Age, b: Age, span: int) -> bool:
    """Whether birthdays cannot explain two ages of one person (the module's rules);
    ``span``: the days the story's dated articles span, for an undated one."""
    if a.date is None or b.date is None:
        return abs(a.value - b.value) > max(1, _birthdays(span))
    earlier, later = sorted((a, b), key=lambda x: x.date or dt.date.min)
    gap = (later.date - earlier.date).days if later.date and earlier.date else 0
    grown = later.value - earlier.value
    if 0 <= grown <= _birthdays(gap):
        return False
    return abs(grown) >= 2 or gap <= ONE_APART_DAYS


def _birthdays(days: int) -> int:
    """How many birthdays ``days`` may hold."""
    return 0 if days <= 0 else days // _YEAR_DAYS + 1


def _divergence(ages: list[Age]) -> Divergence:
    """The ages of one person, the value most sources give first."""
    by_value: dict[int, list[Age]] = defaultdict(list)
    for a in ages:
        by_value[a.value].append(a)
    sources = {v: sorted({a.sentence.source_id for a in found}) for v, found in by_value.items()}
    order = sorted(by_value, key=lambda v: (-len(sources[v]), v))
    names = [a.name for a in ages]
    name = max(dict.fromkeys(names), key=names.count)
    stated = ", ".join(f"{v} in {source_count(len(sources[v]))}" for v in order)
    claims = []
    for v in order:
        shortest = min(by_value[v], key=lambda a: len(a.sentence.text))
        claims.append(Claim(shortest.sentence.text, [shortest.sentence.source_id], sources[v]))
    return Divergence(topic=f"Age of {name} ({stated})", claims=claims)


def person_key(name: str) -> tuple[str, str, str]:
    """One person's full name as a key: first and last word, and the generation; no
    title before it ("Dr.")."""
    words, born = generation([w.strip(",").lower() for w in strip_titles(name)[0].split()])
    return words[0], words[-1], born


def article_ages(adoc: AnalysedDocument) -> list[Age]:
    """The ages the article gives named people (the module's rules)."""
    date = adoc.document.date
    return [
        age
        for i in sorted(age_sentences(adoc))
        if not _past_year((sent := adoc.sentences[i]).text, date)
        for age in _ages(adoc, sent)
    ]


# Which of an article's sentences give an age is a question of that article alone (its
# sentences and parse; not its date, which the compose cache's key does not cover and
# ``article_ages`` reads afresh): reading the parse of every sentence of the story for ages
# took ~0.12 CPU s of a second run over 750 + 5 dev articles (s53), beside the summary.
# Remembered per article and across builds (``compose.article_memo``); a stored answer
# only says which sentences to read again, so a tampered entry can only leave out ages.
@by_article("age_sentences", encode_indices, decode_indices, indices_fit)
def age_sentences(adoc: AnalysedDocument) -> frozenset[int]:
    """The positions of the article's sentences that give a named person's age, whatever
    year they name."""
    return frozenset(i for i, sent in enumerate(adoc.sentences) if _ages(adoc, sent))


def _ages(adoc: AnalysedDocument, sent: Sentence) -> list[Age]:
    """The ages ``sent`` of the article gives named people (the module's rules, but
    whether it names a past year: ``article_ages``)."""
    out: list[Age] = []
    span = tokens_at(adoc.parse, sent.start, sent.end)
    if span is not None:
        for tok in span:
            value = age_value(tok)
            if value is None:
                continue
            person = _aged(tok)
            if person is None or _quoted(adoc, sent, tok.idx):
                continue
            name = _full_name(adoc, sent, person)
            if name is not None:
                out.append(Age(value, name, sent, adoc.document.date))
    return out


def _past_year(text: str, date: dt.date | None) -> bool:
    """Whether a sentence gives a year before its article's (or any, undated): an age
    in it may be of that time."""
    return any(date is None or int(y) < date.year for y in _YEAR_RE.findall(text))


def _quoted(adoc: AnalysedDocument, sent: Sentence, at: int) -> bool:
    """Whether the character ``at`` of the article is inside a quotation."""
    if quoted_elsewhere(adoc, sent):
        return True
    opened = False
    for ch in adoc.document.text[sent.start : at]:
        if ch in OPENING_QUOTES and (ch not in CLOSING_QUOTES or not opened):
            opened = True
        elif ch in CLOSING_QUOTES:
            opened = False
    return opened


def age_value(tok: Token) -> int | None:
    """The age a word may give: a whole number in digits or one number word ("six",
    "forty"; not the "four" of "thirty-four", a hyphen before it), up to ``MAX_AGE``."""
    if tok.tag_ != "CD" or (tok.i > 0 and tok.doc[tok.i - 1].text == "-"):
        return None
    if tok.text.isdecimal() and len(tok.text) <= _AGE_DIGITS:  # not "²", "①": no int
        value = int(tok.text)
    elif tok.lower_ in NUMBER_WORDS and tok.lower_ not in ("a", "an"):
        value = NUMBER_WORDS[tok.lower_]
    else:
        return None
    return value if 0 < value <= MAX_AGE else None


def _aged(number: Token) -> Token | None:
    """The name token whose age ``number`` is, by the parse, or None; "34 years old"
    stands where "34" would ("Reyes, 34 years old,", "Reyes is 34 years old")."""
    if _then(number):
        return None
    years = number.head
    old = years.head
    if (
        number.dep_ == "nummod"
        and years.lower_ in _YEARS
        and years.dep_ == "npadvmod"
        and old.lower_ == "old"
        and number.doc.text[number.idx : old.idx + len(old)] == f"{number.text} {years.text} old"
    ):
        return _aged_as(old, plain=False)  # "Reyes, 34 years old,"
    return _aged_as(number, plain=True)


def _aged_as(number: Token, plain: bool) -> Token | None:
    """The name token whose age ``number`` (the number, or the "old" of "34 years old":
    not ``plain``) stands as, by the parse, or None."""
    text = number.doc.text
    head = number.head
    if number.dep_ == "appos" or (not plain and number.dep_ == "amod" and head.i < number.i):
        start = number.idx if plain else number.left_edge.idx  # "34" of "34 years old"
        gap = text[head.idx + len(head) : start]
        after = text[number.idx + len(number) : number.idx + len(number) + 1]
        return head if gap in _APPOSITION_GAPS and after in _AFTER_AGE else None
    if plain and head.lower_ in AGE_WORDS and head.dep_ in ("amod", "acl", "appos"):
        return None if _then(head) else head.head  # "Reyes, aged 34,"
    if plain and number.dep_ == "nummod" and head.lower_ == "year" and head.dep_ == "npadvmod":
        old = head.head  # "the 41-year-old Reyes"
        written = text[number.idx : old.idx + len(old)]
        if old.lower_ == "old" and old.dep_ == "amod" and written == f"{number.text}-year-old":
            return old.head
        return None
    if number.dep_ in ("attr", "acomp") and head.lower_ == "is" and (_bare(number) or not plain):
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return None
        if subject.lower_ == "who" and head.dep_ == "relcl":
            return head.head  # "Reyes, who is 34"
        return subject  # "Reyes is 34"
    return None


def _bare(tok: Token) -> bool:
    """Whether ``tok`` has no words of its own below it in the parse."""
    return not any(True for _ in tok.children)


def _then(tok: Token) -> bool:
    """Whether a word dating an age to a past time stands right before ``tok``."""
    return tok.i > 0 and tok.doc[tok.i - 1].lower_ in PAST_AGE_WORDS


def _full_name(adoc: AnalysedDocument, sent: Sentence, person: Token) -> str | None:
    """The full name of the person ``person`` (a name's last word) names: the given name
    and surname written there ("Ilse Varga, 34,": whatever the tagger read it as, an age
    is a person's); else, for a surname alone, the one person the article gave it in full
    before the sentence (a person's name by the tagger, ``known_people``, or by the parse:
    two people of one surname give no name)."""
    if person.pos_ not in ("PROPN", "NOUN") or person.dep_ in ("compound", "poss"):
        return None  # "Reyes's 6-year-old son", "a 41-year-old Reyes aide"
    if not person.is_title or person.lower_ in _NOT_NAMES:
        return None
    parse = adoc.parse
    ent = parse.ent_at(person.i) if parse is not None else None
    if ent is not None and ent.label_ not in _NAME_LABELS:
        return None  # a place's, a nation's, a law's name ...
    run = _name_run(person)
    before = person.i - len(run)
    if before >= 0 and person.doc[before].tag_ == "DT":
        return None  # "the Air Force, 50,": no person's name takes "the"
    if len(run) >= 2:
        return " ".join(run)
    if ent is not None and ent.end - ent.start > 1:
        return None  # the last word of another kind of name
    found = {person_key(n): n for n in people_before(adoc, sent).get(person.text, {})}
    for tok in tokens_at(parse, 0, sent.start) or ():
        if tok.text == person.text and len(run := _name_run(tok)) >= 2:
            found.setdefault(person_key(" ".join(run)), " ".join(run))
    return next(iter(found.values())) if len(found) == 1 else None


def _name_run(last: Token) -> list[str]:
    """The words of the name ending at ``last``: it and the capitalised words right
    before it the parse joins to it ("Alvaro J. Reyes"), no title ("Mayor") nor a
    body's word ("Reyes Foods"); [] when one is a body's word."""
    words = [last.text]
    i = last.i - 1
    while i >= 0:
        tok = last.doc[i]
        if _hyphen_joins(tok):  # "Jean-Luc", "Varga-Holm": the tokenizer splits them
            if not last.doc[i - 1].text[:1].isupper():
                break
            words[0] = f"{last.doc[i - 1].text}-{words[0]}"
            i -= 2
            continue
        if tok.head.i != last.i or tok.dep_ != "compound":
            break
        if not tok.text[:1].isupper() or tok.lower_.rstrip(".") in PERSON_TITLES:
            break
        words.insert(0, tok.text)
        i -= 1
    if any(w.lower() in _NOT_NAMES for w in words):
        return []
    return words


def _hyphen_joins(tok: Token) -> bool:
    """Whether ``tok`` is a hyphen written between two words with no space."""
    if tok.text != "-" or tok.i == 0 or tok.i + 1 >= len(tok.doc):
        return False
    before, after = tok.doc[tok.i - 1], tok.doc[tok.i + 1]
    return before.idx + len(before) == tok.idx and tok.idx + 1 == after.idx
