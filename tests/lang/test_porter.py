"""Compose's Porter stemmer is nltk's, loaded without importing the nltk package."""

from __future__ import annotations

import json
import subprocess
import sys

WORDS = ["running", "relational", "generously", "ponies", "caresses", "Hyphen-ated", "'s", "1990s"]

PROBE = f"""
import json, sys
from briefing.lang.porter import porter_stemmer
alone = porter_stemmer()
left = sorted(m for m in sys.modules if m == "nltk" or m.startswith("nltk."))
stems = [alone.stem(w) for w in {WORDS!r}]
from nltk.stem.porter import PorterStemmer
real = [PorterStemmer().stem(w) for w in {WORDS!r}]
print(json.dumps([left, stems == real, stems, type(porter_stemmer()) is PorterStemmer]))
"""


def test_the_stemmer_is_nltks_and_leaves_no_nltk_module_behind() -> None:
    out = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, timeout=120
    )
    left, same, stems, real_once_imported = json.loads(out.stdout.strip().splitlines()[-1])
    assert left == []  # the placeholders and what was loaded under them are gone
    assert same and stems[0] == "run"
    assert real_once_imported  # with nltk imported, it is nltk's class as imported
