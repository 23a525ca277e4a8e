"""Counting: every occurrence of every alias of every cluster, in every document.

The small model misses many repeats of a name it found elsewhere (it tags "Facebook"
only now and then), so each alias is searched in all texts, longest alias first,
outside page clutter and the document's own outlet name. ``AliasFinder`` finds what one
regex alternation of all aliases would, by a dictionary lookup of the word each alias
begins with (a story of 875 articles has thousands of aliases: the alternation tried
every one of them at every character, 70 s CPU; issue 13).
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterator

from briefing.compose.actors.alias_runs import MANY_ALIASES, Narrowed
from briefing.compose.actors.clusters import Cluster, Match
from briefing.compose.actors.filters import in_spans
from briefing.compose.actors.genders import TITLE_REACH_CHARS
from briefing.compose.actors.surnames import LastFullName, SurnameOwners
from briefing.compose.article_memo import (
    article_memo,
    decode_spans,
    encode_spans,
    named_spans_fit,
)
from briefing.lang.genders import FEMALE_TITLES, MALE_TITLES
from briefing.lang.names import ACRONYM_SKIP, PERSON_TITLES
from briefing.lang.places import METONYMS, PLACE_HEAD_WORDS, PLACE_LINKS
from briefing.model import AnalysedDocument, Corpus

# Aliases this short (or written in capitals) must match their exact spelling: "US" is
# not "us", "AP" not "Ap".
# Chosen by hand in ccf42f0; not benchmarked.
EXACT_MAX_CHARS = 3
# A name followed by a capitalised place word is part of a place's name; one followed by
# "Flight 207" or a bare number names a flight or a model ("Nordair Flight 207",
# "Skyline 412", "Boeing 767"), not the company's doing.
_PLACE_AFTER_RE = re.compile(
    r"\s+(?:(?:International\s+|Air\s+Force\s+|Naval\s+|Memorial\s+)?(?:"
    + "|".join(sorted(w.title() for w in PLACE_HEAD_WORDS))
    + r")\b|Flight\s+\d|\d+\b(?![,.]\d))"
)

# A seat of power that is also a state's name, written as the state ("Washington state",
# "the state of Washington"), or as a city with its district ("Washington, D.C."): the
# state or the place, not the country it stands for elsewhere. Read
# on TUNING D0601A and CHECK D0633F, where such mentions counted for the United States.
_STATE_AFTER_RE = re.compile(r"[ \t]+state\b|,?[ \t]+D\.[ \t]?C\.")
_STATE_OF_BEFORE_RE = re.compile(r"\bstate[ \t]+of[ \t]+$", re.I)
# Chosen by hand in b029287 ("the state of " and a little); not benchmarked.
STATE_OF_CHARS = 12  # read before a name for "state of "


# A dot between two letters or digits, and a file's extension at the end of a token.
_INNER_DOT_RE = re.compile(r"(?<=\w)\.(?=\w)")
_INITIALS_RE = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]?\.?")
_FILE_EXTENSION_RE = re.compile(r"\w\.(?:exe|com|bat|doc|vbs|zip|scr|pif|js|dll)$")


def _alias_pattern(surface: str) -> str:
    """A name as a regex that tolerates line breaks and double spaces between its words."""
    return r"\s+".join(re.escape(w) for w in surface.split())


_WORD_RE = re.compile(r"\w+")
# Characters read past an alias's length when comparing its words with the text's: more
# spaces than this between its words and ``_match`` is asked anyway.
# Chosen by hand in f4f3313, a speed change (benchmarks/scale.py: the same 38,911 occurrences).
WINDOW_SPACES = 8


class AliasFinder:
    r"""Every occurrence of the aliases in a text, as ``re.finditer`` of
    ``(?<![\w@#])(?:alias1|alias2|...)(?!\w)`` (case-insensitive, aliases in priority
    order, each word break of an alias matching any whitespace) finds them: left to right,
    never overlapping, the first alias in order that matches at a place wins.

    An alias starting with a word character can only match where a run of word
    characters starts (a word character before it fails the look-behind) and that run
    must be the alias's own first run, so the aliases are kept by that run in lower case
    and each run of the text looks up its few candidates.
    """

    def __init__(self, aliases: list[str]) -> None:
        self.by_run: dict[str, list[tuple[str, bool]]] = defaultdict(list)
        self.patterns: dict[str, re.Pattern[str]] = {}
        self.words: dict[str, tuple[str, ...] | None] = {}  # ``_match``: None if not ASCII
        # An ASCII alias of several words in lower case with single spaces: an ASCII text
        # holds it at a place only where, so written, it starts with these characters.
        self.spaced = {
            a: " ".join(a.lower().split()) for a in aliases if a.isascii() and len(a.split()) > 1
        }
        other: list[str] = []  # aliases beginning with a non-word character ("'Ndrangheta")
        for alias in aliases:
            words = alias.split()
            if not words:
                continue  # an empty pattern finds nothing the lookup would accept
            run = _WORD_RE.match(words[0])
            if run is None:
                other.append(alias)
            else:
                plain = len(words) == 1 and run.end() == len(words[0])
                self.by_run[run.group(0).lower()].append((alias, plain))
        self.longest = {run: max(len(a) for a, _ in group) for run, group in self.by_run.items()}
        # A run opening many aliases: those a place may hold, by the words there.
        self.narrowed = {
            run: Narrowed(group, self.spaced)
            for run, group in self.by_run.items()
            if len(group) > MANY_ALIASES
        }
        # What every article's ``reading`` digest starts from: the aliases no run holds.
        self._others_read = hashlib.sha256(repr(tuple(other)).encode("utf-8", "surrogatepass"))
        self._runs_read: dict[str, bytes] | None = None  # ``reading``: each run's aliases
        self.other = (
            re.compile(
                r"(?<![\w@#])(?:" + "|".join(_alias_pattern(a) for a in other) + r")(?!\w)",
                re.IGNORECASE,
            )
            if other
            else None
        )

    def finditer(self, text: str) -> Iterator[tuple[int, int]]:
        """(start, end) of each occurrence, in order.

        The runs are read from the text in lower case when lowering keeps every character
        one character (the runs and their places are then the same): most runs begin no
        alias and are passed over at once (benchmarks/scale.py's 875 articles: 518,000
        runs, 85,000 that begin one). Only a capital sigma lowers by its context.
        """
        end = 0
        other = self._other(text, 0)  # the first non-word alias's match at or after end
        low = text.lower()
        same = len(low) == len(text) and "Σ" not in text
        for run in _WORD_RE.finditer(low if same else text):
            key = run.group(0) if same else run.group(0).lower()
            found = self.by_run.get(key)
            if found is None:
                continue
            start = run.start()
            while other is not None and other.start() < start:
                end = other.end()
                yield other.start(), end
                other = self._other(text, end)
            if start < end or start and text[start - 1] in "@#":
                continue
            window: str | None = None
            narrowed = self.narrowed.get(key)
            if narrowed is not None:
                window = self._window(text, start, self.longest[key])
                picked = narrowed.candidates(window)
                found = found if picked is None else picked
            for alias, plain in found:
                if plain:  # the whole run is the alias; the next character is no word's
                    end = run.end()
                else:
                    if window is None:
                        window = self._window(text, start, self.longest[key])
                    spaced = self.spaced.get(alias)
                    if spaced and len(window) >= len(spaced) and not window.startswith(spaced):
                        continue  # its words are not there, whatever the spaces
                    stop = self._match(alias, text, start)
                    if stop is None:
                        continue
                    end = stop
                yield start, end
                if other is not None and other.start() < end:
                    other = self._other(text, end)
                break
        while other is not None:
            end = other.end()
            yield other.start(), end
            other = self._other(text, end)

    def reading(self, text: str) -> str:
        """A digest of what ``finditer(text)`` reads of the aliases: those of the runs the
        text holds (in their order) and those opening with no word character. A text
        whose digest under other aliases is the same gives the same occurrences, so an
        article's are remembered by it (``alias_spans``): a story that grows adds aliases,
        and most of its articles hold none of the new ones."""
        low = text.lower()
        runs = _WORD_RE.findall(low)
        if not (len(low) == len(text) and "Σ" not in text):
            runs = [r.lower() for r in _WORD_RE.findall(text)]
        if self._runs_read is None:
            self._runs_read = {
                run: repr((run, group)).encode("utf-8", "surrogatepass")
                for run, group in self.by_run.items()
            }
        held = sorted(self._runs_read.keys() & set(runs))
        digest = self._others_read.copy()
        digest.update(b"\x1f".join(map(self._runs_read.__getitem__, held)))
        return digest.hexdigest()

    @staticmethod
    def _window(text: str, start: int, longest: int) -> str:
        """The text from ``start`` in lower case with single spaces, as far as the longest
        alias of the run (and ``WINDOW_SPACES`` more characters) reaches; "" if not ASCII."""
        piece = text[start : start + longest + WINDOW_SPACES]
        return " ".join(piece.lower().split()) if piece.isascii() else ""

    def _other(self, text: str, pos: int) -> re.Match[str] | None:
        return self.other.search(text, pos) if self.other else None

    def _match(self, alias: str, text: str, start: int) -> int | None:
        """Where ``alias`` written at ``start`` ends (``_pattern(alias).match``), or None.

        An alias in ASCII is compared word by word where the text is ASCII too (there
        IGNORECASE is ``str.lower``, ``\\s`` is ``str.isspace``, ``\\w`` is ``str.isalnum`` or
        "_"); compiling a pattern for each was ~1,800 compiles in a build of 880 articles.
        Elsewhere ("Kelvin" with a Kelvin sign, "ſ") the pattern decides."""
        if alias not in self.words:
            self.words[alias] = tuple(alias.lower().split()) if alias.isascii() else None
        words = self.words[alias]
        if words is None:
            return self._regex_match(alias, text, start)
        pos, n = start, len(text)
        for i, word in enumerate(words):
            if i:
                if pos >= n or not text[pos].isspace():
                    return None
                while pos < n and text[pos].isspace():
                    pos += 1
            piece = text[pos : pos + len(word)]
            if not piece.isascii():
                return self._regex_match(alias, text, start)
            if piece.lower() != word:
                return None
            pos += len(word)
        if pos < n and (text[pos].isalnum() or text[pos] == "_"):
            return None
        return pos

    def _regex_match(self, alias: str, text: str, start: int) -> int | None:
        m = self._pattern(alias).match(text, start)
        return None if m is None else m.end()

    def _pattern(self, alias: str) -> re.Pattern[str]:
        if alias not in self.patterns:
            self.patterns[alias] = re.compile(_alias_pattern(alias) + r"(?!\w)", re.IGNORECASE)
        return self.patterns[alias]


# Where an article writes the story's aliases, by article and ``AliasFinder.reading``
# (stored in its cache entry). A stored span only says where to look: ``count_mentions``
# takes it only where the text there is one of the story's aliases.
_SPANS = article_memo("alias_spans", __name__, encode_spans, decode_spans, named_spans_fit)


def alias_spans(finder: AliasFinder, adoc: AnalysedDocument) -> list[tuple[int, int]]:
    """``list(finder.finditer(text))`` of the article, remembered per article and the
    aliases its text can hold, within a build and across builds."""
    text = adoc.document.text
    return _SPANS.ask(adoc, (finder.reading(text),), lambda a, _: list(finder.finditer(text)))


def _ordinal_name(found: str) -> bool:
    """A name opened by a number ("7th Circuit Court of Appeals", "5th U.S. Circuit"):
    a name when its other words are capitalised, never a bare figure ("1999")."""
    words = found.split()
    return (
        found[0].isdigit()
        and len(words) > 1
        and all(w[0].isupper() or w in ACRONYM_SKIP for w in words[1:])
        and words[-1][0].isupper()
    )


def _in_identifier(text: str, start: int, end: int) -> bool:
    """A name written as one piece of a dotted identifier, a program's or a file's
    ("Worm.Explore.Zip", "Zip.exe"): its unspaced token has two inner dots or ends in
    a file extension. "the report.Smith said" (a space lost) is still Smith."""
    lo = start
    while lo > 0 and not text[lo - 1].isspace():
        lo -= 1
    hi = end
    while hi < len(text) and not text[hi].isspace():
        hi += 1
    token = text[lo:hi].rstrip(".,;:!?)\"'’”")
    if token == text[start:end] or _INITIALS_RE.fullmatch(token):
        return False  # "U.S.A.", "N.Y.": initials, no identifier
    return len(_INNER_DOT_RE.findall(token)) >= 2 or bool(_FILE_EXTENSION_RE.search(token))


# The model's labels of places' names; a name inside a longer one of these is the
# place's ("North" of "the North Pacific"), not the actor's. Words looked at on each side.
PLACE_LABELS = {"LOC", "GPE", "FAC"}
# Chosen by hand in 1d793ff (20 dev stories: story_eval actors unchanged); not benchmarked.
PLACE_CONTEXT_WORDS = 2
_NAME_WORD_RE = re.compile(r"[\w'’&-]+")
_TITLE_BEFORE_RE = re.compile(r"([A-Za-z]+)\.?\s+$")
_WORDS_BEFORE_RE = re.compile(rf"(?:[\w'’&-]+[ \t]+){{1,{PLACE_CONTEXT_WORDS}}}$")
_WORDS_AFTER_RE = re.compile(rf"(?:[ \t]+[\w'’&-]+){{1,{PLACE_CONTEXT_WORDS}}}")


def place_names(corpus: Corpus) -> set[tuple[str, ...]]:
    """The lower-case words of every place name of two words or more the model found
    anywhere in the story ("north pacific", "new york"), without a leading "the", whose
    words are all capitalised (or link words: "of", "de")."""
    out: set[tuple[str, ...]] = set()
    for adoc in corpus.docs:
        for m in adoc.mentions:
            if m.label in PLACE_LABELS:
                words = _NAME_WORD_RE.findall(m.text)
                words = words[1:] if words[:1] in (["the"], ["The"]) else words
                # Every word capitalised, or a link ("Bay of Bengal"): "the Andras Varga
                # years" or "U.N. weapons" the model took for a place are none.
                named = all(w[0].isupper() or w in PLACE_LINKS for w in words)
                if len(words) > 1 and named:
                    out.add(tuple(w.lower() for w in words))
    return out


def inside_place(
    text: str,
    start: int,
    end: int,
    places: set[tuple[str, ...]],
    place_words: frozenset[str] | None = None,
) -> bool:
    """Whether the name at ``start:end`` is part of a longer place name of the story
    ("North" in "the North Pacific", even where the model did not tag that one).
    ``place_words``, every word of ``places`` if given, answers no at once for a name
    with a word no place has (most names: count_mentions asks for every occurrence)."""
    if not places:
        return False
    own = _NAME_WORD_RE.findall(text[start:end].lower())
    if place_words is not None and not place_words.issuperset(own):
        return False  # every place tried below would hold all of the name's own words
    m = _WORDS_BEFORE_RE.search(text, max(0, start - 40), start)
    before = _NAME_WORD_RE.findall(m.group(0).lower()) if m else []
    m = _WORDS_AFTER_RE.match(text, end)
    after = _NAME_WORD_RE.findall(m.group(0).lower()) if m else []
    return any(
        (*before[len(before) - i :], *own, *after[:j]) in places
        for i in range(len(before) + 1)
        for j in range(len(after) + 1)
        if i + j
    )


def _written_as_state(text: str, start: int, end: int) -> bool:
    """ "Washington state", "the state of Washington": a state's name, not a capital's;
    "Washington, D.C.": the city written as a place, not the seat of power."""
    if _STATE_AFTER_RE.match(text, end):
        return True
    return bool(_STATE_OF_BEFORE_RE.search(text, max(0, start - STATE_OF_CHARS), start))


def _title_before(text: str, start: int) -> str:
    """The person title right before a mention, in lower case ("" for none)."""
    before = _TITLE_BEFORE_RE.search(text, max(0, start - TITLE_REACH_CHARS), start)
    title = before.group(1).lower() if before else ""
    return title if title in PERSON_TITLES else ""


def _namesakes_word(c: Cluster, d: int, text: str, start: int, end: int) -> Cluster | None:
    """The namesake a bare surname means in an article that writes the namesake out: all
    of them but those after a title the namesake cannot carry ("President Halloran" in an
    article on Maura Keane Halloran is still the president)."""
    gender = c.namesake_docs.get(d)
    if gender is None or c.namesake is None or len(text[start:end].split()) > 1:
        return None
    title = _title_before(text, start)
    if title and title not in (FEMALE_TITLES if gender == "f" else MALE_TITLES):
        return None
    return c.namesake


def count_mentions(
    corpus: Corpus, clusters: list[Cluster], junk: list[list[tuple[int, int]]]
) -> None:
    """Find every occurrence of every alias (longest first), outside page clutter and
    not inside a longer place name."""
    aliases: list[tuple[str, int, bool]] = []
    for ci, c in enumerate(clusters):
        for f in c.forms:
            if f.key in c.first_names:
                continue
            for s in set(f.surfaces) | {f.surface.upper()} if f.surface.isupper() else f.surfaces:
                exact = s.replace(".", "").isupper() or len(s) <= EXACT_MAX_CHARS
                aliases.append((s, ci, exact))
    shared: dict[str, dict[int, int]] = {}  # a shared surname -> its owner per article
    for ci, c in enumerate(clusters):
        for s, docs in c.shared.items():
            aliases.append((s, -1, len(s) <= EXACT_MAX_CHARS))
            shared.setdefault(s.lower(), {}).update(dict.fromkeys(docs, ci))
    if not aliases:
        return
    aliases.sort(key=lambda a: -len(a[0]))
    lookup: dict[str, tuple[int, bool]] = {}
    spellings = {(ci, s) for s, ci, _ in aliases}  # exact spelling test by lookup, not a scan
    for s, ci, exact in aliases:
        lookup.setdefault(s.lower(), (ci, exact))
    finder = AliasFinder([s for s, _, _ in aliases])
    places = place_names(corpus)
    index = {id(c): ci for ci, c in enumerate(clusters)}
    place_words = frozenset(w for place in places for w in place)
    owners = SurnameOwners(clusters)
    for d, adoc in enumerate(corpus.docs):
        text = adoc.document.text
        outlet = (adoc.document.outlet or "").lower()
        last = LastFullName(owners, text)
        for start, end in alias_spans(finder, adoc):
            found = text[start:end]
            hit = lookup.get(" ".join(found.lower().split()))
            if hit is None:
                continue
            ci, exact = hit
            if not (found[0].isupper() or _ordinal_name(found)):
                continue
            if exact and (ci, found) not in spellings:
                continue
            if in_spans(junk[d], start, end) or found.lower() == outlet:
                continue
            if _in_identifier(text, start, end):
                continue  # "Worm.Explore.Zip", "Happy99.exe": a program's name, no one's
            if inside_place(text, start, end, places, place_words):
                continue  # "North" of "the North Pacific": the place's word, not the man
            if _PLACE_AFTER_RE.match(text, end):
                continue  # "Harold T. Brennan International Airport": a place, not the man;
                # "Northwind Flight 512": a flight
            if found.lower() in METONYMS and _written_as_state(text, start, end):
                continue  # "Washington state": the state, not the country
            if ci < 0:  # a surname several people share: the one its article writes out
                ci = shared[found.lower()].get(d, -1)
            if ci >= 0:
                owner = _namesakes_word(clusters[ci], d, text, start, end)
                if owner is not None:
                    ci = index.get(id(owner), ci)  # "Halloran" where only Maura is written
            # "Randy Fenwick ... Fenwick said": the nearest full name before a bare surname.
            ci = last.owner(found, ci, _title_before(text, start))
            if ci < 0:
                continue
            last.see(found, ci, start, end)
            clusters[ci].matches.append(Match(ci, d, start, end))
