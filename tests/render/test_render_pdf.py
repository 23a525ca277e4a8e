"""The PDF opened with pypdf: text, outline, links, page numbers, fonts, metadata."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefing.model import Statement
from briefing.render import RenderOptions, render
from briefing.render.fonts import register_fonts


@pytest.fixture(scope="module")
def pdf(brief_factory) -> PdfReader:
    return PdfReader(io.BytesIO(render(brief_factory(), "pdf")))


def all_text(reader: PdfReader) -> str:
    return "\n".join(page.extract_text() for page in reader.pages)


def outline_titles(items, depth=0):
    for item in items:
        if isinstance(item, list):
            yield from outline_titles(item, depth + 1)
        else:
            yield depth, item.title


def test_text_has_sections_citations_unicode_and_literal_markup(pdf, sections):
    text = all_text(pdf)
    for title in sections:
        assert title in text
    assert "[1][2]" in text
    assert "AT&T <b>R&D</b>" in text
    for name in ("Müller", "Łódź", "Москва", "Αθήνα"):
        assert name in text


def test_cjk_characters_switch_to_a_cjk_font(pdf):
    fonts = register_fonts()
    names = {
        str(font.get_object()["/BaseFont"])
        for page in pdf.pages
        for font in page["/Resources"]["/Font"].values()
    }
    # Embedded TrueType subsets get a "ABCDEF+" prefix; the CID fallback keeps its name.
    expected = "BriefCJK" if fonts.cjk_embedded else "STSong-Light"
    assert any(name.lstrip("/").split("+")[-1].startswith(expected) for name in names)
    assert "任正非" in all_text(pdf)


def test_outline_has_every_section(pdf, sections):
    titles = list(outline_titles(pdf.outline))
    assert [t for depth, t in titles if depth == 0] == sections
    assert (1, "Number of strikers") in titles
    assert (1, "Skipped sources") in titles


def test_table_of_contents_lists_sections(pdf):
    first = pdf.pages[0].extract_text()
    assert "Contents" in first
    assert re.search(r"Key actors\s+[ .]+\d", first)


def test_links_internal_and_uri(pdf):
    uris, internal = set(), []
    for page in pdf.pages:
        for annot in page.get("/Annots") or []:
            annot = annot.get_object()
            if annot.get("/Subtype") != "/Link":
                continue
            action = annot.get("/A")
            if action is not None and action.get("/S") == "/URI":
                uris.add(str(action["/URI"]))
            elif "/Dest" in annot or (action is not None and action.get("/S") == "/GoTo"):
                internal.append(annot["/Dest"][0])
    assert uris == {"https://news.example.org/lodz/strike-ends?id=7"}
    assert len(internal) >= 10  # every [n] plus the TOC entries
    # Citations jump to the page that lists the sources.
    sources_page = next(
        i for i, p in enumerate(pdf.pages) if "Strike ends at Łódź hub —" in p.extract_text()
    )
    pages = [
        pdf.get_page_number(p) if hasattr(p, "keys") else -1
        for p in (ref.get_object() for ref in internal)
    ]
    assert sources_page in pages


def test_page_x_of_y_and_marking_on_every_page(pdf):
    total = len(pdf.pages)
    assert total >= 2
    for number, page in enumerate(pdf.pages, start=1):
        text = page.extract_text()
        assert f"Page {number} of {total}" in text
        assert "INTERNAL" in text


def test_every_font_is_embedded_without_cjk(brief_factory):
    brief = brief_factory()
    for s in brief.background:
        s.text = s.text.replace("任正非", "Ren Zhengfei")
    reader = PdfReader(io.BytesIO(render(brief, "pdf")))
    seen = 0
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendant = font.get("/DescendantFonts")
            target = descendant[0].get_object() if descendant else font
            descriptor = target["/FontDescriptor"].get_object()
            assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            seen += 1
    assert seen >= 3


def test_metadata(pdf):
    meta = pdf.metadata
    assert meta.title == "Port strike in Łódź: talks resume"
    assert meta.author == "Policy Unit Müller & Partners"
    assert meta.subject.startswith("Will the Łódź")
    assert "Anna Müller" in meta["/Keywords"]
    assert pdf.trailer["/Root"]["/Lang"] == "en"


def test_reproducible_bytes_under_source_date_epoch(brief_factory, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1714608000")
    first = render(brief_factory(), "pdf")
    assert first == render(brief_factory(), "pdf")
    assert PdfReader(io.BytesIO(first)).metadata["/CreationDate"].startswith("D:20240502")


def test_logo_and_accent(brief, tmp_path: Path):
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (60, 30), (20, 120, 60)).save(logo)
    data = render(brief, "pdf", RenderOptions(logo=str(logo), accent_color="#7A1F1F"))
    reader = PdfReader(io.BytesIO(data))
    assert all(page.images for page in reader.pages)
    content = reader.pages[0].get_contents().get_data()
    assert b".478431 .121569 .121569" in content  # #7A1F1F as an RGB fill/stroke


def test_empty_brief_renders(brief_factory):
    from briefing.model import Brief

    reader = PdfReader(io.BytesIO(render(Brief(title="Nothing yet", date="2024-01-01"), "pdf")))
    text = all_text(reader)
    assert "No open questions stand out in the coverage." in text
    assert "None found." not in text
    assert "Page 1 of 1" in text


def test_a_huge_brief_renders_and_every_cell_fits(huge_brief):
    # 400 sources, an actor cited by all of them (issue 13's "cell 3770 points too large"),
    # a 5,000-word shaded executive summary and a 5,000-word paragraph: pages split.
    reader = PdfReader(io.BytesIO(render(huge_brief, "pdf")))
    assert len(reader.pages) > 10
    text = " ".join(all_text(reader).split())
    assert "[1] [2] [3] [4] [5] [6] [7] [8] [9] [10] +390 more" in text
    assert "[11][12] +388 more" in text  # the statement cited by all 400
    assert "Report 400 on the strike" in text
    assert "We will keep the terminals open" in text and "…" in text


def test_reported_by_more_sources_than_cited(brief_factory):
    wide = Statement("Freight resumed on Wednesday morning.", [3], 0.5, [1, 2, 3, 4], [1, 2, 3])
    text = all_text(PdfReader(io.BytesIO(render(brief_factory(background=[wide]), "pdf"))))
    assert "(reported by 3 sources)" in " ".join(text.split())


def test_two_layout_passes_and_the_contents_show_true_pages(brief_factory, sections, monkeypatch):
    # The contents know every heading before the first pass, so a second pass (for the
    # page total) settles the layout; an empty first contents cost a third.
    from briefing.render.pdf_pages import BriefDoc

    passes: list[int] = []
    real = BriefDoc.multiBuild
    monkeypatch.setattr(BriefDoc, "multiBuild", lambda doc, story: passes.append(real(doc, story)))
    reader = PdfReader(io.BytesIO(render(brief_factory(), "pdf")))
    assert passes == [2]
    contents = " ".join(reader.pages[0].extract_text().split())
    # Where each section really is: its bookmark, made where its heading is drawn.
    marks = {
        item.title: reader.get_destination_page_number(item) + 1
        for item in reader.outline
        if not isinstance(item, list)
    }
    # pypdf gives an entry's dotted page number (drawn after the text) before its title.
    listed = {t: int(re.search(r"\. (\d+) " + re.escape(t), contents)[1]) for t in sections}
    assert listed == {t: marks[t] for t in sections}
    assert max(listed.values()) > 1  # the brief runs over several pages


def test_actor_cells_keep_long_words_whole_and_tables_stay_in_the_text_width(brief_factory):
    from reportlab.platypus import Frame

    from briefing.model import Actor
    from briefing.render.pdf_writer import BODY_W, FRAME_H, MARGIN_X, PAGE_W

    actor = Actor("National Transportation Safety Board", "government body", sources=[1, 2])
    reader = PdfReader(io.BytesIO(render(brief_factory(key_actors=[actor]), "pdf")))
    lines = all_text(reader).splitlines()
    assert "Transportation" in " ".join(lines).split()  # not "Tran" + "sportation"
    assert any(line.strip().startswith("government") for line in lines)
    frame = Frame(MARGIN_X, 0, PAGE_W - 2 * MARGIN_X, FRAME_H)
    assert pytest.approx(frame._aW) == BODY_W  # what the body's text runs in: no table juts out


def test_long_words_of_names_and_roles_stay_whole(brief_factory):
    from briefing.model import Actor

    actors = [
        Actor("Interdepartmental Review Board", "government body", sources=[1]),
        Actor("Huawei", "organisation", role="Chinese telecommunications corporation", sources=[2]),
    ]
    words = all_text(PdfReader(io.BytesIO(render(brief_factory(key_actors=actors), "pdf")))).split()
    assert "Interdepartmental" in words  # not "Interdepartm" + "ental"
    assert "telecommunications" in words  # not "telecom" + "munications"


@pytest.mark.parametrize("n_sources", [24, 31, 38])
def test_a_source_title_shares_its_page_with_its_digest(brief_factory, n_sources):
    from briefing.model import SourceEntry

    digest = "The port reopened after talks between the union and the operators ended."
    sources = [
        SourceEntry(i, f"Report {i} on the strike", f"a/{i}.txt", summary=[f"Digest {i}. {digest}"])
        for i in range(1, n_sources + 1)
    ]
    reader = PdfReader(io.BytesIO(render(brief_factory(sources=sources), "pdf")))
    for page in reader.pages:
        text = " ".join(page.extract_text().split())
        for n in re.findall(r"Report (\d+) on the strike", text):
            assert f"Digest {n}." in text, f"source {n}'s digest is on the next page"


def test_a_dated_edited_statement_reads_with_its_brackets(brief_factory):
    dated = Statement("The minister resigned on Friday.", [2], 0.8, date="2024-04-26")
    dated.edited = "The minister resigned on Friday [26 April 2024]."
    text = all_text(PdfReader(io.BytesIO(render(brief_factory(executive_summary=[dated]), "pdf"))))
    assert "resigned on Friday [26 April 2024]." in " ".join(text.split())
    assert "2024-04-26" in text


def test_a_divergence_claim_another_source_tells_has_no_dagger(brief_factory):
    from briefing.model import Claim, Divergence

    told = Claim("About 1,200 workers joined.", [1], [1, 3])
    brief = brief_factory(divergences=[Divergence("Strikers", [told, Claim("Some 900.", [2])])])
    text = all_text(PdfReader(io.BytesIO(render(brief, "pdf"))))
    assert re.search(r"About 1,200 workers joined\. \[1\]\s*\n", text)
    assert re.search(r"Some 900\. \[2\]\s*†", text)


def test_a_statement_taller_than_a_page_is_laid_out_once(brief_factory):
    """One "word" of 150,000 characters (a hostile page's, which no word count stops) in
    the shaded executive summary: the box's table broke the lines of what was left of it
    again on every page (quadratic: 18 CPU s in a build); now it goes between the boxes
    as a plain paragraph."""
    import time

    word = "quay" * 37_500
    brief = brief_factory()
    brief.executive_summary = [
        Statement("Freight fell at the port.", [1]),
        Statement(f"The board said {word} on Monday.", [1]),
        Statement("The strike ended.", [2]),
    ]
    started = time.process_time()
    reader = PdfReader(io.BytesIO(render(brief, "pdf")))
    assert time.process_time() - started < 6  # about 1 s; 8.4 in its box
    text = "".join(all_text(reader).split())
    assert "Freightfellattheport." in text and "Thestrikeended." in text
    assert text.count("quay") > 37_000  # a few cut by the page breaks
