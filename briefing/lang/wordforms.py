"""One word for the forms a stemmer keeps apart: irregular past forms ("met" / "meet",
"sank" / "sink") and the words one fact is told with ("killed" / "died" / "dead",
"huddled with" / "met with", "pledged" / "promised").

Used where two articles are compared for telling the same fact in other words (the †
decision): "killed 164" and "164 people died", "met with 12 harbour pilots" and "meets
12 harbour pilots" share their verb only once it has one form.
"""

from __future__ import annotations

# Past tense and participle -> base form, for verbs whose forms a suffix stemmer cannot
# join. Forms that are mostly other words ("left", "born", "lead" as a metal, "saw" as a
# tool) are left out; "found" stays, as "find" far more often than "to found".
_IRREGULAR = {
    "arise": "arose arisen", "become": "became", "begin": "began begun", "bring": "brought",
    "build": "built", "buy": "bought", "catch": "caught", "choose": "chose chosen",
    "come": "came", "deal": "dealt", "draw": "drew drawn", "drive": "drove driven",
    "fall": "fell fallen", "feel": "felt", "fight": "fought", "find": "found",
    "flee": "fled", "fly": "flew flown", "forget": "forgot forgotten",
    "freeze": "froze frozen", "get": "got gotten", "give": "gave given", "go": "went gone",
    "grow": "grew grown", "hold": "held", "hide": "hid hidden", "keep": "kept",
    "know": "knew known", "lend": "lent", "lose": "lost", "make": "made", "mean": "meant",
    "meet": "met", "pay": "paid", "ride": "rode ridden", "rise": "rose risen", "run": "ran",
    "seek": "sought", "sell": "sold", "send": "sent", "shake": "shook shaken",
    "shoot": "shot", "sink": "sank sunk", "speak": "spoke spoken", "spend": "spent",
    "stand": "stood", "steal": "stole stolen", "stick": "stuck", "strike": "struck",
    "swear": "swore sworn", "take": "took taken", "teach": "taught", "tear": "tore torn",
    "tell": "told", "think": "thought", "throw": "threw thrown", "uphold": "upheld",
    "understand": "understood", "wear": "wore worn", "win": "won",
    "withdraw": "withdrew withdrawn", "write": "wrote written",
}  # fmt: skip
# The irregular past forms above ("dealt", "chose", "taught"): a verb, never a noun's end.
IRREGULAR_PAST = frozenset(form for forms in _IRREGULAR.values() for form in forms.split())
# The words a death is told with: the one vocabulary of deaths in lang, shared by the †
# decision (below: all joined into one form) and by what a count measures
# (``figures.EVENT_CLASS``: "113 killed" and "113 dead" count one thing).
DEATH_WORDS = ("die", "died", "dead", "death", "deaths", "kills", "killed", "killing")
# Forms that tell a death but are not (yet) read as what a count measures: "kill" and
# "dying" are mostly a threat or a state ("threatened to kill", "dying patients"); "dies",
# "perish" and "perished" were never in that list, and adding them would change the
# figures of a CHECK story ("10 others perished"): a divergences change, not a move.
DEATH_FORMS = ("dies", "dying", "kill", "perish", "perished")
# Words that tell one fact the same way: a death ("killed", "died", "dead", "perished"),
# a meeting ("huddled with" / "met with"), a promise, an arrest, a sinking, a ban. Only
# words that say nothing else in news copy: no "quit" (smoking), "clear" or "hurt".
_SAME_FACT = {
    "die": " ".join(DEATH_WORDS + DEATH_FORMS),
    "meet": "huddle huddled huddles huddling",
    "promise": "promised promises pledge pledged pledges pledging vow vowed vows vowing",
    "arrest": "detain detained detains detaining",
    "sink": "sinks sinking capsize capsized capsizes capsizing",
    "ban": "banned bans banning prohibit prohibited prohibits prohibiting outlaw outlawed",
    "injure": "injured injures injuring wounded wounding",
}  # fmt: skip

BASE_FORM: dict[str, str] = {
    form: base
    for table in (_IRREGULAR, _SAME_FACT)
    for base, forms in table.items()
    for form in forms.split()
}


def base_form(word: str) -> str:
    """The one form of a lower-cased word that the tables join, else the word itself."""
    return BASE_FORM.get(word, word)


# Words that tell one kind of event, for matching an event's frame across articles
# (``compose.frames``: the same day and a name both give fix which event it is): a court
# ruling ("sided with", "upheld", "overturned", "invalidated"; "struck down" is read from
# its particle there), an approval, a nomination, a win, a kidnapping. Keyed
# and valued by word class (a stemmed base form, ``events.word_class``), so "ruling" and
# "ruled" need no entry.
_EVENT_SYNONYMS = {
    "rule": ("side", "uphold", "upheld", "overturn", "overrul", "invalid", "annul", "quash"),
    "nomin": ("successor", "succeed", "appoint"),
    "win": ("victori", "winner", "victor"),
    "kidnap": ("abduct", "abductor", "kidnapp"),  # "kidnappers": the stemmer keeps "pp"
    "decid": ("decis",),
    "acquit": ("acquitt",),
}


def _by_form(table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """A synonym table (one class -> the classes told with it) read from each form."""
    return {form: base for base, forms in table.items() for form in forms}


EVENT_SYNONYMS: dict[str, str] = _by_form(_EVENT_SYNONYMS)


def event_synonym(word_class: str) -> str:
    """The one class of an event word's synonyms ("side" -> "rule"), else the class."""
    return EVENT_SYNONYMS.get(word_class, word_class)


# Verbs that tell one act in other words when they are said of the same participant in
# the same role: a blow ("the virus struck" / "computers were hit by the virus"), a start
# ("the jets entered service" / "the airlines launched the service"), a vote against
# ("defeated" / "rejected"). Keyed and valued by
# word class (``events.word_class``). Kept apart from ``_EVENT_SYNONYMS``: only the
# timeline's join of a month or a year with a day inside it reads them (``coarse_dates``).
_ACT_SYNONYMS = {
    "strike": ("hit",),
    "begin": ("start", "launch", "enter", "inaugur"),
    # "parliament defeated the first attempt" / "the parliament rejected a bill": one
    # vote (s29, a CHECK timeline's month and day of one vote).
    "reject": ("defeat",),
}
# "went on the market", "hit the shelves", "went on sale": a product's start, the act
# "launched" tells (a verb of motion whose object or "on"/"onto" phrase is one of
# MARKET_NOUNS; ``coarse_dates``). Keyed by lemma.
MARKET_VERBS = frozenset({"go", "come", "hit", "reach"})
MARKET_NOUNS = frozenset({"market", "sale", "shelf", "shelves"})
START_ACT = "begin"
ACT_SYNONYMS: dict[str, str] = _by_form(_ACT_SYNONYMS)


def act_synonym(word_class: str) -> str:
    """The one class of an act's synonyms ("hit" -> "strike"), else the class."""
    return ACT_SYNONYMS.get(word_class, word_class)


# The noun a verb is told with where the stemmer keeps the two apart ("the expansion of
# the settlements" / "it was expanding settlements"): the noun's stem -> the verb's.
# Only pairs whose noun names nothing else in news copy: no "defense" (a ministry),
# "division" (an army unit), "provision" (a clause), "admission" (to a school) or
# "inclusion" ("including" is everywhere).
_VERB_OF_NOUN = {
    "expans": "expand", "extens": "extend", "suspens": "suspend", "invas": "invad",
    "explos": "explod", "conclus": "conclud", "exclus": "exclud",
    "collis": "collid", "eros": "erod", "evas": "evad", "intrus": "intrud",
    "persuas": "persuad", "decis": "decid", "omiss": "omit",
    "emiss": "emit", "destruct": "destroy",
}  # fmt: skip


def verb_stem(stem: str) -> str:
    """A noun's stem as its verb's ("expans" -> "expand"), else the stem itself."""
    return _VERB_OF_NOUN.get(stem, stem)


# Verbs that tell one doer's one act in other words, whichever an outlet chose: "the
# premier named Pell finance minister" / "the premier appointed Dara Pell", "Hale stunned
# the council by resigning" / "Hale startled the council when he quit". Read only where a
# doer and another name in common are asked besides (``one_deed``), so a verb with
# another sense ("quit smoking", "name a street") joins no other fact. Keyed and valued
# by word class (``events.word_class``); two DUC 2004 dev backgrounds told a summary's
# fact again so (session 52). No "fire" (shoots), "release" (publishes), "decline" (falls).
_DEED_SYNONYMS = {
    "appoint": ("name", "nomin"),
    "dismiss": ("sack", "oust"),
    "stun": ("startl", "shock", "surpris"),
    "resign": ("quit",),
    "kidnap": ("abduct",),
}
DEED_SYNONYMS: dict[str, str] = _by_form(_DEED_SYNONYMS)


def deed_synonym(word_class: str) -> str:
    """The one class of a deed's synonyms ("name" -> "appoint"), else the class."""
    return DEED_SYNONYMS.get(word_class, word_class)
