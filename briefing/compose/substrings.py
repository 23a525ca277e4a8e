"""Which of many strings occur in a text, in time linear in the text and the strings.

``found_in(strings, text)`` answers ``{s for s in strings if s in text}``, the same set,
without searching the text once per string: ``figure_rows.borne_out`` asks it for every
place and condition word of an article's figures, and with one search per word a folder
whose article names thousands of places took time growing with the square of the article
(each word's search reads the article) and with its cube when every figure row repeated the
article's places. A few strings are still searched one by one (Python's own search is far
quicker per character than a loop in Python); past ``DIRECT_SEARCHES`` the words the text
holds whole are taken from its words, and the rest are looked for together by one pass of an
Aho-Corasick automaton over the text.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable

# Strings searched one by one with ``in`` before the text's words and the automaton are
# used. Measured on a 200,000-character text (``max_source_chars``, an article's most):
# a search that finds nothing takes about 20 µs, one pass of the automaton about 60 ms,
# so up to a few thousand searches cost less than the pass; 256 keeps the searches of a
# hostile article under 10 ms while any real article's few dozen words go straight to them.
DIRECT_SEARCHES = 256

_WORD_RE = re.compile(r"\w+")


def found_in(strings: Iterable[str], text: str) -> set[str]:
    """The ``strings`` that occur in ``text`` (as ``s in text`` says, the empty one too)."""
    wanted = set(strings)
    if len(wanted) <= DIRECT_SEARCHES:
        return {s for s in wanted if s in text}
    found = wanted & (set(text.split()) | set(_WORD_RE.findall(text)) | {""})
    rest = wanted - found
    if len(rest) <= DIRECT_SEARCHES:
        return found | {s for s in rest if s in text}
    return found | _automaton_found(rest, text)


def _automaton_found(strings: set[str], text: str) -> set[str]:
    """The non-empty ``strings`` found in ``text`` by one Aho-Corasick pass over it."""
    goto: list[dict[str, int]] = [{}]  # the trie of the strings, state 0 its root
    ends: list[list[str]] = [[]]  # the strings that end at each state
    for s in strings:
        state = 0
        for ch in s:
            nxt = goto[state].get(ch)
            if nxt is None:
                nxt = len(goto)
                goto[state][ch] = nxt
                goto.append({})
                ends.append([])
            state = nxt
        ends[state].append(s)
    fail = [0] * len(goto)  # the longest proper suffix of a state's path that is a state
    out = [0] * len(goto)  # the nearest state on the fail chain where a string ends (0: none)
    queue = deque(goto[0].values())
    while queue:
        state = queue.popleft()
        for ch, child in goto[state].items():
            back = fail[state]
            while back and ch not in goto[back]:
                back = fail[back]
            fail[child] = goto[back].get(ch, 0)
            out[child] = fail[child] if ends[fail[child]] else out[fail[child]]
            queue.append(child)
    found: set[str] = set()
    reported = [False] * len(goto)  # a reported state's strings and its out chain's are found
    state = 0
    for ch in text:
        while state and ch not in goto[state]:
            state = fail[state]
        state = goto[state].get(ch, 0)
        at = state
        while at and not reported[at]:
            reported[at] = True
            found.update(ends[at])
            at = out[at]
    return found
