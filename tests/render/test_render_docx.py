"""The Word output opened with python-docx, as a Word user would meet it."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Pt

from briefing.config import ConfigError
from briefing.model import Statement
from briefing.render import RenderOptions, docx_writer, render
from briefing.render.docx_writer import TOC_PLACEHOLDER


def open_docx(data: bytes):
    return Document(io.BytesIO(data))


def body_xml(doc) -> str:
    return doc.element.xml


def test_sections_use_real_heading_styles(brief, sections):
    doc = open_docx(render(brief, "docx"))
    by_style = {}
    for p in doc.paragraphs:
        by_style.setdefault(p.style.name, []).append(p.text)
    assert by_style["Title"] == [brief.title]
    assert by_style["Heading 1"] == sections
    assert "Number of strikers" in by_style["Heading 2"]
    assert "Skipped sources" in by_style["Heading 2"]


def test_toc_field_with_placeholder(brief):
    doc = open_docx(render(brief, "docx"))
    instr = [el.text for el in doc.element.body.iter(qn("w:instrText"))]
    assert any(t.strip() == 'TOC \\o "1-3" \\h \\z \\u' for t in instr)
    assert TOC_PLACEHOLDER in body_xml(doc)
    assert doc.settings.element.find(qn("w:updateFields")) is not None


def test_footer_has_page_x_of_y_and_marking_header(brief):
    doc = open_docx(render(brief, "docx"))
    section = doc.sections[0]
    footer = section.footer._element
    fields = [f.get(qn("w:instr")) for f in footer.iter(qn("w:fldSimple"))]
    assert fields == ["PAGE", "NUMPAGES"]
    footer_text = "".join(t.text for t in footer.iter(qn("w:t")))
    assert footer_text == "INTERNAL · Page 1 of 1"
    assert "INTERNAL" in section.header.paragraphs[0].text


def test_citations_are_internal_links_to_bookmarked_sources(brief):
    doc = open_docx(render(brief, "docx"))
    body = doc.element.body
    anchors = {h.get(qn("w:anchor")) for h in body.iter(qn("w:hyperlink"))} - {None}
    bookmarks = {b.get(qn("w:name")) for b in body.iter(qn("w:bookmarkStart"))}
    assert anchors == {"source_1", "source_2", "source_3"}
    assert anchors <= bookmarks
    link = next(h for h in body.iter(qn("w:hyperlink")) if h.get(qn("w:anchor")) == "source_3")
    assert "".join(t.text for t in link.iter(qn("w:t"))) == "[3]"


def test_source_url_is_external_hyperlink(brief):
    doc = open_docx(render(brief, "docx"))
    rids = [h.get(qn("r:id")) for h in doc.element.body.iter(qn("w:hyperlink"))]
    targets = {doc.part.rels[r].target_ref for r in rids if r}
    assert targets == {"https://news.example.org/lodz/strike-ends?id=7"}


def test_key_actors_table(brief):
    doc = open_docx(render(brief, "docx"))
    assert len(doc.tables) == 1
    table = doc.tables[0]
    header = [c.text for c in table.rows[0].cells]
    assert header == ["Actor", "Type", "Role", "Sources", "Representative quote"]
    first = [c.text for c in table.rows[1].cells]
    assert first[0] == "Anna Müller"
    assert first[3] == "[1] [2]"
    assert first[4] == "“We will not go back without a contract.” [2]"
    assert table.style.name == "Table Grid"
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None


def test_core_properties(brief):
    props = open_docx(render(brief, "docx", RenderOptions(language="en-GB"))).core_properties
    assert props.title == brief.title
    assert props.author == "Policy Unit Müller & Partners"
    assert props.subject == brief.focus
    assert "Anna Müller" in props.keywords
    assert props.language == "en-GB"


def test_markup_and_unicode_print_literally(brief):
    doc = open_docx(render(brief, "docx"))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "AT&T <b>R&D</b> said its fibre link" in text
    for name in ("Łódź", "Москва", "Αθήνα", "任正非"):
        assert name in text
    assert "[3]†" in text  # single-source marker
    assert "† marks a statement reported by a single source" in text


def test_answered_question_and_empty_sections(brief_factory):
    doc = open_docx(render(brief_factory(), "docx"))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "Answered: Freight resumed on Wednesday morning. [3]†" in text
    empty = open_docx(render(brief_factory(key_actors=[], timeline=[], whats_new=None), "docx"))
    texts = [p.text for p in empty.paragraphs]
    i = texts.index("Key actors")
    assert texts[i + 1] == (
        "No person or organisation could be named from the coverage with confidence."
    )
    assert not any(t.startswith("What's new") for t in texts)


def test_xml_forbidden_characters_are_dropped(brief_factory):
    brief = brief_factory(title="Bad\x0bchars\x00 here")
    doc = open_docx(render(brief, "docx"))
    assert doc.paragraphs[0].text == "Badchars here"


def test_reference_docx_styles_apply(brief, tmp_path: Path):
    ref = Document()
    ref.styles["Normal"].font.name = "Comic Sans MS"
    ref.styles["Normal"].font.size = Pt(13)
    ref.add_paragraph("this body text must not survive")
    path = tmp_path / "reference.docx"
    ref.save(path)
    doc = open_docx(render(brief, "docx", RenderOptions(reference_docx=str(path))))
    assert doc.styles["Normal"].font.name == "Comic Sans MS"
    assert doc.styles["Normal"].font.size == Pt(13)
    assert "this body text" not in body_xml(doc)
    assert doc.paragraphs[0].text == brief.title


def test_a_reference_docx_is_opened_only_through_the_bounded_check(brief, forged_docx):
    # The file may change after the config check: the writer checks it again, and a part
    # inflating past its declared size never reaches python-docx (which reads parts whole).
    options = RenderOptions(reference_docx=str(forged_docx(3_000_000, 4_000)))
    with pytest.raises(ConfigError, match="pad.bin inflates to other than its 4,000 bytes"):
        render(brief, "docx", options)


def test_logo_and_accent_colour(brief, tmp_path: Path):
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (40, 20), (200, 30, 30)).save(logo)
    data = render(brief, "docx", RenderOptions(logo=str(logo), accent_color="#7a1f1f"))
    doc = open_docx(data)
    assert doc.sections[0].header._element.findall(".//" + qn("w:drawing"))
    assert str(doc.styles["Heading 1"].font.color.rgb) == "7A1F1F"
    assert any(n.startswith("word/media/") for n in zipfile.ZipFile(io.BytesIO(data)).namelist())


def test_reproducible_bytes_under_source_date_epoch(brief_factory, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1714608000")  # 2024-05-02 00:00 UTC
    first = render(brief_factory(), "docx")
    second = render(brief_factory(), "docx")
    assert first == second
    infos = zipfile.ZipFile(io.BytesIO(first)).infolist()
    assert infos[0].filename == "[Content_Types].xml"
    assert {i.date_time for i in infos} == {(2024, 5, 2, 0, 0, 0)}
    props = open_docx(first).core_properties
    assert props.created.isoformat().startswith("2024-05-02T00:00:00")
    assert props.modified == props.created


@pytest.mark.parametrize("which", ["brief", "huge_brief"])
def test_copied_runs_and_item_formats_change_no_byte(which, request, monkeypatch, tmp_path):
    # Runs and numbered items' paragraph properties are copied from ready-made XML: the
    # document is the one python-docx writes element by element (with a user's styles too).
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1714608000")
    brief = request.getfixturevalue(which)
    reference = tmp_path / "ref.docx"
    Document().save(reference)
    options = [RenderOptions(), RenderOptions(reference_docx=str(reference))]
    fast = [render(brief, "docx", o) for o in options]

    def added(para, text, *, bold, italic):
        piece = para.add_run(text)
        piece.bold = bold or None
        piece.italic = italic or None

    monkeypatch.setattr(docx_writer, "styled_run", added)
    monkeypatch.setattr(docx_writer, "marker_run", lambda para, m: para.add_run(f"{m}\t"))
    never_kept = property(lambda _: {}, lambda _, value: None)
    monkeypatch.setattr(docx_writer._Writer, "_item_formats", never_kept, raising=False)
    assert [render(brief, "docx", o) for o in options] == fast


@pytest.mark.parametrize("options", [None, RenderOptions(accent_color="not a colour")])
def test_renders_with_default_and_bad_options(brief, options):
    assert open_docx(render(brief, "docx", options)).paragraphs[0].text == brief.title


def test_long_title_focus_and_names_are_capped_in_metadata_only(brief_factory):
    title = "Port strike " + "and its consequences for the regional economy " * 8
    focus = "Will the hub reopen " + "before the contracts of the shipping lines expire " * 8
    org = "Policy Unit " * 30
    data = render(
        brief_factory(title=title, focus=focus, organisation=org, audience="Internal " * 40),
        "docx",
    )
    doc = open_docx(data)
    props = doc.core_properties
    for value in (props.title, props.subject, props.author, props.category):
        assert 200 < len(value) <= 255 and value.endswith("…")
    assert props.title.startswith("Port strike and its consequences")
    text = "\n".join(p.text for p in doc.paragraphs)
    assert " ".join(title.split()) in text and " ".join(focus.split()) in text  # shown whole


def test_a_huge_brief_caps_cells_and_long_properties(huge_brief):
    doc = open_docx(render(huge_brief, "docx"))
    first, second = ([c.text for c in row.cells] for row in doc.tables[0].rows[1:3])
    assert first[3] == "[1] [2] [3] [4] [5] [6] [7] [8] [9] [10] +390 more"
    assert first[4].startswith("“We will keep") and first[4].endswith("…” [7]")
    assert len(first[4]) < 400 and len(first[2]) < 200 and len(second[0]) < 200
    assert len(doc.core_properties.keywords) <= 255  # python-docx's limit
    assert any(p.text.startswith("400.") for p in doc.paragraphs)


def test_reported_by_more_sources_than_cited(brief_factory):
    wide = Statement("Freight resumed on Wednesday morning.", [3], 0.5, [1, 2, 3, 4], [1, 2, 3])
    doc = open_docx(render(brief_factory(background=[wide]), "docx"))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "Freight resumed on Wednesday morning. [3] (reported by 3 sources)" in text
    # Cited by every source that reports it, or by one alone: nothing to add.
    assert "(reported by 2 sources)" not in text


def test_a_source_title_keeps_with_its_digest(brief):
    """Source 1 of the made-up brief has a digest under its title, source 3 has none."""
    paras = open_docx(render(brief, "docx")).paragraphs
    (first,) = [p for p in paras if p.text.startswith("1.\tStrike ends at")]
    (third,) = [p for p in paras if p.text.startswith("3.\t") and "outage report" in p.text]
    assert first.paragraph_format.keep_with_next is True
    assert not third.paragraph_format.keep_with_next  # nothing under it to keep with


def test_a_dated_edited_statement_reads_with_its_brackets(brief_factory):
    dated = Statement("The minister resigned on Friday.", [2], 0.8, date="2024-04-26")
    dated.edited = "The minister resigned on Friday [26 April 2024]."
    doc = open_docx(render(brief_factory(executive_summary=[dated]), "docx"))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "2024-04-26 — The minister resigned on Friday [26 April 2024]. [2]" in text


def test_a_divergence_claim_another_source_tells_has_no_dagger(brief_factory):
    from briefing.model import Claim, Divergence

    told = Claim("About 1,200 workers joined.", [1], [1, 3])
    doc = open_docx(
        render(
            brief_factory(divergences=[Divergence("Strikers", [told, Claim("Some 900.", [2])])]),
            "docx",
        )
    )
    texts = [p.text for p in doc.paragraphs]
    assert any(t.startswith("About 1,200 workers joined.") and "†" not in t for t in texts)
    assert any(t.startswith("Some 900.") and t.endswith("†") for t in texts)
