"""News outlets, agencies and wire services: the carriers of a story, never its parties.

Keys are normalised names (lower case, no dots, no leading "the"). Each source's own
outlet and author (from ingest) are added to these at run time.
"""

from __future__ import annotations

NEWS_OUTLETS = {
    "ap", "associated press", "reuters", "afp", "agence france-presse",
    "agence france presse", "xinhua", "xinhua news agency", "itar-tass", "tass",
    "interfax", "upi", "united press international", "dpa", "kyodo", "kyodo news",
    "bloomberg news", "dow jones", "cox news service", "cox newspapers", "coxnet",
    "new york times news service", "new york times syndicate", "new america news service",
    "knight ridder", "knight-ridder", "knight ridder tribune",
    "los angeles times-washington post news service",
    "scripps howard news service", "gannett news service", "bbc", "cnn", "msnbc",
    "fox news", "abc news", "cbs news", "nbc news", "npr", "al-jazeera", "al jazeera",
    "middle east news agency", "mena", "kcna", "yonhap", "ria novosti",
    "pti", "press trust of india", "ansa", "efe", "jiji press", "anadolu agency",
}  # fmt: skip
# A name ending in one of these is a wire service or news agency.
OUTLET_TAIL_WORDS = (
    "news service", "news agency", "wire service", "press agency", "photo", "photos",
    "news syndicate", "times syndicate",
)  # fmt: skip
# A name ending so is a news agency too, kept as one name with its acronym ("Vellor
# Press Association", "VPA said") to be dropped whole as an outlet.
OUTLET_NAME_TAILS = ("press association",)
# Last words of a publication's name ("The New York Times", "Jane's Defence Weekly"): a
# name ending so is an outlet, a party to the story only when it is more than a credit.
OUTLET_NAME_WORDS = {
    "times", "post", "journal", "herald", "tribune", "gazette", "magazine", "daily",
    "weekly", "newspaper", "telegraph", "chronicle", "newsweek", "news", "monthly",
    "radio", "tv", "television", "broadcasting", "press",
}  # fmt: skip
# First word of a station's name ("Radio Vellor", "Television Norte", "TV Lumo"): an
# outlet whose "said" and "reported" are credits, as a newspaper's are (a party only
# when its own doings are told: a broadcaster sued or jailed for its reports).
STATION_FIRST_WORDS = {"radio", "television", "tv"}
# A publication's nouns, as a name's apposition before it: "the newspaper Vellor Dnes",
# "the weekly magazine Lumo", "radio station Vell FM", "state television channel Lumo".
# Not a bare "network" ("the terror network X").
PUBLICATION_NOUNS = (
    "newspaper", "daily", "weekly", "magazine", "tabloid", "news agency", "radio",
    "radio station", "television", "television station", "television channel",
    "television network", "tv", "tv station", "tv channel", "tv network", "broadcaster",
)  # fmt: skip
# First word of a publication named for its place ("Times of Zambia", "Journal of
# Commerce", "Herald of Scotland"): "<word> of ..." is an outlet like "... Times".
OUTLET_HEAD_WORDS = {
    "times", "journal", "herald", "tribune", "gazette", "chronicle", "telegraph", "daily",
}  # fmt: skip
