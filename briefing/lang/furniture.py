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
