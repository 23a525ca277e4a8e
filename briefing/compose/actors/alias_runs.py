"""Which of a run's many aliases a place of a text may hold, by the words written there.

``mentions.AliasFinder`` keeps the aliases by the run of word characters they open with,
and at each place a text writes a run it tries that run's aliases in turn. A story naming
thousands of people of one given name ("Orla Varask", "Orla Tormen", ...) has thousands
of aliases opening with "orla", and trying each at every "Orla" took time growing with
the square of the story (an invented article quoting 4,000 people: most of
``count_mentions``). ``Narrowed`` keeps such a run's ASCII aliases of several words by
their first two words (lower case, single spaces, as the finder's window reads the text),
and gives back the aliases the window may hold: those of its first two words (of its
first word and a beginning of its second, for an alias of two words), with every alias
it cannot so tell (one word, or not ASCII), in the finder's order. The finder then tries
each as before, so it finds the same. A window shorter than the longest alias (the text
ends there, or runs of spaces were read as one) gives no answer: every alias is tried.
"""

from __future__ import annotations

# A run with more aliases than this is narrowed (``AliasFinder.narrowed``): a few dozen
# are tried at once as quickly as looked up. Set by hand, a speed bound: no story of the
# 20 dev stories has a run of more than a few aliases.
MANY_ALIASES = 32


class Narrowed:
    """A run's aliases (``group``, the finder's ``(alias, plain)`` in order) by their first
    two words, from their single-spaced lower-case forms (``spaced``)."""

    def __init__(self, group: list[tuple[str, bool]], spaced: dict[str, str]) -> None:
        self.group = group
        self.always: list[int] = []  # positions in ``group`` of the aliases always tried
        self.longer: dict[tuple[str, str], list[int]] = {}  # 3 words or more: first two
        self.two: dict[tuple[str, str], list[int]] = {}  # 2 words: the first, the second
        self.longest = 0
        for i, (alias, _) in enumerate(group):
            form = spaced.get(alias)
            if form is None:
                self.always.append(i)
                continue
            words = form.split(" ")
            self.longest = max(self.longest, len(form))
            table = self.longer if len(words) > 2 else self.two
            table.setdefault((words[0], words[1]), []).append(i)
        self.second_lengths = sorted({len(second) for _, second in self.two})

    def candidates(self, window: str) -> list[tuple[str, bool]] | None:
        """The aliases that may open ``window`` (the finder's ``_window`` at a place), in
        order; None when the window is shorter than the longest alias (all may)."""
        if len(window) < self.longest:
            return None
        first, _, rest = window.partition(" ")
        second = rest.split(" ", 1)[0]
        picked = [*self.always, *self.longer.get((first, second), ())]
        for n in self.second_lengths:
            if n > len(second):
                break
            picked += self.two.get((first, second[:n]), ())
        return [self.group[i] for i in sorted(picked)]
