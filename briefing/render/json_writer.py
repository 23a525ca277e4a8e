"""JSON output: ``Brief.to_dict()``, the contract other tools read."""

from __future__ import annotations

import json

from briefing.model import Brief
from briefing.render import RenderOptions


class JsonRenderer:
    extension = "json"
    media_type = "application/json"

    def render(self, brief: Brief, options: RenderOptions) -> bytes:
        # Key order follows the dataclass fields (stable); no sort, so readers see title first.
        text = json.dumps(brief.to_dict(), indent=2, ensure_ascii=False)
        return (text + "\n").encode("utf-8")
