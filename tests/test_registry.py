"""The name -> implementation registry used for summarizers, readers and formats."""

import pytest

from briefing.registry import Registry, UnknownName


def test_register_get_aliases_and_listing() -> None:
    reg: Registry[int] = Registry("thing")
    reg.register("alpha", "a")(1)
    reg.add("beta", 2)
    assert reg.get("alpha") == 1 and reg.get("A") == 1 and reg.get("beta") == 2
    assert reg.names() == ["alpha", "beta"]
    assert "a" in reg and "gamma" not in reg


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
