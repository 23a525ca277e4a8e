"""The name -> implementation registry used for summarizers, readers and formats."""

import subprocess
import sys

import pytest

from briefing.registry import Registry, UnknownName


def test_register_get_aliases_and_listing() -> None:
    reg: Registry[int] = Registry("thing")
    reg.add("alpha", 1, "a")
    reg.add("beta", 2)
    assert reg.get("alpha") == 1 and reg.get("A") == 1 and reg.get("beta") == 2
    assert reg.names() == ["alpha", "beta"]
    assert "a" in reg and "gamma" not in reg


def test_references_are_imported_on_first_use_and_cached() -> None:
    reg: Registry[object] = Registry("thing")
    reg.add("dedent", "textwrap:dedent")
    reg.add("path", "os:path.join")
    assert reg.get("dedent") is __import__("textwrap").dedent
    assert reg.get("path") is __import__("os").path.join
    assert reg.get("DEDENT") is reg.get("dedent")


def test_listing_the_names_imports_no_implementation() -> None:
    """``briefing --help`` lists every name; that must not import sumy or the writers."""
    code = (
        "import sys; from briefing.registrations import FORMATS, READERS, SUMMARIZERS; "
        "names = FORMATS.names() + READERS.names() + SUMMARIZERS.names(); "
        "heavy = [m for m in sys.modules if m.split('.')[0] in {'sumy', 'reportlab', 'docx'} "
        "or m.startswith(('briefing.render.', 'briefing.ingest', 'briefing.summarise'))]; "
        "print(len(names), heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "20 []"


def test_every_listed_name_resolves() -> None:
    from briefing.registrations import FORMATS, READERS, SUMMARIZERS

    for registry in (FORMATS, READERS, SUMMARIZERS):
        for name in registry:
            assert registry.get(name) is not None


def test_unknown_name_lists_choices() -> None:
    reg: Registry[int] = Registry("format")
    reg.add("docx", 1)
    with pytest.raises(UnknownName) as err:
        reg.get("odt")
    assert "unknown format 'odt'" in str(err.value) and "docx" in str(err.value)


def test_double_registration_is_an_error() -> None:
    reg: Registry[int] = Registry("thing")
    reg.add("x", 1)
    with pytest.raises(ValueError):
        reg.add("X", 2)
