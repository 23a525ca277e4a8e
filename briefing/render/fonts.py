"""Fonts for the PDF: an embedded Unicode TrueType family, plus a CJK font for Han/Kana/Hangul.

Latin, Greek and Cyrillic use DejaVu Sans (regular, bold, oblique, bold oblique), embedded
as subsets. The TTFs come from matplotlib's bundled copy (a well-kept wheel on the package
index; located without importing matplotlib), else the system's ``fonts-dejavu``;
reportlab's own Vera (Latin only) is the last resort.

CJK: no small PyPI package ships a CJK font reportlab can embed (Noto Sans CJK wheels are
27 MB of CFF-outline OTF, which reportlab cannot subset). A TrueType CJK font installed on
the system (WenQuanYi, AR PL, Droid Sans Fallback) is embedded when found; otherwise the
Adobe CID font ``STSong-Light`` is used, which PDF viewers supply but which is NOT embedded.
Text switches font per run of CJK characters (:func:`markup_with_fallback`).
"""

from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont

FAMILY = "BriefSans"
CJK_FONT = "BriefCJK"
_FACES = {
    "": ("DejaVuSans.ttf", "Vera.ttf"),
    "-Bold": ("DejaVuSans-Bold.ttf", "VeraBd.ttf"),
    "-Oblique": ("DejaVuSans-Oblique.ttf", "VeraIt.ttf"),
    "-BoldOblique": ("DejaVuSans-BoldOblique.ttf", "VeraBI.ttf"),
}
_CJK_CANDIDATES = (
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    ("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", 0),
)
# Han, Kana, Hangul, CJK punctuation and full-width forms.
_CJK = re.compile(
    "([\u2e80-\u2fff\u3000-\u30ff\u3100-\u31ff\u3200-\u9fff\uac00-\ud7af"
    "\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0002fa1f]+)"
)


@dataclass(frozen=True)
class FontSet:
    family: str  # registered family name for Paragraph styles
    bold: str
    source: str  # where the faces came from, for reports and tests
    cjk: str  # font name used for CJK runs
    cjk_embedded: bool


def _package_dir(name: str) -> Path | None:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def dejavu_dir() -> Path | None:
    """A folder holding DejaVuSans*.ttf, or None."""
    candidates: list[Path | None] = []
    mpl = _package_dir("matplotlib")
    if mpl is not None:
        candidates.append(mpl / "mpl-data" / "fonts" / "ttf")
    candidates.append(Path("/usr/share/fonts/truetype/dejavu"))
    for folder in candidates:
        if folder and all((folder / faces[0]).is_file() for faces in _FACES.values()):
            return folder
    return None


@lru_cache(maxsize=1)
def register_fonts() -> FontSet:
    """Register the body family and the CJK font once per process."""
    folder = dejavu_dir()
    if folder is None:
        import reportlab

        folder = Path(reportlab.__file__).parent / "fonts"
        index, source = 1, "reportlab Vera (Latin only)"
    else:
        index, source = 0, f"DejaVu Sans from {folder}"
    for suffix, faces in _FACES.items():
        pdfmetrics.registerFont(TTFont(FAMILY + suffix, str(folder / faces[index])))
    addMapping(FAMILY, 0, 0, FAMILY)
    addMapping(FAMILY, 1, 0, FAMILY + "-Bold")
    addMapping(FAMILY, 0, 1, FAMILY + "-Oblique")
    addMapping(FAMILY, 1, 1, FAMILY + "-BoldOblique")

    cjk, embedded = "STSong-Light", False
    for path, sub in _CJK_CANDIDATES:
        if Path(path).is_file():
            try:
                pdfmetrics.registerFont(TTFont(CJK_FONT, path, subfontIndex=sub))
            except Exception:  # noqa: BLE001 - an unusable system font just means fallback
                continue
            cjk, embedded = CJK_FONT, True
            break
    if not embedded:
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return FontSet(FAMILY, FAMILY + "-Bold", source, cjk, embedded)


def markup_with_fallback(escaped: str, fonts: FontSet) -> str:
    """Wrap runs of CJK characters (in already-escaped paragraph markup) in the CJK font."""
    return _CJK.sub(lambda m: f'<font name="{fonts.cjk}">{m.group(1)}</font>', escaped)
