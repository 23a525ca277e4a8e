"""Whom a bare surname means where it is written: the nearest full name before it.

The merge steps (``people``) give a bare surname ("Fenwick") to one owner for the whole
story, the clearly dominant full name among those ending with it. An article may still
write out a namesake ("Randy Fenwick") and go on with "Fenwick said ...": there the
surname is that namesake's, not the dominant owner's (issue 11's held-out report: a
quote credited to a namesake sharing the surname). ``LastFullName`` follows an
article's mentions in order and hands a bare surname the merge gave to its owner to
the namesake whose full name was written last before it, unless the owner is written out
in that article too (then "Danner" after "Laura Danner" is still the governor), two
namesakes were written out in one sentence, or a title before the surname says it is
someone else ("Senator Fenwick" when only the owner holds that office, "Mrs. Fenwick" after
a man's full name). Where no full name with the surname precedes it in its article (or two
do in one sentence) and another person of the story is written out with it at least
``RIVAL_MIN_FULL`` times ("Halloran" with Bill and Maura Halloran), a bare surname is
nobody's unless a title before it says whose: an office only one of them is written
with ("President Halloran"), a courtesy title of one's sex ("Mrs. Halloran"). A surname the
merge gives nobody stays nobody's but for such a title.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from rapidfuzz.distance import Levenshtein

from briefing.compose.actors.clusters import Cluster, is_personish
from briefing.compose.actors.genders import owner_gender
from briefing.compose.actors.matching import family_name, same_person
from briefing.lang.genders import FEMALE_TITLES, MALE_TITLES

# The end of a sentence between two mentions.
_SENTENCE_END_RE = re.compile(r"[.!?][\"'’”)]*\s|\n")
_CONJUNCTIONS = frozenset({"and", "&", "or"})
# Titles that say only a person's sex, not an office: they move with the nearest name.
_COURTESY = FEMALE_TITLES | MALE_TITLES
# A namesake whose full name is written this often makes a bare surname ambiguous where
# no full name precedes it; one named once in passing ("his wife, Laura Danner") does not.
# Chosen on the 20 dev stories (D0635H: three namesakes named once would have taken 19
# of the governor's "Danner" from him; D0645I's "Maura Keane Halloran" is written twice).
RIVAL_MIN_FULL = 2


class SurnameOwners:
    """The story's people by the last word of their full names, and their genders."""

    def __init__(self, clusters: list[Cluster]) -> None:
        self.by_surname: dict[str, set[int]] = defaultdict(set)
        self.gender: dict[int, str] = {}
        self.titles: dict[int, set[str]] = {}
        self.full_titles: dict[int, set[str]] = {}  # the titles written before full names
        self.written_out: Counter[int] = Counter()  # how often each one's full names are
        self.full: dict[int, list[list[str]]] = {}  # the words of each one's full names
        for ci, c in enumerate(clusters):
            full = [f for f in c.forms if len(f.tokens) > 1 and is_personish(f)]
            for f in full:
                if not set(f.tokens) & _CONJUNCTIONS:  # "Marsh and Tolley": two people
                    self.by_surname[family_name(f.tokens)].add(ci)
            if full:
                self.gender[ci] = owner_gender(full)
                self.full[ci] = [f.tokens for f in full]
                self.full_titles[ci] = {t for f in full for t in f.titles}
                self.written_out[ci] = sum(sum(f.surfaces.values()) for f in full)
            self.titles[ci] = {t for f in c.forms for t in f.titles}

    def namesakes(self, ci: int, surname: str) -> set[int]:
        """The other people of the story written out with ``ci``'s surname ("Maura
        Keane Halloran" for the "Bill Halloran" of "Halloran"), but spellings of ``ci``."""
        return {
            o
            for o in self.by_surname.get(surname, ())
            if o != ci and self.written_out[o] >= RIVAL_MIN_FULL and not self.one_person(ci, o)
        }

    def titled_for(self, ci: int, others: set[int], title: str) -> bool:
        """Whether the ``title`` written before a bare surname (lower case, "" for none)
        says it is ``ci`` and none of ``others``: an office only ``ci`` holds ("President
        Halloran" when only Bill is written "President"), or a courtesy title of ``ci``'s
        sex and none of theirs ("Mrs. Halloran")."""
        if not title:
            return False
        if title in _COURTESY:
            sex = "f" if title in FEMALE_TITLES else "m"
            return self.gender.get(ci) == sex and all(
                self.gender.get(o, "") not in ("", sex) for o in others
            )
        return title in self.full_titles.get(ci, set()) and not any(
            title in self.full_titles.get(o, set()) for o in others
        )

    def one_person(self, a: int, b: int) -> bool:
        """Whether two people's full names may be one person's, which the merge kept
        apart: spelt a little differently ("Yossi Baram", "Yosi Baram") or one inside the
        other ("born-again Christian Ada Mae Corran")."""
        return any(
            same_person(x, y) or _misspelt(x, y) or _ends_with(x, y) or _ends_with(y, x)
            for x in self.full.get(a, [])
            for y in self.full.get(b, [])
        )


def _misspelt(a: list[str], b: list[str]) -> bool:
    """One surname, given names a letter apart ("Tassi", "Tasi"; "Arkady", "Arkadi")."""
    if a[-1] != b[-1] or a[0][:1] != b[0][:1]:
        return False
    return Levenshtein.distance(a[0], b[0], score_cutoff=1) <= 1


def _ends_with(longer: list[str], name: list[str]) -> bool:
    """Whether a longer name ends with the whole of another ("christian ada mae corran")."""
    return len(longer) > len(name) and longer[-len(name) :] == name


class LastFullName:
    """One article's mentions in order: the last person written out with each surname."""

    def __init__(self, owners: SurnameOwners, text: str) -> None:
        self.owners = owners
        self.text = text
        # By surname: the last person written out with it, and where, and whether
        # another one was written out in the same sentence ("Chris Fenwick and Ann
        # Fenwick met": then "Fenwick" is neither's).
        self.last: dict[str, tuple[int, int, bool]] = {}
        self.written: dict[str, set[int]] = defaultdict(set)  # everyone written out so far

    def see(self, found: str, ci: int, start: int, end: int) -> None:
        """Note a mention of cluster ``ci`` written ``found`` at ``start``-``end``: a full
        name of a person of the story ("Randy Fenwick") becomes the last one with its
        surname."""
        words = found.lower().split()
        if len(words) < 2 or ci not in self.owners.by_surname.get(words[-1], ()):
            return
        self.written[words[-1]].add(ci)
        before = self.last.get(words[-1])
        shared = False
        if before is not None and before[0] != ci:
            shared = not _SENTENCE_END_RE.search(self.text, before[1], start)
        self.last[words[-1]] = (ci, end, shared)

    def owner(self, found: str, ci: int, title: str) -> int:
        """Whom the bare surname ``found`` (given to ``ci``, -1 for nobody, by the merge)
        means here: the person last written out with it in this article, unless the
        ``title`` written before it (lower case, "" for none) says otherwise."""
        words = found.lower().split()
        if len(words) != 1:
            return ci  # a name written out
        if ci < 0:  # a surname the merge gives nobody here: a title may still say whose
            rivals = self.owners.by_surname.get(words[0], set())
            chosen = [o for o in rivals if self.owners.titled_for(o, rivals - {o}, title)]
            return chosen[0] if len(chosen) == 1 else -1
        near, _, shared = self.last.get(words[0], (-1, 0, False))
        if near == ci:
            return ci
        if ci not in self.owners.by_surname[words[0]]:
            return ci  # a person the story names by the surname alone ("Fenwick's father")
        if near < 0 or shared:
            # No full name before it in this article, or two in one sentence: the
            # owner's only where a title says so, when a namesake is written out elsewhere.
            others = self.owners.namesakes(ci, words[0])
            return ci if not others or self.owners.titled_for(ci, others, title) else -1
        if ci in self.written[words[0]]:
            return ci  # its owner is written out here too: the story's "Fenwick" still
        if self.owners.one_person(ci, near):
            return ci  # "Arkadi Vostrov" of "Arkady Vostrov": the owner, misspelt
        gender = self.owners.gender.get(near, "")
        if title in FEMALE_TITLES and gender == "m" or title in MALE_TITLES and gender == "f":
            return ci  # "Mrs. Fenwick" after "Randy Fenwick": not him
        held = self.owners.titles
        office = title and title not in _COURTESY
        if office and title in held.get(ci, set()) and title not in held.get(near, set()):
            return ci  # "Senator Fenwick": the one of them who is a senator
        return near
