"""Key actors: who is involved, in what role, saying what.

Built on the single spaCy pass of analyse (``AnalysedDocument.mentions`` and ``.parse``,
plain data: compose never calls spaCy):

1. *Forms*: PERSON/ORG/GPE mentions, cleaned (titles, "the", possessives stripped) and
   keyed case-insensitively; mentions in page clutter (bylines, photo credits, author
   bios, syndication notices, title-case headlines) are ignored.
2. *Merging*: forms are joined into one entry per real-world actor: surname and full
   name (with a small edit distance for misspellings, never across different surnames),
   acronyms and their expansions, head-word short forms ("the Times"), case variants,
   country aliases. Lone first names attach only to a unique full name.
3. *Counting*: every alias is searched in every document, because the small model misses
   many repeats of a name it found elsewhere (it tags "Facebook" only now and then).
4. *Typing*: a vote over the model's labels, corrected by cues (titles mean a person;
   "Committee", "Commission", ... mean a government body; a GPE listed among companies is
   a company; a place that is not a country only locates events and is dropped).
5. *Role* from appositions, pre-name titles and copular descriptions (dependency parse);
   *quote* from speaker attribution around quotation marks.
6. *Salience*: mentions, number of sources and presence in the executive summary.
"""

from __future__ import annotations

import math
import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache

from rapidfuzz.distance import Levenshtein

from briefing.lang.furniture import BOILERPLATE_RE, BYLINE_RE, CREDIT_RE
from briefing.lang.names import (
    ACRONYM_SKIP,
    CORPORATE_SUFFIXES,
    COUNTRY_ALIASES,
    GOVERNMENT_WORDS,
    NAME_PARTICLES,
    NICKNAMES,
    PERSON_TITLES,
    ROLE_NOUNS,
    TITLE_ABBREVIATIONS,
)
from briefing.lang.sentences import leading_sentences
from briefing.lang.speech import SAY_RE, TRANSCRIPT_LINE_RE
from briefing.model import Actor, AnalysedDocument, Corpus, Quote, Statement
from briefing.parsed import ParsedDoc, Span, Token

# --------------------------------------------------------------------------- vocabularies

LABELS = {"PERSON": "person", "ORG": "organisation", "GPE": "country", "NORP": "group"}

# Common words the model sometimes tags as names.
JUNK_NAMES = {
    "font size",
    "size",
    "share",
    "tweet",
    "print",
    "email",
    "comments",
    "related",
    "read more",
    "subscribe",
    "advertisement",
    "follow",
    "twitter",
    "facebook twitter",
    "api",
    "ceo",
    "coo",
    "cfo",
    "inc",
    "llc",
    "co",
    "ltd",
    "corp",
}

_POSSESSIVE_RE = re.compile(r"(?:['’]s|['’])$")


# --------------------------------------------------------------------------- data


@dataclass
class _Form:
    """One normalised surface form of a name, with what the model said about it."""

    key: str
    surfaces: Counter[str] = field(default_factory=Counter)
    votes: Counter[str] = field(default_factory=Counter)
    titled: bool = False  # seen right after a person title (Sen., CEO, ...)
    the_inside: bool = False  # "The" capitalised mid-sentence: part of the name
    docs: set[int] = field(default_factory=set)  # documents where the model tagged it

    @property
    def tokens(self) -> list[str]:
        return self.key.split()

    @property
    def surface(self) -> str:
        return self.surfaces.most_common(1)[0][0]

    def label(self) -> str:
        return self.votes.most_common(1)[0][0] if self.votes else "ORG"


@dataclass
class _Match:
    """An occurrence of an alias in a document's text."""

    cluster: int
    doc: int
    start: int
    end: int


@dataclass
class _Cluster:
    forms: list[_Form]
    type: str = "organisation"
    matches: list[_Match] = field(default_factory=list)
    votes: Counter[str] = field(default_factory=Counter)
    name: str = ""
    first_names: set[str] = field(default_factory=set)
    agentive: int = 0  # mentions as the subject of a verb
    listed: int = 0  # mentions as one item of an enumeration of three or more


# --------------------------------------------------------------------------- entry point


def extract_actors(
    corpus: Corpus,
    *,
    summary: list[Statement] | None = None,
    max_actors: int,  # no default of its own: Config.max_actors is the one default
) -> list[Actor]:
    """One ``Actor`` per real-world actor of the story, most salient first.

    Needs the entity pass of analyse (``analyse(..., entities=True)``).
    """
    if any(d.parse is None for d in corpus.docs):
        raise ValueError("key actors need the entity pass: analyse(documents, entities=True)")
    junk = [_junk_spans(adoc) for adoc in corpus.docs]
    forms = _collect_forms(corpus, junk)
    texts = [d.document.text for d in corpus.docs]
    common = _common_words(forms, texts)
    clusters = _merge(forms, defined_acronyms(texts), common=common)
    _count(corpus, clusters, junk)
    summary_text = " ".join(s.text for s in summary or [])
    leads = [_lead_end(adoc) for adoc in corpus.docs]
    kept: list[tuple[_Cluster, Actor]] = []
    for cluster in clusters:
        if not cluster.matches:
            continue
        _type(corpus, cluster)
        if cluster.type == "" or not _keep(corpus, cluster, common):
            continue
        cluster.name = _display_name(corpus, cluster)
        actor = Actor(
            name=cluster.name,
            type=cluster.type,
            aliases=_aliases(cluster),
            role=_role(corpus, cluster),
            mentions=len(cluster.matches),
            sources=sorted({m.doc + 1 for m in cluster.matches}),
        )
        kept.append((cluster, actor))
    # Quotes need every actor's matches to resolve the speaker, so attribute them last.
    _attach_quotes(corpus, [c for c, _ in kept], [a for _, a in kept])
    ranked = sorted(
        kept, key=lambda ca: (-_salience(ca[1], ca[0], summary_text, leads), ca[1].name)
    )
    return [a for _, a in ranked[:max_actors]]


# --------------------------------------------------------------------------- clutter


def _junk_spans(adoc: AnalysedDocument) -> list[tuple[int, int]]:
    """Character ranges of page clutter: bylines, credits, bios, boilerplate, headlines."""
    text = adoc.document.text
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.strip()
        if not stripped:
            continue
        credit = CREDIT_RE.search(line)
        if credit:
            # A caption keeps its text; only the credit after the marker is clutter.
            spans.append((start + credit.start(), end))
        words = stripped.split()
        if BYLINE_RE.match(stripped) or len(words) <= 40 and BOILERPLATE_RE.search(line):
            spans.append((start, end))
        elif len(words) > 40:
            for m in BOILERPLATE_RE.finditer(line):
                # Long paragraphs: only the sentence carrying the cue is clutter.
                s = max(line.rfind(". ", 0, m.start()) + 1, 0)
                e = line.find(". ", m.end())
                spans.append((start + s, start + (e if e >= 0 else len(line))))
    return spans


def _in_spans(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _headline_like(text: str, start: int) -> bool:
    """True for Title Case lines (headlines), where the small model invents entities."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", start)
    line = text[ls : le if le >= 0 else len(text)]
    words = [w for w in line.split() if w[:1].isalpha()]
    if len(words) < 4:
        return False
    caps = sum(w[0].isupper() for w in words if w.lower() not in ACRONYM_SKIP | {"with", "by"})
    return caps >= 0.75 * len(words)


# --------------------------------------------------------------------------- forms


def normalise(text: str) -> tuple[str, str, bool]:
    """Return (display surface, key, had_leading_The) for a name as written."""
    text = " ".join(text.replace("\u00a0", " ").split())
    text = _POSSESSIVE_RE.sub("", text)
    had_the = False
    if text.lower().startswith("the "):
        had_the = text.startswith("The ")
        text = text[4:]
    text = text.strip(" -–—,.;:'’\"“”") if not text.endswith(".") else text.strip(" -,;:'’\"“”")
    text = text.rstrip(".") if text.count(".") == 1 else text
    key = text.lower().replace(".", "").replace("’", "'").replace(" & ", " and ")
    key = re.sub(r"[^\w&' -]", "", key)
    words = key.split()
    while len(words) > 1 and words[-1] in CORPORATE_SUFFIXES:
        words = words[:-1]  # "Netscape Communications Corp." is "Netscape Communications"
    return text, " ".join(words), had_the


def _strip_titles(surface: str) -> tuple[str, bool]:
    """Drop leading person titles ("Sen.", "Facebook CEO") from a person's name."""
    words = surface.split()
    cut = 0
    for i, w in enumerate(words[:-1]):
        if w.lower().rstrip(".") in PERSON_TITLES:
            cut = i + 1
    # A trailing generational suffix is part of the name but not of the matching key.
    return " ".join(words[cut:]), cut > 0


def _collect_forms(corpus: Corpus, junk: list[list[tuple[int, int]]]) -> dict[str, _Form]:
    forms: dict[str, _Form] = {}
    for d, adoc in enumerate(corpus.docs):
        text = adoc.document.text
        outlet = (adoc.document.outlet or "").lower()
        author = (adoc.document.author or "").lower()
        for m in adoc.mentions:
            if m.label not in LABELS or _in_spans(junk[d], m.start, m.end):
                continue
            if _headline_like(text, m.start):
                continue
            raw = _trim_mention(adoc.parse, m.start, m.end) or m.text
            surface, key, had_the = normalise(raw)
            titled = False
            if m.label == "PERSON" or _preceded_by_title(text, m.start):
                surface, titled = _strip_titles(surface)
                surface = surface.split(" of ")[0]  # "Mark Warner of Virginia"
                _, key, _ = normalise(surface)
                titled = titled or _preceded_by_title(text, m.start)
            if not _plausible_name(surface, key) or key in {outlet, author}:
                continue
            form = forms.setdefault(key, _Form(key))
            form.surfaces[surface] += 1
            form.docs.add(d)
            label = m.label
            form.votes[label] += 2 if label == "PERSON" and len(key.split()) > 1 else 1
            form.titled |= titled
            if had_the and not _sentence_initial(text, m.start):
                form.the_inside = True
    return forms


def _trim_mention(sdoc: ParsedDoc | None, start: int, end: int) -> str | None:
    """Entity text without function words glued on by the model ("Aboard Endeavour")."""
    if sdoc is None:
        return None
    span = sdoc.char_span(start, end, alignment_mode="contract")
    if span is None or not len(span):
        return None
    tokens = list(span)
    weak = {"ADP", "ADV", "DET", "CCONJ", "SCONJ", "PRON", "PART", "INTJ", "VERB", "AUX"}
    while len(tokens) > 1 and (tokens[0].pos_ in weak and tokens[0].lower_ != "the"):
        tokens = tokens[1:]
    while len(tokens) > 1 and tokens[-1].pos_ in weak - {"PART"}:
        tokens = tokens[:-1]
    # A shouted headline word before a normal name ("TOWEL America Online").
    if len(tokens) > 2 and tokens[0].is_upper and len(tokens[0]) >= 4 and tokens[1].is_title:
        tokens = tokens[1:]
    # Span.text is O(span); Doc.text would rebuild the whole document on every call.
    return sdoc[tokens[0].i : tokens[-1].i + 1].text


def _preceded_by_title(text: str, start: int) -> bool:
    before = text[max(0, start - 20) : start].split()
    return bool(before) and before[-1].lower().rstrip(".") in PERSON_TITLES - {
        "former",
        "late",
        "chief",
        "leader",
    }


def _sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].strip()
    return start == 0 or before == "" or before[-1:] in '.!?"“”'


def _plausible_name(surface: str, key: str) -> bool:
    if not key or key in JUNK_NAMES or len(key) < 2:
        return False
    words = surface.split()
    if any(ch in surface for ch in ",;:()[]|/\n") or len(words) > 8:
        return False  # a list or a clause the model ran together, not one name
    if any(
        not w[:1].isupper()
        and not w[:1].isdigit()
        and w.lower().split("-")[0] not in NAME_PARTICLES
        for w in words[1:]
    ):
        return False  # "Sun Microsystems that America Online"
    if not any(ch.isupper() for ch in surface):
        return False
    if not any(ch.isalpha() for ch in key):
        return False
    return not re.fullmatch(r"[\d\W]+", surface)


# --------------------------------------------------------------------------- merging


class _UnionFind:
    def __init__(self, keys: Iterable[str]) -> None:
        self.parent = {k: k for k in keys}

    def find(self, k: str) -> str:
        while self.parent[k] != k:
            self.parent[k] = self.parent[self.parent[k]]
            k = self.parent[k]
        return k

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra


def _is_personish(form: _Form) -> bool:
    person = form.votes["PERSON"]
    return form.titled or person > 0 and person >= max(form.votes.values())


def abbreviates(short: str, tokens: list[str]) -> bool:
    """True if ``short`` takes, in order, at least the first letter of every main word of
    ``tokens`` (and perhaps more letters of it): "aol" ~ America OnLine, "fbi" ~ Federal
    Bureau of Investigation. Function words may give a letter or none."""

    @cache
    def fits(i: int, j: int) -> bool:
        if j == len(tokens):
            return i == len(short)
        word = tokens[j]
        if word in ACRONYM_SKIP and fits(i, j + 1):
            return True
        if i >= len(short) or short[i] != word[0]:
            return False
        # The first letter, then any further letters of the same word, in order.
        k = i + 1
        if fits(k, j + 1):
            return True
        for ch in word[1:]:
            if k < len(short) and short[k] == ch:
                k += 1
                if fits(k, j + 1):
                    return True
        return False

    return len(short) >= 2 and fits(0, 0)


def _acronym(tokens: list[str]) -> str:
    return "".join(t[0] for t in tokens if t not in ACRONYM_SKIP and t[:1].isalpha())


def _similar(a: str, b: str) -> bool:
    """Small edit distance relative to length, for misspellings of one name."""
    if a == b:
        return True
    if min(len(a), len(b)) < 5 or a[0] != b[0]:
        return False
    limit = 1 if min(len(a), len(b)) < 12 else 2
    return Levenshtein.distance(a, b, score_cutoff=limit) <= limit


def _subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(tok in it for tok in short)


_DEFINED_RE = re.compile(
    r"([A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|the|for))+),?\s+"
    r"(?:\(|or\s+|known as\s+|also called\s+|(?<=,\s))(?:the\s+)?([A-Z]{2,6})(?=[),])"
)
_DEFINED_REV_RE = re.compile(r"\b([A-Z]{2,6})\s+\(([A-Z][^()\n]{3,60})\)")


def defined_acronyms(texts: Iterable[str]) -> set[tuple[str, str]]:
    """(name key, acronym key) pairs a text defines with brackets."""
    pairs: set[tuple[str, str]] = set()
    for text in texts:
        for m in _DEFINED_RE.finditer(text):
            words = m.group(1).split()
            short = m.group(2).lower()
            # The name is the shortest tail of the capitalised run whose initials fit.
            for i in range(len(words)):
                tail = normalise(" ".join(words[i:]))[1]
                if abbreviates(short, tail.split()):
                    pairs.add((tail, short))
                    break
            else:
                # A name in another language ("Kurdistan Workers Party (PKK)"): trust
                # the brackets when the whole capitalised run is as long as the acronym.
                initials = {w[0].lower() for w in words}
                if len(words) == len(short) and set(short) <= initials:
                    pairs.add((normalise(" ".join(words))[1], short))
        for m in _DEFINED_REV_RE.finditer(text):
            pairs.add((normalise(m.group(2))[1], m.group(1).lower()))
    return pairs


def _common_words(forms: dict[str, _Form], texts: list[str]) -> set[str]:
    """One-word forms that the texts mostly write in lower case ("International", "Ministry"):
    ordinary words capitalised in a name or at a sentence start, too vague to join names."""
    singles = {f.key for f in forms.values() if len(f.tokens) == 1 and f.key.isalpha()}
    if not singles:
        return set()
    lower: Counter[str] = Counter()
    for text in texts:
        lower.update(w for w in re.findall(r"\b[a-z]+\b", text) if w in singles)
    return {k for k in singles if lower[k] >= sum(forms[k].surfaces.values())}


def _merge(
    forms: dict[str, _Form],
    defined: set[tuple[str, str]] = frozenset(),
    *,
    common: set[str] = frozenset(),
) -> list[_Cluster]:
    uf = _UnionFind(forms)
    drop: set[str] = set()
    first_names: dict[str, set[str]] = defaultdict(set)

    # Persons: full names by (first, last), misspelt surnames only when first names agree.
    # "de Klerk" is a surname with a particle, not a first name "de".
    particled = {
        f.key for f in forms.values() if len(f.tokens) >= 2 and f.surface.split()[0].islower()
    }
    full = [
        f
        for f in forms.values()
        if _is_personish(f) and len(f.tokens) >= 2 and f.key not in particled
    ]
    for i, a in enumerate(full):
        for b in full[i + 1 :]:
            if _same_person(a.tokens, b.tokens):
                uf.union(a.key, b.key)
    by_last: dict[str, set[str]] = defaultdict(set)
    by_first: dict[str, set[str]] = defaultdict(set)
    for f in full:
        by_last[f.tokens[-1]].add(uf.find(f.key))
        by_first[f.tokens[0]].add(uf.find(f.key))
    for key in particled:
        owners = {
            uf.find(g.key)
            for g in full
            if len(g.tokens) > len(key.split()) and g.tokens[-len(key.split()) :] == key.split()
        }
        if len(owners) == 1:
            uf.union(next(iter(owners)), key)
    for f in forms.values():
        if len(f.tokens) != 1 or f.key.upper() == f.surface and len(f.key) <= 5:
            continue
        tok = f.key
        surname_of = set(by_last.get(tok, set()))
        if not surname_of and len(tok) >= 5:
            surname_of = {r for last, rs in by_last.items() if _similar(tok, last) for r in rs}
        if len(surname_of) == 1:
            owner = next(iter(surname_of))
            owner_docs = {d for g in full if uf.find(g.key) == owner for d in g.docs}
            # A bare surname that lives only in other articles than the full name, and in
            # more of them, is most likely someone better known ("President Clinton" in
            # five articles, a "George Clinton" quoted once in a sixth): keep it apart.
            if f.docs and not f.docs & owner_docs and len(f.docs) > len(owner_docs):
                continue
            uf.union(owner, f.key)
        elif len(surname_of) > 1:
            # "Clinton" with Bill and Hillary Clinton in the story: only a clearly dominant
            # full name takes the bare surname; otherwise it stays an entry of its own.
            weight = {
                r: sum(sum(g.surfaces.values()) for g in full if uf.find(g.key) == r)
                for r in surname_of
            }
            top = max(weight, key=lambda r: weight[r])
            rest = sum(weight.values()) - weight[top]
            if weight[top] >= 4 and weight[top] >= 3 * rest:
                uf.union(top, f.key)
        elif tok in by_first:
            # A lone first name (or an ambiguous surname) joins a unique full name or goes.
            owners = by_first.get(tok, set()) if not surname_of else set()
            if len(owners) == 1 and _is_personish(f):
                owner = next(iter(owners))
                uf.union(owner, f.key)
                first_names[owner].add(f.key)
            else:
                drop.add(f.key)

    orgs = [
        f
        for f in forms.values()
        if f.key not in drop and not _is_personish(f) and f.votes["NORP"] * 2 <= f.votes.total()
    ]
    # A single word the model called a person but that begins an organisation's name
    # ("Virtue" beside "Virtue Party") is the organisation, unless it is a known name part.
    orgs += [
        f
        for f in forms.values()
        if len(f.tokens) == 1
        and _is_personish(f)
        and not f.titled
        and f.key not in by_last
        and f.key not in by_first
        and uf.find(f.key) == f.key
        and any(len(g.tokens) > 1 and g.tokens[0] == f.key for g in orgs)
    ]
    # Misspellings of long names: "News York Times", "New York Time's".
    multi = [f for f in orgs if len(f.tokens) >= 2 or len(f.key) >= 8]
    for i, a in enumerate(multi):
        for b in multi[i + 1 :]:
            if _same_organisation(a, b):
                uf.union(a.key, b.key)
    # Acronyms: "FTC" = "Federal Trade Commission", "NYT" = "New York Times".
    acronyms: dict[str, set[str]] = defaultdict(set)
    for f in orgs:
        if len(f.tokens) >= 2:
            acronyms[_acronym(f.tokens)].add(uf.find(f.key))
    for f in orgs:
        shouted = any(x.replace(".", "").isupper() for x in f.surfaces)
        if len(f.tokens) == 1 and 2 <= len(f.key) <= 6 and shouted:
            owners = {uf.find(k) for k in acronyms.get(f.key, set())}
            if not owners:  # "AOL" = "America Online": letters from inside the words too
                owners = {
                    uf.find(g.key)
                    for g in orgs
                    if len(g.tokens) >= 2 and abbreviates(f.key, g.tokens)
                }
            if len(owners) == 1:
                uf.union(next(iter(owners)), f.key)
    # Head-word short forms: "the Times", "the Commerce Committee" (unique longer name).
    for f in orgs:
        if f.key in common or f.votes["GPE"] > f.votes["ORG"]:
            continue  # "Boston" ends "EPA Boston" but is a place, not the agency
        owners = {
            uf.find(g.key)
            for g in orgs
            if len(g.tokens) > len(f.tokens) and g.tokens[-len(f.tokens) :] == f.tokens
        }
        owners.discard(uf.find(f.key))
        if len(owners) == 1 and (len(f.tokens) > 1 or f.tokens[0] not in GOVERNMENT_WORDS):
            uf.union(next(iter(owners)), f.key)
    # "Sun" = "Sun Microsystems", "Virtue" = "Virtue Party": a unique longer company name.
    for f in orgs:
        if len(f.tokens) != 1 or f.votes["GPE"] > f.votes["ORG"] + f.votes["PERSON"]:
            continue
        if f.key in by_last or f.key in by_first or f.key in common:
            continue
        owners = {
            uf.find(g.key)
            for g in orgs
            if len(g.tokens) > 1 and g.tokens[0] == f.key and g.tokens[-1] not in GOVERNMENT_WORDS
        }
        owners.discard(uf.find(f.key))
        if len(owners) == 1:
            uf.union(next(iter(owners)), f.key)
    # "Truth Commission" = "Truth and Reconciliation Commission".
    for f in orgs:
        if len(f.tokens) < 2:
            continue
        owners = {
            uf.find(g.key)
            for g in orgs
            if len(g.tokens) > len(f.tokens)
            and g.tokens[0] == f.tokens[0]
            and g.tokens[-1] == f.tokens[-1]
            and _subsequence(f.tokens, g.tokens)
        }
        owners.discard(uf.find(f.key))
        if len(owners) == 1:
            uf.union(next(iter(owners)), f.key)
    # Acronyms the texts define: "Kurdistan Workers Party (PKK)", "PKK (Kurdistan ...)".
    for long, short in defined:
        if long in forms and short in forms and long not in drop and short not in drop:
            uf.union(long, short)
    # Countries: "U.S." = "US" = "United States" = "America".
    country_of: dict[str, str] = {}
    for f in forms.values():
        if f.votes["GPE"] and f.key not in drop:
            name = country_name(f.key)
            if name:
                country_of[f.key] = name
    by_country: dict[str, list[str]] = defaultdict(list)
    for k, name in country_of.items():
        by_country[name].append(k)
    for keys in by_country.values():
        for k in keys[1:]:
            uf.union(keys[0], k)

    groups: dict[str, list[_Form]] = defaultdict(list)
    for f in forms.values():
        if f.key not in drop:
            groups[uf.find(f.key)].append(f)
    clusters = []
    for root, members in groups.items():
        c = _Cluster(forms=members)
        c.first_names = {k for r, ks in first_names.items() if uf.find(r) == root for k in ks}
        for f in members:
            c.votes.update(f.votes)
        clusters.append(c)
    return clusters


def _same_person(a: list[str], b: list[str]) -> bool:
    """Two full names of one person: same first name (or its short form or initial) and
    the same surname, allowing a small misspelling of the surname."""
    if _first(a[0]) == _first(b[0]) and _similar(a[-1], b[-1]):
        return True
    return a[-1] == b[-1] and _initial_compatible(a, b)


def _same_organisation(a: _Form, b: _Form) -> bool:
    """Misspelt or inflected variants of one long name."""
    long_enough = min(len(a.key), len(b.key)) >= 8
    return long_enough and _similar(a.key, b.key) or _variant_words(a.tokens, b.tokens)


def _variant_words(a: list[str], b: list[str]) -> bool:
    """'Palestinian National Council' ~ 'Palestine National Council': one word differs only
    in its ending (a country and its adjective), the others are equal."""
    if len(a) != len(b) or len(a) < 2:
        return False
    diff = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    if len(diff) != 1:
        return False
    x, y = diff[0]
    common = len(os.path.commonprefix([x, y]))
    return common >= 5 and common >= min(len(x), len(y)) - 2


def _first(name: str) -> str:
    return NICKNAMES.get(name, name)


def _initial_compatible(a: list[str], b: list[str]) -> bool:
    """'George W Bush' ~ 'George Bush'; 'J Smith' ~ 'John Smith'."""
    fa, fb = _first(a[0]), _first(b[0])
    # A short form of the first name: "Al D'Amato" ~ "Alfonse D'Amato".
    return fa == fb or fb.startswith(fa) or fa.startswith(fb)


@lru_cache(maxsize=4096)
def country_name(key: str) -> str | None:
    """The country a GPE key names, or None (cities, states and regions are not countries)."""
    if key in COUNTRY_ALIASES:
        return COUNTRY_ALIASES[key]
    import pycountry

    try:
        c = pycountry.countries.lookup(key)
    except LookupError:
        return None
    if len(key) <= 3 and key.upper() not in {c.alpha_2, c.alpha_3}:
        return None
    return getattr(c, "common_name", None) or c.name


# --------------------------------------------------------------------------- counting


def _alias_pattern(surface: str) -> str:
    """A name as a regex that tolerates line breaks and double spaces between its words."""
    return r"\s+".join(re.escape(w) for w in surface.split())


def _count(corpus: Corpus, clusters: list[_Cluster], junk: list[list[tuple[int, int]]]) -> None:
    """Find every occurrence of every alias (longest first), outside page clutter."""
    aliases: list[tuple[str, int, bool]] = []
    for ci, c in enumerate(clusters):
        for f in c.forms:
            if f.key in c.first_names:
                continue
            for s in set(f.surfaces) | {f.surface.upper()} if f.surface.isupper() else f.surfaces:
                exact = s.replace(".", "").isupper() or len(s) <= 3
                aliases.append((s, ci, exact))
    if not aliases:
        return
    aliases.sort(key=lambda a: -len(a[0]))
    lookup: dict[str, tuple[int, bool]] = {}
    for s, ci, exact in aliases:
        lookup.setdefault(s.lower(), (ci, exact))
    alternation = "|".join(_alias_pattern(s) for s, _, _ in aliases)
    pattern = re.compile(rf"(?<![\w@#])(?:{alternation})(?!\w)", re.IGNORECASE)
    for d, adoc in enumerate(corpus.docs):
        text = adoc.document.text
        outlet = (adoc.document.outlet or "").lower()
        for m in pattern.finditer(text):
            found = m.group(0)
            hit = lookup.get(" ".join(found.lower().split()))
            if hit is None:
                continue
            ci, exact = hit
            if not found[0].isupper():
                continue
            if exact and not any(found == s for s, c2, _ in aliases if c2 == ci):
                continue
            if _in_spans(junk[d], m.start(), m.end()) or found.lower() == outlet:
                continue
            clusters[ci].matches.append(_Match(ci, d, m.start(), m.end()))


# --------------------------------------------------------------------------- typing


def _span(corpus: Corpus, match: _Match) -> Span | None:
    sdoc = corpus.docs[match.doc].parse
    return sdoc.char_span(match.start, match.end, alignment_mode="expand") if sdoc else None


def _type(corpus: Corpus, c: _Cluster) -> None:
    """Decide the actor type; an empty type means the cluster is not an actor."""
    votes = Counter(c.votes)
    ents_by_doc: dict[int, dict[int, str]] = {}
    agentive = listed = 0
    for m in c.matches:
        span = _span(corpus, m)
        if span is None:
            continue
        if m.doc not in ents_by_doc:
            # From doc.ents (few) rather than every token of the document.
            ents_by_doc[m.doc] = {t.i: e.label_ for e in span.doc.ents for t in e}
        ents = ents_by_doc[m.doc]
        root = span.root
        listed += len(root.conjuncts) >= 2
        # Listed with companies ("Lenovo, Oppo and TCL") means a company.
        for conj in root.conjuncts:
            if ents.get(conj.i) == "ORG":
                votes["ORG"] += 1
            elif ents.get(conj.i) == "PERSON":
                votes["PERSON"] += 1
        if root.dep_ in {"nsubj", "nsubjpass", "agent"} or (
            root.dep_ in {"compound", "poss", "amod"}
            and root.head.lower_ in {"government", "administration", "officials", "authorities"}
        ):
            agentive += 1
    if votes["NORP"] >= votes["PERSON"] + votes["ORG"] + votes["GPE"]:
        c.type = ""  # a nationality or party adjective ("Chinese", "Republican")
        return
    c.agentive, c.listed = agentive, listed
    full_person = any(len(f.tokens) > 1 and _is_personish(f) for f in c.forms)
    words = {w for f in c.forms for w in f.tokens}
    label = votes.most_common(1)[0][0] if votes else "ORG"
    if not full_person and any(len(f.tokens) > 1 and f.label() == "ORG" for f in c.forms):
        label = "ORG"
    if any(
        s.split()[-1].lower().rstrip(".") in CORPORATE_SUFFIXES for f in c.forms for s in f.surfaces
    ):
        label, full_person = "ORG", False  # "Pfizer Inc." is a company whatever the model says
    if full_person or any(f.titled for f in c.forms) and label not in {"ORG"}:
        c.type = "person"
    elif label == "PERSON":
        c.type = "person" if votes["PERSON"] > votes["ORG"] + votes["GPE"] // 2 else "organisation"
    elif any(country_name(f.key) for f in c.forms) and votes["GPE"] >= votes["ORG"]:
        # A country is an actor only when it acts, not when it only locates an event.
        c.type = "country" if agentive >= 2 else ""
    elif label == "GPE" and votes["ORG"] == 0:
        c.type = ""  # a city, state or region
    else:
        c.type = "organisation"
    if c.type == "organisation" and words & GOVERNMENT_WORDS and not _is_company(c):
        c.type = "government body"
    if c.type == "person" and not any(len(f.tokens) > 1 for f in c.forms) and c.first_names:
        c.type = ""


def _is_company(c: _Cluster) -> bool:
    """'White House Correspondents' Association' aside, a government word in a company name
    is rare; guard only the obvious corporate suffixes."""
    words = {w for f in c.forms for w in f.tokens}
    return bool(words & {"inc", "corp", "corporation", "ltd", "llc", "co", "plc", "group"})


def _keep(corpus: Corpus, c: _Cluster, common: set[str]) -> bool:
    """Filter what is not an actor: common words, outlets used as a credit only."""
    if all(f.key in common for f in c.forms):
        return False  # an ordinary word capitalised at a sentence start or in a heading
    if _citation_only(corpus, c):
        return False
    if c.type != "person" and all(_inside_title(corpus, m) for m in c.matches):
        return False  # "vice president of Mobile Partnerships": part of someone's title
    # A bare surname seen once, with no full name anywhere, is too thin to list.
    single = c.type == "person" and not any(len(f.tokens) > 1 for f in c.forms)
    return not (single and len(c.matches) < 2)


_CITE_BEFORE = re.compile(
    r"(?:according to|told|reported by|quoted by|cited by|via|reports?|reported|as|source:|"
    r"in|by|to|said)\s*(?:the\s*)?$",
    re.I,
)
_CITE_AFTER = re.compile(
    r"^['’]?s?\s*(?:news agency|newspaper|daily|reported|reports|quoted|said in a report|"
    r"first reported|television|tv|radio)\b",
    re.I,
)
_STORY_AFTER = re.compile(
    r"^['’]?s?\s*(?:\w+\s+){0,1}(?:report|story|revelations?|investigation|article|"
    r"expos[eé]|scoop)\b",
    re.I,
)


_TITLE_OF = re.compile(
    r"\b(?:vice president|president|VP|SVP|EVP|head|director|chief|manager|officer|"
    r"secretary|chair(?:man|woman)?|minister)\s+(?:of|for)\s+(?:the\s+)?$",
    re.I,
)


def _inside_title(corpus: Corpus, m: _Match) -> bool:
    text = corpus.docs[m.doc].document.text
    return bool(_TITLE_OF.search(text[max(0, m.start - 30) : m.start]))


def _citation_only(corpus: Corpus, c: _Cluster) -> bool:
    """An outlet used as a credit ("Interfax reported", "told Bloomberg"), not a party.

    An outlet whose own reporting is part of the story ("The New York Times report
    revealed ...") is kept.
    """
    if c.type != "organisation":
        return False
    cites = stories = 0
    for m in c.matches:
        text = corpus.docs[m.doc].document.text
        after = text[m.end : m.end + 30]
        if _STORY_AFTER.search(after):
            stories += 1
        elif _CITE_BEFORE.search(text[max(0, m.start - 20) : m.start]) or _CITE_AFTER.search(after):
            cites += 1
    return stories < 2 and cites * 2 >= len(c.matches)


# --------------------------------------------------------------------------- naming


def _display_name(corpus: Corpus, c: _Cluster) -> str:
    if c.type == "country":
        names = {country_name(f.key) for f in c.forms} - {None}
        if len(names) == 1:
            return str(names.pop())
    candidates = [f for f in c.forms if not (len(f.tokens) == 1 and f.surface.isupper())]
    candidates = [f for f in candidates if f.key not in c.first_names] or c.forms
    if c.type != "person":
        # The fullest form that is in common use: "Microsoft", not a rare "Microsoft Network".
        top = max(sum(f.surfaces.values()) for f in candidates)
        candidates = [f for f in candidates if sum(f.surfaces.values()) * 3 >= top]
    most = max(len(f.tokens) for f in candidates)
    longest = [f for f in candidates if len(f.tokens) == most]
    best = max(longest, key=lambda f: sum(f.surfaces.values()))
    name = _house_spelling(corpus, c, best.surface)
    if c.type != "person" and any(f.the_inside for f in c.forms if f.key == best.key):
        name = "The " + name
    return name


def _house_spelling(corpus: Corpus, c: _Cluster, surface: str) -> str:
    """The spelling the texts use most ("OPPO" over "Oppo"); ties go to capitals, the
    way companies write their own names."""
    seen: Counter[str] = Counter()
    for m in c.matches:
        found = " ".join(corpus.docs[m.doc].document.text[m.start : m.end].split())
        if found.lower() == surface.lower() and _plausible_name(found, found.lower()):
            seen[found] += 1
    if not seen:
        return surface
    return max(seen.items(), key=lambda kv: (kv[1], kv[0].isupper(), kv[0] == surface))[0]


def _aliases(c: _Cluster) -> list[str]:
    seen: dict[str, str] = {}
    for f in c.forms:
        for s in f.surfaces:
            seen.setdefault(s.lower(), s)
    return sorted(v for k, v in seen.items() if v != c.name and "the " + k != c.name.lower())


# --------------------------------------------------------------------------- roles


def _role(corpus: Corpus, c: _Cluster) -> str | None:
    candidates: Counter[str] = Counter()
    for m in c.matches:
        span = _span(corpus, m)
        if span is None:
            continue
        for role, weight in _roles_at(span, c.type):
            candidates[role] += weight
    if not candidates:
        return None
    return max(candidates.items(), key=lambda kv: (kv[1], -abs(len(kv[0].split()) - 8)))[0]


def _roles_at(span: Span, kind: str) -> list[tuple[str, float]]:
    """Role candidates around one mention, with a weight for how telling the pattern is."""
    out: list[tuple[str, float]] = []
    root = span.root
    doc = span.doc
    # "Francisco Varela, Facebook's vice president of ...": apposition after the name.
    for child in root.children:
        if child.dep_ == "appos" and child.i >= span.end:
            role = _clean_role(doc, child.left_edge.i, child.right_edge.i + 1, child)
            if role:
                out.append((role, 3.0))
        # "Mark Warner, who serves as the top Democrat on ...".
        if child.dep_ == "relcl" and child.lemma_ in {"serve", "act", "work"}:
            for prep in child.children:
                if prep.lower_ == "as":
                    for obj in prep.children:
                        if obj.dep_ == "pobj":
                            role = _clean_role(doc, obj.left_edge.i, obj.right_edge.i + 1, obj)
                            if role:
                                out.append((role, 3.0))
    # "vice president of Mobile Partnerships, Francisco Varela": the name is the apposition.
    if kind == "person" and root.dep_ == "appos" and root.head.i < span.start:
        head = root.head
        if head.pos_ == "NOUN" and head.lower_ in ROLE_NOUNS:
            role = _clean_role(doc, head.left_edge.i, span.start, head)
            if role:
                out.append((role, 2.0))
    # "Facebook COO Sheryl Sandberg", "Democratic Sen. Mark Warner": words before the name.
    left = [t for t in root.lefts if t.i < span.start and t.dep_ in {"compound", "amod", "nmod"}]
    if left and kind == "person":
        start = min(t.left_edge.i for t in left)
        words = doc[start : span.start]
        if any(t.lower_.rstrip(".") in PERSON_TITLES | ROLE_NOUNS for t in words):
            role = _title_role(words)
            if role:
                out.append((role + _party_suffix(doc, span), 1.5))
    # "Huawei is a Chinese multinational telecommunications giant": copular description.
    if kind != "person" and root.dep_ == "nsubj" and root.head.lemma_ == "be":
        for child in root.head.children:
            if child.dep_ == "attr":
                role = _clean_role(doc, child.left_edge.i, child.right_edge.i + 1, child)
                if role:
                    out.append((role, 1.0))
    return out


def _party_suffix(doc: ParsedDoc, span: Span) -> str:
    after = doc[span.end : span.end + 6].text  # a few tokens; Doc.text is O(document)
    m = re.match(r"\s*\(([A-Z]-[A-Z][A-Za-z.]{0,3})\)", after)
    return f" ({m.group(1)})" if m else ""


def _clean_role(doc: ParsedDoc, start: int, end: int, head: Token) -> str | None:
    """A descriptive noun phrase doc[start:end] headed by ``head``, or None if it is not one."""
    if head.pos_ not in {"NOUN", "PROPN"} or head.tag_ in {"NNS", "NNPS"}:
        return None  # a role describes one actor; a plural is a list or a class
    if head.pos_ == "PROPN" and head.lower_ not in ROLE_NOUNS:
        return None  # another name, not a description
    tokens = list(doc[start:end])
    # An apposition ends at the first comma, dash or bracket.
    for i, t in enumerate(tokens):
        if t.i > head.i and t.text in {",", "—", "–", "(", ";", ":", "“", '"'}:
            tokens = tokens[:i]
            break
    while tokens and (tokens[0].lower_ in {"a", "an", "the", ",", "and"} or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].pos_ in {"DET", "PRON", "ADP", "CCONJ"}):
        tokens = tokens[:-1]
    if not tokens or len(tokens) > 16 or tokens[0].lower_ in {"more", "other", "some", "many"}:
        return None
    if any(t.pos_ in {"VERB", "AUX"} and t.tag_ not in {"VBN", "VBG"} for t in tokens):
        return None  # a clause, not a description
    text = doc[tokens[0].i : tokens[-1].i + 1].text
    return " ".join(text.split()) or None


def _title_role(tokens: list[Token]) -> str | None:
    """Pre-name titles, abbreviations spelled out: "Democratic Sen." -> "Democratic Senator"."""
    words = [TITLE_ABBREVIATIONS.get(t.lower_, t.text) for t in tokens if t.text not in {",", "’s"}]
    text = " ".join(words).replace(" 's", "'s")
    return text.strip(" ,;:") or None


# --------------------------------------------------------------------------- quotes

_QUOTE_RE = re.compile(r"“([^”]{10,800})”|\"([^\"\n]{10,800})\"")


def _attach_quotes(corpus: Corpus, clusters: list[_Cluster], actors: list[Actor]) -> None:
    by_name = {a.name: a for a in actors}
    cluster_of = {c.name: c for c in clusters if c.name in by_name}
    matches_by_doc: dict[int, list[tuple[_Match, _Cluster]]] = defaultdict(list)
    for c in cluster_of.values():
        for m in c.matches:
            matches_by_doc[m.doc].append((m, c))
    best: dict[str, tuple[float, Quote]] = {}
    for d, adoc in enumerate(corpus.docs):
        text = adoc.document.text
        spans = sorted(matches_by_doc.get(d, []), key=lambda mc: mc[0].start)
        for q in _QUOTE_RE.finditer(text):
            quote = " ".join((q.group(1) or q.group(2)).split())
            n_words = len(quote.split())
            if n_words < 6:
                continue
            speaker = _speaker(adoc.parse, text, q.start(), q.end(), spans)
            if speaker is None:
                continue
            score = min(n_words, 45) - max(0, n_words - 60) / 2
            # A whole statement, not a fragment of one.
            score += (5 if quote[-1:] in ".!?,;" else 0) + (5 if quote[0].isupper() else 0)
            cur = best.get(speaker.name)
            if cur is None or score > cur[0]:
                best[speaker.name] = (score, Quote(quote.rstrip(",; "), d + 1))
        # Transcripts and interviews: "Wyden: Let me turn now to ..." at the start of a line.
        starts = {m.start: c for m, c in spans}
        for line in TRANSCRIPT_LINE_RE.finditer(text):
            speaker = starts.get(line.start(1))
            if speaker is None or line.end(1) - line.start(1) > 40:
                continue
            quote = leading_sentences(line.group(2), 45)
            n_words = len(quote.split())
            score = min(n_words, 45) + 5 - 3  # a little below a quoted statement
            cur = best.get(speaker.name)
            if n_words >= 8 and (cur is None or score > cur[0]):
                best[speaker.name] = (score, Quote(quote, d + 1))
    for name, (_, quote) in best.items():
        by_name[name].quote = quote


def _speaker(
    sdoc: ParsedDoc | None, text: str, qs: int, qe: int, spans: list[tuple[_Match, _Cluster]]
) -> _Cluster | None:
    """Who said the quote at [qs, qe): the subject of a speech verb next to it."""
    line_start = text.rfind("\n", 0, qs) + 1
    line_end = text.find("\n", qe)
    line_end = len(text) if line_end < 0 else line_end
    after_end = min(line_end, qe + 150)
    for mark in ("“", '"'):
        nxt = text.find(mark, qe, after_end)
        after_end = nxt if nxt >= 0 else after_end
    stop = re.search(r"[.!?](?:\s|$)", text[qe + 1 : after_end])
    if stop:
        after_end = qe + 1 + stop.end()
    before_start = max(line_start, qs - 150)
    cut = max(text.rfind("”", before_start, qs), text.rfind(". ", before_start, qs))
    before_start = max(before_start, cut + 1)
    for lo, hi in ((qe, after_end), (before_start, qs)):
        say = SAY_RE.search(text, lo, hi)
        if not say:
            continue
        if sdoc is not None:
            found, decided = _parsed_speaker(sdoc, say.start(), say.end(), qs, spans)
            if decided:
                return found
        cands = []
        for m, c in spans:
            if lo <= m.start and m.end <= hi:
                if re.search(
                    r"\b(?:told|to)\s+(?:the\s+)?$", text[max(lo, m.start - 10) : m.start]
                ):
                    continue  # the listener, not the speaker
                gap = m.start - say.end() if m.start > say.start() else say.start() - m.end
                cands.append((gap + (0 if c.type == "person" else 40), m.start, c))
        if cands:
            return min(cands, key=lambda x: (x[0], x[1]))[2]
    return None


def _parsed_speaker(
    sdoc: ParsedDoc, start: int, end: int, qs: int, spans: list[tuple[_Match, _Cluster]]
) -> tuple[_Cluster | None, bool]:
    """Speaker from the parse: (actor or None, whether the parse settled the question)."""
    verb_span = sdoc.char_span(start, end, alignment_mode="expand")
    if verb_span is None:
        return None, False
    verb = verb_span.root
    if verb.lower_ == "according":
        subjects = [
            g for c in verb.children if c.lower_ == "to" for g in c.children if g.dep_ == "pobj"
        ]
    else:
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    for subj in subjects:
        if subj.lower_ in {"who", "that"} and verb.dep_ == "relcl":
            subj = verb.head  # "Wyden, who said that ..."
        # The subject's own words, not an apposition after it ("X, Facebook's head of ...").
        lo = subj.left_edge.idx
        hi = subj.idx + len(subj)
        head = [c for m, c in spans if m.start <= subj.idx < m.end]
        if head:
            return head[0], True
        if subj.lower_ in {"he", "she"}:
            earlier = [
                c for m, c in spans if c.type == "person" and m.end <= qs and qs - m.end < 600
            ]
            return (earlier[-1] if earlier else None), True
        inside = sorted(
            ((c.type != "person", m.start, c) for m, c in spans if lo <= m.start and m.end <= hi),
            key=lambda x: (x[0], x[1]),
        )
        # A subject that names no known actor ("the spokesperson") settles it: nobody we list.
        return (inside[0][2] if inside else None), True
    return None, False


# --------------------------------------------------------------------------- salience


def _lead_end(adoc: AnalysedDocument, sentences: int = 3) -> int:
    """End offset of a document's lead: news puts the main parties in the first sentences."""
    prose = [s for s in adoc.sentences if len(s.words) >= 8]
    if len(prose) >= sentences:
        return prose[sentences - 1].end
    return prose[-1].end if prose else 0


def _salience(actor: Actor, c: _Cluster, summary_text: str, leads: list[int]) -> float:
    in_summary = any(
        re.search(rf"\b{re.escape(s)}\b", summary_text) for f in c.forms for s in f.surfaces
    )
    in_lead = len({m.doc for m in c.matches if m.start < leads[m.doc]})
    score = math.log1p(actor.mentions) * 2 + len(actor.sources) * 1.5
    score += in_lead * 1.0
    # Parties act and speak; names that are only listed ("including Apple, Samsung") do not.
    score += math.log1p(c.agentive) + (1.5 if actor.quote else 0) + (0.5 if actor.role else 0)
    if not (c.agentive or actor.quote or actor.role) and c.listed * 2 >= len(c.matches):
        score *= 0.6  # only ever an item in enumerations: context, not a party
    if actor.type == "country":
        score *= 0.4  # countries mostly locate; keep them below the parties themselves
    # Being in the executive summary is evidence of its own, whatever the form of mention.
    return score + (3 if in_summary else 0)
