"""Hostile inputs: time and peak memory of a whole ``briefing build`` per case.

Usage::

    python benchmarks/hostile.py [--repo PATH] [--only CASE,...] [--max-gb N] [--keep DIR]

Builds each input below in a temporary folder, then runs ``python -m briefing build
FOLDER -f json --force`` on it in a fresh process (from ``--repo``, default this checkout,
so an older checkout can be measured the same way) and prints one table: CPU seconds and
wall time, peak resident memory of the WHOLE process tree (the build and any worker
processes it starts, summed; psutil, see ``proctree.py``), exit code, and what the build
said it cut or skipped. The first row is a small normal story (the bundled ``sources/``)
in the same run, for comparison. ``--max-gb`` caps each process's address space (default
8), so a build that would take the machine's memory fails instead. Issue 14's target: a
build of any folder stays under 2 GB (rows over it are marked ``OVER``).

Cases (issue 14): one 3 MB text (25,000 sentences); a 30 MB text; a 2 MB single line;
a 2,000-page PDF (made with reportlab); 5,000 tiny files; a DOCX whose text inflates to
500 MB; an HTML page whose one tag carries 40,000 attributes (lxml under trafilatura took
about 45 CPU s on it before ``ingest/markup.py``); (s29) a 45 KB DOCX of 1,000,000 empty
paragraphs (python-docx took 36 CPU s to walk them before ``MAX_DOCX_PARAGRAPHS``) and a
20 KB PDF of 300 pages sharing one stream of 100,000 empty text objects (pypdf takes
seconds a page; the time budget ``PDF_SECONDS`` stops it); a feed of 100,000 entries (cut
after ``MAX_FEED_ENTRIES`` before feedparser parses it).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import resource
import shutil
import sys
import tempfile
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import IO

import proctree  # benchmarks/proctree.py: this script's folder is on sys.path

ROOT = Path(__file__).resolve().parents[1]
TARGET_BYTES = 2 * 2**30  # issue 14: a build of any folder stays under 2 GB

_NOUNS = ("council port bridge union ministry court agency airline bank school").split()  # noqa: SIM905
_PLACES = ("Marlow Eastbury Hollin Kestrel Dunmore Ashby Corran Pellow Tarvin").split()  # noqa: SIM905
_VERBS = ("close open review fund delay approve extend cut expand inspect").split()  # noqa: SIM905
_THINGS = ("routes contracts wards lines depots grants jobs posts lanes sites").split()  # noqa: SIM905
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def sentence(rng: random.Random) -> str:
    """An invented English news sentence; numbers make nearly every one unique."""
    return (
        f"The {rng.choice(_NOUNS)} of {rng.choice(_PLACES)} said on {rng.choice(_DAYS)} that "
        f"it would {rng.choice(_VERBS)} {rng.randint(2, 9999)} {rng.choice(_THINGS)} in the "
        f"{rng.choice(_NOUNS)} district by {rng.randint(2025, 2040)}."
    )


def paragraphs(rng: random.Random, n_sentences: int, per: int = 5) -> str:
    out = []
    for i in range(0, n_sentences, per):
        out.append(" ".join(sentence(rng) for _ in range(min(per, n_sentences - i))))
    return "\n\n".join(out)


def text_of_size(rng: random.Random, size: int) -> str:
    parts: list[str] = []
    total = 0
    while total < size:
        part = paragraphs(rng, 50)
        parts.append(part)
        total += len(part) + 2
    return "\n\n".join(parts)


def case_normal(folder: Path, rng: random.Random) -> None:
    for path in (ROOT / "sources").glob("*.txt"):
        shutil.copy(path, folder / path.name)


def case_text_3mb(folder: Path, rng: random.Random) -> None:
    (folder / "big.txt").write_text("Hostile input\n\n" + paragraphs(rng, 25_000))


def case_text_30mb(folder: Path, rng: random.Random) -> None:
    (folder / "huge.txt").write_text("Hostile input\n\n" + text_of_size(rng, 30 * 2**20))


def case_line_2mb(folder: Path, rng: random.Random) -> None:
    (folder / "line.txt").write_text(text_of_size(rng, 2 * 2**20).replace("\n\n", " "))


def case_pdf_2000(folder: Path, rng: random.Random) -> None:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(folder / "report.pdf"))
    for _ in range(2000):
        y = 780
        for _ in range(12):
            words = sentence(rng).split()
            for line in (" ".join(words[:12]), " ".join(words[12:])):
                c.drawString(50, y, line)
                y -= 14
        c.showPage()
    c.save()


def case_tiny_5000(folder: Path, rng: random.Random) -> None:
    for n in range(5000):
        (folder / f"note_{n:04d}.txt").write_text(paragraphs(rng, 3))


_DOCX_HEAD = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document '
_DOCX_HEAD += b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'


def write_docx(path: Path, body: Callable[[IO[bytes]], None]) -> None:
    """A DOCX of python-docx's template whose document.xml body ``body`` writes."""
    import docx

    base = path.with_name("base.docx")
    docx.Document().save(base)
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename != "word/document.xml":
                dst.writestr(info, src.read(info))
        with dst.open("word/document.xml", "w", force_zip64=True) as out:
            out.write(_DOCX_HEAD)
            body(out)
            out.write(b"</w:body></w:document>")
    base.unlink()


def case_docx_500mb(folder: Path, rng: random.Random) -> None:
    para = f"<w:p><w:r><w:t>{sentence(rng)}</w:t></w:r></w:p>".encode()

    def body(out: IO[bytes]) -> None:
        block = para * 1000
        for _ in range(500 * 2**20 // len(block)):
            out.write(block)

    write_docx(folder / "bomb.docx", body)


def case_html_attributes(folder: Path, rng: random.Random) -> None:
    attributes = " ".join(f'data-a{n}="x"' for n in range(40_000))
    body = "".join(f"<p>{p}</p>" for p in paragraphs(rng, 20).split("\n\n"))
    page = f"<html><head><title>Bridge</title></head><body><article {attributes}>{body}"
    (folder / "attributes.html").write_text(page + "</article></body></html>")


def case_docx_empty_paragraphs(folder: Path, rng: random.Random) -> None:
    para = f"<w:p><w:r><w:t>{sentence(rng)}</w:t></w:r></w:p>".encode()
    write_docx(folder / "paragraphs.docx", lambda out: out.write(para * 20 + b"<w:p/>" * 10**6))


def case_pdf_slow_pages(folder: Path, rng: random.Random) -> None:
    """300 pages sharing one content stream of 100,000 empty text objects (a 20 KB file)."""
    text = f"BT /F1 12 Tf 50 700 Td ({sentence(rng)}) Tj ET\n".encode()
    stream = zlib.compress(text + b"BT /F1 12 Tf 1 1 Td ET\n" * 100_000, 9)
    kids = b" ".join(b"%d 0 R" % (n + 5) for n in range(300))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count 300 >>" % kids,
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R "
    objects += [page + b"/Resources << /Font << /F1 4 0 R >> >> >>"] * 300
    data, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(data))
        data += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(data)
    data += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    data += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    data += b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1)
    (folder / "slow.pdf").write_bytes(data + b"startxref\n%d\n%%%%EOF\n" % xref)


def case_feed_100000(folder: Path, rng: random.Random) -> None:
    """A 15 MB feed of 100,000 entries without links (their summaries are the articles)."""
    summary = sentence(rng)
    items = "".join(
        f"<item><title>Bridge {n}</title><description>{summary}</description></item>"
        for n in range(100_000)
    )
    head = '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
    (folder / "wire.rss").write_text(head + items + "</channel></rss>")


CASES: dict[str, Callable[[Path, random.Random], None]] = {
    "normal story (5 articles)": case_normal,
    "3 MB text, 25,000 sentences": case_text_3mb,
    "30 MB text": case_text_30mb,
    "2 MB single line": case_line_2mb,
    "2,000-page PDF": case_pdf_2000,
    "5,000 tiny files": case_tiny_5000,
    "DOCX inflating to 500 MB": case_docx_500mb,
    "HTML tag with 40,000 attributes": case_html_attributes,
    "DOCX of 1M empty paragraphs": case_docx_empty_paragraphs,
    "PDF of 300 slow pages": case_pdf_slow_pages,
    "feed of 100,000 entries": case_feed_100000,
}


def measure(repo: Path, folder: Path, out: Path, max_gb: float, timeout: float) -> dict:
    cmd = [sys.executable, "-m", "briefing", "build", str(folder)]
    cmd += ["-o", str(out), "-f", "json", "--force"]
    limit = int(max_gb * 2**30)

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    env = {**os.environ, "SOURCE_DATE_EPOCH": "1764460800", "PYTHONPATH": str(repo)}
    run = proctree.measure(cmd, repo, env, timeout=timeout, preexec_fn=cap)
    err = run.stderr
    said = [line.split("WARNING", 1)[1].strip() for line in err.splitlines() if "WARNING" in line]
    failure = re.findall(r"^(\w*Error)\b", err, re.M)
    note = "; ".join(sorted({_short(s) for s in said}))[:90]
    if run.returncode and failure:
        note = failure[-1] + (f"; {note}" if note else "")
    return {
        "exit": "timeout" if run.returncode is None else run.returncode,
        "seconds": run.seconds,
        "cpu": run.cpu,
        "mb": run.peak_bytes / 2**20,
        "said": ("OVER 2 GB; " if run.peak_bytes > TARGET_BYTES else "") + note,
    }


def _short(message: str) -> str:
    """A warning without its path, so repeated ones collapse ("skipped: duplicate of")."""
    message = re.sub(r"/\S+", "", message).strip(" :")
    return message.split(" of ")[0] if message.startswith("skipped") else message


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repo", type=Path, default=ROOT, help="checkout whose code is run")
    parser.add_argument(
        "--only", default="", help="comma list of case-name prefixes, digits unpunctuated (2000)"
    )
    parser.add_argument("--max-gb", type=float, default=8.0, help="address-space cap per build")
    parser.add_argument("--timeout", type=float, default=900.0, help="seconds per build")
    parser.add_argument("--keep", type=Path, help="build the inputs here and keep them")
    args = parser.parse_args(argv)
    wanted = [w.strip().lower() for w in args.only.split(",") if w.strip()]
    base = args.keep or Path(tempfile.mkdtemp(prefix="briefing-hostile-"))
    print(f"repo: {args.repo.resolve()}  (address space capped at {args.max_gb:g} GB)\n")
    print(
        f"| {'case':30} | {'input':>8} | {'exit':>4} | {'CPU s':>7} | {'wall s':>7} | "
        f"{'peak MB':>7} | said"
    )
    print(f"|{'-' * 32}|{'-' * 10}:|{'-' * 6}:|{'-' * 9}:|{'-' * 9}:|{'-' * 9}:|------")
    try:
        for number, (name, make) in enumerate(CASES.items()):
            plain = name.lower().replace(",", "")  # "2,000-page PDF" is asked for as "2000"
            if wanted and number and not any(plain.startswith(w) for w in wanted):
                continue
            folder = base / f"case{number}" / "sources"
            folder.mkdir(parents=True, exist_ok=True)
            make(folder, random.Random(number))
            size = sum(p.stat().st_size for p in folder.iterdir()) / 2**20
            row = measure(
                args.repo, folder, base / f"case{number}" / "out", args.max_gb, args.timeout
            )
            print(
                f"| {name:30} | {size:6.1f}MB | {row['exit']!s:>4} | {row['cpu']:7.1f} | "
                f"{row['seconds']:7.1f} | {row['mb']:7.0f} | {row['said']}",
                flush=True,
            )
            if not args.keep:
                shutil.rmtree(base / f"case{number}")
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
