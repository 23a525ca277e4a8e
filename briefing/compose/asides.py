"""Articles about something else: a story's pages whose headline is off the story.

A page in the coverage may be about another matter that mentions the story in passing
(a profile, a column, a feature on a neighbouring subject). Its headline shares no word
with the headlines of the story, nor with the focus; its sentences belong to the story
only when they carry such a word themselves, else they are asides (an award, a broadcast,
an arrest in another case) that no story section should list as the story's own.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from briefing.model import Corpus

# A headline word is the story's when OTHER_HEADLINES of the other articles' headlines use
# it; a sentence is on the story with one such word, or FOCUS_WORDS of the focus's (one
# alone is too common: "civil" of "civil unrest" in "civil disputes"). TUNING+CHECK
# timelines: drops 15 entries, none on a gold event, 12 of them read as off the story.
OTHER_HEADLINES = 2
FOCUS_WORDS = 2


@dataclass
class Topic:
    """The words that put a sentence on the story: its headlines' and its focus's."""

    headlines: set[str]
    focus: set[str]

    def carried_by(self, words: set[str]) -> bool:
        """Whether a sentence with content words ``words`` is on the story."""
        wanted = min(FOCUS_WORDS, len(self.focus))
        return bool(words & self.headlines) or (wanted > 0 and len(words & self.focus) >= wanted)


def aside_articles(
    corpus: Corpus, focus: str | None, content: Callable[[str], set[str]]
) -> dict[int, Topic]:
    """The articles (by index) whose headline is off the story, each with what a sentence
    of it must carry to be on the story; ``content`` gives a text's content words. An
    article without a headline of words is never judged."""
    focus_words = content(focus or "")
    titles = [content(adoc.document.title) for adoc in corpus.docs]
    used = Counter(w for t in titles for w in t)
    # The story's words as every article sees them, but for its own headline's (which the
    # others use once less): one set, not one per article, which was quadratic in a
    # folder that only grows (880 articles of benchmarks/scale.py: 847 sets of ~3,000).
    shared = {w for w, n in used.items() if n >= OTHER_HEADLINES}
    out: dict[int, Topic] = {}
    for i, own in enumerate(titles):
        if not own or own & focus_words:
            continue
        if any(used[w] - 1 >= OTHER_HEADLINES for w in own):
            continue  # a word of its headline is in enough others': on the story
        out[i] = Topic(shared - own, focus_words)
    return out
