"""Currency names: the word that names each ISO 4217 currency (from pycountry), so the
model's reading of a currency as a name ("the Kwacha fell") is known to be money, never a
party. Plain data, like briefing.lang.names.
"""

from __future__ import annotations

import re

import pycountry

# ISO 4217 entries that are no money anyone holds: funds, metals, accounting units, test
# codes (pycountry lists them with the currencies).
_NOT_MONEY_CODES = frozenset({
    "BOV", "CHE", "CHW", "CLF", "COU", "MXV", "USN", "UYI", "UYW", "XAG", "XAU", "XBA", "XBB",
    "XBC", "XBD", "XDR", "XPD", "XPT", "XSU", "XTS", "XUA", "XXX",
})  # fmt: skip
# Last words of a currency's ISO name that qualify it: the money is the word before
# ("Cordoba Oro", "Yuan Renminbi", "CFA Franc BCEAO").
_CURRENCY_QUALIFIERS = frozenset(
    {"oro", "convertible", "uruguayo", "omani", "renminbi", "soberano", "sterling", "bceao", "beac"}
)
# Currency words that are also common words, names or places ("Rand" Corporation, Real
# Madrid, "Won", "Mark", Ezra "Pound", "Balboa", Louis "Riel", "Pula"): never taken as money.
_NOT_ONLY_MONEY = frozenset({
    "rand", "real", "won", "mark", "pound", "sol", "som", "sum", "florin", "balboa", "colon",
    "leone", "afghani", "guarani", "kwanza", "bolívar", "tala", "pula", "kina", "lari", "kip",
    "riel", "lev", "dram", "lek", "dobra",
})  # fmt: skip
# Spellings and former currencies pycountry does not list, and irregular plurals.
_OTHER_CURRENCIES = frozenset({
    "renminbi", "rouble", "shekel", "drachma", "peseta", "deutschmark", "deutschemark", "sucre",
    "lire", "kroner",
})  # fmt: skip


def _currency_names() -> frozenset[str]:
    """The word that names each ISO 4217 currency in pycountry, lower case, with "-s"."""
    heads = set(_OTHER_CURRENCIES)
    for currency in pycountry.currencies:
        if currency.alpha_3 in _NOT_MONEY_CODES:
            continue
        name = re.sub(r"\([^)]*\)", "", currency.name).lower().split()
        heads.add(name[-2] if name[-1] in _CURRENCY_QUALIFIERS else name[-1])
    heads -= _NOT_ONLY_MONEY
    return frozenset(heads | {h + "s" for h in heads if not h.endswith("s")})


# Currencies the model reads as a name ("the Kwacha fell"): money, never a party.
CURRENCY_NAMES = _currency_names()
