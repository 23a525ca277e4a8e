"""Name forms: entity mentions cleaned into comparable keys.

Each PERSON/ORG/GPE/NORP mention of analyse's entity pass, outside page clutter, is
trimmed of function words the model glued on, stripped of titles ("Sen.", "Facebook
CEO"), "the", possessives and corporate suffixes, and keyed case-insensitively
(``name_keys.normalise_name``). Forms with the same key pool their spellings and label
votes. A mention the model cut after a function word ("Skylark In" of a festival's
"Skylark In May") is a title-cased phrase: its first words count as a work's name.
A body's name loses a person title the model ran on ("Navy Capt" of "Navy Capt. John
Arden"); a name only ever seen opening someone's title ("Valley Provincial" of "Valley
Provincial Commissioner Ali Juma") is none, nor is one only ever written inside a longer
name ("Valley Provincial" of "Valley Provincial General Hospital", ``fronts``); a body's
name run into the following person's name is split (``split_glued``); a member's noun
before a person's name is none of it (``members``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from briefing.compose.actors.clusters import NameForm, is_personish
from briefing.compose.actors.filters import headline_like, in_spans, junk_spans
from briefing.compose.actors.fronts import (
    CapitalIndex,
    always_runs_on,
    body_rest,
    cut_trailing_titles,
    mostly_a_place,
    title_after,
)
from briefing.compose.actors.genders import mention_gender
from briefing.compose.actors.given_names import with_given_names
from briefing.compose.actors.members import split_members
from briefing.compose.actors.mislabels import mislabelled_people
from briefing.compose.actors.name_keys import (
    MAX_NAME_WORDS,
    POSSESSIVE_RE,
    normalise_name,
    phrase_head,
    plausible_name,
    strip_titles,
)
from briefing.compose.actors.particles import joined_at_particles
from briefing.compose.actors.title_names import title_mentions
from briefing.compose.actors.written import word_runs
from briefing.compose.article_memo import by_article, runs_written
from briefing.compose.memo import BadValue
from briefing.lang.acronyms import DEFINED_ACRONYM_RE, DEFINED_NAME_WORDS, initials
from briefing.lang.names import (
    GOVERNMENT_WORDS,
    NAME_PARTICLES,
    NICKNAMES,
    NON_NAMING_TITLES,
    PERSON_TITLES,
    PORTFOLIO_WORDS,
)
from briefing.lang.outlets import NEWS_OUTLETS, OUTLET_TAIL_WORDS
from briefing.lang.places import LEADING_PREPOSITIONS, ORGANISATION_WORDS, PLACE_HEAD_WORDS
from briefing.model import AnalysedDocument, Corpus, Mention
from briefing.parsed import ParsedDoc, Token, tokens_at

# Entity labels of the model that can name an actor, and the actor type each suggests.
LABELS = {"PERSON": "person", "ORG": "organisation", "GPE": "country", "NORP": "group"}
# Labels that name a place, a structure or a product, counted against the same key
# (WORK_OF_ART and EVENT are left out: the small model gives them to "Peace Now").
OTHER_LABELS = {"FAC", "LOC", "PRODUCT"}
# The label counted against the first words of a title-cased phrase the model cut after a
# function word ("Skylark" of "Skylark In | May"): the name of a work or an event.
PHRASE_LABEL = "WORK_OF_ART"
# A multi-word PERSON label counts this many votes (one-word ones, and other labels, one):
# a full name is rarely mislabelled. Set by hand on the sample, not yet benchmarked.
FULL_NAME_PERSON_VOTES = 2
# How many words the name of a person run on after a body's name may have ("Ministry
# of Health Joseph Smith", "... Joseph A. Smith").
GLUED_PERSON_WORDS = (2, 3)
# Bodies whose officials the coverage names right after them with no title ("Ministry of
# Water Works Dawit Alemu"): after these the words' own shape decides, even when neither
# the body nor the person is written alone (issue 11's held-out report, twice; on the 20
# tuning and check stories no split changes).
OFFICE_HEADS = frozenset({"ministry", "department", "office", "bureau", "agency", "embassy"})
# Endings of the abstract and plural nouns that close an office's name ("Water Resources
# Development") and seldom a person's: such a word is not read as a name by shape alone.
COMMON_NOUN_ENDINGS = (
    "ment", "tion", "sion", "ness", "ity", "ance", "ence", "ship", "ism", "ure", "ing",
    "ies", "ces", "ics", "ries", "ways", "works",
)  # fmt: skip
# Words that make the start of a name a body's ("Ministry", "Party", "Foundation").
BODY_WORDS = GOVERNMENT_WORDS | ORGANISATION_WORDS
# Labels of a name that may say whose body the next name is ("Bolivia's Ministry of
# Mines", "the Colombian Ministry of Mines"), and what may stand between the two.
QUALIFIER_LABELS = {"GPE", "NORP"}
_QUALIFIES_RE = re.compile(r"(?:['’]s)?\s{1,2}")
# Characters before a mention searched for a person title ("Sen. ", "Chairman ").
# Chosen by hand in ccf42f0; not benchmarked.
TITLE_BEFORE_CHARS = 20
# Parts of speech trimmed from the edges of a mention ("Aboard Zefira").
# "Lakewood police", "Hong Kong's police": the place's police force, a body of its own.
_POLICE_AFTER_RE = re.compile(
    r"(?:['’]s)?[ \t]+(police)\b(?![ \t]+(?:station|headquarters)\b)", re.I
)
# Labels of names whose police force is named after them (not a person's "police record").
_POLICE_OWNER_LABELS = {"GPE", "ORG"}
_WEAK_POS = {"ADP", "ADV", "DET", "CCONJ", "SCONJ", "PRON", "PART", "INTJ", "VERB", "AUX"}
# A capitalised word of a person's name ("Alemu", "O'Brien", "Abu-Bakr") and an initial.
_NAME_WORD_RE = re.compile(r"[A-Z][a-z]+(?:['’-][A-Za-z][a-z]+)*")
_INITIAL_RE = re.compile(r"[A-Z]\.")


def collect_forms(corpus: Corpus) -> dict[str, NameForm]:
    """The name forms of every usable mention, by key."""
    forms: dict[str, NameForm] = {}
    carriers = story_carriers(corpus)
    other: dict[str, Counter[str]] = {}
    fronts: Counter[str] = Counter()
    for d, adoc in enumerate(corpus.docs):
        for row in article_forms(adoc):
            if row[0] == "o":
                other.setdefault(row[1], Counter())[row[2]] += 1
                continue
            _, key, surface, start, label, front, titled, qualifier, gender = row
            if is_carrier(key, carriers):
                continue
            form = forms.setdefault(key, NameForm(key))
            fronts[key] += front
            form.surfaces[surface] += 1
            form.docs.add(d)
            form.first.setdefault(d, start)  # mentions come in the order of the text
            full_person = label == "PERSON" and len(key.split()) > 1
            form.votes[label] += FULL_NAME_PERSON_VOTES if full_person else 1
            form.titled |= bool(titled)
            form.titles[titled] += bool(titled)
            if qualifier is not None:
                form.qualifiers[qualifier] += 1  # "Bolivia's Ministry"
            if gender:
                form.genders[d, gender] += 1
    for key, votes in other.items():
        if key in forms:
            forms[key].other_votes.update(votes)
    for key, n in fronts.items():
        f = forms[key]
        if n == f.votes.total() == f.votes["ORG"] and not set(f.tokens) & BODY_WORDS:
            del forms[key]  # only ever the start of someone's title: "Valley Provincial"
    texts = [d.document.text for d in corpus.docs]
    # A body's form only ever written as a part of a longer name: "Valley Provincial" of
    # "Valley Provincial General Hospital" (first words, then last words after no name).
    bodies = [f for f in forms.values() if f.votes.total() == f.votes["ORG"]]
    index = CapitalIndex(texts)
    firsts = {f.key for f in bodies if _fragment(f, index, lambda _: True)}
    named = set(forms) - firsts
    for f in bodies:
        if f.key in firsts or _fragment(f, index, lambda run: _names(run, named)):
            del forms[f.key]
        elif mostly_a_place(list(f.surfaces), index.writing(f.surfaces)):
            del forms[f.key]  # "Harbour Point" of "Harbour Point Airport": a place's
    split_glued(forms, texts)
    split_members(forms)  # "Tide Rider Amos Keller": Amos Keller
    return forms


def _fragment(f: NameForm, index: CapitalIndex, named: Callable[[str], bool]) -> bool:
    """Whether a body's form is only ever written as a part of a longer name
    (``fronts.always_runs_on``), read first in the articles the model tagged it in, and
    only in those that may write it (``index``)."""
    texts = index.texts
    own = sorted(f.docs)

    def reading(surface: str) -> list[str]:
        docs = index.holding(surface)
        if docs is None:
            order = own + [d for d in range(len(texts)) if d not in f.docs]
        else:
            order = [d for d in own if d in docs] + sorted(docs.difference(f.docs))
        return [texts[d] for d in order]

    body = bool(set(f.tokens) & BODY_WORDS)
    return always_runs_on(list(f.surfaces), list(texts), body, named, reading)


def _names(run: str, keys: set[str]) -> bool:
    """Whether capitalised words before a name end with a name of the story's ``keys``
    ("Boeing and | Airbus", "the U.S. | Navy"): a name of its own, not the first words of
    the one after it."""
    words = run.split()
    return any(normalise_name(" ".join(words[i:]))[1] in keys for i in range(len(words)))


# One mention of an article as ``collect_forms`` reads it: ["o", key, label] for a place,
# structure or product (``OTHER_LABELS``); ["f", key, surface, start, label, front, title,
# qualifier key or None, gender cue] for a plausible name outside page clutter.
FormRow = list[Any]
_STR, _INT, _BOOL = (str,), (int,), (bool,)
_FORM_ROW_TYPES = (_STR, _STR, _INT, _STR, _BOOL, _STR, (str, type(None)), _STR)


def _same_rows(rows: list[FormRow]) -> list[FormRow]:
    return rows


def decode_form_rows(data: Any) -> list[FormRow]:
    """``article_forms``'s rows as stored; ``BadValue`` unless each is one it writes."""
    if not isinstance(data, list):
        raise BadValue("a list of mention rows")
    for row in data:
        if not (isinstance(row, list) and row and row[0] in ("o", "f")):
            raise BadValue("a mention row")
        types = ((str,), (str,)) if row[0] == "o" else _FORM_ROW_TYPES
        if len(row) != len(types) + 1 or not all(
            type(x) in t for x, t in zip(row[1:], types, strict=True)
        ):
            raise BadValue("a mention row's fields")
    return data


def forms_fit(rows: list[FormRow], text: str, sentences: int) -> bool:
    """Whether each name stands in the article ``text``: its start within it, each word of
    its surface in it (but the "Police" a force's name is given) and its key the surface's,
    so a tampered entry lists no actor the article does not name."""
    for row in rows:
        if row[0] == "o":
            continue
        words = row[2].split()
        if words[-1:] == ["Police"]:
            words.pop()
        if not (0 <= row[3] <= len(text) and runs_written(words, text)):
            return False
        if normalise_name(row[2])[1] != row[1]:
            return False
    return True


@by_article("article_forms", _same_rows, decode_form_rows, forms_fit)
def article_forms(adoc: AnalysedDocument) -> list[FormRow]:
    """What ``collect_forms`` takes of each entity mention of one article, in order: all of
    it but whether the name is one of the story's carriers (which needs every article)."""
    rows: list[FormRow] = []
    text = adoc.document.text
    junk = junk_spans(adoc)
    before = None  # the mention before this one
    titles = title_mentions(text, adoc.mentions)  # "Catholic Bishop | Anselm Rook"
    mentions = [m for m in adoc.mentions if m.start not in titles]
    mentions = joined_at_particles(text, mentions)  # "Ines | dos | Reis": one name
    starts = [s.start for s in adoc.sentences]
    mentions = with_given_names(text, mentions, adoc.parse, starts)  # "Ilse | Marrow"
    people = mislabelled_people(text, mentions)
    read_to = 0  # the end of a body's name read whole past its mention
    for m in mentions:
        prev, before = before, m
        if m.start < read_to:
            continue  # "Shelter Network" of "Housing and | Shelter Network": read with it
        if m.start in people:
            m = Mention(m.text, "PERSON", m.start, m.end, m.sentence)
        if m.label in OTHER_LABELS:
            rows.append(["o", normalise_name(m.text)[1], m.label])
            continue
        if m.label not in LABELS or in_spans(junk, m.start, m.end):
            continue
        if headline_like(text, m.start):
            continue
        head = phrase_head(m.text)
        if head is not None:  # "Skylark In" of "Skylark In May": a title, not a name
            rows.append(["o", normalise_name(head)[1], PHRASE_LABEL])
            continue
        raw = _trim_mention(adoc.parse, m.start, m.end) or m.text
        whole = continued_name(text, m.start, m.end) if m.label == "ORG" else None
        raw = whole or raw
        surface, key, _ = normalise_name(raw)
        front = False  # the first words of a title: "Navy Capt.", "Valley Provincial"
        if m.label == "ORG" and not whole:  # "... Maritime Justice (CHPMJ)": all its name
            surface, front = cut_trailing_titles(surface, text, m.end)
            front = front or title_after(text, m.end)
            rest = None if front else body_rest(text[m.start : m.end], text, m.end)
            if rest is not None:  # "Valley Provincial | Government": the whole name
                surface, read_to = normalise_name(text[m.start : rest])[0], rest
            key = normalise_name(surface)[1]
        titled = ""  # the person title before the name ("sen")
        if m.label == "PERSON" or _preceded_by_title(text, m.start):
            surface, titled = strip_titles(surface)
            surface = surface.split(" of ")[0]  # "Mark Warner of Virginia"
            _, key, _ = normalise_name(surface)
            titled = titled or _preceded_by_title(text, m.start)
        label = m.label
        police = _POLICE_AFTER_RE.match(text, m.end)
        if police and label in _POLICE_OWNER_LABELS and not key.endswith("police"):
            # The force, not the place: "Lakewood's police said" is no act of Lakewood.
            surface = POSSESSIVE_RE.sub("", surface) + " Police"
            key = normalise_name(surface)[1]
            label = "ORG"
        longest = DEFINED_NAME_WORDS if whole else MAX_NAME_WORDS
        if not plausible_name(surface, key, longest):
            continue
        qualifier = normalise_name(prev.text)[1] if _qualifies(text, prev, m) else None
        gender = mention_gender(text, m.start, m.end) if label == "PERSON" else ""
        rows.append(["f", key, surface, m.start, label, front, titled, qualifier, gender])
    return rows


def continued_name(text: str, start: int, end: int) -> str | None:
    """The whole name of a body the model cut short, when the text goes on with more of
    its name and then defines its acronym ("... Narcotic Trade and Maritime | Safety
    (CNTMS)", cut at a line break or before "and"/"of"): the name run from the mention's
    start up to the bracket, if the acronym spells the initials of its closing words from
    one the model kept on; else None."""
    if text.startswith(("the ", "The "), start):
        start += 4
    d = DEFINED_ACRONYM_RE.match(text, start)
    if d is None or not d["how"].strip() or d.end("name") <= end:
        return None
    words = normalise_name(d["name"])[1].split()
    past = len(normalise_name(text[start:end])[1].split())  # words the model kept
    short = d["short"].lower()
    if any(initials(words[i:]) == short for i in range(min(past, len(words)))):
        return " ".join(d["name"].split())
    return None


def _qualifies(text: str, prev: Mention | None, m: Mention) -> bool:
    """Whether the mention before a body's name says whose body it is."""
    if m.label != "ORG" or prev is None or prev.label not in QUALIFIER_LABELS:
        return False
    return bool(_QUALIFIES_RE.fullmatch(text, prev.end, m.start))


def split_glued(forms: dict[str, NameForm], texts: Sequence[str] = ()) -> None:
    """A body's name the model ran into the name of the person after it ("Ministry of
    Water Joseph Nowak": an official named after his ministry) is
    two names: the body's words count for the body, the rest for the person."""
    persons = [f for f in forms.values() if is_personish(f)]
    full_keys = {f.key for f in persons if len(f.tokens) > 1}
    surnames = {f.tokens[-1] for f in persons}
    first_names = {f.tokens[0] for f in persons if len(f.tokens) > 1} | set(NICKNAMES.values())
    splits: list[tuple[list[str], list[str]]] = []  # (body, person) words of each split
    for f in list(forms.values()):
        n_words = len(f.tokens)
        if is_personish(f) or n_words < 1 + min(GLUED_PERSON_WORDS):
            continue
        for n in sorted(n_words - k for k in GLUED_PERSON_WORDS if n_words - k >= 1):
            tail = f.tokens[n:]
            # "Ministry of Health chief Joseph Smith": the title is neither's name.
            cut = n
            while cut > 0 and f.tokens[cut - 1] in PERSON_TITLES:
                cut -= 1
            head = f.tokens[:cut]
            if not (set(head) & BODY_WORDS) or head[-1] in NAME_PARTICLES:
                continue
            # The person is named so elsewhere, or by a first name and a surname that
            # the texts give a person; or, named nowhere else, after a title or after
            # the body's name as the texts write it alone, or before a surname the texts
            # give a person alone, in words that read as a person's name ("Ministry of
            # Health Dawit Alemu").
            person = " ".join(tail) in full_keys or (
                tail[0] in first_names and tail[-1] in surnames
            )
            alone = tail[-1] in forms and is_personish(forms[tail[-1]])  # "Alemu said"
            if not person and (
                cut < n or " ".join(head) in forms or alone or _office_and_name_words(head, tail)
            ):
                person = _personal_words(f, n, texts)
            if person:
                del forms[f.key]
                _add_parts(forms, f, cut, n)
                splits.append((f.tokens[:cut], f.tokens[n:]))
                break
    # Where the model cut the same run inside the person's name ("Ministry of Water
    # Wondimu | Tekle Gebre said"), the cut run is the body and the person's first words.
    for head, person in splits:
        for k in range(1, len(person)):
            g = forms.get(" ".join(head + person[:k]))
            if g is not None and not is_personish(g):
                del forms[g.key]
                _add_parts(forms, g, len(head), len(head))


def _office_and_name_words(head: list[str], tail: list[str]) -> bool:
    """Whether ``head`` is an office's name and ``tail`` two or three words: a first name,
    maybe a middle or father's name, and a surname read by their shape alone. None may be
    a portfolio's word ("... Social | Welfare Dawit Alemu") or end like a common noun (a
    longer tail may hold the body's last word: "... National | Waterworks Daniel Abera")."""
    return (
        bool(set(head) & OFFICE_HEADS)
        and len(tail) in GLUED_PERSON_WORDS
        and not any(w.endswith(COMMON_NOUN_ENDINGS) or w in PORTFOLIO_WORDS for w in tail)
    )


def _personal_words(f: NameForm, n: int, texts: Sequence[str]) -> bool:
    """Whether the words of ``f`` from ``n`` on read as a person's name in every way it
    is written: capitalised words or initials ending in a word, none a body's or a
    place's word, none written in lower case anywhere in the texts ("Clinical Center",
    "Water Resources" are no one's name)."""
    for surface in f.surfaces:
        words = surface.split()[n:]
        if len(words) != len(f.tokens) - n or not _NAME_WORD_RE.fullmatch(words[-1]):
            return False
        for w in words:
            if not (_NAME_WORD_RE.fullmatch(w) or _INITIAL_RE.fullmatch(w)):
                return False
            low = w.lower()
            if low in BODY_WORDS or low in PLACE_HEAD_WORDS or low in PERSON_TITLES:
                return False
            if _written_in(low, texts):
                return False
    return True


# A word that is one run of ASCII letters: written in ``texts`` where a run of word
# characters is that word.
_LETTERS_RE = re.compile(r"[a-z]+")


def _written_in(word: str, texts: Sequence[str]) -> bool:
    """Whether ``re.search(rf"\b{re.escape(word)}\b", text)`` finds it in one of the
    texts: for a word of letters, a set lookup of the texts' runs of word characters
    (each search scanned all the texts: 19 of them cost ~0.5 CPU s in
    benchmarks/scale.py's 875 articles), kept across builds (``written.word_runs``)."""
    if _LETTERS_RE.fullmatch(word):
        return word in word_runs(texts)
    pattern = re.compile(rf"\b{re.escape(word)}\b")
    return any(pattern.search(text) for text in texts)


def _add_parts(forms: dict[str, NameForm], f: NameForm, cut: int, n: int) -> None:
    """The counts of a glued form ``f`` moved to its first ``cut`` words (a body) and its
    words from ``n`` on (a person)."""
    for s, count in f.surfaces.items():
        words = s.split()
        if len(words) != len(f.tokens):
            continue  # written with a symbol its key spells out ("&"): not split
        for part, label in ((words[:cut], "ORG"), (words[n:], "PERSON")):
            key = normalise_name(" ".join(part))[1]
            g = forms.setdefault(key, NameForm(key))
            g.surfaces[" ".join(part)] += count
            g.docs |= f.docs
            for d, start in f.first.items():
                g.first[d] = min(start, g.first.get(d, start))
            g.votes[label] += count * (FULL_NAME_PERSON_VOTES if label == "PERSON" else 1)


def story_carriers(corpus: Corpus) -> set[str]:
    """Keys of every source's outlet and author: who carries the story is no party to it."""
    keys = set(NEWS_OUTLETS)
    for adoc in corpus.docs:
        for name in (adoc.document.outlet, adoc.document.author):
            if name:
                key = normalise_name(name)[1]
                keys.add(key)
                keys.add(key.removeprefix("the "))
    return keys


def is_carrier(key: str, carriers: set[str]) -> bool:
    """An outlet, wire service or bylined author of the story."""
    return key in carriers or key.endswith(OUTLET_TAIL_WORDS)


def _trim_mention(sdoc: ParsedDoc | None, start: int, end: int) -> str | None:
    """Entity text without function words glued on by the model ("Aboard Zefira")."""
    span = tokens_at(sdoc, start, end, alignment_mode="contract")
    if span is None:
        return None
    tokens = list(span)
    # A preposition opening a sentence, whatever its tag ("Aboard Zefira"), is no name's;
    # a word hyphenated to the next is ("Per-Ola Marrow", its "Per" tagged a preposition).
    while (
        len(tokens) > 1
        and not (len(tokens) > 2 and not tokens[0].whitespace_ and tokens[1].text == "-")
        and (
            (tokens[0].pos_ in _WEAK_POS and tokens[0].lower_ != "the")
            or tokens[0].lower_ in LEADING_PREPOSITIONS
        )
        and not _capital_article_mid_sentence(sdoc, tokens[0])
    ):
        tokens = tokens[1:]
    while len(tokens) > 1 and tokens[-1].pos_ in _WEAK_POS - {"PART"}:
        tokens = tokens[:-1]
    # A shouted headline word before a normal name ("TOWEL America Online").
    if len(tokens) > 2 and tokens[0].is_upper and len(tokens[0]) >= 4 and tokens[1].is_title:
        tokens = tokens[1:]
    # Span.text is O(span); Doc.text would rebuild the whole document on every call.
    return sdoc[tokens[0].i : tokens[-1].i + 1].text


def _capital_article_mid_sentence(sdoc: ParsedDoc, t: Token) -> bool:
    """Whether ``t`` is "An" or "A" written with a capital inside a sentence (after a
    word or a comma): no article there, but a name's first word ("police took An Lin
    away": the family name An)."""
    if t.text not in ("An", "A") or t.i == 0:
        return False
    before = sdoc[t.i - 1]
    return before.text[-1:].isalnum() or before.text == ","


def _preceded_by_title(text: str, start: int) -> str:
    before = text[max(0, start - TITLE_BEFORE_CHARS) : start].split()
    title = before[-1].lower().rstrip(".") if before else ""
    return title if title in PERSON_TITLES - NON_NAMING_TITLES else ""
