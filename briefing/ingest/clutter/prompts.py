"""Drop rules for calls to act: follow, contact, share, comment, page controls,
newsletter sign-ups and chat widgets."""

from __future__ import annotations

import re

from briefing.ingest.clutter.context import Context, short
from briefing.ingest.text import (
    ends_sentence,
)

_SOCIAL = r"(?:Twitter|X|Facebook|Instagram|LinkedIn|Threads|Bluesky|Mastodon|TikTok|YouTube)"


def follow_prompt(text: str, ctx: Context) -> bool:
    """ "Follow Eric on Twitter", "Follow us on Facebook", "Connect with her on LinkedIn"."""
    return short(text, 12) and bool(
        re.match(rf"^(?:Follow|Find|Connect with|Like)\b.{{0,50}}\b(?:on\s+{_SOCIAL}|@\w+)", text)
    )


def contact_prompt(text: str, ctx: Context) -> bool:
    """ "Send tips to", "Email the author", "Contact the writer at ...", phone/fax lines."""
    if not short(text, 14):
        return False
    if re.match(
        r"^(?:Send|Email|E-mail)\s+(?:us\s+)?(?:your\s+)?(?:news\s+)?(?:tips|story ideas|"
        r"corrections|the (?:author|writer|reporter))\b",
        text,
        re.I,
    ):
        return True
    if re.match(r"^(?:Contact|Reach)\s+(?:the\s+)?(?:author|writer|reporter|us|him|her)\b", text):
        return True
    return bool(re.search(r"\b(?:fax|telex|phone)\b[^.]*\d{3}", text, re.I))


def sharing_prompt(text: str, ctx: Context) -> bool:
    """Share buttons saved as text: "Share this article", "Share on Facebook", "Tweet",
    "Email", "Print", "Copy link", or a line that is just network names."""
    if ends_sentence(text) or not short(text, 8):
        return False
    if re.match(
        r"^(?:share|tweet|pin it|email|e-mail|print|copy link|click to share|whatsapp|reddit|"
        r"flipboard)(?:\s+(?:this|on|via|article|story|page|link|to)\b.*)?$",
        text,
        re.I,
    ):
        return True
    tokens = re.split(r"[\s,|/·•]+", text.strip())
    return all(re.fullmatch(_SOCIAL + r"|Email|WhatsApp|Reddit|Print|Share", t) for t in tokens)


_COMMENT = re.compile(
    r"please enter your (?:comment|name|email)|leave a (?:reply|comment)|cancel reply|"
    r"post (?:a )?comment|you have entered an incorrect|save my name,? email|"
    r"your email address will not be published|required fields are marked|"
    r"comments? (?:are|is) closed|log ?in to (?:comment|reply)|^\d+ comments?$|"
    r"^(?:show|view|hide|load) (?:\d+ )?(?:more )?comments",
    re.I,
)


def comment_form(text: str, ctx: Context) -> bool:
    """Comment-form furniture: "Please enter your comment!", "Please enter your name
    here", "Leave a Reply", "Your email address will not be published"."""
    return short(text, 20) and bool(_COMMENT.search(text))


_UI = re.compile(
    r"^(?:font size|text size|listen to (?:this )?article|advertisement|skip to (?:main )?"
    r"content|read more|continue reading|related(?: articles| stories| posts)?|recommended"
    r"(?: for you)?|trending(?: now)?|most (?:read|popular)|sponsored(?: content)?|"
    r"ad|image|photo|video|menu|search|subscribe|sign in|log in|toggle navigation)"
    r"\s*[:.]?$",
    re.I,
)


def page_control(text: str, ctx: Context) -> bool:
    """Page controls and widget labels: "Font Size:", "Advertisement", "Read more",
    "Related Articles", and any one-to-three-word label ending in a colon."""
    return bool(_UI.match(text)) or (short(text, 3) and text.rstrip().endswith(":"))


_SIGNUP_VERB = re.compile(
    r"^(?:sign up|subscribe|get|fuel up|join|stay|receive|register|download|don'?t miss|"
    r"never miss|want|like what you)\b",
    re.I,
)
_SIGNUP_WORD = re.compile(
    r"\b(?:free|newsletters?|insights|updates|daily|weekly|latest|inbox|e-?mail|briefing|"
    r"alerts?|informed|delivered)\b",
    re.I,
)


def newsletter_prompt(text: str, ctx: Context) -> bool:
    """Sign-up prompts: a short line that opens with an imperative (sign up, subscribe,
    get, join, stay, fuel up ...) and names what is on offer (free, newsletter,
    insights, updates, inbox ...), or any short line about a newsletter or an inbox.
    "Users can sign up for free." opens with its subject and stays."""
    if not short(text, 14):
        return False
    if re.search(r"\b(?:newsletters?|your inbox)\b", text, re.I):
        return True
    return bool(_SIGNUP_VERB.match(text) and _SIGNUP_WORD.search(text))


def chat_widget(text: str, ctx: Context) -> bool:
    """Chat widgets saved as text: "Chat with MarTechBot", "Live chat", "Ask our bot"."""
    return not ends_sentence(text) and bool(
        re.match(
            r"^(?:(?:chat|talk) (?:with|to) \S+(?: \S+)?|live chat|chat now|ask \S*bot)$",
            text,
            re.I,
        )
    )
