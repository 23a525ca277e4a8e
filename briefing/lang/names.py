"""Names of people, organisations and places: titles, honorifics, name particles,
nicknames, country aliases, corporate suffixes and the words that mark a body of state.

Plain data, shared by every stage that reads or cleans a name (actors, questions,
sentence splitting); nothing here looks at text by itself. What a description says a
person is (role nouns) is ``lang/roles``; how a text defines a body's acronym is
``lang/acronyms``.
"""

from __future__ import annotations

import re

from briefing.lang.patterns import cue_pattern

# Words before a name that make it a person and are not part of the name.
PERSON_TITLES = {
    "sen",
    "senator",
    "rep",
    "representative",
    "congressman",
    "congresswoman",
    "president",
    "vice",
    "ceo",
    "coo",
    "cfo",
    "cto",
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "gov",
    "governor",
    "prime",
    "minister",
    "secretary",
    "chairman",
    "chairwoman",
    "chair",
    "judge",
    "justice",
    "gen",
    "general",
    "col",
    "colonel",
    "lt",
    "adm",
    "admiral",
    "sgt",
    "capt",
    "captain",
    "pope",
    "king",
    "queen",
    "prince",
    "princess",
    "sir",
    "lord",
    "lady",
    "rev",
    "reverend",
    "rabbi",
    "imam",
    "archbishop",
    "pastor",
    "prof",
    "professor",
    "mayor",
    "chancellor",
    "premier",
    "speaker",
    "ambassador",
    "director",
    "founder",
    "chief",
    "leader",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "former",
    "late",
    "attorney",
    "commissioner",
    "cardinal",
    "bishop",
    "father",
    "sheikh",
    "ayatollah",
    "presidents",
    "senators",
    "detective",
    "officer",
}
# Forms of address of other languages written before a name in English text ("Madame
# Lavoie", "Herr Brandt"): no given name (``compose.actors.given_names``).
FOREIGN_HONORIFICS = frozenset({
    "madame", "monsieur", "mme", "mlle", "madam", "senor", "senora", "senorita", "signor",
    "signora", "herr", "frau",
})  # fmt: skip
# Offices no one holds at once: a head of state and a legislator ("President Welling" of
# an earlier decade is not "Rep. Nora Welling"), as the last title word before a name.
HEAD_OF_STATE_TITLES = frozenset({"president", "king", "queen", "pope"})
LEGISLATOR_TITLES = frozenset({
    "sen", "senator", "rep", "representative", "congressman", "congresswoman",
})  # fmt: skip
# Capitalised titles before a name, as a regex alternation ("Sen. Warner", "Prime Minister May").
TITLE_ALTERNATION = (
    "Sen.|Senator|Rep.|Representative|Gov.|Governor|President|Prime Minister|Minister|"
    "Secretary|Chairman|Chairwoman|Mayor|Judge|Dr.|Mr.|Ms.|Mrs."
)
# Abbreviated titles and the word they stand for.
TITLE_ABBREVIATIONS = {
    "sen.": "Senator",
    "rep.": "Representative",
    "gov.": "Governor",
    "gen.": "General",
    "lt.": "Lieutenant",
    "col.": "Colonel",
    "adm.": "Admiral",
    "dr.": "Dr.",
    "prof.": "Professor",
    "sgt.": "Sergeant",
    "capt.": "Captain",
    "rev.": "Reverend",
}
# Abbreviated titles that always precede a name, as written without the full stop: the
# sentence splitter never ends a sentence after one ("Sen. | Warner").
ABBREVIATED_TITLES = tuple(k.rstrip(".").capitalize() for k in TITLE_ABBREVIATIONS) + (
    "Mr", "Mrs", "Ms", "Pres", "Atty", "Supt",
)  # fmt: skip
# Words in an organisation's name that make it part of a state.
GOVERNMENT_WORDS = {
    "committee", "commission", "department", "ministry", "congress", "senate", "parliament",
    "pentagon", "government", "agency", "bureau", "administration", "council", "cabinet",
    "court", "police", "army", "navy", "military", "house", "assembly", "kremlin", "fbi",
    "cia", "nsa", "white", "treasury", "office", "authority", "authorities", "legislature",
    "embassy", "parliamentary", "federal", "state", "duma", "knesset", "judiciary", "force",
    "forces", "marine", "marines", "guard", "tribunal", "directorate", "board", "service",
    "kgb", "fsb",
}  # fmt: skip
# Words that make a council a government's ("City Council", "Security Council", "Tribal
# Council", "Council of Ministers"); a council named for a cause alone ("Family Research
# Council", "National Council for Adoption") is a society, an organisation.
COUNCIL_GOVERNMENT_WORDS = frozenset({
    "city", "town", "village", "county", "borough", "parish", "municipal", "district",
    "regional", "provincial", "state", "states", "federation", "federal", "security",
    "legislative", "executive", "tribal", "privy", "supreme", "grand", "command",
    "revolutionary", "transitional", "governing", "presidential", "constitutional",
    "ministers", "european", "shura", "guardian", "guardians", "expediency", "sovereign",
    "leadership", "ruling",
})  # fmt: skip
# The word before "council" that names a cause ("Family Research Council", "Natural
# Resources Defense Council", "U.S.-ASEAN Business Council"); "defense" not in a
# "National Defense Council", a state's.
CAUSE_COUNCIL_WORDS = frozenset({"research", "defense", "defence", "business", "energy"})
DEFENSE_WORDS = frozenset({"defense", "defence"})
# What ministries and departments are of: the words that close an office's name
# ("Ministry of Social Welfare", "Department of Internal Affairs"), never a person's.
PORTFOLIO_WORDS = frozenset({
    "affairs", "agriculture", "commerce", "communications", "culture", "customs",
    "defence", "defense", "development", "economy", "education", "energy", "environment",
    "finance", "fisheries", "foreign", "forestry", "health", "home", "housing",
    "immigration", "industry", "information", "interior", "internal", "justice", "labor",
    "labour", "land", "lands", "mines", "planning", "power", "resources", "revenue",
    "rural", "science", "security", "social", "sports", "technology", "tourism", "trade",
    "transport", "transportation", "treasury", "urban", "veterans", "water", "welfare",
    "works", "youth",
})  # fmt: skip
# The government words that are one body's own name, not an ordinary noun: a longer name
# ending in one is that body ("State Duma", "Israeli Knesset", "Soviet KGB"), unlike
# "Senate" beside "Texas Senate" or "House" beside "White House".
PROPER_BODY_WORDS = frozenset({"duma", "knesset", "pentagon", "kgb", "fsb", "fbi", "cia", "nsa"})
# How a nationality's adjective is made from its country's name, as (ending of the
# adjective, ending of the country) pairs: "Bolivian"/"Bolivia", "Israeli"/"Israel",
# "Egyptian"/"Egypt", "Japanese"/"Japan", "Chinese"/"China", "Mexican"/"Mexico",
# "German"/"Germany", "Ukrainian"/"Ukraine". Irregular ones ("British", "French") are not made so.
DEMONYM_ENDINGS = (
    ("n", ""), ("i", ""), ("ian", ""), ("ian", "e"), ("ese", ""), ("ese", "a"), ("an", "o"),
    ("", "y"),
)  # fmt: skip
# Nationality adjectives the endings above cannot make, and their country's name.
IRREGULAR_DEMONYMS = {
    "british": "britain", "english": "england", "french": "france", "dutch": "netherlands",
    "swiss": "switzerland", "thai": "thailand", "afghan": "afghanistan", "somali": "somalia",
    "filipino": "philippines", "philippine": "philippines", "spanish": "spain",
    "danish": "denmark", "swedish": "sweden", "finnish": "finland", "polish": "poland",
    "turkish": "turkey", "greek": "greece", "irish": "ireland", "portuguese": "portugal",
    "lebanese": "lebanon", "saudi": "saudi arabia", "emirati": "united arab emirates",
    "peruvian": "peru", "argentine": "argentina", "argentinian": "argentina",
    "canadian": "canada", "norwegian": "norway", "belgian": "belgium",
    "soviet": "soviet union",
}  # fmt: skip
# Leading words of a name that sit outside the words used to build an acronym.
ACRONYM_SKIP = {"of", "the", "and", "for", "on", "in", "&", "to", "at", "a", "an", "de"}
COUNTRY_ALIASES = {
    "america": "United States",
    "us": "United States",
    "usa": "United States",
    "united states of america": "United States",
    "united states": "United States",
    "britain": "United Kingdom",
    "great britain": "United Kingdom",
    "uk": "United Kingdom",
    "uae": "United Arab Emirates",
    "prc": "China",
    "england": "United Kingdom",
    "russia": "Russia",
    "south korea": "South Korea",
    "north korea": "North Korea",
    "iran": "Iran",
    "syria": "Syria",
    "china": "China",
    "vietnam": "Vietnam",
    "taiwan": "Taiwan",
    "venezuela": "Venezuela",
    "bolivia": "Bolivia",
    "laos": "Laos",
    "moldova": "Moldova",
    "tanzania": "Tanzania",
    "soviet union": "Soviet Union",
    "ussr": "Soviet Union",
    "palestine": "Palestine",
    "kosovo": "Kosovo",
    "czech republic": "Czech Republic",
    "holland": "Netherlands",
    "burma": "Myanmar",
    "turkey": "Turkey",  # pycountry's name is "Türkiye"
}
CORPORATE_SUFFIXES = {
    "corp",
    "inc",
    "co",
    "ltd",
    "llc",
    "plc",
    "corporation",
    "incorporated",
    "ag",
    "sa",
    "nv",
    "gmbh",
    "limited",
    "lp",
}
# Right after a mention: the rest of a company's name the model cut off ("Goodyear Tire"
# + " and Rubber Co."): up to two more capitalised words, then a corporate suffix.
COMPANY_TAIL_WORDS = (
    "Co", "Corp", "Inc", "Ltd", "LLC", "PLC", "plc", "Corporation", "Incorporated",
    "Limited", "AG", "GmbH",
)  # fmt: skip
COMPANY_TAIL_RE = cue_pattern(
    COMPANY_TAIL_WORDS,
    before=r"^(?:\s+(?:and|&))?(?:\s+[A-Z][\w-]*){0,2}\s+",
    flags=re.NOFLAG,
)
# Lower-case words allowed inside a name ("Bank of America", "Ludwig van Beethoven").
NAME_PARTICLES = ACRONYM_SKIP | {
    "van",
    "von",
    "der",
    "den",
    "da",
    "di",
    "du",
    "del",
    "della",
    "la",
    "le",
    "bin",
    "ibn",
    "al",
    "el",
    "y",
    "dos",
    "das",
    "e",
}
# Particles that begin a surname whatever their case ("Van Dorle" at a sentence start is
# the "van Dorle" of "Jan van Dorle", not a first name "Van"). "al"/"el" are left out: "Al"
# is also a first name ("Al Gore"); NAME_ARTICLES handles them for names of bodies.
SURNAME_PARTICLES = frozenset({
    "van", "von", "de", "der", "den", "du", "del", "della", "di", "da", "dos", "das", "le",
    "bin", "ibn",
})  # fmt: skip
# Chinese surnames as written in pinyin, before a given name of one word ("Xu Minghao",
# "Li Dongwei"): the person is then called by the surname, the first word ("Xu said").
# A given name joined by a hyphen ("Chen Yu-tang", "Kim Dae-sun") tells the order of
# any surname. The common surnames of the mainland's press, less those that are English
# words at a sentence's start ("He", "Long", "Fan"...). Knowledge, not tuned.
PINYIN_SURNAMES = frozenset({
    "li", "wang", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun",
    "zhu", "hu", "guo", "lin", "gao", "luo", "zheng", "liang", "xie", "tang", "han", "feng",
    "deng", "cao", "peng", "zeng", "xiao", "tian", "dong", "pan", "yuan", "cai", "jiang", "yu",
    "du", "ye", "cheng", "wei", "shen", "yao", "jia", "qian", "qiao", "wen", "xi", "qin", "mao",
    "cui", "hou", "shao", "meng", "duan", "yin", "gu", "hao", "gong", "shi", "xiong", "jin",
    "zou", "bai", "kong", "ren", "lu", "tan", "zhong", "xue", "lei", "hua", "chi", "ji", "niu",
})  # fmt: skip
# A given name right after a surname written first: two syllables joined by a hyphen
# ("Chen Yu-tang"), or after a pinyin surname one capitalised word ("Xu Minghao").
_HYPHENED_GIVEN_RE = re.compile(r" (?P<word>[A-Z][a-z]+-[a-z]+)\b")
_ONE_WORD_GIVEN_RE = re.compile(r" (?P<word>[A-Z][a-z]{1,15})\b(?![-.'’]\w| [A-Z])")


def given_after(surname: str, text: str, at: int) -> str | None:
    """The given name ``text`` writes at ``at``, right after ``surname`` written first
    ("Yu-tang" of "Chen Yu-tang", "Minghao" of "Xu Minghao"), or None."""
    if m := _HYPHENED_GIVEN_RE.match(text, at):
        return m.group("word")
    if surname.lower() in PINYIN_SURNAMES and (m := _ONE_WORD_GIVEN_RE.match(text, at)):
        return m.group("word")
    return None


def surname_first(name: str) -> bool:
    """Whether a full name of two words is written surname first ("Chen Yu-tang",
    "Xu Minghao")."""
    first, _, rest = name.partition(" ")
    return " " not in rest and given_after(first, name, len(first)) == rest


# Words after a surname that tell a generation ("G. Arnold Wexley Jr."): the one-word
# name such a person is called by is the word before (check story D0613D: "Wexley said"
# an organisation apart from the full name, rank 20).
GENERATION_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Arabic articles written before a name as a separate word or with a hyphen: "El Nour",
# "al-Nour" and "Nour" are one name.
NAME_ARTICLES = ("al", "el")
# Generations and age cohorts the model reads as a person ("Generation X", "Gen-Xers",
# "X-ers": check story D0613D's rank 4).
COHORT_RE = re.compile(
    r"^(?:generation|gen)(?:[ -]|$)|^genx|^x-?ers$|^(?:baby )?boomers?$|^millennials?$"
)
# Figures of speech written like a person's name ("Mother Nature said no"): nobody.
PERSONIFICATIONS = frozenset({
    "mother nature", "father time", "uncle sam", "lady luck", "old man winter", "jack frost",
    "grim reaper", "mother earth",
})  # fmt: skip
# Last words of a body's own units, which are no product of it ("Microsoft Research",
# "Harvard Law School").
UNIT_WORDS = frozenset({
    "school", "center", "centre", "division", "unit", "laboratory", "laboratories", "labs",
    "fund", "press", "subsidiary", "branch", "chapter", "hospital", "museum", "library",
})  # fmt: skip
# An age in a description: only people have one ("a 27-year-old bakery clerk").
AGE_RE = re.compile(r"\b\d+-year-old\b")
# Head nouns of a description that only a person takes.
PERSON_NOUNS = frozenset({
    "man", "woman", "boy", "girl", "baby", "child", "mother", "father", "son", "daughter",
    "wife", "husband", "widow", "widower", "brother", "sister", "grandmother",
    "grandfather", "uncle", "aunt", "cousin", "nephew", "niece",
})  # fmt: skip
# Common English hypocorisms, so "Bob Harwell" = "Robert Harwell".
NICKNAMES = {
    "bob": "robert",
    "bobby": "robert",
    "rob": "robert",
    "bill": "william",
    "billy": "william",
    "will": "william",
    "jim": "james",
    "jimmy": "james",
    "tom": "thomas",
    "tommy": "thomas",
    "dick": "richard",
    "rick": "richard",
    "mike": "michael",
    "chuck": "charles",
    "charlie": "charles",
    "joe": "joseph",
    "ted": "edward",
    "ed": "edward",
    "ned": "edward",
    "al": "albert",
    "tony": "anthony",
    "dan": "daniel",
    "danny": "daniel",
    "dave": "david",
    "steve": "steven",
    "chris": "christopher",
    "matt": "matthew",
    "pat": "patrick",
    "jack": "john",
    "johnny": "john",
    "jon": "jonathan",
    "ben": "benjamin",
    "sam": "samuel",
    "nick": "nicholas",
    "andy": "andrew",
    "drew": "andrew",
    "fred": "frederick",
    "larry": "lawrence",
    "jerry": "gerald",
    "ron": "ronald",
    "don": "donald",
    "ken": "kenneth",
    "greg": "gregory",
    "jeff": "jeffrey",
    "liz": "elizabeth",
    "beth": "elizabeth",
    "kate": "katherine",
    "kathy": "katherine",
    "sue": "susan",
    "peggy": "margaret",
    "maggie": "margaret",
    "newt": "newton",
    "hank": "henry",
    "harry": "henry",
    "jake": "jacob",
    "alex": "alexander",
    "vlad": "vladimir",
    "zach": "zachary",
    "sandy": "alexandra",
    # Two spellings of one name, and short forms news copy writes beside the full one
    # ("Steve Doe" = "Stephen M. Doe", "Judy" = "Judith", "Arik", the Hebrew short form of
    # "Ariel"): in three DUC 2004 clusters each was two entries.
    "stephen": "steven",
    "judy": "judith",
    "arik": "ariel",
    "jenny": "jennifer",
    "debbie": "deborah",
    "becky": "rebecca",
    "tim": "timothy",
    "phil": "philip",
}

# Words ending in "-ing" that open a title ("Acting President", "Managing Director"); any
# other opening a title is a verb opening its sentence ("Praising Senator Jo Hale").
TITLE_PARTICIPLES = frozenset({
    "acting", "outgoing", "incoming", "managing", "presiding", "ranking", "visiting",
    "founding", "commanding", "reigning",
})  # fmt: skip
# Titles (from PERSON_TITLES) that do not by themselves mark the next word as a person's
# name: "former", "the late", "chief" and "leader" also precede offices and bodies.
NON_NAMING_TITLES = {"former", "late", "chief", "leader"}
# Titles of an office, which end a title with no name after it ("the Valley Provincial
# Medical Officer said"); not "King" or "General", which end companies' names too.
OFFICE_TITLES = frozenset({
    "officer", "director", "commissioner", "secretary", "spokesman", "spokeswoman",
    "spokesperson", "chairman", "chairwoman", "minister", "governor", "mayor", "ambassador",
})  # fmt: skip
# Head nouns of a unit's name inside a larger body ("NASA Jet Propulsion Laboratory").
UNIT_HEAD_WORDS = frozenset({
    "laboratory", "laboratories", "lab", "labs", "center", "centre", "institute",
    "observatory", "division", "unit", "branch", "facility", "station",
})  # fmt: skip
# Words that mark an organisation as a company whatever else its name holds.
COMPANY_WORDS = {"inc", "corp", "corporation", "ltd", "llc", "co", "plc", "group"}
# Nouns a state actor's name modifies when the state acts ("the Chinese government").
STATE_HEAD_NOUNS = {"government", "administration", "officials", "authorities"}
# Nouns a leader's surname modifies for a term in office, not the person ("the Halloran
# administration" is no Maura Halloran's an article named): no note gives a full name.
TERM_HEAD_NOUNS = frozenset({"administration", "government", "presidency", "era", "cabinet"})
# Nouns a body's name modifies and a person's does not ("Bright Path members", "Goodyear
# headquarters", "the Al Nour plant"): evidence that the name is an organisation.
BODY_HEAD_NOUNS = {
    "members", "followers", "adherents", "practitioners", "headquarters", "employees",
    "shareholders", "plant", "factory", "sect", "cult", "organization", "organisation",
    "party",  # "the Zorvana party" (D0649D: a party typed as a person by 3e55b81)
}  # fmt: skip
# Lower-case words a Title Case headline leaves uncapitalised.
HEADLINE_SMALL_WORDS = ACRONYM_SKIP | {"with", "by"}
