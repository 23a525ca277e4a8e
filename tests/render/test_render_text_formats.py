"""JSON, Markdown and HTML output, escaping, the format registry and template overrides."""

from __future__ import annotations

import html
import io
import json
from pathlib import Path

import pytest
from docx import Document
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from briefing.model import Claim, Divergence, Statement
from briefing.registry import UnknownName
from briefing.render import FORMATS, RenderOptions, render
from briefing.render.blocks import markdown_parser
from briefing.render.templating import (
    bundled_templates_dir,
    cite_markdown,
    clean_text,
    clip,
    md_escape,
)

MARKUP = "AT&T <b>R&D</b>"


def test_every_format_is_registered_with_an_extension():
    assert set(FORMATS.names()) == {"docx", "pdf", "json", "md", "html"}
    assert {FORMATS.get(n).extension for n in FORMATS.names()} == set(FORMATS.names())
    with pytest.raises(UnknownName):
        render_unknown()


def render_unknown() -> None:
    from briefing.model import Brief

    render(Brief(title="t", date="2024-01-01"), "rtf")


def test_json_is_the_contract(brief):
    data = render(brief, "json")
    assert "Łódź".encode() in data  # ensure_ascii=False
    loaded = json.loads(data)
    assert loaded == brief.to_dict()
    assert list(loaded)[:3] == ["title", "date", "executive_summary"]
    assert loaded["executive_summary"][1]["single_source"] is True
    assert render(brief, "json") == data


def test_markdown_sections_citations_and_escaping(brief):
    md = render(brief, "md").decode()
    for heading in (
        "## Executive summary",
        "## Key actors",
        "## Source digests",
        "### Skipped sources",
    ):
        assert heading in md
    assert "[[3]](#source-3)" in md
    assert '<a id="source-3"></a>' in md
    assert "| **Anna Müller** | person |" in md
    assert "1. Will the port authority pay back wages? — raised by Anna Müller" in md
    assert "**Answered:** Freight resumed on Wednesday morning." in md
    assert "**2024-04-22** — Strike begins in Łódź." in md
    # Markup from sources is escaped, so any Markdown viewer shows it literally.
    rendered = markdown_parser().render(md)
    assert "AT&amp;T &lt;b&gt;R&amp;D&lt;/b&gt; said" in rendered
    assert "<b>R&amp;D</b>" not in rendered


def test_html_is_standalone_and_escaped(brief):
    page = render(brief, "html").decode()
    assert page.startswith("<!DOCTYPE html>")
    assert "<style>" in page and "<link" not in page
    assert '<html lang="en">' in page
    assert "<title>Port strike in Łódź: talks resume</title>" in page
    assert "AT&amp;T &lt;b&gt;R&amp;D&lt;/b&gt; said its fibre link" in page
    assert '<a href="#source-3">[3]</a>' in page
    assert '<a id="source-3"></a>' in page
    assert '<a href="https://news.example.org/lodz/strike-ends?id=7">' in page
    assert "<table>" in page and "<th>Actor</th>" in page
    assert '<div class="executive-summary">' in page


def test_html_inlines_only_an_image_as_its_logo(brief, tmp_path: Path):
    # A logo renamed to a secret (or swapped for one after the config was read) must not be
    # published base64 in the page (s32: `logo = "/etc/passwd"` was).
    from PIL import Image

    from briefing.config import ConfigError

    logo = tmp_path / "logo.gif"
    Image.new("P", (4, 2)).save(logo)
    page = render(brief, "html", RenderOptions(logo=str(logo))).decode()
    assert "data:image/gif;base64,R0lGOD" in page  # "GIF8"
    logo.write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="not a PNG, JPEG or GIF image"):
        render(brief, "html", RenderOptions(logo=str(logo)))


def test_html_and_markdown_carry_the_same_statements(brief):
    page = html.unescape(render(brief, "html").decode())
    md = render(brief, "md").decode()
    for statement in [*brief.executive_summary, *brief.background]:
        assert statement.text in page
        assert md_escape(statement.text) in md


def test_html_accent_colour_is_validated(brief):
    page = render(brief, "html", RenderOptions(accent_color="red;}</style><script>")).decode()
    assert "<script>" not in page
    assert "#1F3A5F" in page
    assert "#7A1F1F" in render(brief, "html", RenderOptions(accent_color="7a1f1f")).decode()


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60))
def test_md_escape_prints_any_text_literally(text):
    assume(clean_text(text))
    rendered = markdown_parser().render("- " + md_escape(text) + " [[1]](#source-1)\n")
    body = rendered.removeprefix("<ul>\n<li>").removesuffix(
        ' <a href="#source-1">[1]</a></li>\n</ul>\n'
    )
    assert html.unescape(body) == clean_text(text).replace("\x00", "\ufffd")


EMPTY_SAYS = [
    "No statement in the coverage could be cited for a summary.",
    "No earlier events or context stand out in the coverage.",
    "No person or organisation could be named from the coverage with confidence.",
    "No open questions stand out in the coverage.",
    "No disagreement between the sources could be shown with confidence.",
    "No event in the coverage could be dated with confidence.",
    "No usable sources.",
]


@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
def test_an_empty_section_says_what_was_looked_for(fmt):
    from briefing.model import Brief

    data = render(Brief(title="Quiet day", date="2024-01-01"), fmt)
    if fmt == "docx":
        text = "\n".join(p.text for p in Document(io.BytesIO(data)).paragraphs)
    else:
        text = html.unescape(data.decode())
    for sentence in EMPTY_SAYS:
        assert text.count(sentence) == 1, sentence
    assert "None found." not in text
    assert "What's new" not in text and "Skipped sources" not in text


def test_empty_sections_stay_empty_lists_in_json():
    from briefing.model import Brief

    data = json.loads(render(Brief(title="Quiet day", date="2024-01-01"), "json"))
    for key in ("executive_summary", "key_actors", "open_questions", "divergences", "timeline"):
        assert data[key] == []
    assert not any(s in json.dumps(data) for s in EMPTY_SAYS)


def test_a_labels_file_without_empty_sentences_falls_back_to_none(tmp_path: Path):
    from briefing.model import Brief

    labels = (bundled_templates_dir() / "labels.j2").read_text(encoding="utf-8")
    start = labels.index('  "empty": {')
    end = labels.index("  },\n", start) + len("  },\n")
    (tmp_path / "labels.j2").write_text(labels[:start] + labels[end:], encoding="utf-8")
    md = render(
        Brief(title="Quiet day", date="2024-01-01"), "md", RenderOptions(templates_dir=tmp_path)
    ).decode()
    assert md.count("None found.") == 7


def test_focus_line_only_when_it_is_not_the_title(brief_factory):
    asked = render(brief_factory(), "md").decode()
    assert "**Focus:** Will the Łódź logistics hub reopen before June?" in asked
    topic = brief_factory(title="Łódź port strike", focus="łódź port strike")
    md = render(topic, "md").decode()
    assert md.startswith("# Łódź port strike") and "Focus:" not in md


def test_template_override_changes_heading_everywhere(brief, tmp_path: Path):
    labels = (bundled_templates_dir() / "labels.j2").read_text(encoding="utf-8")
    (tmp_path / "labels.j2").write_text(
        labels.replace('"Executive summary"', '"Bottom line"'), encoding="utf-8"
    )
    options = RenderOptions(templates_dir=str(tmp_path))
    assert "## Bottom line" in render(brief, "md", options).decode()
    doc = Document(io.BytesIO(render(brief, "docx", options)))
    headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert "Bottom line" in headings and "Executive summary" not in headings
    assert "<h2>Bottom line</h2>" in render(brief, "html", options).decode()


def test_template_override_can_reorder_sections(brief, tmp_path: Path):
    (tmp_path / "brief.md.j2").write_text(
        "# {{ brief.title | md }}\n\n## Only timeline\n\n"
        "{% for e in brief.timeline %}- {{ e.text | md }} {{ e.sources | cite }}\n{% endfor %}",
        encoding="utf-8",
    )
    md = render(brief, "md", RenderOptions(templates_dir=str(tmp_path))).decode()
    assert md.splitlines()[2] == "## Only timeline"
    assert "Executive summary" not in md


def test_templates_are_sandboxed(brief, tmp_path: Path):
    from briefing.render import TemplateFailure

    (tmp_path / "brief.md.j2").write_text(
        "{{ brief.__class__.__init__.__globals__ }}", encoding="utf-8"
    )
    with pytest.raises(TemplateFailure, match=r"brief.md.j2, line 1: .*__init__.* is unsafe"):
        render(brief, "md", RenderOptions(templates_dir=str(tmp_path)))


def test_citations_are_capped_with_a_count_of_the_rest():
    assert cite_markdown([1, 2]) == "[[1]](#source-1)[[2]](#source-2)"
    assert cite_markdown([1, 4, 9, 12], " ", 3) == (
        "[[1]](#source-1) [[4]](#source-4) [[9]](#source-9) \\+1 more"
    )
    assert cite_markdown([1, 2, 3], "", 3) == cite_markdown([1, 2, 3])
    assert cite_markdown(list(range(1, 41)), "", 2, "(%d autres)").endswith(" (38 autres)")


def test_clip_cuts_at_a_word_boundary():
    assert clip("short", 10) == "short"
    assert clip("one two three four", 12) == "one two…"
    assert clip("x" * 50, 10) == "x" * 9 + "…"
    assert clip("  spaced\n  out  ", 20) == "spaced out"


def test_huge_brief_is_capped_alike_in_markdown_and_html(huge_brief):
    md = render(huge_brief, "md").decode()
    page = html.unescape(render(huge_brief, "html").decode())
    assert "[[10]](#source-10) \\+390 more |" in md
    assert "[10]</a> +390 more</td>" in page
    assert md.count("+388 more") == 1 and page.count("+388 more") == 1  # the 400-source statement
    assert "[[400]](#source-400)" not in md.split("## Sources")[0]


def test_reported_by_in_markdown_html_and_json(brief_factory):
    wide = Statement("Freight resumed on Wednesday morning.", [3], 0.5, [1, 2, 3, 4], [1, 2, 3])
    brief = brief_factory(background=[wide])
    md = render(brief, "md").decode()
    assert "[[3]](#source-3) (reported by 3 sources)" in md
    assert "(reported by 3 sources)" in render(brief, "html").decode()
    loaded = json.loads(render(brief, "json"))["background"][0]
    # The † decision counts every source reporting the fact; the reader is told of those
    # that tell it in much the same words.
    assert (loaded["reported_by"], loaded["echoed_by"]) == ([1, 2, 3, 4], [1, 2, 3])
    assert "(reported by 4 sources)" not in md
    assert wide.reporters == 3 and not wide.single_source


def test_a_fact_another_source_probably_tells_has_no_dagger(brief_factory):
    lone = Statement("Ferries resumed on Wednesday.", [2], 0.5, [2], [2])
    likely = Statement("Freight resumed on Wednesday.", [3], 0.5, [3], [3])
    likely.probably_reported_by = [1]
    brief = brief_factory(background=[lone, likely])
    md = render(brief, "md").decode()
    assert "Ferries resumed on Wednesday. [[2]](#source-2)†" in md
    assert "Freight resumed on Wednesday. [[3]](#source-3)\n" in md  # no †, no count
    loaded = json.loads(render(brief, "json"))["background"]
    # The looser test cites and counts nothing: only the mark goes.
    assert [(s["single_source"], s["reported_by"], s["probably_reported_by"]) for s in loaded] == [
        (True, [2], []),
        (False, [3], [1]),
    ]


def test_a_source_title_in_capitals_is_listed_in_title_case(brief_factory):
    from briefing.model import SourceEntry

    sources = [
        SourceEntry(1, "DOCKERS WALK OUT AT LODZ HUB (DW)", "a.txt"),
        SourceEntry(2, "Lodz Dockers Strike Over Shifts", "b.txt"),
    ]
    md = render(brief_factory(sources=sources), "md").decode()
    assert "**Dockers Walk Out at Lodz Hub (DW)**" in md
    assert "**Lodz Dockers Strike Over Shifts**" in md  # as written
    data = json.loads(render(brief_factory(sources=sources), "json"))
    assert data["sources"][0]["title"] == "DOCKERS WALK OUT AT LODZ HUB (DW)"  # data unchanged


def test_a_wires_part_number_is_not_shown_in_a_source_title(brief_factory):
    from briefing.model import SourceEntry

    sources = [
        SourceEntry(1, "Dockers Walk Out at Lodz Hub (1)", "a.txt"),
        SourceEntry(2, "Lodz Port Output Falls 12 Percent in (2024)", "b.txt"),
        SourceEntry(3, "(2)", "c.txt"),
    ]
    md = render(brief_factory(sources=sources), "md").decode()
    assert "**Dockers Walk Out at Lodz Hub**" in md
    assert "(2024)" in md  # a year is no part number
    assert "**(2)**" in md  # a title that is nothing else stays
    data = json.loads(render(brief_factory(sources=sources), "json"))
    assert data["sources"][0]["title"] == "Dockers Walk Out at Lodz Hub (1)"  # data unchanged


def test_a_dated_edited_statement_in_markdown_html_and_json(brief_factory):
    dated = Statement(
        "The minister resigned on Friday.",
        [2],
        0.8,
        date="2024-04-26",
        edited="The minister resigned on Friday [26 April 2024].",
    )
    brief = brief_factory(executive_summary=[dated], background=[dated])
    md = render(brief, "md").decode()
    line = "**2024-04-26** — The minister resigned on Friday \\[26 April 2024\\]. [[2]](#source-2)"
    assert md.count(line) == 2  # in the summary and the background alike
    page = render(brief, "html").decode()
    assert "<strong>2024-04-26</strong> — The minister resigned on Friday [26 April 2024]." in page
    loaded = json.loads(render(brief, "json"))["executive_summary"][0]
    # The JSON keeps the source's words and gives what the reader sees beside them.
    assert loaded["text"] == "The minister resigned on Friday."
    assert loaded["edited"] == "The minister resigned on Friday [26 April 2024]."
    assert loaded["date"] == "2024-04-26"
    plain = json.loads(render(brief_factory(), "json"))["background"][0]
    assert plain["edited"] == plain["text"] and plain["date"] is None


def test_each_divergence_heading_stands_apart_from_the_claims_before_it(brief_factory):
    two = [
        Divergence("Number of strikers", [Claim("About 1,200 joined.", [1]), Claim("900.", [2])]),
        Divergence("Disputed: the port denied the report.", [Claim("The port denied it.", [2])]),
    ]
    md = render(brief_factory(divergences=two), "md").decode()
    lines = md.splitlines()
    headings = [n for n, line in enumerate(lines) if line.startswith("### ")]
    assert len(headings) >= 2 and all(lines[n - 1] == "" for n in headings)
    rendered = markdown_parser().render(md)
    assert "<h3>Disputed: the port denied the report.</h3>" in rendered


def told_elsewhere_brief(brief_factory):
    """A brief whose only one-source claims are a divergence's: one another source also
    tells (no †), one nobody else does (†); every statement has two sources."""
    both = Statement("Dock workers in Łódź ended a nine-day strike on Tuesday.", [1, 2], 0.9)
    return brief_factory(
        executive_summary=[both],
        background=[],
        divergences=[
            Divergence(
                "Number of strikers",
                [Claim("About 1,200 workers joined.", [1], [1, 3]), Claim("Some 900 joined.", [2])],
            )
        ],
    )


def test_a_divergence_claim_has_the_dagger_only_when_no_other_source_tells_it(brief_factory):
    brief = told_elsewhere_brief(brief_factory)
    md = render(brief, "md").decode()
    assert "About 1,200 workers joined. [[1]](#source-1)\n" in md
    assert "Some 900 joined. [[2]](#source-2)†" in md
    assert "† marks a statement" in md  # the legend counts a claim's † too
    page = render(brief, "html").decode()
    assert "Some 900 joined." in page and page.count("†") == md.count("†")
    claims = json.loads(render(brief, "json"))["divergences"][0]["claims"]
    assert [(c["single_source"], c["reported_by"]) for c in claims] == [
        (False, [1, 3]),
        (True, [2]),
    ]
