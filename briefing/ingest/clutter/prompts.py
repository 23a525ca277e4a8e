"""Drop rules for calls to act: follow, contact, share, comment, page controls,
newsletter sign-ups and chat widgets."""

from __future__ import annotations

import re

from briefing.ingest.clutter.context import Context, short
from briefing.ingest.text import ends_sentence
from briefing.lang.furniture import (
    COMMENT_FORM_RE,
    PAGE_CONTROL_RE,
    SIGNUP_VERB_RE,
    SIGNUP_WORD_RE,
    SOCIAL_NETWORKS,
)
from briefing.lang.patterns import Screened

# Word caps: a longer line is story text, not the rule's prompt.
# Set by hand on the sample and the clutter tests' pages (commit 2ccb86f); not benchmarked.
FOLLOW_PROMPT_MAX_WORDS = 12
CONTACT_PROMPT_MAX_WORDS = 14
SHARING_PROMPT_MAX_WORDS = 8
COMMENT_FORM_MAX_WORDS = 20
LABEL_MAX_WORDS = 3  # a widget label ending in a colon
NEWSLETTER_PROMPT_MAX_WORDS = 14
# A phone, fax or telex number: no word of a contact line, which may list several
# ("(--Europe: ANNA LUND in Paris at 41-22-10-11; fax, 41-22-10-12; telex, 123-456.").
_NUMBER_RE = re.compile(r"\+?\d[\d().\-/]*\d")
# A contact word and a number after it, searched only in lines holding the word (every
# long paragraph of every article is asked).
_CONTACT_NUMBER_RE = Screened(
    re.compile(r"\b(?:fax|telex|phone)\b[^.]*\d{3}", re.I), ("fax", "telex", "phone")
)
# A page speaks to its reader; a story tells what its people said.
_TO_READER_RE = re.compile(r"\b(?:our|your|you)\b", re.I)
_ATTRIBUTED_RE = re.compile(
    r",[^,]{0,60}\b(?:said|says|told|tells|advised|urged|warned|added|asked|wrote)\b"
)


def follow_prompt(text: str, ctx: Context) -> bool:
    """ "Follow Eric on Twitter", "Follow us on Facebook", "Connect with her on LinkedIn"."""
    return short(text, FOLLOW_PROMPT_MAX_WORDS) and bool(
        re.match(
            rf"^(?:Follow|Find|Connect with|Like)\b.{{0,50}}\b(?:on\s+{SOCIAL_NETWORKS}|@\w+)", text
        )
    )


def contact_prompt(text: str, ctx: Context) -> bool:
    """ "Send tips to", "Email the author", "Contact the writer at ...", phone/fax lines
    (their numbers not counted as words)."""
    if not short(text, CONTACT_PROMPT_MAX_WORDS):
        return bool(_CONTACT_NUMBER_RE.search(text)) and short(
            _NUMBER_RE.sub("", text), CONTACT_PROMPT_MAX_WORDS
        )
    if re.match(
        r"^(?:Send|Email|E-mail)\s+(?:us\s+)?(?:your\s+)?(?:news\s+)?(?:tips|story ideas|"
        r"corrections|the (?:author|writer|reporter))\b",
        text,
        re.I,
    ):
        return True
    if re.match(r"^(?:Contact|Reach)\s+(?:the\s+)?(?:author|writer|reporter|us|him|her)\b", text):
        return True
    return bool(_CONTACT_NUMBER_RE.search(text))


def sharing_prompt(text: str, ctx: Context) -> bool:
    """Share buttons saved as text: "Share this article", "Share on Facebook", "Tweet",
    "Email", "Print", "Copy link", or a line that is just network names."""
    if ends_sentence(text) or not short(text, SHARING_PROMPT_MAX_WORDS):
        return False
    if re.match(
        r"^(?:share|tweet|pin it|email|e-mail|print|copy link|click to share|whatsapp|reddit|"
        r"flipboard)(?:\s+(?:this|on|via|article|story|page|link|to)\b.*)?$",
        text,
        re.I,
    ):
        return True
    tokens = re.split(r"[\s,|/·•]+", text.strip())
    return all(
        re.fullmatch(SOCIAL_NETWORKS + r"|Email|WhatsApp|Reddit|Print|Share", t) for t in tokens
    )


def comment_form(text: str, ctx: Context) -> bool:
    """Comment-form furniture: "Please enter your comment!", "Please enter your name
    here", "Leave a Reply", "Your email address will not be published"."""
    return short(text, COMMENT_FORM_MAX_WORDS) and bool(COMMENT_FORM_RE.search(text))


def page_control(text: str, ctx: Context) -> bool:
    """Page controls and widget labels: "Font Size:", "Advertisement", "Read more",
    "Related Articles", and any one-to-three-word label ending in a colon."""
    return bool(PAGE_CONTROL_RE.match(text)) or (
        short(text, LABEL_MAX_WORDS) and text.rstrip().endswith(":")
    )


def newsletter_prompt(text: str, ctx: Context) -> bool:
    """Sign-up prompts: a short line that opens with an imperative (sign up, subscribe,
    get, join, stay, fuel up ...) and names what is on offer (free, newsletter,
    insights, updates, inbox ...), or a short line about a newsletter or an inbox that
    speaks to the reader ("our", "your", "you"). "Users can sign up for free." opens with
    its subject and stays, as do "The council's newsletter said ..." and a reported
    imperative ("Get free tickets at the office, the board told residents.")."""
    if not short(text, NEWSLETTER_PROMPT_MAX_WORDS) or _ATTRIBUTED_RE.search(text):
        return False
    if re.search(r"\b(?:newsletters?|your inbox)\b", text, re.I) and (
        SIGNUP_VERB_RE.match(text) or _TO_READER_RE.search(text)
    ):
        return True
    return bool(SIGNUP_VERB_RE.match(text) and SIGNUP_WORD_RE.search(text))


def chat_widget(text: str, ctx: Context) -> bool:
    """Chat widgets saved as text: "Chat with MarTechBot", "Live chat", "Ask our bot"."""
    return not ends_sentence(text) and bool(
        re.match(
            r"^(?:(?:chat|talk) (?:with|to) \S+(?: \S+)?|live chat|chat now|ask \S*bot)$",
            text,
            re.I,
        )
    )
