"""Currency names: the words come from pycountry's ISO 4217 list, with exclusions."""

from __future__ import annotations

from briefing.lang.currencies import CURRENCY_NAMES


def test_currency_words_come_from_the_iso_list_with_plurals() -> None:
    for word in ("kwacha", "hryvnia", "yuan", "cordoba", "franc", "francs", "dollars", "koruna"):
        assert word in CURRENCY_NAMES, word


def test_spellings_and_former_currencies_pycountry_lacks_are_kept() -> None:
    for word in ("rouble", "roubles", "shekel", "renminbi", "deutschmark", "drachma", "lire"):
        assert word in CURRENCY_NAMES, word


def test_words_that_are_also_names_or_common_words_are_no_currency() -> None:
    # "Rand" Corporation, Real Madrid, "Won", "Mark", Ezra "Pound", Louis "Riel".
    for word in ("rand", "real", "won", "mark", "pound", "riel", "balboa", "sol", "sum"):
        assert word not in CURRENCY_NAMES, word


def test_funds_metals_and_units_are_no_currency() -> None:
    for word in ("gold", "silver", "platinum", "account", "unit", "cfa", "oro", "sterling"):
        assert word not in CURRENCY_NAMES, word
