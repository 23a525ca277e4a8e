"""Name matching: acronyms, defined acronyms, country names."""

from __future__ import annotations

from collections import Counter

import pytest

from briefing.compose import article_memo
from briefing.compose.actors import abbreviates, country_name, defined_acronyms
from briefing.compose.actors.clusters import NameForm, UnionFind
from briefing.compose.actors.matching import (
    article_acronyms,
    article_nicknames,
    body_country,
    common_acronyms,
    country_of,
    nicknames,
    same_organisation,
    same_person,
    transliterated,
)
from briefing.compose.actors.merge import merge_forms
from briefing.compose.memo import BadValue
from briefing.model import AnalysedDocument, Document


@pytest.mark.parametrize(
    ("short", "long", "expected"),
    [
        ("ftc", "federal trade commission", True),
        ("nyt", "new york times", True),
        ("aol", "america online", True),
        ("fbi", "federal bureau of investigation", True),
        ("tcl", "federal trade commission", False),
        ("ccp", "chinese government", False),
    ],
)
def test_abbreviates(short: str, long: str, expected: bool) -> None:
    assert abbreviates(short, long.split()) is expected


def test_defined_acronyms() -> None:
    pairs = defined_acronyms(
        [
            "the Kurdistan Workers Party, or PKK, said",
            "the Federal Trade Commission (FTC) said",
            "Sony Music Entertainment, BMG, and others",
        ]
    )
    assert pairs == {("kurdistan workers party", "pkk"), ("federal trade commission", "ftc")}


def test_an_acronym_in_another_language_is_defined_by_or_and_by_apposition() -> None:
    # Letters that fit no word of the English name: the "or" and the apposition say it.
    pairs = defined_acronyms(
        [
            "the Danish Board of Rail Safety, or HSK, said on Monday",
            "Norway's Rail Inquiry Office, the HSK, found no fault",
            "the Rail Inquiry Office, the FBI, and the Navy",  # a list defines nothing
        ]
    )
    assert ("danish board of rail safety", "hsk") in pairs
    assert ("board of rail safety", "hsk") in pairs
    assert ("rail inquiry office", "hsk") in pairs
    assert not [p for p in pairs if p[1] == "fbi"]


def test_a_bare_comma_without_the_lists_another_name_and_defines_nothing() -> None:
    # "Besides the Republic, TPF, which ...": the forum after the country is no acronym of
    # it; with "the" before the letters the apposition still defines it.
    pairs = defined_acronyms(
        [
            "Besides the Republic of Veldmark, TPF, which counts ten members, meets.",
            "Veldmark's Rail Inquiry Office, the HSK, found no fault",
        ]
    )
    assert not [p for p in pairs if p[1] == "tpf"]
    assert ("rail inquiry office", "hsk") in pairs


def test_country_names() -> None:
    assert country_name("us") == "United States"
    assert country_name("america") == "United States"
    assert country_name("france") == "France"
    assert country_name("virginia") is None


def test_country_lookup_needs_a_full_name_or_a_listed_code() -> None:
    assert country_name("sd") is None  # South Dakota, not Sudan
    assert country_name("calif") is None
    assert country_name("uk") == "United Kingdom"
    assert country_name("sudan") == "Sudan"


def test_a_territory_is_no_country() -> None:
    # pycountry lists them (ISO 3166-1 codes), but they are cities or regions of a state.
    for key in ("hong kong", "macau", "macao", "puerto rico", "guam", "bermuda"):
        assert country_name(key) is None, key
    assert country_name("china") == "China"
    assert country_name("taiwan") == "Taiwan"


def test_a_clipped_word_is_the_same_organisation() -> None:
    from briefing.compose.actors.clusters import NameForm

    auto, automobile = NameForm("united auto workers"), NameForm("united automobile workers")
    assert same_organisation(auto, automobile)
    assert not same_organisation(NameForm("new york times"), NameForm("new york post"))


def test_transliterated_first_names_are_one_person() -> None:
    assert same_person(["salah", "marwan"], ["salih", "marwan"])
    assert same_person(["jameel", "rashidi"], ["jamil", "rashidi"])
    assert same_person(["benjamin", "adler"], ["binyamin", "adler"])
    # Another last letter is another name; short names are never guessed.
    assert not same_person(["mario", "lopez"], ["maria", "lopez"])
    assert not same_person(["joan", "smith"], ["john", "smith"])
    assert not transliterated("daniel", "daniela")


def test_a_short_form_or_another_spelling_of_a_first_name_is_one_person() -> None:
    assert same_person(["steve", "orland"], ["stephen", "m", "orland"])
    assert same_person(["judy", "varnell"], ["judith", "varnell"])
    assert same_person(["arik", "tamir"], ["ariel", "tamir"])
    assert not same_person(["judy", "varnell"], ["julia", "varnell"])


def test_an_article_glued_to_the_surname_is_no_part_of_it() -> None:
    """One pilot written "Kareem El-Haddan" and "Karim El Haddan"; his nephew "Tarek
    El-Haddan" stays another person."""
    assert same_person(["kareem", "el-haddan"], ["karim", "el", "haddan"])
    assert same_person(["ahmed", "al-sharif"], ["ahmed", "sharif"])
    assert not same_person(["tarek", "el-haddan"], ["karim", "el", "haddan"])
    assert not same_person(["ahmed", "al-sharif"], ["ahmed", "al-shafi"])


def test_full_names_with_and_without_a_glued_article_merge() -> None:
    forms = {
        k: NameForm(k, surfaces=Counter({s: 2}), votes=Counter({"PERSON": 4}), docs={d})
        for k, s, d in [
            ("kareem el-haddan", "Kareem El-Haddan", 0),
            ("karim el haddan", "Karim El Haddan", 1),
            ("tarek el-haddan", "Tarek El-Haddan", 0),
        ]
    }
    clusters = merge_forms(forms)
    keys = sorted(sorted(f.key for f in c.forms) for c in clusters)
    assert keys == [["kareem el-haddan", "karim el haddan"], ["tarek el-haddan"]]


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("bolivia's", "Bolivia"),
        ("bolivian", "Bolivia"),
        ("colombian", "Colombia"),
        ("israeli", "Israel"),
        ("chinese", "China"),
        ("mexican", "Mexico"),
        ("french", "France"),  # adjectives no ending makes
        ("swiss", "Switzerland"),
        ("british", "United Kingdom"),
        ("turkish", "Turkey"),
        ("us", "United States"),
        ("health", None),
        ("texas", None),  # a state, not a country
        ("national", None),
    ],
)
def test_country_of_a_qualifier(word: str, country: str | None) -> None:
    assert country_of(word) == country


def test_two_countries_bodies_of_one_name_stay_apart() -> None:
    """One differing word that names two countries is no misspelling."""
    a, b = NameForm("nigerian national army"), NameForm("niger national army")
    assert not same_organisation(a, b)
    council = NameForm("palestine national council")
    assert same_organisation(NameForm("palestinian national council"), council)


def _org(key: str, count: int = 2, **qualifiers: int) -> NameForm:
    return NameForm(
        key,
        surfaces=Counter({key.title(): count}),
        votes=Counter({"ORG": count}),
        qualifiers=Counter(qualifiers),
    )


def _groups(forms: list[NameForm]) -> list[list[str]]:
    clusters = merge_forms({f.key: f for f in forms})
    return sorted(sorted(f.key for f in c.forms) for c in clusters)


def test_a_body_name_two_countries_share_is_nobodys() -> None:
    # "Bolivia's Ministry of Mines" in one article, "the Colombian Ministry of Mines" in another.
    groups = _groups(
        [_org("ministry of mines", 3, bolivia=2), _org("colombian ministry of mines", 6)]
    )
    assert groups == [["colombian ministry of mines"]]
    groups = _groups(
        [
            _org("ministry of mines"),
            _org("colombian ministry of mines", 6),
            _org("bolivian ministry of mines"),
        ]
    )
    assert groups == [["bolivian ministry of mines"], ["colombian ministry of mines"]]


def test_a_body_name_of_one_country_joins_it() -> None:
    groups = _groups(
        [_org("ministry of mines", 3, bolivian=1), _org("bolivia's ministry of mines", 2)]
    )
    assert groups == [["bolivia's ministry of mines", "ministry of mines"]]
    # States are no countries: the name the coverage mostly writes out takes the short form.
    groups = _groups(
        [_org("supreme court", 3), _org("us supreme court", 12), _org("texas supreme court", 2)]
    )
    assert groups == [["supreme court", "us supreme court"], ["texas supreme court"]]


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("kenyan ministry of health", ("Kenya", ("ministry", "of", "health"))),
        ("ministry of health of kenya", ("Kenya", ("ministry", "of", "health"))),
        ("south african army", ("South Africa", ("army",))),
        ("ministry of health", None),
        ("kenyan airways", None),  # no government word: not a state body
    ],
)
def test_the_country_a_body_name_names(
    key: str, expected: tuple[str, tuple[str, ...]] | None
) -> None:
    assert body_country(key.split()) == expected


def test_a_country_after_the_name_counts_like_one_before_it() -> None:
    # The bare name sits between two countries' bodies: it joins neither, and no later
    # step ("a name cut before its 'of' phrase") may join them through it.
    groups = _groups(
        [
            _org("ministry of health", 4),
            _org("ethiopian ministry of health", 2),
            _org("ministry of health of kenya", 1),
        ]
    )
    assert groups == [["ethiopian ministry of health"], ["ministry of health of kenya"]]
    # One country's body, its country written before or after the name: one body.
    groups = _groups([_org("kenyan ministry of health", 1), _org("ministry of health of kenya", 1)])
    assert groups == [["kenyan ministry of health", "ministry of health of kenya"]]


def _place(key: str, *docs: int, label: str = "GPE") -> NameForm:
    return NameForm(
        key, surfaces=Counter({key.title(): 1}), votes=Counter({label: 1}), docs=set(docs)
    )


def test_a_bodys_short_form_in_an_article_about_another_country_is_nobodys() -> None:
    ethiopian = _org("ethiopian ministry of health", 3)
    ethiopian.docs = {0}
    short = _org("ministry of health", 4)
    short.docs = {0, 1}
    # Article 1 is about Uganda and never names Ethiopia: its "Ministry of Health" is
    # Uganda's, so the bare name is no alias of the Ethiopian ministry.
    places = [_place("ethiopia", 0), _place("uganda", 1)]
    assert _groups([ethiopian, short, *places]) == [
        ["ethiopia"],
        ["ethiopian ministry of health"],
        ["uganda"],
    ]
    # Where the other article names Ethiopia too ("Ethiopian officials"), or no country
    # at all, the bare name is the Ethiopian ministry's.
    for other in ([_place("ethiopian", 1, label="NORP"), _place("uganda", 1)], []):
        groups = _groups([ethiopian, short, _place("ethiopia", 0), *other])
        assert ["ethiopian ministry of health", "ministry of health"] in groups, other


def test_sets_marked_with_two_countries_never_join() -> None:
    uf = UnionFind(["a", "bare", "b"], {"a": "Kenya", "b": "Ethiopia"})
    uf.union("a", "bare")
    uf.union("bare", "b")  # the bare form already belongs to Kenya's body
    assert uf.find("bare") == uf.find("a") != uf.find("b")
    uf.union("b", "a")
    assert uf.find("a") != uf.find("b")


def test_a_name_opened_by_an_acronym_is_the_name_spelt_out() -> None:
    spelt = _org("united nations mining commission")
    short = NameForm(
        "un mining commission",
        surfaces=Counter({"U.N. Mining Commission": 1}),
        votes=Counter({"ORG": 1}),
    )
    assert _groups([spelt, short, _org("mining commission")]) == [
        ["mining commission", "un mining commission", "united nations mining commission"]
    ]
    # A capitalised word that is no acronym of the words it would stand for stays apart.
    other = NameForm(
        "ux mining commission",
        surfaces=Counter({"UX Mining Commission": 1}),
        votes=Counter({"ORG": 1}),
    )
    assert _groups([spelt, other]) == [
        ["united nations mining commission"],
        ["ux mining commission"],
    ]


def test_nicknames_written_beside_a_name() -> None:
    pairs = nicknames(
        [
            'Police said Lau Kit-man, nicknamed "Big Tiger", ran the ring.',
            "“Big Tiger” Lau denied it. He read “War And Peace” twice.",
        ]
    )
    assert {("lau kit-man", "big tiger"), ("kit-man", "big tiger"), ("lau", "big tiger")} <= pairs
    assert not [p for p in pairs if p[1] == "war and peace"]


def test_an_articles_nicknames_and_acronyms_are_its_own_pairs_remembered() -> None:
    texts = [
        'Police said Lau Kit-man, nicknamed "Big Tiger", ran the ring.',
        "The Kestrel Port Authority (KPA) and “Big Tiger” Lau met.",
    ]
    docs = [AnalysedDocument(Document(f"{i}.txt", t)) for i, t in enumerate(texts)]
    assert set().union(*map(article_nicknames, docs)) == nicknames(texts)
    assert set().union(*map(article_acronyms, docs)) == defined_acronyms(texts)
    assert ("kestrel port authority", "kpa") in article_acronyms(docs[1])


@pytest.mark.parametrize(
    ("memo", "pair", "fits"),
    [
        ("article_nicknames", ["lau kit-man", "big tiger"], True),
        ("article_nicknames", ["lau kit-man", "red fox"], False),  # never written there
        ("article_acronyms", ["kestrel port authority", "kpa"], True),
        ("article_acronyms", ["ivo petrov", "kpa"], False),
    ],
)
def test_stored_pairs_must_be_written_in_their_article(
    memo: str, pair: list[str], fits: bool
) -> None:
    text = "Lau Kit-man, nicknamed 'Big Tiger', met the Kestrel Port Authority (K.P.A.)."
    rows = {memo: [[[], [pair]]]}
    if fits:
        assert article_memo.decode_answers(rows, text, 1)
    else:
        with pytest.raises(BadValue, match="fit"):
            article_memo.decode_answers(rows, text, 1)


def test_an_acronym_of_a_common_noun_phrase_is_a_common_word() -> None:
    texts = [
        "Cases of sexually transmitted infections (STI) rose, and STIs spread.",
        "Its directly observed treatment (DOT) scheme helped.",
        # A body's name written in lower case, a single word, a body's capitalised name.
        "the ministry of water works (MWW) said; malaria (MA) rose; patrol vessels (PV) sailed",
        "The Harbour Ferry Authority (HFA) and harbour ferry authority (HFA) staff",
    ]
    common = common_acronyms(texts, defined_acronyms(texts))
    assert common == {"sti", "stis", "dot", "dots", "pv", "pvs"}


def test_country_index_finds_what_pycountry_s_lookup_finds() -> None:
    import pycountry

    from briefing.compose.actors.matching import _countries

    index = _countries()
    names = [c.name for c in pycountry.countries] + ["FRA", "fr", "Bolivia", "Zz", "Atlantis"]
    for key in [*index, *names]:
        try:
            found = pycountry.countries.lookup(key)
        except LookupError:
            found = None
        assert index.get(key.lower()) is found, key
