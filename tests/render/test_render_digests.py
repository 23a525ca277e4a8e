"""Source digests in every format: under each numbered source, reachable from its citation,
and a template section that ``sections.j2`` can drop or move."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from briefing.render import RenderOptions, render
from briefing.render.templating import bundled_templates_dir


def docx_paragraphs(data: bytes) -> list[str]:
    return [p.text for p in Document(io.BytesIO(data)).paragraphs]


def pdf_text(data: bytes) -> str:
    return " ".join(
        " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages).split()
    )


def sections_override(tmp_path: Path, drop: str = "", first: str = "") -> RenderOptions:
    text = (bundled_templates_dir() / "sections.j2").read_text(encoding="utf-8")
    if drop:
        text = text.replace(f'  "{drop}",\n', "")
    if first:
        text = text.replace(f'  "{first}",\n', "").replace("[\n", f'[\n  "{first}",\n', 1)
    (tmp_path / "sections.j2").write_text(text, encoding="utf-8")
    return RenderOptions(templates_dir=str(tmp_path))


def test_markdown_digest_is_a_paragraph_of_its_numbered_entry(brief, digests):
    md = render(brief, "md").decode()
    lines = md.splitlines()
    entry = next(i for i, line in enumerate(lines) if line.startswith('1. <a id="source-1">'))
    assert lines[entry + 1] == ""
    assert lines[entry + 2] == "   " + digests[1] + " The union said talks would resume in Warsaw."
    # Source text is escaped: "1999." must not start a new numbered list inside the entry.
    assert "   1999\\. A year the union recalls" in md
    assert md.index("## Timeline") < md.index("## Source digests")


def test_html_digest_sits_in_the_list_item_the_citation_links_to(brief, digests):
    html = render(brief, "html").decode()
    item = html[html.index('<a id="source-1"></a>') :]
    item = item[: item.index("</li>")]
    assert digests[1] in item
    assert 'href="#source-1"' in html


def test_docx_digest_follows_its_entry(brief, digests):
    paras = docx_paragraphs(render(brief, "docx"))
    paras = paras[paras.index("Source digests") :]
    for source_id, sentence in digests.items():
        entry = next(i for i, p in enumerate(paras) if p.startswith(f"{source_id}.\t"))
        assert sentence in paras[entry + 1]
    # A source without a summary has no digest paragraph: the next heading follows.
    third = next(i for i, p in enumerate(paras) if p.startswith("3.\t"))
    assert paras[third + 1] == "Skipped sources"


def test_pdf_has_each_digest_after_its_number(brief, digests):
    text = pdf_text(render(brief, "pdf"))
    assert "Source digests" in text
    for source_id, sentence in digests.items():
        start = text.index(f"{source_id}. ", text.rindex("Source digests"))
        assert sentence.split(":")[0] in text[start : start + 400]


def test_json_keeps_sources_summary(brief, digests):
    data = json.loads(render(brief, "json"))
    assert data["sources"][0]["summary"][0] == digests[1]


def test_digests_can_be_turned_off_with_a_templates_override(brief, digests, tmp_path: Path):
    options = sections_override(tmp_path, drop="digests")
    md = render(brief, "md", options).decode()
    assert "## Sources" in md and "Source digests" not in md
    assert "nine-day strike" not in md[md.index("## Sources") :]
    paras = docx_paragraphs(render(brief, "docx", options))
    assert "Sources" in paras and "Source digests" not in paras
    assert not any("union recalls" in p for p in paras)
    text = pdf_text(render(brief, "pdf", options))
    assert "Source digests" not in text and "union recalls" not in text


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_sections_can_be_reordered_and_dropped(brief, digests, tmp_path: Path, fmt: str):
    options = sections_override(tmp_path, first="timeline")
    out = render(brief, fmt, options).decode()
    assert out.index("Timeline") < out.index("Executive summary") < out.index("Source digests")
    options = sections_override(tmp_path, drop="key_actors")
    assert "Key actors" not in render(brief, fmt, options).decode()
