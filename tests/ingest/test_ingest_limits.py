"""Oversized and foreign sources: what is cut (with a warning) and what is skipped (and why)."""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path

import pytest

from briefing.ingest import Limits, ingest

SENTENCES = [
    "The harbour authority approved a new ferry terminal on Monday after a long consultation.",
    "Residents had objected to the noise of night crossings during the summer season.",
    "The chair said the first boats would sail from the new quay in the spring of next year.",
    "Engineers will strengthen the old sea wall before any building work begins on the site.",
]


def article(n_sentences: int) -> str:
    """A headline and paragraphs of four sentences, each paragraph different."""
    paragraphs = []
    for i in range(0, n_sentences, 4):
        said = f"Speaker number {i // 4} said so at the meeting."
        paragraphs.append(" ".join([said] + [SENTENCES[j % 4] for j in range(i, i + 3)]))
    return "Ferry terminal approved\n\n" + "\n\n".join(paragraphs) + "\n"


def test_a_long_text_is_cut_at_max_source_chars_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "book.txt"
    path.write_text(article(2000), encoding="utf-8")  # ~180,000 characters
    result = ingest([str(path)], limits=Limits(max_source_chars=10_000))
    (doc,) = result.documents
    assert 5_000 < len(doc.text) <= 10_000
    assert doc.text.endswith(".")  # cut at a paragraph break, not inside a word
    assert result.warnings == [
        f"{path.name}: only the first 10,000 characters were read (max_source_chars)"
    ]


def test_a_single_long_line_is_cut_at_a_word_break(tmp_path: Path) -> None:
    path = tmp_path / "line.txt"
    path.write_text(" ".join(SENTENCES * 500), encoding="utf-8")
    result = ingest([str(path)], limits=Limits(max_source_chars=5_000))
    (doc,) = result.documents
    assert len(doc.text) <= 5_000
    assert doc.text.split()[-1] in " ".join(SENTENCES).split()


def test_a_file_over_max_source_mb_is_read_in_part_or_skipped(tmp_path: Path) -> None:
    text = tmp_path / "long.txt"
    text.write_text(article(400), encoding="utf-8")  # ~36 KB
    page = tmp_path / "long.html"
    page.write_text(f"<html><body><p>{article(400)}</p></body></html>", encoding="utf-8")
    result = ingest([str(tmp_path)], limits=Limits(max_source_mb=0.01))
    assert [d.location for d in result.documents] == [text.name]
    assert len(result.documents[0].text) < 10_300
    assert result.warnings == [f"{text.name}: only the first 0.01 MB were read (max_source_mb)"]
    assert [(s.location, s.reason) for s in result.skipped] == [
        (page.name, "larger than 0.01 MB (max_source_mb)")
    ]


def test_a_long_pdf_is_read_to_max_pdf_pages(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    path = tmp_path / "report.pdf"
    c = canvas.Canvas(str(path))
    for page in range(1, 13):
        c.drawString(72, 720, f"Page {page} says the council met on Monday to discuss the port.")
        c.drawString(72, 700, "The harbour authority approved a new ferry terminal that day.")
        c.showPage()
    c.save()
    result = ingest([str(path)], limits=Limits(max_pdf_pages=3))
    (doc,) = result.documents
    assert "Page 3 says" in doc.text and "Page 4 says" not in doc.text
    assert result.warnings == [f"{path.name}: only the first 3 pages were read (max_pdf_pages)"]


def test_a_docx_that_inflates_past_the_cap_is_skipped_before_inflating(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    for sentence in SENTENCES:
        document.add_paragraph(sentence)
    buffer = io.BytesIO()
    document.save(buffer)
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/media/padding.bin", b"\0" * (40 * 2**20))  # 40 KB compressed
    path.write_bytes(buffer.getvalue())
    assert path.stat().st_size < 200_000
    started = time.monotonic()
    result = ingest([str(path)], limits=Limits(max_unzipped_mb=10))
    assert time.monotonic() - started < 1.0
    (skip,) = result.skipped
    assert skip.reason.startswith("inflates to 4") and skip.reason.endswith(
        " MB, over 10 MB (max_unzipped_mb)"
    )
    # The same document within the cap is read as usual.
    assert len(ingest([str(path)], limits=Limits(max_unzipped_mb=50)).documents) == 1


def _understate(data: bytes, member: str, size: int) -> bytes:
    """``data`` with ``member``'s uncompressed size set to ``size`` in both zip headers."""
    import struct

    out = bytearray(data)
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo(member)
    struct.pack_into("<I", out, info.header_offset + 22, size)  # the local header
    at = out.find(b"PK\x01\x02")
    while at >= 0:  # the central directory entry naming the member
        if out[at + 46 : at + 46 + struct.unpack_from("<H", out, at + 28)[0]] == member.encode():
            struct.pack_into("<I", out, at + 24, size)
        at = out.find(b"PK\x01\x02", at + 4)
    return bytes(out)


def test_a_docx_whose_headers_understate_a_size_is_skipped_clearly(tmp_path: Path) -> None:
    # Headers saying 4,000 bytes for a text part that inflates to 500 MB slipped past the
    # size check; zipfile then inflated all of it at once (1 GB peak, 5 CPU s) before its
    # CRC check failed, and the reason shown was "could not read DOCX (BadZipFile)".
    import docx

    document = docx.Document()
    for sentence in SENTENCES:
        document.add_paragraph(sentence)
    buffer = io.BytesIO()
    document.save(buffer)
    parts = zipfile.ZipFile(buffer)
    padded = io.BytesIO()
    with zipfile.ZipFile(padded, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in parts.namelist():
            data = parts.read(name)
            if name == "word/document.xml":
                at = data.index(b"<w:body>") + len(b"<w:body>")
                data = data[:at] + b" " * (40 * 2**20) + data[at:]
            archive.writestr(name, data)
    path = tmp_path / "liar.docx"
    path.write_bytes(_understate(padded.getvalue(), "word/document.xml", 4000))
    started = time.process_time()
    (skip,) = ingest([str(path)], limits=Limits()).skipped
    assert time.process_time() - started < 0.5  # CPU s; inflating the 40 MB took more
    assert skip.reason.startswith("could not read DOCX: word/document.xml inflates")
    assert "not what its zip header says" in skip.reason


# Written for this test: short news items in Chinese, Arabic and French.
CHINESE = (
    "市政府周一宣布，新的轮渡码头将于明年春天开始运营。\n\n"
    "港务局主席表示，码头建设将分两期进行，第一期工程包括加固旧海堤和修建候船大厅。"
    "附近居民此前曾对夜间航班的噪音表示担忧，当局承诺将限制晚上十点以后的航班数量。"
    "预计新码头每年可接待旅客超过两百万人次，并为当地创造数百个工作岗位。\n"
)
ARABIC = (
    "أعلنت بلدية المدينة يوم الاثنين أن محطة العبارات الجديدة ستبدأ العمل في الربيع المقبل.\n\n"
    "وقال رئيس هيئة الميناء إن أعمال البناء ستجري على مرحلتين، تشمل الأولى تقوية الجدار البحري "
    "القديم وبناء صالة للمسافرين. وكان السكان قد أبدوا قلقهم من ضجيج الرحلات الليلية، "
    "ووعدت السلطات بالحد من عدد الرحلات بعد الساعة العاشرة مساء.\n"
)
FRENCH = (
    "La mairie a annoncé lundi que le nouveau terminal des ferries ouvrira au printemps.\n\n"
    "Selon le président de l'autorité portuaire, les travaux se dérouleront en deux phases, "
    "dont la première comprend le renforcement de l'ancienne digue et la construction d'une "
    "salle d'attente. Les riverains s'étaient inquiétés du bruit des traversées nocturnes.\n"
)


@pytest.mark.parametrize(("text", "code"), [(CHINESE, "zh"), (ARABIC, "ar"), (FRENCH, "fr")])
def test_articles_in_other_languages_are_skipped_with_the_language(
    tmp_path: Path, text: str, code: str
) -> None:
    path = tmp_path / f"{code}.txt"
    path.write_text(text, encoding="utf-8")
    result = ingest([str(path)])
    assert result.documents == []
    assert [s.reason for s in result.skipped] == [f"language {code} is not supported"]


def test_english_with_foreign_names_and_quotes_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "en.txt"
    path.write_text(
        article(8)
        + "\n\nThe mayor, Jean-Pierre Lefèvre, called it « un grand jour » for Calais.\n",
        encoding="utf-8",
    )
    result = ingest([str(path)])
    assert len(result.documents) == 1 and not result.skipped


def test_a_pdf_whose_pages_take_too_long_is_read_to_its_time_budget(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An 8 KB page of 100,000 tiny text operators took pypdf 10 CPU s; 300 of them (one
    # shared stream) would take 50 minutes. With no time left, only the first page is read.
    from reportlab.pdfgen import canvas

    from briefing.ingest import pdf_reader

    monkeypatch.setattr(pdf_reader, "PDF_SECONDS", 0.0)
    path = tmp_path / "slow.pdf"
    c = canvas.Canvas(str(path))
    for page in range(1, 4):
        c.drawString(72, 720, f"Page {page} says the council met on Monday to discuss the port.")
        c.showPage()
    c.save()
    result = ingest([str(path)])
    (doc,) = result.documents
    assert "Page 1 says" in doc.text and "Page 2 says" not in doc.text
    assert result.warnings == [
        f"{path.name}: only the first 1 pages were read: they took over 0 CPU s (PDF_SECONDS)"
    ]


def _pdf_of(objects: list[bytes]) -> bytes:
    """A PDF of these objects (numbered from 1, the first the catalog), with its xref."""
    data, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(data))
        data += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref, size = len(data), len(objects) + 1
    data += b"xref\n0 %d\n0000000000 65535 f \n" % size
    data += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return data + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)


def test_a_pdf_past_one_of_pypdfs_limits_is_skipped_saying_which(tmp_path: Path) -> None:
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    objects.append(b"<< /Type /Pages /Kids [" + b"3 0 R " * 100_001 + b"] /Count 100001 >>")
    objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>")
    path = tmp_path / "kids.pdf"
    path.write_bytes(_pdf_of(objects))
    (skipped,) = ingest([str(path)]).skipped
    assert skipped.reason == (
        "could not read PDF (LimitReachedError: Reached maximum array element count.)"
    )


def test_a_pdf_whose_stream_inflates_past_pypdfs_limit_is_called_a_bomb(tmp_path: Path) -> None:
    # A 80 KB stream of 80 MB of zeros: "could not read PDF (LimitReachedError: Limit
    # reached while decompressing. 905514 bytes remaining.)" said nothing a reader knows.
    import zlib

    squeeze = zlib.compressobj(9)
    text = squeeze.compress(b"BT /F1 12 Tf 72 712 Td (The council met.) Tj ET\n")
    stream = text + b"".join(squeeze.compress(b" " * 2**20) for _ in range(80)) + squeeze.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    (tmp_path / "bomb.pdf").write_bytes(_pdf_of(objects))
    (skipped,) = ingest([str(tmp_path / "bomb.pdf")]).skipped
    assert skipped.reason == (
        "could not read PDF: a compressed part of it inflates to more than pypdf allows "
        "(LimitReachedError), as a compression bomb does"
    )


@pytest.fixture
def short_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    """PAGE_SECONDS of 0.2 (skipped where no CPU-time alarm can be armed)."""
    from briefing.cpu_alarm import can_arm
    from briefing.ingest import pdf_reader

    if not can_arm():
        pytest.skip("no CPU-time alarm on this system")
    monkeypatch.setattr(pdf_reader, "PAGE_SECONDS", 0.2)


def _slow_pdf(path: Path, pages: int, slow: int) -> Path:
    """A PDF of ``pages`` pages ("Page N says the council met ..."), page ``slow`` (from 1)
    also drawing 200,000 tiny text operators: seconds of pypdf's time."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    for page in range(1, pages + 1):
        c.setFont("Helvetica", 12)
        c.drawString(72, 720, f"Page {page} says the council met on Monday to discuss the port.")
        c.showPage()
    c.save()
    writer = PdfWriter(clone_from=str(path))
    stream = DecodedStreamObject()
    font = next(iter(writer.pages[slow - 1]["/Resources"]["/Font"]))
    stream.set_data(
        writer.pages[slow - 1].get_contents().get_data()
        + b"BT %s 12 Tf " % font.encode()
        + b"(a)'\n" * 200_000
        + b"ET\n"
    )
    writer.pages[slow - 1].replace_contents(stream)
    writer.write(path)
    return path


# After hypothesis's tests, its collector callback may be what the alarm interrupts: Python
# prints that exception and drops it (the alarm then rings again), and pytest reports it.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_pdf_page_that_takes_too_long_is_left_out(tmp_path: Path, short_pages: None) -> None:
    # One page of tiny text operators kept pypdf busy for seconds, and the budget was only
    # checked between pages. Now the page is stopped mid-way and the pages after it read.
    path = _slow_pdf(tmp_path / "slow-page.pdf", 3, 2)
    result = ingest([str(path)])
    (doc,) = result.documents
    assert "Page 1 says" in doc.text and "Page 3 says" in doc.text
    assert "Page 2 says" not in doc.text
    assert result.warnings == [
        f"{path.name}: page 2 was left out: it took over 0.2 CPU s (PAGE_SECONDS)"
    ]


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_pdf_whose_only_page_took_too_long_says_so_not_scanned(
    tmp_path: Path, short_pages: None
) -> None:
    # One page of 19 MB of text operators: its page was left out, then the PDF was
    # skipped as "no text in PDF (scanned or image-only?)".
    _slow_pdf(tmp_path / "slow.pdf", 1, 1)
    result = ingest([str(tmp_path / "slow.pdf")])
    assert [(s.location, s.reason) for s in result.skipped] == [
        (
            "slow.pdf",
            "no text read: 1 page(s) took over 0.2 CPU s each to read and were left out "
            "(PAGE_SECONDS)",
        )
    ]


def test_a_limits_note_names_the_source_as_the_brief_does_never_by_its_absolute_path(
    tmp_path: Path,
) -> None:
    # Notes printed the machine's absolute path ("/home/ann/news/2024/long.txt: only ...")
    # while "skipped" and the brief name the file within the folder given ("2024/long.txt").
    (tmp_path / "news" / "2024").mkdir(parents=True)
    (tmp_path / "news" / "2024" / "long.txt").write_text(article(400), encoding="utf-8")
    # the feed is read on its own: the folder's near-identical text would drop its entry
    entry = f"<p>{article(400)}</p>".replace("<", "&lt;").replace(">", "&gt;")
    (tmp_path / "wire.rss").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item>'
        f"<title>Toll</title><description>{entry}</description></item></channel></rss>",
        encoding="utf-8",
    )
    cut = "only the first 5,000 characters were read (max_source_chars)"
    news, feed = tmp_path / "news", tmp_path / "wire.rss"
    for given, name in ((news, "2024/long.txt"), (feed, "wire.rss#entry-1")):
        result = ingest([str(given)], limits=Limits(max_source_chars=5_000))
        assert [d.location for d in result.documents] == [name]
        assert result.warnings == [f"{name}: {cut}"]  # not about the same text twice
