"""The title of a figure divergence: what its figures count or measure, as precisely as
all of its claims allow ("Number of deaths a year from malaria in Africa", "Number of
people with HIV in Kenya").

What is counted ("people", "deaths"), what it measures ("killed", "arrested") and its
time frame ("a year") come from the figures compared. The condition ("with HIV"), the
cause of a death rate ("from malaria": "Malaria kills", "deaths from malaria") and the
place ("in Kenya": "in Kenya", "Kenyans") are said only when every claim says them alike:
a word one claim has and another lacks may not be the other's ("anti-inflammatory drugs"
against "NSAID-related problems"; "in the United States" against no place), so the title
leaves it out and the claims tell it.
"""

from __future__ import annotations

import re
from collections import Counter

from briefing.compose.figure_reading import measures, owner_text
from briefing.compose.figure_spans import FORECAST, Figure
from briefing.compose.standing import capitalised
from briefing.lang.counts import (
    CAUSE_AFTER_RE,
    IN_PLACE_RE,
    MOSTLY_RE,
    PLACE_HAS_RE,
    WORLDWIDE_RE,
)
from briefing.lang.figures import GENERIC_KILLERS, KILLER_RE, MEASURED_AS
from briefing.lang.stopwords import STOP_WORDS

# Settled spans, titled by what they measure rather than by a counted noun.
SETTLED_WHAT = {"duration": "How long it lasted", "served": "Time served"}
_NAME_RE = re.compile(r"[A-Z][\w'’-]*")


def figure_title(
    key: tuple[str, frozenset[str]], cluster: list[Figure], common: frozenset[str]
) -> str:
    """What the figures of one divergence (``cluster``, grouped under ``key``) count,
    with their condition, cause and place when all of them agree on it. ``common``:
    words some article writes in lower case ("malaria" is no name)."""
    nouns = Counter(f.noun for f in cluster)
    noun = min(nouns, key=lambda n: (-nouns[n], len(n)))
    deaths = bool(cluster[0].period) and all(measures(f) == {"died"} for f in cluster)
    if deaths:
        noun = "deaths"  # "kills 2 million a year", "1 million people die annually"
    what = SETTLED_WHAT.get(key[0]) or f"Number of {noun}"
    if key[1] == FORECAST:
        what = "How long it will last"  # "is expected to last six months"
    done = {m for f in cluster for m in measures(f)}
    weight = key[0].startswith("weight")
    if len(done) == 1 and noun != "deaths" and not weight:
        what += f" {MEASURED_AS[done.pop()]}"  # "Number of people arrested"
    what = f"{key[0][:1].upper()}{key[0][1:]}" if weight else what
    if key[0] == "orphan" and (about := max(f.about for f in cluster)):
        what = f"Number of children orphaned by {about}"  # "AIDS orphans" named once
    if key[0] != "orphan" and cluster[0].about and len({f.about.lower() for f in cluster}) == 1:
        what += f" with {min((f.about for f in cluster), key=capitalised)}"
    if cluster[0].period:  # every member has the same period
        what += f" a {cluster[0].period}"
    if deaths and (cause := _shared_cause(cluster, common)):
        what += f" from {cause}"
    if not (weight or key[0] in SETTLED_WHAT) and (place := _shared_place(cluster)):
        what += f" in {place}"
    return what


def _cause(f: Figure) -> tuple[frozenset[str], str]:
    """(its words, as written) of what a death rate's deaths are from: the killer before
    it ("Malaria kills") or the cause after it ("deaths a year from malaria"); no words
    for none or for "the disease" (which disease, the claims tell)."""
    m = KILLER_RE.search(owner_text(f))
    if m:
        text = m.group("killer")
    else:
        after = CAUSE_AFTER_RE.match(f.sentence.text[f.at + len(f.text) :])
        text = after.group("cause") if after else ""
    tokens = text.split()
    while tokens and (tokens[0].lower() in STOP_WORDS or tokens[0].lower() in f.places):
        tokens.pop(0)  # "where malaria kills", "In Africa malaria claims"
    while tokens and tokens[-1].lower() in STOP_WORDS:
        tokens.pop()
    found = frozenset(t.lower() for t in tokens) - STOP_WORDS
    if not found or found <= GENERIC_KILLERS:
        return frozenset(), ""
    return found, " ".join(tokens)


def _shared_cause(cluster: list[Figure], common: frozenset[str]) -> str:
    """The cause every death rate of ``cluster`` names alike, else ""."""
    causes = [_cause(f) for f in cluster]
    if not causes[0][0] or any(c[0] != causes[0][0] for c in causes):
        return ""
    text = min((c[1] for c in causes), key=capitalised)
    first, _, rest = text.partition(" ")
    if capitalised(first) and first.lower() in common:
        text = f"{first.lower()} {rest}".strip()  # "Malaria kills" opens its sentence
    return text


def _scope(f: Figure) -> dict[str, str]:
    """Where a figure counts, each place by its stem: a place it is "in" near it ("in
    Kenya"), the place that has it ("Kenya has 1.5 million") and its people's nation
    ("Kenyans", written as ""); none for the world's or a part's ("mostly in Africa")."""
    text = f.window
    if WORLDWIDE_RE.search(text):
        return {}
    cut = MOSTLY_RE.search(text)
    text = text[: cut.start()] if cut else text
    found: dict[str, str] = {}
    has = PLACE_HAS_RE.search(owner_text(f))
    for place in [m.group("place") for m in IN_PLACE_RE.finditer(text)] + (
        [has.group("place")] if has else []
    ):
        names = [n.lower() for n in _NAME_RE.findall(place)]
        if names and all(n in f.places for n in names):
            found[place_stem(place.lower())] = place
    people = f.noun.split()[-1] if f.noun else ""
    if capitalised(people) and people.lower() in f.places:
        found.setdefault(place_stem(people.lower()), "")
    return found


def _shared_place(cluster: list[Figure]) -> str:
    """The place every figure of ``cluster`` counts in, written as one of them writes it
    ("Kenya"), when all name the same places; else ""."""
    scopes = [_scope(f) for f in cluster]
    if not scopes[0] or any(s.keys() != scopes[0].keys() for s in scopes):
        return ""
    written = [p for s in scopes for p in s.values() if p]
    return written[0] if written and len(scopes[0]) == 1 else ""


def place_stem(place: str) -> str:
    """A place cut to a stem that it and its people share ("kenya", "kenyans": "keny"),
    "the" left out."""
    place = re.sub(r"^the\s+", "", place)
    return re.sub(r"(?:ns|n|s)?$", "", place).rstrip("a") or place
