"""The first words of someone's title, or of a body's name, that the model took for a name.

"Navy Capt. John Arden": the model's body "Navy Capt" loses the title it ran on
(``cut_trailing_titles``); "Valley Provincial | Medical Officer Omar Keller": the mention
"Valley Provincial" only opens a title (``title_after``). ``forms`` counts such mentions,
and a name only ever seen so is no actor. "Valley Provincial | Government", "Royal
Horticultural | Society": the mention stops before the head noun that closes the body's
name, and the whole name is the form (``body_rest``). A name the articles only ever write
with more capitalised words after it ("Valley Provincial | General Hospital", "Harbor
Health | Trust Fund"), or only a body's words with "of" and a name ("Group | of Seven"), is
the first words of a longer name, whatever follows; one only ever written after more of a
name ("Kilindi Teaching and | Referral Hospital") its last words: no name of its own
(``always_runs_on``).
A body's name written more often as the first words of a place's ("Harbour Point |
Airport") than alone is that place's short form ("fly out of Harbour Point"): no actor
either (``mostly_a_place``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence

from briefing.compose.word_starts import starts
from briefing.lang.months import CALENDAR_WORDS
from briefing.lang.names import (
    ACRONYM_SKIP,
    CORPORATE_SUFFIXES,
    GOVERNMENT_WORDS,
    NON_NAMING_TITLES,
    OFFICE_TITLES,
    PERSON_TITLES,
)
from briefing.lang.places import ORGANISATION_WORDS, PLACE_HEAD_WORDS

# Capitalised words before a title word ("Medical Officer"); set by hand on issue 11's
# held-out report ("<Region> Provincial" of "<Region> Provincial Medical Officer", top 10).
TITLE_LEAD_WORDS = 2
# A title's capitalised words after a mention ("Valley Provincial | Medical Officer"), and
# the capital of a name after them, on the same line.
_TITLE_AFTER_RE = re.compile(
    rf"((?:[ \t]+[A-Z][a-z]+\.?){{1,{TITLE_LEAD_WORDS + 1}}})([ \t]+[A-Z])?"
)
# Capitalised words after a mention, on the same line, searched for the head noun that
# closes a body's name ("Harnby Provincial | Government", "Lakeland Hotel and |
# Innkeepers Association"). Set by hand on issue 11's held-out report; on the 20 tuning and
# check stories the rule reads three names whole, none of them in a top 20.
BODY_REST_WORDS = 3
_BODY_REST_RE = re.compile(rf"(?:[ \t]+[A-Z][a-z]+){{1,{BODY_REST_WORDS}}}")
# Head nouns that close a body's name (GOVERNMENT_WORDS less the ones that only qualify
# one, "Federal", "State", "White"), and the words a name is never cut after but before
# its head noun: a connective, or an adjective ending in -al ("Provincial", "Horticultural").
BODY_HEAD_NOUNS = (ORGANISATION_WORDS | GOVERNMENT_WORDS | {"hospital"}) - {
    "federal", "state", "white", "parliamentary", "military", "marine", "house", "senate",
}  # fmt: skip
_CUT_AFTER = {"and", "of", "for"}
_NAME_GOES_ON_RE = re.compile(r"[ \t]+(?:of|for|and|on)[ \t]+(?:the[ \t]+)?[A-Z]")
_ADJECTIVE_ENDING = "al"
# A person's name right after a title ("Navy Capt. | John Arden"), on the same line.
_NAME_AFTER_RE = re.compile(r"\.?[ \t]+[A-Z]")


def cut_trailing_titles(surface: str, text: str, end: int) -> tuple[str, bool]:
    """A body's name without the person title the model ran on ("Navy Capt" of "Navy
    Capt. John Arden"), and whether there was one. A title is one when a name follows in
    the text (at ``end``), or, with no name after it, when it is an office's ("the Valley
    Provincial Medical Officer said"); never one after "of" or "and": "Department of
    Justice said", "Court of Justice (ICJ)" end with a word of the body's name."""
    titles = PERSON_TITLES if _NAME_AFTER_RE.match(text, end) else OFFICE_TITLES
    words = surface.split()
    cut = len(words)
    while cut > 1 and words[cut - 1].lower().rstrip(".") in titles:
        if words[cut - 2].lower() in ACRONYM_SKIP:
            return surface, False
        cut -= 1
    return " ".join(words[:cut]), cut < len(words)


def title_after(text: str, end: int) -> bool:
    """Whether a title, perhaps after a few other capitalised words, follows a mention:
    a person title and a name ("Valley Provincial | Commissioner Omar Keller", "| Medical
    Officer Omar Keller"), or an office's title on its own ("| Medical Officer said")."""
    m = _TITLE_AFTER_RE.match(text, end)
    if not m:
        return False
    words = [w.lower().rstrip(".") for w in m.group(1).split()]
    named = words if m.group(2) else words[:-1]  # the title words a capital follows
    return bool(set(named) & (PERSON_TITLES - NON_NAMING_TITLES)) or words[-1] in OFFICE_TITLES


def body_rest(written: str, text: str, end: int) -> int | None:
    """The end of a body's whole name when the mention ``written`` (ending at ``end``)
    stops before its closing words: its last word a connective or an adjective in -al,
    and up to BODY_REST_WORDS capitalised words after it, on the same line, the last of
    them a body's head noun ("Valley Provincial | Government said"); else None."""
    last = written.split()[-1].lower() if written.split() else ""
    if last not in _CUT_AFTER and not (last.endswith(_ADJECTIVE_ENDING) and last.isalpha()):
        return None
    m = _BODY_REST_RE.match(text, end)
    if not m:
        return None
    words = list(re.finditer(r"[A-Za-z]+", m.group(0)))
    heads = [w for w in words if w.group(0).lower() in BODY_HEAD_NOUNS]
    if not heads or _NAME_GOES_ON_RE.match(text, end + heads[-1].end()):
        return None  # "Federal | Bureau of Investigation": where it ends is not read here
    return end + heads[-1].end()


# The capitalised words that go on with a name on its line ("Valley Provincial | General
# Hospital"), a connective between them allowed ("... | Ministry of Health"); at most
# RUN_ON_WORDS of them are read, enough to reach a body's head noun (BODY_REST_WORDS and
# one more, for "of").
RUN_ON_WORDS = BODY_REST_WORDS + 1
_CAPITAL_WORD = r"[A-Z][\w'’-]*"
_RUN_ON_RE = re.compile(
    rf"[ \t]+({_CAPITAL_WORD}(?:[ \t]+(?:(?:of|and|for|on)[ \t]+)?{_CAPITAL_WORD})"
    rf"{{0,{RUN_ON_WORDS - 1}}})"
)
# Words after a name that are no more of another name: a company's suffix ("Acme | Inc"),
# the pronoun "I".
_NOT_RUN_ON = CORPORATE_SUFFIXES | {"i"}


# A body's name going on after a mention with "of" and a capitalised word ("Group | of
# Seven", "Bank | of Harnby"): a mention of only a body's words ("Group", "Central Bank")
# is then the name's first words, whatever follows; a name of its own may be followed so
# ("Vell Institute | of the University of Harnby": where it is, or whose).
_OF_NAME_RE = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z]")
_GENERIC_WORDS = frozenset(w.lower() for w in ORGANISATION_WORDS | GOVERNMENT_WORDS)


def run_on(text: str, end: int) -> list[str] | None:
    """The capitalised words right after a name that ends at ``end``, lower-cased, when the
    name goes on with them on its line ("Valley Provincial | General Hospital said" ->
    ["general", "hospital"]); None when it does not: a lower-case word, punctuation, a
    line break, a company's suffix after it, or a name ending in a full stop ("Acme
    Corp. | The ...": a new sentence)."""
    if end == 0 or text[end - 1] == ".":
        return None
    m = _RUN_ON_RE.match(text, end)
    if not m:
        return None
    words = [w.lower() for w in m.group(1).split()]
    return None if words[0].rstrip(".") in _NOT_RUN_ON else words


# Capitalised words (up to RUN_ON_WORDS) right before a name on its line, perhaps with a
# connective after them ("Kilindi Teaching and | Referral Hospital"); and what ends the
# sentence before a word that may only be capitalised as the sentence's first.
_RUN_IN_RE = re.compile(
    rf"(?<![\w&'’.-])(?P<run>(?:[A-Z][\w&.-]*[ \t]+){{1,{RUN_ON_WORDS}}})"
    r"(?:(?:and|of|for|&)[ \t]+)?$"
)
# A word that describes the name after it ("Dorfield-based", "state-owned"), and articles.
_DESCRIBING_RE = re.compile(r"-[a-z]+$")
_ARTICLES = frozenset({"the", "a", "an"})
_SENTENCE_END = tuple(".!?:;\"'“”‘’_-(")


def run_in(text: str, start: int) -> str | None:
    """The capitalised words right before a name that starts at ``start``, on its line
    and not opening a sentence ("Kilindi Teaching and | Referral Hospital" -> "Kilindi
    Teaching"); None when there are none: a lower-case word, punctuation, a possessive
    ("Vell's | Referral Hospital"), a title ("CEO of | Dorfield Motors"), a describing
    word ("the Dorfield-based | Harbour Trust"), a month or a day ("in June for | ..."),
    an article ("at The | Willow Bend Nursery") or only a sentence's first word ("Then |
    Dorfield")."""
    line = text.rfind("\n", 0, start) + 1
    m = _RUN_IN_RE.search(text, _tokens_back(text, line, start, RUN_ON_WORDS + 2), start)
    if not m:
        return None
    words = m["run"].split()
    if words[-1].lower().rstrip(".") in PERSON_TITLES | OFFICE_TITLES:
        return None  # "CEO of | Dorfield Motors": someone's title, then a name of its own
    if _DESCRIBING_RE.search(words[-1]) or {w.lower() for w in words} & CALENDAR_WORDS:
        return None  # "the Dorfield-based | Harbour Trust", "in June for | Harbour Trust"
    before = m.start()
    while before > line and text[before - 1].isspace():
        before -= 1
    if before == line or text[before - 1] in _SENTENCE_END:
        words = words[1:]  # the sentence's first word may be any word
    while words and words[0].lower() in _ARTICLES:
        words = words[1:]  # "at The | Willow Bend Nursery": the name's own article
    return " ".join(words) or None


def _tokens_back(text: str, line: int, end: int, tokens: int) -> int:
    """Where the last ``tokens`` runs of characters other than spaces and tabs before
    ``end`` begin, no further back than ``line``. ``_RUN_IN_RE`` matches no more of them
    than ``RUN_ON_WORDS`` and a connective, so ``run_in`` searches no further: searching
    a whole line took time growing with the square of an article with no line breaks
    (22 CPU s for one of 2,500 sentences)."""
    at = end
    for _ in range(tokens):
        while at > line and text[at - 1] in " \t":
            at -= 1
        while at > line and text[at - 1] not in " \t":
            at -= 1
    return at


def always_runs_on(
    surfaces: list[str],
    texts: list[str],
    body: bool,
    named: Callable[[str], bool],
    reading: Callable[[str], Iterable[str]] | None = None,
) -> bool:
    """Whether every time the articles write one of ``surfaces`` (a whole word or words,
    at least once), it is part of a longer capitalised name: more capitalised words go on
    with it (``run_on``: its first words), or come before it (``run_in``: its last
    words) and are no name of their own (``named``: "Boeing and | Airbus" is a list,
    "U.S. | Navy" the Navy of a country). A name holding a body's word (``body``:
    "Ministry of Health | Permanent Secretary") is a name's first words only when what
    goes on closes a body's name ("Parliamentary Health | Committee"). ``reading``: the
    texts to read for a surface, those of ``texts`` that may write it (``CapitalIndex``);
    by default all of them."""
    seen = False
    for surface in surfaces:
        generic = all(w.lower() in _GENERIC_WORDS for w in surface.split())
        for text in texts if reading is None else reading(surface):
            if surface not in text:
                continue  # (most articles: a substring test is far cheaper than the search)
            for start in written_whole(surface, text):
                words = run_on(text, start + len(surface))
                if words is not None and (not body or set(words) & BODY_HEAD_NOUNS):
                    seen = True
                    continue
                if generic and _OF_NAME_RE.match(text, start + len(surface)):
                    seen = True  # "Group | of Seven": the first word of a body's name
                    continue
                before = run_in(text, start)
                if before is None or named(before):
                    return False
                seen = True
    return seen


def written_whole(surface: str, text: str) -> Iterator[int]:
    """Where ``text`` writes ``surface`` with no word character, apostrophe or hyphen
    before it and no word character or hyphen after it, left to right and not
    overlapping: what ``re.finditer`` of ``(?<![\\w'’-])surface(?![\\w-])`` finds, without
    compiling a pattern per name (a second run over benchmarks/scale.py's 880 articles
    compiled ~3,400, most of ``collect_forms``'s time), nor reading a text asked of many
    names once per name (``word_starts``: an article of thousands of names). A word
    character is one ``str.isalnum`` accepts, or "_", as for ``\\w``."""
    if not surface:  # an empty name is found between any two characters the pattern allows
        yield from (m.start() for m in re.finditer(r"(?<![\w'’-])(?![\w-])", text))
        return
    n, end = len(surface), len(text)
    free = 0  # where a match may start: none overlaps the one before
    for at in starts(surface, text, _GLUED_BEFORE):
        after = text[at + n] if at + n < end else ""
        if at < free or (after and (after.isalnum() or after in _GLUED_AFTER)):
            continue
        yield at
        free = at + n


# The capitalised word right after a name, on the same line: a place's head noun there
# ("Harbour Point | Airport") makes the name the first words of a place's.
_NEXT_WORD_RE = re.compile(r"[ \t]+([A-Z][a-z]+)\b")


def mostly_a_place(surfaces: list[str], texts: Iterable[str]) -> bool:
    """Whether the articles write a body's name (any of ``surfaces``) more often as the
    first words of a place's name, a place's head noun right after it ("Harbour Point |
    Airport", "Corran | Stadium"), than without one: the place's short form (DUC 2004
    d30040t: an airport's first words, the model's organisation, at rank 10), not a body
    that acts. Twice at least, so one "Corran Stadium" beside one "Corran" is not enough."""
    place = alone = 0
    for text in texts:
        for surface in surfaces:
            if surface not in text:
                continue
            for start in written_whole(surface, text):
                after = _NEXT_WORD_RE.match(text, start + len(surface))
                if after is not None and after[1].lower() in PLACE_HEAD_WORDS:
                    place += 1
                else:
                    alone += 1
    return place >= 2 and place > alone


# What may not touch a name searched whole, besides letters and digits (``written_whole``).
_GLUED_BEFORE = "_'’-"
_GLUED_AFTER = frozenset("_-")


# A capitalised run of word characters: how a name's first word stands in a text (a run
# inside a word, "Phone" of "iPhone", is found too, which costs nothing: no name opens so).
_CAPITAL_RUN_RE = re.compile(r"[A-Z]\w*")


class CapitalIndex:
    """Which texts write each capitalised run of word characters ("Valley", "U"), to find
    the texts that may write a name without reading every text for each name.

    A text where ``always_runs_on``'s search finds a surface opening with such a run
    writes that run whole (nothing of a word before the match, nor after the run, which
    the surface itself ends or goes on from with no word character): the texts not
    writing it are skipped, and the answer is the same. Over benchmarks/scale.py's 880
    articles each body's form had every text searched for it (~1.7 ms a surface)."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = texts
        self._where: dict[str, set[int]] | None = None  # run -> texts, made when first asked

    def holding(self, surface: str) -> set[int] | None:
        """The indices of the texts that may write ``surface``; None: any may (it opens
        with no capitalised run)."""
        m = _CAPITAL_RUN_RE.match(surface)  # the whole run: ``\w*`` takes every word character
        if m is None:
            return None
        if self._where is None:
            self._where = {}
            for i, text in enumerate(self.texts):
                for run in set(_CAPITAL_RUN_RE.findall(text)):
                    self._where.setdefault(run, set()).add(i)
        return self._where.get(m[0], set())

    def writing(self, surfaces: Iterable[str]) -> list[str]:
        """The texts that may write any of ``surfaces`` (``holding``), in order."""
        docs: set[int] = set()
        for surface in surfaces:
            held = self.holding(surface)
            if held is None:
                return list(self.texts)
            docs |= held
        return [self.texts[d] for d in sorted(docs)]
