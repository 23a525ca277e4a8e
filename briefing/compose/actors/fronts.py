"""The first words of someone's title that the model took for a body's name.

"Navy Capt. John Arden": the model's body "Navy Capt" loses the title it ran on
(``cut_trailing_titles``); "Coast Provincial | Medical Officer Ali Juma": the mention
"Coast Provincial" only opens a title (``title_after``). ``forms`` counts such mentions,
and a name only ever seen so is no actor.
"""

from __future__ import annotations

import re

from briefing.lang.names import ACRONYM_SKIP, NON_NAMING_TITLES, OFFICE_TITLES, PERSON_TITLES

# Capitalised words before a title word ("Medical Officer"); set by hand on issue 11's
# held-out report ("<Region> Provincial" of "<Region> Provincial Medical Officer", top 10).
TITLE_LEAD_WORDS = 2
# A title's capitalised words after a mention ("Coast Provincial | Medical Officer"), and
# the capital of a name after them, on the same line.
_TITLE_AFTER_RE = re.compile(
    rf"((?:[ \t]+[A-Z][a-z]+\.?){{1,{TITLE_LEAD_WORDS + 1}}})([ \t]+[A-Z])?"
)
# A person's name right after a title ("Navy Capt. | John Arden"), on the same line.
_NAME_AFTER_RE = re.compile(r"\.?[ \t]+[A-Z]")


def cut_trailing_titles(surface: str, text: str, end: int) -> tuple[str, bool]:
    """A body's name without the person title the model ran on ("Navy Capt" of "Navy
    Capt. John Arden"), and whether there was one. A title is one when a name follows in
    the text (at ``end``), or, with no name after it, when it is an office's ("the Coast
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
    a person title and a name ("Coast Provincial | Commissioner Ali Juma", "| Medical
    Officer Ali Juma"), or an office's title on its own ("| Medical Officer said")."""
    m = _TITLE_AFTER_RE.match(text, end)
    if not m:
        return False
    words = [w.lower().rstrip(".") for w in m.group(1).split()]
    named = words if m.group(2) else words[:-1]  # the title words a capital follows
    return bool(set(named) & (PERSON_TITLES - NON_NAMING_TITLES)) or words[-1] in OFFICE_TITLES
