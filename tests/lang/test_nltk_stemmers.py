"""nltk comes without scipy.stats when the summarizers are imported (start-up), and
scipy.stats can still be imported afterwards."""

from __future__ import annotations

import json
import subprocess
import sys

PROBE = """
import json, sys
import briefing.summarise.sumy_methods
from briefing.lang.nltk_stemmers import PorterStemmer
before = sorted(m for m in ("nltk", "sumy", "scipy.stats") if m in sys.modules)
import scipy.stats
print(json.dumps([before, PorterStemmer().stem("running"), callable(scipy.stats.norm.cdf)]))
"""


def test_summarizers_import_nltk_but_not_scipy_stats() -> None:
    out = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, timeout=120
    )
    before, stem, stats_usable = json.loads(out.stdout.strip().splitlines()[-1])
    assert before == ["nltk", "sumy"]
    assert stem == "run" and stats_usable
