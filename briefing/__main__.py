"""Allow ``python -m briefing``."""

from briefing.cli import main

raise SystemExit(main())
