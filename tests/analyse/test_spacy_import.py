"""briefing.analyse.spacy_import: spaCy without its command line, and the same parses."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TEXT = "The harbour council approved a budget of 4 million euros on Tuesday, Mayor Ana Ruiz said."
# Loads the pipeline as a build does (or, with "stock", with a plain ``import spacy``) in a
# fresh process; prints what was imported and the parse of TEXT.
PROBE = """
import json, sys
if sys.argv[1] == "stock":
    import spacy
from briefing.analyse.entities import load_nlp
doc = load_nlp()(sys.argv[2])
parse = [(t.text, t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_type_) for t in doc]
cli = sorted(m for m in sys.modules if m.split(".")[0] in {"typer", "weasel", "click"})
print(json.dumps(["spacy.cli" in sys.modules, cli, parse]))
"""


def probe(how: str) -> list:
    out = subprocess.run(
        [sys.executable, "-c", PROBE, how, TEXT],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_the_pipeline_loads_without_spacys_command_line_and_parses_the_same() -> None:
    cli, cli_modules, parse = probe("build")
    assert not cli and not cli_modules
    stock_cli, _, stock_parse = probe("stock")
    assert stock_cli  # a plain import brings it in: what the build no longer pays for
    assert parse == stock_parse


def test_spacy_info_and_cli_stay_usable() -> None:
    code = (
        "from briefing.analyse.spacy_import import import_spacy\n"
        "spacy = import_spacy()\n"
        "import spacy.cli\n"
        "print(callable(spacy.cli.download), sorted(spacy.info()))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.startswith("True [")
    assert "'spacy_version'" in out.stdout
