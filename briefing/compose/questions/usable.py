"""Whether a question, once worded, is one a stranger can use: not tied to the
conversation it was asked in, about a named subject and object (not "it", not "these
activities"), not hypothetical, and about the story rather than a side matter.
"""

from __future__ import annotations

import re

from briefing.compose.questions.context import QuestionContext
from briefing.lang.question_wording import (
    LEFT_IN_CONVERSATION_RE,
    OBJECT_IT_RE,
    POINTED_AT_RE,
    POINTING_BACK,
    SKIP_BEFORE_VERB,
)
from briefing.lang.questions import (
    CONDITIONAL_RE,
)
from briefing.model import AnalysedDocument, Sentence


def unusable(ctx: QuestionContext, adoc: AnalysedDocument, sent: Sentence, question: str) -> bool:
    """Whether a question a stranger could not use: tied to the conversation, about an
    unnamed subject or object, hypothetical, pointing back, or on a side matter."""
    if LEFT_IN_CONVERSATION_RE.search(question):
        return True  # "How long will you keep me waiting?": still tied to who said it
    if re.match(r"^\w+\s+(?:they|it|he|she|this|these|those)\b", question, re.I):
        return True  # "Do they really help?": a reader cannot act on an unnamed subject
    if OBJECT_IT_RE.search(question):
        return True  # "Will the bank stop lending money to it?": what "it" is, is elsewhere
    if CONDITIONAL_RE.search(question):
        return True  # "Will X hand the boy over if the family loses?": a hypothetical
    if points_back(question) or POINTED_AT_RE.search(question):
        return True  # "Will Israel stop these activities?": which ones is in another sentence
    # A name no other article mentions: a side matter, not the story's.
    return bool(ctx.one_off_names(adoc, sent, question))


def points_back(question: str) -> bool:
    """Whether what the question's verb acts on is only pointed at ("stop these
    activities", "ban similar visits"), not named. The verb is taken as the first
    lower-case word after the auxiliary that is no determiner."""
    words_ = question.rstrip("?").split()[1:]
    at = next((i for i, w in enumerate(words_) if w.islower() and w not in SKIP_BEFORE_VERB), None)
    return at is not None and at + 1 < len(words_) and words_[at + 1] in POINTING_BACK
