"""Page furniture: bylines, credits, newsletter prompts, "Read more" and the other
text a news page wraps around the story. Shared by ingest's clutter rules and by
compose's filters, so both agree on what is not story text.
"""

from __future__ import annotations

import re

from briefing.lang.months import MONTH_RE, WEEKDAYS
from briefing.lang.patterns import Screened, any_pattern, cue_pattern

# Nearby words that mark a line as page clutter rather than story text.
BOILERPLATE_WORDS = (
    "editor", "reporter", "correspondent", "contributors?", "contributing", "columnist",
    "staff writer", "about the author", r"follow \w+(?: \w+)? on", "send tips", "newsletter",
    "subscribe", "sign up", "logo", "font size", "copyright", "all rights reserved",
    r"republish\w*", "byline", "publisher", "newswire", "read more", "click here", "credit:",
    "photo:", "image:", "photograph:", "getty images", "advertisement", "related:",
    "share this", "comments?:",
)  # fmt: skip
BOILERPLATE_RE = cue_pattern(BOILERPLATE_WORDS, after="")
# Words right before a cue that make it the audience of someone's words in the story
# ("Arno Keller told reporters", "said to a correspondent"), not page furniture. DUC
# 2004 d30044t: a deputy premier's only full name sat in such a sentence, dropped as
# clutter, and his bare surname was left an organisation.
AUDIENCE_BEFORE_RE = re.compile(
    r"\b(?:told|tell|tells|telling|briefed|briefing|asked|addressed|with|"
    r"(?:said|spoke|speaking|talked|talking|explained|complained)\s+to)\s+"
    r"(?:(?:a|an|the|some|visiting|foreign|local|waiting|several)\s+)*$",
    re.IGNORECASE,
)
BYLINE_RE = re.compile(
    r"(?:By|BY|Written by|Posted by|Reporting by)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"
    r"(?:\s*(?:,|and|&)\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})*\.?$"
)
CREDIT_RE = re.compile(
    r"\b(?:CREDIT|Credit|Photo|Image|Photograph)\s*:|\b[A-Z]{2,}/|/\s*(?:GETTY|Getty|AP|AFP)\b"
)

# A paragraph that opens with a cross-link label: "Read more: ...", "READ MORE:",
# "SEE ALSO -", "Also on example.com ...", "[NEWS] ...", "[INSIGHT] ...", "[VIDEO]Headline"
# (a tag glued to the linked headline's capital).
# A dash or an arrow after a label that only a cross-link opens with ("READ MORE - ...",
# "Related →"); "More — much more — is needed" stays. "Related Content: ...", "Also on
# Example Wire: ..." (an outlet's name in capitals, then a colon).
LINK_LABEL = (
    r"(?:(?:read|see|watch|listen|also read|also see|related|more|recommended|"
    r"further reading)(?: more| also| next| too)?\s*[:|»›]|also on [\w-]+(?:\.[\w-]+)+\b|"
    r"(?:read more|see more|read also|also read|see also|related)\s*(?:[-–—→]|>>)\s|"
    r"related (?:content|coverage|stories|articles|posts|links|reading|news)\s*[:|»›]|"
    r"also on (?-i:[A-Z][\w'’&-]*(?:\s[A-Z][\w'’&-]*){0,3})\s*:\s|"
    r"\[[A-Z][A-Z ]{1,15}\](?:\s|(?-i:(?=[A-Z]))))"
)
LINK_LABEL_RE = re.compile(rf"^{LINK_LABEL}", re.IGNORECASE)
# The same label at any place a ``match`` is asked at (``pattern.match(text, at)``).
LINK_LABEL_AT_RE = re.compile(LINK_LABEL, re.IGNORECASE)
# "On the Net: http://...", "Harbor Trust Web site: http://..."
WEB_ADDRESS_LINE_RE = re.compile(
    r"^(?:on the (?:inter)?net|[^.]{0,80}\bweb ?site|online)\s*:\s*(?:<?https?://|www\.)\S+$",
    re.IGNORECASE,
)
# Wire and newsroom credits: "(Reporting by A; Editing by B)", "Additional reporting by C",
# "D contributed to this report."
CONTRIBUTOR_RE = any_pattern(
    (
        r"^\(?(?:additional |staff )?(?:reporting|writing|editing|compiled|graphics|research) by\b",
        # a second credit after the first: "...; editing by B" ("the reporting by Ann Lee
        # won a prize" is news)
        r";\s*(?:additional )?(?:reporting|editing|writing) by [A-Z][\w.'’-]+",
        # "contributed to this report (from Lodz)."; "the report" only inside the
        # credit's parenthesis ("Three universities contributed to the report." is news)
        r"\bcontributed(?: reporting| research)? to this (?:report|story|article)"
        r"(?: (?:from|in) [^.;()]{1,40})?\.?\)?$",
        r"^\(.*\bcontributed(?: reporting| research)? to the (?:report|story|article)\.?\)$",
        # "The Associated Press contributed reporting.", "... contributed reporting from Lodz."
        r"\bcontributed (?:reporting|research)(?: (?:from|in) [^.;()]{1,40})?\.?\)?$",
    )
)
# "Email Jane Doe at jdoe@example.com", "Write to John Smith at john.smith@example.com".
# "Ann Lee can be reached at alee@example.com."
CONTACT_RE = re.compile(
    r"^(?:e-?mail|write to|contact|reach)\s+(?:[A-Z][\w.'’-]+\s+){1,4}at\s+\S+@\S+|"
    r"^(?:[A-Z][\w.'’-]+\s+){1,4}(?:can|may) be (?:reached|contacted) at\s+\S+@\S+",
    re.IGNORECASE,
)
# Newsletter widgets after the form: "Thanks for signing up!", "Check your inbox".
SIGNUP_DONE_RE = any_pattern(
    (
        r"^(?:thanks|thank you) for (?:signing up|subscribing|registering)",
        r"^(?:you(?:'re| are) (?:now |all )?(?:set|subscribed|signed up))\b",
        r"^check your inbox\b",
        r"^already (?:a subscriber|have an account)\b",
    )
)
# Affiliate and paywall notices addressed to the reader.
COMMERCE_RE = any_pattern(
    (
        r"\b(?:we|us|our site|this site)\b[^.]{0,40}\b(?:earn|receive|get)s?\b[^.]{0,20}"
        r"\b(?:commission|share of (?:the )?sales?)\b",
        r"\baffiliate (?:links?|commissions?|partners?)\b",
        r"\b(?:subscribe|subscription|sign in|log in) to (?:continue|keep) reading\b",
        r"\bfor (?:paid )?subscribers only\b",
        # "Log in or subscribe to read the full article"; "the full report" is news
        r"\b(?:subscribe|log in|sign in|register)\b[^.]{0,30}\bto read (?:the )?(?:full|whole|"
        r"rest of (?:the|this)) (?:article|story)\b",
        r"\byou(?:'ve| have) reached (?:your|the) (?:limit|maximum)\b",
        r"\bfree articles? (?:remaining|left)\b",
        # a reader's account in the line: "Create a free account to continue reading";
        # "urged pupils to continue reading" is news
        r"\b(?:subscribe|subscription|subscriber|sign in|log in|register|account)\b[^.]{0,60}"
        r"\bto (?:continue|keep) reading\b",
        r"\bunlock (?:this (?:article|story|content)|"
        r"unlimited (?:access|articles|reading|stories))\b",
        r"\bthis (?:article|story|content|page) is (?:only )?(?:available|reserved|open) (?:only )?"
        r"(?:to|for) (?:paid |paying |digital )?subscribers\b",
        r"^subscribe\b[^.]{0,40}\bunlimited (?:digital )?access\b",
        # the meter and its offer: "You have read 3 of 3 free stories this month.",
        # "Subscribe today for just $1."
        r"\byou(?:'ve| have) read \d+ of (?:your )?\d+ (?:free )?(?:articles|stories)\b",
        r"^subscribe (?:today|now)\b[^.]{0,30}[$£€]\s?\d",
        # the sign-up form's small print
        r"^by (?:signing up|subscribing|registering|clicking|submitting|continuing)\b[^.]{0,40}"
        r"\byou agree\b",
        r"\bprotected by recaptcha\b",
    )
)
# Words one of COMMERCE_RE's alternatives always holds ("read" in "reading", "subscri" in
# "subscribers"), so a line with none of them is not searched: ingest asks every short
# paragraph (benchmarks/scale.py's folder). Add a cue here when adding an alternative there.
COMMERCE_SCREENED = Screened(
    COMMERCE_RE,
    (
        "commission", "share of", "affiliate", "read", "subscri", "reached", "free article",
        "unlock", "you agree", "recaptcha",
    ),
)  # fmt: skip
# Common words and page furniture the entity model sometimes tags as names.
JUNK_NAMES = {
    "font size",
    "size",
    "share",
    "tweet",
    "print",
    "email",
    "comments",
    "related",
    "read more",
    "subscribe",
    "advertisement",
    "follow",
    "twitter",
    "facebook twitter",
    "api",
    "ceo",
    "coo",
    "cfo",
    "inc",
    "llc",
    "co",
    "ltd",
    "corp",
    # Time zones after a clock time ("at 2243 GMT"): DUC 2004 d31022t showed "GMT" as an
    # organisation at rank 10 of its key actors.
    "gmt",
    "utc",
    "edt",
    "est",
    "cdt",
    "cst",
    "mdt",
    "mst",
    "pdt",
    "pst",
}
# Comment forms, sharing and contact prompts: page text that never raises a question.
FORM_PROMPTS = (
    "enter your", "your comment", "sign up", "subscribe", "newsletter", "click here",
    "for any questions about", "contact us", "all rights reserved",
)  # fmt: skip
FORM_PROMPT_RE = cue_pattern(FORM_PROMPTS)
FORM_PROMPT_SCREENED = Screened(FORM_PROMPT_RE, FORM_PROMPTS)

_DASH = r"(?:--|—|–|-|_)"
# A newswire dateline opening a paragraph or sentence: "SPRINGFIELD, Ill. (AP) -- ",
# "PINE RIDGE, S.D. _ ", "CITY, March 20 (Xinhua) -- ", with the place, date and agency
# as groups (ingest's clutter rule records them; compose's filters drop or strip it).
DATELINE_RE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)*"  # CITY NAME in capitals
    r"(?:\s*\([A-Z][a-z][A-Za-z.]*\)(?=,))?"  # (Province), before ", March 5"
    rf"(?:,\s*(?!{MONTH_RE}\s+\d)[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){{0,2}})?)"  # , S.D.
    rf"(?:,\s*(?P<date>{MONTH_RE}\s+\d{{1,2}}(?:,\s*\d{{4}})?))?"  # , March 20
    rf"(?:\s*\((?P<outlet>[A-Za-z][A-Za-z. ]{{0,30}})\)\s*{_DASH}|\s+{_DASH})\s+"  # (AP), (xinhua)
)
# A wire dateline in mixed case with the wire's underscore for a dash, "Washington _ Despite
# ...", only before a capital: the same wire's prose dash runs on in lower case ("Exercise
# _ especially gentle exercise _ helps").
TITLE_DATELINE_RE = re.compile(
    r"^(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}(?:,\s*[A-Z][A-Za-z.]*)?)\s+_\s+(?=[A-Z])"
)
# A dateline that is only a date: "February 26, 1989 -- ".
DATE_DATELINE_RE = re.compile(rf"^(?P<date>{MONTH_RE}\s+\d{{1,2}},\s*\d{{4}})\s*{_DASH}\s+")
# A byline fragment left as a sentence: "By JOHN SMITH", "(AP)".
BYLINE_FRAGMENT_RE = re.compile(
    r"^(?:by\s+[A-Z][\w.\-]+(?:\s+[A-Z][\w.\-]+){0,3}\b|\(?[A-Z]{2,}\)?$)"
)
# Schedules, contact lines and editors' notes of a wire page, not events.
SCHEDULE_RE = any_pattern(
    (
        r"\b\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?\s*(?:to|-|–|until)\s*\d",
        r"\bstaffed\b",
        r"^EDS?\b",
        r"^\(?[A-Z]{2,5}\d{1,4}\)\s",  # a wire budget's slug line: "(XYZ12) PORTVILLE, Ore. --"
        r"\bADV\.\s+FOR\b",  # "ADV. FOR TUES., OCT. 26": an advance for a later day
        r"\bEDs?:",
        r"\b(?:Moved|Repeats?|Corrects?)\b[^.]*\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.",
        r"\bnews budget\b",
        r"\bspot news\b",
        r"^(?:following is|here is) ",
        r"\b(?:call|phone|fax|e-?mail)\b[^.]*\d{3}[-. ]\d{4}",
        r"\bwww\.",
        r"@\w+\.\w",
        r"\bhttps?:",
        # A photo caption ("Mara Quist, left, talks with ... outside the town hall,
        # Wednesday"): what a picture shows, no event of the story.
        r",\s+(?:left|right|center|centre|(?:second|third|far) (?:from )?(?:left|right)),\s",
        # A call nobody answered ("did not return messages Tuesday", "could not be reached
        # Friday"): the reporter's day, no event of the story.
        r"\b(?:did not|didn['’]t|could not|couldn['’]t)\s+(?:immediately\s+)?"
        r"(?:respond to|return)\s+(?:[\w'’-]+\s+){0,3}(?:calls|requests|messages|e-?mails)\b",
        r"\b(?:could not|couldn['’]t)\s+(?:immediately\s+)?be reached for comment\b",
        r"\b(?:not\s+(?:immediately\s+)?|un)available\s+(?:for|to)\s+comment\b",
    )
)

# A sentence that only says someone gave no comment ("The port's director, Ann Hale, was
# not available late Friday for comment.", "Harbour officials could not be reached.", "A
# spokesman declined to comment on the report."): the reporter's call, no fact of the
# story. The whole sentence is the one clause: none after "and", "but" or a saying verb
# ("X said the quay is safe, and Y declined to comment" tells X's words), nor one going on
# after it ("declined to comment on whether the quay is safe"; at most a few words of
# what, and a day). Bounded: each run is of letters, spaces and a few marks, and the
# subject is read up to a sentence's length of characters without "and", "but", "said".
NO_COMMENT_RE = re.compile(
    r"^(?:(?!\b(?:and|but|said|says|told)\b)[^;:])*?\b(?:"
    r"(?:was|were|is|are)\s+not\s+(?:immediately\s+)?available(?:\s+[\w.]+){0,2}?"
    r"\s+for\s+comment"
    r"|(?:could|can)\s+not\s+(?:immediately\s+)?be\s+reached(?:\s+for\s+comment)?"
    r"|(?:declined|refused)\s+(?:to\s+)?comment"
    r")(?:\s+(?:on|about)(?:\s+[\w'’-]+){1,5}?)?"
    rf"(?:\s+(?:on\s+|late\s+|early\s+)?(?:{'|'.join(WEEKDAYS)}|today|yesterday))?\W*$",
    re.IGNORECASE,
)

# The cues of ingest's clutter rules (briefing/ingest/clutter).

# Inline cross-links, "(RELATED: Another Headline)", "[READ MORE: ...]".
RELATED_LABELS = (
    "RELATED", "READ MORE", "READ", "SEE ALSO", "SEE", "WATCH", "MORE", "ALSO READ", "LISTEN",
    "VIDEO",
)  # fmt: skip
RELATED_INLINE_RE = cue_pattern(RELATED_LABELS, before=r"\s*[(\[]", after=r"\s*:[^()\[\]]*[)\]]")
# Wire routing notes inside a line: "(For use by ... clients)", "(ATTN: ...)".
WIRE_NOTE_LABELS = (
    "For use by", "For release", "For immediate release", "ATTN", "ATTENTION", "ART ADV",
    "EDS?", "EDITORS",
    "NOTE TO EDITORS",
)  # fmt: skip
# A wire note giving the day a story is for: "(For release at 5 p.m. EST, Monday, Oct. 12)",
# "(FOR RELEASE WED., JUNE 7, 2000)", "(ADV. FOR THURS., SEPT. 14)"; ``when`` is the rest of
# the note. "(FOR RELEASE THE WEEK OF TUES., APRIL 4)" names a week, not a day: no match.
RELEASE_NOTE_RE = re.compile(
    r"\(\s*(?:for\s+release|adv(?:ance)?\.?\s+for)\b(?![^()]*\bweek\b)(?P<when>[^()]{1,80})\)",
    re.IGNORECASE,
)
# A title that is a note to the wire's editors ("EDS: ADDS details ...", "Editors: ..."),
# saved where the headline should be: no headline ("EDITORIAL: ..." is one).
EDITORS_NOTE_RE = re.compile(r"^\s*(?:EDS?|EDITORS?|NOTE TO EDITORS|ATTN)\s*:", re.IGNORECASE)
# Tried only where a run of spaces starts (the look-behind): tried at each of its spaces,
# a run of 100,000 was scanned 100,000 times (a page title's took 25 s).
WIRE_INLINE_NOTE_RE = cue_pattern(
    WIRE_NOTE_LABELS, before=r"(?<!\s)\s*\(", after=r"\b[^()]*(?:\([^()]*\)[^()]*)*\)"
)

# A newsroom role, "Senior White House Correspondent", "AP Science Writer" (no group).
NEWSROOM_ROLE = (
    r"(?:(?:Senior|Chief|Managing|Executive|Deputy|Associate|Assistant|Contributing|Staff|"
    r"Political|Tech(?:nology)?|Business|Medical|Science|Health|Foreign|National|Legal|"
    r"Investigative|Special|Sports|Economics|Diplomatic|Washington|White House|News|"
    r"Copy|Digital|Social Media)\s+)*"
    r"(?:Editor|Reporter|Writer|Correspondent|Contributor|Columnist|Producer|Journalist|"
    r"Analyst|Staff|Editor-in-Chief|Editor at Large|Intern)s?"
)
# Words that make a byline's remainder an outlet ("Associated Press", "Daily Caller").
OUTLET_HINT_RE = re.compile(
    r"\b(?:AP|Associated Press|Reuters|AFP|Xinhua|UPI|Bloomberg|Press|News|Times|Post|"
    r"Journal|Herald|Tribune|Gazette|Agency|Foundation|Magazine|Wire|Service|Daily|Media)\b"
)
# A person's name in a byline or bio, with lower-case particles ("Ludwig van Beethoven").
BYLINE_NAME = r"[A-Z][A-Za-z'’.-]*(?:\s+(?:[A-Z][A-Za-z'’.-]*|de|van|von|da|di|del|bin|al))*"
# First words after "By" that make no name ("By Tuesday, ...").
NOT_BYLINE_NAMES = set(WEEKDAYS) | {
    "the", "then", "now", "this", "that", "early", "late", "last", "next",
}  # fmt: skip
# A line opening with "By" and a capital: a byline candidate.
BY_LINE_RE = re.compile(r"^By\s+(?P<rest>[A-Z].*)$")
# A byline block line ending in a newsroom role ("Eric Lieberman Managing Editor").
ROLE_LINE_RE = re.compile(
    rf"^(?P<prefix>.*?)[\s,|–-]*\b(?P<role>{NEWSROOM_ROLE})(?:\s+(?:at|for|of)\s+.+)?$"
)
# The heading of an "About the author" block.
ABOUT_AUTHOR_RE = re.compile(
    r"^About (?:the |this )?(?:author|writer|reporter|contributor)s?:?$", re.I
)
# "<Name> is a senior reporter covering ...".
AUTHOR_BIO_RE = re.compile(
    rf"^(?P<name>{BYLINE_NAME})\s+(?:is|was|has been|covers|writes|joined)\b.{{0,80}}"
    r"\b(?:reporter|editor|writer|correspondent|columnist|contributor|journalist|author of|"
    r"covers|covering)\b",
)

# Social networks named in follow and share prompts (no group).
SOCIAL_NETWORKS = (
    r"(?:Twitter|X|Facebook|Instagram|LinkedIn|Threads|Bluesky|Mastodon|TikTok|YouTube)"
)
# Comment-form furniture: "Leave a Reply", "Your email address will not be published".
COMMENT_FORM_RE = any_pattern(
    (
        "please enter your (?:comment|name|email)",
        "leave a (?:reply|comment)",
        "cancel reply",
        "post (?:a )?comment",
        "you have entered an incorrect",
        "save my name,? email",
        "your email address will not be published",
        "required fields are marked",
        "comments? (?:are|is) closed",
        "log ?in to (?:comment|reply)",
        r"^\d+ comments?$",
        r"^(?:show|view|hide|load) (?:\d+ )?(?:more )?comments",
    )
)
# Page controls and widget labels: "Font Size:", "Advertisement", "Related Articles".
PAGE_CONTROLS = (
    "font size", "text size", "listen to (?:this )?article", "advertisement",
    "skip to (?:main )?content", "read more", "continue reading",
    "related(?: articles| stories| posts)?", "recommended(?: for you)?", "trending(?: now)?",
    "most (?:read|popular)", "sponsored(?: content)?", "ad", "image", "photo", "video", "menu",
    "search", "subscribe", "sign in", "log in", "toggle navigation",
)  # fmt: skip
PAGE_CONTROL_RE = cue_pattern(PAGE_CONTROLS, before="^", after=r"\s*[:.]?$")
# A sign-up prompt opens with an imperative and names what is on offer.
SIGNUP_VERBS = (
    "sign up", "subscribe", "get", "fuel up", "join", "stay", "receive", "register", "download",
    "don'?t miss", "never miss", "want", "like what you",
)  # fmt: skip
SIGNUP_VERB_RE = cue_pattern(SIGNUP_VERBS, before="^")
SIGNUP_WORDS = (
    "free", "newsletters?", "insights", "updates", "daily", "weekly", "latest", "inbox",
    "e-?mail", "briefing", "alerts?", "informed", "delivered",
)  # fmt: skip
SIGNUP_WORD_RE = cue_pattern(SIGNUP_WORDS)

# Photo credits: "CREDIT: NAME / GETTY", "(AP Photo/Name)", "Photo by Name".
PHOTO_CREDIT_RE = re.compile(
    r"(?:\b(?:CREDIT|Credit|PHOTO|Photo|IMAGE|Image|Photograph|Picture)s?(?: credit| by)?\s*:"
    r"\s*[^.:]{2,80}$)"
    r"|(?:\((?:AP|AFP|Reuters|Getty|EPA)[^()]{0,60}\)\.?$)"
    r"|(?:\((?:Photo|Image|Picture|Photograph)s?\s*[:/][^()]{1,60}\)\.?$)"
    r"|(?:\b(?:Getty Images|AFP via Getty|Shutterstock|iStock(?:photo)?)\b[^.]{0,30}\.?$)"
    r"|(?:^Photo(?:graph)? by [A-Z][^.]{2,60}\.?$)"
)
# "REUTERS/Shu Zhang.": an agency and a photographer.
AGENCY_SLASH_RE = re.compile(r"^[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+)?\s?/\s?[A-Z][\w.'’ -]{1,40}\.?$")
# Contributor and syndication notices: "may be republished", "originally appeared in".
_PIECE = "(?:article|story|post|piece|column|essay|interview)"
SYNDICATION_RE = any_pattern(
    (
        "available without charge",
        "republished articles",
        "may be republished",
        "republish(?:ed)? (?:with|by) permission",
        "contributing authors are invited",
        "opinions (?:they express|expressed (?:here|in this (?:article|column))) are",
        "under the oversight of the editorial staff",
        # ending the line or its sentence: "All rights reserved to the board under the
        # act" is news
        r"all rights reserved(?:\.|\s*$)",
        "(?:news service|syndicate) clients",
        "for use by clients",
        "story filed by",
        # the wire's last line ("XXXX END OF STORY"), not a speaker's "..., end of story,"
        r"^(?:x+\s+)?end of story\b",
        rf"^(?:this (?:\w+ )?{_PIECE} )?(?:was )?(?:originally|first) (?:appeared|published|ran) "
        "(?:on|in|at|by) ",
        rf"\b(?:a version of )?this (?:\w+ )?{_PIECE} (?:was |is )?(?:originally |first )?"
        "(?:appeared|published|ran) (?:on|in|at|by) ",
        r"(?:originally|first) (?:appeared|published) (?:on|in|at) "
        r"(?:www\.)?[\w-]+\.(?:com|org|net)\b",
        "this (?:article|story) (?:was|is) (?:excerpted|reprinted|distributed)",
        # a line opening with "copyright" is one only as ``contacts.copyright_line`` says
        "©",
    )
)
# Words one of SYNDICATION_RE's alternatives always holds (in lower case), so a paragraph
# with none of them is no notice and the pattern, slow to try at every character, is
# skipped (benchmarks/scale.py's 875 articles: 1.2 of ingest's ~8 CPU s). Add a cue here
# when adding an alternative there.
SYNDICATION_CUES = (
    "without charge", "republish", "contributing authors", "opinions ", "oversight",
    "rights reserved", " clients", "story filed by", "end of story", " appeared ",
    " published ", " ran ", "excerpted", "reprinted", "distributed", "©",
)  # fmt: skip
# Characters IGNORECASE matches to a Latin letter though ``str.lower`` does not make
# them that letter (dotted and dotless i, long s, the Kelvin sign).
_FOLDED_TO_LATIN = ("İ", "ı", "ſ", "\u212a")


def syndication_cue(text: str) -> bool:
    """False when ``text`` cannot match ``SYNDICATION_RE`` (it holds none of
    ``SYNDICATION_CUES``): a cheap test before the pattern."""
    low = text.lower()
    return any(cue in low for cue in SYNDICATION_CUES) or (
        not text.isascii() and any(c in text for c in _FOLDED_TO_LATIN)
    )


# Words of an editorial note in parentheses: "(For use by ... clients)", "(X is a columnist ...)".
WIRE_NOTE_WORDS_RE = any_pattern(
    (
        "clients",
        "subscribers",
        r"\bATTN\b",
        "ART ADV",
        "PROFILE",
        "excerpted",
        "columnist",
        "e-?mail",
        "can be reached",
        r"\bcontact\b",
        r"\bvisit\b",
        "syndicate",
        "copyright",
        "for release",
        "purchase",
        "is (?:a|the) .{0,60}(?:writer|editor|columnist|publisher|professor|correspondent|author)",
    )
)
# A wire item's slug line: "FERRY-STRIKE _ ", "TOWN HALL: A CITY'S NO. 1 ROOF _ ",
# "ANOTHER BUDGET SHOWDOWN? _ ", also after the item's wire number of a photo or story
# list ("(HWS12) PORT ELLIS, Ore. -- ").
WIRE_SLUG_RE = re.compile(
    r"^(?:\([A-Z]{2,6}\d{1,4}\)\s+)?"
    r"[A-Z][A-Z0-9'’.,:?&/()-]*(?:\s+[A-Z0-9][A-Z0-9'’.,:?&/()-]*)*"
    r"(?:,\s+[A-Z][a-z]{1,5}\.)?\s+(?:_|--|—)\s+"  # a dateline's state: "PORT ELLIS, Ore. --"
)
# Budget and digest furniture of a wire service (ingest/digests.py: a list page, not an article).
WIRE_BUDGET_RE = any_pattern(
    (
        r"\bnews budget\b",
        r"\bbudgets? (?:move|for)\b",
        r"\bmoving (?:today )?to clients\b",
        r"\bsent to clients\b",
        "^EDs?:",
        r"\bMOVED\b",
        r"\bETA:",
        r"\bEMBARGOED\b",
        r"\bWITH PHOTO\b",
        r"\bat \d{3}[ -]\d{3}-\d{4}\b",
        r"\bresend\b",
    ),
    flags=re.NOFLAG,
)
