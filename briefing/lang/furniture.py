"""Page furniture: bylines, credits, newsletter prompts, "Read more" and the other
text a news page wraps around the story. Shared by ingest's clutter rules and by
compose's filters, so both agree on what is not story text.
"""

from __future__ import annotations

import re

# Nearby words that mark a line as page clutter rather than story text.
BOILERPLATE_RE = re.compile(
    r"\b(?:editor|reporter|correspondent|contributors?|contributing|columnist|staff writer|"
    r"about the author|follow \w+(?: \w+)? on|send tips|newsletter|subscribe|sign up|logo|"
    r"font size|copyright|all rights reserved|republish\w*|byline|publisher|newswire|"
    r"read more|click here|credit:|photo:|image:|photograph:|getty images|advertisement|"
    r"related:|share this|comments?:)",
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
# "SEE ALSO -", "Also on example.com ...", "[NEWS] ...", "[INSIGHT] ...".
LINK_LABEL_RE = re.compile(
    r"^(?:(?:read|see|watch|listen|also read|also see|related|more|recommended|"
    r"further reading)(?: more| also| next| too)?\s*[:|»›]|also on [\w-]+(?:\.[\w-]+)+\b|"
    r"\[[A-Z][A-Z ]{1,15}\]\s)",
    re.IGNORECASE,
)
# "On the Net: http://...", "Bureau of Indian Affairs Web site: http://..."
WEB_ADDRESS_LINE_RE = re.compile(
    r"^(?:on the (?:inter)?net|[^.]{0,80}\bweb ?site|online)\s*:\s*(?:<?https?://|www\.)\S+$",
    re.IGNORECASE,
)
# Wire and newsroom credits: "(Reporting by A; Editing by B)", "Additional reporting by C",
# "D contributed to this report."
CONTRIBUTOR_RE = re.compile(
    r"^\(?(?:additional |staff )?(?:reporting|writing|editing|compiled|graphics|research) by\b|"
    r"\b(?:reporting|editing|writing) by [A-Z][\w.'’-]+|"
    r"\bcontributed(?: reporting| research)? to (?:this|the) (?:report|story|article)\.?\)?$",
    re.IGNORECASE,
)
# "Email Jane Doe at jdoe@example.com", "Write to John Smith at john.smith@example.com".
CONTACT_RE = re.compile(
    r"^(?:e-?mail|write to|contact|reach)\s+(?:[A-Z][\w.'’-]+\s+){1,4}at\s+\S+@\S+",
    re.IGNORECASE,
)
# Newsletter widgets after the form: "Thanks for signing up!", "Check your inbox".
SIGNUP_DONE_RE = re.compile(
    r"^(?:thanks|thank you) for (?:signing up|subscribing|registering)|"
    r"^(?:you(?:'re| are) (?:now |all )?(?:set|subscribed|signed up))\b|^check your inbox\b|"
    r"^already (?:a subscriber|have an account)\b",
    re.IGNORECASE,
)
# Affiliate and paywall notices addressed to the reader.
COMMERCE_RE = re.compile(
    r"\b(?:we|us|our site|this site)\b[^.]{0,40}\b(?:earn|receive|get)s?\b[^.]{0,20}"
    r"\b(?:commission|share of (?:the )?sales?)\b|\baffiliate (?:links?|commissions?|partners?)\b|"
    r"\b(?:subscribe|subscription|sign in|log in) to (?:continue|keep) reading\b|"
    r"\bfor (?:paid )?subscribers only\b|"
    r"\byou(?:'ve| have) reached (?:your|the) (?:limit|maximum)\b|"
    r"\bfree articles? (?:remaining|left)\b|\bto continue reading\b|"
    r"\bunlock (?:this|unlimited)\b",
    re.IGNORECASE,
)
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
}
# Comment forms, sharing and contact prompts: page text that never raises a question.
FORM_PROMPT_RE = re.compile(
    r"\b(?:enter your|your comment|sign up|subscribe|newsletter|click here|"
    r"for any questions about|contact us|all rights reserved)\b",
    re.IGNORECASE,
)

# A wire dateline opening a sentence: "WASHINGTON (AP) --", "PINE RIDGE, S.D. _", "NEW YORK --"
# (compose's sentence filter; ingest's clutter rule parses place, date and agency itself).
DATELINE_RE = re.compile(
    r"^(?:[A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]+)*(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?"
    r"\s*(?:\([A-Za-z\-. ]+\))?\s*(?:--|_|—|–)\s*)"
)
# A byline fragment left as a sentence: "By JOHN SMITH", "(AP)".
BYLINE_FRAGMENT_RE = re.compile(
    r"^(?:by\s+[A-Z][\w.\-]+(?:\s+[A-Z][\w.\-]+){0,3}\b|\(?[A-Z]{2,}\)?$)"
)
# A wire dateline before a timeline event ("NEWPORT, R.I. _ ", "CAIRO (AP) -- "), stripped
# from it: capitals up to 40 characters and a dash followed by a space.
LEAD_DATELINE_RE = re.compile(r"^[A-Z][A-Z .,'’-]{2,40}(?:\([A-Za-z ]+\))?\s*(?:_|--|—|–)\s+")
# Schedules, contact lines and editors' notes of a wire page, not events.
SCHEDULE_RE = re.compile(
    r"\b\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?\s*(?:to|-|–|until)\s*\d|\bstaffed\b|^EDS?\b|"
    r"\bEDs?:|\b(?:Moved|Repeats?|Corrects?)\b[^.]*\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.|"
    r"\bnews budget\b|\bspot news\b|^(?:following is|here is) |"
    r"\b(?:call|phone|fax|e-?mail)\b[^.]*\d{3}[-. ]\d{4}|\bwww\.|@\w+\.\w|\bhttps?:",
    re.I,
)
