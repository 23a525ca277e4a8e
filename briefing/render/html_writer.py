"""Standalone HTML output (inline CSS, no external files), handy for e-mail.

The body is the brief's Markdown rendered by markdown-it; ``templates/brief.html.j2`` wraps
it in a page with the styles. Source text was escaped in the Markdown, so markup from
articles arrives as text, and the wrapper template autoescapes everything else.
"""

from __future__ import annotations

import base64

from markupsafe import Markup

from briefing.config import logo_bytes
from briefing.model import Brief
from briefing.render import RenderOptions, shared
from briefing.render.blocks import markdown_parser
from briefing.render.templating import clean_text, render_template


def logo_data_uri(path: str | None) -> str | None:
    """The logo inlined as a data: URI, so the HTML stays one self-contained file."""
    if not path:
        return None
    raw, mime = logo_bytes(path)  # checked again: the file may have changed since
    data = base64.b64encode(raw).decode("ascii")
    return f"data:{mime};base64,{data}"


class HtmlRenderer:
    extension = "html"
    media_type = "text/html"

    def render(self, brief: Brief, options: RenderOptions) -> bytes:
        body = markdown_parser().render(shared.markdown(brief, options))
        page = render_template(
            "brief.html.j2",
            brief,
            options,
            body=Markup(body),  # noqa: S704 - markdown-it output of escaped Markdown
            title=clean_text(brief.title),
            author=clean_text(options.author or brief.organisation or ""),
            logo=logo_data_uri(options.logo),
        )
        return page.encode("utf-8")
