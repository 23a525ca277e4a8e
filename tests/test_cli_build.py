"""End to end: ``briefing build`` on the bundled sample, checked the way a user would.

The DOCX is opened with python-docx and the PDF's text extracted with pypdf.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document as DocxDocument
from pypdf import PdfReader

from briefing.cli import main
from briefing.lang.words import words

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sources"

# Page clutter that is in the sample articles and must never reach a brief.
CLUTTER = [
    "Font Size",
    "RELATED:",
    "REUTERS/",
    "Please enter your comment",
    "Please enter your name",
    "Follow Eric",
    "Send tips",
    "About the author",
    "Fuel up with free",
    "MarTechBot",
    "Contributing authors",
    "CREDIT:",
    "DCNF affiliation",
    "News Foundation logo",
    "Managing Editor",
    "Read more of Amy",
]
SECTIONS = ["Executive summary", "Background", "Key actors", "Open questions", "Sources"]
CITATION = re.compile(r"\[(\d+)\]")


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def written(out: str, ext: str) -> Path:
    paths = [Path(line) for line in out.splitlines() if line.endswith("." + ext)]
    assert paths, f"no .{ext} path printed in {out!r}"
    return paths[0]


@pytest.fixture(scope="module")
def sample_build(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out_dir = tmp_path_factory.mktemp("out")
    code = main(
        [
            "build",
            str(SAMPLE),
            "--output",
            str(out_dir),
            "--format",
            "docx,pdf,json,md",
            "-q",
        ]
    )
    assert code == 0
    files = {
        p.suffix[1:]: p for p in out_dir.iterdir() if p.is_file() and p.name.startswith("brief")
    }
    assert {"docx", "pdf", "json", "md"} <= set(files)
    return files


@pytest.fixture(scope="module")
def docx_text(sample_build: dict[str, Path]) -> tuple[list[str], str]:
    doc = DocxDocument(str(sample_build["docx"]))
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        parts.extend(cell.text for row in table.rows for cell in row.cells)
    return headings, "\n".join(parts)


@pytest.fixture(scope="module")
def pdf_text(sample_build: dict[str, Path]) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(sample_build["pdf"]).pages)


@pytest.fixture(scope="module")
def brief_json(sample_build: dict[str, Path]) -> dict:
    return json.loads(sample_build["json"].read_text(encoding="utf-8"))


def test_docx_has_sections_citations_and_no_clutter(docx_text: tuple[list[str], str]) -> None:
    headings, text = docx_text
    for section in SECTIONS:
        assert any(section.lower() in h.lower() for h in headings), section
    assert len(CITATION.findall(text)) >= 5
    for junk in CLUTTER:
        assert junk not in text, junk


def test_pdf_has_sections_citations_and_no_clutter(pdf_text: str) -> None:
    flat = " ".join(pdf_text.split())
    for section in SECTIONS:
        assert section.lower() in flat.lower(), section
    assert len(CITATION.findall(flat)) >= 5
    for junk in CLUTTER:
        assert junk not in flat, junk


def test_json_contract(brief_json: dict) -> None:
    for key in [
        "title",
        "date",
        "executive_summary",
        "background",
        "key_actors",
        "open_questions",
        "sources",
        "skipped",
    ]:
        assert key in brief_json, key
    assert len(brief_json["sources"]) == 5
    for src in brief_json["sources"]:
        assert set(src) >= {"id", "title", "outlet", "author", "date", "location", "words"}
    for stmt in brief_json["executive_summary"] + brief_json["background"]:
        assert set(stmt) >= {"text", "sources"} and stmt["sources"]
    for actor in brief_json["key_actors"]:
        assert set(actor) >= {"name", "type", "aliases", "role", "mentions", "sources", "quote"}
    for q in brief_json["open_questions"]:
        assert set(q) >= {"question", "context", "sources"}


def test_no_sentence_appears_twice(brief_json: dict) -> None:
    texts = [s["text"] for s in brief_json["executive_summary"] + brief_json["background"]]
    norm = [" ".join(re.findall(r"\w+", t.lower())) for t in texts]
    assert len(norm) == len(set(norm))


def test_statements_are_source_sentences_with_correct_citations(brief_json: dict) -> None:
    """Faithfulness: each statement's words occur in every source it cites."""
    from briefing.ingest import ingest

    docs = ingest([str(SAMPLE)]).documents
    texts = [" ".join(re.findall(r"\w+", d.text.lower())) for d in docs]
    for stmt in brief_json["executive_summary"] + brief_json["background"]:
        words = " ".join(re.findall(r"\w+", stmt["text"].lower()))
        cited = [texts[i - 1] for i in stmt["sources"]]
        # The statement itself is verbatim in at least one cited source ...
        assert any(words in t for t in cited), stmt["text"]
        # ... and every cited source shares most of its content words.
        content = {w for w in words.split() if len(w) > 3}
        for t in cited:
            assert len(content & set(t.split())) >= 0.6 * len(content), stmt


def test_source_list_in_documents(docx_text: tuple[list[str], str], pdf_text: str) -> None:
    _, text = docx_text
    for marker in ["[1]", "[5]"]:
        assert marker in text and marker in pdf_text


def test_skipped_files_are_reported_and_the_rest_is_built(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "src"
    src.mkdir()
    for name in ["001_0395f38c4b602cee.txt", "003_d34468bfd4c192a6.txt"]:
        shutil.copy(SAMPLE / name, src / name)
    (src / "empty.txt").write_text("", encoding="utf-8")
    (src / "image.txt").write_bytes(bytes(range(256)) * 8)
    out_dir = tmp_path / "out"
    code, out, err = run(
        ["build", str(src), "-o", str(out_dir), "--format", "json,docx", "--no-entities"], capsys
    )
    assert code == 0, err
    assert "empty.txt" in err and "image.txt" in err
    data = json.loads(written(out, "json").read_text(encoding="utf-8"))
    assert len(data["sources"]) == 2
    skipped = {Path(s["location"]).name: s["reason"] for s in data["skipped"]}
    assert set(skipped) == {"empty.txt", "image.txt"}
    assert all(reason for reason in skipped.values())
    doc = DocxDocument(str(written(out, "docx")))
    body = "\n".join(p.text for p in doc.paragraphs)
    assert "empty.txt" in body and "image.txt" in body


def test_zero_usable_sources_is_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "empty.txt").write_text("  \n", encoding="utf-8")
    code, out, err = run(["build", str(src), "-o", str(tmp_path / "out")], capsys)
    assert code == 2
    assert "no usable sources" in err
    assert not list((tmp_path / "out").glob("brief*")) if (tmp_path / "out").exists() else True


def test_an_output_folder_that_cannot_be_written_is_exit_1_with_a_message(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    refuse_new_files: Callable[[Path], None],
) -> None:
    # A read-only folder (chmod 555) stops no test, run as root: its refusal is made by
    # refuse_new_files. It was "build failed: PermissionError: ... .brief-....json.x.tmp
    # (rerun with --debug for details)", after the whole build.
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text(
        "The council approved the new harbour toll on Monday after a long debate.\n"
    )
    out_dir = (tmp_path / "out").absolute()
    refuse_new_files(out_dir)
    code, _, err = run(["build", str(src), "-o", str(out_dir)], capsys)
    assert code == 1
    assert f"cannot write to the output folder {out_dir}: Permission denied" in err
    assert "build failed" not in err and "analysed" not in err  # before the analysis
    assert [p.name for p in out_dir.iterdir()] == [".briefing"]


def test_too_many_workers_is_a_clear_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Each worker loads its own English model: 100,000 of them would exhaust the memory.
    src = tmp_path / "src"
    src.mkdir()
    code, _, err = run(
        ["build", str(src), "-o", str(tmp_path / "out"), "--workers", "100000"], capsys
    )
    assert code == 2
    assert "workers must be at most 256, got 100,000" in err
    assert not (tmp_path / "out").exists()


def test_unknown_summarizer_and_format_are_usage_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(["build", str(SAMPLE), "--summarizer", "magic"], capsys)
    assert code == 2 and "unknown summarizer 'magic'" in err and "lexrank" in err
    code, _, err = run(["build", str(SAMPLE), "--format", "odt"], capsys)
    assert code == 2 and "format 'odt'" in err


def test_summarizer_and_summary_words_flags(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        [
            "build",
            str(SAMPLE),
            "-o",
            str(tmp_path),
            "--format",
            "json",
            "--no-entities",
            "--summarizer",
            "textrank",
            "--summary-words",
            "40",
            "--title",
            "Test title",
        ],
        capsys,
    )
    assert code == 0, err
    data = json.loads(written(out, "json").read_text(encoding="utf-8"))
    assert data["title"] == "Test title" and data["summarizer"] == "textrank"
    lengths = [len(s["text"].split()) for s in data["executive_summary"]]
    # Soft cap: whole sentences, stopping at the first that reaches the limit.
    # (the summary then reads in story order, so the crossing sentence may sit anywhere)
    assert sum(lengths) >= 40 and any(sum(lengths) - w < 40 for w in lengths)
    # Each source keeps its own per-article sumy summary, made of its own sentences.
    from briefing.ingest import ingest

    texts = [" ".join(d.text.split()) for d in ingest([str(SAMPLE)]).documents]
    for src, text in zip(data["sources"], texts, strict=True):
        assert 2 <= len(src["summary"]) <= 3
        # A leading "However," may be dropped (and the next word capitalised), and a
        # connective set off inside ("The plane, however, ..."): nothing else.
        source_words = set(words(text))
        for sentence in src["summary"]:
            assert sentence[1:] in text or set(words(sentence)) <= source_words


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert re.match(r"briefing \d+\.\d+", capsys.readouterr().out)
    with pytest.raises(SystemExit):
        main(["build", "--help"])
    out = capsys.readouterr().out
    for flag in ["--config", "--output", "--format", "--summarizer", "--summary-words", "--title"]:
        assert flag in out


def test_reproducible_builds_under_source_date_epoch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Same inputs + SOURCE_DATE_EPOCH -> byte-identical DOCX and PDF, dated from the epoch."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1528675200")  # 2018-06-11
    outputs = []
    for name in ["a", "b"]:
        code, out, err = run(
            ["build", str(SAMPLE), "-o", str(tmp_path / name), "--format", "docx,pdf"], capsys
        )
        assert code == 0, err
        outputs.append((written(out, "docx"), written(out, "pdf")))
    (docx_a, pdf_a), (docx_b, pdf_b) = outputs
    assert docx_a.name == "brief-2018-06-11.docx"
    assert docx_a.read_bytes() == docx_b.read_bytes()
    assert pdf_a.read_bytes() == pdf_b.read_bytes()


def test_config_file_and_flags_override(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = tmp_path / "briefing.toml"
    cfg.write_text(
        f'title = "From the config"\nsources = ["{SAMPLE}"]\noutput = "out"\n'
        'formats = ["json"]\nentities = false\naudience = "Restricted"\n',
        encoding="utf-8",
    )
    code, out, err = run(["build", "--config", str(cfg), "--title", "From the flag"], capsys)
    assert code == 0, err
    path = written(out, "json")
    assert path.parent == tmp_path / "out"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["title"] == "From the flag" and data["audience"] == "Restricted"
    assert data["key_actors"] == []  # entities = false in the config

    code, _, err = run(["build", "--config", str(tmp_path / "missing.toml")], capsys)
    assert code == 2 and "not found" in err


def test_a_config_may_name_sources_outside_its_folder_and_nothing_in_them_runs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The decision of README's "Whose config is trusted" (s33): the config is the user's own,
    # so its sources may be any folder; what they hold is data. Links out of them, pipes and
    # devices are refused; template, HTML and shell syntax in an article is printed as
    # written; a briefing.toml among the sources is never the build's config.
    story, news = tmp_path / "story", tmp_path / "shared" / "news"
    story.mkdir()
    news.mkdir(parents=True)
    (news / "a.txt").write_text(
        "Harbour council closes the bridge\n\nThe harbour council of Marlow said on Monday it "
        "would close the old bridge for repairs {{ 7 * 7 }} and {% for x in range(3) %}loop"
        "{% endfor %} over the winter months.\n\nThe council said the closure <script>alert(1)"
        "</script> would last until March and cost $(id) about 4 million pounds.\n",
        encoding="utf-8",
    )
    (news / "b.txt").write_text(
        "Marlow bridge to shut for repairs\n\nThe harbour council of Marlow said on Monday it "
        "would close the old bridge for repairs over the winter months, officials said.\n\n"
        "Engineers found cracks in the main span of the bridge last year, the council said.\n",
        encoding="utf-8",
    )
    secret = tmp_path / "vault.txt"
    secret.write_text("The vault code is 4821, the keeper told the harbour office on Monday.")
    (news / "vault.txt").symlink_to(secret)
    os.mkfifo(news / "pipe.txt")
    (news / "briefing.toml").write_text(
        f'title = "Hijacked"\noutput = "{tmp_path / "hijacked"}"\n', encoding="utf-8"
    )
    config = story / "briefing.toml"
    config.write_text(
        'sources = ["../shared/news", "/dev/null"]\noutput = "out"\n'
        'formats = ["json", "md", "html"]\nentities = false\n',
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    code, out, err = run(["build", "--config", str(config), "--workers", "1"], capsys)
    assert code == 0, err
    data = json.loads(written(out, "json").read_text(encoding="utf-8"))
    assert written(out, "json").parent == story / "out"
    assert not (tmp_path / "hijacked").exists() and data["title"] != "Hijacked"
    assert [s["location"] for s in data["sources"]] == ["a.txt", "b.txt"]
    skipped = {s["location"]: s["reason"] for s in data["skipped"]}
    assert skipped["vault.txt"] == f"symbolic link to {secret}, outside news (not followed)"
    assert skipped["pipe.txt"] == "not a regular file (named pipe)"
    assert skipped["/dev/null"] == "not a regular file (character device)"
    markdown = written(out, "md").read_text(encoding="utf-8")
    page = written(out, "html").read_text(encoding="utf-8")
    assert "4821" not in markdown + page
    assert "{{ 7 \\* 7 }}" in markdown and "{% for x in range(3) %}" in markdown
    assert "$(id)" in markdown
    assert "&lt;script&gt;alert(1)" in page and "<script>alert" not in page


def test_default_brief_lists_the_story_actors_once(brief_json: dict) -> None:
    names = [a["name"] for a in brief_json["key_actors"]]
    expected = [
        "Facebook", "Huawei", "Lenovo", "OPPO", "TCL", "ZTE", "Mark Zuckerberg",
        "Sheryl Sandberg", "Mark Warner", "Ron Wyden", "Francisco Varela",
        "Federal Trade Commission",
    ]  # fmt: skip
    for name in expected:
        assert names.count(name) == 1, name
    assert "The New York Times" not in names  # cited for its report, no party
    people = [a for a in brief_json["key_actors"] if a["type"] == "person"]
    assert people and all(a["role"] for a in people[:5])


def test_the_log_is_written_by_the_build_never_through_a_link(tmp_path: Path) -> None:
    # The cron entry's log: a link planted in the output folder (to ~/.bashrc) is refused,
    # saying so where cron reports; a plain file gets every line of the run.
    empty = tmp_path / "news"
    empty.mkdir()
    victim = tmp_path / "bashrc"
    victim.write_text("export A=1\n")
    (tmp_path / "link.log").symlink_to(victim)
    log = tmp_path / "briefing.log"
    runs = []
    for target in (tmp_path / "link.log", log):
        argv = ["build", str(empty), "--output", str(tmp_path / "out"), "--log", str(target)]
        runs.append(
            subprocess.run(
                [sys.executable, "-m", "briefing", *argv],
                cwd=ROOT,
                env={"SOURCE_DATE_EPOCH": "1764460800", "PATH": ""},
                capture_output=True,
                text=True,
                check=False,
            )
        )
    assert runs[0].returncode == 2 and "a symbolic link (not followed)" in runs[0].stderr
    assert victim.read_text() == "export A=1\n"
    assert runs[1].returncode == 2 and runs[1].stdout == runs[1].stderr == ""
    assert "no usable sources" in log.read_text()


def run_entry_point(folder: Path, out: Path, before: str = "") -> subprocess.CompletedProcess[str]:
    """``briefing build FOLDER`` through ``cli.run`` in a fresh interpreter, with an exit
    handler that prints "torn down" and ``before`` run first."""
    script = (
        "import atexit, sys\n"
        "atexit.register(print, 'torn down')\n"
        f"{before}"
        f"sys.argv = ['briefing', 'build', {str(folder)!r}, '-o', "
        f"{str(out)!r}, '-f', 'json', '--no-entities', '--workers', '1']\n"
        "from briefing.cli import run\n"
        "run()\n"
    )
    return subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=600, cwd=ROOT
    )


def test_the_command_leaves_without_the_interpreters_teardown(tmp_path: Path) -> None:
    """Issue 13: after a large build the interpreter's teardown freed every object one by
    one on one core (about 1.2 CPU s after 718 articles), once the edition was published.
    After a successful build the command's entry point flushes what it printed and
    leaves at once: an exit handler registered before it never runs. Any other outcome
    (here: no usable sources) leaves as usual, exit handlers and all: an interrupted
    build may have left a worker pool's semaphores to them."""
    (tmp_path / "empty").mkdir()
    for folder, code in ((SAMPLE, 0), (tmp_path / "empty", 2)):
        # stdout is a pipe: buffered until flushed
        out = run_entry_point(folder, tmp_path / "out", "print('printed before', end='')\n")
        assert out.returncode == code, out.stderr
        assert out.stdout.startswith("printed before")
        assert out.stdout.endswith("torn down\n") == (code != 0), out.stdout


def test_a_profiled_build_leaves_through_the_teardown_so_the_profiler_writes(
    tmp_path: Path,
) -> None:
    """A successful build under a profiler or tracer (here a trace function, as coverage
    and cProfile set one) runs the exit handlers: the fast exit would lose the tool's
    report (``python -m pyinstrument -m briefing build`` wrote nothing)."""
    out = run_entry_point(SAMPLE, tmp_path / "out", "sys.settrace(lambda *args: None)\n")
    assert out.returncode == 0, out.stderr
    assert out.stdout.endswith("torn down\n"), out.stdout
