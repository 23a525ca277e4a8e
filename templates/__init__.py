"""Bundled jinja2 templates; installed as the package ``briefing.templates``."""
