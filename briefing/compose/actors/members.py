"""A member's noun before a person's name: "Tide Rider Amos Keller" is Amos Keller.

The model reads a title-cased noun that says which body someone belongs to as the first
words of their name when the body is named in the plural ("a Harbor Rat Lena Moss" of
"the Harbor Rats", "Republican Jo Reyes" of "Republicans"): the brief then lists the
person under a name no article gives them. A person's form whose first words, made
plural, are another form's key (the body, or its members as a people; the model often
labels such a plural a person too) and whose other words, two or more, are capitalised
is the form of the name those words write.
"""

from __future__ import annotations

from briefing.compose.actors.clusters import NameForm, is_personish

# A member's noun is one or two words ("Republican", "Dune Rider") and the name left after
# it at least two (a first name and a surname): a two-word name is never cut to one.
MAX_MEMBER_WORDS = 2
MIN_NAME_WORDS = 2


def split_members(forms: dict[str, NameForm]) -> None:
    """Forms "<member> <first name> <surname>" (see the module) moved to the person's name,
    in place."""
    plurals = {k for k in forms if k.endswith("s")}
    for f in [f for f in forms.values() if is_personish(f)]:
        for cut in range(1, min(MAX_MEMBER_WORDS, len(f.tokens) - MIN_NAME_WORDS) + 1):
            if " ".join(f.tokens[:cut]) + "s" not in plurals:
                continue
            rest = f.tokens[cut:]
            # Each way it is written, less the member's words: capitalised words, as a
            # name is written (one written with a symbol its key spells out, "&", cannot
            # be cut by words: that form stays whole).
            names = [(s.split()[cut:], n) for s, n in f.surfaces.items()]
            if all(len(w) == len(rest) and all(x[:1].isupper() for x in w) for w, _ in names):
                _move(forms, f, rest, names)
            break


def _move(
    forms: dict[str, NameForm], f: NameForm, rest: list[str], names: list[tuple[list[str], int]]
) -> None:
    """The counts of ``f`` given to the form of the person's name ``rest``, written as
    ``names``."""
    del forms[f.key]
    key = " ".join(rest)
    g = forms.setdefault(key, NameForm(key))
    for words, count in names:
        g.surfaces[" ".join(words)] += count
    g.votes.update(f.votes)
    g.titled |= f.titled
    g.titles.update(f.titles)
    g.docs |= f.docs
    for d, start in f.first.items():
        g.first[d] = min(start, g.first.get(d, start))
    g.genders.update(f.genders)
